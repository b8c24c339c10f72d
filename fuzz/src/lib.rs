//! The bodies of the fuzz targets (`fuzz_targets/` calls them; `tests/replay.rs` replays the
//! committed inputs through them without the fuzzer). A target fails by panicking: a reader
//! that panics, or two paths that disagree.
//!
//! Every target takes any bytes: text targets read them as UTF-8 first (the readers take text;
//! bytes that are not UTF-8 are the file readers' concern, and `csv` reads them as bytes too).

use lhs_maturity::analysis::{MigrationMap, PoolOptions};
use lhs_maturity::fuzzing::{read_fast, read_general};
use lhs_maturity::{Framework, Report, ScoreOptions, UnknownRule};
use std::sync::OnceLock;

fn builtin() -> &'static Framework {
    static FW: OnceLock<Framework> = OnceLock::new();
    FW.get_or_init(Framework::builtin)
}

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// An assessment as JSON text: scored, validated, rendered. `score_json` fails exactly when
/// `validate_json` reports an error.
pub fn assessment_json(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let fw = builtin();
    let diagnostics = fw.validate_json(text);
    let scored = fw.score_json(text);
    assert_eq!(
        scored.is_err(),
        diagnostics.iter().any(|d| d.is_error()),
        "score_json and validate_json disagree"
    );
    if let Ok(report) = scored {
        let _ = lhs_maturity::to_markdown(&report);
        let _ = lhs_maturity::to_html(&report, fw);
        let zero = ScoreOptions {
            unknown: UnknownRule::Zero,
            ..ScoreOptions::default()
        };
        assert!(fw.score_json_with(text, &zero).is_ok());
    }
}

/// A framework as JSON text: read, and when it is a framework, an empty assessment scored.
pub fn framework_json(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let _ = Framework::validate_framework_json(text);
    if let Ok(fw) = Framework::from_json(text) {
        let _ = fw.score_json(r#"{"answers": {}}"#);
        let _ = fw.lint();
    }
}

/// A report read back from JSON text.
pub fn report_json(data: &[u8]) {
    let Some(text) = text(data) else { return };
    if let Ok(r) = Report::from_json(text) {
        let _ = lhs_maturity::to_markdown(&r);
    }
    let _ = builtin().report_of_json(text, &ScoreOptions::default());
}

/// A CSV of assessments (wide or long), as text and as bytes, whole and a chunk at a time.
pub fn csv(data: &[u8]) {
    let fw = builtin();
    let _ = fw.read_csv_bytes(data);
    let chunked = fw.matrix_chunks(data, "fuzz.csv", 3).map(|chunks| {
        chunks
            .map(|c| c.map(|m| (m.cells, m.rows.len(), m.failed.len())))
            .collect::<Vec<_>>()
    });
    let Some(text) = text(data) else { return };
    let _ = fw.validate_csv(text);
    // Both readers refuse a CSV that is not CSV (a quoted cell never closed), at the same line.
    let broken =
        |e: &lhs_maturity::Error| (e.code() == "csv.invalid_csv").then(|| e.details().to_vec());
    assert_eq!(
        fw.read_csv(text).err().and_then(|e| broken(&e)),
        fw.matrix_from_csv(text).err().and_then(|e| broken(&e)),
        "the text and the chunked readers differ on broken CSV"
    );
    if let Ok(m) = fw.matrix_from_csv(text) {
        let _ = fw.score_matrix(&m.cells);
        // The chunks joined are the whole matrix.
        let chunks = chunked.ok().unwrap_or_default();
        let cells: Vec<i8> = chunks
            .iter()
            .filter_map(|c| c.as_ref().ok())
            .flat_map(|c| c.0.iter().copied())
            .collect();
        assert_eq!(cells, m.cells, "the chunks differ from the whole matrix");
    }
}

/// The option documents of the analyses: pooling options, a consensus file, a migration map.
pub fn options(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let _ = PoolOptions::from_json(text);
    let _ = PoolOptions::consensus_from_json(text);
    if let Ok(map) = MigrationMap::from_json(text) {
        let _ = map.check(builtin(), builtin());
    }
}

/// The fast assessment reader against the general one: when the fast one reads a document, the
/// general one reads the same assessment without a single diagnostic.
pub fn differential_readers(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let Some(fast) = read_fast(text) else { return };
    match read_general(text) {
        Ok((Some(general), diagnostics)) => {
            assert!(
                diagnostics.is_empty(),
                "the fast reader read a document with diagnostics: {diagnostics:?}"
            );
            assert_eq!(fast, general, "the two readers read different assessments");
        }
        other => panic!("the fast reader read what the general one refuses: {other:?}"),
    }
}

/// `score` against `score_matrix`: for each assessment of a CSV that both read, the overall,
/// domain and sub-domain scores, levels and coverage agree.
pub fn differential_scores(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let fw = builtin();
    let (Ok(doc), Ok(m)) = (fw.read_csv(text), fw.matrix_from_csv(text)) else {
        return;
    };
    let Ok(scores) = fw.score_matrix(&m.cells) else {
        return;
    };
    for (k, info) in m.rows.iter().enumerate() {
        let Some(record) = doc.records.iter().find(|r| r.row == info.row) else {
            continue;
        };
        let Ok(report) = record.score_with(fw, &ScoreOptions::default()) else {
            panic!("row {} scores as a matrix but not on its own", info.row);
        };
        for node in &scores.nodes {
            let Some((score, level, coverage)) = scores.get(k, node) else {
                continue;
            };
            let (s, l, c) = if node == "overall" {
                let o = &report.overall;
                (o.score, o.level, o.coverage)
            } else {
                let Some(n) = report.node(node) else { continue };
                (n.score.score, n.score.level, n.score.coverage)
            };
            let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9,
                (a, b) => a == b,
            };
            assert!(
                close(score, s),
                "row {} {node}: score {score:?} vs {s:?}",
                info.row
            );
            assert_eq!(level, l, "row {} {node}: level", info.row);
            assert!(
                close(coverage, c),
                "row {} {node}: coverage {coverage:?} vs {c:?}",
                info.row
            );
        }
    }
}

