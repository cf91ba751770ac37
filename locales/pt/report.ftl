# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = Os relatos anônimos não estão ativados neste bot no momento, por isso não posso receber um relato aqui. Você ainda pode ver as suas outras opções para denunciar ou voltar ao menu.

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = Você pode contar aos organizadores da campanha { $coalition } o que aconteceu com você, sem dar o seu nome. Os relatos ajudam os organizadores a mostrar como o assédio sexual no trabalho é comum e a pressionar por mudanças.
report-intro-kept = O que fica guardado: as suas respostas às próximas perguntas e o dia em que você as enviar. Não ficam guardados o seu nome, o seu número de telefone nem a sua conta do Telegram.
report-intro-who = Quem pode ler: só os organizadores de { $coalition }. O relato é trancado (criptografado) com as chaves deles. Foi feito para que a pessoa que administra o servidor deste bot não consiga abri-lo. Mas as suas respostas continuam visíveis neste chat, no seu telefone, até você enviar /exit.
report-intro-how-long = Por quanto tempo: o seu relato é apagado depois de no máximo { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }, ou antes, quando os organizadores o recolherem.
report-intro-telegram = O { $app } consegue ver este chat, como acontece em qualquer chat com um bot. Compartilhe só o que você se sentir à vontade para compartilhar.
report-intro-stop = São 10 perguntas curtas. Você pode parar em qualquer pergunta: toque em "Parar e esquecer minhas respostas" ou "Sair agora", ou envie /exit. Você vai ver todas as suas respostas antes de qualquer coisa ser enviada.
report-begin = Começar o relato

## On every question.

report-stop = Parar e esquecer minhas respostas
report-stopped = Parado. Nada foi enviado, e o bot não guarda mais as suas respostas. Elas ainda estão visíveis neste chat: /exit apaga as mensagens deste chat das últimas 48 horas.

## The questions.

report-q-nation = 1 de 10. Onde você trabalha?
report-q-sector = 2 de 10. Que tipo de trabalho você faz?
report-more-kinds = Outros tipos de trabalho…
report-q-sector-more = 2 de 10. Mais tipos de trabalho:
report-back-to-list = Voltar à primeira lista
report-q-workplace = 3 de 10. Em que tipo de lugar você trabalha?
report-more-places = Outros lugares…
report-q-workplace-more = 3 de 10. Mais lugares:
report-q-what = 4 de 10. O que aconteceu? Marque tudo o que se aplica e depois toque em "Pronto". Para desmarcar uma opção, toque nela de novo.
report-done = Pronto
report-pick-one = Por favor, marque pelo menos uma opção e depois toque em "Pronto".
report-q-who = 5 de 10. Quem fez isso? Marque tudo o que se aplica e depois toque em "Pronto".
report-q-when = 6 de 10. Quando aconteceu? Se aconteceu mais de uma vez, pense na última vez.
report-q-employer = 7 de 10. Você contou ao seu empregador?
report-q-barriers = 8 de 10. Alguma coisa tornou mais difícil você falar sobre isso? Marque tudo o que se aplica e depois toque em "Pronto".
report-pick-barriers = Por favor, marque pelo menos uma opção, ou "Nada me impediu", e depois toque em "Pronto".
report-q-account-offer = 9 de 10. Se quiser, você pode descrever o que aconteceu com as suas próprias palavras. Não é obrigatório.
report-account-write = Escrever com minhas palavras
report-account-skip = Pular esta pergunta
report-q-account = Escreva tudo em uma só mensagem, com até 2000 caracteres. Para parar, envie /exit.
report-account-warning = Não inclua nomes, o nome do seu empregador nem nada que possa identificar você, a não ser que você decida fazer isso.
report-account-too-long = Isso tem mais de { $max } caracteres. Por favor, diminua o texto e envie de novo.
report-q-consent = 10 de 10. Os organizadores podem usar o seu relato como prova na campanha deles, por exemplo, num relatório para o governo? Eles deixariam de fora tudo o que achassem que poderia identificar você.

## Review and send.

