//! The Excel template (`Framework::workbook_template`) and the filled workbook read back
//! (`Framework::read_workbook`): a round trip, cells typed by hand as text, every bad cell
//! located at its sheet and cell, sheet names, and every language.
#![cfg(feature = "xlsx")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use calamine::{Data, Reader};
use lhs_maturity::{Assessment, CsvLayout, Framework};
use rust_xlsxwriter::Workbook;
use serde_json::json;
use std::io::Cursor;

/// A value typed into a cell: as a number (what Excel stores when a number is typed) or text.
#[derive(Clone, Copy)]
enum Typed<'a> {
    Num(f64),
    Text(&'a str),
}

/// Every sheet of a workbook: (name, cells).
fn sheets(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|n| {
            let range = book.worksheet_range(&n).unwrap();
            let (top, left) = range.start().unwrap_or((0, 0));
            assert_eq!((top, left), (0, 0), "{n}: the template starts at A1");
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (n, rows)
        })
        .collect()
}

/// The sheet and row (from 0) of the row whose hidden column A holds `id`.
fn row_of(sheets: &[(String, Vec<Vec<Data>>)], id: &str) -> (String, u32) {
    for (name, rows) in sheets {
        for (r, row) in rows.iter().enumerate() {
            if row.first().is_some_and(|c| *c == id) {
                return (name.clone(), r as u32);
            }
        }
    }
    panic!("no row `{id}`")
}

/// The template copied cell by cell into a new workbook, with `edits` (row id, column from 0,
/// value) typed in: what a person does in Excel.
fn fill(template: &[u8], edits: &[(&str, u16, Typed)]) -> Vec<u8> {
    let sheets = sheets(template);
    let mut book = Workbook::new();
    for (name, rows) in &sheets {
        let ws = book.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !matches!(cell, Data::Empty) {
                    ws.write_string(r as u32, c as u16, cell.to_string())
                        .unwrap();
                }
            }
        }
        for (id, col, value) in edits {
            let (sheet, r) = row_of(&sheets, id);
            if &sheet != name {
                continue;
            }
            match value {
                Typed::Num(x) => ws.write_number(r, *col, *x).unwrap(),
                Typed::Text(t) => ws.write_string(r, *col, *t).unwrap(),
            };
        }
    }
    book.save_to_buffer().unwrap()
}

/// The Excel name of the cell of row `id` in column `col` (from 0) of the template.
fn cell_of(template: &[u8], id: &str, col: u16) -> String {
    let (sheet, r) = row_of(&sheets(template), id);
    let letter = char::from(b'A' + col as u8);
    format!("{sheet}!{letter}{}", r + 1)
}

const LEVEL: u16 = 4;
const EVIDENCE: u16 = 5;
const JUSTIFICATION: u16 = 6;
const CONFIDENCE: u16 = 7;
const TARGET: u16 = 8;
const VALUE: u16 = 2;

fn read(fw: &Framework, bytes: &[u8]) -> Result<Assessment, lhs_maturity::Error> {
    let doc = fw.read_workbook(bytes).unwrap();
    assert_eq!(doc.layout, CsvLayout::Workbook);
    assert_eq!(doc.records.len(), 1);
    doc.records.into_iter().next().unwrap().assessment
}

