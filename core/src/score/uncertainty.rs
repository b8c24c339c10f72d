//! The types of how sure one assessment's scores are (computed by
//! `Framework::uncertainty`, in `analysis/`): here so that a
//! report can carry them and the renderers show them.

use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::assessment::Confidence;
use crate::read::options::OptionReader;
use crate::score::report::FrameworkId;
use crate::UnknownRule;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The chance that a rated answer's true level is the level given (`same`), and each of the two
/// levels next to it (`next`): `same + 2 × next = 1`. Mass that would fall off the scale stays
/// on the level given.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LevelSpread {
    /// P(true level = the level given).
    pub same: f64,
    /// P(true level = the level given ± 1), each.
    pub next: f64,
}

/// How sure a rated answer is, by its confidence ([`LevelSpread`] per confidence).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RatingModel {
    /// Confidence `high` (default 0.9 / 0.05).
    pub high: LevelSpread,
    /// Confidence `medium` (default 0.7 / 0.15).
    pub medium: LevelSpread,
    /// Confidence `low` (default 0.5 / 0.25).
    pub low: LevelSpread,
    /// No confidence given (default: as `medium`).
    pub unstated: LevelSpread,
}

impl Default for RatingModel {
    fn default() -> Self {
        let medium = LevelSpread {
            same: 0.7,
            next: 0.15,
        };
        RatingModel {
            high: LevelSpread {
                same: 0.9,
                next: 0.05,
            },
            medium,
            low: LevelSpread {
                same: 0.5,
                next: 0.25,
            },
            unstated: medium,
        }
    }
}

impl RatingModel {
    pub(crate) fn of(&self, confidence: Option<Confidence>) -> LevelSpread {
        match confidence {
            Some(Confidence::High) => self.high,
            Some(Confidence::Medium) => self.medium,
            Some(Confidence::Low) => self.low,
            None => self.unstated,
        }
    }

    /// `input.invalid_uncertainty_option` for each spread whose chances are not between 0 and 1
    /// or do not add up to 1.
    pub(crate) fn check(&self) -> Vec<crate::Diagnostic> {
        let named = [
            ("high", self.high),
            ("medium", self.medium),
            ("low", self.low),
            ("unstated", self.unstated),
        ];
        named
            .into_iter()
            .filter(|(_, s)| {
                let ok = (0.0..=1.0).contains(&s.same)
                    && (0.0..=0.5).contains(&s.next)
                    && (s.same + 2.0 * s.next - 1.0).abs() < 1e-9;
                !ok
            })
            .map(|(name, s)| {
                i18n::diagnostic(
                    Severity::Error,
                    "input.invalid_uncertainty_option",
                    format!("/model/{name}"),
                    &[
                        ("option", "model".into()),
                        ("confidence", name.into()),
                        ("same", s.same.to_string().into()),
                        ("next", s.next.to_string().into()),
                    ],
                )
            })
            .collect()
    }
}

/// The options of `Framework::uncertainty` (`spec/schema/uncertainty-options.schema.json`);
/// every field may be left out.
///
/// ```
/// let o: lhs_maturity::analysis::UncertaintyOptions =
///     serde_json::from_str(r#"{"draws": 2000, "model": {"low": {"same": 0.6, "next": 0.2}}}"#).unwrap();
/// assert_eq!((o.draws, o.seed, o.model.low.same, o.model.high.same), (2000, 2021, 0.6, 0.9));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(
    title = "UncertaintyOptions",
    description = "The options of the uncertainty of one assessment."
)]
pub struct UncertaintyOptions {
    /// How sure rated answers are, by confidence.
    pub model: RatingModel,
    /// The draws of the Monte Carlo method (at least 1; default 10,000).
    pub draws: usize,
    /// The seed of the Monte Carlo method (default 2021).
    pub seed: u64,
    /// The most uncertain answers the exact method enumerates (3^n combinations; default 10);
    /// more are drawn by Monte Carlo.
    pub max_exact: usize,
    /// How `unknown` answers count in every score, as in `ScoreOptions::unknown`.
    pub unknown: UnknownRule,
}

