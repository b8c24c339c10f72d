//! A framework's declared languages (`languages`) and how complete each one is.

use crate::model::framework::{Language, ReviewStatus};
use crate::read::json::{elements, is_language_tag, Ctx, Obj};
use crate::read::texts;
use serde_json::Value;
use std::collections::HashSet;

const LANGUAGE_FIELDS: &[&str] = &["code", "name", "status", "reviewer", "reviewed_on", "note"];

/// Reads the `languages` list: valid, distinct codes; exactly one `source`, English; a named
/// reviewer for every `reviewed` language.
pub(crate) fn read(ctx: &mut Ctx, items: &[Value], path: &str) -> Vec<Language> {
    let mut out: Vec<Language> = Vec::new();
    let mut seen = HashSet::new();
    for (p, v) in elements(items, path) {
        let Some(l) = language(ctx, v, &p) else {
            continue;
        };
        if !seen.insert(l.code.clone()) {
            ctx.error(
                "duplicate_language",
                format!("{p}/code"),
                format!("the language `{}` is declared twice", l.code),
            );
        }
        out.push(l);
    }
    let sources: Vec<&Language> = out
        .iter()
        .filter(|l| l.status == ReviewStatus::Source)
        .collect();
    if !out.is_empty() && (sources.len() != 1 || sources.first().is_some_and(|l| l.code != "en")) {
        ctx.error(
            "invalid_languages",
            path,
            "exactly one language, English (`en`), must have the status `source`",
        )
        .set_help("the texts are written in English and translated from it: declare `{\"code\": \"en\", \"status\": \"source\"}`");
    }
    out
}

fn language(ctx: &mut Ctx, v: &Value, path: &str) -> Option<Language> {
    let mut o = Obj::new(ctx, v, path, "a language")?;
    let code = o.string(ctx, "code", true);
    let name = o.string(ctx, "name", true);
    let status = o.string(ctx, "status", true);
    let reviewer = o.string(ctx, "reviewer", false);
    let reviewed_on = o.string(ctx, "reviewed_on", false);
    let note = o.string(ctx, "note", false);
    o.deny_unknown(ctx, LANGUAGE_FIELDS);
    if let Some(c) = code.as_deref().filter(|c| !is_language_tag(c)) {
        ctx.error(
            "invalid_language",
            o.child("code"),
            format!("`{c}` is not a language code"),
        )
        .set_help("use a BCP 47 language tag such as `en`, `fr`, `pt-BR`");
    }
    let status = match status.as_deref() {
        Some("source") => Some(ReviewStatus::Source),
        Some("provisional") => Some(ReviewStatus::Provisional),
        Some("reviewed") => Some(ReviewStatus::Reviewed),
        Some(other) => {
            ctx.error(
                "invalid_review_status",
                o.child("status"),
                format!("`{other}` is not a review status"),
            )
            .set_help("use `source`, `provisional` or `reviewed`");
            None
        }
        None => None,
    };
    if status == Some(ReviewStatus::Reviewed) && reviewer.as_deref().is_none_or(str::is_empty) {
        ctx.error(
            "missing_reviewer",
            o.child("reviewer"),
            "a reviewed translation names its reviewer",
        )
        .set_help("give the native-speaking reviewer who signed it off, or set the status to `provisional`");
    }
    Some(Language {
        code: code?,
        name: name?,
        status: status?,
        reviewer,
        reviewed_on,
        note,
    })
}

/// How many of a framework's texts exist in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Completeness {
    pub(crate) translated: usize,
    pub(crate) total: usize,
    /// The JSON Pointer of the first text that lacks the language.
    pub(crate) first_missing: Option<String>,
}

/// The completeness of `lang` among the texts of a framework document.
pub(crate) fn completeness(fw: &Value, lang: &str) -> Completeness {
    completeness_of(fw, &[lang]).pop().unwrap_or(Completeness {
        translated: 0,
        total: 0,
        first_missing: None,
    })
}

