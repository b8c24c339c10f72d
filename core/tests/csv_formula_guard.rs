//! CSV output safety: free text that a spreadsheet would take for a formula is written with a
//! `'` in front (`CsvOut::text`), and the library's CSV readers take it away again, so that a
//! table written and read back gives the text as it was. Levels, numbers and ids are never
//! altered.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::{CsvOut, Framework};

/// Texts a spreadsheet would run, and texts that only look like the guard.
const TEXTS: [&str; 8] = [
    "=HYPERLINK(\"http://x\",\"click\")",
    "+1 from last year",
    "-3 points, see minutes",
    "@SUM(A1:A9)",
    "\tindented",
    "'=already quoted",
    "'quoted' but safe",
    "Kisumu East",
];

fn fw() -> Framework {
    Framework::builtin()
}

fn first_indicator(fw: &Framework) -> String {
    fw.indicators()[0].id.clone()
}

#[test]
fn a_wide_table_gives_back_its_free_text() {
    let fw = fw();
    let id = first_indicator(&fw);
    let mut csv = CsvOut::new(&[
        "unit_id",
        "unit_name",
        "period",
        "respondent_name",
        "unit_region",
        &id,
    ]);
    for (k, text) in TEXTS.iter().enumerate() {
        csv.raw(&format!("u{k}"))
            .texts([*text, *text, *text, *text])
            .value(2)
            .end();
    }
    let written = csv.finish();
    assert!(written.contains("'=HYPERLINK"), "guarded when written");
    assert!(written.contains(",''=already quoted,"));
    let doc = fw.read_csv(&written).unwrap();
    assert_eq!(doc.records.len(), TEXTS.len());
    for (rec, text) in doc.records.iter().zip(TEXTS) {
        let a = rec.assessment.as_ref().unwrap();
        let unit = a.unit.as_ref().unwrap();
        assert_eq!(unit.name.as_deref(), Some(text));
        assert_eq!(unit.extra["region"], serde_json::json!(text));
        assert_eq!(a.period.as_deref(), Some(text));
        let respondent = a.respondent.as_ref().unwrap();
        assert_eq!(respondent.name.as_deref(), Some(text));
        assert!(unit.id.as_deref().unwrap().starts_with('u'));
    }
}

#[test]
fn a_long_table_gives_back_its_notes_and_metadata() {
    let fw = fw();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let mut csv = CsvOut::new(&["id", "answer", "evidence", "justification"]);
    // Every row as wide as the header (the writer refuses ragged rows).
    csv.raw("unit_name").text(TEXTS[0]).raw("").raw("").end();
    csv.raw("period").text(TEXTS[2]).raw("").raw("").end();
    for (id, text) in ids.iter().zip(TEXTS) {
        csv.raw(id).value(1).texts([text, text]).end();
    }
    let written = csv.finish();
    let doc = fw.read_csv(&written).unwrap();
    let a = doc.records[0].assessment.as_ref().unwrap();
    assert_eq!(a.unit.as_ref().unwrap().name.as_deref(), Some(TEXTS[0]));
    assert_eq!(a.period.as_deref(), Some(TEXTS[2]));
    for (id, text) in ids.iter().zip(TEXTS) {
        let answer = &a.answers[id.as_str()];
        assert_eq!(answer.evidence.as_deref(), Some(text), "{id}");
        assert_eq!(answer.justification.as_deref(), Some(text), "{id}");
    }
}

#[test]
fn the_template_reads_back_with_the_same_metadata() {
    let fw = fw();
    for lang in ["en", "fr", "ar"] {
        let template = fw.template_csv_with(None, lang);
        let doc = fw.read_csv(&template).unwrap();
        let a = doc.records[0].assessment.as_ref().unwrap();
        assert_eq!(a.framework.as_ref().unwrap().id, fw.id(), "{lang}");
        assert!(a.answers.is_empty(), "{lang}");
    }
}
