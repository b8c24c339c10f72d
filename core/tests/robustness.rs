//! Whether the results of many units survive other reasonable choices
//! (`Framework::robustness`, `spec/SCORING.md` §30): small cases checked by hand on a tiny
//! framework, determinism, the Sobol' indices where one factor alone matters, null indices
//! where nothing varies, the publishable rule, and the factors of the built-in framework.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use lhs_maturity::analysis::{Robustness, RobustnessOptions, SobolDesign};
use lhs_maturity::{Assessment, Framework};
use serde_json::{json, Value};

/// Domains `a` (weight 1; indicators `a.p`, `a.q`) and `b` (weight 3; indicator `b.p`), a scale
/// of levels 0 to 4.
fn tiny() -> Framework {
    let levels: Vec<Value> = (0..5)
        .map(|l| json!({"level": l, "key": format!("l{l}"), "name": {"en": format!("L{l}")}, "description": {"en": format!("Level {l}.")}}))
        .collect();
    let ind = |id: &str| {
        let texts: Vec<Value> = (0..5)
            .map(|l| json!({"text": {"en": format!("{id} {l}")}}))
            .collect();
        json!({"id": id, "statement": {"en": format!("Statement {id}.")}, "levels": texts})
    };
    Framework::from_value(&json!({
        "id": "tiny", "version": "1.0.0", "title": {"en": "Tiny"},
        "scale": {"levels": levels},
        "domains": [
            {"id": "a", "name": {"en": "A"}, "weight": 1, "indicators": [ind("a.p"), ind("a.q")]},
            {"id": "b", "name": {"en": "B"}, "weight": 3, "indicators": [ind("b.p")]}
        ]
    }))
    .unwrap()
}

fn unit(label: &str, answers: Value) -> (String, Assessment) {
    let a = Assessment::from_value(&json!({ "answers": answers })).unwrap();
    (label.to_owned(), a)
}

