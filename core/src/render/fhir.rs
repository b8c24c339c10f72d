//! A framework as a FHIR R4 Questionnaire with Structured Data Capture (SDC) extensions, the
//! CodeSystem of its levels, and an assessment as a QuestionnaireResponse to that Questionnaire.
//!
//! The items mirror the XLSForm ([`Framework::xlsform`]): the same names as `linkId`s
//! (`inst_info_routine_data`, `inst_info_routine_data__evidence`...), one group per domain and
//! sub-domain, the unit, period and respondent's role first. A rating is a `choice` with inline
//! `answerOption`s (the levels with the indicator's descriptors, `na`, `unknown`) whose codes
//! come from the framework's CodeSystem ([`Framework::fhir_code_system`]); each level carries
//! its ordinal value twice, as the R4 `ordinalValue` extension on the `valueCoding` (SDC STU3)
//! and as `itemWeight` on the option (SDC STU4). An indicator that does not apply to a kind of
//! unit is enabled only for the kinds it applies to (`enableWhen`).
//!
//! One Questionnaire has one language (LHC-Forms reads no translation extension), the
//! others carried in the `translation` extension of each text for the tools that read it.

use crate::error::{Error, Severity};
use crate::i18n::{self, Arg};
use crate::model::assessment::{Assessment, Confidence, Rating};
use crate::model::compiled::Framework;
use crate::model::form_names::base_name;
use crate::model::framework::{Indicator, Node, NodeContent, UnitKind, OWNER_FACET};
use crate::model::text::Text;
use crate::read::fhir::{is_fhir_date_time, is_fhir_id, Urls, DEFAULT_TARGET, TARGET_SUFFIX};
use crate::render::xlsform::{hint, kinds_below, FormUnit};
use serde_json::{json, Map, Value};

/// The R4 core extension of an ordinal value (SDC STU3's reading).
pub(crate) const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
/// The extension of an option's weight (SDC STU4's reading).
pub(crate) const ITEM_WEIGHT: &str = "http://hl7.org/fhir/StructureDefinition/itemWeight";
/// The translation extension of a string element.
pub(crate) const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
/// The item control extension and its code system.
pub(crate) const ITEM_CONTROL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";
const REGEX: &str = "http://hl7.org/fhir/StructureDefinition/regex";
const ENTRY_FORMAT: &str = "http://hl7.org/fhir/StructureDefinition/entryFormat";

/// What goes into a Questionnaire besides the framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FhirOptions {
    /// The Questionnaire's language (one of the framework's, e.g. `fr`); its texts are in
    /// this language, the other languages in the `translation` extensions.
    pub lang: String,
    /// The units to choose from ([`FormUnit::read_csv`]); when empty, the unit's id, name and
    /// kind are asked instead.
    pub units: Vec<FormUnit>,
    /// The Questionnaire's revision within the framework version (from 1): its version is
    /// `<framework version>.<revision>`, as the XLSForm's.
    pub revision: u32,
}

impl Default for FhirOptions {
    fn default() -> Self {
        FhirOptions {
            lang: "en".to_owned(),
            units: Vec::new(),
            revision: 1,
        }
    }
}

/// The framework's languages, English first.
pub(crate) fn languages(fw: &Framework) -> Vec<String> {
    let mut v: Vec<String> = fw.spec().languages.iter().map(|l| l.code.clone()).collect();
    if !v.iter().any(|c| c == "en") {
        v.insert(0, "en".to_owned());
    }
    v
}

/// Texts in the Questionnaire's language, with the others as translation extensions.
struct Tr {
    lang: String,
    others: Vec<String>,
}

impl Tr {
    /// Sets `key` to the text in the main language and `_key` to the translations that
    /// differ from it.
    fn put(&self, obj: &mut Map<String, Value>, key: &str, f: impl Fn(&str) -> String) {
        let main = f(&self.lang);
        let exts: Vec<Value> = self
            .others
            .iter()
            .filter_map(|l| {
                let t = f(l);
                (t != main && !t.is_empty()).then(|| {
                    json!({"url": TRANSLATION, "extension": [
                        {"url": "lang", "valueCode": l},
                        {"url": "content", "valueString": t}
                    ]})
                })
            })
            .collect();
        obj.insert(key.to_owned(), Value::from(main));
        if !exts.is_empty() {
            obj.insert(format!("_{key}"), json!({ "extension": exts }));
        }
    }

