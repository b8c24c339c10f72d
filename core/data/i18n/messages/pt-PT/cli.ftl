

cli-overall = Global
cli-unit-not-named = (unidade sem nome)
cli-no-score = sem pontuação
cli-no-period = (sem período)
cli-warnings = Avisos
cli-warnings-heading = Avisos ({ $n })
cli-and = { $first } e { $second }
cli-answer-legend = na: não aplicável · ?: desconhecido · –: sem resposta
cli-unit-kind = { $kind ->
    [national] nacional
    [subnational] subnacional
    [district] distrital
    [facility] unidade sanitária
    [programme] programa
    [network] rede
   *[other] { $kind }
}
cli-indicator-count = { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}


cli-column-unit = unidade
cli-column-unit-long = Unidade
cli-column-period = período
cli-column-period-long = Período
cli-column-group = grupo
cli-column-group-long = Grupo
cli-column-overall = global
cli-column-level = nível
cli-column-coverage = cob.
cli-column-indicator = Indicador


cli-severity-error = erro
cli-severity-warning = aviso
cli-label-error = erro:
cli-label-help = ajuda:
cli-diagnostic-at-path = em { $path }
cli-diagnostic-at-line = na linha { $line }, coluna { $column }
cli-error-stdout = não é possível escrever na saída padrão: { $reason }
cli-help-writable = verifique se a pasta existe e se tem permissão de escrita
cli-error-empty-directory = a pasta `{ $dir }` não contém avaliações (ficheiros *.json ou *.csv)
cli-help-empty-directory = indique uma pasta que contenha ficheiros de avaliação, ou os próprios ficheiros
cli-error-no-rows = `{ $file }` tem um cabeçalho, mas nenhuma linha de avaliação
cli-help-score-many = pontue-as todas com `lhs-maturity batch { $file }`
cli-error-report-not-assessment = `{ $file }` é um relatório, e este comando lê avaliações
cli-help-report-not-assessment = indique as avaliações dos respondentes (os ficheiros que preencheram), e não os respetivos relatórios
cli-error-compare-many = `{ $file }` contém { $n } avaliações, e `compare` recebe uma ronda de cada lado
cli-help-compare-many = compare dois ficheiros com uma avaliação cada; `series` acompanha mais rondas e `cohort` resume muitas unidades
cli-error-pool-mismatch = as avaliações não são todas da mesma unidade, do mesmo período e da mesma versão do quadro de referência
cli-help-pool-mismatch = agregue os respondentes de uma só unidade e período, ou acrescente `--allow-mismatch` para os agregar mesmo assim
cli-error-cv-no-forms = indique os formulários de relevância preenchidos, ou --form para obter um em branco
cli-help-cv-form = lhs-maturity content-validity --form -o formulario-relevancia.csv


cli-io-permission-denied = permissão negada
cli-help-read-directory = indique os ficheiros que contém, ou utilize `lhs-maturity batch PASTA`
cli-io-cannot-read-directory = não é possível ler a pasta `{ $dir }`: { $reason }
cli-io-cannot-write = não é possível escrever `{ $file }`: { $reason }
cli-io-not-a-file-name = não é um nome de ficheiro
cli-io-no-directory = a pasta `{ $dir }` não existe
cli-io-is-a-directory = é uma pasta


cli-template-written = avaliação em branco de `{ $framework }` { $version } ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}) escrita em { $file }
cli-validate-valid = válido
cli-validate-invalid = inválido
cli-validate-counts = ({ $errors ->
    [one] { $errors } erro
    [many] { $errors } erros
   *[other] { $errors } erros
}, { $warnings ->
    [one] { $warnings } aviso
    [many] { $warnings } avisos
   *[other] { $warnings } avisos
})
cli-report-written = relatório de { $input } (pontuação global { $overall }, { $warnings ->
    [one] { $warnings } aviso
    [many] { $warnings } avisos
   *[other] { $warnings } avisos
}) escrito em { $file }


