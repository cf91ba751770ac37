# status: draft
# নাম ছাড়া রিপোর্ট (flows/report.yaml)।
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = এই বটে এখন নাম ছাড়া রিপোর্ট চালু নেই, তাই আমি এখানে রিপোর্ট নিতে পারছি না। তবু আপনি অভিযোগ জানানোর অন্য উপায়গুলো দেখতে পারেন, অথবা মেনুতে ফিরে যেতে পারেন।

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = নিজের নাম না জানিয়েই আপনি { $coalition } প্রচারাভিযানের আয়োজকদের জানাতে পারেন, আপনার সঙ্গে কী ঘটেছে। কাজের জায়গায় যৌন হয়রানি কতটা সাধারণ, তা দেখাতে এবং পরিবর্তনের জন্য চাপ দিতে রিপোর্টগুলো আয়োজকদের সাহায্য করে।
report-intro-kept = কী রাখা হয়: পরের প্রশ্নগুলোতে আপনার উত্তর, আর যেদিন আপনি সেগুলো পাঠান সেই দিনটি। আপনার নাম নয়, আপনার ফোন নম্বর নয়, আপনার Telegram অ্যাকাউন্ট নয়।
report-intro-who = কে পড়তে পারে: শুধু { $coalition }-এর আয়োজকরা। রিপোর্টটি তাদের চাবি (keys) দিয়ে তালাবদ্ধ (এনক্রিপ্ট) করা হয়। এমনভাবে তৈরি করা হয়েছে যাতে এই বটের সার্ভার যিনি চালান, তিনি এটি খুলতে না পারেন। তবে আপনি /exit না পাঠানো পর্যন্ত আপনার উত্তরগুলো আপনার ফোনে এই চ্যাটে দেখা যায়।
report-intro-how-long = কত দিন: আপনার রিপোর্ট সর্বোচ্চ { $days ->
        [one] { $days } দিন
       *[other] { $days } দিন
    } পরে মুছে ফেলা হয়, অথবা আয়োজকরা সেটি সংগ্রহ করলে তার আগেই।
report-intro-telegram = বটের সঙ্গে প্রতিটি চ্যাটের মতোই, { $app } এই চ্যাটটি দেখতে পারে। যতটুকু বলতে আপনি স্বচ্ছন্দ, শুধু ততটুকুই বলুন।
report-intro-stop = মোট ১০টি ছোট প্রশ্ন আছে। যেকোনো প্রশ্নে আপনি থামতে পারেন: "থামুন ও আমার উত্তর ভুলে যান" বা "এখনই বের হন" চাপুন, অথবা /exit পাঠান। কিছু পাঠানোর আগে আপনি আপনার সব উত্তর দেখতে পাবেন।
report-begin = রিপোর্ট শুরু করুন

## On every question.

report-stop = থামুন ও আমার উত্তর ভুলে যান
report-stopped = থামানো হয়েছে। কিছুই পাঠানো হয়নি, এবং বট আর আপনার উত্তরগুলো রাখে না। সেগুলো এখনও এই চ্যাটে দেখা যাচ্ছে: /exit এই চ্যাটের গত 48 ঘণ্টার মেসেজগুলো মুছে ফেলে।

## The questions.

