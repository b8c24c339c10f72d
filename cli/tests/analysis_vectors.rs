//! Runs every case of `spec/vectors/analysis/` through the built `lhs-maturity` binary (format in
//! `spec/vectors/README.md`): the inputs are written to files in a temporary directory, the
//! command runs with `--format json`, and its output is compared with the case as the other
//! runners compare theirs. An error case expects exit status 1 and, for every expected
//! diagnostic, a line `<input file>: error[<code>] at <path in that file>` on standard error.
//! Cases listed in `spec/vectors/xfail/analysis-cli.txt` must fail; one that passes fails the
//! run.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.json` file below `dir`, as paths relative to `spec/vectors/`, sorted.
fn cases(dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            cases(&p, out);
        } else if p.extension().is_some_and(|x| x == "json") {
            let rel = p.strip_prefix(root().join("spec/vectors")).unwrap();
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The expected failures: one case per line, an optional `# reason` after it.
fn xfail() -> Vec<(String, String)> {
    std::fs::read_to_string(root().join("spec/vectors/xfail/analysis-cli.txt"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (case, reason) = l.split_once('#').unwrap_or((l, ""));
            (!case.trim().is_empty()).then(|| (case.trim().to_owned(), reason.trim().to_owned()))
        })
        .collect()
}

/// The partial match of `spec/vectors/README.md` (as `tests/lib.rs`).
fn partial_match(expected: &Value, actual: &Value, tol: f64, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => partial_match(ev, av, tol, &format!("{path}/{k}"), out),
                    None => out.push(format!("{path}/{k}: missing in the actual value")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                partial_match(ev, av, tol, &format!("{path}/{i}"), out);
            }
        }
        (Value::Array(e), Value::Array(a)) => out.push(format!(
            "{path}: expected {} elements, found {}",
            e.len(),
            a.len()
        )),
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (e.as_f64().unwrap(), a.as_f64().unwrap());
            if (e - a).abs() > tol || e.is_nan() || a.is_nan() {
                out.push(format!("{path}: expected {e}, found {a}"));
            }
        }
        (e, a) if e == a => {}
        (e, a) => out.push(format!("{path}: expected {e}, found {a}")),
    }
}

/// A fresh directory for one case, removed afterwards.
struct Tmp(PathBuf);

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p.to_string_lossy().into_owned()
}

