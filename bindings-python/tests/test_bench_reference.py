"""The benchmark's hand-written numpy reference (benches/python/bench_score_frame.py) gives the
core's numbers, so that the benchmark keeps comparing like with like (it once drifted from the
scoring rules of framework 2.0.0: pooled means, outcome domains left out of the overall)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np

import lhs_maturity

BENCH = Path(__file__).resolve().parents[2] / "benches" / "python" / "bench_score_frame.py"


def test_the_benchmark_reference_agrees_with_score_frame() -> None:
    spec = importlib.util.spec_from_file_location("bench_score_frame", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_score_frame"] = bench
    spec.loader.exec_module(bench)
    fw = lhs_maturity.Framework.builtin()
    df = bench.synthetic(fw, 500)
    ref = bench.Reference(fw).score(df)
    core = lhs_maturity.score_frame(df)
    assert sorted(ref.columns) == sorted(c for c in core.columns if c in ref.columns)
    assert len(ref.columns) == 3 * len(fw.matrix_nodes())
    for c in ref.columns:
        a, b = ref[c].to_numpy(float), core[c].to_numpy(float)
        assert np.allclose(a, b, equal_nan=True, atol=1e-9), c
