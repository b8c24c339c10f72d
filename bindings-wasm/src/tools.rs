//! The framework tools of the core, forwarded: the built-in framework an assessment names
//! (`builtinFor`), the rateability linter (`lint`), migrating an assessment to this framework's
//! version (`migrate`), the content-validity kit (`contentValidity`, `relevanceFormCsv`,
//! `readRelevanceCsv`), the long format (`longRows`, `longCsv`) and blank assessments
//! (`template`).

use crate::analysis::scalar;
use crate::{
    advise, argument_error, array_arg, assessments_arg, js_type, json_text, options_reader, shown,
    throw, to_js, unit_kind, Framework,
};
use js_sys::{Object, Reflect};
use lhs_maturity::analysis::{self, MigrationMap, RatingItem, BUILTIN_MIGRATION_JSON};
use lhs_maturity::{Assessment, DocumentKind, Error, Part, UnitKind};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// An assessment argument (a plain object, as `score` takes it), read by the core's reader.
fn assessment_arg(value: &JsValue) -> Result<Assessment, Error> {
    Assessment::from_json(&json_text(value, DocumentKind::Assessment)?)
}

/// Reads the options of `migrate`: `map`, a migration map (an object or its JSON text) read by
/// the core (`MigrationMap::from_json`, `migration.invalid`).
fn migrate_options(options: &JsValue) -> Result<Option<MigrationMap>, Error> {
    let mut o = options_reader(options, &["map"], "{ map: migrationMap }")?;
    let map = o.value("map").and_then(|v| {
        let text = match v {
            Value::String(t) => t,
            other => other.to_string(),
        };
        let map = MigrationMap::from_json(&text).map_err(|e| e.within(Part::Member("/map")));
        o.check("map", map)
    });
    o.finish()?;
    Ok(map)
}

/// Reads the options of `template`: `{ unitKind, language }` (default: every indicator, English).
fn template_options(options: &JsValue) -> Result<(Option<UnitKind>, String), Error> {
    let mut o = options_reader(
        options,
        &["unitKind", "language"],
        "{ unitKind: \"district\", language: \"fr\" }",
    )?;
    let kind = unit_kind(&mut o);
    let language = o.string("language").unwrap_or_else(|| "en".to_owned());
    o.finish()?;
    Ok((kind, language))
}

/// One relevance rating `{ expert, indicator, relevance }` in the core's neutral form (a field
/// it lacks is missing), or what it is instead. Only conversion: the core reads the fields
/// (`Framework::content_validity_of`).
fn rating_item(item: &JsValue) -> RatingItem {
    if !item.is_object() || js_sys::Array::is_array(item) {
        return RatingItem::Other(shown(item));
    }
    let field = |name: &str| {
        scalar(&Reflect::get(item, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED))
    };
    RatingItem::Fields {
        expert: field("expert"),
        indicator: field("indicator"),
        relevance: field("relevance"),
    }
}

