//! DHIS2 aggregate data (`lhs-maturity export dhis2` and `export dhis2-metadata`): the scores of
//! reports as a `dataValueSet` (JSON or CSV), the metadata package a DHIS2 administrator
//! imports once (data elements, a data set, an option set of the levels), and the stable UIDs
//! and period ids both use.

use crate::error::{pointer_token, Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::compiled::Framework;
use crate::model::framework::{Node, NodeContent};
use crate::render::dhis2_mapping::{
    Dhis2Elements, Dhis2Mapping, Dhis2Measure, DHIS2_MAPPING_VERSION,
};
use crate::render::template::CsvOut;
use crate::render::xlsform_units::FormUnit;
use crate::score::report::{NodeResult, Report, ScoreSummary};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

// ---------------------------------------------------------------------------------------------
// UIDs
// ---------------------------------------------------------------------------------------------

/// FNV-1a, 128 bits (offset basis and prime of the FNV reference, draft-eastlake-fnv).
fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    bytes
        .iter()
        .fold(OFFSET, |h, b| (h ^ u128::from(*b)).wrapping_mul(PRIME))
}

const LETTERS: &[u8; 52] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ALPHANUMERICS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The character at `n % alphabet.len()` of an alphabet, and `n / alphabet.len()`.
fn digit(n: u128, alphabet: &[u8]) -> (char, u128) {
    let base = alphabet.len() as u128;
    let i = usize::try_from(n % base).unwrap_or(0);
    (
        char::from(alphabet.get(i).copied().unwrap_or(b'A')),
        n / base,
    )
}

/// A DHIS2 UID derived from a text: 11 characters from `A-Za-z0-9`, a letter first (DHIS2's
/// rule, `^[a-zA-Z][a-zA-Z0-9]{10}$`). The text is hashed with FNV-1a 128 (over its UTF-8
/// bytes); the hash, read as a number, gives the first character in base 52 (`A–Z`, `a–z`)
/// and the ten others in base 62 (`0–9`, `A–Z`, `a–z`), lowest digits first. The same text
/// gives the same UID in every build and on every platform.
///
/// The metadata package seeds it with `lhs-maturity/dataElement/<framework>/<node>/<measure>`
/// (the node empty for the overall score), `lhs-maturity/dataSet/<framework>`,
/// `lhs-maturity/optionSet/<framework>/levels` and `lhs-maturity/option/<framework>/levels/<n>`:
/// the framework id and the node id, never the version, so a node keeps its data elements from
/// one version of the framework to the next and the time series do not break.
///
/// ```
/// use lhs_maturity::{dhis2_uid, is_dhis2_uid};
/// let uid = dhis2_uid("lhs-maturity/dataElement/lhs-2021/inst.info/score");
/// assert!(is_dhis2_uid(&uid));
/// assert_eq!(uid, dhis2_uid("lhs-maturity/dataElement/lhs-2021/inst.info/score"));
/// ```
pub fn dhis2_uid(seed: &str) -> String {
    let (first, mut n) = digit(fnv1a_128(seed.as_bytes()), LETTERS);
    let mut out = String::with_capacity(11);
    out.push(first);
    for _ in 0..10 {
        let (c, rest) = digit(n, ALPHANUMERICS);
        out.push(c);
        n = rest;
    }
    out
}

