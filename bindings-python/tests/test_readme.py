"""The README's Python quickstart (and the package README's examples) run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def section(text: str, name: str) -> str:
    m = re.search(rf"<!-- BEGIN {name} -->(.*?)<!-- END {name} -->", text, flags=re.S)
    assert m, f"no {name} section"
    return m.group(1)


def run(code: str, where: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in examples are relative to the repository root
    exec(compile(code, str(where), "exec"), {"__name__": "__readme__"})


def test_top_level_readme_quickstart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = ROOT / "README.md"
    blocks = python_blocks(section(readme.read_text(encoding="utf-8"), "python"))
    assert len(blocks) == 2, "the Python section has the quickstart and the Dask block"
    # One after the other, as in a notebook: the Dask block scores the quickstart's `data`.
    run("\n".join(blocks), readme, tmp_path, monkeypatch)


def test_top_level_readme_analysis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python example of the researchers' section runs as written."""
    readme = ROOT / "README.md"
    blocks = python_blocks(section(readme.read_text(encoding="utf-8"), "analysis"))
    assert len(blocks) == 1, "the researchers' section has one Python block"
    run(blocks[0], readme, tmp_path, monkeypatch)


def test_package_readme_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = ROOT / "bindings-python" / "README.md"
    blocks = python_blocks(readme.read_text(encoding="utf-8"))
    assert len(blocks) >= 2
    for block in blocks:
        run(block, readme, tmp_path, monkeypatch)