#[test]
fn a_filled_template_reads_back_as_the_assessment() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let filled = fill(
        &t,
        &[
            ("unit_id", VALUE, Typed::Text("kis-east")),
            ("unit_name", VALUE, Typed::Text("Kisumu East")),
            ("unit_kind", VALUE, Typed::Text("district")),
            ("period", VALUE, Typed::Text("2026-09")),
            (
                "respondent_role",
                VALUE,
                Typed::Text("policy_makers_planners"),
            ),
            ("default_target", VALUE, Typed::Num(3.0)),
            ("inst.info.routine_data", LEVEL, Typed::Num(2.0)),
            (
                "inst.info.routine_data",
                EVIDENCE,
                Typed::Text("Minutes, 2026"),
            ),
            ("inst.info.routine_data", CONFIDENCE, Typed::Text("High")),
            ("inst.info.routine_data", TARGET, Typed::Num(4.0)),
            ("inst.delib.working_groups", LEVEL, Typed::Text("na")),
            (
                "inst.delib.working_groups",
                JUSTIFICATION,
                Typed::Text("No such group"),
            ),
            ("cond.fin.learning_budget", LEVEL, Typed::Text("unknown")),
            ("cap.prov.data_interpretation", LEVEL, Typed::Num(0.0)),
        ],
    );
    let got = read(&fw, &filled).unwrap();
    let expected = Assessment::from_json(
        &json!({
            "framework": {"id": "lhs-2021", "version": fw.version()},
            "unit": {"id": "kis-east", "name": "Kisumu East", "kind": "district"},
            "period": "2026-09",
            "respondent": {"role": "policy_makers_planners"},
            "default_target": 3,
            "answers": {
                "inst.info.routine_data": {"level": 2, "evidence": "Minutes, 2026", "confidence": "high", "target": 4},
                "inst.delib.working_groups": {"level": "na", "justification": "No such group"},
                "cond.fin.learning_budget": "unknown",
                "cap.prov.data_interpretation": 0
            }
        })
        .to_string(),
    )
    .unwrap();
    assert_eq!(got, expected);
    // It scores as the same assessment does.
    let score = |a: &Assessment| fw.score(a).unwrap().overall.score;
    assert_eq!(score(&got), score(&expected));
}

#[test]
fn cells_typed_as_text_are_read_as_the_csv_reader_reads_them() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let cases = [
        ("inst.info.routine_data", "2"),
        ("inst.info.institutional_memory", "N/A"),
        ("inst.delib.working_groups", "  3 "),
        ("cond.fin.learning_budget", "Unknown"),
        ("cap.prov.data_interpretation", "n/a"),
    ];
    let edits: Vec<(&str, u16, Typed)> = cases
        .iter()
        .map(|(id, v)| (*id, LEVEL, Typed::Text(v)))
        .collect();
    let got = read(&fw, &fill(&t, &edits)).unwrap();
    let mut csv = String::from("id,answer\n");
    for (id, v) in cases {
        csv.push_str(&format!("{id},{v}\n"));
    }
    let doc = fw.read_csv(&csv).unwrap();
    let from_csv = doc.records[0].assessment.as_ref().unwrap();
    assert_eq!(got.answers, from_csv.answers);
    assert_eq!(got.answers.len(), 5);
}

#[test]
fn every_bad_cell_is_located_at_its_sheet_and_cell() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let edits = [
        ("inst.info.routine_data", LEVEL, Typed::Text("high")),
        ("inst.info.institutional_memory", LEVEL, Typed::Num(2.5)),
        ("inst.delib.working_groups", CONFIDENCE, Typed::Text("sure")),
        ("cond.fin.learning_budget", TARGET, Typed::Text("na")),
        ("default_target", VALUE, Typed::Text("x")),
    ];
    let e = read(&fw, &fill(&t, &edits)).unwrap_err();
    let got: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    let cell = |id: &str, col: u16| cell_of(&t, id, col);
    let expected = [
        ("assessment.invalid_target", cell("default_target", VALUE)),
        (
            "assessment.invalid_level",
            cell("inst.info.routine_data", LEVEL),
        ),
        (
            "assessment.invalid_level",
            cell("inst.info.institutional_memory", LEVEL),
        ),
        (
            "assessment.invalid_confidence",
            cell("inst.delib.working_groups", CONFIDENCE),
        ),
        (
            "assessment.invalid_target",
            cell("cond.fin.learning_budget", TARGET),
        ),
    ];
    let expected: Vec<(&str, &str)> = expected.iter().map(|(c, p)| (*c, p.as_str())).collect();
    assert_eq!(got, expected);
    assert!(got[1].1.starts_with("Inst!E"), "{got:?}");
    // The row and column numbers are the line and column of each problem.
    let (_, r) = row_of(&sheets(&t), "inst.info.routine_data");
    let d = &e.details()[1];
    assert_eq!((d.line, d.column), (Some(u64::from(r) + 1), Some(5)));
    assert!(
        d.message.starts_with("`inst.info.routine_data`: "),
        "{}",
        d.message
    );
}

