# status: draft
# Translators: visa names ({ $name }, { $skilled }, { $care }) and organisation names
# ({ $homeoffice }, { $ukvi }, { $kalayaan }, { $nrm }, { $wrc }, { $oisc }), numbers
# ({ $phone }) and websites ({ $web }) are official: keep them exactly as they are.

visa-intro = O seu visto pode mudar o que uma denúncia poderia significar para você.
visa-not-advice = Esta é uma informação geral, não é aconselhamento sobre imigração.
visa-question = Qual visto você tem?
visa-choice-sponsored = Visto { $skilled } ou { $care }
visa-choice-named = Visto { $name }
visa-choice-other = Outro visto, ou não sei

visa-sponsor-reports = O seu patrocinador (sponsor) deve avisar o { $homeoffice } em cerca de 10 dias úteis se o seu emprego terminar.
visa-sponsor-absence = Ele também deve informar se você faltar sem permissão por mais de 10 dias úteis seguidos.
visa-curtail = Se o seu emprego terminar, o seu visto não é cancelado automaticamente.
visa-curtail-60 = A sua permissão para ficar no país normalmente é reduzida para 60 dias, ou menos se já fosse terminar antes. Os 60 dias contam a partir de quando você recebe a decisão.
visa-authorised = Garanta que qualquer ausência do trabalho seja autorizada, por exemplo com um atestado médico (fit note). Mantenha os seus dados de contato atualizados com o { $ukvi }.
visa-licence = Denunciar o seu patrocinador pode fazer com que ele perca a licença de patrocínio (sponsor licence). Isso pode colocar o seu próprio visto em risco. Procure primeiro orientação sobre imigração.

visa-seasonal-what = O visto { $name } é para trabalhar na horticultura, por até 6 meses em qualquer período de 12 meses.
visa-seasonal-operator = Só operadores licenciados do programa (scheme operators) podem patrocinar trabalhadores sazonais.

visa-odw-what = O visto { $name } dura 6 meses e não pode ser renovado.
visa-odw-change = Você pode mudar de empregador.
visa-odw-slavery = Se for confirmado que você é vítima de escravidão moderna, você pode pedir para ficar por até 2 anos. Você deve fazer o pedido até 28 dias após essa decisão.
visa-odw-kalayaan = A { $kalayaan } apoia trabalhadores domésticos migrantes, de graça: { $phone }. Confira os dados atuais no site deles. Ela dá orientação de imigração regulamentada.
visa-odw-nrm = A { $kalayaan } pode encaminhar você ao { $nrm }, que dá acesso a apoio para vítimas de escravidão moderna. Adultos precisam concordar com o encaminhamento.

visa-student = Não temos aqui informações específicas sobre vistos de estudante.
visa-other = Cada visto tem as suas próprias regras, por isso é importante procurar orientação sobre o seu.
visa-no-permission = Se você não tem permissão para trabalhar, fale com um especialista antes de fazer qualquer outra coisa.
visa-wrc = O { $wrc } orienta trabalhadores migrantes: { $web }. Confira os dados atuais no site deles.

visa-controlled = Se alguém fica com o seu passaporte ou documentos, ou controla o seu salário ou onde você mora, isso pode ser exploração.
visa-helpline = Ligue para a { $name }: { $phone }. É gratuita, confidencial e funciona 24 horas por dia, 7 dias por semana. Há ajuda em mais de 200 idiomas.
visa-helpline-consent = A linha só compartilha os seus dados se você concordar. As exceções: alguém está em perigo imediato, ou uma criança está em risco.
visa-controlled-danger = Se você está em perigo agora, ligue para o { $phone }.
visa-controlled-domestic = Se você é trabalhador ou trabalhadora doméstica, a { $kalayaan } também pode ajudar: { $phone }. Confira os dados atuais no site deles.

visa-advice-what = Um consultor de imigração regulamentado pode orientar você. Você pode encontrar um pelo { $oisc }. Os centros de assistência jurídica (law centres) também podem dar orientação.
visa-advice-before = Fale com um deles antes de denunciar à polícia ou a um órgão regulador.

visa-see-controlled = Controlam meu passaporte, salário ou casa
visa-see-advice = Quem me orienta sobre imigração?
visa-another = Escolher outro visto
