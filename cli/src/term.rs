//! What the command prints on a terminal: the score table, diagnostics, the batch table.
//! Colours only when the stream is a terminal and `NO_COLOR` is not set.

use crate::lang::{n, t, Lang};
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

/// Whether a character takes no column of its own on a terminal: a combining mark (the
/// accents of decomposed Latin text, Arabic short vowels and shadda) or a joiner.
fn is_zero_width(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{200B}'..='\u{200D}'
        | '\u{FE00}'..='\u{FE0F}')
}

/// The columns a text takes on a terminal (one per character, none for combining marks).
pub fn width(text: &str) -> usize {
    text.chars().filter(|&c| !is_zero_width(c)).count()
}

/// `text` padded with spaces, or cut with `…`, to `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    let n = self::width(text);
    if n <= width {
        return format!("{text}{}", " ".repeat(width - n));
    }
    let mut s = String::new();
    let mut cols = 0;
    for c in text.chars() {
        if !is_zero_width(c) {
            if cols + 1 >= width {
                break;
            }
            cols += 1;
        }
        s.push(c);
    }
    s.push('…');
    s
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

fn score_cells(style: Style, lang: Lang, r: &Report, s: &ScoreSummary) -> String {
    let max = r.scale.len().saturating_sub(1) as u32;
    let score = format!("{:>5}", lang.num(s.score));
    let level = match s.level {
        Some(l) => {
            let name = r.scale.get(l as usize).map_or("", |x| x.name.as_str());
            style.level(l, max, &fit(&format!("{l} {name}"), 20))
        }
        None => style.dim(&fit(&lang.t("cli-no-score", &[]), 20)),
    };
    let cov = format!("{:>w$}", lang.pct_or_dash(s.coverage), w = pct_width(lang));
    format!("{score}  {level} {}  {cov}", bar(style, s, max))
}

/// The width of a whole percentage column: that of `100%` in the language.
pub fn pct_width(lang: Lang) -> usize {
    lang.pct(1.0).chars().count()
}

fn node_lines(
    style: Style,
    lang: Lang,
    r: &Report,
    out: &mut String,
    n: &NodeResult,
    depth: usize,
) {
    let label = format!("{}{}", "  ".repeat(depth), n.name);
    let label = fit(&label, NAME);
    let label = if depth == 0 {
        style.bold(&label)
    } else {
        label
    };
    let _ = writeln!(out, "{label} {}", score_cells(style, lang, r, &n.score));
    for c in &n.children {
        node_lines(style, lang, r, out, c, depth + 1);
    }
}

/// Wraps `text` at `width` columns, indenting continuation lines by `indent` spaces.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = indent;
    for (i, word) in text.split_whitespace().enumerate() {
        let w = self::width(word);
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

/// The name of an assessed unit, or a placeholder.
pub fn unit_name(unit: Option<&lhs_maturity::Unit>, lang: Lang) -> String {
    unit.and_then(|u| u.name.clone().or_else(|| u.id.clone()))
        .unwrap_or_else(|| lang.t("cli-unit-not-named", &[]))
}

/// The heading of the score table: unit, kind, period, then the framework.
fn score_heading(r: &Report, style: Style, lang: Lang, out: &mut String) {
    let unit = r.unit.as_ref();
    let mut head = style.bold(&unit_name(unit, lang));
    if let Some(k) = unit.and_then(|u| u.kind.as_deref()) {
        let _ = write!(head, " ({})", unit_kind(k, lang));
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
}

/// A unit kind (`district`) in the language.
pub fn unit_kind(kind: &str, lang: Lang) -> String {
    lang.t("cli-unit-kind", &[("kind", t(kind))])
}

/// The overall line of the score table and what it rests on.
fn score_overall(r: &Report, style: Style, lang: Lang, out: &mut String) {
    let o = &r.overall;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{} {}",
        style.bold(&fit(&lang.t("cli-overall", &[]), NAME)),
        score_cells(style, lang, r, o)
    );
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
    let _ = writeln!(out, "{}", style.dim(&counts));
}

/// The next steps of the score table: the first few, and how many more.
fn score_steps(r: &Report, style: Style, lang: Lang, out: &mut String) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", style.bold(&lang.t("cli-score-next-steps", &[])));
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
        let _ = writeln!(out, "{}", style.dim(&format!("    {more}")));
    }
}

/// A list of warnings under a heading (`Warnings (2)`), each `- code: message`.
pub fn warning_list(warnings: &[Diagnostic], style: Style, lang: Lang, out: &mut String) {
    if warnings.is_empty() {
        return;
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t("cli-warnings-heading", &[("n", n(warnings.len()))]))
    );
    for w in warnings {
        let shown = diagnostic_parts(w, None, Style { color: false }, lang);
        let _ = writeln!(
            out,
            "{}",
            wrap(&format!("- {}: {}", shown.code, shown.message), 100, 2)
        );
    }
}

