//! Tidy tables of the analyses' results, written once for every surface: Python's DataFrames
//! (and lists of dicts), the command line's CSV, and any caller that wants rows rather than
//! the result documents. The table model ([`Table`]) is the render floor's, shared with the
//! report's tables.
//!
//! Where a row is a node of the framework (a measure of a cohort, a node of the reliability
//! result), the tables carry its name and depth when [`NodeNames`] are given, so that no caller
//! looks names up; without them, the columns are those of the result documents alone.

use super::{
    AgendaItem, AgreementStats, BootstrapMethod, Cohort, Comparison, ContentValidity, Estimate,
    LongRow, NodeBootstrap, NodeChange, PoolBootstrap, PoolItem, PoolResult, RaterValue,
    Reliability, Series,
};
use crate::model::compiled::Framework;
use crate::model::framework::{Node, NodeContent};
use crate::render::columns::{column_name, MEASURES};
use crate::render::tables::{ColumnKind, Table, TableColumn};
use crate::score::report::{NodeResult, Report};
use serde_json::Value;
use std::collections::HashMap;

/// The names and depths of a report's nodes, facet values and indicators, in the report's
/// language, so that the tables of an analysis can show them: `overall` has depth 0, a domain
/// 1, a sub-domain 2, an indicator one more than its node, a facet value (`facet=value`) 1.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NodeNames {
    map: HashMap<String, (String, usize)>,
}

impl NodeNames {
    /// The names of the nodes, facet values and indicators of `report`.
    ///
    /// ```
    /// use lhs_maturity::{analysis::NodeNames, Framework};
    /// let r = Framework::builtin().score_json(r#"{"answers": {}}"#).unwrap();
    /// let names = NodeNames::of_report(&r);
    /// assert_eq!(names.get("overall"), Some(("Overall", 0)));
    /// assert_eq!(names.get("inst.info").map(|n| n.1), Some(2));
    /// ```
    pub fn of_report(report: &Report) -> Self {
        fn walk(n: &NodeResult, depth: usize, map: &mut HashMap<String, (String, usize)>) {
            map.insert(n.id.to_string(), (n.name.to_string(), depth));
            n.children.iter().for_each(|c| walk(c, depth + 1, map));
        }
        let mut map = HashMap::new();
        map.insert("overall".to_owned(), ("Overall".to_owned(), 0));
        report.domains.iter().for_each(|d| walk(d, 1, &mut map));
        for f in &report.facets {
            for v in &f.values {
                let name = format!("{}: {}", f.name, v.name);
                map.insert(format!("{}={}", f.id, v.id), (name, 1));
            }
        }
        for i in &report.indicators {
            let parent = if i.subdomain.is_empty() {
                &i.domain
            } else {
                &i.subdomain
            };
            let depth = map.get(parent.as_str()).map_or(1, |p| p.1 + 1);
            map.insert(i.id.to_string(), (i.name.to_string(), depth));
        }
        Self { map }
    }

    /// The names of the nodes, facet values (`facet: value`) and indicators of `framework` in
    /// the language `lang` (its code; the framework's own text where it has no translation),
    /// with the same depths as [`NodeNames::of_report`].
    ///
    /// ```
    /// use lhs_maturity::{analysis::NodeNames, Framework};
    /// let names = NodeNames::of_framework(&Framework::builtin(), "fr");
    /// assert_eq!(names.get("inst").map(|n| n.1), Some(1));
    /// assert_ne!(names.get("inst").map(|n| n.0), Some("Institutionalizing learning"));
    /// ```
    pub fn of_framework(framework: &Framework, lang: &str) -> Self {
        fn walk(n: &Node, lang: &str, depth: usize, map: &mut HashMap<String, (String, usize)>) {
            map.insert(n.id.to_string(), (n.name.get(lang).to_owned(), depth));
            match &n.content {
                NodeContent::Children(c) => c.iter().for_each(|c| walk(c, lang, depth + 1, map)),
                NodeContent::Indicators(list) => list.iter().for_each(|i| {
                    map.insert(i.id.to_string(), (i.label(lang).to_owned(), depth + 1));
                }),
            }
        }
        let spec = framework.spec();
        let mut map = HashMap::new();
        map.insert("overall".to_owned(), ("Overall".to_owned(), 0));
        spec.domains.iter().for_each(|d| walk(d, lang, 1, &mut map));
        for f in &spec.facets {
            for v in &f.values {
                let name = format!("{}: {}", f.name.get(lang), v.name.get(lang));
                map.insert(format!("{}={}", f.id, v.id), (name, 1));
            }
        }
        Self { map }
    }

