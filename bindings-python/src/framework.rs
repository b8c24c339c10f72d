//! `lhs_maturity.Framework`: the validated model, shared freely between threads.

use crate::convert::{ser_to_py, text_of, to_value};
use crate::doc::Doc;
use crate::errors::{guard, py_err, to_py_err};
use crate::report::PyReport;
use lhs_maturity::{Diagnostic, Error, Framework, ScoreOptions};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use std::path::PathBuf;

/// A maturity framework: the indicators, their levels and weights, validated once.
///
/// Load the built-in framework with `Framework.builtin()`, or your own with
/// `Framework.from_path`, `Framework.from_json` or `Framework.from_dict`. A framework is
/// immutable and can be shared between threads; scoring releases the GIL.
///
/// Example:
///     >>> import lhs_maturity
///     >>> fw = lhs_maturity.Framework.builtin()
///     >>> fw.id, fw.version
///     ('lhs-2021', '1.0.0')
///     >>> report = fw.score({"answers": {"inst.info.routine_data": 2}})
///     >>> report.overall["score"]
///     2.0
#[pyclass(frozen, module = "lhs_maturity", name = "Framework")]
pub struct PyFramework {
    pub inner: Framework,
}

/// Scoring options from the keyword arguments.
fn options(default_target: Option<&Bound<'_, PyAny>>, language: &str) -> PyResult<ScoreOptions> {
    let default_target = match default_target {
        None => None,
        Some(t) if t.is_none() => None,
        Some(t) => {
            let bad = || {
                PyValueError::new_err(format!(
                    "default_target must be a whole number >= 0 or None, not {}",
                    t.repr().map_or_else(|_| "?".to_owned(), |r| r.to_string())
                ))
            };
            if t.is_instance_of::<pyo3::types::PyBool>() {
                return Err(bad());
            }
            Some(t.extract::<u32>().map_err(|_| bad())?)
        }
    };
    Ok(ScoreOptions {
        language: language.to_owned(),
        default_target,
        ..ScoreOptions::default()
    })
}

fn framework_text_error(pos: usize) -> Error {
    Error::Framework(vec![Diagnostic::error(
        "framework.invalid_encoding",
        "",
        format!("the bytes are not UTF-8 text (invalid byte at position {pos})"),
    )])
}

/// The columns of a DataFrame that are not indicators.
const META_COLUMNS: [&str; 3] = ["unit_id", "period", "respondent_id"];

#[pymethods]
impl PyFramework {
    /// The built-in framework `lhs-2021` (WHO/AHPSR 2021 learning health systems), 69 indicators.
    ///
    /// Returns:
    ///     Framework: the framework, compiled into the library (loaded once per process).
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.builtin().id
    ///     'lhs-2021'
    #[staticmethod]
    fn builtin(py: Python<'_>) -> PyResult<Self> {
        guard(py, || {
            Ok(Self {
                inner: Framework::builtin(),
            })
        })
    }

    /// Loads and validates a framework from JSON text.
    ///
    /// Args:
    ///     text (str | bytes): the framework document (`spec/schema/framework.schema.json`).
    ///
    /// Returns:
    ///     Framework: the validated framework.
    ///
    /// Raises:
    ///     FrameworkError: the document is not a valid framework; `details` lists every problem.
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.from_json("{}")
    ///     Traceback (most recent call last):
    ///     ...
    ///     lhs_maturity.FrameworkError: invalid framework: 5 errors, the first: ...
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Self> {
        guard(py, || {
            let text = match text_of(text) {
                Some(Ok(t)) => t,
                Some(Err(pos)) => return Err(to_py_err(py, &framework_text_error(pos))),
                None => return Err(PyTypeError::new_err(
                    "Framework.from_json takes JSON text (str or bytes); use from_dict for a dict",
                )),
            };
            let inner = py
                .detach(|| Framework::from_json(&text))
                .map_err(py_err(py))?;
            Ok(Self { inner })
        })
    }

