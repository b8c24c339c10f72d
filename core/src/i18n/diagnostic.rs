//! The diagnostics an evaluator can cause (`assessment.*`, `csv.*`, `input.*`, `migration.*`,
//! `language.*`, `report.*`), written from the catalogs: the message of a code is the catalog
//! message of the same name with `-` for `.` (`assessment.unknown_indicator` →
//! `assessment-unknown_indicator`, in `spec/i18n/messages/<lang>/diagnostics.ftl`), its help the
//! `.help` attribute. A diagnostic keeps the values it was written with ([`Diagnostic::args`]),
//! so that [`localize`] can write it again in another language.
//!
//! Diagnostics about frameworks, catalogs and translations (`framework.*`, `lint.*`,
//! `catalog.*`, `translation.*`, `internal.*`) are written for authors, in English, with
//! [`Diagnostic::error`] and [`Diagnostic::warning`]; [`localize`] leaves them as they are.
//!
//! Two conventions of the catalog: a help attribute that comes out empty (a variant written
//! `{""}`) means no help, and a message can be put in a *context* (`context-*` messages, e.g.
//! `column `{ $column }`: { $message }`) with [`within`].

use super::catalog::{catalog, Arg, Catalog};
use crate::error::{DiagArg, Diagnostic, Error, Severity};

/// The name of the argument that holds a diagnostic's context message (see [`within`]); the
/// context's own arguments are stored with the same `@` before their names.
const CONTEXT: &str = "@context";

/// The catalog message of a diagnostic code: the code with `-` for `.`.
///
/// ```
/// assert_eq!(lhs_maturity::i18n::message_id("assessment.unknown_indicator"), "assessment-unknown_indicator");
/// ```
pub fn message_id(code: &str) -> String {
    code.replace('.', "-")
}

/// A diagnostic written from the English catalog: its message is the catalog message of `code`
/// (see [`message_id`]), its help the message's `.help` attribute, both with `args`, which the
/// diagnostic keeps for [`localize`].
///
/// ```
/// use lhs_maturity::i18n::{diagnostic, DiagArg};
/// use lhs_maturity::Severity;
/// let d = diagnostic(
///     Severity::Warning,
///     "assessment.na_without_justification",
///     "/answers/inst.info.routine_data",
///     &[("id", DiagArg::from("inst.info.routine_data"))],
/// );
/// assert_eq!(d.message, "`inst.info.routine_data` is marked not applicable without a justification");
/// assert_eq!(d.help.as_deref(), Some("add a `justification` saying why it does not apply to this unit"));
/// ```
pub fn diagnostic(
    severity: Severity,
    code: &str,
    path: impl Into<String>,
    args: &[(&str, DiagArg)],
) -> Diagnostic {
    let id = message_id(code);
    let mut d = match severity {
        Severity::Error => Diagnostic::error(code, path, id.as_str()),
        Severity::Warning => Diagnostic::warning(code, path, id.as_str()),
    };
    d.args = args
        .iter()
        .map(|(n, v)| ((*n).to_owned(), v.clone()))
        .collect();
    if let Some(en) = catalog("en") {
        let (message, help) = {
            let args = plain_args(&d);
            (
                en.format(&id, &args),
                en.format(&format!("{id}.help"), &args),
            )
        };
        if let Some(m) = message {
            d.message = m;
        }
        d.help = help.and_then(non_empty);
    }
    d
}

