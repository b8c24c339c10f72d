"""The framework's tools beyond scoring: built-in versions (`builtin`, `builtin_for`), `lint`,
`template`, `migrate`, content validity (`content_validity`, the relevance form) and the long
format (`long_format`, `long_csv`). The numbers are the core's; these tests check the Python
surface, the conversions, the errors, and hand-computed values where there are some."""

from __future__ import annotations

import csv
import io
import json
import math
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import lhs_maturity
from lhs_maturity import AssessmentError, Framework, FrameworkError, InputError, LhsWarning
from conftest import ROOT

SCHEMAS = ROOT / "spec" / "schema"
OLD = {"id": "lhs-2021", "version": "1.0.0"}


def validate(doc: Any, name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)


def pointer(doc: Any, path: str) -> Any:
    """The value at a JSON Pointer."""
    for token in path.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        doc = doc[int(token)] if isinstance(doc, list) else doc[token]
    return doc


# ---- built-in versions ---------------------------------------------------------------------------


def test_builtin_versions(fw: Framework, root: Path) -> None:
    old = Framework.builtin("1.0.0")
    assert (old.id, old.version, len(old.indicators())) == ("lhs-2021", "1.0.0", 69)
    assert repr(old) == "<Framework lhs-2021 1.0.0: 69 indicators>"
    assert Framework.builtin("2.0.0").to_dict() == fw.to_dict()
    assert Framework.builtin(None).to_dict() == fw.to_dict()
    assert Framework.builtin(" 1.0.0 ").version == "1.0.0"  # the core trims the version
    path = root / "spec" / "frameworks" / "lhs-2021-1.0.0.json"
    assert old.to_dict() == Framework.from_path(path).to_dict()


@pytest.mark.parametrize("version", ["3.0.0", "1.0", "", "latest"])
def test_builtin_unknown_version(version: str) -> None:
    with pytest.raises(FrameworkError) as info:
        Framework.builtin(version)
    e = info.value
    assert (e.code, e.path, e.kind) == ("framework.unknown_version", "/version", "framework")
    assert e.help == "the built-in versions are 1.0.0, 2.0.0"
    assert isinstance(e, ValueError)


def test_builtin_version_is_text() -> None:
    with pytest.raises(TypeError):
        Framework.builtin(2)  # type: ignore[arg-type]


def test_builtin_for_picks_the_version_named(fw: Framework, tmp_path: Path) -> None:
    old = {"framework": OLD, "answers": {"proc.levels.team_learning": 2}}
    text = json.dumps(old)
    path = tmp_path / "old.json"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a version named: no warning
        for form in (old, text, text.encode(), path):
            got = Framework.builtin_for(form)
            assert got.version == "1.0.0", type(form)
            assert got.to_dict() == Framework.builtin("1.0.0").to_dict()
        latest = {"framework": {"id": "lhs-2021", "version": "2.0.0"}, "answers": {}}
        assert Framework.builtin_for(latest).version == "2.0.0"
        # Another framework gets the latest; scoring then says it does not fit.
        other = {"framework": {"id": "other", "version": "1.0.0"}, "answers": {}}
        assert Framework.builtin_for(other).version == fw.version
    report = Framework.builtin_for(old).score(old)
    assert report.framework["version"] == "1.0.0"
    assert report.indicator("proc.levels.team_learning")["level"] == 2  # type: ignore[index]


def test_builtin_for_warns_without_a_version(fw: Framework) -> None:
    with pytest.warns(LhsWarning) as record:
        got = Framework.builtin_for({"answers": {}})
    assert got.version == fw.version
    assert len(record) == 1
    w = record[0]
    message = w.message
    assert isinstance(message, LhsWarning)
    assert (message.code, message.path) == ("assessment.no_framework_version", "")
    assert fw.version in str(message) and f'"version": "{fw.version}"' in (message.help or "")
    assert w.filename == __file__  # attributed to the line that called builtin_for
    with pytest.warns(LhsWarning) as record:
        Framework.builtin_for({"framework": {"id": "lhs-2021"}, "answers": {}})
    assert getattr(record[0].message, "path", None) == "/framework"
    # Warnings turned into errors raise.
    with warnings.catch_warnings():
        warnings.simplefilter("error", LhsWarning)
        with pytest.raises(LhsWarning):
            Framework.builtin_for({"answers": {}})


