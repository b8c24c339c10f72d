//! Sobol' sensitivity indices: how much of the variance of an output each input factor (or group
//! of factors) explains, alone (first order) and with its interactions (total order).
//!
//! The estimator layer of a variance-based sensitivity analysis (`spec/SCORING.md` §29): a
//! Saltelli design on a scrambled Sobol' sequence ([`SobolDesign`]), and the first- and
//! total-order estimators of SALib's `SALib.analyze.sobol.analyze(..., calc_second_order=False)`
//! (Saltelli et al. 2010, Jansen 1999) on the outputs of its runs ([`sobol_indices`]), with
//! seeded bootstrap intervals. What the outputs are (a score under varied weights, aggregation
//! rules, treatments of missing answers...) is the caller's.
//!
//! Every sum is taken in run order, and the only operation beyond `+ - * /` is a square root
//! (correctly rounded by IEEE 754), so native and WebAssembly builds give the same numbers.

use crate::error::{Error, Severity};
use crate::i18n;
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

/// The most base points of a design: the length of the Sobol' sequence used (2^16).
pub const SOBOL_MAX_BASE: usize = 1 << 16;

/// The most factors of a design: the sequence has 256 dimensions, two per factor (one for the
/// sample `A`, one for `B`).
pub const SOBOL_MAX_FACTORS: usize = 128;

/// The confidence of the bootstrap intervals: 95%, the 2.5% and 97.5% quantiles.
pub const SOBOL_INTERVAL_LEVEL: f64 = 0.95;

/// Why every index is undefined when all the outputs are equal.
const ALL_EQUAL: &str = "every output is the same, so there is no variance to apportion";

/// Why every index is undefined when the outputs of the samples A and B do not vary.
const NO_VARIANCE: &str =
    "the outputs of the base samples A and B do not vary: the variance the indices divide by is zero";

/// Why an index is undefined when the arithmetic overflowed.
const NOT_FINITE: &str = "the computation gave no finite value";

/// The runs of a Sobol' sensitivity analysis (Saltelli's design without second-order runs):
/// `n` base points of a scrambled Sobol' sequence in `[0, 1)^(2d)` for `d` factors, the first
/// `d` coordinates of point `j` its row `A_j`, the last `d` its row `B_j`. For each base point,
/// `k + 2` runs in this order: `A_j`; for each group `i` of factors, `AB_j^(i)`, the row `A_j`
/// with the columns of the factors of group `i` taken from `B_j`; then `B_j`. Without groups,
/// each factor is its own group (`k = d`). This is the order of SALib's
/// `SALib.sample.sobol.sample(problem, n, calc_second_order=False)`.
///
/// The sequence is `sobol_burley`'s Owen-scrambled Sobol' sequence (Burley 2020, Joe–Kuo
/// direction numbers): coordinate `c` of point `j` is `sobol_burley::sample(j, c, s)` where the
/// 32-bit seed `s` is the design's seed with its high half folded in (`seed XOR seed >> 32`,
/// low 32 bits), widened exactly to `f64`. Each value is in `[0, 1)`; map it to a factor's range
/// or distribution (`low + u × (high − low)`) before running the model. Choose `n` a power of 2:
/// the Sobol' points are balanced at powers of 2.
///
/// ```
/// use lhs_maturity::analysis::SobolDesign;
/// let design = SobolDesign::new(8, 3, 2021).unwrap();
/// assert_eq!((design.k(), design.runs()), (3, 8 * 5));
/// let x = design.sample();
/// assert_eq!(x.len(), 8 * 5 * 3);
/// assert!(x.iter().all(|&u| (0.0..1.0).contains(&u)));
/// // Run 1 of base point 0 is A_0 with factor 0 taken from B_0 (run 4).
/// let (a, ab0, b) = (&x[0..3], &x[3..6], &x[12..15]);
/// assert_eq!((ab0[0], ab0[1], ab0[2]), (b[0], a[1], a[2]));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SobolDesign {
    n: usize,
    seed: u64,
    /// The group of each factor, groups numbered 0 to k - 1 in order of first appearance.
    groups: Vec<usize>,
    k: usize,
}

