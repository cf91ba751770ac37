# status: draft
# Sesizarea anonimă (flows/report.yaml).
# Traducători: { $coalition } este numele campaniei, iar { $app } este "Telegram": păstrați-le
# așa cum sunt. Etichetele opțiunilor trebuie să aibă exact același sens: organizatorii le numără.

report-unavailable = Sesizările anonime nu sunt activate deocamdată în acest bot, așa că nu pot primi o sesizare aici. Puteți totuși să vedeți celelalte opțiuni de raportare sau să reveniți la meniu.

## Înainte de prima întrebare: ce se păstrează, cine o poate citi și cât timp.

report-intro-what = Le puteți spune organizatorilor campaniei { $coalition } ce vi s-a întâmplat, fără să vă dați numele. Sesizările îi ajută să arate cât de des se întâmplă hărțuirea sexuală la locul de muncă și să facă presiuni pentru schimbare.
report-intro-kept = Ce se păstrează: răspunsurile dumneavoastră la următoarele întrebări și ziua în care le trimiteți. Nu se păstrează nici numele, nici numărul de telefon, nici contul de Telegram.
report-intro-who = Cine o poate citi: doar organizatorii campaniei { $coalition }. Sesizarea este încuiată (criptată) cu cheile lor. Este gândită astfel încât persoana care administrează serverul acestui bot să nu o poată deschide. Dar răspunsurile dumneavoastră rămân vizibile în acest chat, pe telefon, până când trimiteți /exit.
report-intro-how-long = Cât timp: sesizarea dumneavoastră este ștearsă cel târziu după { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } sau mai devreme, când organizatorii o preiau.
report-intro-telegram = { $app } poate vedea această conversație, ca în cazul oricărei conversații cu un bot. Spuneți doar atât cât vă simțiți confortabil să spuneți.
report-intro-stop = Sunt 10 întrebări scurte. Vă puteți opri la orice întrebare: apăsați „Opriți și uitați răspunsurile” sau „Ieșiți acum” ori trimiteți /exit. Veți vedea toate răspunsurile înainte să se trimită ceva.
report-begin = Începeți sesizarea

## La fiecare întrebare.

report-stop = Opriți și uitați răspunsurile
report-stopped = Oprit. Nu s-a trimis nimic, iar botul nu vă mai păstrează răspunsurile. Ele sunt încă vizibile în acest chat: /exit șterge mesajele acestui chat din ultimele 48 de ore.

## Întrebările.

report-q-nation = 1 din 10. Unde lucrați?
report-q-sector = 2 din 10. Ce fel de muncă faceți?
report-more-kinds = Alte feluri de muncă…
report-q-sector-more = 2 din 10. Alte feluri de muncă:
report-back-to-list = Înapoi la prima listă
report-q-workplace = 3 din 10. În ce fel de loc lucrați?
report-more-places = Alte locuri…
report-q-workplace-more = 3 din 10. Alte locuri:
report-q-what = 4 din 10. Ce s-a întâmplat? Bifați tot ce se potrivește, apoi apăsați „Gata”. Ca să debifați o opțiune, apăsați-o din nou.
report-done = Gata
report-pick-one = Vă rugăm să bifați cel puțin o opțiune, apoi să apăsați „Gata”.
report-q-who = 5 din 10. Cine a făcut asta? Bifați tot ce se potrivește, apoi apăsați „Gata”.
report-q-when = 6 din 10. Când s-a întâmplat? Dacă s-a întâmplat de mai multe ori, gândiți-vă la ultima dată.
report-q-employer = 7 din 10. I-ați spus angajatorului?
report-q-barriers = 8 din 10. V-a făcut ceva mai greu să vorbiți despre asta? Bifați tot ce se potrivește, apoi apăsați „Gata”.
report-pick-barriers = Vă rugăm să bifați cel puțin o opțiune sau „Nimic nu m-a oprit”, apoi să apăsați „Gata”.
report-q-account-offer = 9 din 10. Dacă doriți, puteți descrie cu propriile cuvinte ce s-a întâmplat. Nu este obligatoriu.
report-account-write = Scriu cu propriile cuvinte
report-account-skip = Săriți peste întrebare
report-q-account = Scrieți totul într-un singur mesaj, de cel mult 2000 de caractere. Ca să vă opriți, trimiteți /exit.
report-account-warning = Nu scrieți nume, numele angajatorului sau orice altceva care v-ar putea identifica, decât dacă alegeți să o faceți.
report-account-too-long = Textul depășește numărul maxim de caractere ({ $max }). Vă rugăm să-l scurtați și să-l trimiteți din nou.
report-q-consent = 10 din 10. Pot organizatorii să folosească sesizarea dumneavoastră ca dovadă în campania lor, de exemplu într-un raport către guvern? Ar lăsa deoparte tot ce cred că v-ar putea identifica.

## Verificare și trimitere.

