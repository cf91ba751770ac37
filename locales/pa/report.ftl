# status: draft
# ਬਿਨਾਂ ਨਾਂ ਦੀ ਰਿਪੋਰਟ (flows/report.yaml)।
# Translators: { $coalition } is the campaign's name and { $app } is "Telegram": keep them
# as they are. Option labels must keep their meaning exactly: organisers count them.

report-unavailable = ਇਸ ਵੇਲੇ ਇਸ ਬੋਟ ਵਿੱਚ ਬਿਨਾਂ ਨਾਂ ਦੀਆਂ ਰਿਪੋਰਟਾਂ ਚਾਲੂ ਨਹੀਂ ਹਨ, ਇਸ ਲਈ ਮੈਂ ਇੱਥੇ ਰਿਪੋਰਟ ਨਹੀਂ ਲੈ ਸਕਦਾ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਸ਼ਿਕਾਇਤ ਕਰਨ ਦੇ ਆਪਣੇ ਹੋਰ ਰਾਹ ਦੇਖ ਸਕਦੇ ਹੋ, ਜਾਂ ਮੀਨੂ 'ਤੇ ਵਾਪਸ ਜਾ ਸਕਦੇ ਹੋ।

## Before the first question: what is kept, who can read it, for how long.

report-intro-what = ਤੁਸੀਂ ਆਪਣਾ ਨਾਂ ਦੱਸੇ ਬਿਨਾਂ { $coalition } ਮੁਹਿੰਮ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਨਾਲ ਕੀ ਹੋਇਆ। ਰਿਪੋਰਟਾਂ ਪ੍ਰਬੰਧਕਾਂ ਨੂੰ ਇਹ ਦਿਖਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ ਕਿ ਕੰਮ 'ਤੇ ਜਿਨਸੀ ਪਰੇਸ਼ਾਨੀ ਕਿੰਨੀ ਆਮ ਹੈ, ਅਤੇ ਤਬਦੀਲੀ ਲਈ ਦਬਾਅ ਪਾਉਣ ਵਿੱਚ ਵੀ।
report-intro-kept = ਕੀ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ: ਅਗਲੇ ਸਵਾਲਾਂ ਦੇ ਤੁਹਾਡੇ ਜਵਾਬ, ਅਤੇ ਉਹ ਦਿਨ ਜਦੋਂ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਭੇਜਦੇ ਹੋ। ਤੁਹਾਡਾ ਨਾਂ ਨਹੀਂ, ਤੁਹਾਡਾ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ, ਤੁਹਾਡਾ Telegram ਖਾਤਾ ਨਹੀਂ।
report-intro-who = ਕੌਣ ਪੜ੍ਹ ਸਕਦਾ ਹੈ: ਸਿਰਫ਼ { $coalition } ਦੇ ਪ੍ਰਬੰਧਕ। ਰਿਪੋਰਟ ਉਹਨਾਂ ਦੀਆਂ ਚਾਬੀਆਂ (keys) ਨਾਲ ਲੌਕ (ਇਨਕ੍ਰਿਪਟ) ਕੀਤੀ ਜਾਂਦੀ ਹੈ। ਇਸਨੂੰ ਇਸ ਤਰ੍ਹਾਂ ਬਣਾਇਆ ਗਿਆ ਹੈ ਕਿ ਇਸ ਬੋਟ ਦਾ ਸਰਵਰ ਚਲਾਉਣ ਵਾਲਾ ਵਿਅਕਤੀ ਇਸਨੂੰ ਨਾ ਖੋਲ੍ਹ ਸਕੇ। ਪਰ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ /exit ਨਹੀਂ ਭੇਜਦੇ, ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੇ ਫ਼ੋਨ 'ਤੇ ਇਸ ਚੈਟ ਵਿੱਚ ਦਿਸਦੇ ਰਹਿੰਦੇ ਹਨ।
report-intro-how-long = ਕਿੰਨੇ ਸਮੇਂ ਲਈ: ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਵੱਧ ਤੋਂ ਵੱਧ { $days ->
        [one] { $days } ਦਿਨ
       *[other] { $days } ਦਿਨਾਂ
    } ਬਾਅਦ ਮਿਟਾ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ, ਜਾਂ ਉਸ ਤੋਂ ਪਹਿਲਾਂ, ਜਦੋਂ ਪ੍ਰਬੰਧਕ ਉਸਨੂੰ ਲੈ ਲੈਂਦੇ ਹਨ।
