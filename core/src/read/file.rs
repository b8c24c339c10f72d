//! Reading files: size limit, UTF-8, and I/O failures as located diagnostics.

use crate::error::{Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::read::json::MAX_DOCUMENT_BYTES;

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
