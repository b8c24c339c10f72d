//! How much a pooled assessment owes to the respondents who happened to answer: intervals of
//! its scores by resampling respondents (with at least [`BOOTSTRAP_MIN_RESPONDENTS`]), else the
//! scores with each respondent left out; and, for cohorts, intervals of the group means when
//! the units are a sample (`spec/SCORING.md` §31).
//!
//! Every resample is pooled by [`Framework::pool`]'s own rule and scored on the matrix path;
//! the draws come from ChaCha8, one stream per resample, so the numbers are the same on every
//! platform and surface for the same seed.

use super::pool::PoolOptions;
use super::stats::{quantile_sorted, sorted};
use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::assessment::Assessment;
use crate::model::compiled::Framework;
use crate::score::matrix::MatrixScores;
use crate::score::report::{FrameworkId, UnknownRule};
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// With fewer respondents than this, a pooled assessment is not bootstrapped (too few distinct
/// resamples): the scores with each respondent left out are reported instead.
pub const BOOTSTRAP_MIN_RESPONDENTS: usize = 8;

/// A cohort group of a sample needs at least this many units for an interval of its means.
pub const BOOTSTRAP_MIN_GROUP: usize = 10;

/// The coverage of the bootstrap intervals unless another is asked for: 90%.
pub const BOOTSTRAP_LEVEL: f64 = 0.9;

/// The note of every group mean of a census.
pub const CENSUS_NOTE: &str = "a census has no sampling error";

/// Options of [`Framework::pool_bootstrap`]; every field may be left out.
///
/// ```
/// let o: lhs_maturity::analysis::BootstrapOptions =
///     serde_json::from_str(r#"{"resamples": 200, "pool": {"method": "mean"}}"#).unwrap();
/// assert_eq!((o.resamples, o.seed, o.level), (200, 2021, 0.9));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(
    title = "BootstrapOptions",
    description = "The options of the bootstrap of a pooled assessment."
)]
pub struct BootstrapOptions {
    /// How the respondents are pooled, as in [`Framework::pool`].
    pub pool: PoolOptions,
    /// The resamples (at least 1; default 1000).
    pub resamples: usize,
    /// The seed of the draws (default 2021).
    pub seed: u64,
    /// The coverage of the intervals, strictly between 0 and 1 (default 0.9).
    pub level: f64,
}

impl Default for BootstrapOptions {
    fn default() -> Self {
        BootstrapOptions {
            pool: PoolOptions::default(),
            resamples: 1000,
            seed: 2021,
            level: BOOTSTRAP_LEVEL,
        }
    }
}

/// How a pooled assessment's dependence on its respondents was measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BootstrapMethod {
    /// Resamples of the respondents, drawn with replacement.
    Bootstrap,
    /// Each respondent left out in turn (fewer than [`BOOTSTRAP_MIN_RESPONDENTS`]).
    LeaveOneOut,
}

/// A node's pooled score with one respondent left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LeftOutScore {
    /// The respondent left out (its id, else its name, else `respondent N`).
    pub respondent: String,
    /// The pooled score of the others; None when the node has none (or no one is left).
    pub score: Option<f64>,
    /// Its level.
    pub level: Option<u32>,
}

/// One node of a [`PoolBootstrap`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeBootstrap {
    /// `overall`, a domain or a sub-domain id.
    pub id: String,
    /// The score of the pool of every respondent.
    pub score: Option<f64>,
    /// Its level.
    pub level: Option<u32>,
    /// Bootstrap: the percentile interval of the resampled scores (`level` coverage).
    pub interval: Option<[f64; 2]>,
    /// Bootstrap: the share of all resamples with the level of `level`.
    pub keeps_level: Option<f64>,
    /// The resamples (or left-out pools) in which the node has no score.
    pub no_score: usize,
    /// Leave-one-out: the lowest and highest of the scores in `left_out`.
    pub range: Option<[f64; 2]>,
    /// Leave-one-out: the score without each respondent, in input order (empty for the
    /// bootstrap).
    pub left_out: Vec<LeftOutScore>,
}

/// The result of [`Framework::pool_bootstrap`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "PoolBootstrap",
    description = "How much the scores of a pooled assessment depend on its respondents: bootstrap intervals, or the scores with each respondent left out."
)]
pub struct PoolBootstrap {
    /// The framework scored against.
    pub framework: FrameworkId,
    /// The version of the library that computed it.
    pub library_version: String,
    /// Bootstrap or leave-one-out.
    pub method: BootstrapMethod,
    /// Why this method, as a sentence.
    pub reason: String,
    /// The respondents, in input order.
    pub respondents: Vec<String>,
    /// The pooling options used.
    pub pool: PoolOptions,
    /// The resamples drawn (0 for leave-one-out).
    pub resamples: usize,
    /// The seed of the draws (None for leave-one-out).
    pub seed: Option<u64>,
    /// The coverage of the intervals.
    pub level: f64,
    /// Overall, then every domain and sub-domain, in framework order.
    pub nodes: Vec<NodeBootstrap>,
}

