//! Tables of answers: one cell per (assessment, indicator), as in a spreadsheet, a CSV export or
//! a DataFrame, and the columnar batch scorer that scores a whole matrix without building an
//! [`crate::Assessment`] or a [`crate::Report`] per row.

use crate::error::{Diagnostic, Error};
use crate::framework::{Child, Framework};
use crate::score::level_of;

/// Cell code of an indicator that was not answered.
pub const CELL_MISSING: i8 = -1;
/// Cell code of an indicator marked not applicable.
pub const CELL_NA: i8 = -2;
/// Cell code of an indicator marked unknown.
pub const CELL_UNKNOWN: i8 = -3;

/// One answer in a table: a level, not applicable, unknown, or missing.
///
/// ```
/// use lhs_maturity::Cell;
/// assert_eq!(Cell::parse(" 3 ").unwrap(), Cell::Level(3));
/// assert_eq!(Cell::parse("NA").unwrap(), Cell::Na);
/// assert_eq!(Cell::parse("").unwrap(), Cell::Missing);
/// assert!(Cell::parse("2.5").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    /// A level of the scale.
    Level(u8),
    /// Not applicable.
    Na,
    /// Asked, nobody knew.
    Unknown,
    /// Not answered (an empty cell).
    Missing,
}

impl Cell {
    /// Reads a cell as typed in a spreadsheet or exported by a survey tool: a whole number
    /// (`3`, `3.0`), `na` / `n/a`, `unknown`, or empty (missing), ignoring case and surrounding
    /// spaces. The error says, in plain words, what was found instead.
    ///
    /// ```
    /// use lhs_maturity::Cell;
    /// assert_eq!(Cell::parse("Unknown").unwrap(), Cell::Unknown);
    /// assert_eq!(Cell::parse("N/A").unwrap(), Cell::Na);
    /// assert_eq!(Cell::parse("4.0").unwrap(), Cell::Level(4));
    /// assert!(Cell::parse("high").unwrap_err().contains("`high`"));
    /// ```
    pub fn parse(text: &str) -> Result<Cell, String> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(Cell::Missing);
        }
        match t.to_ascii_lowercase().as_str() {
            "na" | "n/a" => return Ok(Cell::Na),
            "unknown" => return Ok(Cell::Unknown),
            _ => {}
        }
        if let Ok(n) = t.parse::<u8>() {
            return Ok(Cell::Level(n));
        }
        match t.parse::<f64>() {
            Ok(x) => Cell::from_f64(x),
            Err(_) => Err(format!(
                "`{t}` is not an answer: use a level number, `na`, `unknown`, or leave the cell empty"
            )),
        }
    }

    /// Reads a numeric cell: NaN is missing; a whole number from 0 to 127 is a level; anything
    /// else is an error (fractions are never rounded).
    ///
    /// ```
    /// use lhs_maturity::Cell;
    /// assert_eq!(Cell::from_f64(f64::NAN).unwrap(), Cell::Missing);
    /// assert_eq!(Cell::from_f64(2.0).unwrap(), Cell::Level(2));
    /// assert!(Cell::from_f64(2.5).is_err());
    /// assert!(Cell::from_f64(-1.0).is_err());
    /// ```
    pub fn from_f64(x: f64) -> Result<Cell, String> {
        if x.is_nan() {
            Ok(Cell::Missing)
        } else if x.fract() == 0.0 && (0.0..=127.0).contains(&x) {
            Ok(Cell::Level(x as u8))
        } else if x < 0.0 {
            Err(format!("the level {x} is negative"))
        } else if x.fract() != 0.0 {
            Err(format!("the level {x} is not a whole number"))
        } else {
            Err(format!("the level {x} is far too large"))
        }
    }

    /// The compact code of the cell: the level, or [`CELL_NA`], [`CELL_UNKNOWN`], [`CELL_MISSING`].
    ///
    /// ```
    /// use lhs_maturity::{Cell, CELL_NA};
    /// assert_eq!(Cell::Na.code(), CELL_NA);
    /// assert_eq!(Cell::Level(3).code(), 3);
    /// ```
    pub fn code(self) -> i8 {
        match self {
            Cell::Level(l) => l as i8,
            Cell::Na => CELL_NA,
            Cell::Unknown => CELL_UNKNOWN,
            Cell::Missing => CELL_MISSING,
        }
    }

    /// The cell of a compact code, if the code is one.
    ///
    /// ```
    /// use lhs_maturity::Cell;
    /// assert_eq!(Cell::from_code(-3), Some(Cell::Unknown));
    /// assert_eq!(Cell::from_code(-9), None);
    /// ```
    pub fn from_code(code: i8) -> Option<Cell> {
        match code {
            CELL_NA => Some(Cell::Na),
            CELL_UNKNOWN => Some(Cell::Unknown),
            CELL_MISSING => Some(Cell::Missing),
            c if c >= 0 => Some(Cell::Level(c as u8)),
            _ => None,
        }
    }
}

