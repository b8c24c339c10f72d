//! WebAssembly bindings of `lhs-maturity` (npm package `lhs-maturity`).
//!
//! This crate converts and forwards: every number, check and rendering comes from the core.
//! JavaScript values cross the boundary as JSON: inputs are written with `JSON.stringify` and
//! read by the core's strict reader (size limit, depth limit, every problem with a JSON
//! Pointer); outputs are plain JSON-compatible objects (serde-wasm-bindgen's
//! `json_compatible` serializer: no `Map`, no `undefined`). Errors are thrown as real `Error`
//! objects (`LhsError`, `FrameworkError`, `AssessmentError`, defined in `js/errors.js`).
//!
//! The analyses (`spec/SCORING.md` §15–18) follow the same rules: assessments and reports are
//! read by the core's readers (`Assessment::from_json`, `Report::from_json`), options objects are
//! turned into the core's option types, and the core computes. Only the rating matrices of
//! `krippendorffAlpha`, `icc` and `cronbachAlpha` are read cell by cell (so that `NaN` is a
//! missing rating and `Infinity` an error, where `JSON.stringify` would make both `null`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, JSON};
use lhs_maturity::analysis::{self, CohortOptions, Estimate, Metric, PoolMethod, PoolOptions};
use lhs_maturity::{Assessment, Diagnostic, DocumentKind, Error, Report, ScoreOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(raw_module = "./errors.js")]
extern "C" {
    /// Builds the `Error` subclass instance for an `ErrorInfo` (see `js/errors.js`).
    #[wasm_bindgen(js_name = makeError)]
    fn make_error(info: JsValue) -> JsValue;
}

#[wasm_bindgen(typescript_custom_section)]
const TS_IMPORTS: &str = r#"import type { Agreement, AlphaResult, Assessment, Cohort, CohortOptions, Comparison, Diagnostic, FrameworkSpec, IccResult, IndicatorInfo, Metric, PoolOptions, PoolResult, RatingMatrix, Reliability, Report, ReportInput, ScoreOptions, Series } from "../types/index.js";
import type { AssessmentError } from "../types/errors.js";"#;

/// Serializes a value as a plain JSON-compatible JavaScript value.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            throw(input_error(
                "input.unserializable",
                "",
                format!("the result cannot be converted to a JavaScript value: {e}"),
                None,
            ))
        })
}

/// Turns a core error into the `Error` object that is thrown.
fn throw(e: Error) -> JsValue {
    match e
        .info()
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
    {
        Ok(info) => make_error(info),
        Err(err) => js_sys::Error::new(&err.to_string()).into(),
    }
}

/// An error of the given document kind with one diagnostic.
fn error_of(kind: DocumentKind, d: Diagnostic) -> Error {
    match kind {
        DocumentKind::Framework => Error::Framework(vec![d]),
        DocumentKind::Assessment => Error::Assessment(vec![d]),
        _ => Error::Input(vec![d]),
    }
}

/// An `input.*` error: an argument of the JavaScript API that the core never sees.
fn input_error(code: &str, path: &str, message: String, help: Option<&str>) -> Error {
    let d = Diagnostic::error(code, path, message);
    Error::Input(vec![match help {
        Some(h) => d.with_help(h),
        None => d,
    }])
}

