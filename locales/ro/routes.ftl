# status: draft
# Traducători: { $acas }, { $hse }, { $lra }, { $protect }, { $tuc }, { $oisc },
# { $riddor }, { $homeoffice }, { $phone }, { $emergency } și { $web } sunt nume,
# numere și site-uri: păstrați-le exact așa cum sunt.
# Nu numiți niciodată vreo cale de raportare „sigură”: descrieți ce transmite, ca în textul englez.

routes-intro = Există diferite moduri de a raporta. Fiecare transmite informații diferite către persoane diferite.
immigration-advice-first = Dacă aveți viză, cereți consiliere înainte să raportați la poliție sau la o autoritate de reglementare (regulator). Vorbiți cu un consilier în imigrație autorizat ({ $oisc }) sau cu un centru de consiliere juridică (law centre).
routes-advice-first = Cereți mai întâi consiliere de la un consilier în imigrație autorizat ({ $oisc }) sau de la un centru de consiliere juridică (law centre). Faceți asta înainte să raportați la poliție sau la o autoritate de reglementare.
routes-choose = Alegeți una ca să vedeți ce se întâmplă, cine află și ce se poate obține.

routes-union = Discuție cu un sindicat
routes-employer = Îi spun angajatorului
routes-tribunal = Conciliere timpurie și tribunal
routes-police = Poliția
routes-hse = Autoritatea SSM ({ $hse })
routes-whistleblowing = Semnalarea neregulilor
routes-other = Alte moduri de a raporta

routes-union-what = Ce se întâmplă: un reprezentant al sindicatului vă poate sprijini la locul de muncă și vă poate reprezenta. Oricine se poate înscrie într-un sindicat.
routes-union-who = Cine află: sindicatul știe ce îi spuneți. Înainte să vă dați datele, întrebați cui le va transmite.
routes-union-achieve = Ce se poate obține: cineva de partea dumneavoastră când faceți o plângere. Unele sindicate reprezintă doar persoanele care sunt deja membre.
routes-union-visa = Dacă aveți viză: nu am găsit informații clare dacă sindicatele transmit informații autorităților de imigrație. Întrebați sindicatul cum folosește datele dumneavoastră.
routes-union-find = Ca să găsiți un sindicat, vedeți site-ul { $tuc }: { $web }.

routes-employer-what = Ce se întâmplă: spuneți unui manager, departamentului de resurse umane (HR) sau persoanei numite în politica angajatorului. O plângere oficială scrisă se numește „grievance”.
routes-employer-who = Cine află: angajatorul va ști că plângerea vine de la dumneavoastră. Persoanei despre care vă plângeți i se poate spune despre ea.
routes-employer-achieve-gb = Ce se poate obține: angajatorul poate acționa ca să oprească situația. Prin lege, angajatorul trebuie să ia măsuri rezonabile pentru a preveni hărțuirea sexuală.
routes-employer-achieve-ni = Ce se poate obține: angajatorul poate acționa ca să oprească situația. O plângere scrisă arată și că i-ați spus angajatorului.
routes-employer-clock = O plângere la locul de muncă nu oprește curgerea termenului pentru o cerere la tribunal. Doar concilierea timpurie îl oprește.
routes-employer-visa = Dacă aveți viză și angajatorul este sponsorul dumneavoastră: trebuie să anunțe { $homeoffice } dacă vi se termină contractul de muncă. Trebuie să raporteze și dacă lipsiți fără permisiune mai mult de 10 zile lucrătoare la rând.

routes-tribunal-gb-what = Ce se întâmplă: mai întâi contactați { $acas }. Aceasta se numește conciliere timpurie (early conciliation). { $acas } vorbește cu dumneavoastră și cu angajatorul ca să încerce să rezolve situația. Dacă nu se ajunge la o înțelegere, puteți depune o cerere la tribunalul muncii (employment tribunal).
routes-tribunal-gb-who = Cine află: { $acas } contactează angajatorul, așa că angajatorul va ști că există o plângere.
routes-tribunal-gb-public = Deciziile tribunalului sunt de obicei publicate online. Puteți cere ca numele dumneavoastră să nu fie făcut public, dar nu se întâmplă automat, așa că cereți din timp.
routes-tribunal-gb-achieve = Ce se poate obține: o înțelegere cu angajatorul sau o decizie a tribunalului, care poate include despăgubiri.
routes-tribunal-gb-time = Începeți concilierea prealabilă (early conciliation) la { $acas } în cel mult 3 luni minus o zi de la ultimul incident. Dacă a trecut mai mult timp, contactați totuși chiar azi { $acas } sau un consilier.
routes-tribunal-gb-visa = Dacă aveți viză: prin lege, { $acas } nu are voie să transmită informații despre lucrători. Există excepții, cum ar fi anchetele penale, hotărârile instanței sau consimțământul dumneavoastră.
routes-tribunal-gb-visa-employer = Nu am găsit un schimb obișnuit de informații între { $acas } și { $homeoffice }. Dar angajatorul va ști despre plângere, iar angajatorul poate fi sponsorul dumneavoastră.

routes-tribunal-ni-what = Ce se întâmplă: mai întâi contactați { $lra } pentru concilierea timpurie ({ $web }). Dacă nu se ajunge la o înțelegere, puteți depune o cerere la tribunalul muncii (industrial tribunal).
routes-tribunal-ni-who = Cine află: înainte să mergeți mai departe, întrebați { $lra } ce îi va spune angajatorului.
routes-tribunal-ni-time = Socotiți termenul ca 3 luni minus o zi de la ultimul incident. Schimbările din Marea Britanie nu se aplică automat în Irlanda de Nord. Dacă a trecut mai mult timp, contactați totuși chiar azi { $lra } sau un consilier.
routes-tribunal-ni-visa = Dacă aveți viză: nu am găsit informații clare despre ce transmit { $lra } sau tribunalele. Întrebați-i mai întâi.

