//! Reading JSON text strictly (duplicate keys, size limit, line and column of syntax errors) and
//! walking a parsed document while collecting every problem, not just the first.

use crate::error::{child_path, index_path, Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::text::Text;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// The largest document (in bytes of JSON text) that is read: 16 MiB.
///
/// A self-assessment of the built-in framework with long evidence notes is a few tens of KB; a
/// bigger document is almost certainly the wrong file, and refusing it early protects web pages
/// and servers from exhausting memory.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

const DUPLICATE_MARK: &str = "duplicate key ";

/// Where a value sits while it is being read: a chain of keys and indices up to the root, kept on
/// the stack so that the JSON Pointer is only built when a duplicate key is found.
#[derive(Clone, Copy)]
enum Seg<'a> {
    Root,
    Key(&'a Seg<'a>, &'a str),
    Index(&'a Seg<'a>, usize),
}

impl Seg<'_> {
    fn pointer(&self) -> String {
        match self {
            Seg::Root => String::new(),
            Seg::Key(parent, k) => child_path(&parent.pointer(), k),
            Seg::Index(parent, i) => index_path(&parent.pointer(), *i),
        }
    }
}

/// Reads any JSON value, rejecting objects with the same key twice (serde_json keeps the last
/// silently, which would lose one of a user's answers).
#[derive(Clone, Copy)]
struct Strict<'a>(&'a Seg<'a>);

impl<'de> de::DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number is not finite"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let seg = Seg::Index(self.0, out.len());
            match seq.next_element_seed(Strict(&seg))? {
                Some(v) => out.push(v),
                None => break,
            }
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let seg = Seg::Key(self.0, &key);
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "{DUPLICATE_MARK}{}\u{0}{key}",
                    seg.pointer()
                )));
            }
            let v = map.next_value_seed(Strict(&seg))?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Reads one JSON value in the middle of a document being deserialized, refusing objects with
/// the same key twice like [`parse_text`] (for the fast assessment reader, which gives the
/// document to `parse_text` when this fails, so the error itself is never shown).
#[cfg(feature = "fast-reader")]
pub(crate) struct StrictValue;

#[cfg(feature = "fast-reader")]
impl<'de> de::DeserializeSeed<'de> for StrictValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Strict(&Seg::Root).deserialize(d)
    }
}

/// Parses JSON text into a value, refusing documents over [`MAX_DOCUMENT_BYTES`] and objects
/// with the same key twice. `kind` prefixes the error codes (`framework`, `assessment`).
pub(crate) fn parse_text(text: &str, kind: &str) -> Result<Value, Error> {
    let text = crate::read::file::strip_bom(text);
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(Error::of_kind(
            kind,
            vec![i18n::diagnostic(
                Severity::Error,
                &format!("{kind}.too_large"),
                "",
                &[
                    ("source", "text".into()),
                    ("size", text.len().into()),
                    ("limit", MAX_DOCUMENT_BYTES.into()),
                ],
            )],
        ));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = de::DeserializeSeed::deserialize(Strict(&Seg::Root), &mut de).and_then(|v| {
        de.end()?;
        Ok(v)
    });
    parsed.map_err(|e| Error::of_kind(kind, vec![json_error(&e, kind, text)]))
}

/// Whether text that is not JSON looks like the name of a file (`a.json`, `data/team.csv`,
/// `C:\\x`): what a caller who meant to pass a file most often writes first.
fn looks_like_path(text: &str) -> bool {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let extension = [
        ".json", ".csv", ".tsv", ".xlsx", ".xls", ".xml", ".txt", ".zip",
    ]
    .iter()
    .any(|e| lower.ends_with(e));
    let rooted = ["/", "./", "../", "~/", ".\\", "..\\"]
        .iter()
        .any(|p| t.starts_with(p))
        || t.get(1..3).is_some_and(|s| s == ":\\" || s == ":/");
    !t.is_empty() && t.len() <= 1024 && !t.contains('\n') && (extension || rooted)
}

