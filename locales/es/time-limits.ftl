# status: draft
# Translators: { $acas }, { $lra }, { $ecni }, { $phone } and { $web } are names,
# numbers and websites: keep them exactly as they are.

time-gb-limit = Si es posible que quiera presentar una demanda, actúe pronto. Inicie la conciliación previa (early conciliation) de { $acas } en un plazo de 3 meses menos un día desde el último incidente.
time-gb-series = Si ocurrió más de una vez, el plazo normalmente se cuenta desde el último incidente.
time-gb-late = Si ya pasaron más de 3 meses, comuníquese igualmente hoy con { $acas } o con un asesor. A veces se acepta una demanda fuera de plazo, y el plazo puede haber cambiado.
time-gb-changing = Un plazo más largo (6 meses) estaba previsto a partir de octubre de 2026; no pudimos confirmar que ya haya empezado. Mientras no lo sepa, cuente 3 meses menos un día y consulte con { $acas }.

time-ec-what = Antes de la mayoría de las demandas ante el tribunal laboral, primero debe comunicarse con { $acas }. Esto se llama conciliación previa (early conciliation).
time-ec-clock = La conciliación previa pone en pausa el plazo mientras dura. Puede durar hasta 12 semanas.
time-ec-after = Si no se llega a un acuerdo, recibe un certificado. Después, normalmente tiene al menos un mes para presentar su demanda.
time-ec-employer = { $acas } se comunica con su empleador. Así que su empleador sabrá que hay una queja.
time-ec-sponsor = Si su empleador patrocina su visa, esto significa que su patrocinador (sponsor) lo sabrá. Primero pida asesoramiento de inmigración.
time-acas-phone = Línea de ayuda de { $acas }: { $phone }. Es gratuita y confidencial, con intérpretes.

time-record = Lleve un registro privado: fechas, horas, qué se dijo o se hizo y quién lo vio. Guarde los mensajes y capturas de pantalla que le enviaron.
time-record-work = No reenvíe correos del trabajo ni copie archivos del trabajo: eso puede causarle problemas en el trabajo. En su lugar, anote sus fechas y asuntos.
time-record-where = Guarde sus notas donde su empleador no pueda llegar: no en un teléfono, computadora o correo del trabajo. Si vive donde trabaja, por ejemplo como trabajadora del hogar interna, guárdelas en un lugar que su empleador no pueda ver, o con alguien de confianza.

time-public = Las decisiones del tribunal normalmente se publican en internet.
time-anonymity = Puede pedir al tribunal que mantenga su nombre en privado. No es automático, así que pídalo pronto.

time-ni-tribunal = En Irlanda del Norte, las demandas van a un tribunal laboral (industrial tribunal). Cuente el plazo como 3 meses menos un día desde el último incidente. Los cambios en Gran Bretaña no se aplican automáticamente en Irlanda del Norte.
time-ni-lra = Primero, comuníquese con la { $lra } para la conciliación previa: { $web }. Esto pone en pausa el plazo hasta un mes y 14 días.
time-ni-early = No lo deje para el final. Si ya pasaron más de 3 meses, comuníquese igualmente hoy con la { $lra } o con un asesor. A veces se acepta una demanda fuera de plazo.
time-ni-ecni = La { $ecni } puede asesorarle: { $phone }. Es gratuita y confidencial, con intérpretes, y a veces puede representarle.

time-see-ec = ¿Cómo funciona la conciliación previa?
time-see-record = ¿Qué debo guardar?
time-see-public = ¿Mi nombre será público?
time-back-to-limits = Volver a los plazos
