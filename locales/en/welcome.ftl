# status: reviewed
# Translators: { $app } is "Telegram" and { $bsl } is "999 BSL": keep them as they are.

welcome-hello = Hello. This bot is for people facing sexual harassment at work in the UK. It explains your rights, your options and who can help.
welcome-not-your-fault = What happened to you is not your fault.
welcome-not-legal-advice = This is information, not legal advice. For advice about your own situation, contact one of the services we show you.
welcome-telegram-can-see = { $app } can technically see chats with bots. Do not type names or anything that could identify you or someone else.
welcome-exit-any-time = You can leave at any time: send /exit or press "Leave now". The bot then removes the messages of this chat from the last 48 hours. The chat itself stays in your chat list.
welcome-delete-chat = To remove the whole chat, delete it yourself in { $app }: open the chat menu and choose "Delete chat".
welcome-continue = Continue

menu-question = What do you need?
menu-danger = I am in danger now
menu-rights = Understand my rights
menu-routes = My options for reporting
menu-support = Someone to talk to now
menu-visa = I am on a visa
menu-report = Report anonymously

emergency-999 = If you are in danger now, call { $phone }.
emergency-bsl = If you are deaf and use British Sign Language, use the free { $bsl } app or website. It works 24 hours a day.
emergency-later = When you can, you can also talk to someone about what happened.
