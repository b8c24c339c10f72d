"""Checks a content draft (a JSON list of sub-domain nodes) against spec/AUTHORING.md.

    python3 spec/frameworks/draft/lint_draft.py spec/frameworks/draft/inst.json

Temporary helper for writing 2.0.0; the real linter is `lhs-maturity framework lint`.
"""
import json, re, sys
sys.path.insert(0, "spec/frameworks/draft")
from skeleton import skeleton

SK = {x["id"]: x for x in skeleton()}
FACETS = {"level": {"individual", "team", "organization", "cross_organization"},
          "loop": {"single", "double", "triple"},
          "means": {"information", "deliberation", "action"},
          "owner": {"policy_makers_planners", "health_programmes_workers", "communities_civil_society",
                    "research_organizations", "education_training"}}
NEG = re.compile(r"\b(no|not|never|without|none|nor|lacks?|cannot|n't)\b", re.I)
VAGUE = re.compile(r"\b(many|several|few|widely|various|adequate(ly)?|sufficient(ly)?|appropriate(ly)?|effective(ly)?|strong(ly)?|regular(ly)?|routinely|often|sometimes|frequent(ly)?|periodic(ally)?|enough|good|well|properly|systematic(ally)?|timely)\b", re.I)
WINDOW = re.compile(r"(past \d+ (months|years)|past (12|24|36) months|past (two|three) years|each year|every year|a year|per year|per quarter|each quarter|every quarter|within \d+ (days|weeks|months)|in \d{4}|since|months|years)", re.I)
SELF = re.compile(r"(this (self-)?assessment|self-assessment|this maturity)", re.I)
problems = 0

def p(where, msg):
    global problems
    problems += 1
    print(f"{where}: {msg}")

def en(t, where):
    if not isinstance(t, dict) or not isinstance(t.get("en"), str) or not t["en"].strip():
        p(where, "expected a text {\"en\": \"...\"}")
        return ""
    return t["en"]

def words(s):
    return len(s.split())

def check_indicator(ind, nid):
    i = ind.get("id", "?")
    if i not in SK:
        p(i, "not in the skeleton")
        return
    if not i.startswith(nid + "."):
        p(i, f"not under {nid}")
    sk = SK[i]
    for f in ["name", "statement", "question"]:
        en(ind.get(f), f"{i}/{f}")
    ev = ind.get("evidence", [])
    if not 2 <= len(ev) <= 4:
        p(i, f"{len(ev)} evidence entries (2 to 4)")
    for k, e in enumerate(ev):
        en(e, f"{i}/evidence/{k}")
    if i.startswith("cap.") and not any(re.search(r"\b(ask|observe|check|sample|sampled|show|demonstrat)", en(e, i), re.I) for e in ev):
        p(i, "capacity item: no evidence entry checks demonstrated skill (ask / observe / sampled ...)")
    lv = ind.get("levels", [])
    if len(lv) != 5:
        p(i, f"{len(lv)} levels (5)")
    has_window = False
    for k, l in enumerate(lv):
        w = f"{i}/levels/{k}"
        if k == 0:
            en(l.get("text"), w + "/text")
            if "elements" in l:
                p(w, "level 0 has no elements")
            continue
        els = l.get("elements", [])
        if not 1 <= len(els) <= 2:
            p(w, f"{len(els)} elements (1 or 2)")
        total = 0
        for j, e in enumerate(els):
            ew = f"{w}/elements/{j}"
            want = f"L{k}{'ab'[j] if j < 2 else '?'}"
            if e.get("id") != want:
                p(ew, f"id {e.get('id')!r}, expected {want!r}")
            t = en(e.get("text"), ew)
            total += words(t)
            if NEG.search(t):
                p(ew, f"negation `{NEG.search(t).group(0)}`: {t}")
            if VAGUE.search(t):
                p(ew, f"vague word `{VAGUE.search(t).group(0)}`: {t}")
            if ";" in t or "(" in t:
                p(ew, f"semicolon or parenthesis: {t}")
            if words(t) > 20:
                p(ew, f"{words(t)} words (at most 20): {t}")
            if SELF.search(t):
                p(ew, f"self-reference: {t}")
            if WINDOW.search(t):
                has_window = True
        if total > 35:
            p(w, f"descriptor of {total} words (at most 35)")
    if not has_window:
        p(i, "no time window in any element")
    if ind.get("applies_to") != sk["applies_to"]:
        p(i, f"applies_to differs from the skeleton: {sk['applies_to']}")
    if ind.get("basis") != sk["basis"]:
        p(i, f"basis differs from the skeleton: {sk['basis']}")
    if ind.get("reference") != sk["reference"]:
        p(i, "reference differs from the skeleton")
    for kind, a in (ind.get("adapted") or {}).items():
        if kind not in sk["applies_to"]:
            p(i, f"adapted wording for {kind}, where it does not apply")
        for f, t in a.items():
            if f not in ("name", "statement", "question"):
                p(i, f"adapted/{kind}/{f}: only name, statement, question")
            en(t, f"{i}/adapted/{kind}/{f}")
    for f, vals in (ind.get("facets") or {}).items():
        if f not in FACETS or not set(vals) <= FACETS[f]:
            p(i, f"bad facet {f}: {vals}")
    if set((ind.get("facets") or {})) != set(FACETS):
        p(i, "facets: give level, loop, means and owner")
    acts = ind.get("actions", [])
    if [a.get("from") for a in acts] != [0, 1, 2, 3]:
        p(i, "actions from 0, 1, 2, 3")
    for a in acts:
        en(a.get("text"), f"{i}/actions")
        if not a.get("owners") or not set(a["owners"]) <= FACETS["owner"]:
            p(i, f"action owners {a.get('owners')}")
    if not isinstance(ind.get("terms", []), list):
        p(i, "terms: a list of glossary ids")
    extra = set(ind) - {"id", "name", "statement", "question", "evidence", "levels", "applies_to", "adapted", "basis", "reference", "terms", "facets", "actions", "weight"}
    if extra:
        p(i, f"unknown fields {extra}")

def main(path):
    doc = json.load(open(path))
    seen = []
    for node in doc["nodes"]:
        nid = node["id"]
        for f in ["name", "description"]:
            en(node.get(f), f"{nid}/{f}")
        for ind in node["indicators"]:
            check_indicator(ind, nid)
            seen.append(ind.get("id"))
    want = [i for i in SK if any(i.startswith(n["id"] + ".") for n in doc["nodes"])]
    if seen != want:
        p(path, f"indicators differ from the skeleton's list/order: missing {set(want) - set(seen)}")
    for g in doc.get("glossary", []):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", g.get("id", "")):
            p("glossary", f"bad id {g.get('id')}")
        en(g.get("term"), f"glossary/{g.get('id')}/term")
        en(g.get("definition"), f"glossary/{g.get('id')}/definition")
    print(f"{len(seen)} indicators, {problems} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
