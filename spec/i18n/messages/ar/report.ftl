# رسائل lhs-maturity باللغة العربية: التقارير (Markdown وHTML ومخططات SVG) ونماذج التقييم الفارغة.
# Translators: keep every { $variable } and { -term } as it is; write every plural form your
# language has ([zero] [one] [two] [few] [many] [other]). Numbers arrive already written in your
# language's notation. Write in the register of a ministry of health guideline.
#
# Ids start with where the text is shown: md- (the Markdown report), html- (the HTML report),
# svg- (the charts), template- (the blank assessments) and report- (more than one of them).
# The messages hold no markup: the reports put bold, code and links around the values they
# pass, and escape everything, so write plain text (no HTML, no Markdown, no * or _).

## Terms

-lhs = النظام الصحي المتعلِّم

## Counts

# $n: a number of indicators.
count-indicators = { $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}

## Shared by the reports: headings

report-overall = الإجمالي
report-outcome-profile = ملف النتائج
report-learning-profile = ملف التعلم
report-next-steps = الخطوات التالية حسب فئة أصحاب المصلحة
report-no-steps = لا يوجد مؤشر مُقيَّم دون مستواه المستهدف.
# Shown instead of a score when nothing below a domain or facet value is rated (lowercase: it
# stands in a table cell and beside a chart bar).
report-no-score = بلا درجة

## Shared by the reports: column headings of tables

report-col-domain = المجال
# The column of the outcome domains (learning processes and results, reported apart).
report-col-outcome = مجال النتائج
# The column of the identifiers (`inst`, `inst.info`).
report-col-id = المعرِّف
report-col-score = الدرجة
report-col-level = المستوى
report-col-coverage = التغطية
# The share of the way from the current levels to the targets.
report-col-to-target = نحو المستوى المستهدف
# A facet is a cross-cutting classification of the indicators (learning loop, level, means,
# stakeholder group); its values are the rows.
report-col-facet = البُعد
report-col-value = القيمة
report-col-indicator = المؤشر
report-col-indicators = المؤشرات
report-col-target = المستوى المستهدف
report-col-rated = مُقيَّم
report-col-na = لا ينطبق
report-col-unknown = غير معروف
report-col-missing = بلا إجابة

## Shared by the reports: next steps

# A move of one indicator by one level; $move is the two level numbers, e.g. 2 → 3 (written
# left to right in every language).
report-step-levels = المستوى { $move }

## Markdown report

# Labels before the unit assessed, the period it describes and the framework, with the colon
# (or what your language writes there).
md-label-unit = الوحدة:
md-label-period = الفترة:
md-label-framework = الإطار:
md-unit-not-named = (وحدة غير مسمّاة)
md-domains = المجالات
md-warnings = التحذيرات
# The overall result in one line. $score is the score out of the top level (e.g. 1.50 / 4) and
# $level the level number and name (e.g. 2 Established), both already in bold; $percent is the
# score as a share of the top level (e.g. 38%); $coverage the share of the indicators that are
# rated; then the counts of answers: rated, not applicable (n/a), unknown, missing, of $total.
md-overall = الدرجة { $score } · المستوى { $level } · { $percent } من المستوى الأعلى · التغطية { $coverage } ({ $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } غير معروف، { $missing } بلا إجابة، من أصل { $total })
# $percent: progress from the current levels to the targets; $below of $with rated indicators
# that have a target are below it; $gap: the sum of their gaps, in levels.
md-progress = التقدم نحو المستوى المستهدف: { $percent } ({ $below } من أصل { $with } من المؤشرات المُقيَّمة المحدَّد لها مستوى مستهدف لم تبلغه بعد؛ { $gap ->
    [zero] لا فجوة إجمالية
    [one] الفجوة الإجمالية مستوى واحد
    [two] الفجوة الإجمالية مستويان
    [few] الفجوة الإجمالية { $gap } مستويات
    [many] الفجوة الإجمالية { $gap } مستوًى
   *[other] الفجوة الإجمالية { $gap } مستوى
})
md-outcome-note = عمليات التعلم ونتائجه، وتُعرض على حدة: فهي لا تدخل في الدرجة الإجمالية.
# One next step. $name is the indicator's name (in bold), $id its identifier (as code),
# $levels the move (report-step-levels), $action what to do.
md-step = { $name } ({ $id })، { $levels }: { $action }
# After the first next steps of a stakeholder group: how many are not listed.
md-more = … وخطوات أخرى عددها { $n }