@pytest.mark.parametrize(
    ("doc", "code", "path"),
    [
        ({"framework": {"id": "lhs-2021", "version": "9.0.0"}, "answers": {}},
         "assessment.unknown_framework_version", "/framework/version"),
        ("{", "assessment.invalid_json", ""),
        ({"answers": []}, "assessment.invalid_type", "/answers"),
        (b"\xff", "assessment.invalid_encoding", ""),
        (Path("/no/such/assessment.json"), "assessment.unreadable", ""),
    ],
)
def test_builtin_for_errors(doc: Any, code: str, path: str) -> None:
    with pytest.raises(AssessmentError) as info:
        Framework.builtin_for(doc)
    assert (info.value.code, info.value.path) == (code, path)


def test_builtin_for_bad_type() -> None:
    with pytest.raises(TypeError, match="must be a document"):
        Framework.builtin_for({1, 2})  # type: ignore[arg-type]


def test_analyses_use_the_version_each_assessment_names(fw: Framework) -> None:
    old_team = [{"framework": OLD, "respondent": {"id": who},
                 "answers": {"proc.levels.team_learning": level, "inst.info.routine_data": 2}}
                for who, level in [("a", 1), ("b", 3)]]
    pooled = lhs_maturity.pool(old_team, as_frame=False)
    assert pooled.assessment["framework"] == OLD
    assert [i["id"] for i in pooled.items] == ["inst.info.routine_data", "proc.levels.team_learning"]
    assert lhs_maturity.pool(old_team, framework=Framework.builtin("1.0.0"), as_frame=False).to_dict() == pooled.to_dict()
    with pytest.raises(AssessmentError) as info:
        lhs_maturity.pool(old_team, framework=fw)
    assert info.value.code == "assessment.version_mismatch"
    rel = lhs_maturity.reliability(old_team, as_frame=False)
    assert rel.units == 2 and {n["id"] for n in rel.nodes} >= {"proc.levels"}


# ---- lint ----------------------------------------------------------------------------------------


def test_lint(fw: Framework) -> None:
    latest = fw.lint()
    validate(latest, "lint")
    assert latest["findings"] == [] and latest["indicators"] == len(fw.indicators())
    assert len(latest["average_words"]) == fw.max_level + 1
    assert min(latest["average_words"]) <= latest["average_words_all"] <= max(latest["average_words"])
    old_fw = Framework.builtin("1.0.0")
    old = old_fw.lint()
    validate(old, "lint")
    codes = {f["code"] for f in old["findings"]}
    assert "lint.negation" in codes and all(c.startswith("lint.") for c in codes)
    assert all(f["severity"] == "warning" for f in old["findings"])
    # Every finding points at a part of the framework document (or, for a missing field such
    # as `evidence`, at where it belongs).
    spec = old_fw.to_dict()
    for f in old["findings"]:
        where = f["path"] if f["code"] != "lint.missing_evidence" else f["path"].rsplit("/", 1)[0]
        assert pointer(spec, where) is not None, f


def test_lint_your_own_framework(fw: Framework) -> None:
    spec = fw.to_dict()
    first = spec["domains"][0]["children"][0]["indicators"][0]
    first["levels"][2] = {"en": "Nobody reviews the data; it is not adequate."}
    findings = Framework.from_dict(spec).lint()["findings"]
    path = "/domains/0/children/0/indicators/0/levels/2"
    found = {f["code"] for f in findings if f["path"].startswith(path)}
    assert {"lint.negation", "lint.semicolon"} <= found, findings


# ---- template ------------------------------------------------------------------------------------


def test_template(fw: Framework) -> None:
    t = fw.template()
    assert t["framework"] == {"id": fw.id, "version": fw.version}
    assert t["unit"]["kind"] == ""
    assert list(t["answers"]) == [i["id"] for i in fw.indicators()]
    answer = t["answers"]["inst.info.routine_data"]
    assert answer["level"] is None and answer["evidence"] == ""
    assert len(answer["$levels"]) == fw.max_level + 1 and "$comment" in answer
    facility = fw.template(unit_kind="Facility")
    assert facility["unit"]["kind"] == "facility"
    assert list(facility["answers"]) == [i["id"] for i in fw.indicators() if "facility" in i["applies_to"]]
    # Filled in, it scores; its notes raise no warning.
    facility["answers"]["inst.info.routine_data"]["level"] = 2
    diags = fw.validate(facility)
    assert not [d for d in diags if d["severity"] == "error"]
    assert all(d["code"] != "assessment.unknown_field" for d in diags)
    assert fw.score(facility).indicator("inst.info.routine_data")["level"] == 2  # type: ignore[index]
    assert len(Framework.builtin("1.0.0").template()["answers"]) == 69
    assert fw.template() == t and fw.template() is not t  # a fresh dict each time


