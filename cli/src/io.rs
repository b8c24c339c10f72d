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

/// What an input file holds: text (an assessment in JSON, the library's CSV layouts), or the
/// bytes of a file of submissions or a workbook, which the core reads
/// (`Framework::read_submissions`).
pub enum Input {
    Text(String),
    Submissions(Vec<u8>),
}

/// Reads an input file by the core's rules (size limit, then UTF-8 for text), in the reader's
/// language.
pub fn read_input(path: &Path, lang: Lang) -> Result<Input, Error> {
    let bytes = lhs_maturity::read_bytes_file(path, Document::Assessment)
        .map_err(|e| read_error(&e, path, lang))?;
    if lhs_maturity::SubmissionLayout::of(&path.to_string_lossy(), &bytes).is_some() {
        return Ok(Input::Submissions(bytes));
    }
    lhs_maturity::assessment_file_text(path, &bytes)
        .map(|t| Input::Text(t.to_owned()))
        .map_err(|e| read_error(&e, path, lang))
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
                Some("json" | "csv" | "tsv" | "xml" | "zip" | "xlsx")
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

/// The temporary files being written, which SIGINT and SIGTERM remove before the command exits
/// ([`interrupts`]). A file is added before it is created and leaves when it is renamed into place
/// or removed, both under the lock, so that an interruption finds either the temporary file (and
/// removes it: the previous file stays) or the complete file in place.
static LIVE: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn live() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn forget(tmp: &Path) {
    let mut list = live();
    if let Some(i) = list.iter().position(|p| p == tmp) {
        list.swap_remove(i);
    }
}

/// Handles SIGINT and SIGTERM on a thread of their own: the temporary files being written are
/// removed (earlier versions of the outputs stay as they were), a message says so and the
/// command exits with 128 + the signal (130, 143), as shells do.
#[cfg(unix)]
pub fn interrupts(lang: Lang) {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let list = live();
            for tmp in list.iter() {
                let _ = std::fs::remove_file(tmp);
            }
            let name = if sig == SIGINT { "SIGINT" } else { "SIGTERM" };
            let id = if list.is_empty() {
                "cli-interrupted-idle"
            } else {
                "cli-interrupted"
            };
            crate::say(&format!(
                "\n{} {}",
                crate::table::Tone::Error.paint(&lang.t("cli-label-error", &[])),
                lang.t(id, &[("signal", t(name))])
            ));
            std::process::exit(128 + sig);
        }
    });
}

/// Elsewhere the default handling stays (nothing to set up).
#[cfg(not(unix))]
pub fn interrupts(_lang: Lang) {}

/// What [`AtomicFile`] writes to: a file, or in tests a writer that fails like a full disk.
pub trait Sink: Write {
    /// Makes what was written durable (`File::sync_all`).
    fn sync(&mut self) -> std::io::Result<()>;
}

impl Sink for std::fs::File {
    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_all()
    }
}

/// A file written in parts and put in place only when complete ([`AtomicFile::commit`]): a
/// temporary file in the same directory, renamed over the path; dropped without a commit (an
/// error, an interruption), the temporary file is removed and the path is left as it was.
pub struct AtomicFile<W: Sink = std::fs::File> {
    path: PathBuf,
    tmp: PathBuf,
    file: Option<std::io::BufWriter<W>>,
    lang: Lang,
}

impl AtomicFile {
    /// Creates the temporary file beside `path`.
    pub fn create(path: &Path, lang: Lang) -> Result<AtomicFile, String> {
        AtomicFile::create_with(path, lang, |f| f)
    }
}

