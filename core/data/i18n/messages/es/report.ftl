

-lhs = sistema de salud que aprende


count-indicators = { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}


report-overall = Global
report-outcome-profile = Perfil de resultados
report-learning-profile = Perfil de aprendizaje
report-next-steps = Próximos pasos por grupo de actores
report-no-steps = Ningún indicador calificado está por debajo de su meta.
report-no-score = sin puntaje


report-col-domain = Dominio
report-col-outcome = Resultado
report-col-id = ID
report-col-score = Puntaje
report-col-level = Nivel
report-col-coverage = Cobertura
report-col-to-target = Avance hacia la meta
report-col-facet = Faceta
report-col-value = Valor
report-col-indicator = Indicador
report-col-indicators = Indicadores
report-col-target = Meta
report-col-rated = Calificados
report-col-na = No aplicables
report-col-unknown = Desconocidos
report-col-missing = Sin respuesta


report-step-levels = nivel { $move }


md-label-unit = Unidad:
md-label-period = Período:
md-label-framework = Marco:
md-unit-not-named = (unidad sin nombre)
md-domains = Dominios
md-warnings = Advertencias
md-overall = Puntaje { $score } · nivel { $level } · { $percent } del nivel máximo · cobertura { $coverage } (calificados: { $rated }; no aplicables: { $na }; desconocidos: { $unknown }; sin respuesta: { $missing }; total: { $total })
md-progress = Avance hacia la meta: { $percent } ({ $below } de { $with } indicadores calificados con meta están por debajo de ella; brecha total: { $gap ->
    [one] { $gap } nivel
    [many] { $gap } niveles
   *[other] { $gap } niveles
})
md-outcome-note = Procesos y resultados del aprendizaje, que se informan aparte: no forman parte del puntaje global.
md-step = { $name } ({ $id }), { $levels }: { $action }
md-more = … y { $n } más


html-subtitle = Informe de autoevaluación · { $framework }
html-unit-not-named = Unidad sin nombre
html-unit-id = ID de la unidad
html-unit-kind = Tipo de unidad
html-period = Período
html-not-given = no indicado
html-respondent = Informante
html-framework = Marco
html-framework-version = { $title } { $id } versión { $version }
html-translation-provisional = Traducción: provisional (aún no revisada por un revisor hablante nativo)


html-overall-score = Puntaje global
html-tile-level = Nivel
html-tile-coverage = Cobertura
html-rated-of = { $rated } de { $total } calificados
html-tile-target = Avance hacia la meta
html-below-of = { $below } de { $with } por debajo de la meta
html-answers = { $percent } del nivel máximo. Indicadores calificados: { $rated }; no aplicables: { $na }; desconocidos: { $unknown }; sin respuesta: { $missing }; de un total de { $total ->
    [one] { $total } indicador
    [many] { $total } indicadores
   *[other] { $total } indicadores
} en el puntaje global.
html-outcomes-apart = El perfil de resultados se informa aparte.
html-radar-caption = Puntajes de los dominios en la escala 0–{ $top }.
html-facets-caption = Perfil de aprendizaje: el puntaje de los indicadores etiquetados con cada valor de faceta.


html-domains = Dominios y subdominios
html-outcomes-note = Procesos y resultados del aprendizaje, que se informan aparte: son lo que los dominios anteriores deberían producir, por lo que no forman parte del puntaje global.
html-steps-intro = { $n ->
    [one] { $n } próximo paso, ordenado según los puntos del puntaje global que están en juego. Este paso sube un indicador un nivel.
    [many] { $n } próximos pasos, ordenados según los puntos del puntaje global que están en juego. Cada uno sube un indicador un nivel.
   *[other] { $n } próximos pasos, ordenados según los puntos del puntaje global que están en juego. Cada uno sube un indicador un nivel.
}
html-step = { $name } { $id }, { $levels }: { $action }
html-step-target = { $name } { $id }, { $levels } (meta: { $target }): { $action }
html-step-reach = alcance “{ $descriptor }”


html-indicators = Indicadores
html-col-evidence = Evidencia y descriptores
html-left-out = { $n ->
    [one] { $n } indicador no se aplica a una unidad de este tipo y se omite.
    [many] { $n } indicadores no se aplican a una unidad de este tipo y se omiten.
   *[other] { $n } indicadores no se aplican a una unidad de este tipo y se omiten.
}
html-status-na = no aplicable
html-status-unknown = desconocido
html-status-missing = sin respuesta
html-status-does-not-apply = no se aplica a esta unidad
html-gap = (brecha: { $gap })
html-evidence = Evidencia:
html-why-na = Por qué no se aplica:
html-confidence = Confianza: { $confidence ->
    [low] baja
    [medium] media
   *[high] alta
}
html-now = Actual (nivel { $level })
html-next-level = Siguiente (nivel { $level })
html-next = Siguiente
html-top-reached = Se alcanzó el nivel máximo.
html-statement = Enunciado


