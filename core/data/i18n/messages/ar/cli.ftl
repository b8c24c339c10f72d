

cli-overall = الإجمالي
cli-unit-not-named = (وحدة غير مسمّاة)
cli-no-score = بلا درجة
cli-no-period = (فترة غير محددة)
cli-warnings = التحذيرات
cli-warnings-heading = التحذيرات ({ $n })
cli-and = { $first } و{ $second }
cli-answer-legend = na: لا ينطبق · ?: غير معروف · –: بلا إجابة
cli-unit-kind = { $kind ->
    [national] وطني
    [subnational] دون وطني
    [district] منطقة صحية
    [facility] مرفق صحي
    [programme] برنامج
    [network] شبكة
   *[other] { $kind }
}
cli-indicator-count = { $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}


cli-column-unit = الوحدة
cli-column-unit-long = الوحدة
cli-column-period = الفترة
cli-column-period-long = الفترة
cli-column-group = الفئة
cli-column-group-long = الفئة
cli-column-overall = إجمالي
cli-column-level = مستوى
cli-column-coverage = تغطية
cli-column-indicator = المؤشر


cli-severity-error = خطأ
cli-severity-warning = تحذير
cli-label-error = خطأ:
cli-label-help = مساعدة:
cli-diagnostic-at-path = في { $path }
cli-diagnostic-at-line = في السطر { $line }، العمود { $column }
cli-error-stdout = تتعذر الكتابة في المخرج القياسي: { $reason }
cli-help-writable = تحقق من أن المجلد موجود وأن الكتابة فيه مسموحة
cli-error-empty-directory = لا يحتوي المجلد `{ $dir }` على أي تقييمات (ملفات *.json أو *.csv)
cli-help-empty-directory = حدِّد مجلداً يحتوي على ملفات التقييم، أو حدِّد الملفات نفسها
cli-error-no-rows = يحتوي `{ $file }` على سطر العناوين ولكن لا يحتوي على أي صف تقييم
cli-help-score-many = احسب درجاتها كلها باستخدام `lhs-maturity batch { $file }`
cli-error-report-not-assessment = `{ $file }` تقرير، وهذا الأمر يقرأ التقييمات
cli-help-report-not-assessment = حدِّد تقييمات المستجيبين (الملفات التي ملؤوها)، لا تقاريرهم
cli-error-compare-many = يحتوي `{ $file }` على تقييمات عددها { $n }، والأمر `compare` يأخذ جولة واحدة في كل طرف
cli-help-compare-many = قارن بين ملفين يحتوي كل منهما على تقييم واحد؛ فالأمر `series` يتتبع جولات أكثر، والأمر `cohort` يلخص وحدات كثيرة
cli-error-pool-mismatch = التقييمات لا تخص كلها الوحدة نفسها والفترة نفسها وإصدار الإطار نفسه
cli-help-pool-mismatch = اجمع إجابات مستجيبي وحدة واحدة وفترة واحدة، أو أضف `--allow-mismatch` لتجميعها رغم ذلك
cli-error-cv-no-forms = حدِّد استمارات الملاءمة المعبأة، أو استخدم --form للحصول على استمارة فارغة
cli-help-cv-form = lhs-maturity content-validity --form -o relevance-form.csv


cli-io-permission-denied = الإذن مرفوض
cli-help-read-directory = حدِّد الملفات الموجودة فيه، أو استخدم `lhs-maturity batch DIRECTORY`
cli-io-cannot-read-directory = تتعذر قراءة المجلد `{ $dir }`: { $reason }
cli-io-cannot-write = تتعذر كتابة `{ $file }`: { $reason }
cli-io-not-a-file-name = ليس اسم ملف
cli-io-no-directory = المجلد `{ $dir }` غير موجود
cli-io-is-a-directory = هذا مجلد


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
cli-report-written = كُتب تقرير { $input } (الدرجة الإجمالية { $overall }، { $warnings ->
    [zero] بلا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيراً
   *[other] { $warnings } تحذير
}) في { $file }


cli-score-column-node = المجال / المجال الفرعي
cli-score-column-score = درجة
cli-score-column-level = المستوى
cli-score-column-coverage = تغطية
cli-score-counts = { $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } غير معروف، { $missing } بلا إجابة، من أصل { $total ->
    [zero] { $total } مؤشر
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $total } مؤشرات
    [many] { $total } مؤشراً
   *[other] { $total } مؤشر
}
cli-score-to-target = ؛ التقدم نحو المستوى المستهدف { $percent } ({ $below } دون المستوى المستهدف)
cli-score-learning-profile = ملف التعلم
cli-score-uncertainty = مدى اليقين في الدرجات
cli-uncertainty-column-interval = فترة 90%
cli-uncertainty-column-together = أخطاء مترابطة
cli-uncertainty-column-p-level = احتمال المستوى
cli-uncertainty-column-range = النطاق لو عُرفت الإجابات غير المعروفة
cli-robustness-pair = `{ $value }` ليس زوجاً من الوحدات: اكتب `A,B`
cli-robustness-progress = السيناريوهات { $bar } { $position }/{ $length }
cli-score-next-steps = أهم الخطوات التالية
cli-score-no-steps = لا يوجد مؤشر مُقيَّم دون مستواه المستهدف.
cli-score-step = { $rank }. { $name } ({ $indicator })، المستوى { $level } → { $next }: { $action }
cli-score-more-steps = … وخطوات أخرى عددها { $n } (يسردها `--format markdown` حسب فئة أصحاب المصلحة، ويكتبها `report` كلها)


