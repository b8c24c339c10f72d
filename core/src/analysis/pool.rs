//! Pooling the assessments of several respondents of one unit into one consolidated assessment,
//! with the dispersion of their answers, the disagreement agenda and inter-rater agreement.

use super::agreement::{icc2, krippendorff_alpha, Metric};
use super::stats::{quantile_sorted, sorted};
use super::Estimate;
use crate::error::{child_path, Diagnostic, Error, Part, Severity};
use crate::i18n;
use crate::model::assessment::{Answer, Assessment, Rating, Respondent};
use crate::model::compiled::Framework;
use crate::read::assessment::rating_from_value;
use crate::read::json::closest;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashSet};

/// How the rated levels of several respondents are combined into one level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PoolMethod {
    /// The median; for an even number of ratings, the lower of the two middle values (so the
    /// pooled level is always a level someone gave, and never rounds up).
    #[default]
    Median,
    /// The mean, rounded half up to a whole level (the exact mean is reported per indicator).
    Mean,
    /// The most frequent level; ties go to the lower level.
    Mode,
}

/// The JSON Schema of an answer's value in the analysis results: a level, `"na"`, `"unknown"`
/// or `null` (missing), as in an assessment.
fn answer_value_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "oneOf": [
            {"type": "integer", "minimum": 0},
            {"type": "string", "enum": ["na", "unknown"]},
            {"type": "null"}
        ]
    })
}

/// The JSON Schema of an agreed level: a level, `"na"` or `"unknown"`.
fn agreed_level_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "oneOf": [
            {"type": "integer", "minimum": 0},
            {"type": "string", "enum": ["na", "unknown"]}
        ]
    })
}

/// A level agreed in a consensus meeting, overriding the pooled value of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consensus {
    /// The agreed answer: a level, `"na"` or `"unknown"`.
    #[schemars(schema_with = "agreed_level_schema")]
    pub level: Value,
    /// Why the group agreed on it (recorded in the pooled assessment).
    pub rationale: String,
}

/// Options of [`Framework::pool`].
///
/// ```
/// let opts: lhs_maturity::analysis::PoolOptions = serde_json::from_str(
///     r#"{"method": "mode", "consensus": {"inst.info.routine_data": {"level": 2, "rationale": "agreed on 3 May"}}}"#,
/// ).unwrap();
/// assert_eq!(opts.method, lhs_maturity::analysis::PoolMethod::Mode);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PoolOptions {
    /// How levels are combined (default `median`).
    pub method: PoolMethod,
    /// Pool assessments of different units, periods or framework versions anyway.
    pub allow_mismatch: bool,
    /// Indicator id → agreed level and rationale, overriding the pooled value.
    pub consensus: BTreeMap<String, Consensus>,
}

/// What one respondent answered for one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RaterValue {
    /// The respondent (its id, else its name, else `respondent N`).
    pub respondent: String,
    /// The answer: a level, `"na"`, `"unknown"` or `null` (missing).
    #[schemars(schema_with = "answer_value_schema")]
    pub value: Value,
}

/// The answers of all respondents to one indicator and how they were pooled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PoolItem {
    /// The indicator id.
    pub id: String,
    /// The pooled answer: a level, `"na"`, `"unknown"` or `null`.
    #[schemars(schema_with = "answer_value_schema")]
    pub pooled: Value,
    /// The exact mean of the rated levels (reported for every method).
    pub mean: Option<f64>,
    /// How many respondents rated it with a level.
    pub n_raters: u32,
    /// How many said `na`.
    pub n_na: u32,
    /// How many said `unknown`.
    pub n_unknown: u32,
    /// How many did not answer.
    pub n_missing: u32,
    /// Lowest rated level.
    pub min: Option<u32>,
    /// Highest rated level.
    pub max: Option<u32>,
    /// `max − min`.
    pub range: Option<u32>,
    /// Interquartile range of the rated levels (linear interpolation, as numpy).
    pub iqr: Option<f64>,
    /// Who answered what.
    pub ratings: Vec<RaterValue>,
    /// The consensus that overrode the pooled value, if any.
    pub consensus: Option<Consensus>,
}

