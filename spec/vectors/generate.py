#!/usr/bin/env python3
"""Reference implementation of spec/SCORING.md, and generator of the shared test vectors.

Standard library only. It is written from spec/SCORING.md alone (the document formats from
spec/schema/ and the framework files), never from the library, so that the vectors check the
library against the written rules.

Run from the repository root:

    python3 spec/vectors/generate.py

It rewrites every case file under spec/vectors/<area>/ (see AREAS). The cases about the built-in
framework read spec/frameworks/lhs-2021.json (the latest version, 2.0.0) and
spec/frameworks/lhs-2021-1.0.0.json at generation time, so regenerate after those files change.

`--check` only compares: it exits with status 1 when a committed file differs from what would be
written.

Where SCORING.md is silent or ambiguous, the reading chosen here is marked "READING:" below.
"""

import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FRAMEWORKS = ROOT / "spec" / "frameworks"
BUILTIN_PATH = FRAMEWORKS / "lhs-2021.json"  # the latest built-in version
BUILTIN_PATHS = {"1.0.0": FRAMEWORKS / "lhs-2021-1.0.0.json", "2.0.0": BUILTIN_PATH}
BUILTIN_LATEST = "2.0.0"
AREAS = ("scoring", "targets", "warnings", "errors", "builtin", "builtin-1.0.0", "applicability",
         "elements", "outcomes", "pooled", "unknown_rule", "calibration")

LEVEL_EPSILON = 1e-9  # §5
LOW_COVERAGE = 0.7  # §11
MAX_BYTES = 16 * 1024 * 1024  # §12
CONFIDENCES = ("low", "medium", "high")  # §12
TOP_LEVEL_FIELDS = ("framework", "unit", "period", "respondent", "default_target", "answers")
ANSWER_FIELDS = ("level", "evidence", "justification", "confidence", "target", "elements")
FRAMEWORK_REF_FIELDS = ("id", "version")
UNIT_KINDS = ("national", "subnational", "district", "facility", "programme", "network")  # §19
UNKNOWN_RULES = ("exclude", "zero")  # §23


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def pointer(*parts):
    """RFC 6901 JSON Pointer from reference tokens."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def text(value, lang="en"):
    """A framework Text (plain string or language map) in `lang`, falling back to English."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return value.get(lang, value["en"])


def is_whole(value):
    """A whole number >= 0 written as a JSON number (2 or 2.0; never a bool)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    if isinstance(value, float):
        return math.isfinite(value) and value.is_integer() and value >= 0
    return False


def blank(s):
    return s is None or s.strip() == ""


def round_half_away(x):
    """round() as in §9.4 (half away from zero, like Rust's f64::round)."""
    return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)


class AssessmentError(Exception):
    """An assessment that cannot be scored: every (code, path) of §12, in order."""

    def __init__(self, details):
        super().__init__(details)
        self.details = details


# ---------------------------------------------------------------------------------------------
# Framework model
# ---------------------------------------------------------------------------------------------


def is_level_object(value):
    """§22: `levels[k]` is a Text, or an object with `text` and/or `elements`. A language map
    always has `en`; a level object never has it."""
    return isinstance(value, dict) and "en" not in value and ("text" in value or "elements" in value)


class Indicator:
    def __init__(self, doc, parent_id, domain_id, in_outcome):
        self.id = doc["id"]
        self.name = text(doc.get("name")) or text(doc["statement"])
        self.weight = float(doc["weight"]) if doc.get("weight") is not None else 1.0
        self.facets = doc.get("facets") or {}
        # §22: the descriptor of a level with elements is its `text`, else its elements' texts
        # joined by a space. `elements[k]` lists the element ids of level k (none at level 0).
        self.levels = []
        self.elements = []
        for lv in doc["levels"]:
            if is_level_object(lv):
                els = lv.get("elements") or []
                ids = [e["id"] for e in els]
                if lv.get("text") is not None:
                    desc = text(lv["text"])
                else:
                    desc = " ".join(text(e["text"]) for e in els)
            else:
                ids, desc = [], text(lv)
            self.levels.append(desc)
            self.elements.append(ids)
        self.element_ids = {e for ids in self.elements for e in ids}
        # §19: the unit kinds it applies to; None = every kind.
        applies = doc.get("applies_to")
        self.applies_to = None if applies is None else {k.strip().lower() for k in applies}
        self.actions = doc.get("actions") or []
        self.subdomain = parent_id
        self.domain = domain_id
        self.outcome = in_outcome  # under an outcome node, at any depth (§20)
        self.share = None

    def applies(self, kind):
        return kind is None or self.applies_to is None or kind in self.applies_to


class Node:
    def __init__(self, doc, domain_id=None, in_outcome=False):
        self.id = doc["id"]
        self.name = text(doc["name"])
        self.weight = float(doc["weight"]) if doc.get("weight") is not None else 1.0
        self.aggregation = doc.get("aggregation") or "mean"
        assert self.aggregation in ("mean", "minimum", "pooled_mean"), self.aggregation
        self.outcome = bool(doc.get("outcome"))
        self.domain = domain_id or self.id
        below_outcome = in_outcome or self.outcome
        self.children = [Node(c, self.domain, below_outcome) for c in doc.get("children") or []]
        self.indicators = [Indicator(i, self.id, self.domain, below_outcome)
                           for i in doc.get("indicators") or []]

    def all_indicators(self):
        if self.children:
            return [i for c in self.children for i in c.all_indicators()]
        return list(self.indicators)

    def counted_indicators(self):
        """§6, §20: the indicators below the node, at any depth, except those under an outcome
        sub-node (the node itself may be an outcome: its own indicators count for it)."""
        if self.children:
            return [i for c in self.children if not c.outcome for i in c.counted_indicators()]
        return list(self.indicators)

    def framework_pool(self):
        """§21 with every indicator counted: Σ w_i of the indicators below, except under outcome
        sub-nodes (used for shares, which depend on the framework only)."""
        if self.children:
            return sum(c.framework_pool() for c in self.children if not c.outcome)
        return sum(i.weight for i in self.indicators)


class Framework:
    def __init__(self, doc):
        self.id = doc["id"]
        self.version = doc["version"]
        self.title = text(doc["title"])
        levels = sorted(doc["scale"]["levels"], key=lambda l: l["level"])
        assert [l["level"] for l in levels] == list(range(len(levels)))
        self.top = levels[-1]["level"]  # M
        self.keys = [l["key"] for l in levels]
        self.level_names = [text(l["name"]) for l in levels]
        self.facets = [
            (f["id"], text(f["name"]), [(v["id"], text(v["name"])) for v in f["values"]])
            for f in doc.get("facets") or []
        ]
        self.domains = [Node(d) for d in doc["domains"]]
        self.indicators = [i for d in self.domains for i in d.all_indicators()]
        self.by_id = {i.id: i for i in self.indicators}
        # §19: a framework where some indicator has `applies_to` has applicability rules.
        self.has_rules = any(i.applies_to is not None for i in self.indicators)
        for i in self.indicators:
            i.share = 0.0
        self._assign_shares(self.domains, 1.0, None)

    def _assign_shares(self, nodes, share, parent_aggregation):
        # §9.2: product of w_x / Σ w_siblings from the indicator up to its domain, times the
        # domain's w / Σ w_domains. Depends on the framework only.
        # §20: the indicators of an outcome node have a share of 0.
        # READING: an outcome node is left out of the sums of its siblings' weights (as it is
        # left out of its parent's score), so that the shares still add up to 1.
        # READING: under `pooled_mean` a sub-node's weight is the one §21 gives it there with
        # every indicator counted (Σ w_i below it), not its own weight: §21 says the sub-nodes'
        # own weights are not used, and §9.2 defines the share as the share "in the overall
        # score". (§9.2's parenthesis, written before `pooled_mean`, says "its own weight".)
        def weight(n):
            return n.framework_pool() if parent_aggregation == "pooled_mean" else n.weight

        counted = [n for n in nodes if not n.outcome]
        total = sum(weight(n) for n in counted)
        for n in counted:
            s = share * (weight(n) / total)
            if n.children:
                self._assign_shares(n.children, s, n.aggregation)
            else:
                t = sum(i.weight for i in n.indicators)
                for i in n.indicators:
                    i.share = s * (i.weight / t)

    def level_of(self, score):
        """§5: the highest level L with score >= L - 1e-9."""
        if score is None:
            return None
        return max(L for L in range(self.top + 1) if score >= L - LEVEL_EPSILON)

    def percent(self, score):
        return None if score is None else 100.0 * score / self.top

    def owner_values(self):
        for fid, _, values in self.facets:
            if fid == "owner":
                return values
        return None


# ---------------------------------------------------------------------------------------------
# Reading an assessment (§1, §11.1, §12)
# ---------------------------------------------------------------------------------------------


class Answer:
    def __init__(self, iid, base):
        self.id = iid
        self.base = base  # /answers/<id>
        self.status = "missing"
        self.level = None
        self.level_path = base
        self.target = None
        self.target_path = None
        self.evidence = None
        self.justification = None
        self.confidence = None
        self.elements = None  # {element id: True | False | "unknown"}, in document order
        self.unreadable = False  # a reading error inside it: not checked against the framework


class _Pairs(list):
    """A JSON object as the list of its members, to find duplicate keys."""


def parse_text(raw):
    """Parses assessment text. Returns (value, errors); value is None when it is not JSON."""
    if len(raw.encode("utf-8")) > MAX_BYTES:
        return None, [("assessment.too_large", "")]
    try:
        value = json.loads(raw, object_pairs_hook=_Pairs)
    except json.JSONDecodeError:
        return None, [("assessment.invalid_json", "")]
    errors = []

    def walk(v, path):
        if isinstance(v, _Pairs):
            seen = set()
            out = {}
            for k, x in v:
                p = path + pointer(k)
                if k in seen:
                    errors.append(("assessment.duplicate_key", p))
                seen.add(k)
                out[k] = walk(x, p)
            return out
        if isinstance(v, list):
            return [walk(x, path + pointer(i)) for i, x in enumerate(v)]
        return v

    return walk(value, ""), errors


def read_level(answer, value, path, errors):
    answer.level_path = path
    if value is None:
        answer.status = "missing"
    elif isinstance(value, str) and value in ("na", "unknown"):
        answer.status = value
    elif is_whole(value):
        answer.status = "rated"
        answer.level = int(value)
    else:
        errors.append(("assessment.invalid_level", path))


def read_elements(answer, value, path, errors):
    """§22: an object of element id -> true | false | "unknown"."""
    if value is None:
        # READING: `"elements": null` is read as no elements (like a null evidence).
        return
    if not isinstance(value, dict):
        errors.append(("assessment.invalid_type", path))
        return
    recorded = {}
    for eid, v in value.items():
        if v is True or v is False or v == "unknown":
            recorded[eid] = v
        else:
            # READING: the path of invalid_element is the element's value, as for
            # unknown_element (§22 gives the path for unknown_element only).
            errors.append(("assessment.invalid_element", path + pointer(eid)))
    answer.elements = recorded


def read_answer(iid, value, warnings, errors):
    base = pointer("answers", iid)
    answer = Answer(iid, base)
    before = len(errors)
    if isinstance(value, dict):
        for key, v in value.items():
            p = base + pointer(key)
            if key == "level":
                read_level(answer, v, p, errors)
            elif key in ("evidence", "justification"):
                if v is None or isinstance(v, str):
                    setattr(answer, key, v)
                else:
                    errors.append(("assessment.invalid_type", p))
            elif key == "confidence":
                if v is None or v in CONFIDENCES:
                    answer.confidence = v
                else:
                    errors.append(("assessment.invalid_confidence", p))
            elif key == "target":
                if v is None:
                    pass
                elif is_whole(v):
                    answer.target = int(v)
                    answer.target_path = p
                else:
                    errors.append(("assessment.invalid_target", p))
            elif key == "elements":
                read_elements(answer, v, p, errors)
            elif not key.startswith("$"):  # `$` fields are annotations (§12)
                warnings.append(("assessment.unknown_field", p))
    elif isinstance(value, list):
        errors.append(("assessment.invalid_type", base))
    else:
        read_level(answer, value, base, errors)
    # §12: "An answer that could not be read is not checked against the framework."
    # READING: an answer could not be read when reading it gave any error.
    answer.unreadable = len(errors) > before
    return answer


def read_document(doc):
    """Returns (parsed, warnings, errors) for an assessment JSON value."""
    warnings, errors = [], []
    parsed = {
        "framework": None,
        "unit": None,
        "period": None,
        "respondent": None,
        "default_target": None,
        "answers": None,
    }
    if not isinstance(doc, dict):
        return parsed, warnings, [("assessment.invalid_type", "")]
    for key, value in doc.items():
        p = pointer(key)
        if key == "framework":
            if value is None:
                continue
            if not isinstance(value, dict):
                errors.append(("assessment.invalid_type", p))
                continue
            ref = {"id": None, "version": None}
            for k, v in value.items():
                if k == "id":
                    if isinstance(v, str):
                        ref["id"] = v
                    else:
                        errors.append(("assessment.invalid_type", p + pointer(k)))
                elif k == "version":
                    if v is None or isinstance(v, str):
                        ref["version"] = v
                    else:
                        errors.append(("assessment.invalid_type", p + pointer(k)))
            if "id" not in value:
                errors.append(("assessment.missing_field", p))
            parsed["framework"] = ref
        elif key in ("unit", "respondent"):
            if value is None or isinstance(value, dict):
                parsed[key] = value
            else:
                errors.append(("assessment.invalid_type", p))
        elif key == "period":
            if value is None or isinstance(value, str):
                parsed[key] = value
            else:
                errors.append(("assessment.invalid_type", p))
        elif key == "default_target":
            if value is None:
                pass
            elif is_whole(value):
                parsed["default_target"] = int(value)
            else:
                errors.append(("assessment.invalid_target", p))
        elif key == "answers":
            if isinstance(value, dict):
                parsed["answers"] = {
                    iid: read_answer(iid, a, warnings, errors) for iid, a in value.items()
                }
            else:
                errors.append(("assessment.invalid_type", p))
        elif not key.startswith("$"):  # `$` fields are annotations (§12)
            warnings.append(("assessment.unknown_field", p))
    if "answers" not in doc:
        errors.append(("assessment.missing_field", ""))
    return parsed, warnings, errors


def check_against(fw, parsed):
    """§12: framework reference, default_target, then answers in ascending id order."""
    errors = []
    ref = parsed["framework"]
    if ref is not None:
        if ref["id"] is not None and ref["id"] != fw.id:
            errors.append(("assessment.framework_mismatch", "/framework/id"))
        if ref["version"] is not None and ref["version"] != fw.version:
            errors.append(("assessment.version_mismatch", "/framework/version"))
    dt = parsed["default_target"]
    if dt is not None and dt > fw.top:
        errors.append(("assessment.target_out_of_range", "/default_target"))
    for iid in sorted(parsed["answers"] or {}):
        a = parsed["answers"][iid]
        if a.unreadable:
            continue
        if iid not in fw.by_id:
            errors.append(("assessment.unknown_indicator", a.base))
            continue
        ind = fw.by_id[iid]
        # READING: several unknown element ids of one answer are reported in document order.
        for eid in a.elements or {}:
            if eid not in ind.element_ids:
                errors.append(("assessment.unknown_element",
                               a.base + pointer("elements", eid)))
        if a.status == "rated" and a.level > fw.top:
            errors.append(("assessment.level_out_of_range", a.level_path))
        if a.target is not None and a.target > fw.top:
            errors.append(("assessment.target_out_of_range", a.target_path))
    return errors


# ---------------------------------------------------------------------------------------------
# Scoring (§2–§11, §19–§23)
# ---------------------------------------------------------------------------------------------


def score(fw, assessment=None, assessment_text=None, options=None):
    """Scores an assessment (a JSON value, or raw text) and returns the report as a dict."""
    options = options or {}
    errors = []
    if assessment_text is not None:
        doc, errors = parse_text(assessment_text)
        if doc is None:
            raise AssessmentError(errors)
    else:
        doc = assessment
    parsed, read_warnings, read_errors = read_document(doc)
    errors = errors + read_errors
    errors += check_against(fw, parsed)
    if errors:
        raise AssessmentError(errors)
    return build_report(fw, parsed, read_warnings, options)


