# status: draft
# Translators: { $acas }, { $hse }, { $lra }, { $protect }, { $tuc }, { $oisc },
# { $riddor }, { $homeoffice }, { $phone }, { $emergency } and { $web } are names,
# numbers and websites: keep them exactly as they are.
# Never translate any route as "safe": describe what it shares, as the English does.

routes-intro = Hay diferentes formas de denunciar. Cada una comparte información diferente con personas diferentes.
immigration-advice-first = Si tiene una visa, pida asesoramiento antes de denunciar ante la policía o un organismo regulador. Hable con un asesor de inmigración regulado ({ $oisc }) o con un centro de asesoría legal (law centre).
routes-advice-first = Primero pida asesoramiento a un asesor de inmigración regulado ({ $oisc }) o a un centro de asesoría legal (law centre). Hágalo antes de denunciar ante la policía o un organismo regulador.
routes-choose = Elija una opción para ver qué pasa, quién se entera y qué se puede lograr.

routes-union = Hablar con un sindicato
routes-employer = Decírselo a mi empleador
routes-tribunal = Conciliación previa y tribunal
routes-police = Policía
routes-hse = Regulador de salud y seguridad ({ $hse })
routes-whistleblowing = Denuncia de irregularidades
routes-other = Otras formas de denunciar

routes-union-what = Qué pasa: un representante sindical puede apoyarle en el trabajo y puede representarle. Cualquier persona puede afiliarse a un sindicato.
routes-union-who = Quién se entera: el sindicato sabe lo que usted le cuenta. Antes de dar sus datos, pregunte con quién los compartirá.
routes-union-achieve = Qué se puede lograr: tener a alguien de su lado cuando presente una queja. Algunos sindicatos solo representan a personas que ya son miembros.
routes-union-visa = Si tiene una visa: no encontramos información clara sobre si los sindicatos comparten información con las autoridades de inmigración. Pregunte al sindicato cómo usa sus datos.
routes-union-find = Para encontrar un sindicato, vea el sitio web del { $tuc }: { $web }.

routes-employer-what = Qué pasa: usted se lo dice a un jefe, a Recursos Humanos (HR) o a la persona indicada en la política de su empleador. Una queja formal por escrito se llama en inglés "grievance".
routes-employer-who = Quién se entera: su empleador sabrá que la queja viene de usted. Es posible que se lo digan a la persona de quien usted se queja.
routes-employer-achieve-gb = Qué se puede lograr: su empleador puede actuar para que se detenga. Por ley, su empleador debe tomar medidas razonables para prevenir el acoso sexual.
routes-employer-achieve-ni = Qué se puede lograr: su empleador puede actuar para que se detenga. Una queja por escrito también demuestra que usted se lo dijo.
routes-employer-clock = Una queja en el trabajo no pone en pausa el plazo para presentar una demanda ante el tribunal. Solo la conciliación previa lo hace.
routes-employer-visa = Si tiene una visa y su empleador es su patrocinador (sponsor): debe avisar al { $homeoffice } si su empleo termina. También debe informarlo si usted falta sin permiso más de 10 días hábiles seguidos.

routes-tribunal-gb-what = Qué pasa: primero usted se comunica con { $acas }. Esto se llama conciliación previa (early conciliation). { $acas } habla con usted y con su empleador para intentar llegar a un acuerdo. Si no hay acuerdo, puede presentar una demanda ante un tribunal laboral (employment tribunal).
routes-tribunal-gb-who = Quién se entera: { $acas } se comunica con su empleador, así que su empleador sabrá que hay una queja.
routes-tribunal-gb-public = Las decisiones del tribunal normalmente se publican en internet. Puede pedir que su nombre se mantenga en privado, pero no es automático, así que pídalo pronto.
routes-tribunal-gb-achieve = Qué se puede lograr: un acuerdo con su empleador, o una decisión del tribunal, que puede incluir una indemnización.
routes-tribunal-gb-time = Inicie la conciliación previa (early conciliation) con { $acas } dentro de los 3 meses menos un día desde el último incidente. Si ya pasó más tiempo, comuníquese igualmente hoy con { $acas } o con un asesor.
routes-tribunal-gb-visa = Si tiene una visa: la ley prohíbe que { $acas } comparta información sobre los trabajadores. Hay excepciones, como investigaciones penales, órdenes judiciales o su consentimiento.
routes-tribunal-gb-visa-employer = No encontramos que { $acas } y el { $homeoffice } compartan información de forma habitual. Pero su empleador sabrá de la queja, y su empleador puede ser su patrocinador (sponsor).

routes-tribunal-ni-what = Qué pasa: primero usted se comunica con la { $lra } para la conciliación previa ({ $web }). Si no hay acuerdo, puede presentar una demanda ante un tribunal laboral (industrial tribunal).
routes-tribunal-ni-who = Quién se entera: antes de seguir adelante, pregunte a la { $lra } qué le dirá a su empleador.
routes-tribunal-ni-time = Cuente el plazo como 3 meses menos un día desde el último incidente. Los cambios en Gran Bretaña no se aplican automáticamente en Irlanda del Norte. Si ya pasó más tiempo, comuníquese igualmente hoy con la { $lra } o con un asesor.
routes-tribunal-ni-visa = Si tiene una visa: no encontramos información clara sobre qué comparten la { $lra } o los tribunales. Pregúnteles primero.

