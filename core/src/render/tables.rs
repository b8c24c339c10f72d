//! The table model of every tabular output ([`Table`]: named, typed columns of JSON values),
//! its CSV, and the tables of a report (`Report::tables`: its nodes with their parent and
//! depth, indicators, facet values and next steps). The analyses' tables build on it
//! (`analysis::tables`).

use crate::render::template::CsvOut;
use crate::score::report::Report;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How the values of a column are stored in a typed table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    /// Text (ids, names, notes), or null.
    Text,
    /// A whole number, or null (a nullable integer column).
    Int,
    /// A number, or null (NaN in a float column).
    Float,
    /// True or false, never null.
    Bool,
    /// An answer: a level, a text such as `na` or `unknown`, or null (an object column).
    Answer,
    /// Any other JSON value (a list, values of several types, only nulls): an object column.
    Value,
}

/// One column of a [`Table`]: its name, its kind and one value per row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TableColumn {
    /// The column's name.
    pub name: String,
    /// How its values are stored in a typed table.
    pub kind: ColumnKind,
    /// One value per row (null when absent).
    pub values: Vec<Value>,
}

impl TableColumn {
    /// A column of `kind` with the value `f` gives for each row.
    pub fn of<T>(name: &str, kind: ColumnKind, rows: &[T], f: impl Fn(&T) -> Value) -> Self {
        Self {
            name: name.to_owned(),
            kind,
            values: rows.iter().map(f).collect(),
        }
    }
}

/// A tidy table: named columns of equal length, one row per entry of a result.
///
/// ```
/// use lhs_maturity::{analysis, Framework};
/// let fw = Framework::builtin();
/// let r = fw.score_json(r#"{"period": "2026", "answers": {"inst.info.routine_data": 2}}"#).unwrap();
/// let s = analysis::series(&[r]).unwrap().table();
/// assert_eq!(s.columns[2].name, "overall_score");
/// assert_eq!(s.to_csv().lines().nth(1).unwrap().split(',').nth(2), Some("2"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Table {
    /// What the table holds (`items`, `summary`...): the name of the attribute that shows it.
    pub name: String,
    /// The columns, in order.
    pub columns: Vec<TableColumn>,
}

impl Table {
    /// A table of these columns (of equal length).
    pub fn new(name: &str, columns: Vec<TableColumn>) -> Self {
        Self {
            name: name.to_owned(),
            columns,
        }
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, |c| c.values.len())
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&TableColumn> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The table without the columns called one of `names`.
    #[must_use]
    pub fn without(mut self, names: &[&str]) -> Self {
        self.columns.retain(|c| !names.contains(&c.name.as_str()));
        self
    }

    /// The rows as JSON objects, the keys in column order.
    pub fn rows(&self) -> Vec<serde_json::Map<String, Value>> {
        (0..self.len())
            .map(|i| {
                self.columns
                    .iter()
                    .map(|c| {
                        (
                            c.name.clone(),
                            c.values.get(i).cloned().unwrap_or(Value::Null),
                        )
                    })
                    .collect()
            })
            .collect()
    }

    /// The table as CSV (the core's [`CsvOut`]): a header of the column names, then one line
    /// per row; texts guarded against formulas, numbers in their shortest exact form, absent
    /// values empty.
    pub fn to_csv(&self) -> String {
        let head: Vec<&str> = self.columns.iter().map(|c| c.name.as_str()).collect();
        let mut csv = CsvOut::new(&head);
        for i in 0..self.len() {
            for c in &self.columns {
                match c.values.get(i).unwrap_or(&Value::Null) {
                    Value::Null => csv.raw(""),
                    Value::String(s) => csv.text(s),
                    Value::Number(n) if c.kind == ColumnKind::Float => csv.num(n.as_f64()),
                    other => csv.value(other),
                };
            }
            csv.end();
        }
        csv.finish()
    }
}

/// The columns of a report table that hold whole numbers (nullable integers), whatever the rows.
fn whole(column: &str) -> bool {
    matches!(
        column,
        "level" | "target" | "gap" | "next_level" | "rank" | "depth"
    ) || (column.starts_with("counts.") || column.starts_with("targets."))
        && column != "targets.percent_to_target"
}

/// The kind of a report column: the whole-number columns, else what its values are.
fn kind_of(column: &str, values: &[Value]) -> ColumnKind {
    if whole(column) {
        return ColumnKind::Int;
    }
    let given = || values.iter().filter(|v| !v.is_null());
    if given().next().is_none() {
        ColumnKind::Value
    } else if given().all(Value::is_number) {
        ColumnKind::Float
    } else if values.iter().all(Value::is_boolean) {
        ColumnKind::Bool
    } else if given().all(Value::is_string) {
        ColumnKind::Text
    } else {
        ColumnKind::Value
    }
}

