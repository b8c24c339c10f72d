

cli-overall = Overall
cli-unit-not-named = (unit not named)
cli-no-score = no score
cli-no-period = (no period)
cli-warnings = Warnings
cli-warnings-heading = Warnings ({ $n })
cli-and = { $first } and { $second }
cli-answer-legend = na: not applicable · ?: unknown · –: not answered
cli-unit-kind = { $kind ->
    [national] national
    [subnational] subnational
    [district] district
    [facility] facility
    [programme] programme
    [network] network
   *[other] { $kind }
}
cli-indicator-count = { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}


cli-column-unit = unit
cli-column-unit-long = Unit
cli-column-period = period
cli-column-period-long = Period
cli-column-group = group
cli-column-group-long = Group
cli-column-overall = overall
cli-column-level = level
cli-column-coverage = cov.
cli-column-indicator = Indicator


cli-severity-error = error
cli-severity-warning = warning
cli-label-error = error:
cli-label-help = help:
cli-diagnostic-at-path = at { $path }
cli-diagnostic-at-line = at line { $line }, column { $column }
cli-error-stdout = cannot write to standard output: { $reason }
cli-help-writable = check that the directory exists and is writable
cli-error-empty-directory = the directory `{ $dir }` has no assessments (*.json or *.csv files)
cli-help-empty-directory = give a directory that holds assessment files, or the files themselves
cli-error-no-rows = `{ $file }` has a header but no assessment rows
cli-help-score-many = score them all with `lhs-maturity batch { $file }`
cli-error-report-not-assessment = `{ $file }` is a report, and this command reads assessments
cli-help-report-not-assessment = give the respondents' assessments (the files they filled in), not their reports
cli-error-compare-many = `{ $file }` holds { $n } assessments, and `compare` takes one round on each side
cli-help-compare-many = compare two files of one assessment each; `series` follows more rounds, `cohort` summarizes many units
cli-error-pool-mismatch = the assessments are not all of one unit, period and framework version
cli-help-pool-mismatch = pool the respondents of one unit and period, or add `--allow-mismatch` to pool them anyway
cli-error-cv-no-forms = give the filled relevance forms, or --form for a blank one
cli-help-cv-form = lhs-maturity content-validity --form -o relevance-form.csv


cli-io-permission-denied = permission denied
cli-help-read-directory = give the files inside it, or use `lhs-maturity batch DIRECTORY`
cli-io-cannot-read-directory = cannot read the directory `{ $dir }`: { $reason }
cli-io-cannot-write = cannot write `{ $file }`: { $reason }
cli-io-not-a-file-name = it is not a file name
cli-io-no-directory = the directory `{ $dir }` does not exist
cli-io-is-a-directory = it is a directory


cli-template-written = wrote a blank assessment of `{ $framework }` { $version } ({ $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}) to { $file }
cli-validate-valid = valid
cli-validate-invalid = invalid
cli-validate-counts = ({ $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
})
cli-report-written = wrote the report of { $input } (overall { $overall }, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}) to { $file }


cli-score-column-node = Domain / sub-domain
cli-score-column-score = Score
cli-score-column-level = Level
cli-score-column-coverage = Cov.
cli-score-counts = { $rated } rated, { $na } not applicable, { $unknown } unknown, { $missing } not answered, of { $total ->
    [one] { $total } indicator
   *[other] { $total } indicators
}
cli-score-to-target = ; { $percent } of the way to target ({ $below } below target)
cli-score-learning-profile = Learning profile
cli-score-uncertainty = How sure the scores are
cli-uncertainty-column-interval = 90% interval
cli-uncertainty-column-together = errors together
cli-uncertainty-column-p-level = P(level)
cli-uncertainty-column-range = range if unknowns found
cli-robustness-pair = `{ $value }` is not a pair of units: write `A,B`
cli-robustness-progress = scenarios { $bar } { $position }/{ $length }
cli-score-next-steps = Top next steps
cli-score-no-steps = No rated indicator is below its target.
cli-score-step = { $rank }. { $name } ({ $indicator }), level { $level } → { $next }: { $action }
cli-score-more-steps = … { $n } more (`--format markdown` lists them by stakeholder group; `report` writes them all)


