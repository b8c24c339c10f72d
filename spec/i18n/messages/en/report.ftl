# lhs-maturity messages in English: reports (Markdown, HTML, SVG charts) and templates.
# Translators: keep every { $variable } and { -term } as it is; write every plural form your
# language has ([zero] [one] [two] [few] [many] [other]). Numbers arrive already written in your
# language's notation. Write in the register of a ministry of health guideline.
#
# Ids start with where the text is shown: md- (the Markdown report), html- (the HTML report),
# svg- (the charts), template- (the blank assessments) and report- (more than one of them).
# The messages hold no markup: the reports put bold, code and links around the values they
# pass, and escape everything, so write plain text (no HTML, no Markdown, no * or _).

## Terms

-lhs = learning health system

## Counts

# $n: a number of indicators.
count-indicators = { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}

## Shared by the reports: headings

report-overall = Overall
report-outcome-profile = Outcome profile
report-learning-profile = Learning profile
report-next-steps = Next steps by stakeholder group
report-no-steps = No rated indicator is below its target.
# Shown instead of a score when nothing below a domain or facet value is rated (lowercase: it
# stands in a table cell and beside a chart bar).
report-no-score = no score

## Shared by the reports: column headings of tables

report-col-domain = Domain
# The column of the outcome domains (learning processes and results, reported apart).
report-col-outcome = Outcome
# The column of the identifiers (`inst`, `inst.info`).
report-col-id = Id
report-col-score = Score
report-col-level = Level
report-col-coverage = Coverage
# The share of the way from the current levels to the targets.
report-col-to-target = To target
# A facet is a cross-cutting classification of the indicators (learning loop, level, means,
# stakeholder group); its values are the rows.
report-col-facet = Facet
report-col-value = Value
report-col-indicator = Indicator
report-col-indicators = Indicators
report-col-target = Target
report-col-rated = Rated
report-col-na = Not applicable
report-col-unknown = Unknown
report-col-missing = Not answered

## Shared by the reports: next steps

# A move of one indicator by one level; $move is the two level numbers, e.g. 2 → 3 (written
# left to right in every language).
report-step-levels = level { $move }

## Markdown report

# Labels before the unit assessed, the period it describes and the framework, with the colon
# (or what your language writes there).
md-label-unit = Unit:
md-label-period = Period:
md-label-framework = Framework:
md-unit-not-named = (unit not named)
md-domains = Domains
md-warnings = Warnings
# The overall result in one line. $score is the score out of the top level (e.g. 1.50 / 4) and
# $level the level number and name (e.g. 2 Established), both already in bold; $percent is the
# score as a share of the top level (e.g. 38%); $coverage the share of the indicators that are
# rated; then the counts of answers: rated, not applicable (n/a), unknown, missing, of $total.
md-overall = Score { $score } · level { $level } · { $percent } of the top level · coverage { $coverage } ({ $rated } rated, { $na } n/a, { $unknown } unknown, { $missing } missing of { $total })
# $percent: progress from the current levels to the targets; $below of $with rated indicators
# that have a target are below it; $gap: the sum of their gaps, in levels.
md-progress = Progress to target: { $percent } ({ $below } of { $with } rated indicators with a target are below it; total gap { $gap ->
    [one] { $gap } level
   *[other] { $gap } levels
})
md-outcome-note = Learning processes and results, reported apart: not part of the overall score.
# One next step. $name is the indicator's name (in bold), $id its identifier (as code),
# $levels the move (report-step-levels), $action what to do.
md-step = { $name } ({ $id }), { $levels }: { $action }
# After the first next steps of a stakeholder group: how many are not listed.
md-more = … and { $n } more

## HTML report: header

# Under the unit's name; $framework is the framework's title.
html-subtitle = Self-assessment report · { $framework }
html-unit-not-named = Unit not named
html-unit-id = Unit id
html-unit-kind = Kind of unit
html-period = Period
# In place of a period the assessment does not give.
html-not-given = not given
html-respondent = Respondent
html-framework = Framework
# $title: the framework's title; $id: its identifier (shown as code); $version: e.g. 2.0.0.
html-framework-version = { $title } { $id } version { $version }
# Shown when the framework's text in the report's language has not yet been checked by a
# native-speaking reviewer.
html-translation-provisional = Translation: provisional (not yet reviewed by a native-speaking reviewer)