/// The `score --format table` output.
pub fn score_table(r: &Report, style: Style, lang: Lang) -> String {
    let mut out = String::new();
    score_heading(r, style, lang, &mut out);
    score_overall(r, style, lang, &mut out);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {:>5}  {} {}  {:>w$}",
            fit(&lang.t("cli-score-column-node", &[]), NAME),
            lang.t("cli-score-column-score", &[]),
            fit(&lang.t("cli-score-column-level", &[]), 20),
            fit("", BAR),
            lang.t("cli-score-column-coverage", &[]),
            w = pct_width(lang)
        ))
    );
    for d in &r.domains {
        node_lines(style, lang, r, &mut out, d, 0);
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        style.bold(&lang.t("cli-score-learning-profile", &[]))
    );
    for f in &r.facets {
        let _ = writeln!(out, "{}", f.name);
        for v in &f.values {
            let _ = writeln!(
                out,
                "{} {}",
                fit(&format!("  {}", v.name), NAME),
                score_cells(style, lang, r, &v.score)
            );
        }
    }
    score_steps(r, style, lang, &mut out);
    warning_list(&r.warnings, style, lang, &mut out);
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
    pub fn with_help(&self, indent: usize, style: Style, lang: Lang) -> String {
        match &self.help {
            Some(h) => format!(
                "{}\n{}{} {h}",
                self.head,
                " ".repeat(indent),
                style.cyan(&lang.t("cli-label-help", &[]))
            ),
            None => self.head.clone(),
        }
    }
}

/// Every diagnostic the command prints (errors and warnings about documents, findings of the
/// framework lint, warnings of reports and analyses) passes through here, so that its words are
/// chosen in one place.
pub fn diagnostic_parts(d: &Diagnostic, file: Option<&str>, style: Style, lang: Lang) -> Shown {
    // i18n: the one place the words of a diagnostic are chosen. The core writes a diagnostic
    // again in `lang` from its catalogs (`diagnostics.ftl`) when it was written from them; an
    // author's diagnostic (framework, lint) and the command's own stay as they are.
    let d = &lhs_maturity::i18n::localize(d, lang.code());
    let message = crate::lang::plain(&d.message);
    let help = d.help.as_deref().map(crate::lang::plain);
    let sev_word = match d.severity {
        Severity::Error => lang.t("cli-severity-error", &[]),
        Severity::Warning => lang.t("cli-severity-warning", &[]),
    };
    let sev_code = format!("{sev_word}[{}]", d.code);
    let sev = match d.severity {
        Severity::Error => style.red(&sev_code),
        Severity::Warning => style.yellow(&sev_code),
    };
    let mut head = String::new();
    let place = match (file, d.line, d.column) {
        (Some(f), Some(l), Some(c)) => Some(format!("{f}:{l}:{c}")),
        (Some(f), ..) => Some(f.to_owned()),
        (None, ..) => None,
    };
    if let Some(p) = place {
        let _ = write!(head, "{}: ", style.bold(&p));
    }
    head.push_str(&sev);
    match (file, d.line, d.column) {
        (None, Some(l), Some(c)) => {
            let at = lang.t(
                "cli-diagnostic-at-line",
                &[("line", t(l)), ("column", t(c))],
            );
            let _ = write!(head, " {at}");
        }
        _ if d.path.is_empty() => {}
        _ => {
            let at = lang.t("cli-diagnostic-at-path", &[("path", t(&d.path))]);
            let _ = write!(head, " {at}");
        }
    }
    let _ = write!(head, ": {message}");
    Shown {
        head,
        code: d.code.clone(),
        message,
        help,
    }
}

/// One diagnostic of a file, as `validate` and errors print it: `FILE:LINE:COL: error[code]
/// at PATH: message`, then `help: ...` on the next line.
pub fn diagnostic(file: &str, d: &Diagnostic, style: Style, lang: Lang) -> String {
    diagnostic_parts(d, Some(file), style, lang).with_help(4, style, lang)
}

/// The `batch --format table` output.
pub fn batch_table(rows: &[SummaryRow], domains: &[String], lang: Lang) -> String {
    let mut out = String::new();
    let pw = pct_width(lang).max(6);
    let mut head = format!(
        "{} {} {:>7} {:>5} {:>pw$}",
        fit(&lang.t("cli-column-unit", &[]), 40),
        fit(&lang.t("cli-column-period", &[]), 9),
        lang.t("cli-column-overall", &[]),
        lang.t("cli-column-level", &[]),
        lang.t("cli-column-coverage", &[]),
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
        if !r.ok {
            let _ = writeln!(
                out,
                "{} {}",
                fit(&unit, 40),
                lang.t("cli-batch-row-failed", &[])
            );
            continue;
        }
        let _ = write!(
            out,
            "{} {} {:>7} {:>5} {:>pw$}",
            fit(&unit, 40),
            fit(r.period.as_deref().unwrap_or("–"), 9),
            lang.num(r.overall.score),
            r.overall
                .level
                .map_or_else(|| "–".to_owned(), |l| l.to_string()),
            lang.pct_or_dash(r.overall.coverage),
        );
        for d in domains {
            let v = r.domains.iter().find(|x| &x.id == d).and_then(|x| x.score);
            let _ = write!(out, " {:>6}", lang.num(v));
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
        assert_eq!(fit("abcd", 4), "abcd");
        assert_eq!(fit("", 0), "");
        // Combining marks take no column: the shadda and kasra of المتعلِّم.
        assert_eq!(width("المتعلِّم"), 7);
        assert_eq!(fit("المتعلِّم", 8), "المتعلِّم ");
        assert_eq!(fit("e\u{301}te\u{301}", 3), "e\u{301}te\u{301}");
        assert_eq!(fit("e\u{301}te\u{301}s", 3), "e\u{301}t…");
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
        assert!(!score_table(&r, Style { color: false }, Lang::EN).contains('\x1b'));
        assert!(score_table(&r, Style { color: true }, Lang::EN).contains('\x1b'));
    }
}
