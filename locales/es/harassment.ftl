# status: draft
# Translators: { $law }, { $acas }, { $ehrc }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

harassment-definition = La { $law } dice que el acoso sexual es un comportamiento no deseado de naturaleza sexual.
harassment-definition-effect = Es acoso si atenta contra su dignidad, o si hace que el trabajo sea para usted intimidante, hostil, degradante, humillante u ofensivo. Puede contar como acoso aunque la otra persona diga que no era su intención.
harassment-how-judged = Un tribunal tiene en cuenta cómo lo vivió usted y todas las circunstancias. No tiene que demostrar que la otra persona lo hizo a propósito.

harassment-examples =
    El acoso sexual puede incluir:
    • comentarios, chistes o preguntas sexuales sobre su cuerpo o su vida sexual
    • tocamientos, abrazos o roces
    • mensajes, fotos o videos sexuales
    • presión para salir en una cita o tener relaciones sexuales, o pedirle favores sexuales
    • recibir peor trato después de decir que no, o después de ceder
harassment-examples-how = Puede ocurrir en persona, por teléfono, por mensajes o en internet.

harassment-counts =
    Puede seguir siendo acoso sexual si:
    • lo hizo un cliente, usuario o paciente, no un compañero de trabajo
    • usted trabaja por medio de una agencia, con contrato de cero horas (zero-hours) o de forma eventual, es aprendiz o lleva poco tiempo en el trabajo
    • usted no dijo que no en ese momento
harassment-counts-no-minimum = No necesita haber trabajado allí un tiempo mínimo para presentar una demanda por acoso.
harassment-counts-agency = Quienes trabajan por medio de una agencia pueden demandar a la agencia y a la empresa donde trabajan. Los candidatos a un empleo y los ex empleados también están protegidos.
harassment-counts-self-employed = Si realmente trabaja por cuenta propia (self-employed), por lo general no puede presentar una demanda. Si tiene dudas, consulte con { $acas }.

harassment-customers-duty = Su empleador debe tomar medidas razonables para prevenir el acoso sexual. Según la guía de la { $ehrc }, esto incluye el acoso por parte de clientes y usuarios.
harassment-customers-changing = Las nuevas normas sobre cuándo los empleadores son responsables del acoso por parte de clientes y usuarios estaban previstas a partir de octubre de 2026; no pudimos confirmar que ya hayan empezado. Consulte con { $acas } qué se aplica ahora: { $phone }.

harassment-treated-worse = También es acoso si recibe peor trato porque dijo que no a este comportamiento. Lo mismo ocurre si usted cedió.
harassment-victimisation = Si recibió un castigo por quejarse, eso también puede ir en contra de la ley. Consulte con { $acas }: { $phone }.

harassment-no-permission = Si no tiene permiso para trabajar en el Reino Unido, es posible que aun así tenga derechos, pero es complicado.
harassment-no-permission-advice = Por favor, hable con un asesor especializado antes de hacer cualquier otra cosa.

harassment-ni-law = En Irlanda del Norte, la ley sobre acoso sexual es la { $law }.
harassment-ni-ecni = La { $ecni } puede explicarle sus derechos allí. Su línea de asesoramiento es gratuita y confidencial, con intérpretes: { $phone }.
harassment-ni-counts = Quién está protegido, y cómo, puede ser diferente en Irlanda del Norte. Consulte con la { $ecni }: { $phone }.
harassment-ni-treated-worse = Si recibió peor trato después de decir que no, o un castigo por quejarse, pregunte a la { $ecni } por sus derechos: { $phone }.

harassment-see-examples = ¿Qué comportamientos cuentan?
harassment-see-counts = ¿Cuenta si…?
harassment-see-treated-worse = Me trataron peor tras decir que no
harassment-see-customers-law = Fue un cliente, usuario o paciente
harassment-see-no-permission = No tengo permiso para trabajar
