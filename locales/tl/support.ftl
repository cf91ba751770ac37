# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = Kung nasa panganib ka ngayon, tumawag sa { $phone }. Kung bingi ka at gumagamit ng British Sign Language, gamitin ang libreng { $bsl } app o website.
support-question = Anong klaseng tulong po ang kailangan mo?
support-after = Ikaw ang magpapasya kung kokontakin mo sila. Walang sinasabi ang bot na ito sa kanila tungkol sa iyo.

support-immediate-danger = Nasa panganib ako ngayon
support-sexual-assault = Nakaranas ako ng sexual assault
support-stalking = May sumusunod o nag-i-stalk sa akin
support-emotional-support = Kailangan ko ng makikinig sa akin
support-employment-advice = Kailangan ko ng payo sa trabaho
support-migrant = Migranteng manggagawa ako
support-domestic-worker = Domestic worker ako
support-lgbt = Gusto ko ng suportang LGBT+
support-whistleblowing = Mag-report ng maling gawain
support-something-else = Ibang klase ng tulong
