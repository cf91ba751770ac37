# status: reviewed
# The anonymous report (flows/report.yaml).
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = Anonymous reports are not switched on in this bot at the moment, so I cannot take a report here. You can still look at your other options for reporting, or go back to the menu.

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = You can tell the organisers of the { $coalition } campaign what happened to you, without giving your name. Reports help them show how common sexual harassment at work is, and push for change.
report-intro-kept = What is kept: your answers to the next questions and the day you send them. Not your name, not your phone number, not your Telegram account.
report-intro-who = Who can read it: only the organisers of { $coalition }. The report is locked (encrypted) with their keys. It is designed so that the person who runs this bot's server cannot open it. But your answers stay visible in this chat on your phone until you send /exit.
report-intro-how-long = How long: your report is deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    } at the latest, or sooner when the organisers collect it.
report-intro-telegram = { $app } can see this chat, as with every chat with a bot. Only share what you are comfortable with.
report-intro-stop = There are 10 short questions. You can stop at any question: press "Stop and forget my answers" or "Leave now", or send /exit. You will see all your answers before anything is sent.
report-begin = Start the report

## On every question.

report-stop = Stop and forget my answers
report-stopped = Stopped. Nothing was sent, and the bot no longer keeps your answers. They are still visible in this chat: /exit removes the messages of this chat from the last 48 hours.

## The questions.

report-q-nation = 1 of 10. Where do you work?
report-q-sector = 2 of 10. What kind of work do you do?
report-more-kinds = Other kinds of work…
report-q-sector-more = 2 of 10. More kinds of work:
report-back-to-list = Back to the first list
report-q-workplace = 3 of 10. What kind of place do you work in?
report-more-places = Other places…
report-q-workplace-more = 3 of 10. More places:
report-q-what = 4 of 10. What happened? Tick everything that applies, then press "Done". Press an option again to untick it.
report-done = Done
report-pick-one = Please tick at least one option, then press "Done".
report-q-who = 5 of 10. Who did it? Tick everything that applies, then press "Done".
report-q-when = 6 of 10. When did it happen? If it happened more than once, think of the last time.
report-q-employer = 7 of 10. Did you tell your employer?
report-q-barriers = 8 of 10. Did anything make it harder to speak up? Tick everything that applies, then press "Done".
report-pick-barriers = Please tick at least one option, or "Nothing held me back", then press "Done".
report-q-account-offer = 9 of 10. If you want, you can describe what happened in your own words. You do not have to.
report-account-write = Write in my own words
report-account-skip = Skip this question
report-q-account = Type it in one message, up to 2000 characters. To stop, send /exit.
report-account-warning = Don't include names, your employer's name, or anything that could identify you unless you choose to.
report-account-too-long = That is longer than { $max } characters. Please shorten it and send it again.
report-q-consent = 10 of 10. May the organisers use your report as evidence in their campaign, for example in a report to the government? They would leave out anything they think could identify you.

## Review and send.

report-review-intro = Please check your answers. Nothing has been sent yet.
report-review-account = In your own words: { $account }
report-review-question = Send this report to the organisers?
report-send = Send it
report-discard = Don't send it
report-sent =
    Thank you. Your report has been sent.
    Your receipt code: { $code }
    If you change your mind, send /withdraw { $code } and your report is deleted. This works until the organisers collect it or its time is up. Anyone with the code can withdraw the report, so keep it private.
    Your answers are still visible in this chat: /exit removes the messages of this chat from the last 48 hours.
report-failed = Sorry, your report could not be saved because of a problem on our side. Nothing was sent, and the bot no longer keeps your answers. They are still visible in this chat: /exit removes the messages of this chat from the last 48 hours. You can try again later.

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = England
report-opt-nation-wales = Wales
report-opt-nation-scotland = Scotland
report-opt-nation-northern-ireland = Northern Ireland

report-opt-sector-hospitality = Hotels, restaurants, bars
report-opt-sector-retail = Shops and retail
report-opt-sector-care = Care (care homes, home care)
report-opt-sector-health = Health (hospital, clinic)
report-opt-sector-cleaning = Cleaning
report-opt-sector-warehouse-logistics = Warehouse, delivery, logistics
report-opt-sector-agriculture = Farming, food packing
report-opt-sector-domestic-work = Domestic work (in someone's home)
report-opt-sector-education = Education
report-opt-sector-office = Office work
report-opt-sector-other = Something else

report-opt-workplace-shop = A shop
report-opt-workplace-restaurant-bar = A restaurant, café or bar
report-opt-workplace-hotel = A hotel
report-opt-workplace-care-home = A care home
report-opt-workplace-private-home = Someone's home
report-opt-workplace-hospital = A hospital or clinic
report-opt-workplace-warehouse = A warehouse
report-opt-workplace-office = An office
report-opt-workplace-farm = A farm
report-opt-workplace-school = A school, college or nursery
report-opt-workplace-other = Somewhere else

report-opt-what-comments-jokes = Sexual comments or jokes
report-opt-what-touching = Unwanted touching
report-opt-what-sexual-assault = Sexual assault
report-opt-what-requests-pressure = Pressure for sex or dates
report-opt-what-messages-images = Sexual messages or images
report-opt-what-treated-worse = Treated worse after saying no or complaining

report-opt-who-colleague = A co-worker
report-opt-who-manager = A manager or supervisor
report-opt-who-third-party = A customer, client, patient or visitor
report-opt-who-agency-gangmaster = An agency or gangmaster

report-opt-when-this-month = This month
report-opt-when-last-month = Last month
report-opt-when-months-2-3 = 2 to 3 months ago
report-opt-when-months-4-6 = 4 to 6 months ago
report-opt-when-longer-ago = Longer ago
report-opt-when-rather-not-say = I'd rather not say

report-opt-reported-to-employer-no = No
report-opt-reported-to-employer-yes-nothing-happened = Yes, and nothing happened
report-opt-reported-to-employer-yes-action-taken = Yes, and they did something about it
report-opt-reported-to-employer-yes-treated-worse = Yes, and I was treated worse after
report-opt-reported-to-employer-not-sure = I'm not sure

report-opt-barriers-job = Fear of losing my job or shifts
report-opt-barriers-visa = Worry about my visa
report-opt-barriers-not-believed = Fear of not being believed
report-opt-barriers-didnt-know = I didn't know what I could do
report-opt-barriers-other = Something else
report-opt-barriers-none = Nothing held me back

report-opt-consent-evidence-yes = Yes
report-opt-consent-evidence-no = No

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
    Where you work: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Kind of work: { $sector ->
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
    Workplace: { $workplace ->
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
    What happened:{ $what_comments_jokes ->
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
    Who did it:{ $who_colleague ->
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
    When: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    Told your employer: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    What made it harder:{ $barriers_job ->
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
    Use as evidence: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    Your report was sent. In case you did not see it, your receipt code is: { $code }
    To withdraw the report, send /withdraw { $code }. Keep the code private.
