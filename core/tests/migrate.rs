//! Migration between framework versions: every class of the map, nothing lost.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use lhs_maturity::analysis::{migrate, MapClass, MigrationMap};
use lhs_maturity::{Assessment, Framework, Rating};
use serde_json::json;

fn old(answers: serde_json::Value) -> Assessment {
    Assessment::from_value(&json!({
        "framework": {"id": "lhs-2021", "version": "1.0.0"},
        "unit": {"id": "kis", "kind": "national"},
        "period": "2025",
        "answers": answers,
        "my_note": "kept"
    }))
    .unwrap()
}

fn run(a: &Assessment) -> lhs_maturity::analysis::Migration {
    let map = MigrationMap::builtin("1.0.0", "2.0.0").unwrap();
    migrate(a, &map, &Framework::builtin()).unwrap()
}

#[test]
fn equivalent_items_carry_their_answer_and_notes() {
    let m = run(&old(json!({
        "inst.info.routine_data": {"level": 3, "evidence": "Minutes 2025", "confidence": "high", "target": 4, "extra_field": 1},
        "inst.delib.working_groups": "unknown"
    })));
    let a = &m.assessment.answers["inst.info.routine_data"];
    assert_eq!(a.rating, Some(Rating::Level(3)));
    assert_eq!(a.evidence.as_deref(), Some("Minutes 2025"));
    assert_eq!(a.target, Some(4));
    assert_eq!(a.extra["extra_field"], 1);
    assert_eq!(
        m.assessment.answers["inst.delib.working_groups"].rating,
        Some(Rating::Unknown)
    );
    let fw = m.assessment.framework.as_ref().unwrap();
    assert_eq!(fw.version.as_deref(), Some("2.0.0"));
    assert_eq!(m.assessment.extra["my_note"], "kept");
    assert_eq!(m.assessment.period.as_deref(), Some("2025"));
    assert_eq!(*m.classes.get(&MapClass::Equivalent).unwrap(), 26);
    // The migrated assessment scores with 2.0.0 without an error.
    Framework::builtin().score(&m.assessment).unwrap();
}

#[test]
fn merged_duplicates_take_the_main_source_and_a_rated_answer_beats_na() {
    let m = run(&old(json!({
        "inst.info.policy_research_institutes": {"level": "na", "justification": "none"},
        "inst.info.evidence_synthesis": {"level": 2, "evidence": "Rapid reviews"},
        "cap.res.critical_mass": 3,
        "cap.res.applied_research_capacity": 1
    })));
    let a = &m.assessment.answers["inst.info.policy_research_institutes"];
    assert_eq!(a.rating, Some(Rating::Level(2)), "a rated answer beats na");
    let ev = a.evidence.as_deref().unwrap();
    assert!(
        ev.contains("inst.info.evidence_synthesis: Rapid reviews"),
        "{ev}"
    );
    assert!(a.justification.as_deref().unwrap().contains("none"));
    assert_eq!(
        m.assessment.answers["cap.res.critical_mass"].rating,
        Some(Rating::Level(3)),
        "the main source's level"
    );
}

#[test]
fn merged_conjunctive_items_take_the_lower_level_or_a_proposal() {
    let m = run(&old(json!({
        "inst.act.pilots": 3,
        "inst.act.scale_diffusion": 1,
        "cap.comm.meaningful_engagement": 2
    })));
    assert_eq!(
        m.assessment.answers["inst.act.pilots_scaling"].rating,
        Some(Rating::Level(1))
    );
    // One source unanswered: no level, a proposal for a rater.
    let e = &m.assessment.answers["cap.comm.engagement_capacity"];
    assert_eq!(e.rating, None);
    let p = &m.assessment.extra["migration"]["proposed"]["cap.comm.engagement_capacity"];
    assert_eq!(p["level"], 2);
    assert_eq!(p["class"], "merged_conjunctive");
}

