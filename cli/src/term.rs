//! What the command prints on a terminal: the score table, diagnostics, the batch table. Text is
//! styled here and the styles removed where the stream takes no colours (`table::for_stream`).

use crate::lang::{n, t, Lang};
use crate::table::{bold, dim, wrap, Cell, Column, Table, Tone};
use lhs_maturity::{Diagnostic, NodeResult, Report, ScoreSummary, Severity, SummaryRow};
use std::fmt::Write;

const BAR: usize = 16;
const NAME: usize = 46;

/// The score, level, bar and coverage cells of a score on a scale whose top level is `max`.
fn score_cells(r: &Report, s: &ScoreSummary, lang: Lang) -> [Cell; 4] {
    let max = r.scale.len().saturating_sub(1) as u32;
    let (level, bar) = match (s.score, s.level) {
        (Some(v), Some(l)) => {
            let filled = ((v / f64::from(max.max(1))) * BAR as f64)
                .round()
                .clamp(0.0, BAR as f64) as usize;
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            let bar =
                Tone::Level(l, max).paint(&"█".repeat(filled)) + &dim(&"░".repeat(BAR - filled));
            (
                Cell::new(format!("{l} {name}"))
                    .cut(20)
                    .tone(Tone::Level(l, max)),
                bar,
            )
        }
        _ => (
            Cell::new(lang.t("cli-no-score", &[]))
                .cut(20)
                .tone(Tone::Dim),
            dim(&"·".repeat(BAR)),
        ),
    };
    [
        Cell::raw(lang.num(s.score)),
        level,
        Cell::raw(bar),
        Cell::raw(lang.pct_or_dash(s.coverage)),
    ]
}

fn node_rows(r: &Report, t: &mut Table, n: &NodeResult, depth: usize, lang: Lang) {
    let tone = if depth == 0 { Tone::Bold } else { Tone::Plain };
    let mut row = vec![Cell::new(n.name.as_str())
        .indent(depth)
        .cut(NAME)
        .tone(tone)];
    row.extend(score_cells(r, &n.score, lang));
    t.row(row);
    for c in &n.children {
        node_rows(r, t, c, depth + 1, lang);
    }
}

/// How many next steps the table lists.
const TOP_STEPS: usize = 5;

/// The name of an assessed unit, or a placeholder.
pub fn unit_name(unit: Option<&lhs_maturity::Unit>, lang: Lang) -> String {
    unit.and_then(|u| u.name.clone().or_else(|| u.id.clone()))
        .unwrap_or_else(|| lang.t("cli-unit-not-named", &[]))
}

/// The heading of the score table: unit, kind, period, then the framework.
fn score_heading(r: &Report, lang: Lang, out: &mut String) {
    let unit = r.unit.as_ref();
    let mut head = bold(&unit_name(unit, lang));
    if let Some(k) = unit.and_then(|u| u.kind.as_deref()) {
        let _ = write!(head, " ({})", unit_kind(k, lang));
    }
    if let Some(p) = &r.period {
        let _ = write!(head, " · {p}");
    }
    let _ = writeln!(out, "{head}");
    let fw = &r.framework;
    let _ = writeln!(
        out,
        "{}",
        dim(&format!("{} · {} {}", fw.title, fw.id, fw.version))
    );
}

/// A unit kind (`district`) in the language.
pub fn unit_kind(kind: &str, lang: Lang) -> String {
    lang.t("cli-unit-kind", &[("kind", t(kind))])
}

/// What the overall score rests on: the counts, and the way to target.
fn score_counts(r: &Report, lang: Lang) -> String {
    let o = &r.overall;
    let c = &o.counts;
    let mut counts = lang.t(
        "cli-score-counts",
        &[
            ("rated", n(c.rated as usize)),
            ("na", n(c.na as usize)),
            ("unknown", n(c.unknown as usize)),
            ("missing", n(c.missing as usize)),
            ("total", n(c.total as usize)),
        ],
    );
    if let Some(p) = o.targets.percent_to_target {
        counts.push_str(&lang.t(
            "cli-score-to-target",
            &[
                ("percent", t(lang.pct(p))),
                ("below", n(o.targets.below_target as usize)),
            ],
        ));
    }
    dim(&counts)
}