    /// The name and depth of `id`, if the report has it.
    pub fn get(&self, id: &str) -> Option<(&str, usize)> {
        self.map.get(id).map(|(n, d)| (n.as_str(), *d))
    }

    /// The `name` and `depth` columns of rows whose node id `id` gives.
    fn columns<T>(&self, rows: &[T], id: impl Fn(&T) -> &str) -> [TableColumn; 2] {
        [
            TableColumn::of("name", ColumnKind::Text, rows, |r| {
                self.get(id(r)).map_or(Value::Null, |n| n.0.into())
            }),
            TableColumn::of("depth", ColumnKind::Int, rows, |r| {
                self.get(id(r)).map_or(Value::Null, |n| n.1.into())
            }),
        ]
    }
}

use ColumnKind::{Answer, Bool, Float, Int, Text};

/// One statistic of a cohort's summary.
type Statistic = fn(&super::Summary) -> Option<f64>;

fn text(s: &str) -> Value {
    Value::from(s)
}

fn opt_text(s: Option<&str>) -> Value {
    s.map_or(Value::Null, Value::from)
}

/// An estimate's `name` (the value) and `name_note` (why it is undefined) columns.
fn estimate<T>(name: &str, rows: &[T], e: impl Fn(&T) -> &Estimate) -> [TableColumn; 2] {
    [
        TableColumn::of(name, Float, rows, |r| e(r).value.into()),
        TableColumn::of(&format!("{name}_note"), Text, rows, |r| {
            opt_text(e(r).note.as_deref())
        }),
    ]
}

/// The agreement table: one row for `overall`, then one per domain: `scope`, `name`, the
/// alphas and ICCs each with its note, and the units and raters they use.
pub fn agreement_table(stats: &[AgreementStats]) -> Table {
    let mut columns = vec![
        TableColumn::of("scope", Text, stats, |s| text(&s.scope)),
        TableColumn::of("name", Text, stats, |s| text(&s.name)),
    ];
    columns.extend(estimate("alpha_ordinal", stats, |s| &s.alpha_ordinal));
    columns.extend(estimate("alpha_interval", stats, |s| &s.alpha_interval));
    columns.push(TableColumn::of("alpha_units", Int, stats, |s| {
        s.alpha_units.into()
    }));
    columns.extend(estimate("icc2_1", stats, |s| &s.icc2_1));
    columns.extend(estimate("icc2_k", stats, |s| &s.icc2_k));
    columns.push(TableColumn::of("icc_units", Int, stats, |s| {
        s.icc_units.into()
    }));
    columns.push(TableColumn::of("raters", Int, stats, |s| s.raters.into()));
    Table::new("agreement", columns)
}

fn items_table(items: &[PoolItem]) -> Table {
    fn consensus(i: &PoolItem) -> Option<&super::Consensus> {
        i.consensus.as_ref()
    }
    Table::new(
        "items",
        vec![
            TableColumn::of("id", Text, items, |i| text(&i.id)),
            TableColumn::of("pooled", Answer, items, |i| i.pooled.clone()),
            TableColumn::of("mean", Float, items, |i| i.mean.into()),
            TableColumn::of("n_raters", Int, items, |i| i.n_raters.into()),
            TableColumn::of("n_na", Int, items, |i| i.n_na.into()),
            TableColumn::of("n_unknown", Int, items, |i| i.n_unknown.into()),
            TableColumn::of("n_missing", Int, items, |i| i.n_missing.into()),
            TableColumn::of("min", Int, items, |i| i.min.into()),
            TableColumn::of("max", Int, items, |i| i.max.into()),
            TableColumn::of("range", Int, items, |i| i.range.into()),
            TableColumn::of("iqr", Float, items, |i| i.iqr.into()),
            TableColumn::of("consensus_level", Answer, items, |i| {
                consensus(i).map_or(Value::Null, |c| c.level.clone())
            }),
            TableColumn::of("consensus_rationale", Text, items, |i| {
                opt_text(consensus(i).map(|c| c.rationale.as_str()))
            }),
        ],
    )
}

