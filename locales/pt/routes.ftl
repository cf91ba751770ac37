# status: draft
# Translators: { $acas }, { $hse }, { $lra }, { $protect }, { $tuc }, { $oisc },
# { $riddor }, { $homeoffice }, { $phone }, { $emergency } and { $web } are names,
# numbers and websites: keep them exactly as they are.
# Never translate any route as "safe": describe what it shares, as the English does.

routes-intro = Há diferentes formas de denunciar. Cada uma compartilha informações diferentes com pessoas diferentes.
immigration-advice-first = Se você tem visto, procure orientação antes de denunciar à polícia ou a um órgão regulador. Fale com um consultor de imigração regulamentado ({ $oisc }) ou com um centro de assistência jurídica (law centre).
routes-advice-first = Primeiro, procure orientação com um consultor de imigração regulamentado ({ $oisc }) ou com um centro de assistência jurídica (law centre). Faça isso antes de denunciar à polícia ou a um órgão regulador.
routes-choose = Escolha uma opção para ver o que acontece, quem fica sabendo e o que ela pode conseguir.

routes-union = Falar com um sindicato
routes-employer = Contar ao meu empregador
routes-tribunal = Conciliação prévia e tribunal
routes-police = Polícia
routes-hse = Órgão de saúde e segurança ({ $hse })
routes-whistleblowing = Denúncia de irregularidades
routes-other = Outras formas de denunciar

routes-union-what = O que acontece: um representante sindical pode apoiar você no trabalho e pode representar você. Qualquer pessoa pode se filiar a um sindicato.
routes-union-who = Quem fica sabendo: o sindicato sabe o que você contar a ele. Antes de dar os seus dados, pergunte com quem eles vão ser compartilhados.
routes-union-achieve = O que pode conseguir: ter alguém do seu lado quando você fizer uma queixa. Alguns sindicatos só representam pessoas que já são filiadas.
routes-union-visa = Se você tem visto: não encontramos informações claras sobre se os sindicatos compartilham informações com as autoridades de imigração. Pergunte ao sindicato como ele usa os seus dados.
routes-union-find = Para encontrar um sindicato, veja o site do { $tuc }: { $web }.

routes-employer-what = O que acontece: você conta a um gerente, ao RH (HR) ou à pessoa indicada na política do seu empregador. Uma queixa formal por escrito se chama, em inglês, "grievance".
routes-employer-who = Quem fica sabendo: o seu empregador vai saber que a queixa vem de você. A pessoa de quem você reclama pode ser informada.
routes-employer-achieve-gb = O que pode conseguir: o seu empregador pode agir para fazer isso parar. Por lei, o seu empregador deve tomar medidas razoáveis para prevenir o assédio sexual.
routes-employer-achieve-ni = O que pode conseguir: o seu empregador pode agir para fazer isso parar. Uma queixa por escrito também mostra que você avisou.
routes-employer-clock = Uma queixa no trabalho não pausa o prazo para uma ação no tribunal. Só a conciliação prévia faz isso.
routes-employer-visa = Se você tem visto e o seu empregador é o seu patrocinador (sponsor): ele deve avisar o { $homeoffice } se o seu emprego terminar. Também deve informar isso se você faltar sem permissão por mais de 10 dias úteis seguidos.

routes-tribunal-gb-what = O que acontece: primeiro você entra em contato com o { $acas }. Isso se chama conciliação prévia (early conciliation). O { $acas } conversa com você e com o seu empregador para tentar chegar a um acordo. Se não houver acordo, você pode apresentar uma ação num tribunal do trabalho (employment tribunal).
routes-tribunal-gb-who = Quem fica sabendo: o { $acas } entra em contato com o seu empregador, então o seu empregador vai saber que existe uma queixa.
routes-tribunal-gb-public = As decisões do tribunal normalmente são publicadas na internet. Você pode pedir que o seu nome seja mantido em sigilo, mas isso não é automático, então peça cedo.
routes-tribunal-gb-achieve = O que pode conseguir: um acordo com o seu empregador, ou uma decisão do tribunal, que pode incluir indenização.
routes-tribunal-gb-time = Comece a conciliação prévia (early conciliation) com o { $acas } dentro de 3 meses menos um dia a partir do último incidente. Se já passou mais tempo, entre em contato hoje mesmo com o { $acas } ou com um orientador.
routes-tribunal-gb-visa = Se você tem visto: a lei proíbe o { $acas } de compartilhar informações sobre trabalhadores. Há exceções, como investigações criminais, ordens judiciais ou o seu consentimento.
routes-tribunal-gb-visa-employer = Não encontramos nenhum compartilhamento de rotina entre o { $acas } e o { $homeoffice }. Mas o seu empregador vai saber da queixa, e o seu empregador pode ser o seu patrocinador (sponsor).

routes-tribunal-ni-what = O que acontece: primeiro você entra em contato com a { $lra } para a conciliação prévia ({ $web }). Se não houver acordo, você pode apresentar uma ação num tribunal do trabalho (industrial tribunal).
routes-tribunal-ni-who = Quem fica sabendo: antes de seguir em frente, pergunte à { $lra } o que ela vai contar ao seu empregador.
routes-tribunal-ni-time = Conte o prazo como 3 meses menos um dia a partir do último incidente. Mudanças na Grã-Bretanha não valem automaticamente na Irlanda do Norte. Se já passou mais tempo, entre em contato hoje mesmo com a { $lra } ou com um orientador.
routes-tribunal-ni-visa = Se você tem visto: não encontramos informações claras sobre o que a { $lra } ou os tribunais compartilham. Pergunte a eles primeiro.