cli-batch-progress = scoring { $bar } { $position }/{ $length } inputs
cli-batch-row-failed = failed: see below
cli-batch-failed = { $failed } of { $total ->
    [one] { $total } assessment
   *[other] { $total } assessments
} could not be scored:
cli-batch-more-failed = … and { $more } more: the `error` column of the summary says why each could not be scored
cli-batch-summary = scored { $scored } of { $total ->
    [one] { $total } assessment
   *[other] { $total } assessments
} from { $inputs ->
    [one] { $inputs } input
   *[other] { $inputs } inputs
} in { $seconds } s
cli-batch-summary-written = scored { $scored } of { $total ->
    [one] { $total } assessment
   *[other] { $total } assessments
} from { $inputs ->
    [one] { $inputs } input
   *[other] { $inputs } inputs
} in { $seconds } s; summary written to { $file }


cli-framework-title = { $title } — `{ $framework }` version { $version } ({ $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
})
cli-framework-source = Source: { $citation }
cli-framework-scale = Scale:
cli-framework-facets = Facets:
cli-framework-domains = Domains:
cli-framework-list-hint = List the indicators with `lhs-maturity framework indicators`.
cli-weight-outcome = outcome
cli-weight-none = n/a
cli-indicators-summary = { $n ->
    [one] { $n } scored indicator
   *[other] { $n } scored indicators
}; effective weight { $min } to { $max } (max/min { $ratio }); outcome indicators are reported apart
cli-indicators-summary-kind = { $n ->
    [one] { $n } scored indicator
   *[other] { $n } scored indicators
} for a { $kind } unit; effective weight { $min } to { $max } (max/min { $ratio }); outcome indicators are reported apart
cli-lint-level-words = level { $level } { $words }
cli-lint-summary = { $framework } { $version }: { $indicators ->
    [one] { $indicators } indicator
   *[other] { $indicators } indicators
}, { $findings ->
    [one] { $findings } finding
   *[other] { $findings } findings
}; average words per descriptor { $average } ({ $levels })
cli-languages-heading = `{ $framework }` { $version } has its texts in { $n ->
    [one] { $n } language
   *[other] { $n } languages
}:
cli-languages-column-code = code
cli-languages-column-name = name
cli-languages-column-status = status
cli-languages-column-reviewer = reviewer
cli-languages-column-texts = texts
cli-language-status = { $status ->
    [source] source
    [provisional] provisional
    [reviewed] reviewed
    [undeclared] undeclared
   *[other] { $status }
}
cli-languages-completeness = { $translated }/{ $total } ({ $percent })
cli-languages-first-missing = first missing text: { $pointer }


