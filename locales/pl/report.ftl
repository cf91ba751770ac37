# status: draft
# Anonimowe zgłoszenie (flows/report.yaml).
# Tłumacze: { $coalition } to nazwa kampanii, a { $app } to "Telegram": zostaw je
# bez zmian. Etykiety opcji muszą zachować dokładnie to samo znaczenie: organizatorzy je liczą.

report-unavailable = Anonimowe zgłoszenia nie są teraz włączone w tym bocie, więc nie mogę tu przyjąć zgłoszenia. Nadal możesz sprawdzić inne sposoby zgłoszenia albo wrócić do menu.

## Przed pierwszym pytaniem: co jest zapisywane, kto może to przeczytać i jak długo.

report-intro-what = Możesz opowiedzieć organizatorom kampanii { $coalition }, co cię spotkało, bez podawania imienia i nazwiska. Zgłoszenia pomagają im pokazać, jak częste jest molestowanie seksualne w pracy, i domagać się zmian.
report-intro-kept = Co jest zapisywane: twoje odpowiedzi na kolejne pytania i dzień, w którym je wyślesz. Nie jest zapisywane twoje imię i nazwisko, numer telefonu ani konto Telegram.
report-intro-who = Kto może to przeczytać: tylko organizatorzy kampanii { $coalition }. Zgłoszenie jest zablokowane (zaszyfrowane) ich kluczami. Tak to zaprojektowano, żeby osoba, która prowadzi serwer tego bota, nie mogła go otworzyć. Ale twoje odpowiedzi są widoczne w tym czacie na twoim telefonie, dopóki nie wyślesz /exit.
report-intro-how-long = Jak długo: twoje zgłoszenie zostanie usunięte najpóźniej po { $days ->
        [one] { $days } dniu
        [few] { $days } dniach
        [many] { $days } dniach
       *[other] { $days } dnia
    } albo wcześniej, gdy organizatorzy je odbiorą.
report-intro-telegram = { $app } może widzieć ten czat, tak jak każdy czat z botem. Podawaj tylko to, czym chcesz się podzielić.
report-intro-stop = To 10 krótkich pytań. Możesz przerwać przy każdym pytaniu: naciśnij „Przerwij i zapomnij moje odpowiedzi” albo „Wyjdź teraz” lub wyślij /exit. Zanim cokolwiek zostanie wysłane, zobaczysz wszystkie swoje odpowiedzi.
report-begin = Rozpocznij zgłoszenie

## Przy każdym pytaniu.

report-stop = Przerwij i zapomnij moje odpowiedzi
report-stopped = Przerwano. Nic nie zostało wysłane, a bot nie przechowuje już twoich odpowiedzi. Nadal są widoczne w tym czacie: /exit usuwa wiadomości z tego czatu z ostatnich 48 godzin.

## Pytania.

report-q-nation = 1 z 10. Gdzie pracujesz?
report-q-sector = 2 z 10. Jaki rodzaj pracy wykonujesz?
report-more-kinds = Inne rodzaje pracy…
report-q-sector-more = 2 z 10. Więcej rodzajów pracy:
report-back-to-list = Wróć do pierwszej listy
report-q-workplace = 3 z 10. W jakim miejscu pracujesz?
report-more-places = Inne miejsca…
report-q-workplace-more = 3 z 10. Więcej miejsc:
report-q-what = 4 z 10. Co się stało? Zaznacz wszystko, co pasuje, a potem naciśnij „Gotowe”. Aby odznaczyć opcję, naciśnij ją jeszcze raz.
report-done = Gotowe
report-pick-one = Zaznacz co najmniej jedną opcję, a potem naciśnij „Gotowe”.
report-q-who = 5 z 10. Kto to zrobił? Zaznacz wszystko, co pasuje, a potem naciśnij „Gotowe”.
report-q-when = 6 z 10. Kiedy to się stało? Jeśli zdarzyło się to więcej niż raz, pomyśl o ostatnim razie.
report-q-employer = 7 z 10. Czy twój pracodawca dowiedział się o tym od ciebie?
report-q-barriers = 8 z 10. Czy coś sprawiało, że trudniej było ci o tym mówić? Zaznacz wszystko, co pasuje, a potem naciśnij „Gotowe”.
report-pick-barriers = Zaznacz co najmniej jedną opcję albo „Nic mnie nie powstrzymywało”, a potem naciśnij „Gotowe”.
report-q-account-offer = 9 z 10. Jeśli chcesz, możesz opisać własnymi słowami, co się stało. Nie musisz tego robić.
report-account-write = Napiszę własnymi słowami
report-account-skip = Pomiń to pytanie
report-q-account = Napisz to w jednej wiadomości, maksymalnie 2000 znaków. Aby przerwać, wyślij /exit.
report-account-warning = Nie podawaj imion ani nazwisk, nazwy swojego pracodawcy ani niczego, po czym można cię rozpoznać, chyba że tak zdecydujesz.
report-account-too-long = To jest dłuższe niż { $max } znaków. Skróć tekst i wyślij go jeszcze raz.
report-q-consent = 10 z 10. Czy organizatorzy mogą wykorzystać twoje zgłoszenie jako dowód w swojej kampanii, na przykład w raporcie dla rządu? Pominęliby wszystko, po czym ich zdaniem można by cię rozpoznać.

