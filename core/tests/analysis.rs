//! Behaviour of the analyses: pooling, agreement, comparison, series, cohorts, reliability.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::analysis::{self, CohortOptions, PoolMethod, PoolOptions};
use lhs_maturity::{Assessment, Framework, Rating};
use proptest::prelude::*;
use serde_json::{json, Value};

fn assessment(v: Value) -> Assessment {
    Assessment::from_value(&v).unwrap()
}

fn respondent(id: &str, answers: Value) -> Assessment {
    assessment(
        json!({"unit": {"id": "kis"}, "period": "2026", "respondent": {"id": id}, "answers": answers}),
    )
}

#[test]
fn pooling_rules_per_indicator() {
    let fw = Framework::builtin();
    let a = respondent(
        "r1",
        json!({"inst.info.routine_data": 1, "inst.info.me_integration": "na", "cap.prov.communication": "unknown", "cond.fin.learning_budget": {"level": 2, "evidence": "budget 2026"}}),
    );
    let b = respondent(
        "r2",
        json!({"inst.info.routine_data": 2, "inst.info.me_integration": "na", "cap.prov.communication": 3, "cond.fin.learning_budget": {"level": 2, "evidence": "MTEF"}}),
    );
    let c = respondent(
        "r3",
        json!({"inst.info.routine_data": 4, "inst.info.me_integration": 1, "cond.fin.learning_budget": 3}),
    );
    let d = respondent("r4", json!({"inst.info.routine_data": 4}));
    let pooled = |m: PoolMethod| {
        fw.pool(
            &[a.clone(), b.clone(), c.clone(), d.clone()],
            &PoolOptions {
                method: m,
                ..Default::default()
            },
        )
        .unwrap()
    };
    let r = pooled(PoolMethod::Median);
    let get = |id: &str| r.assessment.answers[id].rating;
    assert_eq!(
        get("inst.info.routine_data"),
        Some(Rating::Level(2)),
        "lower middle of 1 2 4 4"
    );
    assert_eq!(
        get("inst.info.me_integration"),
        Some(Rating::NotApplicable),
        "2 of 3 said na"
    );
    assert_eq!(
        get("cap.prov.communication"),
        Some(Rating::Level(3)),
        "a rating beats unknown"
    );
    assert_eq!(get("cond.fin.learning_budget"), Some(Rating::Level(2)));
    assert_eq!(
        r.assessment.answers["cond.fin.learning_budget"]
            .evidence
            .as_deref(),
        Some("r1: budget 2026; r2: MTEF")
    );
    let m = pooled(PoolMethod::Mean);
    assert_eq!(
        m.assessment.answers["inst.info.routine_data"].rating,
        Some(Rating::Level(3)),
        "mean 2.75 rounds to 3"
    );
    let item = m
        .items
        .iter()
        .find(|i| i.id == "inst.info.routine_data")
        .unwrap();
    assert_eq!(item.mean, Some(2.75));
    assert_eq!(
        (item.min, item.max, item.range, item.n_raters),
        (Some(1), Some(4), Some(3), 4)
    );
    assert_eq!(
        item.iqr,
        Some(4.0 - 1.75),
        "numpy: quantile([1,2,4,4], .75) - quantile(.., .25)"
    );
    let mo = pooled(PoolMethod::Mode);
    assert_eq!(
        mo.assessment.answers["inst.info.routine_data"].rating,
        Some(Rating::Level(4))
    );
    assert_eq!(
        mo.assessment.answers["cond.fin.learning_budget"].rating,
        Some(Rating::Level(2))
    );
    // The agenda: largest range first.
    assert_eq!(r.agenda[0].id, "inst.info.routine_data");
    assert_eq!(r.agenda[0].ratings.len(), 4);
    // The pooled assessment scores and records how it was made, without warnings about it.
    let text = r.assessment.to_json();
    let report = fw.score_json(&text).unwrap();
    assert!(
        report
            .warnings
            .iter()
            .all(|w| w.code != "assessment.unknown_field"),
        "{:?}",
        report.warnings
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["pooling"]["respondents"], json!(["r1", "r2", "r3", "r4"]));
}

