//! The core's folders are floors: a module may use its own floor and the floors below it, never
//! one above. This keeps the architecture readable from the tree and free of import cycles:
//!
//! 0. `error`, `parallel`, `i18n` (used by everything)
//! 1. `model/` — the framework as data and compiled, the assessment, texts, cells
//! 2. `read/` — JSON, the fast reader, framework documents, CSV, files
//! 3. `score/` — validation, scoring, reports, the columnar path
//! 4. `render/` — Markdown, HTML, SVG, templates, summaries
//! 5. `analysis/` — pooling, agreement, comparison, cohorts, reliability
//! 6. `schema` — the JSON Schemas of everything above
//!
//! Unit tests (`#[cfg(test)]` modules) and comments are not counted.
#![allow(clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FLOORS: &[(&str, u8)] = &[
    ("error", 0),
    ("parallel", 0),
    ("i18n", 0),
    ("model", 1),
    ("read", 2),
    ("score", 3),
    ("render", 4),
    ("analysis", 5),
    ("schema", 6),
];

fn floor(module: &str) -> Option<u8> {
    FLOORS.iter().find(|(m, _)| *m == module).map(|(_, f)| *f)
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.map(|e| e.path()).unwrap_or_default())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its unit tests and comments.
fn code(text: &str) -> String {
    let body = text.split("\n#[cfg(test)]").next().unwrap_or("");
    body.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::<first>` path in the code, with the name after it when the first segment is
/// not a module (a re-export at the crate root).
fn crate_paths(code: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let seg: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        out.push((seg, None));
    }
    out
}

/// The floor each name re-exported at the crate root comes from (`pub use model::...`).
fn root_exports() -> BTreeMap<String, String> {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap_or_default();
    let mut map = BTreeMap::new();
    for stmt in code(&lib).split(';') {
        let stmt = stmt.trim();
        let Some(rest) = stmt.strip_prefix("pub use ") else {
            continue;
        };
        let module = rest.split("::").next().unwrap_or("").to_owned();
        let names = rest.rsplit("::").next().unwrap_or("");
        for name in names.trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = name.trim();
            if !name.is_empty() {
                map.insert(name.to_owned(), module.clone());
            }
        }
    }
    map
}

#[test]
fn no_module_uses_a_higher_floor() {
    let root = src();
    let exports = root_exports();
    assert!(
        exports.contains_key("Framework"),
        "lib.rs re-exports were not found"
    );
    let mut all = Vec::new();
    files(&root, &mut all);
    let mut violations = Vec::new();
    for path in &all {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        let first = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("")
            .trim_end_matches(".rs")
            .to_owned();
        if first == "lib" {
            continue;
        }
        let own = floor(&first).unwrap_or_else(|| {
            panic!("{} is in no floor: add its folder to FLOORS", rel.display())
        });
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for (seg, _) in crate_paths(&code(&text)) {
            let module = exports.get(&seg).cloned().unwrap_or(seg.clone());
            let Some(theirs) = floor(&module) else {
                violations.push(format!("{}: `crate::{seg}` is in no floor", rel.display()));
                continue;
            };
            if theirs > own {
                violations.push(format!(
                    "{} (floor {own}, {first}) uses `crate::{seg}` (floor {theirs}, {module})",
                    rel.display()
                ));
            }
        }
    }
    violations.sort();
    violations.dedup();
    assert!(
        violations.is_empty(),
        "modules that use a higher floor:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_checker_sees_a_violation() {
    let paths =
        crate_paths("use crate::score::report::Report;\nlet x = crate::Framework::builtin();");
    let segs: Vec<&str> = paths.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(segs, ["score", "Framework"]);
    assert_eq!(
        code("a // crate::score\n#[cfg(test)]\nuse crate::render;"),
        "a "
    );
    assert_eq!(
        root_exports().get("Report").map(String::as_str),
        Some("score")
    );
}
