# رسائل lhs-maturity باللغة العربية: التشخيصات (الأخطاء والتحذيرات).
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
        [null] القيمة null
        [boolean] قيمة منطقية (true/false)
        [decimal] عدد عشري
        [number] عدد
        [text] نص
        [list] قائمة
       *[object] كائن
    }

# What a value of an assessment should be.
# $expected: text, number, list, assessment, framework_ref, unit, respondent, answer, answers or
#   elements; anything else is shown as it is
diagnostic-expected = { $expected ->
        [text] نص
        [number] عدد
        [boolean] قيمة منطقية (true أو false)
        [object] كائن
        [list] قائمة
        [assessment] تقييم (كائن JSON)
        [framework_ref] مرجع إطار (كائن JSON)
        [unit] وحدة (كائن JSON)
        [respondent] مستجيب (كائن JSON)
        [answer] إجابة (كائن JSON)
        [answers] كائن يربط معرِّفات المؤشرات بالإجابات
        [elements] كائن يربط معرِّفات العناصر بالقيم true أو false أو "unknown"
       *[other] { $expected }
    }

## Contexts: a message about one column, row or document of several

# $column: the name of a CSV column, as in the header
# $message: the message about the column's cell
context-column = العمود `{ $column }`: { $message }

# $id: what the row's `id` column holds (an indicator id or a metadata name such as
#   `default_target`)
# $message: the message about the row
context-id = الصف `{ $id }`: { $message }

# $number: the number of the assessment in the list given, from 1
# $message: the message about that assessment
context-assessment = التقييم { $number }: { $message }

context-report = التقرير { $number }: { $message }

context-rating = التقدير { $number }: { $message }

context-argument = الوسيط `{ $name }`: { $message }

## Reading a file or a JSON text (assessments, reports, options, frameworks)

# $source: `file` when a file was read, else a text
# $size: the size of the document, in bytes (a count)
# $limit: the largest size read, in bytes (a count)
assessment-too_large = { $source ->
        [unzipped] يبلغ حجم الأرشيف بعد فك ضغطه { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

# As assessment-too_large, for a report.
report-too_large = { $source ->
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

# As assessment-too_large, for options (pooling options, a consensus).
input-too_large = { $source ->
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

# As assessment-too_large, for a framework.
framework-too_large = { $source ->
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

# $key: the key given twice in one JSON object
# $source: `csv` for a CSV file with one row per indicator, where $key is the row's id and
#   $line the line of its first row
assessment-duplicate_key = { $source ->
        [csv] يرد `{ $key }` أيضاً في السطر { $line }
       *[json] المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    }
    .help = { $source ->
        [csv] أبقِ صفاً واحداً لكل مؤشر
       *[json] أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه
    }

# $key: the key given twice in one JSON object
report-duplicate_key = المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    .help = أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه

# $key: the key given twice in one JSON object
input-duplicate_key = المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    .help = أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه

# $key: the key given twice in one JSON object
framework-duplicate_key = المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    .help = أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه

# $problem: `eof` when the text ends too early, else another mistake, which $detail names
# $detail: what the JSON reader says, in English (e.g. "expected `,` or `}`")
assessment-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

# As assessment-invalid_json, for a report.
report-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

# As assessment-invalid_json, for options (pooling options, a consensus).
input-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

# As assessment-invalid_json, for a framework.
framework-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

# $reason: why: `missing` (no such file), `denied`, `directory`, else $detail
# $detail: what the operating system says
assessment-unreadable = تتعذر قراءة `{ $file }`: { $reason ->
        [missing] الملف غير موجود
        [denied] الإذن مرفوض
        [directory] هذا مجلد وليس ملفاً
       *[other] { $detail }
    }

# As assessment-unreadable, for a report.
report-unreadable = تتعذر قراءة `{ $file }`: { $reason ->
        [missing] الملف غير موجود
        [denied] الإذن مرفوض
        [directory] هذا مجلد وليس ملفاً
       *[other] { $detail }
    }

# As assessment-unreadable, for a framework.
framework-unreadable = تتعذر قراءة `{ $file }`: { $reason ->
        [missing] الملف غير موجود
        [denied] الإذن مرفوض
        [directory] هذا مجلد وليس ملفاً
       *[other] { $detail }
    }

input-unreadable = تتعذر قراءة `{ $file }`: { $reason ->
        [missing] الملف غير موجود
        [denied] الإذن مرفوض
        [directory] هذا مجلد وليس ملفاً
       *[other] { $detail }
    }

# $position: where the first byte that is not UTF-8 is, in bytes from the start (from 0)
assessment-invalid_encoding = { $source ->
        [bytes] البايتات ليست نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position })
       *[file] الملف `{ $file }` ليس نصاً بترميز UTF-8 (بايت غير صالح في الموضع { $position })
    }
    .help = { $source ->
        [bytes] فُكّ ترميز البايتات بنفسك ومرّر نصًا، أو احفظ المصدر بترميز UTF-8
       *[file] احفظ الملف بترميز UTF-8 (تتيح ذلك معظم برامج تحرير النصوص وجداول البيانات ضمن "حفظ باسم")
    }

# As assessment-invalid_encoding, for a report.
report-invalid_encoding = { $source ->
        [bytes] البايتات ليست نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position })
       *[file] الملف `{ $file }` ليس نصاً بترميز UTF-8 (بايت غير صالح في الموضع { $position })
    }
    .help = { $source ->
        [bytes] فُكّ ترميز البايتات بنفسك ومرّر نصًا، أو احفظ المصدر بترميز UTF-8
       *[file] احفظ الملف بترميز UTF-8 (تتيح ذلك معظم برامج تحرير النصوص وجداول البيانات ضمن "حفظ باسم")
    }

# As assessment-invalid_encoding, for a framework.
framework-invalid_encoding = { $source ->
        [bytes] البايتات ليست نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position })
       *[file] الملف `{ $file }` ليس نصاً بترميز UTF-8 (بايت غير صالح في الموضع { $position })
    }
    .help = { $source ->
        [bytes] فُكّ ترميز البايتات بنفسك ومرّر نصًا، أو احفظ المصدر بترميز UTF-8
       *[file] احفظ الملف بترميز UTF-8 (تتيح ذلك معظم برامج تحرير النصوص وجداول البيانات ضمن "حفظ باسم")
    }

input-invalid_encoding = { $source ->
        [bytes] البايتات ليست نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position })
       *[file] الملف `{ $file }` ليس نصاً بترميز UTF-8 (بايت غير صالح في الموضع { $position })
    }
    .help = { $source ->
        [bytes] فُكّ ترميز البايتات بنفسك ومرّر نصًا، أو احفظ المصدر بترميز UTF-8
       *[file] احفظ الملف بترميز UTF-8 (تتيح ذلك معظم برامج تحرير النصوص وجداول البيانات ضمن "حفظ باسم")
    }

assessment-many_in_file = يحتوي `{ $file }` على { $count } من التقييمات، لا على تقييم واحد
    .help = احسب درجاتها كلها دفعة واحدة: `score_many` في Python وJavaScript، و`lhs-maturity batch` في سطر الأوامر

assessment-no_rows = في `{ $file }` سطر عناوين ولكن لا يوجد أي تقييم
    .help = أضف سطرًا لكل تقييم تحت سطر العناوين

## The structure of an assessment (JSON)

# $expected: what the value should be (see diagnostic-expected)
# $found: the kind of value found (see diagnostic-found)
assessment-invalid_type = المتوقَّع هنا { diagnostic-expected }، لكن الموجود { diagnostic-found }
    .help = { $expected ->
        [answers] اكتب الإجابات بالشكل {"{"}"inst.info.routine_data": 2, ...{"}"}، بحيث يكون المفتاح معرِّف المؤشر
       *[other] {""}
    }