/// Whether a text is a DHIS2 UID: 11 ASCII letters and digits, a letter first.
///
/// ```
/// assert!(lhs_maturity::is_dhis2_uid("fXy12AbCdE3"));
/// assert!(!lhs_maturity::is_dhis2_uid("1Xy12AbCdE3"));
/// assert!(!lhs_maturity::is_dhis2_uid("fXy12AbCdE"));
/// ```
pub fn is_dhis2_uid(text: &str) -> bool {
    text.len() == 11
        && text.bytes().all(|b| b.is_ascii_alphanumeric())
        && text.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

fn uid_of(parts: &[&str]) -> String {
    dhis2_uid(&format!("lhs-maturity/{}", parts.join("/")))
}

// ---------------------------------------------------------------------------------------------
// periods
// ---------------------------------------------------------------------------------------------

fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day of the week of 1 January (0 Sunday … 6 Saturday), by Zeller's congruence for the
/// Gregorian calendar.
fn january_first(year: u32) -> u32 {
    // 1 January is day 13 of month 13 of the year before.
    let y = year - 1;
    let (k, j) = (y % 100, y / 100);
    let h = (1 + (13 * 14) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; // 0 Saturday
    (h + 6) % 7
}

/// The number of ISO weeks of a year: 53 when it starts on a Thursday, or on a Wednesday in a
/// leap year; else 52.
fn iso_weeks(year: u32) -> u32 {
    match january_first(year) {
        4 => 53,
        3 if is_leap(year) => 53,
        _ => 52,
    }
}

/// A number of 1 or 2 ASCII digits (exactly `width` when given).
fn small(text: &str, width: Option<usize>) -> Option<u32> {
    let ok = text.bytes().all(|b| b.is_ascii_digit())
        && match width {
            Some(w) => text.len() == w,
            None => (1..=2).contains(&text.len()),
        };
    ok.then(|| text.parse().ok()).flatten()
}

/// The DHIS2 period id of a period as assessments write it, or `None` when it has none.
///
/// | Period given | DHIS2 period id | DHIS2 period type |
/// |---|---|---|
/// | `2026` | `2026` | Yearly |
/// | `2026-S1`, `2026S1` | `2026S1` | SixMonthly |
/// | `2026-Q3`, `2026Q3` | `2026Q3` | Quarterly |
/// | `2026-09`, `202609` | `202609` | Monthly |
/// | `2026-W05`, `2026W5` (ISO week, Monday first) | `2026W5` | Weekly |
/// | `2026-09-30`, `20260930` | `20260930` | Daily |
///
/// Letters may be lower case and the text is trimmed. Anything else is refused: a number out
/// of range (`2026-Q5`, `2026-13`, `2026-02-30`, a week 53 in a year of 52 ISO weeks), a
/// financial year or a range (`2025/26`, `FY2026`), a half written `H1`, a year that is not
/// four digits.
///
/// ```
/// use lhs_maturity::dhis2_period;
/// assert_eq!(dhis2_period("2026-Q3").as_deref(), Some("2026Q3"));
/// assert_eq!(dhis2_period("2026").as_deref(), Some("2026"));
/// assert_eq!(dhis2_period("2026-09").as_deref(), Some("202609"));
/// assert_eq!(dhis2_period("2026-w05").as_deref(), Some("2026W5"));
/// assert_eq!(dhis2_period("2026-09-30").as_deref(), Some("20260930"));
/// assert_eq!(dhis2_period("2025/26"), None);
/// assert_eq!(dhis2_period("2026-Q5"), None);
/// ```
pub fn dhis2_period(period: &str) -> Option<String> {
    let p = period.trim().to_ascii_uppercase();
    let (year, rest) = p.split_at_checked(4)?;
    if !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = year.parse().ok()?;
    if rest.is_empty() {
        return Some(year.to_owned());
    }
    let (dashed, rest) = match rest.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    if let Some(n) = rest.strip_prefix('S') {
        let n = small(n, Some(1)).filter(|n| (1..=2).contains(n))?;
        return Some(format!("{year}S{n}"));
    }
    if let Some(n) = rest.strip_prefix('Q') {
        let n = small(n, Some(1)).filter(|n| (1..=4).contains(n))?;
        return Some(format!("{year}Q{n}"));
    }
    if let Some(n) = rest.strip_prefix('W') {
        let n = small(n, None).filter(|n| (1..=iso_weeks(y)).contains(n))?;
        return Some(format!("{year}W{n}"));
    }
    let (month, day) = match (dashed, rest.len()) {
        (_, 2) => (rest, None),
        (true, 5) => {
            let (m, d) = rest.split_at_checked(2)?;
            (m, Some(d.strip_prefix('-')?))
        }
        (false, 4) => {
            let (m, d) = rest.split_at_checked(2)?;
            (m, Some(d))
        }
        _ => return None,
    };
    let m = small(month, Some(2)).filter(|m| (1..=12).contains(m))?;
    match day {
        None => Some(format!("{year}{m:02}")),
        Some(d) => {
            let d = small(d, Some(2)).filter(|d| (1..=days_in_month(y, m)).contains(d))?;
            Some(format!("{year}{m:02}{d:02}"))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// the metadata package
// ---------------------------------------------------------------------------------------------

/// DHIS2's period types, as its metadata writes them.
pub const DHIS2_PERIOD_TYPES: [&str; 18] = [
    "Daily",
    "Weekly",
    "WeeklyWednesday",
    "WeeklyThursday",
    "WeeklySaturday",
    "WeeklySunday",
    "BiWeekly",
    "Monthly",
    "BiMonthly",
    "Quarterly",
    "SixMonthly",
    "SixMonthlyApril",
    "SixMonthlyNov",
    "Yearly",
    "FinancialApril",
    "FinancialJuly",
    "FinancialOct",
    "FinancialNov",
];

/// The longest `code` and `shortName` DHIS2 takes.
pub const DHIS2_MAX_CODE: usize = 50;
/// The longest `name` DHIS2 takes.
pub const DHIS2_MAX_NAME: usize = 230;

/// The options of the metadata package and of the mapping generated from it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dhis2MetadataOptions {
    /// The data set's period type, one of [`DHIS2_PERIOD_TYPES`] (any case); empty: `Yearly`.
    pub period_type: String,
    /// The start of every code (letters, digits and `_`, at most 20); empty: the framework id
    /// in capitals with `_` for other characters (`LHS_2021`).
    pub code_prefix: String,
    /// The language of the names (one of the framework's); empty or another: English.
    pub language: String,
    /// The units: the data set is assigned to their organisation units (`org_unit`), and the
    /// mapping maps them.
    pub units: Vec<FormUnit>,
}

fn option_problem(path: &str, option: &str, value: &str) -> Diagnostic {
    i18n::diagnostic(
        Severity::Error,
        "dhis2.invalid_option",
        path,
        &[("option", option.into()), ("value", value.into())],
    )
}

/// What the metadata and the mapping are made of: the options checked, the prefix and the
/// period type settled.
struct Plan<'f> {
    fw: &'f Framework,
    prefix: String,
    period_type: &'static str,
    language: String,
    org_units: Vec<String>,
}

/// A code or short name of at most 50 characters: as it is when short enough, else cut and
/// ended by `_` and the UID of the whole, so that two long ones stay apart.
fn fit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let uid = dhis2_uid(text);
    let head: String = text.chars().take(max - uid.len() - 1).collect();
    format!("{head}_{uid}")
}

/// A name cut to [`DHIS2_MAX_NAME`] characters.
fn cut(text: &str) -> String {
    text.chars().take(DHIS2_MAX_NAME).collect()
}

impl<'f> Plan<'f> {
    fn new(fw: &'f Framework, o: &Dhis2MetadataOptions) -> Result<Self, Error> {
        let mut errors = Vec::new();
        let wanted = o.period_type.trim();
        let period_type = if wanted.is_empty() {
            Some("Yearly")
        } else {
            DHIS2_PERIOD_TYPES
                .iter()
                .copied()
                .find(|t| t.eq_ignore_ascii_case(wanted))
        };
        if period_type.is_none() {
            errors.push(option_problem("/period_type", "period_type", wanted));
        }
        let prefix = match o.code_prefix.trim() {
            "" => fw
                .id()
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_uppercase()
                    } else {
                        '_'
                    }
                })
                .take(20)
                .collect(),
            p => p.to_owned(),
        };
        let prefix_ok = !prefix.is_empty()
            && prefix.len() <= 20
            && prefix
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !prefix_ok {
            errors.push(option_problem("/code_prefix", "code_prefix", &prefix));
        }
        let mut org_units = Vec::new();
        for (i, u) in o.units.iter().enumerate() {
            match &u.org_unit {
                Some(ou) if !is_dhis2_uid(ou) => {
                    errors.push(option_problem(
                        &format!("/units/{i}/org_unit"),
                        "org_unit",
                        ou,
                    ));
                }
                Some(ou) if !org_units.contains(ou) => org_units.push(ou.clone()),
                _ => {}
            }
        }
        match period_type {
            Some(period_type) if errors.is_empty() => Ok(Plan {
                fw,
                prefix,
                period_type,
                language: o.language.trim().to_owned(),
                org_units,
            }),
            _ => Err(Error::Input(errors)),
        }
    }

    fn lang(&self) -> &str {
        if self.language.is_empty() {
            "en"
        } else {
            &self.language
        }
    }

    /// Every node (domains first, each followed by its sub-nodes), with `None` for the overall
    /// score first.
    fn nodes(&self) -> Vec<Option<&'f Node>> {
        fn walk<'a>(nodes: &'a [Node], out: &mut Vec<Option<&'a Node>>) {
            for n in nodes {
                out.push(Some(n));
                if let NodeContent::Children(c) = &n.content {
                    walk(c, out);
                }
            }
        }
        let mut out = vec![None];
        walk(&self.fw.spec().domains, &mut out);
        out
    }

    fn element_uid(&self, node: Option<&Node>, m: Dhis2Measure) -> String {
        let id = node.map_or("", |n| n.id.as_str());
        uid_of(&["dataElement", self.fw.id(), id, m.as_str()])
    }

    fn element_code(&self, node: Option<&Node>, m: Dhis2Measure) -> String {
        let id = node.map_or("OVERALL".to_owned(), |n| {
            n.id.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_uppercase()
                    } else {
                        '_'
                    }
                })
                .collect()
        });
        let measure = m.as_str().to_ascii_uppercase();
        fit(&format!("{}_{id}_{measure}", self.prefix), DHIS2_MAX_CODE)
    }

    fn data_set_uid(&self) -> String {
        uid_of(&["dataSet", self.fw.id()])
    }

    fn option_set_uid(&self) -> String {
        uid_of(&["optionSet", self.fw.id(), "levels"])
    }

    fn metadata(&self) -> Value {
        let fw = self.fw;
        let spec = fw.spec();
        let lang = self.lang();
        let title = spec.title.get(lang);
        let max = fw.max_level();
        let option_set = self.option_set_uid();
        let mut elements = Vec::new();
        for node in self.nodes() {
            let (id, name) = match node {
                Some(n) => (n.id.as_str(), n.name.get(lang).to_owned()),
                None => ("overall", title.to_owned()),
            };
            for m in Dhis2Measure::ALL {
                let uid = self.element_uid(node, m);
                let (value_type, aggregation, what) = match m {
                    Dhis2Measure::Score => (
                        "NUMBER",
                        "AVERAGE",
                        format!("maturity score (0 to {max}, the weighted mean of its parts)"),
                    ),
                    Dhis2Measure::Level => (
                        "INTEGER_ZERO_OR_POSITIVE",
                        "NONE",
                        format!("maturity level (0 to {max}, an option of the levels)"),
                    ),
                    Dhis2Measure::Coverage => (
                        "PERCENTAGE",
                        "AVERAGE",
                        "share of the applicable indicators rated, in percent".to_owned(),
                    ),
                };
                let mut de = json!({
                    "id": uid,
                    "name": cut(&format!("{} {id} {}: {name}", fw.id(), m.as_str())),
                    "shortName": fit(&format!("{} {id} {}", fw.id(), m.as_str()), DHIS2_MAX_CODE),
                    "code": self.element_code(node, m),
                    "formName": cut(&format!("{name} ({})", m.as_str())),
                    "description": format!("{}: the {what} of `{id}`, from lhs-maturity", fw.id()),
                    "valueType": value_type,
                    "aggregationType": aggregation,
                    "domainType": "AGGREGATE",
                    "zeroIsSignificant": true,
                });
                if m == Dhis2Measure::Level {
                    if let Some(o) = de.as_object_mut() {
                        o.insert("optionSet".to_owned(), json!({"id": option_set}));
                    }
                }
                elements.push(de);
            }
        }
        let options: Vec<Value> = spec
            .scale
            .levels
            .iter()
            .map(|l| {
                json!({
                    "id": uid_of(&["option", fw.id(), "levels", &l.level.to_string()]),
                    "name": cut(&format!("{} {}", l.level, l.name.get(lang))),
                    "code": l.level.to_string(),
                    "sortOrder": l.level + 1,
                    "optionSet": {"id": option_set},
                })
            })
            .collect();
        let option_refs: Vec<Value> = options.iter().map(|o| json!({"id": o.get("id")})).collect();
        let data_set = self.data_set_uid();
        let ds_elements: Vec<Value> = elements
            .iter()
            .map(|de| json!({"dataSet": {"id": data_set}, "dataElement": {"id": de.get("id")}}))
            .collect();
        let mut ds = json!({
            "id": data_set,
            "name": cut(&format!("{} ({})", title, fw.id())),
            "shortName": fit(&format!("{} maturity", fw.id()), DHIS2_MAX_CODE),
            "code": fit(&self.prefix, DHIS2_MAX_CODE),
            "periodType": self.period_type,
            "dataSetElements": ds_elements,
        });
        if !self.org_units.is_empty() {
            let ous: Vec<Value> = self.org_units.iter().map(|o| json!({"id": o})).collect();
            if let Some(o) = ds.as_object_mut() {
                o.insert("organisationUnits".to_owned(), Value::Array(ous));
            }
        }
        json!({
            "dataElements": elements,
            "optionSets": [{
                "id": option_set,
                "name": cut(&format!("{} levels", fw.id())),
                "code": fit(&format!("{}_LEVELS", self.prefix), DHIS2_MAX_CODE),
                "valueType": "INTEGER_ZERO_OR_POSITIVE",
                "options": option_refs,
            }],
            "options": options,
            "dataSets": [ds],
        })
    }

    fn mapping(&self, org_units: &[FormUnit]) -> Result<Dhis2Mapping, Error> {
        let mut m = Dhis2Mapping {
            schema_version: DHIS2_MAPPING_VERSION.to_owned(),
            framework: self.fw.id().to_owned(),
            data_set: Some(self.data_set_uid()),
            ..Dhis2Mapping::default()
        };
        for node in self.nodes() {
            let mut e = Dhis2Elements::default();
            for measure in Dhis2Measure::ALL {
                e.set(measure, self.element_uid(node, measure));
            }
            match node {
                Some(n) => {
                    m.nodes.insert(n.id.clone(), e);
                }
                None => m.overall = e,
            }
        }
        m.with_units(org_units)
    }
}

