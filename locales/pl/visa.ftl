# status: draft
# Tłumacze: nazwy wiz ({ $name }, { $skilled }, { $care }) i nazwy organizacji
# ({ $homeoffice }, { $ukvi }, { $kalayaan }, { $nrm }, { $wrc }, { $oisc }), numery
# ({ $phone }) i strony internetowe ({ $web }) są oficjalne: zostaw je dokładnie tak, jak są.

visa-intro = Twoja wiza może zmienić to, co zgłoszenie mogłoby dla ciebie oznaczać.
visa-not-advice = To są ogólne informacje, a nie porada imigracyjna.
visa-question = Jaką masz wizę?
visa-choice-sponsored = Wiza { $skilled } lub { $care }
visa-choice-named = Wiza { $name }
visa-choice-other = Inna wiza lub nie mam pewności

visa-sponsor-reports = Jeśli twoja praca się skończy, sponsor musi poinformować { $homeoffice } w ciągu około 10 dni roboczych.
visa-sponsor-absence = Musi też to zgłosić, jeśli nie ma cię w pracy bez zgody dłużej niż 10 dni roboczych z rzędu.
visa-curtail = Jeśli twoja praca się skończy, twoja wiza nie zostanie automatycznie anulowana.
visa-curtail-60 = Twoje prawo pobytu zwykle zostaje skrócone do 60 dni albo mniej, jeśli i tak skończyłoby się wcześniej. Te 60 dni liczy się od chwili, gdy otrzymasz decyzję.
visa-authorised = Dbaj, żeby każda nieobecność w pracy była usprawiedliwiona, na przykład zwolnieniem od lekarza (fit note). Aktualizuj swoje dane kontaktowe w { $ukvi }.
visa-licence = Zgłoszenie twojego sponsora może sprawić, że straci on licencję sponsora. To może zagrozić twojej własnej wizie. Najpierw zasięgnij porady imigracyjnej.

visa-seasonal-what = Wiza { $name } jest do pracy w ogrodnictwie (horticulture), maksymalnie na 6 miesięcy w ciągu każdych 12 miesięcy.
visa-seasonal-operator = Tylko licencjonowani operatorzy programu (scheme operators) mogą sponsorować pracowników sezonowych.

visa-odw-what = Wiza { $name } jest ważna 6 miesięcy i nie można jej przedłużyć.
visa-odw-change = Możesz zmienić pracodawcę.
visa-odw-slavery = Jeśli zostanie potwierdzone, że jesteś ofiarą współczesnego niewolnictwa, możesz złożyć wniosek o pozostanie maksymalnie na 2 lata. Wniosek musisz złożyć w ciągu 28 dni od tej decyzji.
visa-odw-kalayaan = { $kalayaan } bezpłatnie wspiera migrantów pracujących jako pomoc domowa: { $phone }. Sprawdź aktualne dane na ich stronie internetowej. Udziela porad imigracyjnych i ma do tego uprawnienia.
visa-odw-nrm = { $kalayaan } może skierować cię do systemu { $nrm }, który daje dostęp do wsparcia dla ofiar współczesnego niewolnictwa. Dorośli muszą zgodzić się na skierowanie.

visa-student = Nie mamy tu konkretnych informacji o wizach studenckich.
visa-other = Każda wiza ma własne zasady, więc ważne jest, żeby zasięgnąć porady w sprawie twojej wizy.
visa-no-permission = Jeśli nie masz prawa do pracy, porozmawiaj ze specjalistą, zanim zrobisz cokolwiek innego.
visa-wrc = { $wrc } udziela porad pracownikom-migrantom: { $web }. Sprawdź aktualne dane na ich stronie internetowej.

visa-controlled = Jeśli ktoś trzyma twój paszport lub dokumenty albo kontroluje twoje wynagrodzenie lub to, gdzie mieszkasz, może to być wyzysk.
visa-helpline = Zadzwoń do { $name }: { $phone }. Linia jest bezpłatna, poufna i czynna 24 godziny na dobę, 7 dni w tygodniu. Pomoc jest dostępna w ponad 200 językach.
visa-helpline-consent = Infolinia przekazuje twoje dane tylko za twoją zgodą. Wyjątki: ktoś jest w bezpośrednim niebezpieczeństwie albo zagrożone jest dziecko.
visa-controlled-danger = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod { $phone }.
visa-controlled-domestic = Jeśli pracujesz jako pomoc domowa, może ci też pomóc { $kalayaan }: { $phone }. Sprawdź aktualne dane na ich stronie internetowej.

visa-advice-what = Doradca imigracyjny z uprawnieniami może ci doradzić. Znajdziesz go przez { $oisc }. Porad udzielają też poradnie prawne (law centres).
visa-advice-before = Porozmawiaj z takim doradcą, zanim zgłosisz sprawę na policję lub do urzędu nadzoru.

visa-see-controlled = Ktoś kontroluje mój paszport, płacę lub dom
visa-see-advice = Kto udzieli mi porady imigracyjnej?
visa-another = Wybierz inną wizę