report-review-intro = Por favor, confira as suas respostas. Nada foi enviado ainda.
report-review-account = Com as suas próprias palavras: { $account }
report-review-question = Enviar este relato aos organizadores?
report-send = Enviar
report-discard = Não enviar
report-sent =
    Obrigado. O seu relato foi enviado.
    O seu código de recibo: { $code }
    Se você mudar de ideia, envie /withdraw { $code } e o seu relato será apagado. Isso funciona até os organizadores recolherem o relato ou o prazo dele acabar. Qualquer pessoa com o código pode retirar o relato, então guarde o código só para você.
    As suas respostas ainda estão visíveis neste chat: /exit apaga as mensagens deste chat das últimas 48 horas.
report-failed = Desculpe, não foi possível salvar o seu relato por causa de um problema do nosso lado. Nada foi enviado, e o bot não guarda mais as suas respostas. Elas ainda estão visíveis neste chat: /exit apaga as mensagens deste chat das últimas 48 horas. Você pode tentar de novo mais tarde.

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = Inglaterra
report-opt-nation-wales = País de Gales
report-opt-nation-scotland = Escócia
report-opt-nation-northern-ireland = Irlanda do Norte

report-opt-sector-hospitality = Hotéis, restaurantes, bares
report-opt-sector-retail = Lojas e comércio
report-opt-sector-care = Cuidados (casas de repouso, em casa)
report-opt-sector-health = Saúde (hospital, clínica)
report-opt-sector-cleaning = Limpeza
report-opt-sector-warehouse-logistics = Armazém, entregas, logística
report-opt-sector-agriculture = Agricultura, embalagem de alimentos
report-opt-sector-domestic-work = Trabalho doméstico (casa de alguém)
report-opt-sector-education = Educação
report-opt-sector-office = Trabalho de escritório
report-opt-sector-other = Outra coisa

report-opt-workplace-shop = Uma loja
report-opt-workplace-restaurant-bar = Um restaurante, café ou bar
report-opt-workplace-hotel = Um hotel
report-opt-workplace-care-home = Uma casa de repouso
report-opt-workplace-private-home = A casa de outra pessoa
report-opt-workplace-hospital = Um hospital ou clínica
report-opt-workplace-warehouse = Um armazém
report-opt-workplace-office = Um escritório
report-opt-workplace-farm = Uma fazenda
report-opt-workplace-school = Uma escola, faculdade ou creche
report-opt-workplace-other = Outro lugar

report-opt-what-comments-jokes = Comentários ou piadas sexuais
report-opt-what-touching = Toques indesejados
report-opt-what-sexual-assault = Agressão sexual
report-opt-what-requests-pressure = Pressão por sexo ou encontros
report-opt-what-messages-images = Mensagens ou imagens sexuais
report-opt-what-treated-worse = Tratamento pior após recusar ou reclamar

report-opt-who-colleague = Um colega de trabalho
report-opt-who-manager = Um gerente ou supervisor
report-opt-who-third-party = Um cliente, usuário, paciente ou visitante
report-opt-who-agency-gangmaster = Uma agência ou agenciador (gangmaster)

report-opt-when-this-month = Este mês
report-opt-when-last-month = No mês passado
report-opt-when-months-2-3 = Entre 2 e 3 meses atrás
report-opt-when-months-4-6 = Entre 4 e 6 meses atrás
report-opt-when-longer-ago = Há mais tempo
report-opt-when-rather-not-say = Prefiro não dizer

report-opt-reported-to-employer-no = Não
report-opt-reported-to-employer-yes-nothing-happened = Sim, e nada aconteceu
report-opt-reported-to-employer-yes-action-taken = Sim, e fizeram algo a respeito
report-opt-reported-to-employer-yes-treated-worse = Sim, e depois me trataram pior
report-opt-reported-to-employer-not-sure = Não tenho certeza

report-opt-barriers-job = Medo de perder o emprego ou os turnos
report-opt-barriers-visa = Preocupação com o meu visto
report-opt-barriers-not-believed = Medo de não acreditarem em mim
report-opt-barriers-didnt-know = Eu não sabia o que podia fazer
report-opt-barriers-other = Outra coisa
report-opt-barriers-none = Nada me impediu

report-opt-consent-evidence-yes = Sim
report-opt-consent-evidence-no = Não

## Tick boxes: { $ticked } is "yes" when the option is ticked. Keep the two marks.

report-tick-what-comments-jokes = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-comments-jokes }
report-tick-what-touching = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-touching }
report-tick-what-sexual-assault = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-sexual-assault }
report-tick-what-requests-pressure = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-requests-pressure }
report-tick-what-messages-images = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-messages-images }
report-tick-what-treated-worse = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-treated-worse }

