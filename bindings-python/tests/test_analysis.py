"""The analyses (`pool`, `agreement`, `compare`, `series`, `cohort`, `reliability`,
`lhs_maturity.stats`): the Python surface, its tables with and without pandas, its bad inputs
and degenerate data, and properties that must hold whatever the data. The numbers themselves are
checked against the reference packages in test_reference_stats.py."""

from __future__ import annotations

import doctest
import json
import math
import pickle
import sys
from pathlib import Path
from typing import Any, get_type_hints

import numpy as np
import pandas as pd
import pytest

import lhs_maturity
from lhs_maturity import AssessmentError, Framework, InputError, LhsError, _types, stats
from conftest import ROOT

EXAMPLES = ROOT / "spec" / "examples" / "analysis"
SCHEMAS = ROOT / "spec" / "schema"

TEAM = [
    {"unit": {"id": "kis-east", "region": "Nyanza"}, "period": "2026", "respondent": {"id": who},
     "answers": {"inst.info.routine_data": {"level": a, "evidence": f"{who} saw minutes"},
                 "inst.delib.working_groups": b, "cond.fin.learning_budget": c}}
    for who, a, b, c in [("dho", 2, 1, 0), ("hmis", 3, 1, 1), ("chv", 2, 3, 0)]
]


def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def validate(doc: Any, name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(doc, schema(name))


def random_assessment(rng: np.random.Generator, ids: list[str], **extra: Any) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for id_ in ids:
        u = rng.random()
        if u < 0.3:
            continue
        answers[id_] = "na" if u < 0.35 else "unknown" if u < 0.4 else int(rng.integers(0, 5))
    return {**extra, "answers": answers}


def rating(answer: Any) -> Any:
    return answer["level"] if isinstance(answer, dict) else answer


# ---- pool --------------------------------------------------------------------------------------


def test_pool_three_respondents(fw: Framework) -> None:
    pooled = lhs_maturity.pool(TEAM)
    assert pooled.method == "median" and pooled.respondents == ["dho", "hmis", "chv"]
    items = pooled.items
    assert list(items.columns) == [
        "id", "pooled", "mean", "n_raters", "n_na", "n_unknown", "n_missing", "min", "max",
        "range", "iqr", "consensus_level", "consensus_rationale",
    ]
    assert list(items["id"]) == ["inst.info.routine_data", "inst.delib.working_groups", "cond.fin.learning_budget"]
    assert list(items["pooled"]) == [2, 1, 0]
    assert items["mean"].tolist() == pytest.approx([7 / 3, 5 / 3, 1 / 3])
    assert str(items["range"].dtype) == "Int64" and str(items["iqr"].dtype) == "float64"
    assert list(pooled.agenda["id"]) == ["inst.delib.working_groups", "cond.fin.learning_budget", "inst.info.routine_data"]
    assert list(pooled.agenda.columns) == ["id", "name", "range", "iqr"]
    ratings = pooled.ratings
    assert list(ratings.columns) == ["id", "respondent", "value"] and len(ratings) == 9
    who = ratings[ratings["id"] == "inst.delib.working_groups"].set_index("respondent")["value"].to_dict()
    assert who == {"dho": 1, "hmis": 1, "chv": 3}
    agreement = pooled.agreement
    assert list(agreement["scope"]) == ["overall", "inst", "cap", "cond", "proc"]
    assert agreement.loc[0, "raters"] == 3 and agreement.loc[0, "alpha_units"] == 3
    # The pooled assessment scores; its evidence keeps every respondent's.
    answers = pooled.assessment["answers"]
    assert answers["inst.info.routine_data"]["evidence"].startswith("dho: dho saw minutes; hmis:")
    assert pooled.assessment["pooling"]["respondents"] == ["dho", "hmis", "chv"]
    report = fw.score(pooled.assessment)
    assert report.indicator("inst.delib.working_groups")["level"] == 1
    assert repr(pooled) == "<PoolResult median: 3 respondents, 3 indicators answered, 3 on the agenda>"


def test_pool_documents_and_tables_agree(fw: Framework) -> None:
    pooled = lhs_maturity.pool(TEAM, method="mean")
    doc = pooled.to_dict()
    validate(doc, "pool")
    assert json.loads(pooled.to_json()) == doc
    assert set(doc) == set(get_type_hints(_types.PoolDict))
    doc["method"] = "changed"  # a copy
    assert pooled.to_dict()["method"] == "mean"
    rows = lhs_maturity.pool(TEAM, method="mean", as_frame=False)
    assert isinstance(rows.items, list) and isinstance(rows.agreement, list)
    for table in ("items", "ratings", "agenda", "agreement"):
        frame = getattr(pooled, table)
        records = getattr(rows, table)
        assert [list(r) for r in records] == [list(frame.columns)] * len(records), table
        assert len(records) == len(frame)
    assert rows.items[0]["pooled"] == 2  # mean 2.33 rounds to 2
    assert rows.to_dict() == pooled.to_dict()
    restored = pickle.loads(pickle.dumps(pooled))
    assert restored.to_dict() == pooled.to_dict()


@pytest.mark.parametrize(
    ("method", "levels", "expected"),
    [
        ("median", [1, 2, 3, 4], 2),  # the lower middle value
        ("median", [4, 0, 4], 4),
        ("mean", [1, 2], 2),  # 1.5 rounds half up
        ("mean", [1, 1, 2], 1),
        ("mode", [3, 1, 3, 1], 1),  # ties: the lower level
        ("mode", [0, 4, 4], 4),
    ],
)
def test_pool_methods(method: Any, levels: list[int], expected: int) -> None:
    team = [{"answers": {"inst.info.routine_data": lv}} for lv in levels]
    pooled = lhs_maturity.pool(team, method=method, as_frame=False)
    assert pooled.items[0]["pooled"] == expected
    assert pooled.items[0]["mean"] == pytest.approx(sum(levels) / len(levels))


def test_pool_na_unknown_and_missing() -> None:
    team = [{"answers": {"inst.info.routine_data": "na", "cap.prov.communication": "unknown"}},
            {"answers": {"inst.info.routine_data": "na", "cap.prov.communication": 2}},
            {"answers": {"inst.info.routine_data": 1}}]
    items = {r["id"]: r for r in lhs_maturity.pool(team, as_frame=False).items}
    assert items["inst.info.routine_data"]["pooled"] == "na"
    assert items["cap.prov.communication"]["pooled"] == 2
    assert (items["cap.prov.communication"]["n_unknown"], items["cap.prov.communication"]["n_missing"]) == (1, 1)
    assert items["cap.prov.communication"]["iqr"] == 0.0


def test_pool_consensus_overrides() -> None:
    consensus = {"inst.delib.working_groups": {"level": 2, "rationale": "agreed on 3 May"},
                 "cap.prov.communication": {"level": "na", "rationale": "no provider teams"}}
    pooled = lhs_maturity.pool(TEAM, consensus=consensus)
    items = pooled.items.set_index("id")
    assert items.loc["inst.delib.working_groups", "pooled"] == 2
    assert items.loc["inst.delib.working_groups", "consensus_rationale"] == "agreed on 3 May"
    assert items.loc["cap.prov.communication", "pooled"] == "na"
    assert pd.isna(items.loc["inst.info.routine_data", "consensus_level"])
    assert pooled.assessment["pooling"]["consensus"] == consensus


def test_pool_paths_and_text(fw: Framework) -> None:
    files = sorted((EXAMPLES / "respondents").glob("*.json"))
    by_path = lhs_maturity.pool(files)
    by_text = lhs_maturity.pool([f.read_text(encoding="utf-8") for f in files])
    by_bytes = lhs_maturity.pool([f.read_bytes() for f in files])
    assert by_path.to_dict() == by_text.to_dict() == by_bytes.to_dict()
    assert len(by_path.respondents) == 3 and len(by_path.agenda) > 0
    validate(by_path.to_dict(), "pool")


def test_pool_refuses_different_units() -> None:
    team = [dict(TEAM[0]), {**TEAM[1], "unit": {"id": "kis-west"}}, {**TEAM[2], "period": "2025"}]
    with pytest.raises(InputError) as info:
        lhs_maturity.pool(team)
    e = info.value
    assert e.code == "input.pool_mismatch" and e.path == "/1/unit/id"
    assert "unit" in str(e) and "kis-west" in str(e)
    assert [d["path"] for d in e.details] == ["/1/unit/id", "/2/period"]
    assert "allow" in (e.help or "")
    pooled = lhs_maturity.pool(team, allow_mismatch=True, as_frame=False)
    assert len(pooled.respondents) == 3


@pytest.mark.parametrize("method", ["medain", "average", "", 3, None])
def test_pool_bad_method(method: Any) -> None:
    with pytest.raises(InputError) as info:
        lhs_maturity.pool(TEAM, method=method)
    assert info.value.code == "input.invalid_method" and info.value.path == "/method"
    assert "not a way of pooling answers" in str(info.value)
    assert info.value.help == "use `median` (the default), `mean` or `mode`"
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("consensus", "code", "path"),
    [
        ({"inst.info.routine_data": {"level": 7, "rationale": "x"}}, "input.level_out_of_range", "/consensus/inst.info.routine_data/level"),
        ({"inst.info.routine_data": {"level": "2", "rationale": "x"}}, "input.invalid_level", "/consensus/inst.info.routine_data/level"),
        ({"inst.info.routine_data": {"level": 2.5, "rationale": "x"}}, "input.invalid_level", "/consensus/inst.info.routine_data/level"),
        ({"inst.info.routine_data": {"level": -1, "rationale": "x"}}, "input.invalid_level", "/consensus/inst.info.routine_data/level"),
        ({"inst.info.routin_data": {"level": 2, "rationale": "x"}}, "input.unknown_indicator", "/consensus/inst.info.routin_data"),
        ({"inst.info.routine_data": {"level": 2}}, "input.invalid_consensus", "/consensus/inst.info.routine_data"),
        ({"inst.info.routine_data": 2}, "input.invalid_consensus", "/consensus/inst.info.routine_data"),
        ({"inst.info.routine_data": {"level": 2, "rationale": "x", "by": "me"}}, "input.invalid_consensus", "/consensus/inst.info.routine_data"),
        ([("inst.info.routine_data", 2)], "input.invalid_consensus", "/consensus"),
    ],
)
def test_pool_bad_consensus(consensus: Any, code: str, path: str) -> None:
    with pytest.raises(InputError) as info:
        lhs_maturity.pool(TEAM, consensus=consensus)
    assert (info.value.code, info.value.path) == (code, path)
    assert info.value.details[0]["message"]


