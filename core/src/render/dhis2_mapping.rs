//! The mapping between a framework and a DHIS2 instance: which data element holds the score,
//! level and coverage of each node, and which organisation unit each assessed unit is.

use crate::error::{pointer_token, Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::render::dhis2::is_dhis2_uid;
use crate::render::xlsform_units::FormUnit;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The version of the mapping format.
pub const DHIS2_MAPPING_VERSION: &str = "1.0";

/// What is sent to DHIS2 for a node: its score, its level, its coverage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dhis2Measure {
    /// The score on the scale (value type `NUMBER`).
    Score,
    /// The level, an option of the levels' option set (value type `INTEGER_ZERO_OR_POSITIVE`).
    Level,
    /// The coverage × 100, a whole number (value type `PERCENTAGE`).
    Coverage,
}

impl Dhis2Measure {
    /// The three measures, in the order they are written.
    pub const ALL: [Dhis2Measure; 3] = [
        Dhis2Measure::Score,
        Dhis2Measure::Level,
        Dhis2Measure::Coverage,
    ];

    /// Its name in mappings and codes: `score`, `level` or `coverage`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dhis2Measure::Score => "score",
            Dhis2Measure::Level => "level",
            Dhis2Measure::Coverage => "coverage",
        }
    }
}

/// The data elements of one node (or of the overall score), by measure; a measure without one
/// cannot be exported.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Dhis2Elements {
    /// The data element of the score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<String>,
    /// The data element of the level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The data element of the coverage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage: Option<String>,
}

impl Dhis2Elements {
    /// The data element of a measure, if any.
    pub fn get(&self, measure: Dhis2Measure) -> Option<&str> {
        match measure {
            Dhis2Measure::Score => self.score.as_deref(),
            Dhis2Measure::Level => self.level.as_deref(),
            Dhis2Measure::Coverage => self.coverage.as_deref(),
        }
    }

    pub(crate) fn set(&mut self, measure: Dhis2Measure, uid: String) {
        match measure {
            Dhis2Measure::Score => self.score = Some(uid),
            Dhis2Measure::Level => self.level = Some(uid),
            Dhis2Measure::Coverage => self.coverage = Some(uid),
        }
    }
}

/// Where the scores of a framework go in a DHIS2 instance: the data set, the data element of
/// each node's score, level and coverage, and the organisation unit of each assessed unit
/// (`spec/dhis2/mapping.json` is an example). Generate it with
/// [`crate::Framework::dhis2_mapping`] or [`crate::Framework::dhis2_mapping_from_metadata`]; read
/// it with [`Dhis2Mapping::read_json`].
///
/// ```
/// use lhs_maturity::{Dhis2Mapping, Dhis2Measure};
/// let m = Dhis2Mapping::read_json(r#"{"framework": "lhs-2021",
///     "overall": {"score": "Abcdefghij1"}, "org_units": {"kis-east": "fXy12AbCdE3"}}"#).unwrap();
/// assert_eq!(m.overall.get(Dhis2Measure::Score), Some("Abcdefghij1"));
/// let e = Dhis2Mapping::read_json(r#"{"framework": "lhs-2021", "org_units": {"kis-east": "1bad"}}"#).unwrap_err();
/// assert_eq!((e.code(), e.path()), ("dhis2.invalid_mapping", "/org_units/kis-east"));
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "Dhis2Mapping",
    description = "Where the scores of a framework go in a DHIS2 instance (lhs-maturity)."
)]
pub struct Dhis2Mapping {
    /// The version of the mapping format (`1.0`).
    #[serde(default = "mapping_version")]
    pub schema_version: String,
    /// The id of the framework whose scores are mapped (`lhs-2021`).
    pub framework: String,
    /// The data set the values belong to (the `dataSet` of the payload), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_set: Option<String>,
    /// The category option combination of every value; none: DHIS2's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_option_combo: Option<String>,
    /// The attribute option combination of every value; none: DHIS2's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_option_combo: Option<String>,
    /// The data elements of the overall score.
    #[serde(default)]
    pub overall: Dhis2Elements,
    /// The data elements of each node (domain, sub-domain), by node id.
    #[serde(default)]
    pub nodes: BTreeMap<String, Dhis2Elements>,
    /// The organisation unit of each unit, by unit id (the reports' `unit.id`).
    #[serde(default)]
    pub org_units: BTreeMap<String, String>,
}

fn mapping_version() -> String {
    DHIS2_MAPPING_VERSION.to_owned()
}

fn problem(path: String, problem: &str, args: &[(&str, DiagArg)]) -> Diagnostic {
    let mut all = vec![("problem", DiagArg::from(problem))];
    all.extend(args.iter().cloned());
    i18n::diagnostic(Severity::Error, "dhis2.invalid_mapping", path, &all)
}

/// Reads the mapping's fields, every problem collected at its JSON Pointer.
struct Reader {
    errors: Vec<Diagnostic>,
}

