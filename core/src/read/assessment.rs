//! Reading assessments from JSON: every problem of a document at once, each located.

use crate::error::{child_path, Diagnostic, Error, Severity};
use crate::i18n::DiagArg;
use crate::model::assessment::{
    Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, SubmissionRef, Unit,
};
use crate::read::json::{self, closest, is_language_tag, type_key, Ctx, Obj};
use crate::read::read_fast;
use arcstr::ArcStr;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        Assessment::from_value(&value).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        let mut ctx = Ctx::new("assessment");
        let answer = read_answer(&mut ctx, &value, "");
        match answer {
            Some(a) if !ctx.has_errors() => Ok(a),
            _ => Err(serde::de::Error::custom(Error::Assessment(
                crate::error::errors_only(ctx.diags),
            ))),
        }
    }
}

const ASSESSMENT_FIELDS: &[&str] = &[
    "framework",
    "unit",
    "period",
    "respondent",
    "default_target",
    "language",
    "source",
    "answers",
];
const ANSWER_FIELDS: &[&str] = &[
    "level",
    "evidence",
    "justification",
    "confidence",
    "target",
    "elements",
];

impl Assessment {
    /// Reads an assessment from JSON text, reporting every problem in its structure.
    ///
    /// This checks the document on its own (types, shapes); [`crate::Framework::validate`]
    /// also checks it against a framework (known indicators, levels in range).
    ///
    /// ```
    /// let err = lhs_maturity::Assessment::from_json(r#"{"answers": {"a.b.c": 2.5, "a.b.d": "2"}}"#).unwrap_err();
    /// assert_eq!(err.details().len(), 2);
    /// assert_eq!(err.details()[0].path, "/answers/a.b.c");
    /// ```
    pub fn from_json(text: &str) -> Result<Assessment, Error> {
        if let Some(a) = read_fast(text) {
            return Ok(a);
        }
        let value = json::parse_text(text, "assessment")?;
        Self::from_value(&value)
    }

    /// Reads an assessment from a parsed JSON value.
    ///
    /// ```
    /// let v = serde_json::json!({"answers": {"inst.info.routine_data": 2}});
    /// assert_eq!(lhs_maturity::Assessment::from_value(&v).unwrap().answers.len(), 1);
    /// ```
    pub fn from_value(value: &Value) -> Result<Assessment, Error> {
        let (a, diags) = read_assessment(value);
        match a {
            Some(a) if !diags.iter().any(Diagnostic::is_error) => Ok(a),
            _ => Err(Error::Assessment(crate::error::errors_only(diags))),
        }
    }

    /// Reads an assessment file (JSON).
    ///
    /// ```
    /// let err = lhs_maturity::Assessment::from_path("missing.json").unwrap_err();
    /// assert_eq!(err.code(), "assessment.unreadable");
    /// ```
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Assessment, Error> {
        let text = crate::read::file::read_file(path.as_ref(), "assessment")?;
        Self::from_json(&text)
    }

