# status: draft
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = हिन्दी
language-choose = अपनी भाषा चुनें।
draft-notice = यह अनुवाद नया है और इसमें गलतियाँ हो सकती हैं। अंग्रेज़ी में पढ़ने के लिए /language भेजें।
text-unavailable = माफ़ कीजिए, यह संदेश अभी उपलब्ध नहीं है।

choose-below = नीचे से कोई एक विकल्प चुनें।
leave-now = अभी निकलें
back-to-menu = मेन्यू पर वापस
ask-skip = यह सवाल छोड़ें

stale-button = वह बटन पहले का है। आप अभी यहाँ हैं:
use-buttons = कृपया कोई एक विकल्प चुनें, या उसका नंबर लिखें।
unknown-command = मुझे यह कमांड नहीं पता। आप /start, /language, /help, /back, /restart या /exit इस्तेमाल कर सकते हैं।
text-too-long = यह बहुत लंबा है। कृपया इसे { $max } अक्षरों से कम रखें।
text-empty = कृपया जवाब लिखें, या पीछे जाने के लिए /back भेजें।
nothing-to-go-back-to = पीछे जाने के लिए कुछ नहीं है।
something-went-wrong = माफ़ कीजिए, हमारी तरफ़ से कुछ गड़बड़ हो गई। आपकी बातचीत खोई नहीं है। मेन्यू पर वापस जाने के लिए /restart भेजें।
withdraw-how = कोई रिपोर्ट वापस लेने के लिए, /withdraw भेजें और उसके बाद अपना रसीद कोड (receipt code) लिखें।
withdraw-done = आपकी रिपोर्ट वापस ले ली गई है और मिटा दी गई है।
withdraw-failed = मुझे इस कोड वाली कोई रिपोर्ट नहीं मिली। हो सकता है वह पहले ही खोली, वापस ली या मिटाई जा चुकी हो।

exit-neutral = आज का मौसम: सुहाना, बाद में थोड़े बादल।
exit-how-to-delete = इस चैट को पूरी तरह हटाने के लिए, चैट का मेन्यू खोलें और "Delete chat" (चैट मिटाएँ) चुनें।

help-commands =
    आप ये कभी भी भेज सकते हैं:
    /exit – अभी निकलें और यह बातचीत मिटाएँ
    /back – एक कदम पीछे जाएँ
    /restart – मेन्यू पर वापस जाएँ
    /language – भाषा बदलें
    /help – यह सूची

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = मैं सिर्फ़ निजी चैट में बात करता हूँ, ताकि ग्रुप के दूसरे लोग वह न पढ़ सकें जो आप मुझे बताते हैं। कृपया इसकी जगह मेरे साथ एक निजी चैट खोलें। मैं अब यह ग्रुप छोड़ रहा हूँ।
slow-down = आप बहुत जल्दी-जल्दी संदेश भेज रहे हैं। कृपया एक मिनट रुकें, फिर आगे बढ़ें।
text-too-long-message = यह संदेश मेरे पढ़ने के लिए बहुत लंबा है, इसलिए मैंने इसे नहीं रखा है। कृपया { $max } अक्षरों से कम का संदेश भेजें।
only-text = मैं सिर्फ़ लिखा हुआ टेक्स्ट और दबाए गए बटन पढ़ सकता हूँ, इसलिए मैंने उसे नहीं देखा है। कृपया अपना जवाब लिखकर भेजें।

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    यह बॉट यहाँ टाइप किए गए संदेश नहीं पढ़ता। कृपया नीचे दिए गए बटन इस्तेमाल करें, या किसी विकल्प का नंबर टाइप करें।
    आपने जो टाइप किया, वह इस चैट में बना रहता है। /exit इस चैट के पिछले 48 घंटों के संदेश हटा देता है।
    अगर आप अभी खतरे में हैं, तो 999 पर कॉल करें।
