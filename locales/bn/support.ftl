# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = আপনি যদি এখন বিপদে থাকেন, তাহলে { $phone } নম্বরে ফোন করুন। আপনি যদি কানে শুনতে না পান এবং ব্রিটিশ সাইন ল্যাঙ্গুয়েজ (British Sign Language) ব্যবহার করেন, তাহলে বিনামূল্যের { $bsl } অ্যাপ বা ওয়েবসাইট ব্যবহার করুন।
support-question = আপনার কী ধরনের সাহায্য দরকার?
support-after = তাদের সঙ্গে যোগাযোগ করবেন কি না, তা আপনিই ঠিক করবেন। এই বট তাদের আপনার সম্পর্কে কিছুই জানায় না।

support-immediate-danger = আমি এখন বিপদে আছি
support-sexual-assault = আমার ওপর যৌন হামলা হয়েছে
support-stalking = কেউ আমার পিছু নিচ্ছে
support-emotional-support = আমার কথা শোনার জন্য কাউকে দরকার
support-employment-advice = কাজ নিয়ে পরামর্শ দরকার
support-migrant = আমি একজন প্রবাসী কর্মী
support-domestic-worker = আমি একজন গৃহকর্মী
support-lgbt = আমি LGBT+ সহায়তা চাই
support-whistleblowing = আমি কোনো অন্যায়ের কথা জানাতে চাই
support-something-else = অন্য ধরনের সাহায্য
