

diagnostic-found = { $found ->
        [null] el valor null
        [boolean] un valor true/false
        [decimal] un número decimal
        [number] un número
        [text] texto
        [list] una lista
       *[object] un objeto
    }

diagnostic-expected = { $expected ->
        [text] texto
        [number] un número
        [boolean] un valor booleano (true o false)
        [object] un objeto
        [list] una lista
        [assessment] una evaluación (un objeto JSON)
        [framework_ref] una referencia al marco (un objeto JSON)
        [unit] una unidad (un objeto JSON)
        [respondent] un informante (un objeto JSON)
        [answer] una respuesta (un objeto JSON)
        [answers] un objeto que asocie los identificadores de los indicadores con sus respuestas
        [elements] un objeto que asocie los identificadores de los elementos con true, false o "unknown"
       *[other] { $expected }
    }


context-column = columna `{ $column }`: { $message }

context-id = `{ $id }`: { $message }

context-assessment = evaluación { $number }: { $message }

context-report = informe { $number }: { $message }

context-rating = calificación { $number }: { $message }

context-argument = argumento `{ $name }`: { $message }


assessment-too_large = { $source ->
        [unzipped] el archivo comprimido ocupa { $size } bytes al descomprimirse, lo que supera el límite de { $limit } bytes
        [file] `{ $file }` tiene { $size } bytes, lo que supera el límite de { $limit } bytes
       *[text] el documento tiene { $size } bytes, lo que supera el límite de { $limit } bytes
    }
    .help = verifique que este sea el archivo correcto; una autoevaluación suele ocupar mucho menos de 1 MB

report-too_large = { $source ->
        [file] `{ $file }` tiene { $size } bytes, lo que supera el límite de { $limit } bytes
       *[text] el documento tiene { $size } bytes, lo que supera el límite de { $limit } bytes
    }
    .help = verifique que este sea el archivo correcto; una autoevaluación suele ocupar mucho menos de 1 MB

input-too_large = { $source ->
        [file] `{ $file }` tiene { $size } bytes, lo que supera el límite de { $limit } bytes
       *[text] el documento tiene { $size } bytes, lo que supera el límite de { $limit } bytes
    }
    .help = verifique que este sea el archivo correcto; una autoevaluación suele ocupar mucho menos de 1 MB

framework-too_large = { $source ->
        [file] `{ $file }` tiene { $size } bytes, lo que supera el límite de { $limit } bytes
       *[text] el documento tiene { $size } bytes, lo que supera el límite de { $limit } bytes
    }
    .help = verifique que este sea el archivo correcto; una autoevaluación suele ocupar mucho menos de 1 MB

assessment-duplicate_key = { $source ->
        [csv] `{ $key }` también está en la línea { $line }
       *[json] la clave `{ $key }` aparece dos veces en el mismo objeto
    }
    .help = { $source ->
        [csv] deje una sola fila por indicador
       *[json] deje una sola entrada por clave; una segunda entrada reemplazaría a la primera sin ningún aviso
    }

report-duplicate_key = la clave `{ $key }` aparece dos veces en el mismo objeto
    .help = deje una sola entrada por clave; una segunda entrada reemplazaría a la primera sin ningún aviso

input-duplicate_key = la clave `{ $key }` aparece dos veces en el mismo objeto
    .help = deje una sola entrada por clave; una segunda entrada reemplazaría a la primera sin ningún aviso

framework-duplicate_key = la clave `{ $key }` aparece dos veces en el mismo objeto
    .help = deje una sola entrada por clave; una segunda entrada reemplazaría a la primera sin ningún aviso

assessment-invalid_json = { $problem ->
        [eof] el texto JSON termina antes de tiempo (¿falta cerrar una `{"{"}`, un `[` o una cadena de texto?)
        [path] el texto no es JSON: parece el nombre de un archivo (`{ $detail }`)
       *[syntax] el texto no es JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para leer un archivo, pase una ruta y no un texto: `pathlib.Path("{ $detail }")` en Python; en JavaScript, lea antes el archivo
       *[other] revise la línea { $line }, columna { $column }; un validador o un editor de JSON le señalará el mismo lugar
    }

report-invalid_json = { $problem ->
        [eof] el texto JSON termina antes de tiempo (¿falta cerrar una `{"{"}`, un `[` o una cadena de texto?)
        [path] el texto no es JSON: parece el nombre de un archivo (`{ $detail }`)
       *[syntax] el texto no es JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para leer un archivo, pase una ruta y no un texto: `pathlib.Path("{ $detail }")` en Python; en JavaScript, lea antes el archivo
       *[other] revise la línea { $line }, columna { $column }; un validador o un editor de JSON le señalará el mismo lugar
    }

input-invalid_json = { $problem ->
        [eof] el texto JSON termina antes de tiempo (¿falta cerrar una `{"{"}`, un `[` o una cadena de texto?)
        [path] el texto no es JSON: parece el nombre de un archivo (`{ $detail }`)
       *[syntax] el texto no es JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para leer un archivo, pase una ruta y no un texto: `pathlib.Path("{ $detail }")` en Python; en JavaScript, lea antes el archivo
       *[other] revise la línea { $line }, columna { $column }; un validador o un editor de JSON le señalará el mismo lugar
    }

framework-invalid_json = { $problem ->
        [eof] el texto JSON termina antes de tiempo (¿falta cerrar una `{"{"}`, un `[` o una cadena de texto?)
        [path] el texto no es JSON: parece el nombre de un archivo (`{ $detail }`)
       *[syntax] el texto no es JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para leer un archivo, pase una ruta y no un texto: `pathlib.Path("{ $detail }")` en Python; en JavaScript, lea antes el archivo
       *[other] revise la línea { $line }, columna { $column }; un validador o un editor de JSON le señalará el mismo lugar
    }

