//! The design of a robustness analysis (§30): the factors, the uniform columns of the Sobol'
//! design, and the weights, aggregation rules and cells that one run scores with.

use super::{Factor, FactorKind, RobustnessOptions, WeightsModel};
#[cfg(doc)]
use crate::analysis::uncertainty::outcome_at;
use crate::analysis::uncertainty::{uniform, Outcomes};
use crate::model::compiled::{Child, Compiled};
use crate::model::framework::Aggregation;
use crate::model::plan::Choices;
use rand_chacha::rand_core::Rng;
use rand_chacha::rand_core::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// What a weight column moves: a node's weight or an indicator's (compiled indices).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Target {
    Node(usize),
    Indicator(usize),
}

/// One uniform column of the design.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Dim {
    /// One sibling's weight in a set of siblings (one factor per set).
    Weight {
        factor: usize,
        target: Target,
    },
    /// The aggregation of a node (compiled index).
    Aggregation {
        factor: usize,
        node: usize,
    },
    Missing {
        factor: usize,
    },
    Rating {
        factor: usize,
    },
}

impl Dim {
    pub(super) fn factor(&self) -> usize {
        match self {
            Dim::Weight { factor, .. }
            | Dim::Aggregation { factor, .. }
            | Dim::Missing { factor }
            | Dim::Rating { factor } => *factor,
        }
    }
}

/// The factors and the columns of the design.
#[derive(Debug, Default)]
pub(super) struct Factors {
    pub(super) list: Vec<Factor>,
    pub(super) dims: Vec<Dim>,
}

impl Factors {
    /// Adds a factor of one column: the aggregation of a node, missing answers or ratings.
    pub(super) fn push_one(&mut self, kind: FactorKind, node: Option<(usize, &str)>) {
        let factor = self.list.len();
        let (name, dim) = match (kind, node) {
            (FactorKind::Aggregation, Some((node, id))) => (
                format!("aggregation:{id}"),
                Dim::Aggregation { factor, node },
            ),
            (FactorKind::Rating, _) => ("rating".to_owned(), Dim::Rating { factor }),
            _ => ("missing".to_owned(), Dim::Missing { factor }),
        };
        self.list.push(Factor {
            name,
            kind,
            members: node.map(|(_, id)| vec![id.to_owned()]).unwrap_or_default(),
        });
        self.dims.push(dim);
    }

    /// The sets of siblings whose weights count: the scored domains, then depth first the
    /// children (sub-nodes that are not outcomes, or indicators) of every node outside the
    /// outcomes, each set of at least two.
    pub(super) fn weight_sets(&mut self, c: &Compiled) {
        let scored: Vec<usize> = c
            .domains
            .iter()
            .copied()
            .filter(|&d| c.nodes.get(d).is_some_and(|n| !n.outcome))
            .collect();
        let members = scored
            .iter()
            .map(|&d| (Target::Node(d), node_id(c, d)))
            .collect();
        self.push_set("overall", members);
        for d in scored {
            self.node_sets(c, d);
        }
    }

    fn node_sets(&mut self, c: &Compiled, ni: usize) {
        let Some(node) = c.nodes.get(ni) else {
            return;
        };
        let members: Vec<(Target, String)> = node
            .children
            .iter()
            .filter_map(|ch| match *ch {
                Child::Node(i) => c
                    .nodes
                    .get(i)
                    .filter(|n| !n.outcome)
                    .map(|n| (Target::Node(i), n.id.to_string())),
                Child::Indicator(i) => c
                    .indicators
                    .get(i)
                    .map(|x| (Target::Indicator(i), x.id.to_string())),
            })
            .collect();
        let kids: Vec<usize> = members
            .iter()
            .filter_map(|(t, _)| match t {
                Target::Node(i) => Some(*i),
                Target::Indicator(_) => None,
            })
            .collect();
        self.push_set(&node.id, members);
        for i in kids {
            self.node_sets(c, i);
        }
    }

