//! An XLSForm of a framework (the form format of ODK and KoboToolbox), as a model independent
//! of any file format: its three sheets, `survey`, `choices` and `settings`, as rows of text
//! cells. With the `xlsx` feature, `XlsForm::to_xlsx` writes the workbook.
//!
//! Names are derived from the framework's ids (`inst.info.routine_data` →
//! `inst_info_routine_data`, its evidence `inst_info_routine_data__evidence`) and unique across
//! the whole form whatever the case; [`Framework::form_field`] maps them back.

pub use crate::model::form_names::{FormField, FormFieldKind};
pub use crate::render::xlsform_units::FormUnit;

use crate::error::Error;
use crate::i18n::{self, Arg};
use crate::model::compiled::Framework;
use crate::model::form_names::base_name;
use crate::model::framework::{Indicator, Node, NodeContent, UnitKind, OWNER_FACET};
use crate::model::text::Text;
use schemars::JsonSchema;
use serde::Serialize;

/// What goes into a form besides the framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormOptions {
    /// The units to choose from ([`FormUnit::read_csv`]); when empty, the unit's id, name and
    /// kind are asked instead.
    pub units: Vec<FormUnit>,
    /// The form's revision within the framework version (from 1): a fixed form gets a new
    /// revision without a new framework release. The form's version is
    /// `<framework version>.<revision>`.
    pub revision: u32,
    /// Whether each indicator has an (optional) confidence question.
    pub confidence: bool,
    /// The periods to choose from (`2026`, `2026-Q3`); when empty, the period is typed in and
    /// must be a year or a quarter (`YYYY` or `YYYY-Qn`).
    pub periods: Vec<String>,
    /// The language the form opens in (`settings` `default_language`), a language of the
    /// framework (`fr`; `pt` finds `pt-PT`); English when empty or not one of them.
    pub default_language: String,
}

impl Default for FormOptions {
    fn default() -> Self {
        FormOptions {
            units: Vec::new(),
            revision: 1,
            confidence: true,
            periods: Vec::new(),
            default_language: String::new(),
        }
    }
}

/// One sheet of an XLSForm: a header and rows of text cells (empty for a blank cell).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FormSheet {
    /// `survey`, `choices` or `settings`.
    pub name: String,
    /// The column names, e.g. `type`, `name`, `label::English (en)`.
    pub columns: Vec<String>,
    /// The rows, each with one cell per column.
    pub rows: Vec<Vec<String>>,
}

impl FormSheet {
    fn new(name: &str, columns: Vec<String>) -> FormSheet {
        FormSheet {
            name: name.to_owned(),
            columns,
            rows: Vec::new(),
        }
    }

    /// The cell of `row` (from 0) in the column `column`, if both exist.
    ///
    /// ```
    /// let form = lhs_maturity::Framework::builtin().xlsform(&Default::default()).unwrap();
    /// assert_eq!(form.settings.cell(0, "form_id"), Some("lhs-2021"));
    /// ```
    pub fn cell(&self, row: usize, column: &str) -> Option<&str> {
        let c = self.columns.iter().position(|x| x == column)?;
        self.rows.get(row)?.get(c).map(String::as_str)
    }
}

/// An XLSForm: the `survey`, `choices` and `settings` sheets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct XlsForm {
    /// The questions, groups and calculated fields.
    pub survey: FormSheet,
    /// The choice lists of the select questions.
    pub choices: FormSheet,
    /// The form's id, title, version and default language.
    pub settings: FormSheet,
}

/// The form's languages: (code, column suffix such as `Français (fr)`).
struct Langs(Vec<(String, String)>);

impl Langs {
    /// The framework's languages. The code in a column name is the language's primary subtag
    /// (`Português (pt)` for `pt-PT`) unless two languages share it: pyxform warns about any
    /// code that is not a single IANA subtag.
    fn of(fw: &Framework) -> Langs {
        let languages = &fw.spec().languages;
        let primary = |code: &str| code.split('-').next().unwrap_or(code).to_owned();
        let shared = |code: &str| {
            languages
                .iter()
                .filter(|l| primary(&l.code) == primary(code))
                .count()
                > 1
        };
        let mut v: Vec<(String, String)> = languages
            .iter()
            .map(|l| {
                let tag = if shared(&l.code) {
                    l.code.clone()
                } else {
                    primary(&l.code)
                };
                (l.code.clone(), format!("{} ({tag})", l.name))
            })
            .collect();
        if !v.iter().any(|(c, _)| c == "en") {
            v.insert(0, ("en".to_owned(), "English (en)".to_owned()));
        }
        Langs(v)
    }

