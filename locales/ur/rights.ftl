# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = شمالی آئرلینڈ میں ایک الگ قانون آپ کو تحفظ دیتا ہے: { $law }۔ وہاں کچھ ادارے اور اصول بھی مختلف ہیں۔
rights-what-to-know = آپ کو کس بارے میں جاننا ہے؟
rights-is-it = کیا یہ جنسی ہراسانی ہے؟
rights-duties = میرے آجر پر کیا لازم ہے؟
rights-time = وقت کی حد اور ٹریبونل
back-to-rights = میرے حقوق کے بارے میں مزید
