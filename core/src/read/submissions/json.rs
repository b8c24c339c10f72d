//! The JSON layouts: ODK Central's OData (`value` rows; groups as nested objects; the server's
//! metadata in `__system`) and KoboToolbox's API (`results`; flat keys with full paths).

use super::table::{unreadable, Field, Place, Sub};
use super::SubmissionLayout;
use crate::error::{pointer_token, Error};
use serde_json::{Map, Value};

/// The layout of a JSON file of submissions, if it is one.
pub(super) fn layout(bytes: &[u8]) -> Option<SubmissionLayout> {
    let v: Value =
        serde_json::from_slice(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)).ok()?;
    let o = v.as_object()?;
    if o.get("value").is_some_and(Value::is_array) {
        Some(SubmissionLayout::CentralOdata)
    } else if o.get("results").is_some_and(Value::is_array) {
        Some(SubmissionLayout::KoboJson)
    } else {
        None
    }
}

/// The submissions of a JSON export.
pub(super) fn rows(bytes: &[u8]) -> Result<Vec<Sub>, Error> {
    let text = crate::read::file::text_of_bytes(bytes, crate::read::file::Document::Assessment)?;
    let v = crate::read::json::parse_text(text, "assessment")?;
    let (key, rows) = match (v.get("value"), v.get("results")) {
        (Some(Value::Array(r)), _) => ("value", r),
        (_, Some(Value::Array(r))) => ("results", r),
        _ => {
            return Err(unreadable(
                "json",
                "no `value` or `results` list".to_owned(),
            ))
        }
    };
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let base = format!("/{key}/{i}");
        let mut sub = Sub {
            index: i,
            place: Place {
                path: base.clone(),
                ..Place::default()
            },
            ..Sub::default()
        };
        if let Some(o) = row.as_object() {
            walk(&mut sub, o, "", &base);
        }
        out.push(sub);
    }
    Ok(out)
}

/// Takes the fields of an object: nested objects are groups (OData), `__system` and a KoboToolbox
/// `_validation_status` the server's metadata; lists (attachments, repeats) are skipped.
fn walk(sub: &mut Sub, o: &Map<String, Value>, prefix: &str, base: &str) {
    for (k, v) in o {
        let pointer = format!("{base}/{}", pointer_token(k));
        let name = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}/{k}")
        };
        let short = k.rsplit('/').next().unwrap_or(k);
        match v {
            Value::Object(inner) if k == "__system" || k == "_validation_status" => {
                for (mk, mv) in inner {
                    if let Some(text) = scalar(mv) {
                        sub.server_field(mk, &text);
                    }
                }
            }
            Value::Object(inner) => walk(sub, inner, &name, &pointer),
            Value::Array(_) => {}
            _ => {
                let value = scalar(v).unwrap_or_default();
                if !sub.server_field(short, &value) {
                    sub.fields.push(Field {
                        name,
                        value,
                        place: Place {
                            path: pointer,
                            ..Place::default()
                        },
                    });
                }
            }
        }
    }
}

/// A JSON value as the text of a field: strings as they are, numbers and booleans written,
/// `null` as empty.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}