    /// The columns `<base>::<language>` for every language.
    fn columns(&self, base: &str) -> Vec<String> {
        self.0.iter().map(|(_, s)| format!("{base}::{s}")).collect()
    }

    /// One cell per language.
    fn cells(&self, f: impl Fn(&str) -> String) -> Vec<String> {
        self.0.iter().map(|(c, _)| f(c)).collect()
    }

    fn text(&self, t: &Text) -> Vec<String> {
        self.cells(|l| t.get(l).to_owned())
    }

    fn msg(&self, id: &str, args: &[(&str, Arg)]) -> Vec<String> {
        self.cells(|l| i18n::message(l, id, args))
    }
}

/// A row of the survey sheet.
#[derive(Default)]
struct Row {
    kind: String,
    name: String,
    label: Vec<String>,
    hint: Vec<String>,
    required: bool,
    relevant: String,
    constraint: String,
    constraint_message: Vec<String>,
    calculation: String,
}

impl Row {
    fn new(kind: impl Into<String>, name: impl Into<String>, label: Vec<String>) -> Row {
        Row {
            kind: kind.into(),
            name: name.into(),
            label,
            ..Row::default()
        }
    }
}

/// The survey and choices being built.
struct Builder<'a> {
    fw: &'a Framework,
    langs: Langs,
    options: &'a FormOptions,
    rows: Vec<Row>,
    /// Choice rows: list name, name, labels, kind, org unit, unit name.
    choices: Vec<[String; 5]>,
    choice_labels: Vec<Vec<String>>,
}

