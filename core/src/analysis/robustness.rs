//! Do the results of many units survive other reasonable choices? The weights of every set of
//! siblings, the aggregation of the nodes the caller names, the treatment of missing answers and
//! the raters' confidence (the rating model of §28) are varied together on a Saltelli design
//! ([`SobolDesign`]); every run scores every unit, on the columnar path. Per unit: the spread of
//! its overall score and how often it keeps its level; for internal use, its rank; the effect of
//! leaving out one domain at a time; and the Sobol' indices of every factor (`spec/SCORING.md`
//! §30).

use super::sobol::{sobol_indices_with, SobolDesign, SobolIndices, SobolOptions};
use super::stats::{quantile_sorted, sorted};
use super::uncertainty::{outcome_at, uniform, Outcomes, RatingModel};
use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::assessment::Assessment;
use crate::model::cell::{CELL_MISSING, CELL_UNKNOWN};
use crate::model::compiled::Framework;
use crate::model::framework::{Aggregation, FrameworkSpec, Indicator, Node, NodeContent};
use crate::model::text::Text;
use crate::score::build::ScoreOptions;
use crate::score::report::FrameworkId;
use crate::UnknownRule;
use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha8Rng;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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

/// One uniform column of the design.
#[derive(Debug, Clone)]
enum Dim {
    /// A weight: the parent's path of child indices (empty for the domains) and the child.
    Weight {
        factor: usize,
        parent: Vec<usize>,
        child: usize,
    },
    /// The aggregation of the node at `path`.
    Aggregation {
        factor: usize,
        path: Vec<usize>,
    },
    Missing {
        factor: usize,
    },
    Rating {
        factor: usize,
    },
}

impl Dim {
    fn factor(&self) -> usize {
        match self {
            Dim::Weight { factor, .. }
            | Dim::Aggregation { factor, .. }
            | Dim::Missing { factor }
            | Dim::Rating { factor } => *factor,
        }
    }
}

/// The factors and the columns of the design.
#[derive(Default)]
struct Factors {
    list: Vec<Factor>,
    dims: Vec<Dim>,
}

/// What every run needs.
struct Context<'a> {
    factors: Factors,
    options: &'a RobustnessOptions,
    /// The framework without its texts: what a run changes and compiles.
    skeleton: FrameworkSpec,
    /// The units' cells, row after row.
    base: Vec<i8>,
    /// The same, missing and unknown cells at level 0.
    zero: Vec<i8>,
    /// Per unit, its rated answers whose level is uncertain.
    uncertain: Vec<Vec<(usize, Outcomes)>>,
    cols: usize,
}

/// The overall score (NaN for none) and level (-1 for none) of every unit in one run.
type Overall = (Vec<f64>, Vec<i8>);

const NO_FACTOR: &str = "no factor is varied";
const NO_SCORE: &str = "the output has no value in some runs";
const SAME_RANK: &str = "the unit's rank is the same in every run";

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
            Some(d) => self.all_runs(&ctx, d)?,
            None => vec![nominal.clone(); options.n.max(1)],
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
            weight_sets(self.spec(), &mut factors);
        }
        for (i, id) in o.aggregation_nodes.iter().enumerate() {
            match node_path(&self.spec().domains, id) {
                Some(path) => push_factor(&mut factors, &format!("aggregation:{id}"), id, path),
                None => problems.push(bad("node", format!("/aggregation_nodes/{i}"), id.clone())),
            }
        }
        if o.missing {
            push_factor(&mut factors, "missing", "", Vec::new());
        }
        if o.rating {
            push_factor(&mut factors, "rating", "", Vec::new());
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
            skeleton: skeleton(self.spec()),
            base,
            zero,
            uncertain,
            cols: self.indicator_count(),
        })
    }

    /// Every run of the design, in its order (on every core).
    fn all_runs(&self, ctx: &Context, design: &SobolDesign) -> Result<Vec<Overall>, Error> {
        let d = design.factors();
        let sample = design.sample();
        let rows: Vec<&[f64]> = sample.chunks_exact(d.max(1)).collect();
        crate::parallel::map(&rows, |u| self.scenario(ctx, Some(u)))
            .into_iter()
            .collect()
    }

    /// The units' overall scores in one run (`None`: the framework as it is, nothing varied).
    fn scenario(&self, ctx: &Context, u: Option<&[f64]>) -> Result<Overall, Error> {
        let u = u.unwrap_or_default();
        let structural = ctx
            .factors
            .dims
            .iter()
            .zip(u)
            .any(|(d, _)| matches!(d, Dim::Weight { .. } | Dim::Aggregation { .. }));
        let fw = if structural {
            let spec = scenario_spec(&ctx.skeleton, &ctx.factors.dims, u, ctx.options);
            Framework::compile(spec)
        } else {
            self.clone()
        };
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
            draw_ratings(&mut cells, ctx, x);
        }
        overall(&fw, &cells)
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
            let (score, level) = overall(&Framework::compile(spec), &ctx.base)?;
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
fn overall(fw: &Framework, cells: &[i8]) -> Result<Overall, Error> {
    let m = fw.score_matrix_with(cells, UnknownRule::Exclude)?;
    let w = m.nodes.len().max(1);
    Ok((
        m.score.iter().step_by(w).copied().collect(),
        m.level.iter().step_by(w).copied().collect(),
    ))
}