report-intro-telegram = { $app } ਇਹ ਚੈਟ ਦੇਖ ਸਕਦਾ ਹੈ, ਜਿਵੇਂ ਉਹ ਕਿਸੇ ਵੀ ਬੋਟ ਨਾਲ ਹਰ ਚੈਟ ਦੇਖ ਸਕਦਾ ਹੈ। ਸਿਰਫ਼ ਉਹੀ ਦੱਸੋ ਜੋ ਦੱਸਣਾ ਤੁਹਾਨੂੰ ਠੀਕ ਲੱਗਦਾ ਹੈ।
report-intro-stop = ਕੁੱਲ 10 ਛੋਟੇ ਸਵਾਲ ਹਨ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਵਾਲ 'ਤੇ ਰੁਕ ਸਕਦੇ ਹੋ: "ਰੋਕੋ ਅਤੇ ਮੇਰੇ ਜਵਾਬ ਭੁੱਲ ਜਾਓ" ਜਾਂ "ਹੁਣੇ ਨਿਕਲੋ" ਦਬਾਓ, ਜਾਂ /exit ਭੇਜੋ। ਕੁਝ ਵੀ ਭੇਜੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਸੀਂ ਆਪਣੇ ਸਾਰੇ ਜਵਾਬ ਦੇਖ ਸਕੋਗੇ।
report-begin = ਰਿਪੋਰਟ ਸ਼ੁਰੂ ਕਰੋ

## On every question.

report-stop = ਰੋਕੋ ਅਤੇ ਮੇਰੇ ਜਵਾਬ ਭੁੱਲ ਜਾਓ
report-stopped = ਰੋਕ ਦਿੱਤਾ ਗਿਆ। ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ, ਅਤੇ ਬੋਟ ਹੁਣ ਤੁਹਾਡੇ ਜਵਾਬ ਨਹੀਂ ਰੱਖਦਾ। ਉਹ ਅਜੇ ਵੀ ਇਸ ਚੈਟ ਵਿੱਚ ਦਿਸਦੇ ਹਨ: /exit ਇਸ ਚੈਟ ਦੇ ਪਿਛਲੇ 48 ਘੰਟਿਆਂ ਦੇ ਸੁਨੇਹੇ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।

## The questions.

