//! `Framework::uncertainty`: bounds checked by hand, the exact distributions against a brute
//! force through `Framework::score` (another scoring path), Monte Carlo against exact within
//! 4·√(p(1−p)/N), errors that move together, seeds, and bad options.
// Test helpers may fail loudly: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use lhs_maturity::analysis::{LevelSpread, Method, Uncertainty, UncertaintyOptions};
use lhs_maturity::{Assessment, Framework};
use serde_json::{json, Value};

fn assessment(v: Value) -> Assessment {
    Assessment::from_json(&v.to_string()).unwrap()
}

fn node<'a>(u: &'a Uncertainty, id: &str) -> &'a lhs_maturity::analysis::NodeUncertainty {
    u.nodes.iter().find(|n| n.id == id).unwrap()
}

/// Two answers of one sub-domain and one elsewhere, with their confidence.
fn three_answers() -> Value {
    json!({"answers": {
        "inst.info.routine_data": {"level": 2, "confidence": "high"},
        "inst.info.me_integration": {"level": 4, "confidence": "low"},
        "cond.fin.learning_budget": {"level": 0},
        "cap.prov.communication": "na",
        "inst.delib.working_groups": "unknown"
    }})
}

#[test]
fn a_fully_answered_sub_domain_is_settled_and_unknowns_open_the_bounds() {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw
        .indicators()
        .into_iter()
        .map(|i| i.id)
        .filter(|i| i.starts_with("inst.info."))
        .collect();
    let answers: serde_json::Map<String, Value> =
        ids.iter().map(|i| (i.clone(), json!(3))).collect();
    let u = fw
        .uncertainty(
            &assessment(json!({ "answers": answers })),
            &Default::default(),
        )
        .unwrap();
    let info = node(&u, "inst.info");
    assert_eq!((info.bounds.low, info.bounds.high), (Some(3.0), Some(3.0)));
    assert!(info.bounds.settled);
    assert_eq!(info.score, Some(3.0));
    // The overall score has unanswered indicators elsewhere: not settled.
    assert!(!node(&u, "overall").bounds.settled);
    // A node with nothing rated has no score and no distribution, but bounds.
    let fin = node(&u, "cond.fin");
    assert_eq!((fin.score, fin.independent.mean), (None, None));
    assert!(fin.independent.p_level_at_least.is_empty());
    assert_eq!((fin.bounds.low, fin.bounds.high), (Some(0.0), Some(4.0)));
}

/// The exact distributions equal a brute force over every combination scored one by one
/// through `Framework::score` (the report path, not the matrix path).
#[test]
fn exact_distributions_equal_a_brute_force_through_score() {
    let fw = Framework::builtin();
    let doc = three_answers();
    let u = fw
        .uncertainty(&assessment(doc.clone()), &Default::default())
        .unwrap();
    assert_eq!(u.method, Method::Exact);
    // routine_data 2 (high: 1, 2, 3), me_integration 4 (low: 3, 4: the top keeps the mass
    // above), learning_budget 0 (unstated = medium: 0, 1).
    assert_eq!(u.uncertain_answers, 3);
    assert_eq!(u.draws, 3 * 2 * 2);
    let choices: [(&str, Vec<(u32, f64)>); 3] = [
        (
            "inst.info.routine_data",
            vec![(1, 0.05), (2, 0.9), (3, 0.05)],
        ),
        ("inst.info.me_integration", vec![(3, 0.25), (4, 0.75)]),
        ("cond.fin.learning_budget", vec![(0, 0.85), (1, 0.15)]),
    ];
    let mut rows: Vec<(f64, lhs_maturity::Report)> = Vec::new();
    for a in &choices[0].1 {
        for b in &choices[1].1 {
            for c in &choices[2].1 {
                let mut d = doc.clone();
                for ((id, _), (level, _)) in choices.iter().zip([a, b, c]) {
                    d["answers"][id]["level"] = json!(level);
                }
                rows.push((a.1 * b.1 * c.1, fw.score(&assessment(d)).unwrap()));
            }
        }
    }
    for n in &u.nodes {
        let scored: Vec<(f64, f64, u32)> = rows
            .iter()
            .filter_map(|(w, r)| {
                let s = if n.id == "overall" {
                    &r.overall
                } else {
                    &r.node(&n.id).unwrap().score
                };
                Some((*w, s.score?, s.level?))
            })
            .collect();
        if scored.is_empty() {
            assert_eq!(n.independent.mean, None, "{}", n.id);
            continue;
        }
        let mean: f64 = scored.iter().map(|(w, s, _)| w * s).sum();
        assert!(
            (n.independent.mean.unwrap() - mean).abs() < 1e-12,
            "{}",
            n.id
        );
        for (k, p) in n.independent.p_level_at_least.iter().enumerate() {
            let want: f64 = scored.iter().filter(|r| r.2 >= k as u32).map(|r| r.0).sum();
            assert!((p - want).abs() < 1e-12, "{} P(level ≥ {k})", n.id);
        }
    }
}

#[test]
fn errors_that_move_together_spread_wider_than_independent_ones() {
    let fw = Framework::builtin();
    // Two medium answers at 2 in one sub-domain, nothing else in it.
    let doc = json!({"answers": {
        "inst.info.routine_data": {"level": 2, "confidence": "medium"},
        "inst.info.me_integration": {"level": 2, "confidence": "medium"}
    }});
    let u = fw
        .uncertainty(&assessment(doc), &Default::default())
        .unwrap();
    let info = node(&u, "inst.info");
    // Independent: level 3 only when both are 3 (0.15²); together: when the shared draw is up.
    assert!((info.independent.p_level_at_least[3] - 0.0225).abs() < 1e-12);
    assert!((info.correlated.p_level_at_least[3] - 0.15).abs() < 1e-12);
    assert!((info.correlated.p_level_at_least[2] - 0.85).abs() < 1e-12);
    assert_eq!(info.correlated.interval, Some([1.0, 3.0]));
    assert_eq!(info.independent.interval, Some([1.5, 2.5]));
    assert!((info.independent.mean.unwrap() - 2.0).abs() < 1e-12);
}

