"""Sobol' sensitivity indices (``stats.sobol_sample``, ``stats.sobol_indices``) against SALib, the
reference implementation (``SALib.analyze.sobol.analyze(..., calc_second_order=False)``): for
several models and 2 to 8 factors or groups, on our design and on SALib's own, the first- and
total-order point estimates agree to 1e-9. SALib's confidence intervals come from its own random
numbers and are not compared; ours are checked for what they promise (seeded, around the
estimate). Also the design's order against SALib's sampler, and the argument errors."""

from __future__ import annotations

import doctest
import math
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pytest
from SALib.analyze import sobol as salib_analyze
from SALib.sample import sobol as salib_sample

import lhs_maturity
from lhs_maturity import InputError, stats

TOLERANCE = 1e-9
N = 1 << 10

Model = Callable[[Any], Any]


def ishigami(x: Any) -> Any:
    return np.sin(x[:, 0]) + 7.0 * np.sin(x[:, 1]) ** 2 + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0])


def linear(x: Any) -> Any:
    return x @ np.arange(1.0, x.shape[1] + 1.0)


def g_function(x: Any) -> Any:
    """Sobol's g-function on [0, 1]^d: interactions of every order."""
    a = np.array([0.0, 1.0, 4.5, 9.0, 99.0, 99.0, 99.0, 99.0])[: x.shape[1]]
    return np.prod((np.abs(4.0 * x - 2.0) + a) / (1.0 + a), axis=1)


def with_constant_factor(x: Any) -> Any:
    """The last factor does nothing: its indices are 0."""
    return np.exp(x[:, 0]) * (1.0 + x[:, 1:-1].sum(axis=1))


# (name, model, bounds of every factor, groups or None)
CASES: list[tuple[str, Model, tuple[float, float], int, list[str] | None]] = [
    ("ishigami", ishigami, (-math.pi, math.pi), 3, None),
    *[(f"linear-{d}", linear, (0.0, 1.0), d, None) for d in range(2, 9)],
    *[(f"g-{d}", g_function, (0.0, 1.0), d, None) for d in (2, 5, 8)],
    *[(f"constant-{d}", with_constant_factor, (-1.0, 1.0), d, None) for d in (3, 8)],
    ("groups-2", g_function, (0.0, 1.0), 5, ["a", "a", "b", "b", "b"]),
    ("groups-3", ishigami, (-math.pi, math.pi), 3, ["x13", "x2", "x13"]),
    ("groups-4", linear, (0.0, 1.0), 8, ["w", "w", "agg", "mis", "mis", "mis", "n", "agg"]),
    ("groups-8", g_function, (0.0, 1.0), 8, [f"g{i}" for i in (7, 6, 5, 4, 3, 2, 1, 0)]),
]
IDS = [c[0] for c in CASES]


def problem(d: int, bounds: tuple[float, float], groups: list[str] | None) -> dict[str, Any]:
    p: dict[str, Any] = {"num_vars": d, "names": [f"x{i}" for i in range(d)], "bounds": [list(bounds)] * d}
    if groups is not None:
        p["groups"] = groups
    return p


