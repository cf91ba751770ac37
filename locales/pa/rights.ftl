# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = ਉੱਤਰੀ ਆਇਰਲੈਂਡ (Northern Ireland) ਵਿੱਚ ਇੱਕ ਵੱਖਰਾ ਕਾਨੂੰਨ ਤੁਹਾਡੀ ਰੱਖਿਆ ਕਰਦਾ ਹੈ: { $law }। ਕੁਝ ਸੰਸਥਾਵਾਂ ਅਤੇ ਨਿਯਮ ਵੀ ਵੱਖਰੇ ਹਨ।
rights-what-to-know = ਤੁਸੀਂ ਕੀ ਜਾਣਨਾ ਚਾਹੁੰਦੇ ਹੋ?
rights-is-it = ਕੀ ਇਹ ਜਿਨਸੀ ਪਰੇਸ਼ਾਨੀ ਹੈ?
rights-duties = ਮੇਰੇ ਮਾਲਕ ਨੂੰ ਕੀ ਕਰਨਾ ਜ਼ਰੂਰੀ ਹੈ?
rights-time = ਸਮਾਂ-ਸੀਮਾ ਅਤੇ ਰੁਜ਼ਗਾਰ ਅਦਾਲਤ
back-to-rights = ਮੇਰੇ ਹੱਕਾਂ ਬਾਰੇ ਹੋਰ
