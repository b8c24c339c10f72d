//! What the command prints on a terminal: the score table, diagnostics, the batch table.
//! Colours only when the stream is a terminal and `NO_COLOR` is not set.

use lhs_maturity::{Diagnostic, NodeResult, Report, ScoreSummary, Severity, SummaryRow};
use std::fmt::Write;
use std::io::IsTerminal;

/// Whether to colour a stream: a terminal, and `NO_COLOR` unset or empty (no-color.org).
pub fn use_color(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Whether stdout gets colours.
pub fn stdout_color() -> bool {
    use_color(std::io::stdout().is_terminal())
}

/// Whether stderr gets colours.
pub fn stderr_color() -> bool {
    use_color(std::io::stderr().is_terminal())
}

/// ANSI styling that is a no-op when colours are off.
#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    pub fn bold(self, t: &str) -> String {
        self.paint("1", t)
    }
    pub fn dim(self, t: &str) -> String {
        self.paint("2", t)
    }
    pub fn red(self, t: &str) -> String {
        self.paint("1;31", t)
    }
    pub fn yellow(self, t: &str) -> String {
        self.paint("1;33", t)
    }
    pub fn cyan(self, t: &str) -> String {
        self.paint("1;36", t)
    }
    /// Colour of a level on a scale whose top is `max` (red → yellow → green).
    fn level(self, level: u32, max: u32, t: &str) -> String {
        let ratio = if max == 0 {
            1.0
        } else {
            f64::from(level) / f64::from(max)
        };
        let code = if ratio < 0.25 {
            "31"
        } else if ratio < 0.5 {
            "33"
        } else if ratio < 0.75 {
            "93"
        } else if ratio < 1.0 {
            "32"
        } else {
            "92"
        };
        self.paint(code, t)
    }
}

const BAR: usize = 16;
const NAME: usize = 46;