report-q-nation = 10 ਵਿੱਚੋਂ 1. ਤੁਸੀਂ ਕਿੱਥੇ ਕੰਮ ਕਰਦੇ ਹੋ?
report-q-sector = 10 ਵਿੱਚੋਂ 2. ਤੁਸੀਂ ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਕੰਮ ਕਰਦੇ ਹੋ?
report-more-kinds = ਹੋਰ ਤਰ੍ਹਾਂ ਦੇ ਕੰਮ…
report-q-sector-more = 10 ਵਿੱਚੋਂ 2. ਹੋਰ ਤਰ੍ਹਾਂ ਦੇ ਕੰਮ:
report-back-to-list = ਪਹਿਲੀ ਸੂਚੀ 'ਤੇ ਵਾਪਸ
report-q-workplace = 10 ਵਿੱਚੋਂ 3. ਤੁਸੀਂ ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਥਾਂ 'ਤੇ ਕੰਮ ਕਰਦੇ ਹੋ?
report-more-places = ਹੋਰ ਥਾਵਾਂ…
report-q-workplace-more = 10 ਵਿੱਚੋਂ 3. ਹੋਰ ਥਾਵਾਂ:
report-q-what = 10 ਵਿੱਚੋਂ 4. ਕੀ ਹੋਇਆ? ਜੋ ਵੀ ਗੱਲਾਂ ਲਾਗੂ ਹੁੰਦੀਆਂ ਹਨ, ਉਹਨਾਂ ਸਾਰੀਆਂ 'ਤੇ ਟਿੱਕ ਕਰੋ, ਫਿਰ "ਹੋ ਗਿਆ" ਦਬਾਓ। ਟਿੱਕ ਹਟਾਉਣ ਲਈ ਉਸੇ ਵਿਕਲਪ ਨੂੰ ਦੁਬਾਰਾ ਦਬਾਓ।
report-done = ਹੋ ਗਿਆ
report-pick-one = ਕਿਰਪਾ ਕਰਕੇ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਿਕਲਪ 'ਤੇ ਟਿੱਕ ਕਰੋ, ਫਿਰ "ਹੋ ਗਿਆ" ਦਬਾਓ।
report-q-who = 10 ਵਿੱਚੋਂ 5. ਇਹ ਕਿਸਨੇ ਕੀਤਾ? ਜੋ ਵੀ ਲਾਗੂ ਹੁੰਦੇ ਹਨ, ਉਹਨਾਂ ਸਾਰਿਆਂ 'ਤੇ ਟਿੱਕ ਕਰੋ, ਫਿਰ "ਹੋ ਗਿਆ" ਦਬਾਓ।
report-q-when = 10 ਵਿੱਚੋਂ 6. ਇਹ ਕਦੋਂ ਹੋਇਆ? ਜੇ ਇਹ ਇੱਕ ਤੋਂ ਵੱਧ ਵਾਰ ਹੋਇਆ, ਤਾਂ ਆਖ਼ਰੀ ਵਾਰ ਬਾਰੇ ਸੋਚੋ।
report-q-employer = 10 ਵਿੱਚੋਂ 7. ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਮਾਲਕ ਨੂੰ ਦੱਸਿਆ?
report-q-barriers = 10 ਵਿੱਚੋਂ 8. ਕੀ ਕਿਸੇ ਗੱਲ ਕਰਕੇ ਤੁਹਾਡੇ ਲਈ ਆਵਾਜ਼ ਚੁੱਕਣਾ ਹੋਰ ਔਖਾ ਹੋਇਆ? ਜੋ ਵੀ ਗੱਲਾਂ ਲਾਗੂ ਹੁੰਦੀਆਂ ਹਨ, ਉਹਨਾਂ ਸਾਰੀਆਂ 'ਤੇ ਟਿੱਕ ਕਰੋ, ਫਿਰ "ਹੋ ਗਿਆ" ਦਬਾਓ।
report-pick-barriers = ਕਿਰਪਾ ਕਰਕੇ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਿਕਲਪ 'ਤੇ, ਜਾਂ "ਮੈਨੂੰ ਕਿਸੇ ਚੀਜ਼ ਨੇ ਨਹੀਂ ਰੋਕਿਆ" 'ਤੇ ਟਿੱਕ ਕਰੋ, ਫਿਰ "ਹੋ ਗਿਆ" ਦਬਾਓ।
report-q-account-offer = 10 ਵਿੱਚੋਂ 9. ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਜੋ ਹੋਇਆ ਉਸਨੂੰ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ।
report-account-write = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ
report-account-skip = ਇਹ ਸਵਾਲ ਛੱਡੋ
report-q-account = ਇਸਨੂੰ ਇੱਕੋ ਸੁਨੇਹੇ ਵਿੱਚ ਲਿਖੋ, ਵੱਧ ਤੋਂ ਵੱਧ 2000 ਅੱਖਰ। ਰੁਕਣ ਲਈ /exit ਭੇਜੋ।
report-account-warning = ਨਾਂ, ਆਪਣੇ ਮਾਲਕ ਦਾ ਨਾਂ, ਜਾਂ ਕੋਈ ਵੀ ਅਜਿਹੀ ਗੱਲ ਨਾ ਲਿਖੋ ਜਿਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕੇ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਆਪ ਇਹ ਨਾ ਚੁਣੋ।
report-account-too-long = ਇਹ { $max } ਅੱਖਰਾਂ ਤੋਂ ਲੰਮਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਛੋਟਾ ਕਰਕੇ ਦੁਬਾਰਾ ਭੇਜੋ।
report-q-consent = 10 ਵਿੱਚੋਂ 10. ਕੀ ਪ੍ਰਬੰਧਕ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨੂੰ ਆਪਣੀ ਮੁਹਿੰਮ ਵਿੱਚ ਸਬੂਤ ਵਜੋਂ ਵਰਤ ਸਕਦੇ ਹਨ, ਜਿਵੇਂ ਸਰਕਾਰ ਨੂੰ ਦਿੱਤੀ ਜਾਣ ਵਾਲੀ ਕਿਸੇ ਰਿਪੋਰਟ ਵਿੱਚ? ਉਹਨਾਂ ਦੇ ਖ਼ਿਆਲ ਵਿੱਚ ਜਿਸ ਕਿਸੇ ਗੱਲ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕਦੀ ਹੋਵੇ, ਉਹ ਉਸਨੂੰ ਛੱਡ ਦੇਣਗੇ।

