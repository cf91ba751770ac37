# status: draft

nation-question = ਤੁਸੀਂ ਕਿੱਥੇ ਕੰਮ ਕਰਦੇ ਹੋ?
nation-why = ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਕਾਨੂੰਨ ਵੱਖਰਾ ਹੈ, ਅਤੇ ਮਦਦ ਕਰਨ ਵਾਲੀਆਂ ਥਾਵਾਂ ਵੀ ਵੱਖਰੀਆਂ ਹਨ।
nation-england = ਇੰਗਲੈਂਡ
nation-wales = ਵੇਲਜ਼
nation-scotland = ਸਕਾਟਲੈਂਡ
nation-northern-ireland = ਉੱਤਰੀ ਆਇਰਲੈਂਡ
nation-change = ਕੰਮ ਦੀ ਥਾਂ ਬਦਲੋ
