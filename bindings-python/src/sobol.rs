//! The Sobol' sensitivity indices of `lhs_maturity.stats` (`sobol_sample`, `sobol_indices`): the
//! core's `analysis::SobolDesign` and `analysis::sobol_indices_with`.
//!
//! Only conversion: the arguments become the core's (whole numbers, group labels numbered by
//! first appearance, the outputs as numbers), the core checks their values and computes, and its
//! result comes back as plain lists and tuples that `stats.py` wraps.

use crate::convert::{text_of, type_name};
use crate::errors::{guard, to_py_err};
use lhs_maturity::analysis::{sobol_indices_with, SobolDesign, SobolOptions, SOBOL_MAX_FACTORS};
use lhs_maturity::{i18n, Error, Severity};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyMapping};

/// A whole number ≥ 0 (a Python `int` or anything with `__index__`, a bool excepted):
/// another type is `argument.invalid_type`, a negative or too large number
/// `argument.invalid_value`, both at `/<name>`.
fn whole(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<u64> {
    let py = obj.py();
    if obj.is_instance_of::<PyBool>() || !obj.hasattr("__index__")? {
        let e = Error::argument(name, "whole_number", &type_name(obj));
        return Err(to_py_err(py, &e));
    }
    obj.extract::<u64>().map_err(|_| {
        let value = obj
            .repr()
            .map_or_else(|_| "?".to_owned(), |r| r.to_string());
        to_py_err(py, &Error::argument_value(name, "whole_number", &value))
    })
}

/// A whole number that must fit the machine's `usize` (a larger one is out of every range the
/// core accepts: it is given as `usize::MAX`, which the core then reports).
fn count(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<usize> {
    whole(obj, name).map(|n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// The core's errors of the factors (`/factors`, `/groups`) at this binding's parameter.
fn at_factors(mut e: Error) -> Error {
    if let Error::Input(list) = &mut e {
        for d in list.iter_mut().filter(|d| d.path != "/n") {
            d.path = "/factors_or_groups".to_owned();
        }
    }
    e
}

/// Each label's group, numbered by first appearance (Python equality, as `pandas.unique` of
/// SALib's `groups`).
fn group_numbers(labels: &[Bound<'_, PyAny>]) -> PyResult<Vec<usize>> {
    let mut first: Vec<&Bound<'_, PyAny>> = Vec::new();
    let mut numbers = Vec::with_capacity(labels.len());
    for label in labels {
        let mut found = None;
        for (i, seen) in first.iter().enumerate() {
            if seen.eq(label)? {
                found = Some(i);
                break;
            }
        }
        numbers.push(match found {
            Some(i) => i,
            None => {
                first.push(label);
                first.len() - 1
            }
        });
    }
    Ok(numbers)
}

/// `lhs_maturity.stats.sobol_sample`: the runs of the core's `SobolDesign` (`n × (k + 2)` rows
/// of one value in `[0, 1)` per factor), with `k`.
#[pyfunction]
pub fn _sobol_sample(
    py: Python<'_>,
    n: &Bound<'_, PyAny>,
    factors_or_groups: &Bound<'_, PyAny>,
    seed: &Bound<'_, PyAny>,
) -> PyResult<(Vec<Vec<f64>>, usize)> {
    guard(py, || {
        let n = count(n, "n")?;
        let seed = whole(seed, "seed")?;
        let f = factors_or_groups;
        let design = if f.hasattr("__index__")? && !f.is_instance_of::<PyBool>() {
            SobolDesign::new(n, count(f, "factors_or_groups")?, seed)
        } else {
            let not_labels = text_of(f).is_some() || f.cast::<PyMapping>().is_ok();
            let labels = match f.try_iter() {
                Ok(items) if !not_labels => items.collect::<PyResult<Vec<_>>>()?,
                _ => {
                    let e = Error::argument("factors_or_groups", "factors", &type_name(f));
                    return Err(to_py_err(py, &e));
                }
            };
            if labels.len() > SOBOL_MAX_FACTORS {
                SobolDesign::grouped(n, &vec![0u8; labels.len()], seed)
            } else {
                SobolDesign::grouped(n, &group_numbers(&labels)?, seed)
            }
        }
        .map_err(|e| to_py_err(py, &at_factors(e)))?;
        let d = design.factors();
        let runs = py.detach(|| design.sample());
        Ok((runs.chunks(d).map(<[f64]>::to_vec).collect(), design.k()))
    })
}

/// The outputs as numbers: a value that is no number (text, None, a bool...) is the core's
/// `input.invalid_sobol_option` for an output that is not a finite number, at `/outputs/<i>`
/// (the first, with how many there are); an `outputs` that is not a list (a number, text, a
/// dict) is `argument.invalid_type`.
fn outputs_arg(obj: &Bound<'_, PyAny>) -> PyResult<Vec<f64>> {
    let py = obj.py();
    let wrong = || to_py_err(py, &Error::argument("outputs", "numbers", &type_name(obj)));
    if text_of(obj).is_some() || obj.cast::<PyMapping>().is_ok() {
        return Err(wrong());
    }
    let items = obj.try_iter().map_err(|_| wrong())?;
    let mut values = Vec::new();
    let mut bad: Vec<(usize, String)> = Vec::new();
    for (i, item) in items.enumerate() {
        let item = item?;
        match item.extract::<f64>() {
            Ok(x) if !item.is_instance_of::<PyBool>() => values.push(x),
            _ => {
                bad.push((i, item.repr()?.to_string()));
                values.push(f64::NAN);
            }
        }
    }
    let Some((index, value)) = bad.first() else {
        return Ok(values);
    };
    let not_finite = values.iter().filter(|x| !x.is_finite()).count();
    let d = i18n::diagnostic(
        Severity::Error,
        "input.invalid_sobol_option",
        format!("/outputs/{index}"),
        &[
            ("option", "value".into()),
            ("index", (*index).into()),
            ("value", value.as_str().into()),
            ("count", not_finite.into()),
        ],
    );
    Err(to_py_err(py, &Error::Input(vec![d])))
}

/// One index's interval as a tuple.
type Interval = Option<(f64, f64)>;

/// The core's `SobolIndices` as a tuple: `(S1, ST, S1 intervals, ST intervals, note, n,
/// resamples, seed, level)`.
type IndicesTuple = (
    Vec<Option<f64>>,
    Vec<Option<f64>>,
    Vec<Interval>,
    Vec<Interval>,
    Option<String>,
    usize,
    usize,
    u64,
    f64,
);

/// `lhs_maturity.stats.sobol_indices`: the core's `analysis::sobol_indices_with` of the outputs
/// of a design's runs, as a tuple (see [`IndicesTuple`]).
#[pyfunction]
pub fn _sobol_indices(
    py: Python<'_>,
    outputs: &Bound<'_, PyAny>,
    k: &Bound<'_, PyAny>,
    bootstrap: &Bound<'_, PyAny>,
    seed: &Bound<'_, PyAny>,
) -> PyResult<IndicesTuple> {
    guard(py, || {
        let k = count(k, "k")?;
        let options = SobolOptions {
            resamples: count(bootstrap, "bootstrap")?,
            seed: whole(seed, "seed")?,
        };
        let outputs = outputs_arg(outputs)?;
        let r = py
            .detach(|| sobol_indices_with(&outputs, k, &options))
            .map_err(|e| to_py_err(py, &e))?;
        let pairs = |v: Vec<Option<[f64; 2]>>| -> Vec<Interval> {
            v.into_iter().map(|x| x.map(|[l, h]| (l, h))).collect()
        };
        Ok((
            r.s1,
            r.st,
            pairs(r.s1_interval),
            pairs(r.st_interval),
            r.note,
            r.n,
            r.resamples,
            r.seed,
            r.level,
        ))
    })
}

/// Adds the functions of this module to the native module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_sobol_sample, m)?)?;
    m.add_function(wrap_pyfunction!(_sobol_indices, m)?)?;
    Ok(())
}
