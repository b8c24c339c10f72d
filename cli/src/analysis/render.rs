//! How the results of the analyses print: terminal tables, Markdown and CSV. Only layout here:
//! the rows, their order and every number come as the library returns them. Tables and Markdown
//! are in the reader's language (words from the catalog, names from the framework, numbers in
//! the language's notation); CSV is the same in every language.

use crate::lang::{n, t, Lang};
use crate::term::{self, fit, wrap, Style};
use lhs_maturity::analysis::{Cohort, Comparison, Estimate, PoolResult, Reliability, Series};
use lhs_maturity::{csv_field, escape_markdown, Framework, NodeContent, NodeResult, Report};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;

/// Width of the name column of the tables.
const NAME: usize = 40;

/// The names of a framework's domains, sub-domains, indicators, facet values (`facet=value`) and
/// levels in the reader's language. The analyses carry English names (as their JSON does); in
/// another language each is looked up here by id, the English name standing in for one the
/// framework does not know.
pub struct Names {
    lang: Lang,
    map: HashMap<String, String>,
    levels: HashMap<u32, String>,
}

impl Names {
    /// The names as the analyses give them, in English.
    pub fn english() -> Names {
        Names {
            lang: Lang::EN,
            map: HashMap::new(),
            levels: HashMap::new(),
        }
    }

    /// The names of `fw` in `lang` (none to look up in English).
    pub fn new(fw: &Framework, lang: Lang) -> Names {
        let mut names = Names::english();
        names.lang = lang;
        if lang == Lang::EN {
            return names;
        }
        let code = lang.code();
        fn walk(n: &lhs_maturity::Node, code: &str, map: &mut HashMap<String, String>) {
            map.insert(n.id.clone(), n.name.get(code).to_owned());
            match &n.content {
                NodeContent::Children(c) => c.iter().for_each(|c| walk(c, code, map)),
                NodeContent::Indicators(list) => {
                    for i in list {
                        map.insert(i.id.clone(), i.label(code).to_owned());
                    }
                }
            }
        }
        let spec = fw.spec();
        spec.domains
            .iter()
            .for_each(|d| walk(d, code, &mut names.map));
        for f in &spec.facets {
            for v in &f.values {
                names.map.insert(
                    format!("{}={}", f.id, v.id),
                    format!("{}: {}", f.name.get(code), v.name.get(code)),
                );
            }
        }
        for l in &spec.scale.levels {
            names.levels.insert(l.level, l.name.get(code).to_owned());
        }
        names
    }

    /// The name of `id` (`overall`, a node, an indicator, `facet=value`), else `fallback`.
    pub fn of(&self, id: &str, fallback: &str) -> String {
        if id == "overall" {
            return self.lang.t("cli-overall", &[]);
        }
        self.map
            .get(id)
            .cloned()
            .unwrap_or_else(|| fallback.to_owned())
    }

    /// The name of a level of the scale, else `fallback`.
    fn level(&self, level: u32, fallback: &str) -> String {
        self.levels
            .get(&level)
            .cloned()
            .unwrap_or_else(|| fallback.to_owned())
    }
}

