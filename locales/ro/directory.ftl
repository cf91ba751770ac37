# status: draft
# Cardurile serviciilor din flows/directory.yaml, afișate de acțiunea "signpost".
#
# Traducători: numele, numerele de telefon, site-urile și adresele de e-mail vin ca { $variables }:
# nu le schimbați niciodată. Un câmp pe care serviciul nu îl are vine ca "none", iar varianta
# [none] nu afișează nimic. Fiecare variantă de rând începe cu {""}, iar cuvintele sunt pe rândul
# următor: păstrați această formă, ca fiecare detaliu să fie pe rândul lui.

signpost-intro = Aceste servicii vă pot ajuta:
signpost-none = Nu am găsit un serviciu pentru această situație. Vă rugăm să alegeți alt fel de ajutor sau să reveniți la meniu.

signpost-entry =
    { $kind ->
        [emergency] Urgențe: sunați la { $phone }
        [police] Poliția, când nu este o urgență: sunați la { $phone }
        [emergency-bsl] { $name }: apeluri de urgență în limba semnelor britanică (BSL), prin aplicație sau site
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Telefon: { $phone }
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
            Program: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Gratuit și confidențial.
        [free] {""}
            Gratuit.
        [confidential] {""}
            Confidențial.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            Ajutor în peste 200 de limbi.
        [interpreters] {""}
            Interpreți disponibili.
        [spanish-portuguese] {""}
            Ajutor în spaniolă și portugheză.
        [spanish] {""}
            Ajutor în spaniolă.
        [portuguese] {""}
            Ajutor în portugheză.
        [multilingual] {""}
            Ajutor în mai multe limbi.
        [bsl] {""}
            Ajutor în limbajul semnelor britanic (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            Pentru femei.
        [latin-american-women] {""}
            Pentru femei din America Latină.
        [black-minoritised-women] {""}
            Pentru femei de culoare și femei din minorități etnice.
        [lgbt] {""}
            Pentru persoane LGBT+.
        [domestic-workers] {""}
            Pentru lucrătorii casnici migranți.
        [age-16-plus] {""}
            Pentru oricine are 16 ani sau mai mult.
        [deaf-bsl] {""}
            Pentru persoanele surde care folosesc limba semnelor britanică (BSL).
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            Vă transmit datele mai departe doar dacă sunteți de acord, cu excepția cazului în care cineva este în pericol imediat sau un copil este expus riscului.
        [legally-privileged] {""}
            Sfaturile lor sunt protejate de secretul profesional al avocatului (legally privileged).
        [immigration-advice] {""}
            Oferă consiliere în imigrație autorizată.
        [legal-representation] {""}
            Uneori vă pot reprezenta.
        [union-membership] {""}
            Oricine se poate înscrie într-un sindicat. Unele sindicate reprezintă doar persoanele care sunt deja membre.
        [find-immigration-adviser] {""}
            Autoritatea oficială care reglementează consilierii în imigrație. Folosiți căutarea de consilieri de pe site pentru a găsi un consilier autorizat.
        [early-conciliation-ni] {""}
            Conciliere timpurie (early conciliation) în Irlanda de Nord.
        [hseni-councils] {""}
            Autoritatea pentru sănătate și securitate în muncă din Irlanda de Nord. De magazine, birouri, hoteluri, restaurante, puburi, agrement și cămine de îngrijire se ocupă consiliul local (council).
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                Nu am putut confirma toate datele lor. Verificați-le când îi contactați.
           *[other] {""}
                Verificați datele actuale pe site-ul lor.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            Acoperă: Anglia.
        [wales] {""}
            Acoperă: Țara Galilor.
        [scotland] {""}
            Acoperă: Scoția.
        [northern-ireland] {""}
            Acoperă: Irlanda de Nord.
        [england-wales] {""}
            Acoperă: Anglia și Țara Galilor.
        [england-wales-scotland] {""}
            Acoperă: Anglia, Țara Galilor și Scoția.
        [scotland-northern-ireland] {""}
            Acoperă: Scoția și Irlanda de Nord.
       *[none] {""}
    }
