//! How the results of the analyses print: terminal tables, Markdown and CSV. Only layout here:
//! the rows, their order and every number come as the library returns them.

use crate::term::{fit, wrap, Style};
use lhs_maturity::analysis::{Cohort, Comparison, Estimate, PoolResult, Reliability, Series};
use lhs_maturity::{csv_field, escape_markdown, NodeResult, Report};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;

/// Width of the name column of the tables.
const NAME: usize = 40;

fn num(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |x| format!("{x:.2}"))
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |x| format!("{:.0}%", 100.0 * x))
}

/// A change with its sign; one that rounds to zero has none.
fn signed(v: Option<f64>) -> String {
    match v {
        Some(x) if format!("{:.2}", x.abs()) == "0.00" => "0.00".to_owned(),
        Some(x) => format!("{x:+.2}"),
        None => "–".to_owned(),
    }
}

fn level(v: Option<u32>) -> String {
    v.map_or_else(|| "–".to_owned(), |l| l.to_string())
}

fn levels(before: Option<u32>, after: Option<u32>) -> String {
    format!("{} → {}", level(before), level(after))
}

/// A number in CSV: as computed (shortest exact form), empty when absent.
fn csv_num(v: Option<f64>) -> String {
    v.map_or_else(String::new, |x| x.to_string())
}

/// The notes of undefined statistics, numbered in order of first use, so that a table shows
/// `–[1]` and says below what `[1]` means.
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    fn estimate(&mut self, e: &Estimate) -> String {
        match (&e.value, &e.note) {
            (Some(v), _) => format!("{v:.2}"),
            (None, Some(note)) => {
                let n = match self.0.iter().position(|x| x == note) {
                    Some(i) => i + 1,
                    None => {
                        self.0.push(note.clone());
                        self.0.len()
                    }
                };
                format!("–[{n}]")
            }
            (None, None) => "–".to_owned(),
        }
    }

    /// `[n] note` lines, each prefixed with `indent`.
    fn lines(&self, indent: &str) -> String {
        let mut out = String::new();
        for (i, n) in self.0.iter().enumerate() {
            let _ = writeln!(
                out,
                "{indent}{}",
                wrap(&format!("[{}] {n}", i + 1), 100, indent.len() + 4)
            );
        }
        out
    }
}

/// A respondent's answer as the agenda shows it.
fn answer(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) if s == "unknown" => "?".to_owned(),
        Value::String(s) => s.clone(),
        _ => "–".to_owned(),
    }
}

const ANSWER_LEGEND: &str = "na: not applicable · ?: unknown · –: not answered";

/// The name of a domain of the framework (its id when it has none).
fn unit_heading(unit: Option<&lhs_maturity::Unit>, period: Option<&str>) -> String {
    let mut s = unit
        .and_then(|u| u.name.clone().or_else(|| u.id.clone()))
        .unwrap_or_else(|| "(unit not named)".to_owned());
    if let Some(p) = period {
        let _ = write!(s, " · {p}");
    }
    s
}

// ---------------------------------------------------------------------------------------------
// pool
// ---------------------------------------------------------------------------------------------

fn pool_intro(r: &PoolResult) -> String {
    format!(
        "{} respondents pooled by the {}, {} indicators answered; {} on the disagreement agenda",
        r.respondents.len(),
        r.method.as_str(),
        r.items.len(),
        r.agenda.len()
    )
}

/// The disagreement agenda of `pool --format table`: widest range first, each respondent's
/// answer in a column.
fn agenda_table(r: &PoolResult, style: Style, out: &mut String) {
    let _ = writeln!(out);
    if r.agenda.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            style.bold("Disagreement agenda: empty (no indicator got different levels)")
        );
    } else {
        let _ = writeln!(
            out,
            "{}",
            style.bold(&format!(
                "Disagreement agenda: {} indicators, widest range first (take it to the consensus meeting)",
                r.agenda.len()
            ))
        );
        let idw = r
            .agenda
            .iter()
            .map(|x| x.id.chars().count())
            .max()
            .unwrap_or(10);
        let cols: Vec<usize> = r
            .respondents
            .iter()
            .map(|x| x.chars().count().clamp(3, 10))
            .collect();
        let mut head = format!(
            "{:>3}  {} {} {:>5} {:>5}",
            "#",
            fit("Indicator", idw),
            fit("", 28),
            "range",
            "IQR"
        );
        for (who, w) in r.respondents.iter().zip(&cols) {
            let _ = write!(head, "  {:>w$}", fit(who, *w).trim_end());
        }
        let _ = writeln!(out, "{}", style.bold(&head));
        for (i, item) in r.agenda.iter().enumerate() {
            let mut line = format!(
                "{:>3}  {} {} {:>5} {:>5.2}",
                i + 1,
                fit(&item.id, idw),
                style.dim(&fit(&item.name, 28)),
                item.range,
                item.iqr
            );
            for (rv, w) in item.ratings.iter().zip(&cols) {
                let _ = write!(line, "  {:>w$}", answer(&rv.value));
            }
            let _ = writeln!(out, "{line}");
        }
        let _ = writeln!(out, "{}", style.dim(&format!("  {ANSWER_LEGEND}")));
    }
}