/// A change with its sign; one that rounds to zero has none.
fn signed(v: Option<f64>, lang: Lang) -> String {
    match v {
        Some(x) => {
            let digits = lang.dec(x.abs(), 2);
            if digits.chars().all(|c| !c.is_ascii_digit() || c == '0') {
                digits
            } else if x < 0.0 {
                format!("-{digits}")
            } else {
                format!("+{digits}")
            }
        }
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

/// Markdown text with its square brackets escaped (the notes `–[1]`).
fn md_brackets(s: String) -> String {
    s.replace('[', "\\[").replace(']', "\\]")
}

/// The notes of undefined statistics, numbered in order of first use, so that a table shows
/// `–[1]` and says below what `[1]` means.
struct Notes {
    lang: Lang,
    notes: Vec<String>,
}

impl Notes {
    fn new(lang: Lang) -> Self {
        Notes {
            lang,
            notes: Vec::new(),
        }
    }

    fn estimate(&mut self, e: &Estimate) -> String {
        match (&e.value, &e.note) {
            (Some(v), _) => self.lang.dec(*v, 2),
            (None, Some(note)) => {
                let n = match self.notes.iter().position(|x| x == note) {
                    Some(i) => i + 1,
                    None => {
                        self.notes.push(note.clone());
                        self.notes.len()
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
        for (i, n) in self.notes.iter().enumerate() {
            let _ = writeln!(
                out,
                "{indent}{}",
                wrap(&format!("[{}] {n}", i + 1), 100, indent.len() + 4)
            );
        }
        out
    }

    /// `\[n\] note` lines of Markdown.
    fn markdown(&self) -> String {
        let mut out = String::new();
        for (i, n) in self.notes.iter().enumerate() {
            let _ = writeln!(out, "\\[{}\\] {}  ", i + 1, escape_markdown(n));
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

/// The unit and period of an assessment or report, as a heading.
fn unit_heading(unit: Option<&lhs_maturity::Unit>, period: Option<&str>, lang: Lang) -> String {
    let mut s = term::unit_name(unit, lang);
    if let Some(p) = period {
        let _ = write!(s, " · {p}");
    }
    s
}

// ---------------------------------------------------------------------------------------------
// pool
// ---------------------------------------------------------------------------------------------

fn pool_intro(r: &PoolResult, lang: Lang) -> String {
    lang.t(
        "cli-pool-intro",
        &[
            ("respondents", n(r.respondents.len())),
            ("method", t(r.method.as_str())),
            ("items", n(r.items.len())),
            ("agenda", n(r.agenda.len())),
        ],
    )
}

/// The disagreement agenda of `pool --format table`: widest range first, each respondent's
/// answer in a column.
fn agenda_table(r: &PoolResult, names: &Names, style: Style, out: &mut String) {
    let lang = names.lang;
    let _ = writeln!(out);
    if r.agenda.is_empty() {
        let _ = writeln!(out, "{}", style.bold(&lang.t("cli-pool-agenda-empty", &[])));
        return;
    }
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t("cli-pool-agenda-heading", &[("n", n(r.agenda.len()))]))
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
        .map(|x| term::width(x).clamp(3, 10))
        .collect();
    let mut head = format!(
        "{:>3}  {} {} {:>5} {:>5}",
        "#",
        fit(&lang.t("cli-column-indicator", &[]), idw),
        fit("", 28),
        lang.t("cli-pool-column-range", &[]),
        lang.t("cli-pool-column-iqr", &[])
    );
    for (who, w) in r.respondents.iter().zip(&cols) {
        let _ = write!(head, "  {:>w$}", fit(who, *w).trim_end());
    }
    let _ = writeln!(out, "{}", style.bold(&head));
    for (i, item) in r.agenda.iter().enumerate() {
        let mut line = format!(
            "{:>3}  {} {} {:>5} {:>5}",
            i + 1,
            fit(&item.id, idw),
            style.dim(&fit(&names.of(&item.id, &item.name), 28)),
            item.range,
            lang.dec(item.iqr, 2)
        );
        for (rv, w) in item.ratings.iter().zip(&cols) {
            let _ = write!(line, "  {:>w$}", answer(&rv.value));
        }
        let _ = writeln!(out, "{line}");
    }
    let legend = lang.t("cli-answer-legend", &[]);
    let _ = writeln!(out, "{}", style.dim(&format!("  {legend}")));
}

/// The agreement table of `pool --format table`.
fn agreement_table(r: &PoolResult, names: &Names, style: Style, out: &mut String) {
    let lang = names.lang;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t("cli-pool-agreement-heading", &[]))
    );
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>10} {:>11} {:>8} {:>9} {:>9} {:>10}",
            fit("", NAME),
            lang.t("cli-agreement-column-alpha-ordinal", &[]),
            lang.t("cli-agreement-column-alpha-interval", &[]),
            lang.t("cli-agreement-column-alpha-units", &[]),
            lang.t("cli-agreement-column-icc-single", &[]),
            lang.t("cli-agreement-column-icc-mean", &[]),
            lang.t("cli-agreement-column-icc-units", &[])
        ))
    );
    let mut notes = Notes::new(lang);
    for s in &r.agreement {
        let name = fit(&names.of(&s.scope, &s.name), NAME);
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
            lang.count(s.alpha_units as usize),
            notes.estimate(&s.icc2_1),
            notes.estimate(&s.icc2_k),
            lang.count(s.icc_units as usize)
        );
    }
    out.push_str(&style.dim(&notes.lines("  ")));
    let _ = writeln!(
        out,
        "  {}",
        style.dim(&wrap(&lang.t("cli-agreement-legend", &[]), 100, 4))
    );
}

/// The `pool --format table` output.
pub fn pool_table(r: &PoolResult, files: &[String], names: &Names, style: Style) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let a = &r.assessment;
    let _ = writeln!(
        out,
        "{}",
        style.bold(&unit_heading(a.unit.as_ref(), a.period.as_deref(), lang))
    );
    let _ = writeln!(out, "{}", pool_intro(r, lang));
    let width = r
        .respondents
        .iter()
        .map(|x| term::width(x))
        .max()
        .unwrap_or(0);
    for (who, file) in r.respondents.iter().zip(files) {
        let _ = writeln!(out, "  {}  {}", fit(who, width), style.dim(file));
    }
    agreement_table(r, names, style, &mut out);
    agenda_table(r, names, style, &mut out);
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
            style.bold(&lang.t("cli-pool-consensus-heading", &[("n", n(agreed.len()))]))
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
    term::warning_list(&r.warnings, style, lang, &mut out);
    out
}

