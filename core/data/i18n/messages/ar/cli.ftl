# رسائل lhs-maturity باللغة العربية: سطر الأوامر (cli).
# The words of the `lhs-maturity` command: its tables, summaries and notes on a terminal, and the
# Markdown it writes itself (pool, compare, cohort, reliability). JSON and CSV are not translated.
# Translators: keep every { $variable } as it is and every `command` or option in backticks;
# write every plural form your language has. Numbers arrive already written in your language's
# notation; percentages arrive with their % sign. Column headings should stay short: the
# tables are aligned for a terminal 100 characters wide.

## Shared words

cli-overall = الإجمالي
cli-unit-not-named = (وحدة غير مسمّاة)
cli-no-score = بلا درجة
cli-no-period = (فترة غير محددة)
cli-warnings = التحذيرات
# $n: how many warnings follow.
cli-warnings-heading = التحذيرات ({ $n })
# Joins two reasons in a sentence: "the framework versions differ and the indicator sets differ".
cli-and = { $first } و{ $second }
# The answers of respondents as a table shows them: `na`, `?` and `–` are symbols, keep them.
cli-answer-legend = na: لا ينطبق · ?: غير معروف · –: بلا إجابة
# $kind: the kind of unit assessed, a key of the framework.
cli-unit-kind = { $kind ->
    [national] وطني
    [subnational] دون وطني
    [district] منطقة صحية
    [facility] مرفق صحي
    [programme] برنامج
    [network] شبكة
   *[other] { $kind }
}
# $n: a number of indicators.
cli-indicator-count = { $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}

## Column headings shared by several tables (lowercase in terminal tables, capitalised in Markdown)

cli-column-unit = الوحدة
cli-column-unit-long = الوحدة
cli-column-period = الفترة
cli-column-period-long = الفترة
cli-column-group = الفئة
cli-column-group-long = الفئة
cli-column-overall = إجمالي
cli-column-level = مستوى
# Coverage: the share of the indicators that were rated.
cli-column-coverage = تغطية
cli-column-indicator = المؤشر

## Diagnostics and errors (the code in brackets is never translated)

cli-severity-error = خطأ
cli-severity-warning = تحذير
cli-label-error = خطأ:
cli-label-help = مساعدة:
# $path: a JSON Pointer into the document, such as /answers/inst.info.routine_data.
cli-diagnostic-at-path = في { $path }
# $line, $column: where in the file the problem is.
cli-diagnostic-at-line = في السطر { $line }، العمود { $column }
# $reason: the operating system's words for what went wrong.
cli-error-stdout = تتعذر الكتابة في المخرج القياسي: { $reason }
cli-help-writable = تحقق من أن المجلد موجود وأن الكتابة فيه مسموحة
# $dir: a directory named on the command line.
cli-error-empty-directory = لا يحتوي المجلد `{ $dir }` على أي تقييمات (ملفات *.json أو *.csv)
cli-help-empty-directory = حدِّد مجلداً يحتوي على ملفات التقييم، أو حدِّد الملفات نفسها
# $file: a CSV file named on the command line.
cli-error-no-rows = يحتوي `{ $file }` على سطر العناوين ولكن لا يحتوي على أي صف تقييم
# $file: the CSV file, to be given to `lhs-maturity batch`.
cli-help-score-many = احسب درجاتها كلها باستخدام `lhs-maturity batch { $file }`
# $file: a JSON file that is a scored report.
cli-error-report-not-assessment = `{ $file }` تقرير، وهذا الأمر يقرأ التقييمات
cli-help-report-not-assessment = حدِّد تقييمات المستجيبين (الملفات التي ملؤوها)، لا تقاريرهم
# $file: an input of `compare`; $n: how many assessments it holds.
cli-error-compare-many = يحتوي `{ $file }` على تقييمات عددها { $n }، والأمر `compare` يأخذ جولة واحدة في كل طرف
cli-help-compare-many = قارن بين ملفين يحتوي كل منهما على تقييم واحد؛ فالأمر `series` يتتبع جولات أكثر، والأمر `cohort` يلخص وحدات كثيرة
cli-error-pool-mismatch = التقييمات لا تخص كلها الوحدة نفسها والفترة نفسها وإصدار الإطار نفسه
cli-help-pool-mismatch = اجمع إجابات مستجيبي وحدة واحدة وفترة واحدة، أو أضف `--allow-mismatch` لتجميعها رغم ذلك
cli-error-cv-no-forms = حدِّد استمارات الملاءمة المعبأة، أو استخدم --form للحصول على استمارة فارغة
# A command to copy: translate nothing but the file name if you wish.
cli-help-cv-form = lhs-maturity content-validity --form -o relevance-form.csv