fn metadata_problem(path: String, problem: &str, args: &[(&str, DiagArg)]) -> Diagnostic {
    let mut all = vec![("problem", DiagArg::from(problem))];
    all.extend(args.iter().cloned());
    i18n::diagnostic(Severity::Error, "dhis2.invalid_metadata", path, &all)
}

/// The JSON Schema (draft-07) of a DHIS2 mapping (`spec/dhis2/mapping.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::dhis2_mapping_schema()["title"], "Dhis2Mapping");
/// ```
pub fn dhis2_mapping_schema() -> Value {
    let mut s = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<Dhis2Mapping>()
        .to_value();
    if let Value::Object(m) = &mut s {
        m.insert(
            "$id".to_owned(),
            Value::from("https://lhs-maturity.org/schema/dhis2-mapping.schema.json"),
        );
    }
    s
}

impl Framework {
    /// The metadata package of the framework for DHIS2 (`POST /api/metadata`), imported once
    /// by an administrator: a data element for the score, the level and the coverage of the
    /// overall score and of every node (domains, sub-domains), the levels as an option set,
    /// and a data set holding every data element (assigned to the units' organisation units).
    ///
    /// * Scores: value type `NUMBER`, aggregation `AVERAGE`; levels: `INTEGER_ZERO_OR_POSITIVE`
    ///   with the option set (option codes `0`, `1`…), aggregation `NONE`; coverage:
    ///   `PERCENTAGE` (a whole number, coverage × 100), aggregation `AVERAGE`. Never `SUM`: a
    ///   sum of maturity scores means nothing. Every element is `AGGREGATE`, keeps its zeros
    ///   (`zeroIsSignificant`) and uses the default category combination.
    /// * UIDs: [`dhis2_uid`] of the framework id and node id (not the version), so a node keeps
    ///   its UID across versions. Codes (`LHS_2021_INST_INFO_SCORE`) and short names
    ///   (`lhs-2021 inst.info score`) fit in 50 characters, names in 230 (a longer code or
    ///   short name is cut and ended by a hash, so it stays unique).
    ///
    /// Errors: `dhis2.invalid_option` at `/period_type` (not a DHIS2 period type),
    /// `/code_prefix` (not 1 to 20 letters, digits or `_`) or `/units/<i>/org_unit` (not a UID).
    ///
    /// ```
    /// use lhs_maturity::{Dhis2MetadataOptions, Framework};
    /// let fw = Framework::builtin();
    /// let m = fw.dhis2_metadata(&Dhis2MetadataOptions::default()).unwrap();
    /// let de = &m["dataElements"][0];
    /// assert_eq!((de["code"].as_str(), de["valueType"].as_str()), (Some("LHS_2021_OVERALL_SCORE"), Some("NUMBER")));
    /// assert_eq!(m["dataSets"][0]["periodType"], "Yearly");
    /// ```
    pub fn dhis2_metadata(&self, options: &Dhis2MetadataOptions) -> Result<Value, Error> {
        Ok(Plan::new(self, options)?.metadata())
    }

