//! Human-readable renderings of a report. Numbers are rounded here, for display only, and
//! written in the report's language, as every text of the rendering is (from the message
//! catalog); text from a document or a framework is escaped.

use crate::render::escape::escape_markdown;
use crate::render::words::{Words, V};
use crate::score::report::{NodeResult, Report, ScoreSummary};
use std::fmt::Write;

/// How many next steps per stakeholder group the Markdown report lists.
pub const STEPS_PER_OWNER: usize = 5;

fn level_text(r: &Report, s: &ScoreSummary) -> String {
    match s.level {
        Some(l) => {
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            format!("{l} {}", escape_markdown(name))
        }
        None => "–".to_owned(),
    }
}

fn node_rows(r: &Report, w: &Words, out: &mut String, n: &NodeResult, depth: usize) {
    if n.score.counts.total == 0 && depth > 0 {
        return; // nothing below applies to this unit
    }
    let indent = "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(depth);
    let name = escape_markdown(&n.name);
    let name = if depth == 0 {
        format!("**{name}**")
    } else {
        name
    };
    let _ = writeln!(
        out,
        "| {indent}{name} | `{}` | {} | {} | {} ({}/{}) | {} |",
        n.id,
        w.score(n.score.score),
        level_text(r, &n.score),
        w.pct(n.score.coverage),
        w.count(n.score.counts.rated),
        w.count(n.score.counts.total - n.score.counts.na),
        w.pct(n.score.targets.percent_to_target),
    );
    for c in &n.children {
        node_rows(r, w, out, c, depth + 1);
    }
}

/// A table's heading row and its alignment row; `numeric` tells which columns are aligned
/// right.
fn table_head(w: &Words, out: &mut String, columns: &[(&str, bool)]) {
    let heads: Vec<String> = columns.iter().map(|(id, _)| w.t(id)).collect();
    let aligns: Vec<&str> = columns
        .iter()
        .map(|(_, num)| if *num { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |", heads.join(" | "));
    let _ = writeln!(out, "|{}|", aligns.join("|"));
}

/// The columns of the tables of domains (`first` is the heading of the name column).
fn node_columns(first: &str) -> [(&str, bool); 6] {
    [
        (first, false),
        ("report-col-id", false),
        ("report-col-score", true),
        ("report-col-level", false),
        ("report-col-coverage", true),
        ("report-col-to-target", true),
    ]
}

/// Renders a report as Markdown: the domain table, the learning profile, the next steps by
/// stakeholder group and the warnings, in the report's language (`Report::language`; numbers
/// in its notation, e.g. `1,50` in French). User-typed text is escaped.
///
/// ```
/// let r = lhs_maturity::Framework::builtin()
///     .score_json(r#"{"unit": {"name": "<Kisumu>"}, "answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let md = lhs_maturity::to_markdown(&r);
/// assert!(md.contains("| Domain |"));
/// assert!(md.contains("&lt;Kisumu&gt;"));
/// ```
pub fn to_markdown(r: &Report) -> String {
    let w = Words::markdown(&r.language);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_markdown(&r.framework.title));
    header(r, &w, &mut out);
    overall(r, &w, &mut out);
    let _ = writeln!(out, "## {}\n", w.t("md-domains"));
    table_head(&w, &mut out, &node_columns("report-col-domain"));
    for d in r.domains.iter().filter(|d| !d.outcome) {
        node_rows(r, &w, &mut out, d, 0);
    }
    if r.domains.iter().any(|d| d.outcome) {
        let _ = writeln!(out, "\n## {}\n", w.t("report-outcome-profile"));
        let _ = writeln!(out, "{}\n", w.t("md-outcome-note"));
        table_head(&w, &mut out, &node_columns("report-col-outcome"));
        for d in r.domains.iter().filter(|d| d.outcome) {
            node_rows(r, &w, &mut out, d, 0);
        }
    }
    crate::render::uncertainty::markdown(r, &w, &mut out);
    let _ = writeln!(out, "\n## {}\n", w.t("report-learning-profile"));
    table_head(
        &w,
        &mut out,
        &[
            ("report-col-facet", false),
            ("report-col-value", false),
            ("report-col-score", true),
            ("report-col-level", false),
            ("report-col-coverage", true),
        ],
    );
    for f in &r.facets {
        for v in &f.values {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                escape_markdown(&f.name),
                escape_markdown(&v.name),
                w.score(v.score.score),
                level_text(r, &v.score),
                w.pct(v.score.coverage)
            );
        }
    }
    next_steps(r, &w, &mut out);
    if !r.warnings.is_empty() {
        let _ = writeln!(out, "## {}\n", w.t("md-warnings"));
        for x in &r.warnings {
            let _ = writeln!(out, "- `{}`: {}", x.code, escape_markdown(&x.message));
        }
        let _ = writeln!(out);
    }
    out
}

