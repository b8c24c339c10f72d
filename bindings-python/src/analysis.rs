//! The analyses of many assessments and reports (`lhs_maturity.pool`, `agreement`, `compare`,
//! `series`, `cohort`, `reliability`) and the matrix statistics of `lhs_maturity.stats`.
//!
//! Only conversion: Python values become the core's types (assessments, reports, options, rating
//! matrices), the core computes, and its result comes back as plain dicts and lists. Every
//! number and every decision (pooled levels, agreement, suppression, ranks) is the core's.

use crate::convert::{ser_to_py, text_of, to_py, to_value, type_name};
use crate::doc::Doc;
use crate::errors::{guard, to_py_err};
use crate::framework::PyFramework;
use crate::report::PyReport;
use lhs_maturity::analysis::{
    self, Cohort, CohortOptions, Estimate, Listed, Metric, PoolMethod, PoolOptions, RatingItem,
    Scalar, Table,
};
use lhs_maturity::{
    Assessment, Diagnostic, DocumentShape, Error, Framework, OptionReader, Part, Report,
    ScoreOptions,
};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use serde_json::Value;
use std::collections::BTreeMap;

/// The framework given to the call, if any (`None`: the built-in one, in the version each
/// assessment names).
fn framework_of(fw: Option<PyRef<'_, PyFramework>>) -> Option<Framework> {
    fw.map(|f| f.inner.clone())
}

/// The framework and the assessments of a call: every assessment read and checked against the
/// framework given, else the built-in version the first readable one names, with every problem
/// of every assessment at once (the core's `Framework::builtin_for_list` and `check_list`).
fn checked_list(
    fw: Option<Framework>,
    docs: &[Doc],
) -> Result<(Framework, Vec<Assessment>), ItemError> {
    let read = lhs_maturity::parallel::map(docs, Doc::read);
    let fw = match fw {
        Some(f) => f,
        None => Framework::builtin_for_list(&read).map_err(ItemError::at)?,
    };
    let list = fw.check_list(read).map_err(ItemError::at)?;
    Ok((fw, list))
}

/// An error of one input of a list, located, with its position in `index` (as `score_many`).
pub(crate) struct ItemError {
    index: Option<usize>,
    error: Error,
}

impl ItemError {
    fn whole(error: Error) -> Self {
        Self { index: None, error }
    }

    /// The errors of a list (`Error::collect`), with the index of the first item that failed.
    fn at((index, error): (usize, Error)) -> Self {
        Self {
            index: Some(index),
            error,
        }
    }

    pub(crate) fn into_py(self, py: Python<'_>) -> PyErr {
        let exc = to_py_err(py, &self.error);
        if let Some(i) = self.index {
            // The exception is ours (LhsError): setting `index` cannot fail.
            let _ = exc.value(py).setattr("index", i);
        }
        exc
    }
}

/// The core's error of an option, located at this binding's parameter name instead of the
/// core's (`/metric` → `/level_of_measurement`).
fn at_parameter(mut e: Error, path: &str) -> Error {
    if let Error::Input(list) = &mut e {
        for d in list {
            d.path = path.to_string();
        }
    }
    e
}

/// The items of the list argument `name` (of `what`: `assessments`, `reports`, `ratings`); a
/// single document (a dict, text, a path, a report) or another type is the core's
/// `argument.invalid_type` (an `ArgumentError`), with advice for a path or a single document.
fn list_items<'py>(
    obj: &Bound<'py, PyAny>,
    name: &str,
    what: &str,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let wrong = |example: Option<&str>| {
        let e = Error::document_argument(name, what, &type_name(obj));
        let e = match example {
            Some(x) => e.with_value("hint", "instead").with_value("example", x),
            None => e,
        };
        to_py_err(obj.py(), &e)
    };
    if obj.hasattr("__fspath__")? {
        return Err(wrong(Some("sorted(folder.glob(\"*.json\"))")));
    }
    if text_of(obj).is_some()
        || obj.is_instance_of::<PyDict>()
        || obj.cast::<PyMapping>().is_ok()
        || obj.is_instance_of::<PyReport>()
    {
        let one = format!("[{}]", what.trim_end_matches('s'));
        return Err(wrong(Some(&one)));
    }
    obj.try_iter().map_err(|_| wrong(None))?.collect()
}

// ---- assessments ----------------------------------------------------------------------------