fn finite(x: Option<&f64>) -> Option<f64> {
    x.copied().filter(|x| x.is_finite())
}

/// Every rated answer of every unit at a level drawn from its spread: stream `⌊x · 2^32⌋` of
/// ChaCha8 seeded with the options' seed, one uniform per uncertain answer, unit after unit,
/// in column order.
fn draw_ratings(cells: &mut [i8], ctx: &Context, x: f64) {
    let mut rng = ChaCha8Rng::seed_from_u64(ctx.options.seed);
    rng.set_stream((x * 4_294_967_296.0) as u64);
    for (unit, answers) in ctx.uncertain.iter().enumerate() {
        for (col, outcomes) in answers {
            let level = outcome_at(outcomes, uniform(&mut rng));
            if let Some(c) = cells.get_mut(unit * ctx.cols + col) {
                *c = level;
            }
        }
    }
}

/// Adds a factor of one column (an aggregation node, missing answers, ratings).
fn push_factor(f: &mut Factors, name: &str, member: &str, path: Vec<usize>) {
    let factor = f.list.len();
    let (kind, dim) = match name {
        "missing" => (FactorKind::Missing, Dim::Missing { factor }),
        "rating" => (FactorKind::Rating, Dim::Rating { factor }),
        _ => (FactorKind::Aggregation, Dim::Aggregation { factor, path }),
    };
    let members = if member.is_empty() {
        Vec::new()
    } else {
        vec![member.to_owned()]
    };
    f.list.push(Factor {
        name: name.to_owned(),
        kind,
        members,
    });
    f.dims.push(dim);
}

/// The sets of siblings whose weights count: the scored domains, then depth first the
/// children (sub-nodes that are not outcomes, or indicators) of every node outside the
/// outcomes, each set of at least two.
fn weight_sets(spec: &FrameworkSpec, f: &mut Factors) {
    let scored: Vec<(usize, String)> = spec
        .domains
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.outcome)
        .map(|(i, d)| (i, d.id.clone()))
        .collect();
    push_set(f, "overall", &[], &scored);
    for (i, _) in &scored {
        if let Some(d) = spec.domains.get(*i) {
            node_sets(d, &[*i], f);
        }
    }
}

fn node_sets(node: &Node, path: &[usize], f: &mut Factors) {
    match &node.content {
        NodeContent::Children(nodes) => {
            let kept: Vec<(usize, String)> = nodes
                .iter()
                .enumerate()
                .filter(|(_, n)| !n.outcome)
                .map(|(i, n)| (i, n.id.clone()))
                .collect();
            push_set(f, &node.id, path, &kept);
            for (i, _) in &kept {
                if let Some(child) = nodes.get(*i) {
                    node_sets(child, &[path, &[*i]].concat(), f);
                }
            }
        }
        NodeContent::Indicators(inds) => {
            let all: Vec<(usize, String)> = inds
                .iter()
                .enumerate()
                .map(|(i, x)| (i, x.id.clone()))
                .collect();
            push_set(f, &node.id, path, &all);
        }
    }
}

fn push_set(f: &mut Factors, parent_id: &str, parent: &[usize], members: &[(usize, String)]) {
    if members.len() < 2 {
        return;
    }
    let factor = f.list.len();
    f.list.push(Factor {
        name: format!("weights:{parent_id}"),
        kind: FactorKind::Weights,
        members: members.iter().map(|(_, id)| id.clone()).collect(),
    });
    for (child, _) in members {
        f.dims.push(Dim::Weight {
            factor,
            parent: parent.to_vec(),
            child: *child,
        });
    }
}