impl Builder<'_> {
    fn choice(&mut self, list: &str, name: &str, label: Vec<String>) {
        self.choices.push([
            list.to_owned(),
            name.to_owned(),
            String::new(),
            String::new(),
            String::new(),
        ]);
        self.choice_labels.push(label);
    }

    fn calculate(&mut self, name: &str, value: &str) {
        let mut r = Row::new("calculate", name, Vec::new());
        r.calculation = format!("'{}'", value.replace('\'', ""));
        self.rows.push(r);
    }

    /// The metadata: framework and revision, unit, period, respondent role.
    fn metadata(&mut self) {
        let fw = self.fw;
        self.calculate("framework_id", fw.id());
        self.calculate("framework_version", fw.version());
        self.calculate("form_revision", &self.options.revision.to_string());
        if self.options.units.is_empty() {
            self.free_unit();
        } else {
            self.unit_list();
        }
        self.period();
        let owner = fw.spec().facets.iter().find(|f| f.id == OWNER_FACET);
        let label = self.langs.msg("template-form-role", &[]);
        match owner {
            Some(f) => {
                self.rows
                    .push(Row::new("select_one roles", "respondent_role", label));
                for v in &f.values {
                    let l = self.langs.text(&v.name);
                    self.choice("roles", &v.id, l);
                }
            }
            None => self.rows.push(Row::new("text", "respondent_role", label)),
        }
    }

    /// The period: chosen from [`FormOptions::periods`], else typed in as a year or a quarter.
    fn period(&mut self) {
        let label = self.langs.msg("template-form-period", &[]);
        let mut period = if self.options.periods.is_empty() {
            let mut p = Row::new("text", "period", label);
            p.hint = self.langs.msg("template-form-period-hint", &[]);
            p.constraint = PERIOD_CONSTRAINT.to_owned();
            p.constraint_message = self.langs.msg("template-form-period-constraint", &[]);
            p
        } else {
            for p in &self.options.periods {
                let l = self.langs.cells(|_| p.clone());
                self.choice("periods", p, l);
            }
            Row::new("select_one periods", "period", label)
        };
        period.required = true;
        self.rows.push(period);
    }

    /// The unit asked as text: id, name, and the kind from the list of kinds.
    fn free_unit(&mut self) {
        let mut id = Row::new(
            "text",
            "unit_id",
            self.langs.msg("template-form-unit-id", &[]),
        );
        id.required = true;
        self.rows.push(id);
        let name = self.langs.msg("template-form-unit-name", &[]);
        self.rows.push(Row::new("text", "unit_name", name));
        let mut kind = Row::new(
            "select_one unit_kinds",
            "unit_kind",
            self.langs.msg("html-unit-kind", &[]),
        );
        kind.required = true;
        self.rows.push(kind);
        for k in UnitKind::ALL {
            let l = self.langs.msg(
                "report-unit-kind",
                &[("kind", Arg::Text(k.as_str().to_owned()))],
            );
            self.choice("unit_kinds", k.as_str(), l);
        }
    }

    /// The unit chosen from the list; its name, kind and organisation unit are looked up in
    /// the list's secondary instance.
    fn unit_list(&mut self) {
        let mut id = Row::new(
            "select_one units",
            "unit_id",
            self.langs.msg("template-form-unit", &[]),
        );
        id.required = true;
        self.rows.push(id);
        for (field, column) in [
            ("unit_name", "unit_name"),
            ("unit_kind", "kind"),
            ("org_unit", "org_unit"),
        ] {
            let mut r = Row::new("calculate", field, Vec::new());
            r.calculation = format!("instance('units')/root/item[name = ${{unit_id}}]/{column}");
            self.rows.push(r);
        }
        for u in &self.options.units {
            self.choices.push([
                "units".to_owned(),
                u.id.clone(),
                u.kind.as_str().to_owned(),
                u.org_unit.clone().unwrap_or_default(),
                u.name.clone(),
            ]);
            self.choice_labels
                .push(self.langs.cells(|_| u.name.clone()));
        }
    }

    /// A group for a node, its sub-nodes' groups and its indicators' questions.
    fn node(&mut self, node: &Node) {
        let name = base_name(&node.id);
        let mut begin = Row::new("begin group", &name, self.langs.text(&node.name));
        begin.relevant = applies_expr(&kinds_below(node));
        self.rows.push(begin);
        match &node.content {
            NodeContent::Children(children) => {
                for c in children {
                    self.node(c);
                }
            }
            NodeContent::Indicators(indicators) => {
                for i in indicators {
                    self.indicator(i);
                }
            }
        }
        self.rows.push(Row::new("end group", "", Vec::new()));
    }

    /// An indicator's rating (one choice list of its own), evidence, confidence and
    /// justification.
    fn indicator(&mut self, ind: &Indicator) {
        let base = base_name(&ind.id);
        let applies = applies_expr(&ind.applies_to.clone().unwrap_or_default());
        let label = self.langs.cells(|l| {
            i18n::message(
                l,
                "template-indicator",
                &[
                    ("name", Arg::Text(ind.label(l).to_owned())),
                    ("statement", Arg::Text(ind.statement.get(l).to_owned())),
                ],
            )
        });
        let mut rating = Row::new(format!("select_one {base}"), &base, label);
        rating.hint = self.langs.cells(|l| hint(ind, l));
        rating.required = true;
        rating.relevant.clone_from(&applies);
        self.rows.push(rating);
        self.levels(ind, &base);
        let mut evidence = Row::new(
            "text",
            format!("{base}__evidence"),
            self.langs.msg("template-form-evidence", &[]),
        );
        evidence.relevant = applies;
        self.rows.push(evidence);
        if self.options.confidence {
            let mut c = Row::new(
                "select_one confidence",
                format!("{base}__confidence"),
                self.langs.msg("template-form-confidence", &[]),
            );
            c.relevant =
                format!("${{{base}}} != '' and ${{{base}}} != 'na' and ${{{base}}} != 'unknown'");
            self.rows.push(c);
        }
        let mut j = Row::new(
            "text",
            format!("{base}__justification"),
            self.langs.msg("template-form-justification", &[]),
        );
        j.relevant = format!("${{{base}}} = 'na'");
        j.required = true;
        self.rows.push(j);
    }

    /// The choices of an indicator's rating: each level with that indicator's descriptor,
    /// then `na` and `unknown`.
    fn levels(&mut self, ind: &Indicator, list: &str) {
        let fw = self.fw;
        for level in &fw.spec().scale.levels {
            let descriptor = fw.descriptor(&ind.id, level.level).cloned();
            let label = self.langs.cells(|l| {
                i18n::message(
                    l,
                    "template-level",
                    &[
                        ("level", Arg::Text(level.level.to_string())),
                        ("name", Arg::Text(level.name.get(l).to_owned())),
                        (
                            "descriptor",
                            Arg::Text(descriptor.as_ref().map_or("", |d| d.get(l)).to_owned()),
                        ),
                    ],
                )
            });
            self.choice(list, &level.level.to_string(), label);
        }
        let na = self.langs.msg("template-form-na", &[]);
        self.choice(list, "na", na);
        let unknown = self.langs.msg("template-form-unknown", &[]);
        self.choice(list, "unknown", unknown);
    }

    fn confidence_choices(&mut self) {
        for c in ["low", "medium", "high"] {
            let l = self.langs.msg(
                "template-form-confidence-level",
                &[("confidence", Arg::Text(c.to_owned()))],
            );
            self.choice("confidence", c, l);
        }
    }
}

