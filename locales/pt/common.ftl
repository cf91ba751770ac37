# status: draft
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = Português
language-choose = Escolha o seu idioma.
draft-notice = Esta tradução é nova e pode ter erros. Para ler em inglês, envie /language.
text-unavailable = Desculpe, este texto não está disponível agora.

choose-below = Escolha uma opção abaixo.
leave-now = Sair agora
back-to-menu = Voltar ao menu
ask-skip = Pular esta pergunta

stale-button = Esse botão é de antes. Você está aqui agora:
use-buttons = Por favor, escolha uma das opções ou digite o número dela.
unknown-command = Não conheço esse comando. Você pode usar /start, /language, /help, /back, /restart ou /exit.
text-too-long = Isso é longo demais. Por favor, use menos de { $max } caracteres.
text-empty = Por favor, escreva uma resposta ou envie /back para voltar.
nothing-to-go-back-to = Não há nenhum passo anterior para voltar.
something-went-wrong = Desculpe, algo deu errado do nosso lado. A sua conversa não foi perdida. Envie /restart para voltar ao menu.
withdraw-how = Para retirar um relato, envie /withdraw seguido do seu código de recibo.
withdraw-done = O seu relato foi retirado e apagado.
withdraw-failed = Não encontrei nenhum relato com esse código. Talvez ele já tenha sido aberto, retirado ou apagado.

exit-neutral = Previsão do tempo para hoje: ameno, com algumas nuvens mais tarde.
exit-not-all-removed = Algumas mensagens deste chat ainda não puderam ser apagadas. O bot continuará tentando por até 48 horas. Para apagar todo o chat agora, abra o menu do chat e escolha "Apagar conversa" ("Delete chat").

help-commands =
    Você pode enviar estes comandos a qualquer momento:
    /exit – sair agora. O bot apaga as mensagens deste chat das últimas 48 horas.
    /back – voltar um passo
    /restart – começar de novo a partir do menu principal. O bot esquece as suas respostas, inclusive onde você trabalha.
    /language – mudar o idioma
    /help – esta lista

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = Só converso em chats privados, para que outras pessoas de um grupo não possam ler o que você me conta. Por favor, abra um chat privado comigo em vez disso. Vou sair deste grupo agora.
slow-down = Você está enviando mensagens muito rápido. Por favor, espere um minuto e depois continue.
text-too-long-message = Essa mensagem é longa demais para eu ler, por isso não a guardei. Por favor, envie algo com menos de { $max } caracteres.
only-text = Só consigo ler texto e toques nos botões, por isso não olhei o que você enviou. Por favor, escreva a sua resposta.

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    Este bot não lê mensagens escritas aqui. Use os botões abaixo ou digite o número de uma opção.
    O que você escreveu continua neste chat. /exit apaga as mensagens deste chat das últimas 48 horas.
    Se você está em perigo agora, ligue para 999.
