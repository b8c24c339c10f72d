//! WebAssembly bindings of `lhs-maturity` (npm package `lhs-maturity`).
//!
//! This crate converts and forwards: every number, check and rendering comes from the core.
//! JavaScript values cross the boundary as JSON: inputs are written with `JSON.stringify` and
//! read by the core's strict reader (size limit, depth limit, every problem with a JSON
//! Pointer); outputs are plain JSON-compatible objects (serde-wasm-bindgen's
//! `json_compatible` serializer: no `Map`, no `undefined`). Errors are thrown as real `Error`
//! objects (`LhsError`, `FrameworkError`, `AssessmentError`, defined in `js/errors.js`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, JSON};
use lhs_maturity::{Diagnostic, DocumentKind, Error, ScoreOptions};
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
const TS_IMPORTS: &str = r#"import type { Assessment, Diagnostic, FrameworkSpec, IndicatorInfo, Report, ScoreOptions } from "../types/index.js";
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

/// Reads the options object of `score`, `scoreJSON` and `scoreMany`.
fn score_options(options: Option<Object>) -> Result<ScoreOptions, Error> {
    let mut out = ScoreOptions::default();
    let Some(options) = options else {
        return Ok(out);
    };
    let value: &JsValue = options.as_ref();
    if value.is_undefined() || value.is_null() {
        return Ok(out);
    }
    if !value.is_object() || Array::is_array(value) {
        return Err(input_error(
            "input.invalid_type",
            "",
            format!("the options must be an object, found {}", js_type(value)),
            Some("pass e.g. { defaultTarget: 3 }"),
        ));
    }
    for key in Object::keys(&options).iter() {
        let key = key.as_string().unwrap_or_default();
        let v = js_sys::Reflect::get(value, &JsValue::from_str(&key)).unwrap_or(JsValue::NULL);
        match key.as_str() {
            "defaultTarget" => {
                if v.is_undefined() || v.is_null() {
                    continue;
                }
                match v.as_f64() {
                    Some(t) if t.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&t) => {
                        out.default_target = Some(t as u32);
                    }
                    _ => {
                        let shown = JSON::stringify(&v)
                            .ok()
                            .and_then(|s| JsValue::from(s).as_string())
                            .unwrap_or_else(|| js_type(&v));
                        return Err(input_error(
                            "input.invalid_target",
                            "/defaultTarget",
                            format!(
                                "the default target must be a whole number ≥ 0, found `{shown}`"
                            ),
                            Some("use a level of the scale, e.g. 3"),
                        ));
                    }
                }
            }
            "language" => match v.as_string() {
                Some(lang) => out.language = lang,
                None if v.is_undefined() || v.is_null() => {}
                None => {
                    return Err(input_error(
                        "input.invalid_type",
                        "/language",
                        format!("the language must be a string, found {}", js_type(&v)),
                        Some("use a language tag, e.g. \"en\""),
                    ))
                }
            },
            other => {
                let help = if other == "default_target" {
                    "write `defaultTarget`".to_owned()
                } else {
                    "the options are `defaultTarget` and `language`".to_owned()
                };
                return Err(input_error(
                    "input.unknown_option",
                    &format!("/{}", lhs_maturity::pointer_token(other)),
                    format!("unknown option `{other}`"),
                    Some(&help),
                ));
            }
        }
    }
    Ok(out)
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
}

/// Reads a report object (as `score` returns it) back into the core's type.
fn report_arg(report: &JsValue, function: &str) -> Result<lhs_maturity::Report, JsValue> {
    let text = json_text(report, DocumentKind::Input).map_err(throw)?;
    serde_json::from_str(&text).map_err(|e| {
        throw(input_error(
            "input.invalid_report",
            "",
            format!("`{function}` expects a report: {e}"),
            Some("pass the object returned by `score`, or `JSON.parse` of `scoreJSON`'s result"),
        ))
    })
}

/// Renders a report (as returned by `score`) as Markdown; user-typed text is escaped.
#[wasm_bindgen(js_name = renderMarkdown)]
pub fn render_markdown(
    #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::to_markdown(&report_arg(
        &report,
        "renderMarkdown",
    )?))
}

/// A radar (spider) chart of the domain scores of a report, as an SVG document (text is
/// escaped; no scripts, fonts or links).
#[wasm_bindgen(js_name = radarChart)]
pub fn radar_chart(
    #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::radar_chart(&report_arg(
        &report,
        "radarChart",
    )?))
}

/// A bar chart of the learning profile of a report (every facet in `report.facets`), as an SVG
/// document.
#[wasm_bindgen(js_name = facetChart)]
pub fn facet_chart(
    #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::facet_chart(&report_arg(
        &report,
        "facetChart",
    )?))
}
