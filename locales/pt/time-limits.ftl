# status: draft
# Translators: { $acas }, { $lra }, { $ecni }, { $phone } and { $web } are names,
# numbers and websites: keep them exactly as they are.

time-gb-limit = Se você talvez queira apresentar uma ação, aja cedo. Inicie a conciliação prévia (early conciliation) do { $acas } dentro de 3 meses menos um dia a partir do último incidente.
time-gb-series = Se aconteceu mais de uma vez, o prazo normalmente conta a partir do último incidente.
time-gb-late = Se já passaram mais de 3 meses, entre em contato hoje mesmo com o { $acas } ou com um orientador. Às vezes uma ação fora do prazo é aceita, e o prazo pode ter mudado.
time-gb-changing = Um prazo maior (6 meses) estava previsto a partir de outubro de 2026; não conseguimos confirmar que isso já começou. Enquanto não souber, conte 3 meses menos um dia e consulte o { $acas }.

time-ec-what = Antes da maioria das ações no tribunal do trabalho, você precisa primeiro entrar em contato com o { $acas }. Isso se chama conciliação prévia (early conciliation).
time-ec-clock = A conciliação prévia pausa o prazo enquanto ela dura. Ela pode durar até 12 semanas.
time-ec-after = Se não houver acordo, você recebe um certificado. Depois disso, normalmente você tem pelo menos um mês para apresentar a sua ação.
time-ec-employer = O { $acas } entra em contato com o seu empregador. Então o seu empregador vai saber que existe uma queixa.
time-ec-sponsor = Se o seu empregador patrocina o seu visto, isso significa que o seu patrocinador (sponsor) vai saber. Procure primeiro orientação sobre imigração.
time-acas-phone = Linha de ajuda do { $acas }: { $phone }. É gratuita e confidencial, com intérpretes.

time-record = Mantenha um registro privado: datas, horários, o que foi dito ou feito e quem viu. Guarde as mensagens e capturas de tela que enviaram para você.
time-record-work = Não encaminhe e-mails do trabalho nem copie arquivos do trabalho: isso pode causar problemas para você no trabalho. Em vez disso, anote as datas e os assuntos.
time-record-where = Guarde as suas anotações onde o empregador não consiga chegar: não num telefone, computador ou e-mail do trabalho. Se você mora onde trabalha, por exemplo como trabalhadora doméstica que dorme no emprego, guarde-as num lugar que o empregador não veja, ou com alguém de confiança.

time-public = As decisões do tribunal normalmente são publicadas na internet.
time-anonymity = Você pode pedir ao tribunal que mantenha o seu nome em sigilo. Isso não é automático, então peça cedo.

time-ni-tribunal = Na Irlanda do Norte, as ações vão para um tribunal do trabalho (industrial tribunal). Conte o prazo como 3 meses menos um dia a partir do último incidente. Mudanças na Grã-Bretanha não valem automaticamente na Irlanda do Norte.
time-ni-lra = Primeiro, entre em contato com a { $lra } para a conciliação prévia: { $web }. Isso pausa o prazo por até um mês e 14 dias.
time-ni-early = Não deixe para a última hora. Se já passaram mais de 3 meses, entre em contato hoje mesmo com a { $lra } ou com um orientador. Às vezes uma ação fora do prazo é aceita.
time-ni-ecni = A { $ecni } pode orientar você: { $phone }. É gratuita e confidencial, com intérpretes, e às vezes pode representar você.

time-see-ec = Como funciona a conciliação prévia?
time-see-record = O que devo guardar?
time-see-public = Meu nome vai ser público?
time-back-to-limits = Voltar aos prazos
