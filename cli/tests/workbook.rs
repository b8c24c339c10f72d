//! `lhs-maturity template --format xlsx`: the Excel template, written to a file in the reader's
//! language, opened with calamine; refused with `--unit-kind`.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use calamine::{Data, Reader};
use common::{err, run, temp};
use std::io::Cursor;

/// The names of the sheets and the cells of the first one.
fn open(bytes: &[u8]) -> (Vec<String>, Vec<Vec<Data>>) {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    let first = book.worksheet_range(&names[0]).unwrap();
    (names, first.rows().map(<[Data]>::to_vec).collect())
}

#[test]
fn writes_the_excel_template_in_the_language_asked() {
    let dir = temp("fr");
    let o = run(&["--lang", "fr", "template", "-o", "modele.xlsx"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("modele.xlsx"), "{}", err(&o));
    let bytes = std::fs::read(dir.join("modele.xlsx")).unwrap();
    let (names, rows) = open(&bytes);
    assert_eq!(names, ["Évaluation", "Inst", "Cap", "Cond", "Proc"]);
    // The hidden row of machine names, then the titles in French.
    assert_eq!(rows[0][0], Data::String("id".into()));
    assert_eq!(rows[1][2], Data::String("Valeur".into()));
    // Written atomically: no temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

#[test]
fn the_format_is_taken_from_the_extension_and_stdout_takes_it_when_not_a_terminal() {
    let dir = temp("stdout");
    let o = run(&["template", "--format", "xlsx"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(&o.stdout[..4], b"PK\x03\x04");
    let (names, _) = open(&o.stdout);
    assert_eq!(names[0], "Assessment");
    let o = run(&["template", "-o", "t.xlsx"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(open(&std::fs::read(dir.join("t.xlsx")).unwrap()).0, names);
}

#[test]
fn a_unit_kind_is_refused_for_the_excel_template() {
    let dir = temp("kind");
    let o = run(
        &[
            "template",
            "--format",
            "xlsx",
            "--unit-kind",
            "district",
            "-o",
            "t.xlsx",
        ],
        &dir,
    );
    assert_ne!(o.status.code(), Some(0));
    assert!(err(&o).contains("--unit-kind"), "{}", err(&o));
    assert!(!dir.join("t.xlsx").exists());
}
