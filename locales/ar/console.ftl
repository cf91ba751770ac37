# status: draft
# محادثة الطرفية (advice-bot chat) للمنظمين الذين يجربون البوت.

console-intro = اكتب رقم الخيار واضغط Enter. للخروج، اكتب /quit أو اضغط Ctrl-D.
