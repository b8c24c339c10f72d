//! Reading files: size limit, UTF-8, and I/O failures as located diagnostics.

use crate::error::{Diagnostic, Error};
use crate::read::json::MAX_DOCUMENT_BYTES;

/// Reads a text file for `kind` (`framework`, `assessment`), turning I/O failures into a
/// diagnostic with the code `<kind>.unreadable`.
pub(crate) fn read_file(path: &std::path::Path, kind: &str) -> Result<String, Error> {
    let shown = path.display();
    let fail = |d: Diagnostic| Error::of_kind(kind, vec![d]);
    let meta = std::fs::metadata(path).map_err(|e| fail(io_diag(kind, &shown.to_string(), &e)))?;
    if meta.len() > MAX_DOCUMENT_BYTES as u64 {
        return Err(fail(Diagnostic::error(
            &format!("{kind}.too_large"),
            "",
            format!(
                "`{shown}` is {} bytes, more than the limit of {MAX_DOCUMENT_BYTES} bytes",
                meta.len()
            ),
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_diag(kind, &shown.to_string(), &e)))?;
    String::from_utf8(bytes).map_err(|e| {
        fail(Diagnostic::error(
            &format!("{kind}.invalid_encoding"),
            "",
            format!("`{shown}` is not UTF-8 text (invalid byte at position {})", e.utf8_error().valid_up_to()),
        )
        .with_help("save the file as UTF-8 (most editors and spreadsheet programs offer it under \"Save as\")"))
    })
}

fn io_diag(kind: &str, shown: &str, e: &std::io::Error) -> Diagnostic {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ if std::path::Path::new(shown).is_dir() => "it is a directory, not a file".to_owned(),
        _ => e.to_string(),
    };
    Diagnostic::error(
        &format!("{kind}.unreadable"),
        "",
        format!("cannot read `{shown}`: {why}"),
    )
}
