//! Runs the built `lhs-maturity` binary on the analyses of many assessments: `pool`, `compare`,
//! `cohort`, `reliability` and `series`, with good and bad inputs. Where a number is checked, it
//! is checked against the library (the command only forwards it).
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::analysis::{self, CohortOptions};
use lhs_maturity::{Framework, Report};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn example(name: &str) -> String {
    format!("spec/examples/{name}")
}

const RESPONDENTS: &str = "spec/examples/analysis/respondents/";
const COHORT: &str = "spec/examples/analysis/cohort/";
const LAST_YEAR: &str = "spec/examples/analysis/rounds/kisumu-east-2025-Q3.json";
const THIS_YEAR: &str = "spec/examples/district-kisumu-east.json";

/// A fresh, empty directory for one test, removed when the test ends.
struct Tmp(PathBuf);

impl std::ops::Deref for Tmp {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tmp(name: &str) -> Tmp {
    let d = std::env::temp_dir().join(format!("lhs-cli-analysis-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Tmp(d)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lhs-maturity"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        // English whatever the locale of the machine running the tests.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Runs a command that must succeed, and returns its standard output.
fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(code(&o), 0, "{args:?}\n{}\n{}", out(&o), err(&o));
    out(&o)
}

/// Runs a command that must fail with exit status 1, and returns its standard error.
fn fails(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(code(&o), 1, "{args:?}\n{}\n{}", out(&o), err(&o));
    assert!(!err(&o).is_empty());
    err(&o)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// One respondent's assessment of unit `u`, period 2026.
fn respondent(id: &str, answers: Value) -> String {
    json!({
        "framework": {"id": "lhs-2021", "version": "2.0.0"},
        "unit": {"id": "u", "name": "Unit U", "region": "North"},
        "period": "2026",
        "respondent": {"id": id},
        "answers": answers,
    })
    .to_string()
}

/// Three respondents who disagree most on `inst.info.routine_data` (0, 4, 2: range 4), then on
/// `cap.prov.communication` (3, 1, 1) and `inst.delib.working_groups` (1, 2, 3), never on
/// `cond.fin.learning_budget` (2, 2, 2).
fn three_respondents(d: &Path) -> [PathBuf; 3] {
    let levels = [
        ("r1", [0, 1, 2, 3]),
        ("r2", [4, 2, 2, 1]),
        ("r3", [2, 3, 2, 1]),
    ];
    levels.map(|(id, [a, b, c, e])| {
        write(
            d,
            &format!("{id}.json"),
            &respondent(
                id,
                json!({
                    "inst.info.routine_data": a,
                    "inst.delib.working_groups": b,
                    "cond.fin.learning_budget": c,
                    "cap.prov.communication": e,
                }),
            ),
        )
    })
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn reports(paths: &[PathBuf]) -> Vec<Report> {
    let fw = Framework::builtin();
    paths
        .iter()
        .map(|p| fw.score_json(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn files_in(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

// ---------------------------------------------------------------------------------------------
// help
// ---------------------------------------------------------------------------------------------

#[test]
fn analysis_commands_have_help_with_an_example() {
    for cmd in ["pool", "compare", "cohort", "reliability", "series"] {
        let o = run(&[cmd, "--help"]);
        assert_eq!(code(&o), 0, "{cmd}");
        assert!(out(&o).contains("Examples:"), "{cmd} --help has no example");
        assert!(out(&o).contains(&format!("lhs-maturity {cmd} ")), "{cmd}");
    }
    let help = ok(&["--help"]);
    for cmd in ["pool", "compare", "cohort", "reliability", "series"] {
        assert!(help.contains(cmd), "{cmd} missing from --help");
    }
    assert_eq!(code(&run(&["pool"])), 2);
    assert_eq!(code(&run(&["pool", "--method", "max", "a.json"])), 2);
    assert_eq!(code(&run(&["compare", "a.json"])), 2);
    assert_eq!(code(&run(&["cohort", "--min-group", "five", "a.json"])), 2);
}

// ---------------------------------------------------------------------------------------------
// pool
// ---------------------------------------------------------------------------------------------

#[test]
fn pool_three_respondents_writes_a_scorable_assessment_and_the_agenda() {
    let d = tmp("pool");
    let files = three_respondents(&d);
    let pooled = d.join("pooled.json");
    let o = run(&[
        "pool",
        p(&files[0]),
        p(&files[1]),
        p(&files[2]),
        "-o",
        p(&pooled),
    ]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let text = out(&o);
    assert!(!text.contains('\x1b'), "no colours when piped");
    assert!(text.starts_with("Unit U · 2026\n3 respondents pooled by the median, 4 indicators answered; 3 on the disagreement agenda"), "{text}");
    assert!(err(&o).contains("wrote the pooled assessment (3 respondents"));

    // The agreement, overall and per domain; undefined values with their reason, never NaN.
    assert!(text.contains("Agreement between the respondents"));
    assert!(text.contains("α ordinal") && text.contains("ICC(2,1)"));
    let overall = text.lines().find(|l| l.starts_with("Overall")).unwrap();
    let fw = Framework::builtin();
    let inputs: Vec<_> = files
        .iter()
        .map(|f| lhs_maturity::Assessment::from_path(f).unwrap())
        .collect();
    let lib = fw.pool(&inputs, &Default::default()).unwrap();
    let alpha = lib.agreement[0].alpha_ordinal.value.unwrap();
    assert!(
        overall.contains(&format!("{alpha:.2}")),
        "{overall} / {alpha}"
    );
    assert!(text.contains("Creating the conditions for learning"));
    assert!(text.contains("–[1]"), "{text}");
    assert!(text.contains("[1] "), "{text}");
    assert!(!text.contains("NaN") && !text.contains("null"));

    // The agenda: the widest range first, with each respondent's level in input order.
    assert!(text.contains("Disagreement agenda: 3 indicators, widest range first"));
    let head = text
        .lines()
        .find(|l| l.trim_start().starts_with("#  Indicator"))
        .unwrap();
    assert!(
        head.split_whitespace().rev().take(3).eq(["r3", "r2", "r1"]),
        "{head}"
    );
    let rows: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("#  Indicator"))
        .skip(1)
        .take(3)
        .collect();
    assert!(rows[0].contains("inst.info.routine_data"), "{rows:?}");
    let cells: Vec<&str> = rows[0].split_whitespace().collect();
    assert_eq!(
        cells[cells.len() - 5..],
        ["4", "2.00", "0", "4", "2"],
        "{rows:?}"
    );
    assert!(rows[1].contains("cap.prov.communication"), "{rows:?}");
    assert!(rows[2].contains("inst.delib.working_groups"), "{rows:?}");
    assert!(
        !text.contains("cond.fin.learning_budget"),
        "no disagreement there"
    );

    // The pooled assessment: the lower median, and how it was pooled; `score` accepts it.
    let doc = json_of(&std::fs::read_to_string(&pooled).unwrap());
    assert_eq!(doc["answers"]["inst.info.routine_data"], 2);
    assert_eq!(doc["answers"]["cap.prov.communication"], 1);
    assert_eq!(doc["pooling"]["method"], "median");
    assert_eq!(doc["pooling"]["respondents"], json!(["r1", "r2", "r3"]));
    assert_eq!(doc["unit"]["id"], "u");
    let report = json_of(&ok(&["score", p(&pooled), "--format", "json"]));
    let level = |id: &str| {
        report["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()["level"]
            .clone()
    };
    assert_eq!(level("inst.info.routine_data"), 2);
    assert_eq!(level("cond.fin.learning_budget"), 2);
    let validated = ok(&["validate", p(&pooled)]);
    assert!(validated.contains("valid (0 errors"), "{validated}");

    // --method mean: 3, 1, 1 → mean 1.67 → 2.
    let mean = d.join("mean.json");
    ok(&[
        "pool",
        p(&files[0]),
        p(&files[1]),
        p(&files[2]),
        "--method",
        "mean",
        "-o",
        p(&mean),
        "--format",
        "markdown",
    ]);
    let doc = json_of(&std::fs::read_to_string(&mean).unwrap());
    assert_eq!(doc["answers"]["cap.prov.communication"], 2);
    assert_eq!(doc["pooling"]["method"], "mean");
}

#[test]
fn pool_json_markdown_and_no_output_file() {
    let d = tmp("pool-formats");
    let files = three_respondents(&d);
    let args = |extra: &[&'static str]| -> Vec<String> {
        let mut v: Vec<String> = vec!["pool".into()];
        v.extend(files.iter().map(|f| p(f).to_owned()));
        v.extend(extra.iter().map(|s| (*s).to_owned()));
        v
    };
    // JSON: the whole result of the library, unchanged.
    let a = args(&["--format", "json"]);
    let o = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(err(&o).is_empty(), "{}", err(&o));
    let v = json_of(&out(&o));
    let fw = Framework::builtin();
    let inputs: Vec<_> = files
        .iter()
        .map(|f| lhs_maturity::Assessment::from_path(f).unwrap())
        .collect();
    let lib = fw.pool(&inputs, &Default::default()).unwrap();
    assert_eq!(v, serde_json::to_value(&lib).unwrap());
    assert_eq!(v["agenda"][0]["id"], "inst.info.routine_data");
    assert_eq!(v["agreement"][0]["scope"], "overall");
    assert_eq!(v["assessment"]["answers"]["inst.info.routine_data"], 2);

    // Markdown: the agenda as a table, a column per respondent.
    let a = args(&["--format", "markdown"]);
    let o = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let md = out(&o);
    assert!(md.contains("### Disagreement agenda"));
    assert!(
        md.contains("| # | Indicator | Range | IQR | r1 | r2 | r3 |"),
        "{md}"
    );
    assert!(
        md.contains("(`inst.info.routine_data`) | 4 | 2.00 | 0 | 4 | 2 |"),
        "{md}"
    );
    assert!(md.contains("| Overall |"));
    // Without -o nothing is written, and the command says so.
    assert!(err(&o).contains("the pooled assessment was not written"));
    assert_eq!(std::fs::read_dir(&*d).unwrap().count(), 3);
}

#[test]
fn pool_refuses_mismatched_units_naming_the_field() {
    let d = tmp("pool-mismatch");
    let files = three_respondents(&d);
    let other = write(
        &d,
        "other.json",
        &respondent("r4", json!({"inst.info.routine_data": 1})).replace("\"u\"", "\"v\""),
    );
    let e = fails(&["pool", p(&files[0]), p(&files[1]), p(&other)]);
    assert!(
        e.contains(&format!(
            "{}: error[input.pool_mismatch] at /unit/id: assessment 3 has the unit `v`, assessment 1 has `u`",
            p(&other)
        )),
        "{e}"
    );
    assert!(e.contains("--allow-mismatch"), "{e}");
    // Another period: named too.
    let later = write(
        &d,
        "later.json",
        &respondent("r5", json!({"inst.info.routine_data": 1})).replace("\"2026\"", "\"2027\""),
    );
    let e = fails(&["pool", p(&files[0]), p(&later)]);
    assert!(
        e.contains("at /period: assessment 2 has the period `2027`"),
        "{e}"
    );
    // Allowed explicitly.
    let text = ok(&["pool", p(&files[0]), p(&other), "--allow-mismatch"]);
    assert!(text.contains("2 respondents pooled"), "{text}");
}

#[test]
fn pool_csv_one_respondent_per_row_and_errors_at_the_cell() {
    let d = tmp("pool-csv");
    let csv = write(
        &d,
        "survey.csv",
        "unit_id,period,respondent_id,inst.info.routine_data,inst.delib.working_groups\n\
         k,2026,a,1,2\nk,2026,b,3,2\nk,2026,c,2,2\n",
    );
    let pooled = d.join("pooled.json");
    let text = ok(&["pool", p(&csv), "-o", p(&pooled)]);
    assert!(text.contains(&format!("a  {}:2", p(&csv))), "{text}");
    let doc = json_of(&std::fs::read_to_string(&pooled).unwrap());
    assert_eq!(doc["answers"]["inst.info.routine_data"], 2);
    assert_eq!(doc["answers"]["inst.delib.working_groups"], 2);

    // A mismatch in a row is reported at its cell.
    let bad = write(
        &d,
        "bad.csv",
        "unit_id,period,respondent_id,inst.info.routine_data\nk,2026,a,1\nx,2026,b,3\n",
    );
    let e = fails(&["pool", p(&bad)]);
    assert!(
        e.contains(&format!(
            "{}:3:1: error[input.pool_mismatch] at /rows/1/unit_id",
            p(&bad)
        )),
        "{e}"
    );
}

#[test]
fn pool_consensus_overrides_and_bad_consensus_is_located() {
    let d = tmp("pool-consensus");
    three_respondents(&d);
    let c = write(
        &d,
        "consensus.txt",
        r#"{"inst.info.routine_data": {"level": 3, "rationale": "agreed on 3 May: the review minutes show it"}}"#,
    );
    let pooled = d.join("pooled.out");
    let text = ok(&[
        "pool",
        p(&d.join("r1.json")),
        p(&d.join("r2.json")),
        p(&d.join("r3.json")),
        "--consensus",
        p(&c),
        "-o",
        p(&pooled),
    ]);
    assert!(text.contains("Consensus: 1 agreed answer overrides the pooled one"));
    assert!(text.contains("inst.info.routine_data → 3: agreed on 3 May"));
    let doc = json_of(&std::fs::read_to_string(&pooled).unwrap());
    assert_eq!(doc["answers"]["inst.info.routine_data"], 3);
    assert_eq!(
        doc["pooling"]["consensus"]["inst.info.routine_data"]["rationale"],
        "agreed on 3 May: the review minutes show it"
    );

    // An unknown indicator and a level out of range: both, in the consensus file.
    let bad = write(
        &d,
        "bad-consensus.txt",
        r#"{"inst.info.routine_dat": {"level": 2, "rationale": "x"}, "inst.delib.working_groups": {"level": 9, "rationale": "y"}}"#,
    );
    let e = fails(&["pool", p(&d.join("r1.json")), "--consensus", p(&bad)]);
    assert!(
        e.contains(&format!(
            "{}: error[input.unknown_indicator] at /inst.info.routine_dat",
            p(&bad)
        )),
        "{e}"
    );
    assert!(e.contains("did you mean `inst.info.routine_data`?"), "{e}");
    assert!(
        e.contains("at /inst.delib.working_groups/level: the agreed level 9"),
        "{e}"
    );
    // Not a consensus file: where, and what one looks like.
    let shape = write(
        &d,
        "shape.txt",
        r#"{"inst.info.routine_data": {"level": 2}}"#,
    );
    let e = fails(&["pool", p(&d.join("r1.json")), "--consensus", p(&shape)]);
    assert!(
        e.contains(&format!(
            "{}: error[input.invalid_consensus] at /inst.info.routine_data: missing field `rationale`",
            p(&shape)
        )),
        "{e}"
    );
    assert!(e.contains("\"rationale\": \"agreed on 3 May\""), "{e}");
    // An indicator agreed twice is refused, never one of the two silently.
    let twice = write(
        &d,
        "twice.json",
        r#"{"inst.info.routine_data": {"level": 2, "rationale": "a"}, "inst.info.routine_data": {"level": 3, "rationale": "b"}}"#,
    );
    let e = fails(&["pool", p(&d.join("r1.json")), "--consensus", p(&twice)]);
    assert!(e.contains("error[input.duplicate_key]"), "{e}");
}

#[test]
fn pool_bad_inputs_are_all_reported_clearly() {
    let d = tmp("pool-bad");
    let broken = write(&d, "broken.json", "{\"answers\": {\n");
    let out_of_range = write(
        &d,
        "nine.json",
        &respondent("r9", json!({"inst.info.routine_data": 9})),
    );
    let missing = d.join("missing.json");
    let e = fails(&["pool", p(&broken), p(&out_of_range), p(&missing)]);
    assert!(
        e.contains(&format!("{}:2:", p(&broken))) && e.contains("error[assessment.invalid_json]"),
        "{e}"
    );
    assert!(
        e.contains(&format!(
            "{}: error[assessment.level_out_of_range] at /answers/inst.info.routine_data",
            p(&out_of_range)
        )),
        "{e}"
    );
    assert!(
        e.contains(&format!(
            "error: cannot read `{}`: the file does not exist",
            p(&missing)
        )),
        "{e}"
    );
    // A report is not an assessment to pool.
    let report = d.join("report.json");
    ok(&["score", THIS_YEAR, "--format", "json", "-o", p(&report)]);
    let e = fails(&["pool", p(&report)]);
    assert!(
        e.contains("is a report, and this command reads assessments"),
        "{e}"
    );
    // An empty directory.
    let empty = d.join("empty");
    std::fs::create_dir(&empty).unwrap();
    let e = fails(&["pool", p(&empty)]);
    assert!(e.contains("has no assessments"), "{e}");
}

// ---------------------------------------------------------------------------------------------
// compare
// ---------------------------------------------------------------------------------------------

#[test]
fn compare_a_file_with_itself_shows_no_change() {
    let text = ok(&["compare", THIS_YEAR, THIS_YEAR]);
    assert!(
        text.contains("Directly comparable: the same framework version and the same 60 indicators"),
        "{text}"
    );
    let same = reports(&[root().join(THIS_YEAR)]);
    let score = format!("{:.2}", same[0].overall.score.unwrap());
    let level = same[0].overall.level.unwrap().to_string();
    let overall = text.lines().find(|l| l.starts_with("Overall")).unwrap();
    assert_eq!(
        overall.split_whitespace().collect::<Vec<_>>(),
        ["Overall", &score, &score, "0.00", &level, "→", &level]
    );
    assert!(!text.contains('+'), "no change has a sign: {text}");
    let rated = same[0]
        .indicators
        .iter()
        .filter(|i| i.level.is_some())
        .count();
    assert!(
        text.contains(&format!("0 improved, 0 regressed, {rated} unchanged")),
        "{text}"
    );
    assert!(!text.contains("Improved (") && !text.contains("Regressed ("));
    let v = json_of(&ok(&["compare", THIS_YEAR, THIS_YEAR, "--format", "json"]));
    assert_eq!(v["overall"]["change"], 0.0);
    assert_eq!(v["improved"], json!([]));
    assert_eq!(v["restricted"], false);
}

#[test]
fn compare_two_rounds_from_reports_or_assessments() {
    let d = tmp("compare");
    let text = ok(&["compare", LAST_YEAR, THIS_YEAR]);
    // The labels and the rounds in two aligned columns.
    let lines: Vec<&str> = text.lines().take(2).collect();
    assert_eq!(
        lines,
        [
            format!("Before:  Kisumu East district health team · 2025-Q3 · lhs-2021 2.0.0 ({LAST_YEAR})"),
            format!("After:   Kisumu East district health team · 2026-Q3 · lhs-2021 2.0.0 ({THIS_YEAR})"),
        ],
        "{text}"
    );
    let lib = analysis::compare(
        &reports(&[root().join(LAST_YEAR)])[0],
        &reports(&[root().join(THIS_YEAR)])[0],
    );
    let summary = format!(
        "{} improved, {} regressed, {} unchanged",
        lib.improved.len(),
        lib.regressed.len(),
        lib.unchanged.len()
    );
    assert!(text.contains(&summary), "{summary}: {text}");
    let progress = format!(
        "Progress to target: {:.0}% of the way",
        100.0 * lib.progress_to_target.unwrap()
    );
    assert!(text.contains(&progress), "{progress}: {text}");
    let o = &lib.overall;
    let overall = text.lines().find(|l| l.starts_with("Overall")).unwrap();
    assert_eq!(
        overall.split_whitespace().collect::<Vec<_>>(),
        [
            "Overall".to_owned(),
            format!("{:.2}", o.before.unwrap()),
            format!("{:.2}", o.after.unwrap()),
            format!("{:+.2}", o.change.unwrap()),
            o.before_level.unwrap().to_string(),
            "→".to_owned(),
            o.after_level.unwrap().to_string()
        ]
    );
    assert!(text.contains(&format!("Improved ({})", lib.improved.len())));
    // An indicator that reached its target says so.
    let reached = lib
        .indicators
        .iter()
        .find(|i| i.progress_to_target == Some(1.0))
        .expect("an indicator that reached its target");
    assert!(
        text.lines()
            .any(|l| l.contains(reached.id.as_str()) && l.contains("100% of the way")),
        "{}: {text}",
        reached.id
    );

    // The same comparison from a report written by `score --format json`, on either side.
    let report = d.join("2025.json");
    ok(&["score", LAST_YEAR, "--format", "json", "-o", p(&report)]);
    let from_assessments = ok(&["compare", LAST_YEAR, THIS_YEAR, "--format", "json"]);
    let from_report = ok(&["compare", p(&report), THIS_YEAR, "--format", "json"]);
    assert_eq!(json_of(&from_report), json_of(&from_assessments));
    let lib = analysis::compare(
        &reports(&[root().join(LAST_YEAR)])[0],
        &reports(&[root().join(THIS_YEAR)])[0],
    );
    assert_eq!(
        json_of(&from_assessments),
        serde_json::to_value(&lib).unwrap()
    );
    // Markdown, to a file.
    let md = d.join("change.md");
    ok(&[
        "compare",
        p(&report),
        THIS_YEAR,
        "--format",
        "markdown",
        "-o",
        p(&md),
    ]);
    let md = std::fs::read_to_string(md).unwrap();
    assert!(md.starts_with("## Comparison: 2025-Q3 → 2026-Q3"), "{md}");
    let o = &lib.overall;
    let row = format!(
        "| **Overall** | {:.2} | {:.2} | {:+.2} | {} → {} |",
        o.before.unwrap(),
        o.after.unwrap(),
        o.change.unwrap(),
        o.before_level.unwrap(),
        o.after_level.unwrap()
    );
    assert!(md.contains(&row), "{row}: {md}");
}

#[test]
fn compare_flags_different_framework_versions() {
    let d = tmp("compare-versions");
    let report = d.join("old.json");
    ok(&["score", LAST_YEAR, "--format", "json", "-o", p(&report)]);
    let mut v = json_of(&std::fs::read_to_string(&report).unwrap());
    v["framework"]["version"] = json!("0.9.0");
    std::fs::write(&report, v.to_string()).unwrap();
    // Long lines wrap at 100 columns.
    let text = ok(&["compare", p(&report), THIS_YEAR]).replace("\n  ", " ");
    assert!(
        text.contains("Restricted comparison: the framework versions differ (lhs-2021 0.9.0 → lhs-2021 2.0.0); every score below is recomputed on the 60 indicators both rounds share."),
        "{text}"
    );
    let v = json_of(&ok(&["compare", p(&report), THIS_YEAR, "--format", "json"]));
    assert_eq!(v["restricted"], true);
}

#[test]
fn compare_bad_inputs() {
    let d = tmp("compare-bad");
    let broken = write(&d, "broken.json", "{\"overall\": ");
    let e = fails(&["compare", p(&broken), THIS_YEAR]);
    assert!(e.contains(&format!("{}:1:", p(&broken))), "{e}");
    assert!(e.contains("invalid_json"), "{e}");
    let e = fails(&["compare", THIS_YEAR, p(&d.join("nope.json"))]);
    assert!(e.contains("the file does not exist"), "{e}");
    let two = write(&d, "two.csv", "unit_id,inst.info.routine_data\na,1\nb,2\n");
    let e = fails(&["compare", p(&two), THIS_YEAR]);
    assert!(
        e.contains("holds 2 assessments, and `compare` takes one round on each side"),
        "{e}"
    );
    // A report that is not one.
    let fake = write(&d, "fake.json", r#"{"overall": 3, "domains": []}"#);
    let e = fails(&["compare", p(&fake), THIS_YEAR]);
    assert!(e.contains("error[report.invalid]"), "{e}");
    // Neither a report nor an assessment: said so, for either side.
    let neither = write(&d, "neither.json", r#"{"period": "2026-Q3"}"#);
    let e = fails(&["compare", THIS_YEAR, p(&neither)]);
    assert!(
        e.contains(
            "neither a report (it has no `overall`) nor an assessment (it has no `answers`)"
        ),
        "{e}"
    );
}

// ---------------------------------------------------------------------------------------------
// cohort
// ---------------------------------------------------------------------------------------------

#[test]
fn cohort_by_region_suppresses_small_groups() {
    let text = ok(&["cohort", COHORT, "--group-by", "region"]);
    assert!(
        text.starts_with("Cohort of 14 units · lhs-2021 2.0.0 · grouped by region\n"),
        "{text}"
    );
    assert!(
        text.contains("Groups of fewer than 5 units are suppressed"),
        "{text}"
    );
    assert!(
        text.contains("1\ngroup is suppressed here") || text.contains("1 group is suppressed here"),
        "{text}"
    );
    assert!(
        text.contains("Rift Valley (3 units): suppressed, fewer than 5 units"),
        "{text}"
    );
    // The suppressed group shows no statistics: its title is followed by the next group.
    let after: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Rift Valley"))
        .skip(1)
        .take(2)
        .collect();
    assert_eq!(after, ["", "Western (5 units)"]);
    assert!(text.contains("Nyanza (6 units)"));
    assert!(text.contains("all (14 units)"));
    // Publishable: no unit is named.
    assert!(!text.contains("nyanza-01") && !text.contains("Percentile ranks"));
    assert!(text.contains("`--ranks` adds"));

    // The numbers are the library's.
    let paths = files_in(COHORT);
    let opts = CohortOptions {
        group_by: Some("region".into()),
        min_group: 5,
        ..CohortOptions::default()
    };
    let lib = analysis::cohort(&reports(&paths), &opts).unwrap();
    let nyanza = &lib.groups[1];
    assert_eq!(nyanza.key, "Nyanza");
    let overall = text
        .lines()
        .skip_while(|l| !l.starts_with("Nyanza"))
        .find(|l| l.starts_with("Overall"))
        .unwrap();
    let m = &nyanza.measures[0];
    let expect = format!(
        "{} {:.2} {:.2} {:.2} {:.2} {:.2} {:.2} {:.2}",
        m.count,
        m.mean.unwrap(),
        m.sd.unwrap(),
        m.min.unwrap(),
        m.q1.unwrap(),
        m.median.unwrap(),
        m.q3.unwrap(),
        m.max.unwrap()
    );
    assert_eq!(
        overall
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
            .join(" "),
        expect
    );
    let json = json_of(&ok(&[
        "cohort",
        COHORT,
        "--group-by",
        "region",
        "--format",
        "json",
    ]));
    assert_eq!(
        json,
        serde_json::to_value(lib.clone().publishable()).unwrap()
    );

    // CSV: one row per group and measure, the suppressed group's statistics empty.
    let csv = ok(&["cohort", COHORT, "--group-by", "region", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "group,units,suppressed,measure,name,count,mean,sd,min,q1,median,q3,max"
    );
    assert!(
        lines.contains(&"Rift Valley,3,true,overall,Overall,3,,,,,,,"),
        "{csv}"
    );
    assert!(lines.iter().any(|l| l.starts_with(&format!(
        "Nyanza,6,false,overall,Overall,6,{}",
        m.mean.unwrap()
    ))));
    assert_eq!(lines.len(), 1 + 4 * nyanza.measures.len());

    // A lower threshold publishes the small group.
    let text = ok(&["cohort", COHORT, "--group-by", "region", "--min-group", "3"]);
    assert!(text.contains("Rift Valley (3 units)\n"), "{text}");
    assert!(!text.contains("suppressed here"));
}

#[test]
fn cohort_ranks_are_opt_in() {
    let o = run(&["cohort", COHORT, "--group-by", "region", "--ranks"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let text = out(&o);
    assert!(text.contains("not for publication"), "{text}");
    assert!(text.contains("Percentile ranks within the group"));
    let lib = analysis::cohort(
        &reports(&files_in(COHORT)),
        &CohortOptions {
            group_by: Some("region".into()),
            min_group: 5,
            ..CohortOptions::default()
        },
    )
    .unwrap();
    let first = &lib.units[0];
    let row = text.lines().find(|l| l.starts_with("nyanza-01 ")).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells[..4],
        [
            "nyanza-01",
            "2026-Q3",
            "Nyanza",
            &format!("{:.0}", first.ranks[0].rank.unwrap())
        ],
        "{row}"
    );
    assert!(err(&o).contains("single units out"));
    let csv = ok(&[
        "cohort",
        COHORT,
        "--group-by",
        "region",
        "--ranks",
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("source,unit,period,group,overall,inst,inst.info,"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), 15);
    assert!(
        lines[1].starts_with(&format!(
            "{COHORT}nyanza-01.json,nyanza-01,2026-Q3,Nyanza,{},",
            first.ranks[0].rank.unwrap()
        )),
        "{}",
        lines[1]
    );
    let json = json_of(&ok(&[
        "cohort",
        COHORT,
        "--group-by",
        "region",
        "--ranks",
        "--format",
        "json",
    ]));
    assert_eq!(json, serde_json::to_value(&lib).unwrap());
}

#[test]
fn cohort_from_a_wide_csv_with_unit_labels_and_reports() {
    let d = tmp("cohort-csv");
    let mut csv =
        String::from("unit_id,unit_region,inst.info.routine_data,cond.fin.learning_budget\n");
    for i in 0..6 {
        let region = if i < 5 { "North" } else { "South" };
        csv.push_str(&format!("u{i},{region},{},{}\n", i % 5, (i + 1) % 5));
    }
    let file = write(&d, "survey.csv", &csv);
    let text = ok(&[
        "cohort",
        p(&file),
        "--group-by",
        "region",
        "--format",
        "markdown",
    ]);
    assert!(text.starts_with("## Cohort of 6 units"), "{text}");
    assert!(text.contains("### North (5 units)"), "{text}");
    assert!(
        text.contains("### South (1 unit): suppressed, fewer than 5 units"),
        "{text}"
    );
    assert!(text.contains("| Overall | 5 |"), "{text}");
    // A report and an assessment mix in one cohort.
    let report = d.join("kisumu.json");
    ok(&["score", THIS_YEAR, "--format", "json", "-o", p(&report)]);
    let text = ok(&["cohort", p(&report), p(&file), "--format", "csv"]);
    assert!(text.contains("\nall,7,false,overall,Overall,7,"), "{text}");
    // A failing row fails the cohort, located.
    std::fs::write(&file, format!("{csv}u9,South,7,1\n")).unwrap();
    let e = fails(&["cohort", p(&file)]);
    assert!(e.contains(&format!("{}:8:3: error[", p(&file))), "{e}");
    // Reports of different framework versions are refused, naming the file.
    let mut v = json_of(&std::fs::read_to_string(&report).unwrap());
    v["framework"]["version"] = json!("0.9.0");
    let old = write(&d, "old.json", &v.to_string());
    let e = fails(&["cohort", THIS_YEAR, p(&old)]);
    assert!(
        e.contains(&format!(
            "{}: error[input.framework_mismatch] at /framework",
            p(&old)
        )),
        "{e}"
    );
}

// ---------------------------------------------------------------------------------------------
// reliability, series
// ---------------------------------------------------------------------------------------------

#[test]
fn reliability_alpha_per_domain_with_reasons() {
    let text = ok(&["reliability", COHORT]);
    assert!(
        text.starts_with("Reliability of the instrument over 14 units · lhs-2021 2.0.0"),
        "{text}"
    );
    let lib = analysis::reliability(&reports(&files_in(COHORT))).unwrap();
    let fin = lib.nodes.iter().find(|n| n.id == "cond.fin").unwrap();
    let row = text
        .lines()
        .find(|l| l.contains("Financial resources"))
        .unwrap();
    assert_eq!(
        row.split_whitespace().skip(2).collect::<Vec<_>>(),
        [
            fin.items.to_string(),
            fin.units_used.to_string(),
            format!("{:.2}", fin.alpha.value.unwrap())
        ]
    );
    assert!(text.contains("–[1]"));
    assert!(
        text.contains("[1] alpha needs at least two units that rated every item"),
        "{text}"
    );
    assert!(text.contains("Floor and ceiling"));
    assert!(text.contains("(4 Optimizing)"), "{text}");
    assert!(!text.contains("NaN"));
    let items = ok(&["reliability", COHORT, "--items"]);
    assert!(items.contains("alpha if deleted"));
    let json = json_of(&ok(&["reliability", COHORT, "--format", "json"]));
    assert_eq!(json, serde_json::to_value(&lib).unwrap());
    let md = ok(&["reliability", COHORT, "--format", "markdown"]);
    assert!(
        md.contains("| Domain / sub-domain | Items | Units | Alpha |"),
        "{md}"
    );
}

#[test]
fn series_one_row_per_round_sorted_by_period() {
    let csv = ok(&["series", THIS_YEAR, LAST_YEAR]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "unit_id,period,overall_score,overall_level,overall_coverage,inst_score,cap_score,cond_score,proc_score"
    );
    assert!(lines[1].starts_with("kis-east,2025-Q3,"), "{csv}");
    assert!(lines[2].starts_with("kis-east,2026-Q3,"), "{csv}");
    assert_eq!(lines.len(), 3);
    let table = ok(&["series", THIS_YEAR, LAST_YEAR, "--format", "table"]);
    assert!(table.contains("kis-east: 2 rounds"));
    // Two units are not a series.
    let e = fails(&["series", THIS_YEAR, &example("national-ministry.json")]);
    assert!(
        e.contains("spec/examples/national-ministry.json: error[input.series_mismatch] at /unit"),
        "{e}"
    );
}

// ---------------------------------------------------------------------------------------------
// the README's researcher session
// ---------------------------------------------------------------------------------------------

#[test]
fn readme_researcher_session() {
    let d = tmp("readme");
    let pooled = d.join("pooled.json");
    let text = ok(&["pool", RESPONDENTS, "-o", p(&pooled)]);
    assert!(
        text.contains("3 respondents pooled by the median"),
        "{text}"
    );
    let agenda = text
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("#  Indicator"))
        .nth(1)
        .unwrap();
    assert!(agenda.trim_start().starts_with("1  "), "{agenda}");
    let score = ok(&["score", p(&pooled)]);
    assert!(
        score.starts_with("Kisumu East district health team (district) · 2026-Q3"),
        "{score}"
    );
    let change = ok(&["compare", LAST_YEAR, p(&pooled)]);
    assert!(change.contains("Directly comparable"), "{change}");
    let cohort = ok(&["cohort", COHORT, "--group-by", "region"]);
    assert!(cohort.contains("Rift Valley (3 units): suppressed"));
    let csv = d.join("cohort.csv");
    ok(&[
        "cohort",
        COHORT,
        "--group-by",
        "region",
        "--format",
        "csv",
        "-o",
        p(&csv),
    ]);
    assert!(std::fs::read_to_string(&csv)
        .unwrap()
        .starts_with("group,units,suppressed,"));
    let rel = ok(&["reliability", COHORT]);
    assert!(rel.contains("Cronbach's alpha"));
    let series = d.join("kisumu-east.csv");
    ok(&["series", LAST_YEAR, p(&pooled), "-o", p(&series)]);
    let series = std::fs::read_to_string(&series).unwrap();
    assert_eq!(series.lines().count(), 3, "{series}");
    assert!(series
        .lines()
        .nth(2)
        .unwrap()
        .starts_with("kis-east,2026-Q3,"));
    let sure = ok(&["uncertainty", p(&pooled)]);
    assert!(sure.contains("the overall level is"), "{sure}");
    let html = d.join("report.html");
    ok(&["report", p(&pooled), "--uncertainty", "-o", p(&html)]);
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.contains("<g class=\"intervals\""));
}