# ---- migrate -------------------------------------------------------------------------------------

OLD_ASSESSMENT: dict[str, Any] = {
    "framework": OLD,
    "unit": {"id": "moh", "name": "Ministry of Health", "kind": "national"},
    "period": "2025",
    "answers": {
        # equivalent: carried over with its notes
        "inst.info.routine_data": {"level": 2, "evidence": "Minutes", "confidence": "high"},
        # merged_conjunctive: the lowest level of the sources
        "inst.act.pilots": 3,
        "inst.act.scale_diffusion": {"level": 1, "evidence": "one scale-up"},
        # merged_duplicate: a rated answer beats na
        "inst.info.policy_research_institutes": {"level": "na", "justification": "none"},
        "inst.info.evidence_synthesis": 2,
        # revised: a proposal, not scored until a rater confirms it
        "cap.prov.data_interpretation": 3,
        # dropped: kept under migration.unmapped
        "proc.levels.team_learning": 3,
    },
}


def test_migrate(fw: Framework) -> None:
    m = fw.migrate(OLD_ASSESSMENT)
    validate(m, "migration")
    a = m["assessment"]
    assert a["framework"] == {"id": "lhs-2021", "version": fw.version}
    assert (a["unit"], a["period"]) == (OLD_ASSESSMENT["unit"], "2025")
    answers = a["answers"]
    assert answers["inst.info.routine_data"] == {"level": 2, "evidence": "Minutes", "confidence": "high"}
    assert answers["inst.act.pilots_scaling"]["level"] == 1
    assert "inst.act.scale_diffusion: one scale-up" in answers["inst.act.pilots_scaling"]["evidence"]
    assert answers["inst.info.policy_research_institutes"]["level"] == 2
    assert answers["cap.prov.data_interpretation"] is None  # no level, no notes: unanswered
    proposal = a["migration"]["proposed"]["cap.prov.data_interpretation"]
    assert proposal == {"level": 3, "from": ["cap.prov.data_interpretation"], "class": "revised"}
    assert a["migration"]["unmapped"]["proc.levels.team_learning"]["answer"] == 3
    assert (a["migration"]["from"], a["migration"]["to"]) == ("1.0.0", fw.version)
    assert (m["carried"], m["proposed"], m["unmapped"]) == (3, 1, 1)
    assert sum(m["classes"].values()) == len(fw.indicators())
    assert set(m["classes"]) <= {"equivalent", "merged_duplicate", "merged_conjunctive", "revised", "new"}
    assert [(n["code"], n["path"]) for n in m["notes"]] == [
        ("migration.proposed", "/answers/cap.prov.data_interpretation")
    ]
    # The migrated assessment scores with this version; the proposal is not scored.
    r = fw.score(a)
    assert r.indicator("cap.prov.data_interpretation")["status"] == "missing"  # type: ignore[index]
    assert r.indicator("inst.act.pilots_scaling")["level"] == 1  # type: ignore[index]


def test_migrate_every_input_form(fw: Framework, tmp_path: Path) -> None:
    expected = fw.migrate(OLD_ASSESSMENT)
    text = json.dumps(OLD_ASSESSMENT)
    path = tmp_path / "old.json"
    path.write_text(text, encoding="utf-8")
    for form in (text, text.encode(), path):
        assert fw.migrate(form) == expected, type(form)


def test_migrate_keeps_what_does_not_apply(fw: Framework) -> None:
    district = {**OLD_ASSESSMENT, "unit": {"id": "kis", "kind": "district"}}
    m = fw.migrate(district)
    unmapped = m["assessment"]["migration"]["unmapped"]
    # Its successor does not apply to a district: kept, with the reason.
    assert "does not apply" in unmapped["inst.info.evidence_synthesis"]["reason"]
    assert "inst.info.policy_research_institutes" not in m["assessment"]["answers"]


