# lhs-maturity messages in English: cli.
# The words of the `lhs-maturity` command: its tables, summaries and notes on a terminal, and the
# Markdown it writes itself (pool, compare, cohort, reliability). JSON and CSV are not translated.
# Translators: keep every { $variable } as it is and every `command` or option in backticks;
# write every plural form your language has. Numbers arrive already written in your language's
# notation; percentages arrive with their % sign. Column headings should stay short: the
# tables are aligned for a terminal 100 characters wide.

## Shared words

cli-overall = Overall
cli-unit-not-named = (unit not named)
cli-no-score = no score
cli-no-period = (no period)
cli-warnings = Warnings
# $n: how many warnings follow.
cli-warnings-heading = Warnings ({ $n })
# Joins two reasons in a sentence: "the framework versions differ and the indicator sets differ".
cli-and = { $first } and { $second }
# The answers of respondents as a table shows them: `na`, `?` and `–` are symbols, keep them.
cli-answer-legend = na: not applicable · ?: unknown · –: not answered
# $kind: the kind of unit assessed, a key of the framework.
cli-unit-kind = { $kind ->
    [national] national
    [subnational] subnational
    [district] district
    [facility] facility
    [programme] programme
    [network] network
   *[other] { $kind }
}
# $n: a number of indicators.
cli-indicator-count = { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}

## Column headings shared by several tables (lowercase in terminal tables, capitalised in Markdown)

cli-column-unit = unit
cli-column-unit-long = Unit
cli-column-period = period
cli-column-period-long = Period
cli-column-group = group
cli-column-group-long = Group
cli-column-overall = overall
cli-column-level = level
# Coverage: the share of the indicators that were rated.
cli-column-coverage = cov.
cli-column-indicator = Indicator

## Diagnostics and errors (the code in brackets is never translated)

cli-severity-error = error
cli-severity-warning = warning
cli-label-error = error:
cli-label-help = help:
# $path: a JSON Pointer into the document, such as /answers/inst.info.routine_data.
cli-diagnostic-at-path = at { $path }
# $line, $column: where in the file the problem is.
cli-diagnostic-at-line = at line { $line }, column { $column }
# $reason: the operating system's words for what went wrong.
cli-error-stdout = cannot write to standard output: { $reason }
cli-help-writable = check that the directory exists and is writable
# $dir: a directory named on the command line.
cli-error-empty-directory = the directory `{ $dir }` has no assessments (*.json or *.csv files)
cli-help-empty-directory = give a directory that holds assessment files, or the files themselves
# $file: a CSV file named on the command line.
cli-error-no-rows = `{ $file }` has a header but no assessment rows
# $file: the CSV file, to be given to `lhs-maturity batch`.
cli-help-score-many = score them all with `lhs-maturity batch { $file }`
# $file: a JSON file that is a scored report.
cli-error-report-not-assessment = `{ $file }` is a report, and this command reads assessments
cli-help-report-not-assessment = give the respondents' assessments (the files they filled in), not their reports
# $file: an input of `compare`; $n: how many assessments it holds.
cli-error-compare-many = `{ $file }` holds { $n } assessments, and `compare` takes one round on each side
cli-help-compare-many = compare two files of one assessment each; `series` follows more rounds, `cohort` summarizes many units
cli-error-pool-mismatch = the assessments are not all of one unit, period and framework version
cli-help-pool-mismatch = pool the respondents of one unit and period, or add `--allow-mismatch` to pool them anyway
cli-error-cv-no-forms = give the filled relevance forms, or --form for a blank one
# A command to copy: translate nothing but the file name if you wish.
cli-help-cv-form = lhs-maturity content-validity --form -o relevance-form.csv

## Reading and writing files

cli-io-permission-denied = permission denied
cli-help-read-directory = give the files inside it, or use `lhs-maturity batch DIRECTORY`
# $dir: the directory; $reason: the operating system's words.
cli-io-cannot-read-directory = cannot read the directory `{ $dir }`: { $reason }
# $file: the output file; $reason: one of the cli-io-… reasons, or the operating system's words.
cli-io-cannot-write = cannot write `{ $file }`: { $reason }
cli-io-not-a-file-name = it is not a file name
# $dir: the directory the output file should be in.
cli-io-no-directory = the directory `{ $dir }` does not exist
cli-io-is-a-directory = it is a directory

