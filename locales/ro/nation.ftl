# status: draft

nation-question = Unde lucrați?
nation-why = Legea și locurile care vă pot ajuta sunt diferite în Irlanda de Nord.
nation-england = Anglia
nation-wales = Țara Galilor
nation-scotland = Scoția
nation-northern-ireland = Irlanda de Nord
nation-change = Schimbați locul de muncă
