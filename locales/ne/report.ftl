# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = अहिले यो बोटमा नाम नखुलाई रिपोर्ट गर्ने सुविधा चालु गरिएको छैन, त्यसैले म यहाँ रिपोर्ट लिन सक्दिनँ। तपाईं अझै पनि रिपोर्ट गर्ने अन्य विकल्पहरू हेर्न सक्नुहुन्छ, वा मेनुमा फर्कन सक्नुहुन्छ।

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = तपाईं आफ्नो नाम नदिई, तपाईंलाई के भयो भनेर { $coalition } अभियानका सञ्चालकहरूलाई बताउन सक्नुहुन्छ। कामको ठाउँमा यौन दुर्व्यवहार कति सामान्य छ भनेर देखाउन र परिवर्तनका लागि दबाब दिन रिपोर्टहरूले उनीहरूलाई मद्दत गर्छन्।
report-intro-kept = के राखिन्छ: अबका प्रश्नहरूमा तपाईंले दिने उत्तरहरू र तपाईंले ती पठाएको दिन। तपाईंको नाम, फोन नम्बर वा Telegram खाता राखिँदैन।
report-intro-who = कसले पढ्न सक्छ: { $coalition } का सञ्चालकहरूले मात्र। रिपोर्ट उनीहरूको साँचो (keys) ले ताल्चा लगाइन्छ (इन्क्रिप्ट गरिन्छ)। यो बोटको सर्भर चलाउने व्यक्तिले यसलाई खोल्न नसकोस् भनेर यसलाई यसरी बनाइएको छ। तर तपाईंले /exit नपठाउँदासम्म तपाईंका उत्तरहरू तपाईंको फोनमा यो च्याटमा देखिइरहन्छन्।
report-intro-how-long = कति समय: तपाईंको रिपोर्ट बढीमा { $days ->
        [one] { $days } दिनपछि
       *[other] { $days } दिनपछि
    } मेटाइन्छ, वा सञ्चालकहरूले यसलाई सङ्कलन (collect) गर्दा त्योभन्दा चाँडै मेटाइन्छ।
report-intro-telegram = बोटसँगका सबै च्याटजस्तै, यो च्याट पनि { $app } ले हेर्न सक्छ। तपाईंलाई बताउन सहज लाग्ने कुरा मात्र बताउनुहोस्।
report-intro-stop = जम्मा 10 वटा छोटा प्रश्न छन्। तपाईं जुनसुकै प्रश्नमा रोक्न सक्नुहुन्छ: "रोक्नुहोस् र मेरा उत्तर बिर्सनुहोस्" वा "अहिले नै बाहिर निस्कनुहोस्" थिच्नुहोस्, वा /exit पठाउनुहोस्। केही पनि पठाउनुअघि तपाईंले आफ्ना सबै उत्तर हेर्न पाउनुहुनेछ।
report-begin = रिपोर्ट सुरु गर्नुहोस्

## On every question.

report-stop = रोक्नुहोस् र मेरा उत्तर बिर्सनुहोस्
report-stopped = रोकियो। केही पनि पठाइएको छैन, र बोटले अब तपाईंका उत्तरहरू राख्दैन। ती अझै यो च्याटमा देखिन्छन्: /exit ले यो च्याटका पछिल्ला 48 घण्टाका सन्देशहरू मेटाउँछ।

## The questions.