## Reading and writing files

cli-io-permission-denied = الإذن مرفوض
cli-help-read-directory = حدِّد الملفات الموجودة فيه، أو استخدم `lhs-maturity batch DIRECTORY`
# $dir: the directory; $reason: the operating system's words.
cli-io-cannot-read-directory = تتعذر قراءة المجلد `{ $dir }`: { $reason }
# $file: the output file; $reason: one of the cli-io-… reasons, or the operating system's words.
cli-io-cannot-write = تتعذر كتابة `{ $file }`: { $reason }
cli-io-not-a-file-name = ليس اسم ملف
# $dir: the directory the output file should be in.
cli-io-no-directory = المجلد `{ $dir }` غير موجود
cli-io-is-a-directory = هذا مجلد

## template, validate, report

# $framework: the framework id (lhs-2021); $version: its version; $n: how many indicators the
# template has; $file: the file written.
cli-template-written = كُتب نموذج تقييم فارغ وفق الإطار `{ $framework }` { $version } ({ $n ->
    [zero] بلا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}) في { $file }
cli-validate-valid = صالح
cli-validate-invalid = غير صالح
# $errors, $warnings: how many of each the file has.
cli-validate-counts = ({ $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيراً
   *[other] { $warnings } تحذير
})
# $input: the assessment; $overall: the overall score (or cli-no-score); $warnings: how many
# warnings the report has; $file: the report written.
cli-report-written = كُتب تقرير { $input } (الدرجة الإجمالية { $overall }، { $warnings ->
    [zero] بلا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيراً
   *[other] { $warnings } تحذير
}) في { $file }

## score --format table

cli-score-column-node = المجال / المجال الفرعي
cli-score-column-score = درجة
cli-score-column-level = المستوى
# Coverage: the share of the indicators that were rated.
cli-score-column-coverage = تغطية
# The indicators of the assessment by status: $rated, $na (not applicable), $unknown, $missing
# (not answered), out of $total.
cli-score-counts = { $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } غير معروف، { $missing } بلا إجابة، من أصل { $total ->
    [zero] { $total } مؤشر
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $total } مؤشرات
    [many] { $total } مؤشراً
   *[other] { $total } مؤشر
}
# Follows cli-score-counts on the same line. $percent: how far the rated indicators have come
# to their targets; $below: how many are below target.
cli-score-to-target = ؛ التقدم نحو المستوى المستهدف { $percent } ({ $below } دون المستوى المستهدف)
cli-score-learning-profile = ملف التعلم
cli-score-uncertainty = مدى اليقين في الدرجات
cli-uncertainty-column-interval = فترة 90%
cli-uncertainty-column-together = أخطاء مترابطة
cli-uncertainty-column-p-level = احتمال المستوى
cli-uncertainty-column-range = النطاق لو عُرفت الإجابات غير المعروفة
cli-robustness-pair = `{ $value }` ليس زوجاً من الوحدات: اكتب `A,B`
# A progress bar: keep { $bar }, { $position } and { $length } (the bar, the scenarios done, all
# scenarios).
cli-robustness-progress = السيناريوهات { $bar } { $position }/{ $length }
cli-score-next-steps = أهم الخطوات التالية
cli-score-no-steps = لا يوجد مؤشر مُقيَّم دون مستواه المستهدف.
# A next step: $rank (1, 2…), the indicator's $name and $indicator id, its $level now and the
# $next level, and the $action (what reaching that level takes).
cli-score-step = { $rank }. { $name } ({ $indicator })، المستوى { $level } → { $next }: { $action }
# $n: how many more next steps there are than the table shows.
cli-score-more-steps = … وخطوات أخرى عددها { $n } (يسردها `--format markdown` حسب فئة أصحاب المصلحة، ويكتبها `report` كلها)

## batch

