

cli-overall = Global
cli-unit-not-named = (unidad sin nombre)
cli-no-score = sin puntaje
cli-no-period = (sin período)
cli-warnings = Advertencias
cli-warnings-heading = Advertencias ({ $n })
cli-and = { $first } y { $second }
cli-answer-legend = na: no aplicable · ?: desconocido · –: sin respuesta
cli-unit-kind = { $kind ->
    [national] nacional
    [subnational] subnacional
    [district] distrito
    [facility] establecimiento
    [programme] programa
    [network] red
   *[other] { $kind }
}
cli-indicator-count = { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}


cli-column-unit = unidad
cli-column-unit-long = Unidad
cli-column-period = período
cli-column-period-long = Período
cli-column-group = grupo
cli-column-group-long = Grupo
cli-column-overall = global
cli-column-level = nivel
cli-column-coverage = cob.
cli-column-indicator = Indicador


cli-severity-error = error
cli-severity-warning = advertencia
cli-label-error = error:
cli-label-help = ayuda:
cli-diagnostic-at-path = en { $path }
cli-diagnostic-at-line = en la línea { $line }, columna { $column }
cli-error-stdout = no se puede escribir en la salida estándar: { $reason }
cli-help-writable = verifique que el directorio exista y que se pueda escribir en él
cli-error-empty-directory = el directorio `{ $dir }` no contiene evaluaciones (archivos *.json o *.csv)
cli-help-empty-directory = indique un directorio que contenga archivos de evaluación, o los propios archivos
cli-error-no-rows = `{ $file }` tiene encabezado, pero ninguna fila de evaluación
cli-help-score-many = puntúelas todas con `lhs-maturity batch { $file }`
cli-error-report-not-assessment = `{ $file }` es un informe, y este comando lee evaluaciones
cli-help-report-not-assessment = indique las evaluaciones de los informantes (los archivos que completaron), no sus informes
cli-error-compare-many = `{ $file }` contiene { $n } evaluaciones, y `compare` toma una sola ronda de cada lado
cli-help-compare-many = compare dos archivos de una evaluación cada uno; `series` sigue más rondas y `cohort` resume muchas unidades
cli-error-pool-mismatch = las evaluaciones no son todas de la misma unidad, período y versión del marco
cli-help-pool-mismatch = consolide los informantes de una misma unidad y período, o agregue `--allow-mismatch` para consolidarlos de todos modos
cli-error-cv-no-forms = indique los formularios de pertinencia completados, o use --form para obtener uno en blanco
cli-help-cv-form = lhs-maturity content-validity --form -o formulario-pertinencia.csv


cli-io-permission-denied = permiso denegado
cli-help-read-directory = indique los archivos que contiene, o use `lhs-maturity batch DIRECTORIO`
cli-io-cannot-read-directory = no se puede leer el directorio `{ $dir }`: { $reason }
cli-io-cannot-write = no se puede escribir `{ $file }`: { $reason }
cli-io-not-a-file-name = no es un nombre de archivo
cli-io-no-directory = el directorio `{ $dir }` no existe
cli-io-is-a-directory = es un directorio


cli-template-written = se escribió una evaluación en blanco de `{ $framework }` { $version } ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}) en { $file }
cli-validate-valid = válido
cli-validate-invalid = no válido
cli-validate-counts = ({ $errors ->
    [one] { $errors } error
    [many] { $errors } errores
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
    [many] { $warnings } advertencias
   *[other] { $warnings } advertencias
})
cli-report-written = se escribió el informe de { $input } (global: { $overall }; { $warnings ->
    [one] { $warnings } advertencia
    [many] { $warnings } advertencias
   *[other] { $warnings } advertencias
}) en { $file }


