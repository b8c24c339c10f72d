//! Tables of answers: one cell per (assessment, indicator), as in a spreadsheet, a CSV export or
//! a DataFrame, and the columnar batch scorer that scores a whole matrix without building an
//! [`crate::Assessment`] or a [`crate::Report`] per row.

use crate::error::{Diagnostic, Error};
use crate::framework::{Child, Compiled, Framework};
use std::sync::atomic::{AtomicBool, Ordering};

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
    /// A level above 127 (which no scale has) gives 127, so that it is refused as out of range,
    /// never read as another answer; check levels against the scale first to report the level
    /// as written.
    ///
    /// ```
    /// use lhs_maturity::{Cell, CELL_NA};
    /// assert_eq!(Cell::Na.code(), CELL_NA);
    /// assert_eq!(Cell::Level(3).code(), 3);
    /// assert_eq!(Cell::Level(200).code(), 127);
    /// ```
    pub fn code(self) -> i8 {
        match self {
            Cell::Level(l) => i8::try_from(l).unwrap_or(i8::MAX),
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
        let plan = &c.plan;
        let width = plan.width();
        // Every value of the output is written by the tasks; zeroed memory comes from the
        // system untouched (calloc), so the pages are first touched by the tasks, in parallel.
        let mut out = MatrixScores {
            nodes: self.matrix_nodes(),
            rows,
            score: vec![0.0; rows * width],
            level: vec![0; rows * width],
            coverage: vec![0.0; rows * width],
        };
        let per_task = rows_per_task(rows);
        let invalid = AtomicBool::new(false);
        let tasks: Vec<_> = cells
            .chunks(cols * per_task)
            .zip(out.score.chunks_mut(width * per_task))
            .zip(out.level.chunks_mut(width * per_task))
            .zip(out.coverage.chunks_mut(width * per_task))
            .map(|(((cells, score), level), coverage)| (cells, score, level, coverage))
            .collect();
        crate::parallel::run_tasks(tasks, |(cells, score, level, coverage)| {
            // Cells are checked where they are scored; the errors are listed afterwards.
            if plan.has_invalid(cells) {
                invalid.store(true, Ordering::Relaxed);
            } else {
                plan.score_rows(cells, cols, score, level, coverage);
            }
        });
        if invalid.load(Ordering::Relaxed) {
            return Err(Error::Input(self.invalid_cells(cells)));
        }
        Ok(out)
    }

    /// Every invalid cell of a matrix (a level above the top of the scale, or a negative code
    /// that is not one of the cell codes), the first [`MAX_CELL_ERRORS`] with their place.
    fn invalid_cells(&self, cells: &[i8]) -> Vec<Diagnostic> {
        let c = &*self.0;
        let cols = c.indicators.len().max(1);
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
        if bad > errors.len() {
            errors.push(Diagnostic::error(
                "input.too_many_errors",
                "",
                format!("{} more invalid cells are not listed", bad - errors.len()),
            ));
        }
        errors
    }
}

/// Rows scored by one task of the batch: small matrices are scored in one task (on the calling
/// thread); large ones in about eight tasks per core, so that a core slowed down by other work
/// takes fewer of them, and at most 8,192 rows (a few MB of output) per task.
fn rows_per_task(rows: usize) -> usize {
    const SMALL: usize = 1024;
    if rows <= SMALL {
        return rows.max(1);
    }
    let threads = crate::parallel::threads();
    rows.div_ceil(threads * 8).clamp(SMALL / 2, 8192)
}

