//! A self-assessment: the answers given for a framework's indicators, with their evidence.

use crate::error::child_path;
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The answers of one self-assessment (one unit, one period, one respondent or a consensus).
///
/// Fields the library does not know are kept in `extra` and written back unchanged, so a
/// load/save round trip never loses what a user typed.
///
/// ```
/// use lhs_maturity::{Assessment, Rating};
/// let a = Assessment::from_json(r#"{
///   "unit": {"id": "kis-east", "region": "Nyanza"},
///   "answers": {"inst.info.routine_data": {"level": 2, "evidence": "Quarterly review minutes"},
///               "inst.delib.working_groups": "na",
///               "cond.fin.learning_budget": 1},
///   "my_tool_version": "3.1"
/// }"#).unwrap();
/// assert_eq!(a.answers["cond.fin.learning_budget"].rating, Some(Rating::Level(1)));
/// assert_eq!(a.extra["my_tool_version"], "3.1");
/// let back: serde_json::Value = serde_json::to_value(&a).unwrap();
/// assert_eq!(back["unit"]["region"], "Nyanza");
/// assert_eq!(back["answers"]["cond.fin.learning_budget"], 1);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[schemars(
    title = "Assessment",
    description = "The answers of one self-assessment against a framework."
)]
pub struct Assessment {
    /// The framework (id and version) the answers were given for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework: Option<FrameworkRef>,
    /// The health-system unit assessed (a district, a ministry, a facility).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// The period the assessment describes, e.g. `2026-Q3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Who answered (one person, or a group reaching consensus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<Respondent>,
    /// The target level for every indicator without a target of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_target: Option<u32>,
    /// The language the answers and evidence notes were written in (BCP 47, e.g. `fr`), which
    /// need not be the language a report is read in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where the answers were collected: the submission of a form (ODK, KoboToolbox) or the
    /// workbook they were read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SubmissionRef>,
    /// Indicator id → answer. An indicator with no entry is *missing*.
    pub answers: BTreeMap<String, Answer>,
    /// Any other fields, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Which framework an assessment was made for.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkRef {
    /// The framework id, e.g. `lhs-2021`.
    pub id: String,
    /// The framework version, e.g. `1.0.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Any other fields, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The unit assessed. Any other field (e.g. `region`, `country`) is a label kept in `extra`
/// and usable for grouping cohorts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Unit {
    /// A stable identifier of the unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its kind: `district`, `national`, `facility`, `programme`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Other labels (region, country, ...), kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where an assessment's answers were collected, kept when submissions of the framework's form
/// are read back (ODK Central, KoboToolbox, ODK Collect): what identifies the submission on its
/// server, so that a score can be traced back to it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct SubmissionRef {
    /// The tool the submission comes from: `odk-central`, `kobotoolbox`, `odk-collect` or
    /// `excel`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// The submission's id on its server (KoboToolbox's `_id`; ODK Central's instance id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_id: Option<String>,
    /// The instance id the form wrote (`uuid:…`), unique per submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// When the server received the submission, as the server wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    /// The revision of the form within the framework version (`2` of form version `2.0.0.2`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_revision: Option<String>,
    /// Other fields, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Who answered.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Respondent {
    /// A stable identifier (pseudonymous is fine).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The respondent's role, ideally a value of the framework's `owner` facet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Other fields, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The rating part of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rating {
    /// A level of the scale.
    Level(u32),
    /// Not applicable to this unit (should carry a justification).
    NotApplicable,
    /// Asked, but nobody knew.
    Unknown,
}

/// How sure the respondent is of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Little evidence; a guess.
    Low,
    /// Some evidence.
    Medium,
    /// Well documented.
    High,
}

impl Confidence {
    /// The name used in documents.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Confidence::High.as_str(), "high");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// One answer: a rating (or none), with optional evidence, justification, confidence and target.
///
/// In JSON an answer is a bare level (`2`), `"na"`, `"unknown"`, `null`, or an object
/// `{"level": 2, "evidence": "...", "confidence": "medium", "target": 3}`. An answer with no
/// rating (`null`, or an object without `level`) counts as *missing* but keeps its notes.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    /// The rating; `None` when the indicator was left unanswered.
    pub rating: Option<Rating>,
    /// What the rating rests on (documents, minutes, observations). Shared (not copied) with
    /// the reports scored from this answer.
    pub evidence: Option<ArcStr>,
    /// Why the indicator is not applicable (for `na`); shared with the reports too.
    pub justification: Option<ArcStr>,
    /// How sure the respondent is.
    pub confidence: Option<Confidence>,
    /// The level this unit aims for on this indicator.
    pub target: Option<u32>,
    /// The elements of the indicator's levels that were checked: element id (`L2a`) → met
    /// (`Some(true)`), not met (`Some(false)`) or not known (`None`, written `"unknown"`). With
    /// elements and no level, the level is derived from them by the cumulative rule.
    pub elements: BTreeMap<String, Option<bool>>,
    /// Any other fields, kept as they were.
    pub extra: Map<String, Value>,
    /// Whether the answer was written as an object (for error paths).
    pub(crate) object_form: bool,
}

