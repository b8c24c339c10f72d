//! Reading files: size limit, UTF-8, the byte order mark, I/O failures as located diagnostics,
//! and what a file holds (JSON or CSV) — one rule for the command line and every binding.

use crate::error::{DocumentKind, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::read::json::MAX_DOCUMENT_BYTES;
use std::path::Path;

/// What a file of documents holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// A JSON document.
    Json,
    /// CSV (or TSV) rows: assessments in the wide or long layout.
    Csv,
}

impl FileFormat {
    /// The format of a file: by its extension (`.json`; `.csv`, `.tsv`, any case), else by its
    /// text (JSON when it starts with `{` or `[`, after a byte order mark and blanks; else CSV).
    ///
    /// ```
    /// use lhs_maturity::FileFormat;
    /// use std::path::Path;
    /// assert_eq!(FileFormat::of(Path::new("a.JSON"), ""), FileFormat::Json);
    /// assert_eq!(FileFormat::of(Path::new("a.csv"), "{"), FileFormat::Csv);
    /// assert_eq!(FileFormat::of(Path::new("export"), "\u{feff} {"), FileFormat::Json);
    /// assert_eq!(FileFormat::of(Path::new("a.txt"), "unit_id,x"), FileFormat::Csv);
    /// ```
    pub fn of(path: &Path, text: &str) -> FileFormat {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("json") => FileFormat::Json,
            Some("csv" | "tsv") => FileFormat::Csv,
            _ if strip_bom(text).trim_start().starts_with(['{', '[']) => FileFormat::Json,
            _ => FileFormat::Csv,
        }
    }
}

/// The text of bytes given as a document (`what`) (what Python's `bytes` and a browser's
/// `ArrayBuffer` hold): UTF-8, without its byte order mark; else `<kind>.invalid_encoding` with
/// the position of the first byte that is not UTF-8.
///
/// ```
/// use lhs_maturity::{text_of_bytes, Document};
/// assert_eq!(text_of_bytes(b"\xef\xbb\xbf{}", Document::Assessment).unwrap(), "{}");
/// let e = text_of_bytes(b"{\"a\": \"S\xe3o\"}", Document::Report).unwrap_err();
/// assert_eq!(e.code(), "report.invalid_encoding");
/// assert_eq!(e.message(), "the bytes are not UTF-8 text (invalid byte at position 8)");
/// ```
pub fn text_of_bytes(bytes: &[u8], what: Document) -> Result<&str, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(strip_bom(text)),
        Err(e) => Err(encoding_error(what, e.valid_up_to())),
    }
}

/// The error of bytes given as a document (`what`) that are not UTF-8 from `position` (in bytes
/// from the start): for a binding that decoded them itself.
///
/// ```
/// use lhs_maturity::{encoding_error, Document};
/// let e = encoding_error(Document::Framework, 3);
/// assert_eq!(e.code(), "framework.invalid_encoding");
/// assert_eq!(e.message(), "the bytes are not UTF-8 text (invalid byte at position 3)");
/// ```
pub fn encoding_error(what: Document, position: usize) -> Error {
    let code = format!("{}.invalid_encoding", what.name());
    let args = [
        ("source", "bytes".into()),
        ("position", position.to_string().into()),
    ];
    let d = i18n::diagnostic(Severity::Error, &code, "", &args);
    Error::new(what.kind(), vec![d])
}

/// What a document read from a file or from bytes is: the first part of the codes of its errors
/// (`report.unreadable`) and the kind of the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// A framework (errors are [`DocumentKind::Framework`]).
    Framework,
    /// An assessment (errors are [`DocumentKind::Assessment`]).
    Assessment,
    /// A report read back (errors are [`DocumentKind::Input`]).
    Report,
    /// Options, a consensus, a migration map (errors are [`DocumentKind::Input`]).
    Input,
}

impl Document {
    fn name(self) -> &'static str {
        match self {
            Document::Framework => "framework",
            Document::Assessment => "assessment",
            Document::Report => "report",
            Document::Input => "input",
        }
    }

    fn kind(self) -> DocumentKind {
        match self {
            Document::Framework => DocumentKind::Framework,
            Document::Assessment => DocumentKind::Assessment,
            Document::Report | Document::Input => DocumentKind::Input,
        }
    }
}

/// Removes the UTF-8 byte order mark that spreadsheet programs put before the text they save,
/// and any more marks right after it (a file saved again by a program that took the first mark
/// for text): marks at the start are never part of a document, on every path.
pub(crate) fn strip_bom(text: &str) -> &str {
    text.trim_start_matches('\u{feff}')
}

/// The length of the byte order marks at the start of `bytes` (see [`strip_bom`]).
pub(crate) fn bom_len(bytes: &[u8]) -> usize {
    const BOM: &[u8] = "\u{feff}".as_bytes();
    let mut n = 0;
    while bytes.get(n..).is_some_and(|b| b.starts_with(BOM)) {
        n += BOM.len();
    }
    n
}

/// The text of a file holding a document (`what`): UTF-8, without its byte order mark, at most
/// [`MAX_DOCUMENT_BYTES`]; else the error (`<kind>.unreadable`, `<kind>.too_large`,
/// `<kind>.invalid_encoding`) naming the file, in plain words.
///
/// ```
/// use lhs_maturity::{read_text_file, Document};
/// let e = read_text_file("no/such.csv", Document::Assessment).unwrap_err();
/// assert_eq!(e.code(), "assessment.unreadable");
/// assert_eq!(e.message(), "cannot read `no/such.csv`: the file does not exist");
/// ```
pub fn read_text_file(path: impl AsRef<Path>, what: Document) -> Result<String, Error> {
    let mut text = read_file(path.as_ref(), what.name())?;
    text.drain(..bom_len(text.as_bytes()));
    Ok(text)
}