report-tick-who-colleague = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-colleague }
report-tick-who-manager = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-manager }
report-tick-who-third-party = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-third-party }
report-tick-who-agency-gangmaster = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-agency-gangmaster }

report-tick-barriers-job = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-job }
report-tick-barriers-visa = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-visa }
report-tick-barriers-not-believed = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-not-believed }
report-tick-barriers-didnt-know = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-didnt-know }
report-tick-barriers-other = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-other }
report-tick-barriers-none = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-none }

## The review. Each line shows one answer. {"\u000A"} starts a new line: keep it.

report-review-summary =
    Onde você trabalha: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Tipo de trabalho: { $sector ->
        [hospitality] { report-opt-sector-hospitality }
        [retail] { report-opt-sector-retail }
        [care] { report-opt-sector-care }
        [health] { report-opt-sector-health }
        [cleaning] { report-opt-sector-cleaning }
        [warehouse-logistics] { report-opt-sector-warehouse-logistics }
        [agriculture] { report-opt-sector-agriculture }
        [domestic-work] { report-opt-sector-domestic-work }
        [education] { report-opt-sector-education }
        [office] { report-opt-sector-office }
        [other] { report-opt-sector-other }
       *[unset] –
    }
    Local de trabalho: { $workplace ->
        [shop] { report-opt-workplace-shop }
        [restaurant-bar] { report-opt-workplace-restaurant-bar }
        [hotel] { report-opt-workplace-hotel }
        [care-home] { report-opt-workplace-care-home }
        [private-home] { report-opt-workplace-private-home }
        [hospital] { report-opt-workplace-hospital }
        [warehouse] { report-opt-workplace-warehouse }
        [office] { report-opt-workplace-office }
        [farm] { report-opt-workplace-farm }
        [school] { report-opt-workplace-school }
        [other] { report-opt-workplace-other }
       *[unset] –
    }
    O que aconteceu:{ $what_comments_jokes ->
        [yes] {"\u000A"}– { report-opt-what-comments-jokes }
       *[other] {""}
    }{ $what_touching ->
        [yes] {"\u000A"}– { report-opt-what-touching }
       *[other] {""}
    }{ $what_sexual_assault ->
        [yes] {"\u000A"}– { report-opt-what-sexual-assault }
       *[other] {""}
    }{ $what_requests_pressure ->
        [yes] {"\u000A"}– { report-opt-what-requests-pressure }
       *[other] {""}
    }{ $what_messages_images ->
        [yes] {"\u000A"}– { report-opt-what-messages-images }
       *[other] {""}
    }{ $what_treated_worse ->
        [yes] {"\u000A"}– { report-opt-what-treated-worse }
       *[other] {""}
    }
    Quem fez:{ $who_colleague ->
        [yes] {"\u000A"}– { report-opt-who-colleague }
       *[other] {""}
    }{ $who_manager ->
        [yes] {"\u000A"}– { report-opt-who-manager }
       *[other] {""}
    }{ $who_third_party ->
        [yes] {"\u000A"}– { report-opt-who-third-party }
       *[other] {""}
    }{ $who_agency_gangmaster ->
        [yes] {"\u000A"}– { report-opt-who-agency-gangmaster }
       *[other] {""}
    }
    Quando: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    Contou ao empregador: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    O que dificultou:{ $barriers_job ->
        [yes] {"\u000A"}– { report-opt-barriers-job }
       *[other] {""}
    }{ $barriers_visa ->
        [yes] {"\u000A"}– { report-opt-barriers-visa }
       *[other] {""}
    }{ $barriers_not_believed ->
        [yes] {"\u000A"}– { report-opt-barriers-not-believed }
       *[other] {""}
    }{ $barriers_didnt_know ->
        [yes] {"\u000A"}– { report-opt-barriers-didnt-know }
       *[other] {""}
    }{ $barriers_other ->
        [yes] {"\u000A"}– { report-opt-barriers-other }
       *[other] {""}
    }{ $barriers_none ->
        [yes] {"\u000A"}– { report-opt-barriers-none }
       *[other] {""}
    }
    Usar como prova: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    O seu relato foi enviado. Caso você não tenha visto, o seu código de recibo é: { $code }
    Para retirar o relato, envie /withdraw { $code }. Guarde o código só para você.
