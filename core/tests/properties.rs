//! Properties of the scoring rules, checked on generated frameworks and assessments.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::{Framework, NodeResult, Report};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const MAX: u32 = 4;

/// A generated framework: domains → sub-domains → indicators, with random weights and rules.
#[derive(Debug, Clone)]
struct Shape {
    domains: Vec<DomainShape>,
}

/// (weight, uses `minimum`, sub-domains as (weight, uses `minimum`, indicator weights)).
type DomainShape = (f64, bool, Vec<(f64, bool, Vec<f64>)>);

fn shape() -> impl Strategy<Value = Shape> {
    let weight = prop::sample::select(vec![0.5, 1.0, 2.0, 3.0]);
    let sub = (
        weight.clone(),
        any::<bool>(),
        prop::collection::vec(weight.clone(), 1..5),
    );
    let domain = (weight, any::<bool>(), prop::collection::vec(sub, 1..4));
    prop::collection::vec(domain, 1..4).prop_map(|domains| Shape { domains })
}

fn framework_json(s: &Shape) -> Value {
    let levels: Vec<Value> = (0..=MAX)
        .map(|l| json!({"en": format!("level {l}")}))
        .collect();
    let domains: Vec<Value> = s
        .domains
        .iter()
        .enumerate()
        .map(|(di, (w, min, subs))| {
            let children: Vec<Value> = subs
                .iter()
                .enumerate()
                .map(|(si, (sw, smin, inds))| {
                    let indicators: Vec<Value> = inds
                        .iter()
                        .enumerate()
                        .map(|(ii, iw)| {
                            json!({"id": format!("d{di}.s{si}.i{ii}"), "statement": {"en": "s"}, "levels": levels, "weight": iw,
                                   "facets": {"loop": [if ii % 2 == 0 { "single" } else { "double" }]}})
                        })
                        .collect();
                    json!({"id": format!("d{di}.s{si}"), "name": {"en": "s"}, "weight": sw,
                           "aggregation": if *smin { "minimum" } else { "mean" }, "indicators": indicators})
                })
                .collect();
            json!({"id": format!("d{di}"), "name": {"en": "d"}, "weight": w,
                   "aggregation": if *min { "minimum" } else { "mean" }, "children": children})
        })
        .collect();
    json!({
        "id": "gen", "version": "1.0.0", "title": {"en": "generated"},
        "scale": {"levels": (0..=MAX).map(|l| json!({"level": l, "key": format!("l{l}"), "name": {"en": "n"}, "description": {"en": "d"}})).collect::<Vec<_>>()},
        "facets": [{"id": "loop", "name": {"en": "Loop"}, "values": [{"id": "single", "name": {"en": "S"}}, {"id": "double", "name": {"en": "D"}}]}],
        "domains": domains
    })
}

/// One answer: 0–4 a level, 5 na, 6 unknown, 7 missing.
fn answers(n: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..8, n)
}

fn assessment(fw: &Framework, codes: &[u8]) -> Value {
    let mut answers = Map::new();
    for (info, &c) in fw.indicators().iter().zip(codes) {
        let v = match c {
            0..=4 => json!(c),
            5 => json!({"level": "na", "justification": "does not apply"}),
            6 => json!("unknown"),
            _ => continue,
        };
        answers.insert(info.id.clone(), v);
    }
    json!({"answers": answers})
}

fn case() -> impl Strategy<Value = (Framework, Vec<u8>)> {
    shape().prop_flat_map(|s| {
        let fw = Framework::from_value(&framework_json(&s)).expect("generated framework is valid");
        let n = fw.indicator_count();
        (Just(fw), answers(n))
    })
}

fn all_nodes(r: &Report) -> Vec<&NodeResult> {
    fn walk<'a>(n: &'a NodeResult, out: &mut Vec<&'a NodeResult>) {
        out.push(n);
        for c in &n.children {
            walk(c, out);
        }
    }
    let mut out = Vec::new();
    for d in &r.domains {
        walk(d, &mut out);
    }
    out
}

