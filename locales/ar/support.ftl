# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = إذا كنت في خطر الآن، يُرجى الاتصال بالرقم { $phone }. إذا كنت من الصم الذين يستخدمون لغة الإشارة البريطانية، يُرجى استخدام تطبيق أو موقع { $bsl } المجاني.
support-question = ما نوع المساعدة التي تلزمك؟
support-after = القرار لك في التواصل معهم. هذا البوت لا يخبرهم بأي شيء عنك.

support-immediate-danger = أنا في خطر الآن
support-sexual-assault = تعرضت لاعتداء جنسي
support-stalking = شخص يتبعني أو يطاردني
support-emotional-support = أحتاج شخصًا يستمع إليّ
support-employment-advice = أحتاج استشارة بشأن العمل
support-migrant = أنا من العمال المهاجرين
support-domestic-worker = أنا من العمالة المنزلية
support-lgbt = أريد دعمًا لأفراد LGBT+
support-whistleblowing = أريد الإبلاغ عن مخالفات
support-something-else = نوع آخر من المساعدة
