#!/usr/bin/env python3
"""Reference results of the analyses (spec/SCORING.md §15–18, §28), and generator of the shared
vectors under spec/vectors/analysis/<analysis>/<case>.json.

Independent of the library: it never calls it.

- `pool`, `compare`, `series` and `cohort` are written here from SCORING.md in plain Python,
  on top of the scoring reference of spec/vectors/generate.py (itself written from SCORING.md
  alone), which reads the assessments and scores the rounds.
- The statistics of `agreement` (and of `pool`'s agreement) and of `reliability` are the
  reference packages': Krippendorff's alpha from `krippendorff`, ICC(2,1)/ICC(2,k) and
  Cronbach's alpha from `pingouin`, correlations from `numpy`. Only what SCORING.md says around
  them (which units, which raters, when a statistic is undefined) is written here.
- `uncertainty` (§28) is written here on top of the scoring reference: bounds, and the exact
  distributions in rational arithmetic; its Monte Carlo cases use a plain-Python ChaCha8 written
  from the sources of rand_chacha 0.10 and rand_core (checked by `check_chacha`).
- `robustness` (§30) is the exception: its expectations are the core's, from the built command
  line (`lhs-maturity robustness --format json`: `$LHS_CLI`, else
  `${CARGO_TARGET_DIR:-target}/debug/lhs-maturity`; build it first with
  `cargo build -p lhs-maturity-cli`), and from the installed `lhs_maturity` package for the
  options the command has no flag for (`weights_model`). Two cases are checked here against
  numbers computed without the core: with nothing varied (every run the published scores, each
  domain left out scored by the scoring reference), and with the two domains' weights alone
  varied (each run's score from the Saltelli design's uniforms, `lhs_maturity.stats.sobol_sample`,
  itself checked against SALib by §29's tests).

The packages are in bindings-python/requirements-dev.txt, so run it with the project's virtual
environment, from the repository root:

    .venv/bin/python spec/vectors/analysis/generate.py           # rewrite the cases
    .venv/bin/python spec/vectors/analysis/generate.py --check   # compare only (CI)

Where SCORING.md is silent or ambiguous, the reading chosen here is marked "READING:" (and
§15–18 now say it; §28 does not yet).
"""

import copy
import importlib.util
import itertools
import json
import math
import os
import re
import subprocess
import tempfile
from fractions import Fraction
import sys
import warnings
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd
import pingouin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ANALYSES = ("pool", "agreement", "compare", "series", "cohort", "reliability", "uncertainty",
            "pool_bootstrap", "robustness")

_spec = importlib.util.spec_from_file_location("scoring_reference", HERE.parent / "generate.py")
G = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(G)
fw, N, I, F = G.fw, G.N, G.I, G.F  # noqa: E741

CASES = []  # (analysis, name, document)


class Failure(Exception):
    """An analysis that gives an error: kind and every (code, path)."""

    def __init__(self, kind, details):
        super().__init__(kind, details)
        self.kind = kind
        self.details = details


# ---------------------------------------------------------------------------------------------
# Reading inputs
# ---------------------------------------------------------------------------------------------


def framework_doc(spec):
    return G.builtin_doc(spec) if isinstance(spec, str) else spec


def read_valid(fwm, docs):
    """Every assessment read and checked against the framework; every error located at
    `/<index>` (kind `assessment`)."""
    parsed, errors = [], []
    for i, d in enumerate(docs):
        p, _, errs = G.read_document(d)
        if not errs:
            errs = G.check_against(fwm, p)
        errors += [(c, f"/{i}{path}") for c, path in errs]
        parsed.append(p)
    if errors:
        raise Failure("assessment", errors)
    return parsed


def reports_of(frameworks, docs, options):
    """Each assessment scored with its framework (the scoring reference)."""
    out = []
    for i, (f, d) in enumerate(zip(frameworks, docs)):
        try:
            out.append(G.score(G.Framework(framework_doc(f)), d, None, options))
        except G.AssessmentError as e:
            raise Failure("assessment", [(c, f"/{i}{p}") for c, p in e.details]) from None
    return out


def num(x):
    """A number as JSON writes it (None for no value; never NaN)."""
    if x is None:
        return None
    x = float(x)
    assert math.isfinite(x), x
    return x


# ---------------------------------------------------------------------------------------------
# Statistics (the reference packages; SCORING.md decides when a statistic is undefined)
# ---------------------------------------------------------------------------------------------


