

diagnostic-found = { $found ->
        [null] null
        [boolean] um valor true/false
        [decimal] um número decimal
        [number] um número
        [text] um texto
        [list] uma lista
       *[object] um objeto
    }

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


context-column = coluna `{ $column }`: { $message }

context-id = `{ $id }`: { $message }

context-assessment = avaliação { $number }: { $message }

context-report = relatório { $number }: { $message }

context-rating = classificação { $number }: { $message }

context-argument = argumento `{ $name }`: { $message }


assessment-too_large = { $source ->
        [unzipped] o arquivo descomprimido ocupa { $size } bytes, mais do que o limite de { $limit } bytes
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

report-too_large = { $source ->
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

input-too_large = { $source ->
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

framework-too_large = { $source ->
        [file] `{ $file }` tem { $size } bytes, mais do que o limite de { $limit } bytes
       *[text] o documento tem { $size } bytes, mais do que o limite de { $limit } bytes
    }
    .help = verifique se este é o ficheiro certo; uma autoavaliação tem normalmente bem menos de 1 MB

assessment-duplicate_key = { $source ->
        [csv] `{ $key }` também está na linha { $line }
       *[json] a chave `{ $key }` aparece duas vezes no mesmo objeto
    }
    .help = { $source ->
        [csv] mantenha uma só linha por indicador
       *[json] mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso
    }

report-duplicate_key = a chave `{ $key }` aparece duas vezes no mesmo objeto
    .help = mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso

input-duplicate_key = a chave `{ $key }` aparece duas vezes no mesmo objeto
    .help = mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso

framework-duplicate_key = a chave `{ $key }` aparece duas vezes no mesmo objeto
    .help = mantenha uma só entrada por chave; uma segunda entrada substituiria a primeira sem qualquer aviso

assessment-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

report-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

input-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

framework-invalid_json = { $problem ->
        [eof] o texto JSON termina cedo demais (ficou por fechar um `{"{"}`, um `[` ou um texto entre aspas?)
        [path] o texto não é JSON: parece o nome de um ficheiro (`{ $detail }`)
       *[syntax] o texto não é JSON válido: { $detail }
    }
    .help = { $problem ->
        [path] para ler um ficheiro, passe um caminho e não texto: `pathlib.Path("{ $detail }")` em Python; em JavaScript, leia primeiro o ficheiro
       *[other] veja a linha { $line }, coluna { $column }; um validador ou um editor de JSON indicará o mesmo local
    }

assessment-unreadable = não é possível ler `{ $file }`: { $reason ->
        [missing] o ficheiro não existe
        [denied] permissão negada
        [directory] é uma pasta, não um ficheiro
       *[other] { $detail }
    }

report-unreadable = não é possível ler `{ $file }`: { $reason ->
        [missing] o ficheiro não existe
        [denied] permissão negada
        [directory] é uma pasta, não um ficheiro
       *[other] { $detail }
    }

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

assessment-invalid_encoding = { $source ->
        [bytes] os bytes não são texto UTF-8 (byte inválido na posição { $position })
       *[file] `{ $file }` não é texto UTF-8 (byte inválido na posição { $position })
    }
    .help = { $source ->
        [bytes] descodifique os bytes e passe texto, ou guarde a fonte em UTF-8
       *[file] guarde o ficheiro em UTF-8 (a maioria dos editores e das folhas de cálculo oferece esta opção em «Guardar como»)
    }

report-invalid_encoding = { $source ->
        [bytes] os bytes não são texto UTF-8 (byte inválido na posição { $position })
       *[file] `{ $file }` não é texto UTF-8 (byte inválido na posição { $position })
    }
    .help = { $source ->
        [bytes] descodifique os bytes e passe texto, ou guarde a fonte em UTF-8
       *[file] guarde o ficheiro em UTF-8 (a maioria dos editores e das folhas de cálculo oferece esta opção em «Guardar como»)
    }

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


assessment-invalid_type = o valor devia ser { diagnostic-expected }, mas é { diagnostic-found }
    .help = { $expected ->
        [answers] escreva as respostas na forma {"{"}"inst.info.routine_data": 2, ...{"}"}, com o identificador do indicador como chave
       *[other] {""}
    }

assessment-missing_field = falta o campo obrigatório `{ $field }`
    .help = { $field ->
        [answers] acrescente `"answers": {"{"}{"}"}` com uma entrada por indicador, por exemplo {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

assessment-unknown_field = o campo `{ $field }` não faz parte do formato de avaliação; é mantido tal como está
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
       *[none] {""}
    }

assessment-invalid_language = `{ $language }` não é um código de língua; é mantido tal como foi escrito
    .help = indique a língua em que as respostas foram dadas com uma etiqueta BCP 47, por exemplo `fr`, `pt-PT`, `ar`

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

assessment-invalid_confidence = `{ $value }` não é um grau de confiança
    .help = { $source ->
        [csv] utilize `low`, `medium` ou `high` (baixa, média ou alta), ou deixe a célula vazia
       *[json] utilize `low`, `medium` ou `high` (baixa, média ou alta)
    }

assessment-invalid_element = o elemento `{ $element }` é { diagnostic-found }, e não true, false ou "unknown"
    .help = escreva true quando o elemento é cumprido, false quando não é, e "unknown" quando ninguém o conseguiu verificar


csv-invalid_csv = o texto não pode ser lido como CSV: { $detail }

csv-empty = o ficheiro CSV não tem cabeçalho nem linhas
    .help = parta de um modelo: uma linha de cabeçalho com os nomes das colunas e, a seguir, uma linha por avaliação

csv-unknown_column = coluna { $column }: `{ $name }` não é uma coluna conhecida
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
        [long] as colunas de um ficheiro com uma linha por indicador são { $columns } e, como ajuda à leitura, { $help_columns }, level_0, level_1…
       *[wide] uma coluna é um identificador de indicador do quadro de referência `{ $framework }` { $version }, uma etiqueta da unidade, como `unit_region`, ou uma destas: { $columns }
    }

csv-duplicate_column = coluna { $column }: `{ $name }` é também a coluna { $first }
    .help = mantenha uma só coluna por nome: junte as duas ou apague a outra

csv-missing_column = falta a coluna `{ $name }`
    .help = um ficheiro com uma linha por indicador precisa das colunas `id` e `answer`

csv-missing_id = a linha tem valores, mas não tem `id`
    .help = escreva o identificador do indicador (ou um nome de metadados, como `unit_name`) na coluna `id`, ou apague a linha

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

csv-unnamed_column = a coluna { $column } tem o valor `{ $value }`, mas não tem nome no cabeçalho
    .help = dê um nome à coluna na linha de cabeçalho, ou apague o valor

csv-invalid_encoding = o ficheiro não é texto UTF-8 (byte inválido na linha { $line }, posição { $column })
    .help = guarde-o como «CSV UTF-8» (as folhas de cálculo oferecem esta opção em «Guardar como»)


workbook-unreadable = o ficheiro não pode ser aberto como livro: { $reason }
    .help = abra-o no Excel ou no LibreOffice e guarde-o como livro do Excel (.xlsx)

workbook-not_a_template = o livro não é um modelo Excel de um quadro: nenhuma das suas folhas ({ $sheets }) tem a linha oculta de nomes de coluna `id` e `answer`
    .help = gere um modelo com `lhs-maturity template --format xlsx` e preencha-o mantendo a sua coluna A e a sua linha 1 ocultas


assessment-framework_mismatch = a avaliação foi feita para o quadro de referência `{ $given }`, e não para `{ $framework }`
    .help = pontue-a com o quadro de referência para o qual foi feita, ou corrija `framework.id`

assessment-version_mismatch = a avaliação foi feita para a versão { $given } de `{ $framework }`, e não para a versão { $version }
    .help = pontue-a com a versão do quadro de referência para a qual foi feita, ou passe-a para esta versão com `migrate`; para comparar versões diferentes, utilize `compare`

assessment-unknown_framework_version = `{ $framework }` não tem nenhuma versão `{ $version }` incorporada
    .help = as versões incorporadas são { $versions }

framework-unknown_version = `{ $framework }` não tem nenhuma versão `{ $version }` incorporada
    .help = as versões incorporadas são { $versions }

assessment-no_framework_version = a avaliação não indica para que versão de `{ $framework }` foi feita; é pontuada com a mais recente, { $version }
    .help = acrescente `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (ou a versão para a qual as respostas foram dadas)

assessment-no_unit_kind = o tipo de unidade não está indicado, pelo que todos os indicadores são tratados como aplicáveis
    .help = defina `unit.kind` com um destes valores: { $kinds }

assessment-unknown_unit_kind = `{ $kind }` não é um tipo de unidade, pelo que todos os indicadores são tratados como aplicáveis
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`? Tipos de unidade: { $kinds }
       *[list] tipos de unidade: { $kinds }
    }

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

assessment-does_not_apply = `{ $id }` não se aplica a uma unidade do tipo `{ $kind }` (aplica-se a: { $kinds }); a resposta é mantida, mas não é pontuada
    .help = retire a resposta, ou verifique o tipo de unidade

assessment-unknown_element = `{ $element }` não é um elemento de `{ $id }`
    .help = { $count ->
        [0] este indicador não tem elementos; indique antes o seu nível
       *[other] elementos deste indicador: { $elements }
    }

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

assessment-elements_not_checked = pelos seus elementos, `{ $id }` está no nível { $level }; { $count ->
        [one] o elemento { $elements } do nível { $next } não foi verificado
        [many] os elementos { $elements } do nível { $next } não foram verificados
       *[other] os elementos { $elements } do nível { $next } não foram verificados
    }, pelo que o nível pode ser mais alto
    .help = verifique estes elementos (true ou false) para determinar o nível

assessment-level_out_of_range = o nível { $level } está acima do nível máximo da escala ({ $max })
    .help = { $source ->
        [csv] utilize um nível entre 0 e { $max }, `na`, `unknown`, ou deixe a célula vazia
       *[json] utilize um nível entre 0 e { $max }, "na" ou "unknown"
    }

assessment-target_out_of_range = { $whose ->
        [default] a meta predefinida { $target } está acima do nível máximo da escala ({ $max })
       *[answer] a meta { $target } está acima do nível máximo da escala ({ $max })
    }
    .help = utilize um nível entre 0 e { $max }

assessment-top_level_without_evidence = `{ $id }` está classificado no nível máximo ({ $max }) sem provas
    .help = o nível máximo é uma afirmação forte; acrescente uma nota `evidence` que diga o que o demonstra

assessment-target_below_level = `{ $id }` está classificado com o nível { $level }, acima { $whose ->
        [default] da meta predefinida
       *[answer] da sua meta
    } { $target }
    .help = suba a meta, ou verifique a classificação

assessment-na_without_justification = `{ $id }` está marcado como não aplicável sem justificação
    .help = acrescente uma `justification` que diga porque não se aplica a esta unidade

assessment-na_applicable = `{ $id }` aplica-se a este tipo de unidade, mas está marcado como `na`; fica excluído das pontuações
    .help = o que se aplica mas não existe classifica-se com 0 (ausente); `na` resulta apenas da aplicabilidade definida no quadro de referência

assessment-low_coverage = domínio `{ $id }` ({ $name }): { $rated } de { $applicable ->
        [one] { $applicable } indicador aplicável
        [many] { $applicable } indicadores aplicáveis
       *[other] { $applicable } indicadores aplicáveis
    } com classificação ({ $percent }%), abaixo de { $threshold }%
    .help = as pontuações de um domínio com poucas classificações assentam em poucas provas; classifique mais indicadores, ou marque como `unknown` o que não é possível saber


input-target_out_of_range = a meta { $target } está acima do nível máximo da escala ({ $max })
    .help = utilize um nível entre 0 e { $max }

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

input-unknown_option = opção desconhecida: `{ $option }`
    .help = { $hint ->
        [twin] escreva `{ $known }`
        [single] a única opção disponível é { $options }
       *[list] as opções disponíveis são: { $options }
    }

input-invalid_type = { $source ->
        [options] as opções têm de ser um objeto, e não { diagnostic-found }
       *[option] `{ $option }` tem de ser { diagnostic-expected }, e não { diagnostic-found }
    }
    .help = { $source ->
        [options] indique, por exemplo, { $example }
       *[option] {""}
    }

input-invalid_target = a meta predefinida tem de ser um número inteiro maior ou igual a 0, e não `{ $value }`
    .help = utilize um nível da escala, por exemplo 3

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

input-invalid_value = { $problem ->
        [infinite] linha { $row }, coluna { $column }: `{ $value }` não é um número finito
       *[not_number] linha { $row }, coluna { $column }: `{ $value }` não é um número
    }
    .help = as classificações são números; para uma classificação em falta, deixe um valor vazio (None em Python, null em JavaScript) ou NaN

input-level_out_of_range = { $source ->
        [consensus] o nível acordado { $level } está acima do nível máximo da escala ({ $max })
       *[matrix] linha { $row }, `{ $id }`: o nível { $level } está acima do nível máximo da escala ({ $max })
    }

input-invalid_cell = linha { $row }, `{ $id }`: { $code } não é um código de célula

input-too_many_errors = { $count ->
        [one] há mais { $count } célula inválida que não está na lista
        [many] há mais { $count } células inválidas que não estão na lista
       *[other] há mais { $count } células inválidas que não estão na lista
    }

report-invalid = { $problem ->
        [neither] o documento não é um relatório (não tem `overall`) nem uma avaliação (não tem `answers`)
       *[invalid] o documento não é um relatório do lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] indique um relatório tal como o comando `score` o escreve (JSON), ou uma avaliação com as suas `answers`
       *[invalid] indique um relatório tal como o comando `score` o escreve (JSON), sem alterações; para analisar avaliações, pontue-as primeiro
    }


input-invalid_metric = `{ $value }` não é uma métrica do alfa de Krippendorff que esta biblioteca calcule
    .help = utilize `ordinal` (a predefinição) ou `interval`

input-empty_cohort = a coorte não tem relatórios

input-framework_mismatch = o relatório { $number } utiliza `{ $framework }` { $version }, e o relatório 1 utiliza `{ $first_framework }` { $first_version }

input-series_mismatch = o relatório { $number } é de uma unidade diferente da do relatório 1
    .help = uma série acompanha uma só unidade; para comparar unidades, utilize `cohort`

input-duplicate_period = dois relatórios têm o mesmo período: { $given ->
        [no] (sem período)
       *[yes] `{ $period }`
    }

input-unknown_indicator = { $source ->
        [consensus] o consenso refere `{ $id }`, que não é um indicador
        [form] linha { $row }: `{ $id }` não é um indicador de `{ $framework }` { $version }
       *[ratings] `{ $id }` não é um indicador de `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] queria dizer `{ $suggestion }`?
       *[none] {""}
    }

input-invalid_rating = { $problem ->
        [not_object] `{ $value }` não é uma classificação
        [missing] falta `{ $field }`
       *[not_text] `{ $field }` deve ser texto, e não `{ $value }`
    }
    .help = uma classificação escreve-se {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}, com a relevância de 1 a 4, ou vazia se não tiver sido classificada

input-invalid_relevance = { $source ->
        [form] linha { $row }, `{ $id }`: `{ $value }` não é uma classificação de relevância
        [value] `{ $value }` não é uma classificação de relevância
       *[ratings] a relevância { $value } atribuída a `{ $id }` por `{ $expert }` não está entre 1 e 4
    }
    .help = classifique com 1 (não relevante), 2 (pouco relevante), 3 (bastante relevante) ou 4 (muito relevante), ou deixe em branco

input-invalid_csv = { $detail }

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

input-invalid_method = `{ $value }` não é uma forma de agregar respostas
    .help = utilize `median` (a predefinição), `mean` ou `mode`

input-invalid_options = { $detail }
    .help = opções: `method` (median, mean ou mode), `allow_mismatch` (true ou false), `consensus` (identificador do indicador → {"{"}"level": ..., "rationale": "..."{"}"})

input-invalid_result = não é um resultado de robustez desta biblioteca: { $detail }
    .help = passe sem alterações o resultado devolvido por `robustness` (ou escrito por `lhs-maturity robustness --format json`)

input-invalid_consensus = { $problem ->
        [not_object] o consenso tem de ser um objeto que associe o identificador de cada indicador à resposta acordada
       *[entry] { $detail }
    }
    .help = escreva um objeto JSON, identificador do indicador → resposta acordada e respetiva justificação, por exemplo {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "acordado a 3 de maio"{"}"}{"}"}

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

input-duplicate_respondent = o respondente `{ $respondent }` aparece mais do que uma vez; cada avaliação continua a contar


migration-no_map = não existe nenhuma migração incorporada de `{ $framework }` da versão { $from } para a { $to }
    .help = a migração incorporada vai da versão { $map_from } para a { $map_to }

migration-no_version = a avaliação não indica a que versão do quadro de referência responde
    .help = acrescente `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (ou a versão em que foi respondida)

migration-already_migrated = a avaliação já é da versão { $version }
    .help = pontue-a tal como está

migration-invalid = não é um mapa de migração: { $detail }

migration-unknown_indicator = `{ $id }` não é um indicador da versão { $version }

migration-duplicate = `{ $id }` aparece duas vezes no mapa

migration-unmapped_indicator = `{ $id }` da versão { $version } não está no mapa

migration-lost_indicator = `{ $id }` da versão { $version } não é origem de nenhum indicador nem está marcado como retirado

migration-proposed = `{ $id }` ({ $class }): é proposto o nível { $level } a partir de { $sources }; um avaliador tem de o confirmar antes de ser pontuado

migration-wrong_framework = { $problem ->
        [assessment] a avaliação é de `{ $given }`, e o mapa é de `{ $map_framework }`
       *[framework] o mapa vai para `{ $map_framework }` { $map_version }, e não para `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] um mapa passa avaliações de uma versão para outra do mesmo quadro de referência
       *[framework] indique o quadro de referência para o qual o mapa vai
    }

migration-wrong_version = a avaliação é da versão { $version }, e o mapa vai da versão { $from } para a { $to }
    .help = indique uma avaliação da versão { $from }


language-unavailable = `{ $requested }` não está disponível; o texto está em inglês
    .help = línguas disponíveis: { $languages }


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

framework-form_name_collision = `{ $id }` dá o nome de campo do formulário `{ $name }`, que `{ $other }` já tem
    .help = os nomes de campo são os identificadores com `_` em vez de `.`, únicos em todo o formulário sem distinguir maiúsculas: mude o nome de um dos identificadores

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

input-invalid_period = { $problem ->
        [duplicate] o período `{ $value }` aparece duas vezes
       *[format] `{ $value }` não é um ano nem um trimestre
    }
    .help = { $problem ->
        [duplicate] indique cada período uma só vez
       *[format] escreva um ano (2026) ou um trimestre (2026-Q3), para que as respostas de um mesmo período possam ser agrupadas
    }

dhis2-invalid_period = { $problem ->
        [missing] o relatório { $number } não tem período, logo não tem período DHIS2
       *[format] o período `{ $value }` não pode ser convertido num período DHIS2
    }
    .help = escreva um ano (2026), um semestre (2026-S1), um trimestre (2026-Q3), um mês (2026-09), uma semana ISO (2026-W05) ou um dia (2026-09-30)

dhis2-unmapped_unit = { $problem ->
        [missing] o relatório { $number } não tem identificador de unidade, logo não tem unidade organizacional DHIS2
       *[unknown] a unidade `{ $unit }` não tem unidade organizacional DHIS2 na correspondência
    }
    .help = { $problem ->
        [missing] dê à avaliação uma unidade com identificador
       *[unknown] acrescente `{ $unit }` aos `org_units` da correspondência, ou dê uma lista de unidades com a sua unidade organizacional na coluna `org_unit`
    }

dhis2-unmapped_node = `{ $node }` não tem elemento de dados DHIS2 para a sua medida `{ $measure }` na correspondência
    .help = acrescente-o à correspondência (`overall` ou `nodes`), ou gere de novo a correspondência a partir do pacote de metadados do quadro

dhis2-duplicate_value = o relatório { $number } é da mesma unidade organizacional (`{ $org_unit }`, unidade `{ $unit }`) e do mesmo período (`{ $period }`) que o relatório { $first }: o DHIS2 substituiria um pelo outro
    .help = agrupe primeiro as avaliações de uma mesma unidade e período num só relatório (`lhs-maturity pool`) e exporte esse relatório

dhis2-other_framework = o relatório { $number } é do quadro `{ $framework }`, a correspondência é para `{ $expected }`
    .help = exporte os relatórios de cada quadro com a correspondência desse quadro

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

dhis2-invalid_csv = linha { $row }: a coluna `{ $column }` está vazia
    .help = cada valor do DHIS2 tem um elemento de dados, um período, uma unidade organizacional e um valor

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