cli-migrate-class = { $n } { $class ->
    [equivalent] equivalent
    [merged_duplicate] merged_duplicate
    [merged_conjunctive] merged_conjunctive
    [revised] revised
    [new] new
   *[other] { $class }
}
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
cli-cv-column-icvi = I-CVI
cli-cv-column-kappa = kappa
cli-cv-column-interpretation = interpretation
cli-cv-interpretation = { $value ->
    [excellent] excellent
    [good] good
    [fair] fair
    [poor] poor
    [too_few_experts] too few experts
    [not_rated] not rated
   *[other] { $value }
}
cli-cv-summary = { $experts ->
    [one] { $experts } expert
   *[other] { $experts } experts
}; S-CVI/Ave { $average }, S-CVI/UA { $universal } (spec/SCORING.md §26)


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
cli-pool-title = Pooled assessment: { $unit }
cli-pool-column-respondent = Respondent
cli-pool-column-file = File
cli-pool-agreement-heading = Agreement between the respondents (the indicators as units)
cli-pool-agreement-title = Agreement between the respondents
cli-agreement-column-scope = Scope
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
cli-pool-agenda-heading = Disagreement agenda: { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}, widest range first (take it to the consensus meeting)
cli-pool-agenda-none = No indicator got different levels from the respondents.
cli-pool-agenda-order = Widest range first, then the widest interquartile range.
cli-pool-column-range = range
cli-pool-column-range-long = Range
cli-pool-column-iqr = IQR
cli-pool-consensus-title = Consensus
cli-pool-consensus-heading = { $n ->
    [one] Consensus: { $n } agreed answer overrides the pooled one
   *[other] Consensus: { $n } agreed answers override the pooled ones
}
cli-pool-written = wrote the pooled assessment ({ $respondents ->
    [one] { $respondents } respondent
   *[other] { $respondents } respondents
}, { $items ->
    [one] { $items } indicator
   *[other] { $items } indicators
} answered) to { $file }; score it with `lhs-maturity score { $file }`
cli-pool-not-written = the pooled assessment was not written: add `-o pooled.json` to write it
cli-bootstrap-title = Bootstrap of the pooled assessment: { $unit }
cli-bootstrap-intro = { $resamples } resamples of the { $respondents } respondents, drawn with replacement (seed { $seed }): the { $level }% interval of each score and the share of the resamples that keep its level
cli-bootstrap-leave-one-out = { $respondents ->
    [one] { $respondents } respondent is
   *[other] { $respondents } respondents are
} too few for a bootstrap (at least { $min }): each score with each respondent left out in turn, and their range
cli-bootstrap-column-interval = { $level }% interval
cli-bootstrap-column-keeps = keeps level
cli-bootstrap-column-range = range
cli-bootstrap-column-without = without { $respondent }
cli-cohort-census = The units are a census: the group means have no sampling error (`--sample` if they are a sample).
cli-cohort-sample = The units are a sample: { $level }% bootstrap intervals of the means of groups of at least { $min } units ({ $resamples } resamples, seed { $seed }).


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
cli-compare-title = Comparison: { $before } → { $after }
cli-compare-comparable = Directly comparable: the same framework version and the same { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
} in both rounds.
cli-compare-versions-differ = the framework versions differ ({ $before } → { $after })
cli-compare-sets-differ = the indicator sets differ
cli-compare-restricted = Restricted comparison: { $reasons }; every score below is recomputed on the { $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
} { $shared ->
    [equivalent] both rounds share with the same meaning (classed equivalent by the migration map; the others were revised, merged or dropped)
   *[other] both rounds share
}.
cli-compare-only-before = Only in the earlier round ({ $n }): { $ids }
cli-compare-only-after = Only in the later round ({ $n }): { $ids }
cli-compare-counts = Indicators rated in both rounds: { $improved } improved, { $regressed } regressed, { $unchanged } unchanged.
cli-compare-progress = Progress to target: { $percent } of the way (levels gained over the gap to target, on the indicators below target in the earlier round).
cli-compare-progress-none = Progress to target: not defined (no indicator rated in both rounds was below its target in the earlier round).
cli-compare-improved = Improved ({ $n })
cli-compare-regressed = Regressed ({ $n })
cli-compare-target-progress = target { $target }, { $percent } of the way
cli-compare-target = target { $target }


