//! Blank assessments of a framework, ready to fill: as JSON (each indicator with its statement
//! and level descriptors as `$`-annotations, which readers keep and do not warn about) and as a
//! one-row-per-indicator CSV for spreadsheets (the long layout of [`crate::Framework::read_csv`]).
//!
//! Each comes in a language (`…_with`): the framework's texts in it (falling back to English),
//! the notes and instructions from the message catalog. Field and column names stay the machine
//! names, in English, so that every language's template reads back the same way.

use crate::model::compiled::{CIndicator, Framework};
use crate::model::framework::UnitKind;
use crate::read::csv::{guarded, CSV_METADATA_COLUMNS};
use crate::render::words::{Words, V};
use serde_json::{json, Map, Value};

/// Quotes a CSV field as [`CsvOut`] does: when it holds a comma, semicolon, quote or line
/// break (RFC 4180; a semicolon too, for spreadsheets whose list separator it is).
///
/// ```
/// assert_eq!(lhs_maturity::csv_field("plain"), "plain");
/// assert_eq!(lhs_maturity::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
/// assert_eq!(lhs_maturity::csv_field("a; b"), "\"a; b\"");
/// assert_eq!(lhs_maturity::csv_field("a\nb"), "\"a\nb\"");
/// assert_eq!(lhs_maturity::csv_field("a\tb"), "a\tb"); // RFC 4180 needs no quotes for a tab
/// assert_eq!(lhs_maturity::csv_field(""), "");
/// ```
pub fn csv_field(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut csv = CsvOut::rows();
    csv.raw(text).end();
    let mut out = csv.finish();
    out.truncate(out.trim_end_matches('\n').len());
    out
}

/// A CSV table written through the `csv` crate, a row at a time: `,`-separated, fields quoted
/// when they hold a comma, semicolon, quote or line break, lines ended by `\n` (or `\r\n`).
/// Text cells ([`CsvOut::text`]) cannot start a spreadsheet formula: one that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (OWASP's advice), and so
/// does one that starts with `'` before such a character, so that the library's CSV readers,
/// which take that `'` away again, give back the text as it was.
///
/// ```
/// let mut csv = lhs_maturity::CsvOut::new(&["name", "score"]);
/// csv.text("=1+1").num(Some(-0.5)).end();
/// csv.text("a, b").num(None).end();
/// assert_eq!(csv.finish(), "name,score\n'=1+1,-0.5\n\"a, b\",\n");
/// ```
pub struct CsvOut {
    writer: csv::Writer<Vec<u8>>,
    row: Vec<String>,
}

impl CsvOut {
    /// An empty table, its lines ended by `\n`.
    pub fn rows() -> CsvOut {
        CsvOut::with(csv::Terminator::Any(b'\n'))
    }

    /// A table with this header.
    pub fn new(header: &[&str]) -> CsvOut {
        let mut csv = CsvOut::rows();
        header.iter().for_each(|h| {
            csv.raw(h);
        });
        csv.end();
        csv
    }

    /// An empty table, its lines ended by `\r\n` (the templates, for spreadsheets).
    pub fn crlf() -> CsvOut {
        CsvOut::with(csv::Terminator::CRLF)
    }

    fn with(terminator: csv::Terminator) -> CsvOut {
        let writer = csv::WriterBuilder::new()
            .terminator(terminator)
            .quote_style(csv::QuoteStyle::Necessary)
            // The writer quotes a field holding its comment character anywhere in it: so it
            // quotes a `;`, where spreadsheets of many languages split a line.
            .comment(Some(b';'))
            .from_writer(Vec::new());
        CsvOut {
            writer,
            row: Vec::new(),
        }
    }

    /// A text cell (names, periods, messages): guarded against formulas, quoted as needed.
    pub fn text(&mut self, text: &str) -> &mut CsvOut {
        if guarded(text) {
            self.row.push(format!("'{text}"));
        } else {
            self.row.push(text.to_owned());
        }
        self
    }

