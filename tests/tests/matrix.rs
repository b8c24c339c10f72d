//! The columnar batch scorer gives exactly the numbers of the per-assessment scorer.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::{Cell, Framework, NodeResult, Report, CELL_MISSING, CELL_NA, CELL_UNKNOWN};
use lhs_maturity_conformance::{json_files, repo_root};
use serde_json::{json, Map, Value};

/// A small deterministic generator (xorshift) so the test needs no extra dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn cells_to_assessment(fw: &Framework, row: &[i8]) -> Value {
    let mut answers = Map::new();
    for (info, &code) in fw.indicators().iter().zip(row) {
        let v = match Cell::from_code(code).unwrap() {
            Cell::Level(l) => json!(l),
            Cell::Na => json!("na"),
            Cell::Unknown => json!("unknown"),
            Cell::Missing => continue,
        };
        answers.insert(info.id.clone(), v);
    }
    json!({"answers": answers})
}

fn nodes(r: &Report) -> Vec<&NodeResult> {
    fn walk<'a>(n: &'a NodeResult, out: &mut Vec<&'a NodeResult>) {
        out.push(n);
        n.children.iter().for_each(|c| walk(c, out));
    }
    let mut out = Vec::new();
    r.domains.iter().for_each(|d| walk(d, &mut out));
    out
}

fn assert_same(fw: &Framework, cells: &[i8], label: &str) {
    let cols = fw.indicator_count();
    let m = fw.score_matrix(cells).unwrap();
    assert_eq!(m.nodes, fw.matrix_nodes());
    for (r, row) in cells.chunks(cols).enumerate() {
        let report = fw.score_value(&cells_to_assessment(fw, row)).unwrap();
        let mut expected = vec![("overall".to_owned(), &report.overall)];
        expected.extend(
            nodes(&report)
                .into_iter()
                .map(|n| (n.id.to_string(), &n.score)),
        );
        for (id, s) in expected {
            let got = m.get(r, &id).unwrap();
            // Bit-for-bit equality, not a tolerance.
            assert_eq!(
                got.0.map(f64::to_bits),
                s.score.map(f64::to_bits),
                "{label} row {r} {id} score"
            );
            assert_eq!(got.1, s.level, "{label} row {r} {id} level");
            assert_eq!(
                got.2.map(f64::to_bits),
                s.coverage.map(f64::to_bits),
                "{label} row {r} {id} coverage"
            );
        }
    }
}

#[test]
fn matrix_scores_equal_report_scores_on_generated_data() {
    let fw = Framework::builtin();
    let cols = fw.indicator_count();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let codes = [0, 1, 2, 3, 4, CELL_NA, CELL_UNKNOWN, CELL_MISSING];
    // 300 rows: enough to go through the parallel path, with every mix of states.
    let cells: Vec<i8> = (0..300 * cols)
        .map(|_| codes[(rng.next() % codes.len() as u64) as usize])
        .collect();
    assert_same(&fw, &cells, "generated");
    // Rows where whole domains are unanswered or not applicable.
    let sparse: Vec<i8> = (0..50 * cols)
        .map(|i| if i % 7 == 0 { 2 } else { CELL_NA })
        .collect();
    assert_same(&fw, &sparse, "sparse");
}