impl PoolBootstrap {
    /// The table of a bootstrap of a pooled assessment: one row per node (`id`, with `names`
    /// its `name` and `depth`, `score`, `level`, `interval_low`, `interval_high`, `keeps_level`,
    /// `no_score`, `range_low`, `range_high`); for leave-one-out, then one column per
    /// respondent, `without <respondent>`: the node's score without them.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = |l: u32| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let b = fw.pool_bootstrap(&[a(1), a(3)], &Default::default()).unwrap();
    /// let t = b.table(None);
    /// assert_eq!(t.column("without respondent 1").unwrap().values[0], serde_json::json!(3.0));
    /// assert_eq!(t.column("range_low").unwrap().values[0], serde_json::json!(1.0));
    /// ```
    pub fn table(&self, names: Option<&NodeNames>) -> Table {
        let n: &[NodeBootstrap] = &self.nodes;
        let mut columns = vec![TableColumn::of("id", Text, n, |x| text(&x.id))];
        if let Some(names) = names {
            columns.extend(names.columns(n, |x| &x.id));
        }
        let end = |v: Option<[f64; 2]>, i: usize| v.and_then(|x| x.get(i).copied()).into();
        columns.extend([
            TableColumn::of("score", Float, n, |x| x.score.into()),
            TableColumn::of("level", Int, n, |x| x.level.into()),
            TableColumn::of("interval_low", Float, n, |x| end(x.interval, 0)),
            TableColumn::of("interval_high", Float, n, |x| end(x.interval, 1)),
            TableColumn::of("keeps_level", Float, n, |x| x.keeps_level.into()),
            TableColumn::of("no_score", Int, n, |x| x.no_score.into()),
            TableColumn::of("range_low", Float, n, |x| end(x.range, 0)),
            TableColumn::of("range_high", Float, n, |x| end(x.range, 1)),
        ]);
        if self.method == BootstrapMethod::LeaveOneOut {
            columns.extend(self.respondents.iter().enumerate().map(|(i, who)| {
                TableColumn::of(&format!("without {who}"), Float, n, |x| {
                    x.left_out.get(i).and_then(|l| l.score).into()
                })
            }));
        }
        Table::new("nodes", columns)
    }
}

impl PoolResult {
    /// The tables of a pooling: `items` (one row per indicator someone answered), `ratings`
    /// (one row per item and respondent), `agenda` (most disagreement first) and `agreement`.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = |l: u32| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let r = fw.pool(&[a(1), a(3)], &Default::default()).unwrap();
    /// let [items, ratings, ..] = r.tables();
    /// assert_eq!(items.column("range").unwrap().values, [serde_json::json!(2)]);
    /// assert_eq!(ratings.len(), 2);
    /// ```
    pub fn tables(&self) -> [Table; 4] {
        let ratings: Vec<(&str, &RaterValue)> = self
            .items
            .iter()
            .flat_map(|i| i.ratings.iter().map(move |r| (i.id.as_str(), r)))
            .collect();
        let ratings = Table::new(
            "ratings",
            vec![
                TableColumn::of("id", Text, &ratings, |r| text(r.0)),
                TableColumn::of("respondent", Text, &ratings, |r| text(&r.1.respondent)),
                TableColumn::of("value", Answer, &ratings, |r| r.1.value.clone()),
            ],
        );
        let a: &[AgendaItem] = &self.agenda;
        let agenda = Table::new(
            "agenda",
            vec![
                TableColumn::of("id", Text, a, |x| text(&x.id)),
                TableColumn::of("name", Text, a, |x| text(&x.name)),
                TableColumn::of("range", Int, a, |x| x.range.into()),
                TableColumn::of("iqr", Float, a, |x| x.iqr.into()),
            ],
        );
        [
            items_table(&self.items),
            ratings,
            agenda,
            agreement_table(&self.agreement),
        ]
    }
}

