//! Benchmarks of lhs-maturity: the shared inputs (a realistic assessment, deterministic
//! generated data) and the list of cases that both the criterion benches (`benches/core.rs`)
//! and the figures table (`src/bin/figures.rs`, run by `benches/run`) measure.
//!
//! Generated data is deterministic (a fixed-seed xorshift generator): every run scores the same
//! answers, so figures can be compared across versions.

use lhs_maturity::{Assessment, Framework, CELL_MISSING, CELL_NA, CELL_UNKNOWN};
use serde_json::{json, Map, Value};
use std::hint::black_box;

/// The realistic assessment of the benchmarks: the national ministry example (every indicator
/// answered, most with evidence notes; 12 KB of JSON).
pub const EXAMPLE_JSON: &str = include_str!("../../spec/examples/national-ministry.json");

/// The three shipped examples, by file name.
pub const EXAMPLES: [(&str, &str); 3] = [
    (
        "district-kisumu-east",
        include_str!("../../spec/examples/district-kisumu-east.json"),
    ),
    (
        "facility-st-marys",
        include_str!("../../spec/examples/facility-st-marys.json"),
    ),
    ("national-ministry", EXAMPLE_JSON),
];

/// Share of generated cells that are missing, not applicable and unknown, in thousandths.
pub const MISSING_PER_MILLE: u64 = 100;
/// See [`MISSING_PER_MILLE`].
pub const NA_PER_MILLE: u64 = 50;
/// See [`MISSING_PER_MILLE`].
pub const UNKNOWN_PER_MILLE: u64 = 20;

/// A small deterministic generator (xorshift64*), so that benchmarks need no random crate and
/// give the same data on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any value; 0 is replaced).
    pub fn new(seed: u64) -> Self {
        Self(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        (self.next_u64() >> 11) % n.max(1)
    }
}

/// One generated row: a unit whose maturity is around a base level, with ~10% missing,
/// ~5% `na` and ~2% `unknown` answers.
fn fill_row(rng: &mut Rng, max: u64, row: &mut [i8]) {
    let base = rng.below(max + 1) as i64;
    for cell in row {
        let r = rng.below(1000);
        *cell = if r < MISSING_PER_MILLE {
            CELL_MISSING
        } else if r < MISSING_PER_MILLE + NA_PER_MILLE {
            CELL_NA
        } else if r < MISSING_PER_MILLE + NA_PER_MILLE + UNKNOWN_PER_MILLE {
            CELL_UNKNOWN
        } else {
            let noise = rng.below(3) as i64 - 1;
            (base + noise).clamp(0, max as i64) as i8
        };
    }
}

/// A matrix of `rows` generated assessments × every indicator of `fw` (row-major cell codes,
/// as [`Framework::score_matrix`] takes them).
pub fn generate_cells(fw: &Framework, rows: usize, seed: u64) -> Vec<i8> {
    let cols = fw.indicator_count();
    let mut rng = Rng::new(seed);
    let mut cells = vec![CELL_MISSING; rows * cols];
    for row in cells.chunks_mut(cols.max(1)) {
        fill_row(&mut rng, u64::from(fw.max_level()), row);
    }
    cells
}

/// The JSON document of one generated row: a unit, a period, a respondent and the answers
/// (every tenth rated answer in the object form with an evidence note, `na` with a
/// justification), like a survey tool's export.
pub fn row_document(fw: &Framework, ids: &[String], row: &[i8], index: usize) -> Value {
    let mut answers = Map::new();
    for (k, (id, &code)) in ids.iter().zip(row).enumerate() {
        let v = match code {
            CELL_MISSING => continue,
            CELL_NA => json!({"level": "na", "justification": "Not run at this level"}),
            CELL_UNKNOWN => json!("unknown"),
            l if (index + k) % 10 == 0 => {
                json!({"level": l, "evidence": "Minutes of the quarterly review", "confidence": "medium"})
            }
            l => json!(l),
        };
        answers.insert(id.clone(), v);
    }
    json!({
        "framework": {"id": fw.id(), "version": fw.version()},
        "unit": {"id": format!("unit-{index}"), "name": format!("District {index}"), "kind": "district"},
        "period": "2026-Q3",
        "respondent": {"id": format!("r{index}"), "role": "policy_makers_planners"},
        "default_target": 3,
        "answers": answers,
    })
}

