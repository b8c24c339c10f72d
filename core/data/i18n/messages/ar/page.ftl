

page-title = التقييم الذاتي للنظام الصحي المتعلِّم
page-intro = الإطار المدمج في الأداة: { $framework }. قيِّم كل مؤشر من { $bottom } ({ $bottom-name }) إلى { $top } ({ $top-name }). تبقى الإجابات في هذا المتصفح فقط، ولا يُرسَل منها شيء إلى أي جهة.
page-skip = الانتقال إلى النتائج
page-language = اللغة
page-language-failed = تعذّر تحميل اللغة { $language }، فتبقى الصفحة باللغة الإنجليزية.
page-language-pack-failed = تعذّر تحميل النصوص باللغة { $language }: تُعرض بالإنجليزية.
page-translation-provisional = ترجمة مؤقتة لم تُراجَع بعد.
page-translation-disclaimer = الترجمات تكييف للنص أُعِدّ لهذه الأداة، ولم تعتمدها منظمة الصحة العالمية. والنص الإنجليزي هو المرجع المعتمد.


page-answered = تمت الإجابة
    .aria-label = المؤشرات المُجاب عنها
page-progress = { $answered } من { $total }
page-overall-short = الإجمالي
page-score-of = { $score } من { $top }
page-to-results = النتائج ↓


page-about = عن هذا التقييم
page-unit-name = الوحدة الخاضعة للتقييم (منطقة صحية، وزارة، مرفق صحي…)
    .placeholder = مثل: فريق الإدارة الصحية لمنطقة كيسومو الشرقية
page-unit-kind = نوع الوحدة (لا تُعرض إلا المؤشرات التي تنطبق عليها)
page-kind-none = غير محدد (كل المؤشرات)
page-kind = { $kind ->
    [national] وطني (وزارة الصحة، النظام الصحي الوطني)
    [subnational] دون وطني (إقليم، محافظة، ولاية)
    [district] منطقة صحية (فريق المنطقة الصحية أو نظامها الصحي)
    [facility] مرفق صحي (مستشفى، مركز صحي، عيادة)
    [programme] برنامج (مثل البرنامج الوطني لمكافحة الملاريا)
    [network] شبكة من الوحدات التي تتعلم معاً
   *[other] { $kind }
}
page-kind-unknown = { $kind } (ليس من أنواع الوحدات)
page-period = الفترة
    .placeholder = مثل: 2026-Q3
page-default-target = المستوى المستهدف لكل مؤشر (ما لم يُحدَّد لكل مؤشر على حدة)
page-target-none = لا يوجد


page-level-choice = { $level } · { $name }
page-guiding-question = السؤال التوجيهي:
page-what-to-check = ما يجب التحقق منه:
page-terms-used = المصطلحات المستخدمة ({ $n })
page-level-legend = المستوى
page-na = لا ينطبق
page-na-hint = هذا المؤشر لا ينطبق هنا
page-dont-know = لا أعرف
page-not-answered = بلا إجابة
page-why-na = لماذا لا ينطبق؟
page-evidence-note = ملاحظة الأدلة
    .placeholder = الوثائق والمحاضر والبيانات التي تدعم المستوى
page-target = المستوى المستهدف
page-confidence = الثقة
page-confidence-level = { $confidence ->
    [low] منخفضة
    [medium] متوسطة
   *[high] عالية
}
page-confidence-none = غير محددة
page-incomplete = لم يُجَب عنها بعد: { $missing } من { $total }


page-state-level = المستوى { $level } · { $name }
page-state-na = لا ينطبق
page-state-unknown = لا أعرف
page-state-missing = بلا إجابة