## HTML report: overall result

html-overall-score = Overall score
html-tile-level = Level
html-tile-coverage = Coverage
# Under the coverage: $rated of the $total indicators that apply are rated.
html-rated-of = { $rated } of { $total } rated
html-tile-target = Progress to target
# Under the progress to target: $below of the $with rated indicators with a target are below it.
html-below-of = { $below } of { $with } below target
# $percent: the overall score as a share of the top level; then the counts of answers of the
# $total indicators in the overall score.
html-answers = { $percent } of the top level. Answers: { $rated } rated, { $na } not applicable, { $unknown } unknown, { $missing } not answered, of { $total ->
    [one] { $total } indicator
   *[other] { $total } indicators
} in the overall score.
html-outcomes-apart = The outcome profile is reported apart.
# Caption of the radar chart; $top is the top level (e.g. 4).
html-radar-caption = Domain scores on the scale 0–{ $top }.
html-facets-caption = Learning profile: the score of the indicators tagged with each facet value.

## HTML report: domains and next steps

html-domains = Domains and sub-domains
html-outcomes-note = Learning processes and results, reported apart: they are what the domains above should produce, so they are not part of the overall score.
# Before the next steps; $n is how many there are.
html-steps-intro = { $n ->
    [one] { $n } next step, ranked by the points of overall score at stake. It moves one indicator up one level.
   *[other] { $n } next steps, ranked by the points of overall score at stake. Each moves one indicator up one level.
}
# One next step: $name the indicator's name (in bold), $id its identifier (as code), $levels the
# move (report-step-levels), $action what to do (an action, or html-step-reach).
html-step = { $name } { $id }, { $levels }: { $action }
# The same with the target, a level number, when it is above the next level.
html-step-target = { $name } { $id }, { $levels } (target { $target }): { $action }
# When the framework names no action: reach the descriptor of the next level (a sentence).
html-step-reach = reach “{ $descriptor }”

## HTML report: indicators

html-indicators = Indicators
html-col-evidence = Evidence and descriptors
# Under the indicators; $n is how many do not apply to the kind of unit assessed.
html-left-out = { $n ->
    [one] { $n } indicator does not apply to a unit of this kind and is left out.
   *[other] { $n } indicators do not apply to a unit of this kind and are left out.
}
html-status-na = not applicable
html-status-unknown = unknown
html-status-missing = not answered
html-status-does-not-apply = does not apply to this unit
# After a target: how many levels the current level is below it.
html-gap = (gap { $gap })
html-evidence = Evidence:
html-why-na = Why not applicable:
# $confidence is how sure the respondent is of the rating: low, medium or high.
html-confidence = Confidence: { $confidence ->
    [low] low
    [medium] medium
   *[high] high
}
# Headings of the descriptors of the current and the next level; $level is a level number.
html-now = Now (level { $level })
html-next-level = Next (level { $level })
html-next = Next
html-top-reached = The top level is reached.
# Heading of the indicator's statement, shown when it is not rated.
html-statement = Statement

## HTML report: warnings, glossary, footer

html-warnings = Warnings and coverage
html-no-warnings = No warnings.
# Before the warnings; $n is how many there are. A warning never changes a score.
html-warnings-intro = { $n ->
    [one] { $n } warning (it changes no number):
   *[other] { $n } warnings (they change no number):
}
# One warning: $code its code and $path where it is (both shown as code), $message what it says.
html-warning = { $code } at { $path }: { $message }
html-glossary = Glossary
# $tool: the version of lhs-maturity; $id and $version: the framework's identifier (as code) and
# version; $format: the version of the report format; $top: the top level (e.g. 4).
html-footer = Scored with lhs-maturity { $tool } against { $id } { $version } (report format { $format }). Scores are on the scale 0–{ $top }; rounding is for display only.
# $citation: the publication the framework comes from; $licence: the licence of its text.
html-source = Framework source: { $citation }.
html-source-licence = Framework source: { $citation }. Licence: { $licence }.
# Shown in every report that is not in English.
# The disclaimer the licence of the WHO report (CC BY-NC-SA 3.0 IGO) asks of translations.
html-translation-disclaimer = This translation was not created by the World Health Organization (WHO). WHO is not responsible for the content or accuracy of this translation. The English edition of this framework is the binding and authentic one.

