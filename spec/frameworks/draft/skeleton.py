"""The 2.0.0 indicator list: ids, sources in 1.0.0, migration class, applicability, basis.

Run it to print the skeleton JSON the content drafts must follow (one entry per indicator).
Temporary: removed once spec/frameworks/lhs-2021-2.0.0.json is assembled.
"""
import json, sys

ALL = ["national", "subnational", "district", "facility", "programme", "network"]
K = {"N": "national", "S": "subnational", "D": "district", "F": "facility", "P": "programme", "W": "network"}
MECH = "Report ch. 4, institutionalizing learning {means} (mechanisms, pp. 39-44)"
CAPS = "Report ch. 4, optimizing people's capacity for learning, {who} (capacities, pp. 45-50)"
COND = "Report ch. 4, creating the conditions for learning, {what} (pages not verified)"
AGENDA = "Report ch. 5, an action agenda, {who} (actions by stakeholder, Table 14, p. 57)"
MEANS = "Report ch. 2, how learning occurs, means of learning (pp. 17-25)"
LOOPS = "Report ch. 2, how learning occurs, learning loops (pp. 12-16)"
LEVELS = "Report ch. 2, how learning occurs, levels of learning (pages not verified)"
WHY = "Report ch. 3, why learning health systems are needed, {what} (pages not verified)"

def kinds(code):
    return ALL if code == "*" else [K[c] for c in code]