## HTML report: header

# Under the unit's name; $framework is the framework's title.
html-subtitle = تقرير التقييم الذاتي · { $framework }
html-unit-not-named = وحدة غير مسمّاة
html-unit-id = معرِّف الوحدة
html-unit-kind = نوع الوحدة
html-period = الفترة
# In place of a period the assessment does not give.
html-not-given = غير محددة
html-respondent = المستجيب
html-framework = الإطار
# $title: the framework's title; $id: its identifier (shown as code); $version: e.g. 2.0.0.
html-framework-version = { $title } { $id }، الإصدار { $version }
# Shown when the framework's text in the report's language has not yet been checked by a
# native-speaking reviewer.
html-translation-provisional = الترجمة: مؤقتة (لم يراجعها بعدُ مراجعٌ لغته الأم العربية)

## HTML report: overall result

html-overall-score = الدرجة الإجمالية
html-tile-level = المستوى
html-tile-coverage = التغطية
# Under the coverage: $rated of the $total indicators that apply are rated.
html-rated-of = قُيِّم { $rated } من أصل { $total }
html-tile-target = التقدم نحو المستوى المستهدف
# Under the progress to target: $below of the $with rated indicators with a target are below it.
html-below-of = { $below } من أصل { $with } دون المستوى المستهدف
# $percent: the overall score as a share of the top level; then the counts of answers of the
# $total indicators in the overall score.
html-answers = { $percent } من المستوى الأعلى. الإجابات: { $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } غير معروف، { $missing } بلا إجابة، { $total ->
    [zero] ولا يدخل أي مؤشر في الدرجة الإجمالية.
    [one] من أصل مؤشر واحد في الدرجة الإجمالية.
    [two] من أصل مؤشرين في الدرجة الإجمالية.
    [few] من أصل { $total } مؤشرات في الدرجة الإجمالية.
    [many] من أصل { $total } مؤشراً في الدرجة الإجمالية.
   *[other] من أصل { $total } مؤشر في الدرجة الإجمالية.
}
html-outcomes-apart = يُعرض ملف النتائج على حدة.
# Caption of the radar chart; $top is the top level (e.g. 4).
html-radar-caption = درجات المجالات على المقياس 0–{ $top }.
html-facets-caption = ملف التعلم: درجة المؤشرات الموسومة بكل قيمة من قيم الأبعاد.

## HTML report: domains and next steps

html-domains = المجالات والمجالات الفرعية
html-outcomes-note = عمليات التعلم ونتائجه، وتُعرض على حدة: فهي ما ينبغي أن تُفضي إليه المجالات الواردة أعلاه، ولذلك لا تدخل في الدرجة الإجمالية.
# Before the next steps; $n is how many there are.
html-steps-intro = { $n ->
    [zero] لا توجد خطوات تالية.
    [one] خطوة تالية واحدة، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وهي ترفع مؤشراً واحداً بمقدار مستوى واحد.
    [two] خطوتان تاليتان، مرتَّبتان حسب ما يتوقف عليهما من نقاط الدرجة الإجمالية. وترفع كل منهما مؤشراً واحداً بمقدار مستوى واحد.
    [few] { $n } خطوات تالية، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وترفع كل منها مؤشراً واحداً بمقدار مستوى واحد.
    [many] { $n } خطوةً تاليةً، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وترفع كل منها مؤشراً واحداً بمقدار مستوى واحد.
   *[other] { $n } خطوة تالية، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وترفع كل منها مؤشراً واحداً بمقدار مستوى واحد.
}
# One next step: $name the indicator's name (in bold), $id its identifier (as code), $levels the
# move (report-step-levels), $action what to do (an action, or html-step-reach).
html-step = { $name } { $id }، { $levels }: { $action }
# The same with the target, a level number, when it is above the next level.
html-step-target = { $name } { $id }، { $levels } (المستوى المستهدف { $target }): { $action }
# When the framework names no action: reach the descriptor of the next level (a sentence).
html-step-reach = بلوغ «{ $descriptor }»

