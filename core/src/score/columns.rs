//! The columnar path of a data frame: columns of cells as a table library holds them (numbers,
//! dictionary-encoded values, text) in, the scores of every row written node by node into
//! buffers the caller owns. Every rule of reading a table of answers lives here, so that each
//! binding only converts its host's columns and forwards them: how a cell is read, which cells
//! are invalid and where, how many are listed, what `coerce` does, and the unit kinds.

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::cell::{Cell, CELL_DOES_NOT_APPLY, CELL_MISSING};
use crate::model::compiled::Framework;
use crate::model::framework::UnitKind;
use crate::model::plan::Plan;
use crate::score::matrix::MAX_CELL_ERRORS;
use crate::score::report::UnknownRule;
use std::sync::atomic::{AtomicBool, Ordering};

/// One value of a column of answers, as a table library holds it.
///
/// A boolean is read as its text (`True` is not an answer), like any value that is neither a
/// number nor text: give its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellValue<'a> {
    /// An empty cell (`None`, `null`, `NA`): missing.
    Empty,
    /// A number, read as [`Cell::from_f64`] reads it (`NaN` is missing).
    Number(f64),
    /// Text, read as [`Cell::parse`] reads it (`"3"`, `"na"`, `"unknown"`, `""`).
    Text(&'a str),
}

/// The cells of one column (one indicator), one per row.
#[derive(Debug, Clone, Copy)]
pub enum ColumnData<'a> {
    /// Numbers, read as [`Cell::from_f64`] reads them (`NaN` is missing).
    F64(&'a [f64]),
    /// Numbers as the bytes of native-endian float64s, 8 bytes a row (what NumPy's `tobytes`
    /// gives): read in place, without a copy.
    F64Bytes(&'a [u8]),
    /// Dictionary-encoded (categorical) cells: each row's code is the index of its value in
    /// `values`; a negative code is an empty cell.
    Dictionary {
        /// The distinct values.
        values: &'a [CellValue<'a>],
        /// One code per row.
        codes: &'a [i32],
    },
    /// One value per row.
    Values(&'a [CellValue<'a>]),
}

impl ColumnData<'_> {
    /// The number of rows of the column.
    fn len(&self) -> usize {
        match self {
            ColumnData::F64(x) => x.len(),
            ColumnData::F64Bytes(b) => b.len() / 8,
            ColumnData::Dictionary { codes, .. } => codes.len(),
            ColumnData::Values(v) => v.len(),
        }
    }

    /// The value of row `r`.
    fn value(&self, r: usize) -> CellValue<'_> {
        match *self {
            ColumnData::F64(x) => x.get(r).map_or(CellValue::Empty, |&x| CellValue::Number(x)),
            ColumnData::F64Bytes(b) => b
                .get(r * 8..r * 8 + 8)
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
                .map_or(CellValue::Empty, |a| {
                    CellValue::Number(f64::from_ne_bytes(a))
                }),
            ColumnData::Dictionary { values, codes } => codes
                .get(r)
                .and_then(|&k| usize::try_from(k).ok())
                .and_then(|k| values.get(k).copied())
                .unwrap_or(CellValue::Empty),
            ColumnData::Values(v) => v.get(r).copied().unwrap_or(CellValue::Empty),
        }
    }
}

/// How [`Framework::score_columns`] reads and scores the columns.
#[derive(Debug, Clone, Copy, Default)]
pub struct ColumnOptions<'a> {
    /// The number of rows: of every column, and of each node's run in the output buffers.
    pub rows: usize,
    /// Invalid cells are treated as missing and returned as warnings, instead of failing.
    pub coerce: bool,
    /// How `unknown` answers count ([`UnknownRule`]).
    pub unknown: UnknownRule,
    /// Each row's unit kind, as written in `unit.kind` (a `unit_kind` column): the indicators
    /// that do not apply to it are left out of that row's scores ([`Framework::apply_unit_kind`]).
    /// An empty cell or a value that is not a unit kind leaves every indicator applying.
    pub unit_kinds: Option<&'a [Option<&'a str>]>,
    /// What errors and warnings call each row (`/rows/<key>/<id>`, `row <key>`): a DataFrame's
    /// index labels, so that a part of a larger table names its rows as the whole table does.
    /// Without it (or for a row it does not cover), the row's position from 0.
    pub row_keys: Option<&'a [String]>,
}