report-q-nation = 10 मध्ये 1: तपाईं कहाँ काम गर्नुहुन्छ?
report-q-sector = 10 मध्ये 2: तपाईं कस्तो किसिमको काम गर्नुहुन्छ?
report-more-kinds = अन्य किसिमका कामहरू…
report-q-sector-more = 10 मध्ये 2: थप किसिमका कामहरू:
report-back-to-list = पहिलो सूचीमा फर्कनुहोस्
report-q-workplace = 10 मध्ये 3: तपाईं कस्तो ठाउँमा काम गर्नुहुन्छ?
report-more-places = अन्य ठाउँहरू…
report-q-workplace-more = 10 मध्ये 3: थप ठाउँहरू:
report-q-what = 10 मध्ये 4: के भयो? लागू हुने सबैमा टिक लगाउनुहोस्, अनि "सकियो" थिच्नुहोस्। टिक हटाउन त्यही विकल्प फेरि थिच्नुहोस्।
report-done = सकियो
report-pick-one = कृपया कम्तीमा एउटा विकल्पमा टिक लगाउनुहोस्, अनि "सकियो" थिच्नुहोस्।
report-q-who = 10 मध्ये 5: यो कसले गरेको हो? लागू हुने सबैमा टिक लगाउनुहोस्, अनि "सकियो" थिच्नुहोस्।
report-q-when = 10 मध्ये 6: यो कहिले भयो? एकभन्दा बढी पटक भएको हो भने, अन्तिम पटकको बारेमा सोच्नुहोस्।
report-q-employer = 10 मध्ये 7: के तपाईंले आफ्नो रोजगारदातालाई भन्नुभयो?
report-q-barriers = 10 मध्ये 8: के कुनै कुराले तपाईंलाई आवाज उठाउन अझ गाह्रो बनायो? लागू हुने सबैमा टिक लगाउनुहोस्, अनि "सकियो" थिच्नुहोस्।
report-pick-barriers = कृपया कम्तीमा एउटा विकल्पमा, वा "कुनै कुराले मलाई रोकेन" मा, टिक लगाउनुहोस्, अनि "सकियो" थिच्नुहोस्।
report-q-account-offer = 10 मध्ये 9: तपाईं चाहनुहुन्छ भने, के भयो भनेर आफ्नै शब्दमा लेख्न सक्नुहुन्छ। लेख्नैपर्छ भन्ने छैन।
report-account-write = आफ्नै शब्दमा लेख्छु
report-account-skip = यो प्रश्न छोड्नुहोस्
report-q-account = एउटै सन्देशमा, 2000 अक्षरसम्म, टाइप गर्नुहोस्। रोक्न /exit पठाउनुहोस्।
report-account-warning = नामहरू, तपाईंको रोजगारदाताको नाम, वा तपाईंलाई चिनाउन सक्ने कुनै पनि कुरा नलेख्नुहोस्, तपाईं आफैं लेख्ने निर्णय गर्नुहुन्छ भने बाहेक।
report-account-too-long = त्यो { $max } अक्षरभन्दा लामो भयो। कृपया छोट्याएर फेरि पठाउनुहोस्।
report-q-consent = 10 मध्ये 10: के सञ्चालकहरूले तपाईंको रिपोर्टलाई आफ्नो अभियानमा प्रमाणका रूपमा प्रयोग गर्न सक्छन्, जस्तै सरकारलाई दिइने रिपोर्टमा? उनीहरूको विचारमा तपाईंलाई चिनाउन सक्ने जुनसुकै कुरा उनीहरूले छोडिदिने थिए।

## Review and send.

report-review-intro = कृपया आफ्ना उत्तरहरू जाँच गर्नुहोस्। अहिलेसम्म केही पनि पठाइएको छैन।
report-review-account = तपाईंको आफ्नै शब्दमा: { $account }
report-review-question = यो रिपोर्ट सञ्चालकहरूलाई पठाउने हो?
report-send = पठाउनुहोस्
report-discard = नपठाउनुहोस्
report-sent =
    धन्यवाद। तपाईंको रिपोर्ट पठाइयो।
    तपाईंको रसिद कोड (receipt code): { $code }
    तपाईंले मन बदल्नुभयो भने, /withdraw { $code } पठाउनुहोस्, र तपाईंको रिपोर्ट मेटाइन्छ। सञ्चालकहरूले यसलाई सङ्कलन नगरेसम्म वा यसको समय नसकिएसम्म मात्र यो काम गर्छ। कोड भएको जो कोहीले पनि रिपोर्ट फिर्ता लिन सक्छ, त्यसैले कोड कसैलाई नदेखाउनुहोस्।
    तपाईंका उत्तरहरू अझै यो च्याटमा देखिन्छन्: /exit ले यो च्याटका पछिल्ला 48 घण्टाका सन्देशहरू मेटाउँछ।
report-failed = माफ गर्नुहोस्, हाम्रो तर्फको समस्याका कारण तपाईंको रिपोर्ट सेभ गर्न सकिएन। केही पनि पठाइएको छैन, र बोटले अब तपाईंका उत्तरहरू राख्दैन। ती अझै यो च्याटमा देखिन्छन्: /exit ले यो च्याटका पछिल्ला 48 घण्टाका सन्देशहरू मेटाउँछ। तपाईं पछि फेरि प्रयास गर्न सक्नुहुन्छ।

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = इङ्ल्यान्ड
report-opt-nation-wales = वेल्स
report-opt-nation-scotland = स्कटल्यान्ड
report-opt-nation-northern-ireland = उत्तरी आयरल्यान्ड

