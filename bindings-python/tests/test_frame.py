"""`score_frame`: a DataFrame of answers scored in one call, with the numbers of `score`."""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pandas as pd
import pytest

import lhs_maturity
from lhs_maturity import Framework, InputError, column_name, score_frame


def expected_row(
    fw: Framework, answers: dict[str, Any], kind: str | None = None, unknown: str = "exclude"
) -> dict[str, Any]:
    """The node columns of one row, from `Framework.score` of the same answers (for a unit of
    `kind`, with the rule `unknown`)."""
    assessment: dict[str, Any] = {"answers": answers}
    if kind is not None:
        assessment["unit"] = {"kind": kind}
    r = fw.score(assessment, unknown=unknown)  # type: ignore[arg-type]
    out = {
        "overall_score": r.overall["score"],
        "overall_level": r.overall["level"],
        "overall_coverage": r.overall["coverage"],
    }
    stack = list(r.domains)
    while stack:
        n = stack.pop()
        out[column_name(n["id"], "score")] = n["score"]
        out[column_name(n["id"], "level")] = n["level"]
        out[column_name(n["id"], "coverage")] = n["coverage"]
        stack.extend(n["children"])
    return out


def same(a: Any, b: Any) -> bool:
    if a is None or a is pd.NA or (isinstance(a, float) and math.isnan(a)):
        return b is None or b is pd.NA or (isinstance(b, float) and math.isnan(b))
    return bool(a == b)


def assert_rows_match(
    fw: Framework,
    out: pd.DataFrame,
    answers_per_row: list[dict[str, Any]],
    kinds: list[str | None] | None = None,
    unknown: str = "exclude",
) -> None:
    assert len(out) == len(answers_per_row)
    for i, answers in enumerate(answers_per_row):
        exp = expected_row(fw, answers, kinds[i] if kinds else None, unknown)
        got = out.iloc[i]
        for col, v in exp.items():
            assert same(got[col], v), (i, col, got[col], v)


def test_columns_and_dtypes(fw: Framework, ids: list[str]) -> None:
    df = pd.DataFrame({ids[0]: [2, 3]})
    out = score_frame(df)
    nodes = fw.matrix_nodes()
    assert list(out.columns) == [f"{n.replace('.', '_')}_{k}" for n in nodes for k in ("score", "level", "coverage")]
    assert str(out["overall_score"].dtype) == "float64"
    assert str(out["inst_info_level"].dtype) == "Int8"
    assert str(out["overall_coverage"].dtype) == "float64"
    assert out["overall_score"].tolist() == [2.0, 3.0]
    assert out["cap_level"].isna().all()
    # The result is an ordinary, writable DataFrame.
    out.loc[0, "overall_score"] = 0.0
    out["x"] = 1


def test_same_numbers_as_score_on_random_data(fw: Framework, ids: list[str]) -> None:
    rng = np.random.default_rng(3)
    choices = np.array([0, 1, 2, 3, 4, "na", "unknown", None], dtype=object)
    cells = rng.choice(choices, size=(300, len(ids)), p=[0.1, 0.15, 0.2, 0.15, 0.1, 0.1, 0.1, 0.1])
    df = pd.DataFrame(cells, columns=ids)
    out = score_frame(df)
    rows = [{c: v for c, v in zip(ids, row) if v is not None} for row in cells.tolist()]
    assert_rows_match(fw, out, rows)
    # The same data as strings, and as categoricals.
    as_str = df.map(lambda v: None if v is None else str(v)).astype("string")
    pd.testing.assert_frame_equal(score_frame(as_str), out)
    as_cat = df.astype(str).replace("None", np.nan).astype("category")
    pd.testing.assert_frame_equal(score_frame(as_cat), out)