def linear_quantile(sorted_values, q):
    """§15, §17: linear interpolation between closest ranks (numpy's default)."""
    n = len(sorted_values)
    if n == 0:
        return None
    pos = q * (n - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def alpha_of(x, level):
    """§15: Krippendorff's alpha of raters × units (NaN = no rating) by the `krippendorff`
    package, and the number of units with two ratings or more. Undefined (None) when no unit has
    two ratings or every rating of those units is the same value (the package refuses the data,
    or gives NaN)."""
    units = int((np.sum(~np.isnan(x), axis=0) >= 2).sum()) if x.size else 0
    if units == 0:
        return None, 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = krippendorff.alpha(reliability_data=x, level_of_measurement=level)
    except ValueError:
        return None, units
    return (None if math.isnan(a) else float(a)), units


def icc_of(x):
    """§15: ICC(2,1) and ICC(2,k) by pingouin on the units every rater rated (listwise), and
    their number; undefined with fewer than two raters, fewer than two complete units, or no
    variance (pingouin gives NaN)."""
    raters = x.shape[0]
    complete = [u for u in range(x.shape[1]) if not np.isnan(x[:, u]).any()] if x.size else []
    if raters < 2 or len(complete) < 2:
        return None, None, len(complete)
    single, average = icc_formula(x[:, complete])
    if raters * len(complete) >= 5:  # pingouin refuses fewer than five values
        long = pd.DataFrame([(u, r, float(x[r, u])) for r in range(raters) for u in complete],
                            columns=["unit", "rater", "score"])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = pingouin.intraclass_corr(long, targets="unit", raters="rater", ratings="score",
                                           nan_policy="omit").set_index("Type")["ICC"]
        ref = [res["ICC(A,1)"] if "ICC(A,1)" in res else res["ICC2"],
               res["ICC(A,k)"] if "ICC(A,k)" in res else res["ICC2k"]]
        ref = [float(v) if math.isfinite(v) else None for v in ref]
        # The exact formula of §15 and pingouin agree wherever both are defined; where the
        # exact denominator is 0, pingouin's rounding noise is not a value.
        for mine, theirs in zip((single, average), ref):
            if mine is not None:
                assert theirs is not None and abs(mine - theirs) < 1e-9, (mine, theirs)
        single, average = (None if m is None else t for m, t in zip((single, average), ref))
    return single, average, len(complete)


def icc_formula(x):
    """§15's ICC(2,1) and ICC(2,k) of a complete raters × units matrix (Shrout & Fleiss 1979),
    in exact rational arithmetic (levels are whole numbers): for the small matrices pingouin
    refuses, and to decide exactly when a denominator is 0. READING: a statistic whose
    denominator is 0 in exact arithmetic is undefined, whatever rounding gives."""
    k, n = x.shape
    v = [[Fraction(int(x[r, u])) for u in range(n)] for r in range(k)]
    grand = sum(sum(row) for row in v) / (k * n)
    unit_means = [sum(v[r][u] for r in range(k)) / k for u in range(n)]
    rater_means = [sum(row) / n for row in v]
    ss_rows = k * sum((m - grand) ** 2 for m in unit_means)
    ss_cols = n * sum((m - grand) ** 2 for m in rater_means)
    ss_err = sum((v[r][u] - grand) ** 2 for r in range(k) for u in range(n)) - ss_rows - ss_cols
    msr, msc, mse = ss_rows / (n - 1), ss_cols / (k - 1), ss_err / ((n - 1) * (k - 1))
    d1 = msr + (k - 1) * mse + k * (msc - mse) / n
    dk = msr + (msc - mse) / n
    return (None if d1 == 0 else float((msr - mse) / d1),
            None if dk == 0 else float((msr - mse) / dk))


def cronbach_of(rows, k):
    """§18: Cronbach's alpha by pingouin on complete rows of k items; undefined for k < 2, fewer
    than two units, or a constant total."""
    if k < 2 or len(rows) < 2:
        return None
    totals = [sum(r) for r in rows]
    if len(set(totals)) == 1:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a, _ = pingouin.cronbach_alpha(pd.DataFrame(rows, dtype=float), nan_policy="listwise")
    return float(a) if math.isfinite(a) else None


def pearson_of(xs, ys):
    """§18: numpy's Pearson correlation; undefined with fewer than three units or no variance."""
    if len(xs) < 3 or len(set(xs)) == 1 or len(set(ys)) == 1:
        return None
    return float(np.corrcoef(np.array(xs, float), np.array(ys, float))[0, 1])


def est(value):
    """An estimate as the vectors compare it: its value only (the note is a message)."""
    return {"value": num(value)}


# ---------------------------------------------------------------------------------------------
# §15 pool and agreement
# ---------------------------------------------------------------------------------------------


def respondent_label(i, parsed):
    r = parsed["respondent"] or {}
    return r.get("id") or r.get("name") or f"respondent {i + 1}"


def rating(ind, parsed):
    """(status, level) of one respondent's answer (§1, §22), applicability aside."""
    st = G.State(ind, (parsed["answers"] or {}).get(ind.id), None, True, False)
    return st.status, st.level


def rating_value(status, level):
    return level if status == "rated" else (status if status in ("na", "unknown") else None)


def mismatches(parsed):
    """§15: every field of every later assessment that differs from the first one's, in input
    order then the order unit, period, framework id, framework version."""
    getters = [
        ("/unit/id", lambda p: (p["unit"] or {}).get("id")),
        ("/period", lambda p: p["period"]),
        ("/framework/id", lambda p: (p["framework"] or {}).get("id")),
        ("/framework/version", lambda p: (p["framework"] or {}).get("version")),
    ]
    return [("input.pool_mismatch", f"/{i}{path}")
            for i, p in enumerate(parsed) if i > 0
            for path, get in getters if get(p) != get(parsed[0])]


def pooled_level(method, levels):
    s = sorted(levels)
    if method == "median":
        return s[(len(s) - 1) // 2]  # the lower middle value
    if method == "mean":
        return math.floor(sum(s) / len(s) + 0.5)  # rounded half up
    counts = {lv: s.count(lv) for lv in s}
    best = max(counts.values())
    return min(lv for lv, c in counts.items() if c == best)  # ties: the lower level


def lower_median(values):
    s = sorted(values)
    return s[(len(s) - 1) // 2] if s else None


def agreement_of(fwm, matrix, applicable, n_raters):
    """§15: overall, then every domain (framework order), over the indicators that apply.
    READING: a domain's indicators are every indicator below it; the names are English."""
    def stats(scope, name, inds):
        x = np.array([[np.nan if row[i.id] is None else float(row[i.id]) for i in inds]
                      for row in matrix], dtype=float).reshape(len(matrix), len(inds))
        ordinal, units = alpha_of(x, "ordinal")
        interval, _ = alpha_of(x, "interval")
        single, average, complete = icc_of(x)
        return {"scope": scope, "name": name, "alpha_ordinal": est(ordinal),
                "alpha_interval": est(interval), "alpha_units": units, "icc2_1": est(single),
                "icc2_k": est(average), "icc_units": complete, "raters": n_raters}

    out = [stats("overall", "Overall", applicable)]
    ids = {i.id for i in applicable}
    for d in fwm.domains:
        out.append(stats(d.id, d.name, [i for i in d.all_indicators() if i.id in ids]))
    return out


def pool_oracle(framework, docs, options):
    fwm = G.Framework(framework_doc(framework))
    if not docs:
        raise Failure("input", [("input.empty", "")])
    parsed = read_valid(fwm, docs)
    if not options.get("allow_mismatch"):
        found = mismatches(parsed)
        if found:
            raise Failure("input", found)
    method = options.get("method", "median")
    consensus = options.get("consensus") or {}
    bad = [("input.unknown_indicator", G.pointer("consensus", cid))
           for cid in sorted(consensus) if cid not in fwm.by_id]
    if bad:
        raise Failure("input", bad)
    respondents = [respondent_label(i, p) for i, p in enumerate(parsed)]
    warns = []
    seen = set()
    for i, r in enumerate(respondents):
        if r in seen:
            warns.append(("input.duplicate_respondent", f"/{i}/respondent"))
        seen.add(r)
    # READING: the respondents rate one unit, and the first assessment's unit kind decides
    # which indicators apply (§19); the others are left out of the items, the pooled
    # assessment and the agreement.
    kind, _ = G.unit_kind(fwm, parsed[0]["unit"])
    applicable = [i for i in fwm.indicators if i.applies(kind)]
    matrix = [{} for _ in parsed]
    items, answers = [], {}
    for ind in applicable:
        given = [rating(ind, p) for p in parsed]
        for row, (status, level) in zip(matrix, given):
            row[ind.id] = level if status == "rated" else None
        levels = [lv for s, lv in given if s == "rated"]
        na = sum(1 for s, _ in given if s == "na")
        unknown = sum(1 for s, _ in given if s == "unknown")
        missing = len(given) - len(levels) - na - unknown
        answered = len(levels) + na + unknown
        agreed = consensus.get(ind.id)
        if answered == 0 and agreed is None:
            continue
        if agreed is not None:
            pooled = agreed["level"]
        elif 2 * na > answered:
            pooled = "na"
        elif levels:
            pooled = pooled_level(method, levels)
        elif unknown:
            pooled = "unknown"
        else:
            pooled = None
        s = sorted(float(x) for x in levels)
        q1, q3 = linear_quantile(s, 0.25), linear_quantile(s, 0.75)
        ratings = [{"respondent": r, "value": rating_value(st, lv)}
                   for r, (st, lv) in zip(respondents, given)]
        items.append({
            "id": ind.id, "pooled": pooled, "mean": num(sum(s) / len(s)) if s else None,
            "n_raters": len(levels), "n_na": na, "n_unknown": unknown, "n_missing": missing,
            "min": min(levels) if levels else None, "max": max(levels) if levels else None,
            "range": max(levels) - min(levels) if levels else None,
            "iqr": num(q3 - q1) if s else None, "ratings": ratings,
            "consensus": agreed,
        })
        # The pooled answer: every respondent's evidence and justification prefixed with the
        # respondent (blank ones left out), the lower median of the targets given.
        answer = {"level": pooled}
        for field in ("evidence", "justification"):
            parts = [f"{r}: {getattr(a, field)}"
                     for r, p in zip(respondents, parsed)
                     for a in [(p["answers"] or {}).get(ind.id)]
                     if a is not None and getattr(a, field) is not None
                     and getattr(a, field).strip()]
            if parts:
                answer[field] = "; ".join(parts)
        targets = [a.target for p in parsed for a in [(p["answers"] or {}).get(ind.id)]
                   if a is not None and a.target is not None]
        if targets:
            answer["target"] = lower_median(targets)
        # READING: an answer with nothing but its level is written as the level (the shorthand
        # of an assessment).
        answers[ind.id] = pooled if len(answer) == 1 else answer
    agenda = sorted(
        ({"id": it["id"], "name": fwm.by_id[it["id"]].name, "range": it["range"],
          "iqr": it["iqr"], "ratings": it["ratings"]}
         for it in items if it["n_raters"] >= 2 and it["range"] > 0),
        key=lambda a: (-a["range"], -a["iqr"], a["id"]))
    targets = [p["default_target"] for p in parsed]
    assessment = {
        "respondent": {"id": "pooled", "name": f"{len(docs)} respondents pooled ({method})"},
        "answers": answers,
        "pooling": {"method": method, "respondents": respondents, "consensus": consensus},
    }
    if targets[0] is not None and all(t == targets[0] for t in targets):
        assessment["default_target"] = targets[0]
    elif any(t is not None for t in targets):
        warns.append(("input.default_targets_differ", "/"))
    for key in ("unit", "period"):
        if parsed[0][key] is not None:
            assessment[key] = parsed[0][key]
    return {
        "assessment": assessment,
        "method": method,
        "respondents": respondents,
        "items": items,
        "agenda": agenda,
        "agreement": agreement_of(fwm, matrix, applicable, len(parsed)),
        "warnings": [{"severity": "warning", "code": c, "path": p} for c, p in warns],
    }


def agreement_oracle(framework, docs, options):
    """§15: `agreement` is pool's agreement with mismatches allowed."""
    assert not options, options
    return pool_oracle(framework, docs, {"allow_mismatch": True})["agreement"]


# ---------------------------------------------------------------------------------------------
# §16 compare and series
# ---------------------------------------------------------------------------------------------


def flat_nodes(nodes):
    out = []
    for n in nodes:
        out.append(n)
        out.extend(flat_nodes(n["children"]))
    return out


def level_of(top, score):
    return None if score is None else max(L for L in range(top + 1) if score >= L - G.LEVEL_EPSILON)


def compare_oracle(frameworks, docs, options):
    assert len(docs) == 2
    before, after = reports_of(frameworks, docs, options.get("score") or {})
    fb, fa = (G.Framework(framework_doc(f)) for f in frameworks)
    ids_b = [i["id"] for i in before["indicators"]]
    ids_a = [i["id"] for i in after["indicators"]]
    shared = set(ids_b) & set(ids_a)
    same = (fb.id, fb.version) == (fa.id, fa.version)
    restricted = not same or set(ids_a) != set(ids_b)

    def scores(f, fwm, doc, report):
        if not restricted:
            return ({n["id"]: n["score"] for n in flat_nodes(report["domains"])},
                    report["overall"]["score"])
        # §16: recomputed with §3–4 (and §19–23) on the comparable indicators only, the others
        # treated as excluded. READING: "excluded" = as if unanswered, so this is the reference
        # scoring of the assessment without the answers to the other indicators.
        kept = dict(doc)
        kept["answers"] = {k: v for k, v in doc["answers"].items() if k in shared}
        r = G.score(fwm, kept, None, options.get("score") or {})
        return {n["id"]: n["score"] for n in flat_nodes(r["domains"])}, r["overall"]["score"]

    nodes_b, overall_b = scores(frameworks[0], fb, docs[0], before)
    nodes_a, overall_a = scores(frameworks[1], fa, docs[1], after)

    def change(nid, name, b, a):
        bl, al = level_of(fb.top, b), level_of(fa.top, a)
        return {"id": nid, "name": name, "before": num(b), "after": num(a),
                "change": num(a - b) if a is not None and b is not None else None,
                "before_level": bl, "after_level": al,
                "level_change": al - bl if al is not None and bl is not None else None}

    nodes = [change(n["id"], n["name"], nodes_b[n["id"]], nodes_a[n["id"]])
             for n in flat_nodes(after["domains"]) if n["id"] in nodes_b]
    by_b = {i["id"]: i for i in before["indicators"]}
    improved, regressed, unchanged, indicators = [], [], [], []
    gained = needed = 0
    any_progress = False
    for a in after["indicators"]:
        if a["id"] not in shared:
            continue
        b = by_b[a["id"]]
        delta = a["level"] - b["level"] if a["level"] is not None and b["level"] is not None else None
        if delta is not None:
            (improved if delta > 0 else regressed if delta < 0 else unchanged).append(a["id"])
        target = a["target"] if a["target"] is not None else b["target"]
        progress = None
        if delta is not None and target is not None and target > b["level"]:
            any_progress = True
            gained += delta
            needed += target - b["level"]
            progress = delta / (target - b["level"])
        indicators.append({
            "id": a["id"], "name": a["name"], "before_status": b["status"],
            "after_status": a["status"], "before_level": b["level"], "after_level": a["level"],
            "change": delta, "target": target, "progress_to_target": num(progress)})
    return {
        "before_framework": f"{fb.id} {fb.version}", "after_framework": f"{fa.id} {fa.version}",
        "before_period": before["period"], "after_period": after["period"],
        "restricted": restricted, "comparable": len(shared),
        "only_before": [i for i in ids_b if i not in shared],
        "only_after": [i for i in ids_a if i not in shared],
        "overall": change("overall", "Overall", overall_b, overall_a),
        "nodes": nodes, "indicators": indicators,
        "improved": improved, "regressed": regressed, "unchanged": unchanged,
        "progress_to_target": num(gained / needed) if any_progress and needed > 0 else None,
    }


def unit_name(report):
    u = report["unit"] or {}
    return u.get("id") or u.get("name")


def series_oracle(frameworks, docs, options):
    reports = reports_of(frameworks, docs, options.get("score") or {})
    unit = unit_name(reports[0]) if reports else None
    errors, periods = [], set()
    for i, r in enumerate(reports):
        if unit_name(r) != unit:
            errors.append(("input.series_mismatch", f"/{i}/unit"))
        # READING: two reports without a period are two reports of one period.
        if r["period"] in periods:
            errors.append(("input.duplicate_period", f"/{i}/period"))
        periods.add(r["period"])
    if errors:
        raise Failure("input", errors)
    rows = [{"period": r["period"], "overall": num(r["overall"]["score"]),
             "level": r["overall"]["level"], "coverage": num(r["overall"]["coverage"]),
             "domains": [{"id": d["id"], "score": num(d["score"])} for d in r["domains"]]}
            for r in reports]
    # READING: a report without a period sorts before every period.
    rows.sort(key=lambda r: (r["period"] is not None, r["period"] or ""))
    return {"unit": unit, "rows": rows}


# ---------------------------------------------------------------------------------------------
# §17 cohort, §18 reliability
# ---------------------------------------------------------------------------------------------


def one_framework(reports):
    first = reports[0]["framework"]
    bad = [("input.framework_mismatch", f"/{i}/framework") for i, r in enumerate(reports)
           if (r["framework"]["id"], r["framework"]["version"]) != (first["id"], first["version"])]
    if bad:
        raise Failure("input", bad)


def measures_of(report):
    """§17: overall, every domain and sub-domain (depth first, framework order), every facet
    value (`<facet>=<value>`, framework order)."""
    out = [("overall", report["overall"]["score"])]
    out += [(n["id"], n["score"]) for n in flat_nodes(report["domains"])]
    out += [(f"{f['id']}={v['id']}", v["score"]) for f in report["facets"] for v in f["values"]]
    return out


def group_label(report, key):
    """READING: `kind`, `id`, `name` or any other field of `unit`, as written (a value that is
    not text as its JSON text); `(none)` without it."""
    v = (report["unit"] or {}).get(key)
    if v is None:
        return "(none)"
    return v if isinstance(v, str) else json.dumps(v, separators=(",", ":"))


def percentile_rank(values, x):
    below = sum(1 for v in values if v < x)
    equal = sum(1 for v in values if v == x)
    return 100.0 * (below + (equal + 1) / 2) / len(values)


def cohort_oracle(frameworks, docs, options):
    if not docs:
        raise Failure("input", [("input.empty_cohort", "")])
    reports = reports_of(frameworks, docs, options.get("score") or {})
    one_framework(reports)
    group_by = options.get("group_by")
    min_group = options.get("min_group", 5)
    all_measures = [dict(measures_of(r)) for r in reports]
    ids = [m for m, _ in measures_of(reports[0])]
    keys = [group_label(r, group_by) if group_by else "all" for r in reports]

    def group(key):
        members = [i for i in range(len(reports)) if key is None or keys[i] == key]
        suppressed = len(members) < min_group
        measures = []
        for m in ids:
            vals = sorted(float(all_measures[i][m]) for i in members
                          if all_measures[i].get(m) is not None)
            n = len(vals)
            mean = sum(vals) / n if n else None
            stats = {
                "mean": mean,
                "sd": math.sqrt(sum((v - mean) ** 2 for v in vals) / (n - 1)) if n >= 2 else None,
                "min": vals[0] if n else None,
                "q1": linear_quantile(vals, 0.25),
                "median": linear_quantile(vals, 0.5),
                "q3": linear_quantile(vals, 0.75),
                "max": vals[-1] if n else None,
            }
            # READING: a suppressed group keeps its `units` and each measure's `count`; only
            # the statistics are null.
            measures.append({"id": m, "count": n,
                             **{k: None if suppressed else num(v) for k, v in stats.items()}})
        return {"key": key or "all", "units": len(members), "suppressed": suppressed,
                "measures": measures}

    groups = [group(None)]
    members_of = [list(range(len(reports)))]
    if group_by:
        # READING: groups in code-point order of their keys.
        groups += [group(k) for k in sorted(set(keys))]
        members_of += [[i for i in range(len(reports)) if keys[i] == k] for k in sorted(set(keys))]
    if options.get("sample"):
        sample_intervals(groups, members_of, all_measures, ids, options)
    units = []
    if options.get("ranks"):
        for i, r in enumerate(reports):
            peers = [j for j in range(len(reports)) if keys[j] == keys[i]]
            ranks = []
            for m in ids:
                own = all_measures[i].get(m)
                vals = [all_measures[j][m] for j in peers if all_measures[j].get(m) is not None]
                ranks.append({"id": m, "rank": None if own is None else percentile_rank(vals, own)})
            units.append({"index": i, "unit": unit_name(r), "period": r["period"],
                          "group": keys[i], "ranks": ranks})
    out = {"group_by": group_by, "min_group": min_group, "groups": groups, "units": units}
    if options.get("sample"):
        out.update({"sample": True, "resamples": options.get("resamples", 1000),
                    "seed": options.get("seed", 2021)})
    return out


def reliability_oracle(frameworks, docs, options):
    if not docs:
        raise Failure("input", [("input.empty_cohort", "")])
    reports = reports_of(frameworks, docs, options.get("score") or {})
    one_framework(reports)
    fwm = G.Framework(framework_doc(frameworks[0]))
    level = [{i["id"]: i["level"] for i in r["indicators"]} for r in reports]
    applies = {i.id for i in fwm.indicators
               if any(x["status"] != "does_not_apply"
                      for r in reports for x in r["indicators"] if x["id"] == i.id)}

    def walk(nodes):
        for n in nodes:
            yield n
            yield from walk(n.children)

    nodes = []
    for node in walk(fwm.domains):
        # §18: the node's items are the indicators below it (at any depth) that apply to at
        # least one unit; the units used rated every one of them (listwise deletion).
        items = [i.id for i in node.all_indicators() if i.id in applies]
        rows = [[float(lv[i]) for i in items] for lv in level if all(lv[i] is not None for i in items)]
        k = len(items)
        item_stats = []
        for j, iid in enumerate(items):
            rest = [[v for c, v in enumerate(r) if c != j] for r in rows]
            item_stats.append({
                "id": iid,
                "alpha_if_deleted": est(cronbach_of(rest, k - 1)),
                "item_total_correlation": est(pearson_of([r[j] for r in rows],
                                                         [sum(x) for x in rest])),
            })
        nodes.append({"id": node.id, "items": k, "units_used": len(rows),
                      "alpha": est(cronbach_of(rows, k)), "item_stats": item_stats})
    indicators = []
    for ind in fwm.indicators:
        levels = [lv[ind.id] for lv in level if lv[ind.id] is not None]
        n = len(levels)
        indicators.append({"id": ind.id, "rated": n,
                           "floor": num(levels.count(0) / n) if n else None,
                           "ceiling": num(levels.count(fwm.top) / n) if n else None})
    return {"units": len(reports), "nodes": nodes, "indicators": indicators}


# ---------------------------------------------------------------------------------------------
# §28 uncertainty of one assessment
# ---------------------------------------------------------------------------------------------

# §28: the rating model's defaults, by confidence (no confidence: as medium).
DEFAULT_MODEL = {"high": (0.9, 0.05), "medium": (0.7, 0.15), "low": (0.5, 0.25),
                 "unstated": (0.7, 0.15)}
DEFAULT_DRAWS, DEFAULT_SEED, DEFAULT_MAX_EXACT = 10_000, 2021, 10  # §28
MAX_SEED = 2 ** 53 - 1  # the options schema: a seed every surface holds exactly
UNCERTAINTY_OPTIONS = ("draws", "seed", "max_exact", "model", "unknown")
QUANTILES = (Fraction(5, 100), Fraction(95, 100))  # the central 90% interval


def pcg32(state):
    """rand_core 0.10's `pcg32` (seedable_rng.rs): advance the 64-bit state, then the PCG output
    function (xorshift high, random rotation)."""
    state = (state * 0x5851F42D4C957F2D + 0xA17654E46FBE17F3) % 2 ** 64
    xorshifted = (((state >> 18) ^ state) >> 27) % 2 ** 32
    rot = state >> 59
    return state, ((xorshifted >> rot) | (xorshifted << ((32 - rot) % 32))) % 2 ** 32


def chacha_block(key, counter, stream, double_rounds):
    """One ChaCha block (Bernstein's layout, as rand_chacha 0.10 builds it): the constants, the
    eight key words, the 64-bit block counter (low word first), the 64-bit stream as the nonce;
    `double_rounds` column + diagonal rounds; the input added back. Sixteen 32-bit words."""
    def rotl(v, n):
        return ((v << n) | (v >> (32 - n))) % 2 ** 32

    s = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574, *key,
         counter % 2 ** 32, counter >> 32, stream % 2 ** 32, stream >> 32]
    x = list(s)

    def quarter(a, b, c, d):
        x[a] = (x[a] + x[b]) % 2 ** 32
        x[d] = rotl(x[d] ^ x[a], 16)
        x[c] = (x[c] + x[d]) % 2 ** 32
        x[b] = rotl(x[b] ^ x[c], 12)
        x[a] = (x[a] + x[b]) % 2 ** 32
        x[d] = rotl(x[d] ^ x[a], 8)
        x[c] = (x[c] + x[d]) % 2 ** 32
        x[b] = rotl(x[b] ^ x[c], 7)

    for _ in range(double_rounds):
        quarter(0, 4, 8, 12), quarter(1, 5, 9, 13), quarter(2, 6, 10, 14), quarter(3, 7, 11, 15)
        quarter(0, 5, 10, 15), quarter(1, 6, 11, 12), quarter(2, 7, 8, 13), quarter(3, 4, 9, 14)
    return [(a + b) % 2 ** 32 for a, b in zip(x, s)]


class ChaCha8:
    """rand_chacha 0.10's `ChaCha8Rng::seed_from_u64(seed)` followed by `set_stream(stream)`,
    written from the crates' sources: `seed_from_u64` (rand_core) fills the 32-byte key with
    eight PCG32 outputs, each written little-endian; `from_seed` reads the key as little-endian
    words, with block counter and stream 0; `set_stream` on a fresh generator sets the nonce
    words. Words come out in block order (the counter counts blocks from 0), and `next_u64`
    (rand_core's BlockRng) is two consecutive words, the first the low half."""

    def __init__(self, seed, stream):
        state, self.key = seed, []
        for _ in range(8):
            state, word = pcg32(state)
            self.key.append(word)
        self.stream, self.counter, self.words = stream, 0, []

    def next_u32(self):
        if not self.words:
            self.words = chacha_block(self.key, self.counter, self.stream, 4)  # 8 rounds
            self.counter += 1
        return self.words.pop(0)

    def next_u64(self):
        low = self.next_u32()
        return low | (self.next_u32() << 32)

    def uniform(self):
        """§28: the 64-bit output shifted right by 11 bits, times 2⁻⁵³ (exactly, as a fraction)."""
        return Fraction(self.next_u64() >> 11, 2 ** 53)


def check_chacha():
    """The block function against the published ChaCha20 keystream of the all-zero key, nonce
    and counter (RFC 8439 A.1, test vector 1), and the generator against three outputs of
    rand_chacha 0.10.0's `ChaCha8Rng` (`seed_from_u64`, `set_stream`, `next_u64`), recorded once
    from the crate itself."""
    words = chacha_block([0] * 8, 0, 0, 10)
    assert b"".join(w.to_bytes(4, "little") for w in words[:4]).hex() == \
        "76b8e0ada0f13d90405d6ae55386bd28"
    r = ChaCha8(2021, 0)
    assert [r.next_u64(), r.next_u64()] == [12858415790885592889, 7559389136036878540]
    assert ChaCha8(7, 199).next_u64() == 5264073397907020008


def exact(x):
    """A chance given as a JSON number, as the decimal it is written as."""
    return Fraction(repr(float(x)))


def uncertainty_options(options):
    """The options object (`spec/schema/uncertainty-options.schema.json`): (draws, seed,
    max_exact, model, unknown rule), or Failure("input") with every problem. READING: reading
    problems (an unknown option, a value of the wrong kind) are reported alone, in the order of
    the options object; only options that read well are checked for sense, then: the model's
    spreads in the order high, medium, low, unstated (path `/model/<confidence>`), then `draws`."""
    problems = []
    for key, v in options.items():
        if key not in UNCERTAINTY_OPTIONS:
            problems.append(("input.unknown_option", f"/{key}"))
        elif key in ("draws", "max_exact") and not (G.is_whole(v) and 0 <= v < 2 ** 32):
            problems.append(("input.invalid_option", f"/{key}"))
        elif key == "seed" and not (G.is_whole(v) and 0 <= v <= MAX_SEED):
            problems.append(("input.invalid_option", "/seed"))
        elif key == "model" and not (
                isinstance(v, dict) and set(v) <= set(DEFAULT_MODEL)
                and all(isinstance(s, dict) and set(s) == {"same", "next"}
                        and all(isinstance(p, (int, float)) and not isinstance(p, bool)
                                for p in s.values()) for s in v.values())):
            problems.append(("input.invalid_uncertainty_option", "/model"))
        elif key == "unknown" and v not in G.UNKNOWN_RULES:
            problems.append(("input.invalid_option", "/unknown"))
    if problems:
        raise Failure("input", problems)
    model = dict(DEFAULT_MODEL)
    model.update({k: (s["same"], s["next"]) for k, s in (options.get("model") or {}).items()})
    for name in DEFAULT_MODEL:
        same, nxt = model[name]
        # READING: the chances add up to 1 within 10⁻⁹ (§13's tolerance), as numbers are given.
        if not (0 <= same <= 1 and 0 <= nxt <= 0.5 and abs(same + 2 * nxt - 1) < 1e-9):
            problems.append(("input.invalid_uncertainty_option", f"/model/{name}"))
    draws = options.get("draws", DEFAULT_DRAWS)
    if draws == 0:
        problems.append(("input.invalid_uncertainty_option", "/draws"))
    if problems:
        raise Failure("input", problems)
    return (int(draws), int(options.get("seed", DEFAULT_SEED)),
            int(options.get("max_exact", DEFAULT_MAX_EXACT)), model,
            options.get("unknown", "exclude"))


def outcomes_of(level, top, spread):
    """§28: a rated answer's possible true levels, lowest first, with their chances: its level
    with `same`, each level next to it with `next`; mass that would fall off the scale stays on
    the level given. READING: a level of chance 0 is no possible level (an answer whose spread
    has `next` 0 is certain, and is no uncertain answer)."""
    same, nxt = (exact(p) for p in spread)
    out = {level: same}
    for other in (level - 1, level + 1):
        if 0 <= other <= top:
            out[other] = nxt
        else:
            out[level] += nxt
    return [(lv, p) for lv, p in sorted(out.items()) if p > 0]


def outcome_at(outcomes, u):
    """§28: the level where the cumulative probability, summed from the lowest level, first
    exceeds u."""
    total = 0
    for level, p in outcomes:
        total += p
        if u < total:
            return level
    return outcomes[-1][0]


def scores_of(fwm, doc, rule, levels):
    """Every node's score with the answers of `levels` (indicator id → level) in place of the
    document's: (id, score, level) for overall, then every domain and sub-domain. READING: the
    nodes in the order of §17's measures (depth first, framework order)."""
    changed = dict(doc)
    changed["answers"] = {**(doc.get("answers") or {}), **levels}
    r = G.score(fwm, changed, None, {"unknown": rule})
    nodes = [("overall", r["overall"]["score"])] + [(n["id"], n["score"])
                                                    for n in flat_nodes(r["domains"])]
    return [(nid, s, fwm.level_of(s)) for nid, s in nodes]


def spread_of(rows, top, drawn):
    """§28: a node's distribution from weighted rows (score, level, chance): the mean, the 5%
    and 95% quantiles by the inverted distribution function (the lowest score whose cumulative
    probability reaches the quantile), P(level ≥ k) for k = 0 … M; all null (an empty list) for
    a node without a score. The standard error of the mean for Monte Carlo only. READING: it is
    the standard deviation of the drawn scores (dividing by the number of draws, as every other
    figure of the draws weighs each draw 1/d) over √d."""
    rows = [r for r in rows if r[0] is not None]
    if not rows:
        return {"mean": None, "interval": None, "p_level_at_least": [], "std_error": None}
    total = sum(p for _, _, p in rows)
    mean = sum(p * Fraction(s) for s, _, p in rows) / total
    ordered = sorted(rows, key=lambda r: r[0])

    def quantile(q):
        cum = 0
        for s, _, p in ordered:
            cum += p
            if cum >= q * total:
                return s
        return ordered[-1][0]

    out = {
        "mean": num(mean),
        "interval": [num(quantile(q)) for q in QUANTILES],
        "p_level_at_least": [num(sum(p for _, lv, p in rows if lv >= k) / total)
                             for k in range(top + 1)],
        "std_error": None,
    }
    if drawn:
        var = sum(p * (Fraction(s) - mean) ** 2 for s, _, p in rows) / total
        out["std_error"] = num(math.sqrt(var / len(rows)))
    return out


def uncertainty_oracle(framework, doc, options):
    """§28 from the scoring reference: the nominal scores, the bounds, and both distributions
    (exact or Monte Carlo) of every node (overall, then every domain and sub-domain)."""
    fwm = G.Framework(framework_doc(framework))
    draws, seed, max_exact, model, rule = uncertainty_options(options)
    try:
        report = G.score(fwm, doc, None, {"unknown": rule})
    except G.AssessmentError as e:
        raise Failure("assessment", e.details) from None
    top = fwm.top
    status = {i["id"]: i for i in report["indicators"]}
    nominal = scores_of(fwm, doc, rule, {})
    # Bounds: every unknown and missing answer at the lowest level, then at the highest; `na`
    # and indicators that do not apply (their status in the report) stay out.
    open_ids = [i.id for i in fwm.indicators if status[i.id]["status"] in ("unknown", "missing")]
    low = scores_of(fwm, doc, rule, {i: 0 for i in open_ids})
    high = scores_of(fwm, doc, rule, {i: top for i in open_ids})
    # The rated answers (framework order) whose true level is uncertain under the model.
    answers = []
    for i in fwm.indicators:
        x = status[i.id]
        if x["status"] == "rated":
            o = outcomes_of(x["level"], top, model[x["confidence"] or "unstated"])
            if len(o) > 1:
                answers.append((i.id, o))
    exact_method = len(answers) <= max_exact
    if exact_method:
        # Independent errors: every combination, with the product of its chances.
        independent = []
        for combo in itertools.product(*(o for _, o in answers)):
            p = math.prod((c for _, c in combo), start=Fraction(1))
            independent.append(({iid: lv for (iid, _), (lv, _) in zip(answers, combo)}, p))
        # Correlated errors: one uniform u for every answer; each answer's level changes only
        # where u crosses one of its cumulative probabilities, so the intervals between all of
        # them, with their lengths, are the exact distribution (the level at any u inside).
        cuts = sorted({Fraction(0), Fraction(1)} | {
            c for _, o in answers for c in itertools.accumulate(p for _, p in o) if 0 < c < 1})
        correlated = [({iid: outcome_at(o, (a + b) / 2) for iid, o in answers}, b - a)
                      for a, b in zip(cuts, cuts[1:])]
        # READING: `draws` of an exact result is the number of combinations of the independent
        # case (the product of the answers' numbers of possible levels; 1 without any).
        count = len(independent)
    else:
        # Monte Carlo: draw d uses stream d of the seeded ChaCha8; one uniform per uncertain
        # answer in framework order, the first shared by every answer for correlated errors.
        independent, correlated = [], []
        for d in range(draws):
            rng = ChaCha8(seed, d)
            us = [rng.uniform() for _ in answers]
            independent.append(({iid: outcome_at(o, u) for (iid, o), u in zip(answers, us)}, 1))
            correlated.append(({iid: outcome_at(o, us[0]) for iid, o in answers}, 1))
        count = draws
    cache = {}

    def rows(sample):
        out = []
        for levels, p in sample:
            key = tuple(sorted(levels.items()))
            if key not in cache:
                cache[key] = scores_of(fwm, doc, rule, levels)
            out.append((cache[key], p))
        return out

    ind_rows, cor_rows = rows(independent), rows(correlated)
    nodes = []
    for k, (nid, score_, level) in enumerate(nominal):
        lo, hi = low[k], high[k]
        nodes.append({
            "id": nid, "score": num(score_), "level": level,
            "bounds": {"low": num(lo[1]), "high": num(hi[1]), "level_low": lo[2],
                       "level_high": hi[2],
                       # READING: a node without a score at either bound (every indicator `na`
                       # or not applying) is settled: its level (none) is the same.
                       "settled": lo[2] == hi[2]},
            "independent": spread_of([(r[k][1], r[k][2], p) for r, p in ind_rows], top,
                                     not exact_method),
            "correlated": spread_of([(r[k][1], r[k][2], p) for r, p in cor_rows], top,
                                    not exact_method),
        })
    out = {
        "framework": {"id": fwm.id, "version": fwm.version},
        "method": "exact" if exact_method else "monte_carlo",
        "draws": count,
        "seed": None if exact_method else seed,
        "uncertain_answers": len(answers),
        "model": {k: {"same": s, "next": n} for k, (s, n) in model.items()},
    }
    if rule == "zero":
        out["unknown_rule"] = "zero"  # §23: recorded only when it is not the default
    out["nodes"] = nodes
    return out


# ---------------------------------------------------------------------------------------------
# §31: bootstrap of a pooled assessment and of a sample's cohort group means
# ---------------------------------------------------------------------------------------------

BOOTSTRAP_MIN_RESPONDENTS = 8
BOOTSTRAP_MIN_GROUP = 10


def below(rng, n):
    """§31: a draw among n, ⌊u · n / 2⁶⁴⌋ for the next 64-bit output u."""
    return (rng.next_u64() * n) >> 64


def percentile_interval(values, level):
    """§31: the (1 − level)/2 and (1 + level)/2 quantiles, linear between order statistics."""
    s = sorted(values)
    if not s:
        return None
    return [num(linear_quantile(s, (1 - level) / 2)), num(linear_quantile(s, (1 + level) / 2))]


def pool_bootstrap_oracle(framework, docs, options):
    """§31 on §15's pool oracle and the scoring reference: every resample (or left-out pool)
    pooled by `pool_oracle` and scored by `G.score`."""
    fwm = G.Framework(framework_doc(framework))
    resamples = options.get("resamples", 1000)
    seed = options.get("seed", 2021)
    level = options.get("level", 0.9)
    pool_options = options.get("pool") or {}
    bad = []
    if resamples == 0:
        bad.append(("input.invalid_bootstrap_option", "/resamples"))
    if not 0 < level < 1:
        bad.append(("input.invalid_bootstrap_option", "/level"))
    if bad:
        raise Failure("input", bad)
    everyone = pool_oracle(framework, docs, pool_options)
    nominal = scores_of(fwm, everyone["assessment"], "exclude", {})
    n = len(docs)
    cache = {}

    def scored(picked):
        """The scores of the pool of the respondents picked (indices; the order does not change
        a pooled level); None for each node when no one is picked."""
        key = tuple(sorted(picked))
        if key not in cache:
            if not key:
                cache[key] = [(nid, None, None) for nid, _, _ in nominal]
            else:
                chosen = [docs[i] for i in key]
                pooled = pool_oracle(framework, chosen, {**pool_options, "allow_mismatch": True})
                cache[key] = scores_of(fwm, pooled["assessment"], "exclude", {})
        return cache[key]

    boot = n >= BOOTSTRAP_MIN_RESPONDENTS
    if boot:
        rows = []
        for b in range(resamples):
            rng = ChaCha8(seed, b)
            rows.append(scored([below(rng, n) for _ in range(n)]))
    else:
        rows = [scored([j for j in range(n) if j != i]) for i in range(n)]
    nodes = []
    for k, (nid, score, lv) in enumerate(nominal):
        got = [r[k] for r in rows]
        values = [s for _, s, _ in got if s is not None]
        node = {"id": nid, "score": num(score), "level": lv, "interval": None,
                "keeps_level": None, "no_score": len(got) - len(values), "range": None,
                "left_out": []}
        if boot:
            node["interval"] = percentile_interval(values, level)
            if lv is not None:
                node["keeps_level"] = num(sum(1 for _, _, x in got if x == lv) / resamples)
        else:
            node["range"] = [num(min(values)), num(max(values))] if values else None
            node["left_out"] = [{"respondent": who, "score": num(s), "level": x}
                                for who, (_, s, x) in zip(everyone["respondents"], got)]
        nodes.append(node)
    # The reason is a message: never compared.
    return {
        "method": "bootstrap" if boot else "leave_one_out",
        "respondents": everyone["respondents"],
        "resamples": resamples if boot else 0,
        "seed": seed if boot else None,
        "level": level,
        "nodes": nodes,
    }


def sample_intervals(groups, members_of, all_measures, ids, options):
    """§31: the bootstrap intervals of a sample's group means (groups of 10 units or more)."""
    resamples = options.get("resamples", 1000)
    seed = options.get("seed", 2021)
    for g, group in enumerate(groups):
        members = members_of[g]
        n = len(members)
        if group["suppressed"]:
            continue
        if n < BOOTSTRAP_MIN_GROUP:
            for m in group["measures"]:
                m["mean_interval"] = None
            continue
        picks = []
        for b in range(resamples):
            rng = ChaCha8(seed, (g << 32) | b)
            picks.append([members[below(rng, n)] for _ in range(n)])
        for m, mid in zip(group["measures"], ids):
            means = []
            for pick in picks:
                drawn = [float(all_measures[i][mid]) for i in pick
                         if all_measures[i].get(mid) is not None]
                if drawn:
                    means.append(sum(drawn) / len(drawn))
            m["mean_interval"] = percentile_interval(means, 0.9)


ORACLES = {"pool": pool_oracle, "agreement": agreement_oracle,
           "pool_bootstrap": pool_bootstrap_oracle}
REPORT_ORACLES = {"compare": compare_oracle, "series": series_oracle, "cohort": cohort_oracle,
                  "reliability": reliability_oracle}


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------


def record(analysis, name, doc, compute, *, key="result", error=None, check=None,
           tolerance=1e-9):
    """Adds one case: `doc` with `expect.<key>` (the result of `compute()`) or `expect.error`
    (the `Failure` it raises, whose codes must include `error`); `check` asserts on a result."""
    try:
        result = compute()
    except Failure as e:
        assert error is not None, (name, e.details)
        assert error in [c for c, _ in e.details], (name, error, e.details)
        doc["expect"] = {"error": {
            "kind": e.kind, "code": e.details[0][0], "path": e.details[0][1],
            "details": [{"code": c, "path": p} for c, p in e.details]}}
    else:
        assert error is None, (name, "expected the error", error)
        if check is not None:
            check(result)
        doc["expect"] = {key: result}
    doc["tolerance"] = tolerance
    CASES.append((analysis, name, doc))


def case(analysis, name, description, framework, inputs, *, options=None, input_frameworks=None,
         error=None, check=None):
    """One case: `inputs` are assessment documents (scored first for the analyses of reports);
    `input_frameworks` gives each input its own framework (compare and cohort across
    frameworks); `error` is the code the case is about."""
    assert analysis in ANALYSES
    options = options or {}
    doc = {"description": description, "analysis": analysis, "framework": framework}
    if input_frameworks is not None:
        assert analysis in REPORT_ORACLES and len(input_frameworks) == len(inputs)
        doc["input_frameworks"] = input_frameworks
    doc["inputs"] = inputs
    if options:
        doc["options"] = options

    def compute():
        if analysis in ORACLES:
            return ORACLES[analysis](framework, inputs, options)
        frameworks = input_frameworks or [framework] * len(inputs)
        return REPORT_ORACLES[analysis](frameworks, inputs, options)

    record(analysis, name, doc, compute, error=error, check=check)


def two_domains(**kw):
    """Domain `a` (sub-domains a.x, a.y: two indicators each) and domain `b` (b.z: three)."""
    return fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s")),
              N("b", N("b.z", "b.z.t", "b.z.u", "b.z.v")), **kw)


def team(rows, ids, unit="u", period="2026", **extra):
    """One assessment per row of levels (None: no answer), respondents r1, r2, ..."""
    out = []
    for n, row in enumerate(rows, 1):
        a = {"unit": {"id": unit}, "period": period, "respondent": {"id": f"r{n}"},
             "answers": {i: v for i, v in zip(ids, row) if v is not None}}
        a.update(extra)
        out.append(a)
    return out


ABC = ["a.x.p", "a.x.q", "a.y.r", "a.y.s", "b.z.t", "b.z.u", "b.z.v"]


def pool_cases():
    P = "pool"
    case(P, "median_lower_middle",
         "The default median is the lower middle value for an even count (1 2 3 4 → 2; 0 4 → 0), the exact mean and the dispersion (min, max, range, numpy's linear IQR) are reported, and the agenda sorts by range, then IQR, then id.",
         two_domains(),
         team([[1, 0, 2, 3, 2], [2, 4, 1, 3, 3], [4, None, 2, 1, 2], [3, None, 2, 4, 3]],
              ["a.x.p", "a.x.q", "a.y.r", "a.y.s", "b.z.t"]))
    case(P, "agenda_ties_by_id",
         "Agenda entries with the same range and IQR are in id order (code points).",
         two_domains(),
         team([[3, 1, 2, 2], [1, 3, 0, 2]], ["a.x.q", "a.x.p", "b.z.t", "a.y.r"]))
    case(P, "mean_rounds_half_up",
         "method mean: the mean rounded half up (1.5 → 2, 1.33 → 1, 2.67 → 3, 2.5 → 3); the exact mean is in `mean`.",
         two_domains(),
         team([[1, 1, 2, 2], [2, 1, 3, 3], [None, 2, 3, None]], ["a.x.p", "a.x.q", "a.y.r", "a.y.s"]),
         options={"method": "mean"})
    case(P, "mode_ties_go_lower",
         "method mode: the most frequent level, ties to the lower level (1 1 3 3 → 1; 2 3 3 → 3; 0 4 → 0).",
         two_domains(),
         team([[1, 2, 0], [1, 3, 4], [3, 3, None], [3, None, None]], ["a.x.p", "a.x.q", "a.y.r"]),
         options={"method": "mode"})
    case(P, "na_unknown_missing",
         "`na` wins only with a strict majority of those who answered (2 of 3: na; 1 of 2: the level), unknown only when nobody rated, nobody answering leaves the indicator out; na, unknown and missing are counted apart and are missing ratings for agreement.",
         two_domains(),
         team([["na", "na", "na", "unknown", None, "unknown", None],
               ["na", 2, "unknown", "unknown", None, "na", 3],
               [3, None, "na", "unknown", None, "na", None]], ABC))
    case(P, "one_respondent",
         "One respondent: every answer pooled as it is, no agenda, and every agreement statistic undefined (no unit has two ratings; ICC needs two respondents).",
         two_domains(),
         team([[1, 2, 3, "na", "unknown", 4, 0]], ABC))
    case(P, "consensus_overrides",
         "A consensus overrides the pooled value (a level over 1 1, `na` over rated levels, a level for an indicator nobody answered, which then gets an item), is kept on the item and recorded under `pooling`.",
         two_domains(),
         team([[1, 3, None], [1, 2, None]], ["a.x.p", "a.x.q", "a.y.r"]),
         options={"consensus": {
             "a.x.p": {"level": 3, "rationale": "minutes of 3 May"},
             "a.x.q": {"level": "na", "rationale": "not run here"},
             "a.y.r": {"level": 2, "rationale": "agreed"}}})
    case(P, "consensus_unknown_indicator",
         "A consensus for an indicator the framework does not have is an input error at /consensus/<id>.",
         two_domains(),
         team([[1], [2]], ["a.x.p"]),
         options={"consensus": {"a.x.zz": {"level": 3, "rationale": "typo"}}},
         error="input.unknown_indicator")
    ev = [
        {"unit": {"id": "u"}, "respondent": {"id": "dho"}, "default_target": 3,
         "answers": {"a.x.p": {"level": 2, "evidence": "minutes", "target": 4},
                     "a.x.q": {"level": "na", "justification": "no such service"},
                     "a.y.r": {"level": 1, "target": 2}}},
        {"unit": {"id": "u"}, "respondent": {"name": "HMIS officer"}, "default_target": 3,
         "answers": {"a.x.p": {"level": 3, "evidence": "   "},
                     "a.x.q": {"level": "na", "justification": "same"},
                     "a.y.r": {"level": 2, "target": 3}}},
        {"unit": {"id": "u"}, "default_target": 3,
         "answers": {"a.x.p": {"level": 3, "evidence": "dashboard"},
                     "a.y.r": {"level": 2, "target": 4}}},
    ]
    case(P, "evidence_targets_labels",
         "The pooled answer joins the non-blank evidence and justifications prefixed with the respondent (id, else name, else `respondent N`), takes the lower median of the targets given, and the common default target.",
         two_domains(), ev)
    case(P, "duplicate_respondent_targets_differ",
         "A respondent given twice and default targets that differ are warnings (`input.duplicate_respondent` at /<i>/respondent, `input.default_targets_differ` at /), not errors; the pooled assessment then has no default target.",
         two_domains(),
         [{"unit": {"id": "u"}, "respondent": {"id": "r1"}, "default_target": 3, "answers": {"a.x.p": 1}},
          {"unit": {"id": "u"}, "respondent": {"id": "r1"}, "default_target": 4, "answers": {"a.x.p": 2}},
          {"unit": {"id": "u"}, "respondent": {"id": "r2"}, "answers": {"a.x.p": 2}}])
    mixed = [
        {"unit": {"id": "u"}, "period": "2026", "answers": {"a.x.p": 1, "a.x.q": 2}},
        {"unit": {"id": "v"}, "period": "2026", "answers": {"a.x.p": 2, "a.x.q": 2}},
        {"unit": {"id": "u"}, "period": "2025", "answers": {"a.x.p": 3, "a.x.q": 1}},
    ]
    case(P, "mismatch_refused",
         "Assessments of different units or periods are refused: `input.pool_mismatch` for every differing field, at /<i>/unit/id and /<i>/period.",
         two_domains(), mixed, error="input.pool_mismatch")
    case(P, "mismatch_allowed",
         "With allow_mismatch the same assessments pool; the pooled assessment takes the first one's unit and period.",
         two_domains(), mixed, options={"allow_mismatch": True})
    case(P, "invalid_inputs_all_reported",
         "Every problem of every input is reported at once, located at /<i>: a level above the scale in the second, an unknown indicator in the third.",
         two_domains(),
         [{"answers": {"a.x.p": 1}}, {"answers": {"a.x.p": 9}}, {"answers": {"a.x.zz": 2, "a.x.q": 7}}],
         error="assessment.level_out_of_range")
    case(P, "unreadable_and_invalid_inputs_all_reported",
         "An input that cannot be read (a level written as text) does not hide the problems of the others: the second input's level above the scale and unknown indicator and the third's unreadable level are all reported, by input.",
         two_domains(),
         [{"answers": {"a.x.p": 1}}, {"answers": {"a.x.p": 9, "a.x.zz": 2}}, {"answers": {"a.x.p": "5"}}],
         error="assessment.invalid_level")
    case(P, "no_assessments", "Pooling nothing is the input error `input.empty`.",
         two_domains(), [], error="input.empty")
    app = fw(N("a", N("a.x", I("a.x.p", applies_to=["facility"]), I("a.x.q"), I("a.x.r"))),
             N("b", N("b.z", I("b.z.t"), I("b.z.u"), I("b.z.v", applies_to=["district"]))))
    case(P, "applicability_first_unit_kind",
         "The first assessment's unit kind decides what applies: an indicator that does not apply to a district is left out of the items, the pooled answers and the agreement, and each domain's agreement is over its own applicable indicators.",
         app,
         [{"unit": {"id": "u", "kind": "district"}, "respondent": {"id": f"r{n}"},
           "answers": {"a.x.p": p, "a.x.q": q, "a.x.r": r, "b.z.t": t, "b.z.u": u, "b.z.v": v}}
          for n, (p, q, r, t, u, v) in enumerate(
              [(4, 1, 2, 3, 0, 2), (0, 2, 2, 4, 1, 3), (2, 1, 3, 3, 0, 2)], 1)])
    fac = ["inst.info.routine_data", "inst.info.embedded_research", "inst.delib.working_groups",
           "cap.prov.communication", "cap.res.critical_mass", "cond.fin.learning_budget",
           "cond.fin.domestic_ownership", "proc.loops.single_loop"]
    case(P, "builtin_facility",
         "The built-in framework for a facility: answers to indicators that do not apply to a facility (embedded research, critical mass, domestic ownership) are no items, and each domain's agreement is over its own indicators that apply.",
         "builtin",
         [{"framework": {"id": "lhs-2021", "version": "2.0.0"}, "unit": {"id": "f1", "kind": "facility"},
           "period": "2026", "respondent": {"id": f"r{n}"}, "answers": dict(zip(fac, row))}
          for n, row in enumerate([(1, 3, 2, 2, 4, 0, 1, 3), (2, 0, 2, 3, 4, 1, 1, 2), (1, 2, 3, 3, 0, 0, 2, 2)], 1)])
    el = fw(N("a", N("a.x", I("a.x.p", elements={1: ["L1a"], 2: ["L2a"]}), I("a.x.q"))))
    case(P, "levels_from_elements",
         "An answer given by elements pools as the level its elements give (§22): L1a and L2a met → 2; L1a met, L2a not → 1; every element unknown → unknown.",
         el,
         [{"answers": {"a.x.p": {"elements": {"L1a": True, "L2a": True}}, "a.x.q": 1}},
          {"answers": {"a.x.p": {"elements": {"L1a": True, "L2a": False}}, "a.x.q": 2}},
          {"answers": {"a.x.p": {"elements": {"L1a": "unknown"}}, "a.x.q": 2}}])


def krippendorff_2011():
    """Krippendorff (2011), 4 observers × 12 units, values 1–5 (None: no rating)."""
    n = None
    return [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]


def agreement_cases():
    A = "agreement"
    twelve = [f"k.u.{c}" for c in "abcdefghijkl"]
    kfw = fw(N("k", N("k.u", *twelve)), top=5)

    def published(r):
        o = r[0]
        assert abs(o["alpha_ordinal"]["value"] - 0.815) < 1e-3, o
        assert abs(o["alpha_interval"]["value"] - 0.849) < 1e-3, o
        assert o["alpha_units"] == 11

    case(A, "krippendorff_2011",
         "Krippendorff's (2011) example, 4 respondents × 12 indicators with missing ratings on a 0–5 scale: ordinal .815, interval .849 over the 11 indicators with two ratings; ICC over the 4 rated by all.",
         kfw, team(krippendorff_2011(), twelve), check=published)
    sf = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    six = [f"s.t.{c}" for c in "abcdef"]

    def shrout(r):
        o = r[0]
        assert abs(o["icc2_1"]["value"] - 0.2898) < 1e-3 and abs(o["icc2_k"]["value"] - 0.6201) < 1e-3, o

    case(A, "shrout_fleiss_1979",
         "Shrout & Fleiss (1979), 6 targets × 4 judges on a 0–10 scale: ICC(2,1) .29, ICC(2,4) .62.",
         fw(N("s", N("s.t", *six)), top=10),
         team([[t[j] for t in sf] for j in range(4)], six), check=shrout)
    case(A, "perfect_agreement",
         "Two respondents who agree on every indicator: alpha 1 and ICC 1, overall and in the domain; a domain nobody rated has every statistic undefined.",
         two_domains(), team([[0, 1, 2, 3, 4], [0, 1, 2, 3, 4]], ABC[:5]))
    case(A, "constant_ratings",
         "Every rating the same level: alpha is undefined (no variation to agree on) and so is the ICC (no variance).",
         two_domains(), team([[2, 2, 2], [2, 2, 2], [2, 2, 2]], ["a.x.p", "a.x.q", "b.z.t"]))
    case(A, "icc_denominator_exactly_zero",
         "ICC(2,k) whose denominator MSR + (MSC − MSE)/n is 0 in exact arithmetic is undefined, not the 1e15 that rounding gives (ICC(2,1) stays defined).",
         two_domains(), team([[1, 2, 3], [2, 2, 3], [4, 2, 1], [3, 2, 3]], ["a.x.p", "a.y.r", "a.y.s"]))
    case(A, "one_respondent",
         "One respondent: alpha undefined (no indicator has two ratings), ICC undefined (one rater), raters 1.",
         two_domains(), team([[1, 2, 3, 4]], ABC[:4]))
    case(A, "na_unknown_missing_are_missing_ratings",
         "na, unknown and missing answers are missing ratings: alpha over the indicators with two ratings, ICC over those rated by all.",
         two_domains(),
         team([[1, 2, "na", 3, 4, "unknown", 0], [2, 2, 3, "unknown", 4, 1, None],
               [1, 3, 3, 4, "na", 1, 1]], ABC))
    case(A, "different_units_accepted",
         "agreement accepts assessments of different units and periods (pool with mismatches allowed).",
         two_domains(),
         [{"unit": {"id": "u"}, "period": "2025", "answers": {"a.x.p": 1, "a.x.q": 2, "b.z.t": 3}},
          {"unit": {"id": "v"}, "period": "2026", "answers": {"a.x.p": 2, "a.x.q": 2, "b.z.t": 4}}])
    case(A, "builtin_framework",
         "The built-in framework (latest version, no unit kind: every indicator applies): overall, then its four domains with their English names.",
         "builtin",
         team([[1, 2, 3, 2, 0, 4], [2, 2, 3, 1, 1, 4], [1, 3, 4, 2, 0, 3]],
              ["inst.info.routine_data", "inst.info.me_integration", "inst.delib.working_groups",
               "cap.prov.communication", "cond.fin.learning_budget", "cond.fin.expenditure_tracking"]))
    app = fw(N("a", N("a.x", I("a.x.p", applies_to=["facility"]), I("a.x.q"), I("a.x.r"))),
             N("b", N("b.z", I("b.z.t"), I("b.z.u"), I("b.z.v", applies_to=["district"]))))
    case(A, "applicability_per_domain",
         "With a unit kind, the indicators that do not apply are no units of agreement, and each domain's statistics are over its own applicable indicators.",
         app,
         [{"unit": {"id": "u", "kind": "district"},
           "answers": {"a.x.p": p, "a.x.q": q, "a.x.r": r, "b.z.t": t, "b.z.u": u, "b.z.v": v}}
          for p, q, r, t, u, v in [(4, 1, 2, 3, 0, 2), (0, 2, 2, 4, 1, 3), (2, 1, 3, 3, 0, 2)]])


def compare_cases():
    C = "compare"
    f = two_domains()
    case(C, "two_rounds",
         "The change of every node, the overall score and every indicator; improved, regressed and unchanged in framework order; the target of the later round, else the earlier; progress per indicator and overall (Σ gained / Σ needed).",
         f,
         [{"period": "2025", "default_target": 3,
           "answers": {"a.x.p": 1, "a.x.q": 2, "a.y.r": 3, "a.y.s": {"level": 0, "target": 4}, "b.z.t": 2, "b.z.u": 1}},
          {"period": "2026",
           "answers": {"a.x.p": 2, "a.x.q": 1, "a.y.r": 3, "a.y.s": 2, "b.z.t": {"level": 4, "target": 4}, "b.z.u": 1}}])
    case(C, "same_round_twice",
         "A round compared with itself: every change 0, every rated indicator unchanged, progress 0 where a target is above the level, none where it is not.",
         f,
         [{"period": "2026", "answers": {"a.x.p": {"level": 1, "target": 3}, "a.x.q": {"level": 4, "target": 3}, "b.z.t": 2}}] * 2)
    case(C, "statuses_change",
         "An indicator that changes state (rated → na, unknown → rated, missing → rated, rated → missing) has its statuses and levels but no change, is in none of the lists and has no progress.",
         f,
         [{"period": "1", "default_target": 4, "answers": {"a.x.p": 2, "a.x.q": "unknown", "a.y.r": 3, "b.z.t": 1}},
          {"period": "2", "default_target": 4, "answers": {"a.x.p": "na", "a.x.q": 3, "a.y.s": 1, "b.z.t": 2}}])
    older = fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s")),
               N("b", N("b.z", "b.z.t", "b.z.u", "b.z.v")), version="1.0.0")
    newer = fw(N("a", N("a.x", "a.x.p", "a.x.q", "a.x.n"), N("a.y", "a.y.r")),
               N("b", N("b.z", "b.z.t", "b.z.u", "b.z.v")), N("c", N("c.w", "c.w.p")), version="2.0.0")
    case(C, "restricted_to_shared_indicators",
         "Different versions with different indicator sets: every node and the overall score of both rounds are recomputed on the shared indicators only, only_before/only_after list the others, and only the nodes present in both rounds are compared, in the later framework's order.",
         older,
         [{"period": "2025", "answers": {"a.x.p": 1, "a.x.q": 1, "a.y.r": 2, "a.y.s": 4, "b.z.t": 2, "b.z.v": 0}},
          {"period": "2026", "answers": {"a.x.p": 2, "a.x.q": 1, "a.x.n": 4, "a.y.r": 2, "b.z.t": 3, "b.z.v": 1, "c.w.p": 4}}],
         input_frameworks=[older, newer])
    same_ids = fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s")),
                  N("b", N("b.z", "b.z.t", "b.z.u", "b.z.v")), version="1.1.0")
    case(C, "restricted_same_indicators_other_version",
         "Two versions with the same indicators: restricted (recomputed), with every indicator comparable and the same numbers as the reports.",
         older,
         [{"period": "2025", "answers": {"a.x.p": 1, "a.y.r": 2, "b.z.t": 2}},
          {"period": "2026", "answers": {"a.x.p": 2, "a.y.r": 2, "b.z.t": 3}}],
         input_frameworks=[older, same_ids])
    pooled_new = fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s", "a.y.t"), agg="pooled_mean"),
                    version="2.0.0")
    pooled_old = fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s"), agg="pooled_mean"),
                    version="1.0.0")
    case(C, "restricted_pooled_mean",
         "Recomputing a pooled_mean domain on the shared indicators weighs each sub-domain by the indicators it keeps that have a value (§21).",
         pooled_old,
         [{"period": "2025", "answers": {"a.x.p": 0, "a.x.q": 4, "a.y.r": 1, "a.y.s": 3}},
          {"period": "2026", "answers": {"a.x.p": 2, "a.x.q": 4, "a.y.r": 1, "a.y.s": 3, "a.y.t": 4}}],
         input_frameworks=[pooled_old, pooled_new])
    three = fw(N("a", N("a.x", "a.x.p", "a.x.q")), N("b", N("b.z", "b.z.t")), top=3, version="1.0.0")
    four = fw(N("a", N("a.x", "a.x.p", "a.x.q")), N("b", N("b.z", "b.z.t")), version="2.0.0")
    case(C, "restricted_other_scale",
         "Rounds on a 0–3 and a 0–4 scale: restricted, and each round's levels are read on its own scale (§5).",
         three,
         [{"period": "2025", "answers": {"a.x.p": 3, "a.x.q": 2, "b.z.t": 1}},
          {"period": "2026", "answers": {"a.x.p": 4, "a.x.q": 2, "b.z.t": 3}}],
         input_frameworks=[three, four])
    case(C, "unknown_as_zero",
         "Under `unknown: zero` the reports' scores (unknown counted as 0) are compared; an unknown indicator has no level, so no change.",
         f,
         [{"period": "2025", "answers": {"a.x.p": 2, "a.x.q": "unknown", "b.z.t": 4}},
          {"period": "2026", "answers": {"a.x.p": 2, "a.x.q": 2, "b.z.t": "unknown"}}],
         options={"score": {"unknown": "zero"}})
    case(C, "restricted_unknown_as_zero",
         "Recomputed on the shared indicators under `unknown: zero`, an unknown shared indicator still counts as 0 (§16 recomputes with the rules of §3–4, §23 counts it in means).",
         older,
         [{"period": "2025", "answers": {"a.x.p": 2, "a.x.q": "unknown", "a.y.s": 4, "b.z.t": 4}},
          {"period": "2026", "answers": {"a.x.p": 2, "a.x.q": 2, "b.z.t": "unknown"}}],
         input_frameworks=[older, newer], options={"score": {"unknown": "zero"}})


