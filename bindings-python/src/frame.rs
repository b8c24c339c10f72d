//! The DataFrame path: columns of cells → the core's cell codes (`Cell::from_f64`,
//! `Cell::parse`) → `Framework::score_matrix`. Values cross as bytes, never one Python object
//! per cell for numeric columns.

use crate::convert::ser_to_py;
use crate::errors::to_py_err;
use lhs_maturity::{
    pointer_token, Cell, Diagnostic, Error, Framework, Severity, UnknownRule, CELL_MISSING,
    MAX_CELL_ERRORS,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyFloat, PyInt, PyList, PyString, PyTuple};

/// The core's reading of one Python value of an object column: `None` is an empty cell,
/// text is parsed, numbers are read as numbers; anything else is read as its text.
fn cell_of(obj: &Bound<'_, PyAny>) -> PyResult<Result<Cell, String>> {
    if obj.is_none() {
        return Ok(Cell::parse(""));
    }
    if obj.is_instance_of::<PyBool>() {
        return Ok(Cell::parse(&obj.str()?.to_string_lossy()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Cell::parse(&s.to_string_lossy()));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(Cell::from_f64(f.value()));
    }
    if obj.is_instance_of::<PyInt>() {
        let x = obj.extract::<f64>().unwrap_or(f64::INFINITY);
        return Ok(Cell::from_f64(x));
    }
    Ok(Cell::parse(&obj.str()?.to_string_lossy()))
}

/// The compact code of a cell, or the core's message for a level too large for a code.
fn code_of(cell: Result<Cell, String>) -> Result<i8, String> {
    match cell? {
        Cell::Level(l) => {
            i8::try_from(l).map_err(|_| Cell::from_f64(f64::from(l)).err().unwrap_or_default())
        }
        other => Ok(other.code()),
    }
}

/// One column as it crosses from Python.
enum Column<'a> {
    /// float64 values, native byte order.
    F64(&'a [u8]),
    /// Codes (int32, native byte order) into a list of distinct values; a negative code is an
    /// empty cell, whose reading (the last field) is the core's.
    Categories(Vec<Result<i8, String>>, &'a [u8], Result<i8, String>),
    /// One value per row, already read.
    Values(Vec<Result<i8, String>>),
}

impl Column<'_> {
    /// The code of row `r` (the core's reading of the value), or the core's message.
    fn code(&self, r: usize) -> Result<i8, &str> {
        match self {
            Column::F64(b) => {
                let mut a = [0u8; 8];
                if let Some(chunk) = b.get(r * 8..r * 8 + 8) {
                    a.copy_from_slice(chunk);
                }
                // The message is built again by `message`, outside the hot path.
                code_of(Cell::from_f64(f64::from_ne_bytes(a))).map_err(|_| "")
            }
            Column::Categories(cats, b, empty) => {
                let mut a = [0u8; 4];
                if let Some(chunk) = b.get(r * 4..r * 4 + 4) {
                    a.copy_from_slice(chunk);
                }
                let cell = usize::try_from(i32::from_ne_bytes(a))
                    .ok()
                    .and_then(|k| cats.get(k))
                    .unwrap_or(empty);
                match cell {
                    Ok(c) => Ok(*c),
                    Err(m) => Err(m),
                }
            }
            Column::Values(vals) => match vals.get(r) {
                Some(Ok(c)) => Ok(*c),
                Some(Err(m)) => Err(m),
                None => Err(""),
            },
        }
    }

    /// The core's message for an invalid cell of row `r`.
    fn message(&self, r: usize) -> String {
        match self.code(r) {
            Err(m) if !m.is_empty() => m.to_owned(),
            _ => match self {
                Column::F64(b) => {
                    let mut a = [0u8; 8];
                    if let Some(chunk) = b.get(r * 8..r * 8 + 8) {
                        a.copy_from_slice(chunk);
                    }
                    code_of(Cell::from_f64(f64::from_ne_bytes(a)))
                        .err()
                        .unwrap_or_default()
                }
                _ => String::new(),
            },
        }
    }
}

/// Remembers the core's reading (`Cell::from_f64`) of recent numbers in a small direct-mapped
/// table: a column of levels holds a handful of distinct values, so the core is asked about
/// once per value, not once per cell, and the lookup has no data-dependent branch to
/// mispredict. Only a cache: every value is still read by the core.
struct Memo {
    /// Per slot: the bits of the number, and its code (`None`: invalid cell).
    slots: [(u64, Option<i8>); 64],
}

impl Default for Memo {
    fn default() -> Self {
        // No real number has these bits (a NaN with a payload no code produces) and the code
        // is computed for it anyway on first use.
        Self {
            slots: [(u64::MAX, None); 64],
        }
    }
}

impl Memo {
    fn code(&mut self, x: f64) -> Result<i8, ()> {
        let bits = x.to_bits();
        let i = ((bits ^ (bits >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize;
        if let Some(slot) = self.slots.get_mut(i) {
            if slot.0 != bits {
                *slot = (bits, code_of(Cell::from_f64(x)).ok());
            }
            return slot.1.ok_or(());
        }
        code_of(Cell::from_f64(x)).map_err(|_| ())
    }
}

/// Rows converted at a time (a block of the row-major matrix stays in the cache).
const BLOCK_ROWS: usize = 512;

/// Converts every column into the row-major matrix of cell codes, on every core: the codes,
/// the invalid cells (left missing), and which codes occur.
fn fill(
    parsed: &[(usize, Column<'_>)],
    ids: &[String],
    rows: usize,
) -> (Vec<i8>, Problems, Vec<bool>) {
    let ncols = ids.len().max(1);
    let mut cells = vec![CELL_MISSING; rows * ncols];
    let threads = lhs_maturity::parallel::threads();
    let per_thread = rows.div_ceil(threads).max(BLOCK_ROWS);
    let work = |first_row: usize, part: &mut [i8]| -> (Problems, Vec<bool>) {
        let mut problems = Problems::new();
        let mut present = vec![false; 256];
        let mut memo = Memo::default();
        let part_rows = part.len() / ncols;
        let mut start = 0;
        while start < part_rows {
            let end = (start + BLOCK_ROWS).min(part_rows);
            for (col, column) in parsed {
                let col = *col;
                let mut put = |r: usize, code: Result<i8, ()>| {
                    let code = code.unwrap_or_else(|()| {
                        let id = ids.get(col).map_or("", String::as_str);
                        let msg = column.message(first_row + r);
                        problems.add(first_row + r, id, "input.invalid_cell", &msg);
                        CELL_MISSING
                    });
                    if let Some(x) = part.get_mut(r * ncols + col) {
                        *x = code;
                    }
                    if let Some(p) = present.get_mut(slot(code)) {
                        *p = true;
                    }
                };
                // One loop per kind of column, so that the hot loop has no dispatch.
                match column {
                    Column::F64(b) => {
                        let bytes = b.get((first_row + start) * 8..(first_row + end) * 8);
                        for (i, chunk) in bytes.unwrap_or_default().chunks_exact(8).enumerate() {
                            let mut a = [0u8; 8];
                            a.copy_from_slice(chunk);
                            put(start + i, memo.code(f64::from_ne_bytes(a)));
                        }
                    }
                    _ => {
                        for r in start..end {
                            put(r, column.code(first_row + r).map_err(|_| ()));
                        }
                    }
                }
            }
            start = end;
        }
        (problems, present)
    };
    let parts: Vec<(Problems, Vec<bool>)> = if threads < 2 || rows <= BLOCK_ROWS {
        vec![work(0, &mut cells)]
    } else {
        let work = &work;
        std::thread::scope(|s| {
            let handles: Vec<_> = cells
                .chunks_mut(per_thread * ncols)
                .enumerate()
                .map(|(i, part)| s.spawn(move || work(i * per_thread, part)))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        })
    };
    let mut problems = Problems::new();
    let mut present = vec![false; 256];
    for (p, pr) in parts {
        problems.count += p.count;
        problems.listed.extend(p.listed);
        for (a, b) in present.iter_mut().zip(pr) {
            *a |= b;
        }
    }
    (cells, problems, present)
}

struct Problems {
    listed: Vec<Diagnostic>,
    count: usize,
}

impl Problems {
    fn new() -> Self {
        Self {
            listed: Vec::new(),
            count: 0,
        }
    }

    fn add(&mut self, row: usize, id: &str, code: &str, message: &str) {
        self.count += 1;
        if self.listed.len() < MAX_CELL_ERRORS {
            self.listed.push(Diagnostic::error(
                code,
                format!("/rows/{row}/{}", pointer_token(id)),
                format!("row {row}, `{id}`: {message}"),
            ));
        }
    }
}

fn bytes_arg<'a>(obj: &'a Bound<'_, PyAny>, what: &str) -> PyResult<&'a [u8]> {
    obj.cast::<PyBytes>()
        .map(|b| b.as_bytes())
        .map_err(|_| PyTypeError::new_err(format!("{what} must be bytes")))
}

/// Row and indicator position of a `/rows/<row>/<id>` path of a cell diagnostic.
fn cell_position(path: &str, ids: &[String]) -> Option<(usize, usize)> {
    let rest = path.strip_prefix("/rows/")?;
    let (row, token) = rest.split_once('/')?;
    let row = row.parse().ok()?;
    let col = ids.iter().position(|id| pointer_token(id) == token)?;
    Some((row, col))
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
}

/// Converts the columns and scores them: `(nodes, score, level, coverage, warnings,
/// warning_count)`, the three arrays as node-major bytes (float64, int8, float64): the values of
/// node `k` are at `k * rows .. (k + 1) * rows`.
pub fn score_columns<'py>(
    py: Python<'py>,
    fw: &Framework,
    columns: &Bound<'py, PyList>,
    matrix: &Matrix<'_>,
) -> PyResult<Bound<'py, PyTuple>> {
    let rows = matrix.rows;
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let ncols = ids.len();
    // Hold the Python objects while their bytes are borrowed.
    let items: Vec<Bound<'py, PyAny>> = columns.iter().collect();
    let mut parsed: Vec<(usize, Column<'_>)> = Vec::with_capacity(items.len());
    let mut holders: Vec<(usize, String, Bound<'py, PyAny>, Bound<'py, PyAny>)> = Vec::new();
    for item in &items {
        let (col, kind, data, extra): (usize, String, Bound<'py, PyAny>, Bound<'py, PyAny>) =
            item.extract()?;
        if col >= ncols {
            return Err(PyValueError::new_err(format!(
                "no indicator at position {col}"
            )));
        }
        holders.push((col, kind, data, extra));
    }
    for (col, kind, data, extra) in &holders {
        let column = match kind.as_str() {
            "f64" => {
                let b = bytes_arg(data, "float64 data")?;
                if b.len() != rows * 8 {
                    return Err(PyValueError::new_err("float64 data of the wrong length"));
                }
                Column::F64(b)
            }
            "cat" => {
                let mut cats = Vec::new();
                for v in data.try_iter()? {
                    cats.push(code_of(cell_of(&v?)?));
                }
                let b = bytes_arg(extra, "category codes")?;
                if b.len() != rows * 4 {
                    return Err(PyValueError::new_err("category codes of the wrong length"));
                }
                Column::Categories(cats, b, code_of(Cell::parse("")))
            }
            "obj" => {
                let mut vals = Vec::with_capacity(rows);
                for v in data.try_iter()? {
                    vals.push(code_of(cell_of(&v?)?));
                }
                if vals.len() != rows {
                    return Err(PyValueError::new_err("object data of the wrong length"));
                }
                Column::Values(vals)
            }
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown column kind {other:?}"
                )))
            }
        };
        parsed.push((*col, column));
    }

    let result = py.detach(|| {
        let (cells, problems, present) = fill(&parsed, &ids, rows);
        let (m, warnings, count) = score_checked(fw, &ids, cells, problems, &present, matrix)?;
        // Node-major (one contiguous run of rows per node), so that every result column is a
        // contiguous array on the Python side; the three arrays are rearranged in parallel.
        let width = m.nodes.len();
        let (score, (level, coverage)) = join(
            || {
                node_major(&m.score, width, 8, |v, out| {
                    out.copy_from_slice(&v.to_ne_bytes())
                })
            },
            || {
                let level = node_major(&m.level, width, 1, |v, out| {
                    out.copy_from_slice(&v.to_ne_bytes())
                });
                let coverage = node_major(&m.coverage, width, 8, |v, out| {
                    out.copy_from_slice(&v.to_ne_bytes())
                });
                (level, coverage)
            },
        );
        Ok::<_, Error>((m.nodes, score, level, coverage, warnings, count))
    });
    let (nodes, score, level, coverage, warnings, warning_count) =
        result.map_err(|e| to_py_err(py, &e))?;
    let score = PyByteArray::new(py, &score);
    let level = PyByteArray::new(py, &level);
    let coverage = PyByteArray::new(py, &coverage);
    PyTuple::new(
        py,
        [
            nodes.into_pyobject(py)?.into_any(),
            score.into_any(),
            level.into_any(),
            coverage.into_any(),
            ser_to_py(py, &warnings)?,
            warning_count.into_pyobject(py)?.into_any(),
        ],
    )
}

/// Runs `a` and `b` at the same time (on two threads when there is more than one core).
fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    if lhs_maturity::parallel::threads() < 2 {
        return (a(), b());
    }
    std::thread::scope(|s| {
        let hb = s.spawn(b);
        let ra = a();
        let rb = hb.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        (ra, rb)
    })
}

