

diagnostic-found = { $found ->
        [null] القيمة null
        [boolean] قيمة منطقية (true/false)
        [decimal] عدد عشري
        [number] عدد
        [text] نص
        [list] قائمة
       *[object] كائن
    }

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


context-column = العمود `{ $column }`: { $message }

context-id = الصف `{ $id }`: { $message }

context-assessment = التقييم { $number }: { $message }

context-report = التقرير { $number }: { $message }

context-rating = التقدير { $number }: { $message }

context-argument = الوسيط `{ $name }`: { $message }


assessment-too_large = { $source ->
        [unzipped] يبلغ حجم الأرشيف بعد فك ضغطه { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

report-too_large = { $source ->
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

input-too_large = { $source ->
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

framework-too_large = { $source ->
        [file] حجم `{ $file }` { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
       *[text] حجم المستند { $size } بايت، وهذا يتجاوز الحد الأقصى البالغ { $limit } بايت
    }
    .help = تحقق من أن هذا هو الملف الصحيح؛ فحجم التقييم الذاتي عادةً أقل بكثير من 1 ميغابايت

assessment-duplicate_key = { $source ->
        [csv] يرد `{ $key }` أيضاً في السطر { $line }
       *[json] المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    }
    .help = { $source ->
        [csv] أبقِ صفاً واحداً لكل مؤشر
       *[json] أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه
    }

report-duplicate_key = المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    .help = أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه

input-duplicate_key = المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    .help = أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه

framework-duplicate_key = المفتاح `{ $key }` يرد مرتين في الكائن نفسه
    .help = أبقِ إدخالاً واحداً لكل مفتاح؛ فالإدخال الثاني يحل محل الأول دون أي تنبيه

assessment-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

report-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

input-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

framework-invalid_json = { $problem ->
        [eof] ينتهي نص JSON قبل أوانه (هل بقي `{"{"}` أو `[` أو نص بين علامتي تنصيص دون إغلاق؟)
        [path] النص ليس بصيغة JSON: يبدو أنه اسم ملف (`{ $detail }`)
       *[syntax] النص ليس JSON صالحاً: { $detail }
    }
    .help = { $problem ->
        [path] لقراءة ملف، مرِّر مسارًا لا نصًا: `pathlib.Path("{ $detail }")` في Python؛ وفي JavaScript اقرأ الملف أولًا
       *[other] انظر السطر { $line }، العمود { $column }؛ وسيشير أي مدقق JSON أو محرر نصوص إلى الموضع نفسه
    }

assessment-unreadable = تتعذر قراءة `{ $file }`: { $reason ->
        [missing] الملف غير موجود
        [denied] الإذن مرفوض
        [directory] هذا مجلد وليس ملفاً
       *[other] { $detail }
    }

report-unreadable = تتعذر قراءة `{ $file }`: { $reason ->
        [missing] الملف غير موجود
        [denied] الإذن مرفوض
        [directory] هذا مجلد وليس ملفاً
       *[other] { $detail }
    }

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

assessment-invalid_encoding = { $source ->
        [bytes] البايتات ليست نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position })
       *[file] الملف `{ $file }` ليس نصاً بترميز UTF-8 (بايت غير صالح في الموضع { $position })
    }
    .help = { $source ->
        [bytes] فُكّ ترميز البايتات بنفسك ومرّر نصًا، أو احفظ المصدر بترميز UTF-8
       *[file] احفظ الملف بترميز UTF-8 (تتيح ذلك معظم برامج تحرير النصوص وجداول البيانات ضمن "حفظ باسم")
    }

report-invalid_encoding = { $source ->
        [bytes] البايتات ليست نصًا بترميز UTF-8 (بايت غير صالح في الموضع { $position })
       *[file] الملف `{ $file }` ليس نصاً بترميز UTF-8 (بايت غير صالح في الموضع { $position })
    }
    .help = { $source ->
        [bytes] فُكّ ترميز البايتات بنفسك ومرّر نصًا، أو احفظ المصدر بترميز UTF-8
       *[file] احفظ الملف بترميز UTF-8 (تتيح ذلك معظم برامج تحرير النصوص وجداول البيانات ضمن "حفظ باسم")
    }

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


assessment-invalid_type = المتوقَّع هنا { diagnostic-expected }، لكن الموجود { diagnostic-found }
    .help = { $expected ->
        [answers] اكتب الإجابات بالشكل {"{"}"inst.info.routine_data": 2, ...{"}"}، بحيث يكون المفتاح معرِّف المؤشر
       *[other] {""}
    }

assessment-missing_field = الحقل الإلزامي `{ $field }` غير موجود
    .help = { $field ->
        [answers] أضف `"answers": {"{"}{"}"}` مع إدخال واحد لكل مؤشر، مثل {"{"}"inst.info.routine_data": 2{"}"}
       *[other] {""}
    }

assessment-unknown_field = الحقل `{ $field }` ليس جزءاً من صيغة التقييم؛ وقد أُبقي كما هو
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
       *[none] {""}
    }

assessment-invalid_language = القيمة `{ $language }` ليست رمز لغة؛ وقد أُبقيت كما كُتبت
    .help = اكتب اللغة التي قُدِّمت بها الإجابات في صورة وسم BCP 47، مثل `fr` أو `pt-PT` أو `ar`

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

assessment-invalid_confidence = القيمة `{ $value }` ليست درجة ثقة صالحة
    .help = { $source ->
        [csv] استخدم `low` أو `medium` أو `high`، أو اترك الخلية فارغة
       *[json] استخدم `low` أو `medium` أو `high`
    }

assessment-invalid_element = قيمة العنصر `{ $element }` هي { diagnostic-found }، وليست true أو false أو "unknown"
    .help = اكتب true إذا كان العنصر مستوفى، وfalse إذا لم يكن مستوفى، و"unknown" إذا لم يتمكن أحد من التحقق منه


csv-invalid_csv = تتعذر قراءة النص بصيغة CSV: { $detail }

csv-empty = ملف CSV لا يحتوي على سطر عناوين ولا على أي صف
    .help = ابدأ من نموذج: سطر عناوين بأسماء الأعمدة، ثم صف لكل تقييم

csv-unknown_column = العمود { $column }: `{ $name }` ليس عموداً معروفاً
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
        [long] أعمدة الملف الذي يخصص صفاً لكل مؤشر هي { $columns }، وأعمدة المساعدة على القراءة هي { $help_columns }، وlevel_0، وlevel_1…
       *[wide] العمود إما معرِّف مؤشر في الإطار `{ $framework }` { $version }، أو سمة للوحدة مثل `unit_region`، أو أحد الأعمدة التالية: { $columns }
    }

csv-duplicate_column = العمود { $column }: `{ $name }` هو أيضاً اسم العمود { $first }
    .help = أبقِ عموداً واحداً لكل اسم: ادمج العمود الآخر أو احذفه

csv-missing_column = العمود `{ $name }` غير موجود
    .help = يحتاج الملف الذي يخصص صفاً لكل مؤشر إلى العمودين `id` و`answer`

csv-missing_id = يحتوي الصف على قيم ولكن ليس فيه `id`
    .help = اكتب معرِّف المؤشر (أو اسم بيانات وصفية مثل `unit_name`) في العمود `id`، أو احذف الصف

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

csv-unnamed_column = في العمود { $column } القيمة `{ $value }`، ولكن ليس له اسم في سطر العناوين
    .help = سمِّ العمود في سطر العناوين، أو احذف القيمة

csv-invalid_encoding = الملف ليس نصاً بترميز UTF-8 (بايت غير صالح في السطر { $line }، الموضع { $column })
    .help = احفظه بصيغة "CSV UTF-8" (تتيح برامج جداول البيانات ذلك ضمن "حفظ باسم")


workbook-unreadable = لا يمكن فتح الملف كمصنف: { $reason }
    .help = افتحه في Excel أو LibreOffice واحفظه كمصنف Excel (.xlsx)

workbook-not_a_template = المصنف ليس قالب Excel لإطار: لا تحتوي أي من أوراقه ({ $sheets }) على الصف المخفي لأسماء الأعمدة `id` و`answer`
    .help = أنشئ قالبًا باستخدام `lhs-maturity template --format xlsx` واملأه مع الإبقاء على العمود A والصف 1 المخفيين


assessment-framework_mismatch = أُعِدّ التقييم للإطار `{ $given }`، لا للإطار `{ $framework }`
    .help = احسب درجته باستخدام الإطار الذي أُعِدّ له، أو صحّح `framework.id`

assessment-version_mismatch = أُعِدّ التقييم للإصدار { $given } من `{ $framework }`، لا للإصدار { $version }
    .help = احسب درجته باستخدام إصدار الإطار الذي أُعِدّ له، أو انقله إلى هذا الإصدار باستخدام `migrate`؛ وللمقارنة بين الإصدارات استخدم `compare`

assessment-unknown_framework_version = لا يوجد للإطار `{ $framework }` إصدار مضمَّن `{ $version }`
    .help = الإصدارات المضمَّنة هي { $versions }

framework-unknown_version = لا يوجد للإطار `{ $framework }` إصدار مضمَّن `{ $version }`
    .help = الإصدارات المضمَّنة هي { $versions }

assessment-no_framework_version = لا يذكر التقييم إصدار `{ $framework }` الذي أُعِدّ له؛ ولذلك تُحسب درجته وفق أحدث إصدار، وهو { $version }
    .help = أضف `"framework": {"{"}"id": "{ $framework }", "version": "{ $version }"{"}"}` (أو الإصدار الذي قُدِّمت الإجابات وفقه)

assessment-no_unit_kind = نوع الوحدة غير محدد، ولذلك يُعامَل كل مؤشر على أنه منطبق
    .help = اضبط `unit.kind` على أحد الأنواع التالية: { $kinds }

assessment-unknown_unit_kind = النوع `{ $kind }` ليس من أنواع الوحدات، ولذلك يُعامَل كل مؤشر على أنه منطبق
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟ أنواع الوحدات: { $kinds }
       *[list] أنواع الوحدات: { $kinds }
    }

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

