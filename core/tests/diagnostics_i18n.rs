//! The diagnostics an evaluator can cause, in the evaluator's language.
//!
//! A corpus of bad documents (the spec vectors and the bad inputs below: JSON, files, CSV,
//! options, matrices, reports, analyses, migrations) produces every evaluator-facing
//! diagnostic; each must be written from `spec/i18n/messages/en/diagnostics.ftl` with the
//! arguments its message uses, and every message of that catalog must be produced.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::analysis::{self, MigrationMap, PoolOptions, RelevanceRating};
use lhs_maturity::i18n::{self, Catalog, DiagArg};
use lhs_maturity::{Assessment, Diagnostic, Error, Framework, Report, Severity, UnitKind};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The prefixes of the codes an evaluator can cause.
const EVALUATOR: [&str; 10] = [
    "dhis2.",
    "fhir.",
    "submissions.",
    "assessment.",
    "csv.",
    "input.",
    "migration.",
    "language.",
    "report.",
    "workbook.",
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Every diagnostic of a result, error or warning.
fn all<T>(r: Result<T, Error>) -> Vec<Diagnostic> {
    r.err().map(|e| e.details().to_vec()).unwrap_or_default()
}

fn report(fw: &Framework, answers: Value, unit: Value, period: &str) -> Report {
    fw.score_value_with(
        &json!({"unit": unit, "period": period, "answers": answers}),
        &Default::default(),
    )
    .unwrap()
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lhs-diag-i18n-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The spec vectors: every framework and assessment, validated and scored.
fn vectors(out: &mut Vec<(String, Diagnostic)>) {
    let root = repo().join("spec/vectors");
    let mut stack = vec![root.clone()];
    let mut files = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "json") {
                files.push(p);
            }
        }
    }
    files.sort();
    for p in files {
        let name = p.strip_prefix(&root).unwrap().display().to_string();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let fw = match &case["framework"] {
            Value::String(s) if s == "builtin" => Framework::builtin(),
            Value::String(s) if s.starts_with("builtin@") => {
                match Framework::builtin_version(&s["builtin@".len()..]) {
                    Ok(f) => f,
                    Err(_) => continue,
                }
            }
            Value::Object(_) => match Framework::from_value(&case["framework"]) {
                Ok(f) => f,
                Err(_) => continue,
            },
            _ => continue,
        };
        let diags = match case["assessment_text"].as_str() {
            Some(t) => fw.validate_json(t),
            None => fw.validate_value(&case["assessment"]),
        };
        out.extend(diags.into_iter().map(|d| (name.clone(), d)));
    }
}