/// Nothing varied (every run is the framework as it is).
fn fixed() -> RobustnessOptions {
    RobustnessOptions {
        n: 8,
        weights_spread: 0.0,
        missing: false,
        rating: false,
        bootstrap: 0,
        publishable: false,
        ..Default::default()
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

/// u1: a = 3, b = 1, overall (3 + 3)/4 = 1.5; u2: a = 1, b = 2, overall 1.75; u3 as u1.
fn three() -> Vec<(String, Assessment)> {
    vec![
        unit("u1", json!({"a.p": 4, "a.q": 2, "b.p": 1})),
        unit("u2", json!({"a.p": 0, "a.q": 2, "b.p": 2})),
        unit("u3", json!({"a.p": 3, "a.q": 3, "b.p": 1})),
    ]
}

#[test]
fn ranks_ties_pairs_and_top_k_by_hand() {
    let o = RobustnessOptions {
        top_k: 1,
        pairs: vec![["u1".into(), "u3".into()], ["u2".into(), "u1".into()]],
        ..fixed()
    };
    let r = tiny().robustness(&three(), &o).unwrap();
    assert!(r.factors.is_empty());
    assert_eq!(r.runs, 8);
    let scores: Vec<_> = r.units.iter().map(|u| u.score.unwrap()).collect();
    assert_eq!(scores, [1.5, 1.75, 1.5]);
    let ranks: Vec<_> = r.units.iter().map(|u| u.rank.as_ref().unwrap()).collect();
    assert_eq!(
        ranks.iter().map(|x| x.nominal).collect::<Vec<_>>(),
        [Some(2.5), Some(1.0), Some(2.5)]
    );
    assert_eq!(
        ranks.iter().map(|x| x.p_top_k).collect::<Vec<_>>(),
        [0.0, 1.0, 0.0]
    );
    assert_eq!(ranks[0].interval, Some([2.5, 2.5]));
    for u in &r.units {
        assert_eq!(u.median, u.score);
        assert_eq!(u.keeps_level, 1.0);
    }
    assert_eq!((r.pairs[0].p_above, r.pairs[0].p_tie), (0.0, 1.0));
    assert_eq!((r.pairs[1].p_above, r.pairs[1].p_tie), (1.0, 0.0));
    assert_eq!(
        (r.rank_shift.mean, r.rank_shift.interval),
        (0.0, [0.0, 0.0])
    );
    // Nothing varies: every index is null, with the reason.
    let s = &r.sensitivity.scores[0];
    assert!(s.factors.is_empty() && s.note.as_deref() == Some("no factor is varied"));
}

#[test]
fn leave_one_domain_out_by_hand() {
    let r = tiny().robustness(&three(), &fixed()).unwrap();
    assert_eq!(r.leave_one_out.len(), 2);
    // Without a: the score of b (1, 2, 1); without b: the score of a (3, 1, 3).
    let without_a = &r.leave_one_out[0];
    assert_eq!(without_a.domain, "a");
    let got: Vec<_> = without_a.units.iter().map(|u| (u.score, u.rank)).collect();
    assert_eq!(
        got,
        [
            (Some(1.0), Some(2.5)),
            (Some(2.0), Some(1.0)),
            (Some(1.0), Some(2.5))
        ]
    );
    let without_b = &r.leave_one_out[1];
    let got: Vec<_> = without_b
        .units
        .iter()
        .map(|u| (u.score, u.level, u.rank))
        .collect();
    assert_eq!(
        got,
        [
            (Some(3.0), Some(3), Some(1.5)),
            (Some(1.0), Some(1), Some(3.0)),
            (Some(3.0), Some(3), Some(1.5))
        ]
    );
}

/// The 5%, 50% and 95% quantiles, linear interpolation.
fn quantiles(mut v: Vec<f64>) -> [f64; 3] {
    v.sort_by(f64::total_cmp);
    let q = |p: f64| {
        let pos = p * (v.len() - 1) as f64;
        let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
        v[lo] + (v[hi] - v[lo]) * (pos - lo as f64)
    };
    [q(0.05), q(0.5), q(0.95)]
}

#[test]
fn weights_vary_within_sets_of_siblings_by_hand() {
    // a = (w_p · 4 + w_q · 0) / (w_p + w_q), b = 1; overall = (W_a · a + W_b · 1) / (W_a + W_b).
    let units = vec![unit("u", json!({"a.p": 4, "a.q": 0, "b.p": 1}))];
    let o = RobustnessOptions {
        n: 64,
        weights_spread: 0.25,
        ..fixed()
    };
    let r = tiny().robustness(&units, &o).unwrap();
    let names: Vec<_> = r.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["weights:overall", "weights:a"]);
    assert_eq!(r.factors[0].members, ["a", "b"]);
    let design = SobolDesign::grouped(64, &[0, 0, 1, 1], o.seed).unwrap();
    let m = |w: f64, u: f64| w * (1.0 + 0.25 * (2.0 * u - 1.0));
    // Renormalised to the set's original sum (4 for the domains, 2 for a's indicators).
    let renorm = |w: [f64; 2]| {
        let s = w[0] + w[1];
        [w[0] * (4.0 / s), w[1] * (4.0 / s)]
    };
    let scores: Vec<f64> = design
        .sample()
        .chunks(4)
        .map(|u| {
            let [wa, wb] = renorm([m(1.0, u[0]), m(3.0, u[1])]);
            let (wp, wq) = (m(1.0, u[2]), m(1.0, u[3]));
            let a = (wp * 4.0 + wq * 0.0) / (wp + wq);
            (wa * a + wb * 1.0) / (wa + wb)
        })
        .collect();
    assert_eq!(r.runs, scores.len());
    let [q05, q50, q95] = quantiles(scores);
    let u = &r.units[0];
    assert!(close(u.median.unwrap(), q50), "{:?} {q50}", u.median);
    let [lo, hi] = u.interval.unwrap();
    assert!(close(lo, q05) && close(hi, q95));
    // Nominal 1.25 (level 1): every run keeps level 1.
    assert_eq!(
        (u.score, u.level, u.keeps_level),
        (Some(1.25), Some(1), 1.0)
    );
}

#[test]
fn missing_answers_left_out_or_counted_as_zero() {
    // Left out: a = 4, b has no score, overall 4. Counted as 0 (missing and unknown): a = 2,
    // b = 0, overall (2 + 0)/4 = 0.5.
    let units = vec![unit("u", json!({"a.p": 4, "b.p": "unknown"}))];
    let o = RobustnessOptions {
        n: 64,
        missing: true,
        bootstrap: 100,
        ..fixed()
    };
    let r = tiny().robustness(&units, &o).unwrap();
    assert_eq!(r.factors.len(), 1);
    let u = &r.units[0];
    assert_eq!(u.score, Some(4.0));
    assert_eq!(u.interval, Some([0.5, 4.0]));
    assert!((u.keeps_level - 0.5).abs() < 0.1, "{}", u.keeps_level);
    let s = &r.sensitivity.scores[0].factors[0];
    assert!(
        close(s.st.unwrap(), 1.0) && close(s.s1.unwrap(), 1.0),
        "{s:?}"
    );
}

#[test]
fn one_factor_alone_matters() {
    // u: a.p = 4, a.q = 0, everything answered: the aggregation of a (mean 2 or minimum 0) moves
    // the score; the treatment of missing answers does not.
    let units = vec![
        unit("u", json!({"a.p": 4, "a.q": 0, "b.p": 1})),
        unit("v", json!({"a.p": 2, "a.q": 2, "b.p": 1})),
    ];
    let o = RobustnessOptions {
        n: 256,
        missing: true,
        aggregation_nodes: vec!["a".into()],
        bootstrap: 200,
        ..fixed()
    };
    let r = tiny().robustness(&units, &o).unwrap();
    let names: Vec<_> = r.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["aggregation:a", "missing"]);
    let s = &r.sensitivity.scores[0].factors;
    assert!((s[0].st.unwrap() - 1.0).abs() < 1e-9 && (s[0].s1.unwrap() - 1.0).abs() < 0.05);
    assert!(s[1].st.unwrap().abs() < 1e-9 && s[1].s1.unwrap().abs() < 0.05);
    let [lo, hi] = s[0].st_interval.unwrap();
    assert!(lo <= 1.0 + 1e-9 && hi >= 1.0 - 1e-9);
    // v (a = 2 under both rules) never moves: its indices are null, with the reason.
    let v = &r.sensitivity.scores[1];
    assert!(v.factors.iter().all(|f| f.s1.is_none() && f.st.is_none()));
    assert!(v.note.is_some());
    // u: mean (2 + 3)/4 = 1.25 ahead of v's 1.25? tie; minimum (0 + 3)/4 = 0.75 behind.
    assert_eq!(r.units[0].score, Some(1.25));
    assert_eq!(r.units[1].score, Some(1.25));
    // The ranks move with the aggregation only.
    let rank = &r.sensitivity.ranks[0].factors;
    assert!((rank[0].st.unwrap() - 1.0).abs() < 1e-9 && rank[1].st.unwrap().abs() < 1e-9);
    let shift = &r.sensitivity.rank_shift.factors;
    assert!((shift[0].st.unwrap() - 1.0).abs() < 1e-9);
    assert!(r.rank_shift.mean > 0.0 && r.rank_shift.interval == [0.0, 0.5]);
}

