//! WebAssembly bindings of `lhs-maturity` (npm package `lhs-maturity`).
//!
//! This crate converts and forwards: every number, check and rendering comes from the core.
//! JavaScript values cross the boundary as JSON: inputs are written with `JSON.stringify` and
//! read by the core's strict reader (size limit, depth limit, every problem with a JSON
//! Pointer); outputs are plain JSON-compatible objects (serde-wasm-bindgen's
//! `json_compatible` serializer: no `Map`, no `undefined`). Errors are thrown as real `Error`
//! objects (`LhsError`, `FrameworkError`, `AssessmentError`, defined in `js/errors.js`).
//!
//! The analyses (`spec/SCORING.md` §15–18, in `analysis.rs`) and the framework tools (versions,
//! lint, migration, content validity, long format, templates, in `tools.rs`) follow the same
//! rules: assessments and reports are read by the core's readers (`Assessment::from_json`,
//! `Report::from_json`), options objects are turned into the core's option types (names read by
//! the core's `FromStr`/`parse`), and the core computes.
//!
//! Languages (`languages.rs`): the core is built without its `languages` feature, so English
//! only; `addLanguage` adds a language from its pack (`languages/<lang>.json`, loaded on demand
//! by `loadLanguage` in `js/languages.js`), and `Framework.builtin()` then carries its texts.
//!
//! Cargo feature `full` (default): the whole API, as the npm package ships it. Without it
//! (`--no-default-features`) only what the self-assessment page uses is built: the latest
//! built-in framework, scoring, validation, indicators, descriptors, Markdown and charts. That
//! build leaves out the analyses and the older built-in framework versions (whose texts the core
//! links in as soon as `Framework::builtin_version` is used), so that the page loads faster.
#![cfg(target_arch = "wasm32")]

#[cfg(feature = "full")]
mod analysis;
mod languages;
#[cfg(feature = "full")]
mod tools;

use js_sys::{Array, Object, JSON};
#[cfg(feature = "full")]
use lhs_maturity::analysis::UncertaintyOptions;
#[cfg(feature = "full")]
use lhs_maturity::Assessment;
#[cfg(feature = "full")]
use lhs_maturity::Part;
use lhs_maturity::{
    Diagnostic, DocumentKind, Error, OptionReader, Report, ScoreOptions, UnitKind, UnknownRule,
};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(raw_module = "./errors.js")]
extern "C" {
    /// Builds the `Error` subclass instance for an `ErrorInfo` (see `js/errors.js`).
    #[wasm_bindgen(js_name = makeError)]
    fn make_error(info: JsValue) -> JsValue;

    /// Keeps what a panic said, for the `InternalError` the JS entry throws when the module
    /// traps right after (see `guard` in `js/errors.js`).
    #[wasm_bindgen(js_name = recordPanic)]
    fn record_panic(message: String);

    /// `JSON.stringify` with NaN and ±Infinity kept as strings (see `jsonText` in `js/errors.js`).
    #[wasm_bindgen(js_name = jsonText, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// Runs when the module is loaded: a panic (a bug) records its message before the module traps.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| record_panic(info.to_string())));
}

/// Panics on purpose: lets the tests check that a Rust panic reaches JavaScript as an
/// `InternalError` (not part of the API).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = "__panicForTests", skip_typescript)]
pub fn panic_for_tests(message: &str) {
    #[expect(clippy::panic, reason = "the purpose of this test hook")]
    {
        panic!("{message}")
    }
}

#[wasm_bindgen(typescript_custom_section)]
const TS_IMPORTS: &str = r#"import type { Agreement, AlphaResult, Assessment, AssessmentRenderOptions, Cohort, CohortOptions, Comparison, ContentValidity, Diagnostic, FrameworkSpec, IccResult, IndicatorInfo, IndicatorsOptions, LanguagePack, LanguageStatus, LintReport, LongRow, MessageArgs, Metric, MigrateOptions, Migration, PluralCategory, PoolBootstrap, PoolBootstrapOptions, PoolOptions, PoolResult, RatingMatrix, RelevanceRating, Reliability, RenderOptions, Report, ReportInput, Robustness, RobustnessOptions, RobustnessRenderOptions, ScoreOptions, Series, TemplateOptions, Uncertainty, UncertaintyOptions } from "../types/index.js";
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