assessment-does_not_apply = المؤشر `{ $id }` لا ينطبق على وحدة من نوع `{ $kind }` (ينطبق على: { $kinds })؛ وقد أُبقيت الإجابة ولكنها لا تدخل في حساب الدرجة
    .help = احذف الإجابة، أو تحقق من نوع الوحدة

assessment-unknown_element = العنصر `{ $element }` ليس من عناصر المؤشر `{ $id }`
    .help = { $count ->
        [0] ليس لهذا المؤشر عناصر؛ حدِّد مستواه بدلاً من ذلك
       *[other] عناصره هي: { $elements }
    }

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

assessment-elements_not_checked = المؤشر `{ $id }` في المستوى { $level } بحسب عناصره؛ { $count ->
        [zero] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
        [one] والعنصر { $elements } من المستوى { $next } لم يُتحقَّق منه
        [two] والعنصران { $elements } من المستوى { $next } لم يُتحقَّق منهما
        [few] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
        [many] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
       *[other] والعناصر { $elements } من المستوى { $next } لم يُتحقَّق منها
    }، ولذلك قد يكون المستوى أعلى
    .help = تحقق من هذه العناصر (true أو false) لحسم المستوى

assessment-level_out_of_range = المستوى { $level } يتجاوز المستوى الأعلى في المقياس ({ $max })
    .help = { $source ->
        [csv] استخدم مستوى بين 0 و{ $max }، أو `na`، أو `unknown`، أو اترك الخلية فارغة
       *[json] استخدم مستوى بين 0 و{ $max }، أو "na"، أو "unknown"
    }

