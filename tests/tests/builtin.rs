//! The built-in framework meets the content requirements of the model (not just the format):
//! 2.0.0 is rateable (elements, questions, evidence, applicability, basis, glossary) and passes
//! its own linter; 1.0.0 still loads and scores as before.

use lhs_maturity::{
    analysis::MigrationMap, BasisKind, Framework, NodeContent, UnitKind, OWNER_FACET,
};
use std::collections::BTreeMap;

#[test]
fn builtin_framework_is_complete() {
    let fw = Framework::builtin();
    let spec = fw.spec();
    assert_eq!(
        (spec.id.as_str(), spec.version.as_str()),
        ("lhs-2021", "2.0.0")
    );
    let keys: Vec<&str> = spec.scale.levels.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "absent",
            "ad_hoc",
            "established",
            "institutionalized",
            "optimizing"
        ]
    );
    // Loops are rated by the outcome items only, not in the scale's level descriptions.
    for l in &spec.scale.levels {
        assert!(!l.description.en().contains("loop"), "{}", l.key);
    }
    let quantifiers: Vec<(&str, f64, bool)> = spec
        .scale
        .quantifiers
        .iter()
        .map(|q| (q.key.as_str(), q.at_least, q.provisional))
        .collect();
    assert_eq!(
        quantifiers,
        [
            ("all", 0.9, true),
            ("most", 0.75, true),
            ("a_majority", 0.5, true),
            ("some", 0.25, true)
        ]
    );
    let rules: Vec<&str> = spec.scale.rules.iter().map(|r| r.id.as_str()).collect();
    for want in ["cumulative", "continuity", "time_window", "not_self"] {
        assert!(rules.contains(&want), "no `{want}` rule");
    }
    let facets: Vec<&str> = spec.facets.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(facets, ["level", "loop", "means", OWNER_FACET]);
    let domains: Vec<(&str, bool)> = spec
        .domains
        .iter()
        .map(|d| (d.id.as_str(), d.outcome))
        .collect();
    assert_eq!(
        domains,
        [
            ("inst", false),
            ("cap", false),
            ("cond", false),
            ("proc", true)
        ]
    );
    for d in &spec.domains {
        assert!(
            d.rationale.is_some(),
            "{}: its weight needs a rationale",
            d.id
        );
    }
    let n = fw.indicator_count();
    assert!((50..=60).contains(&n), "{n} indicators");
}

#[test]
fn every_indicator_is_rateable() {
    let fw = Framework::builtin();
    let spec = fw.spec();
    let glossary: Vec<&str> = spec.glossary.iter().map(|g| g.id.as_str()).collect();
    for d in &spec.domains {
        let NodeContent::Children(subs) = &d.content else {
            panic!("{} has no sub-domains", d.id)
        };
        for s in subs {
            let NodeContent::Indicators(inds) = &s.content else {
                panic!("{} has no indicators", s.id)
            };
            assert!(s.description.is_some() && s.reference.is_some(), "{}", s.id);
            for i in inds {
                assert!(i.name.is_some() && i.question.is_some(), "{}", i.id);
                assert!((2..=4).contains(&i.evidence.len()), "{}", i.id);
                if i.id.starts_with("cap.") {
                    let skill = i.evidence.iter().any(|e| {
                        let t = e.en().to_lowercase();
                        ["skill check", "ask ", "observe", "sampled"]
                            .iter()
                            .any(|w| t.contains(w))
                    });
                    assert!(skill, "{}: a capacity item checks demonstrated skill", i.id);
                }
                assert_eq!(i.levels.len(), 5, "{}", i.id);
                assert!(i.levels[0].elements.is_empty(), "{}", i.id);
                for (k, l) in i.levels.iter().enumerate().skip(1) {
                    assert!(
                        (1..=2).contains(&l.elements.len()),
                        "{} level {k}: 1 or 2 elements",
                        i.id
                    );
                }
                assert!(
                    i.applies_to.as_ref().is_some_and(|k| !k.is_empty()),
                    "{}",
                    i.id
                );
                let basis = i.basis.as_ref().expect("a basis");
                if basis.kind == BasisKind::Named {
                    assert!(basis.name.is_some(), "{}: a named basis names it", i.id);
                }
                let reference = i.reference.as_deref().unwrap_or("");
                assert!(reference.starts_with("Report ch."), "{}: {reference}", i.id);
                assert!(
                    reference.contains("pp.")
                        || reference.contains(" p. ")
                        || reference.contains("pages not verified"),
                    "{}: a page range, or why not",
                    i.id
                );
                for t in &i.terms {
                    assert!(glossary.contains(&t.as_str()), "{}: term {t}", i.id);
                }
                for f in &spec.facets {
                    assert!(
                        i.facets.get(&f.id).is_some_and(|v| !v.is_empty()),
                        "{} has no `{}` tag",
                        i.id,
                        f.id
                    );
                }
                let froms: Vec<u32> = i.actions.iter().map(|a| a.from).collect();
                assert_eq!(froms, [0, 1, 2, 3], "{}", i.id);
                assert!(i.actions.iter().all(|a| !a.owners.is_empty()), "{}", i.id);
            }
        }
    }
}

