//! Reading documents: strict JSON, the fast assessment reader, framework documents, CSV and
//! files. Every problem of a document is reported at once, each with a code and a location.

pub(crate) mod assessment;
pub(crate) mod csv;
#[cfg(feature = "fast-reader")]
mod fast;
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

/// Reads an assessment from JSON text by the fast path (`fast.rs`) when it is built in (the
/// feature `fast-reader`, on by default) and the general reader would find no problem in it;
/// `None` otherwise: the caller then reads it the general way, which gives the same assessment
/// and reports every problem. Without the feature (the browser elements' smaller module) every
/// document is read the general way.
pub(crate) fn read_fast(text: &str) -> Option<crate::Assessment> {
    #[cfg(feature = "fast-reader")]
    return fast::read_fast(text);
    #[cfg(not(feature = "fast-reader"))]
    {
        let _ = text;
        None
    }
}
