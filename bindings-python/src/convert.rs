//! Python objects ↔ JSON values. Only conversion: every rule about what a value means is the
//! core's.

use crate::errors::to_py_err;
use lhs_maturity::Error;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple,
};
use serde_json::{Map, Number, Value};
use std::path::PathBuf;

/// Nesting deeper than this is refused (serde_json's own limit when it parses text), so that a
/// dict that contains itself is an exception, not a stack overflow.
const MAX_DEPTH: usize = 128;

/// Converts a Python object made of dicts (or other mappings), lists, tuples, strings, numbers,
/// booleans and `None` into a JSON value. A value JSON cannot hold is the core's
/// `argument.invalid_type` at its JSON Pointer (an `ArgumentError`, so a `TypeError` too); a
/// value nested too deep `argument.invalid_value` (an `InputError`, so a `ValueError`).
pub fn to_value(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    convert(obj, 0).map_err(|e| e.into_py_err(obj.py()))
}

/// A conversion failure, with the path to the value built while unwinding (so that the happy
/// path builds no strings).
struct ConvError {
    /// Reference tokens from the value up to the root.
    rev_path: Vec<String>,
    kind: ConvErrorKind,
}

enum ConvErrorKind {
    Python(PyErr),
    /// A value of this Python type, which JSON cannot hold.
    Value(String),
    /// An object key of this Python type (not `str`).
    Key(String),
    /// Nested deeper than [`MAX_DEPTH`].
    Depth,
}

impl ConvError {
    fn at(mut self, token: String) -> Self {
        self.rev_path.push(token);
        self
    }

    fn into_py_err(self, py: Python<'_>) -> PyErr {
        let path: String = self
            .rev_path
            .iter()
            .rev()
            .map(|t| format!("/{t}"))
            .collect();
        let e = match self.kind {
            ConvErrorKind::Python(e) => return e,
            ConvErrorKind::Value(ty) => Error::unconvertible("value", &path, &ty),
            ConvErrorKind::Key(ty) => Error::unconvertible("key", &path, &ty),
            ConvErrorKind::Depth => Error::unconvertible("depth", &path, &MAX_DEPTH.to_string()),
        };
        to_py_err(py, &e)
    }
}

impl From<PyErr> for ConvError {
    fn from(e: PyErr) -> Self {
        Self {
            rev_path: Vec::new(),
            kind: ConvErrorKind::Python(e),
        }
    }
}

/// The name of a number JSON cannot hold, as JavaScript writes it.
fn non_finite_name(x: f64) -> &'static str {
    if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
}

/// The name of the Python type of `obj` (`dict`, `PosixPath`), as argument errors show it.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string())
}

fn convert(obj: &Bound<'_, PyAny>, depth: usize) -> Result<Value, ConvError> {
    let fail = |kind| {
        Err(ConvError {
            rev_path: Vec::new(),
            kind,
        })
    };
    if depth > MAX_DEPTH {
        return fail(ConvErrorKind::Depth);
    }
    // Exact types first (the common case), then subclasses.
    if let Ok(s) = obj.cast_exact::<PyString>() {
        return Ok(Value::String(s.to_str()?.to_owned()));
    }
    if obj.is_exact_instance_of::<PyInt>() {
        return Ok(int_value(obj));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            insert(&mut map, &k, &v, depth)?;
        }
        return Ok(Value::Object(map));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let x = f.value();
        // A number JSON cannot hold (NaN, ±inf) is passed on as its name, so that the core
        // refuses it where it stands (`assessment.invalid_level` at the answer), as in JavaScript.
        return Ok(Number::from_f64(x).map_or_else(
            || Value::String(non_finite_name(x).to_owned()),
            Value::Number,
        ));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_str()?.to_owned()));
    }
    if obj.is_instance_of::<PyInt>() {
        return Ok(int_value(obj));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut out = Vec::new();
        for (i, item) in obj.try_iter()?.enumerate() {
            out.push(convert(&item?, depth + 1).map_err(|e| e.at(i.to_string()))?);
        }
        return Ok(Value::Array(out));
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        let mut map = Map::new();
        for item in m.items()?.iter() {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
            insert(&mut map, &k, &v, depth)?;
        }
        return Ok(Value::Object(map));
    }
    // Integers of other libraries (numpy.int64, ...) implement `__index__`.
    if let Ok(i) = obj.call_method0("__index__") {
        if i.is_instance_of::<PyInt>() {
            return Ok(int_value(&i));
        }
    }
    fail(ConvErrorKind::Value(type_name(obj)))
}