fn score(fw: &Framework, codes: &[u8]) -> Report {
    fw.score_value(&assessment(fw, codes))
        .expect("generated assessment is valid")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn scores_are_on_the_scale_and_agree_with_levels((fw, codes) in case()) {
        let r = score(&fw, &codes);
        let mut summaries: Vec<&lhs_maturity::ScoreSummary> = all_nodes(&r).into_iter().map(|n| &n.score).collect();
        summaries.push(&r.overall);
        for f in &r.facets { for v in &f.values { summaries.push(&v.score); } }
        for s in summaries {
            match s.score {
                Some(x) => {
                    prop_assert!((0.0..=f64::from(MAX)).contains(&x), "score {x}");
                    let l = s.level.unwrap();
                    prop_assert!(x >= f64::from(l) - 1e-9);
                    prop_assert!(l == MAX || x < f64::from(l + 1) - 1e-9);
                    prop_assert_eq!(s.level_key.as_ref().map(ToString::to_string), Some(format!("l{l}")));
                    prop_assert!((s.percent.unwrap() - 100.0 * x / f64::from(MAX)).abs() < 1e-9);
                }
                None => {
                    prop_assert!(s.level.is_none() && s.percent.is_none() && s.level_key.is_none());
                    prop_assert_eq!(s.counts.rated, 0);
                }
            }
            let c = s.counts;
            prop_assert_eq!(c.total, c.rated + c.na + c.unknown + c.missing);
            if let Some(cov) = s.coverage { prop_assert!((0.0..=1.0).contains(&cov)); }
        }
    }

    #[test]
    fn raising_an_answer_never_lowers_a_score_containing_it((fw, codes) in case(), pick in any::<prop::sample::Index>()) {
        let rated: Vec<usize> = codes.iter().enumerate().filter(|(_, &c)| c < 4).map(|(i, _)| i).collect();
        prop_assume!(!rated.is_empty());
        let i = *pick.get(&rated);
        let mut raised = codes.clone();
        raised[i] += 1;
        let (before, after) = (score(&fw, &codes), score(&fw, &raised));
        let id = &fw.indicators()[i].id;
        for (b, a) in all_nodes(&before).into_iter().zip(all_nodes(&after)) {
            if id.starts_with(&format!("{}.", b.id)) {
                prop_assert!(a.score.score.unwrap() >= b.score.score.unwrap() - 1e-12, "{} went from {:?} to {:?}", b.id, b.score.score, a.score.score);
            }
        }
        prop_assert!(after.overall.score.unwrap() >= before.overall.score.unwrap() - 1e-12);
    }

    #[test]
    fn marking_na_leaves_other_nodes_unchanged((fw, codes) in case(), pick in any::<prop::sample::Index>()) {
        let i = pick.index(codes.len());
        let mut na = codes.clone();
        na[i] = 5;
        let (before, after) = (score(&fw, &codes), score(&fw, &na));
        let id = &fw.indicators()[i].id;
        for (b, a) in all_nodes(&before).into_iter().zip(all_nodes(&after)) {
            if !id.starts_with(&format!("{}.", b.id)) {
                prop_assert_eq!(b.score.score, a.score.score, "{}", &b.id);
                prop_assert_eq!(b.score.coverage, a.score.coverage);
            }
        }
    }

    #[test]
    fn order_of_answers_and_keys_never_changes_the_report((fw, codes) in case(), seed in any::<u64>()) {
        let doc = assessment(&fw, &codes);
        let mut entries: Vec<(String, Value)> = doc["answers"].as_object().unwrap().clone().into_iter().collect();
        // A deterministic shuffle driven by the seed.
        let mut s = seed | 1;
        for k in (1..entries.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            entries.swap(k, (s % (k as u64 + 1)) as usize);
        }
        let shuffled_answers: Map<String, Value> = entries.into_iter().collect();
        let mut shuffled = Map::new();
        shuffled.insert("answers".into(), Value::Object(shuffled_answers));
        shuffled.insert("period".into(), json!("2026-Q1"));
        let mut original = doc.as_object().unwrap().clone();
        original.insert("period".into(), json!("2026-Q1"));
        let a = fw.score_json(&serde_json::to_string(&Value::Object(original)).unwrap()).unwrap();
        let b = fw.score_json(&serde_json::to_string(&Value::Object(shuffled)).unwrap()).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn reports_round_trip_through_json((fw, codes) in case()) {
        let r = score(&fw, &codes);
        let back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back, r);
    }

    #[test]
    fn assessments_round_trip_through_json((fw, codes) in case()) {
        let doc = assessment(&fw, &codes);
        let a = lhs_maturity::Assessment::from_value(&doc).unwrap();
        let text = a.to_json();
        let b = lhs_maturity::Assessment::from_json(&text).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(serde_json::to_value(&b).unwrap(), doc);
    }

    #[test]
    fn explanations_reproduce_node_scores((fw, codes) in case()) {
        let r = score(&fw, &codes);
        for n in all_nodes(&r) {
            let sum: f64 = n.explanation.iter().map(|c| c.effective_weight * c.score.unwrap_or(0.0)).sum();
            match n.score.score {
                Some(s) => prop_assert!((s - sum).abs() < 1e-9, "{}: {s} vs {sum}", n.id),
                None => prop_assert!(n.explanation.iter().all(|c| c.excluded.is_some())),
            }
        }
    }

    #[test]
    fn shares_add_up_to_one((fw, _codes) in case()) {
        let total: f64 = fw.indicators().iter().map(|i| i.share).sum();
        prop_assert!((total - 1.0).abs() < 1e-9);
    }

    #[test]
    fn arbitrary_json_never_panics(text in "\\PC{0,200}") {
        let fw = Framework::builtin();
        let score = fw.score_json(&text);
        let diags = fw.validate_json(&text);
        let _ = Framework::from_json(&text);
        score_fails_exactly_when_validate_reports_an_error(&text, &score, &diags)?;
    }

    #[test]
    fn score_json_fails_exactly_when_validate_json_reports_an_error(text in near_assessment_text()) {
        let fw = Framework::builtin();
        let score = fw.score_json(&text);
        let diags = fw.validate_json(&text);
        score_fails_exactly_when_validate_reports_an_error(&text, &score, &diags)?;
    }
}