def series_cases():
    S = "series"
    f = two_domains()

    def r(period, answers, unit=None):
        a = {"answers": answers}
        if unit is not None:
            a["unit"] = unit
        if period is not None:
            a["period"] = period
        return a

    case(S, "sorted_by_period",
         "Rounds are sorted by period as text; each row has the overall score, level, coverage and every domain's score (null when nothing in it was rated).",
         f,
         [r("2026-Q1", {"a.x.p": 3, "b.z.t": 2}, {"id": "u"}),
          r("2025-Q3", {"a.x.p": 1}, {"id": "u"}),
          r("2025-Q4", {"a.x.p": 2, "a.y.r": "na", "b.z.t": 1}, {"id": "u"})])
    case(S, "unit_by_name",
         "A unit named but without id is identified by its name.",
         f, [r("2026", {"a.x.p": 2}, {"name": "Kisumu East"}), r("2025", {"a.x.p": 1}, {"name": "Kisumu East"})])
    case(S, "no_unit_no_period_first",
         "Reports that name no unit form one unit (null); a report without a period sorts first.",
         f, [r("2025", {"a.x.p": 2}), r(None, {"a.x.p": 1})])
    old_ids = ["inst.info.routine_data", "inst.info.me_integration"]
    case(S, "builtin_1_0_0",
         "Rounds scored with the built-in framework 1.0.0 (`builtin@1.0.0`).",
         "builtin@1.0.0",
         [{"framework": {"id": "lhs-2021", "version": "1.0.0"}, "unit": {"id": "u"}, "period": p,
           "answers": dict(zip(old_ids, levels))}
          for p, levels in [("2024", (1, 2)), ("2023", (0, "na"))]])
    case(S, "one_round", "A single report is a series of one row.", f, [r("2026", {"b.z.u": 4}, {"id": "u"})])
    case(S, "different_units_refused",
         "Reports of different units are refused: `input.series_mismatch` at /<i>/unit for each one that differs from the first.",
         f, [r("2025", {"a.x.p": 1}, {"id": "u"}), r("2026", {"a.x.p": 1}, {"id": "v"}),
             r("2027", {"a.x.p": 1}, {"name": "u"})],
         error="input.series_mismatch")
    case(S, "duplicate_period_refused",
         "Two reports of one period are refused (`input.duplicate_period` at /<i>/period of the later one), and so are two without a period.",
         f, [r("2025", {"a.x.p": 1}, {"id": "u"}), r(None, {"a.x.p": 1}, {"id": "u"}),
             r("2025", {"a.x.p": 2}, {"id": "u"}), r(None, {"a.x.p": 3}, {"id": "u"})],
         error="input.duplicate_period")
    case(S, "unknown_as_zero",
         "Under `unknown: zero` the rows show the scores with unknown counted as 0.",
         f, [r("2025", {"a.x.p": 4, "a.x.q": "unknown"}, {"id": "u"}), r("2026", {"a.x.p": 4, "a.x.q": 4}, {"id": "u"})],
         options={"score": {"unknown": "zero"}})


