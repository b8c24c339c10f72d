//! Submissions of the framework's XLSForm ([`Framework::xlsform`]) as the tools give them back,
//! read as assessments: ODK Central's CSV export (also the `.csv.zip` it serves) and OData
//! JSON, KoboToolbox's CSV and XLS exports and its API JSON, and ODK Collect's instance XML.
//!
//! Every layout is first read into the same rows of named fields ([`table::Sub`]), then each
//! row becomes an assessment by the form's field names ([`Framework::form_field`]). Rejected,
//! not-approved and undecrypted submissions are left out, duplicates (same instance id, or an
//! edit of the same root submission) kept once, and the counts of each returned.

mod assemble;
mod json;
mod table;
mod xml;

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n;
use crate::model::compiled::Framework;
use crate::read::csv::CsvRecord;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::HashMap;
use table::{State, Sub};

/// A layout of submissions the library reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SubmissionLayout {
    /// ODK Central's CSV export (`submissions.csv`), group paths joined with `-` or left out.
    CentralCsv,
    /// ODK Central's `submissions.csv.zip`: the root CSV inside a ZIP.
    CentralZip,
    /// ODK Central's OData JSON (`value` rows, groups as nested objects).
    CentralOdata,
    /// KoboToolbox's CSV export (`;`, every field quoted), with or without group paths.
    KoboCsv,
    /// KoboToolbox's XLS export (an .xlsx workbook).
    KoboXlsx,
    /// KoboToolbox's API JSON (`results`, full paths as keys).
    KoboJson,
    /// An instance XML of ODK Collect (`instances/<name>/<name>.xml`).
    CollectXml,
    /// The Excel template filled in (`lhs-maturity template --format xlsx`): one assessment.
    ExcelTemplate,
}

impl SubmissionLayout {
    /// The tool the layout comes from, as [`crate::SubmissionRef::tool`] names it.
    pub fn tool(self) -> &'static str {
        match self {
            Self::CentralCsv | Self::CentralZip | Self::CentralOdata => "odk-central",
            Self::KoboCsv | Self::KoboXlsx | Self::KoboJson => "kobotoolbox",
            Self::CollectXml => "odk-collect",
            Self::ExcelTemplate => "excel",
        }
    }

    /// The layout of a file of submissions, from its name and first bytes; `None` for a file
    /// that is not one (an assessment, the library's own CSV layouts).
    ///
    /// ```
    /// use lhs_maturity::SubmissionLayout as L;
    /// assert_eq!(L::of("x.csv", b"SubmissionDate,meta-instanceID,KEY\n"), Some(L::CentralCsv));
    /// assert_eq!(L::of("x.csv", b"\"unit_id\";\"_uuid\"\r\n"), Some(L::KoboCsv));
    /// assert_eq!(L::of("a.json", br#"{"@odata.context": "", "value": []}"#), Some(L::CentralOdata));
    /// assert_eq!(L::of("a.json", br#"{"count": 0, "results": []}"#), Some(L::KoboJson));
    /// assert_eq!(L::of("i.xml", b"<?xml version='1.0'?><data/>"), Some(L::CollectXml));
    /// assert_eq!(L::of("a.json", br#"{"answers": {}}"#), None);
    /// assert_eq!(L::of("a.csv", b"unit_id,inst.info.routine_data\n"), None);
    /// ```
    pub fn of(name: &str, bytes: &[u8]) -> Option<SubmissionLayout> {
        let lower = name.to_ascii_lowercase();
        if bytes.starts_with(b"PK\x03\x04") {
            return if lower.ends_with(".zip") {
                Some(Self::CentralZip)
            } else {
                Some(Self::KoboXlsx)
            };
        }
        let head = String::from_utf8_lossy(bytes.get(..64 * 1024).unwrap_or(bytes));
        let head = crate::read::file::strip_bom(&head).trim_start();
        if head.starts_with('<') {
            return Some(Self::CollectXml);
        }
        if head.starts_with('{') {
            return json::layout(bytes);
        }
        table::csv_layout(head.lines().next().unwrap_or(""))
    }
}