/// The agreement section of `pool --format markdown`.
fn agreement_markdown(r: &PoolResult, names: &Names, out: &mut String) {
    let lang = names.lang;
    let _ = writeln!(out, "\n### {}\n", lang.t("cli-pool-agreement-title", &[]));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} |\n|---|--:|--:|--:|--:|--:|--:|",
        lang.t("cli-agreement-column-scope", &[]),
        lang.t("cli-agreement-column-alpha-ordinal", &[]),
        lang.t("cli-agreement-column-alpha-interval", &[]),
        lang.t("cli-agreement-column-alpha-units-long", &[]),
        lang.t("cli-agreement-column-icc-single", &[]),
        lang.t("cli-agreement-column-icc-mean", &[]),
        lang.t("cli-agreement-column-icc-units-long", &[])
    );
    let mut notes = Notes::new(lang);
    for s in &r.agreement {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            escape_markdown(&names.of(&s.scope, &s.name)),
            md_brackets(notes.estimate(&s.alpha_ordinal)),
            md_brackets(notes.estimate(&s.alpha_interval)),
            lang.count(s.alpha_units as usize),
            md_brackets(notes.estimate(&s.icc2_1)),
            md_brackets(notes.estimate(&s.icc2_k)),
            lang.count(s.icc_units as usize)
        );
    }
    out.push('\n');
    out.push_str(&notes.markdown());
    let _ = writeln!(out, "{}.", lang.t("cli-agreement-legend", &[]));
}

