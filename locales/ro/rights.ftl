# status: draft
# Traducători: { $law } este numele unei legi; păstrați-l așa cum este.

rights-ni-law = În Irlanda de Nord vă protejează o altă lege: { $law }. Și unele instituții și reguli sunt diferite.
rights-what-to-know = Ce ați vrea să aflați?
rights-is-it = Este hărțuire sexuală?
rights-duties = Ce trebuie să facă angajatorul meu?
rights-time = Termene și tribunalul muncii
back-to-rights = Mai multe despre drepturile mele
