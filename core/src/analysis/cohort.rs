//! Cohorts: descriptive statistics of many units' reports, by group, with small-group
//! suppression for publication, and each unit's percentile rank.

use super::bootstrap::{
    check_options, percentile_interval, resample, BOOTSTRAP_LEVEL, BOOTSTRAP_MIN_GROUP, CENSUS_NOTE,
};
use super::stats::{mean, percentile_rank, quantile_sorted, sorted, std_dev};
use crate::error::{Error, Severity};
use crate::i18n;
use crate::score::report::{NodeResult, Report};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Groups with fewer units than this are suppressed in a cohort summary by default.
pub const DEFAULT_MIN_GROUP: usize = 5;

/// Options of [`cohort`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CohortOptions {
    /// Group units by `kind` or by any other label of the assessment's `unit` (e.g. `region`);
    /// `None` for one group of all units.
    pub group_by: Option<String>,
    /// Groups with fewer units than this have their statistics suppressed (`null`).
    pub min_group: usize,
    /// The units are a sample of a larger population (default `false`: a census, whose group
    /// means have no sampling error). A sample's group means of at least
    /// [`BOOTSTRAP_MIN_GROUP`] units get a bootstrap interval (`spec/SCORING.md` §31).
    pub sample: bool,
    /// The resamples of a sample's group means (at least 1; default 1000).
    pub resamples: usize,
    /// The seed of those resamples (default 2021).
    pub seed: u64,
}

impl Default for CohortOptions {
    fn default() -> Self {
        Self {
            group_by: None,
            min_group: DEFAULT_MIN_GROUP,
            sample: false,
            resamples: 1000,
            seed: 2021,
        }
    }
}

/// Descriptive statistics of one measure (overall, a node, or a facet value) in one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    /// `overall`, a node id, or `<facet>=<value>` (e.g. `loop=triple`).
    pub id: String,
    /// Units with a score for this measure.
    pub count: u32,
    /// Mean.
    pub mean: Option<f64>,
    /// Sample standard deviation (n − 1).
    pub sd: Option<f64>,
    /// Minimum.
    pub min: Option<f64>,
    /// First quartile (linear interpolation, as numpy and pandas).
    pub q1: Option<f64>,
    /// Median.
    pub median: Option<f64>,
    /// Third quartile.
    pub q3: Option<f64>,
    /// Maximum.
    pub max: Option<f64>,
    /// A sample's group of at least [`BOOTSTRAP_MIN_GROUP`] units: the bootstrap percentile
    /// interval (90%) of the mean, resampling the group's units (`spec/SCORING.md` §31).
    #[serde(default)]
    pub mean_interval: Option<[f64; 2]>,
    /// Why the mean has no interval: a census has no sampling error, or the group is too
    /// small; None with an interval, and for a suppressed group.
    #[serde(default)]
    pub mean_note: Option<String>,
}

/// One group of a cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Group {
    /// The group's value of the grouping label (`all` without grouping, `(none)` for units
    /// without the label).
    pub key: String,
    /// Number of units (reports) in the group.
    pub units: u32,
    /// Whether the group is below the minimum size: then every statistic is `null`.
    pub suppressed: bool,
    /// One entry per measure: overall, every domain and sub-domain, every facet value.
    pub measures: Vec<Summary>,
}

/// A unit's percentile ranks within its group (not for publication: it singles a unit out).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UnitRank {
    /// Position of the report in the input.
    pub index: u32,
    /// The unit's id (or name).
    pub unit: Option<String>,
    /// The period.
    pub period: Option<String>,
    /// The group it was ranked in.
    pub group: String,
    /// The percentile rank of every measure, in the order of the group's measures.
    pub ranks: Vec<MeasureRank>,
}

/// A unit's percentile rank on one measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MeasureRank {
    /// `overall`, a node id, or `<facet>=<value>`.
    pub id: String,
    /// Percentile rank in (0, 100] (pandas `rank(pct=True)` × 100), `null` when the unit has no
    /// score for this measure.
    pub rank: Option<f64>,
}

/// The result of [`cohort`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Cohort {
    /// The grouping label, if any.
    pub group_by: Option<String>,
    /// The suppression threshold used.
    pub min_group: u32,
    /// The whole cohort first (`all`), then each group in order of its key.
    pub groups: Vec<Group>,
    /// Every unit's percentile ranks within its group (or the whole cohort without grouping).
    pub units: Vec<UnitRank>,
    /// Whether the units are a sample (their group means then have intervals) rather than a
    /// census.
    #[serde(default)]
    pub sample: bool,
    /// The resamples of the group means' intervals (a sample only).
    #[serde(default)]
    pub resamples: Option<usize>,
    /// Their seed (a sample only).
    #[serde(default)]
    pub seed: Option<u64>,
}

impl Cohort {
    /// The cohort without unit-level rows: what can be published (suppressed groups show no
    /// statistics).
    ///
    /// ```
    /// use lhs_maturity::{analysis, Framework};
    /// let r = Framework::builtin().score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let c = analysis::cohort(&[r], &Default::default()).unwrap().publishable();
    /// assert!(c.units.is_empty());
    /// assert!(c.groups[0].suppressed);
    /// ```
    #[must_use]
    pub fn publishable(mut self) -> Cohort {
        self.units.clear();
        self
    }
}