/// The assessment at `index` of a list given to `pool`, `agreement` or the long format,
/// converted while the GIL is held; a report is `argument.invalid_type` (they take the answers).
fn assessment_doc(index: usize, obj: &Bound<'_, PyAny>) -> PyResult<Doc> {
    let part = Some(Part::Assessment(index));
    if obj.is_instance_of::<PyReport>() {
        let e = Error::document_argument("assessment", "document", "Report");
        return Err(to_py_err(obj.py(), &e.within(Part::Assessment(index))));
    }
    Doc::extract_in(obj, "assessment", part)
}

pub(crate) fn assessment_docs(obj: &Bound<'_, PyAny>) -> PyResult<Vec<Doc>> {
    list_items(obj, "assessments", "assessments")?
        .iter()
        .enumerate()
        .map(|(i, o)| assessment_doc(i, o))
        .collect()
}

/// The pooling options of the keyword arguments, read by the core: the method's name
/// (`PoolMethod::from_str`) and the consensus document (`PoolOptions::consensus_from_json`,
/// whose paths are then located under `/consensus`). The core checks the consensus against the
/// framework when it pools.
fn pool_options(
    method: &Bound<'_, PyAny>,
    allow_mismatch: bool,
    consensus: Option<&Bound<'_, PyAny>>,
) -> PyResult<Result<PoolOptions, Error>> {
    let method = match to_value(method)? {
        Value::String(s) => s.parse::<PoolMethod>(),
        other => other.to_string().parse::<PoolMethod>(),
    };
    let consensus = match consensus {
        Some(c) if !c.is_none() => {
            let text = serde_json::to_string(&to_value(c)?)
                .map_err(|e| PyValueError::new_err(e.to_string()))?;
            PoolOptions::consensus_from_json(&text)
                .map_err(|e| e.within(Part::Member("/consensus")))
        }
        _ => Ok(BTreeMap::new()),
    };
    Ok(match (method, consensus) {
        (Ok(method), Ok(consensus)) => Ok(PoolOptions {
            method,
            allow_mismatch,
            consensus,
        }),
        (m, c) => {
            let details = [m.err(), c.err()]
                .into_iter()
                .flatten()
                .flat_map(|e| e.details().to_vec())
                .collect();
            Err(Error::Input(details))
        }
    })
}

/// The core's tables as Python takes them, column by column: `[(name, [(column, kind,
/// values)])]` (`lhs_maturity._analysis` makes DataFrames or rows of them).
pub(crate) fn tables_to_py<'py>(py: Python<'py>, tables: &[Table]) -> PyResult<Bound<'py, PyAny>> {
    let out = PyList::empty(py);
    for t in tables {
        let columns = PyList::empty(py);
        for c in &t.columns {
            let values = PyList::empty(py);
            for v in &c.values {
                values.append(to_py(py, v)?)?;
            }
            columns.append((c.name.as_str(), ser_to_py(py, &c.kind)?, values))?;
        }
        out.append((t.name.as_str(), columns))?;
    }
    Ok(out.into_any())
}

/// A result document and its tables, as a tuple `(document, tables)`.
fn with_tables<'py, T: serde::Serialize>(
    py: Python<'py>,
    doc: &T,
    tables: &[Table],
) -> PyResult<Bound<'py, PyAny>> {
    Ok(PyTuple::new(py, [ser_to_py(py, doc)?, tables_to_py(py, tables)?])?.into_any())
}

