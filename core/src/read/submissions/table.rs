//! The submissions of a file as rows of named fields, whatever the layout, with where each
//! value is; and the flat layouts: CSV (ODK Central, KoboToolbox), Central's ZIP and
//! KoboToolbox's workbook.

use super::SubmissionLayout;
use crate::error::{Error, Severity};
use crate::i18n::{self, DiagArg};

/// Where a value is: a path (a CSV row and header, a JSON Pointer, a `Sheet!A1` cell) and, in
/// text, its line and column (column 0: none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Place {
    pub path: String,
    pub line: u64,
    pub column: u64,
}

/// One field of a submission: its name as the file writes it (a header, a path), its value
/// (empty for an unanswered or hidden question), and where it is.
#[derive(Debug, Clone)]
pub(super) struct Field {
    pub name: String,
    pub value: String,
    pub place: Place,
}

/// What the server says of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum State {
    #[default]
    Kept,
    Rejected,
    NotApproved,
    Undecrypted,
}

/// The server's metadata of a submission.
#[derive(Debug, Clone, Default)]
pub(super) struct Server {
    pub submission_id: Option<String>,
    pub instance_id: Option<String>,
    pub root_id: Option<String>,
    pub submitted_at: Option<String>,
    /// The form version the server or device recorded (`2.0.0.2`), where it is the form's.
    pub form_version: Option<String>,
    pub state: State,
}

/// One submission.
#[derive(Debug, Clone, Default)]
pub(super) struct Sub {
    /// Its row in the file, from 0.
    pub index: usize,
    /// Where problems of the whole submission point.
    pub place: Place,
    pub fields: Vec<Field>,
    pub server: Server,
}

impl Sub {
    /// What tells copies of a submission apart: its root id (edits share it), else its
    /// instance id, without the `uuid:` prefix; empty when it has neither.
    pub fn key(&self) -> String {
        let id = self.server.root_id.as_deref().filter(|s| !s.is_empty());
        let id = id.or(self.server.instance_id.as_deref()).unwrap_or("");
        id.strip_prefix("uuid:").unwrap_or(id).to_owned()
    }

    /// Whether the submission is an edit of another: its instance id is not its root id.
    pub fn is_edit(&self) -> bool {
        let bare = |s: &str| s.strip_prefix("uuid:").unwrap_or(s).to_owned();
        match (&self.server.root_id, &self.server.instance_id) {
            (Some(root), Some(id)) => bare(root) != bare(id),
            _ => false,
        }
    }

    /// Takes a server metadata field (by its name without group path); false when the field
    /// is not one.
    pub fn server_field(&mut self, name: &str, value: &str) -> bool {
        let v = || Some(value.to_owned()).filter(|v| !v.is_empty());
        let s = &mut self.server;
        match name {
            "KEY" | "__id" => {
                s.submission_id = v();
                s.instance_id = s.instance_id.take().or_else(v);
            }
            "instanceID" => s.instance_id = v().or(s.instance_id.take()),
            "_uuid" => {
                s.instance_id = s
                    .instance_id
                    .take()
                    .or_else(|| v().map(|u| format!("uuid:{u}")));
            }
            "rootUuid" => s.root_id = v(),
            "_id" => s.submission_id = v(),
            "SubmissionDate" | "_submission_time" | "submissionDate" => s.submitted_at = v(),
            "FormVersion" | "formVersion" => s.form_version = v(),
            "ReviewState" | "reviewState" if value == "rejected" => s.state = State::Rejected,
            "Status" | "status"
                if matches!(
                    value,
                    "not decrypted"
                        | "missing encrypted form data"
                        | "notDecrypted"
                        | "missingEncryptedFormData"
                ) =>
            {
                s.state = State::Undecrypted;
            }
            "_validation_status" | "uid"
                if value == "validation_status_not_approved" || value == "Not Approved" =>
            {
                s.state = State::NotApproved;
            }
            _ => return is_server_metadata(name),
        }
        true
    }
}

/// Metadata columns of the servers that say nothing the assessment keeps.
pub(super) fn is_server_metadata(name: &str) -> bool {
    name.starts_with('_')
        || matches!(
            name,
            "SubmitterID"
                | "SubmitterName"
                | "AttachmentsPresent"
                | "AttachmentsExpected"
                | "Status"
                | "ReviewState"
                | "DeviceID"
                | "Edits"
                | "deprecatedID"
                | "uuid"
                | "start"
                | "end"
                | "today"
                | "deviceid"
                | "username"
                | "audit"
                | "instanceName"
        )
}

/// The layout of a CSV export, from its header line.
pub(super) fn csv_layout(header: &str) -> Option<SubmissionLayout> {
    let names: Vec<String> = header
        .split([',', ';', '\t'])
        .map(|h| h.trim().trim_matches('"').to_owned())
        .collect();
    let last = |n: &String| n.rsplit(['-', '/']).next().unwrap_or(n).to_owned();
    let has = |x: &str| names.iter().any(|n| last(n) == x);
    if has("SubmissionDate") || (has("KEY") && has("ReviewState")) {
        Some(SubmissionLayout::CentralCsv)
    } else if has("_uuid") || has("_submission_time") || has("__version__") {
        Some(SubmissionLayout::KoboCsv)
    } else if has("framework_version") || has("form_revision") {
        // A trimmed export: the form's own calculated fields are there.
        Some(if header.contains(';') {
            SubmissionLayout::KoboCsv
        } else {
            SubmissionLayout::CentralCsv
        })
    } else {
        None
    }
}