cli-batch-progress = جارٍ حساب الدرجات { $bar } { $position }/{ $length } من المُدخَلات
cli-batch-row-failed = تعذّر الحساب: انظر أدناه
cli-batch-failed = تعذّر حساب درجات { $failed } من أصل { $total ->
    [zero] { $total } تقييم
    [one] تقييم واحد
    [two] تقييمين
    [few] { $total } تقييمات
    [many] { $total } تقييماً
   *[other] { $total } تقييم
}:
cli-batch-more-failed = … و{ $more } أخرى: يبيّن العمود `error` في الملخص سبب تعذّر حساب درجة كل منها
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


cli-framework-title = { $title } — `{ $framework }` الإصدار { $version } ({ $n ->
    [zero] بلا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
})
cli-framework-source = المصدر: { $citation }
cli-framework-scale = المقياس:
cli-framework-facets = الأبعاد:
cli-framework-domains = المجالات:
cli-framework-list-hint = لسرد المؤشرات استخدم `lhs-maturity framework indicators`.
cli-weight-outcome = نتيجة
cli-weight-none = لا ينطبق
cli-indicators-summary = { $n ->
    [zero] لا مؤشرات محتسبة في الدرجات
    [one] مؤشر واحد محتسب في الدرجات
    [two] مؤشران محتسبان في الدرجات
    [few] { $n } مؤشرات محتسبة في الدرجات
    [many] { $n } مؤشراً محتسباً في الدرجات
   *[other] { $n } مؤشر محتسب في الدرجات
}؛ الوزن الفعلي من { $min } إلى { $max } (الأقصى/الأدنى { $ratio })؛ وتُعرض مؤشرات النتائج على حدة
cli-indicators-summary-kind = { $n ->
    [zero] لا مؤشرات محتسبة في الدرجات
    [one] مؤشر واحد محتسب في الدرجات
    [two] مؤشران محتسبان في الدرجات
    [few] { $n } مؤشرات محتسبة في الدرجات
    [many] { $n } مؤشراً محتسباً في الدرجات
   *[other] { $n } مؤشر محتسب في الدرجات
} لوحدة من نوع «{ $kind }»؛ الوزن الفعلي من { $min } إلى { $max } (الأقصى/الأدنى { $ratio })؛ وتُعرض مؤشرات النتائج على حدة
cli-lint-level-words = المستوى { $level }: { $words }
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
cli-language-status = { $status ->
    [source] المصدر
    [provisional] مؤقتة
    [reviewed] مُراجَعة
    [undeclared] غير مُعلنة
   *[other] { $status }
}
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
cli-languages-first-missing = أول نص ناقص: { $pointer }


cli-migrate-class = { $class ->
    [equivalent] مكافئ
    [merged_duplicate] مدمج (مكرر)
    [merged_conjunctive] مدمج (اقتراني)
    [revised] منقَّح
    [new] جديد
   *[other] { $class }
}: { $n }
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
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = كابا
cli-cv-column-interpretation = التفسير
cli-cv-interpretation = { $value ->
    [excellent] ممتاز
    [good] جيد
    [fair] مقبول
    [poor] ضعيف
    [too_few_experts] عدد الخبراء غير كافٍ
    [not_rated] غير مُقيَّم
   *[other] { $value }
}
cli-cv-summary = { $experts ->
    [zero] لا خبراء
    [one] خبير واحد
    [two] خبيران
    [few] { $experts } خبراء
    [many] { $experts } خبيراً
   *[other] { $experts } خبير
}؛ S-CVI/Ave { $average }، S-CVI/UA { $universal } (spec/SCORING.md §26)


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
cli-pool-title = التقييم المجمَّع: { $unit }
cli-pool-column-respondent = المستجيب
cli-pool-column-file = الملف
cli-pool-agreement-heading = الاتفاق بين المستجيبين (المؤشرات بوصفها وحدات التحليل)
cli-pool-agreement-title = الاتفاق بين المستجيبين
cli-agreement-column-scope = النطاق
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
cli-pool-column-range = المدى
cli-pool-column-range-long = المدى
cli-pool-column-iqr = IQR
cli-pool-consensus-title = التوافق
cli-pool-consensus-heading = { $n ->
    [zero] التوافق: لا توجد إجابات متفق عليها تحل محل الإجابات المجمَّعة
    [one] التوافق: إجابة واحدة متفق عليها تحل محل الإجابة المجمَّعة
    [two] التوافق: إجابتان متفق عليهما تحلان محل الإجابتين المجمَّعتين
    [few] التوافق: { $n } إجابات متفق عليها تحل محل الإجابات المجمَّعة
    [many] التوافق: { $n } إجابةً متفقاً عليها تحل محل الإجابات المجمَّعة
   *[other] التوافق: { $n } إجابة متفق عليها تحل محل الإجابات المجمَّعة
}
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
cli-compare-title = المقارنة: { $before } → { $after }
cli-compare-comparable = قابلة للمقارنة المباشرة: إصدار الإطار نفسه والمؤشرات نفسها في الجولتين ({ $n ->
    [zero] لا مؤشرات
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $n } مؤشرات
    [many] { $n } مؤشراً
   *[other] { $n } مؤشر
}).
cli-compare-versions-differ = إصدارا الإطار مختلفان ({ $before } → { $after })
cli-compare-sets-differ = مجموعتا المؤشرات مختلفتان
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
cli-compare-only-before = في الجولة السابقة فقط ({ $n }): { $ids }
cli-compare-only-after = في الجولة اللاحقة فقط ({ $n }): { $ids }
cli-compare-counts = المؤشرات المُقيَّمة في الجولتين: تحسّن { $improved }، وتراجع { $regressed }، ولم يتغير { $unchanged }.
cli-compare-progress = التقدم نحو المستوى المستهدف: { $percent } من المسافة (المستويات المكتسبة قياساً إلى الفجوة عن المستوى المستهدف، في المؤشرات التي كانت دون مستواها المستهدف في الجولة السابقة).
cli-compare-progress-none = التقدم نحو المستوى المستهدف: غير محدد (لم يكن أي مؤشر مُقيَّم في الجولتين دون مستواه المستهدف في الجولة السابقة).
cli-compare-improved = تحسّن ({ $n })
cli-compare-regressed = تراجع ({ $n })
cli-compare-target-progress = المستوى المستهدف { $target }، { $percent } من المسافة
cli-compare-target = المستوى المستهدف { $target }