## Review and send.

report-review-intro = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚ ਲਓ। ਅਜੇ ਤੱਕ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
report-review-account = ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ: { $account }
report-review-question = ਕੀ ਇਹ ਰਿਪੋਰਟ ਪ੍ਰਬੰਧਕਾਂ ਨੂੰ ਭੇਜਣੀ ਹੈ?
report-send = ਭੇਜੋ
report-discard = ਨਾ ਭੇਜੋ
report-sent =
    ਧੰਨਵਾਦ। ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।
    ਤੁਹਾਡਾ ਰਸੀਦ ਕੋਡ (receipt code): { $code }
    ਜੇ ਤੁਹਾਡਾ ਮਨ ਬਦਲ ਜਾਵੇ, ਤਾਂ /withdraw { $code } ਭੇਜੋ, ਅਤੇ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਮਿਟਾ ਦਿੱਤੀ ਜਾਵੇਗੀ। ਇਹ ਉਦੋਂ ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ ਜਦੋਂ ਤੱਕ ਪ੍ਰਬੰਧਕ ਰਿਪੋਰਟ ਲੈ ਨਹੀਂ ਲੈਂਦੇ ਜਾਂ ਉਸਦਾ ਸਮਾਂ ਪੂਰਾ ਨਹੀਂ ਹੋ ਜਾਂਦਾ। ਜਿਸ ਕਿਸੇ ਕੋਲ ਵੀ ਇਹ ਕੋਡ ਹੋਵੇ, ਉਹ ਰਿਪੋਰਟ ਵਾਪਸ ਲੈ ਸਕਦਾ ਹੈ, ਇਸ ਲਈ ਇਸਨੂੰ ਆਪਣੇ ਤੱਕ ਹੀ ਰੱਖੋ।
    ਤੁਹਾਡੇ ਜਵਾਬ ਅਜੇ ਵੀ ਇਸ ਚੈਟ ਵਿੱਚ ਦਿਸਦੇ ਹਨ: /exit ਇਸ ਚੈਟ ਦੇ ਪਿਛਲੇ 48 ਘੰਟਿਆਂ ਦੇ ਸੁਨੇਹੇ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
report-failed = ਮਾਫ਼ ਕਰਨਾ, ਸਾਡੇ ਪਾਸਿਓਂ ਕਿਸੇ ਸਮੱਸਿਆ ਕਰਕੇ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀ। ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ, ਅਤੇ ਬੋਟ ਹੁਣ ਤੁਹਾਡੇ ਜਵਾਬ ਨਹੀਂ ਰੱਖਦਾ। ਉਹ ਅਜੇ ਵੀ ਇਸ ਚੈਟ ਵਿੱਚ ਦਿਸਦੇ ਹਨ: /exit ਇਸ ਚੈਟ ਦੇ ਪਿਛਲੇ 48 ਘੰਟਿਆਂ ਦੇ ਸੁਨੇਹੇ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।

## Answers: one label per option of flows/report-schema.yaml (report-opt-<field>-<option>).
## They are the buttons and the review. Keep them short: they are buttons on a phone.

report-opt-nation-england = ਇੰਗਲੈਂਡ
report-opt-nation-wales = ਵੇਲਜ਼
report-opt-nation-scotland = ਸਕਾਟਲੈਂਡ
report-opt-nation-northern-ireland = ਉੱਤਰੀ ਆਇਰਲੈਂਡ

