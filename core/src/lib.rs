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
//!         "cond.fin.learning_budget": 1
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
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub mod analysis;
mod error;
pub mod i18n;
mod model;
pub mod parallel;
mod read;
mod render;
pub mod schema;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub use read::fuzzing;
mod score;

pub use error::{pointer_token, Diagnostic, DocumentKind, Error, ErrorInfo, Part, Severity};
pub use model::assessment::{
    Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, SubmissionRef, Unit,
};
pub use model::cell::{Cell, CELL_DOES_NOT_APPLY, CELL_MISSING, CELL_NA, CELL_UNKNOWN};
pub use model::compiled::{Framework, IndicatorInfo};
pub use model::framework::{
    is_dotted_id, level_of, Action, Adapted, Aggregation, Basis, BasisKind, Element, EvidenceRule,
    Facet, FacetValue, FrameworkSpec, GlossaryEntry, Indicator, Language, LevelDescriptor, Node,
    NodeContent, Quantifier, ReviewStatus, Scale, ScaleLevel, Source, UnitKind,
    BUILTIN_FRAMEWORK_JSON, BUILTIN_TRANSLATIONS, BUILTIN_VERSIONS, LEVEL_EPSILON, OWNER_FACET,
};
pub use model::lint::{LintReport, LINT_MAX_DESCRIPTOR_WORDS};
pub use model::text::Text;
pub use read::csv::{
    csv_text, Column, CsvDocument, CsvLayout, CsvMatrix, CsvRecord, CsvRowError, CsvRowInfo,
    MatrixChunks, CSV_METADATA_COLUMNS,
};
pub use read::file::{
    assessment_file_text, encoding_error, read_bytes_file, read_text_file, text_of_bytes, Document,
    FileFormat,
};
pub use read::json::MAX_DOCUMENT_BYTES;
pub use read::languages::LanguageStatus;
#[doc(hidden)]
pub use read::options::OptionReader;
pub use read::submissions::{SubmissionCounts, SubmissionLayout, Submissions};
pub use read::texts;
pub use render::columns::{column_name, ResultColumn, ResultType, MEASURES};
pub use render::dhis2::{
    dhis2_mapping_schema, dhis2_period, dhis2_uid, is_dhis2_uid, Dhis2DataValue, Dhis2DataValueSet,
    Dhis2MetadataOptions, Dhis2Options, DHIS2_CSV_HEADER, DHIS2_MAX_CODE, DHIS2_MAX_NAME,
    DHIS2_PERIOD_TYPES,
};
pub use render::dhis2_mapping::{Dhis2Elements, Dhis2Mapping, Dhis2Measure, DHIS2_MAPPING_VERSION};
pub use render::escape::{escape_html, escape_markdown};
pub use render::fhir::FhirOptions;
pub use render::html::to_html;
pub use render::markdown::{to_markdown, STEPS_PER_OWNER};
pub use render::summary::{NodeSummary, SummaryFormat, SummaryRow, SummaryWriter};
pub use render::svg::{facet_chart, facet_chart_of, level_color, radar_chart};
pub use render::template::{csv_field, CsvOut};
pub use render::xlsform::{FormField, FormFieldKind, FormOptions, FormSheet, FormUnit, XlsForm};
pub use score::build::ScoreOptions;
pub use score::columns::{CellValue, ColumnBuffers, ColumnData, ColumnOptions, ColumnOutcome};
pub use score::matrix::{MatrixScores, MAX_CELL_ERRORS};
pub use score::report::{
    Contribution, ContributionKind, Counts, DocumentShape, Exclusion, FacetResult,
    FacetValueResult, FrameworkId, GapEntry, GapSummary, IndicatorResult, LevelInfo, NodeResult,
    OwnerRecommendations, Recommendation, Report, ScoreSummary, Status, TargetSource,
    TargetSummary, UnknownRule, REPORT_SCHEMA_VERSION,
};
pub use score::validate::LOW_COVERAGE_THRESHOLD;
