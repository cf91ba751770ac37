# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = یہ ادارے مدد کر سکتے ہیں:
signpost-none = مجھے اس کے لیے کوئی ادارہ نہیں ملا۔ براہ کرم کسی اور قسم کی مدد چنیں، یا مینو پر واپس جائیں۔

signpost-entry =
    { $kind ->
        [emergency] ایمرجنسی: { $phone } پر کال کریں
        [police] پولیس، جب ایمرجنسی نہ ہو: { $phone } پر کال کریں
        [emergency-bsl] { $name }: اشاروں کی برطانوی زبان میں ایمرجنسی کالز، ایپ یا ویب سائٹ کے ذریعے
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            فون: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            ٹیکسٹ میسج: { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            ویب سائٹ: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            ای میل: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            اوقات: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            مفت اور رازدارانہ۔
        [free] {""}
            مفت۔
        [confidential] {""}
            رازدارانہ۔
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            200 سے زیادہ زبانوں میں مدد۔
        [interpreters] {""}
            ترجمان دستیاب ہیں۔
        [spanish-portuguese] {""}
            ہسپانوی اور پرتگالی میں مدد۔
        [spanish] {""}
            ہسپانوی میں مدد۔
        [portuguese] {""}
            پرتگالی میں مدد۔
        [multilingual] {""}
            کئی زبانوں میں مدد۔
        [bsl] {""}
            برطانوی اشاروں کی زبان (BSL) میں مدد۔
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            خواتین کے لیے۔
        [latin-american-women] {""}
            لاطینی امریکی خواتین کے لیے۔
        [black-minoritised-women] {""}
            سیاہ فام اور اقلیتی خواتین کے لیے۔
        [lgbt] {""}
            LGBT+ لوگوں کے لیے۔
        [domestic-workers] {""}
            تارکین وطن گھریلو ملازمین کے لیے۔
        [age-16-plus] {""}
            16 سال یا اس سے زیادہ عمر کے ہر شخص کے لیے۔
        [deaf-bsl] {""}
            سماعت سے محروم ان لوگوں کے لیے جو اشاروں کی برطانوی زبان استعمال کرتے ہیں۔
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            وہ آپ کی تفصیلات صرف آپ کی رضامندی سے شیئر کرتے ہیں، سوائے اس کے کہ کوئی فوری خطرے میں ہو یا کسی بچے کو خطرہ ہو۔
        [legally-privileged] {""}
            ان کا مشورہ قانونی طور پر رازدارانہ (legally privileged) ہے۔
        [immigration-advice] {""}
            وہ منظور شدہ امیگریشن مشورہ دیتے ہیں۔
        [legal-representation] {""}
            کبھی کبھی وہ آپ کی نمائندگی کر سکتے ہیں۔
        [union-membership] {""}
            کوئی بھی یونین میں شامل ہو سکتا ہے۔ کچھ یونینز صرف ان لوگوں کی نمائندگی کرتی ہیں جو پہلے سے ممبر ہیں۔
        [find-immigration-adviser] {""}
            امیگریشن مشیروں کو ریگولیٹ کرنے والا سرکاری ادارہ۔ مستند (regulated) مشیر تلاش کرنے کے لیے ویب سائٹ پر اس کا adviser finder استعمال کریں۔
        [early-conciliation-ni] {""}
            شمالی آئرلینڈ میں ابتدائی مصالحت (early conciliation)۔
        [hseni-councils] {""}
            شمالی آئرلینڈ میں کام کی جگہ پر صحت اور حفاظت کا ادارہ۔ دکانیں، دفاتر، ہوٹل، ریستوران، پب، تفریحی مقامات اور کیئر ہوم مقامی کونسل (council) دیکھتی ہے۔
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                ہم ان کی تمام تفصیلات کی تصدیق نہیں کر سکے۔ رابطہ کرتے وقت انہیں چیک کر لیں۔
           *[other] {""}
                ان کی ویب سائٹ پر تازہ تفصیلات دیکھ لیں۔
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            علاقہ: انگلینڈ۔
        [wales] {""}
            علاقہ: ویلز۔
        [scotland] {""}
            علاقہ: اسکاٹ لینڈ۔
        [northern-ireland] {""}
            علاقہ: شمالی آئرلینڈ۔
        [england-wales] {""}
            علاقہ: انگلینڈ اور ویلز۔
        [england-wales-scotland] {""}
            علاقہ: انگلینڈ، ویلز اور اسکاٹ لینڈ۔
        [scotland-northern-ireland] {""}
            علاقہ: اسکاٹ لینڈ اور شمالی آئرلینڈ۔
       *[none] {""}
    }