def cohort_cases():
    C = "cohort"
    f = two_domains(facets=[F("loop", "single", "double")])
    f["domains"][0]["children"][0]["indicators"][0]["facets"] = {"loop": ["single"]}
    f["domains"][0]["children"][0]["indicators"][1]["facets"] = {"loop": ["double"]}

    def unit(i, answers, **labels):
        return {"unit": {"id": f"u{i}", **labels}, "period": "2026", "answers": answers}

    levels = [(0, 1, 2), (1, 1, 4), (2, 3, 0), (4, 4, 1), (3, 2, None)]
    units = [unit(i, {"a.x.p": p, "a.x.q": q, **({"b.z.t": t} if t is not None else {})})
             for i, (p, q, t) in enumerate(levels)]
    case(C, "one_group",
         "Without grouping, one group `all`: per measure (overall, domains and sub-domains depth first, facet values) the count of units with a score, mean, sample sd, min, linear quartiles, max; a measure nobody has (a.y) has count 0 and no statistics.",
         f, units, options={"min_group": 5})
    case(C, "suppressed_below_min_group",
         "A cohort smaller than min_group (default 5) is suppressed: every statistic null, the units and counts kept.",
         f, units[:3])
    regions = ["north", "south", "north", None, 3]
    grouped = [unit(i, {"a.x.p": p, "a.x.q": q}, **({"region": g} if g is not None else {}))
               for i, ((p, q, _), g) in enumerate(zip(levels, regions))]
    case(C, "group_by_label",
         "Grouped by a unit label: `all` first, then the groups in code-point order of their keys; a unit without the label is in `(none)`, a label that is not text is its JSON text; each group suppressed on its own size.",
         f, grouped, options={"group_by": "region", "min_group": 2})
    kinds = [unit(i, {"a.x.p": p}, kind=k)
             for i, ((p, _, _), k) in enumerate(zip(levels, ["district", "facility", "district", "district", "facility"]))]
    kinds.append(unit(5, {"a.x.p": 2}, kind="District"))
    case(C, "group_by_kind",
         "Grouped by the unit kind as written (`District` and `district` are two groups).",
         f, kinds, options={"group_by": "kind", "min_group": 1})
    ties = [unit(i, {"a.x.p": p, "b.z.t": t} if t is not None else {"a.x.p": p})
            for i, (p, t) in enumerate([(2, 1), (2, None), (1, 3), (4, 3), (2, 0)])]
    case(C, "percentile_ranks",
         "With ranks, each unit's percentile rank per measure within its group: 100 × (below + (equal + 1)/2) / n over the units with a score (ties share the mean rank); null without a score.",
         f, ties, options={"ranks": True, "min_group": 1})
    other = fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s")),
               N("b", N("b.z", "b.z.t", "b.z.u", "b.z.v")), version="1.1.0")
    case(C, "one_unit",
         "One unit with min_group 1: every statistic of a single value (sd null, the quartiles the value itself) and its rank 100.",
         f, units[3:4], options={"min_group": 1, "ranks": True})
    case(C, "framework_mismatch_refused",
         "Reports of different framework versions are refused: `input.framework_mismatch` at /<i>/framework.",
         f, [unit(0, {"a.x.p": 1}), unit(1, {"a.x.p": 1}), unit(2, {"a.x.p": 2})],
         input_frameworks=[f, other, f], error="input.framework_mismatch")
    case(C, "empty_refused", "An empty cohort is the input error `input.empty_cohort`.", f, [],
         error="input.empty_cohort")
    regions = [unit(i, {"a.x.p": i % 5, **({"b.z.t": (2 * i) % 5} if i % 4 else {})},
                    region="north" if i < 9 else "south") for i in range(19)]
    case(C, "sample_group_of_nine_and_ten",
         "A sample (§31): the means of groups of at least 10 units get the 5% and 95% quantiles of the means of 30 resamples of the group's units (stream g << 32 | b of ChaCha8(seed), g the group's position); a group of 9 gets none.",
         f, regions, options={"group_by": "region", "min_group": 2, "sample": True,
                              "resamples": 30, "seed": 5})


