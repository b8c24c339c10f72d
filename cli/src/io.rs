//! Reading inputs and writing outputs: listing the assessments of a directory, and writing a file
//! atomically (a temporary file in the same directory, renamed into place; nothing is left behind
//! on failure). What kind of file an input is, the core says (`lhs_maturity::FileFormat`).

use crate::lang::{t, Lang};
use lhs_maturity::{Diagnostic, Error};
use std::io::Write;
use std::path::{Path, PathBuf};

fn why(e: &std::io::Error, path: &Path, lang: Lang) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => lang.t("cli-io-not-found", &[]),
        std::io::ErrorKind::PermissionDenied => lang.t("cli-io-permission-denied", &[]),
        _ if path.is_dir() => lang.t("cli-io-is-directory", &[]),
        _ => e.to_string(),
    }
}

/// An error about a file that could not be read.
pub fn unreadable(message: String, help: Option<&str>) -> Error {
    let mut d = Diagnostic::error("input.unreadable", "", message);
    if let Some(h) = help {
        d = d.with_help(h);
    }
    Error::Input(vec![d])
}

/// Reads a text file (UTF-8, an optional byte order mark removed).
pub fn read_text(path: &Path, lang: Lang) -> Result<String, Error> {
    let shown = path.display();
    let cannot = |reason: String| {
        lang.t(
            "cli-io-cannot-read",
            &[("file", t(&shown)), ("reason", t(reason))],
        )
    };
    if path.is_dir() {
        return Err(unreadable(
            cannot(lang.t("cli-io-is-directory", &[])),
            Some(&lang.t("cli-help-read-directory", &[])),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(cannot(why(&e, path, lang)), None))?;
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..'\u{feff}'.len_utf8());
            }
            Ok(s)
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e
                .as_bytes()
                .iter()
                .take(at)
                .filter(|&&b| b == b'\n')
                .count();
            Err(unreadable(
                cannot(lang.t("cli-io-not-utf8", &[("line", t(line))])),
                Some(&lang.t("cli-help-utf8", &[])),
            ))
        }
    }
}

/// The assessment files (`*.json`, `*.csv`) under a directory, recursively, in name order.
pub fn assessments_in(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| {
            unreadable(
                lang.t(
                    "cli-io-cannot-read-directory",
                    &[("dir", t(d.display())), ("reason", t(e))],
                ),
                None,
            )
        })?;
        let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        names.sort();
        for p in names.into_iter().rev() {
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else if matches!(
                p.extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase)
                    .as_deref(),
                Some("json" | "csv")
            ) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Writes `data` to `path` atomically: to a temporary file in the same directory, then renamed
/// over `path`. On any failure the temporary file is removed and `path` is left as it was.
pub fn write_atomic(path: &Path, data: &[u8], lang: Lang) -> Result<(), String> {
    let shown = path.display();
    let cannot = |reason: String| {
        lang.t(
            "cli-io-cannot-write",
            &[("file", t(&shown)), ("reason", t(reason))],
        )
    };
    let Some(name) = path.file_name() else {
        return Err(cannot(lang.t("cli-io-not-a-file-name", &[])));
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(cannot(
            lang.t("cli-io-no-directory", &[("dir", t(dir.display()))]),
        ));
    }
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        let why = match e.kind() {
            std::io::ErrorKind::PermissionDenied => lang.t("cli-io-permission-denied", &[]),
            std::io::ErrorKind::IsADirectory => lang.t("cli-io-is-a-directory", &[]),
            _ if path.is_dir() => lang.t("cli-io-is-a-directory", &[]),
            _ => e.to_string(),
        };
        cannot(why)
    })
}
