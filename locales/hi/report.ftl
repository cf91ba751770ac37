# status: draft
# बिना नाम की रिपोर्ट (flows/report.yaml)।
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = इस बॉट में अभी बिना नाम की रिपोर्ट चालू नहीं है, इसलिए मैं यहाँ रिपोर्ट नहीं ले सकता। आप शिकायत करने के अपने दूसरे रास्ते फिर भी देख सकते हैं, या मेन्यू पर वापस जा सकते हैं।

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = आप अपना नाम बताए बिना { $coalition } अभियान के आयोजकों को बता सकते हैं कि आपके साथ क्या हुआ। रिपोर्टों से आयोजकों को यह दिखाने में मदद मिलती है कि काम पर यौन उत्पीड़न कितना आम है, और बदलाव के लिए दबाव डालने में भी।
report-intro-kept = क्या रखा जाता है: अगले सवालों के आपके जवाब, और वह दिन जब आप उन्हें भेजते हैं। आपका नाम नहीं, आपका फ़ोन नंबर नहीं, आपका Telegram अकाउंट नहीं।
report-intro-who = कौन पढ़ सकता है: सिर्फ़ { $coalition } के आयोजक। रिपोर्ट उनकी चाबियों (keys) से लॉक (एन्क्रिप्ट) की जाती है। इसे इस तरह बनाया गया है कि इस बॉट का सर्वर चलाने वाला व्यक्ति इसे न खोल सके। लेकिन आपके जवाब आपके फ़ोन पर इस चैट में तब तक दिखते रहते हैं जब तक आप /exit नहीं भेजते।
report-intro-how-long = कितने समय तक: आपकी रिपोर्ट ज़्यादा से ज़्यादा { $days ->
        [one] { $days } दिन
       *[other] { $days } दिन
    } बाद मिटा दी जाती है, या उससे पहले, जब आयोजक उसे ले लेते हैं।
report-intro-telegram = { $app } यह चैट देख सकता है, जैसे वह किसी भी बॉट के साथ हर चैट देख सकता है। सिर्फ़ उतना ही बताएँ जितना बताने में आप सहज हों।
report-intro-stop = कुल 10 छोटे सवाल हैं। आप किसी भी सवाल पर रुक सकते हैं: "रोकें और मेरे जवाब भूल जाएँ" या "अभी निकलें" दबाएँ, या /exit भेजें। कुछ भी भेजे जाने से पहले आप अपने सभी जवाब देख पाएँगे।
report-begin = रिपोर्ट शुरू करें

## On every question.

report-stop = रोकें और मेरे जवाब भूल जाएँ
report-stopped = रोक दिया गया। कुछ भी नहीं भेजा गया, और बॉट अब आपके जवाब नहीं रखता। वे अब भी इस चैट में दिखते हैं: /exit इस चैट के पिछले 48 घंटों के संदेश मिटा देता है।

## The questions.

