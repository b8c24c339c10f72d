//! Runs every case of `spec/vectors/analysis/` against the core (format in
//! `spec/vectors/README.md`, "Analysis cases"; `uncertainty` cases read one `assessment` and
//! expect `uncertainty`; `robustness` cases label each input by its unit, as every surface
//! does). Cases listed in
//! `spec/vectors/xfail/analysis-rust.txt` must fail; one that passes fails the run.

use lhs_maturity::analysis::{
    self, BootstrapOptions, CohortOptions, PoolOptions, RobustnessOptions, UncertaintyOptions,
};
use lhs_maturity::{Assessment, Error, Framework, Report, ScoreOptions};
use lhs_maturity_conformance::{json_files, partial_match, repo_root};
use serde_json::{json, Value};

/// The error as the vectors compare it; every path prefixed with `prefix` (an input's
/// position, for an error of one input that the core reports about that input alone).
fn error_value(e: &Error, prefix: &str) -> Value {
    let info = e.info();
    json!({
        "kind": serde_json::to_value(info.kind).unwrap(),
        "code": info.code,
        "path": format!("{prefix}{}", info.path),
        "details": info.details.iter()
            .map(|d| json!({"code": d.code, "path": format!("{prefix}{}", d.path)}))
            .collect::<Vec<_>>(),
    })
}

fn framework_of(spec: &Value) -> Result<Framework, Value> {
    match spec {
        Value::String(s) if s == "builtin" => Ok(Framework::builtin()),
        Value::String(s) if s.starts_with("builtin@") => {
            Framework::builtin_version(&s["builtin@".len()..]).map_err(|e| error_value(&e, ""))
        }
        other => Framework::from_value(other).map_err(|e| error_value(&e, "")),
    }
}

fn inputs(case: &Value) -> &[Value] {
    case["inputs"].as_array().map_or(&[], Vec::as_slice)
}

/// The inputs read as assessments and checked against the framework, every problem of every
/// input at once, located at its position (`Framework::check_list`, as the bindings read them).
fn assessments(fw: &Framework, case: &Value) -> Result<Vec<Assessment>, Value> {
    let read = inputs(case).iter().map(Assessment::from_value).collect();
    fw.check_list(read).map_err(|(_, e)| error_value(&e, ""))
}

/// The inputs scored, each with its framework (`input_frameworks`, else the case's) and the
/// scoring options of `options.score`.
fn reports(case: &Value) -> Result<Vec<Report>, Value> {
    let mut options = ScoreOptions::default();
    if let Some(u) = case["options"]["score"]["unknown"].as_str() {
        options.unknown = u.parse().map_err(|e| error_value(&e, ""))?;
    }
    let default = framework_of(&case["framework"])?;
    inputs(case)
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let fw = match case["input_frameworks"].get(i) {
                Some(spec) => framework_of(spec)?,
                None => default.clone(),
            };
            fw.score_value_with(v, &options)
                .map_err(|e| error_value(&e, &format!("/{i}")))
        })
        .collect()
}

fn to_value<T: serde::Serialize>(r: Result<T, Error>) -> Result<Value, Value> {
    r.map(|x| serde_json::to_value(&x).unwrap())
        .map_err(|e| error_value(&e, ""))
}

