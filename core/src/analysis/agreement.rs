//! Inter-rater agreement: Krippendorff's alpha and the intraclass correlation ICC(2,1)/ICC(2,k).

use super::Estimate;
use crate::error::{Error, Severity};
use crate::i18n;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The distance metric of Krippendorff's alpha (`"ordinal"` or `"interval"` in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Ranks matter, distances follow the observed frequencies of the values in between.
    Ordinal,
    /// Squared differences of the values.
    Interval,
}

impl Metric {
    /// Every metric, in the order of the documentation.
    pub const ALL: [Metric; 2] = [Metric::Ordinal, Metric::Interval];

    /// The metric's name, as in JSON and on the command line.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::analysis::Metric::Interval.as_str(), "interval");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Ordinal => "ordinal",
            Metric::Interval => "interval",
        }
    }
}

impl std::fmt::Display for Metric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Metric {
    type Err = Error;

    /// Reads a metric name (case-insensitive); `input.invalid_metric` at `/metric` otherwise,
    /// the one error every binding shows.
    ///
    /// ```
    /// use lhs_maturity::analysis::Metric;
    /// assert_eq!("Interval".parse::<Metric>().unwrap(), Metric::Interval);
    /// let err = "nominal".parse::<Metric>().unwrap_err();
    /// assert_eq!(err.code(), "input.invalid_metric");
    /// assert_eq!(err.details()[0].path, "/metric");
    /// ```
    fn from_str(text: &str) -> Result<Self, Error> {
        super::named(&Self::ALL, Self::as_str, text).ok_or_else(|| {
            Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_metric",
                "/metric",
                &[("value", text.into())],
            )])
        })
    }
}

/// Krippendorff's alpha for `data[rater][unit]` (`None` = no rating), with the number of
/// pairable units (units with at least two ratings) used.
///
/// Same definition as the `krippendorff` Python package: coincidences over pairable units,
/// `alpha = 1 − Σ o·δ² / Σ e·δ²` with `e_ck = n_c·n_k / (n − 1)`. Rows may differ in length
/// (a short row has no ratings of the last units). Undefined (with the reason) when no unit has
/// two ratings or every rating is the same value.
///
/// ```
/// use lhs_maturity::analysis::{krippendorff_alpha, Metric};
/// // Two raters, four units, one disagreement of one step.
/// let data = vec![
///     vec![Some(1.0), Some(2.0), Some(3.0), Some(3.0)],
///     vec![Some(1.0), Some(2.0), Some(3.0), Some(4.0)],
/// ];
/// let (alpha, units) = krippendorff_alpha(&data, Metric::Interval);
/// assert_eq!(units, 4);
/// assert!((alpha.value.unwrap() - 0.8888888888888888).abs() < 1e-12);
/// let same = vec![vec![Some(2.0), Some(2.0)], vec![Some(2.0), Some(2.0)]];
/// assert!(krippendorff_alpha(&same, Metric::Ordinal).0.value.is_none());
/// ```
pub fn krippendorff_alpha(data: &[Vec<Option<f64>>], metric: Metric) -> (Estimate, usize) {
    let units = data.iter().map(Vec::len).max().unwrap_or(0);
    // The value domain: the distinct values present, sorted.
    let mut domain: Vec<f64> = data.iter().flatten().flatten().copied().collect();
    domain.sort_unstable_by(f64::total_cmp);
    domain.dedup();
    let v = domain.len();
    let index = |x: f64| domain.iter().position(|d| *d == x);
    // Coincidence matrix o[c][k].
    let mut o = vec![vec![0.0f64; v]; v];
    let mut pairable = 0usize;
    for u in 0..units {
        let values: Vec<usize> = data
            .iter()
            .filter_map(|r| r.get(u).copied().flatten())
            .filter_map(index)
            .collect();
        let m = values.len();
        if m < 2 {
            continue;
        }
        pairable += 1;
        let mut counts = vec![0.0f64; v];
        for &c in &values {
            if let Some(x) = counts.get_mut(c) {
                *x += 1.0;
            }
        }
        for (c, row) in o.iter_mut().enumerate() {
            let nc = counts.get(c).copied().unwrap_or(0.0);
            if nc == 0.0 {
                continue;
            }
            for (k, cell) in row.iter_mut().enumerate() {
                let nk = counts.get(k).copied().unwrap_or(0.0);
                let pairs = if c == k { nc * (nc - 1.0) } else { nc * nk };
                *cell += pairs / (m as f64 - 1.0);
            }
        }
    }
    let n_v: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_v.iter().sum();
    if pairable == 0 || n < 2.0 {
        return (
            Estimate::undefined(
                "fewer than two ratings of the same indicator by different respondents",
            ),
            pairable,
        );
    }
    let delta = |c: usize, k: usize| -> f64 {
        match metric {
            Metric::Interval => {
                let d =
                    domain.get(c).copied().unwrap_or(0.0) - domain.get(k).copied().unwrap_or(0.0);
                d * d
            }
            Metric::Ordinal => {
                let (lo, hi) = if c <= k { (c, k) } else { (k, c) };
                let between: f64 = n_v.get(lo..=hi).map_or(0.0, |s| s.iter().sum());
                let d = between
                    - (n_v.get(lo).copied().unwrap_or(0.0) + n_v.get(hi).copied().unwrap_or(0.0))
                        / 2.0;
                d * d
            }
        }
    };
    let (mut observed, mut expected) = (0.0f64, 0.0f64);
    for c in 0..v {
        for k in 0..v {
            if c == k {
                continue;
            }
            let d = delta(c, k);
            observed += o.get(c).and_then(|r| r.get(k)).copied().unwrap_or(0.0) * d;
            expected += n_v.get(c).copied().unwrap_or(0.0) * n_v.get(k).copied().unwrap_or(0.0)
                / (n - 1.0)
                * d;
        }
    }
    if expected == 0.0 {
        return (
            Estimate::undefined(
                "every rating is the same level, so agreement beyond chance cannot be measured",
            ),
            pairable,
        );
    }
    (Estimate::of(1.0 - observed / expected), pairable)
}

