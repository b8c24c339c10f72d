//! The long layout: one row per indicator (the CSV template), metadata as rows.

use super::*;

/// The columns a long CSV reads (besides reading-help columns, which are ignored).
pub(super) const LONG_COLUMNS: &[&str] = &[
    "id",
    "answer",
    "evidence",
    "justification",
    "confidence",
    "target",
];
/// Reading-help columns of a long CSV (and any `level_<n>`).
pub(super) const LONG_HELP_COLUMNS: &[&str] = &[
    "name",
    "statement",
    "question",
    "evidence_to_check",
    "domain",
    "subdomain",
];

pub(super) fn is_help_column(h: &str) -> bool {
    LONG_HELP_COLUMNS.contains(&h)
        || h.strip_prefix("level_")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The columns of a long CSV's header: column name → index, and the header's problems.
fn long_columns(head: &Row) -> (HashMap<&'static str, usize>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let mut col_of: HashMap<&'static str, usize> = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (j, raw) in head.fields.iter().enumerate() {
        let name = raw.trim().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if let Some(&first) = seen.get(&name) {
            problems.push(duplicate_column(raw.trim(), head.line, j, first));
            continue;
        }
        seen.insert(name.clone(), j);
        if let Some(known) = LONG_COLUMNS.iter().find(|k| **k == name) {
            col_of.insert(known, j);
        } else if !is_help_column(&name) {
            let candidates: Vec<&str> = LONG_COLUMNS
                .iter()
                .chain(LONG_HELP_COLUMNS)
                .copied()
                .collect();
            problems.push(unknown_column(
                raw.trim(),
                head.line,
                j,
                candidates,
                &[
                    ("hint", "long".into()),
                    ("columns", LONG_COLUMNS.join(", ").into()),
                    ("help_columns", LONG_HELP_COLUMNS.join(", ").into()),
                ],
            ));
        }
    }
    for required in ["id", "answer"] {
        if !col_of.contains_key(required) {
            problems.push(say(
                "csv.missing_column",
                "/header".to_owned(),
                head.line,
                1,
                &[("name", required.into())],
            ));
        }
    }
    (col_of, problems)
}

/// The state of reading a long CSV: the assessment so far, its metadata and where every value
/// came from.
struct LongReader<'f> {
    fw: &'f Framework,
    col_of: HashMap<&'static str, usize>,
    a: Assessment,
    meta: Vec<Option<String>>,
    labels: Vec<(String, String)>,
    cells: Vec<(String, String, u64, u64)>,
    rows_of: HashMap<String, u64>,
    problems: Vec<Diagnostic>,
}

/// One row being read: its index, its line, and its cells by column name.
struct LongRow<'r, 'c> {
    index: usize,
    row: &'r Row,
    col_of: &'c HashMap<&'static str, usize>,
}

impl LongRow<'_, '_> {
    /// A cell's trimmed text and its 1-based column (0 when the column is absent).
    fn get(&self, name: &str) -> (String, u64) {
        match self.col_of.get(name) {
            Some(&j) => (field(self.row, j).trim().to_owned(), j as u64 + 1),
            None => (String::new(), 0),
        }
    }

    /// Where a cell is: its pointer, line and column.
    fn at(&self, name: &str, col: u64) -> (String, u64, u64) {
        (row_path(self.index, name), self.row.line, col)
    }

    fn text(&self, name: &str) -> Option<String> {
        Some(self.get(name).0).filter(|s| !s.is_empty())
    }
}

