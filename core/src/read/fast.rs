//! The fast path for reading an assessment from JSON text: straight from the text into an
//! [`Assessment`], without building a `serde_json::Value` of the whole document first.
//!
//! It reads only documents that the general reader (`parse_text` then `read_assessment`) reads
//! without a single diagnostic, and gives the same `Assessment`; at the first thing that would
//! give one (a syntax error, a duplicate key, an unknown field, a level written as text or as
//! `2.0`, a missing `answers`...) it gives up, and the caller reads the document the general
//! way, which reports every problem as before. So it changes how fast a document is read, never
//! what is read or reported.

use crate::model::assessment::{
    Answer, Assessment, Confidence, FrameworkRef, Rating, Respondent, Unit,
};
use crate::read::json::{is_language_tag, StrictValue, MAX_DOCUMENT_BYTES};
use arcstr::ArcStr;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// Reads an assessment from JSON text when the general reader would find no problem at all in
/// it; `None` otherwise (read it with `parse_text` and `read_assessment` then).
pub(crate) fn read_fast(text: &str) -> Option<Assessment> {
    let text = crate::read::file::strip_bom(text);
    if text.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let a = de.deserialize_map(AssessmentV).ok()?;
    de.end().ok()?;
    Some(a)
}

/// Gives up on the fast path (the message is never shown).
fn give_up<E: de::Error>() -> E {
    E::custom("read with the general reader")
}

/// Marks a known field as seen; a second occurrence is a duplicate key.
fn first_time<E: de::Error>(seen: &mut u32, bit: u32) -> Result<(), E> {
    if *seen & bit != 0 {
        return Err(give_up());
    }
    *seen |= bit;
    Ok(())
}

macro_rules! expecting {
    ($what:literal) => {
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str($what)
        }
    };
}

/// An object key, borrowed from the text when it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(Key)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;
    expecting!("a key");
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// An optional value: `null` (or absent) is `None`, as for the general reader.
struct Opt<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Opt<S> {
    type Value = Option<S::Value>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de, S: DeserializeSeed<'de>> Visitor<'de> for Opt<S> {
    type Value = Option<S::Value>;
    expecting!("a value or null");
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(d).map(Some)
    }
}

/// A string (anything else gives up).
struct Str;

impl<'de> DeserializeSeed<'de> for Str {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_string(Str)
    }
}

impl Visitor<'_> for Str {
    type Value = String;
    expecting!("text");
    fn visit_str<E>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
}

/// A string read straight into a shared string (one allocation, as for a `String`).
struct SharedStr;

impl<'de> DeserializeSeed<'de> for SharedStr {
    type Value = ArcStr;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<ArcStr, D::Error> {
        d.deserialize_str(SharedStr)
    }
}

impl Visitor<'_> for SharedStr {
    type Value = ArcStr;
    expecting!("text");
    fn visit_str<E>(self, v: &str) -> Result<ArcStr, E> {
        Ok(ArcStr::from(v))
    }
}

/// A level or target written as a whole number that fits a `u32` (anything else gives up:
/// `2.0`, negative numbers and text are for the general reader to accept or explain).
struct Level;

impl<'de> DeserializeSeed<'de> for Level {
    type Value = u32;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<u32, D::Error> {
        d.deserialize_any(Level)
    }
}

impl Visitor<'_> for Level {
    type Value = u32;
    expecting!("a level");
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| give_up())
    }
}

/// A rating: a level, `"na"`, `"unknown"`, or `null` (no rating).
struct RatingV;

impl<'de> DeserializeSeed<'de> for RatingV {
    type Value = Option<Rating>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(RatingV)
    }
}

