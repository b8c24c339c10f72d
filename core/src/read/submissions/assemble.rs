//! A submission as an assessment, by the form's field names; and the checks of a file's
//! fields (exported with labels instead of names; fields that are not the form's).

use super::table::{Field, Place, Sub};
use crate::error::{Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::assessment::{
    Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, SubmissionRef, Unit,
};
use crate::model::compiled::Framework;
use crate::model::form_names::{FormField, FormFieldKind};
use crate::read::csv::CsvRecord;
use std::collections::{BTreeSet, HashMap};

/// A diagnostic at a place.
fn at(severity: Severity, code: &str, place: &Place, args: &[(&str, DiagArg)]) -> Diagnostic {
    let d = i18n::diagnostic(severity, code, place.path.clone(), args);
    if place.column > 0 {
        d.at_text(place.line, place.column)
    } else {
        d
    }
}

/// The problems of a file's fields, before any submission is read: refused when no field is a
/// rating of the form (an export with labels as headers), or when a rating holds a choice's
/// label instead of its name; a warning for each field that is not the form's.
pub(super) fn check_fields(fw: &Framework, subs: &[Sub]) -> Result<Vec<Diagnostic>, Error> {
    let Some(first) = subs.first() else {
        return Ok(Vec::new());
    };
    let mut names = Names::new(fw);
    let mut warnings = Vec::new();
    let mut seen = BTreeSet::new();
    let mut ratings = 0;
    for sub in subs {
        for f in &sub.fields {
            match names.get(&f.name) {
                Some(ff) if ff.kind == FormFieldKind::Level => {
                    ratings += 1;
                    if looks_like_label(&f.value) {
                        return Err(labels(&f.place));
                    }
                }
                Some(_) => {}
                None if seen.insert(f.name.clone()) => {
                    let field: DiagArg = f.name.as_str().into();
                    warnings.push(at(
                        Severity::Warning,
                        "submissions.unknown_field",
                        &f.place,
                        &[("field", field)],
                    ));
                }
                None => {}
            }
        }
    }
    if ratings == 0 && !first.fields.is_empty() && fw.indicator_count() > 0 {
        return Err(labels(&first.place));
    }
    Ok(warnings)
}

/// A rating's value that is a choice's label, not its name: names are `0`–`4`, `na` and
/// `unknown`; labels start with the level and a space, or are sentences.
fn looks_like_label(value: &str) -> bool {
    let v = value.trim();
    let mut chars = v.chars();
    let digit_word = chars.next().is_some_and(|c| c.is_ascii_digit())
        && chars.next().is_some_and(char::is_whitespace);
    digit_word || v.split_whitespace().count() > 2
}

fn labels(place: &Place) -> Error {
    Error::Assessment(vec![at(Severity::Error, "submissions.labels", place, &[])])
}

/// The form's fields by name, each looked up once.
struct Names<'f> {
    fw: &'f Framework,
    known: HashMap<String, Option<FormField>>,
}

impl<'f> Names<'f> {
    fn new(fw: &'f Framework) -> Self {
        Names {
            fw,
            known: HashMap::new(),
        }
    }

    fn get(&mut self, name: &str) -> Option<FormField> {
        if let Some(f) = self.known.get(name) {
            return f.clone();
        }
        let f = self.fw.form_field(name);
        self.known.insert(name.to_owned(), f.clone());
        f
    }
}

/// What a submission says besides its answers.
#[derive(Default)]
struct Meta {
    framework_id: Option<String>,
    framework_version: Option<String>,
    form_revision: Option<String>,
}

/// One submission as a record: its assessment, or every problem of its values.
pub(super) fn record(fw: &Framework, sub: &Sub, tool: &str) -> CsvRecord {
    let mut names = Names::new(fw);
    let mut a = Assessment::default();
    let mut meta = Meta::default();
    let mut problems = Vec::new();
    let mut cells = Vec::new();
    for f in &sub.fields {
        let Some(ff) = names.get(&f.name) else {
            continue;
        };
        if let Some(pointer) = take(fw, &mut a, &mut meta, &ff, f, &mut problems) {
            cells.push((pointer, f.place.path.clone(), f.place.line, f.place.column));
        }
    }
    check_framework(fw, sub, &mut meta, &mut problems);
    a.framework = Some(FrameworkRef {
        id: fw.id().to_owned(),
        version: Some(fw.version().to_owned()),
        extra: serde_json::Map::new(),
    });
    a.source = Some(SubmissionRef {
        tool: Some(tool.to_owned()),
        submission_id: sub.server.submission_id.clone(),
        instance_id: sub.server.instance_id.clone(),
        submitted_at: sub.server.submitted_at.clone(),
        form_revision: meta.form_revision,
        extra: serde_json::Map::new(),
    });
    let whole = (
        sub.place.path.clone(),
        (sub.place.column > 0).then_some((sub.place.line, 1)),
    );
    let assessment = if problems.is_empty() {
        Ok(a)
    } else {
        Err(Error::Assessment(problems))
    };
    CsvRecord::from_parts(sub.index, sub.place.line, assessment, cells, whole)
}

