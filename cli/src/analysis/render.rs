//! How the results of the analyses print. Each analysis is written once, as a [`Page`] of
//! headings, lines and [`Table`]s, drawn for a terminal or as Markdown; CSV goes through the
//! core's writer. Only layout here: the rows, their order and every number come as the library
//! returns them. Tables and Markdown are in the reader's language (words from the catalog, names
//! from the framework, numbers in the language's notation); CSV is the same in every language.

use crate::lang::{n, t, Lang};
use crate::table::{dim, wrap, Cell, Column, Page, Table, Tone};
use crate::term;
use lhs_maturity::analysis::{
    self, BootstrapMethod, Cohort, ColumnKind, Comparison, Estimate, NodeNames, PoolBootstrap,
    PoolResult, Reliability, Series,
};
use lhs_maturity::{escape_markdown, Diagnostic, Framework, Report};
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write;

/// Width of the name column of the tables on a terminal.
const NAME: usize = 40;

/// The names of a framework's domains, sub-domains, indicators, facet values (`facet=value`) and
/// levels in the reader's language. The analyses carry English names (as their JSON does); in
/// another language each comes from the core's `NodeNames::of_framework`, the English name
/// standing in for one the framework does not know.
pub struct Names {
    lang: Lang,
    names: NodeNames,
    levels: HashMap<u32, String>,
}

impl Names {
    /// The names of `fw` in `lang` (none to look up in English).
    pub fn new(fw: &Framework, lang: Lang) -> Names {
        // In English, the names the analyses carry.
        if lang == Lang::EN {
            return Names {
                lang,
                names: NodeNames::default(),
                levels: HashMap::new(),
            };
        }
        let code = lang.code();
        let levels = fw
            .spec()
            .scale
            .levels
            .iter()
            .map(|l| (l.level, l.name.get(code).to_owned()))
            .collect();
        Names {
            lang,
            names: NodeNames::of_framework(fw, code),
            levels,
        }
    }

    /// The name of `id` (`overall`, a node, an indicator, `facet=value`), else `fallback`.
    pub fn of(&self, id: &str, fallback: &str) -> String {
        if id == "overall" {
            return self.lang.t("cli-overall", &[]);
        }
        self.names.get(id).map_or(fallback, |n| n.0).to_owned()
    }

    /// The name and depth of every measure of a report (`overall`, node ids, `facet=value`),
    /// as the core lists them.
    fn measures(&self, r: &Report) -> HashMap<String, (String, usize)> {
        analysis::measures(r)
            .into_iter()
            .map(|m| (m.id.clone(), (self.of(&m.id, &m.name), m.depth)))
            .collect()
    }
}

