//! The bad-input corpus (`tests/corpus/`, format in `tests/corpus/README.md`) through the built
//! `lhs-maturity` binary: every document must give the error code and path of
//! `tests/corpus/expected.json` and every error it lists (code and path, in order), as the Rust
//! runner (`tests/tests/corpus.rs`) checks them; the valid baselines must be accepted.
//!
//! Each document is given in every way the command takes one (a "way"):
//! - assessments: `validate` (`validate --format json <file>`: the diagnostics of its JSON output,
//!   exit 1 with errors, 0 without) and `score` (`score --format json <file>`: a report on stdout
//!   and exit 0, or exit 1, nothing on stdout and the `error[<code>] at <path>` lines on stderr),
//!   both with `--framework-version <latest>`: the other runners score against
//!   `Framework::builtin()`, while the command by default takes the version an assessment names;
//! - frameworks: `framework` (`--framework <file> framework show --format json`: the framework
//!   as JSON and exit 0, or exit 1 and its `error[<code>] at <path>` lines on stderr);
//! - CSV files of assessments (`csv/`): `validate` and `score` as for assessments, comparing
//!   the line and column of each error too (`<file>:<line>:<column>: error[…]` on stderr);
//!   `score` must give the manifest's `score` list where it has one (a file of several rows).
//!
//! The large documents (the size limit ±1 byte, 100,000 answers, 10,000 levels of nesting) are
//! written by the tests below, not stored.
//!
//! A (case, way) the command gets wrong must be listed in `tests/corpus/exceptions/cli.txt`
//! with the reason; a listed one that passes fails the run, so no case is skipped in silence.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Errors as (code, path, line, column); the line and column for CSV files only.
type Errors = Vec<(String, String, Option<u64>, Option<u64>)>;

const ASSESSMENT_WAYS: [&str; 2] = ["validate", "score"];
const FRAMEWORK_WAYS: [&str; 1] = ["framework"];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(args)
        // English and no colour whatever the machine running the tests.
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

/// The corpus folders.
const KINDS: [&str; 3] = ["assessment", "framework", "csv"];

fn ways_of(case: &str) -> &'static [&'static str] {
    if case.starts_with("framework/") {
        &FRAMEWORK_WAYS
    } else {
        &ASSESSMENT_WAYS
    }
}

/// The errors written on stderr, one per `error[<code>]` line (`<file>[:<line>:<column>]:
/// error[<code>] at <path>: <message>`, no ` at <path>` for the whole document), with the line
/// and column when `with_place`; a line that starts an error without a code is an error with the
/// code `(none)` and the line as its path.
fn errors_on_stderr(stderr: &str, with_place: bool) -> Errors {
    stderr
        .lines()
        .filter(|l| !l.starts_with(char::is_whitespace))
        .filter_map(|l| {
            if let Some(i) = l.find("error[") {
                let (code, rest) = l[i + "error[".len()..].split_once(']')?;
                let path = rest
                    .strip_prefix(" at ")
                    .and_then(|r| r.split_once(": "))
                    .map_or("", |(p, _)| p);
                // `<file>:<line>:<column>: ` before `error[`.
                let mut place = l[..i].trim_end().trim_end_matches(':').rsplit(':');
                let column = place.next().and_then(|c| c.parse().ok());
                let line = place.next().and_then(|c| c.parse().ok());
                let (line, column) = match (line, column) {
                    (Some(l), Some(c)) if with_place => (Some(l), Some(c)),
                    _ => (None, None),
                };
                Some((code.to_owned(), path.to_owned(), line, column))
            } else if l.starts_with("error") {
                Some(("(none)".to_owned(), l.to_owned(), None, None))
            } else {
                None
            }
        })
        .collect()
}