/// The next steps of the score table: the first few, and how many more.
fn score_steps(r: &Report, lang: Lang, out: &mut String) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", bold(&lang.t("cli-score-next-steps", &[])));
    if r.recommendations.is_empty() {
        let _ = writeln!(out, "{}", lang.t("cli-score-no-steps", &[]));
    }
    for rec in r.recommendations.iter().take(TOP_STEPS) {
        let what = rec
            .action
            .clone()
            .unwrap_or_else(|| rec.next_level_descriptor.clone());
        let line = lang.t(
            "cli-score-step",
            &[
                ("rank", n(rec.rank as usize)),
                ("name", t(&rec.name)),
                ("indicator", t(&rec.indicator)),
                ("level", t(rec.level)),
                ("next", t(rec.next_level)),
                ("action", t(what)),
            ],
        );
        let _ = writeln!(out, "{}", wrap(&line, 100, 3));
    }
    if r.recommendations.len() > TOP_STEPS {
        let more = lang.t(
            "cli-score-more-steps",
            &[("n", n(r.recommendations.len() - TOP_STEPS))],
        );
        let _ = writeln!(out, "{}", dim(&format!("    {more}")));
    }
}

/// A list of warnings under a heading (`Warnings (2)`), each `- code: message`.
pub fn warning_list(warnings: &[Diagnostic], lang: Lang, out: &mut String) {
    if warnings.is_empty() {
        return;
    }
    let _ = writeln!(out);
    let heading = lang.t("cli-warnings-heading", &[("n", n(warnings.len()))]);
    let _ = writeln!(out, "{}", bold(&heading));
    for w in warnings {
        let shown = diagnostic_parts(w, None, lang);
        let line = format!("- {}: {}", shown.code, shown.message);
        let _ = writeln!(out, "{}", wrap(&line, 100, 2));
    }
}

/// The `score --format table` output: one table (overall, domains, the learning profile) shown
/// in parts, so that every part has the same columns.
pub fn score_table(r: &Report, lang: Lang) -> String {
    let mut t = Table::new(vec![
        Column::left(lang.t("cli-score-column-node", &[])),
        Column::right(lang.t("cli-score-column-score", &[])),
        Column::left(lang.t("cli-score-column-level", &[])),
        Column::left(""),
        Column::right(lang.t("cli-score-column-coverage", &[])),
    ]);
    let mut overall = vec![Cell::new(lang.t("cli-overall", &[])).tone(Tone::Bold)];
    overall.extend(score_cells(r, &r.overall, lang));
    t.row(overall);
    for d in &r.domains {
        node_rows(r, &mut t, d, 0, lang);
    }
    let profile = t.len();
    t.row(vec![
        Cell::new(lang.t("cli-score-learning-profile", &[])).tone(Tone::Bold)
    ]);
    for f in &r.facets {
        t.row(vec![Cell::new(f.name.as_str())]);
        for v in &f.values {
            let mut row = vec![Cell::new(v.name.as_str()).indent(1).cut(NAME)];
            row.extend(score_cells(r, &v.score, lang));
            t.row(row);
        }
    }
    let text = t.terminal();
    let lines: Vec<&str> = text.lines().collect();
    let part = |from: usize, to: usize| lines.get(from..to).unwrap_or_default().join("\n");
    let mut out = String::new();
    score_heading(r, lang, &mut out);
    let _ = writeln!(out, "\n{}\n{}\n", part(1, 2), score_counts(r, lang));
    let _ = writeln!(out, "{}\n{}\n", part(0, 1), part(2, profile + 1));
    let _ = writeln!(out, "{}", part(profile + 1, lines.len()));
    let sure = r.uncertainty_sentences();
    if !sure.is_empty() {
        let _ = writeln!(out, "\n{}", bold(&lang.t("cli-score-uncertainty", &[])));
        for line in sure {
            let _ = writeln!(out, "{}", wrap(&line, 100, 0));
        }
    }
    score_steps(r, lang, &mut out);
    warning_list(&r.warnings, lang, &mut out);
    out
}