cli-cohort-heading = Cohort of { $units ->
    [one] { $units } unit
   *[other] { $units } units
} · { $framework } { $version }
cli-cohort-grouped-by = grouped by { $label }
cli-cohort-suppression = Groups of fewer than { $min ->
    [one] { $min } unit
   *[other] { $min } units
} are suppressed (no statistics), so that no unit can be singled out.
cli-cohort-suppression-some = Groups of fewer than { $min ->
    [one] { $min } unit
   *[other] { $min } units
} are suppressed (no statistics), so that no unit can be singled out; { $suppressed ->
    [one] { $suppressed } group is
   *[other] { $suppressed } groups are
} suppressed here.
cli-cohort-publishable = This is the publishable summary: no unit-level rows (`--ranks` adds each unit's percentile rank).
cli-cohort-with-ranks = With unit ranks: not for publication, they single units out.
cli-cohort-group = { $group } ({ $units ->
    [one] { $units } unit
   *[other] { $units } units
})
cli-cohort-group-suppressed = { $group } ({ $units ->
    [one] { $units } unit
   *[other] { $units } units
}): suppressed, fewer than { $min ->
    [one] { $min } unit
   *[other] { $min } units
}
cli-cohort-column-measure = Measure
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


cli-reliability-heading = Reliability of the instrument over { $units ->
    [one] { $units } unit
   *[other] { $units } units
} · { $framework } { $version }
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
cli-reliability-item = alpha if deleted { $alpha }  item–total r { $correlation }
cli-reliability-column-alpha-if-deleted = Alpha if deleted
cli-reliability-column-item-total = Item–total r
cli-reliability-item-in = `{ $item }` (in `{ $node }`)
cli-reliability-floor-heading = Floor and ceiling: share of the units that rated the indicator at level 0, and at the top level ({ $top })
cli-reliability-floor-title = Floor and ceiling
cli-reliability-floor-intro = Share of the units that rated the indicator at level 0 (floor), and at the top level, { $top } (ceiling).
cli-reliability-column-rated = rated
cli-reliability-column-floor = floor
cli-reliability-column-ceiling = ceiling
cli-reliability-column-rated-long = Rated
cli-reliability-column-floor-long = Floor
cli-reliability-column-ceiling-long = Ceiling


cli-series-heading = { $unit }: { $n ->
    [one] { $n } round
   *[other] { $n } rounds
}

cli-xlsform-written = wrote the XLSForm of `{ $framework }` { $version }, revision { $revision } ({ $n ->
    [one] { $n } indicator
   *[other] { $n } indicators
}, { $units ->
    [0] the unit typed in
    [one] { $units } unit to choose from
   *[other] { $units } units to choose from
}) to { $file }
cli-error-xlsform-option = `{ $option }` is an option of `export xlsform` only
cli-error-xlsform-files = `export xlsform` takes no input files: the form is made from the framework
cli-error-template-xlsx-kind = the Excel template has every indicator and says which apply to some kinds of unit only: leave out `--unit-kind`
cli-error-binary-terminal = an Excel workbook cannot be shown in a terminal
cli-help-binary-terminal = write it to a file with `-o`, e.g. `-o template.xlsx`

cli-io-disk-full = the disk is full: free some space (or write to another disk) and run the command again; the previous file was left as it was
cli-interrupted = stopped by { $signal }: the files being written were removed and the previous ones left as they were
cli-diagnostics-more = … and { $more } more in { $file }: `lhs-maturity validate --format json` lists every one
cli-interrupted-idle = stopped by { $signal }

cli-error-dhis2-option = `{ $option }` is an option of `export dhis2`, `export dhis2-metadata` and `export dhis2-mapping` only
cli-error-dhis2-layout-option = `{ $option }` is not an option of `export { $layout }`
cli-error-dhis2-files = `export { $layout }` takes no input files: it is made from the framework
cli-error-dhis2-no-mapping = `export dhis2` needs the mapping of the framework to the DHIS2 instance: `--mapping mapping.json`
cli-help-dhis2-mapping = make it with `lhs-maturity export dhis2-mapping --units units.csv -o mapping.json` once the package of `lhs-maturity export dhis2-metadata` is imported into DHIS2
cli-error-dhis2-no-reports = `export dhis2` needs the reports or assessments to export
cli-dhis2-written = { $file }: DHIS2 data values: { $values }; reports: { $reports }; organisation units: { $units }; periods: { $periods }
cli-dhis2-metadata-written = { $file }: DHIS2 metadata package of `{ $framework }` { $version }: data elements: { $elements }; data set `{ $data_set }` ({ $period_type })
cli-dhis2-metadata-hint = import it once into DHIS2 (Import/Export app, metadata import), then make the mapping with `lhs-maturity export dhis2-mapping`
cli-dhis2-mapping-written = { $file }: DHIS2 mapping of `{ $framework }`: nodes: { $nodes }; organisation units: { $units }

cli-submissions-counts = { $file }: { $submissions ->
    [one] { $submissions } submission
   *[other] { $submissions } submissions
}: { $read } read, { $refused } refused, { $left } left out (rejected, not approved or not decrypted), { $duplicates } duplicates removed

cli-error-fhir-files = { $layout ->
        [fhir-questionnaire] `export fhir-questionnaire` takes no input files: the Questionnaire is made from the framework
       *[fhir-response] `export fhir-response` needs the assessments to write as responses
    }
cli-error-fhir-option = `{ $option }` is an option of `export xlsform` and `export fhir-questionnaire` only