/// The same diagnostic put in a context: the catalog message `context` (e.g. `context-column`,
/// ``column `{ $column }`: { $message }``) with `args` and the diagnostic's own message as
/// `$message`. The context is kept with the diagnostic, so that [`localize`] writes both in
/// another language. A diagnostic has one context; a second one replaces the first.
///
/// ```
/// use lhs_maturity::i18n::{diagnostic, within, DiagArg};
/// use lhs_maturity::Severity;
/// let d = diagnostic(Severity::Error, "assessment.invalid_confidence", "/rows/0/confidence",
///     &[("value", DiagArg::from("sure")), ("source", DiagArg::from("csv"))]);
/// let d = within(d, "context-id", &[("id", DiagArg::from("inst.info.routine_data"))]);
/// assert_eq!(d.message, "`inst.info.routine_data`: `sure` is not a confidence");
/// ```
pub fn within(mut d: Diagnostic, context: &str, args: &[(&str, DiagArg)]) -> Diagnostic {
    d.args.retain(|(n, _)| !n.starts_with('@'));
    let inner = catalog("en")
        .and_then(|en| en.format(&message_id(&d.code), &plain_args(&d)))
        .unwrap_or_else(|| d.message.clone());
    d.args
        .push((CONTEXT.to_owned(), DiagArg::Text(context.to_owned())));
    for (n, v) in args {
        d.args.push((format!("@{n}"), v.clone()));
    }
    if let Some(m) = catalog("en").and_then(|en| in_context(&en, &d, inner)) {
        d.message = m;
    }
    d
}

/// The diagnostic in `lang`: its message and help written again from the catalog of `lang`
/// with the values it keeps. Everything else (severity, code, path, line, column) is kept; so
/// are the texts when `lang` lacks the message (or only its help), and the whole diagnostic
/// when it was not written from the catalog (an author's diagnostic, or one read back from JSON
/// whose message needs values it no longer has).
///
/// ```
/// use lhs_maturity::{i18n, Framework};
/// i18n::add_catalog("x-doc", "assessment-na_without_justification = `{ $id }` : sans justification\n").unwrap();
/// let a = lhs_maturity::Assessment::from_json(r#"{"answers": {"inst.info.routine_data": "na"}}"#).unwrap();
/// let d = Framework::builtin().validate(&a).into_iter()
///     .find(|d| d.code == "assessment.na_without_justification").unwrap();
/// let x = i18n::localize(&d, "x-doc");
/// assert_eq!(x.message, "`inst.info.routine_data` : sans justification");
/// assert_eq!(x.help, d.help); // the help is not in that catalog: kept
/// assert_eq!((x.code, x.path), (d.code, d.path));
/// ```
pub fn localize(d: &Diagnostic, lang: &str) -> Diagnostic {
    let mut out = d.clone();
    // Diagnostics are written in English: nothing to do for it (the scoring path's case).
    if lang == "en" {
        return out;
    }
    let (Some(en), Some(target)) = (catalog("en"), catalog(lang)) else {
        return out;
    };
    let id = message_id(&d.code);
    if !written_from(&en, &id, d) {
        return out;
    }
    if let Some(m) = target
        .format(&id, &plain_args(d))
        .and_then(|inner| in_context(&target, d, inner))
    {
        out.message = m;
    }
    if let Some(h) = target.format(&format!("{id}.help"), &plain_args(d)) {
        out.help = non_empty(h);
    }
    out
}

/// Every diagnostic of a list in `lang` (see [`localize`]).
///
/// ```
/// let diags = lhs_maturity::Framework::builtin().validate_json(r#"{"answers": {}}"#);
/// assert_eq!(lhs_maturity::i18n::localize_all(&diags, "en"), diags);
/// ```
pub fn localize_all(diags: &[Diagnostic], lang: &str) -> Vec<Diagnostic> {
    diags.iter().map(|d| localize(d, lang)).collect()
}

/// The error with every diagnostic in `lang` (see [`localize`]); its kind is kept.
///
/// ```
/// use lhs_maturity::{i18n, Framework};
/// i18n::add_catalog("x-err", "assessment-unknown_indicator = indicateur inconnu `{ $id }`\n").unwrap();
/// let e = Framework::builtin().score_json(r#"{"answers": {"inst.info.routin_data": 2}}"#).unwrap_err();
/// let fr = i18n::localize_error(&e, "x-err");
/// assert_eq!(fr.message(), "indicateur inconnu `inst.info.routin_data`");
/// assert_eq!((fr.code(), fr.path(), fr.kind()), (e.code(), e.path(), e.kind()));
/// ```
pub fn localize_error(e: &Error, lang: &str) -> Error {
    let details = localize_all(e.details(), lang);
    match e {
        Error::Framework(_) => Error::Framework(details),
        Error::Assessment(_) => Error::Assessment(details),
        Error::Input(_) => Error::Input(details),
    }
}

