//! Reading the options of [`crate::Framework::robustness`] as a binding receives them (a JSON
//! object of the caller's option names): every problem at once, located at `/<option>`, so
//! that the bindings convert and forward and never check an option themselves.

use super::{RobustnessOptions, WeightsModel};
use crate::analysis::uncertainty::UncertaintyOptions;
use crate::error::{Error, Severity};
use crate::i18n;
use crate::read::options::OptionReader;
use serde_json::{json, Value};

impl RobustnessOptions {
    /// The options as a binding receives them (`null` for none): `n`, `seed` (a whole number
    /// up to 2⁵³ − 1, as for the uncertainty), `weights_spread`, `weights_model` (`uniform` or
    /// `dirichlet`), `aggregation_nodes` (node ids), `missing`, `rating`, `model` (as for the
    /// uncertainty), `top_k`, `pairs` (pairs of unit labels), `bootstrap` and `publishable`;
    /// with `camel_case` (JavaScript) `weightsSpread`, `weightsModel`, `aggregationNodes` and
    /// `topK`. Those left out keep their defaults. Whether the values make sense (the spread
    /// below 1, nodes and labels that exist, `n` a power of 2) is checked by
    /// `Framework::robustness`.
    ///
    /// ```
    /// use lhs_maturity::analysis::{RobustnessOptions, WeightsModel};
    /// use serde_json::json;
    /// let o = RobustnessOptions::from_options(
    ///     &json!({"n": 16, "weightsModel": "dirichlet", "pairs": [["a", "b"]]}), true).unwrap();
    /// assert_eq!((o.n, o.weights_model, o.bootstrap), (16, WeightsModel::Dirichlet, 1000));
    /// let e = RobustnessOptions::from_options(
    ///     &json!({"seed": -1, "weights_model": "flat", "pairs": [["a"]]}), false).unwrap_err();
    /// let found: Vec<_> = e.details().iter().map(|d| (d.code.as_str(), d.path.as_str())).collect();
    /// assert_eq!(found, [("input.invalid_option", "/seed"),
    ///                    ("argument.invalid_value", "/weights_model"),
    ///                    ("input.invalid_type", "/pairs/0")]);
    /// ```
    pub fn from_options(options: &Value, camel_case: bool) -> Result<Self, Error> {
        let [spread, model_name, nodes, top_k] = if camel_case {
            ["weightsSpread", "weightsModel", "aggregationNodes", "topK"]
        } else {
            [
                "weights_spread",
                "weights_model",
                "aggregation_nodes",
                "top_k",
            ]
        };
        let known = [
            "n",
            "seed",
            spread,
            model_name,
            nodes,
            "missing",
            "rating",
            "model",
            top_k,
            "pairs",
            "bootstrap",
            "publishable",
        ];
        let example = if camel_case {
            "{ n: 256, seed: 7, weightsSpread: 0.25 }"
        } else {
            "n=256, seed=7, weights_spread=0.25"
        };
        let mut o = OptionReader::new(options, &known, example);
        let mut out = RobustnessOptions::default();
        if let Some(n) = o.whole_number("n") {
            out.n = n as usize;
        }
        // The seed and the rating model are read as the uncertainty reads them.
        if let Some(v) = o.value("seed") {
            let read = UncertaintyOptions::from_options(&json!({ "seed": v }), camel_case);
            if let Some(u) = o.check("seed", read) {
                out.seed = u.seed;
            }
        }
        if let Some(v) = o.value("model") {
            let read = UncertaintyOptions::from_options(&json!({ "model": v }), camel_case);
            if let Some(u) = o.check("model", read) {
                out.model = u.model;
            }
        }
        if let Some(x) = o.number(spread) {
            out.weights_spread = x;
        }
        if let Some(m) = o.name(model_name) {
            let read = weights_model(&m, model_name);
            if let Some(m) = o.check(model_name, read) {
                out.weights_model = m;
            }
        }
        if let Some(list) = o.strings(nodes) {
            out.aggregation_nodes = list;
        }
        if let Some(b) = o.bool("missing") {
            out.missing = b;
        }
        if let Some(b) = o.bool("rating") {
            out.rating = b;
        }
        if let Some(k) = o.whole_number(top_k) {
            out.top_k = k as usize;
        }
        if let Some(v) = o.value("pairs") {
            if let Some(p) = o.check("pairs", pairs(&v)) {
                out.pairs = p;
            }
        }
        if let Some(b) = o.whole_number("bootstrap") {
            out.bootstrap = b as usize;
        }
        if let Some(b) = o.bool("publishable") {
            out.publishable = b;
        }
        o.finish()?;
        Ok(out)
    }
}

/// `input.invalid_type` at `/<name>` for a value that is not `expected`.
fn wrong_type(name: &str, expected: &str, found: &Value) -> Error {
    let found = match found {
        Value::String(_) => "text",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Array(_) => "list",
        Value::Object(_) | Value::Null => "object",
    };
    Error::Input(vec![i18n::diagnostic(
        Severity::Error,
        "input.invalid_type",
        format!("/{name}"),
        &[
            ("source", "option".into()),
            ("option", name.into()),
            ("expected", expected.into()),
            ("found", found.into()),
        ],
    )])
}

/// `uniform` or `dirichlet`; anything else is `argument.invalid_value` (a choice) at `/<name>`.
fn weights_model(text: &str, name: &str) -> Result<WeightsModel, Error> {
    match text {
        "uniform" => Ok(WeightsModel::Uniform),
        "dirichlet" => Ok(WeightsModel::Dirichlet),
        _ => Err(Error::argument_value(name, "choice", text)
            .with_value("choices", "`uniform`, `dirichlet`")),
    }
}

/// A list of pairs of unit labels, each a list of two texts (`input.invalid_type` at `/pairs`
/// for another value, at `/pairs/<i>` for another item).
fn pairs(v: &Value) -> Result<Vec<[String; 2]>, Error> {
    let Value::Array(list) = v else {
        return Err(wrong_type("pairs", "list", v));
    };
    let pair = |(i, p): (usize, &Value)| match p.as_array().map(Vec::as_slice) {
        Some([Value::String(a), Value::String(b)]) => Ok([a.clone(), b.clone()]),
        _ => Err(wrong_type(&format!("pairs/{i}"), "two unit labels", p)),
    };
    list.iter().enumerate().map(pair).collect()
}
