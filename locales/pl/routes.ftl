# status: draft
# Tłumacze: { $acas }, { $hse }, { $lra }, { $protect }, { $tuc }, { $oisc },
# { $riddor }, { $homeoffice }, { $phone }, { $emergency } i { $web } to nazwy,
# numery i strony internetowe: zostaw je dokładnie tak, jak są.
# Nigdy nie nazywaj żadnej drogi zgłoszenia „bezpieczną”: opisz, co przekazuje, tak jak angielski tekst.

routes-intro = Są różne sposoby zgłoszenia. Każdy z nich przekazuje inne informacje innym osobom.
immigration-advice-first = Jeśli masz wizę, zasięgnij porady, zanim zgłosisz sprawę na policję lub do urzędu nadzoru (regulator). Porozmawiaj z doradcą imigracyjnym z uprawnieniami ({ $oisc }) albo z poradnią prawną (law centre).
routes-advice-first = Najpierw zasięgnij porady u doradcy imigracyjnego z uprawnieniami ({ $oisc }) albo w poradni prawnej (law centre). Zrób to, zanim zgłosisz sprawę na policję lub do urzędu nadzoru.
routes-choose = Wybierz jeden sposób, aby zobaczyć, co się wtedy dzieje, kto się dowiaduje i co można osiągnąć.

routes-union = Rozmowa ze związkiem zawodowym
routes-employer = Zgłoszenie pracodawcy
routes-tribunal = Wczesna próba ugody i sąd pracy
routes-police = Policja
routes-hse = Urząd nadzoru BHP ({ $hse })
routes-whistleblowing = Sygnalizowanie nieprawidłowości
routes-other = Inne sposoby zgłoszenia

routes-union-what = Co się dzieje: przedstawiciel związku zawodowego może wspierać cię w pracy i może cię reprezentować. Każdy może zapisać się do związku.
routes-union-who = Kto się dowiaduje: związek wie to, co mu powiesz. Zanim podasz swoje dane, zapytaj, komu związek je przekaże.
routes-union-achieve = Co można osiągnąć: masz kogoś po swojej stronie, gdy składasz skargę. Niektóre związki reprezentują tylko osoby, które już są członkami.
routes-union-visa = Jeśli masz wizę: nie znaleźliśmy jasnych informacji, czy związki zawodowe przekazują informacje urzędom imigracyjnym. Zapytaj związek, jak wykorzystuje twoje dane.
routes-union-find = Aby znaleźć związek zawodowy, zajrzyj na stronę { $tuc }: { $web }.

routes-employer-what = Co się dzieje: mówisz o tym przełożonemu, działowi kadr (HR) albo osobie wskazanej w regulaminie twojego pracodawcy. Formalna skarga na piśmie nazywa się „grievance”.
routes-employer-who = Kto się dowiaduje: pracodawca będzie wiedział, że skarga pochodzi od ciebie. Osoba, na którą się skarżysz, może zostać o niej poinformowana.
routes-employer-achieve-gb = Co można osiągnąć: pracodawca może podjąć działania, aby to przerwać. Zgodnie z prawem pracodawca musi podejmować rozsądne kroki, aby zapobiegać molestowaniu seksualnemu.
routes-employer-achieve-ni = Co można osiągnąć: pracodawca może podjąć działania, aby to przerwać. Skarga na piśmie pokazuje też, że pracodawca dostał od ciebie informację o sprawie.
routes-employer-clock = Skarga w pracy nie wstrzymuje biegu terminu na pozew do sądu pracy. Wstrzymuje go tylko wczesna próba ugody.
routes-employer-visa = Jeśli masz wizę, a pracodawca jest twoim sponsorem: musi poinformować { $homeoffice }, jeśli twoje zatrudnienie się skończy. Musi też to zgłosić, jeśli nie ma cię w pracy bez zgody dłużej niż 10 dni roboczych z rzędu.