routes-police-danger = Se você está em perigo agora, ligue para o { $emergency }.
routes-police-what = O que acontece: você pode denunciar um crime à polícia, como uma agressão sexual. Se não for uma emergência, ligue para o { $phone }.
routes-police-who = Quem fica sabendo: a polícia registra o que você contar e decide se vai investigar. Ela pode falar com a pessoa que você denunciar.
routes-police-achieve = O que pode conseguir: uma investigação criminal.
routes-police-nda = Na Inglaterra e no País de Gales, um acordo de confidencialidade (NDA) feito em 1º de outubro de 2025 ou depois não pode impedir uma vítima de crime de denunciar à polícia.
routes-police-nda-advice = Se você assinou um NDA, procure orientação antes de decidir, por exemplo na { $protect } ou num centro de assistência jurídica (law centre).
routes-police-support = Você pode receber apoio de um serviço especializado sem denunciar à polícia.
routes-police-visa = Se você tem visto: as orientações nacionais da polícia permitem que a polícia compartilhe informações com os serviços de controle de imigração (immigration enforcement). Grupos que apoiam vítimas migrantes dizem que isso causa danos.

routes-hse-ni = Você trabalha na Irlanda do Norte. Lá, o { $hseni } e as câmaras municipais (councils) fiscalizam a saúde e a segurança no trabalho. As câmaras cuidam de lojas, escritórios, hotéis, restaurantes, pubs, lazer e lares de cuidados. O { $hseni } cuida de fábricas, obras, fazendas, hospitais, escolas e transportes. Pergunte a eles o que podem fazer. O resto desta parte é sobre o { $hse } na Inglaterra, no País de Gales e na Escócia.
routes-hse-what = O que acontece: você pode comunicar ao { $hse } uma preocupação com a saúde e a segurança no trabalho. Você pode fazer isso de forma anônima.
routes-hse-limits = O { $hse } diz que não é a autoridade principal para casos de assédio. Mas os empregadores devem avaliar os riscos para a saúde dos trabalhadores, incluindo o estresse.
routes-hse-violence = O { $hse } considera violência relacionada ao trabalho os abusos, as ameaças e as agressões ligados ao seu trabalho. Isso inclui ofensas verbais e ameaças de clientes.
routes-hse-riddor = Os empregadores devem comunicar algumas lesões causadas por violência no trabalho, segundo o { $riddor }. Os trabalhadores não podem fazer comunicações pelo { $riddor }. Assédio sem lesão física não pode ser comunicado por essa via.
routes-hse-achieve = O que pode conseguir: o { $hse } fica sabendo de um risco no seu local de trabalho e decide o que fazer.
routes-hse-who = Quem fica sabendo: se você comunicar uma preocupação de forma anônima, você não dá o seu nome.
routes-hse-visa = Se você tem visto: o { $hse } compartilha informações com outros órgãos reguladores. Não encontramos nenhuma política do { $hse } sobre imigração.

routes-whistle-what = O que acontece: desde 6 de abril de 2026, denunciar assédio sexual pode contar como denúncia de irregularidades (whistleblowing), uma "revelação protegida" ("protected disclosure").
routes-whistle-belief = Você precisa acreditar, de forma razoável, que fazer a denúncia é de interesse público.
routes-whistle-achieve = O que pode conseguir: a lei protege quem denuncia irregularidades. Consulte a { $protect } sobre como a lei protege você.
routes-whistle-who = Quem fica sabendo: a pessoa ou o órgão a quem você contar. A { $protect } pode ajudar você a decidir a quem contar.
routes-whistle-visa = Se você tem visto: denunciar o seu patrocinador pode fazer com que ele perca a licença de patrocínio. Isso pode colocar o seu próprio visto em risco.
routes-whistle-ni = Talvez essa mudança não se aplique na Irlanda do Norte. Consulte a { $protect }.
routes-whistle-protect = A { $protect } dá orientação gratuita e confidencial sobre denúncia de irregularidades: { $phone }.

routes-anonymous = Relato anônimo neste bot
routes-anon-what = O que acontece: você responde a cerca de 10 perguntas curtas sobre o que aconteceu. As suas respostas ficam trancadas com uma chave (criptografadas) para que só os organizadores deste serviço possam abri-las.
routes-anon-who = Quem fica sabendo: os organizadores leem as suas respostas, mas não o seu nome, o seu número de telefone ou a sua conta do Telegram. O seu empregador não é informado.
routes-anon-achieve = O que pode conseguir: os organizadores contam o que acontece, e onde. Como prova, eles usam só os relatos de quem disse sim a isso. Isso não abre uma queixa nem uma ação, e ninguém vai entrar em contato com você.
routes-anon-visa = Se você tem visto: o relato não tem nenhum nome e não é enviado ao seu empregador. Qualquer coisa que você escrever com as suas próprias palavras pode identificar você, então não inclua nomes nem detalhes.
routes-anon-start = Começar um relato anônimo