def derive(ind, recorded):
    """§22, the cumulative rule: the derived rating of recorded elements, as (status, level)."""
    if all(v == "unknown" for v in recorded.values()):
        return ("unknown", None)
    level = 0
    for k in range(1, len(ind.elements)):
        if not ind.elements[k]:
            break  # the search stops at the first level above 0 that has no elements
        if not all(recorded.get(e) is True for e in ind.elements[k]):
            break
        level = k
    return ("rated", level)


def not_checked(ind, recorded, derived):
    """§22: the derived level stops at k, and no element of level k + 1 is false but some are
    "unknown" or not recorded (the level may be higher)."""
    status, k = derived
    if status != "rated" or k + 1 >= len(ind.elements):
        return False
    nxt = ind.elements[k + 1]
    if not nxt:
        return False
    return (not any(recorded.get(e) is False for e in nxt)
            and any(recorded.get(e) is not True for e in nxt))


def unit_kind(fw, unit):
    """§19: (kind or None, warning or None). Warnings only with applicability rules."""
    if not isinstance(unit, dict):
        # READING: `"unit": null` is "no unit" (path: the root).
        return None, ("assessment.no_unit_kind", "") if fw.has_rules else None
    raw = unit.get("kind")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        # READING: `"kind": null` is a missing kind; §19: a blank kind counts as not given.
        return None, ("assessment.no_unit_kind", "/unit") if fw.has_rules else None
    if isinstance(raw, str) and raw.strip().lower() in UNIT_KINDS:
        return raw.strip().lower(), None
    return None, ("assessment.unknown_unit_kind", "/unit/kind") if fw.has_rules else None


class State:
    """The answer state of one indicator, once read and checked."""

    def __init__(self, ind, answer, default_target, applies, unknown_zero):
        self.ind = ind
        self.answer = answer
        self.from_elements = False
        if not applies:
            # §19: no value, no target, no gap, whatever was answered.
            self.status, self.level = "does_not_apply", None
        elif answer is None:
            self.status, self.level = "missing", None
        elif answer.status != "missing":  # a level was given (§22: scored with its level)
            self.status, self.level = answer.status, answer.level
        elif answer.elements:
            # §22: elements and no level. READING: an empty `elements` object records
            # nothing and reads as no elements (missing), although "every recorded element is
            # unknown" holds vacuously for it; `"level": null` counts as no level.
            self.status, self.level = derive(ind, answer.elements)
            self.from_elements = True
        else:
            self.status, self.level = "missing", None
        if self.status == "rated":
            self.value = float(self.level)
        elif self.status == "unknown" and unknown_zero:
            self.value = 0.0  # §23
        else:
            self.value = None
        if not applies:
            self.target, self.target_source = None, None
        elif answer is not None and answer.target is not None:
            self.target, self.target_source = answer.target, "answer"
        elif default_target is not None:
            self.target, self.target_source = default_target, "default"
        else:
            self.target, self.target_source = None, None
        if self.status == "rated" and self.target is not None:
            self.gap = max(self.target - self.level, 0)
        else:
            self.gap = None


def counts_of(states):
    """§6: does_not_apply is left out of every count."""
    states = [s for s in states if s.status != "does_not_apply"]
    c = {"total": len(states), "rated": 0, "na": 0, "unknown": 0, "missing": 0}
    for s in states:
        c[s.status] += 1
    return c


def targets_of(states):
    with_target = [s for s in states if s.status == "rated" and s.target is not None]
    total_target = sum(s.target for s in with_target)
    total_gap = sum(s.gap for s in with_target)
    return {
        "with_target": len(with_target),
        "below_target": sum(1 for s in with_target if s.gap > 0),
        "total_gap": total_gap,
        "total_target": total_target,
        "percent_to_target": None if total_target == 0 else 1 - total_gap / total_target,
    }


def summary(fw, states, value):
    counts = counts_of(states)
    denominator = counts["total"] - counts["na"]
    level = fw.level_of(value)
    return {
        "score": value,
        "level": level,
        "level_key": None if level is None else fw.keys[level],
        "percent": fw.percent(value),
        "coverage": None if denominator == 0 else counts["rated"] / denominator,
        "counts": counts,
        # READING: a node's targets are over the same indicators as its counts (§20 names
        # score, counts and coverage only).
        "targets": targets_of(states),
    }


def weighted_mean(pairs):
    """Σ w·s / Σ w over (w, s) pairs, or None when there are none."""
    if not pairs:
        return None
    num = 0.0
    den = 0.0
    for w, s in pairs:
        num += w * s
        den += w
    return num / den


def node_result(fw, node, states):
    pooled = node.aggregation == "pooled_mean"
    # §21: the pooled weight of this node, Σ w_i over the indicators below it that count (with a
    # value), except under outcome sub-nodes; computed from the children in framework order.
    pool = 0.0
    if node.children:
        children = [node_result(fw, c, states) for c in node.children]
        entries = []
        for c, r in zip(node.children, children):
            if c.outcome:
                # READING: an outcome sub-node is excluded as `outcome` even when it has no
                # score (§10 lists both reasons; outcome is the one that always holds).
                why = "outcome"
            elif r["score"] is None:
                why = "no_score"
            else:
                why = None
            if not c.outcome:
                pool += r["_pool"]
            # §10, §21: under pooled_mean a sub-node's weight is the one it is given there.
            # READING: an outcome sub-node is given no weight under pooled_mean; its entry shows
            # its own weight (no vector depends on this).
            w = r["_pool"] if pooled and not c.outcome else c.weight
            entries.append({"id": c.id, "kind": "node", "weight": w, "score": r["score"],
                            "why": why, "zero": False})
    else:
        children = []
        entries = []
        for i in node.indicators:
            st = states[i.id]
            if st.value is not None:
                pool += i.weight
            # READING: the explanation's score of an `unknown` counted as 0 (§23) is 0, its
            # value (§10 says "an indicator's level"; it has no level).
            entries.append({"id": i.id, "kind": "indicator", "weight": i.weight,
                            "score": st.value,
                            "why": None if st.value is not None else st.status,
                            "zero": st.status == "unknown" and st.value is not None})
    counted = [e for e in entries if e["why"] is None]
    explanation = []
    if not counted:
        value = None
        for e in entries:
            explanation.append((e, 0.0, e["why"]))
    elif node.aggregation in ("mean", "pooled_mean"):
        # READING: §10's effective weight under pooled_mean is as under mean, with the weights
        # of §21.
        value = weighted_mean([(e["weight"], e["score"]) for e in counted])
        total = sum(e["weight"] for e in counted)
        for e in entries:
            if e["why"] is not None:
                explanation.append((e, 0.0, e["why"]))
            else:
                explanation.append((e, e["weight"] / total, None))
    elif node.aggregation == "minimum":
        value = min(e["score"] for e in counted)
        chosen = next(e for e in counted if e["score"] == value)
        for e in entries:
            if e["why"] is not None:
                explanation.append((e, 0.0, e["why"]))
            elif e is chosen:
                explanation.append((e, 1.0, None))
            else:
                explanation.append((e, 0.0, "not_minimum"))
    else:
        raise ValueError(node.aggregation)
    below = [states[i.id] for i in node.counted_indicators()]
    result = {"id": node.id, "name": node.name, "weight": node.weight,
              "aggregation": node.aggregation}
    if node.outcome:
        result["outcome"] = True
    result.update(summary(fw, below, value))
    result["explanation"] = []
    for e, eff, why in explanation:
        x = {"id": e["id"], "kind": e["kind"], "weight": e["weight"], "score": e["score"],
             "effective_weight": eff, "excluded": why}
        if e["zero"]:
            x["unknown_as_zero"] = True
        result["explanation"].append(x)
    result["children"] = children
    result["_pool"] = pool
    # §10: score = Σ effective_weight × score, for every rule.
    if value is not None:
        recomposed = sum(x["effective_weight"] * x["score"] for x in result["explanation"]
                         if x["effective_weight"])
        assert abs(recomposed - value) < 1e-12, (node.id, recomposed, value)
    return result


def build_report(fw, parsed, read_warnings, options):
    top = fw.top
    answers = parsed["answers"] or {}
    if options.get("default_target") is not None:
        default_target = options["default_target"]
    else:
        default_target = parsed["default_target"]
    rule = options.get("unknown") or "exclude"  # §23: `exclude` is the default
    assert rule in UNKNOWN_RULES, rule
    kind, kind_warning = unit_kind(fw, parsed["unit"])
    states = {i.id: State(i, answers.get(i.id), default_target, i.applies(kind), rule == "zero")
              for i in fw.indicators}
    ordered = [states[i.id] for i in fw.indicators]

    # §3, §10, §20, §21: nodes. §4: overall (always a weighted mean of the scores of the domains
    # that are not outcomes).
    domains = [node_result(fw, d, states) for d in fw.domains]
    overall_value = weighted_mean(
        [(d.weight, r["score"]) for d, r in zip(fw.domains, domains)
         if not d.outcome and r["score"] is not None]
    )
    # §6: the indicators of the domains that are not outcomes. READING: without those under an
    # outcome sub-node either (as each domain's counts), so that the overall counts are the sum
    # of the domains' counts.
    overall_states = [states[i.id] for d in fw.domains if not d.outcome
                      for i in d.counted_indicators()]
    overall = summary(fw, overall_states, overall_value)

    # Indicators.
    indicators = []
    for i in fw.indicators:
        st = states[i.id]
        a = st.answer
        item = {
            "id": i.id, "name": i.name, "domain": i.domain, "subdomain": i.subdomain,
            "weight": i.weight, "share": i.share, "status": st.status, "level": st.level,
            "level_key": None if st.level is None else fw.keys[st.level],
            "target": st.target, "target_source": st.target_source, "gap": st.gap,
            "evidence": a.evidence if a else None,
            "justification": a.justification if a else None,
            "confidence": a.confidence if a else None,
        }
        if st.from_elements:
            item["from_elements"] = True
        if i.outcome:
            item["outcome"] = True
        indicators.append(item)

    # §7: facet profile. READING: outcome indicators are in the facet profile (§7 takes every
    # indicator tagged with the value; §20 does not take them out), and an `unknown` counted as
    # 0 (§23) counts in the facet value's mean (§7 says "rated", §23 "in means").
    facets = []
    for fid, fname, values in fw.facets:
        out_values = []
        for vid, vname in values:
            tagged = [states[i.id] for i in fw.indicators if vid in (i.facets.get(fid) or [])]
            value = weighted_mean(
                [(s.ind.weight, s.value) for s in tagged if s.value is not None]
            )
            v = {"id": vid, "name": vname}
            v.update(summary(fw, tagged, value))
            out_values.append(v)
        facets.append({"id": fid, "name": fname, "values": out_values})

    # §8: gaps. READING: the report's gaps list every indicator with a gap, outcome ones
    # included (they have targets, §20), and its totals are over the same indicators.
    t = targets_of(ordered)
    below = sorted((s for s in ordered if s.gap is not None and s.gap > 0),
                   key=lambda s: (-s.gap, s.ind.id))
    gaps = dict(t)
    gaps["indicators"] = [{"id": s.ind.id, "level": s.level, "target": s.target, "gap": s.gap}
                          for s in below]

    # §9: next steps. READING: an answer's own target sets "any target" even when its
    # indicator does not apply (§9.1 says "any answer's target").
    any_target = default_target is not None or any(a.target is not None for a in answers.values())
    recs = []
    for s in ordered:
        if s.status != "rated":
            continue
        if any_target:
            if s.target is None or s.level >= s.target:
                continue
            goal = s.target
        else:
            if s.level >= top:
                continue
            goal = top
        i = s.ind
        priority = (goal - s.level) * i.share
        action = next((a for a in i.actions if a["from"] == s.level), None)
        owners = list(action.get("owners") or []) if action else []
        if not owners:
            owners = list(i.facets.get("owner") or [])
        recs.append({
            "rank": None, "indicator": i.id, "name": i.name, "domain": i.domain,
            "level": s.level, "next_level": s.level + 1, "target": goal,
            "gap": goal - s.level, "priority": priority,
            "next_level_descriptor": i.levels[s.level + 1],
            "action": text(action["text"]) if action else None,
            "owners": owners,
        })
    for r in recs:
        # A tie must be a real tie: a priority that sits near the rounding boundary of §9.4
        # must not be near any other priority, so that the order cannot depend on the last bit.
        x = r["priority"] * 1e9
        if abs(x % 1.0 - 0.5) < 1e-3:
            assert all(abs(o["priority"] * 1e9 - x) > 2 for o in recs if o is not r), r
    recs.sort(key=lambda r: (-round_half_away(r["priority"] * 1e9), r["indicator"]))
    for n, r in enumerate(recs, 1):
        r["rank"] = n
    owner_values = fw.owner_values()
    by_owner = []
    if owner_values is not None:
        for vid, vname in owner_values:
            by_owner.append({"owner": vid, "name": vname,
                             "indicators": [r["indicator"] for r in recs if vid in r["owners"]]})

    # §11: warnings.
    warnings = list(read_warnings)
    if kind_warning is not None:
        warnings.append(kind_warning)
    for iid in sorted(answers):
        a = answers[iid]
        s = states[iid]
        i = s.ind
        # READING: §11 lists the elements warnings above does_not_apply ("the warnings below
        # are then not given"), so they are given even for an indicator that does not apply
        # (no vector depends on this).
        if a.elements:
            derived = derive(i, a.elements)
            if a.status != "missing":  # a level given
                # READING: any difference of the rating counts (a level, `na` or `unknown`
                # given against the derived level or `unknown`).
                # §22: elements_not_checked is for a derived level only; a level given by the
                # rater is their judgment.
                if derived != (a.status, a.level):
                    warnings.append(("assessment.elements_conflict", a.level_path))
            elif not_checked(i, a.elements, derived):
                warnings.append(("assessment.elements_not_checked", a.base + pointer("elements")))
        if s.status == "does_not_apply":
            # READING: path of the answer; any entry of `answers` is "an answer" here.
            warnings.append(("assessment.does_not_apply", a.base))
            continue
        if s.status == "na" and blank(a.justification):
            warnings.append(("assessment.na_without_justification", a.base))
        if fw.has_rules and s.status == "na":
            warnings.append(("assessment.na_applicable", a.level_path))
        if s.status == "rated" and s.level == top and blank(a.evidence):
            warnings.append(("assessment.top_level_without_evidence", a.base))
        if s.status == "rated" and s.target is not None and s.target < s.level:
            path = a.target_path if s.target_source == "answer" else a.base
            warnings.append(("assessment.target_below_level", path))
    # READING: an outcome domain is a domain here too.
    for r in domains:
        if r["coverage"] is not None and r["coverage"] < LOW_COVERAGE:
            warnings.append(("assessment.low_coverage", "/answers"))

    report = {
        "framework": {"id": fw.id, "version": fw.version, "title": fw.title},
        "unit": parsed["unit"],
        "period": parsed["period"],
        "respondent": parsed["respondent"],
        "language": "en",
        "scale": [{"level": L, "key": fw.keys[L], "name": fw.level_names[L]}
                  for L in range(top + 1)],
        "overall": overall,
        "domains": domains,
        "indicators": indicators,
        "facets": facets,
        "gaps": gaps,
        "recommendations": recs,
        "recommendations_by_owner": by_owner,
        "warnings": [{"severity": "warning", "code": c, "path": p} for c, p in warnings],
    }
    if rule == "zero":
        report["unknown_rule"] = "zero"  # §23
    return report


# ---------------------------------------------------------------------------------------------
# Building inline frameworks
# ---------------------------------------------------------------------------------------------

KEYS_0_4 = ["absent", "ad_hoc", "established", "institutionalized", "optimizing"]


