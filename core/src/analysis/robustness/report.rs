//! The robustness of many units as a report, in Markdown and as a self-contained HTML page (in
//! any language of the report catalog): what was varied, each unit's score and its interval
//! (drawn in the page), its ranks when not publishable, the chosen pairs, each domain left out,
//! and which choice moves the results (the Sobol' indices).

use super::{Indices, Robustness, UnitRobustness};
use crate::analysis::stats::{quantile_sorted, sorted};
use crate::render::escape::{escape_html, escape_markdown};
use crate::render::words::{Words, V};
use std::fmt::Write;

/// One block of the report: a heading, sentences, and a table (headings, then rows of cells
/// already escaped; the first cell of a row is its heading).
struct Block {
    id: &'static str,
    title: String,
    text: Vec<String>,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// An interval of scores as `a–b`, or `–`.
fn interval(w: &Words, i: Option<[f64; 2]>) -> String {
    i.map_or_else(
        || "–".to_owned(),
        |[a, b]| format!("{}–{}", w.num(a, 2), w.num(b, 2)),
    )
}

fn rank(w: &Words, r: Option<f64>) -> String {
    r.map_or_else(
        || "–".to_owned(),
        |x| w.num(x, usize::from(x.fract() != 0.0)),
    )
}

/// What was varied, how often, with which seed.
fn intro(r: &Robustness, w: &Words, esc: fn(&str) -> String) -> Vec<String> {
    let factors: Vec<String> = r.factors.iter().map(|f| esc(&f.name)).collect();
    let mut out = vec![w.msg(
        "robustness-intro",
        &[
            ("units", V::Count(r.units.len() as u64)),
            ("runs", V::Count(r.runs as u64)),
            ("seed", V::Markup(w.iso(r.seed.to_string()))),
            ("framework", V::Text(&r.framework.title)),
        ],
    )];
    out.push(if factors.is_empty() {
        w.t("robustness-no-factor")
    } else {
        w.msg(
            "robustness-factors",
            &[("factors", V::Markup(factors.join(", ")))],
        )
    });
    let shift = &r.rank_shift;
    out.push(w.msg(
        "robustness-rank-shift",
        &[
            ("mean", V::Markup(w.num(shift.mean, 2))),
            ("interval", V::Markup(interval(w, Some(shift.interval)))),
        ],
    ));
    if !r.publishable {
        out.push(w.t("robustness-ranks-note"));
    }
    out
}

fn unit_row(w: &Words, u: &UnitRobustness, esc: fn(&str) -> String, ranks: bool) -> Vec<String> {
    let mut row = vec![
        esc(&u.unit),
        w.score(u.score),
        u.level.map_or_else(|| "–".to_owned(), |l| w.count(l)),
        w.score(u.median),
        interval(w, u.interval),
        w.pct(Some(u.keeps_level)),
    ];
    if ranks {
        let r = u.rank.as_ref();
        row.extend([
            rank(w, r.and_then(|r| r.nominal)),
            rank(w, r.and_then(|r| r.median)),
            r.and_then(|r| r.interval).map_or_else(
                || "–".to_owned(),
                |[a, b]| format!("{}–{}", rank(w, Some(a)), rank(w, Some(b))),
            ),
            w.pct(r.map(|r| r.p_top_k)),
        ]);
    }
    row
}

fn units_block(r: &Robustness, w: &Words, esc: fn(&str) -> String) -> Block {
    let ranks = !r.publishable;
    let mut head: Vec<String> = [
        "robustness-col-unit",
        "report-col-score",
        "report-col-level",
        "robustness-col-median",
        "report-col-interval",
        "robustness-col-keeps-level",
    ]
    .iter()
    .map(|id| w.t(id))
    .collect();
    if ranks {
        head.extend([
            w.t("robustness-col-rank"),
            w.t("robustness-col-median-rank"),
            w.t("robustness-col-rank-interval"),
            w.msg("robustness-col-top", &[("k", V::Count(r.top_k as u64))]),
        ]);
    }
    Block {
        id: "units",
        title: w.t("robustness-units"),
        text: vec![w.t("robustness-units-note")],
        head,
        rows: r.units.iter().map(|u| unit_row(w, u, esc, ranks)).collect(),
    }
}

fn pairs_block(r: &Robustness, w: &Words, esc: fn(&str) -> String) -> Option<Block> {
    (!r.pairs.is_empty()).then(|| Block {
        id: "pairs",
        title: w.t("robustness-pairs"),
        text: Vec::new(),
        head: vec![
            w.t("robustness-col-pair"),
            w.t("robustness-col-above"),
            w.t("robustness-col-tie"),
        ],
        rows: r
            .pairs
            .iter()
            .map(|p| {
                vec![
                    format!("{} · {}", esc(&p.a), esc(&p.b)),
                    w.pct(Some(p.p_above)),
                    w.pct(Some(p.p_tie)),
                ]
            })
            .collect(),
    })
}

fn left_out_block(r: &Robustness, w: &Words, esc: fn(&str) -> String) -> Option<Block> {
    if r.leave_one_out.is_empty() {
        return None;
    }
    let mut head = vec![w.t("robustness-col-unit"), w.t("report-col-score")];
    head.extend(r.leave_one_out.iter().map(|l| esc(&l.domain)));
    let rows = r
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let mut row = vec![esc(&u.unit), w.score(u.score)];
            row.extend(
                r.leave_one_out
                    .iter()
                    .map(|l| w.score(l.units.get(i).and_then(|x| x.score))),
            );
            row
        })
        .collect();
    Some(Block {
        id: "leave-one-out",
        title: w.t("robustness-left-out"),
        text: vec![w.t("robustness-left-out-note")],
        head,
        rows,
    })
}

