//! `lhs-maturity migrate`: move an assessment to another version of the built-in framework by
//! the migration map, keeping every answer and note.

use crate::{emit, expand, io, Failure, INVALID};
use clap::Args;
use lhs_maturity::analysis::{migrate, MigrationMap};
use lhs_maturity::{Assessment, Framework};
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

pub(crate) fn run(a: MigrateArgs) -> Result<u8, Failure> {
    let file = a.file.display().to_string();
    let doc = |e: lhs_maturity::Error| Failure::Document(file.clone(), e);
    let text = io::read_text(&a.file).map_err(doc)?;
    let assessment = Assessment::from_json(&text).map_err(doc)?;
    let to = match &a.to {
        Some(v) => Framework::builtin_version(v).map_err(doc)?,
        None => Framework::builtin(),
    };
    let map = MigrationMap::builtin_for(&assessment, to.version()).map_err(doc)?;
    let m = migrate(&assessment, &map, &to).map_err(doc)?;
    let mut out = serde_json::to_string_pretty(&m.assessment).unwrap_or_default();
    out.push('\n');
    emit(a.output.as_deref(), &out)?;
    let classes: Vec<String> = m
        .classes
        .iter()
        .map(|(c, n)| format!("{n} {}", c.as_str()))
        .collect();
    eprintln!(
        "migrated {file} from {} to {}: {} levels carried over, {} proposed for a rater to confirm, {} answers kept under migration.unmapped ({})",
        map.from,
        map.to,
        m.carried,
        m.proposed,
        m.unmapped,
        classes.join(", ")
    );
    if m.proposed > 0 {
        eprintln!(
            "  the proposed levels are listed under migration.proposed; set each confirmed level as the answer's `level`"
        );
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
    format: CvFormat,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq)]
pub(crate) enum CvFormat {
    Table,
    Csv,
    Json,
}

pub(crate) fn content_validity(fw: &Framework, a: CvArgs) -> Result<u8, Failure> {
    if a.form {
        emit(a.output.as_deref(), &fw.relevance_form_csv())?;
        return Ok(0);
    }
    if a.files.is_empty() {
        return Err(Failure::Message(
            "give the filled relevance forms, or --form for a blank one".to_owned(),
            Some("lhs-maturity content-validity --form -o relevance-form.csv".to_owned()),
        ));
    }
    let mut ratings = Vec::new();
    let mut failed = false;
    for item in expand(&a.files) {
        let path = match item {
            Ok(p) => p,
            Err((shown, e)) => {
                eprintln!("{shown}: {e}");
                failed = true;
                continue;
            }
        };
        let shown = path.display().to_string();
        let expert = path
            .file_stem()
            .map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
        match io::read_text(&path).and_then(|t| fw.read_relevance_csv(&t, &expert)) {
            Ok(r) => ratings.extend(r),
            Err(e) => {
                for d in e.details() {
                    eprintln!("{shown}: {d}");
                }
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
        CvFormat::Json => serde_json::to_string_pretty(&cv).unwrap_or_default() + "\n",
        CvFormat::Csv => {
            let mut s =
                String::from("indicator,name,experts,relevant,i_cvi,kappa,interpretation\n");
            let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
            for i in &cv.items {
                s.push_str(&format!(
                    "{},{},{},{},{},{},{}\n",
                    lhs_maturity::csv_field(&i.id),
                    lhs_maturity::csv_field(&i.name),
                    i.experts,
                    i.relevant,
                    num(i.i_cvi),
                    num(i.kappa),
                    i.interpretation
                ));
            }
            s
        }
        CvFormat::Table => cv_table(&cv),
    };
    emit(a.output.as_deref(), &text)?;
    Ok(0)
}

fn cv_table(cv: &lhs_maturity::analysis::ContentValidity) -> String {
    let width = cv
        .items
        .iter()
        .map(|i| i.id.chars().count())
        .max()
        .unwrap_or(10);
    let num = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    let mut s = format!(
        "{:<width$}  {:>7}  {:>5}  {:>5}  interpretation\n",
        "indicator", "experts", "I-CVI", "kappa"
    );
    for i in &cv.items {
        s.push_str(&format!(
            "{:<width$}  {:>7}  {:>5}  {:>5}  {}\n",
            i.id,
            i.experts,
            num(i.i_cvi),
            num(i.kappa),
            i.interpretation
        ));
    }
    s.push_str(&format!(
        "\n{} experts; S-CVI/Ave {}, S-CVI/UA {} (spec/SCORING.md §26)\n",
        cv.experts,
        num(cv.s_cvi_ave),
        num(cv.s_cvi_ua)
    ));
    s
}

#[derive(Args)]
pub(crate) struct ExportArgs {
    /// The layout: `long`
    #[arg(value_enum)]
    layout: ExportLayout,
    /// Assessments (JSON) or directories of them
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq)]
pub(crate) enum ExportLayout {
    /// One row per unit, rater and indicator, with the level
    Long,
}

impl ExportArgs {
    /// The input files, for choosing the framework version.
    pub(crate) fn inputs(&self) -> Vec<PathBuf> {
        self.files.clone()
    }
}

pub(crate) fn export(fw: &Framework, a: ExportArgs) -> Result<u8, Failure> {
    let mut assessments = Vec::new();
    for item in expand(&a.files) {
        let path = item.map_err(|(shown, e)| Failure::Document(shown, e))?;
        let shown = path.display().to_string();
        let text = io::read_text(&path).map_err(|e| Failure::Document(shown.clone(), e))?;
        let doc = Assessment::from_json(&text).map_err(|e| Failure::Document(shown.clone(), e))?;
        let errors: Vec<_> = fw
            .validate(&doc)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        if !errors.is_empty() {
            return Err(Failure::Document(
                shown,
                lhs_maturity::Error::Assessment(errors),
            ));
        }
        assessments.push(doc);
    }
    match a.layout {
        ExportLayout::Long => emit(a.output.as_deref(), &fw.long_csv(&assessments))?,
    }
    Ok(0)
}