@pytest.mark.parametrize(
    ("doc", "exc", "code", "path"),
    [
        ({"answers": {"inst.info.routine_data": 2}}, AssessmentError, "migration.no_version", ""),
        ({"framework": {"id": "lhs-2021"}, "answers": {}}, AssessmentError, "migration.no_version", "/framework"),
        ({"framework": {"id": "other", "version": "1.0.0"}, "answers": {}}, AssessmentError,
         "migration.wrong_framework", "/framework/id"),
        ({"framework": {"id": "lhs-2021", "version": "0.9.0"}, "answers": {}}, InputError, "migration.no_map", ""),
        ({"framework": {"id": "lhs-2021", "version": "2.0.0"}, "answers": {}}, AssessmentError,
         "migration.already_migrated", "/framework/version"),
        ("{", AssessmentError, "assessment.invalid_json", ""),
    ],
)
def test_migrate_errors(fw: Framework, doc: Any, exc: type[Exception], code: str, path: str) -> None:
    with pytest.raises(exc) as info:
        fw.migrate(doc)
    e = info.value
    assert isinstance(e, lhs_maturity.LhsError)
    assert (e.code, e.path) == (code, path)
    if code == "migration.no_version":
        assert '"version": "1.0.0"' in (e.help or "")


def test_migrate_to_a_framework_without_a_map(fw: Framework) -> None:
    with pytest.raises(AssessmentError) as info:
        Framework.builtin("1.0.0").migrate(OLD_ASSESSMENT)  # 1.0.0 to 1.0.0
    assert info.value.code == "migration.already_migrated"
    mine = Framework.from_dict({**fw.to_dict(), "id": "mine"})
    with pytest.raises(AssessmentError) as ainfo:
        mine.migrate(OLD_ASSESSMENT)
    assert ainfo.value.code == "migration.wrong_framework"


# ---- content validity ------------------------------------------------------------------------------

#: Six experts rate three indicators: (a, b, c) per expert.
PANEL = [(4, 4, 2), (4, 3, 1), (3, 4, 3), (4, 4, 2), (3, 3, 4), (2, 4, 1)]


def panel(ids: list[str]) -> list[dict[str, Any]]:
    return [
        {"expert": expert, "indicator": ids[k], "relevance": levels[k]}
        for expert, levels in zip("abcdef", PANEL)
        for k in range(3)
    ]


def modified_kappa(n: int, a: int) -> tuple[float, float, float]:
    """(I-CVI, Pc, kappa*) by the formulas of Polit, Beck & Owen (2007)."""
    i_cvi = a / n
    pc = math.comb(n, a) * 0.5**n
    return i_cvi, pc, (i_cvi - pc) / (1 - pc)


def test_content_validity_hand_computed(fw: Framework, ids: list[str]) -> None:
    cv = fw.content_validity(panel(ids), as_frame=False)
    validate(cv, "content-validity")
    items = {i["id"]: i for i in cv["items"]}
    assert [i["id"] for i in cv["items"]] == ids
    a, b, c = (items[x] for x in ids[:3])
    # 6 experts, 5 rate it 3 or 4: I-CVI .83, Pc .094, kappa* .82 ("excellent"), the worked
    # example of Polit, Beck & Owen (2007), table 2.
    i_cvi, pc, kappa = modified_kappa(6, 5)
    assert (round(i_cvi, 3), round(pc, 3), round(kappa, 3)) == (0.833, 0.094, 0.816)
    assert (a["experts"], a["relevant"]) == (6, 5)
    assert a["i_cvi"] == pytest.approx(i_cvi, abs=1e-12) and a["kappa"] == pytest.approx(kappa, abs=1e-12)
    assert a["interpretation"] == "excellent"
    # Everyone rates b relevant: I-CVI 1, kappa* 1.
    assert (b["relevant"], b["i_cvi"], b["kappa"], b["interpretation"]) == (6, 1.0, 1.0, "excellent")
    # 2 of 6: I-CVI .33, Pc = 15/64, kappa* .13 ("poor").
    i_cvi, pc, kappa = modified_kappa(6, 2)
    assert pc == 15 / 64
    assert c["i_cvi"] == pytest.approx(i_cvi) and c["kappa"] == pytest.approx(kappa)
    assert c["interpretation"] == "poor"
    # The others: not rated.
    rest = [items[x] for x in ids[3:]]
    assert all((i["experts"], i["i_cvi"], i["kappa"], i["interpretation"]) == (0, None, None, "not rated") for i in rest)
    assert cv["experts"] == 6
    # S-CVI/Ave: the mean I-CVI of the rated indicators; S-CVI/UA: the share with I-CVI 1.
    assert cv["s_cvi_ave"] == pytest.approx((5 / 6 + 1 + 2 / 6) / 3, abs=1e-12)
    assert cv["s_cvi_ua"] == pytest.approx(1 / 3, abs=1e-12)


