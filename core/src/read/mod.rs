//! Reading documents: strict JSON, the fast assessment reader, framework documents, CSV and
//! files. Every problem of a document is reported at once, each with a code and a location.

pub(crate) mod assessment;
pub(crate) mod csv;
pub(crate) mod fast;
pub(crate) mod fhir;
pub(crate) mod file;
pub(crate) mod framework;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub(crate) mod json;
pub mod languages;
pub(crate) mod options;
pub(crate) mod parts;
pub(crate) mod submissions;
pub mod texts;
#[cfg(feature = "xlsx")]
pub(crate) mod workbook;
#[cfg(feature = "xlsx")]
pub(crate) mod xlsx;
