# status: draft
# Traducători: { $phone } este "999", iar { $bsl } este "999 BSL": păstrați-le așa cum sunt.

support-danger-first = Dacă sunteți în pericol acum, sunați la { $phone }. Dacă sunteți o persoană surdă și folosiți limba semnelor britanică (British Sign Language), folosiți aplicația sau site-ul gratuit { $bsl }.
support-question = De ce fel de ajutor aveți nevoie?
support-after = Dumneavoastră alegeți dacă îi contactați. Acest bot nu le spune nimic despre dumneavoastră.

support-immediate-danger = Sunt în pericol acum
support-sexual-assault = Am suferit o agresiune sexuală
support-stalking = Cineva mă urmărește sau mă pândește
support-emotional-support = Am nevoie să mă asculte cineva
support-employment-advice = Am nevoie de sfaturi despre muncă
support-migrant = Am venit din altă țară să muncesc
support-domestic-worker = Lucrez ca personal casnic
support-lgbt = Vreau sprijin LGBT+
support-whistleblowing = Vreau să semnalez nereguli
support-something-else = Alt fel de ajutor
