# status: draft

nation-question = तपाईं कहाँ काम गर्नुहुन्छ?
nation-why = उत्तरी आयरल्यान्डमा कानुन, र मद्दत गर्न सक्ने ठाउँहरू, फरक छन्।
nation-england = इङ्ल्यान्ड
nation-wales = वेल्स
nation-scotland = स्कटल्यान्ड
nation-northern-ireland = उत्तरी आयरल्यान्ड
nation-change = काम गर्ने ठाउँ बदल्नुहोस्