@pytest.mark.parametrize(
    "column",
    [
        pd.Series([2, 4, 0], dtype="int64"),
        pd.Series([2, 4, 0], dtype="int8"),
        pd.Series([2, 4, 0], dtype="uint8"),
        pd.Series([2.0, 4.0, 0.0], dtype="float64"),
        pd.Series([2.0, 4.0, 0.0], dtype="float32"),
        pd.Series([2, 4, 0], dtype="Int64"),
        pd.Series([2.0, 4.0, 0.0], dtype="Float64"),
        pd.Series(["2", "4", "0"], dtype="string"),
        pd.Series(["2", " 4 ", "0.0"], dtype=object),
        pd.Series([2, "4", 0.0], dtype=object),
        pd.Series(["2", "4", "0"], dtype="category"),
        pd.Series([2, 4, 0], dtype="category"),
    ],
    ids=lambda s: str(s.dtype),
)
def test_input_dtypes(fw: Framework, ids: list[str], column: pd.Series) -> None:
    out = score_frame(pd.DataFrame({ids[0]: column}))
    assert out["overall_score"].tolist() == [2.0, 4.0, 0.0]


@pytest.mark.parametrize(
    "column",
    [
        pd.Series([np.nan, 2.0]),
        pd.Series([None, 2], dtype=object),
        pd.Series([pd.NA, 2], dtype="Int64"),
        pd.Series([None, "2"], dtype="string"),
        pd.Series(["", "2"], dtype=object),
        pd.Series(["  ", "2"], dtype="string"),
        pd.Series([np.nan, "2"], dtype="category"),
    ],
    ids=lambda s: f"{s.dtype}-{s.iloc[0]!r}",
)
def test_empty_cells_are_missing(fw: Framework, ids: list[str], column: pd.Series) -> None:
    out = score_frame(pd.DataFrame({ids[0]: column}))
    assert math.isnan(out["overall_score"].iloc[0])
    assert out["overall_coverage"].iloc[0] == 0.0
    assert out["overall_score"].iloc[1] == 2.0


def test_na_and_unknown(fw: Framework, ids: list[str]) -> None:
    df = pd.DataFrame({ids[0]: ["na", "N/A", "unknown", "Unknown", 3], ids[1]: [1, 1, 1, 1, 1]})
    out = score_frame(df)
    na = fw.score({"answers": {ids[0]: "na", ids[1]: 1}}).overall
    unknown = fw.score({"answers": {ids[0]: "unknown", ids[1]: 1}}).overall
    assert out["overall_coverage"].tolist()[:4] == [na["coverage"]] * 2 + [unknown["coverage"]] * 2
    assert na["coverage"] != unknown["coverage"]


def test_index_and_meta_columns_are_kept(fw: Framework, ids: list[str]) -> None:
    df = pd.DataFrame(
        {"unit_id": ["kis", "nai"], "period": ["2026-Q1", "2026-Q2"], "respondent_id": ["r1", "r2"],
         ids[0]: [1, 2]},
        index=pd.Index(["a", "b"], name="key"),
    )
    out = score_frame(df)
    assert out.index.equals(df.index)
    assert list(out.columns[:3]) == ["unit_id", "period", "respondent_id"]
    assert out["unit_id"].tolist() == ["kis", "nai"]


def test_empty_frames(fw: Framework, ids: list[str]) -> None:
    out = score_frame(pd.DataFrame({ids[0]: pd.Series([], dtype=float)}))
    assert len(out) == 0 and "overall_score" in out.columns
    out = score_frame(pd.DataFrame(index=range(3)))
    assert len(out) == 3 and out["overall_score"].isna().all()


def test_own_framework(fw: Framework, ids: list[str]) -> None:
    spec = fw.to_dict()
    spec["id"] = "mine"
    mine = Framework.from_dict(spec)
    out = score_frame(pd.DataFrame({ids[0]: [1]}), mine)
    assert out["overall_score"].tolist() == [1.0]
    with pytest.raises(TypeError):
        score_frame(pd.DataFrame({ids[0]: [1]}), "lhs-2021")  # type: ignore[arg-type]