/// The text of an assessment file's bytes: a CSV file (`.csv`, `.tsv`) by the CSV reader's
/// rule (`csv.invalid_encoding` at the line and column of the first byte that is not UTF-8),
/// any other by [`text_of_bytes`] (`assessment.invalid_encoding`); without its byte order mark.
///
/// ```
/// use lhs_maturity::assessment_file_text;
/// use std::path::Path;
/// let e = assessment_file_text(Path::new("a.csv"), b"unit_id\nS\xe3o\n").unwrap_err();
/// assert_eq!((e.code(), e.details()[0].line), ("csv.invalid_encoding", Some(2)));
/// assert_eq!(assessment_file_text(Path::new("a.json"), b"\xff").unwrap_err().code(), "assessment.invalid_encoding");
/// ```
pub fn assessment_file_text<'b>(path: &Path, bytes: &'b [u8]) -> Result<&'b str, Error> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv" | "tsv") => crate::read::csv::csv_text(bytes),
        _ => text_of_bytes(bytes, Document::Assessment),
    }
}

/// The bytes of a file holding a document (`what`), at most [`MAX_DOCUMENT_BYTES`]: for files
/// that are not text (a workbook, a ZIP); else the error (`<kind>.unreadable`,
/// `<kind>.too_large`) naming the file.
///
/// ```
/// use lhs_maturity::{read_bytes_file, Document};
/// assert_eq!(read_bytes_file("no/such.xlsx", Document::Assessment).unwrap_err().code(), "assessment.unreadable");
/// ```
pub fn read_bytes_file(path: impl AsRef<Path>, what: Document) -> Result<Vec<u8>, Error> {
    read_file_bytes(path.as_ref(), what.name())
}

/// Reads a text file for `kind` (`framework`, `assessment`, `report`), turning I/O failures
/// into a diagnostic with the code `<kind>.unreadable` (`<kind>.too_large`,
/// `<kind>.invalid_encoding`).
pub(crate) fn read_file(path: &std::path::Path, kind: &str) -> Result<String, Error> {
    let bytes = read_file_bytes(path, kind)?;
    String::from_utf8(bytes).map_err(|e| {
        file_error(
            path,
            kind,
            "invalid_encoding",
            &[
                ("source", "file".into()),
                ("position", e.utf8_error().valid_up_to().to_string().into()),
            ],
        )
    })
}

/// The bytes of a file holding a document (`what`), at most [`MAX_DOCUMENT_BYTES`] after its
/// byte order marks (they do not count, as for text: [`crate::read::json`] measures the text
/// without them); else the error (`<kind>.unreadable`, `<kind>.too_large`) naming the file, in
/// plain words. A larger file is read no further than one block past the limit.
pub(crate) fn read_file_bytes(path: &std::path::Path, kind: &str) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let shown = path.display().to_string();
    let unreadable =
        |e: std::io::Error| file_error(path, kind, "unreadable", &io_reason(&shown, &e));
    let too_large = |size: u64| {
        file_error(
            path,
            kind,
            "too_large",
            &[
                ("source", "file".into()),
                ("size", size.into()),
                ("limit", MAX_DOCUMENT_BYTES.into()),
            ],
        )
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(
        usize::try_from(size)
            .unwrap_or(0)
            .min(MAX_DOCUMENT_BYTES + 3),
    );
    let mut block = vec![0u8; 1 << 16];
    loop {
        let n = match file.read(&mut block) {
            Ok(0) => return Ok(bytes),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(unreadable(e)),
        };
        bytes.extend_from_slice(block.get(..n).unwrap_or_default());
        if bytes.len() - bom_len(&bytes) > MAX_DOCUMENT_BYTES {
            return Err(too_large(size.max(bytes.len() as u64)));
        }
    }
}

/// The error `<kind>.<suffix>` about a file, naming it.
fn file_error(path: &std::path::Path, kind: &str, suffix: &str, args: &[(&str, DiagArg)]) -> Error {
    let shown = path.display().to_string();
    let mut all: Vec<(&str, DiagArg)> = vec![("file", shown.as_str().into())];
    all.extend_from_slice(args);
    let code = format!("{kind}.{suffix}");
    Error::of_kind(
        kind,
        vec![i18n::diagnostic(Severity::Error, &code, "", &all)],
    )
}

/// Why a file cannot be read, as the arguments of `<kind>.unreadable`.
pub(crate) fn io_reason(shown: &str, e: &std::io::Error) -> Vec<(&'static str, DiagArg)> {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "missing",
        std::io::ErrorKind::PermissionDenied => "denied",
        _ if std::path::Path::new(shown).is_dir() => "directory",
        _ => return vec![("reason", "other".into()), ("detail", e.to_string().into())],
    };
    vec![("reason", reason.into())]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Diagnostic;

    #[test]
    fn a_missing_file_says_so() {
        let e = read_file(std::path::Path::new("no/such/file.json"), "assessment").unwrap_err();
        let d: &Diagnostic = &e.details()[0];
        assert_eq!(d.code, "assessment.unreadable");
        assert_eq!(
            d.message,
            "cannot read `no/such/file.json`: the file does not exist"
        );
    }
}