/// `value`'s fields into `row`, nested objects flattened with dotted names (`counts.rated`), as
/// `pandas.json_normalize` does.
fn flatten(prefix: &str, value: Map<String, Value>, row: &mut Map<String, Value>) {
    for (k, v) in value {
        let key = if prefix.is_empty() {
            k
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Object(inner) => flatten(&key, inner, row),
            other => {
                row.insert(key, other);
            }
        }
    }
}

/// A table of rows (JSON objects, flattened): one column per field in the order fields first
/// appear, null where a row lacks one; `empty` names the columns of a table without rows.
fn of_rows(name: &str, rows: Vec<Map<String, Value>>, empty: &[&str]) -> Table {
    let rows: Vec<Map<String, Value>> = rows
        .into_iter()
        .map(|r| {
            let mut flat = Map::new();
            flatten("", r, &mut flat);
            flat
        })
        .collect();
    let mut names: Vec<&str> = Vec::new();
    for k in rows.iter().flat_map(Map::keys) {
        if !names.contains(&k.as_str()) {
            names.push(k);
        }
    }
    if rows.is_empty() {
        names = empty.to_vec();
    }
    let columns = names
        .iter()
        .map(|n| {
            let values: Vec<Value> = rows
                .iter()
                .map(|r| r.get(*n).cloned().unwrap_or(Value::Null))
                .collect();
            TableColumn {
                name: (*n).to_owned(),
                kind: kind_of(n, &values),
                values,
            }
        })
        .collect();
    Table::new(name, columns)
}

/// The objects of a JSON array (none for anything else).
fn objects(v: Option<&Value>) -> Vec<Map<String, Value>> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.as_object().cloned()).collect())
        .unwrap_or_default()
}

/// A node and its descendants as rows: `id`, `parent`, `depth`, then its fields (without its
/// explanation and children).
fn node_rows(
    mut node: Map<String, Value>,
    parent: &str,
    depth: usize,
    out: &mut Vec<Map<String, Value>>,
) {
    let children = objects(node.shift_remove("children").as_ref());
    node.shift_remove("explanation");
    let id = node.shift_remove("id").unwrap_or(Value::Null);
    let mut row = Map::new();
    row.insert("id".into(), id.clone());
    row.insert("parent".into(), parent.into());
    row.insert("depth".into(), depth.into());
    row.extend(node);
    out.push(row);
    let id = id.as_str().unwrap_or_default().to_owned();
    for c in children {
        node_rows(c, &id, depth + 1, out);
    }
}

impl Report {
    /// The report as four tidy tables (Python's `Report.to_frames()`): `domains` (the overall
    /// result, then every domain and sub-domain in framework order, with `parent` and `depth`),
    /// `indicators`, `facets` (one row per facet value, with `facet` and `facet_name`) and
    /// `recommendations` (highest priority first). Nested fields are flattened with dotted
    /// names (`counts.rated`, `targets.total_gap`).
    ///
    /// ```
    /// use lhs_maturity::Framework;
    /// let r = Framework::builtin().score_json(r#"{"answers": {"inst.info.routine_data": 2}}"#).unwrap();
    /// let [domains, indicators, ..] = r.tables();
    /// assert_eq!(domains.column("id").unwrap().values[1], "inst");
    /// assert_eq!(domains.column("depth").unwrap().values[2], 2);
    /// assert_eq!(indicators.len(), r.indicators.len());
    /// ```
    pub fn tables(&self) -> [Table; 4] {
        let doc = serde_json::to_value(self).unwrap_or(Value::Null);
        let mut overall = Map::new();
        overall.insert("id".into(), "overall".into());
        overall.insert("parent".into(), Value::Null);
        overall.insert("depth".into(), 0.into());
        overall.insert("name".into(), "Overall".into());
        overall.insert("weight".into(), Value::Null);
        overall.insert("aggregation".into(), "mean".into());
        if let Some(Value::Object(o)) = doc.get("overall") {
            overall.extend(o.clone());
        }
        let mut nodes = vec![overall];
        for d in objects(doc.get("domains")) {
            node_rows(d, "overall", 1, &mut nodes);
        }
        let mut facets = Vec::new();
        for mut f in objects(doc.get("facets")) {
            let values = objects(f.shift_remove("values").as_ref());
            for mut v in values {
                let mut row = Map::new();
                row.insert("facet".into(), f.get("id").cloned().unwrap_or(Value::Null));
                row.insert(
                    "facet_name".into(),
                    f.get("name").cloned().unwrap_or(Value::Null),
                );
                row.insert("value".into(), v.shift_remove("id").unwrap_or(Value::Null));
                row.extend(v);
                facets.push(row);
            }
        }
        [
            of_rows("domains", nodes, &["id"]),
            of_rows("indicators", objects(doc.get("indicators")), &["id"]),
            of_rows("facets", facets, &["facet", "value"]),
            of_rows(
                "recommendations",
                objects(doc.get("recommendations")),
                &["rank", "indicator"],
            ),
        ]
    }
}
