//! The report as one self-contained HTML page: no scripts, no external fonts, styles or images
//! (the charts are inline SVG), readable offline and printable on A4. Every text that comes from
//! a document (the assessment, and the framework, which may be a user's own) is escaped, and a
//! Content-Security-Policy in the page lets no script run and nothing be fetched.
//!
//! The page is in the report's language (`Report::language`): its own texts come from the
//! message catalog, its numbers are in the language's notation, and a language written right to
//! left (Arabic) sets `dir="rtl"`, with the layout in logical CSS properties and the ids, codes
//! and level moves inside sentences isolated left to right (`<bdi>`).

use crate::i18n;
use crate::model::compiled::Framework;
use crate::model::framework::ReviewStatus;
use crate::render::escape::escape_html;
use crate::render::svg::{facet_chart, level_color, level_ink, radar_chart};
use crate::render::words::{Words, V};
use crate::score::report::{
    Counts, IndicatorResult, NodeResult, Recommendation, Report, ScoreSummary, Status,
};
use std::fmt::Write;

const CSS: &str = r#"
:root { --ink: #1f2328; --muted: #5f6670; --line: #d0d7de; --soft: #f4f6f8; --accent: #2c7fb8; }
* { box-sizing: border-box; }
html { font-size: 15px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink);
  font: 1rem/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; }
/* Latin faces first: digits and the decimal point come from them, since Arabic faces draw a point
   between digits as the Arabic decimal separator (a comma to most readers); Arabic letters fall
   through to the Arabic faces. */
