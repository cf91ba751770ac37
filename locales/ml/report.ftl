# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = പേരില്ലാതെയുള്ള റിപ്പോർട്ടുകൾ ഇപ്പോൾ ഈ ബോട്ടിൽ ഓൺ ചെയ്തിട്ടില്ല, അതിനാൽ എനിക്ക് ഇവിടെ റിപ്പോർട്ട് സ്വീകരിക്കാൻ കഴിയില്ല. റിപ്പോർട്ട് ചെയ്യാനുള്ള മറ്റ് വഴികൾ നിങ്ങൾക്ക് ഇപ്പോഴും നോക്കാം, അല്ലെങ്കിൽ മെനുവിലേക്ക് മടങ്ങാം.

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = നിങ്ങളുടെ പേര് നൽകാതെ, നിങ്ങൾക്ക് സംഭവിച്ചത് { $coalition } ക്യാമ്പെയ്നിന്റെ സംഘാടകരോട് പറയാം. ജോലിസ്ഥലത്തെ ലൈംഗിക ഉപദ്രവം എത്രത്തോളം സാധാരണമാണെന്ന് കാണിക്കാനും മാറ്റത്തിനായി ശബ്ദമുയർത്താനും റിപ്പോർട്ടുകൾ അവരെ സഹായിക്കുന്നു.
report-intro-kept = എന്തൊക്കെ സൂക്ഷിക്കും: അടുത്ത ചോദ്യങ്ങൾക്കുള്ള നിങ്ങളുടെ ഉത്തരങ്ങളും നിങ്ങൾ അവ അയയ്ക്കുന്ന ദിവസവും. നിങ്ങളുടെ പേരോ ഫോൺ നമ്പറോ Telegram അക്കൗണ്ടോ സൂക്ഷിക്കില്ല.
report-intro-who = ആർക്കൊക്കെ വായിക്കാം: { $coalition }-ന്റെ സംഘാടകർക്ക് മാത്രം. റിപ്പോർട്ട് അവരുടെ താക്കോലുകൾ (keys) കൊണ്ട് പൂട്ടുന്നു (എൻക്രിപ്റ്റ് ചെയ്യുന്നു). ഈ ബോട്ടിന്റെ സെർവർ നടത്തുന്ന വ്യക്തിക്ക് അത് തുറക്കാൻ കഴിയാത്ത വിധത്തിലാണ് ഇത് രൂപകൽപ്പന ചെയ്തിരിക്കുന്നത്. എന്നാൽ നിങ്ങൾ /exit അയയ്ക്കുന്നതുവരെ നിങ്ങളുടെ ഉത്തരങ്ങൾ ഫോണിൽ ഈ ചാറ്റിൽ കാണാം.
report-intro-how-long = എത്ര കാലം: നിങ്ങളുടെ റിപ്പോർട്ട് ഏറ്റവും വൈകിയാൽ { $days ->
        [one] { $days } ദിവസത്തിനുശേഷം
       *[other] { $days } ദിവസത്തിനുശേഷം
    } മായ്ക്കും. സംഘാടകർ അത് ശേഖരിക്കുമ്പോൾ, അതിലും നേരത്തെ മായ്ക്കും.
report-intro-telegram = ബോട്ടുകളുമായുള്ള എല്ലാ ചാറ്റുകളെയും പോലെ, ഈ ചാറ്റും { $app }-ന് കാണാൻ കഴിയും. പങ്കുവയ്ക്കാൻ നിങ്ങൾക്ക് മടിയില്ലാത്തത് മാത്രം പങ്കുവയ്ക്കുക.
report-intro-stop = 10 ചെറിയ ചോദ്യങ്ങളുണ്ട്. ഏത് ചോദ്യത്തിലും നിങ്ങൾക്ക് നിർത്താം: "നിർത്തി എന്റെ ഉത്തരങ്ങൾ മറക്കുക" അല്ലെങ്കിൽ "ഇപ്പോൾ പുറത്തുപോകുക" അമർത്തുക, അല്ലെങ്കിൽ /exit അയയ്ക്കുക. എന്തെങ്കിലും അയയ്ക്കുന്നതിന് മുൻപ് നിങ്ങളുടെ എല്ലാ ഉത്തരങ്ങളും നിങ്ങൾക്ക് കാണാം.
report-begin = റിപ്പോർട്ട് തുടങ്ങുക

## On every question.

report-stop = നിർത്തി എന്റെ ഉത്തരങ്ങൾ മറക്കുക
report-stopped = നിർത്തി. ഒന്നും അയച്ചിട്ടില്ല, ബോട്ട് ഇനി നിങ്ങളുടെ ഉത്തരങ്ങൾ സൂക്ഷിക്കുന്നില്ല. അവ ഇപ്പോഴും ഈ ചാറ്റിൽ കാണാം: /exit ഈ ചാറ്റിലെ കഴിഞ്ഞ 48 മണിക്കൂറിലെ സന്ദേശങ്ങൾ മായ്ക്കും.