report-opt-sector-hospitality = ਹੋਟਲ, ਰੈਸਟੋਰੈਂਟ, ਬਾਰ
report-opt-sector-retail = ਦੁਕਾਨਾਂ ਅਤੇ ਰਿਟੇਲ
report-opt-sector-care = ਦੇਖਭਾਲ (ਕੇਅਰ ਹੋਮ, ਘਰ ਵਿੱਚ ਦੇਖਭਾਲ)
report-opt-sector-health = ਸਿਹਤ (ਹਸਪਤਾਲ, ਕਲੀਨਿਕ)
report-opt-sector-cleaning = ਸਫ਼ਾਈ
report-opt-sector-warehouse-logistics = ਵੇਅਰਹਾਊਸ, ਡਿਲੀਵਰੀ, ਲੌਜਿਸਟਿਕਸ
report-opt-sector-agriculture = ਖੇਤੀ, ਖਾਣ-ਪੀਣ ਦੀ ਪੈਕਿੰਗ
report-opt-sector-domestic-work = ਘਰੇਲੂ ਕੰਮ (ਕਿਸੇ ਦੇ ਘਰ ਵਿੱਚ)
report-opt-sector-education = ਸਿੱਖਿਆ
report-opt-sector-office = ਦਫ਼ਤਰ ਦਾ ਕੰਮ
report-opt-sector-other = ਕੁਝ ਹੋਰ

report-opt-workplace-shop = ਦੁਕਾਨ
report-opt-workplace-restaurant-bar = ਰੈਸਟੋਰੈਂਟ, ਕੈਫ਼ੇ ਜਾਂ ਬਾਰ
report-opt-workplace-hotel = ਹੋਟਲ
report-opt-workplace-care-home = ਕੇਅਰ ਹੋਮ
report-opt-workplace-private-home = ਕਿਸੇ ਦਾ ਘਰ
report-opt-workplace-hospital = ਹਸਪਤਾਲ ਜਾਂ ਕਲੀਨਿਕ
report-opt-workplace-warehouse = ਵੇਅਰਹਾਊਸ
report-opt-workplace-office = ਦਫ਼ਤਰ
report-opt-workplace-farm = ਖੇਤ (ਫ਼ਾਰਮ)
report-opt-workplace-school = ਸਕੂਲ, ਕਾਲਜ ਜਾਂ ਨਰਸਰੀ
report-opt-workplace-other = ਕਿਤੇ ਹੋਰ

report-opt-what-comments-jokes = ਜਿਨਸੀ ਟਿੱਪਣੀਆਂ ਜਾਂ ਮਜ਼ਾਕ
report-opt-what-touching = ਅਣਚਾਹਿਆ ਛੂਹਣਾ
report-opt-what-sexual-assault = ਜਿਨਸੀ ਹਮਲਾ
report-opt-what-requests-pressure = ਸੈਕਸ ਜਾਂ ਡੇਟ ਲਈ ਦਬਾਅ
report-opt-what-messages-images = ਜਿਨਸੀ ਸੁਨੇਹੇ ਜਾਂ ਤਸਵੀਰਾਂ
report-opt-what-treated-worse = ਨਾਂਹ ਕਹਿਣ ਜਾਂ ਸ਼ਿਕਾਇਤ ਤੋਂ ਬਾਅਦ ਪਹਿਲਾਂ ਨਾਲੋਂ ਮਾੜਾ ਸਲੂਕ

report-opt-who-colleague = ਕੋਈ ਸਾਥੀ ਕਰਮਚਾਰੀ
report-opt-who-manager = ਕੋਈ ਮੈਨੇਜਰ ਜਾਂ ਸੁਪਰਵਾਈਜ਼ਰ
report-opt-who-third-party = ਕੋਈ ਗਾਹਕ, ਕਲਾਇੰਟ, ਮਰੀਜ਼ ਜਾਂ ਵਿਜ਼ਿਟਰ
report-opt-who-agency-gangmaster = ਕੋਈ ਏਜੰਸੀ ਜਾਂ ਗੈਂਗਮਾਸਟਰ (ਠੇਕੇਦਾਰ)

