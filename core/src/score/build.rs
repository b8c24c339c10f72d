//! Scoring: the rules of `spec/SCORING.md`, computed once here for every language.

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::assessment::{Answer, Assessment, Rating};
use crate::model::compiled::{CIndicator, Child, Compiled, Framework};
use crate::model::framework::{level_of, Aggregation, UnitKind};
use crate::read::assessment::read_assessment;
use crate::read::json;
use crate::score::report::*;
use crate::score::validate::check;
use serde_json::Value;

/// Options for [`Framework::score_with`].
///
/// ```
/// let opts = lhs_maturity::ScoreOptions { default_target: Some(3), ..Default::default() };
/// assert_eq!(opts.language, "en");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreOptions {
    /// The language of names and descriptors in the report (falls back to English).
    pub language: String,
    /// A target for every indicator without a target of its own, replacing the assessment's
    /// `default_target`.
    pub default_target: Option<u32>,
    /// How `unknown` answers count: left out (the default) or as level 0.
    pub unknown: UnknownRule,
}

impl Default for ScoreOptions {
    fn default() -> Self {
        Self {
            language: "en".to_owned(),
            default_target: None,
            unknown: UnknownRule::Exclude,
        }
    }
}

#[derive(Clone, Copy)]
struct IState<'a> {
    status: Status,
    level: Option<u32>,
    /// What enters the scores: the level, or 0 for `unknown` under the `zero` rule.
    value: Option<u32>,
    /// The level was derived from the answer's elements.
    from_elements: bool,
    target: Option<u32>,
    target_source: Option<TargetSource>,
    answer: Option<&'a Answer>,
}

