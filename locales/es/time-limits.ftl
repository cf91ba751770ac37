# status: draft
# Translators: { $acas }, { $lra }, { $ecni }, { $phone } and { $web } are names,
# numbers and websites: keep them exactly as they are.

time-gb-limit = Si es posible que quiera presentar una demanda, actúe pronto. Inicie la conciliación previa (early conciliation) de { $acas } en un plazo de 3 meses menos un día desde el último incidente.
time-gb-series = Si ocurrió más de una vez, el plazo normalmente se cuenta desde el último incidente.
time-gb-late = Un tribunal acepta una demanda fuera de plazo solo en raras ocasiones. No espere.
time-gb-changing = Los plazos pueden cambiar en el futuro. Consulte con { $acas } qué se aplica ahora y no espere a que haya un cambio.

time-ec-what = Antes de la mayoría de las demandas ante el tribunal laboral, primero debe comunicarse con { $acas }. Esto se llama conciliación previa (early conciliation).
time-ec-clock = La conciliación previa pone en pausa el plazo mientras dura. Puede durar hasta 12 semanas.
time-ec-after = Si no se llega a un acuerdo, recibe un certificado. Después, normalmente tiene al menos un mes para presentar su demanda.
time-ec-employer = { $acas } se comunica con su empleador. Así que su empleador sabrá que hay una queja.
time-ec-sponsor = Si su empleador patrocina su visa, esto significa que su patrocinador (sponsor) lo sabrá. Primero pida asesoramiento de inmigración.
time-acas-phone = Línea de ayuda de { $acas }: { $phone }. Es gratuita y confidencial, con intérpretes.

time-record = Lleve un registro privado: fechas, horas, qué se dijo o se hizo y quién lo vio. Guarde también mensajes y capturas de pantalla.
time-record-where = Guárdelo en un lugar al que solo usted pueda acceder, no en un teléfono, computadora o correo electrónico del trabajo.

time-public = Las decisiones del tribunal normalmente se publican en internet.
time-anonymity = Puede pedir al tribunal que mantenga su nombre en privado. No es automático, así que pídalo pronto.

time-ni-tribunal = En Irlanda del Norte, las demandas van a un tribunal laboral (industrial tribunal). El plazo es de 3 meses.
time-ni-lra = Primero, comuníquese con la { $lra } para la conciliación previa: { $web }. Esto pone en pausa el plazo hasta un mes y 14 días.
time-ni-early = No lo deje para el final. Comuníquese con ellos mucho antes de que terminen los 3 meses.
time-ni-ecni = La { $ecni } puede asesorarle: { $phone }. Es gratuita y confidencial, con intérpretes, y a veces puede representarle.

time-see-ec = ¿Cómo funciona la conciliación previa?
time-see-record = ¿Qué debo guardar?
time-see-public = ¿Mi nombre será público?
time-back-to-limits = Volver a los plazos