    /// The mapping of the framework to the metadata package [`Framework::dhis2_metadata`]
    /// makes with the same options (its UIDs, without reading the package), with the units'
    /// organisation units.
    ///
    /// ```
    /// use lhs_maturity::{Dhis2MetadataOptions, Dhis2Measure, Framework};
    /// let fw = Framework::builtin();
    /// let o = Dhis2MetadataOptions::default();
    /// let m = fw.dhis2_mapping(&o).unwrap();
    /// let meta = fw.dhis2_metadata(&o).unwrap();
    /// assert_eq!(m.overall.get(Dhis2Measure::Score), meta["dataElements"][0]["id"].as_str());
    /// ```
    pub fn dhis2_mapping(&self, options: &Dhis2MetadataOptions) -> Result<Dhis2Mapping, Error> {
        Plan::new(self, options)?.mapping(&options.units)
    }

    /// The mapping read from a metadata package (as [`Framework::dhis2_metadata`] made it, or
    /// as exported back from DHIS2 after import): each node's data elements found by their
    /// code, the data set by its code (or the only one). Use it when the instance's UIDs are
    /// not the derived ones (elements imported by code, or made by hand with these codes).
    ///
    /// Errors: `dhis2.invalid_metadata`, its `problem` saying which: `object` (the package is
    /// not a JSON object with `dataElements`), `data_element` (no data element has the code
    /// `$code`, at `/dataElements`), `uid` (an id that is not a DHIS2 UID, at its place), and
    /// the errors of the options.
    ///
    /// ```
    /// use lhs_maturity::{Dhis2MetadataOptions, Framework};
    /// let fw = Framework::builtin();
    /// let o = Dhis2MetadataOptions::default();
    /// let meta = fw.dhis2_metadata(&o).unwrap();
    /// assert_eq!(fw.dhis2_mapping_from_metadata(&meta, &o).unwrap(), fw.dhis2_mapping(&o).unwrap());
    /// let e = fw.dhis2_mapping_from_metadata(&serde_json::json!({"dataElements": []}), &o).unwrap_err();
    /// assert_eq!(e.code(), "dhis2.invalid_metadata");
    /// ```
    pub fn dhis2_mapping_from_metadata(
        &self,
        metadata: &Value,
        options: &Dhis2MetadataOptions,
    ) -> Result<Dhis2Mapping, Error> {
        let plan = Plan::new(self, options)?;
        let Some(elements) = metadata.get("dataElements").and_then(Value::as_array) else {
            let e = metadata_problem("/dataElements".to_owned(), "object", &[]);
            return Err(Error::Input(vec![e]));
        };
        let mut errors = Vec::new();
        let mut by_code = HashMap::new();
        for (i, de) in elements.iter().enumerate() {
            if let (Some(code), Some(id)) = (
                de.get("code").and_then(Value::as_str),
                de.get("id").and_then(Value::as_str),
            ) {
                if is_dhis2_uid(id) {
                    by_code.entry(code.to_owned()).or_insert(id.to_owned());
                } else {
                    let at = format!("/dataElements/{i}/id");
                    errors.push(metadata_problem(at, "uid", &[("value", id.into())]));
                }
            }
        }
        let mut m = Dhis2Mapping {
            schema_version: DHIS2_MAPPING_VERSION.to_owned(),
            framework: self.id().to_owned(),
            ..Dhis2Mapping::default()
        };
        for node in plan.nodes() {
            let mut e = Dhis2Elements::default();
            for measure in Dhis2Measure::ALL {
                let code = plan.element_code(node, measure);
                match by_code.get(&code) {
                    Some(id) => e.set(measure, id.clone()),
                    None => errors.push(metadata_problem(
                        "/dataElements".to_owned(),
                        "data_element",
                        &[
                            ("code", code.as_str().into()),
                            ("node", node.map_or("overall", |n| n.id.as_str()).into()),
                            ("measure", measure.as_str().into()),
                        ],
                    )),
                }
            }
            match node {
                Some(n) => {
                    m.nodes.insert(n.id.clone(), e);
                }
                None => m.overall = e,
            }
        }
        let sets = metadata
            .get("dataSets")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let code = fit(&plan.prefix, DHIS2_MAX_CODE);
        let set = sets
            .iter()
            .enumerate()
            .find(|(_, s)| s.get("code").and_then(Value::as_str) == Some(code.as_str()))
            .or(match sets {
                [one] => Some((0, one)),
                _ => None,
            });
        if let Some((i, s)) = set {
            match s.get("id").and_then(Value::as_str) {
                Some(id) if is_dhis2_uid(id) => m.data_set = Some(id.to_owned()),
                other => {
                    let at = format!("/dataSets/{i}/id");
                    let value = other.unwrap_or_default();
                    errors.push(metadata_problem(at, "uid", &[("value", value.into())]));
                }
            }
        }
        if !errors.is_empty() {
            return Err(Error::Input(errors));
        }
        m.with_units(&options.units)
    }