report-q-nation = 10 में से 1. आप कहाँ काम करते हैं?
report-q-sector = 10 में से 2. आप किस तरह का काम करते हैं?
report-more-kinds = दूसरी तरह के काम…
report-q-sector-more = 10 में से 2. और तरह के काम:
report-back-to-list = पहली सूची पर वापस
report-q-workplace = 10 में से 3. आप किस तरह की जगह पर काम करते हैं?
report-more-places = दूसरी जगहें…
report-q-workplace-more = 10 में से 3. और जगहें:
report-q-what = 10 में से 4. क्या हुआ? जो-जो बातें लागू होती हैं, उन सब पर टिक करें, फिर "हो गया" दबाएँ। टिक हटाने के लिए उसी विकल्प को फिर से दबाएँ।
report-done = हो गया
report-pick-one = कृपया कम से कम एक विकल्प पर टिक करें, फिर "हो गया" दबाएँ।
report-q-who = 10 में से 5. यह किसने किया? जो-जो लागू होते हैं, उन सब पर टिक करें, फिर "हो गया" दबाएँ।
report-q-when = 10 में से 6. यह कब हुआ? अगर यह एक से ज़्यादा बार हुआ, तो आख़िरी बार के बारे में सोचें।
report-q-employer = 10 में से 7. क्या आपने अपने नियोक्ता को बताया?
report-q-barriers = 10 में से 8. क्या किसी बात की वजह से आपके लिए आवाज़ उठाना और मुश्किल हुआ? जो-जो बातें लागू होती हैं, उन सब पर टिक करें, फिर "हो गया" दबाएँ।
report-pick-barriers = कृपया कम से कम एक विकल्प पर, या "मुझे किसी चीज़ ने नहीं रोका" पर टिक करें, फिर "हो गया" दबाएँ।
report-q-account-offer = 10 में से 9. अगर आप चाहें, तो जो हुआ उसे अपने शब्दों में बता सकते हैं। ऐसा करना ज़रूरी नहीं है।
report-account-write = अपने शब्दों में लिखें
report-account-skip = यह सवाल छोड़ें
report-q-account = इसे एक ही संदेश में लिखें, ज़्यादा से ज़्यादा 2000 अक्षर। रुकने के लिए /exit भेजें।
report-account-warning = नाम, अपने नियोक्ता का नाम, या ऐसी कोई भी बात न लिखें जिससे आपकी पहचान हो सके, जब तक आप ख़ुद ऐसा करना न चुनें।
report-account-too-long = यह { $max } अक्षरों से लंबा है। कृपया इसे छोटा करके फिर से भेजें।
report-q-consent = 10 में से 10. क्या आयोजक आपकी रिपोर्ट को अपने अभियान में सबूत के तौर पर इस्तेमाल कर सकते हैं, जैसे सरकार को दी जाने वाली किसी रिपोर्ट में? वे ऐसी हर बात छोड़ देंगे जिससे उनके हिसाब से आपकी पहचान हो सकती हो।

## Review and send.

report-review-intro = कृपया अपने जवाब जाँच लें। अभी तक कुछ भी नहीं भेजा गया है।
report-review-account = आपके अपने शब्दों में: { $account }
report-review-question = क्या यह रिपोर्ट आयोजकों को भेजें?
report-send = भेजें
report-discard = न भेजें
report-sent =
    धन्यवाद। आपकी रिपोर्ट भेज दी गई है।
    आपका रसीद कोड (receipt code): { $code }
    अगर आपका मन बदल जाए, तो /withdraw { $code } भेजें, और आपकी रिपोर्ट मिटा दी जाएगी। यह तब तक काम करता है जब तक आयोजक रिपोर्ट ले नहीं लेते या उसका समय पूरा नहीं हो जाता। जिस किसी के पास यह कोड हो, वह रिपोर्ट वापस ले सकता है, इसलिए इसे अपने तक ही रखें।
    आपके जवाब अब भी इस चैट में दिखते हैं: /exit इस चैट के पिछले 48 घंटों के संदेश मिटा देता है।
report-failed = माफ़ कीजिए, हमारी तरफ़ की किसी समस्या की वजह से आपकी रिपोर्ट सेव नहीं हो सकी। कुछ भी नहीं भेजा गया, और बॉट अब आपके जवाब नहीं रखता। वे अब भी इस चैट में दिखते हैं: /exit इस चैट के पिछले 48 घंटों के संदेश मिटा देता है। आप बाद में फिर से कोशिश कर सकते हैं।

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = इंग्लैंड
report-opt-nation-wales = वेल्स
report-opt-nation-scotland = स्कॉटलैंड
report-opt-nation-northern-ireland = उत्तरी आयरलैंड

