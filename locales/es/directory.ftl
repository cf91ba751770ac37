# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = Estos servicios pueden ayudarle:
signpost-none = No encontré un servicio para esto. Por favor, elija otro tipo de ayuda o vuelva al menú.

signpost-entry =
    { $kind ->
        [emergency] Emergencias: llame al { $phone }
        [police] Policía, cuando no es una emergencia: llame al { $phone }
        [emergency-bsl] { $name }: llamadas de emergencia en lengua de señas británica (British Sign Language), con la aplicación o el sitio web
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Teléfono: { $phone }
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
            Sitio web: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            Correo electrónico: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            Horario: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Gratuito y confidencial.
        [free] {""}
            Gratuito.
        [confidential] {""}
            Confidencial.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            Ayuda en más de 200 idiomas.
        [interpreters] {""}
            Hay intérpretes.
        [spanish-portuguese] {""}
            Ayuda en español y portugués.
        [spanish] {""}
            Ayuda en español.
        [portuguese] {""}
            Ayuda en portugués.
        [multilingual] {""}
            Ayuda en varios idiomas.
        [bsl] {""}
            Ayuda en lengua de signos británica (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            Para mujeres.
        [latin-american-women] {""}
            Para mujeres latinoamericanas.
        [black-minoritised-women] {""}
            Para mujeres negras y de minorías étnicas.
        [lgbt] {""}
            Para personas LGBT+.
        [domestic-workers] {""}
            Para trabajadoras y trabajadores domésticos migrantes.
        [age-16-plus] {""}
            Para cualquier persona de 16 años o más.
        [deaf-bsl] {""}
            Para personas sordas que usan la lengua de señas británica (British Sign Language).
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            Solo comparten sus datos si usted está de acuerdo, salvo que alguien esté en peligro inmediato o un menor esté en riesgo.
        [legally-privileged] {""}
            Su asesoramiento está protegido por el secreto profesional (legally privileged).
        [immigration-advice] {""}
            Dan asesoramiento de inmigración regulado.
        [legal-representation] {""}
            A veces pueden representarle.
        [union-membership] {""}
            Cualquier persona puede afiliarse a un sindicato. Algunos sindicatos solo representan a personas que ya son miembros.
        [find-immigration-adviser] {""}
            El organismo oficial que regula a los asesores de inmigración. Use su buscador de asesores en la web para encontrar un asesor regulado.
        [early-conciliation-ni] {""}
            Conciliación previa en Irlanda del Norte.
        [hseni-councils] {""}
            El organismo de salud y seguridad en el trabajo de Irlanda del Norte. De tiendas, oficinas, hoteles, restaurantes, pubs, ocio y residencias se ocupa el ayuntamiento local (council).
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                No pudimos confirmar todos sus datos. Compruébelos cuando se comunique con ellos.
           *[other] {""}
                Consulte los datos actuales en su sitio web.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            Cubre: Inglaterra.
        [wales] {""}
            Cubre: Gales.
        [scotland] {""}
            Cubre: Escocia.
        [northern-ireland] {""}
            Cubre: Irlanda del Norte.
        [england-wales] {""}
            Cubre: Inglaterra y Gales.
        [england-wales-scotland] {""}
            Cubre: Inglaterra, Gales y Escocia.
        [scotland-northern-ireland] {""}
            Cubre: Escocia y Irlanda del Norte.
       *[none] {""}
    }
