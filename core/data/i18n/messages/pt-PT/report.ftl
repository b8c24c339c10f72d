

-lhs = sistema de saúde que aprende


count-indicators = { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}


report-overall = Global
report-outcome-profile = Perfil de resultados
report-learning-profile = Perfil de aprendizagem
report-next-steps = Próximos passos por grupo de intervenientes
report-no-steps = Nenhum indicador classificado está abaixo da sua meta.
report-no-score = sem pontuação


report-col-domain = Domínio
report-col-outcome = Resultado
report-col-id = Identificador
report-col-score = Pontuação
report-col-level = Nível
report-col-coverage = Cobertura
report-col-to-target = Progresso até à meta
report-col-facet = Faceta
report-col-value = Valor
report-col-indicator = Indicador
report-col-indicators = Indicadores
report-col-target = Meta
report-col-rated = Classificados
report-col-na = Não aplicáveis
report-col-unknown = Desconhecidos
report-col-missing = Sem resposta


report-step-levels = nível { $move }


md-label-unit = Unidade:
md-label-period = Período:
md-label-framework = Quadro de referência:
md-unit-not-named = (unidade sem nome)
md-domains = Domínios
md-warnings = Avisos
md-overall = Pontuação { $score } · nível { $level } · { $percent } do nível máximo · cobertura { $coverage } (classificados: { $rated }, n.a.: { $na }, desconhecidos: { $unknown }, sem resposta: { $missing }; total: { $total })
md-progress = Progresso até à meta: { $percent } ({ $below } de { $with } indicadores classificados com meta estão abaixo dela; distância total de { $gap ->
    [one] { $gap } nível
    [many] { $gap } níveis
   *[other] { $gap } níveis
})
md-outcome-note = Processos e resultados da aprendizagem, apresentados à parte: não entram na pontuação global.
md-step = { $name } ({ $id }), { $levels }: { $action }
md-more = … e mais { $n }


html-subtitle = Relatório de autoavaliação · { $framework }
html-unit-not-named = Unidade sem nome
html-unit-id = Identificador da unidade
html-unit-kind = Tipo de unidade
html-period = Período
html-not-given = não indicado
html-respondent = Respondente
html-framework = Quadro de referência
html-framework-version = { $title } { $id }, versão { $version }
html-translation-provisional = Tradução: provisória (ainda não revista por um revisor nativo)


html-overall-score = Pontuação global
html-tile-level = Nível
html-tile-coverage = Cobertura
html-rated-of = { $rated } de { $total } classificados
html-tile-target = Progresso até à meta
html-below-of = { $below } de { $with } abaixo da meta
html-answers = { $percent } do nível máximo. Respostas relativas a { $total ->
    [one] { $total } indicador
    [many] { $total } indicadores
   *[other] { $total } indicadores
} da pontuação global — classificados: { $rated }; não aplicáveis: { $na }; desconhecidos: { $unknown }; sem resposta: { $missing }.
html-outcomes-apart = O perfil de resultados é apresentado à parte.
html-radar-caption = Pontuações dos domínios na escala 0–{ $top }.
html-facets-caption = Perfil de aprendizagem: a pontuação dos indicadores associados a cada valor de faceta.


html-domains = Domínios e subdomínios
html-outcomes-note = Processos e resultados da aprendizagem, apresentados à parte: são o que os domínios acima devem produzir e, por isso, não entram na pontuação global.
html-steps-intro = { $n ->
    [one] { $n } próximo passo, ordenado pelos pontos da pontuação global em jogo. Faz subir um indicador um nível.
    [many] { $n } próximos passos, ordenados pelos pontos da pontuação global em jogo. Cada um faz subir um indicador um nível.
   *[other] { $n } próximos passos, ordenados pelos pontos da pontuação global em jogo. Cada um faz subir um indicador um nível.
}
html-step = { $name } { $id }, { $levels }: { $action }
html-step-target = { $name } { $id }, { $levels } (meta { $target }): { $action }
html-step-reach = atingir «{ $descriptor }»


html-indicators = Indicadores
html-col-evidence = Provas e descritores
html-left-out = { $n ->
    [one] { $n } indicador não se aplica a uma unidade deste tipo e fica excluído.
    [many] { $n } indicadores não se aplicam a uma unidade deste tipo e ficam excluídos.
   *[other] { $n } indicadores não se aplicam a uma unidade deste tipo e ficam excluídos.
}
html-status-na = não aplicável
html-status-unknown = desconhecido
html-status-missing = sem resposta
html-status-does-not-apply = não se aplica a esta unidade
html-gap = (distância: { $gap })
html-evidence = Provas:
html-why-na = Porque não é aplicável:
html-confidence = Confiança: { $confidence ->
    [low] baixa
    [medium] média
   *[high] alta
}
html-now = Atual (nível { $level })
html-next-level = Seguinte (nível { $level })
html-next = Seguinte
html-top-reached = O nível máximo foi atingido.
html-statement = Afirmação