/// The framework flattened for the columnar scorer, built once per framework
/// ([`crate::framework::Compiled`]): nodes in pre-order with their rule, the children of the
/// general nodes in one flat list, and what each cell code counts as.
#[derive(Debug)]
pub(crate) struct Plan {
    /// The lowest score that reaches each level 1, 2, …, top (`L − ε`, as in
    /// [`crate::level_of`]).
    thresholds: Vec<f64>,
    /// The highest valid level, as a cell code.
    max_code: i8,
    /// Per node, in pre-order.
    nodes: Vec<PlanNode>,
    /// The children of the nodes scored in general, node after node.
    items: Vec<Item>,
    /// The weights of the indicators of [`Rule::Whole`] nodes that have weights other than 1.
    weights: Vec<u64>,
    /// Per domain: (node index, weight).
    domains: Vec<(usize, f64)>,
    /// What each cell code (as a byte) counts as.
    classes: Box<[Class; 256]>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            thresholds: Vec::new(),
            max_code: 0,
            nodes: Vec::new(),
            items: Vec::new(),
            weights: Vec::new(),
            domains: Vec::new(),
            classes: Box::new([Class::default(); 256]),
        }
    }
}

/// One node of a [`Plan`].
#[derive(Debug, Clone, Copy)]
struct PlanNode {
    /// The node uses the `minimum` rule.
    minimum: bool,
    rule: Rule,
}

/// How a node is scored.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// Indicators in consecutive columns `cols`, with whole weights (`weights` in
    /// [`Plan::weights`], or `None` when they are all 1), summed in integers: every product
    /// `weight × level` and every partial sum is a whole number below 2^53 (see
    /// [`WHOLE_MAX_WEIGHT`]), exact in `f64`, so the sums of `score.rs` are these integers
    /// whatever the order of the additions, and the quotient is the same number.
    Whole {
        cols: (usize, usize),
        weights: Option<(usize, usize)>,
    },
    /// Any other node: its children in [`Plan::items`], in floating-point arithmetic done in
    /// the order of `score.rs`.
    General { items: (usize, usize) },
}

/// The largest weight, and the most indicators of one node, scored as [`Rule::Whole`].
const WHOLE_MAX_WEIGHT: f64 = 16_777_216.0;
const WHOLE_MAX_CHILDREN: usize = 16_384;

/// A child of a node with its weight: an indicator (its column) or a node (its index).
#[derive(Debug, Clone, Copy)]
enum Item {
    Indicator(usize, f64),
    Node(usize, f64),
}

/// What a cell code counts as, so that an indicator is added up without a branch.
#[derive(Debug, Clone, Copy, Default)]
struct Class {
    /// 1 for a level, 0 otherwise.
    mask: f64,
    /// The level (0 when not rated).
    value: f64,
    rated: u32,
    na: u32,
    /// `rated | na << 16 | level << 32`: one addition per indicator counts all three
    /// (at most [`WHOLE_MAX_CHILDREN`] indicators per node, so no field overflows).
    packed: u64,
    /// The level (0 when not rated).
    level: u64,
    /// The level for the minimum rule (`u8::MAX` when not rated; levels are below 128).
    min_key: u8,
}

/// Per node: the indicators below it, and how many of them are rated and `na`.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    total: u32,
    rated: u32,
    na: u32,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.total += o.total;
        self.rated += o.rated;
        self.na += o.na;
    }
}

impl Plan {
    pub(crate) fn new(c: &Compiled) -> Plan {
        let mut plan = Plan {
            thresholds: (1..=c.max_level)
                .map(|l| f64::from(l) - crate::score::LEVEL_EPSILON)
                .collect(),
            max_code: i8::try_from(c.max_level).unwrap_or(i8::MAX),
            ..Plan::default()
        };
        for (b, class) in plan.classes.iter_mut().enumerate() {
            let code = b as u8 as i8;
            *class = if (0..=plan.max_code).contains(&code) {
                let level = b as u64;
                Class {
                    mask: 1.0,
                    value: f64::from(code),
                    rated: 1,
                    na: 0,
                    packed: 1 | level << 32,
                    level,
                    min_key: b as u8,
                }
            } else {
                let na = u32::from(code == CELL_NA);
                Class {
                    na,
                    packed: u64::from(na) << 16,
                    min_key: u8::MAX,
                    ..Class::default()
                }
            };
        }
        plan.nodes = c.nodes.iter().map(|n| plan.node(c, n)).collect();
        plan.domains = c
            .domains
            .iter()
            .map(|&d| (d, c.nodes.get(d).map_or(1.0, |x| x.weight)))
            .collect();
        plan
    }