# A progress bar: keep { $bar }, { $position } and { $length } (the bar, the inputs done, all
# inputs).
cli-batch-progress = جارٍ حساب الدرجات { $bar } { $position }/{ $length } من المُدخَلات
cli-batch-row-failed = تعذّر الحساب: انظر أدناه
# $failed of $total assessments could not be scored; the list follows.
cli-batch-failed = تعذّر حساب درجات { $failed } من أصل { $total ->
    [zero] { $total } تقييم
    [one] تقييم واحد
    [two] تقييمين
    [few] { $total } تقييمات
    [many] { $total } تقييماً
   *[other] { $total } تقييم
}:
# After the first failures listed: how many more the summary holds.
cli-batch-more-failed = … و{ $more } أخرى: يبيّن العمود `error` في الملخص سبب تعذّر حساب درجة كل منها
# $scored of $total assessments, read from $inputs files, in $seconds seconds.
cli-batch-summary = حُسبت درجات { $scored } من أصل { $total ->
    [zero] { $total } تقييم
    [one] تقييم واحد
    [two] تقييمين
    [few] { $total } تقييمات
    [many] { $total } تقييماً
   *[other] { $total } تقييم
} من { $inputs ->
    [zero] { $inputs } مُدخَل
    [one] مُدخَل واحد
    [two] مُدخَلين
    [few] { $inputs } مُدخَلات
    [many] { $inputs } مُدخَلاً
   *[other] { $inputs } مُدخَل
} في { $seconds } ث
# cli-batch-summary, then $file: the summary written.
cli-batch-summary-written = حُسبت درجات { $scored } من أصل { $total ->
    [zero] { $total } تقييم
    [one] تقييم واحد
    [two] تقييمين
    [few] { $total } تقييمات
    [many] { $total } تقييماً
   *[other] { $total } تقييم
} من { $inputs ->
    [zero] { $inputs } مُدخَل
    [one] مُدخَل واحد
    [two] مُدخَلين
    [few] { $inputs } مُدخَلات
    [many] { $inputs } مُدخَلاً
   *[other] { $inputs } مُدخَل
} في { $seconds } ث؛ وكُتب الملخص في { $file }

## framework (outline, indicators, lint, languages)

# $title: the framework's title; $framework: its id; $version; $n: how many indicators.
cli-framework-title = { $title } — `{ $framework }` الإصدار { $version } ({ $n ->
    [zero] بلا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
})
# $citation: the publication the framework is built on.
cli-framework-source = المصدر: { $citation }
cli-framework-scale = المقياس:
cli-framework-facets = الأبعاد:
cli-framework-domains = المجالات:
cli-framework-list-hint = لسرد المؤشرات استخدم `lhs-maturity framework indicators`.
# The weight of an outcome indicator, which is reported apart from the scores.
cli-weight-outcome = نتيجة
# The weight of an indicator that does not apply to the unit kind.
cli-weight-none = لا ينطبق
# $n: how many indicators count in the scores; $min and $max: the smallest and largest
# effective weight (percentages); $ratio: max divided by min.
cli-indicators-summary = { $n ->
    [zero] لا مؤشرات محتسبة في الدرجات
    [one] مؤشر واحد محتسب في الدرجات
    [two] مؤشران محتسبان في الدرجات
    [few] { $n } مؤشرات محتسبة في الدرجات
    [many] { $n } مؤشراً محتسباً في الدرجات
   *[other] { $n } مؤشر محتسب في الدرجات
}؛ الوزن الفعلي من { $min } إلى { $max } (الأقصى/الأدنى { $ratio })؛ وتُعرض مؤشرات النتائج على حدة
# cli-indicators-summary for a unit of one kind: $kind is cli-unit-kind.
cli-indicators-summary-kind = { $n ->
    [zero] لا مؤشرات محتسبة في الدرجات
    [one] مؤشر واحد محتسب في الدرجات
    [two] مؤشران محتسبان في الدرجات
    [few] { $n } مؤشرات محتسبة في الدرجات
    [many] { $n } مؤشراً محتسباً في الدرجات
   *[other] { $n } مؤشر محتسب في الدرجات
} لوحدة من نوع «{ $kind }»؛ الوزن الفعلي من { $min } إلى { $max } (الأقصى/الأدنى { $ratio })؛ وتُعرض مؤشرات النتائج على حدة
# $level: a level of the scale (0–4); $words: the average number of words of its descriptors.
cli-lint-level-words = المستوى { $level }: { $words }
# $framework, $version; $indicators and $findings: how many; $average: words per descriptor;
# $levels: the cli-lint-level-words of every level, joined by commas.
cli-lint-summary = { $framework } { $version }: { $indicators ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $indicators } مؤشرات
    [many] { $indicators } مؤشراً
   *[other] { $indicators } مؤشر
}، { $findings ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $findings } ملاحظات
    [many] { $findings } ملاحظةً
   *[other] { $findings } ملاحظة
}؛ متوسط عدد الكلمات في كل وصف { $average } ({ $levels })
# $framework: the framework id; $version; $n: how many languages its texts are in.
cli-languages-heading = تتوفر نصوص `{ $framework }` { $version } في { $n ->
    [zero] { $n } لغة
    [one] لغة واحدة
    [two] لغتين
    [few] { $n } لغات
    [many] { $n } لغةً
   *[other] { $n } لغة
}:
cli-languages-column-code = الرمز
cli-languages-column-name = الاسم
cli-languages-column-status = الحالة
cli-languages-column-reviewer = المراجع
cli-languages-column-texts = النصوص
# How far a translation can be trusted: the source language, a translation no native-speaking
# reviewer has signed off yet, one a reviewer has signed off, or a language the framework does
# not declare.
cli-language-status = { $status ->
    [source] المصدر
    [provisional] مؤقتة
    [reviewed] مُراجَعة
    [undeclared] غير مُعلنة
   *[other] { $status }
}
# $translated of $total texts exist in the language; $percent: the share, rounded down.
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
# $pointer: the JSON Pointer of the first text the language lacks.
cli-languages-first-missing = أول نص ناقص: { $pointer }

