//! `lhs-maturity migrate`: move an assessment to another version of the built-in framework by
//! the migration map, keeping every answer and note.

use crate::lang::{n, t, Lang};
use crate::table::{Cell, Column, Table};
use crate::{emit, emit_human, expand, io, say, term, Failure, IndicatorFormat, INVALID};
use clap::Args;
use lhs_maturity::analysis::{migrate, MigrationMap};
use lhs_maturity::{Assessment, FormOptions, FormUnit, Framework};
use std::path::PathBuf;

#[derive(Args)]
pub(crate) struct MigrateArgs {
    /// The assessment to migrate (JSON)
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The version to migrate to (default: the latest built-in version)
    #[arg(long, value_name = "VERSION")]
    to: Option<String>,
    /// Write the migrated assessment to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub(crate) fn run(a: MigrateArgs, lang: Lang) -> Result<u8, Failure> {
    let file = a.file.display().to_string();
    let doc = |e: lhs_maturity::Error| Failure::Document(file.clone(), e);
    let text = io::read_text(&a.file, lang).map_err(doc)?;
    let assessment = Assessment::from_json(&text).map_err(doc)?;
    let to = match &a.to {
        Some(v) => Framework::builtin_version(v).map_err(doc)?,
        None => Framework::builtin(),
    };
    let map = MigrationMap::builtin_for(&assessment, to.version()).map_err(doc)?;
    let m = migrate(&assessment, &map, &to).map_err(doc)?;
    let mut out = serde_json::to_string_pretty(&m.assessment).unwrap_or_default();
    out.push('\n');
    emit(a.output.as_deref(), &out, lang)?;
    let classes: Vec<String> = m
        .classes
        .iter()
        .map(|(c, k)| {
            lang.t(
                "cli-migrate-class",
                &[("n", n(*k)), ("class", t(c.as_str()))],
            )
        })
        .collect();
    say(&lang.t(
        "cli-migrate-summary",
        &[
            ("file", t(&file)),
            ("from", t(&map.from)),
            ("to", t(&map.to)),
            ("carried", n(m.carried)),
            ("proposed", n(m.proposed)),
            ("unmapped", n(m.unmapped)),
            ("classes", t(classes.join(", "))),
        ],
    ));
    if m.proposed > 0 {
        say(&format!("  {}", lang.t("cli-migrate-proposed-hint", &[])));
    }
    Ok(0)
}

