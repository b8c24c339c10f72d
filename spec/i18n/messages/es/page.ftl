# Mensajes de lhs-maturity en español: página.
# The self-assessment page (bindings-wasm/www/): every text it shows, by id `page-*`. The
# framework's own texts (names, questions, level descriptors, glossary) come from the framework's
# translation, not from here.
# Translators: keep every { $variable } as it is (the comment above a message says what each
# one holds); write every plural form your language has ([zero] [one] [two] [few] [many]
# [other]) where a message counts something. Numbers arrive already written in your language's
# notation. An attribute (a line starting with `.`) is a text of the same element: `.placeholder`
# is the example shown in an empty field, `.aria-label` is read out by screen readers only.

## Page

page-title = Autoevaluación del sistema de salud que aprende
# $framework (text): the framework's title, id and version, e.g. "Learning health systems maturity model (lhs-2021 2.0.0)"
# $bottom (number): the lowest level (0); $bottom-name (text): its name ("Absent")
# $top (number): the highest level (4); $top-name (text): its name ("Optimizing")
page-intro = El marco incorporado { $framework }: califique cada indicador de { $bottom } ({ $bottom-name }) a { $top } ({ $top-name }). Las respuestas se quedan solo en este navegador; no se envían a ningún lugar.
page-skip = Ir a los resultados
page-language = Idioma
# $language (text): the language's name in itself, e.g. "Français"
page-language-failed = No se pudo cargar { $language }; la página sigue en inglés.
page-language-pack-failed = No se pudieron cargar los textos en { $language }: se muestran en inglés.
page-translation-provisional = Traducción provisional, aún no revisada.
page-translation-disclaimer = Las traducciones son adaptaciones hechas para esta herramienta: la OMS no las ha respaldado. El texto en inglés es el de referencia.

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

page-about = Acerca de esta evaluación
page-unit-name = Unidad evaluada (distrito, ministerio, establecimiento…)
    .placeholder = p. ej., equipo de salud del distrito de Kisumu East
page-unit-kind = Tipo de unidad (solo se muestran los indicadores que se aplican a ella)
page-kind-none = Sin definir (todos los indicadores)
# $kind (text): a kind of unit: national, subnational, district, facility, programme, network
page-kind = { $kind ->
    [national] Nacional (ministerio de salud, sistema nacional de salud)
    [subnational] Subnacional (región, provincia, estado)
    [district] Distrito (equipo o sistema de salud del distrito)
    [facility] Establecimiento (hospital, centro de salud, clínica)
    [programme] Programa (p. ej., un programa nacional de malaria)
    [network] Red de unidades que aprenden juntas
   *[other] { $kind }
}
# $kind (text): what an imported file gives as the kind of unit, which is not one
page-kind-unknown = { $kind } (no es un tipo de unidad)
page-period = Período
    .placeholder = p. ej., 2026-Q3
page-default-target = Nivel meta para todos los indicadores (salvo que se fije por indicador)
page-target-none = Sin meta

## An indicator

# $level (number): a level of the scale; $name (text): its name, e.g. "Established"
page-level-choice = { $level } · { $name }
page-guiding-question = Pregunta orientadora:
page-what-to-check = Qué verificar:
# $n (number): how many glossary terms the indicator uses
page-terms-used = Términos utilizados ({ $n })
page-level-legend = Nivel
page-na = No aplicable
page-na-hint = no se aplica aquí
page-dont-know = No se sabe
page-not-answered = Sin respuesta
page-why-na = ¿Por qué no se aplica?
page-evidence-note = Nota de evidencia
    .placeholder = Documentos, actas, datos que respaldan el nivel
page-target = Nivel meta
# How sure the respondent is of a rating (the answer's `confidence`): low, medium or high
page-confidence = Confianza
# $confidence (text): low, medium or high
page-confidence-level = { $confidence ->
    [low] Baja
    [medium] Media
   *[high] Alta
}
page-confidence-none = Sin indicar
# $missing (number), $total (number): indicators not answered yet, and to answer
page-incomplete = Aún sin respuesta: { $missing } de { $total }

