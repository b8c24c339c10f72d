//! The filled Excel template read back as an assessment.
//!
//! Every sheet whose hidden first rows hold the machine names `id` and `answer` is read like
//! the one-row-per-indicator CSV: a row whose `id` is a metadata name (`unit_name`, `period`…)
//! gives its value in `answer`, any other row is an indicator's, with its `answer` (the level),
//! `evidence`, `justification`, `confidence` and `target`. Other sheets, rows without an id
//! and without values (the headings of sub-domains) and columns of other names are for people
//! and are passed over, as is the row of titles under the machine names when its id is
//! empty. Each cell is read as the CSV reader reads the same text, and every
//! problem is located at its sheet and cell (`Inst!E7`).

use crate::error::{pointer_token, Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::assessment::{Answer, Assessment, Rating};
use crate::model::cell::Cell;
use crate::model::compiled::Framework;
use crate::read::assessment::framework_ref_problem;
use crate::read::csv::{
    apply_meta, cell_args, meta_pointer, read_confidence, read_target, say, unit_label,
    unknown_indicator, CsvDocument, CsvLayout, CsvRecord, CSV_METADATA_COLUMNS,
};
use crate::read::xlsx::{cell_ref, read_sheets, Sheet};
use arcstr::ArcStr;
use std::collections::HashMap;

/// The columns read, by their machine name in a sheet's hidden first row.
const READ_COLUMNS: [&str; 6] = [
    "id",
    "answer",
    "evidence",
    "justification",
    "confidence",
    "target",
];

/// How far down a sheet its row of machine names is looked for.
const HEADER_ROWS: usize = 10;

/// A sheet of the template: its row of machine names (from 0) and the column (from 0) of each
/// of [`READ_COLUMNS`] it has.
struct Header {
    row: usize,
    cols: [Option<usize>; READ_COLUMNS.len()],
}

/// The row of machine names of a sheet: the first with both `id` and `answer`.
fn header(sheet: &Sheet) -> Option<Header> {
    sheet
        .rows
        .iter()
        .take(HEADER_ROWS)
        .enumerate()
        .find_map(|(row, cells)| {
            let col = |name: &str| {
                cells
                    .iter()
                    .position(|c| c.trim().eq_ignore_ascii_case(name))
            };
            let cols = READ_COLUMNS.map(col);
            let [Some(_), Some(_), ..] = cols else {
                return None;
            };
            Some(Header { row, cols })
        })
}

/// Where a cell is: its Excel name, and its row and column numbers (from 1).
#[derive(Clone)]
struct At {
    path: String,
    line: u64,
    column: u64,
}

/// One row of a sheet of the template.
struct SheetRow<'s> {
    sheet: &'s Sheet,
    header: &'s Header,
    row: usize,
}

impl SheetRow<'_> {
    /// The trimmed text of the cell of a column read, and where it is (`None` when the sheet
    /// has no such column).
    fn get(&self, name: &str) -> (String, Option<At>) {
        let col = READ_COLUMNS
            .iter()
            .position(|n| *n == name)
            .and_then(|i| self.header.cols.get(i).copied().flatten());
        let Some(col) = col else {
            return (String::new(), None);
        };
        let cells = self.sheet.rows.get(self.row);
        let text = cells.and_then(|r| r.get(col)).map_or("", |t| t.trim());
        let at = At {
            path: cell_ref(&self.sheet.name, self.row, col),
            line: self.row as u64 + 1,
            column: col as u64 + 1,
        };
        (text.to_owned(), Some(at))
    }

    /// The text of a cell, `None` when empty.
    fn text(&self, name: &str) -> Option<String> {
        Some(self.get(name).0).filter(|t| !t.is_empty())
    }

    /// Whether any cell read, but the id, holds something.
    fn has_values(&self) -> bool {
        READ_COLUMNS
            .iter()
            .skip(1)
            .any(|n| !self.get(n).0.is_empty())
    }
}

/// The state of reading a workbook: the assessment so far, its metadata, where every value
/// came from and every problem.
struct Reader<'f> {
    fw: &'f Framework,
    a: Assessment,
    meta: Vec<Option<String>>,
    labels: Vec<(String, String)>,
    cells: Vec<(String, String, u64, u64)>,
    seen: HashMap<String, String>,
    problems: Vec<Diagnostic>,
}

/// An error about a cell, written from the catalog, in the context of the row's id.
fn at_cell(code: &str, at: &At, args: &[(&str, DiagArg)], id: &str) -> Diagnostic {
    let d = say(code, at.path.clone(), at.line, at.column, args);
    i18n::within(d, "context-id", &[("id", id.into())])
}

