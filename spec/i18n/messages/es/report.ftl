# Mensajes de lhs-maturity en español: informes (Markdown, HTML, gráficos SVG) y plantillas.
# Translators: keep every { $variable } and { -term } as it is; write every plural form your
# language has ([zero] [one] [two] [few] [many] [other]). Numbers arrive already written in your
# language's notation. Write in the register of a ministry of health guideline.
#
# Ids start with where the text is shown: md- (the Markdown report), html- (the HTML report),
# svg- (the charts), template- (the blank assessments) and report- (more than one of them).
# The messages hold no markup: the reports put bold, code and links around the values they
# pass, and escape everything, so write plain text (no HTML, no Markdown, no * or _).

## Terms

-lhs = sistema de salud que aprende

## Counts

# $n: a number of indicators.
count-indicators = { $n ->
    [one] { $n } indicador
    [many] { $n } indicadores
   *[other] { $n } indicadores
}

## Shared by the reports: headings

report-overall = Global
report-outcome-profile = Perfil de resultados
report-learning-profile = Perfil de aprendizaje
report-next-steps = Próximos pasos por grupo de actores
report-no-steps = Ningún indicador calificado está por debajo de su meta.
# Shown instead of a score when nothing below a domain or facet value is rated (lowercase: it
# stands in a table cell and beside a chart bar).
report-no-score = sin puntaje

## Shared by the reports: column headings of tables

report-col-domain = Dominio
# The column of the outcome domains (learning processes and results, reported apart).
report-col-outcome = Resultado
# The column of the identifiers (`inst`, `inst.info`).
report-col-id = ID
report-col-score = Puntaje
report-col-level = Nivel
report-col-coverage = Cobertura
# The share of the way from the current levels to the targets.
report-col-to-target = Avance hacia la meta
# A facet is a cross-cutting classification of the indicators (learning loop, level, means,
# stakeholder group); its values are the rows.
report-col-facet = Faceta
report-col-value = Valor
report-col-indicator = Indicador
report-col-indicators = Indicadores
report-col-target = Meta
report-col-rated = Calificados
report-col-na = No aplicables
report-col-unknown = Desconocidos
report-col-missing = Sin respuesta

## Shared by the reports: next steps

# A move of one indicator by one level; $move is the two level numbers, e.g. 2 → 3 (written
# left to right in every language).
report-step-levels = nivel { $move }

## Markdown report

# Labels before the unit assessed, the period it describes and the framework, with the colon
# (or what your language writes there).
md-label-unit = Unidad:
md-label-period = Período:
md-label-framework = Marco:
md-unit-not-named = (unidad sin nombre)
md-domains = Dominios
md-warnings = Advertencias
# The overall result in one line. $score is the score out of the top level (e.g. 1.50 / 4) and
# $level the level number and name (e.g. 2 Established), both already in bold; $percent is the
# score as a share of the top level (e.g. 38%); $coverage the share of the indicators that are
# rated; then the counts of answers: rated, not applicable (n/a), unknown, missing, of $total.
md-overall = Puntaje { $score } · nivel { $level } · { $percent } del nivel máximo · cobertura { $coverage } (calificados: { $rated }; no aplicables: { $na }; desconocidos: { $unknown }; sin respuesta: { $missing }; total: { $total })
# $percent: progress from the current levels to the targets; $below of $with rated indicators
# that have a target are below it; $gap: the sum of their gaps, in levels.
md-progress = Avance hacia la meta: { $percent } ({ $below } de { $with } indicadores calificados con meta están por debajo de ella; brecha total: { $gap ->
    [one] { $gap } nivel
    [many] { $gap } niveles
   *[other] { $gap } niveles
})
md-outcome-note = Procesos y resultados del aprendizaje, que se informan aparte: no forman parte del puntaje global.
# One next step. $name is the indicator's name (in bold), $id its identifier (as code),
# $levels the move (report-step-levels), $action what to do.
md-step = { $name } ({ $id }), { $levels }: { $action }
# After the first next steps of a stakeholder group: how many are not listed.
md-more = … y { $n } más

## HTML report: header