cli-score-column-node = Domínio / subdomínio
cli-score-column-score = Pont.
cli-score-column-level = Nível
cli-score-column-coverage = Cob.
cli-score-counts = classificados: { $rated }, não aplicáveis: { $na }, desconhecidos: { $unknown }, sem resposta: { $missing }, de um total de { $total ->
    [one] { $total } indicador
    [many] { $total } indicadores
   *[other] { $total } indicadores
}
cli-score-to-target = ; { $percent } do caminho até à meta ({ $below } abaixo da meta)
cli-score-learning-profile = Perfil de aprendizagem
cli-score-uncertainty = Grau de certeza das pontuações
cli-uncertainty-column-interval = intervalo de 90 %
cli-uncertainty-column-together = erros ligados
cli-uncertainty-column-p-level = P(nível)
cli-uncertainty-column-range = intervalo se as desconhecidas forem encontradas
cli-robustness-pair = `{ $value }` não é um par de unidades: escreva `A,B`
cli-robustness-progress = cenários { $bar } { $position }/{ $length }
cli-score-next-steps = Principais próximos passos
cli-score-no-steps = Nenhum indicador classificado está abaixo da sua meta.
cli-score-step = { $rank }. { $name } ({ $indicator }), nível { $level } → { $next }: { $action }
cli-score-more-steps = … mais { $n } (`--format markdown` enumera-os por grupo de intervenientes; `report` escreve-os todos)


cli-batch-progress = a pontuar { $bar } { $position }/{ $length } entradas
cli-batch-row-failed = falhou: ver abaixo
cli-batch-failed = não foi possível pontuar { $failed } de { $total ->
    [one] { $total } avaliação
    [many] { $total } avaliações
   *[other] { $total } avaliações
}:
cli-batch-more-failed = … e mais { $more }: a coluna `error` do resumo indica porque não foi possível pontuar cada uma
cli-batch-summary = { $scored } de { $total ->
    [one] { $total } avaliação pontuada
    [many] { $total } avaliações pontuadas
   *[other] { $total } avaliações pontuadas
} a partir de { $inputs ->
    [one] { $inputs } entrada
    [many] { $inputs } entradas
   *[other] { $inputs } entradas
} em { $seconds } s
cli-batch-summary-written = { $scored } de { $total ->
    [one] { $total } avaliação pontuada
    [many] { $total } avaliações pontuadas
   *[other] { $total } avaliações pontuadas
} a partir de { $inputs ->
    [one] { $inputs } entrada
    [many] { $inputs } entradas
   *[other] { $inputs } entradas
} em { $seconds } s; resumo escrito em { $file }


cli-framework-title = { $title } — `{ $framework }` versão { $version } ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
})
cli-framework-source = Fonte: { $citation }
cli-framework-scale = Escala:
cli-framework-facets = Facetas:
cli-framework-domains = Domínios:
cli-framework-list-hint = Para enumerar os indicadores, utilize `lhs-maturity framework indicators`.
cli-weight-outcome = resultado
cli-weight-none = n.a.
cli-indicators-summary = { $n ->
    [one] { $n } indicador pontuado
    [many] { $n } indicadores pontuados
   *[other] { $n } indicadores pontuados
}; peso efetivo de { $min } a { $max } (máx./mín. { $ratio }); os indicadores de resultado são apresentados à parte
cli-indicators-summary-kind = { $n ->
    [one] { $n } indicador pontuado
    [many] { $n } indicadores pontuados
   *[other] { $n } indicadores pontuados
} (tipo de unidade: { $kind }); peso efetivo de { $min } a { $max } (máx./mín. { $ratio }); os indicadores de resultado são apresentados à parte
cli-lint-level-words = nível { $level }: { $words }
cli-lint-summary = { $framework } { $version }: { $indicators ->
    [one] { $indicators } indicador
    [many] { $indicators } indicadores
   *[other] { $indicators } indicadores
}, { $findings ->
    [one] { $findings } constatação
    [many] { $findings } constatações
   *[other] { $findings } constatações
}; média de palavras por descritor { $average } ({ $levels })
cli-languages-heading = `{ $framework }` { $version } tem os seus textos em { $n ->
    [one] { $n } língua
    [many] { $n } línguas
   *[other] { $n } línguas
}:
cli-languages-column-code = código
cli-languages-column-name = nome
cli-languages-column-status = estado
cli-languages-column-reviewer = revisor
cli-languages-column-texts = textos
cli-language-status = { $status ->
    [source] origem
    [provisional] provisória
    [reviewed] revista
    [undeclared] não declarada
   *[other] { $status }
}
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
cli-languages-first-missing = primeiro texto em falta: { $pointer }