    /// Loads and validates a framework from a dict (the parsed framework document).
    ///
    /// Args:
    ///     spec (dict): the framework document, as `json.load` returns it.
    ///
    /// Returns:
    ///     Framework: the validated framework.
    ///
    /// Raises:
    ///     FrameworkError: the document is not a valid framework.
    ///     TypeError: `spec` holds values that JSON cannot represent.
    ///
    /// Example:
    ///     >>> spec = lhs_maturity.Framework.builtin().to_dict()
    ///     >>> lhs_maturity.Framework.from_dict(spec).version
    ///     '1.0.0'
    #[staticmethod]
    fn from_dict(py: Python<'_>, spec: &Bound<'_, PyAny>) -> PyResult<Self> {
        guard(py, || {
            let value = to_value(spec)?;
            let inner = py
                .detach(|| Framework::from_value(&value))
                .map_err(py_err(py))?;
            Ok(Self { inner })
        })
    }

    /// Reads and validates a framework file (JSON).
    ///
    /// Args:
    ///     path (str | os.PathLike): the file.
    ///
    /// Returns:
    ///     Framework: the validated framework.
    ///
    /// Raises:
    ///     FrameworkError: the file cannot be read (`framework.unreadable`) or is invalid.
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.from_path("no/such/file.json")
    ///     Traceback (most recent call last):
    ///     ...
    ///     lhs_maturity.FrameworkError: invalid framework: error[framework.unreadable]: ...
    #[staticmethod]
    fn from_path(py: Python<'_>, path: PathBuf) -> PyResult<Self> {
        guard(py, || {
            let inner = py
                .detach(|| Framework::from_path(&path))
                .map_err(py_err(py))?;
            Ok(Self { inner })
        })
    }

    /// The framework id, e.g. `'lhs-2021'`.
    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    /// The framework version, e.g. `'1.0.0'`.
    #[getter]
    fn version(&self) -> &str {
        self.inner.version()
    }

    /// The highest level of the scale (4 for the built-in framework).
    #[getter]
    fn max_level(&self) -> u32 {
        self.inner.max_level()
    }