    fn msg(&self, obj: &mut Map<String, Value>, key: &str, id: &str, args: &[(&str, Arg)]) {
        self.put(obj, key, |l| i18n::message(l, id, args));
    }

    fn text(&self, obj: &mut Map<String, Value>, key: &str, t: &Text) {
        self.put(obj, key, |l| t.get(l).to_owned());
    }
}

fn item(link_id: &str, kind: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("linkId".to_owned(), link_id.into());
    m.insert("type".to_owned(), kind.into());
    m
}

fn control(code: &str) -> Value {
    json!({"url": ITEM_CONTROL, "valueCodeableConcept": {"coding": [
        {"system": ITEM_CONTROL_SYSTEM, "code": code}
    ]}})
}

fn push_ext(m: &mut Map<String, Value>, ext: Value) {
    if let Some(Value::Array(a)) = m.get_mut("extension") {
        a.push(ext);
    } else {
        m.insert("extension".to_owned(), Value::Array(vec![ext]));
    }
}

/// A coding, its display in every language.
fn coding(
    tr: &Tr,
    system: &str,
    code: &str,
    display: impl Fn(&str) -> String,
) -> Map<String, Value> {
    let mut c = Map::new();
    c.insert("system".to_owned(), system.into());
    c.insert("code".to_owned(), code.into());
    tr.put(&mut c, "display", display);
    c
}

fn option(c: Map<String, Value>) -> Value {
    json!({ "valueCoding": c })
}

/// The Questionnaire being built.
struct Builder<'a> {
    fw: &'a Framework,
    tr: Tr,
    options: &'a FhirOptions,
    urls: Urls,
}

