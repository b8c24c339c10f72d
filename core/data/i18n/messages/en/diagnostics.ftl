

diagnostic-found = { $found ->
        [null] null
        [boolean] true/false
        [decimal] a decimal number
        [number] a number
        [text] text
        [list] a list
       *[object] an object
    }

diagnostic-expected = { $expected ->
        [text] text
        [number] a number
        [boolean] true or false
        [object] an object
        [list] a list
        [assessment] an assessment (a JSON object)
        [framework_ref] a framework reference (a JSON object)
        [unit] a unit (a JSON object)
        [respondent] a respondent (a JSON object)
        [answer] an answer (a JSON object)
        [answers] an object mapping indicator ids to answers
        [elements] an object mapping element ids to true, false or "unknown"
       *[other] { $expected }
    }


context-column = column `{ $column }`: { $message }

context-id = `{ $id }`: { $message }

context-assessment = assessment { $number }: { $message }

context-report = report { $number }: { $message }

context-rating = rating { $number }: { $message }

context-argument = `{ $name }`: { $message }


assessment-too_large = { $source ->
        [unzipped] the archive unpacks to { $size } bytes, more than the limit of { $limit } bytes
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

report-too_large = { $source ->
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

input-too_large = { $source ->
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

framework-too_large = { $source ->
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

assessment-duplicate_key = { $source ->
        [csv] `{ $key }` is also on line { $line }
       *[json] the key `{ $key }` appears twice in the same object
    }
    .help = { $source ->
        [csv] keep one row per indicator
       *[json] keep one entry per key; a second entry would silently replace the first
    }

report-duplicate_key = the key `{ $key }` appears twice in the same object
    .help = keep one entry per key; a second entry would silently replace the first

input-duplicate_key = the key `{ $key }` appears twice in the same object
    .help = keep one entry per key; a second entry would silently replace the first

framework-duplicate_key = the key `{ $key }` appears twice in the same object
    .help = keep one entry per key; a second entry would silently replace the first

assessment-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

report-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

input-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

framework-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

assessment-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

report-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

framework-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

input-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

assessment-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

report-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

framework-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

input-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

assessment-many_in_file = `{ $file }` holds { $count } assessments, not one
    .help = score them all at once: `score_many` in Python and JavaScript, `lhs-maturity batch` on the command line

assessment-no_rows = `{ $file }` has a header but no assessment
    .help = add one row per assessment under the header


assessment-invalid_type = expected { diagnostic-expected }, found { diagnostic-found }
    .help = { $expected ->
        [answers] write answers as {"{"}"inst.info.routine_data": 2, ...{"}"}, keyed by indicator id
       *[other] {""}
    }

assessment-missing_field = the required field `{ $field }` is missing
    .help = { $field ->
        [answers] add `"answers": {"{"}{"}"}` with one entry per indicator, e.g. {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

assessment-unknown_field = the field `{ $field }` is not part of the assessment format; it is kept as is
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
       *[none] {""}
    }

assessment-invalid_language = `{ $language }` is not a language code; it is kept as written
    .help = write the language the answers were given in as a BCP 47 tag, e.g. `fr`, `pt-PT`, `ar`

assessment-invalid_level = { $problem ->
        [negative] the level { $value } is negative
        [fraction] the level { $value } is not a whole number
        [too_large] the level { $value } is far too large
        [quoted] the level is the text `{ $value }`, not a number
        [text] the level is the text `{ $value }`, not a number
        [word] `{ $value }` is not a recognised answer
        [not_an_answer] `{ $value }` is not an answer: use a level number, `na`, `unknown`, or leave the cell empty
       *[type] the level must be a whole number, found { diagnostic-found }
    }
    .help = { $source ->
        [csv] use a level number, `na` (not applicable), `unknown` (nobody knew), or leave the cell empty
       *[json] { $problem ->
            [quoted] write the number without quotes: { $number }
            [text] use a level number, "na" (not applicable) or "unknown" (nobody knew)
            [word] write it exactly as "{ $answer }"
            [type] {""}
           *[other] levels are whole numbers of the scale, e.g. 0, 1, 2, 3 or 4
        }
    }

assessment-invalid_target = { $problem ->
        [negative] the target { $value } is negative
        [fraction] the target { $value } is not a whole number
        [too_large] the target { $value } is far too large
        [quoted] the target is the text `{ $value }`, not a number
        [text] the target is the text `{ $value }`, not a number
        [not_a_target] `{ $value }` is not a target: a target is a level number
       *[type] the target must be a whole number, found { diagnostic-found }
    }
    .help = { $source ->
        [csv] use a level number, or leave the cell empty
       *[json] { $problem ->
            [quoted] write the number without quotes: { $number }
            [text] use a level number
            [type] {""}
           *[other] levels are whole numbers of the scale, e.g. 0, 1, 2, 3 or 4
        }
    }

input-invalid_level = { $problem ->
        [negative] the level { $value } is negative
        [fraction] the level { $value } is not a whole number
        [too_large] the level { $value } is far too large
        [quoted] the level is the text `{ $value }`, not a number
        [text] the level is the text `{ $value }`, not a number
        [word] `{ $value }` is not a recognised answer
       *[type] the level must be a whole number, found { diagnostic-found }
    }
    .help = { $problem ->
        [quoted] write the number without quotes: { $number }
        [text] use a level number, "na" (not applicable) or "unknown" (nobody knew)
        [word] write it exactly as "{ $answer }"
        [type] {""}
       *[other] levels are whole numbers of the scale, e.g. 0, 1, 2, 3 or 4
    }

assessment-invalid_confidence = `{ $value }` is not a confidence
    .help = { $source ->
        [csv] use `low`, `medium` or `high`, or leave the cell empty
       *[json] use `low`, `medium` or `high`
    }

assessment-invalid_element = the element `{ $element }` is { diagnostic-found }, not true, false or "unknown"
    .help = write true when the element is met, false when it is not, "unknown" when nobody could check


csv-invalid_csv = the text cannot be read as CSV: { $detail }

csv-empty = the CSV file has no header and no rows
    .help = start from a template: a header row of column names, then one row per assessment

csv-unknown_column = column { $column }: `{ $name }` is not a known column
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
        [long] the columns of a one-row-per-indicator file are { $columns }, and for reading help { $help_columns }, level_0, level_1…
       *[wide] a column is an indicator id of framework `{ $framework }` { $version }, a label of the unit such as `unit_region`, or one of { $columns }
    }

csv-duplicate_column = column { $column }: `{ $name }` is also column { $first }
    .help = keep one column per name: merge or delete the other

csv-missing_column = the column `{ $name }` is missing
    .help = a one-row-per-indicator file needs the columns `id` and `answer`

csv-missing_id = the row has values but no `id`
    .help = write the indicator id (or a metadata name such as `unit_name`) in the `id` column, or delete the row

csv-extra_field = the row has { $fields ->
        [one] { $fields } field
       *[other] { $fields } fields
    } but the header names { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    }
    .help = add a header for the extra column or delete its values

csv-unnamed_column = column { $column } has the value `{ $value }` but no header name
    .help = name the column in the header row, or delete the value

csv-invalid_encoding = the file is not UTF-8 text (invalid byte at line { $line }, position { $column })
    .help = save it as "CSV UTF-8" (spreadsheet programs offer it under "Save as")


workbook-unreadable = the file cannot be opened as a workbook: { $reason }
    .help = open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)

workbook-not_a_template = the workbook is not an Excel template of a framework: none of its sheets ({ $sheets }) has the hidden row of column names `id` and `answer`
    .help = write a template with `lhs-maturity template --format xlsx` and fill it in, keeping its hidden column A and row 1


assessment-framework_mismatch = the assessment was made for the framework `{ $given }`, not `{ $framework }`
    .help = score it with the framework it was made for, or correct `framework.id`

assessment-version_mismatch = the assessment was made for version { $given } of `{ $framework }`, not version { $version }
    .help = score it with the framework version it was made for, or move it to this version with `migrate`; to compare across versions use `compare`

assessment-unknown_framework_version = `{ $framework }` has no built-in version `{ $version }`
    .help = the built-in versions are { $versions }

framework-unknown_version = `{ $framework }` has no built-in version `{ $version }`
    .help = the built-in versions are { $versions }

assessment-no_framework_version = the assessment does not say which version of `{ $framework }` it was made for; it is scored with the latest, { $version }
    .help = add `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (or the version the answers were given for)

assessment-no_unit_kind = the unit's kind is not given, so every indicator is treated as applicable
    .help = set `unit.kind` to one of: { $kinds }

assessment-unknown_unit_kind = `{ $kind }` is not a unit kind, so every indicator is treated as applicable
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`? Unit kinds: { $kinds }
       *[list] unit kinds: { $kinds }
    }

assessment-unknown_indicator = { $what ->
        [domain] `{ $id }` is a domain of framework `{ $framework }`, not an indicator
       *[unknown] unknown indicator `{ $id }`: not defined in framework `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
        [domain] rate the indicators of the domain, not the domain itself
        [csv] the `id` column holds indicator ids of the framework, or metadata names such as `unit_name`
       *[list] list the valid ids with `lhs-maturity framework indicators`
    }

assessment-does_not_apply = `{ $id }` does not apply to a unit of kind `{ $kind }` (it applies to: { $kinds }); the answer is kept but not scored
    .help = remove the answer, or check the unit's kind

assessment-unknown_element = `{ $element }` is not an element of `{ $id }`
    .help = { $count ->
        [0] this indicator has no elements; give its level instead
       *[other] its elements are { $elements }
    }

assessment-elements_conflict = `{ $id }` is rated { $given ->
        [na] `na`
        [unknown] `unknown`
       *[level] level { $given_level }
    }, but its elements give { $derived ->
        [na] `na`
        [unknown] `unknown`
       *[level] level { $derived_level }
    }
    .help = a level holds when its elements and those of every lower level are met; correct the level or the elements (the level given is the one scored)

assessment-elements_not_checked = `{ $id }` is at level { $level } from its elements; { $count ->
        [one] { $elements } of level { $next } not checked
       *[other] { $elements } of level { $next } not checked
    }, so the level may be higher
    .help = check these elements (true or false) to settle the level

assessment-level_out_of_range = the level { $level } is above the top level of the scale ({ $max })
    .help = { $source ->
        [csv] use a level between 0 and { $max }, `na`, `unknown`, or leave the cell empty
       *[json] use a level between 0 and { $max }, "na" or "unknown"
    }

assessment-target_out_of_range = { $whose ->
        [default] the default target { $target } is above the top level of the scale ({ $max })
       *[answer] the target { $target } is above the top level of the scale ({ $max })
    }
    .help = use a level between 0 and { $max }

assessment-top_level_without_evidence = `{ $id }` is rated at the top level ({ $max }) without evidence
    .help = the top level is a strong claim; add an `evidence` note saying what shows it

assessment-target_below_level = `{ $id }` is rated { $level }, above { $whose ->
        [default] the default target
       *[answer] its target
    } { $target }
    .help = raise the target, or check the rating

assessment-na_without_justification = `{ $id }` is marked not applicable without a justification
    .help = add a `justification` saying why it does not apply to this unit

assessment-na_applicable = `{ $id }` applies to this kind of unit but is marked `na`; it is left out of the scores
    .help = what applies but does not exist is rated 0 (absent); `na` comes from the framework's applicability only

assessment-low_coverage = domain `{ $id }` ({ $name }): { $rated } of { $applicable ->
        [one] { $applicable } applicable indicator
       *[other] { $applicable } applicable indicators
    } rated ({ $percent }%), under { $threshold }%
    .help = scores of a domain with few ratings rest on little evidence; rate more indicators, or mark what cannot be known `unknown`


input-target_out_of_range = the target { $target } is above the top level of the scale ({ $max })
    .help = use a level between 0 and { $max }

input-invalid_option = { $option ->
        [unknown] `{ $value }` is not a rule for unknown answers
        [number] `{ $name }` must be a whole number ≥ 0, not `{ $value }`
       *[unit_kind] `{ $value }` is not a unit kind
    }
    .help = { $option ->
        [unknown] use `exclude` (left out of the scores, the default) or `zero` (counted as level 0)
        [number] {""}
       *[unit_kind] use one of: { $kinds }
    }

input-unknown_option = unknown option `{ $option }`
    .help = { $hint ->
        [twin] write `{ $known }`
        [single] the only option is { $options }
       *[list] the options are: { $options }
    }

input-invalid_type = { $source ->
        [options] the options must be an object, not { diagnostic-found }
       *[option] `{ $option }` must be { diagnostic-expected }, not { diagnostic-found }
    }
    .help = { $source ->
        [options] pass e.g. { $example }
       *[option] {""}
    }

input-invalid_target = the default target must be a whole number ≥ 0, not `{ $value }`
    .help = use a level of the scale, e.g. 3

input-matrix_shape = { $shape ->
        [rows] the ratings must be a table, a list of rows each a list of numbers, not `{ $value }`
        [row] row { $row } of the ratings is not a list of numbers: `{ $value }`
       *[cells] the matrix has { $cells ->
            [one] { $cells } cell
           *[other] { $cells } cells
        }, which is not a whole number of rows of { $columns ->
            [one] { $columns } indicator
           *[other] { $columns } indicators
        }
    }
    .help = { $shape ->
        [rows] write one list of numbers per row, e.g. [[1, 2, 3], [1, 3, 2]]; a single row is written [[1, 2, 3]]
        [row] write one list of numbers per row, e.g. [[1, 2, 3], [1, 3, 2]]; a single row is written [[1, 2, 3]]
       *[cells] {""}
    }

input-invalid_value = { $problem ->
        [infinite] row { $row }, column { $column }: `{ $value }` is not a finite number
       *[not_number] row { $row }, column { $column }: `{ $value }` is not a number
    }
    .help = ratings are numbers; for a missing rating, leave an empty value (None in Python, null in JavaScript) or NaN

input-level_out_of_range = { $source ->
        [consensus] the agreed level { $level } is above the top level of the scale ({ $max })
       *[matrix] row { $row }, `{ $id }`: the level { $level } is above the top level of the scale ({ $max })
    }

input-invalid_cell = row { $row }, `{ $id }`: { $code } is not a cell code

input-too_many_errors = { $count ->
        [one] { $count } more invalid cell is not listed
       *[other] { $count } more invalid cells are not listed
    }

report-invalid = { $problem ->
        [neither] this is neither a report (it has no `overall`) nor an assessment (it has no `answers`)
       *[invalid] this is not a report of lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] give a report as `score` writes it (JSON), or an assessment with its `answers`
       *[invalid] pass a report as `score` writes it (JSON), unchanged; to analyse assessments, score them first
    }


input-invalid_metric = `{ $value }` is not a metric of Krippendorff's alpha that this library computes
    .help = use `ordinal` (the default) or `interval`

input-empty_cohort = the cohort has no reports

input-framework_mismatch = report { $number } uses `{ $framework }` { $version }, report 1 uses `{ $first_framework }` { $first_version }

input-series_mismatch = report { $number } is for another unit than report 1
    .help = a series follows one unit; use `cohort` to compare units

input-duplicate_period = two reports have the period { $given ->
        [no] (none)
       *[yes] `{ $period }`
    }

input-unknown_indicator = { $source ->
        [consensus] the consensus names `{ $id }`, which is not an indicator
        [form] row { $row }: `{ $id }` is not an indicator of `{ $framework }` { $version }
       *[ratings] `{ $id }` is not an indicator of `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
       *[none] {""}
    }

input-invalid_rating = { $problem ->
        [not_object] `{ $value }` is not a rating
        [missing] `{ $field }` is missing
       *[not_text] `{ $field }` must be text, not `{ $value }`
    }
    .help = a rating is {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}, the relevance from 1 to 4, or empty when left blank

input-invalid_relevance = { $source ->
        [form] row { $row }, `{ $id }`: `{ $value }` is not a relevance rating
        [value] `{ $value }` is not a relevance rating
       *[ratings] the relevance { $value } of `{ $id }` by `{ $expert }` is not between 1 and 4
    }
    .help = rate 1 (not relevant), 2 (somewhat), 3 (quite) or 4 (highly relevant), or leave it blank

input-invalid_csv = { $detail }

input-missing_column = { $source ->
        [ratings] the ratings have no column `{ $column }`
       *[form] a relevance form needs the columns `indicator` and `relevance`
    }
    .help = { $source ->
        [ratings] the columns are `expert`, `indicator` and `relevance` (1 to 4, or empty when left blank)
       *[form] start from `lhs-maturity content-validity --form`
    }

input-empty = there are no assessments to pool

input-default_targets_differ = the assessments have different default targets; the pooled assessment has none

input-invalid_uncertainty_option = { $option ->
        [draws] the number of draws must be at least 1
        [shape] the rating model must be an object of `high`, `medium`, `low` and `unstated`, each with the chances `same` and `next` ({ $detail })
       *[model] the rating model for `{ $confidence }` confidence gives the chances { $same } and { $next }: they must be between 0 and 1, and the level's chance plus twice the next level's must make 1
    }
    .help = { $option ->
        [draws] e.g. 10000 (the default)
        [shape] e.g. {"{"}"low": {"{"}"same": 0.6, "next": 0.2{"}"}{"}"}
       *[model] the default: high 0.9 and 0.05, medium 0.7 and 0.15, low 0.5 and 0.25
    }

input-invalid_bootstrap_option = { $option ->
        [resamples] the number of resamples must be at least 1
       *[level] the coverage of the intervals must be between 0 and 1, not { $value }
    }
    .help = { $option ->
        [resamples] e.g. 1000 (the default)
       *[level] e.g. 0.9 (the default) for 90% intervals
    }

input-invalid_sobol_option = { $option ->
        [n] the number of base points must be from 1 to { $max }, not { $value }
        [factors] the number of factors must be from 1 to { $max }, not { $value }
        [k] the number of factors or groups must be at least 1
        [outputs] there are { $count } outputs, which is not a positive multiple of { $runs }, the runs of one base point (k + 2 for k = { $k })
       *[value] the output of run { $index } is `{ $value }`, not a finite number
    }
    .help = { $option ->
        [n] a power of 2, e.g. 1024: the points of a Sobol' sequence are balanced at powers of 2
        [factors] the sequence has 256 dimensions, two for each factor
        [k] give the number of factors, or of groups of factors, of the design
        [outputs] give one output for each run of the design, in the order of its runs
       *[value] { $count ->
            [one] this is the only output that is not a finite number; run the model again for it
           *[other] { $count } outputs are not finite numbers; run the model again for them
        }
    }

input-invalid_robustness_option = { $option ->
        [spread] the spread of the weights must be at least 0 and below 1, not { $value }
        [node] `{ $value }` is not a domain or sub-domain of the framework
        [pair] the pair names `{ $value }`, which is not one of the units
       *[label] the unit label `{ $value }` is used more than once
    }
    .help = { $option ->
        [spread] e.g. 0.25 (the default): each weight from 75% to 125% of its value
        [node] name the nodes whose aggregation may be `mean` or `minimum` by their ids, e.g. `inst`
        [pair] name two units by their labels, e.g. ["a", "b"]
       *[label] give every unit its own label
    }

input-invalid_method = `{ $value }` is not a way of pooling answers
    .help = use `median` (the default), `mean` or `mode`

input-invalid_options = { $detail }
    .help = options: `method` (median, mean or mode), `allow_mismatch` (true or false), `consensus` (indicator id → {"{"}"level": ..., "rationale": "..."{"}"})

input-invalid_result = not a robustness result of this library: { $detail }
    .help = pass the result `robustness` returned (or `lhs-maturity robustness --format json` wrote), unchanged

input-invalid_consensus = { $problem ->
        [not_object] the consensus must be an object of indicator id → agreed answer
       *[entry] { $detail }
    }
    .help = write one JSON object, indicator id → agreed answer and why, e.g. {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "agreed on 3 May"{"}"}{"}"}

input-pool_mismatch = assessment { $number } has the { $field ->
        [unit] unit
        [period] period
        [framework] framework
       *[framework_version] framework version
    } { $given ->
        [no] (none)
       *[yes] `{ $value }`
    }, assessment 1 has { $first_given ->
        [no] (none)
       *[yes] `{ $first }`
    }
    .help = pool only the respondents of one unit, period and framework version, or allow the mismatch explicitly

input-duplicate_respondent = respondent `{ $respondent }` appears more than once; each assessment still counts


migration-no_map = there is no built-in migration of `{ $framework }` from { $from } to { $to }
    .help = the built-in migration goes from { $map_from } to { $map_to }

migration-no_version = the assessment does not say which version of the framework it answers
    .help = add `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (or the version it was answered in)

migration-already_migrated = the assessment is already for version { $version }
    .help = score it as it is

migration-invalid = not a migration map: { $detail }

migration-unknown_indicator = `{ $id }` is not an indicator of { $version }

migration-duplicate = `{ $id }` is mapped twice

migration-unmapped_indicator = `{ $id }` of { $version } is not in the map

migration-lost_indicator = `{ $id }` of { $version } is neither a source nor dropped

migration-proposed = `{ $id }` ({ $class }): level { $level } is proposed from { $sources }; a rater must confirm it before it is scored

migration-wrong_framework = { $problem ->
        [assessment] the assessment is for `{ $given }`, and the map for `{ $map_framework }`
       *[framework] the map goes to `{ $map_framework }` { $map_version }, not `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] a map moves assessments between versions of one framework
       *[framework] give the framework the map goes to
    }

migration-wrong_version = the assessment is for version { $version }, and the map moves { $from } to { $to }
    .help = give an assessment of version { $from }


language-unavailable = `{ $requested }` is not available; the text is in English
    .help = available languages: { $languages }


diagnostic-argument = { $expected ->
        [json_text] JSON text
        [csv_text] CSV text
        [text] text
        [number] a number
        [whole_number] a whole number ≥ 0
        [decimals] a whole number from 0 to 20
        [object] an object
        [document] a document: an object, JSON text or a file path
        [report] a report: a report object, its JSON text, a file path, or an assessment to score
        [assessments] a list of assessments
        [reports] a list of reports
        [ratings] a list of relevance ratings
        [numbers] a list of numbers
        [factors] a number of factors, or a list of group labels with one label for each factor
        [languages] a language tag or a list of language tags
        [message_arg] text or a whole number ≥ 0
        [dataframe] a pandas DataFrame
        [framework] a Framework (from `Framework.builtin()` or `Framework.from_json`)
        [choice] one of { $choices }
       *[json] a value JSON can hold (an object, a list, text, a number, true, false or null)
    }

argument-invalid_type = { $source ->
        [value] the value at `{ $path }` must be { diagnostic-argument }, not `{ $found }`
        [key] the keys of the object at `{ $path }` must be text, not `{ $found }`
       *[argument] `{ $name }` must be { diagnostic-argument }, not `{ $found }`
    }
    .help = { $hint ->
       *[example] for example: { $example }
        [instead] use `{ $example }` instead
        [none] {""}
    }

argument-invalid_value = { $source ->
        [depth] the value at `{ $path }` is nested more than { $value } levels deep
       *[argument] `{ $name }` must be { diagnostic-argument }, not `{ $value }`
    }
    .help = { $source ->
        [depth] check that the document does not contain itself
       *[argument] { $hint ->
           *[example] for example: { $example }
            [instead] use `{ $example }` instead
            [none] {""}
        }
    }

framework-form_name_collision = `{ $id }` gives the form field name `{ $name }`, which `{ $other }` already has
    .help = form field names are the ids with `_` for `.`, unique across the form whatever the case: rename one of the ids

input-invalid_unit = { $problem ->
        [column] the units list has no column `{ $column }`
        [empty] the units list has no unit
        [id] row { $row }: `{ $value }` is not a unit id
        [duplicate] row { $row }: the unit id `{ $value }` is listed twice
       *[kind] row { $row }: `{ $value }` is not a unit kind
    }
    .help = { $problem ->
        [column] the columns are `id`, `name`, `kind` and, optionally, `org_unit`
        [empty] list one unit a row under the header `id,name,kind`
        [id] write an id without spaces, e.g. kis-east
        [duplicate] give each unit its own id
       *[kind] use one of: { $kinds }
    }

input-invalid_period = { $problem ->
        [duplicate] the period `{ $value }` is listed twice
       *[format] `{ $value }` is not a year or a quarter
    }
    .help = { $problem ->
        [duplicate] list each period once
       *[format] write a year (2026) or a quarter (2026-Q3), so that the answers of one period can be pooled
    }

dhis2-invalid_period = { $problem ->
        [missing] report { $number } has no period, so it has no DHIS2 period
       *[format] the period `{ $value }` cannot be converted to a DHIS2 period
    }
    .help = write a year (2026), a half-year (2026-S1), a quarter (2026-Q3), a month (2026-09), an ISO week (2026-W05) or a day (2026-09-30)

dhis2-unmapped_unit = { $problem ->
        [missing] report { $number } has no unit id, so it has no DHIS2 organisation unit
       *[unknown] the unit `{ $unit }` has no DHIS2 organisation unit in the mapping
    }
    .help = { $problem ->
        [missing] give the assessment a unit with an id
       *[unknown] add `{ $unit }` to the mapping's `org_units`, or give a units list with its organisation unit in the `org_unit` column
    }

dhis2-unmapped_node = `{ $node }` has no DHIS2 data element for its { $measure } in the mapping
    .help = add it to the mapping (`overall` or `nodes`), or make the mapping again from the framework's metadata package

dhis2-duplicate_value = report { $number } is for the same organisation unit (`{ $org_unit }`, unit `{ $unit }`) and period (`{ $period }`) as report { $first }: DHIS2 would overwrite one with the other
    .help = pool the assessments of one unit and period into one report first (`lhs-maturity pool`), then export that report

dhis2-other_framework = report { $number } is of the framework `{ $framework }`, the mapping is for `{ $expected }`
    .help = export the reports of each framework with that framework's mapping

dhis2-invalid_mapping = { $problem ->
        [json] the mapping is not JSON: { $detail }
        [type] { $expected ->
            [object] an object is expected here
           *[text] a text is expected here
        }
        [unknown_field] `{ $field }` is not a field of a DHIS2 mapping
        [missing_field] the mapping has no `{ $field }`
       *[uid] `{ $value }` is not a DHIS2 UID
    }
    .help = { $problem ->
        [uid] a DHIS2 UID has 11 letters and digits, a letter first (e.g. fXy12AbCdE3)
       *[other] make the mapping with `lhs-maturity export dhis2-mapping`, then edit its UIDs
    }

dhis2-invalid_metadata = { $problem ->
        [json] the metadata package is not JSON: { $detail }
        [object] the metadata package has no list `dataElements`
        [data_element] no data element of the metadata package has the code `{ $code }` (the { $measure } of `{ $node }`)
       *[uid] `{ $value }` is not a DHIS2 UID
    }
    .help = { $problem ->
        [data_element] give the metadata package made by `lhs-maturity export dhis2-metadata` with the same code prefix, or give the data elements these codes in DHIS2
        [uid] a DHIS2 UID has 11 letters and digits, a letter first (e.g. fXy12AbCdE3)
       *[other] give the metadata package made by `lhs-maturity export dhis2-metadata`, or exported from DHIS2 with its data elements
    }

dhis2-invalid_option = { $option ->
        [period_type] `{ $value }` is not a DHIS2 period type
        [code_prefix] `{ $value }` cannot start DHIS2 codes
       *[org_unit] the organisation unit `{ $value }` is not a DHIS2 UID
    }
    .help = { $option ->
        [period_type] use Yearly, SixMonthly, Quarterly, Monthly, Weekly or Daily, or another period type of DHIS2
        [code_prefix] use 1 to 20 letters, digits or `_`, e.g. LHS_2021
       *[org_unit] a DHIS2 UID has 11 letters and digits, a letter first (e.g. fXy12AbCdE3)
    }

dhis2-invalid_csv = row { $row }: the column `{ $column }` is empty
    .help = every DHIS2 data value has a data element, a period, an organisation unit and a value

submissions-unknown_layout = `{ $file }` is not an export of submissions that this library reads
    .help = export the submissions from ODK Central (CSV, ZIP or OData) or KoboToolbox (CSV, XLS or the API's JSON), or give ODK Collect's instance files

submissions-unreadable = the { $what ->
        [zip] ZIP archive
        [xml] XML instance
        [json] JSON export
       *[csv] CSV export
    } cannot be read: { $detail }
    .help = download the export again: a file cut short or changed by hand cannot be read

submissions-unsupported = this version of the library cannot read { $what ->
        [zip] ZIP archives
       *[xlsx] Excel workbooks
    }
    .help = unzip the archive and give its CSV file, or use the command line or the Python package

submissions-labels = the export has the form's labels instead of its names and values
    .help = export again and choose "XML values and headers" (KoboToolbox), or use ODK Central's CSV export, which always has names

submissions-invalid_value = `{ $field }` ({ $indicator }): `{ $value }` is not one of the form's choices
    .help = a rating is 0 to 4, na or unknown; a confidence is low, medium or high

submissions-unknown_field = `{ $field }` is not a field of the framework's form and is left out
    .help = questions added to the form are not scored; check that the form was made with `lhs-maturity export xlsform`



fhir-unavailable_language = `{ $lang }` is not a language of the framework
    .help = use one of: { $languages }

fhir-not_a_response = the document is a `{ $found }`, not a FHIR QuestionnaireResponse
    .help = give the QuestionnaireResponse saved by the form (LHC-Forms: getFormFHIRData), not the Questionnaire

fhir-unknown_questionnaire = the response answers `{ $given }`, not a Questionnaire of this library
    .help = the Questionnaire's URL starts with `{ $url }`; export it with `lhs-maturity export fhir-questionnaire`

fhir-unknown_item = `{ $link_id }` is not an item of the framework's Questionnaire
    .help = questions added to the Questionnaire are not read; check that the form was made with `lhs-maturity export fhir-questionnaire`

fhir-invalid_item = an item without a `linkId`, or a list of items that is not a list
    .help = every item of a QuestionnaireResponse has the `linkId` of its Questionnaire item

fhir-invalid_field = `{ $field }` is `{ $value }`, which is not { $expected ->
        [date_time] a FHIR date and time
       *[id] a FHIR id
    }
    .help = { $expected ->
        [date_time] write it as 2026-10-02, or 2026-10-02T09:30:00Z with a time and its time zone, or leave it out
       *[id] use 1 to 64 letters, digits, `-` and `.`, or leave it out
    }

fhir-invalid_answer = `{ $link_id }`: `{ $value }` is not one of the item's answers
    .help = a rating is coded 0 to 4, na or unknown; a confidence low, medium or high; a text item holds a valueString; each item has one answer