# Under the unit's name; $framework is the framework's title.
html-subtitle = Informe de autoevaluación · { $framework }
html-unit-not-named = Unidad sin nombre
html-unit-id = ID de la unidad
html-unit-kind = Tipo de unidad
html-period = Período
# In place of a period the assessment does not give.
html-not-given = no indicado
html-respondent = Informante
html-framework = Marco
# $title: the framework's title; $id: its identifier (shown as code); $version: e.g. 2.0.0.
html-framework-version = { $title } { $id } versión { $version }
# Shown when the framework's text in the report's language has not yet been checked by a
# native-speaking reviewer.
html-translation-provisional = Traducción: provisional (aún no revisada por un revisor hablante nativo)

## HTML report: overall result

html-overall-score = Puntaje global
html-tile-level = Nivel
html-tile-coverage = Cobertura
# Under the coverage: $rated of the $total indicators that apply are rated.
html-rated-of = { $rated } de { $total } calificados
html-tile-target = Avance hacia la meta
# Under the progress to target: $below of the $with rated indicators with a target are below it.
html-below-of = { $below } de { $with } por debajo de la meta
# $percent: the overall score as a share of the top level; then the counts of answers of the
# $total indicators in the overall score.
html-answers = { $percent } del nivel máximo. Indicadores calificados: { $rated }; no aplicables: { $na }; desconocidos: { $unknown }; sin respuesta: { $missing }; de un total de { $total ->
    [one] { $total } indicador
    [many] { $total } indicadores
   *[other] { $total } indicadores
} en el puntaje global.
html-outcomes-apart = El perfil de resultados se informa aparte.
# Caption of the radar chart; $top is the top level (e.g. 4).
html-radar-caption = Puntajes de los dominios en la escala 0–{ $top }.
html-facets-caption = Perfil de aprendizaje: el puntaje de los indicadores etiquetados con cada valor de faceta.

## HTML report: domains and next steps

html-domains = Dominios y subdominios
html-outcomes-note = Procesos y resultados del aprendizaje, que se informan aparte: son lo que los dominios anteriores deberían producir, por lo que no forman parte del puntaje global.
# Before the next steps; $n is how many there are.
html-steps-intro = { $n ->
    [one] { $n } próximo paso, ordenado según los puntos del puntaje global que están en juego. Este paso sube un indicador un nivel.
    [many] { $n } próximos pasos, ordenados según los puntos del puntaje global que están en juego. Cada uno sube un indicador un nivel.
   *[other] { $n } próximos pasos, ordenados según los puntos del puntaje global que están en juego. Cada uno sube un indicador un nivel.
}
# One next step: $name the indicator's name (in bold), $id its identifier (as code), $levels the
# move (report-step-levels), $action what to do (an action, or html-step-reach).
html-step = { $name } { $id }, { $levels }: { $action }
# The same with the target, a level number, when it is above the next level.
html-step-target = { $name } { $id }, { $levels } (meta: { $target }): { $action }
# When the framework names no action: reach the descriptor of the next level (a sentence).
html-step-reach = alcance “{ $descriptor }”

## HTML report: indicators

html-indicators = Indicadores
html-col-evidence = Evidencia y descriptores
# Under the indicators; $n is how many do not apply to the kind of unit assessed.
html-left-out = { $n ->
    [one] { $n } indicador no se aplica a una unidad de este tipo y se omite.
    [many] { $n } indicadores no se aplican a una unidad de este tipo y se omiten.
   *[other] { $n } indicadores no se aplican a una unidad de este tipo y se omiten.
}
html-status-na = no aplicable
html-status-unknown = desconocido
html-status-missing = sin respuesta
html-status-does-not-apply = no se aplica a esta unidad
# After a target: how many levels the current level is below it.
html-gap = (brecha: { $gap })
html-evidence = Evidencia:
html-why-na = Por qué no se aplica:
# $confidence is how sure the respondent is of the rating: low, medium or high.
html-confidence = Confianza: { $confidence ->
    [low] baja
    [medium] media
   *[high] alta
}
# Headings of the descriptors of the current and the next level; $level is a level number.
html-now = Actual (nivel { $level })
html-next-level = Siguiente (nivel { $level })
html-next = Siguiente
html-top-reached = Se alcanzó el nivel máximo.
# Heading of the indicator's statement, shown when it is not rated.
html-statement = Enunciado

## HTML report: warnings, glossary, footer