    /// Text cells, one after the other.
    pub fn texts<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> &mut CsvOut {
        cells.into_iter().for_each(|c| {
            self.text(c);
        });
        self
    }

    /// A cell written as it is (ids, header names, numbers), quoted as needed.
    pub fn raw(&mut self, text: &str) -> &mut CsvOut {
        self.row.push(text.to_owned());
        self
    }

    /// A number or a flag as Rust writes it.
    pub fn value(&mut self, v: impl std::fmt::Display) -> &mut CsvOut {
        self.raw(&v.to_string())
    }

    /// A number as computed (shortest exact form), empty when absent.
    pub fn num(&mut self, v: Option<f64>) -> &mut CsvOut {
        self.raw(&v.map_or_else(String::new, |x| x.to_string()))
    }

    /// Ends the row.
    pub fn end(&mut self) {
        let _ = self.writer.write_record(&self.row);
        self.row.clear();
    }

    /// The text of the table.
    pub fn finish(self) -> String {
        let bytes = self.writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

impl Framework {
    /// A blank assessment of this framework as a JSON value: the framework reference, empty
    /// unit, period and respondent, and one answer per indicator with `"level": null` and an
    /// empty `evidence`, annotated with the indicator's statement (`$comment`), its guiding
    /// question (`$question`), what to check (`$evidence`), the descriptor of each level
    /// (`$levels`), its elements (`$elements`) and the glossary terms it uses (`$glossary`).
    /// Filled in and read back, the annotations are kept and raise no warning.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let t = fw.template_value();
    /// assert_eq!(t["framework"]["id"], "lhs-2021");
    /// let answers = t["answers"].as_object().unwrap();
    /// assert_eq!(answers.len(), fw.indicator_count());
    /// assert!(answers["inst.info.routine_data"]["$comment"].as_str().unwrap().len() > 20);
    /// assert!(answers["inst.info.routine_data"]["level"].is_null());
    /// ```
    pub fn template_value(&self) -> Value {
        self.template_value_for(None)
    }

    /// [`Framework::template_value`] for a unit of one kind: `unit.kind` filled in, only the
    /// indicators that apply to that kind, in the wording adapted to it.
    ///
    /// ```
    /// use lhs_maturity::{Framework, UnitKind};
    /// let fw = Framework::builtin();
    /// let t = fw.template_value_for(Some(UnitKind::Facility));
    /// assert_eq!(t["unit"]["kind"], "facility");
    /// let n = fw.indicators_for(Some(UnitKind::Facility)).iter()
    ///     .filter(|i| i.applies_to.contains(&UnitKind::Facility)).count();
    /// assert_eq!(t["answers"].as_object().unwrap().len(), n);
    /// ```
    pub fn template_value_for(&self, kind: Option<UnitKind>) -> Value {
        self.template_value_with(kind, "en")
    }

    /// [`Framework::template_value_for`] in a language: the framework's texts in `lang`
    /// (falling back to English), the instructions from the message catalog, and `"language"`
    /// set to `lang`, the language the answers are expected in.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let t = fw.template_value_with(None, "fr");
    /// assert_eq!(t["language"], "fr");
    /// let note = t["answers"]["inst.info.routine_data"]["$comment"].as_str().unwrap();
    /// let name = fw.indicator("inst.info.routine_data").unwrap().label("fr").to_owned();
    /// assert!(note.starts_with(&name));
    /// // Read back, a template of any language is a valid assessment.
    /// assert!(fw.validate_json(&t.to_string()).iter().all(|d| !d.is_error()));
    /// ```
    pub fn template_value_with(&self, kind: Option<UnitKind>, lang: &str) -> Value {
        let w = Words::plain(lang);
        let mut answers = Map::new();
        for ind in self.0.indicators.iter().filter(|i| i.applies_to(kind)) {
            answers.insert(
                ind.spec.id.clone(),
                Value::Object(self.template_answer(ind, kind, &w)),
            );
        }
        let na = if self.0.uses_applicability {
            w.t("template-na-applies")
        } else {
            w.t("template-na-justify")
        };
        let comment = w.msg(
            "template-comment",
            &[
                ("id", V::Text(self.id())),
                ("version", V::Text(self.version())),
                ("top", V::Count(self.max_level().into())),
                ("na", V::Text(&na)),
                (
                    "example",
                    V::Text("\"elements\": {\"L1a\": true, \"L2a\": false}"),
                ),
            ],
        );
        json!({
            "$schema": "https://lhs-maturity.org/schema/assessment.schema.json",
            "$comment": comment,
            "framework": {"id": self.id(), "version": self.version()},
            "language": lang,
            "unit": {"id": "", "name": "", "kind": kind.map_or("", UnitKind::as_str)},
            "period": "",
            "respondent": {"id": "", "role": ""},
            "answers": Value::Object(answers),
        })
    }

    fn template_answer(
        &self,
        ind: &CIndicator,
        kind: Option<UnitKind>,
        w: &Words,
    ) -> Map<String, Value> {
        let lang = w.lang;
        let spec = &ind.spec;
        let adapted = kind.and_then(|k| spec.adapted.get(&k));
        let levels = &self.spec().scale.levels;
        let descriptors: Vec<Value> = ind
            .descriptors
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let name = levels.get(i).map_or("", |l| l.name.get(lang));
                Value::from(w.msg(
                    "template-level",
                    &[
                        ("level", V::Count(i as u64)),
                        ("name", V::Text(name)),
                        ("descriptor", V::Text(t.get(lang))),
                    ],
                ))
            })
            .collect();
        let statement = adapted
            .and_then(|a| a.statement.as_ref())
            .unwrap_or(&spec.statement);
        let name = adapted
            .and_then(|a| a.name.as_ref())
            .map_or_else(|| spec.label(lang), |n| n.get(lang));
        let mut a = Map::new();
        a.insert(
            "$comment".to_owned(),
            Value::from(w.msg(
                "template-indicator",
                &[
                    ("name", V::Text(name)),
                    ("statement", V::Text(statement.get(lang))),
                ],
            )),
        );
        if let Some(q) = adapted
            .and_then(|a| a.question.as_ref())
            .or(spec.question.as_ref())
        {
            a.insert("$question".to_owned(), Value::from(q.get(lang)));
        }
        if !spec.evidence.is_empty() {
            let ev: Vec<Value> = spec
                .evidence
                .iter()
                .map(|e| Value::from(e.get(lang)))
                .collect();
            a.insert("$evidence".to_owned(), Value::from(ev));
        }
        a.insert("level".to_owned(), Value::Null);
        a.insert("evidence".to_owned(), Value::from(""));
        a.insert("$levels".to_owned(), Value::from(descriptors));
        let elements: Map<String, Value> = spec
            .levels
            .iter()
            .flat_map(|l| l.elements.iter())
            .map(|e| (e.id.clone(), Value::from(e.text.get(lang))))
            .collect();
        if !elements.is_empty() {
            a.insert("$elements".to_owned(), Value::Object(elements));
        }
        let glossary: Map<String, Value> = spec
            .terms
            .iter()
            .filter_map(|t| self.spec().glossary.iter().find(|g| &g.id == t))
            .map(|g| {
                (
                    g.term.get(lang).to_owned(),
                    Value::from(g.definition.get(lang)),
                )
            })
            .collect();
        if !glossary.is_empty() {
            a.insert("$glossary".to_owned(), Value::Object(glossary));
        }
        a
    }