/// One entry of the disagreement agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgendaItem {
    /// The indicator id.
    pub id: String,
    /// Its short label.
    pub name: String,
    /// `max − min` of the rated levels.
    pub range: u32,
    /// Interquartile range.
    pub iqr: f64,
    /// Who rated what.
    pub ratings: Vec<RaterValue>,
}

/// Agreement between respondents over the indicators of one scope (all, or one domain).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AgreementStats {
    /// `overall`, or a domain id.
    pub scope: String,
    /// `Overall`, or the domain's name (in English, like the agenda's names).
    pub name: String,
    /// Krippendorff's alpha with the ordinal metric.
    pub alpha_ordinal: Estimate,
    /// Krippendorff's alpha with the interval metric.
    pub alpha_interval: Estimate,
    /// Indicators with at least two ratings (the units alpha uses).
    pub alpha_units: u32,
    /// ICC(2,1): two-way random effects, absolute agreement, single rater.
    pub icc2_1: Estimate,
    /// ICC(2,k): the same, for the mean of the k raters.
    pub icc2_k: Estimate,
    /// Indicators rated by every respondent (the units the ICC uses).
    pub icc_units: u32,
    /// Number of respondents.
    pub raters: u32,
}

/// Inter-rater agreement, overall and per domain.
pub type Agreement = Vec<AgreementStats>;

/// The result of [`Framework::pool`].
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PoolResult {
    /// The consolidated assessment, ready to score.
    pub assessment: Assessment,
    /// The method used.
    pub method: PoolMethod,
    /// The respondents, in input order.
    pub respondents: Vec<String>,
    /// Every indicator someone answered, in framework order.
    pub items: Vec<PoolItem>,
    /// The indicators the respondents disagree on most: by range, then IQR, then id.
    pub agenda: Vec<AgendaItem>,
    /// Agreement overall and per domain.
    pub agreement: Agreement,
    /// Things worth knowing about the inputs.
    pub warnings: Vec<Diagnostic>,
}

fn rating_json(r: Option<Rating>) -> Value {
    match r {
        Some(Rating::Level(l)) => json!(l),
        Some(Rating::NotApplicable) => json!("na"),
        Some(Rating::Unknown) => json!("unknown"),
        None => Value::Null,
    }
}

fn label(i: usize, r: Option<&Respondent>) -> String {
    r.and_then(|r| r.id.clone().or_else(|| r.name.clone()))
        .unwrap_or_else(|| format!("respondent {}", i + 1))
}

/// The lower median of a non-empty list.
fn lower_median(values: &[u32]) -> Option<u32> {
    let mut v = values.to_vec();
    v.sort_unstable();
    v.get((v.len().max(1) - 1) / 2).copied()
}

fn pooled_level(method: PoolMethod, levels: &[u32]) -> Option<u32> {
    match method {
        PoolMethod::Median => lower_median(levels),
        PoolMethod::Mean => {
            let m = levels.iter().map(|&l| f64::from(l)).sum::<f64>() / levels.len() as f64;
            (!levels.is_empty()).then(|| (m + 0.5).floor() as u32)
        }
        PoolMethod::Mode => {
            let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
            for &l in levels {
                *counts.entry(l).or_default() += 1;
            }
            let best = counts.values().copied().max()?;
            counts.into_iter().find(|&(_, c)| c == best).map(|(l, _)| l)
        }
    }
}