def pool_bootstrap_cases():
    B = "pool_bootstrap"
    f = two_domains()
    case(B, "leave_one_out_three_respondents",
         "With fewer than 8 respondents nothing is drawn: per node the score of the pool of the others with each respondent left out (input order), their range, and the pools without a score (a.y: nobody answered).",
         f, team([(1, 3, None, 0), (2, 3, None, 0), (4, 0, None, 4)], ["a.x.p", "b.z.t", "a.y.r", "b.z.u"]))
    case(B, "leave_one_out_mean_method",
         "Leave-one-out pools with the pooling options given (the mean, rounded half up).",
         f, team([(1,), (2,), (4,)], ["a.x.p"]), options={"pool": {"method": "mean"}})
    case(B, "leave_one_out_one_respondent",
         "One respondent: leaving them out leaves no one, so every left-out score is null and there is no range.",
         f, team([(2, 1)], ["a.x.p", "b.z.t"]))
    ten = [((i % 5), (3 * i) % 5, (i * 7) % 5 if i % 3 else None) for i in range(10)]
    case(B, "bootstrap_ten_respondents",
         "With 8 respondents or more: resample b draws n respondents with replacement from stream b of ChaCha8(seed), each ⌊u·n/2⁶⁴⌋; each resample pooled (§15) and scored; per node the linear 5% and 95% quantiles, the share of resamples keeping the level and the resamples without a score.",
         f, team(ten, ["a.x.p", "b.z.t", "a.x.q"]), options={"resamples": 40, "seed": 7})
    case(B, "bootstrap_agreeing_respondents",
         "Ten respondents who agree: every resample pools to the same answers, so each interval has zero width and every resample keeps the level.",
         f, team([(3, 1)] * 10, ["a.x.p", "b.z.t"]), options={"resamples": 25, "seed": 1})
    case(B, "bad_options_refused",
         "No resamples, or a coverage not strictly between 0 and 1: `input.invalid_bootstrap_option` at /resamples and /level.",
         f, team([(1,)] * 3, ["a.x.p"]), options={"resamples": 0, "level": 1.0},
         error="input.invalid_bootstrap_option")


