"""Assembles spec/frameworks/lhs-2021.json (version 2.0.0) from the content drafts.

    python3 spec/frameworks/draft/assemble.py

Temporary: once the assembled file is committed it is the source, and the drafts go.
"""
import json, sys
sys.path.insert(0, "spec/frameworks/draft")

V1 = json.load(open("spec/frameworks/lhs-2021-1.0.0.json"))
parts = {f: json.load(open(f"spec/frameworks/draft/{f}.json")) for f in ["inst", "cap", "cond"]}
nodes = {n["id"]: n for p in parts.values() for n in p["nodes"]}

def en(s):
    return {"en": s}

GLOSSARY_CORE = [
 ("learning_health_system", "learning health system", "A health system that links what it did, how well that worked and what it does next, at every level, so that it keeps improving and adapting."),
 ("sub_units", "sub-units", "The units one level below the one assessed: provinces or regions for a country, districts for a region, facilities for a district, departments or wards for a facility, sites for a programme, members for a network."),
 ("continuity_rule", "continuity rule", "An arrangement meets the continuity rule when it has kept running through a change of its leader or chair, or when a rule that does not depend on one person keeps it going: a decree, a standing order, or a budget line of more than one year."),
 ("terms_of_reference", "terms of reference", "A written text that sets a group's purpose, members, chair and meeting schedule."),
 ("budget_line", "budget line", "A line in an approved budget (government, programme or partner) that names the activity and its amount."),
 ("action_tracker", "action tracker", "A list of agreed actions, each with an owner, a due date and a status, kept up to date between meetings."),
 ("skill_check", "skill check", "A short task given to sampled staff to show a skill, scored against a written key. The facilitator can run it during the assessment."),
 ("sample", "sample", "The units or people picked for a check when all cannot be seen: by default 3, picked at random from a full list. The evidence note says how they were picked."),
 ("single_loop", "single-loop learning", "Learning that corrects routine actions and practices without questioning the goals or assumptions behind them."),
 ("double_loop", "double-loop learning", "Learning that questions and changes the assumptions, objectives or policies behind actions, not only the actions."),
 ("triple_loop", "triple-loop learning", "Learning how to learn: changing the ways an organization or system learns, such as its review routines, skills or rules."),
 ("monitoring_and_evaluation", "monitoring and evaluation (M&E)", "Monitoring tracks activities and results as they happen. Evaluation judges, at set points, whether a programme or policy worked and why."),
 ("routine_data", "routine data", "Health-information data collected as part of delivering services, such as monthly facility reports in the health management information system (for example DHIS2)."),
 ("embedded_research", "embedded research", "Research done with or inside a health organization, on questions its decision-makers set, with results timed to their decisions."),
 ("health_technology_assessment", "health technology assessment (HTA)", "A structured review of the benefits, costs and wider effects of a medicine, device, service or programme, used to decide what the system pays for."),
 ("evidence_synthesis", "evidence synthesis", "A summary of what all the relevant studies on a question show, made with an explicit method."),
 ("rapid_review", "rapid review", "An evidence synthesis done in weeks rather than months, with some steps simplified and stated."),
 ("policy_brief", "policy brief", "A short document that sets out a problem, the options to address it and the evidence on each, for decision-makers."),
 ("policy_dialogue", "policy dialogue", "A structured meeting where people affected by a decision discuss the problem, the options and the evidence before the decision is taken."),
 ("community_of_practice", "community of practice", "A group of people doing similar work who share problems and solutions regularly, face to face or online, with someone who facilitates."),
 ("learning_site", "learning site", "A place, such as a district or facility, where managers and researchers work together for several years to try, study and improve ways of working."),
 ("practice_lab", "practice lab", "A protected setting inside a real service where staff try changes to their own work in short cycles and keep what works."),
 ("innovation_lab", "innovation lab", "A unit with a mandate to develop and test new products, services or ways of organizing care, often with partners outside health."),
 ("after_action_review", "after-action review", "A structured meeting after an event (an outbreak, a failure, a near miss) that asks what was expected, what happened, why, and what to change, without blaming people."),
 ("improvement_cycle", "improvement cycle", "A short test of a change: plan it, try it, study the result and act on it (plan-do-study-act), then repeat."),
 ("supportive_supervision", "supportive supervision", "Supervision in which the supervisor coaches staff, solves problems with them, gives feedback and follows up agreed actions, rather than only inspecting."),
 ("learning_agenda", "learning agenda", "A written list of the questions a unit most needs answered for its decisions, with who answers each and by when."),
 ("learning_strategy", "learning strategy", "A written plan that says what a health system wants to learn, how, who is responsible and how progress is tracked."),
 ("psychological_safety", "psychological safety", "The shared sense in a team that people can raise problems, admit mistakes and try new ideas without being punished."),
 ("health_literacy", "health literacy", "People's ability to find, understand, judge and use health information and services."),
 ("knowledge_management", "knowledge management", "Capturing, organizing, storing and finding documents and lessons so that they are used again and not lost when people leave."),
 ("institutional_memory", "institutional memory", "What an organization keeps of its past decisions, reviews and lessons, in a form that new staff can find and use."),
 ("benchmarking_framework", "benchmarking framework", "A framework that scores progress in learning against stated levels, such as this one. An earlier round of it may be evidence; the current round never is."),
 ("scale_up", "scale-up", "Extending a practice that worked in a pilot to more places or people, with the support they need to adopt it."),
 ("intersectoral_committee", "intersectoral committee", "A committee in which health works with other sectors, such as finance, education, water or local government, on shared problems."),
 ("community_platform", "community platform", "A local health council, a facility committee or a similar body where community members deliberate with health staff."),
]

