//! The list of units a form offers: read from a CSV file with the columns `id`, `name`, `kind`
//! and, optionally, `org_unit` (a DHIS2 organisation unit id).

use crate::error::{Diagnostic, Error, Severity};
use crate::i18n::{self, DiagArg};
use crate::model::framework::UnitKind;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::HashSet;

/// A unit a form offers to choose from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FormUnit {
    /// A stable identifier, stored in the submissions (`unit_id`); no spaces.
    pub id: String,
    /// Its name, shown to the person filling in the form.
    pub name: String,
    /// Its kind: the indicators that do not apply to it are hidden.
    pub kind: UnitKind,
    /// Its DHIS2 organisation unit id, stored in the submissions (`org_unit`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_unit: Option<String>,
}

fn problem(path: String, args: &[(&str, DiagArg)]) -> Diagnostic {
    i18n::diagnostic(Severity::Error, "input.invalid_unit", path, args)
}

impl FormUnit {
    /// Reads a units list: a CSV file with a header naming the columns `id`, `name` and
    /// `kind` (any order, any case; `org_unit` optional, other columns ignored), one unit a
    /// row. Every problem is an `input.invalid_unit` at `/rows/<row>/<column>` (rows from 0),
    /// with its line and column in the text; a missing column is at `/header`.
    ///
    /// ```
    /// use lhs_maturity::{FormUnit, UnitKind};
    /// let units = FormUnit::read_csv("id,name,kind,org_unit\nkis-east,Kisumu East,district,fXy12AbCdE3\n").unwrap();
    /// assert_eq!(units[0].kind, UnitKind::District);
    /// assert_eq!(units[0].org_unit.as_deref(), Some("fXy12AbCdE3"));
    /// let e = FormUnit::read_csv("id,name,kind\nkis-east,Kisumu East,hospital\n").unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("input.invalid_unit", "/rows/0/kind"));
    /// ```
    pub fn read_csv(text: &str) -> Result<Vec<FormUnit>, Error> {
        let text = crate::read::file::strip_bom(text);
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map(|h| h.iter().map(|x| x.trim().to_ascii_lowercase()).collect())
            .map_err(|e| csv_error(String::new(), &e))?;
        let col = |name: &str| header.iter().position(|h| h == name);
        let (Some(ic), Some(nc), Some(kc)) = (col("id"), col("name"), col("kind")) else {
            let missing = ["id", "name", "kind"]
                .into_iter()
                .find(|c| col(c).is_none())
                .unwrap_or("id");
            return Err(Error::Input(vec![problem(
                "/header".to_owned(),
                &[("problem", "column".into()), ("column", missing.into())],
            )]));
        };
        let oc = col("org_unit");
        let mut out = Vec::new();
        let mut errors = Vec::new();
        let mut seen = HashSet::new();
        for (row, rec) in reader.records().enumerate() {
            let rec = match rec {
                Ok(r) => r,
                Err(e) => {
                    errors.push(csv_error(format!("/rows/{row}"), &e).details().to_vec());
                    continue;
                }
            };
            let line = rec.position().map_or(0, |p| p.line());
            let cell = |c: usize| rec.get(c).unwrap_or("").trim();
            if rec.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let at = |column: &str, c: usize, args: &[(&str, DiagArg)]| {
                let mut all = vec![("row", DiagArg::from((row + 1).to_string()))];
                all.extend(args.iter().cloned());
                problem(format!("/rows/{row}/{column}"), &all).at_text(line, c as u64 + 1)
            };
            let id = cell(ic);
            let mut bad = Vec::new();
            if id.is_empty() || id.chars().any(char::is_whitespace) {
                bad.push(at(
                    "id",
                    ic,
                    &[("problem", "id".into()), ("value", id.into())],
                ));
            } else if !seen.insert(id.to_owned()) {
                bad.push(at(
                    "id",
                    ic,
                    &[("problem", "duplicate".into()), ("value", id.into())],
                ));
            }
            let kind = UnitKind::parse(cell(kc));
            if kind.is_none() {
                let kinds: Vec<&str> = UnitKind::ALL.iter().map(|k| k.as_str()).collect();
                bad.push(at(
                    "kind",
                    kc,
                    &[
                        ("problem", "kind".into()),
                        ("value", cell(kc).into()),
                        ("kinds", kinds.join(", ").into()),
                    ],
                ));
            }
            match kind {
                Some(kind) if bad.is_empty() => out.push(FormUnit {
                    id: id.to_owned(),
                    name: match cell(nc) {
                        "" => id.to_owned(),
                        n => n.to_owned(),
                    },
                    kind,
                    org_unit: oc.map(cell).filter(|o| !o.is_empty()).map(str::to_owned),
                }),
                _ => errors.push(bad),
            }
        }
        let errors: Vec<Diagnostic> = errors.into_iter().flatten().collect();
        if !errors.is_empty() {
            return Err(Error::Input(errors));
        }
        if out.is_empty() {
            return Err(Error::Input(vec![problem(
                String::new(),
                &[("problem", "empty".into())],
            )]));
        }
        Ok(out)
    }
}

fn csv_error(path: String, e: &::csv::Error) -> Error {
    Error::Input(vec![i18n::diagnostic(
        Severity::Error,
        "input.invalid_csv",
        path,
        &[("detail", e.to_string().into())],
    )])
}