/// Bad JSON assessments of every kind.
fn assessments(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    let texts: &[&str] = &[
        "{",
        "[1, 2",
        "{\"answers\": {}} x",
        "{\"answers\": {\"a\": 1, \"a\": 2}}",
        "[]",
        "{\"period\": 2026, \"answers\": {}}",
        "{}",
        "{\"answers\": []}",
        "{\"answers\": 3}",
        "{\"framework\": {\"version\": 1}, \"unit\": [], \"respondent\": \"x\", \"answers\": {}}",
        "{\"framework\": \"lhs\", \"answers\": {}}",
        "{\"language\": \"fr FR\", \"anwsers\": {}, \"answers\": {}, \"zzz\": 1, \"$schema\": \"x\"}",
        "{\"default_target\": \"3\", \"answers\": {}}",
        "{\"default_target\": \"high\", \"answers\": {}}",
        "{\"default_target\": -1, \"answers\": {}}",
        "{\"default_target\": 2.5, \"answers\": {}}",
        "{\"default_target\": 1e12, \"answers\": {}}",
        "{\"default_target\": 99999999999, \"answers\": {}}",
        "{\"default_target\": true, \"answers\": {}}",
        "{\"default_target\": 9, \"answers\": {}}",
        r#"{"answers": {"inst.info.routine_data": "N/A", "inst.info.me_integration": "Unknown", "inst.info.embedded_research": "2", "inst.info.policy_research_institutes": "high", "inst.info.hta_priority_setting": 2.5, "inst.info.emergency_intelligence": -1, "inst.info.community_feedback": [1], "inst.info.institutional_memory": 1e10, "inst.delib.working_groups": 123456789012, "inst.delib.intersectoral": {"level": "x"}}}"#,
        r#"{"answers": {"inst.info.routine_data": {"level": 2, "confidence": "sure"}, "inst.info.me_integration": {"confidence": 3}, "inst.info.embedded_research": {"target": "2"}, "inst.info.policy_research_institutes": {"target": "x"}, "inst.info.hta_priority_setting": {"elements": []}, "inst.info.emergency_intelligence": {"elements": {"L1a": 1, "L2a": null}}, "inst.info.community_feedback": {"level": 1, "evidence": 3, "levle": 2, "note": "x"}, "inst.info.institutional_memory": {"evidence": ["a"]}}}"#,
        r#"{"framework": {"id": "other"}, "answers": {}}"#,
        r#"{"framework": {"id": "lhs-2021", "version": "9.9.9"}, "answers": {}}"#,
        r#"{"unit": {"name": "x"}, "answers": {"inst.info.routine_data": 2}}"#,
        r#"{"answers": {"inst.info.routine_data": 2}}"#,
        r#"{"unit": {"kind": "hospital"}, "answers": {"inst.info.routine_data": 2}}"#,
        r#"{"unit": {"kind": "distict"}, "answers": {"inst.info.routine_data": 2}}"#,
        r#"{"unit": {"kind": "facility"}, "default_target": 1, "answers": {"inst.info.routin_data": 2, "inst.info": 2, "zzz.qqq": 1, "inst": 1, "inst.info.policy_research_institutes": 2, "inst.info.routine_data": {"level": 9, "target": 7}, "inst.info.me_integration": 4, "inst.info.community_feedback": {"level": 3, "target": 2}, "inst.info.institutional_memory": 3, "inst.delib.working_groups": "na", "inst.delib.reflective_reviews": {"level": "na", "justification": "none"}}}"#,
        r#"{"unit": {"kind": "district"}, "answers": {"inst.info.routine_data": {"level": 3, "elements": {"L1a": true, "L2a": true, "L2b": false, "L9z": true}}, "inst.info.me_integration": {"level": 3, "elements": {"L1a": true, "L2a": false}}, "inst.info.embedded_research": {"elements": {"L1a": true, "L2a": true, "L2b": true}}, "inst.info.emergency_intelligence": {"elements": {"L1a": true, "L2a": true}}, "inst.delib.working_groups": {"level": 2, "elements": {"X": true}}}}"#,
    ];
    for (i, t) in texts.iter().enumerate() {
        let name = format!("assessment/{i}");
        out.extend(fw.validate_json(t).into_iter().map(|d| (name.clone(), d)));
        out.extend(
            all(fw.score_json(t))
                .into_iter()
                .map(|d| (format!("{name}/score"), d)),
        );
        if let Ok(a) = Assessment::from_json(t) {
            if let Ok((_, Some(w))) = Framework::builtin_for(&a) {
                out.push((format!("{name}/builtin_for"), w));
            }
            out.extend(
                all(Framework::builtin_for(&a))
                    .into_iter()
                    .map(|d| (format!("{name}/builtin_for"), d)),
            );
        }
    }
    let v1 = Framework::builtin_version("1.0.0").unwrap();
    let d = v1.validate_json(r#"{"answers": {"inst.info.routine_data": 2}}"#);
    out.extend(d.into_iter().map(|d| ("assessment/v1".to_owned(), d)));
    let big = format!("{{\"answers\": {{}}, \"x\": \"{}\"}}", " ".repeat(17 << 20));
    out.extend(
        fw.validate_json(&big)
            .into_iter()
            .map(|d| ("assessment/too_large".to_owned(), d)),
    );
    out.extend(
        all(Report::from_json(&big))
            .into_iter()
            .map(|d| ("report/too_large".to_owned(), d)),
    );
    out.extend(
        all(PoolOptions::from_json(&big))
            .into_iter()
            .map(|d| ("input/too_large".to_owned(), d)),
    );
}

/// Files that cannot be read.
fn files(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    let latin1 = temp(
        "latin1.json",
        b"{\"answers\": {}, \"n\": \"S\xe3o Tom\xe9\"}",
    );
    let big = temp("big.json", &vec![b' '; (16 << 20) + 1]);
    let dir = latin1.parent().unwrap().to_path_buf();
    let missing = dir.join("missing.json");
    for (name, p) in [
        ("latin1", &latin1),
        ("big", &big),
        ("dir", &dir),
        ("missing", &missing),
    ] {
        let n = format!("files/{name}");
        out.extend(
            all(Assessment::from_path(p))
                .into_iter()
                .map(|d| (n.clone(), d)),
        );
        out.extend(
            all(Report::from_path(p))
                .into_iter()
                .map(|d| (n.clone(), d)),
        );
        out.extend(
            all(fw.report_of_path(p, &Default::default()))
                .into_iter()
                .map(|d| (n.clone(), d)),
        );
        out.extend(
            all(Framework::from_path(p))
                .into_iter()
                .map(|d| (n.clone(), d)),
        );
        out.extend(
            all(lhs_maturity::read_text_file(
                p,
                lhs_maturity::Document::Input,
            ))
            .into_iter()
            .map(|d| (n.clone(), d)),
        );
    }
    let csv = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    for (name, p) in [
        (
            "many",
            csv("many.csv", "unit_id,inst.info.routine_data\nk1,2\nk2,3\n"),
        ),
        (
            "no_rows",
            csv("empty.csv", "unit_id,inst.info.routine_data\n"),
        ),
    ] {
        let n = format!("files/{name}");
        out.extend(
            all(fw.score_path_with(&p, &Default::default()))
                .into_iter()
                .map(|d| (n.clone(), d)),
        );
    }
    out.extend(
        all(fw.score_json("data/team.json"))
            .into_iter()
            .map(|d| ("files/path_as_text".to_owned(), d)),
    );
    std::fs::remove_dir_all(&dir).unwrap();
    // A framework's file and JSON text are read like any other (its structure is checked in
    // English, for its authors).
    let big = format!("{{\"x\": \"{}\"}}", " ".repeat(17 << 20));
    for t in [
        "{",
        "[1,",
        r#"{"id": "a", "id": "b"}"#,
        big.as_str(),
        r#"{"id": 3}"#,
    ] {
        out.extend(
            all(Framework::from_json(t))
                .into_iter()
                .map(|d| ("framework/json".to_owned(), d)),
        );
    }
    out.extend(
        all(Framework::builtin_version("3.0.0"))
            .into_iter()
            .map(|d| ("framework/version".to_owned(), d)),
    );
}

/// Bad CSV files, wide and long.
fn csv(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    let texts: &[&str] = &[
        "",
        "\u{feff}\n\n",
        "a,\"b\nc",
        "unit_id,inst.info.routine_data,Inst.Info.Routine_Data,foo,,inst.info.me_integration,inst.info.routin_data\na,2,3,x,,9x,1\n",
        "unit_id,inst.info.routine_data,\na,2,\nb,2,oops\nc,7,,\nd,2.5\ne,-1\nf,1e300\ng,300\nh,1,,4,5\n",
        "unit_id,default_target,inst.info.routine_data\na,9,1\nb,na,1\nc,2.5,1\nd,x,1\n",
        "framework_id,framework_version,inst.info.routine_data\nother,2.0.0,1\nlhs-2021,9.9,1\n",
        "unit_kind,inst.info.routine_data,inst.info.policy_research_institutes\nfacility,2,na\n",
        "id,answr\nx,1\n",
        "id,answer,evidnce\n",
        "name,statement\n",
        "id,answer,confidence,target\ninst.info.routin_data,2,,\ninst.info.routine_data,7,sure,x\ninst.info.routine_data,1,,\n,3,,\nzzzzzzzz,1,,\ndefault_target,na,,\ninst.delib.working_groups,2.5,,\ninst.delib.intersectoral,1,,na\n",
        "id,answer,target\ninst.info.routine_data,7,9\ninst.delib.working_groups,na,\n",
    ];
    for (i, t) in texts.iter().enumerate() {
        let name = format!("csv/{i}");
        out.extend(fw.validate_csv(t).into_iter().map(|d| (name.clone(), d)));
        if let Ok(m) = fw.matrix_from_csv(t) {
            for f in m.failed {
                out.extend(f.error.details().iter().map(|d| (name.clone(), d.clone())));
            }
        }
        out.extend(
            all(fw.matrix_from_csv(t))
                .into_iter()
                .map(|d| (name.clone(), d)),
        );
    }
    out.extend(
        all(fw.read_csv_bytes(b"unit_name\nS\xe3o Tom\xe9\n"))
            .into_iter()
            .map(|d| ("csv/bytes".to_owned(), d)),
    );
}

/// Options, matrices, reports.
fn inputs(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    let mut push = |name: &str, ds: Vec<Diagnostic>| {
        out.extend(ds.into_iter().map(|d| (name.to_owned(), d)));
    };
    let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 1}}"#).unwrap();
    let opts = lhs_maturity::ScoreOptions {
        default_target: Some(9),
        ..Default::default()
    };
    push("score/target", all(fw.score_with(&a, &opts)));
    push(
        "score/unknown",
        all("sometimes".parse::<lhs_maturity::UnknownRule>()),
    );
    push(
        "score/unit_kind",
        all(UnitKind::from_option("hospital", "/unit_kind")),
    );
    // The options object of a binding call (`OptionReader`): every problem at once.
    for (options, known) in [
        (json!("median"), &["method"][..]),
        (
            json!({"allow_mismatch": 1, "weights": 2}),
            &["method", "allowMismatch"][..],
        ),
        (json!({"group_by": 1, "other": 2}), &["group_by"][..]),
    ] {
        push(
            "options/names",
            all(
                lhs_maturity::OptionReader::new(&options, known, "{ method: \"median\" }").finish(),
            ),
        );
    }
    let given = json!({"a": 1, "b": "x", "c": [], "d": true, "e": 2.5, "t": "3", "u": "zero"});
    let mut o = lhs_maturity::OptionReader::new(&given, &["a", "b", "c", "d", "e", "t", "u"], "{}");
    o.string("a");
    o.bool("b");
    o.object("c");
    o.whole_number("d");
    o.whole_number("e");
    o.target("t");
    let rule = o.name("u").map(|n| n.parse::<lhs_maturity::UnknownRule>());
    assert!(matches!(rule, Some(Ok(_))));
    push("options/values", all(o.finish()));
    push("matrix/shape", all(fw.score_matrix(&[1, 2, 3])));
    let n = fw.indicator_count();
    let mut cells = vec![0i8; n * 40];
    for (k, c) in cells.iter_mut().enumerate() {
        *c = if k % 2 == 0 { 9 } else { -9 };
    }
    push("matrix/cells", all(fw.score_matrix(&cells)));
    let opts = Default::default();
    for t in [
        "{",
        r#"{"period": "2026"}"#,
        "[1, 2]",
        r#"{"overall": 3}"#,
        r#"{"a": 1, "a": 2}"#,
    ] {
        push("report", all(fw.report_of_json(t, &opts)));
        push("report/from_json", all(Report::from_json(t)));
    }
    push(
        "report/value",
        all(fw.report_of_value(&json!({"x": 1}), &opts)),
    );
}

