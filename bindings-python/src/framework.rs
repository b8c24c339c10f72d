//! `lhs_maturity.Framework`: the validated model, shared freely between threads.

use crate::analysis::{assessment_docs, read_valid_assessments};
use crate::convert::{
    bytes_or_file, language_arg, path_arg, revision_arg, ser_to_py, text_arg, text_of, to_py,
    to_value, type_name, unit_kind_arg, units_arg, unknown_arg,
};
use crate::doc::Doc;
use crate::errors::{guard, py_err, to_py_err, warn};
use crate::report::PyReport;
use lhs_maturity::analysis::{migrate, MigrationMap};
use lhs_maturity::{
    Column, DocumentKind, Error, Framework, OptionReader, Part, ScoreOptions, UnitKind, UnknownRule,
};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use std::path::PathBuf;

/// A maturity framework: the indicators, their levels and weights, validated once.
///
/// Load the built-in framework with `Framework.builtin()` (the latest version),
/// `Framework.builtin("1.0.0")` or `Framework.builtin_for(assessment)` (the version an
/// assessment was made for), or your own with `Framework.from_path`, `Framework.from_json` or
/// `Framework.from_dict`. A framework is immutable and can be shared between threads; scoring
/// releases the GIL.
///
/// Example:
///     >>> import lhs_maturity
///     >>> fw = lhs_maturity.Framework.builtin()
///     >>> fw.id, fw.version
///     ('lhs-2021', '2.0.0')
///     >>> report = fw.score({"answers": {"inst.info.routine_data": 2}})
///     >>> report.overall["score"]
///     2.0
#[pyclass(frozen, module = "lhs_maturity", name = "Framework")]
pub struct PyFramework {
    pub inner: Framework,
}

/// The rule for `unknown` answers named by the keyword argument `unknown`, read by the core
/// (`UnknownRule::from_str`: `input.invalid_option` at `/unknown`).
pub fn unknown_rule(py: Python<'_>, unknown: &str) -> PyResult<UnknownRule> {
    unknown
        .parse::<UnknownRule>()
        .map_err(|e| to_py_err(py, &e))
}

/// The unit kind named by the keyword argument `unit_kind` (`UnitKind::parse`: any case), or
/// `input.invalid_option` at `/unit_kind` listing the unit kinds.
pub fn parse_unit_kind(py: Python<'_>, kind: Option<&str>) -> PyResult<Option<UnitKind>> {
    kind.map(|k| UnitKind::from_option(k, "/unit_kind"))
        .transpose()
        .map_err(|e| to_py_err(py, &e))
}

/// Scoring options from the keyword arguments.
fn options(
    py: Python<'_>,
    default_target: Option<&Bound<'_, PyAny>>,
    language: &str,
    unknown: &str,
) -> PyResult<ScoreOptions> {
    // An option: read by the core's rule, as JavaScript's `defaultTarget` (`input.invalid_target`
    // at `/default_target`: a whole number ≥ 0, never text or a boolean).
    let default_target = match default_target {
        Some(t) if !t.is_none() => {
            let given = serde_json::json!({ "default_target": to_value(t)? });
            let mut o = OptionReader::new(&given, &["default_target"], "default_target=3");
            let target = o.target("default_target");
            o.finish().map_err(|e| to_py_err(py, &e))?;
            target
        }
        _ => None,
    };
    Ok(ScoreOptions {
        language: language.to_owned(),
        default_target,
        unknown: unknown_rule(py, unknown)?,
    })
}

/// The options of the uncertainty (`uncertainty=` of `score`, the keywords of `uncertainty`),
/// read by the core's rule (`UncertaintyOptions::from_options`): `True` or `{}` is the
/// defaults; every problem at once, at `/uncertainty/<option>`.
fn uncertainty_options(
    py: Python<'_>,
    given: &Bound<'_, PyAny>,
) -> PyResult<Option<lhs_maturity::analysis::UncertaintyOptions>> {
    if given.is_none() || given.is_instance_of::<pyo3::types::PyBool>() {
        let on = given.is_truthy()?;
        return Ok(on.then(Default::default));
    }
    let value = to_value(given)?;
    lhs_maturity::analysis::UncertaintyOptions::from_options(&value, false)
        .map(Some)
        .map_err(|e| to_py_err(py, &e.within(Part::Member("/uncertainty"))))
}

/// The same error as an input error (for text that is not an assessment: a relevance form).
fn as_input(e: Error) -> Error {
    match e.kind() {
        DocumentKind::Input => e,
        _ => Error::Input(e.details().to_vec()),
    }
}

#[pymethods]
impl PyFramework {
    /// The built-in framework `lhs-2021` (WHO/AHPSR 2021 learning health systems): the latest
    /// version (2.0.0, 60 indicators), or the version asked for (1.0.0 has 69 indicators).
    ///
    /// Args:
    ///     version (str | None): the version, e.g. `'1.0.0'`; None (default): the latest.
    ///
    /// Returns:
    ///     Framework: the framework, compiled into the library (loaded once per process).
    ///
    /// Raises:
    ///     FrameworkError: no built-in version `version` (`framework.unknown_version`; `help`
    ///         lists the versions).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> fw.id, fw.version
    ///     ('lhs-2021', '2.0.0')
    ///     >>> len(lhs_maturity.Framework.builtin("1.0.0").indicators())
    ///     69
    ///     >>> lhs_maturity.Framework.builtin("3.0.0")
    ///     Traceback (most recent call last):
    ///     ...
    ///     lhs_maturity.FrameworkError: invalid framework: error[framework.unknown_version] at /version: ...
    #[staticmethod]
    #[pyo3(signature = (version = None))]
    fn builtin(py: Python<'_>, version: Option<&str>) -> PyResult<Self> {
        guard(py, || {
            let inner = match version {
                None => Framework::builtin(),
                Some(v) => Framework::builtin_version(v).map_err(py_err(py))?,
            };
            Ok(Self { inner })
        })
    }

    /// The built-in framework an assessment was made for: the version its `framework` names
    /// (the core's `Framework::builtin_for`). An assessment that names no version gets the
    /// latest, with an `LhsWarning` (code `assessment.no_framework_version`); one for another
    /// framework gets the latest, and scoring it reports the mismatch.
    ///
    /// Args:
    ///     assessment (dict | str | bytes | os.PathLike): the assessment (see `validate`).
    ///
    /// Returns:
    ///     Framework: the built-in framework in that version, ready to score the assessment.
    ///
    /// Raises:
    ///     AssessmentError: the assessment cannot be read, or names a version the library
    ///         does not have (`assessment.unknown_framework_version`).
    ///
    /// Example:
    ///     >>> old = {"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {}}
    ///     >>> lhs_maturity.Framework.builtin_for(old).version
    ///     '1.0.0'
    ///     >>> import warnings
    ///     >>> with warnings.catch_warnings(record=True) as caught:
    ///     ...     warnings.simplefilter("always")
    ///     ...     lhs_maturity.Framework.builtin_for({"answers": {}}).version
    ///     '2.0.0'
    ///     >>> caught[0].message.code
    ///     'assessment.no_framework_version'
    #[staticmethod]
    fn builtin_for(py: Python<'_>, assessment: &Bound<'_, PyAny>) -> PyResult<Self> {
        guard(py, || {
            let doc = Doc::extract(assessment)?;
            let result = py.detach(|| doc.read().and_then(|a| Framework::builtin_for(&a)));
            let (inner, warning) = result.map_err(py_err(py))?;
            if let Some(w) = warning {
                warn(py, &w)?;
            }
            Ok(Self { inner })
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
                Some(Err(pos)) => {
                    let e = lhs_maturity::encoding_error(lhs_maturity::Document::Framework, pos);
                    return Err(to_py_err(py, &e));
                }
                None => {
                    let e = Error::document_argument("text", "json_text", &type_name(text));
                    let e = if text.cast::<pyo3::types::PyMapping>().is_ok() {
                        e.with_value("hint", "instead")
                            .with_value("example", "Framework.from_dict(spec)")
                    } else {
                        e
                    };
                    return Err(to_py_err(py, &e));
                }
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
    ///     ArgumentError: `spec` holds values that JSON cannot represent (`argument.invalid_type`, a
    ///         TypeError too).
    ///
    /// Example:
    ///     >>> spec = lhs_maturity.Framework.builtin().to_dict()
    ///     >>> lhs_maturity.Framework.from_dict(spec).version
    ///     '2.0.0'
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

    /// The framework version, e.g. `'2.0.0'`.
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

    /// Every indicator with its place in the tree, in framework order (the core's
    /// `Framework::indicators_for`).
    ///
    /// Args:
    ///     unit_kind (str | None): a unit kind (`national`, `subnational`, `district`,
    ///         `facility`, `programme`, `network`; any case): `effective_weight` is then each
    ///         indicator's share of the overall score for a unit of that kind (0 for the
    ///         indicators that do not apply to it). None (default): every indicator applies.
    ///
    /// Returns:
    ///     list[dict]: one dict per indicator with `id`, `domain`, `subdomain`, `name`,
    ///     `statement`, `weight`, `share` (of the overall score), `effective_weight`,
    ///     `applies_to` (the unit kinds where it is rated), `outcome` (reported apart, outside
    ///     the overall score), `facets` (facet id → tags), and when there is one `question`
    ///     (the guiding question), `evidence` (what to check), `basis` (`{"type": "named" |
    ///     "derived", "name": ...}`) and `reference` (the section of the source report).
    ///
    /// Raises:
    ///     InputError: `unit_kind` is not a unit kind (`input.invalid_option`, path
    ///         `/unit_kind`; `help` lists the kinds).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> first = fw.indicators()[0]
    ///     >>> first["id"], first["domain"], first["subdomain"], first["outcome"]
    ///     ('inst.info.routine_data', 'inst', 'inst.info', False)
    ///     >>> hta = [i for i in fw.indicators("facility") if i["id"] == "inst.info.hta_priority_setting"][0]
    ///     >>> hta["applies_to"], hta["effective_weight"]
    ///     (['national', 'subnational'], 0.0)
    #[pyo3(signature = (unit_kind = None))]
    fn indicators<'py>(
        &self,
        py: Python<'py>,
        #[pyo3(from_py_with = unit_kind_arg)] unit_kind: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let kind = parse_unit_kind(py, unit_kind.as_deref())?;
            ser_to_py(py, &self.inner.indicators_for(kind))
        })
    }

