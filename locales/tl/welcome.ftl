# status: draft
# Translators: { $app } is "Telegram" and { $bsl } is "999 BSL": keep them as they are.

welcome-hello = Kumusta po. Ang bot na ito ay para sa mga taong nakakaranas ng sexual harassment sa trabaho sa UK. Ipinapaliwanag nito ang iyong mga karapatan, ang iyong mga pagpipilian, at kung sino ang makakatulong.
welcome-not-your-fault = Hindi mo kasalanan ang nangyari sa iyo.
welcome-not-legal-advice = Impormasyon ito, hindi legal na payo. Para sa payo tungkol sa sarili mong sitwasyon, makipag-ugnayan sa isa sa mga serbisyong ipinapakita namin.
welcome-telegram-can-see = Sa teknikal na paraan, nakikita ng { $app } ang mga chat sa mga bot. Huwag po mag-type ng mga pangalan o anumang bagay na makakapagpakilala sa iyo o sa ibang tao.
welcome-exit-any-time = Puwede kang umalis anumang oras: ipadala ang /exit o pindutin ang "Umalis ngayon". Buburahin ng bot ang mga mensahe ng chat na ito mula sa huling 48 oras. Mananatili ang chat mismo sa listahan ng mga chat mo.
welcome-delete-chat = Para maalis ang buong chat, ikaw mismo ang magbura nito sa { $app }: buksan ang menu ng chat at piliin ang "Delete chat".
welcome-continue = Magpatuloy

menu-question = Ano po ang kailangan mo?
menu-danger = Nasa panganib ako ngayon
menu-rights = Alamin ang aking mga karapatan
menu-routes = Mga paraan para mag-report
menu-support = Gusto ko ng makakausap ngayon
menu-visa = Naka-visa ako
menu-report = Mag-report nang anonymous

emergency-999 = Kung nasa panganib ka ngayon, tumawag sa { $phone }.
emergency-bsl = Kung bingi ka at gumagamit ng British Sign Language, gamitin ang libreng { $bsl } app o website. Bukas ito 24 oras bawat araw.
emergency-later = Kapag kaya mo na, puwede ka ring makipag-usap sa isang tao tungkol sa nangyari.
