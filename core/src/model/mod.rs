//! The model: the framework as data and as a compiled index, the assessment, texts in several
//! languages and the cells of a table of answers. It depends on nothing else in the crate but
//! the errors.

pub(crate) mod assessment;
pub(crate) mod cell;
pub(crate) mod compiled;
pub(crate) mod form_names;
pub(crate) mod framework;
pub(crate) mod lint;
pub(crate) mod plan;
pub(crate) mod text;