impl Framework {
    /// Scores an assessment with the default options.
    ///
    /// Fails only when the assessment has errors for this framework (every error is in
    /// [`Error::details`]); warnings go into [`Report::warnings`].
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"default_target": 3, "answers": {"inst.info.routine_data": 1}}"#).unwrap();
    /// let r = fw.score(&a).unwrap();
    /// assert_eq!(r.overall.score, Some(1.0));
    /// assert_eq!(r.recommendations[0].indicator, "inst.info.routine_data");
    /// assert_eq!(r.recommendations[0].next_level, 2);
    /// ```
    pub fn score(&self, assessment: &Assessment) -> Result<Report, Error> {
        self.score_with(assessment, &ScoreOptions::default())
    }

    /// Scores an assessment with options (language, a default target).
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework, ScoreOptions};
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 1}}"#).unwrap();
    /// let r = Framework::builtin().score_with(&a, &ScoreOptions { default_target: Some(2), ..Default::default() }).unwrap();
    /// assert_eq!(r.gaps.totals.total_gap, 1);
    /// ```
    pub fn score_with(
        &self,
        assessment: &Assessment,
        options: &ScoreOptions,
    ) -> Result<Report, Error> {
        let max = self.max_level();
        let (lang, unavailable) = self.report_language(&options.language);
        if let Some(t) = options.default_target {
            if t > max {
                let e = Error::Input(vec![i18n::diagnostic(
                    Severity::Error,
                    "input.target_out_of_range",
                    "/default_target",
                    &[("target", t.into()), ("max", max.into())],
                )]);
                return Err(i18n::localize_error(&e, &lang));
            }
        }
        let default_target = options.default_target.or(assessment.default_target);
        let mut diags = check(self, assessment, default_target);
        if diags.iter().any(Diagnostic::is_error) {
            let e = Error::Assessment(crate::error::errors_only(diags));
            return Err(i18n::localize_error(&e, &lang));
        }
        diags.extend(unavailable);
        // Diagnostics are written in English: other languages rewrite them.
        let diags = if lang == "en" {
            diags
        } else {
            i18n::localize_all(&diags, &lang)
        };
        let negotiated;
        let options = if lang == options.language {
            options
        } else {
            negotiated = ScoreOptions {
                language: lang,
                ..options.clone()
            };
            &negotiated
        };
        Ok(build_report(
            self,
            assessment,
            default_target,
            options,
            diags,
        ))
    }

    /// The language a report is written in: the requested one matched to the framework's
    /// declared languages (`pt-BR` reads `pt-PT`), else English with the warning
    /// `language.unavailable`. A framework that declares no languages takes the request as it
    /// is (each text falls back to English alone).
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// assert_eq!(fw.report_language("fr_SN.UTF-8").0, "fr");
    /// let (lang, warning) = fw.report_language("sw");
    /// assert_eq!(lang, "en");
    /// assert_eq!(warning.unwrap().code, "language.unavailable");
    /// ```
    pub fn report_language(&self, requested: &str) -> (String, Option<Diagnostic>) {
        let declared = &self.spec().languages;
        if declared.is_empty() || declared.iter().any(|l| l.code == requested) {
            return (requested.to_owned(), None);
        }
        let codes: Vec<&str> = declared.iter().map(|l| l.code.as_str()).collect();
        let n = i18n::negotiate(requested, &codes);
        (n.language, n.warning)
    }

    /// Reads, checks and scores an assessment given as JSON text; all problems of reading and
    /// checking are reported together.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let err = fw.score_json(r#"{"answers": {"inst.info.routine_data": "2", "nope.x.y": 1}}"#).unwrap_err();
    /// assert_eq!(err.details().len(), 2);
    /// ```
    pub fn score_json(&self, text: &str) -> Result<Report, Error> {
        self.score_json_with(text, &ScoreOptions::default())
    }

    /// Like [`Framework::score_json`], with options.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let opts = ScoreOptions { default_target: Some(4), ..Default::default() };
    /// let r = Framework::builtin().score_json_with(r#"{"answers": {"inst.info.routine_data": 1}}"#, &opts).unwrap();
    /// assert_eq!(r.gaps.totals.total_gap, 3);
    /// ```
    pub fn score_json_with(&self, text: &str, options: &ScoreOptions) -> Result<Report, Error> {
        // A document without a problem of its own is read straight from the text; it is then
        // scored exactly as `score_value_with` scores it (no reading diagnostics to add).
        if let Some(a) = crate::read::read_fast(text) {
            return self.score_with(&a, options);
        }
        let value = json::parse_text(text, "assessment")
            .map_err(|e| i18n::localize_error(&e, &self.report_language(&options.language).0))?;
        self.score_value_with(&value, options)
    }

    /// Like [`Framework::score_json`], for a parsed JSON value.
    ///
    /// ```
    /// let v = serde_json::json!({"answers": {"inst.info.routine_data": 4}});
    /// let r = lhs_maturity::Framework::builtin().score_value(&v).unwrap();
    /// assert!(r.warnings.iter().any(|w| w.code == "assessment.top_level_without_evidence"));
    /// ```
    pub fn score_value(&self, value: &Value) -> Result<Report, Error> {
        self.score_value_with(value, &ScoreOptions::default())
    }

    /// The report of a document that is either a report or an assessment, by the one rule of
    /// [`DocumentShape`]: an assessment (it has `answers`) is scored with `options`; a report
    /// (it has `overall`) is read back ([`Report::from_json`]); anything else is refused with
    /// `report.invalid`, saying it is neither (text that is not JSON: `report.invalid_json`,
    /// with its line and column). What the analyses of reports accept in every binding.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let fw = Framework::builtin();
    /// let opts = ScoreOptions::default();
    /// let scored = fw.report_of_json(r#"{"answers": {"inst.info.routine_data": 2}}"#, &opts).unwrap();
    /// let read_back = fw.report_of_json(&scored.to_json(), &opts).unwrap();
    /// assert_eq!(read_back, scored);
    /// let neither = fw.report_of_json(r#"{"period": "2026"}"#, &opts).unwrap_err();
    /// assert_eq!(neither.code(), "report.invalid");
    /// assert!(neither.to_string().contains("neither a report"));
    /// assert_eq!(fw.report_of_json("{", &opts).unwrap_err().code(), "report.invalid_json");
    /// ```
    pub fn report_of_json(&self, text: &str, options: &ScoreOptions) -> Result<Report, Error> {
        match DocumentShape::of_json(text) {
            DocumentShape::Assessment => self.score_json_with(text, options),
            DocumentShape::Report => Report::from_json(text),
            // Not JSON (the reader says where), or neither kind of document.
            DocumentShape::Other => Err(Report::from_json(text)
                .err()
                .filter(|e| e.code() != "report.invalid")
                .unwrap_or_else(neither_report_nor_assessment)),
        }
    }

    /// [`Framework::report_of_json`] of a parsed JSON value.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let v = serde_json::json!({"answers": {"inst.info.routine_data": 2}});
    /// let r = Framework::builtin().report_of_value(&v, &ScoreOptions::default()).unwrap();
    /// assert_eq!(r.overall.score, Some(2.0));
    /// ```
    pub fn report_of_value(&self, value: &Value, options: &ScoreOptions) -> Result<Report, Error> {
        match DocumentShape::of_value(value) {
            DocumentShape::Assessment => self.score_value_with(value, options),
            DocumentShape::Report => Report::from_value(value.clone()),
            DocumentShape::Other => Err(neither_report_nor_assessment()),
        }
    }

    /// [`Framework::report_of_json`] of a file (errors `report.unreadable`, `report.too_large`,
    /// `report.invalid_encoding` when it cannot be read as text).
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let r = Framework::builtin()
    ///     .report_of_path("../spec/examples/district-kisumu-east.json", &ScoreOptions::default())
    ///     .unwrap();
    /// assert_eq!(r.period.as_deref(), Some("2026-Q3"));
    /// ```
    pub fn report_of_path(
        &self,
        path: impl AsRef<std::path::Path>,
        options: &ScoreOptions,
    ) -> Result<Report, Error> {
        self.report_of_json(
            &crate::read::file::read_file(path.as_ref(), "report")?,
            options,
        )
    }

    /// Reads, checks and scores a parsed JSON assessment with options.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let v = serde_json::json!({"answers": {"inst.info.routine_data": 1}});
    /// let opts = ScoreOptions { default_target: Some(9), ..Default::default() };
    /// let err = Framework::builtin().score_value_with(&v, &opts).unwrap_err();
    /// assert_eq!(err.code(), "input.target_out_of_range");
    /// ```
    pub fn score_value_with(&self, value: &Value, options: &ScoreOptions) -> Result<Report, Error> {
        let (a, mut diags) = read_assessment(value);
        match a {
            Some(a) if !diags.iter().any(Diagnostic::is_error) => {
                let mut report = self.score_with(&a, options).map_err(|e| match e {
                    Error::Assessment(more) => {
                        diags.extend(more);
                        Error::Assessment(crate::error::errors_only(std::mem::take(&mut diags)))
                    }
                    other => other,
                })?;
                // Reading warnings (unknown fields) come first, as in `validate_json`.
                diags.append(&mut report.warnings);
                report.warnings = i18n::localize_all(&diags, &report.language);
                Ok(report)
            }
            Some(a) => {
                diags.extend(check(self, &a, options.default_target.or(a.default_target)));
                let e = Error::Assessment(crate::error::errors_only(diags));
                Err(i18n::localize_error(
                    &e,
                    &self.report_language(&options.language).0,
                ))
            }
            None => {
                let e = Error::Assessment(crate::error::errors_only(diags));
                Err(i18n::localize_error(
                    &e,
                    &self.report_language(&options.language).0,
                ))
            }
        }
    }

    /// Scores many assessments at once, using every core; one result per assessment, in order.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let good = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let bad = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 9}}"#).unwrap();
    /// let results = fw.score_many(&[good, bad]);
    /// assert!(results[0].is_ok() && results[1].is_err());
    /// ```
    pub fn score_many(&self, assessments: &[Assessment]) -> Vec<Result<Report, Error>> {
        crate::parallel::map(assessments, |a| self.score(a))
    }
}

