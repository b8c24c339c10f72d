//! `Framework::pool_bootstrap` and the intervals of a sample's cohort group means
//! (`spec/SCORING.md` §31): leave-one-out checked by hand, the bootstrap against resamples drawn
//! here as §31 says and pooled and scored through `Framework::pool` and `Framework::score`
//! (another scoring path), determinism, census against sample, and the group-size rule.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::analysis::{
    self, BootstrapMethod, BootstrapOptions, CohortOptions, NodeBootstrap, PoolBootstrap,
    PoolMethod, PoolOptions, CENSUS_NOTE,
};
use lhs_maturity::{Assessment, Framework, Report};
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Value};

fn assessment(v: Value) -> Assessment {
    Assessment::from_json(&v.to_string()).unwrap()
}

fn node<'a>(b: &'a PoolBootstrap, id: &str) -> &'a NodeBootstrap {
    b.nodes.iter().find(|n| n.id == id).unwrap()
}

/// A respondent `who` of unit `u` with two answers in two domains.
fn respondent(who: &str, info: u32, budget: u32) -> Assessment {
    assessment(json!({
        "unit": {"id": "u"},
        "respondent": {"id": who},
        "answers": {"inst.info.routine_data": info, "cond.fin.learning_budget": budget}
    }))
}

#[test]
fn leave_one_out_with_three_respondents_checked_by_hand() {
    let fw = Framework::builtin();
    let team = [
        respondent("dho", 1, 3),
        respondent("hmis", 2, 3),
        respondent("chv", 4, 0),
    ];
    let b = fw
        .pool_bootstrap(&team, &BootstrapOptions::default())
        .unwrap();
    assert_eq!(b.method, BootstrapMethod::LeaveOneOut);
    assert_eq!((b.resamples, b.seed), (0, None));
    assert!(
        b.reason.contains("3 respondents are too few"),
        "{}",
        b.reason
    );
    // inst.info: all → lower median of 1 2 4 = 2; without dho: 2 4 → 2; without hmis: 1 4 →
    // 1; without chv: 1 2 → 1.
    let info = node(&b, "inst.info");
    assert_eq!((info.score, info.level), (Some(2.0), Some(2)));
    let left: Vec<_> = info
        .left_out
        .iter()
        .map(|x| (x.respondent.as_str(), x.score))
        .collect();
    assert_eq!(
        left,
        [("dho", Some(2.0)), ("hmis", Some(1.0)), ("chv", Some(1.0))]
    );
    assert_eq!(info.range, Some([1.0, 2.0]));
    assert_eq!((info.interval, info.keeps_level), (None, None));
    // cond.fin: 3 3 0 → 3; without dho: 3 0 → 0; without hmis: 0; without chv: 3 3 → 3.
    let fin = node(&b, "cond.fin");
    let scores: Vec<_> = fin.left_out.iter().map(|x| x.score).collect();
    assert_eq!(scores, [Some(0.0), Some(0.0), Some(3.0)]);
    assert_eq!(fin.range, Some([0.0, 3.0]));
    // The overall score of each left-out pool is the one `score` gives the pool of the others.
    let overall = node(&b, "overall");
    for (i, x) in overall.left_out.iter().enumerate() {
        let others: Vec<Assessment> = team
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, a)| a.clone())
            .collect();
        let pooled = fw.pool(&others, &PoolOptions::default()).unwrap();
        let r = fw.score(&pooled.assessment).unwrap();
        assert_eq!(x.score, r.overall.score);
    }
    assert_eq!(info.no_score, 0);
    assert_eq!(node(&b, "cap").no_score, 3); // nobody answered it
}

#[test]
fn leave_one_out_follows_the_pooling_method() {
    let fw = Framework::builtin();
    let team = [
        respondent("a", 1, 0),
        respondent("b", 2, 0),
        respondent("c", 4, 0),
    ];
    let options = BootstrapOptions {
        pool: PoolOptions {
            method: PoolMethod::Mean,
            ..PoolOptions::default()
        },
        ..BootstrapOptions::default()
    };
    let b = fw.pool_bootstrap(&team, &options).unwrap();
    // Means rounded half up: 2 4 → 3; 1 4 → 2.5 → 3; 1 2 → 1.5 → 2.
    let scores: Vec<_> = node(&b, "inst.info")
        .left_out
        .iter()
        .map(|x| x.score)
        .collect();
    assert_eq!(scores, [Some(3.0), Some(3.0), Some(2.0)]);
}

