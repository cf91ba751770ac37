# status: draft
# Traducători: { $app } este "Telegram", iar { $bsl } este "999 BSL": păstrați-le așa cum sunt.

welcome-hello = Bună ziua. Acest bot este pentru persoanele care se confruntă cu hărțuire sexuală la locul de muncă în Regatul Unit. Vă explică ce drepturi și ce opțiuni aveți și cine vă poate ajuta.
welcome-not-your-fault = Ce vi s-a întâmplat nu este vina dumneavoastră.
welcome-not-legal-advice = Acestea sunt informații, nu consiliere juridică. Pentru sfaturi despre situația dumneavoastră, contactați unul dintre serviciile pe care vi le arătăm.
welcome-telegram-can-see = { $app } poate vedea, din punct de vedere tehnic, conversațiile cu boții. Nu scrieți nume și nimic altceva care ar putea duce la identificarea dumneavoastră sau a altei persoane.
welcome-exit-any-time = Puteți ieși oricând: trimiteți /exit sau apăsați „Ieșiți acum”. Botul șterge atunci mesajele acestui chat din ultimele 48 de ore. Chatul în sine rămâne în lista dumneavoastră de conversații.
welcome-delete-chat = Pentru a elimina tot chatul, ștergeți-l chiar dumneavoastră în { $app }: deschideți meniul chatului și alegeți „Șterge chatul”.
welcome-continue = Continuați

menu-question = De ce aveți nevoie?
menu-danger = Sunt în pericol acum
menu-rights = Vreau să-mi cunosc drepturile
menu-routes = Opțiunile mele de raportare
menu-support = Cineva cu care să vorbesc acum
menu-visa = Am o viză
menu-report = Raportez anonim

emergency-999 = Dacă sunteți în pericol acum, sunați la { $phone }.
emergency-bsl = Dacă sunteți o persoană surdă și folosiți limba semnelor britanică (British Sign Language), folosiți aplicația sau site-ul gratuit { $bsl }. Funcționează 24 de ore din 24.
emergency-later = Când aveți posibilitatea, puteți vorbi și cu cineva despre ce s-a întâmplat.