assessment-target_out_of_range = { $whose ->
        [default] المستوى المستهدف الافتراضي { $target } يتجاوز المستوى الأعلى في المقياس ({ $max })
       *[answer] المستوى المستهدف { $target } يتجاوز المستوى الأعلى في المقياس ({ $max })
    }
    .help = استخدم مستوى بين 0 و{ $max }

assessment-top_level_without_evidence = قُيِّم المؤشر `{ $id }` بالمستوى الأعلى ({ $max }) دون أدلة
    .help = المستوى الأعلى ادعاء قوي؛ أضف ملاحظة `evidence` تبيّن ما يثبته

assessment-target_below_level = قُيِّم المؤشر `{ $id }` بالمستوى { $level }، وهو أعلى من { $whose ->
        [default] المستوى المستهدف الافتراضي
       *[answer] مستواه المستهدف
    } ({ $target })
    .help = ارفع المستوى المستهدف، أو راجع التقييم

assessment-na_without_justification = وُسم المؤشر `{ $id }` بأنه لا ينطبق دون ذكر مسوِّغ
    .help = أضف `justification` تبيّن فيه سبب عدم انطباقه على هذه الوحدة

assessment-na_applicable = المؤشر `{ $id }` ينطبق على هذا النوع من الوحدات، لكنه موسوم بالقيمة `na`؛ ولذلك استُبعد من الدرجات
    .help = ما ينطبق ولكنه غير موجود يُقيَّم بالمستوى 0 (غير موجود)؛ ولا تأتي `na` إلا من قابلية الانطباق المحددة في الإطار

