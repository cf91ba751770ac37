# status: draft
# Tłumacze: { $acas }, { $lra }, { $ecni }, { $phone } i { $web } to nazwy,
# numery i strony internetowe: zostaw je dokładnie tak, jak są.

time-gb-limit = Jeśli być może zechcesz złożyć pozew, działaj wcześnie. Rozpocznij w { $acas } wczesną próbę ugody (early conciliation) w ciągu 3 miesięcy minus jeden dzień od ostatniego zdarzenia.
time-gb-series = Jeśli to zdarzyło się więcej niż raz, czas zwykle liczy się od ostatniego zdarzenia.
time-gb-late = Sąd pracy przyjmuje spóźniony pozew tylko w rzadkich przypadkach. Nie czekaj.
time-gb-changing = Terminy mogą się w przyszłości zmienić. Sprawdź w { $acas }, co obowiązuje teraz, i nie czekaj na zmianę.

time-ec-what = Przed większością spraw w sądzie pracy (tribunal) musisz najpierw skontaktować się z { $acas }. Nazywa się to wczesną próbą ugody (early conciliation).
time-ec-clock = Wczesna próba ugody wstrzymuje bieg terminu, dopóki trwa. Może trwać do 12 tygodni.
time-ec-after = Jeśli nie dojdzie do ugody, dostaniesz zaświadczenie (certificate). Potem zwykle masz co najmniej miesiąc na złożenie pozwu.
time-ec-employer = { $acas } kontaktuje się z twoim pracodawcą. Dlatego pracodawca dowie się, że jest skarga.
time-ec-sponsor = Jeśli twój pracodawca jest sponsorem twojej wizy, to znaczy, że sponsor się dowie. Najpierw zasięgnij porady imigracyjnej.
time-acas-phone = Infolinia { $acas }: { $phone }. Jest bezpłatna i poufna, dostępni są tłumacze.

time-record = Prowadź prywatne notatki: daty, godziny, co zostało powiedziane lub zrobione i kto to widział. Zachowuj też wiadomości i zrzuty ekranu.
time-record-where = Trzymaj je w miejscu, do którego dostęp masz tylko ty. Nie na służbowym telefonie, służbowym komputerze ani w służbowej poczcie e-mail.

time-public = Decyzje sądu pracy są zwykle publikowane w internecie.
time-anonymity = Możesz poprosić sąd pracy, żeby nie podawał publicznie twojego nazwiska. Nie dzieje się to automatycznie, więc poproś wcześnie.

time-ni-tribunal = W Irlandii Północnej sprawy trafiają do sądu pracy (industrial tribunal). Termin wynosi 3 miesiące.
time-ni-lra = Najpierw skontaktuj się z { $lra } w sprawie wczesnej próby ugody (early conciliation): { $web }. To wstrzymuje bieg terminu na czas do jednego miesiąca i 14 dni.
time-ni-early = Nie zostawiaj tego na ostatnią chwilę. Skontaktuj się z nimi na długo przed upływem 3 miesięcy.
time-ni-ecni = { $ecni } może ci doradzić: { $phone }. To bezpłatne i poufne, dostępni są tłumacze, a czasem mogą też cię reprezentować.

time-see-ec = Jak działa wczesna próba ugody?
time-see-record = Co mam zachować?
time-see-public = Czy moje nazwisko będzie jawne?
time-back-to-limits = Wróć do terminów