/// A row-major matrix of `width` columns as node-major bytes (`size` bytes a value), a block of
/// rows at a time so that the reads stay in the cache.
fn node_major<T: Copy>(
    values: &[T],
    width: usize,
    size: usize,
    put: impl Fn(T, &mut [u8]),
) -> Vec<u8> {
    const BLOCK: usize = 256;
    let mut buf = vec![0u8; values.len() * size];
    let rows = values.len() / width.max(1);
    let mut start = 0;
    while start < rows {
        let end = (start + BLOCK).min(rows);
        for n in 0..width {
            let out = buf.get_mut((n * rows + start) * size..(n * rows + end) * size);
            for (r, o) in (start..end).zip(out.unwrap_or_default().chunks_exact_mut(size)) {
                if let Some(&v) = values.get(r * width + n) {
                    put(v, o);
                }
            }
        }
        start = end;
    }
    buf
}

type Scored = (lhs_maturity::MatrixScores, Vec<Diagnostic>, usize);

/// Index of a cell code in a table of all 256 codes.
fn slot(code: i8) -> usize {
    usize::try_from(i16::from(code) + 128).unwrap_or(0)
}

/// The core's verdict on every cell code (indexed by [`slot`]): `None` if valid, else the code
/// and message of its error. The core's `score_matrix` of a one-row matrix holding the code
/// decides, so the rule (levels above the top of the scale) stays in the core.
fn code_verdicts(fw: &Framework, ncols: usize, present: &[bool]) -> Vec<Option<(String, String)>> {
    (i8::MIN..=i8::MAX)
        .map(|code| {
            if present.get(slot(code)) != Some(&true) {
                return None;
            }
            let mut row = vec![CELL_MISSING; ncols];
            if let Some(x) = row.first_mut() {
                *x = code;
            }
            let err = fw.score_matrix(&row).err()?;
            let d = err.details().first()?;
            // "row 0, `<id>`: <what>": keep <what>.
            let what = d
                .message
                .split_once("`: ")
                .map_or(d.message.as_str(), |(_, m)| m);
            Some((d.code.clone(), what.to_owned()))
        })
        .collect()
}