    /// The framework document as a dict (round-trips through `Framework.from_dict`).
    ///
    /// Returns:
    ///     dict: the framework document.
    ///
    /// Example:
    ///     >>> len(lhs_maturity.Framework.builtin().to_dict()["domains"])
    ///     4
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || ser_to_py(py, self.inner.spec()))
    }

    /// The framework document as JSON text.
    ///
    /// Returns:
    ///     str: the framework document, pretty-printed.
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.builtin().to_json().startswith("{")
    ///     True
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        guard(py, || {
            serde_json::to_string_pretty(self.inner.spec())
                .map_err(|e| PyValueError::new_err(e.to_string()))
        })
    }

    /// Every indicator with its place in the tree, in framework order.
    ///
    /// Returns:
    ///     list[dict]: one dict per indicator with `id`, `domain`, `subdomain`, `name`,
    ///     `statement`, `weight`, `share` (of the overall score), `facets` (facet id → tags)
    ///     and `reference` (the section of the source report) when there is one.
    ///
    /// Example:
    ///     >>> first = lhs_maturity.Framework.builtin().indicators()[0]
    ///     >>> first["id"], first["domain"], first["subdomain"]
    ///     ('inst.info.routine_data', 'inst', 'inst.info')
    fn indicators<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || ser_to_py(py, &self.inner.indicators()))
    }

    /// The indicators as a pandas DataFrame (needs pandas).
    ///
    /// Returns:
    ///     pandas.DataFrame: one row per indicator, in framework order, with the columns `id`,
    ///     `domain`, `subdomain`, `name`, `statement`, `weight`, `share`, `reference` and one
    ///     column `facets.<facet id>` per facet holding the list of tags.
    ///
    /// Example:
    ///     >>> df = lhs_maturity.Framework.builtin().indicators_frame()
    ///     >>> len(df), list(df.columns[:3])
    ///     (69, ['id', 'domain', 'subdomain'])
    fn indicators_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        guard(py, || {
            py.import("lhs_maturity._frames")?
                .call_method1("indicators_frame", (slf,))
        })
    }

    /// The node ids a matrix of scores is reported for: `'overall'`, then every domain and
    /// sub-domain in framework order (the column prefixes of `score_frame`).
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.builtin().matrix_nodes()[:3]
    ///     ['overall', 'inst', 'inst.info']
    fn matrix_nodes(&self) -> Vec<String> {
        self.inner.matrix_nodes()
    }

    /// Checks an assessment against this framework: every error and warning. Never raises for a
    /// bad assessment, whatever it contains.
    ///
    /// Args:
    ///     assessment (dict | str | bytes | os.PathLike): the assessment document, as a dict,
    ///         JSON text, or the path of a JSON file (a `str` is JSON text: pass a
    ///         `pathlib.Path` for a file).
    ///
    /// Returns:
    ///     list[dict]: the diagnostics (`severity`, `code`, `path`, `message`, and `help`,
    ///     `line`, `column` when known), errors and warnings in document order.
    ///
    /// Raises:
    ///     TypeError: the argument is not an assessment at all (e.g. a set).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> [d["code"] for d in fw.validate({"answers": {"inst.info.routin_data": 2}})][:1]
    ///     ['assessment.unknown_indicator']
    fn validate<'py>(
        &self,
        py: Python<'py>,
        assessment: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let doc = Doc::extract(assessment)?;
            let diags = py.detach(|| doc.validate(&self.inner));
            ser_to_py(py, &diags)
        })
    }

    /// Scores an assessment.
    ///
    /// Args:
    ///     assessment (dict | str | bytes | os.PathLike): the assessment (see `validate`).
    ///     default_target (int | None): a target level for every indicator without its own,
    ///         replacing the assessment's `default_target`.
    ///     language (str): the language of names in the report (falls back to English).
    ///
    /// Returns:
    ///     Report: the scores, levels, coverage, learning profile, gaps and next steps.
    ///
    /// Raises:
    ///     AssessmentError: the assessment has errors; `details` lists all of them.
    ///     InputError: an option is invalid (e.g. `default_target` above the top level).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> r = fw.score({"answers": {"inst.info.routine_data": 2, "inst.info.me_integration": 3}})
    ///     >>> r.overall["score"], r.overall["level_key"]
    ///     (2.5, 'established')
    #[pyo3(signature = (assessment, *, default_target = None, language = "en"))]
    fn score(
        &self,
        py: Python<'_>,
        assessment: &Bound<'_, PyAny>,
        default_target: Option<&Bound<'_, PyAny>>,
        language: &str,
    ) -> PyResult<PyReport> {
        guard(py, || {
            let opts = options(default_target, language)?;
            let doc = Doc::extract(assessment)?;
            let report = doc.score(&self.inner, &opts).map_err(py_err(py))?;
            Ok(PyReport::new(report, self.inner.clone()))
        })
    }

    /// Scores many assessments in one call, on every core, with the GIL released.
    ///
    /// Args:
    ///     assessments (Iterable[dict | str | bytes | os.PathLike]): the assessments.
    ///     default_target (int | None): as in `score`.
    ///     language (str): as in `score`.
    ///     errors (str): `'raise'` (default) raises the error of the first assessment that
    ///         cannot be scored, with its position in `index`; `'return'` puts the exception
    ///         in the list in place of its report.
    ///
    /// Returns:
    ///     list[Report]: one report per assessment, in order (or exceptions, with
    ///     `errors='return'`).
    ///
    /// Raises:
    ///     AssessmentError: an assessment has errors (with `errors='raise'`).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> reports = fw.score_many([{"answers": {"inst.info.routine_data": l}} for l in range(5)])
    ///     >>> [r.overall["score"] for r in reports]
    ///     [0.0, 1.0, 2.0, 3.0, 4.0]
    #[pyo3(signature = (assessments, *, default_target = None, language = "en", errors = "raise"))]
    fn score_many<'py>(
        &self,
        py: Python<'py>,
        assessments: &Bound<'py, PyAny>,
        default_target: Option<&Bound<'py, PyAny>>,
        language: &str,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        guard(py, || {
            let opts = options(default_target, language)?;
            let return_errors = match errors {
                "raise" => false,
                "return" => true,
                other => {
                    return Err(PyValueError::new_err(format!(
                        "errors must be 'raise' or 'return', not {other:?}"
                    )))
                }
            };
            if text_of(assessments).is_some() || assessments.is_instance_of::<pyo3::types::PyDict>()
            {
                return Err(PyTypeError::new_err(
                    "score_many takes a list of assessments; use score for a single one",
                ));
            }
            let mut docs = Vec::new();
            for item in assessments.try_iter()? {
                docs.push(Doc::extract(&item?)?);
            }
            let fw = &self.inner;
            let results = py.detach(|| lhs_maturity::parallel::map(&docs, |d| d.score(fw, &opts)));
            let out = PyList::empty(py);
            for (i, r) in results.into_iter().enumerate() {
                match r {
                    Ok(report) => out.append(PyReport::new(report, fw.clone()))?,
                    Err(e) => {
                        let exc = to_py_err(py, &e);
                        exc.value(py).setattr("index", i)?;
                        if return_errors {
                            out.append(exc.value(py))?;
                        } else {
                            return Err(exc);
                        }
                    }
                }
            }
            Ok(out)
        })
    }

    /// Maps DataFrame column names to indicator positions (`-1` for `unit_id`, `period`,
    /// `respondent_id`), raising `InputError` for unknown and duplicate columns.
    fn _frame_columns(&self, py: Python<'_>, names: Vec<String>) -> PyResult<Vec<i64>> {
        guard(py, || {
            let index: std::collections::HashMap<String, i64> = self
                .inner
                .indicators()
                .into_iter()
                .enumerate()
                .map(|(i, info)| (info.id, i as i64))
                .collect();
            let mut seen = std::collections::HashSet::new();
            let mut out = Vec::with_capacity(names.len());
            let mut problems = Vec::new();
            for name in &names {
                let path = format!("/columns/{}", lhs_maturity::pointer_token(name));
                if !seen.insert(name.as_str()) {
                    problems.push(Diagnostic::error(
                        "input.duplicate_column",
                        path.clone(),
                        format!("the column `{name}` appears more than once"),
                    ).with_help("keep one column per indicator (e.g. df.loc[:, ~df.columns.duplicated()])"));
                }
                if META_COLUMNS.contains(&name.as_str()) {
                    out.push(-1);
                } else if let Some(&i) = index.get(name) {
                    out.push(i);
                } else {
                    // The core's check of an answer for this id gives the message and the
                    // closest indicator id.
                    let probe = serde_json::json!({"answers": {name.as_str(): null}});
                    let found = self
                        .inner
                        .validate_value(&probe)
                        .into_iter()
                        .find(|d| d.code == "assessment.unknown_indicator");
                    let (msg, help) = match found {
                        Some(d) => (d.message, d.help),
                        None => (format!("`{name}` is not an indicator"), None),
                    };
                    let columns = format!(
                        "the columns are the indicator ids (Framework.indicators()) and {}",
                        META_COLUMNS.join(", ")
                    );
                    let help = match help {
                        Some(h) if h.starts_with("did you mean") => h,
                        _ => columns,
                    };
                    problems.push(
                        Diagnostic::error(
                            "input.unknown_column",
                            path,
                            format!("column `{name}`: {msg}"),
                        )
                        .with_help(help),
                    );
                    out.push(-2);
                }
            }
            if problems.is_empty() {
                Ok(out)
            } else {
                Err(to_py_err(py, &Error::Input(problems)))
            }
        })
    }

    /// Converts DataFrame columns to cells with the core's rules and scores the matrix.
    #[pyo3(signature = (rows, columns, coerce))]
    fn _score_columns<'py>(
        &self,
        py: Python<'py>,
        rows: usize,
        columns: &Bound<'py, PyList>,
        coerce: bool,
    ) -> PyResult<Bound<'py, PyTuple>> {
        guard(py, || {
            crate::frame::score_columns(py, &self.inner, rows, columns, coerce)
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "<Framework {} {}: {} indicators>",
            self.inner.id(),
            self.inner.version(),
            self.inner.indicator_count()
        )
    }

    /// Pickles as the framework's JSON document.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let text = serde_json::to_string(slf.get().inner.spec())
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        let ctor = py.get_type::<PyFramework>().getattr("from_json")?;
        PyTuple::new(py, [ctor, PyTuple::new(py, [text])?.into_any()])
    }
}