    /// [`Framework::dhis2_mapping_from_metadata`] of the JSON text of a metadata package; a
    /// text that is not JSON is a `dhis2.invalid_metadata` (`json`).
    ///
    /// ```
    /// use lhs_maturity::{Dhis2MetadataOptions, Framework};
    /// let e = Framework::builtin().dhis2_mapping_from_metadata_json("{", &Dhis2MetadataOptions::default()).unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("dhis2.invalid_metadata", ""));
    /// ```
    pub fn dhis2_mapping_from_metadata_json(
        &self,
        text: &str,
        options: &Dhis2MetadataOptions,
    ) -> Result<Dhis2Mapping, Error> {
        let text = crate::read::file::strip_bom(text);
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let detail = DiagArg::from(e.to_string());
            Error::Input(vec![metadata_problem(
                String::new(),
                "json",
                &[("detail", detail)],
            )])
        })?;
        self.dhis2_mapping_from_metadata(&value, options)
    }

    /// The scores of reports as a DHIS2 `dataValueSet`: for each report, the overall score and
    /// the score of every node (domains, sub-domains), with the levels and the coverage (× 100,
    /// a whole number) when the options ask for them, each as a value of the data element the
    /// mapping gives, for the organisation unit of the report's unit and the DHIS2 period of
    /// its period ([`dhis2_period`]). A score, level or coverage that is `null` is left out.
    ///
    /// Every problem is reported at once, at `/<report>/…`:
    /// * `dhis2.other_framework` at `/<i>/framework/id`: the report is not of the mapping's
    ///   framework;
    /// * `dhis2.unmapped_unit` at `/<i>/unit` (no unit id) or `/<i>/unit/id` (a unit the
    ///   mapping has no organisation unit for);
    /// * `dhis2.invalid_period` at `/<i>/period`: no period, or one with no DHIS2 period id;
    /// * `dhis2.duplicate_value` at `/<i>/period`: a second report for the same organisation
    ///   unit and period, which DHIS2 would write over the first (pool them first);
    /// * `dhis2.unmapped_node` at the node (`/<i>/overall`, `/<i>/domains/0/children/1`): a
    ///   node without a data element for a measure exported (once per node and measure).
    ///
    /// ```
    /// use lhs_maturity::{Dhis2MetadataOptions, Dhis2Options, Framework, FormUnit};
    /// let fw = Framework::builtin();
    /// let units = FormUnit::read_csv("id,name,kind,org_unit\nkis-east,Kisumu East,district,fXy12AbCdE3\n").unwrap();
    /// let mapping = fw.dhis2_mapping(&Dhis2MetadataOptions { units, ..Default::default() }).unwrap();
    /// let r = fw.score_json(r#"{"unit": {"id": "kis-east"}, "period": "2026-Q3",
    ///     "answers": {"inst.info.routine_data": 2, "inst.info.me_integration": 3}}"#).unwrap();
    /// let set = fw.dhis2_data_values(&[r], &mapping, &Dhis2Options::default()).unwrap();
    /// let v = &set.data_values[0];
    /// assert_eq!((v.period.as_str(), v.org_unit.as_str()), ("2026Q3", "fXy12AbCdE3"));
    /// assert!(set.to_csv().starts_with("dataelement,period,orgunit,"));
    /// ```
    pub fn dhis2_data_values(
        &self,
        reports: &[Report],
        mapping: &Dhis2Mapping,
        options: &Dhis2Options,
    ) -> Result<Dhis2DataValueSet, Error> {
        let measures: Vec<Dhis2Measure> = Dhis2Measure::ALL
            .into_iter()
            .filter(|m| match m {
                Dhis2Measure::Score => true,
                Dhis2Measure::Level => options.levels,
                Dhis2Measure::Coverage => options.coverage,
            })
            .collect();
        let mut errors = Vec::new();
        let mut values = Vec::new();
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        let mut unmapped: HashSet<(String, Dhis2Measure)> = HashSet::new();
        let empty = Dhis2Elements::default();
        for (i, r) in reports.iter().enumerate() {
            if r.framework.id != mapping.framework {
                errors.push(i18n::diagnostic(
                    Severity::Error,
                    "dhis2.other_framework",
                    format!("/{i}/framework/id"),
                    &[
                        ("number", (i + 1).into()),
                        ("framework", r.framework.id.as_str().into()),
                        ("expected", mapping.framework.as_str().into()),
                    ],
                ));
                continue;
            }
            let unit_id = r.unit.as_ref().and_then(|u| u.id.as_deref());
            let org_unit = org_unit_of(i, unit_id, mapping, &mut errors);
            let period = period_of(i, r.period.as_deref(), &mut errors);
            let nodes = nodes_of(r, mapping, &empty);
            for (path, id, _, e) in &nodes {
                for &m in &measures {
                    if e.get(m).is_none() && unmapped.insert(((*id).to_owned(), m)) {
                        errors.push(i18n::diagnostic(
                            Severity::Error,
                            "dhis2.unmapped_node",
                            format!("/{i}{path}"),
                            &[("node", (*id).into()), ("measure", m.as_str().into())],
                        ));
                    }
                }
            }
            let (Some(org_unit), Some(period)) = (org_unit, period) else {
                continue;
            };
            let key = (org_unit.clone(), period.clone());
            if let Some(first) = seen.get(&key) {
                errors.push(i18n::diagnostic(
                    Severity::Error,
                    "dhis2.duplicate_value",
                    format!("/{i}/period"),
                    &[
                        ("number", (i + 1).into()),
                        ("first", (first + 1).into()),
                        ("unit", unit_id.unwrap_or_default().into()),
                        ("org_unit", org_unit.as_str().into()),
                        ("period", period.as_str().into()),
                    ],
                ));
                continue;
            }
            seen.insert(key, i);
            for (_, _, s, e) in &nodes {
                for &m in &measures {
                    let (Some(de), Some(value)) = (e.get(m), value_of(s, m)) else {
                        continue;
                    };
                    values.push(Dhis2DataValue {
                        data_element: de.to_owned(),
                        period: period.clone(),
                        org_unit: org_unit.clone(),
                        category_option_combo: mapping.category_option_combo.clone(),
                        attribute_option_combo: mapping.attribute_option_combo.clone(),
                        value,
                        comment: None,
                    });
                }
            }
        }
        if !errors.is_empty() {
            return Err(Error::Input(errors));
        }
        Ok(Dhis2DataValueSet {
            data_set: mapping.data_set.clone(),
            data_values: values,
        })
    }
}