def test_content_validity_interpretation_by_panel_size(fw: Framework, ids: list[str]) -> None:
    def one(levels: list[int]) -> dict[str, Any]:
        ratings = [{"expert": f"e{k}", "indicator": ids[0], "relevance": v} for k, v in enumerate(levels)]
        items: list[dict[str, Any]] = fw.content_validity(ratings, as_frame=False)["items"]  # type: ignore[assignment]
        return items[0]

    assert one([4, 4])["interpretation"] == "too few experts"
    assert one([4, 3, 4])["interpretation"] == "excellent"  # 3 to 5 experts: I-CVI 1 needed
    assert one([4, 3, 2])["interpretation"] == "poor"
    assert one([4, 3, 2])["kappa"] == pytest.approx(modified_kappa(3, 2)[2])


def test_content_validity_as_a_data_frame(fw: Framework, ids: list[str]) -> None:
    ratings = panel(ids)
    expected = fw.content_validity(ratings, as_frame=False)
    df = pd.DataFrame(ratings)
    cv = fw.content_validity(df)
    assert {k: v for k, v in cv.items() if k != "items"} == {k: v for k, v in expected.items() if k != "items"}
    items = cv["items"]
    assert isinstance(items, pd.DataFrame)
    assert list(items.columns) == ["id", "name", "experts", "relevant", "i_cvi", "kappa", "interpretation"]
    assert str(items["experts"].dtype) == "Int64" and str(items["i_cvi"].dtype) == "float64"
    assert len(items) == len(ids) and items["i_cvi"].iloc[3:].isna().all()
    assert items.to_dict("records")[:3] == expected["items"][:3]
    # A blank rating (NaN in a float column) leaves the expert out of that indicator; other
    # columns (a comment) are ignored; experts may be codes.
    blank = pd.DataFrame({"expert": [1, 2, 3], "indicator": [ids[0]] * 3,
                          "relevance": [4.0, np.nan, 3.0], "comment": ["", "no idea", ""]})
    first = fw.content_validity(blank, as_frame=False)["items"][0]
    assert (first["experts"], first["relevant"]) == (2, 2)  # type: ignore[index]
    nullable = blank.astype({"relevance": "Int64"})
    assert fw.content_validity(nullable, as_frame=False) == fw.content_validity(blank, as_frame=False)
    # Without pandas' help: a list of dicts gives lists; the default follows pandas.
    assert isinstance(fw.content_validity(ratings, as_frame=False)["items"], list)
    empty = fw.content_validity([], as_frame=False)
    assert (empty["experts"], empty["s_cvi_ave"], empty["s_cvi_ua"]) == (0, None, None)


