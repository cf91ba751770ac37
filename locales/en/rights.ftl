# status: reviewed

rights-what-counts = Sexual harassment is unwanted behaviour of a sexual nature that violates your dignity, or makes work intimidating, hostile, degrading, humiliating or offensive for you.
rights-treated-worse = It is also harassment if you are treated worse because you rejected, or gave in to, that behaviour.
rights-more-duty = What must my employer do?
rights-more-time = Are there time limits?
rights-employer-duty = Since 26 October 2024 every employer must take reasonable steps to prevent sexual harassment of their staff. This law applies in England, Wales and Scotland.
rights-time-limit = If you may want to make a claim, start Acas early conciliation within 3 months less one day of the last incident. Northern Ireland has different rules: the Labour Relations Agency deals with this there.
rights-keep-record = It helps to keep a private record: dates, what was said or done, and who saw it. Keep it somewhere safe that your employer cannot see.