/// The organisation unit of report `i`'s unit, or its problem.
fn org_unit_of<'m>(
    i: usize,
    unit_id: Option<&str>,
    mapping: &'m Dhis2Mapping,
    errors: &mut Vec<Diagnostic>,
) -> Option<&'m String> {
    let Some(u) = unit_id else {
        errors.push(i18n::diagnostic(
            Severity::Error,
            "dhis2.unmapped_unit",
            format!("/{i}/unit"),
            &[("problem", "missing".into()), ("number", (i + 1).into())],
        ));
        return None;
    };
    let found = mapping.org_units.get(u);
    if found.is_none() {
        errors.push(i18n::diagnostic(
            Severity::Error,
            "dhis2.unmapped_unit",
            format!("/{i}/unit/id"),
            &[("problem", "unknown".into()), ("unit", u.into())],
        ));
    }
    found
}

/// The DHIS2 period of report `i`'s period, or its problem.
fn period_of(i: usize, period: Option<&str>, errors: &mut Vec<Diagnostic>) -> Option<String> {
    let Some(p) = period else {
        errors.push(i18n::diagnostic(
            Severity::Error,
            "dhis2.invalid_period",
            format!("/{i}/period"),
            &[("problem", "missing".into()), ("number", (i + 1).into())],
        ));
        return None;
    };
    let d = dhis2_period(p);
    if d.is_none() {
        errors.push(i18n::diagnostic(
            Severity::Error,
            "dhis2.invalid_period",
            format!("/{i}/period"),
            &[("problem", "format".into()), ("value", p.into())],
        ));
    }
    d
}

