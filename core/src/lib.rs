//! # lhs-maturity
//!
//! A maturity model and scoring library for *learning health systems*, operationalising the
//! WHO / Alliance for Health Policy and Systems Research flagship report *Learning health
//! systems: pathways to progress* (Sheikh & Abimbola, eds., 2021).
//!
//! - [`Framework`]: the model (built in as `lhs-2021`, or your own from JSON), validated once.
//! - [`Assessment`]: the answers of one self-assessment.
//! - [`Framework::validate`] finds every error and warning; [`Framework::score`] produces a
//!   [`Report`]: scores, levels, coverage, the learning profile, gaps and next steps.
//!
//! ```
//! use lhs_maturity::{Assessment, Framework};
//!
//! let framework = Framework::builtin();
//! let assessment = Assessment::from_json(r#"{
//!     "unit": {"id": "kis-east", "name": "Kisumu East district health team"},
//!     "period": "2026-Q3",
//!     "default_target": 3,
//!     "answers": {
//!         "inst.info.routine_data": {"level": 2, "evidence": "Quarterly review minutes"},
//!         "inst.delib.working_groups": {"level": "na", "justification": "None at district level"},
//!         "cond.fin.stable_investment": 1
//!     }
//! }"#).unwrap();
//! let report = framework.score(&assessment).unwrap();
//! let inst = &report.domains[0];
//! assert_eq!(inst.id, "inst");
//! assert_eq!(inst.score.score, Some(2.0));
//! println!("{}", report.to_markdown());
//! ```
#![forbid(unsafe_code)]

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

pub mod analysis;
mod assessment;
mod csv;
mod error;
mod framework;
mod html;
mod json;
pub mod parallel;
mod render;
mod report;
pub mod schema;
mod score;
mod summary;
mod svg;
mod table;
mod template;
mod text;
mod validate;

pub use assessment::{Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, Unit};
pub use csv::{
    csv_text, CsvDocument, CsvLayout, CsvMatrix, CsvRecord, CsvRowError, CsvRowInfo,
    CSV_METADATA_COLUMNS,
};
pub use error::{pointer_token, Diagnostic, DocumentKind, Error, ErrorInfo, Severity};
pub use framework::{
    is_dotted_id, Action, Aggregation, Facet, FacetValue, Framework, FrameworkSpec, Indicator,
    IndicatorInfo, Node, NodeContent, Scale, ScaleLevel, Source, BUILTIN_FRAMEWORK_JSON,
    OWNER_FACET,
};
pub use html::{escape_html, to_html};
pub use json::MAX_DOCUMENT_BYTES;
pub use render::{escape_markdown, to_markdown, STEPS_PER_OWNER};
pub use report::*;
pub use score::{level_of, ScoreOptions, LEVEL_EPSILON};
pub use summary::{NodeSummary, SummaryRow};
pub use svg::{facet_chart, level_color, radar_chart};
pub use table::{Cell, MatrixScores, CELL_MISSING, CELL_NA, CELL_UNKNOWN, MAX_CELL_ERRORS};
pub use template::csv_field;
pub use text::Text;
pub use validate::LOW_COVERAGE_THRESHOLD;

/// Reads a text file for `kind` (`framework`, `assessment`), turning I/O failures into a
/// diagnostic with the code `<kind>.unreadable`.
pub(crate) fn read_file(path: &std::path::Path, kind: &str) -> Result<String, Error> {
    let shown = path.display();
    let fail = |d: Diagnostic| Error::of_kind(kind, vec![d]);
    let meta = std::fs::metadata(path).map_err(|e| fail(io_diag(kind, &shown.to_string(), &e)))?;
    if meta.len() > MAX_DOCUMENT_BYTES as u64 {
        return Err(fail(Diagnostic::error(
            &format!("{kind}.too_large"),
            "",
            format!(
                "`{shown}` is {} bytes, more than the limit of {MAX_DOCUMENT_BYTES} bytes",
                meta.len()
            ),
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(io_diag(kind, &shown.to_string(), &e)))?;
    String::from_utf8(bytes).map_err(|e| {
        fail(Diagnostic::error(
            &format!("{kind}.invalid_encoding"),
            "",
            format!("`{shown}` is not UTF-8 text (invalid byte at position {})", e.utf8_error().valid_up_to()),
        )
        .with_help("save the file as UTF-8 (most editors and spreadsheet programs offer it under \"Save as\")"))
    })
}

fn io_diag(kind: &str, shown: &str, e: &std::io::Error) -> Diagnostic {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ if std::path::Path::new(shown).is_dir() => "it is a directory, not a file".to_owned(),
        _ => e.to_string(),
    };
    Diagnostic::error(
        &format!("{kind}.unreadable"),
        "",
        format!("cannot read `{shown}`: {why}"),
    )
}