def test_pool_reports_every_bad_option_at_once() -> None:
    with pytest.raises(InputError) as info:
        lhs_maturity.pool(TEAM, method="avg", consensus={"a.b.c": {"level": 1}, "d.e.f": {"rationale": "x"}})
    assert [(d["code"], d["path"]) for d in info.value.details] == [
        ("input.invalid_method", "/method"),
        ("input.invalid_consensus", "/consensus/a.b.c"),
        ("input.invalid_consensus", "/consensus/d.e.f"),
    ]
    assert "rationale" in info.value.details[1]["message"]


def test_pool_unknown_consensus_indicator_suggests() -> None:
    with pytest.raises(InputError) as info:
        lhs_maturity.pool(TEAM, consensus={"inst.info.routin_data": {"level": 2, "rationale": "x"}})
    assert info.value.help == "did you mean `inst.info.routine_data`?"


def test_pool_bad_assessments() -> None:
    bad = [TEAM[0], {"answers": {"inst.info.routine_data": 9}}]
    with pytest.raises(AssessmentError) as info:
        lhs_maturity.pool(bad)
    assert info.value.code == "assessment.level_out_of_range"
    assert info.value.path == "/1/answers/inst.info.routine_data"
    assert "assessment 2" in str(info.value)
    # Unreadable documents: located, with their position in `index`.
    for doc, code in [("{", "assessment.invalid_json"), ({"answers": []}, "assessment.invalid_type"),
                      (b"\xff", "assessment.invalid_encoding"), (Path("/no/such.json"), "assessment.unreadable")]:
        with pytest.raises(AssessmentError) as info:
            lhs_maturity.pool([TEAM[0], TEAM[1], doc])
        assert info.value.code == code and info.value.index == 2
        assert info.value.path.startswith("/2") and "assessment 3" in str(info.value)


def test_pool_reports_every_problem_of_every_assessment_at_once() -> None:
    # The second has a level 9 and an unknown indicator (found by checking it against the
    # framework), the third a level written as text (found while reading it): all three at once.
    bad = [TEAM[0],
           {"answers": {"inst.info.routine_data": 9, "inst.info.no_such": 1}},
           {"answers": {"inst.info.routine_data": "5"}}]
    for call in (lhs_maturity.pool, lhs_maturity.agreement, Framework.builtin().long_format):
        with pytest.raises(AssessmentError) as info:
            call(bad)
        assert sorted((d["path"], d["code"]) for d in info.value.details) == [
            ("/1/answers/inst.info.no_such", "assessment.unknown_indicator"),
            ("/1/answers/inst.info.routine_data", "assessment.level_out_of_range"),
            ("/2/answers/inst.info.routine_data", "assessment.invalid_level"),
        ]
        assert info.value.index == 1
        assert info.value.details[2]["message"].startswith("assessment 3: ")