/// The buffers [`Framework::score_columns`] writes into, each `rows × nodes` long
/// ([`Framework::matrix_nodes`]), node-major: the values of node `k` are at
/// `k * rows .. (k + 1) * rows`, so that each is a contiguous column of results.
#[derive(Debug)]
pub struct ColumnBuffers<'a> {
    /// Scores, `NaN` when a node has no score.
    pub score: &'a mut [f64],
    /// Levels, `-1` when a node has no score.
    pub level: &'a mut [i8],
    /// Coverage, `NaN` when every indicator of the node is `na`.
    pub coverage: &'a mut [f64],
}

/// What [`Framework::score_columns`] gives besides the numbers it writes.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnOutcome {
    /// The nodes of the runs of the buffers: `"overall"`, then every domain and sub-domain in
    /// framework order ([`Framework::matrix_nodes`]).
    pub nodes: Vec<String>,
    /// With [`ColumnOptions::coerce`], the invalid cells treated as missing (the first
    /// [`MAX_CELL_ERRORS`], in row then indicator order), as warnings; else empty.
    pub warnings: Vec<Diagnostic>,
    /// How many cells were invalid (all of them, listed or not).
    pub warning_count: usize,
}

/// A cell that is not an answer, as a code ([`Cell::code`] never gives it).
const INVALID: i8 = i8::MIN;

/// Rows converted and scored at a time (a block of cells and results stays in the cache).
const BLOCK_ROWS: usize = 512;

/// The help of a cell treated as missing.
const COERCED: &str = "the cell was treated as missing (errors=\"coerce\")";

/// The code of a number: [`Cell::from_f64`] then [`Cell::code`], or [`INVALID`], without a
/// branch for the common case (a whole number from 0 to 127; the cast saturates, NaN gives 0).
fn code_of_f64(x: f64) -> i8 {
    let i = x as i8;
    if f64::from(i) == x && i >= 0 {
        i
    } else if x.is_nan() {
        CELL_MISSING
    } else {
        INVALID
    }
}

/// The code of a text cell: [`Cell::parse`] then [`Cell::code`] (a level above 127 is
/// invalid), or [`INVALID`]; whole numbers are read first without the general parser.
fn code_of_text(text: &str) -> i8 {
    let t = text.trim();
    if let Ok(n) = t.parse::<u8>() {
        return i8::try_from(n).unwrap_or(INVALID);
    }
    match Cell::read(t) {
        Ok(Cell::Level(l)) => i8::try_from(l).unwrap_or(INVALID),
        Ok(cell) => cell.code(),
        Err(_) => INVALID,
    }
}

/// The code of a value, or [`INVALID`].
fn code_of(value: CellValue<'_>) -> i8 {
    match value {
        CellValue::Empty => CELL_MISSING,
        CellValue::Number(x) => code_of_f64(x),
        CellValue::Text(t) => code_of_text(t),
    }
}

/// What is wrong with a value whose code is [`INVALID`], in the words of [`Cell::parse`].
fn invalid_message(value: CellValue<'_>) -> String {
    let level = |l: u8| Cell::from_f64(f64::from(l)).err().unwrap_or_default();
    match value {
        CellValue::Empty => String::new(),
        CellValue::Number(x) => Cell::from_f64(x).err().unwrap_or_default(),
        CellValue::Text(t) => match Cell::parse(t) {
            Err(m) => m,
            Ok(Cell::Level(l)) => level(l),
            Ok(_) => String::new(),
        },
    }
}