## migrate, content-validity

# $class: how an indicator of the new version comes from the old one (a key of the migration
# map); $n: how many indicators.
cli-migrate-class = { $class ->
    [equivalent] مكافئ
    [merged_duplicate] مدمج (مكرر)
    [merged_conjunctive] مدمج (اقتراني)
    [revised] منقَّح
    [new] جديد
   *[other] { $class }
}: { $n }
# $file: the assessment; $from and $to: the versions; $carried: levels kept as they were;
# $proposed: levels a rater must confirm; $unmapped: answers with no place in the new version;
# $classes: the cli-migrate-class counts, joined by commas.
cli-migrate-summary = رُحِّل { $file } من { $from } إلى { $to }: { $carried ->
    [zero] لا مستويات منقولة كما هي
    [one] مستوى واحد منقول كما هو
    [two] مستويان منقولان كما هما
    [few] { $carried } مستويات منقولة كما هي
    [many] { $carried } مستوًى منقولاً كما هو
   *[other] { $carried } مستوى منقول كما هو
}، والمستويات المقترحة بانتظار تأكيد مقيِّم: { $proposed }، و{ $unmapped ->
    [zero] لا إجابات محفوظة
    [one] إجابة واحدة محفوظة
    [two] إجابتان محفوظتان
    [few] { $unmapped } إجابات محفوظة
    [many] { $unmapped } إجابةً محفوظةً
   *[other] { $unmapped } إجابة محفوظة
} تحت migration.unmapped ({ $classes })
cli-migrate-proposed-hint = المستويات المقترحة مدرجة تحت migration.proposed؛ اضبط كل مستوى مؤكَّد بوصفه قيمة `level` للإجابة
cli-cv-column-indicator = المؤشر
cli-cv-column-experts = الخبراء
# Item-level content validity index: keep the abbreviation, or use the one of your literature.
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = كابا
cli-cv-column-interpretation = التفسير
# $value: the verdict on an indicator's content validity.
cli-cv-interpretation = { $value ->
    [excellent] ممتاز
    [good] جيد
    [fair] مقبول
    [poor] ضعيف
    [too_few_experts] عدد الخبراء غير كافٍ
    [not_rated] غير مُقيَّم
   *[other] { $value }
}
# $experts: how many experts rated; $average and $universal: the scale-level indices.
cli-cv-summary = { $experts ->
    [zero] لا خبراء
    [one] خبير واحد
    [two] خبيران
    [few] { $experts } خبراء
    [many] { $experts } خبيراً
   *[other] { $experts } خبير
}؛ S-CVI/Ave { $average }، S-CVI/UA { $universal } (spec/SCORING.md §26)

## pool

