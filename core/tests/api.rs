//! Behaviour of the public API on inputs that are easy to get wrong.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::{Assessment, Framework, Rating, Severity, Status};
use serde_json::json;

#[test]
fn byte_order_mark_is_accepted() {
    let r =
        Framework::builtin().score_json("\u{feff}{\"answers\": {\"inst.info.routine_data\": 2}}");
    assert!(r.is_ok());
}

#[test]
fn a_whole_number_written_as_decimal_is_that_level_but_fractions_are_errors() {
    let a =
        Assessment::from_json(r#"{"answers": {"a.b.c": 2.0, "a.b.d": {"level": 3.0}}}"#).unwrap();
    assert_eq!(a.answers["a.b.c"].rating, Some(Rating::Level(2)));
    assert_eq!(a.answers["a.b.d"].rating, Some(Rating::Level(3)));
    let err = Assessment::from_json(r#"{"answers": {"a.b.c": 2.0000001}}"#).unwrap_err();
    assert_eq!(err.code(), "assessment.invalid_level");
}

#[test]
fn huge_levels_are_called_too_large_not_fractions() {
    for text in [
        r#"{"answers": {"a.b.c": 1180591620717411303424}}"#,
        r#"{"answers": {"a.b.c": 1e30}}"#,
        r#"{"answers": {"a.b.c": 4294967296}}"#,
    ] {
        let err = Assessment::from_json(text).unwrap_err();
        assert_eq!(err.code(), "assessment.invalid_level", "{text}");
        assert!(err.to_string().contains("far too large"), "{text}: {err}");
    }
}

#[test]
fn unknown_fields_are_kept_on_a_round_trip_and_warned_about() {
    let text = r#"{"framework": {"id": "lhs-2021", "version": "2.0.0", "url": "x"},
        "unit": {"id": "u1", "region": "Nyanza", "population": 12345},
        "answers": {"inst.info.routine_data": {"level": 2, "evidence": "Minutes <2026>", "evidance": "typo", "attachments": ["a.pdf"]},
                    "inst.info.me_integration": null},
        "reviewed_by": {"name": "Dr A"}}"#;
    let a = Assessment::from_json(text).unwrap();
    let back = serde_json::to_value(&a).unwrap();
    let orig: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(back, orig, "nothing the user typed is lost or changed");
    let diags = Framework::builtin().validate_json(text);
    let unknown: Vec<&str> = diags
        .iter()
        .filter(|d| d.code == "assessment.unknown_field")
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(
        unknown,
        [
            "/answers/inst.info.routine_data/evidance",
            "/answers/inst.info.routine_data/attachments",
            "/reviewed_by"
        ]
    );
    assert!(diags.iter().all(|d| d.severity == Severity::Warning));
    let hint = diags.iter().find(|d| d.path.ends_with("evidance")).unwrap();
    assert_eq!(hint.help.as_deref(), Some("did you mean `evidence`?"));
}

#[test]
fn an_answer_without_a_level_is_missing_but_keeps_its_notes() {
    let r = Framework::builtin()
        .score_json(r#"{"answers": {"inst.info.routine_data": {"evidence": "still collecting"}}}"#)
        .unwrap();
    let i = r.indicator("inst.info.routine_data").unwrap();
    assert_eq!(i.status, Status::Missing);
    assert_eq!(i.evidence.as_deref(), Some("still collecting"));
}

#[test]
fn the_four_answer_states_stay_distinct() {
    let r = Framework::builtin()
        .score_json(r#"{"answers": {"inst.info.routine_data": 1, "inst.info.me_integration": "na", "inst.info.embedded_research": "unknown"}}"#)
        .unwrap();
    let c = r.node("inst.info").unwrap().score.counts;
    assert_eq!((c.rated, c.na, c.unknown), (1, 1, 1));
    assert_eq!(c.missing, c.total - 3);
}

#[test]
fn framework_from_spec_rejects_non_finite_weights() {
    let mut spec = Framework::builtin().spec().clone();
    spec.domains[0].weight = Some(f64::NAN);
    let err = Framework::from_spec(spec).unwrap_err();
    assert_eq!(err.code(), "framework.invalid_weight");
    assert_eq!(err.path(), "/domains/0/weight");
}

#[test]
fn the_builtin_framework_round_trips_through_its_spec() {
    let fw = Framework::builtin();
    let again = Framework::from_value(&serde_json::to_value(fw.spec()).unwrap()).unwrap();
    assert_eq!(again.spec(), fw.spec());
}

#[test]
fn frameworks_and_assessments_deserialize_through_serde_with_validation() {
    let err =
        serde_json::from_value::<lhs_maturity::FrameworkSpec>(json!({"id": "x"})).unwrap_err();
    assert!(err.to_string().contains("missing"), "{err}");
    let a: Assessment = serde_json::from_value(json!({"answers": {"x.y.z": "na"}})).unwrap();
    assert_eq!(a.answers["x.y.z"].rating, Some(Rating::NotApplicable));
    assert!(serde_json::from_value::<Assessment>(json!({"answers": {"x.y.z": 1.5}})).is_err());
}

#[test]
fn error_messages_follow_the_house_style() {
    let err = Framework::builtin()
        .score_json(r#"{"framework": {"id": "lhs-2021", "version": "9.9.9"}, "answers": {"inst.info.routin_data": "high"}}"#)
        .unwrap_err();
    for d in err.details() {
        let first = d.message.chars().next().unwrap();
        assert!(
            !first.is_uppercase(),
            "messages start in lowercase: {}",
            d.message
        );
        assert!(!d.message.ends_with('.'), "no final period: {}", d.message);
        assert!(
            !d.path.is_empty() || d.code.ends_with("json"),
            "a path for {}",
            d.code
        );
    }
    assert!(err.to_string().starts_with("invalid assessment: 2 errors"));
}

#[test]
fn score_options_can_set_the_language_and_fall_back_to_english() {
    let a = Assessment::from_json(r#"{"answers": {"inst.info.routine_data": 1}}"#).unwrap();
    let opts = lhs_maturity::ScoreOptions {
        language: "fr".into(),
        default_target: None,
        ..Default::default()
    };
    let r = Framework::builtin().score_with(&a, &opts).unwrap();
    assert_eq!(r.language, "fr");
    let fw = Framework::builtin();
    let name = &fw.spec().domains[0].name;
    assert_eq!(r.domains[0].name, name.get("fr"));
    assert_ne!(name.get("fr"), name.en());
    // A language the framework lacks reads in English.
    let opts = lhs_maturity::ScoreOptions {
        language: "sw".into(),
        ..Default::default()
    };
    let r = Framework::builtin().score_with(&a, &opts).unwrap();
    assert_eq!(r.domains[0].name, name.en());
}

#[test]
fn the_framework_is_send_and_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Framework>();
    let a = Framework::builtin();
    let b = a.clone();
    assert!(std::ptr::eq(a.spec(), b.spec()));
}

#[test]
fn score_many_agrees_with_score_one_by_one() {
    let fw = Framework::builtin();
    let ids: Vec<String> = fw.indicators().into_iter().map(|i| i.id).collect();
    let many: Vec<Assessment> = (0..200)
        .map(|k| {
            let answers: serde_json::Map<String, serde_json::Value> = ids
                .iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), json!((i + k) % 5)))
                .collect();
            Assessment::from_value(&json!({"answers": answers})).unwrap()
        })
        .collect();
    let batch = fw.score_many(&many);
    for (a, r) in many.iter().zip(batch) {
        assert_eq!(r.unwrap(), fw.score(a).unwrap());
    }
}

#[test]
fn errors_and_warnings_come_in_the_report_language() {
    let fw = Framework::builtin();
    let bad = r#"{"answers": {"no.such.indicator": 2, "inst.info.routine_data": 4}}"#;
    for (lang, words) in [
        ("fr", "indicateur inconnu"),
        ("es", "indicador"),
        ("pt-PT", "indicador"),
        ("ar", "مؤشر غير معروف"),
    ] {
        let opts = lhs_maturity::ScoreOptions {
            language: lang.into(),
            ..Default::default()
        };
        let e = fw.score_json_with(bad, &opts).unwrap_err();
        let d = &e.details()[0];
        assert_eq!(
            (d.code.as_str(), d.path.as_str()),
            ("assessment.unknown_indicator", "/answers/no.such.indicator")
        );
        assert!(d.message.contains(words), "{lang}: {}", d.message);
        assert!(
            d.message.contains("no.such.indicator"),
            "{lang}: {}",
            d.message
        );
    }
    // A warning of a scored report, in Spanish; and an unavailable language, in English.
    let ok = r#"{"answers": {"inst.info.routine_data": 4}}"#;
    let es = lhs_maturity::ScoreOptions {
        language: "es-MX".into(),
        ..Default::default()
    };
    let r = fw.score_json_with(ok, &es).unwrap();
    assert_eq!(r.language, "es");
    let en = fw.score_json(ok).unwrap();
    let (w_es, w_en) = (&r.warnings[0], &en.warnings[0]);
    assert_eq!(w_es.code, w_en.code);
    assert_ne!(w_es.message, w_en.message);
    let sw = lhs_maturity::ScoreOptions {
        language: "sw".into(),
        ..Default::default()
    };
    let r = fw.score_json_with(ok, &sw).unwrap();
    assert_eq!(r.language, "en");
    assert!(r.warnings.iter().any(|w| w.code == "language.unavailable"));
}