    /// Flattens one node: [`Rule::Whole`] when it can, else [`Rule::General`].
    fn node(&mut self, c: &Compiled, n: &crate::framework::CNode) -> PlanNode {
        let minimum = n.aggregation == crate::Aggregation::Minimum;
        let weight = |i: usize| c.indicators.get(i).map_or(1.0, |x| x.weight);
        // Indicators in consecutive columns (the compiled order of a node's indicators).
        let first = match n.children.first() {
            Some(Child::Indicator(i)) => Some(*i),
            _ => None,
        };
        let consecutive = first.is_some()
            && n.children.len() <= WHOLE_MAX_CHILDREN
            && n.children.iter().enumerate().all(|(k, ch)| {
                matches!(*ch, Child::Indicator(i) if Some(i) == first.map(|f| f + k)
                    && weight(i).fract() == 0.0
                    && (1.0..=WHOLE_MAX_WEIGHT).contains(&weight(i)))
            });
        if let (true, Some(first)) = (consecutive, first) {
            let cols = (first, first + n.children.len());
            let weights = if (cols.0..cols.1).all(|i| weight(i) == 1.0) {
                None
            } else {
                let start = self.weights.len();
                self.weights
                    .extend((cols.0..cols.1).map(|i| weight(i) as u64));
                Some((start, self.weights.len()))
            };
            return PlanNode {
                minimum,
                rule: Rule::Whole { cols, weights },
            };
        }
        let start = self.items.len();
        self.items.extend(n.children.iter().map(|ch| match *ch {
            Child::Node(i) => Item::Node(i, c.nodes.get(i).map_or(1.0, |x| x.weight)),
            Child::Indicator(i) => Item::Indicator(i, weight(i)),
        }));
        PlanNode {
            minimum,
            rule: Rule::General {
                items: (start, self.items.len()),
            },
        }
    }

    fn width(&self) -> usize {
        self.nodes.len() + 1
    }

    /// Whether some cell is not a valid code (written without an early exit, so that it is
    /// checked 16 or 32 cells at a time).
    fn has_invalid(&self, cells: &[i8]) -> bool {
        let (lo, hi) = cells
            .iter()
            .fold((0i8, 0i8), |(lo, hi), &c| (lo.min(c), hi.max(c)));
        lo < CELL_UNKNOWN || hi > self.max_code
    }

    /// The level a score reaches: how many level thresholds it is at or above, which is
    /// [`crate::level_of`] (the thresholds rise).
    fn level(&self, s: f64) -> i8 {
        self.thresholds.iter().filter(|&&t| s >= t).count() as i8
    }

    fn class(&self, code: i8) -> Class {
        // A byte always indexes the 256 classes.
        self.classes
            .get(usize::from(code as u8))
            .copied()
            .unwrap_or_default()
    }

    /// The score and counts of a [`Rule::Whole`] node, in integers.
    fn score_whole(
        &self,
        minimum: bool,
        cols: (usize, usize),
        weights: Option<(usize, usize)>,
        row: &[i8],
    ) -> (f64, Counts) {
        let codes = row.get(cols.0..cols.1).unwrap_or_default();
        let mut packed = 0u64;
        let mut best = u8::MAX;
        let (sw, sws) = match weights {
            None => {
                for &code in codes {
                    let k = self.class(code);
                    packed += k.packed;
                    best = best.min(k.min_key);
                }
                (packed & 0xFFFF, packed >> 32)
            }
            Some((a, b)) => {
                let (mut sw, mut sws) = (0u64, 0u64);
                let ws = self.weights.get(a..b).unwrap_or_default();
                for (&code, &w) in codes.iter().zip(ws) {
                    let k = self.class(code);
                    packed += k.packed;
                    best = best.min(k.min_key);
                    sw += w * u64::from(k.rated);
                    sws += w * k.level;
                }
                (sw, sws)
            }
        };
        let cnt = Counts {
            total: codes.len() as u32,
            rated: (packed & 0xFFFF) as u32,
            na: ((packed >> 16) & 0xFFFF) as u32,
        };
        let value = if minimum {
            if best == u8::MAX {
                f64::NAN
            } else {
                f64::from(best)
            }
        } else if sw == 0 {
            f64::NAN
        } else {
            sws as f64 / sw as f64
        };
        (value, cnt)
    }

