//! Do the results of many units survive other reasonable choices? The weights of every set of
//! siblings, the aggregation of the nodes the caller names, the treatment of missing answers and
//! the raters' confidence (the rating model of §28) are varied together on a Saltelli design
//! ([`SobolDesign`]); every run scores every unit, on the columnar path. Per unit: the spread of
//! its overall score and how often it keeps its level; for internal use, its rank; the effect of
//! leaving out one domain at a time; and the Sobol' indices of every factor (`spec/SCORING.md`
//! §30).
//!
//! The folder: `design` (the factors and what one run scores with), `options` (the options as
//! the bindings receive them), `table` (the runs summarised), `report` (Markdown and HTML), and
//! here the options, the results and the runs.

mod design;
mod options;
mod report;
mod table;

use super::sobol::SobolDesign;
use super::uncertainty::RatingModel;
use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::assessment::Assessment;
use crate::model::cell::{CELL_MISSING, CELL_UNKNOWN};
use crate::model::compiled::Framework;
use crate::model::framework::{FrameworkSpec, Indicator, Node, NodeContent};
use crate::model::plan::Choices;
use crate::model::text::Text;
use crate::score::build::ScoreOptions;
use crate::score::report::FrameworkId;
use crate::UnknownRule;
use design::{Dim, Factors};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use table::{finite, ranks, Table};

/// The options of [`Framework::robustness`] (`spec/schema/robustness-options.schema.json`);
/// every field may be left out.
///
/// ```
/// let o: lhs_maturity::analysis::RobustnessOptions =
///     serde_json::from_str(r#"{"n": 256, "pairs": [["a", "b"]], "publishable": false}"#).unwrap();
/// assert_eq!((o.n, o.seed, o.weights_spread, o.top_k, o.bootstrap), (256, 2021, 0.25, 3, 1000));
/// assert!(o.missing && o.rating && !o.publishable);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(
    title = "RobustnessOptions",
    description = "The options of the robustness of the results of many units."
)]
pub struct RobustnessOptions {
    /// The base points of the Sobol' design (default 1024; a power of 2).
    pub n: usize,
    /// The seed of the design, of the rating draws and of the bootstrap (default 2021).
    pub seed: u64,
    /// How far each weight moves: a factor from `1 − spread` to `1 + spread` (default 0.25; 0:
    /// weights not varied; below 1).
    pub weights_spread: f64,
    /// How the weights of a set of siblings move: each by its own uniform factor (`uniform`,
    /// the default) or together from a Dirichlet distribution around their shares
    /// (`dirichlet`, as spread out as the uniform factors: `spec/SCORING.md` §30).
    pub weights_model: WeightsModel,
    /// The nodes whose aggregation is varied between `mean` and `minimum` (default none).
    pub aggregation_nodes: Vec<String>,
    /// Vary the treatment of missing answers: left out, or missing and `unknown` answers counted
    /// as level 0 (default true).
    pub missing: bool,
    /// Vary every rated answer's level by its confidence, as the rating model says (default
    /// true).
    pub rating: bool,
    /// How sure rated answers are, by confidence (§28).
    pub model: RatingModel,
    /// The `k` of P(unit in the top k) (default 3).
    pub top_k: usize,
    /// Pairs of unit labels `[A, B]` whose P(A ranks above B) is wanted.
    pub pairs: Vec<[String; 2]>,
    /// The bootstrap resamples of the Sobol' indices (default 1000; 0: no intervals).
    pub bootstrap: usize,
    /// Leave every rank out (default true): ranks single units out (§17).
    pub publishable: bool,
}

impl Default for RobustnessOptions {
    fn default() -> Self {
        RobustnessOptions {
            n: 1024,
            seed: 2021,
            weights_spread: 0.25,
            weights_model: WeightsModel::Uniform,
            aggregation_nodes: Vec::new(),
            missing: true,
            rating: true,
            model: RatingModel::default(),
            top_k: 3,
            pairs: Vec::new(),
            bootstrap: 1000,
            publishable: true,
        }
    }
}

/// How the weights of a set of siblings move ([`RobustnessOptions::weights_model`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WeightsModel {
    /// Each weight times its own factor from `1 − spread` to `1 + spread`, then the set scaled
    /// back to its sum.
    #[default]
    Uniform,
    /// The set's shares drawn from a Dirichlet distribution around the framework's shares.
    Dirichlet,
}