routes-police-danger = Si está en peligro ahora, llame al { $emergency }.
routes-police-what = Qué pasa: puede denunciar un delito ante la policía, como una agresión sexual. Si no es una emergencia, llame al { $phone }.
routes-police-who = Quién se entera: la policía registra lo que usted le cuenta y decide si investiga. Es posible que hable con la persona que usted denuncia.
routes-police-achieve = Qué se puede lograr: una investigación penal.
routes-police-nda = En Inglaterra y Gales, un acuerdo de confidencialidad (NDA) firmado el 1 de octubre de 2025 o después no puede impedir que una víctima de un delito lo denuncie a la policía.
routes-police-nda-advice = Si firmó un NDA, pida asesoramiento antes de decidir, por ejemplo a { $protect } o a un centro de asesoría legal (law centre).
routes-police-support = Puede recibir apoyo de un servicio especializado sin denunciar a la policía.
routes-police-visa = Si tiene una visa: las normas nacionales de la policía permiten que la policía comparta información con los servicios de control de inmigración (immigration enforcement). Los grupos que apoyan a víctimas migrantes dicen que esto causa daño.

routes-hse-ni = Usted trabaja en Irlanda del Norte. Allí, la { $hseni } y los ayuntamientos (councils) hacen cumplir la ley de salud y seguridad en el trabajo. Los ayuntamientos se ocupan de tiendas, oficinas, hoteles, restaurantes, pubs, ocio y residencias de cuidado. La { $hseni } se ocupa de fábricas, obras, granjas, hospitales, escuelas y transporte. Pregúnteles qué pueden hacer. El resto de esta información es sobre la { $hse } en Inglaterra, Gales y Escocia.
routes-hse-what = Qué pasa: puede avisar a { $hse } de algo que le preocupa sobre la salud y la seguridad en el trabajo. Puede hacerlo de forma anónima.
routes-hse-limits = { $hse } dice que no es la autoridad principal para casos de acoso. Pero los empleadores deben evaluar los riesgos para la salud de los trabajadores, incluido el estrés.
routes-hse-violence = { $hse } considera violencia relacionada con el trabajo el maltrato, las amenazas y las agresiones vinculados con su trabajo. Esto incluye el maltrato verbal y las amenazas de clientes.
routes-hse-riddor = Los empleadores deben notificar algunas lesiones causadas por violencia en el trabajo, según { $riddor }. Los trabajadores no pueden notificar a través de { $riddor }. El acoso sin lesión física no se notifica por esa vía.
routes-hse-achieve = Qué se puede lograr: { $hse } se entera de un riesgo en su lugar de trabajo y decide qué hacer.
routes-hse-who = Quién se entera: si avisa de forma anónima, no da su nombre.
routes-hse-visa = Si tiene una visa: { $hse } comparte información con otros organismos reguladores. No encontramos ninguna política de { $hse } sobre inmigración.

routes-whistle-what = Qué pasa: desde el 6 de abril de 2026, denunciar acoso sexual puede contar como denuncia de irregularidades (whistleblowing), una "revelación protegida" ("protected disclosure").
routes-whistle-belief = Usted debe creer, de forma razonable, que denunciarlo es de interés público.
routes-whistle-achieve = Qué se puede lograr: la ley protege a quienes denuncian irregularidades. Consulte con { $protect } cómo le protege a usted la ley.
routes-whistle-who = Quién se entera: la persona u organismo a quien usted se lo diga. { $protect } puede ayudarle a decidir a quién decírselo.
routes-whistle-visa = Si tiene una visa: denunciar a su patrocinador puede hacer que el patrocinador pierda su licencia para patrocinar. Eso puede poner en riesgo su propia visa.
routes-whistle-ni = Es posible que este cambio no se aplique en Irlanda del Norte. Consulte con { $protect }.
routes-whistle-protect = { $protect } da asesoramiento gratuito y confidencial sobre la denuncia de irregularidades: { $phone }.

routes-anonymous = Reporte anónimo en este bot
routes-anon-what = Qué pasa: usted responde unas 10 preguntas cortas sobre lo que pasó. Sus respuestas quedan cerradas con una clave (cifradas) para que solo los organizadores de este servicio puedan abrirlas.
routes-anon-who = Quién se entera: los organizadores leen sus respuestas, pero no ven su nombre, su número de teléfono ni su cuenta de Telegram. No se le informa a su empleador.
routes-anon-achieve = Qué se puede lograr: los organizadores cuentan lo que pasa y dónde. Como prueba usan solo los reportes de quienes dijeron que sí a eso. No inicia una queja ni una demanda, y nadie se comunicará con usted.
routes-anon-visa = Si tiene una visa: el reporte no incluye ningún nombre y no se envía a su empleador. Cualquier cosa que escriba con sus propias palabras podría identificarle, así que no incluya nombres ni detalles.
routes-anon-start = Empezar un reporte anónimo