impl Framework {
    /// How much a pooled assessment's scores depend on who answered (`spec/SCORING.md` §31).
    /// With at least [`BOOTSTRAP_MIN_RESPONDENTS`] respondents: `resamples` resamples of as
    /// many respondents drawn with replacement, each pooled by [`Framework::pool`]'s rule and
    /// scored; per node the percentile interval, the share keeping the level, and the
    /// resamples without a score. With fewer: the pool of the others with each respondent left
    /// out, and the range of those scores.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::{BootstrapMethod, BootstrapOptions};
    /// let fw = Framework::builtin();
    /// let a = |l: u32| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let b = fw.pool_bootstrap(&[a(1), a(2), a(4)], &BootstrapOptions::default()).unwrap();
    /// assert_eq!(b.method, BootstrapMethod::LeaveOneOut);
    /// let overall = &b.nodes[0];
    /// // Without 1: lower median of 2 4 is 2; without 2: 1; without 4: 1.
    /// assert_eq!(overall.left_out.iter().map(|x| x.score).collect::<Vec<_>>(),
    ///            [Some(2.0), Some(1.0), Some(1.0)]);
    /// assert_eq!(overall.range, Some([1.0, 2.0]));
    /// ```
    ///
    /// # Errors
    ///
    /// Those of [`Framework::pool`]; `input.invalid_bootstrap_option` for no resamples or a
    /// level not strictly between 0 and 1.
    pub fn pool_bootstrap(
        &self,
        respondents: &[Assessment],
        options: &BootstrapOptions,
    ) -> Result<PoolBootstrap, Error> {
        check_options(options.resamples, options.level)?;
        let all = self.pool(respondents, &options.pool)?;
        let n = respondents.len();
        let method = if n >= BOOTSTRAP_MIN_RESPONDENTS {
            BootstrapMethod::Bootstrap
        } else {
            BootstrapMethod::LeaveOneOut
        };
        let picks: Vec<Vec<usize>> = match method {
            BootstrapMethod::Bootstrap => (0..options.resamples)
                .map(|b| resample(options.seed, b as u64, n))
                .collect(),
            BootstrapMethod::LeaveOneOut => (0..n)
                .map(|left| (0..n).filter(|&i| i != left).collect())
                .collect(),
        };
        let mut cells = self.cells_of(&all.assessment);
        let rows = crate::parallel::map(&picks, |pick| {
            self.resample_row(respondents, pick, &all, &options.pool)
        });
        for row in rows {
            cells.extend(row?);
        }
        let m = self.score_matrix_with(&cells, UnknownRule::Exclude)?;
        let nodes = (0..m.nodes.len())
            .map(|k| node_of(&m, k, method, &all.respondents, options.level))
            .collect();
        Ok(PoolBootstrap {
            framework: FrameworkId {
                id: self.id().to_owned(),
                version: self.version().to_owned(),
                title: self.spec().title.get("en").to_owned(),
            },
            library_version: env!("CARGO_PKG_VERSION").to_owned(),
            method,
            reason: reason(method, n, options.resamples),
            respondents: all.respondents,
            pool: options.pool.clone(),
            resamples: if method == BootstrapMethod::Bootstrap {
                options.resamples
            } else {
                0
            },
            seed: (method == BootstrapMethod::Bootstrap).then_some(options.seed),
            level: options.level,
            nodes,
        })
    }

    /// The matrix row of the pool of the respondents picked (by index): their pooled answers
    /// for the unit of the pool of all. No one picked: a row without answers.
    fn resample_row(
        &self,
        respondents: &[Assessment],
        pick: &[usize],
        all: &super::PoolResult,
        pool: &PoolOptions,
    ) -> Result<Vec<i8>, Error> {
        let chosen: Vec<&Assessment> = pick.iter().filter_map(|&i| respondents.get(i)).collect();
        let labels: Vec<String> = pick
            .iter()
            .filter_map(|&i| all.respondents.get(i).cloned())
            .collect();
        let answers = if chosen.is_empty() {
            Default::default()
        } else {
            self.pooled_answers(&chosen, &labels, pool)?
        };
        let pooled = Assessment {
            answers,
            ..all.assessment.clone()
        };
        Ok(self.cells_of(&pooled))
    }
}