impl Visitor<'_> for RatingV {
    type Value = Option<Rating>;
    expecting!("a rating");
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Level.visit_u64(v).map(|l| Some(Rating::Level(l)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match v {
            "na" => Ok(Some(Rating::NotApplicable)),
            "unknown" => Ok(Some(Rating::Unknown)),
            _ => Err(give_up()),
        }
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// An answer: a bare rating, or an object with the known fields only (an unknown field would
/// be warned about).
struct AnswerV;

impl<'de> DeserializeSeed<'de> for AnswerV {
    type Value = Answer;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Answer, D::Error> {
        d.deserialize_any(AnswerV)
    }
}

impl<'de> Visitor<'de> for AnswerV {
    type Value = Answer;
    expecting!("an answer");
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Answer, E> {
        RatingV.visit_u64(v).map(bare)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
        RatingV.visit_str(v).map(bare)
    }
    fn visit_unit<E>(self) -> Result<Answer, E> {
        Ok(bare(None))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answer, A::Error> {
        let mut a = Answer {
            object_form: true,
            ..Answer::default()
        };
        let mut seen = 0;
        while let Some(key) = map.next_key_seed(Key)? {
            match &*key {
                "level" => {
                    first_time(&mut seen, 1)?;
                    a.rating = map.next_value_seed(RatingV)?;
                }
                "evidence" => {
                    first_time(&mut seen, 2)?;
                    a.evidence = map.next_value_seed(Opt(SharedStr))?;
                }
                "justification" => {
                    first_time(&mut seen, 4)?;
                    a.justification = map.next_value_seed(Opt(SharedStr))?;
                }
                "confidence" => {
                    first_time(&mut seen, 8)?;
                    a.confidence = match map.next_value_seed(Opt(Str))?.as_deref() {
                        None => None,
                        Some("low") => Some(Confidence::Low),
                        Some("medium") => Some(Confidence::Medium),
                        Some("high") => Some(Confidence::High),
                        Some(_) => return Err(give_up()),
                    };
                }
                "target" => {
                    first_time(&mut seen, 16)?;
                    a.target = map.next_value_seed(Opt(Level))?;
                }
                _ => return Err(give_up()),
            }
        }
        Ok(a)
    }
}

fn bare(rating: Option<Rating>) -> Answer {
    Answer {
        rating,
        ..Answer::default()
    }
}

/// The `answers` object.
struct AnswersV;

impl<'de> DeserializeSeed<'de> for AnswersV {
    type Value = BTreeMap<String, Answer>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(AnswersV)
    }
}

impl<'de> Visitor<'de> for AnswersV {
    type Value = BTreeMap<String, Answer>;
    expecting!("answers");
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut answers = BTreeMap::new();
        while let Some(id) = map.next_key::<String>()? {
            let answer = map.next_value_seed(AnswerV)?;
            if answers.insert(id, answer).is_some() {
                return Err(give_up());
            }
        }
        Ok(answers)
    }
}

/// The known text fields of a small object (up to three) and its other fields.
type Record = ([Option<String>; 3], Map<String, Value>);

/// Reads the known text fields of a small object (the framework reference, the unit, the
/// respondent) and keeps every other field, in document order, as the general reader does.
fn read_record<'de, A: MapAccess<'de>>(mut map: A, known: &[&str]) -> Result<Record, A::Error> {
    let mut values: [Option<String>; 3] = [None, None, None];
    let mut seen = 0;
    let mut extra = Map::new();
    while let Some(key) = map.next_key_seed(Key)? {
        match known.iter().position(|k| *k == key) {
            Some(i) => {
                first_time(&mut seen, 1 << i)?;
                if let Some(slot) = values.get_mut(i) {
                    *slot = map.next_value_seed(Opt(Str))?;
                }
            }
            None => {
                let key = key.into_owned();
                if extra.contains_key(&key) {
                    return Err(give_up());
                }
                let value = map.next_value_seed(StrictValue)?;
                extra.insert(key, value);
            }
        }
    }
    Ok((values, extra))
}

struct FrameworkV;

impl<'de> DeserializeSeed<'de> for FrameworkV {
    type Value = FrameworkRef;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<FrameworkRef, D::Error> {
        d.deserialize_map(FrameworkV)
    }
}

impl<'de> Visitor<'de> for FrameworkV {
    type Value = FrameworkRef;
    expecting!("a framework reference");
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FrameworkRef, A::Error> {
        let ([id, version, _], extra) = read_record(map, &["id", "version"])?;
        Ok(FrameworkRef {
            // The id is required.
            id: id.ok_or_else(give_up)?,
            version,
            extra,
        })
    }
}

struct UnitV;

impl<'de> DeserializeSeed<'de> for UnitV {
    type Value = Unit;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Unit, D::Error> {
        d.deserialize_map(UnitV)
    }
}

impl<'de> Visitor<'de> for UnitV {
    type Value = Unit;
    expecting!("a unit");
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Unit, A::Error> {
        let ([id, name, kind], extra) = read_record(map, &["id", "name", "kind"])?;
        Ok(Unit {
            id,
            name,
            kind,
            extra,
        })
    }
}

struct RespondentV;

impl<'de> DeserializeSeed<'de> for RespondentV {
    type Value = Respondent;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Respondent, D::Error> {
        d.deserialize_map(RespondentV)
    }
}

impl<'de> Visitor<'de> for RespondentV {
    type Value = Respondent;
    expecting!("a respondent");
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Respondent, A::Error> {
        let ([id, name, role], extra) = read_record(map, &["id", "name", "role"])?;
        Ok(Respondent {
            id,
            name,
            role,
            extra,
        })
    }
}

/// The document: the known fields only (an unknown one would be warned about).
struct AssessmentV;

impl<'de> Visitor<'de> for AssessmentV {
    type Value = Assessment;
    expecting!("an assessment");
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Assessment, A::Error> {
        let mut a = Assessment::default();
        let mut answers = None;
        let mut seen = 0;
        while let Some(key) = map.next_key_seed(Key)? {
            match &*key {
                "framework" => {
                    first_time(&mut seen, 1)?;
                    a.framework = map.next_value_seed(Opt(FrameworkV))?;
                }
                "unit" => {
                    first_time(&mut seen, 2)?;
                    a.unit = map.next_value_seed(Opt(UnitV))?;
                }
                "period" => {
                    first_time(&mut seen, 4)?;
                    a.period = map.next_value_seed(Opt(Str))?;
                }
                "respondent" => {
                    first_time(&mut seen, 8)?;
                    a.respondent = map.next_value_seed(Opt(RespondentV))?;
                }
                "default_target" => {
                    first_time(&mut seen, 16)?;
                    a.default_target = map.next_value_seed(Opt(Level))?;
                }
                "answers" => {
                    first_time(&mut seen, 32)?;
                    // `null` is a missing `answers`: an error, for the general reader.
                    answers = Some(map.next_value_seed(AnswersV)?);
                }
                "pooling" => {
                    first_time(&mut seen, 64)?;
                    if let Some(p) = map.next_value_seed(Opt(StrictValue))? {
                        a.extra.insert("pooling".to_owned(), p);
                    }
                }
                "language" => {
                    first_time(&mut seen, 256)?;
                    a.language = map.next_value_seed(Opt(Str))?;
                    // A tag the general reader would warn about: let it.
                    if a.language.as_deref().is_some_and(|l| !is_language_tag(l)) {
                        return Err(give_up());
                    }
                }
                "migration" => {
                    first_time(&mut seen, 128)?;
                    if let Some(p) = map.next_value_seed(Opt(StrictValue))? {
                        a.extra.insert("migration".to_owned(), p);
                    }
                }
                _ => return Err(give_up()),
            }
        }
        a.answers = answers.ok_or_else(give_up)?;
        Ok(a)
    }
}

#[cfg(test)]
mod tests {
    use super::read_fast;
    use crate::read::assessment::read_assessment;
    use crate::read::json::parse_text;
    use proptest::prelude::*;

    /// The fast path reads a document only when the general reader finds nothing to say, and
    /// then reads the same assessment (including how each answer was written).
    fn same_as_general(text: &str) -> bool {
        let fast = read_fast(text);
        let general = parse_text(text, "assessment")
            .ok()
            .map(|v| read_assessment(&v));
        match (fast, general) {
            (None, _) => false,
            (Some(f), Some((Some(g), diags))) => {
                assert!(
                    diags.is_empty(),
                    "{text}: fast path read a document with {diags:?}"
                );
                assert_eq!(f, g, "{text}");
                for (x, y) in f.answers.values().zip(g.answers.values()) {
                    assert_eq!(x.object_form, y.object_form, "{text}");
                }
                true
            }
            (Some(_), _) => panic!("{text}: fast path read a document the general reader refuses"),
        }
    }

    #[test]
    fn reads_the_examples_and_the_vectors_as_the_general_reader() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut fast = 0;
        for dir in ["spec/examples", "spec/vectors", "tests/corpus"] {
            let mut stack = vec![root.join(dir)];
            while let Some(p) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&p) else {
                    continue;
                };
                for e in entries.flatten() {
                    let path = e.path();
                    if path.is_dir() {
                        stack.push(path);
                        continue;
                    }
                    let Ok(text) = std::fs::read_to_string(&path) else {
                        continue;
                    };
                    // A vector holds its assessment as a value (or as text, for syntax errors).
                    let docs: Vec<String> = match serde_json::from_str::<serde_json::Value>(&text) {
                        Ok(v) if v.get("assessment").is_some() => match &v["assessment"] {
                            serde_json::Value::String(s) => vec![s.clone()],
                            other => vec![other.to_string()],
                        },
                        _ => vec![text.clone()],
                    };
                    for d in docs {
                        fast += usize::from(same_as_general(&d));
                    }
                }
            }
        }
        let examples = std::fs::read_dir(root.join("spec/examples")).map_or(0, Iterator::count);
        assert!(
            fast >= examples + 20,
            "only {fast} documents went through the fast path"
        );
    }

    #[test]
    fn gives_up_whenever_the_general_reader_has_something_to_say() {
        for text in [
            r#"{"answers": {"a.b.c": 2.0}}"#,
            r#"{"answers": {"a.b.c": "2"}}"#,
            r#"{"answers": {"a.b.c": -1}}"#,
            r#"{"answers": {"a.b.c": 2, "a.b.c": 3}}"#,
            r#"{"answers": {"a.b.c": {"level": 2, "evidance": "x"}}}"#,
            r#"{"answers": {"a.b.c": {"level": 2, "level": 3}}}"#,
            r#"{"answers": {"a.b.c": {"confidence": "sure"}}}"#,
            r#"{"answers": {"a.b.c": {"target": 4294967296}}}"#,
            r#"{"answers": {"a.b.c": "NA"}}"#,
            r#"{"answers": {}, "extra": 1}"#,
            r#"{"answers": null}"#,
            r#"{"answers": []}"#,
            r#"{"period": "2026"}"#,
            r#"{"answers": {}, "unit": {"x": {"y": 1, "y": 2}}}"#,
            r#"{"answers": {}, "unit": {"id": 3}}"#,
            r#"{"answers": {}, "framework": {"version": "1.0.0"}}"#,
            r#"{"answers": {}, "default_target": 3.5}"#,
            r#"{"answers": {}} x"#,
            r#"[]"#,
        ] {
            assert!(read_fast(text).is_none(), "{text}");
        }
    }

    fn answer() -> impl Strategy<Value = String> {
        let rating = prop_oneof![
            (0u64..7).prop_map(|l| l.to_string()),
            Just("\"na\"".to_owned()),
            Just("\"unknown\"".to_owned()),
            Just("null".to_owned()),
            Just("2.0".to_owned()),
            Just("\"NA\"".to_owned()),
            Just("-1".to_owned()),
        ];
        let field = prop_oneof![
            rating.clone().prop_map(|r| format!("\"level\": {r}")),
            Just("\"evidence\": \"minutes \\u00e9\"".to_owned()),
            Just("\"evidence\": null".to_owned()),
            Just("\"justification\": \"none here\"".to_owned()),
            Just("\"confidence\": \"high\"".to_owned()),
            Just("\"confidence\": \"sure\"".to_owned()),
            (0u64..6).prop_map(|t| format!("\"target\": {t}")),
            Just("\"note\": 1".to_owned()),
        ];
        prop_oneof![
            rating,
            proptest::collection::vec(field, 0..4).prop_map(|f| format!("{{{}}}", f.join(", "))),
        ]
    }

    proptest! {
        #[test]
        fn agrees_with_the_general_reader(
            answers in proptest::collection::vec((0usize..5, answer()), 0..6),
            unit in prop_oneof![
                Just(String::new()),
                Just(r#""unit": {"id": "u", "country": "XT", "tags": [1, {"a": null}]},"#.to_owned()),
                Just(r#""unit": null,"#.to_owned()),
                Just(r#""unit": {"id": null, "name": "n\"q"},"#.to_owned()),
            ],
            head in prop_oneof![
                Just(String::new()),
                Just(r#""framework": {"id": "lhs-2021", "version": "1.0.0", "x": 1},"#.to_owned()),
                Just(r#""default_target": 3, "period": "2026-Q3","#.to_owned()),
                Just(r#""pooling": {"method": "median"}, "respondent": {"role": "r"},"#.to_owned()),
                Just(r#""default_target": null, "period": null,"#.to_owned()),
            ],
        ) {
            let body: Vec<String> = answers
                .iter()
                .map(|(id, a)| format!("\"x.y.i{id}\": {a}"))
                .collect();
            let text = format!("{{{head}{unit}\"answers\": {{{}}}}}", body.join(", "));
            same_as_general(&text);
        }
    }
}