def test_content_validity_bad_ratings(fw: Framework, ids: list[str]) -> None:
    bad = [
        {"expert": "a", "indicator": "inst.info.routin_data", "relevance": 4},
        {"expert": "a", "indicator": ids[0], "relevance": 5},
    ]
    with pytest.raises(InputError) as info:
        fw.content_validity(bad)
    # Both found by the core, each at its position.
    assert [(d["code"], d["path"]) for d in info.value.details] == [
        ("input.unknown_indicator", "/0/indicator"),
        ("input.invalid_relevance", "/1/relevance"),
    ]
    converted = [
        {"expert": "a", "indicator": ids[0], "relevance": "high"},
        {"expert": "a", "indicator": ids[0], "relevance": 2.5},
        {"expert": "a", "indicator": ids[0], "relevance": True},
        {"indicator": ids[0], "relevance": 3},
        {"expert": "a", "indicator": None, "relevance": 3},
        {"expert": ["a"], "indicator": ids[0], "relevance": 3},
        ("a", ids[0], 3),
        {"expert": "a", "indicator": ids[0], "relevance": 300},
    ]
    with pytest.raises(InputError) as info:
        fw.content_validity(converted)
    assert [(d["code"], d["path"]) for d in info.value.details] == [
        ("input.invalid_relevance", "/0/relevance"),
        ("input.invalid_relevance", "/1/relevance"),
        ("input.invalid_relevance", "/2/relevance"),
        ("input.invalid_rating", "/3/expert"),
        ("input.invalid_rating", "/4/indicator"),
        ("input.invalid_rating", "/5/expert"),
        ("input.invalid_rating", "/6"),
        ("input.invalid_relevance", "/7/relevance"),
    ]
    assert info.value.details[0]["message"] == 'rating 1: `"high"` is not a relevance rating'
    with pytest.raises(InputError) as info:
        fw.content_validity(pd.DataFrame({"expert": ["a"], "indicator": [ids[0]]}))
    assert (info.value.code, info.value.path) == ("input.missing_column", "/columns/relevance")
    with pytest.raises(InputError) as info:
        fw.content_validity(pd.DataFrame({"expert": ["a", "b"], "indicator": [ids[0]] * 2, "relevance": [4.0, 2.5]}))
    assert (info.value.code, info.value.path) == ("input.invalid_relevance", "/1/relevance")
    with pytest.raises(TypeError, match="list of relevance ratings"):
        fw.content_validity({"expert": "a", "indicator": ids[0], "relevance": 4})  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="as_frame"):
        fw.content_validity([], as_frame="no")  # type: ignore[call-overload]


def test_relevance_form_round_trip(fw: Framework, ids: list[str]) -> None:
    form = fw.relevance_form_csv()
    assert form.startswith("\ufeffindicator,name,statement,relevance,comment\r\n")
    rows = list(csv.DictReader(io.StringIO(form.lstrip("\ufeff"))))
    assert [r["indicator"] for r in rows] == ids
    assert rows[0]["statement"] == fw.indicators()[0]["statement"]
    assert all(r["relevance"] == "" and r["comment"] == "" for r in rows)
    # An expert fills it in (the first three indicators, one left blank) and sends it back.
    for row, value in zip(rows, ["4", "", "2"]):
        row["relevance"] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    ratings = fw.read_relevance_csv(out.getvalue(), "expert-a")
    assert len(ratings) == len(ids)
    assert ratings[:3] == [
        {"expert": "expert-a", "indicator": ids[0], "relevance": 4},
        {"expert": "expert-a", "indicator": ids[1], "relevance": None},
        {"expert": "expert-a", "indicator": ids[2], "relevance": 2},
    ]
    assert fw.read_relevance_csv(("\ufeff" + out.getvalue()).encode(), "expert-a") == ratings
    cv = fw.content_validity(ratings, as_frame=False)
    assert cv["experts"] == 1 and cv["items"][0]["interpretation"] == "too few experts"


def test_read_relevance_csv_expert_column_and_errors(fw: Framework, ids: list[str]) -> None:
    text = f"expert,indicator,relevance\nx,{ids[0]},3\n,{ids[1]},4\n"
    got = fw.read_relevance_csv(text, "fallback")
    assert [r["expert"] for r in got] == ["x", "fallback"]
    with pytest.raises(InputError) as info:
        fw.read_relevance_csv(f"indicator,relevance\n{ids[0]},high\nnope,2\n", "a")
    e = info.value
    assert [(d["code"], d["path"]) for d in e.details] == [
        ("input.invalid_relevance", "/rows/0/relevance"),
        ("input.unknown_indicator", "/rows/1/indicator"),
    ]
    assert (e.details[0].get("line"), e.details[0].get("column")) == (2, 2)
    with pytest.raises(InputError) as info:
        fw.read_relevance_csv("id,score\n", "a")
    assert (info.value.code, info.value.path) == ("input.missing_column", "/header")
    with pytest.raises(InputError) as info:
        fw.read_relevance_csv(b"indicator,relevance\n\xff,1\n", "a")
    assert info.value.code == "csv.invalid_encoding"
    with pytest.raises(TypeError, match="must be CSV text") as info:
        fw.read_relevance_csv(Path("form.csv"), "a")  # type: ignore[arg-type]
    assert info.value.help == "use `path.read_bytes()` instead"  # type: ignore[attr-defined]


