# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = ये सेवाएँ मदद कर सकती हैं:
signpost-none = मुझे इसके लिए कोई सेवा नहीं मिली। कृपया किसी और तरह की मदद चुनें, या मेन्यू पर वापस जाएँ।

signpost-entry =
    { $kind ->
        [emergency] आपातकाल: { $phone } पर कॉल करें
        [police] पुलिस, जब आपातकाल न हो: { $phone } पर कॉल करें
        [emergency-bsl] { $name }: ब्रिटिश साइन लैंग्वेज में आपातकालीन कॉल, ऐप या वेबसाइट से
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            फ़ोन: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            SMS (टेक्स्ट मैसेज): { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            वेबसाइट: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            ईमेल: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            खुलने का समय: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            मुफ़्त और गोपनीय।
        [free] {""}
            मुफ़्त।
        [confidential] {""}
            गोपनीय।
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            200 से ज़्यादा भाषाओं में मदद।
        [interpreters] {""}
            दुभाषिए उपलब्ध हैं।
        [spanish-portuguese] {""}
            स्पेनिश और पुर्तगाली में मदद।
        [spanish] {""}
            स्पेनिश में मदद।
        [portuguese] {""}
            पुर्तगाली में मदद।
        [multilingual] {""}
            कई भाषाओं में मदद।
        [bsl] {""}
            ब्रिटिश सांकेतिक भाषा (BSL) में मदद।
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            महिलाओं के लिए।
        [latin-american-women] {""}
            लैटिन अमेरिकी महिलाओं के लिए।
        [black-minoritised-women] {""}
            अश्वेत (Black) और अल्पसंख्यक समुदायों की महिलाओं के लिए।
        [lgbt] {""}
            LGBT+ लोगों के लिए।
        [domestic-workers] {""}
            प्रवासी घरेलू कामगारों के लिए।
        [age-16-plus] {""}
            16 साल या उससे ज़्यादा उम्र के किसी भी व्यक्ति के लिए।
        [deaf-bsl] {""}
            ब्रिटिश साइन लैंग्वेज इस्तेमाल करने वाले उन लोगों के लिए जो सुन नहीं सकते।
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            वे आपकी जानकारी सिर्फ़ तभी साझा करते हैं जब आप सहमति दें, जब तक कि कोई तुरंत ख़तरे में न हो या किसी बच्चे को ख़तरा न हो।
        [legally-privileged] {""}
            उनकी सलाह कानूनी रूप से गोपनीय होती है (legally privileged)।
        [immigration-advice] {""}
            वे मान्यता-प्राप्त (regulated) इमिग्रेशन सलाह देते हैं।
        [legal-representation] {""}
            कभी-कभी वे आपका प्रतिनिधित्व कर सकते हैं।
        [union-membership] {""}
            कोई भी यूनियन में शामिल हो सकता है। कुछ यूनियनें सिर्फ़ उन्हीं लोगों का प्रतिनिधित्व करती हैं जो पहले से सदस्य हैं।
        [find-immigration-adviser] {""}
            इमिग्रेशन सलाहकारों को नियंत्रित करने वाली सरकारी संस्था। मान्यता-प्राप्त (regulated) सलाहकार ढूँढने के लिए वेबसाइट पर उनका adviser finder इस्तेमाल करें।
        [early-conciliation-ni] {""}
            उत्तरी आयरलैंड में शुरुआती सुलह (early conciliation)।
        [hseni-councils] {""}
            उत्तरी आयरलैंड में काम पर स्वास्थ्य और सुरक्षा की संस्था। दुकानें, दफ़्तर, होटल, रेस्टोरेंट, पब, मनोरंजन स्थल और केयर होम स्थानीय काउंसिल (council) देखती है।
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                हम उनकी सारी जानकारी की पुष्टि नहीं कर सके। संपर्क करते समय इसे जाँच लें।
           *[other] {""}
                उनकी वेबसाइट पर ताज़ा जानकारी देख लें।
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            क्षेत्र: इंग्लैंड।
        [wales] {""}
            क्षेत्र: वेल्स।
        [scotland] {""}
            क्षेत्र: स्कॉटलैंड।
        [northern-ireland] {""}
            क्षेत्र: उत्तरी आयरलैंड।
        [england-wales] {""}
            क्षेत्र: इंग्लैंड और वेल्स।
        [england-wales-scotland] {""}
            क्षेत्र: इंग्लैंड, वेल्स और स्कॉटलैंड।
        [scotland-northern-ireland] {""}
            क्षेत्र: स्कॉटलैंड और उत्तरी आयरलैंड।
       *[none] {""}
    }