/// The `uncertainty --format table` output: the sentences, then every node's 90% intervals
/// (independent and correlated errors), the probability of its level and the range its unknown
/// answers allow.
pub fn uncertainty_table(r: &Report, lang: Lang) -> String {
    let Some(u) = &r.uncertainty else {
        return String::new();
    };
    let mut t = Table::new(vec![
        Column::left(lang.t("cli-score-column-node", &[])),
        Column::right(lang.t("cli-score-column-score", &[])),
        Column::right(lang.t("cli-uncertainty-column-interval", &[])),
        Column::right(lang.t("cli-uncertainty-column-together", &[])),
        Column::right(lang.t("cli-uncertainty-column-p-level", &[])),
        Column::right(lang.t("cli-uncertainty-column-range", &[])),
    ]);
    let names = node_names(r, lang);
    let pair = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => format!("{}–{}", lang.num(Some(a)), lang.num(Some(b))),
        _ => "–".to_owned(),
    };
    for n in &u.nodes {
        let (name, depth) = names
            .iter()
            .find(|(id, _, _)| *id == n.id)
            .map_or((n.id.clone(), 0), |(_, name, d)| (name.clone(), *d));
        let iv = |i: Option<[f64; 2]>| pair(i.map(|[a, _]| a), i.map(|[_, b]| b));
        let p = n.level.and_then(|l| n.independent.p_level(l));
        let tone = if depth == 0 { Tone::Bold } else { Tone::Plain };
        t.row(vec![
            Cell::new(name).indent(depth).cut(NAME).tone(tone),
            Cell::raw(lang.num(n.score)),
            Cell::raw(iv(n.independent.interval)),
            Cell::raw(iv(n.correlated.interval)),
            Cell::raw(p.map_or_else(|| "–".to_owned(), |p| format!("{p:.2}"))),
            Cell::raw(pair(n.bounds.low, n.bounds.high)),
        ]);
    }
    let mut out = String::new();
    score_heading(r, lang, &mut out);
    let _ = writeln!(out);
    for line in r.uncertainty_sentences() {
        let _ = writeln!(out, "{}", wrap(&line, 100, 0));
    }
    let _ = writeln!(out, "\n{}", t.terminal());
    out
}

/// `(id, name, depth)` of the overall result and every domain and sub-domain of a report.
fn node_names(r: &Report, lang: Lang) -> Vec<(String, String, usize)> {
    fn walk(n: &lhs_maturity::NodeResult, depth: usize, out: &mut Vec<(String, String, usize)>) {
        out.push((n.id.to_string(), n.name.to_string(), depth));
        for c in &n.children {
            walk(c, depth + 1, out);
        }
    }
    let mut out = vec![("overall".to_owned(), lang.t("cli-overall", &[]), 0)];
    for d in &r.domains {
        walk(d, 0, &mut out);
    }
    out
}

