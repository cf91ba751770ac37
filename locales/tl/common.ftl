# status: draft
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = Tagalog
language-choose = Piliin ang iyong wika.
draft-notice = Bago pa ang pagsasaling ito at maaaring may mga mali. Para magbasa sa English, ipadala ang /language.
text-unavailable = Paumanhin po, hindi available ang text na ito ngayon.

choose-below = Pumili ng isa sa ibaba.
leave-now = Umalis ngayon
back-to-menu = Bumalik sa menu
ask-skip = Laktawan ang tanong na ito

stale-button = Galing sa mas naunang bahagi ang button na iyan. Narito ka ngayon:
use-buttons = Pakipili ang isa sa mga pagpipilian, o i-type ang numero nito.
unknown-command = Hindi ko alam ang command na iyan. Puwede mong gamitin ang /start, /language, /help, /back, /restart o /exit.
text-too-long = Masyadong mahaba iyan. Pakisulat nang mas maikli sa { $max } na character.
text-empty = Pakisulat ang iyong sagot, o ipadala ang /back para bumalik.
nothing-to-go-back-to = Wala nang mababalikan.
something-went-wrong = Paumanhin po, may nangyaring mali sa aming panig. Hindi nawala ang usapan mo. Ipadala ang /restart para bumalik sa menu.
withdraw-how = Para bawiin ang isang report, ipadala ang /withdraw at kasunod ang iyong receipt code.
withdraw-done = Nabawi at nabura na ang iyong report.
withdraw-failed = Wala akong nakitang report na may ganyang code. Maaaring nabuksan, nabawi o nabura na ito.

exit-neutral = Panahon ngayon: katamtaman, medyo maulap mamaya.
exit-not-all-removed = May ilang mensahe sa chat na ito na hindi pa nabubura. Patuloy na susubukan ng bot hanggang 48 oras. Para burahin ang buong chat ngayon, buksan ang menu ng chat at piliin ang "Delete chat".

help-commands =
    Puwede mong ipadala ang mga ito anumang oras:
    /exit – umalis ngayon. Buburahin ng bot ang mga mensahe ng chat na ito mula sa huling 48 oras.
    /back – bumalik ng isang hakbang
    /restart – magsimula ulit mula sa main menu. Kakalimutan ng bot ang mga sagot mo, pati kung saan ka nagtatrabaho.
    /language – palitan ang wika
    /help – ang listahang ito

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = Sa private chat lang ako nakikipag-usap, para hindi mabasa ng ibang tao sa isang grupo ang sinasabi mo sa akin. Pakibuksan na lang po ang private chat sa akin. Aalis na ako sa grupong ito.
slow-down = Masyadong mabilis ang pagpapadala mo ng mga mensahe. Maghintay po ng isang minuto, saka magpatuloy.
text-too-long-message = Masyadong mahaba ang mensaheng iyan para mabasa ko, kaya hindi ko ito itinago. Pakipadala ng mas maikli sa { $max } na character.
only-text = Text at pagpindot ng button lang ang nababasa ko, kaya hindi ko tiningnan iyan. Pakisulat na lang ang iyong sagot.

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    Hindi binabasa ng bot na ito ang mga mensaheng tina-type dito. Pakigamit ang mga button sa ibaba, o i-type ang numero ng isang opsyon.
    Nananatili sa chat na ito ang na-type mo. Binubura ng /exit ang mga mensahe ng chat na ito mula sa huling 48 oras.
    Kung nasa panganib ka ngayon, tumawag sa 999.