pub fn fit(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        format!("{text}{}", " ".repeat(width - n))
    } else {
        let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

fn bar(style: Style, s: &ScoreSummary, max: u32) -> String {
    match (s.score, s.level) {
        (Some(v), Some(l)) => {
            let filled = ((v / f64::from(max.max(1))) * BAR as f64)
                .round()
                .clamp(0.0, BAR as f64) as usize;
            format!(
                "{}{}",
                style.level(l, max, &"█".repeat(filled)),
                style.dim(&"░".repeat(BAR - filled))
            )
        }
        _ => style.dim(&"·".repeat(BAR)),
    }
}

fn score_cells(style: Style, r: &Report, s: &ScoreSummary) -> String {
    let max = r.scale.len().saturating_sub(1) as u32;
    let score = s
        .score
        .map_or_else(|| "    –".to_owned(), |v| format!("{v:5.2}"));
    let level = match s.level {
        Some(l) => {
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            style.level(l, max, &fit(&format!("{l} {name}"), 20))
        }
        None => style.dim(&fit("no score", 20)),
    };
    let cov = s
        .coverage
        .map_or_else(|| "   –".to_owned(), |c| format!("{:3.0}%", 100.0 * c));
    format!("{score}  {level} {}  {cov}", bar(style, s, max))
}

fn node_lines(style: Style, r: &Report, out: &mut String, n: &NodeResult, depth: usize) {
    let label = format!("{}{}", "  ".repeat(depth), n.name);
    let label = fit(&label, NAME);
    let label = if depth == 0 {
        style.bold(&label)
    } else {
        label
    };
    let _ = writeln!(out, "{label} {}", score_cells(style, r, &n.score));
    for c in &n.children {
        node_lines(style, r, out, c, depth + 1);
    }
}

/// Wraps `text` at `width` columns, indenting continuation lines by `indent` spaces.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = indent;
    for (i, word) in text.split_whitespace().enumerate() {
        let w = word.chars().count();
        if i > 0 && col + 1 + w > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if i > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
    out
}

/// How many next steps the table lists.
const TOP_STEPS: usize = 5;

/// The `score --format table` output.
pub fn score_table(r: &Report, style: Style) -> String {
    let mut out = String::new();
    let unit = r.unit.as_ref();
    let name = unit
        .and_then(|u| u.name.clone().or_else(|| u.id.clone()))
        .unwrap_or_else(|| "(unit not named)".to_owned());
    let mut head = style.bold(&name);
    if let Some(k) = unit.and_then(|u| u.kind.as_deref()) {
        let _ = write!(head, " ({k})");
    }
    if let Some(p) = &r.period {
        let _ = write!(head, " · {p}");
    }
    let _ = writeln!(out, "{head}");
    let _ = writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} · {} {}",
            r.framework.title, r.framework.id, r.framework.version
        ))
    );
    let o = &r.overall;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {}",
        style.bold(&fit("Overall", NAME)),
        score_cells(style, r, o)
    );
    let _ = writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} rated, {} not applicable, {} unknown, {} not answered, of {} indicators{}",
            o.counts.rated,
            o.counts.na,
            o.counts.unknown,
            o.counts.missing,
            o.counts.total,
            match o.targets.percent_to_target {
                Some(p) => format!(
                    "; {:.0}% of the way to target ({} below target)",
                    100.0 * p,
                    o.targets.below_target
                ),
                None => String::new(),
            }
        ))
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>5}  {} {}  {:>4}",
            fit("Domain / sub-domain", NAME),
            "Score",
            fit("Level", 20),
            fit("", BAR),
            "Cov."
        ))
    );
    for d in &r.domains {
        node_lines(style, r, &mut out, d, 0);
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", style.bold("Learning profile"));
    for f in &r.facets {
        let _ = writeln!(out, "{}", f.name);
        for v in &f.values {
            let _ = writeln!(
                out,
                "{} {}",
                fit(&format!("  {}", v.name), NAME),
                score_cells(style, r, &v.score)
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", style.bold("Top next steps"));
    if r.recommendations.is_empty() {
        let _ = writeln!(out, "No rated indicator is below its target.");
    }
    for rec in r.recommendations.iter().take(TOP_STEPS) {
        let head = format!(
            "{}. {} ({}), level {} → {}: ",
            rec.rank, rec.name, rec.indicator, rec.level, rec.next_level
        );
        let what = rec
            .action
            .clone()
            .unwrap_or_else(|| rec.next_level_descriptor.clone());
        let _ = writeln!(out, "{}", wrap(&format!("{head}{what}"), 100, 3));
    }
    if r.recommendations.len() > TOP_STEPS {
        let _ = writeln!(
            out,
            "{}",
            style.dim(&format!(
                "    … {} more (`--format markdown` lists them by stakeholder group; `report` writes them all)",
                r.recommendations.len() - TOP_STEPS
            ))
        );
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

/// One diagnostic of a file, as `validate` and errors print it: `FILE:LINE:COL: error[code]
/// at PATH: message`, then `help: ...` on the next line.
pub fn diagnostic(file: &str, d: &Diagnostic, style: Style) -> String {
    let sev = match d.severity {
        Severity::Error => style.red(&format!("error[{}]", d.code)),
        Severity::Warning => style.yellow(&format!("warning[{}]", d.code)),
    };
    let mut where_ = String::from(file);
    if let (Some(l), Some(c)) = (d.line, d.column) {
        let _ = write!(where_, ":{l}:{c}");
    }
    let mut s = format!("{}: {sev}", style.bold(&where_));
    if !d.path.is_empty() {
        let _ = write!(s, " at {}", d.path);
    }
    let _ = write!(s, ": {}", d.message);
    if let Some(h) = &d.help {
        let _ = write!(s, "\n    {} {h}", style.cyan("help:"));
    }
    s
}

/// The `batch --format table` output.
pub fn batch_table(rows: &[SummaryRow], domains: &[String]) -> String {
    let mut out = String::new();
    let mut head = format!(
        "{} {} {:>7} {:>5} {:>6}",
        fit("unit", 40),
        fit("period", 9),
        "overall",
        "level",
        "cov."
    );
    for d in domains {
        let _ = write!(head, " {:>6}", fit(d, 6).trim_end());
    }
    let _ = writeln!(out, "{head}");
    for r in rows {
        let unit = r
            .unit_name
            .clone()
            .or_else(|| r.unit_id.clone())
            .unwrap_or_else(|| match r.line {
                Some(l) => format!("{}:{l}", r.source),
                None => r.source.clone(),
            });
        let num = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |x| format!("{x:.2}"));
        if !r.ok {
            let _ = writeln!(out, "{} failed: see below", fit(&unit, 40));
            continue;
        }
        let _ = write!(
            out,
            "{} {} {:>7} {:>5} {:>6}",
            fit(&unit, 40),
            fit(r.period.as_deref().unwrap_or("–"), 9),
            num(r.overall.score),
            r.overall
                .level
                .map_or_else(|| "–".to_owned(), |l| l.to_string()),
            r.overall
                .coverage
                .map_or_else(|| "–".to_owned(), |c| format!("{:.0}%", 100.0 * c)),
        );
        for d in domains {
            let v = r.domains.iter().find(|x| &x.id == d).and_then(|x| x.score);
            let _ = write!(out, " {:>6}", num(v));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_cuts() {
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("abcdef", 4), "abc…");
    }

    #[test]
    fn wrap_indents() {
        assert_eq!(wrap("aa bb cc", 5, 2), "aa\n  bb\n  cc");
    }

    #[test]
    fn no_escapes_without_color() {
        let fw = lhs_maturity::Framework::builtin();
        let r = fw
            .score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#)
            .unwrap();
        assert!(!score_table(&r, Style { color: false }).contains('\x1b'));
        assert!(score_table(&r, Style { color: true }).contains('\x1b'));
    }
}