#[test]
fn problems_found_later_are_moved_to_their_cell() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let filled = fill(
        &t,
        &[
            ("inst.info.routine_data", LEVEL, Typed::Num(7.0)),
            ("inst.delib.working_groups", LEVEL, Typed::Text("na")),
        ],
    );
    let doc = fw.read_workbook(&filled).unwrap();
    let diags = doc.records[0].validate(&fw);
    let find = |code: &str| diags.iter().find(|d| d.code == code).unwrap();
    let out = find("assessment.level_out_of_range");
    assert_eq!(out.path, cell_of(&t, "inst.info.routine_data", LEVEL));
    let na = find("assessment.na_without_justification");
    assert_eq!(na.path, cell_of(&t, "inst.delib.working_groups", LEVEL));
    // A unit without a kind is the kind's cell.
    let filled = fill(&t, &[("unit_name", VALUE, Typed::Text("Kisumu East"))]);
    let doc = fw.read_workbook(&filled).unwrap();
    let diags = doc.records[0].validate(&fw);
    let d = diags
        .iter()
        .find(|d| d.code == "assessment.no_unit_kind")
        .unwrap();
    assert_eq!(d.path, cell_of(&t, "unit_kind", VALUE));
}

#[test]
fn a_workbook_of_another_framework_or_version_is_refused() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let other = fill(&t, &[("framework_id", VALUE, Typed::Text("who-2019"))]);
    let e = read(&fw, &other).unwrap_err();
    assert_eq!(e.code(), "assessment.framework_mismatch");
    assert_eq!(e.path(), cell_of(&t, "framework_id", VALUE));
    let old = fill(&t, &[("framework_version", VALUE, Typed::Text("1.0.0"))]);
    let e = read(&fw, &old).unwrap_err();
    assert_eq!(e.code(), "assessment.version_mismatch");
    assert_eq!(e.path(), cell_of(&t, "framework_version", VALUE));
    assert!(e.help().unwrap().contains("migrate"), "{:?}", e.help());
}

#[test]
fn what_is_not_a_template_is_refused_with_what_was_expected() {
    let fw = Framework::builtin();
    let mut book = Workbook::new();
    let ws = book.add_worksheet().set_name("Data").unwrap();
    ws.write_string(0, 0, "unit_id").unwrap();
    ws.write_string(0, 1, "inst.info.routine_data").unwrap();
    let e = fw
        .read_workbook(&book.save_to_buffer().unwrap())
        .unwrap_err();
    assert_eq!(e.code(), "workbook.not_a_template");
    assert!(e.message().contains("(Data)"), "{}", e.message());
    assert!(e.help().unwrap().contains("template --format xlsx"));
    let e = fw.read_workbook(b"PK\x03\x04 not really").unwrap_err();
    assert_eq!(e.code(), "workbook.unreadable");
}

#[test]
fn rows_without_id_are_passed_over_unless_they_hold_answers() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let sheets = sheets(&t);
    let (sheet, r) = row_of(&sheets, "inst.info.routine_data");
    // The row above the first indicator of a sub-domain is its heading: no id, no answer.
    let heading = &sheets.iter().find(|(n, _)| *n == sheet).unwrap().1[r as usize - 1];
    assert_eq!(heading[0].to_string(), "");
    assert!(!heading[1].to_string().is_empty());
    // An answer typed on a row whose id was deleted is a problem of that row.
    let mut book = Workbook::new();
    for (name, rows) in &sheets {
        let ws = book.add_worksheet().set_name(name).unwrap();
        for (i, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let mut text = cell.to_string();
                if *name == sheet && i == r as usize {
                    if c == 0 {
                        text.clear();
                    } else if c == LEVEL as usize {
                        text = "2".into();
                    }
                }
                ws.write_string(i as u32, c as u16, text).unwrap();
            }
        }
    }
    let e = read(&fw, &book.save_to_buffer().unwrap()).unwrap_err();
    assert_eq!(e.code(), "csv.missing_id");
    assert_eq!(e.path(), format!("{sheet}!A{}", r + 1));
}

/// A framework with domains whose ids are long, alike in their first 31 characters, or the
/// name of the first sheet.
fn framework_with_ids(ids: &[&str]) -> Framework {
    let levels: Vec<_> = (0..5)
        .map(|l| json!({"level": l, "key": format!("l{l}"), "name": {"en": format!("L{l}")}, "description": {"en": "d"}}))
        .collect();
    let domains: Vec<_> = ids
        .iter()
        .map(|id| {
            let descriptors: Vec<_> = (0..5)
                .map(|l| json!({"en": format!("level {l}")}))
                .collect();
            json!({"id": id, "name": {"en": id}, "indicators": [
                {"id": format!("{id}.p"), "statement": {"en": "S."}, "levels": descriptors}
            ]})
        })
        .collect();
    let spec = json!({
        "id": "test", "version": "1.0.0", "title": {"en": "Test"},
        "scale": {"levels": levels}, "facets": [], "domains": domains
    });
    Framework::from_json(&spec.to_string()).unwrap()
}

