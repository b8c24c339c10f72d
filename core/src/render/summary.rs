//! The summary of a batch: one row per assessment (unit, period, overall and domain scores,
//! levels and coverage), including the assessments that could not be scored and why, as CSV or
//! JSON. The command line's `batch` writes it; the bindings can write the same file.

use crate::error::{Error, ErrorInfo};
use crate::model::compiled::Framework;
use crate::read::csv::CsvMatrix;
use crate::render::columns::{column_name, MEASURES};
use crate::render::template::CsvOut;
use crate::score::matrix::MatrixScores;
use crate::score::report::Report;
use serde::Serialize;

/// The score, level and coverage of one node (or the whole system) in a [`SummaryRow`].
///
/// ```
/// let r = lhs_maturity::Framework::builtin().score_json(r#"{"answers": {"inst.info.routine_data": 3}}"#).unwrap();
/// let row = lhs_maturity::SummaryRow::from_report("a.json", None, &r);
/// assert_eq!((row.overall.id.as_str(), row.overall.level), ("overall", Some(3)));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeSummary {
    /// `overall`, or the domain id.
    pub id: String,
    /// The score; `None` when nothing below is rated.
    pub score: Option<f64>,
    /// The level of the score.
    pub level: Option<u32>,
    /// Rated ÷ (indicators − `na`).
    pub coverage: Option<f64>,
}

/// One assessment of a batch: where it comes from, who it is about, and its scores, or why it
/// could not be scored.
///
/// ```
/// let fw = lhs_maturity::Framework::builtin();
/// let r = fw.score_json(r#"{"period": "2026", "answers": {}}"#).unwrap();
/// let row = lhs_maturity::SummaryRow::from_report("a.json", None, &r);
/// assert!(row.ok && row.error.is_none());
/// assert_eq!(row.period.as_deref(), Some("2026"));
/// assert_eq!(row.overall.score, None); // nothing rated: no score, never 0
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummaryRow {
    /// The file (and for a CSV file, the line is in `line`).
    pub source: String,
    /// The line of the row in a CSV file.
    pub line: Option<u64>,
    /// The unit's id.
    pub unit_id: Option<String>,
    /// The unit's name.
    pub unit_name: Option<String>,
    /// The unit's kind.
    pub unit_kind: Option<String>,
    /// The period.
    pub period: Option<String>,
    /// The respondent's id.
    pub respondent_id: Option<String>,
    /// Whether the assessment was scored.
    pub ok: bool,
    /// Why it was not.
    pub error: Option<ErrorInfo>,
    /// The whole-system result.
    pub overall: NodeSummary,
    /// One entry per domain, in framework order (empty when not scored).
    pub domains: Vec<NodeSummary>,
}

impl SummaryRow {
    /// The summary of a report.
    ///
    /// ```
    /// let r = lhs_maturity::Framework::builtin()
    ///     .score_json(r#"{"unit": {"id": "k1"}, "answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let row = lhs_maturity::SummaryRow::from_report("k1.json", None, &r);
    /// assert_eq!(row.overall.score, Some(2.0));
    /// assert_eq!(row.domains[0].id, "inst");
    /// assert_eq!(row.unit_id.as_deref(), Some("k1"));
    /// ```
    pub fn from_report(source: &str, line: Option<u64>, r: &Report) -> SummaryRow {
        let unit = r.unit.as_ref();
        SummaryRow {
            source: source.to_owned(),
            line,
            unit_id: unit.and_then(|u| u.id.clone()),
            unit_name: unit.and_then(|u| u.name.clone()),
            unit_kind: unit.and_then(|u| u.kind.clone()),
            period: r.period.clone(),
            respondent_id: r.respondent.as_ref().and_then(|x| x.id.clone()),
            ok: true,
            error: None,
            overall: NodeSummary {
                id: "overall".to_owned(),
                score: r.overall.score,
                level: r.overall.level,
                coverage: r.overall.coverage,
            },
            domains: r
                .domains
                .iter()
                .map(|d| NodeSummary {
                    id: d.id.to_string(),
                    score: d.score.score,
                    level: d.score.level,
                    coverage: d.score.coverage,
                })
                .collect(),
        }
    }

    /// The row of an input that could not be read or scored.
    ///
    /// ```
    /// let e = lhs_maturity::Framework::builtin().score_json("{").unwrap_err();
    /// let row = lhs_maturity::SummaryRow::failed("bad.json", None, &e);
    /// assert!(!row.ok);
    /// assert_eq!(row.error.unwrap().code, "assessment.invalid_json");
    /// ```
    pub fn failed(source: &str, line: Option<u64>, error: &Error) -> SummaryRow {
        SummaryRow {
            source: source.to_owned(),
            line,
            unit_id: None,
            unit_name: None,
            unit_kind: None,
            period: None,
            respondent_id: None,
            ok: false,
            error: Some(error.info()),
            overall: NodeSummary {
                id: "overall".to_owned(),
                score: None,
                level: None,
                coverage: None,
            },
            domains: Vec::new(),
        }
    }
}

