# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = এই সেবাগুলো সাহায্য করতে পারে:
signpost-none = এর জন্য আমি কোনো সেবা খুঁজে পাইনি। দয়া করে অন্য ধরনের সাহায্য বেছে নিন, বা মেনুতে ফিরে যান।

signpost-entry =
    { $kind ->
        [emergency] জরুরি অবস্থা: { $phone } নম্বরে ফোন করুন
        [police] পুলিশ, যখন জরুরি অবস্থা নয়: { $phone } নম্বরে ফোন করুন
        [emergency-bsl] { $name }: ব্রিটিশ সাইন ল্যাঙ্গুয়েজে জরুরি কল, অ্যাপ বা ওয়েবসাইটের মাধ্যমে
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            ফোন: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            SMS (টেক্সট মেসেজ): { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            ওয়েবসাইট: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            ইমেইল: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            খোলা থাকে: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            বিনামূল্যে ও গোপনীয়।
        [free] {""}
            বিনামূল্যে।
        [confidential] {""}
            গোপনীয়।
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            ২০০টিরও বেশি ভাষায় সাহায্য।
        [interpreters] {""}
            দোভাষী পাওয়া যায়।
        [spanish-portuguese] {""}
            স্প্যানিশ ও পর্তুগিজ ভাষায় সাহায্য।
        [spanish] {""}
            স্প্যানিশ ভাষায় সাহায্য।
        [portuguese] {""}
            পর্তুগিজ ভাষায় সাহায্য।
        [multilingual] {""}
            কয়েকটি ভাষায় সাহায্য।
        [bsl] {""}
            ব্রিটিশ সাংকেতিক ভাষায় (BSL) সাহায্য।
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            নারীদের জন্য।
        [latin-american-women] {""}
            লাতিন আমেরিকান নারীদের জন্য।
        [black-minoritised-women] {""}
            কৃষ্ণাঙ্গ (Black) ও সংখ্যালঘু নারীদের জন্য।
        [lgbt] {""}
            LGBT+ মানুষদের জন্য।
        [domestic-workers] {""}
            প্রবাসী গৃহকর্মীদের জন্য।
        [age-16-plus] {""}
            ১৬ বছর বা তার বেশি বয়সী যে কারও জন্য।
        [deaf-bsl] {""}
            যারা কানে শোনেন না এবং ব্রিটিশ সাইন ল্যাঙ্গুয়েজ ব্যবহার করেন, তাদের জন্য।
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            আপনি রাজি হলে তবেই তারা আপনার তথ্য শেয়ার করে, যদি না কেউ তাৎক্ষণিক বিপদে থাকেন বা কোনো শিশু ঝুঁকিতে থাকে।
        [legally-privileged] {""}
            তাদের পরামর্শ আইনগতভাবে গোপনীয় (legally privileged)।
        [immigration-advice] {""}
            তারা অনুমোদিত (regulated) ইমিগ্রেশন পরামর্শ দেয়।
        [legal-representation] {""}
            কখনো কখনো তারা আপনার প্রতিনিধিত্ব করতে পারে।
        [union-membership] {""}
            যে কেউ ইউনিয়নে যোগ দিতে পারেন। কিছু ইউনিয়ন শুধু তাদেরই প্রতিনিধিত্ব করে, যারা আগে থেকেই সদস্য।
        [find-immigration-adviser] {""}
            ইমিগ্রেশন উপদেষ্টাদের সরকারি নিয়ন্ত্রক সংস্থা। অনুমোদিত (regulated) উপদেষ্টা খুঁজতে ওয়েবসাইটে তাদের adviser finder ব্যবহার করুন।
        [early-conciliation-ni] {""}
            উত্তর আয়ারল্যান্ডে প্রাথমিক সমঝোতা (early conciliation)।
        [hseni-councils] {""}
            উত্তর আয়ারল্যান্ডে কাজের স্বাস্থ্য ও নিরাপত্তার সংস্থা। দোকান, অফিস, হোটেল, রেস্তোরাঁ, পাব, বিনোদনকেন্দ্র ও কেয়ার হোমের দায়িত্ব স্থানীয় কাউন্সিলের (council)।
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                তাদের সব তথ্য আমরা নিশ্চিত করতে পারিনি। যোগাযোগের সময় তথ্যগুলো যাচাই করে নিন।
           *[other] {""}
                তাদের ওয়েবসাইটে সর্বশেষ তথ্য দেখে নিন।
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            এলাকা: ইংল্যান্ড।
        [wales] {""}
            এলাকা: ওয়েলস।
        [scotland] {""}
            এলাকা: স্কটল্যান্ড।
        [northern-ireland] {""}
            এলাকা: উত্তর আয়ারল্যান্ড।
        [england-wales] {""}
            এলাকা: ইংল্যান্ড ও ওয়েলস।
        [england-wales-scotland] {""}
            এলাকা: ইংল্যান্ড, ওয়েলস ও স্কটল্যান্ড।
        [scotland-northern-ireland] {""}
            এলাকা: স্কটল্যান্ড ও উত্তর আয়ারল্যান্ড।
       *[none] {""}
    }
