//! Reading inputs and writing outputs: listing the assessments of a directory, and writing a file
//! atomically (a temporary file in the same directory, renamed into place; nothing is left behind
//! on failure). What kind of file an input is, the core says (`lhs_maturity::FileFormat`).

use crate::lang::{t, Lang};
use lhs_maturity::{i18n, Diagnostic, Document, Error};
use std::io::Write;
use std::path::{Path, PathBuf};

/// An error about a file that could not be read.
pub fn unreadable(message: String, help: Option<&str>) -> Error {
    let mut d = Diagnostic::error("input.unreadable", "", message);
    if let Some(h) = help {
        d = d.with_help(h);
    }
    Error::Input(vec![d])
}

/// Reads a text file by the core's rule (`read_text_file`: UTF-8, byte order mark, size limit,
/// `assessment.unreadable` / `.too_large` / `.invalid_encoding`), in the reader's language; a
/// directory gets the command's advice.
pub fn read_text(path: &Path, lang: Lang) -> Result<String, Error> {
    lhs_maturity::read_text_file(path, Document::Assessment).map_err(|e| read_error(&e, path, lang))
}

/// The core's error for a file that cannot be read, in the reader's language, with the command's
/// advice for a directory.
pub fn read_error(e: &Error, path: &Path, lang: Lang) -> Error {
    let e = i18n::localize_error(e, lang.code());
    if path.is_dir() {
        with_help(e, lang.t("cli-help-read-directory", &[]))
    } else {
        e
    }
}

/// The error with advice on its first problem.
fn with_help(e: Error, help: String) -> Error {
    let kind = e.kind();
    let mut details = e.details().to_vec();
    if let Some(d) = details.first_mut() {
        d.help = Some(help);
    }
    Error::new(kind, details)
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
    let mut file = AtomicFile::create(path, lang)?;
    file.write_all(data).map_err(|e| file.error(&e))?;
    file.commit()
}

/// A file written in parts and put in place only when complete ([`AtomicFile::commit`]): a
/// temporary file in the same directory, renamed over the path; dropped without a commit (an
/// error, an interruption), the temporary file is removed and the path is left as it was.
pub struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
    lang: Lang,
}

impl AtomicFile {
    /// Creates the temporary file beside `path`.
    pub fn create(path: &Path, lang: Lang) -> Result<AtomicFile, String> {
        let Some(name) = path.file_name() else {
            return Err(cannot_write(
                path,
                lang.t("cli-io-not-a-file-name", &[]),
                lang,
            ));
        };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            let why = lang.t("cli-io-no-directory", &[("dir", t(dir.display()))]);
            return Err(cannot_write(path, why, lang));
        }
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            std::process::id()
        ));
        let mut out = AtomicFile {
            path: path.to_path_buf(),
            tmp,
            file: None,
            lang,
        };
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&out.tmp)
            .map_err(|e| out.error(&e))?;
        out.file = Some(std::io::BufWriter::with_capacity(1 << 16, file));
        Ok(out)
    }

    /// Flushes the file to the disk and renames it over the path.
    pub fn commit(mut self) -> Result<(), String> {
        let result = (|| -> std::io::Result<()> {
            if let Some(f) = self.file.take() {
                f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            }
            std::fs::rename(&self.tmp, &self.path)
        })();
        result.map_err(|e| self.error(&e))
    }

    /// The message of a failure to write the file, in the reader's language.
    pub fn error(&self, e: &std::io::Error) -> String {
        let why = match e.kind() {
            std::io::ErrorKind::PermissionDenied => self.lang.t("cli-io-permission-denied", &[]),
            std::io::ErrorKind::IsADirectory => self.lang.t("cli-io-is-a-directory", &[]),
            _ if self.path.is_dir() => self.lang.t("cli-io-is-a-directory", &[]),
            _ => e.to_string(),
        };
        cannot_write(&self.path, why, self.lang)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("the file is closed")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().map_or(Ok(()), Write::flush)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() || self.tmp.exists() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn cannot_write(path: &Path, reason: String, lang: Lang) -> String {
    lang.t(
        "cli-io-cannot-write",
        &[("file", t(path.display())), ("reason", t(reason))],
    )
}