fn state<'a>(
    c: &Compiled,
    a: &'a Assessment,
    default_target: Option<u32>,
    rule: UnknownRule,
) -> Vec<IState<'a>> {
    let kind = unit_kind_of(c, a);
    c.answer_per_indicator(&a.answers)
        .into_iter()
        .zip(&c.indicators)
        .map(|(answer, ind)| {
            let (rating, from_elements) = match answer {
                Some(x) if x.rating.is_none() && !x.elements.is_empty() => {
                    (derive_level(c, ind, &x.elements), true)
                }
                Some(x) => (x.rating, false),
                None => (None, false),
            };
            let (status, level) = match rating {
                _ if !ind.applies_to(kind) => (Status::DoesNotApply, None),
                Some(Rating::Level(l)) => (Status::Rated, Some(l)),
                Some(Rating::NotApplicable) => (Status::Na, None),
                Some(Rating::Unknown) => (Status::Unknown, None),
                None => (Status::Missing, None),
            };
            let value = match (status, rule) {
                (Status::Unknown, UnknownRule::Zero) => Some(0),
                _ => level,
            };
            let (target, target_source) = match (answer.and_then(|x| x.target), default_target) {
                _ if status == Status::DoesNotApply => (None, None),
                (Some(t), _) => (Some(t), Some(TargetSource::Answer)),
                (None, Some(t)) => (Some(t), Some(TargetSource::Default)),
                (None, None) => (None, None),
            };
            IState {
                status,
                level,
                value,
                from_elements: from_elements && status != Status::DoesNotApply,
                target,
                target_source,
                answer,
            }
        })
        .collect()
}

