# status: draft
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = العربية
language-choose = يُرجى اختيار لغتك.
draft-notice = هذه الترجمة جديدة وقد تحتوي على أخطاء. للقراءة بالإنجليزية، يُرجى إرسال /language.
text-unavailable = عذرًا، هذا النص غير متوفر الآن.

choose-below = يُرجى اختيار أحد الخيارات أدناه.
leave-now = الخروج الآن
back-to-menu = العودة إلى القائمة
ask-skip = تخطي هذا السؤال

stale-button = هذا الزر من خطوة سابقة. هذا هو مكانك الآن:
use-buttons = يُرجى اختيار أحد الخيارات، أو كتابة رقمه.
unknown-command = لا أعرف هذا الأمر. يمكنك استخدام /start أو /language أو /help أو /back أو /restart أو /exit.
text-too-long = هذا طويل جدًا. يُرجى أن يكون عدد الأحرف أقل من { $max }.
text-empty = يُرجى كتابة إجابة، أو إرسال /back للرجوع.
nothing-to-go-back-to = لا توجد خطوة سابقة للرجوع إليها.
something-went-wrong = عذرًا، حدث خطأ من جهتنا. لم تضِع محادثتك. يُرجى إرسال /restart للعودة إلى القائمة.
withdraw-how = لسحب بلاغ، يُرجى إرسال /withdraw ثم رمز الإيصال الخاص بك.
withdraw-done = تم سحب بلاغك وحذفه.
withdraw-failed = لم أجد بلاغًا بهذا الرمز. ربما تم فتحه أو سحبه أو حذفه من قبل.

exit-neutral = الطقس اليوم: معتدل، مع بعض الغيوم لاحقًا.
exit-not-all-removed = تعذّر حذف بعض رسائل هذه المحادثة حتى الآن. سيواصل البوت المحاولة لمدة تصل إلى 48 ساعة. لحذف المحادثة كلها الآن، افتح قائمة المحادثة واختر «حذف المحادثة» (Delete chat).

help-commands =
    يمكنك إرسال هذه الأوامر في أي وقت:
    /exit – الخروج الآن. يحذف البوت رسائل هذه المحادثة من آخر 48 ساعة.
    /back – الرجوع خطوة واحدة
    /restart – البدء من جديد من القائمة الرئيسية. ينسى البوت إجاباتك، ومنها مكان عملك.
    /language – تغيير اللغة
    /help – هذه القائمة

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = أتحدث فقط في المحادثات الخاصة، حتى لا يتمكن أشخاص آخرون في المجموعة من قراءة ما تخبرني به. يُرجى فتح محادثة خاصة معي بدلًا من ذلك. سأغادر هذه المجموعة الآن.
slow-down = رسائلك تصل بسرعة كبيرة. يُرجى الانتظار دقيقة، ثم المتابعة.
text-too-long-message = هذه الرسالة أطول من أن أقرأها، لذلك لم أحتفظ بها. يُرجى إرسال رسالة عدد أحرفها أقل من { $max }.
only-text = لا أستطيع أن أقرأ إلا النصوص والضغط على الأزرار، لذلك لم أطّلع على ما أرسلته. يُرجى كتابة إجابتك بدلًا من ذلك.

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    هذا البوت لا يقرأ الرسائل المكتوبة هنا. يُرجى استخدام الأزرار أدناه، أو كتابة رقم الخيار.
    ما كتبته يبقى في هذه المحادثة. الأمر /exit يحذف رسائل هذه المحادثة من آخر 48 ساعة.
    إذا كنت في خطر الآن، اتصل بالرقم 999.