    /// The assessment as pretty-printed JSON.
    ///
    /// ```
    /// let a = lhs_maturity::Assessment::from_json(r#"{"answers": {"x.y.z": "na"}}"#).unwrap();
    /// assert!(a.to_json().contains("\"x.y.z\": \"na\""));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Reads an assessment leniently: answers with problems are left out of the result and
/// reported, so that a framework check can still run on the rest.
pub(crate) fn read_assessment(value: &Value) -> (Option<Assessment>, Vec<Diagnostic>) {
    let mut ctx = Ctx::new("assessment");
    let a = read(&mut ctx, value);
    json::sort_by_document_order(value, &mut ctx.diags);
    (a, ctx.diags)
}

fn read(ctx: &mut Ctx, value: &Value) -> Option<Assessment> {
    let mut o = Obj::keyed(ctx, value, "", "assessment", "an assessment")?;
    let framework = o.get("framework").and_then(|v| {
        let path = o.child("framework");
        let mut fo = Obj::keyed(ctx, v, &path, "framework_ref", "a framework reference")?;
        let id = fo.string(ctx, "id", true);
        let version = fo.string(ctx, "version", false);
        let extra = keep_unknown(&fo);
        Some(FrameworkRef {
            id: id?,
            version,
            extra,
        })
    });
    let unit = o.get("unit").and_then(|v| {
        let mut uo = Obj::keyed(ctx, v, &o.child("unit"), "unit", "a unit")?;
        let id = uo.string(ctx, "id", false);
        let name = uo.string(ctx, "name", false);
        let kind = uo.string(ctx, "kind", false);
        Some(Unit {
            id,
            name,
            kind,
            extra: keep_unknown(&uo),
        })
    });
    let period = o.string(ctx, "period", false);
    let respondent = o.get("respondent").and_then(|v| {
        let mut ro = Obj::keyed(ctx, v, &o.child("respondent"), "respondent", "a respondent")?;
        let id = ro.string(ctx, "id", false);
        let name = ro.string(ctx, "name", false);
        let role = ro.string(ctx, "role", false);
        Some(Respondent {
            id,
            name,
            role,
            extra: keep_unknown(&ro),
        })
    });
    let source = o.get("source").and_then(|v| {
        let mut so = Obj::keyed(ctx, v, &o.child("source"), "source", "a source")?;
        let [tool, submission_id, instance_id, submitted_at, form_revision] = [
            "tool",
            "submission_id",
            "instance_id",
            "submitted_at",
            "form_revision",
        ]
        .map(|k| so.string(ctx, k, false));
        Some(SubmissionRef {
            tool,
            submission_id,
            instance_id,
            submitted_at,
            form_revision,
            extra: keep_unknown(&so),
        })
    });
    let default_target = o
        .get("default_target")
        .and_then(|v| read_level_number(ctx, v, &o.child("default_target"), "target"));
    let language = o.string(ctx, "language", false);
    if let Some(l) = language.as_deref().filter(|l| !is_language_tag(l)) {
        ctx.say(
            Severity::Warning,
            "invalid_language",
            o.child("language"),
            &[("language", l.into())],
        );
    }
    let mut answers = BTreeMap::new();
    match o.get("answers") {
        None => {
            ctx.say(
                Severity::Error,
                "missing_field",
                "",
                &[("field", "answers".into())],
            );
        }
        Some(Value::Object(map)) => {
            let apath = o.child("answers");
            for (id, v) in map {
                let p = child_path(&apath, id);
                if let Some(a) = read_answer(ctx, v, &p) {
                    answers.insert(id.clone(), a);
                }
            }
        }
        Some(other) => {
            ctx.wrong_type_key(
                "/answers",
                "answers",
                "an object mapping indicator ids to answers",
                other,
            );
        }
    }
    // The record of how a pooled assessment was made (see `analysis::pool`): kept as is, and
    // known, so not warned about.
    let pooling = o.get("pooling").cloned();
    // The record of a migration between framework versions (see `analysis::migrate`): kept
    // and known too.
    let migration = o.get("migration").cloned();
    warn_unknown(ctx, &o, ASSESSMENT_FIELDS);
    let mut extra = keep_unknown(&o);
    if let Some(p) = pooling {
        extra.insert("pooling".to_owned(), p);
    }
    if let Some(m) = migration {
        extra.insert("migration".to_owned(), m);
    }
    Some(Assessment {
        framework,
        unit,
        period,
        respondent,
        default_target,
        language,
        source,
        answers,
        extra,
    })
}

fn keep_unknown(o: &Obj<'_>) -> Map<String, Value> {
    o.unused().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn warn_unknown(ctx: &mut Ctx, o: &Obj<'_>, known: &[&str]) {
    // Fields starting with `$` (`$schema`, `$comment`, a template's `$levels`) are annotations:
    // kept like any unknown field, but not warned about.
    for (k, _) in o.unused().filter(|(k, _)| !k.starts_with('$')) {
        let mut args: Vec<(&str, DiagArg)> = vec![("field", k.into())];
        match closest(k, known.iter().copied()) {
            Some(c) => args.extend([("hint", "suggestion".into()), ("suggestion", c.into())]),
            None => args.push(("hint", "none".into())),
        }
        ctx.say(Severity::Warning, "unknown_field", o.child(k), &args);
    }
}

fn read_level_number(ctx: &mut Ctx, v: &Value, path: &str, what: &str) -> Option<u32> {
    let code = if what == "target" {
        "invalid_target"
    } else {
        "invalid_level"
    };
    let mut fail = |problem: &str, more: &[(&str, DiagArg)]| {
        let mut args: Vec<(&str, DiagArg)> = vec![("problem", problem.into())];
        args.extend_from_slice(more);
        ctx.say(Severity::Error, code, path, &args);
    };
    match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                return u32::try_from(u).ok().or_else(|| {
                    fail("too_large", &[("value", u.to_string().into())]);
                    None
                });
            }
            if let Some(f) = n.as_f64() {
                if f.fract() == 0.0 && f >= 0.0 && f <= f64::from(u32::MAX) {
                    return Some(f as u32);
                }
                let problem = if f < 0.0 {
                    "negative"
                } else if f.fract() == 0.0 {
                    "too_large"
                } else {
                    "fraction"
                };
                fail(problem, &[("value", n.to_string().into())]);
            }
            None
        }
        Value::String(s) => {
            if s.trim().parse::<u32>().is_ok() {
                fail(
                    "quoted",
                    &[("value", s.into()), ("number", s.trim().into())],
                );
            } else {
                fail("text", &[("value", s.into())]);
            }
            None
        }
        other => {
            fail("type", &[("found", type_key(other).into())]);
            None
        }
    }
}

/// Reads a rating given as a JSON value (a level, `"na"`, `"unknown"`, `null`) outside an
/// assessment document; problems are reported with `input.*` codes at `path`.
pub(crate) fn rating_from_value(v: &Value, path: &str) -> Result<Option<Rating>, Vec<Diagnostic>> {
    let mut ctx = Ctx::new("input");
    match read_rating(&mut ctx, v, path) {
        Some(r) if !ctx.has_errors() => Ok(r),
        _ => Err(ctx.diags),
    }
}

