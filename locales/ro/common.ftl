# status: draft
# Mesaje pe care botul le folosește la fiecare pas. Păstrați-le scurte: oamenii
# le citesc pe telefon, poate în grabă.

language-name = Română
language-choose = Alegeți limba.
draft-notice = Această traducere este nouă și poate conține greșeli. Pentru a citi în engleză, trimiteți /language.
text-unavailable = Ne pare rău, acest text nu este disponibil acum.

choose-below = Alegeți o opțiune de mai jos.
leave-now = Ieșiți acum
back-to-menu = Înapoi la meniu
ask-skip = Săriți peste întrebare

stale-button = Acest buton este de la un pas anterior. Iată unde sunteți acum:
use-buttons = Vă rugăm să alegeți una dintre opțiuni sau să scrieți numărul ei.
unknown-command = Nu cunosc această comandă. Puteți folosi /start, /language, /help, /back, /restart sau /exit.
text-too-long = Textul este prea lung. Numărul de caractere trebuie să fie mai mic de { $max }.
text-empty = Vă rugăm să scrieți un răspuns sau să trimiteți /back ca să vă întoarceți.
nothing-to-go-back-to = Nu există niciun pas anterior la care să vă întoarceți.
something-went-wrong = Ne pare rău, ceva nu a mers bine la noi. Conversația dumneavoastră nu s-a pierdut. Trimiteți /restart ca să reveniți la meniu.
withdraw-how = Pentru a retrage o sesizare, trimiteți /withdraw urmat de codul de confirmare.
withdraw-done = Sesizarea dumneavoastră a fost retrasă și ștearsă.
withdraw-failed = Nu am găsit nicio sesizare cu acest cod. Este posibil să fi fost deja deschisă, retrasă sau ștearsă.

exit-neutral = Vremea azi: blândă, cu câțiva nori mai târziu.
exit-not-all-removed = Unele mesaje din această conversație nu au putut fi șterse încă. Botul va încerca în continuare timp de până la 48 de ore. Pentru a șterge acum toată conversația, deschideți meniul conversației și alegeți opțiunea de ștergere („Delete chat”).

help-commands =
    Puteți trimite oricând aceste comenzi:
    /exit – ieșiți acum. Botul șterge mesajele acestui chat din ultimele 48 de ore.
    /back – înapoi cu un pas
    /restart – începeți din nou de la meniul principal. Botul uită răspunsurile dumneavoastră, inclusiv unde lucrați.
    /language – schimbați limba
    /help – această listă

## Transportul Telegram (bot/telegram.py): mesaje trimise în afara unui pas din conversație.

group-refused = Vorbesc doar în conversații private, ca alte persoane dintr-un grup să nu poată citi ce îmi spuneți. Vă rog să deschideți o conversație privată cu mine. Acum părăsesc acest grup.
slow-down = Trimiteți mesaje foarte repede. Vă rugăm să așteptați un minut, apoi să continuați.
text-too-long-message = Acest mesaj este prea lung ca să-l pot citi, așa că nu l-am păstrat. Vă rugăm să trimiteți un text mai scurt: numărul de caractere trebuie să fie mai mic de { $max }.
only-text = Pot citi doar text și apăsări de butoane, așa că nu m-am uitat la acel mesaj. Vă rugăm să scrieți răspunsul.

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    Acest bot nu citește mesajele scrise aici. Vă rugăm să folosiți butoanele de mai jos sau să scrieți numărul unei opțiuni.
    Ce ați scris rămâne în acest chat. /exit șterge mesajele din acest chat din ultimele 48 de ore.
    Dacă sunteți în pericol acum, sunați la 999.
