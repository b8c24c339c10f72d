"""How sure a score is, from Python (spec/SCORING.md §28): ``Framework.uncertainty``, the
``uncertainty=`` option of ``Framework.score``, the renderings, and the options' errors. The
numbers themselves are the shared vectors' (test_analysis_vectors.py); here the API's behaviour,
with the few numbers worked out by hand in the comments, and agreement with the command line."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import lhs_maturity
from lhs_maturity import Framework, InputError

ROOT = Path(__file__).resolve().parents[2]
ONE = {"answers": {"inst.info.routine_data": {"level": 2, "confidence": "high"}}}


@pytest.fixture(scope="module")
def fw() -> Framework:
    return Framework.builtin()


def many_uncertain(fw: Framework) -> dict[str, Any]:
    """Every indicator rated 2 at low confidence: too many uncertain answers for the exact method."""
    return {"answers": {i["id"]: {"level": 2, "confidence": "low"} for i in fw.indicators()}}


def schema(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "spec" / "schema" / name).read_text(encoding="utf-8"))


def test_one_high_confidence_answer_by_hand(fw: Framework) -> None:
    u = fw.uncertainty(ONE)
    jsonschema.validate(u, schema("uncertainty.schema.json"))
    assert (u["method"], u["uncertain_answers"], u["seed"]) == ("exact", 1, None)
    overall = u["nodes"][0]
    assert overall["id"] == "overall"
    # Level 2 with 0.9, levels 1 and 3 with 0.05 each.
    p = overall["independent"]["p_level_at_least"]
    assert p[2] == pytest.approx(0.95, abs=1e-12) and p[3] == pytest.approx(0.05, abs=1e-12)
    # The 5% quantile: P(score <= 1) is exactly 0.05, so 1; the 95% quantile: P(<= 2) = 0.95.
    assert overall["independent"]["interval"] == [1.0, 2.0]
    assert overall["independent"]["std_error"] is None
    assert overall["bounds"]["settled"] is False


def test_score_carries_it_and_the_reports_show_it(fw: Framework) -> None:
    r = fw.score(ONE, uncertainty=True)
    jsonschema.validate(r.to_dict(), schema("report.schema.json"))
    assert r.uncertainty == fw.uncertainty(ONE)
    assert r.to_dict()["uncertainty"] == r.uncertainty
    plain = fw.score(ONE)
    assert plain.uncertainty is None and "uncertainty" not in plain.to_dict()
    assert fw.score(ONE, uncertainty=False).uncertainty is None
    mc = fw.score(ONE, uncertainty={"max_exact": 0, "draws": 50})
    assert mc.uncertainty is not None
    assert (mc.uncertainty["method"], mc.uncertainty["draws"]) == ("monte_carlo", 50)
    md = r.to_markdown()
    assert "## How sure the scores are" in md
    assert "overall level is **2 Established** with probability 0.90" in md
    html = r.to_html()
    assert '<section id="uncertainty">' in html and '<g class="intervals"' in html
    fr = fw.score(ONE, uncertainty=True, language="fr")
    assert "Degré de certitude des scores" in fr.to_markdown()
    # Pickling keeps it.
    import pickle

    assert pickle.loads(pickle.dumps(r)).uncertainty == r.uncertainty


def test_the_unknown_rule_is_the_reports(fw: Framework) -> None:
    a = {"answers": {"inst.info.routine_data": {"level": 2, "confidence": "high"},
                     "inst.info.me_integration": "unknown"}}
    u = fw.uncertainty(a, unknown="zero")
    assert u["unknown_rule"] == "zero"
    assert fw.score(a, unknown="zero", uncertainty=True).uncertainty == u
    assert "unknown_rule" not in fw.uncertainty(a)


def test_monte_carlo_is_seeded_and_the_same_as_the_command_line(fw: Framework, tmp_path: Path) -> None:
    a = many_uncertain(fw)
    x = fw.uncertainty(a, draws=300, seed=7)
    assert (x["method"], x["draws"], x["seed"]) == ("monte_carlo", 300, 7)
    assert fw.uncertainty(a, draws=300, seed=7) == x
    assert fw.uncertainty(a, draws=300, seed=8)["nodes"] != x["nodes"]
    assert x["nodes"][0]["independent"]["std_error"] > 0
    path = tmp_path / "a.json"
    path.write_text(json.dumps(a), encoding="utf-8")
    assert fw.uncertainty(path, draws=300, seed=7) == x
    cli = ROOT / "target" / "debug" / "lhs-maturity"
    if not cli.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "lhs-maturity-cli"], cwd=ROOT, check=True)
    out = subprocess.run(
        [str(cli), "score", str(path), "--format", "json", "--uncertainty", "--draws", "300",
         "--seed", "7"],
        capture_output=True, text=True, check=True, env={**os.environ, "LANG": "C"},
    )
    assert json.loads(out.stdout)["uncertainty"] == x


def test_every_problem_of_the_options_at_once(fw: Framework) -> None:
    with pytest.raises(InputError) as e:
        fw.uncertainty(ONE, draws="many", seed=-1, max_exact=1.5, model={"high": 1})  # type: ignore[arg-type]
    found = [(d["code"], d["path"]) for d in e.value.details]
    assert found == [
        ("input.invalid_type", "/draws"),
        ("input.invalid_option", "/seed"),
        ("input.invalid_option", "/max_exact"),
        ("input.invalid_uncertainty_option", "/model"),
    ]
    with pytest.raises(InputError) as e:
        fw.uncertainty(ONE, draws=0)
    assert (e.value.code, e.value.path) == ("input.invalid_uncertainty_option", "/draws")
    with pytest.raises(InputError) as e:
        fw.uncertainty(ONE, model={"low": {"same": 0.8, "next": 0.2}})
    assert e.value.path == "/model/low"
    with pytest.raises(InputError) as e:
        fw.score(ONE, uncertainty={"seed": -1})
    assert (e.value.code, e.value.path) == ("input.invalid_option", "/uncertainty/seed")
    with pytest.raises(InputError) as e:
        fw.score(ONE, uncertainty={"bogus": 1})  # type: ignore[typeddict-unknown-key]
    assert (e.value.code, e.value.path) == ("input.unknown_option", "/uncertainty/bogus")
    with pytest.raises(lhs_maturity.AssessmentError):
        fw.uncertainty({"answers": {"no.such.indicator": 2}})


def test_as_frame_is_the_cores_table(fw: Framework) -> None:
    import pandas as pd

    a = {"answers": {"inst.info.routine_data": {"level": 2, "confidence": "low"}}}
    df = fw.uncertainty(a, as_frame=True)
    u = fw.uncertainty(a)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 2 * len(u["nodes"])
    assert list(df.columns[:8]) == ["node", "errors", "score", "level", "mean", "interval_low",
                                    "interval_high", "std_error"]
    first = df.iloc[0]
    assert (first["node"], first["errors"]) == ("overall", "independent")
    assert first["interval_low"] == u["nodes"][0]["independent"]["interval"][0]
    # Low confidence at level 2: P(level >= 3) = 0.25, worked out from the model.
    assert first["p_level_at_least_3"] == pytest.approx(0.25)
    assert str(df["level"].dtype) == "Int64" and df["settled"].dtype == bool
