//! `lhs-maturity batch`: score many assessments on every core into one summary. One bad input
//! never stops the others: it becomes a row with `status` `error` and is listed on standard
//! error with why.

use crate::lang::{n, t, Lang};
use crate::{
    emit_human, expand, ext_is, io, neutral, say, term, BatchArgs, BatchFormat, Failure, INVALID,
};
use indicatif::{ProgressBar, ProgressStyle};
use lhs_maturity::{
    Error, FileFormat, Framework, ScoreOptions, SummaryFormat, SummaryRow, SummaryWriter,
};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// An input of the command: a file, or why a path gave none.
type Item = Result<PathBuf, (String, Error)>;
use std::time::Instant;

/// Scores one input: a JSON file gives one row, a CSV file one row per assessment (a wide CSV
/// is scored as a matrix, by columns, on every core).
fn score_input(fw: &Framework, path: &Path, opts: &ScoreOptions, lang: Lang) -> Vec<SummaryRow> {
    let file = path.display().to_string();
    let fail = |e: &Error| vec![SummaryRow::failed(&file, None, e)];
    let text = match io::read_input(path, lang) {
        Ok(io::Input::Text(t)) => t,
        Ok(io::Input::Submissions(bytes)) => {
            return score_submissions(fw, &file, &bytes, opts, lang)
        }
        Err(e) => return fail(&e),
    };
    match FileFormat::of(path, &text) {
        FileFormat::Json => match fw.score_json_with(&text, opts) {
            Ok(r) => vec![SummaryRow::from_report(&file, None, &r)],
            Err(e) => fail(&e),
        },
        FileFormat::Csv => {
            let m = match fw.matrix_from_csv(&text) {
                Ok(m) => m,
                Err(e) => return fail(&e),
            };
            if m.rows.is_empty() && m.failed.is_empty() {
                return fail(&io::unreadable(
                    lang.t("cli-error-no-rows", &[("file", t(&file))]),
                    None,
                ));
            }
            match fw.score_matrix_with(&m.cells, opts.unknown) {
                Ok(s) => fw.summary_rows(&file, &m, &s),
                Err(e) => fail(&e),
            }
        }
    }
}

/// Scores the submissions of a file (ODK, KoboToolbox, the Excel template): a row per
/// submission kept, scored or failed; what was left out is said on standard error.
fn score_submissions(
    fw: &Framework,
    file: &str,
    bytes: &[u8],
    opts: &ScoreOptions,
    lang: Lang,
) -> Vec<SummaryRow> {
    let s = match fw.read_submissions(file, bytes) {
        Ok(s) => s,
        Err(e) => return vec![SummaryRow::failed(file, None, &e)],
    };
    say_counts(file, &s, lang);
    s.records
        .iter()
        .map(|rec| {
            let line = Some(rec.line).filter(|l| *l > 0);
            match rec.score_with(fw, opts) {
                Ok(r) => SummaryRow::from_report(file, line, &r),
                Err(e) => SummaryRow::failed(file, line, &e),
            }
        })
        .collect()
}

/// Says on standard error what became of the submissions of a file: how many were read,
/// refused, left out (rejected, not approved, not decrypted) and removed as duplicates.
pub(crate) fn say_counts(file: &str, s: &lhs_maturity::Submissions, lang: Lang) {
    let c = &s.counts;
    say(&lang.t(
        "cli-submissions-counts",
        &[
            ("file", t(file)),
            ("submissions", n(c.submissions)),
            ("read", n(c.read)),
            ("refused", n(c.refused)),
            ("left", n(c.rejected + c.not_approved + c.undecrypted)),
            ("duplicates", n(c.duplicates)),
        ],
    ));
    for w in &s.warnings {
        say(&format!(
            "  {}",
            term::diagnostic(file, w, lang).replace('\n', "\n  ")
        ));
    }
}

/// The progress bar on a terminal (hidden otherwise, or with `--quiet`), its words the message
/// `id` (with the values `bar`, `position` and `length`).
pub(crate) fn progress(len: usize, quiet: bool, lang: Lang, id: &str) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::new(len as u64);
    let template = lang.t(
        id,
        &[
            ("bar", t("{bar:32}")),
            ("position", t("{pos}")),
            ("length", t("{len}")),
        ],
    );
    if let Ok(style) = ProgressStyle::with_template(&format!(
        "{{spinner}} {template}  {{elapsed}}  {{wide_msg}}"
    )) {
        b.set_style(style.progress_chars("█▓░"));
    }
    b
}

