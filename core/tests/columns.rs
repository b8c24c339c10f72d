//! `Framework::score_columns`, the columnar path of data frames: the same numbers as
//! `Framework::score_matrix_with` for every kind of column, every invalid cell located, coerce,
//! unit kinds, and the shapes of columns and buffers.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::{
    CellValue, ColumnBuffers, ColumnData, ColumnOptions, ColumnOutcome, Error, Framework,
    MatrixScores, Severity, UnknownRule, CELL_MISSING, CELL_NA, CELL_UNKNOWN, MAX_CELL_ERRORS,
};
use proptest::prelude::*;

/// The three output buffers of a call, owned.
#[derive(Debug)]
struct Out {
    score: Vec<f64>,
    level: Vec<i8>,
    coverage: Vec<f64>,
}

impl Out {
    fn new(size: usize) -> Self {
        Out {
            score: vec![0.5; size],
            level: vec![99; size],
            coverage: vec![0.5; size],
        }
    }

    fn buffers(&mut self) -> ColumnBuffers<'_> {
        ColumnBuffers {
            score: &mut self.score,
            level: &mut self.level,
            coverage: &mut self.coverage,
        }
    }
}

fn score(
    fw: &Framework,
    columns: &[(usize, ColumnData<'_>)],
    options: &ColumnOptions<'_>,
) -> Result<(ColumnOutcome, Out), Error> {
    let mut out = Out::new(options.rows * fw.matrix_nodes().len());
    let outcome = fw.score_columns(columns, options, out.buffers())?;
    Ok((outcome, out))
}

fn options(rows: usize) -> ColumnOptions<'static> {
    ColumnOptions {
        rows,
        ..Default::default()
    }
}

/// The outputs equal the row-major matrix scores, bit for bit, node by node.
fn assert_same(out: &Out, m: &MatrixScores) {
    let width = m.nodes.len();
    let rows = m.rows;
    assert_eq!(out.score.len(), rows * width);
    for r in 0..rows {
        for n in 0..width {
            let (i, j) = (n * rows + r, r * width + n);
            let at = format!("row {r}, node {}", m.nodes[n]);
            assert_eq!(out.score[i].to_bits(), m.score[j].to_bits(), "score, {at}");
            assert_eq!(out.level[i], m.level[j], "level, {at}");
            assert_eq!(
                out.coverage[i].to_bits(),
                m.coverage[j].to_bits(),
                "coverage, {at}"
            );
        }
    }
}

/// How a column of codes is handed over.
#[derive(Debug, Clone, Copy)]
enum Kind {
    F64,
    Bytes,
    Dictionary,
    Text,
    Numbers,
}

/// The text of a valid cell code.
fn text_of(code: i8) -> &'static str {
    match code {
        CELL_NA => "NA",
        CELL_UNKNOWN => " unknown",
        CELL_MISSING => "",
        0 => "0",
        1 => "1.0",
        2 => " 2 ",
        3 => "3",
        4 => "04",
        _ => unreachable!(),
    }
}

/// The number of a valid cell code: `NaN` (missing) for `na` and `unknown`, which a column
/// of numbers cannot hold.
fn number_of(code: i8) -> f64 {
    if code >= 0 {
        f64::from(code)
    } else {
        f64::NAN
    }
}

/// The data of one column in every form, kept alive while borrowed.
struct Held {
    numbers: Vec<f64>,
    bytes: Vec<u8>,
    texts: Vec<CellValue<'static>>,
    values: Vec<CellValue<'static>>,
    dict: (Vec<CellValue<'static>>, Vec<i32>),
}

fn held(codes: &[i8]) -> Held {
    let numbers: Vec<f64> = codes.iter().map(|&c| number_of(c)).collect();
    let bytes = numbers.iter().flat_map(|x| x.to_ne_bytes()).collect();
    let texts = codes.iter().map(|&c| CellValue::Text(text_of(c))).collect();
    let values = codes
        .iter()
        .map(|&c| match c {
            CELL_MISSING => CellValue::Empty,
            c if c >= 0 => CellValue::Number(f64::from(c)),
            c => CellValue::Text(text_of(c)),
        })
        .collect();
    // The distinct values in an order of their own, the empty cell as a negative code.
    let distinct: Vec<i8> = vec![3, CELL_NA, 0, 4, CELL_UNKNOWN, 1, 2];
    let dict_values = distinct
        .iter()
        .map(|&c| CellValue::Text(text_of(c)))
        .collect();
    let dict_codes = codes
        .iter()
        .map(|c| {
            distinct
                .iter()
                .position(|d| d == c)
                .map_or(-1, |k| k as i32)
        })
        .collect();
    Held {
        numbers,
        bytes,
        texts,
        values,
        dict: (dict_values, dict_codes),
    }
}

impl Held {
    fn data(&self, kind: Kind) -> ColumnData<'_> {
        match kind {
            Kind::F64 => ColumnData::F64(&self.numbers),
            Kind::Bytes => ColumnData::F64Bytes(&self.bytes),
            Kind::Dictionary => ColumnData::Dictionary {
                values: &self.dict.0,
                codes: &self.dict.1,
            },
            Kind::Text => ColumnData::Values(&self.texts),
            Kind::Numbers => ColumnData::Values(&self.values),
        }
    }
}

