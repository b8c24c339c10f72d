//! `lhs-maturity robustness`: the library's result for the units of the inputs, as JSON or one
//! CSV row per unit; ranks only when asked; the same numbers for the same seed.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::{err, run, spec_file, temp};
use serde_json::Value;

fn cohort() -> String {
    spec_file("examples/analysis", "cohort")
}

fn out(args: &[&str]) -> String {
    let o = run(args, &temp("out"));
    assert!(o.status.success(), "{args:?}: {}", err(&o));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn one_row_per_unit_named_by_its_id_and_ranks_only_when_asked() {
    let dir = cohort();
    let small = ["--n", "32", "--bootstrap", "20"];
    let csv = out(&[&["robustness", &dir, "--format", "csv"][..], &small].concat());
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("unit,score,level,median,interval_low,interval_high,keeps_level")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 14, "{csv}");
    assert!(rows[0].starts_with("nyanza-01,"), "{}", rows[0]);
    let ranked = out(&[
        &["robustness", &dir, "--format", "csv", "--ranks"][..],
        &small,
    ]
    .concat());
    assert!(ranked.starts_with(
        "unit,score,level,median,interval_low,interval_high,keeps_level,rank,rank_median,rank_low,rank_high,p_top_k"
    ));
    // The same seed gives the same numbers; another seed other numbers.
    assert_eq!(
        ranked,
        out(&[
            &["robustness", &dir, "--format", "csv", "--ranks"][..],
            &small
        ]
        .concat())
    );
    let other = out(&[
        &[
            "robustness",
            &dir,
            "--format",
            "csv",
            "--ranks",
            "--seed",
            "7",
        ][..],
        &small,
    ]
    .concat());
    assert_ne!(ranked, other);
}

#[test]
fn the_json_result_records_its_factors_seed_and_pairs() {
    let dir = cohort();
    let text = out(&[
        "robustness",
        &dir,
        "--n",
        "16",
        "--bootstrap",
        "0",
        "--ranks",
        "--pair",
        "nyanza-01,western-01",
        "--vary-aggregation",
        "cond",
    ]);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (v["seed"].as_u64(), v["n"].as_u64()),
        (Some(2021), Some(16))
    );
    let factors: Vec<&str> = v["factors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    for f in ["weights:overall", "aggregation:cond", "missing", "rating"] {
        assert!(factors.contains(&f), "{factors:?}");
    }
    let runs = v["runs"].as_u64().unwrap() as usize;
    assert_eq!(runs, 16 * (factors.len() + 2));
    assert_eq!(v["pairs"][0]["a"], "nyanza-01");
    let p = v["pairs"][0]["p_above"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&p));
    assert_eq!(v["units"].as_array().unwrap().len(), 14);
}

#[test]
fn a_bad_pair_or_option_is_refused() {
    let dir = cohort();
    let o = run(&["robustness", &dir, "--pair", "nyanza-01"], &temp("bad"));
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("not a pair of units"), "{}", err(&o));
    let o = run(
        &["robustness", &dir, "--n", "16", "--weights-spread", "1.5"],
        &temp("bad"),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("input.invalid_robustness_option"),
        "{}",
        err(&o)
    );
}

#[test]
fn the_readme_table_is_what_the_command_prints() {
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"),
    )
    .unwrap();
    let shown: Vec<Vec<String>> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| unit | score | median | 90% interval |"))
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect();
    assert_eq!(shown.len(), 6, "the README's robustness table");
    let csv = out(&[
        "robustness",
        &cohort(),
        "--ranks",
        "--n",
        "256",
        "--bootstrap",
        "0",
        "--format",
        "csv",
    ]);
    let mut rows: Vec<Vec<String>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect();
    rows.sort_by(|a, b| {
        a[7].parse::<f64>()
            .unwrap()
            .total_cmp(&b[7].parse().unwrap())
    });
    let f = |x: &str| format!("{:.2}", x.parse::<f64>().unwrap());
    let g = |x: &str| format!("{}", x.parse::<f64>().unwrap());
    for (want, r) in shown.iter().zip(&rows) {
        let got = [
            r[0].clone(),
            f(&r[1]),
            f(&r[3]),
            format!("{}–{}", f(&r[4]), f(&r[5])),
            f(&r[6]),
            g(&r[7]),
            g(&r[8]),
            format!("{}–{}", g(&r[9]), g(&r[10])),
            f(&r[11]),
        ];
        assert_eq!(want, &got.to_vec(), "README row of {}", r[0]);
    }
}

