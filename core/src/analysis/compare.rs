//! Comparing rounds: the change between two reports of a unit, and a series of rounds.

use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::framework::level_of;
use crate::score::report::{ArcStr, ContributionKind, Exclusion, NodeResult, Report, Status};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The change of one node (or of the overall result) between two rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeChange {
    /// `overall`, or the node id.
    pub id: String,
    /// The node name (from the later report).
    pub name: String,
    /// The score before.
    pub before: Option<f64>,
    /// The score after.
    pub after: Option<f64>,
    /// `after − before`, when both exist.
    pub change: Option<f64>,
    /// The level before.
    pub before_level: Option<u32>,
    /// The level after.
    pub after_level: Option<u32>,
    /// `after_level − before_level`, when both exist.
    pub level_change: Option<i64>,
}

/// The change of one indicator between two rounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorChange {
    /// The indicator id.
    pub id: String,
    /// Its name (the later round's report language).
    pub name: String,
    /// Its state before.
    pub before_status: Status,
    /// Its state after.
    pub after_status: Status,
    /// Its level before.
    pub before_level: Option<u32>,
    /// Its level after.
    pub after_level: Option<u32>,
    /// `after_level − before_level`, when both are rated.
    pub change: Option<i64>,
    /// The target (the later round's, else the earlier round's).
    pub target: Option<u32>,
    /// `(after − before) / (target − before)` when both are rated and the target is above the
    /// earlier level.
    pub progress_to_target: Option<f64>,
}

/// The result of [`compare`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comparison {
    /// Framework id and version before.
    pub before_framework: String,
    /// Framework id and version after.
    pub after_framework: String,
    /// The period before.
    pub before_period: Option<String>,
    /// The period after.
    pub after_period: Option<String>,
    /// Whether the node scores were recomputed on the indicators both rounds share, because the
    /// framework versions or indicator sets differ.
    pub restricted: bool,
    /// How many indicators the two rounds share (and are compared).
    pub comparable: u32,
    /// Across two versions of a framework with a migration map, only the indicators the map
    /// classes `equivalent` are compared: the others share an id but not a meaning. Says so
    /// when it applies (`spec/SCORING.md` §27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Indicators only in the earlier round's framework.
    pub only_before: Vec<String>,
    /// Indicators only in the later round's framework.
    pub only_after: Vec<String>,
    /// The overall change.
    pub overall: NodeChange,
    /// Every domain and sub-domain present in both rounds, in the later framework's order.
    pub nodes: Vec<NodeChange>,
    /// Every shared indicator.
    pub indicators: Vec<IndicatorChange>,
    /// Shared indicators rated in both rounds whose level went up.
    pub improved: Vec<String>,
    /// ... went down.
    pub regressed: Vec<String>,
    /// ... stayed the same.
    pub unchanged: Vec<String>,
    /// `Σ (after − before) / Σ (target − before)` over the indicators where progress is defined.
    pub progress_to_target: Option<f64>,
}

fn flatten(nodes: &[NodeResult]) -> Vec<&NodeResult> {
    fn walk<'a>(n: &'a NodeResult, out: &mut Vec<&'a NodeResult>) {
        out.push(n);
        n.children.iter().for_each(|c| walk(c, out));
    }
    let mut out = Vec::new();
    nodes.iter().for_each(|n| walk(n, &mut out));
    out
}

