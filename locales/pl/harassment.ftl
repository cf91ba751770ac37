# status: draft
# Tłumacze: { $law }, { $acas }, { $ehrc }, { $ecni } i { $phone } to nazwy i numery:
# zostaw je dokładnie tak, jak są.

harassment-definition = Ustawa { $law } mówi, że molestowanie seksualne to niechciane zachowanie o charakterze seksualnym.
harassment-definition-effect = To jest molestowanie, jeśli narusza twoją godność albo sprawia, że atmosfera w pracy jest dla ciebie zastraszająca, wroga, poniżająca, upokarzająca lub obraźliwa. Może się to liczyć, nawet jeśli druga osoba mówi, że nie miała takiego zamiaru.
harassment-how-judged = Sąd pracy (tribunal) bierze pod uwagę, jak ty to odbierasz, i wszystkie okoliczności. Nie musisz udowadniać, że druga osoba zrobiła to celowo.

harassment-examples =
    Molestowanie seksualne może obejmować:
    • seksualne komentarze, żarty lub pytania o twoje ciało lub życie seksualne
    • dotykanie, przytulanie lub ocieranie się o ciebie
    • wiadomości, zdjęcia lub filmy o charakterze seksualnym
    • naciski, żeby pójść na randkę lub uprawiać seks, albo prośby o przysługi seksualne
    • gorsze traktowanie po tym, jak powiesz „nie” albo jak ulegniesz
harassment-examples-how = Może się to dziać twarzą w twarz, przez telefon, w wiadomościach albo w internecie.

harassment-counts =
    To nadal może być molestowanie seksualne, jeśli:
    • sprawcą był klient lub pacjent, a nie współpracownik
    • pracujesz przez agencję, na umowie zero godzin (zero-hours), dorywczo, w ramach przyuczenia do zawodu (apprenticeship) albo dopiero zaczynasz tę pracę
    • w tamtej chwili nie padło z twojej strony „nie”
harassment-counts-no-minimum = Aby złożyć pozew (claim) o molestowanie, nie musisz przepracować u tego pracodawcy żadnego minimalnego czasu.
harassment-counts-agency = Osoby pracujące przez agencję mogą złożyć pozew przeciwko agencji i przeciwko firmie, w której pracują. Osoby ubiegające się o pracę i byli pracownicy też są chronieni.
harassment-counts-self-employed = Jeśli naprawdę pracujesz na własny rachunek (self-employed), zwykle nie możesz złożyć pozwu. Jeśli nie masz pewności, sprawdź w { $acas }.

harassment-customers-duty = Twój pracodawca musi podejmować rozsądne kroki, aby zapobiegać molestowaniu seksualnemu. Według wytycznych { $ehrc } dotyczy to też molestowania przez klientów.
harassment-customers-changing = Nowe zasady, kiedy pracodawca odpowiada za molestowanie przez klientów, miały obowiązywać od października 2026; nie udało nam się potwierdzić, że już obowiązują. Sprawdź w { $acas }, co obowiązuje teraz: { $phone }.

harassment-treated-worse = To też jest molestowanie, jeśli ktoś traktuje cię gorzej, bo odmawiasz takiego zachowania. Tak samo jest, jeśli traktuje cię gorzej, bo się mu poddajesz.
harassment-victimisation = Jeśli ukarano cię za złożenie skargi, to też może być niezgodne z prawem. Sprawdź w { $acas }: { $phone }.

harassment-no-permission = Jeśli nie masz prawa do pracy w Wielkiej Brytanii, nadal możesz mieć prawa, ale to skomplikowane.
harassment-no-permission-advice = Zanim zrobisz cokolwiek innego, porozmawiaj z doradcą-specjalistą.

harassment-ni-law = W Irlandii Północnej molestowanie seksualne reguluje { $law }.
harassment-ni-ecni = { $ecni } może wyjaśnić twoje prawa w Irlandii Północnej. Infolinia z poradami jest bezpłatna i poufna, dostępni są tłumacze: { $phone }.
harassment-ni-counts = W Irlandii Północnej zasady, kto jest chroniony i w jaki sposób, mogą być inne. Sprawdź w { $ecni }: { $phone }.
harassment-ni-treated-worse = Jeśli po twojej odmowie traktowano cię gorzej albo ukarano cię za złożenie skargi, zapytaj { $ecni } o swoje prawa: { $phone }.

harassment-see-examples = Jakie zachowania się liczą?
harassment-see-counts = Czy to się liczy, jeśli…?
harassment-see-treated-worse = Po odmowie traktują mnie gorzej
harassment-see-customers-law = To był klient lub pacjent
harassment-see-no-permission = Nie mam prawa do pracy
