//! Tables of answers: one cell per (assessment, indicator), as in a spreadsheet, a CSV export or
//! a DataFrame, and the columnar batch scorer that scores a whole matrix without building an
//! [`crate::Assessment`] or a [`crate::Report`] per row.

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::cell::CELL_DOES_NOT_APPLY;
use crate::model::compiled::Framework;
use crate::model::plan::{Choices, Plan};
use crate::score::report::UnknownRule;
use std::sync::atomic::{AtomicBool, Ordering};

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
    /// // The overall coverage counts the indicators of the scored domains (not the outcomes).
    /// let n = fw.indicators().iter().filter(|i| !i.outcome).count() as f64;
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
    /// [`CELL_NA`](crate::CELL_NA), [`CELL_UNKNOWN`](crate::CELL_UNKNOWN),
    /// [`CELL_MISSING`](crate::CELL_MISSING). Gives exactly the numbers
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
        self.score_matrix_with(cells, UnknownRule::Exclude)
    }

    /// [`Framework::score_matrix`] with a rule for `unknown` answers ([`UnknownRule`]): the
    /// numbers of [`Framework::score_with`] given the same rule.
    ///
    /// ```
    /// use lhs_maturity::{Framework, UnknownRule, CELL_MISSING, CELL_UNKNOWN};
    /// let fw = Framework::builtin();
    /// let mut cells = vec![CELL_MISSING; fw.indicator_count()];
    /// cells[0] = 4;
    /// cells[1] = CELL_UNKNOWN;
    /// let first = &fw.matrix_nodes()[2]; // the first sub-domain
    /// let left_out = fw.score_matrix_with(&cells, UnknownRule::Exclude).unwrap();
    /// let as_zero = fw.score_matrix_with(&cells, UnknownRule::Zero).unwrap();
    /// assert_eq!(left_out.get(0, first).unwrap().0, Some(4.0));
    /// assert_eq!(as_zero.get(0, first).unwrap().0, Some(2.0));
    /// ```
    pub fn score_matrix_with(
        &self,
        cells: &[i8],
        unknown: UnknownRule,
    ) -> Result<MatrixScores, Error> {
        self.score_matrix_plan(&self.0.plan, cells, unknown == UnknownRule::Zero)
    }

    /// [`Framework::score_matrix_with`] with other weights and aggregation rules (the runs of
    /// a robustness analysis), as if the framework were compiled with them.
    pub(crate) fn score_matrix_choices(
        &self,
        cells: &[i8],
        unknown: UnknownRule,
        choices: &Choices,
    ) -> Result<MatrixScores, Error> {
        let plan = Plan::with_choices(&self.0, choices);
        self.score_matrix_plan(&plan, cells, unknown == UnknownRule::Zero)
    }

    /// The matrix scored with `plan`.
    fn score_matrix_plan(
        &self,
        plan: &Plan,
        cells: &[i8],
        zero: bool,
    ) -> Result<MatrixScores, Error> {
        let cols = self.0.indicators.len();
        if cols == 0 || cells.len() % cols != 0 {
            return Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "input.matrix_shape",
                "",
                &[("cells", cells.len().into()), ("columns", cols.into())],
            )]));
        }
        let rows = cells.len() / cols;
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
                plan.score_rows(cells, cols, zero, (score, level, coverage));
            }
        });
        if invalid.load(Ordering::Relaxed) {
            return Err(Error::Input(self.invalid_cells(cells)));
        }
        Ok(out)
    }

    /// Marks the cells of one row (one assessment, indicators in framework order) whose
    /// indicator does not apply to the unit kind `kind` (as written in `unit.kind`) with
    /// [`CELL_DOES_NOT_APPLY`], as [`Framework::score`] leaves them out. Nothing changes when
    /// the framework has no applicability rules or the kind is not a unit kind.
    ///
    /// ```
    /// use lhs_maturity::{Framework, CELL_DOES_NOT_APPLY};
    /// let fw = Framework::builtin();
    /// let mut row = vec![2i8; fw.indicator_count()];
    /// fw.apply_unit_kind(&mut row, Some("facility"));
    /// let marked = row.iter().filter(|&&c| c == CELL_DOES_NOT_APPLY).count();
    /// assert!(marked > 0);
    /// ```
    pub fn apply_unit_kind(&self, row: &mut [i8], kind: Option<&str>) {
        let c = &*self.0;
        if !c.uses_applicability {
            return;
        }
        let Some(kind) = kind.and_then(crate::model::framework::UnitKind::parse) else {
            return;
        };
        for (cell, ind) in row.iter_mut().zip(&c.indicators) {
            if !ind.applies_to(Some(kind)) {
                *cell = CELL_DOES_NOT_APPLY;
            }
        }
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
            if code > max || code < CELL_DOES_NOT_APPLY {
                bad += 1;
                if errors.len() < MAX_CELL_ERRORS {
                    let (r, col) = (i / cols, i % cols);
                    let id = c.indicators.get(col).map_or("", |x| x.spec.id.as_str());
                    let path = format!("/rows/{r}/{}", crate::pointer_token(id));
                    let at = [("row", r.to_string().into()), ("id", id.into())];
                    errors.push(if code > max {
                        let level = u64::try_from(code).unwrap_or_default();
                        i18n::diagnostic(
                            Severity::Error,
                            "input.level_out_of_range",
                            path,
                            &[
                                ("source", "matrix".into()),
                                at[0].clone(),
                                at[1].clone(),
                                ("level", level.into()),
                                ("max", u64::try_from(max).unwrap_or_default().into()),
                            ],
                        )
                    } else {
                        i18n::diagnostic(
                            Severity::Error,
                            "input.invalid_cell",
                            path,
                            &[
                                at[0].clone(),
                                at[1].clone(),
                                ("code", code.to_string().into()),
                            ],
                        )
                    });
                }
            }
        }
        if bad > errors.len() {
            errors.push(i18n::diagnostic(
                Severity::Error,
                "input.too_many_errors",
                "",
                &[("count", (bad - errors.len()).into())],
            ));
        }
        errors
    }
}

/// Rows scored by one task of the batch: small matrices are scored in one task (on the calling
/// thread); large ones in about eight tasks per core, so that a core slowed down by other work
/// takes fewer of them, and at most 8,192 rows (a few MB of output) per task.
pub(crate) fn rows_per_task(rows: usize) -> usize {
    const SMALL: usize = 1024;
    if rows <= SMALL {
        return rows.max(1);
    }
    let threads = crate::parallel::threads();
    rows.div_ceil(threads * 8).clamp(SMALL / 2, 8192)
}
