//! How sure one assessment's scores are: what its unknown and missing answers allow (bounds),
//! and what the raters' confidence allows (a distribution over each rated answer's level and
//! the levels next to it), for errors that are independent and for errors that move together.
//!
//! Exact when few answers are uncertain ([`UncertaintyOptions::max_exact`]), else Monte Carlo
//! with a portable seeded generator (ChaCha8, one stream per draw): the same numbers on every
//! platform and surface for the same seed. Never a mix of the two in one result.

use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::assessment::{Assessment, Rating};
use crate::model::cell::{CELL_MISSING, CELL_NA, CELL_UNKNOWN};
use crate::model::compiled::Framework;
use crate::score::build::ScoreOptions;
use crate::score::matrix::MatrixScores;
use crate::score::report::FrameworkId;
use crate::score::report::{Report, UnknownRule};
pub use crate::score::uncertainty::{
    Bounds, LevelSpread, Method, NodeUncertainty, RatingModel, Spread, Uncertainty,
    UncertaintyOptions,
};
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A rated answer's possible levels, lowest first, with their probabilities.
pub(super) type Outcomes = Vec<(i8, f64)>;

/// The rows to score and the weight of each.
struct Sample {
    cells: Vec<i8>,
    weights: Vec<f64>,
}

impl Framework {
    /// How sure an assessment's scores are: for every node, the bounds its unknown and
    /// missing answers allow, and the distribution of its score over the rated answers'
    /// uncertainty (by their confidence, [`RatingModel`]), both with independent errors and
    /// with errors that move together. Unknown and missing answers stay out of the
    /// distributions, as they stay out of the published score.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::UncertaintyOptions;
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {
    ///     "inst.info.routine_data": {"level": 2, "confidence": "high"},
    ///     "inst.info.me_integration": "unknown"}}"#).unwrap();
    /// let u = fw.uncertainty(&a, &UncertaintyOptions::default()).unwrap();
    /// let info = u.nodes.iter().find(|n| n.id == "inst.info").unwrap();
    /// // The sub-domain's n indicators: the unknown one and the unanswered ones at 0, or at 4.
    /// let n = fw.indicators().iter().filter(|i| i.id.starts_with("inst.info.")).count() as f64;
    /// assert_eq!(info.bounds.low, Some(2.0 / n));
    /// assert_eq!(info.bounds.high, Some((2.0 + 4.0 * (n - 1.0)) / n));
    /// assert!(!info.bounds.settled);
    /// // P(level ≥ 2) = 0.95: only a drop to 1 (probability 0.05) loses level 2.
    /// assert!((info.independent.p_level_at_least[2] - 0.95).abs() < 1e-12);
    /// ```
    pub fn uncertainty(
        &self,
        assessment: &Assessment,
        options: &UncertaintyOptions,
    ) -> Result<Uncertainty, Error> {
        self.check_uncertainty_options(options)?;
        let scoring = ScoreOptions {
            unknown: options.unknown,
            ..ScoreOptions::default()
        };
        self.score_with(assessment, &scoring)?;
        let base = self.cells_of(assessment);
        let nominal = self.score_matrix_with(&base, options.unknown)?;
        let bounds = self.bounds(&base, options.unknown)?;
        let answers = self.uncertain_answers(assessment, &base, &options.model);
        let exact = answers.len() <= options.max_exact;
        let (independent, correlated) = if exact {
            (
                exact_independent(&base, &answers),
                exact_correlated(&base, &answers),
            )
        } else {
            monte_carlo(&base, &answers, options)
        };
        let independent = self
            .score_matrix_with(&independent.cells, options.unknown)
            .map(|m| (m, independent.weights))?;
        let correlated = self
            .score_matrix_with(&correlated.cells, options.unknown)
            .map(|m| (m, correlated.weights))?;
        let max = self.max_level();
        let nodes = (0..nominal.nodes.len())
            .map(|k| NodeUncertainty {
                id: nominal.nodes.get(k).cloned().unwrap_or_default(),
                score: score_at(&nominal, 0, k),
                level: level_at(&nominal, 0, k),
                bounds: bounds_of(&bounds, k),
                independent: spread(&independent.0, &independent.1, k, max, !exact),
                correlated: spread(&correlated.0, &correlated.1, k, max, !exact),
            })
            .collect();
        Ok(Uncertainty {
            framework: FrameworkId {
                id: self.id().to_owned(),
                version: self.version().to_owned(),
                title: self.spec().title.get("en").to_owned(),
            },
            library_version: env!("CARGO_PKG_VERSION").to_owned(),
            method: if exact {
                Method::Exact
            } else {
                Method::MonteCarlo
            },
            draws: independent.1.len(),
            seed: (!exact).then_some(options.seed),
            uncertain_answers: answers.len(),
            model: options.model,
            unknown_rule: options.unknown,
            nodes,
        })
    }

    /// The report of an assessment ([`Framework::score_with`]) with how sure its scores are
    /// ([`Framework::uncertainty`], with the report's rule for `unknown` answers) in
    /// [`Report::uncertainty`]: the JSON report carries the intervals, the Markdown report says
    /// how likely the overall level is, and the HTML report draws the intervals.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework, ScoreOptions};
    /// use lhs_maturity::analysis::UncertaintyOptions;
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let r = fw
    ///     .score_with_uncertainty(&a, &ScoreOptions::default(), &UncertaintyOptions::default())
    ///     .unwrap();
    /// let u = r.uncertainty.as_ref().unwrap();
    /// assert_eq!(u.nodes[0].id, "overall");
    /// assert!(r.to_markdown().contains("probability"));
    /// ```
    pub fn score_with_uncertainty(
        &self,
        assessment: &Assessment,
        options: &ScoreOptions,
        uncertainty: &UncertaintyOptions,
    ) -> Result<Report, Error> {
        let mut report = self.score_with(assessment, options)?;
        let u_options = UncertaintyOptions {
            unknown: options.unknown,
            ..uncertainty.clone()
        };
        let mut u = self.uncertainty(assessment, &u_options)?;
        u.framework.title = report.framework.title.clone();
        report.uncertainty = Some(u);
        Ok(report)
    }

    fn check_uncertainty_options(&self, o: &UncertaintyOptions) -> Result<(), Error> {
        let mut problems = o.model.check();
        if o.draws == 0 {
            problems.push(i18n::diagnostic(
                Severity::Error,
                "input.invalid_uncertainty_option",
                "/draws",
                &[("option", "draws".into())],
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Input(problems))
        }
    }

    /// The assessment as a row of the matrix path: levels and cell codes in framework order,
    /// indicators that do not apply to the unit's kind marked.
    pub(super) fn cells_of(&self, a: &Assessment) -> Vec<i8> {
        let mut row: Vec<i8> = self
            .0
            .indicators
            .iter()
            .map(
                |ind| match a.answers.get(&ind.spec.id).and_then(|x| x.rating) {
                    Some(Rating::Level(l)) => i8::try_from(l).unwrap_or(i8::MAX),
                    Some(Rating::NotApplicable) => CELL_NA,
                    Some(Rating::Unknown) => CELL_UNKNOWN,
                    None => CELL_MISSING,
                },
            )
            .collect();
        let kind = a.unit.as_ref().and_then(|u| u.kind.as_deref());
        self.apply_unit_kind(&mut row, kind);
        row
    }

    /// The scores with every unknown and missing answer at the lowest level (row 0) and at
    /// the highest (row 1).
    fn bounds(&self, base: &[i8], unknown: UnknownRule) -> Result<MatrixScores, Error> {
        let top = i8::try_from(self.max_level()).unwrap_or(i8::MAX);
        let at = |level: i8| {
            base.iter().map(move |&c| {
                if c == CELL_UNKNOWN || c == CELL_MISSING {
                    level
                } else {
                    c
                }
            })
        };
        let cells: Vec<i8> = at(0).chain(at(top)).collect();
        self.score_matrix_with(&cells, unknown)
    }

    /// Each rated answer whose level is uncertain under the model: its column and outcomes.
    pub(super) fn uncertain_answers(
        &self,
        a: &Assessment,
        base: &[i8],
        model: &RatingModel,
    ) -> Vec<(usize, Outcomes)> {
        let top = i8::try_from(self.max_level()).unwrap_or(i8::MAX);
        let mut out = Vec::new();
        for (col, ind) in self.0.indicators.iter().enumerate() {
            let Some(&level) = base.get(col).filter(|&&c| c >= 0) else {
                continue;
            };
            let confidence = a.answers.get(&ind.spec.id).and_then(|x| x.confidence);
            let s = model.of(confidence);
            let mut outcomes: Outcomes = Vec::with_capacity(3);
            let (mut stay, below, above) = (s.same, level > 0, level < top);
            if below && s.next > 0.0 {
                outcomes.push((level - 1, s.next));
            } else {
                stay += s.next;
            }
            if !above {
                stay += s.next;
            }
            // A level with no chance (`same` 0 in the middle of the scale) is not an outcome.
            if stay > 0.0 {
                outcomes.push((level, stay));
            }
            if above && s.next > 0.0 {
                outcomes.push((level + 1, s.next));
            }
            if outcomes.len() > 1 {
                out.push((col, outcomes));
            }
        }
        out
    }
}

/// Every combination of the answers' outcomes, with the product of their probabilities.
fn exact_independent(base: &[i8], answers: &[(usize, Outcomes)]) -> Sample {
    let mut sample = Sample {
        cells: base.to_vec(),
        weights: vec![1.0],
    };
    for (col, outcomes) in answers {
        let rows = sample.weights.len();
        let mut next = Sample {
            cells: Vec::with_capacity(sample.cells.len() * outcomes.len()),
            weights: Vec::with_capacity(rows * outcomes.len()),
        };
        for (row, w) in sample.cells.chunks(base.len()).zip(&sample.weights) {
            for &(level, p) in outcomes {
                next.cells.extend_from_slice(row);
                let at = next.cells.len() - base.len() + col;
                if let Some(c) = next.cells.get_mut(at) {
                    *c = level;
                }
                next.weights.push(w * p);
            }
        }
        sample = next;
    }
    sample
}

/// Errors that move together: one uniform `u` for every answer, each answer at its level of
/// cumulative probability `u`. The outcome is constant between the answers' cumulative
/// probabilities, so the intervals between them, with their lengths, are the exact
/// distribution.
fn exact_correlated(base: &[i8], answers: &[(usize, Outcomes)]) -> Sample {
    let mut cuts: Vec<f64> = answers
        .iter()
        .flat_map(|(_, o)| cumulative(o))
        .filter(|&c| c > 0.0 && c < 1.0)
        .collect();
    cuts.push(0.0);
    cuts.push(1.0);
    cuts.sort_by(f64::total_cmp);
    cuts.dedup_by(|a, b| (*a - *b).abs() < 1e-15);
    let mut sample = Sample {
        cells: Vec::new(),
        weights: Vec::new(),
    };
    for pair in cuts.windows(2) {
        if let [a, b] = pair {
            let mid = (a + b) / 2.0;
            push_at(&mut sample, base, answers, b - a, |_| mid);
        }
    }
    sample
}

/// The cumulative probabilities of outcomes, summed in their order (lowest level first).
fn cumulative(outcomes: &Outcomes) -> Vec<f64> {
    let mut sum = 0.0;
    outcomes
        .iter()
        .map(|&(_, p)| {
            sum += p;
            sum
        })
        .collect()
}

/// The outcome at cumulative probability `u`: the first whose cumulative probability exceeds it.
pub(super) fn outcome_at(outcomes: &Outcomes, u: f64) -> i8 {
    let mut sum = 0.0;
    for &(level, p) in outcomes {
        sum += p;
        if u < sum {
            return level;
        }
    }
    outcomes.last().map_or(0, |&(l, _)| l)
}

/// Adds a row of `weight` with each answer `i` at its outcome for the uniform `u(i)`.
fn push_at(
    sample: &mut Sample,
    base: &[i8],
    answers: &[(usize, Outcomes)],
    weight: f64,
    u: impl Fn(usize) -> f64,
) {
    let start = sample.cells.len();
    sample.cells.extend_from_slice(base);
    for (i, (col, outcomes)) in answers.iter().enumerate() {
        if let Some(c) = sample.cells.get_mut(start + col) {
            *c = outcome_at(outcomes, u(i));
        }
    }
    sample.weights.push(weight);
}

/// A uniform number in [0, 1) from 53 random bits: the same on every platform.
pub(super) fn uniform(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// `draws` seeded draws, each from its own stream of the seed: independent errors (a uniform
/// per answer) and correlated ones (the stream's first uniform shared by every answer).
fn monte_carlo(
    base: &[i8],
    answers: &[(usize, Outcomes)],
    o: &UncertaintyOptions,
) -> (Sample, Sample) {
    let empty = || Sample {
        cells: Vec::with_capacity(base.len() * o.draws),
        weights: Vec::with_capacity(o.draws),
    };
    let (mut independent, mut correlated) = (empty(), empty());
    for draw in 0..o.draws {
        let mut rng = ChaCha8Rng::seed_from_u64(o.seed);
        rng.set_stream(draw as u64);
        let first = uniform(&mut rng);
        let mut own: Vec<f64> = vec![first];
        own.extend((1..answers.len()).map(|_| uniform(&mut rng)));
        push_at(&mut independent, base, answers, 1.0, |i| {
            own.get(i).copied().unwrap_or(0.0)
        });
        push_at(&mut correlated, base, answers, 1.0, |_| first);
    }
    (independent, correlated)
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

fn bounds_of(m: &MatrixScores, node: usize) -> Bounds {
    let (level_low, level_high) = (level_at(m, 0, node), level_at(m, 1, node));
    Bounds {
        low: score_at(m, 0, node),
        high: score_at(m, 1, node),
        level_low,
        level_high,
        settled: level_low == level_high,
    }
}

/// The distribution of a node's score over the weighted rows (see [`Spread`]).
fn spread(m: &MatrixScores, weights: &[f64], node: usize, max: u32, drawn: bool) -> Spread {
    let mut rows: Vec<(f64, u32, f64)> = (0..m.rows)
        .filter_map(|r| {
            let w = weights.get(r).copied()?;
            Some((score_at(m, r, node)?, level_at(m, r, node)?, w))
        })
        .collect();
    let total: f64 = rows.iter().map(|r| r.2).sum();
    if rows.is_empty() || total <= 0.0 {
        return Spread {
            mean: None,
            interval: None,
            p_level_at_least: Vec::new(),
            std_error: None,
        };
    }
    let mean = rows.iter().map(|r| r.0 * r.2).sum::<f64>() / total;
    let p_level_at_least = (0..=max)
        // `+ 0.0`: an empty sum is -0.0, written `-0.0` in JSON.
        .map(|k| rows.iter().filter(|r| r.1 >= k).map(|r| r.2).sum::<f64>() / total + 0.0)
        .collect();
    let std_error = drawn.then(|| {
        let var = rows.iter().map(|r| (r.0 - mean).powi(2) * r.2).sum::<f64>() / total;
        (var / rows.len() as f64).sqrt()
    });
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let quantile = |q: f64| {
        let mut cum = 0.0;
        for r in &rows {
            cum += r.2;
            if cum >= q * total - 1e-12 * total {
                return r.0;
            }
        }
        rows.last().map_or(f64::NAN, |r| r.0)
    };
    Spread {
        mean: Some(mean),
        interval: Some([quantile(0.05), quantile(0.95)]),
        p_level_at_least,
        std_error,
    }
}