/// The agenda section of `pool --format markdown`.
fn agenda_markdown(r: &PoolResult, names: &Names, out: &mut String) {
    let lang = names.lang;
    let _ = writeln!(out, "\n### {}\n", lang.t("cli-pool-agenda-title", &[]));
    if r.agenda.is_empty() {
        let _ = writeln!(out, "{}", lang.t("cli-pool-agenda-none", &[]));
        return;
    }
    let _ = writeln!(out, "{}\n", lang.t("cli-pool-agenda-order", &[]));
    let mut head = format!(
        "| # | {} | {} | {} |",
        lang.t("cli-column-indicator", &[]),
        lang.t("cli-pool-column-range-long", &[]),
        lang.t("cli-pool-column-iqr", &[])
    );
    let mut rule = String::from("|--:|---|--:|--:|");
    for who in &r.respondents {
        let _ = write!(head, " {} |", escape_markdown(who));
        rule.push_str("--:|");
    }
    let _ = writeln!(out, "{head}\n{rule}");
    for (i, item) in r.agenda.iter().enumerate() {
        let mut line = format!(
            "| {} | {} (`{}`) | {} | {} |",
            i + 1,
            escape_markdown(&names.of(&item.id, &item.name)),
            item.id,
            item.range,
            lang.dec(item.iqr, 2)
        );
        for rv in &item.ratings {
            let _ = write!(line, " {} |", answer(&rv.value));
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "\n{}", lang.t("cli-answer-legend", &[]));
}

/// The `pool --format markdown` output.
pub fn pool_markdown(r: &PoolResult, files: &[String], names: &Names) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let a = &r.assessment;
    let unit = unit_heading(a.unit.as_ref(), a.period.as_deref(), lang);
    let _ = writeln!(
        out,
        "## {}\n",
        lang.t("cli-pool-title", &[("unit", t(escape_markdown(&unit)))])
    );
    let _ = writeln!(out, "{}.\n", pool_intro(r, lang));
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---|",
        lang.t("cli-pool-column-respondent", &[]),
        lang.t("cli-pool-column-file", &[])
    );
    for (who, file) in r.respondents.iter().zip(files) {
        let _ = writeln!(out, "| {} | `{file}` |", escape_markdown(who));
    }
    agreement_markdown(r, names, &mut out);
    agenda_markdown(r, names, &mut out);
    let agreed: Vec<_> = r
        .items
        .iter()
        .filter_map(|i| i.consensus.as_ref().map(|c| (i, c)))
        .collect();
    if !agreed.is_empty() {
        let _ = writeln!(out, "\n### {}\n", lang.t("cli-pool-consensus-title", &[]));
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
        let _ = writeln!(out, "\n### {}\n", lang.t("cli-warnings", &[]));
        for w in &r.warnings {
            let shown = term::diagnostic_parts(w, None, Style { color: false }, lang);
            let _ = writeln!(
                out,
                "- `{}`: {}",
                shown.code,
                escape_markdown(&shown.message)
            );
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

fn round_line(r: &Report, file: &str, lang: Lang) -> String {
    format!(
        "{} · {} {} ({file})",
        unit_heading(r.unit.as_ref(), r.period.as_deref(), lang),
        r.framework.id,
        r.framework.version
    )
}

/// What the comparison rests on: the same framework and indicators, or only the shared ones.
fn comparability(c: &Comparison, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !c.restricted {
        out.push(lang.t("cli-compare-comparable", &[("n", n(c.comparable as usize))]));
        return out;
    }
    let mut why = Vec::new();
    if c.before_framework != c.after_framework {
        why.push(lang.t(
            "cli-compare-versions-differ",
            &[
                ("before", t(&c.before_framework)),
                ("after", t(&c.after_framework)),
            ],
        ));
    }
    if !c.only_before.is_empty() || !c.only_after.is_empty() {
        why.push(lang.t("cli-compare-sets-differ", &[]));
    }
    let why = why
        .into_iter()
        .reduce(|a, b| lang.t("cli-and", &[("first", t(a)), ("second", t(b))]))
        .unwrap_or_default();
    out.push(lang.t(
        "cli-compare-restricted",
        &[
            ("reasons", t(why)),
            ("n", n(c.comparable as usize)),
            (
                "shared",
                t(if c.note.is_some() {
                    "equivalent"
                } else {
                    "all"
                }),
            ),
        ],
    ));
    for (id, ids) in [
        ("cli-compare-only-before", &c.only_before),
        ("cli-compare-only-after", &c.only_after),
    ] {
        if !ids.is_empty() {
            out.push(lang.t(id, &[("n", n(ids.len())), ("ids", t(ids.join(", ")))]));
        }
    }
    out
}

fn counts_line(c: &Comparison, lang: Lang) -> String {
    lang.t(
        "cli-compare-counts",
        &[
            ("improved", n(c.improved.len())),
            ("regressed", n(c.regressed.len())),
            ("unchanged", n(c.unchanged.len())),
        ],
    )
}

fn progress_line(c: &Comparison, lang: Lang) -> String {
    match c.progress_to_target {
        Some(p) => lang.t("cli-compare-progress", &[("percent", t(lang.pct(p)))]),
        None => lang.t("cli-compare-progress-none", &[]),
    }
}

/// The indicators of a list of ids, with their names and changes, from the comparison.
fn changed<'a>(
    c: &'a Comparison,
    ids: &'a [String],
    names: &'a Names,
) -> impl Iterator<Item = (String, String, &'a lhs_maturity::analysis::IndicatorChange)> + 'a {
    ids.iter().filter_map(move |id| {
        let ch = c.indicators.iter().find(|i| &i.id == id)?;
        Some((id.clone(), names.of(id, &ch.name), ch))
    })
}

/// The improved and regressed indicators of `compare --format table`.
fn changes_table(c: &Comparison, names: &Names, style: Style, out: &mut String) {
    let lang = names.lang;
    for (title, ids) in [
        ("cli-compare-improved", &c.improved),
        ("cli-compare-regressed", &c.regressed),
    ] {
        if ids.is_empty() {
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            style.bold(&lang.t(title, &[("n", n(ids.len()))]))
        );
        let idw = ids.iter().map(|x| x.chars().count()).max().unwrap_or(10);
        for (id, name, ch) in changed(c, ids, names) {
            let target = match (ch.target, ch.progress_to_target) {
                (Some(tg), Some(p)) => lang.t(
                    "cli-compare-target-progress",
                    &[("target", t(tg)), ("percent", t(lang.pct(p)))],
                ),
                (Some(tg), None) => lang.t("cli-compare-target", &[("target", t(tg))]),
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
}

/// The `compare --format table` output.
pub fn compare_table(
    c: &Comparison,
    [before, after]: [&Report; 2],
    files: &[String; 2],
    names: &Names,
    style: Style,
) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let labels = [
        lang.t("cli-compare-before", &[]),
        lang.t("cli-compare-after", &[]),
    ];
    let lw = labels.iter().map(|l| term::width(l)).max().unwrap_or(0);
    for ((label, r), file) in labels.iter().zip([before, after]).zip(files) {
        let pad = " ".repeat(lw - term::width(label));
        let _ = writeln!(
            out,
            "{}{pad} {}",
            style.bold(label),
            round_line(r, file, lang)
        );
    }
    for line in comparability(c, lang) {
        let _ = writeln!(out, "{}", wrap(&line, 100, 2));
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>7} {:>7} {:>7}  {}",
            fit("", NAME),
            lang.t("cli-compare-column-before", &[]),
            lang.t("cli-compare-column-after", &[]),
            lang.t("cli-compare-column-change", &[]),
            lang.t("cli-compare-column-level", &[])
        ))
    );
    let row = |name: &str, n: &lhs_maturity::analysis::NodeChange| {
        format!(
            "{} {:>7} {:>7} {:>7}  {}",
            fit(name, NAME),
            lang.num(n.before),
            lang.num(n.after),
            signed(n.change, lang),
            levels(n.before_level, n.after_level)
        )
    };
    let overall = lang.t("cli-overall", &[]);
    let _ = writeln!(out, "{}", style.bold(&row(&overall, &c.overall)));
    let depth = depths(after);
    for n in &c.nodes {
        let d = depth.get(&n.id).copied().unwrap_or(0);
        let line = row(
            &format!("{}{}", "  ".repeat(d), names.of(&n.id, &n.name)),
            n,
        );
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", counts_line(c, lang));
    let _ = writeln!(out, "{}", wrap(&progress_line(c, lang), 100, 2));
    changes_table(c, names, style, &mut out);
    out
}

/// The improved and regressed indicators of `compare --format markdown`.
fn changes_markdown(c: &Comparison, names: &Names, out: &mut String) {
    let lang = names.lang;
    for (title, ids) in [
        ("cli-compare-improved", &c.improved),
        ("cli-compare-regressed", &c.regressed),
    ] {
        if ids.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", lang.t(title, &[("n", n(ids.len()))]));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|--:|--:|",
            lang.t("cli-column-indicator", &[]),
            lang.t("cli-compare-column-level-long", &[]),
            lang.t("cli-compare-column-target-long", &[]),
            lang.t("cli-compare-column-progress-long", &[])
        );
        for (id, name, ch) in changed(c, ids, names) {
            let _ = writeln!(
                out,
                "| {} (`{id}`) | {} | {} | {} |",
                escape_markdown(&name),
                levels(ch.before_level, ch.after_level),
                level(ch.target),
                lang.pct_or_dash(ch.progress_to_target)
            );
        }
    }
}

/// The `compare --format markdown` output.
pub fn compare_markdown(
    c: &Comparison,
    [before, after]: [&Report; 2],
    files: &[String; 2],
    names: &Names,
) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let no_period = lang.t("cli-no-period", &[]);
    let _ = writeln!(
        out,
        "## {}\n",
        lang.t(
            "cli-compare-title",
            &[
                (
                    "before",
                    t(escape_markdown(
                        before.period.as_deref().unwrap_or(&no_period)
                    ))
                ),
                (
                    "after",
                    t(escape_markdown(
                        after.period.as_deref().unwrap_or(&no_period)
                    ))
                ),
            ],
        )
    );
    let _ = writeln!(
        out,
        "- {} {}\n- {} {}\n",
        lang.t("cli-compare-before", &[]),
        escape_markdown(&round_line(before, &files[0], lang)),
        lang.t("cli-compare-after", &[]),
        escape_markdown(&round_line(after, &files[1], lang))
    );
    for line in comparability(c, lang) {
        let _ = writeln!(out, "{}  ", escape_markdown(&line));
    }
    let _ = writeln!(
        out,
        "\n| | {} | {} | {} | {} |\n|---|--:|--:|--:|---|",
        lang.t("cli-compare-column-before-long", &[]),
        lang.t("cli-compare-column-after-long", &[]),
        lang.t("cli-compare-column-change-long", &[]),
        lang.t("cli-compare-column-level-long", &[])
    );
    let row = |name: String, n: &lhs_maturity::analysis::NodeChange| {
        format!(
            "| {name} | {} | {} | {} | {} |",
            lang.num(n.before),
            lang.num(n.after),
            signed(n.change, lang),
            levels(n.before_level, n.after_level)
        )
    };
    let overall = format!("**{}**", escape_markdown(&lang.t("cli-overall", &[])));
    let _ = writeln!(out, "{}", row(overall, &c.overall));
    let depth = depths(after);
    for n in &c.nodes {
        let d = depth.get(&n.id).copied().unwrap_or(0);
        let name = escape_markdown(&names.of(&n.id, &n.name));
        let name = if d == 0 {
            format!("**{name}**")
        } else {
            format!("{}{name}", "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(d))
        };
        let _ = writeln!(out, "{}", row(name, n));
    }
    let _ = writeln!(
        out,
        "\n{}  \n{}",
        counts_line(c, lang),
        progress_line(c, lang)
    );
    changes_markdown(c, names, &mut out);
    out
}

// ---------------------------------------------------------------------------------------------
// cohort
// ---------------------------------------------------------------------------------------------

/// The name and depth of every measure of a report (`overall`, node ids, `facet=value`), the
/// names in the reader's language.
fn measure_names(r: &Report, names: &Names) -> HashMap<String, (String, usize)> {
    fn walk(n: &NodeResult, d: usize, names: &Names, out: &mut HashMap<String, (String, usize)>) {
        out.insert(n.id.to_string(), (names.of(&n.id, &n.name), d));
        n.children.iter().for_each(|c| walk(c, d + 1, names, out));
    }
    let mut out = HashMap::new();
    out.insert("overall".to_owned(), (names.of("overall", ""), 0));
    r.domains.iter().for_each(|n| walk(n, 0, names, &mut out));
    for f in &r.facets {
        for v in &f.values {
            let id = format!("{}={}", f.id, v.id);
            let name = names.of(&id, &format!("{}: {}", f.name, v.name));
            out.insert(id, (name, 0));
        }
    }
    out
}

fn cohort_intro(c: &Cohort, first: &Report, lang: Lang) -> Vec<String> {
    let units = c.groups.first().map_or(0, |g| g.units);
    let mut head = lang.t(
        "cli-cohort-heading",
        &[
            ("units", n(units as usize)),
            ("framework", t(&first.framework.id)),
            ("version", t(&first.framework.version)),
        ],
    );
    if let Some(g) = &c.group_by {
        let _ = write!(
            head,
            " · {}",
            lang.t("cli-cohort-grouped-by", &[("label", t(g))])
        );
    }
    let mut out = vec![head];
    let suppressed = c.groups.iter().filter(|g| g.suppressed).count();
    let min = ("min", n(c.min_group as usize));
    out.push(if suppressed == 0 {
        lang.t("cli-cohort-suppression", &[min])
    } else {
        lang.t(
            "cli-cohort-suppression-some",
            &[min, ("suppressed", n(suppressed))],
        )
    });
    out.push(if c.units.is_empty() {
        lang.t("cli-cohort-publishable", &[])
    } else {
        lang.t("cli-cohort-with-ranks", &[])
    });
    out
}

fn group_title(g: &lhs_maturity::analysis::Group, min: u32, lang: Lang) -> String {
    let args = [
        ("group", t(&g.key)),
        ("units", n(g.units as usize)),
        ("min", n(min as usize)),
    ];
    if g.suppressed {
        lang.t("cli-cohort-group-suppressed", &args)
    } else {
        lang.t("cli-cohort-group", &args)
    }
}

/// The statistics columns of the cohort tables, in order.
const STATS: [&str; 8] = ["n", "mean", "sd", "min", "q1", "median", "q3", "max"];

/// The statistics of one measure: count, mean, sd, min, quartiles, max.
fn stats(m: &lhs_maturity::analysis::Summary, lang: Lang) -> [String; 8] {
    [
        lang.count(m.count as usize),
        lang.num(m.mean),
        lang.num(m.sd),
        lang.num(m.min),
        lang.num(m.q1),
        lang.num(m.median),
        lang.num(m.q3),
        lang.num(m.max),
    ]
}

/// The percentile ranks of `cohort --ranks --format table`.
fn ranks_table(c: &Cohort, first: &Report, sources: &[String], lang: Lang, style: Style) -> String {
    let mut out = String::new();
    let domains: Vec<&str> = first.domains.iter().map(|d| d.id.as_str()).collect();
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t("cli-cohort-ranks-heading", &[]))
    );
    let mut head = format!(
        "{} {} {} {:>7}",
        fit(&lang.t("cli-column-unit", &[]), 28),
        fit(&lang.t("cli-column-period", &[]), 9),
        fit(&lang.t("cli-column-group", &[]), 14),
        lang.t("cli-column-overall", &[])
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
                .map_or_else(|| "–".to_owned(), |x| lang.dec(x, 0))
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
    out
}