const KINDS: [Option<&str>; 9] = [
    Some("district"),
    Some("facility"),
    Some("national"),
    Some("subnational"),
    Some("Programme "),
    Some(" network"),
    None,
    Some(""),
    Some("hospital"),
];

/// Scores a row-major matrix of valid codes through `score_columns` (each given column in the
/// form `kinds` says; the others left out, so missing) and through `score_matrix_with`, and
/// compares.
fn check_equal(
    fw: &Framework,
    cells: &[i8],
    given: &[Option<Kind>],
    unknown: UnknownRule,
    unit_kinds: Option<&[Option<&str>]>,
) {
    let ncols = fw.indicator_count();
    let rows = cells.len() / ncols;
    let mut expected = cells.to_vec();
    // A column left out is missing; a column of numbers holds levels and missing cells only.
    for (pos, g) in given.iter().enumerate() {
        for r in 0..rows {
            let cell = &mut expected[r * ncols + pos];
            match g {
                None => *cell = CELL_MISSING,
                Some(Kind::F64 | Kind::Bytes) if *cell < 0 => *cell = CELL_MISSING,
                _ => {}
            }
        }
    }
    if let Some(kinds) = unit_kinds {
        for (row, kind) in expected.chunks_mut(ncols).zip(kinds) {
            fw.apply_unit_kind(row, *kind);
        }
    }
    let m = fw.score_matrix_with(&expected, unknown).unwrap();
    let held: Vec<Held> = (0..ncols)
        .map(|pos| {
            let column: Vec<i8> = (0..rows).map(|r| cells[r * ncols + pos]).collect();
            held(&column)
        })
        .collect();
    let columns: Vec<(usize, ColumnData<'_>)> = given
        .iter()
        .enumerate()
        .filter_map(|(pos, g)| g.map(|k| (pos, held[pos].data(k))))
        .collect();
    let options = ColumnOptions {
        rows,
        unknown,
        unit_kinds,
        ..Default::default()
    };
    let (outcome, out) = score(fw, &columns, &options).unwrap();
    assert_eq!(outcome.nodes, fw.matrix_nodes());
    assert_eq!((outcome.warnings.len(), outcome.warning_count), (0, 0));
    assert_same(&out, &m);
}

fn valid_code() -> impl Strategy<Value = i8> {
    prop_oneof![
        4 => 0i8..=4,
        1 => Just(CELL_NA),
        1 => Just(CELL_UNKNOWN),
        2 => Just(CELL_MISSING),
    ]
}

fn column_kind() -> impl Strategy<Value = Option<Kind>> {
    prop_oneof![
        3 => Just(Some(Kind::F64)),
        3 => Just(Some(Kind::Bytes)),
        1 => Just(Some(Kind::Dictionary)),
        1 => Just(Some(Kind::Text)),
        1 => Just(Some(Kind::Numbers)),
        1 => Just(None),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn same_numbers_as_the_matrix_scorer(
        rows in 0usize..40,
        seed in proptest::collection::vec(valid_code(), 40 * 80),
        given in proptest::collection::vec(column_kind(), 80),
        zero in any::<bool>(),
        with_kinds in any::<bool>(),
        kind_seed in 0usize..9,
    ) {
        let fw = Framework::builtin();
        let ncols = fw.indicator_count();
        prop_assume!(ncols <= 80);
        let cells: Vec<i8> = seed[..rows * ncols].to_vec();
        let unknown = if zero { UnknownRule::Zero } else { UnknownRule::Exclude };
        let kinds: Vec<Option<&str>> =
            (0..rows).map(|r| KINDS[(r + kind_seed) % KINDS.len()]).collect();
        let unit_kinds = with_kinds.then_some(kinds.as_slice());
        check_equal(&fw, &cells, &given[..ncols], unknown, unit_kinds);
    }
}

/// A deterministic generator for the large tables.
fn lcg(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

#[test]
fn large_tables_use_every_core_with_the_same_numbers() {
    let fw = Framework::builtin();
    let ncols = fw.indicator_count();
    let codes = [0, 1, 2, 3, 4, CELL_NA, CELL_UNKNOWN, CELL_MISSING];
    let mut state = 5u64;
    // Past one block (512 rows), one task (1,024 rows) and several tasks.
    for rows in [513, 1025, 20_011] {
        let cells: Vec<i8> = (0..rows * ncols)
            .map(|_| codes[(lcg(&mut state) % 8) as usize])
            .collect();
        let given: Vec<Option<Kind>> = (0..ncols)
            .map(|pos| match pos % 6 {
                0 => Some(Kind::F64),
                1 | 5 => Some(Kind::Bytes),
                2 => Some(Kind::Dictionary),
                3 => Some(Kind::Text),
                _ => Some(Kind::Numbers),
            })
            .collect();
        check_equal(&fw, &cells, &given, UnknownRule::Exclude, None);
        let kinds: Vec<Option<&str>> = (0..rows).map(|r| KINDS[r % KINDS.len()]).collect();
        check_equal(&fw, &cells, &given, UnknownRule::Zero, Some(&kinds));
    }
}

#[test]
fn each_kind_of_column_reads_its_cells() {
    let fw = Framework::builtin();
    let nodes = fw.matrix_nodes();
    let rows = 4;
    let numbers = [2.0, f64::NAN, 4.0, 0.0];
    let bytes: Vec<u8> = numbers.iter().flat_map(|x| x.to_ne_bytes()).collect();
    let values = [CellValue::Text("B"), CellValue::Text("3")];
    let dictionary = ColumnData::Dictionary {
        values: &values,
        codes: &[1, -1, 1, 1],
    };
    let texts = [
        CellValue::Text(" 3 "),
        CellValue::Text("N/A"),
        CellValue::Text("Unknown"),
        CellValue::Text(""),
    ];
    let mixed = [
        CellValue::Number(3.0),
        CellValue::Empty,
        CellValue::Text("na"),
        CellValue::Number(f64::NAN),
    ];
    // "B" is never used: an unused invalid value of a dictionary is not an invalid cell.
    for data in [
        ColumnData::F64(&numbers),
        ColumnData::F64Bytes(&bytes),
        dictionary,
        ColumnData::Values(&texts),
        ColumnData::Values(&mixed),
    ] {
        let (outcome, out) = score(&fw, &[(0, data)], &options(rows)).unwrap();
        assert_eq!(outcome.nodes, nodes);
        let got: Vec<i8> = out.level[..rows].to_vec();
        let expected: Vec<i8> = match data {
            ColumnData::F64(_) | ColumnData::F64Bytes(_) => vec![2, -1, 4, 0],
            ColumnData::Dictionary { .. } => vec![3, -1, 3, 3],
            ColumnData::Values(_) => vec![3, -1, -1, -1],
        };
        assert_eq!(got, expected, "{data:?}");
    }
}

#[test]
fn invalid_cells_are_all_listed_in_row_then_column_order() {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let first = [2.0, 7.0, 2.5, -1.0];
    let second = [
        CellValue::Text("x"),
        CellValue::Text("1"),
        CellValue::Text("True"),
        CellValue::Text("high"),
    ];
    let distinct = [
        CellValue::Text("2"),
        CellValue::Text("9"),
        CellValue::Text("3"),
    ];
    let third = ColumnData::Dictionary {
        values: &distinct,
        codes: &[0, 1, -1, 2],
    };
    // Given in another order than the indicators': the problems are still in indicator order.
    let columns = [
        (2, third),
        (1, ColumnData::Values(&second)),
        (0, ColumnData::F64(&first)),
    ];
    let err = score(&fw, &columns, &options(4)).unwrap_err();
    assert!(matches!(err, Error::Input(_)));
    let got: Vec<(&str, String)> = err
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.clone()))
        .collect();
    let at = |r: usize, c: usize| format!("/rows/{r}/{}", ids[c]);
    assert_eq!(
        got,
        [
            ("input.invalid_cell", at(0, 1)),
            ("input.level_out_of_range", at(1, 0)),
            ("input.level_out_of_range", at(1, 2)),
            ("input.invalid_cell", at(2, 0)),
            ("input.invalid_cell", at(2, 1)),
            ("input.invalid_cell", at(3, 0)),
            ("input.invalid_cell", at(3, 1)),
        ]
    );
    let messages: Vec<&str> = err.details().iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages[0],
        format!(
            "row 0, `{}`: `x` is not an answer: use a level number, `na`, `unknown`, or leave the \
             cell empty",
            ids[1]
        )
    );
    assert_eq!(
        messages[1],
        format!(
            "row 1, `{}`: the level 7 is above the top level of the scale (4)",
            ids[0]
        )
    );
    assert_eq!(
        messages[3],
        format!("row 2, `{}`: the level 2.5 is not a whole number", ids[0])
    );
    assert!(messages[4].contains("`True`"));
    assert_eq!(
        messages[5],
        format!("row 3, `{}`: the level -1 is negative", ids[0])
    );
    assert!(err.details().iter().all(|d| d.severity == Severity::Error));
}