#[test]
fn sensitivity_gives_the_indices_of_the_same_runs() {
    let dir = cohort();
    let small = ["--n", "32", "--bootstrap", "20"];
    let full: Value =
        serde_json::from_str(&out(&[&["robustness", &dir][..], &small].concat())).unwrap();
    let json: Value =
        serde_json::from_str(&out(&[&["sensitivity", &dir][..], &small].concat())).unwrap();
    assert_eq!(json["sensitivity"], full["sensitivity"]);
    assert_eq!(json["factors"], full["factors"]);
    assert_eq!(json["runs"], full["runs"]);
    assert!(json.get("units").is_none());
    let csv = out(&[&["sensitivity", &dir, "--format", "csv"][..], &small].concat());
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("output_kind,output,factor,s1,s1_low,s1_high,st,st_low,st_high,note")
    );
    let factors = full["factors"].as_array().unwrap().len();
    // 14 units' scores and the rank shift (no ranks: publishable).
    assert_eq!(lines.count(), 15 * factors);
    let first = csv.lines().nth(1).unwrap();
    let st: f64 = first.split(',').nth(6).unwrap().parse().unwrap();
    assert_eq!(
        st,
        full["sensitivity"]["scores"][0]["factors"][0]["st"]
            .as_f64()
            .unwrap()
    );
}

#[test]
fn markdown_and_html_reports_show_each_unit_and_escape_labels() {
    let path = temp("labels");
    std::fs::create_dir_all(&path).unwrap();
    let dir = path.to_str().unwrap().to_owned();
    for (name, level) in [("a<b>", 1), ("c|d", 3)] {
        let doc = serde_json::json!({
            "unit": {"id": name},
            "answers": {"inst.info.routine_data": level, "cap.prov.data_interpretation": 2}
        });
        std::fs::write(
            std::path::Path::new(&dir).join(format!("{level}.json")),
            doc.to_string(),
        )
        .unwrap();
    }
    let args = ["--n", "16", "--bootstrap", "0", "--ranks"];
    let md = out(&[&["robustness", &dir, "--format", "markdown"][..], &args].concat());
    assert!(md.starts_with("# Do the results survive other reasonable choices?"));
    assert!(md.contains("| c\\|d |"), "{md}");
    assert!(md.contains("| Rank |"), "{md}");
    let html = out(&[
        &["robustness", &dir, "--format", "html", "--lang", "fr"][..],
        &args,
    ]
    .concat());
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("Chaque unité"));
    assert!(html.contains("a&lt;b&gt;") && !html.contains("a<b>"));
    assert!(html.contains("class=\"intervals\""));
    // Without --ranks, no rank column.
    let md = out(&[
        "robustness",
        &dir,
        "--format",
        "markdown",
        "--n",
        "16",
        "--bootstrap",
        "0",
    ]);
    assert!(!md.contains("| Rank |"), "{md}");
}

#[test]
fn dirichlet_weights_are_an_option_and_recorded() {
    let dir = cohort();
    let args = ["--n", "16", "--bootstrap", "0"];
    let d: Value = serde_json::from_str(&out(&[
        &["robustness", &dir, "--weights-model", "dirichlet"][..],
        &args,
    ]
    .concat()))
    .unwrap();
    let u: Value =
        serde_json::from_str(&out(&[&["robustness", &dir][..], &args].concat())).unwrap();
    assert_eq!(d["weights_model"], "dirichlet");
    assert_eq!(u["weights_model"], "uniform");
    assert_ne!(d["units"], u["units"]);
}
