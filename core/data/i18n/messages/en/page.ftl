

page-title = Learning health system self-assessment
page-intro = The built-in framework { $framework }: rate each indicator from { $bottom } ({ $bottom-name }) to { $top } ({ $top-name }). Answers stay in this browser only; nothing is sent anywhere.
page-skip = Skip to the results
page-language = Language
page-language-failed = { $language } could not be loaded; the page stays in English.
page-language-pack-failed = The texts in { $language } could not be loaded: they are shown in English.
page-translation-provisional = Provisional translation, not yet reviewed.
page-translation-disclaimer = Translations are adaptations made for this tool: WHO has not endorsed them. The English text is authoritative.


page-answered = Answered
    .aria-label = Indicators answered
page-progress = { $answered } / { $total }
page-overall-short = Overall
page-score-of = { $score } / { $top }
page-to-results = Results ↓


page-about = About this assessment
page-unit-name = Unit assessed (district, ministry, facility…)
    .placeholder = e.g. Kisumu East district health team
page-unit-kind = Kind of unit (only the indicators that apply to it are shown)
page-kind-none = Not set (every indicator)
page-kind = { $kind ->
    [national] National (ministry of health, national health system)
    [subnational] Subnational (region, province, state)
    [district] District (district health team or system)
    [facility] Facility (hospital, health centre, clinic)
    [programme] Programme (e.g. a national malaria programme)
    [network] Network of units that learn together
   *[other] { $kind }
}
page-kind-unknown = { $kind } (not a kind of unit)
page-period = Period
    .placeholder = e.g. 2026-Q3
page-default-target = Target level for every indicator (unless set per indicator)
page-target-none = None


page-level-choice = { $level } · { $name }
page-guiding-question = Guiding question:
page-what-to-check = What to check:
page-terms-used = Terms used ({ $n })
page-level-legend = Level
page-na = N/A
page-na-hint = not applicable here
page-dont-know = Don't know
page-not-answered = Not answered
page-why-na = Why is it not applicable?
page-evidence-note = Evidence note
    .placeholder = Documents, minutes, data that support the level
page-target = Target level
page-confidence = Confidence
page-confidence-level = { $confidence ->
    [low] Low
    [medium] Medium
   *[high] High
}
page-confidence-none = Not stated
page-incomplete = Not answered yet: { $missing } of { $total }


page-state-level = Level { $level } · { $name }
page-state-na = N/A
page-state-unknown = Don't know
page-state-missing = Not answered


page-results = Results
page-overall = Overall
page-level = Level
page-of-top-level = { $percent } of the top level
page-coverage = Coverage
page-counts = { $rated } rated, { $na } N/A, { $unknown } don't know, { $missing } not answered
page-progress-to-target = Progress to target { $percent } · { $below } below target
page-domains = Domains
page-domain-scores = Scores by domain
page-col-domain = Domain
page-col-score = Score
page-col-level = Level
page-col-coverage = Coverage
page-outcomes = Outcomes
page-outcomes-note = What the learning achieves, reported apart: not part of the overall score.
page-outcome-scores = Outcome scores
page-col-outcome = Outcome
page-profile = How the system learns
page-steps = Next steps by stakeholder group
page-no-steps = No next steps: rate some indicators below their target.
page-steps-count = ({ $n })
page-step-from-to = from { $level } to { $next }
page-warnings = Worth a look ({ $n })
page-chart-failed = The chart could not be shown.
page-chart-loading = Drawing the chart…
page-cannot-score = These answers cannot be scored:
page-at-path = (at { $path })
page-at-line = (line { $line }, column { $column })
page-help = Help: { $help }


page-files = Save and load
page-export-answers = Export answers (JSON)
page-export-report-json = Export report (JSON)
page-export-report-md = Export report (Markdown)
page-import = Import answers (JSON)…
page-reset = Clear all answers
page-reset-confirm = Clear every answer? Export them first if you want to keep them.
page-reset-done = All answers cleared.
page-save-failed = The answers could not be saved in this browser (storage is full or disabled). Export them to keep them.
page-saved-damaged = The answers saved in this browser could not be read; they were kept aside and a new assessment was started.
page-saved-damaged-not-kept = The answers saved in this browser could not be read, and they could not be kept aside here (storage is full or disabled). Export them now if you need them: they are lost when you leave this page.
page-saved-damaged-download = Export the damaged answers (JSON)
page-import-unreadable = The file “{ $file }” could not be read.
page-import-invalid = The file “{ $file }” was not imported: it is not a valid assessment for { $framework }. Your current answers are unchanged.
page-imported = { $n ->
    [one] Imported “{ $file }”: { $n } answer.
   *[other] Imported “{ $file }”: { $n } answers.
}


page-footer = Scored by { $tool } (WebAssembly). The framework is adapted from { $report } (WHO/AHPSR 2021, CC BY-NC-SA 3.0 IGO); WHO and the authors do not endorse this adaptation.
page-footer-report = Learning health systems: pathways to progress