## Sprawdzenie i wysłanie.

report-review-intro = Sprawdź swoje odpowiedzi. Nic jeszcze nie zostało wysłane.
report-review-account = Własnymi słowami: { $account }
report-review-question = Wysłać to zgłoszenie do organizatorów?
report-send = Wyślij
report-discard = Nie wysyłaj
report-sent =
    Dziękujemy. Twoje zgłoszenie zostało wysłane.
    Twój kod potwierdzenia: { $code }
    Jeśli zmienisz zdanie, wyślij /withdraw { $code }, a twoje zgłoszenie zostanie usunięte. To działa, dopóki organizatorzy go nie odbiorą albo nie minie czas jego przechowywania. Każdy, kto ma ten kod, może wycofać zgłoszenie, więc zachowaj go dla siebie.
    Twoje odpowiedzi są nadal widoczne w tym czacie: /exit usuwa wiadomości z tego czatu z ostatnich 48 godzin.
report-failed = Przepraszamy, nie udało się zapisać twojego zgłoszenia z powodu problemu po naszej stronie. Nic nie zostało wysłane, a bot nie przechowuje już twoich odpowiedzi. Nadal są widoczne w tym czacie: /exit usuwa wiadomości z tego czatu z ostatnich 48 godzin. Możesz spróbować ponownie później.

## Odpowiedzi: jedna etykieta na każdą opcję z flows/report-schema.yaml (report-opt-<pole>-<opcja>).
## To są przyciski i podsumowanie. Niech będą krótkie: to przyciski na telefonie.

report-opt-nation-england = Anglia
report-opt-nation-wales = Walia
report-opt-nation-scotland = Szkocja
report-opt-nation-northern-ireland = Irlandia Północna

report-opt-sector-hospitality = Hotele, restauracje, bary
report-opt-sector-retail = Sklepy i handel
report-opt-sector-care = Opieka (domy opieki, opieka domowa)
report-opt-sector-health = Ochrona zdrowia (szpital, przychodnia)
report-opt-sector-cleaning = Sprzątanie
report-opt-sector-warehouse-logistics = Magazyn, dostawy, logistyka
report-opt-sector-agriculture = Rolnictwo, pakowanie żywności
report-opt-sector-domestic-work = Pomoc domowa (w czyimś domu)
report-opt-sector-education = Edukacja
report-opt-sector-office = Praca biurowa
report-opt-sector-other = Coś innego

report-opt-workplace-shop = Sklep
report-opt-workplace-restaurant-bar = Restauracja, kawiarnia lub bar
report-opt-workplace-hotel = Hotel
report-opt-workplace-care-home = Dom opieki
report-opt-workplace-private-home = Czyjś dom
report-opt-workplace-hospital = Szpital lub przychodnia
report-opt-workplace-warehouse = Magazyn
report-opt-workplace-office = Biuro
report-opt-workplace-farm = Farma
report-opt-workplace-school = Szkoła, college lub przedszkole
report-opt-workplace-other = Inne miejsce

report-opt-what-comments-jokes = Seksualne komentarze lub żarty
report-opt-what-touching = Niechciany dotyk
report-opt-what-sexual-assault = Napaść seksualna
report-opt-what-requests-pressure = Naciski na seks lub randki
report-opt-what-messages-images = Seksualne wiadomości lub zdjęcia
report-opt-what-treated-worse = Gorsze traktowanie po odmowie lub skardze

report-opt-who-colleague = Współpracownik
report-opt-who-manager = Kierownik lub przełożony
report-opt-who-third-party = Klient, pacjent lub gość
report-opt-who-agency-gangmaster = Agencja lub pośrednik (gangmaster)

report-opt-when-this-month = W tym miesiącu
report-opt-when-last-month = W zeszłym miesiącu
report-opt-when-months-2-3 = 2–3 miesiące temu
report-opt-when-months-4-6 = 4–6 miesięcy temu
report-opt-when-longer-ago = Dawniej
report-opt-when-rather-not-say = Wolę nie mówić

report-opt-reported-to-employer-no = Nie
report-opt-reported-to-employer-yes-nothing-happened = Tak, i nic się nie stało
report-opt-reported-to-employer-yes-action-taken = Tak, i coś z tym zrobiono
report-opt-reported-to-employer-yes-treated-worse = Tak, i potem traktowano mnie gorzej
report-opt-reported-to-employer-not-sure = Nie mam pewności

report-opt-barriers-job = Strach, że stracę pracę lub zmiany
report-opt-barriers-visa = Obawa o moją wizę
report-opt-barriers-not-believed = Strach, że nikt mi nie uwierzy
report-opt-barriers-didnt-know = Nie było jasne, co mogę zrobić
report-opt-barriers-other = Coś innego
report-opt-barriers-none = Nic mnie nie powstrzymywało

