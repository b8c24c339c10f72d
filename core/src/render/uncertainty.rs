//! How sure the scores are, in the Markdown and HTML reports (when the report carries
//! [`Report::uncertainty`]): a sentence on the overall level, what the unknown answers allow,
//! how it was computed, and a table of every node's intervals.

use crate::render::escape::{escape_html, escape_markdown};
use crate::render::tables::{ColumnKind, Table, TableColumn};
use crate::render::words::{Words, V};
use crate::score::report::{NodeResult, Report};
use crate::score::uncertainty::{Method, NodeUncertainty, Spread, Uncertainty};
use serde_json::Value;
use std::fmt::Write;

/// A node's name: `overall` in the report's words, else the domain's or sub-domain's name.
fn node_name(r: &Report, w: &Words, id: &str) -> String {
    fn find<'a>(nodes: &'a [NodeResult], id: &str) -> Option<&'a NodeResult> {
        nodes
            .iter()
            .find_map(|n| (n.id == id).then_some(n).or_else(|| find(&n.children, id)))
    }
    if id == "overall" {
        return w.t("report-overall");
    }
    find(&r.domains, id).map_or_else(|| id.to_owned(), |n| n.name.to_string())
}

/// An interval as `a–b`, or `–`.
fn interval(w: &Words, i: Option<[f64; 2]>) -> String {
    i.map_or_else(
        || "–".to_owned(),
        |[a, b]| format!("{}–{}", w.score(Some(a)), w.score(Some(b))),
    )
}

/// The range the unknown and missing answers allow, as `a–b`, or `–`.
fn bounds(w: &Words, n: &NodeUncertainty) -> String {
    match (n.bounds.low, n.bounds.high) {
        (Some(a), Some(b)) => format!("{}–{}", w.score(Some(a)), w.score(Some(b))),
        _ => "–".to_owned(),
    }
}

/// The sentences of the section: the overall level's probability, the bounds, the method.
/// `level` writes a level with its name (escaped for the rendering).
fn sentences(u: &Uncertainty, w: &Words, level: &dyn Fn(u32) -> String) -> Vec<String> {
    let mut out = Vec::new();
    let Some(overall) = u.nodes.first() else {
        return out;
    };
    match overall.level {
        Some(l) => {
            let p = |s: &Spread| w.num(s.p_level(l).unwrap_or(0.0), 2);
            out.push(w.msg(
                "uncertainty-level",
                &[
                    ("level", V::Markup(level(l))),
                    ("p", V::Markup(p(&overall.independent))),
                    ("together", V::Markup(p(&overall.correlated))),
                ],
            ));
        }
        None => out.push(w.t("uncertainty-no-score")),
    }
    let b = &overall.bounds;
    if let (Some(lo), Some(hi), Some(llo), Some(lhi)) = (b.low, b.high, b.level_low, b.level_high) {
        let key = if b.settled {
            "uncertainty-bounds-settled"
        } else {
            "uncertainty-bounds"
        };
        out.push(w.msg(
            key,
            &[
                ("low", V::Markup(w.score(Some(lo)))),
                ("high", V::Markup(w.score(Some(hi)))),
                ("level_low", V::Markup(level(llo))),
                ("level_high", V::Markup(level(lhi))),
            ],
        ));
    }
    let answers = V::Count(u.uncertain_answers as u64);
    out.push(match u.method {
        Method::Exact => w.msg(
            "uncertainty-exact",
            &[("n", V::Count(u.draws as u64)), ("answers", answers)],
        ),
        Method::MonteCarlo => w.msg(
            "uncertainty-monte-carlo",
            &[
                ("draws", V::Count(u.draws as u64)),
                ("seed", w.v_iso(u.seed.unwrap_or_default().to_string())),
                ("answers", answers),
            ],
        ),
    });
    out
}