/// The analyses.
/// Pooling: options, consensus, inputs that cannot be pooled.
fn pooling(fw: &Framework, push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    push(
        "pool/options",
        all(PoolOptions::from_json(r#"{"metod": "mode"}"#)),
    );
    push(
        "pool/options_json",
        all(PoolOptions::from_json(r#"{"a": 1, "a": 1}"#)),
    );
    push("pool/options_json", all(PoolOptions::from_json("{")));
    push(
        "pool/options_json",
        all(PoolOptions::consensus_from_json("[1, x]")),
    );
    push(
        "pool/consensus",
        all(PoolOptions::consensus_from_json("[1]")),
    );
    push(
        "pool/consensus",
        all(PoolOptions::consensus_from_json(
            r#"{"a.b.c": {"level": 1}, "x": 2, "y": {"level": 1, "rationale": "r"}}"#,
        )),
    );
    push(
        "pool/consensus",
        all(PoolOptions::consensus_from_json(r#"{"a": {}, "a": {}}"#)),
    );
    push("pool/empty", all(fw.pool(&[], &Default::default())));
    let r = |id: &str, extra: Value| {
        let mut v = json!({"unit": {"id": "kis"}, "period": "2026", "respondent": {"id": id}, "answers": {"inst.info.routine_data": 2}});
        if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
            m.extend(e);
        }
        Assessment::from_value(&v).unwrap()
    };
    let bad =
        Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 9, "zz.zz": 1}}"#).unwrap();
    push(
        "pool/invalid",
        all(fw.pool(&[r("a", json!({})), bad], &Default::default())),
    );
    push(
        "pool/mismatch",
        all(fw.pool(
            &[
                r("a", json!({})),
                r("b", json!({"unit": {"id": "sia"}, "period": "2025", "framework": {"id": "lhs-2021", "version": "2.0.0"}})),
            ],
            &Default::default(),
        )),
    );
    let consensus = PoolOptions::consensus_from_json(
        r#"{"inst.info.routin_data": {"level": 1, "rationale": "r"}, "zzzz": {"level": 1, "rationale": "r"}, "inst.info.me_integration": {"level": 9, "rationale": "r"}, "inst.info.embedded_research": {"level": "N/A", "rationale": "r"}, "inst.info.community_feedback": {"level": "x", "rationale": "r"}, "inst.info.institutional_memory": {"level": 1.5, "rationale": "r"}}"#,
    )
    .unwrap();
    push(
        "pool/consensus_levels",
        all(fw.pool(
            &[r("a", json!({}))],
            &PoolOptions {
                consensus,
                ..Default::default()
            },
        )),
    );
    let pooled = fw
        .pool(
            &[
                r("a", json!({"default_target": 2})),
                r("a", json!({"default_target": 3})),
            ],
            &Default::default(),
        )
        .unwrap();
    push("pool/warnings", pooled.warnings);
}

fn analyses(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    let mut push = |name: &str, ds: Vec<Diagnostic>| {
        out.extend(ds.into_iter().map(|d| (name.to_owned(), d)));
    };
    push("metric", all("nominal".parse::<analysis::Metric>()));
    push("method", all("avg".parse::<analysis::PoolMethod>()));
    pooling(fw, &mut push);
    let ratings = vec![
        RelevanceRating {
            expert: "e".into(),
            indicator: "x.y".into(),
            relevance: Some(2),
        },
        RelevanceRating {
            expert: "e".into(),
            indicator: "inst.info.routine_data".into(),
            relevance: Some(7),
        },
    ];
    push("content_validity", all(fw.content_validity(&ratings)));
    stats_inputs(fw, &mut push);
    rating_columns(&mut push);
    uncertainty_options(fw, &mut push);
    sobol_options(&mut push);
    robustness_options(fw, &mut push);
    bootstrap_options(fw, &mut push);
    for t in [
        "indicator,relevance\ninst.info.routine_data,high\nzz.zz,2\n\"a,1\n",
        "indicator,comment\n",
        "\"a\n",
    ] {
        push("relevance_csv", all(fw.read_relevance_csv(t, "e")));
    }
    let r1 = report(
        fw,
        json!({"inst.info.routine_data": 2}),
        json!({"id": "a"}),
        "2026",
    );
    let r2 = report(
        fw,
        json!({"inst.info.routine_data": 2}),
        json!({"id": "b"}),
        "2026",
    );
    let r3 = report(
        fw,
        json!({"inst.info.routine_data": 2}),
        json!({"id": "a"}),
        "2026",
    );
    let v1 = Framework::builtin_version("1.0.0").unwrap();
    let old = report(
        &v1,
        json!({"inst.info.routine_data": 2}),
        json!({"id": "a"}),
        "2025",
    );
    push(
        "series",
        all(analysis::series(&[r1.clone(), r2.clone(), r3])),
    );
    push(
        "cohort/empty",
        all(analysis::cohort(&[], &Default::default())),
    );
    push("reliability/empty", all(analysis::reliability(&[])));
    push(
        "cohort/framework",
        all(analysis::cohort(&[r1, old], &Default::default())),
    );
    migrations(fw, &v1, &mut push);
}

/// The inputs of the matrix statistics and of the content-validity kit as the bindings give
/// them (`analysis::rating_matrix`, `Framework::content_validity_of`).
fn stats_inputs(fw: &Framework, push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    use analysis::{Listed, RatingItem, Scalar};
    push(
        "stats/matrix",
        all(analysis::rating_matrix(Listed::List(vec![
            Listed::List(vec![
                Scalar::Number(f64::INFINITY),
                Scalar::Text("2".into()),
                Scalar::Other("True".into()),
            ]),
            Listed::Other("3".into()),
        ]))),
    );
    push(
        "stats/not_a_matrix",
        all(analysis::rating_matrix(Listed::Other("\"1,2\"".into()))),
    );
    let text = |t: &str| Scalar::Text(t.into());
    push(
        "stats/ratings",
        all(fw.content_validity_of(vec![
            RatingItem::Other("3".into()),
            RatingItem::Fields {
                expert: Scalar::Missing,
                indicator: Scalar::Other("[1]".into()),
                relevance: Scalar::Number(2.5),
            },
            RatingItem::Fields {
                expert: text("e"),
                indicator: text("zz.zz"),
                relevance: Scalar::Number(7.0),
            },
        ])),
    );
}

/// The options of `Framework::uncertainty`: a rating model whose chances do not add up, no
/// draws.
fn uncertainty_options(fw: &Framework, push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    use analysis::{LevelSpread, UncertaintyOptions};
    let mut o = UncertaintyOptions {
        draws: 0,
        ..Default::default()
    };
    o.model.low = LevelSpread {
        same: 0.8,
        next: 0.2,
    };
    let a = lhs_maturity::Assessment::from_json(r#"{"answers": {}}"#).unwrap();
    push("uncertainty/options", all(fw.uncertainty(&a, &o)));
    let read = UncertaintyOptions::from_options(
        &json!({"draws": "many", "seed": -1, "maxExact": 1.5, "model": {"high": 1}, "x": 1}),
        true,
    );
    push("uncertainty/read", all(read));
}

/// The options of a bootstrap: no resamples and a coverage of 1 (a pooled assessment), no
/// resamples (a sample's cohort).
fn bootstrap_options(fw: &Framework, push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    let o = analysis::BootstrapOptions {
        resamples: 0,
        level: 1.0,
        ..Default::default()
    };
    let a = lhs_maturity::Assessment::from_json(r#"{"answers": {}}"#).unwrap();
    push("bootstrap/options", all(fw.pool_bootstrap(&[a], &o)));
    let c = analysis::CohortOptions {
        sample: true,
        resamples: 0,
        ..Default::default()
    };
    push("bootstrap/cohort", all(analysis::cohort(&[], &c)));
}

/// The arguments of a Sobol' analysis: a design of no base points and too many factors, a
/// design of too many groups, outputs for no factor, outputs of the wrong length, outputs that
/// are not finite (one, then several).
fn sobol_options(push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    use analysis::{sobol_indices, SobolDesign};
    push("sobol/design", all(SobolDesign::new(0, 200, 1)));
    push("sobol/groups", all(SobolDesign::grouped(8, &[0u8; 129], 1)));
    push("sobol/k", all(sobol_indices(&[1.0; 8], 0)));
    push("sobol/outputs", all(sobol_indices(&[1.0; 7], 2)));
    push("sobol/outputs_empty", all(sobol_indices(&[], 2)));
    push(
        "sobol/value",
        all(sobol_indices(&[1.0, f64::NAN, 2.0, 3.0], 2)),
    );
    let many = [f64::INFINITY, 1.0, f64::NAN, 2.0, 3.0, 4.0, 5.0, 6.0];
    push("sobol/values", all(sobol_indices(&many, 2)));
}

/// The options of `Framework::robustness`: a spread of 1, an unknown aggregation node, a pair
/// naming an unknown unit, a label used twice; then no unit at all.
fn robustness_options(fw: &Framework, push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    use analysis::RobustnessOptions;
    let a = lhs_maturity::Assessment::from_json(r#"{"answers": {}}"#).unwrap();
    let units = vec![("a".to_owned(), a.clone()), ("a".to_owned(), a)];
    let o = RobustnessOptions {
        weights_spread: 1.0,
        aggregation_nodes: vec!["nowhere".into()],
        pairs: vec![["a".into(), "zz".into()]],
        ..Default::default()
    };
    push("robustness/options", all(fw.robustness(&units, &o)));
    push("robustness/empty", all(fw.robustness(&[], &o)));
    push(
        "robustness/not_a_result",
        all(analysis::Robustness::from_json(r#"{"units": []}"#)),
    );
}

fn rating_columns(push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    push(
        "stats/rating_columns",
        all(analysis::rating_columns(&["indicator".to_owned()])),
    );
}

fn migrations(fw: &Framework, v1: &Framework, push: &mut impl FnMut(&str, Vec<Diagnostic>)) {
    push(
        "migrate/no_map",
        all(MigrationMap::builtin("2.0.0", "1.0.0")),
    );
    let bare = Assessment::from_json(r#"{"answers": {}}"#).unwrap();
    let wrapped =
        Assessment::from_json(r#"{"framework": {"id": "lhs-2021"}, "answers": {}}"#).unwrap();
    let new = Assessment::from_json(
        r#"{"framework": {"id": "lhs-2021", "version": "2.0.0"}, "answers": {}}"#,
    )
    .unwrap();
    let other =
        Assessment::from_json(r#"{"framework": {"id": "x", "version": "1.0.0"}, "answers": {}}"#)
            .unwrap();
    let odd = Assessment::from_json(
        r#"{"framework": {"id": "lhs-2021", "version": "1.5.0"}, "answers": {}}"#,
    )
    .unwrap();
    let old = Assessment::from_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {"inst.info.routine_data": 2, "proc.levels.team_learning": 3, "cap.prov.data_interpretation": 2, "cap.prov.evidence_use": 3}}"#).unwrap();
    for a in [&bare, &wrapped, &new] {
        push(
            "migrate/builtin_for",
            all(MigrationMap::builtin_for(a, "2.0.0")),
        );
    }
    push(
        "migrate/invalid",
        all(MigrationMap::from_json("{\"x\": 1}")),
    );
    let map = MigrationMap::builtin("1.0.0", "2.0.0").unwrap();
    for a in [&new, &other, &odd] {
        push("migrate/versions", all(analysis::migrate(a, &map, fw)));
    }
    push("migrate/framework", all(analysis::migrate(&old, &map, v1)));
    if let Ok(m) = analysis::migrate(&old, &map, fw) {
        push("migrate/notes", m.notes);
    }
    let mut broken = map.clone();
    broken.items.truncate(3);
    if let Some(last) = broken.items.last().cloned() {
        broken.items.push(last);
    }
    broken.items[0].id = "zz.zz".into();
    broken.items[1].sources.push("qq.qq".into());
    broken.dropped.clear();
    push("migrate/check", broken.check(v1, fw));
}

/// Every diagnostic of the corpus, with the name of its case (made once: its files are shared).
fn corpus() -> &'static [(String, Diagnostic)] {
    static CORPUS: OnceLock<Vec<(String, Diagnostic)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let fw = Framework::builtin();
        let mut out = Vec::new();
        vectors(&mut out);
        assessments(&fw, &mut out);
        files(&fw, &mut out);
        csv(&fw, &mut out);
        inputs(&fw, &mut out);
        analyses(&fw, &mut out);
        arguments(&mut out);
        xlsforms(&mut out);
        submissions(&fw, &mut out);
        #[cfg(feature = "xlsx")]
        workbooks(&fw, &mut out);
        out.push((
            "language".to_owned(),
            i18n::negotiate("sw", &i18n::LANGUAGES).warning.unwrap(),
        ));
        out
    })
}

fn catalog_text() -> String {
    std::fs::read_to_string(repo().join("spec/i18n/messages/en/diagnostics.ftl")).unwrap()
}

/// The English diagnostics catalog alone.
fn catalog() -> Catalog {
    Catalog::parse("en", &catalog_text()).unwrap()
}

fn evaluator(code: &str) -> bool {
    EVALUATOR.iter().any(|p| code.starts_with(p))
}

/// The code of a catalog message (`assessment-unknown_indicator` → `assessment.unknown_indicator`).
fn code_of(id: &str) -> String {
    id.replacen('-', ".", 1)
}

/// The string literals of the core's code (not its comments, doc examples or unit tests) that
/// look like evaluator-facing codes. `error.rs` is left out: its `assessment.invalid` and
/// `input.invalid` are the codes of an error without details, never of a diagnostic.
fn codes_in_source() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&repo().join("core/src"), &mut files);
    let mut codes = BTreeSet::new();
    for f in files.iter().filter(|f| !f.ends_with("error.rs")) {
        let text = std::fs::read_to_string(f).unwrap();
        let body = text.split("\n#[cfg(test)]").next().unwrap();
        for line in body.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for lit in line.split('"').skip(1).step_by(2) {
                let code_like = lit.split_once('.').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && !b.contains('.')
                        && lit
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '_' || c == '.')
                });
                if code_like && evaluator(lit) {
                    codes.insert(lit.to_owned());
                }
            }
        }
    }
    codes
}

/// The ids of the catalog's messages (not attributes).
fn message_ids(c: &Catalog) -> Vec<String> {
    c.ids().into_iter().filter(|i| !i.contains('.')).collect()
}

#[test]
fn every_code_has_a_message_and_every_message_is_used() {
    let c = catalog();
    let ids: BTreeSet<String> = message_ids(&c).into_iter().collect();
    let in_source = codes_in_source();
    assert!(in_source.len() > 40, "{in_source:?}");
    for code in &in_source {
        assert!(
            ids.contains(&i18n::message_id(code)),
            "{code} has no message in diagnostics.ftl"
        );
    }
    let produced: BTreeSet<String> = corpus().iter().map(|(_, d)| d.code.clone()).collect();
    for (case, d) in corpus().iter().filter(|(_, d)| evaluator(&d.code)) {
        assert!(
            ids.contains(&i18n::message_id(&d.code)),
            "{case}: {} has no message in diagnostics.ftl",
            d.code
        );
    }
    let source = std::fs::read_to_string(repo().join("core/src/read/csv/long.rs")).unwrap()
        + &std::fs::read_to_string(repo().join("core/src/read/csv/wide.rs")).unwrap()
        + &std::fs::read_to_string(repo().join("core/src/analysis/pool.rs")).unwrap()
        + &std::fs::read_to_string(repo().join("core/src/error.rs")).unwrap();
    let ftl = catalog_text();
    let unused: Vec<&String> = ids
        .iter()
        .filter(|id| {
            if id.starts_with("context-") {
                !source.contains(&format!("\"{id}\""))
            } else if id.starts_with("diagnostic-") {
                !ftl.contains(&format!("{{ {id} }}"))
            } else {
                let code = code_of(id);
                !in_source.contains(&code) && !produced.contains(&code)
            }
        })
        .collect();
    assert!(
        unused.is_empty(),
        "messages neither in the core's code nor produced: {unused:?}"
    );
    let never: Vec<&String> = ids
        .iter()
        .filter(|id| !id.starts_with("context-") && !id.starts_with("diagnostic-"))
        .filter(|id| !produced.contains(&code_of(id)) && !unreached(id))
        .collect();
    assert!(
        never.is_empty(),
        "messages the corpus never produces: {never:?}"
    );
}

/// The messages no document of the corpus can produce: the CSV reader accepts any text (it
/// only fails on bytes, which a `&str` cannot hold), and a file with one row per indicator has
/// both of its columns (it is recognised by them).
const UNREACHED: [&str; 3] = ["csv-invalid_csv", "csv-missing_column", "input-invalid_csv"];

/// Whether the corpus cannot produce a message: [`UNREACHED`], and without the `xlsx` feature
/// the messages of workbooks (read only with it).
fn unreached(id: &str) -> bool {
    UNREACHED.contains(&id)
        || (!cfg!(feature = "xlsx") && id.starts_with("workbook-"))
        || (cfg!(feature = "xlsx") && id == "submissions-unsupported")
}

/// The variables a message may use: its own and its help's (referred messages included).
fn variables(c: &Catalog, id: &str) -> BTreeSet<String> {
    let mut v = c.variables(id);
    v.extend(c.variables(&format!("{id}.help")));
    v
}

#[test]
fn every_diagnostic_is_written_from_the_catalog_with_its_arguments() {
    let c = catalog();
    let mut checked = 0;
    let ids: BTreeSet<String> = message_ids(&c).into_iter().collect();
    let from_catalog = |code: &str| evaluator(code) || ids.contains(&i18n::message_id(code));
    for (case, d) in corpus().iter().filter(|(_, d)| from_catalog(&d.code)) {
        let id = i18n::message_id(&d.code);
        let vars = variables(&c, &id);
        let context = d.arg("@context").map(|a| match a {
            DiagArg::Text(t) => variables(&c, t),
            DiagArg::Count(_) => panic!("{case}: a context is a message id"),
        });
        for (name, _) in &d.args {
            let known = match name.strip_prefix('@') {
                Some("context") => true,
                Some(n) => context.as_ref().is_some_and(|v| v.contains(n)),
                None => vars.contains(name),
            };
            assert!(
                known,
                "{case}: {} has the argument `{name}`, which {id} does not use",
                d.code
            );
        }
        for text in [Some(&d.message), d.help.as_ref()].into_iter().flatten() {
            assert!(
                !text.contains("{$"),
                "{case}: {} lacks an argument: {text}",
                d.code
            );
        }
        assert_ne!(
            d.message, id,
            "{case}: {} was not found in the catalog",
            d.code
        );
        assert_eq!(
            &i18n::localize(d, "en"),
            d,
            "{case}: {} is not the catalog's",
            d.code
        );
        checked += 1;
    }
    assert!(checked > 1000, "{checked}");
}

const TEST_CATALOG: &str = r#"
assessment-unknown_indicator = { $what ->
        [domain] `{ $id }` est un domaine
       *[unknown] indicateur inconnu `{ $id }` : absent du cadre `{ $framework }` { $version }
    }
    .help = { $hint ->
        [suggestion] vouliez-vous dire `{ $suggestion }` ?
       *[other] consultez la liste des indicateurs
    }
csv-extra_field = la ligne a { $fields ->
        [one] { $fields } champ
       *[other] { $fields } champs
    } pour { $columns } colonnes
assessment-low_coverage = domaine `{ $id }` : { $rated } sur { $applicable } notés
context-column = colonne `{ $column }` : { $message }
assessment-level_out_of_range = le niveau { $level } dépasse { $max }
"#;

fn test_language() -> &'static str {
    static ADDED: OnceLock<()> = OnceLock::new();
    ADDED.get_or_init(|| i18n::add_catalog("fr-x-test", TEST_CATALOG).unwrap());
    "fr-x-test"
}