fn label_of(r: &Report, key: &str) -> String {
    let unit = r.unit.as_ref();
    let v = match key {
        "kind" => unit.and_then(|u| u.kind.clone()),
        "id" => unit.and_then(|u| u.id.clone()),
        "name" => unit.and_then(|u| u.name.clone()),
        other => unit.and_then(|u| u.extra.get(other)).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }),
    };
    v.unwrap_or_else(|| "(none)".to_owned())
}

/// One measure of a report, as [`cohort`] summarizes it and ranks units on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// `overall`, a node id, or `<facet>=<value>` (e.g. `loop=triple`): the id of the cohort's
    /// [`Summary`] and [`MeasureRank`].
    pub id: String,
    /// Its name in the report: `Overall`, the node's name, `<facet>: <value>`.
    pub name: String,
    /// 0 for overall, a domain and a facet value; 1 for a sub-domain, and so on.
    pub depth: usize,
    /// The report's score.
    pub score: Option<f64>,
}

/// Every measure of a report, in the order of a cohort's measures: overall, the nodes (each
/// domain followed by its sub-domains), the facet values.
///
/// ```
/// use lhs_maturity::{analysis, Framework};
/// let r = Framework::builtin().score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let m = analysis::measures(&r);
/// assert_eq!((m[0].id.as_str(), m[0].depth), ("overall", 0));
/// assert_eq!((m[1].id.as_str(), m[1].depth, m[2].depth), ("inst", 0, 1));
/// let c = analysis::cohort(&[r.clone()], &Default::default()).unwrap();
/// assert!(c.groups[0].measures.iter().zip(&m).all(|(s, m)| s.id == m.id));
/// ```
pub fn measures(r: &Report) -> Vec<Measure> {
    fn walk(n: &NodeResult, depth: usize, out: &mut Vec<Measure>) {
        out.push(Measure {
            id: n.id.to_string(),
            name: n.name.to_string(),
            depth,
            score: n.score.score,
        });
        n.children.iter().for_each(|c| walk(c, depth + 1, out));
    }
    let mut out = vec![Measure {
        id: "overall".to_owned(),
        name: "Overall".to_owned(),
        depth: 0,
        score: r.overall.score,
    }];
    r.domains.iter().for_each(|d| walk(d, 0, &mut out));
    for f in &r.facets {
        for v in &f.values {
            out.push(Measure {
                id: format!("{}={}", f.id, v.id),
                name: format!("{}: {}", f.name, v.name),
                depth: 0,
                score: v.score.score,
            });
        }
    }
    out
}

fn summarize(id: &str, values: &[f64], suppressed: bool) -> Summary {
    let s = sorted(values);
    let hide = |x: Option<f64>| if suppressed { None } else { x };
    Summary {
        mean_interval: None,
        mean_note: (!suppressed).then(|| CENSUS_NOTE.to_owned()),
        id: id.to_owned(),
        count: values.len() as u32,
        mean: hide(mean(values)),
        sd: hide(std_dev(values)),
        min: hide(s.first().copied()),
        q1: hide(quantile_sorted(&s, 0.25)),
        median: hide(quantile_sorted(&s, 0.5)),
        q3: hide(quantile_sorted(&s, 0.75)),
        max: hide(s.last().copied()),
    }
}