impl Reader {
    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let o = v.as_object();
        if o.is_none() {
            let e = problem(path.to_owned(), "type", &[("expected", "object".into())]);
            self.errors.push(e);
        }
        o
    }

    fn text(&mut self, v: &Value, path: &str) -> Option<String> {
        match v.as_str() {
            Some(s) => Some(s.trim().to_owned()),
            None => {
                let e = problem(path.to_owned(), "type", &[("expected", "text".into())]);
                self.errors.push(e);
                None
            }
        }
    }

    fn uid(&mut self, v: &Value, path: &str) -> Option<String> {
        let s = self.text(v, path)?;
        if is_dhis2_uid(&s) {
            Some(s)
        } else {
            self.errors
                .push(problem(path.to_owned(), "uid", &[("value", s.into())]));
            None
        }
    }

    fn elements(&mut self, v: &Value, path: &str) -> Dhis2Elements {
        let mut out = Dhis2Elements::default();
        let Some(o) = self.object(v, path) else {
            return out;
        };
        for (k, x) in o {
            let at = format!("{path}/{}", pointer_token(k));
            match Dhis2Measure::ALL.into_iter().find(|m| m.as_str() == k) {
                Some(m) => {
                    if let Some(uid) = self.uid(x, &at) {
                        out.set(m, uid);
                    }
                }
                None => self.errors.push(problem(
                    at,
                    "unknown_field",
                    &[("field", k.as_str().into())],
                )),
            }
        }
        out
    }
}

impl Dhis2Mapping {
    /// Reads a mapping (JSON). Every problem is a `dhis2.invalid_mapping` at its JSON Pointer,
    /// its `problem` saying which: `json` (not JSON), `type` (not an object or not a text),
    /// `unknown_field`, `missing_field` (`framework`) or `uid` (not a DHIS2 UID: 11 letters and
    /// digits, a letter first).
    pub fn read_json(text: &str) -> Result<Dhis2Mapping, Error> {
        let text = crate::read::file::strip_bom(text);
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::Input(vec![problem(
                String::new(),
                "json",
                &[("detail", e.to_string().into())],
            )])
        })?;
        Dhis2Mapping::from_value(&value)
    }

    /// Reads a mapping from a JSON value, as [`Dhis2Mapping::read_json`] does.
    pub fn from_value(value: &Value) -> Result<Dhis2Mapping, Error> {
        let mut r = Reader { errors: Vec::new() };
        let mut m = Dhis2Mapping {
            schema_version: DHIS2_MAPPING_VERSION.to_owned(),
            ..Dhis2Mapping::default()
        };
        let Some(root) = r.object(value, "") else {
            return Err(Error::Input(r.errors));
        };
        for (k, v) in root {
            let at = format!("/{}", pointer_token(k));
            match k.as_str() {
                "schema_version" => {
                    if let Some(s) = r.text(v, &at) {
                        m.schema_version = s;
                    }
                }
                "framework" => m.framework = r.text(v, &at).unwrap_or_default(),
                "data_set" => m.data_set = r.uid(v, &at),
                "category_option_combo" => m.category_option_combo = r.uid(v, &at),
                "attribute_option_combo" => m.attribute_option_combo = r.uid(v, &at),
                "overall" => m.overall = r.elements(v, &at),
                "nodes" => {
                    if let Some(o) = r.object(v, &at) {
                        for (id, x) in o {
                            let e = r.elements(x, &format!("{at}/{}", pointer_token(id)));
                            m.nodes.insert(id.clone(), e);
                        }
                    }
                }
                "org_units" => {
                    if let Some(o) = r.object(v, &at) {
                        for (id, x) in o {
                            if let Some(uid) = r.uid(x, &format!("{at}/{}", pointer_token(id))) {
                                m.org_units.insert(id.clone(), uid);
                            }
                        }
                    }
                }
                _ => r.errors.push(problem(
                    at,
                    "unknown_field",
                    &[("field", k.as_str().into())],
                )),
            }
        }
        if !root.contains_key("framework") {
            let e = problem(
                "/framework".to_owned(),
                "missing_field",
                &[("field", "framework".into())],
            );
            r.errors.push(e);
        }
        if r.errors.is_empty() {
            Ok(m)
        } else {
            Err(Error::Input(r.errors))
        }
    }

    /// The mapping as pretty JSON, with a final line break (what [`Dhis2Mapping::read_json`]
    /// reads back).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The mapping with the organisation units of a units list added (its `org_unit` column;
    /// a unit already mapped takes the list's). A unit whose `org_unit` is not a DHIS2 UID is a
    /// `dhis2.invalid_mapping` (`uid`) at `/org_units/<unit id>`.
    ///
    /// ```
    /// use lhs_maturity::{Dhis2Mapping, FormUnit};
    /// let units = FormUnit::read_csv("id,name,kind,org_unit\nkis-east,Kisumu East,district,fXy12AbCdE3\n").unwrap();
    /// let m = Dhis2Mapping::default().with_units(&units).unwrap();
    /// assert_eq!(m.org_units["kis-east"], "fXy12AbCdE3");
    /// ```
    pub fn with_units(mut self, units: &[FormUnit]) -> Result<Dhis2Mapping, Error> {
        let mut errors = Vec::new();
        for u in units {
            let Some(o) = &u.org_unit else { continue };
            if is_dhis2_uid(o) {
                self.org_units.insert(u.id.clone(), o.clone());
            } else {
                errors.push(problem(
                    format!("/org_units/{}", pointer_token(&u.id)),
                    "uid",
                    &[("value", o.as_str().into())],
                ));
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(Error::Input(errors))
        }
    }
}