impl Comparison {
    /// The tables of a comparison: `nodes` (`overall`, then every domain and sub-domain both
    /// rounds have, with their names) and `indicators` (one row per shared indicator).
    pub fn tables(&self) -> [Table; 2] {
        let nodes: Vec<&NodeChange> = std::iter::once(&self.overall).chain(&self.nodes).collect();
        let nodes = Table::new(
            "nodes",
            vec![
                TableColumn::of("id", Text, &nodes, |n| text(&n.id)),
                TableColumn::of("name", Text, &nodes, |n| text(&n.name)),
                TableColumn::of("before", Float, &nodes, |n| n.before.into()),
                TableColumn::of("after", Float, &nodes, |n| n.after.into()),
                TableColumn::of("change", Float, &nodes, |n| n.change.into()),
                TableColumn::of("before_level", Int, &nodes, |n| n.before_level.into()),
                TableColumn::of("after_level", Int, &nodes, |n| n.after_level.into()),
                TableColumn::of("level_change", Int, &nodes, |n| n.level_change.into()),
            ],
        );
        let i = &self.indicators;
        let status = |s| serde_json::to_value(s).unwrap_or(Value::Null);
        let indicators = Table::new(
            "indicators",
            vec![
                TableColumn::of("id", Text, i, |x| text(&x.id)),
                TableColumn::of("name", Text, i, |x| text(&x.name)),
                TableColumn::of("before_status", Text, i, |x| status(x.before_status)),
                TableColumn::of("after_status", Text, i, |x| status(x.after_status)),
                TableColumn::of("before_level", Int, i, |x| x.before_level.into()),
                TableColumn::of("after_level", Int, i, |x| x.after_level.into()),
                TableColumn::of("change", Int, i, |x| x.change.into()),
                TableColumn::of("target", Int, i, |x| x.target.into()),
                TableColumn::of("progress_to_target", Float, i, |x| {
                    x.progress_to_target.into()
                }),
            ],
        );
        [nodes, indicators]
    }
}

impl Series {
    /// The rounds as one table, one row per round: `unit_id`, `period`, `overall_score`,
    /// `overall_level`, `overall_coverage`, then `<domain>_score` for every domain of any round
    /// (in the order they first appear), named by [`column_name`](crate::column_name).
    pub fn table(&self) -> Table {
        let mut domains: Vec<&str> = Vec::new();
        for d in self.rows.iter().flat_map(|r| &r.domains) {
            if !domains.contains(&d.id.as_str()) {
                domains.push(&d.id);
            }
        }
        let rows = &self.rows;
        let overall = |m: &str| column_name("overall", m);
        let mut columns = vec![
            TableColumn::of("unit_id", Text, rows, |_| opt_text(self.unit.as_deref())),
            TableColumn::of("period", Text, rows, |r| opt_text(r.period.as_deref())),
            TableColumn::of(&overall(MEASURES[0]), Float, rows, |r| r.overall.into()),
            TableColumn::of(&overall(MEASURES[1]), Int, rows, |r| r.level.into()),
            TableColumn::of(&overall(MEASURES[2]), Float, rows, |r| r.coverage.into()),
        ];
        columns.extend(domains.iter().map(|id| {
            TableColumn::of(&column_name(id, "score"), Float, rows, |r| {
                r.domains
                    .iter()
                    .find(|d| d.id == *id)
                    .and_then(|d| d.score)
                    .into()
            })
        }));
        Table::new("series", columns)
    }
}

