//! Core errors as the Python exceptions of `lhs_maturity._errors`, and the guard that turns a
//! Rust panic into one of them.

use crate::convert::ser_to_py;
use lhs_maturity::{Diagnostic, DocumentKind, Error};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyType};

const MODULE: &str = "lhs_maturity._errors";

static FRAMEWORK_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static ASSESSMENT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INPUT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static ARGUMENT_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INTERNAL_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static WARNING: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn kind_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Framework => "framework",
        DocumentKind::Assessment => "assessment",
        DocumentKind::Input => "input",
    }
}

fn class<'py>(py: Python<'py>, kind: &str) -> PyResult<Bound<'py, PyType>> {
    let (cell, name) = match kind {
        "framework" => (&FRAMEWORK_ERROR, "FrameworkError"),
        "assessment" => (&ASSESSMENT_ERROR, "AssessmentError"),
        "internal" => (&INTERNAL_ERROR, "InternalError"),
        "argument" => (&ARGUMENT_ERROR, "ArgumentError"),
        _ => (&INPUT_ERROR, "InputError"),
    };
    cell.import(py, MODULE, name).cloned()
}

/// Builds the exception of `kind` with its structured fields.
fn build(
    py: Python<'_>,
    kind: &str,
    message: &str,
    code: &str,
    path: &str,
    help: Option<&str>,
    details: &[Diagnostic],
) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let cls = class(py, kind)?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("code", code)?;
        kwargs.set_item("path", path)?;
        kwargs.set_item("help", help)?;
        kwargs.set_item("kind", if kind == "argument" { "input" } else { kind })?;
        let list = PyList::empty(py);
        for d in details {
            list.append(ser_to_py(py, d)?)?;
        }
        kwargs.set_item("details", list)?;
        let exc = cls.call((message,), Some(&kwargs))?;
        Ok(PyErr::from_value(exc))
    };
    make().unwrap_or_else(|e| e)
}

/// The Python exception of a core error: `FrameworkError`, `AssessmentError` or `InputError`;
/// an argument of the wrong type (`argument.invalid_type`) is an `ArgumentError`, an
/// `InputError` that is also a `TypeError`.
pub fn to_py_err(py: Python<'_>, e: &Error) -> PyErr {
    let info = e.info();
    let class = match info.kind {
        DocumentKind::Input if info.code == "argument.invalid_type" => "argument",
        kind => kind_name(kind),
    };
    build(
        py,
        class,
        &info.message,
        &info.code,
        &info.path,
        info.help.as_deref(),
        &info.details,
    )
}

/// Extension to write `.map_err(py_err(py))`.
pub fn py_err(py: Python<'_>) -> impl Fn(Error) -> PyErr + '_ {
    move |e| to_py_err(py, &e)
}

/// Issues a core warning as an `lhs_maturity.LhsWarning` (with its `code`, `path` and `help`),
/// attributed to the Python line that called into the library. Raises when warnings are
/// turned into errors.
pub fn warn(py: Python<'_>, d: &Diagnostic) -> PyResult<()> {
    let cls = WARNING.import(py, MODULE, "LhsWarning")?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("code", &d.code)?;
    kwargs.set_item("path", &d.path)?;
    kwargs.set_item("help", d.help.as_deref())?;
    let warning = cls.call((&d.message,), Some(&kwargs))?;
    let options = PyDict::new(py);
    // Level 1 is the innermost Python frame: the caller of the native method.
    options.set_item("stacklevel", 1)?;
    py.import("warnings")?
        .call_method("warn", (warning,), Some(&options))?;
    Ok(())
}

/// Runs `f`, turning a Rust panic (a bug) into `lhs_maturity.InternalError` instead of letting
/// pyo3's `PanicException` (a `BaseException`) reach Python.
pub fn guard<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            let message =
                format!("internal error in lhs-maturity (a bug, please report it): {what}");
            let d = Diagnostic::error("internal.panic", "", message.clone()).with_help(
                "report it with the input that caused it at https://github.com/lhs-maturity/lhs-maturity/issues",
            );
            Err(build(
                py,
                "internal",
                &message,
                "internal.panic",
                "",
                d.help.as_deref(),
                std::slice::from_ref(&d),
            ))
        }
    }
}
