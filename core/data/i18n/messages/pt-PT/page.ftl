

page-title = Autoavaliação do sistema de saúde que aprende
page-intro = Quadro de referência incorporado: { $framework }. Classifique cada indicador de { $bottom } ({ $bottom-name }) a { $top } ({ $top-name }). As respostas ficam apenas neste navegador; nada é enviado.
page-skip = Ir para os resultados
page-language = Idioma
page-language-failed = Não foi possível carregar o idioma { $language }; a página continua em inglês.
page-language-pack-failed = Não foi possível carregar os textos em { $language }: são apresentados em inglês.
page-translation-provisional = Tradução provisória, ainda não revista.
page-translation-disclaimer = As traduções são adaptações feitas para esta ferramenta: a OMS não as aprovou. O texto em inglês é o que faz fé.


page-answered = Respondidos
    .aria-label = Indicadores respondidos
page-progress = { $answered } / { $total }
page-overall-short = Global
page-score-of = { $score } / { $top }
page-to-results = Resultados ↓


page-about = Sobre esta avaliação
page-unit-name = Unidade avaliada (distrito, ministério, unidade sanitária…)
    .placeholder = p. ex., Equipa distrital de saúde de Kisumu East
page-unit-kind = Tipo de unidade (só se mostram os indicadores que se lhe aplicam)
page-kind-none = Não definido (todos os indicadores)
page-kind = { $kind ->
    [national] Nacional (ministério da saúde, sistema nacional de saúde)
    [subnational] Subnacional (região, província, estado)
    [district] Distrital (equipa ou sistema distrital de saúde)
    [facility] Unidade sanitária (hospital, centro de saúde, clínica)
    [programme] Programa (p. ex., um programa nacional de luta contra a malária)
    [network] Rede de unidades que aprendem em conjunto
   *[other] { $kind }
}
page-kind-unknown = { $kind } (não é um tipo de unidade)
page-period = Período
    .placeholder = p. ex., 2026-Q3
page-default-target = Meta para todos os indicadores (salvo meta própria de um indicador)
page-target-none = Nenhuma


page-level-choice = { $level } · { $name }
page-guiding-question = Pergunta orientadora:
page-what-to-check = O que verificar:
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
page-confidence = Confiança
page-confidence-level = { $confidence ->
    [low] Baixa
    [medium] Média
   *[high] Alta
}
page-confidence-none = Não indicada
page-incomplete = Ainda sem resposta: { $missing } de { $total }


page-state-level = Nível { $level } · { $name }
page-state-na = N.A.
page-state-unknown = Não sei
page-state-missing = Sem resposta


page-results = Resultados
page-overall = Pontuação global
page-level = Nível
page-of-top-level = { $percent } do nível máximo
page-coverage = Cobertura
page-counts = classificados: { $rated }, N.A.: { $na }, não sei: { $unknown }, sem resposta: { $missing }
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
page-steps-count = ({ $n })
page-step-from-to = de { $level } para { $next }
page-warnings = A ter em conta ({ $n })
page-chart-failed = Não foi possível apresentar o gráfico.
page-chart-loading = A desenhar o gráfico…
page-cannot-score = Não é possível pontuar estas respostas:
page-at-path = (em { $path })
page-at-line = (linha { $line }, coluna { $column })
page-help = Ajuda: { $help }


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
page-import-unreadable = Não foi possível ler o ficheiro «{ $file }».
page-import-invalid = O ficheiro «{ $file }» não foi importado: não é uma avaliação válida de { $framework }. As suas respostas atuais não foram alteradas.
page-imported = { $n ->
    [one] Ficheiro «{ $file }» importado: { $n } resposta.
    [many] Ficheiro «{ $file }» importado: { $n } respostas.
   *[other] Ficheiro «{ $file }» importado: { $n } respostas.
}


page-footer = Pontuado com o { $tool } (WebAssembly). O quadro de referência é adaptado de { $report } (OMS/AHPSR 2021, CC BY-NC-SA 3.0 IGO); a OMS e os autores não subscrevem esta adaptação.
page-footer-report = Sistemas de saúde que aprendem: caminhos para o progresso

page-training = Antes de classificar, pratique com os { $cases } (um distrito, uma unidade sanitária e uma unidade nacional, cada um com os níveis de referência e as razões) e siga o { $protocol }.
page-training-cases = casos de calibração
page-training-protocol = protocolo de avaliação