report-q-nation = প্রশ্ন ১/১০: আপনি কোথায় কাজ করেন?
report-q-sector = প্রশ্ন ২/১০: আপনি কী ধরনের কাজ করেন?
report-more-kinds = অন্য ধরনের কাজ…
report-q-sector-more = প্রশ্ন ২/১০: আরও ধরনের কাজ:
report-back-to-list = প্রথম তালিকায় ফিরে যান
report-q-workplace = প্রশ্ন ৩/১০: আপনি কী ধরনের জায়গায় কাজ করেন?
report-more-places = অন্য জায়গা…
report-q-workplace-more = প্রশ্ন ৩/১০: আরও জায়গা:
report-q-what = প্রশ্ন ৪/১০: কী ঘটেছে? যা যা প্রযোজ্য, সবগুলোতে টিক দিন, তারপর "হয়ে গেছে" চাপুন। টিক তুলে নিতে একই বিকল্পে আবার চাপুন।
report-done = হয়ে গেছে
report-pick-one = দয়া করে অন্তত একটি বিকল্পে টিক দিন, তারপর "হয়ে গেছে" চাপুন।
report-q-who = প্রশ্ন ৫/১০: এটা কে করেছে? যা যা প্রযোজ্য, সবগুলোতে টিক দিন, তারপর "হয়ে গেছে" চাপুন।
report-q-when = প্রশ্ন ৬/১০: এটা কখন ঘটেছে? একাধিকবার ঘটে থাকলে, শেষবারের কথা ভাবুন।
report-q-employer = প্রশ্ন ৭/১০: আপনি কি আপনার নিয়োগকর্তাকে জানিয়েছিলেন?
report-q-barriers = প্রশ্ন ৮/১০: কোনো কিছু কি আপনার পক্ষে মুখ খোলা আরও কঠিন করে তুলেছিল? যা যা প্রযোজ্য, সবগুলোতে টিক দিন, তারপর "হয়ে গেছে" চাপুন।
report-pick-barriers = দয়া করে অন্তত একটি বিকল্পে, অথবা "কোনো কিছুই আমাকে আটকায়নি"-তে টিক দিন, তারপর "হয়ে গেছে" চাপুন।
report-q-account-offer = প্রশ্ন ৯/১০: আপনি চাইলে, কী ঘটেছে তা নিজের ভাষায় লিখতে পারেন। লিখতেই হবে, এমন নয়।
report-account-write = নিজের ভাষায় লিখুন
report-account-skip = এই প্রশ্নটি বাদ দিন
report-q-account = একটি মেসেজেই লিখুন, সর্বোচ্চ ২০০০ অক্ষর। থামতে /exit পাঠান।
report-account-warning = নাম, আপনার নিয়োগকর্তার নাম, বা এমন কিছু লিখবেন না যা থেকে আপনাকে চেনা যেতে পারে, যদি না আপনি নিজে তা লেখা বেছে নেন।
report-account-too-long = এটি { $max } অক্ষরের চেয়ে লম্বা। দয়া করে ছোট করে আবার পাঠান।
report-q-consent = প্রশ্ন ১০/১০: আয়োজকরা কি আপনার রিপোর্টটি তাদের প্রচারাভিযানে প্রমাণ হিসেবে ব্যবহার করতে পারেন, যেমন সরকারের কাছে দেওয়া কোনো রিপোর্টে? তাদের মতে যা দিয়ে আপনাকে চেনা যেতে পারে, তা তারা বাদ দিতেন।

## Review and send.

report-review-intro = দয়া করে আপনার উত্তরগুলো দেখে নিন। এখনও কিছুই পাঠানো হয়নি।
report-review-account = আপনার নিজের ভাষায়: { $account }
report-review-question = এই রিপোর্টটি আয়োজকদের কাছে পাঠাবেন?
report-send = পাঠান
report-discard = পাঠাবেন না
report-sent =
    ধন্যবাদ। আপনার রিপোর্ট পাঠানো হয়েছে।
    আপনার রসিদ কোড (receipt code): { $code }
    মত বদলালে /withdraw { $code } পাঠান, তাহলে আপনার রিপোর্ট মুছে ফেলা হবে। আয়োজকরা রিপোর্টটি সংগ্রহ না করা পর্যন্ত, বা তার মেয়াদ শেষ না হওয়া পর্যন্ত এটি কাজ করে। কোডটি যার কাছে থাকবে, সে-ই রিপোর্টটি ফিরিয়ে নিতে পারবে, তাই কোডটি গোপন রাখুন।
    আপনার উত্তরগুলো এখনও এই চ্যাটে দেখা যাচ্ছে: /exit এই চ্যাটের গত 48 ঘণ্টার মেসেজগুলো মুছে ফেলে।
report-failed = দুঃখিত, আমাদের দিকের একটি সমস্যার কারণে আপনার রিপোর্ট সেভ করা যায়নি। কিছুই পাঠানো হয়নি, এবং বট আর আপনার উত্তরগুলো রাখে না। সেগুলো এখনও এই চ্যাটে দেখা যাচ্ছে: /exit এই চ্যাটের গত 48 ঘণ্টার মেসেজগুলো মুছে ফেলে। পরে আবার চেষ্টা করতে পারেন।

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = ইংল্যান্ড
report-opt-nation-wales = ওয়েলস
report-opt-nation-scotland = স্কটল্যান্ড
report-opt-nation-northern-ireland = উত্তর আয়ারল্যান্ড

