//! Runs the built `lhs-maturity` binary: every command, with good and bad inputs.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::Framework;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const EXAMPLE: &str = "district-kisumu-east.json";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn example(name: &str) -> PathBuf {
    root().join("spec/examples").join(name)
}

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
    let d = std::env::temp_dir().join(format!("lhs-cli-{}-{name}", std::process::id()));
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

fn run_p(args: &[&Path]) -> Output {
    let a: Vec<&str> = args.iter().map(|p| p.to_str().unwrap()).collect();
    run(&a)
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

/// A wide CSV of `rows` generated assessments (the built-in framework), row `k` rated
/// `(k + column) % 5`.
fn wide_csv(rows: usize) -> String {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let mut s = format!("unit_id;unit_name;period;{}\n", ids.join(";"));
    for k in 0..rows {
        let cells: Vec<String> = (0..ids.len()).map(|c| ((k + c) % 5).to_string()).collect();
        s.push_str(&format!("u{k};Unit {k};2026;{}\n", cells.join(";")));
    }
    s
}

// ---------------------------------------------------------------------------------------------
// help and usage
// ---------------------------------------------------------------------------------------------

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in [
        "template",
        "validate",
        "score",
        "report",
        "batch",
        "framework",
    ] {
        let o = run(&[cmd, "--help"]);
        assert_eq!(code(&o), 0, "{cmd}");
        assert!(out(&o).contains("Examples:"), "{cmd} --help has no example");
        assert!(out(&o).contains("lhs-maturity "), "{cmd}");
    }
    let o = run(&["--help"]);
    assert!(out(&o).contains("template → fill → validate → score → report → batch"));
    assert_eq!(code(&run(&["--version"])), 0);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&run(&[])), 2);
    assert_eq!(code(&run(&["validate"])), 2);
    assert_eq!(code(&run(&["score", "--format", "pdf", "x.json"])), 2);
    assert_eq!(code(&run(&["score", "--target", "three", "x.json"])), 2);
    assert_eq!(code(&run(&["nope"])), 2);
}

// ---------------------------------------------------------------------------------------------
// template
// ---------------------------------------------------------------------------------------------

#[test]
fn template_json_and_csv() {
    let d = tmp("template");
    let json = d.join("blank.json");
    let o = run(&["template", "-o", p(&json)]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let answers = v["answers"].as_object().unwrap();
    assert_eq!(answers.len(), Framework::builtin().indicator_count());
    assert!(answers["inst.info.routine_data"]["$comment"]
        .as_str()
        .unwrap()
        .contains("Routine"));
    // A blank template validates (warnings only: nothing rated yet).
    let o = run(&["validate", p(&json)]);
    assert_eq!(code(&o), 0, "{}", out(&o));
    assert!(!out(&o).contains("unknown_field"));

    // CSV to stdout, chosen by --format; to a file, chosen by the extension.
    let o = run(&["template", "--format", "csv"]);
    assert_eq!(code(&o), 0);
    let text = out(&o);
    assert!(text.starts_with("\u{feff}id,name,answer,evidence"));
    let csv = d.join("blank.csv");
    assert_eq!(code(&run(&["template", "-o", p(&csv)])), 0);
    let filled = std::fs::read_to_string(&csv)
        .unwrap()
        .replace(
            "\r\nunit_name,unit name,,",
            "\r\nunit_name,unit name,Kisumu East,",
        )
        .replace(
            "\r\ninst.info.routine_data,Routine data used in decisions,,",
            "\r\ninst.info.routine_data,Routine data used in decisions,3,",
        );
    std::fs::write(&csv, filled).unwrap();
    let o = run(&["score", p(&csv), "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let r: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(r["overall"]["score"], 3.0);
    assert_eq!(r["unit"]["name"], "Kisumu East");
}

// ---------------------------------------------------------------------------------------------
// validate
// ---------------------------------------------------------------------------------------------

#[test]
fn validate_valid_examples() {
    for name in [
        "district-kisumu-east.json",
        "national-ministry.json",
        "facility-st-marys.json",
    ] {
        let o = run_p(&[Path::new("validate"), &example(name)]);
        assert_eq!(code(&o), 0, "{name}: {}", out(&o));
        assert!(out(&o).contains("valid ("));
    }
}

#[test]
fn validate_reports_every_error_with_its_path() {
    let d = tmp("validate");
    let bad = d.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"answers": {"inst.info.routin_data": 2, "inst.delib.working_groups": "2", "cap.prov.data_interpretation": "na"}}"#,
    )
    .unwrap();
    let o = run(&["validate", p(&bad)]);
    assert_eq!(code(&o), 1);
    let s = out(&o);
    assert!(s.contains("invalid (2 errors"), "{s}");
    assert!(s.contains("error[assessment.unknown_indicator] at /answers/inst.info.routin_data"));
    assert!(s.contains("help: did you mean `inst.info.routine_data`?"));
    assert!(s.contains("error[assessment.invalid_level] at /answers/inst.delib.working_groups"));
    assert!(s.contains("warning[assessment.na_without_justification]"));
    // Machine-readable.
    let o = run(&["validate", "--format", "json", p(&bad)]);
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v[0]["valid"], false);
    assert_eq!(v[0]["errors"], 2);
}

