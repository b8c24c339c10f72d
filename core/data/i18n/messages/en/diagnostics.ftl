# lhs-maturity messages in English: diagnostics.
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
        [boolean] true/false
        [decimal] a decimal number
        [number] a number
        [text] text
        [list] a list
       *[object] an object
    }

# What a value of an assessment or an option should be.
# $expected: text, number, boolean, object, list, assessment, framework_ref, unit, respondent, answer, answers or
#   elements; anything else is shown as it is
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

## Contexts: a message about one column, row or document of several

# $column: the name of a CSV column, as in the header
# $message: the message about the column's cell
context-column = column `{ $column }`: { $message }

# $id: what the row's `id` column holds (an indicator id or a metadata name such as
#   `default_target`)
# $message: the message about the row
context-id = `{ $id }`: { $message }

# $number: the number of the assessment in the list given, from 1
# $message: the message about that assessment
context-assessment = assessment { $number }: { $message }

# $number: the number of the report in the list given, from 1
# $message: the message about that report
context-report = report { $number }: { $message }

# $number: the number of the relevance rating in the list given, from 1
# $message: the message about that rating
context-rating = rating { $number }: { $message }

# $name: the name of the argument of the call (`before`, `after`)
# $message: the message about the document given there
context-argument = `{ $name }`: { $message }

## Reading a file or a JSON text (assessments, reports, options, frameworks)

