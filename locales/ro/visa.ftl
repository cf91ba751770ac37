# status: draft
# Traducători: numele vizelor ({ $name }, { $skilled }, { $care }) și numele organizațiilor
# ({ $homeoffice }, { $ukvi }, { $kalayaan }, { $nrm }, { $wrc }, { $oisc }), numerele
# ({ $phone }) și site-urile ({ $web }) sunt oficiale: păstrați-le exact așa cum sunt.

visa-intro = Viza pe care o aveți poate schimba ce ar putea însemna pentru dumneavoastră o raportare.
visa-not-advice = Acestea sunt informații generale, nu consiliere în domeniul imigrației.
visa-question = Ce viză aveți?
visa-choice-sponsored = Viza { $skilled } sau { $care }
visa-choice-named = Viza { $name }
visa-choice-other = Altă viză sau nu știu sigur

visa-sponsor-reports = Sponsorul trebuie să anunțe { $homeoffice } în aproximativ 10 zile lucrătoare dacă vi se termină contractul de muncă.
visa-sponsor-absence = Trebuie să raporteze și dacă lipsiți fără permisiune mai mult de 10 zile lucrătoare la rând.
visa-curtail = Dacă vi se termină contractul de muncă, viza nu este anulată automat.
visa-curtail-60 = Dreptul de ședere este de obicei redus la 60 de zile, sau mai puțin dacă s-ar termina oricum mai devreme. Cele 60 de zile se numără de când vi se comunică decizia.
visa-authorised = Aveți grijă ca orice absență de la muncă să fie aprobată, de exemplu cu o adeverință de la medic (fit note). Țineți la zi datele de contact la { $ukvi }.
visa-licence = Raportarea sponsorului poate duce la pierderea licenței sale de sponsor. Asta vă poate pune în pericol propria viză. Cereți mai întâi consiliere în domeniul imigrației.

visa-seasonal-what = Viza { $name } este pentru muncă în horticultură, pentru cel mult 6 luni în orice perioadă de 12 luni.
visa-seasonal-operator = Doar operatorii licențiați ai programului (scheme operators) pot sponsoriza lucrători sezonieri.

visa-odw-what = Viza { $name } durează 6 luni și nu poate fi prelungită.
visa-odw-change = Aveți voie să vă schimbați angajatorul.
visa-odw-slavery = Dacă se confirmă că sunteți victimă a sclaviei moderne, puteți cere să rămâneți până la 2 ani. Trebuie să depuneți cererea în 28 de zile de la acea decizie.
visa-odw-kalayaan = { $kalayaan } sprijină gratuit lucrătorii casnici migranți: { $phone }. Verificați datele actuale pe site-ul lor. Oferă consiliere în imigrație autorizată.
visa-odw-nrm = { $kalayaan } vă poate trimite către { $nrm }, care oferă acces la sprijin pentru victimele sclaviei moderne. Adulții trebuie să fie de acord cu trimiterea.

visa-student = Nu avem aici informații specifice despre vizele de student.
visa-other = Fiecare viză are propriile reguli, așa că este important să cereți consiliere despre viza dumneavoastră.
visa-no-permission = Dacă nu aveți drept de muncă, vorbiți cu un specialist înainte să faceți orice altceva.
visa-wrc = { $wrc } oferă consiliere lucrătorilor migranți: { $web }. Verificați datele actuale pe site-ul lor.

visa-controlled = Dacă cineva vă ține pașaportul sau documentele ori vă controlează salariul sau locul unde locuiți, aceasta poate fi exploatare.
visa-helpline = Sunați la { $name }: { $phone }. Linia este gratuită, confidențială și deschisă 24 de ore din 24, 7 zile din 7. Ajutorul este disponibil în peste 200 de limbi.
visa-helpline-consent = Linia de asistență transmite datele dumneavoastră doar dacă sunteți de acord. Excepțiile: cineva este în pericol imediat sau un copil este expus riscului.
visa-controlled-danger = Dacă sunteți în pericol acum, sunați la { $phone }.
visa-controlled-domestic = Dacă sunteți lucrător casnic, vă poate ajuta și { $kalayaan }: { $phone }. Verificați datele actuale pe site-ul lor.

visa-advice-what = Un consilier în imigrație autorizat vă poate sfătui. Puteți găsi unul prin { $oisc }. Și centrele de consiliere juridică (law centres) pot oferi consiliere.
visa-advice-before = Vorbiți cu un astfel de consilier înainte să raportați la poliție sau la o autoritate de reglementare.

visa-see-controlled = Cineva îmi controlează pașaportul, salariul, casa
visa-see-advice = Cine oferă consiliere în imigrație?
visa-another = Alegeți altă viză