report-opt-when-this-month = ਇਸ ਮਹੀਨੇ
report-opt-when-last-month = ਪਿਛਲੇ ਮਹੀਨੇ
report-opt-when-months-2-3 = 2 ਤੋਂ 3 ਮਹੀਨੇ ਪਹਿਲਾਂ
report-opt-when-months-4-6 = 4 ਤੋਂ 6 ਮਹੀਨੇ ਪਹਿਲਾਂ
report-opt-when-longer-ago = ਇਸ ਤੋਂ ਵੀ ਪਹਿਲਾਂ
report-opt-when-rather-not-say = ਮੈਂ ਇਹ ਨਹੀਂ ਦੱਸਣਾ

report-opt-reported-to-employer-no = ਨਹੀਂ
report-opt-reported-to-employer-yes-nothing-happened = ਹਾਂ, ਪਰ ਕੁਝ ਨਹੀਂ ਹੋਇਆ
report-opt-reported-to-employer-yes-action-taken = ਹਾਂ, ਅਤੇ ਉਹਨਾਂ ਨੇ ਇਸ ਬਾਰੇ ਕੁਝ ਕੀਤਾ
report-opt-reported-to-employer-yes-treated-worse = ਹਾਂ, ਫਿਰ ਮੇਰੇ ਨਾਲ ਪਹਿਲਾਂ ਨਾਲੋਂ ਮਾੜਾ ਸਲੂਕ ਹੋਇਆ
report-opt-reported-to-employer-not-sure = ਮੈਨੂੰ ਪੱਕਾ ਪਤਾ ਨਹੀਂ

report-opt-barriers-job = ਨੌਕਰੀ ਜਾਂ ਸ਼ਿਫ਼ਟਾਂ ਖੁੱਸਣ ਦਾ ਡਰ
report-opt-barriers-visa = ਆਪਣੇ ਵੀਜ਼ੇ ਦੀ ਚਿੰਤਾ
report-opt-barriers-not-believed = ਡਰ ਕਿ ਮੇਰੀ ਗੱਲ ਦਾ ਯਕੀਨ ਨਹੀਂ ਕੀਤਾ ਜਾਵੇਗਾ
report-opt-barriers-didnt-know = ਮੈਨੂੰ ਪਤਾ ਨਹੀਂ ਸੀ ਕਿ ਕੀ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ
report-opt-barriers-other = ਕੁਝ ਹੋਰ
report-opt-barriers-none = ਮੈਨੂੰ ਕਿਸੇ ਚੀਜ਼ ਨੇ ਨਹੀਂ ਰੋਕਿਆ

report-opt-consent-evidence-yes = ਹਾਂ
report-opt-consent-evidence-no = ਨਹੀਂ

## Tick boxes: { $ticked } is "yes" when the option is ticked. Keep the two marks.

report-tick-what-comments-jokes = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-comments-jokes }
report-tick-what-touching = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-touching }
report-tick-what-sexual-assault = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-sexual-assault }
report-tick-what-requests-pressure = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-requests-pressure }
report-tick-what-messages-images = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-messages-images }
report-tick-what-treated-worse = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-what-treated-worse }

report-tick-who-colleague = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-colleague }
report-tick-who-manager = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-manager }
report-tick-who-third-party = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-third-party }
report-tick-who-agency-gangmaster = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-who-agency-gangmaster }

report-tick-barriers-job = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-job }
report-tick-barriers-visa = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-visa }
report-tick-barriers-not-believed = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-not-believed }
report-tick-barriers-didnt-know = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-didnt-know }
report-tick-barriers-other = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-other }
report-tick-barriers-none = { $ticked ->
    [yes] ✅
   *[other] ⬜
} { report-opt-barriers-none }

## The review. Each line shows one answer. {"\u000A"} starts a new line: keep it.

