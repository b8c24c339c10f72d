//! `lhs-maturity batch`: score many assessments on every core into one summary. One bad input
//! never stops the others: it becomes a row with `status` `error` and is listed on standard
//! error with why.

use crate::lang::{n, t, Lang};
use crate::{
    emit, emit_human, expand, ext_is, io, neutral, say, term, BatchArgs, BatchFormat, Failure,
    INVALID,
};
use indicatif::{ProgressBar, ProgressStyle};
use lhs_maturity::{Error, FileFormat, Framework, ScoreOptions, SummaryRow};
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

/// Scores one input: a JSON file gives one row, a CSV file one row per assessment (a wide CSV
/// is scored as a matrix, by columns, on every core).
fn score_input(fw: &Framework, path: &Path, opts: &ScoreOptions, lang: Lang) -> Vec<SummaryRow> {
    let file = path.display().to_string();
    let fail = |e: &Error| vec![SummaryRow::failed(&file, None, e)];
    let text = match io::read_text(path, lang) {
        Ok(t) => t,
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

/// The progress bar on a terminal (hidden otherwise, or with `--quiet`).
fn progress(len: usize, quiet: bool, lang: Lang) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let b = ProgressBar::new(len as u64);
    let template = lang.t(
        "cli-batch-progress",
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

/// Lists the inputs that could not be scored, each with its errors.
fn list_failures(failed: &[&SummaryRow], total: usize, lang: Lang) {
    let error = crate::table::Tone::Error.paint(&lang.t("cli-label-error", &[]));
    let head = lang.t(
        "cli-batch-failed",
        &[("failed", n(failed.len())), ("total", n(total))],
    );
    say(&format!("{error} {head}"));
    for r in failed {
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
    let bar = progress(items.len(), a.quiet, lang);
    // One input at a time from the library's work queue, on every core; results in input order.
    let parts: Vec<Vec<SummaryRow>> = lhs_maturity::parallel::map(&items, |item| {
        let rows = match item {
            Ok(path) => {
                bar.set_message(path.display().to_string());
                score_input(fw, path, &opts, lang)
            }
            Err((file, e)) => vec![SummaryRow::failed(file, None, e)],
        };
        bar.inc(1);
        rows
    });
    bar.finish_and_clear();
    let rows: Vec<SummaryRow> = parts.into_iter().flatten().collect();
    let elapsed = start.elapsed();
    match format {
        BatchFormat::Csv => emit(output, &fw.summary_csv(&rows), lang)?,
        BatchFormat::Json => emit(output, &fw.summary_json(&rows), lang)?,
        BatchFormat::Table => {
            let domains: Vec<String> = fw.spec().domains.iter().map(|d| d.id.clone()).collect();
            emit_human(output, &term::batch_table(&rows, &domains, lang), lang)?;
        }
    }
    let failed: Vec<&SummaryRow> = rows.iter().filter(|r| !r.ok).collect();
    if !failed.is_empty() {
        list_failures(&failed, rows.len(), lang);
    }
    if !a.quiet {
        let mut args = vec![
            ("scored", n(rows.len() - failed.len())),
            ("total", n(rows.len())),
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
    Ok(if failed.is_empty() { 0 } else { INVALID })
}
