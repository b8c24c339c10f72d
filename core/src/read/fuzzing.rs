//! The readers one at a time, for the fuzzer's differential targets (`fuzz/`): built only with
//! the `fuzzing` feature, and not part of the API.

use crate::error::{Diagnostic, Error};
use crate::model::assessment::Assessment;

/// The fast assessment reader alone: `Some` only for a document the general reader reads
/// without a single diagnostic.
pub fn read_fast(text: &str) -> Option<Assessment> {
    crate::read::read_fast(text)
}

/// The general assessment reader alone: the assessment (if it could be read) and every
/// diagnostic, or the error of text that is not JSON.
pub fn read_general(text: &str) -> Result<(Option<Assessment>, Vec<Diagnostic>), Error> {
    let value = crate::read::json::parse_text(text, "assessment")?;
    Ok(crate::read::assessment::read_assessment(&value))
}