impl Cohort {
    /// The tables of a cohort: `summary` (one row per group and measure: `group`, `units`,
    /// `suppressed`, `measure`, with `names` its `name` and `depth`, then `count`, `mean`, `sd`,
    /// `min`, `q1`, `median`, `q3`, `max`) and `ranks` (one row per unit and measure: `index`,
    /// `unit`, `period`, `group`, `measure`, `rank`; empty in a publishable cohort).
    pub fn tables(&self, names: Option<&NodeNames>) -> [Table; 2] {
        let rows: Vec<_> = self
            .groups
            .iter()
            .flat_map(|g| g.measures.iter().map(move |m| (g, m)))
            .collect();
        let mut columns = vec![
            TableColumn::of("group", Text, &rows, |r| text(&r.0.key)),
            TableColumn::of("units", Int, &rows, |r| r.0.units.into()),
            TableColumn::of("suppressed", Bool, &rows, |r| r.0.suppressed.into()),
            TableColumn::of("measure", Text, &rows, |r| text(&r.1.id)),
        ];
        if let Some(names) = names {
            columns.extend(names.columns(&rows, |r| &r.1.id));
        }
        columns.push(TableColumn::of("count", Int, &rows, |r| r.1.count.into()));
        let stats: [(&str, Statistic); 7] = [
            ("mean", |s| s.mean),
            ("sd", |s| s.sd),
            ("min", |s| s.min),
            ("q1", |s| s.q1),
            ("median", |s| s.median),
            ("q3", |s| s.q3),
            ("max", |s| s.max),
        ];
        columns.extend(
            stats
                .iter()
                .map(|(name, f)| TableColumn::of(name, Float, &rows, |r| f(r.1).into())),
        );
        if self.sample {
            let end = |i: usize| {
                move |r: &(_, &super::Summary)| r.1.mean_interval.and_then(|x| x.get(i).copied())
            };
            columns.extend([
                TableColumn::of("mean_low", Float, &rows, |r| end(0)(r).into()),
                TableColumn::of("mean_high", Float, &rows, |r| end(1)(r).into()),
                TableColumn::of("mean_note", Text, &rows, |r| {
                    opt_text(r.1.mean_note.as_deref())
                }),
            ]);
        }
        let ranks: Vec<_> = self
            .units
            .iter()
            .flat_map(|u| u.ranks.iter().map(move |r| (u, r)))
            .collect();
        let ranks = Table::new(
            "ranks",
            vec![
                TableColumn::of("index", Int, &ranks, |r| r.0.index.into()),
                TableColumn::of("unit", Text, &ranks, |r| opt_text(r.0.unit.as_deref())),
                TableColumn::of("period", Text, &ranks, |r| opt_text(r.0.period.as_deref())),
                TableColumn::of("group", Text, &ranks, |r| text(&r.0.group)),
                TableColumn::of("measure", Text, &ranks, |r| text(&r.1.id)),
                TableColumn::of("rank", Float, &ranks, |r| r.1.rank.into()),
            ],
        );
        [Table::new("summary", columns), ranks]
    }

    /// The unit ranks with one row per unit and one column per measure (named by its id):
    /// `index`, `unit`, `period`, `group`, then the rank of each measure.
    pub fn ranks_wide(&self) -> Table {
        let u = &self.units;
        let mut columns = vec![
            TableColumn::of("index", Int, u, |x| x.index.into()),
            TableColumn::of("unit", Text, u, |x| opt_text(x.unit.as_deref())),
            TableColumn::of("period", Text, u, |x| opt_text(x.period.as_deref())),
            TableColumn::of("group", Text, u, |x| text(&x.group)),
        ];
        if let Some(first) = u.first() {
            columns.extend(first.ranks.iter().map(|m| {
                TableColumn::of(&m.id, Float, u, |x| {
                    x.ranks
                        .iter()
                        .find(|r| r.id == m.id)
                        .and_then(|r| r.rank)
                        .into()
                })
            }));
        }
        Table::new("ranks", columns)
    }
}

impl Reliability {
    /// The tables of a reliability result: `nodes` (one row per domain and sub-domain: `id`,
    /// with `names` its `name` and `depth`, `items`, `units_used`, `alpha`, `alpha_note`),
    /// `items` (one row per node and item: `node`, `id`, `alpha_if_deleted` and
    /// `item_total_correlation` with their notes) and `distributions` (one row per indicator:
    /// `id`, with `names` its `name`, `rated`, `floor`, `ceiling`).
    pub fn tables(&self, names: Option<&NodeNames>) -> [Table; 3] {
        let n = &self.nodes;
        let mut columns = vec![TableColumn::of("id", Text, n, |x| text(&x.id))];
        if let Some(names) = names {
            columns.extend(names.columns(n, |x| &x.id));
        }
        columns.push(TableColumn::of("items", Int, n, |x| x.items.into()));
        columns.push(TableColumn::of("units_used", Int, n, |x| {
            x.units_used.into()
        }));
        columns.extend(estimate("alpha", n, |x| &x.alpha));
        let nodes = Table::new("nodes", columns);
        let items: Vec<_> = n
            .iter()
            .flat_map(|x| x.item_stats.iter().map(move |s| (x.id.as_str(), s)))
            .collect();
        let mut columns = vec![
            TableColumn::of("node", Text, &items, |r| text(r.0)),
            TableColumn::of("id", Text, &items, |r| text(&r.1.id)),
        ];
        columns.extend(estimate("alpha_if_deleted", &items, |r| {
            &r.1.alpha_if_deleted
        }));
        columns.extend(estimate("item_total_correlation", &items, |r| {
            &r.1.item_total_correlation
        }));
        let items = Table::new("items", columns);
        let d = &self.indicators;
        let mut columns = vec![TableColumn::of("id", Text, d, |x| text(&x.id))];
        if let Some(names) = names {
            let [name, _] = names.columns(d, |x| &x.id);
            columns.push(name);
        }
        columns.push(TableColumn::of("rated", Int, d, |x| x.rated.into()));
        columns.push(TableColumn::of("floor", Float, d, |x| x.floor.into()));
        columns.push(TableColumn::of("ceiling", Float, d, |x| x.ceiling.into()));
        [nodes, items, Table::new("distributions", columns)]
    }
}

