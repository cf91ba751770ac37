# status: draft
# Translators: { $phone } is "999" and { $bsl } is "999 BSL": keep them as they are.

support-danger-first = Se você está em perigo agora, ligue para o { $phone }. Se você é uma pessoa surda e usa a Língua de Sinais Britânica (British Sign Language), use o app ou o site gratuito { $bsl }.
support-question = De que tipo de ajuda você precisa?
support-after = Você decide se vai entrar em contato com eles. Este bot não conta nada sobre você a eles.

support-immediate-danger = Estou em perigo agora
support-sexual-assault = Sofri uma agressão sexual
support-stalking = Alguém me segue ou me persegue
support-emotional-support = Preciso que alguém me escute
support-employment-advice = Quero orientação sobre trabalho
support-migrant = Sou trabalhador(a) migrante
support-domestic-worker = Trabalho no serviço doméstico
support-lgbt = Quero apoio LGBT+
support-whistleblowing = Quero denunciar irregularidades
support-something-else = Outro tipo de ajuda