page-results = نتائج التقييم
page-overall = الإجمالي
page-level = المستوى
page-of-top-level = { $percent } من المستوى الأعلى
page-coverage = التغطية
page-counts = { $rated } مُقيَّم، { $na } لا ينطبق، { $unknown } «لا أعرف»، { $missing } بلا إجابة
page-progress-to-target = التقدم نحو المستوى المستهدف: { $percent } · { $below } دون المستوى المستهدف
page-domains = المجالات
page-domain-scores = الدرجات حسب المجال
page-col-domain = المجال
page-col-score = الدرجة
page-col-level = المستوى
page-col-coverage = التغطية
page-outcomes = مجالات النتائج
page-outcomes-note = ما يحققه التعلم، ويُعرض على حدة: فهو لا يدخل في الدرجة الإجمالية.
page-outcome-scores = درجات مجالات النتائج
page-col-outcome = مجال النتائج
page-profile = كيف يتعلم النظام
page-steps = الخطوات التالية حسب فئة أصحاب المصلحة
page-no-steps = لا توجد خطوات تالية: لا تظهر الخطوات إلا للمؤشرات المُقيَّمة دون مستواها المستهدف.
page-steps-count = ({ $n })
page-step-from-to = من { $level } إلى { $next }
page-warnings = نقاط تستحق الانتباه ({ $n })
page-chart-failed = تعذّر عرض المخطط.
page-chart-loading = جارٍ رسم المخطط…
page-cannot-score = لا يمكن حساب الدرجات من هذه الإجابات:
page-at-path = (في { $path })
page-at-line = (السطر { $line }، العمود { $column })
page-help = مساعدة: { $help }


page-files = الحفظ والتحميل
page-export-answers = تصدير الإجابات (JSON)
page-export-report-json = تصدير التقرير (JSON)
page-export-report-md = تصدير التقرير (Markdown)
page-import = استيراد الإجابات (JSON)…
page-reset = مسح كل الإجابات
page-reset-confirm = هل تريد مسح كل الإجابات؟ صدِّرها أولاً إذا أردت الاحتفاظ بها.
page-reset-done = تم مسح كل الإجابات.
page-save-failed = تعذّر حفظ الإجابات في هذا المتصفح (مساحة التخزين ممتلئة أو معطَّلة). صدِّرها للاحتفاظ بها.
page-saved-damaged = تعذّرت قراءة الإجابات المحفوظة في هذا المتصفح، فاحتُفظ بها جانباً وبدأ تقييم جديد.
page-saved-damaged-not-kept = تعذّرت قراءة الإجابات المحفوظة في هذا المتصفح، وتعذّر الاحتفاظ بها جانباً (التخزين ممتلئ أو معطّل). صدّرها الآن إن كنت تحتاج إليها: ستُفقد عند مغادرة هذه الصفحة.
page-saved-damaged-download = تصدير الإجابات التالفة (JSON)
page-import-unreadable = تعذّرت قراءة الملف «{ $file }».
page-import-invalid = لم يُستورَد الملف «{ $file }»: فهو ليس تقييماً صالحاً وفق الإطار { $framework }. ولم تتغير إجاباتك الحالية.
page-imported = { $n ->
    [zero] استُورد الملف «{ $file }»: لا إجابات فيه.
    [one] استُورد الملف «{ $file }»: إجابة واحدة.
    [two] استُورد الملف «{ $file }»: إجابتان.
    [few] استُورد الملف «{ $file }»: { $n } إجابات.
    [many] استُورد الملف «{ $file }»: { $n } إجابةً.
   *[other] استُورد الملف «{ $file }»: { $n } إجابة.
}


page-footer = حُسبت الدرجات باستخدام { $tool } (WebAssembly). الإطار مقتبس من { $report } (WHO/AHPSR 2021، CC BY-NC-SA 3.0 IGO)، ولا تعتمد منظمة الصحة العالمية ولا المؤلفون هذا التكييف.
page-footer-report = النظم الصحية المتعلِّمة: مسارات نحو التقدم