/// An error reading the file itself (`what` says which part).
pub(super) fn unreadable(what: &str, detail: String) -> Error {
    let args: [(&str, DiagArg); 2] = [("what", what.into()), ("detail", detail.into())];
    Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "submissions.unreadable",
        "",
        &args,
    )])
}

/// The submissions of a CSV export: one per non-blank row after the header (and after a row of
/// HXL tags, which KoboToolbox adds when the form has them).
pub(super) fn from_csv(text: &str) -> Result<Vec<Sub>, Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(crate::read::csv::sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| unreadable("csv", e.to_string()))?;
        let line = rec.position().map_or(0, |p| p.line());
        rows.push((line, rec.iter().map(str::to_owned).collect::<Vec<_>>()));
    }
    Ok(from_rows(rows, |row, line, col, header| Place {
        path: match header {
            "" => format!("/rows/{row}"),
            h => format!("/rows/{row}/{}", crate::error::pointer_token(h)),
        },
        line,
        column: col as u64 + 1,
    }))
}

/// Rows of cells (with the line each starts on) as submissions: the first row names the fields.
pub(super) fn from_rows(
    rows: Vec<(u64, Vec<String>)>,
    place: impl Fn(usize, u64, usize, &str) -> Place,
) -> Vec<Sub> {
    let mut rows = rows.into_iter();
    let Some((_, header)) = rows.next() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (line, cells) in rows {
        let blank = cells.iter().all(|c| c.trim().is_empty());
        let hxl = cells.iter().all(|c| c.is_empty() || c.starts_with('#'));
        if blank || (out.is_empty() && hxl) {
            continue;
        }
        let index = out.len();
        let mut sub = Sub {
            index,
            place: place(index, line, 0, ""),
            ..Sub::default()
        };
        sub.place.column = 0;
        for (col, name) in header.iter().enumerate() {
            let value = cells.get(col).cloned().unwrap_or_default();
            let short = name.rsplit(['-', '/']).next().unwrap_or(name);
            if sub.server_field(short, &value) {
                continue;
            }
            sub.fields.push(Field {
                name: name.clone(),
                value,
                place: place(index, line, col, name),
            });
        }
        out.push(sub);
    }
    out
}

/// The submissions of ODK Central's `.csv.zip`: its root table, the CSV whose header starts
/// with `SubmissionDate` (the others are repeats, which the form has none of).
#[cfg(feature = "xlsx")]
pub(super) fn from_zip(bytes: &[u8]) -> Result<Vec<Sub>, Error> {
    use std::io::Read;
    crate::read::xlsx::check_unzipped(bytes)?;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| unreadable("zip", e.to_string()))?;
    for i in 0..zip.len() {
        let mut f = zip
            .by_index(i)
            .map_err(|e| unreadable("zip", e.to_string()))?;
        if !f
            .name()
            .is_ok_and(|n| n.to_ascii_lowercase().ends_with(".csv"))
        {
            continue;
        }
        let mut data = Vec::new();
        let limit = crate::read::json::MAX_DOCUMENT_BYTES as u64;
        (&mut f)
            .take(limit)
            .read_to_end(&mut data)
            .map_err(|e| unreadable("zip", e.to_string()))?;
        let text = crate::read::csv::csv_text(&data)?;
        if csv_layout(text.lines().next().unwrap_or("")) == Some(SubmissionLayout::CentralCsv) {
            return from_csv(text);
        }
    }
    Err(unreadable(
        "zip",
        "no CSV of submissions in the archive".to_owned(),
    ))
}

/// Without the `xlsx` feature (the browser package), ZIP files are not read.
#[cfg(not(feature = "xlsx"))]
pub(super) fn from_zip(_bytes: &[u8]) -> Result<Vec<Sub>, Error> {
    Err(unsupported("zip"))
}

/// The submissions of KoboToolbox's XLS export: its first sheet (the others are repeats);
/// `None` for a workbook whose first sheet is not one (the Excel template).
#[cfg(feature = "xlsx")]
pub(super) fn from_xlsx(bytes: &[u8]) -> Result<Option<Vec<Sub>>, Error> {
    let sheets = crate::read::xlsx::read_sheets(bytes)?;
    let Some(sheet) = sheets.into_iter().next() else {
        return Ok(None);
    };
    let header = sheet.rows.first().map(|r| r.join(",")).unwrap_or_default();
    if csv_layout(&header).is_none() {
        return Ok(None);
    }
    let name = sheet.name.clone();
    let rows = sheet
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| (i as u64 + 1, r))
        .collect();
    Ok(Some(from_rows(rows, |_, line, col, _| Place {
        path: crate::read::xlsx::cell_ref(&name, line.saturating_sub(1) as usize, col),
        line,
        column: 0,
    })))
}

/// Without the `xlsx` feature (the browser package), workbooks are not read.
#[cfg(not(feature = "xlsx"))]
pub(super) fn from_xlsx(_bytes: &[u8]) -> Result<Option<Vec<Sub>>, Error> {
    Err(unsupported("xlsx"))
}

#[cfg(not(feature = "xlsx"))]
pub(super) fn unsupported(what: &str) -> Error {
    Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "submissions.unsupported",
        "",
        &[("what", what.into())],
    )])
}
