"""Agreement and reliability statistics of a plain matrix of ratings, computed by the core (the
same code as ``pool``, ``agreement`` and ``reliability``), and Sobol' sensitivity indices.

- ``krippendorff_alpha(data, level_of_measurement="ordinal")``: ``data`` is raters × units, as
  in the ``krippendorff`` package.
- ``icc(data)``: ICC(2,1) and ICC(2,k) of raters × units (two-way random effects, absolute
  agreement), on the units every rater rated.
- ``cronbach_alpha(data)``: units × items, on the units that rated every item.
- ``sobol_sample(n, factors_or_groups, seed=2021)`` and ``sobol_indices(outputs, k,
  bootstrap=1000, seed=2021)``: the runs of a Sobol' sensitivity analysis and the first- and
  total-order indices of the model's outputs on them, as SALib computes them
  (``spec/SCORING.md`` §29).

``data`` is any two-dimensional array-like: a list of rows, a NumPy array or a pandas
DataFrame. ``None`` and NaN (and ``pd.NA``) are missing ratings. A statistic the data cannot
define (one rater, identical ratings, too few units) has ``value`` None and a ``note`` saying
why — never NaN.

Example:
    >>> from lhs_maturity import stats
    >>> ratings = [[1, 2, 3, 3], [1, 2, 3, 4]]          # 2 raters x 4 units
    >>> alpha = stats.krippendorff_alpha(ratings, "interval")
    >>> round(alpha.value, 6), alpha.units
    (0.888889, 4)
    >>> stats.krippendorff_alpha([[2, 2], [2, 2]])
    Estimate(value=None, note='every rating is the same level, so agreement beyond chance cannot be measured', units=2)
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Literal, NamedTuple

from . import _native
from ._types_extra import SobolIndices

__all__ = [
    "ICC",
    "Estimate",
    "SobolIndices",
    "cronbach_alpha",
    "icc",
    "krippendorff_alpha",
    "sobol_indices",
    "sobol_sample",
]


class Estimate(NamedTuple):
    """A statistic that may be undefined for the data at hand."""

    #: The value, or None when the data cannot define it.
    value: float | None
    #: Why the value is undefined (None when it is defined).
    note: str | None
    #: The units the statistic used: pairable units (with at least two ratings) for
    #: Krippendorff's alpha; complete units (every rater, every item) for the ICC and
    #: Cronbach's alpha.
    units: int


class ICC(NamedTuple):
    """ICC(2,1) and ICC(2,k) (Shrout & Fleiss 1979) with the number of units used."""

    #: ICC(2,1): two-way random effects, absolute agreement, a single rater.
    icc2_1: Estimate
    #: ICC(2,k): the same, for the mean of the k raters.
    icc2_k: Estimate
    #: The units every rater rated (listwise deletion).
    units: int


def _rows(data: Any) -> Any:
    """A pandas DataFrame or a NumPy array as a list of rows (missing values as NaN or None);
    anything else as given. Only conversion: the native module reads the numbers."""
    to_numpy = getattr(data, "to_numpy", None)
    if callable(to_numpy) and hasattr(data, "columns"):
        try:
            data = to_numpy(dtype="float64", na_value=float("nan"))
        except (TypeError, ValueError):
            # Not all numbers: keep the values, so that the error names the bad cell.
            data = data.astype(object).where(data.notna(), None).to_numpy()
    tolist = getattr(data, "tolist", None)
    if callable(tolist) and not isinstance(data, (list, tuple)):
        data = tolist()
    return data


def krippendorff_alpha(
    data: Any, level_of_measurement: Literal["ordinal", "interval"] = "ordinal"
) -> Estimate:
    """Krippendorff's alpha of a raters × units matrix (``spec/SCORING.md`` §15).

    The same definition as the ``krippendorff`` package: the coincidences of the units with at
    least two ratings, over the value domain of the values present (giving that package
    ``value_domain=range(5)`` for levels 0–4 gives the same value: values nobody gave change
    neither metric).

    Args:
        data: one row per rater, one column per unit (a list of rows, a NumPy array or a
            DataFrame); None / NaN is a missing rating. Rows may differ in length.
        level_of_measurement: ``"ordinal"`` (default) or ``"interval"``.

    Returns:
        Estimate: ``value`` (None when no unit has two ratings or every rating is the same
        value, with the reason in ``note``) and ``units``, the units with two ratings or more.

    Raises:
        InputError: a value that is not a number (``input.invalid_value``, path
            ``/<row>/<column>``), data that is not two-dimensional (``input.matrix_shape``),
            or another level of measurement (``input.invalid_metric``).

    Example:
        >>> import math
        >>> from lhs_maturity.stats import krippendorff_alpha
        >>> nan = math.nan  # the example of the krippendorff package
        >>> data = [[nan, nan, nan, nan, nan, 3, 4, 1, 2, 1, 1, 3, 3, nan, 3],
        ...         [1, nan, 2, 1, 3, 3, 4, 3, nan, nan, nan, nan, nan, nan, nan],
        ...         [nan, nan, 2, 1, 3, 4, 4, nan, 2, 1, 1, 3, 3, nan, 4]]
        >>> round(krippendorff_alpha(data, "interval").value, 6)
        0.810845
    """
    value, note, units = _native._krippendorff_alpha(_rows(data), level_of_measurement)
    return Estimate(value, note, units)


def icc(data: Any) -> ICC:
    """ICC(2,1) and ICC(2,k) of a raters × units matrix: two-way random effects, absolute
    agreement (Shrout & Fleiss 1979; pingouin's ``ICC2`` / ``ICC2k``, named ``ICC(A,1)`` /
    ``ICC(A,k)`` in recent versions), on the units every rater rated (listwise deletion, as
    ``pingouin.intraclass_corr(..., nan_policy="omit")``).

    Args:
        data: one row per rater, one column per unit (the orientation of
            ``krippendorff_alpha``); None / NaN is a missing rating.

    Returns:
        ICC: ``(icc2_1, icc2_k, units)``; each estimate has ``value`` None and a ``note``
        with fewer than two raters, fewer than two complete units, or no variance.

    Raises:
        InputError: as ``krippendorff_alpha``.

    Example:
        >>> from lhs_maturity.stats import icc
        >>> single, average, units = icc([[1, 2, 3, None], [1, 3, 3, 4]])
        >>> round(single.value, 4), round(average.value, 4), units
        (0.8571, 0.9231, 3)
    """
    single, average, units = _native._icc2(_rows(data))
    return ICC(Estimate(*single, units), Estimate(*average, units), units)


def cronbach_alpha(data: Any) -> Estimate:
    """Cronbach's alpha of a units × items matrix, on the units that rated every item
    (listwise deletion: ``pingouin.cronbach_alpha(..., nan_policy="listwise")``), with sample
    variances (``spec/SCORING.md`` §18).

    Args:
        data: one row per unit (respondent, district...), one column per item; None / NaN is
            a missing value, and a row with one is left out.

    Returns:
        Estimate: ``value`` (None for fewer than two items or complete units, or when every
        unit has the same total, with the reason in ``note``) and ``units``, the complete rows
        used.

    Raises:
        InputError: as ``krippendorff_alpha``.

    Example:
        >>> from lhs_maturity.stats import cronbach_alpha
        >>> alpha = cronbach_alpha([[1, 1, 2], [2, 2, 2], [3, 3, 4], [4, 3, 4], [None, 1, 1]])
        >>> round(alpha.value, 6), alpha.units
        (0.961832, 4)
    """
    value, note, units = _native._cronbach_alpha(_rows(data))
    return Estimate(value, note, units)


def sobol_sample(
    n: int, factors_or_groups: int | Sequence[Hashable], seed: int = 2021
) -> list[list[float]]:
    """The runs of a Sobol' sensitivity analysis: Saltelli's design on a scrambled Sobol'
    sequence, in the order of SALib's ``SALib.sample.sobol.sample(problem, n,
    calc_second_order=False)`` (``spec/SCORING.md`` §29).

    ``n`` base points of an Owen-scrambled Sobol' sequence in ``[0, 1)^(2d)`` for ``d``
    factors: the first ``d`` coordinates of point ``j`` are its row ``A_j``, the last ``d`` its
    row ``B_j``. Each base point gives ``k + 2`` runs: ``A_j``; for each group ``i``, ``A_j``
    with the factors of group ``i`` taken from ``B_j``; then ``B_j``. Without groups each factor
    is its own group (``k = d``).

    Args:
        n: the number of base points, from 1 to 65536; a power of 2 (1024, 4096...) keeps the
            balance of the Sobol' points.
        factors_or_groups: the number of factors ``d`` (1 to 128), or the group label of each
            factor (SALib's ``groups``): factors with the same label are swapped together,
            and the groups are numbered in order of first appearance.
        seed: the scrambling of the sequence (a whole number ≥ 0; the same seed, the same
            runs).

    Returns:
        list[list[float]]: ``n * (k + 2)`` runs of ``d`` values in ``[0, 1)`` (``np.asarray``
        makes it a NumPy array). Map each column to its factor's range or distribution, run
        the model on every row, and give the outputs, in the same order, to
        ``sobol_indices``.

    Raises:
        InputError: ``n`` or the number of factors out of range
            (``input.invalid_sobol_option``, path ``/n`` or ``/factors_or_groups``), or a
            negative number (``argument.invalid_value``).
        ArgumentError: an argument of another type (``argument.invalid_type``).

    Example:
        >>> from lhs_maturity.stats import sobol_sample
        >>> runs = sobol_sample(4, 3, seed=1)
        >>> len(runs), len(runs[0])            # 4 base points x (3 + 2) runs, 3 factors
        (20, 3)
        >>> a, ab0, b = runs[0], runs[1], runs[4]
        >>> ab0 == [b[0], a[1], a[2]]           # factor 0 taken from B
        True
        >>> len(sobol_sample(4, ["weights", "weights", "rule"]))  # two groups: 4 x (2 + 2)
        16
    """
    runs, _k = _native._sobol_sample(n, factors_or_groups, seed)
    return runs


def sobol_indices(
    outputs: Any, k: int, bootstrap: int = 1000, seed: int = 2021
) -> SobolIndices:
    """First- and total-order Sobol' indices of a model's outputs on the runs of
    ``sobol_sample``: the point estimates of SALib's ``SALib.analyze.sobol.analyze(problem, Y,
    calc_second_order=False)``, with seeded bootstrap intervals (``spec/SCORING.md`` §29).

    The outputs are standardised over all runs, ``Y = (Y - mean) / std`` (population standard
    deviation); ``A``, ``B`` and ``AB_i`` are the outputs of the runs of each base point, and
    ``V`` the population variance of ``A`` and ``B`` together:
    ``S1_i = mean(B * (AB_i - A)) / V`` (Saltelli et al. 2010) and
    ``ST_i = 0.5 * mean((A - AB_i) ** 2) / V`` (Jansen 1999). When every output is the same, or
    ``A`` and ``B`` do not vary (where SALib returns 0 with a warning), every index is None and
    ``note`` says why — never NaN.

    The intervals: ``bootstrap`` resamples of the base points (drawn with replacement, as SALib
    does, from the seeded ChaCha8 generator: one stream per resample), the 2.5% and 97.5%
    quantiles of each index's resampled values (linear interpolation, NumPy's default
    ``percentile``). SALib reports instead ``1.96`` times their standard deviation, from its own
    random numbers.

    Args:
        outputs: the model's output on every run, in the order of the runs (a list, a NumPy
            array, a pandas Series): ``n * (k + 2)`` finite numbers.
        k: the number of factors, or of groups, of the design.
        bootstrap: the resamples (default 1000; 0: no intervals).
        seed: the seed of the bootstrap (a whole number ≥ 0).

    Returns:
        SobolIndices: ``S1`` and ``ST`` (one per factor or group, None when undefined), their
        intervals ``S1_interval`` and ``ST_interval``, ``note``, and the settings ``k``, ``n``,
        ``bootstrap``, ``seed`` and ``level`` (0.95).

    Raises:
        InputError: ``k`` is 0, the number of outputs is not a positive multiple of ``k + 2``,
            or an output is not a finite number (``input.invalid_sobol_option``, at ``/k``,
            ``/outputs`` or ``/outputs/<i>``, the first such output); ``k``, ``bootstrap`` or
            ``seed`` negative (``argument.invalid_value``).
        ArgumentError: ``outputs`` is not a list of numbers, or ``k``, ``bootstrap`` or ``seed``
            is not a whole number (``argument.invalid_type``).

    Example:
        >>> from lhs_maturity.stats import sobol_indices, sobol_sample
        >>> runs = sobol_sample(1024, 3)
        >>> y = [x0 + 2 * x1 for x0, x1, x2 in runs]   # the third factor does nothing
        >>> s = sobol_indices(y, 3)
        >>> [round(v, 2) for v in s.S1], [round(v, 2) for v in s.ST]
        ([0.2, 0.8, 0.0], [0.2, 0.8, 0.0])
        >>> low, high = s.ST_interval[1]
        >>> low < s.ST[1] < high, s.bootstrap, s.seed
        (True, 1000, 2021)
        >>> sobol_indices([1.0] * 10, 3).note
        'every output is the same, so there is no variance to apportion'
    """
    tolist = getattr(outputs, "tolist", None)
    if callable(tolist) and not isinstance(outputs, (list, tuple)):
        outputs = tolist()
    s1, st, s1_interval, st_interval, note, n, resamples, used_seed, level = (
        _native._sobol_indices(outputs, k, bootstrap, seed)
    )
    return SobolIndices(
        S1=s1,
        ST=st,
        S1_interval=s1_interval,
        ST_interval=st_interval,
        note=note,
        k=len(s1),
        n=n,
        bootstrap=resamples,
        seed=used_seed,
        level=level,
    )
