# status: draft
# Translators: { $law } is the name of a law; keep it as it is.

rights-ni-law = Na Irlanda do Norte, outra lei protege você: a { $law }. Alguns órgãos e regras também são diferentes.
rights-what-to-know = O que você gostaria de saber?
rights-is-it = Isto é assédio sexual?
rights-duties = O que meu empregador deve fazer?
rights-time = Prazos e tribunais
back-to-rights = Mais sobre meus direitos