report-review-intro = Vă rugăm să vă verificați răspunsurile. Încă nu s-a trimis nimic.
report-review-account = Cu propriile cuvinte: { $account }
report-review-question = Trimiteți această sesizare organizatorilor?
report-send = Trimiteți
report-discard = Nu trimiteți
report-sent =
    Vă mulțumim. Sesizarea dumneavoastră a fost trimisă.
    Codul de confirmare: { $code }
    Dacă vă răzgândiți, trimiteți /withdraw { $code } și sesizarea va fi ștearsă. Acest lucru funcționează până când organizatorii o preiau sau până când îi expiră termenul. Oricine are codul poate retrage sesizarea, așa că nu-l arătați nimănui.
    Răspunsurile dumneavoastră sunt încă vizibile în acest chat: /exit șterge mesajele acestui chat din ultimele 48 de ore.
report-failed = Ne pare rău, sesizarea nu a putut fi salvată din cauza unei probleme la noi. Nu s-a trimis nimic, iar botul nu vă mai păstrează răspunsurile. Ele sunt încă vizibile în acest chat: /exit șterge mesajele acestui chat din ultimele 48 de ore. Puteți încerca din nou mai târziu.

## Răspunsuri: o etichetă pentru fiecare opțiune din flows/report-schema.yaml (report-opt-<câmp>-<opțiune>).
## Sunt butoanele și rezumatul. Păstrați-le scurte: sunt butoane pe telefon.

report-opt-nation-england = Anglia
report-opt-nation-wales = Țara Galilor
report-opt-nation-scotland = Scoția
report-opt-nation-northern-ireland = Irlanda de Nord

report-opt-sector-hospitality = Hoteluri, restaurante, baruri
report-opt-sector-retail = Magazine și comerț
report-opt-sector-care = Îngrijire (cămine, la domiciliu)
report-opt-sector-health = Sănătate (spital, clinică)
report-opt-sector-cleaning = Curățenie
report-opt-sector-warehouse-logistics = Depozit, livrări, logistică
report-opt-sector-agriculture = Agricultură, ambalare alimente
report-opt-sector-domestic-work = Muncă casnică (în casa cuiva)
report-opt-sector-education = Educație
report-opt-sector-office = Muncă de birou
report-opt-sector-other = Altceva

report-opt-workplace-shop = Magazin
report-opt-workplace-restaurant-bar = Restaurant, cafenea sau bar
report-opt-workplace-hotel = Hotel
report-opt-workplace-care-home = Cămin de îngrijire
report-opt-workplace-private-home = Casa cuiva
report-opt-workplace-hospital = Spital sau clinică
report-opt-workplace-warehouse = Depozit
report-opt-workplace-office = Birou
report-opt-workplace-farm = Fermă
report-opt-workplace-school = Școală, colegiu sau grădiniță
report-opt-workplace-other = Altundeva

report-opt-what-comments-jokes = Comentarii sau glume sexuale
report-opt-what-touching = Atingeri nedorite
report-opt-what-sexual-assault = Agresiune sexuală
report-opt-what-requests-pressure = Presiuni pentru sex sau întâlniri
report-opt-what-messages-images = Mesaje sau imagini sexuale
report-opt-what-treated-worse = Tratament mai rău după refuz sau plângere

report-opt-who-colleague = Coleg sau colegă
report-opt-who-manager = Manager sau supervizor
report-opt-who-third-party = Client, pacient sau vizitator
report-opt-who-agency-gangmaster = Agenție sau intermediar (gangmaster)

report-opt-when-this-month = Luna aceasta
report-opt-when-last-month = Luna trecută
report-opt-when-months-2-3 = Acum 2–3 luni
report-opt-when-months-4-6 = Acum 4–6 luni
report-opt-when-longer-ago = Mai demult
report-opt-when-rather-not-say = Prefer să nu spun

report-opt-reported-to-employer-no = Nu
report-opt-reported-to-employer-yes-nothing-happened = Da, și nu s-a întâmplat nimic
report-opt-reported-to-employer-yes-action-taken = Da, și au luat măsuri
report-opt-reported-to-employer-yes-treated-worse = Da, apoi s-au purtat mai rău cu mine
report-opt-reported-to-employer-not-sure = Nu știu sigur

report-opt-barriers-job = Teama de a pierde munca sau turele
report-opt-barriers-visa = Grija pentru viza mea
report-opt-barriers-not-believed = Teama că nu mă va crede nimeni
report-opt-barriers-didnt-know = Nu știam ce pot face
report-opt-barriers-other = Altceva
report-opt-barriers-none = Nimic nu m-a oprit

report-opt-consent-evidence-yes = Da
report-opt-consent-evidence-no = Nu

## Căsuțe de bifat: { $ticked } este "yes" când opțiunea este bifată. Păstrați cele două semne.

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

## Rezumatul. Fiecare rând arată un răspuns. {"\u000A"} începe un rând nou: păstrați-l.

report-review-summary =
    Unde lucrați: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Felul muncii: { $sector ->
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
    Locul de muncă: { $workplace ->
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
    Ce s-a întâmplat:{ $what_comments_jokes ->
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
    Cine a făcut asta:{ $who_colleague ->
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
    Când: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    I-ați spus angajatorului: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    Ce v-a făcut mai greu:{ $barriers_job ->
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
    Folosire ca dovadă: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    Sesizarea dumneavoastră a fost trimisă. Dacă nu ați văzut codul, acesta este: { $code }
    Pentru a retrage sesizarea, trimiteți /withdraw { $code }. Nu arătați codul nimănui.