html-warnings = Advertencias y cobertura
html-no-warnings = No hay advertencias.
html-warnings-intro = { $n ->
    [one] { $n } advertencia (no cambia ningún número):
    [many] { $n } advertencias (no cambian ningún número):
   *[other] { $n } advertencias (no cambian ningún número):
}
html-warning = { $code } en { $path }: { $message }
html-glossary = Glosario
html-footer = Puntaje calculado con lhs-maturity { $tool } según { $id } { $version } (formato de informe { $format }). Los puntajes están en la escala 0–{ $top }; el redondeo es solo para la presentación.
html-source = Fuente del marco: { $citation }.
html-source-licence = Fuente del marco: { $citation }. Licencia: { $licence }.
html-translation-disclaimer = Esta traducción no fue realizada por la Organización Mundial de la Salud (OMS). La OMS no se hace responsable del contenido ni de la exactitud de esta traducción. La edición en inglés de este marco es la vinculante y auténtica.


svg-radar-title = Puntajes de los dominios
svg-radar-desc = Puntaje de cada dominio en la escala de 0 a { $top }: { $scores }
svg-facets-title = Perfil de aprendizaje
svg-bars-desc = Puntaje en la escala de 0 a { $top }: { $scores }
svg-item = { $name } { $score }
svg-group-item = { $group }, { $name } { $score }
svg-list-separator = {"; "}
svg-legend-score = puntaje
svg-legend-target = meta promedio de los indicadores calificados


template-comment = Una autoevaluación en blanco de `{ $id }` { $version }. Para cada indicador, asigne a `level` un nivel de 0 a { $top } o "unknown" (se preguntó, pero nadie pudo verificarlo), o déjelo en null (sin respuesta); anote la evidencia. { $na } En lugar del nivel, puede registrar los elementos verificados, por ejemplo { $example }: el nivel se deriva entonces de ellos. Una respuesta también puede tener "confidence" (la confianza: low, medium o high) y "target" (la meta: un nivel). Agregue "default_target": N al inicio para fijar una meta para todos los indicadores. Los campos que comienzan con $ son notas y se pueden eliminar.
template-na-applies = Los indicadores de la lista se aplican a este tipo de unidad: califique con 0 (ausente) el que no exista, no con "na".
template-na-justify = "na" significa no aplicable: en ese caso, agregue una "justification".
template-indicator = { $name }: { $statement }
template-level = { $level } { $name }: { $descriptor }
template-csv-level = { $name }: { $descriptor }
template-meta-framework-id-name = id del marco
template-meta-framework-id = El id del marco al que corresponden las respuestas; déjelo como está
template-meta-framework-version-name = versión del marco
template-meta-framework-version = La versión de ese marco; déjela como está
template-meta-unit-id-name = id de la unidad
template-meta-unit-id = Un identificador estable de la unidad evaluada, por ejemplo kis-east
template-meta-unit-name-name = nombre de la unidad
template-meta-unit-name = El nombre de la unidad evaluada, por ejemplo equipo de salud del distrito de Kisumu East
template-meta-unit-kind-name = tipo de unidad
template-meta-unit-kind = El tipo de unidad, con su código: district, national, facility, programme...
template-meta-period-name = período
template-meta-period = El período que describe la evaluación, por ejemplo 2026-Q3
template-meta-respondent-id-name = id del informante
template-meta-respondent-id = Un identificador de quien respondió (puede ser un seudónimo)
template-meta-respondent-name-name = nombre del informante
template-meta-respondent-name = El nombre de quien respondió (opcional)
template-meta-respondent-role-name = rol del informante
template-meta-respondent-role = El rol del informante, idealmente uno de los grupos de la faceta Grupo de actores
template-meta-default-target-name = meta por defecto
template-meta-default-target = El nivel al que se aspira en todos los indicadores que no tienen meta propia, o vacío

report-unit-kind = { $kind ->
    [national] nacional
    [subnational] subnacional
    [district] distrito
    [facility] establecimiento
    [programme] programa
    [network] red
   *[other] { $kind }
}

template-form-unit = Unidad evaluada
template-form-unit-id = Identificador de la unidad evaluada (p. ej., kis-east)
template-form-unit-name = Nombre de la unidad evaluada
template-form-period = Período evaluado
template-form-period-hint = Un año (2026) o un trimestre (2026-Q3)
template-form-period-constraint = Escriba un año (2026) o un trimestre (2026-Q3)
template-form-role = Su grupo de actores
template-form-na = No aplicable a esta unidad
template-form-unknown = Desconocido: nadie pudo verificarlo
template-form-evidence-list = Evidencia que verificar: { $list }
template-form-evidence = Evidencia de la calificación (documentos, actas, observaciones)
template-form-confidence = ¿Qué tan seguro está de la calificación?
template-form-confidence-level = { $confidence ->
    [low] Baja: poca evidencia, una estimación
    [medium] Media: alguna evidencia
   *[high] Alta: bien documentada
}
template-form-justification = ¿Por qué este indicador no se aplica a la unidad?

