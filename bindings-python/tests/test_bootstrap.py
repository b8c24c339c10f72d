"""`lhs_maturity.pool_bootstrap` and `cohort(sample=True)` (``spec/SCORING.md`` §31): the
Python surface forwards to the core, so these check the conversion, the tables, the defaults,
the errors, and a few numbers by hand. The shared vectors (test_analysis_vectors.py) check the
numbers against the other surfaces."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import pytest

import lhs_maturity
from lhs_maturity import InputError
from conftest import ROOT


def team(levels: list[tuple[int, int]]) -> list[dict[str, Any]]:
    return [
        {"unit": {"id": "u"}, "respondent": {"id": f"r{i}"},
         "answers": {"inst.info.routine_data": a, "cond.fin.learning_budget": b}}
        for i, (a, b) in enumerate(levels)
    ]


def test_leave_one_out_by_hand() -> None:
    b = lhs_maturity.pool_bootstrap(team([(1, 3), (2, 3), (4, 0)]), as_frame=False)
    assert b.method == "leave_one_out"
    assert (b.resamples, b.seed, b.level) == (0, None, 0.9)
    assert "too few" in b.reason
    rows = {r["id"]: r for r in b.nodes}
    info = rows["inst.info"]
    assert (info["score"], info["range_low"], info["range_high"]) == (2.0, 1.0, 2.0)
    assert [info[f"without r{i}"] for i in range(3)] == [2.0, 1.0, 1.0]
    assert info["interval_low"] is None
    assert rows["cond.fin"]["name"] == "Financial resources"
    doc = b.to_dict()
    assert doc["nodes"][0]["left_out"][0]["respondent"] == "r0"
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "spec/schema/pool-bootstrap.schema.json").read_text())
    jsonschema.validate(doc, schema)


def test_bootstrap_is_seeded_and_has_a_frame() -> None:
    ten = team([(i % 5, (3 * i) % 5) for i in range(10)])
    a = lhs_maturity.pool_bootstrap(ten, resamples=200, seed=4)
    assert isinstance(a.nodes, pd.DataFrame)
    assert a.method == "bootstrap" and (a.resamples, a.seed) == (200, 4)
    b = lhs_maturity.pool_bootstrap(ten, resamples=200, seed=4)
    assert a.to_dict() == b.to_dict()
    c = lhs_maturity.pool_bootstrap(ten, resamples=200, seed=5)
    assert a.to_dict()["nodes"] != c.to_dict()["nodes"]
    overall = a.nodes.set_index("id").loc["overall"]
    assert overall["interval_low"] <= overall["score"] <= overall["interval_high"]
    assert 0 <= overall["keeps_level"] <= 1
    assert repr(a).startswith("<PoolBootstrapResult bootstrap: 10 respondents")


def test_ten_who_agree_give_zero_width_intervals() -> None:
    b = lhs_maturity.pool_bootstrap(team([(3, 1)] * 10), as_frame=False)
    for row in b.nodes:
        if row["score"] is not None:
            assert row["interval_low"] == row["interval_high"] == row["score"]
            assert row["keeps_level"] == 1.0
        else:
            assert row["no_score"] == 1000


def test_pooling_options_are_forwarded() -> None:
    b = lhs_maturity.pool_bootstrap(team([(1, 0), (2, 0), (4, 0)]), method="mean", as_frame=False)
    info = next(r for r in b.nodes if r["id"] == "inst.info")
    assert [info[f"without r{i}"] for i in range(3)] == [3.0, 3.0, 2.0]


def test_bad_options() -> None:
    with pytest.raises(InputError) as e:
        lhs_maturity.pool_bootstrap(team([(1, 0)] * 3), resamples=0, level=1.5)
    assert [(d["code"], d["path"]) for d in e.value.details] == [
        ("input.invalid_bootstrap_option", "/resamples"),
        ("input.invalid_bootstrap_option", "/level"),
    ]
    with pytest.raises(InputError) as e:
        lhs_maturity.pool_bootstrap(team([(1, 0)] * 3), method="avg")  # type: ignore[arg-type]
    assert e.value.code == "input.invalid_method"


def units(regions: list[tuple[str, int]]) -> list[dict[str, Any]]:
    return [{"unit": {"id": f"{g}{i}", "region": g}, "answers": {"inst.info.routine_data": i % 5}}
            for g, n in regions for i in range(n)]


def test_cohort_census_and_sample() -> None:
    reports = units([("north", 9), ("south", 10)])
    census = lhs_maturity.cohort(reports, group_by="region", as_frame=False)
    assert census.sample is False
    assert "mean_low" not in census.summary[0]
    notes = {m["mean_note"] for g in census.to_dict()["groups"] for m in g["measures"]}
    assert notes == {"a census has no sampling error"}
    sample = lhs_maturity.cohort(reports, group_by="region", sample=True, seed=3, as_frame=False)
    assert sample.sample is True
    doc = sample.to_dict()
    assert (doc["resamples"], doc["seed"]) == (1000, 3)
    overall = {r["group"]: r for r in sample.summary if r["measure"] == "overall"}
    assert overall["north"]["mean_low"] is None
    assert "9 units is too small" in overall["north"]["mean_note"]
    south = overall["south"]
    assert south["mean_low"] < south["mean"] < south["mean_high"]
    # Publishable keeps the intervals.
    assert sample.publishable().to_dict()["groups"] == doc["groups"]
    with pytest.raises(InputError) as e:
        lhs_maturity.cohort(reports, sample=True, resamples=0)
    assert e.value.code == "input.invalid_bootstrap_option"
