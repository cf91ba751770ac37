# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = ഈ സേവനങ്ങൾക്ക് സഹായിക്കാൻ കഴിയും:
signpost-none = ഇതിനുള്ള ഒരു സേവനം എനിക്ക് കണ്ടെത്താനായില്ല. ദയവായി മറ്റൊരു തരം സഹായം തിരഞ്ഞെടുക്കുക, അല്ലെങ്കിൽ മെനുവിലേക്ക് മടങ്ങുക.

signpost-entry =
    { $kind ->
        [emergency] അടിയന്തരം: { $phone }-ൽ വിളിക്കുക
        [police] പോലീസ്, അടിയന്തര സാഹചര്യം അല്ലെങ്കിൽ: { $phone }-ൽ വിളിക്കുക
        [emergency-bsl] { $name }: ബ്രിട്ടീഷ് ആംഗ്യഭാഷയിൽ (British Sign Language) അടിയന്തര കോളുകൾ, ആപ്പ് അല്ലെങ്കിൽ വെബ്സൈറ്റ് വഴി
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            ഫോൺ: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            ടെക്സ്റ്റ് സന്ദേശം (SMS): { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            വെബ്സൈറ്റ്: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            ഇമെയിൽ: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            പ്രവർത്തന സമയം: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            സൗജന്യവും രഹസ്യാത്മകവും.
        [free] {""}
            സൗജന്യം.
        [confidential] {""}
            രഹസ്യാത്മകം.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            200-ലധികം ഭാഷകളിൽ സഹായം.
        [interpreters] {""}
            ദ്വിഭാഷികൾ (interpreters) ലഭ്യമാണ്.
        [spanish-portuguese] {""}
            സ്പാനിഷിലും പോർച്ചുഗീസിലും സഹായം.
        [spanish] {""}
            സ്പാനിഷിൽ സഹായം.
        [portuguese] {""}
            പോർച്ചുഗീസിൽ സഹായം.
        [multilingual] {""}
            പല ഭാഷകളിൽ സഹായം.
        [bsl] {""}
            ബ്രിട്ടീഷ് ആംഗ്യഭാഷയിൽ (BSL) സഹായം.
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            സ്ത്രീകൾക്ക്.
        [latin-american-women] {""}
            ലാറ്റിൻ അമേരിക്കൻ സ്ത്രീകൾക്ക്.
        [black-minoritised-women] {""}
            കറുത്ത വംശജരും ന്യൂനപക്ഷ വംശജരുമായ സ്ത്രീകൾക്ക് (Black and minoritised women).
        [lgbt] {""}
            LGBT+ ആളുകൾക്ക്.
        [domestic-workers] {""}
            കുടിയേറ്റക്കാരായ വീട്ടുജോലിക്കാർക്ക്.
        [age-16-plus] {""}
            16 വയസ്സോ അതിൽ കൂടുതലോ ഉള്ള ആർക്കും.
        [deaf-bsl] {""}
            ബ്രിട്ടീഷ് ആംഗ്യഭാഷ ഉപയോഗിക്കുന്ന, കേൾവിശക്തി ഇല്ലാത്തവർക്ക്.
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            നിങ്ങൾ സമ്മതിച്ചാൽ മാത്രമേ അവർ നിങ്ങളുടെ വിവരങ്ങൾ പങ്കുവയ്ക്കൂ; ആരെങ്കിലും ഉടനടി അപകടത്തിലാണെങ്കിലോ ഒരു കുട്ടി അപകടസാധ്യതയിലാണെങ്കിലോ ഒഴികെ.
        [legally-privileged] {""}
            അവരുടെ ഉപദേശത്തിന് നിയമപരമായ രഹസ്യപരിരക്ഷയുണ്ട് (legally privileged).
        [immigration-advice] {""}
            അവർ അംഗീകൃത ഇമിഗ്രേഷൻ ഉപദേശം നൽകുന്നു.
        [legal-representation] {""}
            ചിലപ്പോൾ അവർക്ക് നിങ്ങളെ പ്രതിനിധീകരിക്കാൻ കഴിയും.
        [union-membership] {""}
            ആർക്കും ഒരു യൂണിയനിൽ ചേരാം. ചില യൂണിയനുകൾ ഇതിനകം അംഗങ്ങളായവരെ മാത്രമേ പ്രതിനിധീകരിക്കൂ.
        [find-immigration-adviser] {""}
            ഇമിഗ്രേഷൻ ഉപദേശകരെ നിയന്ത്രിക്കുന്ന ഔദ്യോഗിക സ്ഥാപനം. അംഗീകൃത (regulated) ഉപദേശകനെ കണ്ടെത്താൻ വെബ്സൈറ്റിലെ adviser finder ഉപയോഗിക്കുക.
        [early-conciliation-ni] {""}
            നോർത്തേൺ അയർലൻഡിലെ ആദ്യഘട്ട ഒത്തുതീർപ്പ് (early conciliation).
        [hseni-councils] {""}
            നോർത്തേൺ അയർലൻഡിലെ തൊഴിലിടത്തെ ആരോഗ്യ-സുരക്ഷാ സ്ഥാപനം. കടകൾ, ഓഫീസുകൾ, ഹോട്ടലുകൾ, റെസ്റ്റോറന്റുകൾ, പബ്ബുകൾ, വിനോദ കേന്ദ്രങ്ങൾ, കെയർ ഹോമുകൾ എന്നിവ പ്രാദേശിക കൗൺസിലാണ് (council) നോക്കുന്നത്.
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                അവരുടെ എല്ലാ വിവരങ്ങളും ഞങ്ങൾക്ക് സ്ഥിരീകരിക്കാൻ കഴിഞ്ഞില്ല. ബന്ധപ്പെടുമ്പോൾ അവ പരിശോധിക്കുക.
           *[other] {""}
                ഏറ്റവും പുതിയ വിവരങ്ങൾ അവരുടെ വെബ്സൈറ്റിൽ പരിശോധിക്കുക.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            പ്രദേശം: ഇംഗ്ലണ്ട്.
        [wales] {""}
            പ്രദേശം: വെയിൽസ്.
        [scotland] {""}
            പ്രദേശം: സ്കോട്ട്ലൻഡ്.
        [northern-ireland] {""}
            പ്രദേശം: നോർത്തേൺ അയർലൻഡ്.
        [england-wales] {""}
            പ്രദേശം: ഇംഗ്ലണ്ട്, വെയിൽസ്.
        [england-wales-scotland] {""}
            പ്രദേശം: ഇംഗ്ലണ്ട്, വെയിൽസ്, സ്കോട്ട്ലൻഡ്.
        [scotland-northern-ireland] {""}
            പ്രദേശം: സ്കോട്ട്ലൻഡ്, നോർത്തേൺ അയർലൻഡ്.
       *[none] {""}
    }