/// The type of a JavaScript value, as shown in messages.
fn js_type(v: &JsValue) -> String {
    if v.is_null() {
        "null".to_owned()
    } else if Array::is_array(v) {
        "an array".to_owned()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// The JSON text of a JavaScript value, written by `JSON.stringify` (`undefined` is `null`).
/// Values `JSON.stringify` refuses (cycles, `BigInt`) give `<kind>.invalid_json`.
fn json_text(value: &JsValue, kind: DocumentKind) -> Result<String, Error> {
    match JSON::stringify(value) {
        Ok(s) => Ok(JsValue::from(s)
            .as_string()
            .unwrap_or_else(|| "null".to_owned())),
        Err(e) => {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let code = match kind {
                DocumentKind::Framework => "framework.invalid_json",
                DocumentKind::Assessment => "assessment.invalid_json",
                _ => "input.invalid_json",
            };
            Err(error_of(
                kind,
                Diagnostic::error(
                    code,
                    "",
                    format!("the value cannot be written as JSON: {why}"),
                )
                .with_help("pass plain objects, arrays, strings, numbers, booleans and null"),
            ))
        }
    }
}

/// A JSON text argument (`fromJSON`, `scoreJSON`, `validateJSON`).
fn text_arg(value: &JsValue, method: &str, object_method: &str) -> Result<String, Error> {
    value.as_string().ok_or_else(|| {
        input_error(
            "input.invalid_type",
            "",
            format!(
                "`{method}` expects JSON text (a string), found {}",
                js_type(value)
            ),
            Some(&format!("for an object, use `{object_method}`")),
        )
    })
}

/// The text of a JavaScript value as shown in messages: its JSON, else its type.
fn shown(v: &JsValue) -> String {
    JSON::stringify(v)
        .ok()
        .and_then(|s| JsValue::from(s).as_string())
        .unwrap_or_else(|| js_type(v))
}

/// `allow_mismatch` → `allowMismatch`.
fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The options set in an options object, in its key order; an `undefined` or `null` option, like
/// an `undefined` or `null` options argument, is not given. Anything but an object is
/// `input.invalid_type`; a key not in `known` is `input.unknown_option` (a snake_case spelling
/// of a known option gets the camelCase one as help).
fn option_entries(
    options: &JsValue,
    known: &[&str],
    example: &str,
) -> Result<Vec<(String, JsValue)>, Error> {
    if options.is_undefined() || options.is_null() {
        return Ok(Vec::new());
    }
    if !options.is_object() || Array::is_array(options) {
        return Err(input_error(
            "input.invalid_type",
            "",
            format!("the options must be an object, found {}", js_type(options)),
            Some(&format!("pass e.g. {example}")),
        ));
    }
    let mut out = Vec::new();
    for key in Object::keys(options.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            let camel = camel_case(&key);
            let help = if camel != key && known.contains(&camel.as_str()) {
                format!("write `{camel}`")
            } else {
                let names: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        format!("the options are {} and {last}", rest.join(", "))
                    }
                    _ => format!("the only option is {}", names.join("")),
                }
            };
            return Err(input_error(
                "input.unknown_option",
                &format!("/{}", lhs_maturity::pointer_token(&key)),
                format!("unknown option `{key}`"),
                Some(&help),
            ));
        }
        let v = js_sys::Reflect::get(options, &JsValue::from_str(&key)).unwrap_or(JsValue::NULL);
        if !(v.is_undefined() || v.is_null()) {
            out.push((key, v));
        }
    }
    Ok(out)
}

/// A whole number from 0 to `u32::MAX`, if the value is one.
fn whole_number(v: &JsValue) -> Option<u32> {
    v.as_f64()
        .filter(|t| t.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(t))
        .map(|t| t as u32)
}

/// Reads the options object of `score`, `scoreJSON` and `scoreMany`.
fn score_options(options: Option<Object>) -> Result<ScoreOptions, Error> {
    let mut out = ScoreOptions::default();
    let Some(options) = options else {
        return Ok(out);
    };
    let entries = option_entries(
        options.as_ref(),
        &["defaultTarget", "language"],
        "{ defaultTarget: 3 }",
    )?;
    for (key, v) in entries {
        if key == "defaultTarget" {
            match whole_number(&v) {
                Some(t) => out.default_target = Some(t),
                None => {
                    return Err(input_error(
                        "input.invalid_target",
                        "/defaultTarget",
                        format!(
                            "the default target must be a whole number ≥ 0, found `{}`",
                            shown(&v)
                        ),
                        Some("use a level of the scale, e.g. 3"),
                    ))
                }
            }
        } else {
            match v.as_string() {
                Some(lang) => out.language = lang,
                None => {
                    return Err(input_error(
                        "input.invalid_type",
                        "/language",
                        format!("the language must be a string, found {}", js_type(&v)),
                        Some("use a language tag, e.g. \"en\""),
                    ))
                }
            }
        }
    }
    Ok(out)
}

