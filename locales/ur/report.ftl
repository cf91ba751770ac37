# status: draft
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = اس بوٹ میں گمنام رپورٹس ابھی چالو نہیں ہیں، اس لیے میں یہاں رپورٹ نہیں لے سکتا۔ آپ پھر بھی رپورٹ کرنے کے اپنے دوسرے راستے دیکھ سکتے ہیں، یا مینو پر واپس جا سکتے ہیں۔

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = آپ اپنا نام بتائے بغیر { $coalition } مہم کے منتظمین کو بتا سکتے ہیں کہ آپ کے ساتھ کیا ہوا۔ رپورٹس سے انہیں یہ دکھانے میں مدد ملتی ہے کہ کام پر جنسی ہراسانی کتنی عام ہے، اور تبدیلی کے لیے دباؤ ڈالنے میں بھی۔
report-intro-kept = کیا رکھا جاتا ہے: اگلے سوالوں کے آپ کے جواب اور انہیں بھیجنے کا دن۔ آپ کا نام نہیں، آپ کا فون نمبر نہیں، آپ کا Telegram اکاؤنٹ نہیں۔
report-intro-who = اسے کون پڑھ سکتا ہے: صرف { $coalition } کے منتظمین۔ رپورٹ ان کی چابیوں (keys) سے لاک (انکرپٹ) کی جاتی ہے۔ اسے اس طرح بنایا گیا ہے کہ جو شخص اس بوٹ کا سرور چلاتا ہے وہ اسے نہ کھول سکے۔ لیکن آپ کے جواب آپ کے فون پر اس چیٹ میں تب تک نظر آتے رہتے ہیں جب تک آپ /exit نہ بھیجیں۔
report-intro-how-long = کب تک: آپ کی رپورٹ زیادہ سے زیادہ { $days ->
        [one] { $days } دن
       *[other] { $days } دن
    } بعد مٹا دی جاتی ہے، یا اس سے پہلے، جب منتظمین اسے وصول کر لیں۔
report-intro-telegram = { $app } یہ چیٹ دیکھ سکتا ہے، جیسے کسی بھی بوٹ کے ساتھ ہر چیٹ۔ صرف اتنا ہی بتائیں جتنا بتانا آپ کو ٹھیک لگے۔
report-intro-stop = کل 10 مختصر سوال ہیں۔ آپ کسی بھی سوال پر رک سکتے ہیں: "رکیں اور میرے جواب بھول جائیں" یا "ابھی نکلیں" دبائیں، یا /exit بھیجیں۔ کچھ بھی بھیجے جانے سے پہلے آپ اپنے سارے جواب دیکھ سکیں گے۔
report-begin = رپورٹ شروع کریں

## On every question.

report-stop = رکیں اور میرے جواب بھول جائیں
report-stopped = روک دیا گیا۔ کچھ نہیں بھیجا گیا، اور بوٹ اب آپ کے جواب نہیں رکھتا۔ وہ اب بھی اس چیٹ میں نظر آتے ہیں: /exit اس چیٹ کے پچھلے 48 گھنٹوں کے پیغامات مٹا دیتا ہے۔

## The questions.

