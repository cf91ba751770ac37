# status: draft
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = Español
language-choose = Elija su idioma.
draft-notice = Esta traducción es nueva y puede tener errores. Para leer en inglés, envíe /language.
text-unavailable = Lo sentimos, este texto no está disponible en este momento.

choose-below = Elija una opción abajo.
leave-now = Salir ahora
back-to-menu = Volver al menú
ask-skip = Omitir esta pregunta

stale-button = Ese botón es de antes. Aquí es donde está ahora:
use-buttons = Por favor, elija una de las opciones o escriba su número.
unknown-command = No conozco ese comando. Puede usar /start, /language, /help, /back, /restart o /exit.
text-too-long = Es demasiado largo. Por favor, use menos de { $max } caracteres.
text-empty = Por favor, escriba una respuesta o envíe /back para volver atrás.
nothing-to-go-back-to = No hay ningún paso anterior al que volver.
something-went-wrong = Lo sentimos, algo salió mal de nuestro lado. Su conversación no se ha perdido. Envíe /restart para volver al menú.
withdraw-how = Para retirar un reporte, envíe /withdraw seguido de su código de recibo.
withdraw-done = Su reporte fue retirado y eliminado.
withdraw-failed = No encontré ningún reporte con ese código. Es posible que ya se haya abierto, retirado o eliminado.

exit-neutral = El clima de hoy: templado, con algunas nubes más tarde.
exit-not-all-removed = Algunos mensajes de este chat aún no se pudieron borrar. El bot lo seguirá intentando durante un máximo de 48 horas. Para borrar todo el chat ahora, abra el menú del chat y elija "Eliminar chat" ("Delete chat").

help-commands =
    Puede enviar estos comandos en cualquier momento:
    /exit – salir ahora. El bot borra los mensajes de este chat de las últimas 48 horas.
    /back – volver un paso atrás
    /restart – empezar de nuevo desde el menú principal. El bot olvida sus respuestas, también dónde trabaja.
    /language – cambiar de idioma
    /help – esta lista

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = Solo hablo en chats privados, para que otras personas de un grupo no puedan leer lo que me cuenta. Por favor, abra mejor un chat privado conmigo. Ahora me voy de este grupo.
slow-down = Está enviando mensajes muy rápido. Por favor, espere un minuto y luego continúe.
text-too-long-message = Ese mensaje es demasiado largo para que yo lo lea, así que no lo he guardado. Por favor, envíe algo de menos de { $max } caracteres.
only-text = Solo puedo leer texto y los botones que toque, así que no he mirado lo que envió. Por favor, escriba su respuesta.

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    Este bot no lee los mensajes escritos aquí. Use los botones de abajo o escriba el número de una opción.
    Lo que escribió sigue en este chat. /exit borra los mensajes de este chat de las últimas 48 horas.
    Si está en peligro ahora, llame al 999.
