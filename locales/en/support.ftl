# status: reviewed
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = If you are in danger now, call { $phone }. If you are deaf and use British Sign Language, use the free { $bsl } app or website.
support-question = What kind of help do you need?
support-after = You choose whether to contact them. This bot does not tell them anything about you.

support-immediate-danger = I am in danger now
support-sexual-assault = I was sexually assaulted
support-stalking = Someone is following or stalking me
support-emotional-support = I need someone to listen
support-employment-advice = I need advice about work
support-migrant = I am a migrant worker
support-domestic-worker = I am a domestic worker
support-lgbt = I want LGBT+ support
support-whistleblowing = I want to report wrongdoing
support-something-else = Another kind of help