#[test]
fn numbers_out_of_every_scale_and_the_codes_of_cells_are_not_answers() {
    let fw = Framework::builtin();
    // The code of "does not apply" (-4) and of "missing" (-1) as numbers are negative levels;
    // 200 and an infinite number are far too large; 127 is a level above the top.
    let numbers = [-4.0, -1.0, 200.0, f64::INFINITY, 127.0];
    let texts = [
        CellValue::Text("-4"),
        CellValue::Text("-1"),
        CellValue::Text("200"),
        CellValue::Text("inf"),
        CellValue::Text("127"),
    ];
    for data in [ColumnData::F64(&numbers), ColumnData::Values(&texts)] {
        let err = score(&fw, &[(0, data)], &options(5)).unwrap_err();
        let codes: Vec<&str> = err.details().iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "input.invalid_cell",
                "input.invalid_cell",
                "input.invalid_cell",
                "input.invalid_cell",
                "input.level_out_of_range"
            ]
        );
        assert!(err.details()[2].message.contains("far too large"));
    }
}

#[test]
fn coerce_leaves_invalid_cells_missing_and_warns() {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let first = [2.0, 7.0, 2.5];
    let second = [CellValue::Text("x"), CellValue::Text("1"), CellValue::Empty];
    let columns = [
        (0, ColumnData::F64(&first)),
        (1, ColumnData::Values(&second)),
    ];
    let coerce = ColumnOptions {
        rows: 3,
        coerce: true,
        ..Default::default()
    };
    let (outcome, out) = score(&fw, &columns, &coerce).unwrap();
    assert_eq!(outcome.warning_count, 3);
    let paths: Vec<&str> = outcome.warnings.iter().map(|d| d.path.as_str()).collect();
    let expected = [
        format!("/rows/0/{}", ids[1]),
        format!("/rows/1/{}", ids[0]),
        format!("/rows/2/{}", ids[0]),
    ];
    assert_eq!(paths, expected);
    for w in &outcome.warnings {
        assert_eq!(w.severity, Severity::Warning);
        assert_eq!(
            w.help.as_deref(),
            Some("the cell was treated as missing (errors=\"coerce\")")
        );
    }
    assert_eq!(outcome.warnings[1].code, "input.level_out_of_range");
    // The numbers of the same table with the invalid cells missing.
    let n = fw.indicator_count();
    let mut cells = vec![CELL_MISSING; 3 * n];
    cells[0] = 2;
    cells[n + 1] = 1;
    let m = fw.score_matrix(&cells).unwrap();
    assert_same(&out, &m);
    assert_eq!(out.score[..3][..2], [2.0, 1.0]);
    assert!(out.score[2].is_nan());
    // Nothing invalid: no warning.
    let clean = [1.0, 2.0, 3.0];
    let (outcome, _) = score(&fw, &[(0, ColumnData::F64(&clean))], &coerce).unwrap();
    assert_eq!((outcome.warnings, outcome.warning_count), (vec![], 0));
}

