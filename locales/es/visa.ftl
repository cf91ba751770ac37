# status: draft
# Translators: visa names ({ $name }, { $skilled }, { $care }) and organisation names
# ({ $homeoffice }, { $ukvi }, { $kalayaan }, { $nrm }, { $wrc }, { $oisc }), numbers
# ({ $phone }) and websites ({ $web }) are official: keep them exactly as they are.

visa-intro = Su tipo de visa puede cambiar lo que denunciar podría significar para usted.
visa-not-advice = Esta es información general, no asesoramiento de inmigración.
visa-question = ¿Qué visa tiene?
visa-choice-sponsored = Visa { $skilled } o { $care }
visa-choice-named = Visa { $name }
visa-choice-other = Otra visa, o no lo sé

visa-sponsor-reports = Su patrocinador (sponsor) debe avisar al { $homeoffice } en un plazo de unos 10 días hábiles si su empleo termina.
visa-sponsor-absence = También debe informar si usted falta sin permiso más de 10 días hábiles seguidos.
visa-curtail = Si su empleo termina, su visa no se cancela automáticamente.
visa-curtail-60 = Normalmente, su permiso para quedarse en el país se reduce a 60 días, o a menos si ya iba a terminar antes. Los 60 días cuentan desde que le entregan la decisión.
visa-authorised = Asegúrese de que cualquier ausencia del trabajo esté autorizada, por ejemplo, con una nota del médico (fit note). Mantenga al día sus datos de contacto con { $ukvi }.
visa-licence = Denunciar a su patrocinador puede hacer que el patrocinador pierda su licencia de patrocinio (sponsor licence). Eso puede poner en riesgo su propia visa. Primero pida asesoramiento de inmigración.

visa-seasonal-what = La visa { $name } es para trabajar en la horticultura, hasta 6 meses en cualquier período de 12 meses.
visa-seasonal-operator = Solo los operadores autorizados del programa (scheme operators) pueden patrocinar a trabajadores temporales.

visa-odw-what = La visa { $name } dura 6 meses y no se puede renovar.
visa-odw-change = Usted puede cambiar de empleador.
visa-odw-slavery = Si se confirma que es víctima de esclavitud moderna, puede solicitar quedarse hasta 2 años. Debe solicitarlo dentro de los 28 días siguientes a esa decisión.
visa-odw-kalayaan = { $kalayaan } apoya gratis a trabajadoras y trabajadores domésticos migrantes: { $phone }. Consulte los datos actuales en su sitio web. Da asesoramiento de inmigración regulado.
visa-odw-nrm = { $kalayaan } puede derivarle al { $nrm }, que da acceso a apoyo para víctimas de esclavitud moderna. Los adultos deben estar de acuerdo para ser derivados.

visa-student = Aquí no tenemos información específica sobre las visas de estudiante.
visa-other = Cada visa tiene sus propias reglas, así que es importante pedir asesoramiento sobre la suya.
visa-no-permission = Si no tiene permiso para trabajar, hable con un especialista antes de hacer cualquier otra cosa.
visa-wrc = El { $wrc } asesora a trabajadores migrantes: { $web }. Consulte los datos actuales en su sitio web.

visa-controlled = Si alguien retiene su pasaporte o sus documentos, o controla su salario o dónde vive, esto puede ser explotación.
visa-helpline = Llame a la línea { $name }: { $phone }. Es gratuita, confidencial y está abierta las 24 horas, los 7 días de la semana. Hay ayuda en más de 200 idiomas.
visa-helpline-consent = La línea solo comparte sus datos si usted está de acuerdo. Las excepciones: si alguien está en peligro inmediato, o si un menor está en riesgo.
visa-controlled-danger = Si está en peligro ahora, llame al { $phone }.
visa-controlled-domestic = Si usted es trabajadora o trabajador doméstico, { $kalayaan } también puede ayudarle: { $phone }. Consulte los datos actuales en su sitio web.

visa-advice-what = Un asesor de inmigración regulado puede asesorarle. Puede encontrar uno a través del organismo { $oisc }. Los centros de asesoría legal (law centres) también pueden dar asesoramiento.
visa-advice-before = Hable con uno antes de denunciar ante la policía o un organismo regulador.

visa-see-controlled = Controlan mi pasaporte, sueldo o casa
visa-see-advice = ¿Quién da asesoría de inmigración?
visa-another = Elegir otra visa