report-q-nation = سوال 1 از 10۔ آپ کا کام کہاں ہے؟
report-q-sector = سوال 2 از 10۔ آپ کا کام کس قسم کا ہے؟
report-more-kinds = کام کی دوسری اقسام…
report-q-sector-more = سوال 2 از 10۔ کام کی مزید اقسام:
report-back-to-list = پہلی فہرست پر واپس
report-q-workplace = سوال 3 از 10۔ آپ کی کام کی جگہ کس قسم کی ہے؟
report-more-places = دوسری جگہیں…
report-q-workplace-more = سوال 3 از 10۔ مزید جگہیں:
report-q-what = سوال 4 از 10۔ کیا ہوا؟ جو کچھ بھی لاگو ہو، اس سب پر نشان لگائیں، پھر "ہو گیا" دبائیں۔ نشان ہٹانے کے لیے اسی آپشن کو دوبارہ دبائیں۔
report-done = ہو گیا
report-pick-one = براہ کرم کم از کم ایک آپشن پر نشان لگائیں، پھر "ہو گیا" دبائیں۔
report-q-who = سوال 5 از 10۔ یہ کس نے کیا؟ جو کچھ بھی لاگو ہو، اس سب پر نشان لگائیں، پھر "ہو گیا" دبائیں۔
report-q-when = سوال 6 از 10۔ یہ کب ہوا؟ اگر یہ ایک سے زیادہ بار ہوا، تو آخری بار کے بارے میں سوچیں۔
report-q-employer = سوال 7 از 10۔ کیا آپ نے اپنے آجر کو بتایا؟
report-q-barriers = سوال 8 از 10۔ کیا کسی بات کی وجہ سے آواز اٹھانا مشکل ہوا؟ جو کچھ بھی لاگو ہو، اس سب پر نشان لگائیں، پھر "ہو گیا" دبائیں۔
report-pick-barriers = براہ کرم کم از کم ایک آپشن پر، یا "مجھے کسی چیز نے نہیں روکا" پر نشان لگائیں، پھر "ہو گیا" دبائیں۔
report-q-account-offer = سوال 9 از 10۔ اگر آپ چاہیں، تو جو ہوا اسے اپنے الفاظ میں بیان کر سکتے ہیں۔ یہ ضروری نہیں ہے۔
report-account-write = اپنے الفاظ میں لکھیں
report-account-skip = یہ سوال چھوڑ دیں
report-q-account = اسے ایک ہی پیغام میں لکھیں، زیادہ سے زیادہ 2000 حروف۔ رکنے کے لیے /exit بھیجیں۔
report-account-warning = نام، اپنے آجر کا نام، یا کوئی بھی ایسی بات نہ لکھیں جس سے آپ کی پہچان ہو سکے، سوائے اس کے کہ آپ خود ایسا کرنا چاہیں۔
report-account-too-long = یہ { $max } حروف سے لمبا ہے۔ براہ کرم اسے چھوٹا کر کے دوبارہ بھیجیں۔
report-q-consent = سوال 10 از 10۔ کیا منتظمین آپ کی رپورٹ کو اپنی مہم میں ثبوت کے طور پر استعمال کر سکتے ہیں، مثلاً حکومت کو دی جانے والی کسی رپورٹ میں؟ وہ ہر وہ بات نکال دیں گے جس سے ان کے خیال میں آپ کی پہچان ہو سکتی ہو۔

## Review and send.

report-review-intro = براہ کرم اپنے جواب چیک کر لیں۔ ابھی کچھ نہیں بھیجا گیا۔
report-review-account = آپ کے الفاظ میں: { $account }
report-review-question = کیا یہ رپورٹ منتظمین کو بھیج دی جائے؟
report-send = بھیج دیں
report-discard = نہ بھیجیں
report-sent =
    شکریہ۔ آپ کی رپورٹ بھیج دی گئی ہے۔
    آپ کی رسید کا کوڈ: { $code }
    اگر آپ کا ارادہ بدل جائے، تو /withdraw { $code } بھیجیں اور آپ کی رپورٹ مٹا دی جائے گی۔ یہ تب تک کام کرتا ہے جب تک منتظمین اسے وصول نہ کر لیں یا اس کا وقت ختم نہ ہو جائے۔ جس کے پاس بھی یہ کوڈ ہو وہ رپورٹ واپس لے سکتا ہے، اس لیے یہ کوڈ کسی کو نہ بتائیں۔
    آپ کے جواب اب بھی اس چیٹ میں نظر آتے ہیں: /exit اس چیٹ کے پچھلے 48 گھنٹوں کے پیغامات مٹا دیتا ہے۔
report-failed = معذرت، ہماری طرف کی ایک خرابی کی وجہ سے آپ کی رپورٹ سیو نہیں ہو سکی۔ کچھ نہیں بھیجا گیا، اور بوٹ اب آپ کے جواب نہیں رکھتا۔ وہ اب بھی اس چیٹ میں نظر آتے ہیں: /exit اس چیٹ کے پچھلے 48 گھنٹوں کے پیغامات مٹا دیتا ہے۔ آپ بعد میں دوبارہ کوشش کر سکتے ہیں۔

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = انگلینڈ
report-opt-nation-wales = ویلز
report-opt-nation-scotland = اسکاٹ لینڈ
report-opt-nation-northern-ireland = شمالی آئرلینڈ

