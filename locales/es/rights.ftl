# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = En Irlanda del Norte, su protección viene de otra ley: la { $law }. Algunos organismos y normas también son diferentes.
rights-what-to-know = ¿Qué le gustaría saber?
rights-is-it = ¿Esto es acoso sexual?
rights-duties = ¿Qué debe hacer mi empleador?
rights-time = Plazos y tribunales
back-to-rights = Más sobre mis derechos