/// Node scores of a report recomputed on a subset of its indicators, from the report's own
/// tree (its explanations carry every child's weight and the node's rule).
fn rescore(report: &Report, keep: &HashSet<&str>) -> (HashMap<ArcStr, Option<f64>>, Option<f64>) {
    // Each indicator's value (§2): its level, or 0 for `unknown` under the rule `zero` (§23).
    let zero = report.unknown_rule == crate::UnknownRule::Zero;
    let levels: HashMap<&str, Option<f64>> = report
        .indicators
        .iter()
        .map(|i| {
            let unknown = zero && i.status == Status::Unknown;
            (
                i.id.as_str(),
                i.level.map(f64::from).or(unknown.then_some(0.0)),
            )
        })
        .collect();
    /// The node's score on the kept indicators and the summed weights of its kept indicators
    /// that count (what a `pooled_mean` parent weighs it by).
    fn node(
        n: &NodeResult,
        keep: &HashSet<&str>,
        levels: &HashMap<&str, Option<f64>>,
        out: &mut HashMap<ArcStr, Option<f64>>,
    ) -> (Option<f64>, f64) {
        let children: HashMap<&str, &NodeResult> =
            n.children.iter().map(|c| (c.id.as_str(), c)).collect();
        let pooled = n.aggregation == crate::Aggregation::PooledMean;
        let (mut sw, mut sws, mut counted) = (0.0f64, 0.0f64, 0.0f64);
        let mut best: Option<f64> = None;
        for c in &n.explanation {
            let (s, w) = match c.kind {
                ContributionKind::Indicator => {
                    let s = keep
                        .contains(c.id.as_str())
                        .then(|| levels.get(c.id.as_str()).copied().flatten())
                        .flatten();
                    counted += if s.is_some() { c.weight } else { 0.0 };
                    (s, c.weight)
                }
                ContributionKind::Node if c.excluded == Some(Exclusion::Outcome) => {
                    if let Some(ch) = children.get(c.id.as_str()) {
                        node(ch, keep, levels, out);
                    }
                    (None, 0.0)
                }
                ContributionKind::Node => match children.get(c.id.as_str()) {
                    Some(ch) => {
                        let (s, cw) = node(ch, keep, levels, out);
                        counted += cw;
                        (s, if pooled { cw } else { c.weight })
                    }
                    None => (None, 0.0),
                },
            };
            if let Some(s) = s {
                sw += w;
                sws += w * s;
                if best.is_none_or(|b| s < b) {
                    best = Some(s);
                }
            }
        }
        let score = match n.aggregation {
            crate::Aggregation::Minimum => best,
            crate::Aggregation::Mean | crate::Aggregation::PooledMean => {
                (sw != 0.0).then(|| sws / sw)
            }
        };
        out.insert(n.id.clone(), score);
        (score, counted)
    }
    let mut out = HashMap::new();
    let (mut sw, mut sws) = (0.0f64, 0.0f64);
    for d in &report.domains {
        let (score, _) = node(d, keep, &levels, &mut out);
        if let Some(s) = score.filter(|_| !d.outcome) {
            sw += d.weight;
            sws += d.weight * s;
        }
    }
    (out, (sw != 0.0).then(|| sws / sw))
}

fn change(
    id: &str,
    name: &str,
    before: Option<f64>,
    after: Option<f64>,
    max_before: u32,
    max_after: u32,
) -> NodeChange {
    let (bl, al) = (
        before.map(|s| level_of(s, max_before)),
        after.map(|s| level_of(s, max_after)),
    );
    NodeChange {
        id: id.to_owned(),
        name: name.to_owned(),
        before,
        after,
        change: before.zip(after).map(|(b, a)| a - b),
        before_level: bl,
        after_level: al,
        level_change: bl.zip(al).map(|(b, a)| i64::from(a) - i64::from(b)),
    }
}