def I(iid, w=None, actions=None, applies_to=None, elements=None, more=None, **facets):  # noqa: E743
    """An indicator. `actions` maps a level to the action's owners (None: no `owners` field).
    `applies_to` lists unit kinds (§19). `elements` maps a level to its element ids (§22), or to
    `(text, [ids])` for a level with its own text; other levels get a plain descriptor. `more`
    adds fields as they are (question, evidence, adapted, basis, terms, ...)."""
    d = {"id": iid, "name": {"en": f"Indicator {iid}"}, "statement": {"en": f"Statement {iid}."}}
    if w is not None:
        d["weight"] = w
    if applies_to is not None:
        d["applies_to"] = list(applies_to)
    if elements is not None:
        d["_elements"] = dict(elements)  # levels are written by fw(), which knows the scale
    if more:
        d.update(more)
    if facets:
        d["facets"] = {k: list(v) for k, v in facets.items()}
    if actions:
        d["actions"] = []
        for level, owners in sorted(actions.items()):
            a = {"from": level, "text": {"en": f"Action for {iid} from level {level}."}}
            if owners is not None:
                a["owners"] = list(owners)
            d["actions"].append(a)
    return d


def N(nid, *children, w=None, agg=None, outcome=None, more=None):
    """A node; children are nodes, indicators, or indicator ids (plain strings). `outcome`
    marks an outcome node (§20); `more` adds fields as they are (rationale, ...)."""
    d = {"id": nid, "name": {"en": f"Node {nid}"}}
    if w is not None:
        d["weight"] = w
    if agg is not None:
        d["aggregation"] = agg
    if outcome is not None:
        d["outcome"] = outcome
    if more:
        d.update(more)
    kids = [I(c) if isinstance(c, str) else c for c in children]
    if all("statement" in k for k in kids):
        d["indicators"] = kids
    else:
        assert not any("statement" in k for k in kids), nid
        d["children"] = kids
    return d


def F(fid, *values):
    """A facet with its values."""
    return {"id": fid, "name": {"en": f"Facet {fid}"},
            "values": [{"id": v, "name": {"en": f"Value {v}"}} for v in values]}


def fw(*domains, facets=(), top=4, fid="test", version="1.0.0", keys=None, more=None,
       scale_more=None):
    """A whole framework document, with level descriptors filled in for every indicator.
    `more` adds top-level fields (glossary, ...), `scale_more` scale fields (quantifiers,
    rules)."""
    keys = keys or (KEYS_0_4 if top == 4 else [f"l{n}" for n in range(top + 1)])
    doc = {
        "id": fid,
        "version": version,
        "title": {"en": f"Test framework {fid}"},
        "scale": {"levels": [
            {"level": n, "key": k, "name": {"en": k.replace("_", " ").capitalize()},
             "description": {"en": f"What level {k} means."}}
            for n, k in enumerate(keys)
        ]},
        "facets": list(facets),
        "domains": list(domains),
    }
    if scale_more:
        doc["scale"].update(scale_more)
    if more:
        doc.update(more)

    def fill(node):
        for c in node.get("children", []):
            fill(c)
        for i in node.get("indicators", []):
            spec = i.pop("_elements", None)
            if spec is None:
                i["levels"] = [{"en": f"{i['id']} when {k}."} for k in keys]
                continue
            levels = [{"text": {"en": f"No level 1 element of {i['id']} is met."}}]
            for n, k in enumerate(keys[1:], 1):
                entry = spec.get(n)
                if entry is None:
                    levels.append({"en": f"{i['id']} when {k}."})
                    continue
                own_text, ids = entry if isinstance(entry, tuple) else (None, entry)
                lv = {}
                if own_text is not None:
                    lv["text"] = {"en": own_text}
                lv["elements"] = [{"id": e, "text": {"en": f"{i['id']} {e} is met."}}
                                  for e in ids]
                levels.append(lv)
            i["levels"] = levels

    for d in doc["domains"]:
        fill(d)
    return doc


def small_fw(**kw):
    """Two domains of two sub-domains with two indicators each (a.x.p ... b.w.s)."""
    return fw(
        N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s")),
        N("b", N("b.z", "b.z.t", "b.z.u"), N("b.w", "b.w.r", "b.w.s")),
        **kw,
    )


def worked_example_fw():
    """The framework `demo` of SCORING.md §14."""
    return fw(
        N("a",
          N("a.x", I("a.x.p", w=1, loop=["single"]), I("a.x.q", w=3, loop=["double"])),
          N("a.y", I("a.y.r", loop=["single"]), I("a.y.s", loop=["double"]), agg="minimum"),
          w=2),
        N("b",
          N("b.z", I("b.z.t", loop=["single", "double"]), I("b.z.u", loop=["double"]),
            I("b.z.v", loop=["single"])),
          w=1),
        facets=[F("loop", "single", "double")],
        fid="demo",
    )


WORKED_EXAMPLE_ASSESSMENT = {
    "default_target": 3,
    "answers": {
        "a.x.p": 1,
        "a.x.q": {"level": 3, "target": 4},
        "a.y.r": 2,
        "a.y.s": "na",
        "b.z.t": {"level": 4, "evidence": "..."},
        "b.z.u": "unknown",
    },
}

OWNERS = ("policy", "programmes", "communities", "research")


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

SCORE_FIELDS = ("score", "level", "level_key", "percent", "coverage", "counts", "targets")
EXPLANATION_FIELDS = ("id", "kind", "weight", "score", "effective_weight", "excluded")
INDICATOR_FIELDS = ("id", "status", "level", "target", "gap")
RECOMMENDATION_FIELDS = ("rank", "indicator", "level", "next_level", "target", "gap",
                         "priority", "owners")

CASES = []  # (area, name, document)


def _pick(d, keys):
    return {k: d[k] for k in keys}


def _pick_present(d, keys):
    """The keys that are there: the report gives `outcome`, `from_elements`, `unknown_as_zero`
    and `unknown_rule` only when they are true (or "zero")."""
    return {k: d[k] for k in keys if k in d}


def _node(n, explain):
    out = {"id": n["id"]}
    out.update(_pick_present(n, ("outcome",)))
    out.update(_pick(n, SCORE_FIELDS))
    if explain:
        out["explanation"] = [dict(_pick(e, EXPLANATION_FIELDS),
                                   **_pick_present(e, ("unknown_as_zero",)))
                              for e in n["explanation"]]
    out["children"] = [_node(c, explain) for c in n["children"]]
    return out


def project(report, show):
    """The partial report a case expects: what the case is about, plus the always-checked parts."""
    out = {}
    if "meta" in show:
        out["framework"] = report["framework"]
        out["scale"] = report["scale"]
        for k in ("unit", "period", "respondent"):
            out[k] = report[k]
    out["overall"] = _pick(report["overall"], SCORE_FIELDS)
    out["domains"] = [_node(d, "explanation" in show) for d in report["domains"]]
    if "no_indicators" not in show:
        fields = INDICATOR_FIELDS
        if "shares" in show:
            fields += ("share", "weight")
        if "target_source" in show:
            fields += ("target_source",)
        if "indicator_details" in show:
            fields += ("level_key", "domain", "subdomain", "evidence", "justification",
                       "confidence")
        out["indicators"] = [dict(_pick(i, fields), **_pick_present(i, ("from_elements", "outcome")))
                             for i in report["indicators"]]
    if "facets" in show:
        out["facets"] = [
            {"id": f["id"], "values": [dict({"id": v["id"]}, **_pick(v, SCORE_FIELDS))
                                       for v in f["values"]]}
            for f in report["facets"]
        ]
    out["gaps"] = report["gaps"]
    fields = RECOMMENDATION_FIELDS
    if "rec_details" in show:
        fields += ("domain", "next_level_descriptor", "action")
    out["recommendations"] = [_pick(r, fields) for r in report["recommendations"]]
    if "by_owner" in show:
        out["recommendations_by_owner"] = [_pick(o, ("owner", "indicators"))
                                           for o in report["recommendations_by_owner"]]
    out["warnings"] = [_pick(w, ("code", "path")) for w in report["warnings"]]
    out.update(_pick_present(report, ("unknown_rule",)))
    return out


_BUILTIN = {}


def builtin_version(name):
    """The version a vector's `framework` names: "builtin" (the latest), "builtin@<version>"."""
    if name == "builtin":
        return BUILTIN_LATEST
    assert name.startswith("builtin@") and name[len("builtin@"):] in BUILTIN_PATHS, name
    return name[len("builtin@"):]


def builtin_doc(name="builtin"):
    version = builtin_version(name)
    if version not in _BUILTIN:
        with open(BUILTIN_PATHS[version], encoding="utf-8") as f:
            _BUILTIN[version] = json.load(f)
        assert _BUILTIN[version]["version"] == version, BUILTIN_PATHS[version]
    return _BUILTIN[version]


def case(area, name, description, framework, assessment=None, *, text=None, options=None,
         show=(), error=None, check=None):
    """Defines one case. `framework` is a document, "builtin" or "builtin@<version>"; `error` is the code the case is
    about (asserted against the reference result); `check(report)` runs extra assertions."""
    assert area in AREAS, area
    assert (assessment is None) != (text is None), name
    fw_doc = builtin_doc(framework) if isinstance(framework, str) else framework
    framework_model = Framework(fw_doc)
    doc = {"description": description, "framework": framework}
    if text is not None:
        doc["assessment_text"] = text
    else:
        doc["assessment"] = assessment
    if options is not None:
        doc["options"] = options
    try:
        report = score(framework_model, assessment, text, options)
    except AssessmentError as e:
        assert error is not None, (name, e.details)
        codes = [c for c, _ in e.details]
        assert error in codes, (name, error, e.details)
        doc["expect"] = {"error": {
            "kind": "assessment",
            "code": e.details[0][0],
            "path": e.details[0][1],
            "details": [{"code": c, "path": p} for c, p in e.details],
        }}
    else:
        assert error is None, (name, "expected the error", error)
        if check is not None:
            check(report)
        doc["expect"] = {"report": project(report, set(show))}
    doc["tolerance"] = 1e-9
    CASES.append((area, name, doc))
    return doc


def require(condition):
    assert condition


def close(a, b, tol=1e-9):
    return a is not None and abs(a - b) <= tol


def by_id(items, iid):
    for x in items:
        if x["id"] == iid:
            return x
    raise KeyError(iid)


def find_node(report, nid):
    stack = list(report["domains"])
    while stack:
        n = stack.pop()
        if n["id"] == nid:
            return n
        stack.extend(n["children"])
    raise KeyError(nid)


def warning_list(report):
    return [(w["code"], w["path"]) for w in report["warnings"]]


# --- scoring/ --------------------------------------------------------------------------------


def check_worked_example(r):
    """Every number of SCORING.md §14."""
    expected = {  # node: (score, level, percent)
        "a.x": (2.5, 2, 62.5),
        "a.y": (2.0, 2, 50.0),
        "a": (2.25, 2, 56.25),
        "b.z": (4.0, 4, 100.0),
        "b": (4.0, 4, 100.0),
    }
    for nid, (s, lvl, pct) in expected.items():
        n = find_node(r, nid)
        assert close(n["score"], s) and n["level"] == lvl and close(n["percent"], pct), n
    o = r["overall"]
    assert close(o["score"], 8.5 / 3) and o["level"] == 2 and close(o["percent"], 70.8333333333333, 1e-9)
    assert o["level_key"] == "established"
    # Coverage.
    a, b = find_node(r, "a"), find_node(r, "b")
    assert a["counts"] == {"total": 4, "rated": 3, "na": 1, "unknown": 0, "missing": 0}
    assert close(a["coverage"], 1.0)
    assert b["counts"] == {"total": 3, "rated": 1, "na": 0, "unknown": 1, "missing": 1}
    assert close(b["coverage"], 1 / 3)
    assert o["counts"] == {"total": 7, "rated": 4, "na": 1, "unknown": 1, "missing": 1}
    assert close(o["coverage"], 4 / 6) and abs(o["coverage"] - 0.6667) < 5e-5
    # Facet profile.
    loop = by_id(r["facets"], "loop")
    single, double = by_id(loop["values"], "single"), by_id(loop["values"], "double")
    assert close(single["score"], 7 / 3) and single["level"] == 2 and close(single["coverage"], 0.75)
    assert abs(single["score"] - 2.3333) < 5e-5
    # §14 prints 3.5 for `double` (the plain mean of 3 and 4), but §7 weights each tagged
    # indicator by its own weight and a.x.q has weight 3: (3·3 + 1·4) / (3 + 1) = 3.25. The
    # vectors follow the normative rule of §7; the level (3) and coverage agree either way.
    assert close(double["score"], 3.25) and double["level"] == 3 and close(double["coverage"], 2 / 3)
    assert not close(double["score"], 3.5)
    assert single["counts"]["total"] == 4 and double["counts"] == {
        "total": 4, "rated": 2, "na": 1, "unknown": 1, "missing": 0}
    # Targets.
    ind = {i["id"]: i for i in r["indicators"]}
    assert (ind["a.x.p"]["target"], ind["a.x.p"]["gap"], ind["a.x.p"]["target_source"]) == (3, 2, "default")
    assert (ind["a.x.q"]["target"], ind["a.x.q"]["gap"], ind["a.x.q"]["target_source"]) == (4, 1, "answer")
    assert (ind["a.y.r"]["target"], ind["a.y.r"]["gap"]) == (3, 1)
    assert (ind["b.z.t"]["target"], ind["b.z.t"]["gap"]) == (3, 0)
    t = o["targets"]
    assert t["total_target"] == 13 and t["total_gap"] == 4 and t["below_target"] == 3
    assert close(t["percent_to_target"], 1 - 4 / 13) and abs(t["percent_to_target"] - 0.6923) < 5e-5
    # Shares and next steps.
    shares = {"a.x.p": 1 / 12, "a.x.q": 1 / 4, "a.y.r": 1 / 6, "a.y.s": 1 / 6,
              "b.z.t": 1 / 9, "b.z.u": 1 / 9, "b.z.v": 1 / 9}
    for iid, sh in shares.items():
        assert close(ind[iid]["share"], sh, 1e-12), (iid, ind[iid]["share"])
    assert close(sum(i["share"] for i in r["indicators"]), 1.0, 1e-12)
    recs = [(x["indicator"], x["priority"]) for x in r["recommendations"]]
    assert [x for x, _ in recs] == ["a.x.q", "a.x.p", "a.y.r"], recs
    assert close(recs[0][1], 0.25) and close(recs[1][1], 1 / 6) and close(recs[2][1], 1 / 6)
    # Explanation of a.y.
    ay = find_node(r, "a.y")["explanation"]
    assert (ay[0]["id"], ay[0]["score"], ay[0]["effective_weight"], ay[0]["excluded"]) == ("a.y.r", 2, 1, None)
    assert (ay[1]["id"], ay[1]["effective_weight"], ay[1]["excluded"]) == ("a.y.s", 0, "na")
    # Warnings, in order.
    assert warning_list(r) == [
        ("assessment.na_without_justification", "/answers/a.y.s"),
        ("assessment.target_below_level", "/answers/b.z.t"),
        ("assessment.low_coverage", "/answers"),
    ], warning_list(r)


