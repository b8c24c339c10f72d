"""The bad-input corpus (tests/corpus/, format in tests/corpus/README.md) through the public
Python API: every document must give the error code and path of tests/corpus/expected.json and
every error it lists (code and path, in order), exactly as the Rust runner (tests/tests/corpus.rs)
checks them, and the valid baselines must be accepted.

Each document is given in every way the API takes one (a "way"):

- assessments: ``bytes``, ``str`` (the bytes decoded as UTF-8), ``path`` (a ``pathlib.Path``)
  and ``dict`` (the text read by ``json.loads``) to ``Framework.builtin().score(...)``, and
  the same to ``validate(...)``, whose errors must be the same;
- frameworks: ``Framework.from_json(bytes)``, ``from_json(str)``, ``from_path(Path)`` and
  ``from_dict(dict)``.

A way that cannot take a document as it is stored (a ``str`` of bytes that are not UTF-8, a
``dict`` of text that is not JSON or repeats a key) fails, and must then be listed in
tests/corpus/exceptions/python.txt with the reason; a listed (case, way) that passes fails the
run (strict xfail), so no case is ever skipped in silence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

import lhs_maturity
from conftest import ROOT
from lhs_maturity import AssessmentError, Framework, FrameworkError

CORPUS = ROOT / "tests" / "corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
ASSESSMENT_WAYS = ("bytes", "str", "path", "dict")
FRAMEWORK_WAYS = ("bytes", "str", "path", "dict")
Errors = list[tuple[str, str]]


def read_exceptions(surface: str) -> dict[tuple[str, str], str]:
    """tests/corpus/exceptions/<surface>.txt: `<case> <way>  # reason` per line."""
    out: dict[tuple[str, str], str] = {}
    for number, line in enumerate((CORPUS / "exceptions" / f"{surface}.txt").read_text(encoding="utf-8").splitlines(), 1):
        entry, _, reason = line.partition("#")
        if not entry.strip():
            continue
        case, way = entry.split()
        assert reason.strip(), f"exceptions/{surface}.txt:{number}: give the reason after `#`"
        assert case in EXPECTED, f"exceptions/{surface}.txt:{number}: no case {case}"
        out[(case, way)] = reason.strip()
    return out


EXCEPTIONS = read_exceptions("python")


def _strict_json(text: str) -> Any:
    """json.loads, refusing a repeated key (which json.loads would silently resolve)."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise ValueError(f"a dict cannot hold the repeated key {repeated[0]!r}")
        return dict(items)

    return json.loads(text, object_pairs_hook=pairs)


def document(case: str, way: str) -> Any:
    """The stored document as this way gives it to the API; ValueError when it cannot."""
    path = CORPUS / case
    data = path.read_bytes()
    if way == "bytes":
        return data
    if way == "path":
        return path
    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    return text if way == "str" else _strict_json(text)


def errors_of(diagnostics: list[Any]) -> Errors:
    return [(d["code"], d["path"]) for d in diagnostics if d["severity"] == "error"]


def outcome(call: Callable[[], object], cls: type[lhs_maturity.LhsError]) -> Errors:
    """The errors of a call: [] when it succeeds; any exception but `cls` propagates."""
    try:
        call()
    except cls as e:
        first = (e.code, e.path)
        errors = errors_of(e.details)
        assert errors and errors[0] == first, f"code and path {first} are not the first of {errors}"
        return errors
    return []


def run(case: str, way: str) -> Errors:
    doc = document(case, way)
    if case.startswith("framework/"):
        load = {
            "bytes": Framework.from_json,
            "str": Framework.from_json,
            "path": Framework.from_path,
            "dict": Framework.from_dict,
        }[way]
        return outcome(lambda: load(doc), FrameworkError)
    fw = Framework.builtin()
    scored = outcome(lambda: fw.score(doc), AssessmentError)
    validated = errors_of(fw.validate(doc))
    assert validated == scored, f"validate reports {validated}, score raised {scored}"
    return scored


def _params() -> list[Any]:
    params = []
    for case in EXPECTED:
        ways = FRAMEWORK_WAYS if case.startswith("framework/") else ASSESSMENT_WAYS
        for way in ways:
            marks = [pytest.mark.xfail(strict=True, reason=EXCEPTIONS[(case, way)])] if (case, way) in EXCEPTIONS else []
            params.append(pytest.param(case, way, marks=marks, id=f"{case}-{way}"))
    return params


@pytest.mark.parametrize(("case", "way"), _params())
def test_corpus_document(case: str, way: str) -> None:
    exp = EXPECTED[case]
    got = run(case, way)
    if exp["code"] is None:
        assert got == [], f"{case} is valid, got {got}"
    else:
        want = [(e["code"], e["path"]) for e in exp["errors"]]
        assert got == want, f"{case}: expected {want}, got {got}"


def test_every_exception_names_a_way_the_runner_runs() -> None:
    for case, way in EXCEPTIONS:
        ways = FRAMEWORK_WAYS if case.startswith("framework/") else ASSESSMENT_WAYS
        assert way in ways, f"exceptions/python.txt: no way {way!r} for {case}"


def test_the_corpus_is_all_there() -> None:
    on_disk = sorted(p.relative_to(CORPUS).as_posix() for d in ("framework", "assessment") for p in (CORPUS / d).iterdir())
    assert on_disk == sorted(EXPECTED), "every corpus file has an entry in expected.json, and only those"
    assert sum(1 for e in EXPECTED.values() if e["code"] is not None) >= 30