## The answer under each indicator

# $level (number): the level chosen; $name (text): its name
page-state-level = Nivel { $level } · { $name }
page-state-na = No aplicable
page-state-unknown = No se sabe
page-state-missing = Sin respuesta

## Results

page-results = Resultados
page-overall = Global
page-level = Nivel
# $percent (text): e.g. "63%"
page-of-top-level = { $percent } del nivel máximo
page-coverage = Cobertura
# $rated, $na, $unknown, $missing (numbers): indicators rated, not applicable, answered "don't know", not answered
page-counts = calificados: { $rated }; no aplicables: { $na }; no se sabe: { $unknown }; sin respuesta: { $missing }
# $percent (text): progress to the targets, e.g. "40%"; $below (number): indicators below their target
page-progress-to-target = Avance hacia la meta: { $percent } · por debajo de la meta: { $below }
page-domains = Dominios
page-domain-scores = Puntajes por dominio
page-col-domain = Dominio
page-col-score = Puntaje
page-col-level = Nivel
page-col-coverage = Cobertura
page-outcomes = Perfil de resultados
page-outcomes-note = Lo que logra el aprendizaje, que se informa aparte: no forma parte del puntaje global.
page-outcome-scores = Puntajes de los resultados
page-col-outcome = Resultado
page-profile = Cómo aprende el sistema
page-steps = Próximos pasos por grupo de actores
page-no-steps = No hay próximos pasos: solo se proponen para los indicadores calificados por debajo de su meta.
# $n (number): how many indicators of this group have a next step
page-steps-count = ({ $n })
# $level (number): the current level; $next (number): the next level
page-step-from-to = de { $level } a { $next }
# $n (number): how many warnings
page-warnings = Para revisar ({ $n })
page-chart-failed = No se pudo mostrar el gráfico.
page-chart-loading = Se está dibujando el gráfico…
page-cannot-score = No se pueden puntuar estas respuestas:
# $path (text): where the problem is (a JSON Pointer)
page-at-path = (en { $path })
# $line (number), $column (number)
page-at-line = (línea { $line }, columna { $column })
# $help (text): advice from the scoring engine
page-help = Ayuda: { $help }

## Save and load

page-files = Guardar y cargar
page-export-answers = Exportar respuestas (JSON)
page-export-report-json = Exportar informe (JSON)
page-export-report-md = Exportar informe (Markdown)
page-import = Importar respuestas (JSON)…
page-reset = Borrar todas las respuestas
page-reset-confirm = ¿Borrar todas las respuestas? Si quiere conservarlas, expórtelas primero.
page-reset-done = Se borraron todas las respuestas.
page-save-failed = No se pudieron guardar las respuestas en este navegador (el almacenamiento está lleno o desactivado). Expórtelas para conservarlas.
page-saved-damaged = No se pudieron leer las respuestas guardadas en este navegador; se conservaron aparte y se inició una nueva evaluación.
page-saved-damaged-not-kept = No se pudieron leer las respuestas guardadas en este navegador, ni conservarlas aparte (almacenamiento lleno o desactivado). Expórtelas ahora si las necesita: se perderán cuando salga de esta página.
page-saved-damaged-download = Exportar las respuestas dañadas (JSON)
# $file (text): the file's name
page-import-unreadable = No se pudo leer el archivo “{ $file }”.
# $file (text): the file's name; $framework (text): the framework's id and version, e.g. "lhs-2021 2.0.0"
page-import-invalid = No se importó el archivo “{ $file }”: no es una evaluación válida para { $framework }. Sus respuestas actuales no cambiaron.
# $file (text): the file's name; $n (number): how many answers it has
page-imported = { $n ->
    [one] Se importó “{ $file }”: { $n } respuesta.
    [many] Se importó “{ $file }”: { $n } respuestas.
   *[other] Se importó “{ $file }”: { $n } respuestas.
}

