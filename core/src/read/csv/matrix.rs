//! A wide or long CSV file read into a matrix of cells for the columnar scorer.

use super::wide::{Header, WideRow};
use super::*;

impl Framework {
    /// Reads a wide CSV as a matrix of cell codes for [`Framework::score_matrix`], without
    /// building an assessment per row. Rows with problems (a bad cell, a level above the top
    /// of the scale, another framework) are left out and listed in [`CsvMatrix::failed`];
    /// problems of the header fail the whole file. A long (one-row-per-indicator) file gives one
    /// row.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let m = fw.matrix_from_csv("unit_id,inst.info.routine_data\na,3\nb,9\nc,unknown\n").unwrap();
    /// assert_eq!(m.rows.len(), 2);
    /// assert_eq!(m.failed[0].row, 1);
    /// assert_eq!(m.failed[0].error.code(), "assessment.level_out_of_range");
    /// let scores = fw.score_matrix(&m.cells).unwrap();
    /// assert_eq!(scores.get(0, "overall").unwrap().0, Some(3.0));
    /// assert_eq!(scores.get(1, "overall").unwrap().0, None);
    /// ```
    pub fn matrix_from_csv(&self, text: &str) -> Result<CsvMatrix, Error> {
        let mut out = CsvMatrix::default();
        for chunk in self.matrix_chunks(text.as_bytes(), "", usize::MAX)? {
            let chunk = chunk?;
            out.cells.extend(chunk.cells);
            out.rows.extend(chunk.rows);
            out.failed.extend(chunk.failed);
        }
        Ok(out)
    }

    pub(super) fn push_assessment(&self, out: &mut CsvMatrix, r: &CsvRecord) {
        let fail = |out: &mut CsvMatrix, error: Error| {
            out.failed.push(CsvRowError {
                row: r.row,
                line: r.line,
                error,
            });
        };
        let a = match &r.assessment {
            Ok(a) => a,
            Err(e) => return fail(out, e.clone()),
        };
        let errors: Vec<Diagnostic> = r
            .validate(self)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        if !errors.is_empty() {
            return fail(out, Error::Assessment(errors));
        }
        let start = out.cells.len();
        for ind in &self.0.indicators {
            let code = match a.answers.get(&ind.spec.id).and_then(|x| x.rating) {
                Some(Rating::Level(l)) => i8::try_from(l).unwrap_or(i8::MAX),
                Some(Rating::NotApplicable) => Cell::Na.code(),
                Some(Rating::Unknown) => Cell::Unknown.code(),
                None => CELL_MISSING,
            };
            out.cells.push(code);
        }
        let kind = a.unit.as_ref().and_then(|u| u.kind.as_deref());
        if let Some(row) = out.cells.get_mut(start..) {
            self.apply_unit_kind(row, kind);
        }
        out.rows.push(CsvRowInfo {
            row: r.row,
            line: r.line,
            unit: a.unit.clone(),
            period: a.period.clone(),
            respondent: a.respondent.clone(),
        });
    }
}

/// Adds one data row of a wide file with a good header to `out`: its cells, or its problems in
/// [`CsvMatrix::failed`] (a bad cell, a level above the top of the scale, another framework).
pub(super) fn push_wide_row(
    fw: &Framework,
    out: &mut CsvMatrix,
    header: &Header,
    row: &Row,
    index: usize,
) {
    let mut w = fw.wide_row(header, row, index, false);
    let locate = |w: &WideRow, pointer: &str, d: Diagnostic| {
        locate_in(
            &w.cells,
            &(format!("/rows/{index}"), Some((row.line, 1))),
            pointer,
            d,
        )
    };
    let meta_at = |k: &str| {
        CSV_METADATA_COLUMNS
            .iter()
            .position(|(m, _)| *m == k)
            .and_then(|m| w.meta.get(m).cloned().flatten())
    };
    let (id, version) = (meta_at("framework_id"), meta_at("framework_version"));
    let problem =
        crate::read::assessment::framework_ref_problem(fw, id.as_deref(), version.as_deref());
    if let Some(d) = problem {
        let pointer = d.path.clone();
        let d = locate(&w, &pointer, d);
        w.problems.push(d);
    }
    if w.problems.is_empty() {
        let mut a = Assessment::default();
        apply_meta(&mut a, &w.meta, &w.labels, fw);
        let start = out.cells.len();
        out.cells.extend_from_slice(&w.codes);
        let kind = a.unit.as_ref().and_then(|u| u.kind.as_deref());
        if let Some(row) = out.cells.get_mut(start..) {
            fw.apply_unit_kind(row, kind);
        }
        out.rows.push(CsvRowInfo {
            row: index,
            line: row.line,
            unit: a.unit,
            period: a.period,
            respondent: a.respondent,
        });
    } else {
        out.failed.push(CsvRowError {
            row: index,
            line: row.line,
            error: Error::Assessment(w.problems),
        });
    }
}
