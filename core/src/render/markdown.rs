//! Human-readable renderings of a report. Numbers are rounded here, for display only.

use crate::render::escape::escape_markdown;
use crate::score::report::{NodeResult, Report, ScoreSummary};
use std::fmt::Write;

/// How many next steps per stakeholder group the Markdown report lists.
pub const STEPS_PER_OWNER: usize = 5;

fn score_text(s: &ScoreSummary) -> String {
    s.score
        .map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"))
}

fn level_text(r: &Report, s: &ScoreSummary) -> String {
    match s.level {
        Some(l) => {
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            format!("{l} {}", escape_markdown(name))
        }
        None => "–".to_owned(),
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{:.0}%", 100.0 * v))
}

fn node_rows(r: &Report, out: &mut String, n: &NodeResult, depth: usize) {
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
        score_text(&n.score),
        level_text(r, &n.score),
        pct(n.score.coverage),
        n.score.counts.rated,
        n.score.counts.total - n.score.counts.na,
        pct(n.score.targets.percent_to_target),
    );
    for c in &n.children {
        node_rows(r, out, c, depth + 1);
    }
}

/// Renders a report as Markdown: the domain table, the learning profile, the next steps by
/// stakeholder group and the warnings. User-typed text is escaped.
///
/// ```
/// let r = lhs_maturity::Framework::builtin()
///     .score_json(r#"{"unit": {"name": "<Kisumu>"}, "answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let md = lhs_maturity::to_markdown(&r);
/// assert!(md.contains("| Domain |"));
/// assert!(md.contains("&lt;Kisumu&gt;"));
/// ```
pub fn to_markdown(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_markdown(&r.framework.title));
    let unit = r.unit.as_ref();
    let unit_name = unit
        .and_then(|u| u.name.as_deref().or(u.id.as_deref()))
        .map_or_else(|| "(unit not named)".to_owned(), escape_markdown);
    let _ = write!(out, "**Unit:** {unit_name}");
    if let Some(kind) = unit.and_then(|u| u.kind.as_deref()) {
        let _ = write!(out, " ({})", escape_markdown(kind));
    }
    if let Some(p) = &r.period {
        let _ = write!(out, " · **Period:** {}", escape_markdown(p));
    }
    let _ = writeln!(
        out,
        " · **Framework:** `{}` {}\n",
        r.framework.id, r.framework.version
    );
    let o = &r.overall;
    let top = r.scale.len().saturating_sub(1);
    let _ = writeln!(out, "## Overall\n");
    let _ = writeln!(
        out,
        "Score **{} / {top}** · level **{}** · {} of the top level · coverage {} ({} rated, {} n/a, {} unknown, {} missing of {})\n",
        score_text(o),
        level_text(r, o),
        o.percent.map_or_else(|| "–".to_owned(), |p| format!("{p:.0}%")),
        pct(o.coverage),
        o.counts.rated,
        o.counts.na,
        o.counts.unknown,
        o.counts.missing,
        o.counts.total,
    );
    if o.targets.with_target > 0 {
        let _ = writeln!(
            out,
            "Progress to target: {} ({} of {} rated indicators with a target are below it; total gap {} levels)\n",
            pct(o.targets.percent_to_target),
            o.targets.below_target,
            o.targets.with_target,
            o.targets.total_gap
        );
    }
    let _ = writeln!(out, "## Domains\n");
    let _ = writeln!(
        out,
        "| Domain | Id | Score | Level | Coverage | To target |"
    );
    let _ = writeln!(out, "|---|---|---:|---|---:|---:|");
    for d in r.domains.iter().filter(|d| !d.outcome) {
        node_rows(r, &mut out, d, 0);
    }
    if r.domains.iter().any(|d| d.outcome) {
        let _ = writeln!(out, "\n## Outcome profile\n");
        let _ = writeln!(
            out,
            "Learning processes and results, reported apart: not part of the overall score.\n"
        );
        let _ = writeln!(
            out,
            "| Outcome | Id | Score | Level | Coverage | To target |"
        );
        let _ = writeln!(out, "|---|---|---:|---|---:|---:|");
        for d in r.domains.iter().filter(|d| d.outcome) {
            node_rows(r, &mut out, d, 0);
        }
    }
    let _ = writeln!(out, "\n## Learning profile\n");
    let _ = writeln!(out, "| Facet | Value | Score | Level | Coverage |");
    let _ = writeln!(out, "|---|---|---:|---|---:|");
    for f in &r.facets {
        for v in &f.values {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                escape_markdown(&f.name),
                escape_markdown(&v.name),
                score_text(&v.score),
                level_text(r, &v.score),
                pct(v.score.coverage)
            );
        }
    }
    next_steps(r, &mut out);
    if !r.warnings.is_empty() {
        let _ = writeln!(out, "## Warnings\n");
        for w in &r.warnings {
            let _ = writeln!(out, "- `{}`: {}", w.code, escape_markdown(&w.message));
        }
        let _ = writeln!(out);
    }
    out
}

/// The next steps by stakeholder group, at most [`STEPS_PER_OWNER`] per group.
fn next_steps(r: &Report, out: &mut String) {
    let _ = writeln!(out, "\n## Next steps by stakeholder group\n");
    if r.recommendations.is_empty() {
        let _ = writeln!(out, "No rated indicator is below its target.\n");
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
            let _ = write!(
                out,
                "- **{}** (`{}`), level {} → {}",
                escape_markdown(&rec.name),
                rec.indicator,
                rec.level,
                rec.next_level
            );
            match &rec.action {
                Some(a) => {
                    let _ = writeln!(out, ": {}", escape_markdown(a));
                }
                None => {
                    let _ = writeln!(out, ": {}", escape_markdown(&rec.next_level_descriptor));
                }
            }
        }
        if group.indicators.len() > STEPS_PER_OWNER {
            let _ = writeln!(
                out,
                "- … and {} more",
                group.indicators.len() - STEPS_PER_OWNER
            );
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