/// The `cohort --format table` output.
pub fn cohort_table(
    c: &Cohort,
    first: &Report,
    sources: &[String],
    names: &Names,
    style: Style,
) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let measures = measure_names(first, names);
    for (i, line) in cohort_intro(c, first, lang).iter().enumerate() {
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
        let title = group_title(g, c.min_group, lang);
        if g.suppressed {
            let _ = writeln!(out, "{}", style.yellow(&title));
            continue;
        }
        let _ = writeln!(out, "{}", style.bold(&title));
        let mut head = format!("{} {:>4}", fit("", NAME), lang.t("cli-stat-n", &[]));
        for s in STATS.iter().skip(1) {
            let _ = write!(head, " {:>6}", lang.t(&format!("cli-stat-{s}"), &[]));
        }
        let _ = writeln!(out, "{}", style.bold(&head));
        for m in &g.measures {
            let (name, d) = measures
                .get(&m.id)
                .map_or_else(|| (m.id.clone(), 0), |(n, d)| (n.clone(), *d));
            let [count, rest @ ..] = stats(m, lang);
            let mut line = format!(
                "{} {count:>4}",
                fit(&format!("{}{name}", "  ".repeat(d)), NAME)
            );
            for v in rest {
                let _ = write!(line, " {v:>6}");
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !c.units.is_empty() {
        out.push_str(&ranks_table(c, first, sources, lang, style));
    }
    out
}

/// The percentile ranks of `cohort --ranks --format markdown`.
fn ranks_markdown(c: &Cohort, sources: &[String], lang: Lang, out: &mut String) {
    let ids: Vec<&str> = c
        .units
        .first()
        .map(|u| u.ranks.iter().map(|r| r.id.as_str()).collect())
        .unwrap_or_default();
    let _ = writeln!(out, "\n### {}\n", lang.t("cli-cohort-ranks-title", &[]));
    let mut head = format!(
        "| {} | {} | {} |",
        lang.t("cli-column-unit-long", &[]),
        lang.t("cli-column-period-long", &[]),
        lang.t("cli-column-group-long", &[])
    );
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
                r.rank.map_or_else(|| "–".to_owned(), |x| lang.dec(x, 0))
            );
        }
        let _ = writeln!(out, "{line}");
    }
}