/// `lhs_maturity.pool`: the core's `Framework::pool`, its result as a dict with its tables.
#[pyfunction]
#[pyo3(signature = (framework, assessments, method, allow_mismatch, consensus))]
pub fn _pool<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    assessments: &Bound<'py, PyAny>,
    method: &Bound<'py, PyAny>,
    allow_mismatch: bool,
    consensus: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let options = pool_options(method, allow_mismatch, consensus)?;
        let docs = assessment_docs(assessments)?;
        let result = py.detach(|| {
            let options = options.map_err(ItemError::whole)?;
            let (fw, list) = checked_list(fw, &docs)?;
            fw.pool(&list, &options).map_err(ItemError::whole)
        });
        match result {
            Ok(r) => with_tables(py, &r, &r.tables()),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

/// `lhs_maturity.pool_bootstrap`: the core's `Framework::pool_bootstrap`, its result as a dict
/// with its table (`nodes`, with the nodes' names and depths).
#[pyfunction]
#[pyo3(signature = (framework, assessments, method, allow_mismatch, consensus, resamples, seed, level))]
#[expect(
    clippy::too_many_arguments,
    reason = "the keyword arguments of the Python function"
)]
pub fn _pool_bootstrap<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    assessments: &Bound<'py, PyAny>,
    method: &Bound<'py, PyAny>,
    allow_mismatch: bool,
    consensus: Option<&Bound<'py, PyAny>>,
    resamples: usize,
    seed: u64,
    level: f64,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let pool = pool_options(method, allow_mismatch, consensus)?;
        let docs = assessment_docs(assessments)?;
        let result = py.detach(|| {
            let pool = pool.map_err(ItemError::whole)?;
            let options = analysis::BootstrapOptions {
                pool,
                resamples,
                seed,
                level,
            };
            let (fw, list) = checked_list(fw, &docs)?;
            let r = fw
                .pool_bootstrap(&list, &options)
                .map_err(ItemError::whole)?;
            let names = analysis::NodeNames::of_framework(&fw, "en");
            let table = r.table(Some(&names));
            Ok::<_, ItemError>((r, table))
        });
        match result {
            Ok((r, t)) => with_tables(py, &r, &[t]),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

/// `lhs_maturity.agreement`: the core's `Framework::agreement`, as its table.
#[pyfunction]
#[pyo3(signature = (framework, assessments))]
pub fn _agreement<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    assessments: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let docs = assessment_docs(assessments)?;
        let result = py.detach(|| {
            let (fw, list) = checked_list(fw, &docs)?;
            fw.agreement(&list).map_err(ItemError::whole)
        });
        match result {
            Ok(r) => tables_to_py(py, &[analysis::agreement_table(&r)]),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

// ---- reports --------------------------------------------------------------------------------

/// A report as the analyses take it: a `Report` object, or a document read (or scored) later
/// without the GIL.
pub(crate) enum ReportInput {
    Ready(Box<Report>),
    Doc(Doc),
}

/// The report argument `name` (or the report at `index` of a list): a `Report`, a report
/// document, or an assessment to score; anything else is `argument.invalid_type`.
fn report_input(obj: &Bound<'_, PyAny>, name: &str, index: Option<usize>) -> PyResult<ReportInput> {
    if let Ok(r) = obj.cast::<PyReport>() {
        return Ok(ReportInput::Ready(Box::new(r.get().report().clone())));
    }
    let document = text_of(obj).is_some()
        || obj.is_none()
        || obj.cast::<PyMapping>().is_ok()
        || obj.is_instance_of::<PyList>()
        || obj.is_instance_of::<PyTuple>()
        || obj.is_instance_of::<PyBool>()
        || obj.is_instance_of::<PyInt>()
        || obj.is_instance_of::<PyFloat>()
        || obj.hasattr("__fspath__")?;
    if !document {
        let e = Error::document_argument(name, "report", &type_name(obj));
        let e = match index {
            Some(i) => e.within(Part::Report(i)),
            None => e,
        };
        return Err(to_py_err(obj.py(), &e));
    }
    Doc::extract_in(obj, name, index.map(Part::Report)).map(ReportInput::Doc)
}

/// The framework that scores an assessment given in place of a report: the one given, else the
/// built-in version the assessment names (the core's `Framework::builtin_for`). For a report, or
/// a document that cannot be read as an assessment, the latest built-in one (the core's reading
/// then says what is wrong with the document).
fn scoring_framework(doc: &Doc, fw: Option<&Framework>) -> Result<Framework, Error> {
    if let Some(f) = fw {
        return Ok(f.clone());
    }
    let of_text = |t: &str| {
        (DocumentShape::of_json(t) == DocumentShape::Assessment)
            .then(|| Assessment::from_json(t).ok())
            .flatten()
    };
    let assessment = match doc {
        Doc::Value(v) => (DocumentShape::of_value(v) == DocumentShape::Assessment)
            .then(|| Assessment::from_value(v).ok())
            .flatten(),
        Doc::Text(t) => of_text(t),
        Doc::Path(p) => lhs_maturity::read_text_file(p, lhs_maturity::Document::Assessment)
            .ok()
            .and_then(|t| of_text(&t)),
        Doc::Plain(t) => of_text(t),
        Doc::BadEncoding(_) => None,
    };
    match assessment {
        Some(a) => Framework::builtin_for(&a).map(|(f, _)| f),
        None => Ok(Framework::builtin()),
    }
}

/// The core's report of one input (`Framework::report_of_value / _json / _path`): a report read
/// back, or an assessment scored with the framework (see `scoring_framework`).
fn read_report(input: &ReportInput, fw: Option<&Framework>) -> Result<Report, Error> {
    let doc = match input {
        ReportInput::Ready(r) => return Ok((**r).clone()),
        ReportInput::Doc(doc) => doc,
    };
    let options = ScoreOptions::default();
    let fw = &scoring_framework(doc, fw)?;
    match doc {
        Doc::Value(v) => fw.report_of_value(v, &options),
        Doc::Plain(t) => fw.report_of_value(&crate::doc::plain_value(t), &options),
        Doc::Text(t) => fw.report_of_json(t, &options),
        Doc::Path(p) => fw.report_of_path(p, &options),
        Doc::BadEncoding(pos) => Err(lhs_maturity::encoding_error(
            lhs_maturity::Document::Report,
            *pos,
        )),
    }
}

pub(crate) fn report_inputs(obj: &Bound<'_, PyAny>) -> PyResult<Vec<ReportInput>> {
    list_items(obj, "reports", "reports")?
        .iter()
        .enumerate()
        .map(|(i, o)| report_input(o, "report", Some(i)))
        .collect()
}

pub(crate) fn read_reports(
    inputs: &[ReportInput],
    fw: Option<&Framework>,
) -> Result<Vec<Report>, ItemError> {
    let read = lhs_maturity::parallel::map(inputs, |x| read_report(x, fw));
    Error::collect(read, Part::Report).map_err(ItemError::at)
}

/// `lhs_maturity.compare`: the core's `analysis::compare`, as a dict with its tables.
#[pyfunction]
#[pyo3(signature = (framework, before, after))]
pub fn _compare<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    before: &Bound<'py, PyAny>,
    after: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let (b, a) = (
            report_input(before, "before", None)?,
            report_input(after, "after", None)?,
        );
        let result = py.detach(|| {
            let b = read_report(&b, fw.as_ref()).map_err(|e| e.within(Part::Argument("before")))?;
            let a = read_report(&a, fw.as_ref()).map_err(|e| e.within(Part::Argument("after")))?;
            Ok::<_, Error>(analysis::compare(&b, &a))
        });
        match result {
            Ok(r) => with_tables(py, &r, &r.tables()),
            Err(e) => Err(to_py_err(py, &e)),
        }
    })
}