template-workbook-sheet = Evaluación
template-workbook-col-field = Dato
template-workbook-col-value = Valor
template-workbook-col-help = Qué escribir
template-workbook-col-name = Indicador
template-workbook-col-statement = Enunciado
template-workbook-col-question = Pregunta orientadora
template-workbook-col-answer = Nivel
template-workbook-col-evidence = Evidencia vista
template-workbook-col-justification = Justificación (si na)
template-workbook-col-confidence = Confianza
template-workbook-col-target = Meta
template-workbook-col-evidence-to-check = Evidencia a verificar
template-workbook-col-applies-to = Solo para unidades de tipo
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = Cómo completar
template-workbook-instructions = Complete las filas de arriba y luego una hoja por dominio. Para cada indicador elija en la columna «{ $level }» un nivel de 0 a { $top }, o na (no aplica: escriba entonces una justificación), o unknown (se preguntó, nadie pudo verificarlo); déjela vacía si no se respondió. Anote la evidencia vista. La confianza (low, medium, high) y un nivel meta son opcionales. Deje la columna A y la fila 1 ocultas como están: el archivo se vuelve a leer a partir de ellas.
template-workbook-applies-note = Un indicador con tipos de unidad en la columna «{ $column }» se califica solo para unidades de esos tipos: para otra unidad déjelo vacío.


report-uncertainty = Grado de certeza de los puntajes
uncertainty-level = Teniendo en cuenta la confianza de los evaluadores, el nivel global es { $level } con una probabilidad de { $p } ({ $together } si los errores de un mismo evaluador van en el mismo sentido).
uncertainty-no-score = El puntaje global está vacío: no hay incertidumbre que mostrar.
uncertainty-bounds = Si se encontraran todas las respuestas desconocidas y faltantes, el puntaje global estaría entre { $low } (nivel { $level_low }) y { $high } (nivel { $level_high }).
uncertainty-bounds-settled = Si se encontraran todas las respuestas desconocidas y faltantes, el puntaje global estaría entre { $low } y { $high }: el nivel no puede cambiar.
uncertainty-exact = Cálculo exacto sobre { $n } combinaciones de las { $answers } respuestas inciertas.
uncertainty-monte-carlo = Cálculo con { $draws } extracciones aleatorias (semilla { $seed }) sobre las { $answers } respuestas inciertas.
report-col-interval = Intervalo del 90 %
report-col-interval-together = Intervalo del 90 %, errores vinculados
report-col-p-level = Probabilidad de este nivel
report-col-bounds = Rango si se encontraran las desconocidas
html-radar-intervals = La línea sobre cada eje es el intervalo del 90 % del dominio, según la confianza de los evaluadores.
svg-interval = { $name }: intervalo del 90 % { $low }–{ $high }


robustness-title = ¿Resisten los resultados a otras elecciones razonables?
robustness-intro = { $units ->
    [one] Una unidad puntuada
    [many] { $units } unidades puntuadas
   *[other] { $units } unidades puntuadas
} con { $framework } en { $runs } escenarios (semilla { $seed }).
robustness-factors = Elecciones variadas a la vez: { $factors }.
robustness-no-factor = No se varió nada: cada escenario es el marco tal como es.
robustness-rank-shift = En promedio, una unidad se aleja { $mean } puestos de su posición publicada (5–95 % de los escenarios: { $interval }).
robustness-ranks-note = Las posiciones son de uso interno: señalan a unidades concretas.
robustness-units = Cada unidad
robustness-units-note = La mediana y el intervalo del 90 % de la puntuación global de cada unidad en los escenarios, y la proporción de escenarios que mantienen su nivel publicado.
robustness-col-unit = Unidad
robustness-col-median = Mediana
robustness-col-keeps-level = Mantiene su nivel
robustness-col-rank = Posición
robustness-col-median-rank = Posición mediana
robustness-col-rank-interval = Posición, 5–95 %
robustness-col-top = Entre las { $k } primeras
robustness-pairs = Pares de unidades
robustness-col-pair = Unidades A · B
robustness-col-above = A por delante de B
robustness-col-tie = Empate
robustness-left-out = Cada dominio excluido
robustness-left-out-note = La puntuación global de cada unidad sin un dominio, con los pesos de los demás dominios renormalizados.
robustness-sensitivity = Qué elecciones mueven los resultados
robustness-sensitivity-note = Índices de Sobol totales: la parte de la varianza de un resultado debida a una elección, sola o junto con otras (0: ninguna; cerca de 1: casi toda).
robustness-sensitivity-rank-shift-null = Los índices sobre el cambio de posición están vacíos: { $reason }.
robustness-col-factor = Elección variada
robustness-col-st-rank-shift = Sobre el cambio de posición
robustness-col-st-median = Sobre las puntuaciones de las unidades (mediana)
robustness-col-st-max = Sobre las puntuaciones de las unidades (máximo)
robustness-chart = Puntuación global de cada unidad: puntuación publicada (marca), mediana (punto) e intervalo del 90 % (línea) en los escenarios.
robustness-chart-unit = { $unit }: mediana { $median }, intervalo del 90 % { $interval }
