# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = उत्तरी आयरलैंड (Northern Ireland) में एक अलग कानून आपकी रक्षा करता है: { $law }। कुछ संस्थाएँ और नियम भी अलग हैं।
rights-what-to-know = आप क्या जानना चाहते हैं?
rights-is-it = क्या यह यौन उत्पीड़न है?
rights-duties = मेरे नियोक्ता को क्या करना ज़रूरी है?
rights-time = समय-सीमा और रोज़गार अदालत
back-to-rights = मेरे अधिकारों के बारे में और