/// What a factor varies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// The weights of a set of siblings (one uniform each, one group).
    Weights,
    /// The aggregation of a node: `mean` or `minimum`.
    Aggregation,
    /// Missing answers left out, or missing and `unknown` answers counted as 0.
    Missing,
    /// Every rated answer's level, drawn from its confidence's spread.
    Rating,
}

/// One factor (a group of the Sobol' design).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Factor {
    /// `weights:<parent id>` (`weights:overall` for the domains), `aggregation:<node id>`,
    /// `missing` or `rating`.
    pub name: String,
    /// What it varies.
    pub kind: FactorKind,
    /// The siblings whose weights vary, or the node whose aggregation varies.
    pub members: Vec<String>,
}

/// A unit's rank over the runs (rank 1 = highest score, ties averaged).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RankSummary {
    /// The rank with the framework as it is.
    pub nominal: Option<f64>,
    /// The median rank over the runs where the unit has a score.
    pub median: Option<f64>,
    /// The 5% and 95% quantiles of the rank.
    pub interval: Option<[f64; 2]>,
    /// The share of runs where the rank is at most `top_k`.
    pub p_top_k: f64,
}

/// One unit's results over the runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UnitRobustness {
    /// The unit's label.
    pub unit: String,
    /// The overall score with the framework as it is (nominal).
    pub score: Option<f64>,
    /// The nominal level.
    pub level: Option<u32>,
    /// The median overall score over the runs where the unit has a score.
    pub median: Option<f64>,
    /// The 5% and 95% quantiles of the overall score.
    pub interval: Option<[f64; 2]>,
    /// The share of runs with the nominal level.
    pub keeps_level: f64,
    /// The rank (None when publishable).
    pub rank: Option<RankSummary>,
}

/// How often one unit ranks above another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PairOrder {
    /// Unit A.
    pub a: String,
    /// Unit B.
    pub b: String,
    /// The share of runs where A's score is above B's.
    pub p_above: f64,
    /// The share of runs where both have the same score.
    pub p_tie: f64,
}

/// The mean absolute rank shift of the runs, summarised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RankShift {
    /// The mean over the runs.
    pub mean: f64,
    /// The median over the runs.
    pub median: f64,
    /// The 5% and 95% quantiles.
    pub interval: [f64; 2],
}

/// One unit's result without one domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeftOutUnit {
    /// The unit's label.
    pub unit: String,
    /// The overall score without the domain.
    pub score: Option<f64>,
    /// Its level.
    pub level: Option<u32>,
    /// The rank without the domain (None when publishable or without a score).
    pub rank: Option<f64>,
}

/// Every unit's result without one scored domain (the others' weights renormalised).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeftOut {
    /// The domain left out.
    pub domain: String,
    /// Each unit, in input order.
    pub units: Vec<LeftOutUnit>,
}

/// The Sobol' indices of one factor on one output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FactorIndex {
    /// The factor's name.
    pub factor: String,
    /// First-order index.
    pub s1: Option<f64>,
    /// Its bootstrap interval (2.5% and 97.5%).
    pub s1_interval: Option<[f64; 2]>,
    /// Total-order index.
    pub st: Option<f64>,
    /// Its bootstrap interval.
    pub st_interval: Option<[f64; 2]>,
}

/// The Sobol' indices of every factor on one output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Indices {
    /// A unit's label, or `rank_shift`.
    pub output: String,
    /// One per factor, in factor order (empty when no factor varies).
    pub factors: Vec<FactorIndex>,
    /// Why the indices are null, or that resamples were left out of the intervals.
    pub note: Option<String>,
}

/// The Sobol' indices of every output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Sensitivity {
    /// The bootstrap resamples.
    pub resamples: usize,
    /// The confidence of the intervals.
    pub level: f64,
    /// On each unit's overall score, in input order.
    pub scores: Vec<Indices>,
    /// On the mean absolute rank shift.
    pub rank_shift: Indices,
    /// On each unit's rank (empty when publishable).
    pub ranks: Vec<Indices>,
}

