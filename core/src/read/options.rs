//! Reading an options object given to a binding (`{ defaultTarget: 3 }` in JavaScript,
//! `default_target=3` in Python), converted by the binding to a JSON value: every problem is
//! located at `/<option>` and written from the catalog, and all of them are reported at once.
//!
//! The binding names the options as its surface spells them; an option spelled the other way
//! (`default_target` for `defaultTarget`, or the reverse) gets the right spelling as help. An
//! option that is `null` is not given, like options that are absent or `null`.

use crate::error::{pointer_token, Diagnostic, Error, Severity};
use crate::i18n::{diagnostic, DiagArg};
use serde_json::Value;

/// The options object of one call, read option by option with the typed getters; [`finish`]
/// gives every problem found, in the order of the options object.
///
/// ```
/// use lhs_maturity::OptionReader;
/// use serde_json::json;
/// let given = json!({"default_target": 3, "language": 1});
/// let mut o = OptionReader::new(&given, &["defaultTarget", "language"], "{ defaultTarget: 3 }");
/// assert_eq!(o.string("language"), None);
/// let e = o.finish().unwrap_err();
/// let found: Vec<_> = e.details().iter().map(|d| (d.code.as_str(), d.path.as_str())).collect();
/// assert_eq!(found, [("input.unknown_option", "/default_target"), ("input.invalid_type", "/language")]);
/// assert_eq!(e.details()[0].help.as_deref(), Some("write `defaultTarget`"));
/// ```
///
/// [`finish`]: OptionReader::finish
#[derive(Debug)]
pub struct OptionReader {
    /// Every key of the options object, in order (to order the problems).
    keys: Vec<String>,
    /// The known options given, not `null`, not read yet.
    given: Vec<(String, Value)>,
    /// The problems found, with the position of their option.
    problems: Vec<(usize, Diagnostic)>,
}

impl OptionReader {
    /// Starts reading `options`: absent (`null`) is no options; anything but an object is
    /// `input.invalid_type` at `` (with `example`, options as the surface writes them, as
    /// help); a name not in `known` is `input.unknown_option` at `/<name>`.
    pub fn new(options: &Value, known: &[&str], example: &str) -> Self {
        let mut out = OptionReader {
            keys: Vec::new(),
            given: Vec::new(),
            problems: Vec::new(),
        };
        let map = match options {
            Value::Null => return out,
            Value::Object(map) => map,
            other => {
                out.problems.push((
                    0,
                    diagnostic(
                        Severity::Error,
                        "input.invalid_type",
                        "",
                        &[
                            ("source", "options".into()),
                            ("found", found(other).into()),
                            ("example", example.into()),
                        ],
                    ),
                ));
                return out;
            }
        };
        for (i, (key, value)) in map.iter().enumerate() {
            out.keys.push(key.clone());
            if !known.contains(&key.as_str()) {
                out.problems.push((i, unknown(key, known)));
            } else if !value.is_null() {
                out.given.push((key.clone(), value.clone()));
            }
        }
        out
    }

    /// The value of the option `name`, if it is given (not `null`): any JSON value, for a core
    /// rule to read (a consensus, a migration map...).
    pub fn value(&mut self, name: &str) -> Option<Value> {
        let i = self.given.iter().position(|(k, _)| k == name)?;
        Some(self.given.remove(i).1)
    }

    /// Text; anything else is `input.invalid_type`.
    pub fn string(&mut self, name: &str) -> Option<String> {
        match self.value(name)? {
            Value::String(s) => Some(s),
            other => self.wrong_type(name, "text", &other),
        }
    }

    /// `true` or `false`; anything else is `input.invalid_type`.
    pub fn bool(&mut self, name: &str) -> Option<bool> {
        match self.value(name)? {
            Value::Bool(b) => Some(b),
            other => self.wrong_type(name, "boolean", &other),
        }
    }