#[test]
fn too_many_invalid_cells_are_counted() {
    let fw = Framework::builtin();
    let rows = 1500;
    let nines = vec![9.0; rows];
    let xs = vec![CellValue::Text("x"); rows];
    let columns = [(0, ColumnData::F64(&nines)), (1, ColumnData::Values(&xs))];
    let err = score(&fw, &columns, &options(rows)).unwrap_err();
    let d = err.details();
    assert_eq!(d.len(), MAX_CELL_ERRORS + 1);
    // The first listed by row then indicator: rows 0 to 499, both cells of each.
    assert_eq!(d[0].code, "input.level_out_of_range");
    assert_eq!(d[1].code, "input.invalid_cell");
    assert!(d[MAX_CELL_ERRORS - 1].path.starts_with("/rows/499/"));
    let last = &d[MAX_CELL_ERRORS];
    assert_eq!(
        (last.code.as_str(), last.path.as_str()),
        ("input.too_many_errors", "")
    );
    assert_eq!(last.message, "2000 more invalid cells are not listed");
    let coerce = ColumnOptions {
        coerce: true,
        ..options(rows)
    };
    let (outcome, _) = score(&fw, &columns, &coerce).unwrap();
    assert_eq!(outcome.warning_count, 3000);
    assert_eq!(outcome.warnings.len(), MAX_CELL_ERRORS);
}