## template, validate, report

# $framework: the framework id (lhs-2021); $version: its version; $n: how many indicators the
# template has; $file: the file written.
cli-template-written = wrote a blank assessment of `{ $framework }` { $version } ({ $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}) to { $file }
cli-validate-valid = valid
cli-validate-invalid = invalid
# $errors, $warnings: how many of each the file has.
cli-validate-counts = ({ $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
})
# $input: the assessment; $overall: the overall score (or cli-no-score); $warnings: how many
# warnings the report has; $file: the report written.
cli-report-written = wrote the report of { $input } (overall { $overall }, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}) to { $file }

## score --format table

cli-score-column-node = Domain / sub-domain
cli-score-column-score = Score
cli-score-column-level = Level
# Coverage: the share of the indicators that were rated.
cli-score-column-coverage = Cov.
# The indicators of the assessment by status: $rated, $na (not applicable), $unknown, $missing
# (not answered), out of $total.
cli-score-counts = { $rated } rated, { $na } not applicable, { $unknown } unknown, { $missing } not answered, of { $total ->
    [one] { $total } indicator
   *[other] { $total } indicators
}
# Follows cli-score-counts on the same line. $percent: how far the rated indicators have come
# to their targets; $below: how many are below target.
cli-score-to-target = ; { $percent } of the way to target ({ $below } below target)
cli-score-learning-profile = Learning profile
cli-score-uncertainty = How sure the scores are
cli-uncertainty-column-interval = 90% interval
cli-uncertainty-column-together = errors together
cli-uncertainty-column-p-level = P(level)
cli-uncertainty-column-range = range if unknowns found
# $value: what was given to --pair.
cli-robustness-pair = `{ $value }` is not a pair of units: write `A,B`
# A progress bar: keep { $bar }, { $position } and { $length } (the bar, the scenarios done, all
# scenarios).
cli-robustness-progress = scenarios { $bar } { $position }/{ $length }
cli-score-next-steps = Top next steps
cli-score-no-steps = No rated indicator is below its target.
# A next step: $rank (1, 2…), the indicator's $name and $indicator id, its $level now and the
# $next level, and the $action (what reaching that level takes).
cli-score-step = { $rank }. { $name } ({ $indicator }), level { $level } → { $next }: { $action }
# $n: how many more next steps there are than the table shows.
cli-score-more-steps = … { $n } more (`--format markdown` lists them by stakeholder group; `report` writes them all)

## batch

# A progress bar: keep { $bar }, { $position } and { $length } (the bar, the inputs done, all
# inputs).
cli-batch-progress = scoring { $bar } { $position }/{ $length } inputs
cli-batch-row-failed = failed: see below
# $failed of $total assessments could not be scored; the list follows.
cli-batch-failed = { $failed } of { $total ->
    [one] { $total } assessment
   *[other] { $total } assessments
} could not be scored:
# After the first failures listed: how many more the summary holds.
cli-batch-more-failed = … and { $more } more: the `error` column of the summary says why each could not be scored
# $scored of $total assessments, read from $inputs files, in $seconds seconds.
cli-batch-summary = scored { $scored } of { $total ->
    [one] { $total } assessment
   *[other] { $total } assessments
} from { $inputs ->
    [one] { $inputs } input
   *[other] { $inputs } inputs
} in { $seconds } s
# cli-batch-summary, then $file: the summary written.
cli-batch-summary-written = scored { $scored } of { $total ->
    [one] { $total } assessment
   *[other] { $total } assessments
} from { $inputs ->
    [one] { $inputs } input
   *[other] { $inputs } inputs
} in { $seconds } s; summary written to { $file }

## framework (outline, indicators, lint, languages)