    /// A finite number; anything else is `input.invalid_type` (whether it is in range is the
    /// rule's to say).
    pub fn number(&mut self, name: &str) -> Option<f64> {
        match self.value(name)? {
            Value::Number(n) => n.as_f64(),
            other => self.wrong_type(name, "number", &other),
        }
    }

    /// A list of texts; anything else is `input.invalid_type` (at `/<name>/<i>` for an item that
    /// is not text).
    pub fn strings(&mut self, name: &str) -> Option<Vec<String>> {
        let v = self.value(name)?;
        let Value::Array(items) = &v else {
            return self.wrong_type(name, "list", &v);
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(t) => out.push(t.clone()),
                other => {
                    let item = format!("{name}/{i}");
                    let d = diagnostic(
                        Severity::Error,
                        "input.invalid_type",
                        format!("{}/{i}", path(name)),
                        &[
                            ("source", "option".into()),
                            ("option", item.into()),
                            ("expected", "text".into()),
                            ("found", found(other).into()),
                        ],
                    );
                    self.push(name, d);
                    return None;
                }
            }
        }
        Some(out)
    }

    /// An object; anything else is `input.invalid_type`.
    pub fn object(&mut self, name: &str) -> Option<Value> {
        match self.value(name)? {
            v @ Value::Object(_) => Some(v),
            other => self.wrong_type(name, "object", &other),
        }
    }

    /// A name for a core rule to read (`UnknownRule`, `PoolMethod`...): text as it is, anything
    /// else as JSON writes it (so that the rule says it is not one of its names).
    pub fn name(&mut self, name: &str) -> Option<String> {
        match self.value(name)? {
            Value::String(s) => Some(s),
            other => Some(other.to_string()),
        }
    }

    /// A whole number from 0 to 4,294,967,295: anything but a number is `input.invalid_type`,
    /// another number `input.invalid_option`.
    pub fn whole_number(&mut self, name: &str) -> Option<u32> {
        let v = self.value(name)?;
        if !v.is_number() {
            return self.wrong_type(name, "number", &v);
        }
        let n = whole(&v);
        if n.is_none() {
            self.push(
                name,
                diagnostic(
                    Severity::Error,
                    "input.invalid_option",
                    path(name),
                    &[
                        ("option", "number".into()),
                        ("name", name.into()),
                        ("value", v.to_string().into()),
                    ],
                ),
            );
        }
        n
    }

    /// A default target: a whole number ≥ 0 (within 4,294,967,295), or `input.invalid_target`
    /// (text such as `"3"` included); whether the scale has it is the scorer's rule.
    pub fn target(&mut self, name: &str) -> Option<u32> {
        let v = self.value(name)?;
        let n = whole(&v);
        if n.is_none() {
            let d = diagnostic(
                Severity::Error,
                "input.invalid_target",
                path(name),
                &[("value", v.to_string().into())],
            );
            self.push(name, d);
        }
        n
    }

    /// The result of a core rule that read the option `name`: its value, or its problems
    /// recorded (located as the rule located them).
    pub fn check<T>(&mut self, name: &str, result: Result<T, Error>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                for d in e.details() {
                    self.push(name, d.clone());
                }
                None
            }
        }
    }

    /// Every problem found, in the order of the options object (`input.*`), or none.
    pub fn finish(self) -> Result<(), Error> {
        if self.problems.is_empty() {
            return Ok(());
        }
        // By option, then in the order found: a total key, so an unstable sort (which keeps the
        // stable sort's code out of the WebAssembly module) gives the same order.
        let mut keyed: Vec<((usize, usize), Diagnostic)> = (self.problems.into_iter())
            .enumerate()
            .map(|(n, (i, d))| ((i, n), d))
            .collect();
        keyed.sort_unstable_by_key(|(key, _)| *key);
        Err(Error::Input(keyed.into_iter().map(|(_, d)| d).collect()))
    }

    /// Records a problem of the option `name`.
    fn push(&mut self, name: &str, d: Diagnostic) {
        let i = self
            .keys
            .iter()
            .position(|k| k == name)
            .unwrap_or(self.keys.len());
        self.problems.push((i, d));
    }

    /// Records `input.invalid_type` for the option `name`, which must be `expected`.
    fn wrong_type<T>(&mut self, name: &str, expected: &str, v: &Value) -> Option<T> {
        let d = diagnostic(
            Severity::Error,
            "input.invalid_type",
            path(name),
            &[
                ("source", "option".into()),
                ("option", name.into()),
                ("expected", expected.into()),
                ("found", found(v).into()),
            ],
        );
        self.push(name, d);
        None
    }
}