/// The same error with every problem located in one argument of the call: `path` prefixed to
/// its JSON Pointer (`/<i>` for the `i`-th of a list) and `label` (`report 2`) to its message,
/// as the core locates the errors of the assessments given to `pool`.
fn located(e: Error, path: &str, label: Option<&str>) -> Error {
    let kind = e.kind();
    let details = e
        .details()
        .iter()
        .cloned()
        .map(|mut d| {
            d.path = format!("{path}{}", d.path);
            if let Some(label) = label {
                d.message = format!("{label}: {}", d.message);
            }
            d
        })
        .collect();
    match kind {
        DocumentKind::Framework => Error::Framework(details),
        DocumentKind::Assessment => Error::Assessment(details),
        _ => Error::Input(details),
    }
}

/// An array argument, or `input.invalid_type` saying what `function` takes.
fn array_arg(value: &JsValue, function: &str, what: &str) -> Result<Array, Error> {
    if Array::is_array(value) {
        Ok(Array::from(value))
    } else {
        Err(input_error(
            "input.invalid_type",
            "",
            format!(
                "`{function}` expects an array of {what}, found {}",
                js_type(value)
            ),
            Some(&format!("for one, wrap it in an array: `{function}([x])`")),
        ))
    }
}

/// Reads every item of a list with `read`; the errors of all items together, each located at
/// `/<i>` and labelled `<label> <i + 1>`.
fn read_all<T>(
    items: &Array,
    label: &str,
    read: impl Fn(&JsValue) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    let mut out = Vec::with_capacity(items.length() as usize);
    let mut kind = DocumentKind::Input;
    let mut errors = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match read(&item) {
            Ok(x) => out.push(x),
            Err(e) => {
                kind = e.kind();
                let e = located(e, &format!("/{i}"), Some(&format!("{label} {}", i + 1)));
                errors.extend(e.details().iter().cloned());
            }
        }
    }
    match (errors.is_empty(), kind) {
        (true, _) => Ok(out),
        (false, DocumentKind::Assessment) => Err(Error::Assessment(errors)),
        (false, _) => Err(Error::Input(errors)),
    }
}

/// Reads a report: the object `score` returns, or its JSON text (`scoreJSON`'s result), by the
/// core's report reader (`report.invalid_json`, `report.invalid`).
fn read_report(value: &JsValue) -> Result<Report, Error> {
    match value.as_string() {
        Some(text) => Report::from_json(&text),
        None => Report::from_json(&json_text(value, DocumentKind::Input)?),
    }
}

/// An array of reports (objects or JSON text).
fn reports_arg(value: &JsValue, function: &str) -> Result<Vec<Report>, Error> {
    read_all(
        &array_arg(value, function, "reports")?,
        "report",
        read_report,
    )
}

/// An array of assessments (objects, as `score` takes them).
fn assessments_arg(value: &JsValue, function: &str) -> Result<Vec<Assessment>, Error> {
    read_all(
        &array_arg(value, function, "assessments")?,
        "assessment",
        |item| Assessment::from_json(&json_text(item, DocumentKind::Assessment)?),
    )
}

