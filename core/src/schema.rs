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

/// The JSON Schema of the options of pooling (`spec/schema/pool-options.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::pool_options()["title"], "PoolOptions");
/// ```
pub fn pool_options() -> Value {
    schema::<crate::analysis::PoolOptions>("pool-options")
}

/// The JSON Schema of the result of pooling respondents (`spec/schema/pool.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::pool()["title"], "PoolResult");
/// ```
pub fn pool() -> Value {
    schema::<crate::analysis::PoolResult>("pool")
}

/// The JSON Schema of inter-rater agreement, overall and per domain
/// (`spec/schema/agreement.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::agreement()["type"], "array");
/// ```
pub fn agreement() -> Value {
    schema::<crate::analysis::Agreement>("agreement")
}

/// The JSON Schema of the comparison of two rounds (`spec/schema/comparison.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::comparison()["title"], "Comparison");
/// ```
pub fn comparison() -> Value {
    schema::<crate::analysis::Comparison>("comparison")
}

/// The JSON Schema of a series of rounds of one unit (`spec/schema/series.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::series()["title"], "Series");
/// ```
pub fn series() -> Value {
    schema::<crate::analysis::Series>("series")
}

/// The JSON Schema of the options of a cohort summary (`spec/schema/cohort-options.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::cohort_options()["title"], "CohortOptions");
/// ```
pub fn cohort_options() -> Value {
    schema::<crate::analysis::CohortOptions>("cohort-options")
}

/// The JSON Schema of a cohort summary (`spec/schema/cohort.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::cohort()["title"], "Cohort");
/// ```
pub fn cohort() -> Value {
    schema::<crate::analysis::Cohort>("cohort")
}

/// The JSON Schema of the reliability of the instrument (`spec/schema/reliability.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::reliability()["title"], "Reliability");
/// ```
pub fn reliability() -> Value {
    schema::<crate::analysis::Reliability>("reliability")
}

/// The JSON Schema of the linter's findings (`spec/schema/lint.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::lint()["title"], "LintReport");
/// ```
pub fn lint() -> Value {
    schema::<crate::LintReport>("lint")
}

/// The JSON Schema of a migration map (`spec/schema/migration-map.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::migration_map()["title"], "MigrationMap");
/// ```
pub fn migration_map() -> Value {
    schema::<crate::analysis::MigrationMap>("migration-map")
}

/// The JSON Schema of a migration's result (`spec/schema/migration.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::migration()["title"], "Migration");
/// ```
pub fn migration() -> Value {
    schema::<crate::analysis::Migration>("migration")
}

/// The JSON Schema of content validity (`spec/schema/content-validity.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::content_validity()["title"], "ContentValidity");
/// ```
pub fn content_validity() -> Value {
    schema::<crate::analysis::ContentValidity>("content-validity")
}

/// The JSON Schema of the rows of the long format (`spec/schema/long.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::long()["type"], "array");
/// ```
pub fn long() -> Value {
    schema::<Vec<crate::analysis::LongRow>>("long")
}

/// The JSON Schema of the indicator list with effective weights (`spec/schema/indicators.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::indicators()["type"], "array");
/// ```
pub fn indicators() -> Value {
    schema::<Vec<crate::IndicatorInfo>>("indicators")
}

/// The JSON Schema of how sure one assessment's scores are (`spec/schema/uncertainty.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::uncertainty()["title"], "Uncertainty");
/// ```
pub fn uncertainty() -> Value {
    schema::<crate::analysis::Uncertainty>("uncertainty")
}

/// The JSON Schema of the options of the uncertainty of one assessment
/// (`spec/schema/uncertainty-options.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::uncertainty_options()["title"], "UncertaintyOptions");
/// ```
pub fn uncertainty_options() -> Value {
    schema::<crate::analysis::UncertaintyOptions>("uncertainty-options")
}

/// The JSON Schema of whether the results of many units survive other reasonable choices
/// (`spec/schema/robustness.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::robustness()["title"], "Robustness");
/// ```
pub fn robustness() -> Value {
    schema::<crate::analysis::Robustness>("robustness")
}

/// The JSON Schema of the options of the robustness of many units' results
/// (`spec/schema/robustness-options.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::robustness_options()["title"], "RobustnessOptions");
/// ```
pub fn robustness_options() -> Value {
    schema::<crate::analysis::RobustnessOptions>("robustness-options")
}

/// The JSON Schema of the Sobol' indices of a robustness analysis
/// (`lhs-maturity sensitivity --format json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::sensitivity()["title"], "SensitivityResult");
/// ```
pub fn sensitivity() -> Value {
    schema::<crate::analysis::SensitivityResult>("sensitivity")
}

/// The JSON Schema of the bootstrap of a pooled assessment
/// (`spec/schema/pool-bootstrap.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::pool_bootstrap()["title"], "PoolBootstrap");
/// ```
pub fn pool_bootstrap() -> Value {
    schema::<crate::analysis::PoolBootstrap>("pool-bootstrap")
}

/// The JSON Schema of the options of the bootstrap of a pooled assessment
/// (`spec/schema/bootstrap-options.schema.json`).
///
/// ```
/// assert_eq!(lhs_maturity::schema::bootstrap_options()["title"], "BootstrapOptions");
/// ```
pub fn bootstrap_options() -> Value {
    schema::<crate::analysis::BootstrapOptions>("bootstrap-options")
}

/// Every schema with its file name under `spec/schema/`.
///
/// ```
/// assert_eq!(lhs_maturity::schema::all().len(), 25);
/// ```
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        ("framework.schema.json", framework()),
        ("assessment.schema.json", assessment()),
        ("report.schema.json", report()),
        ("error.schema.json", error()),
        ("pool-options.schema.json", pool_options()),
        ("pool.schema.json", pool()),
        ("agreement.schema.json", agreement()),
        ("comparison.schema.json", comparison()),
        ("series.schema.json", series()),
        ("cohort-options.schema.json", cohort_options()),
        ("cohort.schema.json", cohort()),
        ("reliability.schema.json", reliability()),
        ("lint.schema.json", lint()),
        ("migration-map.schema.json", migration_map()),
        ("migration.schema.json", migration()),
        ("content-validity.schema.json", content_validity()),
        ("long.schema.json", long()),
        ("indicators.schema.json", indicators()),
        ("uncertainty-options.schema.json", uncertainty_options()),
        ("uncertainty.schema.json", uncertainty()),
        ("robustness-options.schema.json", robustness_options()),
        ("robustness.schema.json", robustness()),
        ("sensitivity.schema.json", sensitivity()),
        ("bootstrap-options.schema.json", bootstrap_options()),
        ("pool-bootstrap.schema.json", pool_bootstrap()),
    ]
}
