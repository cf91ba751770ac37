# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = Sa Northern Ireland, ibang batas ang nagpoprotekta sa iyo: ang { $law }. Iba rin ang ilang ahensya at patakaran.
rights-what-to-know = Ano po ang gusto mong malaman?
rights-is-it = Sexual harassment ba ito?
rights-duties = Ano ang dapat gawin ng employer?
rights-time = Mga deadline at tribunal
back-to-rights = Higit pa sa aking mga karapatan
