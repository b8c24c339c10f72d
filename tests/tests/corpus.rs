//! The bad-input corpus: every document in `tests/corpus/` must be rejected with the error code
//! and path listed in `tests/corpus/expected.json`, and with every error it lists (code and path,
//! in order; for CSV also the line and column), and the valid documents accepted. The Python, JS
//! and CLI suites run the same documents against the same file (`tests/corpus/README.md`). The
//! large documents (the size limit ±1 byte, 100,000 answers, 10,000 levels of nesting) are made
//! here, not stored.

use lhs_maturity::{
    read_text_file, text_of_bytes, Assessment, Diagnostic, Document, Error, Framework,
    ScoreOptions, MAX_DOCUMENT_BYTES,
};
use lhs_maturity_conformance::repo_root;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The folders of the corpus: what the documents are.
const KINDS: [&str; 3] = ["assessment", "framework", "csv"];

/// The categories of the JSON documents: the start of their file names (`syntax-…`), as in the
/// table of `tests/corpus/README.md`. CSV files are one category, their folder.
const CATEGORIES: [&str; 10] = [
    "syntax",
    "nesting",
    "dupkey",
    "type",
    "encoding",
    "string",
    "level",
    "content",
    "structure",
    "valid",
];

/// An error as the manifest lists it: code, path, and (CSV only) line and column.
type Found = (String, String, Option<u64>, Option<u64>);

/// The errors among these diagnostics, in order; the line and column only for `with_place`.
fn errors_of(diagnostics: &[Diagnostic], with_place: bool) -> Vec<Found> {
    diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| {
            let place = |x: Option<u64>| x.filter(|_| with_place);
            (
                d.code.clone(),
                d.path.clone(),
                place(d.line),
                place(d.column),
            )
        })
        .collect()
}

fn corpus() -> PathBuf {
    repo_root().join("tests/corpus")
}

/// Every corpus document, as `<kind>/<file>`, sorted.
fn documents() -> Vec<String> {
    let mut out: Vec<String> = KINDS
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(corpus().join(d))
                .unwrap()
                .map(move |e| format!("{d}/{}", e.unwrap().file_name().to_string_lossy()))
        })
        .collect();
    out.sort();
    out
}

/// The errors a document gives, read as a user of the library would; `Err` when two ways of
/// giving it disagree.
///
/// - a framework: `Framework::from_path`;
/// - an assessment: its text to `Framework::builtin().score_json` (a file that is not UTF-8
///   through `Assessment::from_path`), whose errors `validate_json`, `validate_path` and
///   `score_path_with` must report too;
/// - a CSV file: `validate_path`, whose errors `validate_csv` of the file's text must report
///   too (`score_path_with` is checked against the manifest's `score` by the caller).
fn errors(rel: &str) -> Result<(Vec<Found>, Option<Error>), String> {
    let path = corpus().join(rel);
    let fw = Framework::builtin();
    if rel.starts_with("framework/") {
        let e = Framework::from_path(&path).err();
        let found = e
            .as_ref()
            .map_or_else(Vec::new, |e| errors_of(e.details(), false));
        return Ok((found, e));
    }
    if rel.starts_with("csv/") {
        let by_path = errors_of(&fw.validate_path(&path), true);
        if let Ok(text) = read_text_file(&path, Document::Assessment) {
            let by_text = errors_of(&fw.validate_csv(&text), true);
            if by_text != by_path {
                return Err(format!(
                    "validate_csv gives {by_text:?}, validate_path {by_path:?}"
                ));
            }
        }
        return Ok((by_path, None));
    }
    let scored = match std::fs::read(&path).map(String::from_utf8) {
        Ok(Ok(text)) => {
            let scored = fw.score_json(&text).err();
            let validated = errors_of(&fw.validate_json(&text), false);
            let from_score = scored
                .as_ref()
                .map_or_else(Vec::new, |e| errors_of(e.details(), false));
            if validated != from_score {
                return Err(format!(
                    "validate_json gives {validated:?}, score_json {from_score:?}"
                ));
            }
            scored
        }
        // Not UTF-8: let the library's file reader report it.
        _ => Assessment::from_path(&path).err(),
    };
    let found = scored
        .as_ref()
        .map_or_else(Vec::new, |e| errors_of(e.details(), false));
    let by_path = errors_of(&fw.validate_path(&path), false);
    let scored_path = fw
        .score_path_with(&path, &ScoreOptions::default())
        .err()
        .map_or_else(Vec::new, |e| errors_of(e.details(), false));
    if by_path != found || scored_path != found {
        return Err(format!(
            "score_json gives {found:?}, validate_path {by_path:?}, score_path_with {scored_path:?}"
        ));
    }
    Ok((found, scored))
}