/// Whether the results of many units survive other reasonable choices
/// ([`Framework::robustness`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "Robustness",
    description = "Whether the results of many units survive other reasonable choices: uncertainty and Sobol' sensitivity analysis."
)]
pub struct Robustness {
    /// The framework scored against.
    pub framework: FrameworkId,
    /// The version of the library that computed it.
    pub library_version: String,
    /// The seed of the design, the rating draws and the bootstrap.
    pub seed: u64,
    /// The base points of the design.
    pub n: usize,
    /// The runs: `n × (k + 2)` for `k` factors (`n` when no factor varies).
    pub runs: usize,
    /// The factors, in design order.
    pub factors: Vec<Factor>,
    /// The weights' spread.
    pub weights_spread: f64,
    /// How the weights moved.
    pub weights_model: WeightsModel,
    /// The rating model (when the ratings vary).
    pub model: Option<RatingModel>,
    /// The `k` of P(top k).
    pub top_k: usize,
    /// Ranks left out.
    pub publishable: bool,
    /// Each unit, in input order.
    pub units: Vec<UnitRobustness>,
    /// The chosen pairs (empty when publishable).
    pub pairs: Vec<PairOrder>,
    /// The mean absolute rank shift of the runs.
    pub rank_shift: RankShift,
    /// Each scored domain left out in turn (none with fewer than two scored domains).
    pub leave_one_out: Vec<LeftOut>,
    /// The Sobol' indices.
    pub sensitivity: Sensitivity,
}

/// The Sobol' indices of a robustness analysis with what they were computed from
/// ([`Robustness::sensitivity_result`]: what `lhs-maturity sensitivity --format json` writes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "SensitivityResult",
    description = "The first- and total-order Sobol' indices of every choice varied by a robustness analysis, on each unit's score, the rank shift and (for internal use) each unit's rank."
)]
pub struct SensitivityResult {
    /// The framework scored against.
    pub framework: FrameworkId,
    /// The version of the library that computed it.
    pub library_version: String,
    /// The seed of the design, the rating draws and the bootstrap.
    pub seed: u64,
    /// The base points of the design.
    pub n: usize,
    /// The runs.
    pub runs: usize,
    /// The factors, in design order.
    pub factors: Vec<Factor>,
    /// The weights' spread.
    pub weights_spread: f64,
    /// How the weights moved.
    pub weights_model: WeightsModel,
    /// The rating model (when the ratings vary).
    pub model: Option<RatingModel>,
    /// The indices.
    pub sensitivity: Sensitivity,
}

impl Robustness {
    /// Reads a result back from the JSON it was written as (by a binding, or by
    /// `lhs-maturity robustness --format json`), to render it.
    ///
    /// ```
    /// use lhs_maturity::analysis::Robustness;
    /// let err = Robustness::from_json(r#"{"units": []}"#).unwrap_err();
    /// assert_eq!(err.code(), "input.invalid_result");
    /// ```
    ///
    /// # Errors
    ///
    /// `input.invalid_json` for text that is no JSON; `input.invalid_result` for JSON that is
    /// no robustness result.
    pub fn from_json(text: &str) -> Result<Robustness, Error> {
        let value = crate::read::json::parse_text(text, "input")?;
        serde_json::from_value(value).map_err(|e| {
            Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_result",
                "",
                &[("detail", e.to_string().into())],
            )])
        })
    }

    /// The Sobol' indices with what they were computed from (no per-unit spread, ranks or
    /// leave-one-out).
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// let fw = Framework::builtin();
    /// let a = |l: u8| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let units = vec![("a".to_owned(), a(1)), ("b".to_owned(), a(3))];
    /// let r = fw.robustness(&units, &RobustnessOptions { n: 8, bootstrap: 0, ..Default::default() }).unwrap();
    /// let s = r.sensitivity_result();
    /// assert_eq!((s.runs, s.factors.len()), (r.runs, r.factors.len()));
    /// assert_eq!(s.sensitivity.scores.len(), 2);
    /// ```
    pub fn sensitivity_result(&self) -> SensitivityResult {
        SensitivityResult {
            framework: self.framework.clone(),
            library_version: self.library_version.clone(),
            seed: self.seed,
            n: self.n,
            runs: self.runs,
            factors: self.factors.clone(),
            weights_spread: self.weights_spread,
            weights_model: self.weights_model,
            model: self.model,
            sensitivity: self.sensitivity.clone(),
        }
    }
}