def scoring_cases():
    A = "scoring"
    case(A, "worked_example",
         "The worked example of SCORING.md section 14, with every number it gives.",
         worked_example_fw(), WORKED_EXAMPLE_ASSESSMENT,
         show=("explanation", "facets", "shares", "target_source"), check=check_worked_example)

    case(A, "all_rated",
         "Every indicator rated: plain means up the tree, full coverage, next steps toward the top level.",
         small_fw(),
         {"answers": {"a.x.p": 0, "a.x.q": 1, "a.y.r": 2, "a.y.s": 3,
                      "b.z.t": {"level": 4, "evidence": "Annual review minutes."},
                      "b.z.u": 2, "b.w.r": 1, "b.w.s": 3}},
         show=("explanation", "shares", "indicator_details"))

    case(A, "mixed_statuses",
         "na, unknown, missing (absent, null, an object without level, level null) are counted separately and left out of the scores.",
         small_fw(),
         {"answers": {"a.x.p": 3, "a.x.q": {"level": "na", "justification": "No such unit."},
                      "a.y.r": "unknown", "a.y.s": None,
                      "b.z.t": {"evidence": "Notes only, no level."}, "b.z.u": 2,
                      "b.w.r": {"level": None}, "b.w.s": {"level": "unknown", "confidence": "low"}}},
         show=("explanation", "indicator_details"))

    case(A, "node_without_score",
         "A sub-domain with nothing rated has a null score and is excluded as no_score; a domain with nothing rated is left out of the overall score.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s")),
            N("b", N("b.z", "b.z.t")),
            N("c", N("c.v", "c.v.p"), w=5)),
         {"answers": {"a.x.p": 1, "a.x.q": 2, "a.y.r": "unknown",
                      "a.y.s": {"level": "na", "justification": "Not relevant here."},
                      "b.z.t": 4, "c.v.p": "unknown"}},
         show=("explanation",))

    case(A, "all_na",
         "Every indicator na: coverage is null everywhere, every score is null, and low coverage is not warned.",
         small_fw(),
         {"answers": {i: {"level": "na", "justification": "Out of scope."}
                      for i in ("a.x.p", "a.x.q", "a.y.r", "a.y.s", "b.z.t", "b.z.u", "b.w.r", "b.w.s")}},
         show=("explanation",))

    case(A, "nothing_answered",
         "An empty answers object: every indicator missing, coverage 0, null scores, no next steps.",
         small_fw(), {"answers": {}})

    case(A, "indicator_weights",
         "Indicator weights make a weighted mean; effective weights are the weights over the rated children only.",
         fw(N("a", N("a.x", I("a.x.p", w=1), I("a.x.q", w=3), I("a.x.r", w=0.5), I("a.x.s", w=4)),
              N("a.y", I("a.y.p", w=2.5), I("a.y.q", w=7.5)))),
         {"answers": {"a.x.p": 4, "a.x.q": 1, "a.x.r": 2, "a.x.s": "unknown",
                      "a.y.p": 3, "a.y.q": 0}},
         show=("explanation", "shares"))

    case(A, "weights_scale_invariant",
         "Multiplying every weight of one node's children by the same factor changes nothing (same answers as indicator_weights, weights x 40).",
         fw(N("a", N("a.x", I("a.x.p", w=40), I("a.x.q", w=120), I("a.x.r", w=20), I("a.x.s", w=160)),
              N("a.y", I("a.y.p", w=100), I("a.y.q", w=300)))),
         {"answers": {"a.x.p": 4, "a.x.q": 1, "a.x.r": 2, "a.x.s": "unknown",
                      "a.y.p": 3, "a.y.q": 0}},
         show=("explanation", "shares"))

    case(A, "node_weights",
         "Weights on sub-domains weight their scores in the domain's mean.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", w=3), N("a.y", "a.y.p", w=1),
              N("a.z", "a.z.p", w=2))),
         {"answers": {"a.x.p": 4, "a.x.q": 3, "a.y.p": 0, "a.z.p": "na"}},
         show=("explanation", "shares"))

    case(A, "domain_weights",
         "Domain weights weight the overall score, which is always a mean even when a domain uses minimum.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q"), w=3),
            N("b", N("b.x", "b.x.p"), N("b.y", "b.y.p"), w=1, agg="minimum"),
            N("c", N("c.x", "c.x.p"), w=0.25)),
         {"answers": {"a.x.p": 2, "a.x.q": 3, "b.x.p": 4, "b.y.p": 1, "c.x.p": "unknown"}},
         show=("explanation", "shares"))

    case(A, "minimum",
         "minimum takes the lowest rated child; the others are not_minimum, unrated ones keep their status.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s", agg="minimum"))),
         {"answers": {"a.x.p": 3, "a.x.q": 1,
                      "a.x.r": {"level": "na", "justification": "Does not apply."}, "a.x.s": 2}},
         show=("explanation",))

    case(A, "minimum_tie",
         "When several children share the minimum, the first in framework order gets effective weight 1.",
         fw(N("a", N("a.x", I("a.x.p", w=5), I("a.x.q", w=2), I("a.x.r"), "a.x.s", agg="minimum"))),
         {"answers": {"a.x.p": 3, "a.x.q": 2, "a.x.r": 2, "a.x.s": "unknown"}},
         show=("explanation",))

    case(A, "minimum_subnode",
         "A minimum node whose lowest child is a sub-node; a sub-node with no score is excluded as no_score.",
         fw(N("a",
              N("a.x", "a.x.p", "a.x.q"),
              N("a.y", "a.y.p"),
              N("a.z", "a.z.p", "a.z.q"),
              N("a.w", "a.w.p", "a.w.q", agg="minimum"),
              agg="minimum"),
            N("b", N("b.x", "b.x.p"))),
         {"answers": {"a.x.p": 2, "a.x.q": 1, "a.y.p": 4, "a.z.p": "unknown",
                      "a.w.p": 3, "a.w.q": 3, "b.x.p": 2}},
         show=("explanation",))

    case(A, "level_boundary_within",
         "A weighted mean of 2.9999999995 (within 1e-9 of 3) is level 3.",
         fw(N("a", N("a.x", I("a.x.p", w=1999999999), I("a.x.q", w=1)))),
         {"answers": {"a.x.p": 3, "a.x.q": 2}},
         show=("explanation",),
         check=lambda r: require(r["overall"]["level"] == 3
                                 and close(r["overall"]["score"], 2.9999999995, 1e-15)))

    case(A, "level_boundary_below",
         "Means of 2.999 and 2.999999998 (more than 1e-9 below 3) are level 2.",
         fw(N("a", N("a.x", I("a.x.p", w=999), I("a.x.q", w=1))),
            N("b", N("b.x", I("b.x.p", w=499999999), I("b.x.q", w=1)))),
         {"answers": {"a.x.p": 3, "a.x.q": 2, "b.x.p": 3, "b.x.q": 2}},
         show=("explanation",),
         check=lambda r: require([d["level"] for d in r["domains"]] == [2, 2]))

    case(A, "level_exact",
         "Whole scores are their own level (0 is `absent`, 4 is `optimizing`); percent is 100 * score / 4.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q")), N("b", N("b.x", "b.x.p")), N("c", N("c.x", "c.x.p"))),
         {"answers": {"a.x.p": 0, "a.x.q": 0,
                      "b.x.p": {"level": 4, "evidence": "Audit report 2025."}, "c.x.p": 1}})

    case(A, "shorthand_answers",
         "Shorthand answers: a bare number, 3.0, \"na\", \"unknown\", null, and {\"level\": 2.0} read as 2.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s", "a.x.t", "a.x.u"))),
         {"answers": {"a.x.p": 1, "a.x.q": 3.0, "a.x.r": "na", "a.x.s": "unknown", "a.x.t": None,
                      "a.x.u": {"level": 2.0}}},
         show=("explanation", "indicator_details"))

    case(A, "facet_profile",
         "Facet values score the weighted mean of their rated indicators; multi-tagged indicators count fully in each; an untagged value has null score and coverage.",
         fw(N("a",
              N("a.x", I("a.x.p", w=2, loop=["single", "double"], means=["information"]),
                I("a.x.q", loop=["double"], means=["information", "action"]),
                I("a.x.r", w=3, loop=["single"], means=["action"]))),
            N("b",
              N("b.x", I("b.x.p", loop=["single", "double"], means=["deliberation"]),
                I("b.x.q", w=0.5, loop=["double"]),
                I("b.x.r", means=["deliberation"]))),
            facets=[F("loop", "single", "double", "triple"),
                    F("means", "information", "deliberation", "action")]),
         {"default_target": 3,
          "answers": {"a.x.p": 1, "a.x.q": 4, "a.x.r": 2,
                      "b.x.p": {"level": "na", "justification": "No deliberative body."},
                      "b.x.q": 3, "b.x.r": "unknown"}},
         show=("facets",))

    case(A, "deep_tree",
         "A three-level tree: shares multiply down the tree and explanations nest.",
         fw(N("a",
              N("a.x",
                N("a.x.m", "a.x.m.p", "a.x.m.q", w=2),
                N("a.x.n", I("a.x.n.p", w=3), "a.x.n.q", agg="minimum")),
              N("a.y", "a.y.p"),
              w=2),
            N("b", N("b.x", "b.x.p"))),
         {"answers": {"a.x.m.p": 1, "a.x.m.q": 2, "a.x.n.p": 4, "a.x.n.q": 3, "a.y.p": 0,
                      "b.x.p": 2}},
         show=("explanation", "shares"))

    case(A, "scale_0_3",
         "A framework with a 0-3 scale: percent is 100 * score / 3 and next steps aim at level 3.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r")), N("b", N("b.x", "b.x.p", "b.x.q")),
            top=3, keys=["none", "partial", "largely", "fully"]),
         {"answers": {"a.x.p": 3, "a.x.q": 1, "a.x.r": 2,
                      "b.x.p": {"level": 3, "evidence": "Signed policy."}, "b.x.q": 0}},
         show=("rec_details",))

    case(A, "report_metadata",
         "The report names the framework and its scale, and echoes the unit, period and respondent.",
         fw(N("a", N("a.x", "a.x.p")), fid="meta-test", version="2.1.0"),
         {"framework": {"id": "meta-test", "version": "2.1.0"},
          "unit": {"id": "d-07", "name": "District Seven", "kind": "district"},
          "period": "2026-Q3",
          "respondent": {"id": "r-1", "name": "Planning unit", "role": "policy"},
          "answers": {"a.x.p": 2}},
         show=("meta",))

    case(A, "framework_annotations",
         "Descriptive framework fields (question, evidence, adapted, basis, terms, rationale, scale quantifiers and rules, glossary) and a level 0 written as an object with a text change no number.",
         fw(N("a",
              N("a.x",
                I("a.x.p", more={
                    "question": {"en": "Does it happen?"},
                    "evidence": [{"en": "Minutes"}, {"en": "A written procedure"}],
                    "adapted": {"facility": {"statement": {"en": "At the facility."}}},
                    "basis": {"type": "named", "name": "a named mechanism"},
                    "terms": ["sub_units"]}),
                I("a.x.q", elements={1: ["L1a"], 2: ["L2a"], 3: ["L3a"], 4: ["L4a"]})),
              more={"rationale": {"en": "Why the domain is weighted so."}}, w=2),
            N("b", N("b.x", "b.x.p")),
            more={"glossary": [{"id": "sub_units", "term": {"en": "sub-units"},
                                "definition": {"en": "The units one level below."}}]},
            scale_more={"quantifiers": [{"key": "most", "word": {"en": "most"}, "at_least": 0.75,
                                         "description": {"en": "At least 75%."}}],
                        "rules": [{"id": "cumulative", "name": {"en": "the cumulative rule"},
                                   "text": {"en": "A level holds when ..."}}]}),
         {"answers": {"a.x.p": 1, "a.x.q": 3, "b.x.p": 2}},
         show=("rec_details",))

    case(A, "framework_ref_without_version",
         "An assessment naming the framework id without a version is accepted.",
         fw(N("a", N("a.x", "a.x.p")), fid="meta-test", version="2.1.0"),
         {"framework": {"id": "meta-test"}, "answers": {"a.x.p": 1}})


# --- targets/ --------------------------------------------------------------------------------


def target_cases():
    A = "targets"
    case(A, "default_target",
         "The assessment's default_target applies to every indicator without its own; unrated indicators show the target but no gap.",
         small_fw(),
         {"default_target": 3,
          "answers": {"a.x.p": 1, "a.x.q": 3, "a.y.r": 2, "a.y.s": "na",
                      "b.z.t": 0, "b.z.u": "unknown", "b.w.r": 2}},
         show=("target_source",))

    case(A, "answer_targets",
         "Targets given per answer only: indicators without a target get no gap and no next step.",
         small_fw(),
         {"answers": {"a.x.p": {"level": 1, "target": 4}, "a.x.q": {"level": 2, "target": 3},
                      "a.y.r": 1, "a.y.s": {"level": 0, "target": 1},
                      "b.z.t": {"level": 2, "target": 2}, "b.z.u": 0,
                      "b.w.r": {"level": "unknown", "target": 3}, "b.w.s": 2}},
         show=("target_source",))

    case(A, "options_override",
         "options.default_target replaces the assessment's default_target; an answer's own target still wins.",
         small_fw(),
         {"default_target": 4,
          "answers": {"a.x.p": 1, "a.x.q": {"level": 1, "target": 3}, "a.y.r": 2, "a.y.s": 3,
                      "b.z.t": 2, "b.z.u": 0, "b.w.r": 1, "b.w.s": 2}},
         options={"default_target": 2},
         show=("target_source",))

    case(A, "options_only",
         "options.default_target sets targets for an assessment that has none.",
         small_fw(),
         {"answers": {"a.x.p": 1, "a.x.q": 2, "a.y.r": 0, "a.y.s": 3,
                      "b.z.t": 1, "b.z.u": 2, "b.w.r": 0, "b.w.s": 1}},
         options={"default_target": 2},
         show=("target_source",))

    case(A, "target_below_level",
         "Targets below the level give gap 0, no next step, and a target_below_level warning.",
         small_fw(),
         {"default_target": 2,
          "answers": {"a.x.p": 3, "a.x.q": {"level": 4, "target": 1, "evidence": "Evaluation report."},
                      "a.y.r": 1, "a.y.s": 2,
                      "b.z.t": {"level": 3, "target": 3}, "b.z.u": {"level": 0, "target": 0},
                      "b.w.r": 2, "b.w.s": {"level": 1, "target": 4}}},
         show=("target_source",))

    case(A, "no_targets",
         "With no target anywhere, every rated indicator below the top level gets a next step toward it.",
         fw(N("a", N("a.x", I("a.x.p", w=2), "a.x.q", "a.x.r"), w=3),
            N("b", N("b.x", "b.x.p", "b.x.q"), N("b.y", "b.y.p"))),
         {"answers": {"a.x.p": 1, "a.x.q": 3, "a.x.r": {"level": 4, "evidence": "Minutes."},
                      "b.x.p": 0, "b.x.q": 2, "b.y.p": 3}},
         show=("shares",))

    case(A, "tie_break_by_id",
         "Equal priorities (up to floating-point noise) are ordered by indicator id in code-point order (digit < underscore < letter).",
         fw(N("t",
              N("t.n", "t.n.xa", "t.n.x_", "t.n.x2", "t.n.b"),
              N("t.m", "t.m.a", "t.m.b"),
              N("t.k", "t.k.z"))),
         {"answers": {"t.n.xa": 2, "t.n.x_": 2, "t.n.x2": 2, "t.n.b": 2,
                      "t.m.a": 2, "t.m.b": 2, "t.k.z": 3}},
         show=("shares",))

    case(A, "tie_break_float_noise",
         "Priorities that differ only by floating-point noise (0.1+0.2 style shares) tie and are ordered by id.",
         fw(N("a", N("a.x", I("a.x.z", w=0.1), I("a.x.y", w=0.2), I("a.x.w", w=0.3)),
              N("a.y", I("a.y.b", w=3), I("a.y.a", w=7)))),
         {"answers": {"a.x.z": 1, "a.x.y": 2, "a.x.w": 3, "a.y.b": 0, "a.y.a": 3}},
         show=("shares",))

    case(A, "gaps_order",
         "The gaps list is ordered by largest gap first, then by id.",
         fw(N("g", N("g.a", "g.a.c", "g.a.b", "g.a.a"), N("g.b", "g.b.a", "g.b.b", "g.b.c"))),
         {"default_target": 4,
          "answers": {"g.a.c": 2, "g.a.b": 0, "g.a.a": 2, "g.b.a": 3, "g.b.b": 0,
                      "g.b.c": {"level": 4, "evidence": "Done."}}})

    case(A, "default_target_zero",
         "A default target of 0: every rated indicator has a target, total_target is 0 so percent_to_target is null, and nothing is below target.",
         small_fw(),
         {"default_target": 0, "answers": {"a.x.p": 0, "a.x.q": 2, "b.z.t": 1, "b.w.s": "na"}},
         show=("target_source",))

    case(A, "target_on_unrated_only",
         "An assessment whose only target is on an unrated answer sets targets: no rated indicator has one, so there are no next steps.",
         small_fw(),
         {"answers": {"a.x.p": 1, "a.x.q": 2, "a.y.r": {"level": "unknown", "target": 3},
                      "b.z.t": 0}},
         show=("target_source",))

    case(A, "recommendations_by_owner",
         "Owners come from the action from the current level when it has owners, else from the indicator's owner tags; every owner value is listed, even when empty.",
         fw(N("a",
              N("a.x",
                I("a.x.p", owner=["policy", "programmes"],
                  actions={0: ["research"], 1: None, 2: ["communities", "policy"]}),
                I("a.x.q", owner=["programmes"], actions={1: []}),
                I("a.x.r", owner=["policy"], actions={0: None}),
                I("a.x.s"))),
            N("b", N("b.x", I("b.x.p", w=2, owner=["programmes"], actions={3: ["policy"]}),
                     I("b.x.q", owner=["policy", "programmes"], actions={0: ["programmes"]}))),
            facets=[F("owner", *OWNERS)]),
         {"answers": {"a.x.p": 2, "a.x.q": 1, "a.x.r": 0, "a.x.s": 1, "b.x.p": 3, "b.x.q": 0}},
         show=("rec_details", "by_owner"))

    case(A, "owners_from_tags",
         "Without actions, owners are the indicator's owner tags; an action from another level does not apply.",
         fw(N("a",
              N("a.x", I("a.x.p", owner=["research"], actions={3: ["policy"]}),
                I("a.x.q", owner=["communities", "research"]),
                I("a.x.r", owner=["policy"]))),
            facets=[F("owner", *OWNERS)]),
         {"default_target": 3, "answers": {"a.x.p": 1, "a.x.q": 2, "a.x.r": 3}},
         show=("rec_details", "by_owner"))

    case(A, "no_owner_facet",
         "A framework without an owner facet has an empty recommendations_by_owner and next steps without owners.",
         fw(N("a", N("a.x", I("a.x.p", loop=["single"]), "a.x.q")),
            facets=[F("loop", "single", "double")]),
         {"answers": {"a.x.p": 2, "a.x.q": 3}},
         show=("rec_details", "by_owner"))

    case(A, "priority_weights",
         "Priorities use shares from the framework's weights, ignoring minimum and which indicators are answered.",
         fw(N("a", N("a.x", I("a.x.p", w=3), "a.x.q", agg="minimum"), N("a.y", "a.y.p"), w=2,
              agg="minimum"),
            N("b", N("b.x", "b.x.p", "b.x.q", "b.x.r", "b.x.s"))),
         {"default_target": 4,
          "answers": {"a.x.p": 3, "a.x.q": 0, "a.y.p": "unknown", "b.x.p": 1, "b.x.q": 1,
                      "b.x.r": 2}},
         show=("shares", "explanation"))