impl Default for UncertaintyOptions {
    fn default() -> Self {
        UncertaintyOptions {
            model: RatingModel::default(),
            draws: 10_000,
            seed: 2021,
            max_exact: 10,
            unknown: UnknownRule::Exclude,
        }
    }
}

/// The largest seed every surface can hold exactly (JavaScript's numbers): 2⁵³ − 1.
pub const MAX_SEED: u64 = (1 << 53) - 1;

impl UncertaintyOptions {
    /// The options as a binding receives them (a JSON object; `null` for none): `draws`,
    /// `seed` (a whole number up to 2⁵³ − 1, so that every surface holds it exactly),
    /// `max_exact` (`maxExact` with `camel_case`, as JavaScript writes it) and `model` (an
    /// object of `high`, `medium`, `low` and `unstated`, each `{"same": p, "next": q}`; those
    /// left out keep their defaults). Every problem at once, at `/<option>`; whether the
    /// values make sense (`draws` ≥ 1, chances that add up) is checked by
    /// `Framework::uncertainty`.
    ///
    /// ```
    /// use lhs_maturity::analysis::UncertaintyOptions;
    /// use serde_json::json;
    /// let o = UncertaintyOptions::from_options(&json!({"maxExact": 4, "seed": 7}), true).unwrap();
    /// assert_eq!((o.max_exact, o.seed, o.draws), (4, 7, 10_000));
    /// let e = UncertaintyOptions::from_options(&json!({"seed": -1, "model": {"high": 1}}), false)
    ///     .unwrap_err();
    /// let found: Vec<_> = e.details().iter().map(|d| (d.code.as_str(), d.path.as_str())).collect();
    /// assert_eq!(found, [("input.invalid_option", "/seed"),
    ///                    ("input.invalid_uncertainty_option", "/model")]);
    /// ```
    pub fn from_options(options: &Value, camel_case: bool) -> Result<Self, Error> {
        let max_exact = if camel_case { "maxExact" } else { "max_exact" };
        let example = if camel_case {
            "{ draws: 20000, seed: 7 }"
        } else {
            "draws=20000, seed=7"
        };
        let mut o = OptionReader::new(options, &["draws", "seed", max_exact, "model"], example);
        let d = Self::default();
        let draws = o.whole_number("draws").map_or(d.draws, |n| n as usize);
        let seed = o.value("seed").map(|v| seed_of(&v));
        let seed = seed.and_then(|r| o.check("seed", r)).unwrap_or(d.seed);
        let max_exact = o
            .whole_number(max_exact)
            .map_or(d.max_exact, |n| n as usize);
        let model = o.object("model").map(model_of);
        let model = model.and_then(|r| o.check("model", r)).unwrap_or(d.model);
        o.finish()?;
        Ok(UncertaintyOptions {
            model,
            draws,
            seed,
            max_exact,
            ..d
        })
    }
}

impl RatingModel {
    /// The JSON of a rating model written in a file (the command line's `--model`), its syntax
    /// errors located by line and column (`input.invalid_json`); what the command gives
    /// [`UncertaintyOptions::from_options`] as `model`.
    ///
    /// ```
    /// use lhs_maturity::analysis::RatingModel;
    /// assert!(RatingModel::json_of(r#"{"low": {"same": 0.6, "next": 0.2}}"#).is_ok());
    /// let e = RatingModel::json_of("{\"low\": ").unwrap_err();
    /// assert_eq!(e.code(), "input.invalid_json");
    /// ```
    pub fn json_of(text: &str) -> Result<Value, Error> {
        crate::read::json::parse_text(text, "input")
    }
}

/// A seed: a whole number from 0 to [`MAX_SEED`].
fn seed_of(v: &Value) -> Result<u64, Error> {
    match v.as_u64().filter(|&n| n <= MAX_SEED) {
        Some(n) => Ok(n),
        None => Err(Error::Input(vec![i18n::diagnostic(
            Severity::Error,
            "input.invalid_option",
            "/seed",
            &[
                ("option", "number".into()),
                ("name", "seed".into()),
                ("value", v.to_string().into()),
            ],
        )])),
    }
}