#[test]
fn the_builtin_framework_passes_its_own_linter() {
    let lint = Framework::builtin().lint();
    assert!(lint.findings.is_empty(), "{:#?}", lint.findings);
    // About 25 words per descriptor on average.
    assert!(lint.average_words_all <= 25.0, "{}", lint.average_words_all);
    // And 1.0.0, for comparison, does not.
    let old = Framework::builtin_version("1.0.0").unwrap().lint();
    assert!(old.findings.len() > 100, "{}", old.findings.len());
}

#[test]
fn effective_weights_differ_at_most_twofold_per_unit_kind() {
    let fw = Framework::builtin();
    for kind in UnitKind::ALL {
        let list = fw.indicators_for(Some(kind));
        let w: Vec<f64> = list
            .iter()
            .map(|i| i.effective_weight)
            .filter(|w| *w > 0.0)
            .collect();
        let total: f64 = w.iter().sum();
        assert!((total - 1.0).abs() < 1e-9, "{kind:?}: {total}");
        let max = w.iter().copied().fold(0.0, f64::max);
        let min = w.iter().copied().fold(1.0, f64::min);
        assert!(max / min <= 2.0, "{kind:?}: max/min {}", max / min);
        // Every kind rates a good part of the instrument.
        assert!(w.len() >= 30, "{kind:?}: {} scored indicators", w.len());
    }
}

#[test]
fn every_mechanism_and_capacity_the_report_names_has_an_indicator() {
    let fw = Framework::builtin();
    let named: BTreeMap<String, String> = fw
        .indicators()
        .into_iter()
        .filter_map(|i| {
            let b = i.basis?;
            (b.kind == BasisKind::Named).then(|| (i.id, b.name.unwrap_or_default()))
        })
        .collect();
    for (id, name) in [
        ("inst.info.routine_data", "routine data"),
        ("inst.info.me_integration", "monitoring and evaluation"),
        ("inst.info.embedded_research", "embedded research"),
        (
            "inst.info.policy_research_institutes",
            "policy research institutes",
        ),
        (
            "inst.info.hta_priority_setting",
            "health technology assessment",
        ),
        ("inst.info.emergency_intelligence", "emergency"),
        ("inst.delib.working_groups", "working groups"),
        ("inst.delib.intersectoral", "inter-ministerial"),
        ("inst.delib.community_platforms", "community engagement"),
        (
            "inst.delib.communities_of_practice",
            "communities of practice",
        ),
        ("inst.act.pilots_scaling", "pilot"),
        ("inst.act.learning_sites", "learning sites"),
        ("inst.act.practice_labs", "practice labs"),
        ("inst.act.innovation_labs", "innovation labs"),
        ("cap.prov.data_interpretation", "routine data"),
        ("cap.prov.evidence_use", "evidence"),
        ("cap.prov.me_findings_use", "monitoring and evaluation"),
        ("cap.prov.team_learning", "team learning"),
        ("cap.prov.participatory_learning", "participatory learning"),
        ("cap.prov.innovation_scaling", "innovations"),
        ("cap.prov.communication", "communication"),
        ("cap.prov.knowledge_management", "knowledge management"),
        ("cap.comm.health_literacy", "health literacy"),
        ("cap.res.critical_mass", "critical mass"),
        ("cap.res.partnering_skills", "partners"),
        ("cond.lead.learning_strategy", "learning strategy"),
        ("cond.design.learning_agenda", "learning agenda"),
        ("cond.design.progress_tracking", "benchmark"),
    ] {
        let got = named.get(id).unwrap_or_else(|| panic!("{id} is not named"));
        assert!(got.contains(name), "{id}: `{got}` does not name {name}");
    }
}

#[test]
fn version_1_0_0_still_loads_and_scores_as_before() {
    let old = Framework::builtin_version("1.0.0").unwrap();
    assert_eq!((old.version(), old.indicator_count()), ("1.0.0", 69));
    let r = old
        .score_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {"inst.info.routine_data": 2, "proc.loops.double_loop": 4}}"#)
        .unwrap();
    // In 1.0.0 every domain is scored, `proc` included.
    assert_eq!(r.overall.score, Some(3.0));
    let err = Framework::builtin()
        .score_json(r#"{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {}}"#)
        .unwrap_err();
    assert_eq!(err.code(), "assessment.version_mismatch");
}

#[test]
fn the_migration_map_covers_both_versions() {
    let map = MigrationMap::builtin("1.0.0", "2.0.0").unwrap();
    let old = Framework::builtin_version("1.0.0").unwrap();
    let diags = map.check(&old, &Framework::builtin());
    assert!(diags.is_empty(), "{diags:#?}");
}