impl SobolDesign {
    /// The design of `n` base points for `factors` factors, each its own group.
    ///
    /// # Errors
    ///
    /// `input.invalid_sobol_option`: `n` not from 1 to [`SOBOL_MAX_BASE`] (at `/n`), or
    /// `factors` not from 1 to [`SOBOL_MAX_FACTORS`] (at `/factors`).
    ///
    /// ```
    /// use lhs_maturity::analysis::SobolDesign;
    /// assert_eq!(SobolDesign::new(1024, 4, 7).unwrap().runs(), 1024 * 6);
    /// let e = SobolDesign::new(0, 4, 7).unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("input.invalid_sobol_option", "/n"));
    /// ```
    pub fn new(n: usize, factors: usize, seed: u64) -> Result<Self, Error> {
        Self::checked(n, factors, "/factors")?;
        Ok(Self {
            n,
            seed,
            groups: (0..factors).collect(),
            k: factors,
        })
    }

    /// The design of `n` base points for factors in groups: `groups` has the group label of
    /// each factor (as SALib's `groups`); the factors of a group are swapped together, and the
    /// groups are numbered in order of first appearance (`["w", "w", "agg"]`: group 0 is `w`,
    /// factors 0 and 1; group 1 is `agg`, factor 2).
    ///
    /// # Errors
    ///
    /// As [`SobolDesign::new`], the number of factors being `groups.len()` (at `/groups`).
    ///
    /// ```
    /// use lhs_maturity::analysis::SobolDesign;
    /// let design = SobolDesign::grouped(16, &["w", "w", "agg"], 1).unwrap();
    /// assert_eq!((design.factors(), design.k(), design.groups()), (3, 2, &[0, 0, 1][..]));
    /// assert_eq!(design.runs(), 16 * 4);
    /// ```
    pub fn grouped<T: PartialEq>(n: usize, groups: &[T], seed: u64) -> Result<Self, Error> {
        Self::checked(n, groups.len(), "/groups")?;
        let mut labels: Vec<&T> = Vec::new();
        let mut numbers = Vec::with_capacity(groups.len());
        for g in groups {
            let number = match labels.iter().position(|&l| l == g) {
                Some(i) => i,
                None => {
                    labels.push(g);
                    labels.len() - 1
                }
            };
            numbers.push(number);
        }
        Ok(Self {
            n,
            seed,
            groups: numbers,
            k: labels.len(),
        })
    }