#[test]
fn mode_ties_go_to_the_lower_level_and_na_needs_a_strict_majority() {
    let fw = Framework::builtin();
    let a = respondent(
        "r1",
        json!({"inst.info.routine_data": 3, "inst.info.me_integration": "na"}),
    );
    let b = respondent(
        "r2",
        json!({"inst.info.routine_data": 1, "inst.info.me_integration": 2}),
    );
    let r = fw
        .pool(
            &[a, b],
            &PoolOptions {
                method: PoolMethod::Mode,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        r.assessment.answers["inst.info.routine_data"].rating,
        Some(Rating::Level(1))
    );
    assert_eq!(
        r.assessment.answers["inst.info.me_integration"].rating,
        Some(Rating::Level(2)),
        "1 of 2 is not a majority"
    );
}

#[test]
fn consensus_overrides_and_is_recorded() {
    let fw = Framework::builtin();
    let a = respondent("r1", json!({"inst.info.routine_data": 1}));
    let b = respondent("r2", json!({"inst.info.routine_data": 3}));
    let opts: PoolOptions = serde_json::from_value(json!({"consensus": {"inst.info.routine_data": {"level": 2, "rationale": "minutes of 3 May show reviews in 4 of 6 sub-counties"}}})).unwrap();
    let r = fw.pool(&[a.clone(), b.clone()], &opts).unwrap();
    assert_eq!(
        r.assessment.answers["inst.info.routine_data"].rating,
        Some(Rating::Level(2))
    );
    assert!(r.items[0].consensus.is_some());
    assert!(r.assessment.to_json().contains("minutes of 3 May"));
    let bad: PoolOptions = serde_json::from_value(json!({"consensus": {"inst.info.routin_data": {"level": 9, "rationale": "x"}, "inst.info.me_integration": {"level": 7, "rationale": "x"}}})).unwrap();
    let err = fw.pool(&[a, b], &bad).unwrap_err();
    let codes: Vec<(&str, &str)> = err
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            (
                "input.level_out_of_range",
                "/consensus/inst.info.me_integration/level"
            ),
            (
                "input.unknown_indicator",
                "/consensus/inst.info.routin_data"
            )
        ]
    );
    assert_eq!(
        err.details()[1].help.as_deref(),
        Some("did you mean `inst.info.routine_data`?")
    );
}

#[test]
fn pooling_refuses_different_units_periods_and_versions_unless_asked() {
    let fw = Framework::builtin();
    let a = assessment(json!({"unit": {"id": "kis"}, "period": "2026", "answers": {}}));
    let b = assessment(
        json!({"unit": {"id": "nbi"}, "period": "2025", "framework": {"id": "lhs-2021", "version": "2.0.0"}, "answers": {}}),
    );
    let err = fw
        .pool(&[a.clone(), b.clone()], &PoolOptions::default())
        .unwrap_err();
    let got: Vec<(&str, &str)> = err
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("input.pool_mismatch", "/1/unit/id"),
            ("input.pool_mismatch", "/1/period"),
            ("input.pool_mismatch", "/1/framework/id"),
            ("input.pool_mismatch", "/1/framework/version")
        ]
    );
    assert!(err.details()[0].message.contains("`nbi`"));
    assert!(fw
        .pool(
            &[a, b],
            &PoolOptions {
                allow_mismatch: true,
                ..Default::default()
            }
        )
        .is_ok());
    let invalid = assessment(json!({"answers": {"inst.info.routine_data": 9}}));
    let err = fw.pool(&[invalid], &PoolOptions::default()).unwrap_err();
    assert_eq!(
        (err.code(), err.path()),
        (
            "assessment.level_out_of_range",
            "/0/answers/inst.info.routine_data"
        )
    );
    assert_eq!(
        fw.pool(&[], &PoolOptions::default()).unwrap_err().code(),
        "input.empty"
    );
}

