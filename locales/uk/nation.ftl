# status: draft

nation-question = Де ви працюєте?
nation-why = У Північній Ірландії закони та місця, де можуть допомогти, інші.
nation-england = Англія
nation-wales = Уельс
nation-scotland = Шотландія
nation-northern-ireland = Північна Ірландія
nation-change = Змінити місце роботи
