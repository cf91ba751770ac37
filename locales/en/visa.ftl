# status: reviewed
# Translators: visa names ({ $name }, { $skilled }, { $care }) and organisation names
# ({ $homeoffice }, { $ukvi }, { $kalayaan }, { $nrm }, { $wrc }, { $oisc }), numbers
# ({ $phone }) and websites ({ $web }) are official: keep them exactly as they are.

visa-intro = Your visa can change what reporting could mean for you.
visa-not-advice = This is general information, not immigration advice.
visa-question = Which visa do you have?
visa-choice-sponsored = { $skilled } or { $care } visa
visa-choice-named = { $name } visa
visa-choice-other = Another visa, or I am not sure

visa-sponsor-reports = Your sponsor must tell the { $homeoffice } within about 10 working days if your job ends.
visa-sponsor-absence = They must also report it if you are absent without permission for more than 10 working days in a row.
visa-curtail = If your job ends, your visa is not cancelled automatically.
visa-curtail-60 = Your permission to stay is usually cut to 60 days, or less if it would end sooner. The 60 days count from when you are given the decision.
visa-authorised = Keep any time off authorised, for example with a fit note from a doctor. Keep your contact details with { $ukvi } up to date.
visa-licence = Reporting your sponsor can lead to them losing their sponsor licence. That can put your own visa at risk. Get immigration advice first.

visa-seasonal-what = The { $name } visa is for work in horticulture, for up to 6 months in any 12 months.
visa-seasonal-operator = Only licensed scheme operators can sponsor seasonal workers.

visa-odw-what = The { $name } visa lasts 6 months and cannot be renewed.
visa-odw-change = You are allowed to change employer.
visa-odw-slavery = If you are confirmed as a victim of modern slavery, you can apply to stay for up to 2 years. You must apply within 28 days of that decision.
visa-odw-kalayaan = { $kalayaan } supports migrant domestic workers, for free: { $phone }. Check current details on their website. It gives regulated immigration advice.
visa-odw-nrm = { $kalayaan } can refer you to the { $nrm }, which gives access to support for victims of modern slavery. Adults must agree to be referred.

visa-student = We do not have specific information about student visas here.
visa-other = Each visa has its own rules, so it is important to get advice about yours.
visa-no-permission = If you do not have permission to work, talk to a specialist before you do anything else.
visa-wrc = The { $wrc } gives advice to migrant workers: { $web }. Check current details on their website.

visa-controlled = If someone holds your passport or documents, or controls your pay or where you live, this may be exploitation.
visa-helpline = Call the { $name }: { $phone }. It is free, confidential and open 24 hours a day, 7 days a week. Help is available in more than 200 languages.
visa-helpline-consent = The helpline shares your details only if you agree. The exceptions: someone is in immediate danger, or a child is at risk.
visa-controlled-danger = If you are in danger now, call { $phone }.
visa-controlled-domestic = If you are a domestic worker, { $kalayaan } can also help: { $phone }. Check current details on their website.

visa-advice-what = A regulated immigration adviser can advise you. You can find one through the { $oisc }. Law centres can also give advice.
visa-advice-before = Talk to one before you report to the police or a regulator.

visa-see-controlled = Someone controls my passport, pay or housing
visa-see-advice = Who can give me immigration advice?
visa-another = Choose another visa