def reliability_cases():
    R = "reliability"
    f = fw(N("d", N("d.x", "d.x.p", "d.x.q", "d.x.r"), N("d.y", "d.y.s", "d.y.t")), N("e", N("e.z", "e.z.u")))

    def unit(levels, ids=("d.x.p", "d.x.q", "d.x.r", "d.y.s", "d.y.t", "e.z.u")):
        return {"answers": {i: v for i, v in zip(ids, levels) if v is not None}}

    rows = [(1, 1, 2, 0, 1, 4), (2, 2, 2, 1, 1, 4), (3, 3, 4, 2, 3, 0), (4, 3, 4, 4, 4, 2),
            (0, 1, 1, 0, 0, 4), (2, 3, 3, 3, 2, 1)]
    case(R, "cronbach_per_node",
         "Cronbach's alpha (pingouin) of every domain and sub-domain over its indicators at any depth, alpha if deleted and the corrected item–total correlation per item; a node of one item has alpha undefined; floor and ceiling shares per indicator.",
         f, [unit(r) for r in rows])
    case(R, "listwise_deletion",
         "Units that did not rate every item of a node (na, unknown, missing) are left out of that node only (units_used).",
         f, [unit(r) for r in rows] + [unit((2, "na", 3, 1, 1, 4)), unit((1, 2, "unknown", None, 2, 3))])
    case(R, "two_units",
         "Two units: alpha is defined, the item–total correlation is not (fewer than three units).",
         f, [unit(r) for r in rows[:2]])
    case(R, "constant_total",
         "Every unit with the same total: alpha undefined; an item that does not vary has no correlation.",
         f, [unit(r) for r in [(1, 3, 2, 2, 2, 0), (2, 2, 2, 2, 2, 0), (3, 1, 2, 2, 2, 0)]])
    app = fw(N("d", N("d.x", I("d.x.p"), I("d.x.q"), I("d.x.r", applies_to=["national"]))))
    case(R, "items_that_apply",
         "An indicator that applies to no unit of the cohort is no item of its nodes, and has no floor or ceiling (rated 0).",
         app, [{"unit": {"kind": "district"}, "answers": {"d.x.p": p, "d.x.q": q}}
               for p, q in [(0, 1), (2, 2), (4, 3), (4, 4)]])
    case(R, "unknown_is_not_rated",
         "Under `unknown: zero` an unknown answer still is no rating: the unit is left out (the scores count it as 0, the items do not).",
         f, [unit(r) for r in rows] + [unit((2, "unknown", 3, 1, 1, 4))],
         options={"score": {"unknown": "zero"}})
    case(R, "empty_refused", "An empty cohort is the input error `input.empty_cohort`.", f, [],
         error="input.empty_cohort")


