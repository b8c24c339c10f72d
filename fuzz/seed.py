#!/usr/bin/env python3
"""Seeds the fuzz corpora (fuzz/corpus/<target>/) from the repository's own documents: the
examples, the bad-input corpus, the migration map, generated CSV files and reports. Run once
before the first fuzzing run (fuzz/run does it when a corpus is empty); the corpora committed
after fuzzing are these seeds grown and minimized by the fuzzer (`cargo fuzz cmin`).

Usage: python3 fuzz/seed.py [path/to/lhs-maturity]   (the command makes the reports; without
it, the report targets get the examples only)."""
import hashlib
import json
import subprocess
import tempfile
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fuzz" / "corpus"
MAX_LEN = 65536  # -max_len of fuzz/run


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX_LEN:
        return
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def files(*globs):
    for g in globs:
        yield from sorted(ROOT.glob(g))


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else None
    assessments = list(files("spec/examples/*.json", "spec/examples/analysis/**/*.json",
                             "tests/corpus/assessment/*"))
    for p in assessments:
        for t in ("assessment_json", "differential_readers", "report_roundtrip"):
            put(t, p.read_bytes())
    for p in files("tests/corpus/framework/*"):
        put("framework_json", p.read_bytes())
    for p in files("spec/migrations/*.json"):
        put("options", p.read_bytes())
    for text in ('{"method": "median", "allow_mismatch": true}', '{"method": "mode"}',
                 '{"inst.info.routine_data": {"level": 2, "rationale": "minutes of 3 May"}}'):
        put("options", text)
    ids = [l.split(",")[0] for l in subprocess.run(
        [exe, "framework", "indicators", "--format", "csv"], capture_output=True, text=True,
        check=True).stdout.splitlines()[1:]] if exe else ["inst.info.routine_data",
                                                         "cond.fin.learning_budget"]
    wide = "unit_id;unit_name;unit_kind;period;" + ";".join(ids[:6]) + "\n" + "\n".join(
        f"u{k};\"Unit, {k}\";district;2026-Q{k % 4 + 1};" + ";".join(
            ["na", "unknown", "", "9", "2.5", str(k % 5)][(k + c) % 6] for c in range(6))
        for k in range(8)) + "\n"
    long = "id,answer,confidence,target\n" + "".join(f"{i},{k % 5},,\n" for k, i in enumerate(ids[:8]))
    for text in (wide, long, wide.replace(";", ","), "\ufeff" + wide):
        for t in ("csv", "differential_scores"):
            put(t, text)
    if exe:
        for p in files("spec/examples/*.json"):
            out = subprocess.run([exe, "score", str(p), "--format", "json"], capture_output=True,
                                 check=True).stdout
            put("report_json", out)
    for p in files("spec/examples/*.json"):
        put("report_json", p.read_bytes())
    # Files of submissions, the first byte choosing the name they are read under (the order of
    # SUBMISSION_NAMES in src/lib.rs: csv, json, xml, csv.zip, xlsx).
    kinds = {".csv": 0, ".json": 1, ".xml": 2, ".zip": 3, ".xlsx": 4}
    for p in files("spec/submissions/*.*", "spec/submissions/collect/**/*.xml"):
        pick = next((v for k, v in kinds.items() if p.name.endswith(k)), None)
        if pick is not None and p.name != "manifest.json":
            put("submissions", bytes([pick]) + p.read_bytes())
    if exe:
        with tempfile.TemporaryDirectory() as d:
            out = Path(d) / "t.xlsx"
            subprocess.run([exe, "template", "--format", "xlsx", "-o", str(out)], check=True,
                           capture_output=True)
            put("submissions", bytes([4]) + out.read_bytes())

    # The integrations' files, the first byte choosing the reader (the order of `imports` in
    # src/lib.rs): FHIR response, units list, DHIS2 mapping, metadata, data values, relevance.
    for pick, globs in ((0, ("spec/fhir/*response.json",)), (1, ("spec/dhis2/units.csv",)),
                        (2, ("spec/dhis2/mapping.json",)), (3, ("spec/dhis2/metadata.json",)),
                        (4, ("spec/dhis2/datavalues.csv",))):
        for p in files(*globs):
            put("imports", bytes([pick]) + p.read_bytes())
    put("imports", bytes([5]) + b"indicator,relevance,comment\ninst.info.routine_data,4,\"ok, clear\"\n"
        b"inst.info.me_integration,,\n")


if __name__ == "__main__":
    main()