/// The unit kind that decides applicability: the assessment's `unit.kind` when the framework
/// has applicability rules and the kind is one of [`UnitKind::ALL`]; otherwise none, and every
/// indicator applies.
pub(crate) fn unit_kind_of(c: &Compiled, a: &Assessment) -> Option<UnitKind> {
    if !c.uses_applicability {
        return None;
    }
    a.unit
        .as_ref()
        .and_then(|u| u.kind.as_deref())
        .and_then(UnitKind::parse)
}

/// The rating an answer counts with: its own, or the one its elements give (§22).
pub(crate) fn answer_rating(c: &Compiled, ind: &CIndicator, answer: &Answer) -> Option<Rating> {
    match answer.rating {
        None if !answer.elements.is_empty() => derive_level(c, ind, &answer.elements),
        r => r,
    }
}

/// The level the elements of an answer establish by the cumulative rule: the highest level
/// whose elements, and those of every lower level, are all met (`true`); an element not
/// recorded or `"unknown"` is not met. `unknown` when no recorded element is true or false.
pub(crate) fn derive_level(
    c: &Compiled,
    ind: &CIndicator,
    elements: &std::collections::BTreeMap<String, Option<bool>>,
) -> Option<Rating> {
    if elements.values().all(Option::is_none) {
        return Some(Rating::Unknown);
    }
    let mut level = 0;
    for k in 1..=c.max_level {
        let mut of_level = ind.elements.iter().filter(|(_, l)| *l == k).peekable();
        if of_level.peek().is_none() {
            break;
        }
        if !of_level.all(|(id, _)| elements.get(id) == Some(&Some(true))) {
            break;
        }
        level = k;
    }
    Some(Rating::Level(level))
}