report-opt-sector-hospitality = होटल, रेस्टुरेन्ट, बार
report-opt-sector-retail = पसल र खुद्रा बिक्री
report-opt-sector-care = हेरचाह (केयर होम, होम केयर)
report-opt-sector-health = स्वास्थ्य (अस्पताल, क्लिनिक)
report-opt-sector-cleaning = सरसफाइ
report-opt-sector-warehouse-logistics = गोदाम, डेलिभरी, लजिस्टिक्स
report-opt-sector-agriculture = खेती, खाद्य प्याकिङ
report-opt-sector-domestic-work = घरेलु काम (अरूको घरमा)
report-opt-sector-education = शिक्षा
report-opt-sector-office = अफिसको काम
report-opt-sector-other = अरू केही

report-opt-workplace-shop = पसल
report-opt-workplace-restaurant-bar = रेस्टुरेन्ट, क्याफे वा बार
report-opt-workplace-hotel = होटल
report-opt-workplace-care-home = केयर होम
report-opt-workplace-private-home = कसैको घर
report-opt-workplace-hospital = अस्पताल वा क्लिनिक
report-opt-workplace-warehouse = गोदाम
report-opt-workplace-office = अफिस
report-opt-workplace-farm = फार्म (खेतबारी)
report-opt-workplace-school = स्कुल, कलेज वा नर्सरी
report-opt-workplace-other = अरू कतै

report-opt-what-comments-jokes = यौन टिप्पणी वा ठट्टा
report-opt-what-touching = नचाहेको छुवाइ
report-opt-what-sexual-assault = यौन आक्रमण
report-opt-what-requests-pressure = यौन सम्पर्क वा डेटका लागि दबाब
report-opt-what-messages-images = यौन सन्देश वा तस्बिर
report-opt-what-treated-worse = नाइँ भनेपछि वा उजुरी गरेपछि झन् नराम्रो व्यवहार

report-opt-who-colleague = सहकर्मी
report-opt-who-manager = म्यानेजर वा सुपरभाइजर
report-opt-who-third-party = ग्राहक, क्लाइन्ट, बिरामी वा आगन्तुक
report-opt-who-agency-gangmaster = एजेन्सी वा ग्याङमास्टर

report-opt-when-this-month = यो महिना
report-opt-when-last-month = गएको महिना
report-opt-when-months-2-3 = 2 देखि 3 महिनाअघि
report-opt-when-months-4-6 = 4 देखि 6 महिनाअघि
report-opt-when-longer-ago = योभन्दा पनि पहिले
report-opt-when-rather-not-say = म भन्न चाहन्नँ

report-opt-reported-to-employer-no = भनिनँ
report-opt-reported-to-employer-yes-nothing-happened = भनेँ, तर केही भएन
report-opt-reported-to-employer-yes-action-taken = भनेँ, र उनीहरूले केही कदम चाले
report-opt-reported-to-employer-yes-treated-worse = भनेँ, र त्यसपछि मसँग झन् नराम्रो व्यवहार भयो
report-opt-reported-to-employer-not-sure = मलाई पक्का थाहा छैन

report-opt-barriers-job = जागिर वा सिफ्ट गुमाउने डर
report-opt-barriers-visa = मेरो भिसाको चिन्ता
report-opt-barriers-not-believed = मलाई पत्याइँदैन भन्ने डर
report-opt-barriers-didnt-know = म के गर्न सक्छु, मलाई थाहा थिएन
report-opt-barriers-other = अरू केही
report-opt-barriers-none = कुनै कुराले मलाई रोकेन

report-opt-consent-evidence-yes = हुन्छ
report-opt-consent-evidence-no = हुँदैन

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
    कहाँ काम गर्नुहुन्छ: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    कामको किसिम: { $sector ->
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
    कामको ठाउँ: { $workplace ->
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
    के भयो:{ $what_comments_jokes ->
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
    कसले गरेको:{ $who_colleague ->
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
    कहिले: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    रोजगारदातालाई भन्नुभयो: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    के कुराले गाह्रो बनायो:{ $barriers_job ->
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
    प्रमाणका रूपमा प्रयोग: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    तपाईंको रिपोर्ट पठाइयो। तपाईंले देख्नुभएन भने, तपाईंको रसिद कोड (receipt code): { $code }
    रिपोर्ट फिर्ता लिन /withdraw { $code } पठाउनुहोस्। कोड कसैलाई नदेखाउनुहोस्।