def uncertainty_case(name, description, framework, assessment, *, options=None, error=None,
                     check=None):
    """One case of §28 (its own format: one `assessment`, `expect.uncertainty`)."""
    options = options or {}
    doc = {"description": description, "analysis": "uncertainty", "framework": framework,
           "assessment": assessment, "options": options}
    record("uncertainty", name, doc, lambda: uncertainty_oracle(framework, assessment, options),
           key="uncertainty", error=error, check=check)


def node_of(result, nid):
    return next(n for n in result["nodes"] if n["id"] == nid)


def uncertainty_cases():
    check_chacha()
    f = two_domains()

    def one_high(r):
        n = node_of(r, "a.x")  # a.x.p alone: 2 with high confidence
        assert n["independent"]["p_level_at_least"] == [1.0, 1.0, 0.95, 0.05, 0.0]
        # The 5% quantile is reached exactly at level 1 (P = 0.05): the interval is [1, 2].
        assert n["independent"]["interval"] == [1.0, 2.0] == n["correlated"]["interval"]
        assert r["draws"] == 3 and r["seed"] is None and n["independent"]["std_error"] is None

    uncertainty_case(
        "one_answer_high_confidence",
        "One answer at 2 with high confidence (0.05 / 0.9 / 0.05): P(level ≥ k) = 1, 1, 0.95, 0.05, 0; the 5% quantile is reached exactly at 1, so the interval is [1, 2]; 3 combinations, no seed, no standard error; every other node's bounds from the unknown and missing answers at 0 and at 4.",
        f, {"answers": {"a.x.p": {"level": 2, "confidence": "high"}}}, check=one_high)

    def confidences(r):
        o = node_of(r, "overall")
        a = node_of(r, "a")  # no answer of `a` at an end: the mean is the published score
        assert r["uncertain_answers"] == 4 and r["draws"] == 54
        assert abs(a["independent"]["mean"] - a["score"]) < 1e-12
        assert abs(a["correlated"]["mean"] - a["score"]) < 1e-12
        assert a["independent"]["interval"] != a["correlated"]["interval"]
        assert o["independent"]["mean"] < o["score"]  # b.z.t at the top pulls it down

    wf = fw(N("a", N("a.x", I("a.x.p", w=3), "a.x.q"), N("a.y", "a.y.r"), w=2),
            N("b", N("b.z", "b.z.t", "b.z.u")))
    uncertainty_case(
        "three_answers_each_confidence",
        "Uncertain answers with medium, low, no confidence (as medium) and high confidence under weighted means: exact over 3 × 3 × 3 × 2 = 54 combinations with the product of their chances (independent) and over the intervals of one shared uniform (correlated); where no answer is at an end the mean is the published score, and the correlated interval is wider; the high-confidence answer at the top keeps 0.95 on it and pulls the overall mean down.",
        wf, {"answers": {"a.x.p": {"level": 1, "confidence": "medium"},
                         "a.x.q": {"level": 3, "confidence": "low"}, "a.y.r": 2,
                         "b.z.t": {"level": 4, "confidence": "high", "evidence": "Minutes."},
                         "b.z.u": "na"}},
        check=confidences)

    def ends(r):
        a = node_of(r, "a.x")  # 0 (low) and 4 (medium): each mean moves toward the middle
        assert abs(a["independent"]["mean"] - (a["score"] + (0.25 - 0.15) / 2)) < 1e-12

    uncertainty_case(
        "answers_at_the_ends",
        "An answer at 0 (low: 0.75 on 0, 0.25 on 1) and one at the top (medium: 0.15 on 3, 0.85 on 4): the mass that would fall off the scale stays on the level given, so the means move toward the middle; 2 × 2 combinations.",
        f, {"answers": {"a.x.p": {"level": 0, "confidence": "low"},
                        "a.x.q": {"level": 4, "confidence": "medium", "evidence": "Audit."}}},
        check=ends)

    def open_answers(r):
        y = node_of(r, "a.y")["bounds"]
        assert y["settled"] and y["level_high"] == 0 and not node_of(r, "b")["bounds"]["settled"]
        none = node_of(r, "c.w")
        assert none["score"] is None and none["independent"]["p_level_at_least"] == []
        assert none["bounds"]["low"] is None and none["bounds"]["settled"]
        z = node_of(r, "b.z")  # only unknown and missing: bounds but no distribution
        assert z["bounds"]["low"] == 0 and z["independent"]["mean"] is None

    of = fw(N("a", N("a.x", "a.x.p", "a.x.q"), N("a.y", "a.y.r", "a.y.s", "a.y.t", agg="minimum")),
            N("b", N("b.z", "b.z.t", "b.z.u")), N("c", N("c.w", "c.w.p", "c.w.q")))
    uncertainty_case(
        "unknown_missing_and_na",
        "Unknown and missing answers set to 0 and to 4 for the bounds (na left out): a.y (minimum of a 0, an unknown and a missing answer) is settled at 0 either way, b is not; b.z (only unknown and missing) has bounds but no distribution; c.w (only na) has no score at all: every figure null and no P(level ≥ k), never NaN, and it is settled.",
        of, {"answers": {"a.x.p": {"level": 3, "confidence": "low"}, "a.x.q": "unknown",
                         "a.y.r": 0, "a.y.s": {"level": "unknown"},
                         "b.z.t": "unknown",
                         "c.w.p": {"level": "na", "justification": "No such service."},
                         "c.w.q": "na"}},
        check=open_answers)

    af = fw(N("a", N("a.x", "a.x.p", I("a.x.q", applies_to=["national"]), "a.x.r")),
            N("b", N("b.z", "b.z.t", I("b.z.u", applies_to=["national", "subnational"]))))

    def kinds(r):
        assert r["uncertain_answers"] == 2  # a.x.q does not apply; b.z.t is na
        assert node_of(r, "b")["bounds"]["low"] is None

    uncertainty_case(
        "does_not_apply_to_the_unit",
        "For a district, an answered indicator that applies to national units only is left out of the bounds and the distributions (not an uncertain answer), and one that is not answered is not missing; a domain left with nothing that applies and counts has no score.",
        af, {"unit": {"id": "d1", "kind": "district"},
             "answers": {"a.x.p": {"level": 2, "confidence": "low"},
                         "a.x.q": {"level": 1, "confidence": "low"},
                         "a.x.r": {"level": 3, "confidence": "medium"},
                         "b.z.t": {"level": "na", "justification": "Not here."}}},
        check=kinds)

    def zero(r):
        assert r["unknown_rule"] == "zero"
        b = node_of(r, "b.z")  # 4, an unknown (0) and 2: 2 published, bounds 2 to 10/3
        assert b["score"] == 2 and b["bounds"]["low"] == 2 and abs(b["bounds"]["high"] - 10 / 3) < 1e-12

    uncertainty_case(
        "unknown_as_zero",
        "Under `unknown: zero` an unknown answer counts as 0 in the published score and in every drawn score (it is not uncertain), and the bounds still set it to 0 and to 4; `unknown_rule` is recorded.",
        f, {"answers": {"a.x.p": {"level": 2, "confidence": "low"}, "a.x.q": "unknown",
                        "b.z.t": {"level": 4, "evidence": "Report."}, "b.z.u": "unknown",
                        "b.z.v": 2}},
        options={"unknown": "zero"}, check=zero)

    def custom(r):
        assert r["uncertain_answers"] == 2 and r["model"]["medium"] == {"same": 0.7, "next": 0.15}

    uncertainty_case(
        "custom_model",
        "A model of the caller's: high confidence certain (next 0: no uncertain answer), low 0.6 / 0.2, none given 0.8 / 0.1; medium keeps its default; the result carries the model used.",
        f, {"answers": {"a.x.p": {"level": 1, "confidence": "high"},
                        "a.x.q": {"level": 2, "confidence": "low"}, "a.y.r": 3,
                        "b.z.t": {"level": 3, "confidence": "high"}}},
        options={"model": {"high": {"same": 1, "next": 0}, "low": {"same": 0.6, "next": 0.2},
                           "unstated": {"same": 0.8, "next": 0.1}}},
        check=custom)

    mf = fw(N("a", N("a.x", "a.x.p", "a.x.q", agg="minimum"), N("a.y", "a.y.r", "a.y.s", "a.y.t"),
              agg="pooled_mean"),
            N("o", N("o.v", "o.v.p"), outcome=True))
    uncertainty_case(
        "minimum_pooled_mean_outcome",
        "The drawn scores follow the aggregations: a `minimum` sub-domain, a `pooled_mean` domain, and an outcome domain scored on its own but out of the overall score (its answer is still an uncertain answer).",
        mf, {"answers": {"a.x.p": {"level": 2, "confidence": "low"},
                         "a.x.q": {"level": 3, "confidence": "low"},
                         "a.y.r": {"level": 1, "confidence": "medium"}, "a.y.s": 4, "a.y.t": "unknown",
                         "o.v.p": {"level": 1, "confidence": "high"}}})

    mc = {"answers": {"a.x.p": {"level": 1, "confidence": "low"},
                      "a.x.q": {"level": 3, "confidence": "medium"},
                      "a.y.r": {"level": 0, "confidence": "low"}, "a.y.s": "unknown",
                      "b.z.t": {"level": 4, "confidence": "low", "evidence": "Plan."},
                      "b.z.u": 2}}

    def drawn(draws, seed):
        def check(r):
            assert r["method"] == "monte_carlo" and (r["draws"], r["seed"]) == (draws, seed)
            assert all(n["independent"]["std_error"] is not None for n in r["nodes"])
        return check

    uncertainty_case(
        "monte_carlo_default_seed",
        "Five uncertain answers and `max_exact: 2`: Monte Carlo with 200 draws and the default seed 2021 (draw d: ChaCha8 seeded from 2021 on stream d; the uniforms (next_u64 >> 11) × 2⁻⁵³, one per uncertain answer in framework order, the first shared for correlated errors); the standard error of each mean.",
        f, mc, options={"max_exact": 2, "draws": 200}, check=drawn(200, 2021))
    uncertainty_case(
        "monte_carlo_seed_7",
        "The same assessment with the seed 7 and 150 draws: other draws, other figures.",
        f, mc, options={"max_exact": 4, "draws": 150, "seed": 7}, check=drawn(150, 7))

    a = {"answers": {"a.x.p": {"level": 2, "confidence": "low"}}}
    uncertainty_case("zero_draws_refused",
                     "`draws: 0` is `input.invalid_uncertainty_option` at /draws.",
                     f, a, options={"draws": 0}, error="input.invalid_uncertainty_option")
    uncertainty_case("model_not_adding_up_refused",
                     "A spread whose chances do not add up (0.5 + 2 × 0.2) is `input.invalid_uncertainty_option` at /model/<confidence>.",
                     f, a, options={"model": {"low": {"same": 0.5, "next": 0.2}}},
                     error="input.invalid_uncertainty_option")
    uncertainty_case("negative_seed_refused",
                     "A seed that is not a whole number from 0 to 2⁵³ − 1 (-1) is `input.invalid_option` at /seed.",
                     f, a, options={"seed": -1}, error="input.invalid_option")

