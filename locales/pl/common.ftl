# status: draft
# Wiadomości, których bot używa na każdym kroku. Niech każda będzie krótka: ludzie
# czytają je na telefonie, być może w pośpiechu.

language-name = Polski
language-choose = Wybierz język.
draft-notice = To tłumaczenie jest nowe i może zawierać błędy. Aby czytać po angielsku, wyślij /language.
text-unavailable = Przepraszamy, ten tekst jest teraz niedostępny.

choose-below = Wybierz jedną z opcji poniżej.
leave-now = Wyjdź teraz
back-to-menu = Wróć do menu
ask-skip = Pomiń to pytanie

stale-button = Ten przycisk jest z wcześniejszego kroku. Oto, gdzie jesteś teraz:
use-buttons = Wybierz jedną z opcji albo wpisz jej numer.
unknown-command = Nie znam tego polecenia. Możesz użyć /start, /language, /help, /back, /restart lub /exit.
text-too-long = To jest za długie. Tekst musi mieć mniej znaków niż { $max }.
text-empty = Wpisz odpowiedź albo wyślij /back, aby wrócić.
nothing-to-go-back-to = Nie ma dokąd wrócić.
something-went-wrong = Przepraszamy, coś poszło nie tak po naszej stronie. Twoja rozmowa nie przepadła. Wyślij /restart, aby wrócić do menu.
withdraw-how = Aby wycofać zgłoszenie, wyślij /withdraw, a po nim swój kod potwierdzenia.
withdraw-done = Twoje zgłoszenie zostało wycofane i usunięte.
withdraw-failed = Nie udało się znaleźć zgłoszenia z tym kodem. Mogło już zostać otwarte, wycofane lub usunięte.

exit-neutral = Pogoda na dziś: umiarkowanie ciepło, później trochę chmur.
exit-not-all-removed = Niektórych wiadomości z tego czatu nie udało się jeszcze usunąć. Bot będzie próbował dalej przez maksymalnie 48 godzin. Aby od razu usunąć cały czat, otwórz menu czatu i wybierz „Usuń czat” (Delete chat).

help-commands =
    Te polecenia możesz wysłać w każdej chwili:
    /exit – wyjdź teraz. Bot usuwa wiadomości z tego czatu z ostatnich 48 godzin.
    /back – wróć o jeden krok
    /restart – zacznij od nowa od menu głównego. Bot zapomina twoje odpowiedzi, także to, gdzie pracujesz.
    /language – zmień język
    /help – ta lista

## Transport Telegram (bot/telegram.py): wiadomości poza krokami rozmowy.

group-refused = Rozmawiam tylko na czatach prywatnych, żeby inne osoby w grupie nie mogły czytać tego, co mi mówisz. Otwórz ze mną czat prywatny. Teraz opuszczam tę grupę.
slow-down = Wysyłasz wiadomości bardzo szybko. Poczekaj minutę, a potem pisz dalej.
text-too-long-message = Ta wiadomość jest za długa do przeczytania, więc nie została zapisana. Wyślij tekst, który ma mniej znaków niż { $max }.
only-text = Mogę odczytać tylko tekst i naciśnięcia przycisków, więc tamta wiadomość nie została otwarta. Wpisz odpowiedź tekstem.

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    Ten bot nie czyta tu wpisanych wiadomości. Użyj przycisków poniżej albo wpisz numer opcji.
    Wpisany tekst zostaje w tym czacie. /exit usuwa wiadomości z tego czatu z ostatnich 48 godzin.
    Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 999.