# $respondents: how many; $method: how their levels were combined; $items: indicators
# answered; $agenda: indicators on the disagreement agenda.
cli-pool-intro = جُمعت إجابات { $respondents ->
    [zero] { $respondents } مستجيب
    [one] مستجيب واحد
    [two] مستجيبَين
    [few] { $respondents } مستجيبين
    [many] { $respondents } مستجيباً
   *[other] { $respondents } مستجيب
} بحساب { $method ->
    [median] الوسيط
    [mean] المتوسط
   *[mode] المنوال
}، وأُجيب عن { $items ->
    [zero] { $items } مؤشر
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $items } مؤشرات
    [many] { $items } مؤشراً
   *[other] { $items } مؤشر
}؛ منها { $agenda } في جدول نقاط الخلاف
# $unit: the unit and period pooled.
cli-pool-title = التقييم المجمَّع: { $unit }
cli-pool-column-respondent = المستجيب
cli-pool-column-file = الملف
cli-pool-agreement-heading = الاتفاق بين المستجيبين (المؤشرات بوصفها وحدات التحليل)
cli-pool-agreement-title = الاتفاق بين المستجيبين
cli-agreement-column-scope = النطاق
# Krippendorff's alpha (α) with the ordinal and the interval metric, and the indicators it
# used; the intraclass correlation ICC(2,1) and ICC(2,k), and the indicators it used.
cli-agreement-column-alpha-ordinal = α ترتيبي
cli-agreement-column-alpha-interval = α فتري
cli-agreement-column-alpha-units = وحدات α
cli-agreement-column-alpha-units-long = الوحدات (α)
cli-agreement-column-icc-single = ICC(2,1)
cli-agreement-column-icc-mean = ICC(2,k)
cli-agreement-column-icc-units = وحدات ICC
cli-agreement-column-icc-units-long = الوحدات (ICC)
cli-agreement-legend = α: معامل ألفا لكريبندورف على المؤشرات التي قيّمها مستجيبان أو أكثر؛ ICC: نموذج الآثار العشوائية ثنائي الاتجاه، الاتفاق المطلق، على المؤشرات التي قيّمها جميع المستجيبين
cli-pool-agenda-title = جدول نقاط الخلاف
cli-pool-agenda-empty = جدول نقاط الخلاف: فارغ (لم يحصل أي مؤشر على مستويات مختلفة)
# $n: how many indicators are on the agenda.
cli-pool-agenda-heading = جدول نقاط الخلاف: { $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}، الأوسع مدى أولاً (يُعرض على اجتماع التوافق)
cli-pool-agenda-none = لم يحصل أي مؤشر على مستويات مختلفة من المستجيبين.
cli-pool-agenda-order = الأوسع مدى أولاً، ثم الأوسع مدى ربيعياً.
# The range of the levels given (highest minus lowest), and the interquartile range.
cli-pool-column-range = المدى
cli-pool-column-range-long = المدى
cli-pool-column-iqr = IQR
cli-pool-consensus-title = التوافق
# $n: how many answers agreed in a consensus meeting replace the pooled ones.
cli-pool-consensus-heading = { $n ->
    [zero] التوافق: لا توجد إجابات متفق عليها تحل محل الإجابات المجمَّعة
    [one] التوافق: إجابة واحدة متفق عليها تحل محل الإجابة المجمَّعة
    [two] التوافق: إجابتان متفق عليهما تحلان محل الإجابتين المجمَّعتين
    [few] التوافق: { $n } إجابات متفق عليها تحل محل الإجابات المجمَّعة
    [many] التوافق: { $n } إجابةً متفقاً عليها تحل محل الإجابات المجمَّعة
   *[other] التوافق: { $n } إجابة متفق عليها تحل محل الإجابات المجمَّعة
}
# $respondents: how many were pooled; $items: indicators answered; $file: the pooled assessment.
cli-pool-written = كُتب التقييم المجمَّع ({ $respondents ->
    [zero] { $respondents } مستجيب
    [one] مستجيب واحد
    [two] مستجيبان
    [few] { $respondents } مستجيبين
    [many] { $respondents } مستجيباً
   *[other] { $respondents } مستجيب
}، { $items ->
    [zero] لا مؤشرات مُجاب عنها
    [one] مؤشر واحد مُجاب عنه
    [two] مؤشران مُجاب عنهما
    [few] { $items } مؤشرات مُجاب عنها
    [many] { $items } مؤشراً مُجاباً عنه
   *[other] { $items } مؤشر مُجاب عنه
}) في { $file }؛ احسب درجته باستخدام `lhs-maturity score { $file }`
cli-pool-not-written = لم يُكتب التقييم المجمَّع: أضف `-o pooled.json` لكتابته
cli-bootstrap-title = إعادة المعاينة للتقييم المجمَّع: { $unit }
cli-bootstrap-intro = { $resamples } إعادة معاينة للمستجيبين الـ{ $respondents }، مسحوبة مع الإرجاع (البذرة { $seed }): فترة { $level }% لكل درجة ونسبة إعادات المعاينة التي تحافظ على مستواها
cli-bootstrap-leave-one-out = { $respondents ->
    [zero] لا مستجيبين عدد
    [one] مستجيب واحد عدد
    [two] مستجيبان عدد
    [few] { $respondents } مستجيبين عدد
    [many] { $respondents } مستجيباً عدد
   *[other] { $respondents } مستجيب عدد
} قليل جداً لإعادة المعاينة (يلزم { $min } على الأقل): كل درجة مع استبعاد كل مستجيب بدوره، ومداها
cli-bootstrap-column-interval = فترة { $level }%
cli-bootstrap-column-keeps = يحافظ على المستوى
cli-bootstrap-column-range = المدى
cli-bootstrap-column-without = دون { $respondent }
cli-cohort-census = الوحدات حصر شامل: لا خطأ معاينة في متوسطات المجموعات (`--sample` إن كانت عيّنة).
cli-cohort-sample = الوحدات عيّنة: فترات إعادة معاينة بنسبة { $level }% لمتوسطات المجموعات التي لا تقل عن { $min } وحدات ({ $resamples } إعادة معاينة، البذرة { $seed }).

## compare

