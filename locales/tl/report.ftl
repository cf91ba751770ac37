# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = Hindi naka-on ang anonymous na report sa bot na ito sa ngayon, kaya hindi ako makakatanggap ng report dito. Puwede mo pa ring tingnan ang iba mong mga paraan para mag-report, o bumalik sa menu.

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = Puwede mong sabihin sa mga organizer ng campaign na { $coalition } ang nangyari sa iyo, nang hindi ibinibigay ang iyong pangalan. Nakakatulong ang mga report para maipakita nila kung gaano kalaganap ang sexual harassment sa trabaho, at para ipaglaban ang pagbabago.
report-intro-kept = Ano ang sine-save: ang mga sagot mo sa mga susunod na tanong at ang araw na ipinadala mo ang mga ito. Hindi sine-save ang iyong pangalan, ang iyong phone number, o ang iyong Telegram account.
report-intro-who = Sino ang makakabasa nito: ang mga organizer lang ng { $coalition }. Naka-lock (encrypted) ang report gamit ang kanilang mga key. Ginawa ito para hindi ito mabuksan ng taong nagpapatakbo ng server ng bot na ito. Pero makikita pa rin ang mga sagot mo sa chat na ito sa phone mo hangga't hindi mo ipinapadala ang /exit.
report-intro-how-long = Gaano katagal: buburahin ang report mo nang hindi lalampas sa { $days ->
        [one] { $days } araw
       *[other] { $days } araw
    }, o mas maaga pa kapag kinuha na ito ng mga organizer.
report-intro-telegram = Nakikita ng { $app } ang chat na ito, gaya ng bawat chat sa isang bot. Ibahagi lang ang mga bagay na komportable kang ibahagi.
report-intro-stop = May 10 maiikling tanong. Puwede kang huminto sa kahit anong tanong: pindutin ang "Ihinto at kalimutan ang sagot ko" o "Umalis ngayon", o ipadala ang /exit. Makikita mo ang lahat ng sagot mo bago may maipadala.
report-begin = Simulan ang report

## On every question.

report-stop = Ihinto at kalimutan ang sagot ko
report-stopped = Inihinto na. Walang naipadala, at hindi na itinatago ng bot ang mga sagot mo. Makikita pa rin ang mga ito sa chat na ito: buburahin ng /exit ang mga mensahe ng chat na ito mula sa huling 48 oras.

## The questions.

report-q-nation = 1 sa 10. Saan ka po nagtatrabaho?
report-q-sector = 2 sa 10. Anong klaseng trabaho ang ginagawa mo?
report-more-kinds = Iba pang klase ng trabaho…
report-q-sector-more = 2 sa 10. Iba pang klase ng trabaho:
report-back-to-list = Bumalik sa unang listahan
report-q-workplace = 3 sa 10. Anong klaseng lugar ang pinagtatrabahuhan mo?
report-more-places = Iba pang lugar…
report-q-workplace-more = 3 sa 10. Iba pang lugar:
report-q-what = 4 sa 10. Ano ang nangyari? I-tick ang lahat ng tugma, saka pindutin ang "Tapos na". Pindutin ulit ang isang pagpipilian para i-untick ito.
report-done = Tapos na
report-pick-one = Mag-tick po ng kahit isang pagpipilian, saka pindutin ang "Tapos na".
report-q-who = 5 sa 10. Sino ang gumawa nito? I-tick ang lahat ng tugma, saka pindutin ang "Tapos na".
report-q-when = 6 sa 10. Kailan ito nangyari? Kung nangyari ito nang higit sa isang beses, isipin ang huling pagkakataon.
report-q-employer = 7 sa 10. Sinabi mo ba sa employer mo?
report-q-barriers = 8 sa 10. May bagay bang nagpahirap sa iyo na magsalita tungkol dito? I-tick ang lahat ng tugma, saka pindutin ang "Tapos na".
report-pick-barriers = Mag-tick po ng kahit isang pagpipilian, o ng "Walang pumigil sa akin", saka pindutin ang "Tapos na".
report-q-account-offer = 9 sa 10. Kung gusto mo, puwede mong ilarawan ang nangyari sa sarili mong salita. Hindi mo kailangang gawin ito.
report-account-write = Isulat sa sarili kong salita
report-account-skip = Laktawan ang tanong na ito
report-q-account = I-type ito sa iisang mensahe, hanggang 2000 character. Para huminto, ipadala ang /exit.
report-account-warning = Huwag isama ang mga pangalan, ang pangalan ng employer mo, o anumang bagay na makakapagpakilala sa iyo, maliban kung pipiliin mong isama ang mga ito.
report-account-too-long = Mas mahaba iyan sa { $max } na character. Pakiikliin po at ipadala ulit.
report-q-consent = 10 sa 10. Puwede bang gamitin ng mga organizer ang report mo bilang ebidensya sa kanilang campaign, halimbawa sa isang ulat para sa gobyerno? Hindi nila isasama ang anumang sa tingin nila ay maaaring makapagpakilala sa iyo.

## Review and send.

