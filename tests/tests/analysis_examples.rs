//! The researcher's examples (spec/examples/analysis, the README's "For researchers" section):
//! pooling three respondents, comparing two rounds, summarizing a cohort and the reliability of
//! the instrument give what the README says, and every result matches its JSON Schema.

use lhs_maturity::analysis::{self, CohortOptions, PoolOptions};
use lhs_maturity::{Assessment, Framework, Report};
use lhs_maturity_conformance::{json_files, repo_root};
use serde::Serialize;
use std::path::Path;

fn check<T: Serialize>(schema: &str, value: &T) {
    let text = std::fs::read_to_string(repo_root().join("spec/schema").join(schema)).unwrap();
    let validator = jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap();
    let doc = serde_json::to_value(value).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{schema}:\n{}", errors.join("\n"));
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(repo_root().join("spec/examples").join(rel)).unwrap()
}

fn dir(rel: &str) -> Vec<String> {
    let base = repo_root().join("spec/examples").join(rel);
    let mut files: Vec<String> = json_files(&base)
        .into_iter()
        .map(|p| read(&Path::new(rel).join(p).to_string_lossy()))
        .collect();
    files.sort();
    files
}

#[test]
fn pooling_the_three_respondents() {
    let fw = Framework::builtin();
    let docs: Vec<Assessment> = dir("analysis/respondents")
        .iter()
        .map(|t| Assessment::from_json(t).unwrap())
        .collect();
    assert_eq!(docs.len(), 3);
    let pooled = fw.pool(&docs, &PoolOptions::default()).unwrap();
    check("pool.schema.json", &pooled);
    assert_eq!(pooled.respondents.len(), 3);
    // The agenda starts with the widest disagreement, and lists who rated what.
    let first = &pooled.agenda[0];
    assert!(first.range >= 2, "{first:?}");
    assert!(pooled.agenda.windows(2).all(|w| w[0].range >= w[1].range));
    assert_eq!(first.ratings.len(), 3);
    // The consolidated assessment scores, and keeps the unit and period.
    let report = fw.score(&pooled.assessment).unwrap();
    assert_eq!(report.period.as_deref(), Some("2026-Q3"));
    assert!(report.overall.score.is_some());
    let overall = &pooled.agreement[0];
    assert_eq!(overall.scope, "overall");
    assert_eq!(overall.raters, 3);
    let alpha = overall.alpha_ordinal.value.unwrap();
    assert!(alpha > 0.0 && alpha < 1.0, "{alpha}");
    check("agreement.schema.json", &fw.agreement(&docs).unwrap());
}

#[test]
fn comparing_two_rounds() {
    let fw = Framework::builtin();
    let before = fw
        .score_json(&read("analysis/rounds/kisumu-east-2025-Q3.json"))
        .unwrap();
    let after = fw.score_json(&read("district-kisumu-east.json")).unwrap();
    let c = analysis::compare(&before, &after);
    check("comparison.schema.json", &c);
    // The earlier round is one level lower on every rated indicator.
    assert!(!c.improved.is_empty());
    assert!(c.regressed.is_empty(), "{:?}", c.regressed);
    let series = analysis::series(&[after.clone(), before.clone()]).unwrap();
    check("series.schema.json", &series);
    assert_eq!(series.rows[0].period.as_deref(), Some("2025-Q3"));
    assert_eq!(series.rows[1].overall, after.overall.score);
    // A report read back from its JSON compares the same.
    let again = Report::from_json(&before.to_json()).unwrap();
    assert_eq!(analysis::compare(&again, &after), c);
}

#[test]
fn summarizing_a_cohort_by_region() {
    let fw = Framework::builtin();
    let reports: Vec<Report> = dir("analysis/cohort")
        .iter()
        .map(|t| fw.score_json(t).unwrap())
        .collect();
    assert_eq!(reports.len(), 14);
    let options = CohortOptions {
        group_by: Some("region".to_owned()),
        ..CohortOptions::default()
    };
    let full = analysis::cohort(&reports, &options).unwrap();
    check("cohort.schema.json", &full);
    assert_eq!(full.units.len(), 14);
    let published = full.clone().publishable();
    check("cohort.schema.json", &published);
    assert!(published.units.is_empty(), "no unit can be singled out");
    let group = |c: &analysis::Cohort, name: &str| {
        c.groups
            .iter()
            .find(|g| g.key == name)
            .cloned()
            .unwrap_or_else(|| panic!("no group {name}"))
    };
    assert_eq!(group(&full, "Nyanza").units, 6);
    assert!(!group(&published, "Nyanza").suppressed);
    // Three districts are fewer than five: suppressed in what is published.
    let rift = group(&published, "Rift Valley");
    assert_eq!(rift.units, 3);
    assert!(rift.suppressed);
    assert!(rift.measures.iter().all(|s| s.mean.is_none()));
    // With a threshold of 3, it is shown.
    let small = analysis::cohort(
        &reports,
        &CohortOptions {
            group_by: Some("region".to_owned()),
            min_group: 3,
            ..CohortOptions::default()
        },
    )
    .unwrap();
    assert!(group(&small, "Rift Valley")
        .measures
        .iter()
        .any(|s| s.mean.is_some()));
    let rel = analysis::reliability(&reports).unwrap();
    check("reliability.schema.json", &rel);
}