def glossary():
    out = [{"id": i, "term": en(t), "definition": en(d)} for i, t, d in GLOSSARY_CORE]
    seen = {g["id"] for g in out}
    for p in parts.values():
        for g in p.get("glossary", []):
            if g["id"] in seen:
                raise SystemExit(f"glossary id {g['id']} defined twice")
            seen.add(g["id"])
            out.append(g)
    used = {t for n in nodes.values() for i in n["indicators"] for t in i.get("terms", [])}
    unused = seen - used
    return [g for g in out if g["id"] in used or g["id"] in {"learning_health_system", "single_loop", "double_loop", "triple_loop"}], unused

def sub(nid):
    return dict(nodes[nid])

def v1_domain(did):
    return next(d for d in V1["domains"] if d["id"] == did)

def domain(did, children, rationale, outcome=False):
    d1 = v1_domain(did)
    d = {"id": did, "name": d1["name"], "description": d1["description"], "reference": None}
    d["weight"] = 1
    d["aggregation"] = "pooled_mean"
    d["rationale"] = en(rationale)
    if outcome:
        d["outcome"] = True
    d["children"] = [sub(c) for c in children]
    return d

REF = {
 "inst": "Report ch. 4, how to build a learning health system: institutionalizing learning (mechanisms, pp. 39-44)",
 "cap": "Report ch. 4, how to build a learning health system: optimizing people's capacity for learning (capacities, pp. 45-50)",
 "cond": "Report ch. 4, how to build a learning health system: creating the conditions for learning (pages not verified)",
 "proc": "Report ch. 2 and 3, how learning occurs (levels, loops pp. 12-16) and why learning health systems are needed (pages not verified)",
}