impl Builder<'_> {
    /// The `enableWhen` of something that applies to these kinds of unit (empty: to all);
    /// `None` when no listed unit is of these kinds, so that the item is left out.
    fn applies(&self, kinds: &[UnitKind]) -> Option<Vec<Value>> {
        if kinds.is_empty() || UnitKind::ALL.iter().all(|k| kinds.contains(k)) {
            return Some(Vec::new());
        }
        let conditions: Vec<Value> = if self.options.units.is_empty() {
            kinds
                .iter()
                .map(|k| {
                    json!({"question": "unit_kind", "operator": "=", "answerCoding":
                        {"system": self.urls.unit_kind, "code": k.as_str()}})
                })
                .collect()
        } else {
            self.options
                .units
                .iter()
                .filter(|u| kinds.contains(&u.kind))
                .map(|u| {
                    json!({"question": "unit_id", "operator": "=", "answerCoding":
                        {"system": Urls::units(u.kind), "code": u.id}})
                })
                .collect()
        };
        (!conditions.is_empty()).then_some(conditions)
    }

    fn metadata(&self) -> Vec<Value> {
        let tr = &self.tr;
        let mut items = Vec::new();
        if self.options.units.is_empty() {
            let mut id = item("unit_id", "string");
            tr.msg(&mut id, "text", "template-form-unit-id", &[]);
            id.insert("required".to_owned(), true.into());
            items.push(Value::Object(id));
            let mut name = item("unit_name", "string");
            tr.msg(&mut name, "text", "template-form-unit-name", &[]);
            items.push(Value::Object(name));
            let mut kind = item("unit_kind", "choice");
            tr.msg(&mut kind, "text", "html-unit-kind", &[]);
            kind.insert("required".to_owned(), true.into());
            let options: Vec<Value> = UnitKind::ALL
                .iter()
                .map(|k| {
                    option(coding(tr, &self.urls.unit_kind, k.as_str(), |l| {
                        i18n::message(
                            l,
                            "report-unit-kind",
                            &[("kind", Arg::Text(k.as_str().to_owned()))],
                        )
                    }))
                })
                .collect();
            kind.insert("answerOption".to_owned(), options.into());
            push_ext(&mut kind, control("radio-button"));
            items.push(Value::Object(kind));
        } else {
            let mut id = item("unit_id", "choice");
            tr.msg(&mut id, "text", "template-form-unit", &[]);
            id.insert("required".to_owned(), true.into());
            let options: Vec<Value> = self
                .options
                .units
                .iter()
                .map(|u| {
                    let mut c = Map::new();
                    c.insert("system".to_owned(), Urls::units(u.kind).into());
                    c.insert("code".to_owned(), u.id.clone().into());
                    c.insert("display".to_owned(), u.name.clone().into());
                    option(c)
                })
                .collect();
            id.insert("answerOption".to_owned(), options.into());
            push_ext(&mut id, control("drop-down"));
            items.push(Value::Object(id));
        }
        let mut period = item("period", "string");
        tr.msg(&mut period, "text", "template-form-period", &[]);
        period.insert("required".to_owned(), true.into());
        push_ext(
            &mut period,
            json!({"url": REGEX, "valueString": "matches('^[0-9]{4}(-Q[1-4])?$')"}),
        );
        push_ext(
            &mut period,
            json!({"url": ENTRY_FORMAT, "valueString": i18n::message(&tr.lang, "template-form-period-hint", &[])}),
        );
        items.push(Value::Object(period));
        let owner = self.fw.spec().facets.iter().find(|f| f.id == OWNER_FACET);
        match owner {
            Some(f) => {
                let mut role = item("respondent_role", "choice");
                tr.msg(&mut role, "text", "template-form-role", &[]);
                let options: Vec<Value> = f
                    .values
                    .iter()
                    .map(|v| {
                        option(coding(tr, &self.urls.roles, &v.id, |l| {
                            v.name.get(l).to_owned()
                        }))
                    })
                    .collect();
                role.insert("answerOption".to_owned(), options.into());
                items.push(Value::Object(role));
            }
            None => {
                let mut role = item("respondent_role", "string");
                tr.msg(&mut role, "text", "template-form-role", &[]);
                items.push(Value::Object(role));
            }
        }
        let mut target = item(DEFAULT_TARGET, "choice");
        tr.msg(&mut target, "text", "template-meta-default-target", &[]);
        target.insert("answerOption".to_owned(), self.target_options().into());
        push_ext(&mut target, control("drop-down"));
        items.push(Value::Object(target));
        items
    }

    /// A node's group, `None` when nothing in it applies to a listed unit.
    fn node(&self, node: &Node) -> Option<Value> {
        let when = self.applies(&kinds_below(node))?;
        let mut g = item(&base_name(&node.id), "group");
        self.tr.text(&mut g, "text", &node.name);
        enable(&mut g, when, "any");
        let mut children = Vec::new();
        match &node.content {
            NodeContent::Children(c) => children.extend(c.iter().filter_map(|n| self.node(n))),
            NodeContent::Indicators(inds) => {
                for i in inds {
                    children.extend(self.indicator(i));
                }
            }
        }
        if children.is_empty() {
            return None;
        }
        g.insert("item".to_owned(), children.into());
        Some(Value::Object(g))
    }

    /// An indicator's items: its rating, evidence, confidence, justification and target.
    fn indicator(&self, ind: &Indicator) -> Vec<Value> {
        let tr = &self.tr;
        let Some(when) = self.applies(&ind.applies_to.clone().unwrap_or_default()) else {
            return Vec::new();
        };
        let base = base_name(&ind.id);
        let mut rating = item(&base, "choice");
        tr.put(&mut rating, "text", |l| {
            i18n::message(
                l,
                "template-indicator",
                &[
                    ("name", Arg::Text(ind.label(l).to_owned())),
                    ("statement", Arg::Text(ind.statement.get(l).to_owned())),
                ],
            )
        });
        rating.insert("required".to_owned(), true.into());
        enable(&mut rating, when.clone(), "any");
        rating.insert("answerOption".to_owned(), self.levels(ind).into());
        push_ext(&mut rating, control("radio-button"));
        if !hint(ind, "en").is_empty() {
            let mut help = item(&format!("{base}__help"), "display");
            tr.put(&mut help, "text", |l| hint(ind, l));
            push_ext(&mut help, control("help"));
            rating.insert("item".to_owned(), vec![Value::Object(help)].into());
        }
        let answered = |op: &str, code: &str| {
            json!({"question": base, "operator": op, "answerCoding":
                {"system": self.urls.levels, "code": code}})
        };
        let mut evidence = item(&format!("{base}__evidence"), "text");
        tr.msg(&mut evidence, "text", "template-form-evidence", &[]);
        enable(&mut evidence, when.clone(), "any");
        let mut confidence = item(&format!("{base}__confidence"), "choice");
        tr.msg(&mut confidence, "text", "template-form-confidence", &[]);
        let exists = json!({"question": base, "operator": "exists", "answerBoolean": true});
        enable(
            &mut confidence,
            vec![exists, answered("!=", "na"), answered("!=", "unknown")],
            "all",
        );
        let options: Vec<Value> = [Confidence::Low, Confidence::Medium, Confidence::High]
            .iter()
            .map(|c| {
                option(coding(tr, &self.urls.confidence, c.as_str(), |l| {
                    i18n::message(
                        l,
                        "template-form-confidence-level",
                        &[("confidence", Arg::Text(c.as_str().to_owned()))],
                    )
                }))
            })
            .collect();
        confidence.insert("answerOption".to_owned(), options.into());
        push_ext(&mut confidence, control("radio-button"));
        let mut justification = item(&format!("{base}__justification"), "text");
        tr.msg(
            &mut justification,
            "text",
            "template-form-justification",
            &[],
        );
        enable(&mut justification, vec![answered("=", "na")], "all");
        let mut target = item(&format!("{base}{TARGET_SUFFIX}"), "choice");
        tr.msg(&mut target, "text", "template-workbook-col-target", &[]);
        enable(&mut target, when, "any");
        target.insert("answerOption".to_owned(), self.target_options().into());
        push_ext(&mut target, control("drop-down"));
        [rating, evidence, confidence, justification, target]
            .into_iter()
            .map(Value::Object)
            .collect()
    }

    /// The options of a target: the levels, each with its number and name.
    fn target_options(&self) -> Vec<Value> {
        self.fw
            .spec()
            .scale
            .levels
            .iter()
            .map(|level| {
                option(coding(
                    &self.tr,
                    &self.urls.levels,
                    &level.level.to_string(),
                    |l| format!("{} {}", level.level, level.name.get(l)),
                ))
            })
            .collect()
    }

    /// The options of an indicator's rating: each level with the indicator's descriptor and its
    /// ordinal value, then `na` and `unknown` without one.
    fn levels(&self, ind: &Indicator) -> Vec<Value> {
        let fw = self.fw;
        let tr = &self.tr;
        let mut out = Vec::new();
        for level in &fw.spec().scale.levels {
            let descriptor = fw.descriptor(&ind.id, level.level).cloned();
            let mut c = coding(tr, &self.urls.levels, &level.level.to_string(), |l| {
                i18n::message(
                    l,
                    "template-level",
                    &[
                        ("level", Arg::Text(level.level.to_string())),
                        ("name", Arg::Text(level.name.get(l).to_owned())),
                        (
                            "descriptor",
                            Arg::Text(descriptor.as_ref().map_or("", |d| d.get(l)).to_owned()),
                        ),
                    ],
                )
            });
            push_ext(
                &mut c,
                json!({"url": ORDINAL_VALUE, "valueDecimal": level.level}),
            );
            let mut o = Map::new();
            o.insert("valueCoding".to_owned(), Value::Object(c));
            push_ext(
                &mut o,
                json!({"url": ITEM_WEIGHT, "valueDecimal": level.level}),
            );
            out.push(Value::Object(o));
        }
        for (code, id) in [
            ("na", "template-form-na"),
            ("unknown", "template-form-unknown"),
        ] {
            out.push(option(coding(tr, &self.urls.levels, code, |l| {
                i18n::message(l, id, &[])
            })));
        }
        out
    }
}