#[test]
fn zero_variance_gives_null_indices_never_nan() {
    // A factor that changes nothing (no missing answer): every index null, with its reason.
    let o = RobustnessOptions {
        n: 16,
        missing: true,
        bootstrap: 10,
        ..fixed()
    };
    let r = tiny().robustness(&three(), &o).unwrap();
    assert_eq!(r.factors.len(), 1);
    for s in r.sensitivity.scores.iter().chain(&r.sensitivity.ranks) {
        assert!(s
            .factors
            .iter()
            .all(|f| f.s1.is_none() && f.st.is_none() && f.st_interval.is_none()));
        assert!(s.note.is_some());
    }
    assert_eq!(
        r.sensitivity.ranks[0].note.as_deref(),
        Some("the unit's rank is the same in every run")
    );
    let text = serde_json::to_string(&r).unwrap();
    assert!(!text.contains("NaN") && text.contains("\"s1\":null"));
}

#[test]
fn the_same_seed_gives_the_same_numbers_another_seed_others() {
    let o = RobustnessOptions {
        n: 32,
        bootstrap: 20,
        publishable: false,
        ..Default::default()
    };
    let units = vec![
        unit(
            "u1",
            json!({"a.p": {"level": 2, "confidence": "low"}, "a.q": 3, "b.p": 1}),
        ),
        unit(
            "u2",
            json!({"a.p": 1, "b.p": {"level": 2, "confidence": "high"}}),
        ),
        unit("u3", json!({"a.p": 3, "a.q": 1, "b.p": 2})),
    ];
    let fw = tiny();
    let a = fw.robustness(&units, &o).unwrap();
    let b = fw.robustness(&units, &o).unwrap();
    assert_eq!(a, b);
    assert_eq!(
        (a.seed, a.n, a.runs),
        (2021, 32, 32 * (a.factors.len() + 2))
    );
    let names: Vec<_> = a.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["weights:overall", "weights:a", "missing", "rating"]);
    assert_eq!(a.model, Some(o.model));
    assert_eq!(a.library_version, env!("CARGO_PKG_VERSION"));
    assert_eq!(
        (a.framework.id.as_str(), a.framework.version.as_str()),
        ("tiny", "1.0.0")
    );
    let c = fw
        .robustness(&units, &RobustnessOptions { seed: 7, ..o })
        .unwrap();
    assert_ne!(a.units, c.units);
}

