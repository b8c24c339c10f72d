//! Reading assessments from CSV, as spreadsheets and survey tools export them.
//!
//! Two layouts are read (the layout is recognised from the header):
//!
//! - **wide**: one row per assessment and one column per indicator id, plus optional metadata
//!   columns ([`CSV_METADATA_COLUMNS`]: `unit_id`, `unit_name`, `period`, `default_target`…).
//!   Any other `unit_<label>` column (`unit_region`, `unit_country`…) is a label of the unit
//!   (`unit.region`), kept as text, e.g. to group a cohort by region. This is what a survey tool
//!   exports for many units.
//! - **long** (what `lhs-maturity template --format csv` writes, [`Framework::template_csv`]):
//!   one row per indicator, with the columns `id` and `answer` and optionally `evidence`,
//!   `justification`, `confidence` and `target`; metadata are rows whose `id` is a metadata
//!   name and whose `answer` is the value. Columns for reading help (`name`, `statement`,
//!   `domain`, `subdomain`, `level_0`…) are ignored.
//!
//! A cell holds a level (`0`–`4`), `na` / `n/a`, `unknown` or nothing, as read by
//! [`Cell::parse`]. The text may start with a UTF-8 byte order mark, and fields may be separated
//! by `,`, `;` (what spreadsheets write in locales with a decimal comma) or a tab: the separator
//! is the one of these that the header line uses most.
//!
//! Every problem is reported with a stable code, the line and the column (the 1-based field
//! number, as a spreadsheet counts columns) and a path `/rows/<row>/<column>` (`<row>` counts the
//! data rows from 0, as in [`Framework::score_matrix`]); header problems have the path
//! `/header/<column>`.

mod long;
mod matrix;
mod stream;
mod wide;

use crate::error::{pointer_token, Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::assessment::{
    Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, Unit,
};
use crate::model::cell::{Cell, CellProblem, CELL_MISSING};
use crate::model::compiled::Framework;
use crate::read::json::closest;
use arcstr::ArcStr;
use std::collections::HashMap;
pub use stream::MatrixChunks;
pub use wide::Column;

/// The first characters by which a spreadsheet reads a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether [`crate::CsvOut::text`] writes `text` with a `'` in front: it starts like a formula, or
/// with `'`s before such a start (so that taking one `'` away gives back any text).
pub(crate) fn guarded(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A free-text CSV cell as it was before [`crate::CsvOut::text`] guarded it: the `'` in front of a
/// formula start taken away (`'=SUM(A1)` → `=SUM(A1)`, `''=x` → `'=x`); any other text as it
/// is. The CSV readers apply it to the cells that hold free text (unit name and labels, period,
/// respondent name, evidence, justification), never to levels, numbers, ids or codes.
pub(crate) fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if guarded(rest) => rest,
        _ => cell,
    }
}

/// The metadata columns of a wide CSV (and metadata rows of a long one), with what they hold.
///
/// ```
/// assert!(lhs_maturity::CSV_METADATA_COLUMNS.iter().any(|(name, _)| *name == "unit_name"));
/// ```
pub const CSV_METADATA_COLUMNS: &[(&str, &str)] = &[
    (
        "framework_id",
        "The id of the framework the answers are for; leave it as written",
    ),
    (
        "framework_version",
        "The version of that framework; leave it as written",
    ),
    (
        "unit_id",
        "A stable identifier of the unit assessed, e.g. kis-east",
    ),
    (
        "unit_name",
        "The name of the unit assessed, e.g. Kisumu East district health team",
    ),
    (
        "unit_kind",
        "The kind of unit: district, national, facility, programme...",
    ),
    (
        "period",
        "The period the assessment describes, e.g. 2026-Q3",
    ),
    (
        "respondent_id",
        "An identifier of who answered (pseudonymous is fine)",
    ),
    ("respondent_name", "The name of who answered (optional)"),
    (
        "respondent_role",
        "The respondent's role, ideally a stakeholder group of the owner facet",
    ),
    (
        "default_target",
        "The level aimed for on every indicator without a target of its own, or empty",
    ),
];

/// The layout of a CSV file of assessments.
///
/// ```
/// use lhs_maturity::{CsvLayout, Framework};
/// let fw = Framework::builtin();
/// assert_eq!(fw.read_csv("unit_id,inst.info.routine_data\nk,2\n").unwrap().layout, CsvLayout::Wide);
/// assert_eq!(fw.read_csv("id,answer\ninst.info.routine_data,2\n").unwrap().layout, CsvLayout::Long);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvLayout {
    /// One row per assessment, one column per indicator.
    Wide,
    /// One row per indicator (the template layout): one assessment per file.
    Long,
    /// The Excel template filled in (`Framework::read_workbook`, with the `xlsx` feature): one
    /// row per indicator on the sheets of the domains, the metadata on the first sheet; one
    /// assessment per workbook, its problems located at a sheet's cell (`Inst!E7`).
    Workbook,
}

