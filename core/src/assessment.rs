//! A self-assessment: the answers given for a framework's indicators, with their evidence.

use crate::error::{child_path, Diagnostic, Error};
use crate::json::{self, closest, type_name, Ctx, Obj};
use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

mod fast;
pub(crate) use fast::read_fast;

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
///               "cond.fin.stable_investment": 1},
///   "my_tool_version": "3.1"
/// }"#).unwrap();
/// assert_eq!(a.answers["cond.fin.stable_investment"].rating, Some(Rating::Level(1)));
/// assert_eq!(a.extra["my_tool_version"], "3.1");
/// let back: serde_json::Value = serde_json::to_value(&a).unwrap();
/// assert_eq!(back["unit"]["region"], "Nyanza");
/// assert_eq!(back["answers"]["cond.fin.stable_investment"], 1);
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
                        "target": {"type": "integer", "minimum": 0, "description": "The level aimed for."}
                    },
                    "additionalProperties": true
                }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        Assessment::from_value(&value).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        let mut ctx = Ctx::new("assessment");
        let answer = read_answer(&mut ctx, &value, "");
        match answer {
            Some(a) if !ctx.has_errors() => Ok(a),
            _ => Err(serde::de::Error::custom(Error::Assessment(
                crate::error::errors_only(ctx.diags),
            ))),
        }
    }
}

const ASSESSMENT_FIELDS: &[&str] = &[
    "framework",
    "unit",
    "period",
    "respondent",
    "default_target",
    "answers",
];
const ANSWER_FIELDS: &[&str] = &["level", "evidence", "justification", "confidence", "target"];

impl Assessment {
    /// Reads an assessment from JSON text, reporting every problem in its structure.
    ///
    /// This checks the document on its own (types, shapes); [`crate::Framework::validate`]
    /// also checks it against a framework (known indicators, levels in range).
    ///
    /// ```
    /// let err = lhs_maturity::Assessment::from_json(r#"{"answers": {"a.b.c": 2.5, "a.b.d": "2"}}"#).unwrap_err();
    /// assert_eq!(err.details().len(), 2);
    /// assert_eq!(err.details()[0].path, "/answers/a.b.c");
    /// ```
    pub fn from_json(text: &str) -> Result<Assessment, Error> {
        if let Some(a) = read_fast(text) {
            return Ok(a);
        }
        let value = json::parse_text(text, "assessment")?;
        Self::from_value(&value)
    }

    /// Reads an assessment from a parsed JSON value.
    ///
    /// ```
    /// let v = serde_json::json!({"answers": {"inst.info.routine_data": 2}});
    /// assert_eq!(lhs_maturity::Assessment::from_value(&v).unwrap().answers.len(), 1);
    /// ```
    pub fn from_value(value: &Value) -> Result<Assessment, Error> {
        let (a, diags) = read_assessment(value);
        match a {
            Some(a) if !diags.iter().any(Diagnostic::is_error) => Ok(a),
            _ => Err(Error::Assessment(crate::error::errors_only(diags))),
        }
    }

    /// Reads an assessment file (JSON).
    ///
    /// ```
    /// let err = lhs_maturity::Assessment::from_path("missing.json").unwrap_err();
    /// assert_eq!(err.code(), "assessment.unreadable");
    /// ```
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Assessment, Error> {
        let text = crate::read_file(path.as_ref(), "assessment")?;
        Self::from_json(&text)
    }