/// Takes one field's value into the assessment; the JSON Pointer it fills, if any.
fn take(
    fw: &Framework,
    a: &mut Assessment,
    meta: &mut Meta,
    ff: &FormField,
    f: &Field,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    let v = f.value.trim();
    let text = || Some(v.to_owned()).filter(|s| !s.is_empty());
    let id = ff.id.clone().unwrap_or_default();
    match ff.kind {
        FormFieldKind::Level => {
            let rating = match v {
                "" => return None,
                "na" => Rating::NotApplicable,
                "unknown" => Rating::Unknown,
                _ => match v.parse::<u32>() {
                    Ok(l) if l <= fw.max_level() && v.len() == 1 => Rating::Level(l),
                    _ => {
                        problems.push(invalid(f, &id, v));
                        return None;
                    }
                },
            };
            answer(a, &id).rating = Some(rating);
            return Some(format!("/answers/{}", crate::error::pointer_token(&id)));
        }
        FormFieldKind::Evidence | FormFieldKind::Justification => {
            if v.is_empty() {
                return None;
            }
            let note = Some(arcstr::ArcStr::from(f.value.as_str()));
            let slot = answer(a, &id);
            let field = if ff.kind == FormFieldKind::Evidence {
                slot.evidence = note;
                "evidence"
            } else {
                slot.justification = note;
                "justification"
            };
            return Some(format!(
                "/answers/{}/{field}",
                crate::error::pointer_token(&id)
            ));
        }
        FormFieldKind::Confidence => {
            let c = match v {
                "" => return None,
                "low" => Confidence::Low,
                "medium" => Confidence::Medium,
                "high" => Confidence::High,
                _ => {
                    problems.push(invalid(f, &id, v));
                    return None;
                }
            };
            answer(a, &id).confidence = Some(c);
            return Some(format!(
                "/answers/{}/confidence",
                crate::error::pointer_token(&id)
            ));
        }
        FormFieldKind::Group => return None,
        FormFieldKind::FrameworkId => meta.framework_id = text(),
        FormFieldKind::FrameworkVersion => meta.framework_version = text(),
        FormFieldKind::FormRevision => meta.form_revision = text(),
        FormFieldKind::Period => a.period = text(),
        FormFieldKind::RespondentRole => {
            a.respondent.get_or_insert_with(Respondent::default).role = text();
            return text().map(|_| "/respondent/role".to_owned());
        }
        FormFieldKind::UnitId | FormFieldKind::UnitName | FormFieldKind::UnitKind => {
            let unit = a.unit.get_or_insert_with(Unit::default);
            let (slot, key) = match ff.kind {
                FormFieldKind::UnitId => (&mut unit.id, "id"),
                FormFieldKind::UnitName => (&mut unit.name, "name"),
                _ => (&mut unit.kind, "kind"),
            };
            *slot = text();
            return slot.as_ref().map(|_| format!("/unit/{key}"));
        }
        FormFieldKind::OrgUnit => {
            if let Some(t) = text() {
                let unit = a.unit.get_or_insert_with(Unit::default);
                unit.extra.insert("org_unit".to_owned(), t.into());
            }
            return None;
        }
    }
    match ff.kind {
        FormFieldKind::Period => text().map(|_| "/period".to_owned()),
        _ => None,
    }
}

/// The answer of an indicator, made empty when it has none yet.
fn answer<'a>(a: &'a mut Assessment, id: &str) -> &'a mut Answer {
    a.answers.entry(id.to_owned()).or_default()
}

/// A value that is none of the field's choices.
fn invalid(f: &Field, id: &str, value: &str) -> Diagnostic {
    at(
        Severity::Error,
        "submissions.invalid_value",
        &f.place,
        &[
            ("field", f.name.as_str().into()),
            ("indicator", id.into()),
            ("value", value.into()),
        ],
    )
}

/// Refuses a submission for another framework (`assessment.framework_mismatch`), or another
/// version of it (`assessment.version_mismatch`, which `migrate` brings over); the form revision is taken from the form's version where the form's own field
/// is not in the file.
fn check_framework(fw: &Framework, sub: &Sub, meta: &mut Meta, problems: &mut Vec<Diagnostic>) {
    // `2.0.0.2`: the framework version and the form revision.
    let server = sub
        .server
        .form_version
        .as_deref()
        .and_then(|v| v.rsplit_once('.'));
    if meta.framework_version.is_none() {
        meta.framework_version = server.map(|(v, _)| v.to_owned());
    }
    if meta.form_revision.is_none() {
        meta.form_revision = server.map(|(_, r)| r.to_owned());
    }
    let problem = crate::read::assessment::framework_ref_problem(
        fw,
        meta.framework_id.as_deref(),
        meta.framework_version.as_deref(),
    );
    if let Some(mut d) = problem {
        d.path.clone_from(&sub.place.path);
        if sub.place.column > 0 {
            d = d.at_text(sub.place.line, 1);
        }
        problems.push(d);
    }
}
