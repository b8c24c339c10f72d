//! The inputs of the matrix statistics and of the content-validity kit as the bindings receive
//! them: a binding turns each native value into a [`Scalar`] and each list into a [`Listed`]
//! (or a [`RatingItem`]), with no rule of its own, and the readers here decide what is missing,
//! what is a number and what is invalid, reporting every problem at once, located by JSON
//! Pointer, in the caller's language (messages from the diagnostics catalog).

use super::RelevanceRating;
use crate::error::{DiagArg, Diagnostic, Error, Part, Severity};
use crate::i18n;
use crate::model::compiled::Framework;

/// One value of a caller's language, as a binding converts it, before any rule is applied.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// An empty value: `None` in Python, `null` or `undefined` in JavaScript, an absent field.
    Missing,
    /// A number of the caller's language (`NaN` and infinities included; never a boolean).
    Number(f64),
    /// Text.
    Text(String),
    /// Anything else (a boolean, a list, an object...), as the caller's language writes it.
    Other(String),
}

/// A value that should be a list: its items, or what it is instead (as the caller's language
/// writes it).
#[derive(Debug, Clone, PartialEq)]
pub enum Listed<T> {
    /// A list (a Python sequence, a JavaScript array or typed array) and its items.
    List(Vec<T>),
    /// Not a list: the value as the caller's language writes it.
    Other(String),
}

/// One relevance rating as a binding receives it: the three fields of a dict or an object
/// ([`Scalar::Missing`] for a field it does not have), or what it is instead.
#[derive(Debug, Clone, PartialEq)]
pub enum RatingItem {
    /// A dict or an object.
    Fields {
        /// Its `expert`.
        expert: Scalar,
        /// Its `indicator`.
        indicator: Scalar,
        /// Its `relevance`.
        relevance: Scalar,
    },
    /// Not a dict or an object: the value as the caller's language writes it.
    Other(String),
}

/// A number as shown in a message: whole numbers without a fraction, infinities by name.
fn number_text(x: f64) -> String {
    if x.is_infinite() {
        if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
    } else {
        x.to_string()
    }
}

/// A value as shown in a message: text in double quotes, whatever the caller's language.
fn shown(value: &Scalar) -> String {
    match value {
        Scalar::Missing => "null".to_owned(),
        Scalar::Number(x) => number_text(*x),
        Scalar::Text(t) => serde_json::to_string(t).unwrap_or_else(|_| t.clone()),
        Scalar::Other(s) => s.clone(),
    }
}

fn shape_error(path: String, shape: &str, row: Option<usize>, value: &str) -> Diagnostic {
    let mut args: Vec<(&str, DiagArg)> = vec![("shape", shape.into()), ("value", value.into())];
    if let Some(r) = row {
        args.push(("row", (r + 1).to_string().into()));
    }
    i18n::diagnostic(Severity::Error, "input.matrix_shape", path, &args)
}

/// A matrix of ratings (`data[row][column]`: raters × units for Krippendorff's alpha and the
/// ICC, units × items for Cronbach's alpha) as the core's matrix of optional numbers. An empty
/// value and `NaN` are a missing rating; an infinite number, text, a boolean or anything else
/// is `input.invalid_value` at `/<row>/<column>`; a row that is not a list, and data that is
/// not a list of rows, are `input.matrix_shape` at `/<row>` or the root. Rows may differ in
/// length (the statistics treat the cells a row lacks as missing). Every problem is reported
/// at once.
///
/// ```
/// use lhs_maturity::analysis::{rating_matrix, Listed, Scalar};
/// let row = |cells: Vec<Scalar>| Listed::List(cells);
/// let m = rating_matrix(Listed::List(vec![
///     row(vec![Scalar::Number(1.0), Scalar::Missing, Scalar::Number(f64::NAN)]),
///     row(vec![Scalar::Number(2.0)]),
/// ]))
/// .unwrap();
/// assert_eq!(m, vec![vec![Some(1.0), None, None], vec![Some(2.0)]]);
///
/// let e = rating_matrix(Listed::List(vec![
///     row(vec![Scalar::Text("2".into()), Scalar::Number(f64::INFINITY)]),
///     Listed::Other("3".into()),
/// ]))
/// .unwrap_err();
/// let found: Vec<(&str, &str)> = e.details().iter().map(|d| (d.code.as_str(), d.path.as_str())).collect();
/// assert_eq!(found, [("input.invalid_value", "/0/0"), ("input.invalid_value", "/0/1"), ("input.matrix_shape", "/1")]);
/// assert_eq!(e.details()[0].message, "row 1, column 1: `\"2\"` is not a number");
/// ```
pub fn rating_matrix(data: Listed<Listed<Scalar>>) -> Result<Vec<Vec<Option<f64>>>, Error> {
    let rows = match data {
        Listed::List(rows) => rows,
        Listed::Other(value) => {
            return Err(Error::Input(vec![shape_error(
                String::new(),
                "rows",
                None,
                &value,
            )]))
        }
    };
    let mut out = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    for (r, row) in rows.into_iter().enumerate() {
        let cells = match row {
            Listed::List(cells) => cells,
            Listed::Other(value) => {
                errors.push(shape_error(format!("/{r}"), "row", Some(r), &value));
                continue;
            }
        };
        let mut values = Vec::with_capacity(cells.len());
        for (c, cell) in cells.into_iter().enumerate() {
            let problem = match &cell {
                Scalar::Missing => None,
                Scalar::Number(x) if x.is_nan() => None,
                Scalar::Number(x) if x.is_finite() => {
                    values.push(Some(*x));
                    continue;
                }
                Scalar::Number(_) => Some("infinite"),
                Scalar::Text(_) | Scalar::Other(_) => Some("not_number"),
            };
            match problem {
                None => values.push(None),
                Some(problem) => errors.push(i18n::diagnostic(
                    Severity::Error,
                    "input.invalid_value",
                    format!("/{r}/{c}"),
                    &[
                        ("row", (r + 1).to_string().into()),
                        ("column", (c + 1).to_string().into()),
                        ("problem", problem.into()),
                        ("value", shown(&cell).into()),
                    ],
                )),
            }
        }
        out.push(values);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Error::Input(errors))
    }
}