fn json_error(e: &serde_json::Error, kind: &str, text: &str) -> Diagnostic {
    let line = e.line() as u64;
    let column = e.column() as u64;
    let full = e.to_string();
    // serde_json appends " at line L column C"; the position is carried separately.
    let msg = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m)
        .to_owned();
    if let Some((path, key)) = msg
        .strip_prefix(DUPLICATE_MARK)
        .and_then(|rest| rest.split_once('\u{0}'))
    {
        return i18n::diagnostic(
            Severity::Error,
            &format!("{kind}.duplicate_key"),
            path,
            &[("key", key.into())],
        )
        .at_text(line, column);
    }
    let (problem, detail) = if looks_like_path(text) {
        ("path", text.trim().to_owned())
    } else if e.is_eof() {
        ("eof", msg)
    } else {
        ("syntax", msg)
    };
    i18n::diagnostic(
        Severity::Error,
        &format!("{kind}.invalid_json"),
        "",
        &[
            ("problem", problem.into()),
            ("detail", detail.into()),
            ("line", line.to_string().into()),
            ("column", column.to_string().into()),
        ],
    )
    .at_text(line, column)
}

/// Where values designated by JSON Pointers appear in one document: the positions of each key
/// or index along the way. Sorting by them puts diagnostics in document order (objects keep
/// their key order when read).
///
/// The keys of an object are indexed once, when a pointer first goes through it, so that
/// locating every problem of a document with 100,000 bad answers costs one pass over its
/// `answers` instead of one pass per problem.
struct Locator<'a> {
    root: &'a Value,
    /// Key → position, per object (by address: the document is borrowed, so it does not move).
    keys: HashMap<*const Map<String, Value>, HashMap<&'a str, usize>>,
}

impl<'a> Locator<'a> {
    fn new(root: &'a Value) -> Self {
        Self {
            root,
            keys: HashMap::new(),
        }
    }

    fn position(&mut self, pointer: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.root;
        for raw in pointer.split('/').skip(1) {
            let token: Cow<'_, str> = if raw.contains('~') {
                Cow::Owned(raw.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(raw)
            };
            let next = match cur {
                Value::Object(m) => {
                    let index = self.keys.entry(std::ptr::from_ref(m)).or_insert_with(|| {
                        m.keys().enumerate().map(|(i, k)| (k.as_str(), i)).collect()
                    });
                    index.get(token.as_ref()).and_then(|&i| {
                        out.push(i);
                        m.get(token.as_ref())
                    })
                }
                Value::Array(a) => token.parse::<usize>().ok().and_then(|i| {
                    out.push(i);
                    a.get(i)
                }),
                _ => None,
            };
            match next {
                Some(v) => cur = v,
                None => break,
            }
        }
        out
    }
}

/// Orders diagnostics found while reading `root` by where they point in the document (a stable
/// sort: diagnostics at the same place keep the order they were found in).
pub(crate) fn sort_by_document_order(root: &Value, diags: &mut [Diagnostic]) {
    let mut locator = Locator::new(root);
    diags.sort_by_cached_key(|d| locator.position(&d.path));
}