/// How many submissions a file held and what became of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SubmissionCounts {
    /// The submissions in the file.
    pub submissions: usize,
    /// Read as assessments.
    pub read: usize,
    /// Refused: a problem in their values, or another framework (version).
    pub refused: usize,
    /// Left out: rejected on the server (ODK Central's review).
    pub rejected: usize,
    /// Left out: marked "not approved" (KoboToolbox's validation status).
    pub not_approved: usize,
    /// Left out: encrypted submissions the server could not decrypt.
    pub undecrypted: usize,
    /// Left out as duplicates: a second copy of a submission, or an older edit of it.
    pub duplicates: usize,
}

/// The submissions of a file, read as assessments.
#[derive(Debug, Clone)]
pub struct Submissions {
    /// The file's layout.
    pub layout: SubmissionLayout,
    /// One record per submission kept, in file order: its assessment, or every problem of its
    /// values, each at its row (or JSON Pointer) and column.
    pub records: Vec<CsvRecord>,
    /// What became of every submission.
    pub counts: SubmissionCounts,
    /// Problems of the file that do not stop reading it (a column that is no field of the form).
    pub warnings: Vec<Diagnostic>,
}

impl Submissions {
    /// The submissions as one JSON value, what Python's `read_submissions` and JavaScript's
    /// `readSubmissions` return: `layout`, `counts`, `assessments` (those read, in file order),
    /// `refused` (one per submission refused: `row`, `line`, `code`, `message`, `details`) and
    /// `warnings`.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let csv = "SubmissionDate,inst-inst_info-inst_info_routine_data,KEY\nx,2,uuid:a\ny,9,uuid:b\n";
    /// let v = fw.read_submissions("e.csv", csv.as_bytes()).unwrap().to_value();
    /// assert_eq!(v["layout"], "central-csv");
    /// assert_eq!(v["assessments"][0]["answers"]["inst.info.routine_data"], 2);
    /// assert_eq!(v["refused"][0]["details"][0]["code"], "submissions.invalid_value");
    /// ```
    pub fn to_value(&self) -> serde_json::Value {
        let mut assessments = Vec::new();
        let mut refused = Vec::new();
        for r in &self.records {
            match &r.assessment {
                Ok(a) => assessments.push(serde_json::to_value(a).unwrap_or_default()),
                Err(e) => refused.push(serde_json::json!({
                    "row": r.row, "line": r.line, "code": e.code(),
                    "message": e.message(), "details": e.details(),
                })),
            }
        }
        serde_json::json!({
            "layout": self.layout, "counts": self.counts, "assessments": assessments,
            "refused": refused, "warnings": self.warnings,
        })
    }
}

impl Framework {
    /// Reads a file of submissions of this framework's form ([`Framework::xlsform`]) as
    /// assessments: the layouts of [`SubmissionLayout`], told apart by `name` (the file name)
    /// and the bytes. Each submission's id, instance id, submission time and form revision go
    /// to the assessment's `source`.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let csv = "SubmissionDate,framework_id,framework_version,form_revision,unit_id,\
    ///            inst-inst_info-inst_info_routine_data,meta-instanceID,KEY,ReviewState\n\
    ///            2026-10-01T08:00:00.000Z,lhs-2021,2.0.0,1,kis-east,2,uuid:a,uuid:a,\n\
    ///            2026-10-02T08:00:00.000Z,lhs-2021,2.0.0,1,kis-west,3,uuid:b,uuid:b,rejected\n";
    /// let s = fw.read_submissions("export.csv", csv.as_bytes()).unwrap();
    /// assert_eq!((s.counts.read, s.counts.rejected), (1, 1));
    /// let a = s.records[0].assessment.as_ref().unwrap();
    /// assert_eq!(a.answers["inst.info.routine_data"].rating, Some(lhs_maturity::Rating::Level(2)));
    /// assert_eq!(a.source.as_ref().unwrap().instance_id.as_deref(), Some("uuid:a"));
    /// ```
    pub fn read_submissions(&self, name: &str, bytes: &[u8]) -> Result<Submissions, Error> {
        let Some(layout) = SubmissionLayout::of(name, bytes) else {
            return Err(not_submissions(name));
        };
        let subs = match layout {
            SubmissionLayout::CentralCsv | SubmissionLayout::KoboCsv => {
                table::from_csv(crate::read::csv::csv_text(bytes)?)?
            }
            SubmissionLayout::CentralZip => table::from_zip(bytes)?,
            SubmissionLayout::KoboXlsx | SubmissionLayout::ExcelTemplate => {
                match table::from_xlsx(bytes)? {
                    Some(subs) => subs,
                    None => return self.template_submissions(bytes),
                }
            }
            SubmissionLayout::CentralOdata | SubmissionLayout::KoboJson => json::rows(bytes)?,
            SubmissionLayout::CollectXml => vec![xml::instance(bytes)?],
        };
        let warnings = assemble::check_fields(self, &subs)?;
        Ok(self.keep(layout, subs, warnings))
    }

