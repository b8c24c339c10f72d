//! Validating and scoring the records of a CSV document, with every problem located in the CSV.

use crate::error::{Diagnostic, Error};
use crate::model::compiled::Framework;
use crate::read::csv::CsvRecord;
use crate::score::build::ScoreOptions;
use crate::score::report::Report;

impl CsvRecord {
    /// Every error and warning [`Framework::validate`] finds in this record's assessment,
    /// located in the CSV; the record's own errors if it could not be read.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let doc = fw.read_csv("inst.info.routine_data\nna\n").unwrap();
    /// let d = doc.records[0].validate(&fw);
    /// assert!(d.iter().any(|d| d.code == "assessment.na_without_justification" && d.path == "/rows/0/inst.info.routine_data"));
    /// ```
    pub fn validate(&self, framework: &Framework) -> Vec<Diagnostic> {
        match &self.assessment {
            Ok(a) => framework
                .validate(a)
                .into_iter()
                .map(|d| self.locate(d))
                .collect(),
            Err(e) => e.details().to_vec(),
        }
    }

    /// Scores this record's assessment; errors and the report's warnings are located in the CSV.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let fw = Framework::builtin();
    /// let doc = fw.read_csv("inst.info.routine_data,cap.prov.data_interpretation\n2,9\n").unwrap();
    /// let e = doc.records[0].score_with(&fw, &ScoreOptions::default()).unwrap_err();
    /// assert_eq!(e.path(), "/rows/0/cap.prov.data_interpretation");
    /// ```
    pub fn score_with(
        &self,
        framework: &Framework,
        options: &ScoreOptions,
    ) -> Result<Report, Error> {
        let a = self.assessment.as_ref().map_err(Clone::clone)?;
        match framework.score_with(a, options) {
            Ok(mut r) => {
                r.warnings = std::mem::take(&mut r.warnings)
                    .into_iter()
                    .map(|d| self.locate(d))
                    .collect();
                Ok(r)
            }
            Err(Error::Assessment(d)) => Err(Error::Assessment(
                d.into_iter().map(|d| self.locate(d)).collect(),
            )),
            Err(other) => Err(other),
        }
    }
}
