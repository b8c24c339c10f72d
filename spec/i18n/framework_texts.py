#!/usr/bin/env python3
"""The texts of the built-in framework as a flat map of stable keys, for translators.

    python3 spec/i18n/framework_texts.py extract     # writes spec/i18n/lhs-2021.en.json
    python3 spec/i18n/framework_texts.py merge       # puts every spec/i18n/lhs-2021.<lang>.json
                                                     # into spec/frameworks/lhs-2021.json
    python3 spec/i18n/framework_texts.py check       # fails when a merged translation is stale

Keys name what a text is, not where it sits, so that a translation survives reordering:
`indicator.<id>.statement`, `indicator.<id>.element.L2a`, `indicator.<id>.evidence.0`,
`indicator.<id>.action.from0`, `node.<id>.name`, `glossary.<id>.definition`, `scale.level.2.name`...
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRAMEWORK = HERE.parent / "frameworks" / "lhs-2021.json"
LANGS = ("fr", "es", "pt", "ar")


def slots(fw):
    """(key, the dict holding the Text, the field name) for every text of the framework."""
    out = []

    def add(key, holder, field):
        if isinstance(holder.get(field), dict):
            out.append((key, holder, field))

    add("title", fw, "title")
    add("description", fw, "description")
    add("source.note", fw.get("source", {}), "note")
    for l in fw["scale"]["levels"]:
        add(f"scale.level.{l['level']}.name", l, "name")
        add(f"scale.level.{l['level']}.description", l, "description")
    for q in fw["scale"].get("quantifiers", []):
        add(f"scale.quantifier.{q['key']}.word", q, "word")
        add(f"scale.quantifier.{q['key']}.description", q, "description")
    for r in fw["scale"].get("rules", []):
        add(f"scale.rule.{r['id']}.name", r, "name")
        add(f"scale.rule.{r['id']}.text", r, "text")
    for f in fw.get("facets", []):
        add(f"facet.{f['id']}.name", f, "name")
        add(f"facet.{f['id']}.description", f, "description")
        for v in f["values"]:
            add(f"facet.{f['id']}.value.{v['id']}.name", v, "name")
            add(f"facet.{f['id']}.value.{v['id']}.description", v, "description")
    for g in fw.get("glossary", []):
        add(f"glossary.{g['id']}.term", g, "term")
        add(f"glossary.{g['id']}.definition", g, "definition")

    def node(n):
        add(f"node.{n['id']}.name", n, "name")
        add(f"node.{n['id']}.description", n, "description")
        add(f"node.{n['id']}.rationale", n, "rationale")
        for c in n.get("children", []):
            node(c)
        for i in n.get("indicators", []):
            k = f"indicator.{i['id']}"
            for f in ("name", "statement", "question"):
                add(f"{k}.{f}", i, f)
            for j, _ in enumerate(i.get("evidence", [])):
                add(f"{k}.evidence.{j}", i["evidence"], j) if False else out.append((f"{k}.evidence.{j}", i["evidence"], j))
            for lv, level in enumerate(i["levels"]):
                if isinstance(level, dict) and ("elements" in level or "text" in level):
                    if "text" in level:
                        add(f"{k}.level.{lv}", level, "text")
                    for e in level.get("elements", []):
                        add(f"{k}.element.{e['id']}", e, "text")
                else:
                    out.append((f"{k}.level.{lv}", i["levels"], lv))
            for kind, a in i.get("adapted", {}).items():
                for f in ("name", "statement", "question"):
                    add(f"{k}.adapted.{kind}.{f}", a, f)
            for a in i.get("actions", []):
                add(f"{k}.action.from{a['from']}", a, "text")

    for d in fw["domains"]:
        node(d)
    return out


def load():
    return json.loads(FRAMEWORK.read_text(encoding="utf-8"))


def extract():
    fw = load()
    texts = {k: holder[field]["en"] for k, holder, field in slots(fw)}
    path = HERE / "lhs-2021.en.json"
    path.write_text(json.dumps(texts, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(HERE.parent.parent)}: {len(texts)} texts, "
          f"{sum(len(t.split()) for t in texts.values())} words")


def merged():
    fw = load()
    for k, holder, field in slots(fw):
        text = holder[field]
        en = text["en"]
        holder[field] = {"en": en}
    for lang in LANGS:
        path = HERE / f"lhs-2021.{lang}.json"
        if not path.exists():
            continue
        tr = json.loads(path.read_text(encoding="utf-8"))
        for k, holder, field in slots(fw):
            if k in tr and tr[k].strip():
                holder[field][lang] = tr[k]
    return fw


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "extract"
    if cmd == "extract":
        extract()
    elif cmd in ("merge", "check"):
        fw = merged()
        text = json.dumps(fw, indent=1, ensure_ascii=False) + "\n"
        if cmd == "check":
            if FRAMEWORK.read_text(encoding="utf-8") != text:
                sys.exit("spec/frameworks/lhs-2021.json does not hold the translations of spec/i18n: "
                         "run `python3 spec/i18n/framework_texts.py merge`")
            print("spec/frameworks/lhs-2021.json holds the translations of spec/i18n")
        else:
            FRAMEWORK.write_text(text, encoding="utf-8")
            print("merged the translations into spec/frameworks/lhs-2021.json")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