assessment-unreadable = no se puede leer `{ $file }`: { $reason ->
        [missing] el archivo no existe
        [denied] permiso denegado
        [directory] es un directorio, no un archivo
       *[other] { $detail }
    }

report-unreadable = no se puede leer `{ $file }`: { $reason ->
        [missing] el archivo no existe
        [denied] permiso denegado
        [directory] es un directorio, no un archivo
       *[other] { $detail }
    }

framework-unreadable = no se puede leer `{ $file }`: { $reason ->
        [missing] el archivo no existe
        [denied] permiso denegado
        [directory] es un directorio, no un archivo
       *[other] { $detail }
    }

input-unreadable = no se puede leer `{ $file }`: { $reason ->
        [missing] el archivo no existe
        [denied] permiso denegado
        [directory] es un directorio, no un archivo
       *[other] { $detail }
    }

assessment-invalid_encoding = { $source ->
        [bytes] los bytes no son texto UTF-8 (byte no válido en la posición { $position })
       *[file] `{ $file }` no es texto UTF-8 (byte no válido en la posición { $position })
    }
    .help = { $source ->
        [bytes] decodifique usted mismo los bytes y pase texto, o guarde la fuente en UTF-8
       *[file] guarde el archivo como UTF-8 (la mayoría de los editores y de los programas de hojas de cálculo lo ofrecen en "Guardar como")
    }

report-invalid_encoding = { $source ->
        [bytes] los bytes no son texto UTF-8 (byte no válido en la posición { $position })
       *[file] `{ $file }` no es texto UTF-8 (byte no válido en la posición { $position })
    }
    .help = { $source ->
        [bytes] decodifique usted mismo los bytes y pase texto, o guarde la fuente en UTF-8
       *[file] guarde el archivo como UTF-8 (la mayoría de los editores y de los programas de hojas de cálculo lo ofrecen en "Guardar como")
    }

framework-invalid_encoding = { $source ->
        [bytes] los bytes no son texto UTF-8 (byte no válido en la posición { $position })
       *[file] `{ $file }` no es texto UTF-8 (byte no válido en la posición { $position })
    }
    .help = { $source ->
        [bytes] decodifique usted mismo los bytes y pase texto, o guarde la fuente en UTF-8
       *[file] guarde el archivo como UTF-8 (la mayoría de los editores y de los programas de hojas de cálculo lo ofrecen en "Guardar como")
    }

input-invalid_encoding = { $source ->
        [bytes] los bytes no son texto UTF-8 (byte no válido en la posición { $position })
       *[file] `{ $file }` no es texto UTF-8 (byte no válido en la posición { $position })
    }
    .help = { $source ->
        [bytes] decodifique usted mismo los bytes y pase texto, o guarde la fuente en UTF-8
       *[file] guarde el archivo como UTF-8 (la mayoría de los editores y de los programas de hojas de cálculo lo ofrecen en "Guardar como")
    }

assessment-many_in_file = `{ $file }` contiene { $count } evaluaciones, no una sola
    .help = puntúelas todas a la vez: `score_many` en Python y JavaScript, `lhs-maturity batch` en la línea de comandos

assessment-no_rows = `{ $file }` tiene encabezado pero ninguna evaluación
    .help = añada una fila por evaluación debajo del encabezado


assessment-invalid_type = se esperaba { diagnostic-expected }, pero se encontró { diagnostic-found }
    .help = { $expected ->
        [answers] escriba las respuestas así: {"{"}"inst.info.routine_data": 2, ...{"}"}, con el identificador de cada indicador como clave
       *[other] {""}
    }

