//! The scored report: what an evaluator reads and what a researcher analyses.

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::assessment::{Confidence, Respondent, Unit};
use crate::model::framework::Aggregation;
/// The shared, immutable string of reports (from the `arcstr` crate): ids, names and texts that
/// come from the framework (and evidence notes that come from the assessment) are shared, not
/// copied, by every report. It derefs to `str`, compares with `&str` and serializes as a string.
///
/// ```
/// let r = lhs_maturity::Framework::builtin().score_json(r#"{"answers": {}}"#).unwrap();
/// assert_eq!(r.domains[0].id, "inst");
/// let name: &str = r.domains[0].name.as_str();
/// assert!(!name.is_empty());
/// ```
pub use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version of the report format (`spec/schema/report.schema.json`).
pub const REPORT_SCHEMA_VERSION: &str = "1.0";

/// The result of scoring one assessment against a framework.
///
/// Numbers are `f64` and never rounded; `null` means "no value" (nothing rated), never 0.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let r = fw.score_json(r#"{"answers": {"inst.info.routine_data": 2, "inst.info.me_integration": 3}}"#).unwrap();
/// let info = r.domains.iter().find(|d| d.id == "inst").unwrap().children.iter().find(|s| s.id == "inst.info").unwrap();
/// assert_eq!(info.score.score, Some(2.5));
/// assert_eq!(info.score.level, Some(2));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Report", description = "The scored report of one assessment.")]
pub struct Report {
    /// Version of the report format.
    pub schema_version: String,
    /// The framework scored against.
    pub framework: FrameworkId,
    /// The unit assessed, as given in the assessment.
    pub unit: Option<Unit>,
    /// The period, as given in the assessment.
    pub period: Option<String>,
    /// The respondent, as given in the assessment.
    pub respondent: Option<Respondent>,
    /// The language of the names in this report.
    pub language: String,
    /// The scale: every level with its key and name, lowest first.
    pub scale: Vec<LevelInfo>,
    /// The whole-system result: the weighted mean of the domain scores.
    pub overall: ScoreSummary,
    /// One entry per top-level domain, in framework order, with sub-domains under `children`.
    pub domains: Vec<NodeResult>,
    /// One entry per framework indicator, in framework order.
    pub indicators: Vec<IndicatorResult>,
    /// The learning profile: a score per value of every facet.
    pub facets: Vec<FacetResult>,
    /// Gap to target across the assessment.
    pub gaps: GapSummary,
    /// Next steps, highest priority first.
    pub recommendations: Vec<Recommendation>,
    /// The same next steps grouped by stakeholder group (the `owner` facet), in facet order.
    pub recommendations_by_owner: Vec<OwnerRecommendations>,
    /// Warnings about the assessment (not errors): low coverage, `na` without justification...
    pub warnings: Vec<Diagnostic>,
    /// How `unknown` answers were counted: left out of the scores (`exclude`, the default,
    /// not written) or as level 0 (`zero`).
    #[serde(default, skip_serializing_if = "UnknownRule::is_default")]
    pub unknown_rule: UnknownRule,
    /// How sure the scores are (`spec/SCORING.md` §28), when asked for
    /// (`Framework::score_with_uncertainty`, `--uncertainty`); not written otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<crate::score::uncertainty::Uncertainty>,
}

/// How `unknown` answers count in the scores (a [`crate::ScoreOptions`] field).
///
/// ```
/// use lhs_maturity::UnknownRule;
/// assert_eq!("zero".parse::<UnknownRule>().unwrap(), UnknownRule::Zero);
/// assert_eq!(UnknownRule::default().as_str(), "exclude");
/// assert!("0".parse::<UnknownRule>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnknownRule {
    /// Left out of the scores, like a missing answer, and shown in the coverage (the default).
    #[default]
    Exclude,
    /// Counted as level 0 and flagged in the explanation, as PEFA's "D*" (insufficient
    /// information) counts as its lowest score.
    Zero,
}