/// A column ready to be read: a dictionary's values already read.
enum Prepared<'a> {
    F64(&'a [f64]),
    Bytes(&'a [u8]),
    Dictionary(Vec<i8>, &'a [i32]),
    Values(&'a [CellValue<'a>]),
}

/// Writes the codes of rows `first .. first + n` of a column at `pos` of each row of `block`
/// (`ncols` cells a row); one loop per kind of column, so that the hot loop has no dispatch.
fn fill(column: &Prepared<'_>, first: usize, block: &mut [i8], ncols: usize, pos: usize) {
    let n = block.len() / ncols.max(1);
    match column {
        Prepared::F64(x) => {
            let x = x.get(first..first + n).unwrap_or_default();
            put(block, ncols, pos, x.iter().map(|&x| code_of_f64(x)));
        }
        Prepared::Bytes(b) => {
            let b = b.get(first * 8..(first + n) * 8).unwrap_or_default();
            let codes = b.chunks_exact(8).map(|c| {
                <[u8; 8]>::try_from(c).map_or(INVALID, |a| code_of_f64(f64::from_ne_bytes(a)))
            });
            put(block, ncols, pos, codes);
        }
        Prepared::Dictionary(table, codes) => {
            let codes = codes.get(first..first + n).unwrap_or_default();
            let codes = codes.iter().map(|&k| {
                usize::try_from(k)
                    .ok()
                    .and_then(|k| table.get(k).copied())
                    .unwrap_or(CELL_MISSING)
            });
            put(block, ncols, pos, codes);
        }
        Prepared::Values(v) => {
            let v = v.get(first..first + n).unwrap_or_default();
            put(block, ncols, pos, v.iter().map(|&v| code_of(v)));
        }
    }
}

/// Writes `codes` at `pos` of each row of `block` (`ncols` cells a row).
fn put(block: &mut [i8], ncols: usize, pos: usize, codes: impl Iterator<Item = i8>) {
    for (row, code) in block.chunks_exact_mut(ncols.max(1)).zip(codes) {
        if let Some(c) = row.get_mut(pos) {
            *c = code;
        }
    }
}

/// An invalid cell: its row, its indicator position, and the level when it is a level above
/// the top of the scale (else the value is not an answer).
#[derive(Debug, Clone, Copy)]
struct Problem {
    row: usize,
    pos: usize,
    level: Option<i8>,
}

/// The invalid cells one task found: the first [`MAX_CELL_ERRORS`] in (row, indicator) order,
/// and how many there were.
#[derive(Debug, Default)]
struct Found {
    listed: Vec<Problem>,
    count: usize,
}

/// The rows of one task and their runs of the output buffers (one per node).
struct Task<'o> {
    first: usize,
    rows: usize,
    score: Vec<&'o mut [f64]>,
    level: Vec<&'o mut [i8]>,
    coverage: Vec<&'o mut [f64]>,
    found: &'o mut Found,
}

/// Each row's unit kind, and per kind of [`UnitKind::ALL`] the positions that do not apply.
struct Kinds<'a> {
    rows: &'a [Option<&'a str>],
    masks: Vec<Vec<usize>>,
}

/// What every task reads.
struct Shared<'a> {
    plan: &'a Plan,
    ncols: usize,
    width: usize,
    max: i8,
    zero: bool,
    coerce: bool,
    columns: Vec<(usize, Prepared<'a>)>,
    kinds: Option<Kinds<'a>>,
    /// Some invalid cell fails the call: the rows left are still checked, no longer scored.
    failed: AtomicBool,
}

