# status: draft
# O chat no terminal (advice-bot chat) serve para os organizadores experimentarem o bot.

console-intro = Escreva o número de uma opção e pressione Enter. Para sair, escreva /quit ou pressione Ctrl-D.