cli-compare-before = قبل:
cli-compare-after = بعد:
cli-compare-column-before = قبل
cli-compare-column-after = بعد
cli-compare-column-change = التغير
cli-compare-column-level = المستوى
cli-compare-column-before-long = قبل
cli-compare-column-after-long = بعد
cli-compare-column-change-long = التغير
cli-compare-column-level-long = المستوى
cli-compare-column-target-long = المستوى المستهدف
cli-compare-column-progress-long = التقدم
# $before and $after: the periods of the two rounds.
cli-compare-title = المقارنة: { $before } → { $after }
# $n: how many indicators both rounds have.
cli-compare-comparable = قابلة للمقارنة المباشرة: إصدار الإطار نفسه والمؤشرات نفسها في الجولتين ({ $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}).
# $before and $after: each round's framework id and version.
cli-compare-versions-differ = إصدارا الإطار مختلفان ({ $before } → { $after })
cli-compare-sets-differ = مجموعتا المؤشرات مختلفتان
# $reasons: cli-compare-versions-differ and/or cli-compare-sets-differ; $n: the indicators
# compared; $shared: `equivalent` when a migration map says which indicators kept their meaning.
cli-compare-restricted = مقارنة مقيَّدة: { $reasons }؛ وقد أُعيد حساب كل درجة أدناه على أساس المؤشرات المشتركة بين الجولتين { $shared ->
    [equivalent] بالمعنى نفسه (إذ صنّفتها خريطة الترحيل مكافئة، أما المؤشرات الأخرى فقد نُقِّحت أو دُمجت أو حُذفت)
   *[other] دون غيرها
}، { $n ->
    [zero] ولا يوجد أي مؤشر مشترك
    [one] وهو مؤشر واحد
    [two] وهما مؤشران
    [few] وعددها { $n } مؤشرات
    [many] وعددها { $n } مؤشراً
   *[other] وعددها { $n } مؤشر
}.
# $n: how many indicators only the earlier round has; $ids: their ids.
cli-compare-only-before = في الجولة السابقة فقط ({ $n }): { $ids }
# $n: how many indicators only the later round has; $ids: their ids.
cli-compare-only-after = في الجولة اللاحقة فقط ({ $n }): { $ids }
# How many indicators rated in both rounds went up, down, or stayed.
cli-compare-counts = المؤشرات المُقيَّمة في الجولتين: تحسّن { $improved }، وتراجع { $regressed }، ولم يتغير { $unchanged }.
# $percent: the levels gained over the gap to target.
cli-compare-progress = التقدم نحو المستوى المستهدف: { $percent } من المسافة (المستويات المكتسبة قياساً إلى الفجوة عن المستوى المستهدف، في المؤشرات التي كانت دون مستواها المستهدف في الجولة السابقة).
cli-compare-progress-none = التقدم نحو المستوى المستهدف: غير محدد (لم يكن أي مؤشر مُقيَّم في الجولتين دون مستواه المستهدف في الجولة السابقة).
# $n: how many indicators went up a level or more.
cli-compare-improved = تحسّن ({ $n })
# $n: how many indicators went down a level or more.
cli-compare-regressed = تراجع ({ $n })
# $target: the target level; $percent: how far the indicator has come to it.
cli-compare-target-progress = المستوى المستهدف { $target }، { $percent } من المسافة
# $target: the target level (no progress can be given).
cli-compare-target = المستوى المستهدف { $target }

## cohort

