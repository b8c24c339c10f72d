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
        "cond.fin.learning_budget": 1,
    },
}


def test_builtin(fw: Framework) -> None:
    assert (fw.id, fw.version, fw.max_level) == ("lhs-2021", "2.0.0", 4)
    assert repr(fw) == "<Framework lhs-2021 2.0.0: 60 indicators>"
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
    assert Framework.from_path(str(path)).version == "2.0.0"
    old = root / "spec" / "frameworks" / "lhs-2021-1.0.0.json"
    assert Framework.from_path(old).to_dict() == Framework.builtin("1.0.0").to_dict()


def test_indicators(fw: Framework) -> None:
    inds = fw.indicators()
    assert len(inds) == 60
    first = inds[0]
    assert first["id"] == "inst.info.routine_data"
    assert (first["domain"], first["subdomain"]) == ("inst", "inst.info")
    assert set(first) >= {
        "id", "domain", "subdomain", "name", "statement", "weight", "share", "facets",
        "effective_weight", "applies_to", "outcome", "question", "basis",
    }
    assert abs(sum(i["share"] for i in inds) - 1.0) < 1e-9
    assert set(first["facets"]) == {"level", "loop", "means", "owner"}
    # Without a unit kind every indicator applies: the effective weight is the share.
    assert [i["effective_weight"] for i in inds] == pytest.approx([i["share"] for i in inds])
    # The outcome domain `proc` is reported apart: no share of the overall score.
    outcomes = [i for i in inds if i["outcome"]]
    assert outcomes and {i["domain"] for i in outcomes} == {"proc"}
    assert all(i["share"] == 0 and i["effective_weight"] == 0 for i in outcomes)


def test_indicators_for_a_unit_kind(fw: Framework) -> None:
    kinds = ["national", "subnational", "district", "facility", "programme", "network"]
    assert {k for i in fw.indicators() for k in i["applies_to"]} == set(kinds)
    for kind in kinds:
        inds = fw.indicators(kind)
        assert [i["id"] for i in inds] == [i["id"] for i in fw.indicators()]
        assert sum(i["effective_weight"] for i in inds) == pytest.approx(1.0)
        for i in inds:
            applies = kind in i["applies_to"] and not i["outcome"]
            assert (i["effective_weight"] > 0) == applies, (kind, i["id"])
    assert fw.indicators(" District ") == fw.indicators("district")
    # Only the effective weights depend on the kind.
    strip = [{k: v for k, v in i.items() if k != "effective_weight"} for i in fw.indicators("facility")]
    assert strip == [{k: v for k, v in i.items() if k != "effective_weight"} for i in fw.indicators()]


@pytest.mark.parametrize("kind", ["hospital", "", "districts"])
def test_indicators_of_an_unknown_unit_kind(fw: Framework, kind: str) -> None:
    for call in (fw.indicators, fw.indicators_frame, fw.template):
        with pytest.raises(lhs_maturity.InputError) as info:
            call(kind)
        e = info.value
        assert (e.code, e.path) == ("input.invalid_option", "/unit_kind")
        assert str(e).endswith(f"`{kind}` is not a unit kind")
        assert e.help == "use one of: national, subnational, district, facility, programme, network"
    with pytest.raises(TypeError):
        fw.indicators(3)  # type: ignore[arg-type]