assessment-low_coverage = المجال `{ $id }` ({ $name }): قُيِّم { $rated } من أصل { $applicable ->
        [zero] { $applicable } مؤشر منطبق
        [one] مؤشر واحد منطبق
        [two] مؤشرين منطبقين
        [few] { $applicable } مؤشرات منطبقة
        [many] { $applicable } مؤشراً منطبقاً
       *[other] { $applicable } مؤشر منطبق
    } ({ $percent }%)، وهذه النسبة دون { $threshold }%
    .help = درجات المجال الذي قُيِّم فيه عدد قليل من المؤشرات تستند إلى أدلة قليلة؛ قيِّم مزيداً من المؤشرات، أو ضع القيمة `unknown` لما لا يمكن معرفته


input-target_out_of_range = المستوى المستهدف { $target } يتجاوز المستوى الأعلى في المقياس ({ $max })
    .help = استخدم مستوى بين 0 و{ $max }

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

input-unknown_option = خيار غير معروف: `{ $option }`
    .help = { $hint ->
        [twin] اكتب `{ $known }`
        [single] الخيار الوحيد المتاح هو { $options }
       *[list] الخيارات المتاحة هي: { $options }
    }

input-invalid_type = { $source ->
        [options] يجب أن تكون الخيارات كائناً، وليس { diagnostic-found }
       *[option] يجب أن تكون قيمة الخيار `{ $option }` { diagnostic-expected }، وليس { diagnostic-found }
    }
    .help = { $source ->
        [options] مرِّر مثلاً { $example }
       *[option] {""}
    }

input-invalid_target = يجب أن يكون المستوى المستهدف الافتراضي عدداً صحيحاً أكبر من 0 أو يساويه، وليس `{ $value }`
    .help = استخدم مستوى من مستويات المقياس، مثل 3

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

input-invalid_value = { $problem ->
        [infinite] الصف { $row }، العمود { $column }: القيمة `{ $value }` ليست عدداً منتهياً
       *[not_number] الصف { $row }، العمود { $column }: القيمة `{ $value }` ليست عدداً
    }
    .help = التقديرات أعداد؛ وللتقدير المفقود اترك قيمة فارغة (None في Python، وnull في JavaScript) أو NaN

input-level_out_of_range = { $source ->
        [consensus] المستوى المتفق عليه { $level } يتجاوز المستوى الأعلى في المقياس ({ $max })
       *[matrix] الصف { $row }، `{ $id }`: المستوى { $level } يتجاوز المستوى الأعلى في المقياس ({ $max })
    }

input-invalid_cell = الصف { $row }، `{ $id }`: { $code } ليس رمز خلية صالحاً

input-too_many_errors = { $count ->
        [zero] لا توجد خلايا أخرى غير صالحة لم تُدرج هنا
        [one] لم تُدرج هنا خلية أخرى غير صالحة
        [two] لم تُدرج هنا خليتان أخريان غير صالحتين
        [few] لم تُدرج هنا { $count } خلايا أخرى غير صالحة
        [many] لم تُدرج هنا { $count } خليةً أخرى غير صالحة
       *[other] لم تُدرج هنا { $count } خلية أخرى غير صالحة
    }

report-invalid = { $problem ->
        [neither] هذا المستند ليس تقريراً (إذ لا يحتوي على `overall`) ولا تقييماً (إذ لا يحتوي على `answers`)
       *[invalid] هذا المستند ليس تقريراً من تقارير lhs-maturity: { $detail }
    }
    .help = { $problem ->
        [neither] حدِّد تقريراً كما يكتبه الأمر `score` (JSON)، أو تقييماً يتضمن `answers`
       *[invalid] حدِّد تقريراً كما يكتبه الأمر `score` (JSON)، دون تعديل؛ ولتحليل التقييمات، احسب درجاتها أولاً
    }


input-invalid_metric = القيمة `{ $value }` ليست من مقاييس المسافة لمعامل ألفا لكريبندورف التي تحسبها هذه المكتبة
    .help = استخدم `ordinal` (ترتيبي، وهو الافتراضي) أو `interval` (فتري)

input-empty_cohort = لا تحتوي المجموعة على أي تقرير

input-framework_mismatch = يستخدم التقرير { $number } الإطار `{ $framework }` { $version }، بينما يستخدم التقرير 1 الإطار `{ $first_framework }` { $first_version }

