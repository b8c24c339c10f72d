

-lhs = learning health system


count-indicators = { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}


report-overall = Overall
report-outcome-profile = Outcome profile
report-learning-profile = Learning profile
report-next-steps = Next steps by stakeholder group
report-no-steps = No rated indicator is below its target.
report-no-score = no score


report-col-domain = Domain
report-col-outcome = Outcome
report-col-id = Id
report-col-score = Score
report-col-level = Level
report-col-coverage = Coverage
report-col-to-target = To target
report-col-facet = Facet
report-col-value = Value
report-col-indicator = Indicator
report-col-indicators = Indicators
report-col-target = Target
report-col-rated = Rated
report-col-na = Not applicable
report-col-unknown = Unknown
report-col-missing = Not answered


report-step-levels = level { $move }


md-label-unit = Unit:
md-label-period = Period:
md-label-framework = Framework:
md-unit-not-named = (unit not named)
md-domains = Domains
md-warnings = Warnings
md-overall = Score { $score } · level { $level } · { $percent } of the top level · coverage { $coverage } ({ $rated } rated, { $na } n/a, { $unknown } unknown, { $missing } missing of { $total })
md-progress = Progress to target: { $percent } ({ $below } of { $with } rated indicators with a target are below it; total gap { $gap ->
    [one] { $gap } level
   *[other] { $gap } levels
})
md-outcome-note = Learning processes and results, reported apart: not part of the overall score.
md-step = { $name } ({ $id }), { $levels }: { $action }
md-more = … and { $n } more


html-subtitle = Self-assessment report · { $framework }
html-unit-not-named = Unit not named
html-unit-id = Unit id
html-unit-kind = Kind of unit
html-period = Period
html-not-given = not given
html-respondent = Respondent
html-framework = Framework
html-framework-version = { $title } { $id } version { $version }
html-translation-provisional = Translation: provisional (not yet reviewed by a native-speaking reviewer)


html-overall-score = Overall score
html-tile-level = Level
html-tile-coverage = Coverage
html-rated-of = { $rated } of { $total } rated
html-tile-target = Progress to target
html-below-of = { $below } of { $with } below target
html-answers = { $percent } of the top level. Answers: { $rated } rated, { $na } not applicable, { $unknown } unknown, { $missing } not answered, of { $total ->
    [one] { $total } indicator
   *[other] { $total } indicators
} in the overall score.
html-outcomes-apart = The outcome profile is reported apart.
html-radar-caption = Domain scores on the scale 0–{ $top }.
html-facets-caption = Learning profile: the score of the indicators tagged with each facet value.


html-domains = Domains and sub-domains
html-outcomes-note = Learning processes and results, reported apart: they are what the domains above should produce, so they are not part of the overall score.
html-steps-intro = { $n ->
    [one] { $n } next step, ranked by the points of overall score at stake. It moves one indicator up one level.
   *[other] { $n } next steps, ranked by the points of overall score at stake. Each moves one indicator up one level.
}
html-step = { $name } { $id }, { $levels }: { $action }
html-step-target = { $name } { $id }, { $levels } (target { $target }): { $action }
html-step-reach = reach “{ $descriptor }”


html-indicators = Indicators
html-col-evidence = Evidence and descriptors
html-left-out = { $n ->
    [one] { $n } indicator does not apply to a unit of this kind and is left out.
   *[other] { $n } indicators do not apply to a unit of this kind and are left out.
}
html-status-na = not applicable
html-status-unknown = unknown
html-status-missing = not answered
html-status-does-not-apply = does not apply to this unit
html-gap = (gap { $gap })
html-evidence = Evidence:
html-why-na = Why not applicable:
html-confidence = Confidence: { $confidence ->
    [low] low
    [medium] medium
   *[high] high
}
html-now = Now (level { $level })
html-next-level = Next (level { $level })
html-next = Next
html-top-reached = The top level is reached.
html-statement = Statement