routes-police-danger = Dacă sunteți în pericol acum, sunați la { $emergency }.
routes-police-what = Ce se întâmplă: puteți raporta poliției o infracțiune, cum ar fi o agresiune sexuală. Dacă nu este o urgență, sunați la { $phone }.
routes-police-who = Cine află: poliția notează ce îi spuneți și decide dacă să investigheze. Poate vorbi cu persoana pe care o reclamați.
routes-police-achieve = Ce se poate obține: o anchetă penală.
routes-police-nda = În Anglia și Țara Galilor, un acord de confidențialitate (NDA) încheiat la 1 octombrie 2025 sau după nu poate împiedica victima unei infracțiuni să o raporteze la poliție.
routes-police-nda-advice = Dacă ați semnat un NDA, cereți consiliere înainte să decideți, de exemplu la { $protect } sau la un centru de consiliere juridică (law centre).
routes-police-support = Puteți primi sprijin de la un serviciu specializat fără să raportați la poliție.
routes-police-visa = Dacă aveți viză: ghidul național al poliției îi permite poliției să transmită informații autorităților de control al imigrației (immigration enforcement). Grupurile care sprijină victimele migrante spun că acest lucru face rău.

routes-hse-ni = Lucrați în Irlanda de Nord. Acolo, { $hseni } și consiliile locale (councils) aplică legea privind sănătatea și securitatea în muncă. Consiliile se ocupă de magazine, birouri, hoteluri, restaurante, puburi, agrement și cămine de îngrijire. { $hseni } se ocupă de fabrici, șantiere, ferme, spitale, școli și transport. Întrebați-i ce pot face. Restul acestor informații se referă la { $hse } în Anglia, Țara Galilor și Scoția.
routes-hse-what = Ce se întâmplă: puteți semnala la { $hse } o problemă de sănătate și securitate în muncă (health and safety). O puteți face anonim.
routes-hse-limits = { $hse } spune că nu este autoritatea principală pentru hărțuire. Dar angajatorii trebuie să evalueze riscurile pentru sănătatea lucrătorilor, inclusiv stresul.
routes-hse-violence = { $hse } consideră abuzurile, amenințările și agresiunile legate de munca dumneavoastră drept violență la locul de muncă. Aici intră și abuzul verbal și amenințările din partea clienților.
routes-hse-riddor = Angajatorii trebuie să raporteze unele vătămări cauzate de violența la locul de muncă, conform regulilor { $riddor }. Lucrătorii nu pot raporta prin { $riddor }. Hărțuirea fără o vătămare fizică nu se raportează conform acestor reguli.
routes-hse-achieve = Ce se poate obține: { $hse } află despre un risc la locul dumneavoastră de muncă și decide ce să facă.
routes-hse-who = Cine află: dacă semnalați anonim, nu vă dați numele.
routes-hse-visa = Dacă aveți viză: { $hse } transmite informații altor autorități de reglementare. Nu am găsit nicio politică { $hse } privind imigrația.

routes-whistle-what = Ce se întâmplă: din 6 aprilie 2026, raportarea hărțuirii sexuale poate fi considerată semnalare a neregulilor (whistleblowing), adică o „dezvăluire protejată” („protected disclosure”).
routes-whistle-belief = Trebuie să credeți în mod rezonabil că raportarea este în interesul public.
routes-whistle-achieve = Ce se poate obține: legea îi protejează pe avertizori (whistleblowers). Verificați cu { $protect } cum vă protejează legea pe dumneavoastră.
routes-whistle-who = Cine află: persoana sau organismul căruia îi spuneți. { $protect } vă poate ajuta să decideți cui să spuneți.
routes-whistle-visa = Dacă aveți viză: raportarea sponsorului poate duce la pierderea licenței sale de sponsor. Asta vă poate pune în pericol propria viză.
routes-whistle-ni = Este posibil ca această schimbare să nu se aplice în Irlanda de Nord. Verificați cu { $protect }.
routes-whistle-protect = { $protect } oferă consiliere gratuită și confidențială despre semnalarea neregulilor: { $phone }.

routes-anonymous = Sesizare anonimă în acest bot
routes-anon-what = Ce se întâmplă: răspundeți la aproximativ 10 întrebări scurte despre ce s-a întâmplat. Răspunsurile sunt încuiate (criptate), astfel încât doar organizatorii acestui serviciu le pot deschide.
routes-anon-who = Cine află: organizatorii vă citesc răspunsurile, dar nu primesc numele dumneavoastră, numărul de telefon sau contul de Telegram. Angajatorul nu este anunțat.
routes-anon-achieve = Ce se poate obține: organizatorii numără ce se întâmplă și unde. Ca dovadă folosesc doar sesizările celor care au spus da la asta. Nu pornește o plângere sau o cerere, iar nimeni nu vă va contacta.
routes-anon-visa = Dacă aveți viză: sesizarea nu conține niciun nume și nu este trimisă angajatorului. Orice scrieți cu propriile cuvinte v-ar putea identifica, așa că nu scrieți nume și detalii.
routes-anon-start = Începeți o sesizare anonimă
