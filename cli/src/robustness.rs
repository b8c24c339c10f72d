//! `lhs-maturity robustness`: whether the results of many units survive other reasonable
//! choices of weights, aggregation, missing answers and ratings (`spec/SCORING.md` §30). Every
//! number is the library's (`Framework::robustness`); this module reads the inputs and writes
//! the result.

use crate::analysis::{assessments, json_text, Source};
use crate::lang::Lang;
use crate::{emit, Failure};
use clap::{Args, ValueEnum};
use lhs_maturity::analysis::RobustnessOptions;
use lhs_maturity::{Assessment, Error, Framework};
use std::path::PathBuf;

/// `json` (the whole result: per-unit spread, ranks, pairs, rank shift, leave-one-domain-out,
/// Sobol' indices, the factors and the seed), `csv` (one row per unit; for `sensitivity`, one
/// row per output and factor), `markdown` or `html` (a report in the language of `--lang`).
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum Format {
    Json,
    Csv,
    Markdown,
    Html,
}

/// How each set of sibling weights moves.
#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub(crate) enum WeightsModel {
    /// Each weight by its own factor from 1 − spread to 1 + spread, renormalised
    Uniform,
    /// The set together, from a Dirichlet distribution around its shares, as spread out
    Dirichlet,
}

#[derive(Args)]
pub(crate) struct RobustnessArgs {
    /// Assessments of the units (JSON, CSV: a wide CSV gives one unit per row), or directories
    /// of them
    #[arg(required = true, value_name = "INPUT")]
    pub(crate) inputs: Vec<PathBuf>,
    /// Base points of the Sobol' design (a power of 2); the runs are n × (factors + 2)
    #[arg(long, value_name = "N", default_value_t = 1024)]
    n: usize,
    /// The seed of the design, of the rating draws and of the bootstrap
    #[arg(long, value_name = "N", default_value_t = 2021)]
    seed: u64,
    /// How far each weight moves, as a share of it (0: weights not varied)
    #[arg(long, value_name = "SHARE", default_value_t = 0.25)]
    weights_spread: f64,
    /// How each set of sibling weights moves
    #[arg(long, value_enum, default_value = "uniform")]
    weights_model: WeightsModel,
    /// A node whose aggregation is varied between mean and minimum (repeatable)
    #[arg(long, value_name = "NODE")]
    vary_aggregation: Vec<String>,
    /// Do not vary the treatment of missing answers (left out, or counted as 0)
    #[arg(long)]
    no_missing: bool,
    /// Do not vary the ratings by the raters' confidence
    #[arg(long)]
    no_rating: bool,
    /// The k of P(unit in the top k)
    #[arg(long, value_name = "K", default_value_t = 3)]
    top_k: usize,
    /// A pair of units `A,B` whose P(A ranks above B) is wanted (repeatable; with --ranks)
    #[arg(long, value_name = "A,B")]
    pair: Vec<String>,
    /// Bootstrap resamples of the Sobol' indices' intervals (0: none)
    #[arg(long, value_name = "N", default_value_t = 1000)]
    bootstrap: usize,
    /// Add the units' ranks (not for publication: they single units out)
    #[arg(long)]
    ranks: bool,
    /// `json`, `csv`, `markdown` or `html`
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// No progress bar (shown on a terminal)
    #[arg(long, short)]
    quiet: bool,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Each unit's label: its `unit.id` (else its name, the library's `unit_labels`), or where it
/// came from when the assessments do not name their units, or name two the same.
fn labels(sources: &[Source], list: &[Assessment]) -> Vec<String> {
    lhs_maturity::analysis::unit_labels(list)
        .unwrap_or_else(|| sources.iter().map(Source::label).collect())
}

/// What to write: the whole robustness result, or only the Sobol' indices.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Output {
    Robustness,
    Sensitivity,
}

/// `lhs-maturity robustness INPUT...` and `lhs-maturity sensitivity INPUT...`.
pub(crate) fn run(
    fw: &Framework,
    a: RobustnessArgs,
    what: Output,
    lang: Lang,
) -> Result<u8, Failure> {
    let (sources, list) = assessments(fw, &a.inputs, lang)?;
    let names = labels(&sources, &list);
    let pairs = a
        .pair
        .iter()
        .map(|p| match p.split_once(',') {
            Some((x, y)) => Ok([x.trim().to_owned(), y.trim().to_owned()]),
            None => Err(Failure::Message(
                lang.t("cli-robustness-pair", &[("value", crate::lang::t(p))]),
                None,
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let options = RobustnessOptions {
        n: a.n,
        seed: a.seed,
        weights_spread: a.weights_spread,
        weights_model: match a.weights_model {
            WeightsModel::Uniform => lhs_maturity::analysis::WeightsModel::Uniform,
            WeightsModel::Dirichlet => lhs_maturity::analysis::WeightsModel::Dirichlet,
        },
        aggregation_nodes: a.vary_aggregation.clone(),
        missing: !a.no_missing,
        rating: !a.no_rating,
        top_k: a.top_k,
        pairs,
        bootstrap: a.bootstrap,
        publishable: !a.ranks,
        ..RobustnessOptions::default()
    };
    let units: Vec<(String, Assessment)> = names.into_iter().zip(list).collect();
    let bar = crate::batch::progress(0, a.quiet, lang, "cli-robustness-progress");
    let result = fw
        .robustness_with_progress(&units, &options, &|done, total| {
            bar.set_length(total as u64);
            if done as u64 > bar.position() {
                bar.set_position(done as u64);
            }
        })
        .map_err(|e: Error| Failure::Document(String::new(), e))?;
    bar.finish_and_clear();
    let text = match (a.format, what) {
        (Format::Json, Output::Robustness) => json_text(&result),
        (Format::Json, Output::Sensitivity) => json_text(&result.sensitivity_result()),
        (Format::Csv, Output::Robustness) => result.units_table().to_csv(),
        (Format::Csv, Output::Sensitivity) => result.sensitivity_table().to_csv(),
        (Format::Markdown, _) => result.to_markdown(lang.code()),
        (Format::Html, _) => result.to_html(lang.code()),
    };
    emit(a.output.as_deref(), &text, lang)?;
    Ok(0)
}
