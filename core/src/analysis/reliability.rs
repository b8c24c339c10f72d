//! Reliability of the instrument over a cohort: Cronbach's alpha per domain and sub-domain,
//! alpha if an item is deleted, corrected item–total correlations, floor and ceiling shares.

use super::stats::{pearson, variance};
use super::Estimate;
use crate::error::{Error, Severity};
use crate::i18n;
use crate::score::report::{NodeResult, Report};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Item statistics within one node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ItemStats {
    /// The indicator id.
    pub id: String,
    /// Cronbach's alpha of the node's other items, on the same units.
    pub alpha_if_deleted: Estimate,
    /// Pearson correlation of the item with the sum of the node's other items.
    pub item_total_correlation: Estimate,
}

/// Reliability of one domain or sub-domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeReliability {
    /// The node id.
    pub id: String,
    /// Its number of indicators (items).
    pub items: u32,
    /// Units that rated every item of the node (listwise deletion): the units used.
    pub units_used: u32,
    /// Cronbach's alpha.
    pub alpha: Estimate,
    /// Per item, in framework order.
    pub item_stats: Vec<ItemStats>,
}

/// Floor and ceiling of one indicator across the cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ItemDistribution {
    /// The indicator id.
    pub id: String,
    /// Units that rated it.
    pub rated: u32,
    /// Share of those units at level 0.
    pub floor: Option<f64>,
    /// Share of those units at the top level.
    pub ceiling: Option<f64>,
}

/// The result of [`reliability`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reliability {
    /// Number of reports (units) in the cohort.
    pub units: u32,
    /// Every domain and sub-domain, in framework order.
    pub nodes: Vec<NodeReliability>,
    /// Every indicator, in framework order.
    pub indicators: Vec<ItemDistribution>,
}

/// Cronbach's alpha of `data[unit][item]` with missing values (`None`), by listwise deletion:
/// a unit with a missing item (or a shorter row) is left out, as [`reliability`] does.
/// Returns the estimate and the number of units used. What the bindings' `cronbach_alpha` of a
/// user's own table computes.
///
/// ```
/// use lhs_maturity::analysis::cronbach_alpha_listwise;
/// let data = vec![
///     vec![Some(1.0), Some(1.0), Some(2.0)],
///     vec![Some(2.0), Some(2.0), Some(2.0)],
///     vec![Some(3.0), None, Some(4.0)],      // left out
///     vec![Some(3.0), Some(3.0), Some(4.0)],
///     vec![Some(4.0), Some(3.0), Some(4.0)],
///     vec![Some(1.0), Some(2.0)],            // shorter: left out
/// ];
/// let (alpha, used) = cronbach_alpha_listwise(&data);
/// assert_eq!(used, 4);
/// assert!((alpha.value.unwrap() - 0.9618320610687022).abs() < 1e-12);
/// ```
pub fn cronbach_alpha_listwise(data: &[Vec<Option<f64>>]) -> (Estimate, usize) {
    let k = data.iter().map(Vec::len).max().unwrap_or(0);
    let complete: Vec<Vec<f64>> = data
        .iter()
        .filter(|r| r.len() == k)
        .filter_map(|r| r.iter().copied().collect::<Option<Vec<f64>>>())
        .collect();
    (cronbach_alpha(&complete, k), complete.len())
}

/// Cronbach's alpha of complete rows of items (one row per unit, `k` items each):
/// `k/(k−1) · (1 − Σ var(item) / var(total))` with sample variances (as pingouin).
/// Undefined (with the reason) for fewer than two items or units, or when every total is equal.
///
/// ```
/// use lhs_maturity::analysis::cronbach_alpha;
/// let rows = vec![vec![1.0, 1.0, 2.0], vec![2.0, 2.0, 2.0], vec![3.0, 3.0, 4.0], vec![4.0, 3.0, 4.0]];
/// let alpha = cronbach_alpha(&rows, 3);
/// assert!((alpha.value.unwrap() - 0.9618320610687022).abs() < 1e-12);
/// assert!(cronbach_alpha(&rows[..1], 3).value.is_none());
/// ```
pub fn cronbach_alpha(rows: &[Vec<f64>], k: usize) -> Estimate {
    if k < 2 {
        return Estimate::undefined("alpha needs at least two items");
    }
    if rows.len() < 2 {
        return Estimate::undefined("alpha needs at least two units that rated every item");
    }
    let mut item_var = 0.0;
    for j in 0..k {
        let col: Vec<f64> = rows
            .iter()
            .map(|r| r.get(j).copied().unwrap_or(0.0))
            .collect();
        item_var += variance(&col).unwrap_or(0.0);
    }
    let totals: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    match variance(&totals) {
        Some(v) if v > 0.0 => {
            let kf = k as f64;
            Estimate::of(kf / (kf - 1.0) * (1.0 - item_var / v))
        }
        _ => Estimate::undefined("every unit has the same total, so alpha is undefined"),
    }
}

