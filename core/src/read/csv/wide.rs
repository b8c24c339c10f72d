//! The wide layout: one row per assessment, one column per indicator id and metadata columns.

use super::*;

/// What a column of a table of assessments holds (see [`Framework::columns`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// The answers to the indicator at this position of [`Framework::indicators`].
    Indicator(usize),
    /// A metadata column (one of [`CSV_METADATA_COLUMNS`]: `unit_id`, `unit_kind`, `period`…).
    Metadata(&'static str),
    /// A label of the unit (`unit_region` → `region`).
    UnitLabel(String),
}

/// What a column of a wide CSV holds.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum WideCol {
    Indicator(usize),
    Meta(usize),
    /// A label of the unit (`unit_region` → `unit.region`): the index into `Header::labels`.
    UnitLabel(usize),
    /// A column without a header name: must stay empty.
    Unnamed,
    /// A column with a header problem: its cells are not read.
    Bad,
}

pub(super) struct Header {
    pub(super) names: Vec<String>,
    pub(super) cols: Vec<WideCol>,
    /// The labels of the `unit_<label>` columns, by [`WideCol::UnitLabel`] index.
    pub(super) labels: Vec<String>,
    pub(super) problems: Vec<Diagnostic>,
}

pub(super) struct WideRow {
    pub(super) codes: Vec<i8>,
    pub(super) meta: Vec<Option<String>>,
    /// The values of the `unit_<label>` columns: (label, value).
    pub(super) labels: Vec<(String, String)>,
    pub(super) cells: Vec<(String, String, u64, u64)>,
    pub(super) problems: Vec<Diagnostic>,
    pub(super) default_target: Option<u32>,
}

impl WideRow {
    /// One metadata cell of a wide row (`default_target` is checked against the scale).
    fn meta_cell(
        &mut self,
        m: usize,
        value: &str,
        (index, line, column): (usize, u64, u64),
        max: u32,
    ) {
        let key = CSV_METADATA_COLUMNS.get(m).map_or("", |(n, _)| *n);
        let path = row_path(index, key);
        let v = value.trim();
        if key == "default_target" {
            let at_column =
                |d: Diagnostic| i18n::within(d, "context-column", &[("column", key.into())]);
            match read_target(v) {
                Ok(Some(t)) if t > max => self.problems.push(at_column(say(
                    "assessment.target_out_of_range",
                    path.clone(),
                    line,
                    column,
                    &[
                        ("whose", "default".into()),
                        ("target", t.into()),
                        ("max", max.into()),
                    ],
                ))),
                Ok(t) => self.default_target = t,
                Err(e) => self.problems.push(at_column(say(
                    "assessment.invalid_target",
                    path.clone(),
                    line,
                    column,
                    &cell_args(&e),
                ))),
            }
        } else if !v.is_empty() {
            if let Some(slot) = self.meta.get_mut(m) {
                *slot = Some(v.to_owned());
            }
        }
        self.cells
            .push((meta_pointer(key).to_owned(), path, line, column));
    }
}

