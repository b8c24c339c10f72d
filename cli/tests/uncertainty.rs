//! `score --uncertainty` and `report --uncertainty`: the JSON report carries the core's numbers,
//! the Markdown, table and HTML reports show them, the seed and draws are honoured, and the
//! options are refused where they make no sense.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::{err, run, spec_file, temp};
use lhs_maturity::analysis::UncertaintyOptions;
use lhs_maturity::{Framework, ScoreOptions};
use serde_json::{json, Value};
use std::path::Path;

fn stdout(args: &[&str], dir: &Path) -> String {
    let o = run(args, dir);
    assert!(o.status.success(), "{args:?}: {}", err(&o));
    String::from_utf8(o.stdout).unwrap()
}

/// An assessment with every indicator rated 2 at low confidence: too many uncertain answers for
/// the exact method.
fn many_uncertain(dir: &Path) -> String {
    let fw = Framework::builtin();
    let answers: serde_json::Map<String, Value> = fw
        .indicators()
        .iter()
        .map(|i| (i.id.clone(), json!({"level": 2, "confidence": "low"})))
        .collect();
    let doc = json!({"framework": {"id": fw.id(), "version": fw.version()}, "answers": answers});
    let path = dir.join("many.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    path.display().to_string()
}

#[test]
fn the_json_report_carries_the_cores_numbers() {
    let dir = temp("json");
    let file = spec_file("examples", "district-kisumu-east.json");
    let out: Value = serde_json::from_str(&stdout(
        &["score", &file, "--format", "json", "--uncertainty"],
        &dir,
    ))
    .unwrap();
    let fw = Framework::builtin();
    let a = fw.read_path(&file).unwrap();
    let expected = fw
        .score_with_uncertainty(&a, &ScoreOptions::default(), &UncertaintyOptions::default())
        .unwrap();
    let expected = serde_json::to_value(expected.uncertainty.unwrap()).unwrap();
    assert_eq!(out["uncertainty"], expected);
    assert_eq!(out["uncertainty"]["nodes"][0]["id"], "overall");
    // Without the flag, the report has no such member.
    let plain: Value =
        serde_json::from_str(&stdout(&["score", &file, "--format", "json"], &dir)).unwrap();
    assert!(plain.get("uncertainty").is_none());
}

#[test]
fn seed_and_draws_are_honoured_and_recorded() {
    let dir = temp("seed");
    let file = many_uncertain(&dir);
    let args = |seed: &'static str| {
        let text = stdout(
            &[
                "score",
                &file,
                "--format",
                "json",
                "--uncertainty",
                "--draws",
                "500",
                "--seed",
                seed,
            ],
            &dir,
        );
        serde_json::from_str::<Value>(&text).unwrap()["uncertainty"].clone()
    };
    let (a, b, c) = (args("7"), args("7"), args("8"));
    assert_eq!(a["method"], "monte_carlo");
    assert_eq!(
        (a["draws"].as_u64(), a["seed"].as_u64()),
        (Some(500), Some(7))
    );
    assert_eq!(a, b);
    assert_ne!(a["nodes"], c["nodes"]);
    let se = a["nodes"][0]["independent"]["std_error"].as_f64().unwrap();
    assert!(se > 0.0 && se < 0.1, "{se}");
}