/// The `cohort --format markdown` output.
pub fn cohort_markdown(c: &Cohort, first: &Report, sources: &[String], names: &Names) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let measures = measure_names(first, names);
    for (i, line) in cohort_intro(c, first, lang).iter().enumerate() {
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
            escape_markdown(&group_title(g, c.min_group, lang))
        );
        if g.suppressed {
            continue;
        }
        let mut head = format!("| {} |", lang.t("cli-cohort-column-measure", &[]));
        for s in STATS {
            let _ = write!(head, " {} |", lang.t(&format!("cli-stat-{s}-long"), &[]));
        }
        let _ = writeln!(out, "{head}\n|---|--:|--:|--:|--:|--:|--:|--:|--:|");
        for m in &g.measures {
            let (name, d) = measures
                .get(&m.id)
                .map_or_else(|| (m.id.clone(), 0), |(n, d)| (n.clone(), *d));
            let mut line = format!(
                "| {}{} |",
                "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(d),
                escape_markdown(&name)
            );
            for v in stats(m, lang) {
                let _ = write!(line, " {v} |");
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !c.units.is_empty() {
        ranks_markdown(c, sources, lang, &mut out);
    }
    out
}

/// The `cohort --format csv` output: one row per group and measure; with `--ranks`, one row per
/// unit and a column per measure instead. The names are English, whatever the language.
pub fn cohort_csv(c: &Cohort, first: &Report, sources: &[String]) -> String {
    let names = measure_names(first, &Names::english());
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

fn top_level(r: &Report, names: &Names) -> String {
    r.scale.last().map_or_else(String::new, |l| {
        format!("{} {}", l.level, names.level(l.level, &l.name))
    })
}

/// The alpha of every domain and sub-domain of `reliability --format table` (with `--items`,
/// each item's statistics below its node).
fn alpha_table(
    rel: &Reliability,
    first: &Report,
    items: bool,
    names: &Names,
    style: Style,
) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let measures = measure_names(first, names);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>5} {:>6} {:>7}",
            fit(&lang.t("cli-score-column-node", &[]), NAME),
            lang.t("cli-reliability-column-items", &[]),
            lang.t("cli-reliability-column-units", &[]),
            lang.t("cli-reliability-column-alpha", &[])
        ))
    );
    let mut notes = Notes::new(lang);
    let idw = rel
        .indicators
        .iter()
        .map(|x| x.id.chars().count())
        .max()
        .unwrap_or(10);
    for n in &rel.nodes {
        let (name, d) = measures
            .get(&n.id)
            .map_or_else(|| (n.id.clone(), 0), |(x, d)| (x.clone(), *d));
        let label = fit(&format!("{}{name}", "  ".repeat(d)), NAME);
        let _ = writeln!(
            out,
            "{} {:>5} {:>6} {:>7}",
            if d == 0 { style.bold(&label) } else { label },
            lang.count(n.items as usize),
            lang.count(n.units_used as usize),
            notes.estimate(&n.alpha)
        );
        if items {
            for s in &n.item_stats {
                let stats = lang.t(
                    "cli-reliability-item",
                    &[
                        (
                            "alpha",
                            t(format!("{:>6}", notes.estimate(&s.alpha_if_deleted))),
                        ),
                        (
                            "correlation",
                            t(format!("{:>6}", notes.estimate(&s.item_total_correlation))),
                        ),
                    ],
                );
                let _ = writeln!(
                    out,
                    "{}",
                    style.dim(&format!(
                        "{}{}  {stats}",
                        "  ".repeat(d + 2),
                        fit(&s.id, idw)
                    ))
                );
            }
        }
    }
    out.push_str(&style.dim(&notes.lines("  ")));
    out
}