## HTML report: indicators

html-indicators = المؤشرات
html-col-evidence = الأدلة وأوصاف المستويات
# Under the indicators; $n is how many do not apply to the kind of unit assessed.
html-left-out = { $n ->
    [zero] لا يوجد مؤشر مستبعد لعدم انطباقه على هذا النوع من الوحدات.
    [one] لا ينطبق مؤشر واحد على وحدة من هذا النوع، ولذلك استُبعد.
    [two] لا ينطبق مؤشران على وحدة من هذا النوع، ولذلك استُبعدا.
    [few] لا تنطبق { $n } مؤشرات على وحدة من هذا النوع، ولذلك استُبعدت.
    [many] لا ينطبق { $n } مؤشراً على وحدة من هذا النوع، ولذلك استُبعدت.
   *[other] لا ينطبق { $n } مؤشر على وحدة من هذا النوع، ولذلك استُبعدت.
}
html-status-na = لا ينطبق
html-status-unknown = غير معروف
html-status-missing = بلا إجابة
html-status-does-not-apply = لا ينطبق على هذه الوحدة
# After a target: how many levels the current level is below it.
html-gap = (الفجوة { $gap })
html-evidence = الأدلة:
html-why-na = سبب عدم الانطباق:
# $confidence is how sure the respondent is of the rating: low, medium or high.
html-confidence = درجة الثقة: { $confidence ->
    [low] منخفضة
    [medium] متوسطة
   *[high] مرتفعة
}
# Headings of the descriptors of the current and the next level; $level is a level number.
html-now = الآن (المستوى { $level })
html-next-level = التالي (المستوى { $level })
html-next = التالي
html-top-reached = تم بلوغ المستوى الأعلى.
# Heading of the indicator's statement, shown when it is not rated.
html-statement = البيان

## HTML report: warnings, glossary, footer

html-warnings = التحذيرات والتغطية
html-no-warnings = لا توجد تحذيرات.
# Before the warnings; $n is how many there are. A warning never changes a score.
html-warnings-intro = { $n ->
    [zero] لا توجد تحذيرات:
    [one] تحذير واحد (لا يغيّر أي رقم):
    [two] تحذيران (لا يغيّران أي رقم):
    [few] { $n } تحذيرات (لا تغيّر أي رقم):
    [many] { $n } تحذيراً (لا تغيّر أي رقم):
   *[other] { $n } تحذير (لا تغيّر أي رقم):
}
# One warning: $code its code and $path where it is (both shown as code), $message what it says.
html-warning = { $code } في { $path }: { $message }
html-glossary = مسرد المصطلحات
# $tool: the version of lhs-maturity; $id and $version: the framework's identifier (as code) and
# version; $format: the version of the report format; $top: the top level (e.g. 4).
html-footer = حُسبت الدرجات باستخدام lhs-maturity { $tool } وفق الإطار { $id } { $version } (صيغة التقرير { $format }). الدرجات على المقياس 0–{ $top }، والتقريب لأغراض العرض فقط.
# $citation: the publication the framework comes from; $licence: the licence of its text.
html-source = مصدر الإطار: { $citation }.
html-source-licence = مصدر الإطار: { $citation }. الترخيص: { $licence }.
# Shown in every report that is not in English.
html-translation-disclaimer = لم تُعِدّ منظمة الصحة العالمية هذه الترجمة، وهي غير مسؤولة عن محتواها أو دقتها. والطبعة الإنجليزية من هذا الإطار هي الطبعة الملزمة والأصلية.

## Charts (SVG)

svg-radar-title = درجات المجالات
# Read aloud by screen readers: $top is the top level, $scores the list of the domains and
# their scores (see svg-item).
svg-radar-desc = درجة كل مجال على المقياس من 0 إلى { $top }: { $scores }
svg-facets-title = ملف التعلم
# Read aloud by screen readers: $scores is the list of facet values and their scores.
svg-bars-desc = الدرجة على المقياس من 0 إلى { $top }: { $scores }
# One entry of those lists: a name and its score (or report-no-score).
svg-item = { $name } { $score }
# The same with the facet the value belongs to.
svg-group-item = { $group }، { $name } { $score }
# Between the entries of those lists.
svg-list-separator = {"؛ "}
# Legend of the radar chart: the filled area is the score, the dashed line the targets.
svg-legend-score = الدرجة
svg-legend-target = متوسط المستوى المستهدف للمؤشرات المُقيَّمة