/// The location of an option.
fn path(name: &str) -> String {
    format!("/{}", pointer_token(name))
}

/// A whole number from 0 to `u32::MAX`, if the value is one (`3.0` is).
fn whole(v: &Value) -> Option<u32> {
    if let Some(n) = v.as_u64() {
        return u32::try_from(n).ok();
    }
    v.as_f64()
        .filter(|t| t.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(t))
        .and_then(|t| format!("{t:.0}").parse().ok())
}

/// What a JSON value is, as the messages name it.
fn found(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "text",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Array(_) => "list",
        Value::Object(_) | Value::Null => "object",
    }
}

/// `input.unknown_option` for `key`: its other spelling as help when that is known, else the
/// list of the options.
fn unknown(key: &str, known: &[&str]) -> Diagnostic {
    let twin = [camel_case(key), snake_case(key)]
        .into_iter()
        .find(|t| t != key && known.contains(&t.as_str()));
    let names: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    let hint = match (&twin, known.len()) {
        (Some(_), _) => "twin",
        (None, 1) => "single",
        (None, _) => "list",
    };
    let mut args: Vec<(&str, DiagArg)> = vec![("option", key.into()), ("hint", hint.into())];
    match twin {
        Some(t) => args.push(("known", t.into())),
        None => args.push(("options", names.join(", ").into())),
    }
    diagnostic(Severity::Error, "input.unknown_option", path(key), &args)
}