# --- warnings/ -------------------------------------------------------------------------------


def warning_cases():
    A = "warnings"
    base = fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r")), N("b", N("b.x", "b.x.p", "b.x.q")))
    full = {"a.x.p": 2, "a.x.q": 1, "a.x.r": 3, "b.x.p": 2, "b.x.q": 0}

    case(A, "unknown_field_top_level",
         "An unknown top-level field is a warning (kept as is), not an error.",
         base, {"notes": "Consensus workshop.", "answers": dict(full)})

    case(A, "unknown_field_in_answer",
         "An unknown field inside an answer object is a warning at its path.",
         base, {"answers": dict(full, **{"a.x.q": {"level": 1, "comment": "See minutes."}})})

    case(A, "unknown_field_document_order",
         "Unknown fields are warned in document order (not id order), before the per-answer warnings.",
         base,
         {"origin": "form-v2",
          "answers": {"b.x.p": {"level": 2, "note": "x"}, "a.x.r": {"level": 3, "why": "y", "evidence": "Minutes."},
                      "a.x.p": "na", "a.x.q": 1, "b.x.q": 0},
          "comments": "late field"})

    case(A, "annotation_fields_not_warned",
         "Fields starting with `$` (a blank template's `$comment` and `$levels`, `$schema`) are annotations: kept, never warned about.",
         base,
         {"$schema": "https://lhs-maturity.org/schema/assessment.schema.json", "$comment": "Blank template.",
          "answers": dict(full, **{"a.x.q": {"$comment": "Statement.", "level": 1, "evidence": "", "$levels": ["0 None", "1 Some"]}})})

    case(A, "na_without_justification",
         "na without a non-blank justification is warned (bare, object, blank justification); a justified na is not.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s", "a.x.t"))),
         {"answers": {"a.x.t": "na", "a.x.s": {"level": "na"},
                      "a.x.r": {"level": "na", "justification": "   "},
                      "a.x.q": {"level": "na", "justification": "No hospitals in this district."},
                      "a.x.p": 2}})

    case(A, "top_level_without_evidence",
         "The top level without non-blank evidence is warned; with evidence, or below the top, it is not.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s", "a.x.t"))),
         {"answers": {"a.x.p": 4, "a.x.q": {"level": 4, "evidence": ""},
                      "a.x.r": {"level": 4, "evidence": "External evaluation 2025."},
                      "a.x.s": 3, "a.x.t": {"level": 4.0, "evidence": " \t"}}})

    case(A, "top_level_scale_0_3",
         "On a 0-3 scale, level 3 is the top level and needs evidence.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q")), top=3),
         {"answers": {"a.x.p": 3, "a.x.q": 2}})

    case(A, "target_below_level_paths",
         "target_below_level points at the answer's own target, or at the answer when the target is the default (from the options here).",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s"))),
         {"answers": {"a.x.p": 3, "a.x.q": {"level": 2, "target": 1}, "a.x.r": {"level": 1},
                      "a.x.s": {"level": 3, "target": 3}}},
         options={"default_target": 2},
         show=("target_source",))

    case(A, "top_level_and_target_below",
         "One answer can raise two warnings, in the order of section 11: top level without evidence, then target below level.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q"))),
         {"answers": {"a.x.q": {"level": 4, "target": 3}, "a.x.p": 4}})

    case(A, "low_coverage",
         "low_coverage for each domain below 0.7, in framework order; exactly 0.7 and null coverage are not warned.",
         fw(N("c", N("c.x", *[f"c.x.i{n}" for n in range(10)])),
            N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r")),
            N("n", N("n.x", "n.x.p", "n.x.q")),
            N("b", N("b.x", "b.x.p", "b.x.q"))),
         {"answers": dict(
             {f"c.x.i{n}": 2 for n in range(7)},
             **{"a.x.p": 1, "a.x.q": 2, "a.x.r": "unknown",
                "n.x.p": {"level": "na", "justification": "Not here."},
                "n.x.q": {"level": "na", "justification": "Not here either."}})},
         check=lambda r: require(r["domains"][0]["coverage"] == 0.7))

    case(A, "all_codes_in_order",
         "Every warning code at once: reading warnings first, then per answer in id order, then low coverage by domain.",
         fw(N("z", N("z.x", "z.x.p", "z.x.q", "z.x.r")),
            N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s"))),
         {"answers": {"z.x.p": {"level": 4, "target": 2, "extra": True},
                      "a.x.s": {"level": "na", "reviewed": "yes"},
                      "a.x.p": 4, "a.x.q": {"level": 3, "target": 1}},
          "default_target": 3,
          "version": 2})

    case(A, "none",
         "A complete, justified, evidenced assessment has no warnings.",
         base,
         {"answers": {"a.x.p": 2, "a.x.q": {"level": "na", "justification": "Not applicable."},
                      "a.x.r": {"level": 4, "evidence": "Report."}, "b.x.p": 2, "b.x.q": 0}})

    # Sections 19 and 22: the warning codes of applicability and level elements.
    rules = fw(N("z", N("z.x", I("z.x.p", elements=EL), I("z.x.q", elements=EL), "z.x.r",
                        I("z.x.s", applies_to=["national"]))),
               N("a", N("a.x", I("a.x.p", elements=EL), "a.x.q", "a.x.r",
                        I("a.x.s", applies_to=["facility"]))))
    case(A, "all_codes_in_order_applicability",
         "Every warning code of a framework with applicability rules and level elements: reading warnings in document order, then per answer in id order (elements_conflict or elements_not_checked, does_not_apply alone, na_without_justification, na_applicable, top_level_without_evidence, target_below_level), then low coverage by domain.",
         rules,
         {"notes": "Workshop of 3 March.",
          "unit": {"id": "d-1", "kind": "district", "region": "North"},
          "answers": {
              "z.x.p": {"level": 4, "target": 2, "elements": {"L1a": True, "L2a": False}, "extra": 1},
              "a.x.s": {"level": "na"},
              "a.x.q": "na",
              "a.x.p": {"elements": {"L1a": True, "L2a": True}},
              "z.x.q": 2, "z.x.r": 3, "a.x.r": "unknown"},
          "default_target": 3,
          "version": 2},
         check=lambda r: require(warning_list(r) == [
             ("assessment.unknown_field", "/notes"),
             ("assessment.unknown_field", "/answers/z.x.p/extra"),
             ("assessment.unknown_field", "/version"),
             ("assessment.elements_not_checked", "/answers/a.x.p/elements"),
             ("assessment.na_without_justification", "/answers/a.x.q"),
             ("assessment.na_applicable", "/answers/a.x.q"),
             ("assessment.does_not_apply", "/answers/a.x.s"),
             ("assessment.elements_conflict", "/answers/z.x.p/level"),
             ("assessment.top_level_without_evidence", "/answers/z.x.p"),
             ("assessment.target_below_level", "/answers/z.x.p/target"),
             ("assessment.low_coverage", "/answers")]))

    case(A, "no_unit_kind_in_order",
         "assessment.no_unit_kind (at the root when there is no unit) comes after the reading warnings and before the per-answer warnings.",
         rules,
         {"answers": {"z.x.q": {"level": "na", "note": "x"}, "z.x.p": 2, "z.x.r": 2, "z.x.s": 2,
                      "a.x.p": 2, "a.x.q": 2, "a.x.r": 2, "a.x.s": 2}},
         check=lambda r: require(warning_list(r) == [
             ("assessment.unknown_field", "/answers/z.x.q/note"),
             ("assessment.no_unit_kind", ""),
             ("assessment.na_without_justification", "/answers/z.x.q"),
             ("assessment.na_applicable", "/answers/z.x.q/level")]))

    case(A, "unknown_unit_kind_in_order",
         "assessment.unknown_unit_kind (at /unit/kind) comes after the reading warnings and before the per-answer warnings; other fields of unit are labels, not warned about.",
         rules,
         {"unit": {"id": "r-1", "kind": "region", "population": 120000},
          "answers": {"z.x.p": {"level": 4}, "z.x.q": 2, "z.x.r": 2, "z.x.s": 2,
                      "a.x.p": 2, "a.x.q": 2, "a.x.r": 2, "a.x.s": 2},
          "extra": True},
         check=lambda r: require(warning_list(r) == [
             ("assessment.unknown_field", "/extra"),
             ("assessment.unknown_unit_kind", "/unit/kind"),
             ("assessment.top_level_without_evidence", "/answers/z.x.p")]))


# --- errors/ ---------------------------------------------------------------------------------


def error_cases():
    A = "errors"
    # Two domains of four indicators; every case but one answers them all, so that the only
    # diagnostics are the errors under test (an assessment with errors is not scored).
    base = fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s")),
              N("b", N("b.x", "b.x.p", "b.x.q", "b.x.r", "b.x.s")),
              fid="err-test", version="1.2.0")
    ids = ["a.x.p", "a.x.q", "a.x.r", "a.x.s", "b.x.p", "b.x.q", "b.x.r", "b.x.s"]

    def answers(**changes):
        """Every indicator rated 2, with `changes` (ids written with _ for .) applied."""
        out = {i: 2 for i in ids}
        for k, v in changes.items():
            out[k.replace("_", ".")] = v
        return out

    def complete(**fields):
        doc = dict(fields)
        doc.setdefault("answers", answers())
        return doc

    full_text = ", ".join(f'"{i}": 2' for i in ids)

    case(A, "invalid_json", "Text that is not JSON is assessment.invalid_json at the whole document.",
         base, text='{"answers": {' + full_text + ',}}\n', error="assessment.invalid_json")

    case(A, "invalid_json_truncated", "Truncated JSON text is assessment.invalid_json.",
         base, text='{"answers": {"a.x.p": 2', error="assessment.invalid_json")

    case(A, "duplicate_key", "An answers object with the same key twice is assessment.duplicate_key.",
         base, text='{"answers": {' + full_text + ', "a.x.q": 3}}\n',
         error="assessment.duplicate_key")

    case(A, "answers_list", "answers given as a list is assessment.invalid_type.",
         base, {"answers": [{"id": i, "level": 2} for i in ids]}, error="assessment.invalid_type")

    case(A, "missing_answers", "An assessment without answers is assessment.missing_field.",
         base, {"framework": {"id": "err-test", "version": "1.2.0"}, "default_target": 3},
         error="assessment.missing_field")

    case(A, "framework_mismatch", "An assessment made for another framework id is assessment.framework_mismatch.",
         base, complete(framework={"id": "lhs-2021", "version": "1.2.0"}),
         error="assessment.framework_mismatch")

    case(A, "version_mismatch", "An assessment made for another framework version is assessment.version_mismatch.",
         base, complete(framework={"id": "err-test", "version": "1.1.0"}),
         error="assessment.version_mismatch")

    case(A, "unknown_indicator", "An answer for an id the framework does not have is assessment.unknown_indicator.",
         base, complete(answers=dict(answers(), **{"a.x.pp": 1})),
         error="assessment.unknown_indicator")

    case(A, "level_out_of_range", "Level 5 on a 0-4 scale is assessment.level_out_of_range.",
         base, complete(answers=answers(a_x_p=5)), error="assessment.level_out_of_range")

    case(A, "level_out_of_range_object", "Level 5 in an answer object is assessment.level_out_of_range at its level.",
         base, complete(answers=answers(a_x_q={"level": 5, "evidence": "x"})),
         error="assessment.level_out_of_range")

    case(A, "invalid_level_decimal", "Level 2.5 is assessment.invalid_level, never rounded.",
         base, complete(answers=answers(a_x_p=2.5)), error="assessment.invalid_level")

    case(A, "invalid_level_string", "Level \"2\" (a string) is assessment.invalid_level.",
         base, complete(answers=answers(a_x_p="2")), error="assessment.invalid_level")

    case(A, "invalid_level_bool", "Level true is assessment.invalid_level.",
         base, complete(answers=answers(a_x_p=True)), error="assessment.invalid_level")

    case(A, "invalid_level_negative", "Level -1 is assessment.invalid_level.",
         base, complete(answers=answers(a_x_p=-1)), error="assessment.invalid_level")

    case(A, "invalid_level_in_object", "An invalid level inside an answer object is reported at its level field.",
         base, complete(answers=answers(b_x_p={"level": 1.5, "evidence": "Notes."})),
         error="assessment.invalid_level")

    case(A, "target_out_of_range", "Target 9 on a 0-4 scale is assessment.target_out_of_range.",
         base, complete(answers=answers(a_x_p={"level": 2, "target": 9})),
         error="assessment.target_out_of_range")

    case(A, "default_target_out_of_range", "A default_target above the top level is assessment.target_out_of_range.",
         base, complete(default_target=5), error="assessment.target_out_of_range")

    case(A, "invalid_target", "A target that is not a whole number is assessment.invalid_target.",
         base, complete(answers=answers(a_x_p={"level": 2, "target": 3.5})),
         error="assessment.invalid_target")

    case(A, "invalid_target_negative", "A negative target is assessment.invalid_target.",
         base, complete(answers=answers(a_x_p={"level": 2, "target": -1})),
         error="assessment.invalid_target")

    case(A, "invalid_confidence", "Confidence \"sure\" is assessment.invalid_confidence.",
         base, complete(answers=answers(a_x_p={"level": 2, "confidence": "sure"})),
         error="assessment.invalid_confidence")

    case(A, "invalid_type_evidence", "Evidence that is not a string is assessment.invalid_type.",
         base, complete(answers=answers(a_x_p={"level": 2, "evidence": 42})),
         error="assessment.invalid_type")

    case(A, "several_errors",
         "Every error is reported: reading errors in document order, then the framework reference, default_target, and answers in id order.",
         base,
         {"framework": {"id": "err-test", "version": "9.0.0"},
          "answers": {
              "b.x.q": 2.5,
              "zz.unknown": 1,
              "a.x.r": {"level": 1, "confidence": "sure"},
              "b.x.p": {"level": 2, "target": 7},
              "a.x.p": 6,
              "a.x.q": {"level": "2"},
              "a.x.s": 2, "b.x.r": 2, "b.x.s": 2,
          },
          "default_target": 8},
         error="assessment.invalid_level")

    case(A, "several_errors_text",
         "Errors of a document given as text are reported the same way.",
         base,
         text=('{\n  "answers": {\n    "a.x.p": -2,\n    "a.x.q": {"level": 2, "target": 1.5},\n    '
               + ", ".join(f'"{i}": 1' for i in ids[2:]) + '\n  },\n  "default_target": 9\n}\n'),
         error="assessment.invalid_level")

    case(A, "errors_only_in_details",
         "An assessment with an error is not scored: its error lists the errors of section 12, not the warnings a report of it would have (low coverage, na without justification).",
         base, {"answers": {"a.x.p": 2.5, "a.x.q": "na", "b.x.p": 4}},
         error="assessment.invalid_level")

    case(A, "unreadable_answer_not_checked",
         "An answer that could not be read is not checked against the framework: an invalid level on an unknown id is only assessment.invalid_level.",
         base, complete(answers=dict(answers(), **{"zz.unknown": 2.5})),
         error="assessment.invalid_level",
         check=None)

    # Section 22: level elements.
    el_base = fw(N("a", N("a.x", I("a.x.p", elements=EL), I("a.x.q", elements=EL),
                          I("a.x.r", elements=EL), "a.x.s")),
                 fid="err-el", version="2.0.0")

    case(A, "invalid_type_elements",
         "elements given as a list is assessment.invalid_type at /answers/<id>/elements.",
         el_base, {"answers": {"a.x.p": {"level": 1, "elements": ["L1a"]}, "a.x.q": 1, "a.x.r": 1,
                               "a.x.s": 1}},
         error="assessment.invalid_type")

    case(A, "unknown_element_plain_levels",
         "Elements recorded for an indicator whose levels have none are assessment.unknown_element.",
         el_base, {"answers": {"a.x.p": 1, "a.x.q": 1, "a.x.r": 1,
                               "a.x.s": {"level": 1, "elements": {"L1a": True}}}},
         error="assessment.unknown_element")

    case(A, "several_errors_elements",
         "Errors with level elements, in the order of section 12: reading errors (invalid_element, invalid_level) in document order, then the framework reference, default_target, and per answer in id order unknown_element, level_out_of_range, target_out_of_range; unreadable answers are not checked.",
         el_base,
         {"framework": {"id": "err-el", "version": "1.0.0"},
          "answers": {
              "a.x.r": {"level": 7, "elements": {"L9a": True}, "target": 8},
              "a.x.q": {"elements": {"L1a": "maybe"}},
              "a.x.s": {"elements": {"L1a": True}},
              "a.x.p": {"level": 2.5}},
          "default_target": 9},
         error="assessment.invalid_element")


