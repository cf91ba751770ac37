# status: draft

nation-question = ¿Dónde trabaja?
nation-why = La ley, y los lugares que pueden ayudarle, son diferentes en Irlanda del Norte.
nation-england = Inglaterra
nation-wales = Gales
nation-scotland = Escocia
nation-northern-ireland = Irlanda del Norte
nation-change = Cambiar dónde trabajo