/// A diagnostic as the command shows it, its words in the reader's language.
pub struct Shown {
    /// `FILE:LINE:COL: error[code] at PATH: message` (with a file), or `error[code] at PATH:
    /// message` (without).
    pub head: String,
    /// The stable code, never translated.
    pub code: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Shown {
    /// The head, then `help: …` on the next line after `indent` spaces.
    pub fn with_help(&self, indent: usize, lang: Lang) -> String {
        match &self.help {
            Some(h) => format!(
                "{}\n{}{} {h}",
                self.head,
                " ".repeat(indent),
                Tone::Label.paint(&lang.t("cli-label-help", &[]))
            ),
            None => self.head.clone(),
        }
    }
}

/// Every diagnostic the command prints (errors and warnings about documents, findings of the
/// framework lint, warnings of reports and analyses) passes through here, so that its words are
/// chosen in one place.
pub fn diagnostic_parts(d: &Diagnostic, file: Option<&str>, lang: Lang) -> Shown {
    // i18n: the one place the words of a diagnostic are chosen. The core writes a diagnostic
    // again in `lang` from its catalogs (`diagnostics.ftl`) when it was written from them; an
    // author's diagnostic (framework, lint) and the command's own stay as they are.
    let d = &lhs_maturity::i18n::localize(d, lang.code());
    let message = crate::lang::plain(&d.message);
    let help = d.help.as_deref().map(crate::lang::plain);
    let (word, tone) = match d.severity {
        Severity::Error => ("cli-severity-error", Tone::Error),
        Severity::Warning => ("cli-severity-warning", Tone::Warning),
    };
    let mut head = match (file, d.line, d.column) {
        (Some(f), Some(l), Some(c)) => format!("{}: ", bold(&format!("{f}:{l}:{c}"))),
        (Some(f), ..) => format!("{}: ", bold(f)),
        (None, ..) => String::new(),
    };
    head.push_str(&tone.paint(&format!("{}[{}]", lang.t(word, &[]), d.code)));
    let at = match (file, d.line, d.column) {
        (None, Some(l), Some(c)) => lang.t(
            "cli-diagnostic-at-line",
            &[("line", t(l)), ("column", t(c))],
        ),
        _ if d.path.is_empty() => String::new(),
        _ => lang.t("cli-diagnostic-at-path", &[("path", t(&d.path))]),
    };
    if !at.is_empty() {
        let _ = write!(head, " {at}");
    }
    let _ = write!(head, ": {message}");
    Shown {
        head,
        code: d.code.clone(),
        message,
        help,
    }
}

/// How many problems of one file are printed (`validate`, and a document that cannot be scored);
/// [`more`] counts the rest, which `validate --format json` lists.
pub const SHOWN: usize = 100;

/// The line after the first [`SHOWN`] of `total` problems of `file`, when some were left out.
pub fn more(total: usize, file: &str, lang: Lang) -> Option<String> {
    (total > SHOWN).then(|| {
        lang.t(
            "cli-diagnostics-more",
            &[("more", n(total - SHOWN)), ("file", t(file))],
        )
    })
}

/// One diagnostic of a file, as `validate` and errors print it: `FILE:LINE:COL: error[code]
/// at PATH: message`, then `help: ...` on the next line.
pub fn diagnostic(file: &str, d: &Diagnostic, lang: Lang) -> String {
    diagnostic_parts(d, Some(file), lang).with_help(4, lang)
}

/// Where a row of a batch comes from: `file`, or `file:line` for a row of a CSV file.
pub fn place(r: &SummaryRow) -> String {
    r.line
        .map_or_else(|| r.source.clone(), |l| format!("{}:{l}", r.source))
}

/// The `batch --format table` output.
pub fn batch_table(rows: &[SummaryRow], domains: &[String], lang: Lang) -> String {
    let mut columns = vec![
        Column::left(lang.t("cli-column-unit", &[])),
        Column::left(lang.t("cli-column-period", &[])),
        Column::right(lang.t("cli-column-overall", &[])),
        Column::right(lang.t("cli-column-level", &[])),
        Column::right(lang.t("cli-column-coverage", &[])),
    ];
    columns.extend(domains.iter().map(|d| Column::right(d.as_str())));
    let mut t = Table::new(columns);
    for r in rows {
        let unit = r
            .unit_name
            .clone()
            .or_else(|| r.unit_id.clone())
            .unwrap_or_else(|| place(r));
        let mut row = vec![Cell::new(unit).cut(40)];
        if !r.ok {
            row.push(Cell::new(lang.t("cli-batch-row-failed", &[])).tone(Tone::Error));
            t.row(row);
            continue;
        }
        row.extend([
            Cell::new(r.period.as_deref().unwrap_or("–")),
            Cell::raw(lang.num(r.overall.score)),
            Cell::raw(
                r.overall
                    .level
                    .map_or_else(|| "–".to_owned(), |l| l.to_string()),
            ),
            Cell::raw(lang.pct_or_dash(r.overall.coverage)),
        ]);
        for d in domains {
            let v = r.domains.iter().find(|x| &x.id == d).and_then(|x| x.score);
            row.push(Cell::raw(lang.num(v)));
        }
        t.row(row);
    }
    t.terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_escapes_once_plain() {
        let fw = lhs_maturity::Framework::builtin();
        let r = fw
            .score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#)
            .unwrap();
        let table = score_table(&r, Lang::EN);
        assert!(table.contains('\x1b'));
        assert!(!crate::table::plain(&table).contains('\x1b'));
    }
}