impl UnknownRule {
    /// The name used in documents and options: `exclude` or `zero`.
    pub fn as_str(self) -> &'static str {
        match self {
            UnknownRule::Exclude => "exclude",
            UnknownRule::Zero => "zero",
        }
    }

    pub(crate) fn is_default(&self) -> bool {
        *self == UnknownRule::Exclude
    }
}

impl std::str::FromStr for UnknownRule {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "exclude" => Ok(UnknownRule::Exclude),
            "zero" => Ok(UnknownRule::Zero),
            _ => Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_option",
                "/unknown",
                &[("option", "unknown".into()), ("value", s.into())],
            )])),
        }
    }
}

/// A framework's id and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkId {
    /// The framework id.
    pub id: String,
    /// The framework version.
    pub version: String,
    /// The framework title in the report's language.
    pub title: String,
}

/// One level of the scale, as shown in reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LevelInfo {
    /// The level number.
    pub level: u32,
    /// Its stable key.
    #[schemars(with = "String")]
    pub key: ArcStr,
    /// Its name.
    #[schemars(with = "String")]
    pub name: ArcStr,
}

/// How many indicators are in each answer state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Counts {
    /// All indicators counted.
    pub total: u32,
    /// Rated with a level.
    pub rated: u32,
    /// Marked not applicable.
    pub na: u32,
    /// Marked unknown.
    pub unknown: u32,
    /// Not answered.
    pub missing: u32,
}

/// Gap-to-target figures over a set of indicators.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct TargetSummary {
    /// Rated indicators that have a target.
    pub with_target: u32,
    /// Rated indicators below their target.
    pub below_target: u32,
    /// Sum of the gaps, `Σ max(target − level, 0)`.
    pub total_gap: u32,
    /// Sum of the targets of the rated indicators that have one.
    pub total_target: u32,
    /// `1 − total_gap / total_target`, a fraction in [0, 1]; `null` when `total_target` is 0.
    pub percent_to_target: Option<f64>,
}

/// A score with its level, percentage, coverage and counts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ScoreSummary {
    /// The score on the scale (0 to the top level); `null` when nothing below is rated.
    pub score: Option<f64>,
    /// The highest level `L` with `score >= L − 1e-9`.
    pub level: Option<u32>,
    /// The key of that level (e.g. `established`).
    #[schemars(with = "Option<String>")]
    pub level_key: Option<ArcStr>,
    /// `100 × score / top level`.
    pub percent: Option<f64>,
    /// Rated ÷ (indicators − `na`), a fraction in [0, 1]; `null` when every indicator is `na`.
    pub coverage: Option<f64>,
    /// Indicators by answer state.
    pub counts: Counts,
    /// Gap to target.
    pub targets: TargetSummary,
}

/// The score of a domain or sub-domain, with how it was computed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeResult {
    /// The node id.
    #[schemars(with = "String")]
    pub id: ArcStr,
    /// The node name.
    #[schemars(with = "String")]
    pub name: ArcStr,
    /// Its weight among its siblings.
    pub weight: f64,
    /// How it combines its children.
    pub aggregation: Aggregation,
    /// An outcome: scored on its own, left out of its parent's score and the overall score.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outcome: bool,
    /// Score, level, coverage, counts and targets.
    #[serde(flatten)]
    pub score: ScoreSummary,
    /// Every child (sub-node or indicator) and what it contributed.
    pub explanation: Vec<Contribution>,
    /// Sub-nodes, in framework order (empty for a node that holds indicators).
    pub children: Vec<NodeResult>,
}

/// Whether a contribution is a sub-node or an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContributionKind {
    /// A sub-node.
    Node,
    /// An indicator.
    Indicator,
}

