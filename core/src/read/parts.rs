//! Reading the parts of a framework that help raters and scorers: level elements, applicability
//! and adapted wording, the report basis, glossary terms, quantifiers and evidence rules.

use crate::model::framework::{
    is_segment, Adapted, Basis, BasisKind, Element, EvidenceRule, GlossaryEntry, LevelDescriptor,
    Quantifier, UnitKind,
};
use crate::model::text::Text;
use crate::read::framework::Reader;
use crate::read::json::{self, closest, elements, Obj};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

const KIND_NAMES: &str = "national, subnational, district, facility, programme, network";

impl Reader {
    /// One level of an indicator: a text, or `{"text"?, "elements": [...]}`.
    pub(crate) fn level(&mut self, v: &Value, path: &str, level: usize) -> Option<LevelDescriptor> {
        let is_object_form =
            matches!(v, Value::Object(m) if m.contains_key("elements") || m.contains_key("text"));
        if !is_object_form {
            return json::read_text(&mut self.ctx, v, path).map(LevelDescriptor::text);
        }
        let mut o = Obj::new(&mut self.ctx, v, path, "a level")?;
        let text = o.text(&mut self.ctx, "text", false);
        let items = o.array(&mut self.ctx, "elements", false);
        o.deny_unknown(&mut self.ctx, &["text", "elements"]);
        let mut out = Vec::new();
        if let Some(items) = items {
            let epath = o.child("elements");
            if level == 0 && !items.is_empty() {
                self.ctx
                    .error("invalid_element", epath.clone(), "level 0 has elements")
                    .set_help(
                        "level 0 means that no element of level 1 is met; give it a `text` only",
                    );
            }
            if items.is_empty() && text.is_none() {
                self.ctx
                    .error(
                        "missing_level_descriptor",
                        path,
                        "this level has neither a text nor elements",
                    )
                    .set_help(
                        "list the level's checkable elements, or give its descriptor as `text`",
                    );
            }
            let mut seen = HashSet::new();
            for (p, item) in elements(items, &epath) {
                if let Some(e) = self.element(item, &p, level, &mut seen) {
                    out.push(e);
                }
            }
        }
        Some(LevelDescriptor {
            text,
            elements: out,
        })
    }

    fn element(
        &mut self,
        v: &Value,
        path: &str,
        level: usize,
        seen: &mut HashSet<String>,
    ) -> Option<Element> {
        let mut o = Obj::new(&mut self.ctx, v, path, "an element")?;
        let id = o.string(&mut self.ctx, "id", true);
        let text = o.text(&mut self.ctx, "text", true);
        o.deny_unknown(&mut self.ctx, &["id", "text"]);
        let id = id?;
        let prefix = format!("L{level}");
        let valid = id
            .strip_prefix(&prefix)
            .is_some_and(|rest| rest.len() == 1 && rest.chars().all(|c| c.is_ascii_lowercase()));
        if !valid {
            self.ctx
                .error(
                    "invalid_element",
                    o.child("id"),
                    format!("`{id}` is not an element id of level {level}"),
                )
                .set_help(format!(
                    "name the elements of level {level} `{prefix}a`, `{prefix}b`"
                ));
        } else if !seen.insert(id.clone()) {
            self.ctx.error(
                "duplicate_id",
                o.child("id"),
                format!("the element `{id}` appears twice in this indicator's levels"),
            );
        }
        Some(Element { id, text: text? })
    }

    /// `applies_to`: a non-empty list of unit kinds.
    pub(crate) fn applies_to(&mut self, v: &Value, path: &str) -> Option<Vec<UnitKind>> {
        let Value::Array(items) = v else {
            self.ctx.wrong_type(path, "a list of unit kinds", v);
            return None;
        };
        if items.is_empty() {
            self.ctx
                .error(
                    "invalid_unit_kind",
                    path,
                    "`applies_to` is empty: the indicator would apply nowhere",
                )
                .set_help(
                    "list the unit kinds where it is rated, or leave `applies_to` out for all",
                );
        }
        let mut out = Vec::new();
        for (p, item) in elements(items, path) {
            if let Some(k) = self.unit_kind(item, &p) {
                if out.contains(&k) {
                    self.ctx.error(
                        "duplicate_id",
                        p,
                        format!("`{}` is listed twice", k.as_str()),
                    );
                } else {
                    out.push(k);
                }
            }
        }
        Some(out)
    }