    /// The score and counts of a [`Rule::General`] node, in the floating-point arithmetic of
    /// `score.rs` (adding `w × 0` for a cell without a level leaves a sum unchanged).
    fn score_general(
        &self,
        minimum: bool,
        items: (usize, usize),
        row: &[i8],
        ns: &[f64],
        counts: &[Counts],
    ) -> (f64, Counts) {
        let (mut sw, mut sws, mut best, mut scored) = (0.0f64, 0.0f64, f64::INFINITY, 0u32);
        let mut cnt = Counts::default();
        for item in self.items.get(items.0..items.1).unwrap_or_default() {
            match *item {
                Item::Indicator(col, w) => {
                    let k = self.class(row.get(col).copied().unwrap_or(CELL_MISSING));
                    cnt.total += 1;
                    cnt.rated += k.rated;
                    cnt.na += k.na;
                    scored += k.rated;
                    let wm = w * k.mask;
                    sw += wm;
                    sws += wm * k.value;
                    if k.rated != 0 && k.value < best {
                        best = k.value;
                    }
                }
                Item::Node(idx, w) => {
                    let s = ns.get(idx).copied().unwrap_or(f64::NAN);
                    cnt.add(counts.get(idx).copied().unwrap_or_default());
                    if !s.is_nan() {
                        scored += 1;
                        sw += w;
                        sws += w * s;
                        if s < best {
                            best = s;
                        }
                    }
                }
            }
        }
        let value = if minimum {
            if scored > 0 {
                best
            } else {
                f64::NAN
            }
        } else if sw == 0.0 {
            f64::NAN
        } else {
            sws / sw
        };
        (value, cnt)
    }

    /// Scores consecutive rows into their slices of the output, with the numbers of the
    /// per-assessment scorer (`score.rs`).
    fn score_rows(
        &self,
        cells: &[i8],
        cols: usize,
        score: &mut [f64],
        level: &mut [i8],
        coverage: &mut [f64],
    ) {
        let width = self.width();
        let n = self.nodes.len();
        // Per node: its score (NaN for none) and the counts of the indicators below it.
        let mut ns = vec![f64::NAN; n];
        let mut counts = vec![Counts::default(); n];
        let rows = cells
            .chunks_exact(cols.max(1))
            .zip(score.chunks_exact_mut(width))
            .zip(level.chunks_exact_mut(width))
            .zip(coverage.chunks_exact_mut(width));
        for (((row, score), level), coverage) in rows {
            // Children before parents: nodes are in pre-order.
            for (ni, node) in self.nodes.iter().enumerate().rev() {
                let (value, cnt) = match node.rule {
                    Rule::Whole { cols, weights } => {
                        self.score_whole(node.minimum, cols, weights, row)
                    }
                    Rule::General { items } => {
                        self.score_general(node.minimum, items, row, &ns, &counts)
                    }
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
            let mut all = Counts::default();
            for &(d, w) in &self.domains {
                let s = ns.get(d).copied().unwrap_or(f64::NAN);
                if !s.is_nan() {
                    sw += w;
                    sws += w * s;
                }
                all.add(counts.get(d).copied().unwrap_or_default());
            }
            let overall = if sw == 0.0 { f64::NAN } else { sws / sw };
            let values = std::iter::once((overall, all))
                .chain(ns.iter().copied().zip(counts.iter().copied()));
            for (((s, cnt), sc), (lv, cv)) in values
                .zip(score.iter_mut())
                .zip(level.iter_mut().zip(coverage.iter_mut()))
            {
                *sc = s;
                *lv = if s.is_nan() { -1 } else { self.level(s) };
                let applicable = cnt.total - cnt.na;
                *cv = if applicable > 0 {
                    f64::from(cnt.rated) / f64::from(applicable)
                } else {
                    f64::NAN
                };
            }
        }
    }
}