#[derive(Args)]
pub(crate) struct CvArgs {
    /// Filled relevance forms (CSV), or directories of them
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Write the blank relevance form instead
    #[arg(long)]
    form: bool,
    /// `table`, `csv` or `json`
    #[arg(long, value_enum, default_value = "table")]
    format: IndicatorFormat,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Prints the diagnostics of an input of `content-validity`: `FILE: error[code]…`.
fn print_problems(shown: &str, e: &lhs_maturity::Error, lang: Lang) {
    for d in e.details() {
        say(&format!(
            "{shown}: {}",
            term::diagnostic_parts(d, None, lang).head
        ));
    }
    if e.details().is_empty() {
        say(&format!("{shown}: {e}"));
    }
}

pub(crate) fn content_validity(fw: &Framework, a: CvArgs, lang: Lang) -> Result<u8, Failure> {
    if a.form {
        emit(a.output.as_deref(), &fw.relevance_form_csv(), lang)?;
        return Ok(0);
    }
    if a.files.is_empty() {
        return Err(Failure::Message(
            lang.t("cli-error-cv-no-forms", &[]),
            Some(lang.t("cli-help-cv-form", &[])),
        ));
    }
    let mut ratings = Vec::new();
    let mut failed = false;
    for item in expand(&a.files, lang) {
        let path = match item {
            Ok(p) => p,
            Err((shown, e)) => {
                print_problems(&shown, &e, lang);
                failed = true;
                continue;
            }
        };
        let shown = path.display().to_string();
        let expert = path
            .file_stem()
            .map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
        match io::read_text(&path, lang).and_then(|t| fw.read_relevance_csv(&t, &expert)) {
            Ok(r) => ratings.extend(r),
            Err(e) => {
                print_problems(&shown, &e, lang);
                failed = true;
            }
        }
    }
    if failed {
        return Ok(INVALID);
    }
    let cv = fw
        .content_validity(&ratings)
        .map_err(|e| Failure::Document("ratings".to_owned(), e))?;
    let text = match a.format {
        IndicatorFormat::Json => crate::analysis::json_text(&cv),
        IndicatorFormat::Csv => {
            let head = "indicator,name,experts,relevant,i_cvi,kappa,interpretation";
            let mut csv = lhs_maturity::CsvOut::new(&head.split(',').collect::<Vec<_>>());
            for i in &cv.items {
                csv.texts([&*i.id, &i.name])
                    .value(i.experts)
                    .value(i.relevant);
                csv.num(i.i_cvi).num(i.kappa).raw(&i.interpretation).end();
            }
            csv.finish()
        }
        IndicatorFormat::Table => {
            emit_human(a.output.as_deref(), &cv_table(&cv, lang), lang)?;
            return Ok(0);
        }
    };
    emit(a.output.as_deref(), &text, lang)?;
    Ok(0)
}

fn cv_table(cv: &lhs_maturity::analysis::ContentValidity, lang: Lang) -> String {
    let col = |id: &str| lang.t(id, &[]);
    let mut table = Table::new(vec![
        Column::left(col("cli-cv-column-indicator")),
        Column::right(col("cli-cv-column-experts")),
        Column::right(col("cli-cv-column-icvi")),
        Column::right(col("cli-cv-column-kappa")),
        Column::left(col("cli-cv-column-interpretation")),
    ]);
    for i in &cv.items {
        // `too few experts` → `too_few_experts`: a variant of the message.
        let key = i.interpretation.replace(' ', "_");
        table.row(vec![
            Cell::raw(&i.id),
            Cell::raw(lang.count(i.experts as usize)),
            Cell::raw(lang.num(i.i_cvi)),
            Cell::raw(lang.num(i.kappa)),
            Cell::new(lang.t("cli-cv-interpretation", &[("value", t(key))])),
        ]);
    }
    let mut s = table.terminal();
    s.push('\n');
    s.push_str(&lang.t(
        "cli-cv-summary",
        &[
            ("experts", n(cv.experts as usize)),
            ("average", t(lang.num(cv.s_cvi_ave))),
            ("universal", t(lang.num(cv.s_cvi_ua))),
        ],
    ));
    s.push('\n');
    s
}

#[derive(Args)]
pub(crate) struct ExportArgs {
    /// The layout: `long`, or `xlsform` (the framework's form for ODK and KoboToolbox)
    #[arg(value_enum)]
    layout: ExportLayout,
    /// Assessments (JSON, or CSV: a wide CSV gives one assessment per row) or directories of
    /// them; for `long`, `fhir-response` and `dhis2`
    #[arg(required_if_eq("layout", "long"), value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Write to this file instead of standard output (required for `xlsform`: an .xlsx file)
    #[arg(short, long, value_name = "FILE", required_if_eq("layout", "xlsform"))]
    output: Option<PathBuf>,
    /// For `xlsform` and `fhir-questionnaire`: the units to choose from, a CSV file with the
    /// columns id, name, kind and optionally org_unit (a DHIS2 organisation unit); without it
    /// the unit is typed in
    #[arg(long, value_name = "FILE")]
    units: Option<PathBuf>,
    /// For `xlsform` and `fhir-questionnaire`: the form's revision within the framework version
    /// (the form version is `<framework version>.<revision>`); raise it when the form changes
    /// without a new framework
    #[arg(long, value_name = "N", default_value_t = 1)]
    form_revision: u32,
    /// For `xlsform`: the periods to choose from, each a year or a quarter (`--period 2026-Q3
    /// --period 2026-Q4`, or `--period 2026-Q3,2026-Q4`); without it the period is typed in
    #[arg(long = "period", value_name = "PERIOD", value_delimiter = ',')]
    periods: Vec<String>,
    /// For `xlsform`: leave out the question of how sure the respondent is of each rating (the
    /// form opens in the `--lang` language, every language of the framework in it)
    #[arg(long)]
    no_confidence: bool,
    #[command(flatten)]
    dhis2: crate::dhis2::Dhis2Args,
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq)]
pub(crate) enum ExportLayout {
    /// One row per unit, rater and indicator, with the level
    Long,
    /// The framework as an XLSForm workbook (.xlsx) for ODK Central and KoboToolbox
    Xlsform,
    /// The framework as a FHIR R4 Questionnaire (SDC) in the --lang language; with -o a
    /// directory, one per language and the CodeSystem of the levels
    FhirQuestionnaire,
    /// Assessments as FHIR R4 QuestionnaireResponses to that Questionnaire
    FhirResponse,
    /// Scores of reports or assessments as a DHIS2 dataValueSet (JSON or CSV), by --mapping
    Dhis2,
    /// The framework's DHIS2 metadata package (data elements, data set, option set of levels)
    Dhis2Metadata,
    /// The mapping of the framework to DHIS2 (data elements, and org units from --units)
    Dhis2Mapping,
}

