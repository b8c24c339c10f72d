//! Scoring: validation of an assessment against a framework, the report and how it is built,
//! and the columnar path that scores a whole table of answers.

pub(crate) mod build;
pub(crate) mod columns;
pub(crate) mod csv;
pub(crate) mod file;
pub(crate) mod matrix;
pub(crate) mod report;
pub(crate) mod uncertainty;
pub(crate) mod validate;
