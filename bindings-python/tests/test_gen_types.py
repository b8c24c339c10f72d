"""The generated lhs_maturity._types: its public names stay the committed list, the committed file
is what bindings-python/scripts/gen_types.py writes from spec/schema/, the generator maps each
schema construct as documented, and the keys it makes optional are exactly those the core leaves
out (read from the Rust sources and seen in what the library returns)."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, get_type_hints

import pytest

import lhs_maturity
from conftest import ROOT
from lhs_maturity import _types

GEN = ROOT / "bindings-python" / "scripts" / "gen_types.py"
sys.path.insert(0, str(GEN.parent))
import gen_types  # noqa: E402

NAMES = json.loads((Path(__file__).parent / "types_public_names.json").read_text(encoding="utf-8"))


def test_public_names_are_the_committed_list() -> None:
    """A rename or a removal is a visible change: update tests/types_public_names.json (and say so
    in the changelog) together with the generator."""
    assert sorted(_types.__all__) == NAMES["__all__"]
    for name in NAMES["__all__"] + NAMES["unlisted"]:
        assert hasattr(_types, name), name
    # Every name of the hand-written module is reachable through _types, which re-exports it.
    from lhs_maturity import _types_extra

    for name in _types_extra.__all__ + ["AnswerValue", "LanguageStatusDict"]:
        assert getattr(_types, name) is getattr(_types_extra, name), name


def test_committed_file_is_generated(tmp_path: Path) -> None:
    committed = (ROOT / "bindings-python" / "python" / "lhs_maturity" / "_types.py").read_text(encoding="utf-8")
    first, second = gen_types.Generator().module(), gen_types.Generator().module()
    assert first == second == committed
    ok = subprocess.run([sys.executable, str(GEN), "--check"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    stale = tmp_path / "_types.py"
    stale.write_text(committed.replace("class ReportDict(", "class ReportDocument("), encoding="utf-8")
    bad = subprocess.run([sys.executable, str(GEN), "--check", "--out", str(stale)], capture_output=True, text=True)
    assert bad.returncode == 1 and "out of date" in bad.stderr
    assert "class ReportDocument(" in stale.read_text(encoding="utf-8")  # --check writes nothing


def write_schema(folder: Path, name: str, schema: dict[str, Any]) -> None:
    (folder / f"{name}.schema.json").write_text(json.dumps(schema), encoding="utf-8")


STATE = {"oneOf": [{"type": "string", "const": "on", "description": "Switched `on`."},
                   {"type": "string", "const": "off"}], "description": "A state."}
THING = {
    "type": "object",
    "description": "A thing, see [`crate::Other::name`].\n\n```\nassert!(rust_only);\n```",
    "properties": {
        "id": {"type": "string", "description": "Its id."},
        "state": {"allOf": [{"$ref": "#/definitions/State"}]},
        "level": {"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["na", "unknown"]}, {"type": "null"}]},
        "score": {"type": ["null", "number"]},
        "tags": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        "unit": {"anyOf": [{"$ref": "#/definitions/Open"}, {"type": "null"}]},
        "flag": {"type": "boolean", "default": False},
        "skipped": {"type": "boolean"},
        "help": {"type": ["string", "null"]},
        "anything": {"description": "Any JSON value."},
    },
    "required": ["id", "state", "level", "tags"],
}
OPEN = {"type": "object", "properties": {"id": {"type": ["string", "null"]}}, "additionalProperties": True}


def generate(tmp_path: Path, schemas: dict[str, dict[str, Any]], roots: dict[str, tuple[str | None, str | None]],
             absent: dict[str, set[str]]) -> str:
    for name, schema in schemas.items():
        write_schema(tmp_path, name, schema)
    extra = tmp_path / "_types_extra.py"
    extra.write_text('__all__ = ["Handy"]\nHandy = int\nAlso = str\n', encoding="utf-8")
    return gen_types.Generator(tmp_path, extra, roots, absent).module()


def test_the_generator_maps_each_construct(tmp_path: Path) -> None:
    doc = {"title": "Doc", "type": "object", "description": "The doc.",
           "properties": {"things": {"type": "array", "items": {"$ref": "#/definitions/Thing"}}},
           "required": ["things"], "definitions": {"Thing": THING, "State": STATE, "Open": OPEN}}
    text = generate(tmp_path, {"doc": doc}, {"doc": ("DocDict", "doc()")}, {"Thing": {"help"}})
    package = tmp_path / "genpkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "_types_extra.py").write_text((tmp_path / "_types_extra.py").read_text(encoding="utf-8"), encoding="utf-8")
    (package / "_types.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        m = importlib.import_module("genpkg._types")
    finally:
        sys.path.remove(str(tmp_path))
    assert sorted(m.__all__) == ["DocDict", "Handy", "Thing"]  # classes + the hand module's __all__
    assert m.Also is str and m.State.__args__ == ("on", "off")
    assert set(get_type_hints(m.Thing)) == set(THING["properties"])  # the annotations evaluate
    body = text[text.index("class _ThingRequired("):]  # the last classes of the file
    written = dict(re.findall(r"\n    (\w+): (.+)", body))
    assert written == {
        "id": "str",
        "state": "State",
        "level": 'int | Literal["na", "unknown"] | None',
        "score": "float | None",  # None last whatever the schema's order
        "tags": "dict[str, list[str]]",
        "unit": "dict[str, Any] | None",  # an open object
        "flag": "bool",
        "skipped": "bool",
        "help": "str",  # left out rather than null: no None
        "anything": "Any",
    }
    # Required: the schema's required keys, keys written as null (nullable), keys with a default.
    assert m.Thing.__required_keys__ == {"id", "state", "level", "tags", "score", "unit", "flag", "anything"}
    assert m.Thing.__optional_keys__ == {"skipped", "help"}
    assert m.DocDict.__required_keys__ == {"things"} and not m.DocDict.__optional_keys__
    assert m.Thing.__doc__ == "A thing, see ``Other.name``."  # Rust examples dropped, links as literals
    assert m.DocDict.__doc__ == "The doc.\n\n    In Python: ``doc()``."
    assert "#: * ``on``: Switched ``on``." in text and "#: Its id.\n    id: str" in text


def test_the_generator_refuses_what_it_cannot_type(tmp_path: Path) -> None:
    a = {"type": "array", "items": {"$ref": "#/definitions/State"}, "definitions": {"State": STATE}}
    b = {"type": "array", "items": {"$ref": "#/definitions/State"},
         "definitions": {"State": {**STATE, "description": "Another state."}}}
    with pytest.raises(gen_types.SchemaError, match="definition State of b.schema.json differs"):
        generate(tmp_path, {"a": a, "b": b}, {"a": (None, None), "b": (None, None)}, {})
    inline = {"type": "object", "properties": {"x": {"type": "object", "properties": {"y": {"type": "integer"}}}}}
    with pytest.raises(gen_types.SchemaError, match="needs a definition of its own"):
        generate(tmp_path, {"c": inline}, {"c": ("C", None)}, {})
    with pytest.raises(gen_types.SchemaError, match="names Gone, which is not generated"):
        generate(tmp_path, {"a": a}, {"a": (None, None)}, {"Gone": {"x"}})


def skipped_fields() -> dict[str, set[str]]:
    """Per Rust struct of core/src, the JSON keys of its fields with `skip_serializing_if`."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "core" / "src").rglob("*.rs")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"\n(?:#\[[^\n]*\]\s*)*pub struct (\w+)[^{;\n]*\{\n(.*?)\n\}", text, re.S):
            keys, attrs = found.setdefault(m.group(1), set()), ""
            for line in m.group(2).splitlines():
                line = line.strip()
                field = re.match(r"pub (\w+):", line)
                if line.startswith("#["):
                    attrs += line
                elif field:
                    rename = re.search(r'rename = "([^"]+)"', attrs)
                    if "skip_serializing_if" in attrs:
                        keys.add(rename.group(1) if rename else field.group(1))
                    attrs = ""
    return found


def test_optional_keys_are_the_keys_the_core_leaves_out() -> None:
    """What the schemas cannot say (they are written for reading): ABSENT_WHEN_NONE and the rule
    for keys that are not required agree with the `skip_serializing_if` attributes of the core."""
    skipped = skipped_fields()
    assert skipped["Diagnostic"] == {"help", "line", "column"}  # the scan finds what it looks for
    g = gen_types.Generator()
    g.module()
    assert len(g.sources) == len(set(_types.__all__) - {"AssessmentInput", "ReportInput", "RelevanceRating", "ResultColumn", "SobolIndices", "UncertaintyOptionsInput", "UnitKindName"})
    for name, struct in sorted(g.sources.items()):
        assert struct in skipped, f"{name}: no struct {struct} in core/src"
        td = getattr(_types, name)
        if name in gen_types.INPUTS:  # a document the library reads: every key may be left out
            assert td.__optional_keys__ == set(get_type_hints(td)) and not td.__required_keys__, name
        else:
            assert td.__optional_keys__ == skipped[struct], name


def keys_fit(d: dict[str, Any], td: Any) -> bool:
    return set(d) <= set(get_type_hints(td)) and td.__required_keys__ <= set(d)


def test_diagnostics_the_library_returns_fit(fw: lhs_maturity.Framework) -> None:
    report = fw.score({"answers": {"inst.info.routine_data": "na"}}).to_dict()
    found = report["warnings"] + fw.lint()["findings"]
    assert found and all(keys_fit(dict(d), _types.Diagnostic) for d in found)
    # Optional keys that are indeed left out (not written as null): no position outside JSON text.
    assert all("line" not in d and "column" not in d for d in found)