/// One assessment read from a CSV file, with where its cells are, so that problems found later
/// (by [`Framework::validate`] or scoring) can be reported at their row and column.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let doc = fw.read_csv("unit_id,inst.info.routine_data\nk1,2\nk2,3\n").unwrap();
/// let rec = &doc.records[1];
/// assert_eq!((rec.row, rec.line), (1, 3));
/// assert_eq!(rec.assessment.as_ref().unwrap().unit.as_ref().unwrap().id.as_deref(), Some("k2"));
/// ```
#[derive(Debug, Clone)]
pub struct CsvRecord {
    /// The data row (from 0) of the assessment in a wide file; 0 in a long file.
    pub row: usize,
    /// The line where the row starts (wide), or the line of the header (long).
    pub line: u64,
    /// The assessment, or every problem of its cells.
    pub assessment: Result<Assessment, Error>,
    /// JSON Pointer into the assessment → (CSV path, line, column).
    cells: Vec<(String, String, u64, u64)>,
    /// Where problems about the whole record point.
    whole: (String, Option<(u64, u64)>),
}

/// The assessments of a CSV file.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let doc = fw.read_csv("inst.info.routine_data\n1\n\n2\n").unwrap(); // blank rows are skipped
/// assert_eq!(doc.records.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct CsvDocument {
    /// Which layout the file has.
    pub layout: CsvLayout,
    /// One entry per assessment (per non-blank data row in a wide file; one in a long file).
    pub records: Vec<CsvRecord>,
}

/// A wide CSV read as a matrix for [`Framework::score_matrix`]: the cells of the rows that can
/// be scored, their metadata, and the rows that cannot, with why.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let m = fw.matrix_from_csv("inst.info.routine_data\n2\nx\n").unwrap();
/// assert_eq!(m.cells.len(), fw.indicator_count()); // one usable row
/// assert_eq!(m.failed.len(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct CsvMatrix {
    /// Row-major cell codes of the usable rows, one column per indicator in framework order.
    pub cells: Vec<i8>,
    /// One entry per usable row, in file order (the rows of `cells`).
    pub rows: Vec<CsvRowInfo>,
    /// The rows that cannot be scored, in file order.
    pub failed: Vec<CsvRowError>,
}

/// The metadata of one row of a wide CSV.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let m = fw.matrix_from_csv("unit_name;period;inst.info.routine_data\nSiaya;2026;2\n").unwrap();
/// assert_eq!(m.rows[0].period.as_deref(), Some("2026"));
/// assert_eq!(m.rows[0].unit.as_ref().unwrap().name.as_deref(), Some("Siaya"));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsvRowInfo {
    /// The data row, from 0.
    pub row: usize,
    /// The line where the row starts.
    pub line: u64,
    /// The unit, from the `unit_*` columns.
    pub unit: Option<Unit>,
    /// The `period` column.
    pub period: Option<String>,
    /// The respondent, from the `respondent_*` columns.
    pub respondent: Option<Respondent>,
}

/// A row of a wide CSV that cannot be scored.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let m = fw.matrix_from_csv("inst.info.routine_data\n2\n2.5\n").unwrap();
/// assert_eq!((m.failed[0].row, m.failed[0].line), (1, 3));
/// assert_eq!(m.failed[0].error.code(), "assessment.invalid_level");
/// ```
#[derive(Debug, Clone)]
pub struct CsvRowError {
    /// The data row, from 0.
    pub row: usize,
    /// The line where the row starts.
    pub line: u64,
    /// Every problem of the row.
    pub error: Error,
}

/// An error written from the catalog (see [`i18n::diagnostic`]) at a place of the file.
pub(crate) fn say(
    code: &str,
    path: String,
    line: u64,
    column: u64,
    args: &[(&str, DiagArg)],
) -> Diagnostic {
    i18n::diagnostic(Severity::Error, code, path, args).at_text(line, column)
}

/// `assessment.unknown_indicator` for an id of a table (CSV or workbook) at a place of it, with
/// a did-you-mean over the framework's indicator ids and the metadata columns.
pub(crate) fn unknown_indicator(
    fw: &Framework,
    id: &str,
    path: String,
    line: u64,
    column: u64,
) -> Diagnostic {
    let mut args: Vec<(&str, DiagArg)> = vec![
        ("what", "unknown".into()),
        ("id", id.into()),
        ("framework", fw.id().into()),
        ("version", fw.version().into()),
    ];
    let ids =
        fw.0.indicators
            .iter()
            .map(|i| i.spec.id.as_str())
            .chain(CSV_METADATA_COLUMNS.iter().map(|(n, _)| *n));
    match closest(id, ids) {
        Some(s) => args.extend([("hint", "suggestion".into()), ("suggestion", s.into())]),
        None => args.push(("hint", "csv".into())),
    }
    say("assessment.unknown_indicator", path, line, column, &args)
}

/// The arguments of `assessment.invalid_level` or `assessment.invalid_target` for a cell that
/// is not an answer (or not a target).
pub(crate) fn cell_args(p: &CellProblem) -> [(&'static str, DiagArg); 3] {
    [
        ("problem", p.kind.into()),
        ("value", p.value.as_str().into()),
        ("source", "csv".into()),
    ]
}

use crate::read::file::strip_bom;

/// The separator the header line uses most among `,`, `;` and tab (`,` when none).
pub(crate) fn sniff_delimiter(text: &str) -> u8 {
    let (mut counts, mut quoted) = ([0usize; 3], false);
    for ch in text.chars() {
        match ch {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = [b',', b';', b'\t']
        .into_iter()
        .zip(counts)
        .fold(
            (b',', 0usize),
            |acc, (d, c)| if c > acc.1 { (d, c) } else { acc },
        );
    best.0
}

struct Row {
    line: u64,
    fields: ::csv::StringRecord,
}

/// Whether the last record of a CSV text (`tail`, from its first byte) opens a quoted cell it
/// never closes: a quote at the start of a cell opens it, `""` inside is a quote, a lone `"`
/// closes it.
fn unclosed_quote(tail: &[u8], delimiter: u8) -> bool {
    let (mut quoted, mut at_start) = (false, true);
    let mut bytes = tail.iter().peekable();
    while let Some(&b) = bytes.next() {
        if quoted {
            if b == b'"' {
                if bytes.peek() == Some(&&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && at_start {
            quoted = true;
        } else {
            at_start = b == delimiter || b == b'\n' || b == b'\r';
            continue;
        }
        at_start = false;
    }
    quoted
}

/// `csv.invalid_csv` for a quoted cell, starting in the record at `line`, that is never closed.
fn unclosed_quote_error(line: u64) -> Error {
    Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "csv.invalid_csv",
        "",
        &[(
            "detail",
            "a quoted cell that starts in this row is never closed".into(),
        )],
    )
    .at_text(line, 1)])
}

/// Splits the text into records (header first), skipping blank rows.
fn records(text: &str) -> Result<Vec<Row>, Error> {
    let text = strip_bom(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut last = None;
    for rec in reader.records() {
        match rec {
            Ok(r) => {
                let line = r.position().map_or(0, ::csv::Position::line);
                last = r.position().map(|p| (p.byte(), line));
                if r.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                rows.push(Row { line, fields: r });
            }
            Err(e) => {
                let line = e.position().map_or(0, ::csv::Position::line);
                return Err(Error::Assessment(vec![i18n::diagnostic(
                    Severity::Error,
                    "csv.invalid_csv",
                    "",
                    &[("detail", e.to_string().into())],
                )
                .at_text(line, 1)]));
            }
        }
    }
    // The CSV reader takes a quote that is never closed as running to the end of the file: the
    // rows after it would be lost inside one cell.
    if let Some((byte, line)) = last {
        let tail = text.as_bytes().get(usize::try_from(byte).unwrap_or(0)..);
        if tail.is_some_and(|t| unclosed_quote(t, sniff_delimiter(text))) {
            return Err(unclosed_quote_error(line));
        }
    }
    if rows.is_empty() {
        return Err(Error::Assessment(vec![i18n::diagnostic(
            Severity::Error,
            "csv.empty",
            "",
            &[],
        )]));
    }
    Ok(rows)
}

fn layout_of(header: &::csv::StringRecord) -> CsvLayout {
    let has = |name: &str| header.iter().any(|h| h.trim().eq_ignore_ascii_case(name));
    if has("id") && has("answer") {
        CsvLayout::Long
    } else {
        CsvLayout::Wide
    }
}

fn field(row: &Row, col: usize) -> &str {
    row.fields.get(col).unwrap_or("")
}

fn row_path(row: usize, column: &str) -> String {
    format!("/rows/{row}/{}", pointer_token(column))
}

/// `csv.unknown_column` at column `col` (from 0): the closest of `candidates`, or the columns
/// of the layout (`layout`, the `$hint` and arguments of the catalog message's help).
fn unknown_column(
    name: &str,
    line: u64,
    col: usize,
    candidates: Vec<&str>,
    layout: &[(&str, DiagArg)],
) -> Diagnostic {
    let mut args: Vec<(&str, DiagArg)> = vec![
        ("column", (col + 1).to_string().into()),
        ("name", name.into()),
    ];
    match closest(name, candidates.into_iter()) {
        Some(s) => args.extend([("hint", "suggestion".into()), ("suggestion", s.into())]),
        None => args.extend_from_slice(layout),
    }
    say(
        "csv.unknown_column",
        format!("/header/{}", pointer_token(name)),
        line,
        col as u64 + 1,
        &args,
    )
}

fn duplicate_column(name: &str, line: u64, col: usize, first: usize) -> Diagnostic {
    say(
        "csv.duplicate_column",
        format!("/header/{}", pointer_token(name)),
        line,
        col as u64 + 1,
        &[
            ("column", (col + 1).to_string().into()),
            ("name", name.into()),
            ("first", (first + 1).to_string().into()),
        ],
    )
}

impl Framework {
    /// Reads assessments from CSV text (wide or long layout, recognised from the header).
    ///
    /// Problems of the header (an unknown or duplicated column) make the whole file unusable:
    /// they are returned as an error, together with every problem of the cells. Problems of
    /// the cells of one row make only that row's [`CsvRecord::assessment`] an error.
    ///
    /// ```
    /// use lhs_maturity::{Framework, Rating};
    /// let fw = Framework::builtin();
    /// let doc = fw.read_csv("\u{feff}unit_name;period;inst.info.routine_data;cond.fin.learning_budget\n\
    ///                        Kisumu East;2026-Q3;2;NA\n\
    ///                        Siaya;2026-Q3;high;1\n").unwrap();
    /// assert_eq!(doc.records.len(), 2);
    /// let a = doc.records[0].assessment.as_ref().unwrap();
    /// assert_eq!(a.unit.as_ref().unwrap().name.as_deref(), Some("Kisumu East"));
    /// assert_eq!(a.answers["cond.fin.learning_budget"].rating, Some(Rating::NotApplicable));
    /// let e = doc.records[1].assessment.as_ref().unwrap_err();
    /// assert_eq!(e.code(), "assessment.invalid_level");
    /// assert_eq!(e.path(), "/rows/1/inst.info.routine_data");
    /// assert_eq!((e.details()[0].line, e.details()[0].column), (Some(3), Some(3)));
    ///
    /// let bad = fw.read_csv("unit_name,inst.info.routin_data\nx,2\n").unwrap_err();
    /// assert_eq!(bad.code(), "csv.unknown_column");
    /// assert_eq!(bad.help(), Some("did you mean `inst.info.routine_data`?"));
    /// ```
    pub fn read_csv(&self, text: &str) -> Result<CsvDocument, Error> {
        let rows = records(text)?;
        let Some((head, data)) = rows.split_first() else {
            return Err(Error::Assessment(Vec::new()));
        };
        match layout_of(&head.fields) {
            CsvLayout::Long => self.read_long(head, data),
            CsvLayout::Wide | CsvLayout::Workbook => {
                let header = self.wide_header(head);
                let mut problems = header.problems.clone();
                let mut out = Vec::with_capacity(data.len());
                for (index, row) in data.iter().enumerate() {
                    let w = self.wide_row(&header, row, index, true);
                    problems.extend(w.problems.iter().cloned());
                    out.push(self.wide_record(w, index, row.line));
                }
                if header.problems.is_empty() {
                    Ok(CsvDocument {
                        layout: CsvLayout::Wide,
                        records: out,
                    })
                } else {
                    Err(Error::Assessment(problems))
                }
            }
        }
    }

    /// Like [`Framework::read_csv`], for the bytes of a file: checks that they are UTF-8 (with
    /// or without a byte order mark) first.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let err = fw.read_csv_bytes(b"unit_name\nS\xe3o Tom\xe9\n").unwrap_err();
    /// assert_eq!(err.code(), "csv.invalid_encoding");
    /// assert_eq!(err.details()[0].line, Some(2));
    /// ```
    pub fn read_csv_bytes(&self, bytes: &[u8]) -> Result<CsvDocument, Error> {
        self.read_csv(csv_text(bytes)?)
    }

    /// Every error and warning of a CSV file of assessments: problems of the header and cells,
    /// and the problems [`Framework::validate`] finds in each assessment, all located at their
    /// row and column.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let diags = fw.validate_csv("unit_id,inst.info.routine_data,inst.delib.working_groups\nk1,7,3\nk2,2,na\n");
    /// let e = diags.iter().find(|d| d.code == "assessment.level_out_of_range").unwrap();
    /// assert_eq!(e.path, "/rows/0/inst.info.routine_data");
    /// assert_eq!((e.line, e.column), (Some(2), Some(2)));
    /// let w = diags.iter().find(|d| d.code == "assessment.na_without_justification").unwrap();
    /// assert_eq!((w.path.as_str(), w.line, w.column), ("/rows/1/inst.delib.working_groups", Some(3), Some(3)));
    /// ```
    pub fn validate_csv(&self, text: &str) -> Vec<Diagnostic> {
        match self.read_csv(text) {
            Err(e) => e.details().to_vec(),
            Ok(doc) => doc
                .records
                .iter()
                .flat_map(|r| match &r.assessment {
                    Err(e) => e.details().to_vec(),
                    Ok(_) => r.validate(self),
                })
                .collect(),
        }
    }
}

/// The text of CSV bytes: UTF-8, with or without a byte order mark.
///
/// ```
/// assert_eq!(lhs_maturity::csv_text(b"\xef\xbb\xbfa,b").unwrap(), "a,b");
/// assert_eq!(lhs_maturity::csv_text(b"a\n\xff").unwrap_err().code(), "csv.invalid_encoding");
/// ```
pub fn csv_text(bytes: &[u8]) -> Result<&str, Error> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(strip_bom(t)),
        Err(e) => {
            let at = e.valid_up_to();
            let before = bytes.get(..at).unwrap_or_default();
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
            let column = 1 + before.iter().rev().take_while(|&&b| b != b'\n').count() as u64;
            Err(Error::Assessment(vec![i18n::diagnostic(
                Severity::Error,
                "csv.invalid_encoding",
                "",
                &[
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                ],
            )
            .at_text(line, column)]))
        }
    }
}

/// A confidence cell: `low`, `medium` or `high` in any case, or empty; `Err` for anything else.
pub(crate) fn read_confidence(text: &str) -> Result<Option<Confidence>, ()> {
    match text.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "low" => Ok(Some(Confidence::Low)),
        "medium" => Ok(Some(Confidence::Medium)),
        "high" => Ok(Some(Confidence::High)),
        _ => Err(()),
    }
}

/// A target cell: a level number, or empty. Text (`na` included) is `not_a_target`.
pub(crate) fn read_target(text: &str) -> Result<Option<u32>, CellProblem> {
    let not_a_target = || CellProblem {
        kind: "not_a_target",
        value: text.trim().to_owned(),
    };
    match Cell::read(text) {
        Ok(Cell::Level(l)) => Ok(Some(u32::from(l))),
        Ok(Cell::Missing) => Ok(None),
        Ok(Cell::Na | Cell::Unknown) => Err(not_a_target()),
        Err(p) if p.kind == "not_an_answer" => Err(not_a_target()),
        Err(p) => Err(p),
    }
}

/// The JSON Pointer of the assessment field a metadata column fills.
pub(crate) fn meta_pointer(key: &str) -> &'static str {
    match key {
        "framework_id" => "/framework/id",
        "framework_version" => "/framework/version",
        "unit_id" => "/unit/id",
        "unit_name" => "/unit/name",
        "unit_kind" => "/unit/kind",
        "period" => "/period",
        "respondent_id" => "/respondent/id",
        "respondent_name" => "/respondent/name",
        "respondent_role" => "/respondent/role",
        _ => "/default_target",
    }
}

/// The label of a `unit_<label>` column (`unit_region` → `region`), for a label other than the
/// metadata columns `unit_id`, `unit_name` and `unit_kind`: lowercase letters, digits and `_`.
pub(crate) fn unit_label(lower: &str) -> Option<&str> {
    let label = lower.strip_prefix("unit_")?;
    let ok = !label.is_empty()
        && !matches!(label, "id" | "name" | "kind")
        && label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    ok.then_some(label)
}

pub(crate) fn apply_meta(
    a: &mut Assessment,
    meta: &[Option<String>],
    labels: &[(String, String)],
    fw: &Framework,
) {
    let get = |k: &str| {
        CSV_METADATA_COLUMNS
            .iter()
            .position(|(m, _)| *m == k)
            .and_then(|i| meta.get(i).cloned().flatten())
    };
    // Free text as it was before the writer's guard against formulas (`CsvOut::text`).
    let text = |k: &str| get(k).map(|v| unguard(&v).to_owned());
    let (fid, fver) = (get("framework_id"), get("framework_version"));
    if fid.is_some() || fver.is_some() {
        a.framework = Some(FrameworkRef {
            id: fid.unwrap_or_else(|| fw.id().to_owned()),
            version: fver,
            extra: serde_json::Map::new(),
        });
    }
    let (uid, uname, ukind) = (get("unit_id"), text("unit_name"), get("unit_kind"));
    if uid.is_some() || uname.is_some() || ukind.is_some() || !labels.is_empty() {
        a.unit = Some(Unit {
            id: uid,
            name: uname,
            kind: ukind,
            extra: labels
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(unguard(v).to_owned())))
                .collect(),
        });
    }
    a.period = text("period");
    let (rid, rname, rrole) = (
        get("respondent_id"),
        text("respondent_name"),
        get("respondent_role"),
    );
    if rid.is_some() || rname.is_some() || rrole.is_some() {
        a.respondent = Some(Respondent {
            id: rid,
            name: rname,
            role: rrole,
            extra: serde_json::Map::new(),
        });
    }
}

