//! Files of assessments (JSON, or CSV rows) read, checked and scored in one call, with every
//! problem located in the file: what the command line, Python and JavaScript do with a path.

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::assessment::Assessment;
use crate::model::compiled::Framework;
use crate::read::csv::CsvRecord;
use crate::read::file::{assessment_file_text, read_file_bytes, FileFormat};
use crate::read::submissions::SubmissionLayout;
use crate::score::build::ScoreOptions;
use crate::score::report::Report;
use std::path::Path;

/// The one assessment of a file: a JSON document, or the one record of a CSV file.
enum One {
    Json(String),
    Csv(Box<CsvRecord>),
}

impl Framework {
    /// Every error and warning of a file of assessments: a JSON document, or every row of a CSV
    /// file (wide or long layout), located (JSON Pointer; CSV row, line and column).
    ///
    /// ```
    /// let d = lhs_maturity::Framework::builtin().validate_path("no/such.csv");
    /// assert_eq!(d[0].code, "assessment.unreadable");
    /// ```
    pub fn validate_path(&self, path: impl AsRef<Path>) -> Vec<Diagnostic> {
        let path = path.as_ref();
        let bytes = match read_file_bytes(path, "assessment") {
            Ok(b) => b,
            Err(e) => return e.details().to_vec(),
        };
        if SubmissionLayout::of(&path.to_string_lossy(), &bytes).is_some() {
            return self.validate_submissions(&path.to_string_lossy(), &bytes);
        }
        match assessment_file_text(path, &bytes) {
            Err(e) => e.details().to_vec(),
            Ok(text) => match FileFormat::of(path, text) {
                FileFormat::Json => self.validate_json(text),
                FileFormat::Csv => self.validate_csv(text),
            },
        }
    }

    /// Reads, checks and scores the assessment of a file: a JSON document, or a CSV file (wide
    /// or long layout) that holds one assessment. A CSV file of several refuses with
    /// `assessment.many_in_file` (score those with `score_many` or `lhs-maturity batch`), one
    /// with a header and no row with `assessment.no_rows`.
    ///
    /// ```
    /// use lhs_maturity::{Framework, ScoreOptions};
    /// let fw = Framework::builtin();
    /// let dir = std::env::temp_dir().join(format!("lhs-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// let json = dir.join("a.json");
    /// std::fs::write(&json, r#"{"period": "2026-Q3", "answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let r = fw.score_path_with(&json, &ScoreOptions::default()).unwrap();
    /// assert_eq!(r.period.as_deref(), Some("2026-Q3"));
    /// let one = dir.join("one.csv");
    /// std::fs::write(&one, "\u{feff}unit_id,inst.info.routine_data\nk1,2\n").unwrap();
    /// assert_eq!(fw.score_path_with(&one, &ScoreOptions::default()).unwrap().unit.unwrap().id.as_deref(), Some("k1"));
    /// let two = dir.join("two.csv");
    /// std::fs::write(&two, "unit_id,inst.info.routine_data\nk1,2\nk2,3\n").unwrap();
    /// assert_eq!(fw.score_path_with(&two, &ScoreOptions::default()).unwrap_err().code(), "assessment.many_in_file");
    /// ```
    pub fn score_path_with(
        &self,
        path: impl AsRef<Path>,
        options: &ScoreOptions,
    ) -> Result<Report, Error> {
        match self.one_of_path(path.as_ref())? {
            One::Json(text) => self.score_json_with(&text, options),
            One::Csv(record) => record.score_with(self, options),
        }
    }

    /// Reads the assessment of a file (as [`Framework::score_path_with`] does), without checking
    /// it; the errors of its CSV cells are located in the file.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let path = std::env::temp_dir().join(format!("lhs-doc-read-{}.csv", std::process::id()));
    /// std::fs::write(&path, "period,inst.info.routine_data\n2026-Q3,2\n").unwrap();
    /// let a = fw.read_path(&path).unwrap();
    /// assert_eq!(a.period.as_deref(), Some("2026-Q3"));
    /// ```
    pub fn read_path(&self, path: impl AsRef<Path>) -> Result<Assessment, Error> {
        match self.one_of_path(path.as_ref())? {
            One::Json(text) => Assessment::from_json(&text),
            One::Csv(record) => record.assessment,
        }
    }

    fn one_of_path(&self, path: &Path) -> Result<One, Error> {
        let bytes = read_file_bytes(path, "assessment")?;
        let file = path.display().to_string();
        if SubmissionLayout::of(&file, &bytes).is_some() {
            let records = self.read_submissions(&file, &bytes)?.records;
            return one_record(&file, records);
        }
        let text = assessment_file_text(path, &bytes)?.to_owned();
        if FileFormat::of(path, &text) == FileFormat::Json {
            return Ok(One::Json(text));
        }
        if text.trim().is_empty() {
            return one_record(&file, Vec::new());
        }
        one_record(&file, self.read_csv(&text)?.records)
    }
}

fn one_record(file: &str, mut records: Vec<CsvRecord>) -> Result<One, Error> {
    let refuse = |code: &str, count: Option<usize>| {
        let mut args = vec![("file", file.into())];
        args.extend(count.map(|n| ("count", n.into())));
        Error::Assessment(vec![i18n::diagnostic(Severity::Error, code, "", &args)])
    };
    match records.len() {
        1 => Ok(One::Csv(Box::new(records.remove(0)))),
        0 => Err(refuse("assessment.no_rows", None)),
        n => Err(refuse("assessment.many_in_file", Some(n))),
    }
}
