//! `pool --bootstrap` and `cohort --sample` on the built binary: the numbers are the library's
//! (`Framework::pool_bootstrap`, `analysis::cohort`), the formats and the messages the command's.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::analysis::{self, BootstrapOptions, CohortOptions, PoolBootstrap};
use lhs_maturity::{Assessment, Framework};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh, empty directory for one test, removed when the test ends.
struct Tmp(PathBuf);

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tmp(name: &str) -> Tmp {
    let d = std::env::temp_dir().join(format!("lhs-cli-boot-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Tmp(d)
}

fn run(args: &[String]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn ok(args: &[String]) -> String {
    let o = run(args);
    let (out, err) = (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    );
    assert_eq!(o.status.code(), Some(0), "{args:?}\n{out}\n{err}");
    out
}

fn args(list: &[&str], files: &[PathBuf]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|s| (*s).to_owned()).collect();
    v.extend(files.iter().map(|p| p.to_str().unwrap().to_owned()));
    v
}

/// `n` respondents of unit `u`, respondent `i` answering `i % 5` and `(3 i) % 5`.
fn team(d: &Path, n: usize) -> (Vec<PathBuf>, Vec<Assessment>) {
    (0..n)
        .map(|i| {
            let doc = json!({
                "framework": {"id": "lhs-2021", "version": "2.0.0"},
                "unit": {"id": "u"}, "period": "2026", "respondent": {"id": format!("r{i}")},
                "answers": {"inst.info.routine_data": i % 5, "cond.fin.learning_budget": (3 * i) % 5}
            })
            .to_string();
            let path = d.join(format!("r{i:02}.json"));
            std::fs::write(&path, &doc).unwrap();
            (path, Assessment::from_json(&doc).unwrap())
        })
        .unzip()
}

#[test]
fn pool_bootstrap_json_is_the_library_result() {
    let d = tmp("json");
    let (files, list) = team(&d.0, 10);
    let text = ok(&args(
        &[
            "pool",
            "--bootstrap",
            "--resamples",
            "300",
            "--seed",
            "5",
            "--format",
            "json",
        ],
        &files,
    ));
    let got: PoolBootstrap = serde_json::from_str(&text).unwrap();
    let options = BootstrapOptions {
        resamples: 300,
        seed: 5,
        ..BootstrapOptions::default()
    };
    let want = Framework::builtin()
        .pool_bootstrap(&list, &options)
        .unwrap();
    assert_eq!(got, want);
    assert_eq!(got.method, analysis::BootstrapMethod::Bootstrap);
}

#[test]
fn pool_bootstrap_table_markdown_and_csv() {
    let d = tmp("formats");
    let (files, list) = team(&d.0, 10);
    let table = ok(&args(&["pool", "--bootstrap"], &files));
    assert!(
        table.contains("1,000 resamples of the 10 respondents"),
        "{table}"
    );
    assert!(table.contains("90% interval") && table.contains("keeps level"));
    let md = ok(&args(
        &["pool", "--bootstrap", "--format", "markdown"],
        &files,
    ));
    assert!(
        md.starts_with("## Bootstrap of the pooled assessment: u"),
        "{md}"
    );
    let csv = ok(&args(&["pool", "--bootstrap", "--format", "csv"], &files));
    let head = csv.lines().next().unwrap();
    assert_eq!(
        head,
        "id,name,depth,score,level,interval_low,interval_high,keeps_level,no_score,range_low,range_high"
    );
    let b = Framework::builtin()
        .pool_bootstrap(&list, &BootstrapOptions::default())
        .unwrap();
    let overall: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    let [lo, hi] = b.nodes[0].interval.unwrap();
    assert_eq!(overall[5].parse::<f64>().unwrap(), lo);
    assert_eq!(overall[6].parse::<f64>().unwrap(), hi);
}

#[test]
fn fewer_than_eight_respondents_give_the_scores_without_each() {
    let d = tmp("loo");
    let (files, _) = team(&d.0, 3);
    let table = ok(&args(&["pool", "--bootstrap"], &files));
    assert!(
        table.contains("3 respondents are too few for a bootstrap (at least 8)"),
        "{table}"
    );
    assert!(table.contains("without r0") && table.contains("range"));
    let csv = ok(&args(&["pool", "--bootstrap", "--format", "csv"], &files));
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with("without r0,without r1,without r2"));
    let fr = ok(&args(&["--lang", "fr", "pool", "--bootstrap"], &files));
    assert!(fr.contains("trop peu pour un bootstrap"), "{fr}");
    let json: Value = serde_json::from_str(&ok(&args(
        &["pool", "--bootstrap", "--format", "json"],
        &files,
    )))
    .unwrap();
    assert_eq!(json["method"], "leave_one_out");
    assert_eq!(json["nodes"][0]["left_out"].as_array().unwrap().len(), 3);
}

#[test]
fn bad_bootstrap_options_are_refused() {
    let d = tmp("bad");
    let (files, _) = team(&d.0, 3);
    let o = run(&args(&["pool", "--bootstrap", "--resamples", "0"], &files));
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("the number of resamples must be at least 1"),
        "{err}"
    );
    // The options of the bootstrap need `--bootstrap`.
    let o = run(&args(&["pool", "--resamples", "10"], &files));
    assert_eq!(o.status.code(), Some(2));
}