    /// [`Framework::template_value`] as pretty-printed JSON text.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let text = fw.template_json();
    /// // A filled-in template reads back without warnings about its notes.
    /// let filled = text.replacen("\"level\": null", "\"level\": 2", 1);
    /// let diags = fw.validate_json(&filled);
    /// assert!(diags.iter().all(|d| d.code != "assessment.unknown_field"));
    /// assert!(diags.iter().all(|d| !d.is_error()));
    /// ```
    pub fn template_json(&self) -> String {
        self.template_json_with(None, "en")
    }

    /// [`Framework::template_value_with`] as pretty-printed JSON text.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let text = fw.template_json_with(Some(lhs_maturity::UnitKind::District), "ar");
    /// assert!(text.contains("\"language\": \"ar\""));
    /// assert!(fw.validate_json(&text).iter().all(|d| !d.is_error()));
    /// ```
    pub fn template_json_with(&self, kind: Option<UnitKind>, lang: &str) -> String {
        let v = self.template_value_with(kind, lang);
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    }

    /// A blank assessment as CSV, one row per indicator (the long layout that
    /// [`Framework::read_csv`] reads): the columns `id`, `name`, `answer`, `evidence`,
    /// `justification`, `confidence`, `target`, then for reading `statement`, `question`,
    /// `evidence_to_check` and the descriptor of each level (`level_0`…). The first rows are the
    /// metadata (`unit_name`, `period`…), with the value in `answer`. The text starts with a byte
    /// order mark so that spreadsheet programs open it as UTF-8.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let csv = fw.template_csv();
    /// assert!(csv.starts_with("\u{feff}id,name,answer,evidence,justification,confidence,target,statement,question,evidence_to_check,level_0,"));
    /// assert!(csv.lines().any(|l| l.starts_with("inst.info.routine_data,")));
    /// // Read back blank, it is a valid assessment with nothing answered.
    /// let doc = fw.read_csv(&csv).unwrap();
    /// let a = doc.records[0].assessment.as_ref().unwrap();
    /// assert!(a.answers.is_empty());
    /// assert_eq!(a.framework.as_ref().unwrap().id, "lhs-2021");
    /// ```
    pub fn template_csv(&self) -> String {
        self.template_csv_for(None)
    }

