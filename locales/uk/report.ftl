# status: draft
# Анонімне повідомлення (flows/report.yaml).
# Перекладачам: { $coalition } — це назва кампанії, а { $app } — "Telegram": залиште їх
# без змін. Назви варіантів мають зберігати точно той самий зміст: організатори їх підраховують.

report-unavailable = Анонімні повідомлення зараз не ввімкнені в цьому боті, тому я не можу прийняти тут повідомлення. Ви все одно можете переглянути інші способи повідомити або повернутися до меню.

## Перед першим запитанням: що зберігається, хто може це прочитати і як довго.

report-intro-what = Ви можете розповісти організаторам кампанії { $coalition }, що з вами сталося, не називаючи свого імені. Повідомлення допомагають їм показати, наскільки поширені сексуальні домагання на роботі, і добиватися змін.
report-intro-kept = Що зберігається: ваші відповіді на наступні запитання і день, коли ви їх надішлете. Не зберігається ваше ім’я, номер телефону чи акаунт Telegram.
report-intro-who = Хто може це прочитати: лише організатори кампанії { $coalition }. Повідомлення замикається (шифрується) їхніми ключами. Так задумано, щоб людина, яка керує сервером цього бота, не могла його відкрити. Але ваші відповіді видно в цьому чаті на вашому телефоні, доки ви не надішлете /exit.
report-intro-how-long = Як довго: ваше повідомлення буде видалено щонайпізніше через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } або раніше, коли організатори його заберуть.
report-intro-telegram = { $app } може бачити цей чат, як і будь-який чат із ботом. Розповідайте лише те, чим вам комфортно ділитися.
report-intro-stop = Тут 10 коротких запитань. Ви можете зупинитися на будь-якому з них: натисніть «Зупинити й забути відповіді» або «Вийти зараз» чи надішліть /exit. Перш ніж щось буде надіслано, ви побачите всі свої відповіді.
report-begin = Почати повідомлення

## На кожному запитанні.

report-stop = Зупинити й забути відповіді
report-stopped = Зупинено. Нічого не надіслано, і бот більше не зберігає ваші відповіді. Їх досі видно в цьому чаті: /exit видаляє повідомлення цього чату за останні 48 годин.

## Запитання.

report-q-nation = 1 з 10. Де ви працюєте?
report-q-sector = 2 з 10. Яку роботу ви виконуєте?
report-more-kinds = Інші види роботи…
report-q-sector-more = 2 з 10. Інші види роботи:
report-back-to-list = Назад до першого списку
report-q-workplace = 3 з 10. У якому місці ви працюєте?
report-more-places = Інші місця…
report-q-workplace-more = 3 з 10. Інші місця:
report-q-what = 4 з 10. Що сталося? Позначте все, що підходить, а потім натисніть «Готово». Щоб зняти позначку, натисніть варіант ще раз.
report-done = Готово
report-pick-one = Будь ласка, позначте хоча б один варіант, а потім натисніть «Готово».
report-q-who = 5 з 10. Хто це зробив? Позначте все, що підходить, а потім натисніть «Готово».
report-q-when = 6 з 10. Коли це сталося? Якщо це сталося більше ніж один раз, згадайте останній випадок.
report-q-employer = 7 з 10. Ви розповіли про це роботодавцю?
report-q-barriers = 8 з 10. Чи щось заважало вам розповісти про це? Позначте все, що підходить, а потім натисніть «Готово».
report-pick-barriers = Будь ласка, позначте хоча б один варіант або «Мені ніщо не заважало», а потім натисніть «Готово».
report-q-account-offer = 9 з 10. Якщо хочете, можете описати своїми словами, що сталося. Це не обов’язково.
report-account-write = Написати своїми словами
report-account-skip = Пропустити це питання
report-q-account = Напишіть це одним повідомленням, до 2000 символів. Щоб зупинитися, надішліть /exit.
report-account-warning = Не пишіть імен, назви вашого роботодавця чи будь-чого, за чим вас можна впізнати, хіба що ви самі так вирішите.
report-account-too-long = Це довше ніж { $max } символів. Будь ласка, скоротіть текст і надішліть його ще раз.
report-q-consent = 10 з 10. Чи можуть організатори використати ваше повідомлення як доказ у своїй кампанії, наприклад у звіті для уряду? Вони пропустили б усе, за чим, на їхню думку, вас можна впізнати.

## Перевірка й надсилання.

report-review-intro = Будь ласка, перевірте свої відповіді. Ще нічого не надіслано.
report-review-account = Своїми словами: { $account }
report-review-question = Надіслати це повідомлення організаторам?
report-send = Надіслати
report-discard = Не надсилати
report-sent =
    Дякуємо. Ваше повідомлення надіслано.
    Ваш код підтвердження: { $code }
    Якщо передумаєте, надішліть /withdraw { $code }, і ваше повідомлення буде видалено. Це можна зробити, доки організатори його не заберуть або доки не мине строк його зберігання. Будь-хто, у кого є цей код, може відкликати повідомлення, тож нікому його не показуйте.
    Ваші відповіді досі видно в цьому чаті: /exit видаляє повідомлення цього чату за останні 48 годин.
report-failed = Вибачте, ваше повідомлення не вдалося зберегти через проблему з нашого боку. Нічого не надіслано, і бот більше не зберігає ваші відповіді. Їх досі видно в цьому чаті: /exit видаляє повідомлення цього чату за останні 48 годин. Ви можете спробувати ще раз пізніше.

