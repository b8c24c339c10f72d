//! A FHIR R4 QuestionnaireResponse to the framework's Questionnaire, read back as an
//! assessment: every item by its `linkId` (the names of the XLSForm), every problem located by
//! its `linkId` path (`inst/inst_info/inst_info_routine_data`).

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::assessment::{
    Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, SubmissionRef, Unit,
};
use crate::model::compiled::Framework;
use crate::model::form_names::FormFieldKind;
use crate::model::framework::UnitKind;
use crate::read::json;
use serde_json::{Map, Value};

/// The base of every canonical URL this library writes.
pub(crate) const FHIR_BASE: &str = "https://lhs-maturity.github.io/fhir";
/// The item of the default target (the level aimed for on every indicator without a target
/// of its own; not a field of the XLSForm).
pub(crate) const DEFAULT_TARGET: &str = "default_target";

/// The suffix of an indicator's target item (not a field of the XLSForm).
pub(crate) const TARGET_SUFFIX: &str = "__target";

/// The canonical URLs of a framework's resources.
pub(crate) struct Urls {
    pub(crate) questionnaire: String,
    pub(crate) levels: String,
    pub(crate) roles: String,
    pub(crate) unit_kind: String,
    pub(crate) confidence: String,
}

impl Urls {
    pub(crate) fn of(fw: &Framework) -> Urls {
        let id = fw.id();
        Urls {
            questionnaire: format!("{FHIR_BASE}/Questionnaire/{id}"),
            levels: format!("{FHIR_BASE}/CodeSystem/{id}-levels"),
            roles: format!("{FHIR_BASE}/CodeSystem/{id}-roles"),
            unit_kind: format!("{FHIR_BASE}/CodeSystem/unit-kind"),
            confidence: format!("{FHIR_BASE}/CodeSystem/confidence"),
        }
    }

    /// The system of the ids of the listed units of one kind: the kind travels with the unit
    /// chosen, so that a response says which indicators apply without the list.
    pub(crate) fn units(kind: UnitKind) -> String {
        format!("{FHIR_BASE}/units/{}", kind.as_str())
    }

    /// The kind of a unit chosen from a list, from its coding's system.
    pub(crate) fn unit_kind_of(system: &str) -> Option<UnitKind> {
        system
            .strip_prefix(FHIR_BASE)?
            .strip_prefix("/units/")
            .and_then(UnitKind::parse)
    }
}

/// What an item holds.
enum Slot {
    Field(FormFieldKind, String),
    Target(String),
    DefaultTarget,
}

struct Reader<'a> {
    fw: &'a Framework,
    urls: Urls,
    a: Assessment,
    problems: Vec<Diagnostic>,
}

fn diag(code: &str, path: &str, args: &[(&str, DiagArg)]) -> Diagnostic {
    i18n::diagnostic(Severity::Error, code, path, args)
}

/// The text of a value, for messages.
fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => {
            let inner = o
                .iter()
                .find(|(k, _)| k.starts_with("value"))
                .map(|(_, v)| v);
            match inner {
                Some(Value::Object(c)) => c
                    .get("code")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => v.to_string(),
            }
        }
        other => other.to_string(),
    }
}

