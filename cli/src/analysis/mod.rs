//! The analyses of many assessments (`spec/SCORING.md` §15–18): `pool`, `compare`, `cohort`,
//! `reliability` and `series`. This module reads the inputs, calls `lhs_maturity::analysis` and
//! prints what it returns: every number and every decision (the pooled levels, the order of the
//! agenda, which groups are suppressed, the ranks) comes from the library.

mod render;

use crate::lang::{n, t, Lang};
use crate::{emit, emit_human, expand, io, say, unreadable, Failure};
use clap::{Args, ValueEnum};
use lhs_maturity::analysis::{self, CohortOptions, Consensus, PoolMethod, PoolOptions};
use lhs_maturity::{
    Assessment, CsvLayout, CsvRecord, Diagnostic, DocumentShape, Error, FileFormat, Framework,
    Report, ScoreOptions, UnknownRule,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------------
// arguments
// ---------------------------------------------------------------------------------------------

#[derive(Args)]
pub(crate) struct PoolArgs {
    /// The respondents' assessments: JSON, CSV (a wide CSV gives one respondent per row) or
    /// directories of them
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Write the pooled assessment (one consolidated assessment, ready to `score`) to this file;
    /// without it, only the agreement and the agenda are printed
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// How the levels of the respondents are combined, per indicator
    #[arg(long, value_enum, default_value = "median")]
    method: Method,
    /// Levels agreed in a consensus meeting, overriding the pooled ones: a JSON object, indicator
    /// id → {"level": 2, "rationale": "..."}
    #[arg(long, value_name = "FILE")]
    consensus: Option<PathBuf>,
    /// Pool assessments of different units, periods or framework versions anyway
    #[arg(long)]
    allow_mismatch: bool,
    /// `table` (for a terminal), `markdown`, `json` (the whole result: pooled assessment,
    /// every indicator's dispersion, agenda, agreement, warnings) or `csv` (one row per
    /// indicator; with `--bootstrap`, one row per node)
    #[arg(long, value_enum, default_value = "table")]
    format: CohortFormat,
    /// How much the pooled scores depend on who answered: intervals from resamples of the
    /// respondents (with 8 or more), else each score with each respondent left out; `-o` then
    /// writes this result
    #[arg(long)]
    bootstrap: bool,
    /// The resamples of `--bootstrap` (and of `cohort --sample`)
    #[arg(long, value_name = "N", default_value_t = 1000, requires = "bootstrap")]
    resamples: usize,
    /// The seed of the resamples
    #[arg(long, value_name = "N", default_value_t = 2021, requires = "bootstrap")]
    seed: u64,
    /// The coverage of the intervals, between 0 and 1
    #[arg(long, value_name = "SHARE", default_value_t = analysis::BOOTSTRAP_LEVEL, requires = "bootstrap")]
    level: f64,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Method {
    /// The median (the lower middle value for an even count)
    Median,
    /// The mean, rounded half up
    Mean,
    /// The most frequent level (ties: the lower)
    Mode,
}

impl From<Method> for PoolMethod {
    fn from(m: Method) -> Self {
        match m {
            Method::Median => PoolMethod::Median,
            Method::Mean => PoolMethod::Mean,
            Method::Mode => PoolMethod::Mode,
        }
    }
}

/// `table`, `markdown` or `json` (the analyses, `score`).
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum Format {
    Table,
    Markdown,
    Json,
}

#[derive(Args)]
pub(crate) struct CompareArgs {
    /// The earlier round: an assessment (JSON, or CSV with one assessment), scored here, or a
    /// report written by `score --format json`
    #[arg(value_name = "BEFORE")]
    pub(crate) before: PathBuf,
    /// The later round: an assessment or a report
    #[arg(value_name = "AFTER")]
    pub(crate) after: PathBuf,
    /// `table` (for a terminal), `markdown` or `json` (the whole comparison, every indicator)
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct CohortArgs {
    /// Assessments (JSON, CSV: a wide CSV gives one unit per row), reports written by
    /// `score --format json`, or directories of them
    #[arg(required = true, value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
    /// Group the units by `kind` or by any other label of the assessments' `unit` (`region`,
    /// `country`...; a CSV column `unit_region` is the label `region`)
    #[arg(long, value_name = "LABEL")]
    group_by: Option<String>,
    /// Groups with fewer units than this are suppressed (no statistics)
    #[arg(long, value_name = "N", default_value_t = analysis::DEFAULT_MIN_GROUP)]
    min_group: usize,
    /// Add each unit's percentile rank within its group (not for publication: it singles units
    /// out). With `--format csv`, one row per unit instead of the summary
    #[arg(long)]
    ranks: bool,
    /// `table` (for a terminal), `markdown`, `json` or `csv` (one row per group and measure)
    #[arg(long, value_enum, default_value = "table")]
    format: CohortFormat,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The units are a sample of a larger population (not a census): the means of groups of at
    /// least 10 units get bootstrap intervals (90%)
    #[arg(long)]
    sample: bool,
    /// The resamples of `--sample`
    #[arg(long, value_name = "N", default_value_t = 1000, requires = "sample")]
    resamples: usize,
    /// The seed of `--sample`
    #[arg(long, value_name = "N", default_value_t = 2021, requires = "sample")]
    seed: u64,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum CohortFormat {
    Table,
    Markdown,
    Json,
    Csv,
}

#[derive(Args)]
pub(crate) struct ReliabilityArgs {
    /// Assessments (JSON, CSV), reports written by `score --format json`, or directories of them:
    /// one per unit, all of one framework version
    #[arg(required = true, value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
    /// Also list, per item, Cronbach's alpha if it were deleted and its corrected item–total
    /// correlation
    #[arg(long)]
    items: bool,
    /// `table` (for a terminal), `markdown` or `json`
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct SeriesArgs {
    /// The rounds of one unit: assessments (JSON, CSV), reports, or directories of them
    #[arg(required = true, value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
    /// `csv` (one row per round, ready to plot), `table` or `json`
    #[arg(long, value_enum, default_value = "csv")]
    format: SeriesFormat,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum SeriesFormat {
    Csv,
    Table,
    Json,
}

// ---------------------------------------------------------------------------------------------
// reading the inputs
// ---------------------------------------------------------------------------------------------

/// Where an assessment or a report came from: a file and, for a row of a wide CSV, its record
/// (so that a problem found later is reported at the row and column of the cell).
pub(crate) struct Source {
    file: String,
    /// The record of a CSV row, and whether the file is wide (one row per assessment).
    record: Option<(CsvRecord, bool)>,
}

impl Source {
    fn file(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            record: None,
        }
    }

    /// The file, with the line of the row for a wide CSV (`survey.csv:4`).
    pub(crate) fn label(&self) -> String {
        match &self.record {
            Some((r, true)) => format!("{}:{}", self.file, r.line),
            _ => self.file.clone(),
        }
    }

    /// A diagnostic about this input's assessment, moved to its CSV cell when it has one.
    fn locate(&self, d: Diagnostic) -> Diagnostic {
        match &self.record {
            Some((r, _)) => r.locate(d),
            None => d,
        }
    }
}

/// Whether JSON text is a report rather than an assessment (the core's `DocumentShape`: an
/// object with `overall` and without `answers`). Anything else is read as an assessment, whose
/// reader then says what is wrong with it.
fn is_report(text: &str) -> bool {
    DocumentShape::of_json(text) == DocumentShape::Report
}

/// The assessments of one file: one for a JSON file or a CSV in the template layout, one per
/// row of a wide CSV. Each must be valid for the framework; every error is reported, located.
fn assessments_of(
    fw: &Framework,
    path: &Path,
    lang: Lang,
) -> Result<Vec<(Source, Assessment)>, Failure> {
    let file = path.display().to_string();
    let valid = |rec: &CsvRecord| {
        let found: Vec<Diagnostic> = rec
            .validate(fw)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        match &rec.assessment {
            Ok(a) if found.is_empty() => Ok(a.clone()),
            _ => Err(found),
        }
    };
    let text = match io::read_input(path, lang).map_err(|e| unreadable(&e))? {
        io::Input::Text(text) => text,
        io::Input::Submissions(bytes) => {
            return submission_rows(fw, &file, &bytes, lang, valid);
        }
    };
    let doc = |e: Error| Failure::Document(file.clone(), e);
    match FileFormat::of(path, &text) {
        FileFormat::Json => {
            if is_report(&text) {
                return Err(Failure::Message(
                    lang.t("cli-error-report-not-assessment", &[("file", t(&file))]),
                    Some(lang.t("cli-help-report-not-assessment", &[])),
                ));
            }
            let a = Assessment::from_json(&text).map_err(doc)?;
            let errors: Vec<Diagnostic> = fw
                .validate(&a)
                .into_iter()
                .filter(Diagnostic::is_error)
                .collect();
            if errors.is_empty() {
                Ok(vec![(Source::file(&file), a)])
            } else {
                Err(doc(Error::Assessment(errors)))
            }
        }
        FileFormat::Csv => csv_rows(fw, &file, &text, lang, valid),
    }
}

/// What `each` makes of every submission read from a file of submissions (ODK, KoboToolbox,
/// the Excel template), as [`csv_rows`] does for CSV rows; what was left out is said on
/// standard error.
fn submission_rows<T>(
    fw: &Framework,
    file: &str,
    bytes: &[u8],
    lang: Lang,
    each: impl Fn(&CsvRecord) -> Result<T, Vec<Diagnostic>>,
) -> Result<Vec<(Source, T)>, Failure> {
    let doc = |e: Error| Failure::Document(file.to_owned(), e);
    let s = fw.read_submissions(file, bytes).map_err(doc)?;
    crate::batch::say_counts(file, &s, lang);
    rows_of(file, s.records, true, lang, each)
}

/// What `each` makes of every row of a CSV file (an assessment, a report), with its source;
/// every row's errors when any fails.
fn csv_rows<T>(
    fw: &Framework,
    file: &str,
    text: &str,
    lang: Lang,
    each: impl Fn(&CsvRecord) -> Result<T, Vec<Diagnostic>>,
) -> Result<Vec<(Source, T)>, Failure> {
    let doc = |e: Error| Failure::Document(file.to_owned(), e);
    let csv = fw.read_csv(text).map_err(doc)?;
    let wide = csv.layout == CsvLayout::Wide;
    rows_of(file, csv.records, wide, lang, each)
}

/// What `each` makes of every record of a file, with its source; every record's errors when
/// any fails.
fn rows_of<T>(
    file: &str,
    records: Vec<CsvRecord>,
    wide: bool,
    lang: Lang,
    each: impl Fn(&CsvRecord) -> Result<T, Vec<Diagnostic>>,
) -> Result<Vec<(Source, T)>, Failure> {
    let doc = |e: Error| Failure::Document(file.to_owned(), e);
    if records.is_empty() {
        let message = lang.t("cli-error-no-rows", &[("file", t(file))]);
        return Err(Failure::Message(message, None));
    }
    let (mut out, mut errors) = (Vec::new(), Vec::new());
    for rec in records {
        match each(&rec) {
            Ok(x) => {
                let record = Some((rec, wide));
                out.push((
                    Source {
                        file: file.to_owned(),
                        record,
                    },
                    x,
                ));
            }
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(doc(Error::Assessment(errors)))
    }
}

/// The reports of one file: a report read back as it is, or the assessments of the file scored
/// with the framework (one per row of a wide CSV).
fn reports_of(
    fw: &Framework,
    path: &Path,
    lang: Lang,
    unknown: UnknownRule,
) -> Result<Vec<(Source, Report)>, Failure> {
    let opts = ScoreOptions {
        unknown,
        ..ScoreOptions::default()
    };
    let file = path.display().to_string();
    let score = |rec: &CsvRecord| rec.score_with(fw, &opts).map_err(|e| e.details().to_vec());
    let text = match io::read_input(path, lang).map_err(|e| unreadable(&e))? {
        io::Input::Text(text) => text,
        io::Input::Submissions(bytes) => return submission_rows(fw, &file, &bytes, lang, score),
    };
    let doc = |e: Error| Failure::Document(file.clone(), e);
    match FileFormat::of(path, &text) {
        FileFormat::Json => Ok(vec![(
            Source::file(&file),
            fw.report_of_json(&text, &opts).map_err(doc)?,
        )]),
        FileFormat::Csv => csv_rows(fw, &file, &text, lang, score),
    }
}

/// Reads every input (directories expanded), on every core, in input order. Every failure is
/// reported, not only the first.
fn load<T: Send>(
    inputs: &[PathBuf],
    lang: Lang,
    read: impl Fn(&Path) -> Result<Vec<(Source, T)>, Failure> + Sync,
) -> Result<(Vec<Source>, Vec<T>), Failure> {
    let items = expand(inputs, lang);
    let results = lhs_maturity::parallel::map(&items, |item| match item {
        Ok(p) => read(p),
        Err((file, e)) => Err(Failure::Document(file.clone(), e.clone())),
    });
    let (mut sources, mut values, mut failures) = (Vec::new(), Vec::new(), Vec::new());
    for r in results {
        match r {
            Ok(v) => v.into_iter().for_each(|(s, x)| {
                sources.push(s);
                values.push(x);
            }),
            Err(f) => failures.push(f),
        }
    }
    Failure::all(failures).map_or(Ok((sources, values)), Err)
}

/// Reads the one report of an input of `compare`.
fn one_report(
    fw: &Framework,
    path: &Path,
    lang: Lang,
    unknown: UnknownRule,
) -> Result<(Source, Report), Failure> {
    let own = own_version(fw, path, lang);
    let mut v = reports_of(own.as_ref().unwrap_or(fw), path, lang, unknown)?;
    match v.len() {
        1 => v.pop().ok_or_else(|| Failure::from(String::new())),
        k => Err(Failure::Message(
            lang.t(
                "cli-error-compare-many",
                &[("file", t(path.display())), ("n", n(k))],
            ),
            Some(lang.t("cli-help-compare-many", &[])),
        )),
    }
}

/// The built-in version an assessment file names when it is another version of the same
/// built-in framework: each round of a comparison is scored with its own version (only the
/// indicators both versions share as equivalent are then compared).
fn own_version(fw: &Framework, path: &Path, lang: Lang) -> Option<Framework> {
    let text = io::read_text(path, lang).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    let r = v.get("framework")?;
    let (id, version) = (r.get("id")?.as_str()?, r.get("version")?.as_str()?);
    let builtin = Framework::builtin();
    (id == fw.id() && id == builtin.id() && version != fw.version())
        .then(|| Framework::builtin_version(version).ok())
        .flatten()
}

/// The levels agreed in a consensus meeting: a JSON object, indicator id → level and rationale
/// (read by the library, which refuses an indicator given twice).
fn read_consensus(path: &Path, lang: Lang) -> Result<BTreeMap<String, Consensus>, Failure> {
    let text = io::read_text(path, lang).map_err(|e| unreadable(&e))?;
    PoolOptions::consensus_from_json(&text)
        .map_err(|e| Failure::Document(path.display().to_string(), e))
}

/// An error of an analysis, its diagnostics moved to the inputs they are about: a path
/// `/<i>/...` points into the `i`-th input (its CSV cell when it has one), `/consensus/...` into
/// the consensus file.
pub(crate) fn attribute(e: &Error, sources: &[Source], consensus: Option<&Path>) -> Failure {
    let mut out = Vec::new();
    for d in e.details() {
        let mut d = d.clone();
        if let (Some(rest), Some(c)) = (d.path.strip_prefix("/consensus"), consensus) {
            if rest.is_empty() || rest.starts_with('/') {
                d.path = rest.to_owned();
                out.push(Failure::Document(
                    c.display().to_string(),
                    Error::Input(vec![d]),
                ));
                continue;
            }
        }
        // `/<i>/rest`: `/rest` in the `i`-th input.
        let indexed = d.path.strip_prefix('/').and_then(|p| {
            let (i, rest) = p.find('/').map_or((p, ""), |k| p.split_at(k));
            Some((sources.get(i.parse::<usize>().ok()?)?, rest.to_owned()))
        });
        match indexed {
            Some((s, rest)) => {
                d.path = rest;
                let d = s.locate(d);
                // A diagnostic located at its CSV cell names the line itself.
                let file = if d.line.is_some() {
                    s.file.clone()
                } else {
                    s.label()
                };
                out.push(Failure::Document(file, Error::Input(vec![d])));
            }
            None => out.push(Failure::Plain(Box::new(d))),
        }
    }
    Failure::all(out).unwrap_or_else(|| Failure::Message(e.to_string(), None))
}

/// A bad bootstrap option as a problem of the command's options (with its code and option);
/// any other error located in its input ([`attribute`]).
fn options_or_inputs(e: Error, sources: &[Source], consensus: Option<&Path>) -> Failure {
    if e.code() == "input.invalid_bootstrap_option" {
        Failure::Document(String::new(), e)
    } else {
        attribute(&e, sources, consensus)
    }
}

/// A value as pretty JSON, with a final line break.
pub(crate) fn json_text<T: serde::Serialize + ?Sized>(v: &T) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

// ---------------------------------------------------------------------------------------------
// the commands
// ---------------------------------------------------------------------------------------------

/// The assessments of the inputs (JSON, CSV; directories expanded), each valid for the
/// framework, with where each came from; every failure reported.
pub(crate) fn assessments(
    fw: &Framework,
    inputs: &[PathBuf],
    lang: Lang,
) -> Result<(Vec<Source>, Vec<Assessment>), Failure> {
    load(inputs, lang, |p| assessments_of(fw, p, lang))
}

/// The reports of the inputs (reports read back, assessments scored with the framework, CSV
/// rows, submission files; directories expanded), with where each came from; every failure
/// reported.
pub(crate) fn reports(
    fw: &Framework,
    inputs: &[PathBuf],
    lang: Lang,
    unknown: UnknownRule,
) -> Result<(Vec<Source>, Vec<Report>), Failure> {
    load(inputs, lang, |p| reports_of(fw, p, lang, unknown))
}

pub(crate) fn pool(fw: &Framework, a: PoolArgs, lang: Lang) -> Result<u8, Failure> {
    let (sources, assessments) = assessments(fw, &a.files, lang)?;
    let consensus = match &a.consensus {
        Some(p) => read_consensus(p, lang)?,
        None => BTreeMap::new(),
    };
    let options = PoolOptions {
        method: a.method.into(),
        allow_mismatch: a.allow_mismatch,
        consensus,
    };
    if a.bootstrap {
        return pool_bootstrap(fw, &a, options, &sources, &assessments, lang);
    }
    let result = fw.pool(&assessments, &options).map_err(|e| {
        let located = attribute(&e, &sources, a.consensus.as_deref());
        if e.details().iter().any(|d| d.code == "input.pool_mismatch") {
            Failure::Many(vec![
                located,
                Failure::Message(
                    lang.t("cli-error-pool-mismatch", &[]),
                    Some(lang.t("cli-help-pool-mismatch", &[])),
                ),
            ])
        } else {
            located
        }
    })?;
    if let Some(out) = &a.output {
        let mut text = result.assessment.to_json();
        text.push('\n');
        emit(Some(out), &text, lang)?;
    }
    let files: Vec<String> = sources.iter().map(Source::label).collect();
    let names = render::Names::new(fw, lang);
    match a.format {
        CohortFormat::Json => emit(None, &json_text(&result), lang)?,
        CohortFormat::Csv => emit(None, &result.tables()[0].to_csv(), lang)?,
        f => emit_human(
            None,
            &render::pool(&result, &files, &names, f == CohortFormat::Markdown),
            lang,
        )?,
    }
    match &a.output {
        Some(p) => say(&lang.t(
            "cli-pool-written",
            &[
                ("respondents", n(result.respondents.len())),
                ("items", n(result.items.len())),
                ("file", t(p.display())),
            ],
        )),
        None if a.format != CohortFormat::Json && a.format != CohortFormat::Csv => {
            say(&lang.t("cli-pool-not-written", &[]))
        }
        None => {}
    }
    Ok(0)
}

/// `pool --bootstrap`: the library's `Framework::pool_bootstrap` of the respondents, written
/// as the format asks (`-o` is the file of the result here).
fn pool_bootstrap(
    fw: &Framework,
    a: &PoolArgs,
    pool: PoolOptions,
    sources: &[Source],
    assessments: &[Assessment],
    lang: Lang,
) -> Result<u8, Failure> {
    let options = analysis::BootstrapOptions {
        pool,
        resamples: a.resamples,
        seed: a.seed,
        level: a.level,
    };
    let result = fw
        .pool_bootstrap(assessments, &options)
        .map_err(|e| options_or_inputs(e, sources, a.consensus.as_deref()))?;
    let out = a.output.as_deref();
    let unit = assessments.first();
    match a.format {
        CohortFormat::Json => emit(out, &json_text(&result), lang)?,
        CohortFormat::Csv => {
            let node_names = analysis::NodeNames::of_framework(fw, "en");
            emit(out, &result.table(Some(&node_names)).to_csv(), lang)?
        }
        f => emit_human(
            out,
            &render::pool_bootstrap(&result, fw, unit, lang, f == CohortFormat::Markdown),
            lang,
        )?,
    }
    Ok(0)
}

pub(crate) fn compare(
    fw: &Framework,
    a: CompareArgs,
    lang: Lang,
    unknown: UnknownRule,
) -> Result<u8, Failure> {
    let before = one_report(fw, &a.before, lang, unknown);
    let after = one_report(fw, &a.after, lang, unknown);
    let ((bs, before), (as_, after)) = match (before, after) {
        (Ok(b), Ok(x)) => (b, x),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => return Err(e),
        (Err(e), Err(f)) => return Err(Failure::Many(vec![e, f])),
    };
    let c = analysis::compare(&before, &after);
    let files = [bs.label(), as_.label()];
    let names = render::Names::new(fw, lang);
    let rounds = [&before, &after];
    let out = a.output.as_deref();
    match a.format {
        Format::Json => emit(out, &json_text(&c), lang)?,
        f => emit_human(
            out,
            &render::compare(&c, rounds, &files, &names, f == Format::Markdown),
            lang,
        )?,
    }
    Ok(0)
}

pub(crate) fn cohort(
    fw: &Framework,
    a: CohortArgs,
    lang: Lang,
    unknown: UnknownRule,
) -> Result<u8, Failure> {
    let (sources, reports) = load(&a.inputs, lang, |p| reports_of(fw, p, lang, unknown))?;
    let options = CohortOptions {
        group_by: a.group_by.clone(),
        min_group: a.min_group,
        sample: a.sample,
        resamples: a.resamples,
        seed: a.seed,
    };
    let full =
        analysis::cohort(&reports, &options).map_err(|e| options_or_inputs(e, &sources, None))?;
    let c = if a.ranks { full } else { full.publishable() };
    let labels: Vec<String> = sources.iter().map(Source::label).collect();
    let names = render::Names::new(fw, lang);
    let out = a.output.as_deref();
    match (a.format, reports.first()) {
        (CohortFormat::Json, _) | (_, None) => emit(out, &json_text(&c), lang)?,
        (CohortFormat::Csv, Some(r)) => emit(out, &render::cohort_csv(&c, r, &labels), lang)?,
        (f, Some(r)) => emit_human(
            out,
            &render::cohort(&c, r, &labels, &names, f == CohortFormat::Markdown),
            lang,
        )?,
    }
    if a.ranks {
        say(&lang.t("cli-cohort-ranks-note", &[]));
    }
    Ok(0)
}

pub(crate) fn reliability(
    fw: &Framework,
    a: ReliabilityArgs,
    lang: Lang,
    unknown: UnknownRule,
) -> Result<u8, Failure> {
    let (sources, reports) = load(&a.inputs, lang, |p| reports_of(fw, p, lang, unknown))?;
    let rel = analysis::reliability(&reports).map_err(|e| attribute(&e, &sources, None))?;
    let names = render::Names::new(fw, lang);
    let out = a.output.as_deref();
    match (a.format, reports.first()) {
        (Format::Json, _) | (_, None) => emit(out, &json_text(&rel), lang)?,
        (f, Some(r)) => emit_human(
            out,
            &render::reliability(&rel, r, a.items, &names, f == Format::Markdown),
            lang,
        )?,
    }
    Ok(0)
}

pub(crate) fn series(
    fw: &Framework,
    a: SeriesArgs,
    lang: Lang,
    unknown: UnknownRule,
) -> Result<u8, Failure> {
    let (sources, reports) = load(&a.inputs, lang, |p| reports_of(fw, p, lang, unknown))?;
    let s = analysis::series(&reports).map_err(|e| attribute(&e, &sources, None))?;
    let out = a.output.as_deref();
    match (a.format, reports.first()) {
        (SeriesFormat::Json, _) | (_, None) => emit(out, &json_text(&s), lang)?,
        (SeriesFormat::Csv, Some(_)) => emit(out, &render::series_csv(&s), lang)?,
        (SeriesFormat::Table, Some(r)) => {
            emit_human(out, &render::series_table(&s, r, lang), lang)?;
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_told_from_assessments() {
        assert!(is_report(
            r#"{"schema_version": "1", "overall": {}, "domains": []}"#
        ));
        assert!(!is_report(r#"{"answers": {}, "overall": 1}"#));
        assert!(!is_report(r#"{"answers": {}}"#));
        assert!(!is_report("{"));
        assert!(!is_report("[1]"));
    }

    #[test]
    fn errors_are_moved_to_their_input() {
        let sources = [Source::file("a.json"), Source::file("b.json")];
        let e = Error::Input(vec![Diagnostic::error("x.y", "/1/unit/id", "m")]);
        match attribute(&e, &sources, None) {
            Failure::Document(file, e) => {
                assert_eq!(file, "b.json");
                assert_eq!(e.path(), "/unit/id");
            }
            _ => unreachable!("one located diagnostic"),
        }
        let e = Error::Input(vec![Diagnostic::error(
            "x.y",
            "/consensus/a.b.c/level",
            "m",
        )]);
        match attribute(&e, &sources, Some(Path::new("c.json"))) {
            Failure::Document(file, e) => {
                assert_eq!(file, "c.json");
                assert_eq!(e.path(), "/a.b.c/level");
            }
            _ => unreachable!("one located diagnostic"),
        }
    }
}