report-opt-sector-hospitality = होटल, रेस्टोरेंट, बार
report-opt-sector-retail = दुकानें और रिटेल
report-opt-sector-care = देखभाल (केयर होम, घर पर देखभाल)
report-opt-sector-health = स्वास्थ्य (अस्पताल, क्लिनिक)
report-opt-sector-cleaning = सफ़ाई
report-opt-sector-warehouse-logistics = गोदाम, डिलीवरी, लॉजिस्टिक्स
report-opt-sector-agriculture = खेती, खाने की चीज़ों की पैकिंग
report-opt-sector-domestic-work = घरेलू काम (किसी के घर में)
report-opt-sector-education = शिक्षा
report-opt-sector-office = दफ़्तर का काम
report-opt-sector-other = कुछ और

report-opt-workplace-shop = दुकान
report-opt-workplace-restaurant-bar = रेस्टोरेंट, कैफ़े या बार
report-opt-workplace-hotel = होटल
report-opt-workplace-care-home = केयर होम
report-opt-workplace-private-home = किसी का घर
report-opt-workplace-hospital = अस्पताल या क्लिनिक
report-opt-workplace-warehouse = गोदाम
report-opt-workplace-office = दफ़्तर
report-opt-workplace-farm = खेत (फ़ार्म)
report-opt-workplace-school = स्कूल, कॉलेज या नर्सरी
report-opt-workplace-other = कहीं और

report-opt-what-comments-jokes = यौन टिप्पणियाँ या मज़ाक
report-opt-what-touching = अनचाहा छूना
report-opt-what-sexual-assault = यौन हमला
report-opt-what-requests-pressure = सेक्स या डेट के लिए दबाव
report-opt-what-messages-images = यौन संदेश या तस्वीरें
report-opt-what-treated-worse = मना करने या शिकायत के बाद पहले से बुरा बर्ताव

report-opt-who-colleague = कोई सहकर्मी
report-opt-who-manager = कोई मैनेजर या सुपरवाइज़र
report-opt-who-third-party = कोई ग्राहक, क्लाइंट, मरीज़ या विज़िटर
report-opt-who-agency-gangmaster = कोई एजेंसी या गैंगमास्टर (ठेकेदार)

report-opt-when-this-month = इस महीने
report-opt-when-last-month = पिछले महीने
report-opt-when-months-2-3 = 2 से 3 महीने पहले
report-opt-when-months-4-6 = 4 से 6 महीने पहले
report-opt-when-longer-ago = इससे भी पहले
report-opt-when-rather-not-say = मुझे यह नहीं बताना

report-opt-reported-to-employer-no = नहीं
report-opt-reported-to-employer-yes-nothing-happened = हाँ, लेकिन कुछ नहीं हुआ
report-opt-reported-to-employer-yes-action-taken = हाँ, और उन्होंने इस पर कुछ किया
report-opt-reported-to-employer-yes-treated-worse = हाँ, फिर मेरे साथ पहले से बुरा बर्ताव हुआ
report-opt-reported-to-employer-not-sure = मुझे पक्का नहीं पता

report-opt-barriers-job = नौकरी या शिफ़्टें छिनने का डर
report-opt-barriers-visa = अपने वीज़ा की चिंता
report-opt-barriers-not-believed = डर कि मेरी बात पर यक़ीन नहीं होगा
report-opt-barriers-didnt-know = मुझे नहीं पता था कि क्या किया जा सकता है
report-opt-barriers-other = कुछ और
report-opt-barriers-none = मुझे किसी चीज़ ने नहीं रोका

report-opt-consent-evidence-yes = हाँ
report-opt-consent-evidence-no = नहीं

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
    आप कहाँ काम करते हैं: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    काम का प्रकार: { $sector ->
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
    काम की जगह: { $workplace ->
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
    क्या हुआ:{ $what_comments_jokes ->
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
    किसने किया:{ $who_colleague ->
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
    कब: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    नियोक्ता को बताया: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    किन बातों से मुश्किल हुई:{ $barriers_job ->
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
    सबूत के तौर पर इस्तेमाल: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    आपकी रिपोर्ट भेज दी गई है। अगर आपने नहीं देखा हो, तो आपका रसीद कोड (receipt code) है: { $code }
    रिपोर्ट वापस लेने के लिए /withdraw { $code } भेजें। कोड अपने तक ही रखें।
