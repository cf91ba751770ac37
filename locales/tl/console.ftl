# status: draft
# Ang terminal chat (advice-bot chat) ay para sa mga organizer na sumusubok sa bot.

console-intro = I-type ang numero ng isang opsyon at pindutin ang Enter. Para umalis, i-type ang /quit o pindutin ang Ctrl-D.