/// The `pool --format table` output.
pub fn pool_table(r: &PoolResult, files: &[String], style: Style) -> String {
    let mut out = String::new();
    let a = &r.assessment;
    let _ = writeln!(
        out,
        "{}",
        style.bold(&unit_heading(a.unit.as_ref(), a.period.as_deref()))
    );
    let _ = writeln!(out, "{}", pool_intro(r));
    let width = r
        .respondents
        .iter()
        .map(|x| x.chars().count())
        .max()
        .unwrap_or(0);
    for (who, file) in r.respondents.iter().zip(files) {
        let _ = writeln!(out, "  {}  {}", fit(who, width), style.dim(file));
    }

    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold("Agreement between the respondents (the indicators as units)")
    );
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>10} {:>11} {:>8} {:>9} {:>9} {:>10}",
            fit("", NAME),
            "α ordinal",
            "α interval",
            "α units",
            "ICC(2,1)",
            "ICC(2,k)",
            "ICC units"
        ))
    );
    let mut notes = Notes::default();
    for s in &r.agreement {
        let name = fit(&s.name, NAME);
        let _ = writeln!(
            out,
            "{} {:>10} {:>11} {:>8} {:>9} {:>9} {:>10}",
            if s.scope == "overall" {
                style.bold(&name)
            } else {
                name
            },
            notes.estimate(&s.alpha_ordinal),
            notes.estimate(&s.alpha_interval),
            s.alpha_units,
            notes.estimate(&s.icc2_1),
            notes.estimate(&s.icc2_k),
            s.icc_units
        );
    }
    out.push_str(&style.dim(&notes.lines("  ")));
    let _ = writeln!(
        out,
        "  {}",
        style.dim(&wrap("α: Krippendorff's alpha over the indicators rated by two or more respondents; ICC: two-way random effects, absolute agreement, over the indicators rated by all", 100, 4))
    );

    agenda_table(r, style, &mut out);

    let agreed: Vec<_> = r
        .items
        .iter()
        .filter_map(|i| i.consensus.as_ref().map(|c| (i, c)))
        .collect();
    if !agreed.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            style.bold(&if agreed.len() == 1 {
                "Consensus: 1 agreed answer overrides the pooled one".to_owned()
            } else {
                format!(
                    "Consensus: {} agreed answers override the pooled ones",
                    agreed.len()
                )
            })
        );
        for (item, c) in agreed {
            let _ = writeln!(
                out,
                "  {}",
                wrap(
                    &format!("{} → {}: {}", item.id, answer(&item.pooled), c.rationale),
                    100,
                    4
                )
            );
        }
    }
    if !r.warnings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            style.bold(&format!("Warnings ({})", r.warnings.len()))
        );
        for w in &r.warnings {
            let _ = writeln!(
                out,
                "{}",
                wrap(&format!("- {}: {}", w.code, w.message), 100, 2)
            );
        }
    }
    out
}