fn read_rating(ctx: &mut Ctx, v: &Value, path: &str) -> Option<Option<Rating>> {
    match v {
        Value::Null => Some(None),
        Value::String(s) if s == "na" => Some(Some(Rating::NotApplicable)),
        Value::String(s) if s == "unknown" => Some(Some(Rating::Unknown)),
        Value::String(s)
            if matches!(
                s.trim().to_ascii_lowercase().as_str(),
                "n/a" | "na" | "unknown" | "not applicable" | "dk" | "don't know"
            ) =>
        {
            let canonical = if s.trim().to_ascii_lowercase().starts_with('n') {
                "na"
            } else {
                "unknown"
            };
            ctx.say(
                Severity::Error,
                "invalid_level",
                path,
                &[
                    ("problem", "word".into()),
                    ("value", s.into()),
                    ("answer", canonical.into()),
                ],
            );
            None
        }
        _ => read_level_number(ctx, v, path, "level").map(|l| Some(Rating::Level(l))),
    }
}

fn read_answer(ctx: &mut Ctx, v: &Value, path: &str) -> Option<Answer> {
    match v {
        Value::Object(_) => {
            let mut o = Obj::keyed(ctx, v, path, "answer", "an answer")?;
            let mut ok = true;
            let rating = match o.get("level") {
                None => None,
                Some(lv) => match read_rating(ctx, lv, &o.child("level")) {
                    Some(r) => r,
                    None => {
                        ok = false;
                        None
                    }
                },
            };
            let evidence = o.string(ctx, "evidence", false);
            let justification = o.string(ctx, "justification", false);
            let confidence = match o.get("confidence") {
                None => None,
                Some(Value::String(s)) if s == "low" => Some(Confidence::Low),
                Some(Value::String(s)) if s == "medium" => Some(Confidence::Medium),
                Some(Value::String(s)) if s == "high" => Some(Confidence::High),
                Some(other) => {
                    let shown = other
                        .as_str()
                        .map_or_else(|| other.to_string(), str::to_owned);
                    ctx.say(
                        Severity::Error,
                        "invalid_confidence",
                        o.child("confidence"),
                        &[("value", shown.into())],
                    );
                    ok = false;
                    None
                }
            };
            let target = match o.get("target") {
                None => None,
                Some(tv) => {
                    let t = read_level_number(ctx, tv, &o.child("target"), "target");
                    ok &= t.is_some();
                    t
                }
            };
            let elements = match o.get("elements") {
                None => BTreeMap::new(),
                Some(ev) => {
                    let e = read_elements(ctx, ev, &o.child("elements"));
                    ok &= e.is_some();
                    e.unwrap_or_default()
                }
            };
            warn_unknown(ctx, &o, ANSWER_FIELDS);
            let answer = Answer {
                rating,
                evidence: evidence.map(ArcStr::from),
                justification: justification.map(ArcStr::from),
                confidence,
                target,
                elements,
                extra: keep_unknown(&o),
                object_form: true,
            };
            ok.then_some(answer)
        }
        _ => read_rating(ctx, v, path).map(|rating| Answer {
            rating,
            ..Answer::default()
        }),
    }
}

/// The `elements` of an answer: element id → `true`, `false` or `"unknown"`.
fn read_elements(ctx: &mut Ctx, v: &Value, path: &str) -> Option<BTreeMap<String, Option<bool>>> {
    let Value::Object(map) = v else {
        ctx.wrong_type_key(
            path,
            "elements",
            "an object mapping element ids to true, false or \"unknown\"",
            v,
        );
        return None;
    };
    let mut out = BTreeMap::new();
    let mut ok = true;
    for (id, value) in map {
        let met = match value {
            Value::Bool(b) => Some(*b),
            Value::String(s) if s == "unknown" => None,
            other => {
                ctx.say(
                    Severity::Error,
                    "invalid_element",
                    child_path(path, id),
                    &[("element", id.into()), ("found", type_key(other).into())],
                );
                ok = false;
                continue;
            }
        };
        out.insert(id.clone(), met);
    }
    ok.then_some(out)
}

/// The problem of a framework reference (`framework.id`, `framework.version`, from a document or
/// from a CSV row's metadata columns) against the framework: another framework
/// (`assessment.framework_mismatch`), else another version (`assessment.version_mismatch`).
pub(crate) fn framework_ref_problem(
    fw: &crate::model::compiled::Framework,
    id: Option<&str>,
    version: Option<&str>,
) -> Option<Diagnostic> {
    if let Some(given) = id.filter(|i| *i != fw.id()) {
        return Some(crate::i18n::diagnostic(
            Severity::Error,
            "assessment.framework_mismatch",
            "/framework/id",
            &[("given", given.into()), ("framework", fw.id().into())],
        ));
    }
    let given = version.filter(|v| *v != fw.version())?;
    Some(crate::i18n::diagnostic(
        Severity::Error,
        "assessment.version_mismatch",
        "/framework/version",
        &[
            ("given", given.into()),
            ("framework", fw.id().into()),
            ("version", fw.version().into()),
        ],
    ))
}