def test_unknown_column_names_the_closest_id(ids: list[str]) -> None:
    df = pd.DataFrame({"inst.info.routin_data": [1], ids[1]: [2], "notes": ["x"]})
    with pytest.raises(InputError) as info:
        score_frame(df)
    e = info.value
    assert e.code == "csv.unknown_column"  # the rule and code of a wide CSV's header
    assert e.path == "/columns/inst.info.routin_data"
    assert e.help == "did you mean `inst.info.routine_data`?"
    assert [d["path"] for d in e.details] == ["/columns/inst.info.routin_data", "/columns/notes"]
    assert "unit_id" in (e.details[1].get("help") or "")


def test_non_string_column_names(ids: list[str]) -> None:
    with pytest.raises(InputError) as info:
        score_frame(pd.DataFrame({0: [1], ids[0]: [1]}))
    assert info.value.path == "/columns/0"


def test_duplicate_columns(ids: list[str]) -> None:
    df = pd.DataFrame([[1, 2, 3]], columns=[ids[0], ids[1], ids[0]])
    with pytest.raises(InputError) as info:
        score_frame(df)
    assert info.value.code == "csv.duplicate_column"
    assert info.value.path == f"/columns/{ids[0]}"


def test_invalid_cells_are_all_listed_with_row_and_column(ids: list[str]) -> None:
    df = pd.DataFrame(
        {
            ids[0]: pd.Series([2, 7, 2.5, -1], dtype=float),
            ids[1]: pd.Series(["x", "1", True, "high"], dtype=object),
            ids[2]: pd.Series(["2", "9", None, "3"], dtype="category"),
        }
    )
    with pytest.raises(InputError) as info:
        score_frame(df)
    got = [(d["code"], d["path"]) for d in info.value.details]
    assert got == [
        ("input.invalid_cell", f"/rows/0/{ids[1]}"),
        ("input.level_out_of_range", f"/rows/1/{ids[0]}"),
        ("input.level_out_of_range", f"/rows/1/{ids[2]}"),
        ("input.invalid_cell", f"/rows/2/{ids[0]}"),
        ("input.invalid_cell", f"/rows/2/{ids[1]}"),
        ("input.invalid_cell", f"/rows/3/{ids[0]}"),
        ("input.invalid_cell", f"/rows/3/{ids[1]}"),
    ]
    messages = [d["message"] for d in info.value.details]
    assert messages[0] == f"row 0, `{ids[1]}`: `x` is not an answer: use a level number, `na`, `unknown`, or leave the cell empty"
    assert "above the top level" in messages[1]
    assert "not a whole number" in messages[3]
    assert "`True`" in messages[4]
    assert isinstance(info.value, ValueError)


def test_coerce_marks_invalid_cells_missing_and_warns(fw: Framework, ids: list[str]) -> None:
    df = pd.DataFrame({ids[0]: [2, 7, 2.5], ids[1]: pd.Series(["x", "1", None], dtype=object)})
    with pytest.warns(lhs_maturity.LhsWarning, match="3 invalid cell"):
        out = score_frame(df, errors="coerce")
    assert out["overall_score"].tolist()[:2] == [2.0, 1.0]
    assert math.isnan(out["overall_score"].iloc[2])
    w = out.attrs["warnings"]
    assert [d["path"] for d in w] == [f"/rows/0/{ids[1]}", f"/rows/1/{ids[0]}", f"/rows/2/{ids[0]}"]
    assert all(d["severity"] == "warning" for d in w)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        clean = score_frame(df.iloc[:0], errors="coerce")
    assert clean.attrs["warnings"] == []


def test_too_many_invalid_cells_are_counted(ids: list[str]) -> None:
    df = pd.DataFrame({ids[0]: [9] * 1500, ids[1]: ["x"] * 1500})
    with pytest.raises(InputError) as info:
        score_frame(df)
    d = info.value.details
    assert len(d) == lhs_maturity._native.MAX_CELL_ERRORS + 1
    assert d[-1]["code"] == "input.too_many_errors"
    assert d[-1]["message"].startswith("2000 more")
    with pytest.warns(lhs_maturity.LhsWarning, match="3000 invalid"):
        score_frame(df, errors="coerce")


