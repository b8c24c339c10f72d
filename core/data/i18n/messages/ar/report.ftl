

-lhs = النظام الصحي المتعلِّم


count-indicators = { $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}


report-overall = الإجمالي
report-outcome-profile = ملف النتائج
report-learning-profile = ملف التعلم
report-next-steps = الخطوات التالية حسب فئة أصحاب المصلحة
report-no-steps = لا يوجد مؤشر مُقيَّم دون مستواه المستهدف.
report-no-score = بلا درجة


report-col-domain = المجال
report-col-outcome = مجال النتائج
report-col-id = المعرِّف
report-col-score = الدرجة
report-col-level = المستوى
report-col-coverage = التغطية
report-col-to-target = نحو المستوى المستهدف
report-col-facet = البُعد
report-col-value = القيمة
report-col-indicator = المؤشر
report-col-indicators = المؤشرات
report-col-target = المستوى المستهدف
report-col-rated = مُقيَّم
report-col-na = لا ينطبق
report-col-unknown = غير معروف
report-col-missing = بلا إجابة


report-step-levels = المستوى { $move }


md-label-unit = الوحدة:
md-label-period = الفترة:
md-label-framework = الإطار:
md-unit-not-named = (وحدة غير مسمّاة)
md-domains = المجالات
md-warnings = التحذيرات
md-overall = الدرجة { $score } · المستوى { $level } · { $percent } من المستوى الأعلى · التغطية { $coverage } ({ $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } غير معروف، { $missing } بلا إجابة، من أصل { $total })
md-progress = التقدم نحو المستوى المستهدف: { $percent } ({ $below } من أصل { $with } من المؤشرات المُقيَّمة المحدَّد لها مستوى مستهدف لم تبلغه بعد؛ { $gap ->
    [zero] لا فجوة إجمالية
    [one] الفجوة الإجمالية مستوى واحد
    [two] الفجوة الإجمالية مستويان
    [few] الفجوة الإجمالية { $gap } مستويات
    [many] الفجوة الإجمالية { $gap } مستوًى
   *[other] الفجوة الإجمالية { $gap } مستوى
})
md-outcome-note = عمليات التعلم ونتائجه، وتُعرض على حدة: فهي لا تدخل في الدرجة الإجمالية.
md-step = { $name } ({ $id })، { $levels }: { $action }
md-more = … وخطوات أخرى عددها { $n }


html-subtitle = تقرير التقييم الذاتي · { $framework }
html-unit-not-named = وحدة غير مسمّاة
html-unit-id = معرِّف الوحدة
html-unit-kind = نوع الوحدة
html-period = الفترة
html-not-given = غير محددة
html-respondent = المستجيب
html-framework = الإطار
html-framework-version = { $title } { $id }، الإصدار { $version }
html-translation-provisional = الترجمة: مؤقتة (لم يراجعها بعدُ مراجعٌ لغته الأم العربية)


html-overall-score = الدرجة الإجمالية
html-tile-level = المستوى
html-tile-coverage = التغطية
html-rated-of = قُيِّم { $rated } من أصل { $total }
html-tile-target = التقدم نحو المستوى المستهدف
html-below-of = { $below } من أصل { $with } دون المستوى المستهدف
html-answers = { $percent } من المستوى الأعلى. الإجابات: { $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } غير معروف، { $missing } بلا إجابة، { $total ->
    [zero] ولا يدخل أي مؤشر في الدرجة الإجمالية.
    [one] من أصل مؤشر واحد في الدرجة الإجمالية.
    [two] من أصل مؤشرين في الدرجة الإجمالية.
    [few] من أصل { $total } مؤشرات في الدرجة الإجمالية.
    [many] من أصل { $total } مؤشراً في الدرجة الإجمالية.
   *[other] من أصل { $total } مؤشر في الدرجة الإجمالية.
}
html-outcomes-apart = يُعرض ملف النتائج على حدة.
html-radar-caption = درجات المجالات على المقياس 0–{ $top }.
html-facets-caption = ملف التعلم: درجة المؤشرات الموسومة بكل قيمة من قيم الأبعاد.


