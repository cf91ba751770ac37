# status: draft
# El chat de terminal (advice-bot chat) es para que los organizadores prueben el bot.

console-intro = Escriba el número de una opción y pulse Enter. Para salir, escriba /quit o pulse Ctrl-D.