    /// [`Framework::template_csv`] for a unit of one kind: `unit_kind` filled in and only the
    /// indicators that apply to it, in the wording adapted to it.
    ///
    /// ```
    /// use lhs_maturity::{Framework, UnitKind};
    /// let fw = Framework::builtin();
    /// let csv = fw.template_csv_for(Some(UnitKind::Facility));
    /// assert!(csv.lines().any(|l| l.starts_with("unit_kind,unit kind,facility,")));
    /// assert!(!csv.contains("\ninst.info.hta_priority_setting,"));
    /// ```
    pub fn template_csv_for(&self, kind: Option<UnitKind>) -> String {
        self.template_csv_with(kind, "en")
    }

    /// [`Framework::template_csv_for`] in a language: the names, statements, questions and
    /// descriptors in `lang` (falling back to English) and the explanations of the metadata rows
    /// from the message catalog; the column names and the ids in the first column stay as the
    /// reader expects them.
    ///
    /// ```
    /// let fw = lhs_maturity::Framework::builtin();
    /// let csv = fw.template_csv_with(None, "es");
    /// assert!(csv.starts_with("\u{feff}id,name,answer,evidence,"));
    /// let name = fw.indicator("inst.info.routine_data").unwrap().label("es").to_owned();
    /// assert!(csv.contains(&format!("\r\ninst.info.routine_data,{name},")));
    /// let doc = fw.read_csv(&csv).unwrap();
    /// assert!(doc.records[0].assessment.as_ref().unwrap().answers.is_empty());
    /// ```
    pub fn template_csv_with(&self, kind: Option<UnitKind>, lang: &str) -> String {
        let w = Words::plain(lang);
        let mut header: Vec<String> = [
            "id",
            "name",
            "answer",
            "evidence",
            "justification",
            "confidence",
            "target",
            "statement",
            "question",
            "evidence_to_check",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        for l in 0..=self.max_level() {
            header.push(format!("level_{l}"));
        }
        let width = header.len();
        let mut csv = CsvOut::crlf();
        let mut line = |fields: Vec<String>| {
            let mut fields = fields;
            fields.resize(width, String::new());
            fields.iter().for_each(|f| {
                csv.text(f);
            });
            csv.end();
        };
        line(header);
        for (key, what) in CSV_METADATA_COLUMNS {
            let value = match *key {
                "framework_id" => self.id().to_owned(),
                "framework_version" => self.version().to_owned(),
                "unit_kind" => kind.map_or("", UnitKind::as_str).to_owned(),
                _ => String::new(),
            };
            let id = format!("template-meta-{}", key.replace('_', "-"));
            let name = w.t_or(&format!("{id}-name"), &key.replace('_', " "));
            let mut fields = vec![(*key).to_owned(), name, value];
            fields.resize(7, String::new());
            fields.push(w.t_or(&id, what));
            line(fields);
        }
        for ind in self.0.indicators.iter().filter(|i| i.applies_to(kind)) {
            line(self.template_csv_row(ind, kind, &w));
        }
        format!("\u{feff}{}", csv.finish())
    }

    /// The fields of one indicator's row of the CSV template.
    fn template_csv_row(&self, ind: &CIndicator, kind: Option<UnitKind>, w: &Words) -> Vec<String> {
        let lang = w.lang;
        let spec = &ind.spec;
        let adapted = kind.and_then(|k| spec.adapted.get(&k));
        let statement = adapted
            .and_then(|a| a.statement.as_ref())
            .unwrap_or(&spec.statement);
        let question = adapted
            .and_then(|a| a.question.as_ref())
            .or(spec.question.as_ref())
            .map_or("", |q| q.get(lang));
        let evidence: Vec<&str> = spec.evidence.iter().map(|e| e.get(lang)).collect();
        let mut fields = vec![spec.id.clone(), spec.label(lang).to_owned()];
        fields.resize(7, String::new());
        fields.push(statement.get(lang).to_owned());
        fields.push(question.to_owned());
        fields.push(evidence.join(" | "));
        let levels = &self.spec().scale.levels;
        for (i, t) in ind.descriptors.iter().enumerate() {
            let name = levels.get(i).map_or("", |l| l.name.get(lang));
            fields.push(w.msg(
                "template-csv-level",
                &[
                    ("name", V::Text(name)),
                    ("descriptor", V::Text(t.get(lang))),
                ],
            ));
        }
        fields
    }
}

#[cfg(test)]
mod tests {
    use crate::Framework;