impl Framework {
    /// The summary rows of a wide CSV scored as a matrix: one per data row, in file order, the
    /// rows that failed included.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let m = fw.matrix_from_csv("unit_id,inst.info.routine_data\na,3\nb,x\n").unwrap();
    /// let s = fw.score_matrix(&m.cells).unwrap();
    /// let rows = fw.summary_rows("data.csv", &m, &s);
    /// assert_eq!(rows.len(), 2);
    /// assert_eq!(rows[0].overall.score, Some(3.0));
    /// assert_eq!((rows[1].ok, rows[1].line), (false, Some(3)));
    /// ```
    pub fn summary_rows(&self, source: &str, m: &CsvMatrix, s: &MatrixScores) -> Vec<SummaryRow> {
        let domains: Vec<&str> = self.spec().domains.iter().map(|d| d.id.as_str()).collect();
        let node = |k: usize, id: &str| {
            let (score, level, coverage) = s.get(k, id).unwrap_or((None, None, None));
            NodeSummary {
                id: id.to_owned(),
                score,
                level,
                coverage,
            }
        };
        let mut out: Vec<(usize, SummaryRow)> = m
            .rows
            .iter()
            .enumerate()
            .map(|(k, info)| {
                let unit = info.unit.as_ref();
                (
                    info.row,
                    SummaryRow {
                        source: source.to_owned(),
                        line: Some(info.line),
                        unit_id: unit.and_then(|u| u.id.clone()),
                        unit_name: unit.and_then(|u| u.name.clone()),
                        unit_kind: unit.and_then(|u| u.kind.clone()),
                        period: info.period.clone(),
                        respondent_id: info.respondent.as_ref().and_then(|x| x.id.clone()),
                        ok: true,
                        error: None,
                        overall: node(k, "overall"),
                        domains: domains.iter().map(|d| node(k, d)).collect(),
                    },
                )
            })
            .collect();
        out.extend(
            m.failed
                .iter()
                .map(|f| (f.row, SummaryRow::failed(source, Some(f.line), &f.error))),
        );
        out.sort_unstable_by_key(|(row, _)| *row); // a row is either scored or failed
        out.into_iter().map(|(_, r)| r).collect()
    }

    /// The summary as CSV (`,`-separated, UTF-8 without a byte order mark): `source`, `line`,
    /// `status` (`ok` or `error`), the unit and period, `overall_score`, `overall_level`,
    /// `overall_coverage`, the same three for every domain (`inst_score`…), and `error` (why the
    /// assessment could not be scored). Numbers are not rounded; empty means no value.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let r = fw.score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let csv = fw.summary_csv(&[lhs_maturity::SummaryRow::from_report("a.json", None, &r)]);
    /// let mut lines = csv.lines();
    /// assert!(lines.next().unwrap().starts_with("source,line,status,unit_id,unit_name,unit_kind,period,respondent_id,overall_score,overall_level,overall_coverage,inst_score,"));
    /// assert!(lines.next().unwrap().starts_with("a.json,,ok,,,,,,2,2,"));
    /// ```
    pub fn summary_csv(&self, rows: &[SummaryRow]) -> String {
        self.summary_text(SummaryFormat::Csv, rows)
    }

    /// The summary as JSON: the framework, every row with its error details, and the counts.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let e = fw.score_json("[]").unwrap_err();
    /// let json = fw.summary_json(&[lhs_maturity::SummaryRow::failed("x.json", None, &e)]);
    /// let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    /// assert_eq!(v["failed"], 1);
    /// assert_eq!(v["rows"][0]["error"]["code"], "assessment.invalid_type");
    /// ```
    pub fn summary_json(&self, rows: &[SummaryRow]) -> String {
        self.summary_text(SummaryFormat::Json, rows)
    }

    fn summary_text(&self, format: SummaryFormat, rows: &[SummaryRow]) -> String {
        let written = SummaryWriter::new(self, format, Vec::new()).and_then(|mut w| {
            w.write(rows)?;
            w.finish()
        });
        // Writing to memory cannot fail.
        String::from_utf8(written.unwrap_or_default()).unwrap_or_default()
    }