cli-score-column-node = Dominio / subdominio
cli-score-column-score = Punt.
cli-score-column-level = Nivel
cli-score-column-coverage = Cob.
cli-score-counts = calificados: { $rated }; no aplicables: { $na }; desconocidos: { $unknown }; sin respuesta: { $missing }; de un total de { $total ->
    [one] { $total } indicador
    [many] { $total } indicadores
   *[other] { $total } indicadores
}
cli-score-to-target = ; avance hacia la meta: { $percent } ({ $below } por debajo de la meta)
cli-score-learning-profile = Perfil de aprendizaje
cli-score-uncertainty = Grado de certeza de los puntajes
cli-uncertainty-column-interval = intervalo del 90 %
cli-uncertainty-column-together = errores vinculados
cli-uncertainty-column-p-level = P(nivel)
cli-uncertainty-column-range = rango si se hallan las desconocidas
cli-robustness-pair = `{ $value }` no es un par de unidades: escriba `A,B`
cli-robustness-progress = escenarios { $bar } { $position }/{ $length }
cli-score-next-steps = Principales próximos pasos
cli-score-no-steps = Ningún indicador calificado está por debajo de su meta.
cli-score-step = { $rank }. { $name } ({ $indicator }), nivel { $level } → { $next }: { $action }
cli-score-more-steps = … { $n } más (`--format markdown` los presenta por grupo de actores; `report` los escribe todos)


cli-batch-progress = puntuando { $bar } { $position }/{ $length } entradas
cli-batch-row-failed = falló: vea más abajo
cli-batch-failed = no se pudieron puntuar { $failed } de { $total ->
    [one] { $total } evaluación
    [many] { $total } evaluaciones
   *[other] { $total } evaluaciones
}:
cli-batch-more-failed = … y { $more } más: la columna `error` del resumen indica por qué no se pudo puntuar cada una
cli-batch-summary = se puntuaron { $scored } de { $total ->
    [one] { $total } evaluación
    [many] { $total } evaluaciones
   *[other] { $total } evaluaciones
} a partir de { $inputs ->
    [one] { $inputs } entrada
    [many] { $inputs } entradas
   *[other] { $inputs } entradas
} en { $seconds } s
cli-batch-summary-written = se puntuaron { $scored } de { $total ->
    [one] { $total } evaluación
    [many] { $total } evaluaciones
   *[other] { $total } evaluaciones
} a partir de { $inputs ->
    [one] { $inputs } entrada
    [many] { $inputs } entradas
   *[other] { $inputs } entradas
} en { $seconds } s; resumen escrito en { $file }


cli-framework-title = { $title } — `{ $framework }` versión { $version } ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
})
cli-framework-source = Fuente: { $citation }
cli-framework-scale = Escala:
cli-framework-facets = Facetas:
cli-framework-domains = Dominios:
cli-framework-list-hint = Liste los indicadores con `lhs-maturity framework indicators`.
cli-weight-outcome = resultado
cli-weight-none = n/a
cli-indicators-summary = { $n ->
    [one] { $n } indicador puntuado
    [many] { $n } indicadores puntuados
   *[other] { $n } indicadores puntuados
}; peso efectivo de { $min } a { $max } (máx./mín. { $ratio }); los indicadores de resultado se informan aparte
cli-indicators-summary-kind = { $n ->
    [one] { $n } indicador puntuado
    [many] { $n } indicadores puntuados
   *[other] { $n } indicadores puntuados
} para una unidad de tipo { $kind }; peso efectivo de { $min } a { $max } (máx./mín. { $ratio }); los indicadores de resultado se informan aparte
cli-lint-level-words = nivel { $level }: { $words }
cli-lint-summary = { $framework } { $version }: { $indicators ->
    [one] { $indicators } indicador
    [many] { $indicators } indicadores
   *[other] { $indicators } indicadores
}, { $findings ->
    [one] { $findings } hallazgo
    [many] { $findings } hallazgos
   *[other] { $findings } hallazgos
}; promedio de palabras por descriptor: { $average } ({ $levels })
cli-languages-heading = `{ $framework }` { $version } tiene sus textos en { $n ->
    [one] { $n } idioma
    [many] { $n } idiomas
   *[other] { $n } idiomas
}:
cli-languages-column-code = código
cli-languages-column-name = nombre
cli-languages-column-status = estado
cli-languages-column-reviewer = revisor
cli-languages-column-texts = textos
cli-language-status = { $status ->
    [source] original
    [provisional] provisional
    [reviewed] revisado
    [undeclared] no declarado
   *[other] { $status }
}
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
cli-languages-first-missing = primer texto faltante: { $pointer }