#[test]
fn validate_malformed_json_gives_line_and_column() {
    let d = tmp("malformed");
    let bad = d.join("broken.json");
    std::fs::write(
        &bad,
        "{\n  \"answers\": {\n    \"inst.info.routine_data\": 2,\n  }\n}\n",
    )
    .unwrap();
    let o = run(&["validate", p(&bad)]);
    assert_eq!(code(&o), 1);
    let s = out(&o);
    assert!(s.contains("assessment.invalid_json"), "{s}");
    assert!(s.contains("broken.json:4:"), "{s}");
}

#[test]
fn validate_missing_file_and_empty_directory() {
    let d = tmp("missing");
    let o = run(&["validate", p(&d.join("nope.json"))]);
    assert_eq!(code(&o), 1);
    assert!(out(&o).contains("the file does not exist"), "{}", out(&o));
    let empty = d.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("notes.txt"), "not an assessment").unwrap();
    let o = run(&["validate", p(&empty)]);
    assert_eq!(code(&o), 1);
    assert!(out(&o).contains("has no assessments"), "{}", out(&o));
}

#[test]
fn validate_csv_with_unknown_column_and_bad_cells() {
    let d = tmp("csv-unknown");
    let f = d.join("survey.csv");
    std::fs::write(
        &f,
        "unit_id,inst.info.routine_dat,inst.delib.working_groups\nk1,2,high\n",
    )
    .unwrap();
    let o = run(&["validate", p(&f)]);
    assert_eq!(code(&o), 1);
    let s = out(&o);
    assert!(
        s.contains("survey.csv:1:2: error[csv.unknown_column]"),
        "{s}"
    );
    assert!(
        s.contains("help: did you mean `inst.info.routine_data`?"),
        "{s}"
    );
    assert!(
        s.contains(
            "survey.csv:2:3: error[assessment.invalid_level] at /rows/0/inst.delib.working_groups"
        ),
        "{s}"
    );
}

#[test]
fn validate_mixed_files_checks_each() {
    let d = tmp("mixed");
    let good = example(EXAMPLE);
    let bad = d.join("bad.json");
    std::fs::write(&bad, "[]").unwrap();
    let o = run_p(&[Path::new("validate"), &good, &bad]);
    assert_eq!(code(&o), 1);
    let s = out(&o);
    assert!(s.contains(&format!("{}: valid", good.display())), "{s}");
    assert!(s.contains("bad.json: invalid"), "{s}");
}

// ---------------------------------------------------------------------------------------------
// score
// ---------------------------------------------------------------------------------------------

fn example_report() -> lhs_maturity::Report {
    let text = std::fs::read_to_string(example(EXAMPLE)).unwrap();
    Framework::builtin().score_json(&text).unwrap()
}

