# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = يمكن لهذه الخدمات المساعدة:
signpost-none = لم أجد خدمة لهذا. يُرجى اختيار نوع آخر من المساعدة، أو العودة إلى القائمة.

signpost-entry =
    { $kind ->
        [emergency] الطوارئ: يُرجى الاتصال بالرقم { $phone }
        [police] الشرطة في غير حالات الطوارئ: يُرجى الاتصال بالرقم { $phone }
        [emergency-bsl] { $name }: مكالمات الطوارئ بلغة الإشارة البريطانية، عبر التطبيق أو الموقع
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            الهاتف: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            رسالة نصية: { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            الموقع: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            البريد الإلكتروني: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            أوقات العمل: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            الخدمة مجانية وسرية.
        [free] {""}
            الخدمة مجانية.
        [confidential] {""}
            الخدمة سرية.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            المساعدة متوفرة بأكثر من 200 لغة.
        [interpreters] {""}
            يتوفر مترجمون فوريون.
        [spanish-portuguese] {""}
            المساعدة بالإسبانية والبرتغالية.
        [spanish] {""}
            المساعدة بالإسبانية.
        [portuguese] {""}
            المساعدة بالبرتغالية.
        [multilingual] {""}
            المساعدة بعدة لغات.
        [bsl] {""}
            المساعدة بلغة الإشارة البريطانية (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            للنساء.
        [latin-american-women] {""}
            لنساء أمريكا اللاتينية.
        [black-minoritised-women] {""}
            للنساء السود ونساء الأقليات.
        [lgbt] {""}
            لأفراد LGBT+.
        [domestic-workers] {""}
            للعمالة المنزلية المهاجرة.
        [age-16-plus] {""}
            لأي شخص عمره 16 سنة أو أكثر.
        [deaf-bsl] {""}
            للصم الذين يستخدمون لغة الإشارة البريطانية.
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            لا يشاركون بياناتك إلا إذا وافقت، ما لم يكن شخص ما في خطر مباشر أو كان طفل معرّضًا للخطر.
        [legally-privileged] {""}
            استشارتهم محمية بالسرية القانونية (legally privileged).
        [immigration-advice] {""}
            يقدمون استشارات هجرة مرخّصة.
        [legal-representation] {""}
            أحيانًا يمكنهم تمثيلك.
        [union-membership] {""}
            يمكن لأي شخص الانضمام إلى نقابة. بعض النقابات لا تمثل إلا الأشخاص الذين هم أعضاء فيها من قبل.
        [find-immigration-adviser] {""}
            الجهة الرسمية التي تنظّم مستشاري الهجرة. استخدم أداة البحث عن المستشارين على موقعها لإيجاد مستشار مرخّص.
        [early-conciliation-ni] {""}
            المصالحة المبكرة (early conciliation) في أيرلندا الشمالية.
        [hseni-councils] {""}
            الجهة المسؤولة عن الصحة والسلامة في العمل في أيرلندا الشمالية. المتاجر والمكاتب والفنادق والمطاعم والحانات وأماكن الترفيه ودور الرعاية يتولاها المجلس المحلي (council) بدلاً منها.
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                لم نتمكن من التأكد من جميع بياناتهم. يُرجى التحقق منها عند التواصل معهم.
           *[other] {""}
                يُرجى التحقق من التفاصيل الحالية على موقعهم.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            يغطي: إنجلترا.
        [wales] {""}
            يغطي: ويلز.
        [scotland] {""}
            يغطي: اسكتلندا.
        [northern-ireland] {""}
            يغطي: أيرلندا الشمالية.
        [england-wales] {""}
            يغطي: إنجلترا وويلز.
        [england-wales-scotland] {""}
            يغطي: إنجلترا وويلز واسكتلندا.
        [scotland-northern-ireland] {""}
            يغطي: اسكتلندا وأيرلندا الشمالية.
       *[none] {""}
    }