    fn push_set(&mut self, parent_id: &str, members: Vec<(Target, String)>) {
        if members.len() < 2 {
            return;
        }
        let factor = self.list.len();
        self.dims
            .extend(members.iter().map(|(target, _)| Dim::Weight {
                factor,
                target: *target,
            }));
        self.list.push(Factor {
            name: format!("weights:{parent_id}"),
            kind: FactorKind::Weights,
            members: members.into_iter().map(|(_, id)| id).collect(),
        });
    }

    /// Whether a run changes the weights or the aggregation rules.
    pub(super) fn structural(&self) -> bool {
        self.dims
            .iter()
            .any(|d| matches!(d, Dim::Weight { .. } | Dim::Aggregation { .. }))
    }
}

fn node_id(c: &Compiled, i: usize) -> String {
    c.nodes.get(i).map(|n| n.id.to_string()).unwrap_or_default()
}

/// The weights and aggregation rules of the run at `u`: each set of siblings reweighted (the
/// options' model), each named node's aggregation set (`mean` below 0.5, else `minimum`).
pub(super) fn choices(base: &Choices, dims: &[Dim], u: &[f64], o: &RobustnessOptions) -> Choices {
    let mut out = base.clone();
    let cols: Vec<(&Dim, f64)> = dims.iter().zip(u.iter().copied()).collect();
    for set in cols.chunk_by(|a, b| a.0.factor() == b.0.factor()) {
        match set.first() {
            Some((Dim::Weight { factor, .. }, x)) => {
                let targets: Vec<Target> = set
                    .iter()
                    .filter_map(|(d, _)| match d {
                        Dim::Weight { target, .. } => Some(*target),
                        _ => None,
                    })
                    .collect();
                let old: Vec<f64> = targets.iter().map(|&t| weight(base, t)).collect();
                let new = match o.weights_model {
                    WeightsModel::Uniform => {
                        let xs: Vec<f64> = set.iter().map(|(_, x)| *x).collect();
                        uniform_weights(&old, &xs, o.weights_spread)
                    }
                    WeightsModel::Dirichlet => {
                        let stream = dirichlet_stream(*factor, *x);
                        dirichlet_weights(&old, o.weights_spread, o.seed, stream)
                    }
                };
                for (t, w) in targets.into_iter().zip(new) {
                    set_weight(&mut out, t, w);
                }
            }
            Some((Dim::Aggregation { node, .. }, x)) => {
                if let Some(a) = out.aggregation.get_mut(*node) {
                    *a = if *x < 0.5 {
                        Aggregation::Mean
                    } else {
                        Aggregation::Minimum
                    };
                }
            }
            _ => {}
        }
    }
    out
}

fn weight(c: &Choices, t: Target) -> f64 {
    let w = match t {
        Target::Node(i) => c.node_weight.get(i),
        Target::Indicator(i) => c.indicator_weight.get(i),
    };
    w.copied().unwrap_or(1.0)
}

fn set_weight(c: &mut Choices, t: Target, w: f64) {
    let slot = match t {
        Target::Node(i) => c.node_weight.get_mut(i),
        Target::Indicator(i) => c.indicator_weight.get_mut(i),
    };
    if let Some(slot) = slot {
        *slot = w;
    }
}

/// `w'ᵢ = wᵢ (1 + s (2uᵢ − 1))`, then every `w'ᵢ × (Σ w / Σ w')`, sums in sibling order.
///
/// ```text
/// uniform_weights([1, 1], [1, 0], 0.25) = [1.25, 0.75]
/// ```
pub(super) fn uniform_weights(old: &[f64], u: &[f64], spread: f64) -> Vec<f64> {
    let new: Vec<f64> = old
        .iter()
        .zip(u)
        .map(|(w, x)| w * (1.0 + spread * (2.0 * x - 1.0)))
        .collect();
    let ratio = old.iter().sum::<f64>() / new.iter().sum::<f64>();
    new.into_iter().map(|w| w * ratio).collect()
}