/// The path of child indices of the node `id`.
fn node_path(nodes: &[Node], id: &str) -> Option<Vec<usize>> {
    nodes.iter().enumerate().find_map(|(i, n)| {
        if n.id == id {
            return Some(vec![i]);
        }
        match &n.content {
            NodeContent::Children(c) => node_path(c, id).map(|p| [&[i][..], &p].concat()),
            NodeContent::Indicators(_) => None,
        }
    })
}

fn node_at_mut<'a>(domains: &'a mut [Node], path: &[usize]) -> Option<&'a mut Node> {
    let (first, rest) = path.split_first()?;
    let mut node = domains.get_mut(*first)?;
    for &i in rest {
        node = match &mut node.content {
            NodeContent::Children(c) => c.get_mut(i)?,
            NodeContent::Indicators(_) => return None,
        };
    }
    Some(node)
}

fn weight_at_mut<'a>(
    domains: &'a mut [Node],
    parent: &[usize],
    child: usize,
) -> Option<&'a mut Option<f64>> {
    if parent.is_empty() {
        return domains.get_mut(child).map(|d| &mut d.weight);
    }
    match &mut node_at_mut(domains, parent)?.content {
        NodeContent::Children(c) => c.get_mut(child).map(|n| &mut n.weight),
        NodeContent::Indicators(c) => c.get_mut(child).map(|x| &mut x.weight),
    }
}

/// The framework of one run: each set of siblings reweighted, each named node's aggregation
/// set (`mean` below 0.5, else `minimum`).
fn scenario_spec(
    spec: &FrameworkSpec,
    dims: &[Dim],
    u: &[f64],
    o: &RobustnessOptions,
) -> FrameworkSpec {
    let mut spec = spec.clone();
    let cols: Vec<(&Dim, f64)> = dims.iter().zip(u.iter().copied()).collect();
    for set in cols.chunk_by(|a, b| a.0.factor() == b.0.factor()) {
        match set.first() {
            Some((Dim::Weight { .. }, _)) => reweight(&mut spec.domains, set, o.weights_spread),
            Some((Dim::Aggregation { path, .. }, x)) => {
                if let Some(node) = node_at_mut(&mut spec.domains, path) {
                    node.aggregation = Some(if *x < 0.5 {
                        Aggregation::Mean
                    } else {
                        Aggregation::Minimum
                    });
                }
            }
            _ => {}
        }
    }
    spec
}

/// `w'ᵢ = wᵢ (1 + s (2uᵢ − 1))`, then every `w'ᵢ × (Σ w / Σ w')`, sums in sibling order.
fn reweight(domains: &mut [Node], set: &[(&Dim, f64)], spread: f64) {
    let mut old = 0.0;
    let mut new = Vec::with_capacity(set.len());
    for (dim, x) in set {
        if let Dim::Weight { parent, child, .. } = dim {
            let w = weight_at_mut(domains, parent, *child)
                .and_then(|w| *w)
                .unwrap_or(1.0);
            old += w;
            new.push(w * (1.0 + spread * (2.0 * x - 1.0)));
        }
    }
    let ratio = old / new.iter().sum::<f64>();
    for ((dim, _), w) in set.iter().zip(new) {
        if let Dim::Weight { parent, child, .. } = dim {
            if let Some(slot) = weight_at_mut(domains, parent, *child) {
                *slot = Some(w * ratio);
            }
        }
    }
}

/// The ranks of scores (rank 1 = highest; ties averaged; NaN for no score).
fn ranks(scores: &[f64]) -> Vec<f64> {
    let mut order: Vec<(usize, f64)> = scores
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, s)| !s.is_nan())
        .collect();
    order.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out = vec![f64::NAN; scores.len()];
    let mut before = 0usize;
    for tie in order.chunk_by(|a, b| a.1 == b.1) {
        let rank = (2 * before + tie.len() + 1) as f64 / 2.0;
        for (i, _) in tie {
            if let Some(r) = out.get_mut(*i) {
                *r = rank;
            }
        }
        before += tie.len();
    }
    out
}

/// The 5%, 50% and 95% quantiles (linear interpolation) of the values that are not NaN.
fn summary(values: impl Iterator<Item = f64>) -> Option<(f64, [f64; 2])> {
    let v = sorted(&values.filter(|x| !x.is_nan()).collect::<Vec<_>>());
    let q = |p| quantile_sorted(&v, p);
    Some((q(0.5)?, [q(0.05)?, q(0.95)?]))
}

/// The runs' results as columns: `score[r · units + i]` is unit `i` in run `r`.
struct Table<'a> {
    labels: &'a [String],
    units: usize,
    nominal: &'a Overall,
    nominal_rank: Vec<f64>,
    score: Vec<f64>,
    level: Vec<i8>,
    rank: Vec<f64>,
    shift: Vec<f64>,
}