/// The `pool --format markdown` output.
pub fn pool_markdown(r: &PoolResult, files: &[String]) -> String {
    let mut out = String::new();
    let a = &r.assessment;
    let _ = writeln!(
        out,
        "## Pooled assessment: {}\n",
        escape_markdown(&unit_heading(a.unit.as_ref(), a.period.as_deref()))
    );
    let _ = writeln!(out, "{}.\n", pool_intro(r));
    let _ = writeln!(out, "| Respondent | File |\n|---|---|");
    for (who, file) in r.respondents.iter().zip(files) {
        let _ = writeln!(out, "| {} | `{file}` |", escape_markdown(who));
    }
    let _ = writeln!(out, "\n### Agreement between the respondents\n");
    let _ = writeln!(out, "| Scope | α ordinal | α interval | Units (α) | ICC(2,1) | ICC(2,k) | Units (ICC) |\n|---|--:|--:|--:|--:|--:|--:|");
    let mut notes = Notes::default();
    for s in &r.agreement {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            escape_markdown(&s.name),
            notes
                .estimate(&s.alpha_ordinal)
                .replace('[', "\\[")
                .replace(']', "\\]"),
            notes
                .estimate(&s.alpha_interval)
                .replace('[', "\\[")
                .replace(']', "\\]"),
            s.alpha_units,
            notes
                .estimate(&s.icc2_1)
                .replace('[', "\\[")
                .replace(']', "\\]"),
            notes
                .estimate(&s.icc2_k)
                .replace('[', "\\[")
                .replace(']', "\\]"),
            s.icc_units
        );
    }
    out.push('\n');
    for (i, n) in notes.0.iter().enumerate() {
        let _ = writeln!(out, "\\[{}\\] {}  ", i + 1, escape_markdown(n));
    }
    let _ = writeln!(out, "α: Krippendorff's alpha over the indicators rated by two or more respondents; ICC: two-way random effects, absolute agreement, over the indicators rated by all.");
    let _ = writeln!(out, "\n### Disagreement agenda\n");
    if r.agenda.is_empty() {
        let _ = writeln!(
            out,
            "No indicator got different levels from the respondents."
        );
    } else {
        let _ = writeln!(
            out,
            "Widest range first, then the widest interquartile range.\n"
        );
        let mut head = String::from("| # | Indicator | Range | IQR |");
        let mut rule = String::from("|--:|---|--:|--:|");
        for who in &r.respondents {
            let _ = write!(head, " {} |", escape_markdown(who));
            rule.push_str("--:|");
        }
        let _ = writeln!(out, "{head}\n{rule}");
        for (i, item) in r.agenda.iter().enumerate() {
            let mut line = format!(
                "| {} | {} (`{}`) | {} | {:.2} |",
                i + 1,
                escape_markdown(&item.name),
                item.id,
                item.range,
                item.iqr
            );
            for rv in &item.ratings {
                let _ = write!(line, " {} |", answer(&rv.value));
            }
            let _ = writeln!(out, "{line}");
        }
        let _ = writeln!(out, "\n{ANSWER_LEGEND}");
    }
    let agreed: Vec<_> = r
        .items
        .iter()
        .filter_map(|i| i.consensus.as_ref().map(|c| (i, c)))
        .collect();
    if !agreed.is_empty() {
        let _ = writeln!(out, "\n### Consensus\n");
        for (item, c) in agreed {
            let _ = writeln!(
                out,
                "- `{}` → {}: {}",
                item.id,
                answer(&item.pooled),
                escape_markdown(&c.rationale)
            );
        }
    }
    if !r.warnings.is_empty() {
        let _ = writeln!(out, "\n### Warnings\n");
        for w in &r.warnings {
            let _ = writeln!(out, "- `{}`: {}", w.code, escape_markdown(&w.message));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// compare
// ---------------------------------------------------------------------------------------------

/// The depth of every node of a report (0 for a domain).
fn depths(r: &Report) -> HashMap<String, usize> {
    fn walk(n: &NodeResult, d: usize, out: &mut HashMap<String, usize>) {
        out.insert(n.id.to_string(), d);
        n.children.iter().for_each(|c| walk(c, d + 1, out));
    }
    let mut out = HashMap::new();
    r.domains.iter().for_each(|n| walk(n, 0, &mut out));
    out
}

fn round_line(r: &Report, file: &str) -> String {
    format!(
        "{} · {} {} ({file})",
        unit_heading(r.unit.as_ref(), r.period.as_deref()),
        r.framework.id,
        r.framework.version
    )
}

/// What the comparison rests on: the same framework and indicators, or only the shared ones.
fn comparability(c: &Comparison) -> Vec<String> {
    let mut out = Vec::new();
    if !c.restricted {
        out.push(format!(
            "Directly comparable: the same framework version and the same {} indicators in both rounds.",
            c.comparable
        ));
        return out;
    }
    let mut why = Vec::new();
    if c.before_framework != c.after_framework {
        why.push(format!(
            "the framework versions differ ({} → {})",
            c.before_framework, c.after_framework
        ));
    }
    if !c.only_before.is_empty() || !c.only_after.is_empty() {
        why.push("the indicator sets differ".to_owned());
    }
    let shared = if c.note.is_some() {
        "both rounds share with the same meaning (classed equivalent by the migration map; the others were revised, merged or dropped)"
    } else {
        "both rounds share"
    };
    out.push(format!(
        "Restricted comparison: {}; every score below is recomputed on the {} indicators {shared}.",
        why.join(" and "),
        c.comparable
    ));
    if !c.only_before.is_empty() {
        out.push(format!(
            "Only in the earlier round ({}): {}",
            c.only_before.len(),
            c.only_before.join(", ")
        ));
    }
    if !c.only_after.is_empty() {
        out.push(format!(
            "Only in the later round ({}): {}",
            c.only_after.len(),
            c.only_after.join(", ")
        ));
    }
    out
}

fn counts_line(c: &Comparison) -> String {
    format!(
        "Indicators rated in both rounds: {} improved, {} regressed, {} unchanged.",
        c.improved.len(),
        c.regressed.len(),
        c.unchanged.len()
    )
}

fn progress_line(c: &Comparison) -> String {
    match c.progress_to_target {
        Some(p) => format!(
            "Progress to target: {} of the way (levels gained over the gap to target, on the indicators below target in the earlier round).",
            pct(Some(p))
        ),
        None => "Progress to target: not defined (no indicator rated in both rounds was below its target in the earlier round).".to_owned(),
    }
}

/// The indicators of a list of ids, with their names and changes, from the comparison.
fn changed<'a>(
    c: &'a Comparison,
    ids: &'a [String],
) -> impl Iterator<Item = (String, String, &'a lhs_maturity::analysis::IndicatorChange)> + 'a {
    ids.iter().filter_map(move |id| {
        let ch = c.indicators.iter().find(|i| &i.id == id)?;
        Some((id.clone(), ch.name.clone(), ch))
    })
}

/// The `compare --format table` output.
pub fn compare_table(
    c: &Comparison,
    before: &Report,
    after: &Report,
    files: &[String; 2],
    style: Style,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        style.bold("Before:"),
        round_line(before, &files[0])
    );
    let _ = writeln!(
        out,
        "{}  {}",
        style.bold("After:"),
        round_line(after, &files[1])
    );
    for line in comparability(c) {
        let _ = writeln!(out, "{}", wrap(&line, 100, 2));
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>7} {:>7} {:>7}  {}",
            fit("", NAME),
            "before",
            "after",
            "change",
            "level"
        ))
    );
    let row = |name: &str, n: &lhs_maturity::analysis::NodeChange| {
        format!(
            "{} {:>7} {:>7} {:>7}  {}",
            fit(name, NAME),
            num(n.before),
            num(n.after),
            signed(n.change),
            levels(n.before_level, n.after_level)
        )
    };
    let _ = writeln!(out, "{}", style.bold(&row("Overall", &c.overall)));
    let depth = depths(after);
    for n in &c.nodes {
        let d = depth.get(&n.id).copied().unwrap_or(0);
        let line = row(&format!("{}{}", "  ".repeat(d), n.name), n);
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", counts_line(c));
    let _ = writeln!(out, "{}", wrap(&progress_line(c), 100, 2));
    for (title, ids) in [("Improved", &c.improved), ("Regressed", &c.regressed)] {
        if ids.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", style.bold(&format!("{title} ({})", ids.len())));
        let idw = ids.iter().map(|x| x.chars().count()).max().unwrap_or(10);
        for (id, name, ch) in changed(c, ids) {
            let target = match (ch.target, ch.progress_to_target) {
                (Some(t), Some(p)) => format!("target {t}, {} of the way", pct(Some(p))),
                (Some(t), None) => format!("target {t}"),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "  {} {} {}  {}",
                fit(&id, idw),
                style.dim(&fit(&name, 36)),
                levels(ch.before_level, ch.after_level),
                target
            );
        }
    }
    out
}

