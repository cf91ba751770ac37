# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਸੁਣ ਨਹੀਂ ਸਕਦੇ ਅਤੇ ਬ੍ਰਿਟਿਸ਼ ਸਾਈਨ ਲੈਂਗੁਏਜ (British Sign Language) ਵਰਤਦੇ ਹੋ, ਤਾਂ ਮੁਫ਼ਤ { $bsl } ਐਪ ਜਾਂ ਵੈੱਬਸਾਈਟ ਵਰਤੋ।
support-question = ਤੁਹਾਨੂੰ ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
support-after = ਤੁਸੀਂ ਆਪ ਫ਼ੈਸਲਾ ਕਰਦੇ ਹੋ ਕਿ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਹੈ ਜਾਂ ਨਹੀਂ। ਇਹ ਬੋਟ ਉਹਨਾਂ ਨੂੰ ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਨਹੀਂ ਦੱਸਦਾ।

support-immediate-danger = ਮੈਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ
support-sexual-assault = ਮੇਰੇ ਨਾਲ ਜਿਨਸੀ ਹਮਲਾ ਹੋਇਆ
support-stalking = ਕੋਈ ਮੇਰਾ ਪਿੱਛਾ ਕਰ ਰਿਹਾ ਹੈ
support-emotional-support = ਮੈਨੂੰ ਕੋਈ ਚਾਹੀਦਾ ਹੈ ਜੋ ਮੇਰੀ ਗੱਲ ਸੁਣੇ
support-employment-advice = ਮੈਨੂੰ ਕੰਮ ਬਾਰੇ ਸਲਾਹ ਚਾਹੀਦੀ ਹੈ
support-migrant = ਮੈਂ ਪਰਵਾਸੀ ਵਰਕਰ ਹਾਂ
support-domestic-worker = ਮੈਂ ਘਰੇਲੂ ਵਰਕਰ ਹਾਂ
support-lgbt = ਮੈਨੂੰ LGBT+ ਮਦਦ ਚਾਹੀਦੀ ਹੈ
support-whistleblowing = ਮੈਂ ਕਿਸੇ ਗਲਤ ਕੰਮ ਦੀ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਹੈ
support-something-else = ਕਿਸੇ ਹੋਰ ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ
