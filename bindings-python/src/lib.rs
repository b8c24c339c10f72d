//! Python bindings of `lhs-maturity`, built with maturin as `lhs_maturity._native`.
//!
//! The bindings convert and forward: every rule (reading, checking, scoring, rendering, reading
//! table cells) is the core's. The public Python API is `lhs_maturity/__init__.py`, which
//! re-exports these classes and adds the exceptions and the pandas conveniences.
#![cfg(not(target_family = "wasm"))]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod analysis;
mod convert;
mod doc;
mod errors;
mod frame;
mod framework;
mod report;

use pyo3::prelude::*;

/// Applies `f` to every item, on every core when there is enough work, keeping the order.
/// (Thread orchestration only; `f` is a core call.)
pub(crate) fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    if threads < 2 || items.len() < 16 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for h in handles {
            match h.join() {
                Ok(part) => out.extend(part),
                Err(payload) => std::panic::resume_unwind(payload),
            }
        }
        out
    })
}

/// Panics on purpose, optionally in a worker thread with the GIL released: lets the tests
/// check that a Rust panic reaches Python as `lhs_maturity.InternalError`.
#[pyfunction]
#[pyo3(signature = (message, in_thread = false))]
fn _panic_for_tests(py: Python<'_>, message: &str, in_thread: bool) -> PyResult<()> {
    errors::guard(py, || {
        #[expect(clippy::panic, reason = "the purpose of this test hook")]
        py.detach(|| {
            if in_thread {
                parallel_map(&[0u8; 64], |_| panic!("{message}"));
            }
            panic!("{message}")
        })
    })
}

/// The native part of the `lhs_maturity` package. Import `lhs_maturity`, not this module.
#[pymodule(gil_used = false)]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<framework::PyFramework>()?;
    m.add_class::<report::PyReport>()?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    analysis::register(m)?;
    m.add("CELL_MISSING", lhs_maturity::CELL_MISSING)?;
    m.add("CELL_NA", lhs_maturity::CELL_NA)?;
    m.add("CELL_UNKNOWN", lhs_maturity::CELL_UNKNOWN)?;
    m.add("MAX_CELL_ERRORS", lhs_maturity::MAX_CELL_ERRORS)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