# ---------------------------------------------------------------------------------------------
# §30 robustness of many units' results (expectations from the core; two cases checked here)
# ---------------------------------------------------------------------------------------------


def cli_binary():
    given = os.environ.get("LHS_CLI")
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    for p in ([Path(given)] if given else []) + [target / "debug" / "lhs-maturity",
                                                 target / "release" / "lhs-maturity"]:
        if p.is_file():
            return p
    sys.exit("the robustness cases need the command line: `cargo build -p lhs-maturity-cli` "
             "(or set LHS_CLI to the binary)")


# The options as `lhs-maturity robustness` flags (a value, or a switch for one boolean value).
ROBUSTNESS_FLAGS = {"n": "--n", "seed": "--seed", "weights_spread": "--weights-spread",
                    "top_k": "--top-k", "bootstrap": "--bootstrap"}


def robustness_args(options):
    """The command's flags for `options`, or None when one has no flag."""
    args = []
    for key, value in options.items():
        if key in ROBUSTNESS_FLAGS:
            args.append(f"{ROBUSTNESS_FLAGS[key]}={value}")
        elif key == "aggregation_nodes":
            args += [f"--vary-aggregation={v}" for v in value]
        elif key == "pairs":
            args += [f"--pair={a},{b}" for a, b in value]
        elif (key, value) in (("missing", False), ("rating", False), ("publishable", False)):
            args.append({"missing": "--no-missing", "rating": "--no-rating",
                         "publishable": "--ranks"}[key])
        elif (key, value) not in (("missing", True), ("rating", True), ("publishable", True),
                                  ("weights_model", "uniform")):
            return None
    return args


def robustness_by_core(framework, inputs, options):
    """The core's result (without `library_version`), or its errors as a `Failure`."""
    args = robustness_args(options)
    if args is None:  # an option the command has no flag for: the Python package
        import lhs_maturity
        fwk = lhs_maturity.Framework.from_dict(framework)
        out = lhs_maturity.robustness(inputs, framework=fwk, as_frame=False, **options).to_dict()
    else:
        with tempfile.TemporaryDirectory() as d:
            files = []
            for i, doc in enumerate([framework] + inputs):
                files.append(Path(d) / f"in{i}.json")
                files[-1].write_text(json.dumps(doc), encoding="utf-8")
            run = subprocess.run(
                [cli_binary(), "robustness", *files[1:], "--framework", files[0],
                 "--format", "json", *args],
                capture_output=True, text=True, env={**os.environ, "LANG": "C"}, check=False)
        if run.returncode == 1:
            found = re.findall(r"error\[([a-z_.]+)\] at (\S*): ", run.stderr)
            raise Failure("input", found)
        assert run.returncode == 0, run.stderr
        out = json.loads(run.stdout)
    del out["library_version"]
    return out


def robustness_case(name, description, framework, inputs, *, options, error=None, check=None):
    """One case of §30: `inputs` are the units' assessments (each naming its unit, the label
    every surface gives it), `options` the core's (`robustness-options.schema.json`)."""
    doc = {"description": description, "analysis": "robustness", "framework": framework,
           "inputs": inputs, "options": options}
    record("robustness", name, doc, lambda: robustness_by_core(framework, inputs, options),
           error=error, check=check, tolerance=1e-12)


def close(a, b, tol=1e-12):
    return a is not None and b is not None and abs(a - b) <= tol


def average_ranks(scores):
    """Rank 1 = highest score, ties averaged."""
    return [sum(1 for y in scores if y > x) + (sum(1 for y in scores if y == x) + 1) / 2
            for x in scores]


def overall(framework, doc):
    r = G.score(G.Framework(framework), doc)
    return r["overall"]["score"], r["overall"]["level"]


def nothing_varied(framework, inputs, n, top_k):
    """With no factor: every run is the framework as it is; each domain left out is the
    framework with that domain as an outcome, scored by the reference."""
    def check(r):
        assert r["runs"] == n and r["factors"] == [] and r["model"] is None
        nominal = [overall(framework, d) for d in inputs]
        ranks = average_ranks([sc for sc, _ in nominal])
        for u, (sc, lv), rk in zip(r["units"], nominal, ranks):
            assert close(u["score"], sc) and u["level"] == lv, (u, sc, lv)
            assert u["median"] == u["score"] and u["interval"] == [u["score"]] * 2
            assert u["keeps_level"] == 1.0
            assert u["rank"] == {"nominal": rk, "median": rk, "interval": [rk, rk],
                                 "p_top_k": 1.0 if rk <= top_k else 0.0}, (u, rk)
        assert r["rank_shift"] == {"mean": 0.0, "median": 0.0, "interval": [0.0, 0.0]}
        assert [lo["domain"] for lo in r["leave_one_out"]] == [d["id"] for d in framework["domains"]]
        for lo in r["leave_one_out"]:
            without = copy.deepcopy(framework)
            next(d for d in without["domains"] if d["id"] == lo["domain"])["outcome"] = True
            for u, doc in zip(lo["units"], inputs):
                sc, lv = overall(without, doc)
                assert close(u["score"], sc) and u["level"] == lv, (lo["domain"], u, sc)
        assert all(i["factors"] == [] for i in r["sensitivity"]["scores"])
    return check


def domain_weights_only(framework, inputs, options):
    """Only the two domains' weights vary: run r scores each unit (a, b) as
    (w_a·a + w_b·b) / (w_a + w_b), each weight times 1 + spread·(2u − 1) for its uniform u of the
    design's run r (then scaled back to their sum, which the mean does not see)."""
    def check(r):
        from lhs_maturity.stats import sobol_sample
        n, seed, spread = options["n"], options["seed"], options["weights_spread"]
        weights = [d.get("weight", 1) for d in framework["domains"]]
        design = sobol_sample(n, ["weights:overall"] * 2, seed)
        assert r["runs"] == len(design) == 3 * n
        assert [f["name"] for f in r["factors"]] == ["weights:overall"]
        reports = [G.score(G.Framework(framework), d) for d in inputs]
        ab = [[x["score"] for x in rep["domains"]] for rep in reports]
        runs = []
        for u in design:
            w = [wi * (1 + spread * (2 * x - 1)) for wi, x in zip(weights, u)]
            w = [x * sum(weights) / sum(w) for x in w]
            runs.append([(w[0] * a + w[1] * b) / (w[0] + w[1]) for a, b in ab])
        run_ranks = [average_ranks(scores) for scores in runs]
        top = framework["scale"]["levels"][-1]["level"]
        for i, (u, rep) in enumerate(zip(r["units"], reports)):
            col = sorted(run[i] for run in runs)
            assert close(u["median"], linear_quantile(col, 0.5)), (u, linear_quantile(col, 0.5))
            assert close(u["interval"][0], linear_quantile(col, 0.05))
            assert close(u["interval"][1], linear_quantile(col, 0.95))
            keeps = sum(1 for run in runs if level_of(top, run[i]) == rep["overall"]["level"])
            assert u["keeps_level"] == keeps / len(runs), (u, keeps)
            rk = sorted(rr[i] for rr in run_ranks)
            assert u["rank"]["median"] == linear_quantile(rk, 0.5)
            assert u["rank"]["interval"] == [linear_quantile(rk, 0.05), linear_quantile(rk, 0.95)]
            assert u["rank"]["p_top_k"] == sum(1 for x in rk if x <= options["top_k"]) / len(runs)
        labels = [u["unit"] for u in r["units"]]
        for pair, (a, b) in zip(r["pairs"], options["pairs"]):
            i, j = labels.index(a), labels.index(b)
            assert pair["p_above"] == sum(1 for run in runs if run[i] > run[j]) / len(runs)
            assert pair["p_tie"] == sum(1 for run in runs if run[i] == run[j]) / len(runs)
    return check


def robustness_cases():
    f = fw(N("a", N("a.x", "a.x.p", "a.x.q")), N("b", N("b.z", "b.z.t", "b.z.u")))
    units = [
        {"unit": {"id": "d1"}, "answers": {"a.x.p": {"level": 3, "confidence": "low"},
                                           "a.x.q": 1, "b.z.t": 2, "b.z.u": "unknown"}},
        {"unit": {"id": "d2"}, "answers": {"a.x.p": 2, "a.x.q": {"level": 2, "confidence": "high"},
                                           "b.z.t": {"level": 1, "confidence": "medium"}}},
        {"unit": {"id": "d3"}, "answers": {"a.x.p": 1, "a.x.q": 0, "b.z.t": 4, "b.z.u": 3}},
    ]
    quiet = {"n": 16, "weights_spread": 0, "missing": False, "rating": False, "bootstrap": 0,
             "publishable": False, "top_k": 1}
    robustness_case(
        "nothing_varied",
        "No factor varies (spread 0, missing answers and ratings fixed): the n = 16 runs are all the framework as it is, so each unit's median and interval are its published score, it always keeps its level and its rank, and the rank shift is 0; the Sobol' indices have no factor; each domain left out is scored with that domain as an outcome.",
        f, units, options=quiet, check=nothing_varied(f, units, 16, 1))

    two = fw(N("a", N("a.x", "a.x.p")), N("b", N("b.z", "b.z.t"), w=2))
    pairs_of_two = [{"unit": {"id": u}, "answers": {"a.x.p": a, "b.z.t": b}}
                    for u, a, b in (("u1", 4, 1), ("u2", 1, 3), ("u3", 2, 2))]
    wopts = {"n": 16, "seed": 7, "weights_spread": 0.25, "missing": False, "rating": False,
             "bootstrap": 0, "publishable": False, "top_k": 1, "pairs": [["u1", "u3"]]}
    robustness_case(
        "domain_weights_only",
        "Two domains (weights 1 and 2), one indicator each, and only their weights vary: one factor of two uniforms, 16 × 3 runs of the Saltelli design with the seed 7; each run's overall score is the weighted mean with each weight times 1 ± 0.25, so u1 and u3 (both 2 as published) part ways, and u3 (2 and 2) never moves.",
        two, pairs_of_two, options=wopts, check=domain_weights_only(two, pairs_of_two, wopts))

    robustness_case(
        "every_factor_with_ranks",
        "Every factor at once on three units: each set of sibling weights ±25%, the aggregation of a.x (mean or minimum), missing and unknown answers left out or counted as 0, and the ratings by their confidence; n = 16 (16 × 7 runs), 50 bootstrap resamples of the Sobol' indices, the ranks (not publishable), P(top 1) and P(d1 above d3).",
        f, units, options={"n": 16, "bootstrap": 50, "aggregation_nodes": ["a.x"],
                           "publishable": False, "top_k": 1, "pairs": [["d1", "d3"]]})

    robustness_case(
        "publishable_without_ranks",
        "By default the result is publishable: no rank of a unit, no pair (even one asked for), and no Sobol' indices on ranks; the spread of each unit's score, the rank shift and the leave-one-out scores stay. The seed 11.",
        f, units, options={"n": 16, "seed": 11, "bootstrap": 0, "pairs": [["d1", "d2"]]})

    robustness_case(
        "dirichlet_weights",
        "The weights of each set of siblings drawn together from a Dirichlet distribution around the framework's shares (`weights_model: dirichlet`), as spread out as uniform factors of ±25%; the ratings fixed.",
        f, units, options={"n": 16, "bootstrap": 0, "weights_model": "dirichlet",
                           "rating": False})

    robustness_case(
        "bad_spread_and_pair_refused",
        "A spread of 1 and a pair naming a unit that is not one: `input.invalid_robustness_option` at /weights_spread and at /pairs/0/1, both at once.",
        f, units, options={"n": 16, "bootstrap": 0, "weights_spread": 1,
                           "pairs": [["d1", "nowhere"]], "publishable": False},
        error="input.invalid_robustness_option")


def main():
    pool_cases()
    agreement_cases()
    compare_cases()
    series_cases()
    cohort_cases()
    pool_bootstrap_cases()
    reliability_cases()
    uncertainty_cases()
    robustness_cases()
    names = [(a, n) for a, n, _ in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    rendered = {HERE / a / f"{n}.json": json.dumps(d, indent=2, ensure_ascii=False) + "\n"
                for a, n, d in CASES}
    on_disk = {p for a in ANALYSES for p in (HERE / a).glob("*.json")}
    if "--check" in sys.argv:
        stale = sorted(str(p.relative_to(HERE)) for p in on_disk | set(rendered)
                       if p not in rendered or not p.exists()
                       or p.read_text(encoding="utf-8") != rendered[p])
        if stale:
            print("spec/vectors/analysis is out of date; run "
                  "`.venv/bin/python spec/vectors/analysis/generate.py`:", *stale, sep="\n  ")
            sys.exit(1)
        print(f"spec/vectors/analysis is up to date ({len(CASES)} cases)")
        return
    for p in on_disk - set(rendered):
        p.unlink()
    for p, t in rendered.items():
        p.parent.mkdir(exist_ok=True)
        p.write_text(t, encoding="utf-8")
    per = {a: sum(1 for x, _, _ in CASES if x == a) for a in ANALYSES}
    print(f"wrote {len(CASES)} cases: " + ", ".join(f"{a} {n}" for a, n in per.items()))


if __name__ == "__main__":
    main()