impl Reader<'_> {
    /// Remembers that the value at `pointer` in the assessment comes from the cell `at`.
    fn cell(&mut self, pointer: String, at: Option<&At>) {
        if let Some(at) = at {
            self.cells
                .push((pointer, at.path.clone(), at.line, at.column));
        }
    }

    fn row(&mut self, r: &SheetRow<'_>) {
        let (id, id_at) = r.get("id");
        let Some(id_at) = id_at else { return };
        if id.is_empty() {
            if r.has_values() {
                let d = say("csv.missing_id", id_at.path, id_at.line, id_at.column, &[]);
                self.problems.push(d);
            }
            return;
        }
        if let Some(first) = self.seen.insert(id.clone(), id_at.path.clone()) {
            let args = [
                ("source", "csv".into()),
                ("key", id.as_str().into()),
                ("line", first.into()),
            ];
            let d = say(
                "assessment.duplicate_key",
                id_at.path,
                id_at.line,
                id_at.column,
                &args,
            );
            self.problems.push(d);
            return;
        }
        let lower = id.to_ascii_lowercase();
        if let Some(m) = CSV_METADATA_COLUMNS.iter().position(|(n, _)| *n == lower) {
            self.meta_row(r, m);
        } else if let Some(label) = unit_label(&lower) {
            let (answer, at) = r.get("answer");
            if !answer.is_empty() {
                self.labels.push((label.to_owned(), answer));
            }
            self.cell(format!("/unit/{}", pointer_token(label)), at.as_ref());
        } else {
            self.answer_row(r, &id, &id_at);
        }
    }

    /// A metadata row (`unit_name`, `period`, `default_target`...): its value in `answer`.
    fn meta_row(&mut self, r: &SheetRow<'_>, m: usize) {
        let key = CSV_METADATA_COLUMNS.get(m).map_or("", |(n, _)| *n);
        let (answer, at) = r.get("answer");
        if key == "default_target" {
            match (read_target(&answer), &at) {
                (Ok(t), _) => self.a.default_target = t,
                (Err(e), Some(at)) => self.problems.push(at_cell(
                    "assessment.invalid_target",
                    at,
                    &cell_args(&e),
                    key,
                )),
                (Err(_), None) => {}
            }
        } else if !answer.is_empty() {
            if let Some(slot) = self.meta.get_mut(m) {
                *slot = Some(answer);
            }
        }
        self.cell(meta_pointer(key).to_owned(), at.as_ref());
        if key == "unit_kind" {
            // A unit without a kind (`assessment.no_unit_kind` at `/unit`) is this cell's.
            self.cell("/unit".to_owned(), at.as_ref());
        }
    }

    /// An indicator's row: its level, evidence, justification, confidence and target.
    fn answer_row(&mut self, r: &SheetRow<'_>, id: &str, id_at: &At) {
        let c = &*self.fw.0;
        let Some(ind) = c.indicator_index.get(id).and_then(|&i| c.indicators.get(i)) else {
            self.problems.push(self.unknown_indicator(id, id_at));
            return;
        };
        let base = format!("/answers/{}", pointer_token(&ind.spec.id));
        let (answer, answer_at) = r.get("answer");
        self.cell(base.clone(), answer_at.as_ref());
        for name in ["evidence", "justification", "confidence", "target"] {
            self.cell(format!("{base}/{name}"), r.get(name).1.as_ref());
        }
        let before = self.problems.len();
        let rating = self.rating(&answer, answer_at.as_ref(), id);
        let confidence = self.confidence(r, id);
        let target = self.target(r, id);
        if self.problems.len() > before {
            return;
        }
        let (evidence, justification) = (r.text("evidence"), r.text("justification"));
        let has_notes = evidence.is_some()
            || justification.is_some()
            || confidence.is_some()
            || target.is_some();
        if rating.is_none() && !has_notes {
            return;
        }
        let answer = Answer {
            rating,
            evidence: evidence.map(ArcStr::from),
            justification: justification.map(ArcStr::from),
            confidence,
            target,
            elements: Default::default(),
            extra: serde_json::Map::new(),
            object_form: has_notes,
        };
        self.a.answers.insert(ind.spec.id.clone(), answer);
    }

    /// The level cell, read as [`Cell::read`] reads a CSV cell.
    fn rating(&mut self, text: &str, at: Option<&At>, id: &str) -> Option<Rating> {
        match Cell::read(text) {
            Ok(Cell::Level(l)) => Some(Rating::Level(u32::from(l))),
            Ok(Cell::Na) => Some(Rating::NotApplicable),
            Ok(Cell::Unknown) => Some(Rating::Unknown),
            Ok(Cell::Missing) => None,
            Err(e) => {
                if let Some(at) = at {
                    let args = cell_args(&e);
                    let d = at_cell("assessment.invalid_level", at, &args, id);
                    self.problems.push(d);
                }
                None
            }
        }
    }

    fn confidence(
        &mut self,
        r: &SheetRow<'_>,
        id: &str,
    ) -> Option<crate::model::assessment::Confidence> {
        let (text, at) = r.get("confidence");
        match (read_confidence(&text), at) {
            (Ok(c), _) => c,
            (Err(()), at) => {
                let args = [("value", text.as_str().into()), ("source", "csv".into())];
                if let Some(at) = at {
                    let d = at_cell("assessment.invalid_confidence", &at, &args, id);
                    self.problems.push(d);
                }
                None
            }
        }
    }

    fn target(&mut self, r: &SheetRow<'_>, id: &str) -> Option<u32> {
        let (text, at) = r.get("target");
        match (read_target(&text), at) {
            (Ok(t), _) => t,
            (Err(e), at) => {
                if let Some(at) = at {
                    let d = at_cell("assessment.invalid_target", &at, &cell_args(&e), id);
                    self.problems.push(d);
                }
                None
            }
        }
    }

    fn unknown_indicator(&self, id: &str, at: &At) -> Diagnostic {
        unknown_indicator(self.fw, id, at.path.clone(), at.line, at.column)
    }

    /// Another framework or version than this one, located at the metadata cell that says it.
    fn framework_problem(&mut self) {
        let get = |k: &str| {
            let i = CSV_METADATA_COLUMNS.iter().position(|(m, _)| *m == k)?;
            self.meta.get(i).cloned().flatten()
        };
        let (id, version) = (get("framework_id"), get("framework_version"));
        let Some(mut d) = framework_ref_problem(self.fw, id.as_deref(), version.as_deref()) else {
            return;
        };
        if let Some((_, path, line, column)) = self.cells.iter().find(|(p, ..)| *p == d.path) {
            d.path = path.clone();
            d = d.at_text(*line, *column);
        }
        self.problems.push(d);
    }
}