/// The labels of units for [`Framework::robustness`] taken from the assessments: each unit's
/// `unit.id`, else its name; None when one has neither or two have the same (the caller then
/// names them: the command line by their files, Python and JavaScript by their positions).
///
/// ```
/// use lhs_maturity::analysis::unit_labels;
/// use lhs_maturity::Assessment;
/// let a = |u: &str| Assessment::from_json(&format!(r#"{{"unit": {u}, "answers": {{}}}}"#)).unwrap();
/// assert_eq!(unit_labels(&[a(r#"{"id": "x"}"#), a(r#"{"name": "Y"}"#)]), Some(vec!["x".into(), "Y".into()]));
/// assert_eq!(unit_labels(&[a(r#"{"id": "x"}"#), a(r#"{"id": "x"}"#)]), None);
/// ```
pub fn unit_labels(list: &[Assessment]) -> Option<Vec<String>> {
    let named: Vec<String> = list
        .iter()
        .map(|a| {
            let unit = a.unit.as_ref()?;
            unit.id.clone().or_else(|| unit.name.clone())
        })
        .collect::<Option<_>>()?;
    let distinct: std::collections::HashSet<&String> = named.iter().collect();
    (distinct.len() == named.len()).then_some(named)
}

/// What every run needs.
struct Context<'a> {
    factors: Factors,
    options: &'a RobustnessOptions,
    /// The framework's own weights and aggregation rules.
    choices: Choices,
    /// The framework without its texts: what leaving out a domain changes and compiles.
    skeleton: FrameworkSpec,
    /// The units' cells, row after row.
    base: Vec<i8>,
    /// The same, missing and unknown cells at level 0.
    zero: Vec<i8>,
    /// Every unit's rated answers whose level is uncertain.
    draws: Vec<design::Draw>,
}

/// The overall score (NaN for none) and level (-1 for none) of every unit in one run.
type Overall = (Vec<f64>, Vec<i8>);

/// A function told how many runs of how many are done (`robustness_with_progress`).
pub type Progress<'p> = &'p (dyn Fn(usize, usize) + Sync);

impl Framework {
    /// Whether the results of many units survive other reasonable choices: the weights, the
    /// aggregation of named nodes, the treatment of missing answers and the rating model are
    /// varied together on a Sobol' design, every run scoring every unit (`spec/SCORING.md` §30).
    /// `units` are (label, assessment) pairs; labels must be unique.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// let fw = Framework::builtin();
    /// let unit = |l: u8| Assessment::from_json(&format!(
    ///     r#"{{"answers": {{"inst.info.routine_data": {l}, "cond.fin.learning_budget": 2}}}}"#)).unwrap();
    /// let units = vec![("a".to_owned(), unit(1)), ("b".to_owned(), unit(3))];
    /// let o = RobustnessOptions { n: 16, bootstrap: 0, publishable: false, ..Default::default() };
    /// let r = fw.robustness(&units, &o).unwrap();
    /// assert_eq!(r.runs, 16 * (r.factors.len() + 2));
    /// assert!(r.factors.iter().any(|f| f.name == "weights:overall"));
    /// assert_eq!(r.units[1].rank.as_ref().unwrap().nominal, Some(1.0));
    /// ```
    ///
    /// # Errors
    ///
    /// `input.empty_cohort` without units; `input.invalid_robustness_option` for a spread
    /// outside `[0, 1)`, an unknown aggregation node, a pair naming an unknown unit, or a
    /// repeated label; `input.invalid_sobol_option` for `n` outside 1 to 65,536 or too many
    /// factors; `input.invalid_uncertainty_option` for a rating model whose chances do not add
    /// up; and every error of scoring an assessment.
    pub fn robustness(
        &self,
        units: &[(String, Assessment)],
        options: &RobustnessOptions,
    ) -> Result<Robustness, Error> {
        self.robustness_with_progress(units, options, &|_, _| {})
    }

