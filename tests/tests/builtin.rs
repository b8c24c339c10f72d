//! The built-in framework meets the content requirements of the model (not just the format).

use lhs_maturity::{Framework, NodeContent, OWNER_FACET};

#[test]
fn builtin_framework_is_complete() {
    let fw = Framework::builtin();
    let spec = fw.spec();
    assert_eq!(
        (spec.id.as_str(), spec.version.as_str()),
        ("lhs-2021", "1.0.0")
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
    let facets: Vec<&str> = spec.facets.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(facets, ["level", "loop", "means", OWNER_FACET]);
    let domains: Vec<&str> = spec.domains.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(domains, ["inst", "cap", "cond", "proc"]);
    assert!(
        fw.indicator_count() >= 50,
        "{} indicators",
        fw.indicator_count()
    );
    for d in &spec.domains {
        let NodeContent::Children(subs) = &d.content else {
            panic!("{} has no sub-domains", d.id)
        };
        for s in subs {
            let NodeContent::Indicators(inds) = &s.content else {
                panic!("{} has no indicators", s.id)
            };
            assert!(inds.len() >= 3, "{} has {} indicators", s.id, inds.len());
            assert!(s.description.is_some() && s.reference.is_some(), "{}", s.id);
            for i in inds {
                assert!(i.name.is_some(), "{} has no short name", i.id);
                assert_eq!(i.levels.len(), 5, "{}", i.id);
                assert!(
                    i.reference.as_deref().is_some_and(|r| !r.is_empty()),
                    "{} cites no section",
                    i.id
                );
                for f in &spec.facets {
                    assert!(
                        i.facets.get(&f.id).is_some_and(|v| !v.is_empty()),
                        "{} has no `{}` tag",
                        i.id,
                        f.id
                    );
                }
                let froms: Vec<u32> = i.actions.iter().map(|a| a.from).collect();
                assert_eq!(
                    froms,
                    [0, 1, 2, 3],
                    "{}: one action from each level below the top",
                    i.id
                );
                assert!(
                    i.actions.iter().all(|a| !a.owners.is_empty()),
                    "{}: every action says who acts",
                    i.id
                );
            }
        }
    }
    // The sub-domains the report's building blocks call for.
    let subs: Vec<String> = fw.indicators().into_iter().map(|i| i.subdomain).collect();
    for want in [
        "inst.info",
        "inst.delib",
        "inst.act",
        "cap.prov",
        "cap.comm",
        "cap.res",
        "cap.edu",
        "cond.lead",
        "cond.design",
        "cond.fin",
        "proc.levels",
        "proc.loops",
        "proc.results",
    ] {
        assert!(subs.iter().any(|s| s == want), "missing sub-domain {want}");
    }
}

#[test]
fn every_mechanism_the_report_names_has_an_indicator() {
    let fw = Framework::builtin();
    for id in [
        "inst.info.routine_data",
        "inst.info.me_integration",
        "inst.info.embedded_research",
        "inst.info.policy_research_institutes",
        "inst.info.hta_priority_setting",
        "inst.info.emergency_intelligence",
        "inst.delib.working_groups",
        "inst.delib.intersectoral",
        "inst.delib.community_platforms",
        "inst.delib.communities_of_practice",
        "inst.act.pilots",
        "inst.act.learning_sites",
        "inst.act.practice_labs",
        "inst.act.innovation_labs",
        "inst.act.scale_diffusion",
        "cap.prov.data_interpretation",
        "cap.prov.evidence_use",
        "cap.prov.me_findings_use",
        "cap.prov.team_learning",
        "cap.prov.participatory_learning",
        "cap.prov.innovation_scaling",
        "cap.prov.communication",
        "cap.prov.knowledge_management",
        "cap.comm.health_literacy",
        "cap.res.critical_mass",
        "cap.res.partnering_skills",
        "cap.res.incentive_alignment",
        "cap.edu.faculty_mentors",
        "cond.lead.leadership_behaviour",
        "cond.lead.openness_experimentation",
        "cond.lead.teamwork_cooperation",
        "cond.lead.inclusivity",
        "cond.design.governance_accountability",
        "cond.design.quality_improvement",
        "cond.design.personnel_deployment",
        "cond.design.planning_priority_setting",
        "cond.design.communication_flows",
        "cond.design.supportive_supervision",
        "cond.design.incentives",
        "cond.fin.stable_investment",
        "cond.fin.capacity_financing",
    ] {
        assert!(fw.indicator(id).is_some(), "no indicator {id}");
    }
}