## Templates (blank assessments to fill in)

# The instructions at the top of a blank assessment in JSON. Keep as written what is in quotes
# or backquotes (field names and values the program reads: "unknown", `level`, "confidence",
# "target", "default_target"…) and the $ of "Fields starting with $". $id and $version: the
# framework; $top: the top level; $na: template-na-applies or template-na-justify; $example: an
# example of elements, e.g. "elements": {"L1a": true, "L2a": false}.
template-comment = نموذج تقييم ذاتي فارغ وفق الإطار `{ $id }` { $version }. لكل مؤشر، اضبط `level` على مستوى من 0 إلى { $top } أو على "unknown" (طُرح السؤال ولم يتمكن أحد من التحقق)، أو اتركه null (بلا إجابة)، ودوِّن الأدلة. { $na } ويمكنك بدلاً من المستوى تسجيل العناصر التي جرى التحقق منها، مثل { $example }: وعندئذ يُستنتج المستوى منها. ويجوز أن تتضمن الإجابة أيضاً "confidence" (low أو medium أو high) و"target" (مستوى). أضف "default_target": N في أعلى الملف لتحديد مستوى مستهدف لكل مؤشر. والحقول التي تبدأ بالرمز $ ملاحظات يجوز حذفها.
# For a framework whose indicators apply to some kinds of unit only. Keep "na" as written.
template-na-applies = المؤشرات المدرجة تنطبق على هذا النوع من الوحدات: إذا لم يكن ما يتناوله المؤشر موجوداً، فقيِّمه بالمستوى 0 (غير موجود)، لا بالقيمة "na".
template-na-justify = "na" تعني «لا ينطبق»: وفي هذه الحالة أضف "justification".
# The note of one indicator: its name and its statement.
template-indicator = { $name }: { $statement }
# The descriptor of one level in the JSON template: $level is its number, $name its name.
template-level = { $level } { $name }: { $descriptor }
# The same in the CSV template, where the column already gives the number.
template-csv-level = { $name }: { $descriptor }
# The first rows of the CSV template describe the assessment (the unit, the period...): the
# name of each row (lowercase) and what to write in it.
template-meta-framework-id-name = معرِّف الإطار
template-meta-framework-id = معرِّف الإطار الذي تخصه الإجابات؛ يُترك كما هو
template-meta-framework-version-name = إصدار الإطار
template-meta-framework-version = إصدار ذلك الإطار؛ يُترك كما هو
template-meta-unit-id-name = معرِّف الوحدة
template-meta-unit-id = معرِّف ثابت للوحدة الخاضعة للتقييم، مثل kis-east
template-meta-unit-name-name = اسم الوحدة
template-meta-unit-name = اسم الوحدة الخاضعة للتقييم، مثل فريق الإدارة الصحية لمنطقة كيسومو الشرقية
template-meta-unit-kind-name = نوع الوحدة
template-meta-unit-kind = نوع الوحدة: district أو national أو facility أو programme...
template-meta-period-name = الفترة
template-meta-period = الفترة التي يصفها التقييم، مثل 2026-Q3
template-meta-respondent-id-name = معرِّف المستجيب
template-meta-respondent-id = معرِّف الشخص الذي أجاب (يجوز أن يكون اسماً مستعاراً)
template-meta-respondent-name-name = اسم المستجيب
template-meta-respondent-name = اسم الشخص الذي أجاب (اختياري)
template-meta-respondent-role-name = دور المستجيب
template-meta-respondent-role = دور المستجيب، ويُفضَّل أن يكون إحدى فئات أصحاب المصلحة في بُعد «فئة أصحاب المصلحة»
template-meta-default-target-name = المستوى المستهدف الافتراضي
template-meta-default-target = المستوى المستهدف لكل مؤشر ليس له مستوى مستهدف خاص به، أو يُترك فارغاً

report-unit-kind = { $kind ->
    [national] وطني
    [subnational] دون وطني
    [district] منطقة صحية
    [facility] مرفق صحي
    [programme] برنامج
    [network] شبكة
   *[other] { $kind }
}