    #[test]
    fn filled_csv_template_scores() {
        let fw = Framework::builtin();
        let csv = fw
            .template_csv()
            .replace(
                "\r\nunit_name,unit name,,",
                "\r\nunit_name,unit name,Kisumu East,",
            )
            .replace(
                "\r\ninst.info.routine_data,Routine data used in decisions,,,",
                "\r\ninst.info.routine_data,Routine data used in decisions,3,\"Minutes, 2026\",",
            );
        let doc = fw.read_csv(&csv).unwrap();
        let rec = &doc.records[0];
        let a = rec.assessment.as_ref().unwrap();
        assert_eq!(
            a.unit.as_ref().unwrap().name.as_deref(),
            Some("Kisumu East")
        );
        assert_eq!(
            a.answers["inst.info.routine_data"].evidence.as_deref(),
            Some("Minutes, 2026")
        );
        let r = rec
            .score_with(&fw, &crate::ScoreOptions::default())
            .unwrap();
        assert_eq!(r.overall.score, Some(3.0));
    }

    #[test]
    fn blank_json_template_is_valid() {
        let fw = Framework::builtin();
        let diags = fw.validate_json(&fw.template_json());
        assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
        // A blank template says nothing of the unit's kind yet.
        assert!(
            diags
                .iter()
                .all(|d| d.code == "assessment.low_coverage" || d.code == "assessment.no_unit_kind"),
            "{diags:?}"
        );
        for kind in crate::UnitKind::ALL {
            let t = serde_json::to_string(&fw.template_value_for(Some(kind))).unwrap();
            let diags = fw.validate_json(&t);
            assert!(
                diags.iter().all(|d| d.code == "assessment.low_coverage"),
                "{kind:?}: {diags:?}"
            );
        }
    }
}