def test_bad_arguments(ids: list[str]) -> None:
    with pytest.raises(TypeError):
        score_frame({ids[0]: [1]})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        score_frame(pd.DataFrame({ids[0]: [1]}), errors="ignore")  # type: ignore[arg-type]


def test_mixed_dtypes_and_nan_in_one_frame(fw: Framework, ids: list[str]) -> None:
    df = pd.DataFrame(
        {
            ids[0]: [2, 4, np.nan],
            ids[1]: pd.Series(["3", "na", None], dtype="string"),
            ids[2]: pd.Series([1, "unknown", 2.0], dtype=object),
            ids[3]: pd.Categorical(["1", "2", None]),
            ids[4]: pd.Series([1, None, 3], dtype="Int64"),
        }
    )
    out = score_frame(df)
    rows = [
        {ids[0]: 2, ids[1]: 3, ids[2]: 1, ids[3]: 1, ids[4]: 1},
        {ids[0]: 4, ids[1]: "na", ids[2]: "unknown", ids[3]: 2},
        {ids[2]: 2, ids[4]: 3},
    ]
    assert_rows_match(fw, out, rows)


def test_large_frame_uses_the_parallel_path(fw: Framework, ids: list[str]) -> None:
    rng = np.random.default_rng(5)
    values = rng.integers(0, 5, size=(20_000, len(ids))).astype(float)
    values[rng.random(values.shape) < 0.2] = np.nan
    df = pd.DataFrame(values, columns=ids)
    out = score_frame(df)
    sample = [0, 511, 512, 9_999, 10_000, 19_999]
    rows = [{c: int(v) for c, v in zip(ids, values[i]) if not math.isnan(v)} for i in sample]
    assert_rows_match(fw, out.iloc[sample], rows)


# ---- unknown answers and unit kinds ----------------------------------------------------------------

KINDS: list[str | None] = [
    "district", "facility", "national", "subnational", "Programme ", " network", None, "", "hospital",
]


def random_cells(rng: np.random.Generator, rows: int, cols: int) -> Any:
    choices = np.array([0, 1, 2, 3, 4, "na", "unknown", None], dtype=object)
    return rng.choice(choices, size=(rows, cols), p=[0.1, 0.15, 0.2, 0.15, 0.1, 0.1, 0.1, 0.1])


@pytest.mark.parametrize("unknown", ["exclude", "zero"])
def test_unknown_rule_same_numbers_as_score(fw: Framework, ids: list[str], unknown: str) -> None:
    rng = np.random.default_rng(17)
    cells = random_cells(rng, 200, len(ids))
    out = score_frame(pd.DataFrame(cells, columns=ids), unknown=unknown)  # type: ignore[arg-type]
    rows = [{c: v for c, v in zip(ids, row) if v is not None} for row in cells.tolist()]
    assert_rows_match(fw, out, rows, unknown=unknown)


def test_unknown_rule_changes_the_scores(ids: list[str]) -> None:
    df = pd.DataFrame({"inst.info.routine_data": [4], "inst.info.me_integration": ["unknown"]})
    assert score_frame(df)["inst_info_score"].tolist() == [4.0]
    as_zero = score_frame(df, unknown="zero")
    assert as_zero["inst_info_score"].tolist() == [2.0]
    assert as_zero["inst_info_coverage"].tolist() == score_frame(df)["inst_info_coverage"].tolist()


@pytest.mark.parametrize("bad", ["zeros", "", "none"])
def test_unknown_rule_invalid(ids: list[str], bad: str) -> None:
    with pytest.raises(InputError) as info:
        score_frame(pd.DataFrame({ids[0]: [1]}), unknown=bad)  # type: ignore[arg-type]
    assert (info.value.code, info.value.path) == ("input.invalid_option", "/unknown")


