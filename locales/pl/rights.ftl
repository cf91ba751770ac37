# status: draft
# Tłumacze: { $law } to nazwa ustawy; zostaw ją bez zmian.

rights-ni-law = W Irlandii Północnej chroni cię inne prawo: { $law }. Niektóre instytucje i zasady też są inne.
rights-what-to-know = Czego chcesz się dowiedzieć?
rights-is-it = Czy to molestowanie seksualne?
rights-duties = Co musi zrobić mój pracodawca?
rights-time = Terminy i sąd pracy
back-to-rights = Więcej o moich prawach
