"""The Python API: every public function and class, with good inputs."""

from __future__ import annotations

import copy
import json
import pickle
import threading
from pathlib import Path

import pytest

import lhs_maturity
from lhs_maturity import Framework, Report

EXAMPLE = {
    "unit": {"id": "kis-east", "name": "Kisumu East district health team", "kind": "district"},
    "period": "2026-Q3",
    "default_target": 3,
    "answers": {
        "inst.info.routine_data": {"level": 2, "evidence": "Quarterly review minutes"},
        "inst.info.me_integration": {"level": 3, "evidence": "M&E plan 2026"},
        "inst.delib.working_groups": {"level": "na", "justification": "none at district level"},
        "cap.prov.data_interpretation": {"level": "unknown"},
        "cond.fin.stable_investment": 1,
    },
}


def test_builtin(fw: Framework) -> None:
    assert (fw.id, fw.version, fw.max_level) == ("lhs-2021", "1.0.0", 4)
    assert repr(fw) == "<Framework lhs-2021 1.0.0: 69 indicators>"
    assert Framework.builtin().to_dict() == fw.to_dict()
    assert type(fw).__module__ == "lhs_maturity"


def test_framework_round_trips(fw: Framework, root: Path) -> None:
    spec = fw.to_dict()
    assert spec["id"] == "lhs-2021" and len(spec["domains"]) == 4
    assert Framework.from_dict(spec).to_dict() == spec
    assert Framework.from_json(fw.to_json()).to_dict() == spec
    assert Framework.from_json(fw.to_json().encode()).id == "lhs-2021"
    path = root / "spec" / "frameworks" / "lhs-2021.json"
    assert Framework.from_path(path).to_dict() == spec
    assert Framework.from_path(str(path)).version == "1.0.0"


def test_indicators(fw: Framework) -> None:
    inds = fw.indicators()
    assert len(inds) == 69
    first = inds[0]
    assert first["id"] == "inst.info.routine_data"
    assert (first["domain"], first["subdomain"]) == ("inst", "inst.info")
    assert set(first) >= {"id", "domain", "subdomain", "name", "statement", "weight", "share", "facets"}
    assert abs(sum(i["share"] for i in inds) - 1.0) < 1e-9
    assert set(first["facets"]) == {"level", "loop", "means", "owner"}


def test_indicators_frame(fw: Framework) -> None:
    df = fw.indicators_frame()
    assert len(df) == 69
    assert list(df.columns[:8]) == [
        "id", "domain", "subdomain", "name", "statement", "weight", "share", "reference",
    ]
    assert {"facets.level", "facets.loop", "facets.means", "facets.owner"} <= set(df.columns)
    assert df["id"].tolist() == [i["id"] for i in fw.indicators()]


def test_matrix_nodes(fw: Framework) -> None:
    nodes = fw.matrix_nodes()
    assert nodes[:3] == ["overall", "inst", "inst.info"]
    assert len(nodes) == 1 + 4 + 13


def test_score_dict(fw: Framework) -> None:
    r = fw.score(EXAMPLE)
    assert isinstance(r, Report)
    # inst.info (2 + 3) / 2 = 2.5 → inst 2.5; cond.fin 1 → cond 1; cap only unknown: no score.
    assert r.overall["score"] == pytest.approx((2.5 + 1) / 2)
    assert r.unit == EXAMPLE["unit"]
    assert r.period == "2026-Q3"
    assert r.respondent is None
    assert r.language == "en"
    assert r.schema_version == "1.0"
    assert r.framework == {"id": "lhs-2021", "version": "1.0.0", "title": r.framework["title"]}
    assert [lv["key"] for lv in r.scale] == [
        "absent", "ad_hoc", "established", "institutionalized", "optimizing",
    ]
    assert [d["id"] for d in r.domains] == ["inst", "cap", "cond", "proc"]
    assert len(r.indicators) == 69
    assert [f["id"] for f in r.facets] == ["level", "loop", "means", "owner"]
    assert r.gaps["total_gap"] == 1 + 0 + 2
    assert r.recommendations[0]["rank"] == 1
    assert {g["owner"] for g in r.recommendations_by_owner} >= {"policy_makers_planners"}
    assert all(w["severity"] == "warning" for w in r.warnings)
    assert r.node("inst.info")["score"] == 2.5  # type: ignore[index]
    assert r.node("nope") is None
    assert r.indicator("cap.prov.data_interpretation")["status"] == "unknown"  # type: ignore[index]
    assert r.indicator("nope") is None