/// Reads the report inputs (reports, report documents, or assessments to score) and applies a
/// core analysis to them with the GIL released; its result as a dict with its tables.
fn on_reports<'py, T: serde::Serialize + Send, const N: usize>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    reports: &Bound<'py, PyAny>,
    analyse: impl Fn(&[Report]) -> Result<T, Error> + Send + Sync,
    tables: impl Fn(&T) -> [Table; N] + Send + Sync,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let inputs = report_inputs(reports)?;
        let result = py.detach(|| {
            let list = read_reports(&inputs, fw.as_ref())?;
            let r = analyse(&list).map_err(ItemError::whole)?;
            let t = tables(&r);
            Ok::<_, ItemError>((r, t))
        });
        match result {
            Ok((r, t)) => with_tables(py, &r, &t),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

/// `lhs_maturity.series`: the core's `analysis::series`, as a dict with its table.
#[pyfunction]
#[pyo3(signature = (framework, reports))]
pub fn _series<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    reports: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    on_reports(py, framework, reports, analysis::series, |s| [s.table()])
}

/// The options of `cohort`, read by the core's `OptionReader` as the JavaScript binding reads
/// them: `group_by` (a unit label or None) and `min_group` (a whole number ≥ 0), every problem
/// at once at `/group_by` and `/min_group`.
fn cohort_options(
    group_by: Option<&Bound<'_, PyAny>>,
    min_group: &Bound<'_, PyAny>,
    sampling: &Bound<'_, PyAny>,
) -> PyResult<Result<CohortOptions, Error>> {
    let mut given = serde_json::Map::new();
    if let Some(g) = group_by {
        given.insert("group_by".to_owned(), to_value(g)?);
    }
    given.insert("min_group".to_owned(), to_value(min_group)?);
    if let Value::Object(m) = to_value(sampling)? {
        given.extend(m);
    }
    let mut o = OptionReader::new(
        &Value::Object(given),
        &["group_by", "min_group", "sample", "resamples", "seed"],
        "group_by=\"region\"",
    );
    let defaults = CohortOptions::default();
    let options = CohortOptions {
        group_by: o.string("group_by"),
        min_group: o
            .whole_number("min_group")
            .map_or(defaults.min_group, |n| n as usize),
        sample: o.bool("sample").unwrap_or(defaults.sample),
        resamples: o
            .whole_number("resamples")
            .map_or(defaults.resamples, |n| n as usize),
        seed: o.whole_number("seed").map_or(defaults.seed, u64::from),
    };
    Ok(o.finish().map(|()| options))
}