html-warnings = Avisos e cobertura
html-no-warnings = Sem avisos.
html-warnings-intro = { $n ->
    [one] { $n } aviso (não altera nenhum número):
    [many] { $n } avisos (não alteram nenhum número):
   *[other] { $n } avisos (não alteram nenhum número):
}
html-warning = { $code } em { $path }: { $message }
html-glossary = Glossário
html-footer = Pontuado com o lhs-maturity { $tool } segundo { $id } { $version } (formato de relatório { $format }). As pontuações estão na escala 0–{ $top }; o arredondamento serve apenas para apresentação.
html-source = Fonte do quadro de referência: { $citation }.
html-source-licence = Fonte do quadro de referência: { $citation }. Licença: { $licence }.
html-translation-disclaimer = Esta tradução não foi realizada pela Organização Mundial da Saúde (OMS). A OMS não é responsável pelo conteúdo nem pela exatidão desta tradução. A edição inglesa deste quadro de referência é a vinculativa e autêntica.


svg-radar-title = Pontuações dos domínios
svg-radar-desc = Pontuação de cada domínio na escala de 0 a { $top }: { $scores }
svg-facets-title = Perfil de aprendizagem
svg-bars-desc = Pontuação na escala de 0 a { $top }: { $scores }
svg-item = { $name } { $score }
svg-group-item = { $group }, { $name } { $score }
svg-list-separator = {"; "}
svg-legend-score = pontuação
svg-legend-target = meta média dos indicadores classificados


template-comment = Autoavaliação em branco de `{ $id }` { $version }. Para cada indicador, indique em `level` um nível de 0 a { $top } ou "unknown" (a pergunta foi feita, mas ninguém conseguiu verificar), ou deixe o valor null (sem resposta); registe as provas. { $na } Em vez do nível, pode registar os elementos verificados, por exemplo { $example }: o nível é então deduzido a partir deles. Uma resposta pode também ter "confidence" (low, medium ou high, ou seja, baixa, média ou alta) e "target" (um nível). Acrescente "default_target": N no início para definir uma meta para todos os indicadores. Os campos que começam por $ são notas e podem ser apagados.
template-na-applies = Os indicadores enumerados aplicam-se a este tipo de unidade: classifique com 0 (ausente) o que não existir, e não com "na".
template-na-justify = "na" significa não aplicável: nesse caso, acrescente uma justificação em "justification".
template-indicator = { $name }: { $statement }
template-level = { $level } { $name }: { $descriptor }
template-csv-level = { $name }: { $descriptor }
template-meta-framework-id-name = identificador do quadro de referência
template-meta-framework-id = O identificador do quadro de referência a que as respostas se referem; mantenha-o tal como está
template-meta-framework-version-name = versão do quadro de referência
template-meta-framework-version = A versão desse quadro de referência; mantenha-a tal como está
template-meta-unit-id-name = identificador da unidade
template-meta-unit-id = Um identificador estável da unidade avaliada, por exemplo kis-east
template-meta-unit-name-name = nome da unidade
template-meta-unit-name = O nome da unidade avaliada, por exemplo Equipa distrital de saúde de Kisumu East
template-meta-unit-kind-name = tipo de unidade
template-meta-unit-kind = O tipo de unidade, com o código em inglês: district (distrital), national (nacional), facility (unidade sanitária), programme (programa)...
template-meta-period-name = período
template-meta-period = O período que a avaliação descreve, por exemplo 2026-Q3
template-meta-respondent-id-name = identificador do respondente
template-meta-respondent-id = Um identificador de quem respondeu (pode ser um pseudónimo)
template-meta-respondent-name-name = nome do respondente
template-meta-respondent-name = O nome de quem respondeu (opcional)
template-meta-respondent-role-name = função do respondente
template-meta-respondent-role = A função do respondente, de preferência um dos grupos de intervenientes da faceta «Grupo de intervenientes»
template-meta-default-target-name = meta predefinida
template-meta-default-target = O nível pretendido para todos os indicadores sem meta própria, ou vazio

report-unit-kind = { $kind ->
    [national] nacional
    [subnational] subnacional
    [district] distrital
    [facility] unidade sanitária
    [programme] programa
    [network] rede
   *[other] { $kind }
}

template-form-unit = Unidade avaliada
template-form-unit-id = Identificador da unidade avaliada (p. ex., kis-east)
template-form-unit-name = Nome da unidade avaliada
template-form-period = Período avaliado
template-form-period-hint = Um ano (2026) ou um trimestre (2026-Q3)
template-form-period-constraint = Escreva um ano (2026) ou um trimestre (2026-Q3)
template-form-role = O seu grupo de intervenientes
template-form-na = Não aplicável a esta unidade
template-form-unknown = Desconhecido: ninguém pôde verificar
template-form-evidence-list = Evidências a verificar: { $list }
template-form-evidence = Evidências da classificação (documentos, atas, observações)
template-form-confidence = Que grau de certeza tem sobre a classificação?
template-form-confidence-level = { $confidence ->
    [low] Baixo: poucas evidências, uma estimativa
    [medium] Médio: algumas evidências
   *[high] Elevado: bem documentado
}
template-form-justification = Porque é que este indicador não se aplica à unidade?