/// `n` generated assessments (parsed), as [`Framework::score_many`] takes them.
pub fn generate_assessments(fw: &Framework, n: usize, seed: u64) -> Vec<Assessment> {
    let cols = fw.indicator_count();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let cells = generate_cells(fw, n, seed);
    cells
        .chunks(cols.max(1))
        .enumerate()
        .filter_map(|(i, row)| Assessment::from_value(&row_document(fw, &ids, row, i)).ok())
        .collect()
}

/// `n` generated respondents of one unit and period (for pooling and agreement): every
/// respondent rates around the unit's true level, with the usual missing/na/unknown answers.
pub fn generate_respondents(fw: &Framework, n: usize, seed: u64) -> Vec<Assessment> {
    let cols = fw.indicator_count();
    let max = i64::from(fw.max_level());
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let mut rng = Rng::new(seed);
    let truth: Vec<i64> = (0..cols)
        .map(|_| rng.below(max as u64 + 1) as i64)
        .collect();
    let mut row = vec![CELL_MISSING; cols];
    (0..n)
        .filter_map(|i| {
            fill_row(&mut rng, max as u64, &mut row);
            for (cell, t) in row.iter_mut().zip(&truth) {
                if *cell >= 0 {
                    let noise = rng.below(3) as i64 - 1;
                    *cell = (t + noise).clamp(0, max) as i8;
                }
            }
            let mut doc = row_document(fw, &ids, &row, i);
            doc["unit"] = json!({"id": "moh-dpp"});
            Assessment::from_value(&doc).ok()
        })
        .collect()
}

/// How big a case is: the assessments and the answers (cells: assessments × indicators for
/// generated data, answers given for the example) one run handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Assessments (or respondents) per run.
    pub assessments: u64,
    /// Answers per run.
    pub answers: u64,
}

/// What a case reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The built-in framework's JSON text.
    Framework,
    /// The realistic example assessment.
    Example,
    /// Generated assessments, every indicator a cell.
    Generated,
    /// One generated assessment of `n` bad answers.
    BadAnswers,
}

/// One benchmark case: its stable name, what it measures, its size, and how to prepare a run.
pub struct Case {
    /// Stable name, the first column of the table.
    pub name: &'static str,
    /// What one run does.
    pub about: &'static str,
    /// Assessments per run (before shrinking).
    pub assessments: usize,
    /// What it reads.
    pub input: Input,
    /// Prepares the input for `n` assessments (not timed) and returns one run (timed).
    pub prepare: fn(usize) -> Box<dyn FnMut()>,
    /// Whether the case is large.
    pub large: bool,
}

impl Case {
    /// The size of a run for `n` assessments.
    pub fn size(&self, n: usize) -> Size {
        if self.input == Input::BadAnswers {
            return Size {
                assessments: 1,
                answers: n as u64,
            };
        }
        let per = match self.input {
            Input::Framework | Input::BadAnswers => 0,
            Input::Example => example_answers(),
            Input::Generated => Framework::builtin().indicator_count() as u64,
        };
        let n = if self.input == Input::Framework {
            0
        } else {
            n as u64
        };
        Size {
            assessments: n,
            answers: n * per,
        }
    }
}

fn run_once<T>(mut f: impl FnMut() -> T + 'static) -> Box<dyn FnMut()> {
    Box::new(move || {
        black_box(f());
    })
}

/// One assessment whose first `rated` indicators (all with `usize::MAX`) are rated 2 at low
/// confidence, and its uncertainty with the default options.
fn uncertainty_case(rated: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let answers: serde_json::Map<String, serde_json::Value> = fw
        .indicators()
        .iter()
        .take(rated)
        .map(|i| (i.id.clone(), json!({"level": 2, "confidence": "low"})))
        .collect();
    let a = Assessment::from_value(&json!({ "answers": answers })).unwrap_or_default();
    let options = lhs_maturity::analysis::UncertaintyOptions::default();
    run_once(move || fw.uncertainty(black_box(&a), &options))
}

