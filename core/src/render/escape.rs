//! Escaping text that comes from a document (an assessment, a framework) for the formats the
//! reports are written in.

/// Escapes text for HTML and XML, in element content and in quoted attribute values:
/// `&`, `<`, `>`, `"` and `'` become entities. Control characters other than tab and newline,
/// which XML does not allow, become U+FFFD.
///
/// ```
/// use lhs_maturity::escape_html;
/// assert_eq!(escape_html("<script>alert('x') & \"y\"</script>"),
///            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
/// assert_eq!(escape_html("Kisumu – Ñ"), "Kisumu – Ñ");
/// ```
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(ch),
            '\r' => out.push('\n'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown that may be rendered as HTML (tables in notebooks, web pages):
/// HTML-significant characters become entities and Markdown punctuation is backslash-escaped.
///
/// ```
/// assert_eq!(lhs_maturity::escape_markdown("<b>|x*"), "&lt;b&gt;\\|x\\*");
/// ```
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
