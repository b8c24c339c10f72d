//! `lhs-maturity export xlsform`: the framework's form as an .xlsx workbook, with a units list,
//! and its errors.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::{err, run, temp};

#[test]
fn writes_the_form_with_a_units_list() {
    let dir = temp("units");
    std::fs::write(
        dir.join("units.csv"),
        "id,name,kind,org_unit\nkis-east,Kisumu East,district,fXy12AbCdE3\nmoh,Ministry of Health,national,\n",
    )
    .unwrap();
    let o = run(
        &[
            "export",
            "xlsform",
            "--units",
            "units.csv",
            "--form-revision",
            "2",
            "-o",
            "form.xlsx",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        err(&o).contains("revision 2 (60 indicators, 2 units to choose from)"),
        "{}",
        err(&o)
    );
    let bytes = std::fs::read(dir.join("form.xlsx")).unwrap();
    assert_eq!(&bytes[..4], b"PK\x03\x04");
    // Written atomically: no temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
    // In another language, only the summary changes.
    let o = run(
        &["--lang", "fr", "export", "xlsform", "-o", "fr.xlsx"],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("unité saisie librement"), "{}", err(&o));
}

#[test]
fn refuses_a_bad_units_list_and_misplaced_options() {
    let dir = temp("errors");
    std::fs::write(dir.join("bad.csv"), "id,name,kind\nk 1,A,hospital\n").unwrap();
    let o = run(
        &["export", "xlsform", "--units", "bad.csv", "-o", "f.xlsx"],
        &dir,
    );
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(
        e.contains("bad.csv:2:1: error[input.invalid_unit] at /rows/0/id"),
        "{e}"
    );
    assert!(e.contains("at /rows/0/kind"), "{e}");
    assert!(!dir.join("f.xlsx").exists());
    // No output file: a usage error.
    assert_eq!(run(&["export", "xlsform"], &dir).status.code(), Some(2));
    let o = run(&["export", "long", "--units", "bad.csv", "x.json"], &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("`--units` is an option of `export xlsform` only"));
    let o = run(&["export", "xlsform", "a.json", "-o", "f.xlsx"], &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("takes no input files"), "{}", err(&o));
    let o = run(
        &[
            "export",
            "xlsform",
            "--period",
            "2026-Q3,2026-09",
            "-o",
            "f.xlsx",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("error[input.invalid_period] at /periods/1"),
        "{}",
        err(&o)
    );
    let o = run(
        &[
            "export", "xlsform", "--period", "2026-Q3", "--period", "2026-Q4", "-o", "p.xlsx",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
}

#[test]
fn the_form_opens_in_the_command_language_and_may_leave_out_confidence() {
    use calamine::{Reader, Xlsx};
    let dir = temp("lang");
    let o = run(
        &[
            "--lang",
            "fr",
            "export",
            "xlsform",
            "--no-confidence",
            "-o",
            "f.xlsx",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let mut book: Xlsx<_> = calamine::open_workbook(dir.join("f.xlsx")).unwrap();
    let settings = book.worksheet_range("settings").unwrap();
    let header: Vec<String> = settings
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let row: Vec<String> = settings
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let at = header.iter().position(|h| h == "default_language").unwrap();
    assert_eq!(row[at], "Français (fr)");
    let survey = book.worksheet_range("survey").unwrap();
    let confidence = survey
        .rows()
        .filter(|r| r.iter().any(|c| c.to_string().ends_with("__confidence")))
        .count();
    assert_eq!(confidence, 0);
    // The option belongs to the form only.
    let o = run(&["export", "long", "x.json", "--no-confidence"], &dir);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(err(&o).contains("`--no-confidence`"), "{}", err(&o));
}
