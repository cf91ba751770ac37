# status: draft

nation-question = Saan ka po nagtatrabaho?
nation-why = Iba ang batas, at ang mga lugar na puwedeng tumulong, sa Northern Ireland.
nation-england = England
nation-wales = Wales
nation-scotland = Scotland
nation-northern-ireland = Northern Ireland
nation-change = Palitan kung saan ako nagtatrabaho
