# status: draft

nation-question = آپ کا کام کہاں ہے؟
nation-why = شمالی آئرلینڈ میں قانون، اور مدد کرنے والے ادارے، مختلف ہیں۔
nation-england = انگلینڈ
nation-wales = ویلز
nation-scotland = اسکاٹ لینڈ
nation-northern-ireland = شمالی آئرلینڈ
nation-change = کام کی جگہ بدلیں
