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

/// Removes a UTF-8 byte order mark (what spreadsheet programs put before the text they save).
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The text of a file about a document of `kind`: UTF-8, without its byte order mark, at most
/// [`MAX_DOCUMENT_BYTES`]; else the error (`<kind>.unreadable`, `<kind>.too_large`,
/// `<kind>.invalid_encoding`) naming the file, in plain words.
///
/// ```
/// use lhs_maturity::{read_text_file, DocumentKind};
/// let e = read_text_file("no/such.csv", DocumentKind::Assessment).unwrap_err();
/// assert_eq!(e.code(), "assessment.unreadable");
/// assert_eq!(e.message(), "cannot read `no/such.csv`: the file does not exist");
/// ```
pub fn read_text_file(path: impl AsRef<Path>, kind: DocumentKind) -> Result<String, Error> {
    let name = match kind {
        DocumentKind::Framework => "framework",
        DocumentKind::Assessment => "assessment",
        DocumentKind::Input => "input",
    };
    let mut text = read_file(path.as_ref(), name)?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Reads a text file for `kind` (`framework`, `assessment`, `report`), turning I/O failures
/// into a diagnostic with the code `<kind>.unreadable` (`<kind>.too_large`,
/// `<kind>.invalid_encoding`).
pub(crate) fn read_file(path: &std::path::Path, kind: &str) -> Result<String, Error> {
    let shown = path.display().to_string();
    let fail = |suffix: &str, args: &[(&str, DiagArg)]| {
        let mut all: Vec<(&str, DiagArg)> = vec![("file", shown.as_str().into())];
        all.extend_from_slice(args);
        let code = format!("{kind}.{suffix}");
        Error::of_kind(
            kind,
            vec![i18n::diagnostic(Severity::Error, &code, "", &all)],
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| fail("unreadable", &io_reason(&shown, &e)))?;
    if meta.len() > MAX_DOCUMENT_BYTES as u64 {
        return Err(fail(
            "too_large",
            &[
                ("source", "file".into()),
                ("size", meta.len().into()),
                ("limit", MAX_DOCUMENT_BYTES.into()),
            ],
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| fail("unreadable", &io_reason(&shown, &e)))?;
    String::from_utf8(bytes).map_err(|e| {
        fail(
            "invalid_encoding",
            &[("position", e.utf8_error().valid_up_to().to_string().into())],
        )
    })
}

/// Why a file cannot be read, as the arguments of `<kind>.unreadable`.
fn io_reason(shown: &str, e: &std::io::Error) -> Vec<(&'static str, DiagArg)> {
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