def test_pool_bad_arguments(fw: Framework) -> None:
    with pytest.raises(InputError) as info:
        lhs_maturity.pool([])
    assert info.value.code == "input.empty"
    with pytest.raises(TypeError, match="list of assessments"):
        lhs_maturity.pool(TEAM[0])
    with pytest.raises(TypeError, match="list of assessments"):
        lhs_maturity.pool('{"answers": {}}')
    with pytest.raises(TypeError, match="list of assessments") as info:
        lhs_maturity.pool(EXAMPLES / "respondents")  # type: ignore[arg-type]
    assert info.value.help == 'use `sorted(folder.glob("*.json"))` instead'  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="not `Report`") as info:
        lhs_maturity.pool([fw.score(TEAM[0])])
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "/0")  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="`framework` must be a Framework"):
        lhs_maturity.pool(TEAM, framework="lhs-2021")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        lhs_maturity.pool([{"answers": {1, 2}}])
    with pytest.raises(TypeError, match="as_frame"):
        lhs_maturity.pool(TEAM, as_frame="yes")  # type: ignore[call-overload]


def test_pool_warnings() -> None:
    team = [TEAM[0], TEAM[0], {**TEAM[1], "default_target": 3}]
    pooled = lhs_maturity.pool(team)
    codes = [w["code"] for w in pooled.warnings]
    assert codes == ["input.duplicate_respondent", "input.default_targets_differ"]


@pytest.mark.parametrize("seed", range(8))
def test_pooling_identical_assessments_returns_the_answers(fw: Framework, ids: list[str], seed: int) -> None:
    rng = np.random.default_rng(seed)
    a = random_assessment(rng, ids, default_target=int(rng.integers(0, 5)))
    for n in (1, 2, 3, 4):
        pooled = lhs_maturity.pool([a] * n, method=["median", "mean", "mode"][seed % 3], as_frame=False)
        got = {k: rating(v) for k, v in pooled.assessment["answers"].items()}
        assert got == {k: rating(v) for k, v in a["answers"].items()}
        assert pooled.agenda == []
        assert fw.score(pooled.assessment).overall == fw.score(a).overall
        assert all(r["range"] in (0, None) for r in pooled.items)
    # Identical raters agree perfectly (or the agreement is undefined, with the reason).
    overall = lhs_maturity.agreement([a, a, a], as_frame=False)[0]
    for name in ("alpha_ordinal", "alpha_interval", "icc2_1", "icc2_k"):
        assert overall[name] == pytest.approx(1.0) or (overall[name] is None and overall[f"{name}_note"])


# ---- agreement ----------------------------------------------------------------------------------


def test_agreement_columns_and_notes() -> None:
    table = lhs_maturity.agreement(TEAM)
    assert list(table.columns) == [
        "scope", "name", "alpha_ordinal", "alpha_ordinal_note", "alpha_interval", "alpha_interval_note",
        "alpha_units", "icc2_1", "icc2_1_note", "icc2_k", "icc2_k_note", "icc_units", "raters",
    ]
    assert str(table["alpha_ordinal"].dtype) == "float64" and str(table["icc_units"].dtype) == "Int64"
    assert list(table["name"][:2]) == ["Overall", "Institutionalizing learning"]
    cap = table.set_index("scope").loc["cap"]  # nobody rated a `cap` indicator
    assert math.isnan(cap["alpha_ordinal"]) and math.isnan(cap["icc2_1"])
    assert cap["alpha_ordinal_note"] == "fewer than two ratings of the same indicator by different respondents"
    assert cap["icc2_1_note"] == "fewer than two indicators were rated by every respondent"
    overall = table.set_index("scope").loc["overall"]
    assert not math.isnan(overall["alpha_ordinal"]) and pd.isna(overall["alpha_ordinal_note"])
    for row in lhs_maturity.agreement(TEAM, as_frame=False):
        for name in ("alpha_ordinal", "alpha_interval", "icc2_1", "icc2_k"):
            # Never silent: a value, or None with the reason.
            assert (row[name] is None) == (row[f"{name}_note"] is not None)
            assert row[name] is None or math.isfinite(row[name])


def test_agreement_of_one_respondent() -> None:
    table = lhs_maturity.agreement([TEAM[0]], as_frame=False)
    for row in table:
        assert row["raters"] == 1
        assert row["alpha_ordinal"] is None and row["alpha_ordinal_note"]
        assert row["icc2_1"] is None and row["icc2_1_note"]
    overall = table[0]
    assert overall["icc2_k_note"] == "agreement needs at least two respondents"


def test_agreement_of_identical_levels() -> None:
    same = [{"answers": {"inst.info.routine_data": 2, "inst.info.me_integration": 2}}] * 3
    overall = lhs_maturity.agreement(same, as_frame=False)[0]
    assert overall["alpha_ordinal"] is None
    assert overall["alpha_ordinal_note"] == "every rating is the same level, so agreement beyond chance cannot be measured"
    assert overall["icc2_1"] is None and "no variance" in overall["icc2_1_note"]


def test_agreement_accepts_other_units_and_schema() -> None:
    team = [TEAM[0], {**TEAM[1], "unit": {"id": "elsewhere"}}]
    rows = lhs_maturity.agreement(team, as_frame=False)
    assert rows[0]["raters"] == 2
    validate(lhs_maturity.pool(team, allow_mismatch=True).to_dict()["agreement"], "agreement")


# ---- stats ---------------------------------------------------------------------------------------


def test_stats_degenerate_inputs() -> None:
    one_rater = stats.krippendorff_alpha([[1, 2, 3]])
    assert one_rater.value is None and one_rater.units == 0 and one_rater.note
    icc = stats.icc([[1, 2, 3]])
    assert icc.icc2_1.value is None and icc.icc2_1.note == "agreement needs at least two respondents"
    one_unit = stats.icc([[1], [2], [3]])
    assert one_unit.icc2_k.value is None and one_unit.units == 1 and one_unit.icc2_k.note
    # One unit with two different ratings: alpha is defined (0), as in the krippendorff package.
    assert stats.krippendorff_alpha([[1], [2]], "interval") == stats.Estimate(0.0, None, 1)
    identical = stats.krippendorff_alpha([[2, 2, 2], [2, 2, 2]], "interval")
    assert identical.value is None and "same level" in (identical.note or "")
    assert stats.icc([[2, 2, 2], [2, 2, 2]]).icc2_1.value is None
    assert stats.krippendorff_alpha([]).value is None
    assert stats.krippendorff_alpha([[None, None], [None, 1]]).note
    assert stats.cronbach_alpha([[1, 2, 3]]) == stats.Estimate(
        None, "alpha needs at least two units that rated every item", 1
    )
    assert stats.cronbach_alpha([[1], [2], [3]]).note == "alpha needs at least two items"
    assert stats.cronbach_alpha([[1, 1], [2, 2], [None, 3]]).units == 2
    assert stats.cronbach_alpha([[1, 2], [2, 1]]).note == "every unit has the same total, so alpha is undefined"
    # Ragged rows: a short row has no ratings of the last units.
    assert stats.krippendorff_alpha([[1, 2, 3], [1, 2]]) == stats.krippendorff_alpha([[1, 2, 3], [1, 2, None]])


