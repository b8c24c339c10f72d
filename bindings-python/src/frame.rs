//! The DataFrame path: the columns `_frames.py` sends (float64 NumPy arrays, categoricals as
//! distinct values and int32 code arrays, object values) converted to the core's [`ColumnData`]
//! and forwarded to `Framework::score_columns`, which holds every rule (how cells are read,
//! invalid cells, `coerce`, unit kinds, the parallel work). Numeric columns and codes are read
//! where NumPy holds them, and the results are written into arrays NumPy allocates: no copy on
//! either side, and no Python object per cell.

use crate::convert::ser_to_py;
use crate::errors::to_py_err;
use lhs_maturity::{CellValue, ColumnBuffers, ColumnData, ColumnOptions, Framework, UnknownRule};
use numpy::{PyArray2, PyArrayMethods, PyReadonlyArray1, PyReadwriteArray2};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyString, PyTuple};

/// How one Python value of an object column is read (the core reads the result): `None` is an
/// empty cell, numbers are numbers, text is text, anything else (a `bool` too) is its text.
enum Read {
    Empty,
    Number(f64),
    /// The text of the `str` at this index of the values, read in place.
    Str(usize),
    /// The text at this index of the texts made here (`str()` of the value).
    Made(usize),
}

/// The values of an object column (or a categorical's distinct values), held while the core
/// reads their text.
struct Values<'py> {
    items: Vec<Bound<'py, PyAny>>,
    made: Vec<String>,
    reads: Vec<Read>,
}

impl<'py> Values<'py> {
    fn new(data: &Bound<'py, PyAny>) -> PyResult<Self> {
        let items: Vec<Bound<'py, PyAny>> = data.try_iter()?.collect::<PyResult<_>>()?;
        let mut made = Vec::new();
        let mut reads = Vec::with_capacity(items.len());
        for (i, obj) in items.iter().enumerate() {
            let mut text = |s: String| {
                made.push(s);
                Read::Made(made.len() - 1)
            };
            let read = if obj.is_none() {
                Read::Empty
            } else if obj.is_instance_of::<PyBool>() {
                text(obj.str()?.to_string_lossy().into_owned())
            } else if let Ok(s) = obj.cast::<PyString>() {
                match s.to_str() {
                    Ok(_) => Read::Str(i),
                    Err(_) => text(s.to_string_lossy().into_owned()),
                }
            } else if let Ok(f) = obj.cast::<PyFloat>() {
                Read::Number(f.value())
            } else if obj.is_instance_of::<PyInt>() {
                Read::Number(obj.extract::<f64>().unwrap_or(f64::INFINITY))
            } else {
                text(obj.str()?.to_string_lossy().into_owned())
            };
            reads.push(read);
        }
        Ok(Self { items, made, reads })
    }

    fn cells(&self) -> Vec<CellValue<'_>> {
        let text_of = |i: usize| {
            let s = self.items.get(i).and_then(|o| o.cast::<PyString>().ok());
            s.and_then(|s| s.to_str().ok())
        };
        self.reads
            .iter()
            .map(|r| match *r {
                Read::Empty => CellValue::Empty,
                Read::Number(x) => CellValue::Number(x),
                Read::Str(i) => text_of(i).map_or(CellValue::Empty, CellValue::Text),
                Read::Made(i) => self
                    .made
                    .get(i)
                    .map_or(CellValue::Empty, |s| CellValue::Text(s)),
            })
            .collect()
    }
}

/// One column as it crosses from Python, held (and borrowed from NumPy) while the core reads it.
enum Held<'py> {
    F64(PyReadonlyArray1<'py, f64>),
    Categories(Values<'py>, PyReadonlyArray1<'py, i32>),
    Objects(Values<'py>),
}

/// A one-dimensional, C-contiguous NumPy array of `T` (what `_frames.py` always sends), borrowed
/// for reading: rust-numpy refuses an array that is being written through another borrow.
fn array_arg<'py, T: numpy::Element>(
    obj: &Bound<'py, PyAny>,
    what: &str,
) -> PyResult<PyReadonlyArray1<'py, T>> {
    let array: PyReadonlyArray1<'py, T> = obj
        .extract()
        .map_err(|e| PyTypeError::new_err(format!("{what}: {e}")))?;
    if array.as_slice().is_err() {
        return Err(PyValueError::new_err(format!("{what} must be contiguous")));
    }
    Ok(array)
}

