//! The translations of the built-in framework are complete and keep what raters check: every
//! text in every language, the same numbers, the fixed terms of each language's term list
//! (`spec/i18n/terms.<lang>.json`) wherever the English uses the term, the level and facet
//! names exactly as chosen, no text left in English (except those listed under `framework` in
//! `spec/i18n/same-as-english.json`)
//! and no invisible direction marks.

use lhs_maturity::Framework;
use lhs_maturity_conformance::repo_root;
use serde_json::Value;
use std::collections::BTreeMap;

const TRANSLATED: [&str; 4] = ["fr", "es", "pt-PT", "ar"];

fn json(path: &str) -> Value {
    let text =
        std::fs::read_to_string(repo_root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn pack(lang: &str) -> BTreeMap<String, String> {
    serde_json::from_value(json(&format!("spec/i18n/lhs-2021.{lang}.json"))).unwrap()
}

/// Characters that change the direction of text without being seen, and the Arabic tatweel.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{0640}')
}

/// The runs of digits of a text, in order.
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_text_is_translated_and_keeps_its_numbers() {
    let en = pack("en");
    let same: Value = json("spec/i18n/same-as-english.json");
    let mut problems = Vec::new();
    for lang in TRANSLATED {
        let tr = pack(lang);
        let allowed: Vec<&str> = same["framework"]
            .get(lang)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (key, english) in &en {
            let Some(t) = tr.get(key).filter(|t| !t.trim().is_empty()) else {
                problems.push(format!("{lang}: `{key}` is missing"));
                continue;
            };
            if t == english && !allowed.contains(&key.as_str()) {
                problems.push(format!("{lang}: `{key}` is the English text"));
            }
            let mut want = numbers(english);
            let mut have = numbers(t);
            want.sort();
            have.sort();
            for n in &want {
                if !have.contains(n) {
                    problems.push(format!("{lang}: `{key}` lost the number {n}"));
                }
            }
            if t.chars().any(invisible) {
                problems.push(format!(
                    "{lang}: `{key}` has an invisible direction mark or tatweel"
                ));
            }
        }
        for key in tr.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{lang}: `{key}` is not a text of the framework"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Whether `text` has `term` as whole words, ignoring case.
fn has_term(text: &str, term: &str) -> bool {
    let (text, term) = (text.to_lowercase(), term.to_lowercase());
    text.match_indices(&term).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn fixed_terms_are_used_wherever_the_english_uses_them() {
    let en = pack("en");
    let english_terms = json("spec/i18n/terms.en.json");
    let mut problems = Vec::new();
    for lang in TRANSLATED {
        let tr = pack(lang);
        let list = json(&format!("spec/i18n/terms.{lang}.json"));
        for term in english_terms["terms"].as_object().unwrap().keys() {
            let entry = &list["terms"][term];
            let forms: Vec<String> = entry["forms"]
                .as_array()
                .unwrap_or_else(|| panic!("terms.{lang}.json has no forms for `{term}`"))
                .iter()
                .filter_map(|f| f.as_str().map(str::to_lowercase))
                .collect();
            for (key, english) in en.iter().filter(|(_, t)| has_term(t, term)) {
                let t = tr.get(key).map(|t| t.to_lowercase()).unwrap_or_default();
                if !forms.iter().any(|f| t.contains(f.as_str())) {
                    problems.push(format!("{lang}: `{key}` uses \"{term}\" in English but none of its forms: {english}"));
                }
            }
        }
        for (key, entry) in list["labels"].as_object().unwrap() {
            let chosen = entry["term"].as_str().unwrap_or_default();
            if tr.get(key).map(String::as_str) != Some(chosen) {
                problems.push(format!(
                    "{lang}: the label `{key}` is not the chosen \"{chosen}\""
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_framework_reports_every_language_complete_and_provisional() {
    for l in Framework::builtin().language_status() {
        assert_eq!(l.translated, l.total, "{}", l.code);
        let expected = if l.code == "en" {
            "source"
        } else {
            "provisional"
        };
        assert_eq!(l.status, expected, "{}", l.code);
    }
    let fw = Framework::builtin();
    for lang in TRANSLATED {
        let note = fw
            .spec()
            .languages
            .iter()
            .find(|l| l.code == lang)
            .and_then(|l| l.note.clone());
        assert!(
            note.is_some_and(|n| n.contains("backtranslation")),
            "{lang} says how it was checked"
        );
    }
}

#[test]
fn a_user_framework_is_warned_of_texts_missing_a_declared_language() {
    let mut v: Value = serde_json::from_str(lhs_maturity::BUILTIN_FRAMEWORK_JSON).unwrap();
    v["languages"] = serde_json::json!([
        {"code": "en", "name": "English", "status": "source"},
        {"code": "sw", "name": "Kiswahili", "status": "provisional"}
    ]);
    v["title"]["sw"] = Value::from("Mfumo");
    let warnings = Framework::validate_framework_json(&v.to_string());
    let w: Vec<_> = warnings
        .iter()
        .filter(|d| d.code == "framework.incomplete_language")
        .collect();
    assert_eq!(w.len(), 1, "{warnings:?}");
    assert_eq!(w[0].path, "/languages/1");
    assert!(w[0].message.contains("lack `sw`"), "{}", w[0].message);
    // A reviewed language needs its reviewer.
    v["languages"][1]["status"] = Value::from("reviewed");
    let e = Framework::from_json(&v.to_string()).unwrap_err();
    assert!(e
        .details()
        .iter()
        .any(|d| d.code == "framework.missing_reviewer" && d.path == "/languages/1/reviewer"));
}