/// The kind of JSON value of `v`, as the catalog's `diagnostic-found` selects it (`null`,
/// `boolean`, `decimal`, `number`, `text`, `list`, `object`).
pub(crate) fn type_key(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "decimal",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

/// A plain-language name for the JSON type of a value, for messages.
pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(n) if n.is_f64() => "a decimal number",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Collects diagnostics while a document is walked; `kind` prefixes every code.
///
/// The messages of the documents an evaluator writes (every kind but `framework`) come from the
/// catalog ([`Ctx::say`]); those of frameworks, written for their authors, are English
/// ([`Ctx::error`], [`Ctx::warning`]). The readers shared by both choose by the kind.
pub(crate) struct Ctx {
    kind: &'static str,
    pub(crate) diags: Vec<Diagnostic>,
}

impl Ctx {
    pub(crate) fn new(kind: &'static str) -> Self {
        Self {
            kind,
            diags: Vec::new(),
        }
    }

    fn code(&self, suffix: &str) -> String {
        format!("{}.{suffix}", self.kind)
    }

    /// Whether the document is one an evaluator writes (its messages come from the catalog).
    fn evaluator(&self) -> bool {
        self.kind != "framework"
    }

    /// Records a diagnostic written from the catalog (see [`i18n::diagnostic`]) and returns it.
    pub(crate) fn say(
        &mut self,
        severity: Severity,
        suffix: &str,
        path: impl Into<String>,
        args: &[(&str, DiagArg)],
    ) -> &mut Diagnostic {
        let d = i18n::diagnostic(severity, &self.code(suffix), path, args);
        self.push(d)
    }

    /// Records an error and returns it for further decoration (help text).
    pub(crate) fn error(
        &mut self,
        suffix: &str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let d = Diagnostic::error(&self.code(suffix), path, message);
        self.push(d)
    }

    /// Records a warning and returns it for further decoration.
    pub(crate) fn warning(
        &mut self,
        suffix: &str,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let d = Diagnostic::warning(&self.code(suffix), path, message);
        self.push(d)
    }

    fn push(&mut self, d: Diagnostic) -> &mut Diagnostic {
        self.diags.push(d);
        let last = self.diags.len() - 1;
        // INVARIANT: an element was just pushed.
        #[expect(clippy::indexing_slicing, reason = "index of the element just pushed")]
        &mut self.diags[last]
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.diags.iter().any(Diagnostic::is_error)
    }

    /// Records `invalid_type`: `expected` says what the value should be (English words).
    pub(crate) fn wrong_type(&mut self, path: &str, expected: &str, found: &Value) {
        self.wrong_type_key(path, expected, expected, found);
    }

    /// Records `invalid_type`, with what the value should be as a key of the catalog's
    /// `diagnostic-expected` (for evaluators' documents) and in English words (for frameworks).
    pub(crate) fn wrong_type_key(&mut self, path: &str, key: &str, words: &str, found: &Value) {
        if self.evaluator() {
            self.say(
                Severity::Error,
                "invalid_type",
                path,
                &[("expected", key.into()), ("found", type_key(found).into())],
            );
        } else {
            self.error(
                "invalid_type",
                path,
                format!("expected {words}, found {}", type_name(found)),
            );
        }
    }
}

/// One JSON object being read: remembers which keys were used so the rest can be reported.
pub(crate) struct Obj<'a> {
    pub(crate) map: &'a Map<String, Value>,
    pub(crate) path: String,
    used: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// Starts reading `value` as an object; records `invalid_type` and returns `None` otherwise.
    /// `what` names the object in English (`a scale`), for frameworks.
    pub(crate) fn new(ctx: &mut Ctx, value: &'a Value, path: &str, what: &str) -> Option<Self> {
        Self::keyed(ctx, value, path, "", what)
    }

    /// Like [`Obj::new`], with the object's key in the catalog's `diagnostic-expected`
    /// (`unit`), for evaluators' documents.
    pub(crate) fn keyed(
        ctx: &mut Ctx,
        value: &'a Value,
        path: &str,
        key: &str,
        what: &str,
    ) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self {
                map,
                path: path.to_owned(),
                used: Vec::new(),
            }),
            other => {
                let words = format!("{what} (a JSON object)");
                ctx.wrong_type_key(
                    path,
                    if key.is_empty() { &words } else { key },
                    &words,
                    other,
                );
                None
            }
        }
    }

    pub(crate) fn child(&self, key: &str) -> String {
        child_path(&self.path, key)
    }

    /// The value of `key`, if present and not `null`.
    pub(crate) fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.used.push(key);
        match self.map.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    /// The value of a required `key`; records `missing_field` when absent.
    pub(crate) fn require(&mut self, ctx: &mut Ctx, key: &'static str) -> Option<&'a Value> {
        let v = self.get(key);
        if v.is_none() {
            if ctx.evaluator() {
                ctx.say(
                    Severity::Error,
                    "missing_field",
                    self.path.clone(),
                    &[("field", key.into())],
                );
            } else {
                ctx.error(
                    "missing_field",
                    self.path.clone(),
                    format!("the required field `{key}` is missing"),
                );
            }
        }
        v
    }

    pub(crate) fn string(
        &mut self,
        ctx: &mut Ctx,
        key: &'static str,
        required: bool,
    ) -> Option<String> {
        let v = if required {
            self.require(ctx, key)
        } else {
            self.get(key)
        }?;
        match v {
            Value::String(s) => Some(s.clone()),
            other => {
                ctx.wrong_type_key(&self.child(key), "text", "text", other);
                None
            }
        }
    }

    pub(crate) fn text(
        &mut self,
        ctx: &mut Ctx,
        key: &'static str,
        required: bool,
    ) -> Option<Text> {
        let v = if required {
            self.require(ctx, key)
        } else {
            self.get(key)
        }?;
        read_text(ctx, v, &self.child(key))
    }

    pub(crate) fn number(&mut self, ctx: &mut Ctx, key: &'static str) -> Option<f64> {
        match self.get(key)? {
            Value::Number(n) => n.as_f64(),
            other => {
                ctx.wrong_type_key(&self.child(key), "number", "a number", other);
                None
            }
        }
    }

    pub(crate) fn array(
        &mut self,
        ctx: &mut Ctx,
        key: &'static str,
        required: bool,
    ) -> Option<&'a Vec<Value>> {
        let v = if required {
            self.require(ctx, key)
        } else {
            self.get(key)
        }?;
        match v {
            Value::Array(a) => Some(a),
            other => {
                ctx.wrong_type_key(&self.child(key), "list", "a list", other);
                None
            }
        }
    }

    /// The keys that no reader asked for, with their values, in document order.
    pub(crate) fn unused(&self) -> impl Iterator<Item = (&'a String, &'a Value)> + '_ {
        self.map
            .iter()
            .filter(move |(k, _)| !self.used.iter().any(|u| u == k))
    }

    /// Reports every unused key as an error (`unknown_field`), suggesting the closest known key.
    pub(crate) fn deny_unknown(&self, ctx: &mut Ctx, known: &[&str]) {
        for (k, _) in self.unused() {
            let d = ctx.error(
                "unknown_field",
                self.child(k),
                format!("unknown field `{k}`"),
            );
            match closest(k, known.iter().copied()) {
                Some(s) => {
                    d.help = Some(format!(
                        "did you mean `{s}`? Known fields: {}",
                        known.join(", ")
                    ))
                }
                None => d.help = Some(format!("known fields: {}", known.join(", "))),
            }
        }
    }
}