routes-tribunal-gb-what = Co się dzieje: najpierw kontaktujesz się z { $acas }. Nazywa się to wczesną próbą ugody (early conciliation). { $acas } rozmawia z tobą i z pracodawcą, żeby spróbować zakończyć sprawę ugodą. Jeśli to się nie uda, możesz złożyć pozew do sądu pracy (employment tribunal).
routes-tribunal-gb-who = Kto się dowiaduje: { $acas } kontaktuje się z twoim pracodawcą, więc pracodawca będzie wiedział, że jest skarga.
routes-tribunal-gb-public = Decyzje sądu pracy są zwykle publikowane w internecie. Możesz poprosić, żeby nie podawano publicznie twojego nazwiska, ale nie dzieje się to automatycznie, więc poproś wcześnie.
routes-tribunal-gb-achieve = Co można osiągnąć: ugodę z pracodawcą albo decyzję sądu pracy, która może obejmować odszkodowanie.
routes-tribunal-gb-time = Rozpocznij wczesne postępowanie pojednawcze (early conciliation) w { $acas } w ciągu 3 miesięcy minus jeden dzień od ostatniego zdarzenia. Jeśli minęło więcej czasu, i tak skontaktuj się jeszcze dziś z { $acas } albo z doradcą.
routes-tribunal-gb-visa = Jeśli masz wizę: zgodnie z prawem { $acas } nie może przekazywać informacji o pracownikach. Są wyjątki, na przykład dochodzenia w sprawach karnych, nakazy sądowe albo twoja zgoda.
routes-tribunal-gb-visa-employer = Nie znaleźliśmy rutynowego przekazywania informacji między { $acas } a { $homeoffice }. Ale twój pracodawca będzie wiedział o skardze, a pracodawca może być twoim sponsorem.

routes-tribunal-ni-what = Co się dzieje: najpierw kontaktujesz się z { $lra } w sprawie wczesnej próby ugody ({ $web }). Jeśli nie dojdzie do ugody, możesz złożyć pozew do sądu pracy (industrial tribunal).
routes-tribunal-ni-who = Kto się dowiaduje: zanim zaczniesz, zapytaj { $lra }, co przekaże twojemu pracodawcy.
routes-tribunal-ni-time = Licz termin jako 3 miesiące minus jeden dzień od ostatniego zdarzenia. Zmiany w Wielkiej Brytanii nie obowiązują automatycznie w Irlandii Północnej. Jeśli minęło więcej czasu, i tak skontaktuj się jeszcze dziś z { $lra } albo z doradcą.
routes-tribunal-ni-visa = Jeśli masz wizę: nie znaleźliśmy jasnych informacji, co przekazuje { $lra } albo sądy pracy. Najpierw ich zapytaj.

routes-police-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod { $emergency }.
routes-police-what = Co się dzieje: możesz zgłosić policji przestępstwo, na przykład napaść seksualną. Jeśli to nie jest nagła sytuacja, zadzwoń pod { $phone }.
routes-police-who = Kto się dowiaduje: policja zapisuje to, co powiesz, i decyduje, czy prowadzić dochodzenie. Może porozmawiać z osobą, którą zgłaszasz.
routes-police-achieve = Co można osiągnąć: dochodzenie w sprawie karnej.
routes-police-nda = W Anglii i Walii umowa o zachowaniu poufności (NDA) zawarta 1 października 2025 lub później nie może zabronić ofierze przestępstwa zgłoszenia go na policję.
routes-police-nda-advice = Jeśli podpisałeś lub podpisałaś NDA, zasięgnij porady, zanim podejmiesz decyzję, na przykład w { $protect } albo w poradni prawnej (law centre).
routes-police-support = Możesz dostać wsparcie od wyspecjalizowanej organizacji bez zgłaszania sprawy na policję.
routes-police-visa = Jeśli masz wizę: krajowe wytyczne dla policji pozwalają jej przekazywać informacje służbom imigracyjnym (immigration enforcement). Organizacje wspierające migrantów, którzy są ofiarami, mówią, że to wyrządza szkody.

