//! Runs `spec/errors/rating-inputs.json` against the core's readers (`analysis::rating_matrix`,
//! `Framework::content_validity_of`), with JSON values converted as a binding converts its own:
//! the same list of `[code, path]` as the Python and JavaScript suites expect.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use lhs_maturity::analysis::{self, Listed, RatingItem, Scalar};
use lhs_maturity::{Error, Framework};
use lhs_maturity_conformance::repo_root;
use serde_json::Value;

/// A JSON value as a binding gives it: `{"$": "NaN"}` (and the infinities) is that number.
fn scalar(v: &Value) -> Scalar {
    match v {
        Value::Null => Scalar::Missing,
        Value::Number(n) => Scalar::Number(n.as_f64().unwrap()),
        Value::String(s) => Scalar::Text(s.clone()),
        Value::Object(m) if m.len() == 1 && m.contains_key("$") => {
            Scalar::Number(m["$"].as_str().unwrap().parse().unwrap())
        }
        other => Scalar::Other(other.to_string()),
    }
}

fn listed<T>(v: &Value, item: impl Fn(&Value) -> T) -> Listed<T> {
    match v {
        Value::Array(items) => Listed::List(items.iter().map(item).collect()),
        other => Listed::Other(other.to_string()),
    }
}

fn rating(v: &Value) -> RatingItem {
    match v {
        Value::Object(m) => {
            let field = |k: &str| m.get(k).map_or(Scalar::Missing, scalar);
            RatingItem::Fields {
                expert: field("expert"),
                indicator: field("indicator"),
                relevance: field("relevance"),
            }
        }
        other => RatingItem::Other(other.to_string()),
    }
}

fn found<T>(r: Result<T, Error>) -> Value {
    let pairs: Vec<Value> = r
        .err()
        .map(|e| e.details().to_vec())
        .unwrap_or_default()
        .iter()
        .map(|d| serde_json::json!([d.code, d.path]))
        .collect();
    Value::Array(pairs)
}

#[test]
fn the_shared_bad_matrices_and_ratings() {
    let path = repo_root().join("spec/errors/rating-inputs.json");
    let cases: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let matrices = cases["matrices"].as_array().unwrap();
    let ratings = cases["ratings"].as_array().unwrap();
    assert!(matrices.len() >= 5 && ratings.len() >= 2);
    for c in matrices {
        let got = found(analysis::rating_matrix(listed(&c["data"], |row| {
            listed(row, scalar)
        })));
        assert_eq!(got, c["expect"], "{}", c["description"]);
    }
    let fw = Framework::builtin();
    for c in ratings {
        let items = c["ratings"]
            .as_array()
            .unwrap()
            .iter()
            .map(rating)
            .collect();
        let got = found(fw.content_validity_of(items));
        assert_eq!(got, c["expect"], "{}", c["description"]);
    }
}