/// Lists the inputs that could not be scored, each with its errors: the first
/// [`LISTED_FAILURES`], then how many more the summary holds.
fn list_failures(tally: &Tally, lang: Lang) {
    let error = crate::table::Tone::Error.paint(&lang.t("cli-label-error", &[]));
    let head = lang.t(
        "cli-batch-failed",
        &[("failed", n(tally.failed)), ("total", n(tally.total))],
    );
    say(&format!("{error} {head}"));
    for r in &tally.listed {
        let place = term::place(r);
        match &r.error {
            Some(e) => {
                for d in e.details.iter().filter(|d| d.is_error()) {
                    let shown = term::diagnostic(&r.source, d, lang);
                    say(&format!("  {}", shown.replace('\n', "\n  ")));
                }
                if e.details.is_empty() {
                    say(&format!("  {place}: {}", e.message));
                }
            }
            None => say(&format!("  {place}")),
        }
    }
    if tally.failed > tally.listed.len() {
        let more = tally.failed - tally.listed.len();
        say(&format!(
            "  {}",
            lang.t("cli-batch-more-failed", &[("more", n(more))])
        ));
    }
}

/// The rows of a wide CSV read and scored at a time: memory holds one chunk.
const CHUNK_ROWS: usize = 16_384;
/// JSON files scored at a time, on every core.
const JSON_GROUP: usize = 64;
/// The failed assessments listed on standard error; the others are counted.
const LISTED_FAILURES: usize = 100;

/// The format of an input: by its extension, else by its first bytes.
/// A file of submissions (whose CSV header is long) is none: it is read whole.
fn format_of(path: &Path) -> Option<FileFormat> {
    let mut head = Vec::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(256 * 1024).read_to_end(&mut head);
    }
    if lhs_maturity::SubmissionLayout::of(&path.to_string_lossy(), &head).is_some() {
        return None;
    }
    Some(FileFormat::of(path, &String::from_utf8_lossy(&head)))
}

