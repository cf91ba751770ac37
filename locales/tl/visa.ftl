# status: draft
# Translators: visa names ({ $name }, { $skilled }, { $care }) and organisation names
# ({ $homeoffice }, { $ukvi }, { $kalayaan }, { $nrm }, { $wrc }, { $oisc }), numbers
# ({ $phone }) and websites ({ $web }) are official: keep them exactly as they are.

visa-intro = Depende sa visa mo, maaaring iba ang maging kahulugan para sa iyo ng pag-report.
visa-not-advice = Pangkalahatang impormasyon ito, hindi payo tungkol sa immigration.
visa-question = Anong visa po ang hawak mo?
visa-choice-sponsored = { $skilled } o { $care } visa
visa-choice-named = { $name } visa
visa-choice-other = Ibang visa, o hindi ako sigurado

visa-sponsor-reports = Dapat sabihan ng iyong sponsor ang { $homeoffice } sa loob ng mga 10 araw ng trabaho (working days) kapag natapos ang trabaho mo.
visa-sponsor-absence = Dapat din nilang i-report kung liliban ka nang walang pahintulot nang higit sa 10 sunud-sunod na araw ng trabaho.
visa-curtail = Kapag natapos ang trabaho mo, hindi awtomatikong nakakansela ang visa mo.
visa-curtail-60 = Kadalasan, pinaiikli ang pahintulot mong manatili sa 60 araw, o mas maikli pa kung mas maaga itong matatapos. Binibilang ang 60 araw mula nang ibigay sa iyo ang desisyon.
visa-authorised = Siguraduhing may pahintulot ang anumang pagliban mo sa trabaho, halimbawa may fit note mula sa doktor. Panatilihing updated ang iyong contact details sa { $ukvi }.
visa-licence = Ang pag-report sa iyong sponsor ay maaaring mauwi sa pagkawala ng kanilang sponsor licence. Maaari nitong ilagay sa panganib ang sarili mong visa. Kumuha muna ng payo tungkol sa immigration.

visa-seasonal-what = Ang { $name } visa ay para sa trabaho sa horticulture (paghahalaman), nang hanggang 6 na buwan sa loob ng anumang 12 buwan.
visa-seasonal-operator = Mga lisensyadong scheme operator lang ang puwedeng mag-sponsor ng mga seasonal worker.

visa-odw-what = Ang { $name } visa ay tumatagal ng 6 na buwan at hindi puwedeng i-renew.
visa-odw-change = Pinapayagan kang lumipat ng employer.
visa-odw-slavery = Kung makumpirmang biktima ka ng modern slavery (makabagong pang-aalipin), puwede kang mag-apply na manatili nang hanggang 2 taon. Kailangan mong mag-apply sa loob ng 28 araw mula sa desisyong iyon.
visa-odw-kalayaan = Tinutulungan ng { $kalayaan } ang mga migranteng domestic worker, nang libre: { $phone }. Tingnan ang kasalukuyang detalye sa kanilang website. Nagbibigay sila ng regulated na payo sa immigration.
visa-odw-nrm = Puwede kang i-refer ng { $kalayaan } sa { $nrm }, na nagbibigay ng access sa suporta para sa mga biktima ng modern slavery. Kailangang pumayag ang mga adult bago sila i-refer.

visa-student = Wala kaming tiyak na impormasyon dito tungkol sa student visa.
visa-other = May sariling patakaran ang bawat visa, kaya mahalagang kumuha ng payo tungkol sa visa mo.
visa-no-permission = Kung wala kang pahintulot na magtrabaho, kumausap muna ng espesyalista bago ka gumawa ng kahit ano pa.
visa-wrc = Nagbibigay ang { $wrc } ng payo sa mga migranteng manggagawa: { $web }. Tingnan ang kasalukuyang detalye sa kanilang website.

visa-controlled = Kung may taong humahawak ng iyong passport o mga dokumento, o kumokontrol sa sahod mo o kung saan ka nakatira, maaaring pagsasamantala (exploitation) ito.
visa-helpline = Tumawag sa { $name }: { $phone }. Libre, kumpidensyal at bukas ito 24 oras bawat araw, 7 araw bawat linggo. May tulong sa mahigit 200 wika.
visa-helpline-consent = Ibinabahagi lang ng helpline ang iyong mga detalye kung papayag ka. Ang mga eksepsiyon: may taong nasa agarang panganib, o may batang nanganganib.
visa-controlled-danger = Kung nasa panganib ka ngayon, tumawag sa { $phone }.
visa-controlled-domestic = Kung domestic worker ka, puwede ka ring tulungan ng { $kalayaan }: { $phone }. Tingnan ang kasalukuyang detalye sa kanilang website.

visa-advice-what = Mapapayuhan ka ng isang regulated na immigration adviser. Makakahanap ka nito sa pamamagitan ng { $oisc }. Nagbibigay rin ng payo ang mga law centre.
visa-advice-before = Kausapin muna ang isa sa kanila bago ka mag-report sa pulis o sa isang regulator.

visa-see-controlled = Kontrolado ang passport, sahod o tirahan ko
visa-see-advice = Sino ang magpapayo sa immigration?
visa-another = Pumili ng ibang visa