    fn unit_kind(&mut self, v: &Value, path: &str) -> Option<UnitKind> {
        let Value::String(s) = v else {
            self.ctx.wrong_type(path, "a unit kind (text)", v);
            return None;
        };
        if let Some(k) = UnitKind::parse(s).filter(|k| k.as_str() == s) {
            return Some(k);
        }
        let names = UnitKind::ALL.map(UnitKind::as_str);
        let help = match closest(&s.to_ascii_lowercase(), names.into_iter()) {
            Some(c) => format!("did you mean `{c}`? Unit kinds: {KIND_NAMES}"),
            None => format!("unit kinds: {KIND_NAMES}"),
        };
        self.ctx
            .error(
                "invalid_unit_kind",
                path,
                format!("`{s}` is not a unit kind"),
            )
            .set_help(help);
        None
    }

    /// `adapted`: unit kind → wording.
    pub(crate) fn adapted(&mut self, v: &Value, path: &str) -> BTreeMap<UnitKind, Adapted> {
        let Value::Object(map) = v else {
            self.ctx
                .wrong_type(path, "an object mapping unit kinds to wording", v);
            return BTreeMap::new();
        };
        let mut out = BTreeMap::new();
        for (k, item) in map {
            let kpath = crate::error::child_path(path, k);
            let Some(kind) = self.unit_kind(&Value::String(k.clone()), &kpath) else {
                continue;
            };
            let Some(mut o) = Obj::new(&mut self.ctx, item, &kpath, "adapted wording") else {
                continue;
            };
            let a = Adapted {
                name: o.text(&mut self.ctx, "name", false),
                statement: o.text(&mut self.ctx, "statement", false),
                question: o.text(&mut self.ctx, "question", false),
            };
            o.deny_unknown(&mut self.ctx, &["name", "statement", "question"]);
            out.insert(kind, a);
        }
        out
    }

    /// `basis`: `{"type": "named" | "derived", "name"?}`.
    pub(crate) fn basis(&mut self, v: &Value, path: &str) -> Option<Basis> {
        let mut o = Obj::new(&mut self.ctx, v, path, "a basis")?;
        let kind = match o.require(&mut self.ctx, "type") {
            Some(Value::String(s)) if s == "named" => Some(BasisKind::Named),
            Some(Value::String(s)) if s == "derived" => Some(BasisKind::Derived),
            Some(other) => {
                self.ctx
                    .error("invalid_basis", o.child("type"), format!("`{}` is not a basis", other.as_str().unwrap_or("?")))
                    .set_help("use `named` (the report names it; give its name) or `derived` (our operationalisation)");
                None
            }
            None => None,
        };
        let name = o.string(&mut self.ctx, "name", false);
        o.deny_unknown(&mut self.ctx, &["type", "name"]);
        if kind == Some(BasisKind::Named) && name.is_none() {
            self.ctx
                .error("invalid_basis", path, "a `named` basis needs the report's `name` for what is rated")
                .set_help("add `\"name\": \"...\"`, the report's own name for the mechanism, capacity, condition or action");
        }
        Some(Basis { kind: kind?, name })
    }