cli-migrate-class = { $class ->
    [equivalent] equivalentes
    [merged_duplicate] fusionados (duplicados)
    [merged_conjunctive] fusionados (conjuntivos)
    [revised] revisados
    [new] nuevos
   *[other] { $class }
}: { $n }
cli-migrate-summary = se migró { $file } de { $from } a { $to }: { $carried ->
    [one] { $carried } nivel trasladado sin cambios
    [many] { $carried } niveles trasladados sin cambios
   *[other] { $carried } niveles trasladados sin cambios
}, { $proposed } que un evaluador debe confirmar, { $unmapped ->
    [one] { $unmapped } respuesta guardada
    [many] { $unmapped } respuestas guardadas
   *[other] { $unmapped } respuestas guardadas
} en migration.unmapped ({ $classes })
cli-migrate-proposed-hint = los niveles propuestos se listan en migration.proposed; asigne cada nivel confirmado como el `level` de la respuesta
cli-cv-column-indicator = indicador
cli-cv-column-experts = jueces
cli-cv-column-icvi = IVC-I
cli-cv-column-kappa = kappa
cli-cv-column-interpretation = interpretación
cli-cv-interpretation = { $value ->
    [excellent] excelente
    [good] bueno
    [fair] aceptable
    [poor] deficiente
    [too_few_experts] muy pocos expertos
    [not_rated] sin calificar
   *[other] { $value }
}
cli-cv-summary = { $experts ->
    [one] { $experts } experto
    [many] { $experts } expertos
   *[other] { $experts } expertos
}; IVC-E/Prom { $average }, IVC-E/AU { $universal } (spec/SCORING.md §26)


cli-pool-intro = { $respondents ->
    [one] { $respondents } informante consolidado
    [many] { $respondents } informantes consolidados
   *[other] { $respondents } informantes consolidados
} mediante la { $method ->
    [median] mediana
    [mean] media
   *[mode] moda
}, { $items ->
    [one] { $items } indicador respondido
    [many] { $items } indicadores respondidos
   *[other] { $items } indicadores respondidos
}; { $agenda } en la agenda de desacuerdos
cli-pool-title = Evaluación consolidada: { $unit }
cli-pool-column-respondent = Informante
cli-pool-column-file = Archivo
cli-pool-agreement-heading = Concordancia entre los informantes (los indicadores como unidades)
cli-pool-agreement-title = Concordancia entre los informantes
cli-agreement-column-scope = Alcance
cli-agreement-column-alpha-ordinal = α ordinal
cli-agreement-column-alpha-interval = α intervalo
cli-agreement-column-alpha-units = unid. α
cli-agreement-column-alpha-units-long = Unidades (α)
cli-agreement-column-icc-single = CCI(2,1)
cli-agreement-column-icc-mean = CCI(2,k)
cli-agreement-column-icc-units = unid. CCI
cli-agreement-column-icc-units-long = Unidades (CCI)
cli-agreement-legend = α: alfa de Krippendorff sobre los indicadores calificados por dos o más informantes; CCI: coeficiente de correlación intraclase de efectos aleatorios de dos vías y concordancia absoluta, sobre los indicadores calificados por todos
cli-pool-agenda-title = Agenda de desacuerdos
cli-pool-agenda-empty = Agenda de desacuerdos: vacía (ningún indicador recibió niveles distintos)
cli-pool-agenda-heading = Agenda de desacuerdos: { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}, primero el rango más amplio (llévela a la reunión de consenso)
cli-pool-agenda-none = Ningún indicador recibió niveles distintos de los informantes.
cli-pool-agenda-order = Primero el rango más amplio; luego, el rango intercuartílico más amplio.
cli-pool-column-range = rango
cli-pool-column-range-long = Rango
cli-pool-column-iqr = RIC
cli-pool-consensus-title = Consenso
cli-pool-consensus-heading = { $n ->
    [one] Consenso: { $n } respuesta acordada reemplaza a la consolidada
    [many] Consenso: { $n } respuestas acordadas reemplazan a las consolidadas
   *[other] Consenso: { $n } respuestas acordadas reemplazan a las consolidadas
}
cli-pool-written = se escribió la evaluación consolidada ({ $respondents ->
    [one] { $respondents } informante
    [many] { $respondents } informantes
   *[other] { $respondents } informantes
}, { $items ->
    [one] { $items } indicador respondido
    [many] { $items } indicadores respondidos
   *[other] { $items } indicadores respondidos
}) en { $file }; puntúela con `lhs-maturity score { $file }`
cli-pool-not-written = no se escribió la evaluación consolidada: agregue `-o pooled.json` para escribirla
cli-bootstrap-title = Bootstrap de la evaluación consolidada: { $unit }
cli-bootstrap-intro = { $resamples } remuestreos de los { $respondents } encuestados, extraídos con reemplazo (semilla { $seed }): el intervalo del { $level } % de cada puntuación y la proporción de remuestreos que conservan su nivel
cli-bootstrap-leave-one-out = { $respondents ->
    [one] { $respondents } encuestado es
    [many] { $respondents } encuestados son
   *[other] { $respondents } encuestados son
} muy pocos para un bootstrap (al menos { $min }): cada puntuación sin cada encuestado por turno, y su rango
cli-bootstrap-column-interval = intervalo del { $level } %
cli-bootstrap-column-keeps = conserva nivel
cli-bootstrap-column-range = rango
cli-bootstrap-column-without = sin { $respondent }
cli-cohort-census = Las unidades son un censo: las medias de los grupos no tienen error de muestreo (`--sample` si son una muestra).
cli-cohort-sample = Las unidades son una muestra: intervalos bootstrap del { $level } % de las medias de los grupos de al menos { $min } unidades ({ $resamples } remuestreos, semilla { $seed }).