cli-migrate-class = { $n ->
    [one] { $n } { $class ->
        [equivalent] equivalente
        [merged_duplicate] fundido (duplicado)
        [merged_conjunctive] fundido (conjuntivo)
        [revised] revisto
        [new] novo
       *[other] { $class }
    }
    [many] { $n } { $class ->
        [equivalent] equivalentes
        [merged_duplicate] fundidos (duplicados)
        [merged_conjunctive] fundidos (conjuntivos)
        [revised] revistos
        [new] novos
       *[other] { $class }
    }
   *[other] { $n } { $class ->
        [equivalent] equivalentes
        [merged_duplicate] fundidos (duplicados)
        [merged_conjunctive] fundidos (conjuntivos)
        [revised] revistos
        [new] novos
       *[other] { $class }
    }
}
cli-migrate-summary = { $file } migrado de { $from } para { $to }: { $carried ->
    [one] { $carried } nível mantido
    [many] { $carried } níveis mantidos
   *[other] { $carried } níveis mantidos
}, { $proposed } em proposta (a confirmar por um avaliador), { $unmapped ->
    [one] { $unmapped } resposta guardada
    [many] { $unmapped } respostas guardadas
   *[other] { $unmapped } respostas guardadas
} em migration.unmapped ({ $classes })
cli-migrate-proposed-hint = os níveis propostos estão enumerados em migration.proposed; indique cada nível confirmado como `level` da resposta
cli-cv-column-indicator = indicador
cli-cv-column-experts = peritos
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = kappa
cli-cv-column-interpretation = interpretação
cli-cv-interpretation = { $value ->
    [excellent] excelente
    [good] bom
    [fair] razoável
    [poor] fraco
    [too_few_experts] poucos peritos
    [not_rated] não classificado
   *[other] { $value }
}
cli-cv-summary = { $experts ->
    [one] { $experts } perito
    [many] { $experts } peritos
   *[other] { $experts } peritos
}; S-CVI/Ave { $average }, S-CVI/UA { $universal } (spec/SCORING.md §26)