/// Reads the options of `pool`: `method` (the core's names, `PoolMethod::from_str`),
/// `allowMismatch`, and `consensus` (the core's reader of a consensus document,
/// `PoolOptions::consensus_from_json`, its paths located under `/consensus`). Every bad option
/// is reported at once.
fn pool_options(options: &JsValue) -> Result<PoolOptions, Error> {
    let entries = option_entries(
        options,
        &["method", "allowMismatch", "consensus"],
        "{ method: \"median\" }",
    )?;
    let mut out = PoolOptions::default();
    let mut errors: Vec<Diagnostic> = Vec::new();
    for (key, v) in entries {
        match key.as_str() {
            "method" => match v.as_string().map(|m| m.parse::<PoolMethod>()) {
                Some(Ok(m)) => out.method = m,
                Some(Err(e)) => errors.extend(e.details().iter().cloned()),
                None => errors.push(
                    Diagnostic::error(
                        "input.invalid_type",
                        "/method",
                        format!("the method must be a string, found {}", js_type(&v)),
                    )
                    .with_help("use `median` (the default), `mean` or `mode`"),
                ),
            },
            "allowMismatch" => match v.as_bool() {
                Some(b) => out.allow_mismatch = b,
                None => errors.push(Diagnostic::error(
                    "input.invalid_type",
                    "/allowMismatch",
                    format!(
                        "`allowMismatch` must be true or false, found {}",
                        js_type(&v)
                    ),
                )),
            },
            _ => {
                if !v.is_object() || Array::is_array(&v) {
                    errors.push(
                        Diagnostic::error(
                            "input.invalid_type",
                            "/consensus",
                            format!(
                                "the consensus must be an object of indicator id → agreed answer, found {}",
                                js_type(&v)
                            ),
                        )
                        .with_help("e.g. { \"inst.info.routine_data\": { level: 2, rationale: \"agreed on 3 May\" } }"),
                    );
                    continue;
                }
                match json_text(&v, DocumentKind::Input)
                    .and_then(|text| PoolOptions::consensus_from_json(&text))
                {
                    Ok(c) => out.consensus = c,
                    Err(e) => {
                        errors.extend(located(e, "/consensus", None).details().iter().cloned())
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Error::Input(errors))
    }
}

/// Reads the options of `cohort`: `groupBy`, `minGroup` (default: the core's
/// `DEFAULT_MIN_GROUP`) and `publishable` (default `true`: the core's `Cohort::publishable`,
/// without the unit ranks).
fn cohort_options(options: &JsValue) -> Result<(CohortOptions, bool), Error> {
    let entries = option_entries(
        options,
        &["groupBy", "minGroup", "publishable"],
        "{ groupBy: \"region\" }",
    )?;
    let mut out = CohortOptions::default();
    let mut publishable = true;
    let mut errors: Vec<Diagnostic> = Vec::new();
    for (key, v) in entries {
        match key.as_str() {
            "groupBy" => match v.as_string() {
                Some(g) => out.group_by = Some(g),
                None => errors.push(
                    Diagnostic::error(
                        "input.invalid_type",
                        "/groupBy",
                        format!(
                            "`groupBy` must be the name of a unit label, found {}",
                            js_type(&v)
                        ),
                    )
                    .with_help(
                        "e.g. \"kind\" or \"region\"; leave it out for one group of all units",
                    ),
                ),
            },
            "minGroup" => match whole_number(&v) {
                Some(n) => out.min_group = n as usize,
                None if v.as_f64().is_some() => errors.push(Diagnostic::error(
                    "input.invalid_option",
                    "/minGroup",
                    format!(
                        "`minGroup` must be a whole number ≥ 0, found `{}`",
                        shown(&v)
                    ),
                )),
                None => errors.push(Diagnostic::error(
                    "input.invalid_type",
                    "/minGroup",
                    format!("`minGroup` must be a number, found {}", js_type(&v)),
                )),
            },
            _ => match v.as_bool() {
                Some(b) => publishable = b,
                None => errors.push(Diagnostic::error(
                    "input.invalid_type",
                    "/publishable",
                    format!("`publishable` must be true or false, found {}", js_type(&v)),
                )),
            },
        }
    }
    if errors.is_empty() {
        Ok((out, publishable))
    } else {
        Err(Error::Input(errors))
    }
}

/// An `input.invalid_value` error at one cell of a matrix.
fn value_error(row: usize, col: usize, message: String) -> Diagnostic {
    Diagnostic::error(
        "input.invalid_value",
        format!("/{row}/{col}"),
        format!(
            "row {}, column {} (data[{row}][{col}]): {message}",
            row + 1,
            col + 1
        ),
    )
    .with_help("ratings are numbers; use null (or NaN) for a missing rating")
}

/// Reads a matrix of ratings: an array of rows, each an array (or typed array) of numbers, with
/// `null`, `undefined` or `NaN` for a missing rating. Rows may differ in length.
fn matrix_arg(data: &JsValue, function: &str) -> Result<Vec<Vec<Option<f64>>>, Error> {
    let shape = |path: String, message: String| {
        Error::Input(vec![Diagnostic::error("input.matrix_shape", path, message)
            .with_help("pass an array of rows, e.g. [[1, 2, null], [1, 3, 2]]")])
    };
    if !Array::is_array(data) {
        return Err(shape(
            String::new(),
            format!(
                "`{function}` expects a two-dimensional array (an array of rows of numbers), found {}",
                js_type(data)
            ),
        ));
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (r, row) in Array::from(data).iter().enumerate() {
        let is_row = Array::is_array(&row)
            || (js_sys::ArrayBuffer::is_view(&row) && !row.is_instance_of::<js_sys::DataView>());
        if !is_row {
            return Err(shape(
                format!("/{r}"),
                format!(
                    "row {} is not an array of numbers (found {}); for one row, write [[...]]",
                    r + 1,
                    js_type(&row)
                ),
            ));
        }
        let mut values = Vec::new();
        for (c, x) in Array::from(&row).iter().enumerate() {
            if x.is_undefined() || x.is_null() {
                values.push(None);
                continue;
            }
            match x.as_f64() {
                Some(v) if v.is_nan() => values.push(None),
                Some(v) if v.is_finite() => values.push(Some(v)),
                Some(v) => errors.push(value_error(r, c, format!("{v} is not a finite number"))),
                None => errors.push(value_error(
                    r,
                    c,
                    format!("`{}` ({}) is not a number", shown(&x), js_type(&x)),
                )),
            }
        }
        out.push(values);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Error::Input(errors))
    }
}

/// A statistic with the number of units it used (`krippendorffAlpha`, `cronbachAlpha`).
#[derive(Serialize)]
struct AlphaResult {
    value: Option<f64>,
    note: Option<String>,
    units: usize,
}

impl AlphaResult {
    fn new(e: Estimate, units: usize) -> Self {
        Self {
            value: e.value,
            note: e.note,
            units,
        }
    }
}

/// The result of `icc`.
#[derive(Serialize)]
struct IccResult {
    icc2_1: Estimate,
    icc2_k: Estimate,
    units: usize,
}

/// A validated framework, indexed for scoring. Build it once, score many assessments.
#[wasm_bindgen]
pub struct Framework {
    inner: lhs_maturity::Framework,
}

#[wasm_bindgen]
impl Framework {
    /// The built-in framework `lhs-2021`.
    pub fn builtin() -> Framework {
        Framework {
            inner: lhs_maturity::Framework::builtin(),
        }
    }

    /// Loads and validates a framework from JSON text; throws a `FrameworkError` listing every
    /// problem.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<Framework, JsValue> {
        let text = text_arg(&text, "fromJSON", "fromObject").map_err(throw)?;
        lhs_maturity::Framework::from_json(&text)
            .map(|inner| Framework { inner })
            .map_err(throw)
    }

    /// Loads and validates a framework from a plain object; throws a `FrameworkError`.
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(
        #[wasm_bindgen(unchecked_param_type = "FrameworkSpec")] spec: JsValue,
    ) -> Result<Framework, JsValue> {
        let text = json_text(&spec, DocumentKind::Framework).map_err(throw)?;
        lhs_maturity::Framework::from_json(&text)
            .map(|inner| Framework { inner })
            .map_err(throw)
    }

    /// The framework's id (`lhs-2021` for the built-in one).
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.inner.id().to_owned()
    }

    /// The framework's version.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        self.inner.version().to_owned()
    }

    /// The highest level of the scale (4 for the built-in framework).
    #[wasm_bindgen(getter, js_name = maxLevel)]
    pub fn max_level(&self) -> u32 {
        self.inner.max_level()
    }

    /// The framework document as a plain object (so `JSON.stringify(framework)` works).
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "FrameworkSpec")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        to_js(self.inner.spec())
    }

    /// Every indicator with its place in the tree, in framework order.
    #[wasm_bindgen(unchecked_return_type = "IndicatorInfo[]")]
    pub fn indicators(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.indicators())
    }

    /// Every error and warning of an assessment (a plain object); never throws for a bad
    /// assessment.
    #[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
    ) -> Result<JsValue, JsValue> {
        let diags = match json_text(&assessment, DocumentKind::Assessment) {
            Ok(text) => self.inner.validate_json(&text),
            Err(e) => e.details().to_vec(),
        };
        to_js(&diags)
    }

    /// Like `validate`, for an assessment given as JSON text.
    #[wasm_bindgen(js_name = validateJSON, unchecked_return_type = "Diagnostic[]")]
    pub fn validate_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = text_arg(&text, "validateJSON", "validate").map_err(throw)?;
        to_js(&self.inner.validate_json(&text))
    }

    /// Scores an assessment (a plain object); throws an `AssessmentError` listing every error.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn score(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions")] options: Option<Object>,
    ) -> Result<JsValue, JsValue> {
        let options = score_options(options).map_err(throw)?;
        let text = json_text(&assessment, DocumentKind::Assessment).map_err(throw)?;
        let report = self.inner.score_json_with(&text, &options).map_err(throw)?;
        to_js(&report)
    }

    /// Reads, checks and scores an assessment given as JSON text; returns the report as JSON
    /// text.
    #[wasm_bindgen(js_name = scoreJSON)]
    pub fn score_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions")] options: Option<Object>,
    ) -> Result<String, JsValue> {
        let options = score_options(options).map_err(throw)?;
        let text = text_arg(&text, "scoreJSON", "score").map_err(throw)?;
        self.inner
            .score_json_with(&text, &options)
            .map(|r| r.to_json())
            .map_err(throw)
    }

    /// Scores many assessments: one entry per assessment, in order, either its report or the
    /// `AssessmentError` it would throw (returned, not thrown).
    #[wasm_bindgen(js_name = scoreMany, unchecked_return_type = "Array<Report | AssessmentError>")]
    pub fn score_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions")] options: Option<Object>,
    ) -> Result<Array, JsValue> {
        let options = score_options(options).map_err(throw)?;
        if !Array::is_array(&assessments) {
            return Err(throw(input_error(
                "input.invalid_type",
                "",
                format!(
                    "`scoreMany` expects an array of assessments, found {}",
                    js_type(&assessments)
                ),
                Some("for one assessment, use `score`"),
            )));
        }
        let out = Array::new();
        for item in Array::from(&assessments).iter() {
            let result = json_text(&item, DocumentKind::Assessment)
                .and_then(|text| self.inner.score_json_with(&text, &options));
            out.push(&match result {
                Ok(report) => to_js(&report)?,
                Err(e) => throw(e),
            });
        }
        Ok(out)
    }

    /// Pools the assessments of several respondents of one unit and period into one
    /// consolidated assessment, with the dispersion of their answers, the disagreement agenda
    /// and their agreement (`spec/SCORING.md` §15). Options: `{ method, allowMismatch,
    /// consensus }`. Throws an `AssessmentError` for an invalid assessment (at `/<i>/...`) and
    /// an `LhsError` for mismatching units, periods or frameworks (`input.pool_mismatch`).
    #[wasm_bindgen(unchecked_return_type = "PoolResult")]
    pub fn pool(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "PoolOptions | null")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let options = pool_options(&options).map_err(throw)?;
        let list = assessments_arg(&assessments, "pool").map_err(throw)?;
        to_js(&self.inner.pool(&list, &options).map_err(throw)?)
    }

    /// Inter-rater agreement of several respondents' assessments: Krippendorff's alpha
    /// (ordinal, interval) and ICC(2,1)/ICC(2,k), overall then per domain.
    #[wasm_bindgen(unchecked_return_type = "Agreement")]
    pub fn agreement(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
    ) -> Result<JsValue, JsValue> {
        let list = assessments_arg(&assessments, "agreement").map_err(throw)?;
        to_js(&self.inner.agreement(&list).map_err(throw)?)
    }
}