/// The errors of a corpus document given this way, or why the command misbehaved.
fn outcome(case: &str, way: &str) -> Result<Errors, String> {
    let file = corpus().join(case);
    let file = file.to_str().unwrap();
    // The built-in framework's latest version, as `Framework::builtin()` in the other runners
    // (without `--framework-version` the command takes the version the assessment names).
    let latest = lhs_maturity::Framework::builtin().version().to_owned();
    let o = match way {
        "validate" | "score" => run(&[
            way,
            "--format",
            "json",
            "--framework-version",
            &latest,
            file,
        ]),
        _ => run(&["--framework", file, "framework", "show", "--format", "json"]),
    };
    let with_place = case.starts_with("csv/");
    let stdout = String::from_utf8(o.stdout).map_err(|e| format!("stdout not UTF-8: {e}"))?;
    let stderr = String::from_utf8(o.stderr).map_err(|e| format!("stderr not UTF-8: {e}"))?;
    let status = o.status.code();
    let errors = if way == "validate" {
        let v: Value = serde_json::from_str(&stdout)
            .map_err(|e| format!("stdout is not JSON ({e}): {stdout}{stderr}"))?;
        let diagnostics = v[0]["diagnostics"].as_array().cloned().unwrap_or_default();
        let errors: Errors = diagnostics
            .iter()
            .filter(|d| d["severity"] == "error")
            .map(|d| {
                let place = |k: &str| d[k].as_u64().filter(|_| with_place);
                (
                    d["code"].as_str().unwrap_or("").to_owned(),
                    d["path"].as_str().unwrap_or("").to_owned(),
                    place("line"),
                    place("column"),
                )
            })
            .collect();
        if v[0]["valid"] != Value::Bool(errors.is_empty()) || v[0]["errors"] != errors.len() {
            return Err(format!(
                "`valid` and `errors` disagree with the diagnostics: {v}"
            ));
        }
        errors
    } else if status == Some(0) {
        // A report or the framework, as JSON.
        let v: Value = serde_json::from_str(&stdout)
            .map_err(|e| format!("exit 0, stdout is not JSON ({e}): {stdout}"))?;
        let ok = if way == "score" {
            v["overall"]["score"].is_number() || v["overall"]["score"].is_null()
        } else {
            // The framework the library reads from the same file.
            let doc = lhs_maturity::Framework::from_path(corpus().join(case)).unwrap();
            v["id"] == doc.id() && v["version"] == doc.version()
        };
        if !ok {
            return Err(format!("exit 0 with an unexpected output: {stdout}"));
        }
        let errors = errors_on_stderr(&stderr, with_place);
        if !errors.is_empty() {
            return Err(format!("exit 0 with errors on stderr: {stderr}"));
        }
        errors
    } else {
        if !stdout.is_empty() {
            return Err(format!("exit {status:?} with an output: {stdout}"));
        }
        errors_on_stderr(&stderr, with_place)
    };
    let want_status = if errors.is_empty() { 0 } else { 1 };
    if status != Some(want_status) {
        return Err(format!(
            "exit {status:?} with the errors {errors:?}: {stderr}"
        ));
    }
    Ok(errors)
}

/// `tests/corpus/exceptions/cli.txt`: `<case> <way>  # reason` per line.
fn exceptions(expected: &serde_json::Map<String, Value>) -> BTreeMap<(String, String), String> {
    let text = std::fs::read_to_string(corpus().join("exceptions/cli.txt")).unwrap();
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let (entry, reason) = line.split_once('#').unwrap_or((line, ""));
        let words: Vec<&str> = entry.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        let [case, way] = words[..] else {
            panic!("exceptions/cli.txt:{}: `<case> <way>  # reason`", n + 1)
        };
        assert!(
            expected.contains_key(case),
            "exceptions/cli.txt:{}: no case {case}",
            n + 1
        );
        assert!(
            ways_of(case).contains(&way),
            "exceptions/cli.txt:{}: no way {way}",
            n + 1
        );
        assert!(
            !reason.trim().is_empty(),
            "exceptions/cli.txt:{}: give the reason",
            n + 1
        );
        out.insert((case.to_owned(), way.to_owned()), reason.trim().to_owned());
    }
    out
}

