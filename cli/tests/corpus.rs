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
//!   as JSON and exit 0, or exit 1 and its `error[<code>] at <path>` lines on stderr).
//!
//! A (case, way) the command gets wrong must be listed in `tests/corpus/exceptions/cli.txt`
//! with the reason; a listed one that passes fails the run, so no case is skipped in silence.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

type Errors = Vec<(String, String)>;

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

fn ways_of(case: &str) -> &'static [&'static str] {
    if case.starts_with("framework/") {
        &FRAMEWORK_WAYS
    } else {
        &ASSESSMENT_WAYS
    }
}

/// The errors written on stderr, one per `error[<code>]` line (`<file>[:<line>:<column>]:
/// error[<code>] at <path>: <message>`, no ` at <path>` for the whole document); a line that
/// starts an error without a code is an error with the code `(none)` and the line as its path.
fn errors_on_stderr(stderr: &str) -> Errors {
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
                Some((code.to_owned(), path.to_owned()))
            } else if l.starts_with("error") {
                Some(("(none)".to_owned(), l.to_owned()))
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
            .map(|d| (d["code"].as_str(), d["path"].as_str()))
            .map(|(c, p)| (c.unwrap_or("").to_owned(), p.unwrap_or("").to_owned()))
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
        let errors = errors_on_stderr(&stderr);
        if !errors.is_empty() {
            return Err(format!("exit 0 with errors on stderr: {stderr}"));
        }
        errors
    } else {
        if !stdout.is_empty() {
            return Err(format!("exit {status:?} with an output: {stdout}"));
        }
        errors_on_stderr(&stderr)
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
        let want: Errors = exp["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| (e["code"].as_str().unwrap(), e["path"].as_str().unwrap()))
                    .map(|(c, p)| (c.to_owned(), p.to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        for way in ways_of(case) {
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
    assert!(runs >= 60, "the corpus looks incomplete: {runs} runs");
    assert!(listed.is_empty(), "listed but never run: {listed:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn stderr_errors_are_read_with_their_code_and_path() {
    let stderr = "a.json: error[assessment.invalid_level] at /answers/x: the level 2.5 is not a whole number\n    help: levels are whole numbers\nwarning[assessment.no_unit_kind]: no kind\na.json:2:0: error[assessment.invalid_json]: ends early\nerror: cannot read `b.json`: it is not UTF-8 text\n";
    assert_eq!(
        errors_on_stderr(stderr),
        [
            ("assessment.invalid_level", "/answers/x"),
            ("assessment.invalid_json", ""),
            (
                "(none)",
                "error: cannot read `b.json`: it is not UTF-8 text"
            ),
        ]
        .map(|(c, p)| (c.to_owned(), p.to_owned()))
    );
}