fn run_case(case: &Value) -> Result<Value, Value> {
    let options = &case["options"];
    match case["analysis"].as_str().unwrap_or_default() {
        "pool" => {
            let mut opts = options.clone();
            if let Value::Object(m) = &mut opts {
                m.remove("score");
            }
            let opts: PoolOptions =
                serde_json::from_value(if opts.is_null() { json!({}) } else { opts })
                    .map_err(|e| json!({"runner": e.to_string()}))?;
            let fw = framework_of(&case["framework"])?;
            to_value(fw.pool(&assessments(&fw, case)?, &opts))
        }
        "pool_bootstrap" => {
            let opts: BootstrapOptions = serde_json::from_value(if options.is_null() {
                json!({})
            } else {
                options.clone()
            })
            .map_err(|e| json!({"runner": e.to_string()}))?;
            let fw = framework_of(&case["framework"])?;
            to_value(fw.pool_bootstrap(&assessments(&fw, case)?, &opts))
        }
        "agreement" => {
            let fw = framework_of(&case["framework"])?;
            to_value(fw.agreement(&assessments(&fw, case)?))
        }
        "compare" => {
            let r = reports(case)?;
            match r.as_slice() {
                [before, after] => {
                    Ok(serde_json::to_value(analysis::compare(before, after)).unwrap())
                }
                _ => Err(json!({"runner": "compare takes two inputs"})),
            }
        }
        "series" => to_value(analysis::series(&reports(case)?)),
        "cohort" => {
            let opts = CohortOptions {
                group_by: options["group_by"].as_str().map(str::to_owned),
                min_group: options["min_group"]
                    .as_u64()
                    .map_or(analysis::DEFAULT_MIN_GROUP, |n| n as usize),
                sample: options["sample"].as_bool().unwrap_or(false),
                resamples: options["resamples"].as_u64().map_or(1000, |n| n as usize),
                seed: options["seed"].as_u64().unwrap_or(2021),
            };
            let ranks = options["ranks"].as_bool().unwrap_or(false);
            to_value(analysis::cohort(&reports(case)?, &opts).map(|c| {
                if ranks {
                    c
                } else {
                    c.publishable()
                }
            }))
        }
        "reliability" => to_value(analysis::reliability(&reports(case)?)),
        "uncertainty" => {
            // The options object as a binding reads it, `unknown` aside (a scoring option).
            let mut opts = if options.is_null() {
                json!({})
            } else {
                options.clone()
            };
            let unknown = match &mut opts {
                Value::Object(m) => m.remove("unknown"),
                _ => None,
            };
            let mut opts =
                UncertaintyOptions::from_options(&opts, false).map_err(|e| error_value(&e, ""))?;
            if let Some(u) = unknown {
                opts.unknown = u
                    .as_str()
                    .unwrap_or_default()
                    .parse()
                    .map_err(|e| error_value(&e, ""))?;
            }
            let fw = framework_of(&case["framework"])?;
            let a = Assessment::from_value(&case["assessment"]).map_err(|e| error_value(&e, ""))?;
            to_value(fw.uncertainty(&a, &opts))
        }
        "robustness" => {
            // The options as a binding reads them; the labels as the bindings give them.
            let opts =
                RobustnessOptions::from_options(options, false).map_err(|e| error_value(&e, ""))?;
            let fw = framework_of(&case["framework"])?;
            let list = assessments(&fw, case)?;
            let labels = analysis::unit_labels(&list)
                .unwrap_or_else(|| (0..list.len()).map(|i| i.to_string()).collect());
            let units: Vec<(String, Assessment)> = labels.into_iter().zip(list).collect();
            to_value(fw.robustness(&units, &opts))
        }
        other => Err(json!({"runner": format!("unknown analysis `{other}`")})),
    }
}

/// The expected failures of a runner: one case per line (relative to `spec/vectors/`), an
/// optional `# reason` after it.
pub fn xfail_list(name: &str) -> Vec<String> {
    std::fs::read_to_string(repo_root().join("spec/vectors/xfail").join(name))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_analysis_vector_passes() {
    let root = repo_root().join("spec/vectors/analysis");
    let xfail = xfail_list("analysis-rust.txt");
    let files = json_files(&root);
    assert!(
        files.len() >= 50,
        "spec/vectors/analysis looks incomplete: {} cases",
        files.len()
    );
    let names: Vec<String> = files
        .iter()
        .map(|p| format!("analysis/{}", p.to_string_lossy().replace('\\', "/")))
        .collect();
    for x in &xfail {
        assert!(
            names.contains(x),
            "xfail/analysis-rust.txt lists `{x}`, which is no case"
        );
    }
    let mut failures = Vec::new();
    let mut passed = 0;
    for (rel, name) in files.iter().zip(&names) {
        let text = std::fs::read_to_string(root.join(rel)).unwrap();
        let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let tol = case["tolerance"].as_f64().unwrap_or(1e-9);
        let mut problems = Vec::new();
        // `uncertainty` cases name their result `uncertainty`.
        let expected = match &case["expect"]["uncertainty"] {
            Value::Null => &case["expect"]["result"],
            u => u,
        };
        match (expected, &case["expect"]["error"], run_case(&case)) {
            (Value::Null, Value::Null, _) => {
                problems.push("the case expects neither a result nor an error".to_owned())
            }
            (exp, Value::Null, Ok(result)) => {
                partial_match(exp, &result, tol, "result", &mut problems)
            }
            (_, Value::Null, Err(err)) => {
                problems.push(format!("expected a result, got the error {err}"))
            }
            (Value::Null, exp, Err(err)) => partial_match(exp, &err, 0.0, "error", &mut problems),
            (_, _, Ok(_)) => problems.push("expected an error, got a result".to_owned()),
            (_, _, Err(_)) => {
                problems.push("the case expects both a result and an error".to_owned())
            }
        }
        match (problems.is_empty(), xfail.contains(name)) {
            (true, false) | (false, true) => passed += 1,
            (true, true) => failures.push(format!(
                "{name}: listed in xfail/analysis-rust.txt but passes"
            )),
            (false, false) => failures.push(format!("{name}:\n    {}", problems.join("\n    "))),
        }
    }
    eprintln!(
        "{passed} of {} analysis vectors behaved as expected",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{} analysis vector(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