#[test]
fn revised_items_become_proposals_not_scores() {
    let m = run(&old(
        json!({"cap.prov.data_interpretation": {"level": 3, "evidence": "Trained"}}),
    ));
    let a = &m.assessment.answers["cap.prov.data_interpretation"];
    assert_eq!(a.rating, None, "not scored until a rater confirms it");
    assert_eq!(a.evidence.as_deref(), Some("Trained"));
    let p = &m.assessment.extra["migration"]["proposed"]["cap.prov.data_interpretation"];
    assert_eq!(
        (p["level"].clone(), p["class"].clone()),
        (json!(3), json!("revised"))
    );
    assert_eq!(m.proposed, 1);
    assert!(m.notes.iter().any(|n| n.code == "migration.proposed"));
    let r = Framework::builtin().score(&m.assessment).unwrap();
    assert_eq!(
        r.indicator("cap.prov.data_interpretation").unwrap().status,
        lhs_maturity::Status::Missing
    );
}

#[test]
fn answers_with_nowhere_to_go_are_kept() {
    let district = Assessment::from_value(&json!({
        "framework": {"id": "lhs-2021", "version": "1.0.0"},
        "unit": {"kind": "district"},
        "answers": {"proc.levels.team_learning": 2, "inst.info.hta_priority_setting": "na", "nope.x.y": 1}
    }));
    // An id 1.0.0 never had is an error of the document, so read it leniently first.
    let district = district.unwrap_or_else(|_| panic!("readable"));
    let m = run(&district);
    let u = &m.assessment.extra["migration"]["unmapped"];
    assert_eq!(u["proc.levels.team_learning"]["answer"], 2);
    assert!(u["proc.levels.team_learning"]["reason"]
        .as_str()
        .unwrap()
        .contains("restates"));
    // Its successor does not apply to a district.
    assert_eq!(u["inst.info.hta_priority_setting"]["answer"], "na");
    assert_eq!(u["nope.x.y"]["answer"], 1);
    assert_eq!(m.unmapped, 3);
    assert!(m.assessment.answers.is_empty());
}

#[test]
fn new_items_of_a_custom_map_start_empty() {
    let map = MigrationMap::from_json(
        &json!({
            "framework": "lhs-2021", "from": "1.0.0", "to": "2.0.0",
            "items": [
                {"id": "inst.info.routine_data", "class": "new"},
                {"id": "inst.info.me_integration", "class": "revised", "sources": ["inst.info.me_integration"]}
            ]
        })
        .to_string(),
    )
    .unwrap();
    let a = old(json!({"inst.info.routine_data": 2, "inst.info.me_integration": 1}));
    let m = migrate(&a, &map, &Framework::builtin()).unwrap();
    assert_eq!(m.classes[&MapClass::New], 1);
    // `inst.info.routine_data` has no source in this map: the old answer is kept aside.
    assert_eq!(
        m.assessment.extra["migration"]["unmapped"]["inst.info.routine_data"]["answer"],
        2
    );
    assert!(!m.assessment.answers.contains_key("inst.info.routine_data"));
    assert_eq!(
        m.assessment.extra["migration"]["proposed"]["inst.info.me_integration"]["level"],
        1
    );
}

#[test]
fn the_wrong_version_is_refused() {
    let map = MigrationMap::builtin("1.0.0", "2.0.0").unwrap();
    let already = Assessment::from_json(
        r#"{"framework": {"id": "lhs-2021", "version": "2.0.0"}, "answers": {}}"#,
    )
    .unwrap();
    let e = migrate(&already, &map, &Framework::builtin()).unwrap_err();
    assert_eq!(e.code(), "migration.already_migrated");
    let other = Assessment::from_json(r#"{"framework": {"id": "mine"}, "answers": {}}"#).unwrap();
    assert_eq!(
        migrate(&other, &map, &Framework::builtin())
            .unwrap_err()
            .code(),
        "migration.wrong_framework"
    );
    let old_fw = Framework::builtin_version("1.0.0").unwrap();
    assert_eq!(
        migrate(&old(json!({})), &map, &old_fw).unwrap_err().code(),
        "migration.wrong_framework"
    );
}