# $title: the framework's title; $framework: its id; $version; $n: how many indicators.
cli-framework-title = { $title } — `{ $framework }` version { $version } ({ $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
})
# $citation: the publication the framework is built on.
cli-framework-source = Source: { $citation }
cli-framework-scale = Scale:
cli-framework-facets = Facets:
cli-framework-domains = Domains:
cli-framework-list-hint = List the indicators with `lhs-maturity framework indicators`.
# The weight of an outcome indicator, which is reported apart from the scores.
cli-weight-outcome = outcome
# The weight of an indicator that does not apply to the unit kind.
cli-weight-none = n/a
# $n: how many indicators count in the scores; $min and $max: the smallest and largest
# effective weight (percentages); $ratio: max divided by min.
cli-indicators-summary = { $n ->
    [one] { $n } scored indicator
   *[other] { $n } scored indicators
}; effective weight { $min } to { $max } (max/min { $ratio }); outcome indicators are reported apart
# cli-indicators-summary for a unit of one kind: $kind is cli-unit-kind.
cli-indicators-summary-kind = { $n ->
    [one] { $n } scored indicator
   *[other] { $n } scored indicators
} for a { $kind } unit; effective weight { $min } to { $max } (max/min { $ratio }); outcome indicators are reported apart
# $level: a level of the scale (0–4); $words: the average number of words of its descriptors.
cli-lint-level-words = level { $level } { $words }
# $framework, $version; $indicators and $findings: how many; $average: words per descriptor;
# $levels: the cli-lint-level-words of every level, joined by commas.
cli-lint-summary = { $framework } { $version }: { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
}, { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}; average words per descriptor { $average } ({ $levels })
# $framework: the framework id; $version; $n: how many languages its texts are in.
cli-languages-heading = `{ $framework }` { $version } has its texts in { $n ->
    [one] { $n } language
   *[other] { $n } languages
}:
cli-languages-column-code = code
cli-languages-column-name = name
cli-languages-column-status = status
cli-languages-column-reviewer = reviewer
cli-languages-column-texts = texts
# How far a translation can be trusted: the source language, a translation no native-speaking
# reviewer has signed off yet, one a reviewer has signed off, or a language the framework does
# not declare.
cli-language-status = { $status ->
    [source] source
    [provisional] provisional
    [reviewed] reviewed
    [undeclared] undeclared
   *[other] { $status }
}
# $translated of $total texts exist in the language; $percent: the share, rounded down.
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
# $pointer: the JSON Pointer of the first text the language lacks.
cli-languages-first-missing = first missing text: { $pointer }

## migrate, content-validity

# $class: how an indicator of the new version comes from the old one (a key of the migration
# map); $n: how many indicators.
cli-migrate-class = { $n } { $class ->
    [equivalent] equivalent
    [merged_duplicate] merged_duplicate
    [merged_conjunctive] merged_conjunctive
    [revised] revised
    [new] new
   *[other] { $class }
}
# $file: the assessment; $from and $to: the versions; $carried: levels kept as they were;
# $proposed: levels a rater must confirm; $unmapped: answers with no place in the new version;
# $classes: the cli-migrate-class counts, joined by commas.
cli-migrate-summary = migrated { $file } from { $from } to { $to }: { $carried ->
    [one] { $carried } level
   *[other] { $carried } levels
} carried over, { $proposed } proposed for a rater to confirm, { $unmapped ->
    [one] { $unmapped } answer
   *[other] { $unmapped } answers
} kept under migration.unmapped ({ $classes })
cli-migrate-proposed-hint = the proposed levels are listed under migration.proposed; set each confirmed level as the answer's `level`
cli-cv-column-indicator = indicator
cli-cv-column-experts = experts
# Item-level content validity index: keep the abbreviation, or use the one of your literature.
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = kappa
cli-cv-column-interpretation = interpretation
# $value: the verdict on an indicator's content validity.
cli-cv-interpretation = { $value ->
    [excellent] excellent
    [good] good
    [fair] fair
    [poor] poor
    [too_few_experts] too few experts
    [not_rated] not rated
   *[other] { $value }
}
# $experts: how many experts rated; $average and $universal: the scale-level indices.
cli-cv-summary = { $experts ->
    [one] { $experts } expert
   *[other] { $experts } experts
}; S-CVI/Ave { $average }, S-CVI/UA { $universal } (spec/SCORING.md §26)

