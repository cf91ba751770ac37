# status: draft
# Traducători: { $acas }, { $lra }, { $ecni }, { $phone } și { $web } sunt nume,
# numere și site-uri: păstrați-le exact așa cum sunt.

time-gb-limit = Dacă s-ar putea să vreți să depuneți o cerere, acționați devreme. Începeți concilierea timpurie (early conciliation) la { $acas } în termen de 3 luni minus o zi de la ultimul incident.
time-gb-series = Dacă s-a întâmplat de mai multe ori, termenul se calculează de obicei de la ultimul incident.
time-gb-late = Dacă au trecut mai mult de 3 luni, contactați totuși chiar azi { $acas } sau un consilier. O cerere depusă după termen este uneori acceptată, iar termenul s-ar putea să se fi schimbat.
time-gb-changing = Un termen mai lung (6 luni) era prevăzut din octombrie 2026; nu am putut confirma că a intrat în vigoare. Până știți sigur, socotiți 3 luni minus o zi și verificați cu { $acas }.

time-ec-what = Înainte de majoritatea cererilor la tribunalul muncii (tribunal), trebuie să contactați mai întâi { $acas }. Aceasta se numește conciliere timpurie (early conciliation).
time-ec-clock = Concilierea timpurie oprește curgerea termenului cât timp durează. Poate dura până la 12 săptămâni.
time-ec-after = Dacă nu se ajunge la o înțelegere, primiți un certificat (certificate). După aceea aveți de obicei cel puțin o lună ca să depuneți cererea.
time-ec-employer = { $acas } contactează angajatorul. Așa că angajatorul va afla că există o plângere.
time-ec-sponsor = Dacă angajatorul vă sponsorizează viza, înseamnă că sponsorul va afla. Cereți mai întâi consiliere în domeniul imigrației.
time-acas-phone = Linia de asistență { $acas }: { $phone }. Este gratuită și confidențială, cu interpreți.

time-record = Țineți o evidență privată: date, ore, ce s-a spus sau s-a făcut și cine a văzut. Păstrați mesajele și capturile de ecran care v-au fost trimise.
time-record-work = Nu redirecționați e-mailuri de serviciu și nu copiați fișiere de serviciu: asta vă poate crea probleme la muncă. În schimb, notați-le data și subiectul.
time-record-where = Păstrați notițele unde angajatorul nu are acces: nu pe telefonul, calculatorul sau e-mailul de serviciu. Dacă locuiți unde lucrați, de exemplu ca lucrătoare casnică ce stă la angajator, păstrați-le într-un loc pe care angajatorul nu-l vede sau la o persoană de încredere.

time-public = Deciziile tribunalului sunt de obicei publicate online.
time-anonymity = Puteți cere tribunalului să nu vă facă public numele. Nu se întâmplă automat, așa că cereți din timp.

time-ni-tribunal = În Irlanda de Nord, cererile ajung la tribunalul muncii (industrial tribunal). Socotiți termenul ca 3 luni minus o zi de la ultimul incident. Schimbările din Marea Britanie nu se aplică automat în Irlanda de Nord.
time-ni-lra = Mai întâi, contactați { $lra } pentru concilierea timpurie: { $web }. Aceasta oprește curgerea termenului pentru cel mult o lună și 14 zile.
time-ni-early = Nu lăsați pe ultima clipă. Dacă au trecut mai mult de 3 luni, contactați totuși chiar azi { $lra } sau un consilier. O cerere depusă după termen este uneori acceptată.
time-ni-ecni = { $ecni } vă poate sfătui: { $phone }. Este gratuit și confidențial, cu interpreți, iar uneori vă poate reprezenta.

time-see-ec = Cum se face concilierea timpurie?
time-see-record = Ce ar trebui să păstrez?
time-see-public = Numele meu va fi public?
time-back-to-limits = Înapoi la termene