report-review-intro = Pakitingnan po ang iyong mga sagot. Wala pang naipapadala.
report-review-account = Sa sarili mong salita: { $account }
report-review-question = Ipadala ang report na ito sa mga organizer?
report-send = Ipadala
report-discard = Huwag ipadala
report-sent =
    Salamat. Naipadala na ang iyong report.
    Ang iyong receipt code: { $code }
    Kung magbago ang isip mo, ipadala ang /withdraw { $code } at buburahin ang iyong report. Gagana ito hanggang kunin ito ng mga organizer o hanggang matapos ang takdang oras nito. Kahit sino na may code ay puwedeng bumawi sa report, kaya huwag itong ibahagi kaninuman.
    Makikita pa rin ang mga sagot mo sa chat na ito: buburahin ng /exit ang mga mensahe ng chat na ito mula sa huling 48 oras.
report-failed = Paumanhin po, hindi na-save ang iyong report dahil sa problema sa aming panig. Walang naipadala, at hindi na itinatago ng bot ang mga sagot mo. Makikita pa rin ang mga ito sa chat na ito: buburahin ng /exit ang mga mensahe ng chat na ito mula sa huling 48 oras. Puwede mong subukan ulit mamaya.

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = England
report-opt-nation-wales = Wales
report-opt-nation-scotland = Scotland
report-opt-nation-northern-ireland = Northern Ireland

report-opt-sector-hospitality = Hotel, restaurant, bar
report-opt-sector-retail = Tindahan at retail
report-opt-sector-care = Care (care home, home care)
report-opt-sector-health = Kalusugan (ospital, klinika)
report-opt-sector-cleaning = Paglilinis (cleaning)
report-opt-sector-warehouse-logistics = Warehouse, delivery, logistics
report-opt-sector-agriculture = Pagsasaka, pag-iimpake ng pagkain
report-opt-sector-domestic-work = Domestic work (sa bahay ng iba)
report-opt-sector-education = Edukasyon
report-opt-sector-office = Trabaho sa opisina
report-opt-sector-other = Iba pa

report-opt-workplace-shop = Isang tindahan
report-opt-workplace-restaurant-bar = Isang restaurant, café o bar
report-opt-workplace-hotel = Isang hotel
report-opt-workplace-care-home = Isang care home
report-opt-workplace-private-home = Bahay ng ibang tao
report-opt-workplace-hospital = Isang ospital o klinika
report-opt-workplace-warehouse = Isang warehouse
report-opt-workplace-office = Isang opisina
report-opt-workplace-farm = Isang farm (bukid)
report-opt-workplace-school = Isang school, college o nursery
report-opt-workplace-other = Ibang lugar

report-opt-what-comments-jokes = Sekswal na komento o biro
report-opt-what-touching = Paghawak na hindi ko gusto
report-opt-what-sexual-assault = Sexual assault
report-opt-what-requests-pressure = Pamimilit makipagtalik o makipag-date
report-opt-what-messages-images = Sekswal na mensahe o larawan
report-opt-what-treated-worse = Mas sumama ang trato nang tumanggi o nagreklamo

report-opt-who-colleague = Isang katrabaho
report-opt-who-manager = Isang manager o supervisor
report-opt-who-third-party = Customer, kliyente, pasyente o bisita
report-opt-who-agency-gangmaster = Isang agency o gangmaster

report-opt-when-this-month = Ngayong buwan
report-opt-when-last-month = Noong nakaraang buwan
report-opt-when-months-2-3 = 2 hanggang 3 buwan na ang nakalipas
report-opt-when-months-4-6 = 4 hanggang 6 na buwan na ang nakalipas
report-opt-when-longer-ago = Mas matagal na
report-opt-when-rather-not-say = Mas gusto kong hindi sabihin

report-opt-reported-to-employer-no = Hindi
report-opt-reported-to-employer-yes-nothing-happened = Oo, at walang nangyari
report-opt-reported-to-employer-yes-action-taken = Oo, at may ginawa sila tungkol dito
report-opt-reported-to-employer-yes-treated-worse = Oo, at sumama ang trato sa akin pagkatapos
report-opt-reported-to-employer-not-sure = Hindi ako sigurado

report-opt-barriers-job = Takot mawalan ng trabaho o shift
report-opt-barriers-visa = Pag-aalala tungkol sa visa ko
report-opt-barriers-not-believed = Takot na hindi paniwalaan
report-opt-barriers-didnt-know = Hindi ko alam ang puwede kong gawin
report-opt-barriers-other = Iba pa
report-opt-barriers-none = Walang pumigil sa akin

report-opt-consent-evidence-yes = Oo
report-opt-consent-evidence-no = Hindi

## Tick boxes: { $ticked } is "yes" when the option is ticked. Keep the two marks.

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

## The review. Each line shows one answer. {"\u000A"} starts a new line: keep it.

report-review-summary =
    Saan ka nagtatrabaho: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Klase ng trabaho: { $sector ->
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
    Lugar ng trabaho: { $workplace ->
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
    Ano ang nangyari:{ $what_comments_jokes ->
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
    Sino ang gumawa:{ $who_colleague ->
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
    Kailan: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    Sinabi sa employer: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    Ano ang nagpahirap:{ $barriers_job ->
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
    Gamitin bilang ebidensya: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    Naipadala na ang iyong report. Kung hindi mo ito nakita, ang iyong receipt code ay: { $code }
    Para bawiin ang report, ipadala ang /withdraw { $code }. Huwag ibahagi ang code kaninuman.