#[test]
fn one_respondent_leaves_no_one_to_pool() {
    let fw = Framework::builtin();
    let b = fw
        .pool_bootstrap(&[respondent("a", 2, 1)], &BootstrapOptions::default())
        .unwrap();
    let overall = node(&b, "overall");
    assert_eq!(overall.left_out.len(), 1);
    assert_eq!(overall.left_out[0].score, None);
    assert_eq!((overall.range, overall.no_score), (None, 1));
    assert!(b.reason.contains("1 respondent is too few"));
}

/// Ten respondents with different answers.
fn ten() -> Vec<Assessment> {
    (0..10)
        .map(|i| respondent(&format!("r{i}"), i % 5, (i * 3) % 5))
        .collect()
}

/// Resample `b` as §31 draws it: `n` indices ⌊u·n/2⁶⁴⌋ from stream `b` of ChaCha8(seed).
fn drawn(seed: u64, b: u64, n: usize) -> Vec<usize> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    rng.set_stream(b);
    (0..n)
        .map(|_| ((u128::from(rng.next_u64()) * n as u128) >> 64) as usize)
        .collect()
}

/// NumPy's linear quantile of sorted values.
fn quantile(s: &[f64], q: f64) -> f64 {
    let pos = q * (s.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    s[lo] + (s[hi] - s[lo]) * (pos - lo as f64)
}

#[test]
fn the_bootstrap_is_the_pool_and_score_of_each_resample_as_section_31_draws_them() {
    let fw = Framework::builtin();
    let team = ten();
    let options = BootstrapOptions {
        resamples: 60,
        seed: 11,
        ..BootstrapOptions::default()
    };
    let b = fw.pool_bootstrap(&team, &options).unwrap();
    assert_eq!(b.method, BootstrapMethod::Bootstrap);
    assert_eq!((b.resamples, b.seed, b.level), (60, Some(11), 0.9));
    let reports: Vec<Report> = (0..60)
        .map(|r| {
            let chosen: Vec<Assessment> = drawn(11, r, 10)
                .into_iter()
                .map(|i| team[i].clone())
                .collect();
            let pooled = fw
                .pool(
                    &chosen,
                    &PoolOptions {
                        allow_mismatch: true,
                        ..PoolOptions::default()
                    },
                )
                .unwrap();
            fw.score(&pooled.assessment).unwrap()
        })
        .collect();
    let nominal = fw
        .score(&fw.pool(&team, &PoolOptions::default()).unwrap().assessment)
        .unwrap();
    for id in ["overall", "inst", "inst.info", "cond.fin"] {
        let n = node(&b, id);
        let pick = |r: &Report| {
            if id == "overall" {
                (r.overall.score, r.overall.level)
            } else {
                let x = r.node(id).unwrap();
                (x.score.score, x.score.level)
            }
        };
        let mut scores: Vec<f64> = reports.iter().filter_map(|r| pick(r).0).collect();
        scores.sort_by(f64::total_cmp);
        assert_eq!(n.score, pick(&nominal).0, "{id}");
        let want = [quantile(&scores, 0.05), quantile(&scores, 0.95)];
        let got = n.interval.unwrap();
        assert!((got[0] - want[0]).abs() < 1e-12 && (got[1] - want[1]).abs() < 1e-12);
        let kept = reports.iter().filter(|r| pick(r).1 == n.level).count();
        assert_eq!(n.keeps_level, Some(kept as f64 / 60.0), "{id}");
        assert!(n.left_out.is_empty() && n.range.is_none());
    }
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_another_seed_others() {
    let fw = Framework::builtin();
    let o = BootstrapOptions::default();
    let a = fw.pool_bootstrap(&ten(), &o).unwrap();
    assert_eq!(a, fw.pool_bootstrap(&ten(), &o).unwrap());
    let other = BootstrapOptions { seed: 1, ..o };
    let b = fw.pool_bootstrap(&ten(), &other).unwrap();
    assert_ne!(a.nodes, b.nodes);
    assert_eq!(a.resamples, 1000);
    // Serialized and read back: the same result.
    let text = serde_json::to_string(&a).unwrap();
    assert_eq!(serde_json::from_str::<PoolBootstrap>(&text).unwrap(), a);
}

#[test]
fn ten_respondents_who_agree_give_zero_width_intervals() {
    let fw = Framework::builtin();
    let team: Vec<Assessment> = (0..10)
        .map(|i| respondent(&format!("r{i}"), 3, 1))
        .collect();
    let b = fw
        .pool_bootstrap(&team, &BootstrapOptions::default())
        .unwrap();
    for id in ["overall", "inst.info", "cond.fin"] {
        let n = node(&b, id);
        let s = n.score.unwrap();
        assert_eq!(n.interval, Some([s, s]), "{id}");
        assert_eq!((n.keeps_level, n.no_score), (Some(1.0), 0));
    }
    let cap = node(&b, "cap");
    assert_eq!(
        (cap.interval, cap.keeps_level, cap.no_score),
        (None, None, 1000)
    );
}

#[test]
fn bad_options_are_located() {
    let fw = Framework::builtin();
    let o = BootstrapOptions {
        resamples: 0,
        level: 1.0,
        ..BootstrapOptions::default()
    };
    let e = fw.pool_bootstrap(&ten(), &o).unwrap_err();
    let found: Vec<_> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("input.invalid_bootstrap_option", "/resamples"),
            ("input.invalid_bootstrap_option", "/level")
        ]
    );
    let e = fw
        .pool_bootstrap(&[], &BootstrapOptions::default())
        .unwrap_err();
    assert_eq!(e.code(), "input.empty");
}