#[test]
fn markdown_table_and_html_show_it() {
    let dir = temp("shown");
    let file = spec_file("examples", "district-kisumu-east.json");
    let md = stdout(
        &["score", &file, "--format", "markdown", "--uncertainty"],
        &dir,
    );
    assert!(md.contains("## How sure the scores are"), "{md}");
    assert!(md.contains("with probability"));
    assert!(md.contains("| 90% interval |"));
    let table = stdout(&["score", &file, "--uncertainty"], &dir);
    assert!(table.contains("How sure the scores are"));
    assert!(table.contains("the overall level is"));
    let fr = stdout(&["--lang", "fr", "score", &file, "--uncertainty"], &dir);
    assert!(fr.contains("Degré de certitude des scores"), "{fr}");
    let html_path = dir.join("r.html");
    let html_out = html_path.display().to_string();
    stdout(&["report", &file, "--uncertainty", "-o", &html_out], &dir);
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.contains("<section id=\"uncertainty\">"));
    assert!(html.contains("<g class=\"intervals\""));
    assert!(html.contains("90% interval"));
    let plain = stdout(&["report", &file], &dir);
    assert!(!plain.contains("id=\"uncertainty\"") && !plain.contains("class=\"intervals\""));
}

#[test]
fn an_option_implies_the_flag_and_refused_values_are_the_cores() {
    let dir = temp("refused");
    let file = spec_file("examples", "district-kisumu-east.json");
    let text = stdout(
        &["score", &file, "--format", "json", "--draws", "100"],
        &dir,
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["uncertainty"]["draws"], 100);
    // Every refused value at once, with the codes and places of Python and JavaScript.
    let o = run(
        &[
            "score",
            &file,
            "--draws",
            "0",
            "--seed",
            "-1",
            "--max-exact",
            "-2",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(1));
    let e = err(&o);
    assert!(e.contains("error[input.invalid_option] at /seed"), "{e}");
    assert!(
        e.contains("error[input.invalid_option] at /max_exact"),
        "{e}"
    );
    let o = run(&["uncertainty", &file, "--draws", "0"], &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("error[input.invalid_uncertainty_option] at /draws"));
    let o = run(&["score", &file, "--draws", "many"], &dir);
    assert_eq!(o.status.code(), Some(2), "a usage error");
}

#[test]
fn the_uncertainty_command_in_every_format() {
    let dir = temp("command");
    let file = spec_file("examples", "district-kisumu-east.json");
    let fw = Framework::builtin();
    let a = fw.read_path(&file).unwrap();
    let options = UncertaintyOptions {
        draws: 400,
        seed: 9,
        ..UncertaintyOptions::default()
    };
    let expected = fw.uncertainty(&a, &options).unwrap();
    let args = ["--draws", "400", "--seed", "9"];
    let json: Value = serde_json::from_str(&stdout(
        &[&["uncertainty", &file, "--format", "json"][..], &args].concat(),
        &dir,
    ))
    .unwrap();
    assert_eq!(json, serde_json::to_value(&expected).unwrap());
    let csv = stdout(
        &[&["uncertainty", &file, "--format", "csv"][..], &args].concat(),
        &dir,
    );
    assert_eq!(csv, expected.table().to_csv());
    assert!(csv.starts_with("node,errors,score,level,mean,interval_low,interval_high,std_error,"));
    assert_eq!(csv.lines().count(), 1 + 2 * expected.nodes.len());
    let md = stdout(
        &[&["uncertainty", &file, "--format", "markdown"][..], &args].concat(),
        &dir,
    );
    assert!(md.starts_with("## How sure the scores are"), "{md}");
    let table = stdout(&[&["uncertainty", &file][..], &args].concat(), &dir);
    assert!(
        table.contains("Computed from 400 random draws (seed 9)"),
        "{table}"
    );
    assert!(table.contains("90% interval"));
    // A model file: its chances are used and recorded.
    let model = dir.join("model.json");
    std::fs::write(&model, r#"{"low": {"same": 0.6, "next": 0.2}}"#).unwrap();
    let m = model.display().to_string();
    let json: Value = serde_json::from_str(&stdout(
        &["uncertainty", &file, "--format", "json", "--model", &m],
        &dir,
    ))
    .unwrap();
    assert_eq!(json["model"]["low"]["same"], 0.6);
    std::fs::write(&model, r#"{"low": "#).unwrap();
    let o = run(&["uncertainty", &file, "--model", &m], &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("model.json"), "{}", err(&o));
}
