# status: reviewed
# Translators: { $acas }, { $hse }, { $lra }, { $protect }, { $tuc }, { $oisc },
# { $riddor }, { $homeoffice }, { $phone }, { $emergency } and { $web } are names,
# numbers and websites: keep them exactly as they are.
# Never translate any route as "safe": describe what it shares, as the English does.

routes-intro = There are different ways to report. Each one shares different information with different people.
immigration-advice-first = If you are on a visa, get advice before you report to the police or a regulator. Talk to a regulated immigration adviser ({ $oisc }) or a law centre.
routes-advice-first = Get advice first from a regulated immigration adviser ({ $oisc }) or a law centre. Do this before you report to the police or a regulator.
routes-choose = Choose one to see what happens, who finds out, and what it can achieve.

routes-union = Talk to a union
routes-employer = Tell my employer
routes-tribunal = Early conciliation and tribunal
routes-police = Police
routes-hse = Health and safety regulator ({ $hse })
routes-whistleblowing = Whistleblowing
routes-other = Other ways to report

routes-union-what = What happens: a union rep can support you at work and can represent you. Anyone can join a union.
routes-union-who = Who finds out: the union knows what you tell it. Ask who it will share your details with before you give them.
routes-union-achieve = What it can achieve: someone on your side when you raise a complaint. Some unions only represent people who are already members.
routes-union-visa = If you are on a visa: we found no clear information on whether unions share information with immigration authorities. Ask the union how it uses your details.
routes-union-find = To find a union, see the { $tuc } website: { $web }.

routes-employer-what = What happens: you tell a manager, HR, or the person named in your employer's policy. A formal written complaint is called a grievance.
routes-employer-who = Who finds out: your employer will know the complaint comes from you. The person you complain about may be told about it.
routes-employer-achieve-gb = What it can achieve: your employer can act to stop it. By law, your employer must take reasonable steps to prevent sexual harassment.
routes-employer-achieve-ni = What it can achieve: your employer can act to stop it. A written complaint also shows that you told them.
routes-employer-clock = A complaint at work does not pause the time limit for a tribunal claim. Only early conciliation does.
routes-employer-visa = If you are on a visa and your employer is your sponsor: they must tell the { $homeoffice } if your job ends. They must also report it if you are absent without permission for more than 10 working days in a row.

routes-tribunal-gb-what = What happens: you contact { $acas } first. This is called early conciliation. { $acas } talks to you and your employer to try to settle it. If it does not settle, you can make a claim to an employment tribunal.
routes-tribunal-gb-who = Who finds out: { $acas } contacts your employer, so your employer will know there is a complaint.
routes-tribunal-gb-public = Tribunal decisions are usually published online. You can ask for your name to be kept private, but it is not automatic, so ask early.
routes-tribunal-gb-achieve = What it can achieve: an agreement with your employer, or a tribunal decision, which can include compensation.
routes-tribunal-gb-time = Start { $acas } early conciliation within 3 months less one day of the last incident. If more time has passed, still contact { $acas } or an adviser today.
routes-tribunal-gb-visa = If you are on a visa: by law { $acas } must not share information about workers. There are exceptions, such as criminal investigations, court orders or your consent.
routes-tribunal-gb-visa-employer = We found no routine sharing between { $acas } and the { $homeoffice }. But your employer will know about the complaint, and your employer may be your sponsor.

routes-tribunal-ni-what = What happens: you contact the { $lra } first for early conciliation ({ $web }). If it does not settle, you can make a claim to an industrial tribunal.
routes-tribunal-ni-who = Who finds out: ask the { $lra } what it will tell your employer before you go ahead.
routes-tribunal-ni-time = Count the time limit as 3 months less one day from the last incident. Changes in Great Britain do not automatically apply in Northern Ireland. If more time has passed, still contact the { $lra } or an adviser today.
routes-tribunal-ni-visa = If you are on a visa: we found no clear information on what the { $lra } or tribunals share. Ask them first.

routes-police-danger = If you are in danger now, call { $emergency }.
routes-police-what = What happens: you can report a crime, such as sexual assault, to the police. If it is not an emergency, call { $phone }.
routes-police-who = Who finds out: the police record what you tell them and decide whether to investigate. They may speak to the person you report.
routes-police-achieve = What it can achieve: a criminal investigation.
routes-police-nda = In England and Wales, a non-disclosure agreement (NDA) made on or after 1 October 2025 cannot stop a victim of crime from reporting to the police.
routes-police-nda-advice = If you signed an NDA, get advice before you decide, for example from { $protect } or a law centre.
routes-police-support = You can get support from a specialist service without reporting to the police.
routes-police-visa = If you are on a visa: national police guidance allows the police to share information with immigration enforcement. Groups supporting migrant victims say this causes harm.

routes-hse-ni = You work in Northern Ireland. There, the { $hseni } and the local councils enforce health and safety at work. Councils cover shops, offices, hotels, restaurants, pubs, leisure and care homes. { $hseni } covers factories, building sites, farms, hospitals, schools and transport. Ask them what they can do. The rest of this card is about { $hse } in England, Wales and Scotland.
routes-hse-what = What happens: you can raise a concern with { $hse } about health and safety at work. You can do it anonymously.
routes-hse-limits = { $hse } says it is not the main authority for harassment. But employers must assess risks to workers' health, including stress.
routes-hse-violence = { $hse } counts abuse, threats and assaults linked to your work as work-related violence. This includes verbal abuse and threats from customers.
routes-hse-riddor = Employers must report some injuries from violence at work, under { $riddor }. Workers cannot report through { $riddor }. Harassment without a physical injury is not reportable under it.
routes-hse-achieve = What it can achieve: { $hse } learns about a risk at your workplace and decides what to do.
routes-hse-who = Who finds out: if you raise a concern anonymously, you do not give your name.
routes-hse-visa = If you are on a visa: { $hse } shares information with other regulators. We found no { $hse } policy about immigration.

routes-whistle-what = What happens: since 6 April 2026, reporting sexual harassment can count as whistleblowing (a "protected disclosure").
routes-whistle-belief = You must reasonably believe that reporting it is in the public interest.
routes-whistle-achieve = What it can achieve: the law protects whistleblowers. Check with { $protect } how the law protects you.
routes-whistle-who = Who finds out: the person or body you tell. { $protect } can help you decide who to tell.
routes-whistle-visa = If you are on a visa: reporting your sponsor can lead to them losing their licence to sponsor. That can put your own visa at risk.
routes-whistle-ni = This change may not apply in Northern Ireland. Check with { $protect }.
routes-whistle-protect = { $protect } gives free, confidential advice about whistleblowing: { $phone }.

routes-anonymous = Anonymous report in this bot
routes-anon-what = What happens: you answer about 10 short questions about what happened. Your answers are locked (encrypted) so that only the organisers of this service can open them.
routes-anon-who = Who finds out: the organisers read your answers, but not your name, phone number or Telegram account. Your employer is not told.
routes-anon-achieve = What it can achieve: organisers count what happens, and where. They use as evidence only reports whose senders said yes to that. It does not start a complaint or a claim, and nobody will contact you.
routes-anon-visa = If you are on a visa: the report holds no name and is not sent to your employer. Anything you write in your own words could identify you, so leave out names and details.
routes-anon-start = Start an anonymous report