## Charts (SVG)

svg-radar-title = Domain scores
# Read aloud by screen readers: $top is the top level, $scores the list of the domains and
# their scores (see svg-item).
svg-radar-desc = Score of each domain on the scale 0 to { $top }: { $scores }
svg-facets-title = Learning profile
# Read aloud by screen readers: $scores is the list of facet values and their scores.
svg-bars-desc = Score on the scale 0 to { $top }: { $scores }
# One entry of those lists: a name and its score (or report-no-score).
svg-item = { $name } { $score }
# The same with the facet the value belongs to.
svg-group-item = { $group }, { $name } { $score }
# Between the entries of those lists.
svg-list-separator = {"; "}
# Legend of the radar chart: the filled area is the score, the dashed line the targets.
svg-legend-score = score
svg-legend-target = mean target of the rated indicators

## Templates (blank assessments to fill in)

# The instructions at the top of a blank assessment in JSON. Keep as written what is in quotes
# or backquotes (field names and values the program reads: "unknown", `level`, "confidence",
# "target", "default_target"…) and the $ of "Fields starting with $". $id and $version: the
# framework; $top: the top level; $na: template-na-applies or template-na-justify; $example: an
# example of elements, e.g. "elements": {"L1a": true, "L2a": false}.
template-comment = A blank self-assessment of `{ $id }` { $version }. For each indicator, set `level` to a level from 0 to { $top } or "unknown" (asked, nobody could check), or leave it null (not answered); note the evidence. { $na } Instead of the level you may record the elements checked, e.g. { $example }: the level is then derived from them. An answer may also have "confidence" (low, medium, high) and "target" (a level). Add "default_target": N at the top to set a target for every indicator. Fields starting with $ are notes and may be deleted.
# For a framework whose indicators apply to some kinds of unit only. Keep "na" as written.
template-na-applies = The indicators listed apply to this kind of unit: rate one that does not exist 0 (absent), not "na".
template-na-justify = "na" means not applicable: then add a "justification".
# The note of one indicator: its name and its statement.
template-indicator = { $name }: { $statement }
# The descriptor of one level in the JSON template: $level is its number, $name its name.
template-level = { $level } { $name }: { $descriptor }
# The same in the CSV template, where the column already gives the number.
template-csv-level = { $name }: { $descriptor }
# The first rows of the CSV template describe the assessment (the unit, the period...): the
# name of each row (lowercase) and what to write in it.
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

# The kind of unit assessed, shown in the report's header; a kind of the user's own is shown
# as written ($kind).
report-unit-kind = { $kind ->
    [national] national
    [subnational] subnational
    [district] district
    [facility] facility
    [programme] programme
    [network] network
   *[other] { $kind }
}

# The XLSForm of a framework (`lhs-maturity export xlsform`, `Framework.to_xlsform`): the labels,
# hints and choices of the form's own questions; the framework's texts fill the rest.
template-form-unit = Unit assessed
template-form-unit-id = Identifier of the unit assessed (e.g. kis-east)
template-form-unit-name = Name of the unit assessed
template-form-period = Period assessed
template-form-period-hint = A year (2026) or a quarter (2026-Q3)
template-form-period-constraint = Write a year (2026) or a quarter (2026-Q3)
template-form-role = Your stakeholder group
template-form-na = Not applicable to this unit
template-form-unknown = Unknown: nobody could check
# $list: the documents or observations to check, separated by semicolons
template-form-evidence-list = Evidence to check: { $list }
template-form-evidence = Evidence for the rating (documents, minutes, observations)
template-form-confidence = How sure are you of the rating?
# $confidence: low, medium or high
template-form-confidence-level = { $confidence ->
    [low] Low: little evidence, a guess
    [medium] Medium: some evidence
   *[high] High: well documented
}
template-form-justification = Why does this indicator not apply to the unit?