    /// `terms`: ids of glossary entries.
    pub(crate) fn terms(&mut self, v: &Value, path: &str) -> Vec<String> {
        let Value::Array(items) = v else {
            self.ctx.wrong_type(path, "a list of glossary ids", v);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (p, item) in elements(items, path) {
            let Value::String(s) = item else {
                self.ctx.wrong_type(&p, "a glossary id (text)", item);
                continue;
            };
            if !self.glossary.contains(s) {
                let hint = match closest(s, self.glossary.iter().map(String::as_str)) {
                    Some(c) => format!("did you mean `{c}`?"),
                    None => "add the term to the framework's `glossary`".to_owned(),
                };
                self.ctx
                    .error("unknown_term", p, format!("`{s}` is not in the glossary"))
                    .set_help(hint);
            } else if out.contains(s) {
                self.ctx
                    .error("duplicate_id", p, format!("`{s}` is listed twice"));
            } else {
                out.push(s.clone());
            }
        }
        out
    }

    /// The optional list of plain texts under `key` (e.g. `evidence`).
    pub(crate) fn texts(&mut self, o: &mut Obj<'_>, key: &'static str) -> Vec<Text> {
        let Some(items) = o.array(&mut self.ctx, key, false) else {
            return Vec::new();
        };
        let path = o.child(key);
        elements(items, &path)
            .filter_map(|(p, v)| json::read_text(&mut self.ctx, v, &p))
            .collect()
    }

    /// The glossary: entries with unique ids.
    pub(crate) fn glossary(&mut self, items: &[Value], path: &str) -> Vec<GlossaryEntry> {
        let mut out = Vec::new();
        for (p, item) in elements(items, path) {
            let Some(mut o) = Obj::new(&mut self.ctx, item, &p, "a glossary entry") else {
                continue;
            };
            let id = o.string(&mut self.ctx, "id", true);
            let term = o.text(&mut self.ctx, "term", true);
            let definition = o.text(&mut self.ctx, "definition", true);
            o.deny_unknown(&mut self.ctx, &["id", "term", "definition"]);
            let Some(id) = id else { continue };
            if !is_segment(&id) {
                self.ctx
                    .error(
                        "invalid_id",
                        o.child("id"),
                        format!("`{id}` is not a valid glossary id"),
                    )
                    .set_help("use lowercase letters, digits and `_`, starting with a letter");
            } else if !self.glossary.insert(id.clone()) {
                self.ctx.error(
                    "duplicate_id",
                    o.child("id"),
                    format!("the glossary id `{id}` is used twice"),
                );
            }
            if let (Some(term), Some(definition)) = (term, definition) {
                out.push(GlossaryEntry {
                    id,
                    term,
                    definition,
                });
            }
        }
        out
    }

    /// The scale's quantifiers.
    pub(crate) fn quantifiers(&mut self, items: &[Value], path: &str) -> Vec<Quantifier> {
        let mut out = Vec::new();
        let mut keys = HashSet::new();
        for (p, item) in elements(items, path) {
            let Some(mut o) = Obj::new(&mut self.ctx, item, &p, "a quantifier") else {
                continue;
            };
            let key = o.string(&mut self.ctx, "key", true);
            let word = o.text(&mut self.ctx, "word", true);
            let at_least = match o.require(&mut self.ctx, "at_least") {
                Some(Value::Number(n)) => {
                    n.as_f64().filter(|x| *x > 0.0 && *x <= 1.0).or_else(|| {
                        self.ctx
                            .error(
                                "invalid_quantifier",
                                o.child("at_least"),
                                format!("the share {n} is not between 0 and 1"),
                            )
                            .set_help("write the share as a fraction, e.g. 0.75 for \"most\"");
                        None
                    })
                }
                Some(other) => {
                    self.ctx
                        .wrong_type(&o.child("at_least"), "a number between 0 and 1", other);
                    None
                }
                None => None,
            };
            let description = o.text(&mut self.ctx, "description", false);
            let provisional = self.flag(&mut o, "provisional");
            o.deny_unknown(
                &mut self.ctx,
                &["key", "word", "at_least", "description", "provisional"],
            );
            if let Some(k) = &key {
                if !is_segment(k) || !keys.insert(k.clone()) {
                    self.ctx.error(
                        "invalid_quantifier",
                        o.child("key"),
                        format!("`{k}` is not a new quantifier key"),
                    );
                }
            }
            if let (Some(key), Some(word), Some(at_least)) = (key, word, at_least) {
                out.push(Quantifier {
                    key,
                    word,
                    at_least,
                    description,
                    provisional,
                });
            }
        }
        out
    }

    /// The scale's evidence rules.
    pub(crate) fn rules(&mut self, items: &[Value], path: &str) -> Vec<EvidenceRule> {
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        for (p, item) in elements(items, path) {
            let Some(mut o) = Obj::new(&mut self.ctx, item, &p, "an evidence rule") else {
                continue;
            };
            let id = o.string(&mut self.ctx, "id", true);
            let name = o.text(&mut self.ctx, "name", true);
            let text = o.text(&mut self.ctx, "text", true);
            o.deny_unknown(&mut self.ctx, &["id", "name", "text"]);
            if let Some(id) = &id {
                if !is_segment(id) || !ids.insert(id.clone()) {
                    self.ctx.error(
                        "invalid_id",
                        o.child("id"),
                        format!("`{id}` is not a new rule id"),
                    );
                }
            }
            if let (Some(id), Some(name), Some(text)) = (id, name, text) {
                out.push(EvidenceRule { id, name, text });
            }
        }
        out
    }

    /// An optional boolean field.
    pub(crate) fn flag(&mut self, o: &mut Obj<'_>, key: &'static str) -> bool {
        match o.get(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.ctx.wrong_type(&o.child(key), "true or false", other);
                false
            }
        }
    }
}