cli-compare-before = Antes:
cli-compare-after = Después:
cli-compare-column-before = antes
cli-compare-column-after = después
cli-compare-column-change = cambio
cli-compare-column-level = nivel
cli-compare-column-before-long = Antes
cli-compare-column-after-long = Después
cli-compare-column-change-long = Cambio
cli-compare-column-level-long = Nivel
cli-compare-column-target-long = Meta
cli-compare-column-progress-long = Avance
cli-compare-title = Comparación: { $before } → { $after }
cli-compare-comparable = Directamente comparable: la misma versión del marco y los mismos indicadores ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}) en ambas rondas.
cli-compare-versions-differ = las versiones del marco difieren ({ $before } → { $after })
cli-compare-sets-differ = los conjuntos de indicadores difieren
cli-compare-restricted = Comparación restringida: { $reasons }; cada puntaje que sigue se recalcula sobre { $n ->
    [one] { $n } indicador
    [many] los { $n } indicadores
   *[other] los { $n } indicadores
} { $shared ->
    [equivalent] que ambas rondas comparten con el mismo significado (clasificados como equivalentes en el mapa de migración; los demás se revisaron, fusionaron o eliminaron)
   *[other] que ambas rondas comparten
}.
cli-compare-only-before = Solo en la ronda anterior ({ $n }): { $ids }
cli-compare-only-after = Solo en la ronda posterior ({ $n }): { $ids }
cli-compare-counts = Indicadores calificados en ambas rondas: { $improved } con mejora, { $regressed } con retroceso, { $unchanged } sin cambios.
cli-compare-progress = Avance hacia la meta: { $percent } del camino (niveles ganados sobre la brecha hasta la meta, en los indicadores que estaban por debajo de la meta en la ronda anterior).
cli-compare-progress-none = Avance hacia la meta: no definido (ningún indicador calificado en ambas rondas estaba por debajo de su meta en la ronda anterior).
cli-compare-improved = Con mejora ({ $n })
cli-compare-regressed = Con retroceso ({ $n })
cli-compare-target-progress = meta { $target }, { $percent } del camino
cli-compare-target = meta { $target }