## Відповіді: одна назва для кожного варіанта з flows/report-schema.yaml (report-opt-<поле>-<варіант>).
## Це кнопки й підсумок. Пишіть коротко: це кнопки на телефоні.

report-opt-nation-england = Англія
report-opt-nation-wales = Уельс
report-opt-nation-scotland = Шотландія
report-opt-nation-northern-ireland = Північна Ірландія

report-opt-sector-hospitality = Готелі, ресторани, бари
report-opt-sector-retail = Магазини й торгівля
report-opt-sector-care = Догляд (будинки догляду, вдома)
report-opt-sector-health = Охорона здоров’я (лікарня, клініка)
report-opt-sector-cleaning = Прибирання
report-opt-sector-warehouse-logistics = Склад, доставка, логістика
report-opt-sector-agriculture = Фермерство, пакування їжі
report-opt-sector-domestic-work = Хатня робота (у чужому домі)
report-opt-sector-education = Освіта
report-opt-sector-office = Офісна робота
report-opt-sector-other = Щось інше

report-opt-workplace-shop = Магазин
report-opt-workplace-restaurant-bar = Ресторан, кафе чи бар
report-opt-workplace-hotel = Готель
report-opt-workplace-care-home = Будинок догляду
report-opt-workplace-private-home = Чийсь дім
report-opt-workplace-hospital = Лікарня чи клініка
report-opt-workplace-warehouse = Склад
report-opt-workplace-office = Офіс
report-opt-workplace-farm = Ферма
report-opt-workplace-school = Школа, коледж чи дитсадок
report-opt-workplace-other = Інше місце

report-opt-what-comments-jokes = Сексуальні коментарі чи жарти
report-opt-what-touching = Небажані дотики
report-opt-what-sexual-assault = Сексуальне насильство
report-opt-what-requests-pressure = Тиск щодо сексу чи побачень
report-opt-what-messages-images = Сексуальні повідомлення чи зображення
report-opt-what-treated-worse = Гірше ставлення після відмови чи скарги

report-opt-who-colleague = Колега
report-opt-who-manager = Менеджер чи керівник
report-opt-who-third-party = Клієнт, пацієнт чи відвідувач
report-opt-who-agency-gangmaster = Агенція чи посередник (gangmaster)

report-opt-when-this-month = Цього місяця
report-opt-when-last-month = Минулого місяця
report-opt-when-months-2-3 = 2–3 місяці тому
report-opt-when-months-4-6 = 4–6 місяців тому
report-opt-when-longer-ago = Раніше
report-opt-when-rather-not-say = Волію не казати

report-opt-reported-to-employer-no = Ні
report-opt-reported-to-employer-yes-nothing-happened = Так, і нічого не сталося
report-opt-reported-to-employer-yes-action-taken = Так, і щось із цим зробили
report-opt-reported-to-employer-yes-treated-worse = Так, і потім до мене гірше ставилися
report-opt-reported-to-employer-not-sure = Не знаю точно

report-opt-barriers-job = Страх утратити роботу чи зміни
report-opt-barriers-visa = Тривога через мою візу
report-opt-barriers-not-believed = Страх, що мені не повірять
report-opt-barriers-didnt-know = Не було ясно, що я можу зробити
report-opt-barriers-other = Щось інше
report-opt-barriers-none = Мені ніщо не заважало

report-opt-consent-evidence-yes = Так
report-opt-consent-evidence-no = Ні

## Позначки: { $ticked } має значення "yes", коли варіант позначено. Залиште обидва значки.

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

## Підсумок. Кожен рядок показує одну відповідь. {"\u000A"} починає новий рядок: залиште його.

report-review-summary =
    Де ви працюєте: { $nation ->
        [england] { report-opt-nation-england }
        [wales] { report-opt-nation-wales }
        [scotland] { report-opt-nation-scotland }
        [northern-ireland] { report-opt-nation-northern-ireland }
       *[unset] –
    }
    Вид роботи: { $sector ->
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
    Місце роботи: { $workplace ->
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
    Що сталося:{ $what_comments_jokes ->
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
    Хто це зробив:{ $who_colleague ->
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
    Коли: { $when ->
        [this-month] { report-opt-when-this-month }
        [last-month] { report-opt-when-last-month }
        [months-2-3] { report-opt-when-months-2-3 }
        [months-4-6] { report-opt-when-months-4-6 }
        [longer-ago] { report-opt-when-longer-ago }
        [rather-not-say] { report-opt-when-rather-not-say }
       *[unset] –
    }
    Розповіли роботодавцю: { $reported_to_employer ->
        [no] { report-opt-reported-to-employer-no }
        [yes-nothing-happened] { report-opt-reported-to-employer-yes-nothing-happened }
        [yes-action-taken] { report-opt-reported-to-employer-yes-action-taken }
        [yes-treated-worse] { report-opt-reported-to-employer-yes-treated-worse }
        [not-sure] { report-opt-reported-to-employer-not-sure }
       *[unset] –
    }
    Що заважало:{ $barriers_job ->
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
    Використання як доказ: { $consent_evidence ->
        [yes] { report-opt-consent-evidence-yes }
        [no] { report-opt-consent-evidence-no }
       *[unset] –
    }

# receipt shown again
report-receipt-again =
    Ваше повідомлення надіслано. Якщо ви не побачили код підтвердження, ось він: { $code }
    Щоб відкликати повідомлення, надішліть /withdraw { $code }. Нікому не показуйте код.
