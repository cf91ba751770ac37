# status: draft

nation-question = आप कहाँ काम करते हैं?
nation-why = उत्तरी आयरलैंड में कानून अलग है, और मदद करने वाली जगहें भी अलग हैं।
nation-england = इंग्लैंड
nation-wales = वेल्स
nation-scotland = स्कॉटलैंड
nation-northern-ireland = उत्तरी आयरलैंड
nation-change = मेरे काम की जगह बदलें
