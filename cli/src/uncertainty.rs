//! How sure one assessment's scores are (`spec/SCORING.md` §28): the `uncertainty` command, and
//! the `--uncertainty` options of `score` and `report`. The options are read by the core's
//! `UncertaintyOptions::from_options`, as Python and JavaScript read theirs, so that a refused
//! value is refused everywhere with the same code and place.

use crate::analysis::json_text;
use crate::lang::Lang;
use crate::{emit, emit_human, io, score_file, Failure};
use clap::{Args, ValueEnum};
use lhs_maturity::analysis::{RatingModel, UncertaintyOptions};
use lhs_maturity::{Framework, ScoreOptions};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The options shared by `uncertainty` and `score`/`report --uncertainty`: whole numbers as
/// given (negative ones too), for the core to accept or refuse.
#[derive(Args)]
pub(crate) struct Draws {
    /// The random draws when more answers are uncertain than --max-exact (default 10000)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    draws: Option<i64>,
    /// The seed of the random draws, a whole number up to 2^53 - 1 (default 2021); the same seed
    /// gives the same numbers in Python and JavaScript
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    seed: Option<i64>,
    /// The most uncertain answers computed exactly, every combination (default 10)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    max_exact: Option<i64>,
    /// The chances per confidence, a JSON file, e.g. {"low": {"same": 0.6, "next": 0.2}} (those
    /// left out keep their defaults: high 0.9/0.05, medium 0.7/0.15, low 0.5/0.25)
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
}

impl Draws {
    /// Whether any option is given.
    pub(crate) fn any(&self) -> bool {
        self.draws.is_some()
            || self.seed.is_some()
            || self.max_exact.is_some()
            || self.model.is_some()
    }

    /// The core's options: every problem at once, at `/draws`, `/seed`, `/max_exact`, `/model`
    /// (an unreadable model file is a problem of that file).
    pub(crate) fn options(&self, lang: Lang) -> Result<UncertaintyOptions, Failure> {
        let mut given = Map::new();
        for (name, v) in [
            ("draws", self.draws),
            ("seed", self.seed),
            ("max_exact", self.max_exact),
        ] {
            if let Some(v) = v {
                given.insert(name.to_owned(), Value::from(v));
            }
        }
        if let Some(path) = &self.model {
            given.insert("model".to_owned(), model_file(path, lang)?);
        }
        UncertaintyOptions::from_options(&Value::Object(given), false)
            .map_err(|e| Failure::Document(String::new(), e))
    }
}

/// The JSON of a model file.
fn model_file(path: &Path, lang: Lang) -> Result<Value, Failure> {
    let file = path.display().to_string();
    let text = io::read_text(path, lang).map_err(|e| crate::unreadable(&e))?;
    RatingModel::json_of(&text).map_err(|e| Failure::Document(file, e))
}

/// `table` (for a terminal), `markdown`, `json` (the whole result) or `csv` (one row per node
/// and kind of error).
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum Format {
    Table,
    Markdown,
    Json,
    Csv,
}

#[derive(Args)]
pub(crate) struct UncertaintyArgs {
    /// The assessment (JSON, or a CSV with one assessment)
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// `table` (for a terminal), `markdown`, `json` (the whole result: bounds, intervals and
    /// P(level ≥ k) of every node, the method, draws, seed and model) or `csv`
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    draws: Draws,
}

impl UncertaintyArgs {
    /// The assessment file.
    pub(crate) fn file(&self) -> &Path {
        &self.file
    }
}

/// `lhs-maturity uncertainty FILE`.
pub(crate) fn run(
    fw: &Framework,
    a: UncertaintyArgs,
    opts: &ScoreOptions,
    lang: Lang,
) -> Result<u8, Failure> {
    let options = a.draws.options(lang)?;
    let machine = matches!(a.format, Format::Json | Format::Csv);
    let opts = if machine {
        crate::neutral(opts)
    } else {
        opts.clone()
    };
    let r = score_file(fw, &a.file, None, &opts, Some(&options), lang)?;
    let Some(u) = &r.uncertainty else {
        return Ok(0);
    };
    let out = a.output.as_deref();
    match a.format {
        Format::Json => emit(out, &json_text(u), lang)?,
        Format::Csv => emit(out, &u.table().to_csv(), lang)?,
        Format::Markdown => emit(out, r.uncertainty_markdown().trim_start(), lang)?,
        Format::Table => emit_human(out, &crate::term::uncertainty_table(&r, lang), lang)?,
    }
    Ok(0)
}
