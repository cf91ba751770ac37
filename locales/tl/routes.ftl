# status: draft
# Translators: { $acas }, { $hse }, { $lra }, { $protect }, { $tuc }, { $oisc },
# { $riddor }, { $homeoffice }, { $phone }, { $emergency } and { $web } are names,
# numbers and websites: keep them exactly as they are.
# Never translate any route as "safe": describe what it shares, as the English does.

routes-intro = May iba't ibang paraan para mag-report. Bawat isa ay nagbabahagi ng iba't ibang impormasyon sa iba't ibang tao.
immigration-advice-first = Kung naka-visa ka, kumuha muna ng payo bago ka mag-report sa pulis o sa isang regulator. Makipag-usap sa isang regulated na immigration adviser ({ $oisc }) o sa isang law centre.
routes-advice-first = Kumuha muna ng payo mula sa isang regulated na immigration adviser ({ $oisc }) o sa isang law centre. Gawin ito bago ka mag-report sa pulis o sa isang regulator.
routes-choose = Pumili ng isa para makita kung ano ang mangyayari, sino ang makakaalam, at ano ang maaaring makamit.

routes-union = Kausapin ang isang unyon
routes-employer = Sabihin sa employer ko
routes-tribunal = Early conciliation at tribunal
routes-police = Pulis
routes-hse = Health and safety regulator ({ $hse })
routes-whistleblowing = Whistleblowing
routes-other = Iba pang paraan ng pag-report

routes-union-what = Ano ang mangyayari: ang isang union rep ay puwedeng sumuporta sa iyo sa trabaho at puwede kang i-representa. Kahit sino ay puwedeng sumali sa unyon.
routes-union-who = Sino ang makakaalam: alam ng unyon ang sinasabi mo sa kanila. Bago mo ibigay ang iyong mga detalye, itanong kung kanino nila ito ibabahagi.
routes-union-achieve = Ano ang maaaring makamit: may kakampi ka kapag nagreklamo ka. May mga unyon na ang nirerepresenta lang ay ang mga miyembro na nila.
routes-union-visa = Kung naka-visa ka: wala kaming nakitang malinaw na impormasyon kung nagbabahagi ba ng impormasyon ang mga unyon sa mga awtoridad ng immigration. Itanong sa unyon kung paano nila ginagamit ang iyong mga detalye.
routes-union-find = Para makahanap ng unyon, tingnan ang website ng { $tuc }: { $web }.

routes-employer-what = Ano ang mangyayari: sasabihin mo sa isang manager, sa HR, o sa taong nakasaad sa policy ng employer mo. Ang pormal na nakasulat na reklamo ay tinatawag na "grievance".
routes-employer-who = Sino ang makakaalam: malalaman ng employer mo na sa iyo galing ang reklamo. Maaaring sabihan tungkol dito ang taong inirereklamo mo.
routes-employer-achieve-gb = Ano ang maaaring makamit: puwedeng kumilos ang employer mo para matigil ito. Ayon sa batas, dapat gumawa ang employer mo ng makatwirang hakbang para maiwasan ang sexual harassment.
routes-employer-achieve-ni = Ano ang maaaring makamit: puwedeng kumilos ang employer mo para matigil ito. Ang nakasulat na reklamo ay patunay rin na sinabi mo sa kanila.
routes-employer-clock = Hindi pinahihinto ng reklamo sa trabaho ang deadline para sa kaso sa tribunal. Early conciliation lang ang nagpapahinto nito.
routes-employer-visa = Kung naka-visa ka at ang employer mo ang iyong sponsor: dapat nilang sabihan ang { $homeoffice } kapag natapos ang trabaho mo. Dapat din nilang i-report kung liliban ka nang walang pahintulot nang higit sa 10 sunud-sunod na araw ng trabaho (working days).