/// Sets an item's `enableWhen` (and `enableBehavior` when there are several conditions).
fn enable(m: &mut Map<String, Value>, when: Vec<Value>, behavior: &str) {
    if when.is_empty() {
        return;
    }
    if when.len() > 1 {
        m.insert("enableBehavior".to_owned(), behavior.into());
    }
    m.insert("enableWhen".to_owned(), when.into());
}

/// A FHIR id made of a text: letters, digits, `-` and `.`, at most 64 characters.
pub(crate) fn fhir_id(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect()
}

impl Framework {
    /// The FHIR R4 Questionnaire of this framework, in one language (SDC: inline
    /// `answerOption`s with `ordinalValue` and `itemWeight`, help text, `enableWhen`).
    ///
    /// First the unit (chosen from [`FhirOptions::units`], else its id, name and kind typed),
    /// the period, the respondent's stakeholder group and a default target (`default_target`);
    /// then one group per domain and
    /// sub-domain and, per indicator, its rating (`choice`: the levels with the indicator's
    /// descriptors, `na`, `unknown`, coded in [`Framework::fhir_code_system`]; the guiding
    /// question and evidence list as help text), evidence note, confidence (enabled once rated),
    /// justification (enabled for `na`) and target. An indicator that does not apply to a kind
    /// of unit is enabled only for the kinds (or listed units) it applies to, and left out when
    /// it applies to no listed unit. The texts are in [`FhirOptions::lang`] (English where a
    /// translation is missing), the other languages in `translation` extensions. The canonical
    /// URL is `https://lhs-maturity.github.io/fhir/Questionnaire/<framework id>`, the version
    /// `<framework version>.<revision>`.
    ///
    /// # Errors
    /// `fhir.unavailable_language` at `/lang` when the language is not one of the framework's;
    /// `framework.form_name_collision` when two ids give the same `linkId`.
    ///
    /// ```
    /// use lhs_maturity::{FhirOptions, Framework};
    /// let q = Framework::builtin().fhir_questionnaire(&FhirOptions::default()).unwrap();
    /// assert_eq!(q["resourceType"], "Questionnaire");
    /// assert_eq!(q["version"], "2.0.0.1");
    /// assert_eq!(q["url"], "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021");
    /// ```
    pub fn fhir_questionnaire(&self, options: &FhirOptions) -> Result<Value, Error> {
        let langs = languages(self);
        if !langs.contains(&options.lang) {
            return Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "fhir.unavailable_language",
                "/lang",
                &[
                    ("lang", options.lang.as_str().into()),
                    ("languages", langs.join(", ").into()),
                ],
            )]));
        }
        self.check_form_names(true)?;
        let tr = Tr {
            lang: options.lang.clone(),
            others: langs.into_iter().filter(|l| *l != options.lang).collect(),
        };
        let b = Builder {
            fw: self,
            tr,
            options,
            urls: Urls::of(self),
        };
        let mut items = b.metadata();
        items.extend(self.spec().domains.iter().filter_map(|d| b.node(d)));
        let mut q = Map::new();
        q.insert("resourceType".to_owned(), "Questionnaire".into());
        let version = format!("{}.{}", self.version(), options.revision);
        q.insert(
            "id".to_owned(),
            fhir_id(&format!("{}-{version}-{}", self.id(), options.lang)).into(),
        );
        q.insert("language".to_owned(), options.lang.clone().into());
        q.insert("url".to_owned(), b.urls.questionnaire.clone().into());
        q.insert("version".to_owned(), version.into());
        let title = &self.spec().title;
        b.tr.put(&mut q, "title", |l| {
            format!("{} {}", title.get(l), self.version())
        });
        q.insert("status".to_owned(), "active".into());
        if let Some(d) = &self.spec().description {
            b.tr.text(&mut q, "description", d);
        }
        q.insert("item".to_owned(), items.into());
        Ok(Value::Object(q))
    }

    /// The FHIR R4 CodeSystem of this framework's ratings: the levels (`0` to the top, each
    /// with its name, description and ordinal value), `na` and `unknown`; the other languages
    /// as designations. Its URL is `https://lhs-maturity.github.io/fhir/CodeSystem/<framework
    /// id>-levels`, its version the framework's.
    ///
    /// ```
    /// let cs = lhs_maturity::Framework::builtin().fhir_code_system();
    /// assert_eq!(cs["resourceType"], "CodeSystem");
    /// assert_eq!(cs["concept"][5]["code"], "na");
    /// ```
    pub fn fhir_code_system(&self) -> Value {
        let urls = Urls::of(self);
        let langs = languages(self);
        let designations = |f: &dyn Fn(&str) -> String| -> Vec<Value> {
            let en = f("en");
            langs
                .iter()
                .filter(|l| *l != "en")
                .filter_map(|l| {
                    let t = f(l);
                    (t != en && !t.is_empty()).then(|| json!({"language": l, "value": t}))
                })
                .collect()
        };
        let mut concepts = Vec::new();
        for level in &self.spec().scale.levels {
            let mut c = Map::new();
            c.insert(
                "extension".to_owned(),
                json!([{"url": ORDINAL_VALUE, "valueDecimal": level.level}]),
            );
            c.insert("code".to_owned(), level.level.to_string().into());
            c.insert("display".to_owned(), level.name.en().into());
            if !level.description.en().is_empty() {
                c.insert("definition".to_owned(), level.description.en().into());
            }
            let d = designations(&|l: &str| level.name.get(l).to_owned());
            if !d.is_empty() {
                c.insert("designation".to_owned(), d.into());
            }
            concepts.push(Value::Object(c));
        }
        for (code, id) in [
            ("na", "template-form-na"),
            ("unknown", "template-form-unknown"),
        ] {
            let mut c = Map::new();
            c.insert("code".to_owned(), code.into());
            c.insert("display".to_owned(), i18n::message("en", id, &[]).into());
            let d = designations(&|l: &str| i18n::message(l, id, &[]));
            if !d.is_empty() {
                c.insert("designation".to_owned(), d.into());
            }
            concepts.push(Value::Object(c));
        }
        json!({
            "resourceType": "CodeSystem",
            "id": fhir_id(&format!("{}-levels", self.id())),
            "url": urls.levels,
            "version": self.version(),
            "title": format!("{} {}: levels", self.spec().title.en(), self.version()),
            "status": "active",
            "caseSensitive": true,
            "content": "complete",
            "count": concepts.len(),
            "concept": concepts,
        })
    }

    /// An assessment as a FHIR R4 QuestionnaireResponse to this framework's Questionnaire
    /// ([`Framework::fhir_questionnaire`]), its item texts and displays in `lang`: every answer
    /// (rating, evidence, justification, confidence, target), the default target, the unit,
    /// period and respondent; [`Framework::from_fhir_response`] reads it back to the same
    /// assessment.
    /// The response's `questionnaire` is `<url>|<framework version>.<revision>` (the revision
    /// of the assessment's source, else 1); its `id` and `authored` are the source's
    /// submission id and time when they are a FHIR id and dateTime (ODK's `uuid:…` ids and
    /// times without a zone are left out), its `language` the assessment's. An assessment's elements and
    /// other fields (the unit's labels, the respondent's) have no place in the response and are
    /// left out.
    ///
    /// # Errors
    /// What [`Framework::validate`] finds (errors only): an assessment with an unknown
    /// indicator, a level out of range or of another framework cannot be written;
    /// `fhir.unavailable_language` for a language the framework does not have.
    ///
    /// ```
    /// use lhs_maturity::{Assessment, Framework};
    /// let fw = Framework::builtin();
    /// let a = Assessment::from_json(r#"{"unit": {"id": "kis-east", "kind": "district"}, "period": "2026",
    ///     "answers": {"inst.info.routine_data": {"level": 2, "evidence": "Minutes"}}}"#).unwrap();
    /// let qr = fw.to_fhir_response(&a, "en").unwrap();
    /// assert_eq!(qr["questionnaire"], "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021|2.0.0.1");
    /// let back = fw.from_fhir_response(&qr.to_string()).unwrap();
    /// assert_eq!(back.answers, a.answers);
    /// ```
    pub fn to_fhir_response(&self, a: &Assessment, lang: &str) -> Result<Value, Error> {
        let langs = languages(self);
        if !langs.iter().any(|l| l == lang) {
            return Err(Error::Input(vec![i18n::diagnostic(
                Severity::Error,
                "fhir.unavailable_language",
                "/lang",
                &[
                    ("lang", lang.into()),
                    ("languages", langs.join(", ").into()),
                ],
            )]));
        }
        let errors: Vec<_> = self
            .validate(a)
            .into_iter()
            .filter(crate::error::Diagnostic::is_error)
            .collect();
        if !errors.is_empty() {
            return Err(Error::Assessment(errors));
        }
        let urls = Urls::of(self);
        let w = ResponseWriter {
            fw: self,
            a,
            lang,
            urls: &urls,
        };
        let mut items = w.metadata();
        items.extend(self.spec().domains.iter().filter_map(|d| w.node(d)));
        let source = a.source.as_ref();
        let revision = source
            .and_then(|s| s.form_revision.as_deref())
            .filter(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or("1");
        let mut qr = Map::new();
        qr.insert("resourceType".to_owned(), "QuestionnaireResponse".into());
        if let Some(id) = source
            .and_then(|s| s.submission_id.as_deref())
            .filter(|i| is_fhir_id(i))
        {
            qr.insert("id".to_owned(), id.into());
        }
        if let Some(l) = &a.language {
            qr.insert("language".to_owned(), l.clone().into());
        }
        if let Some(i) = source.and_then(|s| s.instance_id.as_deref()) {
            qr.insert("identifier".to_owned(), json!({ "value": i }));
        }
        qr.insert(
            "questionnaire".to_owned(),
            format!("{}|{}.{revision}", urls.questionnaire, self.version()).into(),
        );
        qr.insert("status".to_owned(), "completed".into());
        if let Some(t) = source
            .and_then(|s| s.submitted_at.as_deref())
            .filter(|t| is_fhir_date_time(t))
        {
            qr.insert("authored".to_owned(), t.into());
        }
        if let Some(r) = &a.respondent {
            let mut author = Map::new();
            if let Some(id) = &r.id {
                author.insert("identifier".to_owned(), json!({ "value": id }));
            }
            if let Some(n) = &r.name {
                author.insert("display".to_owned(), n.clone().into());
            }
            if !author.is_empty() {
                qr.insert("author".to_owned(), Value::Object(author));
            }
        }
        qr.insert("item".to_owned(), items.into());
        Ok(Value::Object(qr))
    }
}