## Footer

# $tool (text): the name of this software, a link; $report (text): the title of the WHO report
page-footer = Puntaje calculado con { $tool } (WebAssembly). El marco es una adaptación de { $report } (OMS/AHPSR 2021, CC BY-NC-SA 3.0 IGO); la OMS y los autores no respaldan esta adaptación.
page-footer-report = Learning health systems: pathways to progress [Sistemas de salud que aprenden: caminos hacia el progreso]

page-training = Antes de calificar, practique con los { $cases } (un distrito, un establecimiento y una unidad nacional, cada uno con sus niveles de referencia y las razones) y siga el { $protocol }.
page-training-cases = casos de calibración
page-training-protocol = protocolo de evaluación

## Imported files and the saved draft

page-save-quota = No se pudieron guardar las respuestas en este navegador: su almacenamiento está lleno. Las respuestas siguen en esta página; expórtelas ahora para conservarlas o libere espacio de almacenamiento para este sitio en la configuración del navegador.
page-save-ok = Las respuestas vuelven a guardarse en este navegador.
page-import-too-large = No se importó el archivo “{ $file }”: su tamaño supera { $limit } MiB, el tamaño máximo de los documentos que lee esta herramienta. Sus respuestas actuales no cambiaron.
page-import-not-utf8 = No se importó el archivo “{ $file }”: no es un texto en UTF-8. Guárdelo de nuevo en UTF-8 (la codificación de los archivos JSON) e impórtelo otra vez. Sus respuestas actuales no cambiaron.
page-import-newer = No se importó el archivo “{ $file }”: se elaboró para la versión { $given } del marco, más reciente que la versión que conoce esta página ({ $version }). Ábralo con una versión actualizada de esta página. Sus respuestas actuales no cambiaron.

## Consensus workshop (pooling several respondents of one unit and period)

page-views =
    .aria-label = Vistas
page-view-questionnaire = Cuestionario
page-view-workshop = Taller de consenso
page-ws-title = Taller de consenso
page-ws-intro = Agrupe las respuestas de varios encuestados de una misma unidad y un mismo período, examine primero los indicadores en que sus calificaciones más difieren, registre el nivel que el grupo acuerda y su justificación, y exporte después la evaluación de consenso y su informe. Todo permanece en este navegador; no se envía nada.
page-ws-loading = Cargando el motor de agrupación…
# $error (text): why it failed, from the browser
page-ws-load-failed = No se pudo cargar el motor de agrupación: { $error }
page-ws-respondents = Encuestados
page-ws-load-files = Cargar los archivos de los encuestados (JSON)…
page-ws-add-name = Nombre del encuestado que completó el cuestionario de esta página
    .placeholder = p. ej., Responsable de información sanitaria del distrito
