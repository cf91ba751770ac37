# status: draft
# Tłumacze: { $phone } to "999", a { $bsl } to "999 BSL": zostaw je bez zmian.

support-danger-first = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod { $phone }. Jeśli jesteś osobą głuchą i używasz brytyjskiego języka migowego (British Sign Language), skorzystaj z bezpłatnej aplikacji lub strony { $bsl }.
support-question = Jakiej pomocy potrzebujesz?
support-after = To ty decydujesz, czy się z nimi skontaktujesz. Ten bot nie przekazuje im żadnych informacji o tobie.

support-immediate-danger = Jestem teraz w niebezpieczeństwie
support-sexual-assault = Doszło do napaści seksualnej na mnie
support-stalking = Ktoś mnie śledzi lub nęka
support-emotional-support = Chcę, żeby ktoś mnie wysłuchał
support-employment-advice = Potrzebuję porady w sprawie pracy
support-migrant = Pracuję tu jako migrant / migrantka
support-domestic-worker = Pracuję jako pomoc domowa
support-lgbt = Chcę wsparcia dla osób LGBT+
support-whistleblowing = Chcę zgłosić nieprawidłowości
support-something-else = Inny rodzaj pomocy
