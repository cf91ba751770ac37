# status: draft
# Translators: { $law }, { $acas }, { $ehrc }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

harassment-definition = Ayon sa { $law }, ang sexual harassment ay pag-uugaling sekswal na hindi mo gusto.
harassment-definition-effect = Harassment ito kung nilalabag nito ang iyong dignidad, o kung dahil dito ay nagiging nakakatakot, mapag-away (hostile), nakakababa ng pagkatao, nakakahiya o nakakainsulto ang trabaho para sa iyo. Maaari pa rin itong ituring na harassment kahit sabihin ng ibang tao na hindi niya ito sinasadya.
harassment-how-judged = Tinitingnan ng tribunal kung paano mo ito nakita at ang lahat ng pangyayari. Hindi mo kailangang patunayan na sinadya ito ng ibang tao.

harassment-examples =
    Maaaring kasama sa sexual harassment ang:
    • mga sekswal na komento, biro o tanong tungkol sa iyong katawan o sex life
    • paghawak, pagyakap o pagdikit ng katawan sa iyo
    • mga sekswal na mensahe, litrato o video
    • pamimilit na makipag-date o makipagtalik, o paghingi ng sekswal na pabor
    • mas masamang pagtrato sa iyo matapos kang tumanggi, o matapos kang pumayag na lang
harassment-examples-how = Maaari itong mangyari nang harapan, sa telepono, sa mga mensahe o online.

harassment-counts =
    Maaari pa rin itong ituring na sexual harassment kung:
    • galing ito sa customer, kliyente o pasyente, hindi sa katrabaho
    • ikaw ay agency worker, zero-hours o casual worker, apprentice, o bago pa lang sa trabaho
    • hindi ka tumanggi noong oras na iyon
harassment-counts-no-minimum = Hindi mo kailangang magtrabaho doon nang anumang minimum na tagal para makapagsampa ng kaso (claim) tungkol sa harassment.
harassment-counts-agency = Ang mga agency worker ay puwedeng magsampa ng kaso laban sa agency at laban sa negosyong pinagtatrabahuhan nila. Protektado rin ang mga nag-a-apply sa trabaho at ang mga dating empleyado.
harassment-counts-self-employed = Kung talagang self-employed ka, kadalasan ay hindi ka puwedeng magsampa ng kaso. Kung hindi ka sigurado, magtanong sa { $acas }.

harassment-customers-duty = Dapat gumawa ang employer mo ng makatwirang hakbang para maiwasan ang sexual harassment. Ayon sa gabay ng { $ehrc }, kasama rito ang harassment ng mga customer at kliyente.
harassment-customers-changing = Nakatakda sanang magsimula noong Oktubre 2026 ang mga bagong patakaran kung kailan may pananagutan ang mga employer sa harassment mula sa mga customer at kliyente; hindi namin makumpirma na nagsimula na ito. Alamin sa { $acas } kung ano ang umiiral ngayon: { $phone }.

harassment-treated-worse = Harassment din kung mas masama ang pagtrato sa iyo dahil tumanggi ka sa ganitong asal. Ganoon din kung pumayag ka na lang dito.
harassment-victimisation = Kung pinarusahan ka dahil nagreklamo ka, maaaring labag din iyon sa batas. Magtanong sa { $acas }: { $phone }.

harassment-no-permission = Kung wala kang pahintulot na magtrabaho sa UK, maaaring may mga karapatan ka pa rin, pero komplikado ito.
harassment-no-permission-advice = Pakikausap muna ang isang espesyalistang adviser bago ka gumawa ng kahit ano pa.

harassment-ni-law = Sa Northern Ireland, ang batas tungkol sa sexual harassment ay ang { $law }.
harassment-ni-ecni = Maipapaliwanag ng { $ecni } ang iyong mga karapatan doon. Libre at kumpidensyal ang kanilang advice line, at may mga interpreter: { $phone }.
harassment-ni-counts = Maaaring iba sa Northern Ireland kung sino ang protektado, at kung paano. Magtanong sa { $ecni }: { $phone }.
harassment-ni-treated-worse = Kung mas masama ang pagtrato sa iyo matapos kang tumanggi, o pinarusahan ka dahil nagreklamo ka, itanong sa { $ecni } ang iyong mga karapatan: { $phone }.

harassment-see-examples = Anong klaseng asal ang kasama?
harassment-see-counts = Kasama pa rin ba kung…?
harassment-see-treated-worse = Mas sumama ang trato nang tumanggi ako
harassment-see-customers-law = Galing sa customer, kliyente o pasyente
harassment-see-no-permission = Wala akong pahintulot magtrabaho