#[test]
fn publishable_hides_ranks() {
    let o = RobustnessOptions {
        pairs: vec![["u1".into(), "u2".into()]],
        ..fixed()
    };
    let r = tiny()
        .robustness(
            &three(),
            &RobustnessOptions {
                publishable: true,
                ..o
            },
        )
        .unwrap();
    assert!(r.units.iter().all(|u| u.rank.is_none()));
    assert!(r.pairs.is_empty() && r.sensitivity.ranks.is_empty());
    assert!(r
        .leave_one_out
        .iter()
        .flat_map(|d| &d.units)
        .all(|u| u.rank.is_none()));
    assert!(RobustnessOptions::default().publishable);
}

#[test]
fn bad_options_are_all_reported() {
    let o = RobustnessOptions {
        weights_spread: -0.1,
        aggregation_nodes: vec!["a".into(), "zz".into()],
        pairs: vec![["u1".into(), "nobody".into()]],
        ..fixed()
    };
    let e = tiny().robustness(&three(), &o).unwrap_err();
    let found: Vec<_> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("input.invalid_robustness_option", "/weights_spread"),
            ("input.invalid_robustness_option", "/pairs/0/1"),
            ("input.invalid_robustness_option", "/aggregation_nodes/1"),
        ]
    );
    assert_eq!(
        tiny().robustness(&[], &fixed()).unwrap_err().code(),
        "input.empty_cohort"
    );
}

#[test]
fn factors_of_the_builtin_framework() {
    let fw = Framework::builtin();
    let units = vec![unit("x", json!({"inst.info.routine_data": 2}))];
    let o = RobustnessOptions {
        n: 2,
        bootstrap: 0,
        ..Default::default()
    };
    let r: Robustness = fw.robustness(&units, &o).unwrap();
    let names: Vec<_> = r.factors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names.first(), Some(&"weights:overall"));
    assert_eq!(&names[names.len() - 2..], ["missing", "rating"]);
    assert_eq!(r.runs, 2 * (names.len() + 2));
}

/// Dirichlet weights (§30): with `a` at 3 and `b` at 1 the overall score is `1 + 2p` for `a`'s
/// share `p` ~ Beta(κ/4, 3κ/4), κ = 3 (2 − 1)/0.25² − 1 = 47: mean 1.5, standard deviation
/// 2 √(0.25 × 0.75 / 48) = 0.125, so a 5–95% interval about 0.41 wide around 1.5.
#[test]
fn dirichlet_weights_spread_the_shares_as_the_uniform_spread_says() {
    let fw = tiny();
    let units = vec![
        unit("u", json!({"a.p": 3, "a.q": 3, "b.p": 1})),
        unit("v", json!({"a.p": 1, "a.q": 1, "b.p": 1})),
    ];
    let o: RobustnessOptions = serde_json::from_value(json!({
        "n": 1024, "weights_model": "dirichlet", "missing": false, "rating": false,
        "bootstrap": 0, "publishable": false
    }))
    .unwrap();
    let r = fw.robustness(&units, &o).unwrap();
    let u = &r.units[0];
    let [lo, hi] = u.interval.unwrap();
    assert!((u.median.unwrap() - 1.5).abs() < 0.03, "{u:?}");
    assert!((0.36..0.46).contains(&(hi - lo)), "{lo} {hi}");
    // Every run gives `v` the same score: a share never moves a unit whose domains agree.
    assert_eq!(r.units[1].interval, Some([1.0, 1.0]));
    // The same seed, the same numbers; the model is recorded.
    assert_eq!(fw.robustness(&units, &o).unwrap(), r);
    let uniform = RobustnessOptions {
        weights_model: lhs_maturity::analysis::WeightsModel::Uniform,
        ..o.clone()
    };
    assert_ne!(fw.robustness(&units, &uniform).unwrap().units, r.units);
    assert_eq!(
        serde_json::to_value(&r).unwrap()["weights_model"],
        "dirichlet"
    );
}
