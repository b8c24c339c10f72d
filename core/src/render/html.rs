//! The report as one self-contained HTML page: no scripts, no external fonts, styles or images
//! (the charts are inline SVG), readable offline and printable on A4. Every text that comes from
//! a document (the assessment, and the framework, which may be a user's own) is escaped.

use crate::model::compiled::Framework;
use crate::render::escape::escape_html;
use crate::render::svg::{facet_chart, level_color, radar_chart};
use crate::score::report::{IndicatorResult, NodeResult, Report, ScoreSummary, Status};
use std::fmt::Write;

const CSS: &str = r#"
:root { --ink: #1f2328; --muted: #5f6670; --line: #d0d7de; --soft: #f4f6f8; --accent: #2c7fb8; }
* { box-sizing: border-box; }
html { font-size: 15px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink);
  font: 1rem/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.headline { display: flex; flex-wrap: wrap; gap: .8rem; margin: .8rem 0; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; min-width: 9rem; background: var(--soft); }
.tile .k { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.tile .v { font-size: 1.35rem; font-weight: bold; }
.tile .v small { font-size: .85rem; font-weight: normal; color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; }
figure { margin: 0; flex: 1 1 26rem; }
figure svg { width: 100%; height: auto; max-width: 100%; }
figcaption { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.lvl { white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.domain td { font-weight: bold; background: #fafbfc; }
tr.sub td:first-child { padding-left: 1.4rem; }
code { font-family: Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); }
.bar { display: inline-block; width: 6rem; height: .7rem; background: #eceff2; vertical-align: middle; border-radius: 2px; overflow: hidden; }
.bar span { display: block; height: 100%; }
.level { display: inline-block; min-width: 1.4em; padding: 0 .35em; border-radius: 3px; color: #111; text-align: center; font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
.desc { font-size: .85rem; }
.question { font-size: .85rem; color: var(--muted); margin-bottom: .3rem; }
dl.glossary dt { font-weight: 600; margin-top: .5rem; }
dl.glossary dd { margin: 0 0 0 1rem; font-size: .9rem; }
.desc b { display: block; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; font-weight: 600; }
.evidence { white-space: pre-wrap; }
ol.steps { padding-left: 1.4rem; margin: .3rem 0 1rem; }
ol.steps li { margin: .3rem 0; }
.warn li { margin: .2rem 0; }
footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  html { font-size: 8.5pt; }
  body { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 1.2rem; }
  h3 { break-after: avoid; page-break-after: avoid; }
  tr, figure, .tile, ol.steps li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  #indicators { break-before: page; page-break-before: always; }
  .charts { flex-wrap: nowrap; }
  figure { flex: 1 1 50%; }
}
"#;

fn score_text(s: &ScoreSummary) -> String {
    s.score
        .map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{:.0}%", 100.0 * v))
}

fn top(r: &Report) -> u32 {
    r.scale.len().saturating_sub(1) as u32
}

/// A level as a coloured badge with its name: `<span class="level">2</span> Established`.
fn level_badge(r: &Report, level: Option<u32>) -> String {
    match level {
        Some(l) => {
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            format!(
                "<span class=\"level\" style=\"background:{}\">{l}</span> {}",
                level_color(l, top(r)),
                escape_html(name)
            )
        }
        None => "<span class=\"none\">no score</span>".to_owned(),
    }
}

fn bar(r: &Report, s: &ScoreSummary) -> String {
    match (s.score, s.level) {
        (Some(v), Some(l)) => format!(
            "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{:.1}%;background:{}\"></span></span>",
            100.0 * v / f64::from(top(r).max(1)),
            level_color(l, top(r))
        ),
        _ => "<span class=\"bar\" aria-hidden=\"true\"></span>".to_owned(),
    }
}

fn coverage_cell(s: &ScoreSummary) -> String {
    format!(
        "{} <small>({}/{})</small>",
        pct(s.coverage),
        s.counts.rated,
        s.counts.total.saturating_sub(s.counts.na)
    )
}

fn node_rows(r: &Report, out: &mut String, n: &NodeResult, depth: usize) {
    if n.score.counts.total == 0 && depth > 0 {
        return; // nothing below applies to this unit
    }
    let class = if depth == 0 { "domain" } else { "sub" };
    let _ = writeln!(
        out,
        "<tr class=\"{class}\"><td>{} <code>{}</code></td><td class=\"num\">{}</td><td class=\"lvl\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
        escape_html(&n.name),
        escape_html(&n.id),
        score_text(&n.score),
        level_badge(r, n.score.level),
        bar(r, &n.score),
        coverage_cell(&n.score),
        pct(n.score.targets.percent_to_target),
    );
    for c in &n.children {
        node_rows(r, out, c, depth + 1);
    }
}

fn status_text(r: &Report, i: &IndicatorResult) -> String {
    match i.status {
        Status::Rated => level_badge(r, i.level),
        Status::Na => "<span class=\"none\">not applicable</span>".to_owned(),
        Status::Unknown => "<span class=\"none\">unknown</span>".to_owned(),
        Status::Missing => "<span class=\"none\">not answered</span>".to_owned(),
        Status::DoesNotApply => {
            "<span class=\"none\">does not apply to this unit</span>".to_owned()
        }
    }
}

fn descriptor(fw: &Framework, lang: &str, id: &str, level: u32) -> Option<String> {
    fw.descriptor(id, level).map(|t| t.get(lang).to_owned())
}

fn meta_row(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "<dt>{key}</dt><dd>{value}</dd>");
}

/// Renders a report as a self-contained HTML page: the unit, period, framework and version; the
/// overall score and level; a radar chart of the domains and a chart of the learning profile
/// (inline SVG); the table of domains and sub-domains; the next steps grouped by stakeholder
/// group; every indicator with its level, target, evidence and the descriptors of its current
/// and next level (taken from `framework`, the one the report was scored with); the warnings
/// and the coverage. The page has no scripts and loads nothing, and prints on A4.
///
/// ```
/// use lhs_maturity::{Framework, to_html};
/// let fw = Framework::builtin();
/// let r = fw.score_json(r#"{"unit": {"name": "Kisumu <East>"}, "period": "2026-Q3",
///     "answers": {"inst.info.routine_data": {"level": 2, "evidence": "<script>alert(1)</script>"}}}"#).unwrap();
/// let html = to_html(&r, &fw);
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("Kisumu &lt;East&gt;"));
/// assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
/// assert!(!html.contains("<script"));
/// assert!(html.contains("<svg"));
/// ```
pub fn to_html(r: &Report, framework: &Framework) -> String {
    let lang = r.language.as_str();
    let mut out = String::with_capacity(64 * 1024);
    let unit_name = unit_name(r);
    let title = match (unit_name, &r.period) {
        (Some(u), Some(p)) => format!("{u} · {p} · {}", r.framework.title),
        (Some(u), None) => format!("{u} · {}", r.framework.title),
        _ => r.framework.title.clone(),
    };
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"lhs-maturity {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        escape_html(lang),
        env!("CARGO_PKG_VERSION"),
        escape_html(&title)
    );
    header(r, &mut out);
    overall(r, &mut out);
    let scored: Vec<&NodeResult> = r.domains.iter().filter(|d| !d.outcome).collect();
    let outcomes: Vec<&NodeResult> = r.domains.iter().filter(|d| d.outcome).collect();
    out.push_str("<section id=\"domains\">\n<h2>Domains and sub-domains</h2>\n");
    node_table(r, &mut out, &scored);
    out.push_str("</section>\n");
    if !outcomes.is_empty() {
        out.push_str("<section id=\"outcomes\">\n<h2>Outcome profile</h2>\n<p>Learning processes and results, reported apart: they are what the domains above should produce, so they are not part of the overall score.</p>\n");
        node_table(r, &mut out, &outcomes);
        out.push_str("</section>\n");
    }
    next_steps(r, &mut out);
    indicators(r, framework, lang, &mut out);
    warnings(r, &mut out);
    glossary(r, framework, lang, &mut out);
    footer(r, framework, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

fn unit_name(r: &Report) -> Option<&str> {
    let unit = r.unit.as_ref();
    unit.and_then(|u| u.name.as_deref().filter(|s| !s.trim().is_empty()))
        .or_else(|| unit.and_then(|u| u.id.as_deref().filter(|s| !s.trim().is_empty())))
}

/// Who, when, against what.
fn header(r: &Report, out: &mut String) {
    let _ = writeln!(
        out,
        "<header id=\"header\">\n<h1>{}</h1>\n<p class=\"subtitle\">Self-assessment report · {}</p>\n<dl class=\"meta\">",
        unit_name(r).map_or_else(|| "Unit not named".to_owned(), escape_html),
        escape_html(&r.framework.title)
    );
    if let Some(u) = r.unit.as_ref() {
        if let Some(id) = u.id.as_deref().filter(|s| !s.is_empty()) {
            meta_row(out, "Unit id", &format!("<code>{}</code>", escape_html(id)));
        }
        if let Some(kind) = u.kind.as_deref().filter(|s| !s.is_empty()) {
            meta_row(out, "Kind of unit", &escape_html(kind));
        }
        for (k, v) in &u.extra {
            let shown = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            meta_row(out, &escape_html(k), &escape_html(&shown));
        }
    }
    meta_row(
        out,
        "Period",
        &r.period.as_deref().map_or_else(
            || "<span class=\"none\">not given</span>".to_owned(),
            escape_html,
        ),
    );
    if let Some(resp) = &r.respondent {
        let who: Vec<String> = [&resp.name, &resp.role, &resp.id]
            .iter()
            .filter_map(|x| x.as_deref().filter(|s| !s.is_empty()))
            .map(escape_html)
            .collect();
        if !who.is_empty() {
            meta_row(out, "Respondent", &who.join(" · "));
        }
    }
    meta_row(
        out,
        "Framework",
        &format!(
            "{} <code>{}</code> version {}",
            escape_html(&r.framework.title),
            escape_html(&r.framework.id),
            escape_html(&r.framework.version)
        ),
    );
    out.push_str("</dl>\n</header>\n");
}

/// The overall score, level, coverage and target, and the charts.
fn overall(r: &Report, out: &mut String) {
    let o = &r.overall;
    let max = top(r);
    out.push_str("<section id=\"overall\">\n<h2>Overall</h2>\n<div class=\"headline\">\n");
    let _ = writeln!(
        out,
        "<div class=\"tile\"><div class=\"k\">Overall score</div><div class=\"v\" id=\"overall-score\">{} <small>/ {max}</small></div></div>",
        score_text(o)
    );
    let _ = writeln!(
        out,
        "<div class=\"tile\"><div class=\"k\">Level</div><div class=\"v\" id=\"overall-level\">{}</div></div>",
        level_badge(r, o.level)
    );
    let _ = writeln!(
        out,
        "<div class=\"tile\"><div class=\"k\">Coverage</div><div class=\"v\" id=\"overall-coverage\">{} <small>{} of {} rated</small></div></div>",
        pct(o.coverage),
        o.counts.rated,
        o.counts.total.saturating_sub(o.counts.na)
    );
    if o.targets.with_target > 0 {
        let _ = writeln!(
            out,
            "<div class=\"tile\"><div class=\"k\">Progress to target</div><div class=\"v\" id=\"overall-target\">{} <small>{} of {} below target</small></div></div>",
            pct(o.targets.percent_to_target),
            o.targets.below_target,
            o.targets.with_target
        );
    }
    out.push_str("</div>\n");
    let apart = if r.domains.iter().any(|d| d.outcome) {
        " The outcome profile is reported apart."
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "<p>{} of the top level. Answers: {} rated, {} not applicable, {} unknown, {} not answered, of {} indicators in the overall score.{apart}</p>",
        o.percent.map_or_else(|| "–".to_owned(), |p| format!("{p:.0}%")),
        o.counts.rated,
        o.counts.na,
        o.counts.unknown,
        o.counts.missing,
        o.counts.total
    );
    let _ = writeln!(
        out,
        "<div class=\"charts\">\n<figure id=\"figure-radar\">{}<figcaption>Domain scores on the scale 0–{max}.</figcaption></figure>\n<figure id=\"figure-facets\">{}<figcaption>Learning profile: the score of the indicators tagged with each facet value.</figcaption></figure>\n</div>\n</section>",
        radar_chart(r),
        facet_chart(r)
    );
}

/// The table of some domains with their sub-domains (those with an indicator that applies).
fn node_table(r: &Report, out: &mut String, domains: &[&NodeResult]) {
    out.push_str("<table>\n<thead><tr><th>Domain</th><th class=\"num\">Score</th><th>Level</th><th></th><th class=\"num\">Coverage</th><th class=\"num\">To target</th></tr></thead>\n<tbody>\n");
    for d in domains {
        node_rows(r, out, d, 0);
    }
    out.push_str("</tbody>\n</table>\n");
}

fn next_steps(r: &Report, out: &mut String) {
    out.push_str("<section id=\"next-steps\">\n<h2>Next steps by stakeholder group</h2>\n");
    if r.recommendations.is_empty() {
        out.push_str("<p>No rated indicator is below its target.</p>\n");
    } else {
        let _ = writeln!(
            out,
            "<p>{} next steps, ranked by the points of overall score at stake. Each moves one indicator up one level.</p>",
            r.recommendations.len()
        );
    }
    let mut listed_by_group = false;
    for group in r
        .recommendations_by_owner
        .iter()
        .filter(|g| !g.indicators.is_empty())
    {
        listed_by_group = true;
        let _ = writeln!(
            out,
            "<h3 class=\"owner\" id=\"owner-{}\">{}</h3>\n<ol class=\"steps\">",
            escape_html(&group.owner),
            escape_html(&group.name)
        );
        for id in &group.indicators {
            if let Some(rec) = r.recommendations.iter().find(|x| &x.indicator == id) {
                step_item(out, rec);
            }
        }
        out.push_str("</ol>\n");
    }
    if !listed_by_group && !r.recommendations.is_empty() {
        out.push_str("<ol class=\"steps\">\n");
        for rec in &r.recommendations {
            step_item(out, rec);
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

/// Every indicator that applies, by sub-domain.
fn indicators(r: &Report, framework: &Framework, lang: &str, out: &mut String) {
    out.push_str("<section id=\"indicators\">\n<h2>Indicators</h2>\n");
    for d in &r.domains {
        let _ = writeln!(
            out,
            "<h3>{} <code>{}</code></h3>",
            escape_html(&d.name),
            escape_html(&d.id)
        );
        let mut holders: Vec<&NodeResult> = Vec::new();
        collect_holders(d, &mut holders);
        for node in holders {
            let inds: Vec<&IndicatorResult> = r
                .indicators
                .iter()
                .filter(|i| i.subdomain == node.id && i.status != Status::DoesNotApply)
                .collect();
            if inds.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "<table class=\"indicators\">\n<thead><tr><th colspan=\"4\">{} <code>{}</code></th></tr><tr><th>Indicator</th><th>Level</th><th class=\"num\">Target</th><th>Evidence and descriptors</th></tr></thead>\n<tbody>",
                escape_html(&node.name),
                escape_html(&node.id)
            );
            for i in inds {
                indicator_row(r, framework, lang, out, i);
            }
            out.push_str("</tbody>\n</table>\n");
        }
    }
    let left_out = r
        .indicators
        .iter()
        .filter(|i| i.status == Status::DoesNotApply)
        .count();
    if left_out > 0 {
        let _ = writeln!(
            out,
            "<p>{left_out} indicators do not apply to a unit of this kind and are left out.</p>"
        );
    }
    out.push_str("</section>\n");
}

fn warnings(r: &Report, out: &mut String) {
    let o = &r.overall;
    out.push_str("<section id=\"warnings\">\n<h2>Warnings and coverage</h2>\n<table>\n<thead><tr><th>Domain</th><th class=\"num\">Indicators</th><th class=\"num\">Rated</th><th class=\"num\">Not applicable</th><th class=\"num\">Unknown</th><th class=\"num\">Not answered</th><th class=\"num\">Coverage</th></tr></thead>\n<tbody>\n");
    for d in &r.domains {
        let c = &d.score.counts;
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            escape_html(&d.name),
            c.total,
            c.rated,
            c.na,
            c.unknown,
            c.missing,
            pct(d.score.coverage)
        );
    }
    let c = &o.counts;
    let _ = writeln!(
        out,
        "<tr class=\"domain\"><td>Overall score</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n</tbody>\n</table>",
        c.total,
        c.rated,
        c.na,
        c.unknown,
        c.missing,
        pct(o.coverage)
    );
    if r.warnings.is_empty() {
        out.push_str("<p>No warnings.</p>\n");
    } else {
        let _ = writeln!(
            out,
            "<p>{} warnings (they change no number):</p>\n<ul class=\"warn\">",
            r.warnings.len()
        );
        for w in &r.warnings {
            let _ = write!(
                out,
                "<li><code>{}</code> at <code>{}</code>: {}",
                escape_html(&w.code),
                escape_html(if w.path.is_empty() { "/" } else { &w.path }),
                escape_html(&w.message)
            );
            if let Some(h) = &w.help {
                let _ = write!(out, " <small>({})</small>", escape_html(h));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The glossary entries the indicators that apply use, when the framework has a glossary.
fn glossary(r: &Report, framework: &Framework, lang: &str, out: &mut String) {
    if framework.id() != r.framework.id || framework.version() != r.framework.version {
        return;
    }
    let spec = framework.spec();
    let mut used: Vec<&str> = r
        .indicators
        .iter()
        .filter(|i| i.status != Status::DoesNotApply)
        .filter_map(|i| framework.indicator(&i.id))
        .flat_map(|i| i.terms.iter().map(String::as_str))
        .collect();
    used.sort_unstable();
    used.dedup();
    let entries: Vec<_> = spec
        .glossary
        .iter()
        .filter(|g| used.binary_search(&g.id.as_str()).is_ok())
        .collect();
    if entries.is_empty() {
        return;
    }
    out.push_str("<section id=\"glossary\">\n<h2>Glossary</h2>\n<dl class=\"glossary\">\n");
    for g in entries {
        let _ = writeln!(
            out,
            "<dt id=\"term-{}\">{}</dt><dd>{}</dd>",
            escape_html(&g.id),
            escape_html(g.term.get(lang)),
            escape_html(g.definition.get(lang))
        );
    }
    out.push_str("</dl>\n</section>\n");
}

/// Provenance.
fn footer(r: &Report, framework: &Framework, out: &mut String) {
    out.push_str("<footer>\n");
    let _ = write!(
        out,
        "<p>Scored with lhs-maturity {} against <code>{}</code> {} (report format {}). Scores are on the scale 0–{}; rounding is for display only.",
        env!("CARGO_PKG_VERSION"),
        escape_html(&r.framework.id),
        escape_html(&r.framework.version),
        escape_html(&r.schema_version),
        top(r)
    );
    out.push_str("</p>\n");
    if framework.id() == r.framework.id {
        if let Some(src) = &framework.spec().source {
            let _ = write!(out, "<p>Framework source: {}", escape_html(&src.citation));
            if let Some(l) = &src.license {
                let _ = write!(out, ". Licence: {}", escape_html(l));
            }
            out.push_str(".</p>\n");
        }
    }
    out.push_str("</footer>\n");
}

fn step_item(out: &mut String, rec: &crate::score::report::Recommendation) {
    let _ = write!(
        out,
        "<li><b>{}</b> <code>{}</code>, level {} → {}",
        escape_html(&rec.name),
        escape_html(&rec.indicator),
        rec.level,
        rec.next_level
    );
    if rec.target > rec.next_level {
        let _ = write!(out, " (target {})", rec.target);
    }
    match &rec.action {
        Some(a) => {
            let _ = write!(out, ": {}", escape_html(a));
        }
        None => {
            let _ = write!(out, ": reach “{}”", escape_html(&rec.next_level_descriptor));
        }
    }
    out.push_str("</li>\n");
}

fn collect_holders<'a>(n: &'a NodeResult, out: &mut Vec<&'a NodeResult>) {
    out.push(n);
    for c in &n.children {
        collect_holders(c, out);
    }
}

fn indicator_row(r: &Report, fw: &Framework, lang: &str, out: &mut String, i: &IndicatorResult) {
    let max = top(r);
    let target = match (i.target, i.gap) {
        (Some(t), Some(g)) if g > 0 => format!("{t} <small>(gap {g})</small>"),
        (Some(t), _) => t.to_string(),
        (None, _) => "–".to_owned(),
    };
    let _ = write!(
        out,
        "<tr id=\"ind-{}\"><td><b>{}</b><br><code>{}</code></td><td>{}</td><td class=\"num\">{target}</td><td>",
        escape_html(&i.id),
        escape_html(&i.name),
        escape_html(&i.id),
        status_text(r, i)
    );
    if let Some(q) = fw.indicator(&i.id).and_then(|x| x.question.as_ref()) {
        let _ = write!(
            out,
            "<div class=\"question\">{}</div>",
            escape_html(q.get(lang))
        );
    }
    if let Some(e) = i.evidence.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = write!(
            out,
            "<div class=\"evidence\"><b>Evidence:</b> {}</div>",
            escape_html(e)
        );
    }
    if let Some(j) = i.justification.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = write!(
            out,
            "<div class=\"evidence\"><b>Why not applicable:</b> {}</div>",
            escape_html(j)
        );
    }
    if let Some(c) = i.confidence {
        let _ = write!(out, "<div class=\"desc\">Confidence: {}</div>", c.as_str());
    }
    match i.level {
        Some(l) => {
            if let Some(d) = descriptor(fw, lang, &i.id, l) {
                let _ = write!(
                    out,
                    "<div class=\"desc current\"><b>Now (level {l})</b>{}</div>",
                    escape_html(&d)
                );
            }
            if l < max {
                if let Some(d) = descriptor(fw, lang, &i.id, l + 1) {
                    let _ = write!(
                        out,
                        "<div class=\"desc next\"><b>Next (level {})</b>{}</div>",
                        l + 1,
                        escape_html(&d)
                    );
                }
            } else {
                out.push_str("<div class=\"desc next\"><b>Next</b>The top level is reached.</div>");
            }
        }
        None => {
            if let Some(statement) = fw
                .indicator(&i.id)
                .map(|x| x.statement.get(lang).to_owned())
            {
                let _ = write!(
                    out,
                    "<div class=\"desc\"><b>Statement</b>{}</div>",
                    escape_html(&statement)
                );
            }
        }
    }
    out.push_str("</td></tr>\n");
}

impl Report {
    /// The report as a self-contained HTML page (see [`to_html`]); `framework` is the one the
    /// report was scored with, for the level descriptors.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let r = fw.score_json(r#"{"answers": {}}"#).unwrap();
    /// assert!(r.to_html(&fw).contains("<section id=\"domains\">"));
    /// ```
    pub fn to_html(&self, framework: &Framework) -> String {
        to_html(self, framework)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_html_covers_every_special_character() {
        assert_eq!(escape_html("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;");
        assert_eq!(escape_html("a\u{0}b\u{1b}c"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(escape_html("x\r\ny"), "x\n\ny");
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&amp;"), "&amp;amp;");
    }

    #[test]
    fn user_text_is_escaped_everywhere() {
        let fw = Framework::builtin();
        let r = fw
            .score_json(
                r#"{"unit": {"id": "<i>", "name": "<b>n</b>", "kind": "k'\"", "region": "<r>"},
                    "period": "<period>", "respondent": {"role": "<role>"},
                    "answers": {"inst.info.routine_data": {"level": 4, "evidence": "<script>x</script>"},
                                "inst.delib.working_groups": {"level": "na", "justification": "<img src=x>"}},
                    "<top>": 1}"#,
            )
            .unwrap();
        let html = to_html(&r, &fw);
        for bad in [
            "<i>", "<b>n", "<r>", "<period>", "<role>", "<script", "<img", "<top>",
        ] {
            assert!(!html.contains(bad), "{bad} is not escaped");
        }
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt;"));
        assert!(html.contains("&lt;img src=x&gt;"));
        assert!(html.contains("k&#39;&quot;"));
    }

    #[test]
    fn sections_and_descriptors() {
        let fw = Framework::builtin();
        let r = fw
            .score_json(r#"{"default_target": 3, "answers": {"inst.info.routine_data": 2, "cap.prov.data_interpretation": 4}}"#)
            .unwrap();
        let html = to_html(&r, &fw);
        for id in [
            "header",
            "overall",
            "domains",
            "next-steps",
            "indicators",
            "warnings",
        ] {
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        }
        let ind = fw.indicator("inst.info.routine_data").unwrap();
        assert!(html.contains(&escape_html(fw.descriptor(&ind.id, 2).unwrap().en())));
        assert!(html.contains(&escape_html(fw.descriptor(&ind.id, 3).unwrap().en())));
        assert!(html.contains("The top level is reached."));
        assert!(html.contains("Progress to target"));
        assert_eq!(html.matches("<svg").count(), 2);
    }
}
