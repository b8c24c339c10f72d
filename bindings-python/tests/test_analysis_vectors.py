"""Runs every case of spec/vectors/analysis/ through the public analysis functions
(``lhs_maturity.pool``, ``pool_bootstrap``, ``agreement``, ``compare``, ``series``, ``cohort``,
``reliability``, ``Framework.uncertainty``, ``robustness``), as the Rust runner does
(tests/tests/analysis_vectors.rs; format in spec/vectors/README.md). The tables of ``agreement`` and ``series`` are read back into the
core's document to be compared. Cases listed in spec/vectors/xfail/analysis-python.txt must
fail; passing them is an error (strict xfail)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import lhs_maturity
from conftest import ROOT
from test_vectors import load_framework, partial_match

VECTORS = ROOT / "spec" / "vectors"
ANALYSIS = VECTORS / "analysis"


def xfail_list(name: str) -> dict[str, str]:
    """Case → reason, from spec/vectors/xfail/<name> (`case  # reason` per line)."""
    path = VECTORS / "xfail" / name
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        case, _, reason = line.partition("#")
        if case.strip():
            out[case.strip()] = reason.strip()
    return out


def _cases() -> list[str]:
    return sorted(p.relative_to(VECTORS).as_posix() for p in ANALYSIS.rglob("*.json"))


XFAIL = xfail_list("analysis-python.txt")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "analysis_vector" in metafunc.fixturenames:
        params = [
            pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n
            for n in _cases()
        ]
        metafunc.parametrize("analysis_vector", params)


def _error_value(e: lhs_maturity.LhsError, prefix: str = "") -> dict[str, Any]:
    return {
        "kind": e.kind,
        "code": e.code,
        "path": f"{prefix}{e.path}",
        "details": [{"code": d["code"], "path": f"{prefix}{d['path']}"} for d in e.details],
    }


class _InputError(Exception):
    def __init__(self, value: dict[str, Any]) -> None:
        super().__init__(value)
        self.value = value


def _reports(case: dict[str, Any], fw: lhs_maturity.Framework) -> list[Any]:
    """Each input scored with its framework and `options.score` (an error located at its
    position, as the Rust runner does)."""
    unknown = (case.get("options") or {}).get("score", {}).get("unknown", "exclude")
    frameworks = case.get("input_frameworks")
    out = []
    for i, doc in enumerate(case["inputs"]):
        f = load_framework(frameworks[i]) if frameworks else fw
        try:
            out.append(f.score(doc, unknown=unknown))
        except lhs_maturity.LhsError as e:
            raise _InputError(_error_value(e, f"/{i}")) from None
    return out


def _estimate(row: dict[str, Any], name: str) -> dict[str, Any]:
    return {"value": row[name], "note": row[f"{name}_note"]}


def _agreement_doc(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of ``agreement(as_frame=False)`` as the core's documents."""
    return [
        {
            "scope": r["scope"],
            "name": r["name"],
            "alpha_ordinal": _estimate(r, "alpha_ordinal"),
            "alpha_interval": _estimate(r, "alpha_interval"),
            "alpha_units": r["alpha_units"],
            "icc2_1": _estimate(r, "icc2_1"),
            "icc2_k": _estimate(r, "icc2_k"),
            "icc_units": r["icc_units"],
            "raters": r["raters"],
        }
        for r in rows
    ]