/// The report argument of a function that takes one, located under `label` when given.
fn report_arg(report: &JsValue, label: Option<&str>) -> Result<Report, JsValue> {
    read_report(report).map_err(|e| throw(located(e, "", label)))
}

/// Renders a report (as returned by `score`) as Markdown; user-typed text is escaped.
#[wasm_bindgen(js_name = renderMarkdown)]
pub fn render_markdown(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::to_markdown(&report_arg(&report, None)?))
}

/// A radar (spider) chart of the domain scores of a report, as an SVG document (text is
/// escaped; no scripts, fonts or links).
#[wasm_bindgen(js_name = radarChart)]
pub fn radar_chart(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::radar_chart(&report_arg(&report, None)?))
}

/// A bar chart of the learning profile of a report (every facet in `report.facets`), as an SVG
/// document.
#[wasm_bindgen(js_name = facetChart)]
pub fn facet_chart(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::facet_chart(&report_arg(&report, None)?))
}

/// Compares two rounds of a unit (`spec/SCORING.md` §16): the change of every indicator, node
/// and the overall score, improved/regressed/unchanged indicators and progress to target.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] before: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] after: JsValue,
) -> Result<JsValue, JsValue> {
    let before = report_arg(&before, Some("`before`"))?;
    let after = report_arg(&after, Some("`after`"))?;
    to_js(&analysis::compare(&before, &after))
}