    fn checked(n: usize, factors: usize, path: &str) -> Result<(), Error> {
        let mut problems = Vec::new();
        if !(1..=SOBOL_MAX_BASE).contains(&n) {
            problems.push(i18n::diagnostic(
                Severity::Error,
                "input.invalid_sobol_option",
                "/n",
                &[
                    ("option", "n".into()),
                    ("value", n.into()),
                    ("max", SOBOL_MAX_BASE.into()),
                ],
            ));
        }
        if !(1..=SOBOL_MAX_FACTORS).contains(&factors) {
            problems.push(i18n::diagnostic(
                Severity::Error,
                "input.invalid_sobol_option",
                path,
                &[
                    ("option", "factors".into()),
                    ("value", factors.into()),
                    ("max", SOBOL_MAX_FACTORS.into()),
                ],
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Input(problems))
        }
    }

    /// The number of base points `n`.
    pub fn n(&self) -> usize {
        self.n
    }

    /// The number of factors `d` (the columns of a run).
    pub fn factors(&self) -> usize {
        self.groups.len()
    }

    /// The number of groups `k` (the factors without groups): each base point has `k + 2` runs.
    pub fn k(&self) -> usize {
        self.k
    }

    /// The group of each factor, numbered from 0 in order of first appearance.
    pub fn groups(&self) -> &[usize] {
        &self.groups
    }

    /// The seed of the scrambled sequence.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The number of runs, `n × (k + 2)`.
    pub fn runs(&self) -> usize {
        self.n * (self.k + 2)
    }

    /// The 32-bit seed of `sobol_burley`: the low half of `seed XOR seed >> 32`.
    fn sequence_seed(&self) -> u32 {
        (self.seed ^ (self.seed >> 32)) as u32
    }

    /// Base point `j`: its `2d` coordinates, `A_j` then `B_j`.
    fn point(&self, j: usize) -> Vec<f64> {
        let seed = self.sequence_seed();
        let d = self.factors();
        // j < 2^16 and c < 2d ≤ 256 (checked when the design was made): within the sequence.
        (0..2 * d)
            .map(|c| f64::from(sobol_burley::sample(j as u32, c as u32, seed)))
            .collect()
    }

    /// The base matrix: `n` rows of `2d` values, row after row (`A` the first `d` columns,
    /// `B` the last `d`).
    ///
    /// ```
    /// let design = lhs_maturity::analysis::SobolDesign::new(4, 2, 0).unwrap();
    /// let base = design.base();
    /// assert_eq!(base.len(), 4 * 4);
    /// assert_eq!(&design.sample()[0..2], &base[0..2]); // run 0 is A_0
    /// ```
    pub fn base(&self) -> Vec<f64> {
        (0..self.n).flat_map(|j| self.point(j)).collect()
    }

    /// Every run: `n × (k + 2)` rows of `d` values, row after row, in the order of the type's
    /// description (`A_j`, `AB_j` of each group, `B_j`, for `j` from 0).
    pub fn sample(&self) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.runs() * self.factors());
        for j in 0..self.n {
            self.push_runs(&self.point(j), &mut out);
        }
        out
    }

    /// Run `index` (from 0, below [`SobolDesign::runs`]): its `d` values; None past the end.
    ///
    /// ```
    /// let design = lhs_maturity::analysis::SobolDesign::new(8, 3, 5).unwrap();
    /// let x = design.sample();
    /// assert_eq!(design.run(7).unwrap(), &x[7 * 3..8 * 3]);
    /// assert!(design.run(design.runs()).is_none());
    /// ```
    pub fn run(&self, index: usize) -> Option<Vec<f64>> {
        if index >= self.runs() {
            return None;
        }
        let mut out = Vec::with_capacity((self.k + 2) * self.factors());
        self.push_runs(&self.point(index / (self.k + 2)), &mut out);
        let d = self.factors();
        let start = (index % (self.k + 2)) * d;
        out.get(start..start + d).map(<[f64]>::to_vec)
    }

    /// Appends the `k + 2` runs of a base point.
    fn push_runs(&self, point: &[f64], out: &mut Vec<f64>) {
        let Some((a, b)) = point.split_at_checked(self.factors()) else {
            return;
        };
        out.extend_from_slice(a);
        for group in 0..self.k {
            out.extend(
                a.iter()
                    .zip(b)
                    .zip(&self.groups)
                    .map(|((&x, &y), &g)| if g == group { y } else { x }),
            );
        }
        out.extend_from_slice(b);
    }
}

/// The options of [`sobol_indices_with`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SobolOptions {
    /// The bootstrap resamples (default 1000; 0: no intervals).
    pub resamples: usize,
    /// The seed of the bootstrap (default 2021).
    pub seed: u64,
}

impl Default for SobolOptions {
    fn default() -> Self {
        SobolOptions {
            resamples: 1000,
            seed: 2021,
        }
    }
}