/// The scores of a matrix of answers: for every row and every node (the overall result first,
/// then every domain and sub-domain in framework order) a score, a level and a coverage.
///
/// Arrays are row-major: the value of row `r` and node `n` is at `r * nodes.len() + n`.
/// `NaN` (scores, coverage) and `-1` (levels) stand for "no value" (`null` in a report).
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixScores {
    /// `"overall"`, then the id of every domain and sub-domain, in framework order.
    pub nodes: Vec<String>,
    /// Number of rows scored.
    pub rows: usize,
    /// Scores, `NaN` when a node has no score.
    pub score: Vec<f64>,
    /// Levels, `-1` when a node has no score.
    pub level: Vec<i8>,
    /// Coverage, `NaN` when every indicator of the node is `na`.
    pub coverage: Vec<f64>,
}

impl MatrixScores {
    /// The (score, level, coverage) of one row and node, `None` for "no value".
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let mut cells = vec![lhs_maturity::CELL_MISSING; fw.indicator_count()];
    /// cells[0] = 2;
    /// let m = fw.score_matrix(&cells).unwrap();
    /// let n = fw.indicator_count() as f64;
    /// assert_eq!(m.get(0, "overall"), Some((Some(2.0), Some(2), Some(1.0 / n))));
    /// ```
    pub fn get(&self, row: usize, node: &str) -> Option<(Option<f64>, Option<u32>, Option<f64>)> {
        let n = self.nodes.iter().position(|x| x == node)?;
        let i = row.checked_mul(self.nodes.len())?.checked_add(n)?;
        let s = *self.score.get(i)?;
        let l = *self.level.get(i)?;
        let c = *self.coverage.get(i)?;
        Some((
            (!s.is_nan()).then_some(s),
            u32::try_from(l).ok(),
            (!c.is_nan()).then_some(c),
        ))
    }
}

/// How many invalid cells are listed in an error before the rest are only counted.
pub const MAX_CELL_ERRORS: usize = 1000;

impl Framework {
    /// The node ids of [`MatrixScores::nodes`]: `"overall"`, then every domain and sub-domain in
    /// framework order.
    ///
    /// ```
    /// let ids = lhs_maturity::Framework::builtin().matrix_nodes();
    /// assert_eq!(&ids[..3], ["overall", "inst", "inst.info"]);
    /// ```
    pub fn matrix_nodes(&self) -> Vec<String> {
        let mut out = vec!["overall".to_owned()];
        out.extend(
            (0..self.0.nodes.len())
                .map(|i| self.node_spec(i).map_or_else(String::new, |n| n.id.clone())),
        );
        out
    }

