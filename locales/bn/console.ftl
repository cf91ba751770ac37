# status: draft
# টার্মিনাল চ্যাট (advice-bot chat) সংগঠকদের বট পরীক্ষা করার জন্য।

console-intro = একটি বিকল্পের নম্বর লিখে Enter চাপুন। বের হতে /quit লিখুন বা Ctrl-D চাপুন।