/// The text of an `expert` or `indicator` field: text, or a whole number written without a
/// fraction (expert codes 1, 2, 3 in a spreadsheet); else the problem (`missing` or `not_text`).
fn rating_text(value: &Scalar) -> Result<String, &'static str> {
    match value {
        Scalar::Text(t) => Ok(t.clone()),
        Scalar::Number(x) if x.is_finite() && x.fract() == 0.0 => Ok(number_text(*x)),
        Scalar::Missing => Err("missing"),
        Scalar::Number(x) if x.is_nan() => Err("missing"),
        Scalar::Number(_) | Scalar::Other(_) => Err("not_text"),
    }
}

/// One rating read, or its problems, located in the rating (`""`, `/expert`, ...).
fn read_rating(item: &RatingItem) -> Result<RelevanceRating, Vec<Diagnostic>> {
    let (expert, indicator, relevance) = match item {
        RatingItem::Fields {
            expert,
            indicator,
            relevance,
        } => (expert, indicator, relevance),
        RatingItem::Other(value) => {
            return Err(vec![i18n::diagnostic(
                Severity::Error,
                "input.invalid_rating",
                "",
                &[("problem", "not_object".into()), ("value", value.into())],
            )])
        }
    };
    let mut errors = Vec::new();
    let mut text = |field: &str, value: &Scalar| {
        rating_text(value).unwrap_or_else(|problem| {
            errors.push(i18n::diagnostic(
                Severity::Error,
                "input.invalid_rating",
                format!("/{field}"),
                &[
                    ("problem", problem.into()),
                    ("field", field.into()),
                    ("value", shown(value).into()),
                ],
            ));
            String::new()
        })
    };
    let expert = text("expert", expert);
    let indicator = text("indicator", indicator);
    let relevance = match relevance {
        Scalar::Missing => None,
        Scalar::Number(x) if x.is_nan() => None,
        // A whole number the core can hold; the core says whether it is between 1 and 4.
        Scalar::Number(x) if x.fract() == 0.0 && (0.0..=255.0).contains(x) => Some(*x as u8),
        other => {
            errors.push(i18n::diagnostic(
                Severity::Error,
                "input.invalid_relevance",
                "/relevance",
                &[("source", "value".into()), ("value", shown(other).into())],
            ));
            None
        }
    };
    if errors.is_empty() {
        Ok(RelevanceRating {
            expert,
            indicator,
            relevance,
        })
    } else {
        Err(errors)
    }
}

