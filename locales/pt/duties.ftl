# status: draft
# Translators: { $ehrc }, { $acas }, { $ecni } and { $phone } are names and numbers:
# keep them exactly as they are.

duties-since = Desde 26 de outubro de 2024, todo empregador deve tomar medidas razoáveis para prevenir o assédio sexual contra os seus empregados.
duties-where = Esse dever é lei na Inglaterra, no País de Gales e na Escócia.
duties-customers = As orientações da { $ehrc } dizem que isso inclui o assédio por parte de clientes e usuários.
duties-liable = O seu empregador também é responsável quando funcionários dele assediam você no trabalho. A exceção: se ele tomou todas as medidas razoáveis para evitar isso.

duties-steps-policy = As orientações da { $ehrc } dizem que uma política interna e um treinamento, sozinhos, provavelmente não bastam.
duties-steps-risk = Elas recomendam uma avaliação de riscos. Os empregadores deveriam analisar o risco de assédio sexual, inclusive por parte de clientes e usuários, e agir.
duties-steps-health = A lei de saúde e segurança no trabalho também se aplica. Os empregadores devem avaliar os riscos no trabalho, incluindo o estresse. Devem cuidar do bem-estar dos trabalhadores na medida do razoavelmente possível.
duties-enforce = A { $ehrc } fiscaliza o cumprimento desse dever. Ela pode agir antes mesmo de alguém sofrer assédio.

duties-no-separate-claim = Você não pode apresentar uma ação apenas porque o seu empregador descumpriu esse dever.
duties-compensation = Mas você pode receber uma indenização maior. Se você ganhar a ação por assédio e o seu empregador tiver descumprido esse dever, o tribunal deve considerar aumentá-la em até 25%.

duties-changing = Mudanças que exigem mais dos empregadores, inclusive sobre o assédio por parte de clientes e usuários, estavam previstas a partir de outubro de 2026; não conseguimos confirmar que isso já começou.
duties-changing-check = Consulte o { $acas } sobre o que vale agora: { $phone }.

duties-ni-different = Esse dever é lei na Inglaterra, no País de Gales e na Escócia. Ele não vale na Irlanda do Norte.
duties-ni-check = Para saber o que o seu empregador deve fazer na Irlanda do Norte, pergunte à { $ecni }: { $phone }.

duties-see-steps = O que são medidas razoáveis?
duties-see-compensation = E se meu empregador não fez nada?
duties-see-changing = A lei está mudando?