/// Summarizes a cohort of reports (see `spec/SCORING.md` §17): per group and per measure
/// (overall, domains, sub-domains, facet values) the count, mean, standard deviation, minimum,
/// quartiles and maximum; groups smaller than `min_group` are suppressed; and each unit's
/// percentile rank within its group.
///
/// ```
/// use lhs_maturity::{analysis, Framework};
/// let fw = Framework::builtin();
/// let reports: Vec<_> = (0..6)
///     .map(|i| fw.score_json(&format!(r#"{{"unit": {{"id": "u{i}", "region": "{}"}}, "answers": {{"inst.info.routine_data": {}}}}}"#, if i < 5 { "north" } else { "south" }, i % 5)).unwrap())
///     .collect();
/// let opts = analysis::CohortOptions { group_by: Some("region".into()), ..Default::default() };
/// let c = analysis::cohort(&reports, &opts).unwrap();
/// assert_eq!(c.groups.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(), ["all", "north", "south"]);
/// assert_eq!(c.groups[1].measures[0].median, Some(2.0)); // levels 0..4 in the north
/// assert!(c.groups[2].suppressed); // one unit only
/// ```
pub fn cohort(reports: &[Report], options: &CohortOptions) -> Result<Cohort, Error> {
    if options.sample {
        check_options(options.resamples, BOOTSTRAP_LEVEL)?;
    }
    if reports.is_empty() {
        return Err(Error::Input(vec![i18n::diagnostic(
            Severity::Error,
            "input.empty_cohort",
            "",
            &[],
        )]));
    }
    super::one_framework(reports)?;
    let all_measures: Vec<Vec<Measure>> = reports.iter().map(measures).collect();
    let ids: Vec<String> = all_measures
        .first()
        .map(|m| m.iter().map(|x| x.id.clone()).collect())
        .unwrap_or_default();
    let keys: Vec<String> = match &options.group_by {
        Some(k) => reports.iter().map(|r| label_of(r, k)).collect(),
        None => vec!["all".to_owned(); reports.len()],
    };
    let mut group_keys: Vec<String> = keys.clone();
    group_keys.sort_unstable();
    group_keys.dedup();
    let group = |key: Option<&str>| -> Group {
        let members: Vec<usize> = (0..reports.len())
            .filter(|&i| key.is_none_or(|k| keys.get(i).is_some_and(|x| x == k)))
            .collect();
        let suppressed = members.len() < options.min_group;
        let measures = ids
            .iter()
            .enumerate()
            .map(|(m, id)| {
                let values: Vec<f64> = members
                    .iter()
                    .filter_map(|&i| {
                        all_measures
                            .get(i)
                            .and_then(|ms| ms.get(m))
                            .and_then(|x| x.score)
                    })
                    .collect();
                summarize(id, &values, suppressed)
            })
            .collect();
        Group {
            key: key.unwrap_or("all").to_owned(),
            units: members.len() as u32,
            suppressed,
            measures,
        }
    };
    let mut groups = vec![group(None)];
    if options.group_by.is_some() {
        groups.extend(group_keys.iter().map(|k| group(Some(k))));
    }
    if options.sample {
        for (gi, g) in groups.iter_mut().enumerate() {
            let members: Vec<usize> = (0..reports.len())
                .filter(|&i| gi == 0 || keys.get(i) == Some(&g.key))
                .collect();
            sample_intervals(g, gi as u64, &scores_of(&members, &all_measures), options);
        }
    }
    let units = reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let key = keys.get(i).cloned().unwrap_or_default();
            let peers: Vec<usize> = (0..reports.len())
                .filter(|&j| keys.get(j) == Some(&key))
                .collect();
            let ranks = ids
                .iter()
                .enumerate()
                .map(|(m, id)| {
                    let own = all_measures
                        .get(i)
                        .and_then(|ms| ms.get(m))
                        .and_then(|x| x.score);
                    let values: Vec<f64> = peers
                        .iter()
                        .filter_map(|&j| {
                            all_measures
                                .get(j)
                                .and_then(|ms| ms.get(m))
                                .and_then(|x| x.score)
                        })
                        .collect();
                    MeasureRank {
                        id: id.clone(),
                        rank: own.and_then(|x| percentile_rank(&values, x)),
                    }
                })
                .collect();
            UnitRank {
                index: i as u32,
                unit: r
                    .unit
                    .as_ref()
                    .and_then(|u| u.id.clone().or_else(|| u.name.clone())),
                period: r.period.clone(),
                group: key,
                ranks,
            }
        })
        .collect();
    Ok(Cohort {
        group_by: options.group_by.clone(),
        min_group: options.min_group as u32,
        groups,
        units,
        sample: options.sample,
        resamples: options.sample.then_some(options.resamples),
        seed: options.sample.then_some(options.seed),
    })
}

/// The scores of the members' measures: units × measures.
fn scores_of(members: &[usize], all_measures: &[Vec<Measure>]) -> Vec<Vec<Option<f64>>> {
    members
        .iter()
        .map(|&i| {
            let ms = all_measures.get(i).map_or(&[][..], Vec::as_slice);
            ms.iter().map(|m| m.score).collect()
        })
        .collect()
}

/// The intervals of a sample's group means (`spec/SCORING.md` §31): for a group of at least
/// [`BOOTSTRAP_MIN_GROUP`] units, `resamples` resamples of its units with replacement (stream
/// `group << 32 | b` of the seed), the mean of each measure over the drawn units with a score;
/// the percentile interval of those means. `scores` is units × measures.
fn sample_intervals(g: &mut Group, group: u64, scores: &[Vec<Option<f64>>], o: &CohortOptions) {
    let n = scores.len();
    if g.suppressed {
        return;
    }
    if n < BOOTSTRAP_MIN_GROUP {
        let note = format!(
            "a group of {n} units is too small for an interval of its mean (a bootstrap needs at least {BOOTSTRAP_MIN_GROUP})"
        );
        g.measures
            .iter_mut()
            .for_each(|m| m.mean_note = Some(note.clone()));
        return;
    }
    let picks: Vec<Vec<usize>> = (0..o.resamples as u64)
        .map(|b| resample(o.seed, (group << 32) | b, n))
        .collect();
    for (k, m) in g.measures.iter_mut().enumerate() {
        let means: Vec<f64> = picks
            .iter()
            .filter_map(|pick| {
                let drawn: Vec<f64> = pick
                    .iter()
                    .filter_map(|&i| scores.get(i).and_then(|u| u.get(k)).copied().flatten())
                    .collect();
                mean(&drawn)
            })
            .collect();
        m.mean_interval = percentile_interval(&means, BOOTSTRAP_LEVEL);
        m.mean_note = m
            .mean_interval
            .is_none()
            .then(|| "no unit of the group has a score for this measure".to_owned());
    }
}