@pytest.mark.parametrize("unknown", ["exclude", "zero"])
def test_unit_kind_column_same_numbers_as_score(fw: Framework, ids: list[str], unknown: str) -> None:
    """Each row is scored as the assessment of a unit of its kind: what does not apply is left
    out, whatever the row answers for it (Framework.apply_unit_kind of the core)."""
    rng = np.random.default_rng(23)
    n = 270
    cells = random_cells(rng, n, len(ids))
    kinds = [KINDS[i % len(KINDS)] for i in range(n)]
    df = pd.DataFrame(cells, columns=ids)
    df.insert(0, "unit_kind", kinds)
    out = score_frame(df, unknown=unknown)  # type: ignore[arg-type]
    rows = [{c: v for c, v in zip(ids, row) if v is not None} for row in cells.tolist()]
    assert_rows_match(fw, out, rows, kinds, unknown)
    assert out["unit_kind"].equals(df["unit_kind"])  # copied as it is
    # The kinds make a difference: a facility's score leaves out what a district's includes.
    facility = [i for i, k in enumerate(kinds) if k == "facility"]
    no_kind = score_frame(df.drop(columns="unit_kind"), unknown=unknown)  # type: ignore[arg-type]
    assert not np.allclose(
        out["overall_coverage"].iloc[facility].to_numpy(), no_kind["overall_coverage"].iloc[facility].to_numpy()
    )
    # The same kinds as strings and as categories.
    for dtype in ("string", "category"):
        typed = df.astype({"unit_kind": dtype})
        pd.testing.assert_frame_equal(
            score_frame(typed, unknown=unknown).drop(columns="unit_kind"),  # type: ignore[arg-type]
            out.drop(columns="unit_kind"),
        )


def test_metadata_columns_are_passed_through_in_their_order(ids: list[str]) -> None:
    # Every metadata column of a wide CSV and every unit label, in the frame's order, unchanged.
    df = pd.DataFrame({"respondent_id": ["r"], ids[0]: [2], "unit_kind": ["district"], "unit_id": ["u"],
                       "unit_region": ["Nyanza"], "unit_name": ["Kisumu East"]})
    out = score_frame(df)
    assert list(out.columns[:5]) == ["respondent_id", "unit_kind", "unit_id", "unit_region", "unit_name"]
    assert out["unit_region"].tolist() == ["Nyanza"]


def test_unit_kind_does_not_hide_invalid_cells(fw: Framework) -> None:
    """An invalid answer to an indicator that does not apply is still an error, as in
    Framework.score; with errors="coerce" it is treated as missing (and does not apply)."""
    df = pd.DataFrame({"unit_kind": ["facility"], "inst.info.hta_priority_setting": [9],
                       "inst.info.routine_data": [2]})
    with pytest.raises(InputError) as info:
        score_frame(df)
    assert (info.value.code, info.value.path) == (
        "input.level_out_of_range", "/rows/0/inst.info.hta_priority_setting",
    )
    with pytest.raises(lhs_maturity.AssessmentError) as ainfo:
        fw.score({"unit": {"kind": "facility"}, "answers": {"inst.info.hta_priority_setting": 9}})
    assert ainfo.value.code == "assessment.level_out_of_range"
    with pytest.warns(lhs_maturity.LhsWarning):
        out = score_frame(df, errors="coerce")
    assert out["overall_score"].tolist() == [2.0]


def test_the_cell_code_of_does_not_apply_is_not_an_answer(ids: list[str]) -> None:
    with pytest.raises(InputError) as info:
        score_frame(pd.DataFrame({ids[0]: [lhs_maturity.CELL_DOES_NOT_APPLY]}))
    assert info.value.code == "input.invalid_cell"