impl Shared<'_> {
    /// Converts, checks and scores the rows of one task, a block at a time.
    fn run(&self, mut task: Task<'_>) {
        let (ncols, width) = (self.ncols.max(1), self.width);
        let mut cells = vec![CELL_MISSING; BLOCK_ROWS * ncols];
        let mut score = vec![0.0; BLOCK_ROWS * width];
        let mut level = vec![0i8; BLOCK_ROWS * width];
        let mut coverage = vec![0.0; BLOCK_ROWS * width];
        let mut start = 0;
        while start < task.rows {
            let n = BLOCK_ROWS.min(task.rows - start);
            let first = task.first + start;
            let block = cells.get_mut(..n * ncols).unwrap_or_default();
            block.fill(CELL_MISSING);
            for (pos, column) in &self.columns {
                fill(column, first, block, ncols, *pos);
            }
            if self.plan.has_invalid(block) {
                self.list_invalid(block, first, task.found);
            }
            self.apply_kinds(block, first);
            if !self.failed.load(Ordering::Relaxed) {
                let out = (
                    score.get_mut(..n * width).unwrap_or_default(),
                    level.get_mut(..n * width).unwrap_or_default(),
                    coverage.get_mut(..n * width).unwrap_or_default(),
                );
                self.plan.score_rows(block, ncols, self.zero, out);
                scatter(&score, &mut task.score, start, n, width);
                scatter(&level, &mut task.level, start, n, width);
                scatter(&coverage, &mut task.coverage, start, n, width);
            }
            start += n;
        }
    }

    /// Lists the invalid cells of a block in (row, indicator) order and leaves them missing.
    fn list_invalid(&self, block: &mut [i8], first: usize, found: &mut Found) {
        for (r, row) in block.chunks_exact_mut(self.ncols.max(1)).enumerate() {
            for (pos, cell) in row.iter_mut().enumerate() {
                let code = *cell;
                if code >= CELL_DOES_NOT_APPLY && code <= self.max {
                    continue;
                }
                found.count += 1;
                if found.listed.len() < MAX_CELL_ERRORS {
                    found.listed.push(Problem {
                        row: first + r,
                        pos,
                        level: (code > self.max).then_some(code),
                    });
                }
                *cell = CELL_MISSING;
            }
        }
        if !self.coerce {
            self.failed.store(true, Ordering::Relaxed);
        }
    }

    /// Marks the cells of the indicators that do not apply to each row's unit kind.
    fn apply_kinds(&self, block: &mut [i8], first: usize) {
        let Some(Kinds { rows: kinds, masks }) = &self.kinds else {
            return;
        };
        let rows = block.chunks_exact_mut(self.ncols.max(1));
        for (row, kind) in rows.zip(kinds.iter().skip(first)) {
            let Some(kind) = kind.and_then(UnitKind::parse) else {
                continue;
            };
            let k = UnitKind::ALL.iter().position(|x| *x == kind);
            for &pos in k.and_then(|k| masks.get(k)).map_or(&[][..], Vec::as_slice) {
                if let Some(c) = row.get_mut(pos) {
                    *c = CELL_DOES_NOT_APPLY;
                }
            }
        }
    }
}

/// Copies a block of `n` row-major results (`width` a row) to rows `start .. start + n` of each
/// node's run.
fn scatter<T: Copy>(block: &[T], runs: &mut [&mut [T]], start: usize, n: usize, width: usize) {
    for (node, run) in runs.iter_mut().enumerate() {
        let out = run.get_mut(start..start + n).unwrap_or_default();
        let values = block.iter().skip(node).step_by(width.max(1));
        for (o, &v) in out.iter_mut().zip(values) {
            *o = v;
        }
    }
}

/// An error of the calling program (a column or a buffer of the wrong size), not of the data.
fn shape_error(code: &str, path: String, message: String) -> Error {
    Error::Input(vec![Diagnostic::error(code, path, message)])
}