impl<'a> Table<'a> {
    fn new(labels: &'a [String], nominal: &'a Overall, runs: &[Overall]) -> Self {
        let units = labels.len();
        let nominal_rank = ranks(&nominal.0);
        let mut t = Table {
            labels,
            units,
            nominal,
            score: Vec::with_capacity(runs.len() * units),
            level: Vec::with_capacity(runs.len() * units),
            rank: Vec::with_capacity(runs.len() * units),
            shift: Vec::with_capacity(runs.len()),
            nominal_rank,
        };
        for (score, level) in runs {
            let r = ranks(score);
            t.shift.push(mean_shift(&r, &t.nominal_rank));
            t.score.extend_from_slice(score);
            t.level.extend_from_slice(level);
            t.rank.extend(r);
        }
        t
    }

    fn runs(&self) -> usize {
        self.shift.len()
    }

    /// Unit `i`'s values over the runs.
    fn column<'b, T: Copy>(&self, v: &'b [T], i: usize) -> impl Iterator<Item = T> + 'b {
        v.iter().skip(i).step_by(self.units.max(1)).copied()
    }

    fn share(&self, hits: usize) -> f64 {
        hits as f64 / self.runs().max(1) as f64
    }

    fn units(&self, o: &RobustnessOptions) -> Vec<UnitRobustness> {
        (0..self.units)
            .map(|i| {
                let level = self.nominal.1.get(i).copied().unwrap_or(-1);
                let s = summary(self.column(&self.score, i));
                let keeps = self.column(&self.level, i).filter(|&l| l == level).count();
                UnitRobustness {
                    unit: self.labels.get(i).cloned().unwrap_or_default(),
                    score: finite(self.nominal.0.get(i)),
                    level: u32::try_from(level).ok(),
                    median: s.map(|s| s.0),
                    interval: s.map(|s| s.1),
                    keeps_level: self.share(keeps),
                    rank: (!o.publishable).then(|| self.rank_of(i, o.top_k)),
                }
            })
            .collect()
    }

    fn rank_of(&self, i: usize, top_k: usize) -> RankSummary {
        let s = summary(self.column(&self.rank, i));
        let top = self
            .column(&self.rank, i)
            .filter(|&r| r <= top_k as f64)
            .count();
        RankSummary {
            nominal: finite(self.nominal_rank.get(i)),
            median: s.map(|s| s.0),
            interval: s.map(|s| s.1),
            p_top_k: self.share(top),
        }
    }

    fn pairs(&self, o: &RobustnessOptions) -> Vec<PairOrder> {
        if o.publishable {
            return Vec::new();
        }
        let at = |l: &str| self.labels.iter().position(|x| x == l).unwrap_or(0);
        o.pairs
            .iter()
            .map(|[a, b]| {
                let (ia, ib) = (at(a), at(b));
                let both: Vec<(f64, f64)> = self
                    .column(&self.score, ia)
                    .zip(self.column(&self.score, ib))
                    .collect();
                let above = both
                    .iter()
                    .filter(|(x, y)| x > y || y.is_nan() && !x.is_nan());
                let tie = both.iter().filter(|(x, y)| x == y);
                PairOrder {
                    a: a.clone(),
                    b: b.clone(),
                    p_above: self.share(above.count()),
                    p_tie: self.share(tie.count()),
                }
            })
            .collect()
    }

    fn rank_shift_summary(&self) -> RankShift {
        let (median, interval) = summary(self.shift.iter().copied()).unwrap_or((0.0, [0.0; 2]));
        RankShift {
            mean: self.shift.iter().sum::<f64>() / self.runs().max(1) as f64,
            median,
            interval,
        }
    }

    fn sensitivity(
        &self,
        factors: &[Factor],
        designed: bool,
        o: &RobustnessOptions,
    ) -> Result<Sensitivity, Error> {
        let so = SobolOptions {
            resamples: o.bootstrap,
            seed: o.seed,
        };
        let of = |name: &str, y: Vec<f64>, constant_note: Option<&str>| {
            indices(name, factors, designed, &y, constant_note, &so)
        };
        let label = |i: usize| self.labels.get(i).map_or("", String::as_str);
        let scores = (0..self.units)
            .map(|i| of(label(i), self.column(&self.score, i).collect(), None))
            .collect::<Result<_, _>>()?;
        let ranks = if o.publishable {
            Vec::new()
        } else {
            (0..self.units)
                .map(|i| {
                    of(
                        label(i),
                        self.column(&self.rank, i).collect(),
                        Some(SAME_RANK),
                    )
                })
                .collect::<Result<_, _>>()?
        };
        Ok(Sensitivity {
            resamples: o.bootstrap,
            level: super::SOBOL_INTERVAL_LEVEL,
            scores,
            rank_shift: of("rank_shift", self.shift.clone(), None)?,
            ranks,
        })
    }
}

