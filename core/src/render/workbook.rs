//! The Excel template of a framework.
//!
//! A sheet about the assessment (unit, period, respondent, default target and the framework's id
//! and version), then one sheet per domain with one row per indicator. Every sheet has the same
//! frame, which [`crate::Framework::read_workbook`] reads back: a hidden first row of machine
//! column names (`id`, `answer`, `evidence`…, those of the one-row-per-indicator CSV), a row of
//! titles in the template's language (its id cell empty), and a hidden column A of ids (an indicator id or a
//! metadata name such as `period`), so that rows and columns are found by name, never by place.

use crate::error::Error;
use crate::model::compiled::{CIndicator, Framework};
use crate::model::framework::{Node, NodeContent, UnitKind, OWNER_FACET};
use crate::read::csv::CSV_METADATA_COLUMNS;
use crate::render::words::{Words, V};
use crate::render::xlsform_xlsx::failed;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};

/// Excel's longest sheet name, in characters.
const SHEET_NAME_MAX: usize = 31;

/// The characters Excel does not take in a sheet name.
const SHEET_NAME_FORBIDDEN: &[char] = &['[', ']', ':', '*', '?', '/', '\\'];

/// The first row of data, below the hidden row of machine names and the row of titles.
const FIRST_ROW: u32 = 2;

// The columns (from 0) of a domain sheet that the person fills in, and the first of the level
// descriptors, whose number varies: in the order of `Framework::domain_columns`.
/// The level.
const ANSWER: u16 = 4;
/// The evidence seen.
const EVIDENCE: u16 = 5;
/// Why the indicator is not applicable.
const JUSTIFICATION: u16 = 6;
/// How sure the answer is.
const CONFIDENCE: u16 = 7;
/// The level aimed for.
const TARGET: u16 = 8;
/// The descriptor of level 0.
const FIRST_LEVEL: u16 = 9;

/// One column of a sheet: its machine name (the hidden first row), its title and its width.
struct Column {
    key: String,
    title: String,
    width: f64,
}

/// The formats of the template's cells.
struct Formats {
    title: Format,
    wrap: Format,
    input: Format,
    group: Format,
}

impl Formats {
    fn new() -> Formats {
        let top = |f: Format| f.set_align(FormatAlign::Top).set_text_wrap();
        Formats {
            title: top(Format::new().set_bold()),
            wrap: top(Format::new()),
            // Typed text stays text (the built-in format 49, `@`): Excel would turn a period
            // `2026-09` into a date.
            input: top(Format::new().set_num_format_index(49)),
            group: Format::new().set_bold(),
        }
    }
}

/// The sheet names for the wanted names, in order: Excel's forbidden characters replaced by
/// `_`, at most 31 characters, and unique without regard to case (`~2`, `~3`… added).
pub(crate) fn sheet_names(wanted: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(wanted.len());
    for w in wanted {
        let base = sheet_base(w);
        let mut name = base.clone();
        let mut n = 2;
        while out.iter().any(|o| o.to_lowercase() == name.to_lowercase()) {
            let suffix = format!("~{n}");
            let keep = SHEET_NAME_MAX - suffix.chars().count();
            name = base.chars().take(keep).collect::<String>() + &suffix;
            n += 1;
        }
        out.push(name);
    }
    out
}