assessment-missing_field = falta el campo obligatorio `{ $field }`
    .help = { $field ->
        [answers] agregue `"answers": {"{"}{"}"}` con una entrada por indicador, por ejemplo {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

assessment-unknown_field = el campo `{ $field }` no forma parte del formato de evaluación; se conserva tal como está
    .help = { $hint ->
        [suggestion] ¿quiso decir `{ $suggestion }`?
       *[none] {""}
    }

assessment-invalid_language = `{ $language }` no es un código de idioma; se conserva tal como está escrito
    .help = indique el idioma de las respuestas con una etiqueta BCP 47, por ejemplo `fr`, `pt-PT`, `ar`

assessment-invalid_level = { $problem ->
        [negative] el nivel { $value } es negativo
        [fraction] el nivel { $value } no es un número entero
        [too_large] el nivel { $value } es excesivamente alto
        [quoted] el nivel es el texto `{ $value }`, no un número
        [text] el nivel es el texto `{ $value }`, no un número
        [word] `{ $value }` no es una respuesta reconocida
        [not_an_answer] `{ $value }` no es una respuesta: use un número de nivel, `na`, `unknown` o deje la celda vacía
       *[type] el nivel debe ser un número entero, pero se encontró { diagnostic-found }
    }
    .help = { $source ->
        [csv] use un número de nivel, `na` (no aplicable), `unknown` (nadie lo sabía) o deje la celda vacía
       *[json] { $problem ->
            [quoted] escriba el número sin comillas: { $number }
            [text] use un número de nivel, "na" (no aplicable) o "unknown" (nadie lo sabía)
            [word] escríbalo exactamente así: "{ $answer }"
            [type] {""}
           *[other] los niveles son números enteros de la escala, por ejemplo 0, 1, 2, 3 o 4
        }
    }

assessment-invalid_target = { $problem ->
        [negative] la meta { $value } es negativa
        [fraction] la meta { $value } no es un número entero
        [too_large] la meta { $value } es excesivamente alta
        [quoted] la meta es el texto `{ $value }`, no un número
        [text] la meta es el texto `{ $value }`, no un número
        [not_a_target] `{ $value }` no es una meta: una meta es un número de nivel
       *[type] la meta debe ser un número entero, pero se encontró { diagnostic-found }
    }
    .help = { $source ->
        [csv] use un número de nivel o deje la celda vacía
       *[json] { $problem ->
            [quoted] escriba el número sin comillas: { $number }
            [text] use un número de nivel
            [type] {""}
           *[other] los niveles son números enteros de la escala, por ejemplo 0, 1, 2, 3 o 4
        }
    }

input-invalid_level = { $problem ->
        [negative] el nivel { $value } es negativo
        [fraction] el nivel { $value } no es un número entero
        [too_large] el nivel { $value } es excesivamente alto
        [quoted] el nivel es el texto `{ $value }`, no un número
        [text] el nivel es el texto `{ $value }`, no un número
        [word] `{ $value }` no es una respuesta reconocida
       *[type] el nivel debe ser un número entero, pero se encontró { diagnostic-found }
    }
    .help = { $problem ->
        [quoted] escriba el número sin comillas: { $number }
        [text] use un número de nivel, "na" (no aplicable) o "unknown" (nadie lo sabía)
        [word] escríbalo exactamente así: "{ $answer }"
        [type] {""}
       *[other] los niveles son números enteros de la escala, por ejemplo 0, 1, 2, 3 o 4
    }

assessment-invalid_confidence = `{ $value }` no es un valor de confianza
    .help = { $source ->
        [csv] use `low`, `medium` o `high`, o deje la celda vacía
       *[json] use `low`, `medium` o `high`
    }

assessment-invalid_element = el elemento `{ $element }` contiene { diagnostic-found }, en lugar de true, false o "unknown"
    .help = escriba true si el elemento se cumple, false si no se cumple y "unknown" si nadie pudo verificarlo


csv-invalid_csv = el texto no se puede leer como CSV: { $detail }

csv-empty = el archivo CSV no tiene encabezado ni filas
    .help = parta de una plantilla: una fila de encabezado con los nombres de las columnas y, luego, una fila por evaluación

csv-unknown_column = columna { $column }: `{ $name }` no es una columna conocida
    .help = { $hint ->
        [suggestion] ¿quiso decir `{ $suggestion }`?
        [long] las columnas de un archivo con una fila por indicador son { $columns } y, como ayuda para la lectura, { $help_columns }, level_0, level_1…
       *[wide] una columna es el identificador de un indicador del marco `{ $framework }` { $version }, una etiqueta de la unidad como `unit_region`, o una de estas: { $columns }
    }

csv-duplicate_column = columna { $column }: `{ $name }` también es la columna { $first }
    .help = deje una sola columna por nombre: combine las dos o elimine la otra

csv-missing_column = falta la columna `{ $name }`
    .help = un archivo con una fila por indicador necesita las columnas `id` y `answer`

csv-missing_id = la fila tiene valores, pero no tiene `id`
    .help = escriba el identificador del indicador (o un nombre de metadato como `unit_name`) en la columna `id`, o elimine la fila

csv-extra_field = la fila tiene { $fields ->
        [one] { $fields } campo
        [many] { $fields } campos
       *[other] { $fields } campos
    }, pero el encabezado nombra { $columns ->
        [one] { $columns } columna
        [many] { $columns } columnas
       *[other] { $columns } columnas
    }
    .help = agregue un encabezado para la columna adicional o elimine sus valores

csv-unnamed_column = la columna { $column } tiene el valor `{ $value }`, pero no tiene nombre en el encabezado
    .help = escriba el nombre de la columna en la fila de encabezado, o elimine el valor

csv-invalid_encoding = el archivo no es texto UTF-8 (byte no válido en la línea { $line }, posición { $column })
    .help = guárdelo como "CSV UTF-8" (los programas de hojas de cálculo lo ofrecen en "Guardar como")


workbook-unreadable = el archivo no se puede abrir como libro de cálculo: { $reason }
    .help = ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx)

workbook-not_a_template = el libro no es una plantilla de Excel de un marco: ninguna de sus hojas ({ $sheets }) tiene la fila oculta de nombres de columna `id` y `answer`
    .help = genere una plantilla con `lhs-maturity template --format xlsx` y complétela conservando su columna A y su fila 1 ocultas


assessment-framework_mismatch = la evaluación se hizo para el marco `{ $given }`, no para `{ $framework }`
    .help = puntúela con el marco para el que se hizo, o corrija `framework.id`

assessment-version_mismatch = la evaluación se hizo para la versión { $given } de `{ $framework }`, no para la versión { $version }
    .help = puntúela con la versión del marco para la que se hizo, o mígrela a esta versión con `migrate`; para comparar entre versiones, use `compare`

assessment-unknown_framework_version = `{ $framework }` no tiene una versión integrada `{ $version }`
    .help = las versiones integradas son { $versions }

framework-unknown_version = `{ $framework }` no tiene una versión integrada `{ $version }`
    .help = las versiones integradas son { $versions }

assessment-no_framework_version = la evaluación no indica para qué versión de `{ $framework }` se hizo; se puntúa con la más reciente, { $version }
    .help = agregue `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (o la versión para la que se dieron las respuestas)

assessment-no_unit_kind = no se indica el tipo de la unidad, por lo que todos los indicadores se consideran aplicables
    .help = asigne a `unit.kind` uno de estos valores: { $kinds }

assessment-unknown_unit_kind = `{ $kind }` no es un tipo de unidad, por lo que todos los indicadores se consideran aplicables
    .help = { $hint ->
        [suggestion] ¿quiso decir `{ $suggestion }`? Tipos de unidad: { $kinds }
       *[list] tipos de unidad: { $kinds }
    }

assessment-unknown_indicator = { $what ->
        [domain] `{ $id }` es un dominio del marco `{ $framework }`, no un indicador
       *[unknown] indicador desconocido `{ $id }`: no está definido en el marco `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] ¿quiso decir `{ $suggestion }`?
        [domain] califique los indicadores del dominio, no el dominio en sí
        [csv] la columna `id` contiene identificadores de indicadores del marco o nombres de metadatos como `unit_name`
       *[list] consulte los identificadores válidos con `lhs-maturity framework indicators`
    }

