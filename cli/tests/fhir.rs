//! `lhs-maturity export fhir-questionnaire`, `export fhir-response` and `import fhir-response`:
//! files written, a round trip through the commands, and the errors.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

mod common;
use common::{err, run, spec_file, temp};
use serde_json::Value;
use std::path::Path;

fn spec(name: &str) -> String {
    spec_file("fhir", name)
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn questionnaire_in_a_language_and_one_per_language_in_a_directory() {
    let dir = temp("q");
    let o = run(
        &[
            "--lang",
            "fr",
            "export",
            "fhir-questionnaire",
            "--form-revision",
            "3",
            "-o",
            "q.json",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let q = json(&dir.join("q.json"));
    assert_eq!(
        (q["language"].as_str(), q["version"].as_str()),
        (Some("fr"), Some("2.0.0.3"))
    );
    let o = run(&["export", "fhir-questionnaire", "-o", "all/"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    for l in ["en", "fr", "es", "pt-PT", "ar"] {
        let q = json(&dir.join(format!("all/questionnaire-{l}.json")));
        assert_eq!(q["language"], l);
    }
    assert_eq!(
        json(&dir.join("all/codesystem.json")),
        json(Path::new(&spec("codesystem.json")))
    );
}

#[test]
fn response_round_trip_through_the_commands() {
    let dir = temp("rt");
    let o = run(
        &[
            "export",
            "fhir-response",
            &spec("assessment.json"),
            "-o",
            "r.json",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        json(&dir.join("r.json")),
        json(Path::new(&spec("response.json")))
    );
    let o = run(&["import", "fhir-response", "r.json", "-o", "a.json"], &dir);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        json(&dir.join("a.json")),
        json(Path::new(&spec("assessment.json")))
    );
}

#[test]
fn errors_are_located_and_options_checked() {
    let dir = temp("err");
    let text = std::fs::read_to_string(spec("response.json"))
        .unwrap()
        .replace("lhs-2021|2.0.0.1", "lhs-2021|1.0.0.1");
    std::fs::write(dir.join("old.json"), text).unwrap();
    let o = run(&["import", "fhir-response", "old.json"], &dir);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("error[assessment.version_mismatch] at /questionnaire"),
        "{}",
        err(&o)
    );
    assert!(err(&o).contains("migrate"), "{}", err(&o));
    let o = run(
        &[
            "export",
            "fhir-response",
            "--units",
            "u.csv",
            &spec("assessment.json"),
        ],
        &dir,
    );
    assert!(err(&o).contains(
        "`--units` is an option of `export xlsform` and `export fhir-questionnaire` only"
    ));
    let o = run(&["export", "fhir-questionnaire", "x.json"], &dir);
    assert!(err(&o).contains("takes no input files"), "{}", err(&o));
    let o = run(&["export", "fhir-response"], &dir);
    assert!(err(&o).contains("needs the assessments"), "{}", err(&o));
}

#[test]
fn imports_the_response_lhc_forms_wrote() {
    let dir = temp("lforms");
    let o = run(
        &[
            "import",
            "fhir-response",
            &spec("lforms-response.json"),
            "-o",
            "a.json",
        ],
        &dir,
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        json(&dir.join("a.json")),
        json(Path::new(&spec("lforms-response.assessment.json")))
    );
}