/// Why a child did not contribute to its parent's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// The indicator is marked not applicable.
    Na,
    /// The indicator is marked unknown.
    Unknown,
    /// The indicator was not answered.
    Missing,
    /// The sub-node has no score (nothing below it is rated).
    NoScore,
    /// Under `minimum` aggregation, a child that is not the lowest.
    NotMinimum,
    /// The indicator does not apply to the unit's kind (its `applies_to`).
    DoesNotApply,
    /// The sub-node is an outcome, reported apart from its parent's score.
    Outcome,
}

/// One child's part in its parent's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Contribution {
    /// The child's id.
    #[schemars(with = "String")]
    pub id: ArcStr,
    /// Sub-node or indicator.
    pub kind: ContributionKind,
    /// The child's weight among its siblings.
    pub weight: f64,
    /// The child's score (an indicator's level), if any.
    pub score: Option<f64>,
    /// The share of the parent's score this child carries: `weight / Σ weights of the children
    /// that count` under `mean`; 1 for the lowest child under `minimum`; 0 when excluded.
    pub effective_weight: f64,
    /// Why the child does not count, when it does not.
    pub excluded: Option<Exclusion>,
    /// The indicator was answered `unknown` and counted as level 0 (scoring rule `zero`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unknown_as_zero: bool,
}

/// The answer state of an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Rated with a level.
    Rated,
    /// Not applicable.
    Na,
    /// Asked, nobody knew.
    Unknown,
    /// Not answered.
    Missing,
    /// The indicator does not apply to the unit's kind: left out of every count.
    DoesNotApply,
}

/// Where an indicator's target comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetSource {
    /// The answer's own `target`.
    Answer,
    /// The assessment's `default_target` (or a target given when scoring).
    Default,
}

/// One indicator in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorResult {
    /// The indicator id.
    #[schemars(with = "String")]
    pub id: ArcStr,
    /// Its short label.
    #[schemars(with = "String")]
    pub name: ArcStr,
    /// Its top-level domain id.
    #[schemars(with = "String")]
    pub domain: ArcStr,
    /// The id of the node that holds it.
    #[schemars(with = "String")]
    pub subdomain: ArcStr,
    /// Its weight among its siblings.
    pub weight: f64,
    /// Its share of the overall score.
    pub share: f64,
    /// Rated, na, unknown, missing, or does not apply to the unit's kind.
    pub status: Status,
    /// The level, when rated.
    pub level: Option<u32>,
    /// The key of that level.
    #[schemars(with = "Option<String>")]
    pub level_key: Option<ArcStr>,
    /// The target, if any.
    pub target: Option<u32>,
    /// Where the target comes from.
    pub target_source: Option<TargetSource>,
    /// `max(target − level, 0)`, when rated and with a target.
    pub gap: Option<u32>,
    /// The evidence note, as typed.
    #[schemars(with = "Option<String>")]
    pub evidence: Option<ArcStr>,
    /// The justification of `na`, as typed.
    #[schemars(with = "Option<String>")]
    pub justification: Option<ArcStr>,
    /// The respondent's confidence.
    pub confidence: Option<Confidence>,
    /// The level was derived from the answer's elements (no level was given).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_elements: bool,
    /// The indicator belongs to an outcome node (outside the overall score).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outcome: bool,
}

/// The learning profile for one facet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FacetResult {
    /// The facet id (e.g. `loop`).
    #[schemars(with = "String")]
    pub id: ArcStr,
    /// The facet name.
    #[schemars(with = "String")]
    pub name: ArcStr,
    /// One entry per facet value, in framework order.
    pub values: Vec<FacetValueResult>,
}

/// The score of the indicators tagged with one facet value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FacetValueResult {
    /// The value id (e.g. `triple`).
    #[schemars(with = "String")]
    pub id: ArcStr,
    /// The value name.
    #[schemars(with = "String")]
    pub name: ArcStr,
    /// Weighted mean of the rated indicators tagged with this value, and their coverage.
    #[serde(flatten)]
    pub score: ScoreSummary,
}

/// Gap to target across the whole assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GapSummary {
    /// The totals over all rated indicators with a target.
    #[serde(flatten)]
    pub totals: TargetSummary,
    /// The indicators below target: largest gap first, then by id.
    pub indicators: Vec<GapEntry>,
}