cli-cohort-heading = Cohorte de { $units ->
    [one] { $units } unidad
    [many] { $units } unidades
   *[other] { $units } unidades
} · { $framework } { $version }
cli-cohort-grouped-by = agrupadas por { $label }
cli-cohort-suppression = Se suprimen los grupos de menos de { $min ->
    [one] { $min } unidad
    [many] { $min } unidades
   *[other] { $min } unidades
} (sin estadísticas), para que ninguna unidad pueda ser identificada individualmente.
cli-cohort-suppression-some = Se suprimen los grupos de menos de { $min ->
    [one] { $min } unidad
    [many] { $min } unidades
   *[other] { $min } unidades
} (sin estadísticas), para que ninguna unidad pueda ser identificada individualmente; aquí { $suppressed ->
    [one] se suprimió { $suppressed } grupo
    [many] se suprimieron { $suppressed } grupos
   *[other] se suprimieron { $suppressed } grupos
}.
cli-cohort-publishable = Este es el resumen publicable: no tiene filas por unidad (`--ranks` agrega el rango percentil de cada unidad).
cli-cohort-with-ranks = Con rangos por unidad: no apto para publicación, porque identifica a unidades individuales.
cli-cohort-group = { $group } ({ $units ->
    [one] { $units } unidad
    [many] { $units } unidades
   *[other] { $units } unidades
})
cli-cohort-group-suppressed = { $group } ({ $units ->
    [one] { $units } unidad
    [many] { $units } unidades
   *[other] { $units } unidades
}): suprimido, menos de { $min ->
    [one] { $min } unidad
    [many] { $min } unidades
   *[other] { $min } unidades
}
cli-cohort-column-measure = Medida
cli-stat-n = n
cli-stat-mean = media
cli-stat-sd = d.e.
cli-stat-min = mín.
cli-stat-q1 = q1
cli-stat-median = md
cli-stat-q3 = q3
cli-stat-max = máx.
cli-stat-n-long = n
cli-stat-mean-long = Media
cli-stat-sd-long = DE
cli-stat-min-long = Mín.
cli-stat-q1-long = Q1
cli-stat-median-long = Mediana
cli-stat-q3-long = Q3
cli-stat-max-long = Máx.
cli-cohort-ranks-heading = Rangos percentiles dentro del grupo (global y por dominio; `--format csv` incluye todas las medidas)
cli-cohort-ranks-title = Rangos percentiles dentro del grupo (no aptos para publicación)
cli-cohort-ranks-note = nota: los rangos por unidad identifican a unidades individuales; publique el resumen sin `--ranks`


cli-reliability-heading = Confiabilidad del instrumento en { $units ->
    [one] { $units } unidad
    [many] { $units } unidades
   *[other] { $units } unidades
} · { $framework } { $version }
cli-reliability-title = Confiabilidad del instrumento en { $units ->
    [one] { $units } unidad
    [many] { $units } unidades
   *[other] { $units } unidades
} ({ $framework } { $version })
cli-reliability-intro = Alfa de Cronbach por dominio y subdominio, en las unidades que calificaron todos sus indicadores
cli-reliability-column-items = ítems
cli-reliability-column-units = unid.
cli-reliability-column-alpha = alfa
cli-reliability-column-items-long = Ítems
cli-reliability-column-units-long = Unidades
cli-reliability-column-alpha-long = Alfa
cli-reliability-item = alfa si se elimina { $alpha }  r ítem–total { $correlation }
cli-reliability-column-alpha-if-deleted = Alfa si se elimina
cli-reliability-column-item-total = r ítem–total
cli-reliability-item-in = `{ $item }` (en `{ $node }`)
cli-reliability-floor-heading = Piso y techo: proporción de las unidades que calificaron el indicador en el nivel 0 y en el nivel máximo ({ $top })
cli-reliability-floor-title = Piso y techo
cli-reliability-floor-intro = Proporción de las unidades que calificaron el indicador en el nivel 0 (piso) y en el nivel máximo, { $top } (techo).
cli-reliability-column-rated = n
cli-reliability-column-floor = piso
cli-reliability-column-ceiling = techo
cli-reliability-column-rated-long = Calificaciones
cli-reliability-column-floor-long = Piso
cli-reliability-column-ceiling-long = Techo


