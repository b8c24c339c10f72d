#!/usr/bin/env python3
"""Writes the example files of the researcher's guide (README, "For researchers"):

- respondents/: three respondents of the Kisumu East district health team, 2026-Q3, who rate
  some indicators differently (the input of `pool`);
- rounds/kisumu-east-2025-Q3.json: the same district a year earlier (with
  ../district-kisumu-east.json, the input of `compare`);
- cohort/: fourteen districts of three regions, 2026-Q3 (the input of `cohort`; one region has
  fewer than five districts, so a publishable summary suppresses it).

Deterministic (a fixed seed, no dependencies): `python3 spec/examples/analysis/generate.py`
rewrites the same files; `--check` fails when the committed files differ.
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = json.loads((HERE.parent / "district-kisumu-east.json").read_text())


def level_of(answer):
    """The level of an answer (every example answer with elements also gives its level)."""
    return answer.get("level") if isinstance(answer, dict) else answer


def with_level(answer, level):
    """The answer with another level; its recorded elements are dropped, since a shifted level
    no longer matches them (the evidence note is kept)."""
    if isinstance(answer, dict):
        out = {k: v for k, v in answer.items() if k != "elements"}
        out["level"] = level
        return out
    return level


def shifted(rng, answers, spread, drift=0, skip=0.0):
    """Each rated level moved by a random step in [-spread, spread] plus `drift`, kept in 0..4;
    `na`/`unknown` kept; a share `skip` of the answers left out (not answered)."""
    out = {}
    for key, answer in answers.items():
        if rng.random() < skip:
            continue
        level = level_of(answer)
        if isinstance(level, int):
            level = min(4, max(0, level + drift + rng.randint(-spread, spread)))
        out[key] = with_level(answer, level)
    return out


def document(unit, period, respondent, answers, default_target=3):
    return {
        "framework": BASE["framework"],
        "unit": unit,
        "period": period,
        "respondent": respondent,
        "default_target": default_target,
        "answers": answers,
    }


def files():
    rng = random.Random(2021)
    out = {}
    unit = BASE["unit"]
    for rid, role, spread in [
        ("dho", "policy_makers_planners", 1),
        ("hmis-officer", "health_programmes_workers", 1),
        ("chv-lead", "communities_civil_society", 2),
    ]:
        answers = shifted(rng, BASE["answers"], spread)
        out[f"respondents/kisumu-east-2026-Q3-{rid}.json"] = document(
            unit, "2026-Q3", {"id": rid, "role": role}, answers
        )
    earlier = shifted(rng, BASE["answers"], 0, drift=-1, skip=0.1)
    out["rounds/kisumu-east-2025-Q3.json"] = document(
        unit, "2025-Q3", BASE["respondent"], earlier
    )
    regions = [("Nyanza", 6), ("Western", 5), ("Rift Valley", 3)]
    for region, count in regions:
        drift = {"Nyanza": 0, "Western": -1, "Rift Valley": 1}[region]
        for i in range(1, count + 1):
            slug = f"{region.lower().replace(' ', '-')}-{i:02d}"
            unit = {
                "id": slug,
                "name": f"{region} district {i}",
                "kind": "district",
                "country": "KE",
                "region": region,
            }
            answers = shifted(rng, BASE["answers"], 1, drift=drift if i % 2 else 0, skip=0.05)
            out[f"cohort/{slug}.json"] = document(
                unit, "2026-Q3", {"id": f"{slug}-dht", "role": "policy_makers_planners"}, answers
            )
    return {path: json.dumps(doc, indent=2, ensure_ascii=False) + "\n" for path, doc in out.items()}


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for rel, text in files().items():
        path = HERE / rel
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(rel)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    if stale:
        sys.exit(f"spec/examples/analysis is out of date ({', '.join(stale)}): run python3 spec/examples/analysis/generate.py")
    print("spec/examples/analysis: " + ("in sync" if check else f"{len(files())} files written"))


if __name__ == "__main__":
    main()
