# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = Los reportes anónimos no están activados en este bot por ahora, así que no puedo recibir un reporte aquí. Aun así, puede ver sus otras opciones para denunciar o volver al menú.

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = Puede contarles a los organizadores de la campaña { $coalition } lo que le pasó, sin dar su nombre. Los reportes les ayudan a mostrar qué tan común es el acoso sexual en el trabajo y a presionar para lograr cambios.
report-intro-kept = Qué se guarda: sus respuestas a las siguientes preguntas y el día en que las envía. No se guarda su nombre, ni su número de teléfono, ni su cuenta de Telegram.
report-intro-who = Quién puede leerlo: solo los organizadores de { $coalition }. El reporte se cierra (se cifra) con sus claves. Está pensado para que la persona que administra el servidor de este bot no pueda abrirlo. Pero sus respuestas siguen visibles en este chat, en su teléfono, hasta que envíe /exit.
report-intro-how-long = Por cuánto tiempo: su reporte se borra, a más tardar, al cabo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, o antes, cuando los organizadores lo recojan.
report-intro-telegram = { $app } puede ver este chat, como pasa con cualquier chat con un bot. Comparta solo lo que le resulte cómodo compartir.
report-intro-stop = Son 10 preguntas cortas. Puede parar en cualquier pregunta: toque "Parar y olvidar mis respuestas" o "Salir ahora", o envíe /exit. Verá todas sus respuestas antes de que se envíe nada.
report-begin = Empezar el reporte

## On every question.

report-stop = Parar y olvidar mis respuestas
report-stopped = Se detuvo. No se envió nada, y el bot ya no guarda sus respuestas. Siguen visibles en este chat: /exit borra los mensajes de este chat de las últimas 48 horas.

## The questions.

report-q-nation = 1 de 10. ¿Dónde trabaja?
report-q-sector = 2 de 10. ¿Qué tipo de trabajo hace?
report-more-kinds = Otros tipos de trabajo…
report-q-sector-more = 2 de 10. Más tipos de trabajo:
report-back-to-list = Volver a la primera lista
report-q-workplace = 3 de 10. ¿En qué tipo de lugar trabaja?
report-more-places = Otros lugares…
report-q-workplace-more = 3 de 10. Más lugares:
report-q-what = 4 de 10. ¿Qué pasó? Marque todo lo que corresponda y luego toque "Listo". Para desmarcar una opción, tóquela otra vez.
report-done = Listo
report-pick-one = Por favor, marque al menos una opción y luego toque "Listo".
report-q-who = 5 de 10. ¿Quién lo hizo? Marque todo lo que corresponda y luego toque "Listo".
report-q-when = 6 de 10. ¿Cuándo pasó? Si pasó más de una vez, piense en la última vez.
report-q-employer = 7 de 10. ¿Se lo dijo a su empleador?
report-q-barriers = 8 de 10. ¿Hubo algo que le hiciera más difícil alzar la voz? Marque todo lo que corresponda y luego toque "Listo".
report-pick-barriers = Por favor, marque al menos una opción, o "Nada me frenó", y luego toque "Listo".
report-q-account-offer = 9 de 10. Si quiere, puede describir con sus propias palabras lo que pasó. No tiene que hacerlo.
report-account-write = Escribir con mis palabras
report-account-skip = Omitir esta pregunta
report-q-account = Escríbalo en un solo mensaje, de hasta 2000 caracteres. Para parar, envíe /exit.
report-account-warning = No incluya nombres, ni el nombre de su empleador, ni nada que pueda identificarle, a menos que usted decida hacerlo.
report-account-too-long = Eso tiene más de { $max } caracteres. Por favor, acórtelo y envíelo otra vez.
report-q-consent = 10 de 10. ¿Pueden los organizadores usar su reporte como prueba en la campaña, por ejemplo, en un informe para el gobierno? Dejarían fuera todo lo que crean que podría identificarle.

## Review and send.

report-review-intro = Por favor, revise sus respuestas. Todavía no se ha enviado nada.
report-review-account = Con sus propias palabras: { $account }
report-review-question = ¿Enviar este reporte a los organizadores?
report-send = Enviarlo
report-discard = No enviarlo
report-sent =
    Gracias. Su reporte fue enviado.
    Su código de recibo: { $code }
    Si cambia de opinión, envíe /withdraw { $code } y su reporte se borrará. Esto funciona hasta que los organizadores lo recojan o se cumpla su plazo. Cualquier persona que tenga el código puede retirar el reporte, así que no se lo muestre a nadie.
    Sus respuestas siguen visibles en este chat: /exit borra los mensajes de este chat de las últimas 48 horas.
