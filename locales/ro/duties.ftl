# status: draft
# Traducători: { $ehrc }, { $acas }, { $ecni } și { $phone } sunt nume și numere:
# păstrați-le exact așa cum sunt.

duties-since = Din 26 octombrie 2024, orice angajator trebuie să ia măsuri rezonabile pentru a preveni hărțuirea sexuală a angajaților săi.
duties-where = Această obligație este prevăzută de lege în Anglia, Țara Galilor și Scoția.
duties-customers = Ghidul publicat de { $ehrc } spune că această obligație include și hărțuirea din partea clienților.
duties-liable = Angajatorul răspunde și atunci când angajații săi vă hărțuiesc la locul de muncă. Excepția: dacă a luat toate măsurile rezonabile ca să prevină acest lucru.

duties-steps-policy = Ghidul publicat de { $ehrc } spune că o politică internă (policy) și instruirea, singure, probabil nu sunt suficiente.
duties-steps-risk = Ghidul recomandă o evaluare a riscurilor. Angajatorii ar trebui să analizeze riscul de hărțuire sexuală, inclusiv din partea clienților, și să acționeze în consecință.
duties-steps-health = Se aplică și legea privind sănătatea și securitatea în muncă (health and safety). Angajatorii trebuie să evalueze riscurile la locul de muncă, inclusiv stresul. Trebuie să aibă grijă de bunăstarea lucrătorilor, atât cât este rezonabil posibil.
duties-enforce = { $ehrc } veghează la respectarea acestei obligații. Poate acționa chiar înainte ca cineva să fie hărțuit.

duties-no-separate-claim = Nu puteți depune o cerere doar pentru că angajatorul nu și-a respectat această obligație.
duties-compensation = Dar puteți primi despăgubiri mai mari. Dacă cererea dumneavoastră pentru hărțuire are câștig de cauză și angajatorul nu și-a respectat această obligație, tribunalul trebuie să ia în calcul o majorare a despăgubirilor cu până la 25%.

duties-changing = Schimbările care le cer angajatorilor mai mult, inclusiv în privința hărțuirii din partea clienților, erau prevăzute din octombrie 2026; nu am putut confirma că au intrat în vigoare.
duties-changing-check = Verificați cu { $acas } ce se aplică acum: { $phone }.

duties-ni-different = Această obligație este prevăzută de lege în Anglia, Țara Galilor și Scoția. Nu se aplică în Irlanda de Nord.
duties-ni-check = Ca să aflați ce trebuie să facă angajatorul în Irlanda de Nord, întrebați { $ecni }: { $phone }.

duties-see-steps = Ce sunt măsurile rezonabile?
duties-see-compensation = Dacă angajatorul nu a făcut nimic?
duties-see-changing = Se schimbă legea?