/// An `input.*` error: an argument of the JavaScript API that the core never sees.
fn input_error(code: &str, path: &str, message: String, help: Option<&str>) -> Error {
    let d = Diagnostic::error(code, path, message);
    Error::Input(vec![match help {
        Some(h) => d.with_help(h),
        None => d,
    }])
}

/// The type of a JavaScript value, as argument errors show it (`typeof`, with `null` and
/// `array` told apart from `object`).
fn js_type(v: &JsValue) -> String {
    if v.is_null() {
        "null".to_owned()
    } else if Array::is_array(v) {
        "array".to_owned()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// The core's `argument.invalid_type` for the argument `name` given `v`, with advice: `hint`
/// `example` (a call that works) or `instead` (what to call for what was given).
fn argument_error(name: &str, expected: &str, v: &JsValue, advice: Option<(&str, &str)>) -> Error {
    advise(Error::argument(name, expected, &js_type(v)), advice)
}

/// The same error with advice, if there is some (see [`argument_error`]).
fn advise(e: Error, advice: Option<(&str, &str)>) -> Error {
    match advice {
        Some((hint, example)) => e.with_value("hint", hint).with_value("example", example),
        None => e,
    }
}

/// The JSON text of a JavaScript value, written by `JSON.stringify` (`undefined` is `null`).
/// Values `JSON.stringify` refuses (cycles, `BigInt`) give `<kind>.invalid_json`.
fn json_text(value: &JsValue, kind: DocumentKind) -> Result<String, Error> {
    match json_stringify(value) {
        Ok(s) => Ok(s.as_string().unwrap_or_else(|| "null".to_owned())),
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
            Err(Error::new(
                kind,
                vec![Diagnostic::error(
                    code,
                    "",
                    format!("the value cannot be written as JSON: {why}"),
                )
                .with_help("pass plain objects, arrays, strings, numbers, booleans and null")],
            ))
        }
    }
}

/// A JSON text argument `text` (`fromJSON`, `scoreJSON`, `validateJSON`): else the core's
/// `argument.invalid_type` at `""` (the document argument), with `for_object`, the call that
/// takes an object, as advice when one was given.
fn text_arg(value: &JsValue, for_object: &str) -> Result<String, Error> {
    value.as_string().ok_or_else(|| {
        let advice =
            (value.is_object() && !Array::is_array(value)).then_some(("instead", for_object));
        advise(
            Error::document_argument("text", "json_text", &js_type(value)),
            advice,
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

/// The options object of a call, written as JSON (`undefined` and `null` are none; NaN and
/// ±Infinity as text) and read by the core's `OptionReader` under the names `known`: every
/// problem at once, located at `/<option>`, in the reader's language.
fn options_reader(options: &JsValue, known: &[&str], example: &str) -> Result<OptionReader, Error> {
    let value = if options.is_undefined() || options.is_null() {
        Value::Null
    } else {
        serde_json::from_str(&json_text(options, DocumentKind::Input)?).unwrap_or_default()
    };
    Ok(OptionReader::new(&value, known, example))
}

/// The positional argument `name`, a whole number from 0 to `max` (`expected`: `whole_number`,
/// `decimals`...): anything but a number is `argument.invalid_type`, another number
/// `argument.invalid_value` (the core's, at `/<name>`).
fn whole_number(v: &JsValue, name: &str, expected: &str, max: f64) -> Result<u64, Error> {
    let Some(t) = v.as_f64() else {
        return Err(argument_error(name, expected, v, None));
    };
    if t.fract() == 0.0 && (0.0..=max).contains(&t) {
        Ok(t as u64)
    } else {
        Err(Error::argument_value(name, expected, &shown(v)))
    }
}

/// The options of `score`, `scoreJSON` and `scoreMany`: how to score, and (in the whole
/// package) the uncertainty to add to each report when asked for (`uncertainty: true` or its
/// options).
struct Scoring {
    options: ScoreOptions,
    #[cfg(feature = "full")]
    uncertainty: Option<UncertaintyOptions>,
}

impl Scoring {
    /// Scores an assessment given as JSON text.
    fn score(&self, fw: &lhs_maturity::Framework, text: &str) -> Result<Report, Error> {
        #[cfg(feature = "full")]
        if let Some(u) = &self.uncertainty {
            return Assessment::from_json(text)
                .and_then(|a| fw.score_with_uncertainty(&a, &self.options, u));
        }
        fw.score_json_with(text, &self.options)
    }
}

/// The `uncertainty` option: `true`/`false`, or the core's options object (camelCase:
/// `maxExact`), its problems located under `/uncertainty`.
#[cfg(feature = "full")]
fn uncertainty_option(v: Value) -> Result<Option<UncertaintyOptions>, Error> {
    match v {
        Value::Bool(on) => Ok(on.then(UncertaintyOptions::default)),
        other => UncertaintyOptions::from_options(&other, true)
            .map(Some)
            .map_err(|e| e.within(Part::Member("/uncertainty"))),
    }
}

/// The options every scoring call shares, read from `o`: `defaultTarget`, `language`, and
/// `unknown` by the core's `UnknownRule::from_str` (`input.invalid_option` at `/unknown`, a
/// non-string included).
fn shared_score_options(o: &mut OptionReader) -> ScoreOptions {
    let mut out = ScoreOptions {
        default_target: o.target("defaultTarget"),
        ..ScoreOptions::default()
    };
    if let Some(language) = o.string("language") {
        out.language = language;
    }
    if let Some(rule) = o.name("unknown").and_then(|n| {
        let rule = n.parse::<UnknownRule>();
        o.check("unknown", rule)
    }) {
        out.unknown = rule;
    }
    out
}

/// The option names of `score`, `scoreJSON` and `scoreMany` in this build.
#[cfg(feature = "full")]
const SCORE_OPTIONS: &[&str] = &["defaultTarget", "language", "unknown", "uncertainty"];
#[cfg(not(feature = "full"))]
const SCORE_OPTIONS: &[&str] = &["defaultTarget", "language", "unknown"];

/// Reads the options object of `score`, `scoreJSON` and `scoreMany`: the shared ones, and
/// `uncertainty` by the core's `UncertaintyOptions::from_options` (whole package only).
fn score_options(options: Option<Object>) -> Result<Scoring, Error> {
    let options = options.map_or(JsValue::NULL, JsValue::from);
    let mut o = options_reader(&options, SCORE_OPTIONS, "{ defaultTarget: 3 }")?;
    let options = shared_score_options(&mut o);
    #[cfg(feature = "full")]
    let uncertainty = o
        .value("uncertainty")
        .and_then(|v| {
            let read = uncertainty_option(v);
            o.check("uncertainty", read)
        })
        .flatten();
    o.finish()?;
    Ok(Scoring {
        options,
        #[cfg(feature = "full")]
        uncertainty,
    })
}

/// What `Framework#render` draws: the Markdown report, the radar chart of the domains, or the
/// bar chart of the learning profile (the facets given, or all).
enum Rendering {
    Markdown,
    Radar,
    Facets(Option<Vec<String>>),
}

/// Reads the options of `Framework#render`: `format` (`markdown`, the default; `radar`;
/// `facets`), `facets` (facet ids, with `format: "facets"` only) and the scoring options.
fn render_options(options: &JsValue) -> Result<(Rendering, ScoreOptions), Error> {
    let mut o = options_reader(
        options,
        &["format", "facets", "defaultTarget", "language", "unknown"],
        "{ format: \"radar\", language: \"fr\" }",
    )?;
    let format = o.string("format");
    let facets = o.strings("facets");
    let rendering = match (format.as_deref(), &facets) {
        (Some("facets"), _) => Ok(Rendering::Facets(facets.clone())),
        (None | Some("markdown" | "radar"), Some(_)) => {
            Err(
                Error::argument_value("format", "choice", format.as_deref().unwrap_or("markdown"))
                    .with_value(
                        "choices",
                        "`facets` (the option `facets` is for the profile chart)",
                    ),
            )
        }
        (None | Some("markdown"), None) => Ok(Rendering::Markdown),
        (Some("radar"), None) => Ok(Rendering::Radar),
        (Some(other), _) => Err(Error::argument_value("format", "choice", other)
            .with_value("choices", "`markdown`, `radar`, `facets`")),
    };
    // Every problem at once: the format's, then the scoring options'.
    let rendering = o.check("format", rendering);
    let scoring = shared_score_options(&mut o);
    o.finish()?;
    let rendering = rendering.unwrap_or(Rendering::Markdown);
    Ok((rendering, scoring))
}

/// The options of `uncertainty`: `unknown` (as in `score`) and the core's options (`draws`,
/// `seed`, `maxExact`, `model`), every problem at once.
#[cfg(feature = "full")]
fn uncertainty_options(options: &JsValue) -> Result<UncertaintyOptions, Error> {
    let mut value = if options.is_undefined() || options.is_null() {
        Value::Null
    } else {
        serde_json::from_str(&json_text(options, DocumentKind::Input)?).unwrap_or_default()
    };
    let unknown = value.as_object_mut().and_then(|m| m.remove("unknown"));
    let rule = unknown.map(|v| {
        let name = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
        name.parse::<UnknownRule>()
    });
    // Every problem at once: the core's options first, then `unknown`.
    let mut problems = Vec::new();
    let read = UncertaintyOptions::from_options(&value, true)
        .map_err(|e| problems.extend(e.details().iter().cloned()))
        .ok();
    let rule = match rule {
        Some(Err(e)) => {
            problems.extend(e.details().iter().cloned());
            None
        }
        Some(Ok(r)) => Some(r),
        None => None,
    };
    match read {
        Some(mut o) if problems.is_empty() => {
            if let Some(r) = rule {
                o.unknown = r;
            }
            Ok(o)
        }
        _ => Err(Error::Input(problems)),
    }
}

/// Reads the options object `{ unitKind }` of `indicators`.
fn unit_kind_options(options: &JsValue) -> Result<Option<UnitKind>, Error> {
    let mut o = options_reader(options, &["unitKind"], "{ unitKind: \"district\" }")?;
    let kind = unit_kind(&mut o);
    o.finish()?;
    Ok(kind)
}

/// The `unitKind` option, read by the core's `UnitKind::from_option` (any case).
fn unit_kind(o: &mut OptionReader) -> Option<UnitKind> {
    o.string("unitKind").and_then(|name| {
        let kind = UnitKind::from_option(&name, "/unitKind");
        o.check("unitKind", kind)
    })
}

/// The array argument `what` (`assessments`, `reports`, `ratings`) of `function`, or the core's
/// `argument.invalid_type` at `""` (the list is the document: its items are at `/<i>`), with
/// `function([item])` as advice for a single item.
#[cfg(feature = "full")]
fn array_arg(value: &JsValue, function: &str, what: &str) -> Result<Array, Error> {
    if Array::is_array(value) {
        return Ok(Array::from(value));
    }
    let e = Error::document_argument(what, what, &js_type(value));
    if value.is_object() || value.is_string() {
        let example = format!("{function}([{}])", what.trim_end_matches('s'));
        return Err(advise(e, Some(("instead", &example))));
    }
    Err(e)
}

/// Reads every item of a list with `read`; the errors of all items together, each located at
/// `/<i>` as `part` says (the core's `Error::collect`).
#[cfg(feature = "full")]
fn read_all<T>(
    items: &Array,
    part: fn(usize) -> Part<'static>,
    read: impl Fn(&JsValue) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    Error::collect(items.iter().map(|item| read(&item)), part).map_err(|(_, e)| e)
}

/// Reads a report: the object `score` returns, or its JSON text (`scoreJSON`'s result), by the
/// core's report reader (`report.invalid_json`, `report.invalid`).
#[cfg(feature = "full")]
fn read_report(value: &JsValue) -> Result<Report, Error> {
    match value.as_string() {
        Some(text) => Report::from_json(&text),
        None => Report::from_json(&json_text(value, DocumentKind::Input)?),
    }
}

/// An array of reports (objects or JSON text).
#[cfg(feature = "full")]
fn reports_arg(value: &JsValue, function: &str) -> Result<Vec<Report>, Error> {
    read_all(
        &array_arg(value, function, "reports")?,
        Part::Report,
        read_report,
    )
}

/// An array of assessments (objects, as `score` takes them), each read and checked against the
/// framework: every problem of every assessment at once (the core's `Framework::check_list`).
#[cfg(feature = "full")]
fn assessments_arg(
    fw: &lhs_maturity::Framework,
    value: &JsValue,
    function: &str,
) -> Result<Vec<Assessment>, Error> {
    let read = array_arg(value, function, "assessments")?
        .iter()
        .map(|item| Assessment::from_json(&json_text(&item, DocumentKind::Assessment)?))
        .collect();
    fw.check_list(read).map_err(|(_, e)| e)
}

/// A validated framework, indexed for scoring. Build it once, score many assessments.
#[wasm_bindgen]
pub struct Framework {
    inner: lhs_maturity::Framework,
}

#[wasm_bindgen]
impl Framework {
    /// The built-in framework `lhs-2021` in its latest version (with the texts of every language
    /// added by `addLanguage`), or in the version given (e.g. `"1.0.0"`, English only); an
    /// unknown version throws a `FrameworkError` `framework.unknown_version`.
    #[cfg(feature = "full")]
    pub fn builtin(
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] version: JsValue,
    ) -> Result<Framework, JsValue> {
        let latest = languages::latest_builtin();
        if version.is_undefined() || version.is_null() {
            return Ok(Framework { inner: latest });
        }
        let Some(v) = version.as_string() else {
            let advice = Some(("example", "Framework.builtin(\"1.0.0\")"));
            return Err(throw(argument_error("version", "text", &version, advice)));
        };
        if v.trim() == latest.version() {
            return Ok(Framework { inner: latest });
        }
        lhs_maturity::Framework::builtin_version(&v)
            .map(|inner| Framework { inner })
            .map_err(throw)
    }

    /// The built-in framework `lhs-2021` (latest version), with the texts of every language
    /// added by `addLanguage`.
    #[cfg(not(feature = "full"))]
    pub fn builtin() -> Framework {
        Framework {
            inner: languages::latest_builtin(),
        }
    }

    /// Loads and validates a framework from JSON text; throws a `FrameworkError` listing every
    /// problem.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<Framework, JsValue> {
        let text = text_arg(&text, "Framework.fromObject(spec)").map_err(throw)?;
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

    /// Every indicator with its place in the tree, in framework order, and its effective weight
    /// for a unit of the kind given (`{ unitKind }`; every indicator applies without one).
    #[wasm_bindgen(unchecked_return_type = "IndicatorInfo[]")]
    pub fn indicators(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "IndicatorsOptions | null")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let kind = unit_kind_options(&options).map_err(throw)?;
        to_js(&self.inner.indicators_for(kind))
    }

    /// The descriptor of one level of an indicator (its text, or its elements' texts joined),
    /// in `language` (default English; falls back to English); `null` for an indicator or a
    /// level the framework does not have.
    #[wasm_bindgen(unchecked_return_type = "string | null")]
    pub fn descriptor(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] level: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "string | null")] language: JsValue,
    ) -> Result<JsValue, JsValue> {
        let Some(id) = id.as_string() else {
            return Err(throw(argument_error("id", "text", &id, None)));
        };
        let level = whole_number(&level, "level", "whole_number", f64::from(u32::MAX))
            .map_err(throw)? as u32;
        let lang = if language.is_undefined() || language.is_null() {
            "en".to_owned()
        } else {
            language.as_string().ok_or_else(|| {
                let advice = Some(("example", "\"fr\""));
                throw(argument_error("language", "text", &language, advice))
            })?
        };
        Ok(self
            .inner
            .descriptor(&id, level)
            .map_or(JsValue::NULL, |t| JsValue::from_str(t.get(&lang))))
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
        let text = text_arg(&text, "framework.validate(assessment)").map_err(throw)?;
        to_js(&self.inner.validate_json(&text))
    }

    /// Scores an assessment (a plain object); throws an `AssessmentError` listing every error.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn score(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions")] options: Option<Object>,
    ) -> Result<JsValue, JsValue> {
        let scoring = score_options(options).map_err(throw)?;
        let text = json_text(&assessment, DocumentKind::Assessment).map_err(throw)?;
        let report = scoring.score(&self.inner, &text).map_err(throw)?;
        to_js(&report)
    }

    /// How sure an assessment's scores are (`spec/SCORING.md` §28): per node, the range its
    /// unknown and missing answers allow and the distribution of its score over the raters'
    /// confidence (independent and correlated errors). Options: `{ draws, seed, maxExact,
    /// model, unknown }`; the same numbers as Python and the command line for the same seed.
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "Uncertainty")]
    pub fn uncertainty(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "UncertaintyOptions | null")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let options = uncertainty_options(&options).map_err(throw)?;
        let text = json_text(&assessment, DocumentKind::Assessment).map_err(throw)?;
        let result = Assessment::from_json(&text)
            .and_then(|a| self.inner.uncertainty(&a, &options))
            .map_err(throw)?;
        to_js(&result)
    }

    /// Reads, checks and scores an assessment given as JSON text; returns the report as JSON
    /// text.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = scoreJSON)]
    pub fn score_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions")] options: Option<Object>,
    ) -> Result<String, JsValue> {
        let scoring = score_options(options).map_err(throw)?;
        let text = text_arg(&text, "framework.score(assessment)").map_err(throw)?;
        scoring
            .score(&self.inner, &text)
            .map(|r| r.to_json())
            .map_err(throw)
    }

    /// Scores many assessments: one entry per assessment, in order, either its report or the
    /// `AssessmentError` it would throw (returned, not thrown).
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = scoreMany, unchecked_return_type = "Array<Report | AssessmentError>")]
    pub fn score_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions")] options: Option<Object>,
    ) -> Result<Array, JsValue> {
        let scoring = score_options(options).map_err(throw)?;
        if !Array::is_array(&assessments) {
            let e = Error::document_argument("assessments", "assessments", &js_type(&assessments));
            let single = assessments.is_object() || assessments.is_string();
            let advice = single.then_some(("instead", "framework.score(assessment)"));
            return Err(throw(advise(e, advice)));
        }
        let out = Array::new();
        for item in Array::from(&assessments).iter() {
            let result = json_text(&item, DocumentKind::Assessment)
                .and_then(|text| scoring.score(&self.inner, &text));
            out.push(&match result {
                Ok(report) => to_js(&report)?,
                Err(e) => throw(e),
            });
        }
        Ok(out)
    }

    /// Scores an assessment and renders the report in the core, in one call: `format`
    /// `"markdown"` (the default; user-typed text escaped), `"radar"` (the domain scores as an
    /// SVG radar chart) or `"facets"` (the learning profile as an SVG bar chart, of the
    /// `facets` named, or all). The other options are `score`'s: `language` (of the
    /// framework's texts and of the rendering), `unknown`, `defaultTarget`. The same text as
    /// `renderMarkdown(framework.score(assessment))` and the charts, without handing the report
    /// back to the module: the elements' smaller module has this method only.
    pub fn render(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AssessmentRenderOptions | null")]
        options: JsValue,
    ) -> Result<String, JsValue> {
        let (rendering, scoring) = render_options(&options).map_err(throw)?;
        let text = json_text(&assessment, DocumentKind::Assessment).map_err(throw)?;
        let report = self.inner.score_json_with(&text, &scoring).map_err(throw)?;
        Ok(match rendering {
            Rendering::Markdown => lhs_maturity::to_markdown(&report),
            Rendering::Radar => lhs_maturity::radar_chart(&report),
            Rendering::Facets(None) => lhs_maturity::facet_chart(&report),
            Rendering::Facets(Some(ids)) => {
                lhs_maturity::facet_chart_of(&report, &ids).map_err(throw)?
            }
        })
    }
}