page-ws-add-page = Añadir las respuestas del cuestionario como encuestado
page-ws-add-empty = El cuestionario todavía no tiene respuestas que añadir.
# $respondent (text): the respondent's name, or "respondent 2"
page-ws-added = Se añadió a { $respondent }. Las respuestas del cuestionario se borraron para el siguiente encuestado; la unidad y el período se mantienen.
page-ws-none = Todavía no hay encuestados. Cargue el archivo de cada encuestado, o pida a cada encuestado que complete el cuestionario de esta página, uno tras otro, y añádalo aquí.
page-ws-from-page = desde el cuestionario de esta página
# $n (number): how many answers a respondent gave
page-ws-answers = { $n ->
    [one] { $n } respuesta
    [many] { $n } respuestas
   *[other] { $n } respuestas
}
# $respondent (text): the respondent's label
page-ws-remove = Quitar a { $respondent }
# $respondent (text): the respondent's label
page-ws-removed = Se quitó a { $respondent }.
# $n (number): how many files were added
page-ws-loaded = { $n ->
    [one] Se añadió { $n } encuestado.
    [many] Se añadieron { $n } encuestados.
   *[other] Se añadieron { $n } encuestados.
}
# $file (text): the file's name; $framework (text): the framework's id and version, e.g. "lhs-2021 2.0.0"
page-ws-file-invalid = No se añadió el archivo “{ $file }”: no es una evaluación válida para { $framework }.
page-ws-need-two = La agrupación compara al menos dos encuestados: añada otro.
page-ws-cannot-pool = Las respuestas de estos encuestados no pueden agruparse:
page-ws-allow-mismatch = Agruparlas aunque sus unidades, períodos o versiones del marco sean distintos
page-ws-agreement = Concordancia entre los encuestados
# $alpha (text): Krippendorff's alpha (ordinal), e.g. "0.42", or "–" when it cannot be computed
page-ws-alpha = Alfa de Krippendorff (ordinal): { $alpha }. 1 significa niveles idénticos y 0 una concordancia no mayor que el azar; 0,8 o más es buena, menos de 0,67 débil.
page-ws-agenda = Orden del día de los desacuerdos
page-ws-agenda-note = Los indicadores en que las calificaciones de los encuestados más difieren, del mayor rango al menor: examínelos en este orden. Los indicadores calificados de la misma manera conservan su nivel agrupado.
page-ws-agenda-empty = Los encuestados calificaron cada indicador de la misma manera: no hay nada que examinar primero.
# $range (number): highest minus lowest level given; $iqr (text): the interquartile range, e.g. "1.50"
page-ws-range = Rango { $range } · rango intercuartílico { $iqr }
page-ws-ratings = Calificación de cada encuestado
page-ws-no-evidence = sin nota sobre la evidencia
# $level (text): the pooled answer, e.g. "2 · Established"
page-ws-pooled-level = Nivel agrupado (mediana): { $level }
page-ws-agreed = Nivel acordado
page-ws-agreed-none = Aún no acordado (se aplica el nivel agrupado)
page-ws-rationale = Justificación
    .placeholder = Por qué el grupo acordó este nivel, p. ej., “Dividido entre 2 y 3 en L3a: se registra el nivel inferior.”
page-ws-other = Examinar otro indicador
page-ws-other-choose = Elija un indicador
page-ws-other-add = Añadir a la discusión
page-ws-other-remove = Quitar de la discusión
page-ws-pooled-answers = Respuestas agrupadas
page-ws-pooled-caption = La respuesta de cada encuestado a cada indicador que alguien respondió, el nivel agrupado y el acordado
page-ws-col-indicator = Indicador
page-ws-col-pooled = Agrupado
page-ws-col-agreed = Acordado
page-ws-consensus = El consenso
# $agreed (number): indicators with an agreed level; $open (number): indicators of the agenda without one
page-ws-progress = Niveles acordados: { $agreed } · pendientes en el orden del día: { $open }
# $score (text): the overall score, e.g. "2.50"; $top (number): the highest level; $level (text): e.g. "2 · Established"
page-ws-score = Puntuación global del consenso: { $score } / { $top } · nivel { $level }
page-ws-export-consensus = Exportar la evaluación de consenso (JSON)
page-ws-export-agreed = Exportar los niveles acordados (JSON)
page-ws-export-report-html = Exportar el informe del consenso (HTML)
page-ws-export-report-md = Exportar el informe del consenso (Markdown)
page-ws-reset = Comenzar un nuevo taller
page-ws-reset-confirm = ¿Comenzar un nuevo taller? Todos los encuestados y niveles acordados de este taller se eliminarán de este navegador. Para conservar el consenso, expórtelo primero.
page-ws-reset-done = Se comenzó un nuevo taller.
page-ws-save-failed = No se pudo guardar el taller en este navegador (almacenamiento lleno o desactivado). Exporte el consenso para conservarlo.
page-ws-saved-damaged = No se pudo leer el taller guardado en este navegador; se comenzó uno nuevo.
