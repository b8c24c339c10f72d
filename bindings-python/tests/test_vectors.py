"""Runs every case of spec/vectors/ exactly as the Rust runner does (tests/tests/vectors.rs and
the partial match of tests/lib.rs; format in spec/vectors/README.md). Cases listed in
spec/vectors/xfail/python.txt must fail; passing them is an error (strict xfail)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import lhs_maturity
from conftest import ROOT

VECTORS = ROOT / "spec" / "vectors"


def _xfail() -> set[str]:
    path = VECTORS / "xfail" / "python.txt"
    if not path.exists():
        return set()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def _cases() -> list[str]:
    # Like the Rust runner's json_files: every .json below spec/vectors, sorted, except the
    # analysis cases (their own format and runner: test_analysis_vectors.py).
    names = (p.relative_to(VECTORS).as_posix() for p in VECTORS.rglob("*.json"))
    return sorted(n for n in names if not n.startswith("analysis/"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "vector" in metafunc.fixturenames:
        xfail = _xfail()
        params = [
            pytest.param(name, marks=pytest.mark.xfail(strict=True)) if name in xfail else name
            for name in _cases()
        ]
        metafunc.parametrize("vector", params)


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def partial_match(expected: Any, actual: Any, tol: float, path: str, out: list[str]) -> None:
    """tests/lib.rs `partial_match`: every expected key present and matching; arrays of the same
    length matched element by element; numbers within `tol`; everything else exactly."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for k, ev in expected.items():
            if k in actual:
                partial_match(ev, actual[k], tol, f"{path}/{k}", out)
            else:
                out.append(f"{path}/{k}: missing in the actual value")
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            out.append(f"{path}: expected {len(expected)} elements, found {len(actual)}")
            return
        for i, (ev, av) in enumerate(zip(expected, actual)):
            partial_match(ev, av, tol, f"{path}/{i}", out)
    elif _is_number(expected) and _is_number(actual):
        e, a = float(expected), float(actual)
        if math.isnan(e) or math.isnan(a) or abs(e - a) > tol:
            out.append(f"{path}: expected {e}, found {a}")
    elif type(expected) is type(actual) and expected == actual:
        pass
    else:
        out.append(f"{path}: expected {expected!r}, found {actual!r}")


def _error_value(e: lhs_maturity.LhsError) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "code": e.code,
        "path": e.path,
        "details": [{"code": d["code"], "path": d["path"]} for d in e.details],
    }


def load_framework(spec: Any) -> lhs_maturity.Framework:
    """`"builtin"`, `"builtin@<version>"` or an inline framework document."""
    if spec == "builtin":
        return lhs_maturity.Framework.builtin()
    if isinstance(spec, str) and spec.startswith("builtin@"):
        return lhs_maturity.Framework.builtin(spec[len("builtin@"):])
    return lhs_maturity.Framework.from_dict(spec)


def run_case(case: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(report, None) or (None, error), as the Rust runner's `run_case`."""
    try:
        framework = load_framework(case.get("framework"))
        options = case.get("options") or {}
        target = options.get("default_target")
        if not (isinstance(target, int) and not isinstance(target, bool) and target >= 0):
            target = None  # the Rust runner reads it with `as_u64()`
        unknown = options.get("unknown")
        if not isinstance(unknown, str):
            unknown = "exclude"  # the Rust runner reads it with `as_str()`
        text = case.get("assessment_text")
        document = text if isinstance(text, str) else case.get("assessment")
        report = framework.score(document, default_target=target, unknown=unknown)
    except lhs_maturity.LhsError as e:
        return None, _error_value(e)
    # The report serialized to JSON and read back, as the Rust runner compares it.
    return json.loads(report.to_json()), None


def test_vector(vector: str) -> None:
    case = json.loads((VECTORS / vector).read_text(encoding="utf-8"))
    tol = case.get("tolerance", 1e-9)
    expect = case.get("expect", {})
    exp_report, exp_error = expect.get("report"), expect.get("error")
    report, error = run_case(case)
    problems: list[str] = []
    if exp_report is None and exp_error is None:
        problems.append("the case expects neither a report nor an error")
    elif exp_error is None:
        if report is not None:
            partial_match(exp_report, report, tol, "report", problems)
        else:
            problems.append(f"expected a report, got the error {error}")
    elif exp_report is None:
        if error is not None:
            partial_match(exp_error, error, 0.0, "error", problems)
        else:
            problems.append("expected an error, got a report")
    else:
        problems.append("the case expects both a report and an error")
    assert not problems, f"{vector}:\n    " + "\n    ".join(problems)


def test_every_vector_is_collected() -> None:
    assert len(_cases()) >= 135, "spec/vectors looks incomplete"
    assert all(not Path(c).is_absolute() for c in _cases())


def test_the_runner_reads_every_framework_and_option_form() -> None:
    assert load_framework("builtin").version == lhs_maturity.Framework.builtin().version
    assert load_framework("builtin@1.0.0").version == "1.0.0"
    assert load_framework("builtin@2.0.0").version == "2.0.0"
    with pytest.raises(lhs_maturity.FrameworkError) as info:
        load_framework("builtin@9.9.9")
    assert info.value.code == "framework.unknown_version"
    used = {
        (json.loads((VECTORS / c).read_text(encoding="utf-8")).get("options") or {}).get("unknown")
        for c in _cases()
    }
    assert {"zero", "exclude"} <= used, "the vectors exercise options.unknown"