    /// [`Framework::robustness`], telling `progress` how many runs of how many are done (from
    /// the threads that score them, about a hundred times in all; calls from two threads may
    /// arrive out of order, so keep the largest count).
    ///
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let units = vec![("a".to_owned(), a.clone()), ("b".to_owned(), a)];
    /// let o = RobustnessOptions { n: 8, bootstrap: 0, ..Default::default() };
    /// let last = AtomicUsize::new(0);
    /// let r = fw.robustness_with_progress(&units, &o, &|done, total| {
    ///     assert!(done <= total);
    ///     last.fetch_max(done, Ordering::Relaxed);
    /// }).unwrap();
    /// assert_eq!(last.into_inner(), r.runs);
    /// ```
    ///
    /// # Errors
    ///
    /// Those of [`Framework::robustness`].
    pub fn robustness_with_progress(
        &self,
        units: &[(String, Assessment)],
        options: &RobustnessOptions,
        progress: Progress,
    ) -> Result<Robustness, Error> {
        let factors = self.robustness_factors(units, options)?;
        let ctx = self.robustness_context(units, options, factors)?;
        let nominal = self.scenario(&ctx, None)?;
        let k = ctx.factors.list.len();
        let design = (k > 0)
            .then(|| {
                let groups: Vec<usize> = ctx.factors.dims.iter().map(Dim::factor).collect();
                SobolDesign::grouped(options.n, &groups, options.seed)
            })
            .transpose()?;
        let runs = match &design {
            Some(d) => self.all_runs(&ctx, d, progress)?,
            None => {
                progress(options.n.max(1), options.n.max(1));
                vec![nominal.clone(); options.n.max(1)]
            }
        };
        let labels: Vec<String> = units.iter().map(|(l, _)| l.clone()).collect();
        let table = Table::new(&labels, &nominal, &runs);
        Ok(Robustness {
            framework: FrameworkId {
                id: self.id().to_owned(),
                version: self.version().to_owned(),
                title: self.spec().title.get("en").to_owned(),
            },
            library_version: env!("CARGO_PKG_VERSION").to_owned(),
            seed: options.seed,
            n: options.n,
            runs: runs.len(),
            weights_spread: options.weights_spread,
            weights_model: options.weights_model,
            model: options.rating.then_some(options.model),
            top_k: options.top_k,
            publishable: options.publishable,
            units: table.units(options),
            pairs: table.pairs(options),
            rank_shift: table.rank_shift_summary(),
            leave_one_out: self.leave_one_out(&ctx, &labels)?,
            sensitivity: table.sensitivity(&ctx.factors.list, design.is_some(), options)?,
            factors: ctx.factors.list,
        })
    }

    /// Checks the options and lists the factors.
    fn robustness_factors(
        &self,
        units: &[(String, Assessment)],
        o: &RobustnessOptions,
    ) -> Result<Factors, Error> {
        if units.is_empty() {
            let d = i18n::diagnostic(Severity::Error, "input.empty_cohort", "", &[]);
            return Err(Error::Input(vec![d]));
        }
        let mut problems = if o.rating {
            o.model.check()
        } else {
            Vec::new()
        };
        let bad = |option: &str, path: String, value: String| {
            i18n::diagnostic(
                Severity::Error,
                "input.invalid_robustness_option",
                path,
                &[("option", option.into()), ("value", value.into())],
            )
        };
        if !(0.0..1.0).contains(&o.weights_spread) {
            let v = o.weights_spread.to_string();
            problems.push(bad("spread", "/weights_spread".into(), v));
        }
        for (i, (label, _)) in units.iter().enumerate() {
            if units.iter().take(i).any(|(l, _)| l == label) {
                problems.push(bad("label", format!("/units/{i}"), label.clone()));
            }
        }
        for (i, pair) in o.pairs.iter().enumerate() {
            for (j, name) in pair.iter().enumerate() {
                if !units.iter().any(|(l, _)| l == name) {
                    problems.push(bad("pair", format!("/pairs/{i}/{j}"), name.clone()));
                }
            }
        }
        let mut factors = Factors::default();
        if o.weights_spread > 0.0 {
            factors.weight_sets(&self.0);
        }
        for (i, id) in o.aggregation_nodes.iter().enumerate() {
            match self.0.nodes.iter().position(|n| n.id.as_str() == id) {
                Some(node) => factors.push_one(FactorKind::Aggregation, Some((node, id))),
                None => problems.push(bad("node", format!("/aggregation_nodes/{i}"), id.clone())),
            }
        }
        if o.missing {
            factors.push_one(FactorKind::Missing, None);
        }
        if o.rating {
            factors.push_one(FactorKind::Rating, None);
        }
        if problems.is_empty() {
            Ok(factors)
        } else {
            Err(Error::Input(problems))
        }
    }