#[test]
fn matrix_scores_equal_report_scores_on_every_vector() {
    let root = repo_root().join("spec/vectors");
    let mut checked = 0;
    for rel in json_files(&root) {
        let case: Value =
            serde_json::from_str(&std::fs::read_to_string(root.join(&rel)).unwrap()).unwrap();
        if case["expect"]["report"].is_null() || !case["assessment"].is_object() {
            continue;
        }
        let fw = match &case["framework"] {
            Value::String(_) => Framework::builtin(),
            other => Framework::from_value(other).unwrap(),
        };
        // Put the vector's answers into one matrix row.
        let answers = case["assessment"]["answers"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let row: Vec<i8> = fw
            .indicators()
            .iter()
            .map(|i| match answers.get(&i.id) {
                None | Some(Value::Null) => CELL_MISSING,
                Some(Value::Object(o)) => match o.get("level") {
                    Some(Value::String(s)) if s == "na" => CELL_NA,
                    Some(Value::String(s)) if s == "unknown" => CELL_UNKNOWN,
                    Some(Value::Number(n)) => n.as_f64().unwrap() as i8,
                    _ => CELL_MISSING,
                },
                Some(Value::String(s)) if s == "na" => CELL_NA,
                Some(Value::String(_)) => CELL_UNKNOWN,
                Some(Value::Number(n)) => n.as_f64().unwrap() as i8,
                Some(other) => panic!("{rel:?}: unexpected answer {other}"),
            })
            .collect();
        assert_same(&fw, &row, &rel.to_string_lossy());
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} vectors checked");
}

#[test]
fn invalid_cells_are_all_reported_with_row_and_indicator() {
    let fw = Framework::builtin();
    let cols = fw.indicator_count();
    let mut cells = vec![CELL_MISSING; 3 * cols];
    cells[cols + 2] = 7;
    cells[2 * cols] = -9;
    let err = fw.score_matrix(&cells).unwrap_err();
    let ids = fw.indicators();
    let got: Vec<(&str, &str)> = err
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "input.level_out_of_range",
                format!("/rows/1/{}", ids[2].id).as_str()
            ),
            (
                "input.invalid_cell",
                format!("/rows/2/{}", ids[0].id).as_str()
            ),
        ]
    );
    assert_eq!(
        fw.score_matrix(&cells[..cols + 1]).unwrap_err().code(),
        "input.matrix_shape"
    );
    assert_eq!(fw.score_matrix(&[]).unwrap().rows, 0);
}

/// `n` rows of random cell codes for `fw` (every level of its scale, `na`, unknown, missing).
fn random_cells(fw: &Framework, n: usize, seed: u64) -> Vec<i8> {
    let mut rng = Rng(seed);
    let mut codes: Vec<i8> = (0..=fw.max_level() as i8).collect();
    codes.extend([CELL_NA, CELL_UNKNOWN, CELL_MISSING]);
    (0..n * fw.indicator_count())
        .map(|_| codes[(rng.next() % codes.len() as u64) as usize])
        .collect()
}

#[test]
fn matrix_scores_equal_report_scores_for_every_vector_framework_on_many_rows() {
    // The frameworks of the vectors have weights (whole and fractional), the minimum rule,
    // deeper trees and other scales: every way the batch scorer sums a node. 1,500 rows are
    // scored in several tasks, on every core.
    let root = repo_root().join("spec/vectors");
    let mut seen = std::collections::BTreeSet::new();
    for rel in json_files(&root) {
        let case: Value =
            serde_json::from_str(&std::fs::read_to_string(root.join(&rel)).unwrap()).unwrap();
        if !case["framework"].is_object() || !seen.insert(case["framework"].to_string()) {
            continue;
        }
        let Ok(fw) = Framework::from_value(&case["framework"]) else {
            continue;
        };
        let cells = random_cells(&fw, 1500, 0xD1B5_4A32_D192_ED03 ^ seen.len() as u64);
        assert_same(&fw, &cells, &rel.to_string_lossy());
    }
    assert!(seen.len() >= 10, "only {} frameworks", seen.len());
}

#[test]
fn a_large_matrix_scores_each_row_as_a_matrix_of_that_row_alone() {
    // 3,000 rows of the built-in framework go through the parallel path in several tasks; each
    // row must come out as when it is scored alone (which `assert_same` ties to `score`).
    let fw = Framework::builtin();
    let cols = fw.indicator_count();
    let cells = random_cells(&fw, 3000, 0x2545_F491_4F6C_DD1D);
    let m = fw.score_matrix(&cells).unwrap();
    let width = m.nodes.len();
    for (r, row) in cells.chunks(cols).enumerate() {
        let one = fw.score_matrix(row).unwrap();
        let span = r * width..(r + 1) * width;
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(
            bits(&m.score[span.clone()]),
            bits(&one.score),
            "row {r} score"
        );
        assert_eq!(m.level[span.clone()], one.level[..], "row {r} level");
        assert_eq!(
            bits(&m.coverage[span]),
            bits(&one.coverage),
            "row {r} coverage"
        );
    }
    let every_tenth: Vec<i8> = cells.chunks(cols).step_by(10).flatten().copied().collect();
    assert_same(&fw, &every_tenth, "every tenth row");
}
