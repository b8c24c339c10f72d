//! A document with thousands of problems: `validate` and `score` print the first 100 and count
//! the rest; `validate --format json` lists every one, in the same order.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::{json, Map, Value};
use std::process::{Command, Output};

const BAD: usize = 20_000;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

/// An assessment whose answers are `Q1`..`Q{BAD}` (none an indicator of the framework).
fn bad_file(name: &str) -> String {
    let answers: Map<String, Value> = (1..=BAD)
        .map(|i| (format!("Q{i}"), json!({"level": 2})))
        .collect();
    let doc = json!({
        "framework": {"id": "lhs-2021", "version": "2.0.0"},
        "unit": {"id": "u1", "kind": "national"},
        "period": "2026",
        "answers": answers,
    });
    let path = std::env::temp_dir().join(format!("lhs-many-{}-{name}.json", std::process::id()));
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The `/answers/…` paths of the printed `error[assessment.unknown_indicator]` lines.
fn printed_paths(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.contains("error[assessment.unknown_indicator]"))
        .filter_map(|l| l.split(" at ").nth(1)?.split(':').next())
        .collect()
}

/// The paths of every `assessment.unknown_indicator` of `validate --format json`, checked to be
/// each of `Q1`..`Q{BAD}` once.
fn every_path(file: &str) -> Vec<String> {
    let o = run(&["validate", "--format", "json", file]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["errors"], json!(BAD));
    let paths: Vec<String> = v[0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "assessment.unknown_indicator")
        .map(|d| d["path"].as_str().unwrap().to_owned())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    let mut expected: Vec<String> = (1..=BAD).map(|i| format!("/answers/Q{i}")).collect();
    expected.sort();
    assert_eq!(sorted, expected, "every bad answer once");
    paths
}

fn more_line(rest: usize, file: &str) -> String {
    format!(
        "… and {} more in {file}: `lhs-maturity validate --format json` lists every one",
        grouped(rest)
    )
}

#[test]
fn validate_prints_the_first_100_problems_and_counts_the_rest() {
    let file = bad_file("validate");
    let every = every_path(&file);
    let o = run(&["validate", &file]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout).unwrap();
    let first = out.lines().next().unwrap();
    assert!(first.contains("invalid (20,000 errors, "), "{first}");
    let warnings: usize = first
        .split(", ")
        .nth(1)
        .and_then(|w| w.split(' ').next())
        .map_or(0, |w| w.parse().unwrap());
    let paths = printed_paths(&out);
    assert_eq!(paths.len(), 100, "no warning comes before the answers");
    assert_eq!(paths, every[..100], "the first 100 of the full list");
    assert_eq!(paths[0], "/answers/Q1");
    assert_eq!(
        out.lines().last().unwrap().trim(),
        more_line(BAD + warnings - 100, &file)
    );
    assert_eq!(every.last().unwrap(), "/answers/Q9999");
    let _ = std::fs::remove_file(&file);
}

#[test]
fn score_prints_the_first_100_problems_and_counts_the_rest() {
    let file = bad_file("score");
    let every = every_path(&file);
    let o = run(&["score", &file]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    let paths = printed_paths(&err);
    assert_eq!(paths, every[..100], "the first 100 of validate's list");
    assert_eq!(err.lines().last().unwrap(), more_line(BAD - 100, &file));
    let _ = std::fs::remove_file(&file);
}

/// `n` with a comma every three digits, as the English messages write counts.
fn grouped(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