    /// The assessment as pretty-printed JSON.
    ///
    /// ```
    /// let a = lhs_maturity::Assessment::from_json(r#"{"answers": {"x.y.z": "na"}}"#).unwrap();
    /// assert!(a.to_json().contains("\"x.y.z\": \"na\""));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Reads an assessment leniently: answers with problems are left out of the result and
/// reported, so that a framework check can still run on the rest.
pub(crate) fn read_assessment(value: &Value) -> (Option<Assessment>, Vec<Diagnostic>) {
    let mut ctx = Ctx::new("assessment");
    let a = read(&mut ctx, value);
    json::sort_by_document_order(value, &mut ctx.diags);
    (a, ctx.diags)
}

fn read(ctx: &mut Ctx, value: &Value) -> Option<Assessment> {
    let mut o = Obj::new(ctx, value, "", "an assessment")?;
    let framework = o.get("framework").and_then(|v| {
        let path = o.child("framework");
        let mut fo = Obj::new(ctx, v, &path, "a framework reference")?;
        let id = fo.string(ctx, "id", true);
        let version = fo.string(ctx, "version", false);
        let extra = keep_unknown(&fo);
        Some(FrameworkRef {
            id: id?,
            version,
            extra,
        })
    });
    let unit = o.get("unit").and_then(|v| {
        let mut uo = Obj::new(ctx, v, &o.child("unit"), "a unit")?;
        let id = uo.string(ctx, "id", false);
        let name = uo.string(ctx, "name", false);
        let kind = uo.string(ctx, "kind", false);
        Some(Unit {
            id,
            name,
            kind,
            extra: keep_unknown(&uo),
        })
    });
    let period = o.string(ctx, "period", false);
    let respondent = o.get("respondent").and_then(|v| {
        let mut ro = Obj::new(ctx, v, &o.child("respondent"), "a respondent")?;
        let id = ro.string(ctx, "id", false);
        let name = ro.string(ctx, "name", false);
        let role = ro.string(ctx, "role", false);
        Some(Respondent {
            id,
            name,
            role,
            extra: keep_unknown(&ro),
        })
    });
    let default_target = o
        .get("default_target")
        .and_then(|v| read_level_number(ctx, v, &o.child("default_target"), "target"));
    let mut answers = BTreeMap::new();
    match o.get("answers") {
        None => {
            ctx.error("missing_field", "", "the required field `answers` is missing")
                .set_help("add `\"answers\": {}` with one entry per indicator, e.g. {\"inst.info.routine_data\": 2}");
        }
        Some(Value::Object(map)) => {
            let apath = o.child("answers");
            for (id, v) in map {
                let p = child_path(&apath, id);
                if let Some(a) = read_answer(ctx, v, &p) {
                    answers.insert(id.clone(), a);
                }
            }
        }
        Some(other) => {
            ctx.wrong_type(
                "/answers",
                "an object mapping indicator ids to answers",
                other,
            );
            if other.is_array() {
                if let Some(d) = ctx.diags.last_mut() {
                    d.set_help("write answers as {\"inst.info.routine_data\": 2, ...}, keyed by indicator id");
                }
            }
        }
    }
    // The record of how a pooled assessment was made (see `analysis::pool`): kept as is, and
    // known, so not warned about.
    let pooling = o.get("pooling").cloned();
    warn_unknown(ctx, &o, ASSESSMENT_FIELDS);
    let mut extra = keep_unknown(&o);
    if let Some(p) = pooling {
        extra.insert("pooling".to_owned(), p);
    }
    Some(Assessment {
        framework,
        unit,
        period,
        respondent,
        default_target,
        answers,
        extra,
    })
}

fn keep_unknown(o: &Obj<'_>) -> Map<String, Value> {
    o.unused().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn warn_unknown(ctx: &mut Ctx, o: &Obj<'_>, known: &[&str]) {
    // Fields starting with `$` (`$schema`, `$comment`, a template's `$levels`) are annotations:
    // kept like any unknown field, but not warned about.
    for (k, _) in o.unused().filter(|(k, _)| !k.starts_with('$')) {
        let d = ctx.warning(
            "unknown_field",
            o.child(k),
            format!("the field `{k}` is not part of the assessment format; it is kept as is"),
        );
        if let Some(c) = closest(k, known.iter().copied()) {
            d.set_help(format!("did you mean `{c}`?"));
        }
    }
}

fn read_level_number(ctx: &mut Ctx, v: &Value, path: &str, what: &str) -> Option<u32> {
    let code = if what == "target" {
        "invalid_target"
    } else {
        "invalid_level"
    };
    match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                return u32::try_from(u).ok().or_else(|| {
                    ctx.error(code, path, format!("the {what} {u} is far too large"));
                    None
                });
            }
            if let Some(f) = n.as_f64() {
                if f.fract() == 0.0 && f >= 0.0 && f <= f64::from(u32::MAX) {
                    return Some(f as u32);
                }
                let msg = if f < 0.0 {
                    format!("the {what} {n} is negative")
                } else if f.fract() == 0.0 {
                    format!("the {what} {n} is far too large")
                } else {
                    format!("the {what} {n} is not a whole number")
                };
                ctx.error(code, path, msg)
                    .set_help("levels are whole numbers of the scale, e.g. 0, 1, 2, 3 or 4");
            }
            None
        }
        Value::String(s) => {
            let d = ctx.error(
                code,
                path,
                format!("the {what} is the text `{s}`, not a number"),
            );
            if s.trim().parse::<u32>().is_ok() {
                d.set_help(format!("write the number without quotes: {}", s.trim()));
            } else if what == "level" {
                d.set_help(
                    "use a level number, \"na\" (not applicable) or \"unknown\" (nobody knew)",
                );
            } else {
                d.set_help("use a level number");
            }
            None
        }
        other => {
            ctx.error(
                code,
                path,
                format!(
                    "the {what} must be a whole number, found {}",
                    type_name(other)
                ),
            );
            None
        }
    }
}