html-warnings = Advertencias y cobertura
html-no-warnings = No hay advertencias.
# Before the warnings; $n is how many there are. A warning never changes a score.
html-warnings-intro = { $n ->
    [one] { $n } advertencia (no cambia ningún número):
    [many] { $n } advertencias (no cambian ningún número):
   *[other] { $n } advertencias (no cambian ningún número):
}
# One warning: $code its code and $path where it is (both shown as code), $message what it says.
html-warning = { $code } en { $path }: { $message }
html-glossary = Glosario
# $tool: the version of lhs-maturity; $id and $version: the framework's identifier (as code) and
# version; $format: the version of the report format; $top: the top level (e.g. 4).
html-footer = Puntaje calculado con lhs-maturity { $tool } según { $id } { $version } (formato de informe { $format }). Los puntajes están en la escala 0–{ $top }; el redondeo es solo para la presentación.
# $citation: the publication the framework comes from; $licence: the licence of its text.
html-source = Fuente del marco: { $citation }.
html-source-licence = Fuente del marco: { $citation }. Licencia: { $licence }.
# Shown in every report that is not in English.
html-translation-disclaimer = Esta traducción no fue realizada por la Organización Mundial de la Salud (OMS). La OMS no se hace responsable del contenido ni de la exactitud de esta traducción. La edición en inglés de este marco es la vinculante y auténtica.

## Charts (SVG)

svg-radar-title = Puntajes de los dominios
# Read aloud by screen readers: $top is the top level, $scores the list of the domains and
# their scores (see svg-item).
svg-radar-desc = Puntaje de cada dominio en la escala de 0 a { $top }: { $scores }
svg-facets-title = Perfil de aprendizaje
# Read aloud by screen readers: $scores is the list of facet values and their scores.
svg-bars-desc = Puntaje en la escala de 0 a { $top }: { $scores }
# One entry of those lists: a name and its score (or report-no-score).
svg-item = { $name } { $score }
# The same with the facet the value belongs to.
svg-group-item = { $group }, { $name } { $score }
# Between the entries of those lists.
svg-list-separator = {"; "}
# Legend of the radar chart: the filled area is the score, the dashed line the targets.
svg-legend-score = puntaje
svg-legend-target = meta promedio de los indicadores calificados

## Templates (blank assessments to fill in)

# The instructions at the top of a blank assessment in JSON. Keep as written what is in quotes
# or backquotes (field names and values the program reads: "unknown", `level`, "confidence",
# "target", "default_target"…) and the $ of "Fields starting with $". $id and $version: the
# framework; $top: the top level; $na: template-na-applies or template-na-justify; $example: an
# example of elements, e.g. "elements": {"L1a": true, "L2a": false}.
template-comment = Una autoevaluación en blanco de `{ $id }` { $version }. Para cada indicador, asigne a `level` un nivel de 0 a { $top } o "unknown" (se preguntó, pero nadie pudo verificarlo), o déjelo en null (sin respuesta); anote la evidencia. { $na } En lugar del nivel, puede registrar los elementos verificados, por ejemplo { $example }: el nivel se deriva entonces de ellos. Una respuesta también puede tener "confidence" (la confianza: low, medium o high) y "target" (la meta: un nivel). Agregue "default_target": N al inicio para fijar una meta para todos los indicadores. Los campos que comienzan con $ son notas y se pueden eliminar.
# For a framework whose indicators apply to some kinds of unit only. Keep "na" as written.
template-na-applies = Los indicadores de la lista se aplican a este tipo de unidad: califique con 0 (ausente) el que no exista, no con "na".
template-na-justify = "na" significa no aplicable: en ese caso, agregue una "justification".
# The note of one indicator: its name and its statement.
template-indicator = { $name }: { $statement }
# The descriptor of one level in the JSON template: $level is its number, $name its name.
template-level = { $level } { $name }: { $descriptor }
# The same in the CSV template, where the column already gives the number.
template-csv-level = { $name }: { $descriptor }
# The first rows of the CSV template describe the assessment (the unit, the period...): the
# name of each row (lowercase) and what to write in it.
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