routes-hse-ni = Pracujesz w Irlandii Północnej. Tam przepisy BHP egzekwują { $hseni } i samorządy lokalne (councils). Samorządy zajmują się sklepami, biurami, hotelami, restauracjami, pubami, rekreacją i domami opieki. { $hseni } zajmuje się fabrykami, budowami, gospodarstwami rolnymi, szpitalami, szkołami i transportem. Zapytaj ich, co mogą zrobić. Dalsza część dotyczy { $hse } w Anglii, Walii i Szkocji.
routes-hse-what = Co się dzieje: możesz zgłosić do { $hse } problem dotyczący BHP (health and safety) w pracy. Możesz to zrobić anonimowo.
routes-hse-limits = { $hse } mówi, że nie jest głównym urzędem od spraw molestowania. Ale pracodawcy muszą oceniać ryzyko dla zdrowia pracowników, także stres.
routes-hse-violence = { $hse } uznaje znieważanie, groźby i napaści związane z twoją pracą za przemoc w pracy. Obejmuje to też obelgi słowne i groźby ze strony klientów.
routes-hse-riddor = Pracodawcy muszą zgłaszać niektóre urazy spowodowane przemocą w pracy, zgodnie z przepisami { $riddor }. Pracownicy nie mogą zgłaszać przez { $riddor }. Molestowania bez urazu fizycznego nie zgłasza się w tym trybie.
routes-hse-achieve = Co można osiągnąć: { $hse } dowiaduje się o zagrożeniu w twoim miejscu pracy i decyduje, co zrobić.
routes-hse-who = Kto się dowiaduje: jeśli zgłaszasz anonimowo, nie podajesz swojego imienia i nazwiska.
routes-hse-visa = Jeśli masz wizę: { $hse } przekazuje informacje innym urzędom nadzoru. Nie znaleźliśmy zasad { $hse } dotyczących imigracji.

routes-whistle-what = Co się dzieje: od 6 kwietnia 2026 r. zgłoszenie molestowania seksualnego może się liczyć jako sygnalizowanie nieprawidłowości (whistleblowing), czyli „chronione ujawnienie” („protected disclosure”).
routes-whistle-belief = Musisz mieć rozsądne podstawy, by uważać, że zgłoszenie leży w interesie publicznym.
routes-whistle-achieve = Co można osiągnąć: prawo chroni sygnalistów. Sprawdź w { $protect }, jak prawo chroni ciebie.
routes-whistle-who = Kto się dowiaduje: osoba lub instytucja, której to zgłosisz. { $protect } może pomóc ci zdecydować, komu to zgłosić.
routes-whistle-visa = Jeśli masz wizę: zgłoszenie twojego sponsora może sprawić, że straci on licencję sponsora. To może zagrozić twojej własnej wizie.
routes-whistle-ni = Ta zmiana może nie obowiązywać w Irlandii Północnej. Sprawdź w { $protect }.
routes-whistle-protect = { $protect } udziela bezpłatnych i poufnych porad w sprawie sygnalizowania nieprawidłowości: { $phone }.

routes-anonymous = Anonimowe zgłoszenie w tym bocie
routes-anon-what = Co się dzieje: odpowiadasz na około 10 krótkich pytań o to, co się stało. Twoje odpowiedzi są zamknięte (zaszyfrowane), tak że otworzyć je mogą tylko organizatorzy tej usługi.
routes-anon-who = Kto się dowiaduje: organizatorzy czytają twoje odpowiedzi, ale nie dostają twojego imienia i nazwiska, numeru telefonu ani konta Telegram. Twój pracodawca nie jest informowany.
routes-anon-achieve = Co można osiągnąć: organizatorzy liczą, co się dzieje i gdzie. Jako dowodu używają tylko zgłoszeń, których autorzy się na to zgodzili. To nie rozpoczyna skargi ani pozwu i nikt się z tobą nie skontaktuje.
routes-anon-visa = Jeśli masz wizę: zgłoszenie nie zawiera imienia i nazwiska i nie jest wysyłane do pracodawcy. Wszystko, co napiszesz własnymi słowami, może pozwolić cię rozpoznać, więc nie podawaj imion, nazwisk ani szczegółów.
routes-anon-start = Rozpocznij anonimowe zgłoszenie