/// A rating model: the defaults, with the spreads given.
fn model_of(v: Value) -> Result<RatingModel, Error> {
    serde_json::from_value::<RatingModel>(v).map_err(|e| {
        Error::Input(vec![i18n::diagnostic(
            Severity::Error,
            "input.invalid_uncertainty_option",
            "/model",
            &[("option", "shape".into()), ("detail", e.to_string().into())],
        )])
    })
}

/// How the distributions of a result were computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Every combination of the uncertain answers' levels, with its probability.
    Exact,
    /// Seeded random draws ([`Uncertainty::draws`], [`Uncertainty::seed`]).
    MonteCarlo,
}

/// The lowest and highest score of a node if every unknown and missing answer took the lowest
/// or the highest level (`na` and indicators that do not apply stay out).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Bounds {
    /// The score with every unknown and missing answer at the lowest level.
    pub low: Option<f64>,
    /// The score with every unknown and missing answer at the highest level.
    pub high: Option<f64>,
    /// The level of `low`.
    pub level_low: Option<u32>,
    /// The level of `high`.
    pub level_high: Option<u32>,
    /// The level is the same at both bounds: no answer still to find can change it.
    pub settled: bool,
}

/// The distribution of a node's score over the rated answers' uncertainty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Spread {
    /// The mean score; None when the node has no score.
    pub mean: Option<f64>,
    /// The central 90% interval: the 5% and 95% quantiles (by the inverted distribution
    /// function: the lowest score whose cumulative probability reaches the quantile).
    pub interval: Option<[f64; 2]>,
    /// P(level ≥ k) for each level k of the scale, from 0; empty when the node has no score.
    pub p_level_at_least: Vec<f64>,
    /// The standard error of the mean (Monte Carlo only).
    pub std_error: Option<f64>,
}

impl Spread {
    /// P(level = `level`): P(level ≥ `level`) − P(level ≥ `level` + 1); None when the node has
    /// no score or the scale has no such level.
    ///
    /// ```
    /// use lhs_maturity::analysis::Spread;
    /// let s = Spread { mean: Some(2.0), interval: Some([1.0, 3.0]),
    ///                  p_level_at_least: vec![1.0, 1.0, 0.75, 0.25, 0.0], std_error: None };
    /// assert_eq!(s.p_level(2), Some(0.5));
    /// assert_eq!(s.p_level(4), Some(0.0));
    /// assert_eq!(s.p_level(5), None);
    /// ```
    pub fn p_level(&self, level: u32) -> Option<f64> {
        let at = |k: u32| self.p_level_at_least.get(k as usize).copied();
        Some(at(level)? - at(level + 1).unwrap_or(0.0))
    }
}

/// One node's uncertainty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeUncertainty {
    /// `overall`, a domain or a sub-domain id.
    pub id: String,
    /// The published score.
    pub score: Option<f64>,
    /// The published level.
    pub level: Option<u32>,
    /// What the unknown and missing answers allow.
    pub bounds: Bounds,
    /// Rating errors independent from answer to answer.
    pub independent: Spread,
    /// Rating errors that move together (one draw for the whole assessment).
    pub correlated: Spread,
}

/// How sure an assessment's scores are (`Framework::uncertainty`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "Uncertainty",
    description = "How sure the scores of one assessment are: bounds and rating uncertainty per node."
)]
pub struct Uncertainty {
    /// The framework scored against.
    pub framework: FrameworkId,
    /// The version of the library that computed it.
    pub library_version: String,
    /// Exact or Monte Carlo, for every node.
    pub method: Method,
    /// The combinations enumerated (exact) or the draws (Monte Carlo).
    pub draws: usize,
    /// The seed (Monte Carlo only).
    pub seed: Option<u64>,
    /// The rated answers whose level is uncertain under the model.
    pub uncertain_answers: usize,
    /// The model used.
    pub model: RatingModel,
    /// How `unknown` answers counted in every score.
    #[serde(default, skip_serializing_if = "UnknownRule::is_default")]
    pub unknown_rule: UnknownRule,
    /// `overall`, then every domain and sub-domain, in framework order.
    pub nodes: Vec<NodeUncertainty>,
}