template-workbook-sheet = Avaliação
template-workbook-col-field = Campo
template-workbook-col-value = Valor
template-workbook-col-help = O que escrever
template-workbook-col-name = Indicador
template-workbook-col-statement = Enunciado
template-workbook-col-question = Pergunta orientadora
template-workbook-col-answer = Nível
template-workbook-col-evidence = Evidência vista
template-workbook-col-justification = Justificação (se na)
template-workbook-col-confidence = Confiança
template-workbook-col-target = Meta
template-workbook-col-evidence-to-check = Evidência a verificar
template-workbook-col-applies-to = Só para unidades do tipo
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = Como preencher
template-workbook-instructions = Preencha as linhas acima e depois uma folha por domínio. Para cada indicador escolha na coluna «{ $level }» um nível de 0 a { $top }, ou na (não aplicável: escreva então uma justificação), ou unknown (perguntado, ninguém pôde verificar); deixe-a vazia se não houve resposta. Anote a evidência vista. A confiança (low, medium, high) e um nível meta são opcionais. Mantenha a coluna A e a linha 1 ocultas como estão: o ficheiro é relido a partir delas.
template-workbook-applies-note = Um indicador com tipos de unidade na coluna «{ $column }» só é classificado para unidades desses tipos: para outra unidade deixe-o vazio.


report-uncertainty = Grau de certeza das pontuações
uncertainty-level = Tendo em conta a confiança dos avaliadores, o nível global é { $level } com uma probabilidade de { $p } ({ $together } se os erros de um mesmo avaliador forem no mesmo sentido).
uncertainty-no-score = A pontuação global está vazia: não há incerteza a mostrar.
uncertainty-bounds = Se todas as respostas desconhecidas e em falta fossem encontradas, a pontuação global ficaria entre { $low } (nível { $level_low }) e { $high } (nível { $level_high }).
uncertainty-bounds-settled = Se todas as respostas desconhecidas e em falta fossem encontradas, a pontuação global ficaria entre { $low } e { $high }: o nível não pode mudar.
uncertainty-exact = Cálculo exato sobre { $n } combinações das { $answers } respostas incertas.
uncertainty-monte-carlo = Cálculo com { $draws } extrações aleatórias (semente { $seed }) sobre as { $answers } respostas incertas.
report-col-interval = Intervalo de 90 %
report-col-interval-together = Intervalo de 90 %, erros ligados
report-col-p-level = Probabilidade deste nível
report-col-bounds = Intervalo se as desconhecidas fossem encontradas
html-radar-intervals = A linha sobre cada eixo é o intervalo de 90 % do domínio, tendo em conta a confiança dos avaliadores.
svg-interval = { $name }: intervalo de 90 % { $low }–{ $high }


robustness-title = Os resultados resistem a outras escolhas razoáveis?
robustness-intro = { $units ->
    [one] Uma unidade pontuada
    [many] { $units } unidades pontuadas
   *[other] { $units } unidades pontuadas
} segundo { $framework } em { $runs } cenários (semente { $seed }).
robustness-factors = Escolhas variadas em conjunto: { $factors }.
robustness-no-factor = Nada foi variado: cada cenário é o quadro tal como está.
robustness-rank-shift = Em média, uma unidade afasta-se { $mean } lugares da sua posição publicada (5–95 % dos cenários: { $interval }).
robustness-ranks-note = As posições são para uso interno: identificam unidades.
robustness-units = Cada unidade
robustness-units-note = A mediana e o intervalo de 90 % da pontuação global de cada unidade nos cenários, e a proporção de cenários que mantêm o seu nível publicado.
robustness-col-unit = Unidade
robustness-col-median = Mediana
robustness-col-keeps-level = Mantém o nível
robustness-col-rank = Posição
robustness-col-median-rank = Posição mediana
robustness-col-rank-interval = Posição, 5–95 %
robustness-col-top = Entre as { $k } primeiras
robustness-pairs = Pares de unidades
robustness-col-pair = Unidades A · B
robustness-col-above = A à frente de B
robustness-col-tie = Empate
robustness-left-out = Cada domínio retirado
robustness-left-out-note = A pontuação global de cada unidade sem um domínio, com os pesos dos outros domínios renormalizados.
robustness-sensitivity = Que escolhas fazem variar os resultados
robustness-sensitivity-note = Índices de Sobol totais: a parte da variância de um resultado devida a uma escolha, sozinha ou em conjunto com outras (0: nenhuma; perto de 1: quase toda).
robustness-sensitivity-rank-shift-null = Os índices sobre a mudança de posição estão vazios: { $reason }.
robustness-col-factor = Escolha variada
robustness-col-st-rank-shift = Sobre a mudança de posição
robustness-col-st-median = Sobre as pontuações das unidades (mediana)
robustness-col-st-max = Sobre as pontuações das unidades (máximo)
robustness-chart = Pontuação global de cada unidade: pontuação publicada (traço), mediana (ponto) e intervalo de 90 % (linha) nos cenários.
robustness-chart-unit = { $unit }: mediana { $median }, intervalo de 90 % { $interval }
