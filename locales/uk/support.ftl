# status: draft
# Перекладачам: { $phone } — це "999", а { $bsl } — "999 BSL": залиште їх без змін.

support-danger-first = Якщо ви зараз у небезпеці, телефонуйте { $phone }. Якщо ви нечуючі й користуєтеся британською жестовою мовою (British Sign Language), скористайтеся безкоштовним застосунком або сайтом { $bsl }.
support-question = Яка допомога вам потрібна?
support-after = Ви самі вирішуєте, чи звертатися до них. Цей бот нічого не повідомляє їм про вас.

support-immediate-danger = Я зараз у небезпеці
support-sexual-assault = Сексуальне насильство щодо мене
support-stalking = Хтось стежить за мною чи переслідує
support-emotional-support = Мені потрібно, щоб хтось вислухав
support-employment-advice = Мені потрібна порада щодо роботи
support-migrant = Я мігрант / мігрантка, працюю тут
support-domestic-worker = Я працюю в приватному домі
support-lgbt = Хочу підтримку для ЛГБТ+
support-whistleblowing = Хочу повідомити про порушення
support-something-else = Інший вид допомоги