page-training = قبل التقييم، تدرَّب على { $cases } (منطقة صحية ومرفق صحي ووحدة وطنية، ولكلٍّ منها مستوياته المرجعية وأسبابها)، واتَّبِع { $protocol }.
page-training-cases = حالات المعايرة
page-training-protocol = بروتوكول التقييم


page-save-quota = تعذّر حفظ الإجابات في هذا المتصفح: مساحة التخزين فيه ممتلئة. ولا تزال الإجابات معروضة في هذه الصفحة؛ صدِّرها الآن للاحتفاظ بها، أو أفرِغ مساحة تخزين لهذا الموقع من إعدادات المتصفح.
page-save-ok = عاد حفظ الإجابات في هذا المتصفح.
page-import-too-large = لم يُستورَد الملف «{ $file }»: فحجمه يتجاوز { $limit } ميبيبايت، وهو أقصى حجم للمستندات التي تقرؤها هذه الأداة. ولم تتغير إجاباتك الحالية.
page-import-not-utf8 = لم يُستورَد الملف «{ $file }»: فهو ليس نصاً بترميز UTF-8. احفظه مجدداً بترميز UTF-8 (وهو ترميز ملفات JSON) ثم استورده مرة أخرى. ولم تتغير إجاباتك الحالية.
page-import-newer = لم يُستورَد الملف «{ $file }»: فقد أُعِدّ للإصدار { $given } من الإطار، وهو أحدث من الإصدار الذي تعرفه هذه الصفحة ({ $version }). افتحه بنسخة محدَّثة من هذه الصفحة. ولم تتغير إجاباتك الحالية.


page-views =
    .aria-label = طرق العرض
page-view-questionnaire = الاستبيان
page-view-workshop = ورشة التوافق
page-ws-title = ورشة التوافق
page-ws-intro = اجمع إجابات عدة مستجيبين من الوحدة نفسها وعن الفترة نفسها، وناقش أولاً المؤشرات التي تباينت تقديراتهم فيها أكثر من غيرها، وسجِّل المستوى الذي يتوافق عليه الفريق ومسوِّغه، ثم صدِّر التقييم التوافقي وتقريره. يبقى كل شيء في هذا المتصفح، ولا يُرسَل أي شيء.
page-ws-loading = جارٍ تحميل محرك التجميع…
page-ws-load-failed = تعذَّر تحميل محرك التجميع: { $error }
page-ws-respondents = المستجيبون
page-ws-load-files = تحميل ملفات المستجيبين (JSON)…
page-ws-add-name = اسم المستجيب الذي ملأ الاستبيان في هذه الصفحة
    .placeholder = مثلاً: مسؤول المعلومات الصحية في المديرية
