# status: reviewed
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = In Northern Ireland a different law protects you: the { $law }. Some bodies and rules are different too.
rights-what-to-know = What would you like to know?
rights-is-it = Is this sexual harassment?
rights-duties = What must my employer do?
rights-time = Time limits and tribunals
back-to-rights = More about my rights
