//! `lhs_maturity.Report`: a scored report, kept as the core's data and converted to Python
//! objects only when a part of it is read.

use crate::convert::{ser_to_py, text_arg};
use crate::errors::guard;
use lhs_maturity::{escape_html, Framework, Report};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

/// The scored report of one assessment.
///
/// The attributes (`overall`, `domains`, `indicators`, `facets`, `gaps`, `recommendations`,
/// `recommendations_by_owner`, `warnings`, `unknown_rule`, ...) are the fields of the report document
/// (`spec/schema/report.schema.json`) as plain dicts and lists, built each time they are
/// read: keep the value in a variable in a loop, or call `to_dict()` once. Numbers are never
/// rounded; `None` means "no value" (nothing rated), never 0.
///
/// In Jupyter a report displays as tables (`_repr_html_`, `_repr_markdown_`).
///
/// Example:
///     >>> fw = lhs_maturity.Framework.builtin()
///     >>> r = fw.score({"default_target": 3, "answers": {"inst.info.routine_data": 2}})
///     >>> r.overall["score"], r.overall["level"], r.overall["counts"]["rated"], r.overall["counts"]["total"]
///     (2.0, 2, 1, 52)
///     >>> r.recommendations[0]["indicator"], r.recommendations[0]["next_level"]
///     ('inst.info.routine_data', 3)
///     >>> print(r.to_markdown().splitlines()[0])
///     # Learning health system maturity model
#[pyclass(frozen, module = "lhs_maturity", name = "Report")]
pub struct PyReport {
    inner: Report,
    /// The framework the report was scored with (for the descriptors of the HTML page).
    framework: Framework,
}

impl PyReport {
    pub fn new(inner: Report, framework: Framework) -> Self {
        Self { inner, framework }
    }

    /// The core's report.
    pub fn report(&self) -> &Report {
        &self.inner
    }

    /// The HTML page of the core, in an `iframe` so that its styles stay inside it.
    fn html_frame(&self) -> String {
        let page = self.inner.to_html(&self.framework);
        format!(
            "<iframe srcdoc=\"{}\" style=\"width:100%;height:42em;border:1px solid #d0d7de\" title=\"lhs-maturity report\"></iframe>",
            escape_html(&page)
        )
    }
}

/// The built-in framework in the version a report was scored with, if the library has it.
fn builtin_of(report: &Report) -> Option<Framework> {
    let latest = Framework::builtin();
    if report.framework.id != latest.id() {
        return None;
    }
    Framework::builtin_version(&report.framework.version).ok()
}

#[pymethods]
impl PyReport {
    /// The version of the report format, e.g. `'1.0'`.
    #[getter]
    fn schema_version(&self) -> &str {
        &self.inner.schema_version
    }

