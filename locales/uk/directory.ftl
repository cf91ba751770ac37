# status: draft
# Картки служб із flows/directory.yaml, які показує дія "signpost".
#
# Перекладачам: назви, номери телефонів, сайти й адреси ел. пошти надходять як { $variables }:
# ніколи їх не змінюйте. Поле, якого в служби немає, надходить як "none", і варіант [none]
# нічого не виводить. Кожен варіант рядка починається з {""}, а слова йдуть на наступному
# рядку: зберігайте цю форму, щоб кожна деталь була на окремому рядку.

signpost-intro = Ці служби можуть допомогти:
signpost-none = Не вдалося знайти службу для цього. Будь ласка, оберіть інший вид допомоги або поверніться до меню.

signpost-entry =
    { $kind ->
        [emergency] Екстрена допомога: телефонуйте { $phone }
        [police] Поліція, якщо це не екстрена ситуація: телефонуйте { $phone }
        [emergency-bsl] { $name }: екстрені виклики британською жестовою мовою (BSL), через застосунок або сайт
       *[other] { $name }{ signpost-line-phone }
    }{ signpost-line-text }{ signpost-line-web }{ signpost-line-email }{ signpost-line-hours }{ signpost-line-terms }{ signpost-line-languages }{ signpost-line-audience }{ signpost-line-nations }{ signpost-line-note }{ signpost-check-details }

signpost-line-phone =
    { $phone ->
        [none] {""}
       *[other] {""}
            Телефон: { $phone }
    }
signpost-line-text =
    { $text ->
        [none] {""}
       *[other] {""}
            SMS: { $text }
    }
signpost-line-web =
    { $web ->
        [none] {""}
       *[other] {""}
            Сайт: { $web }
    }
signpost-line-email =
    { $email ->
        [none] {""}
       *[other] {""}
            Ел. пошта: { $email }
    }
signpost-line-hours =
    { $hours ->
        [none] {""}
       *[other] {""}
            Години роботи: { $hours }
    }
signpost-line-terms =
    { $terms ->
        [free-confidential] {""}
            Безкоштовно й конфіденційно.
        [free] {""}
            Безкоштовно.
        [confidential] {""}
            Конфіденційно.
       *[none] {""}
    }
signpost-line-languages =
    { $languages ->
        [over-200] {""}
            Допомога більш ніж 200 мовами.
        [interpreters] {""}
            Є перекладачі.
        [spanish-portuguese] {""}
            Допомога іспанською та португальською.
        [spanish] {""}
            Допомога іспанською.
        [portuguese] {""}
            Допомога португальською.
        [multilingual] {""}
            Допомога кількома мовами.
        [bsl] {""}
            Допомога британською мовою жестів (BSL).
       *[none] {""}
    }
signpost-line-audience =
    { $audience ->
        [women] {""}
            Для жінок.
        [latin-american-women] {""}
            Для жінок із Латинської Америки.
        [black-minoritised-women] {""}
            Для темношкірих жінок і жінок з етнічних меншин.
        [lgbt] {""}
            Для ЛГБТ+ людей.
        [domestic-workers] {""}
            Для мігрантів, які працюють у приватних домогосподарствах.
        [age-16-plus] {""}
            Для всіх віком від 16 років.
        [deaf-bsl] {""}
            Для нечуючих людей, які користуються британською жестовою мовою (BSL).
       *[none] {""}
    }
signpost-line-note =
    { $note ->
        [shares-with-consent] {""}
            Вони передають ваші дані лише за вашою згодою, хіба що хтось у безпосередній небезпеці або дитина під загрозою.
        [legally-privileged] {""}
            Їхні консультації захищені адвокатською таємницею (legally privileged).
        [immigration-advice] {""}
            Вони надають імміграційні консультації з офіційним дозволом.
        [legal-representation] {""}
            Іноді вони можуть представляти вас.
        [union-membership] {""}
            Вступити до профспілки може будь-хто. Деякі профспілки представляють лише тих, хто вже є членом.
        [find-immigration-adviser] {""}
            Офіційний орган, що регулює імміграційних консультантів. Скористайтеся пошуком консультантів на сайті, щоб знайти ліцензованого консультанта.
        [early-conciliation-ni] {""}
            Досудове примирення (early conciliation) у Північній Ірландії.
        [hseni-councils] {""}
            Орган з охорони праці в Північній Ірландії. Магазинами, офісами, готелями, ресторанами, пабами, закладами дозвілля та будинками догляду займається місцева рада (council).
       *[none] {""}
    }
signpost-check-details =
    { $check ->
        [yes] { $web ->
            [none] {""}
                Ми не змогли підтвердити всі їхні дані. Перевірте їх, коли звернетеся.
           *[other] {""}
                Перевірте актуальні дані на їхньому сайті.
        }
       *[none] {""}
    }

signpost-line-nations =
    { $nations ->
        [england] {""}
            Територія: Англія.
        [wales] {""}
            Територія: Уельс.
        [scotland] {""}
            Територія: Шотландія.
        [northern-ireland] {""}
            Територія: Північна Ірландія.
        [england-wales] {""}
            Територія: Англія та Уельс.
        [england-wales-scotland] {""}
            Територія: Англія, Уельс та Шотландія.
        [scotland-northern-ireland] {""}
            Територія: Шотландія та Північна Ірландія.
       *[none] {""}
    }
