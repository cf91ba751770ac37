# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = यी सेवाहरूले मद्दत गर्न सक्छन्:
signpost-none = यसका लागि मैले कुनै सेवा भेट्टाउन सकिनँ। कृपया अर्को किसिमको मद्दत छान्नुहोस्, वा मेनुमा फर्कनुहोस्।

signpost-entry =
    { $kind ->
        [emergency] आपत्कालीन: { $phone } मा फोन गर्नुहोस्
        [police] प्रहरी, आपत्कालीन अवस्था नभएमा: { $phone } मा फोन गर्नुहोस्
        [emergency-bsl] { $name }: ब्रिटिस साङ्केतिक भाषा (British Sign Language) मा आपत्कालीन कल, एप वा वेबसाइटबाट
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            फोन: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            एसएमएस (SMS): { $text }
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
            इमेल: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            खुला हुने समय: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            निःशुल्क र गोप्य।
        [free] {""}
            निःशुल्क।
        [confidential] {""}
            गोप्य।
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            200 भन्दा बढी भाषामा मद्दत।
        [interpreters] {""}
            दोभाषे (interpreter) उपलब्ध छन्।
        [spanish-portuguese] {""}
            स्पेनिस र पोर्चुगिज भाषामा मद्दत।
        [spanish] {""}
            स्पेनिस भाषामा मद्दत।
        [portuguese] {""}
            पोर्चुगिज भाषामा मद्दत।
        [multilingual] {""}
            धेरै भाषामा मद्दत।
        [bsl] {""}
            ब्रिटिश सांकेतिक भाषा (BSL) मा मद्दत।
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            महिलाहरूका लागि।
        [latin-american-women] {""}
            ल्याटिन अमेरिकी महिलाहरूका लागि।
        [black-minoritised-women] {""}
            अश्वेत र अल्पसंख्यक समुदायका महिलाहरूका लागि (Black and minoritised women)।
        [lgbt] {""}
            LGBT+ मानिसहरूका लागि।
        [domestic-workers] {""}
            आप्रवासी घरेलु कामदारहरूका लागि।
        [age-16-plus] {""}
            16 वर्ष वा सोभन्दा माथिका जो कोहीका लागि।
        [deaf-bsl] {""}
            ब्रिटिस साङ्केतिक भाषा प्रयोग गर्ने बहिरा मानिसहरूका लागि।
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            तपाईं सहमत हुनुभयो भने मात्र उनीहरूले तपाईंको विवरण बाँड्छन्, कोही तुरुन्त खतरामा छ वा कुनै बच्चा जोखिममा छ भने बाहेक।
        [legally-privileged] {""}
            उनीहरूको सल्लाह कानुनी रूपमा गोप्य राखिने (legally privileged) हुन्छ।
        [immigration-advice] {""}
            उनीहरू मान्यताप्राप्त अध्यागमन सल्लाह दिन्छन्।
        [legal-representation] {""}
            कहिलेकाहीँ उनीहरूले तपाईंको प्रतिनिधित्व गर्न सक्छन्।
        [union-membership] {""}
            जो कोही पनि युनियनमा सामेल हुन सक्छ। केही युनियनले पहिले नै सदस्य भइसकेका मानिसहरूको मात्र प्रतिनिधित्व गर्छन्।
        [find-immigration-adviser] {""}
            अध्यागमन सल्लाहकारहरूलाई नियमन गर्ने आधिकारिक निकाय। मान्यताप्राप्त (regulated) सल्लाहकार खोज्न वेबसाइटमा यसको adviser finder प्रयोग गर्नुहोस्।
        [early-conciliation-ni] {""}
            उत्तरी आयरल्यान्डमा प्रारम्भिक मेलमिलाप (early conciliation)।
        [hseni-councils] {""}
            उत्तरी आयरल्यान्डमा कामको स्वास्थ्य र सुरक्षा निकाय। पसल, कार्यालय, होटल, रेस्टुरेन्ट, पब, मनोरञ्जन स्थल र केयर होम स्थानीय काउन्सिल (council) ले हेर्छ।
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                उनीहरूका सबै विवरण हामीले पुष्टि गर्न सकेनौं। सम्पर्क गर्दा ती जाँच गर्नुहोस्।
           *[other] {""}
                हालको विवरण उनीहरूको वेबसाइटमा जाँच गर्नुहोस्।
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            क्षेत्र: इङ्ल्यान्ड।
        [wales] {""}
            क्षेत्र: वेल्स।
        [scotland] {""}
            क्षेत्र: स्कटल्यान्ड।
        [northern-ireland] {""}
            क्षेत्र: उत्तरी आयरल्यान्ड।
        [england-wales] {""}
            क्षेत्र: इङ्ल्यान्ड र वेल्स।
        [england-wales-scotland] {""}
            क्षेत्र: इङ्ल्यान्ड, वेल्स र स्कटल्यान्ड।
        [scotland-northern-ireland] {""}
            क्षेत्र: स्कटल्यान्ड र उत्तरी आयरल्यान्ड।
       *[none] {""}
    }