/// A name Excel takes for a sheet, before making it unique.
fn sheet_base(wanted: &str) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| {
            if SHEET_NAME_FORBIDDEN.contains(&c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let name: String = cleaned
        .trim_matches('\'')
        .chars()
        .take(SHEET_NAME_MAX)
        .collect();
    if name.is_empty() {
        "Sheet".to_owned()
    } else if name.eq_ignore_ascii_case("history") {
        // Excel keeps the name `History` for itself.
        format!("{name}_")
    } else {
        name
    }
}

/// A domain id as a sheet's wanted name: its first letter capitalised (`inst` → `Inst`).
fn domain_sheet_name(id: &str) -> String {
    let mut chars = id.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// A drop-down list of `values` on rows `first..=last` of column `col`, which warns about any
/// other value but lets it be kept ("N/A", "  3 " are read as the CSV reader reads them).
fn drop_down(
    ws: &mut Worksheet,
    (first, last): (u32, u32),
    col: u16,
    values: &[String],
) -> Result<(), XlsxError> {
    if values.is_empty() || last < first {
        return Ok(());
    }
    let dv = DataValidation::new()
        .allow_list_strings(values)?
        .set_error_style(DataValidationErrorStyle::Warning);
    ws.add_data_validation(first, col, last, col, &dv)?;
    Ok(())
}

/// The hidden row of machine names, the row of titles, the widths, the hidden id column and
/// the frozen panes of a sheet.
fn frame(
    ws: &mut Worksheet,
    columns: &[Column],
    f: &Formats,
    frozen_cols: u16,
) -> Result<(), XlsxError> {
    for (c, col) in (0u16..).zip(columns) {
        ws.write_string(0, c, &col.key)?;
        ws.write_string_with_format(1, c, &col.title, &f.title)?;
        ws.set_column_width(c, col.width)?;
    }
    ws.set_row_hidden(0)?;
    ws.set_column_hidden(0)?;
    ws.set_freeze_panes(FIRST_ROW, frozen_cols)?;
    Ok(())
}

/// The title of a column: the catalog's message `id`, none for the hidden id column (whose
/// title row the reader passes over by its empty id).
fn title_of(w: &Words, id: &str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        w.t(id)
    }
}

/// The levels of the scale as a drop-down offers them: `0`…`max`.
fn level_values(max: u32) -> Vec<String> {
    (0..=max).map(|l| l.to_string()).collect()
}

/// One row of a domain sheet: a heading (a sub-domain's name) or an indicator.
enum Item<'f> {
    Heading(&'f Node),
    Indicator(&'f CIndicator),
}

impl Framework {
    /// The framework as an Excel template to fill in, in a language (`en`, `fr`, `es`, `pt-PT`,
    /// `ar`…; the framework's texts fall back to English): a sheet about the assessment (unit,
    /// kind of unit, period, respondent's stakeholder group, default target, the framework's
    /// id and version), then one sheet per domain, named from its id, with one row per
    /// indicator: its name, statement and guiding question, a level to choose from a drop-down
    /// (`0`…, `na`, `unknown`), cells for the evidence, a justification, the confidence and a
    /// target, the descriptor of each level, the evidence to check, and the kinds of unit the
    /// indicator is limited to, if it is. [`Framework::read_workbook`] reads it back filled in.
    ///
    /// # Errors
    /// `framework.xlsx_failed` when a text goes beyond what Excel holds in a cell.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let bytes = fw.workbook_template("fr").unwrap();
    /// assert_eq!(&bytes[..2], b"PK"); // an .xlsx file is a zip archive
    /// let doc = fw.read_workbook(&bytes).unwrap(); // blank, it reads back with no answer
    /// assert!(doc.records[0].assessment.as_ref().unwrap().answers.is_empty());
    /// ```
    pub fn workbook_template(&self, lang: &str) -> Result<Vec<u8>, Error> {
        self.workbook(&Words::plain(lang)).map_err(|e| failed(&e))
    }

    fn workbook(&self, w: &Words) -> Result<Vec<u8>, XlsxError> {
        let f = Formats::new();
        let domains = &self.spec().domains;
        let mut wanted = vec![w.t("template-workbook-sheet")];
        wanted.extend(domains.iter().map(|d| domain_sheet_name(&d.id)));
        let names = sheet_names(&wanted);
        let mut book = Workbook::new();
        let mut names = names.iter();
        let about = book.add_worksheet();
        about.set_name(names.next().map_or("Sheet", String::as_str))?;
        about.set_right_to_left(w.rtl());
        self.about_sheet(about, w, &f)?;
        for (domain, name) in domains.iter().zip(names) {
            let ws = book.add_worksheet();
            ws.set_name(name)?;
            ws.set_right_to_left(w.rtl());
            self.domain_sheet(ws, domain, w, &f)?;
        }
        book.save_to_buffer()
    }

    /// The sheet about the assessment: one row per metadata name of the CSV template.
    fn about_sheet(&self, ws: &mut Worksheet, w: &Words, f: &Formats) -> Result<(), XlsxError> {
        let columns = [
            ("id", "", 12.0),
            ("name", "template-workbook-col-field", 24.0),
            ("answer", "template-workbook-col-value", 30.0),
            ("help", "template-workbook-col-help", 70.0),
        ]
        .map(|(key, title, width)| Column {
            key: key.to_owned(),
            title: title_of(w, title),
            width,
        });
        frame(ws, &columns, f, 0)?;
        let mut row = FIRST_ROW;
        for (key, what) in CSV_METADATA_COLUMNS {
            let id = format!("template-meta-{}", key.replace('_', "-"));
            ws.write_string(row, 0, *key)?;
            let name = w.t_or(&format!("{id}-name"), &key.replace('_', " "));
            ws.write_string_with_format(row, 1, name, &f.title)?;
            let value = match *key {
                "framework_id" => self.id(),
                "framework_version" => self.version(),
                _ => "",
            };
            ws.write_string_with_format(row, 2, value, &f.input)?;
            let help = w.t_or(&id, what) + &self.choices_help(key, w);
            ws.write_string_with_format(row, 3, help, &f.wrap)?;
            self.about_drop_down(ws, row, key)?;
            row += 1;
        }
        let title = w.t("template-workbook-instructions-title");
        ws.write_string_with_format(row + 1, 1, title, &f.title)?;
        ws.write_string_with_format(row + 1, 3, self.instructions(w), &f.wrap)?;
        Ok(())
    }

    /// The drop-down of a metadata row: the kinds of unit, the stakeholder groups, the levels.
    fn about_drop_down(&self, ws: &mut Worksheet, row: u32, key: &str) -> Result<(), XlsxError> {
        let values: Vec<String> = match key {
            "unit_kind" => UnitKind::ALL
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
            "respondent_role" => self.owner_groups().map(|(id, _)| id.to_owned()).collect(),
            "default_target" => level_values(self.max_level()),
            _ => return Ok(()),
        };
        drop_down(ws, (row, row), 2, &values)
    }

    /// The stakeholder groups of the owner facet: (id, name).
    fn owner_groups(&self) -> impl Iterator<Item = (&str, &crate::model::text::Text)> {
        let owner = self.spec().facets.iter().find(|f| f.id == OWNER_FACET);
        owner
            .into_iter()
            .flat_map(|f| f.values.iter().map(|v| (v.id.as_str(), &v.name)))
    }

    /// What the choices of a metadata row mean, one per line after the row's explanation.
    fn choices_help(&self, key: &str, w: &Words) -> String {
        let lines: Vec<String> = match key {
            "unit_kind" => UnitKind::ALL
                .iter()
                .map(|k| format!("{}: {}", k.as_str(), self.kind_name(*k, w)))
                .collect(),
            "respondent_role" => self
                .owner_groups()
                .map(|(id, name)| format!("{id}: {}", name.get(w.lang)))
                .collect(),
            _ => return String::new(),
        };
        lines.iter().map(|l| format!("\n• {l}")).collect()
    }

    fn kind_name(&self, kind: UnitKind, w: &Words) -> String {
        w.msg("report-unit-kind", &[("kind", V::Key(kind.as_str()))])
    }

    /// How to fill in the template, with the note on applicability when the framework has some.
    fn instructions(&self, w: &Words) -> String {
        let mut text = w.msg(
            "template-workbook-instructions",
            &[
                ("top", V::Count(self.max_level().into())),
                ("level", V::Text(&w.t("template-workbook-col-answer"))),
            ],
        );
        if self.0.uses_applicability {
            text.push(' ');
            text.push_str(&w.msg(
                "template-workbook-applies-note",
                &[("column", V::Text(&w.t("template-workbook-col-applies-to")))],
            ));
        }
        text
    }

    /// The columns of a domain sheet.
    fn domain_columns(&self, w: &Words) -> Vec<Column> {
        let col = |key: &str, title: String, width: f64| Column {
            key: key.to_owned(),
            title,
            width,
        };
        let mut columns: Vec<Column> = [
            ("id", "", 12.0),
            ("name", "template-workbook-col-name", 28.0),
            ("statement", "template-workbook-col-statement", 45.0),
            ("question", "template-workbook-col-question", 40.0),
            ("answer", "template-workbook-col-answer", 10.0),
            ("evidence", "template-workbook-col-evidence", 40.0),
            ("justification", "template-workbook-col-justification", 30.0),
            ("confidence", "template-workbook-col-confidence", 13.0),
            ("target", "template-workbook-col-target", 10.0),
        ]
        .iter()
        .map(|(key, title, width)| col(key, title_of(w, title), *width))
        .collect();
        let levels = &self.spec().scale.levels;
        for l in 0..=self.max_level() {
            let name = levels.get(l as usize).map_or("", |x| x.name.get(w.lang));
            let title = w.msg(
                "template-workbook-level",
                &[("level", V::Count(l.into())), ("name", V::Text(name))],
            );
            columns.push(col(&format!("level_{l}"), title, 40.0));
        }
        let rest = [
            (
                "evidence_to_check",
                "template-workbook-col-evidence-to-check",
            ),
            ("applies_to", "template-workbook-col-applies-to"),
        ];
        columns.extend(rest.map(|(key, title)| col(key, w.t(title), 40.0)));
        columns
    }

    /// The rows of a node: a heading for each sub-node, then its indicators, depth first.
    fn items<'f>(&'f self, node: &'f Node, top: bool, out: &mut Vec<Item<'f>>) {
        if !top {
            out.push(Item::Heading(node));
        }
        match &node.content {
            NodeContent::Children(children) => {
                children.iter().for_each(|c| self.items(c, false, out));
            }
            NodeContent::Indicators(inds) => {
                let c = &*self.0;
                out.extend(
                    inds.iter()
                        .filter_map(|i| c.indicator_index.get(&i.id))
                        .filter_map(|&i| c.indicators.get(i))
                        .map(Item::Indicator),
                );
            }
        }
    }

    /// A domain's sheet: the frame, a row per sub-domain and indicator, the drop-downs.
    fn domain_sheet(
        &self,
        ws: &mut Worksheet,
        domain: &Node,
        w: &Words,
        f: &Formats,
    ) -> Result<(), XlsxError> {
        let columns = self.domain_columns(w);
        frame(ws, &columns, f, 2)?;
        let mut items = Vec::new();
        self.items(domain, true, &mut items);
        let mut row = FIRST_ROW;
        for item in &items {
            match item {
                Item::Heading(n) => {
                    ws.write_string_with_format(row, 1, n.name.get(w.lang), &f.group)?;
                }
                Item::Indicator(ind) => self.indicator_row(ws, row, ind, w, f)?,
            }
            row += 1;
        }
        let rows = (FIRST_ROW, row.saturating_sub(1));
        let max = self.max_level();
        let mut answers = level_values(max);
        answers.extend(["na".to_owned(), "unknown".to_owned()]);
        drop_down(ws, rows, ANSWER, &answers)?;
        let confidence = ["low", "medium", "high"].map(str::to_owned);
        drop_down(ws, rows, CONFIDENCE, &confidence)?;
        drop_down(ws, rows, TARGET, &level_values(max))
    }

    /// One indicator's row (the columns of [`Framework::domain_columns`]).
    fn indicator_row(
        &self,
        ws: &mut Worksheet,
        row: u32,
        ind: &CIndicator,
        w: &Words,
        f: &Formats,
    ) -> Result<(), XlsxError> {
        let lang = w.lang;
        let spec = &ind.spec;
        ws.write_string(row, 0, &spec.id)?;
        ws.write_string_with_format(row, 1, spec.label(lang), &f.title)?;
        ws.write_string_with_format(row, 2, spec.statement.get(lang), &f.wrap)?;
        let question = spec.question.as_ref().map_or("", |q| q.get(lang));
        ws.write_string_with_format(row, 3, question, &f.wrap)?;
        // Free text stays text (`1/3` is not a date); levels and targets may be numbers.
        for c in [EVIDENCE, JUSTIFICATION] {
            ws.write_blank(row, c, &f.input)?;
        }
        for c in [ANSWER, CONFIDENCE, TARGET] {
            ws.write_blank(row, c, &f.wrap)?;
        }
        for (c, d) in (FIRST_LEVEL..).zip(&ind.descriptors) {
            ws.write_string_with_format(row, c, d.get(lang), &f.wrap)?;
        }
        let evidence: Vec<String> = spec
            .evidence
            .iter()
            .map(|e| format!("• {}", e.get(lang)))
            .collect();
        let last = FIRST_LEVEL + u16::try_from(self.max_level()).unwrap_or(u16::MAX);
        ws.write_string_with_format(row, last + 1, evidence.join("\n"), &f.wrap)?;
        if let Some(kinds) = &spec.applies_to {
            let names: Vec<String> = kinds.iter().map(|k| self.kind_name(*k, w)).collect();
            ws.write_string_with_format(row, last + 2, names.join(", "), &f.wrap)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(wanted: &[&str]) -> Vec<String> {
        sheet_names(&wanted.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn sheet_names_are_short_unique_and_allowed() {
        let long = "a".repeat(40);
        let got = names(&[&long, &long, "Inst", "inst", "a/b:c", "'q'", "", "History"]);
        assert_eq!(got[0], "a".repeat(31));
        assert_eq!(got[1], format!("{}~2", "a".repeat(29)));
        assert_eq!(
            got[2..],
            ["Inst", "inst~2", "a_b_c", "q", "Sheet", "History_"]
        );
        assert!(got.iter().all(|n| n.chars().count() <= SHEET_NAME_MAX));
    }

    #[test]
    fn the_filled_columns_are_where_the_writer_puts_them() {
        let fw = Framework::builtin();
        let columns = fw.domain_columns(&Words::plain("en"));
        let key = |c: u16| columns.get(usize::from(c)).map(|c| c.key.as_str());
        assert_eq!(key(ANSWER), Some("answer"));
        assert_eq!(key(EVIDENCE), Some("evidence"));
        assert_eq!(key(JUSTIFICATION), Some("justification"));
        assert_eq!(key(CONFIDENCE), Some("confidence"));
        assert_eq!(key(TARGET), Some("target"));
        assert_eq!(key(FIRST_LEVEL), Some("level_0"));
        let last = FIRST_LEVEL + 4;
        assert_eq!(key(last + 1), Some("evidence_to_check"));
        assert_eq!(key(last + 2), Some("applies_to"));
    }

    #[test]
    fn domain_sheets_are_named_from_ids() {
        assert_eq!(domain_sheet_name("inst"), "Inst");
        assert_eq!(domain_sheet_name("état"), "État");
        assert_eq!(domain_sheet_name(""), "");
    }
}
