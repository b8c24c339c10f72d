"""The TypedDicts of lhs_maturity._types stay in step with spec/schema/report.schema.json, and
match what the library returns."""

from __future__ import annotations

import json
from typing import Any, get_type_hints

import pytest

import lhs_maturity
from lhs_maturity import _types
from conftest import ROOT

SCHEMA = json.loads((ROOT / "spec" / "schema" / "report.schema.json").read_text(encoding="utf-8"))
DEFS = SCHEMA.get("definitions") or SCHEMA.get("$defs") or {}

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
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_typed_dict_keys_match_the_schema(name: str) -> None:
    td: Any = getattr(_types, name)
    assert set(get_type_hints(td)) == set(PAIRS[name]["properties"]), name


def test_report_keys_match_the_typed_dicts(fw: lhs_maturity.Framework) -> None:
    r = fw.score(
        {"default_target": 3, "answers": {"inst.info.routine_data": {"level": 4, "evidence": "x"},
                                          "cap.prov.data_interpretation": 1}}
    ).to_dict()
    assert set(r) == set(get_type_hints(_types.ReportDict))
    assert set(r["overall"]) == set(get_type_hints(_types.ScoreSummary))
    assert set(r["domains"][0]) == set(get_type_hints(_types.NodeResult))
    assert set(r["indicators"][0]) == set(get_type_hints(_types.IndicatorResult))
    assert set(r["recommendations"][0]) == set(get_type_hints(_types.Recommendation))
    assert set(r["gaps"]) == set(get_type_hints(_types.GapSummary))
    info = fw.indicators()[0]
    assert set(info) <= set(get_type_hints(_types.IndicatorInfo))
