"""Agreement and reliability statistics of a plain matrix of ratings, computed by the core (the
same code as ``pool``, ``agreement`` and ``reliability``).

- ``krippendorff_alpha(data, level_of_measurement="ordinal")``: ``data`` is raters × units, as
  in the ``krippendorff`` package.
- ``icc(data)``: ICC(2,1) and ICC(2,k) of raters × units (two-way random effects, absolute
  agreement), on the units every rater rated.
- ``cronbach_alpha(data)``: units × items, on the units that rated every item.

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

from typing import Any, Literal, NamedTuple

from . import _native

__all__ = ["ICC", "Estimate", "cronbach_alpha", "icc", "krippendorff_alpha"]


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