def test_stats_inputs() -> None:
    data = [[1.0, 2.0, 3.0, None], [1.0, 3.0, 3.0, 4.0], [2.0, 2.0, 3.0, 4.0]]
    expected = stats.krippendorff_alpha(data)
    array = np.array([[np.nan if v is None else v for v in row] for row in data])
    assert stats.krippendorff_alpha(array) == expected
    assert stats.krippendorff_alpha(array.astype(np.float32)) == expected
    assert stats.krippendorff_alpha(pd.DataFrame(data)) == expected
    assert stats.krippendorff_alpha(pd.DataFrame(data, dtype="Int64")) == expected
    assert stats.krippendorff_alpha(pd.DataFrame(data, dtype=object)) == expected
    assert stats.krippendorff_alpha(tuple(tuple(r) for r in data)) == expected
    assert stats.krippendorff_alpha([[int(v) if v else None for v in row] for row in data]) == expected
    assert stats.krippendorff_alpha([[np.int64(1), np.float64(2)], [1, 3]]).value is not None
    icc = stats.icc(array)
    single, average, n = icc
    assert (single, average, n) == (icc.icc2_1, icc.icc2_k, icc.units) and n == 3
    assert single.units == n


@pytest.mark.parametrize(
    ("data", "code", "path"),
    [
        ([[1, "2"]], "input.invalid_value", "/0/1"),
        ([[1, 2], [3, math.inf]], "input.invalid_value", "/1/1"),
        ([[True, 2]], "input.invalid_value", "/0/0"),
        ([[1, {"a": 1}]], "input.invalid_value", "/0/1"),
        (pd.DataFrame({"a": [1, 2], "b": ["x", 3]}), "input.invalid_value", "/0/1"),
        ([1, 2, 3], "input.matrix_shape", "/0"),
        (["abc"], "input.matrix_shape", "/0"),
        ([[1, 2], {"a": 1}], "input.matrix_shape", "/1"),
        ("1,2", "input.matrix_shape", ""),
        (3, "input.matrix_shape", ""),
        (None, "input.matrix_shape", ""),
    ],
)
def test_stats_bad_data(data: Any, code: str, path: str) -> None:
    for f in (stats.krippendorff_alpha, stats.icc, stats.cronbach_alpha):
        with pytest.raises(InputError) as info:
            f(data)
        assert (info.value.code, info.value.path) == (code, path)
        if code == "input.invalid_value":
            assert "None in Python" in (info.value.help or "") and "NaN" in (info.value.help or "")


def test_stats_bad_data_every_problem_at_once() -> None:
    # The core reads the matrix (analysis::rating_matrix): every bad cell and row, not the first.
    with pytest.raises(InputError) as info:
        stats.icc([[1, "2", math.inf], "x", [None, math.nan, -math.inf]])
    assert [(d["code"], d["path"]) for d in info.value.details] == [
        ("input.invalid_value", "/0/1"),
        ("input.invalid_value", "/0/2"),
        ("input.matrix_shape", "/1"),
        ("input.invalid_value", "/2/2"),
    ]
    messages = [d["message"] for d in info.value.details]
    assert messages[0] == 'row 1, column 2: `"2"` is not a number'
    assert messages[1] == "row 1, column 3: `Infinity` is not a finite number"
    assert messages[2] == "row 2 of the ratings is not a list of numbers: `'x'`"


