# status: draft
# Translators: { $app } is "Telegram" and { $bsl } is "999 BSL": keep them as they are.

welcome-hello = Hola. Este bot es para personas que sufren acoso sexual en el trabajo en el Reino Unido. Le explica sus derechos, sus opciones y quién puede ayudarle.
welcome-not-your-fault = Lo que le pasó no es culpa suya.
welcome-not-legal-advice = Esto es información, no asesoramiento legal. Para recibir consejo sobre su propia situación, comuníquese con uno de los servicios que le mostramos.
welcome-telegram-can-see = Técnicamente, { $app } puede ver los chats con bots. No escriba nombres ni nada que pueda identificarle a usted o a otra persona.
welcome-exit-any-time = Puede salir en cualquier momento: envíe /exit o toque "Salir ahora". El bot borra entonces los mensajes de este chat de las últimas 48 horas. El chat en sí sigue en su lista de chats.
welcome-delete-chat = Para quitar el chat entero, bórrelo usted en { $app }: abra el menú del chat y elija "Eliminar chat".
welcome-continue = Continuar

menu-question = ¿Qué necesita?
menu-danger = Estoy en peligro ahora
menu-rights = Entender mis derechos
menu-routes = Mis opciones para denunciar
menu-support = Hablar con alguien ahora
menu-visa = Tengo una visa
menu-report = Hacer un reporte anónimo

emergency-999 = Si está en peligro ahora, llame al { $phone }.
emergency-bsl = Si es una persona sorda y usa la lengua de señas británica (British Sign Language), use la aplicación o el sitio web gratuito { $bsl }. Funciona las 24 horas del día.
emergency-later = Cuando pueda, también puede hablar con alguien sobre lo que pasó.