/// Whether the diagnostic was written from the catalog message `id`: the English catalog has
/// it, and the diagnostic keeps values (only the catalog's constructors give them) or its
/// message needs none and is that message.
fn written_from(en: &Catalog, id: &str, d: &Diagnostic) -> bool {
    if d.args.is_empty() {
        en.format(id, &[]).is_some_and(|m| m == d.message)
    } else {
        en.format(id, &[]).is_some()
    }
}

/// The message `inner` in the diagnostic's context, if it has one (`None` when the catalog
/// lacks the context message).
fn in_context(c: &Catalog, d: &Diagnostic, inner: String) -> Option<String> {
    let Some((_, DiagArg::Text(context))) = d.args.iter().find(|(n, _)| n == CONTEXT) else {
        return Some(inner);
    };
    let mut args: Vec<(&str, Arg)> = d
        .args
        .iter()
        .filter(|(n, _)| n != CONTEXT)
        .filter_map(|(n, v)| n.strip_prefix('@').map(|n| (n, arg(v))))
        .collect();
    args.push(("message", Arg::Text(inner)));
    c.format(context, &args)
}

/// The diagnostic's own arguments (not those of its context), as the catalog takes them.
fn plain_args(d: &Diagnostic) -> Vec<(&str, Arg)> {
    d.args
        .iter()
        .filter(|(n, _)| !n.starts_with('@'))
        .map(|(n, v)| (n.as_str(), arg(v)))
        .collect()
}

fn arg(v: &DiagArg) -> Arg {
    match v {
        DiagArg::Text(t) => Arg::Text(t.clone()),
        DiagArg::Count(n) => Arg::Count(*n),
    }
}

fn non_empty(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalog_reads() {
        let en = Catalog::builtin("en").unwrap();
        assert!(en.is_ok(), "{:?}", en.err().map(|e| e.details().to_vec()));
    }

    #[test]
    fn a_context_is_written_again_with_the_message() {
        super::super::add_catalog(
            "x-ctx",
            "context-column = colonne `{ $column }` : { $message }\nassessment-invalid_confidence = `{ $value }` n'est pas une confiance\n",
        )
        .unwrap();
        let d = diagnostic(
            Severity::Error,
            "assessment.invalid_confidence",
            "/rows/0/confidence",
            &[("value", "sure".into())],
        );
        let d = within(d, "context-column", &[("column", "confidence".into())]);
        assert_eq!(d.message, "column `confidence`: `sure` is not a confidence");
        let fr = localize(&d, "x-ctx");
        assert_eq!(
            fr.message,
            "colonne `confidence` : `sure` n'est pas une confiance"
        );
        assert_eq!(fr.help, d.help);
        // A second context replaces the first.
        let again = within(d, "context-id", &[("id", "x".into())]);
        assert_eq!(again.message, "`x`: `sure` is not a confidence");
    }

    #[test]
    fn author_diagnostics_and_read_back_ones_are_left_alone() {
        super::super::add_catalog(
            "x-keep",
            "assessment-unknown_indicator = inconnu `{ $id }`\ncsv-empty = fichier vide\n",
        )
        .unwrap();
        let author = Diagnostic::error("assessment.unknown_indicator", "", "written by hand");
        assert_eq!(localize(&author, "x-keep"), author);
        // Read back from JSON: no values, but a message that needs none is rewritten.
        let empty = diagnostic(Severity::Error, "csv.empty", "", &[]);
        let back: Diagnostic =
            serde_json::from_str(&serde_json::to_string(&empty).unwrap()).unwrap();
        assert_eq!(localize(&back, "x-keep").message, "fichier vide");
        assert!(localize(&back, "x-keep").help.is_some());
    }
}