impl ContentValidity {
    /// The items of a content validity study, one row per indicator rated: `id`, `name`,
    /// `experts`, `relevant`, `i_cvi`, `kappa`, `interpretation`.
    pub fn table(&self) -> Table {
        let i = &self.items;
        Table::new(
            "items",
            vec![
                TableColumn::of("id", Text, i, |x| text(&x.id)),
                TableColumn::of("name", Text, i, |x| text(&x.name)),
                TableColumn::of("experts", Int, i, |x| x.experts.into()),
                TableColumn::of("relevant", Int, i, |x| x.relevant.into()),
                TableColumn::of("i_cvi", Float, i, |x| x.i_cvi.into()),
                TableColumn::of("kappa", Float, i, |x| x.kappa.into()),
                TableColumn::of("interpretation", Text, i, |x| text(&x.interpretation)),
            ],
        )
    }
}

/// The long format of ratings as a table, one row per assessment and indicator: `unit`,
/// `unit_kind`, `period`, `rater`, `indicator`, `domain`, `level`, `status`.
pub fn long_table(rows: &[LongRow]) -> Table {
    let o = |s: &Option<String>| opt_text(s.as_deref());
    Table::new(
        "long",
        vec![
            TableColumn::of("unit", Text, rows, |r| o(&r.unit)),
            TableColumn::of("unit_kind", Text, rows, |r| o(&r.unit_kind)),
            TableColumn::of("period", Text, rows, |r| o(&r.period)),
            TableColumn::of("rater", Text, rows, |r| o(&r.rater)),
            TableColumn::of("indicator", Text, rows, |r| text(&r.indicator)),
            TableColumn::of("domain", Text, rows, |r| text(&r.domain)),
            TableColumn::of("level", Int, rows, |r| r.level.into()),
            TableColumn::of("status", Text, rows, |r| text(&r.status)),
        ],
    )
}