/// A node of a report: its path in the report, its id, its score and its data elements.
type ReportNode<'r> = (String, &'r str, &'r ScoreSummary, &'r Dhis2Elements);

/// The overall score and every node of a report, in framework order, with their data
/// elements (`empty` for a node the mapping lacks).
fn nodes_of<'r>(
    r: &'r Report,
    mapping: &'r Dhis2Mapping,
    empty: &'r Dhis2Elements,
) -> Vec<ReportNode<'r>> {
    fn walk<'r>(
        list: &'r [NodeResult],
        at: &str,
        mapping: &'r Dhis2Mapping,
        empty: &'r Dhis2Elements,
        out: &mut Vec<ReportNode<'r>>,
    ) {
        for (k, n) in list.iter().enumerate() {
            let path = format!("{at}/{k}");
            let e = mapping.nodes.get(n.id.as_str()).unwrap_or(empty);
            out.push((path.clone(), n.id.as_str(), &n.score, e));
            walk(
                &n.children,
                &format!("{path}/children"),
                mapping,
                empty,
                out,
            );
        }
    }
    let mut nodes = vec![(
        "/overall".to_owned(),
        "overall",
        &r.overall,
        &mapping.overall,
    )];
    walk(&r.domains, "/domains", mapping, empty, &mut nodes);
    nodes
}

/// A measure of a score as DHIS2 takes it: the score as computed (shortest exact decimal, never
/// an exponent), the level as a whole number, the coverage × 100 rounded to a whole number
/// (DHIS2's `PERCENTAGE`).
fn value_of(s: &ScoreSummary, m: Dhis2Measure) -> Option<String> {
    match m {
        Dhis2Measure::Score => s.score.filter(|x| x.is_finite()).map(|x| format!("{x}")),
        Dhis2Measure::Level => s.level.map(|l| l.to_string()),
        Dhis2Measure::Coverage => s
            .coverage
            .filter(|x| x.is_finite())
            .map(|c| format!("{}", (c * 100.0).round().clamp(0.0, 100.0))),
    }
}

/// What [`Framework::dhis2_data_values`] exports besides the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dhis2Options {
    /// The levels too.
    pub levels: bool,
    /// The coverages too (× 100, whole numbers).
    pub coverage: bool,
}