/// Units of `region`, unit `i` answering level `i % 5`.
fn units(regions: &[(&str, usize)]) -> Vec<Report> {
    let fw = Framework::builtin();
    let mut out = Vec::new();
    for (region, n) in regions {
        for i in 0..*n {
            let a = json!({"unit": {"id": format!("{region}{i}"), "region": region},
                           "answers": {"inst.info.routine_data": i % 5}});
            out.push(fw.score_json(&a.to_string()).unwrap());
        }
    }
    out
}

#[test]
fn a_census_has_no_sampling_error_and_a_sample_has_intervals() {
    let reports = units(&[("north", 12)]);
    let census = analysis::cohort(&reports, &CohortOptions::default()).unwrap();
    assert!(!census.sample && census.resamples.is_none() && census.seed.is_none());
    let m = &census.groups[0].measures[0];
    assert_eq!(m.mean_interval, None);
    assert_eq!(m.mean_note.as_deref(), Some(CENSUS_NOTE));
    let options = CohortOptions {
        sample: true,
        ..CohortOptions::default()
    };
    let sample = analysis::cohort(&reports, &options).unwrap();
    assert!(sample.sample);
    assert_eq!((sample.resamples, sample.seed), (Some(1000), Some(2021)));
    let m = &sample.groups[0].measures[0];
    let [lo, hi] = m.mean_interval.unwrap();
    let mean = m.mean.unwrap();
    assert!(lo < mean && mean < hi, "{lo} {mean} {hi}");
    assert!(m.mean_note.is_none());
    // The same statistics otherwise, and the same intervals for the same seed.
    assert_eq!(m.median, census.groups[0].measures[0].median);
    assert_eq!(sample, analysis::cohort(&reports, &options).unwrap());
    // Publishable keeps the intervals of the groups (they describe no unit).
    assert_eq!(sample.clone().publishable().groups, sample.groups);
}

#[test]
fn a_sample_group_of_nine_has_no_interval_and_of_ten_has_one() {
    let reports = units(&[("north", 9), ("south", 10)]);
    let options = CohortOptions {
        group_by: Some("region".into()),
        sample: true,
        ..CohortOptions::default()
    };
    let c = analysis::cohort(&reports, &options).unwrap();
    let keys: Vec<_> = c.groups.iter().map(|g| g.key.as_str()).collect();
    assert_eq!(keys, ["all", "north", "south"]);
    let north = &c.groups[1].measures[0];
    assert_eq!(north.mean_interval, None);
    assert!(north.mean.is_some());
    assert!(north
        .mean_note
        .as_deref()
        .unwrap()
        .contains("group of 9 units is too small"));
    assert!(c.groups[2].measures[0].mean_interval.is_some());
    assert!(c.groups[0].measures[0].mean_interval.is_some());
    // A measure nobody has a score for: no mean, no interval, and why.
    let cap = c.groups[2].measures.iter().find(|m| m.id == "cap").unwrap();
    assert_eq!((cap.mean, cap.mean_interval), (None, None));
    assert!(cap.mean_note.is_some());
    // A suppressed group shows nothing, not even a note.
    let small = CohortOptions {
        min_group: 10,
        ..options
    };
    let c = analysis::cohort(&reports, &small).unwrap();
    assert!(c.groups[1].suppressed);
    let m = &c.groups[1].measures[0];
    assert_eq!(
        (m.mean, m.mean_interval, m.mean_note.as_deref()),
        (None, None, None)
    );
}

#[test]
fn a_sample_without_resamples_is_refused() {
    let options = CohortOptions {
        sample: true,
        resamples: 0,
        ..CohortOptions::default()
    };
    let e = analysis::cohort(&units(&[("north", 3)]), &options).unwrap_err();
    assert_eq!(e.code(), "input.invalid_bootstrap_option");
}