# $field: the name of the missing field
assessment-missing_field = الحقل الإلزامي `{ $field }` غير موجود
    .help = { $field ->
        [answers] أضف `"answers": {"{"}{"}"}` مع إدخال واحد لكل مؤشر، مثل {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

# $field: the field, as written
# $hint: `suggestion` when a field of the format is close to it, else `none`
assessment-unknown_field = الحقل `{ $field }` ليس جزءاً من صيغة التقييم؛ وقد أُبقي كما هو
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
       *[none] {""}
    }

# $language: the assessment's `language`, as written
assessment-invalid_language = القيمة `{ $language }` ليست رمز لغة؛ وقد أُبقيت كما كُتبت
    .help = اكتب اللغة التي قُدِّمت بها الإجابات في صورة وسم BCP 47، مثل `fr` أو `pt-PT` أو `ar`

# $problem: what is wrong with the level:
#   `negative`; `fraction` (not a whole number); `too_large` (far above any scale);
#   `quoted` (a number written as text, $number without the quotes); `text` (other text);
#   `word` (`N/A`, `Unknown`... for $answer, `na` or `unknown`); `type` (another kind of value,
#   $found, see diagnostic-found); `not_an_answer` (a spreadsheet cell that is not an answer)
# $value: the level as written
# $source: `csv` for a cell of a CSV file, else JSON
assessment-invalid_level = { $problem ->
        [negative] المستوى { $value } سالب
        [fraction] المستوى { $value } ليس عدداً صحيحاً
        [too_large] المستوى { $value } أكبر بكثير مما ينبغي
        [quoted] المستوى هو النص `{ $value }`، وليس عدداً
        [text] المستوى هو النص `{ $value }`، وليس عدداً
        [word] القيمة `{ $value }` ليست إجابة معترفاً بها
        [not_an_answer] القيمة `{ $value }` ليست إجابة: استخدم رقم مستوى، أو `na`، أو `unknown`، أو اترك الخلية فارغة
       *[type] يجب أن يكون المستوى عدداً صحيحاً، لكن الموجود { diagnostic-found }
    }
    .help = { $source ->
        [csv] استخدم رقم مستوى، أو `na` (لا ينطبق)، أو `unknown` (لم يعرف أحد الإجابة)، أو اترك الخلية فارغة
       *[json] { $problem ->
            [quoted] اكتب العدد دون علامات تنصيص: { $number }
            [text] استخدم رقم مستوى، أو "na" (لا ينطبق)، أو "unknown" (لم يعرف أحد الإجابة)
            [word] اكتبها بالضبط هكذا: "{ $answer }"
            [type] {""}
           *[other] المستويات أعداد صحيحة على المقياس، مثل 0 أو 1 أو 2 أو 3 أو 4
        }
    }

# As assessment-invalid_level, for a target; $problem can also be `not_a_target` (`na`,
# `unknown` or other text given as a target in a CSV file).
assessment-invalid_target = { $problem ->
        [negative] المستوى المستهدف { $value } سالب
        [fraction] المستوى المستهدف { $value } ليس عدداً صحيحاً
        [too_large] المستوى المستهدف { $value } أكبر بكثير مما ينبغي
        [quoted] المستوى المستهدف هو النص `{ $value }`، وليس عدداً
        [text] المستوى المستهدف هو النص `{ $value }`، وليس عدداً
        [not_a_target] القيمة `{ $value }` ليست مستوى مستهدفاً: المستوى المستهدف رقم مستوى
       *[type] يجب أن يكون المستوى المستهدف عدداً صحيحاً، لكن الموجود { diagnostic-found }
    }
    .help = { $source ->
        [csv] استخدم رقم مستوى، أو اترك الخلية فارغة
       *[json] { $problem ->
            [quoted] اكتب العدد دون علامات تنصيص: { $number }
            [text] استخدم رقم مستوى
            [type] {""}
           *[other] المستويات أعداد صحيحة على المقياس، مثل 0 أو 1 أو 2 أو 3 أو 4
        }
    }

# As assessment-invalid_level, for an agreed level of a consensus meeting (JSON only).
input-invalid_level = { $problem ->
        [negative] المستوى { $value } سالب
        [fraction] المستوى { $value } ليس عدداً صحيحاً
        [too_large] المستوى { $value } أكبر بكثير مما ينبغي
        [quoted] المستوى هو النص `{ $value }`، وليس عدداً
        [text] المستوى هو النص `{ $value }`، وليس عدداً
        [word] القيمة `{ $value }` ليست إجابة معترفاً بها
       *[type] يجب أن يكون المستوى عدداً صحيحاً، لكن الموجود { diagnostic-found }
    }
    .help = { $problem ->
        [quoted] اكتب العدد دون علامات تنصيص: { $number }
        [text] استخدم رقم مستوى، أو "na" (لا ينطبق)، أو "unknown" (لم يعرف أحد الإجابة)
        [word] اكتبها بالضبط هكذا: "{ $answer }"
        [type] {""}
       *[other] المستويات أعداد صحيحة على المقياس، مثل 0 أو 1 أو 2 أو 3 أو 4
    }

# $value: the confidence as written
# $source: `csv` for a cell of a CSV file, else JSON
assessment-invalid_confidence = القيمة `{ $value }` ليست درجة ثقة صالحة
    .help = { $source ->
        [csv] استخدم `low` أو `medium` أو `high`، أو اترك الخلية فارغة
       *[json] استخدم `low` أو `medium` أو `high`
    }

# $element: the element id, as written
# $found: the kind of value found (see diagnostic-found)
assessment-invalid_element = قيمة العنصر `{ $element }` هي { diagnostic-found }، وليست true أو false أو "unknown"
    .help = اكتب true إذا كان العنصر مستوفى، وfalse إذا لم يكن مستوفى، و"unknown" إذا لم يتمكن أحد من التحقق منه

## CSV files of assessments

# $detail: what the CSV reader says, in English
csv-invalid_csv = تتعذر قراءة النص بصيغة CSV: { $detail }

csv-empty = ملف CSV لا يحتوي على سطر عناوين ولا على أي صف
    .help = ابدأ من نموذج: سطر عناوين بأسماء الأعمدة، ثم صف لكل تقييم

# $column: the number of the column, from 1
# $name: the column's name in the header
# $hint: `suggestion` when a known column is close to it; else the layout of the file, `long`
#   (one row per indicator) or `wide` (one row per assessment)
# $columns: the columns of that layout, separated by commas
# $help_columns: with `long`, the columns of reading help, separated by commas
csv-unknown_column = العمود { $column }: `{ $name }` ليس عموداً معروفاً
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
        [long] أعمدة الملف الذي يخصص صفاً لكل مؤشر هي { $columns }، وأعمدة المساعدة على القراءة هي { $help_columns }، وlevel_0، وlevel_1…
       *[wide] العمود إما معرِّف مؤشر في الإطار `{ $framework }` { $version }، أو سمة للوحدة مثل `unit_region`، أو أحد الأعمدة التالية: { $columns }
    }

# $column: the number of the column, from 1
# $name: the column's name
# $first: the number of the first column with that name
csv-duplicate_column = العمود { $column }: `{ $name }` هو أيضاً اسم العمود { $first }
    .help = أبقِ عموداً واحداً لكل اسم: ادمج العمود الآخر أو احذفه

# $name: the missing column
csv-missing_column = العمود `{ $name }` غير موجود
    .help = يحتاج الملف الذي يخصص صفاً لكل مؤشر إلى العمودين `id` و`answer`

csv-missing_id = يحتوي الصف على قيم ولكن ليس فيه `id`
    .help = اكتب معرِّف المؤشر (أو اسم بيانات وصفية مثل `unit_name`) في العمود `id`، أو احذف الصف

# $fields: how many fields the row has (a count)
# $columns: how many columns the header names (a count)
csv-extra_field = يحتوي الصف على { $fields ->
        [zero] { $fields } حقل
        [one] حقل واحد
        [two] حقلين
        [few] { $fields } حقول
        [many] { $fields } حقلاً
       *[other] { $fields } حقل
    }، لكن سطر العناوين لا يسمّي إلا { $columns ->
        [zero] { $columns } عمود
        [one] عموداً واحداً
        [two] عمودين
        [few] { $columns } أعمدة
        [many] { $columns } عموداً
       *[other] { $columns } عمود
    }
    .help = أضف عنواناً للعمود الزائد أو احذف قيمه