impl super::Robustness {
    /// The Sobol' indices as a tidy table: one row per output and factor — each unit's score
    /// (`output_kind` `score`), the rank shift (`rank_shift`) and, unless publishable, each
    /// unit's rank (`rank`) — with `s1`, `st` and their bootstrap intervals (`s1_low`,
    /// `s1_high`, `st_low`, `st_high`) and the note of a null output. What
    /// `lhs-maturity sensitivity --format csv` writes.
    ///
    /// ```
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let unit = |l: u32| Assessment::from_json(&format!(
    ///     r#"{{"answers": {{"inst.info.routine_data": {l}, "cap.prov.data_interpretation": 2}}}}"#)).unwrap();
    /// let units = vec![("a".to_owned(), unit(1)), ("b".to_owned(), unit(3))];
    /// let r = fw.robustness(&units, &RobustnessOptions { n: 16, bootstrap: 0, ..Default::default() }).unwrap();
    /// let t = r.sensitivity_table();
    /// assert_eq!(t.len(), 3 * r.factors.len());
    /// assert!(t.to_csv().starts_with("output_kind,output,factor,s1,s1_low,s1_high,st,st_low,st_high,note"));
    /// ```
    pub fn sensitivity_table(&self) -> Table {
        let s = &self.sensitivity;
        let outputs = s
            .scores
            .iter()
            .map(|i| ("score", i))
            .chain([("rank_shift", &s.rank_shift)])
            .chain(s.ranks.iter().map(|i| ("rank", i)));
        let rows: Vec<(&str, &super::Indices, &super::FactorIndex)> = outputs
            .flat_map(|(kind, ix)| ix.factors.iter().map(move |f| (kind, ix, f)))
            .collect();
        let f = |x: Option<f64>| x.map_or(Value::Null, Value::from);
        let (text, float) = (ColumnKind::Text, ColumnKind::Float);
        let lo = |x: Option<[f64; 2]>| f(x.map(|[a, _]| a));
        let hi = |x: Option<[f64; 2]>| f(x.map(|[_, b]| b));
        Table::new(
            "sensitivity",
            vec![
                TableColumn::of("output_kind", text, &rows, |r| Value::from(r.0)),
                TableColumn::of("output", text, &rows, |r| Value::from(r.1.output.as_str())),
                TableColumn::of("factor", text, &rows, |r| Value::from(r.2.factor.as_str())),
                TableColumn::of("s1", float, &rows, |r| f(r.2.s1)),
                TableColumn::of("s1_low", float, &rows, |r| lo(r.2.s1_interval)),
                TableColumn::of("s1_high", float, &rows, |r| hi(r.2.s1_interval)),
                TableColumn::of("st", float, &rows, |r| f(r.2.st)),
                TableColumn::of("st_low", float, &rows, |r| lo(r.2.st_interval)),
                TableColumn::of("st_high", float, &rows, |r| hi(r.2.st_interval)),
                TableColumn::of("note", text, &rows, |r| {
                    r.1.note.as_deref().map_or(Value::Null, Value::from)
                }),
            ],
        )
    }

    /// One row per unit, in input order: its nominal `score` and `level`, the `median` and the
    /// 90% interval (`interval_low`, `interval_high`) of its overall score over the runs, the
    /// share of runs keeping its level (`keeps_level`) and, unless the result is publishable,
    /// its rank (`rank`, `rank_median`, `rank_low`, `rank_high`: 5% and 95%) and `p_top_k`.
    /// What `lhs-maturity robustness --format csv` writes.
    ///
    /// ```
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let unit = |l: u32| Assessment::from_json(&format!(
    ///     r#"{{"answers": {{"inst.info.routine_data": {l}, "cap.prov.data_interpretation": 2}}}}"#)).unwrap();
    /// let units = vec![("a".to_owned(), unit(1)), ("b".to_owned(), unit(3))];
    /// let o = RobustnessOptions { n: 16, bootstrap: 0, publishable: false, ..Default::default() };
    /// let t = fw.robustness(&units, &o).unwrap().units_table();
    /// assert_eq!(t.len(), 2);
    /// assert_eq!(t.columns[0].name, "unit");
    /// assert!(t.column("rank_median").is_some());
    /// ```
    pub fn units_table(&self) -> Table {
        let rows = &self.units;
        let f = |x: Option<f64>| x.map_or(Value::Null, Value::from);
        let (text, int, float) = (ColumnKind::Text, ColumnKind::Int, ColumnKind::Float);
        let mut columns = vec![
            TableColumn::of("unit", text, rows, |u| Value::from(u.unit.as_str())),
            TableColumn::of("score", float, rows, |u| f(u.score)),
            TableColumn::of("level", int, rows, |u| {
                u.level.map_or(Value::Null, Value::from)
            }),
            TableColumn::of("median", float, rows, |u| f(u.median)),
            TableColumn::of("interval_low", float, rows, |u| {
                f(u.interval.map(|[a, _]| a))
            }),
            TableColumn::of("interval_high", float, rows, |u| {
                f(u.interval.map(|[_, b]| b))
            }),
            TableColumn::of("keeps_level", float, rows, |u| Value::from(u.keeps_level)),
        ];
        if !self.publishable {
            let r = |u: &super::UnitRobustness, g: fn(&super::RankSummary) -> Option<f64>| {
                f(u.rank.as_ref().and_then(g))
            };
            columns.extend([
                TableColumn::of("rank", float, rows, |u| r(u, |s| s.nominal)),
                TableColumn::of("rank_median", float, rows, |u| r(u, |s| s.median)),
                TableColumn::of("rank_low", float, rows, |u| {
                    r(u, |s| s.interval.map(|[a, _]| a))
                }),
                TableColumn::of("rank_high", float, rows, |u| {
                    r(u, |s| s.interval.map(|[_, b]| b))
                }),
                TableColumn::of("p_top_k", float, rows, |u| r(u, |s| Some(s.p_top_k))),
            ]);
        }
        Table::new("units", columns)
    }
}