# The Excel template (`template --format xlsx`). The name of its first sheet, about the assessment
# (at most 31 characters, none of [ ] : * ? / \).
template-workbook-sheet = Assessment
# The titles of its columns.
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
# The title of the column of one level's descriptor: $level is its number, $name its name.
template-workbook-level = { $level } { $name }
template-workbook-instructions-title = How to fill in
# $top: the top level of the scale
# $level: the title of the level column (template-workbook-col-answer)
template-workbook-instructions = Fill in the rows above, then one sheet per domain. For each indicator choose in the column “{ $level }” a level from 0 to { $top }, or na (not applicable: then write a justification), or unknown (asked, nobody could check); leave it empty when not answered. Note the evidence seen. Confidence (low, medium, high) and a target level are optional. Keep the hidden column A and row 1 as they are: the file is read back by them.
# $column: the title of the column listing the kinds of unit (template-workbook-col-applies-to)
template-workbook-applies-note = An indicator with kinds of unit in the column “{ $column }” is rated only for units of those kinds: for another unit leave it empty.

## How sure the scores are (a report scored with its uncertainty: --uncertainty)

report-uncertainty = How sure the scores are
# $level: the overall level (number and name); $p: its probability with rating errors independent
# from answer to answer; $together: with one rater's errors moving together. Both 0 to 1.
uncertainty-level = Given the raters' confidence, the overall level is { $level } with probability { $p } ({ $together } if one rater's errors move together).
uncertainty-no-score = The overall score is empty, so there is no uncertainty to show.
# $low, $high: the overall score with every unknown and missing answer at the lowest and at the
# highest level; $level_low, $level_high: their levels.
uncertainty-bounds = If every unknown and missing answer were found, the overall score would lie between { $low } (level { $level_low }) and { $high } (level { $level_high }).
# The same when the level is the same at both bounds.
uncertainty-bounds-settled = If every unknown and missing answer were found, the overall score would lie between { $low } and { $high }: the level cannot change.
# $n: the combinations enumerated; $answers: the rated answers whose level is uncertain.
uncertainty-exact = Computed exactly over { $n } combinations of the { $answers } uncertain answers.
# $draws: the random draws; $seed: their seed; $answers: as above.
uncertainty-monte-carlo = Computed from { $draws } random draws (seed { $seed }) over the { $answers } uncertain answers.
report-col-interval = 90% interval
report-col-interval-together = 90% interval, errors together
report-col-p-level = Probability of this level
report-col-bounds = Range if unknowns were found
html-radar-intervals = The line across each axis is the domain's 90% interval, given the raters' confidence.
# The title of a domain's interval line on the radar chart.
svg-interval = { $name }: 90% interval { $low }–{ $high }

## The robustness of many units (`robustness --format markdown|html`)

robustness-title = Do the results survive other reasonable choices?
# $units: the number of units; $runs: the number of scenarios; $seed: their seed; $framework: the framework's title
robustness-intro = { $units ->
    [one] One unit
   *[other] { $units } units
} scored against { $framework } under { $runs } scenarios (seed { $seed }).
# $factors: the names of the choices varied, separated by commas
robustness-factors = Varied together: { $factors }.
robustness-no-factor = Nothing was varied: every scenario is the framework as it is.
# $mean: the mean number of places a unit moves from its published rank; $interval: its 5–95% range
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
# $k: the number of top places
robustness-col-top = In the top { $k }
robustness-pairs = Pairs of units
robustness-col-pair = Units A · B
robustness-col-above = A above B
robustness-col-tie = Tied
robustness-left-out = Each domain left out
robustness-left-out-note = Each unit's overall score without one domain, the other domains' weights renormalised.
robustness-sensitivity = Which choices move the results
robustness-sensitivity-note = Total-order Sobol' indices: the share of an output's variance due to a choice, alone or together with others (0: none; near 1: nearly all).
# $reason: why the indices on the rank shift are empty (in English)
robustness-sensitivity-rank-shift-null = The indices on the rank shift are empty: { $reason }.
robustness-col-factor = Choice varied
robustness-col-st-rank-shift = On the rank shift
robustness-col-st-median = On the units' scores (median)
robustness-col-st-max = On the units' scores (largest)
robustness-chart = Each unit's overall score: published score (tick), median (dot) and 90% interval (line) over the scenarios.
# $unit: the unit's label; $median: its median score; $interval: its 90% interval
robustness-chart-unit = { $unit }: median { $median }, 90% interval { $interval }