# $column: the number of the column, from 1
# $value: what the cell holds
csv-unnamed_column = في العمود { $column } القيمة `{ $value }`، ولكن ليس له اسم في سطر العناوين
    .help = سمِّ العمود في سطر العناوين، أو احذف القيمة

# $line, $column: where the first byte that is not UTF-8 is
csv-invalid_encoding = الملف ليس نصاً بترميز UTF-8 (بايت غير صالح في السطر { $line }، الموضع { $column })
    .help = احفظه بصيغة "CSV UTF-8" (تتيح برامج جداول البيانات ذلك ضمن "حفظ باسم")

## Workbooks (.xlsx)

# $reason: what the workbook reader says (in English)
workbook-unreadable = لا يمكن فتح الملف كمصنف: { $reason }
    .help = افتحه في Excel أو LibreOffice واحفظه كمصنف Excel (.xlsx)

# $sheets: the names of the workbook's sheets, separated by commas
workbook-not_a_template = المصنف ليس قالب Excel لإطار: لا تحتوي أي من أوراقه ({ $sheets }) على الصف المخفي لأسماء الأعمدة `id` و`answer`
    .help = أنشئ قالبًا باستخدام `lhs-maturity template --format xlsx` واملأه مع الإبقاء على العمود A والصف 1 المخفيين

## An assessment checked against its framework

# $given: the framework id the assessment names
# $framework: the id of the framework it is scored with
assessment-framework_mismatch = أُعِدّ التقييم للإطار `{ $given }`، لا للإطار `{ $framework }`
    .help = احسب درجته باستخدام الإطار الذي أُعِدّ له، أو صحّح `framework.id`

# $given: the framework version the assessment names
assessment-version_mismatch = أُعِدّ التقييم للإصدار { $given } من `{ $framework }`، لا للإصدار { $version }
    .help = احسب درجته باستخدام إصدار الإطار الذي أُعِدّ له، أو انقله إلى هذا الإصدار باستخدام `migrate`؛ وللمقارنة بين الإصدارات استخدم `compare`

# $version: the version the assessment names
# $versions: the built-in versions, separated by commas
assessment-unknown_framework_version = لا يوجد للإطار `{ $framework }` إصدار مضمَّن `{ $version }`
    .help = الإصدارات المضمَّنة هي { $versions }

# As assessment-unknown_framework_version, for a version asked for (a command-line option).
framework-unknown_version = لا يوجد للإطار `{ $framework }` إصدار مضمَّن `{ $version }`
    .help = الإصدارات المضمَّنة هي { $versions }

# $framework, $version: the framework it is scored with (its latest version)
assessment-no_framework_version = لا يذكر التقييم إصدار `{ $framework }` الذي أُعِدّ له؛ ولذلك تُحسب درجته وفق أحدث إصدار، وهو { $version }
    .help = أضف `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (أو الإصدار الذي قُدِّمت الإجابات وفقه)

# $kinds: the unit kinds, separated by commas
assessment-no_unit_kind = نوع الوحدة غير محدد، ولذلك يُعامَل كل مؤشر على أنه منطبق
    .help = اضبط `unit.kind` على أحد الأنواع التالية: { $kinds }

# $kind: the unit's kind, as written
# $hint: `suggestion` when a unit kind is close to it, else `list`
# $kinds: the unit kinds, separated by commas
assessment-unknown_unit_kind = النوع `{ $kind }` ليس من أنواع الوحدات، ولذلك يُعامَل كل مؤشر على أنه منطبق
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟ أنواع الوحدات: { $kinds }
       *[list] أنواع الوحدات: { $kinds }
    }

# $what: `domain` when $id is the id of a domain or sub-domain, else unknown
# $hint: `suggestion` when an indicator id is close; else `domain` (a domain was rated), `csv`
#   (the `id` column of a CSV file) or `list`
assessment-unknown_indicator = { $what ->
        [domain] المعرِّف `{ $id }` يخص مجالاً في الإطار `{ $framework }`، لا مؤشراً
       *[unknown] مؤشر غير معروف `{ $id }`: غير معرَّف في الإطار `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
        [domain] قيِّم مؤشرات المجال، لا المجال نفسه
        [csv] يحتوي العمود `id` على معرِّفات مؤشرات الإطار، أو على أسماء بيانات وصفية مثل `unit_name`
       *[list] اعرض المعرِّفات الصالحة باستخدام `lhs-maturity framework indicators`
    }

# $kind: the unit's kind
# $kinds: the kinds of unit the indicator applies to, separated by commas
assessment-does_not_apply = المؤشر `{ $id }` لا ينطبق على وحدة من نوع `{ $kind }` (ينطبق على: { $kinds })؛ وقد أُبقيت الإجابة ولكنها لا تدخل في حساب الدرجة
    .help = احذف الإجابة، أو تحقق من نوع الوحدة

# $element: the element id, as written
# $count: how many elements the indicator has (a count)
# $elements: its elements, separated by commas
assessment-unknown_element = العنصر `{ $element }` ليس من عناصر المؤشر `{ $id }`
    .help = { $count ->
        [0] ليس لهذا المؤشر عناصر؛ حدِّد مستواه بدلاً من ذلك
       *[other] عناصره هي: { $elements }
    }

# $given: the rating given: `level` ($given_level), `na` or `unknown`
# $derived: the rating the elements give: `level` ($derived_level), `na` or `unknown`
assessment-elements_conflict = التقييم المُعطى للمؤشر `{ $id }` هو { $given ->
        [na] `na`
        [unknown] `unknown`
       *[level] المستوى { $given_level }
    }، لكن عناصره تُفضي إلى { $derived ->
        [na] `na`
        [unknown] `unknown`
       *[level] المستوى { $derived_level }
    }
    .help = يتحقق المستوى عندما تُستوفى عناصره وعناصر كل مستوى أدنى منه؛ صحّح المستوى أو العناصر (المستوى المُعطى هو الذي تُحسب درجته)

# $level: the level the elements give
# $next: the level above it
# $elements: the elements of level $next not checked, separated by commas
# $count: how many they are (a count; in English the sentence does not change)
assessment-elements_not_checked = المؤشر `{ $id }` في المستوى { $level } بحسب عناصره؛ { $count ->
        [zero] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
        [one] والعنصر { $elements } من المستوى { $next } لم يُتحقَّق منه
        [two] والعنصران { $elements } من المستوى { $next } لم يُتحقَّق منهما
        [few] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
        [many] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
       *[other] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
    }، ولذلك قد يكون المستوى أعلى
    .help = تحقق من هذه العناصر (true أو false) لحسم المستوى

# $level: the level given
# $source: `csv` for a cell of a CSV file, else JSON
assessment-level_out_of_range = المستوى { $level } يتجاوز المستوى الأعلى في المقياس ({ $max })
    .help = { $source ->
        [csv] استخدم مستوى بين 0 و{ $max }، أو `na`، أو `unknown`، أو اترك الخلية فارغة
       *[json] استخدم مستوى بين 0 و{ $max }، أو "na"، أو "unknown"
    }

# $target: the target given
# $whose: `default` for the assessment's default target, else an answer's own target
assessment-target_out_of_range = { $whose ->
        [default] المستوى المستهدف الافتراضي { $target } يتجاوز المستوى الأعلى في المقياس ({ $max })
       *[answer] المستوى المستهدف { $target } يتجاوز المستوى الأعلى في المقياس ({ $max })
    }
    .help = استخدم مستوى بين 0 و{ $max }

assessment-top_level_without_evidence = قُيِّم المؤشر `{ $id }` بالمستوى الأعلى ({ $max }) دون أدلة
    .help = المستوى الأعلى ادعاء قوي؛ أضف ملاحظة `evidence` تبيّن ما يثبته