pub(crate) fn export(
    fw: &Framework,
    a: ExportArgs,
    lang: Lang,
    unknown: lhs_maturity::UnknownRule,
) -> Result<u8, Failure> {
    let form_option = [
        (a.form_revision != 1, "--form-revision"),
        (!a.periods.is_empty(), "--period"),
        (a.no_confidence, "--no-confidence"),
    ];
    let to_dhis2 = crate::dhis2::Export {
        layout: a.layout,
        files: &a.files,
        output: a.output.as_deref(),
        units: a.units.as_deref(),
        form_option: form_option.into_iter().find_map(|(g, o)| g.then_some(o)),
        unknown,
    };
    if let Some(r) = crate::dhis2::export(fw, &a.dhis2, &to_dhis2, lang) {
        return r;
    }
    if a.layout == ExportLayout::Xlsform {
        return xlsform(fw, &a, lang);
    }
    if let Some(r) = fhir(fw, &a, lang) {
        return r;
    }
    if a.units.is_some() || a.form_revision != 1 || !a.periods.is_empty() || a.no_confidence {
        let option = if a.units.is_some() {
            "--units"
        } else if a.form_revision != 1 {
            "--form-revision"
        } else if a.no_confidence {
            "--no-confidence"
        } else {
            "--period"
        };
        return Err(Failure::Message(
            lang.t("cli-error-xlsform-option", &[("option", t(option))]),
            None,
        ));
    }
    // The assessments as the analyses read them: JSON or CSV, every failure reported.
    let (_, assessments) = crate::analysis::assessments(fw, &a.files, lang)?;
    emit(a.output.as_deref(), &fw.long_csv(&assessments), lang)?;
    Ok(0)
}

/// `export xlsform`: the form of the framework, with the units list if given, written
/// atomically to `-o`.
fn xlsform(fw: &Framework, a: &ExportArgs, lang: Lang) -> Result<u8, Failure> {
    if !a.files.is_empty() {
        return Err(Failure::Message(
            lang.t("cli-error-xlsform-files", &[]),
            None,
        ));
    }
    let mut options = FormOptions {
        revision: a.form_revision,
        periods: a.periods.iter().map(|p| p.trim().to_owned()).collect(),
        confidence: !a.no_confidence,
        default_language: lang.code().to_owned(),
        ..FormOptions::default()
    };
    if let Some(p) = &a.units {
        let shown = p.display().to_string();
        let text = io::read_text(p, lang).map_err(|e| Failure::Document(shown.clone(), e))?;
        options.units = FormUnit::read_csv(&text).map_err(|e| Failure::Document(shown, e))?;
    }
    let framework = format!("{} {}", fw.id(), fw.version());
    let form = fw
        .xlsform(&options)
        .and_then(|f| f.to_xlsx())
        .map_err(|e| Failure::Document(framework, e))?;
    let Some(out) = &a.output else {
        return Ok(0);
    };
    io::write_atomic(out, &form, lang)
        .map_err(|m| Failure::Message(m, Some(lang.t("cli-help-writable", &[]))))?;
    say(&lang.t(
        "cli-xlsform-written",
        &[
            ("framework", t(fw.id())),
            ("version", t(fw.version())),
            ("revision", n(a.form_revision as usize)),
            ("n", n(fw.indicator_count())),
            ("units", n(options.units.len())),
            ("file", t(out.display())),
        ],
    ));
    Ok(0)
}

/// `export fhir-questionnaire` and `export fhir-response` (`crate::fhir`); `None` for the
/// other layouts. `--period` and `--no-confidence` are the XLSForm's; `--units` and
/// `--form-revision` the Questionnaire's too.
fn fhir(fw: &Framework, a: &ExportArgs, lang: Lang) -> Option<Result<u8, Failure>> {
    let option = |name: &str, id: &str| {
        Some(Err(Failure::Message(
            lang.t(id, &[("option", t(name))]),
            None,
        )))
    };
    let xlsform_only = if a.no_confidence {
        Some("--no-confidence")
    } else {
        (!a.periods.is_empty()).then_some("--period")
    };
    match a.layout {
        ExportLayout::FhirQuestionnaire => {
            if let Some(o) = xlsform_only {
                return option(o, "cli-error-xlsform-option");
            }
            let units = a.units.as_deref();
            let output = a.output.as_deref();
            Some(crate::fhir::questionnaire(
                fw,
                &a.files,
                output,
                units,
                a.form_revision,
                lang,
            ))
        }
        ExportLayout::FhirResponse => {
            if let Some(o) = xlsform_only {
                return option(o, "cli-error-xlsform-option");
            }
            if a.units.is_some() || a.form_revision != 1 {
                let o = if a.units.is_some() {
                    "--units"
                } else {
                    "--form-revision"
                };
                return option(o, "cli-error-fhir-option");
            }
            Some(crate::fhir::response(
                fw,
                &a.files,
                a.output.as_deref(),
                lang,
            ))
        }
        _ => None,
    }
}