#[test]
fn every_corpus_document_gives_its_errors_on_the_command_line() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(corpus().join("expected.json")).unwrap())
            .unwrap();
    let expected = expected.as_object().unwrap();
    let mut listed = exceptions(expected);
    let mut failures = Vec::new();
    let mut runs = 0;
    for (case, exp) in expected {
        let listed_errors = |key: &str| -> Option<Errors> {
            exp[key].as_array().map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        (
                            e["code"].as_str().unwrap().to_owned(),
                            e["path"].as_str().unwrap().to_owned(),
                            e["line"].as_u64(),
                            e["column"].as_u64(),
                        )
                    })
                    .collect()
            })
        };
        let errors = listed_errors("errors").unwrap_or_default();
        for way in ways_of(case) {
            // A CSV file of several assessments is validated row by row, scored as one file.
            let want = match listed_errors("score") {
                Some(score) if *way == "score" => score,
                _ => errors.clone(),
            };
            runs += 1;
            let problem = match outcome(case, way) {
                Ok(got) if got == want => None,
                Ok(got) => Some(format!("expected {want:?}, got {got:?}")),
                Err(why) => Some(why),
            };
            match (listed.remove(&(case.clone(), (*way).to_owned())), problem) {
                (None, None) | (Some(_), Some(_)) => {}
                (None, Some(problem)) => failures.push(format!("{case} ({way}): {problem}")),
                (Some(reason), None) => failures.push(format!(
                    "{case} ({way}): listed in tests/corpus/exceptions/cli.txt ({reason}) but passes: remove it"
                )),
            }
        }
    }
    let on_disk = KINDS
        .iter()
        .map(|k| std::fs::read_dir(corpus().join(k)).unwrap().count())
        .sum::<usize>();
    assert_eq!(
        on_disk,
        expected.len(),
        "every corpus file has an entry in expected.json"
    );
    assert!(runs >= 300, "the corpus looks incomplete: {runs} runs");
    assert!(listed.is_empty(), "listed but never run: {listed:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn stderr_errors_are_read_with_their_code_and_path() {
    let stderr = "a.json: error[assessment.invalid_level] at /answers/x: the level 2.5 is not a whole number\n    help: levels are whole numbers\nwarning[assessment.no_unit_kind]: no kind\na.json:2:0: error[assessment.invalid_json]: ends early\nerror: cannot read `b.json`: it is not UTF-8 text\n";
    let found = [
        ("assessment.invalid_level", "/answers/x", None),
        ("assessment.invalid_json", "", Some((2, 0))),
        (
            "(none)",
            "error: cannot read `b.json`: it is not UTF-8 text",
            None,
        ),
    ]
    .map(|(c, p, at): (&str, &str, Option<(u64, u64)>)| {
        (c.to_owned(), p.to_owned(), at.map(|a| a.0), at.map(|a| a.1))
    });
    assert_eq!(errors_on_stderr(stderr, true), found);
    let without: Errors = found
        .iter()
        .cloned()
        .map(|(c, p, ..)| (c, p, None, None))
        .collect();
    assert_eq!(errors_on_stderr(stderr, false), without);
}

/// A scratch directory of this test process.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lhs-cli-corpus-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The codes of the errors `validate --format json` reports for a file, and its exit code.
fn validate_codes(file: &Path) -> (Vec<String>, Option<i32>) {
    let o = run(&["validate", "--format", "json", file.to_str().unwrap()]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or(Value::Null);
    let codes = v[0]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["code"].as_str().unwrap_or("").to_owned())
        .collect();
    (codes, o.status.code())
}

