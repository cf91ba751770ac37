# status: draft
# Tłumacze: { $acas }, { $lra }, { $ecni }, { $phone } i { $web } to nazwy,
# numery i strony internetowe: zostaw je dokładnie tak, jak są.

time-gb-limit = Jeśli być może zechcesz złożyć pozew, działaj wcześnie. Rozpocznij w { $acas } wczesną próbę ugody (early conciliation) w ciągu 3 miesięcy minus jeden dzień od ostatniego zdarzenia.
time-gb-series = Jeśli to zdarzyło się więcej niż raz, czas zwykle liczy się od ostatniego zdarzenia.
time-gb-late = Jeśli minęło więcej niż 3 miesiące, i tak skontaktuj się jeszcze dziś z { $acas } albo z doradcą. Spóźniony pozew bywa czasem przyjęty, a termin mógł się zmienić.
time-gb-changing = Dłuższy termin (6 miesięcy) miał obowiązywać od października 2026; nie udało nam się potwierdzić, że już obowiązuje. Dopóki tego nie wiesz, licz 3 miesiące minus jeden dzień i sprawdź w { $acas }.

time-ec-what = Przed większością spraw w sądzie pracy (tribunal) musisz najpierw skontaktować się z { $acas }. Nazywa się to wczesną próbą ugody (early conciliation).
time-ec-clock = Wczesna próba ugody wstrzymuje bieg terminu, dopóki trwa. Może trwać do 12 tygodni.
time-ec-after = Jeśli nie dojdzie do ugody, dostaniesz zaświadczenie (certificate). Potem zwykle masz co najmniej miesiąc na złożenie pozwu.
time-ec-employer = { $acas } kontaktuje się z twoim pracodawcą. Dlatego pracodawca dowie się, że jest skarga.
time-ec-sponsor = Jeśli twój pracodawca jest sponsorem twojej wizy, to znaczy, że sponsor się dowie. Najpierw zasięgnij porady imigracyjnej.
time-acas-phone = Infolinia { $acas }: { $phone }. Jest bezpłatna i poufna, dostępni są tłumacze.

time-record = Prowadź prywatne notatki: daty, godziny, co zostało powiedziane lub zrobione i kto to widział. Zachowuj wiadomości i zrzuty ekranu, które ktoś ci wysłał.
time-record-work = Nie przesyłaj dalej służbowych e-maili i nie kopiuj służbowych plików: możesz mieć przez to kłopoty w pracy. Zamiast tego zapisz ich daty i tematy.
time-record-where = Trzymaj notatki tam, gdzie pracodawca nie ma dostępu: nie na służbowym telefonie, służbowym komputerze ani w służbowej poczcie. Jeśli mieszkasz tam, gdzie pracujesz, na przykład jako pomoc domowa, trzymaj je w miejscu, którego pracodawca nie widzi, albo u zaufanej osoby.

time-public = Decyzje sądu pracy są zwykle publikowane w internecie.
time-anonymity = Możesz poprosić sąd pracy, żeby nie podawał publicznie twojego nazwiska. Nie dzieje się to automatycznie, więc poproś wcześnie.

time-ni-tribunal = W Irlandii Północnej sprawy trafiają do sądu pracy (industrial tribunal). Licz termin jako 3 miesiące minus jeden dzień od ostatniego zdarzenia. Zmiany w Wielkiej Brytanii nie obowiązują automatycznie w Irlandii Północnej.
time-ni-lra = Najpierw skontaktuj się z { $lra } w sprawie wczesnej próby ugody (early conciliation): { $web }. To wstrzymuje bieg terminu na czas do jednego miesiąca i 14 dni.
time-ni-early = Nie zostawiaj tego na ostatnią chwilę. Jeśli minęło więcej niż 3 miesiące, i tak skontaktuj się jeszcze dziś z { $lra } albo z doradcą. Spóźniony pozew bywa czasem przyjęty.
time-ni-ecni = { $ecni } może ci doradzić: { $phone }. To bezpłatne i poufne, dostępni są tłumacze, a czasem mogą też cię reprezentować.

time-see-ec = Jak działa wczesna próba ugody?
time-see-record = Co mam zachować?
time-see-public = Czy moje nazwisko będzie jawne?
time-back-to-limits = Wróć do terminów