/// The errors of a manifest list (`errors` or `score`).
fn listed(list: &Value) -> Option<Vec<Found>> {
    list.as_array().map(|errors| {
        errors
            .iter()
            .map(|x| {
                (
                    x["code"].as_str().unwrap_or("").to_owned(),
                    x["path"].as_str().unwrap_or("").to_owned(),
                    x["line"].as_u64(),
                    x["column"].as_u64(),
                )
            })
            .collect()
    })
}

/// A manifest list of these errors, to paste into `expected.json`.
fn as_listed(errors: &[Found]) -> Value {
    errors
        .iter()
        .map(|(c, p, l, col)| {
            let mut e = json!({"code": c, "path": p});
            if let (Some(l), Some(col)) = (l, col) {
                e["line"] = json!(l);
                e["column"] = json!(col);
            }
            e
        })
        .collect()
}

/// The manifest entry of a document that gives these errors.
fn entry_of(errors: &[Found], score: Option<&[Found]>) -> Value {
    let mut entry = match errors.first() {
        None => json!({"code": null, "path": null}),
        Some((c, p, ..)) => json!({"code": c, "path": p, "errors": as_listed(errors)}),
    };
    if let Some(s) = score {
        entry["score"] = as_listed(s);
    }
    entry
}

#[test]
fn every_corpus_document_gives_its_errors() {
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(corpus().join("expected.json")).unwrap())
            .unwrap();
    let expected = expected.as_object().unwrap();
    let on_disk = documents();
    let mut listed_files: Vec<&String> = expected.keys().collect();
    listed_files.sort();
    assert_eq!(
        on_disk.iter().collect::<Vec<_>>(),
        listed_files,
        "every corpus file needs an entry in expected.json, and only those"
    );
    let mut per_category: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for file in &on_disk {
        let (kind, name) = file.split_once('/').unwrap();
        let category = if kind == "csv" {
            "csv"
        } else {
            name.split('-').next().unwrap()
        };
        if !CATEGORIES.contains(&category) && category != "csv" {
            failures.push(format!("{file}: no category `{category}-` (README)"));
        }
        *per_category.entry(category.to_owned()).or_default() += 1;
        let exp = &expected[file];
        let (got, err) = match errors(file) {
            Ok(x) => x,
            Err(why) => {
                failures.push(format!("{file}: the ways disagree: {why}"));
                continue;
            }
        };
        // A CSV file of several assessments is validated row by row, but scored as one file.
        let score = if kind == "csv" {
            let s = Framework::builtin()
                .score_path_with(corpus().join(file), &ScoreOptions::default())
                .err()
                .map_or_else(Vec::new, |e| errors_of(e.details(), true));
            (s != got).then_some(s)
        } else {
            None
        };
        let want = listed(&exp["errors"]).unwrap_or_default();
        let want_score = listed(&exp["score"]);
        let first = want.first().map(|(c, p, ..)| (c.as_str(), p.as_str()));
        if first != exp["code"].as_str().zip(exp["path"].as_str())
            || (exp["code"].is_null() && !exp["errors"].is_null())
        {
            failures.push(format!(
                "{file}: `code` and `path` must be those of the first of `errors`"
            ));
        }
        if want != got || want_score != score {
            failures.push(format!(
                "{file}: expected.json differs from what the library gives:\n  \"{file}\": {}",
                entry_of(&got, score.as_deref())
            ));
        }
        for d in err.iter().flat_map(Error::details) {
            if d.message.is_empty() || d.message.ends_with('.') || d.message.contains('\n') {
                failures.push(format!("{file}: message style: {:?}", d.message));
            }
        }
    }
    let invalid = expected.values().filter(|e| !e["code"].is_null()).count();
    assert!(
        on_disk.len() >= 150 && invalid >= 120,
        "the corpus must hold at least 150 documents (120 invalid), has {} ({invalid}): {per_category:?}",
        on_disk.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_formula_in_free_text_is_kept_as_written() {
    let fw = Framework::builtin();
    let a = fw
        .read_path(corpus().join("assessment/string-formula-in-evidence.json"))
        .unwrap();
    let answer = &a.answers["inst.info.routine_data"];
    assert_eq!(answer.evidence.as_deref(), Some("=cmd|' /C calc'!A0"));
    assert_eq!(answer.justification.as_deref(), Some("@SUM(A1:A9)"));
    // In CSV: as written, and `'` taken away from a guarded cell.
    let a = fw
        .read_path(corpus().join("csv/valid-formula-in-evidence.csv"))
        .unwrap();
    let answer = &a.answers["inst.info.routine_data"];
    assert_eq!(answer.evidence.as_deref(), Some("=cmd|' /C calc'!A0"));
    assert_eq!(answer.justification.as_deref(), Some("@SUM(A1)"));
    let a = fw
        .read_path(corpus().join("csv/valid-formula-guarded.csv"))
        .unwrap();
    let name = a.unit.unwrap().name.unwrap();
    assert_eq!(name, "=HYPERLINK(\"x\")");
}

/// A temporary directory of this test process.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("lhs-corpus-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A valid assessment of exactly `size` bytes of JSON (an unknown field pads it).
fn assessment_of_size(size: usize) -> String {
    let head = "{\"answers\": {\"inst.info.routine_data\": 2}, \"notes\": \"";
    let tail = "\"}";
    format!("{head}{}{tail}", "x".repeat(size - head.len() - tail.len()))
}

/// A valid CSV of one assessment, of exactly `size` bytes (the unit's name pads it).
fn csv_of_size(size: usize) -> String {
    let head = "unit_id,unit_name,inst.info.routine_data\nk1,";
    let tail = ",2\n";
    format!("{head}{}{tail}", "x".repeat(size - head.len() - tail.len()))
}

/// The code of the first error, or `None` when the document is read.
fn code<T>(r: Result<T, Error>) -> Option<String> {
    r.err().map(|e| e.code().to_owned())
}

fn first_error(diagnostics: &[Diagnostic]) -> Option<String> {
    diagnostics
        .iter()
        .find(|d| d.is_error())
        .map(|d| d.code.clone())
}

/// The size limit is on the document: a byte order mark in front does not count, on every path
/// (text, bytes, a file of JSON or CSV). At the limit a document is read, one byte more is
/// `*.too_large`.
#[test]
fn the_size_limit_to_the_byte_with_and_without_a_byte_order_mark() {
    let fw = Framework::builtin();
    let dir = scratch("size");
    let too_large = Some("assessment.too_large".to_owned());
    for bom in ["", "\u{feff}", "\u{feff}\u{feff}"] {
        for (size, want) in [
            (MAX_DOCUMENT_BYTES, None),
            (MAX_DOCUMENT_BYTES + 1, too_large.clone()),
        ] {
            let case = format!("{size} bytes, {} BOM", bom.chars().count());
            let text = format!("{bom}{}", assessment_of_size(size));
            assert_eq!(code(fw.score_json(&text)), want, "score_json: {case}");
            assert_eq!(
                first_error(&fw.validate_json(&text)),
                want,
                "validate_json: {case}"
            );
            let from_bytes = text_of_bytes(text.as_bytes(), Document::Assessment).unwrap();
            assert_eq!(
                code(fw.score_json(from_bytes)),
                want,
                "text_of_bytes: {case}"
            );
            let file = dir.join("a.json");
            std::fs::write(&file, &text).unwrap();
            assert_eq!(
                code(read_text_file(&file, Document::Assessment)),
                want,
                "read_text_file: {case}"
            );
            assert_eq!(
                code(Assessment::from_path(&file)),
                want,
                "from_path: {case}"
            );
            assert_eq!(
                first_error(&fw.validate_path(&file)),
                want,
                "validate_path: {case}"
            );
            let framework = format!("{bom}{}", assessment_of_size(size));
            let fw_want = want.as_ref().map(|_| "framework.too_large".to_owned());
            let got = code(Framework::from_json(&framework));
            // At the limit the framework is read, and refused for what it is, not its size.
            assert_eq!(
                got.filter(|c| c.ends_with("too_large")),
                fw_want,
                "Framework::from_json: {case}"
            );
            let csv = format!("{bom}{}", csv_of_size(size));
            let file = dir.join("a.csv");
            std::fs::write(&file, &csv).unwrap();
            assert_eq!(
                first_error(&fw.validate_path(&file)),
                want,
                "CSV validate_path: {case}"
            );
            assert_eq!(
                code(fw.score_path_with(&file, &ScoreOptions::default())),
                want,
                "CSV score_path_with: {case}"
            );
        }
    }
    // CSV text given directly has no limit (a file is streamed by `batch` whatever its size).
    let csv = csv_of_size(MAX_DOCUMENT_BYTES + 1);
    assert_eq!(first_error(&fw.validate_csv(&csv)), None);
    let _ = std::fs::remove_dir_all(&dir);
}

/// 100,000 answers, none an indicator of the framework: every one is reported, in order, fast.
#[test]
fn a_hundred_thousand_answers_are_all_reported_fast() {
    let mut text = String::from("{\"answers\": {");
    for i in 0..100_000 {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&format!("\"q{i}\": 2"));
    }
    text.push_str("}}");
    let fw = Framework::builtin();
    let start = std::time::Instant::now();
    let diagnostics = fw.validate_json(&text);
    let err = fw.score_json(&text).unwrap_err();
    let elapsed = start.elapsed();
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 100_000);
    assert!(errors
        .iter()
        .all(|d| d.code == "assessment.unknown_indicator"));
    assert_eq!(errors[0].path, "/answers/q0");
    assert_eq!(errors[99_999].path, "/answers/q99999");
    assert_eq!(
        err.details().iter().filter(|d| d.is_error()).count(),
        100_000
    );
    // Seconds even unoptimised: a quadratic step would take minutes.
    assert!(elapsed.as_secs() < 30, "{elapsed:?}");
    // One indicator answered three times is a repeated key, not three answers.
    let many_same = format!(
        "{{\"answers\": {{{}}}}}",
        ["\"inst.info.routine_data\": 2"; 3].join(", ")
    );
    let e = fw.score_json(&many_same).unwrap_err();
    assert_eq!(
        (e.code(), e.path()),
        (
            "assessment.duplicate_key",
            "/answers/inst.info.routine_data"
        )
    );
}

