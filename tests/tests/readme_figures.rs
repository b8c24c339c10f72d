//! The figures the README shows are drawn by the core from the repository's examples, and stay
//! what the core draws today: `LHS_UPDATE=1 cargo test -p lhs-maturity-conformance --test
//! readme_figures` rewrites them after a change of the charts or of the examples.
//!
//! - `docs/figures/radar-uncertainty.svg`: the radar chart of the three respondents of Kisumu
//!   East pooled (`spec/examples/analysis/respondents/`), scored with its uncertainty: each
//!   domain's 90% interval over the raters' confidence drawn across its axis.
//! - `docs/figures/robustness-intervals.svg`: the fourteen districts of the cohort example
//!   (`spec/examples/analysis/cohort/`) over the 256-point robustness design of the README's
//!   table: each unit's published score, median and 90% interval.

use lhs_maturity::analysis::{PoolOptions, UncertaintyOptions};
use lhs_maturity::{radar_chart, Assessment, Framework, ScoreOptions};
use lhs_maturity_conformance::{json_files, repo_root};

fn pooled_report() -> lhs_maturity::Report {
    let fw = Framework::builtin();
    let dir = repo_root().join("spec/examples/analysis/respondents");
    let mut files = json_files(&dir);
    files.sort();
    let team: Vec<Assessment> = files
        .iter()
        .map(|f| fw.read_path(dir.join(f)).unwrap())
        .collect();
    let pooled = fw.pool(&team, &PoolOptions::default()).unwrap();
    fw.score_with_uncertainty(
        &pooled.assessment,
        &ScoreOptions::default(),
        &UncertaintyOptions::default(),
    )
    .unwrap()
}

#[test]
fn the_readme_figures_are_what_the_core_draws() {
    let svg = radar_chart(&pooled_report());
    assert!(svg.contains("<g class=\"intervals\""), "no interval drawn");
    check_figure("radar-uncertainty.svg", &svg);
}

fn check_figure(name: &str, svg: &str) {
    let path = repo_root().join("docs/figures").join(name);
    if std::env::var_os("LHS_UPDATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, svg).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == svg,
        "docs/figures/{name} is out of date: run `LHS_UPDATE=1 cargo test -p lhs-maturity-conformance --test readme_figures`"
    );
}

#[test]
fn the_readme_robustness_chart_is_what_the_core_draws() {
    let fw = Framework::builtin();
    let dir = repo_root().join("spec/examples/analysis/cohort");
    let mut files = json_files(&dir);
    files.sort();
    let units: Vec<(String, Assessment)> = files
        .iter()
        .map(|f| fw.read_path(dir.join(f)).unwrap())
        .map(|a| (a.unit.as_ref().and_then(|u| u.id.clone()).unwrap(), a))
        .collect();
    let options = lhs_maturity::analysis::RobustnessOptions {
        n: 256,
        bootstrap: 0,
        ..Default::default()
    };
    let r = fw.robustness(&units, &options).unwrap();
    let svg = r.interval_chart("en");
    assert_eq!(svg.matches("<circle").count(), 14);
    check_figure("robustness-intervals.svg", &svg);
}