/// Moves a diagnostic about an assessment (a JSON Pointer) to the CSV cell it comes from.
fn locate_in(
    cells: &[(String, String, u64, u64)],
    whole: &(String, Option<(u64, u64)>),
    pointer: &str,
    mut d: Diagnostic,
) -> Diagnostic {
    if d.line.is_some() {
        return d;
    }
    let best = cells
        .iter()
        .filter(|(p, ..)| {
            pointer == p
                || pointer
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        })
        .max_by_key(|(p, ..)| p.len());
    match best {
        Some((_, path, line, column)) => {
            d.path = path.clone();
            if *column > 0 {
                d.line = Some(*line);
                d.column = Some(*column);
            }
        }
        None => {
            d.path = whole.0.clone();
            if let Some((l, c)) = whole.1 {
                d.line = Some(l);
                d.column = Some(c);
            }
        }
    }
    d
}

impl CsvRecord {
    /// A record read from another table than a CSV file (a workbook, a server's export of
    /// submissions): `cells` maps JSON Pointers into the assessment (`/answers/<id>`) to the
    /// place of the cell they come from, as (path, line, column) (column 0: no line and column,
    /// the path alone says where, e.g. `Inst!E7`); `whole` is where problems of the whole record
    /// point.
    pub(crate) fn from_parts(
        row: usize,
        line: u64,
        assessment: Result<Assessment, Error>,
        cells: Vec<(String, String, u64, u64)>,
        whole: (String, Option<(u64, u64)>),
    ) -> CsvRecord {
        CsvRecord {
            row,
            line,
            assessment,
            cells,
            whole,
        }
    }