impl Framework {
    /// Scores a table of answers held as columns, the way a data frame holds them: one column
    /// per indicator answered (`(position, data)`, the position in [`Framework::indicators`]),
    /// one row per assessment; an indicator without a column is missing. The scores, levels
    /// and coverage of every row are written node by node into `out` (see [`ColumnBuffers`]),
    /// with exactly the numbers of [`Framework::score_matrix_with`] (and so of
    /// [`Framework::score_with`]) for the same answers, using every core for large tables.
    ///
    /// Cells are read with the rules of a spreadsheet ([`Cell::parse`], [`Cell::from_f64`]).
    /// Every invalid cell — not an answer (`"high"`, `2.5`, `-1`) or a level above the top of
    /// the scale — is found, at path `/rows/<row>/<indicator id>`, in row then indicator order:
    /// the call fails with an [`Error::Input`] listing the first [`MAX_CELL_ERRORS`]
    /// (`input.invalid_cell`, `input.level_out_of_range`) and counting the rest
    /// (`input.too_many_errors`); with [`ColumnOptions::coerce`], invalid cells are treated as
    /// missing and returned as warnings instead. An invalid answer to an indicator that does
    /// not apply to the row's unit kind is still invalid.
    ///
    /// A column or a buffer of the wrong length, a position past the last indicator, a
    /// position given twice or a dictionary code past its values fail with an `internal.*`
    /// code at `/columns/<index>` or `/out/<buffer>`. When the call fails, the buffers hold
    /// nothing meaningful.
    ///
    /// ```
    /// use lhs_maturity::{CellValue, ColumnBuffers, ColumnData, ColumnOptions, Framework};
    /// let fw = Framework::builtin();
    /// let rows = 3;
    /// let first = [2.0, f64::NAN, 4.0];
    /// let second = [CellValue::Text("3"), CellValue::Text("na"), CellValue::Empty];
    /// let columns = [(0, ColumnData::F64(&first)), (1, ColumnData::Values(&second))];
    /// let size = rows * fw.matrix_nodes().len();
    /// let (mut score, mut level) = (vec![0.0f64; size], vec![0i8; size]);
    /// let mut coverage = vec![0.0f64; size];
    /// let out = ColumnBuffers { score: &mut score, level: &mut level, coverage: &mut coverage };
    /// let options = ColumnOptions { rows, ..Default::default() };
    /// let outcome = fw.score_columns(&columns, &options, out).unwrap();
    /// assert_eq!(outcome.nodes[0], "overall");
    /// // Node-major: the overall scores of the three rows come first.
    /// assert_eq!(score[0], 2.5);
    /// assert!(score[1].is_nan());
    /// assert_eq!(&level[..3], [2, -1, 4]);
    ///
    /// // Invalid cells are all listed, with their place.
    /// let bad = [CellValue::Text("high"), CellValue::Number(9.0), CellValue::Empty];
    /// let out = ColumnBuffers { score: &mut score, level: &mut level, coverage: &mut coverage };
    /// let err = fw.score_columns(&[(0, ColumnData::Values(&bad))], &options, out).unwrap_err();
    /// let found: Vec<_> = err.details().iter().map(|d| (&*d.code, &*d.path)).collect();
    /// assert_eq!(found, [
    ///     ("input.invalid_cell", "/rows/0/inst.info.routine_data"),
    ///     ("input.level_out_of_range", "/rows/1/inst.info.routine_data"),
    /// ]);
    /// ```
    pub fn score_columns(
        &self,
        columns: &[(usize, ColumnData<'_>)],
        options: &ColumnOptions<'_>,
        out: ColumnBuffers<'_>,
    ) -> Result<ColumnOutcome, Error> {
        let shared = self.prepare_columns(columns, options)?;
        let rows = options.rows;
        let width = shared.width;
        for (name, len) in [
            ("score", out.score.len()),
            ("level", out.level.len()),
            ("coverage", out.coverage.len()),
        ] {
            if Some(len) != rows.checked_mul(width) {
                return Err(shape_error(
                    "internal.buffer_size",
                    format!("/out/{name}"),
                    format!(
                        "the {name} buffer holds {len} values, not {rows} rows × {width} nodes"
                    ),
                ));
            }
        }
        let per_task = super::matrix::rows_per_task(rows);
        let mut found: Vec<Found> = (0..rows.div_ceil(per_task))
            .map(|_| Found::default())
            .collect();
        let mut tasks: Vec<Task<'_>> = found
            .iter_mut()
            .enumerate()
            .map(|(t, found)| Task {
                first: t * per_task,
                rows: per_task.min(rows - t * per_task),
                score: Vec::with_capacity(width),
                level: Vec::with_capacity(width),
                coverage: Vec::with_capacity(width),
                found,
            })
            .collect();
        if rows > 0 {
            for run in out.score.chunks_mut(rows) {
                for (task, part) in tasks.iter_mut().zip(run.chunks_mut(per_task)) {
                    task.score.push(part);
                }
            }
            for run in out.level.chunks_mut(rows) {
                for (task, part) in tasks.iter_mut().zip(run.chunks_mut(per_task)) {
                    task.level.push(part);
                }
            }
            for run in out.coverage.chunks_mut(rows) {
                for (task, part) in tasks.iter_mut().zip(run.chunks_mut(per_task)) {
                    task.coverage.push(part);
                }
            }
        }
        crate::parallel::run_tasks(tasks, |task| shared.run(task));
        self.column_outcome(&shared, columns, found, options)
    }

    /// Checks the shapes of the columns and readies them, with what every task reads.
    fn prepare_columns<'a>(
        &'a self,
        columns: &'a [(usize, ColumnData<'a>)],
        options: &ColumnOptions<'a>,
    ) -> Result<Shared<'a>, Error> {
        let c = &*self.0;
        let ncols = c.indicators.len();
        let rows = options.rows;
        let mut seen = vec![false; ncols];
        let mut prepared = Vec::with_capacity(columns.len());
        for (i, &(pos, data)) in columns.iter().enumerate() {
            let at = format!("/columns/{i}");
            match seen.get_mut(pos) {
                None => {
                    return Err(shape_error(
                        "internal.columns",
                        at,
                        format!(
                        "column {i}: no indicator at position {pos} (the framework has {ncols})"
                    ),
                    ))
                }
                Some(true) => {
                    return Err(shape_error(
                        "internal.columns",
                        at,
                        format!("column {i}: a second column for the indicator at position {pos}"),
                    ))
                }
                Some(s) => *s = true,
            }
            let len = data.len();
            let exact = !matches!(data, ColumnData::F64Bytes(b) if b.len() % 8 != 0);
            if len != rows || !exact {
                return Err(shape_error(
                    "internal.columns",
                    at,
                    format!("column {i} has {len} rows, not {rows}"),
                ));
            }
            prepared.push((pos, prepare(data, i)?));
        }
        let kinds = match options.unit_kinds {
            None => None,
            Some(kinds) if kinds.len() != rows => {
                return Err(shape_error(
                    "internal.columns",
                    "/unit_kinds".to_owned(),
                    format!("{} unit kinds for {rows} rows", kinds.len()),
                ))
            }
            Some(kinds) => Some(Kinds {
                rows: kinds,
                masks: self.kind_masks(),
            }),
        };
        Ok(Shared {
            plan: &c.plan,
            ncols,
            width: c.plan.width(),
            max: i8::try_from(c.max_level).unwrap_or(i8::MAX),
            zero: options.unknown == UnknownRule::Zero,
            coerce: options.coerce,
            columns: prepared,
            kinds,
            failed: AtomicBool::new(false),
        })
    }

    /// Per unit kind of [`UnitKind::ALL`], the positions of the indicators that do not apply
    /// to it ([`Framework::apply_unit_kind`] decides).
    fn kind_masks(&self) -> Vec<Vec<usize>> {
        UnitKind::ALL
            .iter()
            .map(|kind| {
                let mut row = vec![0i8; self.indicator_count()];
                self.apply_unit_kind(&mut row, Some(kind.as_str()));
                let marked = row.iter().enumerate();
                marked
                    .filter(|(_, &c)| c == CELL_DOES_NOT_APPLY)
                    .map(|(pos, _)| pos)
                    .collect()
            })
            .collect()
    }

    /// The warnings, or the error, of the invalid cells the tasks found (in row order).
    fn column_outcome(
        &self,
        shared: &Shared<'_>,
        columns: &[(usize, ColumnData<'_>)],
        found: Vec<Found>,
        options: &ColumnOptions<'_>,
    ) -> Result<ColumnOutcome, Error> {
        let coerce = options.coerce;
        let key = |row: usize| {
            options
                .row_keys
                .and_then(|k| k.get(row))
                .cloned()
                .unwrap_or_else(|| row.to_string())
        };
        let count: usize = found.iter().map(|f| f.count).sum();
        let problems = found
            .into_iter()
            .flat_map(|f| f.listed)
            .take(MAX_CELL_ERRORS);
        let ids = &self.0.indicators;
        let mut listed: Vec<Diagnostic> = problems
            .map(|p| {
                let id = ids.get(p.pos).map_or("", |x| x.spec.id.as_str());
                let row = key(p.row);
                let path = format!(
                    "/rows/{}/{}",
                    crate::pointer_token(&row),
                    crate::pointer_token(id)
                );
                match p.level {
                    Some(level) => i18n::diagnostic(
                        Severity::Error,
                        "input.level_out_of_range",
                        path,
                        &[
                            ("source", "matrix".into()),
                            ("row", row.as_str().into()),
                            ("id", id.into()),
                            ("level", u64::try_from(level).unwrap_or_default().into()),
                            ("max", u64::try_from(shared.max).unwrap_or_default().into()),
                        ],
                    ),
                    None => {
                        let value = columns
                            .iter()
                            .find(|(pos, _)| *pos == p.pos)
                            .map_or(CellValue::Empty, |(_, data)| data.value(p.row));
                        let what = invalid_message(value);
                        let message = format!("row {row}, `{id}`: {what}");
                        Diagnostic::error("input.invalid_cell", path, message)
                    }
                }
            })
            .collect();
        if count > 0 && !coerce {
            if count > listed.len() {
                // In the words Python's `score_frame` has always used (the catalog's message
                // writes the count with a thousands separator).
                let more = count - listed.len();
                listed.push(Diagnostic::error(
                    "input.too_many_errors",
                    "",
                    format!("{more} more invalid cells are not listed"),
                ));
            }
            return Err(Error::Input(listed));
        }
        for w in &mut listed {
            w.severity = Severity::Warning;
            w.help = Some(COERCED.to_owned());
        }
        Ok(ColumnOutcome {
            nodes: self.matrix_nodes(),
            warnings: listed,
            warning_count: count,
        })
    }
}

/// A column ready to be read; a dictionary's values are read once, and its codes checked.
fn prepare<'a>(data: ColumnData<'a>, i: usize) -> Result<Prepared<'a>, Error> {
    Ok(match data {
        ColumnData::F64(x) => Prepared::F64(x),
        ColumnData::F64Bytes(b) => Prepared::Bytes(b),
        ColumnData::Values(v) => Prepared::Values(v),
        ColumnData::Dictionary { values, codes } => {
            let n = values.len();
            if let Some(r) = codes
                .iter()
                .position(|&k| usize::try_from(k).is_ok_and(|k| k >= n))
            {
                let k = codes.get(r).copied().unwrap_or_default();
                return Err(shape_error(
                    "internal.columns",
                    format!("/columns/{i}"),
                    format!("column {i}, row {r}: the code {k} is past the {n} values"),
                ));
            }
            Prepared::Dictionary(values.iter().map(|&v| code_of(v)).collect(), codes)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_the_cell_reader_reads_them() {
        let mut xs = vec![
            f64::NAN,
            -f64::NAN,
            0.0,
            -0.0,
            1.0,
            4.0,
            126.0,
            127.0,
            128.0,
            255.0,
            256.0,
            -1.0,
            -4.0,
            -128.0,
            -129.0,
            0.5,
            2.5,
            -0.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            1e300,
            -1e300,
            127.00000000000001,
            126.99999999999999,
        ];
        xs.extend((-300..300).map(|i| f64::from(i) * 0.5));
        for x in xs {
            let expected = Cell::from_f64(x).map_or(INVALID, Cell::code);
            assert_eq!(code_of_f64(x), expected, "{x}");
        }
    }

    #[test]
    fn text_read_as_the_cell_reader_reads_it() {
        for t in [
            "", " ", "0", "4", " 3 ", "03", "+3", "127", "128", "200", "255", "256", "-1", "2.0",
            "2.5", "na", "N/A", "Unknown", "high", "True", "nan", "inf", "1e2", "٣",
        ] {
            let expected = match Cell::parse(t) {
                Ok(Cell::Level(l)) => i8::try_from(l).unwrap_or(INVALID),
                Ok(c) => c.code(),
                Err(_) => INVALID,
            };
            assert_eq!(code_of_text(t), expected, "{t:?}");
        }
    }
}
