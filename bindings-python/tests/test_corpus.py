"""The bad-input corpus (tests/corpus/, format in tests/corpus/README.md) through the public
Python API: every document must give the error code and path of tests/corpus/expected.json and
every error it lists (code and path, in order), exactly as the Rust runner (tests/tests/corpus.rs)
checks them, and the valid baselines must be accepted.

Each document is given in every way the API takes one (a "way"):

- assessments: ``bytes``, ``str`` (the bytes decoded as UTF-8), ``path`` (a ``pathlib.Path``)
  and ``dict`` (the text read by ``json.loads``) to ``Framework.builtin().score(...)``, and
  the same to ``validate(...)``, whose errors must be the same;
- frameworks: ``Framework.from_json(bytes)``, ``from_json(str)``, ``from_path(Path)`` and
  ``from_dict(dict)``;
- CSV files of assessments (``csv/``): ``path`` only (the API reads CSV from a file:
  ``Framework.builtin().validate(Path)`` and ``score(Path)``), comparing the line and column of
  each error too; ``score`` must give the manifest's ``score`` list where it has one (a file of
  several rows is scored as one file).

The large documents (the size limit ±1 byte, 100,000 answers, 10,000 levels of nesting) are made
by the tests at the end, not stored.

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
CSV_WAYS = ("path",)
KINDS = ("assessment", "framework", "csv")
Errors = list[tuple[Any, ...]]


def ways_of(case: str) -> tuple[str, ...]:
    if case.startswith("framework/"):
        return FRAMEWORK_WAYS
    return CSV_WAYS if case.startswith("csv/") else ASSESSMENT_WAYS


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


def errors_of(diagnostics: list[Any], with_place: bool = False) -> Errors:
    """(code, path) of each error, and (line, column) too when `with_place` (CSV)."""
    return [
        (d["code"], d["path"], d.get("line"), d.get("column")) if with_place else (d["code"], d["path"])
        for d in diagnostics
        if d["severity"] == "error"
    ]


def outcome(call: Callable[[], object], cls: type[lhs_maturity.LhsError], with_place: bool = False) -> Errors:
    """The errors of a call: [] when it succeeds; any exception but `cls` propagates."""
    try:
        call()
    except cls as e:
        first = (e.code, e.path)
        errors = errors_of(e.details, with_place)
        assert errors and errors[0][:2] == first, f"code and path {first} are not the first of {errors}"
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
    if case.startswith("csv/"):
        return run_csv(case, doc)
    scored = outcome(lambda: fw.score(doc), AssessmentError)
    validated = errors_of(fw.validate(doc))
    assert validated == scored, f"validate reports {validated}, score raised {scored}"
    return scored


def listed(case: str, key: str) -> Errors:
    """The manifest's `errors` or `score` list of a case; with line and column for CSV."""
    csv = case.startswith("csv/")
    return [(e["code"], e["path"], e.get("line"), e.get("column")) if csv else (e["code"], e["path"]) for e in EXPECTED[case][key]]


def run_csv(case: str, doc: Any) -> Errors:
    """validate(Path) gives the errors; score(Path) those too, or the manifest's `score` list."""
    fw = Framework.builtin()
    validated = errors_of(fw.validate(doc), with_place=True)
    scored = outcome(lambda: fw.score(doc), AssessmentError, with_place=True)
    want_score = listed(case, "score") if "score" in EXPECTED[case] else validated
    assert scored == want_score, f"score raised {scored}, expected {want_score}"
    return validated


def _params() -> list[Any]:
    params = []
    for case in EXPECTED:
        for way in ways_of(case):
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
        want = listed(case, "errors")
        assert got == want, f"{case}: expected {want}, got {got}"


def test_every_exception_names_a_way_the_runner_runs() -> None:
    for case, way in EXCEPTIONS:
        assert way in ways_of(case), f"exceptions/python.txt: no way {way!r} for {case}"


def test_the_corpus_is_all_there() -> None:
    on_disk = sorted(p.relative_to(CORPUS).as_posix() for d in KINDS for p in (CORPUS / d).iterdir())
    assert on_disk == sorted(EXPECTED), "every corpus file has an entry in expected.json, and only those"
    assert len(EXPECTED) >= 150
    assert sum(1 for e in EXPECTED.values() if e["code"] is not None) >= 120


MAX = 16 * 1024 * 1024  # the core's MAX_DOCUMENT_BYTES


def _assessment_of_size(size: int) -> bytes:
    head, tail = b'{"answers": {"inst.info.routine_data": 2}, "notes": "', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


def _csv_of_size(size: int) -> bytes:
    head, tail = b"unit_id,unit_name,inst.info.routine_data\nk1,", b",2\n"
    return head + b"x" * (size - len(head) - len(tail)) + tail


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_the_size_limit_to_the_byte(tmp_path: Path, bom: bytes) -> None:
    """At the limit a document is read, one byte more is assessment.too_large; a byte order mark
    does not count (bytes, str and a JSON or CSV file alike)."""
    fw = Framework.builtin()
    for size, want in ((MAX, None), (MAX + 1, "assessment.too_large")):
        doc = bom + _assessment_of_size(size)
        (tmp_path / "a.json").write_bytes(doc)
        (tmp_path / "a.csv").write_bytes(bom + _csv_of_size(size))
        for way in (doc, doc.decode("utf-8"), tmp_path / "a.json", tmp_path / "a.csv"):
            errors = [d["code"] for d in fw.validate(way) if d["severity"] == "error"]
            assert errors[:1] == ([want] if want else []), (size, type(way))


def test_a_hundred_thousand_answers_are_all_reported() -> None:
    text = '{"answers": {' + ", ".join(f'"q{i}": 2' for i in range(100_000)) + "}}"
    errors = [d for d in Framework.builtin().validate(text) if d["severity"] == "error"]
    assert len(errors) == 100_000
    assert {d["code"] for d in errors} == {"assessment.unknown_indicator"}
    with pytest.raises(AssessmentError) as info:
        Framework.builtin().score(text.encode())
    assert len(info.value.details) >= 100_000


@pytest.mark.parametrize("deep", ["[" * 10_000 + "]" * 10_000, '{"a": ' * 10_000 + "1" + "}" * 10_000], ids=["arrays", "objects"])
def test_ten_thousand_levels_of_nesting_are_an_error(deep: str) -> None:
    text = '{"answers": {"inst.info.routine_data": ' + deep + "}}"
    with pytest.raises(AssessmentError) as info:
        Framework.builtin().score(text)
    assert (info.value.code, info.value.path) == ("assessment.invalid_json", "")
    with pytest.raises(FrameworkError) as finfo:
        Framework.from_json(text.encode())
    assert finfo.value.code == "framework.invalid_json"