# $units: how many units; $framework, $version: the framework of the reports.
cli-cohort-heading = مجموعة من { $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
} · { $framework } { $version }
# $label: what the units are grouped by (region, kind…).
cli-cohort-grouped-by = مصنَّفة حسب { $label }
# $min: the smallest group that gets statistics.
cli-cohort-suppression = تُحجب الفئات التي تضم أقل من { $min ->
    [zero] { $min } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $min } وحدات
    [many] { $min } وحدةً
   *[other] { $min } وحدة
} (فلا تُعرض لها إحصاءات)، كي لا يمكن تمييز أي وحدة بعينها.
# cli-cohort-suppression, then $suppressed: how many groups were suppressed here.
cli-cohort-suppression-some = تُحجب الفئات التي تضم أقل من { $min ->
    [zero] { $min } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $min } وحدات
    [many] { $min } وحدةً
   *[other] { $min } وحدة
} (فلا تُعرض لها إحصاءات)، كي لا يمكن تمييز أي وحدة بعينها؛ { $suppressed ->
    [zero] ولم تُحجب أي فئة هنا
    [one] وقد حُجبت هنا فئة واحدة
    [two] وقد حُجبت هنا فئتان
    [few] وقد حُجبت هنا { $suppressed } فئات
    [many] وقد حُجب هنا { $suppressed } فئةً
   *[other] وقد حُجب هنا { $suppressed } فئة
}.
cli-cohort-publishable = هذا هو الملخص القابل للنشر: لا يتضمن صفوفاً على مستوى الوحدات (يضيف `--ranks` الرتبة المئينية لكل وحدة).
cli-cohort-with-ranks = مع رتب الوحدات: ليست للنشر، لأنها تميّز وحدات بعينها.
# $group: the group's label value; $units: how many units it has.
cli-cohort-group = { $group } ({ $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
})
# cli-cohort-group, then $min: the smallest group that gets statistics.
cli-cohort-group-suppressed = { $group } ({ $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
}): محجوبة، أقل من { $min ->
    [zero] { $min } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $min } وحدات
    [many] { $min } وحدةً
   *[other] { $min } وحدة
}
cli-cohort-column-measure = القياس
# Statistics of a group: count, mean, standard deviation, minimum, first quartile, median,
# third quartile, maximum (short in terminal tables, six characters at most).
cli-stat-n = عدد
cli-stat-mean = متوسط
cli-stat-sd = انحراف
cli-stat-min = أدنى
cli-stat-q1 = ربيع1
cli-stat-median = الوسيط
cli-stat-q3 = ربيع3
cli-stat-max = أعلى
cli-stat-n-long = العدد
cli-stat-mean-long = المتوسط
cli-stat-sd-long = الانحراف المعياري
cli-stat-min-long = الحد الأدنى
cli-stat-q1-long = الربيع الأول
cli-stat-median-long = الوسيط
cli-stat-q3-long = الربيع الثالث
cli-stat-max-long = الحد الأقصى
cli-cohort-ranks-heading = الرتب المئينية داخل الفئة (الإجمالي ولكل مجال؛ ويتضمن `--format csv` جميع القياسات)
cli-cohort-ranks-title = الرتب المئينية داخل الفئة (ليست للنشر)
cli-cohort-ranks-note = ملاحظة: رتب الوحدات تميّز وحدات بعينها؛ انشر الملخص دون `--ranks`

## reliability

# $units: how many units; $framework, $version: the framework of the reports.
cli-reliability-heading = موثوقية الأداة استناداً إلى { $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
} · { $framework } { $version }
# The same as a Markdown title.
cli-reliability-title = موثوقية الأداة استناداً إلى { $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
} ({ $framework } { $version })
cli-reliability-intro = معامل ألفا كرونباخ لكل مجال ومجال فرعي، على الوحدات التي قيّمت جميع مؤشراته
cli-reliability-column-items = بنود
cli-reliability-column-units = وحدات
cli-reliability-column-alpha = ألفا
cli-reliability-column-items-long = البنود
cli-reliability-column-units-long = الوحدات
cli-reliability-column-alpha-long = ألفا
# An item's statistics: $alpha (Cronbach's alpha without it) and $correlation (its corrected
# item–total correlation), both already padded to their columns.
cli-reliability-item = ألفا عند الحذف { $alpha }  ارتباط البند بالمجموع { $correlation }
cli-reliability-column-alpha-if-deleted = ألفا عند حذف البند
cli-reliability-column-item-total = ارتباط البند بالمجموع
# $item: an indicator id; $node: the domain or sub-domain id it is counted in.
cli-reliability-item-in = `{ $item }` (ضمن `{ $node }`)
# $top: the top level of the scale, its number and name.
cli-reliability-floor-heading = الأرضية والسقف: نسبة الوحدات التي قيّمت المؤشر بالمستوى 0، وبالمستوى الأعلى ({ $top })
cli-reliability-floor-title = الأرضية والسقف
# $top: the top level of the scale, its number and name.
cli-reliability-floor-intro = نسبة الوحدات التي قيّمت المؤشر بالمستوى 0 (الأرضية)، وبالمستوى الأعلى، { $top } (السقف).
cli-reliability-column-rated = العدد
cli-reliability-column-floor = أرضية
cli-reliability-column-ceiling = سقف
cli-reliability-column-rated-long = عدد الوحدات المقيِّمة
cli-reliability-column-floor-long = الأرضية
cli-reliability-column-ceiling-long = السقف

## series

# $unit: the unit followed; $n: how many rounds.
cli-series-heading = { $unit }: { $n ->
    [zero] لا جولات
    [one] جولة واحدة
    [two] جولتان
    [few] { $n } جولات
    [many] { $n } جولةً
   *[other] { $n } جولة
}