/// `workbook.not_a_template`: no sheet has the template's row of machine names.
fn not_a_template(sheets: &[Sheet]) -> Error {
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "workbook.not_a_template",
        "",
        &[("sheets", names.join(", ").into())],
    )])
}

impl Framework {
    /// Reads a filled Excel template of this framework ([`Framework::workbook_template`]) as
    /// one assessment: the metadata from the rows named `unit_id`, `period`… and the answers
    /// from the rows of the indicators, found by the ids of the hidden column A (never by
    /// their place), each cell read as the one-row-per-indicator CSV reads the same text (`2`,
    /// `N/A`, `  3 `). Every problem of the cells is reported at once, each at its sheet and
    /// cell (`Inst!E7`, with the row and column numbers as line and column); problems that
    /// [`CsvRecord::validate`] finds later are moved to the cells too.
    ///
    /// # Errors
    /// `workbook.unreadable` when the bytes are not a workbook, `workbook.not_a_template` when
    /// no sheet has the template's hidden row of column names (`id`, `answer`). Problems of
    /// the cells, and a workbook made for another framework (`assessment.framework_mismatch`)
    /// or another version of it (`assessment.version_mismatch`), make the record's
    /// [`CsvRecord::assessment`] an error.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let doc = fw.read_workbook(&fw.workbook_template("en").unwrap()).unwrap();
    /// assert_eq!(doc.layout, lhs_maturity::CsvLayout::Workbook);
    /// let a = doc.records[0].assessment.as_ref().unwrap();
    /// assert_eq!(a.framework.as_ref().unwrap().id, "lhs-2021");
    /// assert_eq!(fw.read_workbook(b"id,answer\n").unwrap_err().code(), "workbook.unreadable");
    /// ```
    pub fn read_workbook(&self, bytes: &[u8]) -> Result<CsvDocument, Error> {
        let sheets = read_sheets(bytes)?;
        let read: Vec<(&Sheet, Header)> = sheets
            .iter()
            .filter_map(|s| header(s).map(|h| (s, h)))
            .collect();
        let Some((first, first_header)) = read.first() else {
            return Err(not_a_template(&sheets));
        };
        let line = first_header.row as u64 + 1;
        let whole = cell_ref(&first.name, 0, 0);
        let mut r = Reader {
            fw: self,
            a: Assessment::default(),
            meta: vec![None; CSV_METADATA_COLUMNS.len()],
            labels: Vec::new(),
            cells: Vec::new(),
            seen: HashMap::new(),
            problems: Vec::new(),
        };
        for (sheet, header) in &read {
            for row in header.row + 1..sheet.rows.len() {
                let sheet_row = SheetRow { sheet, header, row };
                // The row of titles under the machine names has no id: it is for people.
                if row == header.row + 1 && sheet_row.get("id").0.is_empty() {
                    continue;
                }
                r.row(&sheet_row);
            }
        }
        r.framework_problem();
        let Reader {
            mut a,
            meta,
            labels,
            cells,
            problems,
            ..
        } = r;
        apply_meta(&mut a, &meta, &labels, self);
        let assessment = if problems.is_empty() {
            Ok(a)
        } else {
            Err(Error::Assessment(problems))
        };
        let record = CsvRecord::from_parts(0, line, assessment, cells, (whole, None));
        Ok(CsvDocument {
            layout: CsvLayout::Workbook,
            records: vec![record],
        })
    }
}
