//! Guards the built-in framework against overlapping indicators: the text similarity of every
//! pair of indicators (TF-IDF cosine of the statement and level elements, with the scale's shared
//! wording left out) and the overlap of their evidence lists. The pairs a person reviewed sit in
//! `tests/similar-pairs.json` with a one-line reason; a pair that is not there and is more similar
//! than the most similar reviewed pair fails the test.
//!
//! `SHOW_SIMILAR=20 cargo test -p lhs-maturity-conformance --test similarity -- --nocapture`
//! prints the 20 most similar pairs.

use lhs_maturity::{Framework, Indicator, NodeContent};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Words of the scale's shared wording and function words, left out of the comparison.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "by",
    "at",
    "from",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "its",
    "it",
    "their",
    "that",
    "which",
    "who",
    "as",
    "this",
    "these",
    "each",
    "every",
    "any",
    "all",
    "most",
    "majority",
    "some",
    "least",
    "past",
    "months",
    "month",
    "years",
    "year",
    "12",
    "24",
    "3",
    "2",
    "1",
    "4",
    "one",
    "two",
    "three",
    "meets",
    "continuity",
    "rule",
    "unit",
    "unit's",
    "sub-units",
    "sub-unit",
    "level",
    "element",
    "elements",
    "met",
    "has",
    "have",
    "had",
    "since",
    "after",
    "than",
    "more",
    "there",
    "they",
    "them",
    "can",
    "do",
    "does",
    "did",
    "not",
    "no",
    "into",
    "per",
    "changed",
    "reviewed",
    "review",
    "written",
    "shows",
    "show",
    "record",
    "records",
    "recorded",
    "minutes",
];

#[derive(Deserialize)]
struct Reviewed {
    a: String,
    b: String,
    reason: String,
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(str::to_lowercase)
        .filter(|w| w.len() > 1 && !STOP.contains(&w.as_str()))
        .map(|w| w.trim_end_matches('s').to_owned())
        .collect()
}

fn indicators(fw: &Framework) -> Vec<Indicator> {
    fn walk(n: &lhs_maturity::Node, out: &mut Vec<Indicator>) {
        match &n.content {
            NodeContent::Children(c) => c.iter().for_each(|x| walk(x, out)),
            NodeContent::Indicators(i) => out.extend(i.iter().cloned()),
        }
    }
    let mut out = Vec::new();
    fw.spec().domains.iter().for_each(|d| walk(d, &mut out));
    out
}

fn text_of(i: &Indicator) -> String {
    let mut t = vec![i.statement.en().to_owned()];
    t.extend(
        i.levels
            .iter()
            .skip(1)
            .map(|l| l.descriptor().en().to_owned()),
    );
    t.join(" ")
}

fn tfidf(docs: &[Vec<String>]) -> Vec<HashMap<String, f64>> {
    let n = docs.len() as f64;
    let mut df: HashMap<&str, f64> = HashMap::new();
    for d in docs {
        for w in d.iter().collect::<BTreeSet<_>>() {
            *df.entry(w.as_str()).or_default() += 1.0;
        }
    }
    docs.iter()
        .map(|d| {
            let mut tf: HashMap<String, f64> = HashMap::new();
            for w in d {
                *tf.entry(w.clone()).or_default() += 1.0;
            }
            let mut v: HashMap<String, f64> = tf
                .into_iter()
                .map(|(w, c)| {
                    let idf = (n / df.get(w.as_str()).copied().unwrap_or(1.0)).ln() + 1.0;
                    (w, c * idf)
                })
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            v.values_mut().for_each(|x| *x /= norm.max(1e-12));
            v
        })
        .collect()
}

fn cosine(a: &HashMap<String, f64>, b: &HashMap<String, f64>) -> f64 {
    a.iter().filter_map(|(w, x)| b.get(w).map(|y| x * y)).sum()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let inter = a.intersection(b).count() as f64;
    let union = a.union(b).count() as f64;
    if union == 0.0 {
        0.0
    } else {
        inter / union
    }
}