/// Compares two rounds of a unit (see `spec/SCORING.md` §16): the change of every indicator,
/// node and the overall score; improved, regressed and unchanged indicators; progress to
/// target. When the two reports come from different framework versions or indicator sets, the
/// node and overall scores are recomputed on the indicators both share, and the result says so.
///
/// ```
/// use lhs_maturity::{analysis, Framework};
/// let fw = Framework::builtin();
/// let before = fw.score_json(r#"{"period": "2025", "answers": {"inst.info.routine_data": 1}}"#).unwrap();
/// let after = fw.score_json(r#"{"period": "2026", "default_target": 3, "answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let c = analysis::compare(&before, &after);
/// assert_eq!(c.overall.change, Some(1.0));
/// assert_eq!(c.improved, ["inst.info.routine_data"]);
/// assert_eq!(c.indicators[0].progress_to_target, Some(0.5));
/// assert!(!c.restricted);
/// ```
pub fn compare(before: &Report, after: &Report) -> Comparison {
    let ids_b: Vec<&str> = before.indicators.iter().map(|i| i.id.as_str()).collect();
    let ids_a: Vec<&str> = after.indicators.iter().map(|i| i.id.as_str()).collect();
    let set_b: HashSet<&str> = ids_b.iter().copied().collect();
    let set_a: HashSet<&str> = ids_a.iter().copied().collect();
    let mut shared: HashSet<&str> = set_a.intersection(&set_b).copied().collect();
    let same_framework = before.framework.id == after.framework.id
        && before.framework.version == after.framework.version;
    let note = equivalent_only(before, after).map(|(map, equivalent)| {
        shared.retain(|id| equivalent.contains(*id));
        format!(
            "across {} {} and {}, only the {} indicators the migration map classes as equivalent are compared",
            map.framework,
            map.from,
            map.to,
            shared.len()
        )
    });
    let restricted = !same_framework || set_a != set_b;
    let max_b = before.scale.len().saturating_sub(1) as u32;
    let max_a = after.scale.len().saturating_sub(1) as u32;
    let (nodes_b, overall_b, nodes_a, overall_a) = if restricted {
        let (nb, ob) = rescore(before, &shared);
        let (na, oa) = rescore(after, &shared);
        (nb, ob, na, oa)
    } else {
        let nb = flatten(&before.domains)
            .into_iter()
            .map(|n| (n.id.clone(), n.score.score))
            .collect();
        let na = flatten(&after.domains)
            .into_iter()
            .map(|n| (n.id.clone(), n.score.score))
            .collect();
        (nb, before.overall.score, na, after.overall.score)
    };
    let nodes: Vec<NodeChange> = flatten(&after.domains)
        .into_iter()
        .filter(|n| nodes_b.contains_key(&n.id))
        .map(|n| {
            change(
                &n.id,
                &n.name,
                nodes_b.get(&n.id).copied().flatten(),
                nodes_a.get(&n.id).copied().flatten(),
                max_b,
                max_a,
            )
        })
        .collect();
    let by_id_b: HashMap<&str, &crate::IndicatorResult> = before
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect();
    let (mut improved, mut regressed, mut unchanged) = (Vec::new(), Vec::new(), Vec::new());
    let (mut gained, mut needed) = (0i64, 0i64);
    let mut any_progress = false;
    let indicators: Vec<IndicatorChange> = after
        .indicators
        .iter()
        .filter(|a| shared.contains(a.id.as_str()))
        .filter_map(|a| {
            let b = by_id_b.get(a.id.as_str())?;
            let delta = b
                .level
                .zip(a.level)
                .map(|(x, y)| i64::from(y) - i64::from(x));
            match delta {
                Some(d) if d > 0 => improved.push(a.id.to_string()),
                Some(d) if d < 0 => regressed.push(a.id.to_string()),
                Some(_) => unchanged.push(a.id.to_string()),
                None => {}
            }
            let target = a.target.or(b.target);
            let progress = match (b.level, a.level, target) {
                (Some(x), Some(y), Some(t)) if t > x => {
                    any_progress = true;
                    gained += i64::from(y) - i64::from(x);
                    needed += i64::from(t) - i64::from(x);
                    Some((f64::from(y) - f64::from(x)) / (f64::from(t) - f64::from(x)))
                }
                _ => None,
            };
            Some(IndicatorChange {
                id: a.id.to_string(),
                name: a.name.to_string(),
                before_status: b.status,
                after_status: a.status,
                before_level: b.level,
                after_level: a.level,
                change: delta,
                target,
                progress_to_target: progress,
            })
        })
        .collect();
    let only = |ids: &[&str], other: &HashSet<&str>| -> Vec<String> {
        ids.iter()
            .filter(|i| !other.contains(*i))
            .map(|s| (*s).to_owned())
            .collect()
    };
    Comparison {
        before_framework: format!("{} {}", before.framework.id, before.framework.version),
        after_framework: format!("{} {}", after.framework.id, after.framework.version),
        before_period: before.period.clone(),
        after_period: after.period.clone(),
        restricted,
        comparable: shared.len() as u32,
        note,
        only_before: only(&ids_b, &set_a),
        only_after: only(&ids_a, &set_b),
        overall: change("overall", "Overall", overall_b, overall_a, max_b, max_a),
        nodes,
        indicators,
        improved,
        regressed,
        unchanged,
        progress_to_target: (any_progress && needed > 0).then(|| gained as f64 / needed as f64),
    }
}