/// The arguments that choose a framework: none for the latest built-in, a version of the
/// built-in, or a framework file.
fn framework_args(dir: &Path, spec: &Value, name: &str) -> Vec<String> {
    match spec {
        Value::String(s) if s == "builtin" => vec![],
        Value::String(s) => vec![
            "--framework-version".into(),
            s.trim_start_matches("builtin@").into(),
        ],
        other => vec!["--framework".into(), write(dir, name, other)],
    }
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[String]) -> Run {
    let o = Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    Run {
        status: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Runs one case: `Ok(output JSON)` or `Err(run)` when the command did not succeed.
fn run_case(dir: &Path, case: &Value) -> Result<Value, Run> {
    let o = &case["options"];
    let analysis = case["analysis"].as_str().unwrap();
    if analysis == "uncertainty" {
        return run_uncertainty(dir, case);
    }
    if analysis == "robustness" {
        return run_robustness(dir, case);
    }
    let inputs = case["inputs"].as_array().unwrap();
    let mut files: Vec<String> = inputs
        .iter()
        .enumerate()
        .map(|(i, v)| write(dir, &format!("in{i}.json"), v))
        .collect();
    let mut common = framework_args(dir, &case["framework"], "framework.json");
    if let Some(u) = o["score"]["unknown"].as_str() {
        common.extend(["--unknown".into(), u.into()]);
    }
    // Inputs of their own frameworks: scored to report files first, as a user would.
    if let Some(fws) = case["input_frameworks"].as_array() {
        for (i, spec) in fws.iter().enumerate() {
            let report = dir
                .join(format!("report{i}.json"))
                .to_string_lossy()
                .into_owned();
            let mut args: Vec<String> = vec!["score".into(), files[i].clone()];
            args.extend(framework_args(dir, spec, &format!("framework{i}.json")));
            if let Some(u) = o["score"]["unknown"].as_str() {
                args.extend(["--unknown".into(), u.into()]);
            }
            args.extend([
                "--format".into(),
                "json".into(),
                "-o".into(),
                report.clone(),
            ]);
            let r = run(dir, &args);
            if r.status != 0 {
                return Err(r);
            }
            files[i] = report;
        }
        common.clear();
    }
    let command = match analysis {
        "agreement" | "pool_bootstrap" => "pool",
        other => other,
    };
    let mut args: Vec<String> = vec![command.into()];
    args.extend(files);
    args.extend(common);
    args.extend(["--format".into(), "json".into()]);
    match analysis {
        "pool" => {
            if let Some(m) = o["method"].as_str() {
                args.extend(["--method".into(), m.into()]);
            }
            if o["allow_mismatch"].as_bool() == Some(true) {
                args.push("--allow-mismatch".into());
            }
            if o["consensus"].is_object() {
                args.extend([
                    "--consensus".into(),
                    write(dir, "consensus.json", &o["consensus"]),
                ]);
            }
        }
        "agreement" => args.push("--allow-mismatch".into()),
        "pool_bootstrap" => {
            args.push("--bootstrap".into());
            let p = &o["pool"];
            if let Some(m) = p["method"].as_str() {
                args.extend(["--method".into(), m.into()]);
            }
            if p["allow_mismatch"].as_bool() == Some(true) {
                args.push("--allow-mismatch".into());
            }
            if p["consensus"].is_object() {
                args.extend([
                    "--consensus".into(),
                    write(dir, "consensus.json", &p["consensus"]),
                ]);
            }
            for key in ["resamples", "seed", "level"] {
                if let Some(v) = o.get(key) {
                    args.extend([format!("--{key}"), v.to_string()]);
                }
            }
        }
        "cohort" => {
            if o["sample"].as_bool() == Some(true) {
                args.push("--sample".into());
                for key in ["resamples", "seed"] {
                    if let Some(v) = o.get(key) {
                        args.extend([format!("--{key}"), v.to_string()]);
                    }
                }
            }
            if let Some(g) = o["group_by"].as_str() {
                args.extend(["--group-by".into(), g.into()]);
            }
            if let Some(n) = o["min_group"].as_u64() {
                args.extend(["--min-group".into(), n.to_string()]);
            }
            if o["ranks"].as_bool() == Some(true) {
                args.push("--ranks".into());
            }
        }
        _ => {}
    }
    let r = run(dir, &args);
    if r.status != 0 {
        return Err(r);
    }
    let out: Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: the output is not JSON ({e}):\n{}", r.stdout));
    Ok(if analysis == "agreement" {
        out["agreement"].clone()
    } else {
        out
    })
}

/// Where the command line shows a diagnostic of the core's path `path`: the input file (`in<i>`,
/// or `report<i>` for inputs scored first) and the path inside it for `/<i>/...`; the consensus
/// file for `/consensus/...`; else no file and the path itself.
fn located(path: &str, scored_first: bool) -> (Option<String>, String) {
    let mut parts = path.splitn(3, '/');
    let (_, first, rest) = (parts.next(), parts.next(), parts.next());
    let rest = rest.map_or_else(String::new, |r| format!("/{r}"));
    match first {
        Some("consensus") => (Some("consensus.json".to_owned()), rest),
        Some(i) if i.parse::<usize>().is_ok() => {
            let stem = if scored_first { "report" } else { "in" };
            (Some(format!("{stem}{i}.json")), rest)
        }
        _ => (None, path.to_owned()),
    }
}

/// An `uncertainty` case: `lhs-maturity uncertainty` on its assessment, with its options as
/// flags (`=` so that a negative number reaches the core) and its model as a file.
fn run_uncertainty(dir: &Path, case: &Value) -> Result<Value, Run> {
    let o = &case["options"];
    let mut args = vec![
        "uncertainty".to_owned(),
        write(dir, "in0.json", &case["assessment"]),
    ];
    args.extend(framework_args(dir, &case["framework"], "framework.json"));
    for (key, flag) in [
        ("draws", "--draws"),
        ("seed", "--seed"),
        ("max_exact", "--max-exact"),
    ] {
        if let Some(n) = o.get(key) {
            args.push(format!("{flag}={n}"));
        }
    }
    if let Some(u) = o["unknown"].as_str() {
        args.extend(["--unknown".into(), u.into()]);
    }
    if o["model"].is_object() {
        args.extend(["--model".into(), write(dir, "model.json", &o["model"])]);
    }
    args.extend(["--format".into(), "json".into()]);
    let r = run(dir, &args);
    if r.status != 0 {
        return Err(r);
    }
    Ok(serde_json::from_str(&r.stdout).unwrap())
}

/// A `robustness` case: `lhs-maturity robustness` on its inputs (each labelled by its unit, as
/// the command does when every input names one), with its options as flags; an option without
/// a flag (`weights_model`) is passed as `--weights-model` all the same.
fn run_robustness(dir: &Path, case: &Value) -> Result<Value, Run> {
    let mut args = vec!["robustness".to_owned()];
    for (i, v) in case["inputs"].as_array().unwrap().iter().enumerate() {
        args.push(write(dir, &format!("in{i}.json"), v));
    }
    args.extend(framework_args(dir, &case["framework"], "framework.json"));
    for (key, value) in case["options"].as_object().into_iter().flatten() {
        match (key.as_str(), value) {
            ("aggregation_nodes", Value::Array(nodes)) => args.extend(
                nodes
                    .iter()
                    .map(|n| format!("--vary-aggregation={}", n.as_str().unwrap())),
            ),
            ("pairs", Value::Array(pairs)) => args.extend(pairs.iter().map(|p| {
                format!(
                    "--pair={},{}",
                    p[0].as_str().unwrap(),
                    p[1].as_str().unwrap()
                )
            })),
            ("missing" | "rating", Value::Bool(on)) => {
                if !on {
                    args.push(format!("--no-{key}"));
                }
            }
            ("publishable", Value::Bool(on)) => {
                if !on {
                    args.push("--ranks".into());
                }
            }
            (_, Value::String(s)) => args.push(format!("--{}={s}", key.replace('_', "-"))),
            _ => args.push(format!("--{}={value}", key.replace('_', "-"))),
        }
    }
    args.extend(["--format".into(), "json".into()]);
    let r = run(dir, &args);
    if r.status != 0 {
        return Err(r);
    }
    Ok(serde_json::from_str(&r.stdout).unwrap())
}

fn problems_of(dir: &Path, case: &Value) -> Vec<String> {
    let tol = case["tolerance"].as_f64().unwrap_or(1e-9);
    // The uncertainty cases name their result `uncertainty`.
    let result = match &case["expect"]["uncertainty"] {
        Value::Null => &case["expect"]["result"],
        u => u,
    };
    let error = &case["expect"]["error"];
    let mut problems = Vec::new();
    match (result.is_null(), error.is_null(), run_case(dir, case)) {
        (false, true, Ok(out)) => partial_match(result, &out, tol, "result", &mut problems),
        (false, true, Err(r)) => problems.push(format!(
            "expected a result, the command exited with {}:\n{}",
            r.status, r.stderr
        )),
        (true, false, Ok(_)) => problems.push("expected an error, the command succeeded".into()),
        (true, false, Err(r)) => {
            if r.status != 1 {
                problems.push(format!("expected exit status 1, found {}", r.status));
            }
            for d in error["details"].as_array().into_iter().flatten() {
                let code = d["code"].as_str().unwrap();
                let (file, at) = located(
                    d["path"].as_str().unwrap(),
                    case["input_frameworks"].is_array(),
                );
                let shown = r.stderr.lines().any(|l| {
                    l.contains(&format!("error[{code}]"))
                        && file.as_ref().is_none_or(|f| l.contains(&format!("/{f}: ")))
                        && (at.is_empty() || l.contains(&format!(" at {at}")))
                });
                if !shown {
                    problems.push(format!(
                        "standard error does not show {code} at {} {at}:\n{}",
                        file.as_deref().unwrap_or("-"),
                        r.stderr
                    ));
                }
            }
        }
        _ => problems.push("the case must expect exactly one of a result and an error".into()),
    }
    problems
}

#[test]
fn every_analysis_vector_passes_on_the_command_line() {
    let mut names = Vec::new();
    cases(&root().join("spec/vectors/analysis"), &mut names);
    names.sort();
    assert!(names.len() >= 50, "spec/vectors/analysis looks incomplete");
    let xfail = xfail();
    for (name, reason) in &xfail {
        assert!(
            names.contains(name),
            "xfail/analysis-cli.txt lists `{name}`, which is no case"
        );
        assert!(
            !reason.is_empty(),
            "xfail/analysis-cli.txt: `{name}` says no reason"
        );
    }
    let mut failures = Vec::new();
    for (n, name) in names.iter().enumerate() {
        let case: Value = serde_json::from_str(
            &std::fs::read_to_string(root().join("spec/vectors").join(name)).unwrap(),
        )
        .unwrap();
        let dir = std::env::temp_dir().join(format!("lhs-cli-vectors-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let tmp = Tmp(dir);
        let problems = problems_of(&tmp.0, &case);
        match (problems.is_empty(), xfail.iter().any(|(x, _)| x == name)) {
            (true, false) | (false, true) => {}
            (true, true) => failures.push(format!(
                "{name}: listed in xfail/analysis-cli.txt but passes"
            )),
            (false, false) => failures.push(format!("{name}:\n    {}", problems.join("\n    "))),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} analysis vector(s) failed on the command line:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