## pool

# $respondents: how many; $method: how their levels were combined; $items: indicators
# answered; $agenda: indicators on the disagreement agenda.
cli-pool-intro = { $respondents ->
    [one] { $respondents } respondent
   *[other] { $respondents } respondents
} pooled by the { $method ->
    [median] median
    [mean] mean
   *[mode] mode
}, { $items ->
    [one] { $items } indicator
   *[other] { $items } indicators
} answered; { $agenda } on the disagreement agenda
# $unit: the unit and period pooled.
cli-pool-title = Pooled assessment: { $unit }
cli-pool-column-respondent = Respondent
cli-pool-column-file = File
cli-pool-agreement-heading = Agreement between the respondents (the indicators as units)
cli-pool-agreement-title = Agreement between the respondents
cli-agreement-column-scope = Scope
# Krippendorff's alpha (α) with the ordinal and the interval metric, and the indicators it
# used; the intraclass correlation ICC(2,1) and ICC(2,k), and the indicators it used.
cli-agreement-column-alpha-ordinal = α ordinal
cli-agreement-column-alpha-interval = α interval
cli-agreement-column-alpha-units = α units
cli-agreement-column-alpha-units-long = Units (α)
cli-agreement-column-icc-single = ICC(2,1)
cli-agreement-column-icc-mean = ICC(2,k)
cli-agreement-column-icc-units = ICC units
cli-agreement-column-icc-units-long = Units (ICC)
cli-agreement-legend = α: Krippendorff's alpha over the indicators rated by two or more respondents; ICC: two-way random effects, absolute agreement, over the indicators rated by all
cli-pool-agenda-title = Disagreement agenda
cli-pool-agenda-empty = Disagreement agenda: empty (no indicator got different levels)
# $n: how many indicators are on the agenda.
cli-pool-agenda-heading = Disagreement agenda: { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}, widest range first (take it to the consensus meeting)
cli-pool-agenda-none = No indicator got different levels from the respondents.
cli-pool-agenda-order = Widest range first, then the widest interquartile range.
# The range of the levels given (highest minus lowest), and the interquartile range.
cli-pool-column-range = range
cli-pool-column-range-long = Range
cli-pool-column-iqr = IQR
cli-pool-consensus-title = Consensus
# $n: how many answers agreed in a consensus meeting replace the pooled ones.
cli-pool-consensus-heading = { $n ->
    [one] Consensus: { $n } agreed answer overrides the pooled one
   *[other] Consensus: { $n } agreed answers override the pooled ones
}
# $respondents: how many were pooled; $items: indicators answered; $file: the pooled assessment.
cli-pool-written = wrote the pooled assessment ({ $respondents ->
    [one] { $respondents } respondent
   *[other] { $respondents } respondents
}, { $items ->
    [one] { $items } indicator
   *[other] { $items } indicators
} answered) to { $file }; score it with `lhs-maturity score { $file }`
cli-pool-not-written = the pooled assessment was not written: add `-o pooled.json` to write it
# The bootstrap of a pooled assessment (`pool --bootstrap`). $unit: the unit and period pooled.
cli-bootstrap-title = Bootstrap of the pooled assessment: { $unit }
# $resamples: how many resamples; $respondents: how many respondents; $seed: the seed;
# $level: the coverage of the intervals, in percent.
cli-bootstrap-intro = { $resamples } resamples of the { $respondents } respondents, drawn with replacement (seed { $seed }): the { $level }% interval of each score and the share of the resamples that keep its level
# $respondents: how many respondents; $min: the fewest a bootstrap needs.
cli-bootstrap-leave-one-out = { $respondents ->
    [one] { $respondents } respondent is
   *[other] { $respondents } respondents are
} too few for a bootstrap (at least { $min }): each score with each respondent left out in turn, and their range
# $level: the coverage of the interval, in percent.
cli-bootstrap-column-interval = { $level }% interval
cli-bootstrap-column-keeps = keeps level
cli-bootstrap-column-range = range
# $respondent: the respondent left out.
cli-bootstrap-column-without = without { $respondent }
# Cohort group means (`cohort --sample`).
cli-cohort-census = The units are a census: the group means have no sampling error (`--sample` if they are a sample).
# $level: the coverage, in percent; $min: the smallest group with intervals; $resamples, $seed.
cli-cohort-sample = The units are a sample: { $level }% bootstrap intervals of the means of groups of at least { $min } units ({ $resamples } resamples, seed { $seed }).