    /// Checks every assessment and lays the units out as cells.
    fn robustness_context<'a>(
        &self,
        units: &[(String, Assessment)],
        options: &'a RobustnessOptions,
        factors: Factors,
    ) -> Result<Context<'a>, Error> {
        let mut base = Vec::new();
        let mut uncertain = Vec::new();
        for (_, a) in units {
            self.score_with(a, &ScoreOptions::default())?;
            let row = self.cells_of(a);
            uncertain.push(if options.rating {
                self.uncertain_answers(a, &row, &options.model)
            } else {
                Vec::new()
            });
            base.extend(row);
        }
        let zero = base
            .iter()
            .map(|&c| {
                if c == CELL_MISSING || c == CELL_UNKNOWN {
                    0
                } else {
                    c
                }
            })
            .collect();
        Ok(Context {
            factors,
            options,
            choices: Choices::of(&self.0),
            skeleton: skeleton(self.spec()),
            base,
            zero,
            draws: design::Draw::all(&uncertain, self.indicator_count()),
        })
    }

    /// Every run of the design, in its order (on every core).
    fn all_runs(
        &self,
        ctx: &Context,
        design: &SobolDesign,
        progress: Progress,
    ) -> Result<Vec<Overall>, Error> {
        let d = design.factors();
        let sample = design.sample();
        let rows: Vec<&[f64]> = sample.chunks_exact(d.max(1)).collect();
        let total = rows.len();
        let step = total.div_ceil(100).max(1);
        let done = std::sync::atomic::AtomicUsize::new(0);
        crate::parallel::map(&rows, |u| {
            let run = self.scenario(ctx, Some(u));
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if n % step == 0 || n == total {
                progress(n, total);
            }
            run
        })
        .into_iter()
        .collect()
    }

    /// The units' overall scores in one run (`None`: the framework as it is, nothing varied).
    fn scenario(&self, ctx: &Context, u: Option<&[f64]>) -> Result<Overall, Error> {
        let u = u.unwrap_or_default();
        let mut zero = false;
        let mut rating = None;
        for (dim, &x) in ctx.factors.dims.iter().zip(u) {
            match dim {
                Dim::Missing { .. } => zero = x >= 0.5,
                Dim::Rating { .. } => rating = Some(x),
                _ => {}
            }
        }
        let mut cells = if zero {
            ctx.zero.clone()
        } else {
            ctx.base.clone()
        };
        if let Some(x) = rating {
            let seed = ctx.options.seed;
            design::draw_ratings(&mut cells, &ctx.draws, seed, x);
        }
        let m = if ctx.factors.structural() && !u.is_empty() {
            let choices = design::choices(&ctx.choices, &ctx.factors.dims, u, ctx.options);
            self.score_matrix_choices(&cells, UnknownRule::Exclude, &choices)?
        } else {
            self.score_matrix_with(&cells, UnknownRule::Exclude)?
        };
        Ok(overall_of(&m))
    }

    /// Every unit without each scored domain in turn (as an outcome: out of the overall score).
    fn leave_one_out(&self, ctx: &Context, labels: &[String]) -> Result<Vec<LeftOut>, Error> {
        let scored: Vec<usize> = (0..self.spec().domains.len())
            .filter(|&i| self.spec().domains.get(i).is_some_and(|d| !d.outcome))
            .collect();
        if scored.len() < 2 {
            return Ok(Vec::new());
        }
        let mut out = Vec::with_capacity(scored.len());
        for d in scored {
            let mut spec = ctx.skeleton.clone();
            let mut domain = String::new();
            if let Some(node) = spec.domains.get_mut(d) {
                node.outcome = true;
                domain.clone_from(&node.id);
            }
            let m = Framework::compile(spec).score_matrix_with(&ctx.base, UnknownRule::Exclude)?;
            let (score, level) = overall_of(&m);
            let rank = ranks(&score);
            let units = labels
                .iter()
                .enumerate()
                .map(|(i, l)| LeftOutUnit {
                    unit: l.clone(),
                    score: finite(score.get(i)),
                    level: level.get(i).and_then(|&x| u32::try_from(x).ok()),
                    rank: (!ctx.options.publishable)
                        .then(|| finite(rank.get(i)))
                        .flatten(),
                })
                .collect();
            out.push(LeftOut { domain, units });
        }
        Ok(out)
    }
}

/// The framework without what scoring a matrix does not read (texts, descriptors, actions,
/// glossary), so that a run's copy is cheap to make and to compile.
fn skeleton(spec: &FrameworkSpec) -> FrameworkSpec {
    let mut s = FrameworkSpec {
        domains: Vec::new(),
        glossary: Vec::new(),
        description: None,
        source: None,
        ..spec.clone()
    };
    s.domains = spec.domains.iter().map(bare_node).collect();
    s
}

