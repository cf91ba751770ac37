# status: reviewed
# The terminal chat (advice-bot chat) is for organisers trying the bot.

console-intro = Type the number of an option and press Enter. To leave, type /quit or press Ctrl-D.