report-opt-consent-evidence-yes = Tak
report-opt-consent-evidence-no = Nie

## Pola wyboru: { $ticked } ma wartość "yes", gdy opcja jest zaznaczona. Zostaw oba znaki.

report-tick-what-comments-jokes = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-comments-jokes }
report-tick-what-touching = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-touching }
report-tick-what-sexual-assault = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-sexual-assault }
report-tick-what-requests-pressure = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-requests-pressure }
report-tick-what-messages-images = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-messages-images }
report-tick-what-treated-worse = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-treated-worse }

report-tick-who-colleague = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-colleague }
report-tick-who-manager = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-manager }
report-tick-who-third-party = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-third-party }
report-tick-who-agency-gangmaster = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-agency-gangmaster }

report-tick-barriers-job = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-job }
report-tick-barriers-visa = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-visa }
report-tick-barriers-not-believed = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-not-believed }
report-tick-barriers-didnt-know = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-didnt-know }
report-tick-barriers-other = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-other }
report-tick-barriers-none = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-none }

## Podsumowanie. Każdy wiersz pokazuje jedną odpowiedź. {"\u000A"} zaczyna nowy wiersz: zostaw go.

report-review-summary =
    Gdzie pracujesz: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Rodzaj pracy: { $sector ->
        [hospitality] { report-opt-sector-hospitality }
        [retail] { report-opt-sector-retail }
        [care] { report-opt-sector-care }
        [health] { report-opt-sector-health }
        [cleaning] { report-opt-sector-cleaning }
        [warehouse-logistics] { report-opt-sector-warehouse-logistics }
        [agriculture] { report-opt-sector-agriculture }
        [domestic-work] { report-opt-sector-domestic-work }
        [education] { report-opt-sector-education }
        [office] { report-opt-sector-office }
        [other] { report-opt-sector-other }
       *[unset] –
    }
    Miejsce pracy: { $workplace ->
        [shop] { report-opt-workplace-shop }
        [restaurant-bar] { report-opt-workplace-restaurant-bar }
        [hotel] { report-opt-workplace-hotel }
        [care-home] { report-opt-workplace-care-home }
        [private-home] { report-opt-workplace-private-home }
        [hospital] { report-opt-workplace-hospital }
        [warehouse] { report-opt-workplace-warehouse }
        [office] { report-opt-workplace-office }
        [farm] { report-opt-workplace-farm }
        [school] { report-opt-workplace-school }
        [other] { report-opt-workplace-other }
       *[unset] –
    }
    Co się stało:{ $what_comments_jokes ->
        [yes] {"\u000A"}– { report-opt-what-comments-jokes }
       *[other] {""}
    }{ $what_touching ->
        [yes] {"\u000A"}– { report-opt-what-touching }
       *[other] {""}
    }{ $what_sexual_assault ->
        [yes] {"\u000A"}– { report-opt-what-sexual-assault }
       *[other] {""}
    }{ $what_requests_pressure ->
        [yes] {"\u000A"}– { report-opt-what-requests-pressure }
       *[other] {""}
    }{ $what_messages_images ->
        [yes] {"\u000A"}– { report-opt-what-messages-images }
       *[other] {""}
    }{ $what_treated_worse ->
        [yes] {"\u000A"}– { report-opt-what-treated-worse }
       *[other] {""}
    }
    Kto to zrobił:{ $who_colleague ->
        [yes] {"\u000A"}– { report-opt-who-colleague }
       *[other] {""}
    }{ $who_manager ->
        [yes] {"\u000A"}– { report-opt-who-manager }
       *[other] {""}
    }{ $who_third_party ->
        [yes] {"\u000A"}– { report-opt-who-third-party }
       *[other] {""}
    }{ $who_agency_gangmaster ->
        [yes] {"\u000A"}– { report-opt-who-agency-gangmaster }
       *[other] {""}
    }
    Kiedy: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    Pracodawca dowiedział się od ciebie: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    Co utrudniało:{ $barriers_job ->
        [yes] {"\u000A"}– { report-opt-barriers-job }
       *[other] {""}
    }{ $barriers_visa ->
        [yes] {"\u000A"}– { report-opt-barriers-visa }
       *[other] {""}
    }{ $barriers_not_believed ->
        [yes] {"\u000A"}– { report-opt-barriers-not-believed }
       *[other] {""}
    }{ $barriers_didnt_know ->
        [yes] {"\u000A"}– { report-opt-barriers-didnt-know }
       *[other] {""}
    }{ $barriers_other ->
        [yes] {"\u000A"}– { report-opt-barriers-other }
       *[other] {""}
    }{ $barriers_none ->
        [yes] {"\u000A"}– { report-opt-barriers-none }
       *[other] {""}
    }
    Wykorzystanie jako dowód: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    Twoje zgłoszenie zostało wysłane. Na wypadek, gdyby kod nie dotarł: twój kod potwierdzenia to { $code }
    Aby wycofać zgłoszenie, wyślij /withdraw { $code }. Zachowaj kod dla siebie.