# The XLSForm of a framework (`lhs-maturity export xlsform`, `Framework.to_xlsform`): the labels,
# hints and choices of the form's own questions; the framework's texts fill the rest.
template-form-unit = Unidad evaluada
template-form-unit-id = Identificador de la unidad evaluada (p. ej., kis-east)
template-form-unit-name = Nombre de la unidad evaluada
template-form-period = Período evaluado
template-form-period-hint = Un año (2026) o un trimestre (2026-Q3)
template-form-period-constraint = Escriba un año (2026) o un trimestre (2026-Q3)
template-form-role = Su grupo de actores
template-form-na = No aplicable a esta unidad
template-form-unknown = Desconocido: nadie pudo verificarlo
# $list: the documents or observations to check, separated by semicolons
template-form-evidence-list = Evidencia que verificar: { $list }
template-form-evidence = Evidencia de la calificación (documentos, actas, observaciones)
template-form-confidence = ¿Qué tan seguro está de la calificación?
# $confidence: low, medium or high
template-form-confidence-level = { $confidence ->
    [low] Baja: poca evidencia, una estimación
    [medium] Media: alguna evidencia
   *[high] Alta: bien documentada
}
template-form-justification = ¿Por qué este indicador no se aplica a la unidad?

# The Excel template (`template --format xlsx`). The name of its first sheet, about the assessment
# (at most 31 characters, none of [ ] : * ? / \).
template-workbook-sheet = Evaluación
# The titles of its columns.
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
# The title of the column of one level's descriptor: $level is its number, $name its name.
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = Cómo completar
# $top: the top level of the scale
# $level: the title of the level column (template-workbook-col-answer)
template-workbook-instructions = Complete las filas de arriba y luego una hoja por dominio. Para cada indicador elija en la columna «{ $level }» un nivel de 0 a { $top }, o na (no aplica: escriba entonces una justificación), o unknown (se preguntó, nadie pudo verificarlo); déjela vacía si no se respondió. Anote la evidencia vista. La confianza (low, medium, high) y un nivel meta son opcionales. Deje la columna A y la fila 1 ocultas como están: el archivo se vuelve a leer a partir de ellas.
# $column: the title of the column listing the kinds of unit (template-workbook-col-applies-to)
template-workbook-applies-note = Un indicador con tipos de unidad en la columna «{ $column }» se califica solo para unidades de esos tipos: para otra unidad déjelo vacío.

## Grado de certeza de los puntajes (informe calculado con su incertidumbre: --uncertainty)

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

## The robustness of many units (`robustness --format markdown|html`)

robustness-title = ¿Resisten los resultados a otras elecciones razonables?
# $units: the number of units; $runs: the number of scenarios; $seed: their seed; $framework: the framework's title
robustness-intro = { $units ->
    [one] Una unidad puntuada
    [many] { $units } unidades puntuadas
   *[other] { $units } unidades puntuadas
} con { $framework } en { $runs } escenarios (semilla { $seed }).
# $factors: the names of the choices varied, separated by commas
robustness-factors = Elecciones variadas a la vez: { $factors }.
robustness-no-factor = No se varió nada: cada escenario es el marco tal como es.
# $mean: the mean number of places a unit moves from its published rank; $interval: its 5–95% range
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
# $k: the number of top places
robustness-col-top = Entre las { $k } primeras
robustness-pairs = Pares de unidades
robustness-col-pair = Unidades A · B
robustness-col-above = A por delante de B
robustness-col-tie = Empate
robustness-left-out = Cada dominio excluido
robustness-left-out-note = La puntuación global de cada unidad sin un dominio, con los pesos de los demás dominios renormalizados.
robustness-sensitivity = Qué elecciones mueven los resultados
robustness-sensitivity-note = Índices de Sobol totales: la parte de la varianza de un resultado debida a una elección, sola o junto con otras (0: ninguna; cerca de 1: casi toda).
# $reason: why the indices on the rank shift are empty (in English)
robustness-sensitivity-rank-shift-null = Los índices sobre el cambio de posición están vacíos: { $reason }.
robustness-col-factor = Elección variada
robustness-col-st-rank-shift = Sobre el cambio de posición
robustness-col-st-median = Sobre las puntuaciones de las unidades (mediana)
robustness-col-st-max = Sobre las puntuaciones de las unidades (máximo)
robustness-chart = Puntuación global de cada unidad: puntuación publicada (marca), mediana (punto) e intervalo del 90 % (línea) en los escenarios.
# $unit: the unit's label; $median: its median score; $interval: its 90% interval
robustness-chart-unit = { $unit }: mediana { $median }, intervalo del 90 % { $interval }