/// First- and total-order Sobol' indices of the `k` factors (or groups) of a design, with their
/// bootstrap intervals ([`sobol_indices`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SobolIndices {
    /// The number of factors or groups.
    pub k: usize,
    /// The number of base points (the outputs are `n × (k + 2)`).
    pub n: usize,
    /// First-order index of each factor (Saltelli et al. 2010), None when undefined (`note`).
    pub s1: Vec<Option<f64>>,
    /// Total-order index of each factor (Jansen 1999), None when undefined (`note`).
    pub st: Vec<Option<f64>>,
    /// The bootstrap interval of each first-order index: the 2.5% and 97.5% quantiles of its
    /// resampled values; None without resamples or when the index is undefined.
    pub s1_interval: Vec<Option<[f64; 2]>>,
    /// The bootstrap interval of each total-order index, as `s1_interval`.
    pub st_interval: Vec<Option<[f64; 2]>>,
    /// Why the indices are undefined, or that some resamples were left out of the intervals.
    pub note: Option<String>,
    /// The bootstrap resamples drawn.
    pub resamples: usize,
    /// The seed of the bootstrap.
    pub seed: u64,
    /// The confidence of the intervals ([`SOBOL_INTERVAL_LEVEL`]).
    pub level: f64,
}

/// [`sobol_indices_with`] with the default options: 1000 bootstrap resamples, seed 2021.
///
/// ```
/// use lhs_maturity::analysis::{sobol_indices, SobolDesign};
/// // y = x0 + 2 x1 on uniform factors: S1 = ST = 1/5 and 4/5.
/// let design = SobolDesign::new(1024, 2, 1).unwrap();
/// let y: Vec<f64> = design.sample().chunks(2).map(|x| x[0] + 2.0 * x[1]).collect();
/// let s = sobol_indices(&y, 2).unwrap();
/// assert!((s.s1[0].unwrap() - 0.2).abs() < 0.01 && (s.st[1].unwrap() - 0.8).abs() < 0.01);
/// let [low, high] = s.s1_interval[1].unwrap();
/// assert!(low < s.s1[1].unwrap() && s.s1[1].unwrap() < high);
/// ```
///
/// # Errors
///
/// As [`sobol_indices_with`].
pub fn sobol_indices(outputs: &[f64], k: usize) -> Result<SobolIndices, Error> {
    sobol_indices_with(outputs, k, &SobolOptions::default())
}