assessment-does_not_apply = `{ $id }` no se aplica a una unidad de tipo `{ $kind }` (se aplica a: { $kinds }); la respuesta se conserva, pero no se puntúa
    .help = elimine la respuesta o verifique el tipo de la unidad

assessment-unknown_element = `{ $element }` no es un elemento de `{ $id }`
    .help = { $count ->
        [0] este indicador no tiene elementos; indique directamente su nivel
       *[other] sus elementos son { $elements }
    }

assessment-elements_conflict = `{ $id }` se calificó con { $given ->
        [na] `na`
        [unknown] `unknown`
       *[level] el nivel { $given_level }
    }, pero sus elementos indican { $derived ->
        [na] `na`
        [unknown] `unknown`
       *[level] el nivel { $derived_level }
    }
    .help = un nivel se alcanza cuando se cumplen sus elementos y los de todos los niveles inferiores; corrija el nivel o los elementos (se puntúa el nivel indicado)

assessment-elements_not_checked = `{ $id }` alcanza el nivel { $level } según sus elementos; { $count ->
        [one] no se verificó el elemento { $elements } del nivel { $next }
        [many] no se verificaron los elementos { $elements } del nivel { $next }
       *[other] no se verificaron los elementos { $elements } del nivel { $next }
    }, por lo que el nivel podría ser más alto
    .help = verifique estos elementos (true o false) para determinar el nivel

assessment-level_out_of_range = el nivel { $level } supera el nivel máximo de la escala ({ $max })
    .help = { $source ->
        [csv] use un nivel entre 0 y { $max }, `na`, `unknown` o deje la celda vacía
       *[json] use un nivel entre 0 y { $max }, "na" o "unknown"
    }

assessment-target_out_of_range = { $whose ->
        [default] la meta por defecto { $target } supera el nivel máximo de la escala ({ $max })
       *[answer] la meta { $target } supera el nivel máximo de la escala ({ $max })
    }
    .help = use un nivel entre 0 y { $max }

assessment-top_level_without_evidence = `{ $id }` se calificó en el nivel máximo ({ $max }) sin evidencia
    .help = el nivel máximo es una afirmación de peso; agregue una nota en `evidence` que indique qué lo demuestra

assessment-target_below_level = `{ $id }` se calificó con el nivel { $level }, por encima de { $whose ->
        [default] la meta por defecto
       *[answer] su meta
    } ({ $target })
    .help = suba la meta o revise la calificación

assessment-na_without_justification = `{ $id }` está marcado como no aplicable sin una justificación
    .help = agregue una `justification` que explique por qué no se aplica a esta unidad

assessment-na_applicable = `{ $id }` se aplica a este tipo de unidad, pero está marcado como `na`; queda fuera de los puntajes
    .help = lo que se aplica pero no existe se califica con 0 (ausente); `na` depende solo de la aplicabilidad que define el marco

assessment-low_coverage = dominio `{ $id }` ({ $name }): { $rated } de { $applicable ->
        [one] { $applicable } indicador aplicable
        [many] { $applicable } indicadores aplicables
       *[other] { $applicable } indicadores aplicables
    } con calificación ({ $percent }%), por debajo del { $threshold }%
    .help = los puntajes de un dominio con pocas calificaciones se basan en poca evidencia; califique más indicadores o marque como `unknown` lo que no se pueda saber


input-target_out_of_range = la meta { $target } supera el nivel máximo de la escala ({ $max })
    .help = use un nivel entre 0 y { $max }

input-invalid_option = { $option ->
        [unknown] `{ $value }` no es una regla para las respuestas desconocidas
        [number] `{ $name }` debe ser un número entero mayor o igual que 0, no `{ $value }`
       *[unit_kind] `{ $value }` no es un tipo de unidad
    }
    .help = { $option ->
        [unknown] use `exclude` (se dejan fuera de los puntajes; es el valor por defecto) o `zero` (se cuentan como nivel 0)
        [number] {""}
       *[unit_kind] use uno de estos valores: { $kinds }
    }

input-unknown_option = opción desconocida: `{ $option }`
    .help = { $hint ->
        [twin] escriba `{ $known }`
        [single] la única opción disponible es { $options }
       *[list] las opciones disponibles son: { $options }
    }

input-invalid_type = { $source ->
        [options] las opciones deben ser un objeto, no { diagnostic-found }
       *[option] `{ $option }` debe ser { diagnostic-expected }, no { diagnostic-found }
    }
    .help = { $source ->
        [options] indique, por ejemplo, { $example }
       *[option] {""}
    }