impl Reader<'_> {
    /// `fhir.invalid_field` when the response's `field` is there but is not text of its FHIR
    /// type (`expected`: `id`, `date_time`): what the reader takes, the writer writes back.
    fn checked_field(
        &mut self,
        qr: &Map<String, Value>,
        field: &str,
        expected: &str,
        ok: fn(&str) -> bool,
    ) {
        let Some(v) = qr.get(field) else { return };
        if v.as_str().is_some_and(ok) {
            return;
        }
        self.problems.push(diag(
            "fhir.invalid_field",
            &format!("/{field}"),
            &[
                ("field", field.into()),
                ("value", shown(v).into()),
                ("expected", expected.into()),
            ],
        ));
    }

    fn invalid(&mut self, path: &str, link_id: &str, value: &Value) {
        self.problems.push(diag(
            "fhir.invalid_answer",
            path,
            &[("link_id", link_id.into()), ("value", shown(value).into())],
        ));
    }

    fn slot(&self, link_id: &str) -> Option<Slot> {
        if link_id == DEFAULT_TARGET {
            return Some(Slot::DefaultTarget);
        }
        if let Some(base) = link_id.strip_suffix(TARGET_SUFFIX) {
            let f = self.fw.form_field(base)?;
            return (f.kind == FormFieldKind::Level)
                .then(|| Slot::Target(f.id.unwrap_or_default()));
        }
        if link_id.contains(['-', '/', '.']) {
            return None;
        }
        let f = self.fw.form_field(link_id)?;
        Some(Slot::Field(f.kind, f.id.unwrap_or_default()))
    }

    fn items(&mut self, items: &Value, parent: &str) {
        let Some(list) = items.as_array() else {
            if !items.is_null() {
                self.problems.push(diag(
                    "fhir.invalid_item",
                    if parent.is_empty() { "/item" } else { parent },
                    &[],
                ));
            }
            return;
        };
        for it in list {
            let link_id = it.get("linkId").and_then(Value::as_str).unwrap_or("");
            let path = if parent.is_empty() {
                link_id.to_owned()
            } else {
                format!("{parent}/{link_id}")
            };
            if link_id.is_empty() {
                self.problems.push(diag(
                    "fhir.invalid_item",
                    if parent.is_empty() { "/item" } else { parent },
                    &[],
                ));
                continue;
            }
            let answers: Vec<&Value> = it
                .get("answer")
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
                .unwrap_or_default();
            match self.slot(link_id) {
                None => self.problems.push(diag(
                    "fhir.unknown_item",
                    &path,
                    &[("link_id", link_id.into())],
                )),
                Some(Slot::Field(FormFieldKind::Group, _)) => {}
                Some(slot) => match answers.as_slice() {
                    [] => {}
                    [one] => self.take(&slot, one, link_id, &path),
                    [_, second, ..] => self.invalid(&path, link_id, second),
                },
            }
            if let Some(children) = it.get("item") {
                self.items(children, &path);
            }
            for a in answers {
                if let Some(children) = a.get("item") {
                    self.items(children, &path);
                }
            }
        }
    }

    fn answer(&mut self, id: &str) -> &mut Answer {
        self.a.answers.entry(id.to_owned()).or_default()
    }

    /// A coding's code, when its system is `system` (or it has none).
    fn code<'v>(answer: &'v Value, system: &str) -> Option<&'v str> {
        let c = answer.get("valueCoding")?;
        let ok = c
            .get("system")
            .and_then(Value::as_str)
            .is_none_or(|s| s == system);
        ok.then(|| c.get("code").and_then(Value::as_str))?
    }

    fn string(answer: &Value) -> Option<&str> {
        answer
            .get("valueString")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    fn level(&self, answer: &Value) -> Option<Rating> {
        let code = Self::code(answer, &self.urls.levels)?;
        match code {
            "na" => Some(Rating::NotApplicable),
            "unknown" => Some(Rating::Unknown),
            _ => code
                .parse::<u32>()
                .ok()
                .filter(|l| *l <= self.fw.max_level() && code.len() == 1)
                .map(Rating::Level),
        }
    }

    fn take(&mut self, slot: &Slot, answer: &Value, link_id: &str, path: &str) {
        match slot {
            Slot::Target(id) => match self.level(answer) {
                Some(Rating::Level(l)) => self.answer(id).target = Some(l),
                _ => self.invalid(path, link_id, answer),
            },
            Slot::DefaultTarget => match self.level(answer) {
                Some(Rating::Level(l)) => self.a.default_target = Some(l),
                _ => self.invalid(path, link_id, answer),
            },
            Slot::Field(kind, id) => self.field(*kind, id, answer, link_id, path),
        }
    }

    fn field(&mut self, kind: FormFieldKind, id: &str, answer: &Value, link_id: &str, path: &str) {
        let text = Self::string(answer).map(str::to_owned);
        match kind {
            FormFieldKind::Level => match self.level(answer) {
                Some(r) => self.answer(id).rating = Some(r),
                None => self.invalid(path, link_id, answer),
            },
            FormFieldKind::Evidence | FormFieldKind::Justification => match text {
                Some(t) => {
                    let note = Some(arcstr::ArcStr::from(t));
                    let slot = self.answer(id);
                    if kind == FormFieldKind::Evidence {
                        slot.evidence = note;
                    } else {
                        slot.justification = note;
                    }
                }
                None => self.invalid(path, link_id, answer),
            },
            FormFieldKind::Confidence => {
                let c = match Self::code(answer, &self.urls.confidence) {
                    Some("low") => Confidence::Low,
                    Some("medium") => Confidence::Medium,
                    Some("high") => Confidence::High,
                    _ => return self.invalid(path, link_id, answer),
                };
                self.answer(id).confidence = Some(c);
            }
            FormFieldKind::UnitId => {
                let unit = self.a.unit.get_or_insert_with(Unit::default);
                if let Some(t) = text {
                    unit.id = Some(t);
                } else if let Some(c) = answer.get("valueCoding") {
                    let kind = c
                        .get("system")
                        .and_then(Value::as_str)
                        .and_then(Urls::unit_kind_of);
                    match (c.get("code").and_then(Value::as_str), kind) {
                        (Some(code), Some(kind)) => {
                            unit.id = Some(code.to_owned());
                            unit.name = c.get("display").and_then(Value::as_str).map(str::to_owned);
                            unit.kind = Some(kind.as_str().to_owned());
                        }
                        _ => self.invalid(path, link_id, answer),
                    }
                } else {
                    self.invalid(path, link_id, answer);
                }
            }
            FormFieldKind::UnitName => match text {
                Some(t) => self.a.unit.get_or_insert_with(Unit::default).name = Some(t),
                None => self.invalid(path, link_id, answer),
            },
            FormFieldKind::UnitKind => {
                let code = Self::code(answer, &self.urls.unit_kind).and_then(UnitKind::parse);
                match code {
                    Some(k) => {
                        self.a.unit.get_or_insert_with(Unit::default).kind =
                            Some(k.as_str().to_owned());
                    }
                    None => self.invalid(path, link_id, answer),
                }
            }
            FormFieldKind::OrgUnit => match text {
                Some(t) => {
                    let unit = self.a.unit.get_or_insert_with(Unit::default);
                    unit.extra.insert("org_unit".to_owned(), t.into());
                }
                None => self.invalid(path, link_id, answer),
            },
            FormFieldKind::Period => match text {
                Some(t) => self.a.period = Some(t),
                None => self.invalid(path, link_id, answer),
            },
            FormFieldKind::RespondentRole => {
                let role = text.or_else(|| Self::code(answer, &self.urls.roles).map(str::to_owned));
                match role {
                    Some(r) => {
                        self.a
                            .respondent
                            .get_or_insert_with(Respondent::default)
                            .role = Some(r);
                    }
                    None => self.invalid(path, link_id, answer),
                }
            }
            FormFieldKind::Group
            | FormFieldKind::FrameworkId
            | FormFieldKind::FrameworkVersion
            | FormFieldKind::FormRevision => {}
        }
    }

    /// The framework and revision of the response's `questionnaire` (`url|version.revision`).
    fn questionnaire(&mut self, qr: &Map<String, Value>) -> Option<String> {
        let given = qr
            .get("questionnaire")
            .and_then(Value::as_str)
            .unwrap_or("");
        let (url, version) = match given.split_once('|') {
            Some((u, v)) => (u, Some(v)),
            None => (given, None),
        };
        let prefix = format!("{}/Questionnaire/", FHIR_BASE);
        let Some(id) = url.strip_prefix(&prefix).filter(|i| !i.contains('/')) else {
            self.problems.push(diag(
                "fhir.unknown_questionnaire",
                "/questionnaire",
                &[
                    ("given", given.into()),
                    ("url", self.urls.questionnaire.as_str().into()),
                ],
            ));
            return None;
        };
        let (version, revision) = match version.and_then(|v| v.rsplit_once('.')) {
            Some((v, r)) if !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()) => {
                (Some(v), Some(r.to_owned()))
            }
            _ => (version, None),
        };
        let problem = crate::read::assessment::framework_ref_problem(self.fw, Some(id), version);
        if let Some(mut d) = problem {
            "/questionnaire".clone_into(&mut d.path);
            self.problems.push(d);
        }
        revision
    }
}

