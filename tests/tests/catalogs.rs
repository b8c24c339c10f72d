//! The message catalogs (`spec/i18n/messages/<lang>/*.ftl`) are complete in every language:
//! the same messages as the English, the same `{ $variables }`, every plural form the
//! language has for whole numbers (CLDR: n = 0–110 and 1,000,000), no message left in English
//! (except those listed under `messages` in `spec/i18n/same-as-english.json`) and no invisible
//! direction marks.

use lhs_maturity::i18n::{plural, Catalog, CATALOG_FILES};
use lhs_maturity_conformance::repo_root;
use std::collections::BTreeSet;

const TRANSLATED: [&str; 4] = ["fr", "es", "pt-PT", "ar"];
const KEYWORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn catalog(lang: &str, file: &str) -> (String, Catalog) {
    let path = format!("spec/i18n/messages/{lang}/{file}.ftl");
    let text =
        std::fs::read_to_string(repo_root().join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let c = Catalog::parse(lang, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
    (text, c)
}

/// The plural categories `lang` uses for the whole numbers a catalog may be given.
fn categories(lang: &str) -> BTreeSet<&'static str> {
    (0..=110)
        .chain([1_000_000])
        .map(|n| plural(lang, n).keyword())
        .collect()
}

fn allowed_same(lang: &str) -> Vec<String> {
    let text = std::fs::read_to_string(repo_root().join("spec/i18n/same-as-english.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["messages"][lang]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_catalog_has_every_message_with_the_same_variables_and_plural_forms() {
    let mut problems = Vec::new();
    for file in CATALOG_FILES {
        let (_, en) = catalog("en", file);
        for lang in TRANSLATED {
            let (text, tr) = catalog(lang, file);
            let need = categories(lang);
            let same = allowed_same(lang);
            if text.chars().any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')) {
                problems.push(format!("{lang}/{file}.ftl has invisible direction marks"));
            }
            let (en_ids, tr_ids) = (en.ids(), tr.ids());
            for id in en_ids.iter().filter(|i| !tr_ids.contains(i)) {
                problems.push(format!("{lang}/{file}.ftl lacks `{id}`"));
            }
            for id in tr_ids.iter().filter(|i| !en_ids.contains(i)) {
                problems.push(format!(
                    "{lang}/{file}.ftl has `{id}`, which the English does not"
                ));
            }
            for id in en_ids.iter().filter(|i| tr_ids.contains(i)) {
                if en.variables(id) != tr.variables(id) {
                    problems.push(format!(
                        "{lang}/{file}.ftl `{id}` has the variables {:?}, the English {:?}",
                        tr.variables(id),
                        en.variables(id)
                    ));
                }
                if en.format(id, &[]) == tr.format(id, &[]) && !same.contains(id) {
                    problems.push(format!("{lang}/{file}.ftl `{id}` is the English text"));
                }
                for (var, keys) in tr.selections(id) {
                    if !keys
                        .iter()
                        .any(|k| KEYWORDS.contains(&k.as_str()) && k != "other")
                    {
                        continue; // a selection on a text, not a count
                    }
                    for c in need.iter().filter(|c| !keys.iter().any(|k| k == *c)) {
                        problems.push(format!(
                            "{lang}/{file}.ftl `{id}` has no [{c}] form for ${var}"
                        ));
                    }
                }
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
fn the_plural_categories_are_cldr_s() {
    assert_eq!(categories("en"), BTreeSet::from(["one", "other"]));
    assert_eq!(categories("fr"), BTreeSet::from(["one", "many", "other"]));
    assert_eq!(categories("es"), BTreeSet::from(["one", "many", "other"]));
    assert_eq!(
        categories("pt-PT"),
        BTreeSet::from(["one", "many", "other"])
    );
    assert_eq!(categories("ar"), BTreeSet::from(KEYWORDS));
}