/// The stream of a Dirichlet set's draw: the factor's index above bit 32 (so that it never
/// meets a rating stream, all below 2^32), `⌊x · 2^32⌋` of its first column below.
fn dirichlet_stream(factor: usize, x: f64) -> u64 {
    ((factor as u64 + 1) << 32) | (x * 4_294_967_296.0) as u64
}

/// The concentration `κ` of a Dirichlet set of `k` siblings whose member of average weight has
/// the relative standard deviation of a uniform factor from `1 − s` to `1 + s` (`s / √3`):
/// `κ = 3 (k − 1) / s² − 1`.
pub(super) fn dirichlet_concentration(k: usize, spread: f64) -> f64 {
    3.0 * (k as f64 - 1.0) / (spread * spread) - 1.0
}

/// Weights drawn from a Dirichlet distribution around the shares `wᵢ / Σ w` (`αᵢ = κ wᵢ / Σ
/// w`), scaled back to the same sum: a Gamma(αᵢ) draw per sibling in sibling order from one
/// ChaCha8 stream of the seed (Marsaglia and Tsang), `w'ᵢ = gᵢ / Σ g × Σ w`.
pub(super) fn dirichlet_weights(old: &[f64], spread: f64, seed: u64, stream: u64) -> Vec<f64> {
    let total: f64 = old.iter().sum();
    let kappa = dirichlet_concentration(old.len(), spread);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(stream);
    let g: Vec<f64> = old
        .iter()
        .map(|w| gamma(&mut rng, kappa * w / total))
        .collect();
    let sum: f64 = g.iter().sum();
    g.into_iter().map(|x| x / sum * total).collect()
}

/// A Gamma(α, 1) draw (Marsaglia and Tsang 2000; for α < 1, Gamma(α + 1) × U^(1/α)), with the
/// portable maths of `libm`.
fn gamma(rng: &mut ChaCha8Rng, alpha: f64) -> f64 {
    if alpha < 1.0 {
        let g = gamma(rng, alpha + 1.0);
        return g * libm::pow(1.0 - uniform(rng), 1.0 / alpha);
    }
    let d = alpha - 1.0 / 3.0;
    let c = 1.0 / libm::sqrt(9.0 * d);
    loop {
        let x = normal(rng);
        let v = 1.0 + c * x;
        if v <= 0.0 {
            continue;
        }
        let v = v * v * v;
        let u = 1.0 - uniform(rng);
        if u < 1.0 - 0.0331 * x * x * x * x
            || libm::log(u) < 0.5 * x * x + d * (1.0 - v + libm::log(v))
        {
            return d * v;
        }
    }
}

/// A standard normal draw (Marsaglia's polar method).
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    loop {
        let a = 2.0 * uniform(rng) - 1.0;
        let b = 2.0 * uniform(rng) - 1.0;
        let s = a * a + b * b;
        if s > 0.0 && s < 1.0 {
            return a * libm::sqrt(-2.0 * libm::log(s) / s);
        }
    }
}

/// An uncertain rated answer ready to draw: its cell among all units' cells, its (at most
/// three) outcomes and their cumulative chances, summed in order as [`outcome_at`] does.
#[derive(Debug, Clone, Copy)]
pub(super) struct Draw {
    cell: usize,
    cum: [f64; 2],
    levels: [i8; 3],
}

impl Draw {
    /// The uncertain answers of every unit (unit after unit, in column order).
    pub(super) fn all(uncertain: &[Vec<(usize, Outcomes)>], cols: usize) -> Vec<Draw> {
        let mut out = Vec::new();
        for (unit, answers) in uncertain.iter().enumerate() {
            for (col, outcomes) in answers {
                let cell = unit * cols + col;
                let at = |i: usize| outcomes.get(i).or(outcomes.last()).copied();
                let (Some((l0, p0)), Some((l1, p1)), Some((l2, _))) = (at(0), at(1), at(2)) else {
                    continue;
                };
                let two = outcomes.len() <= 2;
                out.push(Draw {
                    cell,
                    cum: [p0, if two { f64::INFINITY } else { p0 + p1 }],
                    levels: [l0, l1, l2],
                });
            }
        }
        out
    }