# --- builtin-1.0.0/ --------------------------------------------------------------------------

NAMED = ("inst.info.routine_data", "inst.delib.working_groups", "cap.prov.data_interpretation",
         "cond.fin.stable_investment")


def builtin_1_0_0_cases():
    """The cases of the built-in lhs-2021 1.0.0, as they were when it was the built-in."""
    A = "builtin-1.0.0"
    F = "builtin@1.0.0"
    doc = builtin_doc(F)
    model = Framework(doc)
    missing = [i for i in NAMED if i not in model.by_id]
    if missing:
        raise SystemExit(f"{BUILTIN_PATHS['1.0.0']}: indicators {missing} are not there")
    ids = [i.id for i in model.indicators]

    case(A, "empty",
         "The built-in framework 1.0.0 with no answers: every indicator missing, null scores, zero coverage, no next steps.",
         F, {"answers": {}}, show=("meta", "by_owner"))

    case(A, "named_indicators",
         "Four answers on the built-in framework 1.0.0 with a default target from the options.",
         F,
         {"framework": {"id": doc["id"], "version": doc["version"]},
          "answers": {"inst.info.routine_data": 2,
                      "inst.delib.working_groups": {"level": 1, "target": 4, "confidence": "medium"},
                      "cap.prov.data_interpretation": {"level": "na", "justification": "Covered nationally."},
                      "cond.fin.stable_investment": {"level": 4, "evidence": "Budget law 2025."}}},
         options={"default_target": 3},
         show=("target_source", "rec_details", "by_owner", "facets"))

    case(A, "all_rated_two",
         "Every indicator of the built-in framework 1.0.0 at level 2 and no targets: every score 2 and one next step per indicator toward level 4, by share then id.",
         F, {"answers": {i: 2 for i in ids}},
         show=("shares", "by_owner", "facets"))

    case(A, "all_top_with_evidence",
         "Every indicator of the built-in framework 1.0.0 at the top level with evidence: scores 4, no next steps, no warnings.",
         F, {"answers": {i: {"level": 4, "evidence": "Documented."} for i in ids}})

    mixed = {}
    for n, i in enumerate(ids):
        k = n % 7
        mixed[i] = [0, 1, 2, 3, "na", "unknown", None][k]
        if k == 4:
            mixed[i] = {"level": "na", "justification": "Not applicable here."}
    case(A, "cycled_answers",
         "Indicators of the built-in framework 1.0.0 answered 0, 1, 2, 3, na, unknown, null in turn, with a default target of 3.",
         F, {"default_target": 3, "answers": mixed},
         show=("explanation", "facets", "by_owner"))

    # The rejected assessments answer every indicator, so that their only diagnostics are the
    # errors under test.
    every = {i: 2 for i in ids}
    case(A, "version_mismatch",
         "An assessment for another version of lhs-2021 is rejected by the built-in framework 1.0.0.",
         F, {"framework": {"id": doc["id"], "version": "0.0.1"}, "answers": dict(every)},
         error="assessment.version_mismatch")

    case(A, "unknown_indicator",
         "A misspelt indicator id of the built-in framework 1.0.0 is assessment.unknown_indicator.",
         F, {"answers": dict(every, **{"inst.info.routine_dat": 2})},
         error="assessment.unknown_indicator")

    case(A, "level_out_of_range",
         "Level 5 is out of range on the 0-4 scale of the built-in framework 1.0.0.",
         F, {"answers": dict(every, **{"cap.prov.data_interpretation": {"level": 5}})},
         error="assessment.level_out_of_range")


# --- builtin/ --------------------------------------------------------------------------------

# Indicators of lhs-2021 2.0.0 the cases below name (checked against the file).
B_NOT_DISTRICT = "inst.info.policy_research_institutes"  # national and subnational only
B_NOT_FACILITY = "cap.res.critical_mass"


def builtin_cases():
    A = "builtin"
    doc = builtin_doc("builtin")
    model = Framework(doc)
    assert model.version == BUILTIN_LATEST and model.has_rules
    named = ("inst.info.routine_data", "inst.delib.working_groups", B_NOT_DISTRICT,
             "cap.prov.data_interpretation", "cond.design.planning_priority_setting",
             "cond.fin.learning_budget", B_NOT_FACILITY)
    missing = [i for i in named if i not in model.by_id]
    if missing:
        raise SystemExit(f"{BUILTIN_PATH}: indicators {missing} are not there; the builtin "
                         "cases need them")
    assert not model.by_id[B_NOT_DISTRICT].applies("district")
    assert not model.by_id[B_NOT_FACILITY].applies("facility")
    assert model.by_id["cond.design.planning_priority_setting"].elements[3] == ["L3a", "L3b"]
    assert any(d.outcome for d in model.domains)
    ids = [i.id for i in model.indicators]

    case(A, "empty",
         "The built-in framework (latest, 2.0.0) with no answers: every indicator missing, null scores, zero coverage, no next steps; no unit kind is warned; the outcome domain is left out of the overall counts.",
         "builtin", {"answers": {}}, show=("meta", "by_owner"))

    case(A, "district_answers",
         "A district answers a handful of built-in indicators: one that does not apply to a district (warned, not scored), na on an applicable one, one answered by elements; pooled_mean domains, targets from the options.",
         "builtin",
         {"framework": {"id": doc["id"], "version": doc["version"]},
          "unit": {"id": "d-07", "name": "District Seven", "kind": "district"},
          "answers": {
              "inst.info.routine_data": 2,
              "inst.delib.working_groups": {"level": 1, "target": 4, "confidence": "medium"},
              B_NOT_DISTRICT: {"level": 3, "evidence": "National institute."},
              "cap.prov.data_interpretation": {"level": "na", "justification": "Done by the region."},
              "cond.design.planning_priority_setting": {
                  "elements": {"L1a": True, "L2a": True, "L2b": True, "L3a": True,
                               "L3b": "unknown"},
                  "evidence": "District plan 2026."},
              "cond.fin.learning_budget": {"level": 4, "evidence": "Budget line 2026."},
          }},
         options={"default_target": 3},
         show=("explanation", "target_source", "rec_details", "by_owner"))

    facility = [i.id for i in model.indicators if i.applies("facility")]
    case(A, "facility_all_two",
         "Every built-in indicator that applies to a facility at level 2 and no targets: the others do not apply; one next step per applicable indicator toward level 4, by share then id, the outcome indicators (share 0) last.",
         "builtin",
         {"unit": {"id": "f-1", "kind": "facility"}, "answers": {i: 2 for i in facility}},
         show=("shares", "by_owner"))

    case(A, "national_all_top",
         "Every built-in indicator (all apply to a national unit) at the top level with evidence, naming the version explicitly: scores 4, no next steps, no warnings.",
         "builtin@2.0.0",
         {"unit": {"id": "n-1", "kind": "national"},
          "answers": {i: {"level": 4, "evidence": "Documented."} for i in ids}})

    case(A, "version_mismatch",
         "An assessment made with lhs-2021 1.0.0 is rejected by the built-in 2.0.0: version_mismatch, then unknown_indicator for the ids 2.0.0 no longer has.",
         "builtin",
         {"framework": {"id": doc["id"], "version": "1.0.0"},
          "unit": {"id": "d-07", "kind": "district"},
          "answers": {"inst.info.routine_data": 2,
                      "inst.delib.working_groups": {"level": 1, "target": 4},
                      "cap.prov.data_interpretation": {"level": "na", "justification": "Covered nationally."},
                      "cond.fin.stable_investment": {"level": 4, "evidence": "Budget law 2025."}}},
         error="assessment.version_mismatch")

    every = {i: 2 for i in ids}
    case(A, "unknown_indicator",
         "A misspelt built-in indicator id is assessment.unknown_indicator.",
         "builtin",
         {"unit": {"id": "n-1", "kind": "national"},
          "answers": dict(every, **{"inst.info.routine_dat": 2})},
         error="assessment.unknown_indicator")


# --- calibration/ ----------------------------------------------------------------------------


def calibration_cases():
    """The keyed assessments of the calibration cases (spec/calibration/*.json): each scores
    without any warning, every keyed level is the level its elements give, and the scores are
    what this reference implementation computes."""
    root = HERE.parent / "calibration"
    for path in sorted(root.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        model = Framework(builtin_doc("builtin"))
        for iid, answer in doc["answers"].items():
            ind = model.by_id[iid]
            require(isinstance(answer, dict) and "elements" in answer)
        case("calibration", path.stem,
             f"The keyed assessment of the calibration case spec/calibration/{path.stem}.md: no warning, every level as its elements give it, and its scores.",
             "builtin", doc, show=("explanation",),
             check=lambda r: require(r["warnings"] == []))


# --- applicability/ --------------------------------------------------------------------------


def app_fw(**kw):
    """Three domains; a.y and c apply to national units only (c.x.q to subnational too)."""
    return fw(
        N("a",
          N("a.x", I("a.x.p", owner=["policy"]),
            I("a.x.q", applies_to=["national", "district"], owner=["programmes"]),
            I("a.x.r", applies_to=["facility"], owner=["policy", "communities"])),
          N("a.y", I("a.y.p", applies_to=["national"], owner=["research"]),
            I("a.y.q", applies_to=["national", "subnational"]))),
        N("b",
          N("b.x", I("b.x.p", applies_to=["district", "facility"], owner=["communities"]),
            I("b.x.q", owner=["programmes"]),
            I("b.x.r", applies_to=["facility"], owner=["research"]))),
        N("c", N("c.x", I("c.x.p", applies_to=["national"]),
                 I("c.x.q", applies_to=["national", "subnational"]))),
        facets=[F("owner", *OWNERS)], **kw)


APP_ALL = ("a.x.p", "a.x.q", "a.x.r", "a.y.p", "a.y.q", "b.x.p", "b.x.q", "b.x.r", "c.x.p", "c.x.q")


def applicability_cases():
    A = "applicability"

    def check_district(r):
        ind = {i["id"]: i for i in r["indicators"]}
        assert [i for i in APP_ALL if ind[i]["status"] == "does_not_apply"] == [
            "a.x.r", "a.y.p", "a.y.q", "b.x.r", "c.x.p", "c.x.q"]
        assert close(r["overall"]["score"], (2.5 + 1) / 2)
        assert r["overall"]["counts"] == {"total": 4, "rated": 3, "na": 0, "unknown": 1, "missing": 0}
        assert find_node(r, "a.y")["score"] is None and find_node(r, "a.y")["coverage"] is None
        assert find_node(r, "c")["counts"]["total"] == 0
        assert r["overall"]["targets"]["total_target"] == 9
        assert [x["indicator"] for x in r["recommendations"]] == ["b.x.p", "a.x.p"]

    case(A, "unit_kind_decides",
         "The unit's kind decides which indicators apply: the others are does_not_apply, left out of every count, coverage, score, target, facet value and next step; a sub-domain and a domain with nothing applicable have no score.",
         app_fw(),
         {"unit": {"id": "d-1", "kind": "district"}, "default_target": 3,
          "answers": {"a.x.p": 2, "a.x.q": 3, "b.x.p": 1, "b.x.q": "unknown"}},
         show=("explanation", "target_source", "facets", "by_owner"), check=check_district)

    case(A, "answer_to_non_applicable",
         "Answers to indicators that do not apply are kept but not scored: each gets assessment.does_not_apply (and none of the warnings its answer would otherwise get), no level, no target, no gap.",
         app_fw(),
         {"unit": {"id": "d-1", "kind": "district"}, "default_target": 2,
          "answers": {"a.x.p": 2, "a.x.q": 1, "b.x.p": 3, "b.x.q": 2,
                      "a.x.r": {"level": 4},
                      "a.y.p": {"level": "na"},
                      "c.x.q": {"level": 3, "target": 1}}},
         show=("target_source", "explanation"),
         check=lambda r: require(warning_list(r) == [
             ("assessment.does_not_apply", "/answers/a.x.r"),
             ("assessment.does_not_apply", "/answers/a.y.p"),
             ("assessment.target_below_level", "/answers/b.x.p"),
             ("assessment.does_not_apply", "/answers/c.x.q")]))

    case(A, "kind_case_insensitive",
         "The unit kind is matched without regard to case or surrounding spaces (\"  Facility \"); with no target anywhere, an answer to an indicator that does not apply gets no next step.",
         app_fw(),
         {"unit": {"id": "f-1", "kind": "  Facility "},
          "answers": {"a.x.p": 1, "a.x.q": 1, "a.x.r": 3, "b.x.p": 2, "b.x.q": 0,
                      "b.x.r": {"level": 4, "evidence": "Ward audit."}}},
         show=("shares", "by_owner"),
         check=lambda r: require([x["indicator"] for x in r["recommendations"]]
                                 == ["b.x.q", "b.x.p", "a.x.p", "a.x.r"]))

    every_two = {i: 2 for i in APP_ALL}
    case(A, "no_unit",
         "With applicability rules and no unit, every indicator applies and assessment.no_unit_kind is warned at the root.",
         app_fw(), {"answers": dict(every_two)},
         check=lambda r: require(r["overall"]["counts"]["total"] == 10))

    case(A, "unit_without_kind",
         "A unit without a kind: every indicator applies and assessment.no_unit_kind is warned at /unit.",
         app_fw(), {"unit": {"id": "u-1", "name": "Somewhere"}, "answers": dict(every_two)})

    case(A, "unknown_unit_kind",
         "A kind that is not a unit kind (\"county\"): every indicator applies and assessment.unknown_unit_kind is warned at /unit/kind.",
         app_fw(), {"unit": {"id": "u-1", "kind": "county"}, "answers": dict(every_two)})

    case(A, "na_applicable",
         "With applicability rules, na on an indicator that applies is scored as na (left out) and warned as na_applicable at the answer's level, after na_without_justification.",
         app_fw(),
         {"unit": {"id": "d-1", "kind": "district"},
          "answers": {"a.x.p": "na", "a.x.q": 2,
                      "b.x.p": {"level": "na", "justification": "The clinic closed."},
                      "b.x.q": 1}},
         show=("explanation",))

    case(A, "na_without_rules",
         "A framework without applicability rules: na is left out as ever, with no na_applicable, and the unit's kind (even one that is not a unit kind) is not warned about.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r")), N("b", N("b.x", "b.x.p", "b.x.q"))),
         {"unit": {"id": "u-1", "kind": "county"},
          "answers": {"a.x.p": "na", "a.x.q": 2, "a.x.r": 3,
                      "b.x.p": {"level": "na", "justification": "No such service."}, "b.x.q": 1}},
         show=("explanation",),
         check=lambda r: require(warning_list(r) == [
             ("assessment.na_without_justification", "/answers/a.x.p")]))

    case(A, "sub_domain_not_applicable",
         "A sub-domain none of whose indicators applies has no score (excluded as no_score, also under minimum), zero counts and null coverage; a domain with nothing applicable is left out of the overall score whatever its weight, and is not warned for low coverage.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q"),
              N("a.y", I("a.y.p", applies_to=["national"]), I("a.y.q", applies_to=["national"])),
              agg="minimum"),
            N("b", N("b.x", I("b.x.p", applies_to=["national"])), w=3)),
         {"unit": {"id": "d-1", "kind": "district"}, "default_target": 4,
          "answers": {"a.x.p": 3, "a.x.q": 1}},
         show=("explanation", "shares"),
         check=lambda r: require(close(r["overall"]["score"], 2.0)
                                 and r["overall"]["counts"]["total"] == 2
                                 and [x["indicator"] for x in r["recommendations"]] == ["a.x.q", "a.x.p"]
                                 and close(r["recommendations"][0]["priority"], 3 / 16)))