/// The completeness of each of `langs`, in one pass over the texts (a framework is read with
/// its declared languages checked: this is on the path of every load).
pub(crate) fn completeness_of(fw: &Value, langs: &[&str]) -> Vec<Completeness> {
    let slots = texts::slots(fw);
    let mut out: Vec<Completeness> = langs
        .iter()
        .map(|_| Completeness {
            translated: 0,
            total: slots.len(),
            first_missing: None,
        })
        .collect();
    for s in slots {
        let value = fw.pointer(&s.pointer);
        for (lang, c) in langs.iter().zip(out.iter_mut()) {
            let has = match value {
                Some(Value::Object(m)) => m
                    .get(*lang)
                    .and_then(Value::as_str)
                    .is_some_and(|t| !t.trim().is_empty()),
                Some(Value::String(_)) => *lang == "en",
                _ => false,
            };
            if has {
                c.translated += 1;
            } else if c.first_missing.is_none() {
                c.first_missing = Some(s.pointer.clone());
            }
        }
    }
    out
}

/// A warning `framework.incomplete_language` for every declared language some texts lack.
pub(crate) fn check(ctx: &mut Ctx, fw: &Value, declared: &[Language]) {
    let codes: Vec<&str> = declared.iter().map(|l| l.code.as_str()).collect();
    let all = completeness_of(fw, &codes);
    for (i, (l, c)) in declared.iter().zip(all).enumerate() {
        let Some(first) = c.first_missing else {
            continue;
        };
        ctx.warning(
            "incomplete_language",
            format!("/languages/{i}"),
            format!(
                "{} of {} texts lack `{}` ({}); the English text stands in for each, first at {first}",
                c.total - c.translated,
                c.total,
                l.code,
                l.name
            ),
        )
        .set_help(format!("add a `{}` entry to each of those texts", l.code));
    }
}

/// One language of a framework: its declaration and how many of the framework's texts exist in
/// it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, schemars::JsonSchema)]
pub struct LanguageStatus {
    /// BCP 47 tag.
    pub code: String,
    /// The language's name in itself.
    pub name: String,
    /// `source`, `provisional` or `reviewed` (`undeclared` for a language some texts have but
    /// the framework does not declare).
    pub status: String,
    /// Who signed the translation off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// Texts that exist in the language.
    pub translated: usize,
    /// Texts of the framework.
    pub total: usize,
    /// The JSON Pointer of the first text that lacks it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_missing: Option<String>,
}

impl crate::model::compiled::Framework {
    /// Every language of the framework with its review status and completeness: the declared
    /// ones in order, then any other language some texts have.
    ///
    /// ```
    /// let langs = lhs_maturity::Framework::builtin().language_status();
    /// let codes: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();
    /// assert_eq!(codes, ["en", "fr", "es", "pt-PT", "ar"]);
    /// assert!(langs.iter().all(|l| l.translated == l.total));
    /// assert_eq!(langs[1].status, "provisional");
    /// ```
    pub fn language_status(&self) -> Vec<LanguageStatus> {
        let Ok(value) = serde_json::to_value(self.spec()) else {
            return Vec::new();
        };
        let declared = &self.spec().languages;
        let mut out: Vec<LanguageStatus> = declared
            .iter()
            .map(|l| {
                status(
                    &value,
                    &l.code,
                    &l.name,
                    l.status.as_str(),
                    l.reviewer.clone(),
                )
            })
            .collect();
        if declared.is_empty() {
            out.push(status(&value, "en", "English", "source", None));
        }
        let mut others: Vec<String> = texts::slots(&value)
            .iter()
            .filter_map(|s| value.pointer(&s.pointer).and_then(Value::as_object))
            .flat_map(|m| m.keys().cloned())
            .filter(|k| !out.iter().any(|l| &l.code == k))
            .collect();
        others.sort();
        others.dedup();
        for code in others {
            out.push(status(&value, &code, &code, "undeclared", None));
        }
        out
    }
}

fn status(
    value: &Value,
    code: &str,
    name: &str,
    st: &str,
    reviewer: Option<String>,
) -> LanguageStatus {
    let c = completeness(value, code);
    LanguageStatus {
        code: code.to_owned(),
        name: name.to_owned(),
        status: st.to_owned(),
        reviewer,
        translated: c.translated,
        total: c.total,
        first_missing: c.first_missing,
    }
}
