"""``lhs_maturity.robustness`` (spec/SCORING.md §30): the core's result for the units given, the
same numbers as the command line for the same seed, ranks only when asked, and its errors. The
statistics themselves are tested in core/tests/robustness.rs."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import lhs_maturity
from lhs_maturity import InputError

ROOT = Path(__file__).resolve().parents[2]
COHORT = ROOT / "spec" / "examples" / "analysis" / "cohort"


def units() -> list[dict[str, Any]]:
    return [{"unit": {"id": f"d{i}"},
             "answers": {"inst.info.routine_data": i, "cap.prov.data_interpretation": 2}}
            for i in range(3)]


def test_units_table_and_ranks_only_when_asked() -> None:
    r = lhs_maturity.robustness(units(), n=16, bootstrap=0)
    assert isinstance(r.units, pd.DataFrame)
    assert list(r.units["unit"]) == ["d0", "d1", "d2"]
    assert "rank" not in r.units.columns
    assert r.runs == 16 * (len(r.factors) + 2) and r.seed == 2021
    assert [f["name"] for f in r.factors][-2:] == ["missing", "rating"]
    ranked = lhs_maturity.robustness(units(), n=16, bootstrap=0, publishable=False,
                                     labels=["a", "b", "c"], pairs=[("c", "a")])
    assert list(ranked.units["unit"]) == ["a", "b", "c"]
    # The highest nominal score ranks first.
    assert ranked.units["rank"].tolist() == [3.0, 2.0, 1.0]
    assert ranked.to_dict()["pairs"][0]["a"] == "c"


def test_same_numbers_as_the_command_line() -> None:
    files = sorted(COHORT.glob("*.json"))
    ours = lhs_maturity.robustness(files, n=16, bootstrap=10, seed=5).to_dict()
    cli = ROOT / "target" / "debug" / "lhs-maturity"
    if not cli.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "lhs-maturity-cli"], cwd=ROOT, check=True)
    out = subprocess.run(
        [str(cli), "robustness", *map(str, files), "--n", "16", "--bootstrap", "10", "--seed", "5"],
        capture_output=True, text=True, check=True, env={**os.environ, "LANG": "C"},
    )
    assert json.loads(out.stdout) == ours


def test_errors() -> None:
    with pytest.raises(InputError) as e:
        lhs_maturity.robustness(units(), n=16, weights_spread=1.5)
    assert e.value.code == "input.invalid_robustness_option"
    with pytest.raises(lhs_maturity.ArgumentError):
        lhs_maturity.robustness(units(), labels=["only one"])
    with pytest.raises(lhs_maturity.AssessmentError):
        lhs_maturity.robustness([{"answers": {"no.such.indicator": 1}}], n=16)


def test_weights_model_and_options_located() -> None:
    """``weights_model`` is the core's option; a bad option is located at its name, every one at
    once (the core's ``RobustnessOptions::from_options``)."""
    uniform = lhs_maturity.robustness(units(), n=16, bootstrap=0, rating=False).to_dict()
    dirichlet = lhs_maturity.robustness(
        units(), n=16, bootstrap=0, rating=False, weights_model="dirichlet"
    ).to_dict()
    assert (uniform["weights_model"], dirichlet["weights_model"]) == ("uniform", "dirichlet")
    assert dirichlet["factors"] == uniform["factors"]
    assert dirichlet["units"][2]["interval"] != uniform["units"][2]["interval"]
    with pytest.raises(InputError) as e:
        lhs_maturity.robustness(units(), n=16, weights_model="flat", top_k="3")  # type: ignore[arg-type]
    assert [(d["code"], d["path"]) for d in e.value.details] == [
        ("argument.invalid_value", "/weights_model"),
        ("input.invalid_type", "/top_k"),
    ]


def test_reports_and_sensitivity_are_the_command_lines() -> None:
    files = sorted(COHORT.glob("*.json"))
    r = lhs_maturity.robustness(files, n=16, bootstrap=0, seed=5, publishable=False)
    cli = ROOT / "target" / "debug" / "lhs-maturity"
    if not cli.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "lhs-maturity-cli"], cwd=ROOT, check=True)

    def run(*args: str) -> str:
        return subprocess.run(
            [str(cli), *args, *map(str, files), "--n", "16", "--bootstrap", "0", "--seed", "5",
             "--ranks"],
            capture_output=True, text=True, check=True, env={**os.environ, "LANG": "C"},
        ).stdout

    assert r.to_markdown() == run("robustness", "--format", "markdown")
    assert r.to_html("fr") == run("--lang", "fr", "robustness", "--format", "html")
    assert r.interval_chart().startswith("<svg xmlns=")
    csv = run("sensitivity", "--format", "csv").splitlines()
    assert list(r.sensitivity.columns) == csv[0].split(",")
    assert len(r.sensitivity) == len(csv) - 1
    first = r.sensitivity.iloc[0]
    assert (first["output_kind"], first["output"]) == ("score", "nyanza-01")
    broken = r.to_dict()
    del broken["units"]
    with pytest.raises(InputError) as e:
        lhs_maturity._native._robustness_render(broken, "markdown", "en")
    assert e.value.code == "input.invalid_result"