impl Framework {
    /// Combines the assessments of several respondents of one unit and period into one
    /// consolidated assessment (see `spec/SCORING.md` §15).
    ///
    /// Per indicator: `na` when more than half of those who answered said `na`; else the
    /// median (or mean, or mode) of the rated levels; else `unknown` if anyone said so. A
    /// consensus overrides chosen indicators. Refuses assessments of different units, periods or
    /// framework versions unless `allow_mismatch` is set.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::PoolOptions;
    /// let fw = Framework::builtin();
    /// let a = |l: u32| Assessment::from_json(&format!(r#"{{"unit": {{"id": "u"}}, "answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let pooled = fw.pool(&[a(1), a(2), a(4), a(3)], &PoolOptions::default()).unwrap();
    /// assert_eq!(pooled.items[0].pooled, 2); // lower middle of 1 2 3 4
    /// assert_eq!(pooled.items[0].range, Some(3));
    /// assert_eq!(pooled.agenda[0].id, "inst.info.routine_data");
    /// ```
    pub fn pool(
        &self,
        assessments: &[Assessment],
        options: &PoolOptions,
    ) -> Result<PoolResult, Error> {
        self.check_pool_inputs(assessments, options)?;
        let consensus = self.read_consensus(options)?;
        let (respondents, mut warnings) = respondents_of(assessments);
        let refs: Vec<&Assessment> = assessments.iter().collect();
        let (items, answers, matrix) = self.pool_items(&refs, options, &consensus, &respondents);
        let agenda = self.agenda_of(&items);
        let agreement = self.agreement_of(&matrix);
        let first = assessments.first();
        let targets: Vec<Option<u32>> = assessments.iter().map(|a| a.default_target).collect();
        let default_target = match targets.first().copied().flatten() {
            Some(t) if targets.iter().all(|x| *x == Some(t)) => Some(t),
            _ => {
                if targets.iter().any(Option::is_some) {
                    warnings.push(i18n::diagnostic(
                        Severity::Warning,
                        "input.default_targets_differ",
                        "/",
                        &[],
                    ));
                }
                None
            }
        };
        let mut extra = Map::new();
        extra.insert(
            "pooling".to_owned(),
            json!({
                "method": options.method,
                "respondents": respondents,
                "consensus": options.consensus,
            }),
        );
        let assessment = Assessment {
            framework: first.and_then(|a| a.framework.clone()),
            unit: first.and_then(|a| a.unit.clone()),
            period: first.and_then(|a| a.period.clone()),
            respondent: Some(Respondent {
                id: Some("pooled".to_owned()),
                name: Some(format!(
                    "{} respondents pooled ({})",
                    assessments.len(),
                    method_name(options.method)
                )),
                ..Respondent::default()
            }),
            default_target,
            // The respondents' language when they share one.
            language: first.and_then(|a| a.language.clone()).filter(|l| {
                assessments
                    .iter()
                    .all(|a| a.language.as_deref() == Some(l.as_str()))
            }),
            // A pooled assessment is no one submission.
            source: None,
            answers,
            extra,
        };
        Ok(PoolResult {
            assessment,
            method: options.method,
            respondents,
            items,
            agenda,
            agreement,
            warnings,
        })
    }

    /// The pooled answers of some of the respondents of a pool already checked
    /// ([`Framework::pool`] of all of them): the same rule, for the resamples of
    /// [`Framework::pool_bootstrap`]; `labels` are the chosen respondents' labels.
    pub(super) fn pooled_answers(
        &self,
        chosen: &[&Assessment],
        labels: &[String],
        options: &PoolOptions,
    ) -> Result<BTreeMap<String, Answer>, Error> {
        let consensus = self.read_consensus(options)?;
        Ok(self.pool_items(chosen, options, &consensus, labels).1)
    }