html-domains = المجالات والمجالات الفرعية
html-outcomes-note = عمليات التعلم ونتائجه، وتُعرض على حدة: فهي ما ينبغي أن تُفضي إليه المجالات الواردة أعلاه، ولذلك لا تدخل في الدرجة الإجمالية.
html-steps-intro = { $n ->
    [zero] لا توجد خطوات تالية.
    [one] خطوة تالية واحدة، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وهي ترفع مؤشراً واحداً بمقدار مستوى واحد.
    [two] خطوتان تاليتان، مرتَّبتان حسب ما يتوقف عليهما من نقاط الدرجة الإجمالية. وترفع كل منهما مؤشراً واحداً بمقدار مستوى واحد.
    [few] { $n } خطوات تالية، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وترفع كل منها مؤشراً واحداً بمقدار مستوى واحد.
    [many] { $n } خطوةً تاليةً، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وترفع كل منها مؤشراً واحداً بمقدار مستوى واحد.
   *[other] { $n } خطوة تالية، مرتَّبة حسب ما يتوقف عليها من نقاط الدرجة الإجمالية. وترفع كل منها مؤشراً واحداً بمقدار مستوى واحد.
}
html-step = { $name } { $id }، { $levels }: { $action }
html-step-target = { $name } { $id }، { $levels } (المستوى المستهدف { $target }): { $action }
html-step-reach = بلوغ «{ $descriptor }»


html-indicators = المؤشرات
html-col-evidence = الأدلة وأوصاف المستويات
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
html-gap = (الفجوة { $gap })
html-evidence = الأدلة:
html-why-na = سبب عدم الانطباق:
html-confidence = درجة الثقة: { $confidence ->
    [low] منخفضة
    [medium] متوسطة
   *[high] مرتفعة
}
html-now = الآن (المستوى { $level })
html-next-level = التالي (المستوى { $level })
html-next = التالي
html-top-reached = تم بلوغ المستوى الأعلى.
html-statement = البيان


html-warnings = التحذيرات والتغطية
html-no-warnings = لا توجد تحذيرات.
html-warnings-intro = { $n ->
    [zero] لا توجد تحذيرات:
    [one] تحذير واحد (لا يغيّر أي رقم):
    [two] تحذيران (لا يغيّران أي رقم):
    [few] { $n } تحذيرات (لا تغيّر أي رقم):
    [many] { $n } تحذيراً (لا تغيّر أي رقم):
   *[other] { $n } تحذير (لا تغيّر أي رقم):
}
html-warning = { $code } في { $path }: { $message }
html-glossary = مسرد المصطلحات
html-footer = حُسبت الدرجات باستخدام lhs-maturity { $tool } وفق الإطار { $id } { $version } (صيغة التقرير { $format }). الدرجات على المقياس 0–{ $top }، والتقريب لأغراض العرض فقط.
html-source = مصدر الإطار: { $citation }.
html-source-licence = مصدر الإطار: { $citation }. الترخيص: { $licence }.
html-translation-disclaimer = لم تُعِدّ منظمة الصحة العالمية هذه الترجمة، وهي غير مسؤولة عن محتواها أو دقتها. والطبعة الإنجليزية من هذا الإطار هي الطبعة الملزمة والأصلية.


svg-radar-title = درجات المجالات
svg-radar-desc = درجة كل مجال على المقياس من 0 إلى { $top }: { $scores }
svg-facets-title = ملف التعلم
svg-bars-desc = الدرجة على المقياس من 0 إلى { $top }: { $scores }
svg-item = { $name } { $score }
svg-group-item = { $group }، { $name } { $score }
svg-list-separator = {"؛ "}
svg-legend-score = الدرجة
svg-legend-target = متوسط المستوى المستهدف للمؤشرات المُقيَّمة


template-comment = نموذج تقييم ذاتي فارغ وفق الإطار `{ $id }` { $version }. لكل مؤشر، اضبط `level` على مستوى من 0 إلى { $top } أو على "unknown" (طُرح السؤال ولم يتمكن أحد من التحقق)، أو اتركه null (بلا إجابة)، ودوِّن الأدلة. { $na } ويمكنك بدلاً من المستوى تسجيل العناصر التي جرى التحقق منها، مثل { $example }: وعندئذ يُستنتج المستوى منها. ويجوز أن تتضمن الإجابة أيضاً "confidence" (low أو medium أو high) و"target" (مستوى). أضف "default_target": N في أعلى الملف لتحديد مستوى مستهدف لكل مؤشر. والحقول التي تبدأ بالرمز $ ملاحظات يجوز حذفها.
template-na-applies = المؤشرات المدرجة تنطبق على هذا النوع من الوحدات: إذا لم يكن ما يتناوله المؤشر موجوداً، فقيِّمه بالمستوى 0 (غير موجود)، لا بالقيمة "na".
template-na-justify = "na" تعني «لا ينطبق»: وفي هذه الحالة أضف "justification".
template-indicator = { $name }: { $statement }
template-level = { $level } { $name }: { $descriptor }
template-csv-level = { $name }: { $descriptor }
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

