# status: reviewed
# Translators: { $ehrc }, { $acas }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

duties-since = Since 26 October 2024, every employer must take reasonable steps to prevent sexual harassment of its employees.
duties-where = This duty is the law in England, Wales and Scotland.
duties-customers = Guidance from the { $ehrc } says this includes harassment by customers and clients.
duties-liable = Your employer is also responsible when its staff harass you at work. The exception: if it took all reasonable steps to prevent it.

duties-steps-policy = The { $ehrc } guidance says a policy and training alone are unlikely to be enough.
duties-steps-risk = It recommends a risk assessment. Employers should look at the risk of sexual harassment, including from customers and clients, and act on it.
duties-steps-health = Health and safety law also applies. Employers must assess risks at work, including stress. They must look after workers' welfare as far as reasonably practicable.
duties-enforce = The { $ehrc } enforces this duty. It can act even before anyone has been harassed.

duties-no-separate-claim = You cannot make a claim just because your employer broke this duty.
duties-compensation = But you may get more compensation. If your harassment claim succeeds and your employer broke this duty, the tribunal must consider adding up to 25%.

duties-changing = Changes that ask more of employers, including about harassment by customers and clients, were due from October 2026; we could not confirm this has started.
duties-changing-check = Check with { $acas } what applies now: { $phone }.

duties-ni-different = This duty is the law in England, Wales and Scotland. It does not apply in Northern Ireland.
duties-ni-check = To find out what your employer must do in Northern Ireland, ask the { $ecni }: { $phone }.

duties-see-steps = What are reasonable steps?
duties-see-compensation = What if my employer did nothing?
duties-see-changing = Is the law changing?
