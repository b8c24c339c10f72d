//! The analyses (`spec/SCORING.md` §15–18): `Framework#pool` and `#agreement`, `compare`,
//! `series`, `cohort`, `reliability`, and the matrix statistics `krippendorffAlpha`, `icc` and
//! `cronbachAlpha`. Options objects are turned into the core's option types, and the core
//! computes. The rating matrices are converted cell by cell into the core's neutral form (so
//! that the core sees `NaN` and `Infinity`, where `JSON.stringify` would make both `null`).

use crate::{
    assessments_arg, json_text, options_reader, report_arg, reports_arg, shown, throw, to_js,
    Framework,
};
use js_sys::Array;
use lhs_maturity::analysis::{
    self, BootstrapOptions, CohortOptions, Estimate, Listed, Metric, PoolMethod, PoolOptions,
    RobustnessOptions, Scalar,
};
use lhs_maturity::{Assessment, DocumentKind, Error, OptionReader, Part};
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// Reads the options of `pool`: `method` (the core's names, `PoolMethod::from_str`),
/// `allowMismatch`, and `consensus` (the core's reader of a consensus document,
/// `PoolOptions::consensus_from_json`, its paths located under `/consensus`). Every bad option
/// is reported at once.
fn pool_options(options: &JsValue) -> Result<PoolOptions, Error> {
    let mut o = options_reader(
        options,
        &["method", "allowMismatch", "consensus"],
        "{ method: \"median\" }",
    )?;
    let out = read_pool_options(&mut o);
    o.finish()?;
    Ok(out)
}

/// Reads the options of `poolBootstrap`: those of `pool`, and `resamples`, `seed` (whole
/// numbers) and `level` (a number; the core checks that it is between 0 and 1).
fn bootstrap_options(options: &JsValue) -> Result<BootstrapOptions, Error> {
    let mut o = options_reader(
        options,
        &[
            "method",
            "allowMismatch",
            "consensus",
            "resamples",
            "seed",
            "level",
        ],
        "{ resamples: 1000, seed: 7 }",
    )?;
    let d = BootstrapOptions::default();
    let pool = read_pool_options(&mut o);
    let resamples = o
        .whole_number("resamples")
        .map_or(d.resamples, |n| n as usize);
    let seed = o.whole_number("seed").map_or(d.seed, u64::from);
    let level = o
        .value("level")
        .map_or(d.level, |v| v.as_f64().unwrap_or(f64::NAN));
    o.finish()?;
    Ok(BootstrapOptions {
        pool,
        resamples,
        seed,
        level,
    })
}

/// The pooling options (`method`, `allowMismatch`, `consensus`) of an options reader.
fn read_pool_options(o: &mut OptionReader) -> PoolOptions {
    let mut out = PoolOptions::default();
    if let Some(m) = o.string("method").and_then(|m| {
        let method = m.parse::<PoolMethod>();
        o.check("method", method)
    }) {
        out.method = m;
    }
    if let Some(b) = o.bool("allowMismatch") {
        out.allow_mismatch = b;
    }
    if let Some(c) = o.object("consensus").and_then(|v| {
        let consensus = PoolOptions::consensus_from_json(&v.to_string())
            .map_err(|e| e.within(Part::Member("/consensus")));
        o.check("consensus", consensus)
    }) {
        out.consensus = c;
    }
    out
}

/// Reads the options of `cohort`: `groupBy`, `minGroup` (default: the core's
/// `DEFAULT_MIN_GROUP`) and `publishable` (default `true`: the core's `Cohort::publishable`,
/// without the unit ranks).
fn cohort_options(options: &JsValue) -> Result<(CohortOptions, bool), Error> {
    let mut o = options_reader(
        options,
        &[
            "groupBy",
            "minGroup",
            "publishable",
            "sample",
            "resamples",
            "seed",
        ],
        "{ groupBy: \"region\" }",
    )?;
    let mut out = CohortOptions {
        group_by: o.string("groupBy"),
        ..CohortOptions::default()
    };
    if let Some(n) = o.whole_number("minGroup") {
        out.min_group = n as usize;
    }
    out.sample = o.bool("sample").unwrap_or(false);
    if let Some(n) = o.whole_number("resamples") {
        out.resamples = n as usize;
    }
    if let Some(n) = o.whole_number("seed") {
        out.seed = u64::from(n);
    }
    let publishable = o.bool("publishable").unwrap_or(true);
    o.finish()?;
    Ok((out, publishable))
}