/// The response being written.
struct ResponseWriter<'a> {
    fw: &'a Framework,
    a: &'a Assessment,
    lang: &'a str,
    urls: &'a Urls,
}

fn answered(link_id: &str, text: Option<String>, answer: Value) -> Value {
    let mut m = Map::new();
    m.insert("linkId".to_owned(), link_id.into());
    if let Some(t) = text {
        m.insert("text".to_owned(), t.into());
    }
    m.insert("answer".to_owned(), json!([answer]));
    Value::Object(m)
}

impl ResponseWriter<'_> {
    fn msg(&self, id: &str) -> Option<String> {
        Some(i18n::message(self.lang, id, &[]))
    }

    fn metadata(&self) -> Vec<Value> {
        let mut out = Vec::new();
        let string = |s: &str| json!({ "valueString": s });
        if let Some(u) = &self.a.unit {
            if let Some(id) = &u.id {
                out.push(answered(
                    "unit_id",
                    self.msg("template-form-unit-id"),
                    string(id),
                ));
            }
            if let Some(n) = &u.name {
                out.push(answered(
                    "unit_name",
                    self.msg("template-form-unit-name"),
                    string(n),
                ));
            }
            if let Some(k) = &u.kind {
                let display = i18n::message(
                    self.lang,
                    "report-unit-kind",
                    &[("kind", Arg::Text(k.clone()))],
                );
                out.push(answered(
                    "unit_kind",
                    self.msg("html-unit-kind"),
                    json!({"valueCoding": {"system": self.urls.unit_kind, "code": k, "display": display}}),
                ));
            }
        }
        if let Some(p) = &self.a.period {
            out.push(answered(
                "period",
                self.msg("template-form-period"),
                string(p),
            ));
        }
        if let Some(role) = self.a.respondent.as_ref().and_then(|r| r.role.as_ref()) {
            let owner = self.fw.spec().facets.iter().find(|f| f.id == OWNER_FACET);
            let value = match owner.and_then(|f| f.values.iter().find(|v| v.id == *role)) {
                Some(v) => json!({"valueCoding": {"system": self.urls.roles, "code": role,
                    "display": v.name.get(self.lang)}}),
                None => string(role),
            };
            out.push(answered(
                "respondent_role",
                self.msg("template-form-role"),
                value,
            ));
        }
        if let Some(t) = self.a.default_target {
            let name = self
                .fw
                .spec()
                .scale
                .levels
                .iter()
                .find(|x| x.level == t)
                .map(|x| x.name.get(self.lang).to_owned())
                .unwrap_or_default();
            out.push(answered(
                DEFAULT_TARGET,
                self.msg("template-meta-default-target"),
                self.level(&t.to_string(), format!("{t} {name}")),
            ));
        }
        out
    }

    fn node(&self, node: &Node) -> Option<Value> {
        let mut children = Vec::new();
        match &node.content {
            NodeContent::Children(c) => children.extend(c.iter().filter_map(|n| self.node(n))),
            NodeContent::Indicators(inds) => {
                for i in inds {
                    self.indicator(i, &mut children);
                }
            }
        }
        if children.is_empty() {
            return None;
        }
        Some(json!({
            "linkId": base_name(&node.id),
            "text": node.name.get(self.lang),
            "item": children,
        }))
    }

    fn level(&self, code: &str, display: String) -> Value {
        json!({"valueCoding": {"system": self.urls.levels, "code": code, "display": display}})
    }

    fn indicator(&self, ind: &Indicator, out: &mut Vec<Value>) {
        let Some(answer) = self.a.answers.get(&ind.id) else {
            return;
        };
        let base = base_name(&ind.id);
        let lang = self.lang;
        let level_name = |l: u32| {
            self.fw
                .spec()
                .scale
                .levels
                .iter()
                .find(|x| x.level == l)
                .map(|x| x.name.get(lang).to_owned())
                .unwrap_or_default()
        };
        if let Some(r) = answer.rating {
            let value = match r {
                Rating::Level(l) => {
                    let mut v = self.level(
                        &l.to_string(),
                        i18n::message(
                            lang,
                            "template-level",
                            &[
                                ("level", Arg::Text(l.to_string())),
                                ("name", Arg::Text(level_name(l))),
                                (
                                    "descriptor",
                                    Arg::Text(
                                        self.fw
                                            .descriptor(&ind.id, l)
                                            .map_or("", |d| d.get(lang))
                                            .to_owned(),
                                    ),
                                ),
                            ],
                        ),
                    );
                    if let Some(Value::Object(c)) = v.get_mut("valueCoding") {
                        c.insert(
                            "extension".to_owned(),
                            json!([{"url": ORDINAL_VALUE, "valueDecimal": l}]),
                        );
                    }
                    v
                }
                Rating::NotApplicable => {
                    self.level("na", i18n::message(lang, "template-form-na", &[]))
                }
                Rating::Unknown => {
                    self.level("unknown", i18n::message(lang, "template-form-unknown", &[]))
                }
            };
            let text = i18n::message(
                lang,
                "template-indicator",
                &[
                    ("name", Arg::Text(ind.label(lang).to_owned())),
                    ("statement", Arg::Text(ind.statement.get(lang).to_owned())),
                ],
            );
            out.push(answered(&base, Some(text), value));
        }
        if let Some(e) = &answer.evidence {
            out.push(answered(
                &format!("{base}__evidence"),
                self.msg("template-form-evidence"),
                json!({ "valueString": e.as_str() }),
            ));
        }
        if let Some(c) = answer.confidence {
            let display = i18n::message(
                lang,
                "template-form-confidence-level",
                &[("confidence", Arg::Text(c.as_str().to_owned()))],
            );
            out.push(answered(
                &format!("{base}__confidence"),
                self.msg("template-form-confidence"),
                json!({"valueCoding": {"system": self.urls.confidence, "code": c.as_str(), "display": display}}),
            ));
        }
        if let Some(j) = &answer.justification {
            out.push(answered(
                &format!("{base}__justification"),
                self.msg("template-form-justification"),
                json!({ "valueString": j.as_str() }),
            ));
        }
        if let Some(t) = answer.target {
            out.push(answered(
                &format!("{base}{TARGET_SUFFIX}"),
                self.msg("template-workbook-col-target"),
                self.level(&t.to_string(), format!("{t} {}", level_name(t))),
            ));
        }
    }
}