/// The columns a table of relevance ratings (a DataFrame's) must have: `expert`, `indicator` and
/// `relevance`; each one it lacks is `input.missing_column` at `/columns/<name>`.
///
/// ```
/// use lhs_maturity::analysis::rating_columns;
/// let e = rating_columns(&["indicator".to_owned(), "comment".to_owned()]).unwrap_err();
/// let paths: Vec<&str> = e.details().iter().map(|d| d.path.as_str()).collect();
/// assert_eq!(paths, ["/columns/expert", "/columns/relevance"]);
/// assert_eq!(e.details()[0].message, "the ratings have no column `expert`");
/// ```
pub fn rating_columns(columns: &[String]) -> Result<(), Error> {
    let missing: Vec<Diagnostic> = ["expert", "indicator", "relevance"]
        .into_iter()
        .filter(|c| !columns.iter().any(|x| x == c))
        .map(|c| {
            i18n::diagnostic(
                Severity::Error,
                "input.missing_column",
                format!("/columns/{c}"),
                &[("source", "ratings".into()), ("column", c.into())],
            )
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::Input(missing))
    }
}

/// The index `j` and the rest of a path `/<j>/rest`.
fn split_index(path: &str) -> Option<(usize, &str)> {
    let rest = path.strip_prefix('/')?;
    let (head, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    Some((head.parse().ok()?, tail))
}

impl Framework {
    /// The content validity ([`Framework::content_validity`]) of relevance ratings as a binding
    /// receives them: each a dict or object `{expert, indicator, relevance}`, the relevance 1–4
    /// or empty (`None`, `null`, `NaN`) when left blank, an expert or indicator given as text
    /// (or a whole number, for expert codes). Every problem of every rating is reported at
    /// once, located at `/<index>` or `/<index>/<field>` with "rating <index + 1>:":
    /// `input.invalid_rating` (not an object, a field missing or not text),
    /// `input.invalid_relevance` (not a whole number from 1 to 4) and `input.unknown_indicator`.
    ///
    /// ```
    /// use lhs_maturity::analysis::{RatingItem, Scalar};
    /// let fw = lhs_maturity::Framework::builtin();
    /// let rating = |expert: Scalar, indicator: &str, relevance: Scalar| RatingItem::Fields {
    ///     expert, indicator: Scalar::Text(indicator.into()), relevance,
    /// };
    /// let cv = fw.content_validity_of(vec![
    ///     rating(Scalar::Text("a".into()), "inst.info.routine_data", Scalar::Number(4.0)),
    ///     rating(Scalar::Number(2.0), "inst.info.routine_data", Scalar::Missing),
    /// ]).unwrap();
    /// assert_eq!(cv.items[0].experts, 1);
    ///
    /// let e = fw.content_validity_of(vec![
    ///     rating(Scalar::Missing, "inst.info.routine_data", Scalar::Number(2.5)),
    ///     rating(Scalar::Text("b".into()), "zz.zz", Scalar::Number(4.0)),
    ///     RatingItem::Other("3".into()),
    /// ]).unwrap_err();
    /// let found: Vec<(&str, &str)> = e.details().iter().map(|d| (d.code.as_str(), d.path.as_str())).collect();
    /// assert_eq!(found, [
    ///     ("input.invalid_rating", "/0/expert"),
    ///     ("input.invalid_relevance", "/0/relevance"),
    ///     ("input.unknown_indicator", "/1/indicator"),
    ///     ("input.invalid_rating", "/2"),
    /// ]);
    /// assert!(e.details()[2].message.starts_with("rating 2: "));
    /// ```
    pub fn content_validity_of(
        &self,
        items: Vec<RatingItem>,
    ) -> Result<super::ContentValidity, Error> {
        let mut read = Vec::with_capacity(items.len());
        let mut index = Vec::with_capacity(items.len());
        let mut errors: Vec<(Option<usize>, Diagnostic)> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match read_rating(item) {
                Ok(r) => {
                    read.push(r);
                    index.push(i);
                }
                Err(ds) => errors.extend(ds.into_iter().map(|d| (Some(i), d))),
            }
        }
        let result = self.content_validity(&read);
        if let Err(e) = &result {
            // The core's checks of the ratings read, moved back to their place in `items`.
            for d in e.details() {
                let mut d = d.clone();
                match split_index(&d.path) {
                    Some((j, rest)) => {
                        d.path = rest.to_owned();
                        errors.push((Some(index.get(j).copied().unwrap_or(j)), d));
                    }
                    None => errors.push((None, d)),
                }
            }
        }
        if errors.is_empty() {
            return result;
        }
        // By rating, then in the order found (a total key: see `OptionReader::finish`).
        let mut keyed: Vec<_> = errors
            .into_iter()
            .enumerate()
            .map(|(n, (i, d))| ((i, n), d))
            .collect();
        keyed.sort_unstable_by_key(|((i, n), _)| (*i, *n));
        Err(Error::Input(
            keyed
                .into_iter()
                .map(|((i, _), d)| match i {
                    Some(i) => d.within(Part::Rating(i)),
                    None => d,
                })
                .collect(),
        ))
    }
}