def test_unit_kind_on_the_parallel_path(fw: Framework, ids: list[str]) -> None:
    rng = np.random.default_rng(29)
    n = 6_000
    values = rng.integers(0, 5, size=(n, len(ids))).astype(float)
    values[rng.random(values.shape) < 0.2] = np.nan
    df = pd.DataFrame(values, columns=ids)
    kinds = [KINDS[i % len(KINDS)] for i in range(n)]
    df["unit_kind"] = kinds
    out = score_frame(df)
    sample = [0, 1, 511, 512, 513, 2_999, 3_000, 5_998, 5_999]
    rows = [{c: int(v) for c, v in zip(ids, values[i]) if not math.isnan(v)} for i in sample]
    assert_rows_match(fw, out.iloc[sample], rows, [kinds[i] for i in sample])


# ---- memory layouts: the columns are read where the frame holds them -------------------------------


@pytest.mark.parametrize("order", ["C", "F"])
def test_every_memory_layout_gives_the_same_scores(fw: Framework, ids: list[str], order: str) -> None:
    # Without a copy, a frame over a C-ordered array has strided columns (read after one NumPy
    # copy each), over an F-ordered array contiguous ones (read in place); the caller's array is
    # left as it was, and the result does not share its memory.
    rng = np.random.default_rng(11)
    values = rng.integers(0, 5, size=(2_000, len(ids))).astype(float)
    values[rng.random(values.shape) < 0.2] = np.nan
    held = np.array(values, order=order)
    before = held.copy()
    df = pd.DataFrame(held, columns=ids, copy=False)
    out = score_frame(df)
    pd.testing.assert_frame_equal(out, score_frame(pd.DataFrame(values.copy(), columns=ids)))
    np.testing.assert_array_equal(held, before)
    assert not np.shares_memory(out["overall_score"].to_numpy(), held)
    rows = [{c: int(v) for c, v in zip(ids, values[i]) if not math.isnan(v)} for i in (0, 1999)]
    assert_rows_match(fw, out.iloc[[0, 1999]], rows)


def test_a_read_only_array_is_read(ids: list[str]) -> None:
    values = np.array([[2.0, 4.0], [np.nan, 3.0]])
    values.flags.writeable = False
    out = score_frame(pd.DataFrame(values, columns=ids[:2], copy=False))
    assert out["overall_score"].tolist()[1] == 3.0


def test_the_results_are_fresh_writable_arrays(ids: list[str]) -> None:
    out = score_frame(pd.DataFrame({ids[0]: [2.0, 3.0]}))
    scores = out["overall_score"].to_numpy()
    assert scores.dtype == np.float64
    other = score_frame(pd.DataFrame({ids[0]: [2.0, 3.0]}))
    assert not np.shares_memory(scores, other["overall_score"].to_numpy())


def test_the_native_column_reader_checks_its_arrays(fw: Framework) -> None:
    # `_score_columns` is private, but a wrong array is an error, never a crash or a misread.
    strided = np.arange(6, dtype=np.float64)[::2]
    with pytest.raises(ValueError, match="contiguous"):
        fw._score_columns(3, [(0, "f64", strided, None)], False)
    with pytest.raises(TypeError, match="float64 data"):
        fw._score_columns(3, [(0, "f64", np.arange(3, dtype=np.int64), None)], False)
    with pytest.raises(TypeError, match="float64 data"):
        fw._score_columns(3, [(0, "f64", np.zeros(3).tobytes(), None)], False)
    with pytest.raises(TypeError, match="category codes"):
        fw._score_columns(2, [(0, "cat", ["2"], np.zeros(2, dtype=np.int64))], False)
    with pytest.raises(ValueError, match="rows"):
        fw._score_columns(4, [(0, "f64", np.zeros(3), None)], False)
    nodes, score, level, coverage, _, _ = fw._score_columns(
        2, [(0, "cat", ["2", "4"], np.array([1, -1], dtype=np.int32))], False
    )
    assert score.shape == (len(nodes), 2) and level.dtype == np.int8
    assert score[0, 0] == 4.0 and math.isnan(score[0, 1])
