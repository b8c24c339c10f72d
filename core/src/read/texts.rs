//! The texts of a framework document under stable keys, for translators: the same keys in every
//! language (`spec/i18n/lhs-2021.<lang>.json`), so that a translation survives reordering.
//!
//! Keys name what a text is, not where it sits: `indicator.<id>.statement`,
//! `indicator.<id>.element.L2a`, `indicator.<id>.evidence.0`, `indicator.<id>.action.from0`,
//! `node.<id>.name`, `glossary.<id>.definition`, `scale.level.2.name` and so on. Functions work
//! on the framework document as JSON, before it is read.

use crate::error::{Diagnostic, Error};
use crate::model::compiled::Framework;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One text of a framework: its key and the JSON Pointer of its language map (or string).
pub(crate) struct Slot {
    pub(crate) key: String,
    pub(crate) pointer: String,
}

/// Every text of a framework document, in document order.
pub(crate) fn slots(fw: &Value) -> Vec<Slot> {
    let mut w = Walk { out: Vec::new() };
    w.field("title", fw, "", "title");
    w.field("description", fw, "", "description");
    w.field("source.note", fw, "", "source/note");
    let levels = fw.pointer("/scale/levels").and_then(Value::as_array);
    for (i, l) in levels.into_iter().flatten().enumerate() {
        let at = format!("/scale/levels/{i}");
        let n = l
            .get("level")
            .map_or_else(|| i.to_string(), Value::to_string);
        w.field(&format!("scale.level.{n}.name"), fw, &at, "name");
        w.field(
            &format!("scale.level.{n}.description"),
            fw,
            &at,
            "description",
        );
    }
    w.keyed(
        fw,
        "/scale/quantifiers",
        "key",
        "scale.quantifier",
        &["word", "description"],
    );
    w.keyed(fw, "/scale/rules", "id", "scale.rule", &["name", "text"]);
    w.facets(fw);
    w.keyed(fw, "/glossary", "id", "glossary", &["term", "definition"]);
    let domains = fw.get("domains").and_then(Value::as_array);
    for (i, d) in domains.into_iter().flatten().enumerate() {
        w.node(fw, d, &format!("/domains/{i}"));
    }
    w.out
}

struct Walk {
    out: Vec<Slot>,
}

impl Walk {
    /// The text at `at` + `/` + `field` (a `/`-separated path below `at`), if there is one.
    fn field(&mut self, key: &str, root: &Value, at: &str, field: &str) {
        let pointer = format!("{at}/{field}");
        if matches!(
            root.pointer(&pointer),
            Some(Value::String(_) | Value::Object(_))
        ) {
            self.out.push(Slot {
                key: key.to_owned(),
                pointer,
            });
        }
    }

    /// The texts of a list of objects identified by `id_field`.
    fn keyed(&mut self, root: &Value, list: &str, id_field: &str, prefix: &str, fields: &[&str]) {
        let items = root.pointer(list).and_then(Value::as_array);
        for (i, item) in items.into_iter().flatten().enumerate() {
            let Some(id) = item.get(id_field).and_then(Value::as_str) else {
                continue;
            };
            for f in fields {
                self.field(
                    &format!("{prefix}.{id}.{f}"),
                    root,
                    &format!("{list}/{i}"),
                    f,
                );
            }
        }
    }

    fn facets(&mut self, root: &Value) {
        let facets = root.get("facets").and_then(Value::as_array);
        for (i, f) in facets.into_iter().flatten().enumerate() {
            let Some(id) = f.get("id").and_then(Value::as_str) else {
                continue;
            };
            let at = format!("/facets/{i}");
            self.field(&format!("facet.{id}.name"), root, &at, "name");
            self.field(&format!("facet.{id}.description"), root, &at, "description");
            let prefix = format!("facet.{id}.value");
            self.keyed(
                root,
                &format!("{at}/values"),
                "id",
                &prefix,
                &["name", "description"],
            );
        }
    }

    fn node(&mut self, root: &Value, n: &Value, at: &str) {
        let id = n.get("id").and_then(Value::as_str).unwrap_or_default();
        for f in ["name", "description", "rationale"] {
            self.field(&format!("node.{id}.{f}"), root, at, f);
        }
        let children = n.get("children").and_then(Value::as_array);
        for (i, c) in children.into_iter().flatten().enumerate() {
            self.node(root, c, &format!("{at}/children/{i}"));
        }
        let indicators = n.get("indicators").and_then(Value::as_array);
        for (i, ind) in indicators.into_iter().flatten().enumerate() {
            self.indicator(root, ind, &format!("{at}/indicators/{i}"));
        }
    }