input-invalid_target = la meta por defecto debe ser un número entero mayor o igual que 0, no `{ $value }`
    .help = use un nivel de la escala, por ejemplo 3

input-matrix_shape = { $shape ->
        [rows] las calificaciones deben formar una tabla, una lista de filas en la que cada una es una lista de números, no `{ $value }`
        [row] la fila { $row } de las calificaciones no es una lista de números: `{ $value }`
       *[cells] la matriz tiene { $cells ->
            [one] { $cells } celda
            [many] { $cells } celdas
           *[other] { $cells } celdas
        }, lo que no corresponde a un número entero de filas de { $columns ->
            [one] { $columns } indicador
            [many] { $columns } indicadores
           *[other] { $columns } indicadores
        }
    }
    .help = { $shape ->
        [rows] escriba una lista de números por fila, por ejemplo [[1, 2, 3], [1, 3, 2]]; una sola fila se escribe [[1, 2, 3]]
        [row] escriba una lista de números por fila, por ejemplo [[1, 2, 3], [1, 3, 2]]; una sola fila se escribe [[1, 2, 3]]
       *[cells] {""}
    }

input-invalid_value = { $problem ->
        [infinite] fila { $row }, columna { $column }: `{ $value }` no es un número finito
       *[not_number] fila { $row }, columna { $column }: `{ $value }` no es un número
    }
    .help = las calificaciones son números; para una calificación que falta, deje un valor vacío (None en Python, null en JavaScript) o NaN

input-level_out_of_range = { $source ->
        [consensus] el nivel acordado { $level } supera el nivel máximo de la escala ({ $max })
       *[matrix] fila { $row }, `{ $id }`: el nivel { $level } supera el nivel máximo de la escala ({ $max })
    }

input-invalid_cell = fila { $row }, `{ $id }`: { $code } no es un código de celda válido

input-too_many_errors = { $count ->
        [one] hay { $count } celda no válida más que no se muestra
        [many] hay { $count } celdas no válidas más que no se muestran
       *[other] hay { $count } celdas no válidas más que no se muestran
    }

report-invalid = { $problem ->
        [neither] este documento no es un informe (no tiene `overall`) ni una evaluación (no tiene `answers`)
       *[invalid] este documento no es un informe de lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] proporcione un informe tal como lo escribe `score` (JSON), o una evaluación con sus `answers`
       *[invalid] proporcione un informe tal como lo escribe `score` (JSON), sin cambios; para analizar evaluaciones, puntúelas primero
    }


input-invalid_metric = `{ $value }` no es una métrica del alfa de Krippendorff que calcule esta biblioteca
    .help = use `ordinal` (el valor por defecto) o `interval`

input-empty_cohort = la cohorte no tiene informes

input-framework_mismatch = el informe { $number } usa `{ $framework }` { $version }, y el informe 1 usa `{ $first_framework }` { $first_version }

input-series_mismatch = el informe { $number } corresponde a una unidad distinta de la del informe 1
    .help = una serie sigue a una sola unidad; use `cohort` para comparar unidades

input-duplicate_period = dos informes tienen el mismo período: { $given ->
        [no] (sin período)
       *[yes] `{ $period }`
    }