/// A report's JSON read back is the same report.
pub fn report_roundtrip(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let Ok(report) = builtin().score_json(text) else {
        return;
    };
    let json = report.to_json();
    match Report::from_json(&json) {
        Ok(back) => assert_eq!(back.to_json(), json, "a report read back differs"),
        Err(e) => panic!("a report's own JSON is refused: {e}"),
    }
}

/// The file names a `submissions` input is read under, chosen by its first byte: each names a
/// layout (CSV and JSON exports, Collect's XML, Central's ZIP, a workbook).
pub const SUBMISSION_NAMES: [&str; 5] = ["s.csv", "s.json", "s.xml", "s.csv.zip", "s.xlsx"];

/// A file of submissions (ODK Central, KoboToolbox, ODK Collect, the Excel template), its first
/// byte choosing the file name: read, validated, each submission scored and rendered as the
/// bindings' value. Validation finds an error in every refused submission.
pub fn submissions(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = SUBMISSION_NAMES[usize::from(pick) % SUBMISSION_NAMES.len()];
    let fw = builtin();
    let Ok(s) = fw.read_submissions(name, bytes) else {
        return;
    };
    let _ = s.to_value();
    let c = s.counts;
    assert_eq!(
        c.read + c.refused,
        s.records.len(),
        "counts and records disagree"
    );
    let diagnostics = fw.validate_submissions(name, bytes);
    if s.records.iter().any(|r| r.assessment.is_err()) {
        assert!(
            diagnostics.iter().any(|d| d.is_error()),
            "a refusal without an error"
        );
    }
    for r in &s.records {
        if r.assessment.is_ok() {
            let _ = r.score_with(fw, &ScoreOptions::default());
        }
    }
}

/// The readers of the files the integrations take, chosen by the first byte: a FHIR
/// QuestionnaireResponse (read back from the response it writes to the same assessment), a
/// units list, a DHIS2 mapping, a DHIS2 metadata package, a DHIS2 data value set as CSV (written
/// and read again to the same set), and the content-validity ratings of an expert.
pub fn imports(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Some(text) = text(rest) else { return };
    let fw = builtin();
    match pick % 6 {
        0 => {
            if let Ok(a) = fw.from_fhir_response(text) {
                if let Ok(qr) = fw.to_fhir_response(&a, "en") {
                    let back = fw.from_fhir_response_value(&qr);
                    assert_eq!(back.ok(), Some(a), "a response written does not read back");
                }
            }
        }
        1 => {
            let _ = lhs_maturity::FormUnit::read_csv(text);
        }
        2 => {
            let _ = lhs_maturity::Dhis2Mapping::read_json(text);
        }
        3 => {
            let options = lhs_maturity::Dhis2MetadataOptions::default();
            let _ = fw.dhis2_mapping_from_metadata_json(text, &options);
        }
        4 => {
            if let Ok(set) = lhs_maturity::Dhis2DataValueSet::read_csv(text, None) {
                let again = lhs_maturity::Dhis2DataValueSet::read_csv(&set.to_csv(), None);
                assert_eq!(
                    again.ok(),
                    Some(set),
                    "a data value set written does not read back"
                );
            }
        }
        _ => {
            let _ = fw.read_relevance_csv(text, "fuzz");
        }
    }
}
