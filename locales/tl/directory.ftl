# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = Makakatulong ang mga serbisyong ito:
signpost-none = Wala akong nakitang serbisyo para dito. Pumili po ng ibang klase ng tulong, o bumalik sa menu.

signpost-entry =
    { $kind ->
        [emergency] Emergency: tumawag sa { $phone }
        [police] Pulis, kapag hindi emergency: tumawag sa { $phone }
        [emergency-bsl] { $name }: emergency call sa British Sign Language, gamit ang app o website
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Telepono: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            Text: { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            Website: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            Email: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            Bukas: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Libre at kumpidensyal.
        [free] {""}
            Libre.
        [confidential] {""}
            Kumpidensyal.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            May tulong sa mahigit 200 wika.
        [interpreters] {""}
            May mga interpreter.
        [spanish-portuguese] {""}
            May tulong sa Spanish at Portuguese.
        [spanish] {""}
            May tulong sa Spanish.
        [portuguese] {""}
            May tulong sa Portuguese.
        [multilingual] {""}
            May tulong sa iba't ibang wika.
        [bsl] {""}
            Tulong sa British Sign Language (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            Para sa mga babae.
        [latin-american-women] {""}
            Para sa mga babaeng Latin American.
        [black-minoritised-women] {""}
            Para sa mga babaeng Black at mula sa mga minoryang grupo.
        [lgbt] {""}
            Para sa mga taong LGBT+.
        [domestic-workers] {""}
            Para sa mga migranteng domestic worker.
        [age-16-plus] {""}
            Para sa sinumang edad 16 pataas.
        [deaf-bsl] {""}
            Para sa mga bingi na gumagamit ng British Sign Language.
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            Ibinabahagi lang nila ang iyong mga detalye kung papayag ka, maliban kung may taong nasa agarang panganib o may batang nanganganib.
        [legally-privileged] {""}
            Protektado ng batas ang pagiging kumpidensyal ng kanilang payo (legally privileged).
        [immigration-advice] {""}
            Nagbibigay sila ng regulated na payo sa immigration.
        [legal-representation] {""}
            Kung minsan, puwede ka nilang i-representa.
        [union-membership] {""}
            Kahit sino ay puwedeng sumali sa unyon. May mga unyon na ang nirerepresenta lang ay ang mga miyembro na nila.
        [find-immigration-adviser] {""}
            Ang opisyal na tagapangasiwa ng mga immigration adviser. Gamitin ang adviser finder sa website para makahanap ng regulated na adviser.
        [early-conciliation-ni] {""}
            Early conciliation sa Northern Ireland.
        [hseni-councils] {""}
            Ang ahensya para sa kalusugan at kaligtasan sa trabaho sa Northern Ireland. Ang mga tindahan, opisina, hotel, restawran, pub, libangan at care home ay hawak ng lokal na council.
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                Hindi namin nakumpirma ang lahat ng kanilang detalye. Suriin ang mga ito kapag kinontak mo sila.
           *[other] {""}
                Tingnan ang kasalukuyang detalye sa kanilang website.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            Sakop: England.
        [wales] {""}
            Sakop: Wales.
        [scotland] {""}
            Sakop: Scotland.
        [northern-ireland] {""}
            Sakop: Northern Ireland.
        [england-wales] {""}
            Sakop: England at Wales.
        [england-wales-scotland] {""}
            Sakop: England, Wales at Scotland.
        [scotland-northern-ireland] {""}
            Sakop: Scotland at Northern Ireland.
       *[none] {""}
    }
