#!/usr/bin/env python3
"""Benchmarks of the `lhs-maturity` command (run by benches/run after the Rust table):

- the start-up of `lhs-maturity score FILE` on one example (median of 30 runs: process start,
  loading the built-in framework, reading, scoring and printing one report);
- `lhs-maturity batch` on 10,000 generated JSON assessment files, and on one wide CSV file of
  10,000 rows (median of 3 runs each).

Usage: python3 benches/cli/bench.py PATH/TO/lhs-maturity   (benches/run builds it in release
mode). Generated data is deterministic and written under target/bench-cli/.
"""
import json
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


def generate(work, n):
    framework = json.loads((ROOT / "spec/frameworks/lhs-2021.json").read_text())
    ids = []

    def walk(node):
        for child in node.get("children", []):
            walk(child)
        ids.extend(i["id"] for i in node.get("indicators", []))

    for d in framework["domains"]:
        walk(d)
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


if __name__ == "__main__":
    main()