/// Reads a rating given as a JSON value (a level, `"na"`, `"unknown"`, `null`) outside an
/// assessment document; problems are reported with `input.*` codes at `path`.
pub(crate) fn rating_from_value(v: &Value, path: &str) -> Result<Option<Rating>, Vec<Diagnostic>> {
    let mut ctx = Ctx::new("input");
    match read_rating(&mut ctx, v, path) {
        Some(r) if !ctx.has_errors() => Ok(r),
        _ => Err(ctx.diags),
    }
}

fn read_rating(ctx: &mut Ctx, v: &Value, path: &str) -> Option<Option<Rating>> {
    match v {
        Value::Null => Some(None),
        Value::String(s) if s == "na" => Some(Some(Rating::NotApplicable)),
        Value::String(s) if s == "unknown" => Some(Some(Rating::Unknown)),
        Value::String(s)
            if matches!(
                s.trim().to_ascii_lowercase().as_str(),
                "n/a" | "na" | "unknown" | "not applicable" | "dk" | "don't know"
            ) =>
        {
            let canonical = if s.trim().to_ascii_lowercase().starts_with('n') {
                "na"
            } else {
                "unknown"
            };
            ctx.error(
                "invalid_level",
                path,
                format!("`{s}` is not a recognised answer"),
            )
            .set_help(format!("write it exactly as \"{canonical}\""));
            None
        }
        _ => read_level_number(ctx, v, path, "level").map(|l| Some(Rating::Level(l))),
    }
}

fn read_answer(ctx: &mut Ctx, v: &Value, path: &str) -> Option<Answer> {
    match v {
        Value::Object(_) => {
            let mut o = Obj::new(ctx, v, path, "an answer")?;
            let mut ok = true;
            let rating = match o.get("level") {
                None => None,
                Some(lv) => match read_rating(ctx, lv, &o.child("level")) {
                    Some(r) => r,
                    None => {
                        ok = false;
                        None
                    }
                },
            };
            let evidence = o.string(ctx, "evidence", false);
            let justification = o.string(ctx, "justification", false);
            let confidence = match o.get("confidence") {
                None => None,
                Some(Value::String(s)) if s == "low" => Some(Confidence::Low),
                Some(Value::String(s)) if s == "medium" => Some(Confidence::Medium),
                Some(Value::String(s)) if s == "high" => Some(Confidence::High),
                Some(other) => {
                    let shown = other
                        .as_str()
                        .map_or_else(|| other.to_string(), str::to_owned);
                    ctx.error(
                        "invalid_confidence",
                        o.child("confidence"),
                        format!("`{shown}` is not a confidence"),
                    )
                    .set_help("use `low`, `medium` or `high`");
                    ok = false;
                    None
                }
            };
            let target = match o.get("target") {
                None => None,
                Some(tv) => {
                    let t = read_level_number(ctx, tv, &o.child("target"), "target");
                    ok &= t.is_some();
                    t
                }
            };
            warn_unknown(ctx, &o, ANSWER_FIELDS);
            let answer = Answer {
                rating,
                evidence: evidence.map(ArcStr::from),
                justification: justification.map(ArcStr::from),
                confidence,
                target,
                extra: keep_unknown(&o),
                object_form: true,
            };
            ok.then_some(answer)
        }
        _ => read_rating(ctx, v, path).map(|rating| Answer {
            rating,
            ..Answer::default()
        }),
    }
}