/// Per item of a node: alpha if deleted and the corrected item-total correlation, on the units
/// that rated every item (`rows`, one per unit).
fn item_stats(first: &Report, items: &[usize], rows: &[Vec<f64>]) -> Vec<ItemStats> {
    let k = items.len();
    items
        .iter()
        .enumerate()
        .map(|(j, &i)| {
            let rest: Vec<Vec<f64>> = rows
                .iter()
                .map(|r| {
                    r.iter()
                        .enumerate()
                        .filter(|(c, _)| *c != j)
                        .map(|(_, v)| *v)
                        .collect()
                })
                .collect();
            let item: Vec<f64> = rows
                .iter()
                .map(|r| r.get(j).copied().unwrap_or(0.0))
                .collect();
            let rest_total: Vec<f64> = rest.iter().map(|r| r.iter().sum()).collect();
            ItemStats {
                id: first
                    .indicators
                    .get(i)
                    .map_or_else(String::new, |x| x.id.to_string()),
                alpha_if_deleted: cronbach_alpha(&rest, k.saturating_sub(1)),
                item_total_correlation: if rows.len() < 3 {
                    Estimate::undefined(
                        "a correlation needs at least three units that rated every item",
                    )
                } else {
                    pearson(&item, &rest_total).map_or_else(
                        || {
                            Estimate::undefined(
                                "the item or the total of the other items does not vary",
                            )
                        },
                        Estimate::of,
                    )
                },
            }
        })
        .collect()
}

/// Reliability of the instrument over a cohort of reports of one framework version (see
/// `spec/SCORING.md` §18).
///
/// ```
/// use lhs_maturity::{analysis, Framework};
/// let fw = Framework::builtin();
/// let reports: Vec<_> = [(1, 1, 2), (2, 2, 2), (3, 3, 4), (4, 3, 4)]
///     .iter()
///     .map(|(a, b, c)| fw.score_json(&format!(r#"{{"answers": {{"cond.fin.learning_budget": {a}, "cond.fin.expenditure_tracking": {b}, "cond.fin.domestic_ownership": {c}}}}}"#)).unwrap())
///     .collect();
/// let rel = analysis::reliability(&reports).unwrap();
/// let fin = rel.nodes.iter().find(|n| n.id == "cond.fin").unwrap();
/// assert_eq!(fin.units_used, 4);
/// assert!(fin.alpha.value.unwrap() > 0.9);
/// ```
pub fn reliability(reports: &[Report]) -> Result<Reliability, Error> {
    let Some(first) = reports.first() else {
        return Err(Error::Input(vec![i18n::diagnostic(
            Severity::Error,
            "input.empty_cohort",
            "",
            &[],
        )]));
    };
    super::one_framework(reports)?;
    let max = first.scale.len().saturating_sub(1) as u32;
    let level = |r: &Report, i: usize| r.indicators.get(i).and_then(|x| x.level).map(f64::from);
    let mut nodes = Vec::new();
    fn walk<'a>(n: &'a NodeResult, out: &mut Vec<&'a NodeResult>) {
        out.push(n);
        n.children.iter().for_each(|c| walk(c, out));
    }
    let mut all = Vec::new();
    first.domains.iter().for_each(|d| walk(d, &mut all));
    for node in all {
        let prefix = format!("{}.", node.id);
        // The node's indicators that apply to at least one unit of the cohort (for a cohort of
        // districts, those that do not apply to districts are no items of the instrument).
        let applies = |i: usize| {
            reports.iter().any(|r| {
                r.indicators
                    .get(i)
                    .is_some_and(|x| x.status != crate::Status::DoesNotApply)
            })
        };
        let items: Vec<usize> = first
            .indicators
            .iter()
            .enumerate()
            .filter(|(i, x)| x.id.starts_with(&prefix) && applies(*i))
            .map(|(i, _)| i)
            .collect();
        let rows: Vec<Vec<f64>> = reports
            .iter()
            .filter_map(|r| {
                items
                    .iter()
                    .map(|&i| level(r, i))
                    .collect::<Option<Vec<f64>>>()
            })
            .collect();
        let k = items.len();
        let item_stats = item_stats(first, &items, &rows);
        nodes.push(NodeReliability {
            id: node.id.to_string(),
            items: k as u32,
            units_used: rows.len() as u32,
            alpha: cronbach_alpha(&rows, k),
            item_stats,
        });
    }
    let indicators = first
        .indicators
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let levels: Vec<f64> = reports.iter().filter_map(|r| level(r, i)).collect();
            let n = levels.len() as f64;
            let share = |want: f64| {
                (n > 0.0).then(|| levels.iter().filter(|&&l| l == want).count() as f64 / n)
            };
            ItemDistribution {
                id: x.id.to_string(),
                rated: levels.len() as u32,
                floor: share(0.0),
                ceiling: share(f64::from(max)),
            }
        })
        .collect();
    Ok(Reliability {
        units: reports.len() as u32,
        nodes,
        indicators,
    })
}