/// One row of the table's cells (not escaped: numbers, and the node's name escaped by `esc`).
fn row(r: &Report, w: &Words, n: &NodeUncertainty, esc: fn(&str) -> String) -> [String; 6] {
    let p = n
        .level
        .and_then(|l| n.independent.p_level(l))
        .map_or_else(|| "–".to_owned(), |p| w.num(p, 2));
    [
        esc(&node_name(r, w, &n.id)),
        w.score(n.score),
        interval(w, n.independent.interval),
        interval(w, n.correlated.interval),
        p,
        bounds(w, n),
    ]
}

/// The table's column headings.
const COLUMNS: [&str; 6] = [
    "report-col-domain",
    "report-col-score",
    "report-col-interval",
    "report-col-interval-together",
    "report-col-p-level",
    "report-col-bounds",
];

/// The Markdown section, when the report carries its uncertainty.
pub(crate) fn markdown(r: &Report, w: &Words, out: &mut String) {
    let Some(u) = &r.uncertainty else {
        return;
    };
    let _ = writeln!(out, "\n## {}\n", w.t("report-uncertainty"));
    let level = |l: u32| {
        let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
        format!("**{l} {}**", escape_markdown(name))
    };
    let _ = writeln!(out, "{}\n", sentences(u, w, &level).join(" "));
    let heads: Vec<String> = COLUMNS.iter().map(|c| w.t(c)).collect();
    let _ = writeln!(out, "| {} |", heads.join(" | "));
    let _ = writeln!(out, "|---|--:|--:|--:|--:|--:|");
    for n in &u.nodes {
        let _ = writeln!(out, "| {} |", row(r, w, n, escape_markdown).join(" | "));
    }
}