cli-pool-intro = { $respondents ->
    [one] { $respondents } respondente agregado
    [many] { $respondents } respondentes agregados
   *[other] { $respondents } respondentes agregados
} pela { $method ->
    [median] mediana
    [mean] média
   *[mode] moda
}, { $items ->
    [one] { $items } indicador com resposta
    [many] { $items } indicadores com resposta
   *[other] { $items } indicadores com resposta
}; { $agenda } na agenda de divergências
cli-pool-title = Avaliação agregada: { $unit }
cli-pool-column-respondent = Respondente
cli-pool-column-file = Ficheiro
cli-pool-agreement-heading = Concordância entre os respondentes (os indicadores como unidades)
cli-pool-agreement-title = Concordância entre os respondentes
cli-agreement-column-scope = Âmbito
cli-agreement-column-alpha-ordinal = α ordinal
cli-agreement-column-alpha-interval = α intervalo
cli-agreement-column-alpha-units = unid. α
cli-agreement-column-alpha-units-long = Unidades (α)
cli-agreement-column-icc-single = ICC(2,1)
cli-agreement-column-icc-mean = ICC(2,k)
cli-agreement-column-icc-units = unid. ICC
cli-agreement-column-icc-units-long = Unidades (ICC)
cli-agreement-legend = α: alfa de Krippendorff sobre os indicadores classificados por dois ou mais respondentes; ICC: modelo de efeitos aleatórios de duas vias, concordância absoluta, sobre os indicadores classificados por todos
cli-pool-agenda-title = Agenda de divergências
cli-pool-agenda-empty = Agenda de divergências: vazia (nenhum indicador recebeu níveis diferentes)
cli-pool-agenda-heading = Agenda de divergências: { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}, da maior amplitude para a menor (a levar à reunião de consenso)
cli-pool-agenda-none = Nenhum indicador recebeu níveis diferentes dos respondentes.
cli-pool-agenda-order = Primeiro a maior amplitude, depois a maior amplitude interquartil.
cli-pool-column-range = ampl.
cli-pool-column-range-long = Amplitude
cli-pool-column-iqr = AIQ
cli-pool-consensus-title = Consenso
cli-pool-consensus-heading = { $n ->
    [one] Consenso: { $n } resposta acordada substitui a resposta agregada
    [many] Consenso: { $n } respostas acordadas substituem as respostas agregadas
   *[other] Consenso: { $n } respostas acordadas substituem as respostas agregadas
}
cli-pool-written = avaliação agregada ({ $respondents ->
    [one] { $respondents } respondente
    [many] { $respondents } respondentes
   *[other] { $respondents } respondentes
}, { $items ->
    [one] { $items } indicador com resposta
    [many] { $items } indicadores com resposta
   *[other] { $items } indicadores com resposta
}) escrita em { $file }; pontue-a com `lhs-maturity score { $file }`
cli-pool-not-written = a avaliação agregada não foi escrita: acrescente `-o avaliacao-agregada.json` para a escrever
cli-bootstrap-title = Bootstrap da avaliação agrupada: { $unit }
cli-bootstrap-intro = { $resamples } reamostragens dos { $respondents } inquiridos, extraídas com reposição (semente { $seed }): o intervalo de { $level } % de cada pontuação e a proporção de reamostragens que mantêm o seu nível
cli-bootstrap-leave-one-out = { $respondents ->
    [one] { $respondents } inquirido é
    [many] { $respondents } inquiridos são
   *[other] { $respondents } inquiridos são
} muito poucos para um bootstrap (pelo menos { $min }): cada pontuação sem cada inquirido à vez, e a sua amplitude
cli-bootstrap-column-interval = intervalo de { $level } %
cli-bootstrap-column-keeps = mantém nível
cli-bootstrap-column-range = amplitude
cli-bootstrap-column-without = sem { $respondent }
cli-cohort-census = As unidades são um recenseamento: as médias dos grupos não têm erro de amostragem (`--sample` se forem uma amostra).
cli-cohort-sample = As unidades são uma amostra: intervalos bootstrap de { $level } % das médias dos grupos de pelo menos { $min } unidades ({ $resamples } reamostragens, semente { $seed }).


cli-compare-before = Antes:
cli-compare-after = Depois:
cli-compare-column-before = antes
cli-compare-column-after = depois
cli-compare-column-change = mudança
cli-compare-column-level = nível
cli-compare-column-before-long = Antes
cli-compare-column-after-long = Depois
cli-compare-column-change-long = Mudança
cli-compare-column-level-long = Nível
cli-compare-column-target-long = Meta
cli-compare-column-progress-long = Progresso
cli-compare-title = Comparação: { $before } → { $after }
cli-compare-comparable = Diretamente comparável: a mesma versão do quadro de referência e o mesmo conjunto de { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
} nas duas rondas.
cli-compare-versions-differ = as versões do quadro de referência diferem ({ $before } → { $after })
cli-compare-sets-differ = os conjuntos de indicadores diferem
cli-compare-restricted = Comparação restrita: { $reasons }; todas as pontuações abaixo são recalculadas sobre { $n ->
    [one] { $n } indicador
    [many] os { $n } indicadores
   *[other] os { $n } indicadores
} { $shared ->
    [equivalent] que as duas rondas partilham com o mesmo significado (classe «equivalente» no mapa de migração; os restantes foram revistos, fundidos ou retirados)
   *[other] que as duas rondas partilham
}.
cli-compare-only-before = Apenas na ronda anterior ({ $n }): { $ids }
cli-compare-only-after = Apenas na ronda posterior ({ $n }): { $ids }
cli-compare-counts = Indicadores classificados nas duas rondas — com melhoria: { $improved }; com regressão: { $regressed }; sem alteração: { $unchanged }.
cli-compare-progress = Progresso até à meta: { $percent } do caminho (níveis ganhos face à distância até à meta, nos indicadores que estavam abaixo da meta na ronda anterior).
cli-compare-progress-none = Progresso até à meta: não definido (nenhum indicador classificado nas duas rondas estava abaixo da meta na ronda anterior).
cli-compare-improved = Com melhoria ({ $n })
cli-compare-regressed = Com regressão ({ $n })
cli-compare-target-progress = meta { $target }, { $percent } do caminho
cli-compare-target = meta { $target }