    /// Scores a matrix of answers: `cells` holds one row per assessment and one column per
    /// indicator in framework order ([`Framework::indicators`]), each cell a level or one of
    /// [`CELL_NA`], [`CELL_UNKNOWN`], [`CELL_MISSING`]. Gives exactly the numbers
    /// [`Framework::score`] gives for the same answers, using every core for large matrices.
    ///
    /// Invalid cells (a level above the top, an unknown code) are all reported, with their row
    /// and indicator, as an [`Error::Input`] whose paths are `/rows/<row>/<indicator id>`.
    ///
    /// ```
    /// use lhs_maturity::{Framework, CELL_NA};
    /// let fw = Framework::builtin();
    /// let n = fw.indicator_count();
    /// let mut cells = vec![3i8; 2 * n];
    /// cells[n] = CELL_NA; // row 1, first indicator
    /// let m = fw.score_matrix(&cells).unwrap();
    /// assert_eq!(m.rows, 2);
    /// assert_eq!(m.get(1, "overall").unwrap().0, Some(3.0));
    /// let err = fw.score_matrix(&vec![9i8; n]).unwrap_err();
    /// assert_eq!(err.code(), "input.level_out_of_range");
    /// assert_eq!(err.details().len(), n);
    /// ```
    pub fn score_matrix(&self, cells: &[i8]) -> Result<MatrixScores, Error> {
        let c = &*self.0;
        let cols = c.indicators.len();
        if cols == 0 || cells.len() % cols != 0 {
            return Err(Error::Input(vec![Diagnostic::error(
                "input.matrix_shape",
                "",
                format!(
                    "the matrix has {} cells, which is not a whole number of rows of {cols} indicators",
                    cells.len()
                ),
            )]));
        }
        let rows = cells.len() / cols;
        let max = i8::try_from(c.max_level).unwrap_or(i8::MAX);
        let mut errors = Vec::new();
        let mut bad = 0usize;
        for (i, &code) in cells.iter().enumerate() {
            if code > max || code < CELL_UNKNOWN {
                bad += 1;
                if errors.len() < MAX_CELL_ERRORS {
                    let (r, col) = (i / cols, i % cols);
                    let id = c.indicators.get(col).map_or("", |x| x.spec.id.as_str());
                    let (code_name, msg) = if code > max {
                        ("input.level_out_of_range", format!("row {r}, `{id}`: the level {code} is above the top level of the scale ({max})"))
                    } else {
                        (
                            "input.invalid_cell",
                            format!("row {r}, `{id}`: {code} is not a cell code"),
                        )
                    };
                    errors.push(Diagnostic::error(
                        code_name,
                        format!("/rows/{r}/{}", crate::pointer_token(id)),
                        msg,
                    ));
                }
            }
        }
        if bad > 0 {
            if bad > errors.len() {
                errors.push(Diagnostic::error(
                    "input.too_many_errors",
                    "",
                    format!("{} more invalid cells are not listed", bad - errors.len()),
                ));
            }
            return Err(Error::Input(errors));
        }
        let plan = Plan::new(self);
        let width = plan.width();
        let chunks: Vec<&[i8]> = cells.chunks(cols * ROWS_PER_TASK).collect();
        let parts = crate::parallel::map(&chunks, |chunk| plan.score_rows(chunk, cols));
        let mut out = MatrixScores {
            nodes: self.matrix_nodes(),
            rows,
            score: Vec::with_capacity(rows * width),
            level: Vec::with_capacity(rows * width),
            coverage: Vec::with_capacity(rows * width),
        };
        for (s, l, cv) in parts {
            out.score.extend(s);
            out.level.extend(l);
            out.coverage.extend(cv);
        }
        Ok(out)
    }
}

/// Rows scored by one task of the parallel batch.
const ROWS_PER_TASK: usize = 4096;

/// A framework flattened for the columnar scorer: nodes in pre-order with their children.
struct Plan {
    max: u32,
    /// Per node, in pre-order.
    nodes: Vec<PlanNode>,
    /// Per domain: (node index, weight).
    domains: Vec<(usize, f64)>,
}

/// One node of a [`Plan`].
struct PlanNode {
    /// The node uses the `minimum` rule.
    minimum: bool,
    /// Its children: (is a node, index of the node or indicator, weight).
    children: Vec<(bool, usize, f64)>,
}

type Columns = (Vec<f64>, Vec<i8>, Vec<f64>);

impl Plan {
    fn new(fw: &Framework) -> Plan {
        let c = &*fw.0;
        let nodes = c
            .nodes
            .iter()
            .map(|n| {
                let children = n
                    .children
                    .iter()
                    .map(|ch| match *ch {
                        Child::Node(i) => (true, i, c.nodes.get(i).map_or(1.0, |x| x.weight)),
                        Child::Indicator(i) => {
                            (false, i, c.indicators.get(i).map_or(1.0, |x| x.weight))
                        }
                    })
                    .collect();
                PlanNode {
                    minimum: n.aggregation == crate::Aggregation::Minimum,
                    children,
                }
            })
            .collect();
        let domains = c
            .domains
            .iter()
            .map(|&d| (d, c.nodes.get(d).map_or(1.0, |x| x.weight)))
            .collect();
        Plan {
            max: c.max_level,
            nodes,
            domains,
        }
    }

