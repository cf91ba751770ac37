# status: reviewed
# Translators: { $acas }, { $lra }, { $ecni }, { $phone } and { $web } are names,
# numbers and websites: keep them exactly as they are.

time-gb-limit = If you might want to make a claim, act early. Start { $acas } early conciliation within 3 months less one day of the last incident.
time-gb-series = If it happened more than once, the time usually counts from the last incident.
time-gb-late = If more than 3 months have passed, still contact { $acas } or an adviser today. A late claim is sometimes allowed, and the limit may have changed.
time-gb-changing = A longer time limit (6 months) was due from October 2026; we could not confirm this has started. Until you know, count 3 months less one day, and check with { $acas }.

time-ec-what = Before most tribunal claims, you must contact { $acas } first. This is called early conciliation.
time-ec-clock = Early conciliation pauses the time limit while it runs. It can last up to 12 weeks.
time-ec-after = If it does not settle, you get a certificate. After that you normally have at least one month to make your claim.
time-ec-employer = { $acas } contacts your employer. So your employer will learn that there is a complaint.
time-ec-sponsor = If your employer sponsors your visa, this means your sponsor will know. Get immigration advice first.
time-acas-phone = { $acas } helpline: { $phone }. It is free and confidential, with interpreters.

time-record = Keep a private record: dates, times, what was said or done, and who saw it. Keep messages and screenshots that were sent to you.
time-record-work = Do not forward work emails or copy work files: that can get you into trouble at work. Write down their dates and subjects instead.
time-record-where = Keep your notes where your employer cannot reach them: not on a work phone, work computer or work email. If you live where you work, for example as a live-in domestic worker, keep them somewhere your employer cannot see, or with someone you trust.

time-public = Tribunal decisions are usually published online.
time-anonymity = You can ask the tribunal to keep your name private. It is not automatic, so ask early.

time-ni-tribunal = In Northern Ireland, claims go to an industrial tribunal. Count the time limit as 3 months less one day from the last incident. Changes in Great Britain do not automatically apply in Northern Ireland.
time-ni-lra = First, contact the { $lra } for early conciliation: { $web }. This pauses the time limit for up to one month and 14 days.
time-ni-early = Do not leave it late. If more than 3 months have passed, still contact the { $lra } or an adviser today. A late claim is sometimes allowed.
time-ni-ecni = The { $ecni } can advise you: { $phone }. It is free and confidential, with interpreters, and sometimes it can represent you.

time-see-ec = How does early conciliation work?
time-see-record = What should I keep?
time-see-public = Will my name be public?
time-back-to-limits = Back to time limits
