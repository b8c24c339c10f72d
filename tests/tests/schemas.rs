//! The committed JSON Schemas in `spec/schema/` must equal the ones generated from the types.
//! Run with `UPDATE_SCHEMAS=1` to rewrite them after changing a type.

use lhs_maturity_conformance::repo_root;

#[test]
fn committed_schemas_match_the_types() {
    let dir = repo_root().join("spec/schema");
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (name, schema) in lhs_maturity::schema::all() {
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "spec/schema is out of date for {stale:?}: run `UPDATE_SCHEMAS=1 cargo test -p lhs-maturity-conformance --test schemas` and commit the result"
    );
}