    /// The level at the uniform `u` ([`outcome_at`] of its outcomes).
    fn at(&self, u: f64) -> i8 {
        let [a, b, c] = self.levels;
        if u < self.cum[0] {
            a
        } else if u < self.cum[1] {
            b
        } else {
            c
        }
    }
}

/// Every uncertain rated answer at a level drawn from its spread: stream `⌊x · 2^32⌋` of
/// ChaCha8 seeded with the options' seed, one uniform `next_u32() / 2^32` per uncertain
/// answer, unit after unit, in column order (32 bits tell apart chances given to two decimals;
/// half the stream of 53-bit uniforms).
pub(super) fn draw_ratings(cells: &mut [i8], draws: &[Draw], seed: u64, x: f64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream((x * 4_294_967_296.0) as u64);
    for d in draws {
        let u = f64::from(rng.next_u32()) * (1.0 / 4_294_967_296.0);
        if let Some(c) = cells.get_mut(d.cell) {
            *c = d.at(u);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{dirichlet_concentration, dirichlet_weights, uniform_weights, Draw};
    use crate::analysis::uncertainty::outcome_at;

    #[test]
    fn a_draw_is_the_outcome_at_its_uniform() {
        let cases = vec![
            vec![(1, 0.05), (2, 0.9), (3, 0.05)],
            vec![(3, 0.1), (4, 0.9)],
            vec![(0, 0.75), (1, 0.25)],
        ];
        let draws = Draw::all(&[cases.iter().cloned().enumerate().collect()], 3);
        for (d, o) in draws.iter().zip(&cases) {
            for k in 0..=1000 {
                let u = f64::from(k) / 1000.0;
                assert_eq!(d.at(u), outcome_at(o, u), "{o:?} at {u}");
            }
        }
    }

    #[test]
    fn uniform_weights_keep_their_sum() {
        let w = uniform_weights(&[1.0, 1.0, 2.0], &[1.0, 0.0, 0.5], 0.25);
        // Raw 1.25, 0.75, 2: sum 4 already.
        assert_eq!(w, vec![1.25, 0.75, 2.0]);
        let w = uniform_weights(&[1.0, 3.0], &[1.0, 1.0], 0.2);
        assert!((w[0] - 1.0).abs() < 1e-12 && (w[1] - 3.0).abs() < 1e-12);
    }

    #[test]
    fn dirichlet_weights_centre_on_the_shares() {
        let old = [1.0, 2.0, 3.0, 2.0];
        let n = 4000;
        let mut mean = [0.0; 4];
        let mut sq = [0.0; 4];
        for s in 0..n {
            let w = dirichlet_weights(&old, 0.25, 7, s);
            assert!((w.iter().sum::<f64>() - 8.0).abs() < 1e-9);
            for i in 0..4 {
                mean[i] += w[i] / f64::from(n as u32);
                sq[i] += w[i] * w[i] / f64::from(n as u32);
            }
        }
        let kappa = dirichlet_concentration(4, 0.25);
        for i in 0..4 {
            let p = old[i] / 8.0;
            // Mean within 4 standard errors; variance of the share p(1 − p)/(κ + 1) within 10%.
            let var = p * (1.0 - p) / (kappa + 1.0) * 64.0;
            assert!((mean[i] - old[i]).abs() < 4.0 * (var / f64::from(n as u32)).sqrt());
            let got = sq[i] - mean[i] * mean[i];
            assert!((got / var - 1.0).abs() < 0.1, "{i}: {got} vs {var}");
        }
        // The same seed and stream give the same weights.
        assert_eq!(
            dirichlet_weights(&old, 0.25, 7, 3),
            dirichlet_weights(&old, 0.25, 7, 3)
        );
    }
}