/// The built-in migration map between the two reports' versions, when they are two versions of
/// one framework that a map connects, and the ids it classes `equivalent`.
fn equivalent_only(
    before: &Report,
    after: &Report,
) -> Option<(crate::analysis::MigrationMap, HashSet<String>)> {
    let (b, a) = (&before.framework, &after.framework);
    if b.id != a.id || b.version == a.version {
        return None;
    }
    let map = crate::analysis::MigrationMap::builtin(&b.version, &a.version)
        .or_else(|_| crate::analysis::MigrationMap::builtin(&a.version, &b.version))
        .ok()
        .filter(|m| m.framework == b.id)?;
    let ids = map
        .equivalent_ids()
        .into_iter()
        .map(str::to_owned)
        .collect();
    Some((map, ids))
}

/// One round of a unit's series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SeriesRow {
    /// The period.
    pub period: Option<String>,
    /// The overall score.
    pub overall: Option<f64>,
    /// The overall level.
    pub level: Option<u32>,
    /// The overall coverage.
    pub coverage: Option<f64>,
    /// The score of every domain, in framework order.
    pub domains: Vec<DomainScore>,
}

/// The score of one domain in one round of a [`Series`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DomainScore {
    /// The domain id.
    pub id: String,
    /// Its score, `null` when none of its indicators was rated.
    pub score: Option<f64>,
}

/// The rounds of one unit, sorted by period: one row per round, ready to plot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Series {
    /// The unit's id (or name), if the reports name it.
    pub unit: Option<String>,
    /// One row per report, sorted by period (text order; use sortable periods such as `2026-Q3`).
    pub rows: Vec<SeriesRow>,
}

/// Builds the series of rounds of one unit from its reports. Refuses reports of different
/// units, and two reports of the same period.
///
/// ```
/// use lhs_maturity::{analysis, Framework};
/// let fw = Framework::builtin();
/// let r = |p: &str, l: u32| fw.score_json(&format!(r#"{{"unit": {{"id": "u"}}, "period": "{p}", "answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
/// let s = analysis::series(&[r("2026", 3), r("2025", 1)]).unwrap();
/// assert_eq!(s.rows[0].period.as_deref(), Some("2025"));
/// assert_eq!(s.rows[1].overall, Some(3.0));
/// ```
pub fn series(reports: &[Report]) -> Result<Series, Error> {
    let unit_of = |r: &Report| {
        r.unit
            .as_ref()
            .and_then(|u| u.id.clone().or_else(|| u.name.clone()))
    };
    let unit = reports.first().and_then(unit_of);
    let mut errors = Vec::new();
    let mut periods = BTreeSet::new();
    for (i, r) in reports.iter().enumerate() {
        if unit_of(r) != unit {
            errors.push(i18n::diagnostic(
                Severity::Error,
                "input.series_mismatch",
                format!("/{i}/unit"),
                &[("number", (i + 1).to_string().into())],
            ));
        }
        if !periods.insert(r.period.clone()) {
            let period: &[(&str, i18n::DiagArg)] = match r.period.as_deref() {
                Some(p) => &[("given", "yes".into()), ("period", p.into())],
                None => &[("given", "no".into())],
            };
            errors.push(i18n::diagnostic(
                Severity::Error,
                "input.duplicate_period",
                format!("/{i}/period"),
                period,
            ));
        }
    }
    if !errors.is_empty() {
        return Err(Error::Input(errors));
    }
    let mut rows: Vec<SeriesRow> = reports
        .iter()
        .map(|r| SeriesRow {
            period: r.period.clone(),
            overall: r.overall.score,
            level: r.overall.level,
            coverage: r.overall.coverage,
            domains: r
                .domains
                .iter()
                .map(|d| DomainScore {
                    id: d.id.to_string(),
                    score: d.score.score,
                })
                .collect(),
        })
        .collect();
    rows.sort_by(|a, b| a.period.cmp(&b.period));
    Ok(Series { unit, rows })
}