/// `input.invalid_bootstrap_option` for no resamples or a level outside (0, 1).
pub(super) fn check_options(resamples: usize, level: f64) -> Result<(), Error> {
    let mut problems = Vec::new();
    if resamples == 0 {
        problems.push(i18n::diagnostic(
            Severity::Error,
            "input.invalid_bootstrap_option",
            "/resamples",
            &[("option", "resamples".into())],
        ));
    }
    if !(level > 0.0 && level < 1.0) {
        problems.push(i18n::diagnostic(
            Severity::Error,
            "input.invalid_bootstrap_option",
            "/level",
            &[
                ("option", "level".into()),
                ("value", level.to_string().into()),
            ],
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Input(problems))
    }
}

/// Resample `stream` of `n` items: `n` indices drawn with replacement from stream `stream` of
/// ChaCha8 seeded with `seed`, index `⌊u · n / 2^64⌋` for each 64-bit `u`, in order.
pub(super) fn resample(seed: u64, stream: u64, n: usize) -> Vec<usize> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    (0..n)
        .map(|_| ((u128::from(rng.next_u64()) * n as u128) >> 64) as usize)
        .collect()
}

/// The percentile interval of `values` with coverage `level`: the quantiles (1 − level) / 2
/// and (1 + level) / 2, interpolated linearly (NumPy's default); None for no values.
pub(super) fn percentile_interval(values: &[f64], level: f64) -> Option<[f64; 2]> {
    let s = sorted(values);
    let lo = quantile_sorted(&s, (1.0 - level) / 2.0)?;
    let hi = quantile_sorted(&s, (1.0 + level) / 2.0)?;
    Some([lo, hi])
}

fn score_at(m: &MatrixScores, row: usize, node: usize) -> Option<f64> {
    m.score
        .get(row * m.nodes.len() + node)
        .copied()
        .filter(|s| !s.is_nan())
}

fn level_at(m: &MatrixScores, row: usize, node: usize) -> Option<u32> {
    m.level
        .get(row * m.nodes.len() + node)
        .and_then(|&l| u32::try_from(l).ok())
}

/// Node `k` of the matrix whose row 0 is the pool of all and the next rows the resamples (or
/// the pools with each respondent left out, in order).
fn node_of(
    m: &MatrixScores,
    k: usize,
    method: BootstrapMethod,
    respondents: &[String],
    level: f64,
) -> NodeBootstrap {
    let (score, nominal) = (score_at(m, 0, k), level_at(m, 0, k));
    let draws = 1..m.rows;
    let scores: Vec<f64> = draws.clone().filter_map(|r| score_at(m, r, k)).collect();
    let no_score = draws.len() - scores.len();
    let mut node = NodeBootstrap {
        id: m.nodes.get(k).cloned().unwrap_or_default(),
        score,
        level: nominal,
        interval: None,
        keeps_level: None,
        no_score,
        range: None,
        left_out: Vec::new(),
    };
    match method {
        BootstrapMethod::Bootstrap => {
            node.interval = percentile_interval(&scores, level);
            node.keeps_level = nominal.map(|l| {
                let kept = draws.filter(|&r| level_at(m, r, k) == Some(l)).count();
                kept as f64 / (m.rows - 1).max(1) as f64
            });
        }
        BootstrapMethod::LeaveOneOut => {
            let s = sorted(&scores);
            node.range = s
                .first()
                .copied()
                .zip(s.last().copied())
                .map(|(a, b)| [a, b]);
            node.left_out = respondents
                .iter()
                .enumerate()
                .map(|(i, r)| LeftOutScore {
                    respondent: r.clone(),
                    score: score_at(m, i + 1, k),
                    level: level_at(m, i + 1, k),
                })
                .collect();
        }
    }
    node
}

/// The sentence that says why the method was chosen.
fn reason(method: BootstrapMethod, n: usize, resamples: usize) -> String {
    match method {
        BootstrapMethod::Bootstrap => format!(
            "{n} respondents: {resamples} resamples of {n} respondents drawn with replacement, each pooled and scored"
        ),
        BootstrapMethod::LeaveOneOut => format!(
            "{n} {} too few for a bootstrap (at least {BOOTSTRAP_MIN_RESPONDENTS} are needed for enough distinct resamples): the pooled scores with each respondent left out in turn, and their range",
            if n == 1 { "respondent is" } else { "respondents are" }
        ),
    }
}