    /// Every error and warning of a file of submissions, each at its row (or pointer) and
    /// column: the file's own, each refused submission's, and what [`Framework::validate`]
    /// finds in each assessment read.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let csv = "SubmissionDate,inst-inst_info-inst_info_routine_data,KEY\nx,7,uuid:a\n";
    /// let d = fw.validate_submissions("e.csv", csv.as_bytes());
    /// assert_eq!(d[0].code, "submissions.invalid_value");
    /// assert_eq!((d[0].line, d[0].column), (Some(2), Some(2)));
    /// ```
    pub fn validate_submissions(&self, name: &str, bytes: &[u8]) -> Vec<Diagnostic> {
        match self.read_submissions(name, bytes) {
            Err(e) => e.details().to_vec(),
            Ok(s) => {
                let mut out = s.warnings;
                for r in &s.records {
                    match &r.assessment {
                        Err(e) => out.extend(e.details().iter().cloned()),
                        Ok(_) => out.extend(r.validate(self)),
                    }
                }
                out
            }
        }
    }

    /// The Excel template filled in, as the one submission of its workbook.
    #[cfg(feature = "xlsx")]
    fn template_submissions(&self, bytes: &[u8]) -> Result<Submissions, Error> {
        let records = self.read_workbook(bytes)?.records;
        let read = records.iter().filter(|r| r.assessment.is_ok()).count();
        Ok(Submissions {
            layout: SubmissionLayout::ExcelTemplate,
            counts: SubmissionCounts {
                submissions: records.len(),
                read,
                refused: records.len() - read,
                ..SubmissionCounts::default()
            },
            records,
            warnings: Vec::new(),
        })
    }

    #[cfg(not(feature = "xlsx"))]
    fn template_submissions(&self, _bytes: &[u8]) -> Result<Submissions, Error> {
        Err(table::unsupported("xlsx"))
    }

    /// Leaves out what the server marked and the duplicates, then reads the others.
    fn keep(
        &self,
        layout: SubmissionLayout,
        subs: Vec<Sub>,
        warnings: Vec<Diagnostic>,
    ) -> Submissions {
        let mut counts = SubmissionCounts {
            submissions: subs.len(),
            ..SubmissionCounts::default()
        };
        let latest = latest_by_key(&subs);
        let mut records = Vec::new();
        for (i, sub) in subs.iter().enumerate() {
            match sub.server.state {
                State::Rejected => counts.rejected += 1,
                State::NotApproved => counts.not_approved += 1,
                State::Undecrypted => counts.undecrypted += 1,
                State::Kept if latest.get(&sub.key()).is_some_and(|&l| l != i) => {
                    counts.duplicates += 1;
                }
                State::Kept => {
                    let r = assemble::record(self, sub, layout.tool());
                    if r.assessment.is_ok() {
                        counts.read += 1;
                    } else {
                        counts.refused += 1;
                    }
                    records.push(r);
                }
            }
        }
        Submissions {
            layout,
            records,
            counts,
            warnings,
        }
    }
}

/// For each submission key (root id, else instance id), the row kept: an edit before the
/// original (its instance id is not its root id), then the latest received, then the first in
/// the file. Rows left out by the server do not count.
fn latest_by_key(subs: &[Sub]) -> HashMap<String, usize> {
    let rank = |s: &Sub| (s.is_edit(), s.server.submitted_at.clone());
    let mut latest: HashMap<String, usize> = HashMap::new();
    for (i, s) in subs.iter().enumerate() {
        if s.server.state != State::Kept || s.key().is_empty() {
            continue;
        }
        let e = latest.entry(s.key()).or_insert(i);
        if subs.get(*e).is_some_and(|kept| rank(kept) < rank(s)) {
            *e = i;
        }
    }
    latest
}

/// The error of a file that holds no submissions of a known layout.
fn not_submissions(name: &str) -> Error {
    Error::Assessment(vec![i18n::diagnostic(
        Severity::Error,
        "submissions.unknown_layout",
        "",
        &[("file", name.into())],
    )])
}
