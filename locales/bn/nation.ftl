# status: draft

nation-question = আপনি কোথায় কাজ করেন?
nation-why = উত্তর আয়ারল্যান্ডে আইন আলাদা, আর সাহায্য করার জায়গাগুলোও আলাদা।
nation-england = ইংল্যান্ড
nation-wales = ওয়েলস
nation-scotland = স্কটল্যান্ড
nation-northern-ireland = উত্তর আয়ারল্যান্ড
nation-change = আমার কাজের জায়গা বদলান