body:lang(ar) { font-family: "Noto Sans", "Helvetica Neue", Helvetica, "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", Arial, sans-serif; line-height: 1.6; }
:lang(ar) em, :lang(ar) i, :lang(ar) .none { font-style: normal; }
:lang(ar) .tile .k, :lang(ar) .desc b { text-transform: none; letter-spacing: normal; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
.notice { margin: .8rem 0 0; padding-block: .3rem; padding-inline: .7rem; border-inline-start: 4px solid #e0c341; background: #fdf8e4; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.headline { display: flex; flex-wrap: wrap; gap: .8rem; margin: .8rem 0; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; min-width: 9rem; background: var(--soft); }
.tile .k { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.tile .v { font-size: 1.35rem; font-weight: bold; }
.tile .v small { font-size: .85rem; font-weight: normal; color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; }
figure { margin: 0; flex: 1 1 min(26rem, 100%); }
figure svg { width: 100%; height: auto; max-width: 100%; }
figcaption { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: start; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.lvl { white-space: nowrap; }
td.num, th.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.domain td { font-weight: bold; background: #fafbfc; }
tr.sub td:first-child { padding-inline-start: 1.4rem; }
code { font-family: Menlo, Consolas, monospace; font-size: .85em; color: var(--muted); }
.bar { display: inline-block; width: 6rem; height: .7rem; background: #eceff2; vertical-align: middle; border-radius: 2px; overflow: hidden; }
.bar span { display: block; height: 100%; }
.level { display: inline-block; min-width: 1.4em; padding: 0 .35em; border-radius: 3px; color: #111; text-align: center; font-weight: 600; }
.none { color: var(--muted); font-style: italic; }
.desc { font-size: .85rem; }
.question { font-size: .85rem; color: var(--muted); margin-bottom: .3rem; }
dl.glossary dt { font-weight: 600; margin-top: .5rem; }
dl.glossary dd { margin: 0; margin-inline-start: 1rem; font-size: .9rem; }
.desc b { display: block; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; font-weight: 600; }
.evidence { white-space: pre-wrap; }
ol.steps { padding-inline-start: 1.4rem; margin: .3rem 0 1rem; }
ol.steps li { margin: .3rem 0; }
.warn li { margin: .2rem 0; }
footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; }
/* A narrow screen (a phone, or a page zoomed to 400%): ids and codes break where they must, the
   charts take the whole width, and a data table wider than the screen scrolls sideways on its
   own while the page does not. */
code, .warn li, ol.steps li { overflow-wrap: anywhere; }
@media (max-width: 30rem) {
  body { padding: .75rem; }
  table { display: block; overflow-x: auto; }
}
/* Forced colours (Windows high contrast): the system's colours replace the backgrounds, so the
   badges keep a border, the bars keep their fill inside a border, and the charts' texts and grid
   take the system's text colours (SVG fills are not forced). */
@media (forced-colors: active) {
  .level, .bar { border: 1px solid CanvasText; }
  .bar span { forced-color-adjust: none; }
  svg.chart text { fill: CanvasText; }
  svg.chart .grid { stroke: GrayText; }
  svg.chart :is(.target, .intervals, .legend line) { stroke: CanvasText; }
}
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
/* The analyses' pages: wide tables scroll inside their box; the interval chart scales. */
.wide { overflow-x: auto; }
svg.intervals { display: block; inline-size: 100%; block-size: auto; max-inline-size: 40rem; }
"#;

/// The page's Content-Security-Policy, a `<meta http-equiv>` ahead of everything it governs:
/// nothing is fetched, no script runs (inline or not), no form is sent and no base URL is set;
/// only its own styles apply, the `<style>` block and the `style` attributes of the level badges
/// and bars (whose widths and colours vary with the scores, so hashes could not list them).
/// The charts are inline SVG, which fetches nothing. A text from a document that reads as markup
/// (`<script>`, `</style>`, an `onerror=` attribute) is escaped anyway; the policy is the second
/// wall, for the day an escape is missed.
const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

fn top(r: &Report) -> u32 {
    r.scale.len().saturating_sub(1) as u32
}

/// An id or a code, isolated left to right inside a sentence of a right-to-left language.
fn code(w: &Words, text: &str) -> String {
    w.iso(format!("<code>{}</code>", escape_html(text)))
}

/// A level as a coloured badge with its name: `<span class="level">2</span> Established`. The
/// number and the name say the level, the colour only repeats it.
fn level_badge(r: &Report, w: &Words, level: Option<u32>) -> String {
    match level {
        Some(l) => {
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            format!(
                "<span class=\"level\" style=\"background:{};color:{}\">{}</span> {}",
                level_color(l, top(r)),
                level_ink(l, top(r)),
                w.count(l),
                escape_html(name)
            )
        }
        None => format!("<span class=\"none\">{}</span>", w.t("report-no-score")),
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

fn coverage_cell(w: &Words, s: &ScoreSummary) -> String {
    format!(
        "{} <small>({}/{})</small>",
        w.pct(s.coverage),
        w.count(s.counts.rated),
        w.count(s.counts.total.saturating_sub(s.counts.na))
    )
}

fn node_rows(r: &Report, w: &Words, out: &mut String, n: &NodeResult, depth: usize) {
    if n.score.counts.total == 0 && depth > 0 {
        return; // nothing below applies to this unit
    }
    let class = if depth == 0 { "domain" } else { "sub" };
    let _ = writeln!(
        out,
        "<tr class=\"{class}\"><td>{} {}</td><td class=\"num\">{}</td><td class=\"lvl\">{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
        escape_html(&n.name),
        code(w, &n.id),
        w.score(n.score.score),
        level_badge(r, w, n.score.level),
        bar(r, &n.score),
        coverage_cell(w, &n.score),
        w.pct(n.score.targets.percent_to_target),
    );
    for c in &n.children {
        node_rows(r, w, out, c, depth + 1);
    }
}

fn status_text(r: &Report, w: &Words, i: &IndicatorResult) -> String {
    let id = match i.status {
        Status::Rated => return level_badge(r, w, i.level),
        Status::Na => "html-status-na",
        Status::Unknown => "html-status-unknown",
        Status::Missing => "html-status-missing",
        Status::DoesNotApply => "html-status-does-not-apply",
    };
    format!("<span class=\"none\">{}</span>", w.t(id))
}

fn descriptor(fw: &Framework, lang: &str, id: &str, level: u32) -> Option<String> {
    fw.descriptor(id, level).map(|t| t.get(lang).to_owned())
}

/// One line of the header; in a right-to-left report the value is isolated, so that a period
/// such as `2026-Q3` or a Latin name keeps its order.
fn meta_row(out: &mut String, w: &Words, key: &str, value: &str) {
    let _ = writeln!(
        out,
        "<dt>{key}</dt><dd>{}</dd>",
        w.iso_auto(value.to_owned())
    );
}

/// The review status of the framework's text in the report's language, when the framework
/// declares that language and is the one the report was scored with.
fn translation_status(r: &Report, framework: &Framework) -> Option<ReviewStatus> {
    if framework.id() != r.framework.id {
        return None;
    }
    let languages = &framework.spec().languages;
    let lang = r.language.as_str();
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    languages
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(lang))
        .or_else(|| languages.iter().find(|l| l.code.eq_ignore_ascii_case(base)))
        .map(|l| l.status)
}

/// Renders a report as a self-contained HTML page: the unit, period, framework and version; the
/// overall score and level; a radar chart of the domains and a chart of the learning profile
/// (inline SVG); the table of domains and sub-domains; the next steps grouped by stakeholder
/// group; every indicator with its level, target, evidence and the descriptors of its current
/// and next level (taken from `framework`, the one the report was scored with); the warnings
/// and the coverage. The page has no scripts and loads nothing, and prints on A4.
///
/// The page is in the report's language (`Report::language`), right to left for Arabic; a
/// translation not yet reviewed says so in the header, and a page not in English says in its
/// footer that the English text is the authoritative one.
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
    let w = Words::html(lang, i18n::is_rtl(lang));
    let mut out = String::with_capacity(64 * 1024);
    let unit_name = unit_name(r);
    let title = match (unit_name, &r.period) {
        (Some(u), Some(p)) => format!("{u} · {p} · {}", r.framework.title),
        (Some(u), None) => format!("{u} · {}", r.framework.title),
        _ => r.framework.title.clone(),
    };
    let dir = if w.rtl() { " dir=\"rtl\"" } else { "" };
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"{dir}>\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"lhs-maturity {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        escape_html(lang),
        env!("CARGO_PKG_VERSION"),
        escape_html(&title)
    );
    header(r, framework, &w, &mut out);
    out.push_str("<main>\n");
    overall(r, &w, &mut out);
    let scored: Vec<&NodeResult> = r.domains.iter().filter(|d| !d.outcome).collect();
    let outcomes: Vec<&NodeResult> = r.domains.iter().filter(|d| d.outcome).collect();
    let _ = writeln!(
        out,
        "<section id=\"domains\">\n<h2>{}</h2>",
        w.t("html-domains")
    );
    node_table(r, &w, &mut out, &scored);
    out.push_str("</section>\n");
    if !outcomes.is_empty() {
        let _ = writeln!(
            out,
            "<section id=\"outcomes\">\n<h2>{}</h2>\n<p>{}</p>",
            w.t("report-outcome-profile"),
            w.t("html-outcomes-note")
        );
        node_table(r, &w, &mut out, &outcomes);
        out.push_str("</section>\n");
    }
    crate::render::uncertainty::html(r, &w, &mut out);
    next_steps(r, &w, &mut out);
    indicators(r, framework, &w, &mut out);
    warnings(r, &w, &mut out);
    glossary(r, framework, &w, &mut out);
    out.push_str("</main>\n");
    footer(r, framework, &w, &mut out);
    out.push_str("</body>\n</html>\n");
    out
}

/// A self-contained page of the reports' style and Content-Security-Policy around `body`
/// (markup, its text escaped) with the title `title` (escaped): what the analyses' HTML
/// reports are written in.
pub(crate) fn page(lang: &str, title: &str, body: &str) -> String {
    let dir = if i18n::is_rtl(lang) {
        " dir=\"rtl\""
    } else {
        ""
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"{dir}>\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"lhs-maturity {}\">\n<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape_html(lang),
        env!("CARGO_PKG_VERSION"),
    )
}

fn unit_name(r: &Report) -> Option<&str> {
    let unit = r.unit.as_ref();
    unit.and_then(|u| u.name.as_deref().filter(|s| !s.trim().is_empty()))
        .or_else(|| unit.and_then(|u| u.id.as_deref().filter(|s| !s.trim().is_empty())))
}

/// Who, when, against what; and whether the framework's translation is still provisional.
fn header(r: &Report, framework: &Framework, w: &Words, out: &mut String) {
    let _ = writeln!(
        out,
        "<header id=\"header\">\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>\n<dl class=\"meta\">",
        unit_name(r).map_or_else(|| w.t("html-unit-not-named"), escape_html),
        w.msg(
            "html-subtitle",
            &[("framework", V::Text(&r.framework.title))]
        )
    );
    if let Some(u) = r.unit.as_ref() {
        if let Some(id) = u.id.as_deref().filter(|s| !s.is_empty()) {
            meta_row(out, w, &w.t("html-unit-id"), &code(w, id));
        }
        if let Some(kind) = u.kind.as_deref().filter(|s| !s.is_empty()) {
            let shown = w.msg("report-unit-kind", &[("kind", V::Key(kind))]);
            meta_row(out, w, &w.t("html-unit-kind"), &shown);
        }
        for (k, v) in &u.extra {
            let shown = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
            meta_row(out, w, &escape_html(k), &escape_html(&shown));
        }
    }
    meta_row(
        out,
        w,
        &w.t("html-period"),
        &r.period.as_deref().map_or_else(
            || format!("<span class=\"none\">{}</span>", w.t("html-not-given")),
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
            meta_row(out, w, &w.t("html-respondent"), &who.join(" · "));
        }
    }
    meta_row(
        out,
        w,
        &w.t("html-framework"),
        &w.msg(
            "html-framework-version",
            &[
                ("title", V::Text(&r.framework.title)),
                ("id", V::Markup(code(w, &r.framework.id))),
                ("version", w.v_iso(escape_html(&r.framework.version))),
            ],
        ),
    );
    out.push_str("</dl>\n");
    if translation_status(r, framework) == Some(ReviewStatus::Provisional) {
        let _ = writeln!(
            out,
            "<p class=\"notice\" id=\"translation-status\">{}</p>",
            w.t("html-translation-provisional")
        );
    }
    out.push_str("</header>\n");
}

/// One tile of the headline: its label, its id and its value.
fn tile(out: &mut String, label: &str, id: &str, value: &str) {
    let _ = writeln!(
        out,
        "<div class=\"tile\"><div class=\"k\">{label}</div><div class=\"v\" id=\"{id}\">{value}</div></div>"
    );
}

/// The overall score, level, coverage and target, and the charts.
fn overall(r: &Report, w: &Words, out: &mut String) {
    let o = &r.overall;
    let max = top(r);
    let _ = writeln!(
        out,
        "<section id=\"overall\">\n<h2>{}</h2>\n<div class=\"headline\">",
        w.t("report-overall")
    );
    let score = format!("{} <small>/ {}</small>", w.score(o.score), w.count(max));
    tile(out, &w.t("html-overall-score"), "overall-score", &score);
    let level = level_badge(r, w, o.level);
    tile(out, &w.t("html-tile-level"), "overall-level", &level);
    let rated = w.msg(
        "html-rated-of",
        &[
            ("rated", V::Count(o.counts.rated.into())),
            (
                "total",
                V::Count(o.counts.total.saturating_sub(o.counts.na).into()),
            ),
        ],
    );
    let coverage = format!("{} <small>{rated}</small>", w.pct(o.coverage));
    tile(
        out,
        &w.t("html-tile-coverage"),
        "overall-coverage",
        &coverage,
    );
    if o.targets.with_target > 0 {
        let below = w.msg(
            "html-below-of",
            &[
                ("below", V::Count(o.targets.below_target.into())),
                ("with", V::Count(o.targets.with_target.into())),
            ],
        );
        let target = format!(
            "{} <small>{below}</small>",
            w.pct(o.targets.percent_to_target)
        );
        tile(out, &w.t("html-tile-target"), "overall-target", &target);
    }
    out.push_str("</div>\n");
    let apart = if r.domains.iter().any(|d| d.outcome) {
        format!(" {}", w.t("html-outcomes-apart"))
    } else {
        String::new()
    };
    let answers = w.msg(
        "html-answers",
        &[
            ("percent", w.v_iso(w.pct100(o.percent))),
            ("rated", V::Count(o.counts.rated.into())),
            ("na", V::Count(o.counts.na.into())),
            ("unknown", V::Count(o.counts.unknown.into())),
            ("missing", V::Count(o.counts.missing.into())),
            ("total", V::Count(o.counts.total.into())),
        ],
    );
    let _ = writeln!(out, "<p>{answers}{apart}</p>");
    let _ = writeln!(
        out,
        "<div class=\"charts\">\n<figure id=\"figure-radar\">{}<figcaption>{}</figcaption></figure>\n<figure id=\"figure-facets\">{}<figcaption>{}</figcaption></figure>\n</div>\n</section>",
        radar_chart(r),
        radar_caption(r, w, max),
        facet_chart(r),
        w.t("html-facets-caption")
    );
}

/// The radar chart's caption; with the report's uncertainty, what its interval lines are.
fn radar_caption(r: &Report, w: &Words, max: u32) -> String {
    let caption = w.msg("html-radar-caption", &[("top", V::Count(max.into()))]);
    if r.uncertainty.is_some() {
        format!("{caption} {}", w.t("html-radar-intervals"))
    } else {
        caption
    }
}

/// A table's heading cells: `(message, numeric)` for each column; `None` for an empty one.
fn heads(w: &Words, columns: &[(Option<&str>, bool)]) -> String {
    columns
        .iter()
        .map(|(id, num)| {
            let class = if *num { " class=\"num\"" } else { "" };
            // A column without a heading (the bars, hidden from screen readers) gets a plain
            // cell, not an empty header.
            id.map_or_else(
                || "<td></td>".to_owned(),
                |id| format!("<th{class}>{}</th>", w.t(id)),
            )
        })
        .collect()
}

/// The table of some domains with their sub-domains (those with an indicator that applies).
fn node_table(r: &Report, w: &Words, out: &mut String, domains: &[&NodeResult]) {
    let _ = writeln!(
        out,
        "<table>\n<thead><tr>{}</tr></thead>\n<tbody>",
        heads(
            w,
            &[
                (Some("report-col-domain"), false),
                (Some("report-col-score"), true),
                (Some("report-col-level"), false),
                (None, false),
                (Some("report-col-coverage"), true),
                (Some("report-col-to-target"), true),
            ]
        )
    );
    for d in domains {
        node_rows(r, w, out, d, 0);
    }
    out.push_str("</tbody>\n</table>\n");
}

fn next_steps(r: &Report, w: &Words, out: &mut String) {
    let _ = writeln!(
        out,
        "<section id=\"next-steps\">\n<h2>{}</h2>",
        w.t("report-next-steps")
    );
    if r.recommendations.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", w.t("report-no-steps"));
    } else {
        let n = r.recommendations.len() as u64;
        let _ = writeln!(
            out,
            "<p>{}</p>",
            w.msg("html-steps-intro", &[("n", V::Count(n))])
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
                step_item(w, out, rec);
            }
        }
        out.push_str("</ol>\n");
    }
    if !listed_by_group && !r.recommendations.is_empty() {
        out.push_str("<ol class=\"steps\">\n");
        for rec in &r.recommendations {
            step_item(w, out, rec);
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

/// Every indicator that applies, by sub-domain.
fn indicators(r: &Report, framework: &Framework, w: &Words, out: &mut String) {
    let _ = writeln!(
        out,
        "<section id=\"indicators\">\n<h2>{}</h2>",
        w.t("html-indicators")
    );
    let head = heads(
        w,
        &[
            (Some("report-col-indicator"), false),
            (Some("report-col-level"), false),
            (Some("report-col-target"), true),
            (Some("html-col-evidence"), false),
        ],
    );
    for d in &r.domains {
        let _ = writeln!(out, "<h3>{} {}</h3>", escape_html(&d.name), code(w, &d.id));
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
                "<table class=\"indicators\">\n<thead><tr><th colspan=\"4\">{} {}</th></tr><tr>{head}</tr></thead>\n<tbody>",
                escape_html(&node.name),
                code(w, &node.id)
            );
            for i in inds {
                indicator_row(r, framework, w, out, i);
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
            "<p>{}</p>",
            w.msg("html-left-out", &[("n", V::Count(left_out as u64))])
        );
    }
    out.push_str("</section>\n");
}

fn warnings(r: &Report, w: &Words, out: &mut String) {
    let o = &r.overall;
    let num = |id| (Some(id), true);
    let _ = writeln!(
        out,
        "<section id=\"warnings\">\n<h2>{}</h2>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>",
        w.t("html-warnings"),
        heads(
            w,
            &[
                (Some("report-col-domain"), false),
                num("report-col-indicators"),
                num("report-col-rated"),
                num("report-col-na"),
                num("report-col-unknown"),
                num("report-col-missing"),
                num("report-col-coverage"),
            ]
        )
    );
    let row = |out: &mut String, class: &str, name: &str, c: &Counts, cov| {
        let cells: String = [c.total, c.rated, c.na, c.unknown, c.missing]
            .iter()
            .map(|n| format!("<td class=\"num\">{}</td>", w.count(*n)))
            .collect();
        let _ = writeln!(
            out,
            "<tr{class}><td>{name}</td>{cells}<td class=\"num\">{}</td></tr>",
            w.pct(cov)
        );
    };
    for d in &r.domains {
        row(
            out,
            "",
            &escape_html(&d.name),
            &d.score.counts,
            d.score.coverage,
        );
    }
    row(
        out,
        " class=\"domain\"",
        &w.t("html-overall-score"),
        &o.counts,
        o.coverage,
    );
    out.push_str("</tbody>\n</table>\n");
    if r.warnings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", w.t("html-no-warnings"));
    } else {
        let n = r.warnings.len() as u64;
        let _ = writeln!(
            out,
            "<p>{}</p>\n<ul class=\"warn\">",
            w.msg("html-warnings-intro", &[("n", V::Count(n))])
        );
        for x in &r.warnings {
            let path = if x.path.is_empty() { "/" } else { &x.path };
            let line = w.msg(
                "html-warning",
                &[
                    ("code", V::Markup(code(w, &x.code))),
                    ("path", V::Markup(code(w, path))),
                    ("message", V::Text(&x.message)),
                ],
            );
            let _ = write!(out, "<li>{line}");
            if let Some(h) = &x.help {
                let _ = write!(out, " <small>({})</small>", escape_html(h));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The glossary entries the indicators that apply use, when the framework has a glossary.
fn glossary(r: &Report, framework: &Framework, w: &Words, out: &mut String) {
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
    let _ = writeln!(
        out,
        "<section id=\"glossary\">\n<h2>{}</h2>\n<dl class=\"glossary\">",
        w.t("html-glossary")
    );
    for g in entries {
        let _ = writeln!(
            out,
            "<dt id=\"term-{}\">{}</dt><dd>{}</dd>",
            escape_html(&g.id),
            escape_html(g.term.get(w.lang)),
            escape_html(g.definition.get(w.lang))
        );
    }
    out.push_str("</dl>\n</section>\n");
}

/// Provenance, and for a translation, which text is authoritative.
fn footer(r: &Report, framework: &Framework, w: &Words, out: &mut String) {
    out.push_str("<footer>\n");
    let scored = w.msg(
        "html-footer",
        &[
            ("tool", w.v_iso(env!("CARGO_PKG_VERSION").to_owned())),
            ("id", V::Markup(code(w, &r.framework.id))),
            ("version", w.v_iso(escape_html(&r.framework.version))),
            ("format", w.v_iso(escape_html(&r.schema_version))),
            ("top", V::Count(top(r).into())),
        ],
    );
    let _ = writeln!(out, "<p>{scored}</p>");
    if framework.id() == r.framework.id {
        if let Some(src) = &framework.spec().source {
            let source = match &src.license {
                Some(l) => w.msg(
                    "html-source-licence",
                    &[
                        ("citation", V::Text(&src.citation)),
                        ("licence", V::Text(l)),
                    ],
                ),
                None => w.msg("html-source", &[("citation", V::Text(&src.citation))]),
            };
            let _ = writeln!(out, "<p>{source}</p>");
        }
    }
    let translated = matches!(
        translation_status(r, framework),
        Some(ReviewStatus::Provisional | ReviewStatus::Reviewed)
    );
    if translated && !w.lang.eq_ignore_ascii_case("en") {
        let _ = writeln!(
            out,
            "<p id=\"translation-disclaimer\">{}</p>",
            w.t("html-translation-disclaimer")
        );
    }
    out.push_str("</footer>\n");
}

fn step_item(w: &Words, out: &mut String, rec: &Recommendation) {
    let moves = w.iso(format!(
        "{} → {}",
        w.count(rec.level),
        w.count(rec.next_level)
    ));
    let levels = w.msg("report-step-levels", &[("move", V::Markup(moves))]);
    let action = match &rec.action {
        Some(a) => escape_html(a),
        None => w.msg(
            "html-step-reach",
            &[("descriptor", V::Text(&rec.next_level_descriptor))],
        ),
    };
    let mut values = vec![
        (
            "name",
            V::Markup(format!("<b>{}</b>", escape_html(&rec.name))),
        ),
        ("id", V::Markup(code(w, &rec.indicator))),
        ("levels", V::Markup(levels)),
        ("action", V::Markup(action)),
    ];
    let step = if rec.target > rec.next_level {
        values.push(("target", V::Count(rec.target.into())));
        w.msg("html-step-target", &values)
    } else {
        w.msg("html-step", &values)
    };
    let _ = writeln!(out, "<li>{step}</li>");
}

fn collect_holders<'a>(n: &'a NodeResult, out: &mut Vec<&'a NodeResult>) {
    out.push(n);
    for c in &n.children {
        collect_holders(c, out);
    }
}

/// The evidence, justification and confidence of an answer.
fn answer_notes(w: &Words, out: &mut String, i: &IndicatorResult) {
    if let Some(e) = i.evidence.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = write!(
            out,
            "<div class=\"evidence\"><b>{}</b> {}</div>",
            w.t("html-evidence"),
            escape_html(e)
        );
    }
    if let Some(j) = i.justification.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = write!(
            out,
            "<div class=\"evidence\"><b>{}</b> {}</div>",
            w.t("html-why-na"),
            escape_html(j)
        );
    }
    if let Some(c) = i.confidence {
        let _ = write!(
            out,
            "<div class=\"desc\">{}</div>",
            w.msg("html-confidence", &[("confidence", V::Key(c.as_str()))])
        );
    }
}

fn indicator_row(r: &Report, fw: &Framework, w: &Words, out: &mut String, i: &IndicatorResult) {
    let max = top(r);
    let lang = w.lang;
    let target = match (i.target, i.gap) {
        (Some(t), Some(g)) if g > 0 => format!(
            "{} <small>{}</small>",
            w.count(t),
            w.msg("html-gap", &[("gap", V::Count(g.into()))])
        ),
        (Some(t), _) => w.count(t),
        (None, _) => "–".to_owned(),
    };
    let _ = write!(
        out,
        "<tr id=\"ind-{}\"><td><b>{}</b><br>{}</td><td>{}</td><td class=\"num\">{target}</td><td>",
        escape_html(&i.id),
        escape_html(&i.name),
        code(w, &i.id),
        status_text(r, w, i)
    );
    if let Some(q) = fw.indicator(&i.id).and_then(|x| x.question.as_ref()) {
        let _ = write!(
            out,
            "<div class=\"question\">{}</div>",
            escape_html(q.get(lang))
        );
    }
    answer_notes(w, out, i);
    let level_head = |id: &str, l: u32| w.msg(id, &[("level", V::Count(l.into()))]);
    match i.level {
        Some(l) => {
            if let Some(d) = descriptor(fw, lang, &i.id, l) {
                let _ = write!(
                    out,
                    "<div class=\"desc current\"><b>{}</b>{}</div>",
                    level_head("html-now", l),
                    escape_html(&d)
                );
            }
            if l < max {
                if let Some(d) = descriptor(fw, lang, &i.id, l + 1) {
                    let _ = write!(
                        out,
                        "<div class=\"desc next\"><b>{}</b>{}</div>",
                        level_head("html-next-level", l + 1),
                        escape_html(&d)
                    );
                }
            } else {
                let _ = write!(
                    out,
                    "<div class=\"desc next\"><b>{}</b>{}</div>",
                    w.t("html-next"),
                    w.t("html-top-reached")
                );
            }
        }
        None => {
            if let Some(statement) = fw
                .indicator(&i.id)
                .map(|x| x.statement.get(lang).to_owned())
            {
                let _ = write!(
                    out,
                    "<div class=\"desc\"><b>{}</b>{}</div>",
                    w.t("html-statement"),
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
    fn content_security_policy_comes_first_and_markup_in_text_stays_text() {
        let fw = Framework::builtin();
        let hostile = r#"</style><script>alert(1)</script>\"><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>"#;
        let doc = format!(
            r#"{{"unit": {{"name": "{hostile}", "kind": "district"}}, "period": "{hostile}",
                "respondent": {{"role": "{hostile}", "name": "{hostile}"}}, "notes": "{hostile}", "{hostile}": 1,
                "answers": {{"inst.info.routine_data": {{"level": 2, "evidence": "{hostile}", "note": "{hostile}"}},
                             "inst.delib.working_groups": {{"level": "na", "justification": "{hostile}"}}}}}}"#
        );
        let r = fw.score_json(&doc).unwrap();
        let html = to_html(&r, &fw);
        let csp = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
        let at = html.find(&csp).expect("the policy is in the page");
        assert!(at < html.find("<title>").unwrap() && at < html.find("<style>").unwrap());
        assert_eq!(html.matches("<style").count(), 1);
        assert_eq!(html.matches("</style").count(), 1);
        for bad in ["<script", "<img", "<a "] {
            assert!(!html.contains(bad), "{bad} is not escaped");
        }
        assert!(html.contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            html.contains("javascript:alert(3)"),
            "the text is kept, as text"
        );
        assert!(CSP.contains("default-src 'none'") && !CSP.contains("script-src"));
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
        // landmarks: the header, the main content, the footer; no empty column heading
        let (header, main, footer) = (
            html.find("</header>").unwrap(),
            html.find("<main>").unwrap(),
            html.find("<footer>").unwrap(),
        );
        assert!(header < main && main < html.find("</main>").unwrap() && main < footer);
        assert!(!html.contains("<th></th>") && !html.contains("<th class=\"num\"></th>"));
        // a level badge says its level in a colour readable on its background
        assert!(html
            .contains("<span class=\"level\" style=\"background:#e0c341;color:#111111\">2</span>"));
    }
}