/// `lhs_maturity.cohort`: the core's `analysis::cohort` (and `Cohort::publishable`), as a dict
/// with its tables.
#[pyfunction]
#[pyo3(signature = (framework, reports, group_by, min_group, publishable, sampling))]
pub fn _cohort<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    reports: &Bound<'py, PyAny>,
    group_by: Option<&Bound<'py, PyAny>>,
    min_group: &Bound<'py, PyAny>,
    publishable: bool,
    sampling: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let options = cohort_options(group_by, min_group, sampling)?;
        let inputs = report_inputs(reports)?;
        let result = py.detach(|| {
            let options = options.map_err(ItemError::whole)?;
            let list = read_reports(&inputs, fw.as_ref())?;
            let c = analysis::cohort(&list, &options).map_err(ItemError::whole)?;
            Ok::<_, ItemError>(if publishable { c.publishable() } else { c })
        });
        match result {
            Ok(r) => with_tables(py, &r, &r.tables(None)),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

/// `Cohort.publishable()`: the core's `Cohort::publishable` of a cohort document, with its
/// tables.
#[pyfunction]
pub fn _cohort_publishable<'py>(
    py: Python<'py>,
    cohort: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let value = to_value(cohort)?;
        let c: Cohort = serde_json::from_value(value).map_err(|e| {
            to_py_err(
                py,
                &Error::Input(vec![Diagnostic::error(
                    "input.invalid_cohort",
                    "",
                    format!("this is not a cohort summary of lhs-maturity: {e}"),
                )]),
            )
        })?;
        let c = c.publishable();
        with_tables(py, &c, &c.tables(None))
    })
}

/// `lhs_maturity.reliability`: the core's `analysis::reliability`, as a dict with its tables.
#[pyfunction]
#[pyo3(signature = (framework, reports))]
pub fn _reliability<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    reports: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    on_reports(py, framework, reports, analysis::reliability, |r| {
        r.tables(None)
    })
}

// ---- long format and content validity ---------------------------------------------------------

/// Reads the assessments and checks each against the framework (the core's
/// `Framework::check_list`, as the command line's `export` does): every problem of every
/// assessment at once, located at its position.
pub(crate) fn read_valid_assessments(
    fw: &Framework,
    docs: &[Doc],
) -> Result<Vec<Assessment>, ItemError> {
    fw.check_list(lhs_maturity::parallel::map(docs, Doc::read))
        .map_err(ItemError::at)
}

/// `Framework.long_format`: the core's `Framework::long_rows`, as its table.
#[pyfunction]
pub fn _long_rows<'py>(
    py: Python<'py>,
    framework: PyRef<'py, PyFramework>,
    assessments: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework.inner.clone();
        let docs = assessment_docs(assessments)?;
        let result = py.detach(|| read_valid_assessments(&fw, &docs).map(|l| fw.long_rows(&l)));
        match result {
            Ok(r) => tables_to_py(py, &[analysis::long_table(&r)]),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

/// One relevance rating (a dict) in the core's neutral form: its three fields (`Missing` when
/// absent) or its `repr`. Only conversion: the core reads the fields (`content_validity_of`).
fn rating_item(item: &Bound<'_, PyAny>) -> PyResult<RatingItem> {
    let Ok(map) = item.cast::<PyMapping>() else {
        return Ok(RatingItem::Other(item.repr()?.to_string()));
    };
    let field = |key: &str| -> PyResult<Scalar> {
        if map.contains(key)? {
            scalar(&map.get_item(key)?)
        } else {
            Ok(Scalar::Missing)
        }
    };
    Ok(RatingItem::Fields {
        expert: field("expert")?,
        indicator: field("indicator")?,
        relevance: field("relevance")?,
    })
}

/// `Framework.content_validity`: the core's `Framework::content_validity` of a list of ratings
/// (dicts; a DataFrame's rows, with its `columns`), as a dict with its table.
#[pyfunction]
#[pyo3(signature = (framework, ratings, columns = None))]
pub fn _content_validity<'py>(
    py: Python<'py>,
    framework: PyRef<'py, PyFramework>,
    ratings: &Bound<'py, PyAny>,
    columns: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework.inner.clone();
        if let Some(columns) = columns {
            analysis::rating_columns(&columns).map_err(|e| to_py_err(py, &e))?;
        }
        let items = list_items(ratings, "ratings", "ratings")?
            .iter()
            .map(rating_item)
            .collect::<PyResult<Vec<_>>>()?;
        let result = py.detach(|| fw.content_validity_of(items));
        match result {
            Ok(r) => with_tables(py, &r, &[r.table()]),
            Err(e) => Err(to_py_err(py, &e)),
        }
    })
}