impl Framework {
    /// Reads a FHIR R4 QuestionnaireResponse to this framework's Questionnaire
    /// ([`Framework::fhir_questionnaire`], any revision of this framework version) as an
    /// assessment: every rating, evidence note, justification, confidence and target, the
    /// unit (its kind from the list's coding when it was chosen from a list), the period, the
    /// respondent (its role; `author`'s identifier and display as its id and name), the
    /// default target, and where
    /// it comes from (`source`: tool `fhir`, the response's `id`, `identifier` and `authored`,
    /// the Questionnaire's revision). Items that are not there (disabled: an indicator that does
    /// not apply to the unit's kind) leave the indicator without an answer; the unit's kind says
    /// it does not apply.
    ///
    /// # Errors
    /// Every problem at once: `fhir.not_a_response` (another resource); `fhir.unknown_questionnaire`
    /// (a response to another Questionnaire); `assessment.framework_mismatch` or
    /// `assessment.version_mismatch` at `/questionnaire` (another framework, or another version
    /// of it, which `migrate` brings over); `fhir.unknown_item`, `fhir.invalid_item` and
    /// `fhir.invalid_answer` at the item's `linkId` path (`inst/inst_info/inst_info_routine_data`).
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let qr = r#"{"resourceType": "QuestionnaireResponse", "status": "completed",
    ///   "questionnaire": "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021|2.0.0.1",
    ///   "item": [{"linkId": "inst", "item": [{"linkId": "inst_info", "item": [
    ///     {"linkId": "inst_info_routine_data", "answer": [{"valueCoding": {"code": "7"}}]}]}]}]}"#;
    /// let e = fw.from_fhir_response(qr).unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("fhir.invalid_answer", "inst/inst_info/inst_info_routine_data"));
    /// ```
    pub fn from_fhir_response(&self, text: &str) -> Result<Assessment, Error> {
        let value = json::parse_text(text, "assessment")?;
        self.from_fhir_response_value(&value)
    }