report-failed = Lo sentimos, no se pudo guardar su reporte por un problema de nuestro lado. No se envió nada, y el bot ya no guarda sus respuestas. Siguen visibles en este chat: /exit borra los mensajes de este chat de las últimas 48 horas. Puede intentarlo de nuevo más tarde.

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = Inglaterra
report-opt-nation-wales = Gales
report-opt-nation-scotland = Escocia
report-opt-nation-northern-ireland = Irlanda del Norte

report-opt-sector-hospitality = Hoteles, restaurantes, bares
report-opt-sector-retail = Tiendas y comercio
report-opt-sector-care = Cuidados (residencias, a domicilio)
report-opt-sector-health = Salud (hospital, clínica)
report-opt-sector-cleaning = Limpieza
report-opt-sector-warehouse-logistics = Almacén, reparto, logística
report-opt-sector-agriculture = Agricultura, empaque de alimentos
report-opt-sector-domestic-work = Trabajo doméstico (casa de otra persona)
report-opt-sector-education = Educación
report-opt-sector-office = Trabajo de oficina
report-opt-sector-other = Otra cosa

report-opt-workplace-shop = Una tienda
report-opt-workplace-restaurant-bar = Un restaurante, cafetería o bar
report-opt-workplace-hotel = Un hotel
report-opt-workplace-care-home = Una residencia de cuidados
report-opt-workplace-private-home = La casa de otra persona
report-opt-workplace-hospital = Un hospital o clínica
report-opt-workplace-warehouse = Un almacén
report-opt-workplace-office = Una oficina
report-opt-workplace-farm = Una granja
report-opt-workplace-school = Una escuela, instituto o guardería
report-opt-workplace-other = Otro lugar

report-opt-what-comments-jokes = Comentarios o chistes sexuales
report-opt-what-touching = Tocamientos no deseados
report-opt-what-sexual-assault = Agresión sexual
report-opt-what-requests-pressure = Presión para tener sexo o citas
report-opt-what-messages-images = Mensajes o imágenes sexuales
report-opt-what-treated-worse = Peor trato tras negarme o quejarme

report-opt-who-colleague = Un compañero de trabajo
report-opt-who-manager = Un jefe o supervisor
report-opt-who-third-party = Un cliente, usuario, paciente o visitante
report-opt-who-agency-gangmaster = Una agencia o contratista (gangmaster)

report-opt-when-this-month = Este mes
report-opt-when-last-month = El mes pasado
report-opt-when-months-2-3 = Hace entre 2 y 3 meses
report-opt-when-months-4-6 = Hace entre 4 y 6 meses
report-opt-when-longer-ago = Hace más tiempo
report-opt-when-rather-not-say = Prefiero no decirlo

report-opt-reported-to-employer-no = No
report-opt-reported-to-employer-yes-nothing-happened = Sí, y no pasó nada
report-opt-reported-to-employer-yes-action-taken = Sí, e hicieron algo al respecto
report-opt-reported-to-employer-yes-treated-worse = Sí, y después me trataron peor
report-opt-reported-to-employer-not-sure = No lo tengo claro

report-opt-barriers-job = Miedo a perder mi trabajo o turnos
report-opt-barriers-visa = Preocupación por mi visa
report-opt-barriers-not-believed = Miedo a que no me crean
report-opt-barriers-didnt-know = No sabía qué podía hacer
report-opt-barriers-other = Otra cosa
report-opt-barriers-none = Nada me frenó

report-opt-consent-evidence-yes = Sí
report-opt-consent-evidence-no = No

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
    Dónde trabaja: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Tipo de trabajo: { $sector ->
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
    Lugar de trabajo: { $workplace ->
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
    Qué pasó:{ $what_comments_jokes ->
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
    Quién lo hizo:{ $who_colleague ->
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
    Cuándo: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    Se lo dijo a su empleador: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    Qué lo hizo más difícil:{ $barriers_job ->
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
    Usar como prueba: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    Su reporte fue enviado. Por si no lo vio, su código de recibo es: { $code }
    Para retirar el reporte, envíe /withdraw { $code }. No le muestre el código a nadie.
