# Mensagens do lhs-maturity em português europeu: diagnósticos.
#
# The errors and warnings an evaluator can cause while filling in an assessment (JSON, CSV, a
# form), scoring it or analysing reports. Each message is named after its code, with `-` for
# `.`: the code `assessment.unknown_indicator` is written by `assessment-unknown_indicator`. Its
# `.help` attribute is the advice shown with it; a help that comes out empty ({""}) means none.
# Codes never change with the language: only these texts do.
#
# Translators: keep every { $variable } and every message reference ({ diagnostic-found }) as
# it is; text between backticks (`na`, `unit.kind`, ids) is what the evaluator types, keep it
# untranslated. Some variables only choose a variant and are never shown ($problem, $source,
# $hint, $whose...): keep their variant keys ([csv], [suggestion]...) and translate the text of
# each variant. Counts choose the plural form: write every form your language has. $detail is
# what a JSON or CSV reader says, in English; it cannot be translated.
#
# Common variables:
#   $id: an indicator id (or a domain id, when said), as written
#   $framework, $version: the id and version of a framework
#   $max: the top level of the framework's scale (a count)
#   $file: a file as the evaluator gave it (a path)
#   $line, $column: a line and a column (from 1) in the text of a file
#   $suggestion: a known name close to the one written (offered as "did you mean")

## Shared pieces, referred to by the messages below

# The kind of JSON value found where another was expected.
# $found: null, boolean, decimal, number, text, list or object
diagnostic-found = { $found ->
        [null] null
        [boolean] um valor true/false
        [decimal] um número decimal
        [number] um número
        [text] um texto
        [list] uma lista
       *[object] um objeto
    }

# What a value of an assessment should be.
# $expected: text, number, list, assessment, framework_ref, unit, respondent, answer, answers or
#   elements; anything else is shown as it is
diagnostic-expected = { $expected ->
        [text] um texto
        [number] um número
        [boolean] um valor booleano (true ou false)
        [object] um objeto
        [list] uma lista
        [assessment] uma avaliação (um objeto JSON)
        [framework_ref] a identificação de um quadro de referência (um objeto JSON)
        [unit] uma unidade (um objeto JSON)
        [respondent] um respondente (um objeto JSON)
        [answer] uma resposta (um objeto JSON)
        [answers] um objeto que associe identificadores de indicadores a respostas
        [elements] um objeto que associe identificadores de elementos a true, false ou "unknown"
       *[other] { $expected }
    }

## Contexts: a message about one column, row or document of several

# $column: the name of a CSV column, as in the header
# $message: the message about the column's cell
context-column = coluna `{ $column }`: { $message }

# $id: what the row's `id` column holds (an indicator id or a metadata name such as
#   `default_target`)
# $message: the message about the row
context-id = `{ $id }`: { $message }

# $number: the number of the assessment in the list given, from 1
# $message: the message about that assessment
context-assessment = avaliação { $number }: { $message }

context-report = relatório { $number }: { $message }

context-rating = classificação { $number }: { $message }

context-argument = argumento `{ $name }`: { $message }

## Reading a file or a JSON text (assessments, reports, options, frameworks)