    fn indicator(&mut self, root: &Value, ind: &Value, at: &str) {
        let k = format!(
            "indicator.{}",
            ind.get("id").and_then(Value::as_str).unwrap_or_default()
        );
        for f in ["name", "statement", "question"] {
            self.field(&format!("{k}.{f}"), root, at, f);
        }
        let count = |field: &str| ind.get(field).and_then(Value::as_array).map_or(0, Vec::len);
        for j in 0..count("evidence") {
            self.field(
                &format!("{k}.evidence.{j}"),
                root,
                at,
                &format!("evidence/{j}"),
            );
        }
        let levels = ind.get("levels").and_then(Value::as_array);
        for (lv, level) in levels.into_iter().flatten().enumerate() {
            let la = format!("{at}/levels/{lv}");
            let structured = level.get("elements").is_some() || level.get("text").is_some();
            if !structured {
                self.field(
                    &format!("{k}.level.{lv}"),
                    root,
                    at,
                    &format!("levels/{lv}"),
                );
                continue;
            }
            self.field(&format!("{k}.level.{lv}"), root, &la, "text");
            let elements = level.get("elements").and_then(Value::as_array);
            for (e, el) in elements.into_iter().flatten().enumerate() {
                let id = el.get("id").and_then(Value::as_str).unwrap_or_default();
                self.field(
                    &format!("{k}.element.{id}"),
                    root,
                    &la,
                    &format!("elements/{e}/text"),
                );
            }
        }
        let adapted = ind.get("adapted").and_then(Value::as_object);
        for kind in adapted.into_iter().flat_map(Map::keys) {
            for f in ["name", "statement", "question"] {
                let key = format!("{k}.adapted.{kind}.{f}");
                self.field(&key, root, &format!("{at}/adapted/{kind}"), f);
            }
        }
        let actions = ind.get("actions").and_then(Value::as_array);
        for (j, a) in actions.into_iter().flatten().enumerate() {
            let from = a.get("from").map(Value::to_string).unwrap_or_default();
            self.field(
                &format!("{k}.action.from{from}"),
                root,
                at,
                &format!("actions/{j}/text"),
            );
        }
    }
}

/// The keys of every text of a framework document, in document order.
///
/// ```
/// let v: serde_json::Value = serde_json::from_str(lhs_maturity::BUILTIN_FRAMEWORK_JSON).unwrap();
/// assert_eq!(lhs_maturity::texts::keys(&v)[0], "title");
/// ```
pub fn keys(fw: &Value) -> Vec<String> {
    slots(fw).into_iter().map(|s| s.key).collect()
}

/// Removes every language but English from the framework's texts (the `languages` list stays).
///
/// ```
/// use serde_json::json;
/// let mut v = json!({"title": {"en": "Learning", "fr": "Apprentissage"}});
/// lhs_maturity::texts::strip(&mut v);
/// assert_eq!(v, json!({"title": {"en": "Learning"}}));
/// ```
pub fn strip(fw: &mut Value) {
    for s in slots(fw) {
        if let Some(Value::Object(m)) = fw.pointer_mut(&s.pointer) {
            m.retain(|lang, _| lang == "en");
        }
    }
}

/// The framework's texts in `lang` (only those it has), by key.
///
/// ```
/// let v: serde_json::Value = serde_json::from_str(lhs_maturity::BUILTIN_FRAMEWORK_JSON).unwrap();
/// let en = lhs_maturity::texts::extract(&v, "en");
/// assert_eq!(en["scale.level.4.name"], "Optimizing");
/// ```
pub fn extract(fw: &Value, lang: &str) -> BTreeMap<String, String> {
    slots(fw)
        .into_iter()
        .filter_map(|s| {
            let text = match fw.pointer(&s.pointer)? {
                Value::String(t) if lang == "en" => t.clone(),
                Value::Object(m) => m.get(lang)?.as_str()?.to_owned(),
                _ => return None,
            };
            Some((s.key, text))
        })
        .collect()
}

/// Puts the translations of `pack` (key → text in `lang`) into the framework's language maps.
/// Returns a warning `framework.unknown_text_key` for each key the framework does not have, at
/// `/<key>` of the pack; empty texts are left out (the English stands in).
///
/// ```
/// use serde_json::json;
/// let mut v = json!({"title": {"en": "Learning"}});
/// let pack = [("title".to_owned(), "Apprentissage".to_owned())].into();
/// assert!(lhs_maturity::texts::merge(&mut v, "fr", &pack).is_empty());
/// assert_eq!(v, json!({"title": {"en": "Learning", "fr": "Apprentissage"}}));
/// ```
pub fn merge(fw: &mut Value, lang: &str, pack: &BTreeMap<String, String>) -> Vec<Diagnostic> {
    let slots = slots(fw);
    let mut known = std::collections::HashSet::with_capacity(slots.len());
    for s in slots {
        known.insert(s.key.clone());
        let Some(text) = pack.get(&s.key).filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let Some(slot) = fw.pointer_mut(&s.pointer) else {
            continue;
        };
        if let Value::String(en) = slot {
            *slot = Value::Object(Map::from_iter([(
                "en".to_owned(),
                Value::String(en.clone()),
            )]));
        }
        if let Value::Object(m) = slot {
            m.insert(lang.to_owned(), Value::String(text.clone()));
        }
    }
    pack.keys()
        .filter(|k| !known.contains(*k))
        .map(|k| {
            Diagnostic::warning(
                "framework.unknown_text_key",
                format!("/{}", crate::error::pointer_token(k)),
                format!("the framework has no text `{k}`; its {lang} translation is not used"),
            )
            .with_help("translate the keys of the English text list of the same framework version")
        })
        .collect()
}