/// A factor's total-order index on the rank shift, and the median and largest over the units'
/// scores (`–` where null).
fn sensitivity_block(r: &Robustness, w: &Words, esc: fn(&str) -> String) -> Option<Block> {
    if r.factors.is_empty() {
        return None;
    }
    let st = |ix: &Indices, f: usize| ix.factors.get(f).and_then(|x| x.st);
    let show = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| w.num(v.max(0.0), 2));
    let rows = r
        .factors
        .iter()
        .enumerate()
        .map(|(f, factor)| {
            let on_units: Vec<f64> = r
                .sensitivity
                .scores
                .iter()
                .filter_map(|ix| st(ix, f))
                .collect();
            let on_units = sorted(&on_units);
            vec![
                esc(&factor.name),
                show(st(&r.sensitivity.rank_shift, f)),
                show(quantile_sorted(&on_units, 0.5)),
                show(on_units.last().copied()),
            ]
        })
        .collect();
    let mut text = vec![w.t("robustness-sensitivity-note")];
    if let Some(note) = &r.sensitivity.rank_shift.note {
        text.push(w.msg(
            "robustness-sensitivity-rank-shift-null",
            &[("reason", V::Text(note))],
        ));
    }
    Some(Block {
        id: "sensitivity",
        title: w.t("robustness-sensitivity"),
        text,
        head: vec![
            w.t("robustness-col-factor"),
            w.t("robustness-col-st-rank-shift"),
            w.t("robustness-col-st-median"),
            w.t("robustness-col-st-max"),
        ],
        rows,
    })
}

fn blocks(r: &Robustness, w: &Words, esc: fn(&str) -> String) -> Vec<Block> {
    let mut out = vec![units_block(r, w, esc)];
    out.extend(pairs_block(r, w, esc));
    out.extend(left_out_block(r, w, esc));
    out.extend(sensitivity_block(r, w, esc));
    out
}

fn markdown_block(b: &Block, out: &mut String) {
    let _ = writeln!(out, "\n## {}\n", b.title);
    if !b.text.is_empty() {
        let _ = writeln!(out, "{}\n", b.text.join(" "));
    }
    let _ = writeln!(out, "| {} |", b.head.join(" | "));
    let align: Vec<&str> = (0..b.head.len())
        .map(|i| if i == 0 { "---" } else { "--:" })
        .collect();
    let _ = writeln!(out, "|{}|", align.join("|"));
    for row in &b.rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
}

fn html_block(b: &Block, out: &mut String) {
    let _ = writeln!(out, "<section id=\"{}\">\n<h2>{}</h2>", b.id, b.title);
    for t in &b.text {
        let _ = writeln!(out, "<p>{t}</p>");
    }
    let heads: String = b
        .head
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let class = if i > 0 { " class=\"num\"" } else { "" };
            format!("<th scope=\"col\"{class}>{h}</th>")
        })
        .collect();
    let _ = writeln!(
        out,
        "<div class=\"wide\"><table>\n<thead><tr>{heads}</tr></thead>\n<tbody>"
    );
    for row in &b.rows {
        let [first, rest @ ..] = row.as_slice() else {
            continue;
        };
        let cells: String = rest
            .iter()
            .map(|c| format!("<td class=\"num\">{c}</td>"))
            .collect();
        let _ = writeln!(out, "<tr><th scope=\"row\">{first}</th>{cells}</tr>");
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

/// Each unit's median and 90% interval on a horizontal scale from 0 to the top of the scores
/// seen, the nominal score as a tick: an SVG with a title per unit.
fn chart(r: &Robustness, w: &Words) -> String {
    let top = r
        .units
        .iter()
        .filter_map(|u| u.interval.map(|i| i[1]).or(u.score))
        .fold(1.0_f64, f64::max)
        .ceil();
    let (left, width, row) = (170.0, 420.0, 22.0);
    let x = |v: f64| left + v / top * width;
    let height = row * r.units.len() as f64 + 30.0;
    let full = left + width + 20.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"intervals\" viewBox=\"0 0 {full} {height}\" role=\"img\" aria-labelledby=\"intervals-title\">\n<title id=\"intervals-title\">{}</title>\n<rect width=\"{full}\" height=\"{height}\" fill=\"#ffffff\"/>\n",
        w.t("robustness-chart")
    );
    for (i, u) in r.units.iter().enumerate() {
        let y = row * i as f64 + 14.0;
        let label: String = u.unit.chars().take(24).collect();
        let _ = write!(
            out,
            "<g><title>{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a1a1a\">{}</text>",
            w.msg(
                "robustness-chart-unit",
                &[
                    ("unit", V::Text(&u.unit)),
                    ("median", V::Markup(w.score(u.median))),
                    ("interval", V::Markup(interval(w, u.interval))),
                ],
            ),
            left - 8.0,
            y + 4.0,
            escape_html(&label)
        );
        if let Some([a, b]) = u.interval {
            let _ = write!(
                out,
                "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#1f4e79\" stroke-width=\"3\"/>",
                x(a),
                x(b)
            );
        }
        if let Some(m) = u.median {
            let _ = write!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{y}\" r=\"4\" fill=\"#1f4e79\"/>",
                x(m)
            );
        }
        if let Some(s) = u.score {
            let _ = write!(
                out,
                "<line x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
                x(s),
                y - 7.0,
                y + 7.0
            );
        }
        out.push_str("</g>\n");
    }
    let base = row * r.units.len() as f64 + 8.0;
    for k in 0..=(top as u32) {
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#595959\">{}</text>",
            x(f64::from(k)),
            base + 14.0,
            w.count(k)
        );
    }
    out.push_str("</svg>\n");
    out
}

