# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = اگر آپ ابھی خطرے میں ہیں تو { $phone } پر کال کریں۔ اگر آپ کو سنائی نہیں دیتا اور آپ اشاروں کی برطانوی زبان (British Sign Language) استعمال کرتے ہیں، تو مفت { $bsl } ایپ یا ویب سائٹ استعمال کریں۔
support-question = آپ کو کس قسم کی مدد چاہیے؟
support-after = ان سے رابطہ کرنا ہے یا نہیں، یہ آپ کا فیصلہ ہے۔ یہ بوٹ انہیں آپ کے بارے میں کچھ نہیں بتاتا۔

support-immediate-danger = میں ابھی خطرے میں ہوں
support-sexual-assault = مجھ پر جنسی حملہ ہوا
support-stalking = کوئی میرا پیچھا یا نگرانی کر رہا ہے
support-emotional-support = مجھے کوئی چاہیے جو میری بات سنے
support-employment-advice = مجھے کام کے بارے میں مشورہ چاہیے
support-migrant = میں تارک وطن کارکن ہوں
support-domestic-worker = میں گھریلو ملازم ہوں
support-lgbt = مجھے LGBT+ مدد چاہیے
support-whistleblowing = مجھے غلط کاموں کی رپورٹ کرنی ہے
support-something-else = کسی اور قسم کی مدد