fn summary(
    c: &Compiled,
    states: &[IState<'_>],
    members: &[usize],
    score: Option<f64>,
) -> ScoreSummary {
    let mut counts = Counts::default();
    let mut t = TargetSummary::default();
    for &i in members {
        let Some(s) = states.get(i) else { continue };
        match s.status {
            Status::Rated => counts.rated += 1,
            Status::Na => counts.na += 1,
            Status::Unknown => counts.unknown += 1,
            Status::Missing => counts.missing += 1,
            Status::DoesNotApply => continue,
        }
        counts.total += 1;
        if let (Some(l), Some(tg)) = (s.level, s.target) {
            t.with_target += 1;
            t.total_target += tg;
            let gap = tg.saturating_sub(l);
            t.total_gap += gap;
            if gap > 0 {
                t.below_target += 1;
            }
        }
    }
    if t.total_target > 0 {
        t.percent_to_target = Some(1.0 - f64::from(t.total_gap) / f64::from(t.total_target));
    }
    let applicable = counts.total - counts.na;
    let coverage = (applicable > 0).then(|| f64::from(counts.rated) / f64::from(applicable));
    let max = c.max_level;
    let level = score.map(|s| level_of(s, max));
    ScoreSummary {
        score,
        level,
        level_key: level.and_then(|l| c.level_keys.get(l as usize)).cloned(),
        percent: score.map(|s| 100.0 * s / f64::from(max)),
        coverage,
        counts,
        targets: t,
    }
}

/// The weighted mean of the (weight, score) pairs that have a score (`None` when none has):
/// the `mean` rule of [`combine`], summed in the same order, without the effective weights.
fn weighted_mean(parts: impl IntoIterator<Item = (f64, Option<f64>)>) -> Option<f64> {
    let (mut sw, mut sws) = (0.0, 0.0);
    for (w, s) in parts {
        if let Some(s) = s {
            sw += w;
            sws += w * s;
        }
    }
    (sw != 0.0).then(|| sws / sw)
}

/// Combines (weight, score) pairs by a node's rule; returns the score and each child's
/// effective weight (0 for children without a score).
fn combine(agg: Aggregation, parts: &[(f64, Option<f64>)]) -> (Option<f64>, Vec<f64>) {
    let mut eff = vec![0.0; parts.len()];
    match agg {
        Aggregation::Mean | Aggregation::PooledMean => {
            let mut sw = 0.0;
            let mut sws = 0.0;
            for &(w, s) in parts {
                if let Some(s) = s {
                    sw += w;
                    sws += w * s;
                }
            }
            if sw == 0.0 {
                return (None, eff);
            }
            for (e, &(w, s)) in eff.iter_mut().zip(parts) {
                if s.is_some() {
                    *e = w / sw;
                }
            }
            (Some(sws / sw), eff)
        }
        Aggregation::Minimum => {
            let mut best: Option<(usize, f64)> = None;
            for (i, &(_, s)) in parts.iter().enumerate() {
                if let Some(s) = s {
                    if best.is_none_or(|(_, b)| s < b) {
                        best = Some((i, s));
                    }
                }
            }
            if let Some((i, _)) = best {
                if let Some(e) = eff.get_mut(i) {
                    *e = 1.0;
                }
            }
            (best.map(|(_, s)| s), eff)
        }
    }
}

fn build_report(
    fw: &Framework,
    a: &Assessment,
    default_target: Option<u32>,
    options: &ScoreOptions,
    warnings: Vec<Diagnostic>,
) -> Report {
    let c = &*fw.0;
    let spec = &c.spec;
    let lang = options.language.as_str();
    let states = state(c, a, default_target, options.unknown);
    let (node_scores, mut explanations) = node_scores(c, &states);
    let domains: Vec<NodeResult> = c
        .domains
        .iter()
        .map(|&dn| node_result(fw, &states, &node_scores, &mut explanations, dn, lang))
        .collect();
    // Overall: weighted mean of the scores of the domains that are not outcomes.
    let overall_score = weighted_mean(
        domains
            .iter()
            .filter(|d| !d.outcome)
            .map(|d| (d.weight, d.score.score)),
    );
    let overall = summary(c, &states, &c.scored, overall_score);
    let indicators = indicator_results(c, &states, lang);
    let gaps = gap_summary(&indicators, overall.targets);
    let any_target = default_target.is_some() || a.answers.values().any(|x| x.target.is_some());
    let recommendations = recommendations(c, &states, &indicators, any_target, lang);
    let recommendations_by_owner = by_owner(c, &recommendations, lang);
    Report {
        schema_version: REPORT_SCHEMA_VERSION.to_owned(),
        framework: FrameworkId {
            id: spec.id.clone(),
            version: spec.version.clone(),
            title: spec.title.get(lang).to_owned(),
        },
        unit: a.unit.clone(),
        period: a.period.clone(),
        respondent: a.respondent.clone(),
        language: lang.to_owned(),
        scale: spec
            .scale
            .levels
            .iter()
            .zip(&c.level_keys)
            .map(|(l, key)| LevelInfo {
                level: l.level,
                key: key.clone(),
                name: l.name.get_shared(lang),
            })
            .collect(),
        overall,
        domains,
        indicators,
        facets: facet_profile(c, &states, lang),
        gaps,
        recommendations,
        recommendations_by_owner,
        warnings,
        unknown_rule: options.unknown,
        uncertainty: None,
    }
}

/// Every node's score and explanation, children before parents (nodes are stored in pre-order).
fn node_scores(c: &Compiled, states: &[IState<'_>]) -> (Vec<Option<f64>>, Vec<Vec<Contribution>>) {
    let mut scores: Vec<Option<f64>> = vec![None; c.nodes.len()];
    let mut explanations: Vec<Vec<Contribution>> = vec![Vec::new(); c.nodes.len()];
    // Per node, the summed weights of the indicators below it that count (for `pooled_mean`),
    // added in child order as the columnar scorer adds them.
    let mut counted: Vec<f64> = vec![0.0; c.nodes.len()];
    for ni in (0..c.nodes.len()).rev() {
        let Some(node) = c.nodes.get(ni) else {
            continue;
        };
        let pooled = node.aggregation == Aggregation::PooledMean;
        let mut contribs: Vec<Contribution> = node
            .children
            .iter()
            .map(|ch| contribution(c, states, (&scores, &counted, pooled), *ch))
            .collect();
        let own = node_counted_weight(c, states, &counted, node);
        if let Some(x) = counted.get_mut(ni) {
            *x = own;
        }
        let parts: Vec<(f64, Option<f64>)> = contribs
            .iter()
            .map(|cb| (cb.weight, cb.score.filter(|_| cb.excluded.is_none())))
            .collect();
        let (score, eff) = combine(node.aggregation, &parts);
        for (cb, e) in contribs.iter_mut().zip(eff) {
            cb.effective_weight = e;
            if cb.excluded.is_none() && e == 0.0 {
                cb.excluded = Some(Exclusion::NotMinimum);
            }
        }
        if let Some(s) = scores.get_mut(ni) {
            *s = score;
        }
        if let Some(x) = explanations.get_mut(ni) {
            *x = contribs;
        }
    }
    (scores, explanations)
}

/// The summed weights of a node's indicators that count (rated, or `unknown` counted as 0),
/// outcome sub-nodes left out: child by child, in order.
fn node_counted_weight(
    c: &Compiled,
    states: &[IState<'_>],
    counted: &[f64],
    node: &crate::model::compiled::CNode,
) -> f64 {
    let mut sum = 0.0;
    for ch in &node.children {
        match *ch {
            Child::Indicator(i) => {
                if states.get(i).is_some_and(|s| s.value.is_some()) {
                    sum += c.indicators.get(i).map_or(1.0, |x| x.weight);
                }
            }
            Child::Node(n) => {
                if c.nodes.get(n).is_some_and(|x| !x.outcome) {
                    sum += counted.get(n).copied().unwrap_or(0.0);
                }
            }
        }
    }
    sum
}

/// What one child (an indicator, or a sub-node already scored) contributes to its node; under
/// `pooled_mean` a sub-node weighs the summed weights of its counted indicators.
fn contribution(
    c: &Compiled,
    states: &[IState<'_>],
    (scores, counted, pooled): (&[Option<f64>], &[f64], bool),
    child: Child,
) -> Contribution {
    match child {
        Child::Indicator(ii) => {
            let ind = c.indicators.get(ii);
            let st = states.get(ii);
            let excluded = match st.map(|s| (s.status, s.value)) {
                Some((Status::Rated, _)) | Some((Status::Unknown, Some(_))) => None,
                Some((Status::Na, _)) => Some(Exclusion::Na),
                Some((Status::Unknown, None)) => Some(Exclusion::Unknown),
                Some((Status::DoesNotApply, _)) => Some(Exclusion::DoesNotApply),
                Some((Status::Missing, _)) | None => Some(Exclusion::Missing),
            };
            Contribution {
                id: ind.map_or_else(ArcStr::default, |i| i.id.clone()),
                kind: ContributionKind::Indicator,
                weight: ind.map_or(1.0, |i| i.weight),
                score: st.and_then(|s| s.value).map(f64::from),
                effective_weight: 0.0,
                excluded,
                unknown_as_zero: st
                    .is_some_and(|s| s.status == Status::Unknown && s.value.is_some()),
            }
        }
        Child::Node(cn) => {
            let node = c.nodes.get(cn);
            let score = scores.get(cn).copied().flatten();
            let excluded = if node.is_some_and(|n| n.outcome) {
                Some(Exclusion::Outcome)
            } else {
                score.is_none().then_some(Exclusion::NoScore)
            };
            let weight = if pooled {
                counted.get(cn).copied().unwrap_or(0.0)
            } else {
                node.map_or(1.0, |n| n.weight)
            };
            Contribution {
                id: node.map_or_else(ArcStr::default, |n| n.id.clone()),
                kind: ContributionKind::Node,
                weight,
                score,
                effective_weight: 0.0,
                excluded,
                unknown_as_zero: false,
            }
        }
    }
}

fn node_result(
    fw: &Framework,
    states: &[IState<'_>],
    scores: &[Option<f64>],
    expl: &mut [Vec<Contribution>],
    ni: usize,
    lang: &str,
) -> NodeResult {
    let c = &*fw.0;
    let node = c.nodes.get(ni);
    let spec = fw.node_spec(ni);
    let children = node
        .map(|n| {
            n.children
                .iter()
                .filter_map(|ch| match ch {
                    Child::Node(cn) => Some(node_result(fw, states, scores, expl, *cn, lang)),
                    Child::Indicator(_) => None,
                })
                .collect()
        })
        .unwrap_or_default();
    NodeResult {
        id: node.map_or_else(ArcStr::default, |n| n.id.clone()),
        name: spec.map_or_else(ArcStr::default, |s| s.name.get_shared(lang)),
        weight: node.map_or(1.0, |n| n.weight),
        aggregation: node.map(|n| n.aggregation).unwrap_or_default(),
        outcome: node.is_some_and(|n| n.outcome),
        score: summary(
            c,
            states,
            node.map_or(&[][..], |n| &n.indicators),
            scores.get(ni).copied().flatten(),
        ),
        explanation: expl.get_mut(ni).map(std::mem::take).unwrap_or_default(),
        children,
    }
}

fn indicator_results(c: &Compiled, states: &[IState<'_>], lang: &str) -> Vec<IndicatorResult> {
    c.indicators
        .iter()
        .zip(states)
        .map(|(ind, s)| IndicatorResult {
            id: ind.id.clone(),
            name: ind.spec.label_shared(lang),
            domain: c
                .domains
                .get(ind.domain)
                .and_then(|&d| c.nodes.get(d))
                .map_or_else(ArcStr::default, |n| n.id.clone()),
            subdomain: c
                .nodes
                .get(ind.node)
                .map_or_else(ArcStr::default, |n| n.id.clone()),
            weight: ind.weight,
            share: ind.share,
            status: s.status,
            level: s.level,
            level_key: s.level.and_then(|l| c.level_keys.get(l as usize)).cloned(),
            target: s.target,
            target_source: s.target_source,
            gap: match (s.level, s.target) {
                (Some(l), Some(t)) => Some(t.saturating_sub(l)),
                _ => None,
            },
            evidence: s.answer.and_then(|x| x.evidence.clone()),
            justification: s.answer.and_then(|x| x.justification.clone()),
            confidence: s.answer.and_then(|x| x.confidence),
            from_elements: s.from_elements,
            outcome: ind.outcome,
        })
        .collect()
}

/// The learning profile: a score per value of every facet.
fn facet_profile(c: &Compiled, states: &[IState<'_>], lang: &str) -> Vec<FacetResult> {
    c.spec
        .facets
        .iter()
        .zip(&c.facet_members)
        .zip(&c.facet_ids)
        .map(|((f, members), (facet_id, value_ids))| FacetResult {
            id: facet_id.clone(),
            name: f.name.get_shared(lang),
            values: f
                .values
                .iter()
                .zip(members)
                .zip(value_ids)
                .map(|((v, m), value_id)| {
                    let score = weighted_mean(m.iter().map(|&i| {
                        (
                            c.indicators.get(i).map_or(1.0, |x| x.weight),
                            states.get(i).and_then(|s| s.value).map(f64::from),
                        )
                    }));
                    FacetValueResult {
                        id: value_id.clone(),
                        name: v.name.get_shared(lang),
                        score: summary(c, states, m, score),
                    }
                })
                .collect(),
        })
        .collect()
}

fn gap_summary(indicators: &[IndicatorResult], totals: TargetSummary) -> GapSummary {
    let mut below: Vec<GapEntry> = indicators
        .iter()
        .filter_map(|i| match (i.level, i.target, i.gap) {
            (Some(level), Some(target), Some(gap)) if gap > 0 => Some(GapEntry {
                id: i.id.clone(),
                level,
                target,
                gap,
            }),
            _ => None,
        })
        .collect();
    below.sort_unstable_by(|x, y| y.gap.cmp(&x.gap).then_with(|| x.id.cmp(&y.id)));
    GapSummary {
        totals,
        indicators: below,
    }
}

/// Next steps: every rated indicator below its target (or below the top when no target is
/// set anywhere), by priority `gap × share`, ties by id.
fn recommendations(
    c: &Compiled,
    states: &[IState<'_>],
    indicators: &[IndicatorResult],
    any_target: bool,
    lang: &str,
) -> Vec<Recommendation> {
    let max = c.max_level;
    // The candidates are sorted before their recommendations are built, so that only small
    // records move: (priority key, indicator, level, target).
    let mut candidates: Vec<(i64, usize, u32, u32)> = Vec::new();
    for (ii, (ind, s)) in c.indicators.iter().zip(states).enumerate() {
        let Some(level) = s.level else { continue };
        let target = match (any_target, s.target) {
            (true, Some(t)) => t,
            (true, None) => continue,
            (false, _) => max,
        };
        if level >= target {
            continue;
        }
        let priority = f64::from(target - level) * ind.share;
        candidates.push(((priority * 1e9).round() as i64, ii, level, target));
    }
    let id_of = |i: usize| c.indicators.get(i).map_or("", |x| x.spec.id.as_str());
    // Ids are unique, so this order is total and an unstable sort gives the stable one.
    candidates.sort_unstable_by(|(ka, a, ..), (kb, b, ..)| {
        kb.cmp(ka).then_with(|| id_of(*a).cmp(id_of(*b)))
    });
    candidates
        .into_iter()
        .enumerate()
        .filter_map(|(rank, (_, ii, level, target))| {
            let ind = c.indicators.get(ii)?;
            let res = indicators.get(ii)?;
            let gap = target - level;
            let action_index = ind.spec.actions.iter().position(|x| x.from == level);
            let action = action_index.and_then(|i| ind.spec.actions.get(i));
            let owners: Vec<ArcStr> = match action_index.and_then(|i| ind.action_owners.get(i)) {
                Some(x) if !x.is_empty() => x.clone(),
                _ => ind.owners.clone(),
            };
            Some(Recommendation {
                rank: rank as u32 + 1,
                indicator: ind.id.clone(),
                name: res.name.clone(),
                domain: res.domain.clone(),
                level,
                next_level: level + 1,
                target,
                gap,
                priority: f64::from(gap) * ind.share,
                next_level_descriptor: ind
                    .descriptors
                    .get(level as usize + 1)
                    .map_or_else(ArcStr::default, |t| t.get_shared(lang)),
                action: action.map(|x| x.text.get_shared(lang)),
                owners,
            })
        })
        .collect()
}

fn by_owner(
    c: &Compiled,
    recommendations: &[Recommendation],
    lang: &str,
) -> Vec<OwnerRecommendations> {
    c.owner_facet
        .and_then(|f| c.spec.facets.get(f).zip(c.facet_ids.get(f)))
        .map(|(f, (_, value_ids))| {
            f.values
                .iter()
                .zip(value_ids)
                .map(|(v, owner)| OwnerRecommendations {
                    owner: owner.clone(),
                    name: v.name.get_shared(lang),
                    indicators: recommendations
                        .iter()
                        .filter(|r| r.owners.contains(owner))
                        .map(|r| r.indicator.clone())
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The error of a document given where a report or an assessment belongs that is neither.
fn neither_report_nor_assessment() -> Error {
    Error::Input(vec![i18n::diagnostic(
        Severity::Error,
        "report.invalid",
        "",
        &[("problem", "neither".into())],
    )])
}