    fn width(&self) -> usize {
        self.nodes.len() + 1
    }

    /// Scores consecutive rows. The arithmetic (order of sums, the minimum rule) is the same as
    /// in `score.rs`, so the numbers are identical to the per-assessment scorer.
    fn score_rows(&self, cells: &[i8], cols: usize) -> Columns {
        let rows = cells.len() / cols;
        let width = self.width();
        let mut score = vec![f64::NAN; rows * width];
        let mut level = vec![-1i8; rows * width];
        let mut coverage = vec![f64::NAN; rows * width];
        let n = self.nodes.len();
        // Per node: score, and counts (total, rated, na) of the indicators below.
        let mut ns: Vec<Option<f64>> = vec![None; n];
        let mut counts: Vec<(u32, u32, u32)> = vec![(0, 0, 0); n];
        for (r, row) in cells.chunks_exact(cols).enumerate() {
            for ni in (0..n).rev() {
                let Some(PlanNode { minimum, children }) = self.nodes.get(ni) else {
                    continue;
                };
                let (mut sw, mut sws) = (0.0f64, 0.0f64);
                let mut best: Option<f64> = None;
                let mut cnt = (0u32, 0u32, 0u32);
                for &(is_node, idx, w) in children {
                    let s = if is_node {
                        let (t, ra, na) = counts.get(idx).copied().unwrap_or_default();
                        cnt = (cnt.0 + t, cnt.1 + ra, cnt.2 + na);
                        ns.get(idx).copied().flatten()
                    } else {
                        let code = row.get(idx).copied().unwrap_or(CELL_MISSING);
                        cnt.0 += 1;
                        if code >= 0 {
                            cnt.1 += 1;
                            Some(f64::from(code))
                        } else {
                            if code == CELL_NA {
                                cnt.2 += 1;
                            }
                            None
                        }
                    };
                    if let Some(s) = s {
                        sw += w;
                        sws += w * s;
                        if best.is_none_or(|b| s < b) {
                            best = Some(s);
                        }
                    }
                }
                let value = if *minimum {
                    best
                } else if sw == 0.0 {
                    None
                } else {
                    Some(sws / sw)
                };
                if let Some(x) = ns.get_mut(ni) {
                    *x = value;
                }
                if let Some(x) = counts.get_mut(ni) {
                    *x = cnt;
                }
            }
            // Overall: mean of the domains with a score; counts over all indicators.
            let (mut sw, mut sws) = (0.0f64, 0.0f64);
            let mut all = (0u32, 0u32, 0u32);
            for &(d, w) in &self.domains {
                if let Some(s) = ns.get(d).copied().flatten() {
                    sw += w;
                    sws += w * s;
                }
                let (t, ra, na) = counts.get(d).copied().unwrap_or_default();
                all = (all.0 + t, all.1 + ra, all.2 + na);
            }
            let overall = (sw != 0.0).then(|| sws / sw);
            let base = r * width;
            let mut put = |k: usize, s: Option<f64>, cnt: (u32, u32, u32)| {
                let i = base + k;
                if let Some(s) = s {
                    if let Some(x) = score.get_mut(i) {
                        *x = s;
                    }
                    if let Some(x) = level.get_mut(i) {
                        *x = level_of(s, self.max) as i8;
                    }
                }
                let applicable = cnt.0 - cnt.2;
                if applicable > 0 {
                    if let Some(x) = coverage.get_mut(i) {
                        *x = f64::from(cnt.1) / f64::from(applicable);
                    }
                }
            };
            put(0, overall, all);
            for ni in 0..n {
                put(
                    ni + 1,
                    ns.get(ni).copied().flatten(),
                    counts.get(ni).copied().unwrap_or_default(),
                );
            }
        }
        (score, level, coverage)
    }
}