#[test]
fn agreement_is_undefined_not_nan_for_degenerate_input() {
    let fw = Framework::builtin();
    let one = respondent(
        "r1",
        json!({"inst.info.routine_data": 1, "inst.info.me_integration": 2}),
    );
    let ag = fw.agreement(std::slice::from_ref(&one)).unwrap();
    let names: Vec<(&str, &str)> = ag
        .iter()
        .map(|s| (s.scope.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(names[0], ("overall", "Overall"));
    for (d, (scope, name)) in fw.spec().domains.iter().zip(&names[1..]) {
        assert_eq!((d.id.as_str(), d.name.en()), (*scope, *name));
    }
    assert!(ag[0].alpha_ordinal.value.is_none() && ag[0].alpha_ordinal.note.is_some());
    assert!(ag[0].icc2_1.value.is_none());
    let same = fw
        .agreement(&[
            respondent(
                "a",
                json!({"inst.info.routine_data": 2, "inst.info.me_integration": 2}),
            ),
            respondent(
                "b",
                json!({"inst.info.routine_data": 2, "inst.info.me_integration": 2}),
            ),
        ])
        .unwrap();
    assert!(same[0].alpha_interval.value.is_none());
    assert!(same[0]
        .alpha_interval
        .note
        .as_deref()
        .unwrap()
        .contains("same level"));
    let text = serde_json::to_string(&same).unwrap();
    assert!(!text.contains("NaN") && !text.contains("nan"));
}

#[test]
fn comparing_different_framework_versions_is_restricted_to_shared_indicators() {
    let fw = Framework::builtin();
    let mut spec = fw.spec().clone();
    spec.version = "1.1.0".into();
    // Version 1.1.0 drops one indicator of inst.info.
    if let lhs_maturity::NodeContent::Children(subs) = &mut spec.domains[0].content {
        if let lhs_maturity::NodeContent::Indicators(inds) = &mut subs[0].content {
            inds.retain(|i| i.id != "inst.info.me_integration");
        }
    }
    let newer = Framework::from_spec(spec).unwrap();
    let before = fw.score_json(r#"{"period": "2025", "answers": {"inst.info.routine_data": 1, "inst.info.me_integration": 4}}"#).unwrap();
    let after = newer
        .score_json(r#"{"period": "2026", "answers": {"inst.info.routine_data": 2}}"#)
        .unwrap();
    let c = analysis::compare(&before, &after);
    assert!(c.restricted);
    assert_eq!(c.only_before, ["inst.info.me_integration"]);
    assert!(c.only_after.is_empty());
    // On the shared indicators the earlier round scores 1 (not 2.5), so the change is +1.
    assert_eq!(c.overall.before, Some(1.0));
    assert_eq!(c.overall.change, Some(1.0));
    let routine = &c.indicators[0];
    assert_eq!(routine.id, "inst.info.routine_data");
    assert_eq!(
        routine.name,
        after.indicator("inst.info.routine_data").unwrap().name
    );
    assert!(!routine.name.is_empty());
    assert_eq!(
        c.nodes.iter().find(|n| n.id == "inst.info").unwrap().before,
        Some(1.0)
    );
    assert_eq!(c.improved, ["inst.info.routine_data"]);
}

#[test]
fn series_and_cohort_refuse_bad_input() {
    let fw = Framework::builtin();
    let r = |u: &str, p: &str| {
        fw.score_json(&format!(r#"{{"unit": {{"id": "{u}"}}, "period": "{p}", "answers": {{"inst.info.routine_data": 2}}}}"#)).unwrap()
    };
    let err = analysis::series(&[r("a", "2025"), r("b", "2026"), r("a", "2025")]).unwrap_err();
    let codes: Vec<&str> = err.details().iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["input.series_mismatch", "input.duplicate_period"]);
    assert_eq!(
        analysis::cohort(&[], &CohortOptions::default())
            .unwrap_err()
            .code(),
        "input.empty_cohort"
    );
    assert_eq!(
        analysis::reliability(&[]).unwrap_err().code(),
        "input.empty_cohort"
    );
}

#[test]
fn cohort_groups_by_kind_or_any_unit_label_and_suppresses_small_groups() {
    let fw = Framework::builtin();
    let reports: Vec<_> = (0..7)
        .map(|i| {
            let kind = if i < 5 { "district" } else { "facility" };
            fw.score_json(&format!(r#"{{"unit": {{"id": "u{i}", "kind": "{kind}"}}, "answers": {{"inst.info.routine_data": {}}}}}"#, i % 5)).unwrap()
        })
        .collect();
    let c = analysis::cohort(
        &reports,
        &CohortOptions {
            group_by: Some("kind".into()),
            min_group: 5,
            ..CohortOptions::default()
        },
    )
    .unwrap();
    let all = &c.groups[0];
    assert_eq!(
        (all.key.as_str(), all.units, all.suppressed),
        ("all", 7, false)
    );
    let overall = &all.measures[0];
    // numpy/pandas on [0, 1, 2, 3, 4, 0, 1]: mean 11/7, std (ddof=1), quartiles linear.
    assert_eq!(overall.id, "overall");
    assert!((overall.mean.unwrap() - 11.0 / 7.0).abs() < 1e-12);
    assert_eq!(
        (overall.q1, overall.median, overall.q3),
        (Some(0.5), Some(1.0), Some(2.5))
    );
    let facility = c.groups.iter().find(|g| g.key == "facility").unwrap();
    assert!(
        facility.suppressed
            && facility
                .measures
                .iter()
                .all(|m| m.mean.is_none() && m.max.is_none())
    );
    assert!(c.units.iter().all(|u| u
        .ranks
        .iter()
        .all(|m| m.rank.is_none_or(|r| r > 0.0 && r <= 100.0))));
}

fn random_answers(seed: u64, fw: &Framework) -> Value {
    let mut s = seed | 1;
    let mut answers = serde_json::Map::new();
    for info in fw.indicators() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let v = match s % 8 {
            0..=4 => json!(s % 8),
            5 => json!({"level": "na", "justification": "not here"}),
            6 => json!("unknown"),
            _ => continue,
        };
        answers.insert(info.id, v);
    }
    Value::Object(answers)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn pooling_identical_assessments_returns_that_assessment(seed in any::<u64>(), n in 1usize..5, method in prop::sample::select(vec![PoolMethod::Median, PoolMethod::Mean, PoolMethod::Mode])) {
        let fw = Framework::builtin();
        let a = respondent("r", random_answers(seed, &fw));
        let many = vec![a.clone(); n];
        let pooled = fw.pool(&many, &PoolOptions { method, ..Default::default() }).unwrap();
        for (id, ans) in &a.answers {
            prop_assert_eq!(pooled.assessment.answers[id].rating, ans.rating, "{}", id);
        }
        prop_assert_eq!(pooled.assessment.answers.len(), a.answers.len());
        prop_assert_eq!(fw.score(&pooled.assessment).unwrap().overall.score, fw.score(&a).unwrap().overall.score);
        prop_assert!(pooled.agenda.is_empty());
    }

    #[test]
    fn comparing_a_report_with_itself_shows_no_change(seed in any::<u64>()) {
        let fw = Framework::builtin();
        let r = fw.score(&respondent("r", random_answers(seed, &fw))).unwrap();
        let c = analysis::compare(&r, &r);
        prop_assert!(!c.restricted);
        prop_assert!(c.improved.is_empty() && c.regressed.is_empty());
        prop_assert!(c.nodes.iter().chain([&c.overall]).all(|n| n.change.is_none_or(|x| x == 0.0) && n.level_change.is_none_or(|x| x == 0)));
    }

    #[test]
    fn percentile_ranks_are_within_0_and_100(seeds in prop::collection::vec(any::<u64>(), 1..12)) {
        let fw = Framework::builtin();
        let reports: Vec<_> = seeds.iter().map(|&s| fw.score(&respondent("r", random_answers(s, &fw))).unwrap()).collect();
        let c = analysis::cohort(&reports, &CohortOptions::default()).unwrap();
        for u in &c.units {
            for m in &u.ranks {
                if let Some(r) = m.rank { prop_assert!(r > 0.0 && r <= 100.0); }
            }
        }
    }
}

#[test]
fn consensus_files_report_every_bad_entry_and_refuse_duplicates() {
    use lhs_maturity::analysis::PoolOptions;
    let err = PoolOptions::consensus_from_json(
        r#"{"a.b.c": {"level": 1}, "d.e.f": {"level": 2, "rationale": "ok"}, "g.h.i": {"level": 2, "rationale": "x", "who": "me"}}"#,
    )
    .unwrap_err();
    let paths: Vec<&str> = err.details().iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["/a.b.c", "/g.h.i"]);
    assert!(err.details()[0].message.contains("rationale"), "{err}");
    let err = PoolOptions::consensus_from_json("[1]").unwrap_err();
    assert_eq!(err.code(), "input.invalid_consensus");
    let err = PoolOptions::consensus_from_json("{").unwrap_err();
    assert_eq!(err.code(), "input.invalid_json");
}
