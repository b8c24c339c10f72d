//! How wide a label will be once drawn, estimated without a font: each character counts for the
//! average advance of its kind in the faces the charts name (Helvetica and Arial for Latin
//! script, Naskh faces for Arabic), in ems. Labels are wrapped to a width in pixels with it, so
//! that a French or Spanish name, longer than its English source, wraps instead of being cut
//! or running out of the chart.

/// The estimated advance of `c`, in ems.
pub(crate) fn advance(c: char) -> f64 {
    match c {
        ' ' | '\u{A0}' | '\u{202F}' => 0.28,
        'i' | 'j' | 'l' | '\'' | '’' | '|' | '.' | ',' | ':' | ';' | '!' => 0.25,
        'f' | 't' | 'I' | '/' | '\\' => 0.28,
        'r' | '(' | ')' | '[' | ']' | '-' | '"' | '“' | '”' | '«' | '»' => 0.34,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 0.5,
        'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.9,
        '—' | '…' | '→' => 1.0,
        '0'..='9' => 0.56,
        // Combining marks (Latin accents, Arabic vowel signs) take no room of their own.
        '\u{300}'..='\u{36F}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{6D6}'..='\u{6ED}' => 0.0,
        '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{FB50}'..='\u{FDFF}' => 0.5,
        '\u{FE70}'..='\u{FEFF}' => 0.5,
        '\u{1100}'..='\u{11FF}' | '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' => 1.0,
        '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' => 1.0,
        c if c.is_uppercase() => 0.72,
        _ => 0.56,
    }
}

/// The estimated width of `text` at `font_size` pixels.
pub(crate) fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(advance).sum::<f64>() * font_size
}

/// Splits `text` into lines at spaces, each at most `max` wide by `width`; a word wider than
/// `max` on its own is broken between characters.
fn wrap_by(text: &str, max: f64, width: &dyn Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() {
            let joined = format!("{cur} {word}");
            if width(&joined) <= max {
                cur = joined;
                continue;
            }
            lines.push(std::mem::take(&mut cur));
        }
        if width(word) <= max {
            cur.push_str(word);
            continue;
        }
        // A word wider than a line: as many characters as fit on each line (at least one).
        for c in word.chars() {
            let mut next = cur.clone();
            next.push(c);
            if !cur.is_empty() && width(&next) > max {
                lines.push(std::mem::replace(&mut cur, c.to_string()));
            } else {
                cur = next;
            }
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Splits `text` into lines at spaces, each at most `max` pixels wide at `font_size`.
pub(crate) fn wrap_px(text: &str, max: f64, font_size: f64) -> Vec<String> {
    wrap_by(text, max, &|s| text_width(s, font_size))
}

/// Splits a label into lines of at most `width` characters at spaces (a longer word stays
/// whole): the measure of plain-text tables.
#[cfg(test)]
pub(crate) fn wrap_chars(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_letters_and_scripts() {
        assert!(text_width("MW", 10.0) > text_width("nn", 10.0));
        assert!(text_width("il", 10.0) < text_width("nn", 10.0));
        assert!((text_width("é", 10.0) - text_width("e\u{301}", 10.0)).abs() < 1e-9);
        assert!((text_width("التعلم", 10.0) - 30.0).abs() < 1e-9);
        assert!((text_width("2,50", 10.0) - 19.3).abs() < 1e-9);
    }

    #[test]
    fn wraps_to_a_width_and_breaks_overlong_words() {
        let lines = wrap_px("Établissements d'enseignement et de formation", 120.0, 12.0);
        assert!(lines.len() > 1);
        assert!(
            lines.iter().all(|l| text_width(l, 12.0) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.join(" "),
            "Établissements d'enseignement et de formation"
        );
        let lines = wrap_px("Institutionnalisationnellement x", 60.0, 12.0);
        assert!(
            lines.iter().all(|l| text_width(l, 12.0) <= 60.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.concat().replace(' ', ""),
            "Institutionnalisationnellementx"
        );
        assert!(wrap_px("", 10.0, 12.0).is_empty());
        assert_eq!(wrap_px("x", 0.0, 12.0), ["x"]);
    }
}