fn insert(
    map: &mut Map<String, Value>,
    k: &Bound<'_, PyAny>,
    v: &Bound<'_, PyAny>,
    depth: usize,
) -> Result<(), ConvError> {
    let key = match k.cast::<PyString>() {
        Ok(s) => s.to_str()?.to_owned(),
        Err(_) => {
            return Err(ConvError {
                rev_path: Vec::new(),
                kind: ConvErrorKind::Key(type_name(k)),
            })
        }
    };
    let value = convert(v, depth + 1).map_err(|e| e.at(lhs_maturity::pointer_token(&key)))?;
    map.insert(key, value);
    Ok(())
}

/// A Python int as a JSON number: exact when it fits 64 bits, else the nearest float (what a
/// JSON parser does with a very long integer literal).
fn int_value(obj: &Bound<'_, PyAny>) -> Value {
    if let Ok(i) = obj.extract::<i64>() {
        return Value::Number(i.into());
    }
    if let Ok(u) = obj.extract::<u64>() {
        return Value::Number(u.into());
    }
    obj.extract::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

/// Converts a JSON value into Python objects (dict, list, str, int, float, bool, None).
pub fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// Serializes any serde value into Python objects.
pub fn ser_to_py<'py, T: serde::Serialize>(py: Python<'py>, x: &T) -> PyResult<Bound<'py, PyAny>> {
    let v = serde_json::to_value(x).map_err(|e| PyValueError::new_err(e.to_string()))?;
    to_py(py, &v)
}

/// Text given as `str`, `bytes` or `bytearray`: `Ok(Ok(text))`, `Ok(Err(position))` for bytes
/// that are not UTF-8 (the position of the first invalid byte), or `Err` for another type.
pub fn text_of(obj: &Bound<'_, PyAny>) -> Option<Result<String, usize>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Some(s.to_str().map(str::to_owned).map_err(|_| 0));
    }
    let bytes: Vec<u8> = if let Ok(b) = obj.cast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else if let Ok(b) = obj.cast::<PyByteArray>() {
        b.to_vec()
    } else {
        return None;
    };
    Some(String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to()))
}

/// A keyword argument that must be text: any other type is the core's `argument.invalid_type`
/// at `/<name>` (an `ArgumentError`, which is a `TypeError` too), as for every other argument,
/// where pyo3's own conversion error had no code.
pub fn text_arg(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => Ok(s.to_str()?.to_owned()),
        Err(_) => Err(to_py_err(
            obj.py(),
            &Error::argument(name, "text", &type_name(obj)),
        )),
    }
}

/// `language=`: text.
pub fn language_arg(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    text_arg(obj, "language")
}

/// `unknown=`: text (which rule, the core reads).
pub fn unknown_arg(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    text_arg(obj, "unknown")
}

/// `unit_kind=`: text, or None.
pub fn unit_kind_arg(obj: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    if obj.is_none() {
        return Ok(None);
    }
    text_arg(obj, "unit_kind").map(Some)
}

/// An optional path argument (`name=`): None, or a `str` / `os.PathLike`; any other type is
/// `argument.invalid_type` at `/<name>`.
pub fn path_arg(obj: Option<&Bound<'_, PyAny>>, name: &str) -> PyResult<Option<PathBuf>> {
    match obj {
        Some(v) if !v.is_none() => v
            .extract::<PathBuf>()
            .map(Some)
            .map_err(|_| to_py_err(v.py(), &Error::argument(name, "text", &type_name(v)))),
        _ => Ok(None),
    }
}

