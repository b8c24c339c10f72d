#!/usr/bin/env python3
"""Writes bindings-python/python/lhs_maturity/_types.py from the JSON Schemas in spec/schema/ (the
single source of the document types, as bindings-wasm/scripts/gen-types.mjs does for TypeScript).

    python bindings-python/scripts/gen_types.py           rewrite _types.py
    python bindings-python/scripts/gen_types.py --check   fail if it is out of date

Every object definition reachable from the result schemas below becomes a ``TypedDict`` (one class
per definition name across all schemas: a definition two schemas share must be the same), every
string enum a ``Literal`` alias, with the schemas' descriptions as docstrings and ``#:`` comments.
What no schema describes (argument unions, the language status, relevance ratings) is hand-written
in ``_types_extra.py`` and re-exported. Plain Python, standard library only.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "spec" / "schema"
PACKAGE = ROOT / "bindings-python" / "python" / "lhs_maturity"
OUT = PACKAGE / "_types.py"
EXTRA = PACKAGE / "_types_extra.py"
WIDTH = 100

# Schema file -> (Python name of its root object, what returns it in Python). A list schema
# (agreement, indicators, long) has no root class: its items' definitions are the types.
ROOTS: dict[str, tuple[str | None, str | None]] = {
    "report": ("ReportDict", "Report.to_dict()"),
    "pool": ("PoolDict", "PoolResult.to_dict()"),
    "agreement": (None, None),
    "comparison": ("ComparisonDict", "Comparison.to_dict()"),
    "series": ("SeriesDict", "lhs_maturity.series(...)"),
    "cohort": ("CohortDict", "Cohort.to_dict()"),
    "reliability": ("ReliabilityDict", "Reliability.to_dict()"),
    "indicators": (None, None),
    "lint": ("LintReportDict", "Framework.lint()"),
    "migration": ("MigrationDict", "Framework.migrate(...)"),
    "content-validity": ("ContentValidityDict", "Framework.content_validity(..., as_frame=False)"),
    "long": (None, None),
}

# Definitions whose Python name differs from the schema's (the names the package had before it
# was generated; a definition not listed keeps its schema name).
RENAMES = {
    "Consensus": "ConsensusEntry",
    "Estimate": "EstimateDict",
    "Group": "CohortGroup",
    "Summary": "MeasureSummary",
    "UnitKind": "UnitKindName",
}

# Definitions typed as ``dict[str, Any]``: the assessment document inside a pool or migration
# result is what ``Framework.score`` takes back (``AssessmentInput``), not a result to read.
# Objects that allow other keys (``additionalProperties: true``: a unit, a respondent) are
# ``dict[str, Any]`` too, since a TypedDict cannot say "and any other key".
OPAQUE = {"Assessment"}

# Keys the core leaves out when they have no value (``skip_serializing_if = "Option::is_none"``).
# The schemas are written for reading (schemars' deserialize contract), where such a key and a key
# always written as ``null`` look the same (not required, nullable); the others are required keys
# whose value may be None. Tests check both kinds against what the library returns.
ABSENT_WHEN_NONE = {
    "Basis": {"name"},
    "ComparisonDict": {"note"},
    "Diagnostic": {"help", "line", "column"},
    "IndicatorInfo": {"basis", "question", "reference"},
}

# ``Literal`` aliases listed in ``__all__`` (the others are importable but unlisted, as before the
# file was generated). Every TypedDict is listed, and the hand-written module's ``__all__``.
PUBLIC_ALIASES = {"UnitKindName"}

SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


class SchemaError(Exception):
    pass


def prose(text: str | None) -> list[str]:
    """A Rust doc comment as reStructuredText paragraphs: examples dropped, links and code as
    ``literals`` with Python's dots."""
    if not text:
        return []
    text = re.sub(r"```.*?```", "", text, flags=re.S)

    def literal(m: re.Match[str]) -> str:
        name = m.group(1).removeprefix("crate::").replace("::", ".")
        return f"``{name}``"

    text = re.sub(r"\[`([^`]+)`\](?:\([^)]*\))?", literal, text)
    text = re.sub(r"(?<![`\w])`([^`]+)`(?![`\w])", literal, text)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return [p.replace("\\", "\\\\") for p in paragraphs if p]


