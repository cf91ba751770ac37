# status: draft
# Messages the bot itself uses on every step. Keep each one short: people read
# these on a phone, maybe in a hurry.

language-name = বাংলা
language-choose = আপনার ভাষা বেছে নিন।
draft-notice = এই অনুবাদটি নতুন, এতে ভুল থাকতে পারে। ইংরেজিতে পড়তে /language পাঠান।
text-unavailable = দুঃখিত, এই লেখাটি এখন পাওয়া যাচ্ছে না।

choose-below = নিচ থেকে একটি বিকল্প বেছে নিন।
leave-now = এখনই বের হন
back-to-menu = মেনুতে ফিরে যান
ask-skip = এই প্রশ্নটি বাদ দিন

stale-button = ওই বোতামটি আগের। আপনি এখন এখানে আছেন:
use-buttons = দয়া করে একটি বিকল্প বেছে নিন, বা তার নম্বরটি লিখুন।
unknown-command = আমি এই কমান্ডটি চিনি না। আপনি /start, /language, /help, /back, /restart বা /exit ব্যবহার করতে পারেন।
text-too-long = এটি খুব লম্বা। দয়া করে { $max } অক্ষরের কম রাখুন।
text-empty = দয়া করে একটি উত্তর লিখুন, অথবা পেছনে যেতে /back পাঠান।
nothing-to-go-back-to = পেছনে যাওয়ার মতো কিছু নেই।
something-went-wrong = দুঃখিত, আমাদের দিকে কিছু একটা সমস্যা হয়েছে। আপনার কথোপকথন হারিয়ে যায়নি। মেনুতে ফিরে যেতে /restart পাঠান।
withdraw-how = কোনো রিপোর্ট ফিরিয়ে নিতে, /withdraw পাঠান এবং তার পরে আপনার রসিদ কোড (receipt code) লিখুন।
withdraw-done = আপনার রিপোর্ট ফিরিয়ে নেওয়া হয়েছে এবং মুছে ফেলা হয়েছে।
withdraw-failed = এই কোডের কোনো রিপোর্ট আমি খুঁজে পাইনি। হয়তো সেটি আগেই খোলা, ফিরিয়ে নেওয়া বা মুছে ফেলা হয়েছে।

exit-neutral = আজকের আবহাওয়া: মনোরম, পরে কিছুটা মেঘলা।
exit-how-to-delete = এই চ্যাটটি পুরোপুরি মুছে ফেলতে, চ্যাটের মেনু খুলুন এবং "Delete chat" (চ্যাট মুছুন) বেছে নিন।

help-commands =
    এগুলো আপনি যেকোনো সময় পাঠাতে পারেন:
    /exit – এখনই বের হন এবং এই কথোপকথন মুছে ফেলুন
    /back – এক ধাপ পেছনে যান
    /restart – মেনুতে ফিরে যান
    /language – ভাষা বদলান
    /help – এই তালিকা

## Telegram transport (bot/telegram.py): said outside a conversation step.

group-refused = আমি শুধু ব্যক্তিগত চ্যাটে কথা বলি, যাতে আপনি আমাকে যা বলেন তা গ্রুপের অন্য লোকেরা পড়তে না পারে। দয়া করে এর বদলে আমার সঙ্গে একটি ব্যক্তিগত চ্যাট খুলুন। আমি এখন এই গ্রুপ ছেড়ে যাচ্ছি।
slow-down = আপনি খুব দ্রুত মেসেজ পাঠাচ্ছেন। দয়া করে এক মিনিট অপেক্ষা করুন, তারপর আবার চালিয়ে যান।
text-too-long-message = এই মেসেজটি আমার পড়ার জন্য খুব লম্বা, তাই আমি এটি রাখিনি। দয়া করে { $max } অক্ষরের কম কিছু পাঠান।
only-text = আমি শুধু লেখা আর বোতাম চাপা পড়তে পারি, তাই ওটা আমি দেখিনি। দয়া করে আপনার উত্তর লিখে পাঠান।

## Typed text where buttons are expected (bot/engine/step.py). 999 is from flows/directory.yaml.

typed-text-not-read =
    এই বট এখানে টাইপ করা মেসেজ পড়ে না। নিচের বোতামগুলো ব্যবহার করুন, অথবা একটি অপশনের নম্বর টাইপ করুন।
    আপনি যা টাইপ করেছেন তা এই চ্যাটে থেকে যায়। /exit এই চ্যাটের গত 48 ঘণ্টার মেসেজ মুছে দেয়।
    আপনি এখন বিপদে থাকলে 999-এ কল করুন।