/// `n` units of `region`, unit `i` answering `i % 5`, scored by the command.
fn units(d: &Path, region: &str, n: usize) -> Vec<PathBuf> {
    (0..n)
        .map(|i| {
            let doc = json!({
                "framework": {"id": "lhs-2021", "version": "2.0.0"},
                "unit": {"id": format!("{region}{i}"), "region": region}, "period": "2026",
                "answers": {"inst.info.routine_data": i % 5}
            });
            let path = d.join(format!("{region}{i:02}.json"));
            std::fs::write(&path, doc.to_string()).unwrap();
            path
        })
        .collect()
}

#[test]
fn cohort_census_and_sample() {
    let d = tmp("cohort");
    let mut files = units(&d.0, "north", 9);
    files.extend(units(&d.0, "south", 10));
    let census = ok(&args(&["cohort", "--group-by", "region"], &files));
    assert!(
        census.contains("census: the group means have no sampling error"),
        "{census}"
    );
    assert!(!census.contains("90% interval"));
    let sample = ok(&args(
        &["cohort", "--group-by", "region", "--sample"],
        &files,
    ));
    assert!(sample.contains("The units are a sample"), "{sample}");
    assert!(sample.contains("90% interval"));
    let json: Value = serde_json::from_str(&ok(&args(
        &[
            "cohort",
            "--group-by",
            "region",
            "--sample",
            "--seed",
            "3",
            "--format",
            "json",
        ],
        &files,
    )))
    .unwrap();
    assert_eq!(
        (json["sample"].clone(), json["seed"].clone()),
        (json!(true), json!(3))
    );
    let north = &json["groups"][1]["measures"][0];
    assert!(north["mean_interval"].is_null());
    assert!(north["mean_note"]
        .as_str()
        .unwrap()
        .contains("9 units is too small"));
    // The same interval as the library's.
    let reports: Vec<_> = files
        .iter()
        .map(|p| {
            Framework::builtin()
                .score_json(&std::fs::read_to_string(p).unwrap())
                .unwrap()
        })
        .collect();
    let options = CohortOptions {
        group_by: Some("region".into()),
        sample: true,
        seed: 3,
        ..CohortOptions::default()
    };
    let lib = analysis::cohort(&reports, &options).unwrap();
    let want = lib.groups[2].measures[0].mean_interval.unwrap();
    assert_eq!(
        json["groups"][2]["measures"][0]["mean_interval"],
        json!(want)
    );
    let csv = ok(&args(
        &[
            "cohort",
            "--group-by",
            "region",
            "--sample",
            "--format",
            "csv",
        ],
        &files,
    ));
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with("max,mean_low,mean_high,mean_note"));
}