# $source: `file` when a file was read, else a text
# $size: the size of the document, in bytes (a count)
# $limit: the largest size read, in bytes (a count)
assessment-too_large = { $source ->
        [unzipped] the archive unpacks to { $size } bytes, more than the limit of { $limit } bytes
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

# As assessment-too_large, for a report.
report-too_large = { $source ->
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

# As assessment-too_large, for options (pooling options, a consensus).
input-too_large = { $source ->
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

# As assessment-too_large, for a framework.
framework-too_large = { $source ->
        [file] `{ $file }` is { $size } bytes, more than the limit of { $limit } bytes
       *[text] the document is { $size } bytes, more than the limit of { $limit } bytes
    }
    .help = check that this is the right file; a self-assessment is usually well under 1 MB

# $key: the key given twice in one JSON object
# $source: `csv` for a CSV file with one row per indicator, where $key is the row's id and
#   $line the line of its first row
assessment-duplicate_key = { $source ->
        [csv] `{ $key }` is also on line { $line }
       *[json] the key `{ $key }` appears twice in the same object
    }
    .help = { $source ->
        [csv] keep one row per indicator
       *[json] keep one entry per key; a second entry would silently replace the first
    }

# $key: the key given twice in one JSON object
report-duplicate_key = the key `{ $key }` appears twice in the same object
    .help = keep one entry per key; a second entry would silently replace the first

# $key: the key given twice in one JSON object
input-duplicate_key = the key `{ $key }` appears twice in the same object
    .help = keep one entry per key; a second entry would silently replace the first

# $key: the key given twice in one JSON object
framework-duplicate_key = the key `{ $key }` appears twice in the same object
    .help = keep one entry per key; a second entry would silently replace the first

# $problem: `eof` when the text ends too early, else another mistake, which $detail names
# $detail: what the JSON reader says, in English (e.g. "expected `,` or `}`")
assessment-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

# As assessment-invalid_json, for a report.
report-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

# As assessment-invalid_json, for options (pooling options, a consensus).
input-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

# As assessment-invalid_json, for a framework.
framework-invalid_json = { $problem ->
        [eof] the JSON text ends too early (an unclosed `{"{"}`, `[` or string?)
        [path] the text is not JSON: it looks like the name of a file (`{ $detail }`)
       *[syntax] the text is not valid JSON: { $detail }
    }
    .help = { $problem ->
        [path] to read a file, pass a path, not text: `pathlib.Path("{ $detail }")` in Python; in JavaScript, read the file first
       *[other] look at line { $line }, column { $column }; a JSON validator or editor will point at the same place
    }

# $reason: why: `missing` (no such file), `denied`, `directory`, else $detail
# $detail: what the operating system says
assessment-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

# As assessment-unreadable, for a report.
report-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

# As assessment-unreadable, for a framework.
framework-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

# As assessment-unreadable, for options (pooling options, a consensus, a map).
input-unreadable = cannot read `{ $file }`: { $reason ->
        [missing] the file does not exist
        [denied] permission denied
        [directory] it is a directory, not a file
       *[other] { $detail }
    }

# $source: `bytes` (bytes given to a function), else `file`; $file: the file's name, with `file`
# $position: where the first byte that is not UTF-8 is, in bytes from the start (from 0)
assessment-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

# As assessment-invalid_encoding, for a report.
report-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

# As assessment-invalid_encoding, for a framework.
framework-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

# As assessment-invalid_encoding, for options (pooling options, a consensus, a map).
input-invalid_encoding = { $source ->
        [bytes] the bytes are not UTF-8 text (invalid byte at position { $position })
       *[file] `{ $file }` is not UTF-8 text (invalid byte at position { $position })
    }
    .help = { $source ->
        [bytes] decode the bytes yourself and pass text, or save the source as UTF-8
       *[file] save the file as UTF-8 (most editors and spreadsheet programs offer it under "Save as")
    }

# $file: the file's name; $count: how many assessments it holds (2 or more)
assessment-many_in_file = `{ $file }` holds { $count } assessments, not one
    .help = score them all at once: `score_many` in Python and JavaScript, `lhs-maturity batch` on the command line

# $file: the file's name
assessment-no_rows = `{ $file }` has a header but no assessment
    .help = add one row per assessment under the header

## The structure of an assessment (JSON)

# $expected: what the value should be (see diagnostic-expected)
# $found: the kind of value found (see diagnostic-found)
assessment-invalid_type = expected { diagnostic-expected }, found { diagnostic-found }
    .help = { $expected ->
        [answers] write answers as {"{"}"inst.info.routine_data": 2, ...{"}"}, keyed by indicator id
       *[other] {""}
    }

# $field: the name of the missing field
assessment-missing_field = the required field `{ $field }` is missing
    .help = { $field ->
        [answers] add `"answers": {"{"}{"}"}` with one entry per indicator, e.g. {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

# $field: the field, as written
# $hint: `suggestion` when a field of the format is close to it, else `none`
assessment-unknown_field = the field `{ $field }` is not part of the assessment format; it is kept as is
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
       *[none] {""}
    }

# $language: the assessment's `language`, as written
assessment-invalid_language = `{ $language }` is not a language code; it is kept as written
    .help = write the language the answers were given in as a BCP 47 tag, e.g. `fr`, `pt-PT`, `ar`

# $problem: what is wrong with the level:
#   `negative`; `fraction` (not a whole number); `too_large` (far above any scale);
#   `quoted` (a number written as text, $number without the quotes); `text` (other text);
#   `word` (`N/A`, `Unknown`... for $answer, `na` or `unknown`); `type` (another kind of value,
#   $found, see diagnostic-found); `not_an_answer` (a spreadsheet cell that is not an answer)
# $value: the level as written
# $source: `csv` for a cell of a CSV file, else JSON
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

# As assessment-invalid_level, for a target; $problem can also be `not_a_target` (`na`,
# `unknown` or other text given as a target in a CSV file).
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

# As assessment-invalid_level, for an agreed level of a consensus meeting (JSON only).
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

# $value: the confidence as written
# $source: `csv` for a cell of a CSV file, else JSON
assessment-invalid_confidence = `{ $value }` is not a confidence
    .help = { $source ->
        [csv] use `low`, `medium` or `high`, or leave the cell empty
       *[json] use `low`, `medium` or `high`
    }

# $element: the element id, as written
# $found: the kind of value found (see diagnostic-found)
assessment-invalid_element = the element `{ $element }` is { diagnostic-found }, not true, false or "unknown"
    .help = write true when the element is met, false when it is not, "unknown" when nobody could check

## CSV files of assessments

# $detail: what the CSV reader says, in English
csv-invalid_csv = the text cannot be read as CSV: { $detail }

csv-empty = the CSV file has no header and no rows
    .help = start from a template: a header row of column names, then one row per assessment

# $column: the number of the column, from 1
# $name: the column's name in the header
# $hint: `suggestion` when a known column is close to it; else the layout of the file, `long`
#   (one row per indicator) or `wide` (one row per assessment)
# $columns: the columns of that layout, separated by commas
# $help_columns: with `long`, the columns of reading help, separated by commas
csv-unknown_column = column { $column }: `{ $name }` is not a known column
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
        [long] the columns of a one-row-per-indicator file are { $columns }, and for reading help { $help_columns }, level_0, level_1…
       *[wide] a column is an indicator id of framework `{ $framework }` { $version }, a label of the unit such as `unit_region`, or one of { $columns }
    }

# $column: the number of the column, from 1
# $name: the column's name
# $first: the number of the first column with that name
csv-duplicate_column = column { $column }: `{ $name }` is also column { $first }
    .help = keep one column per name: merge or delete the other

# $name: the missing column
csv-missing_column = the column `{ $name }` is missing
    .help = a one-row-per-indicator file needs the columns `id` and `answer`

csv-missing_id = the row has values but no `id`
    .help = write the indicator id (or a metadata name such as `unit_name`) in the `id` column, or delete the row

# $fields: how many fields the row has (a count)
# $columns: how many columns the header names (a count)
csv-extra_field = the row has { $fields ->
        [one] { $fields } field
       *[other] { $fields } fields
    } but the header names { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    }
    .help = add a header for the extra column or delete its values

# $column: the number of the column, from 1
# $value: what the cell holds
csv-unnamed_column = column { $column } has the value `{ $value }` but no header name
    .help = name the column in the header row, or delete the value

# $line, $column: where the first byte that is not UTF-8 is
csv-invalid_encoding = the file is not UTF-8 text (invalid byte at line { $line }, position { $column })
    .help = save it as "CSV UTF-8" (spreadsheet programs offer it under "Save as")

## Workbooks (.xlsx)

# $reason: what the workbook reader says (in English)
workbook-unreadable = the file cannot be opened as a workbook: { $reason }
    .help = open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)

# $sheets: the names of the workbook's sheets, separated by commas
workbook-not_a_template = the workbook is not an Excel template of a framework: none of its sheets ({ $sheets }) has the hidden row of column names `id` and `answer`
    .help = write a template with `lhs-maturity template --format xlsx` and fill it in, keeping its hidden column A and row 1

## An assessment checked against its framework

# $given: the framework id the assessment names
# $framework: the id of the framework it is scored with
assessment-framework_mismatch = the assessment was made for the framework `{ $given }`, not `{ $framework }`
    .help = score it with the framework it was made for, or correct `framework.id`

# $given: the framework version the assessment names
assessment-version_mismatch = the assessment was made for version { $given } of `{ $framework }`, not version { $version }
    .help = score it with the framework version it was made for, or move it to this version with `migrate`; to compare across versions use `compare`

# $version: the version the assessment names
# $versions: the built-in versions, separated by commas
assessment-unknown_framework_version = `{ $framework }` has no built-in version `{ $version }`
    .help = the built-in versions are { $versions }

# As assessment-unknown_framework_version, for a version asked for (a command-line option).
framework-unknown_version = `{ $framework }` has no built-in version `{ $version }`
    .help = the built-in versions are { $versions }

# $framework, $version: the framework it is scored with (its latest version)
assessment-no_framework_version = the assessment does not say which version of `{ $framework }` it was made for; it is scored with the latest, { $version }
    .help = add `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (or the version the answers were given for)

# $kinds: the unit kinds, separated by commas
assessment-no_unit_kind = the unit's kind is not given, so every indicator is treated as applicable
    .help = set `unit.kind` to one of: { $kinds }

# $kind: the unit's kind, as written
# $hint: `suggestion` when a unit kind is close to it, else `list`
# $kinds: the unit kinds, separated by commas
assessment-unknown_unit_kind = `{ $kind }` is not a unit kind, so every indicator is treated as applicable
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`? Unit kinds: { $kinds }
       *[list] unit kinds: { $kinds }
    }

# $what: `domain` when $id is the id of a domain or sub-domain, else unknown
# $hint: `suggestion` when an indicator id is close; else `domain` (a domain was rated), `csv`
#   (the `id` column of a CSV file) or `list`
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

# $kind: the unit's kind
# $kinds: the kinds of unit the indicator applies to, separated by commas
assessment-does_not_apply = `{ $id }` does not apply to a unit of kind `{ $kind }` (it applies to: { $kinds }); the answer is kept but not scored
    .help = remove the answer, or check the unit's kind

# $element: the element id, as written
# $count: how many elements the indicator has (a count)
# $elements: its elements, separated by commas
assessment-unknown_element = `{ $element }` is not an element of `{ $id }`
    .help = { $count ->
        [0] this indicator has no elements; give its level instead
       *[other] its elements are { $elements }
    }

# $given: the rating given: `level` ($given_level), `na` or `unknown`
# $derived: the rating the elements give: `level` ($derived_level), `na` or `unknown`
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

# $level: the level the elements give
# $next: the level above it
# $elements: the elements of level $next not checked, separated by commas
# $count: how many they are (a count; in English the sentence does not change)
assessment-elements_not_checked = `{ $id }` is at level { $level } from its elements; { $count ->
        [one] { $elements } of level { $next } not checked
       *[other] { $elements } of level { $next } not checked
    }, so the level may be higher
    .help = check these elements (true or false) to settle the level

# $level: the level given
# $source: `csv` for a cell of a CSV file, else JSON
assessment-level_out_of_range = the level { $level } is above the top level of the scale ({ $max })
    .help = { $source ->
        [csv] use a level between 0 and { $max }, `na`, `unknown`, or leave the cell empty
       *[json] use a level between 0 and { $max }, "na" or "unknown"
    }

# $target: the target given
# $whose: `default` for the assessment's default target, else an answer's own target
assessment-target_out_of_range = { $whose ->
        [default] the default target { $target } is above the top level of the scale ({ $max })
       *[answer] the target { $target } is above the top level of the scale ({ $max })
    }
    .help = use a level between 0 and { $max }

assessment-top_level_without_evidence = `{ $id }` is rated at the top level ({ $max }) without evidence
    .help = the top level is a strong claim; add an `evidence` note saying what shows it

# $level: the level given
# $target: the target below it
# $whose: `answer` when the answer has its own target, `default` for the default target
assessment-target_below_level = `{ $id }` is rated { $level }, above { $whose ->
        [default] the default target
       *[answer] its target
    } { $target }
    .help = raise the target, or check the rating

assessment-na_without_justification = `{ $id }` is marked not applicable without a justification
    .help = add a `justification` saying why it does not apply to this unit

assessment-na_applicable = `{ $id }` applies to this kind of unit but is marked `na`; it is left out of the scores
    .help = what applies but does not exist is rated 0 (absent); `na` comes from the framework's applicability only

# $id: the domain's id
# $name: the domain's name (in English)
# $rated: how many of its indicators are rated (a count)
# $applicable: how many apply to the unit (a count)
# $percent: $rated out of $applicable, in whole percent
# $threshold: the share under which this warning is given, in whole percent
assessment-low_coverage = domain `{ $id }` ({ $name }): { $rated } of { $applicable ->
        [one] { $applicable } applicable indicator
       *[other] { $applicable } applicable indicators
    } rated ({ $percent }%), under { $threshold }%
    .help = scores of a domain with few ratings rest on little evidence; rate more indicators, or mark what cannot be known `unknown`

## Options, matrices of cells and reports

# $target: the default target asked for
input-target_out_of_range = the target { $target } is above the top level of the scale ({ $max })
    .help = use a level between 0 and { $max }

# $option: `unknown` (the rule for unknown answers), `unit_kind`, or `number` when the option
#   $name (as the caller's language spells it, e.g. `minGroup` or `min_group`) must be a whole
#   number and is not
# $value: the value given (with `number`, as JSON writes it: 2.5, -1)
# $kinds: with `unit_kind`, the unit kinds, separated by commas
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

# The options object of a call from Python or JavaScript (`{ defaultTarget: 3 }`,
# `default_target=3`); option names are written as the caller's language spells them.
# $option: the option given, which the function does not have
# $hint: `twin` when $option is the other spelling (snake_case or camelCase) of the option
#   $known; else $options lists the options of the function, each in backticks, separated by
#   commas: `single` when it has only one, `list` when it has several
input-unknown_option = unknown option `{ $option }`
    .help = { $hint ->
        [twin] write `{ $known }`
        [single] the only option is { $options }
       *[list] the options are: { $options }
    }

# $source: `options` when the options are not an object (then $example is an example of
#   options); else `option`: the option $option is not of the type $expected (`text`,
#   `boolean`, `number` or `object`; see diagnostic-expected)
# $found: what was given instead: `text`, `number`, `boolean`, `list` or `object` (see
#   diagnostic-found)
input-invalid_type = { $source ->
        [options] the options must be an object, not { diagnostic-found }
       *[option] `{ $option }` must be { diagnostic-expected }, not { diagnostic-found }
    }
    .help = { $source ->
        [options] pass e.g. { $example }
       *[option] {""}
    }

# $value: the default target given, as JSON writes it (text in double quotes: "3")
input-invalid_target = the default target must be a whole number ≥ 0, not `{ $value }`
    .help = use a level of the scale, e.g. 3

# $shape: `rows` when the ratings given to a statistic (Krippendorff's alpha, ICC, Cronbach's
#   alpha) are not a list of rows, `row` when their row $row (from 1) is not a list; $value is
#   what was given instead, as the caller's language (Python, JavaScript) writes it. Else
#   (`cells`, the default) the matrix of cells of the columnar scoring path:
#   $cells: how many cells the matrix has (a count)
#   $columns: how many indicators the framework has, one column each (a count)
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

# $row, $column: the row and the column of the cell in the ratings, from 1
# $problem: `infinite` for an infinite number, else `not_number` (text, a boolean, a list...)
# $value: the value given, as the caller's language (Python, JavaScript) writes it; text is
#   shown in double quotes
input-invalid_value = { $problem ->
        [infinite] row { $row }, column { $column }: `{ $value }` is not a finite number
       *[not_number] row { $row }, column { $column }: `{ $value }` is not a number
    }
    .help = ratings are numbers; for a missing rating, leave an empty value (None in Python, null in JavaScript) or NaN

# $source: `consensus` for a level agreed in a consensus meeting, else a cell of a matrix, at
#   row $row (from 0) and indicator $id
# $level: the level given
input-level_out_of_range = { $source ->
        [consensus] the agreed level { $level } is above the top level of the scale ({ $max })
       *[matrix] row { $row }, `{ $id }`: the level { $level } is above the top level of the scale ({ $max })
    }

# $row: the row of the matrix, from 0
# $code: the cell's code
input-invalid_cell = row { $row }, `{ $id }`: { $code } is not a cell code

# $count: how many more invalid cells there are (a count)
input-too_many_errors = { $count ->
        [one] { $count } more invalid cell is not listed
       *[other] { $count } more invalid cells are not listed
    }

# $problem: `neither` when the document is neither a report nor an assessment; else it is
#   not a report, for the reason $detail (what the JSON reader says, in English)
report-invalid = { $problem ->
        [neither] this is neither a report (it has no `overall`) nor an assessment (it has no `answers`)
       *[invalid] this is not a report of lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] give a report as `score` writes it (JSON), or an assessment with its `answers`
       *[invalid] pass a report as `score` writes it (JSON), unchanged; to analyse assessments, score them first
    }