def framework():
    doms = [
        domain("inst", ["inst.info", "inst.delib", "inst.act"], "One of the report's three building blocks; the three count equally, since the report ranks none above another. Inside the domain every rated indicator counts the same (pooled mean), whatever its sub-domain and however many indicators apply to the unit."),
        domain("cap", ["cap.prov", "cap.comm", "cap.res", "cap.edu"], "One of the report's three building blocks; the three count equally, since the report ranks none above another. Inside the domain every rated indicator counts the same (pooled mean), whatever its sub-domain and however many indicators apply to the unit."),
        domain("cond", ["cond.lead", "cond.design", "cond.fin"], "One of the report's three building blocks; the three count equally, since the report ranks none above another. Inside the domain every rated indicator counts the same (pooled mean), whatever its sub-domain and however many indicators apply to the unit."),
        domain("proc", ["proc.levels", "proc.loops", "proc.results"], "Outcomes of the three building blocks: reported as a profile of their own and left out of the overall score, so that results are not averaged with the inputs they come from.", outcome=True),
    ]
    for d in doms:
        d["reference"] = REF[d["id"]]
    doms[3]["name"] = en("Learning processes and results (outcome profile)")
    g, unused = glossary()
    if unused:
        print("glossary terms no indicator uses (dropped):", sorted(unused), file=sys.stderr)
    fw = {
        "id": "lhs-2021",
        "version": "2.0.0",
        "title": en("Learning health system maturity model"),
        "description": en("A self-assessment of how well a health system learns: whether it has institutionalized learning through information, deliberation and action, built people's capacity to learn, and created the conditions for learning. Each indicator is rated on a five-level scale from absent (0) to optimizing (4) by checking a few concrete elements per level. Learning processes and results are reported as a separate outcome profile."),
        "source": {
            "citation": V1["source"]["citation"],
            "url": V1["source"]["url"],
            "license": V1["source"]["license"],
            "note": en("Adapted from the report: the structure follows the report's framework and every indicator cites the part of the report it rests on, but the statements, questions, level elements and actions are this project's own wording. The report's body was not available to the authors: page ranges come from the report's companion course, and lists marked \"pages not verified\" await checking against the report. The report's authors and WHO do not endorse this adaptation or its translations. Use of this framework data is non-commercial and share-alike under the licence above."),
        },
        "scale": {
            "levels": [
                {"level": 0, "key": "absent", "name": en("Absent"), "description": en("No element of level 1 is met.")},
                {"level": 1, "key": "ad_hoc", "name": en("Ad hoc"), "description": en("It has happened at least once in the time window, on anyone's initiative.")},
                {"level": 2, "key": "established", "name": en("Established"), "description": en("A written text sets it up, and it has run as written in the time window.")},
                {"level": 3, "key": "institutionalized", "name": en("Institutionalized"), "description": en("It runs as written across the unit, has a budget line or named staff, and has led to a recorded decision.")},
                {"level": 4, "key": "optimizing", "name": en("Optimizing"), "description": en("It was reviewed in the past 24 months and changed as a result, and it meets the continuity rule.")},
            ],
            "quantifiers": [
                {"key": "all", "word": en("all"), "at_least": 0.9, "description": en("At least 90% of the unit's sub-units, or of a stated sample."), "provisional": True},
                {"key": "most", "word": en("most"), "at_least": 0.75, "description": en("At least 75% of the unit's sub-units, or of a stated sample."), "provisional": True},
                {"key": "a_majority", "word": en("a majority"), "at_least": 0.5, "description": en("At least 50% of the unit's sub-units, or of a stated sample."), "provisional": True},
                {"key": "some", "word": en("some"), "at_least": 0.25, "description": en("At least 25% of the unit's sub-units, or of a stated sample."), "provisional": True},
            ],
            "rules": [
                {"id": "cumulative", "name": en("the cumulative rule"), "text": en("A level holds when its elements and the elements of every lower level are met. Record the highest level that holds. When an element cannot be checked, it is not met.")},
                {"id": "time_window", "name": en("the time window"), "text": en("Events count when they happened in the 12 months before the assessment date, unless an element names another window. \"The past 24 months\" and \"the past 3 years\" count back from the same date.")},
                {"id": "continuity", "name": en("the continuity rule"), "text": en("An arrangement meets the continuity rule when it has kept running through a change of its leader or chair, or when a rule that does not depend on one person keeps it going: a decree, a standing order, or a budget line of more than one year. A unit that has had no change of leadership meets the rule through such a rule.")},
                {"id": "sample", "name": en("the sample rule"), "text": en("Where a team cannot check every sub-unit, it checks a random sample of at least 3 and applies the quantifiers to the sample. The evidence note says how the sample was drawn.")},
                {"id": "not_self", "name": en("the self-evidence rule"), "text": en("This assessment is never evidence for itself: its meetings, forms and scores meet no element. An earlier round of it, or another benchmarking framework in use, may be evidence.")},
            ],
        },
        "facets": V1["facets"],
        "domains": doms,
        "glossary": g,
    }
    return fw

if __name__ == "__main__":
    fw = framework()
    out = sys.argv[1] if len(sys.argv) > 1 else "spec/frameworks/lhs-2021.json"
    with open(out, "w") as f:
        json.dump(fw, f, indent=1, ensure_ascii=False)
        f.write("\n")
    n = sum(len(c["indicators"]) for d in fw["domains"] for c in d["children"])
    print(f"wrote {out}: {n} indicators, {len(fw['glossary'])} glossary entries")
