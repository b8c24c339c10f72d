//! Runs every case of `spec/vectors/` against the core (see `spec/vectors/README.md`).

use lhs_maturity::{Error, Framework, ScoreOptions};
use lhs_maturity_conformance::{json_files, partial_match, repo_root};
use serde_json::{json, Value};

fn error_value(e: &Error) -> Value {
    let info = e.info();
    json!({
        "kind": serde_json::to_value(info.kind).unwrap(),
        "code": info.code,
        "path": info.path,
        "details": info.details.iter().map(|d| json!({"code": d.code, "path": d.path})).collect::<Vec<_>>(),
    })
}

fn run_case(case: &Value) -> Result<Value, Value> {
    let framework = match &case["framework"] {
        Value::String(s) if s == "builtin" => Framework::builtin(),
        Value::String(s) if s.starts_with("builtin@") => {
            Framework::builtin_version(&s["builtin@".len()..]).map_err(|e| error_value(&e))?
        }
        other => Framework::from_value(other).map_err(|e| error_value(&e))?,
    };
    let mut options = ScoreOptions::default();
    if let Some(t) = case["options"]["default_target"].as_u64() {
        options.default_target = Some(t as u32);
    }
    if let Some(u) = case["options"]["unknown"].as_str() {
        options.unknown = u.parse().map_err(|e| error_value(&e))?;
    }
    let report = match case["assessment_text"].as_str() {
        Some(text) => framework.score_json_with(text, &options),
        None => framework.score_value_with(&case["assessment"], &options),
    };
    report
        .map(|r| serde_json::to_value(&r).unwrap())
        .map_err(|e| error_value(&e))
}

#[test]
fn every_vector_passes() {
    let root = repo_root().join("spec/vectors");
    let xfail: Vec<String> = std::fs::read_to_string(root.join("xfail/rust.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.trim().to_owned())
        .collect();
    // spec/vectors/analysis/ has its own format and runner (tests/tests/analysis_vectors.rs).
    let files: Vec<_> = json_files(&root)
        .into_iter()
        .filter(|p| !p.starts_with("analysis"))
        .collect();
    assert!(!files.is_empty(), "no vectors found in {}", root.display());
    let mut failures = Vec::new();
    let mut passed = 0;
    for rel in &files {
        let name = rel.to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(root.join(rel)).unwrap();
        let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let tol = case["tolerance"].as_f64().unwrap_or(1e-9);
        let mut problems = Vec::new();
        match (
            &case["expect"]["report"],
            &case["expect"]["error"],
            run_case(&case),
        ) {
            (Value::Null, Value::Null, _) => {
                problems.push("the case expects neither a report nor an error".to_owned())
            }
            (exp, Value::Null, Ok(report)) => {
                partial_match(exp, &report, tol, "report", &mut problems)
            }
            (_, Value::Null, Err(err)) => {
                problems.push(format!("expected a report, got the error {err}"))
            }
            (Value::Null, exp, Err(err)) => partial_match(exp, &err, 0.0, "error", &mut problems),
            (_, _, Ok(_)) => problems.push("expected an error, got a report".to_owned()),
            (_, _, Err(_)) => {
                problems.push("the case expects both a report and an error".to_owned())
            }
        }
        let expected_to_fail = xfail.contains(&name);
        match (problems.is_empty(), expected_to_fail) {
            (true, false) => passed += 1,
            (false, true) => passed += 1,
            (true, true) => failures.push(format!("{name}: listed in xfail/rust.txt but passes")),
            (false, false) => failures.push(format!("{name}:\n    {}", problems.join("\n    "))),
        }
    }
    eprintln!("{passed} of {} vectors passed", files.len());
    assert!(
        failures.is_empty(),
        "{} vector(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