def wrap(paragraphs: list[str], indent: str, prefix: str = "") -> list[str]:
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        if i:
            out.append(f"{indent}{prefix}".rstrip())
        out += textwrap.wrap(p, WIDTH - len(indent) - len(prefix), initial_indent=indent + prefix,
                             subsequent_indent=indent + prefix, break_on_hyphens=False)
    return out


def docstring(paragraphs: list[str], indent: str) -> list[str]:
    lines = wrap(paragraphs, indent)
    if not lines:
        return []
    lines[0] = f'{indent}"""{lines[0][len(indent):]}'
    if len(lines[-1]) + 3 <= WIDTH:
        lines[-1] += '"""'
    else:
        lines.append(f'{indent}"""')
    return lines


def same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return {k: v for k, v in a.items() if k != "title"} == {k: v for k, v in b.items() if k != "title"}


class Generator:
    def __init__(self, schemas: Path = SCHEMAS, extra: Path = EXTRA,
                 roots: dict[str, tuple[str | None, str | None]] = ROOTS,
                 absent_when_none: dict[str, set[str]] = ABSENT_WHEN_NONE) -> None:
        self.extra = extra
        self.absent = absent_when_none
        self.sources: dict[str, str] = {}  # Python class name -> schema name (the Rust type's)
        self.defs: dict[str, tuple[str, dict[str, Any]]] = {}  # schema name -> (file, schema)
        self.roots: list[tuple[str, dict[str, Any], str | None]] = []
        self.wanted: list[str] = []  # definitions to emit, in the order they are met
        self.typing: set[str] = set()
        for file, (name, returned_by) in roots.items():
            schema = json.loads((schemas / f"{file}.schema.json").read_text(encoding="utf-8"))
            for key, node in (schema.get("definitions") or schema.get("$defs") or {}).items():
                if key in self.defs and not same(self.defs[key][1], node):
                    raise SchemaError(f"definition {key} of {file}.schema.json differs from the one in "
                                      f"{self.defs[key][0]}.schema.json: give one another name")
                self.defs.setdefault(key, (file, node))
            body = {k: v for k, v in schema.items() if k not in ("definitions", "$defs")}
            if name is None:
                self.annotation(body["items"], file)  # a list: only its item type matters
            else:
                self.roots.append((name, body, returned_by))
                self.sources[name] = body.get("title", name)
        self.pynames = {RENAMES.get(k, k): k for k in self.defs}
        for name, _, _ in self.roots:
            if name in self.pynames:
                raise SchemaError(f"root {name} is also the name of a definition")

    # -- types ----------------------------------------------------------------------------------

    def is_open(self, node: dict[str, Any]) -> bool:
        return node.get("additionalProperties") is True or (
            "properties" not in node and "additionalProperties" not in node)

    def ref(self, ref: str, where: str) -> list[str]:
        key = ref.rsplit("/", 1)[-1]
        if key not in self.defs:
            raise SchemaError(f"{where}: unresolved $ref {ref}")
        node = self.defs[key][1]
        if key in OPAQUE or (node.get("type") == "object" and self.is_open(node)):
            self.typing.add("Any")
            return ["dict[str, Any]"]
        if key not in self.wanted:
            self.wanted.append(key)
        return [RENAMES.get(key, key)]

    def members(self, node: dict[str, Any], where: str) -> list[str]:
        """The members of the union a schema node allows, ``Literal[...]`` one per value."""
        if "$ref" in node:
            return self.ref(node["$ref"], where)
        if "allOf" in node:
            if len(node["allOf"]) != 1:
                raise SchemaError(f"{where}: allOf with more than one schema")
            return self.members(node["allOf"][0], where)
        for key in ("anyOf", "oneOf"):
            if key in node:
                return [m for sub in node[key] for m in self.members(sub, where)]
        if "const" in node:
            self.typing.add("Literal")
            return [f"Literal[{json.dumps(node['const'])}]"]
        if "enum" in node:
            self.typing.add("Literal")
            return ["None" if v is None else f"Literal[{json.dumps(v)}]" for v in node["enum"]]
        types = node.get("type")
        if types is None:
            self.typing.add("Any")  # a schema that constrains nothing: any JSON value
            return ["Any"]
        out: list[str] = []
        for t in [types] if isinstance(types, str) else types:
            if t in SCALARS:
                out.append(SCALARS[t])
            elif t == "array":
                out.append(f"list[{self.annotation(node.get('items', {}), where)}]")
            elif t == "object":
                extra = node.get("additionalProperties")
                if isinstance(extra, dict) and "properties" not in node:
                    out.append(f"dict[str, {self.annotation(extra, where)}]")
                elif self.is_open(node):
                    self.typing.add("Any")
                    out.append("dict[str, Any]")
                else:
                    raise SchemaError(f"{where}: an object with properties needs a definition of its own")
            else:
                raise SchemaError(f"{where}: unknown type {t!r}")
        return out

    def annotation(self, node: dict[str, Any], where: str, drop_none: bool = False) -> str:
        found = self.members(node, where)
        literals = [m[len("Literal["):-1] for m in found if m.startswith("Literal[")]
        rest: list[str] = []
        for m in found:
            if m.startswith("Literal["):
                m = f"Literal[{', '.join(dict.fromkeys(literals))}]"
            if m not in rest and not (m == "None" and drop_none):
                rest.append(m)
        rest.sort(key=lambda m: m == "None")  # None last, the rest in the schema's order
        return " | ".join(rest)

    # -- definitions ----------------------------------------------------------------------------

    def literal_alias(self, name: str, node: dict[str, Any]) -> list[str] | None:
        """A string enum (``oneOf`` of documented ``const`` values, or ``enum``) as a Literal."""
        variants = node.get("oneOf") or []
        if variants and all("const" in v for v in variants):
            values = [(v["const"], v.get("description")) for v in variants]
        elif node.get("type") == "string" and "enum" in node:
            values = [(v, None) for v in node["enum"]]
        else:
            return None
        lines = wrap(prose(node.get("description")), "", "#: ")
        if any(d for _, d in values):
            lines.append("#:")
            for value, d in values:
                item = f"* ``{value}``: {' '.join(prose(d))}".rstrip(": ")
                lines += textwrap.wrap(item, WIDTH, initial_indent="#: ", subsequent_indent="#:   ",
                                       break_on_hyphens=False)
        self.typing.add("Literal")
        one_line = f"{name} = Literal[{', '.join(json.dumps(v) for v, _ in values)}]"
        if len(one_line) <= WIDTH:
            return lines + [one_line]
        return lines + [f"{name} = Literal["] + [f"    {json.dumps(v)}," for v, _ in values] + ["]"]

    def typed_dict(self, name: str, node: dict[str, Any], returned_by: str | None) -> list[str]:
        if node.get("type") != "object" or "properties" not in node:
            raise SchemaError(f"{name}: neither an object with properties nor a string enum")
        required: list[list[str]] = []
        optional: list[list[str]] = []
        schema_required = set(node.get("required", []))
        for key, prop in node["properties"].items():
            if not key.isidentifier() or key in ("class", "from", "def", "import", "None"):
                raise SchemaError(f"{name}.{key}: not a Python identifier")
            absent = key in self.absent.get(name, ())
            annotation = self.annotation(prop, f"{name}.{key}", drop_none=absent)
            field = wrap(prose(prop.get("description")), "    ", "#: ") + [f"    {key}: {annotation}"]
            # Not required but always written: a value that may be null (an Option; any JSON value
            # may be null too), or one with a default (serde's `default` without
            # `skip_serializing_if`, which schemars leaves out when the default would be skipped).
            nullable = annotation.endswith("None") or annotation == "Any"
            always = key in schema_required or (not absent and (nullable or "default" in prop))
            (required if always else optional).append(field)
        self.typing.add("TypedDict")
        doc = prose(node.get("description"))
        if returned_by:
            doc.append(f"In Python: ``{returned_by}``.")
        doc_lines = docstring(doc, "    ")

        def body(fields: list[list[str]], doc_lines: list[str]) -> list[str]:
            out = list(doc_lines)
            for f in fields:
                if out:
                    out.append("")
                out += f
            return out or ["    pass"]

        if not optional:
            return [f"class {name}(TypedDict):"] + body(required, doc_lines)
        if not required:
            return [f"class {name}(TypedDict, total=False):"] + body(optional, doc_lines)
        return ([f"class _{name}Required(TypedDict):"] + body(required, []) + ["", ""]
                + [f"class {name}(_{name}Required, total=False):"] + body(optional, doc_lines))

    # -- the module -----------------------------------------------------------------------------

    def module(self) -> str:
        blocks: dict[str, list[str]] = {}
        classes: set[str] = set()
        for name, node, returned_by in self.roots:
            blocks[name] = self.typed_dict(name, node, returned_by)
            classes.add(name)
        done: set[str] = set()
        while len(done) < len(self.wanted):  # emitting a class may reach more definitions
            for key in [k for k in self.wanted if k not in done]:
                done.add(key)
                name, node = RENAMES.get(key, key), self.defs[key][1]
                alias = self.literal_alias(name, node)
                if alias is None:
                    blocks[name] = self.typed_dict(name, node, None)
                    classes.add(name)
                    self.sources[name] = key
                else:
                    blocks[name] = alias
        for name in self.absent:
            if name not in classes:
                raise SchemaError(f"ABSENT_WHEN_NONE names {name}, which is not generated")

        extra = ast.parse(self.extra.read_text(encoding="utf-8"))
        extra_public: list[str] = []
        extra_names: list[str] = []
        for stmt in extra.body:
            targets = (stmt.targets if isinstance(stmt, ast.Assign) else
                       [stmt.target] if isinstance(stmt, ast.AnnAssign) else [])
            if isinstance(stmt, ast.ClassDef) and not stmt.name.startswith("_"):
                extra_names.append(stmt.name)
            for t in targets:
                if isinstance(t, ast.Name) and t.id == "__all__" and isinstance(stmt, ast.Assign):
                    extra_public = list(ast.literal_eval(stmt.value))
                elif isinstance(t, ast.Name) and not t.id.startswith("_"):
                    extra_names.append(t.id)
        clash = set(extra_names) & set(blocks)
        if clash:
            raise SchemaError(f"{self.extra.name} defines {sorted(clash)}, which the schemas define too")

        public = sorted(classes | (PUBLIC_ALIASES & set(blocks)) | set(extra_public))
        aliases = sorted(n for n in blocks if n not in classes)
        lines = [
            '"""Typed shapes of the documents the library returns (plain dicts and lists at run time).',
            "",
            "GENERATED by ``bindings-python/scripts/gen_types.py`` from ``spec/schema/*.schema.json``: do",
            "not edit. Regenerate with ``python bindings-python/scripts/gen_types.py``; the tests fail when",
            "it is stale. Types no schema describes are hand-written in ``_types_extra.py`` and re-exported",
            "here. A key the core may leave out is an optional key (``total=False``); a key always written",
            "but possibly ``null`` is a required key whose value may be None.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            f"from typing import {', '.join(sorted(self.typing))}",
            "",
            "from ._types_extra import (",
            *[f"    {n} as {n}," for n in sorted(extra_names)],
            ")",
            "",
            "__all__ = [",
            *[f'    "{n}",' for n in public],
            "]",
        ]
        for name in aliases + sorted(classes):
            lines += ["", "", *blocks[name]]
        return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    parser.add_argument("--out", type=Path, default=OUT, help="the file to write or check")
    args = parser.parse_args(argv)
    try:
        text = Generator().module()
    except SchemaError as e:
        print(f"gen_types: {e}", file=sys.stderr)
        return 2
    shown = args.out.resolve()
    shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{shown} is out of date with spec/schema/: run "
                  "python bindings-python/scripts/gen_types.py", file=sys.stderr)
            return 1
        print(f"{shown} is in sync with spec/schema/")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
