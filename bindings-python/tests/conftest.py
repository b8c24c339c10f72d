"""Shared fixtures of the Python test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

import lhs_maturity

#: The repository root (bindings-python/tests/../..).
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def fw() -> lhs_maturity.Framework:
    return lhs_maturity.Framework.builtin()


@pytest.fixture(scope="session")
def ids(fw: lhs_maturity.Framework) -> list[str]:
    return [i["id"] for i in fw.indicators()]
