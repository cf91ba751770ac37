# status: reviewed

nation-question = Where do you work?
nation-why = The law, and the places that can help, are different in Northern Ireland.
nation-england = England
nation-wales = Wales
nation-scotland = Scotland
nation-northern-ireland = Northern Ireland
nation-change = Change where I work