/// The size limit (`MAX_DOCUMENT_BYTES`) to the byte, for JSON and CSV files, with and without
/// a byte order mark (which does not count): at the limit the file is read, one byte more is
/// `assessment.too_large`.
#[test]
fn the_size_limit_to_the_byte_on_the_command_line() {
    let max = lhs_maturity::MAX_DOCUMENT_BYTES;
    let dir = scratch("size");
    let json_of = |size: usize| {
        let (head, tail) = (
            "{\"answers\": {\"inst.info.routine_data\": 2}, \"notes\": \"",
            "\"}",
        );
        format!("{head}{}{tail}", "x".repeat(size - head.len() - tail.len()))
    };
    let csv_of = |size: usize| {
        let (head, tail) = ("unit_id,unit_name,inst.info.routine_data\nk1,", ",2\n");
        format!("{head}{}{tail}", "x".repeat(size - head.len() - tail.len()))
    };
    for bom in ["", "\u{feff}"] {
        for (size, want) in [(max, None), (max + 1, Some("assessment.too_large"))] {
            for (name, text) in [("a.json", json_of(size)), ("a.csv", csv_of(size))] {
                let file = dir.join(name);
                std::fs::write(&file, format!("{bom}{text}")).unwrap();
                let (codes, status) = validate_codes(&file);
                let case = format!("{name} of {size} bytes, bom {}", !bom.is_empty());
                assert_eq!(codes.first().map(String::as_str), want, "{case}");
                assert_eq!(status, Some(i32::from(want.is_some())), "{case}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// 100,000 answers that are not indicators: `validate` prints the first 100 of the errors that
/// `--format json` lists (every one), and counts the rest, in seconds.
#[test]
fn a_hundred_thousand_answers_on_the_command_line() {
    const N: usize = 100_000;
    let dir = scratch("many");
    let file = dir.join("many.json");
    let answers: Vec<String> = (0..N).map(|i| format!("\"q{i}\": 2")).collect();
    // Nothing to warn about but the answers.
    let head = "{\"framework\": {\"id\": \"lhs-2021\", \"version\": \"2.0.0\"}, \"unit\": {\"id\": \"u1\", \"kind\": \"national\"}, \"period\": \"2026\"";
    std::fs::write(
        &file,
        format!("{head}, \"answers\": {{{}}}}}", answers.join(", ")),
    )
    .unwrap();
    let start = std::time::Instant::now();
    let o = run(&["validate", "--format", "json", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let diagnostics = v[0]["diagnostics"].as_array().unwrap();
    assert_eq!(v[0]["errors"], N);
    let errors: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(errors
        .iter()
        .all(|d| d["code"] == "assessment.unknown_indicator"));
    let listed: Vec<&str> = errors.iter().map(|d| d["path"].as_str().unwrap()).collect();
    let o = run(&["validate", file.to_str().unwrap()]);
    let elapsed = start.elapsed();
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    let shown: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("error[assessment.unknown_indicator]"))
        .filter_map(|l| l.split(" at ").nth(1)?.split(':').next())
        .collect();
    // The first 100 problems: the warnings about coverage, then the first errors of the list.
    let warnings = out.lines().filter(|l| l.contains("warning[")).count();
    assert_eq!(
        shown,
        listed[..100 - warnings],
        "the first 100 of the full list"
    );
    assert!(out.contains(" more in "), "{out}");
    assert!(elapsed.as_secs() < 60, "{elapsed:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// 10,000 levels of arrays or objects in a file: `assessment.invalid_json` (or
/// `framework.invalid_json`), exit 1, never a crash.
#[test]
fn ten_thousand_levels_of_nesting_on_the_command_line() {
    const DEPTH: usize = 10_000;
    let dir = scratch("deep");
    let arrays = format!("{}1{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", "{\"a\": ".repeat(DEPTH), "}".repeat(DEPTH));
    for (name, deep) in [("arrays", &arrays), ("objects", &objects)] {
        let file = dir.join(format!("{name}.json"));
        std::fs::write(
            &file,
            format!("{{\"answers\": {{\"inst.info.routine_data\": {deep}}}}}"),
        )
        .unwrap();
        let (codes, status) = validate_codes(&file);
        assert_eq!(
            (codes, status),
            (vec!["assessment.invalid_json".to_owned()], Some(1))
        );
        let o = run(&[
            "--framework",
            file.to_str().unwrap(),
            "framework",
            "show",
            "--format",
            "json",
        ]);
        assert_eq!(o.status.code(), Some(1));
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(err.contains("error[framework.invalid_json]"), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