/// One indicator below its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GapEntry {
    /// The indicator id.
    #[schemars(with = "String")]
    pub id: ArcStr,
    /// Its level.
    pub level: u32,
    /// Its target.
    pub target: u32,
    /// `target − level`.
    pub gap: u32,
}

/// One next step: move an indicator up from its current level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Recommendation {
    /// 1 for the highest priority.
    pub rank: u32,
    /// The indicator id.
    #[schemars(with = "String")]
    pub indicator: ArcStr,
    /// Its short label.
    #[schemars(with = "String")]
    pub name: ArcStr,
    /// Its domain id.
    #[schemars(with = "String")]
    pub domain: ArcStr,
    /// The current level.
    pub level: u32,
    /// The level to reach next (`level + 1`).
    pub next_level: u32,
    /// The target this step works towards (the top level when the assessment sets no targets).
    pub target: u32,
    /// `target − level`.
    pub gap: u32,
    /// `gap × share`: the points of overall score at stake.
    pub priority: f64,
    /// What the next level looks like for this indicator.
    #[schemars(with = "String")]
    pub next_level_descriptor: ArcStr,
    /// The framework's recommended action from the current level, if it has one.
    #[schemars(with = "Option<String>")]
    pub action: Option<ArcStr>,
    /// Who should act (values of the `owner` facet).
    #[schemars(with = "Vec<String>")]
    pub owners: Vec<ArcStr>,
}

/// The next steps of one stakeholder group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct OwnerRecommendations {
    /// The owner facet value id.
    #[schemars(with = "String")]
    pub owner: ArcStr,
    /// Its name.
    #[schemars(with = "String")]
    pub name: ArcStr,
    /// Indicator ids of the recommendations this group owns, highest priority first.
    #[schemars(with = "Vec<String>")]
    pub indicators: Vec<ArcStr>,
}

impl Report {
    /// Reads back a report written by [`Report::to_json`] (or the JSON of any binding), for the
    /// analyses that work on reports (`compare`, `series`, `cohort`, `reliability`).
    ///
    /// Errors: `report.invalid_json` (with line and column) when the text is not JSON,
    /// `report.invalid` when it is JSON but not a report, naming what is wrong.
    ///
    /// ```
    /// use lhs_maturity::{Framework, Report};
    /// let r = Framework::builtin().score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// assert_eq!(Report::from_json(&r.to_json()).unwrap(), r);
    /// let err = Report::from_json(r#"{"answers": {}}"#).unwrap_err();
    /// assert_eq!(err.code(), "report.invalid");
    /// ```
    pub fn from_json(text: &str) -> Result<Report, Error> {
        Self::from_value(crate::read::json::parse_text(text, "report")?)
    }