/// The rounds of one unit sorted by period, one row per report (`spec/SCORING.md` §16).
#[wasm_bindgen(unchecked_return_type = "Series")]
pub fn series(
    #[wasm_bindgen(unchecked_param_type = "ReportInput[]")] reports: JsValue,
) -> Result<JsValue, JsValue> {
    let list = reports_arg(&reports, "series").map_err(throw)?;
    to_js(&analysis::series(&list).map_err(throw)?)
}

/// Descriptive statistics of a cohort of units' reports per group, small groups suppressed
/// (`spec/SCORING.md` §17). Options: `{ groupBy, minGroup, publishable }`; publishable (the
/// default) leaves out the unit ranks.
#[wasm_bindgen(unchecked_return_type = "Cohort")]
pub fn cohort(
    #[wasm_bindgen(unchecked_param_type = "ReportInput[]")] reports: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CohortOptions | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let (options, publishable) = cohort_options(&options).map_err(throw)?;
    let list = reports_arg(&reports, "cohort").map_err(throw)?;
    let c = analysis::cohort(&list, &options).map_err(throw)?;
    to_js(&if publishable { c.publishable() } else { c })
}

/// Reliability of the instrument over a cohort of reports (`spec/SCORING.md` §18): Cronbach's
/// alpha per domain and sub-domain, alpha if deleted, item–total correlations, floor/ceiling.
#[wasm_bindgen(unchecked_return_type = "Reliability")]
pub fn reliability(
    #[wasm_bindgen(unchecked_param_type = "ReportInput[]")] reports: JsValue,
) -> Result<JsValue, JsValue> {
    let list = reports_arg(&reports, "reliability").map_err(throw)?;
    to_js(&analysis::reliability(&list).map_err(throw)?)
}

