# status: draft
# Czat w terminalu (advice-bot chat) służy organizatorom do wypróbowania bota.

console-intro = Wpisz numer opcji i naciśnij Enter. Aby wyjść, wpisz /quit albo naciśnij Ctrl-D.