def salib(p: dict[str, Any], y: Any) -> tuple[Any, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SALib's notes on constant outputs and the like
        si = salib_analyze.analyze(p, y, calc_second_order=False, print_to_console=False, seed=7)
    return si["S1"], si["ST"]


LARGEST: list[float] = []


def compare(ours: stats.SobolIndices, theirs: tuple[Any, Any]) -> float:
    s1, st = theirs
    assert len(ours.S1) == len(s1) and len(ours.ST) == len(st)
    assert all(v is not None for v in ours.S1 + ours.ST), ours.note
    diff = max(abs(float(a) - float(b)) for a, b in zip([*ours.S1, *ours.ST], [*s1, *st]) if a is not None)
    LARGEST.append(diff)
    assert diff <= TOLERANCE, (diff, ours.S1, s1, ours.ST, st)
    return diff


@pytest.mark.parametrize(("name", "model", "bounds", "d", "groups"), CASES, ids=IDS)
def test_our_design_gives_salibs_indices(
    name: str, model: Model, bounds: tuple[float, float], d: int, groups: list[str] | None
) -> None:
    runs = np.asarray(stats.sobol_sample(N, groups if groups is not None else d, seed=3))
    k = d if groups is None else len(dict.fromkeys(groups))
    assert runs.shape == (N * (k + 2), d)
    assert ((runs >= 0.0) & (runs < 1.0)).all()
    low, high = bounds
    y = model(low + runs * (high - low))
    ours = stats.sobol_indices(y, k, bootstrap=100)
    compare(ours, salib(problem(d, bounds, groups), y))
    if name.startswith("constant"):
        assert ours.S1[-1] == 0.0 and ours.ST[-1] == 0.0
    for estimate, interval in zip(ours.S1 + ours.ST, ours.S1_interval + ours.ST_interval):
        assert interval is not None and estimate is not None
        assert interval[0] <= estimate <= interval[1]


@pytest.mark.parametrize(("name", "model", "bounds", "d", "groups"), CASES, ids=IDS)
def test_salibs_design_gives_salibs_indices(
    name: str, model: Model, bounds: tuple[float, float], d: int, groups: list[str] | None
) -> None:
    p = problem(d, bounds, groups)
    x = salib_sample.sample(p, N, calc_second_order=False, seed=11)
    y = model(x)
    k = d if groups is None else len(dict.fromkeys(groups))
    compare(stats.sobol_indices(y, k, bootstrap=0), salib(p, y))


def test_largest_difference_is_reported() -> None:
    """Run after the comparisons (file order): the largest difference seen, for the record."""
    assert LARGEST, "the comparisons did not run"
    print(f"largest |ours - SALib| over {len(LARGEST)} comparisons: {max(LARGEST):.3e}")
    assert max(LARGEST) <= TOLERANCE


def salib_order(runs: Any, d: int, k: int, groups: Sequence[int]) -> None:
    """The runs of each base point are A, AB_1..AB_k, B, AB_i taking group i's columns from B:
    the layout SALib's sampler writes and its analysis reads."""
    for block in runs.reshape(-1, k + 2, d):
        a, b = block[0], block[-1]
        for i in range(k):
            want = np.where(np.asarray(groups) == i, b, a)
            assert (block[i + 1] == want).all()


def test_the_runs_are_in_salibs_order() -> None:
    salib_order(np.asarray(stats.sobol_sample(8, 4)), 4, 4, [0, 1, 2, 3])
    labels = ["w", "w", "agg", "w", "mis"]
    salib_order(np.asarray(stats.sobol_sample(8, labels)), 5, 3, [0, 0, 1, 0, 2])
    # SALib's own sample has the same layout (its groups numbered by first appearance too).
    x = salib_sample.sample(problem(5, (0.0, 1.0), labels), 8, calc_second_order=False, seed=1)
    salib_order(x, 5, 3, [0, 0, 1, 0, 2])


def test_seeds() -> None:
    assert stats.sobol_sample(16, 3, seed=5) == stats.sobol_sample(16, 3, seed=5)
    assert stats.sobol_sample(16, 3, seed=5) != stats.sobol_sample(16, 3, seed=6)
    assert stats.sobol_sample(16, 3) == stats.sobol_sample(16, 3, seed=2021)
    runs = np.asarray(stats.sobol_sample(256, 3, seed=1))
    y = ishigami(-math.pi + runs * 2 * math.pi)
    a, b, c = (stats.sobol_indices(y, 3, bootstrap=200, seed=s) for s in (1, 1, 2))
    assert a == b
    assert (a.S1, a.ST) == (c.S1, c.ST) and a.S1_interval != c.S1_interval
    assert (a.bootstrap, a.seed, a.level, a.k, a.n) == (200, 1, 0.95, 3, 256)
    # Any sequence of numbers: a list, a NumPy array, a pandas Series.
    import pandas as pd

    assert stats.sobol_indices(list(y), 3, bootstrap=200, seed=1) == a
    assert stats.sobol_indices(pd.Series(y), 3, bootstrap=200, seed=1) == a


def test_undefined_indices_are_none_with_a_note() -> None:
    flat = stats.sobol_indices([2.0] * 12, 2)
    assert flat.S1 == [None, None] and flat.ST == [None, None]
    assert flat.S1_interval == [None, None] and flat.note is not None
    # A and B constant (SALib: 0 with a warning), the runs in between not.
    y = [0.0, 1.0, 5.0, 0.0] * 8
    r = stats.sobol_indices(y, 2)
    assert r.S1 == [None, None] and "do not vary" in (r.note or "")
    assert not any(isinstance(v, float) and math.isnan(v) for v in r.S1 + r.ST)
    none = stats.sobol_indices(linear(np.asarray(stats.sobol_sample(16, 2))), 2, bootstrap=0)
    assert none.S1_interval == [None, None] and none.S1[0] is not None


def test_bad_arguments() -> None:
    def error(call: Callable[[], object]) -> tuple[str, str, str]:
        with pytest.raises(lhs_maturity.LhsError) as info:
            call()
        return type(info.value).__name__, info.value.code, info.value.path

    code = "input.invalid_sobol_option"
    assert error(lambda: stats.sobol_sample(0, 3)) == ("InputError", code, "/n")
    assert error(lambda: stats.sobol_sample(1 << 17, 3)) == ("InputError", code, "/n")
    assert error(lambda: stats.sobol_sample(8, 129)) == ("InputError", code, "/factors_or_groups")
    assert error(lambda: stats.sobol_sample(8, [])) == ("InputError", code, "/factors_or_groups")
    assert error(lambda: stats.sobol_sample(8, "abc")) == ("ArgumentError", "argument.invalid_type", "/factors_or_groups")
    assert error(lambda: stats.sobol_sample(8, 2.0)) == ("ArgumentError", "argument.invalid_type", "/factors_or_groups")  # type: ignore[arg-type]
    assert error(lambda: stats.sobol_sample(-1, 3)) == ("InputError", "argument.invalid_value", "/n")
    assert error(lambda: stats.sobol_sample(8, 3, seed=-1)) == ("InputError", "argument.invalid_value", "/seed")
    assert error(lambda: stats.sobol_sample(True, 3)) == ("ArgumentError", "argument.invalid_type", "/n")
    assert error(lambda: stats.sobol_indices([1.0] * 7, 2)) == ("InputError", code, "/outputs")
    assert error(lambda: stats.sobol_indices([], 2)) == ("InputError", code, "/outputs")
    assert error(lambda: stats.sobol_indices([1.0] * 8, 0)) == ("InputError", code, "/k")
    assert error(lambda: stats.sobol_indices([1.0, math.nan, 2.0, 3.0], 2)) == ("InputError", code, "/outputs/1")
    assert error(lambda: stats.sobol_indices([1.0, 2.0, None, 3.0], 2)) == ("InputError", code, "/outputs/2")
    assert error(lambda: stats.sobol_indices(np.array([1.0, 2.0, 3.0, np.inf]), 2)) == ("InputError", code, "/outputs/3")
    assert error(lambda: stats.sobol_indices(3.0, 2)) == ("ArgumentError", "argument.invalid_type", "/outputs")
    assert error(lambda: stats.sobol_indices("1234", 2)) == ("ArgumentError", "argument.invalid_type", "/outputs")
    assert error(lambda: stats.sobol_indices([1.0] * 8, 2, bootstrap=-5)) == ("InputError", "argument.invalid_value", "/bootstrap")
    with pytest.raises(InputError) as info:
        stats.sobol_indices([1.0, "x", math.inf, 2.0], 2)
    assert info.value.help == "2 outputs are not finite numbers; run the model again for them"


def test_docstring_examples() -> None:
    for obj in (stats.sobol_sample, stats.sobol_indices):
        finder = doctest.DocTestFinder(recurse=False)
        for test in finder.find(obj, globs={"lhs_maturity": lhs_maturity}):
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
            runner.run(test)
            assert runner.summarize(verbose=False).failed == 0, test.name
