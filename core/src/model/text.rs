//! Human-readable text in several languages.

use arcstr::ArcStr;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in one or more languages, keyed by BCP 47 language tag: `{"en": "...", "fr": "..."}`.
///
/// English (`en`) is always present in a valid framework; other languages are optional and
/// [`Text::get`] falls back to English when a translation is missing.
///
/// ```
/// use lhs_maturity::Text;
/// let t = Text::from_pairs([("en".to_string(), "Absent".to_string()), ("fr".to_string(), "Absent".to_string())]);
/// assert_eq!(t.get("fr"), "Absent");
/// assert_eq!(t.get("pt"), "Absent"); // falls back to English
/// assert_eq!(t.en(), "Absent");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, ArcStr>);

impl Text {
    /// An English-only text.
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Text::english("Hello").en(), "Hello");
    /// ```
    pub fn english(text: impl Into<String>) -> Self {
        let mut m = BTreeMap::new();
        m.insert("en".to_owned(), ArcStr::from(text.into()));
        Self(m)
    }

    /// A text from (language, text) pairs.
    ///
    /// ```
    /// let t = lhs_maturity::Text::from_pairs([("en".to_string(), "Yes".to_string())]);
    /// assert_eq!(t.languages().collect::<Vec<_>>(), ["en"]);
    /// ```
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(k, v)| (k, ArcStr::from(v)))
                .collect(),
        )
    }

    /// The English text (empty if there is none, which a validated framework rules out).
    ///
    /// ```
    /// assert_eq!(lhs_maturity::Text::english("x").en(), "x");
    /// ```
    pub fn en(&self) -> &str {
        self.0.get("en").map_or("", ArcStr::as_str)
    }

    /// The text in `lang`, else in the language's base (`pt` for `pt-BR`), else in English.
    ///
    /// ```
    /// let t = lhs_maturity::Text::from_pairs([("en".into(), "Yes".into()), ("pt".into(), "Sim".into())]);
    /// assert_eq!(t.get("pt-BR"), "Sim");
    /// ```
    pub fn get(&self, lang: &str) -> &str {
        self.shared(lang).map_or("", ArcStr::as_str)
    }

    /// The same text as [`Text::get`], shared rather than copied: reports hold the framework's
    /// names and descriptors this way, so that scoring copies no text.
    ///
    /// ```
    /// let t = lhs_maturity::Text::english("Yes");
    /// assert_eq!(t.get_shared("fr"), "Yes");
    /// ```
    pub fn get_shared(&self, lang: &str) -> ArcStr {
        self.shared(lang).cloned().unwrap_or_default()
    }

    fn shared(&self, lang: &str) -> Option<&ArcStr> {
        if let Some(t) = self.0.get(lang) {
            return Some(t);
        }
        if let Some((base, _)) = lang.split_once('-') {
            if let Some(t) = self.0.get(base) {
                return Some(t);
            }
        }
        self.0.get("en")
    }

    /// The languages this text is available in, in alphabetical order.
    ///
    /// ```
    /// let t = lhs_maturity::Text::english("x");
    /// assert_eq!(t.languages().count(), 1);
    /// ```
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A text in one or more languages, keyed by BCP 47 language tag; `en` is required. A plain string is read as English.",
            "oneOf": [
                {
                    "type": "object",
                    "required": ["en"],
                    "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9]{0,7}(-[A-Za-z0-9]{1,8})*$"},
                    "additionalProperties": {"type": "string"}
                },
                {"type": "string"}
            ]
        })
    }
}