#[test]
fn many_invalid_cells_over_several_tasks_keep_their_order() {
    let fw = Framework::builtin();
    let rows = 30_000;
    // Every 7th row invalid in column 3, every 11th in column 0.
    let a: Vec<f64> = (0..rows)
        .map(|r| if r % 11 == 0 { 2.5 } else { 1.0 })
        .collect();
    let b: Vec<f64> = (0..rows)
        .map(|r| if r % 7 == 0 { 8.0 } else { 1.0 })
        .collect();
    let columns = [(3, ColumnData::F64(&b)), (0, ColumnData::F64(&a))];
    let err = score(&fw, &columns, &options(rows)).unwrap_err();
    let d = err.details();
    let expected: Vec<(usize, usize)> = (0..rows)
        .flat_map(|r| {
            let mut v = Vec::new();
            if r % 11 == 0 {
                v.push((r, 0));
            }
            if r % 7 == 0 {
                v.push((r, 3));
            }
            v
        })
        .collect();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let listed: Vec<String> = d[..MAX_CELL_ERRORS]
        .iter()
        .map(|d| d.path.clone())
        .collect();
    let want: Vec<String> = expected[..MAX_CELL_ERRORS]
        .iter()
        .map(|&(r, c)| format!("/rows/{r}/{}", ids[c]))
        .collect();
    assert_eq!(listed, want);
    assert_eq!(
        d[MAX_CELL_ERRORS].message,
        format!(
            "{} more invalid cells are not listed",
            expected.len() - MAX_CELL_ERRORS
        )
    );
}

#[test]
fn unit_kinds_leave_out_what_does_not_apply_but_not_invalid_cells() {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let hta = ids
        .iter()
        .position(|i| i == "inst.info.hta_priority_setting")
        .unwrap();
    let routine = ids
        .iter()
        .position(|i| i == "inst.info.routine_data")
        .unwrap();
    let nine = [9.0];
    let two = [2.0];
    let columns = [
        (hta, ColumnData::F64(&nine)),
        (routine, ColumnData::F64(&two)),
    ];
    let kinds = [Some("facility")];
    let with_kind = ColumnOptions {
        rows: 1,
        unit_kinds: Some(&kinds),
        ..Default::default()
    };
    let err = score(&fw, &columns, &with_kind).unwrap_err();
    assert_eq!(
        (err.code(), err.path()),
        (
            "input.level_out_of_range",
            "/rows/0/inst.info.hta_priority_setting"
        )
    );
    let coerce = ColumnOptions {
        coerce: true,
        ..with_kind
    };
    let (outcome, out) = score(&fw, &columns, &coerce).unwrap();
    assert_eq!(outcome.warning_count, 1);
    assert_eq!(out.score[0], 2.0);
    // A facility leaves out indicators a district counts.
    let embedded = ids
        .iter()
        .position(|i| i == "inst.info.embedded_research")
        .unwrap();
    let four = [4.0];
    let columns = [
        (embedded, ColumnData::F64(&four)),
        (routine, ColumnData::F64(&two)),
    ];
    let by_kind = |kind: Option<&str>| {
        let kinds = [kind];
        let o = ColumnOptions {
            rows: 1,
            unit_kinds: Some(&kinds),
            ..Default::default()
        };
        score(&fw, &columns, &o).unwrap().1.score[0]
    };
    assert_eq!(by_kind(Some("district")), 3.0);
    assert_eq!(by_kind(Some(" Facility ")), 2.0);
    assert_eq!(by_kind(Some("hospital")), 3.0);
    assert_eq!(by_kind(None), 3.0);
}