# The XLSForm of a framework (`lhs-maturity export xlsform`, `Framework.to_xlsform`): the labels,
# hints and choices of the form's own questions; the framework's texts fill the rest.
template-form-unit = الوحدة المقيَّمة
template-form-unit-id = معرّف الوحدة المقيَّمة (مثل kis-east)
template-form-unit-name = اسم الوحدة المقيَّمة
template-form-period = الفترة المقيَّمة
template-form-period-hint = سنة (2026) أو ربع سنة (2026-Q3)
template-form-period-constraint = اكتب سنة (2026) أو ربع سنة (2026-Q3)
template-form-role = فئة أصحاب المصلحة التي تنتمي إليها
template-form-na = لا ينطبق على هذه الوحدة
template-form-unknown = غير معروف: لم يتمكن أحد من التحقق
# $list: the documents or observations to check, separated by semicolons
template-form-evidence-list = الأدلة الواجب التحقق منها: { $list }
template-form-evidence = أدلة التقدير (وثائق، محاضر، ملاحظات)
template-form-confidence = ما مدى ثقتك في هذا التقدير؟
# $confidence: low, medium or high
template-form-confidence-level = { $confidence ->
    [low] منخفضة: أدلة قليلة، تقدير تخميني
    [medium] متوسطة: بعض الأدلة
   *[high] عالية: موثّق جيداً
}
template-form-justification = لماذا لا ينطبق هذا المؤشر على الوحدة؟

# The Excel template (`template --format xlsx`). The name of its first sheet, about the assessment
# (at most 31 characters, none of [ ] : * ? / \).
template-workbook-sheet = التقييم
# The titles of its columns.
template-workbook-col-field = البند
template-workbook-col-value = القيمة
template-workbook-col-help = ما يُكتب
template-workbook-col-name = المؤشر
template-workbook-col-statement = النص
template-workbook-col-question = السؤال التوجيهي
template-workbook-col-answer = المستوى
template-workbook-col-evidence = الأدلة المطلع عليها
template-workbook-col-justification = التبرير (عند na)
template-workbook-col-confidence = درجة الثقة
template-workbook-col-target = المستوى المستهدف
template-workbook-col-evidence-to-check = الأدلة الواجب التحقق منها
template-workbook-col-applies-to = فقط للوحدات من نوع
# The title of the column of one level's descriptor: $level is its number, $name its name.
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = طريقة التعبئة
# $top: the top level of the scale
# $level: the title of the level column (template-workbook-col-answer)
template-workbook-instructions = املأ الصفوف أعلاه، ثم ورقة لكل مجال. لكل مؤشر اختر في العمود «{ $level }» مستوى من 0 إلى { $top }، أو na (لا ينطبق: اكتب عندئذ تبريرًا)، أو unknown (طُرح السؤال ولم يتمكن أحد من التحقق)؛ واتركه فارغًا إذا لم تتم الإجابة. دوّن الأدلة المطلع عليها. درجة الثقة (low وmedium وhigh) والمستوى المستهدف اختياريان. اترك العمود A والصف 1 المخفيين كما هما: بهما يُعاد قراءة الملف.
# $column: the title of the column listing the kinds of unit (template-workbook-col-applies-to)
template-workbook-applies-note = المؤشر الذي يذكر العمود «{ $column }» أنواع وحدات له لا يُقيَّم إلا للوحدات من هذه الأنواع: اتركه فارغًا لأي وحدة أخرى.

## مدى اليقين في الدرجات (تقرير محسوب مع عدم اليقين: --uncertainty)

