# status: draft
# Translators: { $ehrc }, { $acas }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

duties-since = Desde el 26 de octubre de 2024, todo empleador debe tomar medidas razonables para prevenir el acoso sexual de sus empleados.
duties-where = Esta obligación es ley en Inglaterra, Gales y Escocia.
duties-customers = Según la guía de la { $ehrc }, esto incluye el acoso por parte de clientes y usuarios.
duties-liable = Su empleador también es responsable cuando otros empleados de la empresa cometen acoso contra usted en el trabajo. La excepción: si tomó todas las medidas razonables para evitarlo.

duties-steps-policy = La guía de la { $ehrc } dice que es poco probable que basten solo una política interna y una capacitación.
duties-steps-risk = Recomienda hacer una evaluación de riesgos. Los empleadores deberían analizar el riesgo de acoso sexual, también por parte de clientes y usuarios, y tomar medidas.
duties-steps-health = También se aplica la ley de salud y seguridad en el trabajo. Los empleadores deben evaluar los riesgos en el trabajo, incluido el estrés. Deben cuidar el bienestar de los trabajadores en la medida en que sea razonablemente posible.
duties-enforce = La { $ehrc } hace cumplir esta obligación. Puede actuar incluso antes de que alguien sufra acoso.

duties-no-separate-claim = No puede presentar una demanda solo porque su empleador incumplió esta obligación.
duties-compensation = Pero es posible que reciba una indemnización mayor. Si gana su demanda por acoso y su empleador incumplió esta obligación, el tribunal debe considerar aumentarla hasta un 25 %.

duties-changing = Los cambios que exigen más a los empleadores, también sobre el acoso por parte de clientes y usuarios, estaban previstos a partir de octubre de 2026; no pudimos confirmar que ya hayan empezado.
duties-changing-check = Consulte con { $acas } qué se aplica ahora: { $phone }.

duties-ni-different = Esta obligación es ley en Inglaterra, Gales y Escocia. No se aplica en Irlanda del Norte.
duties-ni-check = Para saber qué debe hacer su empleador en Irlanda del Norte, pregunte a la { $ecni }: { $phone }.

duties-see-steps = ¿Qué son medidas razonables?
duties-see-compensation = ¿Y si mi empleador no hizo nada?
duties-see-changing = ¿Está cambiando la ley?