## compare

cli-compare-before = Before:
cli-compare-after = After:
cli-compare-column-before = before
cli-compare-column-after = after
cli-compare-column-change = change
cli-compare-column-level = level
cli-compare-column-before-long = Before
cli-compare-column-after-long = After
cli-compare-column-change-long = Change
cli-compare-column-level-long = Level
cli-compare-column-target-long = Target
cli-compare-column-progress-long = Progress
# $before and $after: the periods of the two rounds.
cli-compare-title = Comparison: { $before } → { $after }
# $n: how many indicators both rounds have.
cli-compare-comparable = Directly comparable: the same framework version and the same { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
} in both rounds.
# $before and $after: each round's framework id and version.
cli-compare-versions-differ = the framework versions differ ({ $before } → { $after })
cli-compare-sets-differ = the indicator sets differ
# $reasons: cli-compare-versions-differ and/or cli-compare-sets-differ; $n: the indicators
# compared; $shared: `equivalent` when a migration map says which indicators kept their meaning.
cli-compare-restricted = Restricted comparison: { $reasons }; every score below is recomputed on the { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
} { $shared ->
    [equivalent] both rounds share with the same meaning (classed equivalent by the migration map; the others were revised, merged or dropped)
   *[other] both rounds share
}.
# $n: how many indicators only the earlier round has; $ids: their ids.
cli-compare-only-before = Only in the earlier round ({ $n }): { $ids }
# $n: how many indicators only the later round has; $ids: their ids.
cli-compare-only-after = Only in the later round ({ $n }): { $ids }
# How many indicators rated in both rounds went up, down, or stayed.
cli-compare-counts = Indicators rated in both rounds: { $improved } improved, { $regressed } regressed, { $unchanged } unchanged.
# $percent: the levels gained over the gap to target.
cli-compare-progress = Progress to target: { $percent } of the way (levels gained over the gap to target, on the indicators below target in the earlier round).
cli-compare-progress-none = Progress to target: not defined (no indicator rated in both rounds was below its target in the earlier round).
# $n: how many indicators went up a level or more.
cli-compare-improved = Improved ({ $n })
# $n: how many indicators went down a level or more.
cli-compare-regressed = Regressed ({ $n })
# $target: the target level; $percent: how far the indicator has come to it.
cli-compare-target-progress = target { $target }, { $percent } of the way
# $target: the target level (no progress can be given).
cli-compare-target = target { $target }

## cohort