/// Reads the options of `robustness`: `labels` (the units' names, one per assessment: the
/// binding's own argument) and the core's options (`RobustnessOptions::from_options`, in
/// camelCase: `weightsSpread`, `weightsModel`, `aggregationNodes`, `topK`). Every problem at
/// once, the core's first, then `labels`.
fn robustness_options(
    options: &JsValue,
) -> Result<(Option<Vec<String>>, RobustnessOptions), Error> {
    let mut value = if options.is_undefined() || options.is_null() {
        Value::Null
    } else {
        serde_json::from_str(&json_text(options, DocumentKind::Input)?).unwrap_or_default()
    };
    let labels = value.as_object_mut().and_then(|m| m.remove("labels"));
    let mut problems = Vec::new();
    let read = RobustnessOptions::from_options(&value, true)
        .map_err(|e| problems.extend(e.details().iter().cloned()))
        .ok();
    let labels = labels.and_then(|v| {
        let given = serde_json::json!({ "labels": v });
        let mut o = OptionReader::new(&given, &["labels"], "{ labels: [\"a\", \"b\"] }");
        let list = o.strings("labels");
        if let Err(e) = o.finish() {
            problems.extend(e.details().iter().cloned());
        }
        list
    });
    match read {
        Some(o) if problems.is_empty() => Ok((labels, o)),
        _ => Err(Error::Input(problems)),
    }
}

/// The units of `robustness`: each assessment with its label (the `labels` given, else the
/// core's `analysis::unit_labels`, else its position), or `argument.invalid_value` at `/labels`
/// when there are not as many labels as assessments.
fn labelled(
    labels: Option<Vec<String>>,
    list: Vec<Assessment>,
) -> Result<Vec<(String, Assessment)>, Error> {
    if let Some(l) = labels.as_ref().filter(|l| l.len() != list.len()) {
        return Err(
            Error::argument_value("labels", "choice", &format!("{} labels", l.len()))
                .with_value("choices", "one label per assessment"),
        );
    }
    let labels = labels
        .or_else(|| analysis::unit_labels(&list))
        .unwrap_or_else(|| (0..list.len()).map(|i| i.to_string()).collect());
    Ok(labels.into_iter().zip(list).collect())
}

/// The core's errors of `Framework::robustness` located at the options' JavaScript names
/// (`/weights_spread` → `/weightsSpread`, `/aggregation_nodes/<i>` → `/aggregationNodes/<i>`),
/// as the options reader locates its own.
fn at_camel_case(e: Error) -> Error {
    const NAMES: [(&str, &str); 2] = [
        ("/weights_spread", "/weightsSpread"),
        ("/aggregation_nodes", "/aggregationNodes"),
    ];
    match e {
        Error::Input(mut list) => {
            for d in &mut list {
                for (snake, camel) in NAMES {
                    if let Some(rest) = d.path.strip_prefix(snake) {
                        if rest.is_empty() || rest.starts_with('/') {
                            d.path = format!("{camel}{rest}");
                        }
                    }
                }
            }
            Error::Input(list)
        }
        other => other,
    }
}

/// One JavaScript value in the core's neutral form: `null` or `undefined`, a number (`NaN` and
/// `Infinity` included), a string, or anything else as `JSON.stringify` (or its type) shows it.
/// Only conversion: the core says what is missing and what is invalid.
pub(crate) fn scalar(v: &JsValue) -> Scalar {
    if v.is_undefined() || v.is_null() {
        Scalar::Missing
    } else if let Some(x) = v.as_f64() {
        Scalar::Number(x)
    } else if let Some(t) = v.as_string() {
        Scalar::Text(t)
    } else {
        Scalar::Other(shown(v))
    }
}

/// A JavaScript value that should be a list (an array or a typed array), its items converted.
fn listed<T>(v: &JsValue, item: impl Fn(&JsValue) -> T) -> Listed<T> {
    if Array::is_array(v)
        || (js_sys::ArrayBuffer::is_view(v) && !v.is_instance_of::<js_sys::DataView>())
    {
        Listed::List(Array::from(v).iter().map(|x| item(&x)).collect())
    } else {
        Listed::Other(shown(v))
    }
}

