# status: reviewed

welcome-hello = Hello. This bot explains your rights if you face sexual harassment at work in the UK, your options for reporting it, and who can help.
welcome-not-legal-advice = This is information, not legal advice.
welcome-telegram-can-see = Telegram can technically see chats with bots. Don't type names or details that could identify you.
welcome-exit-any-time = You can leave at any time: send /exit or press "Leave now". This deletes the conversation from your phone.
welcome-continue = Continue

menu-question = What do you need?
menu-rights = Understand my rights
menu-danger = I am in danger now

emergency-999 = If you are in immediate danger, call 999.
emergency-bsl = If you are deaf, you can call 999 in British Sign Language with the free 999 BSL app or website, 24 hours a day.