report-review-summary =
    ਤੁਸੀਂ ਕਿੱਥੇ ਕੰਮ ਕਰਦੇ ਹੋ: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    ਕੰਮ ਦੀ ਕਿਸਮ: { $sector ->
        [hospitality] { report-opt-sector-hospitality }
        [retail] { report-opt-sector-retail }
        [care] { report-opt-sector-care }
        [health] { report-opt-sector-health }
        [cleaning] { report-opt-sector-cleaning }
        [warehouse-logistics] { report-opt-sector-warehouse-logistics }
        [agriculture] { report-opt-sector-agriculture }
        [domestic-work] { report-opt-sector-domestic-work }
        [education] { report-opt-sector-education }
        [office] { report-opt-sector-office }
        [other] { report-opt-sector-other }
       *[unset] –
    }
    ਕੰਮ ਦੀ ਥਾਂ: { $workplace ->
        [shop] { report-opt-workplace-shop }
        [restaurant-bar] { report-opt-workplace-restaurant-bar }
        [hotel] { report-opt-workplace-hotel }
        [care-home] { report-opt-workplace-care-home }
        [private-home] { report-opt-workplace-private-home }
        [hospital] { report-opt-workplace-hospital }
        [warehouse] { report-opt-workplace-warehouse }
        [office] { report-opt-workplace-office }
        [farm] { report-opt-workplace-farm }
        [school] { report-opt-workplace-school }
        [other] { report-opt-workplace-other }
       *[unset] –
    }
    ਕੀ ਹੋਇਆ:{ $what_comments_jokes ->
        [yes] {"\u000A"}– { report-opt-what-comments-jokes }
       *[other] {""}
    }{ $what_touching ->
        [yes] {"\u000A"}– { report-opt-what-touching }
       *[other] {""}
    }{ $what_sexual_assault ->
        [yes] {"\u000A"}– { report-opt-what-sexual-assault }
       *[other] {""}
    }{ $what_requests_pressure ->
        [yes] {"\u000A"}– { report-opt-what-requests-pressure }
       *[other] {""}
    }{ $what_messages_images ->
        [yes] {"\u000A"}– { report-opt-what-messages-images }
       *[other] {""}
    }{ $what_treated_worse ->
        [yes] {"\u000A"}– { report-opt-what-treated-worse }
       *[other] {""}
    }
    ਕਿਸਨੇ ਕੀਤਾ:{ $who_colleague ->
        [yes] {"\u000A"}– { report-opt-who-colleague }
       *[other] {""}
    }{ $who_manager ->
        [yes] {"\u000A"}– { report-opt-who-manager }
       *[other] {""}
    }{ $who_third_party ->
        [yes] {"\u000A"}– { report-opt-who-third-party }
       *[other] {""}
    }{ $who_agency_gangmaster ->
        [yes] {"\u000A"}– { report-opt-who-agency-gangmaster }
       *[other] {""}
    }
    ਕਦੋਂ: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    ਮਾਲਕ ਨੂੰ ਦੱਸਿਆ: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਨੇ ਔਖਾ ਕੀਤਾ:{ $barriers_job ->
        [yes] {"\u000A"}– { report-opt-barriers-job }
       *[other] {""}
    }{ $barriers_visa ->
        [yes] {"\u000A"}– { report-opt-barriers-visa }
       *[other] {""}
    }{ $barriers_not_believed ->
        [yes] {"\u000A"}– { report-opt-barriers-not-believed }
       *[other] {""}
    }{ $barriers_didnt_know ->
        [yes] {"\u000A"}– { report-opt-barriers-didnt-know }
       *[other] {""}
    }{ $barriers_other ->
        [yes] {"\u000A"}– { report-opt-barriers-other }
       *[other] {""}
    }{ $barriers_none ->
        [yes] {"\u000A"}– { report-opt-barriers-none }
       *[other] {""}
    }
    ਸਬੂਤ ਵਜੋਂ ਵਰਤੋਂ: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ। ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਦੇਖਿਆ, ਤਾਂ ਤੁਹਾਡਾ ਰਸੀਦ ਕੋਡ (receipt code) ਹੈ: { $code }
    ਰਿਪੋਰਟ ਵਾਪਸ ਲੈਣ ਲਈ /withdraw { $code } ਭੇਜੋ। ਕੋਡ ਆਪਣੇ ਤੱਕ ਹੀ ਰੱਖੋ।