/// The `compare --format markdown` output.
pub fn compare_markdown(
    c: &Comparison,
    before: &Report,
    after: &Report,
    files: &[String; 2],
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## Comparison: {} → {}\n",
        escape_markdown(before.period.as_deref().unwrap_or("(no period)")),
        escape_markdown(after.period.as_deref().unwrap_or("(no period)"))
    );
    let _ = writeln!(
        out,
        "- Before: {}\n- After: {}\n",
        escape_markdown(&round_line(before, &files[0])),
        escape_markdown(&round_line(after, &files[1]))
    );
    for line in comparability(c) {
        let _ = writeln!(out, "{}  ", escape_markdown(&line));
    }
    let _ = writeln!(
        out,
        "\n| | Before | After | Change | Level |\n|---|--:|--:|--:|---|"
    );
    let row = |name: String, n: &lhs_maturity::analysis::NodeChange| {
        format!(
            "| {name} | {} | {} | {} | {} |",
            num(n.before),
            num(n.after),
            signed(n.change),
            levels(n.before_level, n.after_level)
        )
    };
    let _ = writeln!(out, "{}", row("**Overall**".to_owned(), &c.overall));
    let depth = depths(after);
    for n in &c.nodes {
        let d = depth.get(&n.id).copied().unwrap_or(0);
        let name = escape_markdown(&n.name);
        let name = if d == 0 {
            format!("**{name}**")
        } else {
            format!("{}{name}", "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(d))
        };
        let _ = writeln!(out, "{}", row(name, n));
    }
    let _ = writeln!(out, "\n{}  \n{}", counts_line(c), progress_line(c));
    for (title, ids) in [("Improved", &c.improved), ("Regressed", &c.regressed)] {
        if ids.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {title} ({})\n", ids.len());
        let _ = writeln!(
            out,
            "| Indicator | Level | Target | Progress |\n|---|---|--:|--:|"
        );
        for (id, name, ch) in changed(c, ids) {
            let _ = writeln!(
                out,
                "| {} (`{id}`) | {} | {} | {} |",
                escape_markdown(&name),
                levels(ch.before_level, ch.after_level),
                level(ch.target),
                pct(ch.progress_to_target)
            );
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// cohort
// ---------------------------------------------------------------------------------------------

/// The name and depth of every measure of a report (`overall`, node ids, `facet=value`).
fn measure_names(r: &Report) -> HashMap<String, (String, usize)> {
    fn walk(n: &NodeResult, d: usize, out: &mut HashMap<String, (String, usize)>) {
        out.insert(n.id.to_string(), (n.name.to_string(), d));
        n.children.iter().for_each(|c| walk(c, d + 1, out));
    }
    let mut out = HashMap::new();
    out.insert("overall".to_owned(), ("Overall".to_owned(), 0));
    r.domains.iter().for_each(|n| walk(n, 0, &mut out));
    for f in &r.facets {
        for v in &f.values {
            out.insert(
                format!("{}={}", f.id, v.id),
                (format!("{}: {}", f.name, v.name), 0),
            );
        }
    }
    out
}

fn cohort_intro(c: &Cohort, first: &Report) -> Vec<String> {
    let units = c.groups.first().map_or(0, |g| g.units);
    let mut head = format!(
        "Cohort of {units} units · {} {}",
        first.framework.id, first.framework.version
    );
    if let Some(g) = &c.group_by {
        let _ = write!(head, " · grouped by {g}");
    }
    let mut out = vec![head];
    let suppressed = c.groups.iter().filter(|g| g.suppressed).count();
    out.push(format!(
        "Groups of fewer than {} units are suppressed (no statistics), so that no unit can be singled out{}.",
        c.min_group,
        if suppressed == 0 {
            String::new()
        } else {
            format!(
                "; {suppressed} {} suppressed here",
                if suppressed == 1 { "group is" } else { "groups are" }
            )
        }
    ));
    if c.units.is_empty() {
        out.push(
            "This is the publishable summary: no unit-level rows (`--ranks` adds each unit's percentile rank)."
                .to_owned(),
        );
    } else {
        out.push("With unit ranks: not for publication, they single units out.".to_owned());
    }
    out
}

fn group_title(g: &lhs_maturity::analysis::Group, min: u32) -> String {
    let units = if g.units == 1 { "unit" } else { "units" };
    if g.suppressed {
        format!(
            "{} ({} {units}): suppressed, fewer than {min} units",
            g.key, g.units
        )
    } else {
        format!("{} ({} {units})", g.key, g.units)
    }
}

/// The `cohort --format table` output.
pub fn cohort_table(c: &Cohort, first: &Report, sources: &[String], style: Style) -> String {
    let mut out = String::new();
    let names = measure_names(first);
    for (i, line) in cohort_intro(c, first).iter().enumerate() {
        let line = wrap(line, 100, 0);
        let _ = writeln!(
            out,
            "{}",
            if i == 0 {
                style.bold(&line)
            } else {
                style.dim(&line)
            }
        );
    }
    for g in &c.groups {
        let _ = writeln!(out);
        let title = group_title(g, c.min_group);
        if g.suppressed {
            let _ = writeln!(out, "{}", style.yellow(&title));
            continue;
        }
        let _ = writeln!(out, "{}", style.bold(&title));
        let _ = writeln!(
            out,
            "{}",
            style.bold(&format!(
                "{} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
                fit("", NAME),
                "n",
                "mean",
                "sd",
                "min",
                "q1",
                "median",
                "q3",
                "max"
            ))
        );
        for m in &g.measures {
            let (name, d) = names
                .get(&m.id)
                .map_or_else(|| (m.id.clone(), 0), |(n, d)| (n.clone(), *d));
            let _ = writeln!(
                out,
                "{} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
                fit(&format!("{}{name}", "  ".repeat(d)), NAME),
                m.count,
                num(m.mean),
                num(m.sd),
                num(m.min),
                num(m.q1),
                num(m.median),
                num(m.q3),
                num(m.max)
            );
        }
    }
    if !c.units.is_empty() {
        let domains: Vec<&str> = first.domains.iter().map(|d| d.id.as_str()).collect();
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            style.bold("Percentile ranks within the group (overall and per domain; `--format csv` has every measure)")
        );
        let mut head = format!(
            "{} {} {} {:>7}",
            fit("unit", 28),
            fit("period", 9),
            fit("group", 14),
            "overall"
        );
        for d in &domains {
            let _ = write!(head, " {:>6}", fit(d, 6).trim_end());
        }
        let _ = writeln!(out, "{}", style.bold(&head));
        for u in &c.units {
            let unit = u
                .unit
                .clone()
                .unwrap_or_else(|| sources.get(u.index as usize).cloned().unwrap_or_default());
            let rank = |id: &str| {
                u.ranks
                    .iter()
                    .find(|r| r.id == id)
                    .and_then(|r| r.rank)
                    .map_or_else(|| "–".to_owned(), |x| format!("{x:.0}"))
            };
            let mut line = format!(
                "{} {} {} {:>7}",
                fit(&unit, 28),
                fit(u.period.as_deref().unwrap_or("–"), 9),
                fit(&u.group, 14),
                rank("overall")
            );
            for d in &domains {
                let _ = write!(line, " {:>6}", rank(d));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The `cohort --format markdown` output.
pub fn cohort_markdown(c: &Cohort, first: &Report, sources: &[String]) -> String {
    let mut out = String::new();
    let names = measure_names(first);
    let intro = cohort_intro(c, first);
    for (i, line) in intro.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(out, "## {}\n", escape_markdown(line));
        } else {
            let _ = writeln!(out, "{}  ", escape_markdown(line));
        }
    }
    for g in &c.groups {
        let _ = writeln!(
            out,
            "\n### {}\n",
            escape_markdown(&group_title(g, c.min_group))
        );
        if g.suppressed {
            continue;
        }
        let _ = writeln!(
            out,
            "| Measure | n | Mean | SD | Min | Q1 | Median | Q3 | Max |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|"
        );
        for m in &g.measures {
            let (name, d) = names
                .get(&m.id)
                .map_or_else(|| (m.id.clone(), 0), |(n, d)| (n.clone(), *d));
            let _ = writeln!(
                out,
                "| {}{} | {} | {} | {} | {} | {} | {} | {} | {} |",
                "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(d),
                escape_markdown(&name),
                m.count,
                num(m.mean),
                num(m.sd),
                num(m.min),
                num(m.q1),
                num(m.median),
                num(m.q3),
                num(m.max)
            );
        }
    }
    if !c.units.is_empty() {
        let ids: Vec<&str> = c
            .units
            .first()
            .map(|u| u.ranks.iter().map(|r| r.id.as_str()).collect())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "\n### Percentile ranks within the group (not for publication)\n"
        );
        let mut head = String::from("| Unit | Period | Group |");
        let mut rule = String::from("|---|---|---|");
        for id in &ids {
            let _ = write!(head, " `{id}` |");
            rule.push_str("--:|");
        }
        let _ = writeln!(out, "{head}\n{rule}");
        for u in &c.units {
            let unit = u
                .unit
                .clone()
                .unwrap_or_else(|| sources.get(u.index as usize).cloned().unwrap_or_default());
            let mut line = format!(
                "| {} | {} | {} |",
                escape_markdown(&unit),
                escape_markdown(u.period.as_deref().unwrap_or("–")),
                escape_markdown(&u.group)
            );
            for r in &u.ranks {
                let _ = write!(
                    line,
                    " {} |",
                    r.rank.map_or_else(|| "–".to_owned(), |x| format!("{x:.0}"))
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

/// The `cohort --format csv` output: one row per group and measure; with `--ranks`, one row per
/// unit and a column per measure instead.
pub fn cohort_csv(c: &Cohort, first: &Report, sources: &[String]) -> String {
    let names = measure_names(first);
    let mut out = String::new();
    if c.units.is_empty() {
        out.push_str("group,units,suppressed,measure,name,count,mean,sd,min,q1,median,q3,max\n");
        for g in &c.groups {
            for m in &g.measures {
                let name = names.get(&m.id).map_or("", |(n, _)| n.as_str());
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{},{},{},{},{},{},{},{}",
                    csv_field(&g.key),
                    g.units,
                    g.suppressed,
                    csv_field(&m.id),
                    csv_field(name),
                    m.count,
                    csv_num(m.mean),
                    csv_num(m.sd),
                    csv_num(m.min),
                    csv_num(m.q1),
                    csv_num(m.median),
                    csv_num(m.q3),
                    csv_num(m.max)
                );
            }
        }
        return out;
    }
    let ids: Vec<String> = c
        .units
        .first()
        .map(|u| u.ranks.iter().map(|r| csv_field(&r.id)).collect())
        .unwrap_or_default();
    let _ = writeln!(out, "source,unit,period,group,{}", ids.join(","));
    for u in &c.units {
        let ranks: Vec<String> = u.ranks.iter().map(|r| csv_num(r.rank)).collect();
        let _ = writeln!(
            out,
            "{},{},{},{},{}",
            csv_field(sources.get(u.index as usize).map_or("", String::as_str)),
            csv_field(u.unit.as_deref().unwrap_or("")),
            csv_field(u.period.as_deref().unwrap_or("")),
            csv_field(&u.group),
            ranks.join(",")
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------
// reliability
// ---------------------------------------------------------------------------------------------

fn top_level(r: &Report) -> String {
    r.scale
        .last()
        .map_or_else(String::new, |l| format!("{} {}", l.level, l.name))
}

/// The `reliability --format table` output.
pub fn reliability_table(rel: &Reliability, first: &Report, items: bool, style: Style) -> String {
    let mut out = String::new();
    let names = measure_names(first);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "Reliability of the instrument over {} units · {} {}",
            rel.units, first.framework.id, first.framework.version
        ))
    );
    let _ = writeln!(
        out,
        "{}",
        style.dim("Cronbach's alpha per domain and sub-domain, on the units that rated every one of its indicators")
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>5} {:>6} {:>7}",
            fit("Domain / sub-domain", NAME),
            "items",
            "units",
            "alpha"
        ))
    );
    let mut notes = Notes::default();
    let idw = rel
        .indicators
        .iter()
        .map(|x| x.id.chars().count())
        .max()
        .unwrap_or(10);
    for n in &rel.nodes {
        let (name, d) = names
            .get(&n.id)
            .map_or_else(|| (n.id.clone(), 0), |(x, d)| (x.clone(), *d));
        let label = fit(&format!("{}{name}", "  ".repeat(d)), NAME);
        let _ = writeln!(
            out,
            "{} {:>5} {:>6} {:>7}",
            if d == 0 { style.bold(&label) } else { label },
            n.items,
            n.units_used,
            notes.estimate(&n.alpha)
        );
        if items {
            for s in &n.item_stats {
                let _ = writeln!(
                    out,
                    "{}",
                    style.dim(&format!(
                        "{}{}  alpha if deleted {:>6}  item–total r {:>6}",
                        "  ".repeat(d + 2),
                        fit(&s.id, idw),
                        notes.estimate(&s.alpha_if_deleted),
                        notes.estimate(&s.item_total_correlation)
                    ))
                );
            }
        }
    }
    out.push_str(&style.dim(&notes.lines("  ")));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "Floor and ceiling: share of the units that rated the indicator at level 0, and at the top level ({})",
            top_level(first)
        ))
    );
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>5} {:>6} {:>7}",
            fit("Indicator", idw),
            "rated",
            "floor",
            "ceiling"
        ))
    );
    for i in &rel.indicators {
        let _ = writeln!(
            out,
            "{} {:>5} {:>6} {:>7}",
            fit(&i.id, idw),
            i.rated,
            pct(i.floor),
            pct(i.ceiling)
        );
    }
    out
}

