# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = Si está en peligro ahora, llame al { $phone }. Si es una persona sorda y usa la lengua de señas británica (British Sign Language), use la aplicación o el sitio web gratuito { $bsl }.
support-question = ¿Qué tipo de ayuda necesita?
support-after = Usted decide si se comunica con ellos. Este bot no les cuenta nada sobre usted.

support-immediate-danger = Estoy en peligro ahora
support-sexual-assault = Sufrí una agresión sexual
support-stalking = Alguien me persigue o me vigila
support-emotional-support = Necesito que alguien me escuche
support-employment-advice = Necesito consejo sobre el trabajo
support-migrant = Soy trabajador/a migrante
support-domestic-worker = Trabajo en el servicio doméstico
support-lgbt = Quiero apoyo LGBT+
support-whistleblowing = Quiero denunciar irregularidades
support-something-else = Otro tipo de ayuda