def test_score_matches_the_rust_readme_example(fw: Framework) -> None:
    r = fw.score(
        {
            "unit": {"name": "Kisumu East district health team"},
            "period": "2026-Q3",
            "default_target": 3,
            "answers": {
                "inst.info.routine_data": 2,
                "inst.info.me_integration": {"level": 3, "evidence": "M&E plan 2026"},
                "inst.delib.working_groups": {"level": "na", "justification": "none at district level"},
            },
        }
    )
    assert r.overall["score"] == 2.5
    assert r.overall["level_key"] == "established"
    assert r.recommendations[0]["indicator"] == "inst.info.routine_data"


def test_every_input_form_gives_the_same_report(fw: Framework, tmp_path: Path) -> None:
    text = json.dumps(EXAMPLE)
    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    expected = fw.score(EXAMPLE).to_dict()
    for form in (text, text.encode(), bytearray(text.encode()), path):
        assert fw.score(form).to_dict() == expected, type(form)
    assert fw.validate(path) == fw.validate(EXAMPLE) == fw.validate(text)


def test_examples_score(fw: Framework, root: Path) -> None:
    files = sorted((root / "spec" / "examples").glob("*.json"))
    assert files
    for f in files:
        r = fw.score(f)
        assert r.overall["score"] is not None
        assert not [d for d in fw.validate(f) if d["severity"] == "error"]


def test_score_options(fw: Framework) -> None:
    a = {"answers": {"inst.info.routine_data": 1}}
    assert fw.score(a, default_target=4).gaps["total_gap"] == 3
    assert fw.score(a, default_target=None).gaps["with_target"] == 0
    assert fw.score(a, language="fr").language == "fr"


def test_validate(fw: Framework) -> None:
    diags = fw.validate({"answers": {"inst.info.routin_data": 2, "inst.delib.working_groups": 2.5}})
    errors = [d["code"] for d in diags if d["severity"] == "error"]
    assert errors == ["assessment.invalid_level", "assessment.unknown_indicator"]
    unknown = next(d for d in diags if d["code"] == "assessment.unknown_indicator")
    assert unknown["path"] == "/answers/inst.info.routin_data"
    assert "inst.info.routine_data" in unknown["help"]
    assert any(d["code"] == "assessment.low_coverage" for d in diags)
    assert fw.validate(EXAMPLE) == fw.score(EXAMPLE).warnings


def test_score_many(fw: Framework) -> None:
    items = [{"answers": {"inst.info.routine_data": i % 5}} for i in range(200)]
    reports = fw.score_many(items)
    assert [r.overall["score"] for r in reports] == [float(i % 5) for i in range(200)]
    assert [r.to_dict() for r in reports[:5]] == [fw.score(a).to_dict() for a in items[:5]]
    # Every input form, and a generator.
    text = json.dumps(EXAMPLE)
    many = fw.score_many(x for x in [EXAMPLE, text, text.encode()])
    assert len({json.dumps(r.to_dict()) for r in many}) == 1
    assert fw.score_many([], default_target=3) == []
    assert fw.score_many(items[:2], default_target=4)[0].gaps["total_target"] == 4


def test_score_many_errors(fw: Framework) -> None:
    items = [{"answers": {}}, {"answers": {"inst.info.routine_data": 9}}, {"answers": {"x.y.z": 1}}]
    with pytest.raises(lhs_maturity.AssessmentError) as e:
        fw.score_many(items)
    assert e.value.index == 1
    assert e.value.code == "assessment.level_out_of_range"
    out = fw.score_many(items, errors="return")
    assert isinstance(out[0], Report)
    assert isinstance(out[1], lhs_maturity.AssessmentError) and out[1].index == 1
    assert isinstance(out[2], lhs_maturity.AssessmentError) and out[2].index == 2
    with pytest.raises(ValueError):
        fw.score_many(items, errors="ignore")  # type: ignore[call-overload]


