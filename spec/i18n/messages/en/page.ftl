# lhs-maturity messages in English: page.
# The self-assessment page (bindings-wasm/www/): every text it shows, by id `page-*`. The
# framework's own texts (names, questions, level descriptors, glossary) come from the framework's
# translation, not from here.
# Translators: keep every { $variable } as it is (the comment above a message says what each
# one holds); write every plural form your language has ([zero] [one] [two] [few] [many]
# [other]) where a message counts something. Numbers arrive already written in your language's
# notation. An attribute (a line starting with `.`) is a text of the same element: `.placeholder`
# is the example shown in an empty field, `.aria-label` is read out by screen readers only.

## Page

page-title = Learning health system self-assessment
# $framework (text): the framework's title, id and version, e.g. "Learning health systems maturity model (lhs-2021 2.0.0)"
# $bottom (number): the lowest level (0); $bottom-name (text): its name ("Absent")
# $top (number): the highest level (4); $top-name (text): its name ("Optimizing")
page-intro = The built-in framework { $framework }: rate each indicator from { $bottom } ({ $bottom-name }) to { $top } ({ $top-name }). Answers stay in this browser only; nothing is sent anywhere.
page-skip = Skip to the results
page-language = Language
# $language (text): the language's name in itself, e.g. "Français"
page-language-failed = { $language } could not be loaded; the page stays in English.
# $language: the tag of the language asked for (fr, es, pt-PT, ar), as the element received it
page-language-pack-failed = The texts in { $language } could not be loaded: they are shown in English.
page-translation-provisional = Provisional translation, not yet reviewed.
page-translation-disclaimer = Translations are adaptations made for this tool: WHO has not endorsed them. The English text is authoritative.

## The bar at the top

page-answered = Answered
    .aria-label = Indicators answered
# $answered (number): indicators answered; $total (number): indicators to answer
page-progress = { $answered } / { $total }
page-overall-short = Overall
# $score (text): the overall score, e.g. "2.50"; $top (number): the highest level (4)
page-score-of = { $score } / { $top }
page-to-results = Results ↓

## About this assessment

page-about = About this assessment
page-unit-name = Unit assessed (district, ministry, facility…)
    .placeholder = e.g. Kisumu East district health team
page-unit-kind = Kind of unit (only the indicators that apply to it are shown)
page-kind-none = Not set (every indicator)
# $kind (text): a kind of unit: national, subnational, district, facility, programme, network
page-kind = { $kind ->
    [national] National (ministry of health, national health system)
    [subnational] Subnational (region, province, state)
    [district] District (district health team or system)
    [facility] Facility (hospital, health centre, clinic)
    [programme] Programme (e.g. a national malaria programme)
    [network] Network of units that learn together
   *[other] { $kind }
}
# $kind (text): what an imported file gives as the kind of unit, which is not one
page-kind-unknown = { $kind } (not a kind of unit)
page-period = Period
    .placeholder = e.g. 2026-Q3
page-default-target = Target level for every indicator (unless set per indicator)
page-target-none = None

## An indicator

# $level (number): a level of the scale; $name (text): its name, e.g. "Established"
page-level-choice = { $level } · { $name }
page-guiding-question = Guiding question:
page-what-to-check = What to check:
# $n (number): how many glossary terms the indicator uses
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
# How sure the respondent is of a rating (the answer's `confidence`): low, medium or high
page-confidence = Confidence
# $confidence (text): low, medium or high
page-confidence-level = { $confidence ->
    [low] Low
    [medium] Medium
   *[high] High
}
page-confidence-none = Not stated
# $missing (number), $total (number): indicators not answered yet, and to answer
page-incomplete = Not answered yet: { $missing } of { $total }

## The answer under each indicator

# $level (number): the level chosen; $name (text): its name
page-state-level = Level { $level } · { $name }
page-state-na = N/A
page-state-unknown = Don't know
page-state-missing = Not answered

## Results

page-results = Results
page-overall = Overall
page-level = Level
# $percent (text): e.g. "63%"
page-of-top-level = { $percent } of the top level
page-coverage = Coverage
# $rated, $na, $unknown, $missing (numbers): indicators rated, not applicable, answered "don't know", not answered
page-counts = { $rated } rated, { $na } N/A, { $unknown } don't know, { $missing } not answered
# $percent (text): progress to the targets, e.g. "40%"; $below (number): indicators below their target
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
# $n (number): how many indicators of this group have a next step
page-steps-count = ({ $n })
# $level (number): the current level; $next (number): the next level
page-step-from-to = from { $level } to { $next }
# $n (number): how many warnings
page-warnings = Worth a look ({ $n })
page-chart-failed = The chart could not be shown.
page-chart-loading = Drawing the chart…
page-cannot-score = These answers cannot be scored:
# $path (text): where the problem is (a JSON Pointer)
page-at-path = (at { $path })
# $line (number), $column (number)
page-at-line = (line { $line }, column { $column })
# $help (text): advice from the scoring engine
page-help = Help: { $help }

## Save and load

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
# $file (text): the file's name
page-import-unreadable = The file “{ $file }” could not be read.
# $file (text): the file's name; $framework (text): the framework's id and version, e.g. "lhs-2021 2.0.0"
page-import-invalid = The file “{ $file }” was not imported: it is not a valid assessment for { $framework }. Your current answers are unchanged.
# $file (text): the file's name; $n (number): how many answers it has
page-imported = { $n ->
    [one] Imported “{ $file }”: { $n } answer.
   *[other] Imported “{ $file }”: { $n } answers.
}