#[test]
fn localize_changes_the_texts_and_nothing_else() {
    let lang = test_language();
    let fw = Framework::builtin();
    let e = fw
        .score_json(r#"{"answers": {"inst.info.routin_data": 2}}"#)
        .unwrap_err();
    let d = &e.details()[0];
    let fr = i18n::localize(d, lang);
    assert_eq!(
        fr.message,
        "indicateur inconnu `inst.info.routin_data` : absent du cadre `lhs-2021` 2.0.0"
    );
    assert_eq!(
        fr.help.as_deref(),
        Some("vouliez-vous dire `inst.info.routine_data` ?")
    );
    assert_eq!(
        (&fr.severity, &fr.code, &fr.path, fr.line, fr.column),
        (&d.severity, &d.code, &d.path, d.line, d.column)
    );
    let err = i18n::localize_error(&e, lang);
    assert_eq!(
        (err.kind(), err.code(), err.path()),
        (e.kind(), e.code(), e.path())
    );
    assert_eq!(err.message(), fr.message);

    // Plural forms and numbers follow the language; a message without help keeps none, and
    // a CSV cell keeps its line and column.
    let diags = fw.validate_csv("unit_id,inst.info.routine_data\na,2,3,4\nb,7\n");
    let extra = diags.iter().find(|d| d.code == "csv.extra_field").unwrap();
    assert_eq!(
        i18n::localize(extra, lang).message,
        "la ligne a 4 champs pour 2 colonnes"
    );
    assert_eq!(i18n::localize(extra, lang).line, extra.line);
    // The message is in the test catalog but not its help: the English help stays.
    assert_eq!(i18n::localize(extra, lang).help, extra.help);
    let out = diags
        .iter()
        .find(|d| d.code == "assessment.level_out_of_range")
        .unwrap();
    assert_eq!(
        i18n::localize(out, lang).message,
        "colonne `inst.info.routine_data` : le niveau 7 dépasse 4"
    );
    assert_eq!(
        (
            i18n::localize(out, lang).line,
            i18n::localize(out, lang).column
        ),
        (out.line, out.column)
    );

    let counts = i18n::diagnostic(
        Severity::Warning,
        "assessment.low_coverage",
        "/answers",
        &[
            ("id", "inst".into()),
            ("name", "Institutions".into()),
            ("rated", 1234u32.into()),
            ("applicable", 1u32.into()),
            ("percent", 50u32.into()),
            ("threshold", 70u32.into()),
        ],
    );
    assert!(counts
        .message
        .contains("1,234 of 1 applicable indicator rated"));
    assert_eq!(
        i18n::localize(&counts, lang).message,
        "domaine `inst` : 1\u{202F}234 sur 1 notés"
    );
}

#[test]
fn a_language_without_the_message_keeps_the_english() {
    let lang = test_language();
    let fw = Framework::builtin();
    let d = fw
        .validate_json(r#"{"answers": {"inst.info.routine_data": "na"}}"#)
        .into_iter()
        .find(|d| d.code == "assessment.na_without_justification")
        .unwrap();
    assert_eq!(i18n::localize(&d, lang), d);
    assert_eq!(i18n::localize(&d, lang).help, d.help);
    assert_eq!(i18n::localize(&d, "zz-unknown"), d);
    // An author's diagnostic (a framework's) is never rewritten.
    let e = Framework::from_json(r#"{"id": "x"}"#).unwrap_err();
    let back = i18n::localize_error(&e, lang);
    assert_eq!(back.details(), e.details());
}

#[test]
fn the_json_of_a_diagnostic_is_unchanged() {
    let fw = Framework::builtin();
    let d = fw
        .validate_csv("unit_id,inst.info.routine_data\nb,7\n")
        .into_iter()
        .find(|d| d.code == "assessment.level_out_of_range")
        .unwrap();
    assert!(!d.args.is_empty());
    let text = serde_json::to_string(&d).unwrap();
    assert_eq!(
        text,
        r#"{"severity":"error","code":"assessment.level_out_of_range","path":"/rows/0/inst.info.routine_data","message":"column `inst.info.routine_data`: the level 7 is above the top level of the scale (4)","help":"use a level between 0 and 4, `na`, `unknown`, or leave the cell empty","line":2,"column":2}"#
    );
    let back: Diagnostic = serde_json::from_str(&text).unwrap();
    assert!(back.args.is_empty());
    assert_eq!(back, d, "equality leaves the arguments out");
    let localized = serde_json::to_string(&i18n::localize(&d, test_language())).unwrap();
    assert!(!localized.contains("args"));
    let schema = lhs_maturity::schema::error().to_string();
    assert!(!schema.contains("\"args\""), "{schema}");
}

/// The arguments of a call from Python or JavaScript (`argument.*`): every kind an argument
/// can be expected to be, with and without advice, and the values inside a Python document
/// that JSON cannot hold.
fn arguments(out: &mut Vec<(String, Diagnostic)>) {
    let mut push = |name: &str, e: Error| {
        out.extend(e.details().iter().map(|d| (name.to_owned(), d.clone())));
    };
    for expected in [
        "json_text",
        "csv_text",
        "text",
        "number",
        "whole_number",
        "object",
        "document",
        "report",
        "assessments",
        "reports",
        "ratings",
        "languages",
        "message_arg",
        "dataframe",
        "framework",
        "numbers",
        "factors",
    ] {
        push("argument/type", Error::argument("x", expected, "number"));
    }
    push(
        "argument/document",
        Error::document_argument("assessments", "assessments", "dict")
            .with_value("hint", "example")
            .with_value("example", "pool([assessment])"),
    );
    push(
        "argument/instead",
        Error::document_argument("text", "json_text", "object")
            .with_value("hint", "instead")
            .with_value("example", "Framework.fromObject(spec)"),
    );
    push(
        "argument/decimals",
        Error::argument_value("decimals", "decimals", "2.5"),
    );
    push(
        "argument/choice",
        Error::argument_value("errors", "choice", "'skip'")
            .with_value("choices", "`raise`, `return`")
            .with_value("hint", "example")
            .with_value("example", "errors=\"return\""),
    );
    push(
        "argument/value",
        Error::unconvertible("value", "/answers/x", "set"),
    );
    push(
        "argument/key",
        Error::unconvertible("key", "/answers", "int"),
    );
    push(
        "argument/depth",
        Error::unconvertible("depth", "/a/a", "128"),
    );
}

#[test]
fn argument_errors_are_located_and_written_in_every_language() {
    let e = Error::argument("decimals", "whole_number", "string");
    assert_eq!(
        (e.kind(), e.code(), e.path()),
        (
            lhs_maturity::DocumentKind::Input,
            "argument.invalid_type",
            "/decimals"
        )
    );
    assert_eq!(
        e.message(),
        "`decimals` must be a whole number ≥ 0, not `string`"
    );
    assert_eq!(e.help(), None);
    let e = Error::document_argument("assessments", "assessments", "dict")
        .with_value("hint", "example")
        .with_value("example", "pool([assessment])");
    assert_eq!(e.path(), "");
    assert_eq!(e.help(), Some("for example: pool([assessment])"));
    // A value given again replaces the first.
    let e = e.with_value("example", "agreement([a, b])");
    assert_eq!(e.help(), Some("for example: agreement([a, b])"));
    for (lang, text) in [
        (
            "fr",
            "`assessments` doit être une liste d'évaluations, et non `dict`",
        ),
        (
            "es",
            "`assessments` debe ser una lista de evaluaciones, no `dict`",
        ),
        (
            "pt-PT",
            "`assessments` tem de ser uma lista de avaliações, e não `dict`",
        ),
        (
            "ar",
            "يجب أن تكون قيمة الوسيط `assessments` قائمة تقييمات، وليس `dict`",
        ),
    ] {
        let l = i18n::localize_error(&e, lang);
        assert_eq!(l.message(), text, "{lang}");
        assert!(l.help().unwrap().contains("agreement([a, b])"), "{lang}");
        assert_eq!((l.code(), l.path()), (e.code(), e.path()));
    }
    // In a context, advice added later keeps the context.
    let e = Error::argument("before", "report", "int")
        .within(lhs_maturity::Part::Report(1))
        .with_value("hint", "instead")
        .with_value("example", "compare(a, b)");
    assert!(
        e.message()
            .starts_with("report 2: `before` must be a report"),
        "{}",
        e.message()
    );
    assert_eq!(e.help(), Some("use `compare(a, b)` instead"));
}

/// The XLSForm of a framework: a collision of field names, and bad units lists.
fn xlsforms(out: &mut Vec<(String, Diagnostic)>) {
    let mut spec = serde_json::to_value(Framework::builtin().spec()).unwrap();
    let inds = spec["domains"][0]["children"][0]["indicators"]
        .as_array_mut()
        .unwrap();
    let mut twin = inds[0].clone();
    twin["id"] = "inst.info.routine_data__evidence".into();
    inds.push(twin);
    let fw = Framework::from_json(&spec.to_string()).unwrap();
    let collision = all(fw.xlsform(&Default::default()));
    out.extend(
        collision
            .into_iter()
            .map(|d| ("xlsform/names".to_owned(), d)),
    );
    for text in [
        "id,label\nk1,One\n",
        "id,name,kind\n",
        "id,name,kind\n,x,district\nk2,y,district\nk2,z,hospital\n",
    ] {
        let units = all(lhs_maturity::FormUnit::read_csv(text));
        out.extend(units.into_iter().map(|d| ("xlsform/units".to_owned(), d)));
    }
    let periods = lhs_maturity::FormOptions {
        periods: vec!["2026-Q3".into(), "2026-09".into(), "2026-Q3".into()],
        ..Default::default()
    };
    let bad = all(Framework::builtin().xlsform(&periods));
    out.extend(bad.into_iter().map(|d| ("xlsform/periods".to_owned(), d)));
}

/// Files of submissions: every problem of the importer.
fn submissions(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    dhis2_exports(fw, out);
    let central = "SubmissionDate,framework_id,framework_version,unit_id,inst-inst_info-inst_info_routine_data,inst-inst_info-inst_info_routine_data__confidence,extra_question,KEY\n";
    let cases: [(&str, String); 7] = [
        ("notes.txt", "a,b\n1,2\n".to_owned()),
        (
            "e.csv",
            format!("{central}x,lhs-2021,2.0.0,k,7,sure,a,uuid:1\n"),
        ),
        ("e.csv", format!("{central}x,other,2.0.0,k,1,,,uuid:2\n")),
        ("e.csv", format!("{central}x,lhs-2021,1.0.0,k,1,,,uuid:3\n")),
        (
            "e.csv",
            "SubmissionDate,Routine data used,KEY\nx,2 Established,uuid:4\n".to_owned(),
        ),
        ("e.xml", "<data><unclosed></data>".to_owned()),
        ("e.json", "{\"value\": [], ".to_owned()),
    ];
    for (name, text) in cases {
        let d = fw.validate_submissions(name, text.as_bytes());
        out.extend(d.into_iter().map(|d| (format!("submissions/{name}"), d)));
    }
    for name in ["e.zip", "e.xlsx"] {
        let d = fw.validate_submissions(name, b"PK\x03\x04 not a zip");
        out.extend(d.into_iter().map(|d| (format!("submissions/{name}"), d)));
    }
    fhir_responses(fw, out);
}

/// FHIR: a Questionnaire in a language the framework lacks; a Questionnaire given as a
/// response; responses to another Questionnaire, framework and version; bad items.
fn fhir_responses(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    let options = lhs_maturity::FhirOptions {
        lang: "sw".to_owned(),
        ..Default::default()
    };
    out.extend(
        all(fw.fhir_questionnaire(&options))
            .into_iter()
            .map(|d| ("fhir/lang".to_owned(), d)),
    );
    let url = "https://lhs-maturity.github.io/fhir/Questionnaire";
    let cases = [
        json!({"resourceType": "Questionnaire", "status": "active"}),
        json!({"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "http://example.org/q"}),
        json!({"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": format!("{url}/other|1.0.0.1")}),
        json!({"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": format!("{url}/lhs-2021|1.0.0.1")}),
        json!({"resourceType": "QuestionnaireResponse", "status": "completed",
            "questionnaire": format!("{url}/lhs-2021|2.0.0.1"),
            "item": [{"linkId": "extra_question", "answer": [{"valueString": "x"}]},
                     {"text": "no linkId"},
                     {"linkId": "inst", "item": [{"linkId": "inst_info", "item": [
                        {"linkId": "inst_info_routine_data", "answer": [{"valueCoding": {"code": "7"}}]}]}]}]}),
        json!({"resourceType": "QuestionnaireResponse", "status": "completed",
            "questionnaire": format!("{url}/lhs-2021|2.0.0.1"),
            "id": "kis east/1", "authored": "2026-10-02 09:30"}),
    ];
    for (i, qr) in cases.iter().enumerate() {
        out.extend(
            all(fw.from_fhir_response(&qr.to_string()))
                .into_iter()
                .map(|d| (format!("fhir/response-{i}"), d)),
        );
    }
}

/// Workbooks: one that cannot be opened, one that is not a template, and a filled template with
/// bad cells (a level, a confidence, a target) and another version of the framework.
#[cfg(feature = "xlsx")]
fn workbooks(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    out.extend(
        all(fw.read_workbook(b"not a workbook"))
            .into_iter()
            .map(|d| ("workbook/unreadable".to_owned(), d)),
    );
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "unit_id").unwrap();
    out.extend(
        all(fw.read_workbook(&book.save_to_buffer().unwrap()))
            .into_iter()
            .map(|d| ("workbook/not_a_template".to_owned(), d)),
    );
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet().set_name("Inst").unwrap();
    let rows: [[&str; 6]; 4] = [
        [
            "id",
            "answer",
            "evidence",
            "justification",
            "confidence",
            "target",
        ],
        ["framework_version", "1.0.0", "", "", "", ""],
        ["inst.info.routine_data", "high", "", "", "sure", "na"],
        ["", "2", "", "", "", ""],
    ];
    for (r, row) in (0u32..).zip(rows) {
        for (c, cell) in (0u16..).zip(row) {
            ws.write_string(r, c, cell).unwrap();
        }
    }
    let doc = fw.read_workbook(&book.save_to_buffer().unwrap()).unwrap();
    out.extend(
        all(doc.records[0].assessment.clone())
            .into_iter()
            .map(|d| ("workbook/cells".to_owned(), d)),
    );
}

/// DHIS2: bad metadata options, a bad mapping and metadata package, reports that cannot be
/// exported (unmapped unit and node, periods, a second report for one unit and period, another
/// framework), a CSV row without a value.
fn dhis2_exports(fw: &Framework, out: &mut Vec<(String, Diagnostic)>) {
    use lhs_maturity::{Dhis2DataValueSet, Dhis2Mapping, Dhis2MetadataOptions, Dhis2Options};
    let mut push = |case: &str, d: Vec<Diagnostic>| {
        out.extend(d.into_iter().map(|d| (format!("dhis2/{case}"), d)));
    };
    let units = lhs_maturity::FormUnit::read_csv(
        "id,name,kind,org_unit\nk,K,district,fXy12AbCdE3\nw,W,district,0bad\n",
    )
    .unwrap();
    let bad = Dhis2MetadataOptions {
        period_type: "Fortnightly".into(),
        code_prefix: "LHS 2021".into(),
        units: units.clone(),
        ..Default::default()
    };
    push("options", all(fw.dhis2_metadata(&bad)));
    let o = Dhis2MetadataOptions::default();
    push(
        "metadata",
        all(fw.dhis2_mapping_from_metadata(
            &json!({"dataElements": [{"id": "0x", "code": "X"}]}),
            &o,
        )),
    );
    push(
        "metadata/none",
        all(fw.dhis2_mapping_from_metadata(&json!([]), &o)),
    );
    push(
        "metadata/json",
        all(fw.dhis2_mapping_from_metadata_json("{", &o)),
    );
    for text in [
        "{",
        r#"{"framework": 1, "nodes": [], "colour": "red", "data_set": "x"}"#,
        "{}",
    ] {
        push("mapping", all(Dhis2Mapping::read_json(text)));
    }
    let mut mapping = fw.dhis2_mapping(&o).unwrap();
    mapping.org_units.insert("k".into(), "fXy12AbCdE3".into());
    mapping.nodes.remove("inst.info");
    let r = |unit: &str, period: &str| report(fw, json!({}), json!({"id": unit}), period);
    let mut other = r("k", "2025");
    other.framework.id = "other".into();
    let mut no_period = r("k", "2024");
    no_period.period = None;
    let reports = [
        r("k", "2026-Q3"),
        r("k", "2026q3"),
        r("z", "2026"),
        r("k", "2025/26"),
        no_period,
        report(fw, json!({}), json!({"name": "no id"}), "2026"),
        other,
    ];
    push(
        "values",
        all(fw.dhis2_data_values(&reports, &mapping, &Dhis2Options::default())),
    );
    push(
        "csv",
        all(Dhis2DataValueSet::read_csv(
            "h\nAbcdefghij1,2026,,,,1\n",
            None,
        )),
    );
}
