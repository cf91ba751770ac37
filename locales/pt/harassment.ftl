# status: draft
# Translators: { $law }, { $acas }, { $ehrc }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

harassment-definition = A { $law } diz que assédio sexual é um comportamento indesejado de natureza sexual.
harassment-definition-effect = É assédio se fere a sua dignidade ou se faz o trabalho parecer intimidador, hostil, degradante, humilhante ou ofensivo para você. Pode contar como assédio mesmo que a outra pessoa diga que não teve essa intenção.
harassment-how-judged = Um tribunal considera como você viu a situação e todas as circunstâncias. Você não precisa provar que a outra pessoa fez isso de propósito.

harassment-examples =
    Assédio sexual pode incluir:
    • comentários, piadas ou perguntas sexuais sobre o seu corpo ou a sua vida sexual
    • toques, abraços ou roçar o corpo em você
    • mensagens, fotos ou vídeos sexuais
    • pressão para sair num encontro ou fazer sexo, ou pedidos de favores sexuais
    • receber um tratamento pior depois de dizer não, ou depois de ceder
harassment-examples-how = Pode acontecer pessoalmente, por telefone, por mensagens ou na internet.

harassment-counts =
    Pode ser assédio sexual mesmo se:
    • veio de um cliente, usuário ou paciente, e não de um colega
    • você trabalha por agência, com contrato de zero horas (zero-hours) ou de forma eventual, é aprendiz ou começou há pouco tempo no trabalho
    • você não disse não na hora
harassment-counts-no-minimum = Você não precisa ter trabalhado lá por um tempo mínimo para apresentar uma ação por assédio.
harassment-counts-agency = Quem trabalha por agência pode apresentar uma ação contra a agência e contra a empresa onde trabalha. Candidatos a emprego e ex-funcionários também estão protegidos.
harassment-counts-self-employed = Se você realmente trabalha por conta própria (self-employed), geralmente não pode apresentar uma ação. Se tiver dúvidas, consulte o { $acas }.

harassment-customers-duty = O seu empregador deve tomar medidas razoáveis para prevenir o assédio sexual. As orientações da { $ehrc } dizem que isso inclui o assédio por parte de clientes e usuários.
harassment-customers-changing = Novas regras sobre quando os empregadores são responsáveis pelo assédio por parte de clientes e usuários estavam previstas a partir de outubro de 2026; não conseguimos confirmar que isso já começou. Consulte o { $acas } sobre o que vale agora: { $phone }.

harassment-treated-worse = Também é assédio se você recebe um tratamento pior porque disse não a esse comportamento. O mesmo vale se você cedeu.
harassment-victimisation = Se você sofreu alguma punição por reclamar, isso também pode ser contra a lei. Consulte o { $acas }: { $phone }.

harassment-no-permission = Se você não tem permissão para trabalhar no Reino Unido, talvez ainda tenha direitos, mas é complicado.
harassment-no-permission-advice = Por favor, fale com um consultor especializado antes de fazer qualquer outra coisa.

harassment-ni-law = Na Irlanda do Norte, a lei sobre assédio sexual é a { $law }.
harassment-ni-ecni = A { $ecni } pode explicar os seus direitos lá. A linha de orientação dela é gratuita e confidencial, com intérpretes: { $phone }.
harassment-ni-counts = Quem está protegido, e como, pode ser diferente na Irlanda do Norte. Consulte a { $ecni }: { $phone }.
harassment-ni-treated-worse = Se você recebeu um tratamento pior depois de dizer não, ou sofreu punição por reclamar, pergunte à { $ecni } sobre os seus direitos: { $phone }.

harassment-see-examples = Que comportamentos contam?
harassment-see-counts = Conta se…?
harassment-see-treated-worse = Me trataram pior após eu dizer não
harassment-see-customers-law = Foi um cliente, usuário ou paciente
harassment-see-no-permission = Não tenho permissão para trabalhar
