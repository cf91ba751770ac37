# status: draft

nation-question = أين مكان عملك؟
nation-why = القانون، والجهات التي يمكنها المساعدة، مختلفة في أيرلندا الشمالية.
nation-england = إنجلترا
nation-wales = ويلز
nation-scotland = اسكتلندا
nation-northern-ireland = أيرلندا الشمالية
nation-change = تغيير مكان عملي
