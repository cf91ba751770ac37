# status: draft

nation-question = നിങ്ങൾ എവിടെയാണ് ജോലി ചെയ്യുന്നത്?
nation-why = നോർത്തേൺ അയർലൻഡിൽ നിയമവും സഹായിക്കാൻ കഴിയുന്ന സ്ഥാപനങ്ങളും വ്യത്യസ്തമാണ്.
nation-england = ഇംഗ്ലണ്ട്
nation-wales = വെയിൽസ്
nation-scotland = സ്കോട്ട്ലൻഡ്
nation-northern-ireland = നോർത്തേൺ അയർലൻഡ്
nation-change = ജോലിസ്ഥലം മാറ്റുക