/// The report argument of a function that takes one, located under `label` when given.
#[cfg(feature = "full")]
fn report_arg(report: &JsValue, argument: Option<&str>) -> Result<Report, JsValue> {
    read_report(report)
        .map_err(|e| throw(argument.map_or(e.clone(), |name| e.within(Part::Argument(name)))))
}

/// The report argument of a rendering, in the language of its `{ language }` option if given
/// (the words and numbers of the rendering; the framework's texts in the report stay in the
/// language it was scored in).
#[cfg(feature = "full")]
fn rendered_report(report: &JsValue, options: &JsValue) -> Result<Report, JsValue> {
    let language = languages::render_language(options).map_err(throw)?;
    let mut r = report_arg(report, None)?;
    if let Some(l) = language {
        r.language = l;
    }
    Ok(r)
}

/// Renders a report (as returned by `score`) as Markdown, in the report's language or the one
/// of `{ language }`; user-typed text is escaped.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = renderMarkdown)]
pub fn render_markdown(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions | null")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::to_markdown(&rendered_report(
        &report, &options,
    )?))
}

/// A radar (spider) chart of the domain scores of a report, as an SVG document (text is
/// escaped; no scripts, fonts or links).
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = radarChart)]
pub fn radar_chart(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions | null")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::radar_chart(&rendered_report(
        &report, &options,
    )?))
}

/// A bar chart of the learning profile of a report (every facet in `report.facets`), as an SVG
/// document.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = facetChart)]
pub fn facet_chart(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions | null")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::facet_chart(&rendered_report(
        &report, &options,
    )?))
}

/// A report as a self-contained HTML page (no scripts, loads nothing, prints on A4): scores,
/// charts, next steps and every indicator with the descriptors of its current and next level,
/// taken from `framework` (the one the report was scored with); right to left in Arabic.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] report: JsValue,
    framework: &Framework,
    #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions | null")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(lhs_maturity::to_html(
        &rendered_report(&report, &options)?,
        &framework.inner,
    ))
}