# ---- long format ---------------------------------------------------------------------------------


def random_assessment(rng: np.random.Generator, fw: Framework, i: int) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for info in fw.indicators():
        u = rng.random()
        if u < 0.3:
            continue
        answers[info["id"]] = "na" if u < 0.35 else "unknown" if u < 0.4 else int(rng.integers(0, 5))
    kind = ["district", "facility", "national", None][i % 4]
    unit = {"id": f"u{i}"} if kind is None else {"id": f"u{i}", "kind": kind}
    return {"unit": unit, "period": "2026", "respondent": {"role": f"r{i % 3}"}, "answers": answers}


def test_long_format_matches_the_reports(fw: Framework) -> None:
    rng = np.random.default_rng(7)
    assessments = [random_assessment(rng, fw, i) for i in range(12)]
    rows = fw.long_format(assessments, as_frame=False)
    n = len(fw.indicators())
    assert len(rows) == n * len(assessments)
    validate(rows, "long")
    for k, a in enumerate(assessments):
        report = fw.score(a)
        mine = rows[k * n:(k + 1) * n]
        assert [r["indicator"] for r in mine] == [i["id"] for i in report.indicators]
        # The status and level of every indicator are those of the report.
        assert [(r["status"], r["level"]) for r in mine] == [(i["status"], i["level"]) for i in report.indicators]
        assert {(r["unit"], r["unit_kind"], r["period"], r["rater"]) for r in mine} == {
            (a["unit"]["id"], a["unit"].get("kind"), "2026", a["respondent"]["role"])
        }
        assert [r["domain"] for r in mine] == [i["domain"] for i in report.indicators]


def test_long_format_as_a_data_frame(fw: Framework) -> None:
    a = {"unit": {"name": "St Mary's", "kind": "facility"}, "respondent": {"name": "Dr A"},
         "answers": {"inst.info.routine_data": 3, "inst.info.me_integration": "unknown",
                     "inst.info.embedded_research": 2}}
    df = fw.long_format([a, a])
    assert list(df.columns) == ["unit", "unit_kind", "period", "rater", "indicator", "domain", "level", "status"]
    assert str(df["level"].dtype) == "Int64" and len(df) == 2 * len(fw.indicators())
    first = df.iloc[0]
    assert (first["unit"], first["rater"], first["level"], first["status"]) == ("St Mary's", "Dr A", 3, "rated")
    assert pd.isna(df.iloc[1]["level"]) and df.iloc[1]["status"] == "unknown"
    # An answer to an indicator that does not apply to a facility: not rated.
    assert (pd.isna(df.iloc[2]["level"]), df.iloc[2]["status"]) == (True, "does_not_apply")
    assert df.to_dict("records")[:3] == fw.long_format([a], as_frame=False)[:3]
    assert len(Framework.builtin("1.0.0").long_format([{"answers": {}}])) == 69


def test_long_format_levels_from_elements(fw: Framework) -> None:
    a = {"answers": {"inst.info.routine_data": {"elements": {"L1a": True, "L2a": True, "L2b": True, "L3a": False}}}}
    row = fw.long_format([a], as_frame=False)[0]
    assert (row["level"], row["status"]) == (2, "rated")
    assert fw.score(a).indicator("inst.info.routine_data")["level"] == 2  # type: ignore[index]


def test_long_csv(fw: Framework, tmp_path: Path) -> None:
    a = {"unit": {"id": "=cmd", "kind": "district"}, "period": "2026",
         "answers": {"inst.info.routine_data": 2, "inst.info.me_integration": "na"}}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(a), encoding="utf-8")
    text = fw.long_csv([a, path])
    lines = text.splitlines()
    assert lines[0] == "unit,unit_kind,period,rater,indicator,domain,level,status"
    assert len(lines) == 1 + 2 * len(fw.indicators())
    assert lines[1] == "'=cmd,district,2026,,inst.info.routine_data,inst,2,rated"  # no formula
    assert lines[2] == "'=cmd,district,2026,,inst.info.me_integration,inst,,na"
    # The same rows as long_format.
    parsed = list(csv.DictReader(io.StringIO(text)))
    rows = fw.long_format([a, path], as_frame=False)
    assert [(p["indicator"], p["status"], p["level"]) for p in parsed] == [
        (r["indicator"], r["status"], "" if r["level"] is None else str(r["level"])) for r in rows
    ]