report-opt-sector-hospitality = হোটেল, রেস্তোরাঁ, বার
report-opt-sector-retail = দোকান ও খুচরা বিক্রি
report-opt-sector-care = সেবাযত্ন (কেয়ার হোম, বাড়িতে সেবা)
report-opt-sector-health = স্বাস্থ্য (হাসপাতাল, ক্লিনিক)
report-opt-sector-cleaning = পরিষ্কার-পরিচ্ছন্নতা
report-opt-sector-warehouse-logistics = গুদাম, ডেলিভারি, লজিস্টিকস
report-opt-sector-agriculture = কৃষিকাজ, খাবার প্যাকিং
report-opt-sector-domestic-work = গৃহকর্ম (কারও বাড়িতে)
report-opt-sector-education = শিক্ষা
report-opt-sector-office = অফিসের কাজ
report-opt-sector-other = অন্য কিছু

report-opt-workplace-shop = দোকান
report-opt-workplace-restaurant-bar = রেস্তোরাঁ, ক্যাফে বা বার
report-opt-workplace-hotel = হোটেল
report-opt-workplace-care-home = কেয়ার হোম
report-opt-workplace-private-home = কারও বাড়ি
report-opt-workplace-hospital = হাসপাতাল বা ক্লিনিক
report-opt-workplace-warehouse = গুদাম
report-opt-workplace-office = অফিস
report-opt-workplace-farm = খামার (ফার্ম)
report-opt-workplace-school = স্কুল, কলেজ বা নার্সারি
report-opt-workplace-other = অন্য কোথাও

report-opt-what-comments-jokes = যৌন মন্তব্য বা ঠাট্টা
report-opt-what-touching = অনাকাঙ্ক্ষিত ছোঁয়া
report-opt-what-sexual-assault = যৌন হামলা
report-opt-what-requests-pressure = সেক্স বা ডেটের জন্য চাপ
report-opt-what-messages-images = যৌন মেসেজ বা ছবি
report-opt-what-treated-worse = "না" বলা বা অভিযোগের পরে আগের চেয়ে খারাপ আচরণ

report-opt-who-colleague = সহকর্মী
report-opt-who-manager = ম্যানেজার বা সুপারভাইজার
report-opt-who-third-party = কাস্টমার, ক্লায়েন্ট, রোগী বা দর্শনার্থী
report-opt-who-agency-gangmaster = এজেন্সি বা গ্যাংমাস্টার (ঠিকাদার)

report-opt-when-this-month = এই মাসে
report-opt-when-last-month = গত মাসে
report-opt-when-months-2-3 = ২ থেকে ৩ মাস আগে
report-opt-when-months-4-6 = ৪ থেকে ৬ মাস আগে
report-opt-when-longer-ago = তারও আগে
report-opt-when-rather-not-say = আমি বলতে চাই না

report-opt-reported-to-employer-no = না
report-opt-reported-to-employer-yes-nothing-happened = হ্যাঁ, কিন্তু কিছুই হয়নি
report-opt-reported-to-employer-yes-action-taken = হ্যাঁ, আর তারা এ নিয়ে কিছু করেছে
report-opt-reported-to-employer-yes-treated-worse = হ্যাঁ, পরে আমার সঙ্গে আগের চেয়ে খারাপ আচরণ হয়েছে
report-opt-reported-to-employer-not-sure = আমি নিশ্চিত নই

report-opt-barriers-job = চাকরি বা শিফট হারানোর ভয়
report-opt-barriers-visa = আমার ভিসা নিয়ে দুশ্চিন্তা
report-opt-barriers-not-believed = কেউ বিশ্বাস করবে না, এই ভয়
report-opt-barriers-didnt-know = আমি জানতাম না আমি কী করতে পারি
report-opt-barriers-other = অন্য কিছু
report-opt-barriers-none = কোনো কিছুই আমাকে আটকায়নি

report-opt-consent-evidence-yes = হ্যাঁ
report-opt-consent-evidence-no = না

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
    কোথায় কাজ করেন: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    কাজের ধরন: { $sector ->
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
    কাজের জায়গা: { $workplace ->
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
    কী ঘটেছে:{ $what_comments_jokes ->
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
    কে করেছে:{ $who_colleague ->
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
    কখন: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    নিয়োগকর্তাকে জানিয়েছেন: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    যা কঠিন করেছে:{ $barriers_job ->
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
    প্রমাণ হিসেবে ব্যবহার: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    আপনার রিপোর্ট পাঠানো হয়েছে। যদি আপনি না দেখে থাকেন, আপনার রসিদ কোড (receipt code): { $code }
    রিপোর্টটি ফিরিয়ে নিতে /withdraw { $code } পাঠান। কোডটি গোপন রাখুন।
