//! JSON Schemas of the documents, generated from the Rust types.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

fn schema<T: JsonSchema>(id: &str) -> Value {
    let mut s = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value();
    if let Value::Object(m) = &mut s {
        m.insert(
            "$id".to_owned(),
            Value::from(format!("https://lhs-maturity.org/schema/{id}.schema.json")),
        );
    }
    s
}

/// The JSON Schema (draft-07) of a framework document (`spec/schema/framework.schema.json`).
///
/// ```
/// let s = lhs_maturity::schema::framework();
/// assert_eq!(s["title"], "Framework");
/// ```
pub fn framework() -> Value {
    schema::<crate::FrameworkSpec>("framework")
}

/// The JSON Schema of an assessment document (`spec/schema/assessment.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::assessment()["title"], "Assessment");
/// ```
pub fn assessment() -> Value {
    schema::<crate::Assessment>("assessment")
}

/// The JSON Schema of a report (`spec/schema/report.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::report()["title"], "Report");
/// ```
pub fn report() -> Value {
    schema::<crate::Report>("report")
}

/// The JSON Schema of an error as the bindings expose it (`spec/schema/error.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::error()["title"], "ErrorInfo");
/// ```
pub fn error() -> Value {
    schema::<crate::ErrorInfo>("error")
}

/// Every schema with its file name under `spec/schema/`.
///
/// ```
/// assert_eq!(lhs_maturity::schema::all().len(), 4);
/// ```
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        ("framework.schema.json", framework()),
        ("assessment.schema.json", assessment()),
        ("report.schema.json", report()),
        ("error.schema.json", error()),
    ]
}
