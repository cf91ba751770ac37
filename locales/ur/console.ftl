# status: draft
# ٹرمینل چیٹ (advice-bot chat) منتظمین کے لیے ہے جو بوٹ کو آزما رہے ہیں۔

console-intro = کسی آپشن کا نمبر لکھیں اور Enter دبائیں۔ باہر جانے کے لیے /quit لکھیں یا Ctrl-D دبائیں۔