def _special(value: Any) -> Any:
    """The fixture's {"$": "NaN"} (and infinities) as Python floats, recursively."""
    if isinstance(value, dict):
        if set(value) == {"$"}:
            return float(value["$"].lower().replace("infinity", "inf"))
        return {k: _special(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_special(v) for v in value]
    return value


RATING_INPUTS = json.loads((ROOT / "spec" / "errors" / "rating-inputs.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", RATING_INPUTS["matrices"], ids=lambda c: c["description"][:40])
def test_stats_bad_data_shared_with_javascript(case: dict[str, Any]) -> None:
    # The same bad matrices as bindings-wasm/tests/analysis.test.mjs: the same (code, path) list.
    for f in (stats.krippendorff_alpha, stats.icc, stats.cronbach_alpha):
        if not case["expect"]:
            f(_special(case["data"]))
            continue
        with pytest.raises(InputError) as info:
            f(_special(case["data"]))
        assert [[d["code"], d["path"]] for d in info.value.details] == case["expect"]


@pytest.mark.parametrize("case", RATING_INPUTS["ratings"], ids=lambda c: c["description"][:40])
def test_content_validity_bad_ratings_shared_with_javascript(case: dict[str, Any]) -> None:
    fw = Framework.builtin()
    if not case["expect"]:
        assert fw.content_validity(_special(case["ratings"]), as_frame=False)["experts"] >= 1
        return
    with pytest.raises(InputError) as info:
        fw.content_validity(_special(case["ratings"]))
    assert [[d["code"], d["path"]] for d in info.value.details] == case["expect"]


def test_stats_bad_level_of_measurement() -> None:
    with pytest.raises(InputError) as info:
        stats.krippendorff_alpha([[1, 2]], "nominal")  # type: ignore[arg-type]
    assert info.value.code == "input.invalid_metric" and info.value.path == "/level_of_measurement"
    assert "`ordinal`" in (info.value.help or "")
    with pytest.raises(InputError) as info:
        stats.krippendorff_alpha([[1, 2]], 1)  # type: ignore[arg-type]
    assert info.value.code == "input.invalid_metric"
    # The core reads metric names whatever their case, as it does pooling methods.
    assert stats.krippendorff_alpha([[1, 2], [1, 3]], "Interval") == stats.krippendorff_alpha(
        [[1, 2], [1, 3]], "interval"
    )


def test_stats_docstring_examples() -> None:
    for obj in (stats, stats.krippendorff_alpha, stats.icc, stats.cronbach_alpha):
        finder = doctest.DocTestFinder(recurse=False)
        for test in finder.find(obj, globs={"lhs_maturity": lhs_maturity}):
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test)
            assert runner.summarize(verbose=False).failed == 0, test.name


# ---- compare and series ------------------------------------------------------------------------


def test_compare_two_rounds(fw: Framework) -> None:
    before = fw.score({"period": "2025", "answers": {"inst.info.routine_data": 1, "cap.prov.communication": 3}})
    after = fw.score({"period": "2026", "default_target": 3,
                      "answers": {"inst.info.routine_data": 2, "cap.prov.communication": 1}})
    c = lhs_maturity.compare(before, after)
    assert c.improved == ["inst.info.routine_data"] and c.regressed == ["cap.prov.communication"]
    assert c.overall["before"] == 2.0 and c.overall["after"] == 1.5 and c.overall["change"] == -0.5
    assert list(c.nodes["id"][:3]) == ["overall", "inst", "inst.info"]
    assert list(c.nodes.columns) == ["id", "name", "before", "after", "change", "before_level", "after_level", "level_change"]
    ind = c.indicators.set_index("id")
    assert ind.loc["inst.info.routine_data", "progress_to_target"] == 0.5
    assert ind.loc["inst.info.routine_data", "change"] == 1 and str(c.indicators["change"].dtype) == "Int64"
    assert list(c.indicators.columns[:3]) == ["id", "name", "before_status"]
    assert ind.loc["inst.info.routine_data", "name"] == after.indicators[0]["name"] != ""
    assert (c.restricted, c.comparable, c.before_period, c.after_period) == (False, len(fw.indicators()), "2025", "2026")
    assert c.note is None
    doc = c.to_dict()
    validate(doc, "comparison")
    assert set(doc) == _types.ComparisonDict.__required_keys__  # `note` only across versions
    assert json.loads(c.to_json()) == doc
    assert repr(c).startswith("<Comparison 2025 -> 2026")


def test_compare_accepts_every_form(fw: Framework, tmp_path: Path) -> None:
    a = {"period": "2025", "answers": {"inst.info.routine_data": 1}}
    b = {"period": "2026", "answers": {"inst.info.routine_data": 3}}
    ra, rb = fw.score(a), fw.score(b)
    expected = lhs_maturity.compare(ra, rb, as_frame=False).to_dict()
    (tmp_path / "a.json").write_text(ra.to_json(), encoding="utf-8")  # a report file
    (tmp_path / "b.json").write_text(json.dumps(b), encoding="utf-8")  # an assessment file
    for before, after in [
        (ra.to_dict(), rb.to_dict()),
        (ra.to_json(), rb.to_json().encode()),
        (a, b),
        (json.dumps(a), rb),
        (tmp_path / "a.json", tmp_path / "b.json"),
        (str(ra.to_json()), b),
    ]:
        assert lhs_maturity.compare(before, after, as_frame=False).to_dict() == expected


def test_compare_with_itself_changes_nothing(fw: Framework, ids: list[str]) -> None:
    rng = np.random.default_rng(11)
    for _ in range(10):
        r = fw.score(random_assessment(rng, ids, default_target=3))
        c = lhs_maturity.compare(r, r, as_frame=False)
        assert c.improved == [] and c.regressed == [] and not c.restricted
        assert all(n["change"] in (0.0, None) and n["level_change"] in (0, None) for n in c.nodes)
        assert all(i["change"] in (0, None) and i["progress_to_target"] in (0.0, None) for i in c.indicators)
        # Every rated indicator, outcome indicators too (the overall counts leave those out).
        assert len(c.unchanged) == sum(i["status"] == "rated" for i in r.indicators)
        assert c.progress_to_target in (0.0, None)


def test_compare_restricted_between_framework_versions(fw: Framework) -> None:
    spec = fw.to_dict()
    spec["version"] = "2.1.0"
    dropped = spec["domains"][0]["children"][0]["indicators"].pop()["id"]
    fw2 = Framework.from_dict(spec)
    before = fw.score({"answers": {"inst.info.routine_data": 1, dropped: 4}})
    after = fw2.score({"answers": {"inst.info.routine_data": 2}})
    c = lhs_maturity.compare(before, after)
    assert c.restricted and c.only_before == [dropped] and c.only_after == []
    assert c.comparable == len(fw.indicators()) - 1
    assert c.overall["before"] == 1.0  # recomputed without `dropped`
    assert c.before_framework == "lhs-2021 2.0.0" and c.after_framework == "lhs-2021 2.1.0"
    assert c.note is None  # no migration map connects them
    # An assessment of the other framework is scored with the framework given.
    c2 = lhs_maturity.compare(before, {"answers": {"inst.info.routine_data": 2}}, framework=fw2)
    assert c2.to_dict() == c.to_dict()


def test_compare_across_builtin_versions(fw: Framework, root: Path) -> None:
    """Assessments are scored with the built-in version they name; across 1.0.0 and 2.0.0 only
    the indicators the migration map classes `equivalent` are compared."""
    before = {"framework": {"id": "lhs-2021", "version": "1.0.0"}, "period": "2025",
              "answers": {"inst.info.routine_data": 1, "cap.prov.data_interpretation": 2,
                          "proc.levels.team_learning": 3}}
    after = {"framework": {"id": "lhs-2021", "version": "2.0.0"}, "period": "2026",
             "answers": {"inst.info.routine_data": 3, "cap.prov.data_interpretation": 3}}
    c = lhs_maturity.compare(before, after, as_frame=False)
    assert (c.before_framework, c.after_framework) == ("lhs-2021 1.0.0", "lhs-2021 2.0.0")
    assert c.restricted and c.note and "equivalent" in c.note
    # cap.prov.data_interpretation was revised in 2.0.0: same id, not the same meaning.
    assert c.improved == ["inst.info.routine_data"]
    migration = json.loads((root / "spec" / "migrations" / "lhs-2021-1.0.0-to-2.0.0.json").read_text(encoding="utf-8"))
    equivalent = {i["id"] for i in migration["items"] if i["class"] == "equivalent" and i["id"] in i["sources"]}
    assert {i["id"] for i in c.indicators} <= equivalent and c.comparable == len(c.indicators)
    assert "cap.prov.data_interpretation" not in {i["id"] for i in c.indicators}
    old = Framework.builtin("1.0.0")
    assert c.to_dict() == lhs_maturity.compare(old.score(before), fw.score(after), as_frame=False).to_dict()
    validate(c.to_dict(), "comparison")
    # A framework given scores every assessment: the 1.0.0 one then does not fit.
    with pytest.raises(AssessmentError) as info:
        lhs_maturity.compare(before, after, framework=fw)
    assert info.value.code == "assessment.version_mismatch" and "`before`" in str(info.value)
    # A version the library does not have.
    future = {**after, "framework": {"id": "lhs-2021", "version": "9.0.0"}}
    with pytest.raises(AssessmentError) as info:
        lhs_maturity.compare(before, future)
    assert (info.value.code, info.value.path) == ("assessment.unknown_framework_version", "/framework/version")


@pytest.mark.parametrize(
    ("doc", "code"),
    [
        ({"overall": {}}, "report.invalid"),
        ({}, "report.invalid"),
        ([1, 2], "report.invalid"),
        ("{", "report.invalid_json"),
        ('{"schema_version": "1.0"}', "report.invalid"),
        (b"\xff\xfe", "report.invalid_encoding"),
        (Path("/no/such/report.json"), "report.unreadable"),
    ],
)
def test_compare_bad_reports(fw: Framework, doc: Any, code: str) -> None:
    good = fw.score({"answers": {}})
    with pytest.raises(InputError) as info:
        lhs_maturity.compare(good, doc)
    assert info.value.code == code
    assert "`after`" in str(info.value)
    assert info.value.details[0]["message"].startswith("`after`: ")
    with pytest.raises(InputError) as info:
        lhs_maturity.compare(doc, good)
    assert "`before`" in str(info.value)


def test_compare_bad_report_files(fw: Framework, tmp_path: Path) -> None:
    """Files are read by the core (`Framework.report_of_path`): each problem has its code."""
    good = fw.score({"answers": {}})
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"period": "2026", "answers": {}, "unit": {"name": "Sant\xe9"}}'.encode("latin-1"))
    not_json = tmp_path / "notes.json"
    not_json.write_text("overall: 2", encoding="utf-8")
    for path, code in [(tmp_path, "report.unreadable"), (latin1, "report.invalid_encoding"),
                       (not_json, "report.invalid_json")]:
        with pytest.raises(InputError) as info:
            lhs_maturity.compare(good, path)
        assert info.value.code == code, (path, info.value)
        assert str(path) in str(info.value) or code == "report.invalid_json"
    # a report file and an assessment file are both accepted
    report_file = tmp_path / "report.json"
    report_file.write_text(good.to_json(), encoding="utf-8")
    assessment_file = tmp_path / "assessment.json"
    assessment_file.write_text('{"answers": {}}', encoding="utf-8")
    assert lhs_maturity.compare(report_file, assessment_file).comparable == len(fw.indicators())


