# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = നോർത്തേൺ അയർലൻഡിൽ മറ്റൊരു നിയമമാണ് നിങ്ങളെ സംരക്ഷിക്കുന്നത്: { $law }. ചില സ്ഥാപനങ്ങളും ചട്ടങ്ങളും അവിടെ വ്യത്യസ്തമാണ്.
rights-what-to-know = നിങ്ങൾക്ക് എന്താണ് അറിയേണ്ടത്?
rights-is-it = ഇത് ലൈംഗിക ഉപദ്രവമാണോ?
rights-duties = എന്റെ തൊഴിലുടമ എന്ത് ചെയ്യണം?
rights-time = സമയപരിധിയും ട്രൈബ്യൂണലും
back-to-rights = എന്റെ അവകാശങ്ങളെക്കുറിച്ച് കൂടുതൽ
