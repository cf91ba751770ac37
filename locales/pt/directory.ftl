# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = Estes serviços podem ajudar:
signpost-none = Não encontrei um serviço para isso. Por favor, escolha outro tipo de ajuda ou volte ao menu.

signpost-entry =
    { $kind ->
        [emergency] Emergência: ligue para o { $phone }
        [police] Polícia, quando não é emergência: ligue para o { $phone }
        [emergency-bsl] { $name }: chamadas de emergência em Língua de Sinais Britânica (British Sign Language), pelo app ou pelo site
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Telefone: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            SMS: { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            Site: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            E-mail: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            Horário: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Gratuito e confidencial.
        [free] {""}
            Gratuito.
        [confidential] {""}
            Confidencial.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            Ajuda em mais de 200 idiomas.
        [interpreters] {""}
            Intérpretes disponíveis.
        [spanish-portuguese] {""}
            Ajuda em espanhol e português.
        [spanish] {""}
            Ajuda em espanhol.
        [portuguese] {""}
            Ajuda em português.
        [multilingual] {""}
            Ajuda em vários idiomas.
        [bsl] {""}
            Ajuda em língua de sinais britânica (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            Para mulheres.
        [latin-american-women] {""}
            Para mulheres latino-americanas.
        [black-minoritised-women] {""}
            Para mulheres negras e de minorias étnicas.
        [lgbt] {""}
            Para pessoas LGBT+.
        [domestic-workers] {""}
            Para trabalhadores domésticos migrantes.
        [age-16-plus] {""}
            Para qualquer pessoa com 16 anos ou mais.
        [deaf-bsl] {""}
            Para pessoas surdas que usam a Língua de Sinais Britânica (British Sign Language).
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            Só compartilham os seus dados se você concordar, a menos que alguém esteja em perigo imediato ou uma criança esteja em risco.
        [legally-privileged] {""}
            A orientação deles é protegida por sigilo profissional (legally privileged).
        [immigration-advice] {""}
            Dão orientação de imigração regulamentada.
        [legal-representation] {""}
            Às vezes podem representar você.
        [union-membership] {""}
            Qualquer pessoa pode se filiar a um sindicato. Alguns sindicatos só representam pessoas que já são filiadas.
        [find-immigration-adviser] {""}
            O órgão oficial que regula os consultores de imigração. Use a busca de consultores no site para encontrar um consultor regulamentado.
        [early-conciliation-ni] {""}
            Conciliação prévia na Irlanda do Norte.
        [hseni-councils] {""}
            O órgão de saúde e segurança no trabalho da Irlanda do Norte. Lojas, escritórios, hotéis, restaurantes, pubs, lazer e casas de repouso ficam com a câmara local (council).
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                Não conseguimos confirmar todos os dados deles. Confira os dados quando entrar em contato.
           *[other] {""}
                Confira os dados atuais no site deles.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            Abrange: Inglaterra.
        [wales] {""}
            Abrange: País de Gales.
        [scotland] {""}
            Abrange: Escócia.
        [northern-ireland] {""}
            Abrange: Irlanda do Norte.
        [england-wales] {""}
            Abrange: Inglaterra e País de Gales.
        [england-wales-scotland] {""}
            Abrange: Inglaterra, País de Gales e Escócia.
        [scotland-northern-ireland] {""}
            Abrange: Escócia e Irlanda do Norte.
       *[none] {""}
    }
