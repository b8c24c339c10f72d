"""The examples in the docstrings (written once, in Rust `///` for the native classes) run."""

from __future__ import annotations

import doctest
import inspect
from typing import Any

import pytest

import lhs_maturity
import lhs_maturity.dask as lhs_dask


def docstrings() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("lhs_maturity", lhs_maturity.__doc__ or "")]
    for name in lhs_maturity.__all__:
        obj = getattr(lhs_maturity, name)
        if not (inspect.isclass(obj) or callable(obj)):
            continue
        out.append((name, inspect.getdoc(obj) or ""))
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                doc = getattr(value, "__doc__", None)
                if doc and ">>>" in doc:
                    out.append((f"{name}.{attr}", inspect.cleandoc(doc)))
    for name in lhs_dask.__all__:
        out.append((f"dask.{name}", inspect.getdoc(getattr(lhs_dask, name)) or ""))
    return [(n, d) for n, d in out if ">>>" in d]


CASES = docstrings()


@pytest.mark.parametrize(("name", "doc"), CASES, ids=[n for n, _ in CASES])
def test_docstring_examples(name: str, doc: str) -> None:
    globs: dict[str, Any] = {"lhs_maturity": lhs_maturity}
    parser = doctest.DocTestParser()
    test = parser.get_doctest(doc, globs, name, None, 0)
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.IGNORE_EXCEPTION_DETAIL
    )
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} example(s) failed (see the output above)"


def test_examples_exist() -> None:
    names = {n for n, _ in docstrings()}
    assert {"Framework", "Report", "score_frame", "LhsError", "Framework.score",
            "dask.score_frame", "dask.invalid_cells"} <= names
