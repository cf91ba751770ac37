# status: draft
# Translators: { $acas }, { $lra }, { $ecni }, { $phone } and { $web } are names,
# numbers and websites: keep them exactly as they are.

time-gb-limit = Kung sakaling gusto mong magsampa ng kaso, kumilos nang maaga. Simulan ang early conciliation (maagang pag-aayos) sa { $acas } sa loob ng 3 buwan na kulang ng isang araw mula sa huling insidente.
time-gb-series = Kung nangyari ito nang higit sa isang beses, kadalasan ay binibilang ang panahon mula sa huling insidente.
time-gb-late = Bihira lang tanggapin ng tribunal ang kasong huli nang naisampa. Huwag maghintay.
time-gb-changing = Maaaring magbago ang mga deadline sa hinaharap. Alamin sa { $acas } kung ano ang umiiral ngayon, at huwag hintayin ang pagbabago.

time-ec-what = Bago ang karamihan ng kaso sa tribunal, kailangan mo munang kontakin ang { $acas }. Ang tawag dito ay early conciliation (maagang pag-aayos).
time-ec-clock = Habang tumatakbo ang early conciliation, humihinto ang pagbilang ng deadline. Puwede itong tumagal nang hanggang 12 linggo.
time-ec-after = Kung walang kasunduan, bibigyan ka ng certificate. Pagkatapos noon, karaniwan ay may hindi bababa sa isang buwan ka para magsampa ng kaso.
time-ec-employer = Kokontakin ng { $acas } ang employer mo. Kaya malalaman ng employer mo na may reklamo.
time-ec-sponsor = Kung ang employer mo ang sponsor ng iyong visa, ibig sabihin nito ay malalaman ng sponsor mo. Kumuha muna ng payo tungkol sa immigration.
time-acas-phone = Helpline ng { $acas }: { $phone }. Libre at kumpidensyal ito, at may mga interpreter.

time-record = Magtago ng pribadong talaan: mga petsa, oras, ano ang sinabi o ginawa, at sino ang nakakita. Itago rin ang mga mensahe at screenshot.
time-record-where = Itago ito sa lugar na ikaw lang ang makakabukas, hindi sa phone, computer o email ng trabaho.

time-public = Karaniwang inilalathala online ang mga desisyon ng tribunal.
time-anonymity = Puwede mong hilingin sa tribunal na huwag ilabas ang pangalan mo. Hindi ito awtomatiko, kaya humiling nang maaga.

time-ni-tribunal = Sa Northern Ireland, napupunta ang mga kaso sa industrial tribunal. 3 buwan ang deadline.
time-ni-lra = Una, kontakin ang { $lra } para sa early conciliation: { $web }. Pinahihinto nito ang deadline nang hanggang isang buwan at 14 na araw.
time-ni-early = Huwag nang patagalin. Kontakin sila nang mas maaga pa bago matapos ang 3 buwan.
time-ni-ecni = Mapapayuhan ka ng { $ecni }: { $phone }. Libre at kumpidensyal ito, may mga interpreter, at kung minsan ay puwede ka nilang i-representa.

time-see-ec = Paano ang early conciliation?
time-see-record = Ano ang dapat kong itago?
time-see-public = Magiging publiko ba ang pangalan ko?
time-back-to-limits = Bumalik sa mga deadline