report-opt-sector-hospitality = ہوٹل، ریستوران، بار
report-opt-sector-retail = دکانیں اور ریٹیل
report-opt-sector-care = نگہداشت (کیئر ہوم، گھر پر دیکھ بھال)
report-opt-sector-health = صحت (ہسپتال، کلینک)
report-opt-sector-cleaning = صفائی
report-opt-sector-warehouse-logistics = گودام، ڈیلیوری، لاجسٹکس
report-opt-sector-agriculture = کھیتی باڑی، خوراک کی پیکنگ
report-opt-sector-domestic-work = گھریلو کام (کسی کے گھر میں)
report-opt-sector-education = تعلیم
report-opt-sector-office = دفتر کا کام
report-opt-sector-other = کچھ اور

report-opt-workplace-shop = دکان
report-opt-workplace-restaurant-bar = ریستوران، کیفے یا بار
report-opt-workplace-hotel = رہائشی ہوٹل
report-opt-workplace-care-home = کیئر ہوم
report-opt-workplace-private-home = کسی کا گھر
report-opt-workplace-hospital = ہسپتال یا کلینک
report-opt-workplace-warehouse = گودام
report-opt-workplace-office = دفتر
report-opt-workplace-farm = فارم
report-opt-workplace-school = اسکول، کالج یا نرسری
report-opt-workplace-other = کوئی اور جگہ

report-opt-what-comments-jokes = جنسی تبصرے یا مذاق
report-opt-what-touching = ناپسندیدہ طور پر چھونا
report-opt-what-sexual-assault = جنسی حملہ
report-opt-what-requests-pressure = جنسی تعلق یا ڈیٹ کے لیے دباؤ
report-opt-what-messages-images = جنسی پیغامات یا تصویریں
report-opt-what-treated-worse = انکار یا شکایت کے بعد برا سلوک

report-opt-who-colleague = ساتھی کارکن
report-opt-who-manager = مینیجر یا سپروائزر
report-opt-who-third-party = گاہک، کلائنٹ، مریض یا ملاقاتی
report-opt-who-agency-gangmaster = ایجنسی یا لیبر ٹھیکیدار

report-opt-when-this-month = اس مہینے
report-opt-when-last-month = پچھلے مہینے
report-opt-when-months-2-3 = 2 سے 3 مہینے پہلے
report-opt-when-months-4-6 = 4 سے 6 مہینے پہلے
report-opt-when-longer-ago = اس سے بھی پہلے
report-opt-when-rather-not-say = مجھے یہ نہیں بتانا

report-opt-reported-to-employer-no = نہیں
report-opt-reported-to-employer-yes-nothing-happened = ہاں، اور کچھ نہیں ہوا
report-opt-reported-to-employer-yes-action-taken = ہاں، اور انہوں نے اس پر کچھ کیا
report-opt-reported-to-employer-yes-treated-worse = ہاں، اور بعد میں مجھ سے برا سلوک ہوا
report-opt-reported-to-employer-not-sure = مجھے یقین نہیں

report-opt-barriers-job = نوکری یا شفٹیں کھونے کا ڈر
report-opt-barriers-visa = اپنے ویزا کی فکر
report-opt-barriers-not-believed = یقین نہ کیے جانے کا ڈر
report-opt-barriers-didnt-know = مجھے اپنے راستے معلوم نہیں تھے
report-opt-barriers-other = کچھ اور
report-opt-barriers-none = مجھے کسی چیز نے نہیں روکا

report-opt-consent-evidence-yes = ہاں
report-opt-consent-evidence-no = نہیں

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
    آپ کا کام کہاں ہے: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    کام کی قسم: { $sector ->
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
    کام کی جگہ کی قسم: { $workplace ->
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
    کیا ہوا:{ $what_comments_jokes ->
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
    کس نے کیا:{ $who_colleague ->
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
    کب: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    آجر کو بتایا: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    کس چیز نے مشکل بنایا:{ $barriers_job ->
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
    ثبوت کے طور پر استعمال: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    آپ کی رپورٹ بھیج دی گئی ہے۔ اگر آپ نے نہیں دیکھا، تو آپ کی رسید کا کوڈ یہ ہے: { $code }
    رپورٹ واپس لینے کے لیے /withdraw { $code } بھیجیں۔ یہ کوڈ کسی کو نہ بتائیں۔
