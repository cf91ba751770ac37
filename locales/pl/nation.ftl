# status: draft

nation-question = Gdzie pracujesz?
nation-why = Prawo i miejsca, w których można dostać pomoc, są inne w Irlandii Północnej.
nation-england = Anglia
nation-wales = Walia
nation-scotland = Szkocja
nation-northern-ireland = Irlandia Północna
nation-change = Zmień miejsce pracy
