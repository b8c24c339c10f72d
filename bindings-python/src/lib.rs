//! Python bindings of `lhs-maturity`, built with maturin as `lhs_maturity._native`.
//!
//! The bindings convert and forward: every rule (reading, checking, scoring, rendering, reading
//! table cells) is the core's. The public Python API is `lhs_maturity/__init__.py`, which
//! re-exports these classes and adds the exceptions and the pandas conveniences.
#![cfg(not(target_family = "wasm"))]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod analysis;
mod convert;
mod dhis2;
mod doc;
mod errors;
mod frame;
mod framework;
mod report;
mod sobol;

use pyo3::prelude::*;

/// Panics on purpose, optionally in a worker thread with the GIL released: lets the tests
/// check that a Rust panic reaches Python as `lhs_maturity.InternalError`.
#[pyfunction]
#[pyo3(signature = (message, in_thread = false))]
fn _panic_for_tests(py: Python<'_>, message: &str, in_thread: bool) -> PyResult<()> {
    errors::guard(py, || {
        #[expect(clippy::panic, reason = "the purpose of this test hook")]
        py.detach(|| {
            if in_thread {
                lhs_maturity::parallel::map(&[0u8; 64], |_| panic!("{message}"));
            }
            panic!("{message}")
        })
    })
}

/// The core's error for an argument the Python layer checks itself (`_analysis.py`,
/// `_frames.py`), to be raised there: `argument.invalid_type` (`found`: the type given), or with
/// `value` `argument.invalid_value`; `choices` for an `expected` of `choice`. The same codes,
/// paths and catalog messages as the native functions' argument errors.
#[pyfunction]
#[pyo3(signature = (name, expected, found, value = None, choices = None))]
fn _argument_error(
    py: Python<'_>,
    name: &str,
    expected: &str,
    found: &str,
    value: Option<&str>,
    choices: Option<&str>,
) -> Py<PyAny> {
    let mut e = match value {
        Some(v) => lhs_maturity::Error::argument_value(name, expected, v),
        None => lhs_maturity::Error::argument(name, expected, found),
    };
    if let Some(c) = choices {
        e = e.with_value("choices", c);
    }
    errors::to_py_err(py, &e).into_value(py).into_any()
}

/// The column of one measure of one node in every table of results (the core's `column_name`):
/// `column_name("inst.info", "score")` is `"inst_info_score"`.
///
/// Args:
///     node (str): a node id (`overall`, a domain, sub-domain or indicator id).
///     measure (str): `score`, `level` or `coverage`.
///
/// Returns:
///     str: the node id with its dots written as underscores, `_`, the measure.
#[pyfunction]
fn column_name(node: &Bound<'_, PyAny>, measure: &Bound<'_, PyAny>) -> PyResult<String> {
    let node = convert::text_arg(node, "node")?;
    let measure = convert::text_arg(measure, "measure")?;
    Ok(lhs_maturity::column_name(&node, &measure))
}

/// The native part of the `lhs_maturity` package. Import `lhs_maturity`, not this module.
#[pymodule(gil_used = false)]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<framework::PyFramework>()?;
    m.add_class::<report::PyReport>()?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(column_name, m)?)?;
    m.add_function(wrap_pyfunction!(_argument_error, m)?)?;
    m.add("MEASURES", lhs_maturity::MEASURES.to_vec())?;
    analysis::register(m)?;
    sobol::register(m)?;
    m.add("CELL_MISSING", lhs_maturity::CELL_MISSING)?;
    m.add("CELL_NA", lhs_maturity::CELL_NA)?;
    m.add("CELL_UNKNOWN", lhs_maturity::CELL_UNKNOWN)?;
    m.add("CELL_DOES_NOT_APPLY", lhs_maturity::CELL_DOES_NOT_APPLY)?;
    m.add("MAX_CELL_ERRORS", lhs_maturity::MAX_CELL_ERRORS)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