/// The HTML section, when the report carries its uncertainty.
pub(crate) fn html(r: &Report, w: &Words, out: &mut String) {
    let Some(u) = &r.uncertainty else {
        return;
    };
    let _ = writeln!(
        out,
        "<section id=\"uncertainty\">\n<h2>{}</h2>",
        w.t("report-uncertainty")
    );
    let level = |l: u32| {
        let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
        format!("<strong>{} {}</strong>", w.count(l), escape_html(name))
    };
    let _ = writeln!(out, "<p>{}</p>", sentences(u, w, &level).join(" "));
    let heads: String = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let class = if i > 0 { " class=\"num\"" } else { "" };
            format!("<th scope=\"col\"{class}>{}</th>", w.t(c))
        })
        .collect();
    let _ = writeln!(out, "<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>");
    for n in &u.nodes {
        let [name, rest @ ..] = row(r, w, n, escape_html);
        let cells: String = rest
            .iter()
            .map(|c| format!("<td class=\"num\">{c}</td>"))
            .collect();
        let _ = writeln!(out, "<tr><th scope=\"row\">{name}</th>{cells}</tr>");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

impl Report {
    /// With [`Report::uncertainty`], the sentences the reports open their section on it with
    /// (plain text in the report's language: the overall level's probability, what the unknown
    /// answers allow, how it was computed); empty without it.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework, ScoreOptions};
    /// use lhs_maturity::analysis::UncertaintyOptions;
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": {"level": 2, "confidence": "high"}}}"#).unwrap();
    /// let r = fw.score_with_uncertainty(&a, &ScoreOptions::default(), &UncertaintyOptions::default()).unwrap();
    /// let s = r.uncertainty_sentences();
    /// assert!(s[0].starts_with("Given the raters' confidence, the overall level is 2 Established with probability 0.90 (0.90 if"), "{}", s[0]);
    /// assert!(fw.score(&a).unwrap().uncertainty_sentences().is_empty());
    /// ```
    pub fn uncertainty_sentences(&self) -> Vec<String> {
        let Some(u) = &self.uncertainty else {
            return Vec::new();
        };
        let w = Words::plain(&self.language);
        let level = |l: u32| {
            let name = self.scale.get(l as usize).map_or("", |x| x.name.as_str());
            format!("{l} {name}")
        };
        sentences(u, &w, &level)
    }
}

impl Report {
    /// With [`Report::uncertainty`], the Markdown section the Markdown report shows (a heading,
    /// the sentences and the table of every node); empty without it.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework, ScoreOptions};
    /// use lhs_maturity::analysis::UncertaintyOptions;
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let r = fw.score_with_uncertainty(&a, &ScoreOptions::default(), &UncertaintyOptions::default()).unwrap();
    /// assert!(r.uncertainty_markdown().starts_with("\n## How sure the scores are"));
    /// assert!(r.to_markdown().contains(&r.uncertainty_markdown()));
    /// ```
    pub fn uncertainty_markdown(&self) -> String {
        let mut out = String::new();
        markdown(self, &Words::markdown(&self.language), &mut out);
        out
    }
}

impl Uncertainty {
    /// The result as a tidy table: one row per node and kind of error (`independent`, then
    /// `correlated`), with the node's published score and level, the mean, the 90% interval,
    /// the standard error (Monte Carlo), P(level ≥ k) for every k (`p_level_at_least_0` …), and the
    /// bounds. What `lhs-maturity uncertainty --format csv` writes.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::UncertaintyOptions;
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let t = fw.uncertainty(&a, &UncertaintyOptions::default()).unwrap().table();
    /// assert_eq!(t.len(), 2 * fw.matrix_nodes().len());
    /// assert_eq!(t.columns[0].name, "node");
    /// assert!(t.to_csv().starts_with("node,errors,score,level,mean,interval_low,interval_high"));
    /// ```
    pub fn table(&self) -> Table {
        let rows: Vec<(&NodeUncertainty, &str, &Spread)> = self
            .nodes
            .iter()
            .flat_map(|n| {
                [
                    (n, "independent", &n.independent),
                    (n, "correlated", &n.correlated),
                ]
            })
            .collect();
        let levels = rows
            .iter()
            .map(|r| r.2.p_level_at_least.len())
            .max()
            .unwrap_or(0);
        let f = |x: Option<f64>| x.map_or(Value::Null, Value::from);
        let i = |x: Option<u32>| x.map_or(Value::Null, Value::from);
        let (text, int, float) = (ColumnKind::Text, ColumnKind::Int, ColumnKind::Float);
        let mut columns = vec![
            TableColumn::of("node", text, &rows, |r| Value::from(r.0.id.as_str())),
            TableColumn::of("errors", text, &rows, |r| Value::from(r.1)),
            TableColumn::of("score", float, &rows, |r| f(r.0.score)),
            TableColumn::of("level", int, &rows, |r| i(r.0.level)),
            TableColumn::of("mean", float, &rows, |r| f(r.2.mean)),
            TableColumn::of("interval_low", float, &rows, |r| {
                f(r.2.interval.map(|[a, _]| a))
            }),
            TableColumn::of("interval_high", float, &rows, |r| {
                f(r.2.interval.map(|[_, b]| b))
            }),
            TableColumn::of("std_error", float, &rows, |r| f(r.2.std_error)),
        ];
        for k in 0..levels {
            let name = format!("p_level_at_least_{k}");
            columns.push(TableColumn::of(&name, float, &rows, |r| {
                f(r.2.p_level_at_least.get(k).copied())
            }));
        }
        columns.extend([
            TableColumn::of("bound_low", float, &rows, |r| f(r.0.bounds.low)),
            TableColumn::of("bound_high", float, &rows, |r| f(r.0.bounds.high)),
            TableColumn::of("level_low", int, &rows, |r| i(r.0.bounds.level_low)),
            TableColumn::of("level_high", int, &rows, |r| i(r.0.bounds.level_high)),
            TableColumn::of("settled", ColumnKind::Bool, &rows, |r| {
                Value::from(r.0.bounds.settled)
            }),
        ]);
        Table::new("uncertainty", columns)
    }
}