# $level: the level given
# $target: the target below it
# $whose: `answer` when the answer has its own target, `default` for the default target
assessment-target_below_level = قُيِّم المؤشر `{ $id }` بالمستوى { $level }، وهو أعلى من { $whose ->
        [default] المستوى المستهدف الافتراضي
       *[answer] مستواه المستهدف
    } ({ $target })
    .help = ارفع المستوى المستهدف، أو راجع التقييم

assessment-na_without_justification = وُسم المؤشر `{ $id }` بأنه لا ينطبق دون ذكر مسوِّغ
    .help = أضف `justification` تبيّن فيه سبب عدم انطباقه على هذه الوحدة

assessment-na_applicable = المؤشر `{ $id }` ينطبق على هذا النوع من الوحدات، لكنه موسوم بالقيمة `na`؛ ولذلك استُبعد من الدرجات
    .help = ما ينطبق ولكنه غير موجود يُقيَّم بالمستوى 0 (غير موجود)؛ ولا تأتي `na` إلا من قابلية الانطباق المحددة في الإطار

# $id: the domain's id
# $name: the domain's name (in English)
# $rated: how many of its indicators are rated (a count)
# $applicable: how many apply to the unit (a count)
# $percent: $rated out of $applicable, in whole percent
# $threshold: the share under which this warning is given, in whole percent
assessment-low_coverage = المجال `{ $id }` ({ $name }): قُيِّم { $rated } من أصل { $applicable ->
        [zero] { $applicable } مؤشر منطبق
        [one] مؤشر واحد منطبق
        [two] مؤشرين منطبقين
        [few] { $applicable } مؤشرات منطبقة
        [many] { $applicable } مؤشراً منطبقاً
       *[other] { $applicable } مؤشر منطبق
    } ({ $percent }%)، وهذه النسبة دون { $threshold }%
    .help = درجات المجال الذي قُيِّم فيه عدد قليل من المؤشرات تستند إلى أدلة قليلة؛ قيِّم مزيداً من المؤشرات، أو ضع القيمة `unknown` لما لا يمكن معرفته

## Options, matrices of cells and reports

# $target: the default target asked for
input-target_out_of_range = المستوى المستهدف { $target } يتجاوز المستوى الأعلى في المقياس ({ $max })
    .help = استخدم مستوى بين 0 و{ $max }

# $option: `unknown` (the rule for unknown answers), `unit_kind`, or `number` when the option
#   $name (as the caller's language spells it, e.g. `minGroup` or `min_group`) must be a whole
#   number and is not
# $value: the value given (with `number`, as JSON writes it: 2.5, -1)
# $kinds: with `unit_kind`, the unit kinds, separated by commas
input-invalid_option = { $option ->
        [unknown] القيمة `{ $value }` ليست قاعدة لمعالجة الإجابات غير المعروفة
        [number] يجب أن يكون الخيار `{ $name }` عدداً صحيحاً أكبر من 0 أو يساويه، وليس `{ $value }`
       *[unit_kind] القيمة `{ $value }` ليست نوعاً من أنواع الوحدات
    }
    .help = { $option ->
        [unknown] استخدم `exclude` (تُستبعد من الدرجات، وهو الخيار الافتراضي) أو `zero` (تُحتسب بالمستوى 0)
        [number] {""}
       *[unit_kind] استخدم أحد الأنواع التالية: { $kinds }
    }

# The options object of a call from Python or JavaScript (`{ defaultTarget: 3 }`,
# `default_target=3`); option names are written as the caller's language spells them.
# $option: the option given, which the function does not have
# $hint: `twin` when $option is the other spelling (snake_case or camelCase) of the option
#   $known; else $options lists the options of the function, each in backticks, separated by
#   commas: `single` when it has only one, `list` when it has several
input-unknown_option = خيار غير معروف: `{ $option }`
    .help = { $hint ->
        [twin] اكتب `{ $known }`
        [single] الخيار الوحيد المتاح هو { $options }
       *[list] الخيارات المتاحة هي: { $options }
    }

# $source: `options` when the options are not an object (then $example is an example of
#   options); else `option`: the option $option is not of the type $expected (`text`,
#   `boolean`, `number` or `object`; see diagnostic-expected)
# $found: what was given instead: `text`, `number`, `boolean`, `list` or `object` (see
#   diagnostic-found)
input-invalid_type = { $source ->
        [options] يجب أن تكون الخيارات كائناً، وليس { diagnostic-found }
       *[option] يجب أن تكون قيمة الخيار `{ $option }` { diagnostic-expected }، وليس { diagnostic-found }
    }
    .help = { $source ->
        [options] مرِّر مثلاً { $example }
       *[option] {""}
    }

# $value: the default target given, as JSON writes it (text in double quotes: "3")
input-invalid_target = يجب أن يكون المستوى المستهدف الافتراضي عدداً صحيحاً أكبر من 0 أو يساويه، وليس `{ $value }`
    .help = استخدم مستوى من مستويات المقياس، مثل 3

# $shape: `rows` when the ratings given to a statistic (Krippendorff's alpha, ICC, Cronbach's
#   alpha) are not a list of rows, `row` when their row $row (from 1) is not a list; $value is
#   what was given instead, as the caller's language (Python, JavaScript) writes it. Else
#   (`cells`, the default) the matrix of cells of the columnar scoring path:
#   $cells: how many cells the matrix has (a count)
#   $columns: how many indicators the framework has, one column each (a count)
input-matrix_shape = { $shape ->
        [rows] يجب أن تكون التقديرات جدولاً، أي قائمة من الصفوف كل منها قائمة من الأعداد، لا `{ $value }`
        [row] الصف { $row } من التقديرات ليس قائمة من الأعداد: `{ $value }`
       *[cells] تحتوي المصفوفة على { $cells ->
            [zero] { $cells } خلية
            [one] خلية واحدة
            [two] خليتين
            [few] { $cells } خلايا
            [many] { $cells } خليةً
           *[other] { $cells } خلية
        }، وهذا ليس عدداً صحيحاً من الصفوف التي يضم كل منها { $columns ->
            [zero] { $columns } مؤشر
            [one] مؤشراً واحداً
            [two] مؤشرين
            [few] { $columns } مؤشرات
            [many] { $columns } مؤشراً
           *[other] { $columns } مؤشر
        }
    }
    .help = { $shape ->
        [rows] اكتب قائمة من الأعداد لكل صف، مثل [[1, 2, 3], [1, 3, 2]]؛ ويُكتب الصف الواحد هكذا [[1, 2, 3]]
        [row] اكتب قائمة من الأعداد لكل صف، مثل [[1, 2, 3], [1, 3, 2]]؛ ويُكتب الصف الواحد هكذا [[1, 2, 3]]
       *[cells] {""}
    }

# $row, $column: the row and the column of the cell in the ratings, from 1
# $problem: `infinite` for an infinite number, else `not_number` (text, a boolean, a list...)
# $value: the value given, as the caller's language (Python, JavaScript) writes it; text is
#   shown in double quotes
input-invalid_value = { $problem ->
        [infinite] الصف { $row }، العمود { $column }: القيمة `{ $value }` ليست عدداً منتهياً
       *[not_number] الصف { $row }، العمود { $column }: القيمة `{ $value }` ليست عدداً
    }
    .help = التقديرات أعداد؛ وللتقدير المفقود اترك قيمة فارغة (None في Python، وnull في JavaScript) أو NaN

# $source: `consensus` for a level agreed in a consensus meeting, else a cell of a matrix, at
#   row $row (from 0) and indicator $id
# $level: the level given
input-level_out_of_range = { $source ->
        [consensus] المستوى المتفق عليه { $level } يتجاوز المستوى الأعلى في المقياس ({ $max })
       *[matrix] الصف { $row }، `{ $id }`: المستوى { $level } يتجاوز المستوى الأعلى في المقياس ({ $max })
    }

# $row: the row of the matrix, from 0
# $code: the cell's code
input-invalid_cell = الصف { $row }، `{ $id }`: { $code } ليس رمز خلية صالحاً