cli-cohort-heading = Coorte de { $units ->
    [one] { $units } unidade
    [many] { $units } unidades
   *[other] { $units } unidades
} · { $framework } { $version }
cli-cohort-grouped-by = agrupadas por { $label }
cli-cohort-suppression = Os grupos com menos de { $min ->
    [one] { $min } unidade
    [many] { $min } unidades
   *[other] { $min } unidades
} são suprimidos (sem estatísticas), para que nenhuma unidade possa ser identificada individualmente.
cli-cohort-suppression-some = Os grupos com menos de { $min ->
    [one] { $min } unidade
    [many] { $min } unidades
   *[other] { $min } unidades
} são suprimidos (sem estatísticas), para que nenhuma unidade possa ser identificada individualmente; { $suppressed ->
    [one] { $suppressed } grupo foi suprimido
    [many] { $suppressed } grupos foram suprimidos
   *[other] { $suppressed } grupos foram suprimidos
} neste caso.
cli-cohort-publishable = Este é o resumo publicável: sem linhas por unidade (`--ranks` acrescenta a posição percentil de cada unidade).
cli-cohort-with-ranks = Com as posições das unidades: não se destina a publicação, porque identifica unidades individualmente.
cli-cohort-group = { $group } ({ $units ->
    [one] { $units } unidade
    [many] { $units } unidades
   *[other] { $units } unidades
})
cli-cohort-group-suppressed = { $group } ({ $units ->
    [one] { $units } unidade
    [many] { $units } unidades
   *[other] { $units } unidades
}): suprimido, menos de { $min ->
    [one] { $min } unidade
    [many] { $min } unidades
   *[other] { $min } unidades
}
cli-cohort-column-measure = Medida
cli-stat-n = n
cli-stat-mean = média
cli-stat-sd = dp
cli-stat-min = mín.
cli-stat-q1 = q1
cli-stat-median = md
cli-stat-q3 = q3
cli-stat-max = máx.
cli-stat-n-long = n
cli-stat-mean-long = Média
cli-stat-sd-long = DP
cli-stat-min-long = Mín.
cli-stat-q1-long = Q1
cli-stat-median-long = Mediana
cli-stat-q3-long = Q3
cli-stat-max-long = Máx.
cli-cohort-ranks-heading = Posições percentis no grupo (global e por domínio; `--format csv` inclui todas as medidas)
cli-cohort-ranks-title = Posições percentis no grupo (não se destina a publicação)
cli-cohort-ranks-note = nota: as posições das unidades identificam unidades individualmente; publique o resumo sem `--ranks`


cli-reliability-heading = Fiabilidade do instrumento com base em { $units ->
    [one] { $units } unidade
    [many] { $units } unidades
   *[other] { $units } unidades
} · { $framework } { $version }
cli-reliability-title = Fiabilidade do instrumento com base em { $units ->
    [one] { $units } unidade
    [many] { $units } unidades
   *[other] { $units } unidades
} ({ $framework } { $version })
cli-reliability-intro = Alfa de Cronbach por domínio e subdomínio, nas unidades que classificaram todos os seus indicadores
cli-reliability-column-items = itens
cli-reliability-column-units = unid.
cli-reliability-column-alpha = alfa
cli-reliability-column-items-long = Itens
cli-reliability-column-units-long = Unidades
cli-reliability-column-alpha-long = Alfa
cli-reliability-item = alfa se excluído { $alpha }  r item–total { $correlation }
cli-reliability-column-alpha-if-deleted = Alfa se excluído
cli-reliability-column-item-total = r item–total
cli-reliability-item-in = `{ $item }` (em `{ $node }`)
cli-reliability-floor-heading = Efeito chão e efeito teto: proporção das unidades que classificaram o indicador no nível 0 e no nível máximo ({ $top })
cli-reliability-floor-title = Efeito chão e efeito teto
cli-reliability-floor-intro = Proporção das unidades que classificaram o indicador no nível 0 (chão) e no nível máximo, { $top } (teto).
cli-reliability-column-rated = unid.
cli-reliability-column-floor = chão
cli-reliability-column-ceiling = teto
cli-reliability-column-rated-long = Unidades que classificaram
cli-reliability-column-floor-long = Chão
cli-reliability-column-ceiling-long = Teto


