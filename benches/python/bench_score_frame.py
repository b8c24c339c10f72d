"""Benchmark of the Python package (not a test): scoring data sets with `score_frame` against a
hand-written vectorized pandas/numpy reference and a per-row Python loop, and the latency of one
`Framework.score(dict)`.

Run from the repository root, after `bash scripts/setup`:

    .venv/bin/python benches/python/bench_score_frame.py            # 10,000 and 1,000,000 rows
    .venv/bin/python benches/python/bench_score_frame.py --quick    # 10,000 and 100,000 rows

All timings are wall-clock, the median of `--repeat` runs (5), in this process; `--memory` adds
the peak memory of each case, each measured in a fresh process. `core` is the core's
`Framework::score_columns` on the columns already converted (no Python work left); `polars` and
`arrow` (when installed) are `score_frame` on the same data as a polars DataFrame and an Arrow
Table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import platform
import time
import timeit
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

import lhs_maturity
from lhs_maturity import Framework, column_name, score_frame

LEVEL_EPSILON = 1e-9  # spec/SCORING.md §5


def synthetic(fw: Framework, rows: int, seed: int = 7) -> pd.DataFrame:
    """`rows` assessments × every indicator: levels 0–4 (float64), 15% missing (NaN)."""
    rng = np.random.default_rng(seed)
    ids = [i["id"] for i in fw.indicators()]
    # A per-row "maturity" so that rows differ, plus noise per cell.
    base = rng.integers(0, 5, size=(rows, 1))
    noise = rng.integers(-1, 2, size=(rows, len(ids)))
    values = np.clip(base + noise, 0, fw.max_level).astype(np.float64)
    values[rng.random((rows, len(ids))) < 0.15] = np.nan
    return pd.DataFrame(values, columns=ids)


# --- The reference: the same scores written idiomatically in pandas/numpy by hand -------------


class Reference:
    """Weighted means with NaN handling per sub-domain, domain and overall, vectorized over rows
    (what an analyst would write without the library). Coverage is rated / total (a float frame
    cannot hold `na`)."""

    def __init__(self, fw: Framework) -> None:
        self.spec = fw.to_dict()
        self.max = fw.max_level

    def score(self, df: pd.DataFrame) -> pd.DataFrame:
        out: dict[str, np.ndarray] = {}
        rows = len(df)

        def node(n: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
            """(score, rated, total, counted weight) of a node, each of shape (rows,)."""
            minimum = n.get("aggregation") == "minimum"
            if "indicators" in n:
                ids = [i["id"] for i in n["indicators"]]
                x = df.reindex(columns=ids).to_numpy(dtype=np.float64)
                w = np.array([i.get("weight", 1.0) for i in n["indicators"]])
                rated_mask = ~np.isnan(x)
                rated = rated_mask.sum(axis=1)
                total = np.full(rows, len(ids))
                counted = (rated_mask * w).sum(axis=1)
                weights = np.broadcast_to(w, x.shape)
            else:
                parts = [(c, node(c)) for c in n["children"]]
                x = np.column_stack([p[0] for _, p in parts])
                counting = [p for c, p in parts if not c.get("outcome")]
                rated = np.sum([p[1] for p in counting], axis=0)
                total = np.sum([p[2] for p in counting], axis=0)
                counted = np.sum([p[3] for p in counting], axis=0)
                if n.get("aggregation") == "pooled_mean":
                    # SCORING.md §21: a sub-node weighs the weights of its counted indicators.
                    weights = np.column_stack([p[3] for _, p in parts])
                else:
                    w = np.array([c.get("weight", 1.0) for c, _ in parts])
                    weights = np.broadcast_to(w, x.shape)
                rated_mask = ~np.isnan(x)
            if minimum:
                with np.errstate(invalid="ignore"):
                    s = np.where(rated_mask.any(axis=1), np.nanmin(np.where(rated_mask, x, np.inf), axis=1), np.nan)
            else:
                num = np.nansum(x * weights, axis=1)
                den = (rated_mask * weights).sum(axis=1)
                with np.errstate(invalid="ignore", divide="ignore"):
                    s = np.where(den > 0, num / den, np.nan)
            put(n["id"], s, rated, total)
            return s, rated, total, counted

        def put(name: str, s: np.ndarray, rated: np.ndarray, total: np.ndarray) -> None:
            level = np.floor(s + LEVEL_EPSILON).clip(0, self.max)
            out[column_name(name, "score")] = s
            out[column_name(name, "level")] = level
            with np.errstate(invalid="ignore", divide="ignore"):
                out[column_name(name, "coverage")] = np.where(total > 0, rated / total, np.nan)

        # SCORING.md §4, §20: the overall score leaves out the outcome domains.
        scored = [(d, node(d)) for d in self.spec["domains"]]
        domains = [p for d, p in scored if not d.get("outcome")]
        x = np.column_stack([d[0] for d in domains])
        w = np.array([d.get("weight", 1.0) for d, _ in scored if not d.get("outcome")])
        m = ~np.isnan(x)
        den = (m * w).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            overall = np.where(den > 0, np.nansum(x * w, axis=1) / den, np.nan)
        put(
            "overall",
            overall,
            np.sum([d[1] for d in domains], axis=0),
            np.sum([d[2] for d in domains], axis=0),
        )
        return pd.DataFrame(out, index=df.index)


def row_loop(fw: Framework, df: pd.DataFrame) -> pd.DataFrame:
    """The per-row Python loop: one `Framework.score` per row, reading the node scores."""
    ids = list(df.columns)
    records = []
    for values in df.itertuples(index=False, name=None):
        answers = {i: int(v) for i, v in zip(ids, values) if v == v}  # skip NaN
        r = fw.score({"answers": answers})
        o = r.overall
        row = {column_name("overall", m): o[m] for m in ("score", "level", "coverage")}
        stack = list(r.domains)
        while stack:
            n = stack.pop()
            for m in ("score", "level", "coverage"):
                row[column_name(n["id"], m)] = n[m]
            stack.extend(n["children"])
        records.append(row)
    return pd.DataFrame.from_records(records, index=df.index)


def median(f: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2]


def prepared(fw: Framework, df: pd.DataFrame) -> list[Any]:
    """The columns as `score_frame` hands them to the native module (float64 arrays)."""
    from lhs_maturity._frames import _column

    positions = fw._frame_columns([str(c) for c in df.columns])
    return [_column(pd, np, p, df.iloc[:, j]) for j, p in enumerate(positions) if p >= 0]


CASES = ("score_frame", "core", "reference", "polars", "arrow")


def run_case(case: str, fw: Framework, df: pd.DataFrame) -> Callable[[], Any]:
    """The call a case times, on data made beforehand."""
    if case == "score_frame":
        return lambda: score_frame(df)
    if case == "core":
        # Framework::score_columns on the columns already converted: what is left is the core's
        # work and the result buffers (the part of score_frame no Python overhead is in).
        columns = prepared(fw, df)
        return lambda: fw._score_columns(len(df), columns, False, "exclude", None, None)
    if case == "reference":
        ref = Reference(fw)
        return lambda: ref.score(df)
    if case == "polars":
        import polars as pl

        frame = pl.from_pandas(df)
        return lambda: score_frame(frame)
    import pyarrow as pa

    table = pa.Table.from_pandas(df, preserve_index=False)
    return lambda: score_frame(table)


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def measure_peak(case: str, rows: int) -> float:
    """In this process: the memory the call adds at its peak, in MB (Linux: the peak RSS is
    reset once the data is made, through /proc/self/clear_refs)."""
    fw = Framework.builtin()
    df = synthetic(fw, rows)
    f = run_case(case, fw, df)
    with open("/proc/self/clear_refs", "w", encoding="ascii") as c:
        c.write("5")
    before = _status_kb("VmRSS")
    f()
    return (_status_kb("VmHWM") - before) / 1024


def peak_memory(case: str, rows: int) -> float | None:
    """`measure_peak` in a fresh process (None where /proc cannot say it)."""
    code = ("import sys; sys.path.insert(0, %r); import bench_score_frame as b; "
            "print(b.measure_peak(%r, %d))") % (os.path.dirname(os.path.abspath(__file__)), case, rows)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return float(r.stdout.strip()) if r.returncode == 0 else None


def available(case: str) -> bool:
    module = {"polars": "polars", "arrow": "pyarrow"}.get(case)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100,000 rows instead of 1,000,000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--memory", action="store_true",
                    help="also the peak memory of each case, each in a fresh process")
    args = ap.parse_args()
    fw = Framework.builtin()
    ref = Reference(fw)
    big = 100_000 if args.quick else 1_000_000
    print(
        f"lhs-maturity {lhs_maturity.__version__}, Python {platform.python_version()}, "
        f"pandas {pd.__version__}, numpy {np.__version__}, {len(fw.indicators())} indicators, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )

    # Correctness first: the reference and the row loop agree with score_frame.
    check = synthetic(fw, 500, seed=1)
    ours = score_frame(check)
    theirs = ref.score(check)
    loop = row_loop(fw, check)
    for col in theirs.columns:
        a = ours[col].astype("float64").to_numpy()
        b = theirs[col].to_numpy(dtype=np.float64)
        assert np.allclose(a, b, equal_nan=True, atol=1e-9), f"reference differs on {col}"
        c = loop[col].astype("float64").to_numpy()
        assert np.allclose(a, c, equal_nan=True, atol=1e-9), f"row loop differs on {col}"
    print("check: score_frame == vectorized reference == per-row loop on 500 rows\n")

    cases = [c for c in CASES if available(c)]
    results: dict[str, float] = {}
    for rows in (10_000, big):
        df = synthetic(fw, rows)
        for case in cases:
            results[f"{case} {rows}"] = median(run_case(case, fw, df), args.repeat)
        del df
    df = synthetic(fw, 10_000)
    results["row loop 10000"] = median(lambda: row_loop(fw, df), 1)

    print(f"{'what (median of %d)' % args.repeat:<40} {'seconds':>10} {'per row':>12}")
    for name, t in results.items():
        rows = int(name.rsplit(" ", 1)[1])
        print(f"{name:<40} {t:>10.4f} {t / rows * 1e6:>9.2f} µs")
    print()
    for rows in (10_000, big):
        sf = results[f"score_frame {rows}"]
        print(f"{rows:>9,} rows: score_frame / core = {sf / results[f'core {rows}']:5.2f} (target ≤ 1.3); "
              f"reference / score_frame = {results[f'reference {rows}'] / sf:5.2f} (target ≥ 3)")
    r = results["row loop 10000"] / results["score_frame 10000"]
    print(f"per-row loop / score_frame, 10,000 rows: {r:7.1f}×")
    if args.memory:
        print()
        for case in cases:
            mb = peak_memory(case, big)
            print(f"peak memory added, {case} {big:,} rows: "
                  + (f"{mb:8.0f} MB" if mb is not None else "failed"))

    # Per-call latency of score(dict).
    full = {"answers": {i["id"]: k % 5 for k, i in enumerate(fw.indicators())}}
    one = {"answers": {"inst.info.routine_data": 2}}
    half = {"answers": {i["id"]: k % 5 for k, i in enumerate(fw.indicators()) if k % 2}}
    print()
    # Per call: the best of 20 blocks of 200 calls (timeit), including freeing each report.
    for name, a in (("1 answer", one), ("35 answers", half), ("69 answers", full)):
        t = min(timeit.repeat(lambda: fw.score(a), number=200, repeat=20)) / 200
        text = json.dumps(a)
        t_text = min(timeit.repeat(lambda: fw.score(text), number=200, repeat=20)) / 200
        print(f"framework.score(dict), {name:<11}: {t * 1e6:8.1f} µs per call; "
              f"JSON text {t_text * 1e6:8.1f} µs; dict / text = {t / t_text:4.2f} (target ≤ 1.3)")
    n = 1000
    batch = [full] * n
    t = min(timeit.repeat(lambda: fw.score_many(batch), number=1, repeat=10)) / n
    print(f"framework.score_many(1,000 dicts), 69 answers: {t * 1e6:8.1f} µs per assessment")


if __name__ == "__main__":
    main()
