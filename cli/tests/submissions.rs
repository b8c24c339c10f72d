//! Files of submissions (ODK Central, KoboToolbox, ODK Collect; `spec/submissions/`) given
//! directly to the commands: `batch` scores each submission and says what became of the others,
//! `validate` locates every problem, `score` takes a file of one submission, `pool` reads them.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::run;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec/submissions")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[test]
fn batch_scores_every_submission_and_counts_the_others() {
    let dir = fixtures();
    for (file, read) in [
        ("kobo.csv", 5),
        ("kobo-groups.csv", 5),
        ("kobo.xlsx", 5),
        ("kobo-api.json", 5),
        ("central.csv", 5),
        ("central.csv.zip", 5),
        ("central-odata.json", 5),
    ] {
        let o = run(&["batch", file, "--format", "csv"], &dir);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{file}: one refused: {err}");
        assert!(
            err.contains(&format!("9 submissions: {read} read, 1 refused")),
            "{file}: {err}"
        );
        assert!(err.contains("assessment.version_mismatch"), "{file}: {err}");
        assert!(err.contains("migrate"), "{file}: {err}");
        let out = text(&o.stdout);
        let ok = out.lines().filter(|l| l.contains(",ok,")).count();
        assert_eq!(ok, read, "{file}: {out}");
    }
}

#[test]
fn a_labels_export_is_refused_with_the_option_to_choose() {
    let o = run(&["validate", "kobo-labels.csv"], &fixtures());
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(out.contains("submissions.labels"), "{out}");
    assert!(out.contains("XML values and headers"), "{out}");
}

#[test]
fn validate_locates_the_problems_of_submissions() {
    let dir = std::env::temp_dir().join(format!("lhs-cli-subs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = "SubmissionDate,unit_id,inst-inst_info-inst_info_routine_data,KEY\n\
               2026-10-01,k1,2,uuid:a\n2026-10-02,k2,seven,uuid:b\n";
    std::fs::write(dir.join("export.csv"), csv).unwrap();
    let o = run(&["validate", "export.csv", "--format", "json"], &dir);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let all = v[0]["diagnostics"].as_array().unwrap();
    let d = all
        .iter()
        .find(|d| d["code"] == "submissions.invalid_value")
        .unwrap();
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(3), Some(3))
    );
    assert!(d["message"]
        .as_str()
        .unwrap()
        .contains("inst.info.routine_data"));
}

#[test]
fn score_and_pool_read_collect_instances() {
    let dir = fixtures();
    let m: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap();
    let entry = m["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["layout"] == "collect-xml")
        .unwrap();
    let first = entry["settings"]["files"][0].as_str().unwrap();
    let o = run(&["score", first, "--format", "json"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(r["overall"]["score"].is_number());
    let o = run(&["validate", "collect/instances", "--format", "json"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 4, "every instance file");
    // The instances are of several units and periods: pooling them is refused, each mismatch
    // at its element of the instance.
    let o = run(&["pool", "collect/instances"], &dir);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains("input.pool_mismatch] at /data/period"),
        "{err}"
    );
}