/// Reads a language map (`{"en": "...", "fr": "..."}`); a plain string is accepted as English.
pub(crate) fn read_text(ctx: &mut Ctx, v: &Value, path: &str) -> Option<Text> {
    match v {
        Value::String(s) => Some(Text::english(s.clone())),
        Value::Object(map) => {
            let mut ok = true;
            let mut pairs = Vec::with_capacity(map.len());
            for (lang, t) in map {
                match t {
                    Value::String(s) => pairs.push((lang.clone(), s.clone())),
                    other => {
                        ctx.wrong_type(&child_path(path, lang), "text", other);
                        ok = false;
                    }
                }
                if !is_language_tag(lang) {
                    ctx.error(
                        "invalid_language",
                        child_path(path, lang),
                        format!("`{lang}` is not a language code"),
                    )
                    .set_help("use a BCP 47 language tag such as `en`, `fr`, `pt-BR`");
                    ok = false;
                }
            }
            if !map.contains_key("en") {
                ctx.error(
                    "missing_translation",
                    path,
                    "the English text (`en`) is missing",
                )
                .set_help("every text needs at least an `en` entry; other languages are optional");
                ok = false;
            }
            ok.then(|| Text::from_pairs(pairs))
        }
        other => {
            ctx.wrong_type(
                path,
                "text or a language map such as {\"en\": \"...\"}",
                other,
            );
            None
        }
    }
}