#[wasm_bindgen]
impl Framework {
    /// The built-in framework an assessment names: the version in its `framework`, or the
    /// latest with a warning (`assessment.no_framework_version`) when it names none. Throws an
    /// `AssessmentError` for an unreadable assessment or an unknown version
    /// (`assessment.unknown_framework_version`).
    #[wasm_bindgen(
        js_name = builtinFor,
        unchecked_return_type = "{ framework: Framework; warning: Diagnostic | null }"
    )]
    pub fn builtin_for(
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
    ) -> Result<JsValue, JsValue> {
        let a = assessment_arg(&assessment).map_err(throw)?;
        let (mut inner, warning) = lhs_maturity::Framework::builtin_for(&a).map_err(throw)?;
        // The latest version carries the languages added by `addLanguage`.
        let latest = crate::languages::latest_builtin();
        if inner.version() == latest.version() {
            inner = latest;
        }
        let out = Object::new();
        let warning = match warning {
            Some(w) => to_js(&w)?,
            None => JsValue::NULL,
        };
        Reflect::set(&out, &"framework".into(), &Framework { inner }.into())?;
        Reflect::set(&out, &"warning".into(), &warning)?;
        Ok(out.into())
    }

    /// The rateability linter's findings on this framework's texts (`lint.*` warnings with the
    /// JSON Pointer of each text) and figures about its descriptors.
    #[wasm_bindgen(unchecked_return_type = "LintReport")]
    pub fn lint(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.lint())
    }

    /// Moves an assessment of an older version of this framework to this one, by the built-in
    /// migration map to this version or the one given (`{ map }`): every answer and note
    /// carried over, proposals and answers with nowhere to go recorded under the assessment's
    /// `migration`.
    #[wasm_bindgen(unchecked_return_type = "Migration")]
    pub fn migrate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "MigrateOptions | null")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let given = migrate_options(&options).map_err(throw)?;
        let a = assessment_arg(&assessment).map_err(throw)?;
        let map = match given {
            Some(map) => map,
            None => {
                // The built-in map that leads to this framework's version; the core then checks
                // the assessment's framework and version (`migration.already_migrated`,
                // `migration.wrong_version`...). With none, the core's lookup says why
                // (`migration.no_map`).
                let builtin = MigrationMap::from_json(BUILTIN_MIGRATION_JSON).map_err(throw)?;
                if builtin.to == self.inner.version() {
                    builtin
                } else {
                    let from = a.framework.as_ref().and_then(|f| f.version.clone());
                    let from = from.unwrap_or_else(|| builtin.from.clone());
                    MigrationMap::builtin(&from, self.inner.version()).map_err(throw)?
                }
            }
        };
        to_js(&analysis::migrate(&a, &map, &self.inner).map_err(throw)?)
    }

    /// The content validity of this framework from an expert panel's relevance ratings
    /// (`{ expert, indicator, relevance }`, relevance 1–4 or `null`): I-CVI, modified kappa and
    /// its interpretation per indicator, S-CVI/Ave and S-CVI/UA.
    #[wasm_bindgen(js_name = contentValidity, unchecked_return_type = "ContentValidity")]
    pub fn content_validity(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RelevanceRating[]")] ratings: JsValue,
    ) -> Result<JsValue, JsValue> {
        let list = array_arg(&ratings, "contentValidity", "ratings").map_err(throw)?;
        let items = list.iter().map(|item| rating_item(&item)).collect();
        to_js(&self.inner.content_validity_of(items).map_err(throw)?)
    }

    /// The blank relevance form of an expert panel, as CSV (one row per indicator).
    #[wasm_bindgen(js_name = relevanceFormCsv)]
    pub fn relevance_form_csv(&self) -> String {
        self.inner.relevance_form_csv()
    }

    /// Reads one filled relevance form (CSV text) into ratings, attributed to `expert` (or to
    /// the form's `expert` column); every bad cell is reported (`/rows/<row>/<column>`).
    #[wasm_bindgen(js_name = readRelevanceCsv, unchecked_return_type = "RelevanceRating[]")]
    pub fn read_relevance_csv(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] expert: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = text.as_string().ok_or_else(|| {
            let e = Error::document_argument("text", "csv_text", &js_type(&text));
            throw(advise(
                e,
                Some(("example", "fs.readFileSync(path, \"utf8\")")),
            ))
        })?;
        let expert = expert.as_string().ok_or_else(|| {
            let advice = Some(("example", "readRelevanceCsv(text, \"expert-1\")"));
            throw(argument_error("expert", "text", &expert, advice))
        })?;
        to_js(
            &self
                .inner
                .read_relevance_csv(&text, &expert)
                .map_err(throw)?,
        )
    }

    /// Reads a file of submissions of the framework's form (the core's `read_submissions`):
    /// ODK Central's CSV export and OData JSON, KoboToolbox's CSV export and API JSON, an ODK
    /// Collect instance XML. ZIP archives and workbooks are read by the command line and Python
    /// only (`submissions.unsupported`). `name` is the file's name.
    #[wasm_bindgen(js_name = readSubmissions, unchecked_return_type = "{ layout: string; counts: { submissions: number; read: number; refused: number; rejected: number; not_approved: number; undecrypted: number; duplicates: number }; assessments: Assessment[]; refused: Array<{ row: number; line: number; code: string; message: string; details: Diagnostic[] }>; warnings: Diagnostic[] }")]
    pub fn read_submissions(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Uint8Array | string")] data: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    ) -> Result<JsValue, JsValue> {
        let bytes = match data.as_string() {
            Some(text) => text.into_bytes(),
            None if data.is_instance_of::<js_sys::Uint8Array>() => {
                js_sys::Uint8Array::new(&data).to_vec()
            }
            None => {
                let advice = Some(("example", "readSubmissions(bytes, \"export.csv\")"));
                return Err(throw(argument_error("data", "text", &data, advice)));
            }
        };
        let name = name.as_string().ok_or_else(|| {
            let advice = Some(("example", "readSubmissions(bytes, \"export.csv\")"));
            throw(argument_error("name", "text", &name, advice))
        })?;
        let s = self.inner.read_submissions(&name, &bytes).map_err(throw)?;
        to_js(&s.to_value())
    }

    /// Every assessment in the long format: one row per (assessment, indicator) with the level
    /// and status, in assessment then framework order.
    #[wasm_bindgen(js_name = longRows, unchecked_return_type = "LongRow[]")]
    pub fn long_rows(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
    ) -> Result<JsValue, JsValue> {
        let list = assessments_arg(&self.inner, &assessments, "longRows").map_err(throw)?;
        to_js(&self.inner.long_rows(&list))
    }

    /// `longRows` as CSV text (formula-like text cells guarded with `'`).
    #[wasm_bindgen(js_name = longCsv)]
    pub fn long_csv(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment[]")] assessments: JsValue,
    ) -> Result<String, JsValue> {
        let list = assessments_arg(&self.inner, &assessments, "longCsv").map_err(throw)?;
        Ok(self.inner.long_csv(&list))
    }

    /// A blank assessment to fill in: one answer per indicator (`level: null`) annotated with
    /// the statement, guiding question, evidence, level descriptors and elements (`$` fields);
    /// with `{ unitKind }`, only the indicators that apply to that kind, in its wording; with
    /// `{ language }`, the framework's texts and the instructions in that language.
    #[wasm_bindgen(unchecked_return_type = "Assessment")]
    pub fn template(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "TemplateOptions | null")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let (kind, language) = template_options(&options).map_err(throw)?;
        to_js(&self.inner.template_value_with(kind, &language))
    }
}