/// The draws of a robustness analysis of 100 units: about 10,000 runs (base points chosen for
/// the builtin framework's factors: every set of sibling weights, missing answers, ratings),
/// each run scoring all 100 units; the Sobol' indices without bootstrap intervals.
fn robustness_case(units: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let list: Vec<(String, Assessment)> = generate_assessments(&fw, units, 3)
        .into_iter()
        .enumerate()
        .map(|(i, a)| (format!("unit {i}"), a))
        .collect();
    let probe = lhs_maturity::analysis::RobustnessOptions {
        n: 1,
        bootstrap: 0,
        ..Default::default()
    };
    let factors = fw
        .robustness(&list[..1], &probe)
        .map_or(0, |r| r.factors.len());
    // The test suite runs the cases once in an unoptimized build: 200 runs are enough there.
    let runs = if cfg!(debug_assertions) {
        200
    } else {
        ROBUSTNESS_RUNS
    };
    let options = lhs_maturity::analysis::RobustnessOptions {
        n: runs.div_ceil(factors + 2),
        bootstrap: 0,
        ..Default::default()
    };
    run_once(move || fw.robustness(black_box(&list), &options))
}

/// The runs of the robustness case.
pub const ROBUSTNESS_RUNS: usize = 10_000;

fn matrix_case(rows: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let cells = generate_cells(&fw, rows, 1);
    run_once(move || fw.score_matrix(black_box(&cells)))
}

/// Assessments per call of `score_many` in the largest case: every report of a call is held
/// until the call returns (about 100 KB each), so 100,000 in one call would need some 10 GB.
pub const SCORE_MANY_CALL: usize = 10_000;

fn score_many_case(n: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let assessments = generate_assessments(&fw, n, 2);
    if n <= SCORE_MANY_CALL {
        return run_once(move || fw.score_many(black_box(&assessments)));
    }
    run_once(move || {
        assessments
            .chunks(SCORE_MANY_CALL)
            .map(|part| fw.score_many(black_box(part)).len())
            .sum::<usize>()
    })
}

fn example_answers() -> u64 {
    serde_json::from_str::<Value>(EXAMPLE_JSON)
        .ok()
        .and_then(|v| v.get("answers").and_then(Value::as_object).map(Map::len))
        .unwrap_or(0) as u64
}