# $units: how many units; $framework, $version: the framework of the reports.
cli-cohort-heading = Cohort of { $units ->
    [one] { $units } unit
   *[other] { $units } units
} · { $framework } { $version }
# $label: what the units are grouped by (region, kind…).
cli-cohort-grouped-by = grouped by { $label }
# $min: the smallest group that gets statistics.
cli-cohort-suppression = Groups of fewer than { $min ->
    [one] { $min } unit
   *[other] { $min } units
} are suppressed (no statistics), so that no unit can be singled out.
# cli-cohort-suppression, then $suppressed: how many groups were suppressed here.
cli-cohort-suppression-some = Groups of fewer than { $min ->
    [one] { $min } unit
   *[other] { $min } units
} are suppressed (no statistics), so that no unit can be singled out; { $suppressed ->
    [one] { $suppressed } group is
   *[other] { $suppressed } groups are
} suppressed here.
cli-cohort-publishable = This is the publishable summary: no unit-level rows (`--ranks` adds each unit's percentile rank).
cli-cohort-with-ranks = With unit ranks: not for publication, they single units out.
# $group: the group's label value; $units: how many units it has.
cli-cohort-group = { $group } ({ $units ->
    [one] { $units } unit
   *[other] { $units } units
})
# cli-cohort-group, then $min: the smallest group that gets statistics.
cli-cohort-group-suppressed = { $group } ({ $units ->
    [one] { $units } unit
   *[other] { $units } units
}): suppressed, fewer than { $min ->
    [one] { $min } unit
   *[other] { $min } units
}
cli-cohort-column-measure = Measure
# Statistics of a group: count, mean, standard deviation, minimum, first quartile, median,
# third quartile, maximum (short in terminal tables, six characters at most).
cli-stat-n = n
cli-stat-mean = mean
cli-stat-sd = sd
cli-stat-min = min
cli-stat-q1 = q1
cli-stat-median = median
cli-stat-q3 = q3
cli-stat-max = max
cli-stat-n-long = n
cli-stat-mean-long = Mean
cli-stat-sd-long = SD
cli-stat-min-long = Min
cli-stat-q1-long = Q1
cli-stat-median-long = Median
cli-stat-q3-long = Q3
cli-stat-max-long = Max
cli-cohort-ranks-heading = Percentile ranks within the group (overall and per domain; `--format csv` has every measure)
cli-cohort-ranks-title = Percentile ranks within the group (not for publication)
cli-cohort-ranks-note = note: the unit ranks single units out; publish the summary without `--ranks`

## reliability

# $units: how many units; $framework, $version: the framework of the reports.
cli-reliability-heading = Reliability of the instrument over { $units ->
    [one] { $units } unit
   *[other] { $units } units
} · { $framework } { $version }
# The same as a Markdown title.
cli-reliability-title = Reliability of the instrument over { $units ->
    [one] { $units } unit
   *[other] { $units } units
} ({ $framework } { $version })
cli-reliability-intro = Cronbach's alpha per domain and sub-domain, on the units that rated every one of its indicators
cli-reliability-column-items = items
cli-reliability-column-units = units
cli-reliability-column-alpha = alpha
cli-reliability-column-items-long = Items
cli-reliability-column-units-long = Units
cli-reliability-column-alpha-long = Alpha
# An item's statistics: $alpha (Cronbach's alpha without it) and $correlation (its corrected
# item–total correlation), both already padded to their columns.
cli-reliability-item = alpha if deleted { $alpha }  item–total r { $correlation }
cli-reliability-column-alpha-if-deleted = Alpha if deleted
cli-reliability-column-item-total = Item–total r
# $item: an indicator id; $node: the domain or sub-domain id it is counted in.
cli-reliability-item-in = `{ $item }` (in `{ $node }`)
# $top: the top level of the scale, its number and name.
cli-reliability-floor-heading = Floor and ceiling: share of the units that rated the indicator at level 0, and at the top level ({ $top })
cli-reliability-floor-title = Floor and ceiling
# $top: the top level of the scale, its number and name.
cli-reliability-floor-intro = Share of the units that rated the indicator at level 0 (floor), and at the top level, { $top } (ceiling).
cli-reliability-column-rated = rated
cli-reliability-column-floor = floor
cli-reliability-column-ceiling = ceiling
cli-reliability-column-rated-long = Rated
cli-reliability-column-floor-long = Floor
cli-reliability-column-ceiling-long = Ceiling

## series

# $unit: the unit followed; $n: how many rounds.
cli-series-heading = { $unit }: { $n ->
    [one] { $n } round
   *[other] { $n } rounds
}

# `export xlsform`: the form written. $framework, $version: the framework; $revision: the form's
# revision; $n: its indicators; $units: the units of the list given with --units (0: none, the
# unit is typed in); $file: the .xlsx file.
cli-xlsform-written = wrote the XLSForm of `{ $framework }` { $version }, revision { $revision } ({ $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}, { $units ->
    [0] the unit typed in
    [one] { $units } unit to choose from
   *[other] { $units } units to choose from
}) to { $file }
# $option: `--units`, `--form-revision` or `--period`, given to `export long`
cli-error-xlsform-option = `{ $option }` is an option of `export xlsform` only
cli-error-xlsform-files = `export xlsform` takes no input files: the form is made from the framework
cli-error-template-xlsx-kind = the Excel template has every indicator and says which apply to some kinds of unit only: leave out `--unit-kind`
cli-error-binary-terminal = an Excel workbook cannot be shown in a terminal
cli-help-binary-terminal = write it to a file with `-o`, e.g. `-o template.xlsx`

# $file: an output file the disk had no room for (cli-io-cannot-write's $reason).
cli-io-disk-full = the disk is full: free some space (or write to another disk) and run the command again; the previous file was left as it was
# $signal: SIGINT (Ctrl+C) or SIGTERM.
cli-interrupted = stopped by { $signal }: the files being written were removed and the previous ones left as they were
# $more: problems of $file not printed after the first 100.
cli-diagnostics-more = … and { $more } more in { $file }: `lhs-maturity validate --format json` lists every one
# $signal: SIGINT (Ctrl+C) or SIGTERM, when no file was being written.
cli-interrupted-idle = stopped by { $signal }

# DHIS2 (`export dhis2`, `dhis2-metadata`, `dhis2-mapping`). $option: an option of these layouts
# given to another
cli-error-dhis2-option = `{ $option }` is an option of `export dhis2`, `export dhis2-metadata` and `export dhis2-mapping` only
# $option: an option given to a DHIS2 layout it is not for; $layout: that layout
cli-error-dhis2-layout-option = `{ $option }` is not an option of `export { $layout }`
# $layout: `dhis2-metadata` or `dhis2-mapping`
cli-error-dhis2-files = `export { $layout }` takes no input files: it is made from the framework
cli-error-dhis2-no-mapping = `export dhis2` needs the mapping of the framework to the DHIS2 instance: `--mapping mapping.json`
cli-help-dhis2-mapping = make it with `lhs-maturity export dhis2-mapping --units units.csv -o mapping.json` once the package of `lhs-maturity export dhis2-metadata` is imported into DHIS2
cli-error-dhis2-no-reports = `export dhis2` needs the reports or assessments to export
# $file: the file written; $values, $reports, $units (organisation units), $periods: counts
cli-dhis2-written = { $file }: DHIS2 data values: { $values }; reports: { $reports }; organisation units: { $units }; periods: { $periods }
# $file: the file written; $framework, $version: the framework; $elements: the number of data
# elements; $data_set: the data set's UID; $period_type: its period type
cli-dhis2-metadata-written = { $file }: DHIS2 metadata package of `{ $framework }` { $version }: data elements: { $elements }; data set `{ $data_set }` ({ $period_type })
cli-dhis2-metadata-hint = import it once into DHIS2 (Import/Export app, metadata import), then make the mapping with `lhs-maturity export dhis2-mapping`
# $file: the file written; $framework: the framework id; $nodes: the nodes mapped; $units: the
# organisation units mapped
cli-dhis2-mapping-written = { $file }: DHIS2 mapping of `{ $framework }`: nodes: { $nodes }; organisation units: { $units }

# A file of submissions (ODK, KoboToolbox): $submissions in the file, $read read as assessments,
# $refused refused (problems in their values), $left left out (rejected, not approved or not
# decrypted on the server), $duplicates left out as copies or older edits.
cli-submissions-counts = { $file }: { $submissions ->
    [one] { $submissions } submission
   *[other] { $submissions } submissions
}: { $read } read, { $refused } refused, { $left } left out (rejected, not approved or not decrypted), { $duplicates } duplicates removed

# $layout: `fhir-questionnaire` or `fhir-response`
cli-error-fhir-files = { $layout ->
        [fhir-questionnaire] `export fhir-questionnaire` takes no input files: the Questionnaire is made from the framework
       *[fhir-response] `export fhir-response` needs the assessments to write as responses
    }
# $option: the option given (`--units`, `--form-revision`)
cli-error-fhir-option = `{ $option }` is an option of `export xlsform` and `export fhir-questionnaire` only