#[test]
fn sheet_names_are_at_most_31_characters_and_unique() {
    let long = "a_domain_with_a_very_long_identifier";
    let ids = [
        format!("{long}_one"),
        format!("{long}_two"),
        "assessment".to_owned(),
    ];
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let fw = framework_with_ids(&refs);
    let t = fw.workbook_template("en").unwrap();
    let names: Vec<String> = sheets(&t).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), 4);
    assert_eq!(names[0], "Assessment");
    assert!(names.iter().all(|n| n.chars().count() <= 31), "{names:?}");
    let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    lower.sort();
    lower.dedup();
    assert_eq!(lower.len(), 4, "{names:?}");
    assert_eq!(names[3], "Assessment~2");
    // Read back, every domain's indicator is found by its id.
    let filled = fill(
        &t,
        &[
            (&*format!("{}.p", ids[1]), LEVEL, Typed::Num(1.0)),
            ("assessment.p", LEVEL, Typed::Num(2.0)),
        ],
    );
    let a = read(&fw, &filled).unwrap();
    assert_eq!(a.answers.len(), 2);
}

#[test]
fn every_language_writes_a_template_that_reads_back() {
    let fw = Framework::builtin();
    let en = sheets(&fw.workbook_template("en").unwrap());
    for lang in lhs_maturity::i18n::LANGUAGES {
        let t = fw.workbook_template(lang).unwrap();
        let s = sheets(&t);
        assert_eq!(s.len(), 1 + fw.spec().domains.len(), "{lang}");
        assert!(s.iter().all(|(n, _)| n.chars().count() <= 31), "{lang}");
        // The hidden row of machine names is the same in every language; the titles are the
        // language's.
        assert_eq!(s[1].1[0], en[1].1[0], "{lang}");
        if lang != "en" {
            assert_ne!(s[1].1[1], en[1].1[1], "{lang}");
            assert_ne!(s[0].0, en[0].0, "{lang}");
        }
        let a = read(&fw, &t).unwrap();
        assert!(a.answers.is_empty(), "{lang}");
        let name = fw.indicator("inst.info.routine_data").unwrap().label(lang);
        let (sheet, r) = row_of(&s, "inst.info.routine_data");
        let rows = &s.iter().find(|(n, _)| *n == sheet).unwrap().1;
        assert_eq!(rows[r as usize][1].to_string(), name, "{lang}");
    }
}

#[test]
fn the_period_stays_text_and_the_applicability_is_said() {
    let fw = Framework::builtin();
    let t = fw.workbook_template("en").unwrap();
    let s = sheets(&t);
    // Every indicator has its row, and the limited ones say for which kinds of unit.
    let mut limited = 0;
    for ind in fw.indicators() {
        let (sheet, r) = row_of(&s, &ind.id);
        let row = &s.iter().find(|(n, _)| *n == sheet).unwrap().1[r as usize];
        let header = &s.iter().find(|(n, _)| *n == sheet).unwrap().1[0];
        let col = header.iter().position(|h| *h == "applies_to").unwrap();
        let said = row.get(col).map(ToString::to_string).unwrap_or_default();
        let spec = fw.indicator(&ind.id).unwrap();
        assert_eq!(said.is_empty(), spec.applies_to.is_none(), "{}", ind.id);
        limited += usize::from(!said.is_empty());
    }
    assert!(limited > 0);
    // A period typed as text stays text.
    let filled = fill(&t, &[("period", VALUE, Typed::Text("2026-09"))]);
    assert_eq!(
        read(&fw, &filled).unwrap().period.as_deref(),
        Some("2026-09")
    );
    // The template's cell is formatted as text, so that Excel keeps what is typed.
    let mut zip = zip::ZipArchive::new(Cursor::new(&t)).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(
        styles.contains("numFmtId=\"49\""),
        "the text format `@`: {styles}"
    );
}
