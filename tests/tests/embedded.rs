//! The data built into the crate (`core/data/`) are exact copies of their sources in `spec/`.

use lhs_maturity_conformance::repo_root;

#[test]
fn the_crate_embeds_the_spec_files_unchanged() {
    let root = repo_root();
    for (spec, data) in [
        ("spec/frameworks/lhs-2021.json", "core/data/lhs-2021.json"),
        (
            "spec/frameworks/lhs-2021-1.0.0.json",
            "core/data/lhs-2021-1.0.0.json",
        ),
        (
            "spec/migrations/lhs-2021-1.0.0-to-2.0.0.json",
            "core/data/lhs-2021-1.0.0-to-2.0.0.json",
        ),
    ] {
        let a = std::fs::read(root.join(spec)).unwrap();
        let b = std::fs::read(root.join(data)).unwrap();
        assert!(
            a == b,
            "{data} differs from {spec}: copy it (`cp spec/frameworks/*.json spec/migrations/*.json core/data/`)"
        );
    }
    assert_eq!(
        lhs_maturity::BUILTIN_FRAMEWORK_JSON.as_bytes(),
        std::fs::read(root.join("spec/frameworks/lhs-2021.json")).unwrap()
    );
}
