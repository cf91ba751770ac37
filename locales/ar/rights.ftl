# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = في أيرلندا الشمالية يحميك قانون مختلف: { $law }. بعض الجهات والقواعد مختلفة أيضًا.
rights-what-to-know = ما الذي يهمك معرفته؟
rights-is-it = هل هذا تحرش جنسي؟
rights-duties = ماذا يجب على صاحب عملي؟
rights-time = المهل الزمنية ومحكمة العمل
back-to-rights = المزيد عن حقوقي