/// The unit, the period and the framework.
fn header(r: &Report, w: &Words, out: &mut String) {
    let unit = r.unit.as_ref();
    let unit_name = unit
        .and_then(|u| u.name.as_deref().or(u.id.as_deref()))
        .map_or_else(|| w.t("md-unit-not-named"), escape_markdown);
    let _ = write!(out, "**{}** {unit_name}", w.t("md-label-unit"));
    if let Some(kind) = unit.and_then(|u| u.kind.as_deref()) {
        let _ = write!(
            out,
            " ({})",
            w.msg("report-unit-kind", &[("kind", V::Key(kind))])
        );
    }
    if let Some(p) = &r.period {
        let _ = write!(
            out,
            " · **{}** {}",
            w.t("md-label-period"),
            escape_markdown(p)
        );
    }
    let _ = writeln!(
        out,
        " · **{}** `{}` {}\n",
        w.t("md-label-framework"),
        r.framework.id,
        r.framework.version
    );
}

/// The overall score, level and coverage, and the progress to the targets.
fn overall(r: &Report, w: &Words, out: &mut String) {
    let o = &r.overall;
    let top = r.scale.len().saturating_sub(1);
    let _ = writeln!(out, "## {}\n", w.t("report-overall"));
    let line = w.msg(
        "md-overall",
        &[
            (
                "score",
                V::Markup(format!(
                    "**{} / {}**",
                    w.score(o.score),
                    w.count(top as u64)
                )),
            ),
            ("level", V::Markup(format!("**{}**", level_text(r, o)))),
            ("percent", V::Markup(w.pct100(o.percent))),
            ("coverage", V::Markup(w.pct(o.coverage))),
            ("rated", V::Count(o.counts.rated.into())),
            ("na", V::Count(o.counts.na.into())),
            ("unknown", V::Count(o.counts.unknown.into())),
            ("missing", V::Count(o.counts.missing.into())),
            ("total", V::Count(o.counts.total.into())),
        ],
    );
    let _ = writeln!(out, "{line}\n");
    if o.targets.with_target > 0 {
        let line = w.msg(
            "md-progress",
            &[
                ("percent", V::Markup(w.pct(o.targets.percent_to_target))),
                ("below", V::Count(o.targets.below_target.into())),
                ("with", V::Count(o.targets.with_target.into())),
                ("gap", V::Count(o.targets.total_gap.into())),
            ],
        );
        let _ = writeln!(out, "{line}\n");
    }
}

/// The next steps by stakeholder group, at most [`STEPS_PER_OWNER`] per group.
fn next_steps(r: &Report, w: &Words, out: &mut String) {
    let _ = writeln!(out, "\n## {}\n", w.t("report-next-steps"));
    if r.recommendations.is_empty() {
        let _ = writeln!(out, "{}\n", w.t("report-no-steps"));
    }
    for group in r
        .recommendations_by_owner
        .iter()
        .filter(|g| !g.indicators.is_empty())
    {
        let _ = writeln!(out, "### {}\n", escape_markdown(&group.name));
        for id in group.indicators.iter().take(STEPS_PER_OWNER) {
            let Some(rec) = r.recommendations.iter().find(|x| &x.indicator == id) else {
                continue;
            };
            let moves = format!("{} → {}", w.count(rec.level), w.count(rec.next_level));
            let levels = w.msg("report-step-levels", &[("move", V::Markup(moves))]);
            let action = rec.action.as_deref().unwrap_or(&rec.next_level_descriptor);
            let step = w.msg(
                "md-step",
                &[
                    (
                        "name",
                        V::Markup(format!("**{}**", escape_markdown(&rec.name))),
                    ),
                    ("id", V::Markup(format!("`{}`", rec.indicator))),
                    ("levels", V::Markup(levels)),
                    ("action", V::Text(action)),
                ],
            );
            let _ = writeln!(out, "- {step}");
        }
        if group.indicators.len() > STEPS_PER_OWNER {
            let more = (group.indicators.len() - STEPS_PER_OWNER) as u64;
            let _ = writeln!(out, "- {}", w.msg("md-more", &[("n", V::Count(more))]));
        }
        let _ = writeln!(out);
    }
}

impl Report {
    /// The report as Markdown (see [`to_markdown`]).
    ///
    /// ```
    /// let r = lhs_maturity::Framework::builtin().score_json(r#"{"answers": {}}"#).unwrap();
    /// assert!(r.to_markdown().contains("## Overall"));
    /// ```
    pub fn to_markdown(&self) -> String {
        to_markdown(self)
    }
}
