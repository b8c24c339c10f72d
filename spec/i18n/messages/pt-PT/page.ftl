# A página de autoavaliação (bindings-wasm/www/): todos os textos que apresenta, com ids `page-*`.
# framework's own texts (names, questions, level descriptors, glossary) come from the framework's
# translation, not from here.
# Translators: keep every { $variable } as it is (the comment above a message says what each
# one holds); write every plural form your language has ([zero] [one] [two] [few] [many]
# [other]) where a message counts something. Numbers arrive already written in your language's
# notation. An attribute (a line starting with `.`) is a text of the same element: `.placeholder`
# is the example shown in an empty field, `.aria-label` is read out by screen readers only.

## Page

page-title = Autoavaliação do sistema de saúde que aprende
# $framework (text): the framework's title, id and version, e.g. "Learning health systems maturity model (lhs-2021 2.0.0)"
# $bottom (number): the lowest level (0); $bottom-name (text): its name ("Absent")
# $top (number): the highest level (4); $top-name (text): its name ("Optimizing")
page-intro = Quadro de referência incorporado: { $framework }. Classifique cada indicador de { $bottom } ({ $bottom-name }) a { $top } ({ $top-name }). As respostas ficam apenas neste navegador; nada é enviado.
page-skip = Ir para os resultados
page-language = Idioma
# $language (text): the language's name in itself, e.g. "Français"
page-language-failed = Não foi possível carregar o idioma { $language }; a página continua em inglês.
page-language-pack-failed = Não foi possível carregar os textos em { $language }: são apresentados em inglês.
page-translation-provisional = Tradução provisória, ainda não revista.
page-translation-disclaimer = As traduções são adaptações feitas para esta ferramenta: a OMS não as aprovou. O texto em inglês é o que faz fé.

## The bar at the top

page-answered = Respondidos
    .aria-label = Indicadores respondidos
# $answered (number): indicators answered; $total (number): indicators to answer
page-progress = { $answered } / { $total }
page-overall-short = Global
# $score (text): the overall score, e.g. "2.50"; $top (number): the highest level (4)
page-score-of = { $score } / { $top }
page-to-results = Resultados ↓

## About this assessment

page-about = Sobre esta avaliação
page-unit-name = Unidade avaliada (distrito, ministério, unidade sanitária…)
    .placeholder = p. ex., Equipa distrital de saúde de Kisumu East
page-unit-kind = Tipo de unidade (só se mostram os indicadores que se lhe aplicam)
page-kind-none = Não definido (todos os indicadores)
# $kind (text): a kind of unit: national, subnational, district, facility, programme, network
page-kind = { $kind ->
    [national] Nacional (ministério da saúde, sistema nacional de saúde)
    [subnational] Subnacional (região, província, estado)
    [district] Distrital (equipa ou sistema distrital de saúde)
    [facility] Unidade sanitária (hospital, centro de saúde, clínica)
    [programme] Programa (p. ex., um programa nacional de luta contra a malária)
    [network] Rede de unidades que aprendem em conjunto
   *[other] { $kind }
}
# $kind (text): what an imported file gives as the kind of unit, which is not one
page-kind-unknown = { $kind } (não é um tipo de unidade)
page-period = Período
    .placeholder = p. ex., 2026-Q3
page-default-target = Meta para todos os indicadores (salvo meta própria de um indicador)
page-target-none = Nenhuma

## An indicator

# $level (number): a level of the scale; $name (text): its name, e.g. "Established"
page-level-choice = { $level } · { $name }
page-guiding-question = Pergunta orientadora:
page-what-to-check = O que verificar:
# $n (number): how many glossary terms the indicator uses
page-terms-used = Termos utilizados ({ $n })
page-level-legend = Nível
page-na = N.A.
page-na-hint = não aplicável aqui
page-dont-know = Não sei
page-not-answered = Sem resposta
page-why-na = Porque não é aplicável?
page-evidence-note = Nota sobre as provas
    .placeholder = Documentos, atas, dados que sustentam o nível