impl Framework {
    /// The arguments of `csv.unknown_column` that say what the columns of a wide table are.
    fn wide_hint(&self) -> [(&'static str, DiagArg); 4] {
        let columns: Vec<&str> = CSV_METADATA_COLUMNS.iter().map(|(n, _)| *n).collect();
        [
            ("hint", "wide".into()),
            ("framework", self.id().into()),
            ("version", self.version().into()),
            ("columns", columns.join(", ").into()),
        ]
    }

    pub(super) fn wide_header(&self, row: &Row) -> Header {
        let c = &*self.0;
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut h = Header {
            names: Vec::new(),
            cols: Vec::new(),
            labels: Vec::new(),
            problems: Vec::new(),
        };
        for (j, raw) in row.fields.iter().enumerate() {
            let name = raw.trim().to_owned();
            let lower = name.to_ascii_lowercase();
            let col = if name.is_empty() {
                WideCol::Unnamed
            } else if let Some(&i) = c
                .indicator_index
                .get(&name)
                .or_else(|| c.indicator_index.get(&lower))
            {
                WideCol::Indicator(i)
            } else if let Some(m) = CSV_METADATA_COLUMNS.iter().position(|(n, _)| *n == lower) {
                WideCol::Meta(m)
            } else if let Some(label) = unit_label(&lower) {
                h.labels.push(label.to_owned());
                WideCol::UnitLabel(h.labels.len() - 1)
            } else {
                let candidates: Vec<&str> = c
                    .indicators
                    .iter()
                    .map(|i| i.spec.id.as_str())
                    .chain(CSV_METADATA_COLUMNS.iter().map(|(n, _)| *n))
                    .collect();
                h.problems.push(unknown_column(
                    &name,
                    row.line,
                    j,
                    candidates,
                    &self.wide_hint(),
                ));
                WideCol::Bad
            };
            let key = match col {
                WideCol::Indicator(i) => c.indicators.get(i).map(|x| x.spec.id.clone()),
                WideCol::Meta(_) | WideCol::UnitLabel(_) => Some(lower.clone()),
                _ => None,
            };
            let col = match key {
                Some(k) => match seen.get(&k) {
                    Some(&first) => {
                        h.problems.push(duplicate_column(&name, row.line, j, first));
                        WideCol::Bad
                    }
                    None => {
                        seen.insert(k, j);
                        col
                    }
                },
                None => col,
            };
            h.names.push(name);
            h.cols.push(col);
        }
        h
    }

    /// The columns of a table of assessments that is not text (a DataFrame), by name, read by
    /// the rule of a wide CSV's header: every unknown, unnamed or repeated column at once
    /// (`csv.unknown_column` with the closest name, `csv.duplicate_column`), located at
    /// `/columns/<name>` and by column number.
    ///
    /// ```
    /// use lhs_maturity::{Column, Framework};
    /// let fw = Framework::builtin();
    /// let cols = fw.columns(&["unit_id", "inst.info.routine_data", "unit_region"]).unwrap();
    /// assert_eq!(cols, [Column::Metadata("unit_id"), Column::Indicator(0), Column::UnitLabel("region".into())]);
    /// let e = fw.columns(&["inst.info.routin_data", "period", "period"]).unwrap_err();
    /// let found: Vec<(&str, &str)> = e.details().iter().map(|d| (d.code.as_str(), d.path.as_str())).collect();
    /// assert_eq!(found, [("csv.unknown_column", "/columns/inst.info.routin_data"), ("csv.duplicate_column", "/columns/period")]);
    /// assert_eq!(e.help(), Some("did you mean `inst.info.routine_data`?"));
    /// ```
    pub fn columns(&self, names: &[&str]) -> Result<Vec<Column>, Error> {
        let row = Row {
            line: 1,
            fields: names.iter().copied().collect(),
        };
        let header = self.wide_header(&row);
        let mut problems = header.problems;
        let mut out = Vec::with_capacity(names.len());
        for (j, (col, name)) in header.cols.iter().zip(&header.names).enumerate() {
            match col {
                WideCol::Indicator(i) => out.push(Column::Indicator(*i)),
                WideCol::Meta(m) => out.push(Column::Metadata(
                    CSV_METADATA_COLUMNS.get(*m).map_or("", |(n, _)| n),
                )),
                WideCol::UnitLabel(l) => out.push(Column::UnitLabel(
                    header.labels.get(*l).cloned().unwrap_or_default(),
                )),
                WideCol::Unnamed => {
                    problems.push(unknown_column(name, 1, j, Vec::new(), &self.wide_hint()));
                }
                WideCol::Bad => {}
            }
        }
        if problems.is_empty() {
            return Ok(out);
        }
        for d in &mut problems {
            d.path = d.path.replacen("/header", "/columns", 1);
            (d.line, d.column) = (None, None);
        }
        Err(Error::Input(problems))
    }

    /// Reads a wide data row: its answers as cell codes (framework order), its metadata, where
    /// each value is, and every problem of its cells.
    ///
    /// With `locate` false (the matrix reader), only the metadata cells are recorded for
    /// locating later problems, which saves building a path per cell.
    pub(super) fn wide_row(
        &self,
        header: &Header,
        row: &Row,
        index: usize,
        locate: bool,
    ) -> WideRow {
        let max = self.max_level();
        let mut out = WideRow {
            codes: vec![CELL_MISSING; self.indicator_count()],
            meta: vec![None; CSV_METADATA_COLUMNS.len()],
            labels: Vec::new(),
            cells: Vec::new(),
            problems: Vec::new(),
            default_target: None,
        };
        let extra = row.fields.len().saturating_sub(header.cols.len());
        if extra > 0
            && row
                .fields
                .iter()
                .skip(header.cols.len())
                .any(|f| !f.trim().is_empty())
        {
            out.problems.push(say(
                "csv.extra_field",
                format!("/rows/{index}"),
                row.line,
                header.cols.len() as u64 + 1,
                &[
                    ("fields", row.fields.len().into()),
                    ("columns", header.cols.len().into()),
                ],
            ));
        }
        for (j, col) in header.cols.iter().enumerate() {
            let value = field(row, j);
            let name = header.names.get(j).map_or("", String::as_str);
            let (line, column) = (row.line, j as u64 + 1);
            match *col {
                WideCol::Bad => {}
                WideCol::Unnamed => {
                    if !value.trim().is_empty() {
                        out.problems.push(say(
                            "csv.unnamed_column",
                            format!("/rows/{index}/{j}"),
                            line,
                            column,
                            &[
                                ("column", column.to_string().into()),
                                ("value", value.trim().into()),
                            ],
                        ));
                    }
                }
                WideCol::Indicator(i) => {
                    self.indicator_cell(&mut out, i, value, (index, name, line, column), locate);
                }
                WideCol::UnitLabel(k) => {
                    let label = header.labels.get(k).map_or("", String::as_str);
                    let v = value.trim();
                    if !v.is_empty() {
                        out.labels.push((label.to_owned(), v.to_owned()));
                    }
                    out.cells.push((
                        format!("/unit/{}", pointer_token(label)),
                        row_path(index, name),
                        line,
                        column,
                    ));
                }
                WideCol::Meta(m) => out.meta_cell(m, value, (index, line, column), max),
            }
        }
        out
    }

    /// One indicator cell of a wide row: its code, or the problem with it.
    fn indicator_cell(
        &self,
        out: &mut WideRow,
        i: usize,
        value: &str,
        (index, name, line, column): (usize, &str, u64, u64),
        locate: bool,
    ) {
        let max = self.max_level();
        let path = || row_path(index, name);
        let at_column =
            |d: Diagnostic| i18n::within(d, "context-column", &[("column", name.into())]);
        match Cell::read(value) {
            Ok(Cell::Level(l)) if u32::from(l) > max => out.problems.push(at_column(say(
                "assessment.level_out_of_range",
                path(),
                line,
                column,
                &[
                    ("level", u32::from(l).into()),
                    ("max", max.into()),
                    ("source", "csv".into()),
                ],
            ))),
            Ok(cell) => {
                if let Some(slot) = out.codes.get_mut(i) {
                    *slot = cell.code();
                }
                if let Some(id) = self.0.indicators.get(i).map(|x| &x.spec.id) {
                    if locate {
                        out.cells.push((
                            format!("/answers/{}", pointer_token(id)),
                            path(),
                            line,
                            column,
                        ));
                    }
                }
            }
            Err(e) => out.problems.push(at_column(say(
                "assessment.invalid_level",
                path(),
                line,
                column,
                &cell_args(&e),
            ))),
        }
    }

    pub(super) fn wide_record(&self, w: WideRow, index: usize, line: u64) -> CsvRecord {
        let whole = (format!("/rows/{index}"), Some((line, 1)));
        if !w.problems.is_empty() {
            return CsvRecord {
                row: index,
                line,
                assessment: Err(Error::Assessment(w.problems)),
                cells: w.cells,
                whole,
            };
        }
        let mut a = Assessment {
            default_target: w.default_target,
            ..Assessment::default()
        };
        for (i, code) in w.codes.iter().enumerate() {
            let rating = match Cell::from_code(*code) {
                Some(Cell::Level(l)) => Rating::Level(u32::from(l)),
                Some(Cell::Na) => Rating::NotApplicable,
                Some(Cell::Unknown) => Rating::Unknown,
                Some(Cell::Missing) | None => continue,
            };
            if let Some(ind) = self.0.indicators.get(i) {
                a.answers.insert(ind.spec.id.clone(), Answer::rated(rating));
            }
        }
        apply_meta(&mut a, &w.meta, &w.labels, self);
        CsvRecord {
            row: index,
            line,
            assessment: Ok(a),
            cells: w.cells,
            whole,
        }
    }
}
