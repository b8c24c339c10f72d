//! The data built into the crate (`core/data/`) follow from their sources in `spec/`:
//!
//! - `spec/frameworks/lhs-2021.json` is the framework with every language; its English texts
//!   and structure are the source, its translations come from `spec/i18n/lhs-2021.<lang>.json`
//!   (what translators edit), and `spec/i18n/lhs-2021.en.json` lists the English texts by key;
//! - `core/data/lhs-2021.json` is that framework in English only (what the browser loads first),
//!   as compact JSON, and `core/data/i18n/` holds copies of the translations and the message
//!   catalogs (`spec/i18n/messages/<lang>/*.ftl`) without their comments (the translators'
//!   notes): the data compiled into the WebAssembly module stay small (about 13 KB less
//!   gzipped);
//! - the other files of `core/data/` are copies;
//! - `core/README.md`, the crate's README (crates.io, and the README doctests of the crate), is
//!   the repository's `README.md` with its relative links made absolute (crates.io would read
//!   them from `core/`).
//!
//! `LHS_UPDATE=1 cargo test -p lhs-maturity-conformance --test embedded` rewrites the derived
//! files after a translation or an English text changed.

use lhs_maturity::{texts, Framework};
use lhs_maturity_conformance::repo_root;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const TRANSLATED: [&str; 4] = ["fr", "es", "pt-PT", "ar"];

fn read(path: &str) -> String {
    std::fs::read_to_string(repo_root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// JSON as the spec files are written: one-space indent, non-ASCII kept, final newline.
fn json_text(v: &impl serde::Serialize) -> String {
    let mut buf = Vec::new();
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    v.serialize(&mut ser).unwrap();
    String::from_utf8(buf).unwrap() + "\n"
}

/// Every derived file and the text it should have.
fn derived() -> Vec<(String, String)> {
    let mut english: Value = serde_json::from_str(&read("spec/frameworks/lhs-2021.json")).unwrap();
    texts::strip(&mut english);
    let mut merged = english.clone();
    let mut out = vec![
        (
            "core/data/lhs-2021.json".to_owned(),
            serde_json::to_string(&english).unwrap() + "\n",
        ),
        (
            "spec/i18n/lhs-2021.en.json".to_owned(),
            json_text(&ordered(&english, texts::extract(&english, "en"))),
        ),
    ];
    for lang in TRANSLATED {
        let pack_path = format!("spec/i18n/lhs-2021.{lang}.json");
        let pack: BTreeMap<String, String> = serde_json::from_str(&read(&pack_path)).unwrap();
        let unknown = texts::merge(&mut merged, lang, &pack);
        assert!(unknown.is_empty(), "{pack_path}: {unknown:?}");
        out.push((
            format!("core/data/i18n/lhs-2021.{lang}.json"),
            read(&pack_path),
        ));
    }
    out.push((
        "spec/frameworks/lhs-2021.json".to_owned(),
        json_text(&merged),
    ));
    for lang in ["en"].into_iter().chain(TRANSLATED) {
        for file in lhs_maturity::i18n::CATALOG_FILES {
            out.push((
                format!("core/data/i18n/messages/{lang}/{file}.ftl"),
                without_comments(&read(&format!("spec/i18n/messages/{lang}/{file}.ftl"))),
            ));
        }
    }
    for (spec, data) in [
        (
            "spec/frameworks/lhs-2021-1.0.0.json",
            "core/data/lhs-2021-1.0.0.json",
        ),
        (
            "spec/migrations/lhs-2021-1.0.0-to-2.0.0.json",
            "core/data/lhs-2021-1.0.0-to-2.0.0.json",
        ),
    ] {
        out.push((data.to_owned(), read(spec)));
    }
    out.push((
        "core/README.md".to_owned(),
        crate_readme(&read("README.md")),
    ));
    out
}

/// A Fluent catalog without its comments: the lines that start with `#` (a comment starts a
/// line in Fluent; an indented `#` is text of a message).
fn without_comments(ftl: &str) -> String {
    ftl.split_inclusive('\n')
        .filter(|line| !line.starts_with('#'))
        .collect()
}

/// Where the relative links of the README point to, seen from crates.io and docs.rs.
const REPOSITORY_FILES: &str = "https://github.com/lhs-maturity/lhs-maturity/blob/main/";

/// The crate's README: the repository's, under a note that it is generated, with every relative
/// Markdown link (`](spec/SCORING.md)`) outside code blocks made absolute.
fn crate_readme(readme: &str) -> String {
    let mut out = String::from(
        "<!-- Generated from the repository's README.md by tests/tests/embedded.rs (relative \
         links made absolute): edit README.md, then run\n     \
         LHS_UPDATE=1 cargo test -p lhs-maturity-conformance --test embedded -->\n",
    );
    let mut in_code = false;
    for line in readme.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let (before, link) = rest.split_at(at + 2);
            out.push_str(before);
            let absolute = ["http:", "https:", "mailto:", "#", "/"]
                .iter()
                .any(|p| link.starts_with(p));
            if !absolute {
                out.push_str(REPOSITORY_FILES);
            }
            rest = link;
        }
        out.push_str(rest);
    }
    out
}

#[test]
fn the_crate_readme_has_absolute_links() {
    let readme = crate_readme("[a](spec/A.md), [b](https://x.org/b), [c](#c)\n```\nv[0](x)\n```\n");
    assert!(readme.ends_with(&format!(
        "[a]({REPOSITORY_FILES}spec/A.md), [b](https://x.org/b), [c](#c)\n```\nv[0](x)\n```\n"
    )));
    assert!(readme.starts_with("<!-- Generated"));
}

/// The texts by key in document order (the order translators read them in).
fn ordered(fw: &Value, texts: BTreeMap<String, String>) -> serde_json::Map<String, Value> {
    texts::keys(fw)
        .into_iter()
        .filter_map(|k| texts.get(&k).map(|t| (k, Value::String(t.clone()))))
        .collect()
}

#[test]
fn the_crate_embeds_what_the_spec_says() {
    let root = repo_root();
    let update = std::env::var_os("LHS_UPDATE").is_some();
    let mut stale = Vec::new();
    for (path, want) in derived() {
        let file = root.join(&path);
        let have = std::fs::read_to_string(&file).unwrap_or_default();
        if have != want {
            if update {
                write(&file, &want);
            } else {
                stale.push(path);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; run `LHS_UPDATE=1 cargo test -p lhs-maturity-conformance --test embedded`"
    );
}

fn write(file: &Path, text: &str) {
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, text).unwrap();
}

#[test]
fn the_builtin_framework_is_the_spec_with_every_language() {
    let spec = Framework::from_json(&read("spec/frameworks/lhs-2021.json")).unwrap();
    // (compared as a boolean: the framework's debug text is a megabyte)
    assert!(
        Framework::builtin().spec() == spec.spec(),
        "the built-in framework differs from the spec file"
    );
    assert_eq!(
        lhs_maturity::BUILTIN_FRAMEWORK_JSON,
        read("core/data/lhs-2021.json")
    );
    let langs: Vec<&str> = spec
        .spec()
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(langs, ["en", "fr", "es", "pt-PT", "ar"]);
}