## The questions.

report-q-nation = 10-ൽ 1. നിങ്ങൾ എവിടെയാണ് ജോലി ചെയ്യുന്നത്?
report-q-sector = 10-ൽ 2. നിങ്ങൾ ഏത് തരം ജോലിയാണ് ചെയ്യുന്നത്?
report-more-kinds = മറ്റ് തരം ജോലികൾ…
report-q-sector-more = 10-ൽ 2. കൂടുതൽ തരം ജോലികൾ:
report-back-to-list = ആദ്യ പട്ടികയിലേക്ക് മടങ്ങുക
report-q-workplace = 10-ൽ 3. ഏത് തരം സ്ഥലത്താണ് നിങ്ങൾ ജോലി ചെയ്യുന്നത്?
report-more-places = മറ്റ് സ്ഥലങ്ങൾ…
report-q-workplace-more = 10-ൽ 3. കൂടുതൽ സ്ഥലങ്ങൾ:
report-q-what = 10-ൽ 4. എന്താണ് സംഭവിച്ചത്? ബാധകമായതെല്ലാം ടിക്ക് ചെയ്യുക, എന്നിട്ട് "കഴിഞ്ഞു" അമർത്തുക. ടിക്ക് മാറ്റാൻ ആ ഓപ്ഷൻ വീണ്ടും അമർത്തുക.
report-done = കഴിഞ്ഞു
report-pick-one = ദയവായി കുറഞ്ഞത് ഒരു ഓപ്ഷനെങ്കിലും ടിക്ക് ചെയ്യുക, എന്നിട്ട് "കഴിഞ്ഞു" അമർത്തുക.
report-q-who = 10-ൽ 5. ആരാണ് ഇത് ചെയ്തത്? ബാധകമായതെല്ലാം ടിക്ക് ചെയ്യുക, എന്നിട്ട് "കഴിഞ്ഞു" അമർത്തുക.
report-q-when = 10-ൽ 6. ഇത് എപ്പോഴാണ് സംഭവിച്ചത്? ഒന്നിൽ കൂടുതൽ തവണ സംഭവിച്ചെങ്കിൽ, അവസാനത്തെ തവണയെക്കുറിച്ച് ഓർക്കുക.
report-q-employer = 10-ൽ 7. നിങ്ങൾ നിങ്ങളുടെ തൊഴിലുടമയോട് പറഞ്ഞോ?
report-q-barriers = 10-ൽ 8. തുറന്നുപറയുന്നത് കൂടുതൽ ബുദ്ധിമുട്ടാക്കിയ എന്തെങ്കിലും ഉണ്ടായിരുന്നോ? ബാധകമായതെല്ലാം ടിക്ക് ചെയ്യുക, എന്നിട്ട് "കഴിഞ്ഞു" അമർത്തുക.
report-pick-barriers = ദയവായി കുറഞ്ഞത് ഒരു ഓപ്ഷനെങ്കിലും, അല്ലെങ്കിൽ "ഒന്നും എന്നെ തടഞ്ഞില്ല", ടിക്ക് ചെയ്യുക, എന്നിട്ട് "കഴിഞ്ഞു" അമർത്തുക.
report-q-account-offer = 10-ൽ 9. നിങ്ങൾക്ക് വേണമെങ്കിൽ, സംഭവിച്ചത് നിങ്ങളുടെ സ്വന്തം വാക്കുകളിൽ വിവരിക്കാം. അത് നിർബന്ധമില്ല.
report-account-write = എന്റെ സ്വന്തം വാക്കുകളിൽ എഴുതാം
report-account-skip = ഈ ചോദ്യം ഒഴിവാക്കുക
report-q-account = ഒരൊറ്റ സന്ദേശത്തിൽ, 2000 അക്ഷരങ്ങൾ വരെ, ടൈപ്പ് ചെയ്യുക. നിർത്താൻ /exit അയയ്ക്കുക.
report-account-warning = പേരുകളോ, നിങ്ങളുടെ തൊഴിലുടമയുടെ പേരോ, നിങ്ങളെ തിരിച്ചറിയാൻ ഇടയാക്കുന്ന മറ്റെന്തെങ്കിലുമോ എഴുതരുത്; നിങ്ങൾ സ്വയം അങ്ങനെ തീരുമാനിച്ചാൽ മാത്രം അവ ഉൾപ്പെടുത്തുക.
report-account-too-long = അത് { $max } അക്ഷരങ്ങളിൽ കൂടുതലാണ്. ദയവായി അത് ചുരുക്കി വീണ്ടും അയയ്ക്കുക.
report-q-consent = 10-ൽ 10. സംഘാടകർക്ക് നിങ്ങളുടെ റിപ്പോർട്ട് അവരുടെ ക്യാമ്പെയ്നിൽ തെളിവായി ഉപയോഗിക്കാമോ, ഉദാഹരണത്തിന് സർക്കാരിന് നൽകുന്ന ഒരു റിപ്പോർട്ടിൽ? നിങ്ങളെ തിരിച്ചറിയാൻ ഇടയാക്കുമെന്ന് അവർക്ക് തോന്നുന്നതെല്ലാം അവർ ഒഴിവാക്കും.

