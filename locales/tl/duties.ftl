# status: draft
# Translators: { $ehrc }, { $acas }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

duties-since = Mula 26 Oktubre 2024, dapat gumawa ang bawat employer ng makatwirang hakbang para maiwasan ang sexual harassment sa kanilang mga empleyado.
duties-where = Batas ang tungkuling ito sa England, Wales at Scotland.
duties-customers = Ayon sa gabay ng { $ehrc }, kasama rito ang harassment ng mga customer at kliyente.
duties-liable = May pananagutan din ang employer mo kapag hina-harass ka ng mga tauhan nito sa trabaho. Ang eksepsiyon: kung ginawa nito ang lahat ng makatwirang hakbang para maiwasan ito.

duties-steps-policy = Sinasabi ng gabay ng { $ehrc } na malamang na hindi sapat ang isang policy at training lang.
duties-steps-risk = Inirerekomenda nito ang risk assessment (pagsusuri ng panganib). Dapat tingnan ng mga employer ang panganib ng sexual harassment, kasama na mula sa mga customer at kliyente, at kumilos tungkol dito.
duties-steps-health = Umiiral din ang batas sa health and safety. Dapat suriin ng mga employer ang mga panganib sa trabaho, kasama ang stress. Dapat nilang alagaan ang kapakanan ng mga manggagawa hangga't makatwirang posible.
duties-enforce = Ang { $ehrc } ang nagpapatupad ng tungkuling ito. Puwede itong kumilos kahit bago pa may ma-harass.

duties-no-separate-claim = Hindi ka puwedeng magsampa ng kaso dahil lang nilabag ng employer mo ang tungkuling ito.
duties-compensation = Pero maaaring mas malaki ang makuha mong kabayaran (compensation). Kung manalo ang kaso mo tungkol sa harassment at nilabag ng employer mo ang tungkuling ito, dapat pag-isipan ng tribunal na dagdagan ito nang hanggang 25%.

duties-changing = Nakatakda sanang magsimula noong Oktubre 2026 ang mga pagbabagong hihingi ng mas marami sa mga employer, kasama na tungkol sa harassment ng mga customer at kliyente; hindi namin makumpirma na nagsimula na ito.
duties-changing-check = Alamin sa { $acas } kung ano ang umiiral ngayon: { $phone }.

duties-ni-different = Batas ang tungkuling ito sa England, Wales at Scotland. Hindi ito umiiral sa Northern Ireland.
duties-ni-check = Para malaman kung ano ang dapat gawin ng employer mo sa Northern Ireland, magtanong sa { $ecni }: { $phone }.

duties-see-steps = Ano ang makatwirang hakbang?
duties-see-compensation = Kung walang ginawa ang employer?
duties-see-changing = Nagbabago ba ang batas?
