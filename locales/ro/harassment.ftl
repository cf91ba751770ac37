# status: draft
# Traducători: { $law }, { $acas }, { $ehrc }, { $ecni } și { $phone } sunt nume și numere:
# păstrați-le exact așa cum sunt.

harassment-definition = Legea { $law } spune că hărțuirea sexuală este un comportament nedorit de natură sexuală.
harassment-definition-effect = Este hărțuire dacă vă încalcă demnitatea sau face ca mediul de lucru să fie pentru dumneavoastră intimidant, ostil, degradant, umilitor sau ofensator. Poate conta chiar dacă cealaltă persoană spune că nu a avut această intenție.
harassment-how-judged = Tribunalul muncii (tribunal) ia în considerare cum ați perceput situația și toate împrejurările. Nu trebuie să dovediți că cealaltă persoană a făcut-o intenționat.

harassment-examples =
    Hărțuirea sexuală poate include:
    • comentarii, glume sau întrebări sexuale despre corpul sau viața dumneavoastră sexuală
    • atingeri, îmbrățișări sau lipirea de corpul dumneavoastră
    • mesaje, poze sau videoclipuri cu conținut sexual
    • presiuni să ieșiți la o întâlnire sau să faceți sex, ori cereri de favoruri sexuale
    • un tratament mai rău după ce ați spus nu sau după ce ați cedat
harassment-examples-how = Se poate întâmpla față în față, la telefon, prin mesaje sau online.

harassment-counts =
    Poate fi totuși hărțuire sexuală dacă:
    • a venit de la un client sau pacient, nu de la un coleg
    • lucrați prin agenție, cu contract fără ore garantate (zero-hours) sau ocazional, sunteți la ucenicie (apprenticeship) sau abia ați început munca
    • nu ați spus nu în acel moment
harassment-counts-no-minimum = Nu trebuie să fi lucrat acolo o perioadă minimă ca să depuneți o cerere (claim) pentru hărțuire.
harassment-counts-agency = Lucrătorii prin agenție pot depune o cerere împotriva agenției și împotriva firmei unde lucrează. Candidații la un loc de muncă și foștii angajați sunt și ei protejați.
harassment-counts-self-employed = Dacă lucrați cu adevărat pe cont propriu (self-employed), de obicei nu puteți depune o cerere. Dacă nu știți sigur, verificați cu { $acas }.

harassment-customers-duty = Angajatorul trebuie să ia măsuri rezonabile pentru a preveni hărțuirea sexuală. Ghidul publicat de { $ehrc } spune că această obligație include și hărțuirea din partea clienților.
harassment-customers-changing = Noile reguli despre când răspund angajatorii pentru hărțuirea din partea clienților erau prevăzute din octombrie 2026; nu am putut confirma că au intrat în vigoare. Verificați cu { $acas } ce se aplică acum: { $phone }.

harassment-treated-worse = Este tot hărțuire dacă cineva se poartă mai rău cu dumneavoastră pentru că ați refuzat acest comportament. La fel este și dacă ați cedat.
harassment-victimisation = Dacă cineva v-a pedepsit pentru că v-ați plâns, și asta poate fi ilegal. Verificați cu { $acas }: { $phone }.

harassment-no-permission = Dacă nu aveți drept de muncă în Regatul Unit, este posibil să aveți totuși drepturi, dar situația este complicată.
harassment-no-permission-advice = Vă rugăm să vorbiți cu un consilier specializat înainte să faceți orice altceva.

harassment-ni-law = În Irlanda de Nord, legea privind hărțuirea sexuală este { $law }.
harassment-ni-ecni = { $ecni } vă poate explica drepturile pe care le aveți în Irlanda de Nord. Linia de consiliere este gratuită și confidențială, cu interpreți: { $phone }.
harassment-ni-counts = În Irlanda de Nord pot fi diferite regulile despre cine este protejat și cum. Verificați cu { $ecni }: { $phone }.
harassment-ni-treated-worse = Dacă cineva s-a purtat mai rău cu dumneavoastră după ce ați spus nu sau v-a pedepsit pentru că v-ați plâns, întrebați { $ecni } despre drepturile dumneavoastră: { $phone }.

harassment-see-examples = Ce comportamente contează?
harassment-see-counts = Contează dacă…?
harassment-see-treated-worse = Tratament mai rău după refuz
harassment-see-customers-law = A fost un client sau pacient
harassment-see-no-permission = Nu am drept de muncă
