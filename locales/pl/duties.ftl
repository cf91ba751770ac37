# status: draft
# Tłumacze: { $ehrc }, { $acas }, { $ecni } i { $phone } to nazwy i numery:
# zostaw je dokładnie tak, jak są.

duties-since = Od 26 października 2024 r. każdy pracodawca musi podejmować rozsądne kroki, aby zapobiegać molestowaniu seksualnemu swoich pracowników.
duties-where = Ten obowiązek wynika z prawa w Anglii, Walii i Szkocji.
duties-customers = Według wytycznych { $ehrc } dotyczy to też molestowania przez klientów.
duties-liable = Twój pracodawca odpowiada też wtedy, gdy jego pracownicy molestują cię w pracy. Wyjątek: jeśli podjął wszystkie rozsądne kroki, aby temu zapobiec.

duties-steps-policy = Wytyczne { $ehrc } mówią, że sam regulamin (policy) i szkolenia raczej nie wystarczą.
duties-steps-risk = Wytyczne zalecają ocenę ryzyka. Pracodawcy powinni sprawdzić ryzyko molestowania seksualnego, także ze strony klientów, i podjąć działania.
duties-steps-health = Obowiązują też przepisy BHP (health and safety). Pracodawcy muszą oceniać ryzyko w pracy, także stres. Muszą dbać o dobro pracowników w rozsądnie możliwym zakresie.
duties-enforce = { $ehrc } pilnuje przestrzegania tego obowiązku. Może działać, nawet zanim ktokolwiek zostanie molestowany.

duties-no-separate-claim = Nie możesz złożyć pozwu tylko dlatego, że pracodawca nie dopełnił tego obowiązku.
duties-compensation = Ale możesz dostać wyższe odszkodowanie. Jeśli wygrasz sprawę o molestowanie, a pracodawca nie dopełnił tego obowiązku, sąd pracy musi rozważyć podwyższenie odszkodowania maksymalnie o 25%.

duties-changing = Zmiany, które nakładają na pracodawców więcej wymagań, także w sprawie molestowania przez klientów, miały obowiązywać od października 2026; nie udało nam się potwierdzić, że już obowiązują.
duties-changing-check = Sprawdź w { $acas }, co obowiązuje teraz: { $phone }.

duties-ni-different = Ten obowiązek wynika z prawa w Anglii, Walii i Szkocji. Nie obowiązuje w Irlandii Północnej.
duties-ni-check = Aby dowiedzieć się, co musi zrobić twój pracodawca w Irlandii Północnej, zapytaj { $ecni }: { $phone }.

duties-see-steps = Co to są rozsądne kroki?
duties-see-compensation = A jeśli pracodawca nic nie zrobił?
duties-see-changing = Czy prawo się zmienia?