/// One DHIS2 data value (field names as DHIS2's `dataValueSet` writes them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dhis2DataValue {
    /// The data element's UID.
    pub data_element: String,
    /// The DHIS2 period id (`2026Q3`).
    pub period: String,
    /// The organisation unit's UID.
    pub org_unit: String,
    /// The category option combination's UID; none: the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_option_combo: Option<String>,
    /// The attribute option combination's UID; none: the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_option_combo: Option<String>,
    /// The value, as text.
    pub value: String,
    /// A comment, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// A DHIS2 `dataValueSet`: what `POST /api/dataValueSets` imports.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dhis2DataValueSet {
    /// The data set's UID, if the mapping gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_set: Option<String>,
    /// The values, report by report, each report's overall score first then its nodes in
    /// framework order, score, level and coverage.
    pub data_values: Vec<Dhis2DataValue>,
}

/// The header of the CSV form, in DHIS2's column order (its documentation's names).
pub const DHIS2_CSV_HEADER: [&str; 10] = [
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
];

impl Dhis2DataValueSet {
    /// The set as DHIS2's JSON (`{"dataSet": …, "dataValues": [{"dataElement", "period",
    /// "orgUnit", "value"}…]}`), pretty, with a final line break.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The set as DHIS2's CSV: a header, then one row per value with the ten columns DHIS2
    /// reads by position (data element, period, org unit, category option combo, attribute
    /// option combo, value, stored by, last updated, comment, follow up; empty ones left
    /// empty). No cell starts a spreadsheet formula. The data set is not in the CSV: DHIS2
    /// takes it as the `dataSet` import parameter.
    pub fn to_csv(&self) -> String {
        let mut csv = CsvOut::new(&DHIS2_CSV_HEADER);
        for v in &self.data_values {
            csv.texts([
                v.data_element.as_str(),
                &v.period,
                &v.org_unit,
                v.category_option_combo.as_deref().unwrap_or_default(),
                v.attribute_option_combo.as_deref().unwrap_or_default(),
                &v.value,
                "",
                "",
                v.comment.as_deref().unwrap_or_default(),
                "",
            ]);
            csv.end();
        }
        csv.finish()
    }

    /// Reads the CSV form back (columns by position, the header skipped, as DHIS2 reads it);
    /// the data set is the one given. A row without a data element, period, org unit or value
    /// is a `dhis2.invalid_csv` at `/rows/<row>/<column>` (rows from 0); a text that is not CSV,
    /// an `input.invalid_csv`.
    ///
    /// ```
    /// use lhs_maturity::Dhis2DataValueSet;
    /// let set = Dhis2DataValueSet::read_csv("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\nAbcdefghij1,2026Q3,fXy12AbCdE3,,,2.5\n", None).unwrap();
    /// assert_eq!(set.data_values[0].value, "2.5");
    /// assert_eq!(Dhis2DataValueSet::read_csv(&set.to_csv(), None).unwrap(), set);
    /// ```
    pub fn read_csv(text: &str, data_set: Option<&str>) -> Result<Dhis2DataValueSet, Error> {
        let text = crate::read::file::strip_bom(text);
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(text.as_bytes());
        let mut values = Vec::new();
        let mut errors = Vec::new();
        for (row, rec) in reader.records().enumerate() {
            let rec = rec.map_err(|e| {
                Error::Input(vec![i18n::diagnostic(
                    Severity::Error,
                    "input.invalid_csv",
                    format!("/rows/{row}"),
                    &[("detail", e.to_string().into())],
                )])
            })?;
            if rec.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let cell = |c: usize| {
                let s = rec.get(c).unwrap_or_default().trim();
                // The guard against formulas, undone.
                s.strip_prefix('\'')
                    .filter(|r| r.starts_with(['=', '+', '-', '@']))
                    .unwrap_or(s)
                    .to_owned()
            };
            let opt = |c: usize| Some(cell(c)).filter(|s| !s.is_empty());
            let line = rec.position().map_or(0, |p| p.line());
            let mut ok = true;
            for c in [0, 1, 2, 5] {
                if cell(c).is_empty() {
                    ok = false;
                    let column = DHIS2_CSV_HEADER.get(c).copied().unwrap_or_default();
                    errors.push(
                        i18n::diagnostic(
                            Severity::Error,
                            "dhis2.invalid_csv",
                            format!("/rows/{row}/{}", pointer_token(column)),
                            &[("row", (row + 1).into()), ("column", column.into())],
                        )
                        .at_text(line, c as u64 + 1),
                    );
                }
            }
            if ok {
                values.push(Dhis2DataValue {
                    data_element: cell(0),
                    period: cell(1),
                    org_unit: cell(2),
                    category_option_combo: opt(3),
                    attribute_option_combo: opt(4),
                    value: cell(5),
                    comment: opt(8),
                });
            }
        }
        if !errors.is_empty() {
            return Err(Error::Input(errors));
        }
        Ok(Dhis2DataValueSet {
            data_set: data_set.map(str::to_owned),
            data_values: values,
        })
    }

    /// The values grouped by organisation unit and period (for checks and summaries).
    pub fn by_org_unit_and_period(&self) -> BTreeMap<(String, String), usize> {
        let mut out = BTreeMap::new();
        for v in &self.data_values {
            *out.entry((v.org_unit.clone(), v.period.clone()))
                .or_insert(0) += 1;
        }
        out
    }
}
