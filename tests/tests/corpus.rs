//! The bad-input corpus: every document in `tests/corpus/` must be rejected with the error code
//! and JSON Pointer listed in `tests/corpus/expected.json`, and with every error it lists (code
//! and path, in order), and the valid baselines accepted. The Python, JS and CLI suites run the
//! same documents against the same file (`tests/corpus/README.md`).

use lhs_maturity::{Assessment, Diagnostic, Error, Framework, MAX_DOCUMENT_BYTES};
use lhs_maturity_conformance::repo_root;
use serde_json::Value;

/// The (code, path) of every error among these diagnostics, in order.
fn errors_of(diagnostics: &[Diagnostic]) -> Vec<(String, String)> {
    diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.code.clone(), d.path.clone()))
        .collect()
}

/// Reads and checks a corpus document as a user of the library would: a framework from its file,
/// an assessment scored from its text (a file that is not UTF-8 read by the library's file
/// reader). For an assessment given as text, `validate_json` must report the same errors.
fn load(rel: &str) -> Result<(), Error> {
    let path = repo_root().join("tests/corpus").join(rel);
    if rel.starts_with("framework/") {
        Framework::from_path(&path).map(|_| ())
    } else {
        let text = match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => text,
            // Not UTF-8: let the library's file reader report it.
            _ => return Assessment::from_path(&path).map(|_| ()),
        };
        let fw = Framework::builtin();
        let scored = fw.score_json(&text).map(|_| ());
        let validated = errors_of(&fw.validate_json(&text));
        let from_score = scored
            .as_ref()
            .map_or_else(|e| errors_of(e.details()), |()| Vec::new());
        assert_eq!(
            validated, from_score,
            "{rel}: validate_json and score_json disagree"
        );
        scored
    }
}

#[test]
fn every_corpus_document_gives_its_error() {
    let root = repo_root().join("tests/corpus");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("expected.json")).unwrap())
            .unwrap();
    let expected = expected.as_object().unwrap();
    let on_disk = ["framework", "assessment"]
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(root.join(d))
                .unwrap()
                .map(move |e| format!("{d}/{}", e.unwrap().file_name().to_string_lossy()))
        })
        .count();
    assert_eq!(
        on_disk,
        expected.len(),
        "every corpus file needs an entry in expected.json"
    );
    let invalid = expected.values().filter(|e| !e["code"].is_null()).count();
    assert!(
        invalid >= 30,
        "the corpus must hold at least 30 invalid documents, has {invalid}"
    );
    let mut failures = Vec::new();
    for (file, exp) in expected {
        let result = load(file);
        match (exp["code"].as_str(), result) {
            (None, Ok(())) => {}
            (None, Err(e)) => failures.push(format!("{file}: expected valid, got {e}")),
            (Some(code), Ok(())) => {
                failures.push(format!("{file}: expected {code}, but it was accepted"))
            }
            (Some(code), Err(e)) => {
                if e.code() != code || Some(e.path()) != exp["path"].as_str() {
                    failures.push(format!(
                        "{file}: expected {code} at {:?}, got {} at {:?}",
                        exp["path"],
                        e.code(),
                        e.path()
                    ));
                }
                // Every invalid case lists every error: the first is `code` at `path`.
                let want: Option<Vec<(String, String)>> = exp["errors"].as_array().map(|errors| {
                    errors
                        .iter()
                        .map(|x| (x["code"].as_str(), x["path"].as_str()))
                        .map(|(c, p)| (c.unwrap_or("").to_owned(), p.unwrap_or("").to_owned()))
                        .collect()
                });
                let got = errors_of(e.details());
                match want {
                    None => failures.push(format!("{file}: expected.json lists no `errors`")),
                    Some(want)
                        if want.first()
                            != Some(&(
                                code.to_owned(),
                                exp["path"].as_str().unwrap_or("").to_owned(),
                            )) =>
                    {
                        failures.push(format!("{file}: `errors` must begin with `code` at `path`"))
                    }
                    Some(want) if want != got => {
                        failures.push(format!("{file}: expected all errors {want:?}, got {got:?}"))
                    }
                    Some(_) => {}
                }
                for d in e.details() {
                    if d.message.is_empty() || d.message.ends_with('.') || d.message.contains('\n')
                    {
                        failures.push(format!("{file}: message style: {:?}", d.message));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn documents_over_the_size_limit_are_refused_before_parsing() {
    let mut text = String::from("{\"answers\": {}, \"notes\": \"");
    text.push_str(&"x".repeat(MAX_DOCUMENT_BYTES));
    text.push_str("\"}");
    let err = Framework::builtin().score_json(&text).unwrap_err();
    assert_eq!(err.code(), "assessment.too_large");
    let err = Framework::from_json(&text).unwrap_err();
    assert_eq!(err.code(), "framework.too_large");
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(
        Framework::builtin().score_json(&text).unwrap_err().code(),
        "assessment.invalid_json"
    );
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let err = Framework::builtin()
        .score_json("{\n  \"answers\": {\n    \"inst.info.routine_data\": 2,\n  }\n}")
        .unwrap_err();
    let d = &err.details()[0];
    assert_eq!(d.code, "assessment.invalid_json");
    assert_eq!(d.line, Some(4));
    assert!(d.column.is_some());
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let err = Framework::from_path("/nonexistent/framework.json").unwrap_err();
    assert_eq!(err.code(), "framework.unreadable");
    assert!(
        err.message().contains("does not exist"),
        "{}",
        err.message()
    );
    let err = Assessment::from_path(repo_root().join("tests")).unwrap_err();
    assert_eq!(err.code(), "assessment.unreadable");
}
