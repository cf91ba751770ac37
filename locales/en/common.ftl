# status: reviewed
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = English
language-choose = Choose your language.
draft-notice = This translation is new and may contain mistakes. To read in English, send /language.
text-unavailable = Sorry, this text is not available right now.

choose-below = Choose an option below.
leave-now = Leave now
back-to-menu = Back to the menu
ask-skip = Skip this question

stale-button = That button is from earlier. Here is where you are now:
use-buttons = Please choose one of the options, or type its number.
unknown-command = I don't know that command. You can use /start, /language, /help, /back, /restart or /exit.
text-too-long = That is too long. Please keep it under { $max } characters.
text-empty = Please type an answer, or send /back to go back.
nothing-to-go-back-to = There is nothing to go back to.
something-went-wrong = Sorry, something went wrong on our side. Your conversation has not been lost. Send /restart to go back to the menu.
withdraw-how = To withdraw a report, send /withdraw followed by your receipt code.
withdraw-done = Your report has been withdrawn and deleted.
withdraw-failed = I could not find a report with that code. It may already have been opened, withdrawn or deleted.

exit-neutral = Weather today: mild, with some cloud later.
exit-not-all-removed = Some messages of this chat could not be removed yet. The bot keeps trying for up to 48 hours. To remove the whole chat now, open the chat menu and choose "Delete chat".

help-commands =
    You can send these at any time:
    /exit – leave now. The bot removes the messages of this chat from the last 48 hours.
    /back – go back one step
    /restart – start again from the main menu. The bot forgets your answers, including where you work.
    /language – change language
    /help – this list

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = I only talk in private chats, so other people in a group cannot read what you tell me. Please open a private chat with me instead. I am leaving this group now.
slow-down = You are sending messages very quickly. Please wait a minute, then carry on.
text-too-long-message = That message is too long for me to read, so I have not kept it. Please send something under { $max } characters.
only-text = I can only read text and button presses, so I have not looked at that. Please type your answer instead.

## Typed text where buttons are expected (bot/engine/step.py). 999 is a number from flows/directory.yaml.

typed-text-not-read =
    This bot does not read typed messages here. Please use the buttons below, or type the number of an option.
    What you typed stays in this chat. /exit removes messages of this chat from the last 48 hours.
    If you are in danger now, call 999.
