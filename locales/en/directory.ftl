# status: reviewed
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = These services can help:
signpost-none = I could not find a service for this. Please choose another kind of help, or go back to the menu.

signpost-entry =
    { $kind ->
        [emergency] Emergency: call { $phone }
        [police] Police, when it is not an emergency: call { $phone }
        [emergency-bsl] { $name }: emergency calls in British Sign Language, with the app or website
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Phone: { $phone }
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
            Open: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Free and confidential.
        [free] {""}
            Free.
        [confidential] {""}
            Confidential.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            Help in more than 200 languages.
        [interpreters] {""}
            Interpreters available.
        [spanish-portuguese] {""}
            Help in Spanish and Portuguese.
        [spanish] {""}
            Help in Spanish.
        [portuguese] {""}
            Help in Portuguese.
        [multilingual] {""}
            Help in several languages.
        [bsl] {""}
            Help in British Sign Language.
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            For women.
        [latin-american-women] {""}
            For Latin American women.
        [black-minoritised-women] {""}
            For Black and minoritised women.
        [lgbt] {""}
            For LGBT+ people.
        [domestic-workers] {""}
            For migrant domestic workers.
        [age-16-plus] {""}
            For anyone aged 16 or over.
        [deaf-bsl] {""}
            For deaf people who use British Sign Language.
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            They share your details only if you agree, unless someone is in immediate danger or a child is at risk.
        [legally-privileged] {""}
            Their advice is legally privileged.
        [immigration-advice] {""}
            They give regulated immigration advice.
        [legal-representation] {""}
            Sometimes they can represent you.
        [union-membership] {""}
            Anyone can join a union. Some unions only represent people who are already members.
        [find-immigration-adviser] {""}
            The official regulator of immigration advisers. Use its adviser finder on the website to find a regulated adviser.
        [early-conciliation-ni] {""}
            Early conciliation in Northern Ireland.
        [hseni-councils] {""}
            The health and safety body for work in Northern Ireland. Shops, offices, hotels, restaurants, pubs, leisure and care homes are covered by your local council instead.
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                We could not confirm all of their details. Check them when you get in touch.
           *[other] {""}
                Check current details on their website.
        }
       *[none] {""}
    }

# Which nations the service covers, when it is not all four.
signpost-line-nations =
    { $nations ->
        [england] {""}
            Covers England.
        [wales] {""}
            Covers Wales.
        [scotland] {""}
            Covers Scotland.
        [northern-ireland] {""}
            Covers Northern Ireland.
        [england-wales] {""}
            Covers England and Wales.
        [england-wales-scotland] {""}
            Covers England, Wales and Scotland.
        [scotland-northern-ireland] {""}
            Covers Scotland and Northern Ireland.
       *[none] {""}
    }