impl<W: Sink> AtomicFile<W> {
    /// Creates the temporary file beside `path`, written through `wrap` of it.
    fn create_with(
        path: &Path,
        lang: Lang,
        wrap: impl FnOnce(std::fs::File) -> W,
    ) -> Result<AtomicFile<W>, String> {
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
        let mut list = live();
        list.push(out.tmp.clone());
        let opened = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&out.tmp);
        let file = match opened {
            Ok(f) => f,
            Err(e) => {
                list.pop();
                return Err(out.error(&e));
            }
        };
        drop(list);
        out.file = Some(std::io::BufWriter::with_capacity(1 << 16, wrap(file)));
        Ok(out)
    }

    /// Flushes the file to the disk and renames it over the path.
    pub fn commit(mut self) -> Result<(), String> {
        let result = (|| -> std::io::Result<()> {
            if let Some(f) = self.file.take() {
                f.into_inner().map_err(|e| e.into_error())?.sync()?;
            }
            let mut list = live();
            std::fs::rename(&self.tmp, &self.path)?;
            if let Some(i) = list.iter().position(|p| *p == self.tmp) {
                list.swap_remove(i);
            }
            Ok(())
        })();
        result.map_err(|e| self.error(&e))
    }

    /// The message of a failure to write the file, in the reader's language.
    pub fn error(&self, e: &std::io::Error) -> String {
        let why = match e.kind() {
            std::io::ErrorKind::PermissionDenied => self.lang.t("cli-io-permission-denied", &[]),
            std::io::ErrorKind::IsADirectory => self.lang.t("cli-io-is-a-directory", &[]),
            std::io::ErrorKind::StorageFull => self.lang.t("cli-io-disk-full", &[]),
            _ if e.raw_os_error() == Some(ENOSPC) => self.lang.t("cli-io-disk-full", &[]),
            _ if self.path.is_dir() => self.lang.t("cli-io-is-a-directory", &[]),
            _ => e.to_string(),
        };
        cannot_write(&self.path, why, self.lang)
    }
}

/// "No space left on device" (the same number on Linux, the BSDs and macOS).
const ENOSPC: i32 = 28;

impl<W: Sink> Write for AtomicFile<W> {
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

impl<W: Sink> Drop for AtomicFile<W> {
    fn drop(&mut self) {
        if self.file.take().is_some() || self.tmp.exists() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        forget(&self.tmp);
    }
}

pub fn cannot_write(path: &Path, reason: String, lang: Lang) -> String {
    lang.t(
        "cli-io-cannot-write",
        &[("file", t(path.display())), ("reason", t(reason))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file on a disk that fills up after `room` bytes: then every write fails with `ENOSPC`.
    struct FullDisk {
        file: std::fs::File,
        room: usize,
    }

    impl Write for FullDisk {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::Error::from_raw_os_error(ENOSPC));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            self.file.write(&buf[..n])
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.file.flush()
        }
    }

    impl Sink for FullDisk {
        fn sync(&mut self) -> std::io::Result<()> {
            self.file.sync_all()
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("lhs-io-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Writes 1 MB through a disk with 100 KB of room; returns the error message.
    fn fill(path: &Path, lang: Lang) -> String {
        let mut f = AtomicFile::create_with(path, lang, |file| FullDisk {
            file,
            room: 100_000,
        })
        .unwrap();
        let row = [b'x'; 1000];
        let failed = (0..1000).find_map(|_| f.write_all(&row).err());
        match failed {
            Some(e) => f.error(&e),
            None => f.commit().unwrap_err(),
        }
    }

    #[test]
    fn a_full_disk_keeps_the_previous_file_and_says_so() {
        let dir = scratch("full");
        let path = dir.join("out.csv");
        std::fs::write(&path, b"previous,bytes\n").unwrap();
        for code in ["en", "fr", "es", "pt-PT", "ar"] {
            let (lang, _) = crate::lang::choose(Some(code), "en");
            let message = fill(&path, lang);
            assert_eq!(
                message,
                cannot_write(&path, lang.t("cli-io-disk-full", &[]), lang),
                "{code}"
            );
            assert!(!message.contains("os error"), "{code}: {message}");
            assert_eq!(std::fs::read(&path).unwrap(), b"previous,bytes\n");
            let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
            assert_eq!(left.len(), 1, "{code}: the temporary file is removed");
            assert!(live().iter().all(|p| !p.starts_with(&dir)));
        }
        let (en, _) = crate::lang::choose(Some("en"), "en");
        assert!(fill(&path, en).contains("disk is full"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_complete_write_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = scratch("complete");
        let path = dir.join("out.csv");
        std::fs::write(&path, b"old").unwrap();
        let (en, _) = crate::lang::choose(Some("en"), "en");
        write_atomic(&path, b"new", en).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        assert!(live().iter().all(|p| !p.starts_with(&dir)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
