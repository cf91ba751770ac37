# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = البلاغات مجهولة الهوية غير مفعّلة في هذا البوت حاليًا، لذلك لا أستطيع استلام بلاغ هنا. لا يزال بإمكانك الاطلاع على خياراتك الأخرى للإبلاغ، أو العودة إلى القائمة.

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = يمكنك إخبار منظمي حملة { $coalition } بما حدث لك، دون ذكر اسمك. تساعدهم البلاغات على إظهار مدى انتشار التحرش الجنسي في العمل، وعلى الضغط من أجل التغيير.
report-intro-kept = ما يُحفَظ: إجاباتك عن الأسئلة التالية، ويوم إرسالها. لا يُحفَظ اسمك، ولا رقم هاتفك، ولا حسابك على Telegram.
report-intro-who = من يمكنه قراءته: منظمو { $coalition } فقط. يُقفَل البلاغ (يُشفَّر) بمفاتيحهم. وهو مصمَّم بحيث لا يستطيع الشخص الذي يدير خادم (server) هذا البوت فتحه. لكن إجاباتك تبقى ظاهرة في هذه المحادثة على هاتفك إلى أن ترسل /exit.
report-intro-how-long = المدة: يُحذف بلاغك بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } كحد أقصى، أو قبل ذلك عندما يستلمه المنظمون.
report-intro-telegram = يستطيع { $app } رؤية هذه المحادثة، كما هو الحال في كل محادثة مع بوت. يُرجى مشاركة ما يريحك فقط.
report-intro-stop = هناك 10 أسئلة قصيرة. يمكنك التوقف عند أي سؤال: بالضغط على «التوقف ونسيان إجاباتي» أو «الخروج الآن»، أو بإرسال /exit. ستُعرَض عليك جميع إجاباتك قبل إرسال أي شيء.
report-begin = بدء البلاغ

## On every question.

report-stop = التوقف ونسيان إجاباتي
report-stopped = تم التوقف. لم يُرسَل أي شيء، ولم يعد البوت يحتفظ بإجاباتك. لكنها ما زالت ظاهرة في هذه المحادثة: الأمر /exit يحذف رسائل هذه المحادثة من آخر 48 ساعة.

## The questions.

report-q-nation = السؤال 1 من 10. أين مكان عملك؟
report-q-sector = السؤال 2 من 10. ما نوع عملك؟
report-more-kinds = أنواع عمل أخرى…
report-q-sector-more = السؤال 2 من 10. أنواع عمل أخرى:
report-back-to-list = الرجوع إلى الخيارات الأولى
report-q-workplace = السؤال 3 من 10. ما نوع مكان عملك؟
report-more-places = أماكن أخرى…
report-q-workplace-more = السؤال 3 من 10. أماكن أخرى:
report-q-what = السؤال 4 من 10. ماذا حدث؟ يُرجى اختيار كل ما ينطبق، ثم الضغط على «تم». لإلغاء اختيار خيار، يُرجى الضغط عليه مرة أخرى.
report-done = تم
report-pick-one = يُرجى اختيار خيار واحد على الأقل، ثم الضغط على «تم».
report-q-who = السؤال 5 من 10. من فعل ذلك؟ يُرجى اختيار كل ما ينطبق، ثم الضغط على «تم».
report-q-when = السؤال 6 من 10. متى حدث ذلك؟ إذا حدث أكثر من مرة، يُرجى التفكير في آخر مرة.
report-q-employer = السؤال 7 من 10. هل أخبرت صاحب عملك؟
report-q-barriers = السؤال 8 من 10. هل كان هناك ما جعل الحديث عن الأمر أصعب؟ يُرجى اختيار كل ما ينطبق، ثم الضغط على «تم».
report-pick-barriers = يُرجى اختيار خيار واحد على الأقل، أو «لم يمنعني شيء»، ثم الضغط على «تم».
report-q-account-offer = السؤال 9 من 10. إذا أردت، يمكنك وصف ما حدث بكلماتك أنت. هذا ليس إلزاميًا.
report-account-write = الكتابة بكلماتي
report-account-skip = تخطي هذا السؤال
report-q-account = يُرجى كتابته في رسالة واحدة، بحد أقصى 2000 حرف. للتوقف، يُرجى إرسال /exit.
report-account-warning = يُرجى عدم كتابة أسماء، ولا اسم صاحب عملك، ولا أي شيء قد يكشف هويتك، إلا إذا قررت ذلك بنفسك.
report-account-too-long = النص أطول من { $max } حرف. يُرجى اختصاره وإرساله مرة أخرى.
report-q-consent = السؤال 10 من 10. هل يمكن للمنظمين استخدام بلاغك دليلًا في حملتهم، مثلًا في تقرير يُقدَّم إلى الحكومة؟ كانوا سيستبعدون كل ما يرون أنه قد يكشف هويتك.

## Review and send.