## Review and send.

report-review-intro = ദയവായി നിങ്ങളുടെ ഉത്തരങ്ങൾ പരിശോധിക്കുക. ഇതുവരെ ഒന്നും അയച്ചിട്ടില്ല.
report-review-account = നിങ്ങളുടെ സ്വന്തം വാക്കുകളിൽ: { $account }
report-review-question = ഈ റിപ്പോർട്ട് സംഘാടകർക്ക് അയയ്ക്കണോ?
report-send = അയയ്ക്കുക
report-discard = അയയ്ക്കേണ്ട
report-sent =
    നന്ദി. നിങ്ങളുടെ റിപ്പോർട്ട് അയച്ചു.
    നിങ്ങളുടെ രസീത് കോഡ് (receipt code): { $code }
    നിങ്ങൾ മനസ്സ് മാറ്റിയാൽ, /withdraw { $code } അയയ്ക്കുക; അപ്പോൾ നിങ്ങളുടെ റിപ്പോർട്ട് മായ്ക്കും. സംഘാടകർ അത് ശേഖരിക്കുന്നതുവരെയോ അതിന്റെ സമയം തീരുന്നതുവരെയോ മാത്രമേ ഇത് പ്രവർത്തിക്കൂ. കോഡ് ഉള്ള ആർക്കും റിപ്പോർട്ട് പിൻവലിക്കാം, അതിനാൽ കോഡ് മറ്റാരെയും കാണിക്കരുത്.
    നിങ്ങളുടെ ഉത്തരങ്ങൾ ഇപ്പോഴും ഈ ചാറ്റിൽ കാണാം: /exit ഈ ചാറ്റിലെ കഴിഞ്ഞ 48 മണിക്കൂറിലെ സന്ദേശങ്ങൾ മായ്ക്കും.
report-failed = ക്ഷമിക്കണം, ഞങ്ങളുടെ ഭാഗത്തെ ഒരു തകരാറ് കാരണം നിങ്ങളുടെ റിപ്പോർട്ട് സേവ് ചെയ്യാൻ കഴിഞ്ഞില്ല. ഒന്നും അയച്ചിട്ടില്ല, ബോട്ട് ഇനി നിങ്ങളുടെ ഉത്തരങ്ങൾ സൂക്ഷിക്കുന്നില്ല. അവ ഇപ്പോഴും ഈ ചാറ്റിൽ കാണാം: /exit ഈ ചാറ്റിലെ കഴിഞ്ഞ 48 മണിക്കൂറിലെ സന്ദേശങ്ങൾ മായ്ക്കും. നിങ്ങൾക്ക് പിന്നീട് വീണ്ടും ശ്രമിക്കാം.

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = ഇംഗ്ലണ്ട്
report-opt-nation-wales = വെയിൽസ്
report-opt-nation-scotland = സ്കോട്ട്ലൻഡ്
report-opt-nation-northern-ireland = നോർത്തേൺ അയർലൻഡ്

report-opt-sector-hospitality = ഹോട്ടൽ, റെസ്റ്റോറന്റ്, ബാർ
report-opt-sector-retail = കടകൾ, റീട്ടെയിൽ
report-opt-sector-care = പരിചരണം (കെയർ ഹോം, ഹോം കെയർ)
report-opt-sector-health = ആരോഗ്യം (ആശുപത്രി, ക്ലിനിക്)
report-opt-sector-cleaning = ശുചീകരണം (ക്ലീനിങ്)
report-opt-sector-warehouse-logistics = വെയർഹൗസ്, ഡെലിവറി, ലോജിസ്റ്റിക്സ്
report-opt-sector-agriculture = കൃഷി, ഭക്ഷ്യ പാക്കിങ്
report-opt-sector-domestic-work = വീട്ടുജോലി (മറ്റൊരാളുടെ വീട്ടിൽ)
report-opt-sector-education = വിദ്യാഭ്യാസം
report-opt-sector-office = ഓഫീസ് ജോലി
report-opt-sector-other = മറ്റെന്തെങ്കിലും