/// 10,000 levels of arrays or objects, at each place of a document, are an error, never a crash.
#[test]
fn ten_thousand_levels_of_nesting_are_an_error_not_a_crash() {
    const DEPTH: usize = 10_000;
    let arrays = format!("{}1{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", "{\"a\": ".repeat(DEPTH), "}".repeat(DEPTH));
    let fw = Framework::builtin();
    for deep in [&arrays, &objects] {
        for doc in [
            deep.clone(),
            format!("{{\"unit\": {deep}, \"answers\": {{}}}}"),
            format!("{{\"answers\": {deep}}}"),
            format!("{{\"answers\": {{\"inst.info.routine_data\": {deep}}}}}"),
            format!("{{\"answers\": {{\"inst.info.routine_data\": {{\"level\": 2, \"evidence\": {deep}}}}}}}"),
        ] {
            let e = fw.score_json(&doc).unwrap_err();
            assert_eq!((e.code(), e.path()), ("assessment.invalid_json", ""));
            assert_eq!(first_error(&fw.validate_json(&doc)).as_deref(), Some("assessment.invalid_json"));
            let e = Framework::from_json(&doc).unwrap_err();
            assert_eq!(e.code(), "framework.invalid_json");
        }
    }
    let e = Framework::from_json(&format!("{{\"id\": \"x\", \"domains\": {arrays}}}")).unwrap_err();
    assert_eq!(e.code(), "framework.invalid_json");
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