template-form-unit = الوحدة المقيَّمة
template-form-unit-id = معرّف الوحدة المقيَّمة (مثل kis-east)
template-form-unit-name = اسم الوحدة المقيَّمة
template-form-period = الفترة المقيَّمة
template-form-period-hint = سنة (2026) أو ربع سنة (2026-Q3)
template-form-period-constraint = اكتب سنة (2026) أو ربع سنة (2026-Q3)
template-form-role = فئة أصحاب المصلحة التي تنتمي إليها
template-form-na = لا ينطبق على هذه الوحدة
template-form-unknown = غير معروف: لم يتمكن أحد من التحقق
template-form-evidence-list = الأدلة الواجب التحقق منها: { $list }
template-form-evidence = أدلة التقدير (وثائق، محاضر، ملاحظات)
template-form-confidence = ما مدى ثقتك في هذا التقدير؟
template-form-confidence-level = { $confidence ->
    [low] منخفضة: أدلة قليلة، تقدير تخميني
    [medium] متوسطة: بعض الأدلة
   *[high] عالية: موثّق جيداً
}
template-form-justification = لماذا لا ينطبق هذا المؤشر على الوحدة؟

template-workbook-sheet = التقييم
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
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = طريقة التعبئة
template-workbook-instructions = املأ الصفوف أعلاه، ثم ورقة لكل مجال. لكل مؤشر اختر في العمود «{ $level }» مستوى من 0 إلى { $top }، أو na (لا ينطبق: اكتب عندئذ تبريرًا)، أو unknown (طُرح السؤال ولم يتمكن أحد من التحقق)؛ واتركه فارغًا إذا لم تتم الإجابة. دوّن الأدلة المطلع عليها. درجة الثقة (low وmedium وhigh) والمستوى المستهدف اختياريان. اترك العمود A والصف 1 المخفيين كما هما: بهما يُعاد قراءة الملف.
template-workbook-applies-note = المؤشر الذي يذكر العمود «{ $column }» أنواع وحدات له لا يُقيَّم إلا للوحدات من هذه الأنواع: اتركه فارغًا لأي وحدة أخرى.


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


robustness-title = هل تصمد النتائج أمام خيارات معقولة أخرى؟
robustness-intro = { $units ->
    [zero] لا وحدات مقيَّمة
    [one] وحدة واحدة مقيَّمة
    [two] وحدتان مقيَّمتان
    [few] { $units } وحدات مقيَّمة
    [many] { $units } وحدةً مقيَّمة
   *[other] { $units } وحدة مقيَّمة
} وفق { $framework } في { $runs } سيناريو (البذرة { $seed }).
robustness-factors = الخيارات المتغيرة معًا: { $factors }.
robustness-no-factor = لم يتغير شيء: كل سيناريو هو الإطار كما هو.
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
robustness-col-top = ضمن أول { $k }
robustness-pairs = أزواج الوحدات
robustness-col-pair = الوحدتان أ · ب
robustness-col-above = أ قبل ب
robustness-col-tie = تعادل
robustness-left-out = استبعاد كل مجال
robustness-left-out-note = الدرجة الإجمالية لكل وحدة دون مجال واحد، مع إعادة توزيع أوزان المجالات الأخرى.
robustness-sensitivity = أي الخيارات تحرّك النتائج
robustness-sensitivity-note = مؤشرات سوبول الكلية: حصة تباين النتيجة الراجعة إلى خيار ما، وحده أو مع غيره (0: لا شيء؛ قرب 1: كلها تقريبًا).
robustness-sensitivity-rank-shift-null = مؤشرات تغيّر الترتيب فارغة: { $reason }.
robustness-col-factor = الخيار المتغير
robustness-col-st-rank-shift = على تغيّر الترتيب
robustness-col-st-median = على درجات الوحدات (الوسيط)
robustness-col-st-max = على درجات الوحدات (الأكبر)
robustness-chart = الدرجة الإجمالية لكل وحدة: الدرجة المنشورة (علامة)، والوسيط (نقطة)، وفترة 90% (خط) عبر السيناريوهات.
robustness-chart-unit = { $unit }: الوسيط { $median }، فترة 90% { $interval }