page-target = Meta
# How sure the respondent is of a rating (the answer's `confidence`): low, medium or high
page-confidence = Confiança
# $confidence (text): low, medium or high
page-confidence-level = { $confidence ->
    [low] Baixa
    [medium] Média
   *[high] Alta
}
page-confidence-none = Não indicada
# $missing (number), $total (number): indicators not answered yet, and to answer
page-incomplete = Ainda sem resposta: { $missing } de { $total }

## The answer under each indicator

# $level (number): the level chosen; $name (text): its name
page-state-level = Nível { $level } · { $name }
page-state-na = N.A.
page-state-unknown = Não sei
page-state-missing = Sem resposta

## Results

page-results = Resultados
page-overall = Pontuação global
page-level = Nível
# $percent (text): e.g. "63%"
page-of-top-level = { $percent } do nível máximo
page-coverage = Cobertura
# $rated, $na, $unknown, $missing (numbers): indicators rated, not applicable, answered "don't know", not answered
page-counts = classificados: { $rated }, N.A.: { $na }, não sei: { $unknown }, sem resposta: { $missing }
# $percent (text): progress to the targets, e.g. "40%"; $below (number): indicators below their target
page-progress-to-target = Progresso até à meta: { $percent } · abaixo da meta: { $below }
page-domains = Domínios
page-domain-scores = Pontuações por domínio
page-col-domain = Domínio
page-col-score = Pontuação
page-col-level = Nível
page-col-coverage = Cobertura
page-outcomes = Perfil de resultados
page-outcomes-note = O que a aprendizagem alcança, apresentado à parte: não entra na pontuação global.
page-outcome-scores = Pontuações dos resultados
page-col-outcome = Resultado
page-profile = Como o sistema aprende
page-steps = Próximos passos por grupo de intervenientes
page-no-steps = Sem próximos passos: só surgem quando há indicadores classificados abaixo da sua meta.
# $n (number): how many indicators of this group have a next step
page-steps-count = ({ $n })
# $level (number): the current level; $next (number): the next level
page-step-from-to = de { $level } para { $next }
# $n (number): how many warnings
page-warnings = A ter em conta ({ $n })
page-chart-failed = Não foi possível apresentar o gráfico.
page-chart-loading = A desenhar o gráfico…
page-cannot-score = Não é possível pontuar estas respostas:
# $path (text): where the problem is (a JSON Pointer)
page-at-path = (em { $path })
# $line (number), $column (number)
page-at-line = (linha { $line }, coluna { $column })
# $help (text): advice from the scoring engine
page-help = Ajuda: { $help }

## Save and load

page-files = Guardar e carregar
page-export-answers = Exportar respostas (JSON)
page-export-report-json = Exportar relatório (JSON)
page-export-report-md = Exportar relatório (Markdown)
page-import = Importar respostas (JSON)…
page-reset = Apagar todas as respostas
page-reset-confirm = Apagar todas as respostas? Se as quiser conservar, exporte-as antes.
page-reset-done = Todas as respostas foram apagadas.
page-save-failed = Não foi possível guardar as respostas neste navegador (o armazenamento está cheio ou desativado). Exporte-as para as conservar.
page-saved-damaged = Não foi possível ler as respostas guardadas neste navegador; foram postas de parte e foi iniciada uma nova avaliação.
page-saved-damaged-not-kept = Não foi possível ler as respostas guardadas neste navegador, nem pô-las de parte (armazenamento cheio ou desativado). Exporte-as agora se precisar delas: perdem-se quando sair desta página.
page-saved-damaged-download = Exportar as respostas danificadas (JSON)
# $file (text): the file's name
page-import-unreadable = Não foi possível ler o ficheiro «{ $file }».
# $file (text): the file's name; $framework (text): the framework's id and version, e.g. "lhs-2021 2.0.0"
page-import-invalid = O ficheiro «{ $file }» não foi importado: não é uma avaliação válida de { $framework }. As suas respostas atuais não foram alteradas.
# $file (text): the file's name; $n (number): how many answers it has
page-imported = { $n ->
    [one] Ficheiro «{ $file }» importado: { $n } resposta.
    [many] Ficheiro «{ $file }» importado: { $n } respostas.
   *[other] Ficheiro «{ $file }» importado: { $n } respostas.
}