/// The units list of `units=` (a CSV file: `id,name,kind,org_unit`, read by the core's
/// `FormUnit::read_csv`), empty when not given.
pub fn units_arg(
    py: Python<'_>,
    obj: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<lhs_maturity::FormUnit>> {
    let Some(path) = path_arg(obj, "units")? else {
        return Ok(Vec::new());
    };
    let py_err = |e: Error| to_py_err(py, &e);
    let text =
        lhs_maturity::read_text_file(&path, lhs_maturity::Document::Input).map_err(py_err)?;
    lhs_maturity::FormUnit::read_csv(&text).map_err(py_err)
}

/// `revision=`: None, or a whole number ≥ 0 (not a bool): otherwise `argument.invalid_type` or
/// `argument.invalid_value` at `/revision`.
pub fn revision_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<u32>> {
    let Some(r) = obj.filter(|r| !r.is_none()) else {
        return Ok(None);
    };
    let given = if r.is_instance_of::<PyBool>() {
        None
    } else {
        r.extract::<i64>().ok()
    };
    let Some(n) = given else {
        let e = Error::argument("revision", "whole_number", &type_name(r));
        return Err(to_py_err(r.py(), &e));
    };
    u32::try_from(n).map(Some).map_err(|_| {
        let e = Error::argument_value("revision", "whole_number", &n.to_string());
        to_py_err(r.py(), &e)
    })
}

/// A file made by the core: its bytes returned when `path` is None, else written to `path`
/// atomically (a temporary file in the same directory, renamed over it; on failure the
/// temporary file is removed and `path` left as it was) and None returned.
pub fn bytes_or_file<'py>(
    py: Python<'py>,
    path: Option<PathBuf>,
    bytes: &[u8],
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    match path {
        None => Ok(Some(PyBytes::new(py, bytes))),
        Some(p) => {
            py.detach(|| write_atomic(&p, bytes))?;
            Ok(None)
        }
    }
}

/// Writes `data` to `path` atomically (see [`bytes_or_file`]).
fn write_atomic(path: &std::path::Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A dict made only of what JSON holds plainly (dicts with text keys, lists, tuples, text,
/// booleans, `None`, whole numbers of 64 bits, finite floats), written as JSON text; None for
/// anything else (a mapping that is not a dict, a `nan`, a big integer, nesting past
/// [`MAX_DEPTH`]...), which [`to_value`] then reads with its located errors. The text reads
/// to the value `to_value` makes (floats are written as floats: `2.0`, not `2`).
pub fn plain_json_text(obj: &Bound<'_, PyAny>) -> Option<String> {
    let mut out = Vec::with_capacity(1024);
    write_plain(obj, 0, &mut out)?;
    String::from_utf8(out).ok()
}

fn write_plain(obj: &Bound<'_, PyAny>, depth: usize, out: &mut Vec<u8>) -> Option<()> {
    if depth > MAX_DEPTH {
        return None;
    }
    if obj.is_none() {
        out.extend_from_slice(b"null");
    } else if let Ok(s) = obj.cast::<PyString>() {
        serde_json::to_writer(&mut *out, s.to_str().ok()?).ok()?;
    } else if let Ok(b) = obj.cast::<PyBool>() {
        out.extend_from_slice(if b.is_true() { b"true" } else { b"false" });
    } else if obj.is_instance_of::<PyInt>() {
        match obj.extract::<i64>() {
            Ok(i) => serde_json::to_writer(&mut *out, &i).ok()?,
            Err(_) => serde_json::to_writer(&mut *out, &obj.extract::<u64>().ok()?).ok()?,
        }
    } else if let Ok(f) = obj.cast::<PyFloat>() {
        let x = f.value();
        if !x.is_finite() {
            return None;
        }
        serde_json::to_writer(&mut *out, &x).ok()?;
    } else if let Ok(d) = obj.cast_exact::<PyDict>() {
        out.push(b'{');
        for (k, (key, value)) in d.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            serde_json::to_writer(&mut *out, key.cast::<PyString>().ok()?.to_str().ok()?).ok()?;
            out.push(b':');
            write_plain(&value, depth + 1, out)?;
        }
        out.push(b'}');
    } else if obj.is_exact_instance_of::<PyList>() || obj.is_exact_instance_of::<PyTuple>() {
        out.push(b'[');
        for (k, item) in obj.try_iter().ok()?.enumerate() {
            if k > 0 {
                out.push(b',');
            }
            write_plain(&item.ok()?, depth + 1, out)?;
        }
        out.push(b']');
    } else {
        return None;
    }
    Some(())
}