# id, name, sources (1.0.0 ids, primary first), class, applies_to, basis (type, report's name), reference
ITEMS = [
 # inst.info
 ("inst.info.routine_data", "Routine data used in decisions", ["inst.info.routine_data"], "equivalent", "*", ("named", "mainstreaming the use of routine data"), MECH.format(means="through information")),
 ("inst.info.me_integration", "M&E built into operations", ["inst.info.me_integration"], "equivalent", "*", ("named", "integrating monitoring and evaluation into health-system operations"), MECH.format(means="through information")),
 ("inst.info.embedded_research", "Embedded research partnerships", ["inst.info.embedded_research"], "equivalent", "NSDPW", ("named", "embedded research"), MECH.format(means="through information")),
 ("inst.info.policy_research_institutes", "Policy research and evidence-synthesis units", ["inst.info.policy_research_institutes", "inst.info.evidence_synthesis"], "merged_duplicate", "NS", ("named", "policy research institutes; platforms for evidence synthesis and use"), MECH.format(means="through information")),
 ("inst.info.hta_priority_setting", "Priority-setting and technology assessment units", ["inst.info.hta_priority_setting"], "equivalent", "NS", ("named", "specialized intelligence units: health technology assessment platforms"), MECH.format(means="through information")),
 ("inst.info.emergency_intelligence", "Emergency prediction and response cells", ["inst.info.emergency_intelligence"], "equivalent", "NSDP", ("named", "specialized intelligence units: emergency prediction and response cells"), MECH.format(means="through information")),
 ("inst.info.community_feedback", "Community feedback used", ["inst.info.community_feedback"], "equivalent", "*", ("named", "community feedback as a source of information"), MEANS),
 ("inst.info.institutional_memory", "Institutional memory", ["inst.info.institutional_memory"], "revised", "*", ("derived", None), MEANS),
 # inst.delib
 ("inst.delib.working_groups", "Technical working groups", ["inst.delib.working_groups"], "equivalent", "*", ("named", "working groups"), MECH.format(means="through deliberation")),
 ("inst.delib.intersectoral", "Intersectoral committees", ["inst.delib.intersectoral"], "equivalent", "NSDP", ("named", "inter-ministerial committees"), MECH.format(means="through deliberation")),
 ("inst.delib.community_platforms", "Community deliberative platforms", ["inst.delib.community_platforms"], "equivalent", "NSDFP", ("named", "deliberative platforms for community engagement and participatory planning"), MECH.format(means="through deliberation")),
 ("inst.delib.communities_of_practice", "Communities of practice", ["inst.delib.communities_of_practice"], "equivalent", "*", ("named", "communities of practice"), MECH.format(means="through deliberation")),
 ("inst.delib.reflective_reviews", "Reflective review meetings", ["inst.delib.reflective_reviews"], "equivalent", "*", ("derived", None), MEANS),
 ("inst.delib.policy_dialogue", "Evidence-informed policy dialogue", ["inst.delib.policy_dialogue"], "equivalent", "NSP", ("derived", None), MEANS),
 # inst.act
 ("inst.act.pilots_scaling", "Pilots with a scale-up decision", ["inst.act.pilots", "inst.act.scale_diffusion"], "merged_conjunctive", "*", ("named", "pilot schemes; scaling up and diffusing innovations"), MECH.format(means="through action")),
 ("inst.act.learning_sites", "Learning sites", ["inst.act.learning_sites"], "equivalent", "NSDPW", ("named", "learning sites"), MECH.format(means="through action")),
 ("inst.act.practice_labs", "Practice labs", ["inst.act.practice_labs"], "revised", "*", ("named", "practice labs"), MECH.format(means="through action")),
 ("inst.act.innovation_labs", "Innovation labs", ["inst.act.innovation_labs"], "equivalent", "NSDPW", ("named", "innovation labs"), MECH.format(means="through action")),
 ("inst.act.after_action_review", "After-action reviews", ["inst.act.after_action_review"], "equivalent", "*", ("derived", None), WHY.format(what="recognizing and correcting mistakes")),
 # cap.prov
 ("cap.prov.data_interpretation", "Interpreting routine data", ["cap.prov.data_interpretation"], "revised", "*", ("named", "interpreting routine data"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.evidence_use", "Finding and using research evidence", ["cap.prov.evidence_use"], "revised", "*", ("named", "synthesizing evidence"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.me_findings_use", "Using M&E findings", ["cap.prov.me_findings_use"], "revised", "*", ("named", "using monitoring and evaluation findings"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.team_learning", "Team learning and mentoring", ["cap.prov.team_learning"], "revised", "*", ("named", "team learning"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.participatory_learning", "Participatory learning skills", ["cap.prov.participatory_learning"], "revised", "*", ("named", "participatory learning"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.innovation_scaling", "Identifying and scaling innovations", ["cap.prov.innovation_scaling"], "revised", "*", ("named", "identifying and scaling up innovations"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.communication", "Communication for learning", ["cap.prov.communication"], "revised", "*", ("named", "communication"), CAPS.format(who="health-care providers, managers and policy-makers")),
 ("cap.prov.knowledge_management", "Knowledge management skills", ["cap.prov.knowledge_management"], "revised", "*", ("named", "knowledge management"), CAPS.format(who="health-care providers, managers and policy-makers")),
 # cap.comm
 ("cap.comm.health_literacy", "Health literacy", ["cap.comm.health_literacy"], "equivalent", "NSDFP", ("named", "health literacy"), CAPS.format(who="communities, citizens and service users")),
 ("cap.comm.engagement_capacity", "Capacity to engage and lead shared learning", ["cap.comm.meaningful_engagement", "cap.comm.civil_society_capacity"], "merged_conjunctive", "NSDFP", ("named", "capacity to engage meaningfully; civil society driving shared learning"), CAPS.format(who="communities, citizens and service users")),
 # cap.res
 ("cap.res.critical_mass", "Critical mass of researchers and analysts", ["cap.res.critical_mass", "cap.res.applied_research_capacity"], "merged_duplicate", "NS", ("named", "a critical mass of health policy and systems researchers and analysts"), CAPS.format(who="researchers and analysts")),
 ("cap.res.partnering_skills", "Skills for working with partners", ["cap.res.partnering_skills"], "equivalent", "NSPW", ("named", "non-technical skills for working with non-academic partners"), CAPS.format(who="researchers and analysts")),
 ("cap.res.incentive_alignment", "Research rewarded for answering priorities", ["cap.res.incentive_alignment"], "revised", "NS", ("named", "contributions incentivized and aligned with system priorities through jobs and funding"), CAPS.format(who="researchers and analysts")),
 # cap.edu
 ("cap.edu.preservice_curricula", "Pre-service learning curricula", ["cap.edu.preservice_curricula"], "equivalent", "NS", ("named", "educational councils and training institutes building capacities of future health professionals"), AGENDA.format(who="educational councils and professional training institutes")),
 ("cap.edu.inservice_development", "In-service learning development", ["cap.edu.inservice_development"], "equivalent", "*", ("named", "strengthening the learning capacities of in-service personnel"), AGENDA.format(who="policy-makers and planners")),
 ("cap.edu.faculty_mentors", "Teachers, trainers and mentors", ["cap.edu.faculty_mentors", "cap.edu.methods_renewal"], "merged_duplicate", "*", ("named", "teachers, trainers, mentors and methodologists"), CAPS.format(who="teachers, trainers, mentors and methodologists")),
 # cond.lead
 ("cond.lead.learning_strategy", "Learning strategy", ["cond.lead.learning_strategy"], "equivalent", "*", ("named", "a learning strategy for the health system"), AGENDA.format(who="policy-makers and planners")),
 ("cond.lead.leadership_behaviour", "Leaders who set up learning", ["cond.lead.leadership_behaviour"], "revised", "*", ("named", "leadership"), COND.format(what="leadership and culture")),
 ("cond.lead.openness_experimentation", "Openness to new ideas and to mistakes", ["cond.lead.openness_experimentation"], "revised", "*", ("named", "openness to experimentation and mistakes"), COND.format(what="leadership and culture")),
 ("cond.lead.teamwork_cooperation", "Teamwork and cooperation", ["cond.lead.teamwork_cooperation"], "revised", "*", ("named", "teamwork and cooperation"), COND.format(what="leadership and culture")),
 ("cond.lead.inclusivity", "Inclusive participation", ["cond.lead.inclusivity"], "revised", "*", ("named", "appreciation of differences and inclusivity"), COND.format(what="leadership and culture")),
 # cond.design
 ("cond.design.learning_agenda", "Active learning agenda", ["cond.design.learning_agenda"], "revised", "*", ("named", "an active learning agenda built into system design"), COND.format(what="system design")),
 ("cond.design.governance_accountability", "Accountability for learning", ["cond.design.governance_accountability"], "equivalent", "*", ("named", "governance and accountability"), COND.format(what="system design")),
 ("cond.design.quality_improvement", "Quality improvement driven by teams' own data", ["cond.design.quality_improvement"], "revised", "*", ("named", "quality improvement through internal feedback"), COND.format(what="system design")),
 ("cond.design.personnel_deployment", "Staff deployment that keeps skills and knowledge", ["cond.design.personnel_deployment", "cap.prov.deployment_retention"], "merged_duplicate", "NSDP", ("named", "deployment and mobility of personnel"), COND.format(what="system design")),
 ("cond.design.planning_priority_setting", "Planning that reviews the past", ["cond.design.planning_priority_setting"], "equivalent", "*", ("named", "priority setting and planning"), COND.format(what="system design")),
 ("cond.design.communication_flows", "Two-way communication", ["cond.design.communication_flows"], "equivalent", "*", ("named", "communication"), COND.format(what="system design")),
 ("cond.design.supportive_supervision", "Supportive supervision", ["cond.design.supportive_supervision"], "equivalent", "NSDFP", ("named", "supervision"), COND.format(what="system design")),
 ("cond.design.incentives", "Incentives for learning", ["cond.design.incentives"], "equivalent", "NSDP", ("named", "incentives"), COND.format(what="system design")),
 ("cond.design.progress_tracking", "Tracking progress on learning", ["cond.design.progress_tracking"], "revised", "*", ("named", "a framework to assess and benchmark progress"), AGENDA.format(who="policy-makers and planners")),
 # cond.fin
 ("cond.fin.learning_budget", "Recurrent budget for learning", ["cond.fin.stable_investment", "cond.fin.capacity_financing"], "merged_conjunctive", "NSDPW", ("named", "stable, long-term investment in learning mechanisms and capacities"), COND.format(what="financial resources")),
 ("cond.fin.domestic_ownership", "Domestic funding of learning", ["cond.fin.domestic_ownership"], "revised", "NSP", ("derived", None), WHY.format(what="self-reliance")),
 ("cond.fin.expenditure_tracking", "Tracking spending on learning", ["cond.fin.expenditure_tracking"], "equivalent", "NSDP", ("derived", None), COND.format(what="financial resources")),
 # proc (outcomes, outside the overall score)
 ("proc.levels.upward_integration", "From frontline to organization", ["proc.levels.upward_integration"], "revised", "*", ("named", "organizational learning"), LEVELS),
 ("proc.levels.cross_organization", "Learning across organizations", ["proc.levels.cross_organization"], "revised", "*", ("named", "cross-organizational learning"), LEVELS),
 ("proc.loops.single_loop", "Adjusting routine practice", ["proc.loops.single_loop"], "revised", "*", ("named", "single-loop learning"), LOOPS),
 ("proc.loops.double_loop", "Questioning assumptions and policies", ["proc.loops.double_loop"], "revised", "*", ("named", "double-loop learning"), LOOPS),
 ("proc.loops.triple_loop", "Learning how to learn", ["proc.loops.triple_loop"], "revised", "*", ("named", "triple-loop learning"), LOOPS),
 ("proc.results.function_improvement", "Better health-system functions", ["proc.results.function_improvement"], "revised", "*", ("named", "improving health-system functions"), WHY.format(what="improving health-system functions")),
 ("proc.results.adaptation_innovation", "Adaptation and innovation", ["proc.results.adaptation_innovation"], "revised", "*", ("named", "adaptation and innovation"), WHY.format(what="adaptation and innovation")),
 ("proc.results.self_reliance", "Self-reliance", ["proc.results.self_reliance"], "revised", "*", ("named", "self-reliance"), WHY.format(what="self-reliance")),
]

# 1.0.0 items with no 2.0.0 item: their answers are kept under `unmapped` by `migrate`.
DROPPED = {
    "proc.levels.individual_learning": "individual learning is rated through the cap.prov capacity items",
    "proc.levels.team_learning": "restates cap.prov.team_learning and inst.delib.reflective_reviews",
}

def skeleton():
    out = []
    for id_, name, src, cls, ak, (btype, bname), ref in ITEMS:
        basis = {"type": btype}
        if bname:
            basis["name"] = bname
        out.append({"id": id_, "name": {"en": name}, "sources": src, "class": cls,
                    "applies_to": kinds(ak), "basis": basis, "reference": ref})
    return out

if __name__ == "__main__":
    s = skeleton()
    ids = [x["id"] for x in s]
    assert len(ids) == len(set(ids))
    used = {y for x in s for y in x["sources"]} | set(DROPPED)
    v1 = json.load(open("spec/frameworks/lhs-2021.json"))
    def walk(n):
        for c in n.get("children", []):
            yield from walk(c)
        for i in n.get("indicators", []):
            yield i["id"]
    all1 = {i for d in v1["domains"] for i in walk(d)}
    assert used == all1, (all1 - used, used - all1)
    if "--count" in sys.argv:
        from collections import Counter
        print(len(s), Counter(".".join(x["id"].split(".")[:2]) for x in s))
    else:
        json.dump(s, sys.stdout, indent=1)
