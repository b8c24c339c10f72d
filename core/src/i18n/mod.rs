//! Languages of everything an evaluator reads: which languages exist, how a requested language
//! is matched to one, plural forms, numbers, and the message catalogs of reports, templates and
//! the command line (`spec/i18n/messages/<lang>/*.ftl`), and the diagnostics an evaluator can
//! cause ([`diagnostic`], [`localize`]).
//!
//! Error codes, JSON and CSV stay language-neutral; only human-readable text is translated.

mod catalog;
mod diagnostic;
mod number;
mod plural;

pub use crate::error::DiagArg;
pub use catalog::{add_catalog, message, Arg, Catalog, CATALOG_FILES, MESSAGE_LANGUAGES};
pub use diagnostic::{diagnostic, localize, localize_all, localize_error, message_id, within};
pub use number::{count, decimal, percent, percent_value};
pub use plural::{plural, Plural};

use crate::error::{Diagnostic, Severity};

/// The languages of the built-in framework and catalogs: English (the source), French, Spanish,
/// European Portuguese (as written in Angola, Mozambique, Guinea-Bissau, Cabo Verde and São
/// Tomé, AO90 spelling) and Arabic.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "es", "pt-PT", "ar"];

/// A requested language matched to one that exists.
#[derive(Debug, Clone, PartialEq)]
pub struct Negotiated {
    /// The language used: one of `available`, English when nothing matched.
    pub language: String,
    /// `language.unavailable` when the request fell back to English (never an error).
    pub warning: Option<Diagnostic>,
}

/// Matches a requested language (`fr`, `fr-SN`, `pt-BR`, `ar_MA.UTF-8`, `C`) to one of
/// `available`: the same tag, else the same primary language (`pt-BR` reads `pt-PT`), else
/// English with a warning. An empty request, `C` and `POSIX` mean English without a warning.
///
/// ```
/// use lhs_maturity::i18n::{negotiate, LANGUAGES};
/// assert_eq!(negotiate("fr_SN.UTF-8", &LANGUAGES).language, "fr");
/// assert_eq!(negotiate("pt-BR", &LANGUAGES).language, "pt-PT");
/// let sw = negotiate("sw", &LANGUAGES);
/// assert_eq!(sw.language, "en");
/// assert_eq!(sw.warning.unwrap().code, "language.unavailable");
/// ```
pub fn negotiate(requested: &str, available: &[&str]) -> Negotiated {
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let english = |warning| Negotiated {
        language: "en".to_owned(),
        warning,
    };
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return english(None);
    }
    if let Some(l) = available.iter().find(|l| l.eq_ignore_ascii_case(&tag)) {
        return Negotiated {
            language: (*l).to_owned(),
            warning: None,
        };
    }
    let primary = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    if let Some(l) = available.iter().find(|l| primary(l) == primary(&tag)) {
        return Negotiated {
            language: (*l).to_owned(),
            warning: None,
        };
    }
    english(Some(diagnostic(
        Severity::Warning,
        "language.unavailable",
        "",
        &[
            ("requested", requested.into()),
            ("languages", available.join(", ").into()),
        ],
    )))
}

/// Matches a reader's languages in order of preference (a browser's `navigator.languages`, an
/// `Accept-Language` list) to one of `available`: the first that matches (see [`negotiate`]),
/// else English with the warning about the first. An empty list means English.
///
/// ```
/// use lhs_maturity::i18n::{negotiate_list, LANGUAGES};
/// assert_eq!(negotiate_list(&["sw", "fr-SN", "en"], &LANGUAGES).language, "fr");
/// let none = negotiate_list(&["sw", "zu"], &LANGUAGES);
/// assert_eq!(none.language, "en");
/// assert!(none.warning.unwrap().message.contains("`sw`"));
/// ```
pub fn negotiate_list(requested: &[&str], available: &[&str]) -> Negotiated {
    let mut first = None;
    for r in requested {
        let n = negotiate(r, available);
        if n.warning.is_none() {
            return n;
        }
        first.get_or_insert(n);
    }
    first.unwrap_or_else(|| negotiate("", available))
}

/// Whether a language is written right to left.
///
/// ```
/// assert!(lhs_maturity::i18n::is_rtl("ar"));
/// assert!(!lhs_maturity::i18n::is_rtl("fr"));
/// ```
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        lang.split('-').next().unwrap_or_default(),
        "ar" | "fa" | "he" | "ur" | "ps" | "dv" | "yi"
    )
}
