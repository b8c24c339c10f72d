//! `lhs-maturity batch`: score many assessments on every core into one summary. One bad input
//! never stops the others: it becomes a row with `status` `error` and is listed on standard
//! error with why.

use crate::{emit, expand, io, term, BatchFormat, Failure, INVALID};
use indicatif::{ProgressBar, ProgressStyle};
use lhs_maturity::{Error, Framework, ScoreOptions, SummaryRow};
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

/// Scores one input: a JSON file gives one row, a CSV file one row per assessment (a wide CSV
/// is scored as a matrix, by columns, on every core).
fn score_input(fw: &Framework, path: &Path, opts: &ScoreOptions) -> Vec<SummaryRow> {
    let file = path.display().to_string();
    let fail = |e: &Error| vec![SummaryRow::failed(&file, None, e)];
    let text = match io::read_text(path) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    match io::kind_of(path, &text) {
        io::Kind::Json => match fw.score_json_with(&text, opts) {
            Ok(r) => vec![SummaryRow::from_report(&file, None, &r)],
            Err(e) => fail(&e),
        },
        io::Kind::Csv => {
            let m = match fw.matrix_from_csv(&text) {
                Ok(m) => m,
                Err(e) => return fail(&e),
            };
            if m.rows.is_empty() && m.failed.is_empty() {
                return fail(&io::unreadable(
                    format!("`{file}` has a header but no assessment rows"),
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

pub fn run(
    fw: &Framework,
    inputs: &[std::path::PathBuf],
    output: Option<&Path>,
    format: Option<BatchFormat>,
    quiet: bool,
    opts: &ScoreOptions,
) -> Result<u8, Failure> {
    let format = format.unwrap_or_else(|| {
        match output
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("json") => BatchFormat::Json,
            Some("txt") => BatchFormat::Table,
            _ => BatchFormat::Csv,
        }
    });
    let start = Instant::now();
    let items = expand(inputs);
    let bar = if !quiet && std::io::stderr().is_terminal() {
        let b = ProgressBar::new(items.len() as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} scoring {bar:32} {pos}/{len} inputs  {elapsed}  {wide_msg}",
        ) {
            b.set_style(style.progress_chars("█▓░"));
        }
        b
    } else {
        ProgressBar::hidden()
    };
    // One input at a time from the library's work queue, on every core; results in input order.
    let parts: Vec<Vec<SummaryRow>> = lhs_maturity::parallel::map(&items, |item| {
        let rows = match item {
            Ok(path) => {
                bar.set_message(path.display().to_string());
                score_input(fw, path, opts)
            }
            Err((file, e)) => vec![SummaryRow::failed(file, None, e)],
        };
        bar.inc(1);
        rows
    });
    bar.finish_and_clear();
    let rows: Vec<SummaryRow> = parts.into_iter().flatten().collect();
    let elapsed = start.elapsed();
    let text = match format {
        BatchFormat::Csv => fw.summary_csv(&rows),
        BatchFormat::Json => fw.summary_json(&rows),
        BatchFormat::Table => {
            let domains: Vec<String> = fw.spec().domains.iter().map(|d| d.id.clone()).collect();
            term::batch_table(&rows, &domains)
        }
    };
    emit(output, &text)?;
    let failed: Vec<&SummaryRow> = rows.iter().filter(|r| !r.ok).collect();
    let style = term::Style {
        color: term::stderr_color(),
    };
    if !failed.is_empty() {
        eprintln!(
            "{} {} of {} assessments could not be scored:",
            style.red("error:"),
            failed.len(),
            rows.len()
        );
        for r in &failed {
            let place = match r.line {
                Some(l) => format!("{}:{l}", r.source),
                None => r.source.clone(),
            };
            match &r.error {
                Some(e) => {
                    for d in e.details.iter().filter(|d| d.is_error()) {
                        eprintln!(
                            "  {}",
                            term::diagnostic(&r.source, d, style).replace('\n', "\n  ")
                        );
                    }
                    if e.details.is_empty() {
                        eprintln!("  {place}: {}", e.message);
                    }
                }
                None => eprintln!("  {place}"),
            }
        }
    }
    if !quiet {
        let secs = elapsed.as_secs_f64();
        let mut line = format!(
            "scored {} of {} assessments from {} inputs in {secs:.2} s",
            rows.len() - failed.len(),
            rows.len(),
            items.len()
        );
        if let Some(p) = output {
            line.push_str(&format!("; summary written to {}", p.display()));
        }
        eprintln!("{line}");
    }
    Ok(if failed.is_empty() { 0 } else { INVALID })
}
