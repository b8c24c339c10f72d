//! The runs' results summarised: per unit its score's spread, how often it keeps its level and
//! its rank; pairs, the mean rank shift, and the Sobol' indices of every output (§30).

use super::{
    Factor, FactorIndex, Indices, Overall, PairOrder, RankShift, RankSummary, RobustnessOptions,
    Sensitivity, UnitRobustness,
};
use crate::analysis::sobol::{sobol_indices_with, SobolIndices, SobolOptions};
use crate::analysis::stats::{quantile_sorted, sorted};
use crate::error::Error;

const NO_FACTOR: &str = "no factor is varied";
const NO_SCORE: &str = "the output has no value in some runs";
const SAME_RANK: &str = "the unit's rank is the same in every run";

pub(super) fn finite(x: Option<&f64>) -> Option<f64> {
    x.copied().filter(|x| x.is_finite())
}

/// The ranks of scores (rank 1 = highest; ties averaged; NaN for no score).
pub(super) fn ranks(scores: &[f64]) -> Vec<f64> {
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
pub(super) struct Table<'a> {
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
    pub(super) fn new(labels: &'a [String], nominal: &'a Overall, runs: &[Overall]) -> Self {
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

    pub(super) fn units(&self, o: &RobustnessOptions) -> Vec<UnitRobustness> {
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

    pub(super) fn pairs(&self, o: &RobustnessOptions) -> Vec<PairOrder> {
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

    pub(super) fn rank_shift_summary(&self) -> RankShift {
        let (median, interval) = summary(self.shift.iter().copied()).unwrap_or((0.0, [0.0; 2]));
        RankShift {
            mean: self.shift.iter().sum::<f64>() / self.runs().max(1) as f64,
            median,
            interval,
        }
    }

    pub(super) fn sensitivity(
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
            level: crate::analysis::SOBOL_INTERVAL_LEVEL,
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
    use super::ranks;

    #[test]
    fn ranks_average_ties_and_skip_missing() {
        let r = ranks(&[2.0, 3.0, 2.0, f64::NAN, 1.0]);
        assert_eq!(&r[..3], &[2.5, 1.0, 2.5]);
        assert!(r[3].is_nan());
        assert_eq!(r[4], 4.0);
    }
}