def test_long_format_refuses_invalid_assessments(fw: Framework) -> None:
    good = {"answers": {"inst.info.routine_data": 2}}
    for call in (fw.long_csv, lambda x: fw.long_format(x, as_frame=False)):
        with pytest.raises(AssessmentError) as info:
            call([good, {"answers": {"inst.info.routine_data": 9}}])
        e = info.value
        assert (e.code, e.path, e.index) == ("assessment.level_out_of_range", "/1/answers/inst.info.routine_data", 1)
        assert "assessment 2" in str(e)
        with pytest.raises(AssessmentError) as info:
            call([{"framework": OLD, "answers": {}}])  # made for 1.0.0
        assert info.value.code == "assessment.version_mismatch" and info.value.index == 0
        with pytest.raises(AssessmentError) as info:
            call([good, "{"])
        assert (info.value.code, info.value.index) == ("assessment.invalid_json", 1)
    with pytest.raises(TypeError, match="list of assessments"):
        fw.long_format(good)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="not `Report`"):
        fw.long_csv([fw.score(good)])  # type: ignore[list-item]
    assert fw.long_csv([]) == "unit,unit_kind,period,rater,indicator,domain,level,status\n"
    assert fw.long_format([], as_frame=False) == []


# ---- languages ---------------------------------------------------------------------------------


def test_language_status_lists_five_complete_languages(fw: Framework) -> None:
    langs = fw.language_status()
    assert [l["code"] for l in langs] == ["en", "fr", "es", "pt-PT", "ar"]
    assert all(l["translated"] == l["total"] > 1000 for l in langs)
    assert [l["status"] for l in langs] == ["source"] + ["provisional"] * 4
    assert langs[4]["name"] == "العربية"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "pt-PT", "ar"])
def test_texts_are_the_translators_files(fw: Framework, lang: str) -> None:
    spec = json.loads((ROOT / "spec" / "i18n" / f"lhs-2021.{lang}.json").read_text(encoding="utf-8"))
    assert fw.texts(lang) == spec


def test_translated_adds_a_language_and_warns_of_unknown_keys(fw: Framework) -> None:
    with pytest.warns(LhsWarning) as caught:
        sw = fw.translated("sw", {"title": "Mfumo", "no.such.key": "x"})
    assert [w.message.code for w in caught] == ["framework.unknown_text_key"]  # type: ignore[union-attr]
    assert sw.to_dict()["title"]["sw"] == "Mfumo"
    status = {l["code"]: l for l in sw.language_status()}
    assert status["sw"]["status"] == "provisional"
    assert status["sw"]["translated"] == 1
    assert status["sw"]["first_missing"] == "/description"
    with pytest.raises(InputError) as info:
        fw.translated("sw", {"title": 3})  # type: ignore[dict-item]
    assert (info.value.code, info.value.path) == ("translation.invalid", "/title")


def test_template_score_and_errors_in_a_language(fw: Framework) -> None:
    fr = fw.template("district", language="fr")
    assert fr["language"] == "fr"
    assert fr["answers"]["inst.info.routine_data"]["$question"] != fw.template("district")["answers"][
        "inst.info.routine_data"
    ]["$question"]
    with pytest.warns(LhsWarning) as caught:
        sw = fw.template(language="sw")
    assert sw["language"] == "en"
    assert [w.message.code for w in caught] == ["language.unavailable"]  # type: ignore[union-attr]
    # pt-BR reads the European Portuguese the framework has.
    r = fw.score({"answers": {"inst.info.routine_data": 2}}, language="pt-BR")
    assert r.language == "pt-PT"
    assert r.domains[0]["name"] == fw.to_dict()["domains"][0]["name"]["pt-PT"]
    # Errors come in the language, with the same code and path.
    with pytest.raises(AssessmentError) as info:
        fw.score({"answers": {"x.y": 2}}, language="ar")
    assert (info.value.code, info.value.path) == ("assessment.unknown_indicator", "/answers/x.y")
    assert "مؤشر غير معروف" in str(info.value)