    /// The header of the CSV summary.
    fn summary_header(&self) -> Vec<String> {
        let mut header: Vec<String> = [
            "source",
            "line",
            "status",
            "unit_id",
            "unit_name",
            "unit_kind",
            "period",
            "respondent_id",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for node in std::iter::once("overall").chain(self.domain_ids()) {
            header.extend(MEASURES.iter().map(|m| column_name(node, m)));
        }
        header.push("error".to_owned());
        header
    }

    fn domain_ids(&self) -> impl Iterator<Item = &str> {
        self.spec().domains.iter().map(|d| d.id.as_str())
    }

    /// The rows of the CSV summary, without the header.
    fn summary_csv_rows(&self, rows: &[SummaryRow]) -> String {
        let domains: Vec<&str> = self.domain_ids().collect();
        let mut csv = CsvOut::rows();
        let level = |l: Option<u32>| l.map_or_else(String::new, |l| l.to_string());
        for r in rows {
            csv.text(&r.source)
                .raw(&r.line.map_or_else(String::new, |l| l.to_string()))
                .raw(if r.ok { "ok" } else { "error" });
            for v in [
                &r.unit_id,
                &r.unit_name,
                &r.unit_kind,
                &r.period,
                &r.respondent_id,
            ] {
                csv.text(v.as_deref().unwrap_or(""));
            }
            csv.num(r.overall.score)
                .raw(&level(r.overall.level))
                .num(r.overall.coverage);
            for d in &domains {
                match r.domains.iter().find(|x| x.id == *d) {
                    Some(n) => csv.num(n.score).raw(&level(n.level)).num(n.coverage),
                    None => csv.raw("").raw("").raw(""),
                };
            }
            csv.text(r.error.as_ref().map_or("", |e| e.message.as_str()))
                .end();
        }
        csv.finish()
    }
}

/// The format of a batch summary ([`SummaryWriter`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryFormat {
    /// [`Framework::summary_csv`].
    Csv,
    /// [`Framework::summary_json`].
    Json,
}

/// A batch summary written as its rows arrive, so that a summary of a million assessments is
/// never held in memory: the text of [`Framework::summary_csv`] or [`Framework::summary_json`]
/// for all the rows written, whatever the number of calls to [`SummaryWriter::write`].
///
/// ```
/// use lhs_maturity::{Framework, SummaryFormat, SummaryRow, SummaryWriter};
/// let fw = Framework::builtin();
/// let r = fw.score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let rows = [SummaryRow::from_report("a.json", None, &r), SummaryRow::from_report("b.json", None, &r)];
/// let mut w = SummaryWriter::new(&fw, SummaryFormat::Json, Vec::new()).unwrap();
/// w.write(&rows[..1]).unwrap();
/// w.write(&rows[1..]).unwrap();
/// assert_eq!(String::from_utf8(w.finish().unwrap()).unwrap(), fw.summary_json(&rows));
/// ```
pub struct SummaryWriter<W: std::io::Write> {
    framework: Framework,
    format: SummaryFormat,
    out: W,
    rows: usize,
    failed: usize,
}

impl<W: std::io::Write> SummaryWriter<W> {
    /// Starts the summary: the CSV header, or the JSON up to its first row.
    pub fn new(framework: &Framework, format: SummaryFormat, mut out: W) -> std::io::Result<Self> {
        match format {
            SummaryFormat::Csv => {
                let header = framework.summary_header();
                let header: Vec<&str> = header.iter().map(String::as_str).collect();
                out.write_all(CsvOut::new(&header).finish().as_bytes())?;
            }
            SummaryFormat::Json => {
                let id = serde_json::json!({"id": framework.id(), "version": framework.version()});
                let id = serde_json::to_string_pretty(&id).unwrap_or_default();
                write!(out, "{{\n  \"framework\": {},\n  \"rows\": [", indent(&id))?;
            }
        }
        Ok(Self {
            framework: framework.clone(),
            format,
            out,
            rows: 0,
            failed: 0,
        })
    }

    /// Writes these rows after the rows written before.
    pub fn write(&mut self, rows: &[SummaryRow]) -> std::io::Result<()> {
        match self.format {
            SummaryFormat::Csv => {
                let text = self.framework.summary_csv_rows(rows);
                self.out.write_all(text.as_bytes())?;
            }
            SummaryFormat::Json => {
                for (k, row) in rows.iter().enumerate() {
                    let sep = if self.rows + k == 0 { "" } else { "," };
                    let text = serde_json::to_string_pretty(row).unwrap_or_default();
                    write!(self.out, "{sep}\n    {}", indent(&indent(&text)))?;
                }
            }
        }
        self.rows += rows.len();
        self.failed += rows.iter().filter(|r| !r.ok).count();
        Ok(())
    }

    /// Ends the summary (the JSON's counts) and returns the writer, flushed.
    pub fn finish(mut self) -> std::io::Result<W> {
        if self.format == SummaryFormat::Json {
            let close = if self.rows == 0 { "]" } else { "\n  ]" };
            write!(
                self.out,
                "{close},\n  \"assessments\": {},\n  \"scored\": {},\n  \"failed\": {}\n}}\n",
                self.rows,
                self.rows - self.failed,
                self.failed
            )?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Pretty-printed JSON moved two spaces to the right (its first line excepted: it follows a
/// key).
fn indent(json: &str) -> String {
    json.replace('\n', "\n  ")
}