def test_compare_bad_types(fw: Framework) -> None:
    with pytest.raises(TypeError, match="`after` must be a report") as info:
        lhs_maturity.compare(fw.score({"answers": {}}), {1, 2})  # type: ignore[call-overload]
    assert (info.value.code, info.value.path) == ("argument.invalid_type", "")  # type: ignore[attr-defined]
    with pytest.raises(AssessmentError) as info:
        lhs_maturity.compare({"answers": {"nope": 1}}, {"answers": {}})
    assert info.value.code == "assessment.unknown_indicator" and "`before`" in str(info.value)


def test_series(fw: Framework) -> None:
    rounds = [{"unit": {"id": "u"}, "period": p, "answers": {"inst.info.routine_data": lv, "cap.prov.communication": 2}}
              for p, lv in [("2026-Q1", 3), ("2025-Q3", 1), ("2025-Q4", 2)]]
    table = lhs_maturity.series(rounds)
    assert list(table.columns) == ["unit_id", "period", "overall_score", "overall_level", "overall_coverage",
                                   "inst_score", "cap_score", "cond_score", "proc_score"]
    assert list(table["period"]) == ["2025-Q3", "2025-Q4", "2026-Q1"]
    assert table["inst_score"].tolist() == [1.0, 2.0, 3.0] and table["cond_score"].isna().all()
    assert list(table["unit_id"]) == ["u"] * 3 and str(table["overall_level"].dtype) == "Int64"
    rows = lhs_maturity.series(fw.score_many(rounds), as_frame=False)
    assert [list(r) for r in rows] == [list(table.columns)] * 3
    assert lhs_maturity.series([], as_frame=False) == []
    with pytest.raises(InputError) as info:
        lhs_maturity.series([rounds[0], {**rounds[1], "unit": {"id": "v"}}])
    assert info.value.code == "input.series_mismatch" and info.value.path == "/1/unit"
    with pytest.raises(InputError) as info:
        lhs_maturity.series([rounds[0], rounds[0]])
    assert info.value.code == "input.duplicate_period"
    with pytest.raises(InputError) as info:
        lhs_maturity.series([rounds[0], {"not": "a report"}])
    e = info.value
    assert (e.code, e.path, e.index) == ("report.invalid", "/1", 1) and "report 2" in str(e)
    with pytest.raises(TypeError, match="list of reports"):
        lhs_maturity.series(fw.score(rounds[0]))  # type: ignore[call-overload]


# ---- cohort and reliability -----------------------------------------------------------------


def cohort_files() -> list[Path]:
    return sorted((EXAMPLES / "cohort").glob("*.json"))


def test_cohort_by_region() -> None:
    c = lhs_maturity.cohort(cohort_files(), group_by="region", publishable=False)
    assert (c.group_by, c.min_group) == ("region", 5)
    overall = c.summary[c.summary["measure"] == "overall"].set_index("group")
    assert list(overall.index) == ["all", "Nyanza", "Rift Valley", "Western"]
    assert overall["units"].tolist() == [14, 6, 3, 5]
    assert overall["suppressed"].tolist() == [False, False, True, False]
    assert overall.loc["Rift Valley"][["mean", "sd", "min", "q1", "median", "q3", "max"]].isna().all()
    assert list(c.summary.columns) == ["group", "units", "suppressed", "measure", "count", "mean", "sd",
                                       "min", "q1", "median", "q3", "max"]
    assert str(c.summary["suppressed"].dtype) == "bool"
    assert list(c.ranks.columns) == ["index", "unit", "period", "group", "measure", "rank"]
    ranks = c.ranks["rank"].dropna()
    assert len(ranks) > 0 and ((ranks > 0) & (ranks <= 100)).all()
    assert not c.is_publishable
    doc = c.to_dict()
    validate(doc, "cohort")
    assert set(doc) == set(get_type_hints(_types.CohortDict))
    assert repr(c) == "<Cohort 14 units, 4 groups (3 shown, min_group=5), with unit ranks>"


