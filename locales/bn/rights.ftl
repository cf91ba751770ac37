# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = উত্তর আয়ারল্যান্ডে (Northern Ireland) একটি আলাদা আইন আপনাকে রক্ষা করে: { $law }। কিছু প্রতিষ্ঠান আর নিয়মও আলাদা।
rights-what-to-know = আপনি কী জানতে চান?
rights-is-it = এটা কি যৌন হয়রানি?
rights-duties = আমার নিয়োগকর্তাকে কী করতেই হবে?
rights-time = সময়সীমা ও ট্রাইব্যুনাল
back-to-rights = আমার অধিকার নিয়ে আরও