routes-tribunal-gb-what = Ano ang mangyayari: kokontakin mo muna ang { $acas }. Ang tawag dito ay early conciliation. Kakausapin ng { $acas } ikaw at ang employer mo para subukang magkasundo kayo. Kung hindi kayo magkasundo, puwede kang magsampa ng kaso sa employment tribunal.
routes-tribunal-gb-who = Sino ang makakaalam: kokontakin ng { $acas } ang employer mo, kaya malalaman ng employer mo na may reklamo.
routes-tribunal-gb-public = Karaniwang inilalathala online ang mga desisyon ng tribunal. Puwede mong hilingin na huwag ilabas ang pangalan mo, pero hindi ito awtomatiko, kaya humiling nang maaga.
routes-tribunal-gb-achieve = Ano ang maaaring makamit: isang kasunduan sa employer mo, o desisyon ng tribunal, na maaaring may kasamang kabayaran (compensation).
routes-tribunal-gb-time = Simulan ang early conciliation sa { $acas } sa loob ng 3 buwan kulang ng isang araw mula sa huling insidente. Kung mas matagal na ang lumipas, makipag-ugnayan pa rin ngayong araw sa { $acas } o sa isang adviser.
routes-tribunal-gb-visa = Kung naka-visa ka: ayon sa batas, bawal magbahagi ang { $acas } ng impormasyon tungkol sa mga manggagawa. May mga eksepsiyon, tulad ng imbestigasyong kriminal, utos ng korte, o kung pumayag ka.
routes-tribunal-gb-visa-employer = Wala kaming nakitang regular na pagbabahagi ng impormasyon sa pagitan ng { $acas } at ng { $homeoffice }. Pero malalaman ng employer mo ang reklamo, at maaaring ang employer mo ang iyong sponsor.

routes-tribunal-ni-what = Ano ang mangyayari: kokontakin mo muna ang { $lra } para sa early conciliation ({ $web }). Kung hindi kayo magkasundo, puwede kang magsampa ng kaso sa industrial tribunal.
routes-tribunal-ni-who = Sino ang makakaalam: bago ka magpatuloy, itanong sa { $lra } kung ano ang sasabihin nila sa employer mo.
routes-tribunal-ni-time = Bilangin ang deadline bilang 3 buwan kulang ng isang araw mula sa huling insidente. Hindi awtomatikong umiiral sa Northern Ireland ang mga pagbabago sa Great Britain. Kung mas matagal na ang lumipas, makipag-ugnayan pa rin ngayong araw sa { $lra } o sa isang adviser.
routes-tribunal-ni-visa = Kung naka-visa ka: wala kaming nakitang malinaw na impormasyon kung ano ang ibinabahagi ng { $lra } o ng mga tribunal. Itanong muna sa kanila.

routes-police-danger = Kung nasa panganib ka ngayon, tumawag sa { $emergency }.
routes-police-what = Ano ang mangyayari: puwede kang mag-report ng krimen sa pulis, tulad ng sexual assault. Kung hindi ito emergency, tumawag sa { $phone }.
routes-police-who = Sino ang makakaalam: itinatala ng pulis ang sinasabi mo at sila ang magpapasya kung mag-iimbestiga. Maaari nilang kausapin ang taong inire-report mo.
routes-police-achieve = Ano ang maaaring makamit: isang imbestigasyong kriminal.
routes-police-nda = Sa England at Wales, hindi mapipigilan ng non-disclosure agreement (NDA) na ginawa noong 1 Oktubre 2025 o pagkatapos nito ang biktima ng krimen na mag-report sa pulis.
routes-police-nda-advice = Kung pumirma ka ng NDA, kumuha muna ng payo bago ka magpasya, halimbawa sa { $protect } o sa isang law centre.
routes-police-support = Puwede kang makakuha ng suporta mula sa isang espesyalistang serbisyo kahit hindi ka mag-report sa pulis.
routes-police-visa = Kung naka-visa ka: pinapayagan ng pambansang gabay ng pulis na magbahagi ang pulis ng impormasyon sa immigration enforcement. Sinasabi ng mga grupong tumutulong sa mga migranteng biktima na nagdudulot ito ng pinsala.