def test_cohort_publishable() -> None:
    full = lhs_maturity.cohort(cohort_files(), group_by="region", publishable=False)
    public = lhs_maturity.cohort(cohort_files(), group_by="region")  # publishable by default
    assert public.is_publishable and public.to_dict()["units"] == [] and len(public.ranks) == 0
    assert list(public.ranks.columns) == list(full.ranks.columns)
    pd.testing.assert_frame_equal(public.summary, full.summary)
    assert full.publishable().to_dict() == public.to_dict()
    assert json.loads(public.to_json())["units"] == []
    validate(public.to_dict(), "cohort")
    rows = lhs_maturity.cohort(cohort_files(), as_frame=False)
    assert rows.ranks == [] and rows.publishable().to_dict() == rows.to_dict()


@pytest.mark.parametrize("seed", range(5))
def test_percentile_ranks_are_in_0_100(fw: Framework, ids: list[str], seed: int) -> None:
    rng = np.random.default_rng(seed)
    units = [random_assessment(rng, ids, unit={"id": f"u{i}", "kind": ["district", "facility"][i % 2]})
             for i in range(int(rng.integers(1, 30)))]
    c = lhs_maturity.cohort(units, group_by="kind", min_group=int(rng.integers(0, 8)), publishable=False,
                            as_frame=False)
    assert len(c.ranks) == len(units) * len(c.to_dict()["groups"][0]["measures"])
    for r in c.ranks:
        assert r["rank"] is None or 0 < r["rank"] <= 100
    for s in c.summary:
        assert s["suppressed"] == (s["units"] < c.min_group)
        assert s["mean"] is None or s["min"] <= s["q1"] <= s["median"] <= s["q3"] <= s["max"]


def test_cohort_bad_inputs(fw: Framework) -> None:
    with pytest.raises(InputError) as info:
        lhs_maturity.cohort([])
    assert info.value.code == "input.empty_cohort"
    other = Framework.builtin("1.0.0").score({"answers": {}})
    with pytest.raises(InputError) as info:
        lhs_maturity.cohort([fw.score({"answers": {}}), other])
    e = info.value
    assert (e.code, e.path) == ("input.framework_mismatch", "/1/framework")
    assert "1.0.0" in str(e)
    # The options are read by the core's OptionReader, as in JavaScript: a number that is not a
    # whole number >= 0 is input.invalid_option, anything but a number input.invalid_type.
    for bad, code in ((-1, "input.invalid_option"), (2.5, "input.invalid_option"),
                      (True, "input.invalid_type"), ("5", "input.invalid_type")):
        with pytest.raises(InputError) as info:
            lhs_maturity.cohort(cohort_files(), min_group=bad)
        assert (info.value.code, info.value.path) == (code, "/min_group")
    with pytest.raises(InputError) as info:
        lhs_maturity.cohort(cohort_files(), group_by=3)  # type: ignore[call-overload]
    assert (info.value.code, info.value.path) == ("input.invalid_type", "/group_by")
    # Every problem at once.
    with pytest.raises(InputError) as info:
        lhs_maturity.cohort(cohort_files(), group_by=3, min_group=-1)  # type: ignore[call-overload]
    assert [(d["code"], d["path"]) for d in info.value.details] == [
        ("input.invalid_type", "/group_by"), ("input.invalid_option", "/min_group")]
    with pytest.raises(TypeError, match="publishable"):
        lhs_maturity.cohort(cohort_files(), publishable="yes")  # type: ignore[call-overload]


def test_cohort_min_group_zero_and_no_grouping(fw: Framework) -> None:
    c = lhs_maturity.cohort([fw.score({"answers": {"inst.info.routine_data": 2}})], min_group=0, publishable=False,
                            as_frame=False)
    row = c.summary[0]
    assert (row["group"], row["units"], row["suppressed"], row["mean"], row["sd"]) == ("all", 1, False, 2.0, None)
    assert c.ranks[0]["rank"] == 100.0


def test_reliability(fw: Framework) -> None:
    levels = [(1, 1, 2), (2, 2, 2), (3, 3, 4), (4, 3, 4)]
    units = [{"answers": {"cond.fin.learning_budget": a, "cond.fin.domestic_ownership": b,
                          "cond.fin.expenditure_tracking": c}}
             for a, b, c in levels]
    rel = lhs_maturity.reliability(units)
    assert rel.units == 4
    nodes = rel.nodes.set_index("id")
    assert list(rel.nodes.columns) == ["id", "items", "units_used", "alpha", "alpha_note"]
    assert nodes.loc["cond.fin", "units_used"] == 4 and nodes.loc["cond.fin", "items"] == 3
    # Cronbach's alpha by hand: k/(k-1) * (1 - sum of item variances / variance of the totals).
    data = np.array(levels, dtype=float)
    k = data.shape[1]
    by_hand = k / (k - 1) * (1 - data.var(axis=0, ddof=1).sum() / data.sum(axis=1).var(ddof=1))
    assert nodes.loc["cond.fin", "alpha"] == pytest.approx(by_hand, abs=1e-12)
    assert nodes.loc["inst", "alpha_note"] == "alpha needs at least two units that rated every item"
    assert math.isnan(nodes.loc["inst", "alpha"])
    items = rel.items[rel.items["node"] == "cond.fin"]
    assert list(items["id"]) == ["cond.fin.learning_budget", "cond.fin.domestic_ownership",
                                 "cond.fin.expenditure_tracking"]
    assert list(rel.items.columns) == ["node", "id", "alpha_if_deleted", "alpha_if_deleted_note",
                                       "item_total_correlation", "item_total_correlation_note"]
    dist = rel.distributions.set_index("id")
    assert dist.loc["cond.fin.learning_budget", "ceiling"] == 0.25
    assert math.isnan(dist.loc["inst.info.routine_data", "floor"])
    doc = rel.to_dict()
    validate(doc, "reliability")
    assert set(doc) == set(get_type_hints(_types.ReliabilityDict))
    assert lhs_maturity.reliability(units, as_frame=False).to_dict() == doc
    with pytest.raises(InputError) as info:
        lhs_maturity.reliability([])
    assert info.value.code == "input.empty_cohort"


# ---- without pandas ------------------------------------------------------------------------------