report-review-intro = يُرجى مراجعة إجاباتك. لم يُرسَل أي شيء بعد.
report-review-account = بكلماتك: { $account }
report-review-question = هل يُرسَل هذا البلاغ إلى المنظمين؟
report-send = إرسال البلاغ
report-discard = عدم الإرسال
report-sent =
    شكرًا لك. تم إرسال بلاغك.
    رمز الإيصال الخاص بك: { $code }
    إذا غيّرت رأيك، يُرجى إرسال /withdraw { $code } وسيُحذف بلاغك. يمكن ذلك إلى أن يستلم المنظمون البلاغ أو تنتهي مدته. يمكن لأي شخص لديه الرمز سحب البلاغ، لذا يُرجى عدم إطلاع أحد عليه.
    ما زالت إجاباتك ظاهرة في هذه المحادثة: الأمر /exit يحذف رسائل هذه المحادثة من آخر 48 ساعة.
report-failed = عذرًا، لم نتمكن من حفظ بلاغك بسبب مشكلة من جهتنا. لم يُرسَل أي شيء، ولم يعد البوت يحتفظ بإجاباتك. لكنها ما زالت ظاهرة في هذه المحادثة: الأمر /exit يحذف رسائل هذه المحادثة من آخر 48 ساعة. يمكنك المحاولة مرة أخرى لاحقًا.

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = إنجلترا
report-opt-nation-wales = ويلز
report-opt-nation-scotland = اسكتلندا
report-opt-nation-northern-ireland = أيرلندا الشمالية

report-opt-sector-hospitality = فنادق، مطاعم، حانات
report-opt-sector-retail = متاجر وبيع بالتجزئة
report-opt-sector-care = رعاية (دور رعاية، رعاية منزلية)
report-opt-sector-health = صحة (مستشفى، عيادة)
report-opt-sector-cleaning = تنظيف
report-opt-sector-warehouse-logistics = مستودعات، توصيل، خدمات لوجستية
report-opt-sector-agriculture = زراعة، تعبئة أغذية
report-opt-sector-domestic-work = عمل منزلي (في بيت شخص ما)
report-opt-sector-education = تعليم
report-opt-sector-office = عمل مكتبي
report-opt-sector-other = مجال آخر

report-opt-workplace-shop = متجر
report-opt-workplace-restaurant-bar = مطعم أو مقهى أو حانة
report-opt-workplace-hotel = فندق
report-opt-workplace-care-home = دار رعاية
report-opt-workplace-private-home = بيت شخص ما
report-opt-workplace-hospital = مستشفى أو عيادة
report-opt-workplace-warehouse = مستودع
report-opt-workplace-office = مكتب
report-opt-workplace-farm = مزرعة
report-opt-workplace-school = مدرسة أو كلية أو حضانة
report-opt-workplace-other = مكان آخر

report-opt-what-comments-jokes = تعليقات أو نكات جنسية
report-opt-what-touching = لمس غير مرغوب فيه
report-opt-what-sexual-assault = اعتداء جنسي
report-opt-what-requests-pressure = ضغط لممارسة الجنس أو للمواعدة
report-opt-what-messages-images = رسائل أو صور جنسية
report-opt-what-treated-worse = معاملة أسوأ بعد الرفض أو الشكوى

report-opt-who-colleague = زميل في العمل
report-opt-who-manager = مدير أو مشرف
report-opt-who-third-party = زبون أو عميل أو مريض أو زائر
report-opt-who-agency-gangmaster = وكالة أو مقاول عمالة

report-opt-when-this-month = هذا الشهر
report-opt-when-last-month = الشهر الماضي
report-opt-when-months-2-3 = قبل 2 إلى 3 أشهر
report-opt-when-months-4-6 = قبل 4 إلى 6 أشهر
report-opt-when-longer-ago = قبل مدة أطول
report-opt-when-rather-not-say = أفضّل عدم الإجابة

report-opt-reported-to-employer-no = لا
report-opt-reported-to-employer-yes-nothing-happened = نعم، ولم يحدث شيء
report-opt-reported-to-employer-yes-action-taken = نعم، واتُّخذ إجراء بشأنه
report-opt-reported-to-employer-yes-treated-worse = نعم، وعوملت بشكل أسوأ بعدها
report-opt-reported-to-employer-not-sure = لست على يقين

report-opt-barriers-job = الخوف من فقدان عملي أو نوبات عملي
report-opt-barriers-visa = القلق على تأشيرتي
report-opt-barriers-not-believed = الخوف من ألا يصدّقني أحد
report-opt-barriers-didnt-know = لم أكن أعرف ما يمكنني فعله
report-opt-barriers-other = شيء آخر
report-opt-barriers-none = لم يمنعني شيء

report-opt-consent-evidence-yes = نعم
report-opt-consent-evidence-no = لا

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
    مكان عملك: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    نوع العمل: { $sector ->
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
    نوع مكان العمل: { $workplace ->
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
    ما حدث:{ $what_comments_jokes ->
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
    من فعل ذلك:{ $who_colleague ->
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
    متى: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    إخبار صاحب عملك: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    ما صعّب الحديث:{ $barriers_job ->
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
    استخدامه دليلًا: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    تم إرسال بلاغك. في حال لم ترَ رمز الإيصال، فهو: { $code }
    لسحب البلاغ، أرسل /withdraw { $code }. لا تُطلع أحدًا على الرمز.