/// Every pair of indicators with its similarity: the larger of the text cosine and the
/// evidence overlap, most similar first.
fn pairs(fw: &Framework) -> Vec<(f64, f64, f64, String, String)> {
    let inds = indicators(fw);
    let docs: Vec<Vec<String>> = inds.iter().map(|i| tokens(&text_of(i))).collect();
    let vecs = tfidf(&docs);
    let evidence: Vec<BTreeSet<String>> = inds
        .iter()
        .map(|i| {
            i.evidence
                .iter()
                .flat_map(|e| tokens(e.en()))
                .collect::<BTreeSet<_>>()
        })
        .collect();
    let mut out = Vec::new();
    for x in 0..inds.len() {
        for y in x + 1..inds.len() {
            let (Some(vx), Some(vy)) = (vecs.get(x), vecs.get(y)) else {
                continue;
            };
            let (Some(ex), Some(ey)) = (evidence.get(x), evidence.get(y)) else {
                continue;
            };
            let t = cosine(vx, vy);
            let e = jaccard(ex, ey);
            let (Some(a), Some(b)) = (inds.get(x), inds.get(y)) else {
                continue;
            };
            out.push((t.max(e), t, e, a.id.clone(), b.id.clone()));
        }
    }
    out.sort_by(|p, q| q.0.total_cmp(&p.0));
    out
}

#[test]
fn no_unreviewed_pair_of_indicators_is_more_similar_than_the_reviewed_ones() {
    let fw = Framework::builtin();
    let all = pairs(&fw);
    if let Some(n) = std::env::var("SHOW_SIMILAR")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        for (s, t, e, a, b) in all.iter().take(n) {
            println!("{s:.3}  text {t:.3}  evidence {e:.3}  {a}  {b}");
        }
    }
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/similar-pairs.json"))
        .expect("tests/similar-pairs.json");
    let reviewed: Vec<Reviewed> = serde_json::from_str(&text).expect("a list of {a, b, reason}");
    let score: BTreeMap<(String, String), f64> = all
        .iter()
        .map(|(s, _, _, a, b)| ((a.clone(), b.clone()), *s))
        .collect();
    let mut highest = 0.0f64;
    for r in &reviewed {
        assert!(
            !r.reason.trim().is_empty(),
            "{} / {}: give a reason",
            r.a,
            r.b
        );
        let s = score
            .get(&(r.a.clone(), r.b.clone()))
            .or_else(|| score.get(&(r.b.clone(), r.a.clone())))
            .unwrap_or_else(|| panic!("{} / {} is not a pair of indicators", r.a, r.b));
        highest = highest.max(*s);
    }
    let is_reviewed = |a: &str, b: &str| {
        reviewed
            .iter()
            .any(|r| (r.a == a && r.b == b) || (r.a == b && r.b == a))
    };
    let new: Vec<String> = all
        .iter()
        .filter(|(s, _, _, a, b)| *s > highest && !is_reviewed(a, b))
        .map(|(s, t, e, a, b)| format!("{a} / {b}: {s:.3} (text {t:.3}, evidence {e:.3})"))
        .collect();
    assert!(
        new.is_empty(),
        "pairs more similar than the most similar reviewed pair ({highest:.3}); merge or rewrite them, or review them in tests/similar-pairs.json:\n{}",
        new.join("\n")
    );
}

#[test]
fn the_measure_sees_a_near_duplicate() {
    let a = tokens("Managers review routine data at set meetings and act on the data.");
    let b = tokens("Managers review routine data at set meetings and act on what the data show.");
    let c = tokens("Researchers publish policy and systems research with partners.");
    let v = tfidf(&[a, b, c]);
    assert!(cosine(&v[0], &v[1]) > 0.8, "{}", cosine(&v[0], &v[1]));
    assert!(cosine(&v[0], &v[2]) < 0.1);
}
