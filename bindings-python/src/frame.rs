//! The DataFrame path: the columns `_frames.py` sends (float64 bytes, categoricals as distinct
//! values and int32 codes, object values) converted to the core's [`ColumnData`] and forwarded
//! to `Framework::score_columns`, which holds every rule (how cells are read, invalid cells,
//! `coerce`, unit kinds, the parallel work). Numeric columns are read in place, never one
//! Python object per cell.

use crate::convert::ser_to_py;
use crate::errors::to_py_err;
use lhs_maturity::{CellValue, ColumnBuffers, ColumnData, ColumnOptions, Framework, UnknownRule};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyFloat, PyInt, PyList, PyString, PyTuple};

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

/// One column as it crosses from Python, held while the core reads it.
enum Held<'py> {
    F64(Bound<'py, PyBytes>),
    Categories(Values<'py>, Vec<i32>),
    Objects(Values<'py>),
}

fn bytes_arg<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Bound<'py, PyBytes>> {
    obj.cast::<PyBytes>()
        .cloned()
        .map_err(|_| PyTypeError::new_err(format!("{what} must be bytes")))
}

/// Reads one `(position, kind, data, extra)` tuple of `_frames.py`.
fn held<'py>(item: &Bound<'py, PyAny>) -> PyResult<(usize, Held<'py>)> {
    let (pos, kind, data, extra): (usize, String, Bound<'py, PyAny>, Bound<'py, PyAny>) =
        item.extract()?;
    let column = match kind.as_str() {
        "f64" => Held::F64(bytes_arg(&data, "float64 data")?),
        "cat" => {
            let codes = bytes_arg(&extra, "category codes")?;
            if codes.as_bytes().len() % 4 != 0 {
                return Err(PyValueError::new_err("category codes must be int32 bytes"));
            }
            let codes = codes.as_bytes().chunks_exact(4);
            let codes = codes.map(|c| <[u8; 4]>::try_from(c).map_or(-1, i32::from_ne_bytes));
            Held::Categories(Values::new(&data)?, codes.collect())
        }
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

/// A Python `bytearray` holding `values` (native byte order, `size` bytes a value).
fn byte_array<'py, T: Copy, const N: usize>(
    py: Python<'py>,
    values: &[T],
    bytes: impl Fn(T) -> [u8; N],
) -> PyResult<Bound<'py, PyByteArray>> {
    PyByteArray::new_with(py, values.len() * N, |buf| {
        for (out, &v) in buf.chunks_exact_mut(N).zip(values) {
            out.copy_from_slice(&bytes(v));
        }
        Ok(())
    })
}

/// Converts the columns and scores them with the core's `Framework::score_columns`: `(nodes,
/// score, level, coverage, warnings, warning_count)`, the three arrays as node-major bytes
/// (float64, int8, float64): the values of node `k` are at `k * rows .. (k + 1) * rows`.
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
                Held::F64(b) => ColumnData::F64Bytes(b.as_bytes()),
                Held::Categories(_, codes) => ColumnData::Dictionary {
                    values: cells,
                    codes,
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
    let size = rows
        .checked_mul(fw.matrix_nodes().len())
        .ok_or_else(|| PyValueError::new_err("too many rows"))?;
    let result = py.detach(|| {
        let (mut score, mut level, mut coverage) =
            (vec![0.0; size], vec![0; size], vec![0.0; size]);
        let out = ColumnBuffers {
            score: &mut score,
            level: &mut level,
            coverage: &mut coverage,
        };
        fw.score_columns(&data, &options, out)
            .map(|outcome| (outcome, score, level, coverage))
    });
    let (outcome, scores, levels, coverages) = result.map_err(|e| to_py_err(py, &e))?;
    // Each buffer is freed once copied, so that at most one is held twice.
    let score = byte_array(py, &scores, f64::to_ne_bytes)?;
    drop(scores);
    let level = byte_array(py, &levels, i8::to_ne_bytes)?;
    drop(levels);
    let coverage = byte_array(py, &coverages, f64::to_ne_bytes)?;
    drop(coverages);
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