// ---- matrix statistics ----------------------------------------------------------------------

/// One Python value in the core's neutral form: `None`, a number (a float, an int, a NumPy
/// scalar: anything with `__float__` but a bool), text, or anything else as its `repr`. Only
/// conversion: the core says what is missing and what is invalid.
fn scalar(obj: &Bound<'_, PyAny>) -> PyResult<Scalar> {
    Ok(if obj.is_none() {
        Scalar::Missing
    } else if let Ok(s) = obj.cast::<PyString>() {
        Scalar::Text(s.to_string_lossy().into_owned())
    } else if let (false, Ok(x)) = (obj.is_instance_of::<PyBool>(), obj.extract::<f64>()) {
        Scalar::Number(x)
    } else {
        Scalar::Other(obj.repr()?.to_string())
    })
}

/// A Python value that should be a list (any iterable but text and dicts), its items converted.
fn listed<T>(
    obj: &Bound<'_, PyAny>,
    item: impl Fn(&Bound<'_, PyAny>) -> PyResult<T>,
) -> PyResult<Listed<T>> {
    if text_of(obj).is_some() || obj.cast::<PyMapping>().is_ok() {
        return Ok(Listed::Other(obj.repr()?.to_string()));
    }
    match obj.try_iter() {
        Ok(items) => Ok(Listed::List(
            items.map(|x| item(&x?)).collect::<PyResult<_>>()?,
        )),
        Err(_) => Ok(Listed::Other(obj.repr()?.to_string())),
    }
}

/// A two-dimensional array-like (a list of rows; NumPy arrays and DataFrames are turned into
/// lists by the Python side) read by the core (`analysis::rating_matrix`).
fn matrix(data: &Bound<'_, PyAny>) -> PyResult<Result<Vec<Vec<Option<f64>>>, Error>> {
    Ok(analysis::rating_matrix(listed(data, |row| {
        listed(row, scalar)
    })?))
}

type EstimateTuple = (Option<f64>, Option<String>);

fn estimate(e: Estimate) -> EstimateTuple {
    (e.value, e.note)
}

/// `lhs_maturity.stats.krippendorff_alpha`: the core's `analysis::krippendorff_alpha` of
/// `data[rater][unit]`: `(value, note, pairable units)`.
#[pyfunction]
pub fn _krippendorff_alpha(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    level_of_measurement: &Bound<'_, PyAny>,
) -> PyResult<(Option<f64>, Option<String>, usize)> {
    guard(py, || {
        // The core's one error for a metric it does not compute, at this function's
        // parameter name.
        let metric = match level_of_measurement.extract::<String>() {
            Ok(name) => name.parse::<Metric>(),
            Err(_) => level_of_measurement.repr()?.to_string().parse::<Metric>(),
        }
        .map_err(|e| to_py_err(py, &at_parameter(e, "/level_of_measurement")))?;
        let data = matrix(data)?.map_err(|e| to_py_err(py, &e))?;
        let (alpha, units) = py.detach(|| analysis::krippendorff_alpha(&data, metric));
        let (value, note) = estimate(alpha);
        Ok((value, note, units))
    })
}

/// `lhs_maturity.stats.icc`: the core's `analysis::icc2` of `data[rater][unit]`:
/// `(ICC(2,1), ICC(2,k), units used)`.
#[pyfunction]
pub fn _icc2(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
) -> PyResult<(EstimateTuple, EstimateTuple, usize)> {
    guard(py, || {
        let data = matrix(data)?.map_err(|e| to_py_err(py, &e))?;
        let (single, average, units) = py.detach(|| analysis::icc2(&data));
        Ok((estimate(single), estimate(average), units))
    })
}

/// `lhs_maturity.stats.cronbach_alpha`: the core's `analysis::cronbach_alpha_listwise` of
/// `data[unit][item]` (a row with a missing value is left out): `(value, note, units used)`.
#[pyfunction]
pub fn _cronbach_alpha(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
) -> PyResult<(Option<f64>, Option<String>, usize)> {
    guard(py, || {
        let data = matrix(data)?.map_err(|e| to_py_err(py, &e))?;
        let (alpha, used) = py.detach(|| analysis::cronbach_alpha_listwise(&data));
        let (value, note) = estimate(alpha);
        Ok((value, note, used))
    })
}

/// Adds the functions of this module to the native module.
/// `lhs_maturity.robustness`: the core's `Framework::robustness` of the assessments (labelled
/// by `labels`, else the core's `unit_labels`, else their positions), with its units table.
/// The options are the dict `_analysis.py` builds from typed keyword arguments.
#[pyfunction]
#[pyo3(signature = (framework, assessments, labels, options))]
pub fn _robustness<'py>(
    py: Python<'py>,
    framework: Option<PyRef<'py, PyFramework>>,
    assessments: &Bound<'py, PyAny>,
    labels: Option<Vec<String>>,
    options: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    guard(py, || {
        let fw = framework_of(framework);
        let options = analysis::RobustnessOptions::from_options(&to_value(options)?, false)
            .map_err(|e| to_py_err(py, &e))?;
        let docs = assessment_docs(assessments)?;
        if labels.as_ref().is_some_and(|l| l.len() != docs.len()) {
            return Err(PyValueError::new_err("one label per assessment"));
        }
        let result = py.detach(|| {
            let (fw, list) = checked_list(fw, &docs)?;
            let labels = labels
                .or_else(|| analysis::unit_labels(&list))
                .unwrap_or_else(|| (0..list.len()).map(|i| i.to_string()).collect());
            let units: Vec<(String, Assessment)> = labels.into_iter().zip(list).collect();
            fw.robustness(&units, &options).map_err(ItemError::whole)
        });
        match result {
            Ok(r) => with_tables(py, &r, &[r.units_table(), r.sensitivity_table()]),
            Err(e) => Err(e.into_py(py)),
        }
    })
}