/// Scores a CSV file a chunk of rows at a time, handing each chunk's rows to `out`.
fn stream_csv(
    fw: &Framework,
    path: &Path,
    opts: &ScoreOptions,
    lang: Lang,
    out: &mut dyn FnMut(Vec<SummaryRow>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let file = path.display().to_string();
    let Ok(f) = std::fs::File::open(path) else {
        // The core's reader says why, as for any file.
        return out(score_input(fw, path, opts, lang));
    };
    let fail = |e: &Error| {
        vec![SummaryRow::failed(
            &file,
            None,
            &io::read_error(e, path, lang),
        )]
    };
    let chunks = match fw.matrix_chunks(f, &file, CHUNK_ROWS) {
        Ok(c) => c,
        Err(e) => return out(fail(&e)),
    };
    let mut any = false;
    for chunk in chunks {
        any = true;
        let rows = match chunk {
            Ok(m) => match fw.score_matrix_with(&m.cells, opts.unknown) {
                Ok(s) => fw.summary_rows(&file, &m, &s),
                Err(e) => fail(&e),
            },
            Err(e) => fail(&e),
        };
        out(rows)?;
    }
    if !any {
        let e = io::unreadable(lang.t("cli-error-no-rows", &[("file", t(&file))]), None);
        return out(fail(&e));
    }
    Ok(())
}

/// What the summary holds so far: the counts, and the first failures to list.
#[derive(Default)]
struct Tally {
    total: usize,
    failed: usize,
    listed: Vec<SummaryRow>,
}

impl Tally {
    fn add(&mut self, rows: &[SummaryRow]) {
        self.total += rows.len();
        for r in rows.iter().filter(|r| !r.ok) {
            self.failed += 1;
            if self.listed.len() < LISTED_FAILURES {
                self.listed.push(r.clone());
            }
        }
    }
}

/// Scores every input in input order, handing the rows to `out` as they come: JSON files a
/// group at a time on every core, CSV files a chunk of rows at a time.
fn score_all(
    fw: &Framework,
    items: &[Item],
    opts: &ScoreOptions,
    lang: Lang,
    bar: &ProgressBar,
    out: &mut dyn FnMut(Vec<SummaryRow>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut k = 0;
    while let Some(item) = items.get(k) {
        if let Ok(path) = item {
            if format_of(path) == Some(FileFormat::Csv) {
                bar.set_message(path.display().to_string());
                stream_csv(fw, path, opts, lang, out)?;
                bar.inc(1);
                k += 1;
                continue;
            }
        }
        // The JSON files (and the inputs that failed) up to the next CSV file.
        let group: Vec<&Item> = items
            .get(k..)
            .unwrap_or_default()
            .iter()
            .take(JSON_GROUP)
            .take_while(|i| {
                i.as_ref()
                    .map_or(true, |p| format_of(p) != Some(FileFormat::Csv))
            })
            .collect();
        k += group.len().max(1);
        let parts = lhs_maturity::parallel::map(&group, |item| {
            let rows = match item {
                Ok(path) => {
                    bar.set_message(path.display().to_string());
                    score_input(fw, path, opts, lang)
                }
                Err((file, e)) => vec![SummaryRow::failed(file, None, e)],
            };
            bar.inc(1);
            rows
        });
        for rows in parts {
            out(rows)?;
        }
    }
    Ok(())
}

pub fn run(fw: &Framework, a: &BatchArgs, opts: &ScoreOptions, lang: Lang) -> Result<u8, Failure> {
    let output = a.output.as_deref();
    let format = a.format.unwrap_or(match output {
        _ if ext_is(output, &["json"]) => BatchFormat::Json,
        _ if ext_is(output, &["txt"]) => BatchFormat::Table,
        _ => BatchFormat::Csv,
    });
    // The summary holds no framework text: scored in English, it is the same in every language.
    let opts = neutral(opts);
    let start = Instant::now();
    let items = expand(&a.inputs, lang);
    let bar = progress(items.len(), a.quiet, lang, "cli-batch-progress");
    let mut tally = Tally::default();
    match format {
        BatchFormat::Table => {
            // A table for people: its columns are as wide as their widest cell.
            let mut rows = Vec::new();
            let _ = score_all(fw, &items, &opts, lang, &bar, &mut |r| {
                tally.add(&r);
                rows.extend(r);
                Ok(())
            });
            bar.finish_and_clear();
            let domains: Vec<String> = fw.spec().domains.iter().map(|d| d.id.clone()).collect();
            emit_human(output, &term::batch_table(&rows, &domains, lang), lang)?;
        }
        BatchFormat::Csv | BatchFormat::Json => {
            let format = if format == BatchFormat::Csv {
                SummaryFormat::Csv
            } else {
                SummaryFormat::Json
            };
            stream_summary(fw, format, output, lang, |out| {
                score_all(fw, &items, &opts, lang, &bar, &mut |r| {
                    tally.add(&r);
                    out.write(&r)
                })
            })?;
            bar.finish_and_clear();
        }
    }
    if tally.failed > 0 {
        list_failures(&tally, lang);
    }
    if !a.quiet {
        let elapsed = start.elapsed();
        let mut args = vec![
            ("scored", n(tally.total - tally.failed)),
            ("total", n(tally.total)),
            ("inputs", n(items.len())),
            ("seconds", t(lang.dec(elapsed.as_secs_f64(), 2))),
        ];
        let id = match output {
            Some(p) => {
                args.push(("file", t(p.display())));
                "cli-batch-summary-written"
            }
            None => "cli-batch-summary",
        };
        say(&lang.t(id, &args));
    }
    Ok(if tally.failed == 0 { 0 } else { INVALID })
}

/// The summary written as `fill` hands it rows: to `output` atomically (in place only when
/// complete), or to standard output as the rows come (a reader that closes the pipe, as
/// `| head` does, stops the command without an error).
fn stream_summary(
    fw: &Framework,
    format: SummaryFormat,
    output: Option<&Path>,
    lang: Lang,
    mut fill: impl FnMut(&mut SummaryWriter<&mut dyn Write>) -> std::io::Result<()>,
) -> Result<(), Failure> {
    let mut write = |out: &mut dyn Write| -> std::io::Result<()> {
        let mut w = SummaryWriter::new(fw, format, out)?;
        fill(&mut w)?;
        w.finish().map(drop)
    };
    match output {
        Some(p) => {
            let writable = |m: String| Failure::Message(m, Some(lang.t("cli-help-writable", &[])));
            let mut file = io::AtomicFile::create(p, lang).map_err(writable)?;
            write(&mut file).map_err(|e| writable(file.error(&e)))?;
            file.commit().map_err(writable)
        }
        None => match write(&mut std::io::BufWriter::new(std::io::stdout().lock())) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                Err(lang.t("cli-error-stdout", &[("reason", t(e))]).into())
            }
            _ => Ok(()),
        },
    }
}