/// The `reliability --format table` output.
pub fn reliability_table(
    rel: &Reliability,
    first: &Report,
    items: bool,
    names: &Names,
    style: Style,
) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t(
            "cli-reliability-heading",
            &[
                ("units", n(rel.units as usize)),
                ("framework", t(&first.framework.id)),
                ("version", t(&first.framework.version)),
            ],
        ))
    );
    let _ = writeln!(out, "{}", style.dim(&lang.t("cli-reliability-intro", &[])));
    let _ = writeln!(out);
    out.push_str(&alpha_table(rel, first, items, names, style));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t(
            "cli-reliability-floor-heading",
            &[("top", t(top_level(first, names)))],
        ))
    );
    let idw = rel
        .indicators
        .iter()
        .map(|x| x.id.chars().count())
        .max()
        .unwrap_or(10);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>5} {:>6} {:>7}",
            fit(&lang.t("cli-column-indicator", &[]), idw),
            lang.t("cli-reliability-column-rated", &[]),
            lang.t("cli-reliability-column-floor", &[]),
            lang.t("cli-reliability-column-ceiling", &[])
        ))
    );
    for i in &rel.indicators {
        let _ = writeln!(
            out,
            "{} {:>5} {:>6} {:>7}",
            fit(&i.id, idw),
            lang.count(i.rated as usize),
            lang.pct_or_dash(i.floor),
            lang.pct_or_dash(i.ceiling)
        );
    }
    out
}

