# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = तपाईं अहिले खतरामा हुनुहुन्छ भने, { $phone } मा फोन गर्नुहोस्। तपाईं सुन्न नसक्ने (बहिरा) हुनुहुन्छ र ब्रिटिस साङ्केतिक भाषा (British Sign Language) प्रयोग गर्नुहुन्छ भने, निःशुल्क { $bsl } एप वा वेबसाइट प्रयोग गर्नुहोस्।
support-question = तपाईंलाई कस्तो मद्दत चाहिन्छ?
support-after = उनीहरूलाई सम्पर्क गर्ने कि नगर्ने, तपाईं आफैं छान्नुहुन्छ। यो बोटले उनीहरूलाई तपाईंबारे केही पनि भन्दैन।

support-immediate-danger = म अहिले खतरामा छु
support-sexual-assault = ममाथि यौन आक्रमण भयो
support-stalking = कसैले मलाई पछ्याउँछ वा निगरानी गर्छ
support-emotional-support = मेरो कुरा सुन्ने कोही चाहियो
support-employment-advice = कामबारे सल्लाह चाहियो
support-migrant = म आप्रवासी कामदार हुँ
support-domestic-worker = म घरेलु कामदार हुँ
support-lgbt = मलाई LGBT+ सहयोग चाहियो
support-whistleblowing = म गलत कामको रिपोर्ट गर्न चाहन्छु
support-something-else = अर्को किसिमको मद्दत