pub(crate) fn is_language_tag(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 35
        && s.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
        && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Iterates over a list's elements with their JSON Pointers.
pub(crate) fn elements<'a>(
    items: &'a [Value],
    path: &'a str,
) -> impl Iterator<Item = (String, &'a Value)> + 'a {
    items
        .iter()
        .enumerate()
        .map(move |(i, v)| (index_path(path, i), v))
}

/// The candidate closest to `wanted` by edit distance, if it is close enough to be a likely typo.
///
/// A candidate that cannot reach the score to beat (the best so far, and at least 0.6) is left
/// out before its distance is computed, from two lower bounds of the distance (the difference of
/// the lengths, and half the difference of the letter counts): the same answer as comparing
/// every candidate, without the quadratic cost for the many columns of a broken header.
pub(crate) fn closest<'c>(
    wanted: &str,
    candidates: impl Iterator<Item = &'c str>,
) -> Option<&'c str> {
    const MIN_SCORE: f64 = 0.6;
    let want = Letters::of(wanted);
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        let to_beat = best.map_or(MIN_SCORE, |(b, _)| b);
        let cand = Letters::of(c);
        let longest = want.len.max(cand.len);
        if longest > 0 {
            let bound = want
                .len
                .abs_diff(cand.len)
                .max(want.diff(&cand).div_ceil(2));
            let highest = 1.0 - bound as f64 / longest as f64;
            // Cannot beat the best (a tie keeps the first) nor reach the minimum.
            if highest < MIN_SCORE || (best.is_some() && highest <= to_beat) {
                continue;
            }
        }
        let score = strsim::normalized_damerau_levenshtein(wanted, c);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c));
        }
    }
    best.filter(|(s, _)| *s >= MIN_SCORE).map(|(_, c)| c)
}

/// The number of characters of a text, and how many fall in each of 64 buckets (by code point):
/// an edit changes at most two bucket counts by one each, so half the difference of the counts
/// of two texts is at most their edit distance.
struct Letters {
    len: usize,
    counts: [u16; 64],
}

impl Letters {
    fn of(text: &str) -> Letters {
        let mut counts = [0u16; 64];
        let mut len = 0;
        for ch in text.chars() {
            len += 1;
            if let Some(n) = counts.get_mut(ch as usize % 64) {
                *n = n.saturating_add(1);
            }
        }
        Letters { len, counts }
    }

    fn diff(&self, other: &Letters) -> usize {
        self.counts
            .iter()
            .zip(&other.counts)
            .map(|(a, b)| usize::from(a.abs_diff(*b)))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::closest;
    use proptest::prelude::*;

    /// Every candidate compared: what `closest` must answer.
    fn closest_by_all<'c>(wanted: &str, candidates: &[&'c str]) -> Option<&'c str> {
        let mut best: Option<(f64, &str)> = None;
        for c in candidates {
            let score = strsim::normalized_damerau_levenshtein(wanted, c);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, c));
            }
        }
        best.filter(|(s, _)| *s >= 0.6).map(|(_, c)| c)
    }

    proptest! {
        #[test]
        fn leaving_out_hopeless_candidates_changes_no_answer(
            wanted in "[a-dé._]{0,12}",
            candidates in proptest::collection::vec("[a-dé._]{0,12}", 0..12),
        ) {
            let c: Vec<&str> = candidates.iter().map(String::as_str).collect();
            prop_assert_eq!(closest(&wanted, c.iter().copied()), closest_by_all(&wanted, &c));
        }
    }

    #[test]
    fn typos_of_indicator_ids_are_still_found() {
        let ids = [
            "inst.info.routine_data",
            "inst.info.me_integration",
            "unit_name",
        ];
        assert_eq!(
            closest("inst.info.routin_data", ids.into_iter()),
            Some(ids[0])
        );
        assert_eq!(closest("unitname", ids.into_iter()), Some("unit_name"));
        assert_eq!(closest(&"x".repeat(10_000), ids.into_iter()), None);
    }
}