/// Reads the options of `toFhirQuestionnaire`: `{ language, units, revision }` (units: the
/// CSV text of the units list, read by the core's `FormUnit::read_csv`).
fn fhir_options(options: &JsValue) -> Result<lhs_maturity::FhirOptions, Error> {
    let mut o = options_reader(
        options,
        &["language", "units", "revision"],
        "{ language: \"fr\", units: \"id,name,kind\\nkis-east,Kisumu East,district\\n\", revision: 2 }",
    )?;
    let mut out = lhs_maturity::FhirOptions::default();
    if let Some(l) = o.string("language") {
        out.lang = l;
    }
    if let Some(r) = o.whole_number("revision") {
        out.revision = r;
    }
    if let Some(text) = o.string("units") {
        let units =
            lhs_maturity::FormUnit::read_csv(&text).map_err(|e| e.within(Part::Member("/units")));
        if let Some(u) = o.check("units", units) {
            out.units = u;
        }
    }
    o.finish()?;
    Ok(out)
}

/// FHIR R4 (Structured Data Capture): the Questionnaire, its CodeSystem, and responses in and
/// out, from the core (`fhir_questionnaire`, `fhir_code_system`, `to_fhir_response`,
/// `from_fhir_response`).
#[wasm_bindgen]
impl Framework {
    /// The framework's FHIR R4 Questionnaire in one language (`options.language`, default
    /// English; the other languages in `translation` extensions, which LHC-Forms does not
    /// read): the unit (from `options.units`, CSV text, else typed with its kind), the period,
    /// the respondent's group, one group per domain and sub-domain, and per indicator a choice
    /// with inline answer options (levels with ordinalValue and itemWeight, `na`, `unknown`),
    /// help text, evidence, confidence, justification and target; `enableWhen` by unit kind.
    /// Throws an `InputError` for a language the framework lacks (`fhir.unavailable_language`)
    /// or a bad units list.
    #[wasm_bindgen(js_name = toFhirQuestionnaire, unchecked_return_type = "Record<string, unknown>")]
    pub fn to_fhir_questionnaire(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ language?: string; units?: string; revision?: number }"
        )]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let options = fhir_options(&options).map_err(throw)?;
        to_js(&self.inner.fhir_questionnaire(&options).map_err(throw)?)
    }

    /// The FHIR R4 CodeSystem of the framework's ratings: the levels, `na` and `unknown`.
    #[wasm_bindgen(js_name = toFhirCodeSystem, unchecked_return_type = "Record<string, unknown>")]
    pub fn to_fhir_code_system(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.fhir_code_system())
    }

    /// An assessment as a FHIR R4 QuestionnaireResponse to `toFhirQuestionnaire`, its texts in
    /// `lang` (default English); `fromFhirResponse` reads it back to the same assessment. Throws
    /// an `AssessmentError` for an assessment that does not validate.
    #[wasm_bindgen(js_name = toFhirResponse, unchecked_return_type = "Record<string, unknown>")]
    pub fn to_fhir_response(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Assessment")] assessment: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | undefined")] lang: JsValue,
    ) -> Result<JsValue, JsValue> {
        let lang = match lang.as_string() {
            Some(l) => l,
            None if lang.is_undefined() || lang.is_null() => "en".to_owned(),
            None => {
                let advice = Some(("example", "toFhirResponse(assessment, \"fr\")"));
                return Err(throw(argument_error("lang", "text", &lang, advice)));
            }
        };
        let a = assessment_arg(&assessment).map_err(throw)?;
        to_js(&self.inner.to_fhir_response(&a, &lang).map_err(throw)?)
    }

    /// Reads a FHIR R4 QuestionnaireResponse (an object or its JSON text, e.g. LHC-Forms'
    /// `getFormFHIRData('QuestionnaireResponse', 'R4', element)`) as an assessment. Throws an
    /// `AssessmentError` with every problem: another resource (`fhir.not_a_response`), another
    /// Questionnaire, framework or version (`assessment.version_mismatch`: use `migrate`), bad
    /// items at their `linkId` path.
    #[wasm_bindgen(js_name = fromFhirResponse, unchecked_return_type = "Assessment")]
    pub fn from_fhir_response(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | string")]
        response: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = match response.as_string() {
            Some(t) => t,
            None => json_text(&response, DocumentKind::Assessment).map_err(throw)?,
        };
        to_js(&self.inner.from_fhir_response(&text).map_err(throw)?)
    }
}