## Footer

# $tool (text): the name of this software, a link; $report (text): the title of the WHO report
page-footer = Pontuado com o { $tool } (WebAssembly). O quadro de referência é adaptado de { $report } (OMS/AHPSR 2021, CC BY-NC-SA 3.0 IGO); a OMS e os autores não subscrevem esta adaptação.
page-footer-report = Sistemas de saúde que aprendem: caminhos para o progresso

page-training = Antes de classificar, pratique com os { $cases } (um distrito, uma unidade sanitária e uma unidade nacional, cada um com os níveis de referência e as razões) e siga o { $protocol }.
page-training-cases = casos de calibração
page-training-protocol = protocolo de avaliação

## Imported files and the saved draft

page-save-quota = Não foi possível guardar as respostas neste navegador: o armazenamento está cheio. As respostas continuam nesta página; exporte-as agora para as conservar ou liberte espaço de armazenamento para este sítio nas definições do navegador.
page-save-ok = As respostas voltaram a ser guardadas neste navegador.
page-import-too-large = O ficheiro «{ $file }» não foi importado: o seu tamanho excede { $limit } MiB, o tamanho máximo dos documentos que esta ferramenta lê. As suas respostas atuais não foram alteradas.
page-import-not-utf8 = O ficheiro «{ $file }» não foi importado: não é um texto em UTF-8. Guarde-o novamente em UTF-8 (a codificação dos ficheiros JSON) e importe-o de novo. As suas respostas atuais não foram alteradas.
page-import-newer = O ficheiro «{ $file }» não foi importado: foi elaborado para a versão { $given } do quadro, mais recente do que a versão que esta página conhece ({ $version }). Abra-o com uma versão atualizada desta página. As suas respostas atuais não foram alteradas.

## Consensus workshop (pooling several respondents of one unit and period)

page-views =
    .aria-label = Vistas
page-view-questionnaire = Questionário
page-view-workshop = Sessão de consenso
page-ws-title = Sessão de consenso
page-ws-intro = Agregue as respostas de vários inquiridos da mesma unidade e do mesmo período, analise primeiro os indicadores em que as suas classificações mais divergem, registe o nível acordado pelo grupo e a respetiva fundamentação e exporte depois a avaliação de consenso e o seu relatório. Tudo permanece neste navegador; nada é enviado.
page-ws-loading = A carregar o motor de agregação…
# $error (text): why it failed, from the browser
page-ws-load-failed = Não foi possível carregar o motor de agregação: { $error }
page-ws-respondents = Inquiridos
page-ws-load-files = Carregar os ficheiros dos inquiridos (JSON)…
page-ws-add-name = Nome do inquirido que preencheu o questionário desta página
    .placeholder = p. ex., Responsável pela informação de saúde do distrito