report-opt-workplace-shop = കട
report-opt-workplace-restaurant-bar = റെസ്റ്റോറന്റ്, കഫേ അല്ലെങ്കിൽ ബാർ
report-opt-workplace-hotel = ഹോട്ടൽ
report-opt-workplace-care-home = കെയർ ഹോം
report-opt-workplace-private-home = മറ്റൊരാളുടെ വീട്
report-opt-workplace-hospital = ആശുപത്രി അല്ലെങ്കിൽ ക്ലിനിക്
report-opt-workplace-warehouse = വെയർഹൗസ്
report-opt-workplace-office = ഓഫീസ്
report-opt-workplace-farm = കൃഷിയിടം (ഫാം)
report-opt-workplace-school = സ്കൂൾ, കോളേജ് അല്ലെങ്കിൽ നഴ്സറി
report-opt-workplace-other = മറ്റൊരിടം

report-opt-what-comments-jokes = ലൈംഗിക കമന്റുകളോ തമാശകളോ
report-opt-what-touching = ആഗ്രഹിക്കാത്ത സ്പർശനം
report-opt-what-sexual-assault = ലൈംഗിക അതിക്രമം
report-opt-what-requests-pressure = ലൈംഗികബന്ധത്തിനോ ഡേറ്റിനോ നിർബന്ധം
report-opt-what-messages-images = ലൈംഗിക സന്ദേശങ്ങളോ ചിത്രങ്ങളോ
report-opt-what-treated-worse = "വേണ്ട" പറഞ്ഞശേഷമോ പരാതിപ്പെട്ടശേഷമോ കൂടുതൽ മോശമായി പെരുമാറി

report-opt-who-colleague = ഒപ്പം ജോലി ചെയ്യുന്ന ഒരാൾ
report-opt-who-manager = മാനേജർ അല്ലെങ്കിൽ സൂപ്പർവൈസർ
report-opt-who-third-party = ഉപഭോക്താവ്, ക്ലയന്റ്, രോഗി അല്ലെങ്കിൽ സന്ദർശകർ
report-opt-who-agency-gangmaster = ഏജൻസി അല്ലെങ്കിൽ ഗ്യാങ്മാസ്റ്റർ

report-opt-when-this-month = ഈ മാസം
report-opt-when-last-month = കഴിഞ്ഞ മാസം
report-opt-when-months-2-3 = 2 മുതൽ 3 വരെ മാസം മുൻപ്
report-opt-when-months-4-6 = 4 മുതൽ 6 വരെ മാസം മുൻപ്
report-opt-when-longer-ago = അതിലും മുൻപ്
report-opt-when-rather-not-say = പറയാൻ താൽപര്യമില്ല

report-opt-reported-to-employer-no = ഇല്ല
report-opt-reported-to-employer-yes-nothing-happened = അതെ, ഒന്നും സംഭവിച്ചില്ല
report-opt-reported-to-employer-yes-action-taken = അതെ, അവർ അതിൽ നടപടിയെടുത്തു
report-opt-reported-to-employer-yes-treated-worse = അതെ, പിന്നീട് എന്നോട് കൂടുതൽ മോശമായി പെരുമാറി
report-opt-reported-to-employer-not-sure = എനിക്ക് ഉറപ്പില്ല

report-opt-barriers-job = ജോലിയോ ഷിഫ്റ്റുകളോ നഷ്ടപ്പെടുമെന്ന ഭയം
report-opt-barriers-visa = എന്റെ വിസയെക്കുറിച്ചുള്ള ആശങ്ക
report-opt-barriers-not-believed = എന്നെ വിശ്വസിക്കില്ല എന്ന ഭയം
report-opt-barriers-didnt-know = എന്ത് ചെയ്യാനാകുമെന്ന് എനിക്കറിയില്ലായിരുന്നു
report-opt-barriers-other = മറ്റെന്തെങ്കിലും
report-opt-barriers-none = ഒന്നും എന്നെ തടഞ്ഞില്ല

report-opt-consent-evidence-yes = അതെ
report-opt-consent-evidence-no = ഇല്ല

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
    ജോലി ചെയ്യുന്നത് എവിടെ: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    ജോലിയുടെ തരം: { $sector ->
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
    ജോലിസ്ഥലം: { $workplace ->
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
    എന്ത് സംഭവിച്ചു:{ $what_comments_jokes ->
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
    ആര് ചെയ്തു:{ $who_colleague ->
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
    എപ്പോൾ: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    തൊഴിലുടമയോട് പറഞ്ഞോ: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    ബുദ്ധിമുട്ടാക്കിയത്:{ $barriers_job ->
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
    തെളിവായി ഉപയോഗിക്കാമോ: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    നിങ്ങളുടെ റിപ്പോർട്ട് അയച്ചു. നിങ്ങൾ കണ്ടില്ലെങ്കിൽ, നിങ്ങളുടെ രസീത് കോഡ് (receipt code): { $code }
    റിപ്പോർട്ട് പിൻവലിക്കാൻ /withdraw { $code } അയയ്ക്കുക. കോഡ് മറ്റാരെയും കാണിക്കരുത്.
