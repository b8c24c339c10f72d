//! CLDR plural categories of whole numbers (CLDR 48) for the languages of the built-in
//! catalogs, so that a message agrees with its count the same way on every surface.
//!
//! Catalogs only count things (indicators, answers, assessments), so the rules are those of
//! whole numbers; they match the browser's `Intl.PluralRules`, including the `many` form of
//! French, Spanish and Portuguese for exact millions that some libraries leave out.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// Arabic 0.
    Zero,
    /// Singular forms.
    One,
    /// Arabic 2.
    Two,
    /// Arabic 3–10 (modulo 100).
    Few,
    /// Arabic 11–99 (modulo 100); French, Spanish and Portuguese exact millions.
    Many,
    /// Everything else.
    Other,
}

impl Plural {
    /// The category's CLDR keyword, as catalogs write it in variant keys.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::i18n::Plural::Few.keyword(), "few");
    /// ```
    pub fn keyword(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The plural category of the whole number `n` in `lang` (a tag such as `fr`, `pt-PT`);
/// languages without their own rule follow English.
///
/// ```
/// use lhs_maturity::i18n::{plural, Plural};
/// assert_eq!(plural("fr", 0), Plural::One);
/// assert_eq!(plural("pt-PT", 0), Plural::Other);
/// assert_eq!(plural("es", 1_000_000), Plural::Many);
/// assert_eq!(plural("ar", 103), Plural::Few);
/// ```
pub fn plural(lang: &str, n: u64) -> Plural {
    let million = n != 0 && n % 1_000_000 == 0;
    match primary(lang) {
        "fr" => match n {
            0 | 1 => Plural::One,
            _ if million => Plural::Many,
            _ => Plural::Other,
        },
        "es" | "it" => match n {
            1 => Plural::One,
            _ if million => Plural::Many,
            _ => Plural::Other,
        },
        // European Portuguese: 0 is plural ("0 indicadores"); Brazilian treats it as singular.
        "pt" if lang.eq_ignore_ascii_case("pt") || lang.eq_ignore_ascii_case("pt-BR") => match n {
            0 | 1 => Plural::One,
            _ if million => Plural::Many,
            _ => Plural::Other,
        },
        "pt" => match n {
            1 => Plural::One,
            _ if million => Plural::Many,
            _ => Plural::Other,
        },
        "ar" => match (n, n % 100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        _ => match n {
            1 => Plural::One,
            _ => Plural::Other,
        },
    }
}

/// The primary language subtag, lowercase (`pt` of `pt-PT`).
fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_has_six_forms() {
        let cats: Vec<&str> = [0, 1, 2, 3, 11, 100, 102, 111, 1_000_000]
            .iter()
            .map(|&n| plural("ar", n).keyword())
            .collect();
        assert_eq!(
            cats,
            ["zero", "one", "two", "few", "many", "other", "other", "many", "other"]
        );
    }

    #[test]
    fn romance_languages_have_a_many_form_for_millions() {
        for lang in ["fr", "es", "pt-PT", "pt"] {
            assert_eq!(plural(lang, 1_000_000), Plural::Many, "{lang}");
            assert_eq!(plural(lang, 2_000_000), Plural::Many, "{lang}");
            assert_eq!(plural(lang, 1_000_001), Plural::Other, "{lang}");
        }
        assert_eq!(plural("en", 1_000_000), Plural::Other);
    }
}
