# status: draft
# Karty organizacji z flows/directory.yaml, pokazywane przez akcję "signpost".
#
# Tłumacze: nazwy, numery telefonów, strony internetowe i e-maile przychodzą jako { $variables }:
# nigdy ich nie zmieniaj. Pole, którego organizacja nie ma, przychodzi jako "none", a wariant
# [none] nic nie wyświetla. Każdy wariant wiersza zaczyna się od {""}, a słowa są w następnym
# wierszu: zachowaj ten układ, żeby każda informacja była w osobnym wierszu.

signpost-intro = Te organizacje mogą pomóc:
signpost-none = Nie udało się znaleźć organizacji w tej sprawie. Wybierz inny rodzaj pomocy albo wróć do menu.

signpost-entry =
    { $kind ->
        [emergency] W nagłej sytuacji: zadzwoń pod { $phone }
        [police] Policja, gdy to nie jest nagła sytuacja: zadzwoń pod { $phone }
        [emergency-bsl] { $name }: połączenia alarmowe w brytyjskim języku migowym (BSL), przez aplikację lub stronę internetową
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Telefon: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            SMS: { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            Strona internetowa: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            E-mail: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            Czynne: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Bezpłatnie i poufnie.
        [free] {""}
            Bezpłatnie.
        [confidential] {""}
            Poufnie.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            Pomoc w ponad 200 językach.
        [interpreters] {""}
            Dostępni tłumacze.
        [spanish-portuguese] {""}
            Pomoc po hiszpańsku i portugalsku.
        [spanish] {""}
            Pomoc po hiszpańsku.
        [portuguese] {""}
            Pomoc po portugalsku.
        [multilingual] {""}
            Pomoc w kilku językach.
        [bsl] {""}
            Pomoc w brytyjskim języku migowym (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            Dla kobiet.
        [latin-american-women] {""}
            Dla kobiet z Ameryki Łacińskiej.
        [black-minoritised-women] {""}
            Dla czarnoskórych kobiet i kobiet z mniejszości etnicznych.
        [lgbt] {""}
            Dla osób LGBT+.
        [domestic-workers] {""}
            Dla migrantów pracujących jako pomoc domowa.
        [age-16-plus] {""}
            Dla każdego w wieku 16 lat lub starszego.
        [deaf-bsl] {""}
            Dla osób głuchych, które używają brytyjskiego języka migowego (BSL).
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            Przekazują twoje dane tylko za twoją zgodą, chyba że ktoś jest w bezpośrednim niebezpieczeństwie albo zagrożone jest dziecko.
        [legally-privileged] {""}
            Ich porady są objęte tajemnicą prawniczą (legally privileged).
        [immigration-advice] {""}
            Udzielają porad imigracyjnych i mają do tego uprawnienia.
        [legal-representation] {""}
            Czasem mogą cię reprezentować.
        [union-membership] {""}
            Każdy może zapisać się do związku zawodowego. Niektóre związki reprezentują tylko osoby, które już są członkami.
        [find-immigration-adviser] {""}
            Oficjalny organ nadzorujący doradców imigracyjnych. Na stronie jest wyszukiwarka doradców z uprawnieniami.
        [early-conciliation-ni] {""}
            Wczesna próba ugody (early conciliation) w Irlandii Północnej.
        [hseni-councils] {""}
            Urząd ds. bezpieczeństwa i higieny pracy w Irlandii Północnej. Sklepami, biurami, hotelami, restauracjami, pubami, rekreacją i domami opieki zajmuje się lokalna rada (council).
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                Nie udało nam się potwierdzić wszystkich ich danych. Sprawdź je, gdy się z nimi skontaktujesz.
           *[other] {""}
                Sprawdź aktualne dane na ich stronie internetowej.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            Obszar: Anglia.
        [wales] {""}
            Obszar: Walia.
        [scotland] {""}
            Obszar: Szkocja.
        [northern-ireland] {""}
            Obszar: Irlandia Północna.
        [england-wales] {""}
            Obszar: Anglia i Walia.
        [england-wales-scotland] {""}
            Obszar: Anglia, Walia i Szkocja.
        [scotland-northern-ireland] {""}
            Obszar: Szkocja i Irlandia Północna.
       *[none] {""}
    }