/// The `reliability --format markdown` output.
pub fn reliability_markdown(rel: &Reliability, first: &Report, items: bool) -> String {
    let mut out = String::new();
    let names = measure_names(first);
    let _ = writeln!(
        out,
        "## Reliability of the instrument over {} units ({} {})\n",
        rel.units,
        escape_markdown(&first.framework.id),
        escape_markdown(&first.framework.version)
    );
    let _ = writeln!(
        out,
        "Cronbach's alpha per domain and sub-domain, on the units that rated every one of its indicators.\n"
    );
    let _ = writeln!(
        out,
        "| Domain / sub-domain | Items | Units | Alpha |\n|---|--:|--:|--:|"
    );
    let mut notes = Notes::default();
    let esc = |s: String| s.replace('[', "\\[").replace(']', "\\]");
    for n in &rel.nodes {
        let (name, d) = names
            .get(&n.id)
            .map_or_else(|| (n.id.clone(), 0), |(x, d)| (x.clone(), *d));
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {} |",
            "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(d),
            escape_markdown(&name),
            n.items,
            n.units_used,
            esc(notes.estimate(&n.alpha))
        );
    }
    if items {
        let _ = writeln!(
            out,
            "\n| Indicator | Alpha if deleted | Item–total r |\n|---|--:|--:|"
        );
        for n in &rel.nodes {
            for s in &n.item_stats {
                let _ = writeln!(
                    out,
                    "| `{}` (in `{}`) | {} | {} |",
                    s.id,
                    n.id,
                    esc(notes.estimate(&s.alpha_if_deleted)),
                    esc(notes.estimate(&s.item_total_correlation))
                );
            }
        }
    }
    out.push('\n');
    for (i, n) in notes.0.iter().enumerate() {
        let _ = writeln!(out, "\\[{}\\] {}  ", i + 1, escape_markdown(n));
    }
    let _ = writeln!(
        out,
        "\n### Floor and ceiling\n\nShare of the units that rated the indicator at level 0 (floor), and at the top level, {} (ceiling).\n",
        escape_markdown(&top_level(first))
    );
    let _ = writeln!(
        out,
        "| Indicator | Rated | Floor | Ceiling |\n|---|--:|--:|--:|"
    );
    for i in &rel.indicators {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            i.id,
            i.rated,
            pct(i.floor),
            pct(i.ceiling)
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------
// series
// ---------------------------------------------------------------------------------------------

fn domain_ids(s: &Series, first: &Report) -> Vec<String> {
    s.rows.first().map_or_else(
        || first.domains.iter().map(|d| d.id.to_string()).collect(),
        |r| r.domains.iter().map(|d| d.id.clone()).collect(),
    )
}

/// The `series --format csv` output: one row per round.
pub fn series_csv(s: &Series, first: &Report) -> String {
    let ids = domain_ids(s, first);
    let cols: Vec<String> = ids.iter().map(|d| csv_field(d)).collect();
    let mut out = format!("unit,period,overall,level,coverage,{}\n", cols.join(","));
    for r in &s.rows {
        let domains: Vec<String> = ids
            .iter()
            .map(|id| csv_num(r.domains.iter().find(|d| &d.id == id).and_then(|d| d.score)))
            .collect();
        let _ = writeln!(
            out,
            "{},{},{},{},{},{}",
            csv_field(s.unit.as_deref().unwrap_or("")),
            csv_field(r.period.as_deref().unwrap_or("")),
            csv_num(r.overall),
            r.level.map_or_else(String::new, |l| l.to_string()),
            csv_num(r.coverage),
            domains.join(",")
        );
    }
    out
}

/// The `series --format table` output.
pub fn series_table(s: &Series, first: &Report) -> String {
    let ids = domain_ids(s, first);
    let mut out = format!(
        "{}: {} rounds\n",
        s.unit.as_deref().unwrap_or("(unit not named)"),
        s.rows.len()
    );
    let mut head = format!(
        "{} {:>7} {:>5} {:>6}",
        fit("period", 12),
        "overall",
        "level",
        "cov."
    );
    for d in &ids {
        let _ = write!(head, " {:>6}", fit(d, 6).trim_end());
    }
    let _ = writeln!(out, "{head}");
    for r in &s.rows {
        let mut line = format!(
            "{} {:>7} {:>5} {:>6}",
            fit(r.period.as_deref().unwrap_or("–"), 12),
            num(r.overall),
            level(r.level),
            pct(r.coverage)
        );
        for id in &ids {
            let v = r.domains.iter().find(|d| &d.id == id).and_then(|d| d.score);
            let _ = write!(line, " {:>6}", num(v));
        }
        let _ = writeln!(out, "{line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undefined_estimates_are_numbered_notes_never_nan() {
        let mut n = Notes::default();
        assert_eq!(n.estimate(&Estimate::of(0.123)), "0.12");
        assert_eq!(n.estimate(&Estimate::undefined("one rater")), "–[1]");
        assert_eq!(n.estimate(&Estimate::undefined("same")), "–[2]");
        assert_eq!(n.estimate(&Estimate::undefined("one rater")), "–[1]");
        assert_eq!(n.lines(""), "[1] one rater\n[2] same\n");
    }

    #[test]
    fn changes_have_a_sign_unless_they_round_to_zero() {
        assert_eq!(signed(Some(0.5)), "+0.50");
        assert_eq!(signed(Some(-0.25)), "-0.25");
        assert_eq!(signed(Some(0.0)), "0.00");
        assert_eq!(signed(Some(-0.001)), "0.00");
        assert_eq!(signed(None), "–");
    }
}