    /// [`Framework::from_fhir_response`] on a parsed JSON value.
    ///
    /// # Errors
    /// As [`Framework::from_fhir_response`].
    pub fn from_fhir_response_value(&self, value: &Value) -> Result<Assessment, Error> {
        let Some(qr) = value.as_object().filter(|o| {
            o.get("resourceType").and_then(Value::as_str) == Some("QuestionnaireResponse")
        }) else {
            let found = value
                .get("resourceType")
                .and_then(Value::as_str)
                .unwrap_or(json::type_key(value));
            return Err(Error::Assessment(vec![diag(
                "fhir.not_a_response",
                "/resourceType",
                &[("found", found.into())],
            )]));
        };
        let mut r = Reader {
            fw: self,
            urls: Urls::of(self),
            a: Assessment::default(),
            problems: Vec::new(),
        };
        let revision = r.questionnaire(qr);
        r.checked_field(qr, "id", "id", is_fhir_id);
        r.checked_field(qr, "authored", "date_time", is_fhir_date_time);
        if let Some(items) = qr.get("item") {
            r.items(items, "");
        }
        if !r.problems.is_empty() {
            return Err(Error::Assessment(r.problems));
        }
        let mut a = r.a;
        a.framework = Some(FrameworkRef {
            id: self.id().to_owned(),
            version: Some(self.version().to_owned()),
            extra: Map::new(),
        });
        a.language = qr
            .get("language")
            .and_then(Value::as_str)
            .map(str::to_owned);
        if let Some(author) = qr.get("author") {
            let resp = a.respondent.get_or_insert_with(Respondent::default);
            resp.id = author
                .pointer("/identifier/value")
                .and_then(Value::as_str)
                .map(str::to_owned);
            resp.name = author
                .get("display")
                .and_then(Value::as_str)
                .map(str::to_owned);
        }
        let s = |k: &str| qr.get(k).and_then(Value::as_str).map(str::to_owned);
        a.source = Some(SubmissionRef {
            tool: Some("fhir".to_owned()),
            submission_id: s("id"),
            instance_id: value
                .pointer("/identifier/value")
                .and_then(Value::as_str)
                .map(str::to_owned),
            submitted_at: s("authored"),
            form_revision: revision,
            extra: Map::new(),
        });
        Ok(a)
    }
}

/// Whether a text is a FHIR id: 1 to 64 letters, digits, `-` and `.`.
pub(crate) fn is_fhir_id(text: &str) -> bool {
    (1..=64).contains(&text.len())
        && text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'.')
}

/// Whether a text is a FHIR dateTime: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date and a time
/// with seconds and a time zone (`2026-10-02T09:30:00Z`, `…+03:00`); a time without a zone,
/// as some servers write it, is not.
pub(crate) fn is_fhir_date_time(text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|c| c.is_ascii_digit());
    let (date, time) = text.split_once('T').unwrap_or((text, ""));
    let parts: Vec<&str> = date.split('-').collect();
    let date_ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    };
    if !date_ok || (text.contains('T') && parts.len() != 3) {
        return false;
    }
    if !text.contains('T') {
        return true;
    }
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => return false,
    };
    let (hms, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let hms_ok = matches!(hms.split(':').collect::<Vec<_>>().as_slice(),
        [h, m, s] if digits(h, 2) && digits(m, 2) && digits(s, 2));
    let zone_ok = zone == "Z"
        || zone.get(1..).is_some_and(|z| {
            matches!(z.split(':').collect::<Vec<_>>().as_slice(), [h, m] if digits(h, 2) && digits(m, 2))
        });
    hms_ok && zone_ok && !fraction.is_empty() && fraction.bytes().all(|c| c.is_ascii_digit())
}
