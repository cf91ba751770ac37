# status: draft
# Cards for the services in flows/directory.yaml, shown by the "signpost" action.
#
# Translators: names, phone numbers, websites and emails arrive as { $variables }:
# never change them. A field the service does not have arrives as "none", and the
# [none] variant prints nothing. Each line variant starts with {""} and the words go
# on the next line: keep that shape so every detail stays on its own line.

signpost-intro = ਇਹ ਸੇਵਾਵਾਂ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ:
signpost-none = ਮੈਨੂੰ ਇਸ ਲਈ ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਹੋਰ ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਚੁਣੋ, ਜਾਂ ਮੀਨੂ 'ਤੇ ਵਾਪਸ ਜਾਓ।

signpost-entry =
    { $kind ->
        [emergency] ਐਮਰਜੈਂਸੀ: { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ
        [police] ਪੁਲਿਸ, ਜਦੋਂ ਐਮਰਜੈਂਸੀ ਨਾ ਹੋਵੇ: { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ
        [emergency-bsl] { $name }: ਬ੍ਰਿਟਿਸ਼ ਸਾਈਨ ਲੈਂਗੁਏਜ ਵਿੱਚ ਐਮਰਜੈਂਸੀ ਕਾਲਾਂ, ਐਪ ਜਾਂ ਵੈੱਬਸਾਈਟ ਰਾਹੀਂ
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            ਫ਼ੋਨ: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            SMS (ਟੈਕਸਟ ਸੁਨੇਹਾ): { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            ਵੈੱਬਸਾਈਟ: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            ਈਮੇਲ: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ।
        [free] {""}
            ਮੁਫ਼ਤ।
        [confidential] {""}
            ਗੁਪਤ।
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            200 ਤੋਂ ਵੱਧ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਮਦਦ।
        [interpreters] {""}
            ਦੁਭਾਸ਼ੀਏ ਮਿਲਦੇ ਹਨ।
        [spanish-portuguese] {""}
            ਸਪੈਨਿਸ਼ ਅਤੇ ਪੁਰਤਗਾਲੀ ਵਿੱਚ ਮਦਦ।
        [spanish] {""}
            ਸਪੈਨਿਸ਼ ਵਿੱਚ ਮਦਦ।
        [portuguese] {""}
            ਪੁਰਤਗਾਲੀ ਵਿੱਚ ਮਦਦ।
        [multilingual] {""}
            ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਮਦਦ।
        [bsl] {""}
            ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL) ਵਿੱਚ ਮਦਦ।
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            ਔਰਤਾਂ ਲਈ।
        [latin-american-women] {""}
            ਲਾਤੀਨੀ ਅਮਰੀਕੀ ਔਰਤਾਂ ਲਈ।
        [black-minoritised-women] {""}
            Black ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਔਰਤਾਂ ਲਈ।
        [lgbt] {""}
            LGBT+ ਲੋਕਾਂ ਲਈ।
        [domestic-workers] {""}
            ਪਰਵਾਸੀ ਘਰੇਲੂ ਵਰਕਰਾਂ ਲਈ।
        [age-16-plus] {""}
            16 ਸਾਲ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਉਮਰ ਦੇ ਕਿਸੇ ਵੀ ਵਿਅਕਤੀ ਲਈ।
        [deaf-bsl] {""}
            ਬ੍ਰਿਟਿਸ਼ ਸਾਈਨ ਲੈਂਗੁਏਜ ਵਰਤਣ ਵਾਲੇ ਉਹਨਾਂ ਲੋਕਾਂ ਲਈ ਜੋ ਸੁਣ ਨਹੀਂ ਸਕਦੇ।
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            ਉਹ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਸਿਰਫ਼ ਤਾਂ ਹੀ ਸਾਂਝੀ ਕਰਦੇ ਹਨ ਜੇ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋਵੋ, ਸਿਵਾਏ ਉਦੋਂ ਜਦੋਂ ਕੋਈ ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ ਜਾਂ ਕਿਸੇ ਬੱਚੇ ਨੂੰ ਖ਼ਤਰਾ ਹੋਵੇ।
        [legally-privileged] {""}
            ਉਹਨਾਂ ਦੀ ਸਲਾਹ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਗੁਪਤ ਹੁੰਦੀ ਹੈ (legally privileged)।
        [immigration-advice] {""}
            ਉਹ ਮਾਨਤਾ-ਪ੍ਰਾਪਤ (regulated) ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹ ਦਿੰਦੇ ਹਨ।
        [legal-representation] {""}
            ਕਦੇ-ਕਦੇ ਉਹ ਤੁਹਾਡੀ ਨੁਮਾਇੰਦਗੀ ਕਰ ਸਕਦੇ ਹਨ।
        [union-membership] {""}
            ਕੋਈ ਵੀ ਯੂਨੀਅਨ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਸਕਦਾ ਹੈ। ਕੁਝ ਯੂਨੀਅਨਾਂ ਸਿਰਫ਼ ਉਹਨਾਂ ਲੋਕਾਂ ਦੀ ਨੁਮਾਇੰਦਗੀ ਕਰਦੀਆਂ ਹਨ ਜੋ ਪਹਿਲਾਂ ਤੋਂ ਮੈਂਬਰ ਹਨ।
        [find-immigration-adviser] {""}
            ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹਕਾਰਾਂ ਨੂੰ ਨਿਯਮਤ ਕਰਨ ਵਾਲੀ ਸਰਕਾਰੀ ਸੰਸਥਾ। ਮਾਨਤਾ-ਪ੍ਰਾਪਤ (regulated) ਸਲਾਹਕਾਰ ਲੱਭਣ ਲਈ ਵੈੱਬਸਾਈਟ 'ਤੇ ਇਸਦਾ adviser finder ਵਰਤੋ।
        [early-conciliation-ni] {""}
            ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਸ਼ੁਰੂਆਤੀ ਸੁਲ੍ਹਾ (early conciliation)।
        [hseni-councils] {""}
            ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੰਮ 'ਤੇ ਸਿਹਤ ਅਤੇ ਸੁਰੱਖਿਆ ਦੀ ਸੰਸਥਾ। ਦੁਕਾਨਾਂ, ਦਫ਼ਤਰ, ਹੋਟਲ, ਰੈਸਟੋਰੈਂਟ, ਪੱਬ, ਮਨੋਰੰਜਨ ਥਾਵਾਂ ਅਤੇ ਕੇਅਰ ਹੋਮ ਸਥਾਨਕ ਕੌਂਸਲ (council) ਦੇਖਦੀ ਹੈ।
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                ਅਸੀਂ ਉਹਨਾਂ ਦੀ ਸਾਰੀ ਜਾਣਕਾਰੀ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕਰ ਸਕੇ। ਸੰਪਰਕ ਕਰਦੇ ਵੇਲੇ ਇਸਨੂੰ ਜਾਂਚ ਲਓ।
           *[other] {""}
                ਉਹਨਾਂ ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਤਾਜ਼ਾ ਜਾਣਕਾਰੀ ਦੇਖ ਲਓ।
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            ਖੇਤਰ: ਇੰਗਲੈਂਡ।
        [wales] {""}
            ਖੇਤਰ: ਵੇਲਜ਼।
        [scotland] {""}
            ਖੇਤਰ: ਸਕਾਟਲੈਂਡ।
        [northern-ireland] {""}
            ਖੇਤਰ: ਉੱਤਰੀ ਆਇਰਲੈਂਡ।
        [england-wales] {""}
            ਖੇਤਰ: ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼।
        [england-wales-scotland] {""}
            ਖੇਤਰ: ਇੰਗਲੈਂਡ, ਵੇਲਜ਼ ਅਤੇ ਸਕਾਟਲੈਂਡ।
        [scotland-northern-ireland] {""}
            ਖੇਤਰ: ਸਕਾਟਲੈਂਡ ਅਤੇ ਉੱਤਰੀ ਆਇਰਲੈਂਡ।
       *[none] {""}
    }