def test_indicators_frame(fw: Framework) -> None:
    df = fw.indicators_frame()
    assert len(df) == 60
    assert list(df.columns[:14]) == [
        "id", "domain", "subdomain", "name", "statement", "weight", "share", "reference",
        "effective_weight", "applies_to", "outcome", "question", "evidence", "basis.type",
    ]
    assert {"facets.level", "facets.loop", "facets.means", "facets.owner", "basis.name"} <= set(df.columns)
    assert df["id"].tolist() == [i["id"] for i in fw.indicators()]
    assert df["applies_to"].tolist() == [i["applies_to"] for i in fw.indicators()]
    assert df["outcome"].tolist() == [i["outcome"] for i in fw.indicators()]
    assert set(df["basis.type"]) <= {"named", "derived"}
    facility = fw.indicators_frame(unit_kind="facility")
    assert facility["effective_weight"].tolist() == [i["effective_weight"] for i in fw.indicators("facility")]
    # A framework without the optional fields still has their columns.
    spec = {"id": "mini", "version": "1.0.0", "title": "Mini", "scale": fw.to_dict()["scale"],
            "domains": [{"id": "a", "name": "A", "indicators": [
                {"id": "a.x", "name": "X", "statement": "X is done.", "levels": fw.to_dict()["domains"][0]["children"][0]["indicators"][0]["levels"]}]}]}
    mini = Framework.from_dict(spec).indicators_frame()
    assert list(mini.columns[:14]) == list(df.columns[:14])
    assert mini.loc[0, "question"] is None and mini.loc[0, "applies_to"] == [
        "national", "subnational", "district", "facility", "programme", "network",
    ]


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
    assert r.framework == {"id": "lhs-2021", "version": "2.0.0", "title": r.framework["title"]}
    assert r.unknown_rule == "exclude"
    assert [lv["key"] for lv in r.scale] == [
        "absent", "ad_hoc", "established", "institutionalized", "optimizing",
    ]
    assert [d["id"] for d in r.domains] == ["inst", "cap", "cond", "proc"]
    assert len(r.indicators) == 60
    # A district: the indicators of national level only do not apply.
    status = {i["id"]: i["status"] for i in r.indicators}
    assert status["inst.info.hta_priority_setting"] == "does_not_apply"
    assert status["inst.delib.working_groups"] == "na"
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


def test_a_csv_file_is_read_as_the_command_line_reads_it(fw: Framework, tmp_path: Path) -> None:
    # The same rule as `lhs-maturity score x.csv`: a CSV file of one assessment (wide layout,
    # with a byte order mark as spreadsheet programs write it) is scored, its errors located in
    # the file; a file of several is refused, saying how to score them.
    one = tmp_path / "one.csv"
    one.write_text("\ufeffunit_id,inst.info.routine_data,cond.fin.learning_budget\nk1,2,1\n", encoding="utf-8")
    expected = fw.score({"unit": {"id": "k1"}, "answers": {"inst.info.routine_data": 2, "cond.fin.learning_budget": 1}})
    assert fw.score(one).overall == expected.overall
    bad = tmp_path / "bad.csv"
    bad.write_text("unit_id,inst.info.routine_data\nk1,9\n", encoding="utf-8")
    with pytest.raises(lhs_maturity.AssessmentError) as info:
        fw.score(bad)
    assert (info.value.code, info.value.path) == ("assessment.level_out_of_range", "/rows/0/inst.info.routine_data")
    assert (info.value.details[0]["line"], info.value.details[0]["column"]) == (2, 2)
    assert [d["code"] for d in fw.validate(bad) if d["severity"] == "error"] == ["assessment.level_out_of_range"]
    two = tmp_path / "two.csv"
    two.write_text("unit_id,inst.info.routine_data\nk1,2\nk2,3\n", encoding="utf-8")
    with pytest.raises(lhs_maturity.AssessmentError) as info:
        fw.score(two)
    assert info.value.code == "assessment.many_in_file"
    assert "score_many" in (info.value.help or "")


def test_a_file_name_given_as_text_says_how_to_pass_a_path(fw: Framework) -> None:
    # `str` is JSON text (a service passing user strings never reads files by accident), but
    # a string that looks like a file name gets an error that says so, in every function.
    calls = [fw.score, fw.validate, lambda x: lhs_maturity.cohort([x, x]),
             lambda x: lhs_maturity.compare(x, x), lambda x: lhs_maturity.pool([x])]
    for call in calls:
        try:
            result = call("data/team.json")
        except lhs_maturity.LhsError as e:
            d = e.details[0]
        else:
            d = result[0]  # validate returns the diagnostics
        assert d["code"].endswith(".invalid_json"), d
        assert "looks like the name of a file" in d["message"]
        assert 'pathlib.Path("data/team.json")' in d["help"]


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