    /// Every assessment valid for the framework, and (unless allowed) all of one unit, period
    /// and framework version.
    fn check_pool_inputs(
        &self,
        assessments: &[Assessment],
        options: &PoolOptions,
    ) -> Result<(), Error> {
        if assessments.is_empty() {
            return Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.empty",
                "",
                &[],
            )]));
        }
        let mut errors = Vec::new();
        for (i, a) in assessments.iter().enumerate() {
            for d in self.validate(a).into_iter().filter(Diagnostic::is_error) {
                errors.push(d.within(Part::Assessment(i)));
            }
        }
        if !errors.is_empty() {
            return Err(Error::Assessment(errors));
        }
        if !options.allow_mismatch {
            mismatches(assessments, &mut errors);
            if !errors.is_empty() {
                return Err(Error::Input(errors));
            }
        }
        Ok(())
    }

    /// The consensus levels by indicator index, every bad entry located.
    fn read_consensus<'o>(
        &self,
        options: &'o PoolOptions,
    ) -> Result<BTreeMap<usize, (Option<Rating>, &'o Consensus)>, Error> {
        let mut errors = Vec::new();
        let mut consensus: BTreeMap<usize, (Option<Rating>, &Consensus)> = BTreeMap::new();
        for (id, c) in &options.consensus {
            let path = child_path("/consensus", id);
            let Some(&ii) = self.0.indicator_index.get(id) else {
                let mut args: Vec<(&str, i18n::DiagArg)> =
                    vec![("source", "consensus".into()), ("id", id.into())];
                match closest(id, self.0.indicators.iter().map(|x| x.spec.id.as_str())) {
                    Some(s) => {
                        args.extend([("hint", "suggestion".into()), ("suggestion", s.into())])
                    }
                    None => args.push(("hint", "none".into())),
                }
                errors.push(i18n::diagnostic(
                    Severity::Error,
                    "input.unknown_indicator",
                    path,
                    &args,
                ));
                continue;
            };
            match rating_from_value(&c.level, &child_path(&path, "level")) {
                Ok(Some(Rating::Level(l))) if l > self.max_level() => {
                    errors.push(i18n::diagnostic(
                        Severity::Error,
                        "input.level_out_of_range",
                        child_path(&path, "level"),
                        &[
                            ("source", "consensus".into()),
                            ("level", l.into()),
                            ("max", self.max_level().into()),
                        ],
                    ))
                }
                Ok(r) => {
                    consensus.insert(ii, (r, c));
                }
                Err(ds) => errors.extend(ds),
            }
        }
        if !errors.is_empty() {
            return Err(Error::Input(errors));
        }
        Ok(consensus)
    }

    /// One pooled item and answer per indicator answered (or agreed), and the rating matrix
    /// (respondent × indicator) for the agreement statistics.
    #[expect(
        clippy::type_complexity,
        reason = "three results of one pass, named at the call"
    )]
    fn pool_items(
        &self,
        assessments: &[&Assessment],
        options: &PoolOptions,
        consensus: &BTreeMap<usize, (Option<Rating>, &Consensus)>,
        respondents: &[String],
    ) -> (
        Vec<PoolItem>,
        BTreeMap<String, Answer>,
        Vec<Vec<Option<f64>>>,
    ) {
        let mut items = Vec::new();
        let mut answers = BTreeMap::new();
        let mut matrix: Vec<Vec<Option<f64>>> =
            vec![Vec::with_capacity(self.indicator_count()); assessments.len()];
        // The respondents rate one unit: its kind decides which indicators apply.
        let kind = assessments
            .first()
            .and_then(|a| crate::score::build::unit_kind_of(&self.0, a));
        for (ii, ind) in self.0.indicators.iter().enumerate() {
            if !ind.applies_to(kind) {
                // No rating, but a column: the agreement's columns are framework indices.
                matrix.iter_mut().for_each(|row| row.push(None));
                continue;
            }
            let id = &ind.spec.id;
            let given: Vec<Option<&Answer>> =
                assessments.iter().map(|a| a.answers.get(id)).collect();
            // Each answer's rating, or the one its elements give.
            let rating_of = |g: &Option<&Answer>| {
                g.and_then(|x| crate::score::build::answer_rating(&self.0, ind, x))
            };
            let (mut levels, mut na, mut unknown, mut missing) = (Vec::new(), 0u32, 0u32, 0u32);
            for (row, g) in matrix.iter_mut().zip(&given) {
                match rating_of(g) {
                    Some(Rating::Level(l)) => {
                        levels.push(l);
                        row.push(Some(f64::from(l)));
                    }
                    other => {
                        match other {
                            Some(Rating::NotApplicable) => na += 1,
                            Some(Rating::Unknown) => unknown += 1,
                            _ => missing += 1,
                        }
                        row.push(None);
                    }
                }
            }
            let answered = levels.len() as u32 + na + unknown;
            let agreed = consensus.get(&ii);
            if answered == 0 && agreed.is_none() {
                continue;
            }
            let pooled: Option<Rating> = match agreed {
                Some((r, _)) => *r,
                None if 2 * na > answered => Some(Rating::NotApplicable),
                None if !levels.is_empty() => {
                    pooled_level(options.method, &levels).map(Rating::Level)
                }
                None if unknown > 0 => Some(Rating::Unknown),
                None => None,
            };
            let fl: Vec<f64> = sorted(&levels.iter().map(|&l| f64::from(l)).collect::<Vec<_>>());
            let (min, max) = (levels.iter().min().copied(), levels.iter().max().copied());
            let ratings: Vec<RaterValue> = respondents
                .iter()
                .zip(&given)
                .map(|(r, g)| RaterValue {
                    respondent: r.clone(),
                    value: rating_json(rating_of(g)),
                })
                .collect();
            let join = |f: &dyn Fn(&Answer) -> Option<&ArcStr>| -> Option<ArcStr> {
                let parts: Vec<String> = respondents
                    .iter()
                    .zip(&given)
                    .filter_map(|(r, g)| {
                        g.and_then(f)
                            .filter(|t| !t.trim().is_empty())
                            .map(|t| format!("{r}: {t}"))
                    })
                    .collect();
                (!parts.is_empty()).then(|| ArcStr::from(parts.join("; ")))
            };
            let targets: Vec<u32> = given
                .iter()
                .filter_map(|g| g.and_then(|x| x.target))
                .collect();
            let answer = Answer {
                rating: pooled,
                evidence: join(&|x| x.evidence.as_ref()),
                justification: join(&|x| x.justification.as_ref()),
                target: lower_median(&targets).filter(|_| !targets.is_empty()),
                ..Answer::default()
            };
            answers.insert(id.clone(), answer);
            items.push(PoolItem {
                id: id.clone(),
                pooled: rating_json(pooled),
                mean: (!fl.is_empty()).then(|| fl.iter().sum::<f64>() / fl.len() as f64),
                n_raters: levels.len() as u32,
                n_na: na,
                n_unknown: unknown,
                n_missing: missing,
                min,
                max,
                range: min.zip(max).map(|(a, b)| b - a),
                iqr: quantile_sorted(&fl, 0.75)
                    .zip(quantile_sorted(&fl, 0.25))
                    .map(|(a, b)| a - b),
                ratings,
                consensus: agreed.map(|(_, c)| (*c).clone()),
            });
        }
        (items, answers, matrix)
    }

    /// The disagreement agenda: items rated by two or more with different levels, widest range
    /// first, then largest interquartile range, then id.
    fn agenda_of(&self, items: &[PoolItem]) -> Vec<AgendaItem> {
        let mut agenda: Vec<AgendaItem> = items
            .iter()
            .filter(|it| it.n_raters >= 2 && it.range.unwrap_or(0) > 0)
            .map(|it| AgendaItem {
                id: it.id.clone(),
                name: self
                    .indicator(&it.id)
                    .map_or_else(String::new, |x| x.label("en").to_owned()),
                range: it.range.unwrap_or(0),
                iqr: it.iqr.unwrap_or(0.0),
                ratings: it.ratings.clone(),
            })
            .collect();
        agenda.sort_unstable_by(|a, b| {
            b.range
                .cmp(&a.range)
                .then(b.iqr.total_cmp(&a.iqr))
                .then_with(|| a.id.cmp(&b.id))
        });
        agenda
    }

    /// Inter-rater agreement between the respondents of several assessments of one unit:
    /// Krippendorff's alpha (ordinal and interval) and ICC(2,1)/ICC(2,k), overall and per domain.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 1, "inst.info.me_integration": 3, "cap.prov.communication": 2}}"#).unwrap();
    /// let b = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 1, "inst.info.me_integration": 3, "cap.prov.communication": 2}}"#).unwrap();
    /// let agreement = fw.agreement(&[a, b]).unwrap();
    /// assert_eq!(agreement[0].scope, "overall");
    /// assert_eq!(agreement[0].alpha_ordinal.value, Some(1.0));
    /// ```
    pub fn agreement(&self, assessments: &[Assessment]) -> Result<Agreement, Error> {
        Ok(self
            .pool(
                assessments,
                &PoolOptions {
                    allow_mismatch: true,
                    ..PoolOptions::default()
                },
            )?
            .agreement)
    }

    fn agreement_of(&self, matrix: &[Vec<Option<f64>>]) -> Agreement {
        let c = &*self.0;
        let raters = matrix.len() as u32;
        let stats = |scope: String, name: String, cols: &[usize]| {
            let data: Vec<Vec<Option<f64>>> = matrix
                .iter()
                .map(|row| {
                    cols.iter()
                        .map(|&i| row.get(i).copied().flatten())
                        .collect()
                })
                .collect();
            let (alpha_ordinal, units) = krippendorff_alpha(&data, Metric::Ordinal);
            let (alpha_interval, _) = krippendorff_alpha(&data, Metric::Interval);
            let (icc2_1, icc2_k, icc_units) = icc2(&data);
            AgreementStats {
                scope,
                name,
                alpha_ordinal,
                alpha_interval,
                alpha_units: units as u32,
                icc2_1,
                icc2_k,
                icc_units: icc_units as u32,
                raters,
            }
        };
        let all: Vec<usize> = (0..c.indicators.len()).collect();
        let mut out = vec![stats("overall".to_owned(), "Overall".to_owned(), &all)];
        for &d in &c.domains {
            let spec = self.node_spec(d);
            let id = spec.map_or_else(String::new, |n| n.id.clone());
            let name = spec.map_or_else(String::new, |n| n.name.en().to_owned());
            let cols = c
                .nodes
                .get(d)
                .map(|n| n.indicators.clone())
                .unwrap_or_default();
            out.push(stats(id, name, &cols));
        }
        out
    }
}