/// The mean of `|rank − nominal rank|` over the units ranked in both (0 when none is).
fn mean_shift(rank: &[f64], nominal: &[f64]) -> f64 {
    let d: Vec<f64> = rank
        .iter()
        .zip(nominal)
        .map(|(a, b)| (a - b).abs())
        .filter(|x| !x.is_nan())
        .collect();
    if d.is_empty() {
        0.0
    } else {
        d.iter().sum::<f64>() / d.len() as f64
    }
}

/// The indices of every factor on one output; null with the reason when no factor varies,
/// the output has no value in some run, it is constant (`constant`, or the estimator's own
/// reason).
fn indices(
    output: &str,
    factors: &[Factor],
    designed: bool,
    y: &[f64],
    constant: Option<&str>,
    o: &SobolOptions,
) -> Result<Indices, Error> {
    let null = |note: &str| Indices {
        output: output.to_owned(),
        factors: factors.iter().map(|f| of_factor(f, None)).collect(),
        note: Some(note.to_owned()),
    };
    if !designed {
        return Ok(null(NO_FACTOR));
    }
    if y.iter().any(|x| !x.is_finite()) {
        return Ok(null(NO_SCORE));
    }
    if let (Some(note), Some(first)) = (constant, y.first()) {
        if y.iter().all(|x| x == first) {
            return Ok(null(note));
        }
    }
    let s = sobol_indices_with(y, factors.len(), o)?;
    Ok(Indices {
        output: output.to_owned(),
        factors: factors
            .iter()
            .enumerate()
            .map(|(i, f)| of_factor(f, Some((&s, i))))
            .collect(),
        note: s.note.clone(),
    })
}

fn of_factor(f: &Factor, s: Option<(&SobolIndices, usize)>) -> FactorIndex {
    let get = |v: Option<&Vec<Option<f64>>>, i: usize| v.and_then(|v| v.get(i).copied().flatten());
    let getp =
        |v: Option<&Vec<Option<[f64; 2]>>>, i: usize| v.and_then(|v| v.get(i).copied().flatten());
    let i = s.map_or(0, |s| s.1);
    let s = s.map(|s| s.0);
    FactorIndex {
        factor: f.name.clone(),
        s1: get(s.map(|s| &s.s1), i),
        s1_interval: getp(s.map(|s| &s.s1_interval), i),
        st: get(s.map(|s| &s.st), i),
        st_interval: getp(s.map(|s| &s.st_interval), i),
    }
}

#[cfg(test)]
mod tests {
    use super::{ranks, scenario_spec, weight_sets, Factors, RobustnessOptions};

    #[test]
    fn weights_are_renormalised_to_their_sum() {
        let spec = crate::Framework::builtin().spec().clone();
        let mut f = Factors::default();
        weight_sets(&spec, &mut f);
        let o = RobustnessOptions::default();
        // The first set: the domains. One weight at +25%, one at −25%, the rest unchanged.
        let n = f.list[0].members.len();
        let mut u = vec![0.5; f.dims.len()];
        u[0] = 1.0;
        u[1] = 0.0;
        let out = scenario_spec(&spec, &f.dims, &u, &o);
        let w = |s: &crate::FrameworkSpec| -> Vec<f64> {
            s.domains
                .iter()
                .take(n)
                .map(|d| d.weight.unwrap_or(1.0))
                .collect()
        };
        let (before, after) = (w(&spec), w(&out));
        let raw: Vec<f64> = before
            .iter()
            .enumerate()
            .map(|(i, x)| x * [1.25, 0.75].get(i).copied().unwrap_or(1.0))
            .collect();
        let ratio = before.iter().sum::<f64>() / raw.iter().sum::<f64>();
        for (a, r) in after.iter().zip(&raw) {
            assert!((a - r * ratio).abs() < 1e-12);
        }
        assert!((after.iter().sum::<f64>() - before.iter().sum::<f64>()).abs() < 1e-12);
    }

    #[test]
    fn ranks_average_ties_and_skip_missing() {
        let r = ranks(&[2.0, 3.0, 2.0, f64::NAN, 1.0]);
        assert_eq!(&r[..3], &[2.5, 1.0, 2.5]);
        assert!(r[3].is_nan());
        assert_eq!(r[4], 4.0);
    }
}