    /// The indicators as a pandas DataFrame (needs pandas).
    ///
    /// Args:
    ///     unit_kind (str | None): as in `indicators`.
    ///
    /// Returns:
    ///     pandas.DataFrame: one row per indicator, in framework order, with the columns `id`,
    ///     `domain`, `subdomain`, `name`, `statement`, `weight`, `share`, `reference`,
    ///     `effective_weight`, `applies_to` (a list of unit kinds), `outcome`, `question`,
    ///     `evidence` (a list), `basis.type`, `basis.name` and one column `facets.<facet id>`
    ///     per facet holding the list of tags (None where a field is absent).
    ///
    /// Raises:
    ///     InputError: `unit_kind` is not a unit kind.
    ///
    /// Example:
    ///     >>> df = lhs_maturity.Framework.builtin().indicators_frame("district")
    ///     >>> len(df), list(df.columns[:3])
    ///     (60, ['id', 'domain', 'subdomain'])
    ///     >>> print(round(df["effective_weight"].sum(), 9), (df["effective_weight"] > 0).sum())
    ///     1.0 44
    #[pyo3(signature = (unit_kind = None))]
    fn indicators_frame<'py>(
        slf: &Bound<'py, Self>,
        #[pyo3(from_py_with = unit_kind_arg)] unit_kind: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        guard(py, || {
            py.import("lhs_maturity._frames")?
                .call_method1("indicators_frame", (slf, unit_kind))
        })
    }

    /// Checks the framework's texts for what makes rating unreliable (`spec/AUTHORING.md`):
    /// negations and bare quantifiers in levels above 0, more than two elements per level,
    /// jargon the glossary does not define, levels without a time window, long descriptors,
    /// missing guiding questions or evidence lists (the core's `Framework::lint`). Works on
    /// any framework, built-in or your own.
    ///
    /// Returns:
    ///     dict: `findings` (warnings with a code `lint.*` and the JSON Pointer of the text in
    ///     the framework document, in document order), `indicators` (how many were checked),
    ///     `average_words` (the mean length of a descriptor per level, level 0 first) and
    ///     `average_words_all` (`spec/schema/lint.schema.json`).
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.builtin().lint()["findings"]
    ///     []
    ///     >>> old = lhs_maturity.Framework.builtin("1.0.0").lint()
    ///     >>> "lint.negation" in {f["code"] for f in old["findings"]}
    ///     True
    fn lint<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let report = py.detach(|| self.inner.lint());
            ser_to_py(py, &report)
        })
    }

    /// The framework's languages with their review status and completeness (the core's
    /// `Framework::language_status`): the declared ones in order, then any other language some
    /// texts have.
    ///
    /// Returns:
    ///     list[dict]: `code` (BCP 47), `name` (in the language itself), `status` (`source`,
    ///     `provisional`, `reviewed` or `undeclared`), `reviewer` when signed off,
    ///     `translated` and `total` (texts), and `first_missing` (the JSON Pointer of the first
    ///     text lacking the language) when incomplete.
    ///
    /// Example:
    ///     >>> [(l["code"], l["status"]) for l in lhs_maturity.Framework.builtin().language_status()][:2]
    ///     [('en', 'source'), ('fr', 'provisional')]
    fn language_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || ser_to_py(py, &self.inner.language_status()))
    }

    /// The framework's texts in one language by their stable keys, as translators receive them
    /// (the core's `Framework::texts`; `spec/i18n/lhs-2021.<lang>.json`).
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.builtin().texts("fr")["scale.level.4.name"]
    ///     'En optimisation'
    fn texts(
        &self,
        language: &Bound<'_, PyAny>,
    ) -> PyResult<std::collections::BTreeMap<String, String>> {
        Ok(self.inner.texts(&text_arg(language, "language")?))
    }

    /// The framework with one more language (the core's `Framework::translated`): `texts` maps
    /// text keys (see `texts`) to their translation. A key the framework does not have is
    /// reported as an `LhsWarning` (`framework.unknown_text_key`); an undeclared language is
    /// added as `provisional`.
    ///
    /// Raises:
    ///     InputError: `texts` is not a mapping of keys to strings (`translation.invalid`).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin().translated("sw", {"title": "Mfumo wa afya unaojifunza"})
    ///     >>> fw.to_dict()["title"]["sw"]
    ///     'Mfumo wa afya unaojifunza'
    fn translated(
        &self,
        py: Python<'_>,
        language: &Bound<'_, PyAny>,
        texts: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        guard(py, || {
            let language = text_arg(language, "language")?;
            let json: String = py
                .import("json")?
                .call_method1("dumps", (texts,))?
                .extract()?;
            let (fw, warnings) = self
                .inner
                .translated(&language, &json)
                .map_err(py_err(py))?;
            for w in &warnings {
                warn(py, w)?;
            }
            Ok(Self { inner: fw })
        })
    }

    /// A blank assessment of this framework, ready to fill in (the core's
    /// `Framework::template_value_for`): the framework reference, an empty unit, period and
    /// respondent, and one answer per indicator with `"level": None` and an empty `evidence`,
    /// annotated with its statement (`$comment`), guiding question (`$question`), what to
    /// check (`$evidence`), the descriptor of each level (`$levels`) and its elements
    /// (`$elements`). Filled in and scored, the annotations raise no warning.
    ///
    /// Args:
    ///     unit_kind (str | None): for a unit of this kind: `unit.kind` filled in, only the
    ///         indicators that apply to it, in the wording adapted to it. None (default):
    ///         every indicator.
    ///     language (str): the language of the annotations (`en`, `fr`, `es`, `pt-PT`, `ar`;
    ///         `pt-BR` reads `pt-PT`); it is recorded as the template's `language`. One the
    ///         framework lacks gives English with an `LhsWarning` (`language.unavailable`).
    ///
    /// Returns:
    ///     dict: the blank assessment.
    ///
    /// Raises:
    ///     InputError: `unit_kind` is not a unit kind.
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> t = fw.template("facility")
    ///     >>> t["framework"], t["unit"]["kind"]
    ///     ({'id': 'lhs-2021', 'version': '2.0.0'}, 'facility')
    ///     >>> len(t["answers"]), len(fw.template()["answers"])
    ///     (44, 60)
    ///     >>> t["answers"]["inst.info.routine_data"]["level"] is None
    ///     True
    ///     >>> fr = fw.template("district", language="fr")
    ///     >>> fr["language"], fr["answers"]["inst.info.routine_data"]["$question"][:30]
    ///     ('fr', 'Les gestionnaires examinent-il')
    #[pyo3(
        signature = (unit_kind = None, language = "en".to_owned()),
        text_signature = "(self, /, unit_kind=None, language='en')"
    )]
    fn template<'py>(
        &self,
        py: Python<'py>,
        #[pyo3(from_py_with = unit_kind_arg)] unit_kind: Option<String>,
        #[pyo3(from_py_with = language_arg)] language: String,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let kind = parse_unit_kind(py, unit_kind.as_deref())?;
            let (lang, unavailable) = self.inner.report_language(&language);
            if let Some(w) = &unavailable {
                warn(py, w)?;
            }
            to_py(py, &self.inner.template_value_with(kind, &lang))
        })
    }

    /// Moves an assessment of an earlier version of this framework to this version, by the
    /// built-in migration map (`spec/migrations/`; the core's `analysis::migrate`), losing
    /// nothing: levels carry over where the indicator is equivalent, become proposals for a
    /// rater to confirm where it was revised (not scored until confirmed), and answers with no
    /// successor are kept under `migration.unmapped` with the reason (`spec/SCORING.md` §27).
    ///
    /// Args:
    ///     assessment (dict | str | bytes | os.PathLike): the assessment to migrate (see
    ///         `validate`); its `framework.version` says which version it was made for.
    ///
    /// Returns:
    ///     dict: `assessment` (the migrated assessment, for this version; its `migration`
    ///     field records the proposals and the unmapped answers), `classes` (how many
    ///     indicators of this version fell in each class: `equivalent`, `merged_duplicate`,
    ///     `merged_conjunctive`, `revised`, `new`), `carried` (levels carried over),
    ///     `proposed`, `unmapped` and `notes` (diagnostics `migration.*`, e.g. each proposal)
    ///     (`spec/schema/migration.schema.json`).
    ///
    /// Raises:
    ///     AssessmentError: the assessment cannot be read, names no version
    ///         (`migration.no_version`), or is for another framework
    ///         (`migration.wrong_framework`).
    ///     AssessmentError: the assessment is already of this version
    ///         (`migration.already_migrated`).
    ///     InputError: there is no built-in map from the assessment's version to this one
    ///         (`migration.no_map`).
    ///
    /// Example:
    ///     >>> old = {"framework": {"id": "lhs-2021", "version": "1.0.0"}, "unit": {"kind": "district"},
    ///     ...        "answers": {"inst.info.routine_data": {"level": 2, "evidence": "Minutes"},
    ///     ...                    "cap.prov.data_interpretation": 3,
    ///     ...                    "proc.levels.team_learning": 3}}
    ///     >>> m = lhs_maturity.Framework.builtin().migrate(old)
    ///     >>> m["carried"], m["proposed"], m["unmapped"]
    ///     (1, 1, 1)
    ///     >>> m["assessment"]["answers"]["inst.info.routine_data"]
    ///     {'level': 2, 'evidence': 'Minutes'}
    ///     >>> m["assessment"]["migration"]["proposed"]["cap.prov.data_interpretation"]["level"]
    ///     3
    ///     >>> m["notes"][0]["code"]
    ///     'migration.proposed'
    fn migrate<'py>(
        &self,
        py: Python<'py>,
        assessment: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let doc = Doc::extract(assessment)?;
            let to = &self.inner;
            let result = py.detach(|| {
                let a = doc.read()?;
                let map = MigrationMap::builtin_for(&a, to.version())?;
                migrate(&a, &map, to)
            });
            ser_to_py(py, &result.map_err(py_err(py))?)
        })
    }

    /// The content validity of this framework from an expert panel's relevance ratings
    /// (`spec/SCORING.md` §26; the core's `Framework::content_validity`): per indicator the
    /// I-CVI (the share of the experts who rated it 3 or 4), the modified kappa that corrects
    /// it for chance agreement (Polit, Beck & Owen 2007) and its interpretation; for the whole
    /// set S-CVI/Ave and S-CVI/UA.
    ///
    /// Args:
    ///     ratings (list[dict] | pandas.DataFrame): one rating per expert and indicator, as
    ///         dicts `{"expert": ..., "indicator": ..., "relevance": ...}` (what
    ///         `read_relevance_csv` returns) or a DataFrame with those columns; the relevance
    ///         is 1 (not relevant) to 4 (highly relevant), or None / NaN when left blank (that
    ///         expert is then left out of that indicator).
    ///     as_frame (bool | None): True: `items` is a DataFrame (needs pandas); False: a list
    ///         of dicts; None (default): a DataFrame when pandas is installed.
    ///
    /// Returns:
    ///     dict: `experts` (how many rated at least one indicator), `items` (every indicator
    ///     in framework order: `id`, `name`, `experts`, `relevant`, `i_cvi`, `kappa`,
    ///     `interpretation`; NaN / None where nobody rated it), `s_cvi_ave` and `s_cvi_ua`
    ///     (None when no indicator is rated) (`spec/schema/content-validity.schema.json`).
    ///
    /// Raises:
    ///     InputError: a rating of an indicator the framework does not have
    ///         (`input.unknown_indicator`, path `/<position>/indicator`), a relevance that is
    ///         not 1–4 (`input.invalid_relevance`, `/<position>/relevance`), a rating without
    ///         an expert or an indicator (`input.invalid_rating`), or a DataFrame without one of
    ///         the columns (`input.missing_column`). Every problem is in `details`.
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> ratings = [{"expert": e, "indicator": "inst.info.routine_data", "relevance": r}
    ///     ...            for e, r in zip("abcdef", [4, 4, 3, 4, 3, 2])]
    ///     >>> cv = fw.content_validity(ratings, as_frame=False)
    ///     >>> item = cv["items"][0]
    ///     >>> item["experts"], item["relevant"], round(item["i_cvi"], 3), round(item["kappa"], 3)
    ///     (6, 5, 0.833, 0.816)
    ///     >>> item["interpretation"], cv["experts"], round(cv["s_cvi_ave"], 3), cv["s_cvi_ua"]
    ///     ('excellent', 6, 0.833, 0.0)
    #[pyo3(signature = (ratings, *, as_frame = None))]
    fn content_validity<'py>(
        slf: &Bound<'py, Self>,
        ratings: &Bound<'py, PyAny>,
        as_frame: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        guard(py, || {
            py.import("lhs_maturity._analysis")?
                .call_method1("_content_validity", (slf, ratings, as_frame))
        })
    }

    /// Writes the Excel template of the framework (the core's `Framework::workbook_template`):
    /// a first sheet for the unit, period, respondent group and default target, then one sheet
    /// per domain with a row per indicator (question, five level descriptors, evidence to
    /// check, a level drop-down and columns for evidence, justification, confidence and
    /// target). Filled in, `read_submissions` reads it back, every problem at its sheet and
    /// cell (`Inst!E7`).
    ///
    /// Args:
    ///     path (str | os.PathLike | None): the `.xlsx` file to write, atomically; None:
    ///         return the bytes.
    ///     language (str): the language of its texts (`'fr'`; default English).
    ///
    /// Returns:
    ///     bytes | None: the workbook when `path` is None.
    ///
    /// Raises:
    ///     OSError: the file cannot be written.
    ///
    /// Example:
    ///     >>> book = lhs_maturity.Framework.builtin().to_excel_template(language="fr")
    ///     >>> book[:2]
    ///     b'PK'
    #[pyo3(signature = (path = None, *, language = None))]
    fn to_excel_template<'py>(
        &self,
        py: Python<'py>,
        path: Option<PathBuf>,
        language: Option<String>,
    ) -> PyResult<Option<Bound<'py, pyo3::types::PyBytes>>> {
        guard(py, || {
            let lang = language.unwrap_or_else(|| "en".to_owned());
            let bytes = py
                .detach(|| self.inner.workbook_template(&lang))
                .map_err(py_err(py))?;
            bytes_or_file(py, path, &bytes)
        })
    }

    /// The framework's XLSForm (for ODK Central, ODK Collect and KoboToolbox) as an `.xlsx`
    /// workbook (the core's `Framework::xlsform` and `XlsForm::to_xlsx`): one group per
    /// domain and sub-domain; per indicator a select of its levels labelled with its own
    /// descriptors (and `na`, `unknown`), its guiding question and evidence list as the hint,
    /// an evidence note, an optional confidence and a justification required for `na`; the
    /// framework id and version and the form revision as calculated fields; the unit, the
    /// period (`YYYY` or `YYYY-Qn`) and the respondent's stakeholder group. Indicators that do
    /// not apply to the unit's kind are hidden. Every language of the framework has its
    /// columns, falling back to English cell by cell. Field names are the indicator ids with
    /// `_` for `.` (`inst_info_routine_data`, `inst_info_routine_data__evidence`).
    ///
    /// Args:
    ///     path (str | os.PathLike | None): the `.xlsx` file to write, atomically (a temporary
    ///         file in the same directory, renamed into place); None: return the bytes.
    ///     units (str | os.PathLike | None): a CSV file of the units to choose from, with the
    ///         columns `id`, `name`, `kind` and, optionally, `org_unit` (a DHIS2 organisation
    ///         unit); None (default): the unit's id, name and kind are typed in.
    ///     revision (int): the form's revision within the framework version (default 1); the
    ///         form version is `<framework version>.<revision>`.
    ///     confidence (bool): ask how sure the respondent is of each rating (default True).
    ///     periods (list[str] | None): the periods to choose from, each a year or a quarter
    ///         (`'2026'`, `'2026-Q3'`); None (default): the period is typed in as one.
    ///     language (str | None): the language the form opens in, one of the framework's
    ///         (`'fr'`); None (default) or another: English. Every language is in the form.
    ///
    /// Returns:
    ///     bytes | None: the workbook when `path` is None.
    ///
    /// Raises:
    ///     InputError: a bad units list (`input.invalid_unit` at `/rows/<row>/<column>`, with
    ///         `line` and `column`; `/header` for a missing column), an unreadable units file,
    ///         a revision that is not a whole number ≥ 0 (`argument.invalid_value` at
    ///         `/revision`), a period that is not a year or a quarter or is listed twice
    ///         (`input.invalid_period` at `/periods/<i>`).
    ///     FrameworkError: two ids give the same field name (`framework.form_name_collision`,
    ///         at the second id).
    ///     OSError: the file cannot be written.
    ///
    /// Example:
    ///     >>> book = lhs_maturity.Framework.builtin().to_xlsform()
    ///     >>> book[:2]
    ///     b'PK'
    #[pyo3(signature = (path = None, *, units = None, revision = None, confidence = true, periods = None, language = None))]
    #[expect(
        clippy::too_many_arguments,
        reason = "the keyword arguments of the Python method"
    )]
    fn to_xlsform<'py>(
        &self,
        py: Python<'py>,
        path: Option<&Bound<'py, PyAny>>,
        units: Option<&Bound<'py, PyAny>>,
        revision: Option<&Bound<'py, PyAny>>,
        confidence: bool,
        periods: Option<Vec<String>>,
        language: Option<String>,
    ) -> PyResult<Option<Bound<'py, pyo3::types::PyBytes>>> {
        guard(py, || {
            let mut options = lhs_maturity::FormOptions {
                confidence,
                periods: periods.unwrap_or_default(),
                default_language: language.unwrap_or_default(),
                ..Default::default()
            };
            if let Some(r) = revision_arg(revision)? {
                options.revision = r;
            }
            options.units = units_arg(py, units)?;
            let out = path_arg(path, "path")?;
            let bytes = py
                .detach(|| self.inner.xlsform(&options).and_then(|f| f.to_xlsx()))
                .map_err(py_err(py))?;
            bytes_or_file(py, out, &bytes)
        })
    }

    /// Reads a file of submissions of the framework's form (the core's
    /// `Framework::read_submissions`): ODK Central's CSV export, its `.csv.zip` and OData JSON;
    /// KoboToolbox's CSV and XLS exports ("XML values and headers") and its API JSON; an ODK
    /// Collect instance XML; or the Excel template filled in. Rejected, not-approved and
    /// undecrypted submissions are left out, duplicates (same instance id, older edits) kept
    /// once; each submission's ids, time and form revision are in its assessment's `source`.
    ///
    /// Args:
    ///     source (str | os.PathLike | bytes): the file, or its bytes.
    ///     name (str | None): the file's name when `source` is bytes (its extension tells a
    ///         ZIP from a workbook).
    ///
    /// Returns:
    ///     dict: `layout` (`central-csv`, `central-zip`, `central-odata`, `kobo-csv`,
    ///     `kobo-xlsx`, `kobo-json`, `collect-xml`, `excel-template`), `counts` (`submissions`,
    ///     `read`, `refused`, `rejected`, `not_approved`, `undecrypted`, `duplicates`),
    ///     `assessments` (one dict per submission read, in file order), `refused` (one dict per
    ///     submission refused: `row`, `line`, `code`, `message` and every problem in `details`,
    ///     each at its row and column) and `warnings` (columns that are no field of the form).
    ///
    /// Raises:
    ///     AssessmentError: a file that is no export of submissions (`submissions.unknown_layout`),
    ///         cannot be read (`submissions.unreadable`), or was exported with labels
    ///         (`submissions.labels`).
    ///     OSError: the file cannot be read.
    ///
    /// Example:
    ///     >>> csv = (b"SubmissionDate,unit_id,inst-inst_info-inst_info_routine_data,KEY\n"
    ///     ...        b"2026-10-01T08:00:00Z,kis-east,2,uuid:a\n")
    ///     >>> s = lhs_maturity.Framework.builtin().read_submissions(csv, name="export.csv")
    ///     >>> s["counts"]["read"], s["assessments"][0]["answers"]["inst.info.routine_data"]
    ///     (1, 2)
    #[pyo3(signature = (source, *, name = None))]
    fn read_submissions<'py>(
        &self,
        py: Python<'py>,
        source: &Bound<'py, PyAny>,
        name: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let (name, bytes) = match source.cast::<pyo3::types::PyBytes>() {
                Ok(b) => (name.unwrap_or_default(), b.as_bytes().to_vec()),
                Err(_) => {
                    let path: PathBuf = source.extract().map_err(|_| {
                        to_py_err(py, &Error::argument("source", "text", &type_name(source)))
                    })?;
                    let bytes = py
                        .detach(|| {
                            lhs_maturity::read_bytes_file(&path, lhs_maturity::Document::Assessment)
                        })
                        .map_err(py_err(py))?;
                    (name.unwrap_or_else(|| path.display().to_string()), bytes)
                }
            };
            let s = py
                .detach(|| self.inner.read_submissions(&name, &bytes))
                .map_err(py_err(py))?;
            let out = s.to_value();
            to_py(py, &out)
        })
    }

    /// The framework's FHIR R4 Questionnaire (Structured Data Capture) in one language, as a
    /// dict (the core's `Framework::fhir_questionnaire`): the unit (from `units`, else typed
    /// with its kind), the period and the respondent's stakeholder group; one group per domain
    /// and sub-domain; per indicator a `choice` with inline `answerOption`s (the levels with
    /// the indicator's descriptors, each with its `ordinalValue` and `itemWeight`, then `na` and
    /// `unknown`), the guiding question and evidence list as help text, and items for the
    /// evidence note, confidence, justification and target. Indicators that do not apply to
    /// the unit's kind are enabled only for the kinds they apply to (`enableWhen`). The other
    /// languages are in `translation` extensions; LHC-Forms reads none, so export one
    /// Questionnaire per language. `linkId`s are the XLSForm's field names.
    ///
    /// Args:
    ///     language (str): the Questionnaire's language, one of the framework's (default
    ///         `'en'`).
    ///     units (str | os.PathLike | None): a CSV file of the units to choose from (`id`,
    ///         `name`, `kind`); None (default): the unit's id, name and kind are typed in.
    ///     revision (int): the revision within the framework version (default 1); the version
    ///         is `<framework version>.<revision>`.
    ///
    /// Returns:
    ///     dict: the Questionnaire (`url`
    ///     `https://lhs-maturity.github.io/fhir/Questionnaire/<framework id>`).
    ///
    /// Raises:
    ///     InputError: a language the framework does not have (`fhir.unavailable_language` at
    ///         `/lang`), a bad units list (`input.invalid_unit`), a revision that is not a
    ///         whole number ≥ 0 (`argument.invalid_value` at `/revision`).
    ///     FrameworkError: two ids give the same `linkId` (`framework.form_name_collision`).
    ///
    /// Example:
    ///     >>> q = lhs_maturity.Framework.builtin().to_fhir_questionnaire(language="fr")
    ///     >>> q["resourceType"], q["language"], q["version"]
    ///     ('Questionnaire', 'fr', '2.0.0.1')
    #[pyo3(signature = (*, language = None, units = None, revision = None))]
    fn to_fhir_questionnaire<'py>(
        &self,
        py: Python<'py>,
        language: Option<&Bound<'py, PyAny>>,
        units: Option<&Bound<'py, PyAny>>,
        revision: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let mut options = lhs_maturity::FhirOptions::default();
            if let Some(l) = language.filter(|l| !l.is_none()) {
                options.lang = text_arg(l, "language")?;
            }
            if let Some(r) = revision_arg(revision)? {
                options.revision = r;
            }
            options.units = units_arg(py, units)?;
            let q = py
                .detach(|| self.inner.fhir_questionnaire(&options))
                .map_err(py_err(py))?;
            to_py(py, &q)
        })
    }

    /// The FHIR R4 CodeSystem of the framework's ratings, as a dict (the core's
    /// `Framework::fhir_code_system`): the levels (each with its name, description and
    /// `ordinalValue`), `na` and `unknown`, the other languages as designations; the codes of
    /// every rating of `to_fhir_questionnaire`.
    ///
    /// Returns:
    ///     dict: the CodeSystem.
    ///
    /// Example:
    ///     >>> cs = lhs_maturity.Framework.builtin().to_fhir_code_system()
    ///     >>> [c["code"] for c in cs["concept"]]
    ///     ['0', '1', '2', '3', '4', 'na', 'unknown']
    fn to_fhir_code_system<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || to_py(py, &self.inner.fhir_code_system()))
    }

    /// An assessment as a FHIR R4 QuestionnaireResponse to `to_fhir_questionnaire`, as a dict
    /// (the core's `Framework::to_fhir_response`): every rating, evidence note, justification,
    /// confidence and target, the default target, the unit, period and respondent;
    /// `from_fhir_response` reads it back to the same assessment. Elements and other fields
    /// have no place in the response.
    ///
    /// Args:
    ///     assessment (dict | str | bytes | os.PathLike): the assessment.
    ///     language (str): the language of the items' texts (default `'en'`).
    ///
    /// Returns:
    ///     dict: the QuestionnaireResponse.
    ///
    /// Raises:
    ///     AssessmentError: an assessment that does not validate (an unknown indicator, a
    ///         level out of range, another framework version).
    ///     InputError: a language the framework does not have (`fhir.unavailable_language`).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> qr = fw.to_fhir_response({"answers": {"inst.info.routine_data": 2}})
    ///     >>> qr["questionnaire"]
    ///     'https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021|2.0.0.1'
    #[pyo3(signature = (assessment, language = None))]
    fn to_fhir_response<'py>(
        &self,
        py: Python<'py>,
        assessment: &Bound<'py, PyAny>,
        language: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let lang = match language.filter(|l| !l.is_none()) {
                Some(l) => text_arg(l, "language")?,
                None => "en".to_owned(),
            };
            let doc = Doc::extract(assessment)?;
            let qr = py
                .detach(|| {
                    doc.read()
                        .and_then(|a| self.inner.to_fhir_response(&a, &lang))
                })
                .map_err(py_err(py))?;
            to_py(py, &qr)
        })
    }

    /// Reads a FHIR R4 QuestionnaireResponse to `to_fhir_questionnaire` (from LHC-Forms or any
    /// SDC form filler; any revision of this framework version) as an assessment dict (the
    /// core's `Framework::from_fhir_response`). Items that are not there (an indicator that
    /// does not apply to the unit's kind is disabled) leave the indicator unanswered, and the
    /// unit's kind says it does not apply.
    ///
    /// Args:
    ///     response (dict | str | bytes | os.PathLike): the QuestionnaireResponse.
    ///
    /// Returns:
    ///     dict: the assessment, with its `source` (tool `fhir`, the response's id and time,
    ///     the Questionnaire's revision).
    ///
    /// Raises:
    ///     AssessmentError: every problem at once: not a QuestionnaireResponse
    ///         (`fhir.not_a_response`), a response to another Questionnaire
    ///         (`fhir.unknown_questionnaire`), framework (`assessment.framework_mismatch`) or
    ///         version (`assessment.version_mismatch`, at `/questionnaire`: use `migrate`), and
    ///         bad items (`fhir.unknown_item`, `fhir.invalid_item`, `fhir.invalid_answer`) at
    ///         their `linkId` path (`inst/inst_info/inst_info_routine_data`).
    ///     OSError: the file cannot be read.
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> qr = fw.to_fhir_response({"answers": {"inst.info.routine_data": 2}})
    ///     >>> fw.from_fhir_response(qr)["answers"]
    ///     {'inst.info.routine_data': 2}
    #[expect(
        clippy::wrong_self_convention,
        reason = "the Python method's name: it reads a response for this framework"
    )]
    fn from_fhir_response<'py>(
        &self,
        py: Python<'py>,
        response: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let doc = Doc::extract_in(response, "response", None)?;
            let a = py
                .detach(|| match &doc {
                    Doc::Value(v) => self.inner.from_fhir_response_value(v),
                    Doc::Plain(t) => self
                        .inner
                        .from_fhir_response_value(&crate::doc::plain_value(t)),
                    Doc::Text(t) => self.inner.from_fhir_response(t),
                    Doc::BadEncoding(pos) => Err(Doc::encoding_error(*pos)),
                    Doc::Path(p) => {
                        lhs_maturity::read_text_file(p, lhs_maturity::Document::Assessment)
                            .and_then(|t| self.inner.from_fhir_response(&t))
                    }
                })
                .map_err(py_err(py))?;
            ser_to_py(py, &a)
        })
    }

    /// The blank relevance form of an expert panel, as CSV text (the core's
    /// `Framework::relevance_form_csv`): one row per indicator with its `indicator` id,
    /// `name` and `statement`, and empty `relevance` (1–4) and `comment` columns. It starts
    /// with a byte order mark, so that spreadsheet programs open it as UTF-8. Read each
    /// filled form back with `read_relevance_csv`.
    ///
    /// Returns:
    ///     str: the CSV text.
    ///
    /// Example:
    ///     >>> form = lhs_maturity.Framework.builtin().relevance_form_csv()
    ///     >>> form.splitlines()[0]
    ///     '\ufeffindicator,name,statement,relevance,comment'
    ///     >>> len(form.splitlines())
    ///     61
    fn relevance_form_csv(&self, py: Python<'_>) -> PyResult<String> {
        guard(py, || Ok(self.inner.relevance_form_csv()))
    }

    /// Reads one filled relevance form (the CSV of `relevance_form_csv`, or any CSV with the
    /// columns `indicator` and `relevance`, and optionally `expert`): the ratings, ready for
    /// `content_validity` (the core's `Framework::read_relevance_csv`).
    ///
    /// Args:
    ///     text (str | bytes): the CSV text (bytes: UTF-8, with or without a byte order mark).
    ///     expert (str): who filled the form in (the `expert` column, where there is one and
    ///         it is not empty, takes precedence).
    ///
    /// Returns:
    ///     list[dict]: one `{"expert", "indicator", "relevance"}` per row with an indicator
    ///     (`relevance` None when left blank).
    ///
    /// Raises:
    ///     InputError: a bad relevance (`input.invalid_relevance`, path
    ///         `/rows/<row>/relevance`, with `line` and `column`), an unknown indicator
    ///         (`input.unknown_indicator`), a missing column (`input.missing_column`), bytes
    ///         that are not UTF-8 (`csv.invalid_encoding`). Every problem is in `details`.
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> fw.read_relevance_csv("indicator,relevance\ninst.info.routine_data,4\n", "expert-a")
    ///     [{'expert': 'expert-a', 'indicator': 'inst.info.routine_data', 'relevance': 4}]
    fn read_relevance_csv<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        expert: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let Ok(expert) = expert.extract::<String>() else {
                let e = Error::argument("expert", "text", &type_name(expert))
                    .with_value("hint", "example")
                    .with_value("example", "read_relevance_csv(text, \"expert-1\")");
                return Err(to_py_err(py, &e));
            };
            let text: String = if let Ok(b) = text.cast::<pyo3::types::PyBytes>() {
                lhs_maturity::csv_text(b.as_bytes())
                    .map(str::to_owned)
                    .map_err(|e| to_py_err(py, &as_input(e)))?
            } else if let Ok(s) = text.cast::<pyo3::types::PyString>() {
                s.to_str()?.to_owned()
            } else {
                let e = Error::document_argument("text", "csv_text", &type_name(text));
                let e = if text.hasattr("__fspath__")? {
                    e.with_value("hint", "instead")
                        .with_value("example", "path.read_bytes()")
                } else {
                    e
                };
                return Err(to_py_err(py, &e));
            };
            let ratings = py
                .detach(|| self.inner.read_relevance_csv(&text, &expert))
                .map_err(py_err(py))?;
            ser_to_py(py, &ratings)
        })
    }

    /// The framework's DHIS2 metadata package (the core's `Framework::dhis2_metadata`), for
    /// `POST /api/metadata`, imported once by an administrator: a data element for the score,
    /// the level and the coverage of the overall score and of every domain and sub-domain
    /// (scores `NUMBER` and coverages `PERCENTAGE`, aggregated by `AVERAGE`; levels an option
    /// of the levels' option set, aggregation `NONE`; never `SUM`), the option set, and a data
    /// set holding them all. UIDs are derived from the framework and node ids, so a node keeps
    /// its UID across versions of the framework; codes and short names fit in 50 characters.
    ///
    /// Args:
    ///     units (str | os.PathLike | None): a CSV file of units (`id,name,kind,org_unit`); the
    ///         data set is assigned to their organisation units.
    ///     period_type (str | None): the data set's DHIS2 period type (`'Yearly'`, the
    ///         default, `'Quarterly'`, `'Monthly'`...).
    ///     code_prefix (str | None): the start of every code (default: the framework id in
    ///         capitals, `LHS_2021`).
    ///     language (str | None): the language of the names, one of the framework's (default
    ///         English).
    ///
    /// Returns:
    ///     dict: `dataElements`, `optionSets`, `options` and `dataSets`, as DHIS2 reads them.
    ///
    /// Raises:
    ///     InputError: `dhis2.invalid_option` at `/period_type`, `/code_prefix` or
    ///         `/units/<i>/org_unit` (not a DHIS2 UID); a bad units list
    ///         (`input.invalid_unit`).
    ///
    /// Example:
    ///     >>> m = lhs_maturity.Framework.builtin().to_dhis2_metadata(period_type="Quarterly")
    ///     >>> m["dataElements"][0]["code"], m["dataElements"][0]["valueType"]
    ///     ('LHS_2021_OVERALL_SCORE', 'NUMBER')
    ///     >>> m["dataSets"][0]["periodType"]
    ///     'Quarterly'
    #[pyo3(signature = (*, units = None, period_type = None, code_prefix = None, language = None))]
    fn to_dhis2_metadata<'py>(
        &self,
        py: Python<'py>,
        units: Option<&Bound<'py, PyAny>>,
        period_type: Option<String>,
        code_prefix: Option<String>,
        language: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let o = crate::dhis2::metadata_options(py, units, period_type, code_prefix, language)?;
            let m = self.inner.dhis2_metadata(&o).map_err(py_err(py))?;
            crate::convert::to_py(py, &m)
        })
    }

    /// The mapping of the framework to a DHIS2 instance (the core's `Framework::dhis2_mapping`
    /// and `dhis2_mapping_from_metadata`): the data set, the data elements of each node's
    /// score, level and coverage, and the organisation unit of each unit. Without `metadata`,
    /// the UIDs of the package `to_dhis2_metadata` makes; with it, the data elements found by
    /// their code in that package (as exported back from DHIS2, whatever their UIDs).
    ///
    /// Args:
    ///     units (str | os.PathLike | None): a CSV file of units whose `org_unit` column gives
    ///         their DHIS2 organisation units.
    ///     metadata (dict | None): a metadata package to find the data elements in.
    ///     period_type (str | None): as for `to_dhis2_metadata`.
    ///     code_prefix (str | None): as for `to_dhis2_metadata` (the codes looked for).
    ///
    /// Returns:
    ///     dict: `schema_version`, `framework`, `data_set`, `overall` and `nodes` (each
    ///     `{"score", "level", "coverage"}` data element UIDs), `org_units` (unit id → UID).
    ///
    /// Raises:
    ///     InputError: `dhis2.invalid_metadata` (a data element missing, named by its code,
    ///         node and measure; an id that is not a UID); the errors of the options.
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> m = fw.to_dhis2_mapping()
    ///     >>> m["overall"]["score"] == fw.to_dhis2_metadata()["dataElements"][0]["id"]
    ///     True
    #[pyo3(signature = (*, units = None, metadata = None, period_type = None, code_prefix = None))]
    fn to_dhis2_mapping<'py>(
        &self,
        py: Python<'py>,
        units: Option<&Bound<'py, PyAny>>,
        metadata: Option<&Bound<'py, PyAny>>,
        period_type: Option<String>,
        code_prefix: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let o = crate::dhis2::metadata_options(py, units, period_type, code_prefix, None)?;
            let m = crate::dhis2::mapping(py, &self.inner, metadata, &o)?;
            crate::convert::ser_to_py(py, &m)
        })
    }

    /// The scores of reports as a DHIS2 `dataValueSet` (the core's
    /// `Framework::dhis2_data_values`), for `POST /api/dataValueSets`: per report the overall
    /// score and every domain's and sub-domain's, with the levels and coverages (× 100, whole
    /// numbers) if asked, for the organisation unit of its unit and the DHIS2 period of its
    /// period (`2026-Q3` → `2026Q3`, `2026-09` → `202609`, `2026` → `2026`). Null scores are
    /// left out.
    ///
    /// Args:
    ///     reports (list): reports or assessments (dicts, `Report`s, JSON text, paths); an
    ///         assessment is scored with this framework.
    ///     mapping (dict | str): the mapping (`to_dhis2_mapping`), or its JSON text.
    ///     units (str | os.PathLike | None): a CSV file of units adding organisation units to
    ///         the mapping.
    ///     levels (bool): the levels too (default False).
    ///     coverage (bool): the coverages too (default False).
    ///     csv (bool): DHIS2's CSV form instead of its JSON (default False).
    ///
    /// Returns:
    ///     str: the JSON (`{"dataSet", "dataValues"}`) or CSV text to import.
    ///
    /// Raises:
    ///     InputError: at `/<i>/...` of the reports list: `dhis2.unmapped_unit` (a unit without
    ///         an organisation unit, named), `dhis2.invalid_period` (no DHIS2 period id, the
    ///         period named), `dhis2.duplicate_value` (a second report for one organisation unit
    ///         and period: pool them first), `dhis2.unmapped_node` (a node without a data
    ///         element, named), `dhis2.other_framework`; a bad mapping
    ///         (`dhis2.invalid_mapping` at its place in the mapping).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> mapping = fw.to_dhis2_mapping()
    ///     >>> mapping["org_units"]["kis-east"] = "fXy12AbCdE3"
    ///     >>> a = {"unit": {"id": "kis-east"}, "period": "2026-Q3", "answers": {"inst.info.routine_data": 2}}
    ///     >>> import json
    ///     >>> v = json.loads(fw.to_dhis2([a], mapping))["dataValues"][0]
    ///     >>> v["period"], v["orgUnit"], v["value"]
    ///     ('2026Q3', 'fXy12AbCdE3', '2')
    #[pyo3(signature = (reports, mapping, *, units = None, levels = false, coverage = false, csv = false))]
    #[expect(
        clippy::too_many_arguments,
        reason = "the keyword arguments of the Python method"
    )]
    fn to_dhis2<'py>(
        &self,
        py: Python<'py>,
        reports: &Bound<'py, PyAny>,
        mapping: &Bound<'py, PyAny>,
        units: Option<&Bound<'py, PyAny>>,
        levels: bool,
        coverage: bool,
        csv: bool,
    ) -> PyResult<String> {
        guard(py, || {
            crate::dhis2::data_values(
                py,
                &self.inner,
                reports,
                mapping,
                units,
                levels,
                coverage,
                csv,
            )
        })
    }

    /// The assessments in the long format, one row per assessment and indicator (in
    /// assessment, then framework order), ready for item-response analyses (Rasch, Mokken) in
    /// other tools (the core's `Framework::long_rows`; `spec/schema/long.schema.json`).
    ///
    /// Args:
    ///     assessments (Iterable[dict | str | bytes | os.PathLike]): the assessments; each is
    ///         checked against this framework first.
    ///     as_frame (bool | None): True: a DataFrame (needs pandas); False: a list of dicts;
    ///         None (default): a DataFrame when pandas is installed.
    ///
    /// Returns:
    ///     pandas.DataFrame | list[dict]: the columns `unit` (the unit's id, else its name),
    ///     `unit_kind`, `period`, `rater` (the respondent's id, else name, else role),
    ///     `indicator`, `domain`, `level` (nullable `Int64`: the level, from the answer or its
    ///     elements; missing when not rated) and `status` (`rated`, `na`, `unknown`,
    ///     `missing` or `does_not_apply`).
    ///
    /// Raises:
    ///     AssessmentError: an assessment is invalid for this framework (paths start with its
    ///         position, `/1/answers/...`, and `index` is set).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> a = {"unit": {"id": "kis", "kind": "facility"}, "respondent": {"id": "r1"},
    ///     ...      "answers": {"inst.info.routine_data": 2, "inst.info.me_integration": "na"}}
    ///     >>> rows = fw.long_format([a], as_frame=False)
    ///     >>> len(rows), rows[0]
    ///     (60, {'unit': 'kis', 'unit_kind': 'facility', 'period': None, 'rater': 'r1', 'indicator': 'inst.info.routine_data', 'domain': 'inst', 'level': 2, 'status': 'rated'})
    ///     >>> [(r["indicator"], r["status"]) for r in rows[1:4]]
    ///     [('inst.info.me_integration', 'na'), ('inst.info.embedded_research', 'does_not_apply'), ('inst.info.policy_research_institutes', 'does_not_apply')]
    #[pyo3(signature = (assessments, *, as_frame = None))]
    fn long_format<'py>(
        slf: &Bound<'py, Self>,
        assessments: &Bound<'py, PyAny>,
        as_frame: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        guard(py, || {
            py.import("lhs_maturity._analysis")?
                .call_method1("_long_format", (slf, assessments, as_frame))
        })
    }

    /// The long format (`long_format`) as CSV text: the header
    /// `unit,unit_kind,period,rater,indicator,domain,level,status` and one line per
    /// assessment and indicator (`level` empty when not rated); text cells that a spreadsheet
    /// would read as a formula start with `'` (the core's `Framework::long_csv`).
    ///
    /// Args:
    ///     assessments (Iterable[dict | str | bytes | os.PathLike]): as in `long_format`.
    ///
    /// Returns:
    ///     str: the CSV text.
    ///
    /// Raises:
    ///     AssessmentError: as in `long_format`.
    ///
    /// Example:
    ///     >>> csv = lhs_maturity.Framework.builtin().long_csv([{"answers": {"inst.info.routine_data": 3}}])
    ///     >>> csv.splitlines()[:2]
    ///     ['unit,unit_kind,period,rater,indicator,domain,level,status', ',,,,inst.info.routine_data,inst,3,rated']
    fn long_csv<'py>(&self, py: Python<'py>, assessments: &Bound<'py, PyAny>) -> PyResult<String> {
        guard(py, || {
            let fw = &self.inner;
            let docs = assessment_docs(assessments)?;
            let result = py.detach(|| read_valid_assessments(fw, &docs).map(|l| fw.long_csv(&l)));
            result.map_err(|e| e.into_py(py))
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

    /// The columns of a table of scores, in order (the core's `Framework::result_columns`):
    /// for `overall`, then every domain and sub-domain, its score (`float64`), level (`int8`)
    /// and coverage (`float64`), each of which may be empty in a row. `score_frame` gives these
    /// columns (after the metadata columns it copies) for pandas, polars and Arrow alike, and
    /// the Dask and Spark helpers declare them as their schema.
    ///
    /// Returns:
    ///     list[dict]: `{"name", "node", "measure", "type"}` per column.
    ///
    /// Example:
    ///     >>> lhs_maturity.Framework.builtin().result_columns()[:2]
    ///     [{'name': 'overall_score', 'node': 'overall', 'measure': 'score', 'type': 'float64'}, {'name': 'overall_level', 'node': 'overall', 'measure': 'level', 'type': 'int8'}]
    fn result_columns<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || ser_to_py(py, &self.inner.result_columns()))
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
    ///     ArgumentError: the argument is not an assessment at all, e.g. a set
    ///         (`argument.invalid_type`, a TypeError too).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> diags = fw.validate({"answers": {"inst.info.routin_data": 2}})
    ///     >>> [d["code"] for d in diags if d["severity"] == "error"]
    ///     ['assessment.unknown_indicator']
    ///     >>> diags[0]["code"], diags[0]["severity"]  # no `unit.kind`: every indicator applies
    ///     ('assessment.no_unit_kind', 'warning')
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
    ///     unknown (str): how `unknown` answers count (`spec/SCORING.md` §23): `'exclude'`
    ///         (default: left out of the scores, like a missing answer, and shown in the
    ///         coverage) or `'zero'` (counted as level 0; the report then says
    ///         `unknown_rule: 'zero'` and the explanation `unknown_as_zero`).
    ///
    /// Returns:
    ///     Report: the scores, levels, coverage, learning profile, gaps and next steps.
    ///
    /// Raises:
    ///     AssessmentError: the assessment has errors; `details` lists all of them.
    ///     InputError: an option is invalid (e.g. `default_target` above the top level, or
    ///         `unknown` neither `'exclude'` nor `'zero'`: `input.invalid_option`).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> a = {"answers": {"inst.info.routine_data": 2, "inst.info.me_integration": 3,
    ///     ...                  "inst.info.embedded_research": "unknown"}}
    ///     >>> r = fw.score(a)
    ///     >>> r.overall["score"], r.overall["level_key"]
    ///     (2.5, 'established')
    ///     >>> r0 = fw.score(a, unknown="zero")
    ///     >>> r0.overall["score"], r0.unknown_rule
    ///     (1.6666666666666667, 'zero')
    ///     >>> ru = fw.score(a, uncertainty=True)
    ///     >>> ru.uncertainty["nodes"][0]["bounds"]["settled"]
    ///     False
    #[pyo3(
        signature = (assessment, *, default_target = None, language = "en".to_owned(), unknown = "exclude".to_owned(), uncertainty = None),
        text_signature = "(self, /, assessment, *, default_target=None, language='en', unknown='exclude', uncertainty=None)"
    )]
    fn score(
        &self,
        py: Python<'_>,
        assessment: &Bound<'_, PyAny>,
        default_target: Option<&Bound<'_, PyAny>>,
        #[pyo3(from_py_with = language_arg)] language: String,
        #[pyo3(from_py_with = unknown_arg)] unknown: String,
        uncertainty: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyReport> {
        guard(py, || {
            let opts = options(py, default_target, &language, &unknown)?;
            let sure = match uncertainty {
                Some(u) => uncertainty_options(py, u)?,
                None => None,
            };
            let doc = Doc::extract_for_score(assessment, "assessment", None)?;
            let report = match sure {
                None => doc.score(&self.inner, &opts),
                Some(u) => doc
                    .read_for(&self.inner)
                    .and_then(|a| self.inner.score_with_uncertainty(&a, &opts, &u)),
            };
            let report = report.map_err(py_err(py))?;
            Ok(PyReport::new(report, self.inner.clone()))
        })
    }

    /// How sure an assessment's scores are (`spec/SCORING.md` §28): per node, the range its
    /// unknown and missing answers allow (`bounds`, `settled` when no answer still to find can
    /// change the level) and the distribution of its score over the raters' confidence, with
    /// independent errors and with one rater's errors moving together (`mean`, the central 90%
    /// `interval`, `p_level_at_least`, and `std_error` for Monte Carlo). Exact with at most
    /// `max_exact` uncertain answers, else Monte Carlo with the seed: the same numbers as the
    /// command line and JavaScript for the same seed.
    ///
    /// Args:
    ///     assessment (dict | str | bytes | os.PathLike): the assessment.
    ///     draws (int | None): Monte Carlo draws (default 10,000).
    ///     seed (int | None): the seed, a whole number up to 2**53 - 1 (default 2021).
    ///     max_exact (int | None): the most uncertain answers enumerated exactly (default 10).
    ///     model (dict | None): the chances per confidence, e.g.
    ///         `{"low": {"same": 0.6, "next": 0.2}}` (those left out keep their defaults:
    ///         high 0.9/0.05, medium 0.7/0.15, low 0.5/0.25, unstated as medium).
    ///     unknown (str): how `unknown` answers count, as in `score`.
    ///     as_frame (bool): True: a tidy DataFrame instead (needs pandas), one row per node and
    ///         kind of error (`independent`, `correlated`): `node`, `errors`, `score`, `level`,
    ///         `mean`, `interval_low`, `interval_high`, `std_error`, `p_level_at_least_<k>`,
    ///         `bound_low`, `bound_high`, `level_low`, `level_high`, `settled` (the core's
    ///         table, as `lhs-maturity uncertainty --format csv` writes it).
    ///
    /// Returns:
    ///     Uncertainty: a dict (`spec/schema/uncertainty.schema.json`), or a DataFrame.
    ///
    /// Raises:
    ///     AssessmentError: the assessment has errors.
    ///     InputError: an option is invalid (`input.invalid_option`,
    ///         `input.invalid_uncertainty_option`, every one at once).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> u = fw.uncertainty({"answers": {"inst.info.routine_data": {"level": 2, "confidence": "high"}}})
    ///     >>> u["method"], round(u["nodes"][0]["independent"]["p_level_at_least"][2], 12)
    ///     ('exact', 0.95)
    #[pyo3(
        signature = (assessment, *, draws = None, seed = None, max_exact = None, model = None, unknown = "exclude".to_owned(), as_frame = false),
        text_signature = "(self, /, assessment, *, draws=None, seed=None, max_exact=None, model=None, unknown='exclude', as_frame=False)"
    )]
    #[expect(
        clippy::too_many_arguments,
        reason = "the keyword arguments of the options, as Python users write them"
    )]
    fn uncertainty<'py>(
        &self,
        py: Python<'py>,
        assessment: &Bound<'py, PyAny>,
        draws: Option<&Bound<'py, PyAny>>,
        seed: Option<&Bound<'py, PyAny>>,
        max_exact: Option<&Bound<'py, PyAny>>,
        model: Option<&Bound<'py, PyAny>>,
        #[pyo3(from_py_with = unknown_arg)] unknown: String,
        as_frame: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        guard(py, || {
            let mut given = serde_json::Map::new();
            for (name, v) in [
                ("draws", draws),
                ("seed", seed),
                ("max_exact", max_exact),
                ("model", model),
            ] {
                if let Some(v) = v.filter(|v| !v.is_none()) {
                    given.insert(name.to_owned(), to_value(v)?);
                }
            }
            let mut o = lhs_maturity::analysis::UncertaintyOptions::from_options(
                &serde_json::Value::Object(given),
                false,
            )
            .map_err(|e| to_py_err(py, &e))?;
            o.unknown = unknown_rule(py, &unknown)?;
            let doc = Doc::extract_in(assessment, "assessment", None)?;
            let result = doc
                .read_for(&self.inner)
                .and_then(|a| self.inner.uncertainty(&a, &o))
                .map_err(py_err(py))?;
            if !as_frame {
                return ser_to_py(py, &result);
            }
            let tables = crate::analysis::tables_to_py(py, &[result.table()])?;
            py.import("lhs_maturity._analysis")?
                .call_method1("_table", (tables.get_item(0)?, true))
        })
    }

    /// Scores many assessments in one call, on every core, with the GIL released.
    ///
    /// Args:
    ///     assessments (Iterable[dict | str | bytes | os.PathLike]): the assessments.
    ///     default_target (int | None): as in `score`.
    ///     language (str): as in `score`.
    ///     unknown (str): as in `score`.
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
    ///     InputError: an option is invalid (as in `score`), or `errors` is neither "raise" nor
    ///         "return" (`argument.invalid_value`).
    ///     ArgumentError: `assessments` is not a list (a single assessment, text, a path), or an
    ///         item is not an assessment (`argument.invalid_type`, a TypeError too).
    ///
    /// Example:
    ///     >>> fw = lhs_maturity.Framework.builtin()
    ///     >>> reports = fw.score_many([{"answers": {"inst.info.routine_data": l}} for l in range(5)])
    ///     >>> [r.overall["score"] for r in reports]
    ///     [0.0, 1.0, 2.0, 3.0, 4.0]
    #[pyo3(
        signature = (assessments, *, default_target = None, language = "en".to_owned(), unknown = "exclude".to_owned(), errors = "raise"),
        text_signature = "(self, /, assessments, *, default_target=None, language='en', unknown='exclude', errors='raise')"
    )]
    fn score_many<'py>(
        &self,
        py: Python<'py>,
        assessments: &Bound<'py, PyAny>,
        default_target: Option<&Bound<'py, PyAny>>,
        #[pyo3(from_py_with = language_arg)] language: String,
        #[pyo3(from_py_with = unknown_arg)] unknown: String,
        errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        guard(py, || {
            let opts = options(py, default_target, &language, &unknown)?;
            let return_errors = match errors {
                "raise" => false,
                "return" => true,
                other => {
                    let e = Error::argument_value("errors", "choice", &format!("{other:?}"))
                        .with_value("choices", "`\"raise\"`, `\"return\"`");
                    return Err(to_py_err(py, &e));
                }
            };
            let single = text_of(assessments).is_some()
                || assessments.cast::<pyo3::types::PyMapping>().is_ok()
                || assessments.hasattr("__fspath__")?;
            let items = match assessments.try_iter() {
                Ok(items) if !single => items,
                _ => {
                    let e = Error::document_argument(
                        "assessments",
                        "assessments",
                        &type_name(assessments),
                    );
                    let e = if single {
                        e.with_value("hint", "instead")
                            .with_value("example", "score(assessment)")
                    } else {
                        e
                    };
                    return Err(to_py_err(py, &e));
                }
            };
            let mut docs = Vec::new();
            for (i, item) in items.enumerate() {
                docs.push(Doc::extract_for_score(
                    &item?,
                    "assessment",
                    Some(Part::Assessment(i)),
                )?);
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

    /// Maps DataFrame column names to indicator positions (`-1` for the metadata and
    /// `unit_<label>` columns, passed through), with the core's rule for a wide table's columns
    /// (`Framework::columns`): every unknown and repeated column at once.
    fn _frame_columns(&self, py: Python<'_>, names: Vec<String>) -> PyResult<Vec<i64>> {
        guard(py, || {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let columns = self.inner.columns(&names).map_err(|e| to_py_err(py, &e))?;
            Ok(columns
                .into_iter()
                .map(|c| match c {
                    Column::Indicator(i) => i as i64,
                    _ => -1,
                })
                .collect())
        })
    }

    /// Converts DataFrame columns to cells with the core's rules, marks the indicators that do
    /// not apply to each row's unit kind (`kinds`, from a `unit_kind` column) and scores the
    /// matrix with the rule for `unknown` answers.
    #[pyo3(
        signature = (rows, columns, coerce, unknown = "exclude".to_owned(), kinds = None, row_keys = None),
        text_signature = "(self, /, rows, columns, coerce, unknown='exclude', kinds=None, row_keys=None)"
    )]
    #[expect(
        clippy::too_many_arguments,
        reason = "a private method: the columns and every option of score_frame"
    )]
    fn _score_columns<'py>(
        &self,
        py: Python<'py>,
        rows: usize,
        columns: &Bound<'py, PyList>,
        coerce: bool,
        #[pyo3(from_py_with = unknown_arg)] unknown: String,
        kinds: Option<Vec<Option<String>>>,
        row_keys: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        guard(py, || {
            let rule = unknown_rule(py, &unknown)?;
            if kinds.as_ref().is_some_and(|k| k.len() != rows) {
                return Err(PyValueError::new_err("unit kinds of the wrong length"));
            }
            if row_keys.as_ref().is_some_and(|k| k.len() != rows) {
                return Err(PyValueError::new_err("row keys of the wrong length"));
            }
            let matrix = crate::frame::Matrix {
                rows,
                coerce,
                unknown: rule,
                kinds: kinds.as_deref(),
                row_keys: row_keys.as_deref(),
            };
            crate::frame::score_columns(py, &self.inner, columns, &matrix)
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
