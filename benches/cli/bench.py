#!/usr/bin/env python3
"""Benchmarks of the `lhs-maturity` command (run by benches/run after the Rust table):

- the start-up of `lhs-maturity score FILE` on one example (median of 30 runs: process start,
  loading the built-in framework, reading, scoring and printing one report);
- `lhs-maturity batch` on 10,000 generated JSON assessment files, and on one wide CSV file of
  10,000 rows (median of 3 runs each);
- the peak memory of `batch` on wide CSV files of 100,000 and 1,000,000 rows (one run each): the
  command streams, so the two peaks differ by less than 20 MB (the target; printed).

Usage: python3 benches/cli/bench.py PATH/TO/lhs-maturity   (benches/run builds it in release
mode). Generated data is deterministic and written under target/bench-cli/.
"""
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def indicator_ids():
    """The indicator ids of the built-in framework, in framework order."""
    framework = json.loads((ROOT / "spec/frameworks/lhs-2021.json").read_text())
    ids = []

    def walk(node):
        for child in node.get("children", []):
            walk(child)
        ids.extend(i["id"] for i in node.get("indicators", []))

    for d in framework["domains"]:
        walk(d)
    return ids


def generate(work, n):
    ids = indicator_ids()
    rng = random.Random(8)
    files = work / "files"
    files.mkdir(parents=True, exist_ok=True)
    rows = []
    for k in range(n):
        answers = {}
        row = []
        for i in ids:
            x = rng.random()
            v = None if x < 0.10 else "na" if x < 0.15 else "unknown" if x < 0.17 else rng.randint(0, 4)
            row.append("" if v is None else str(v))
            if v is not None:
                answers[i] = v
        doc = {"unit": {"id": f"u{k:05d}", "kind": "district"}, "period": "2026-Q3", "answers": answers}
        (files / f"a{k:05d}.json").write_text(json.dumps(doc))
        rows.append(",".join([f"u{k:05d}", "2026-Q3"] + row))
    (work / "wide.csv").write_text("unit_id,period," + ",".join(ids) + "\n" + "\n".join(rows) + "\n")
    return files, work / "wide.csv"


def wide_rows(path, ids, n):
    """A wide CSV of `n` generated rows, written as it is made."""
    rng = random.Random(9)
    with path.open("w") as f:
        f.write("unit_id,period," + ",".join(ids) + "\n")
        for k in range(n):
            cells = ("" if (x := rng.random()) < 0.1 else str(int(x * 5)) for _ in ids)
            f.write(f"u{k:07d},2026-Q3," + ",".join(cells) + "\n")


def peak(cmd):
    """Wall time and peak resident memory (MB) of one run of `cmd`."""
    start = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as p:
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def memory(exe, work):
    ids = indicator_ids()
    peaks = []
    for n in (100_000, 1_000_000):
        path = work / f"wide-{n}.csv"
        if not path.exists():
            wide_rows(path, ids, n)
        seconds, mb = peak([exe, "batch", str(path), "-o", str(work / "summary-big.csv"), "--quiet"])
        peaks.append(mb)
        print(f"batch wide CSV, {n:>9,} rows: {seconds:6.1f} s, peak memory {mb:6.1f} MB")
    print(f"peak memory, 1,000,000 rows minus 100,000 rows: {peaks[1] - peaks[0]:.1f} MB (target: < 20 MB)")


def main():
    exe = sys.argv[1]
    n = 10_000
    work = ROOT / "target" / "bench-cli"
    files, wide = generate(work, n)
    example = ROOT / "spec/examples/district-kisumu-east.json"
    rows = []
    best, med = timed([exe, "score", str(example)], 30)
    rows.append(("score one example (start-up included)", 1, best, med))
    best, med = timed([exe, "batch", str(files), "-o", str(work / "summary-json.csv"), "--quiet"], 3)
    rows.append((f"batch {n:,} JSON files", n, best, med))
    best, med = timed([exe, "batch", str(wide), "-o", str(work / "summary-wide.csv"), "--quiet"], 3)
    rows.append((f"batch wide CSV, {n:,} rows", n, best, med))
    print(f"{'case':<40} {'items':>7} {'best':>10} {'median':>10} {'assessments/s':>14}")
    for case, items, best, med in rows:
        print(f"{case:<40} {items:>7} {best * 1e3:>8.1f}ms {med * 1e3:>8.1f}ms {items / med:>14,.0f}")
    print()
    memory(exe, work)


if __name__ == "__main__":
    main()