html-warnings = Warnings and coverage
html-no-warnings = No warnings.
html-warnings-intro = { $n ->
    [one] { $n } warning (it changes no number):
   *[other] { $n } warnings (they change no number):
}
html-warning = { $code } at { $path }: { $message }
html-glossary = Glossary
html-footer = Scored with lhs-maturity { $tool } against { $id } { $version } (report format { $format }). Scores are on the scale 0–{ $top }; rounding is for display only.
html-source = Framework source: { $citation }.
html-source-licence = Framework source: { $citation }. Licence: { $licence }.
html-translation-disclaimer = This translation was not created by the World Health Organization (WHO). WHO is not responsible for the content or accuracy of this translation. The English edition of this framework is the binding and authentic one.


svg-radar-title = Domain scores
svg-radar-desc = Score of each domain on the scale 0 to { $top }: { $scores }
svg-facets-title = Learning profile
svg-bars-desc = Score on the scale 0 to { $top }: { $scores }
svg-item = { $name } { $score }
svg-group-item = { $group }, { $name } { $score }
svg-list-separator = {"; "}
svg-legend-score = score
svg-legend-target = mean target of the rated indicators


template-comment = A blank self-assessment of `{ $id }` { $version }. For each indicator, set `level` to a level from 0 to { $top } or "unknown" (asked, nobody could check), or leave it null (not answered); note the evidence. { $na } Instead of the level you may record the elements checked, e.g. { $example }: the level is then derived from them. An answer may also have "confidence" (low, medium, high) and "target" (a level). Add "default_target": N at the top to set a target for every indicator. Fields starting with $ are notes and may be deleted.
template-na-applies = The indicators listed apply to this kind of unit: rate one that does not exist 0 (absent), not "na".
template-na-justify = "na" means not applicable: then add a "justification".
template-indicator = { $name }: { $statement }
template-level = { $level } { $name }: { $descriptor }
template-csv-level = { $name }: { $descriptor }
template-meta-framework-id-name = framework id
template-meta-framework-id = The id of the framework the answers are for; leave it as written
template-meta-framework-version-name = framework version
template-meta-framework-version = The version of that framework; leave it as written
template-meta-unit-id-name = unit id
template-meta-unit-id = A stable identifier of the unit assessed, e.g. kis-east
template-meta-unit-name-name = unit name
template-meta-unit-name = The name of the unit assessed, e.g. Kisumu East district health team
template-meta-unit-kind-name = unit kind
template-meta-unit-kind = The kind of unit: district, national, facility, programme...
template-meta-period-name = period
template-meta-period = The period the assessment describes, e.g. 2026-Q3
template-meta-respondent-id-name = respondent id
template-meta-respondent-id = An identifier of who answered (pseudonymous is fine)
template-meta-respondent-name-name = respondent name
template-meta-respondent-name = The name of who answered (optional)
template-meta-respondent-role-name = respondent role
template-meta-respondent-role = The respondent's role, ideally a stakeholder group of the owner facet
template-meta-default-target-name = default target
template-meta-default-target = The level aimed for on every indicator without a target of its own, or empty

report-unit-kind = { $kind ->
    [national] national
    [subnational] subnational
    [district] district
    [facility] facility
    [programme] programme
    [network] network
   *[other] { $kind }
}

template-form-unit = Unit assessed
template-form-unit-id = Identifier of the unit assessed (e.g. kis-east)
template-form-unit-name = Name of the unit assessed
template-form-period = Period assessed
template-form-period-hint = A year (2026) or a quarter (2026-Q3)
template-form-period-constraint = Write a year (2026) or a quarter (2026-Q3)
template-form-role = Your stakeholder group
template-form-na = Not applicable to this unit
template-form-unknown = Unknown: nobody could check
template-form-evidence-list = Evidence to check: { $list }
template-form-evidence = Evidence for the rating (documents, minutes, observations)
template-form-confidence = How sure are you of the rating?
template-form-confidence-level = { $confidence ->
    [low] Low: little evidence, a guess
    [medium] Medium: some evidence
   *[high] High: well documented
}
template-form-justification = Why does this indicator not apply to the unit?

