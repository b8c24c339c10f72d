//! `lhs-maturity migrate`: move an assessment to another version of the built-in framework by
//! the migration map, keeping every answer and note.

use crate::{emit, io, Failure};
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
    let from = assessment
        .framework
        .as_ref()
        .and_then(|f| f.version.clone())
        .unwrap_or_else(|| "1.0.0".to_owned());
    let map = MigrationMap::builtin(&from, to.version()).map_err(doc)?;
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