/// The first- and total-order Sobol' indices of the outputs of a design's runs, in the order of
/// [`SobolDesign`] (`n × (k + 2)` outputs): the point estimates of SALib's
/// `sobol.analyze(problem, Y, calc_second_order=False)` (`spec/SCORING.md` §29).
///
/// The outputs are standardised over all the runs, `Y ← (Y − mean) / std` (population standard
/// deviation); `A_j`, `B_j` and `AB_j^(i)` are the outputs of the runs of base point `j`, and
/// `V` the population variance of the `2n` values `A` then `B`:
///
/// - first order: `S1_i = mean_j(B_j (AB_j^(i) − A_j)) / V`;
/// - total order: `ST_i = ½ mean_j((A_j − AB_j^(i))²) / V`.
///
/// When every output is the same, or the standardised `A` and `B` have a range or a variance of
/// at most `f64::EPSILON` (where SALib returns 0 with a warning), every index is None and `note`
/// says why. The intervals: `options.resamples` bootstrap resamples of the base points, resample
/// `b` drawing `n` points with replacement from stream `b` of ChaCha8 seeded with
/// `options.seed` (point `⌊u · n / 2^64⌋` for each 64-bit `u`), the indices recomputed from the
/// standardised outputs of the drawn points; the interval is the 2.5% and 97.5% quantiles of
/// the resampled values, interpolated linearly between order statistics (NumPy's default
/// `percentile`: position `q (m − 1)` among the `m` sorted values). A resample whose `A` and `B`
/// do not vary is left out (said in `note`).
///
/// ```
/// use lhs_maturity::analysis::{sobol_indices_with, SobolDesign, SobolOptions};
/// let design = SobolDesign::new(256, 3, 9).unwrap();
/// // Factor 2 does nothing.
/// let y: Vec<f64> = design.sample().chunks(3).map(|x| x[0] * x[1]).collect();
/// let options = SobolOptions { resamples: 200, seed: 1 };
/// let s = sobol_indices_with(&y, 3, &options).unwrap();
/// assert_eq!((s.s1[2], s.st[2]), (Some(0.0), Some(0.0)));
/// assert_eq!(s, sobol_indices_with(&y, 3, &options).unwrap()); // the same for the same seed
/// let flat = sobol_indices_with(&[1.0; 10], 3, &options).unwrap();
/// assert!(flat.s1.iter().all(Option::is_none) && flat.note.is_some());
/// ```
///
/// # Errors
///
/// `input.invalid_sobol_option`: `k` is 0 (at `/k`); the number of outputs is not a positive
/// multiple of `k + 2` (at `/outputs`); an output is not a finite number (at `/outputs/<i>`,
/// the first such output).
pub fn sobol_indices_with(
    outputs: &[f64],
    k: usize,
    options: &SobolOptions,
) -> Result<SobolIndices, Error> {
    check_outputs(outputs, k)?;
    let step = k + 2;
    let n = outputs.len() / step;
    let mut result = SobolIndices {
        k,
        n,
        s1: vec![None; k],
        st: vec![None; k],
        s1_interval: vec![None; k],
        st_interval: vec![None; k],
        note: None,
        resamples: options.resamples,
        seed: options.seed,
        level: SOBOL_INTERVAL_LEVEL,
    };
    let Some(y) = standardised(outputs) else {
        result.note = Some(ALL_EQUAL.to_owned());
        return Ok(result);
    };
    let points: Vec<&[f64]> = y.chunks_exact(step).collect();
    let (s1, st) = match estimates(&points, k) {
        Ok(s) => s,
        Err(why) => {
            result.note = Some(why.to_owned());
            return Ok(result);
        }
    };
    result.s1 = s1.iter().map(|&x| Some(x)).collect();
    result.st = st.iter().map(|&x| Some(x)).collect();
    if options.resamples > 0 {
        let draws: Vec<usize> = (0..options.resamples).collect();
        let resampled = crate::parallel::map(&draws, |&b| {
            let mut rng = ChaCha8Rng::seed_from_u64(options.seed);
            rng.set_stream(b as u64);
            let picked: Vec<&[f64]> = (0..n)
                .filter_map(|_| points.get(below(&mut rng, n)).copied())
                .collect();
            estimates(&picked, k).ok()
        });
        let kept: Vec<&(Vec<f64>, Vec<f64>)> = resampled.iter().flatten().collect();
        result.s1_interval = (0..k).map(|i| interval(&kept, |r| r.0.get(i))).collect();
        result.st_interval = (0..k).map(|i| interval(&kept, |r| r.1.get(i))).collect();
        let dropped = resampled.len() - kept.len();
        if dropped > 0 {
            result.note = Some(format!(
                "{dropped} of {} resamples had outputs A and B that do not vary and were left out of the intervals",
                resampled.len()
            ));
        }
    }
    Ok(result)
}

/// `input.invalid_sobol_option` for `k = 0`, a number of outputs that is not a positive
/// multiple of `k + 2`, or an output that is not finite (the first; `count` of them in all).
fn check_outputs(outputs: &[f64], k: usize) -> Result<(), Error> {
    let problem = |path: String, args: &[(&str, i18n::DiagArg)]| {
        Err(Error::Input(vec![i18n::diagnostic(
            Severity::Error,
            "input.invalid_sobol_option",
            path,
            args,
        )]))
    };
    if k == 0 {
        return problem("/k".to_owned(), &[("option", "k".into())]);
    }
    let step = k.saturating_add(2);
    if outputs.is_empty() || outputs.len() % step != 0 {
        return problem(
            "/outputs".to_owned(),
            &[
                ("option", "outputs".into()),
                ("count", outputs.len().into()),
                ("runs", step.into()),
                ("k", k.into()),
            ],
        );
    }
    let mut bad = outputs.iter().enumerate().filter(|(_, y)| !y.is_finite());
    if let Some((index, value)) = bad.next() {
        return problem(
            format!("/outputs/{index}"),
            &[
                ("option", "value".into()),
                ("index", index.into()),
                ("value", value.to_string().into()),
                ("count", (1 + bad.count()).into()),
            ],
        );
    }
    Ok(())
}