fn method_name(m: PoolMethod) -> &'static str {
    m.as_str()
}

impl PoolMethod {
    /// Every method, in the order of the documentation.
    pub const ALL: [PoolMethod; 3] = [PoolMethod::Median, PoolMethod::Mean, PoolMethod::Mode];

    /// The method's name, as written in JSON and on the command line.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::analysis::PoolMethod::Mode.as_str(), "mode");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PoolMethod::Median => "median",
            PoolMethod::Mean => "mean",
            PoolMethod::Mode => "mode",
        }
    }
}

impl std::fmt::Display for PoolMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PoolMethod {
    type Err = Error;

    /// Reads a method name (case-insensitive); `input.invalid_method` otherwise.
    ///
    /// ```
    /// use lhs_maturity::analysis::PoolMethod;
    /// assert_eq!("Mean".parse::<PoolMethod>().unwrap(), PoolMethod::Mean);
    /// assert_eq!("avg".parse::<PoolMethod>().unwrap_err().code(), "input.invalid_method");
    /// ```
    fn from_str(text: &str) -> Result<Self, Error> {
        super::named(&Self::ALL, Self::as_str, text).ok_or_else(|| {
            Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_method",
                "/method",
                &[("value", text.into())],
            )])
        })
    }
}

impl PoolOptions {
    /// Reads pooling options from JSON text (`{"method": ..., "allow_mismatch": ...,
    /// "consensus": {...}}`), refusing duplicate keys and unknown fields, with every problem's
    /// code and position.
    ///
    /// ```
    /// use lhs_maturity::analysis::{PoolMethod, PoolOptions};
    /// let o = PoolOptions::from_json(r#"{"method": "mode"}"#).unwrap();
    /// assert_eq!(o.method, PoolMethod::Mode);
    /// let err = PoolOptions::from_json(r#"{"metod": "mode"}"#).unwrap_err();
    /// assert_eq!(err.code(), "input.invalid_options");
    /// ```
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let value = crate::read::json::parse_text(text, "input")?;
        serde_json::from_value(value).map_err(|e| {
            Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_options",
                "",
                &[("detail", e.to_string().into())],
            )])
        })
    }

    /// Reads the agreed levels of a consensus meeting from JSON text: an object of indicator
    /// id → `{"level": ..., "rationale": "..."}`. An indicator given twice is an error
    /// (`input.duplicate_key`), never a silent choice of one of the two.
    ///
    /// ```
    /// use lhs_maturity::analysis::PoolOptions;
    /// let c = PoolOptions::consensus_from_json(
    ///     r#"{"inst.info.routine_data": {"level": 2, "rationale": "minutes of 3 May"}}"#,
    /// ).unwrap();
    /// assert_eq!(c["inst.info.routine_data"].rationale, "minutes of 3 May");
    /// let twice = r#"{"a.b.c": {"level": 1, "rationale": "x"}, "a.b.c": {"level": 2, "rationale": "y"}}"#;
    /// assert_eq!(PoolOptions::consensus_from_json(twice).unwrap_err().code(), "input.duplicate_key");
    /// ```
    pub fn consensus_from_json(text: &str) -> Result<BTreeMap<String, Consensus>, Error> {
        let value = crate::read::json::parse_text(text, "input")?;
        let Value::Object(map) = value else {
            return Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_consensus",
                "",
                &[("problem", "not_object".into())],
            )]));
        };
        let mut out = BTreeMap::new();
        let mut errors = Vec::new();
        for (id, v) in map {
            match serde_json::from_value::<Consensus>(v) {
                Ok(c) => {
                    out.insert(id, c);
                }
                Err(e) => errors.push(i18n::diagnostic(
                    Severity::Error,
                    "input.invalid_consensus",
                    child_path("", &id),
                    &[
                        ("problem", "entry".into()),
                        ("detail", e.to_string().into()),
                    ],
                )),
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(Error::Input(errors))
        }
    }
}