report-uncertainty = مدى اليقين في الدرجات
uncertainty-level = بالنظر إلى ثقة المقيِّمين، المستوى الإجمالي هو { $level } باحتمال { $p } ({ $together } إذا كانت أخطاء المقيِّم الواحد في الاتجاه نفسه).
uncertainty-no-score = الدرجة الإجمالية فارغة، فلا يوجد عدم يقين لعرضه.
uncertainty-bounds = لو عُرفت جميع الإجابات غير المعروفة والناقصة، لكانت الدرجة الإجمالية بين { $low } (المستوى { $level_low }) و{ $high } (المستوى { $level_high }).
uncertainty-bounds-settled = لو عُرفت جميع الإجابات غير المعروفة والناقصة، لكانت الدرجة الإجمالية بين { $low } و{ $high }: لا يمكن أن يتغير المستوى.
uncertainty-exact = حُسب بدقة على { $n } تركيبة من الإجابات غير المؤكدة وعددها { $answers }.
uncertainty-monte-carlo = حُسب من { $draws } سحبة عشوائية (البذرة { $seed }) على الإجابات غير المؤكدة وعددها { $answers }.
report-col-interval = فترة 90%
report-col-interval-together = فترة 90%، أخطاء مترابطة
report-col-p-level = احتمال هذا المستوى
report-col-bounds = النطاق لو عُرفت الإجابات غير المعروفة
html-radar-intervals = الخط على كل محور هو فترة 90% لدرجة المجال، بالنظر إلى ثقة المقيِّمين.
svg-interval = { $name }: فترة 90% { $low }–{ $high }

## The robustness of many units (`robustness --format markdown|html`)

robustness-title = هل تصمد النتائج أمام خيارات معقولة أخرى؟
# $units: the number of units; $runs: the number of scenarios; $seed: their seed; $framework: the framework's title
robustness-intro = { $units ->
    [zero] لا وحدات مقيَّمة
    [one] وحدة واحدة مقيَّمة
    [two] وحدتان مقيَّمتان
    [few] { $units } وحدات مقيَّمة
    [many] { $units } وحدةً مقيَّمة
   *[other] { $units } وحدة مقيَّمة
} وفق { $framework } في { $runs } سيناريو (البذرة { $seed }).
# $factors: the names of the choices varied, separated by commas
robustness-factors = الخيارات المتغيرة معًا: { $factors }.
robustness-no-factor = لم يتغير شيء: كل سيناريو هو الإطار كما هو.
# $mean: the mean number of places a unit moves from its published rank; $interval: its 5–95% range
robustness-rank-shift = في المتوسط تبتعد الوحدة { $mean } مرتبة عن ترتيبها المنشور (5–95% من السيناريوهات: { $interval }).
robustness-ranks-note = الترتيب للاستخدام الداخلي فقط: فهو يميّز وحدات بعينها.
robustness-units = كل وحدة
robustness-units-note = الوسيط وفترة 90% للدرجة الإجمالية لكل وحدة عبر السيناريوهات، ونسبة السيناريوهات التي تحافظ على مستواها المنشور.
robustness-col-unit = الوحدة
robustness-col-median = الوسيط
robustness-col-keeps-level = تحافظ على مستواها
robustness-col-rank = الترتيب
robustness-col-median-rank = الترتيب الوسيط
robustness-col-rank-interval = الترتيب، 5–95%
# $k: the number of top places
robustness-col-top = ضمن أول { $k }
robustness-pairs = أزواج الوحدات
robustness-col-pair = الوحدتان أ · ب
robustness-col-above = أ قبل ب
robustness-col-tie = تعادل
robustness-left-out = استبعاد كل مجال
robustness-left-out-note = الدرجة الإجمالية لكل وحدة دون مجال واحد، مع إعادة توزيع أوزان المجالات الأخرى.
robustness-sensitivity = أي الخيارات تحرّك النتائج
robustness-sensitivity-note = مؤشرات سوبول الكلية: حصة تباين النتيجة الراجعة إلى خيار ما، وحده أو مع غيره (0: لا شيء؛ قرب 1: كلها تقريبًا).
# $reason: why the indices on the rank shift are empty (in English)
robustness-sensitivity-rank-shift-null = مؤشرات تغيّر الترتيب فارغة: { $reason }.
robustness-col-factor = الخيار المتغير
robustness-col-st-rank-shift = على تغيّر الترتيب
robustness-col-st-median = على درجات الوحدات (الوسيط)
robustness-col-st-max = على درجات الوحدات (الأكبر)
robustness-chart = الدرجة الإجمالية لكل وحدة: الدرجة المنشورة (علامة)، والوسيط (نقطة)، وفترة 90% (خط) عبر السيناريوهات.
# $unit: the unit's label; $median: its median score; $interval: its 90% interval
robustness-chart-unit = { $unit }: الوسيط { $median }، فترة 90% { $interval }