fn bare_node(n: &Node) -> Node {
    let content = match &n.content {
        NodeContent::Children(c) => NodeContent::Children(c.iter().map(bare_node).collect()),
        NodeContent::Indicators(inds) => NodeContent::Indicators(
            inds.iter()
                .map(|i| Indicator {
                    id: i.id.clone(),
                    name: None,
                    statement: Text::default(),
                    question: None,
                    evidence: Vec::new(),
                    levels: Vec::new(),
                    applies_to: i.applies_to.clone(),
                    adapted: Default::default(),
                    basis: None,
                    terms: Vec::new(),
                    weight: i.weight,
                    facets: i.facets.clone(),
                    reference: None,
                    actions: Vec::new(),
                })
                .collect(),
        ),
    };
    Node {
        id: n.id.clone(),
        name: Text::default(),
        description: None,
        reference: None,
        weight: n.weight,
        aggregation: n.aggregation,
        rationale: None,
        outcome: n.outcome,
        content,
    }
}

/// The overall score and level of every row.
fn overall_of(m: &crate::score::matrix::MatrixScores) -> Overall {
    let w = m.nodes.len().max(1);
    (
        m.score.iter().step_by(w).copied().collect(),
        m.level.iter().step_by(w).copied().collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::design::{choices, Factors};
    use super::{FactorKind, RobustnessOptions, WeightsModel};
    use crate::model::compiled::{Child, Framework};
    use crate::model::framework::{FrameworkSpec, Node, NodeContent};
    use crate::model::plan::Choices;
    use crate::UnknownRule;

    fn node_at<'a>(domains: &'a mut [Node], path: &[usize]) -> &'a mut Node {
        let (first, rest) = path.split_first().expect("a path");
        let mut node = &mut domains[*first];
        for &i in rest {
            node = match &mut node.content {
                NodeContent::Children(c) => &mut c[i],
                NodeContent::Indicators(_) => panic!("no child {i}"),
            };
        }
        node
    }

    /// The framework written with the choices' weights and rules (the reference: compiled).
    fn spec_with(fw: &Framework, ch: &Choices) -> FrameworkSpec {
        let c = &fw.0;
        let mut spec = c.spec.clone();
        for (i, n) in c.nodes.iter().enumerate() {
            let node = node_at(&mut spec.domains, &n.spec_path);
            node.weight = Some(ch.node_weight[i]);
            node.aggregation = Some(ch.aggregation[i]);
            if let NodeContent::Indicators(list) = &mut node.content {
                for (j, child) in n.children.iter().enumerate() {
                    if let Child::Indicator(k) = child {
                        list[j].weight = Some(ch.indicator_weight[*k]);
                    }
                }
            }
        }
        spec
    }

    #[test]
    fn a_run_scores_as_the_framework_compiled_with_its_choices() {
        let fw = Framework::builtin();
        let cols = fw.indicator_count();
        // 40 rows: every level, missing, na and unknown, in a fixed pseudo-random pattern.
        let cells: Vec<i8> = (0..40 * cols)
            .map(|i| [0, 1, 2, 3, 4, -1, -2, -3][(i * 7 + i / cols * 3) % 8])
            .collect();
        let sub =
            fw.0.nodes
                .iter()
                .position(|n| n.spec_path.len() == 2)
                .unwrap();
        let id = fw.0.nodes[sub].id.to_string();
        let base = Choices::of(&fw.0);
        for model in [WeightsModel::Uniform, WeightsModel::Dirichlet] {
            let o = RobustnessOptions {
                weights_model: model,
                ..Default::default()
            };
            let mut f = Factors::default();
            f.weight_sets(&fw.0);
            f.push_one(FactorKind::Aggregation, Some((sub, &id)));
            for k in 0..6 {
                let u: Vec<f64> = (0..f.dims.len())
                    .map(|d| ((d * 37 + k * 11) % 100) as f64 / 100.0)
                    .collect();
                let ch = choices(&base, &f.dims, &u, &o);
                assert_ne!(ch, base);
                let fast = fw
                    .score_matrix_choices(&cells, UnknownRule::Exclude, &ch)
                    .unwrap();
                let slow = Framework::compile(spec_with(&fw, &ch))
                    .score_matrix_with(&cells, UnknownRule::Exclude)
                    .unwrap();
                assert_eq!(fast.level, slow.level);
                for (a, b) in fast.score.iter().zip(&slow.score) {
                    assert!(a == b || a.is_nan() && b.is_nan(), "{a} vs {b}");
                }
            }
        }
    }
}