/// Reads one `(position, kind, data, extra)` tuple of `_frames.py`.
fn held<'py>(item: &Bound<'py, PyAny>) -> PyResult<(usize, Held<'py>)> {
    let (pos, kind, data, extra): (usize, String, Bound<'py, PyAny>, Bound<'py, PyAny>) =
        item.extract()?;
    let column = match kind.as_str() {
        "f64" => Held::F64(array_arg(&data, "float64 data")?),
        "cat" => Held::Categories(Values::new(&data)?, array_arg(&extra, "category codes")?),
        "obj" => Held::Objects(Values::new(&data)?),
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown column kind {other:?}"
            )))
        }
    };
    Ok((pos, column))
}

/// How the matrix of a DataFrame is scored.
pub struct Matrix<'a> {
    /// The number of rows.
    pub rows: usize,
    /// Invalid cells are left missing and reported as warnings instead of raised.
    pub coerce: bool,
    /// How `unknown` answers count.
    pub unknown: UnknownRule,
    /// Each row's unit kind (a `unit_kind` column), as written.
    pub kinds: Option<&'a [Option<String>]>,
    /// What errors and warnings call each row (a DataFrame's index labels); else positions.
    pub row_keys: Option<&'a [String]>,
}

/// A new `nodes × rows` NumPy array of zeros (NumPy's allocator, which asks the system for
/// huge pages on large arrays: far fewer page faults than a vector of ours).
fn out_array<T: numpy::Element>(
    py: Python<'_>,
    nodes: usize,
    rows: usize,
) -> Bound<'_, PyArray2<T>> {
    PyArray2::zeros(py, [nodes, rows], false)
}

/// The contiguous values of an array made by [`out_array`], borrowed for writing.
fn out_slice<'a, T: numpy::Element>(
    array: &'a mut PyReadwriteArray2<'_, T>,
) -> PyResult<&'a mut [T]> {
    array
        .as_slice_mut()
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Converts the columns and scores them with the core's `Framework::score_columns`: `(nodes,
/// score, level, coverage, warnings, warning_count)`, the three arrays `nodes × rows` (float64,
/// int8, float64): row `k` holds the values of node `k`.
///
/// The GIL stays held while the core reads the columns (the core's own threads do the work):
/// the arrays are borrowed where NumPy holds them, and no Python thread may write into them
/// meanwhile.
pub fn score_columns<'py>(
    py: Python<'py>,
    fw: &Framework,
    columns: &Bound<'py, PyList>,
    matrix: &Matrix<'_>,
) -> PyResult<Bound<'py, PyTuple>> {
    let rows = matrix.rows;
    let held: Vec<(usize, Held<'py>)> =
        columns.iter().map(|c| held(&c)).collect::<PyResult<_>>()?;
    let cells: Vec<Vec<CellValue<'_>>> = held
        .iter()
        .map(|(_, h)| match h {
            Held::F64(_) => Vec::new(),
            Held::Categories(v, _) | Held::Objects(v) => v.cells(),
        })
        .collect();
    let data: Vec<(usize, ColumnData<'_>)> = held
        .iter()
        .zip(&cells)
        .map(|((pos, h), cells)| {
            let data = match h {
                Held::F64(a) => ColumnData::F64(a.as_slice().unwrap_or_default()),
                Held::Categories(_, codes) => ColumnData::Dictionary {
                    values: cells,
                    codes: codes.as_slice().unwrap_or_default(),
                },
                Held::Objects(_) => ColumnData::Values(cells),
            };
            (*pos, data)
        })
        .collect();
    let kinds: Option<Vec<Option<&str>>> = matrix
        .kinds
        .map(|k| k.iter().map(Option::as_deref).collect());
    let options = ColumnOptions {
        rows,
        coerce: matrix.coerce,
        unknown: matrix.unknown,
        unit_kinds: kinds.as_deref(),
        row_keys: matrix.row_keys,
    };
    let nodes = fw.matrix_nodes().len();
    if rows.checked_mul(nodes).is_none() {
        return Err(PyValueError::new_err("too many rows"));
    }
    let (score, level, coverage) = (
        out_array::<f64>(py, nodes, rows),
        out_array::<i8>(py, nodes, rows),
        out_array::<f64>(py, nodes, rows),
    );
    let (mut s, mut l, mut c) = (
        score.try_readwrite()?,
        level.try_readwrite()?,
        coverage.try_readwrite()?,
    );
    let out = ColumnBuffers {
        score: out_slice(&mut s)?,
        level: out_slice(&mut l)?,
        coverage: out_slice(&mut c)?,
    };
    let outcome = fw
        .score_columns(&data, &options, out)
        .map_err(|e| to_py_err(py, &e))?;
    drop((s, l, c));
    PyTuple::new(
        py,
        [
            outcome.nodes.into_pyobject(py)?.into_any(),
            score.into_any(),
            level.into_any(),
            coverage.into_any(),
            ser_to_py(py, &outcome.warnings)?,
            outcome.warning_count.into_pyobject(py)?.into_any(),
        ],
    )
}