## Analyses: pooling, agreement, series, cohorts, content validity

# $value: the metric asked for
input-invalid_metric = `{ $value }` is not a metric of Krippendorff's alpha that this library computes
    .help = use `ordinal` (the default) or `interval`

input-empty_cohort = the cohort has no reports

# $number: the number of the report in the list, from 2
# $framework, $version: the framework of that report
# $first_framework, $first_version: the framework of the first report
input-framework_mismatch = report { $number } uses `{ $framework }` { $version }, report 1 uses `{ $first_framework }` { $first_version }

# $number: the number of the report in the list, from 2
input-series_mismatch = report { $number } is for another unit than report 1
    .help = a series follows one unit; use `cohort` to compare units

# $given: `no` when the reports have no period, else $period is their period
input-duplicate_period = two reports have the period { $given ->
        [no] (none)
       *[yes] `{ $period }`
    }

# $source: `consensus` (an indicator of a consensus), `form` (row $row, from 1, of a relevance
#   form) or a list of relevance ratings
# $hint: `suggestion` when an indicator id is close to it, else `none`
input-unknown_indicator = { $source ->
        [consensus] the consensus names `{ $id }`, which is not an indicator
        [form] row { $row }: `{ $id }` is not an indicator of `{ $framework }` { $version }
       *[ratings] `{ $id }` is not an indicator of `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] did you mean `{ $suggestion }`?
       *[none] {""}
    }

# A relevance rating of a list given to the content-validity analysis (after "rating <n>: ").
# $problem: `not_object` when the rating is not a dict or an object ($value: what it is, as the
#   caller's language writes it); `missing` when its field $field (`expert` or `indicator`) is
#   missing or empty; else `not_text`: that field is $value, which is not text
input-invalid_rating = { $problem ->
        [not_object] `{ $value }` is not a rating
        [missing] `{ $field }` is missing
       *[not_text] `{ $field }` must be text, not `{ $value }`
    }
    .help = a rating is {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}, the relevance from 1 to 4, or empty when left blank

# $source: `form` (row $row, from 1, of a relevance form) or a list of relevance ratings, by
#   the expert $expert
# $value: the relevance given (with `value`, a relevance of a list of ratings that is no
#   whole number, as the caller's language writes it)
input-invalid_relevance = { $source ->
        [form] row { $row }, `{ $id }`: `{ $value }` is not a relevance rating
        [value] `{ $value }` is not a relevance rating
       *[ratings] the relevance { $value } of `{ $id }` by `{ $expert }` is not between 1 and 4
    }
    .help = rate 1 (not relevant), 2 (somewhat), 3 (quite) or 4 (highly relevant), or leave it blank

# $detail: what the CSV reader says, in English
input-invalid_csv = { $detail }

# $source: `ratings` when a table of relevance ratings (a DataFrame) lacks the column $column;
#   else (`form`) a relevance form lacks one of its two columns
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

# The options of an uncertainty analysis. $option: `model` when a confidence's spread of the
#   rating model ($confidence: high, medium, low or unstated) gives chances $same (the level
#   given) and $next (each next level) that are not between 0 and 1 or do not add up to 1
#   (same + 2 × next); `draws` when the number of draws is 0
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

# The options of a bootstrap (of a pooled assessment, or of a sample's cohort group means).
# $option: `resamples` when the number of resamples is 0; `level` when the coverage $value of
#   the intervals is not strictly between 0 and 1
input-invalid_bootstrap_option = { $option ->
        [resamples] the number of resamples must be at least 1
       *[level] the coverage of the intervals must be between 0 and 1, not { $value }
    }
    .help = { $option ->
        [resamples] e.g. 1000 (the default)
       *[level] e.g. 0.9 (the default) for 90% intervals
    }

# The arguments of a Sobol' sensitivity analysis (a design and the outputs of its runs).
# $option: `n` when the number of base points $value is not from 1 to $max; `factors` when the
#   number of factors $value is not from 1 to $max; `k` when the number of factors or groups
#   given with the outputs is 0; `outputs` when the number of outputs $count is not a positive
#   multiple of $runs, the runs of one base point (k + 2, for $k factors or groups); else
#   `value`: the output of run $index (from 0) is $value, not a finite number, and $count
#   outputs in all are not finite
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

# The options of the robustness of many units' results. $option: `spread` when the weights'
#   spread $value is not from 0 (included) to 1 (excluded); `node` when the aggregation node $value
#   is not a node of the framework; `pair` when the pair names the unit $value, which is not one of
#   the units; else `label`: the unit label $value is used twice
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

# $value: the way of pooling asked for
input-invalid_method = `{ $value }` is not a way of pooling answers
    .help = use `median` (the default), `mean` or `mode`

# $detail: what the JSON reader says is wrong with the options, in English
input-invalid_options = { $detail }
    .help = options: `method` (median, mean or mode), `allow_mismatch` (true or false), `consensus` (indicator id → {"{"}"level": ..., "rationale": "..."{"}"})

# $detail: what the JSON reader says is wrong with the result, in English
input-invalid_result = not a robustness result of this library: { $detail }
    .help = pass the result `robustness` returned (or `lhs-maturity robustness --format json` wrote), unchanged

# $problem: `not_object` when the consensus is not a JSON object; else an entry of it, for the
#   reason $detail (what the JSON reader says, in English)
input-invalid_consensus = { $problem ->
        [not_object] the consensus must be an object of indicator id → agreed answer
       *[entry] { $detail }
    }
    .help = write one JSON object, indicator id → agreed answer and why, e.g. {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "agreed on 3 May"{"}"}{"}"}

# $number: the number of the assessment in the list, from 2
# $field: what differs: `unit`, `period`, `framework` or `framework_version`
# $given: `no` when the assessment has none, else $value is its value
# $first_given: `no` when the first assessment has none, else $first is its value
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

# $respondent: the respondent's id or name
input-duplicate_respondent = respondent `{ $respondent }` appears more than once; each assessment still counts

## Moving an assessment to another version of its framework

# $from, $to: the versions asked for
# $map_from, $map_to: the versions of the built-in migration
migration-no_map = there is no built-in migration of `{ $framework }` from { $from } to { $to }
    .help = the built-in migration goes from { $map_from } to { $map_to }

migration-no_version = the assessment does not say which version of the framework it answers
    .help = add `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (or the version it was answered in)

# $version: the version the assessment is for
migration-already_migrated = the assessment is already for version { $version }
    .help = score it as it is

# $detail: what the JSON reader says, in English
migration-invalid = not a migration map: { $detail }

# $version: the version of the framework $id was looked for in
migration-unknown_indicator = `{ $id }` is not an indicator of { $version }

migration-duplicate = `{ $id }` is mapped twice

# $version: the newer version, which has $id
migration-unmapped_indicator = `{ $id }` of { $version } is not in the map

# $version: the older version, which has $id
migration-lost_indicator = `{ $id }` of { $version } is neither a source nor dropped

# $class: how the indicator changed (equivalent, merged_duplicate, merged_conjunctive,
#   revised, new)
# $level: the level proposed
# $sources: the indicators of the older version it comes from, separated by commas
migration-proposed = `{ $id }` ({ $class }): level { $level } is proposed from { $sources }; a rater must confirm it before it is scored

# $problem: `assessment` when the assessment is for another framework ($given), else the
#   framework given ($framework $version) is not the one the map goes to
# $map_framework, $map_version: the framework and version the map goes to
migration-wrong_framework = { $problem ->
        [assessment] the assessment is for `{ $given }`, and the map for `{ $map_framework }`
       *[framework] the map goes to `{ $map_framework }` { $map_version }, not `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] a map moves assessments between versions of one framework
       *[framework] give the framework the map goes to
    }

# $version: the version the assessment is for
# $from, $to: the versions the map moves between
migration-wrong_version = the assessment is for version { $version }, and the map moves { $from } to { $to }
    .help = give an assessment of version { $from }

## Languages

# $requested: the language asked for, as written
# $languages: the languages available, separated by commas
language-unavailable = `{ $requested }` is not available; the text is in English
    .help = available languages: { $languages }

## Arguments of a call from Python or JavaScript

# What an argument should be, referred to by argument-invalid_type and argument-invalid_value.
# $expected: json_text, csv_text, text, number, whole_number, decimals (the decimals of a
#   number), object, document (an assessment or another document), report, assessments (a
#   list of them), reports, ratings (relevance ratings), numbers (a list of numbers),
#   factors (a number of factors or a list of group labels), languages (language tags),
#   message_arg (an argument of a message), choice (one of $choices, each in backticks,
#   separated by commas), json (a value inside a document, the default)
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
        [value] the value at `{ $path }` must be { diagnostic-argument }, not `{ $found }`
        [key] the keys of the object at `{ $path }` must be text, not `{ $found }`
       *[argument] `{ $name }` must be { diagnostic-argument }, not `{ $found }`
    }
    .help = { $hint ->
       *[example] for example: { $example }
        [instead] use `{ $example }` instead
        [none] {""}
    }

# An argument of the right type with a value the function does not take.
# $name, $expected, $hint, $example: as for argument-invalid_type
# $value: the value given, as the caller's language writes it
# $source: `depth` when the document given from Python is nested deeper than JSON allows
#   ($value levels, at $path: does it contain itself?); else the argument
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

# The XLSForm of a framework (`lhs-maturity export xlsform`): two ids give the same field name
# (XLSForm names are compared whatever their case), or an id gives a name the form keeps for
# itself. $id: the id (indicator or node) that gives the name the second time; $name: the field
# name; $other: the id that gave it first, or the form's own field (`unit_kind`, `meta`...)
framework-form_name_collision = `{ $id }` gives the form field name `{ $name }`, which `{ $other }` already has
    .help = form field names are the ids with `_` for `.`, unique across the form whatever the case: rename one of the ids

# A units list for a form (`--units units.csv`, `units=`). $problem: `column` when the header
# lacks the column $column (`id`, `name` or `kind`); `empty` when the list has no unit; else a
# cell of row $row (from 1): `id` an empty id or one with spaces ($value), `duplicate` an id
# already listed ($value), `kind` a kind that is not a unit kind ($value; $kinds lists the
# kinds, separated by commas)
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

# A list of periods for a form (`--period`, `periods=`). $value: a period of the list;
# $problem: `format` when it is not a year (2026) or a quarter (2026-Q3), `duplicate` when it is
# listed twice
input-invalid_period = { $problem ->
        [duplicate] the period `{ $value }` is listed twice
       *[format] `{ $value }` is not a year or a quarter
    }
    .help = { $problem ->
        [duplicate] list each period once
       *[format] write a year (2026) or a quarter (2026-Q3), so that the answers of one period can be pooled
    }

# DHIS2 (`lhs-maturity export dhis2`): a report's period with no DHIS2 period id. $problem:
# `missing` when report $number (from 1) has no period; `format` when the period $value cannot
# be converted
dhis2-invalid_period = { $problem ->
        [missing] report { $number } has no period, so it has no DHIS2 period
       *[format] the period `{ $value }` cannot be converted to a DHIS2 period
    }
    .help = write a year (2026), a half-year (2026-S1), a quarter (2026-Q3), a month (2026-09), an ISO week (2026-W05) or a day (2026-09-30)

# DHIS2: a report's unit without an organisation unit. $problem: `missing` when report $number
# (from 1) has no unit id; `unknown` when the mapping has no organisation unit for the unit $unit
dhis2-unmapped_unit = { $problem ->
        [missing] report { $number } has no unit id, so it has no DHIS2 organisation unit
       *[unknown] the unit `{ $unit }` has no DHIS2 organisation unit in the mapping
    }
    .help = { $problem ->
        [missing] give the assessment a unit with an id
       *[unknown] add `{ $unit }` to the mapping's `org_units`, or give a units list with its organisation unit in the `org_unit` column
    }

# DHIS2: the mapping has no data element for a measure of a node. $node: the node id (`overall`
# for the overall score); $measure: `score`, `level` or `coverage`
dhis2-unmapped_node = `{ $node }` has no DHIS2 data element for its { $measure } in the mapping
    .help = add it to the mapping (`overall` or `nodes`), or make the mapping again from the framework's metadata package

# DHIS2: two reports for one organisation unit and period. $number: the second report (from 1);
# $first: the first; $unit: the unit id; $org_unit: the organisation unit; $period: the DHIS2
# period id
dhis2-duplicate_value = report { $number } is for the same organisation unit (`{ $org_unit }`, unit `{ $unit }`) and period (`{ $period }`) as report { $first }: DHIS2 would overwrite one with the other
    .help = pool the assessments of one unit and period into one report first (`lhs-maturity pool`), then export that report

# DHIS2: report $number (from 1) is of the framework $framework, the mapping of $expected
dhis2-other_framework = report { $number } is of the framework `{ $framework }`, the mapping is for `{ $expected }`
    .help = export the reports of each framework with that framework's mapping

# A DHIS2 mapping file. $problem: `json` (not JSON; $detail says why), `type` (not an object or
# not a text: $expected is `object` or `text`), `unknown_field` or `missing_field` ($field),
# `uid` ($value is not a DHIS2 UID)
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

# A DHIS2 metadata package read for its mapping. $problem: `json` (not JSON; $detail says why),
# `object` (no list `dataElements`),
# `data_element` (no data element has the code $code: the $measure of the node $node), `uid`
# ($value is not a DHIS2 UID)
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

# An option of the DHIS2 metadata package. $option: `period_type`, `code_prefix` or `org_unit`
# (a unit's organisation unit); $value: the value given
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

# A DHIS2 CSV of data values read back: row $row (from 1) has no value in the column $column
dhis2-invalid_csv = row { $row }: the column `{ $column }` is empty
    .help = every DHIS2 data value has a data element, a period, an organisation unit and a value

# Submissions of the framework's form read back (ODK Central, KoboToolbox, ODK Collect).
# $file: the file's name
submissions-unknown_layout = `{ $file }` is not an export of submissions that this library reads
    .help = export the submissions from ODK Central (CSV, ZIP or OData) or KoboToolbox (CSV, XLS or the API's JSON), or give ODK Collect's instance files

# $what: `csv`, `zip`, `xml` or `json`; $detail: what the reader said (in English)
submissions-unreadable = the { $what ->
        [zip] ZIP archive
        [xml] XML instance
        [json] JSON export
       *[csv] CSV export
    } cannot be read: { $detail }
    .help = download the export again: a file cut short or changed by hand cannot be read

# $what: `zip` or `xlsx`
submissions-unsupported = this version of the library cannot read { $what ->
        [zip] ZIP archives
       *[xlsx] Excel workbooks
    }
    .help = unzip the archive and give its CSV file, or use the command line or the Python package

submissions-labels = the export has the form's labels instead of its names and values
    .help = export again and choose "XML values and headers" (KoboToolbox), or use ODK Central's CSV export, which always has names

# $field: the field's name in the file; $indicator: the indicator id; $value: the value found
submissions-invalid_value = `{ $field }` ({ $indicator }): `{ $value }` is not one of the form's choices
    .help = a rating is 0 to 4, na or unknown; a confidence is low, medium or high

# $field: the field's name in the file
submissions-unknown_field = `{ $field }` is not a field of the framework's form and is left out
    .help = questions added to the form are not scored; check that the form was made with `lhs-maturity export xlsform`



# $lang: the language asked for; $languages: the framework's languages, separated by commas
fhir-unavailable_language = `{ $lang }` is not a language of the framework
    .help = use one of: { $languages }

# $found: the resource type found (or the JSON type of the document)
fhir-not_a_response = the document is a `{ $found }`, not a FHIR QuestionnaireResponse
    .help = give the QuestionnaireResponse saved by the form (LHC-Forms: getFormFHIRData), not the Questionnaire

# $given: the response's `questionnaire`; $url: the canonical URL of the framework's Questionnaire
fhir-unknown_questionnaire = the response answers `{ $given }`, not a Questionnaire of this library
    .help = the Questionnaire's URL starts with `{ $url }`; export it with `lhs-maturity export fhir-questionnaire`

# $link_id: the item's linkId
fhir-unknown_item = `{ $link_id }` is not an item of the framework's Questionnaire
    .help = questions added to the Questionnaire are not read; check that the form was made with `lhs-maturity export fhir-questionnaire`

fhir-invalid_item = an item without a `linkId`, or a list of items that is not a list
    .help = every item of a QuestionnaireResponse has the `linkId` of its Questionnaire item

# $field: a field of the response (`id`, `authored`); $value: its value; $expected: what it
#   must be: `id` (a FHIR id) or `date_time` (a FHIR dateTime)
fhir-invalid_field = `{ $field }` is `{ $value }`, which is not { $expected ->
        [date_time] a FHIR date and time
       *[id] a FHIR id
    }
    .help = { $expected ->
        [date_time] write it as 2026-10-02, or 2026-10-02T09:30:00Z with a time and its time zone, or leave it out
       *[id] use 1 to 64 letters, digits, `-` and `.`, or leave it out
    }

# $link_id: the item's linkId; $value: the answer's code or value
fhir-invalid_answer = `{ $link_id }`: `{ $value }` is not one of the item's answers
    .help = a rating is coded 0 to 4, na or unknown; a confidence low, medium or high; a text item holds a valueString; each item has one answer