def _series_doc(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The rows of ``series(as_frame=False)`` as the core's document."""
    fixed = {"unit_id", "period", "overall_score", "overall_level", "overall_coverage"}
    return {
        "unit": rows[0]["unit_id"] if rows else None,
        "rows": [
            {
                "period": r["period"],
                "overall": r["overall_score"],
                "level": r["overall_level"],
                "coverage": r["overall_coverage"],
                "domains": [
                    # The built-in domain ids have no dots: `<domain>_score`.
                    {"id": k[: -len("_score")], "score": v}
                    for k, v in r.items()
                    if k not in fixed and k.endswith("_score")
                ],
            }
            for r in rows
        ],
    }


def run_case(case: dict[str, Any]) -> tuple[Any, dict[str, Any] | None]:
    """(result, None) or (None, error)."""
    options = case.get("options") or {}
    try:
        fw = load_framework(case["framework"])
        analysis = case["analysis"]
        if analysis == "pool":
            result: Any = lhs_maturity.pool(
                case["inputs"],
                method=options.get("method", "median"),
                consensus=options.get("consensus"),
                allow_mismatch=options.get("allow_mismatch", False),
                framework=fw,
                as_frame=False,
            ).to_dict()
        elif analysis == "pool_bootstrap":
            pool = options.get("pool") or {}
            result = lhs_maturity.pool_bootstrap(
                case["inputs"],
                resamples=options.get("resamples", 1000),
                seed=options.get("seed", 2021),
                level=options.get("level", 0.9),
                method=pool.get("method", "median"),
                consensus=pool.get("consensus"),
                allow_mismatch=pool.get("allow_mismatch", False),
                framework=fw,
                as_frame=False,
            ).to_dict()
        elif analysis == "agreement":
            result = _agreement_doc(lhs_maturity.agreement(case["inputs"], fw, as_frame=False))
        elif analysis == "compare":
            before, after = _reports(case, fw)
            result = lhs_maturity.compare(before, after, as_frame=False).to_dict()
        elif analysis == "series":
            result = _series_doc(lhs_maturity.series(_reports(case, fw), as_frame=False))
        elif analysis == "cohort":
            result = lhs_maturity.cohort(
                _reports(case, fw),
                group_by=options.get("group_by"),
                min_group=options.get("min_group", 5),
                publishable=not options.get("ranks", False),
                sample=options.get("sample", False),
                resamples=options.get("resamples", 1000),
                seed=options.get("seed", 2021),
                as_frame=False,
            ).to_dict()
        elif analysis == "reliability":
            result = lhs_maturity.reliability(_reports(case, fw), as_frame=False).to_dict()
        elif analysis == "uncertainty":
            result = fw.uncertainty(case["assessment"], **options)
        elif analysis == "robustness":
            # The keyword arguments are the options' names; each input labelled by its unit.
            result = lhs_maturity.robustness(
                case["inputs"], framework=fw, as_frame=False, **options
            ).to_dict()
        else:
            raise AssertionError(f"unknown analysis {analysis!r}")
    except _InputError as e:
        return None, e.value
    except lhs_maturity.LhsError as e:
        return None, _error_value(e)
    # As JSON, as the other runners compare it.
    return json.loads(json.dumps(result)), None


def test_analysis_vector(analysis_vector: str) -> None:
    case = json.loads((VECTORS / analysis_vector).read_text(encoding="utf-8"))
    tol = case.get("tolerance", 1e-9)
    expect = case.get("expect", {})
    # `uncertainty` cases name their result `uncertainty`.
    exp_result = expect.get("uncertainty", expect.get("result"))
    exp_error = expect.get("error")
    result, error = run_case(case)
    problems: list[str] = []
    if (exp_result is None) == (exp_error is None):
        problems.append("the case must expect exactly one of a result and an error")
    elif exp_error is None:
        if error is None:
            partial_match(exp_result, result, tol, "result", problems)
        else:
            problems.append(f"expected a result, got the error {error}")
    elif error is not None:
        partial_match(exp_error, error, 0.0, "error", problems)
    else:
        problems.append("expected an error, got a result")
    assert not problems, f"{analysis_vector}:\n    " + "\n    ".join(problems)


def test_every_analysis_is_covered_and_the_xfail_list_names_cases() -> None:
    cases = _cases()
    assert len(cases) >= 50, "spec/vectors/analysis looks incomplete"
    kinds = {json.loads((VECTORS / c).read_text(encoding="utf-8"))["analysis"] for c in cases}
    assert kinds == {
        "pool", "agreement", "compare", "series", "cohort", "reliability", "uncertainty",
        "pool_bootstrap", "robustness",
    }
    assert set(XFAIL) <= set(cases), set(XFAIL) - set(cases)
    assert all(XFAIL.values()), "every expected failure says why"