/// `(Y − mean) / std` with the population standard deviation; None when every output is the
/// same (or the spread is not finite).
fn standardised(outputs: &[f64]) -> Option<Vec<f64>> {
    let count = outputs.len() as f64;
    let mean = outputs.iter().sum::<f64>() / count;
    let var = outputs.iter().map(|y| (y - mean) * (y - mean)).sum::<f64>() / count;
    let std = var.sqrt();
    (std > 0.0 && std.is_finite()).then(|| outputs.iter().map(|y| (y - mean) / std).collect())
}

/// The first- and total-order indices from the runs of the given base points (each `A`,
/// `AB^(1..k)`, `B`), or why they are undefined.
fn estimates(points: &[&[f64]], k: usize) -> Result<(Vec<f64>, Vec<f64>), &'static str> {
    let a = |p: &[f64]| p.first().copied().unwrap_or(0.0);
    let b = |p: &[f64]| p.last().copied().unwrap_or(0.0);
    let ab = |p: &[f64], i: usize| p.get(i + 1).copied().unwrap_or(0.0);
    // y = A then B, as numpy's np.r_[A, B].
    let y = || {
        points
            .iter()
            .map(|p| a(p))
            .chain(points.iter().map(|p| b(p)))
    };
    let count = y().count() as f64;
    let n = count / 2.0;
    let (min, max) = y().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let mean = y().sum::<f64>() / count;
    let var = y().map(|v| (v - mean) * (v - mean)).sum::<f64>() / count;
    if max - min <= f64::EPSILON || var <= f64::EPSILON {
        return Err(NO_VARIANCE);
    }
    let mut s1 = Vec::with_capacity(k);
    let mut st = Vec::with_capacity(k);
    for i in 0..k {
        let first = points.iter().map(|p| b(p) * (ab(p, i) - a(p))).sum::<f64>() / n;
        let total = points
            .iter()
            .map(|p| (a(p) - ab(p, i)) * (a(p) - ab(p, i)))
            .sum::<f64>()
            / n;
        let (first, total) = (first / var, 0.5 * total / var);
        if !first.is_finite() || !total.is_finite() {
            return Err(NOT_FINITE);
        }
        s1.push(first);
        st.push(total);
    }
    Ok((s1, st))
}

/// A uniform index below `n`: `⌊u · n / 2^64⌋` for the next 64-bit `u`.
fn below(rng: &mut ChaCha8Rng, n: usize) -> usize {
    ((u128::from(rng.next_u64()) * n as u128) >> 64) as usize
}

/// The 2.5% and 97.5% quantiles of one index over the resamples; None without resamples.
fn interval(
    resamples: &[&(Vec<f64>, Vec<f64>)],
    value: impl Fn(&(Vec<f64>, Vec<f64>)) -> Option<&f64>,
) -> Option<[f64; 2]> {
    let mut values: Vec<f64> = resamples.iter().filter_map(|r| value(r).copied()).collect();
    values.sort_by(f64::total_cmp);
    let tail = (1.0 - SOBOL_INTERVAL_LEVEL) / 2.0;
    Some([quantile(&values, tail)?, quantile(&values, 1.0 - tail)?])
}

/// The `q` quantile of sorted values, linear between order statistics (NumPy's default): at
/// position `h = q (m − 1)`, with `t = h − ⌊h⌋`, `x[⌊h⌋] + t (x[⌊h⌋ + 1] − x[⌊h⌋])`, written
/// `x[⌊h⌋ + 1] − (1 − t)(x[⌊h⌋ + 1] − x[⌊h⌋])` when `t ≥ ½` (as NumPy's `_lerp`).
fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = q * last as f64;
    let below = h as usize; // h ≥ 0: truncation is the floor
    let low = *sorted.get(below)?;
    let high = sorted.get(below + 1).copied().unwrap_or(low);
    let t = h - below as f64;
    Some(if t >= 0.5 {
        high - (1.0 - t) * (high - low)
    } else {
        low + t * (high - low)
    })
}
