# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = നിങ്ങൾ ഇപ്പോൾ അപകടത്തിലാണെങ്കിൽ, { $phone }-ൽ വിളിക്കുക. കേൾവിശക്തി ഇല്ലാത്ത, ബ്രിട്ടീഷ് ആംഗ്യഭാഷ (British Sign Language) ഉപയോഗിക്കുന്ന ആളാണ് നിങ്ങളെങ്കിൽ, സൗജന്യമായ { $bsl } ആപ്പോ വെബ്സൈറ്റോ ഉപയോഗിക്കുക.
support-question = നിങ്ങൾക്ക് ഏത് തരം സഹായമാണ് വേണ്ടത്?
support-after = അവരെ ബന്ധപ്പെടണോ എന്ന് നിങ്ങളാണ് തീരുമാനിക്കുന്നത്. ഈ ബോട്ട് നിങ്ങളെക്കുറിച്ച് ഒന്നും അവരോട് പറയുന്നില്ല.

support-immediate-danger = ഞാൻ ഇപ്പോൾ അപകടത്തിലാണ്
support-sexual-assault = ഞാൻ ലൈംഗിക അതിക്രമത്തിന് ഇരയായി
support-stalking = ഒരാൾ എന്നെ പിന്തുടർന്ന് ശല്യം ചെയ്യുന്നു
support-emotional-support = എന്നെ കേൾക്കാൻ ഒരാൾ വേണം
support-employment-advice = ജോലി സംബന്ധിച്ച് ഉപദേശം വേണം
support-migrant = ഞാൻ ഒരു കുടിയേറ്റ തൊഴിലാളിയാണ്
support-domestic-worker = ഞാൻ വീട്ടുജോലി ചെയ്യുന്നയാളാണ്
support-lgbt = എനിക്ക് LGBT+ പിന്തുണ വേണം
support-whistleblowing = ഒരു തെറ്റായ പ്രവൃത്തി റിപ്പോർട്ട് ചെയ്യണം
support-something-else = മറ്റൊരു തരം സഹായം