page-save-quota = Não foi possível guardar as respostas neste navegador: o armazenamento está cheio. As respostas continuam nesta página; exporte-as agora para as conservar ou liberte espaço de armazenamento para este sítio nas definições do navegador.
page-save-ok = As respostas voltaram a ser guardadas neste navegador.
page-import-too-large = O ficheiro «{ $file }» não foi importado: o seu tamanho excede { $limit } MiB, o tamanho máximo dos documentos que esta ferramenta lê. As suas respostas atuais não foram alteradas.
page-import-not-utf8 = O ficheiro «{ $file }» não foi importado: não é um texto em UTF-8. Guarde-o novamente em UTF-8 (a codificação dos ficheiros JSON) e importe-o de novo. As suas respostas atuais não foram alteradas.
page-import-newer = O ficheiro «{ $file }» não foi importado: foi elaborado para a versão { $given } do quadro, mais recente do que a versão que esta página conhece ({ $version }). Abra-o com uma versão atualizada desta página. As suas respostas atuais não foram alteradas.


page-views =
    .aria-label = Vistas
page-view-questionnaire = Questionário
page-view-workshop = Sessão de consenso
page-ws-title = Sessão de consenso
page-ws-intro = Agregue as respostas de vários inquiridos da mesma unidade e do mesmo período, analise primeiro os indicadores em que as suas classificações mais divergem, registe o nível acordado pelo grupo e a respetiva fundamentação e exporte depois a avaliação de consenso e o seu relatório. Tudo permanece neste navegador; nada é enviado.
page-ws-loading = A carregar o motor de agregação…
page-ws-load-failed = Não foi possível carregar o motor de agregação: { $error }
page-ws-respondents = Inquiridos
page-ws-load-files = Carregar os ficheiros dos inquiridos (JSON)…
page-ws-add-name = Nome do inquirido que preencheu o questionário desta página
    .placeholder = p. ex., Responsável pela informação de saúde do distrito
page-ws-add-page = Acrescentar as respostas do questionário como inquirido
page-ws-add-empty = O questionário ainda não tem respostas para acrescentar.
page-ws-added = { $respondent } foi acrescentado. As respostas do questionário foram apagadas para o inquirido seguinte; a unidade e o período mantêm-se.
page-ws-none = Ainda não há inquiridos. Carregue o ficheiro de cada inquirido, ou peça a cada inquirido que preencha o questionário desta página, um após o outro, e acrescente-o aqui.
page-ws-from-page = a partir do questionário desta página
page-ws-answers = { $n ->
    [one] { $n } resposta
    [many] { $n } respostas
   *[other] { $n } respostas
}
page-ws-remove = Retirar { $respondent }
page-ws-removed = { $respondent } foi retirado.
page-ws-loaded = { $n ->
    [one] { $n } inquirido acrescentado.
    [many] { $n } inquiridos acrescentados.
   *[other] { $n } inquiridos acrescentados.
}
page-ws-file-invalid = O ficheiro «{ $file }» não foi acrescentado: não é uma avaliação válida de { $framework }.
page-ws-need-two = A agregação compara pelo menos dois inquiridos: acrescente outro.
page-ws-cannot-pool = Não é possível agregar as respostas destes inquiridos:
page-ws-allow-mismatch = Agregá-las mesmo que as unidades, os períodos ou as versões do quadro sejam diferentes
page-ws-agreement = Concordância entre os inquiridos
page-ws-alpha = Alfa de Krippendorff (ordinal): { $alpha }. 1 significa níveis idênticos e 0 uma concordância não superior ao acaso; 0,8 ou mais é boa, menos de 0,67 fraca.
page-ws-agenda = Ordem de trabalhos das divergências
page-ws-agenda-note = Os indicadores em que as classificações dos inquiridos mais divergem, da maior amplitude para a menor: analise-os por esta ordem. Os indicadores classificados da mesma forma mantêm o nível agregado.
page-ws-agenda-empty = Os inquiridos classificaram todos os indicadores da mesma forma: nada precisa de ser analisado primeiro.
page-ws-range = Amplitude { $range } · amplitude interquartil { $iqr }
page-ws-ratings = Classificação de cada inquirido
page-ws-no-evidence = sem nota sobre as evidências
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
page-ws-progress = Níveis acordados: { $agreed } · ainda em aberto na ordem de trabalhos: { $open }
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
