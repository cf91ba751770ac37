# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = उत्तरी आयरल्यान्ड (Northern Ireland) मा अर्कै कानुनले तपाईंलाई संरक्षण दिन्छ: { $law }। केही निकाय र नियमहरू पनि फरक छन्।
rights-what-to-know = तपाईं के जान्न चाहनुहुन्छ?
rights-is-it = के यो यौन दुर्व्यवहार हो?
rights-duties = मेरो रोजगारदाताले के गर्नुपर्छ?
rights-time = समय सीमा र ट्राइब्युनल
back-to-rights = मेरा अधिकारबारे थप