impl Framework {
    /// The framework with one more language: `pack` maps the keys of the framework's texts (as
    /// in `spec/i18n/lhs-2021.fr.json`) to their translation in `lang`. Returns the new framework
    /// and a warning for each key it does not have (`framework.unknown_text_key`); a language
    /// the framework does not declare is added as `provisional`.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin_version("1.0.0").unwrap();
    /// let (sw, warnings) = fw.translated("sw", r#"{"title": "Mifumo ya afya inayojifunza"}"#).unwrap();
    /// assert!(warnings.is_empty());
    /// assert_eq!(sw.spec().title.get("sw"), "Mifumo ya afya inayojifunza");
    /// let e = fw.translated("sw", "[1]").unwrap_err();
    /// assert_eq!(e.code(), "translation.invalid");
    /// ```
    pub fn translated(
        &self,
        lang: &str,
        pack: &str,
    ) -> Result<(Framework, Vec<Diagnostic>), Error> {
        let pack = read_pack(pack)?;
        let mut value = serde_json::to_value(self.spec()).map_err(|e| {
            Error::Framework(vec![Diagnostic::error(
                "internal.serialize",
                "",
                e.to_string(),
            )])
        })?;
        let warnings = merge(&mut value, lang, &pack);
        if let Some(Value::Array(langs)) = value.get_mut("languages") {
            if !langs
                .iter()
                .any(|l| l.get("code").and_then(Value::as_str) == Some(lang))
            {
                langs
                    .push(serde_json::json!({"code": lang, "name": lang, "status": "provisional"}));
            }
        }
        Ok((Framework::from_value(&value)?, warnings))
    }

    /// The texts of the framework in `lang` by key, as translators receive them: only the texts
    /// that exist in that language (all of them in English).
    ///
    /// ```
    /// let en = lhs_maturity::Framework::builtin().texts("en");
    /// assert_eq!(en["scale.level.0.name"], "Absent");
    /// ```
    pub fn texts(&self, lang: &str) -> BTreeMap<String, String> {
        serde_json::to_value(self.spec()).map_or_else(|_| BTreeMap::new(), |v| extract(&v, lang))
    }
}

/// A translation pack: a JSON object of texts, or `translation.invalid` at the first value
/// that is not a text.
fn read_pack(text: &str) -> Result<BTreeMap<String, String>, Error> {
    let invalid = |path: String, msg: String| {
        Error::Input(vec![Diagnostic::error("translation.invalid", path, msg)
            .with_help(
                "a translation is a JSON object from text keys to texts, e.g. {\"title\": \"...\"}",
            )])
    };
    let value: Value =
        serde_json::from_str(text).map_err(|e| invalid(String::new(), format!("not JSON: {e}")))?;
    let Value::Object(map) = value else {
        return Err(invalid(String::new(), "expected a JSON object".to_owned()));
    };
    map.into_iter()
        .map(|(k, v)| match v {
            Value::String(t) => Ok((k, t)),
            _ => Err(invalid(
                format!("/{}", crate::error::pointer_token(&k)),
                format!("`{k}` is not a text"),
            )),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fw() -> Value {
        json!({"id": "x", "title": {"en": "T"}, "scale": {"levels": [
            {"level": 0, "name": {"en": "Absent"}}]},
          "domains": [{"id": "a", "name": "A", "indicators": [
            {"id": "a.one", "name": {"en": "One"}, "evidence": [{"en": "Minutes"}],
             "levels": [{"en": "zero"}, {"elements": [{"id": "L1a", "text": {"en": "e"}}]}],
             "actions": [{"from": 0, "text": {"en": "Do"}}]}]}]})
    }

    #[test]
    fn every_text_has_a_key_and_a_pointer() {
        let keys: Vec<String> = slots(&fw()).into_iter().map(|s| s.key).collect();
        assert_eq!(
            keys,
            [
                "title",
                "scale.level.0.name",
                "node.a.name",
                "indicator.a.one.name",
                "indicator.a.one.evidence.0",
                "indicator.a.one.level.0",
                "indicator.a.one.element.L1a",
                "indicator.a.one.action.from0"
            ]
        );
    }

    #[test]
    fn merge_then_extract_gives_the_pack_back() {
        let mut v = fw();
        let pack: BTreeMap<String, String> = [
            ("node.a.name", "A fr"),
            ("indicator.a.one.element.L1a", "é"),
            ("indicator.a.two.name", "lost"),
        ]
        .into_iter()
        .map(|(k, t)| (k.to_owned(), t.to_owned()))
        .collect();
        let warnings = merge(&mut v, "fr", &pack);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].path, "/indicator.a.two.name");
        let back = extract(&v, "fr");
        assert_eq!(back.len(), 2);
        assert_eq!(back["node.a.name"], "A fr");
        assert_eq!(v["domains"][0]["name"], json!({"en": "A", "fr": "A fr"}));
        assert_eq!(extract(&v, "en").len(), 8);
    }
}