    /// Moves a diagnostic about this record's assessment (its path a JSON Pointer such as
    /// `/answers/<id>`) to the row and column of the CSV cell it comes from.
    ///
    /// ```
    /// use lhs_maturity::{Diagnostic, Framework};
    /// let fw = Framework::builtin();
    /// let doc = fw.read_csv("period,inst.info.routine_data\n2026,4\n").unwrap();
    /// let d = Diagnostic::warning("x", "/answers/inst.info.routine_data", "m");
    /// let d = doc.records[0].locate(d);
    /// assert_eq!(d.path, "/rows/0/inst.info.routine_data");
    /// assert_eq!((d.line, d.column), (Some(2), Some(2)));
    /// ```
    pub fn locate(&self, d: Diagnostic) -> Diagnostic {
        let pointer = d.path.clone();
        locate_in(&self.cells, &self.whole, &pointer, d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ScoreOptions;

    fn fw() -> Framework {
        Framework::builtin()
    }

    #[test]
    fn unguard_takes_away_only_the_guard_of_a_formula() {
        assert_eq!(unguard("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguard("'-3 points"), "-3 points");
        assert_eq!(unguard("'\tx"), "\tx");
        assert_eq!(unguard("''=x"), "'=x");
        assert_eq!(unguard("'quoted'"), "'quoted'");
        assert_eq!(unguard("'"), "'");
        assert_eq!(unguard("=x"), "=x");
        for text in [
            "=1+1", "'=1+1", "''@x", "'", "'a", "-", "+1", "plain", "", "\r\n",
        ] {
            let mut csv = crate::CsvOut::rows();
            csv.text(text).end();
            let written = csv.finish();
            let mut r = ::csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(written.as_bytes());
            let cell = r.records().next().map_or(String::new(), |rec| {
                rec.ok()
                    .and_then(|rec| rec.get(0).map(str::to_owned))
                    .unwrap_or_default()
            });
            assert_eq!(unguard(&cell), text, "{written:?}");
        }
    }

    #[test]
    fn a_quote_never_closed_is_an_error_not_a_lost_row() {
        let e = fw()
            .read_csv("unit_id,unit_name,inst.info.routine_data\nkis-east,\"Kisumu East,2\n")
            .unwrap_err();
        assert_eq!(e.code(), "csv.invalid_csv");
        assert_eq!(e.details()[0].line, Some(2));
        for fine in [
            "a,b\n\"x\",2\n",
            "a,b\n\"x \"\"y\"\"\",2\n",
            "a,b\n5\" screen,2\n",
            "a,b\n\"multi\nline\",2\n",
        ] {
            assert!(records(fine).is_ok(), "{fine:?}");
        }
        assert!(unclosed_quote(b"x,\"open", b','));
        assert!(!unclosed_quote(b"x,\"closed\"", b','));
    }

    #[test]
    fn sniffs_the_delimiter() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3"), b';');
        assert_eq!(sniff_delimiter("a,b\n"), b',');
        assert_eq!(sniff_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter("single"), b',');
    }

    #[test]
    fn reports_every_bad_cell_and_keeps_good_rows() {
        let doc = fw()
            .read_csv("unit_id,inst.info.routine_data,inst.info.me_integration\na,2.5,x\nb,1,2\n,,\nc,yes,3\n")
            .unwrap();
        assert_eq!(doc.records.len(), 3); // the blank row is skipped
        let e0 = doc.records[0].assessment.as_ref().unwrap_err();
        assert_eq!(e0.details().len(), 2);
        assert_eq!(e0.details()[1].path, "/rows/0/inst.info.me_integration");
        assert_eq!(e0.details()[1].column, Some(3));
        assert!(doc.records[1].assessment.is_ok());
        let e2 = doc.records[2].assessment.as_ref().unwrap_err();
        assert_eq!(e2.details()[0].line, Some(5));
        assert_eq!(doc.records[2].row, 2);
    }

    #[test]
    fn header_problems_fail_the_file_with_every_problem() {
        let e = fw()
            .read_csv("unit_id,inst.info.routine_data,Inst.Info.Routine_Data,foo,,inst.info.me_integration\na,2,3,x,,9x\n")
            .unwrap_err();
        let codes: Vec<&str> = e.details().iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "csv.duplicate_column",
                "csv.unknown_column",
                "assessment.invalid_level"
            ]
        );
        assert_eq!(e.details()[0].column, Some(3));
        assert_eq!(e.details()[1].path, "/header/foo");
        assert!(e.details()[1].help.as_deref().unwrap().contains("unit_id"));
    }

    #[test]
    fn unnamed_columns_must_stay_empty() {
        let doc = fw()
            .read_csv("unit_id,inst.info.routine_data,\na,2,\nb,2,oops\n")
            .unwrap();
        assert!(doc.records[0].assessment.is_ok());
        let e = doc.records[1].assessment.as_ref().unwrap_err();
        assert_eq!(e.code(), "csv.unnamed_column");
    }

    #[test]
    fn extra_fields_are_errors_missing_fields_are_empty() {
        let doc = fw()
            .read_csv("unit_id,inst.info.routine_data\na\nb,2,3\n")
            .unwrap();
        assert!(doc.records[0].assessment.is_ok());
        assert_eq!(
            doc.records[1].assessment.as_ref().unwrap_err().code(),
            "csv.extra_field"
        );
    }

    #[test]
    fn quoted_fields_and_crlf() {
        let doc = fw()
            .read_csv(
                "unit_name;period;inst.info.routine_data\r\n\"Kisumu; East \"\"A\"\"\";2026;3\r\n",
            )
            .unwrap();
        let a = doc.records[0].assessment.as_ref().unwrap();
        assert_eq!(
            a.unit.as_ref().unwrap().name.as_deref(),
            Some("Kisumu; East \"A\"")
        );
    }

    #[test]
    fn empty_and_header_only() {
        assert_eq!(fw().read_csv("").unwrap_err().code(), "csv.empty");
        assert_eq!(
            fw().read_csv("\u{feff}\n\n").unwrap_err().code(),
            "csv.empty"
        );
        assert!(fw()
            .read_csv("unit_id,inst.info.routine_data\n")
            .unwrap()
            .records
            .is_empty());
    }

    #[test]
    fn long_layout_reads_notes_and_metadata() {
        let text = "id,name,answer,evidence,justification,confidence,target,statement,level_0\n\
                    unit_name,,Kisumu East,,,,,The name,\n\
                    default_target,,3,,,,,,\n\
                    inst.info.routine_data,x,2,\"Minutes, 2026\",,Medium,4,s,d\n\
                    inst.delib.working_groups,,na,,none at district level,,,,\n\
                    inst.act.pilots_scaling,,,,,,,,\n";
        let doc = fw().read_csv(text);
        let doc = match doc {
            Ok(d) => d,
            Err(e) => panic!("{:?}", e.details()),
        };
        assert_eq!(doc.layout, CsvLayout::Long);
        let a = doc.records[0].assessment.as_ref().unwrap();
        assert_eq!(a.default_target, Some(3));
        assert_eq!(
            a.unit.as_ref().unwrap().name.as_deref(),
            Some("Kisumu East")
        );
        let ans = &a.answers["inst.info.routine_data"];
        assert_eq!(ans.rating, Some(Rating::Level(2)));
        assert_eq!(ans.evidence.as_deref(), Some("Minutes, 2026"));
        assert_eq!(ans.confidence, Some(Confidence::Medium));
        assert_eq!(ans.target, Some(4));
        assert_eq!(a.answers.len(), 2);
        let r = doc.records[0]
            .score_with(&fw(), &ScoreOptions::default())
            .unwrap();
        assert_eq!(r.overall.score, Some(2.0));
    }

    #[test]
    fn long_layout_errors_are_located() {
        let text = "id,answer,confidence,target\ninst.info.routin_data,2,,\ninst.info.routine_data,7,sure,x\ninst.info.routine_data,1,,\n,3,,\n";
        let doc = fw().read_csv(text).unwrap();
        let e = doc.records[0].assessment.as_ref().unwrap_err();
        let got: Vec<(&str, &str, Option<u64>, Option<u64>)> = e
            .details()
            .iter()
            .map(|d| (d.code.as_str(), d.path.as_str(), d.line, d.column))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "assessment.unknown_indicator",
                    "/rows/0/id",
                    Some(2),
                    Some(1)
                ),
                (
                    "assessment.invalid_confidence",
                    "/rows/1/confidence",
                    Some(3),
                    Some(3)
                ),
                (
                    "assessment.invalid_target",
                    "/rows/1/target",
                    Some(3),
                    Some(4)
                ),
                ("assessment.duplicate_key", "/rows/2/id", Some(4), Some(1)),
                ("csv.missing_id", "/rows/3/id", Some(5), Some(1)),
            ]
        );
        assert_eq!(
            e.details()[0].help.as_deref(),
            Some("did you mean `inst.info.routine_data`?")
        );
    }

    #[test]
    fn long_layout_level_out_of_range_is_located_by_validation() {
        let doc = fw()
            .read_csv("id,answer,target\ninst.info.routine_data,7,9\n")
            .unwrap();
        let d = doc.records[0].validate(&fw());
        let got: Vec<(&str, &str)> = d
            .iter()
            .filter(|d| d.is_error())
            .map(|d| (d.code.as_str(), d.path.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("assessment.level_out_of_range", "/rows/0/answer"),
                ("assessment.target_out_of_range", "/rows/0/target")
            ]
        );
    }

    #[test]
    fn long_layout_header_errors() {
        let e = fw().read_csv("id,answr\nx,1\n").unwrap_err();
        let codes: Vec<&str> = e.details().iter().map(|d| d.code.as_str()).collect();
        assert!(codes.contains(&"csv.unknown_column"));
        // `answr` is not `answer`, so the file is read as wide, where `id` is unknown too.
        assert!(e
            .details()
            .iter()
            .any(|d| d.help.as_deref().is_some_and(|h| h.contains("unit_id"))));
        let e = fw().read_csv("id,answer,evidnce\n").unwrap_err();
        assert_eq!(e.help(), Some("did you mean `evidence`?"));
    }

    #[test]
    fn matrix_agrees_with_per_row_scoring() {
        let text = "unit_id,period,framework_id,default_target,inst.info.routine_data,cap.prov.data_interpretation,cond.fin.learning_budget\n\
                    a,2026,lhs-2021,3,2,na,4\n\
                    b,2026,other,,1,1,1\n\
                    c,2026,,9,1,1,1\n\
                    d,2026,,,unknown,,0\n";
        let f = fw();
        let m = f.matrix_from_csv(text).unwrap();
        assert_eq!(m.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [0, 3]);
        let codes: Vec<&str> = m.failed.iter().map(|x| x.error.code()).collect();
        assert_eq!(
            codes,
            [
                "assessment.framework_mismatch",
                "assessment.target_out_of_range"
            ]
        );
        assert_eq!(m.failed[0].error.path(), "/rows/1/framework_id");
        let scores = f.score_matrix(&m.cells).unwrap();
        let doc = f.read_csv(text).unwrap();
        for (k, info) in m.rows.iter().enumerate() {
            let r = doc.records[info.row]
                .score_with(&f, &ScoreOptions::default())
                .unwrap();
            assert_eq!(scores.get(k, "overall").unwrap().0, r.overall.score);
            assert_eq!(
                scores.get(k, "inst").unwrap().2,
                r.domains[0].score.coverage
            );
        }
        assert_eq!(m.rows[0].unit.as_ref().unwrap().id.as_deref(), Some("a"));
    }

    #[test]
    fn unit_label_columns_become_labels_of_the_unit() {
        let text =
            "unit_id,unit_region,Unit_Country,inst.info.routine_data\nkis,Nyanza,KE,2\nbus,,UG,1\n";
        let doc = fw().read_csv(text).unwrap();
        let a = doc.records[0].assessment.as_ref().unwrap();
        let unit = a.unit.as_ref().unwrap();
        assert_eq!(unit.id.as_deref(), Some("kis"));
        assert_eq!(unit.extra["region"], "Nyanza");
        assert_eq!(unit.extra["country"], "KE");
        // An empty cell is no label, never an empty one.
        let b = doc.records[1].assessment.as_ref().unwrap();
        assert!(!b.unit.as_ref().unwrap().extra.contains_key("region"));
        // The matrix reader keeps them too.
        let m = fw().matrix_from_csv(text).unwrap();
        assert_eq!(m.rows[0].unit.as_ref().unwrap().extra["region"], "Nyanza");
        // And a one-row-per-indicator file, as metadata rows.
        let long = "id,answer\nunit_region,Western\ninst.info.routine_data,3\n";
        let doc = fw().read_csv(long).unwrap();
        let a = doc.records[0].assessment.as_ref().unwrap();
        assert_eq!(a.unit.as_ref().unwrap().extra["region"], "Western");
        // A label that is not plain lowercase letters, digits and `_` is an unknown column.
        let err = fw()
            .read_csv("unit_région,inst.info.routine_data\nx,1\n")
            .unwrap_err();
        assert_eq!(err.code(), "csv.unknown_column");
        // A label column given twice is a duplicate.
        let err = fw().read_csv("unit_region,UNIT_REGION\nx,y\n").unwrap_err();
        assert_eq!(err.code(), "csv.duplicate_column");
    }

    #[test]
    fn huge_levels_are_out_of_range_not_wrapped() {
        let m = fw()
            .matrix_from_csv("inst.info.routine_data\n200\n")
            .unwrap();
        assert_eq!(m.failed[0].error.code(), "assessment.level_out_of_range");
    }

    #[test]
    fn matrix_of_a_long_file() {
        let m = fw()
            .matrix_from_csv("id,answer\ninst.info.routine_data,3\n")
            .unwrap();
        assert_eq!(m.rows.len(), 1);
        assert_eq!(m.cells.len(), fw().indicator_count());
    }
}
