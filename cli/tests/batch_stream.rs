//! `lhs-maturity batch` streams: a wide CSV is read and scored a chunk of rows at a time and the
//! summary written as it comes, so that files larger than any document limit are scored and the
//! summary of many chunks is the summary of the whole file.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::Framework;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lhs-batch-stream-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A wide CSV of `rows` assessments, every row whose number is 7 modulo 300 with a level 9 (not
/// on the scale), each unit name `pad` bytes long.
fn wide_csv(rows: usize, pad: usize) -> String {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let mut s = format!("unit_id;unit_name;period;{}\n", ids.join(";"));
    let name = "n".repeat(pad);
    for k in 0..rows {
        let cells: Vec<String> = (0..ids.len())
            .map(|c| {
                if k % 300 == 7 && c == 3 {
                    "9".to_owned()
                } else {
                    ((k + c) % 5).to_string()
                }
            })
            .collect();
        s.push_str(&format!("u{k};{name};2026;{}\n", cells.join(";")));
    }
    s
}

fn text(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn a_file_of_many_chunks_gives_the_summary_of_the_whole_file() {
    let d = dir("chunks");
    let file = d.join("big.csv");
    let rows = 40_000; // more than two chunks of 16,384 rows
    let csv = wide_csv(rows, 4);
    std::fs::write(&file, &csv).unwrap();

    let o = run(&["batch", text(&file)]);
    assert_eq!(o.status.code(), Some(1), "some rows are refused");
    let summary = String::from_utf8(o.stdout).unwrap();
    let fw = Framework::builtin();
    let m = fw.matrix_from_csv(&csv).unwrap();
    let s = fw.score_matrix(&m.cells).unwrap();
    let expected = fw.summary_csv(&fw.summary_rows(text(&file), &m, &s));
    assert_eq!(summary.lines().count(), rows + 1);
    assert!(
        summary == expected,
        "the streamed summary differs from the whole file's"
    );

    // Standard error lists the first 100 failures and counts the others.
    let failed = (0..rows).filter(|k| k % 300 == 7).count();
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "{failed} of 40,000 assessments could not be scored"
        )),
        "{err}"
    );
    assert_eq!(
        err.matches("error[assessment.level_out_of_range]").count(),
        100,
        "{err}"
    );
    assert!(
        err.contains(&format!("… and {} more: the `error` column", failed - 100)),
        "{err}"
    );

    // Written to a file: the same bytes, and no temporary file left beside it.
    let out = d.join("summary.csv");
    let o = run(&["batch", text(&file), "-o", text(&out), "--quiet"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(std::fs::read_to_string(&out).unwrap() == expected);
    let json = d.join("summary.json");
    let o = run(&["batch", text(&file), "-o", text(&json), "--quiet"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(
        (v["assessments"].as_u64(), v["failed"].as_u64()),
        (Some(rows as u64), Some(failed as u64))
    );
    assert_eq!(v["rows"][rows - 1]["unit_id"], format!("u{}", rows - 1));
    let names: Vec<String> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_csv_larger_than_the_document_limit_is_scored() {
    let d = dir("large");
    let file = d.join("large.csv");
    let csv = wide_csv(20_000, 900);
    assert!(csv.len() > lhs_maturity::MAX_DOCUMENT_BYTES);
    std::fs::write(&file, &csv).unwrap();
    let o = run(&[
        "batch",
        text(&file),
        "-o",
        text(&d.join("s.csv")),
        "--quiet",
    ]);
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(!err.contains("too_large"), "{err}");
    let summary = std::fs::read_to_string(d.join("s.csv")).unwrap();
    assert_eq!(summary.lines().count(), 20_001);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_file_that_is_not_utf8_fails_at_its_byte_and_the_rows_before_are_kept() {
    let d = dir("utf8");
    let file = d.join("bad.csv");
    let mut bytes = wide_csv(20_000, 4).into_bytes();
    let at = bytes.len() - 10;
    bytes[at] = 0xFF;
    std::fs::write(&file, &bytes).unwrap();
    let o = run(&["batch", text(&file)]);
    assert_eq!(o.status.code(), Some(1));
    let summary = String::from_utf8(o.stdout).unwrap();
    // The first chunk (16,384 rows) was scored before the bad byte was read.
    assert!(
        summary.lines().count() > 16_384,
        "{}",
        summary.lines().count()
    );
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("assessment.invalid_encoding"), "{err}");
    assert!(
        err.contains(&format!("invalid byte at position {at}")),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&d);
}