/// `allow_mismatch` → `allowMismatch`. ASCII only: option names are, and Unicode case tables
/// would add kilobytes to the WebAssembly module.
fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `allowMismatch` → `allow_mismatch` (ASCII only, as [`camel_case`]).
fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const KNOWN: [&str; 3] = ["method", "allowMismatch", "consensus"];

    fn problems(e: Result<(), Error>) -> Vec<(String, String, Option<String>)> {
        e.err()
            .map(|e| {
                e.details()
                    .iter()
                    .map(|d| (d.code.clone(), d.path.clone(), d.help.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn absent_and_null_options_are_none() {
        for v in [Value::Null, json!({}), json!({"method": null})] {
            let mut o = OptionReader::new(&v, &KNOWN, "{}");
            assert_eq!(o.string("method"), None);
            assert!(o.finish().is_ok());
        }
    }

    #[test]
    fn options_that_are_not_an_object() {
        for v in [json!("median"), json!(3), json!([1]), json!(true)] {
            let o = OptionReader::new(&v, &KNOWN, "{ method: \"median\" }");
            let e = o.finish().unwrap_err();
            assert_eq!(e.details().len(), 1);
            let d = &e.details()[0];
            assert_eq!(
                (d.code.as_str(), d.path.as_str()),
                ("input.invalid_type", "")
            );
            assert_eq!(d.help.as_deref(), Some("pass e.g. { method: \"median\" }"));
        }
        let e = OptionReader::new(&json!([1]), &KNOWN, "{}")
            .finish()
            .unwrap_err();
        assert_eq!(
            e.details()[0].message,
            "the options must be an object, not a list"
        );
    }

    #[test]
    fn every_problem_at_once_in_the_order_of_the_object() {
        let v = json!({"consensus": 1, "weights": 2, "allow_mismatch": true, "method": 3, "allowMismatch": "yes"});
        let mut o = OptionReader::new(&v, &KNOWN, "{}");
        assert_eq!(o.bool("allowMismatch"), None);
        assert_eq!(o.string("method"), None);
        assert_eq!(o.object("consensus"), None);
        let list = "the options are: `method`, `allowMismatch`, `consensus`";
        assert_eq!(
            problems(o.finish()),
            [
                ("input.invalid_type".into(), "/consensus".into(), None),
                (
                    "input.unknown_option".into(),
                    "/weights".into(),
                    Some(list.into())
                ),
                (
                    "input.unknown_option".into(),
                    "/allow_mismatch".into(),
                    Some("write `allowMismatch`".into())
                ),
                ("input.invalid_type".into(), "/method".into(), None),
                ("input.invalid_type".into(), "/allowMismatch".into(), None),
            ]
        );
    }

    #[test]
    fn messages_say_what_was_expected_and_found() {
        let v = json!({"method": 3, "allowMismatch": [1], "consensus": "x"});
        let mut o = OptionReader::new(&v, &KNOWN, "{}");
        o.string("method");
        o.bool("allowMismatch");
        o.object("consensus");
        let e = o.finish().unwrap_err();
        let messages: Vec<&str> = e.details().iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`method` must be text, not a number",
                "`allowMismatch` must be true or false, not a list",
                "`consensus` must be an object, not text",
            ]
        );
    }

    #[test]
    fn a_snake_case_surface_gets_the_snake_case_twin() {
        let v = json!({"groupBy": 1, "other": 2});
        let o = OptionReader::new(&v, &["group_by"], "{}");
        let p = problems(o.finish());
        assert_eq!(p[0].2.as_deref(), Some("write `group_by`"));
        assert_eq!(p[1].2.as_deref(), Some("the only option is `group_by`"));
    }

    #[test]
    fn whole_numbers_and_targets() {
        let v = json!({"a": 3, "b": 2.5, "c": -1, "d": "5", "e": 4294967296u64, "f": 7.0});
        let mut o = OptionReader::new(&v, &["a", "b", "c", "d", "e", "f"], "{}");
        assert_eq!(o.whole_number("a"), Some(3));
        assert_eq!(o.whole_number("b"), None);
        assert_eq!(o.whole_number("c"), None);
        assert_eq!(o.whole_number("d"), None);
        assert_eq!(o.whole_number("e"), None);
        assert_eq!(o.target("f"), Some(7));
        let codes: Vec<String> = problems(o.finish()).into_iter().map(|p| p.0).collect();
        assert_eq!(
            codes,
            [
                "input.invalid_option",
                "input.invalid_option",
                "input.invalid_type",
                "input.invalid_option"
            ]
        );
        let v = json!({"t": "3", "u": -1, "v": 2.5});
        let mut o = OptionReader::new(&v, &["t", "u", "v"], "{}");
        assert_eq!(
            (o.target("t"), o.target("u"), o.target("v")),
            (None, None, None)
        );
        let e = o.finish().unwrap_err();
        assert!(e.details().iter().all(|d| d.code == "input.invalid_target"));
        assert_eq!(
            e.details()[0].message,
            "the default target must be a whole number ≥ 0, not `\"3\"`"
        );
    }

    #[test]
    fn core_rules_keep_their_own_problems() {
        let v = json!({"unknown": 0, "method": "avg"});
        let mut o = OptionReader::new(&v, &["method", "unknown"], "{}");
        let rule = o.name("unknown").map(|n| n.parse::<crate::UnknownRule>());
        assert!(matches!(rule, Some(Err(_))));
        let r = rule.and_then(|r| o.check("unknown", r));
        assert_eq!(r, None);
        let p = problems(o.finish());
        assert_eq!(p[0].0, "input.invalid_option");
        assert_eq!(p[0].1, "/unknown");
    }
}