page-ws-add-page = Acrescentar as respostas do questionário como inquirido
page-ws-add-empty = O questionário ainda não tem respostas para acrescentar.
# $respondent (text): the respondent's name, or "respondent 2"
page-ws-added = { $respondent } foi acrescentado. As respostas do questionário foram apagadas para o inquirido seguinte; a unidade e o período mantêm-se.
page-ws-none = Ainda não há inquiridos. Carregue o ficheiro de cada inquirido, ou peça a cada inquirido que preencha o questionário desta página, um após o outro, e acrescente-o aqui.
page-ws-from-page = a partir do questionário desta página
# $n (number): how many answers a respondent gave
page-ws-answers = { $n ->
    [one] { $n } resposta
    [many] { $n } respostas
   *[other] { $n } respostas
}
# $respondent (text): the respondent's label
page-ws-remove = Retirar { $respondent }
# $respondent (text): the respondent's label
page-ws-removed = { $respondent } foi retirado.
# $n (number): how many files were added
page-ws-loaded = { $n ->
    [one] { $n } inquirido acrescentado.
    [many] { $n } inquiridos acrescentados.
   *[other] { $n } inquiridos acrescentados.
}
# $file (text): the file's name; $framework (text): the framework's id and version, e.g. "lhs-2021 2.0.0"
page-ws-file-invalid = O ficheiro «{ $file }» não foi acrescentado: não é uma avaliação válida de { $framework }.
page-ws-need-two = A agregação compara pelo menos dois inquiridos: acrescente outro.
page-ws-cannot-pool = Não é possível agregar as respostas destes inquiridos:
page-ws-allow-mismatch = Agregá-las mesmo que as unidades, os períodos ou as versões do quadro sejam diferentes
page-ws-agreement = Concordância entre os inquiridos
# $alpha (text): Krippendorff's alpha (ordinal), e.g. "0.42", or "–" when it cannot be computed
page-ws-alpha = Alfa de Krippendorff (ordinal): { $alpha }. 1 significa níveis idênticos e 0 uma concordância não superior ao acaso; 0,8 ou mais é boa, menos de 0,67 fraca.
page-ws-agenda = Ordem de trabalhos das divergências
page-ws-agenda-note = Os indicadores em que as classificações dos inquiridos mais divergem, da maior amplitude para a menor: analise-os por esta ordem. Os indicadores classificados da mesma forma mantêm o nível agregado.
page-ws-agenda-empty = Os inquiridos classificaram todos os indicadores da mesma forma: nada precisa de ser analisado primeiro.
# $range (number): highest minus lowest level given; $iqr (text): the interquartile range, e.g. "1.50"
page-ws-range = Amplitude { $range } · amplitude interquartil { $iqr }
page-ws-ratings = Classificação de cada inquirido
page-ws-no-evidence = sem nota sobre as evidências
# $level (text): the pooled answer, e.g. "2 · Established"
page-ws-pooled-level = Nível agregado (mediana): { $level }
page-ws-agreed = Nível acordado
page-ws-agreed-none = Ainda não acordado (conta o nível agregado)
page-ws-rationale = Fundamentação
    .placeholder = Porque é que o grupo acordou este nível, p. ex., «Dividido entre 2 e 3 em L3a: registado o nível inferior.»
page-ws-other = Analisar outro indicador
page-ws-other-choose = Escolha um indicador
page-ws-other-add = Acrescentar à discussão
page-ws-other-remove = Retirar da discussão
page-ws-pooled-answers = Respostas agregadas
page-ws-pooled-caption = A resposta de cada inquirido a cada indicador a que alguém respondeu, o nível agregado e o acordado
page-ws-col-indicator = Indicador
page-ws-col-pooled = Agregado
page-ws-col-agreed = Acordado
page-ws-consensus = O consenso
# $agreed (number): indicators with an agreed level; $open (number): indicators of the agenda without one
page-ws-progress = Níveis acordados: { $agreed } · ainda em aberto na ordem de trabalhos: { $open }
# $score (text): the overall score, e.g. "2.50"; $top (number): the highest level; $level (text): e.g. "2 · Established"
page-ws-score = Pontuação global do consenso: { $score } / { $top } · nível { $level }
page-ws-export-consensus = Exportar a avaliação de consenso (JSON)
page-ws-export-agreed = Exportar os níveis acordados (JSON)
page-ws-export-report-html = Exportar o relatório do consenso (HTML)
page-ws-export-report-md = Exportar o relatório do consenso (Markdown)
page-ws-reset = Iniciar uma nova sessão
page-ws-reset-confirm = Iniciar uma nova sessão? Todos os inquiridos e níveis acordados desta sessão serão removidos deste navegador. Exporte primeiro o consenso para o conservar.
page-ws-reset-done = Foi iniciada uma nova sessão.
page-ws-save-failed = Não foi possível guardar a sessão neste navegador (armazenamento cheio ou desativado). Exporte o consenso para o conservar.
page-ws-saved-damaged = Não foi possível ler a sessão guardada neste navegador; foi iniciada uma nova.