# $source: `file` when a file was read, else a text
# $size: the size of the document, in bytes (a count)
# $limit: the largest size read, in bytes (a count)
assessment-too_large = { $source ->
        [unzipped] o arquivo descomprimido ocupa { $size } bytes, mais do que o limite de { $limit } bytes
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

# As assessment-too_large, for a report.
report-too_large = { $source ->
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

# As assessment-too_large, for options (pooling options, a consensus).
input-too_large = { $source ->
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

# As assessment-too_large, for a framework.
framework-too_large = { $source ->
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

# $key: the key given twice in one JSON object
# $source: `csv` for a CSV file with one row per indicator, where $key is the row's id and
#   $line the line of its first row
assessment-duplicate_key = { $source ->
        [csv] `{ $key }` também está na linha { $line }
       *[json] a chave `{ $key }` aparece duas vezes no mesmo objeto
    }
    .help = { $source ->
        [csv] mantenha uma só linha por indicador
       *[json] mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso
    }

# $key: the key given twice in one JSON object
report-duplicate_key = a chave `{ $key }` aparece duas vezes no mesmo objeto
    .help = mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso

# $key: the key given twice in one JSON object
input-duplicate_key = a chave `{ $key }` aparece duas vezes no mesmo objeto
    .help = mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso

# $key: the key given twice in one JSON object
framework-duplicate_key = a chave `{ $key }` aparece duas vezes no mesmo objeto
    .help = mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso

# $problem: `eof` when the text ends too early, else another mistake, which $detail names
# $detail: what the JSON reader says, in English (e.g. "expected `,` or `}`")
assessment-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

# As assessment-invalid_json, for a report.
report-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

# As assessment-invalid_json, for options (pooling options, a consensus).
input-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

# As assessment-invalid_json, for a framework.
framework-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

# $reason: why: `missing` (no such file), `denied`, `directory`, else $detail
# $detail: what the operating system says
assessment-unreadable = não é possível ler `{ $file }`: { $reason ->
        [missing] o ficheiro não existe
        [denied] permissão negada
        [directory] é uma pasta, não um ficheiro
       *[other] { $detail }
    }

# As assessment-unreadable, for a report.
report-unreadable = não é possível ler `{ $file }`: { $reason ->
        [missing] o ficheiro não existe
        [denied] permissão negada
        [directory] é uma pasta, não um ficheiro
       *[other] { $detail }
    }

# As assessment-unreadable, for a framework.
framework-unreadable = não é possível ler `{ $file }`: { $reason ->
        [missing] o ficheiro não existe
        [denied] permissão negada
        [directory] é uma pasta, não um ficheiro
       *[other] { $detail }
    }

input-unreadable = não é possível ler `{ $file }`: { $reason ->
        [missing] o ficheiro não existe
        [denied] permissão negada
        [directory] é uma pasta, não um ficheiro
       *[other] { $detail }
    }

# $position: where the first byte that is not UTF-8 is, in bytes from the start (from 0)
assessment-invalid_encoding = { $source ->
        [bytes] os bytes não são texto UTF-8 (byte inválido na posição { $position })
       *[file] `{ $file }` não é texto UTF-8 (byte inválido na posição { $position })
    }
    .help = { $source ->
        [bytes] descodifique os bytes e passe texto, ou guarde a fonte em UTF-8
       *[file] guarde o ficheiro em UTF-8 (a maioria dos editores e das folhas de cálculo oferece esta opção em «Guardar como»)
    }

# As assessment-invalid_encoding, for a report.
report-invalid_encoding = { $source ->
        [bytes] os bytes não são texto UTF-8 (byte inválido na posição { $position })
       *[file] `{ $file }` não é texto UTF-8 (byte inválido na posição { $position })
    }
    .help = { $source ->
        [bytes] descodifique os bytes e passe texto, ou guarde a fonte em UTF-8
       *[file] guarde o ficheiro em UTF-8 (a maioria dos editores e das folhas de cálculo oferece esta opção em «Guardar como»)
    }

# As assessment-invalid_encoding, for a framework.
framework-invalid_encoding = { $source ->
        [bytes] os bytes não são texto UTF-8 (byte inválido na posição { $position })
       *[file] `{ $file }` não é texto UTF-8 (byte inválido na posição { $position })
    }
    .help = { $source ->
        [bytes] descodifique os bytes e passe texto, ou guarde a fonte em UTF-8
       *[file] guarde o ficheiro em UTF-8 (a maioria dos editores e das folhas de cálculo oferece esta opção em «Guardar como»)
    }

input-invalid_encoding = { $source ->
        [bytes] os bytes não são texto UTF-8 (byte inválido na posição { $position })
       *[file] `{ $file }` não é texto UTF-8 (byte inválido na posição { $position })
    }
    .help = { $source ->
        [bytes] descodifique os bytes e passe texto, ou guarde a fonte em UTF-8
       *[file] guarde o ficheiro em UTF-8 (a maioria dos editores e das folhas de cálculo oferece esta opção em «Guardar como»)
    }

assessment-many_in_file = `{ $file }` contém { $count } avaliações, não uma só
    .help = pontue-as todas de uma vez: `score_many` em Python e JavaScript, `lhs-maturity batch` na linha de comandos

assessment-no_rows = `{ $file }` tem cabeçalho mas nenhuma avaliação
    .help = acrescente uma linha por avaliação por baixo do cabeçalho

## The structure of an assessment (JSON)

# $expected: what the value should be (see diagnostic-expected)
# $found: the kind of value found (see diagnostic-found)
assessment-invalid_type = o valor devia ser { diagnostic-expected }, mas é { diagnostic-found }
    .help = { $expected ->
        [answers] escreva as respostas na forma {"{"}"inst.info.routine_data": 2, ...{"}"}, com o identificador do indicador como chave
       *[other] {""}
    }

# $field: the name of the missing field
assessment-missing_field = falta o campo obrigatório `{ $field }`
    .help = { $field ->
        [answers] acrescente `"answers": {"{"}{"}"}` com uma entrada por indicador, por exemplo {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

# $field: the field, as written
# $hint: `suggestion` when a field of the format is close to it, else `none`
assessment-unknown_field = o campo `{ $field }` não faz parte do formato de avaliação; é mantido tal como está
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
       *[none] {""}
    }

# $language: the assessment's `language`, as written
assessment-invalid_language = `{ $language }` não é um código de língua; é mantido tal como foi escrito
    .help = indique a língua em que as respostas foram dadas com uma etiqueta BCP 47, por exemplo `fr`, `pt-PT`, `ar`

# $problem: what is wrong with the level:
#   `negative`; `fraction` (not a whole number); `too_large` (far above any scale);
#   `quoted` (a number written as text, $number without the quotes); `text` (other text);
#   `word` (`N/A`, `Unknown`... for $answer, `na` or `unknown`); `type` (another kind of value,
#   $found, see diagnostic-found); `not_an_answer` (a spreadsheet cell that is not an answer)
# $value: the level as written
# $source: `csv` for a cell of a CSV file, else JSON
assessment-invalid_level = { $problem ->
        [negative] o nível { $value } é negativo
        [fraction] o nível { $value } não é um número inteiro
        [too_large] o nível { $value } é demasiado alto
        [quoted] o nível é o texto `{ $value }`, e não um número
        [text] o nível é o texto `{ $value }`, e não um número
        [word] `{ $value }` não é uma resposta reconhecida
        [not_an_answer] `{ $value }` não é uma resposta: utilize um número de nível, `na`, `unknown`, ou deixe a célula vazia
       *[type] o nível tem de ser um número inteiro, mas é { diagnostic-found }
    }
    .help = { $source ->
        [csv] utilize um número de nível, `na` (não aplicável), `unknown` (ninguém sabia), ou deixe a célula vazia
       *[json] { $problem ->
            [quoted] escreva o número sem aspas: { $number }
            [text] utilize um número de nível, "na" (não aplicável) ou "unknown" (ninguém sabia)
            [word] escreva exatamente "{ $answer }"
            [type] {""}
           *[other] os níveis são números inteiros da escala, por exemplo 0, 1, 2, 3 ou 4
        }
    }

# As assessment-invalid_level, for a target; $problem can also be `not_a_target` (`na`,
# `unknown` or other text given as a target in a CSV file).
assessment-invalid_target = { $problem ->
        [negative] a meta { $value } é negativa
        [fraction] a meta { $value } não é um número inteiro
        [too_large] a meta { $value } é demasiado alta
        [quoted] a meta é o texto `{ $value }`, e não um número
        [text] a meta é o texto `{ $value }`, e não um número
        [not_a_target] `{ $value }` não é uma meta: uma meta é um número de nível
       *[type] a meta tem de ser um número inteiro, mas é { diagnostic-found }
    }
    .help = { $source ->
        [csv] utilize um número de nível, ou deixe a célula vazia
       *[json] { $problem ->
            [quoted] escreva o número sem aspas: { $number }
            [text] utilize um número de nível
            [type] {""}
           *[other] os níveis são números inteiros da escala, por exemplo 0, 1, 2, 3 ou 4
        }
    }

# As assessment-invalid_level, for an agreed level of a consensus meeting (JSON only).
input-invalid_level = { $problem ->
        [negative] o nível { $value } é negativo
        [fraction] o nível { $value } não é um número inteiro
        [too_large] o nível { $value } é demasiado alto
        [quoted] o nível é o texto `{ $value }`, e não um número
        [text] o nível é o texto `{ $value }`, e não um número
        [word] `{ $value }` não é uma resposta reconhecida
       *[type] o nível tem de ser um número inteiro, mas é { diagnostic-found }
    }
    .help = { $problem ->
        [quoted] escreva o número sem aspas: { $number }
        [text] utilize um número de nível, "na" (não aplicável) ou "unknown" (ninguém sabia)
        [word] escreva exatamente "{ $answer }"
        [type] {""}
       *[other] os níveis são números inteiros da escala, por exemplo 0, 1, 2, 3 ou 4
    }

# $value: the confidence as written
# $source: `csv` for a cell of a CSV file, else JSON
assessment-invalid_confidence = `{ $value }` não é um grau de confiança
    .help = { $source ->
        [csv] utilize `low`, `medium` ou `high` (baixa, média ou alta), ou deixe a célula vazia
       *[json] utilize `low`, `medium` ou `high` (baixa, média ou alta)
    }

# $element: the element id, as written
# $found: the kind of value found (see diagnostic-found)
assessment-invalid_element = o elemento `{ $element }` é { diagnostic-found }, e não true, false ou "unknown"
    .help = escreva true quando o elemento é cumprido, false quando não é, e "unknown" quando ninguém o conseguiu verificar

## CSV files of assessments

# $detail: what the CSV reader says, in English
csv-invalid_csv = o texto não pode ser lido como CSV: { $detail }

csv-empty = o ficheiro CSV não tem cabeçalho nem linhas
    .help = parta de um modelo: uma linha de cabeçalho com os nomes das colunas e, a seguir, uma linha por avaliação

# $column: the number of the column, from 1
# $name: the column's name in the header
# $hint: `suggestion` when a known column is close to it; else the layout of the file, `long`
#   (one row per indicator) or `wide` (one row per assessment)
# $columns: the columns of that layout, separated by commas
# $help_columns: with `long`, the columns of reading help, separated by commas
csv-unknown_column = coluna { $column }: `{ $name }` não é uma coluna conhecida
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
        [long] as colunas de um ficheiro com uma linha por indicador são { $columns } e, como ajuda à leitura, { $help_columns }, level_0, level_1…
       *[wide] uma coluna é um identificador de indicador do quadro de referência `{ $framework }` { $version }, uma etiqueta da unidade, como `unit_region`, ou uma destas: { $columns }
    }

# $column: the number of the column, from 1
# $name: the column's name
# $first: the number of the first column with that name
csv-duplicate_column = coluna { $column }: `{ $name }` é também a coluna { $first }
    .help = mantenha uma só coluna por nome: junte as duas ou apague a outra

# $name: the missing column
csv-missing_column = falta a coluna `{ $name }`
    .help = um ficheiro com uma linha por indicador precisa das colunas `id` e `answer`

csv-missing_id = a linha tem valores, mas não tem `id`
    .help = escreva o identificador do indicador (ou um nome de metadados, como `unit_name`) na coluna `id`, ou apague a linha

# $fields: how many fields the row has (a count)
# $columns: how many columns the header names (a count)
csv-extra_field = a linha tem { $fields ->
        [one] { $fields } campo
        [many] { $fields } campos
       *[other] { $fields } campos
    }, mas o cabeçalho tem { $columns ->
        [one] { $columns } coluna
        [many] { $columns } colunas
       *[other] { $columns } colunas
    }
    .help = acrescente um nome no cabeçalho para a coluna a mais, ou apague os seus valores

# $column: the number of the column, from 1
# $value: what the cell holds
csv-unnamed_column = a coluna { $column } tem o valor `{ $value }`, mas não tem nome no cabeçalho
    .help = dê um nome à coluna na linha de cabeçalho, ou apague o valor

# $line, $column: where the first byte that is not UTF-8 is
csv-invalid_encoding = o ficheiro não é texto UTF-8 (byte inválido na linha { $line }, posição { $column })
    .help = guarde-o como «CSV UTF-8» (as folhas de cálculo oferecem esta opção em «Guardar como»)

## Workbooks (.xlsx)

# $reason: what the workbook reader says (in English)
workbook-unreadable = o ficheiro não pode ser aberto como livro: { $reason }
    .help = abra-o no Excel ou no LibreOffice e guarde-o como livro do Excel (.xlsx)

# $sheets: the names of the workbook's sheets, separated by commas
workbook-not_a_template = o livro não é um modelo Excel de um quadro: nenhuma das suas folhas ({ $sheets }) tem a linha oculta de nomes de coluna `id` e `answer`
    .help = gere um modelo com `lhs-maturity template --format xlsx` e preencha-o mantendo a sua coluna A e a sua linha 1 ocultas

## An assessment checked against its framework

# $given: the framework id the assessment names
# $framework: the id of the framework it is scored with
assessment-framework_mismatch = a avaliação foi feita para o quadro de referência `{ $given }`, e não para `{ $framework }`
    .help = pontue-a com o quadro de referência para o qual foi feita, ou corrija `framework.id`

# $given: the framework version the assessment names
assessment-version_mismatch = a avaliação foi feita para a versão { $given } de `{ $framework }`, e não para a versão { $version }
    .help = pontue-a com a versão do quadro de referência para a qual foi feita, ou passe-a para esta versão com `migrate`; para comparar versões diferentes, utilize `compare`

# $version: the version the assessment names
# $versions: the built-in versions, separated by commas
assessment-unknown_framework_version = `{ $framework }` não tem nenhuma versão `{ $version }` incorporada
    .help = as versões incorporadas são { $versions }

# As assessment-unknown_framework_version, for a version asked for (a command-line option).
framework-unknown_version = `{ $framework }` não tem nenhuma versão `{ $version }` incorporada
    .help = as versões incorporadas são { $versions }

# $framework, $version: the framework it is scored with (its latest version)
assessment-no_framework_version = a avaliação não indica para que versão de `{ $framework }` foi feita; é pontuada com a mais recente, { $version }
    .help = acrescente `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (ou a versão para a qual as respostas foram dadas)

# $kinds: the unit kinds, separated by commas
assessment-no_unit_kind = o tipo de unidade não está indicado, pelo que todos os indicadores são tratados como aplicáveis
    .help = defina `unit.kind` com um destes valores: { $kinds }

# $kind: the unit's kind, as written
# $hint: `suggestion` when a unit kind is close to it, else `list`
# $kinds: the unit kinds, separated by commas
assessment-unknown_unit_kind = `{ $kind }` não é um tipo de unidade, pelo que todos os indicadores são tratados como aplicáveis
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`? Tipos de unidade: { $kinds }
       *[list] tipos de unidade: { $kinds }
    }

# $what: `domain` when $id is the id of a domain or sub-domain, else unknown
# $hint: `suggestion` when an indicator id is close; else `domain` (a domain was rated), `csv`
#   (the `id` column of a CSV file) or `list`
assessment-unknown_indicator = { $what ->
        [domain] `{ $id }` é um domínio do quadro de referência `{ $framework }`, e não um indicador
       *[unknown] indicador desconhecido `{ $id }`: não está definido no quadro de referência `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
        [domain] classifique os indicadores do domínio, e não o próprio domínio
        [csv] a coluna `id` contém identificadores de indicadores do quadro de referência, ou nomes de metadados como `unit_name`
       *[list] enumere os identificadores válidos com `lhs-maturity framework indicators`
    }

# $kind: the unit's kind
# $kinds: the kinds of unit the indicator applies to, separated by commas
assessment-does_not_apply = `{ $id }` não se aplica a uma unidade do tipo `{ $kind }` (aplica-se a: { $kinds }); a resposta é mantida, mas não é pontuada
    .help = retire a resposta, ou verifique o tipo de unidade

# $element: the element id, as written
# $count: how many elements the indicator has (a count)
# $elements: its elements, separated by commas
assessment-unknown_element = `{ $element }` não é um elemento de `{ $id }`
    .help = { $count ->
        [0] este indicador não tem elementos; indique antes o seu nível
       *[other] elementos deste indicador: { $elements }
    }

# $given: the rating given: `level` ($given_level), `na` or `unknown`
# $derived: the rating the elements give: `level` ($derived_level), `na` or `unknown`
assessment-elements_conflict = `{ $id }` está classificado com { $given ->
        [na] `na`
        [unknown] `unknown`
       *[level] o nível { $given_level }
    }, mas os seus elementos dão { $derived ->
        [na] `na`
        [unknown] `unknown`
       *[level] o nível { $derived_level }
    }
    .help = um nível é atingido quando os seus elementos e os de todos os níveis inferiores são cumpridos; corrija o nível ou os elementos (é pontuado o nível indicado)

# $level: the level the elements give
# $next: the level above it
# $elements: the elements of level $next not checked, separated by commas
# $count: how many they are (a count; in English the sentence does not change)
assessment-elements_not_checked = pelos seus elementos, `{ $id }` está no nível { $level }; { $count ->
        [one] o elemento { $elements } do nível { $next } não foi verificado
        [many] os elementos { $elements } do nível { $next } não foram verificados
       *[other] os elementos { $elements } do nível { $next } não foram verificados
    }, pelo que o nível pode ser mais alto
    .help = verifique estes elementos (true ou false) para determinar o nível

# $level: the level given
# $source: `csv` for a cell of a CSV file, else JSON
assessment-level_out_of_range = o nível { $level } está acima do nível máximo da escala ({ $max })
    .help = { $source ->
        [csv] utilize um nível entre 0 e { $max }, `na`, `unknown`, ou deixe a célula vazia
       *[json] utilize um nível entre 0 e { $max }, "na" ou "unknown"
    }

# $target: the target given
# $whose: `default` for the assessment's default target, else an answer's own target
assessment-target_out_of_range = { $whose ->
        [default] a meta predefinida { $target } está acima do nível máximo da escala ({ $max })
       *[answer] a meta { $target } está acima do nível máximo da escala ({ $max })
    }
    .help = utilize um nível entre 0 e { $max }

assessment-top_level_without_evidence = `{ $id }` está classificado no nível máximo ({ $max }) sem provas
    .help = o nível máximo é uma afirmação forte; acrescente uma nota `evidence` que diga o que o demonstra

# $level: the level given
# $target: the target below it
# $whose: `answer` when the answer has its own target, `default` for the default target
assessment-target_below_level = `{ $id }` está classificado com o nível { $level }, acima { $whose ->
        [default] da meta predefinida
       *[answer] da sua meta
    } { $target }
    .help = suba a meta, ou verifique a classificação

assessment-na_without_justification = `{ $id }` está marcado como não aplicável sem justificação
    .help = acrescente uma `justification` que diga porque não se aplica a esta unidade

assessment-na_applicable = `{ $id }` aplica-se a este tipo de unidade, mas está marcado como `na`; fica excluído das pontuações
    .help = o que se aplica mas não existe classifica-se com 0 (ausente); `na` resulta apenas da aplicabilidade definida no quadro de referência

# $id: the domain's id
# $name: the domain's name (in English)
# $rated: how many of its indicators are rated (a count)
# $applicable: how many apply to the unit (a count)
# $percent: $rated out of $applicable, in whole percent
# $threshold: the share under which this warning is given, in whole percent
assessment-low_coverage = domínio `{ $id }` ({ $name }): { $rated } de { $applicable ->
        [one] { $applicable } indicador aplicável
        [many] { $applicable } indicadores aplicáveis
       *[other] { $applicable } indicadores aplicáveis
    } com classificação ({ $percent }%), abaixo de { $threshold }%
    .help = as pontuações de um domínio com poucas classificações assentam em poucas provas; classifique mais indicadores, ou marque como `unknown` o que não é possível saber

## Options, matrices of cells and reports

# $target: the default target asked for
input-target_out_of_range = a meta { $target } está acima do nível máximo da escala ({ $max })
    .help = utilize um nível entre 0 e { $max }

# $option: `unknown` (the rule for unknown answers), `unit_kind`, or `number` when the option
#   $name (as the caller's language spells it, e.g. `minGroup` or `min_group`) must be a whole
#   number and is not
# $value: the value given (with `number`, as JSON writes it: 2.5, -1)
# $kinds: with `unit_kind`, the unit kinds, separated by commas
input-invalid_option = { $option ->
        [unknown] `{ $value }` não é uma regra para respostas desconhecidas
        [number] `{ $name }` tem de ser um número inteiro maior ou igual a 0, e não `{ $value }`
       *[unit_kind] `{ $value }` não é um tipo de unidade
    }
    .help = { $option ->
        [unknown] utilize `exclude` (ficam excluídas das pontuações; é a predefinição) ou `zero` (contam como nível 0)
        [number] {""}
       *[unit_kind] utilize um destes valores: { $kinds }
    }

# The options object of a call from Python or JavaScript (`{ defaultTarget: 3 }`,
# `default_target=3`); option names are written as the caller's language spells them.
# $option: the option given, which the function does not have
# $hint: `twin` when $option is the other spelling (snake_case or camelCase) of the option
#   $known; else $options lists the options of the function, each in backticks, separated by
#   commas: `single` when it has only one, `list` when it has several
input-unknown_option = opção desconhecida: `{ $option }`
    .help = { $hint ->
        [twin] escreva `{ $known }`
        [single] a única opção disponível é { $options }
       *[list] as opções disponíveis são: { $options }
    }

# $source: `options` when the options are not an object (then $example is an example of
#   options); else `option`: the option $option is not of the type $expected (`text`,
#   `boolean`, `number` or `object`; see diagnostic-expected)
# $found: what was given instead: `text`, `number`, `boolean`, `list` or `object` (see
#   diagnostic-found)
input-invalid_type = { $source ->
        [options] as opções têm de ser um objeto, e não { diagnostic-found }
       *[option] `{ $option }` tem de ser { diagnostic-expected }, e não { diagnostic-found }
    }
    .help = { $source ->
        [options] indique, por exemplo, { $example }
       *[option] {""}
    }

# $value: the default target given, as JSON writes it (text in double quotes: "3")
input-invalid_target = a meta predefinida tem de ser um número inteiro maior ou igual a 0, e não `{ $value }`
    .help = utilize um nível da escala, por exemplo 3

# $shape: `rows` when the ratings given to a statistic (Krippendorff's alpha, ICC, Cronbach's
#   alpha) are not a list of rows, `row` when their row $row (from 1) is not a list; $value is
#   what was given instead, as the caller's language (Python, JavaScript) writes it. Else
#   (`cells`, the default) the matrix of cells of the columnar scoring path:
#   $cells: how many cells the matrix has (a count)
#   $columns: how many indicators the framework has, one column each (a count)
input-matrix_shape = { $shape ->
        [rows] as classificações devem formar uma tabela, uma lista de linhas em que cada uma é uma lista de números, e não `{ $value }`
        [row] a linha { $row } das classificações não é uma lista de números: `{ $value }`
       *[cells] a matriz tem { $cells ->
            [one] { $cells } célula
            [many] { $cells } células
           *[other] { $cells } células
        }, o que não corresponde a um número inteiro de linhas de { $columns ->
            [one] { $columns } indicador
            [many] { $columns } indicadores
           *[other] { $columns } indicadores
        }
    }
    .help = { $shape ->
        [rows] escreva uma lista de números por linha, por exemplo [[1, 2, 3], [1, 3, 2]]; uma única linha escreve-se [[1, 2, 3]]
        [row] escreva uma lista de números por linha, por exemplo [[1, 2, 3], [1, 3, 2]]; uma única linha escreve-se [[1, 2, 3]]
       *[cells] {""}
    }

# $row, $column: the row and the column of the cell in the ratings, from 1
# $problem: `infinite` for an infinite number, else `not_number` (text, a boolean, a list...)
# $value: the value given, as the caller's language (Python, JavaScript) writes it; text is
#   shown in double quotes
input-invalid_value = { $problem ->
        [infinite] linha { $row }, coluna { $column }: `{ $value }` não é um número finito
       *[not_number] linha { $row }, coluna { $column }: `{ $value }` não é um número
    }
    .help = as classificações são números; para uma classificação em falta, deixe um valor vazio (None em Python, null em JavaScript) ou NaN

# $source: `consensus` for a level agreed in a consensus meeting, else a cell of a matrix, at
#   row $row (from 0) and indicator $id
# $level: the level given
input-level_out_of_range = { $source ->
        [consensus] o nível acordado { $level } está acima do nível máximo da escala ({ $max })
       *[matrix] linha { $row }, `{ $id }`: o nível { $level } está acima do nível máximo da escala ({ $max })
    }

# $row: the row of the matrix, from 0
# $code: the cell's code
input-invalid_cell = linha { $row }, `{ $id }`: { $code } não é um código de célula

# $count: how many more invalid cells there are (a count)
input-too_many_errors = { $count ->
        [one] há mais { $count } célula inválida que não está na lista
        [many] há mais { $count } células inválidas que não estão na lista
       *[other] há mais { $count } células inválidas que não estão na lista
    }

# $problem: `neither` when the document is neither a report nor an assessment; else it is
#   not a report, for the reason $detail (what the JSON reader says, in English)
report-invalid = { $problem ->
        [neither] o documento não é um relatório (não tem `overall`) nem uma avaliação (não tem `answers`)
       *[invalid] o documento não é um relatório do lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] indique um relatório tal como o comando `score` o escreve (JSON), ou uma avaliação com as suas `answers`
       *[invalid] indique um relatório tal como o comando `score` o escreve (JSON), sem alterações; para analisar avaliações, pontue-as primeiro
    }

## Analyses: pooling, agreement, series, cohorts, content validity

# $value: the metric asked for
input-invalid_metric = `{ $value }` não é uma métrica do alfa de Krippendorff que esta biblioteca calcule
    .help = utilize `ordinal` (a predefinição) ou `interval`

input-empty_cohort = a coorte não tem relatórios

# $number: the number of the report in the list, from 2
# $framework, $version: the framework of that report
# $first_framework, $first_version: the framework of the first report
input-framework_mismatch = o relatório { $number } utiliza `{ $framework }` { $version }, e o relatório 1 utiliza `{ $first_framework }` { $first_version }

# $number: the number of the report in the list, from 2
input-series_mismatch = o relatório { $number } é de uma unidade diferente da do relatório 1
    .help = uma série acompanha uma só unidade; para comparar unidades, utilize `cohort`

# $given: `no` when the reports have no period, else $period is their period
input-duplicate_period = dois relatórios têm o mesmo período: { $given ->
        [no] (sem período)
       *[yes] `{ $period }`
    }

# $source: `consensus` (an indicator of a consensus), `form` (row $row, from 1, of a relevance
#   form) or a list of relevance ratings
# $hint: `suggestion` when an indicator id is close to it, else `none`
input-unknown_indicator = { $source ->
        [consensus] o consenso refere `{ $id }`, que não é um indicador
        [form] linha { $row }: `{ $id }` não é um indicador de `{ $framework }` { $version }
       *[ratings] `{ $id }` não é um indicador de `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
       *[none] {""}
    }

# A relevance rating of a list given to the content-validity analysis (after "rating <n>: ").
# $problem: `not_object` when the rating is not a dict or an object ($value: what it is, as the
#   caller's language writes it); `missing` when its field $field (`expert` or `indicator`) is
#   missing or empty; else `not_text`: that field is $value, which is not text
input-invalid_rating = { $problem ->
        [not_object] `{ $value }` não é uma classificação
        [missing] falta `{ $field }`
       *[not_text] `{ $field }` deve ser texto, e não `{ $value }`
    }
    .help = uma classificação escreve-se {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}, com a relevância de 1 a 4, ou vazia se não tiver sido classificada

# $source: `form` (row $row, from 1, of a relevance form) or a list of relevance ratings, by
#   the expert $expert
# $value: the relevance given (with `value`, a relevance of a list of ratings that is no
#   whole number, as the caller's language writes it)
input-invalid_relevance = { $source ->
        [form] linha { $row }, `{ $id }`: `{ $value }` não é uma classificação de relevância
        [value] `{ $value }` não é uma classificação de relevância
       *[ratings] a relevância { $value } atribuída a `{ $id }` por `{ $expert }` não está entre 1 e 4
    }
    .help = classifique com 1 (não relevante), 2 (pouco relevante), 3 (bastante relevante) ou 4 (muito relevante), ou deixe em branco

# $detail: what the CSV reader says, in English
input-invalid_csv = { $detail }

# $source: `ratings` when a table of relevance ratings (a DataFrame) lacks the column $column;
#   else (`form`) a relevance form lacks one of its two columns
input-missing_column = { $source ->
        [ratings] as classificações não têm a coluna `{ $column }`
       *[form] um formulário de relevância precisa das colunas `indicator` e `relevance`
    }
    .help = { $source ->
        [ratings] as colunas são `expert`, `indicator` e `relevance` (de 1 a 4, ou vazia se não tiver sido classificada)
       *[form] parta de `lhs-maturity content-validity --form`
    }

input-empty = não há avaliações para agregar

input-default_targets_differ = as avaliações têm metas predefinidas diferentes; a avaliação agregada não tem nenhuma

input-invalid_uncertainty_option = { $option ->
        [draws] o número de extrações tem de ser pelo menos 1
        [shape] o modelo de classificação tem de ser um objeto de `high`, `medium`, `low` e `unstated`, cada um com as probabilidades `same` e `next` ({ $detail })
       *[model] o modelo de classificação para a confiança `{ $confidence }` dá as probabilidades { $same } e { $next }: têm de estar entre 0 e 1, e a probabilidade do nível mais duas vezes a do nível vizinho tem de somar 1
    }
    .help = { $option ->
        [draws] por exemplo 10000 (o valor predefinido)
        [shape] por exemplo {"{"}"low": {"{"}"same": 0.6, "next": 0.2{"}"}{"}"}
       *[model] o predefinido: alta 0,9 e 0,05, média 0,7 e 0,15, baixa 0,5 e 0,25
    }

# As opções de um bootstrap (de uma avaliação agrupada, ou das médias de grupo de uma amostra).
input-invalid_bootstrap_option = { $option ->
        [resamples] o número de reamostragens tem de ser pelo menos 1
       *[level] a cobertura dos intervalos tem de estar entre 0 e 1, não { $value }
    }
    .help = { $option ->
        [resamples] por exemplo 1000 (o valor predefinido)
       *[level] por exemplo 0.9 (o valor predefinido) para intervalos de 90 %
    }

input-invalid_sobol_option = { $option ->
        [n] o número de pontos de base tem de estar entre 1 e { $max }, não { $value }
        [factors] o número de fatores tem de estar entre 1 e { $max }, não { $value }
        [k] o número de fatores ou de grupos tem de ser pelo menos 1
        [outputs] há { $count } resultados, o que não é um múltiplo positivo de { $runs }, as execuções de um ponto de base (k + 2 para k = { $k })
       *[value] o resultado da execução { $index } é `{ $value }`, não um número finito
    }
    .help = { $option ->
        [n] uma potência de 2, por exemplo 1024: os pontos de uma sucessão de Sobol' estão equilibrados nas potências de 2
        [factors] a sucessão tem 256 dimensões, duas por cada fator
        [k] indique o número de fatores, ou de grupos de fatores, do plano
        [outputs] indique um resultado por cada execução do plano, pela ordem das execuções
       *[value] { $count ->
            [one] é o único resultado que não é um número finito; execute novamente o modelo para ele
            [many] { $count } resultados não são números finitos; execute novamente o modelo para eles
           *[other] { $count } resultados não são números finitos; execute novamente o modelo para eles
        }
    }

# The options of the robustness of many units' results. $option: `spread` when the weights'
#   spread $value is not from 0 (included) to 1 (excluded); `node` when the aggregation node $value
#   is not a node of the framework; `pair` when the pair names the unit $value, which is not one of
#   the units; else `label`: the unit label $value is used twice
input-invalid_robustness_option = { $option ->
        [spread] a variação das ponderações tem de ser pelo menos 0 e inferior a 1, não { $value }
        [node] `{ $value }` não é um domínio nem um subdomínio do referencial
        [pair] o par indica `{ $value }`, que não é uma das unidades
       *[label] o rótulo de unidade `{ $value }` é usado mais de uma vez
    }
    .help = { $option ->
        [spread] por exemplo 0.25 (o valor predefinido): cada ponderação entre 75 % e 125 % do seu valor
        [node] indique pelos seus identificadores os nós cuja agregação pode ser `mean` ou `minimum`, por exemplo `inst`
        [pair] indique duas unidades pelos seus rótulos, por exemplo ["a", "b"]
       *[label] dê a cada unidade o seu próprio rótulo
    }

# $value: the way of pooling asked for
input-invalid_method = `{ $value }` não é uma forma de agregar respostas
    .help = utilize `median` (a predefinição), `mean` ou `mode`

# $detail: what the JSON reader says is wrong with the options, in English
input-invalid_options = { $detail }
    .help = opções: `method` (median, mean ou mode), `allow_mismatch` (true ou false), `consensus` (identificador do indicador → {"{"}"level": ..., "rationale": "..."{"}"})

# $detail: what the JSON reader says is wrong with the result, in English
input-invalid_result = não é um resultado de robustez desta biblioteca: { $detail }
    .help = passe sem alterações o resultado devolvido por `robustness` (ou escrito por `lhs-maturity robustness --format json`)

# $problem: `not_object` when the consensus is not a JSON object; else an entry of it, for the
#   reason $detail (what the JSON reader says, in English)
input-invalid_consensus = { $problem ->
        [not_object] o consenso tem de ser um objeto que associe o identificador de cada indicador à resposta acordada
       *[entry] { $detail }
    }
    .help = escreva um objeto JSON, identificador do indicador → resposta acordada e respetiva justificação, por exemplo {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "acordado a 3 de maio"{"}"}{"}"}

# $number: the number of the assessment in the list, from 2
# $field: what differs: `unit`, `period`, `framework` or `framework_version`
# $given: `no` when the assessment has none, else $value is its value
# $first_given: `no` when the first assessment has none, else $first is its value
input-pool_mismatch = a avaliação { $number } tem { $field ->
        [unit] a unidade
        [period] o período
        [framework] o quadro de referência
       *[framework_version] a versão do quadro de referência
    } { $given ->
        [no] (sem valor)
       *[yes] `{ $value }`
    }, e a avaliação 1 tem { $first_given ->
        [no] (sem valor)
       *[yes] `{ $first }`
    }
    .help = agregue apenas os respondentes de uma mesma unidade, período e versão do quadro de referência, ou autorize explicitamente a discrepância

# $respondent: the respondent's id or name
input-duplicate_respondent = o respondente `{ $respondent }` aparece mais do que uma vez; cada avaliação continua a contar

## Moving an assessment to another version of its framework

# $from, $to: the versions asked for
# $map_from, $map_to: the versions of the built-in migration
migration-no_map = não existe nenhuma migração incorporada de `{ $framework }` da versão { $from } para a { $to }
    .help = a migração incorporada vai da versão { $map_from } para a { $map_to }

migration-no_version = a avaliação não indica a que versão do quadro de referência responde
    .help = acrescente `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (ou a versão em que foi respondida)

# $version: the version the assessment is for
migration-already_migrated = a avaliação já é da versão { $version }
    .help = pontue-a tal como está

# $detail: what the JSON reader says, in English
migration-invalid = não é um mapa de migração: { $detail }

# $version: the version of the framework $id was looked for in
migration-unknown_indicator = `{ $id }` não é um indicador da versão { $version }

migration-duplicate = `{ $id }` aparece duas vezes no mapa

# $version: the newer version, which has $id
migration-unmapped_indicator = `{ $id }` da versão { $version } não está no mapa

# $version: the older version, which has $id
migration-lost_indicator = `{ $id }` da versão { $version } não é origem de nenhum indicador nem está marcado como retirado

# $class: how the indicator changed (equivalent, merged_duplicate, merged_conjunctive,
#   revised, new)
# $level: the level proposed
# $sources: the indicators of the older version it comes from, separated by commas
migration-proposed = `{ $id }` ({ $class }): é proposto o nível { $level } a partir de { $sources }; um avaliador tem de o confirmar antes de ser pontuado

# $problem: `assessment` when the assessment is for another framework ($given), else the
#   framework given ($framework $version) is not the one the map goes to
# $map_framework, $map_version: the framework and version the map goes to
migration-wrong_framework = { $problem ->
        [assessment] a avaliação é de `{ $given }`, e o mapa é de `{ $map_framework }`
       *[framework] o mapa vai para `{ $map_framework }` { $map_version }, e não para `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] um mapa passa avaliações de uma versão para outra do mesmo quadro de referência
       *[framework] indique o quadro de referência para o qual o mapa vai
    }

# $version: the version the assessment is for
# $from, $to: the versions the map moves between
migration-wrong_version = a avaliação é da versão { $version }, e o mapa vai da versão { $from } para a { $to }
    .help = indique uma avaliação da versão { $from }

## Languages

# $requested: the language asked for, as written
# $languages: the languages available, separated by commas
language-unavailable = `{ $requested }` não está disponível; o texto está em inglês
    .help = línguas disponíveis: { $languages }

## Arguments of a call from Python or JavaScript

# What an argument should be, referred to by argument-invalid_type and argument-invalid_value.
# $expected: json_text, csv_text, text, number, whole_number, decimals (the decimals of a
#   number), object, document (an assessment or another document), report, assessments (a
#   list of them), reports, ratings (relevance ratings), languages (language tags),
#   message_arg (an argument of a message), choice (one of $choices, each in backticks,
#   separated by commas), json (a value inside a document, the default)
diagnostic-argument = { $expected ->
        [json_text] texto JSON
        [csv_text] texto CSV
        [text] texto
        [number] um número
        [whole_number] um número inteiro maior ou igual a 0
        [decimals] um número inteiro de 0 a 20
        [object] um objeto
        [document] um documento: um objeto, texto JSON ou o caminho de um ficheiro
        [report] um relatório: um objeto de relatório, o seu texto JSON, o caminho de um ficheiro ou uma avaliação a pontuar
        [assessments] uma lista de avaliações
        [reports] uma lista de relatórios
        [ratings] uma lista de classificações de pertinência
        [numbers] uma lista de números
        [factors] um número de fatores, ou uma lista de etiquetas de grupo com uma etiqueta por cada fator
        [languages] uma etiqueta de idioma ou uma lista de etiquetas de idioma
        [message_arg] texto ou um número inteiro maior ou igual a 0
        [dataframe] um DataFrame do pandas
        [framework] um objeto Framework (de `Framework.builtin()` ou `Framework.from_json`)
        [choice] um dos valores seguintes: { $choices }
       *[json] um valor que o JSON possa representar (um objeto, uma lista, texto, um número, true, false ou null)
    }

# An argument of a call from Python or JavaScript that is not of a type the function takes.
# $name: the argument, as the caller's language spells it (`assessments`, `defaultTarget`)
# $expected: what it should be (see diagnostic-argument)
# $found: the type given, as the caller's language names it (Python: `dict`, `int`,
#   `PosixPath`; JavaScript: `number`, `object`, `array`, `undefined`): keep it untranslated
# $source: `value` for a value inside a document given from Python, at $path (a JSON Pointer),
#   that JSON cannot hold; `key` for an object key there that is not text; else the argument
# $hint: `example` when $example is a call that works, `instead` when $example is what to
#   call for what was given; `none`: no help
argument-invalid_type = { $source ->
        [value] o valor em `{ $path }` tem de ser { diagnostic-argument }, e não `{ $found }`
        [key] as chaves do objeto em `{ $path }` têm de ser texto, e não `{ $found }`
       *[argument] `{ $name }` tem de ser { diagnostic-argument }, e não `{ $found }`
    }
    .help = { $hint ->
       *[example] por exemplo: { $example }
        [instead] utilize antes `{ $example }`
        [none] {""}
    }

# An argument of the right type with a value the function does not take.
# $name, $expected, $hint, $example: as for argument-invalid_type
# $value: the value given, as the caller's language writes it
# $source: `depth` when the document given from Python is nested deeper than JSON allows
#   ($value levels, at $path: does it contain itself?); else the argument
argument-invalid_value = { $source ->
        [depth] o valor em `{ $path }` está aninhado em mais de { $value } níveis
       *[argument] `{ $name }` tem de ser { diagnostic-argument }, e não `{ $value }`
    }
    .help = { $source ->
        [depth] verifique se o documento não se contém a si próprio
       *[argument] { $hint ->
           *[example] por exemplo: { $example }
            [instead] utilize antes `{ $example }`
            [none] {""}
        }
    }

# The XLSForm of a framework (`lhs-maturity export xlsform`): two ids give the same field name
# (XLSForm names are compared whatever their case), or an id gives a name the form keeps for
# itself. $id: the id (indicator or node) that gives the name the second time; $name: the field
# name; $other: the id that gave it first, or the form's own field (`unit_kind`, `meta`...)
framework-form_name_collision = `{ $id }` dá o nome de campo do formulário `{ $name }`, que `{ $other }` já tem
    .help = os nomes de campo são os identificadores com `_` em vez de `.`, únicos em todo o formulário sem distinguir maiúsculas: mude o nome de um dos identificadores

# A units list for a form (`--units units.csv`, `units=`). $problem: `column` when the header
# lacks the column $column (`id`, `name` or `kind`); `empty` when the list has no unit; else a
# cell of row $row (from 1): `id` an empty id or one with spaces ($value), `duplicate` an id
# already listed ($value), `kind` a kind that is not a unit kind ($value; $kinds lists the
# kinds, separated by commas)
input-invalid_unit = { $problem ->
        [column] a lista de unidades não tem a coluna `{ $column }`
        [empty] a lista de unidades não tem nenhuma unidade
        [id] linha { $row }: `{ $value }` não é um identificador de unidade
        [duplicate] linha { $row }: o identificador de unidade `{ $value }` aparece duas vezes
       *[kind] linha { $row }: `{ $value }` não é um tipo de unidade
    }
    .help = { $problem ->
        [column] as colunas são `id`, `name`, `kind` e, opcionalmente, `org_unit`
        [empty] indique uma unidade por linha sob o cabeçalho `id,name,kind`
        [id] escreva um identificador sem espaços, p. ex., kis-east
        [duplicate] dê a cada unidade o seu próprio identificador
       *[kind] use um de: { $kinds }
    }

# A list of periods for a form (`--period`, `periods=`). $value: a period of the list;
# $problem: `format` when it is not a year (2026) or a quarter (2026-Q3), `duplicate` when it is
# listed twice
input-invalid_period = { $problem ->
        [duplicate] o período `{ $value }` aparece duas vezes
       *[format] `{ $value }` não é um ano nem um trimestre
    }
    .help = { $problem ->
        [duplicate] indique cada período uma só vez
       *[format] escreva um ano (2026) ou um trimestre (2026-Q3), para que as respostas de um mesmo período possam ser agrupadas
    }

# DHIS2 (`lhs-maturity export dhis2`): a report's period with no DHIS2 period id. $problem:
# `missing` when report $number (from 1) has no period; `format` when the period $value cannot
# be converted
dhis2-invalid_period = { $problem ->
        [missing] o relatório { $number } não tem período, logo não tem período DHIS2
       *[format] o período `{ $value }` não pode ser convertido num período DHIS2
    }
    .help = escreva um ano (2026), um semestre (2026-S1), um trimestre (2026-Q3), um mês (2026-09), uma semana ISO (2026-W05) ou um dia (2026-09-30)

# DHIS2: a report's unit without an organisation unit. $problem: `missing` when report $number
# (from 1) has no unit id; `unknown` when the mapping has no organisation unit for the unit $unit
dhis2-unmapped_unit = { $problem ->
        [missing] o relatório { $number } não tem identificador de unidade, logo não tem unidade organizacional DHIS2
       *[unknown] a unidade `{ $unit }` não tem unidade organizacional DHIS2 na correspondência
    }
    .help = { $problem ->
        [missing] dê à avaliação uma unidade com identificador
       *[unknown] acrescente `{ $unit }` aos `org_units` da correspondência, ou dê uma lista de unidades com a sua unidade organizacional na coluna `org_unit`
    }

# DHIS2: the mapping has no data element for a measure of a node. $node: the node id (`overall`
# for the overall score); $measure: `score`, `level` or `coverage`
dhis2-unmapped_node = `{ $node }` não tem elemento de dados DHIS2 para a sua medida `{ $measure }` na correspondência
    .help = acrescente-o à correspondência (`overall` ou `nodes`), ou gere de novo a correspondência a partir do pacote de metadados do quadro

# DHIS2: two reports for one organisation unit and period. $number: the second report (from 1);
# $first: the first; $unit: the unit id; $org_unit: the organisation unit; $period: the DHIS2
# period id
dhis2-duplicate_value = o relatório { $number } é da mesma unidade organizacional (`{ $org_unit }`, unidade `{ $unit }`) e do mesmo período (`{ $period }`) que o relatório { $first }: o DHIS2 substituiria um pelo outro
    .help = agrupe primeiro as avaliações de uma mesma unidade e período num só relatório (`lhs-maturity pool`) e exporte esse relatório

# DHIS2: report $number (from 1) is of the framework $framework, the mapping of $expected
dhis2-other_framework = o relatório { $number } é do quadro `{ $framework }`, a correspondência é para `{ $expected }`
    .help = exporte os relatórios de cada quadro com a correspondência desse quadro

# A DHIS2 mapping file. $problem: `json` (not JSON; $detail says why), `type` (not an object or
# not a text: $expected is `object` or `text`), `unknown_field` or `missing_field` ($field),
# `uid` ($value is not a DHIS2 UID)
dhis2-invalid_mapping = { $problem ->
        [json] a correspondência não é JSON: { $detail }
        [type] { $expected ->
            [object] espera-se aqui um objeto
           *[text] espera-se aqui um texto
        }
        [unknown_field] `{ $field }` não é um campo de uma correspondência DHIS2
        [missing_field] a correspondência não tem `{ $field }`
       *[uid] `{ $value }` não é um UID do DHIS2
    }
    .help = { $problem ->
        [uid] um UID do DHIS2 tem 11 letras e algarismos, o primeiro uma letra (p. ex. fXy12AbCdE3)
       *[other] gere a correspondência com `lhs-maturity export dhis2-mapping` e depois edite os seus UID
    }

# A DHIS2 metadata package read for its mapping. $problem: `json` (not JSON; $detail says why),
# `object` (no list `dataElements`),
# `data_element` (no data element has the code $code: the $measure of the node $node), `uid`
# ($value is not a DHIS2 UID)
dhis2-invalid_metadata = { $problem ->
        [json] o pacote de metadados não é JSON: { $detail }
        [object] o pacote de metadados não tem a lista `dataElements`
        [data_element] nenhum elemento de dados do pacote de metadados tem o código `{ $code }` (medida `{ $measure }` de `{ $node }`)
       *[uid] `{ $value }` não é um UID do DHIS2
    }
    .help = { $problem ->
        [data_element] dê o pacote de metadados gerado por `lhs-maturity export dhis2-metadata` com o mesmo prefixo de código, ou dê estes códigos aos elementos de dados no DHIS2
        [uid] um UID do DHIS2 tem 11 letras e algarismos, o primeiro uma letra (p. ex. fXy12AbCdE3)
       *[other] dê o pacote de metadados gerado por `lhs-maturity export dhis2-metadata`, ou exportado do DHIS2 com os seus elementos de dados
    }

# An option of the DHIS2 metadata package. $option: `period_type`, `code_prefix` or `org_unit`
# (a unit's organisation unit); $value: the value given
dhis2-invalid_option = { $option ->
        [period_type] `{ $value }` não é um tipo de período do DHIS2
        [code_prefix] `{ $value }` não pode iniciar códigos do DHIS2
       *[org_unit] a unidade organizacional `{ $value }` não é um UID do DHIS2
    }
    .help = { $option ->
        [period_type] use Yearly, SixMonthly, Quarterly, Monthly, Weekly ou Daily, ou outro tipo de período do DHIS2
        [code_prefix] use de 1 a 20 letras, algarismos ou `_`, p. ex. LHS_2021
       *[org_unit] um UID do DHIS2 tem 11 letras e algarismos, o primeiro uma letra (p. ex. fXy12AbCdE3)
    }

# A DHIS2 CSV of data values read back: row $row (from 1) has no value in the column $column
dhis2-invalid_csv = linha { $row }: a coluna `{ $column }` está vazia
    .help = cada valor do DHIS2 tem um elemento de dados, um período, uma unidade organizacional e um valor

# Submissões do formulário do quadro (ODK Central, KoboToolbox, ODK Collect).
submissions-unknown_layout = `{ $file }` não é uma exportação de submissões que esta biblioteca saiba ler
    .help = exporte as submissões do ODK Central (CSV, ZIP ou OData) ou do KoboToolbox (CSV, XLS ou JSON da API), ou forneça os ficheiros de instância do ODK Collect

submissions-unreadable = { $what ->
        [zip] o arquivo ZIP
        [xml] a instância XML
        [json] a exportação JSON
       *[csv] a exportação CSV
    } não pode ser lido: { $detail }
    .help = descarregue novamente a exportação: um ficheiro incompleto ou alterado à mão não pode ser lido

submissions-unsupported = esta versão da biblioteca não lê { $what ->
        [zip] arquivos ZIP
       *[xlsx] livros do Excel
    }
    .help = descomprima o arquivo e forneça o seu CSV, ou use a linha de comandos ou o pacote Python

submissions-labels = a exportação contém os rótulos do formulário em vez dos seus nomes e valores
    .help = exporte novamente escolhendo «XML values and headers» (KoboToolbox), ou use a exportação CSV do ODK Central, que contém sempre os nomes

submissions-invalid_value = `{ $field }` ({ $indicator }): `{ $value }` não é uma das opções do formulário
    .help = uma classificação vai de 0 a 4, na ou unknown; um grau de confiança é low, medium ou high

submissions-unknown_field = `{ $field }` não é um campo do formulário do quadro e é ignorado
    .help = as perguntas acrescentadas ao formulário não são pontuadas; verifique que o formulário foi criado com `lhs-maturity export xlsform`



fhir-unavailable_language = `{ $lang }` não é uma língua do referencial
    .help = utilize uma destas: { $languages }

fhir-not_a_response = o documento é um `{ $found }`, não uma QuestionnaireResponse FHIR
    .help = indique a QuestionnaireResponse guardada pelo formulário (LHC-Forms: getFormFHIRData), não o Questionnaire

fhir-unknown_questionnaire = a resposta refere-se a `{ $given }`, que não é um Questionnaire desta biblioteca
    .help = o URL do Questionnaire começa por `{ $url }`; exporte-o com `lhs-maturity export fhir-questionnaire`

fhir-unknown_item = `{ $link_id }` não é um item do Questionnaire do referencial
    .help = as perguntas acrescentadas ao Questionnaire não são lidas; verifique que o formulário foi criado com `lhs-maturity export fhir-questionnaire`

fhir-invalid_item = um item sem `linkId`, ou uma lista de itens que não é uma lista
    .help = cada item de uma QuestionnaireResponse tem o `linkId` do item do seu Questionnaire

fhir-invalid_field = `{ $field }` é `{ $value }`, que não é { $expected ->
        [date_time] uma data e hora FHIR
       *[id] um identificador FHIR
    }
    .help = { $expected ->
        [date_time] escreva-a como 2026-10-02, ou 2026-10-02T09:30:00Z com uma hora e o seu fuso horário, ou omita-a
       *[id] use de 1 a 64 letras, algarismos, `-` e `.`, ou omita-o
    }

fhir-invalid_answer = `{ $link_id }`: `{ $value }` não é uma das respostas do item
    .help = uma classificação é codificada de 0 a 4, na ou unknown; uma confiança low, medium ou high; um item de texto contém um valueString; cada item tem uma só resposta