/// Krippendorff's alpha of `data[rater][unit]` (`null`/`NaN`: no rating) with the `ordinal`
/// (default) or `interval` metric, and the number of pairable units.
#[wasm_bindgen(js_name = krippendorffAlpha, unchecked_return_type = "AlphaResult")]
pub fn krippendorff_alpha(
    #[wasm_bindgen(unchecked_param_type = "RatingMatrix")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Metric | null")] metric: JsValue,
) -> Result<JsValue, JsValue> {
    // The core reads the name (`Metric::from_str`): one error, `input.invalid_metric` at
    // `/metric`, in every language.
    let metric = if metric.is_undefined() || metric.is_null() {
        Metric::Ordinal
    } else {
        let name = metric.as_string().unwrap_or_else(|| shown(&metric));
        name.parse::<Metric>().map_err(throw)?
    };
    let data = matrix_arg(&data, "krippendorffAlpha").map_err(throw)?;
    let (alpha, units) = analysis::krippendorff_alpha(&data, metric);
    to_js(&AlphaResult::new(alpha, units))
}

/// ICC(2,1) and ICC(2,k) (two-way random effects, absolute agreement) of `data[rater][unit]`,
/// on the units every rater rated, and their number.
#[wasm_bindgen(unchecked_return_type = "IccResult")]
pub fn icc(
    #[wasm_bindgen(unchecked_param_type = "RatingMatrix")] data: JsValue,
) -> Result<JsValue, JsValue> {
    let data = matrix_arg(&data, "icc").map_err(throw)?;
    let (icc2_1, icc2_k, units) = analysis::icc2(&data);
    to_js(&IccResult {
        icc2_1,
        icc2_k,
        units,
    })
}

/// Cronbach's alpha of `rows[unit][item]` on the complete rows (a row with a missing value, or
/// shorter than the longest, is left out: listwise deletion, as `reliability` does), and their
/// number.
#[wasm_bindgen(js_name = cronbachAlpha, unchecked_return_type = "AlphaResult")]
pub fn cronbach_alpha(
    #[wasm_bindgen(unchecked_param_type = "RatingMatrix")] rows: JsValue,
) -> Result<JsValue, JsValue> {
    let rows = matrix_arg(&rows, "cronbachAlpha").map_err(throw)?;
    let (alpha, used) = analysis::cronbach_alpha_listwise(&rows);
    to_js(&AlphaResult::new(alpha, used))
}
