# status: draft
# ਟਰਮੀਨਲ ਚੈਟ (advice-bot chat) ਬੋਟ ਨੂੰ ਅਜ਼ਮਾਉਣ ਵਾਲੇ ਪ੍ਰਬੰਧਕਾਂ ਲਈ ਹੈ।

console-intro = ਕਿਸੇ ਵਿਕਲਪ ਦਾ ਨੰਬਰ ਲਿਖੋ ਅਤੇ Enter ਦਬਾਓ। ਬਾਹਰ ਜਾਣ ਲਈ /quit ਲਿਖੋ ਜਾਂ Ctrl-D ਦਬਾਓ।
