//! The language of what the command writes for people: chosen once (`--lang`, else the
//! environment's `LC_ALL`, `LC_MESSAGES`, `LANG`), then every table, summary and sentence takes
//! its words from the message catalog (`spec/i18n/messages/<lang>/cli.ftl`, ids `cli-…`) and its
//! numbers from the core's formatting. JSON and CSV never depend on it.

use lhs_maturity::i18n::{self, Arg};
use lhs_maturity::Diagnostic;

/// A language of the catalogs (one of [`i18n::LANGUAGES`]). Cheap to copy into every table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(&'static str);

impl Lang {
    /// English, the source language, and the language of every machine-readable output.
    pub const EN: Lang = Lang("en");

    /// The BCP 47 tag: `en`, `fr`, `es`, `pt-PT`, `ar`.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The message `id` of the catalog with its arguments (English when the language lacks it).
    pub fn t(self, id: &str, args: &[(&str, Arg)]) -> String {
        plain(&i18n::message(self.0, id, args))
    }

    /// A number with `decimals` digits, in the language's notation (`1.50`, `1,50`).
    pub fn dec(self, x: f64, decimals: usize) -> String {
        i18n::decimal(x, decimals, self.0)
    }

    /// [`Lang::dec`] with two decimals, `–` when there is no value.
    pub fn num(self, x: Option<f64>) -> String {
        x.map_or_else(|| "–".to_owned(), |v| self.dec(v, 2))
    }

    /// A whole number in the language's notation (`1,234`, `1 234`).
    pub fn count(self, n: usize) -> String {
        i18n::count(n as u64, self.0)
    }

    /// A share between 0 and 1 as a whole percentage (`50%`, `50 %`).
    pub fn pct(self, share: f64) -> String {
        i18n::percent(share, self.0)
    }

    /// [`Lang::pct`], `–` when there is no value.
    pub fn pct_or_dash(self, share: Option<f64>) -> String {
        share.map_or_else(|| "–".to_owned(), |s| self.pct(s))
    }

    /// A share as a percentage with `decimals` digits (`1.7%`, `1,7 %`).
    pub fn pct_dec(self, share: f64, decimals: usize) -> String {
        i18n::percent_value(100.0 * share, decimals, self.0)
    }
}

/// A text argument of a message.
pub fn t(x: impl std::fmt::Display) -> Arg {
    Arg::Text(x.to_string())
}

/// A count argument of a message: written in the language's notation, and choosing the plural
/// form.
pub fn n(x: usize) -> Arg {
    Arg::Count(x as u64)
}

/// The invisible direction marks and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069):
/// a terminal does not need them, and they break the alignment of tables and every `grep`.
pub fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` without direction marks.
pub fn plain(text: &str) -> String {
    if text.chars().any(is_direction_mark) {
        text.chars().filter(|&c| !is_direction_mark(c)).collect()
    } else {
        text.to_owned()
    }
}

/// The language the environment asks for, in POSIX order: `LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`, the first one set and not empty (`C`, `POSIX` and nothing at all mean English).
pub fn from_env(var: impl Fn(&str) -> Option<String>) -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// The language of this run: `--lang` when given, else the environment's, matched to the
/// catalogs (`fr_SN.UTF-8` is `fr`, `pt-BR` is `pt-PT`). An unavailable language is English,
/// with the warning `language.unavailable` when it was asked for with `--lang` (a locale of
/// the environment the command has no catalog for falls back to English silently, as the
/// C library does).
pub fn choose(flag: Option<&str>, env: &str) -> (Lang, Option<Diagnostic>) {
    let asked = flag.unwrap_or(env);
    let found = i18n::negotiate(asked, &i18n::LANGUAGES);
    let lang = i18n::LANGUAGES
        .iter()
        .find(|l| **l == found.language)
        .map_or(Lang::EN, |l| Lang(l));
    (lang, found.warning.filter(|_| flag.is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn posix_order_and_empty_values() {
        assert_eq!(
            from_env(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "es_ES")])),
            "es_ES"
        );
        assert_eq!(
            from_env(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "")])),
            "fr_FR.UTF-8"
        );
        assert_eq!(
            from_env(env(&[("LANG", "fr_FR"), ("LC_MESSAGES", "ar_MA.UTF-8")])),
            "ar_MA.UTF-8"
        );
        assert_eq!(from_env(env(&[])), "");
    }

    #[test]
    fn negotiation_and_warnings() {
        assert_eq!(choose(None, "fr_SN.UTF-8").0.code(), "fr");
        assert_eq!(choose(Some("pt-BR"), "fr_FR").0.code(), "pt-PT");
        assert_eq!(choose(None, "C.UTF-8"), (Lang::EN, None));
        assert_eq!(choose(None, "sw_KE.UTF-8"), (Lang::EN, None));
        let (lang, warning) = choose(Some("sw"), "fr_FR");
        assert_eq!(lang, Lang::EN);
        assert_eq!(
            warning.map(|w| w.code),
            Some("language.unavailable".to_owned())
        );
    }

    #[test]
    fn numbers_and_percentages() {
        let fr = choose(Some("fr"), "").0;
        assert_eq!(fr.dec(1.5, 2), "1,50");
        assert_eq!(fr.pct_dec(0.0172, 1), "1,7\u{A0}%");
        assert_eq!(Lang::EN.pct_dec(0.0172, 1), "1.7%");
        assert_eq!(Lang::EN.num(None), "–");
        assert_eq!(plain("a\u{200F}b\u{2067}c"), "abc");
    }
}