input-unknown_indicator = { $source ->
        [consensus] el consenso menciona `{ $id }`, que no es un indicador
        [form] fila { $row }: `{ $id }` no es un indicador de `{ $framework }` { $version }
       *[ratings] `{ $id }` no es un indicador de `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] ¿quiso decir `{ $suggestion }`?
       *[none] {""}
    }

input-invalid_rating = { $problem ->
        [not_object] `{ $value }` no es una calificación
        [missing] falta `{ $field }`
       *[not_text] `{ $field }` debe ser un texto, no `{ $value }`
    }
    .help = una calificación se escribe {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}, con la pertinencia de 1 a 4, o vacía si no se calificó

input-invalid_relevance = { $source ->
        [form] fila { $row }, `{ $id }`: `{ $value }` no es una calificación de pertinencia
        [value] `{ $value }` no es una calificación de pertinencia
       *[ratings] la pertinencia { $value } que asignó `{ $expert }` a `{ $id }` no está entre 1 y 4
    }
    .help = califique con 1 (no pertinente), 2 (algo pertinente), 3 (bastante pertinente) o 4 (muy pertinente), o deje la celda en blanco

input-invalid_csv = { $detail }

input-missing_column = { $source ->
        [ratings] las calificaciones no tienen la columna `{ $column }`
       *[form] un formulario de pertinencia necesita las columnas `indicator` y `relevance`
    }
    .help = { $source ->
        [ratings] las columnas son `expert`, `indicator` y `relevance` (de 1 a 4, o vacía si no se calificó)
       *[form] parta del formulario en blanco que genera `lhs-maturity content-validity --form`
    }

input-empty = no hay evaluaciones para consolidar

input-default_targets_differ = las evaluaciones tienen metas por defecto distintas; la evaluación consolidada no tiene ninguna

input-invalid_uncertainty_option = { $option ->
        [draws] el número de extracciones debe ser al menos 1
        [shape] el modelo de calificación debe ser un objeto de `high`, `medium`, `low` y `unstated`, cada uno con las probabilidades `same` y `next` ({ $detail })
       *[model] el modelo de calificación para la confianza `{ $confidence }` da las probabilidades { $same } y { $next }: deben estar entre 0 y 1, y la probabilidad del nivel más dos veces la del nivel vecino debe sumar 1
    }
    .help = { $option ->
        [draws] por ejemplo 10000 (el valor predeterminado)
        [shape] por ejemplo {"{"}"low": {"{"}"same": 0.6, "next": 0.2{"}"}{"}"}
       *[model] el predeterminado: alta 0,9 y 0,05, media 0,7 y 0,15, baja 0,5 y 0,25
    }

input-invalid_bootstrap_option = { $option ->
        [resamples] el número de remuestreos debe ser al menos 1
       *[level] la cobertura de los intervalos debe estar entre 0 y 1, no { $value }
    }
    .help = { $option ->
        [resamples] por ejemplo 1000 (el valor predeterminado)
       *[level] por ejemplo 0.9 (el valor predeterminado) para intervalos del 90 %
    }

input-invalid_sobol_option = { $option ->
        [n] el número de puntos base debe estar entre 1 y { $max }, no { $value }
        [factors] el número de factores debe estar entre 1 y { $max }, no { $value }
        [k] el número de factores o de grupos debe ser al menos 1
        [outputs] hay { $count } resultados, que no es un múltiplo positivo de { $runs }, las ejecuciones de un punto base (k + 2 para k = { $k })
       *[value] el resultado de la ejecución { $index } es `{ $value }`, no un número finito
    }
    .help = { $option ->
        [n] una potencia de 2, por ejemplo 1024: los puntos de una sucesión de Sobol' están equilibrados en las potencias de 2
        [factors] la sucesión tiene 256 dimensiones, dos por cada factor
        [k] indique el número de factores, o de grupos de factores, del diseño
        [outputs] dé un resultado por cada ejecución del diseño, en el orden de sus ejecuciones
       *[value] { $count ->
            [one] es el único resultado que no es un número finito; ejecute de nuevo el modelo para él
            [many] { $count } resultados no son números finitos; ejecute de nuevo el modelo para ellos
           *[other] { $count } resultados no son números finitos; ejecute de nuevo el modelo para ellos
        }
    }

input-invalid_robustness_option = { $option ->
        [spread] la variación de las ponderaciones debe ser al menos 0 y menor que 1, no { $value }
        [node] `{ $value }` no es un dominio ni un subdominio del marco
        [pair] el par nombra `{ $value }`, que no es una de las unidades
       *[label] la etiqueta de unidad `{ $value }` se usa más de una vez
    }
    .help = { $option ->
        [spread] por ejemplo 0.25 (el valor predeterminado): cada ponderación entre el 75 % y el 125 % de su valor
        [node] nombre por sus identificadores los nodos cuya agregación puede ser `mean` o `minimum`, por ejemplo `inst`
        [pair] nombre dos unidades por sus etiquetas, por ejemplo ["a", "b"]
       *[label] dé a cada unidad su propia etiqueta
    }

input-invalid_method = `{ $value }` no es una forma de consolidar respuestas
    .help = use `median` (el valor por defecto), `mean` o `mode`

input-invalid_options = { $detail }
    .help = opciones: `method` (median, mean o mode), `allow_mismatch` (true o false), `consensus` (identificador del indicador → {"{"}"level": ..., "rationale": "..."{"}"})

input-invalid_result = no es un resultado de robustez de esta biblioteca: { $detail }
    .help = pase sin cambios el resultado que devolvió `robustness` (o que escribió `lhs-maturity robustness --format json`)

input-invalid_consensus = { $problem ->
        [not_object] el consenso debe ser un objeto que asocie cada identificador de indicador con la respuesta acordada
       *[entry] { $detail }
    }
    .help = escriba un solo objeto JSON: identificador del indicador → respuesta acordada y su justificación, por ejemplo {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "acordado el 3 de mayo"{"}"}{"}"}

input-pool_mismatch = la evaluación { $number } tiene { $field ->
        [unit] la unidad
        [period] el período
        [framework] el marco
       *[framework_version] la versión del marco
    } { $given ->
        [no] (sin indicar)
       *[yes] `{ $value }`
    }, y la evaluación 1, { $first_given ->
        [no] (sin indicar)
       *[yes] `{ $first }`
    }
    .help = consolide solo los informantes de una misma unidad, período y versión del marco, o permita la diferencia de forma explícita

input-duplicate_respondent = el informante `{ $respondent }` aparece más de una vez; cada evaluación se sigue contando


migration-no_map = no hay una migración integrada de `{ $framework }` de { $from } a { $to }
    .help = la migración integrada va de { $map_from } a { $map_to }

migration-no_version = la evaluación no indica a qué versión del marco responde
    .help = agregue `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (o la versión en que se respondió)

migration-already_migrated = la evaluación ya corresponde a la versión { $version }
    .help = puntúela tal como está

migration-invalid = no es un mapa de migración: { $detail }

migration-unknown_indicator = `{ $id }` no es un indicador de la versión { $version }

migration-duplicate = `{ $id }` figura dos veces en el mapa

migration-unmapped_indicator = `{ $id }` de la versión { $version } no está en el mapa

migration-lost_indicator = `{ $id }` de la versión { $version } no es una fuente ni está marcado como eliminado

migration-proposed = `{ $id }` ({ $class }): se propone el nivel { $level } a partir de { $sources }; un evaluador debe confirmarlo antes de que se puntúe

migration-wrong_framework = { $problem ->
        [assessment] la evaluación corresponde a `{ $given }`, y el mapa, a `{ $map_framework }`
       *[framework] el mapa lleva a `{ $map_framework }` { $map_version }, no a `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] un mapa traslada evaluaciones entre versiones de un mismo marco
       *[framework] indique el marco al que lleva el mapa
    }

migration-wrong_version = la evaluación corresponde a la versión { $version }, y el mapa va de { $from } a { $to }
    .help = indique una evaluación de la versión { $from }


language-unavailable = `{ $requested }` no está disponible; el texto está en inglés
    .help = idiomas disponibles: { $languages }


diagnostic-argument = { $expected ->
        [json_text] texto JSON
        [csv_text] texto CSV
        [text] texto
        [number] un número
        [whole_number] un número entero mayor o igual que 0
        [decimals] un número entero de 0 a 20
        [object] un objeto
        [document] un documento: un objeto, texto JSON o la ruta de un archivo
        [report] un informe: un objeto de informe, su texto JSON, la ruta de un archivo o una evaluación para puntuar
        [assessments] una lista de evaluaciones
        [reports] una lista de informes
        [ratings] una lista de calificaciones de pertinencia
        [numbers] una lista de números
        [factors] un número de factores, o una lista de etiquetas de grupo con una etiqueta por cada factor
        [languages] una etiqueta de idioma o una lista de etiquetas de idioma
        [message_arg] texto o un número entero mayor o igual que 0
        [dataframe] un DataFrame de pandas
        [framework] un objeto Framework (de `Framework.builtin()` o `Framework.from_json`)
        [choice] uno de los valores siguientes: { $choices }
       *[json] un valor que JSON pueda representar (un objeto, una lista, texto, un número, true, false o null)
    }

argument-invalid_type = { $source ->
        [value] el valor en `{ $path }` debe ser { diagnostic-argument }, no `{ $found }`
        [key] las claves del objeto en `{ $path }` deben ser texto, no `{ $found }`
       *[argument] `{ $name }` debe ser { diagnostic-argument }, no `{ $found }`
    }
    .help = { $hint ->
       *[example] por ejemplo: { $example }
        [instead] use `{ $example }` en su lugar
        [none] {""}
    }

argument-invalid_value = { $source ->
        [depth] el valor en `{ $path }` está anidado en más de { $value } niveles
       *[argument] `{ $name }` debe ser { diagnostic-argument }, no `{ $value }`
    }
    .help = { $source ->
        [depth] compruebe que el documento no se contiene a sí mismo
       *[argument] { $hint ->
           *[example] por ejemplo: { $example }
            [instead] use `{ $example }` en su lugar
            [none] {""}
        }
    }

framework-form_name_collision = `{ $id }` da el nombre de campo del formulario `{ $name }`, que ya tiene `{ $other }`
    .help = los nombres de campo son los identificadores con `_` en lugar de `.`, únicos en todo el formulario sin distinguir mayúsculas: cambie el nombre de uno de los identificadores

input-invalid_unit = { $problem ->
        [column] la lista de unidades no tiene la columna `{ $column }`
        [empty] la lista de unidades no tiene ninguna unidad
        [id] fila { $row }: `{ $value }` no es un identificador de unidad
        [duplicate] fila { $row }: el identificador de unidad `{ $value }` aparece dos veces
       *[kind] fila { $row }: `{ $value }` no es un tipo de unidad
    }
    .help = { $problem ->
        [column] las columnas son `id`, `name`, `kind` y, opcionalmente, `org_unit`
        [empty] indique una unidad por fila bajo el encabezado `id,name,kind`
        [id] escriba un identificador sin espacios, p. ej., kis-east
        [duplicate] dé a cada unidad su propio identificador
       *[kind] use uno de: { $kinds }
    }

input-invalid_period = { $problem ->
        [duplicate] el período `{ $value }` aparece dos veces
       *[format] `{ $value }` no es un año ni un trimestre
    }
    .help = { $problem ->
        [duplicate] indique cada período una sola vez
       *[format] escriba un año (2026) o un trimestre (2026-Q3), para que las respuestas de un mismo período puedan agruparse
    }

dhis2-invalid_period = { $problem ->
        [missing] el informe { $number } no tiene período, así que no tiene período DHIS2
       *[format] el período `{ $value }` no se puede convertir en un período DHIS2
    }
    .help = escriba un año (2026), un semestre (2026-S1), un trimestre (2026-Q3), un mes (2026-09), una semana ISO (2026-W05) o un día (2026-09-30)

dhis2-unmapped_unit = { $problem ->
        [missing] el informe { $number } no tiene identificador de unidad, así que no tiene unidad organizativa DHIS2
       *[unknown] la unidad `{ $unit }` no tiene unidad organizativa DHIS2 en la correspondencia
    }
    .help = { $problem ->
        [missing] dé a la evaluación una unidad con identificador
       *[unknown] añada `{ $unit }` a los `org_units` de la correspondencia, o dé una lista de unidades con su unidad organizativa en la columna `org_unit`
    }

dhis2-unmapped_node = `{ $node }` no tiene elemento de datos DHIS2 para su medida `{ $measure }` en la correspondencia
    .help = añádalo a la correspondencia (`overall` o `nodes`), o vuelva a generar la correspondencia a partir del paquete de metadatos del marco

dhis2-duplicate_value = el informe { $number } es de la misma unidad organizativa (`{ $org_unit }`, unidad `{ $unit }`) y el mismo período (`{ $period }`) que el informe { $first }: DHIS2 sobrescribiría uno con el otro
    .help = agrupe primero las evaluaciones de una misma unidad y período en un solo informe (`lhs-maturity pool`) y exporte ese informe

dhis2-other_framework = el informe { $number } es del marco `{ $framework }`, la correspondencia es para `{ $expected }`
    .help = exporte los informes de cada marco con la correspondencia de ese marco

dhis2-invalid_mapping = { $problem ->
        [json] la correspondencia no es JSON: { $detail }
        [type] { $expected ->
            [object] aquí se espera un objeto
           *[text] aquí se espera un texto
        }
        [unknown_field] `{ $field }` no es un campo de una correspondencia DHIS2
        [missing_field] la correspondencia no tiene `{ $field }`
       *[uid] `{ $value }` no es un UID de DHIS2
    }
    .help = { $problem ->
        [uid] un UID de DHIS2 tiene 11 letras y cifras, la primera una letra (p. ej. fXy12AbCdE3)
       *[other] genere la correspondencia con `lhs-maturity export dhis2-mapping` y luego edite sus UID
    }

dhis2-invalid_metadata = { $problem ->
        [json] el paquete de metadatos no es JSON: { $detail }
        [object] el paquete de metadatos no tiene lista `dataElements`
        [data_element] ningún elemento de datos del paquete de metadatos tiene el código `{ $code }` (medida `{ $measure }` de `{ $node }`)
       *[uid] `{ $value }` no es un UID de DHIS2
    }
    .help = { $problem ->
        [data_element] dé el paquete de metadatos generado por `lhs-maturity export dhis2-metadata` con el mismo prefijo de código, o dé estos códigos a los elementos de datos en DHIS2
        [uid] un UID de DHIS2 tiene 11 letras y cifras, la primera una letra (p. ej. fXy12AbCdE3)
       *[other] dé el paquete de metadatos generado por `lhs-maturity export dhis2-metadata`, o exportado de DHIS2 con sus elementos de datos
    }

dhis2-invalid_option = { $option ->
        [period_type] `{ $value }` no es un tipo de período de DHIS2
        [code_prefix] `{ $value }` no puede iniciar códigos de DHIS2
       *[org_unit] la unidad organizativa `{ $value }` no es un UID de DHIS2
    }
    .help = { $option ->
        [period_type] use Yearly, SixMonthly, Quarterly, Monthly, Weekly o Daily, u otro tipo de período de DHIS2
        [code_prefix] use de 1 a 20 letras, cifras o `_`, p. ej. LHS_2021
       *[org_unit] un UID de DHIS2 tiene 11 letras y cifras, la primera una letra (p. ej. fXy12AbCdE3)
    }

dhis2-invalid_csv = fila { $row }: la columna `{ $column }` está vacía
    .help = cada valor de DHIS2 tiene un elemento de datos, un período, una unidad organizativa y un valor

submissions-unknown_layout = `{ $file }` no es una exportación de envíos que esta biblioteca sepa leer
    .help = exporte los envíos desde ODK Central (CSV, ZIP u OData) o KoboToolbox (CSV, XLS o JSON de la API), o entregue los archivos de instancia de ODK Collect

submissions-unreadable = { $what ->
        [zip] el archivo ZIP
        [xml] la instancia XML
        [json] la exportación JSON
       *[csv] la exportación CSV
    } no se puede leer: { $detail }
    .help = descargue de nuevo la exportación: un archivo incompleto o modificado a mano no se puede leer

submissions-unsupported = esta versión de la biblioteca no lee { $what ->
        [zip] archivos ZIP
       *[xlsx] libros de Excel
    }
    .help = descomprima el archivo y entregue su CSV, o use la línea de comandos o el paquete de Python

submissions-labels = la exportación contiene las etiquetas del formulario en lugar de sus nombres y valores
    .help = exporte de nuevo eligiendo «XML values and headers» (KoboToolbox), o use la exportación CSV de ODK Central, que siempre contiene los nombres

submissions-invalid_value = `{ $field }` ({ $indicator }): `{ $value }` no es una de las opciones del formulario
    .help = una calificación es de 0 a 4, na o unknown; una confianza es low, medium o high

submissions-unknown_field = `{ $field }` no es un campo del formulario del marco y se omite
    .help = las preguntas añadidas al formulario no se puntúan; compruebe que el formulario se creó con `lhs-maturity export xlsform`



fhir-unavailable_language = `{ $lang }` no es un idioma del marco
    .help = use uno de estos: { $languages }

fhir-not_a_response = el documento es un `{ $found }`, no una QuestionnaireResponse de FHIR
    .help = proporcione la QuestionnaireResponse guardada por el formulario (LHC-Forms: getFormFHIRData), no el Questionnaire

fhir-unknown_questionnaire = la respuesta corresponde a `{ $given }`, que no es un Questionnaire de esta biblioteca
    .help = la URL del Questionnaire empieza por `{ $url }`; expórtelo con `lhs-maturity export fhir-questionnaire`

fhir-unknown_item = `{ $link_id }` no es un ítem del Questionnaire del marco
    .help = las preguntas añadidas al Questionnaire no se leen; compruebe que el formulario se creó con `lhs-maturity export fhir-questionnaire`

fhir-invalid_item = un ítem sin `linkId`, o una lista de ítems que no es una lista
    .help = cada ítem de una QuestionnaireResponse lleva el `linkId` del ítem de su Questionnaire

fhir-invalid_field = `{ $field }` es `{ $value }`, que no es { $expected ->
        [date_time] una fecha y hora FHIR
       *[id] un identificador FHIR
    }
    .help = { $expected ->
        [date_time] escríbala como 2026-10-02, o 2026-10-02T09:30:00Z con una hora y su zona horaria, u omítala
       *[id] use de 1 a 64 letras, cifras, `-` y `.`, u omítalo
    }

fhir-invalid_answer = `{ $link_id }`: `{ $value }` no es una de las respuestas del ítem
    .help = una calificación se codifica de 0 a 4, na o unknown; una confianza low, medium o high; un ítem de texto contiene un valueString; cada ítem tiene una sola respuesta