# $count: how many more invalid cells there are (a count)
input-too_many_errors = { $count ->
        [zero] لا توجد خلايا أخرى غير صالحة لم تُدرج هنا
        [one] لم تُدرج هنا خلية أخرى غير صالحة
        [two] لم تُدرج هنا خليتان أخريان غير صالحتين
        [few] لم تُدرج هنا { $count } خلايا أخرى غير صالحة
        [many] لم تُدرج هنا { $count } خليةً أخرى غير صالحة
       *[other] لم تُدرج هنا { $count } خلية أخرى غير صالحة
    }

# $problem: `neither` when the document is neither a report nor an assessment; else it is
#   not a report, for the reason $detail (what the JSON reader says, in English)
report-invalid = { $problem ->
        [neither] هذا المستند ليس تقريراً (إذ لا يحتوي على `overall`) ولا تقييماً (إذ لا يحتوي على `answers`)
       *[invalid] هذا المستند ليس تقريراً من تقارير lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] حدِّد تقريراً كما يكتبه الأمر `score` (JSON)، أو تقييماً يتضمن `answers`
       *[invalid] حدِّد تقريراً كما يكتبه الأمر `score` (JSON)، دون تعديل؛ ولتحليل التقييمات، احسب درجاتها أولاً
    }

## Analyses: pooling, agreement, series, cohorts, content validity

# $value: the metric asked for
input-invalid_metric = القيمة `{ $value }` ليست من مقاييس المسافة لمعامل ألفا لكريبندورف التي تحسبها هذه المكتبة
    .help = استخدم `ordinal` (ترتيبي، وهو الافتراضي) أو `interval` (فتري)

input-empty_cohort = لا تحتوي المجموعة على أي تقرير

# $number: the number of the report in the list, from 2
# $framework, $version: the framework of that report
# $first_framework, $first_version: the framework of the first report
input-framework_mismatch = يستخدم التقرير { $number } الإطار `{ $framework }` { $version }، بينما يستخدم التقرير 1 الإطار `{ $first_framework }` { $first_version }

# $number: the number of the report in the list, from 2
input-series_mismatch = التقرير { $number } يخص وحدة غير وحدة التقرير 1
    .help = تتتبع السلسلة وحدة واحدة؛ استخدم `cohort` للمقارنة بين الوحدات

# $given: `no` when the reports have no period, else $period is their period
input-duplicate_period = لتقريرين الفترة نفسها: { $given ->
        [no] (فترة غير محددة)
       *[yes] `{ $period }`
    }

