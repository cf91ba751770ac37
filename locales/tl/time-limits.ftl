# status: draft
# Translators: { $acas }, { $lra }, { $ecni }, { $phone } and { $web } are names,
# numbers and websites: keep them exactly as they are.

time-gb-limit = Kung sakaling gusto mong magsampa ng kaso, kumilos nang maaga. Simulan ang early conciliation (maagang pag-aayos) sa { $acas } sa loob ng 3 buwan na kulang ng isang araw mula sa huling insidente.
time-gb-series = Kung nangyari ito nang higit sa isang beses, kadalasan ay binibilang ang panahon mula sa huling insidente.
time-gb-late = Kung mahigit 3 buwan na ang lumipas, makipag-ugnayan pa rin ngayong araw sa { $acas } o sa isang adviser. Minsan ay pinapayagan ang kasong huli nang naisampa, at maaaring nagbago na ang deadline.
time-gb-changing = Nakatakda sanang magsimula noong Oktubre 2026 ang mas mahabang deadline (6 na buwan); hindi namin makumpirma na nagsimula na ito. Hangga't hindi mo alam, bilangin ang 3 buwan kulang ng isang araw, at alamin sa { $acas }.

time-ec-what = Bago ang karamihan ng kaso sa tribunal, kailangan mo munang kontakin ang { $acas }. Ang tawag dito ay early conciliation (maagang pag-aayos).
time-ec-clock = Habang tumatakbo ang early conciliation, humihinto ang pagbilang ng deadline. Puwede itong tumagal nang hanggang 12 linggo.
time-ec-after = Kung walang kasunduan, bibigyan ka ng certificate. Pagkatapos noon, karaniwan ay may hindi bababa sa isang buwan ka para magsampa ng kaso.
time-ec-employer = Kokontakin ng { $acas } ang employer mo. Kaya malalaman ng employer mo na may reklamo.
time-ec-sponsor = Kung ang employer mo ang sponsor ng iyong visa, ibig sabihin nito ay malalaman ng sponsor mo. Kumuha muna ng payo tungkol sa immigration.
time-acas-phone = Helpline ng { $acas }: { $phone }. Libre at kumpidensyal ito, at may mga interpreter.

time-record = Magtago ng pribadong talaan: mga petsa, oras, ano ang sinabi o ginawa, at sino ang nakakita. Itago ang mga mensahe at screenshot na ipinadala sa iyo.
time-record-work = Huwag i-forward ang mga email sa trabaho o kopyahin ang mga file ng trabaho: puwede kang magkaproblema sa trabaho dahil dito. Isulat na lang ang mga petsa at subject ng mga ito.
time-record-where = Itago ang mga tala mo kung saan hindi maaabot ng employer mo: hindi sa phone, computer o email ng trabaho. Kung nakatira ka kung saan ka nagtatrabaho, halimbawa bilang stay-in na domestic worker, itago ang mga ito sa lugar na hindi nakikita ng employer mo, o sa taong pinagkakatiwalaan mo.

time-public = Karaniwang inilalathala online ang mga desisyon ng tribunal.
time-anonymity = Puwede mong hilingin sa tribunal na huwag ilabas ang pangalan mo. Hindi ito awtomatiko, kaya humiling nang maaga.

time-ni-tribunal = Sa Northern Ireland, napupunta ang mga kaso sa industrial tribunal. Bilangin ang deadline bilang 3 buwan kulang ng isang araw mula sa huling insidente. Hindi awtomatikong umiiral sa Northern Ireland ang mga pagbabago sa Great Britain.
time-ni-lra = Una, kontakin ang { $lra } para sa early conciliation: { $web }. Pinahihinto nito ang deadline nang hanggang isang buwan at 14 na araw.
time-ni-early = Huwag nang patagalin. Kung mahigit 3 buwan na ang lumipas, makipag-ugnayan pa rin ngayong araw sa { $lra } o sa isang adviser. Minsan ay pinapayagan ang kasong huli nang naisampa.
time-ni-ecni = Mapapayuhan ka ng { $ecni }: { $phone }. Libre at kumpidensyal ito, may mga interpreter, at kung minsan ay puwede ka nilang i-representa.

time-see-ec = Paano ang early conciliation?
time-see-record = Ano ang dapat kong itago?
time-see-public = Magiging publiko ba ang pangalan ko?
time-back-to-limits = Bumalik sa mga deadline
