//! Small, exact statistics helpers shared by the analyses (same definitions as numpy/pandas).

/// Arithmetic mean; `None` for no values.
pub(crate) fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// Sample variance (denominator n − 1, pandas' default); `None` for fewer than two values.
pub(crate) fn variance(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let m = mean(xs)?;
    Some(xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (xs.len() - 1) as f64)
}

/// Sample standard deviation (n − 1).
pub(crate) fn std_dev(xs: &[f64]) -> Option<f64> {
    variance(xs).map(f64::sqrt)
}

/// The `q`-quantile (0 ≤ q ≤ 1) of sorted values by linear interpolation between the closest
/// ranks: numpy's default (`method="linear"`) and pandas' `quantile`.
pub(crate) fn quantile_sorted(sorted: &[f64], q: f64) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let pos = q * (n - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let a = *sorted.get(lo)?;
    let b = *sorted.get(hi)?;
    Some(a + (b - a) * (pos - lo as f64))
}

/// Sorts a copy of the values (total order; NaN never occurs here).
pub(crate) fn sorted(xs: &[f64]) -> Vec<f64> {
    let mut v = xs.to_vec();
    v.sort_unstable_by(f64::total_cmp); // equal under total_cmp means the same bits
    v
}

/// Pearson correlation; `None` when either variable is constant or there are fewer than 2 pairs.
pub(crate) fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    if xs.len() != ys.len() || xs.len() < 2 {
        return None;
    }
    let (mx, my) = (mean(xs)?, mean(ys)?);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in xs.iter().zip(ys) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// Percentile rank of `x` among `values` as pandas computes `rank(method="average", pct=True)`,
/// times 100: (number below + (number equal + 1) / 2) / n × 100, in (0, 100].
pub(crate) fn percentile_rank(values: &[f64], x: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let below = values.iter().filter(|&&v| v < x).count() as f64;
    let equal = values.iter().filter(|&&v| v == x).count() as f64;
    if equal == 0.0 {
        return None;
    }
    Some(100.0 * (below + (equal + 1.0) / 2.0) / values.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_numpy_linear() {
        let v = sorted(&[1.0, 2.0, 3.0, 4.0]);
        // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.75]) == [1.75, 2.5, 3.25]
        assert_eq!(quantile_sorted(&v, 0.25), Some(1.75));
        assert_eq!(quantile_sorted(&v, 0.5), Some(2.5));
        assert_eq!(quantile_sorted(&v, 0.75), Some(3.25));
        assert_eq!(quantile_sorted(&[], 0.5), None);
    }

    #[test]
    fn variance_and_correlation() {
        assert_eq!(variance(&[1.0, 2.0, 3.0, 4.0]), Some(5.0 / 3.0));
        assert_eq!(variance(&[1.0]), None);
        assert_eq!(pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]), Some(1.0));
        assert_eq!(pearson(&[1.0, 1.0], &[2.0, 3.0]), None);
    }

    #[test]
    fn percentile_ranks_follow_pandas_average_method() {
        // pandas.Series([1, 2, 2, 3]).rank(pct=True) == [0.25, 0.625, 0.625, 1.0]
        let v = [1.0, 2.0, 2.0, 3.0];
        assert_eq!(percentile_rank(&v, 1.0), Some(25.0));
        assert_eq!(percentile_rank(&v, 2.0), Some(62.5));
        assert_eq!(percentile_rank(&v, 3.0), Some(100.0));
    }
}