input-series_mismatch = التقرير { $number } يخص وحدة غير وحدة التقرير 1
    .help = تتتبع السلسلة وحدة واحدة؛ استخدم `cohort` للمقارنة بين الوحدات

input-duplicate_period = لتقريرين الفترة نفسها: { $given ->
        [no] (فترة غير محددة)
       *[yes] `{ $period }`
    }

input-unknown_indicator = { $source ->
        [consensus] يذكر التوافق `{ $id }`، وهو ليس مؤشراً
        [form] الصف { $row }: المعرِّف `{ $id }` ليس مؤشراً في `{ $framework }` { $version }
       *[ratings] المعرِّف `{ $id }` ليس مؤشراً في `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] هل تقصد `{ $suggestion }`؟
       *[none] {""}
    }

input-invalid_rating = { $problem ->
        [not_object] القيمة `{ $value }` ليست تقديراً
        [missing] الحقل `{ $field }` مفقود
       *[not_text] يجب أن يكون الحقل `{ $field }` نصاً، لا `{ $value }`
    }
    .help = يُكتب التقدير هكذا {"{"}"expert": "a", "indicator": "inst.info.routine_data", "relevance": 4{"}"}، وتكون الملاءمة من 1 إلى 4، أو فارغة إذا لم تُقدَّر

input-invalid_relevance = { $source ->
        [form] الصف { $row }، `{ $id }`: القيمة `{ $value }` ليست تقديراً صالحاً للملاءمة
        [value] القيمة `{ $value }` ليست تقديراً صالحاً للملاءمة
       *[ratings] تقدير الملاءمة { $value } الذي أعطاه `{ $expert }` للمؤشر `{ $id }` ليس بين 1 و4
    }
    .help = قدِّر الملاءمة بالدرجة 1 (غير ملائم)، أو 2 (ملائم إلى حد ما)، أو 3 (ملائم بدرجة كبيرة)، أو 4 (ملائم جداً)، أو اترك الخانة فارغة

input-invalid_csv = تتعذر قراءة ملف CSV: { $detail }

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

input-invalid_method = القيمة `{ $value }` ليست طريقة لتجميع الإجابات
    .help = استخدم `median` (الوسيط، وهو الافتراضي) أو `mean` (المتوسط) أو `mode` (المنوال)

input-invalid_options = الخيارات غير صالحة: { $detail }
    .help = الخيارات: `method` (median أو mean أو mode)، و`allow_mismatch` (true أو false)، و`consensus` (لكل معرِّف مؤشر: {"{"}"level": ..., "rationale": "..."{"}"})

input-invalid_result = هذه ليست نتيجة متانة صادرة عن هذه المكتبة: { $detail }
    .help = مرِّر النتيجة التي أعادتها `robustness` (أو التي كتبها `lhs-maturity robustness --format json`) دون تغيير

input-invalid_consensus = { $problem ->
        [not_object] يجب أن يكون التوافق كائناً يربط كل معرِّف مؤشر بالإجابة المتفق عليها
       *[entry] إدخال غير صالح في التوافق: { $detail }
    }
    .help = اكتب كائن JSON واحداً يربط كل معرِّف مؤشر بالإجابة المتفق عليها وسببها، مثل {"{"}"inst.info.routine_data": {"{"}"level": 2, "rationale": "اتُّفق عليه في 3 أيار/مايو"{"}"}{"}"}

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

input-duplicate_respondent = يرد المستجيب `{ $respondent }` أكثر من مرة؛ ومع ذلك يُحتسب كل تقييم


migration-no_map = لا يوجد ترحيل مضمَّن للإطار `{ $framework }` من { $from } إلى { $to }
    .help = الترحيل المضمَّن ينقل من { $map_from } إلى { $map_to }

migration-no_version = لا يذكر التقييم إصدار الإطار الذي يجيب عنه
    .help = أضف `"framework": {"{"}"id": "lhs-2021", "version": "1.0.0"{"}"}` (أو الإصدار الذي قُدِّمت الإجابات وفقه)

migration-already_migrated = التقييم مُعَدّ أصلاً للإصدار { $version }
    .help = احسب درجته كما هو

migration-invalid = هذه ليست خريطة ترحيل صالحة: { $detail }

migration-unknown_indicator = المعرِّف `{ $id }` ليس مؤشراً في الإصدار { $version }

migration-duplicate = يرد المؤشر `{ $id }` مرتين في الخريطة

migration-unmapped_indicator = المؤشر `{ $id }` من الإصدار { $version } غير موجود في الخريطة

migration-lost_indicator = المؤشر `{ $id }` من الإصدار { $version } ليس مصدراً لأي مؤشر، ولا هو مدرج بين المؤشرات المحذوفة

migration-proposed = المؤشر `{ $id }` ({ $class }): يُقترح المستوى { $level } استناداً إلى { $sources }؛ ويجب أن يؤكده مقيِّم قبل أن تُحسب درجته

migration-wrong_framework = { $problem ->
        [assessment] التقييم مُعَدّ للإطار `{ $given }`، والخريطة مُعَدّة للإطار `{ $map_framework }`
       *[framework] تنقل الخريطة إلى `{ $map_framework }` { $map_version }، لا إلى `{ $framework }` { $version }
    }
    .help = { $problem ->
        [assessment] تنقل الخريطة التقييمات بين إصدارات إطار واحد
       *[framework] حدِّد الإطار الذي تنقل إليه الخريطة
    }

migration-wrong_version = التقييم مُعَدّ للإصدار { $version }، والخريطة تنقل من { $from } إلى { $to }
    .help = حدِّد تقييماً للإصدار { $from }


language-unavailable = اللغة `{ $requested }` غير متاحة؛ والنص معروض باللغة الإنجليزية
    .help = اللغات المتاحة: { $languages }


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

framework-form_name_collision = يعطي `{ $id }` اسم حقل النموذج `{ $name }`، وهو اسم يحمله `{ $other }` بالفعل
    .help = أسماء الحقول هي المعرّفات مع `_` بدلاً من `.`، وهي فريدة في النموذج كله بصرف النظر عن حالة الأحرف: غيّر اسم أحد المعرّفين

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

input-invalid_period = { $problem ->
        [duplicate] الفترة `{ $value }` مذكورة مرتين
       *[format] `{ $value }` ليست سنة ولا ربع سنة
    }
    .help = { $problem ->
        [duplicate] اذكر كل فترة مرة واحدة
       *[format] اكتب سنة (2026) أو ربع سنة (2026-Q3)، حتى يمكن تجميع إجابات الفترة الواحدة
    }

dhis2-invalid_period = { $problem ->
        [missing] ليس للتقرير { $number } فترة، فلا فترة له في DHIS2
       *[format] لا يمكن تحويل الفترة `{ $value }` إلى فترة DHIS2
    }
    .help = اكتب سنة (2026) أو نصف سنة (2026-S1) أو ربعًا (2026-Q3) أو شهرًا (2026-09) أو أسبوع ISO (2026-W05) أو يومًا (2026-09-30)

dhis2-unmapped_unit = { $problem ->
        [missing] ليس للتقرير { $number } معرّف وحدة، فلا وحدة تنظيمية له في DHIS2
       *[unknown] ليس للوحدة `{ $unit }` وحدة تنظيمية في DHIS2 ضمن ملف المطابقة
    }
    .help = { $problem ->
        [missing] أعطِ التقييم وحدة ذات معرّف
       *[unknown] أضف `{ $unit }` إلى `org_units` في ملف المطابقة، أو أعطِ قائمة وحدات فيها وحدتها التنظيمية في العمود `org_unit`
    }

dhis2-unmapped_node = ليس لـ `{ $node }` عنصر بيانات في DHIS2 لمقياسه `{ $measure }` ضمن ملف المطابقة
    .help = أضفه إلى ملف المطابقة (`overall` أو `nodes`)، أو أنشئ ملف المطابقة من جديد من حزمة البيانات الوصفية للإطار

dhis2-duplicate_value = التقرير { $number } يخص الوحدة التنظيمية نفسها (`{ $org_unit }`، الوحدة `{ $unit }`) والفترة نفسها (`{ $period }`) كالتقرير { $first }: سيكتب DHIS2 أحدهما فوق الآخر
    .help = اجمع أولًا تقييمات الوحدة والفترة الواحدة في تقرير واحد (`lhs-maturity pool`)، ثم صدّر ذلك التقرير

dhis2-other_framework = التقرير { $number } من الإطار `{ $framework }`، وملف المطابقة للإطار `{ $expected }`
    .help = صدّر تقارير كل إطار بملف المطابقة الخاص بذلك الإطار

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

dhis2-invalid_csv = السطر { $row }: العمود `{ $column }` فارغ
    .help = لكل قيمة في DHIS2 عنصر بيانات وفترة ووحدة تنظيمية وقيمة

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