/// Scores the cells. Invalid cells found while converting (`problems`, already left missing)
/// and the codes the core rejects (levels above the top of the scale) are raised together, or,
/// with `coerce`, left missing and returned as warnings. The cells of the indicators that do
/// not apply to a row's unit kind are then marked by the core (`Framework::apply_unit_kind`),
/// as `Framework::score` leaves them out, and the matrix is scored with the rule for `unknown`
/// answers (`Framework::score_matrix_with`).
fn score_checked(
    fw: &Framework,
    ids: &[String],
    mut cells: Vec<i8>,
    mut problems: Problems,
    present: &[bool],
    matrix: &Matrix<'_>,
) -> Result<Scored, Error> {
    let coerce = matrix.coerce;
    let ncols = ids.len().max(1);
    let verdicts = code_verdicts(fw, ids.len(), present);
    if verdicts.iter().any(Option::is_some) {
        for (i, x) in cells.iter_mut().enumerate() {
            if let Some(Some((code, msg))) = verdicts.get(slot(*x)) {
                let id = ids.get(i % ncols).map_or("", String::as_str);
                problems.add(i / ncols, id, code, msg);
                *x = CELL_MISSING;
            }
        }
    }
    let mut listed = problems.listed;
    listed.sort_by_key(|d| cell_position(&d.path, ids).unwrap_or((usize::MAX, usize::MAX)));
    listed.truncate(MAX_CELL_ERRORS);
    if problems.count > 0 && !coerce {
        if problems.count > listed.len() {
            listed.push(Diagnostic::error(
                "input.too_many_errors",
                "",
                format!(
                    "{} more invalid cells are not listed",
                    problems.count - listed.len()
                ),
            ));
        }
        return Err(Error::Input(listed));
    }
    if let Some(kinds) = matrix.kinds {
        for (row, kind) in cells.chunks_mut(ncols).zip(kinds) {
            fw.apply_unit_kind(row, kind.as_deref());
        }
    }
    let m = fw.score_matrix_with(&cells, matrix.unknown)?;
    for w in &mut listed {
        w.severity = Severity::Warning;
        w.help = Some("the cell was treated as missing (errors=\"coerce\")".to_owned());
    }
    Ok((m, listed, problems.count))
}