/// The constraint of a typed period: a year or a quarter.
const PERIOD_CONSTRAINT: &str = "regex(., '^[0-9]{4}(-Q[1-4])?$')";

/// Whether a period is a year (`2026`) or a quarter (`2026-Q3`).
fn is_period(p: &str) -> bool {
    let (year, rest) = p.split_at_checked(4).unwrap_or(("", ""));
    year.len() == 4
        && year.bytes().all(|c| c.is_ascii_digit())
        && matches!(rest, "" | "-Q1" | "-Q2" | "-Q3" | "-Q4")
}

/// Each period of the list that is not a year or a quarter, or is listed twice:
/// `input.invalid_period` at `/periods/<i>`.
fn check_periods(periods: &[String]) -> Result<(), Error> {
    let mut errors = Vec::new();
    for (i, p) in periods.iter().enumerate() {
        let problem = if !is_period(p) {
            "format"
        } else if periods.iter().take(i).any(|q| q == p) {
            "duplicate"
        } else {
            continue;
        };
        errors.push(i18n::diagnostic(
            crate::error::Severity::Error,
            "input.invalid_period",
            format!("/periods/{i}"),
            &[("problem", problem.into()), ("value", p.as_str().into())],
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Input(errors))
    }
}

/// The hint of an indicator's rating: its guiding question and the evidence to check.
pub(crate) fn hint(ind: &Indicator, lang: &str) -> String {
    let mut parts = Vec::new();
    if let Some(q) = &ind.question {
        parts.push(q.get(lang).to_owned());
    }
    if !ind.evidence.is_empty() {
        let list: Vec<&str> = ind.evidence.iter().map(|e| e.get(lang)).collect();
        parts.push(i18n::message(
            lang,
            "template-form-evidence-list",
            &[("list", Arg::Text(list.join("; ")))],
        ));
    }
    parts.join("\n")
}

/// The unit kinds any indicator below a node applies to (empty: all).
pub(crate) fn kinds_below(node: &Node) -> Vec<UnitKind> {
    let mut kinds = Vec::new();
    let mut all = false;
    collect_kinds(node, &mut kinds, &mut all);
    if all {
        return Vec::new();
    }
    kinds.sort();
    kinds.dedup();
    kinds
}

fn collect_kinds(node: &Node, kinds: &mut Vec<UnitKind>, all: &mut bool) {
    match &node.content {
        NodeContent::Children(c) => c.iter().for_each(|n| collect_kinds(n, kinds, all)),
        NodeContent::Indicators(inds) => {
            for i in inds {
                match &i.applies_to {
                    Some(k) => kinds.extend(k.iter().copied()),
                    None => *all = true,
                }
            }
        }
    }
}

/// The `relevant` expression of something that applies to these unit kinds: empty when it
/// applies to every kind; else the shorter of "one of these" and "none of the others".
fn applies_expr(kinds: &[UnitKind]) -> String {
    let (yes, no): (Vec<UnitKind>, Vec<UnitKind>) =
        UnitKind::ALL.iter().partition(|k| kinds.contains(k));
    if kinds.is_empty() || no.is_empty() {
        return String::new();
    }
    if yes.len() <= no.len() {
        let terms: Vec<String> = yes
            .iter()
            .map(|k| format!("${{unit_kind}} = '{}'", k.as_str()))
            .collect();
        terms.join(" or ")
    } else {
        let terms: Vec<String> = no
            .iter()
            .map(|k| format!("${{unit_kind}} != '{}'", k.as_str()))
            .collect();
        terms.join(" and ")
    }
}

impl Framework {
    /// The XLSForm of this framework: one group per domain and sub-domain; per indicator a
    /// `select_one` of its own choice list (the levels labelled with the indicator's
    /// descriptors, then `na` and `unknown`; its guiding question and evidence list as the
    /// hint), an evidence note, an optional confidence, and a justification required when
    /// `na` is chosen; before them the framework's id and version and the form's revision
    /// (calculated), the unit (from [`FormOptions::units`], else typed), the period (from
    /// [`FormOptions::periods`], else typed as `YYYY` or `YYYY-Qn`) and the respondent's
    /// stakeholder group. An indicator that does not apply
    /// to a kind of unit is hidden (`relevant`) for that kind. Every language of the framework
    /// has its columns (`label::Français (fr)`, `label::Português (pt)` for `pt-PT`), a missing translation falling back to
    /// English cell by cell.
    ///
    /// # Errors
    /// `framework.form_name_collision` when two ids give the same field name (whatever the
    /// case), or an id gives a name the form keeps for itself (`unit_kind`, `meta`...);
    /// `input.invalid_period` at `/periods/<i>` for a period of [`FormOptions::periods`] that
    /// is not `YYYY` or `YYYY-Qn`, or is listed twice.
    ///
    /// ```
    /// use lhs_maturity::{Framework, FormOptions};
    /// let fw = Framework::builtin();
    /// let form = fw.xlsform(&FormOptions::default()).unwrap();
    /// let names: Vec<&str> = (0..form.survey.rows.len()).filter_map(|r| form.survey.cell(r, "name")).collect();
    /// assert!(names.contains(&"inst_info_routine_data"));
    /// assert!(names.contains(&"inst_info_routine_data__evidence"));
    /// assert_eq!(form.settings.cell(0, "version"), Some("2.0.0.1"));
    /// assert!(form.survey.columns.contains(&"label::Français (fr)".to_string()));
    /// ```
    pub fn xlsform(&self, options: &FormOptions) -> Result<XlsForm, Error> {
        check_periods(&options.periods)?;
        self.check_form_names(options.confidence)?;
        let mut b = Builder {
            fw: self,
            langs: Langs::of(self),
            options,
            rows: Vec::new(),
            choices: Vec::new(),
            choice_labels: Vec::new(),
        };
        b.metadata();
        if options.confidence {
            b.confidence_choices();
        }
        for d in &self.spec().domains {
            b.node(d);
        }
        Ok(XlsForm {
            survey: survey_sheet(&b),
            choices: choices_sheet(&b),
            settings: self.settings_sheet(&b.langs, options),
        })
    }

    fn settings_sheet(&self, langs: &Langs, options: &FormOptions) -> FormSheet {
        let mut s = FormSheet::new(
            "settings",
            [
                "form_title",
                "form_id",
                "version",
                "default_language",
                "instance_name",
            ]
            .map(str::to_owned)
            .to_vec(),
        );
        let codes: Vec<&str> = langs.0.iter().map(|(c, _)| c.as_str()).collect();
        let chosen = i18n::negotiate(&options.default_language, &codes).language;
        let default = langs
            .0
            .iter()
            .find(|(c, _)| *c == chosen)
            .or_else(|| langs.0.iter().find(|(c, _)| c == "en"))
            .map(|(_, s)| s.clone())
            .unwrap_or_default();
        s.rows.push(vec![
            format!("{} {}", self.spec().title.en(), self.version()),
            self.id().to_owned(),
            format!("{}.{}", self.version(), options.revision),
            default,
            "concat(${unit_id}, ' ', ${period})".to_owned(),
        ]);
        s
    }
}

fn survey_sheet(b: &Builder) -> FormSheet {
    let mut columns = vec!["type".to_owned(), "name".to_owned()];
    columns.extend(b.langs.columns("label"));
    columns.extend(b.langs.columns("hint"));
    columns.extend(["required", "relevant", "constraint"].map(str::to_owned));
    columns.extend(b.langs.columns("constraint_message"));
    columns.push("calculation".to_owned());
    let n = b.langs.0.len();
    let mut sheet = FormSheet::new("survey", columns);
    for r in &b.rows {
        let mut cells = vec![r.kind.clone(), r.name.clone()];
        let pad = |v: &Vec<String>| {
            let mut v = v.clone();
            v.resize(n, String::new());
            v
        };
        cells.extend(pad(&r.label));
        cells.extend(pad(&r.hint));
        cells.push(if r.required { "yes" } else { "" }.to_owned());
        cells.push(r.relevant.clone());
        cells.push(r.constraint.clone());
        cells.extend(pad(&r.constraint_message));
        cells.push(r.calculation.clone());
        sheet.rows.push(cells);
    }
    sheet
}

fn choices_sheet(b: &Builder) -> FormSheet {
    let mut columns = vec!["list_name".to_owned(), "name".to_owned()];
    columns.extend(b.langs.columns("label"));
    let units = !b.options.units.is_empty();
    if units {
        columns.extend(["kind", "org_unit", "unit_name"].map(str::to_owned));
    }
    let mut sheet = FormSheet::new("choices", columns);
    for (c, labels) in b.choices.iter().zip(&b.choice_labels) {
        let mut cells = vec![c[0].clone(), c[1].clone()];
        cells.extend(labels.iter().cloned());
        if units {
            cells.extend(c[2..].iter().cloned());
        }
        sheet.rows.push(cells);
    }
    sheet
}