/// The `reliability --format markdown` output.
pub fn reliability_markdown(
    rel: &Reliability,
    first: &Report,
    items: bool,
    names: &Names,
) -> String {
    let lang = names.lang;
    let mut out = String::new();
    let measures = measure_names(first, names);
    let _ = writeln!(
        out,
        "## {}\n",
        lang.t(
            "cli-reliability-title",
            &[
                ("units", n(rel.units as usize)),
                ("framework", t(escape_markdown(&first.framework.id))),
                ("version", t(escape_markdown(&first.framework.version))),
            ],
        )
    );
    let _ = writeln!(out, "{}.\n", lang.t("cli-reliability-intro", &[]));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|--:|--:|--:|",
        lang.t("cli-score-column-node", &[]),
        lang.t("cli-reliability-column-items-long", &[]),
        lang.t("cli-reliability-column-units-long", &[]),
        lang.t("cli-reliability-column-alpha-long", &[])
    );
    let mut notes = Notes::new(lang);
    for n in &rel.nodes {
        let (name, d) = measures
            .get(&n.id)
            .map_or_else(|| (n.id.clone(), 0), |(x, d)| (x.clone(), *d));
        let _ = writeln!(
            out,
            "| {}{} | {} | {} | {} |",
            "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(d),
            escape_markdown(&name),
            lang.count(n.items as usize),
            lang.count(n.units_used as usize),
            md_brackets(notes.estimate(&n.alpha))
        );
    }
    if items {
        let _ = writeln!(
            out,
            "\n| {} | {} | {} |\n|---|--:|--:|",
            lang.t("cli-column-indicator", &[]),
            lang.t("cli-reliability-column-alpha-if-deleted", &[]),
            lang.t("cli-reliability-column-item-total", &[])
        );
        for n in &rel.nodes {
            for s in &n.item_stats {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |",
                    lang.t(
                        "cli-reliability-item-in",
                        &[("item", t(&s.id)), ("node", t(&n.id))]
                    ),
                    md_brackets(notes.estimate(&s.alpha_if_deleted)),
                    md_brackets(notes.estimate(&s.item_total_correlation))
                );
            }
        }
    }
    out.push('\n');
    out.push_str(&notes.markdown());
    let _ = writeln!(
        out,
        "\n### {}\n\n{}\n",
        lang.t("cli-reliability-floor-title", &[]),
        lang.t(
            "cli-reliability-floor-intro",
            &[("top", t(escape_markdown(&top_level(first, names))))],
        )
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|--:|--:|--:|",
        lang.t("cli-column-indicator", &[]),
        lang.t("cli-reliability-column-rated-long", &[]),
        lang.t("cli-reliability-column-floor-long", &[]),
        lang.t("cli-reliability-column-ceiling-long", &[])
    );
    for i in &rel.indicators {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            i.id,
            lang.count(i.rated as usize),
            lang.pct_or_dash(i.floor),
            lang.pct_or_dash(i.ceiling)
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
pub fn series_table(s: &Series, first: &Report, lang: Lang) -> String {
    let ids = domain_ids(s, first);
    let unit = s
        .unit
        .clone()
        .unwrap_or_else(|| lang.t("cli-unit-not-named", &[]));
    let mut out = lang.t(
        "cli-series-heading",
        &[("unit", t(unit)), ("n", n(s.rows.len()))],
    );
    out.push('\n');
    let pw = term::pct_width(lang).max(6);
    let mut head = format!(
        "{} {:>7} {:>5} {:>pw$}",
        fit(&lang.t("cli-column-period", &[]), 12),
        lang.t("cli-column-overall", &[]),
        lang.t("cli-column-level", &[]),
        lang.t("cli-column-coverage", &[])
    );
    for d in &ids {
        let _ = write!(head, " {:>6}", fit(d, 6).trim_end());
    }
    let _ = writeln!(out, "{head}");
    for r in &s.rows {
        let mut line = format!(
            "{} {:>7} {:>5} {:>pw$}",
            fit(r.period.as_deref().unwrap_or("–"), 12),
            lang.num(r.overall),
            level(r.level),
            lang.pct_or_dash(r.coverage)
        );
        for id in &ids {
            let v = r.domains.iter().find(|d| &d.id == id).and_then(|d| d.score);
            let _ = write!(line, " {:>6}", lang.num(v));
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
        let mut n = Notes::new(Lang::EN);
        assert_eq!(n.estimate(&Estimate::of(0.123)), "0.12");
        assert_eq!(n.estimate(&Estimate::undefined("one rater")), "–[1]");
        assert_eq!(n.estimate(&Estimate::undefined("same")), "–[2]");
        assert_eq!(n.estimate(&Estimate::undefined("one rater")), "–[1]");
        assert_eq!(n.lines(""), "[1] one rater\n[2] same\n");
    }

    #[test]
    fn changes_have_a_sign_unless_they_round_to_zero() {
        let en = Lang::EN;
        assert_eq!(signed(Some(0.5), en), "+0.50");
        assert_eq!(signed(Some(-0.25), en), "-0.25");
        assert_eq!(signed(Some(0.0), en), "0.00");
        assert_eq!(signed(Some(-0.001), en), "0.00");
        assert_eq!(signed(None, en), "–");
        let fr = crate::lang::choose(Some("fr"), "").0;
        assert_eq!(signed(Some(-0.25), fr), "-0,25");
    }
}