/// `score_json` fails exactly when `validate_json` reports an error, and then with the same
/// errors: the first one's code and path, and the list of every error's code and path.
fn score_fails_exactly_when_validate_reports_an_error(
    text: &str,
    score: &Result<Report, lhs_maturity::Error>,
    diags: &[lhs_maturity::Diagnostic],
) -> Result<(), TestCaseError> {
    let located = |d: &lhs_maturity::Diagnostic| (d.code.clone(), d.path.clone());
    let errors: Vec<(String, String)> =
        diags.iter().filter(|d| d.is_error()).map(located).collect();
    match score {
        Ok(_) => prop_assert!(
            errors.is_empty(),
            "score_json accepted {text:?}, validate_json reports {errors:?}"
        ),
        Err(e) => {
            prop_assert!(
                !errors.is_empty(),
                "score_json failed with {} on {text:?}, validate_json reports no error",
                e.code()
            );
            prop_assert_eq!(
                (e.code(), e.path()),
                (errors[0].0.as_str(), errors[0].1.as_str()),
                "first error of {:?}",
                text
            );
            let all: Vec<(String, String)> = e
                .details()
                .iter()
                .filter(|d| d.is_error())
                .map(located)
                .collect();
            prop_assert_eq!(all, errors, "every error of {:?}", text);
        }
    }
    Ok(())
}

/// JSON text of an assessment of the built-in framework that is valid, or nearly so: real and
/// misspelt indicator ids, levels in and out of range or of the wrong type, answer objects with
/// targets, confidences and evidence, and top-level fields right, wrong or unknown.
fn near_assessment_text() -> impl Strategy<Value = String> {
    let mut ids: Vec<String> = Framework::builtin()
        .indicators()
        .iter()
        .take(6)
        .map(|i| i.id.to_string())
        .collect();
    ids.extend(["inst.info.routin_data", "inst", "", "a/b~c"].map(String::from));
    let level = prop_oneof![
        4 => (0i64..7).prop_map(|l| json!(l)),
        1 => prop::sample::select(vec![
            json!(-1), json!(2.5), json!(2.0), json!("unknown"), json!("na"), json!("n/a"),
            json!("2"), json!(true), Value::Null, json!([2]), json!(1e300),
        ]),
    ];
    let field = |values: Vec<Value>| prop::option::weighted(0.3, prop::sample::select(values));
    let object = (
        level.clone(),
        field(vec![json!(3), json!(4), json!(9), json!("4"), json!(-1)]),
        field(vec![json!("low"), json!("high"), json!("sure"), json!(1)]),
        field(vec![json!("minutes"), json!(""), json!(7), json!(["a"])]),
        field(vec![json!("does not apply"), json!(3)]),
        field(vec![json!(1)]),
    )
        .prop_map(
            |(level, target, confidence, evidence, justification, extra)| {
                let mut m = Map::new();
                m.insert("level".into(), level);
                let named = [
                    ("target", target),
                    ("confidence", confidence),
                    ("evidence", evidence),
                    ("justification", justification),
                    ("levle", extra),
                ];
                for (k, v) in named {
                    if let Some(v) = v {
                        m.insert(k.into(), v);
                    }
                }
                Value::Object(m)
            },
        );
    let answer = prop_oneof![3 => level, 2 => object];
    let answers = prop_oneof![
        12 => prop::collection::vec((prop::sample::select(ids), answer), 0..6)
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        1 => prop::sample::select(vec![json!([]), json!("x"), Value::Null]),
    ];
    let version = Framework::builtin().version().to_string();
    (
        prop::option::weighted(0.95, answers),
        field(vec![json!(3), json!(0), json!(5), json!("3"), json!(-1)]),
        field(vec![
            json!({"id": "lhs-2021", "version": version}),
            json!({"id": "lhs-2021", "version": "1.0.0"}),
            json!({"id": "other"}),
            json!("lhs-2021"),
        ]),
        field(vec![
            json!({"name": "Kisumu", "kind": "district"}),
            json!({"kind": "planet"}),
            json!("Kisumu"),
        ]),
        field(vec![json!(1)]),
    )
        .prop_map(|(answers, target, framework, unit, unknown)| {
            let mut m = Map::new();
            let named = [
                ("answers", answers),
                ("default_target", target),
                ("framework", framework),
                ("unit", unit),
                ("answres", unknown),
            ];
            for (k, v) in named {
                if let Some(v) = v {
                    m.insert(k.into(), v);
                }
            }
            Value::Object(m).to_string()
        })
}