page-training = Before rating, train on the { $cases } (a district, a facility and a national unit, each with its keyed levels and the reasons) and follow the { $protocol }.
page-training-cases = calibration cases
page-training-protocol = assessment protocol


page-save-quota = The answers could not be saved in this browser: its storage is full. They are still on this page; export them now to keep them, or free storage space for this site in the browser's settings.
page-save-ok = The answers are saved in this browser again.
page-import-too-large = The file “{ $file }” was not imported: it is larger than { $limit } MiB, the largest document this tool reads. Your current answers are unchanged.
page-import-not-utf8 = The file “{ $file }” was not imported: it is not UTF-8 text. Save it again as UTF-8 (JSON files are) and import it again. Your current answers are unchanged.
page-import-newer = The file “{ $file }” was not imported: it was made for version { $given } of the framework, which is newer than the version this page knows ({ $version }). Open it with an up-to-date copy of this page. Your current answers are unchanged.


page-views =
    .aria-label = Views
page-view-questionnaire = Questionnaire
page-view-workshop = Consensus workshop
page-ws-title = Consensus workshop
page-ws-intro = Pool the answers of several respondents of one unit and period, discuss first the indicators they rated most differently, record the level the group agrees on and why, then export the consensus assessment and its report. Everything stays in this browser; nothing is sent anywhere.
page-ws-loading = Loading the pooling engine…
page-ws-load-failed = The pooling engine could not be loaded: { $error }
page-ws-respondents = Respondents
page-ws-load-files = Load respondents' files (JSON)…
page-ws-add-name = Name of the respondent who filled in the questionnaire on this page
    .placeholder = e.g. District health records officer
page-ws-add-page = Add the questionnaire's answers as a respondent
page-ws-add-empty = The questionnaire has no answers to add yet.
page-ws-added = { $respondent } was added. The questionnaire's answers were cleared for the next respondent; the unit and period stay.
page-ws-none = No respondent yet. Load each respondent's file, or have each respondent fill in the questionnaire on this page and add it here, one after another.
page-ws-from-page = from the questionnaire on this page
page-ws-answers = { $n ->
    [one] { $n } answer
   *[other] { $n } answers
}
page-ws-remove = Remove { $respondent }
page-ws-removed = { $respondent } was removed.
page-ws-loaded = { $n ->
    [one] { $n } respondent added.
   *[other] { $n } respondents added.
}
page-ws-file-invalid = The file “{ $file }” was not added: it is not a valid assessment for { $framework }.
page-ws-need-two = Pooling compares at least two respondents: add another one.
page-ws-cannot-pool = These respondents cannot be pooled:
page-ws-allow-mismatch = Pool them even though their units, periods or framework versions differ
page-ws-agreement = Agreement between the respondents
page-ws-alpha = Krippendorff's alpha (ordinal): { $alpha }. 1 means the same levels, 0 no more alike than chance; 0.8 or more is good, below 0.67 weak.
page-ws-agenda = Disagreement agenda
page-ws-agenda-note = The indicators the respondents rated most differently, widest range first: discuss them in this order. Indicators rated alike keep their pooled level.
page-ws-agenda-empty = The respondents rated every indicator alike: nothing needs discussing first.
page-ws-range = Range { $range } · interquartile range { $iqr }
page-ws-ratings = Who rated what
page-ws-no-evidence = no evidence note
page-ws-pooled-level = Pooled level (median): { $level }
page-ws-agreed = Agreed level
page-ws-agreed-none = Not agreed yet (the pooled level counts)
page-ws-rationale = Rationale
    .placeholder = Why the group agreed on this level, e.g. “Split 2–3 on L3a: lower level recorded.”
page-ws-other = Discuss another indicator
page-ws-other-choose = Choose an indicator
page-ws-other-add = Add to the discussion
page-ws-other-remove = Remove from the discussion
page-ws-pooled-answers = Pooled answers
page-ws-pooled-caption = Each respondent's answer to every indicator someone answered, the pooled level and the agreed one
page-ws-col-indicator = Indicator
page-ws-col-pooled = Pooled
page-ws-col-agreed = Agreed
page-ws-consensus = The consensus
page-ws-progress = Agreed levels: { $agreed } · still open on the agenda: { $open }
page-ws-score = Overall score of the consensus: { $score } / { $top } · level { $level }
page-ws-export-consensus = Export the consensus assessment (JSON)
page-ws-export-agreed = Export the agreed levels (JSON)
page-ws-export-report-html = Export the consensus report (HTML)
page-ws-export-report-md = Export the consensus report (Markdown)
page-ws-reset = Start a new workshop
page-ws-reset-confirm = Start a new workshop? Every respondent and agreed level of this one is removed from this browser. Export the consensus first to keep it.
page-ws-reset-done = A new workshop was started.
page-ws-save-failed = The workshop could not be saved in this browser (storage is full or disabled). Export the consensus to keep it.
page-ws-saved-damaged = The workshop saved in this browser could not be read; a new one was started.