def test_without_pandas(monkeypatch: pytest.MonkeyPatch, fw: Framework) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` raises ImportError
    pooled = lhs_maturity.pool(TEAM)
    assert isinstance(pooled.items, list) and pooled.items[0]["pooled"] == 2
    assert isinstance(lhs_maturity.agreement(TEAM), list)
    c = lhs_maturity.compare(fw.score(TEAM[0]), fw.score(TEAM[1]))
    assert isinstance(c.nodes, list) and c.nodes[0]["id"] == "overall"
    assert isinstance(lhs_maturity.series([TEAM[0]]), list)
    cohort = lhs_maturity.cohort(cohort_files(), group_by="region", publishable=False)
    assert isinstance(cohort.summary, list) and isinstance(cohort.ranks, list) and cohort.ranks
    assert cohort.publishable().ranks == []
    assert isinstance(lhs_maturity.reliability(cohort_files()).nodes, list)
    assert stats.krippendorff_alpha([[1, 2], [1, 3]]).units == 2
    with pytest.raises(ImportError, match="pip install"):
        lhs_maturity.pool(TEAM, as_frame=True)


# ---- typing, docs -------------------------------------------------------------------------------

PAIRS = {
    ("pool", None): "PoolDict",
    ("pool", "PoolItem"): "PoolItem",
    ("pool", "RaterValue"): "RaterValue",
    ("pool", "Consensus"): "ConsensusEntry",
    ("pool", "AgendaItem"): "AgendaItem",
    ("pool", "AgreementStats"): "AgreementStats",
    ("pool", "Estimate"): "EstimateDict",
    ("comparison", None): "ComparisonDict",
    ("comparison", "NodeChange"): "NodeChange",
    ("comparison", "IndicatorChange"): "IndicatorChange",
    ("series", None): "SeriesDict",
    ("series", "SeriesRow"): "SeriesRow",
    ("series", "DomainScore"): "DomainScore",
    ("cohort", None): "CohortDict",
    ("cohort", "Group"): "CohortGroup",
    ("cohort", "Summary"): "MeasureSummary",
    ("cohort", "UnitRank"): "UnitRank",
    ("cohort", "MeasureRank"): "MeasureRank",
    ("reliability", None): "ReliabilityDict",
    ("reliability", "NodeReliability"): "NodeReliability",
    ("reliability", "ItemStats"): "ItemStats",
    ("reliability", "ItemDistribution"): "ItemDistribution",
}


@pytest.mark.parametrize(("where", "name"), list(PAIRS.items()), ids=list(PAIRS.values()))
def test_typed_dicts_match_the_schemas(where: tuple[str, str | None], name: str) -> None:
    s = schema(where[0])
    node = s if where[1] is None else (s.get("definitions") or s.get("$defs") or {})[where[1]]
    assert set(get_type_hints(getattr(_types, name))) == set(node["properties"]), name


def test_options_match_the_option_schemas() -> None:
    import inspect

    pool_args = set(inspect.signature(lhs_maturity.pool).parameters)
    assert set(schema("pool-options")["properties"]) <= pool_args
    cohort_args = set(inspect.signature(lhs_maturity.cohort).parameters)
    assert set(schema("cohort-options")["properties"]) <= cohort_args
    assert inspect.signature(lhs_maturity.cohort).parameters["min_group"].default == 5


def test_help_is_readable() -> None:
    for f in (lhs_maturity.pool, lhs_maturity.agreement, lhs_maturity.compare, lhs_maturity.series,
              lhs_maturity.cohort, lhs_maturity.reliability, stats.krippendorff_alpha, stats.icc,
              stats.cronbach_alpha):
        doc = f.__doc__ or ""
        assert "Args:" in doc and "Returns:" in doc and ">>>" in doc, f.__name__
    for cls in (lhs_maturity.PoolResult, lhs_maturity.Comparison, lhs_maturity.Cohort, lhs_maturity.Reliability):
        assert "Attributes:" in (cls.__doc__ or ""), cls.__name__


def test_errors_are_lhs_errors() -> None:
    with pytest.raises(LhsError):
        lhs_maturity.cohort([])
    with pytest.raises(LhsError):
        stats.icc([["x"]])


# ---- pickling (for multiprocessing, Dask, Spark) ----------------------------------------------


def _same_after_pickling(obj: Any) -> Any:
    back = pickle.loads(pickle.dumps(obj))
    assert type(back) is type(obj)
    return back


@pytest.mark.parametrize("as_frame", [True, False])
def test_every_result_type_pickles(fw: Framework, as_frame: bool) -> None:
    rounds = [{"unit": {"id": "u"}, "period": p, "answers": {"inst.info.routine_data": lv}}
              for p, lv in [("2025-Q4", 1), ("2026-Q1", 3)]]
    results: dict[str, Any] = {
        "pool": lhs_maturity.pool(TEAM, method="mean", as_frame=as_frame),
        "compare": lhs_maturity.compare(rounds[0], rounds[1], as_frame=as_frame),
        "cohort": lhs_maturity.cohort(cohort_files(), group_by="region", publishable=False,
                                      as_frame=as_frame),
        "reliability": lhs_maturity.reliability(cohort_files(), as_frame=as_frame),
    }
    for name, result in results.items():
        back = _same_after_pickling(result)
        assert back.to_dict() == result.to_dict(), name
        if as_frame:
            frames = {k: v for k, v in vars(result).items() if isinstance(v, pd.DataFrame)}
            assert frames, name
            for k, frame in frames.items():
                pd.testing.assert_frame_equal(getattr(back, k), frame)
    tables: dict[str, Any] = {
        "agreement": lhs_maturity.agreement(TEAM, as_frame=as_frame),
        "series": lhs_maturity.series(rounds, as_frame=as_frame),
        "long_format": fw.long_format(TEAM, as_frame=as_frame),
    }
    for name, table in tables.items():
        back = _same_after_pickling(table)
        if as_frame:
            pd.testing.assert_frame_equal(back, table)
        else:
            assert back == table, name
    frames = _same_after_pickling(fw.score(TEAM[0]).to_frames())
    for got, want in zip(frames, fw.score(TEAM[0]).to_frames()):
        pd.testing.assert_frame_equal(got, want)
    scores = lhs_maturity.score_frame(pd.DataFrame({"inst.info.routine_data": [2, "na"]}))
    pd.testing.assert_frame_equal(_same_after_pickling(scores), scores)


def test_frameworks_and_warnings_pickle() -> None:
    for fw in (Framework.builtin(), Framework.builtin("1.0.0"),
               Framework.from_dict({**Framework.builtin().to_dict(), "id": "own", "version": "0.1.0"})):
        back = _same_after_pickling(fw)
        assert back.to_dict() == fw.to_dict() and back.version == fw.version
        answers = {"answers": {fw.indicators()[0]["id"]: 2}}
        assert back.score(answers) == fw.score(answers)
    w = lhs_maturity.LhsWarning("m", code="c", path="/p", details=[{"code": "x"}])
    back = _same_after_pickling(w)
    assert (str(back), back.code, back.path, back.details) == ("m", "c", "/p", [{"code": "x"}])