    /// The framework scored against: `{'id', 'version', 'title'}`.
    #[getter]
    fn framework<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.framework)
    }

    /// The unit assessed, as given in the assessment (a dict), or None.
    #[getter]
    fn unit<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.unit)
    }

    /// The period assessed, as given in the assessment, or None.
    #[getter]
    fn period(&self) -> Option<&str> {
        self.inner.period.as_deref()
    }

    /// Who answered, as given in the assessment (a dict), or None.
    #[getter]
    fn respondent<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.respondent)
    }

    /// How `unknown` answers were counted: `'exclude'` (the default: left out of the scores)
    /// or `'zero'` (counted as level 0), as given to `Framework.score`.
    #[getter]
    fn unknown_rule(&self) -> &'static str {
        self.inner.unknown_rule.as_str()
    }

    /// How sure the scores are (a dict: bounds, 90% intervals and P(level ≥ k) per node, the
    /// method, draws, seed and model), when the report was scored with `uncertainty=`; else
    /// None.
    #[getter]
    fn uncertainty<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.uncertainty)
    }

    /// The language of names and descriptors in the report.
    #[getter]
    fn language(&self) -> &str {
        &self.inner.language
    }

    /// The levels of the scale: a list of `{'level', 'key', 'name'}`.
    #[getter]
    fn scale<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.scale)
    }

    /// The overall result: `score`, `level`, `level_key`, `percent`, `coverage`, `counts`
    /// (`total`, `rated`, `na`, `unknown`, `missing`) and `targets`.
    #[getter]
    fn overall<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.overall)
    }

    /// The domains, each with its `score` summary, `explanation` and sub-domains in `children`.
    #[getter]
    fn domains<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.domains)
    }

    /// Every indicator's `status`, `level`, `target`, `gap`, evidence and place in the tree.
    #[getter]
    fn indicators<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.indicators)
    }

    /// The learning profile: every facet with the score summary of each of its values.
    #[getter]
    fn facets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.facets)
    }

    /// The gaps to target: `totals` and the `indicators` below their target, largest gap first.
    #[getter]
    fn gaps<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.gaps)
    }

    /// The next steps, highest priority first (`rank`, `indicator`, `level`, `next_level`,
    /// `target`, `gap`, `priority`, `action`, `owners`, ...).
    #[getter]
    fn recommendations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.recommendations)
    }

    /// The next steps grouped by stakeholder group (`owner`, `name`, `indicators`).
    #[getter]
    fn recommendations_by_owner<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.recommendations_by_owner)
    }

    /// The warnings (diagnostics with `severity` `'warning'`): they change no number.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser_to_py(py, &self.inner.warnings)
    }

    /// The result of a domain or sub-domain by id, or None.
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {"cap.prov.data_interpretation": 1}})
    ///     >>> r.node("cap.prov")["score"], r.node("cap.prov")["coverage"]
    ///     (1.0, 0.125)
    fn node<'py>(&self, py: Python<'py>, id: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || ser_to_py(py, &self.inner.node(&text_arg(id, "id")?)))
    }

    /// The result of an indicator by id, or None.
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {"cap.prov.data_interpretation": "unknown"}})
    ///     >>> r.indicator("cap.prov.data_interpretation")["status"]
    ///     'unknown'
    fn indicator<'py>(
        &self,
        py: Python<'py>,
        id: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            ser_to_py(py, &self.inner.indicator(&text_arg(id, "id")?))
        })
    }

    /// The whole report as a dict (the report document).
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {}})
    ///     >>> sorted(r.to_dict())[:3]
    ///     ['domains', 'facets', 'framework']
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || ser_to_py(py, &self.inner))
    }

    /// The report document as pretty-printed JSON text.
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {}})
    ///     >>> r.to_json().startswith("{")
    ///     True
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        guard(py, || Ok(self.inner.to_json()))
    }

    /// The report as Markdown: the domain table, the learning profile, the next steps by
    /// stakeholder group and the warnings.
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {}})
    ///     >>> "## Domains" in r.to_markdown()
    ///     True
    fn to_markdown(&self, py: Python<'_>) -> PyResult<String> {
        guard(py, || Ok(self.inner.to_markdown()))
    }

    /// The report as a self-contained HTML page (charts, tables, next steps; no scripts),
    /// to save as a file, print or send.
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {}})
    ///     >>> r.to_html().startswith("<!DOCTYPE html>")
    ///     True
    fn to_html(&self, py: Python<'_>) -> PyResult<String> {
        guard(py, || Ok(self.inner.to_html(&self.framework)))
    }

    /// The report's tables as tidy pandas DataFrames (needs pandas).
    ///
    /// Returns:
    ///     ReportFrames: a named tuple of four DataFrames:
    ///     `domains` (one row for the overall result, each domain and each sub-domain, with
    ///     `parent` and `depth`), `indicators`, `facets` (one row per facet value) and
    ///     `recommendations`. Score summaries are flattened into columns (`score`, `level`,
    ///     `coverage`, `counts.rated`, `targets.total_gap`, ...).
    ///
    /// Example:
    ///     >>> r = lhs_maturity.Framework.builtin().score({"answers": {"inst.info.routine_data": 2}})
    ///     >>> frames = r.to_frames()
    ///     >>> list(frames.domains["id"][:3])
    ///     ['overall', 'inst', 'inst.info']
    ///     >>> print(frames.domains.loc[0, "score"], frames.domains.loc[0, "level"])
    ///     2.0 2
    fn to_frames<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        guard(py, || {
            py.import("lhs_maturity._frames")?
                .call_method1("report_frames", (slf,))
        })
    }

    /// The core's tables of the report (`Report::tables`), column by column, for `to_frames`.
    fn _tables<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            crate::analysis::tables_to_py(py, &self.inner.tables())
        })
    }

    fn _repr_markdown_(&self) -> String {
        self.inner.to_markdown()
    }

    fn _repr_html_(&self) -> String {
        self.html_frame()
    }

    fn __repr__(&self) -> String {
        let unit = self
            .inner
            .unit
            .as_ref()
            .and_then(|u| u.id.as_deref().or(u.name.as_deref()))
            .unwrap_or("-");
        let score = self
            .inner
            .overall
            .score
            .map_or_else(|| "None".to_owned(), |s| s.to_string());
        format!(
            "<Report {} {} unit={unit:?} overall={score}>",
            self.inner.framework.id, self.inner.framework.version
        )
    }

    /// Reads a report back from its JSON document and its framework's (`None`: the built-in
    /// framework in the report's version); used by pickling.
    #[staticmethod]
    #[pyo3(signature = (report, framework = None))]
    fn _from_json(py: Python<'_>, report: &str, framework: Option<&str>) -> PyResult<Self> {
        guard(py, || {
            let inner: Report =
                serde_json::from_str(report).map_err(|e| PyValueError::new_err(e.to_string()))?;
            let framework = match framework {
                None => builtin_of(&inner).unwrap_or_else(Framework::builtin),
                Some(text) => Framework::from_json(text).map_err(crate::errors::py_err(py))?,
            };
            Ok(Self { inner, framework })
        })
    }

    /// Pickles as the report's JSON document (and the framework's, unless it is the built-in
    /// one in the report's version).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let text =
            serde_json::to_string(&me.inner).map_err(|e| PyValueError::new_err(e.to_string()))?;
        let fw = if builtin_of(&me.inner).is_some_and(|b| b.spec() == me.framework.spec()) {
            None
        } else {
            Some(
                serde_json::to_string(me.framework.spec())
                    .map_err(|e| PyValueError::new_err(e.to_string()))?,
            )
        };
        let ctor = py.get_type::<PyReport>().getattr("_from_json")?;
        let args = (text, fw).into_pyobject(py)?.into_any();
        PyTuple::new(py, [ctor, args])
    }

    /// Reports are equal when their documents are equal.
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyReport>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}
