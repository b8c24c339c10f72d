"""Bad inputs: every one is a clean exception with a code (or a diagnostic from `validate`),
never a crash, a hang or a `PanicException`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import lhs_maturity
from lhs_maturity import AssessmentError, Framework, FrameworkError, InputError


def codes(e: lhs_maturity.LhsError) -> list[str]:
    return [d["code"] for d in e.details]


@pytest.mark.parametrize(
    ("assessment", "code", "path"),
    [
        ([], "assessment.invalid_type", ""),  # a list where a dict is expected
        ([{"answers": {}}], "assessment.invalid_type", ""),
        ({"answers": []}, "assessment.invalid_type", "/answers"),
        ({"answers": {"inst.info.routine_data": 2.5}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routine_data": True}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routine_data": False}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routine_data": "2"}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routine_data": -1}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routine_data": [2]}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routine_data": {"level": 2.5}}}, "assessment.invalid_level", "/answers/inst.info.routine_data/level"),
        ({"answers": {"inst.info.routine_data": 5}}, "assessment.level_out_of_range", "/answers/inst.info.routine_data"),
        # As a JSON parser reads a very long integer: a float, which the core rejects.
        ({"answers": {"inst.info.routine_data": 2**70}}, "assessment.invalid_level", "/answers/inst.info.routine_data"),
        ({"answers": {"inst.info.routin_data": 2}}, "assessment.unknown_indicator", "/answers/inst.info.routin_data"),
        ({"answers": {"inst": 2}}, "assessment.unknown_indicator", "/answers/inst"),
        ({}, "assessment.missing_field", ""),
        ({"answers": {}, "default_target": "3"}, "assessment.invalid_target", "/default_target"),
        ({"answers": {}, "framework": {"id": "other"}}, "assessment.framework_mismatch", "/framework/id"),
        (None, "assessment.invalid_type", ""),
        (True, "assessment.invalid_type", ""),
        (3, "assessment.invalid_type", ""),
        (2.5, "assessment.invalid_type", ""),
        ("{", "assessment.invalid_json", ""),
        ('{"answers": {}', "assessment.invalid_json", ""),
        ('{"answers": {"a": 1, "a": 2}}', "assessment.duplicate_key", "/answers/a"),
        ("", "assessment.invalid_json", ""),
        ("spec/examples/district-kisumu-east.json", "assessment.invalid_json", ""),  # a str is JSON text
        (b"\xff\xfe{}", "assessment.invalid_encoding", ""),
    ],
)
def test_bad_assessment(fw: Framework, assessment: Any, code: str, path: str) -> None:
    with pytest.raises(AssessmentError) as info:
        fw.score(assessment)
    assert info.value.code == code
    assert info.value.path == path
    assert isinstance(info.value, ValueError)
    # validate never raises for a bad assessment, and reports the same first error.
    diags = fw.validate(assessment)
    errors = [d for d in diags if d["severity"] == "error"]
    assert errors and errors[0]["code"] == code


def test_unknown_indicator_suggests_the_closest(fw: Framework) -> None:
    with pytest.raises(AssessmentError) as info:
        fw.score({"answers": {"inst.info.routin_data": 2}})
    assert info.value.help == "did you mean `inst.info.routine_data`?"


def test_invalid_json_has_line_and_column(fw: Framework) -> None:
    with pytest.raises(AssessmentError) as info:
        fw.score('{\n  "answers": {,}\n}')
    d = info.value.details[0]
    assert (d["line"], d["column"]) == (2, 15)


def test_missing_file(fw: Framework, tmp_path: Path) -> None:
    with pytest.raises(AssessmentError) as info:
        fw.score(tmp_path / "missing.json")
    assert info.value.code == "assessment.unreadable"
    assert "does not exist" in str(info.value)
    assert fw.validate(tmp_path / "missing.json")[0]["code"] == "assessment.unreadable"
    with pytest.raises(AssessmentError) as info:
        fw.score(tmp_path)  # a directory
    assert info.value.code == "assessment.unreadable"
    with pytest.raises(FrameworkError) as finfo:
        Framework.from_path(tmp_path / "missing.json")
    assert finfo.value.code == "framework.unreadable"


def test_file_not_utf8_or_malformed(fw: Framework, tmp_path: Path) -> None:
    p = tmp_path / "latin1.json"
    p.write_bytes('{"answers": {}, "period": "été"}'.encode("latin-1"))
    with pytest.raises(AssessmentError) as info:
        fw.score(p)
    assert info.value.code == "assessment.invalid_encoding"
    p.write_text('{"answers": {"inst.info.routine_data": 2,}}', encoding="utf-8")
    with pytest.raises(AssessmentError) as info:
        fw.score(p)
    assert info.value.code == "assessment.invalid_json"


@pytest.mark.parametrize(
    ("value", "path", "words"),
    [
        ({"answers": {"x": {1, 2}}}, "/answers/x", "the value at `/answers/x` must be a value JSON can hold"),
        ({"answers": {"x": object()}}, "/answers/x", "not `object`"),
        ({"answers": {1: 2}}, "/answers", "the keys of the object at `/answers` must be text, not `int`"),
        ({"answers": {"a/b": {"c~d": {3}}}}, "/answers/a~1b/c~0d", "not `set`"),
    ],
)
def test_values_json_cannot_hold(fw: Framework, value: Any, path: str, words: str) -> None:
    # The core's argument.invalid_type at the value: an ArgumentError, so an InputError and a
    # TypeError.
    with pytest.raises(lhs_maturity.ArgumentError) as info:
        fw.score(value)
    assert (info.value.code, info.value.path, info.value.kind) == ("argument.invalid_type", path, "input")
    assert words in info.value.details[0]["message"]
    assert isinstance(info.value, TypeError) and isinstance(info.value, InputError)
    with pytest.raises(TypeError):
        fw.validate(value)


@pytest.mark.parametrize(
    ("answer", "path"),
    [
        ({"level": float("nan")}, "/answers/inst.info.routine_data/level"),
        (float("inf"), "/answers/inst.info.routine_data"),
        (float("-inf"), "/answers/inst.info.routine_data"),
    ],
)
def test_numbers_json_cannot_hold_are_refused_where_they_stand(fw: Framework, answer: Any, path: str) -> None:
    # As in JavaScript: a coded, located error, never a missing answer.
    doc = {"answers": {"inst.info.routine_data": answer}}
    with pytest.raises(lhs_maturity.AssessmentError) as info:
        fw.score(doc)
    assert (info.value.code, info.value.path) == ("assessment.invalid_level", path)
    assert [d["code"] for d in fw.validate(doc) if d["severity"] == "error"] == ["assessment.invalid_level"]


def test_self_containing_dict(fw: Framework) -> None:
    d: dict[str, Any] = {"answers": {}}
    d["answers"]["loop"] = d
    with pytest.raises(ValueError, match="nested more than 128 levels") as info:
        fw.score(d)
    assert type(info.value) is InputError
    assert info.value.code == "argument.invalid_value"
    assert info.value.path.startswith("/answers/loop/answers/loop")


def test_not_an_assessment_at_all(fw: Framework) -> None:
    for bad, found in (({1, 2}, "set"), (object(), "object"), (1j, "complex")):
        with pytest.raises(TypeError, match="must be a document") as info:
            fw.score(bad)  # type: ignore[arg-type]
        assert (info.value.code, info.value.path) == ("argument.invalid_type", "")  # type: ignore[attr-defined]
        assert info.value.details[0]["message"] == (  # type: ignore[attr-defined]
            f"`assessment` must be a document: an object, JSON text or a file path, not `{found}`"
        )
    with pytest.raises(TypeError, match="list of assessments"):
        fw.score_many({"answers": {}})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="list of assessments"):
        fw.score_many('[{"answers": {}}]')
    with pytest.raises(TypeError):
        fw.score_many(5)  # type: ignore[arg-type]
    # An item of the list is located at /<i>.
    with pytest.raises(lhs_maturity.ArgumentError) as info2:
        fw.score_many([{"answers": {}}, object()])  # type: ignore[list-item]
    assert info2.value.path == "/1"
    assert info2.value.details[0]["message"].startswith("assessment 2: `assessment` must be a document")


def test_numpy_scalars_in_a_dict(fw: Framework) -> None:
    np = pytest.importorskip("numpy")
    r = fw.score({"answers": {"inst.info.routine_data": np.int64(2), "inst.info.me_integration": np.float64(3.0)}})
    assert r.overall["score"] == 2.5
    with pytest.raises(AssessmentError):
        fw.score({"answers": {"inst.info.routine_data": np.float64(2.5)}})


@pytest.mark.parametrize("target", [5, 100])
def test_default_target_out_of_range(fw: Framework, target: int) -> None:
    with pytest.raises(InputError) as info:
        fw.score({"answers": {}}, default_target=target)
    assert info.value.code == "input.target_out_of_range"
    assert info.value.kind == "input"


@pytest.mark.parametrize("target", [-1, 2.5, "3", True, 2**40])
def test_default_target_wrong_type(fw: Framework, target: Any) -> None:
    # The core's rule for the option, as JavaScript's `defaultTarget`.
    with pytest.raises(InputError, match="default target must be a whole number") as info:
        fw.score({"answers": {}}, default_target=target)
    assert (info.value.code, info.value.path) == ("input.invalid_target", "/default_target")
    assert isinstance(info.value, ValueError)


def test_keyword_only_options(fw: Framework) -> None:
    with pytest.raises(TypeError):
        fw.score({"answers": {}}, 3)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        ("{", "framework.invalid_json"),
        ("[]", "framework.invalid_type"),
        ("{}", "framework.missing_field"),
        (b"\xff", "framework.invalid_encoding"),
    ],
)
def test_bad_framework_text(spec: str | bytes, code: str) -> None:
    with pytest.raises(FrameworkError) as info:
        Framework.from_json(spec)
    assert info.value.code == code
    assert isinstance(info.value, ValueError)


def test_bad_framework_dict(fw: Framework) -> None:
    with pytest.raises(FrameworkError) as info:
        Framework.from_dict([])
    assert info.value.code == "framework.invalid_type"
    spec = fw.to_dict()
    spec["domains"][1]["id"] = "inst"  # a duplicate id
    with pytest.raises(FrameworkError) as info:
        Framework.from_dict(spec)
    assert info.value.details and all(d["severity"] == "error" for d in info.value.details)
    with pytest.raises(TypeError):
        Framework.from_json({"id": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Framework.from_dict({"id": {1, 2}})


def test_every_framework_error_lists_all_problems() -> None:
    with pytest.raises(FrameworkError) as info:
        Framework.from_json("{}")
    assert codes(info.value) == ["framework.missing_field"] * 5


def test_huge_json_text(fw: Framework) -> None:
    text = json.dumps({"answers": {}, "pad": "x" * (16 * 1024 * 1024)})
    with pytest.raises(AssessmentError) as info:
        fw.score(text)
    assert info.value.code == "assessment.too_large"


# The same cases as bindings-wasm/tests/api.test.mjs ("arguments of the wrong type"): the same
# codes and paths; the messages name the Python type given.


def test_arguments_of_the_wrong_type(fw: Framework) -> None:
    with pytest.raises(lhs_maturity.ArgumentError) as info:
        Framework.from_json({"id": "x"})  # type: ignore[arg-type]
    e = info.value
    assert (e.code, e.path, e.kind) == ("argument.invalid_type", "", "input")
    assert e.details[0]["message"] == "`text` must be JSON text, not `dict`"
    assert e.help == "use `Framework.from_dict(spec)` instead"
    assert isinstance(e, TypeError) and isinstance(e, InputError) and isinstance(e, lhs_maturity.LhsError)
    with pytest.raises(lhs_maturity.ArgumentError) as info:
        Framework.from_json(3)  # type: ignore[arg-type]
    assert info.value.help is None

    with pytest.raises(lhs_maturity.ArgumentError) as info:
        fw.score_many({"answers": {}})  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "")
    assert info.value.details[0]["message"] == "`assessments` must be a list of assessments, not `dict`"
    assert info.value.help == "use `score(assessment)` instead"

    with pytest.raises(lhs_maturity.ArgumentError) as info:
        lhs_maturity.pool({"answers": {}})  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "")
    assert info.value.details[0]["message"] == "`assessments` must be a list of assessments, not `dict`"
    assert info.value.help == "use `[assessment]` instead"

    report = fw.score({"answers": {}})
    with pytest.raises(lhs_maturity.ArgumentError) as info:
        lhs_maturity.series(report)  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "")
    assert info.value.details[0]["message"] == "`reports` must be a list of reports, not `Report`"

    with pytest.raises(lhs_maturity.ArgumentError) as info:
        fw.read_relevance_csv(["indicator,relevance"], "a")  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "")
    assert info.value.details[0]["message"] == "`text` must be CSV text, not `list`"
    with pytest.raises(lhs_maturity.ArgumentError) as info:
        fw.read_relevance_csv("indicator,relevance\n", 7)  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "/expert")
    assert info.value.details[0]["message"] == "`expert` must be text, not `int`"


def test_text_arguments_of_the_wrong_type(fw: Framework) -> None:
    # Keyword and positional arguments that must be text: the core's code at /<argument>, an
    # ArgumentError (a TypeError too), where pyo3's own conversion error had no code.
    report = fw.score({"answers": {}})
    calls: list[tuple[Any, str, str]] = [
        (lambda: fw.score({"answers": {}}, unknown=0), "unknown", "int"),
        (lambda: fw.score({"answers": {}}, language=None), "language", "NoneType"),
        (lambda: fw.score_many([{"answers": {}}], language=["fr"]), "language", "list"),
        (lambda: fw.score_many([{"answers": {}}], unknown=b"zero"), "unknown", "bytes"),
        (lambda: fw.indicators(unit_kind=3), "unit_kind", "int"),
        (lambda: fw.template(language=1.5), "language", "float"),
        (lambda: fw.texts(1), "language", "int"),
        (lambda: fw.translated(2, {}), "language", "int"),
        (lambda: report.node(5), "id", "int"),
        (lambda: report.indicator(None), "id", "NoneType"),
        (lambda: lhs_maturity.column_name("overall", 1), "measure", "int"),
    ]
    for call, name, found in calls:
        with pytest.raises(lhs_maturity.ArgumentError) as info:
            call()
        e = info.value
        assert isinstance(e, TypeError)
        assert (e.code, e.path) == ("argument.invalid_type", f"/{name}")
        assert e.details[0]["message"] == f"`{name}` must be text, not `{found}`"
    # Text is read as before.
    assert fw.score({"answers": {}}, unknown="zero", language="fr").unknown_rule == "zero"
    assert fw.indicators(unit_kind=None) == fw.indicators()


def test_arguments_checked_by_the_python_layer(fw: Framework) -> None:
    # The checks of the pure-Python conveniences raise the core's errors too.
    pd = pytest.importorskip("pandas")
    report = fw.score({"answers": {}})
    cases: list[tuple[Any, str, str, str]] = [
        (lambda: lhs_maturity.series([report], as_frame=1), "argument.invalid_type", "/as_frame",
         "`as_frame` must be one of `True`, `False`, `None`, not `int`"),
        (lambda: lhs_maturity.cohort([report], publishable="no"), "argument.invalid_type",
         "/publishable", "`publishable` must be one of `True`, `False`, not `str`"),
        (lambda: lhs_maturity.series([report], framework="lhs-2021"), "argument.invalid_type",
         "/framework", "`framework` must be a Framework (from `Framework.builtin()` or "
         "`Framework.from_json`), not `str`"),
        (lambda: lhs_maturity.score_frame({"inst.info.routine_data": [1]}), "argument.invalid_type",
         "/df", "`df` must be a pandas DataFrame, not `dict`"),
        (lambda: lhs_maturity.score_frame(pd.DataFrame(), errors="skip"), "argument.invalid_value",
         "/errors", "`errors` must be one of `'raise'`, `'coerce'`, not `'skip'`"),
    ]
    for call, code, path, message in cases:
        with pytest.raises(InputError) as info:
            call()
        e = info.value
        assert (e.code, e.path, e.details[0]["message"]) == (code, path, message)
        assert isinstance(e, TypeError) == (code == "argument.invalid_type")


def test_argument_values_and_choices(fw: Framework) -> None:
    with pytest.raises(InputError) as info:
        fw.score_many([], errors="skip")
    e = info.value
    assert not isinstance(e, TypeError) and isinstance(e, ValueError)
    assert (e.code, e.path) == ("argument.invalid_value", "/errors")
    assert e.details[0]["message"] == "`errors` must be one of `\"raise\"`, `\"return\"`, not `\"skip\"`"


def test_argument_errors_pickle(fw: Framework) -> None:
    import pickle

    with pytest.raises(lhs_maturity.ArgumentError) as info:
        fw.score_many("x")
    back = pickle.loads(pickle.dumps(info.value))
    assert type(back) is lhs_maturity.ArgumentError
    assert (back.code, back.path, back.details) == (info.value.code, info.value.path, info.value.details)