/// A matrix of ratings (an array of rows, each an array or a typed array), read by the core
/// (`analysis::rating_matrix`: `null`, `undefined` and `NaN` are a missing rating).
fn matrix_arg(data: &JsValue) -> Result<Vec<Vec<Option<f64>>>, Error> {
    analysis::rating_matrix(listed(data, |row| listed(row, scalar)))
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

#[wasm_bindgen]
impl Framework {
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
        let list = assessments_arg(&self.inner, &assessments, "pool").map_err(throw)?;
        to_js(&self.inner.pool(&list, &options).map_err(throw)?)
    }

    /// How much a pooled assessment's scores depend on who answered (`spec/SCORING.md` §31):
    /// with 8 respondents or more, `resamples` resamples of the respondents (seeded) give each
    /// node's percentile interval and the share keeping its level; with fewer, each node's
    /// score with each respondent left out, and their range. Options: those of `pool`, and
    /// `{ resamples, seed, level }`. Throws as `pool` does, and an `LhsError`
    /// `input.invalid_bootstrap_option` for no resamples or a level outside (0, 1).
    #[wasm_bindgen(js_name = poolBootstrap, unchecked_return_type = "PoolBootstrap")]
    pub fn pool_bootstrap(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "PoolBootstrapOptions | null")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let options = bootstrap_options(&options).map_err(throw)?;
        let list = assessments_arg(&self.inner, &assessments, "poolBootstrap").map_err(throw)?;
        to_js(&self.inner.pool_bootstrap(&list, &options).map_err(throw)?)
    }

    /// Whether the results of many units survive other reasonable choices (`spec/SCORING.md`
    /// §30): the weights, the aggregation of the nodes named, the treatment of missing answers
    /// and the raters' confidence varied together on a Sobol' design; per unit the spread of its
    /// score and how often it keeps its level, the ranks (with `publishable: false`), each
    /// domain left out, and the Sobol' indices of every factor. Options: `{ labels, n, seed,
    /// weightsSpread, weightsModel, aggregationNodes, missing, rating, model, topK, pairs,
    /// bootstrap, publishable }`; the same numbers as Python and the command line for the same
    /// seed. Throws an `AssessmentError` for an invalid assessment (at `/<i>/...`) and an
    /// `LhsError` for an invalid option (at `/<option>`).
    #[wasm_bindgen(unchecked_return_type = "Robustness")]
    pub fn robustness(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RobustnessOptions | null")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (labels, options) = robustness_options(&options).map_err(throw)?;
        let list = assessments_arg(&self.inner, &assessments, "robustness").map_err(throw)?;
        let units = labelled(labels, list).map_err(throw)?;
        let result = self.inner.robustness(&units, &options);
        to_js(&result.map_err(|e| throw(at_camel_case(e)))?)
    }

    /// Inter-rater agreement of several respondents' assessments: Krippendorff's alpha
    /// (ordinal, interval) and ICC(2,1)/ICC(2,k), overall then per domain.
    #[wasm_bindgen(unchecked_return_type = "Agreement")]
    pub fn agreement(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
    ) -> Result<JsValue, JsValue> {
        let list = assessments_arg(&self.inner, &assessments, "agreement").map_err(throw)?;
        to_js(&self.inner.agreement(&list).map_err(throw)?)
    }
}

/// Compares two rounds of a unit (`spec/SCORING.md` §16): the change of every indicator, node
/// and the overall score, improved/regressed/unchanged indicators and progress to target.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] before: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReportInput")] after: JsValue,
) -> Result<JsValue, JsValue> {
    let before = report_arg(&before, Some("before"))?;
    let after = report_arg(&after, Some("after"))?;
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
/// (`spec/SCORING.md` §17). Options: `{ groupBy, minGroup, publishable, sample, resamples,
/// seed }`; publishable (the default) leaves out the unit ranks; `sample: true` gives the means
/// of groups of at least 10 units a bootstrap interval (§31; a census has no sampling error).
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
    let data = matrix_arg(&data).map_err(throw)?;
    let (alpha, units) = analysis::krippendorff_alpha(&data, metric);
    to_js(&AlphaResult::new(alpha, units))
}

/// The core's renderings of a robustness result (as `Framework#robustness` returns it, or its
/// JSON text): `{ format: "markdown" }` (the default) a Markdown report, `"html"` a
/// self-contained page with each unit's interval drawn, `"svg"` that chart alone; in the
/// language of `{ language }` (default English; load other languages first with
/// `addLanguage`). Throws an `LhsError` `input.invalid_result` for anything but such a result.
#[wasm_bindgen(js_name = renderRobustness)]
pub fn render_robustness(
    #[wasm_bindgen(unchecked_param_type = "Robustness | string")] result: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RobustnessRenderOptions | null")]
    options: JsValue,
) -> Result<String, JsValue> {
    let mut o = options_reader(
        &options,
        &["format", "language"],
        "{ format: \"html\", language: \"fr\" }",
    )
    .map_err(throw)?;
    let format = o.string("format");
    let language = o.string("language").unwrap_or_else(|| "en".to_owned());
    o.finish().map_err(throw)?;
    let text = match result.as_string() {
        Some(t) => t,
        None => json_text(&result, DocumentKind::Input).map_err(throw)?,
    };
    let r = analysis::Robustness::from_json(&text).map_err(throw)?;
    match format.as_deref() {
        None | Some("markdown") => Ok(r.to_markdown(&language)),
        Some("html") => Ok(r.to_html(&language)),
        Some("svg") => Ok(r.interval_chart(&language)),
        Some(other) => Err(throw(
            Error::argument_value("format", "choice", other)
                .with_value("choices", "`markdown`, `html`, `svg`"),
        )),
    }
}

/// ICC(2,1) and ICC(2,k) (two-way random effects, absolute agreement) of `data[rater][unit]`,
/// on the units every rater rated, and their number.
#[wasm_bindgen(unchecked_return_type = "IccResult")]
pub fn icc(
    #[wasm_bindgen(unchecked_param_type = "RatingMatrix")] data: JsValue,
) -> Result<JsValue, JsValue> {
    let data = matrix_arg(&data).map_err(throw)?;
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
    let rows = matrix_arg(&rows).map_err(throw)?;
    let (alpha, used) = analysis::cronbach_alpha_listwise(&rows);
    to_js(&AlphaResult::new(alpha, used))
}