#[test]
fn monte_carlo_agrees_with_exact_within_four_standard_errors() {
    let fw = Framework::builtin();
    let a = assessment(three_answers());
    let exact = fw.uncertainty(&a, &Default::default()).unwrap();
    let draws = 20_000;
    let mc = fw
        .uncertainty(
            &a,
            &UncertaintyOptions {
                max_exact: 0,
                draws,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (mc.method, mc.draws, mc.seed),
        (Method::MonteCarlo, draws, Some(2021))
    );
    for (e, m) in exact.nodes.iter().zip(&mc.nodes) {
        for (spread_e, spread_m) in [
            (&e.independent, &m.independent),
            (&e.correlated, &m.correlated),
        ] {
            assert_eq!(
                spread_e.p_level_at_least.len(),
                spread_m.p_level_at_least.len()
            );
            for (p, q) in spread_e
                .p_level_at_least
                .iter()
                .zip(&spread_m.p_level_at_least)
            {
                let tolerance = 4.0 * (p * (1.0 - p) / draws as f64).sqrt() + 1e-12;
                assert!((p - q).abs() <= tolerance, "{}: {p} vs {q}", e.id);
            }
            if let (Some(x), Some(y)) = (spread_e.mean, spread_m.mean) {
                let se = spread_m.std_error.unwrap();
                assert!(
                    (x - y).abs() <= 4.0 * se + 1e-12,
                    "{}: mean {x} vs {y} (se {se})",
                    e.id
                );
            }
        }
    }
    // The same seed gives the same numbers; another seed other draws.
    let again = fw
        .uncertainty(
            &a,
            &UncertaintyOptions {
                max_exact: 0,
                draws,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(again, mc);
    let other = fw
        .uncertainty(
            &a,
            &UncertaintyOptions {
                max_exact: 0,
                draws,
                seed: 7,
                ..Default::default()
            },
        )
        .unwrap();
    assert_ne!(other.nodes, mc.nodes);
}

#[test]
fn a_model_without_spread_gives_the_published_score() {
    let fw = Framework::builtin();
    let sure = LevelSpread {
        same: 1.0,
        next: 0.0,
    };
    let mut o = UncertaintyOptions::default();
    (o.model.high, o.model.medium, o.model.low, o.model.unstated) = (sure, sure, sure, sure);
    let u = fw.uncertainty(&assessment(three_answers()), &o).unwrap();
    assert_eq!(u.uncertain_answers, 0);
    for n in &u.nodes {
        if let Some(s) = n.score {
            assert_eq!(n.independent.interval, Some([s, s]), "{}", n.id);
            assert!(n
                .independent
                .p_level_at_least
                .iter()
                .all(|&p| p == 0.0 || p == 1.0));
        }
    }
}

#[test]
fn bad_options_and_assessments_are_refused_with_every_problem() {
    let fw = Framework::builtin();
    let mut o = UncertaintyOptions {
        draws: 0,
        ..Default::default()
    };
    o.model.low = LevelSpread {
        same: 0.8,
        next: 0.2,
    };
    o.model.high = LevelSpread {
        same: 1.2,
        next: -0.1,
    };
    let e = fw
        .uncertainty(&assessment(three_answers()), &o)
        .unwrap_err();
    let found: Vec<(&str, &str)> = e
        .details()
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("input.invalid_uncertainty_option", "/model/high"),
            ("input.invalid_uncertainty_option", "/model/low"),
            ("input.invalid_uncertainty_option", "/draws"),
        ]
    );
    let bad = assessment(json!({"answers": {"inst.info.routine_data": 9}}));
    let e = fw.uncertainty(&bad, &Default::default()).unwrap_err();
    assert_eq!(e.code(), "assessment.level_out_of_range");
}

#[test]
fn a_level_with_no_chance_is_no_outcome_and_no_probability_is_negative_zero() {
    let fw = Framework::builtin();
    let mut o = UncertaintyOptions::default();
    // `same` 0: a mid-scale answer is at the level below or above, never at its own.
    o.model.unstated = LevelSpread {
        same: 0.0,
        next: 0.5,
    };
    let a = assessment(json!({"answers": {
        "inst.info.routine_data": 2,
        "inst.info.me_integration": 2
    }}));
    let u = fw.uncertainty(&a, &o).unwrap();
    assert_eq!((u.method, u.uncertain_answers), (Method::Exact, 2));
    // 2 × 2 combinations, not 3 × 3.
    assert_eq!(u.draws, 4);
    let info = node(&u, "inst.info");
    // Levels 1, 1 / 1, 3 / 3, 1 / 3, 3: the mean of the two is 1, 2, 2 or 3.
    assert_eq!(info.independent.mean, Some(2.0));
    assert!((info.independent.p_level_at_least[3] - 0.25).abs() < 1e-12);
    let text = serde_json::to_string(&u).unwrap();
    assert!(!text.contains("-0.0"), "{text}");
    assert_eq!(
        info.independent.p_level_at_least[4].to_bits(),
        0.0f64.to_bits()
    );
}