#[test]
fn score_table_is_plain_when_piped() {
    let o = run_p(&[Path::new("score"), &example(EXAMPLE)]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let s = out(&o);
    assert!(!s.contains('\x1b'), "colours on a pipe");
    let r = example_report();
    assert!(s.contains("Kisumu East district health team"));
    assert!(s.contains(&format!("{:.2}", r.overall.score.unwrap())));
    for d in &r.domains {
        assert!(s.contains(d.name.as_str()), "{}", d.name);
    }
    assert!(s.contains("Learning profile"));
    assert!(s.contains("Top next steps"));
    assert!(s.contains(r.recommendations[0].indicator.as_str()));
}

#[test]
fn score_table_colours_on_a_terminal_unless_no_color() {
    // `script` (util-linux) gives the command a terminal; skip where it is missing.
    if Command::new("script").arg("--version").output().is_err() {
        return;
    }
    let cmd = format!(
        "'{}' score '{}'",
        env!("CARGO_BIN_EXE_lhs-maturity"),
        example(EXAMPLE).display()
    );
    let tty = |no_color: Option<&str>| {
        let mut c = Command::new("script");
        c.args(["-qec", &cmd, "/dev/null"])
            .stdin(std::process::Stdio::null());
        match no_color {
            Some(v) => c.env("NO_COLOR", v),
            None => c.env_remove("NO_COLOR"),
        };
        out(&c.output().unwrap())
    };
    let coloured = tty(None);
    if coloured.is_empty() {
        eprintln!("skipped: `script` gives no terminal here");
        return;
    }
    assert!(coloured.contains("Kisumu East"), "{coloured}");
    assert!(coloured.contains('\x1b'));
    assert!(!tty(Some("1")).contains('\x1b'));
    // An empty NO_COLOR does not disable colours (no-color.org).
    assert!(tty(Some("")).contains('\x1b'));
}

#[test]
fn score_markdown_and_json_and_target() {
    let o = run_p(&[
        Path::new("score"),
        &example(EXAMPLE),
        Path::new("--format"),
        Path::new("markdown"),
    ]);
    assert_eq!(code(&o), 0);
    assert_eq!(out(&o), example_report().to_markdown());

    let o = run_p(&[
        Path::new("score"),
        &example(EXAMPLE),
        Path::new("--format"),
        Path::new("json"),
        Path::new("--target"),
        Path::new("4"),
    ]);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    let r = example_report();
    assert_eq!(v["overall"]["score"].as_f64(), r.overall.score);
    // --target 4 replaces the example's default target 3: every rated indicator below 4 has a gap.
    let below4 = r
        .indicators
        .iter()
        .filter(|i| i.level.is_some_and(|l| l < 4))
        .count();
    assert!(v["recommendations"].as_array().unwrap().len() >= below4);

    let o = run_p(&[
        Path::new("score"),
        &example(EXAMPLE),
        Path::new("--target"),
        Path::new("9"),
    ]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("input.target_out_of_range"), "{}", err(&o));
}

#[test]
fn score_csv_one_or_many() {
    let d = tmp("score-csv");
    let one = d.join("one.csv");
    std::fs::write(&one, wide_csv(1)).unwrap();
    let o = run(&["score", p(&one), "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let many = d.join("many.csv");
    std::fs::write(&many, wide_csv(3)).unwrap();
    let o = run(&["score", p(&many)]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("holds 3 assessments"), "{}", err(&o));
    assert!(
        err(&o).contains("help: score them all with `lhs-maturity batch"),
        "{}",
        err(&o)
    );
}

#[test]
fn score_missing_and_malformed() {
    let o = run(&["score", "no/such/file.json"]);
    assert_eq!(code(&o), 1);
    assert!(
        err(&o).starts_with("error: cannot read `no/such/file.json`: the file does not exist"),
        "{}",
        err(&o)
    );
    let d = tmp("score-bad");
    let f = d.join("x.json");
    std::fs::write(&f, "{\"answers\": ").unwrap();
    let o = run(&["score", p(&f)]);
    assert_eq!(code(&o), 1);
    assert!(
        err(&o).contains("error[assessment.invalid_json]"),
        "{}",
        err(&o)
    );
    assert!(out(&o).is_empty());
}

// ---------------------------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------------------------

/// The SVG elements of an HTML page.
fn svgs(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

#[test]
fn report_html_golden_structure() {
    let d = tmp("report");
    // The example with a script typed into an evidence note.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example(EXAMPLE)).unwrap()).unwrap();
    v["answers"]["inst.info.routine_data"] =
        serde_json::json!({"level": 2, "evidence": "<script>alert('x')</script> & minutes"});
    let input = d.join("kisumu.json");
    std::fs::write(&input, serde_json::to_string(&v).unwrap()).unwrap();
    let html_path = d.join("report.html");
    let o = run(&["report", p(&input), "-o", p(&html_path)]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(err(&o).contains("wrote the report"));
    let html = std::fs::read_to_string(&html_path).unwrap();
    let r = Framework::builtin().score_value(&v).unwrap();

    // Self-contained: no scripts, no external assets.
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert!(!html.contains("src="));
    assert!(!html.contains("href="));
    assert!(!html.contains("@import"));
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; minutes"));
    assert!(html.contains("@page { size: A4"));

    // The sections, in order.
    let sections = [
        "id=\"header\"",
        "id=\"overall\"",
        "id=\"figure-radar\"",
        "id=\"figure-facets\"",
        "id=\"domains\"",
        "id=\"next-steps\"",
        "id=\"indicators\"",
        "id=\"warnings\"",
    ];
    let mut at = 0;
    for s in sections {
        let i = html[at..]
            .find(s)
            .unwrap_or_else(|| panic!("{s} missing or out of order"));
        at += i;
    }
    // Who, when, against what.
    assert!(html.contains("Kisumu East district health team"));
    assert!(html.contains("2026-Q3"));
    assert!(html.contains("<code>lhs-2021</code> version 2.0.0"));
    // The numbers.
    let overall = format!("{:.2} <small>/ 4</small>", r.overall.score.unwrap());
    assert!(html.contains(&overall), "{overall}");
    assert!(html.contains(&format!("{:.0}%", 100.0 * r.overall.coverage.unwrap())));
    for n in r
        .domains
        .iter()
        .flat_map(|d| std::iter::once(d).chain(d.children.iter()))
        .filter(|n| n.score.counts.total > 0)
    {
        assert!(
            html.contains(&format!(
                "<code>{}</code></td><td class=\"num\">{}</td>",
                n.id,
                n.score.score.map_or("–".to_owned(), |s| format!("{s:.2}"))
            )),
            "{}",
            n.id
        );
    }
    // Every indicator, with the descriptors of its current and next level.
    let fw = Framework::builtin();
    for i in &r.indicators {
        if i.status == lhs_maturity::Status::DoesNotApply {
            assert!(!html.contains(&format!("id=\"ind-{}\"", i.id)), "{}", i.id);
            continue;
        }
        assert!(html.contains(&format!("id=\"ind-{}\"", i.id)), "{}", i.id);
        if let Some(l) = i.level {
            let ind = fw.indicator(&i.id).unwrap();
            assert!(html.contains(&lhs_maturity::escape_html(
                ind.levels[l as usize].descriptor().en()
            )));
            if l < 4 {
                assert!(html.contains(&lhs_maturity::escape_html(
                    ind.levels[l as usize + 1].descriptor().en()
                )));
            }
        }
    }
    // Next steps grouped by stakeholder group.
    for g in r
        .recommendations_by_owner
        .iter()
        .filter(|g| !g.indicators.is_empty())
    {
        assert!(html.contains(&format!("id=\"owner-{}\"", g.owner)));
    }
    // The charts are valid XML with the expected parts.
    let charts = svgs(&html);
    assert_eq!(charts.len(), 2);
    for svg in &charts {
        let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("invalid SVG: {e}"));
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        assert_eq!(
            doc.root_element().tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
    }
    let radar = roxmltree::Document::parse(charts[0]).unwrap();
    assert!(radar
        .descendants()
        .any(|n| n.attribute("class") == Some("scores")));
    let labels: String = radar
        .descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap())
        .collect();
    assert!(labels.contains(&format!("{:.2}", r.domains[0].score.score.unwrap())));
    let bars = roxmltree::Document::parse(charts[1]).unwrap();
    let rects = bars
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .count();
    let scored = r
        .facets
        .iter()
        .flat_map(|f| &f.values)
        .filter(|v| v.score.score.is_some())
        .count();
    assert_eq!(rects, scored);
}

#[test]
fn report_markdown_and_stdout() {
    let d = tmp("report-md");
    let md = d.join("report.md");
    let o = run_p(&[Path::new("report"), &example(EXAMPLE), Path::new("-o"), &md]);
    assert_eq!(code(&o), 0);
    assert_eq!(
        std::fs::read_to_string(&md).unwrap(),
        example_report().to_markdown()
    );
    let o = run_p(&[Path::new("report"), &example(EXAMPLE)]);
    assert!(out(&o).starts_with("<!DOCTYPE html>"));
}

#[test]
fn report_to_an_unwritable_path_leaves_nothing() {
    let d = tmp("unwritable");
    // A directory that does not exist.
    let target = d.join("no-such-dir").join("report.html");
    let o = run_p(&[
        Path::new("report"),
        &example(EXAMPLE),
        Path::new("-o"),
        &target,
    ]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("the directory"), "{}", err(&o));
    assert!(err(&o).contains("does not exist"), "{}", err(&o));
    // A path that is a directory: the temporary file is written, the rename fails, and the
    // temporary file is removed.
    let taken = d.join("taken.html");
    std::fs::create_dir_all(&taken).unwrap();
    let o = run_p(&[
        Path::new("report"),
        &example(EXAMPLE),
        Path::new("-o"),
        &taken,
    ]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).starts_with("error: cannot write"), "{}", err(&o));
    assert!(err(&o).contains("help:"));
    let left: Vec<String> = std::fs::read_dir(&*d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["taken.html"], "something was left behind");
    // An existing report is replaced whole, never truncated by a failed write.
    let ok = d.join("ok.html");
    std::fs::write(&ok, "old").unwrap();
    let o = run_p(&[
        Path::new("report"),
        Path::new("no-such.json"),
        Path::new("-o"),
        &ok,
    ]);
    assert_eq!(code(&o), 1);
    assert_eq!(std::fs::read_to_string(&ok).unwrap(), "old");
}

// ---------------------------------------------------------------------------------------------
// batch
// ---------------------------------------------------------------------------------------------

#[test]
fn batch_mixed_inputs_one_bad_never_stops_the_others() {
    let d = tmp("batch");
    let dir = d.join("in");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for name in ["district-kisumu-east.json", "national-ministry.json"] {
        std::fs::copy(example(name), dir.join(name)).unwrap();
    }
    std::fs::copy(
        example("facility-st-marys.json"),
        dir.join("sub/facility.json"),
    )
    .unwrap();
    std::fs::write(dir.join("broken.json"), "{\"answers\": {").unwrap();
    std::fs::write(
        dir.join("unknown.json"),
        r#"{"answers": {"inst.info.nope": 1}}"#,
    )
    .unwrap();
    std::fs::write(dir.join("README.txt"), "ignored").unwrap();
    // A wide CSV with a bad row in the middle.
    let mut csv = wide_csv(3);
    csv = csv.replacen("u1;Unit 1;2026;1;", "u1;Unit 1;2026;zero;", 1);
    std::fs::write(d.join("survey.csv"), &csv).unwrap();
    let summary = d.join("summary.csv");
    let o = run(&[
        "batch",
        p(&dir),
        p(&d.join("survey.csv")),
        p(&d.join("missing.json")),
        "-o",
        p(&summary),
    ]);
    assert_eq!(code(&o), 1, "{}", err(&o));
    let e = err(&o);
    assert!(e.contains("4 of 9 assessments could not be scored"), "{e}");
    assert!(e.contains("broken.json"));
    assert!(e.contains("assessment.unknown_indicator"));
    assert!(
        e.contains("survey.csv:3:4: error[assessment.invalid_level] at /rows/1/"),
        "{e}"
    );
    assert!(
        e.contains("missing.json: error[assessment.unreadable]: cannot read"),
        "{e}"
    );
    assert!(e.contains("scored 5 of 9 assessments"), "{e}");
    let text = std::fs::read_to_string(&summary).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 10, "{text}");
    assert!(lines[0].starts_with("source,line,status,unit_id,unit_name,unit_kind,period,respondent_id,overall_score,overall_level,overall_coverage,inst_score,inst_level,inst_coverage,"));
    assert!(lines[0].ends_with(",error"));
    let ok = lines.iter().filter(|l| l.contains(",ok,")).count();
    assert_eq!(ok, 5);
    // The numbers are the library's.
    let r = example_report();
    let kisumu = lines.iter().find(|l| l.contains("kis-east")).unwrap();
    assert!(
        kisumu.contains(&format!(",{},", r.overall.score.unwrap())),
        "{kisumu}"
    );
    // Rows of the CSV keep their line numbers and file order.
    let csv_rows: Vec<&&str> = lines.iter().filter(|l| l.contains("survey.csv")).collect();
    assert_eq!(csv_rows.len(), 3);
    assert!(csv_rows[1].contains(",3,error,"), "{}", csv_rows[1]);
}

#[test]
fn batch_json_summary_agrees_with_score() {
    let d = tmp("batch-json");
    let csv = d.join("wide.csv");
    std::fs::write(&csv, wide_csv(50)).unwrap();
    let o = run(&["batch", p(&csv), "-o", p(&d.join("s.json")), "--quiet"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(err(&o).is_empty(), "--quiet printed {}", err(&o));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("s.json")).unwrap()).unwrap();
    assert_eq!(v["scored"], 50);
    // Row 7 scored as a matrix equals the row scored on its own.
    let text = wide_csv(50);
    let fw = Framework::builtin();
    let doc = fw.read_csv(&text).unwrap();
    let r = doc.records[7].score_with(&fw, &Default::default()).unwrap();
    let row = &v["rows"][7];
    assert_eq!(row["unit_id"], "u7");
    assert!((row["overall"]["score"].as_f64().unwrap() - r.overall.score.unwrap()).abs() < 1e-12);
    assert_eq!(
        row["domains"][2]["coverage"].as_f64(),
        r.domains[2].score.coverage
    );
}

#[test]
fn batch_table_and_empty_directory() {
    let o = run(&["batch", "spec/examples", "--format", "table"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(out(&o).contains("Kisumu East district health team"));
    let d = tmp("batch-empty");
    let o = run(&["batch", p(&d)]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("has no assessments"), "{}", err(&o));
    // A CSV with an unknown column fails that file only.
    std::fs::write(d.join("bad.csv"), "unit_id,inst.info.routine_dta\nx,1\n").unwrap();
    let o = run_p(&[Path::new("batch"), &d.join("bad.csv"), &example(EXAMPLE)]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("csv.unknown_column"), "{}", err(&o));
    assert!(out(&o).lines().filter(|l| l.contains(",ok,")).count() == 1);
}

// ---------------------------------------------------------------------------------------------
// framework and --framework
// ---------------------------------------------------------------------------------------------

#[test]
fn framework_show_schema_indicators() {
    let o = run(&["framework"]);
    assert_eq!(code(&o), 0);
    assert!(out(&o).contains("`lhs-2021` version 2.0.0 (60 indicators)"));
    let o = run(&["framework", "show", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["id"], "lhs-2021");
    let o = run(&["framework", "schema"]);
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert!(v["assessment.schema.json"].is_object());
    let o = run(&["framework", "schema", "report"]);
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["title"], "Report");
    let o = run(&["framework", "indicators", "--format", "csv"]);
    assert_eq!(out(&o).lines().count(), 61);
    let o = run(&["framework", "indicators"]);
    assert!(out(&o).contains("inst.info.routine_data"));
    let o = run(&["framework", "indicators", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 60);
}

const MY_FRAMEWORK: &str = r#"{
  "id": "my-model", "version": "1.0.0", "title": {"en": "My model"},
  "scale": {"levels": [
    {"level": 0, "key": "none", "name": {"en": "None"}, "description": {"en": "Not done"}},
    {"level": 1, "key": "some", "name": {"en": "Some"}, "description": {"en": "Done in places"}},
    {"level": 2, "key": "full", "name": {"en": "Full"}, "description": {"en": "Done everywhere"}}
  ]},
  "facets": [{"id": "owner", "name": {"en": "Who acts"}, "values": [{"id": "ministry", "name": {"en": "Ministry"}}]}],
  "domains": [
    {"id": "data", "name": {"en": "Data"}, "children": [
      {"id": "data.use", "name": {"en": "Data use"}, "indicators": [
        {"id": "data.use.reviews", "statement": {"en": "Teams review their data monthly."},
         "levels": [{"en": "No reviews"}, {"en": "Some teams"}, {"en": "All teams, minuted"}],
         "facets": {"owner": ["ministry"]}}
      ]}
    ]}
  ]
}"#;

#[test]
fn custom_framework_everywhere() {
    let d = tmp("custom");
    let fwf = d.join("mine.json");
    std::fs::write(&fwf, MY_FRAMEWORK).unwrap();
    let a = d.join("a.json");
    std::fs::write(&a, r#"{"framework": {"id": "my-model"}, "unit": {"name": "T"}, "answers": {"data.use.reviews": 1}}"#).unwrap();
    let o = run(&["--framework", p(&fwf), "template"]);
    assert!(out(&o).contains("data.use.reviews"));
    let o = run(&["score", p(&a), "--framework", p(&fwf), "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["overall"]["score"], 1.0);
    let html = d.join("r.html");
    let o = run(&["report", p(&a), "--framework", p(&fwf), "-o", p(&html)]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Some teams") && text.contains("All teams, minuted"));
    for svg in svgs(&text) {
        roxmltree::Document::parse(svg).unwrap();
    }
    // The built-in framework rejects the assessment made for another one.
    let o = run(&["validate", p(&a)]);
    assert_eq!(code(&o), 1);
    assert!(out(&o).contains("assessment.framework_mismatch"));
    // A broken framework file: exit 1 with its problems.
    let broken = d.join("broken.json");
    std::fs::write(&broken, r#"{"id": "x"}"#).unwrap();
    let o = run(&["--framework", p(&broken), "framework"]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("framework.missing_field"), "{}", err(&o));
}

#[test]
fn migrate_moves_a_1_0_0_assessment_and_keeps_everything() {
    let d = tmp("migrate");
    let old = d.0.join("old.json");
    std::fs::write(
        &old,
        r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "unit": {"kind": "district"},
            "answers": {"inst.info.routine_data": {"level": 2, "evidence": "Minutes"},
                        "inst.info.evidence_synthesis": 3,
                        "inst.act.pilots": 2, "inst.act.scale_diffusion": 1,
                        "cap.prov.data_interpretation": 3,
                        "proc.levels.team_learning": 2}}"#,
    )
    .unwrap();
    let new = d.0.join("new.json");
    let o = run(&["migrate", p(&old), "-o", p(&new)]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let e = err(&o);
    assert!(e.contains("from 1.0.0 to 2.0.0"), "{e}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&new).unwrap()).unwrap();
    assert_eq!(v["framework"]["version"], "2.0.0");
    // equivalent
    assert_eq!(v["answers"]["inst.info.routine_data"]["level"], 2);
    // merged_conjunctive: the lower level
    assert_eq!(v["answers"]["inst.act.pilots_scaling"], 1);
    // revised: a proposal, not a level
    assert_eq!(
        v["migration"]["proposed"]["cap.prov.data_interpretation"]["level"],
        3
    );
    // no successor, or a successor that does not apply to a district: kept aside
    assert_eq!(
        v["migration"]["unmapped"]["proc.levels.team_learning"]["answer"],
        2
    );
    assert_eq!(
        v["migration"]["unmapped"]["inst.info.evidence_synthesis"]["answer"],
        3
    );
    // The migrated file scores with 2.0.0, picked from its own version.
    let o = run(&["score", p(&new), "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    // A file already migrated is refused, saying why.
    let o = run(&["migrate", p(&new)]);
    assert_eq!(code(&o), 1);
    assert!(
        err(&o).contains("migration.already_migrated"),
        "{}",
        err(&o)
    );
    // A file that names no version is refused: nothing is assumed about what was answered.
    let bare = d.join("bare.json");
    std::fs::write(&bare, r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    let o = run(&["migrate", p(&bare)]);
    assert_eq!(code(&o), 1);
    assert!(err(&o).contains("migration.no_version"), "{}", err(&o));
    assert!(std::fs::read_to_string(&bare)
        .unwrap()
        .contains("routine_data"));
    // A unit kind that does not exist is named, with the kinds there are.
    let o = run(&["framework", "indicators", "--unit-kind", "hospital"]);
    assert_eq!(code(&o), 1, "{}", err(&o));
    assert!(
        err(&o).contains("`hospital` is not a unit kind"),
        "{}",
        err(&o)
    );
    assert!(
        err(&o).contains("national, subnational, district"),
        "{}",
        err(&o)
    );
}

#[test]
fn lint_and_indicator_weights_per_unit_kind() {
    let o = run(&["framework", "lint"]);
    assert_eq!(code(&o), 0);
    assert!(out(&o).contains("60 indicators, 0 findings"), "{}", out(&o));
    let o = run(&[
        "--framework-version",
        "1.0.0",
        "framework",
        "lint",
        "--strict",
    ]);
    assert_eq!(code(&o), 1, "1.0.0 has findings");
    assert!(out(&o).contains("lint.negation"));
    let o = run(&["framework", "indicators", "--unit-kind", "facility"]);
    assert_eq!(code(&o), 0);
    assert!(
        out(&o).contains("scored indicators for a facility unit"),
        "{}",
        out(&o)
    );
    assert!(out(&o).contains("n/a"));
    let o = run(&["framework", "indicators", "--unit-kind", "hospital"]);
    assert_eq!(code(&o), 1);
    assert!(
        err(&o).contains("`hospital` is not a unit kind"),
        "{}",
        err(&o)
    );
}

#[test]
fn content_validity_and_long_export() {
    let d = tmp("cvi");
    let o = run(&["content-validity", "--form"]);
    assert_eq!(code(&o), 0);
    let form = out(&o);
    assert_eq!(form.lines().count(), 61);
    // Three experts: 4, 3 and 2 on the first indicator.
    for (name, r) in [("a", 4), ("b", 3), ("c", 2)] {
        let filled = form.replacen(
            "inst.info.routine_data,Routine data used in decisions,",
            "inst.info.routine_data,x,",
            1,
        );
        let filled = filled
            .lines()
            .map(|l| {
                if l.starts_with("inst.info.routine_data,") {
                    format!("inst.info.routine_data,x,y,{r},")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(d.0.join(format!("{name}.csv")), filled).unwrap();
    }
    let o = run(&["content-validity", p(&d.0), "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["experts"], 3);
    let item = &v["items"][0];
    assert_eq!(
        (item["experts"].clone(), item["relevant"].clone()),
        (serde_json::json!(3), serde_json::json!(2))
    );
    assert!((item["i_cvi"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    let o = run(&["export", "long", "spec/examples/district-kisumu-east.json"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let text = out(&o);
    assert!(text.starts_with("unit,unit_kind,period,rater,indicator,domain,level,status\n"));
    assert_eq!(text.lines().count(), 61);
    assert!(text.contains("kis-east,district,2026-Q3,dht-consensus,inst.info.routine_data,inst,"));
}

/// No CSV the command writes can start a spreadsheet formula: a text cell beginning with `=`,
/// `+`, `-`, `@`, a tab or a carriage return gets a `'` in front; numbers are left alone.
#[test]
fn csv_text_cells_cannot_start_a_formula() {
    let d = tmp("formula");
    for (i, (name, period)) in [("=HYPERLINK(\"x\")", "+1"), ("@SUM(A1)", "-2")]
        .iter()
        .enumerate()
    {
        let a = serde_json::json!({
            "unit": {"id": format!("u{i}"), "name": name, "region": "-r"},
            "period": period,
            "answers": {"inst.info.routine_data": 2},
        });
        std::fs::write(d.0.join(format!("{i}.json")), a.to_string()).unwrap();
    }
    let o = run(&["batch", p(&d.0), "--format", "csv", "--quiet"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let csv = out(&o);
    assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\",,'+1,"), "{csv}");
    assert!(csv.contains(",'@SUM(A1),,'-2,"), "{csv}");
    let o = run(&[
        "cohort",
        p(&d.0),
        "--group-by",
        "region",
        "--min-group",
        "1",
        "--format",
        "csv",
    ]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(
        out(&o).contains("\n'-r,2,false,overall,Overall,2,2,"),
        "{}",
        out(&o)
    );
}
