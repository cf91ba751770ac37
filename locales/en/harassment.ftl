# status: reviewed
# Translators: { $law }, { $acas }, { $ehrc }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

harassment-definition = The { $law } says sexual harassment is unwanted behaviour of a sexual nature.
harassment-definition-effect = It is harassment if it violates your dignity, or makes work feel intimidating, hostile, degrading, humiliating or offensive for you. It can count even if the other person says they did not mean it.
harassment-how-judged = A tribunal looks at how you saw it and at all the circumstances. You do not need to prove that the other person meant it.

harassment-examples =
    Sexual harassment can include:
    • sexual comments, jokes or questions about your body or sex life
    • touching, hugging or brushing against you
    • sexual messages, pictures or videos
    • pressure to go on a date or have sex, or requests for sexual favours
    • being treated worse after you said no, or after you gave in
harassment-examples-how = It can happen face to face, by phone, in messages or online.

harassment-counts =
    It can still count as sexual harassment if:
    • it came from a customer, client or patient, not a colleague
    • you are an agency, zero-hours or casual worker, an apprentice, or new in the job
    • you did not say no at the time
harassment-counts-no-minimum = You do not need to have worked there for any minimum time to make a harassment claim.
harassment-counts-agency = Agency workers can make a claim against the agency and against the business where they work. Job applicants and former employees are protected too.
harassment-counts-self-employed = If you are truly self-employed, you usually cannot make a claim. If you are not sure, check with { $acas }.

harassment-customers-duty = Your employer must take reasonable steps to prevent sexual harassment. Guidance from the { $ehrc } says this includes harassment by customers and clients.
harassment-customers-changing = New rules on when employers are responsible for harassment by customers and clients were due from October 2026; we could not confirm this has started. Check with { $acas } what applies now: { $phone }.

harassment-treated-worse = It is also harassment if you are treated worse because you said no to this behaviour. The same is true if you went along with it.
harassment-victimisation = If you were punished for complaining, that may also be against the law. Check with { $acas }: { $phone }.

harassment-no-permission = If you do not have permission to work in the UK, you may still have rights, but it is complicated.
harassment-no-permission-advice = Please talk to a specialist adviser before you do anything else.

harassment-ni-law = In Northern Ireland the law on sexual harassment is the { $law }.
harassment-ni-ecni = The { $ecni } can explain your rights there. Its advice line is free and confidential, with interpreters: { $phone }.
harassment-ni-counts = Who is protected, and how, can be different in Northern Ireland. Check with the { $ecni }: { $phone }.
harassment-ni-treated-worse = If you were treated worse after saying no, or punished for complaining, ask the { $ecni } about your rights: { $phone }.

harassment-see-examples = What kind of behaviour counts?
harassment-see-counts = Does it count if…?
harassment-see-treated-worse = I was treated worse after saying no
harassment-see-customers-law = It was a customer, client or patient
harassment-see-no-permission = I do not have permission to work
