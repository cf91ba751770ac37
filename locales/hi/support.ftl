# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = अगर आप अभी ख़तरे में हैं, तो { $phone } पर कॉल करें। अगर आप सुन नहीं सकते और ब्रिटिश साइन लैंग्वेज (British Sign Language) इस्तेमाल करते हैं, तो मुफ़्त { $bsl } ऐप या वेबसाइट इस्तेमाल करें।
support-question = आपको किस तरह की मदद चाहिए?
support-after = आप ख़ुद तय करते हैं कि उनसे संपर्क करना है या नहीं। यह बॉट उन्हें आपके बारे में कुछ नहीं बताता।

support-immediate-danger = मैं अभी ख़तरे में हूँ
support-sexual-assault = मेरे साथ यौन हमला हुआ
support-stalking = कोई मेरा पीछा कर रहा है
support-emotional-support = मुझे कोई चाहिए जो मेरी बात सुने
support-employment-advice = मुझे काम के बारे में सलाह चाहिए
support-migrant = मैं प्रवासी कामगार हूँ
support-domestic-worker = मैं घरेलू कामगार हूँ
support-lgbt = मुझे LGBT+ सहायता चाहिए
support-whistleblowing = मुझे किसी गलत काम की शिकायत करनी है
support-something-else = किसी और तरह की मदद
