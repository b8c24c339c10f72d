//! Numbers as a reader of each language writes them: formatted here, once, so that the CLI, the
//! reports, the SVG charts and every binding show the same digits (never by the browser).
//!
//! | language | 1234.5 | 0.5 as a share |
//! |---|---|---|
//! | en | 1,234.50 | 50% |
//! | fr | 1 234,50 (narrow no-break space) | 50 % (no-break space) |
//! | es | 1234,50; 12.345,67 | 50 % (no-break space) |
//! | pt-PT | 1234,50; 12 345,67 (no-break space) | 50% |
//! | ar | 1,234.50 (Latin digits, CLDR's default for `ar`) | 50% |
//!
//! These are CLDR's patterns as the browser's `Intl.NumberFormat` applies them, except that
//! Arabic carries no invisible left-to-right marks (the page sets the direction instead).
//! Halves round away from zero, as `Intl` does.

/// The separators and spacing of one language.
struct Symbols {
    decimal: char,
    group: char,
    /// Digits before grouping starts: 4 groups `1,234`; 5 leaves `1234` whole.
    min_grouping_digits: usize,
    /// What goes between the number and `%`.
    percent_gap: &'static str,
}

fn symbols(lang: &str) -> Symbols {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    match primary {
        "fr" => Symbols {
            decimal: ',',
            group: '\u{202F}',
            min_grouping_digits: 4,
            percent_gap: "\u{A0}",
        },
        "es" => Symbols {
            decimal: ',',
            group: '.',
            min_grouping_digits: 5,
            percent_gap: "\u{A0}",
        },
        "pt" => Symbols {
            decimal: ',',
            group: if lang.eq_ignore_ascii_case("pt-BR") || lang.eq_ignore_ascii_case("pt") {
                '.'
            } else {
                '\u{A0}'
            },
            min_grouping_digits: if lang.eq_ignore_ascii_case("pt-BR")
                || lang.eq_ignore_ascii_case("pt")
            {
                4
            } else {
                5
            },
            percent_gap: "",
        },
        _ => Symbols {
            decimal: '.',
            group: ',',
            min_grouping_digits: 4,
            percent_gap: "",
        },
    }
}

/// `x` with exactly `decimals` digits after the separator, in the language's notation.
///
/// ```
/// use lhs_maturity::i18n::decimal;
/// assert_eq!(decimal(1.5, 2, "en"), "1.50");
/// assert_eq!(decimal(1.5, 2, "fr"), "1,50");
/// assert_eq!(decimal(12345.675, 1, "es"), "12.345,7");
/// assert_eq!(decimal(2.5, 0, "ar"), "3");
/// assert_eq!(decimal(1234.0, 0, "fr"), "1\u{202F}234");
/// ```
pub fn decimal(x: f64, decimals: usize, lang: &str) -> String {
    if !x.is_finite() {
        return "—".to_owned();
    }
    let s = symbols(lang);
    let (negative, int, frac) = round_half_away(x.abs(), decimals);
    let mut out = String::new();
    if negative && x < 0.0 && !(int.chars().all(|c| c == '0') && frac.chars().all(|c| c == '0')) {
        out.push('-');
    }
    out.push_str(&group(&int, s.group, s.min_grouping_digits));
    if decimals > 0 {
        out.push(s.decimal);
        out.push_str(&frac);
    }
    out
}

/// A whole number in the language's notation.
///
/// ```
/// assert_eq!(lhs_maturity::i18n::count(1_000_000, "pt-PT"), "1\u{A0}000\u{A0}000");
/// ```
pub fn count(n: u64, lang: &str) -> String {
    let s = symbols(lang);
    group(&n.to_string(), s.group, s.min_grouping_digits)
}

/// A share between 0 and 1 as a whole percentage: `0.5` is `50%` in English, `50 %` in French.
///
/// ```
/// assert_eq!(lhs_maturity::i18n::percent(0.456, "en"), "46%");
/// assert_eq!(lhs_maturity::i18n::percent(0.5, "fr"), "50\u{A0}%");
/// ```
pub fn percent(share: f64, lang: &str) -> String {
    percent_value(share * 100.0, 0, lang)
}

/// A value that is already a percentage (0 to 100) with `decimals` digits and the language's
/// percent sign: `1.72` with one decimal is `1.7%` in English, `1,7 %` in French.
///
/// ```
/// assert_eq!(lhs_maturity::i18n::percent_value(1.72, 1, "en"), "1.7%");
/// assert_eq!(lhs_maturity::i18n::percent_value(1.72, 1, "fr"), "1,7\u{A0}%");
/// assert_eq!(lhs_maturity::i18n::percent_value(37.5, 0, "en"), "38%");
/// ```
pub fn percent_value(percent: f64, decimals: usize, lang: &str) -> String {
    format!(
        "{}{}%",
        decimal(percent, decimals, lang),
        symbols(lang).percent_gap
    )
}

/// The sign (always `true`: callers pass the absolute value and check the sign), the integer
/// digits and the `decimals` fraction digits of `x` rounded half away from zero, from its
/// shortest decimal representation (as `Intl.NumberFormat` does).
fn round_half_away(x: f64, decimals: usize) -> (bool, String, String) {
    let repr = format!("{x}");
    let (int, frac) = repr.split_once('.').unwrap_or((&repr, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let point = int.len();
    digits.resize(point + decimals + 1, 0);
    let round_up = digits.get(point + decimals).is_some_and(|&d| d >= 5);
    digits.truncate(point + decimals);
    if round_up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                break;
            }
            i -= 1;
            if let Some(d) = digits.get_mut(i) {
                if *d == 9 {
                    *d = 0;
                } else {
                    *d += 1;
                    break;
                }
            }
        }
    }
    let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    let (i, f) = text.split_at(text.len() - decimals);
    let i = if i.is_empty() { "0" } else { i };
    (true, i.to_owned(), f.to_owned())
}

/// `digits` with `sep` between groups of three, once there are at least `min` digits.
fn group(digits: &str, sep: char, min: usize) -> String {
    if digits.len() < min {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_halves_away_from_zero_and_carries() {
        assert_eq!(decimal(0.125, 2, "en"), "0.13");
        assert_eq!(decimal(9.995, 2, "en"), "10.00");
        assert_eq!(decimal(-1.005, 2, "en"), "-1.01");
        assert_eq!(decimal(-0.001, 2, "en"), "0.00");
        assert_eq!(decimal(999_999.5, 0, "es"), "1.000.000");
        assert_eq!(decimal(1e-7, 2, "fr"), "0,00");
    }

    #[test]
    fn groups_from_the_language_minimum() {
        assert_eq!(count(1234, "es"), "1234");
        assert_eq!(count(12345, "es"), "12.345");
        assert_eq!(count(1234, "en"), "1,234");
        assert_eq!(count(1234, "ar"), "1,234");
        assert_eq!(count(123, "fr"), "123");
    }
}
