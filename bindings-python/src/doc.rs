//! An assessment as the Python API accepts it (a dict, JSON text or bytes, a path), and the
//! core call that reads, checks or scores each form.

use crate::convert::{plain_json_text, text_of, to_value, type_name};
use crate::errors::to_py_err;
use lhs_maturity::{
    Assessment, Diagnostic, Document, Error, Framework, Part, Report, ScoreOptions,
};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyTuple};
use serde_json::Value;
use std::path::PathBuf;

/// One assessment, converted from Python while the GIL is held; scoring it needs no Python.
pub enum Doc {
    /// A dict (or list, number...): the core reports a wrong shape.
    Value(Value),
    /// A dict of plain JSON values, written as JSON text: scored by the core's reader of text
    /// (its fast path), every problem reported as for [`Doc::Value`] (located by JSON Pointer
    /// only, never by a line of this text).
    Plain(String),
    /// JSON text (`str`, or `bytes` in UTF-8).
    Text(String),
    /// Bytes that are not UTF-8: the position of the first invalid byte.
    BadEncoding(usize),
    /// A file (`os.PathLike`).
    Path(PathBuf),
}

impl Doc {
    /// Reads the Python argument `obj`, an assessment (or another document): anything but a
    /// dict, JSON text or bytes, a path, or a value the core reports a wrong shape of (a list, a
    /// number...) is the core's `argument.invalid_type` for the argument `assessment` (an
    /// `ArgumentError`).
    pub fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Doc> {
        Self::extract_in(obj, "assessment", None)
    }

    /// Like [`Doc::extract`], for the argument `name`, or for an item of a list (`part`: the
    /// error is then located at `/<i>`, "assessment <i + 1>: ...").
    pub fn extract_in(obj: &Bound<'_, PyAny>, name: &str, part: Option<Part<'_>>) -> PyResult<Doc> {
        if let Some(t) = text_of(obj) {
            return Ok(match t {
                Ok(s) => Doc::Text(s),
                Err(pos) => Doc::BadEncoding(pos),
            });
        }
        if obj.is_none()
            || obj.is_instance_of::<PyDict>()
            || obj.is_instance_of::<PyList>()
            || obj.is_instance_of::<PyTuple>()
            || obj.is_instance_of::<PyBool>()
            || obj.is_instance_of::<PyInt>()
            || obj.is_instance_of::<PyFloat>()
            || obj.cast::<PyMapping>().is_ok()
        {
            return to_value(obj).map(Doc::Value);
        }
        if obj.hasattr("__fspath__")? {
            return Ok(Doc::Path(obj.extract::<PathBuf>()?));
        }
        let e = Error::document_argument(name, "document", &type_name(obj));
        Err(to_py_err(
            obj.py(),
            &part.map_or(e.clone(), |p| e.within(p)),
        ))
    }

    /// Like [`Doc::extract_in`], for scoring: a dict of plain JSON values is written as JSON
    /// text ([`Doc::Plain`]), which the core reads faster than a value.
    pub fn extract_for_score(
        obj: &Bound<'_, PyAny>,
        name: &str,
        part: Option<Part<'_>>,
    ) -> PyResult<Doc> {
        if obj.is_exact_instance_of::<PyDict>() {
            if let Some(text) = plain_json_text(obj) {
                return Ok(Doc::Plain(text));
            }
        }
        Self::extract_in(obj, name, part)
    }

    /// The core's error for bytes that are not UTF-8 from `pos`.
    pub fn encoding_error(pos: usize) -> Error {
        lhs_maturity::encoding_error(Document::Assessment, pos)
    }

    /// Reads, checks and scores the assessment (the core's `score_value_with` / `score_json_with`
    /// / `score_path_with`: a path is a JSON file or a CSV file of one assessment).
    pub fn score(&self, fw: &Framework, options: &ScoreOptions) -> Result<Report, Error> {
        match self {
            Doc::Value(v) => fw.score_value_with(v, options),
            Doc::Plain(t) => match fw.score_json_with(t, options) {
                Ok(report) if report.warnings.iter().all(|w| w.line.is_none()) => Ok(report),
                _ => fw.score_value_with(&plain_value(t), options),
            },
            Doc::Text(t) => fw.score_json_with(t, options),
            Doc::BadEncoding(pos) => Err(Self::encoding_error(*pos)),
            Doc::Path(p) => fw.score_path_with(p, options),
        }
    }

    /// Reads the assessment with the core (`Assessment::from_value` / `from_json`), without
    /// checking it against a framework.
    pub fn read(&self) -> Result<Assessment, Error> {
        match self {
            Doc::Value(v) => Assessment::from_value(v),
            Doc::Plain(t) => Assessment::from_value(&plain_value(t)),
            Doc::Text(t) => Assessment::from_json(t),
            Doc::BadEncoding(pos) => Err(Self::encoding_error(*pos)),
            // A CSV file is read with the latest built-in framework's columns.
            Doc::Path(p) => Framework::builtin().read_path(p),
        }
    }

    /// Reads the assessment as `fw` reads it (a CSV file with `fw`'s columns); the scoring
    /// that follows checks it against `fw`.
    pub fn read_for(&self, fw: &Framework) -> Result<Assessment, Error> {
        match self {
            Doc::Path(p) => fw.read_path(p),
            other => other.read(),
        }
    }

    /// Every error and warning (the core's `validate_value` / `validate_json`); never fails.
    pub fn validate(&self, fw: &Framework) -> Vec<Diagnostic> {
        match self {
            Doc::Value(v) => fw.validate_value(v),
            Doc::Plain(t) => fw.validate_value(&plain_value(t)),
            Doc::Text(t) => fw.validate_json(t),
            Doc::BadEncoding(pos) => Self::encoding_error(*pos).details().to_vec(),
            Doc::Path(p) => fw.validate_path(p),
        }
    }
}

/// The value of a dict written by [`plain_json_text`] (JSON text it wrote itself, so it parses).
pub(crate) fn plain_value(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}