def test_score_many_in_threads(fw: Framework) -> None:
    # Framework is frozen and shareable; scoring releases the GIL.
    results: list[float | None] = []
    lock = threading.Lock()

    def work(level: int) -> None:
        rs = fw.score_many([{"answers": {"inst.info.routine_data": level}}] * 50)
        with lock:
            results.extend(r.overall["score"] for r in rs)

    threads = [threading.Thread(target=work, args=(i % 5,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 400


def test_report_serializations(fw: Framework) -> None:
    r = fw.score(EXAMPLE)
    d = r.to_dict()
    assert json.loads(r.to_json()) == d
    assert d["overall"] == r.overall
    md = r.to_markdown()
    assert md.startswith("# ") and "## Domains" in md and "Kisumu East" in md
    assert r._repr_markdown_() == md
    html = r.to_html()
    assert html.startswith("<!DOCTYPE html>") and "Kisumu East" in html
    frame = r._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and "&lt;!DOCTYPE html&gt;" in frame
    assert repr(r) == '<Report lhs-2021 1.0.0 unit="kis-east" overall=1.75>'


def test_report_attributes_are_fresh_copies(fw: Framework) -> None:
    r = fw.score(EXAMPLE)
    o = r.overall
    o["score"] = 99
    assert r.overall["score"] == 1.75


def test_to_frames(fw: Framework) -> None:
    r = fw.score(EXAMPLE)
    frames = r.to_frames()
    assert isinstance(frames, lhs_maturity.ReportFrames)
    domains, indicators, facets, recs = frames
    assert domains["id"].tolist() == fw.matrix_nodes()
    assert domains.loc[0, "score"] == r.overall["score"]
    assert domains.set_index("id").loc["inst.info", "parent"] == "inst"
    assert {"coverage", "counts.rated", "targets.total_gap", "depth"} <= set(domains.columns)
    assert str(domains["level"].dtype) == "Int64"
    assert len(indicators) == 69 and indicators["status"].value_counts()["rated"] == 3
    assert len(facets) == sum(len(f["values"]) for f in r.facets)
    assert list(facets.columns[:4]) == ["facet", "facet_name", "value", "name"]
    assert recs["indicator"].tolist() == [x["indicator"] for x in r.recommendations]
    # An empty report still has the columns to select on.
    empty = fw.score({"answers": {}}).to_frames()
    assert len(empty.recommendations) == 0 and "indicator" in empty.recommendations.columns


def test_pickling(fw: Framework) -> None:
    fw2 = pickle.loads(pickle.dumps(fw))
    assert fw2.to_dict() == fw.to_dict()
    r = fw.score(EXAMPLE)
    r2 = pickle.loads(pickle.dumps(r))
    assert r2 == r and r2.to_dict() == r.to_dict() and r2.to_html() == r.to_html()
    own = Framework.from_dict({**fw.to_dict(), "id": "my-copy"})
    r3 = pickle.loads(pickle.dumps(own.score({"answers": {"inst.info.routine_data": 1}})))
    assert r3.framework["id"] == "my-copy"
    e = pytest.raises(lhs_maturity.AssessmentError, fw.score, {"answers": {"x": 1}}).value
    e2 = pickle.loads(pickle.dumps(e))
    assert (type(e2), e2.code, e2.path, e2.details, str(e2)) == (type(e), e.code, e.path, e.details, str(e))
    assert copy.deepcopy(r) == r


def test_exceptions_hierarchy() -> None:
    for cls in (lhs_maturity.FrameworkError, lhs_maturity.AssessmentError, lhs_maturity.InputError):
        assert issubclass(cls, lhs_maturity.LhsError) and issubclass(cls, ValueError)
    assert issubclass(lhs_maturity.InternalError, RuntimeError)
    assert issubclass(lhs_maturity.LhsError, Exception)
    assert lhs_maturity.LhsError.__module__ == "lhs_maturity"


def test_error_fields(fw: Framework) -> None:
    with pytest.raises(lhs_maturity.AssessmentError) as info:
        fw.score({"answers": {"inst.info.routine_data": 9, "inst.delib.working_groups": True}})
    e = info.value
    assert e.kind == "assessment"
    # Reading errors first (in document order), then the checks against the framework.
    assert e.code == "assessment.invalid_level"
    assert e.path == "/answers/inst.delib.working_groups"
    assert [(d["code"], d["path"]) for d in e.details] == [
        ("assessment.invalid_level", "/answers/inst.delib.working_groups"),
        ("assessment.level_out_of_range", "/answers/inst.info.routine_data"),
    ]
    assert all(d["severity"] == "error" for d in e.details)
    assert str(e).startswith("invalid assessment: 2 errors")


def test_panic_becomes_internal_error() -> None:
    with pytest.raises(lhs_maturity.InternalError) as info:
        lhs_maturity._native._panic_for_tests("deliberate")
    assert info.value.code == "internal.panic"
    assert "deliberate" in str(info.value)
    assert info.value.details[0]["code"] == "internal.panic"
    # A panic in a worker thread, with the GIL released.
    with pytest.raises(lhs_maturity.InternalError):
        lhs_maturity._native._panic_for_tests("in a thread", True)
    # The module still works afterwards.
    assert Framework.builtin().score({"answers": {}}).overall["score"] is None


def test_version() -> None:
    assert lhs_maturity.__version__ == "0.1.0"
    assert lhs_maturity.CELL_NA == -2 and lhs_maturity.CELL_UNKNOWN == -3 and lhs_maturity.CELL_MISSING == -1


def test_public_names_have_docstrings() -> None:
    for name in lhs_maturity.__all__:
        obj = getattr(lhs_maturity, name)
        if isinstance(obj, (int, str)) or name in {"AssessmentInput", "ReportInput"}:
            continue
        assert obj.__doc__ and obj.__doc__.strip(), name
    for cls in (Framework, Report):
        for attr, value in vars(cls).items():
            if attr.startswith("_"):
                continue
            assert value.__doc__ and value.__doc__.strip(), f"{cls.__name__}.{attr}"
