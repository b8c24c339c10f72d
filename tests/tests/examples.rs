//! The committed JSON Schemas accept the documents the project ships: the examples, the
//! built-in framework and the reports of the examples; and every example scores cleanly.

use lhs_maturity::Framework;
use lhs_maturity_conformance::{json_files, repo_root};
use serde_json::Value;

fn schema(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo_root().join("spec/schema").join(name)).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

fn check(validator: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn examples_match_the_schemas_and_score_without_errors() {
    let dir = repo_root().join("spec/examples");
    let files = json_files(&dir);
    assert!(
        files.len() >= 3,
        "expected at least 3 examples, found {}",
        files.len()
    );
    let (assessment, report) = (
        schema("assessment.schema.json"),
        schema("report.schema.json"),
    );
    let fw = Framework::builtin();
    for rel in files {
        let text = std::fs::read_to_string(dir.join(&rel)).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        check(&assessment, &doc, &rel.display().to_string());
        let r = fw
            .score_json(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
        assert!(r.overall.score.is_some());
        let counts = r.overall.counts;
        assert!(
            counts.rated > 20 && counts.rated < counts.total,
            "{}: a realistic mix",
            rel.display()
        );
        check(
            &report,
            &serde_json::to_value(&r).unwrap(),
            &format!("report of {}", rel.display()),
        );
    }
}

#[test]
fn the_builtin_framework_matches_the_framework_schema() {
    let v: Value = serde_json::from_str(lhs_maturity::BUILTIN_FRAMEWORK_JSON).unwrap();
    check(&schema("framework.schema.json"), &v, "lhs-2021.json");
}

#[test]
fn error_info_matches_the_error_schema() {
    let err = Framework::builtin()
        .score_json(r#"{"answers": {"x.y.z": 9}}"#)
        .unwrap_err();
    check(
        &schema("error.schema.json"),
        &serde_json::to_value(err.info()).unwrap(),
        "error info",
    );
}

#[test]
fn the_assessment_schema_rejects_what_the_library_rejects() {
    let v = schema("assessment.schema.json");
    for bad in [
        r#"{"answers": []}"#,
        r#"{"answers": {"a.b.c": 2.5}}"#,
        r#"{"answers": {"a.b.c": "2"}}"#,
        r#"{"answers": {"a.b.c": {"level": 2, "confidence": "sure"}}}"#,
        r#"{"unit": "kisumu", "answers": {}}"#,
        r#"{"period": "2026"}"#,
    ] {
        let doc: Value = serde_json::from_str(bad).unwrap();
        assert!(!v.is_valid(&doc), "the schema accepts {bad}");
        assert!(
            Framework::builtin().score_value(&doc).is_err(),
            "the library accepts {bad}"
        );
    }
}