cli-cohort-heading = مجموعة من { $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
} · { $framework } { $version }
cli-cohort-grouped-by = مصنَّفة حسب { $label }
cli-cohort-suppression = تُحجب الفئات التي تضم أقل من { $min ->
    [zero] { $min } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $min } وحدات
    [many] { $min } وحدةً
   *[other] { $min } وحدة
} (فلا تُعرض لها إحصاءات)، كي لا يمكن تمييز أي وحدة بعينها.
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
cli-cohort-group = { $group } ({ $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
})
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


cli-reliability-heading = موثوقية الأداة استناداً إلى { $units ->
    [zero] { $units } وحدة
    [one] وحدة واحدة
    [two] وحدتين
    [few] { $units } وحدات
    [many] { $units } وحدةً
   *[other] { $units } وحدة
} · { $framework } { $version }
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
cli-reliability-item = ألفا عند الحذف { $alpha }  ارتباط البند بالمجموع { $correlation }
cli-reliability-column-alpha-if-deleted = ألفا عند حذف البند
cli-reliability-column-item-total = ارتباط البند بالمجموع
cli-reliability-item-in = `{ $item }` (ضمن `{ $node }`)
cli-reliability-floor-heading = الأرضية والسقف: نسبة الوحدات التي قيّمت المؤشر بالمستوى 0، وبالمستوى الأعلى ({ $top })
cli-reliability-floor-title = الأرضية والسقف
cli-reliability-floor-intro = نسبة الوحدات التي قيّمت المؤشر بالمستوى 0 (الأرضية)، وبالمستوى الأعلى، { $top } (السقف).
cli-reliability-column-rated = العدد
cli-reliability-column-floor = أرضية
cli-reliability-column-ceiling = سقف
cli-reliability-column-rated-long = عدد الوحدات المقيِّمة
cli-reliability-column-floor-long = الأرضية
cli-reliability-column-ceiling-long = السقف


cli-series-heading = { $unit }: { $n ->
    [zero] لا جولات
    [one] جولة واحدة
    [two] جولتان
    [few] { $n } جولات
    [many] { $n } جولةً
   *[other] { $n } جولة
}

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
cli-error-xlsform-option = `{ $option }` خيار خاص بالأمر `export xlsform` فقط
cli-error-xlsform-files = لا يأخذ `export xlsform` أي ملفات إدخال: يُبنى النموذج من الإطار
cli-error-template-xlsx-kind = يتضمن قالب Excel جميع المؤشرات ويبيّن ما ينطبق منها على بعض أنواع الوحدات فقط: احذف `--unit-kind`
cli-error-binary-terminal = لا يمكن عرض مصنف Excel في الطرفية
cli-help-binary-terminal = اكتبه في ملف باستخدام `-o`، مثلًا `-o template.xlsx`

cli-io-disk-full = القرص ممتلئ: أفرغ بعض المساحة (أو اكتب على قرص آخر) ثم شغّل الأمر من جديد؛ بقي الملف السابق كما كان
cli-interrupted = أُوقف بالإشارة { $signal }: حُذفت الملفات التي كانت قيد الكتابة وبقيت الملفات السابقة كما كانت
cli-diagnostics-more = … و{ $more } أخرى في { $file }: يسردها كلها الأمر `lhs-maturity validate --format json`
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