    /// Reads a report from a parsed JSON value (see [`Report::from_json`]).
    ///
    /// ```
    /// let err = lhs_maturity::Report::from_value(serde_json::json!([1, 2])).unwrap_err();
    /// assert!(err.to_string().contains("not a report"));
    /// ```
    pub fn from_value(value: Value) -> Result<Report, Error> {
        serde_json::from_value(value).map_err(|e| {
            Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "report.invalid",
                "",
                &[
                    ("problem", "invalid".into()),
                    ("detail", e.to_string().into()),
                ],
            )])
        })
    }

    /// Reads back a report file written by `score --format json` or [`Report::to_json`].
    ///
    /// Errors: `report.unreadable` (missing file, a directory...), `report.too_large`,
    /// `report.invalid_encoding`, then those of [`Report::from_json`].
    ///
    /// ```
    /// let err = lhs_maturity::Report::from_path("missing-report.json").unwrap_err();
    /// assert_eq!(err.code(), "report.unreadable");
    /// ```
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Report, Error> {
        Self::from_json(&crate::read::file::read_file(path.as_ref(), "report")?)
    }

    /// The report as pretty-printed JSON.
    ///
    /// ```
    /// let r = lhs_maturity::Framework::builtin().score_json(r#"{"answers": {}}"#).unwrap();
    /// assert!(r.to_json().starts_with('{'));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The result of a domain or sub-domain by id.
    ///
    /// ```
    /// let r = lhs_maturity::Framework::builtin().score_json(r#"{"answers": {"cap.prov.data_interpretation": 1}}"#).unwrap();
    /// assert_eq!(r.node("cap.prov").unwrap().score.score, Some(1.0));
    /// ```
    pub fn node(&self, id: &str) -> Option<&NodeResult> {
        fn find<'a>(nodes: &'a [NodeResult], id: &str) -> Option<&'a NodeResult> {
            nodes.iter().find_map(|n| {
                if n.id == id {
                    Some(n)
                } else {
                    find(&n.children, id)
                }
            })
        }
        find(&self.domains, id)
    }

    /// The result of an indicator by id.
    ///
    /// ```
    /// let r = lhs_maturity::Framework::builtin().score_json(r#"{"answers": {"cap.prov.data_interpretation": "unknown"}}"#).unwrap();
    /// assert_eq!(r.indicator("cap.prov.data_interpretation").unwrap().status, lhs_maturity::Status::Unknown);
    /// ```
    pub fn indicator(&self, id: &str) -> Option<&IndicatorResult> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// What a JSON document is, by the one rule every surface uses to tell the documents that the
/// analyses accept in either form (`compare` takes reports or assessments to score):
/// an object with `answers` is an assessment; an object with `overall` and without `answers`
/// is a report; anything else is `Other`, which the caller reads as the kind it expects (and
/// whose reader then says what is wrong with it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentShape {
    /// Has `answers`: an assessment, to be scored.
    Assessment,
    /// Has `overall` and no `answers`: a report written by `score`.
    Report,
    /// Neither (or not a JSON object).
    Other,
}

impl DocumentShape {
    /// The shape of JSON text (a leading byte-order mark is ignored), without building the
    /// document.
    ///
    /// ```
    /// use lhs_maturity::DocumentShape;
    /// assert_eq!(DocumentShape::of_json(r#"{"answers": {}, "overall": 1}"#), DocumentShape::Assessment);
    /// assert_eq!(DocumentShape::of_json(r#"{"overall": {}, "domains": []}"#), DocumentShape::Report);
    /// assert_eq!(DocumentShape::of_json("[1, 2]"), DocumentShape::Other);
    /// assert_eq!(DocumentShape::of_json("\u{feff}{\"overall\": 2}"), DocumentShape::Report);
    /// ```
    pub fn of_json(text: &str) -> DocumentShape {
        // A map, not a struct: serde would also read a struct from an array.
        let text = crate::read::file::strip_bom(text);
        match serde_json::from_str::<std::collections::HashMap<String, serde::de::IgnoredAny>>(text)
        {
            Ok(k) => Self::of_keys(k.contains_key("answers"), k.contains_key("overall")),
            Err(_) => DocumentShape::Other,
        }
    }

    /// The shape of a parsed JSON value.
    ///
    /// ```
    /// use lhs_maturity::DocumentShape;
    /// assert_eq!(DocumentShape::of_value(&serde_json::json!({"overall": null})), DocumentShape::Report);
    /// assert_eq!(DocumentShape::of_value(&serde_json::json!({})), DocumentShape::Other);
    /// ```
    pub fn of_value(value: &Value) -> DocumentShape {
        match value.as_object() {
            Some(o) => Self::of_keys(o.contains_key("answers"), o.contains_key("overall")),
            None => DocumentShape::Other,
        }
    }

    fn of_keys(answers: bool, overall: bool) -> DocumentShape {
        match (answers, overall) {
            (true, _) => DocumentShape::Assessment,
            (false, true) => DocumentShape::Report,
            (false, false) => DocumentShape::Other,
        }
    }
}