page-ws-add-page = إضافة إجابات الاستبيان بوصفها إجابات مستجيب
page-ws-add-empty = لا توجد في الاستبيان بعدُ إجابات لإضافتها.
page-ws-added = أُضيف { $respondent }. ومُسحت إجابات الاستبيان من أجل المستجيب التالي، مع الإبقاء على الوحدة والفترة.
page-ws-none = لا يوجد مستجيبون بعدُ. حمِّل ملف كل مستجيب، أو اطلب من كل مستجيب أن يملأ الاستبيان في هذه الصفحة واحداً تلو الآخر، ثم أضِفه هنا.
page-ws-from-page = من الاستبيان في هذه الصفحة
page-ws-answers = { $n ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $n } إجابات
    [many] { $n } إجابةً
   *[other] { $n } إجابة
}
page-ws-remove = إزالة { $respondent }
page-ws-removed = أُزيل { $respondent }.
page-ws-loaded = { $n ->
    [zero] لم يُضَف أي مستجيب.
    [one] أُضيف مستجيب واحد.
    [two] أُضيف مستجيبان.
    [few] أُضيف { $n } مستجيبين.
    [many] أُضيف { $n } مستجيباً.
   *[other] أُضيف { $n } مستجيب.
}
page-ws-file-invalid = لم يُضَف الملف «{ $file }»: فهو ليس تقييماً صالحاً وفق الإطار { $framework }.
page-ws-need-two = يقارن التجميع بين مستجيبَين اثنين على الأقل: أضِف مستجيباً آخر.
page-ws-cannot-pool = تعذَّر تجميع إجابات هؤلاء المستجيبين:
page-ws-allow-mismatch = تجميعها وإن اختلفت وحداتها أو فتراتها أو إصدارات الإطار
page-ws-agreement = التوافق بين المستجيبين
page-ws-alpha = معامل ألفا لكريبندورف (ترتيبي): { $alpha }. تعني القيمة 1 تطابق المستويات، وتعني 0 توافقاً لا يزيد على المصادفة؛ والقيمة 0.8 فأكثر توافق جيد، وما دون 0.67 توافق ضعيف.
page-ws-agenda = جدول أعمال نقاط الخلاف
page-ws-agenda-note = المؤشرات التي تباينت فيها تقديرات المستجيبين أكثر من غيرها، من أوسع مدى إلى أضيقه: ناقشها بهذا الترتيب. وتحتفظ المؤشرات التي قُدِّرت على النحو نفسه بمستواها المجمَّع.
page-ws-agenda-empty = قدَّر المستجيبون كل مؤشر على النحو نفسه: لا شيء يحتاج إلى نقاش أولاً.
page-ws-range = المدى { $range } · المدى الربيعي { $iqr }
page-ws-ratings = تقدير كل مستجيب
page-ws-no-evidence = لا توجد ملاحظة بشأن الأدلة
page-ws-pooled-level = المستوى المجمَّع (الوسيط): { $level }
page-ws-agreed = المستوى المتوافق عليه
page-ws-agreed-none = لم يُتوافق عليه بعدُ (يُعتمد المستوى المجمَّع)
page-ws-rationale = المسوِّغ
    .placeholder = سبب توافق الفريق على هذا المستوى، مثلاً: «انقسام بين 2 و3 بشأن L3a: سُجِّل المستوى الأدنى.»
page-ws-other = مناقشة مؤشر آخر
page-ws-other-choose = اختر مؤشراً
page-ws-other-add = إضافة إلى النقاش
page-ws-other-remove = إزالة من النقاش
page-ws-pooled-answers = الإجابات المجمَّعة
page-ws-pooled-caption = إجابة كل مستجيب عن كل مؤشر أجاب عنه أحدهم، والمستوى المجمَّع والمستوى المتوافق عليه
page-ws-col-indicator = المؤشر
page-ws-col-pooled = المجمَّع
page-ws-col-agreed = المتوافق عليه
page-ws-consensus = التوافق
page-ws-progress = المستويات المتوافق عليها: { $agreed } · ما زال مفتوحاً في جدول الأعمال: { $open }
page-ws-score = الدرجة الإجمالية للتوافق: { $score } / { $top } · المستوى { $level }
page-ws-export-consensus = تصدير التقييم التوافقي (JSON)
page-ws-export-agreed = تصدير المستويات المتوافق عليها (JSON)
page-ws-export-report-html = تصدير تقرير التوافق (HTML)
page-ws-export-report-md = تصدير تقرير التوافق (Markdown)
page-ws-reset = بدء ورشة جديدة
page-ws-reset-confirm = هل تريد بدء ورشة جديدة؟ سيُحذف من هذا المتصفح كل مستجيبي هذه الورشة وكل المستويات المتوافق عليها فيها. صدِّر التوافق أولاً للاحتفاظ به.
page-ws-reset-done = بدأت ورشة جديدة.
page-ws-save-failed = تعذَّر حفظ الورشة في هذا المتصفح (التخزين ممتلئ أو معطَّل). صدِّر التوافق للاحتفاظ به.
page-ws-saved-damaged = تعذَّرت قراءة الورشة المحفوظة في هذا المتصفح؛ وبدأت ورشة جديدة.