/// The JSON text of one assessment with `n` bad answers, with levels out of range, of the wrong
/// type and well formed in turn. Their ids are question numbers (`Q1`, `Q2`... as a survey export
/// names its columns: each an `assessment.unknown_indicator` too far from every indicator id for a
/// suggestion), or with `typos` the framework's ids with a suffix (`inst.info.routine_data_7`:
/// each compared with every id, and given a did-you-mean suggestion).
pub fn bad_answers_json(fw: &Framework, n: usize, typos: bool) -> String {
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let mut answers = Map::new();
    for i in 0..n {
        let value = match i % 3 {
            0 => json!({"level": 9}),
            1 => json!({"level": "high"}),
            _ => json!(2),
        };
        let id = if typos {
            format!("{}_{i}", ids[i % ids.len()])
        } else {
            format!("Q{}", i + 1)
        };
        answers.insert(id, value);
    }
    let doc = json!({
        "framework": {"id": fw.id(), "version": fw.version()},
        "unit": {"id": "moh-dpp"},
        "period": "2026",
        "answers": answers,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn bad_answers_case(n: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let text = bad_answers_json(&fw, n, false);
    run_once(move || fw.validate_json(black_box(&text)))
}

fn typo_answers_case(n: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let text = bad_answers_json(&fw, n, true);
    run_once(move || fw.validate_json(black_box(&text)))
}

fn pool_case(n: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let respondents = generate_respondents(&fw, n, 3);
    let options = lhs_maturity::analysis::PoolOptions::default();
    run_once(move || fw.pool(black_box(&respondents), &options))
}

fn agreement_case(n: usize) -> Box<dyn FnMut()> {
    let fw = Framework::builtin();
    let respondents = generate_respondents(&fw, n, 4);
    run_once(move || fw.agreement(black_box(&respondents)))
}

/// Every case, in table order. `assessments` is the full size; `prepare` takes the size to use
/// (the criterion benches shrink every case in test mode).
pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "framework_load",
            about: "parse and validate the built-in framework JSON, compile it",
            assessments: 0,
            input: Input::Framework,
            prepare: |_| {
                run_once(|| Framework::from_json(black_box(lhs_maturity::BUILTIN_FRAMEWORK_JSON)))
            },
            large: false,
        },
        Case {
            name: "score_json",
            about: "JSON text of a realistic assessment -> parsed, validated, scored report",
            assessments: 1,
            input: Input::Example,
            prepare: |_| {
                let fw = Framework::builtin();
                run_once(move || fw.score_json(black_box(EXAMPLE_JSON)))
            },
            large: false,
        },
        Case {
            name: "score_json_general",
            about: "the same with an unknown top-level field, which is warned about: read through \
                    a serde_json::Value (the general reader) instead of straight from the text",
            assessments: 1,
            input: Input::Example,
            prepare: |_| {
                let fw = Framework::builtin();
                let text = EXAMPLE_JSON.replacen('{', r#"{"note": "exported 2026-11-28","#, 1);
                run_once(move || fw.score_json(black_box(&text)))
            },
            large: false,
        },
        Case {
            name: "read_json",
            about: "JSON text of the realistic assessment -> Assessment (no framework checks)",
            assessments: 1,
            input: Input::Example,
            prepare: |_| run_once(|| Assessment::from_json(black_box(EXAMPLE_JSON))),
            large: false,
        },
        Case {
            name: "score_parsed",
            about: "an already-parsed realistic assessment -> validated, scored report",
            assessments: 1,
            input: Input::Example,
            prepare: |_| {
                let fw = Framework::builtin();
                let a = Assessment::from_json(EXAMPLE_JSON).ok();
                run_once(move || a.as_ref().map(|a| fw.score(black_box(a))))
            },
            large: false,
        },
        Case {
            name: "score_many_1k",
            about: "Framework::score_many on 1,000 generated assessments (both cores)",
            assessments: 1_000,
            input: Input::Generated,
            prepare: score_many_case,
            large: false,
        },
        Case {
            name: "score_many_10k",
            about: "Framework::score_many on 10,000 generated assessments (both cores)",
            assessments: 10_000,
            input: Input::Generated,
            prepare: score_many_case,
            large: true,
        },
        Case {
            name: "score_many_100k",
            about: "100,000 generated assessments through Framework::score_many, 10,000 per call \
                    (the reports of a call are dropped before the next)",
            assessments: 100_000,
            input: Input::Generated,
            prepare: score_many_case,
            large: true,
        },
        Case {
            name: "matrix_10k",
            about: "Framework::score_matrix, 10,000 rows x every indicator",
            assessments: 10_000,
            input: Input::Generated,
            prepare: matrix_case,
            large: false,
        },
        Case {
            name: "matrix_100k",
            about: "Framework::score_matrix, 100,000 rows x every indicator",
            assessments: 100_000,
            input: Input::Generated,
            prepare: matrix_case,
            large: true,
        },
        Case {
            name: "matrix_1m",
            about: "Framework::score_matrix, 1,000,000 rows x every indicator",
            assessments: 1_000_000,
            input: Input::Generated,
            prepare: matrix_case,
            large: true,
        },
        Case {
            name: "validate_bad_100k",
            about: "Framework::validate_json of one assessment with 100,000 bad answers (ids \
                    Q1..Q100000, none an indicator): every diagnostic, in document order",
            assessments: 100_000,
            input: Input::BadAnswers,
            prepare: bad_answers_case,
            large: true,
        },
        Case {
            name: "validate_typos_100k",
            about: "the same with ids one suffix away from the framework's: each compared with \
                    every indicator id for a did-you-mean suggestion",
            assessments: 100_000,
            input: Input::BadAnswers,
            prepare: typo_answers_case,
            large: true,
        },
        Case {
            name: "pool_1k",
            about: "Framework::pool of 1,000 respondents of one unit (with alpha and ICC)",
            assessments: 1_000,
            input: Input::Generated,
            prepare: pool_case,
            large: false,
        },
        Case {
            name: "uncertainty_mc",
            about: "Framework::uncertainty of one assessment, every indicator rated at low \
                    confidence: 10,000 Monte Carlo draws, independent and correlated",
            assessments: 1,
            input: Input::Generated,
            prepare: |_| uncertainty_case(usize::MAX),
            large: false,
        },
        Case {
            name: "uncertainty_exact",
            about: "Framework::uncertainty of one assessment of 10 uncertain answers: exact, \
                    3^10 = 59,049 combinations",
            assessments: 1,
            input: Input::Generated,
            prepare: |_| uncertainty_case(10),
            large: false,
        },
        Case {
            name: "robustness_100",
            about: "Framework::robustness of 100 units: about 10,000 runs of the Saltelli \
                    design (weights, missing answers, ratings), Sobol' indices without bootstrap",
            assessments: 100,
            input: Input::Generated,
            prepare: robustness_case,
            large: false,
        },
        Case {
            name: "agreement_10k",
            about: "Framework::agreement (Krippendorff's alpha, ICC) of 10,000 respondents",
            assessments: 10_000,
            input: Input::Generated,
            prepare: agreement_case,
            large: true,
        },
    ]
}