# --- elements/ -------------------------------------------------------------------------------

EL = {1: ["L1a"], 2: ["L2a", "L2b"], 3: ["L3a"], 4: ["L4a", "L4b"]}
EL_ALL_TRUE = {"L1a": True, "L2a": True, "L2b": True, "L3a": True, "L4a": True, "L4b": True}


def el_fw(*indicators, **kw):
    """One domain; plain ids get the elements EL (level 1: L1a; 2: L2a, L2b; 3: L3a; 4: L4a, L4b)."""
    return fw(N("e", N("e.x", *[I(i, elements=EL) if isinstance(i, str) else i
                                for i in indicators])), **kw)


def elements_cases():
    A = "elements"

    def check_derived(r):
        ind = {i["id"]: i for i in r["indicators"]}
        assert [ind[f"e.x.l{k}"]["level"] for k in range(5)] == [0, 1, 2, 3, 4]
        assert all(i.get("from_elements") for i in r["indicators"])
        recs = {x["indicator"]: x for x in r["recommendations"]}
        assert recs["e.x.l1"]["next_level_descriptor"] == "e.x.l1 L2a is met. e.x.l1 L2b is met."
        assert recs["e.x.t"]["next_level_descriptor"] == "Level three of e.x.t in words."

    case(A, "derived_levels",
         "Answers with elements and no level are scored with the derived level 0 to 4 (from_elements); the next level's descriptor is its text, else its elements' texts joined by a space; a derived top level needs evidence too.",
         el_fw("e.x.l0", "e.x.l1", "e.x.l2", "e.x.l3", "e.x.l4", "e.x.m",
               I("e.x.t", elements={1: ["L1a"], 2: ["L2a", "L2b"],
                                    3: ("Level three of e.x.t in words.", ["L3a"]),
                                    4: ["L4a", "L4b"]})),
         {"answers": {
             "e.x.l0": {"elements": {"L1a": False, "L2a": True}},
             "e.x.l1": {"elements": {"L1a": True, "L2a": False, "L2b": True}},
             "e.x.l2": {"elements": {"L1a": True, "L2a": True, "L2b": True, "L3a": False}},
             "e.x.l3": {"elements": dict(EL_ALL_TRUE, L4b=False)},
             "e.x.l4": {"elements": dict(EL_ALL_TRUE), "evidence": "Review report 2025."},
             "e.x.m": {"elements": dict(EL_ALL_TRUE)},
             "e.x.t": {"elements": {"L1a": True, "L2a": True, "L2b": True, "L3a": False}}}},
         show=("explanation", "rec_details"), check=check_derived)

    case(A, "cumulative_rule",
         "The cumulative rule: a level holds only when every element of it and of every lower level is true; a false or unknown element below stops the level whatever is true above.",
         el_fw("e.x.p", "e.x.q", "e.x.r"),
         {"answers": {
             "e.x.p": {"elements": dict(EL_ALL_TRUE, L2a=False)},
             "e.x.q": {"elements": dict(EL_ALL_TRUE, L1a=False)},
             "e.x.r": {"elements": {"L1a": "unknown", "L2a": False}}}},
         check=lambda r: require([i["level"] for i in r["indicators"]] == [1, 0, 0]))

    case(A, "all_unknown",
         "When every recorded element is \"unknown\", the derived rating is unknown (from_elements, counted as unknown, no next step, no elements_not_checked).",
         el_fw("e.x.p", "e.x.q", "e.x.r"),
         {"answers": {
             "e.x.p": {"elements": {"L1a": "unknown", "L2a": "unknown", "L2b": "unknown"}},
             "e.x.q": 2,
             "e.x.r": {"elements": {"L3a": "unknown"}}}},
         show=("explanation",),
         check=lambda r: require(r["overall"]["counts"]["unknown"] == 2))

    case(A, "element_not_recorded",
         "An element not recorded is not met: L2b missing keeps the level at 1, and elements_not_checked is warned at the answer's elements (the level may be higher).",
         el_fw("e.x.p", "e.x.q"),
         {"answers": {"e.x.p": {"elements": {"L1a": True, "L2a": True}}, "e.x.q": 1}},
         check=lambda r: require(r["indicators"][0]["level"] == 1 and warning_list(r) == [
             ("assessment.elements_not_checked", "/answers/e.x.p/elements")]))

    case(A, "elements_not_checked",
         "elements_not_checked is warned when no element of the next level is false and some are unknown or not recorded (also below level 1), not when one is false nor at the top level.",
         el_fw("e.x.p", "e.x.q", "e.x.r", "e.x.s", "e.x.t"),
         {"answers": {
             "e.x.p": {"elements": {"L1a": True, "L2a": True, "L2b": "unknown"}},
             "e.x.q": {"elements": {"L1a": True, "L2a": False, "L2b": "unknown"}},
             "e.x.r": {"elements": dict(EL_ALL_TRUE), "evidence": "Minutes."},
             "e.x.s": {"elements": {"L2a": True}},
             "e.x.t": {"elements": {"L1a": False}}}},
         check=lambda r: require(warning_list(r) == [
             ("assessment.elements_not_checked", "/answers/e.x.p/elements"),
             ("assessment.elements_not_checked", "/answers/e.x.s/elements")]))

    case(A, "level_agrees",
         "An answer with a level and elements that give the same level is scored with its level (not from_elements), with no warning.",
         el_fw("e.x.p", "e.x.q"),
         {"answers": {
             "e.x.p": {"level": 2, "elements": {"L1a": True, "L2a": True, "L2b": True, "L3a": False}},
             "e.x.q": {"level": 0, "elements": {"L1a": False}}}},
         check=lambda r: require(not any("from_elements" in i for i in r["indicators"])
                                 and r["warnings"] == []))

    case(A, "level_conflicts",
         "An answer whose level differs from its elements' derived level is scored with its level and warned as elements_conflict at the level.",
         el_fw("e.x.p", "e.x.q"),
         {"default_target": 4,
          "answers": {
              "e.x.p": {"level": 3, "elements": {"L1a": True, "L2a": False}},
              "e.x.q": {"level": 1, "elements": dict(EL_ALL_TRUE)}}},
         check=lambda r: require([i["level"] for i in r["indicators"]] == [3, 1]
                                 and warning_list(r) == [
                                     ("assessment.elements_conflict", "/answers/e.x.p/level"),
                                     ("assessment.elements_conflict", "/answers/e.x.q/level")]))

    case(A, "unknown_element",
         "An element id the indicator does not have is assessment.unknown_element at /answers/<id>/elements/<element id>.",
         el_fw("e.x.p", "e.x.q"),
         {"answers": {"e.x.p": {"level": 2, "elements": {"L1a": True, "L2c": True}}, "e.x.q": 1}},
         error="assessment.unknown_element")

    case(A, "invalid_element",
         "An element value other than true, false or \"unknown\" (\"yes\", 1, null) is assessment.invalid_element, each at its element, in document order.",
         el_fw("e.x.p", "e.x.q"),
         {"answers": {"e.x.q": 1, "e.x.p": {"elements": {"L1a": "yes", "L2a": 1, "L2b": None}}}},
         error="assessment.invalid_element")

    case(A, "level_without_elements",
         "The derivation stops at the first level above 0 that has no elements: true elements above it do not count (a level 1 without elements gives 0), and no elements_not_checked is warned.",
         el_fw(I("e.x.p", elements={1: ["L1a"], 3: ["L3a"], 4: ["L4a"]}),
               I("e.x.q", elements={2: ["L2a"], 3: ["L3a"]})),
         {"answers": {"e.x.p": {"elements": {"L1a": True, "L3a": True, "L4a": True}},
                      "e.x.q": {"elements": {"L2a": True, "L3a": True}}}},
         check=lambda r: require([i["level"] for i in r["indicators"]] == [1, 0]
                                 and r["warnings"] == []))


# --- outcomes/ -------------------------------------------------------------------------------


def outcome_cases():
    A = "outcomes"
    dom = fw(N("a", N("a.x", "a.x.p", "a.x.q")),
             N("b", N("b.x", "b.x.p"), w=3),
             N("o", N("o.x", "o.x.p", "o.x.q"), N("o.y", "o.y.p"), w=5, outcome=True))

    def check_domain(r):
        assert close(r["overall"]["score"], 11 / 4)
        assert r["overall"]["counts"]["total"] == 3
        o = find_node(r, "o")
        assert o["outcome"] is True and close(o["score"], 1.25) and o["counts"]["total"] == 3
        ind = {i["id"]: i for i in r["indicators"]}
        assert [ind[i]["share"] for i in ("o.x.p", "o.x.q", "o.y.p")] == [0, 0, 0]
        assert close(ind["a.x.p"]["share"], 1 / 8) and close(ind["b.x.p"]["share"], 3 / 4)
        assert [x["indicator"] for x in r["recommendations"]] == [
            "b.x.p", "a.x.p", "a.x.q", "o.x.p", "o.x.q", "o.y.p"]

    case(A, "outcome_domain",
         "An outcome domain is scored with its own counts but left out of the overall score and counts whatever its weight; its indicators have share 0, so their next steps come last (by id) however large their gaps.",
         dom,
         {"answers": {"a.x.p": 1, "a.x.q": 3, "b.x.p": 3, "o.x.p": 0, "o.x.q": 1, "o.y.p": 2}},
         show=("explanation", "shares"), check=check_domain)

    case(A, "only_outcome_rated",
         "When only outcome indicators are rated, the outcome domain has a score and the overall score is null.",
         dom, {"answers": {"o.x.p": 2, "o.x.q": 2, "o.y.p": 3}},
         check=lambda r: require(r["overall"]["score"] is None
                                 and close(find_node(r, "o")["score"], 2.5)))

    def check_sub(r):
        a, ao = find_node(r, "a"), find_node(r, "a.o")
        assert close(a["score"], 3.0) and a["counts"]["total"] == 3
        assert close(ao["score"], 0.0) and ao["counts"] == {
            "total": 2, "rated": 1, "na": 0, "unknown": 1, "missing": 0}
        e = by_id(a["explanation"], "a.o")
        assert e["excluded"] == "outcome" and e["effective_weight"] == 0 and e["score"] == 0
        assert close(r["overall"]["score"], 2.0) and r["overall"]["counts"]["total"] == 4
        assert [x["indicator"] for x in r["recommendations"]] == ["b.x.p", "a.x.p", "a.x.q", "a.o.p"]

    case(A, "outcome_subnode",
         "An outcome sub-node is scored itself but left out of its parent's score and counts (explanation: outcome, with its score) and of the overall counts; its indicators have share 0.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.o", "a.o.p", "a.o.q", outcome=True),
              N("a.y", "a.y.p")),
            N("b", N("b.x", "b.x.p"))),
         {"answers": {"a.x.p": 2, "a.x.q": 2, "a.o.p": 0, "a.o.q": "unknown",
                      "a.y.p": {"level": 4, "evidence": "Report."}, "b.x.p": 1}},
         show=("explanation", "shares"), check=check_sub)

    case(A, "outcome_subnode_minimum",
         "Under minimum, an outcome sub-node with the lowest score is excluded as outcome, not taken as the minimum.",
         fw(N("m", N("m.x", "m.x.p"), N("m.o", "m.o.p", outcome=True), N("m.y", "m.y.p"),
              agg="minimum")),
         {"answers": {"m.x.p": 3, "m.o.p": 0, "m.y.p": 2}},
         show=("explanation", "shares"),
         check=lambda r: require(close(r["overall"]["score"], 2.0)))


# --- pooled/ ---------------------------------------------------------------------------------