impl Robustness {
    /// Each unit's published score (a tick), median (a dot) and 90% interval (a line) over the
    /// runs, one row per unit in input order, as a standalone SVG whose title and tooltips are
    /// in the language `lang` (the chart of [`Robustness::to_html`]).
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// let fw = Framework::builtin();
    /// let a = |l: u8| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let units = vec![("a".to_owned(), a(1)), ("b".to_owned(), a(3))];
    /// let r = fw.robustness(&units, &RobustnessOptions { n: 8, bootstrap: 0, ..Default::default() }).unwrap();
    /// let svg = r.interval_chart("en");
    /// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    /// assert_eq!(svg.matches("<circle").count(), 2);
    /// ```
    pub fn interval_chart(&self, lang: &str) -> String {
        chart(self, &Words::html(lang, false))
    }

    /// The result as a Markdown report in the language `lang` (English when the catalog has
    /// no such language): what was varied, each unit's score with its interval, the ranks when
    /// not publishable, the pairs, each domain left out and the factors' total-order indices.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// let fw = Framework::builtin();
    /// let a = |l: u8| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let units = vec![("a|b".to_owned(), a(1)), ("c".to_owned(), a(3))];
    /// let o = RobustnessOptions { n: 8, bootstrap: 0, ..Default::default() };
    /// let md = fw.robustness(&units, &o).unwrap().to_markdown("en");
    /// assert!(md.starts_with("# Do the results survive other reasonable choices?"));
    /// assert!(md.contains("| a\\|b |"));
    /// ```
    pub fn to_markdown(&self, lang: &str) -> String {
        let w = Words::markdown(lang);
        let mut out = format!("# {}\n\n", w.t("robustness-title"));
        let _ = writeln!(out, "{}", intro(self, &w, escape_markdown).join(" "));
        for b in blocks(self, &w, escape_markdown) {
            markdown_block(&b, &mut out);
        }
        out
    }

    /// The result as a self-contained HTML page in the language `lang`: the Markdown report's
    /// content, and a chart of each unit's interval. Every label is escaped; the page loads
    /// nothing.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// use lhs_maturity::analysis::RobustnessOptions;
    /// let fw = Framework::builtin();
    /// let a = |l: u8| Assessment::from_json(&format!(r#"{{"answers": {{"inst.info.routine_data": {l}}}}}"#)).unwrap();
    /// let units = vec![("<b>x</b>".to_owned(), a(1)), ("y".to_owned(), a(3))];
    /// let o = RobustnessOptions { n: 8, bootstrap: 0, ..Default::default() };
    /// let html = fw.robustness(&units, &o).unwrap().to_html("fr");
    /// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    /// assert!(html.contains("&lt;b&gt;x&lt;/b&gt;") && !html.contains("<b>x"));
    /// ```
    pub fn to_html(&self, lang: &str) -> String {
        let w = Words::html(lang, crate::i18n::is_rtl(lang));
        let title = w.t("robustness-title");
        let mut body = format!("<main>\n<h1>{title}</h1>\n");
        for t in intro(self, &w, escape_html) {
            let _ = writeln!(body, "<p>{t}</p>");
        }
        body.push_str(&chart(self, &w));
        for b in blocks(self, &w, escape_html) {
            html_block(&b, &mut body);
        }
        body.push_str("</main>\n");
        crate::render::html::page(lang, &title, &body)
    }
}
