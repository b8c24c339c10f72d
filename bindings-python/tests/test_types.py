"""The TypedDicts of lhs_maturity._types stay in step with spec/schema/report.schema.json (and the
schemas of the framework's indicators, lint, migration, content validity and long format), and
match what the library returns."""

from __future__ import annotations

import json
from typing import Any, get_type_hints

import pytest

import lhs_maturity
from lhs_maturity import _types
from conftest import ROOT

def load(name: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "spec" / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
    return doc


def defs(schema: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = schema.get("definitions") or schema.get("$defs") or {}
    return found


SCHEMA = load("report")
DEFS = defs(SCHEMA)

PAIRS = {
    "ReportDict": SCHEMA,
    "FrameworkId": DEFS["FrameworkId"],
    "LevelInfo": DEFS["LevelInfo"],
    "Counts": DEFS["Counts"],
    "TargetSummary": DEFS["TargetSummary"],
    "ScoreSummary": DEFS["ScoreSummary"],
    "NodeResult": DEFS["NodeResult"],
    "Contribution": DEFS["Contribution"],
    "IndicatorResult": DEFS["IndicatorResult"],
    "FacetResult": DEFS["FacetResult"],
    "FacetValueResult": DEFS["FacetValueResult"],
    "GapSummary": DEFS["GapSummary"],
    "GapEntry": DEFS["GapEntry"],
    "Recommendation": DEFS["Recommendation"],
    "OwnerRecommendations": DEFS["OwnerRecommendations"],
    "Diagnostic": DEFS["Diagnostic"],
    "IndicatorInfo": defs(load("indicators"))["IndicatorInfo"],
    "Basis": defs(load("indicators"))["Basis"],
    "LintReportDict": load("lint"),
    "MigrationDict": load("migration"),
    "ContentValidityDict": load("content-validity"),
    "ItemValidity": defs(load("content-validity"))["ItemValidity"],
    "LongRow": defs(load("long"))["LongRow"],
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_required_keys_match_the_schema(name: str) -> None:
    """A key the schema requires is a required key; an optional key of the TypedDict is one the
    core may leave out (a key always written but possibly null is required in the TypedDict)."""
    td: Any = getattr(_types, name)
    assert set(PAIRS[name].get("required", [])) <= td.__required_keys__, name


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_typed_dict_keys_match_the_schema(name: str) -> None:
    td: Any = getattr(_types, name)
    assert set(get_type_hints(td)) == set(PAIRS[name]["properties"]), name


def keys_fit(d: dict[str, Any], td: Any) -> bool:
    """Every key of `d` is a key of the TypedDict, and every required key is in `d`."""
    return set(d) <= set(get_type_hints(td)) and td.__required_keys__ <= set(d)


def test_report_keys_match_the_typed_dicts(fw: lhs_maturity.Framework) -> None:
    a = {"default_target": 3, "unit": {"kind": "district"},
         "answers": {"inst.info.routine_data": {"level": 4, "evidence": "x"},
                     "inst.info.hta_priority_setting": 2,
                     "inst.info.me_integration": "unknown",
                     "cap.prov.data_interpretation": 1,
                     "proc.loops.single_loop": 2}}
    for options in ({}, {"unknown": "zero"}):
        r = fw.score(a, **options).to_dict()  # type: ignore[arg-type]
        assert keys_fit(r, _types.ReportDict)
        assert set(r["overall"]) == set(get_type_hints(_types.ScoreSummary))
        nodes = list(r["domains"])
        while nodes:
            n = nodes.pop()
            assert keys_fit(n, _types.NodeResult), n["id"]
            assert all(keys_fit(c, _types.Contribution) for c in n["explanation"])
            nodes.extend(n["children"])
        assert all(keys_fit(i, _types.IndicatorResult) for i in r["indicators"])
        assert set(r["recommendations"][0]) == set(get_type_hints(_types.Recommendation))
        assert set(r["gaps"]) == set(get_type_hints(_types.GapSummary))
    # The optional keys do occur.
    zero = fw.score(a, unknown="zero").to_dict()
    assert zero["unknown_rule"] == "zero"
    proc = next(d for d in zero["domains"] if d["id"] == "proc")
    assert proc.get("outcome") is True
    explained = [c for d in zero["domains"] for c in d["children"][0]["explanation"]]
    assert any(c.get("unknown_as_zero") for c in explained)
    assert {c["excluded"] for c in explained} >= {"does_not_apply", "missing"}
    default = fw.score(a).to_dict()
    assert "unknown" in {c["excluded"] for d in default["domains"] for c in d["children"][0]["explanation"]}
    info = fw.indicators()
    assert all(keys_fit(i, _types.IndicatorInfo) for i in info)
    assert all(keys_fit(i["basis"], _types.Basis) for i in info if "basis" in i)
