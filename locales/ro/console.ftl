# status: draft
# Chatul din terminal (advice-bot chat) este pentru organizatorii care încearcă botul.

console-intro = Scrieți numărul unei opțiuni și apăsați Enter. Pentru a ieși, scrieți /quit sau apăsați Ctrl-D.