#[test]
fn wrong_shapes_are_located_errors_not_panics() {
    let fw = Framework::builtin();
    let width = fw.matrix_nodes().len();
    let ncols = fw.indicator_count();
    let two = [1.0, 2.0];
    let three = [1.0, 2.0, 3.0];
    let odd_bytes = [0u8; 15];
    let values = [CellValue::Text("1")];
    let cases: Vec<(Vec<(usize, ColumnData<'_>)>, &str)> = vec![
        (vec![(0, ColumnData::F64(&three))], "/columns/0"),
        (
            vec![(0, ColumnData::F64(&two)), (1, ColumnData::F64(&three))],
            "/columns/1",
        ),
        (vec![(ncols, ColumnData::F64(&two))], "/columns/0"),
        (
            vec![(4, ColumnData::F64(&two)), (4, ColumnData::F64(&two))],
            "/columns/1",
        ),
        (vec![(0, ColumnData::F64Bytes(&odd_bytes))], "/columns/0"),
        (
            vec![(
                0,
                ColumnData::Dictionary {
                    values: &values,
                    codes: &[0, 1],
                },
            )],
            "/columns/0",
        ),
    ];
    for (columns, path) in cases {
        let err = score(&fw, &columns, &options(2)).unwrap_err();
        assert_eq!(
            (err.code(), err.path()),
            ("internal.columns", path),
            "{columns:?}"
        );
    }
    let kinds = [Some("facility")];
    let o = ColumnOptions {
        rows: 2,
        unit_kinds: Some(&kinds),
        ..Default::default()
    };
    let err = score(&fw, &[], &o).unwrap_err();
    assert_eq!(
        (err.code(), err.path()),
        ("internal.columns", "/unit_kinds")
    );
    // Buffers of the wrong size.
    for (s, l, c, path) in [
        (2 * width - 1, 2 * width, 2 * width, "/out/score"),
        (2 * width, 2 * width + 1, 2 * width, "/out/level"),
        (2 * width, 2 * width, 0, "/out/coverage"),
    ] {
        let (mut score, mut level, mut coverage) = (vec![0.0; s], vec![0; l], vec![0.0; c]);
        let out = ColumnBuffers {
            score: &mut score,
            level: &mut level,
            coverage: &mut coverage,
        };
        let err = fw
            .score_columns(&[(0, ColumnData::F64(&two))], &options(2), out)
            .unwrap_err();
        assert_eq!((err.code(), err.path()), ("internal.buffer_size", path));
    }
}

#[test]
fn no_rows_and_no_columns() {
    let fw = Framework::builtin();
    let (outcome, out) = score(&fw, &[(0, ColumnData::F64(&[]))], &options(0)).unwrap();
    assert_eq!(outcome.nodes, fw.matrix_nodes());
    assert!(out.score.is_empty());
    // No column: every indicator missing.
    let (_, out) = score(&fw, &[], &options(2)).unwrap();
    let m = fw
        .score_matrix(&vec![CELL_MISSING; 2 * fw.indicator_count()])
        .unwrap();
    assert_same(&out, &m);
}

/// Errors and warnings name rows by the keys given (a DataFrame's index labels), escaped in
/// the path; a row the keys do not cover keeps its position.
#[test]
fn row_keys_name_the_rows_of_errors_and_warnings() {
    let fw = Framework::builtin();
    let routine = fw
        .indicators()
        .iter()
        .position(|i| i.id == "inst.info.routine_data")
        .unwrap();
    let cells = [2.0, 9.0, 2.5];
    let columns = [(routine, ColumnData::F64(&cells))];
    let keys = ["kis".to_owned(), "a/b~c".to_owned()];
    let o = ColumnOptions {
        rows: 3,
        row_keys: Some(&keys),
        ..Default::default()
    };
    let err = score(&fw, &columns, &o).unwrap_err();
    let found: Vec<(&str, &str)> = err
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "input.level_out_of_range",
                "/rows/a~1b~0c/inst.info.routine_data"
            ),
            ("input.invalid_cell", "/rows/2/inst.info.routine_data"),
        ]
    );
    assert!(err.details()[0].message.contains("row a/b~c"), "{err:?}");
    let coerce = ColumnOptions { coerce: true, ..o };
    let (outcome, _) = score(&fw, &columns, &coerce).unwrap();
    assert_eq!(
        outcome.warnings[0].path,
        "/rows/a~1b~0c/inst.info.routine_data"
    );
}