routes-hse-ni = Nagtatrabaho ka sa Northern Ireland. Doon, ang { $hseni } at ang mga lokal na council ang nagpapatupad ng batas sa kalusugan at kaligtasan sa trabaho. Sakop ng mga council ang mga tindahan, opisina, hotel, restawran, pub, libangan at care home. Sakop ng { $hseni } ang mga pabrika, construction site, bukid, ospital, paaralan at transportasyon. Tanungin sila kung ano ang magagawa nila. Ang natitirang bahagi nito ay tungkol sa { $hse } sa England, Wales at Scotland.
routes-hse-what = Ano ang mangyayari: puwede mong iparating sa { $hse } ang isang alalahanin (concern) tungkol sa health and safety sa trabaho. Puwede mo itong gawin nang hindi nagpapakilala (anonymous).
routes-hse-limits = Sinasabi ng { $hse } na hindi sila ang pangunahing awtoridad para sa harassment. Pero dapat suriin ng mga employer ang mga panganib sa kalusugan ng mga manggagawa, kasama ang stress.
routes-hse-violence = Itinuturing ng { $hse } na karahasang may kinalaman sa trabaho ang pang-aabuso, pagbabanta at pananakit na may kaugnayan sa iyong trabaho. Kasama rito ang pang-aabuso sa salita at pagbabanta mula sa mga customer.
routes-hse-riddor = Dapat i-report ng mga employer ang ilang pinsala sa katawan mula sa karahasan sa trabaho, ayon sa { $riddor }. Hindi puwedeng mag-report ang mga manggagawa sa pamamagitan ng { $riddor }. Ang harassment na walang pisikal na pinsala ay hindi nire-report doon.
routes-hse-achieve = Ano ang maaaring makamit: malalaman ng { $hse } ang panganib sa iyong lugar ng trabaho at sila ang magpapasya kung ano ang gagawin.
routes-hse-who = Sino ang makakaalam: kung magpaparating ka ng alalahanin nang hindi nagpapakilala, hindi mo ibibigay ang iyong pangalan.
routes-hse-visa = Kung naka-visa ka: nagbabahagi ang { $hse } ng impormasyon sa ibang mga regulator. Wala kaming nakitang policy ng { $hse } tungkol sa immigration.

routes-whistle-what = Ano ang mangyayari: mula 6 Abril 2026, ang pag-report ng sexual harassment ay puwedeng ituring na whistleblowing (isang "protected disclosure").
routes-whistle-belief = Kailangang makatwiran ang paniniwala mo na para sa kapakanan ng publiko ang pag-report nito.
routes-whistle-achieve = Ano ang maaaring makamit: pinoprotektahan ng batas ang mga whistleblower. Alamin sa { $protect } kung paano ka pinoprotektahan ng batas.
routes-whistle-who = Sino ang makakaalam: ang tao o ahensyang pagsasabihan mo. Matutulungan ka ng { $protect } na magpasya kung kanino sasabihin.
routes-whistle-visa = Kung naka-visa ka: ang pag-report sa iyong sponsor ay maaaring mauwi sa pagkawala ng kanilang lisensya para mag-sponsor. Maaari nitong ilagay sa panganib ang sarili mong visa.
routes-whistle-ni = Maaaring hindi umiiral ang pagbabagong ito sa Northern Ireland. Alamin sa { $protect }.
routes-whistle-protect = Nagbibigay ang { $protect } ng libre at kumpidensyal na payo tungkol sa whistleblowing: { $phone }.

routes-anonymous = Anonymous na report sa bot na ito
routes-anon-what = Ano ang mangyayari: sasagutin mo ang mga 10 maiikling tanong tungkol sa nangyari. Naka-lock (encrypted) ang iyong mga sagot para ang mga organizer lang ng serbisyong ito ang makakabukas nito.
routes-anon-who = Sino ang makakaalam: binabasa ng mga organizer ang iyong mga sagot, pero hindi ang iyong pangalan, phone number o Telegram account. Hindi sinasabihan ang employer mo.
routes-anon-achieve = Ano ang maaaring makamit: binibilang ng mga organizer kung ano ang nangyayari at saan. Ginagamit lang nila bilang ebidensya ang mga report ng mga pumayag dito. Hindi ito nagsisimula ng reklamo o kaso, at walang kokontak sa iyo.
routes-anon-visa = Kung naka-visa ka: walang pangalan sa report at hindi ito ipinapadala sa employer mo. Anumang isusulat mo sa sarili mong salita ay maaaring makapagpakilala sa iyo, kaya huwag isama ang mga pangalan at detalye.
routes-anon-start = Magsimula ng anonymous na report
