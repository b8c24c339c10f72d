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


# ---- no silent skips ---------------------------------------------------------------------------
#
# Every package the tests import is in requirements-dev.txt, so a skip (a `pytest.importorskip`
# whose package is missing, a `pytest.skip` call) means the run did not test what it says. A skip
# is a failure unless its test is listed here with the reason; xfail outcomes are not skips.
#: Test node id (or its prefix up to the parameters) → why it may skip. Empty today.
ALLOWED_SKIPS: dict[str, str] = {}


def _allowed(nodeid: str) -> bool:
    return nodeid in ALLOWED_SKIPS or nodeid.split("[", 1)[0] in ALLOWED_SKIPS


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not hasattr(report, "wasxfail") and not _allowed(report.nodeid):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = (
            f"{report.nodeid} skipped ({reason}); a skip is a failure unless listed in "
            "ALLOWED_SKIPS in tests/conftest.py (install bindings-python/requirements-dev.txt)"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped and not _allowed(report.nodeid):
        report.outcome = "failed"
        report.longrepr = (
            f"{report.nodeid} skipped at collection ({report.longrepr}); a skip is a failure "
            "unless listed in ALLOWED_SKIPS in tests/conftest.py"
        )