impl PartialEq for Answer {
    fn eq(&self, other: &Self) -> bool {
        self.rating == other.rating
            && self.evidence == other.evidence
            && self.justification == other.justification
            && self.confidence == other.confidence
            && self.target == other.target
            && self.elements == other.elements
            && self.extra == other.extra
    }
}

impl Answer {
    /// An answer with just a level.
    ///
    /// ```
    /// let a = lhs_maturity::Answer::level(3);
    /// assert_eq!(a.rating, Some(lhs_maturity::Rating::Level(3)));
    /// ```
    pub fn level(level: u32) -> Self {
        Self::rated(Rating::Level(level))
    }

    /// An answer with just a rating.
    ///
    /// ```
    /// let a = lhs_maturity::Answer::rated(lhs_maturity::Rating::Unknown);
    /// assert!(a.evidence.is_none());
    /// ```
    pub fn rated(rating: Rating) -> Self {
        Self {
            rating: Some(rating),
            ..Self::default()
        }
    }

    fn is_bare(&self) -> bool {
        self.evidence.is_none()
            && self.justification.is_none()
            && self.confidence.is_none()
            && self.target.is_none()
            && self.elements.is_empty()
            && self.extra.is_empty()
    }

    /// The JSON Pointer of this answer's level, given the answer's own path.
    pub(crate) fn level_path(&self, answer_path: &str) -> String {
        if self.object_form || !self.is_bare() {
            child_path(answer_path, "level")
        } else {
            answer_path.to_owned()
        }
    }
}

fn rating_value(r: Option<Rating>) -> Value {
    match r {
        None => Value::Null,
        Some(Rating::Level(l)) => Value::from(l),
        Some(Rating::NotApplicable) => Value::from("na"),
        Some(Rating::Unknown) => Value::from("unknown"),
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_bare() {
            return rating_value(self.rating).serialize(s);
        }
        let mut m = s.serialize_map(None)?;
        if self.rating.is_some() {
            m.serialize_entry("level", &rating_value(self.rating))?;
        }
        if let Some(e) = &self.evidence {
            m.serialize_entry("evidence", e)?;
        }
        if let Some(j) = &self.justification {
            m.serialize_entry("justification", j)?;
        }
        if let Some(c) = &self.confidence {
            m.serialize_entry("confidence", c)?;
        }
        if let Some(t) = &self.target {
            m.serialize_entry("target", t)?;
        }
        if !self.elements.is_empty() {
            let elements: Map<String, Value> = self
                .elements
                .iter()
                .map(|(k, v)| (k.clone(), v.map_or(Value::from("unknown"), Value::from)))
                .collect();
            m.serialize_entry("elements", &elements)?;
        }
        for (k, v) in &self.extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl JsonSchema for Answer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answer".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An answer: a level (integer), \"na\" (not applicable), \"unknown\" (asked, nobody knew), null (missing), or an object with the level and notes.",
            "oneOf": [
                {"type": "integer", "minimum": 0},
                {"type": "string", "enum": ["na", "unknown"]},
                {"type": "null"},
                {
                    "type": "object",
                    "properties": {
                        "level": {
                            "description": "The rating: a level of the scale, \"na\", \"unknown\", or null/absent for no rating.",
                            "oneOf": [
                                {"type": "integer", "minimum": 0},
                                {"type": "string", "enum": ["na", "unknown"]},
                                {"type": "null"}
                            ]
                        },
                        "evidence": {"type": "string", "description": "What the rating rests on."},
                        "justification": {"type": "string", "description": "Why the indicator is not applicable."},
                        "confidence": {"type": "string", "enum": ["low", "medium", "high"]},
                        "target": {"type": "integer", "minimum": 0, "description": "The level aimed for."},
                        "elements": {
                            "type": "object",
                            "description": "Elements of the indicator's levels that were checked (`L2a`...): met (true), not met (false) or \"unknown\". Without a level, the level is derived from them.",
                            "additionalProperties": {"oneOf": [{"type": "boolean"}, {"type": "string", "enum": ["unknown"]}]}
                        }
                    },
                    "additionalProperties": true
                }
            ]
        })
    }
}