def test_unknown_rule(fw: Framework) -> None:
    a = {"answers": {"inst.info.routine_data": 4, "inst.info.me_integration": "unknown"}}
    left_out = fw.score(a)
    assert fw.score(a, unknown="exclude") == left_out
    as_zero = fw.score(a, unknown="zero")
    assert (left_out.unknown_rule, as_zero.unknown_rule) == ("exclude", "zero")
    assert left_out.node("inst.info")["score"] == 4.0  # type: ignore[index]
    assert as_zero.node("inst.info")["score"] == 2.0  # type: ignore[index]
    # The document says so only when it is not the default.
    assert "unknown_rule" not in left_out.to_dict() and as_zero.to_dict()["unknown_rule"] == "zero"
    explanation = {c["id"]: c for c in as_zero.node("inst.info")["explanation"]}  # type: ignore[index]
    assert explanation["inst.info.me_integration"].get("unknown_as_zero") is True
    assert "unknown_as_zero" not in {k for c in left_out.node("inst.info")["explanation"] for k in c}  # type: ignore[index]
    # Coverage and counts do not change: the answer is still unknown.
    assert as_zero.overall["coverage"] == left_out.overall["coverage"]
    assert as_zero.indicator("inst.info.me_integration")["status"] == "unknown"  # type: ignore[index]
    assert fw.score(a, unknown=" Zero ") == as_zero  # the core reads the name, any case
    many = fw.score_many([a, a], unknown="zero")
    assert [r.to_dict() for r in many] == [as_zero.to_dict()] * 2
    assert pickle.loads(pickle.dumps(as_zero)).unknown_rule == "zero"


@pytest.mark.parametrize("bad", ["zeros", "", "0", "exclude,zero"])
def test_unknown_rule_invalid(fw: Framework, bad: str) -> None:
    for call in (lambda: fw.score({"answers": {}}, unknown=bad),  # type: ignore[arg-type]
                 lambda: fw.score_many([{"answers": {}}], unknown=bad)):  # type: ignore[call-overload]
        with pytest.raises(lhs_maturity.InputError) as info:
            call()
        e = info.value
        assert (e.code, e.path, e.kind) == ("input.invalid_option", "/unknown", "input")
        assert "exclude" in (e.help or "") and "zero" in (e.help or "")
    with pytest.raises(TypeError):
        fw.score({"answers": {}}, unknown=0)  # type: ignore[arg-type]


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
    assert repr(r) == '<Report lhs-2021 2.0.0 unit="kis-east" overall=1.75>'


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
    assert len(indicators) == 60 and indicators["status"].value_counts()["rated"] == 3
    assert indicators["status"].value_counts()["does_not_apply"] == 8  # a district
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
    # A report of an earlier built-in version keeps its framework (its page shows its levels).
    old = Framework.builtin("1.0.0")
    r4 = old.score({"answers": {"proc.levels.team_learning": 2}})
    r5 = pickle.loads(pickle.dumps(r4))
    assert r5 == r4 and r5.to_html() == r4.to_html()
    assert len(pickle.dumps(r4)) < len(pickle.dumps(r3)) / 2  # the framework is not pickled
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
    assert lhs_maturity.CELL_DOES_NOT_APPLY == -4


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


def test_a_dict_scores_as_its_json_text_and_errs_as_a_value(fw: Framework) -> None:
    """A dict of plain JSON values is scored through the core's reader of text (faster than a
    value); the report is the text's, and a dict that fails is reported as a value: located
    by JSON Pointer, never by a line of text the user never wrote."""
    import json
    import random

    rng = random.Random(5)
    ids = [i["id"] for i in fw.indicators()]
    values: list[Any] = [0, 1, 2, 3, 4, 2.0, "na", "unknown", None, 9, -1, 2.5, "3", True,
                         {"level": 3, "evidence": "minutes \u00e9\u2028"}, {"level": "na"},
                         {"level": 1, "confidence": "high", "target": 3}, [1], {"level": 3, "x": 1}]
    for _ in range(300):
        answers = {rng.choice(ids + ["inst.nope"]): rng.choice(values) for _ in range(rng.randint(0, 12))}
        doc: dict[str, Any] = {"answers": answers}
        if rng.random() < 0.3:
            doc["unit"] = {"name": "Kisumu \"East\"", "kind": rng.choice(["district", "facility", 3])}
        if rng.random() < 0.2:
            doc["default_target"] = rng.choice([3, 2.0, 7])
        want = fw.validate(doc)
        errors = [d for d in want if d["severity"] == "error"]
        try:
            report = fw.score(doc)
        except lhs_maturity.LhsError as e:
            assert errors, doc
            assert [(d["code"], d["path"]) for d in e.details] == [(d["code"], d["path"]) for d in errors]
            assert all("line" not in d for d in e.details), e.details
            continue
        assert not errors, doc
        assert report == fw.score(json.dumps(doc)), doc
        assert all("line" not in w for w in report.warnings)