cli-series-heading = { $unit }: { $n ->
    [one] { $n } ronda
    [many] { $n } rondas
   *[other] { $n } rondas
}

cli-xlsform-written = XLSForm de `{ $framework }` { $version }, revisão { $revision } ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}, { $units ->
    [0] unidade escrita à mão
    [one] { $units } unidade à escolha
    [many] { $units } unidades à escolha
   *[other] { $units } unidades à escolha
}) escrito em { $file }
cli-error-xlsform-option = `{ $option }` é uma opção apenas de `export xlsform`
cli-error-xlsform-files = `export xlsform` não recebe ficheiros de entrada: o formulário é construído a partir do quadro
cli-error-template-xlsx-kind = o modelo Excel contém todos os indicadores e indica quais se aplicam só a alguns tipos de unidade: retire `--unit-kind`
cli-error-binary-terminal = um livro Excel não pode ser mostrado num terminal
cli-help-binary-terminal = escreva-o num ficheiro com `-o`, por exemplo `-o modelo.xlsx`

cli-io-disk-full = o disco está cheio: liberte espaço (ou escreva noutro disco) e execute o comando novamente; o ficheiro anterior ficou como estava
cli-interrupted = interrompido por { $signal }: os ficheiros que estavam a ser escritos foram removidos e os anteriores ficaram como estavam
cli-diagnostics-more = … e mais { $more } em { $file }: `lhs-maturity validate --format json` lista-os todos
cli-interrupted-idle = interrompido por { $signal }

cli-error-dhis2-option = `{ $option }` é uma opção apenas de `export dhis2`, `export dhis2-metadata` e `export dhis2-mapping`
cli-error-dhis2-layout-option = `{ $option }` não é uma opção de `export { $layout }`
cli-error-dhis2-files = `export { $layout }` não recebe ficheiros de entrada: é gerado a partir do quadro
cli-error-dhis2-no-mapping = `export dhis2` precisa da correspondência entre o quadro e a instância DHIS2: `--mapping mapping.json`
cli-help-dhis2-mapping = gere-a com `lhs-maturity export dhis2-mapping --units units.csv -o mapping.json` depois de importar no DHIS2 o pacote de `lhs-maturity export dhis2-metadata`
cli-error-dhis2-no-reports = `export dhis2` precisa dos relatórios ou avaliações a exportar
cli-dhis2-written = { $file }: valores do DHIS2: { $values }; relatórios: { $reports }; unidades organizacionais: { $units }; períodos: { $periods }
cli-dhis2-metadata-written = { $file }: pacote de metadados do DHIS2 de `{ $framework }` { $version }: elementos de dados: { $elements }; conjunto de dados `{ $data_set }` ({ $period_type })
cli-dhis2-metadata-hint = importe-o uma vez no DHIS2 (aplicação Import/Export, importação de metadados) e gere depois a correspondência com `lhs-maturity export dhis2-mapping`
cli-dhis2-mapping-written = { $file }: correspondência DHIS2 de `{ $framework }`: nós: { $nodes }; unidades organizacionais: { $units }

cli-submissions-counts = { $file }: { $submissions ->
    [one] { $submissions } submissão
    [many] { $submissions } submissões
   *[other] { $submissions } submissões
}: { $read } lidas, { $refused } recusadas, { $left } excluídas (rejeitadas, não aprovadas ou não decifradas), { $duplicates } duplicados removidos

cli-error-fhir-files = { $layout ->
        [fhir-questionnaire] `export fhir-questionnaire` não aceita ficheiros de entrada: o Questionnaire é construído a partir do referencial
       *[fhir-response] `export fhir-response` precisa das autoavaliações a escrever como respostas
    }
cli-error-fhir-option = `{ $option }` é uma opção apenas de `export xlsform` e `export fhir-questionnaire`