impl LongReader<'_> {
    fn row(&mut self, index: usize, row: &Row) {
        let col_of = std::mem::take(&mut self.col_of);
        let r = LongRow {
            index,
            row,
            col_of: &col_of,
        };
        self.row_of(&r);
        self.col_of = col_of;
    }

    fn row_of(&mut self, r: &LongRow<'_, '_>) {
        let (id, id_col) = r.get("id");
        if id.is_empty() {
            let (p, l, col) = r.at("id", id_col);
            self.problems.push(say("csv.missing_id", p, l, col, &[]));
            return;
        }
        if let Some(first) = self.rows_of.insert(id.clone(), r.row.line) {
            let (p, l, col) = r.at("id", id_col);
            self.problems.push(say(
                "assessment.duplicate_key",
                p,
                l,
                col,
                &[
                    ("source", "csv".into()),
                    ("key", id.as_str().into()),
                    ("line", first.to_string().into()),
                ],
            ));
            return;
        }
        let lower = id.to_ascii_lowercase();
        if let Some(m) = CSV_METADATA_COLUMNS.iter().position(|(n, _)| *n == lower) {
            self.meta_row(r, m);
        } else if let Some(label) = unit_label(&lower) {
            let (answer, answer_col) = r.get("answer");
            let (p, l, col) = r.at("answer", answer_col);
            if !answer.is_empty() {
                self.labels.push((label.to_owned(), answer));
            }
            self.cells
                .push((format!("/unit/{}", pointer_token(label)), p, l, col));
        } else {
            self.answer_row(r, &id, id_col);
        }
    }

    /// A metadata row (`unit_name`, `period`, `default_target`...): its value in `answer`.
    fn meta_row(&mut self, r: &LongRow<'_, '_>, m: usize) {
        let key = CSV_METADATA_COLUMNS.get(m).map_or("", |(n, _)| *n);
        let (answer, answer_col) = r.get("answer");
        let (p, l, col) = r.at("answer", answer_col);
        if key == "default_target" {
            match read_target(&answer) {
                Ok(t) => self.a.default_target = t,
                Err(e) => self.problems.push(i18n::within(
                    say(
                        "assessment.invalid_target",
                        p.clone(),
                        l,
                        col,
                        &cell_args(&e),
                    ),
                    "context-id",
                    &[("id", "default_target".into())],
                )),
            }
        } else if !answer.is_empty() {
            if let Some(slot) = self.meta.get_mut(m) {
                *slot = Some(answer);
            }
        }
        self.cells.push((meta_pointer(key).to_owned(), p, l, col));
    }

    /// An indicator row: its answer, evidence, justification, confidence and target.
    fn answer_row(&mut self, r: &LongRow<'_, '_>, id: &str, id_col: u64) {
        let c = &*self.fw.0;
        let Some(ind) = c.indicator_index.get(id).and_then(|&i| c.indicators.get(i)) else {
            let (p, l, col) = r.at("id", id_col);
            self.problems.push(self.unknown_indicator(id, p, l, col));
            return;
        };
        let base = format!("/answers/{}", pointer_token(&ind.spec.id));
        let (answer, answer_col) = r.get("answer");
        let (p, l, col) = r.at("answer", answer_col);
        self.cells.push((base.clone(), p.clone(), l, col));
        for name in ["evidence", "justification", "confidence", "target"] {
            let (_, col) = r.get(name);
            if col > 0 {
                let (p, l, col) = r.at(name, col);
                self.cells.push((format!("{base}/{name}"), p, l, col));
            }
        }
        let before = self.problems.len();
        let rating = match Cell::read(&answer) {
            Ok(Cell::Level(lv)) => Some(Rating::Level(u32::from(lv))),
            Ok(Cell::Na) => Some(Rating::NotApplicable),
            Ok(Cell::Unknown) => Some(Rating::Unknown),
            Ok(Cell::Missing) => None,
            Err(e) => {
                self.problems.push(i18n::within(
                    say("assessment.invalid_level", p, l, col, &cell_args(&e)),
                    "context-id",
                    &[("id", id.into())],
                ));
                None
            }
        };
        let confidence = self.confidence(r, id);
        let target = self.target(r, id);
        if self.problems.len() > before {
            return;
        }
        // Free text as it was before the writer's guard against formulas (`CsvOut::text`).
        let note = |name: &str| r.text(name).map(|v| unguard(&v).to_owned());
        let (evidence, justification) = (note("evidence"), note("justification"));
        let has_notes = evidence.is_some()
            || justification.is_some()
            || confidence.is_some()
            || target.is_some();
        if rating.is_none() && !has_notes {
            return;
        }
        self.a.answers.insert(
            ind.spec.id.clone(),
            Answer {
                rating,
                evidence: evidence.map(ArcStr::from),
                justification: justification.map(ArcStr::from),
                confidence,
                target,
                elements: Default::default(),
                extra: serde_json::Map::new(),
                object_form: has_notes,
            },
        );
    }

    fn unknown_indicator(&self, id: &str, p: String, l: u64, col: u64) -> Diagnostic {
        unknown_indicator(self.fw, id, p, l, col)
    }

    fn confidence(&mut self, r: &LongRow<'_, '_>, id: &str) -> Option<Confidence> {
        let (text, col) = r.get("confidence");
        match read_confidence(&text) {
            Ok(c) => c,
            Err(()) => {
                let (p, l, col) = r.at("confidence", col);
                let args = [("value", text.as_str().into()), ("source", "csv".into())];
                self.problems.push(i18n::within(
                    say("assessment.invalid_confidence", p, l, col, &args),
                    "context-id",
                    &[("id", id.into())],
                ));
                None
            }
        }
    }

    fn target(&mut self, r: &LongRow<'_, '_>, id: &str) -> Option<u32> {
        let (text, col) = r.get("target");
        match read_target(&text) {
            Ok(t) => t,
            Err(e) => {
                let (p, l, col) = r.at("target", col);
                self.problems.push(i18n::within(
                    say("assessment.invalid_target", p, l, col, &cell_args(&e)),
                    "context-id",
                    &[("id", id.into())],
                ));
                None
            }
        }
    }
}

impl Framework {
    pub(super) fn read_long(&self, head: &Row, data: &[Row]) -> Result<CsvDocument, Error> {
        let (col_of, problems) = long_columns(head);
        let mut r = LongReader {
            fw: self,
            col_of,
            a: Assessment::default(),
            meta: vec![None; CSV_METADATA_COLUMNS.len()],
            labels: Vec::new(),
            cells: Vec::new(),
            rows_of: HashMap::new(),
            problems,
        };
        for (index, row) in data.iter().enumerate() {
            r.row(index, row);
        }
        let LongReader {
            mut a,
            meta,
            labels,
            cells,
            problems,
            ..
        } = r;
        apply_meta(&mut a, &meta, &labels, self);
        if problems.iter().any(|d| d.path.starts_with("/header")) {
            return Err(Error::Assessment(problems));
        }
        let record = CsvRecord {
            row: 0,
            line: head.line,
            assessment: if problems.is_empty() {
                Ok(a)
            } else {
                Err(Error::Assessment(problems))
            },
            cells,
            whole: (String::new(), None),
        };
        Ok(CsvDocument {
            layout: CsvLayout::Long,
            records: vec![record],
        })
    }
}
