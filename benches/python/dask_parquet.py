"""Larger than one process's memory: a Parquet data set of assessments scored by Dask on a
LocalCluster, partition by partition, the scores written back to Parquet (not a test).

    .venv/bin/python benches/python/dask_parquet.py --rows 20000000 --dir /tmp/lhs-parquet

It writes `--rows` generated assessments (every indicator a nullable int8 level, 15% missing,
3% `na` as -1 is not possible in an int column, so none) in files of `--per-file` rows, then
scores them with `lhs_maturity.dask.score_frame` on `--workers` worker processes (one thread
each) and writes the scores with `to_parquet`. It prints the sizes, the times and the peak
memory of the largest worker process, and checks the first file's scores against
`lhs_maturity.score_frame`.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd

import lhs_maturity
import lhs_maturity.dask


def write_data(fw: lhs_maturity.Framework, rows: int, per_file: int, out: Path) -> None:
    ids = [i["id"] for i in fw.indicators()]
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    for start in range(0, rows, per_file):
        n = min(per_file, rows - start)
        base = rng.integers(0, 5, size=(n, 1), dtype=np.int8)
        levels = np.clip(base + rng.integers(-1, 2, size=(n, len(ids)), dtype=np.int8), 0, 4)
        missing = rng.random((n, len(ids))) < 0.15
        data = {i: pd.arrays.IntegerArray(levels[:, k].astype(np.int8), missing[:, k])
                for k, i in enumerate(ids)}
        # The row number as a stored index column, so that errors name rows across files.
        df = pd.DataFrame(data, index=pd.Index(np.arange(start, start + n), name="row"))
        df.insert(0, "unit_id", [f"u{start + k}" for k in range(n)])
        df.to_parquet(out / f"part-{start // per_file:05d}.parquet")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=20_000_000)
    ap.add_argument("--per-file", type=int, default=500_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/lhs-parquet"))
    args = ap.parse_args()
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    fw = lhs_maturity.Framework.builtin()
    data, scores = args.dir / "answers", args.dir / "scores"
    shutil.rmtree(args.dir, ignore_errors=True)
    t0 = time.perf_counter()
    write_data(fw, args.rows, args.per_file, data)
    t_write = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in data.glob("*.parquet"))
    raw = args.rows * len(fw.indicators()) * 8
    print(f"lhs-maturity {lhs_maturity.__version__}, dask {dask.__version__}, "
          f"{args.rows:,} rows × {len(fw.indicators())} indicators: Parquet {size / 1e6:,.0f} MB "
          f"({raw / 1e9:.1f} GB as float64 in memory), written in {t_write:.0f} s")
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        t0 = time.perf_counter()
        ddf = dd.read_parquet(data, index="row")
        out = lhs_maturity.dask.score_frame(ddf)
        out.to_parquet(scores)
        t_score = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out_size = sum(p.stat().st_size for p in scores.glob("*.parquet"))
    print(f"scored with {args.workers} worker processes in {t_score:.1f} s "
          f"({args.rows / t_score:,.0f} rows/s); scores {out_size / 1e6:,.0f} MB of Parquet; "
          f"peak memory of the largest worker process {peak:,.0f} MB")
    first = pd.read_parquet(sorted(data.glob("*.parquet"))[0])
    want = lhs_maturity.score_frame(first)
    got = pd.read_parquet(scores).loc[first.index]
    pd.testing.assert_frame_equal(got[want.columns], want, check_dtype=False, check_index_type=False,
                                  check_names=False)
    print("check: the first file's scores equal score_frame on it")


if __name__ == "__main__":
    main()