/// `RobustnessResult.to_markdown`, `.to_html` and `.interval_chart`: the core's renderings of a
/// robustness result (`format`: `markdown`, `html` or `svg`) in the language `lang`.
#[pyfunction]
#[pyo3(signature = (result, format, lang))]
pub fn _robustness_render(
    py: Python<'_>,
    result: &Bound<'_, PyAny>,
    format: &str,
    lang: &str,
) -> PyResult<String> {
    guard(py, || {
        let text = serde_json::to_string(&to_value(result)?)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let r = analysis::Robustness::from_json(&text).map_err(|e| to_py_err(py, &e))?;
        Ok(match format {
            "html" => r.to_html(lang),
            "svg" => r.interval_chart(lang),
            _ => r.to_markdown(lang),
        })
    })
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_robustness, m)?)?;
    m.add_function(wrap_pyfunction!(_robustness_render, m)?)?;
    m.add_function(wrap_pyfunction!(_pool, m)?)?;
    m.add_function(wrap_pyfunction!(_pool_bootstrap, m)?)?;
    m.add_function(wrap_pyfunction!(_agreement, m)?)?;
    m.add_function(wrap_pyfunction!(_compare, m)?)?;
    m.add_function(wrap_pyfunction!(_series, m)?)?;
    m.add_function(wrap_pyfunction!(_cohort, m)?)?;
    m.add_function(wrap_pyfunction!(_cohort_publishable, m)?)?;
    m.add_function(wrap_pyfunction!(_reliability, m)?)?;
    m.add_function(wrap_pyfunction!(_krippendorff_alpha, m)?)?;
    m.add_function(wrap_pyfunction!(_icc2, m)?)?;
    m.add_function(wrap_pyfunction!(_cronbach_alpha, m)?)?;
    m.add_function(wrap_pyfunction!(_long_rows, m)?)?;
    m.add_function(wrap_pyfunction!(_content_validity, m)?)?;
    m.add("DEFAULT_MIN_GROUP", analysis::DEFAULT_MIN_GROUP)?;
    Ok(())
}