# $source: `consensus` (an indicator of a consensus), `form` (row $row, from 1, of a relevance
#   form) or a list of relevance ratings
# $hint: `suggestion` when an indicator id is close to it, else `none`
input-unknown_indicator = { $source ->
        [consensus] يذكر التوافق `{ $id }`، وهو ليس مؤشراً
        [form] الصف { $row }: المعرِّف `{ $id }` ليس مؤشراً في `{ $framework }` { $version }
       *[ratings] المعرِّف `{ $id }` ليس مؤشراً في `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
       *[none] {""}
    }

# A relevance rating of a list given to the content-validity analysis (after "rating <n>: ").
# $problem: `not_object` when the rating is not a dict or an object ($value: what it is, as the
#   caller's language writes it); `missing` when its field $field (`expert` or `indicator`) is
#   missing or empty; else `not_text`: that field is $value, which is not text
input-invalid_rating = { $problem ->
        [not_object] القيمة `{ $value }` ليست تقديراً
        [missing] الحقل `{ $field }` مفقود
       *[not_text] يجب أن يكون الحقل `{ $field }` نصاً، لا `{ $value }`
    }
    .help = يُكتب التقدير هكذا {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}، وتكون الملاءمة من 1 إلى 4، أو فارغة إذا لم تُقدَّر

# $source: `form` (row $row, from 1, of a relevance form) or a list of relevance ratings, by
#   the expert $expert
# $value: the relevance given (with `value`, a relevance of a list of ratings that is no
#   whole number, as the caller's language writes it)
input-invalid_relevance = { $source ->
        [form] الصف { $row }، `{ $id }`: القيمة `{ $value }` ليست تقديراً صالحاً للملاءمة
        [value] القيمة `{ $value }` ليست تقديراً صالحاً للملاءمة
       *[ratings] تقدير الملاءمة { $value } الذي أعطاه `{ $expert }` للمؤشر `{ $id }` ليس بين 1 و4
    }
    .help = قدِّر الملاءمة بالدرجة 1 (غير ملائم)، أو 2 (ملائم إلى حد ما)، أو 3 (ملائم بدرجة كبيرة)، أو 4 (ملائم جداً)، أو اترك الخانة فارغة

# $detail: what the CSV reader says, in English
input-invalid_csv = تتعذر قراءة ملف CSV: { $detail }

# $source: `ratings` when a table of relevance ratings (a DataFrame) lacks the column $column;
#   else (`form`) a relevance form lacks one of its two columns
input-missing_column = { $source ->
        [ratings] لا يوجد في التقديرات العمود `{ $column }`
       *[form] تحتاج استمارة الملاءمة إلى العمودين `indicator` و`relevance`
    }
    .help = { $source ->
        [ratings] الأعمدة هي `expert` و`indicator` و`relevance` (من 1 إلى 4، أو فارغة إذا لم تُقدَّر)
       *[form] ابدأ من `lhs-maturity content-validity --form`
    }

input-empty = لا توجد تقييمات لتجميعها

input-default_targets_differ = للتقييمات مستويات مستهدفة افتراضية مختلفة؛ ولذلك ليس للتقييم المجمَّع مستوى مستهدف افتراضي

input-invalid_uncertainty_option = { $option ->
        [draws] يجب أن يكون عدد السحبات 1 على الأقل
        [shape] يجب أن يكون نموذج التقدير كائناً من `high` و`medium` و`low` و`unstated`، لكل منها الاحتمالان `same` و`next` ({ $detail })
       *[model] يعطي نموذج التقدير لدرجة الثقة `{ $confidence }` الاحتمالين { $same } و{ $next }: يجب أن يكونا بين 0 و1، وأن يساوي احتمال المستوى مضافاً إليه ضعف احتمال المستوى المجاور 1
    }
    .help = { $option ->
        [draws] مثلاً 10000 (القيمة الافتراضية)
        [shape] مثلاً {"{"}"low": {"{"}"same": 0.6, "next": 0.2{"}"}{"}"}
       *[model] الافتراضي: عالية 0.9 و0.05، متوسطة 0.7 و0.15، منخفضة 0.5 و0.25
    }

# خيارات إعادة المعاينة (لتقييم مجمَّع، أو لمتوسطات مجموعات عيّنة).
input-invalid_bootstrap_option = { $option ->
        [resamples] يجب أن يكون عدد إعادات المعاينة 1 على الأقل
       *[level] يجب أن تكون تغطية الفترات بين 0 و1، لا { $value }
    }
    .help = { $option ->
        [resamples] مثلاً 1000 (القيمة الافتراضية)
       *[level] مثلاً 0.9 (القيمة الافتراضية) لفترات بنسبة 90%
    }

input-invalid_sobol_option = { $option ->
        [n] يجب أن يكون عدد النقاط الأساسية بين 1 و{ $max }، لا { $value }
        [factors] يجب أن يكون عدد العوامل بين 1 و{ $max }، لا { $value }
        [k] يجب أن يكون عدد العوامل أو المجموعات 1 على الأقل
        [outputs] عدد النتائج { $count }، وهو ليس مضاعفاً موجباً للعدد { $runs }، أي عدد تشغيلات النقطة الأساسية الواحدة (k + 2 حيث k = { $k })
       *[value] نتيجة التشغيل { $index } هي `{ $value }`، وليست عدداً منتهياً
    }
    .help = { $option ->
        [n] قوة للعدد 2، مثلاً 1024: نقاط متتالية سوبول متوازنة عند قوى العدد 2
        [factors] للمتتالية 256 بُعداً، بُعدان لكل عامل
        [k] أدخل عدد العوامل، أو عدد مجموعات العوامل، في التصميم
        [outputs] أدخل نتيجة واحدة لكل تشغيل من تشغيلات التصميم، بترتيب التشغيلات
       *[value] { $count ->
            [zero] لا توجد نتائج ليست أعداداً منتهية
            [one] هذه هي النتيجة الوحيدة التي ليست عدداً منتهياً؛ أعد تشغيل النموذج لها
            [two] نتيجتان ليستا عددين منتهيين؛ أعد تشغيل النموذج لهما
            [few] { $count } نتائج ليست أعداداً منتهية؛ أعد تشغيل النموذج لها
            [many] { $count } نتيجةً ليست أعداداً منتهية؛ أعد تشغيل النموذج لها
           *[other] { $count } نتيجة ليست أعداداً منتهية؛ أعد تشغيل النموذج لها
        }
    }

# The options of the robustness of many units' results. $option: `spread` when the weights'
#   spread $value is not from 0 (included) to 1 (excluded); `node` when the aggregation node $value
#   is not a node of the framework; `pair` when the pair names the unit $value, which is not one of
#   the units; else `label`: the unit label $value is used twice
input-invalid_robustness_option = { $option ->
        [spread] يجب أن يكون مدى تغيّر الأوزان 0 على الأقل وأقل من 1، وليس { $value }
        [node] `{ $value }` ليس مجالًا ولا مجالًا فرعيًا في الإطار
        [pair] يذكر الزوج `{ $value }`، وهي ليست إحدى الوحدات
       *[label] تسمية الوحدة `{ $value }` مستخدمة أكثر من مرة
    }
    .help = { $option ->
        [spread] مثلًا 0.25 (القيمة الافتراضية): كل وزن بين 75٪ و125٪ من قيمته
        [node] سمِّ بمعرّفاتها العُقد التي يمكن أن يكون تجميعها `mean` أو `minimum`، مثلًا `inst`
        [pair] سمِّ وحدتين بتسميتيهما، مثلًا ["a", "b"]
       *[label] أعطِ كل وحدة تسمية خاصة بها
    }

# $value: the way of pooling asked for
input-invalid_method = القيمة `{ $value }` ليست طريقة لتجميع الإجابات
    .help = استخدم `median` (الوسيط، وهو الافتراضي) أو `mean` (المتوسط) أو `mode` (المنوال)

# $detail: what the JSON reader says is wrong with the options, in English
input-invalid_options = الخيارات غير صالحة: { $detail }
    .help = الخيارات: `method` (median أو mean أو mode)، و`allow_mismatch` (true أو false)، و`consensus` (لكل معرِّف مؤشر: {"{"}"level": ..., "rationale": "..."{"}"})

# $detail: what the JSON reader says is wrong with the result, in English
input-invalid_result = هذه ليست نتيجة متانة صادرة عن هذه المكتبة: { $detail }
    .help = مرِّر النتيجة التي أعادتها `robustness` (أو التي كتبها `lhs-maturity robustness --format json`) دون تغيير

# $problem: `not_object` when the consensus is not a JSON object; else an entry of it, for the
#   reason $detail (what the JSON reader says, in English)
input-invalid_consensus = { $problem ->
        [not_object] يجب أن يكون التوافق كائناً يربط كل معرِّف مؤشر بالإجابة المتفق عليها
       *[entry] إدخال غير صالح في التوافق: { $detail }
    }
    .help = اكتب كائن JSON واحداً يربط كل معرِّف مؤشر بالإجابة المتفق عليها وسببها، مثل {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "اتُّفق عليه في 3 أيار/مايو"{"}"}{"}"}

# $number: the number of the assessment in the list, from 2
# $field: what differs: `unit`, `period`, `framework` or `framework_version`
# $given: `no` when the assessment has none, else $value is its value
# $first_given: `no` when the first assessment has none, else $first is its value
input-pool_mismatch = { $field ->
        [unit] الوحدة
        [period] الفترة
        [framework] الإطار
       *[framework_version] إصدار الإطار
    } في التقييم { $number }: { $given ->
        [no] (بلا قيمة)
       *[yes] `{ $value }`
    }، وفي التقييم 1: { $first_given ->
        [no] (بلا قيمة)
       *[yes] `{ $first }`
    }
    .help = لا تجمع إلا إجابات مستجيبي وحدة واحدة وفترة واحدة وإصدار واحد من الإطار، أو اسمح بعدم التطابق صراحةً

# $respondent: the respondent's id or name
input-duplicate_respondent = يرد المستجيب `{ $respondent }` أكثر من مرة؛ ومع ذلك يُحتسب كل تقييم

## Moving an assessment to another version of its framework

# $from, $to: the versions asked for
# $map_from, $map_to: the versions of the built-in migration
migration-no_map = لا يوجد ترحيل مضمَّن للإطار `{ $framework }` من { $from } إلى { $to }
    .help = الترحيل المضمَّن ينقل من { $map_from } إلى { $map_to }

migration-no_version = لا يذكر التقييم إصدار الإطار الذي يجيب عنه
    .help = أضف `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (أو الإصدار الذي قُدِّمت الإجابات وفقه)

# $version: the version the assessment is for
migration-already_migrated = التقييم مُعَدّ أصلاً للإصدار { $version }
    .help = احسب درجته كما هو

# $detail: what the JSON reader says, in English
migration-invalid = هذه ليست خريطة ترحيل صالحة: { $detail }

# $version: the version of the framework $id was looked for in
migration-unknown_indicator = المعرِّف `{ $id }` ليس مؤشراً في الإصدار { $version }

migration-duplicate = يرد المؤشر `{ $id }` مرتين في الخريطة

# $version: the newer version, which has $id
migration-unmapped_indicator = المؤشر `{ $id }` من الإصدار { $version } غير موجود في الخريطة

# $version: the older version, which has $id
migration-lost_indicator = المؤشر `{ $id }` من الإصدار { $version } ليس مصدراً لأي مؤشر، ولا هو مدرج بين المؤشرات المحذوفة

# $class: how the indicator changed (equivalent, merged_duplicate, merged_conjunctive,
#   revised, new)
# $level: the level proposed
# $sources: the indicators of the older version it comes from, separated by commas
migration-proposed = المؤشر `{ $id }` ({ $class }): يُقترح المستوى { $level } استناداً إلى { $sources }؛ ويجب أن يؤكده مقيِّم قبل أن تُحسب درجته

# $problem: `assessment` when the assessment is for another framework ($given), else the
#   framework given ($framework $version) is not the one the map goes to
# $map_framework, $map_version: the framework and version the map goes to
migration-wrong_framework = { $problem ->
        [assessment] التقييم مُعَدّ للإطار `{ $given }`، والخريطة مُعَدّة للإطار `{ $map_framework }`
       *[framework] تنقل الخريطة إلى `{ $map_framework }` { $map_version }، لا إلى `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] تنقل الخريطة التقييمات بين إصدارات إطار واحد
       *[framework] حدِّد الإطار الذي تنقل إليه الخريطة
    }

# $version: the version the assessment is for
# $from, $to: the versions the map moves between
migration-wrong_version = التقييم مُعَدّ للإصدار { $version }، والخريطة تنقل من { $from } إلى { $to }
    .help = حدِّد تقييماً للإصدار { $from }

## Languages

# $requested: the language asked for, as written
# $languages: the languages available, separated by commas
language-unavailable = اللغة `{ $requested }` غير متاحة؛ والنص معروض باللغة الإنجليزية
    .help = اللغات المتاحة: { $languages }

## Arguments of a call from Python or JavaScript

# What an argument should be, referred to by argument-invalid_type and argument-invalid_value.
# $expected: json_text, csv_text, text, number, whole_number, decimals (the decimals of a
#   number), object, document (an assessment or another document), report, assessments (a
#   list of them), reports, ratings (relevance ratings), languages (language tags),
#   message_arg (an argument of a message), choice (one of $choices, each in backticks,
#   separated by commas), json (a value inside a document, the default)
diagnostic-argument = { $expected ->
        [json_text] نص JSON
        [csv_text] نص CSV
        [text] نص
        [number] عدد
        [whole_number] عدد صحيح أكبر من 0 أو يساويه
        [decimals] عدد صحيح من 0 إلى 20
        [object] كائن
        [document] مستند: كائن أو نص JSON أو مسار ملف
        [report] تقرير: كائن تقرير أو نصه بصيغة JSON أو مسار ملف أو تقييم يُراد حساب درجاته
        [assessments] قائمة تقييمات
        [reports] قائمة تقارير
        [ratings] قائمة تقديرات الملاءمة
        [numbers] قائمة أعداد
        [factors] عدد العوامل، أو قائمة بتسميات المجموعات فيها تسمية واحدة لكل عامل
        [languages] وسم لغة أو قائمة وسوم لغات
        [message_arg] نص أو عدد صحيح أكبر من 0 أو يساويه
        [dataframe] إطار بيانات DataFrame من pandas
        [framework] كائن Framework (من `Framework.builtin()` أو `Framework.from_json`)
        [choice] إحدى القيم التالية: { $choices }
       *[json] قيمة يمكن تمثيلها في JSON (كائن أو قائمة أو نص أو عدد أو true أو false أو null)
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
        [value] يجب أن تكون القيمة في `{ $path }` { diagnostic-argument }، وليس `{ $found }`
        [key] يجب أن تكون مفاتيح الكائن في `{ $path }` نصاً، وليس `{ $found }`
       *[argument] يجب أن تكون قيمة الوسيط `{ $name }` { diagnostic-argument }، وليس `{ $found }`
    }
    .help = { $hint ->
       *[example] مثلاً: { $example }
        [instead] استخدم `{ $example }` بدلاً من ذلك
        [none] {""}
    }

# An argument of the right type with a value the function does not take.
# $name, $expected, $hint, $example: as for argument-invalid_type
# $value: the value given, as the caller's language writes it
# $source: `depth` when the document given from Python is nested deeper than JSON allows
#   ($value levels, at $path: does it contain itself?); else the argument
argument-invalid_value = { $source ->
        [depth] القيمة في `{ $path }` متداخلة في أكثر من { $value } مستوى
       *[argument] يجب أن تكون قيمة الوسيط `{ $name }` { diagnostic-argument }، وليس `{ $value }`
    }
    .help = { $source ->
        [depth] تحقق من أن المستند لا يحتوي نفسه
       *[argument] { $hint ->
           *[example] مثلاً: { $example }
            [instead] استخدم `{ $example }` بدلاً من ذلك
            [none] {""}
        }
    }

# The XLSForm of a framework (`lhs-maturity export xlsform`): two ids give the same field name
# (XLSForm names are compared whatever their case), or an id gives a name the form keeps for
# itself. $id: the id (indicator or node) that gives the name the second time; $name: the field
# name; $other: the id that gave it first, or the form's own field (`unit_kind`, `meta`...)
framework-form_name_collision = يعطي `{ $id }` اسم حقل النموذج `{ $name }`، وهو اسم يحمله `{ $other }` بالفعل
    .help = أسماء الحقول هي المعرّفات مع `_` بدلاً من `.`، وهي فريدة في النموذج كله بصرف النظر عن حالة الأحرف: غيّر اسم أحد المعرّفين

# A units list for a form (`--units units.csv`, `units=`). $problem: `column` when the header
# lacks the column $column (`id`, `name` or `kind`); `empty` when the list has no unit; else a
# cell of row $row (from 1): `id` an empty id or one with spaces ($value), `duplicate` an id
# already listed ($value), `kind` a kind that is not a unit kind ($value; $kinds lists the
# kinds, separated by commas)
input-invalid_unit = { $problem ->
        [column] لا تحتوي قائمة الوحدات على العمود `{ $column }`
        [empty] لا تحتوي قائمة الوحدات على أي وحدة
        [id] الصف { $row }: `{ $value }` ليس معرّف وحدة
        [duplicate] الصف { $row }: معرّف الوحدة `{ $value }` مذكور مرتين
       *[kind] الصف { $row }: `{ $value }` ليس نوع وحدة
    }
    .help = { $problem ->
        [column] الأعمدة هي `id` و`name` و`kind`، و`org_unit` اختيارياً
        [empty] اذكر وحدة واحدة في كل صف تحت الترويسة `id,name,kind`
        [id] اكتب معرّفاً بلا مسافات، مثل kis-east
        [duplicate] أعطِ كل وحدة معرّفاً خاصاً بها
       *[kind] استخدم أحد الأنواع التالية: { $kinds }
    }

# A list of periods for a form (`--period`, `periods=`). $value: a period of the list;
# $problem: `format` when it is not a year (2026) or a quarter (2026-Q3), `duplicate` when it is
# listed twice
input-invalid_period = { $problem ->
        [duplicate] الفترة `{ $value }` مذكورة مرتين
       *[format] `{ $value }` ليست سنة ولا ربع سنة
    }
    .help = { $problem ->
        [duplicate] اذكر كل فترة مرة واحدة
       *[format] اكتب سنة (2026) أو ربع سنة (2026-Q3)، حتى يمكن تجميع إجابات الفترة الواحدة
    }

# DHIS2 (`lhs-maturity export dhis2`): a report's period with no DHIS2 period id. $problem:
# `missing` when report $number (from 1) has no period; `format` when the period $value cannot
# be converted
dhis2-invalid_period = { $problem ->
        [missing] ليس للتقرير { $number } فترة، فلا فترة له في DHIS2
       *[format] لا يمكن تحويل الفترة `{ $value }` إلى فترة DHIS2
    }
    .help = اكتب سنة (2026) أو نصف سنة (2026-S1) أو ربعًا (2026-Q3) أو شهرًا (2026-09) أو أسبوع ISO (2026-W05) أو يومًا (2026-09-30)

# DHIS2: a report's unit without an organisation unit. $problem: `missing` when report $number
# (from 1) has no unit id; `unknown` when the mapping has no organisation unit for the unit $unit
dhis2-unmapped_unit = { $problem ->
        [missing] ليس للتقرير { $number } معرّف وحدة، فلا وحدة تنظيمية له في DHIS2
       *[unknown] ليس للوحدة `{ $unit }` وحدة تنظيمية في DHIS2 ضمن ملف المطابقة
    }
    .help = { $problem ->
        [missing] أعطِ التقييم وحدة ذات معرّف
       *[unknown] أضف `{ $unit }` إلى `org_units` في ملف المطابقة، أو أعطِ قائمة وحدات فيها وحدتها التنظيمية في العمود `org_unit`
    }

# DHIS2: the mapping has no data element for a measure of a node. $node: the node id (`overall`
# for the overall score); $measure: `score`, `level` or `coverage`
dhis2-unmapped_node = ليس لـ `{ $node }` عنصر بيانات في DHIS2 لمقياسه `{ $measure }` ضمن ملف المطابقة
    .help = أضفه إلى ملف المطابقة (`overall` أو `nodes`)، أو أنشئ ملف المطابقة من جديد من حزمة البيانات الوصفية للإطار

# DHIS2: two reports for one organisation unit and period. $number: the second report (from 1);
# $first: the first; $unit: the unit id; $org_unit: the organisation unit; $period: the DHIS2
# period id
dhis2-duplicate_value = التقرير { $number } يخص الوحدة التنظيمية نفسها (`{ $org_unit }`، الوحدة `{ $unit }`) والفترة نفسها (`{ $period }`) كالتقرير { $first }: سيكتب DHIS2 أحدهما فوق الآخر
    .help = اجمع أولًا تقييمات الوحدة والفترة الواحدة في تقرير واحد (`lhs-maturity pool`)، ثم صدّر ذلك التقرير

# DHIS2: report $number (from 1) is of the framework $framework, the mapping of $expected
dhis2-other_framework = التقرير { $number } من الإطار `{ $framework }`، وملف المطابقة للإطار `{ $expected }`
    .help = صدّر تقارير كل إطار بملف المطابقة الخاص بذلك الإطار

# A DHIS2 mapping file. $problem: `json` (not JSON; $detail says why), `type` (not an object or
# not a text: $expected is `object` or `text`), `unknown_field` or `missing_field` ($field),
# `uid` ($value is not a DHIS2 UID)
dhis2-invalid_mapping = { $problem ->
        [json] ملف المطابقة ليس JSON: { $detail }
        [type] { $expected ->
            [object] يُنتظر هنا كائن
           *[text] يُنتظر هنا نص
        }
        [unknown_field] `{ $field }` ليس حقلًا من حقول ملف مطابقة DHIS2
        [missing_field] ليس في ملف المطابقة `{ $field }`
       *[uid] `{ $value }` ليس معرّف UID في DHIS2
    }
    .help = { $problem ->
        [uid] معرّف UID في DHIS2 من 11 حرفًا ورقمًا، أولها حرف (مثل fXy12AbCdE3)
       *[other] أنشئ ملف المطابقة بالأمر `lhs-maturity export dhis2-mapping` ثم عدّل معرّفاته
    }

# A DHIS2 metadata package read for its mapping. $problem: `json` (not JSON; $detail says why),
# `object` (no list `dataElements`),
# `data_element` (no data element has the code $code: the $measure of the node $node), `uid`
# ($value is not a DHIS2 UID)
dhis2-invalid_metadata = { $problem ->
        [json] حزمة البيانات الوصفية ليست JSON: { $detail }
        [object] ليس في حزمة البيانات الوصفية قائمة `dataElements`
        [data_element] لا يحمل أي عنصر بيانات في حزمة البيانات الوصفية الرمز `{ $code }` (المقياس `{ $measure }` لـ `{ $node }`)
       *[uid] `{ $value }` ليس معرّف UID في DHIS2
    }
    .help = { $problem ->
        [data_element] أعطِ حزمة البيانات الوصفية التي أنشأها الأمر `lhs-maturity export dhis2-metadata` بالبادئة نفسها للرموز، أو أعطِ عناصر البيانات هذه الرموز في DHIS2
        [uid] معرّف UID في DHIS2 من 11 حرفًا ورقمًا، أولها حرف (مثل fXy12AbCdE3)
       *[other] أعطِ حزمة البيانات الوصفية التي أنشأها الأمر `lhs-maturity export dhis2-metadata`، أو المصدّرة من DHIS2 مع عناصر بياناتها
    }

# An option of the DHIS2 metadata package. $option: `period_type`, `code_prefix` or `org_unit`
# (a unit's organisation unit); $value: the value given
dhis2-invalid_option = { $option ->
        [period_type] `{ $value }` ليس نوع فترة في DHIS2
        [code_prefix] لا يمكن أن تبدأ رموز DHIS2 بـ `{ $value }`
       *[org_unit] الوحدة التنظيمية `{ $value }` ليست معرّف UID في DHIS2
    }
    .help = { $option ->
        [period_type] استعمل Yearly أو SixMonthly أو Quarterly أو Monthly أو Weekly أو Daily، أو نوع فترة آخر من DHIS2
        [code_prefix] استعمل من 1 إلى 20 حرفًا أو رقمًا أو `_`، مثل LHS_2021
       *[org_unit] معرّف UID في DHIS2 من 11 حرفًا ورقمًا، أولها حرف (مثل fXy12AbCdE3)
    }

# A DHIS2 CSV of data values read back: row $row (from 1) has no value in the column $column
dhis2-invalid_csv = السطر { $row }: العمود `{ $column }` فارغ
    .help = لكل قيمة في DHIS2 عنصر بيانات وفترة ووحدة تنظيمية وقيمة

# الإرسالات المستردة من استمارة الإطار (ODK Central وKoboToolbox وODK Collect).
submissions-unknown_layout = `{ $file }` ليس ملف تصدير إرسالات تستطيع هذه المكتبة قراءته
    .help = صدِّر الإرسالات من ODK Central (CSV أو ZIP أو OData) أو من KoboToolbox (CSV أو XLS أو JSON الخاص بواجهة البرمجة)، أو قدِّم ملفات النسخ من ODK Collect

submissions-unreadable = تتعذر قراءة { $what ->
        [zip] أرشيف ZIP
        [xml] نسخة XML
        [json] ملف تصدير JSON
       *[csv] ملف تصدير CSV
    }: { $detail }
    .help = نزِّل ملف التصدير مرة أخرى: لا يمكن قراءة ملف مبتور أو معدَّل يدويًا

submissions-unsupported = لا يقرأ هذا الإصدار من المكتبة { $what ->
        [zip] أرشيفات ZIP
       *[xlsx] مصنفات Excel
    }
    .help = فك ضغط الأرشيف وقدِّم ملف CSV الذي يحتويه، أو استخدم سطر الأوامر أو حزمة Python

submissions-labels = يحتوي ملف التصدير على تسميات الاستمارة بدلًا من أسمائها وقيمها
    .help = صدِّر مرة أخرى مع اختيار «XML values and headers» (KoboToolbox)، أو استخدم تصدير CSV من ODK Central الذي يحتوي دائمًا على الأسماء

submissions-invalid_value = `{ $field }` ({ $indicator }): القيمة `{ $value }` ليست من خيارات الاستمارة
    .help = التقييم من 0 إلى 4 أو na أو unknown؛ ودرجة الثقة low أو medium أو high

submissions-unknown_field = `{ $field }` ليس حقلًا من حقول استمارة الإطار، ولذلك يُستبعد
    .help = لا تُحتسب الأسئلة المضافة إلى الاستمارة؛ تحقق من أن الاستمارة أُنشئت باستخدام `lhs-maturity export xlsform`



fhir-unavailable_language = `{ $lang }` ليست من لغات الإطار
    .help = استخدم إحدى هذه اللغات: { $languages }

fhir-not_a_response = المستند من نوع `{ $found }`، وليس QuestionnaireResponse بصيغة FHIR
    .help = قدّم QuestionnaireResponse التي حفظتها الاستمارة (LHC-Forms: getFormFHIRData)، لا الـ Questionnaire

fhir-unknown_questionnaire = الاستجابة تخص `{ $given }`، وهو ليس Questionnaire من هذه المكتبة
    .help = يبدأ عنوان URL للـ Questionnaire بـ `{ $url }`؛ صدّره باستخدام `lhs-maturity export fhir-questionnaire`

fhir-unknown_item = `{ $link_id }` ليس بندًا من بنود Questionnaire الإطار
    .help = لا تُقرأ الأسئلة المضافة إلى الـ Questionnaire؛ تحقق من أن الاستمارة أُنشئت باستخدام `lhs-maturity export fhir-questionnaire`

fhir-invalid_item = بند بلا `linkId`، أو قائمة بنود ليست قائمة
    .help = يحمل كل بند في QuestionnaireResponse قيمة `linkId` للبند المقابل في الـ Questionnaire

fhir-invalid_field = قيمة `{ $field }` هي `{ $value }`، وهي ليست { $expected ->
        [date_time] تاريخاً ووقتاً بصيغة FHIR
       *[id] معرّفاً بصيغة FHIR
    }
    .help = { $expected ->
        [date_time] اكتبها بالشكل 2026-10-02، أو 2026-10-02T09:30:00Z مع الوقت ومنطقته الزمنية، أو احذفها
       *[id] استخدم من 1 إلى 64 حرفاً أو رقماً أو `-` أو `.`، أو احذفه
    }

fhir-invalid_answer = `{ $link_id }`: `{ $value }` ليست من إجابات البند
    .help = يُرمَّز التقييم من 0 إلى 4 أو na أو unknown؛ ودرجة الثقة low أو medium أو high؛ ويحمل البند النصي valueString؛ ولكل بند إجابة واحدة