/// Reports every assessment whose unit, period or framework differs from the first one's.
fn mismatches(assessments: &[Assessment], errors: &mut Vec<Diagnostic>) {
    let Some(first) = assessments.first() else {
        return;
    };
    type Getter = fn(&Assessment) -> Option<String>;
    let fields: [(&str, &str, Getter); 4] = [
        ("/unit/id", "unit", |a| {
            a.unit.as_ref().and_then(|u| u.id.clone())
        }),
        ("/period", "period", |a| a.period.clone()),
        ("/framework/id", "framework", |a| {
            a.framework.as_ref().map(|f| f.id.clone())
        }),
        ("/framework/version", "framework_version", |a| {
            a.framework.as_ref().and_then(|f| f.version.clone())
        }),
    ];
    for (i, a) in assessments.iter().enumerate().skip(1) {
        for (path, what, get) in fields {
            let (x, y) = (get(first), get(a));
            if x != y {
                let mut args: Vec<(&str, i18n::DiagArg)> = vec![
                    ("number", (i + 1).to_string().into()),
                    ("field", what.into()),
                ];
                for ((given, value), v) in
                    [(("given", "value"), &y), (("first_given", "first"), &x)]
                {
                    match v {
                        Some(s) => args.extend([(given, "yes".into()), (value, s.into())]),
                        None => args.push((given, "no".into())),
                    }
                }
                errors.push(i18n::diagnostic(
                    Severity::Error,
                    "input.pool_mismatch",
                    format!("/{i}{path}"),
                    &args,
                ));
            }
        }
    }
}

/// The respondents' labels, and a warning for each one that appears twice.
fn respondents_of(assessments: &[Assessment]) -> (Vec<String>, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let respondents: Vec<String> = assessments
        .iter()
        .enumerate()
        .map(|(i, a)| label(i, a.respondent.as_ref()))
        .collect();
    let mut seen = HashSet::new();
    for (i, r) in respondents.iter().enumerate() {
        if !seen.insert(r) {
            warnings.push(i18n::diagnostic(
                Severity::Warning,
                "input.duplicate_respondent",
                format!("/{i}/respondent"),
                &[("respondent", r.into())],
            ));
        }
    }
    (respondents, warnings)
}