cli-series-heading = { $unit }: { $n ->
    [one] { $n } ronda
    [many] { $n } rondas
   *[other] { $n } rondas
}

cli-xlsform-written = XLSForm de `{ $framework }` { $version }, revisión { $revision } ({ $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}, { $units ->
    [0] unidad escrita a mano
    [one] { $units } unidad para elegir
    [many] { $units } unidades para elegir
   *[other] { $units } unidades para elegir
}) escrito en { $file }
cli-error-xlsform-option = `{ $option }` es una opción solo de `export xlsform`
cli-error-xlsform-files = `export xlsform` no recibe archivos de entrada: el formulario se construye a partir del marco
cli-error-template-xlsx-kind = la plantilla de Excel contiene todos los indicadores e indica cuáles se aplican solo a algunos tipos de unidad: quite `--unit-kind`
cli-error-binary-terminal = un libro de Excel no se puede mostrar en una terminal
cli-help-binary-terminal = escríbalo en un archivo con `-o`, por ejemplo `-o plantilla.xlsx`

cli-io-disk-full = el disco está lleno: libere espacio (o escriba en otro disco) y vuelva a ejecutar la orden; el archivo anterior no se modificó
cli-interrupted = detenido por { $signal }: se eliminaron los archivos que se estaban escribiendo y los anteriores quedaron como estaban
cli-diagnostics-more = … y { $more } más en { $file }: `lhs-maturity validate --format json` los enumera todos
cli-interrupted-idle = detenido por { $signal }

cli-error-dhis2-option = `{ $option }` es una opción solo de `export dhis2`, `export dhis2-metadata` y `export dhis2-mapping`
cli-error-dhis2-layout-option = `{ $option }` no es una opción de `export { $layout }`
cli-error-dhis2-files = `export { $layout }` no admite archivos de entrada: se genera a partir del marco
cli-error-dhis2-no-mapping = `export dhis2` necesita la correspondencia entre el marco y la instancia de DHIS2: `--mapping mapping.json`
cli-help-dhis2-mapping = genérela con `lhs-maturity export dhis2-mapping --units units.csv -o mapping.json` una vez importado en DHIS2 el paquete de `lhs-maturity export dhis2-metadata`
cli-error-dhis2-no-reports = `export dhis2` necesita los informes o evaluaciones que exportar
cli-dhis2-written = { $file }: valores de DHIS2: { $values }; informes: { $reports }; unidades organizativas: { $units }; períodos: { $periods }
cli-dhis2-metadata-written = { $file }: paquete de metadatos de DHIS2 de `{ $framework }` { $version }: elementos de datos: { $elements }; conjunto de datos `{ $data_set }` ({ $period_type })
cli-dhis2-metadata-hint = impórtelo una vez en DHIS2 (aplicación Import/Export, importación de metadatos) y genere la correspondencia con `lhs-maturity export dhis2-mapping`
cli-dhis2-mapping-written = { $file }: correspondencia de DHIS2 de `{ $framework }`: nodos: { $nodes }; unidades organizativas: { $units }

cli-submissions-counts = { $file }: { $submissions ->
    [one] { $submissions } envío
    [many] { $submissions } envíos
   *[other] { $submissions } envíos
}: { $read } leídos, { $refused } rechazados, { $left } omitidos (rechazados en la revisión, no aprobados o sin descifrar), { $duplicates } duplicados eliminados

cli-error-fhir-files = { $layout ->
        [fhir-questionnaire] `export fhir-questionnaire` no admite archivos de entrada: el Questionnaire se construye a partir del marco
       *[fhir-response] `export fhir-response` necesita las autoevaluaciones que se escribirán como respuestas
    }
cli-error-fhir-option = `{ $option }` es una opción solo de `export xlsform` y `export fhir-questionnaire`