template-workbook-sheet = Assessment
template-workbook-col-field = Item
template-workbook-col-value = Value
template-workbook-col-help = What to write
template-workbook-col-name = Indicator
template-workbook-col-statement = Statement
template-workbook-col-question = Guiding question
template-workbook-col-answer = Level
template-workbook-col-evidence = Evidence seen
template-workbook-col-justification = Justification (if na)
template-workbook-col-confidence = Confidence
template-workbook-col-target = Target
template-workbook-col-evidence-to-check = Evidence to check
template-workbook-col-applies-to = Only for units of kind
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = How to fill in
template-workbook-instructions = Fill in the rows above, then one sheet per domain. For each indicator choose in the column “{ $level }” a level from 0 to { $top }, or na (not applicable: then write a justification), or unknown (asked, nobody could check); leave it empty when not answered. Note the evidence seen. Confidence (low, medium, high) and a target level are optional. Keep the hidden column A and row 1 as they are: the file is read back by them.
template-workbook-applies-note = An indicator with kinds of unit in the column “{ $column }” is rated only for units of those kinds: for another unit leave it empty.


report-uncertainty = How sure the scores are
uncertainty-level = Given the raters' confidence, the overall level is { $level } with probability { $p } ({ $together } if one rater's errors move together).
uncertainty-no-score = The overall score is empty, so there is no uncertainty to show.
uncertainty-bounds = If every unknown and missing answer were found, the overall score would lie between { $low } (level { $level_low }) and { $high } (level { $level_high }).
uncertainty-bounds-settled = If every unknown and missing answer were found, the overall score would lie between { $low } and { $high }: the level cannot change.
uncertainty-exact = Computed exactly over { $n } combinations of the { $answers } uncertain answers.
uncertainty-monte-carlo = Computed from { $draws } random draws (seed { $seed }) over the { $answers } uncertain answers.
report-col-interval = 90% interval
report-col-interval-together = 90% interval, errors together
report-col-p-level = Probability of this level
report-col-bounds = Range if unknowns were found
html-radar-intervals = The line across each axis is the domain's 90% interval, given the raters' confidence.
svg-interval = { $name }: 90% interval { $low }–{ $high }


robustness-title = Do the results survive other reasonable choices?
robustness-intro = { $units ->
    [one] One unit
   *[other] { $units } units
} scored against { $framework } under { $runs } scenarios (seed { $seed }).
robustness-factors = Varied together: { $factors }.
robustness-no-factor = Nothing was varied: every scenario is the framework as it is.
robustness-rank-shift = On average a unit moves { $mean } places from its published rank (5–95% of scenarios: { $interval }).
robustness-ranks-note = Ranks are for internal use: they single units out.
robustness-units = Each unit
robustness-units-note = The median and the 90% interval of each unit's overall score over the scenarios, and the share of scenarios that keep its published level.
robustness-col-unit = Unit
robustness-col-median = Median
robustness-col-keeps-level = Keeps its level
robustness-col-rank = Rank
robustness-col-median-rank = Median rank
robustness-col-rank-interval = Rank, 5–95%
robustness-col-top = In the top { $k }
robustness-pairs = Pairs of units
robustness-col-pair = Units A · B
robustness-col-above = A above B
robustness-col-tie = Tied
robustness-left-out = Each domain left out
robustness-left-out-note = Each unit's overall score without one domain, the other domains' weights renormalised.
robustness-sensitivity = Which choices move the results
robustness-sensitivity-note = Total-order Sobol' indices: the share of an output's variance due to a choice, alone or together with others (0: none; near 1: nearly all).
robustness-sensitivity-rank-shift-null = The indices on the rank shift are empty: { $reason }.
robustness-col-factor = Choice varied
robustness-col-st-rank-shift = On the rank shift
robustness-col-st-median = On the units' scores (median)
robustness-col-st-max = On the units' scores (largest)
robustness-chart = Each unit's overall score: published score (tick), median (dot) and 90% interval (line) over the scenarios.
robustness-chart-unit = { $unit }: median { $median }, 90% interval { $interval }
