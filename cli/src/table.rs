//! One model for every table the command prints: columns (a header for the terminal, one for
//! Markdown, an alignment) and rows of cells (a text for the terminal with an optional style, a
//! text for Markdown). A table is described once and drawn either on a terminal, laid out by
//! `comfy-table` (widths in display columns, from `unicode-width`; styles take no column), or
//! as a Markdown table. [`Page`] puts tables, headings and lines together in either output.
//!
//! Styles are written with `anstyle` whatever the output; [`for_stream`] removes them (with
//! `anstream`) when the stream is not a colour terminal or `NO_COLOR` is set.

use anstyle::{Ansi256Color, AnsiColor, Color, Style};
use comfy_table::{presets::NOTHING, CellAlignment, ContentArrangement};
use lhs_maturity::escape_markdown;
use std::fmt::Write;
use std::io::IsTerminal;
use unicode_width::UnicodeWidthStr;

/// Whether to colour a stream: a terminal, and `NO_COLOR` unset or empty (no-color.org).
pub fn use_color(is_terminal: bool) -> bool {
    is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// `text` as it goes to standard output (`stderr` false) or standard error: its styles kept on
/// a colour terminal, removed otherwise.
pub fn for_stream(text: &str, stderr: bool) -> String {
    let terminal = if stderr {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    if use_color(terminal) {
        text.to_owned()
    } else {
        plain(text)
    }
}

/// `text` without its styles.
pub fn plain(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}

/// How a cell or a line is drawn on a terminal.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Tone {
    /// As it is.
    #[default]
    Plain,
    /// Bold: titles, headers, the overall row.
    Bold,
    /// Dim: what is secondary (names beside ids, notes).
    Dim,
    /// An error.
    Error,
    /// A warning.
    Warning,
    /// A label (`help:`).
    Label,
    /// Level `.0` of a scale whose top level is `.1`, in the colour of the core's charts.
    Level(u32, u32),
}

impl Tone {
    fn style(self) -> Style {
        let fg = |c: AnsiColor| Style::new().bold().fg_color(Some(Color::Ansi(c)));
        match self {
            Tone::Plain => Style::new(),
            Tone::Bold => Style::new().bold(),
            Tone::Dim => Style::new().dimmed(),
            Tone::Error => fg(AnsiColor::Red),
            Tone::Warning => fg(AnsiColor::Yellow),
            Tone::Label => fg(AnsiColor::Cyan),
            Tone::Level(l, max) => {
                // One rule for the colour of a level, on a scale of any number of levels: the
                // core's (that of the charts), drawn in the nearest of the 256 colours of
                // terminals (xterm's 6×6×6 cube), which more terminals show than 24-bit colour.
                let hex = lhs_maturity::level_color(l, max).trim_start_matches('#');
                let cube = |i: usize| {
                    let v = hex
                        .get(i..i + 2)
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                        .unwrap_or(0x88);
                    match v {
                        0..48 => 0,
                        48..115 => 1,
                        _ => (v - 35) / 40,
                    }
                };
                let index = 16 + 36 * cube(0) + 6 * cube(2) + cube(4);
                Style::new().fg_color(Some(Color::Ansi256(Ansi256Color(index))))
            }
        }
    }

    /// `text` in this tone.
    pub fn paint(self, text: &str) -> String {
        let s = self.style();
        if s == Style::new() || text.is_empty() {
            return text.to_owned();
        }
        format!("{s}{text}{s:#}")
    }
}

/// Bold text.
pub fn bold(text: &str) -> String {
    Tone::Bold.paint(text)
}

/// Dim text.
pub fn dim(text: &str) -> String {
    Tone::Dim.paint(text)
}

/// The columns a text takes on a terminal (`unicode-width`: none for combining marks and
/// joiners, two for wide East Asian characters).
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut with `…` to at most `max` columns.
pub fn cut(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let mut s = String::new();
    let mut cols = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if cols + w + 1 > max {
            break;
        }
        cols += w;
        s.push(c);
    }
    s.push('…');
    s
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

/// One cell: its text on a terminal (with a tone) and in Markdown.
#[derive(Clone, Debug, Default)]
pub struct Cell {
    text: String,
    md: String,
    tone: Tone,
}

impl Cell {
    /// A text: escaped in Markdown.
    pub fn new(text: impl Into<String>) -> Cell {
        let text = text.into();
        Cell::raw(escape_markdown(&text)).on_terminal(text)
    }

    /// A number, an id or anything else written the same in both outputs.
    pub fn raw(text: impl Into<String>) -> Cell {
        let text = text.into();
        let md = text.clone();
        Cell {
            text,
            md,
            tone: Tone::Plain,
        }
    }

    /// An estimate with its note (`–[1]`): the brackets escaped in Markdown.
    pub fn note(text: String) -> Cell {
        Cell::raw(text.replace('[', "\\[").replace(']', "\\]")).on_terminal(text)
    }

    /// The same cell, showing `text` on a terminal.
    fn on_terminal(mut self, text: String) -> Cell {
        self.text = text;
        self
    }

    /// Its text on a terminal.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The same cell with this Markdown.
    pub fn md(mut self, md: impl Into<String>) -> Cell {
        self.md = md.into();
        self
    }

    /// The same cell in this tone on a terminal.
    pub fn tone(mut self, tone: Tone) -> Cell {
        self.tone = tone;
        self
    }

    /// The same cell indented by `depth` levels (two spaces on a terminal, four non-breaking
    /// spaces in Markdown).
    pub fn indent(mut self, depth: usize) -> Cell {
        self.text = format!("{}{}", "  ".repeat(depth), self.text);
        self.md = format!("{}{}", "&nbsp;&nbsp;&nbsp;&nbsp;".repeat(depth), self.md);
        self
    }

    /// The same cell cut to `max` columns on a terminal.
    pub fn cut(mut self, max: usize) -> Cell {
        self.text = cut(&self.text, max);
        self
    }
}

/// A column: its headers, its alignment, and the outputs it shows in.
#[derive(Clone, Debug)]
pub struct Column {
    head: String,
    md: String,
    right: bool,
    /// Whether it shows on a terminal, in Markdown.
    shows: [bool; 2],
}

impl Column {
    /// A left-aligned column with this header in both outputs.
    pub fn left(head: impl Into<String>) -> Column {
        let head = head.into();
        let md = head.clone();
        let shows = [true, true];
        Column {
            head,
            md,
            right: false,
            shows,
        }
    }

    /// A right-aligned column (numbers).
    pub fn right(head: impl Into<String>) -> Column {
        let mut c = Column::left(head);
        c.right = true;
        c
    }

    /// The same column with another header in Markdown.
    pub fn md(mut self, md: impl Into<String>) -> Column {
        self.md = md.into();
        self
    }

    /// The same column on a terminal only.
    pub fn terminal_only(mut self) -> Column {
        self.shows = [true, false];
        self
    }

    /// The same column in Markdown only.
    pub fn markdown_only(mut self) -> Column {
        self.shows = [false, true];
        self
    }

    fn shows(&self, md: bool) -> bool {
        self.shows.get(usize::from(md)).copied().unwrap_or(true)
    }
}

/// A table: columns and rows, each row a cell per column.
#[derive(Clone, Debug, Default)]
pub struct Table {
    columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// A table with these columns and no row.
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    /// Adds a row (a cell per column).
    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    /// How many rows the table has.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Adds a row, every cell in `tone`.
    pub fn row_in(&mut self, tone: Tone, cells: Vec<Cell>) {
        self.row(cells.into_iter().map(|c| c.tone(tone)).collect());
    }

    /// The table on a terminal: columns two spaces apart, no borders, no trailing spaces; the
    /// header bold (none when every header is empty). Every line ends with a line break.
    pub fn terminal(&self) -> String {
        let mut t = comfy_table::Table::new();
        t.load_preset(NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        let shown: Vec<usize> = (0..self.columns.len())
            .filter(|&i| self.columns.get(i).is_some_and(|c| c.shows(false)))
            .collect();
        let align = |i: usize| {
            if self.columns.get(i).is_some_and(|c| c.right) {
                CellAlignment::Right
            } else {
                CellAlignment::Left
            }
        };
        let cell = |i: usize, text: String| comfy_table::Cell::new(text).set_alignment(align(i));
        if self
            .columns
            .iter()
            .any(|c| c.shows(false) && !c.head.is_empty())
        {
            t.set_header(shown.iter().map(|&i| {
                let head = self.columns.get(i).map_or("", |c| c.head.as_str());
                cell(i, bold(head))
            }));
        }
        for r in &self.rows {
            t.add_row(shown.iter().map(|&i| {
                let c = r.get(i).cloned().unwrap_or_default();
                cell(i, c.tone.paint(&c.text))
            }));
        }
        for (k, col) in t.column_iter_mut().enumerate() {
            col.set_padding((0, if k + 1 == shown.len() { 0 } else { 2 }));
        }
        let mut out = String::new();
        for line in t.lines() {
            let _ = writeln!(out, "{}", line.trim_end());
        }
        out
    }

    /// The table in Markdown: a header row, the alignment row (`---` or `--:`), the rows.
    pub fn markdown(&self) -> String {
        let shown: Vec<&Column> = self.columns.iter().filter(|c| c.shows(true)).collect();
        let line = |cells: Vec<&str>| {
            let mut s = String::from("|");
            for c in cells {
                if c.is_empty() {
                    s.push_str(" |");
                } else {
                    let _ = write!(s, " {c} |");
                }
            }
            s.push('\n');
            s
        };
        let mut out = line(shown.iter().map(|c| c.md.as_str()).collect());
        out.push('|');
        for c in &shown {
            out.push_str(if c.right { "--:|" } else { "---|" });
        }
        out.push('\n');
        for r in &self.rows {
            let cells = self
                .columns
                .iter()
                .zip(r)
                .filter(|(c, _)| c.shows(true))
                .map(|(_, x)| x.md.as_str())
                .collect();
            out.push_str(&line(cells));
        }
        out
    }
}

/// A page of output, written once for a terminal and for Markdown.
pub struct Page {
    /// Whether the page is Markdown.
    pub md: bool,
    out: String,
}

impl Page {
    /// An empty page, Markdown or for a terminal.
    pub fn new(md: bool) -> Page {
        Page {
            md,
            out: String::new(),
        }
    }

    /// `text` escaped when the page is Markdown.
    pub fn esc(&self, text: &str) -> String {
        if self.md {
            escape_markdown(text)
        } else {
            text.to_owned()
        }
    }

    /// A line as it is.
    pub fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// The first line in Markdown, the second on a terminal.
    pub fn either(&mut self, md: &str, terminal: &str) {
        self.line(if self.md { md } else { terminal });
    }

    /// The title (`## …` and a blank line in Markdown, bold on a terminal).
    pub fn title(&mut self, text: &str) {
        if self.md {
            let _ = writeln!(self.out, "## {text}\n");
        } else {
            self.line(&bold(text));
        }
    }

    /// A section heading: `### …` between blank lines in Markdown, a blank line and a bold
    /// line on a terminal.
    pub fn heading(&mut self, text: &str) {
        if self.md {
            let _ = writeln!(self.out, "\n### {text}\n");
        } else {
            self.out.push('\n');
            self.line(&bold(text));
        }
    }

    /// A table.
    pub fn table(&mut self, t: &Table) {
        let text = if self.md { t.markdown() } else { t.terminal() };
        self.out.push_str(&text);
    }

    /// The text of the page.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_by_display_width() {
        assert_eq!(cut("ab", 4), "ab");
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abcd", 4), "abcd");
        assert_eq!(cut("", 0), "");
        // Combining marks take no column: the shadda and kasra of المتعلِّم.
        assert_eq!(width("المتعلِّم"), 7);
        assert_eq!(cut("المتعلِّم", 7), "المتعلِّم");
        assert_eq!(cut("e\u{301}te\u{301}", 3), "e\u{301}te\u{301}");
        assert_eq!(cut("e\u{301}te\u{301}s", 3), "e\u{301}t…");
        // Wide characters take two columns.
        assert_eq!(width("基拉"), 4);
        assert_eq!(cut("基拉基拉", 5), "基拉…");
    }

    #[test]
    fn wrap_indents() {
        assert_eq!(wrap("aa bb cc", 5, 2), "aa\n  bb\n  cc");
    }

    #[test]
    fn one_table_two_outputs() {
        let mut t = Table::new(vec![
            Column::left(""),
            Column::right("n").md("count"),
            Column::left("id").terminal_only(),
        ]);
        t.row(vec![
            Cell::new("a*b").tone(Tone::Bold),
            Cell::raw("12"),
            Cell::raw("x"),
        ]);
        t.row(vec![
            Cell::new("基拉").indent(1),
            Cell::raw("3"),
            Cell::raw("yy"),
        ]);
        assert_eq!(
            t.markdown(),
            "| | count |\n|---|--:|\n| a\\*b | 12 |\n| &nbsp;&nbsp;&nbsp;&nbsp;基拉 | 3 |\n"
        );
        assert_eq!(
            plain(&t.terminal()),
            "         n  id\na*b     12  x\n  基拉   3  yy\n"
        );
        assert!(t.terminal().contains('\x1b'));
    }

    #[test]
    fn levels_take_the_colours_of_the_charts() {
        // #d73027, the chart's lowest level: xterm colour 166 (#d75f00), the nearest.
        let red = Tone::Level(0, 4).paint("x");
        assert!(red.contains("38;5;166m"), "{red:?}");
        assert_eq!(Tone::Level(2, 2).paint("x"), Tone::Level(4, 4).paint("x"));
        assert_eq!(plain(&Tone::Level(1, 3).paint("x")), "x");
    }
}