/// ICC(2,1) and ICC(2,k) (two-way random effects, absolute agreement; Shrout & Fleiss) for
/// `data[rater][unit]`, on the units every rater rated (listwise deletion, as pingouin does).
/// Returns the two estimates and the number of units used.
///
/// ```
/// use lhs_maturity::analysis::icc2;
/// let data = vec![
///     vec![Some(1.0), Some(2.0), Some(3.0), None],
///     vec![Some(1.0), Some(3.0), Some(3.0), Some(4.0)],
/// ];
/// let (single, average, units) = icc2(&data);
/// assert_eq!(units, 3); // the fourth indicator lacks a rating
/// assert!(single.value.unwrap() > 0.7 && average.value.unwrap() > single.value.unwrap());
/// ```
pub fn icc2(data: &[Vec<Option<f64>>]) -> (Estimate, Estimate, usize) {
    let k = data.len();
    let units = data.iter().map(Vec::len).max().unwrap_or(0);
    let complete: Vec<Vec<f64>> = (0..units)
        .filter_map(|u| {
            data.iter()
                .map(|r| r.get(u).copied().flatten())
                .collect::<Option<Vec<f64>>>()
        })
        .collect();
    let n = complete.len();
    if k < 2 {
        let why = "agreement needs at least two respondents";
        return (Estimate::undefined(why), Estimate::undefined(why), n);
    }
    if n < 2 {
        let why = "fewer than two indicators were rated by every respondent";
        return (Estimate::undefined(why), Estimate::undefined(why), n);
    }
    let (nf, kf) = (n as f64, k as f64);
    let grand: f64 = complete.iter().flatten().sum::<f64>() / (nf * kf);
    let row_means: Vec<f64> = complete
        .iter()
        .map(|r| r.iter().sum::<f64>() / kf)
        .collect();
    let col_means: Vec<f64> = (0..k)
        .map(|j| {
            complete
                .iter()
                .map(|r| r.get(j).copied().unwrap_or(0.0))
                .sum::<f64>()
                / nf
        })
        .collect();
    let ss_rows: f64 = kf
        * row_means
            .iter()
            .map(|m| (m - grand) * (m - grand))
            .sum::<f64>();
    let ss_cols: f64 = nf
        * col_means
            .iter()
            .map(|m| (m - grand) * (m - grand))
            .sum::<f64>();
    let ss_total: f64 = complete
        .iter()
        .flatten()
        .map(|x| (x - grand) * (x - grand))
        .sum();
    let ss_err = ss_total - ss_rows - ss_cols;
    let msr = ss_rows / (nf - 1.0);
    let msc = ss_cols / (kf - 1.0);
    let mse = ss_err / ((nf - 1.0) * (kf - 1.0));
    let d1 = msr + (kf - 1.0) * mse + kf * (msc - mse) / nf;
    let dk = msr + (msc - mse) / nf;
    let same = "every respondent gave every indicator the same level, so there is no variance to partition";
    // A denominator that is 0 in exact arithmetic may come out as rounding noise (1e-17), which
    // would give a value of 1e15: below 1e-12 of the mean squares it is 0 (SCORING.md §15).
    let zero = |d: f64| d.abs() <= 1e-12 * (msr.abs() + msc.abs() + kf * mse.abs());
    let single = if zero(d1) {
        Estimate::undefined(same)
    } else {
        Estimate::of((msr - mse) / d1)
    };
    let average = if zero(dk) {
        Estimate::undefined(same)
    } else {
        Estimate::of((msr - mse) / dk)
    };
    (single, average, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(data: &[&[f64]]) -> Vec<Vec<Option<f64>>> {
        data.iter()
            .map(|r| {
                r.iter()
                    .map(|&x| if x.is_nan() { None } else { Some(x) })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn shrout_fleiss_1979_example() {
        // Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges; ICC(2,1) = .29, ICC(2,4) = .62.
        let targets: [[f64; 4]; 6] = [
            [9., 2., 5., 8.],
            [6., 1., 3., 2.],
            [8., 4., 6., 8.],
            [7., 1., 2., 6.],
            [10., 5., 6., 9.],
            [6., 2., 4., 7.],
        ];
        let data: Vec<Vec<Option<f64>>> = (0..4)
            .map(|j| targets.iter().map(|t| Some(t[j])).collect())
            .collect();
        let (single, average, n) = icc2(&data);
        assert_eq!(n, 6);
        assert!((single.value.unwrap() - 0.2898).abs() < 1e-3, "{single:?}");
        assert!(
            (average.value.unwrap() - 0.6201).abs() < 1e-3,
            "{average:?}"
        );
    }

    #[test]
    fn krippendorff_2011_example() {
        // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 observers × 12
        // units: nominal .743, ordinal .815, interval .849.
        let nan = f64::NAN;
        let data = rows(&[
            &[1., 2., 3., 3., 2., 1., 4., 1., 2., nan, nan, nan],
            &[1., 2., 3., 3., 2., 2., 4., 1., 2., 5., nan, 3.],
            &[nan, 3., 3., 3., 2., 3., 4., 2., 2., 5., 1., nan],
            &[1., 2., 3., 3., 2., 4., 4., 1., 2., 5., 1., nan],
        ]);
        let (ord, units) = krippendorff_alpha(&data, Metric::Ordinal);
        let (int, _) = krippendorff_alpha(&data, Metric::Interval);
        assert_eq!(units, 11);
        assert!((ord.value.unwrap() - 0.815).abs() < 1e-3, "{ord:?}");
        assert!((int.value.unwrap() - 0.849).abs() < 1e-3, "{int:?}");
    }

    #[test]
    fn degenerate_inputs_are_undefined_not_nan() {
        let same = rows(&[&[2., 2., 2.], &[2., 2., 2.]]);
        assert!(krippendorff_alpha(&same, Metric::Ordinal).0.value.is_none());
        assert!(icc2(&same).0.value.is_none());
        let one = rows(&[&[1., 2., 3.]]);
        assert!(krippendorff_alpha(&one, Metric::Interval).0.value.is_none());
        assert!(icc2(&one).1.value.is_none());
        assert!(krippendorff_alpha(&[], Metric::Interval).0.note.is_some());
    }
}
