# status: draft
# Translators: { $app } is "Telegram" and { $bsl } is "999 BSL": keep them as they are.

welcome-hello = Olá. Este bot é para pessoas que sofrem assédio sexual no trabalho no Reino Unido. Ele explica os seus direitos, as suas opções e quem pode ajudar.
welcome-not-your-fault = O que aconteceu com você não é culpa sua.
welcome-not-legal-advice = Isto é informação, não é aconselhamento jurídico. Para receber orientação sobre a sua própria situação, entre em contato com um dos serviços que mostramos.
welcome-telegram-can-see = Tecnicamente, o { $app } consegue ver as conversas com bots. Não escreva nomes nem nada que possa identificar você ou outra pessoa.
welcome-exit-any-time = Você pode sair a qualquer momento: envie /exit ou toque em "Sair agora". O bot então apaga as mensagens deste chat das últimas 48 horas. O chat em si continua na sua lista de conversas.
welcome-delete-chat = Para tirar o chat inteiro, apague-o você mesmo no { $app }: abra o menu do chat e escolha "Apagar conversa".
welcome-continue = Continuar

menu-question = Do que você precisa?
menu-danger = Estou em perigo agora
menu-rights = Entender meus direitos
menu-routes = Minhas opções para denunciar
menu-support = Falar com alguém agora
menu-visa = Tenho visto
menu-report = Fazer um relato anônimo

emergency-999 = Se você está em perigo agora, ligue para o { $phone }.
emergency-bsl = Se você é uma pessoa surda e usa a Língua de Sinais Britânica (British Sign Language), use o app ou o site gratuito { $bsl }. Funciona 24 horas por dia.
emergency-later = Quando puder, você também pode conversar com alguém sobre o que aconteceu.
