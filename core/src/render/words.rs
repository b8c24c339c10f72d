//! The words of a rendering: messages of the report catalog (`spec/i18n/messages/<lang>/
//! report.ftl`) and numbers in the report's language, escaped for the format written.
//!
//! A message's own text is escaped like any other text, so a translation cannot inject markup;
//! the values passed to it are either text from a document (escaped too) or markup the renderer
//! composed around escaped text (bold, code), which is put in after escaping.

use crate::i18n::{self, Arg};

/// One value given to a message.
pub(crate) enum V<'a> {
    /// Text from a document or a framework: escaped.
    Text(&'a str),
    /// Markup (or a number) composed by the renderer, its text already escaped.
    Markup(String),
    /// A whole number: in the language's notation, and choosing the plural form.
    Count(u64),
    /// A machine keyword choosing a variant (`low`, `high`); escaped if shown.
    Key(&'a str),
}

/// The language and escaping of one rendering.
#[derive(Clone, Copy)]
pub(crate) struct Words<'a> {
    /// The report's language.
    pub(crate) lang: &'a str,
    escape: fn(&str) -> String,
    /// Whether numbers and codes inside sentences are isolated with `<bdi>` (HTML of a
    /// language written right to left).
    isolate: bool,
}

/// Marks the start and the end of a value's place in a formatted message (private-use
/// characters, which no catalog and no escaping produces or changes).
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

fn no_escape(s: &str) -> String {
    s.to_owned()
}

impl<'a> Words<'a> {
    /// Words for HTML or SVG: escaped with [`crate::escape_html`]; numbers and codes in
    /// sentences isolated when `isolate` (HTML in a right-to-left language).
    pub(crate) fn html(lang: &'a str, isolate: bool) -> Self {
        Words {
            lang,
            escape: crate::render::escape::escape_html,
            isolate,
        }
    }

    /// Words for Markdown, escaped with [`crate::escape_markdown`].
    pub(crate) fn markdown(lang: &'a str) -> Self {
        Words {
            lang,
            escape: crate::render::escape::escape_markdown,
            isolate: false,
        }
    }

    /// Words for data formats (JSON, CSV) whose writers escape: no escaping.
    pub(crate) fn plain(lang: &'a str) -> Self {
        Words {
            lang,
            escape: no_escape,
            isolate: false,
        }
    }

    /// Whether the language is written right to left.
    pub(crate) fn rtl(&self) -> bool {
        i18n::is_rtl(self.lang)
    }

    /// A message without values, escaped.
    pub(crate) fn t(&self, id: &str) -> String {
        (self.escape)(&i18n::message(self.lang, id, &[]))
    }

    /// A message with values: its text escaped, the values escaped or put in as markup.
    pub(crate) fn msg(&self, id: &str, values: &[(&str, V)]) -> String {
        let mut slots: Vec<String> = Vec::new();
        let args: Vec<(&str, Arg)> = values
            .iter()
            .map(|(name, v)| {
                let arg = match v {
                    V::Count(n) => Arg::Count(*n),
                    V::Key(k) => Arg::Text((*k).to_owned()),
                    V::Text(t) => {
                        slots.push((self.escape)(t));
                        Arg::Text(format!("{OPEN}{}{CLOSE}", slots.len() - 1))
                    }
                    V::Markup(m) => {
                        slots.push(m.clone());
                        Arg::Text(format!("{OPEN}{}{CLOSE}", slots.len() - 1))
                    }
                };
                (*name, arg)
            })
            .collect();
        let text = (self.escape)(&i18n::message(self.lang, id, &args));
        fill_slots(&text, &slots)
    }

    /// A message, or `fallback` when neither the language's catalog nor English has it.
    pub(crate) fn t_or(&self, id: &str, fallback: &str) -> String {
        let text = i18n::message(self.lang, id, &[]);
        if text == id {
            (self.escape)(fallback)
        } else {
            (self.escape)(&text)
        }
    }

    /// `x` with `decimals` decimals in the language's notation.
    pub(crate) fn num(&self, x: f64, decimals: usize) -> String {
        i18n::decimal(x, decimals, self.lang)
    }

    /// A score with two decimals in the language's notation, `–` for none (the one form of a
    /// score in every rendering).
    pub(crate) fn score(&self, score: Option<f64>) -> String {
        score.map_or_else(|| "–".to_owned(), |v| self.num(v, 2))
    }

    /// A whole number in the language's notation.
    pub(crate) fn count(&self, n: impl Into<u64>) -> String {
        i18n::count(n.into(), self.lang)
    }

