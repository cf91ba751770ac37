# status: draft

nation-question = Onde você trabalha?
nation-why = A lei, e os lugares que podem ajudar, são diferentes na Irlanda do Norte.
nation-england = Inglaterra
nation-wales = País de Gales
nation-scotland = Escócia
nation-northern-ireland = Irlanda do Norte
nation-change = Mudar onde trabalho