/// The name and depth of a measure, its id when unknown.
fn measure(all: &HashMap<String, (String, usize)>, id: &str) -> (String, usize) {
    all.get(id).cloned().unwrap_or_else(|| (id.to_owned(), 0))
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

    /// The cell of an estimate: its value, or `–[n]` with its note.
    fn cell(&mut self, e: &Estimate) -> Cell {
        Cell::note(self.estimate(e))
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

    /// The notes below a table: `\[n\] note` lines after a blank line in Markdown, dim `[n]
    /// note` lines on a terminal.
    fn write(&self, p: &mut Page) {
        let md = p.md;
        if md {
            p.line("");
        }
        for (i, n) in self.notes.iter().enumerate() {
            let md = format!("\\[{}\\] {}  ", i + 1, escape_markdown(n));
            p.either(
                &md,
                &dim(&format!("  {}", wrap(&format!("[{}] {n}", i + 1), 100, 6))),
            );
        }
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

/// The warnings of an analysis: `- code: message` under a heading.
fn warnings(p: &mut Page, list: &[Diagnostic], lang: Lang) {
    if list.is_empty() {
        return;
    }
    if !p.md {
        let mut out = String::new();
        term::warning_list(list, lang, &mut out);
        return p.line(out.trim_end_matches('\n'));
    }
    p.heading(&lang.t("cli-warnings", &[]));
    for w in list {
        let shown = term::diagnostic_parts(w, None, lang);
        p.line(&format!(
            "- `{}`: {}",
            shown.code,
            escape_markdown(&shown.message)
        ));
    }
}

// ---------------------------------------------------------------------------------------------
// pool
// ---------------------------------------------------------------------------------------------

/// The agreement between the respondents, overall and per domain.
fn agreement(p: &mut Page, r: &PoolResult, names: &Names) {
    let lang = names.lang;
    let col = |id: &str| lang.t(id, &[]);
    p.heading(&col(match p.md {
        true => "cli-pool-agreement-title",
        false => "cli-pool-agreement-heading",
    }));
    let mut table = Table::new(vec![
        Column::left("").md(col("cli-agreement-column-scope")),
        Column::right(col("cli-agreement-column-alpha-ordinal")),
        Column::right(col("cli-agreement-column-alpha-interval")),
        Column::right(col("cli-agreement-column-alpha-units"))
            .md(col("cli-agreement-column-alpha-units-long")),
        Column::right(col("cli-agreement-column-icc-single")),
        Column::right(col("cli-agreement-column-icc-mean")),
        Column::right(col("cli-agreement-column-icc-units"))
            .md(col("cli-agreement-column-icc-units-long")),
    ]);
    let mut notes = Notes::new(lang);
    for s in &r.agreement {
        let tone = if s.scope == "overall" {
            Tone::Bold
        } else {
            Tone::Plain
        };
        table.row(vec![
            Cell::new(names.of(&s.scope, &s.name)).cut(NAME).tone(tone),
            notes.cell(&s.alpha_ordinal),
            notes.cell(&s.alpha_interval),
            Cell::raw(lang.count(s.alpha_units as usize)),
            notes.cell(&s.icc2_1),
            notes.cell(&s.icc2_k),
            Cell::raw(lang.count(s.icc_units as usize)),
        ]);
    }
    p.table(&table);
    notes.write(p);
    let legend = lang.t("cli-agreement-legend", &[]);
    p.either(
        &format!("{legend}."),
        &dim(&format!("  {}", wrap(&legend, 100, 4))),
    );
}

/// The disagreement agenda: widest range first, each respondent's answer in a column.
fn agenda(p: &mut Page, r: &PoolResult, names: &Names) {
    let lang = names.lang;
    if p.md {
        p.heading(&lang.t("cli-pool-agenda-title", &[]));
    }
    match (r.agenda.is_empty(), p.md) {
        (true, true) => return p.line(&lang.t("cli-pool-agenda-none", &[])),
        (true, false) => return p.heading(&lang.t("cli-pool-agenda-empty", &[])),
        (false, true) => p.line(&format!("{}\n", lang.t("cli-pool-agenda-order", &[]))),
        (false, false) => {
            p.heading(&lang.t("cli-pool-agenda-heading", &[("n", n(r.agenda.len()))]))
        }
    }
    let mut columns = vec![
        Column::right("#"),
        Column::left(lang.t("cli-column-indicator", &[])),
        Column::left("").terminal_only(),
        Column::right(lang.t("cli-pool-column-range", &[]))
            .md(lang.t("cli-pool-column-range-long", &[])),
        Column::right(lang.t("cli-pool-column-iqr", &[])),
    ];
    columns.extend(
        r.respondents
            .iter()
            .map(|who| Column::right(crate::table::cut(who, 10)).md(escape_markdown(who))),
    );
    let mut table = Table::new(columns);
    for (i, item) in r.agenda.iter().enumerate() {
        let name = names.of(&item.id, &item.name);
        let mut row = vec![
            Cell::raw((i + 1).to_string()),
            Cell::raw(&item.id).md(format!("{} (`{}`)", escape_markdown(&name), item.id)),
            Cell::new(name).cut(28).tone(Tone::Dim),
            Cell::raw(item.range.to_string()),
            Cell::raw(lang.dec(item.iqr, 2)),
        ];
        row.extend(item.ratings.iter().map(|rv| Cell::raw(answer(&rv.value))));
        table.row(row);
    }
    p.table(&table);
    let legend = lang.t("cli-answer-legend", &[]);
    p.either(&format!("\n{legend}"), &dim(&format!("  {legend}")));
}

/// The `pool` output (`--format table` or `markdown`).
pub fn pool(r: &PoolResult, files: &[String], names: &Names, md: bool) -> String {
    let lang = names.lang;
    let mut p = Page::new(md);
    let a = &r.assessment;
    let unit = unit_heading(a.unit.as_ref(), a.period.as_deref(), lang);
    let intro = lang.t(
        "cli-pool-intro",
        &[
            ("respondents", n(r.respondents.len())),
            ("method", t(r.method.as_str())),
            ("items", n(r.items.len())),
            ("agenda", n(r.agenda.len())),
        ],
    );
    let title = lang.t("cli-pool-title", &[("unit", t(escape_markdown(&unit)))]);
    p.title(if md { &title } else { &unit });
    p.either(&format!("{intro}.\n"), &intro);
    let mut who = Table::new(vec![
        Column::left("").md(lang.t("cli-pool-column-respondent", &[])),
        Column::left("").md(lang.t("cli-pool-column-file", &[])),
    ]);
    for (name, file) in r.respondents.iter().zip(files) {
        who.row(vec![
            Cell::new(name),
            Cell::raw(file).md(format!("`{file}`")).tone(Tone::Dim),
        ]);
    }
    p.table(&who);
    agreement(&mut p, r, names);
    agenda(&mut p, r, names);
    let agreed: Vec<_> = r
        .items
        .iter()
        .filter_map(|i| i.consensus.as_ref().map(|c| (i, c)))
        .collect();
    if !agreed.is_empty() {
        let title = match md {
            true => lang.t("cli-pool-consensus-title", &[]),
            false => lang.t("cli-pool-consensus-heading", &[("n", n(agreed.len()))]),
        };
        p.heading(&title);
        for (item, c) in agreed {
            let (id, pooled) = (&item.id, answer(&item.pooled));
            let md = format!("- `{id}` → {pooled}: {}", escape_markdown(&c.rationale));
            let line = format!("{id} → {pooled}: {}", c.rationale);
            p.either(&md, &format!("  {}", wrap(&line, 100, 4)));
        }
    }
    warnings(&mut p, &r.warnings, lang);
    p.finish()
}

/// The `pool --bootstrap` output (`--format table` or `markdown`): per node the pooled score
/// and level, then the interval and the share keeping the level, or (leave-one-out) the range
/// and the score without each respondent.
pub fn pool_bootstrap(
    b: &PoolBootstrap,
    fw: &Framework,
    first: Option<&lhs_maturity::Assessment>,
    lang: Lang,
    md: bool,
) -> String {
    let mut p = Page::new(md);
    let unit = unit_heading(
        first.and_then(|a| a.unit.as_ref()),
        first.and_then(|a| a.period.as_deref()),
        lang,
    );
    let title = lang.t(
        "cli-bootstrap-title",
        &[("unit", t(escape_markdown(&unit)))],
    );
    p.title(if md { &title } else { &unit });
    let coverage = ("level", t(lang.dec(100.0 * b.level, 0)));
    let respondents = ("respondents", n(b.respondents.len()));
    let boot = b.method == BootstrapMethod::Bootstrap;
    let intro = if boot {
        let seed = b.seed.unwrap_or_default().to_string();
        lang.t(
            "cli-bootstrap-intro",
            &[
                ("resamples", n(b.resamples)),
                respondents,
                ("seed", t(seed)),
                coverage.clone(),
            ],
        )
    } else {
        let min = ("min", n(analysis::BOOTSTRAP_MIN_RESPONDENTS));
        lang.t("cli-bootstrap-leave-one-out", &[respondents, min])
    };
    p.either(
        &format!("{}.\n", escape_markdown(&intro)),
        &wrap(&intro, 100, 0),
    );
    let l = |id: &str| lang.t(id, &[]);
    let mut columns = vec![
        Column::left("").md(lang.t("cli-cohort-column-measure", &[])),
        Column::right(l("cli-score-column-score")),
        Column::right(l("cli-column-level")),
    ];
    if boot {
        columns.push(Column::right(
            lang.t("cli-bootstrap-column-interval", &[coverage]),
        ));
        columns.push(Column::right(l("cli-bootstrap-column-keeps")));
    } else {
        columns.push(Column::right(l("cli-bootstrap-column-range")));
        columns.extend(b.respondents.iter().map(|who| {
            let head = lang.t("cli-bootstrap-column-without", &[("respondent", t(who))]);
            Column::right(crate::table::cut(&head, 16)).md(escape_markdown(&head))
        }));
    }
    let names = NodeNames::of_framework(fw, lang.code());
    let pair = |v: Option<[f64; 2]>| {
        v.map_or_else(
            || "–".to_owned(),
            |[a, z]| format!("{}–{}", lang.dec(a, 2), lang.dec(z, 2)),
        )
    };
    let mut table = Table::new(columns);
    for node in &b.nodes {
        let (name, depth) = match node.id.as_str() {
            "overall" => (lang.t("cli-overall", &[]), 0),
            id => names
                .get(id)
                .map_or((id.to_owned(), 1), |(n, d)| (n.to_owned(), d)),
        };
        let tone = if depth == 0 { Tone::Bold } else { Tone::Plain };
        let mut row = vec![
            Cell::new(name)
                .indent(depth.saturating_sub(1))
                .cut(NAME)
                .tone(tone),
            Cell::raw(lang.num(node.score)),
            Cell::raw(level(node.level)),
        ];
        if boot {
            row.push(Cell::raw(pair(node.interval)));
            row.push(Cell::raw(lang.pct_or_dash(node.keeps_level)));
        } else {
            row.push(Cell::raw(pair(node.range)));
            row.extend(node.left_out.iter().map(|x| Cell::raw(lang.num(x.score))));
        }
        table.row(row);
    }
    p.table(&table);
    p.finish()
}

// ---------------------------------------------------------------------------------------------
// compare
// ---------------------------------------------------------------------------------------------

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
    if !c.restricted {
        return vec![lang.t("cli-compare-comparable", &[("n", n(c.comparable as usize))])];
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
    let shared = if c.note.is_some() {
        "equivalent"
    } else {
        "all"
    };
    let mut out = vec![lang.t(
        "cli-compare-restricted",
        &[
            ("reasons", t(why)),
            ("n", n(c.comparable as usize)),
            ("shared", t(shared)),
        ],
    )];
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

/// The improved and regressed indicators.
fn changes(p: &mut Page, c: &Comparison, names: &Names) {
    let lang = names.lang;
    let col = |id: &str| lang.t(id, &[]);
    for (title, ids) in [
        ("cli-compare-improved", &c.improved),
        ("cli-compare-regressed", &c.regressed),
    ] {
        if ids.is_empty() {
            continue;
        }
        p.heading(&lang.t(title, &[("n", n(ids.len()))]));
        let mut table = Table::new(vec![
            Column::left("").md(col("cli-column-indicator")),
            Column::left("").terminal_only(),
            Column::left("").md(col("cli-compare-column-level-long")),
            Column::right("")
                .md(col("cli-compare-column-target-long"))
                .markdown_only(),
            Column::right("")
                .md(col("cli-compare-column-progress-long"))
                .markdown_only(),
            Column::left("").terminal_only(),
        ]);
        for id in ids.iter() {
            let Some(ch) = c.indicators.iter().find(|i| &i.id == id) else {
                continue;
            };
            let name = names.of(id, &ch.name);
            let target = match (ch.target, ch.progress_to_target) {
                (Some(tg), Some(p)) => lang.t(
                    "cli-compare-target-progress",
                    &[("target", t(tg)), ("percent", t(lang.pct(p)))],
                ),
                (Some(tg), None) => lang.t("cli-compare-target", &[("target", t(tg))]),
                _ => String::new(),
            };
            table.row(vec![
                Cell::raw(id).md(format!("{} (`{id}`)", escape_markdown(&name))),
                Cell::new(name).cut(36).tone(Tone::Dim),
                Cell::raw(levels(ch.before_level, ch.after_level)),
                Cell::raw(level(ch.target)),
                Cell::raw(lang.pct_or_dash(ch.progress_to_target)),
                Cell::new(target),
            ]);
        }
        p.table(&table);
    }
}

/// The rounds compared, with their unit, period, framework and file.
fn rounds(p: &mut Page, c: &Comparison, rounds: [&Report; 2], files: &[String; 2], lang: Lang) {
    let labels = ["cli-compare-before", "cli-compare-after"].map(|id| lang.t(id, &[]));
    let mut table = Table::new(vec![Column::left(""), Column::left("")]);
    for ((label, r), file) in labels.iter().zip(rounds).zip(files) {
        let line = round_line(r, file, lang);
        if p.md {
            p.line(&format!("- {label} {}", escape_markdown(&line)));
        }
        table.row(vec![Cell::new(label).tone(Tone::Bold), Cell::new(line)]);
    }
    let text = if p.md {
        String::new()
    } else {
        table.terminal()
    };
    p.either("", text.trim_end());
    for line in comparability(c, lang) {
        p.either(
            &format!("{}  ", escape_markdown(&line)),
            &wrap(&line, 100, 2),
        );
    }
}

/// The `compare` output (`--format table` or `markdown`).
pub fn compare(
    c: &Comparison,
    [before, after]: [&Report; 2],
    files: &[String; 2],
    names: &Names,
    md: bool,
) -> String {
    let lang = names.lang;
    let mut p = Page::new(md);
    if md {
        let no_period = lang.t("cli-no-period", &[]);
        let period = |r: &Report| t(escape_markdown(r.period.as_deref().unwrap_or(&no_period)));
        p.title(&lang.t(
            "cli-compare-title",
            &[("before", period(before)), ("after", period(after))],
        ));
    }
    rounds(&mut p, c, [before, after], files, lang);
    let col = |id: &str| lang.t(id, &[]);
    let mut table = Table::new(vec![
        Column::left(""),
        Column::right(col("cli-compare-column-before")).md(col("cli-compare-column-before-long")),
        Column::right(col("cli-compare-column-after")).md(col("cli-compare-column-after-long")),
        Column::right(col("cli-compare-column-change")).md(col("cli-compare-column-change-long")),
        Column::left(col("cli-compare-column-level")).md(col("cli-compare-column-level-long")),
    ]);
    let row = |name: Cell, n: &analysis::NodeChange| {
        vec![
            name,
            Cell::raw(lang.num(n.before)),
            Cell::raw(lang.num(n.after)),
            Cell::raw(signed(n.change, lang)),
            Cell::raw(levels(n.before_level, n.after_level)),
        ]
    };
    let strong = |text: String| {
        let md = format!("**{}**", escape_markdown(&text));
        Cell::new(text).md(md)
    };
    table.row_in(
        Tone::Bold,
        row(strong(lang.t("cli-overall", &[])), &c.overall),
    );
    let depth = names.measures(after);
    for n in &c.nodes {
        let d = measure(&depth, &n.id).1;
        let name = names.of(&n.id, &n.name);
        let name = if d == 0 {
            strong(name)
        } else {
            Cell::new(name).indent(d)
        };
        table.row(row(name.cut(NAME), n));
    }
    p.line("");
    p.table(&table);
    let counts = lang.t(
        "cli-compare-counts",
        &[
            ("improved", n(c.improved.len())),
            ("regressed", n(c.regressed.len())),
            ("unchanged", n(c.unchanged.len())),
        ],
    );
    let progress = match c.progress_to_target {
        Some(p) => lang.t("cli-compare-progress", &[("percent", t(lang.pct(p)))]),
        None => lang.t("cli-compare-progress-none", &[]),
    };
    let terminal = format!("\n{counts}\n{}", wrap(&progress, 100, 2));
    p.either(&format!("\n{counts}  \n{progress}"), &terminal);
    changes(&mut p, c, names);
    p.finish()
}

// ---------------------------------------------------------------------------------------------
// cohort
// ---------------------------------------------------------------------------------------------

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
        let by = lang.t("cli-cohort-grouped-by", &[("label", t(g))]);
        let _ = write!(head, " · {by}");
    }
    let suppressed = c.groups.iter().filter(|g| g.suppressed).count();
    let min = ("min", n(c.min_group as usize));
    let suppression = if suppressed == 0 {
        lang.t("cli-cohort-suppression", &[min])
    } else {
        lang.t(
            "cli-cohort-suppression-some",
            &[min, ("suppressed", n(suppressed))],
        )
    };
    let ranks = if c.units.is_empty() {
        lang.t("cli-cohort-publishable", &[])
    } else {
        lang.t("cli-cohort-with-ranks", &[])
    };
    let sampling = match (c.resamples, c.seed) {
        (Some(r), Some(seed)) if c.sample => lang.t(
            "cli-cohort-sample",
            &[
                ("level", t(lang.dec(100.0 * analysis::BOOTSTRAP_LEVEL, 0))),
                ("min", n(analysis::BOOTSTRAP_MIN_GROUP)),
                ("resamples", n(r)),
                ("seed", t(seed.to_string())),
            ],
        ),
        _ => lang.t("cli-cohort-census", &[]),
    };
    vec![head, suppression, ranks, sampling]
}

fn group_title(g: &analysis::Group, min: u32, lang: Lang) -> String {
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
fn stats(m: &analysis::Summary, lang: Lang) -> [String; 8] {
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

/// The percentile ranks of `cohort --ranks`: on a terminal overall and the domains, in
/// Markdown every measure.
fn ranks(p: &mut Page, c: &Cohort, first: &Report, sources: &[String], lang: Lang) {
    let ids: Vec<&str> = c
        .units
        .first()
        .map(|u| u.ranks.iter().map(|r| r.id.as_str()).collect())
        .unwrap_or_default();
    let l = |id: &str| lang.t(id, &[]);
    p.heading(&l(match p.md {
        true => "cli-cohort-ranks-title",
        false => "cli-cohort-ranks-heading",
    }));
    let mut columns = vec![
        Column::left(l("cli-column-unit")).md(l("cli-column-unit-long")),
        Column::left(l("cli-column-period")).md(l("cli-column-period-long")),
        Column::left(l("cli-column-group")).md(l("cli-column-group-long")),
    ];
    for id in &ids {
        let head = match *id {
            "overall" => lang.t("cli-column-overall", &[]),
            _ => (*id).to_owned(),
        };
        let column = Column::right(head).md(format!("`{id}`"));
        let shown = *id == "overall" || first.domains.iter().any(|d| &*d.id == *id);
        columns.push(if shown {
            column
        } else {
            column.markdown_only()
        });
    }
    let mut table = Table::new(columns);
    for u in &c.units {
        let unit = u
            .unit
            .clone()
            .unwrap_or_else(|| sources.get(u.index as usize).cloned().unwrap_or_default());
        let mut row = vec![
            Cell::new(unit).cut(28),
            Cell::new(u.period.as_deref().unwrap_or("–")),
            Cell::new(&u.group),
        ];
        row.extend(
            u.ranks
                .iter()
                .map(|r| Cell::raw(r.rank.map_or_else(|| "–".to_owned(), |x| lang.dec(x, 0)))),
        );
        table.row(row);
    }
    p.table(&table);
}

/// The `cohort` output (`--format table` or `markdown`).
pub fn cohort(c: &Cohort, first: &Report, sources: &[String], names: &Names, md: bool) -> String {
    let lang = names.lang;
    let mut p = Page::new(md);
    let measures = names.measures(first);
    for (i, line) in cohort_intro(c, first, lang).iter().enumerate() {
        let (text, terminal) = (escape_markdown(line), wrap(line, 100, 0));
        match i {
            0 => p.title(if md { &text } else { &terminal }),
            _ => p.either(&format!("{text}  "), &dim(&terminal)),
        }
    }
    for g in &c.groups {
        let title = group_title(g, c.min_group, lang);
        if g.suppressed && !md {
            p.line(&format!("\n{}", Tone::Warning.paint(&title)));
        } else {
            p.heading(&p.esc(&title));
        }
        if g.suppressed {
            continue;
        }
        let stat = |s: &str| {
            Column::right(lang.t(&format!("cli-stat-{s}"), &[]))
                .md(lang.t(&format!("cli-stat-{s}-long"), &[]))
        };
        let mut columns = vec![Column::left("").md(lang.t("cli-cohort-column-measure", &[]))];
        columns.extend(STATS.iter().map(|s| stat(s)));
        if c.sample {
            let level = ("level", t(lang.dec(100.0 * analysis::BOOTSTRAP_LEVEL, 0)));
            columns.push(Column::right(
                lang.t("cli-bootstrap-column-interval", &[level]),
            ));
        }
        let mut table = Table::new(columns);
        for m in &g.measures {
            let (name, d) = measure(&measures, &m.id);
            let mut row = vec![Cell::new(name).indent(d).cut(NAME)];
            row.extend(stats(m, lang).into_iter().map(Cell::raw));
            if c.sample {
                let interval = m.mean_interval.map_or_else(
                    || "–".to_owned(),
                    |[a, z]| format!("{}–{}", lang.dec(a, 2), lang.dec(z, 2)),
                );
                row.push(Cell::raw(interval));
            }
            table.row(row);
        }
        p.table(&table);
    }
    if !c.units.is_empty() {
        ranks(&mut p, c, first, sources, lang);
    }
    p.finish()
}

/// The `cohort --format csv` output: the core's summary table (one row per group and measure,
/// with the measures' names, English whatever the language); with `--ranks`, its wide ranks
/// table (one row per unit and a column per measure) with each unit's source file first.
pub fn cohort_csv(c: &Cohort, first: &Report, sources: &[String]) -> String {
    if c.units.is_empty() {
        let [summary, _] = c.tables(Some(&NodeNames::of_report(first)));
        return summary.without(&["depth"]).to_csv();
    }
    let mut ranks = c.ranks_wide();
    if let Some(index) = ranks.columns.first_mut() {
        let source = |v: &Value| {
            let i = v.as_u64().and_then(|i| usize::try_from(i).ok());
            Value::from(i.and_then(|i| sources.get(i)).map_or("", String::as_str))
        };
        index.values = index.values.iter().map(source).collect();
        index.name = "source".to_owned();
        index.kind = ColumnKind::Text;
    }
    ranks.to_csv()
}

// ---------------------------------------------------------------------------------------------
// reliability
// ---------------------------------------------------------------------------------------------

/// Cronbach's alpha of every domain and sub-domain, and with `items` each item's statistics.
fn alpha(p: &mut Page, rel: &Reliability, first: &Report, items: bool, names: &Names) {
    let lang = names.lang;
    let measures = names.measures(first);
    let l = |id: &str| lang.t(id, &[]);
    let mut table = Table::new(vec![
        Column::left(l("cli-score-column-node")),
        Column::right(l("cli-reliability-column-items")).md(l("cli-reliability-column-items-long")),
        Column::right(l("cli-reliability-column-units")).md(l("cli-reliability-column-units-long")),
        Column::right(l("cli-reliability-column-alpha")).md(l("cli-reliability-column-alpha-long")),
    ]);
    let mut notes = Notes::new(lang);
    for n in &rel.nodes {
        let (name, d) = measure(&measures, &n.id);
        let tone = if d == 0 { Tone::Bold } else { Tone::Plain };
        table.row(vec![
            Cell::new(name).indent(d).cut(NAME).tone(tone),
            Cell::raw(lang.count(n.items as usize)),
            Cell::raw(lang.count(n.units_used as usize)),
            notes.cell(&n.alpha),
        ]);
    }
    p.table(&table);
    if items {
        let mut table = Table::new(vec![
            Column::left(l("cli-column-indicator")),
            Column::right(l("cli-reliability-column-alpha-if-deleted")).markdown_only(),
            Column::right(l("cli-reliability-column-item-total")).markdown_only(),
            Column::left("").terminal_only(),
        ]);
        for n in &rel.nodes {
            for s in &n.item_stats {
                let item = [("item", t(&s.id)), ("node", t(&n.id))];
                let [alpha, r] =
                    [&s.alpha_if_deleted, &s.item_total_correlation].map(|e| notes.cell(e));
                // Padded, so that the statistics line up (estimates are ASCII).
                let pad = |c: &Cell| t(format!("{:>6}", c.text()));
                let stats = [("alpha", pad(&alpha)), ("correlation", pad(&r))];
                table.row(vec![
                    Cell::raw(&s.id).md(lang.t("cli-reliability-item-in", &item)),
                    alpha,
                    r,
                    Cell::raw(lang.t("cli-reliability-item", &stats)).tone(Tone::Dim),
                ]);
            }
        }
        p.line("");
        p.table(&table);
    }
    notes.write(p);
}

/// The `reliability` output (`--format table` or `markdown`).
pub fn reliability(
    rel: &Reliability,
    first: &Report,
    items: bool,
    names: &Names,
    md: bool,
) -> String {
    let lang = names.lang;
    let mut p = Page::new(md);
    let fw = &first.framework;
    let args = [
        ("units", n(rel.units as usize)),
        ("framework", t(p.esc(&fw.id))),
        ("version", t(p.esc(&fw.version))),
    ];
    let intro = lang.t("cli-reliability-intro", &[]);
    p.title(&match md {
        true => lang.t("cli-reliability-title", &args),
        false => lang.t("cli-reliability-heading", &args),
    });
    p.either(&format!("{intro}.\n"), &format!("{}\n", dim(&intro)));
    alpha(&mut p, rel, first, items, names);
    let top = first.scale.last().map_or_else(String::new, |l| {
        let name = names.levels.get(&l.level).map_or(l.name.as_str(), |x| x);
        format!("{} {name}", l.level)
    });
    if md {
        p.heading(&lang.t("cli-reliability-floor-title", &[]));
        let intro = lang.t("cli-reliability-floor-intro", &[("top", t(p.esc(&top)))]);
        p.line(&format!("{intro}\n"));
    } else {
        p.heading(&lang.t("cli-reliability-floor-heading", &[("top", t(top))]));
    }
    let l = |id: &str| lang.t(id, &[]);
    let mut table = Table::new(vec![
        Column::left(l("cli-column-indicator")),
        Column::right(l("cli-reliability-column-rated")).md(l("cli-reliability-column-rated-long")),
        Column::right(l("cli-reliability-column-floor")).md(l("cli-reliability-column-floor-long")),
        Column::right(l("cli-reliability-column-ceiling"))
            .md(l("cli-reliability-column-ceiling-long")),
    ]);
    for i in &rel.indicators {
        table.row(vec![
            Cell::raw(&i.id).md(format!("`{}`", i.id)),
            Cell::raw(lang.count(i.rated as usize)),
            Cell::raw(lang.pct_or_dash(i.floor)),
            Cell::raw(lang.pct_or_dash(i.ceiling)),
        ]);
    }
    p.table(&table);
    p.finish()
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

/// The score of domain `id` in a round of a series.
fn domain_score(r: &analysis::SeriesRow, id: &str) -> Option<f64> {
    r.domains.iter().find(|d| d.id == id).and_then(|d| d.score)
}

/// The `series --format csv` output: the core's series table, one row per round.
pub fn series_csv(s: &Series) -> String {
    s.table().to_csv()
}

/// The `series --format table` output.
pub fn series_table(s: &Series, first: &Report, lang: Lang) -> String {
    let ids = domain_ids(s, first);
    let unit = s
        .unit
        .clone()
        .unwrap_or_else(|| lang.t("cli-unit-not-named", &[]));
    let heading = lang.t(
        "cli-series-heading",
        &[("unit", t(unit)), ("n", n(s.rows.len()))],
    );
    let col = |id: &str| lang.t(id, &[]);
    let mut columns = vec![
        Column::left(col("cli-column-period")),
        Column::right(col("cli-column-overall")),
        Column::right(col("cli-column-level")),
        Column::right(col("cli-column-coverage")),
    ];
    columns.extend(ids.iter().map(|d| Column::right(d.as_str())));
    let mut table = Table::new(columns);
    for r in &s.rows {
        let mut row = vec![
            Cell::new(r.period.as_deref().unwrap_or("–")),
            Cell::raw(lang.num(r.overall)),
            Cell::raw(level(r.level)),
            Cell::raw(lang.pct_or_dash(r.coverage)),
        ];
        row.extend(
            ids.iter()
                .map(|id| Cell::raw(lang.num(domain_score(r, id)))),
        );
        table.row(row);
    }
    format!("{heading}\n{}", table.terminal())
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
        let mut p = Page::new(true);
        n.write(&mut p);
        assert_eq!(p.finish(), "\n\\[1\\] one rater  \n\\[2\\] same  \n");
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