    /// A share (0 to 1) as a whole percentage, `–` for none.
    pub(crate) fn pct(&self, share: Option<f64>) -> String {
        share.map_or_else(|| "–".to_owned(), |s| i18n::percent(s, self.lang))
    }

    /// A value that is already a percentage (0 to 100) as a whole percentage, `–` for none.
    pub(crate) fn pct100(&self, percent: Option<f64>) -> String {
        percent.map_or_else(|| "–".to_owned(), |p| i18n::percent_value(p, 0, self.lang))
    }

    /// A number, code or id set inside a sentence: isolated left to right in HTML of a
    /// right-to-left language (`markup` is already escaped).
    pub(crate) fn iso(&self, markup: String) -> String {
        if self.isolate {
            format!("<bdi dir=\"ltr\">{markup}</bdi>")
        } else {
            markup
        }
    }

    /// Text of either direction isolated in a right-to-left report, its direction taken from
    /// its first strong letter (`<bdi>`): a period such as `2026-Q3` or a Latin name keeps its
    /// order among Arabic words.
    pub(crate) fn iso_auto(&self, markup: String) -> String {
        if self.isolate {
            format!("<bdi>{markup}</bdi>")
        } else {
            markup
        }
    }

    /// [`Words::iso`] as a message value.
    pub(crate) fn v_iso(&self, markup: String) -> V<'static> {
        V::Markup(self.iso(markup))
    }
}

/// `text` with every slot mark replaced by its value.
fn fill_slots(text: &str, slots: &[String]) -> String {
    if slots.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + slots.iter().map(String::len).sum::<usize>());
    let mut rest = text;
    while let Some(i) = rest.find(OPEN) {
        out.push_str(rest.get(..i).unwrap_or_default());
        let after = rest.get(i + OPEN.len_utf8()..).unwrap_or_default();
        match after.find(CLOSE) {
            Some(j) => {
                let k: Option<usize> = after.get(..j).and_then(|d| d.parse().ok());
                if let Some(v) = k.and_then(|k| slots.get(k)) {
                    out.push_str(v);
                }
                rest = after.get(j + CLOSE.len_utf8()..).unwrap_or_default();
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_markup_is_kept() {
        let w = Words::html("en", false);
        let s = w.msg(
            "html-warning",
            &[
                ("code", V::Markup("<code>a.b</code>".into())),
                ("path", V::Text("<x>")),
                ("message", V::Text("a & b")),
            ],
        );
        assert_eq!(s, "<code>a.b</code> at &lt;x&gt;: a &amp; b");
        let md = Words::markdown("en");
        assert_eq!(md.msg("md-more", &[("n", V::Count(3))]), "… and 3 more");
    }

    #[test]
    fn a_translation_cannot_inject_markup() {
        crate::i18n::add_catalog(
            "x-test-inject",
            "html-warning = <script>{ $code }</script> { $message }\nhtml-glossary = <b>*G*</b>\n",
        )
        .unwrap();
        let w = Words::html("x-test-inject", false);
        let s = w.msg(
            "html-warning",
            &[
                ("code", V::Markup("<code>c</code>".into())),
                ("message", V::Text("<i>")),
            ],
        );
        assert_eq!(s, "&lt;script&gt;<code>c</code>&lt;/script&gt; &lt;i&gt;");
        assert_eq!(w.t("html-glossary"), "&lt;b&gt;*G*&lt;/b&gt;");
        assert_eq!(
            Words::markdown("x-test-inject").t("html-glossary"),
            "&lt;b&gt;\\*G\\*&lt;/b&gt;"
        );
    }

    #[test]
    fn slots_survive_stray_marks() {
        assert_eq!(fill_slots("a\u{E000}0\u{E001}b", &["X".into()]), "aXb");
        assert_eq!(fill_slots("a\u{E000}9\u{E001}b", &["X".into()]), "ab");
        assert_eq!(fill_slots("a\u{E000}0", &["X".into()]), "a0");
    }

    #[test]
    fn numbers_follow_the_language() {
        let fr = Words::plain("fr");
        assert_eq!(fr.num(1.5, 2), "1,50");
        assert_eq!(fr.pct(Some(0.5)), "50\u{A0}%");
        assert_eq!(fr.pct100(Some(37.5)), "38\u{A0}%");
        assert_eq!(Words::plain("en").pct100(Some(12.0)), "12%");
        assert_eq!(Words::plain("en").pct(None), "–");
        assert_eq!(
            Words::html("ar", true).iso("1.50".into()),
            "<bdi dir=\"ltr\">1.50</bdi>"
        );
    }
}