## Footer

# $tool (text): the name of this software, a link; $report (text): the title of the WHO report
page-footer = Scored by { $tool } (WebAssembly). The framework is adapted from { $report } (WHO/AHPSR 2021, CC BY-NC-SA 3.0 IGO); WHO and the authors do not endorse this adaptation.
page-footer-report = Learning health systems: pathways to progress

# Under the footer: where raters train before an assessment. $cases and $protocol are links
# whose texts are page-training-cases and page-training-protocol.
page-training = Before rating, train on the { $cases } (a district, a facility and a national unit, each with its keyed levels and the reasons) and follow the { $protocol }.
page-training-cases = calibration cases
page-training-protocol = assessment protocol

## Imported files and the saved draft

page-save-quota = The answers could not be saved in this browser: its storage is full. They are still on this page; export them now to keep them, or free storage space for this site in the browser's settings.
# Shown when saving works again after a failure.
page-save-ok = The answers are saved in this browser again.
# $file (text): the file's name; $limit (number): the largest size read, in MiB
page-import-too-large = The file “{ $file }” was not imported: it is larger than { $limit } MiB, the largest document this tool reads. Your current answers are unchanged.
# $file (text): the file's name
page-import-not-utf8 = The file “{ $file }” was not imported: it is not UTF-8 text. Save it again as UTF-8 (JSON files are) and import it again. Your current answers are unchanged.
# $file (text): the file's name; $given (text): the framework version the file was made for, e.g. "3.0.0"; $version (text): the version this page has
page-import-newer = The file “{ $file }” was not imported: it was made for version { $given } of the framework, which is newer than the version this page knows ({ $version }). Open it with an up-to-date copy of this page. Your current answers are unchanged.

## Consensus workshop (pooling several respondents of one unit and period)

page-views =
    .aria-label = Views
page-view-questionnaire = Questionnaire
page-view-workshop = Consensus workshop
page-ws-title = Consensus workshop
page-ws-intro = Pool the answers of several respondents of one unit and period, discuss first the indicators they rated most differently, record the level the group agrees on and why, then export the consensus assessment and its report. Everything stays in this browser; nothing is sent anywhere.
page-ws-loading = Loading the pooling engine…
# $error (text): why it failed, from the browser
page-ws-load-failed = The pooling engine could not be loaded: { $error }
page-ws-respondents = Respondents
page-ws-load-files = Load respondents' files (JSON)…
page-ws-add-name = Name of the respondent who filled in the questionnaire on this page
    .placeholder = e.g. District health records officer
page-ws-add-page = Add the questionnaire's answers as a respondent
page-ws-add-empty = The questionnaire has no answers to add yet.
# $respondent (text): the respondent's name, or "respondent 2"
page-ws-added = { $respondent } was added. The questionnaire's answers were cleared for the next respondent; the unit and period stay.
page-ws-none = No respondent yet. Load each respondent's file, or have each respondent fill in the questionnaire on this page and add it here, one after another.
page-ws-from-page = from the questionnaire on this page
# $n (number): how many answers a respondent gave
page-ws-answers = { $n ->
    [one] { $n } answer
   *[other] { $n } answers
}
# $respondent (text): the respondent's label
page-ws-remove = Remove { $respondent }
# $respondent (text): the respondent's label
page-ws-removed = { $respondent } was removed.
# $n (number): how many files were added
page-ws-loaded = { $n ->
    [one] { $n } respondent added.
   *[other] { $n } respondents added.
}
# $file (text): the file's name; $framework (text): the framework's id and version, e.g. "lhs-2021 2.0.0"
page-ws-file-invalid = The file “{ $file }” was not added: it is not a valid assessment for { $framework }.
page-ws-need-two = Pooling compares at least two respondents: add another one.
page-ws-cannot-pool = These respondents cannot be pooled:
page-ws-allow-mismatch = Pool them even though their units, periods or framework versions differ
page-ws-agreement = Agreement between the respondents
# $alpha (text): Krippendorff's alpha (ordinal), e.g. "0.42", or "–" when it cannot be computed
page-ws-alpha = Krippendorff's alpha (ordinal): { $alpha }. 1 means the same levels, 0 no more alike than chance; 0.8 or more is good, below 0.67 weak.
page-ws-agenda = Disagreement agenda
page-ws-agenda-note = The indicators the respondents rated most differently, widest range first: discuss them in this order. Indicators rated alike keep their pooled level.
page-ws-agenda-empty = The respondents rated every indicator alike: nothing needs discussing first.
# $range (number): highest minus lowest level given; $iqr (text): the interquartile range, e.g. "1.50"
page-ws-range = Range { $range } · interquartile range { $iqr }
page-ws-ratings = Who rated what
page-ws-no-evidence = no evidence note
# $level (text): the pooled answer, e.g. "2 · Established"
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
# $agreed (number): indicators with an agreed level; $open (number): indicators of the agenda without one
page-ws-progress = Agreed levels: { $agreed } · still open on the agenda: { $open }
# $score (text): the overall score, e.g. "2.50"; $top (number): the highest level; $level (text): e.g. "2 · Established"
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