# `export xlsform`: the form written. $framework, $version: the framework; $revision: the form's
# revision; $n: its indicators; $units: the units of the list given with --units (0: none, the
# unit is typed in); $file: the .xlsx file.
cli-xlsform-written = كُتب نموذج XLSForm للإطار `{ $framework }` { $version }، المراجعة { $revision } ({ $n ->
    [zero] بلا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}، { $units ->
    [0] الوحدة تُكتب يدوياً
    [one] وحدة واحدة للاختيار
    [two] وحدتان للاختيار
    [zero] الوحدة تُكتب يدوياً
    [few] { $units } وحدات للاختيار
    [many] { $units } وحدة للاختيار
   *[other] { $units } وحدة للاختيار
}) في { $file }
# $option: `--units`, `--form-revision` or `--period`, given to `export long`
cli-error-xlsform-option = `{ $option }` خيار خاص بالأمر `export xlsform` فقط
cli-error-xlsform-files = لا يأخذ `export xlsform` أي ملفات إدخال: يُبنى النموذج من الإطار
cli-error-template-xlsx-kind = يتضمن قالب Excel جميع المؤشرات ويبيّن ما ينطبق منها على بعض أنواع الوحدات فقط: احذف `--unit-kind`
cli-error-binary-terminal = لا يمكن عرض مصنف Excel في الطرفية
cli-help-binary-terminal = اكتبه في ملف باستخدام `-o`، مثلًا `-o template.xlsx`

# $file: an output file the disk had no room for (cli-io-cannot-write's $reason).
cli-io-disk-full = القرص ممتلئ: أفرغ بعض المساحة (أو اكتب على قرص آخر) ثم شغّل الأمر من جديد؛ بقي الملف السابق كما كان
# $signal: SIGINT (Ctrl+C) or SIGTERM.
cli-interrupted = أُوقف بالإشارة { $signal }: حُذفت الملفات التي كانت قيد الكتابة وبقيت الملفات السابقة كما كانت
# $more: problems of $file not printed after the first 100.
cli-diagnostics-more = … و{ $more } أخرى في { $file }: يسردها كلها الأمر `lhs-maturity validate --format json`
# $signal: SIGINT (Ctrl+C) or SIGTERM, when no file was being written.
cli-interrupted-idle = أُوقف بالإشارة { $signal }

cli-error-dhis2-option = `{ $option }` خيار خاص بالأوامر `export dhis2` و`export dhis2-metadata` و`export dhis2-mapping` فقط
cli-error-dhis2-layout-option = `{ $option }` ليس خيارًا من خيارات `export { $layout }`
cli-error-dhis2-files = لا يأخذ `export { $layout }` ملفات إدخال: يُنشأ من الإطار
cli-error-dhis2-no-mapping = يحتاج `export dhis2` إلى ملف المطابقة بين الإطار ونسخة DHIS2: `--mapping mapping.json`
cli-help-dhis2-mapping = أنشئه بالأمر `lhs-maturity export dhis2-mapping --units units.csv -o mapping.json` بعد استيراد حزمة `lhs-maturity export dhis2-metadata` إلى DHIS2
cli-error-dhis2-no-reports = يحتاج `export dhis2` إلى التقارير أو التقييمات المراد تصديرها
cli-dhis2-written = { $file }: قيم DHIS2: { $values }؛ التقارير: { $reports }؛ الوحدات التنظيمية: { $units }؛ الفترات: { $periods }
cli-dhis2-metadata-written = { $file }: حزمة البيانات الوصفية لـ DHIS2 للإطار `{ $framework }` { $version }: عناصر البيانات: { $elements }؛ مجموعة البيانات `{ $data_set }` ({ $period_type })
cli-dhis2-metadata-hint = استوردها مرة واحدة إلى DHIS2 (تطبيق Import/Export، استيراد البيانات الوصفية)، ثم أنشئ ملف المطابقة بالأمر `lhs-maturity export dhis2-mapping`
cli-dhis2-mapping-written = { $file }: مطابقة DHIS2 للإطار `{ $framework }`: العُقد: { $nodes }؛ الوحدات التنظيمية: { $units }

cli-submissions-counts = { $file }: عدد الإرسالات { $submissions }: قُرئ منها { $read }، ورُفض { $refused }، واستُبعد { $left } (مرفوضة أو غير معتمدة أو غير مفكوكة التشفير)، وحُذف { $duplicates } من النسخ المكررة

cli-error-fhir-files = { $layout ->
        [fhir-questionnaire] لا يقبل `export fhir-questionnaire` ملفات إدخال: يُبنى الـ Questionnaire من الإطار
       *[fhir-response] يحتاج `export fhir-response` إلى التقييمات الذاتية لكتابتها استجاباتٍ
    }
cli-error-fhir-option = `{ $option }` خيار خاص بـ `export xlsform` و`export fhir-questionnaire` فقط