def pooled_cases():
    A = "pooled"

    def check_vs(r):
        assert close(find_node(r, "m")["score"], 3.5) and close(find_node(r, "p")["score"], 1.75)
        p = find_node(r, "p")["explanation"]
        assert [(e["weight"], e["effective_weight"]) for e in p] == [(1, 0.25), (3, 0.75)]
        assert close(by_id(r["indicators"], "p.y.q")["share"], 1 / 8)

    case(A, "pooled_vs_mean",
         "On uneven sub-domains (1 and 3 indicators), pooled_mean weights each indicator alike and ignores the sub-nodes' own weights, where mean weights the sub-domains; the explanation's weight of a sub-node is the one pooled_mean gives it.",
         fw(N("m", N("m.x", "m.x.p", w=5), N("m.y", "m.y.p", "m.y.q", "m.y.r")),
            N("p", N("p.x", "p.x.p", w=5), N("p.y", "p.y.p", "p.y.q", "p.y.r"), agg="pooled_mean")),
         {"answers": {"m.x.p": {"level": 4, "evidence": "Minutes."}, "m.y.p": 1, "m.y.q": 1, "m.y.r": 1,
                      "p.x.p": {"level": 4, "evidence": "Minutes."}, "p.y.p": 1, "p.y.q": 1, "p.y.r": 1}},
         show=("explanation", "shares"), check=check_vs)

    case(A, "unrated_and_non_applicable",
         "Under pooled_mean only the indicators with a value count: na, unknown, missing and does_not_apply add nothing to a sub-node's weight, and a sub-node with none has weight 0 and no score.",
         fw(N("p",
              N("p.x", "p.x.p", "p.x.q", "p.x.r", "p.x.s"),
              N("p.y", I("p.y.p", applies_to=["national"]), "p.y.q"),
              N("p.z", "p.z.p", "p.z.q"),
              agg="pooled_mean")),
         {"unit": {"id": "d-1", "kind": "district"},
          "answers": {"p.x.p": 3, "p.x.q": {"level": "na", "justification": "No lab."},
                      "p.x.r": "unknown", "p.y.p": 0, "p.y.q": 1}},
         show=("explanation", "shares"),
         check=lambda r: require(close(r["overall"]["score"], 2.0) and [
             e["weight"] for e in find_node(r, "p")["explanation"]] == [1, 1, 0]))

    def check_nested(r):
        assert close(find_node(r, "p.a")["score"], 11 / 4)
        assert close(find_node(r, "p.b")["score"], 10 / 3)
        assert close(find_node(r, "p")["score"], 73 / 24)
        assert close(r["overall"]["score"], 121 / 48)
        assert [e["weight"] for e in find_node(r, "p")["explanation"]] == [4, 4]
        assert [e["weight"] for e in find_node(r, "p.a")["explanation"]] == [3, 1]
        assert [e["weight"] for e in find_node(r, "p.b")["explanation"]] == [1, 2]
        sh = {i["id"]: i["share"] for i in r["indicators"]}
        for iid, v in {"p.a.x.p": 1 / 8, "p.a.x.q": 1 / 16, "p.a.y.p": 1 / 16,
                       "p.b.x.p": 1 / 36, "p.b.y.p": 1 / 6, "q.x.p": 1 / 2}.items():
            assert close(sh[iid], v, 1e-12), (iid, sh[iid], v)

    case(A, "nested",
         "Nested nodes: a pooled_mean domain over a pooled_mean sub-domain and a mean sub-domain; each sub-node weighs the summed weights of the counted indicators below it, at any depth, while a mean sub-domain keeps its children's own weights inside.",
         fw(N("p",
              N("p.a",
                N("p.a.x", I("p.a.x.p", w=2), "p.a.x.q"),
                N("p.a.y", "p.a.y.p", w=3),
                agg="pooled_mean"),
              N("p.b",
                N("p.b.x", "p.b.x.p", "p.b.x.q", "p.b.x.r", w=1),
                N("p.b.y", "p.b.y.p", w=2)),
              agg="pooled_mean"),
            N("q", N("q.x", "q.x.p"))),
         {"answers": {"p.a.x.p": {"level": 4, "evidence": "Audit."}, "p.a.x.q": 1, "p.a.y.p": 2,
                      "p.b.x.p": 0, "p.b.x.q": 3, "p.b.x.r": 3,
                      "p.b.y.p": {"level": 4, "evidence": "Audit."}, "q.x.p": 2}},
         show=("explanation", "shares"), check=check_nested)

    case(A, "indicator_weights",
         "Under pooled_mean a sub-node weighs the sum of its counted indicators' own weights (an unknown one adds nothing), which makes the score the weighted mean of all counted indicators.",
         fw(N("p", N("p.x", I("p.x.p", w=3), I("p.x.q", w=1)), N("p.y", I("p.y.p", w=0.5)),
              N("p.z", I("p.z.p", w=2), I("p.z.q", w=2)), agg="pooled_mean")),
         {"answers": {"p.x.p": 1, "p.x.q": {"level": 4, "evidence": "Report."}, "p.y.p": 2,
                      "p.z.p": "unknown", "p.z.q": 3}},
         show=("explanation", "shares"),
         check=lambda r: require(close(r["overall"]["score"], 14 / 6.5)))

    case(A, "minimum_child",
         "A minimum sub-node under pooled_mean keeps its minimum as its score and weighs the sum of the weights of its counted indicators.",
         fw(N("p", N("p.x", "p.x.p", "p.x.q", "p.x.r", agg="minimum"), N("p.y", "p.y.p"),
              agg="pooled_mean")),
         {"answers": {"p.x.p": 3, "p.x.q": 1, "p.x.r": 2, "p.y.p": {"level": 4, "evidence": "Plan."}}},
         show=("explanation", "shares"),
         check=lambda r: require(close(r["overall"]["score"], 1.75)))


# --- unknown_rule/ ---------------------------------------------------------------------------


def unknown_rule_cases():
    A = "unknown_rule"
    ZERO = {"unknown": "zero"}
    mean_fw = fw(N("a", N("a.x", "a.x.p", I("a.x.q", w=3), "a.x.r"), N("a.y", "a.y.p", "a.y.q")),
                 N("b", N("b.x", "b.x.p")))
    mean_answers = {"answers": {"a.x.p": {"level": 4, "evidence": "Minutes."}, "a.x.q": "unknown",
                                "a.x.r": 2, "a.y.p": {"level": "unknown"},
                                "a.y.q": {"level": "na", "justification": "Not here."},
                                "b.x.p": "unknown"}}

    def check_mean(r):
        assert close(find_node(r, "a.x")["score"], 1.2) and close(find_node(r, "a.y")["score"], 0)
        assert close(r["overall"]["score"], 0.3) and r["unknown_rule"] == "zero"
        assert r["overall"]["counts"] == {"total": 6, "rated": 2, "na": 1, "unknown": 3, "missing": 0}
        assert close(r["overall"]["coverage"], 0.4)
        e = by_id(find_node(r, "a.x")["explanation"], "a.x.q")
        assert e["unknown_as_zero"] is True and close(e["effective_weight"], 0.6)
        assert [x["indicator"] for x in r["recommendations"]] == ["a.x.r"]

    case(A, "zero_in_mean",
         "With the option unknown: zero, unknown answers count as 0 in means (unknown_as_zero in the explanation) while their status, the counts, coverage and next steps are unchanged; the report says unknown_rule: zero.",
         mean_fw, mean_answers, options=ZERO, show=("explanation",), check=check_mean)

    case(A, "default_excludes",
         "Without the unknown option, unknown answers are left out of the means (the default, exclude): same assessment as zero_in_mean.",
         mean_fw, mean_answers, show=("explanation",),
         check=lambda r: require(close(r["overall"]["score"], 3.0) and "unknown_rule" not in r))

    case(A, "explicit_exclude",
         "The option unknown: exclude is the default: same report as default_excludes.",
         mean_fw, mean_answers, options={"unknown": "exclude"}, show=("explanation",),
         check=lambda r: require(close(r["overall"]["score"], 3.0) and "unknown_rule" not in r))

    case(A, "zero_in_minimum",
         "Under unknown: zero, an unknown answer can be the minimum (effective weight 1, others not_minimum).",
         fw(N("m", N("m.x", "m.x.p", "m.x.q", "m.x.r", agg="minimum"))),
         {"answers": {"m.x.p": 3, "m.x.q": "unknown", "m.x.r": 1}},
         options=ZERO, show=("explanation",),
         check=lambda r: require(r["overall"]["score"] == 0.0))

    pooled_fw = fw(N("p", N("p.x", "p.x.p", "p.x.q", "p.x.r"), N("p.y", "p.y.p"), agg="pooled_mean"))
    pooled_answers = {"answers": {"p.x.p": {"level": 4, "evidence": "Plan."}, "p.x.q": "unknown",
                                  "p.x.r": "unknown", "p.y.p": 1}}
    case(A, "zero_in_pooled",
         "Under unknown: zero, unknown answers add their weight to a sub-node's pooled_mean weight as a level 0.",
         pooled_fw, pooled_answers, options=ZERO, show=("explanation",),
         check=lambda r: require(close(r["overall"]["score"], 1.25) and [
             e["weight"] for e in find_node(r, "p")["explanation"]] == [3, 1]))

    case(A, "pooled_default",
         "The same pooled_mean assessment under the default rule: the unknown answers add no weight.",
         pooled_fw, pooled_answers, show=("explanation",),
         check=lambda r: require(close(r["overall"]["score"], 2.5)))

    case(A, "zero_all_unknown",
         "Under unknown: zero, a domain whose answers are all unknown scores 0 (not null) and counts in the overall score.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q")), N("b", N("b.x", "b.x.p"))),
         {"answers": {"a.x.p": "unknown", "a.x.q": "unknown",
                      "b.x.p": {"level": 4, "evidence": "Report."}}},
         options=ZERO, show=("explanation",),
         check=lambda r: require(close(r["overall"]["score"], 2.0)))

    case(A, "zero_targets_unchanged",
         "Under unknown: zero, unknown answers keep their targets but have no level, no gap and no next step; the targets' totals are unchanged.",
         fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.r", "a.x.s"))),
         {"default_target": 3,
          "answers": {"a.x.p": 1, "a.x.q": "unknown", "a.x.r": 2,
                      "a.x.s": {"level": "unknown", "target": 4}}},
         options=ZERO, show=("explanation", "target_source"),
         check=lambda r: require(close(r["overall"]["score"], 0.75)
                                 and r["overall"]["targets"]["total_target"] == 6
                                 and len(r["recommendations"]) == 2))

    case(A, "zero_from_elements",
         "Under unknown: zero, an answer whose elements are all unknown (derived rating unknown) counts as 0.",
         el_fw("e.x.p", "e.x.q"),
         {"answers": {"e.x.p": {"elements": {"L1a": "unknown", "L2a": "unknown"}},
                      "e.x.q": {"level": 4, "evidence": "Report."}}},
         options=ZERO, show=("explanation",),
         check=lambda r: require(close(r["overall"]["score"], 2.0)))


# ---------------------------------------------------------------------------------------------
# Self-checks on the reference implementation
# ---------------------------------------------------------------------------------------------


def self_checks():
    # §14 is checked in the worked_example case. A few more rules, directly.
    f = Framework(fw(N("a", N("a.x", "a.x.p"))))
    assert f.level_of(2.999) == 2 and f.level_of(3.0) == 3 and f.level_of(2.9999999999) == 3
    assert f.level_of(2.9999999995) == 3 and f.level_of(2.999999998) == 2
    assert f.level_of(0.0) == 0 and f.level_of(4.0) == 4
    assert round_half_away(2.5) == 3 and round_half_away(166666666.67) == 166666667
    assert pointer("answers", "a/b~c") == "/answers/a~1b~0c"

    # §22: the cumulative rule, on levels 1: L1a; 2: L2a, L2b; 3: L3a; 4: L4a, L4b.
    e = Framework(fw(N("e", N("e.x", I("e.x.p", elements=EL))))).by_id["e.x.p"]
    assert e.elements == [[], ["L1a"], ["L2a", "L2b"], ["L3a"], ["L4a", "L4b"]]
    assert e.levels[2] == "e.x.p L2a is met. e.x.p L2b is met."
    assert derive(e, {"L1a": True, "L2a": True, "L2b": True, "L3a": False}) == ("rated", 2)
    assert derive(e, dict(EL_ALL_TRUE, L2b=False)) == ("rated", 1)  # false below true
    assert derive(e, dict(EL_ALL_TRUE)) == ("rated", 4)
    assert derive(e, {"L1a": False}) == ("rated", 0)
    assert derive(e, {"L1a": "unknown", "L3a": "unknown"}) == ("unknown", None)
    assert derive(e, {"L1a": "unknown", "L2a": False}) == ("rated", 0)
    assert not_checked(e, {"L1a": True, "L2a": True}, ("rated", 1))  # L2b not recorded
    assert not not_checked(e, {"L1a": True, "L2a": False}, ("rated", 1))  # L2a false
    assert not not_checked(e, dict(EL_ALL_TRUE), ("rated", 4))  # nothing above the top
    gap = Framework(fw(N("e", N("e.x", I("e.x.p", elements={1: ["L1a"], 3: ["L3a"]})))))
    assert derive(gap.by_id["e.x.p"], {"L1a": True, "L3a": True}) == ("rated", 1)

    # §21: pooled_mean against mean on sub-domains of 1 and 3 indicators (levels 4; 1, 1, 1).
    def both(agg):
        f = Framework(fw(N("p", N("p.x", "p.x.p", w=5), N("p.y", "p.y.p", "p.y.q", "p.y.r"),
                           agg=agg)))
        return score(f, {"answers": {"p.x.p": {"level": 4, "evidence": "x"}, "p.y.p": 1,
                                     "p.y.q": 1, "p.y.r": 1}})
    pooled, mean = both("pooled_mean"), both("mean")
    assert close(pooled["overall"]["score"], (4 + 1 + 1 + 1) / 4)  # every indicator alike
    assert close(mean["overall"]["score"], (5 * 4 + 1 * 1) / 6)  # the sub-domains' weights
    assert [x["weight"] for x in pooled["domains"][0]["explanation"]] == [1, 3]
    assert close(by_id(pooled["indicators"], "p.x.p")["share"], 1 / 4)

    # §20: an outcome domain (weight 5) is left out of the overall score, counts and shares.
    r = score(Framework(fw(N("a", N("a.x", "a.x.p")), N("b", N("b.x", "b.x.p"), w=3),
                           N("o", N("o.x", "o.x.p"), w=5, outcome=True))),
              {"answers": {"a.x.p": 1, "b.x.p": 3, "o.x.p": 0}})
    assert close(r["overall"]["score"], (1 * 1 + 3 * 3) / 4) and r["overall"]["counts"]["total"] == 2
    assert close(find_node(r, "o")["score"], 0.0) and find_node(r, "o")["outcome"] is True
    assert [i["share"] for i in r["indicators"]] == [0.25, 0.75, 0.0]
    # 3 × 1/4 = 1 × 3/4: a tie, broken by id; o.x.p (share 0) last.
    assert [x["indicator"] for x in r["recommendations"]] == ["a.x.p", "b.x.p", "o.x.p"]

    # §19: a district does not rate a.x.q (national only); an answer to it is warned, not scored;
    # na on an indicator that applies is warned as na_applicable.
    f = Framework(fw(N("a", N("a.x", "a.x.p", I("a.x.q", applies_to=["national"]), "a.x.r"))))
    r = score(f, {"unit": {"kind": " DISTRICT"},
                  "answers": {"a.x.p": 3, "a.x.q": 0, "a.x.r": {"level": "na", "justification": "x"}}})
    assert close(r["overall"]["score"], 3.0)
    assert r["overall"]["counts"] == {"total": 2, "rated": 1, "na": 1, "unknown": 0, "missing": 0}
    assert by_id(r["indicators"], "a.x.q")["status"] == "does_not_apply"
    assert warning_list(r) == [("assessment.does_not_apply", "/answers/a.x.q"),
                               ("assessment.na_applicable", "/answers/a.x.r/level")]
    r = score(f, {"answers": {"a.x.p": 3, "a.x.q": 0, "a.x.r": 2}})  # no unit: all apply
    assert close(r["overall"]["score"], 5 / 3) and warning_list(r) == [("assessment.no_unit_kind", "")]

    # §23: unknown as 0 in a mean and a minimum; counts and coverage unchanged.
    f = Framework(fw(N("a", N("a.x", "a.x.p", I("a.x.q", w=3), "a.x.r")),
                     N("b", N("b.x", "b.x.p", "b.x.q", agg="minimum"))))
    doc = {"answers": {"a.x.p": 4, "a.x.q": "unknown", "a.x.r": 2, "b.x.p": 2, "b.x.q": "unknown"}}
    zero, default = score(f, doc, options={"unknown": "zero"}), score(f, doc)
    assert close(find_node(zero, "a")["score"], (4 + 3 * 0 + 2) / 5) and find_node(zero, "b")["score"] == 0
    assert close(find_node(default, "a")["score"], 3.0) and find_node(default, "b")["score"] == 2
    assert zero["overall"]["counts"] == default["overall"]["counts"]
    assert zero["overall"]["coverage"] == default["overall"]["coverage"] == 0.6
    assert zero["unknown_rule"] == "zero" and "unknown_rule" not in default


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def main():
    self_checks()
    scoring_cases()
    target_cases()
    warning_cases()
    error_cases()
    builtin_cases()
    builtin_1_0_0_cases()
    applicability_cases()
    elements_cases()
    outcome_cases()
    pooled_cases()
    unknown_rule_cases()
    calibration_cases()
    names = [(a, n) for a, n, _ in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    rendered = {}
    for area, name, doc in CASES:
        rendered[HERE / area / f"{name}.json"] = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        on_disk = {p for area in AREAS for p in (HERE / area).glob("*.json")}
        stale = sorted(
            str(p.relative_to(HERE))
            for p in on_disk | set(rendered)
            if p not in rendered or not p.exists() or p.read_text(encoding="utf-8") != rendered[p]
        )
        if stale:
            print("spec/vectors is out of date; run `python3 spec/vectors/generate.py`:", *stale, sep="\n  ")
            sys.exit(1)
        print(f"spec/vectors is up to date ({len(CASES)} cases)")
        return
    for area in AREAS:
        d = HERE / area
        d.mkdir(exist_ok=True)
        for old in d.glob("*.json"):
            old.unlink()
    for path, text in rendered.items():
        path.write_text(text, encoding="utf-8")
    per_area = {a: sum(1 for x, _, _ in CASES if x == a) for a in AREAS}
    print(f"wrote {len(CASES)} cases: " + ", ".join(f"{a} {n}" for a, n in per_area.items()))


if __name__ == "__main__":
    main()
