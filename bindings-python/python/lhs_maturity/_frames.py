"""pandas conveniences: scoring a DataFrame of answers, and reports and indicators as tidy
DataFrames. Only conversion happens here: every rule (what a cell means, which cells are
invalid, every number) is the core's, reached through the native module."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast

from ._errors import LhsWarning
from . import _native
from ._native import Framework, Report, column_name

if TYPE_CHECKING:
    import pandas as pd

    from ._native import _NativeTable

__all__ = ["ReportFrames", "indicators_frame", "report_frames", "score_frame"]

def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised only without pandas
        raise ImportError(
            "this function needs pandas: pip install 'lhs-maturity[pandas]'"
        ) from e
    return pandas


class ReportFrames(NamedTuple):
    """The tables of a report as tidy DataFrames (``Report.to_frames()``)."""

    #: One row for the overall result, then each domain and sub-domain in framework order.
    domains: pd.DataFrame
    #: One row per indicator.
    indicators: pd.DataFrame
    #: One row per facet value.
    facets: pd.DataFrame
    #: One row per next step, highest priority first.
    recommendations: pd.DataFrame


def _frame(table: _NativeTable) -> pd.DataFrame:
    """One of the core's report tables as a DataFrame: whole-number columns as nullable
    ``Int64``, the others with the dtype pandas infers from their values."""
    pdm = _pandas()
    _, columns = table
    data = {
        name: pdm.array(values, dtype="Int64")
        if kind == "int"
        else pdm.Series(values, dtype=object if not values else None)
        for name, kind, values in columns
    }
    rows = len(columns[0][2]) if columns else 0
    return cast("pd.DataFrame", pdm.DataFrame(data, index=pdm.RangeIndex(rows)))


def report_frames(report: Report) -> ReportFrames:
    """The implementation of ``Report.to_frames()``: the core's tables of the report
    (``Report::tables``)."""
    domains, indicators, facets, recommendations = (_frame(t) for t in report._tables())
    return ReportFrames(domains, indicators, facets, recommendations)


#: The first columns of ``Framework.indicators_frame()``; the optional fields are always there.
_INDICATOR_COLUMNS = [
    "id", "domain", "subdomain", "name", "statement", "weight", "share", "reference",
    "effective_weight", "applies_to", "outcome", "question", "evidence", "basis.type",
    "basis.name",
]


def indicators_frame(framework: Framework, unit_kind: str | None = None) -> pd.DataFrame:
    """The implementation of ``Framework.indicators_frame()``."""
    pdm = _pandas()
    df = pdm.json_normalize(framework.indicators(unit_kind), sep=".")
    for c in _INDICATOR_COLUMNS:
        if c not in df.columns:
            df[c] = None
    first = _INDICATOR_COLUMNS
    return cast("pd.DataFrame", df[first + [c for c in df.columns if c not in first]])


def _column(pdm: Any, np: Any, position: int, s: pd.Series) -> tuple[int, str, Any, Any]:
    """One column as it crosses to the native module: numbers as float64 bytes, text and
    categories as their distinct values plus int32 codes, anything else value by value."""
    dt = s.dtype
    if isinstance(dt, pdm.CategoricalDtype):
        codes = s.cat.codes.to_numpy(dtype=np.int32)
        return (position, "cat", s.cat.categories.tolist(), codes.tobytes())
    if isinstance(dt, pdm.StringDtype):
        codes, uniques = pdm.factorize(s, use_na_sentinel=True)
        return (position, "cat", list(uniques), codes.astype(np.int32).tobytes())
    is_bool = pdm.api.types.is_bool_dtype(dt)
    if not is_bool and (pdm.api.types.is_integer_dtype(dt) or pdm.api.types.is_float_dtype(dt)):
        data = s.to_numpy(dtype=np.float64, na_value=np.nan)
        return (position, "f64", data.tobytes(), None)
    values = s.to_numpy(dtype=object, copy=True)
    values[pdm.isna(s).to_numpy(dtype=bool)] = None
    return (position, "obj", values.tolist(), None)


def _kinds(s: pd.Series) -> list[str | None]:
    """The values of a ``unit_kind`` column as text (None for an empty cell); the core reads
    them as it reads ``unit.kind``."""
    pdm = _pandas()
    missing = pdm.isna(s).to_numpy(dtype=bool)
    return [None if m else str(v) for v, m in zip(s.to_numpy(dtype=object), missing)]


def score_frame(
    df: pd.DataFrame,
    framework: Framework | None = None,
    *,
    errors: Literal["raise", "coerce"] = "raise",
    unknown: Literal["exclude", "zero"] = "exclude",
) -> pd.DataFrame:
    """Scores a data set of assessments: one row per assessment, one column per indicator.

    Cells are read with the core's rules: a whole number is a level (``2``, ``2.0``, ``"2"``),
    ``"na"``/``"n/a"`` is not applicable, ``"unknown"`` is unknown, and an empty cell (``NaN``,
    ``None``, ``pd.NA``, ``""``) is missing; indicators without a column are missing. Integer,
    float (with NaN), nullable, string/object and categorical columns all work. The numbers
    are exactly those of ``Framework.score`` for the same answers.

    A ``unit_kind`` column gives each row's unit kind (``district``, ``facility``... as
    ``unit.kind`` of an assessment): the indicators that do not apply to that kind are left out
    of the row's scores, counts and coverage, whatever the row answers for them (the core's
    ``Framework.apply_unit_kind``), exactly as ``Framework.score`` does with
    ``{"unit": {"kind": ...}}``. An empty cell or a value that is not a unit kind leaves every
    indicator applying.

    Args:
        df: one row per assessment; the columns are indicator ids, plus the optional
            metadata columns of a wide CSV (``unit_id``, ``unit_kind``, ``period``,
            ``respondent_id``, ``unit_name``... and labels of the unit such as
            ``unit_region``), which are copied to the result as they are; the columns are read
            by the same rule as a wide CSV's header (``csv.unknown_column``,
            ``csv.duplicate_column``).
        framework: the framework (default: ``Framework.builtin()``).
        errors: ``"raise"`` (default) raises ``InputError`` listing the invalid cells (up to
            1,000, each with its row position and column in ``details``: path
            ``/rows/<row>/<column>``); ``"coerce"`` treats them as missing, warns with
            ``LhsWarning`` and lists them in ``result.attrs["warnings"]``.
        unknown: how ``unknown`` answers count, as in ``Framework.score``: ``"exclude"``
            (default) or ``"zero"`` (counted as level 0).

    Returns:
        A DataFrame with the same index and, for ``overall`` then every domain and sub-domain
        (``Framework.matrix_nodes()``), the columns ``<id>_score`` (float, NaN when nothing
        is rated), ``<id>_level`` (nullable Int8) and ``<id>_coverage`` (float), where ``<id>``
        is the node id with its dots written as underscores (``column_name``: the one naming
        of every table of results, which SQL and Spark read without quoting).

    Raises:
        InputError: an unknown column (with the closest indicator id in ``help``), a duplicate
            column, invalid cells (with ``errors="raise"``), or ``unknown`` neither
            ``"exclude"`` nor ``"zero"`` (``input.invalid_option``).
        ImportError: pandas is not installed.

    Example:
        >>> import pandas as pd
        >>> from lhs_maturity import score_frame
        >>> df = pd.DataFrame({"unit_id": ["a", "b"],
        ...                    "inst.info.routine_data": [2, 4],
        ...                    "inst.info.me_integration": [3, "na"]})
        >>> out = score_frame(df)
        >>> out[["unit_id", "overall_score", "inst_info_level"]]
          unit_id  overall_score  inst_info_level
        0       a            2.5                2
        1       b            4.0                4

        With a ``unit_kind`` column, what does not apply to a facility is left out:

        >>> df = pd.DataFrame({"unit_kind": ["district", "facility"],
        ...                    "inst.info.routine_data": [2, 2],
        ...                    "inst.info.embedded_research": [4, 4]})
        >>> score_frame(df)[["unit_kind", "overall_score", "inst_info_coverage"]]
          unit_kind  overall_score  inst_info_coverage
        0  district            3.0            0.333333
        1  facility            2.0            0.250000
    """
    pdm = _pandas()
    import numpy as np

    if not isinstance(df, pdm.DataFrame):
        raise _native._argument_error("df", "dataframe", type(df).__name__)
    if errors not in ("raise", "coerce"):
        raise _native._argument_error(
            "errors", "choice", "str", value=repr(errors), choices="`'raise'`, `'coerce'`"
        )
    fw = framework if framework is not None else Framework.builtin()
    if not isinstance(fw, Framework):
        raise _native._argument_error("framework", "framework", type(fw).__name__)
    names = [str(c) for c in df.columns]
    positions = fw._frame_columns(names)
    rows = len(df)
    columns = [
        _column(pdm, np, pos, df.iloc[:, j]) for j, pos in enumerate(positions) if pos >= 0
    ]
    kinds = _kinds(df.iloc[:, names.index("unit_kind")]) if "unit_kind" in names else None
    nodes, score_b, level_b, cov_b, diags, count = fw._score_columns(
        rows, columns, errors == "coerce", unknown, kinds
    )
    n = len(nodes)
    # Node-major: row k of each array is the column of node k.
    score = np.frombuffer(score_b, dtype=np.float64).reshape(n, rows)
    level = np.frombuffer(level_b, dtype=np.int8).reshape(n, rows)
    coverage = np.frombuffer(cov_b, dtype=np.float64).reshape(n, rows)
    data: dict[str, Any] = {}
    # The metadata and unit_<label> columns (the core's `Framework.columns` says which), as given.
    for j, pos in enumerate(positions):
        if pos < 0:
            data[names[j]] = df.iloc[:, j].to_numpy()
    for k, node in enumerate(nodes):
        data[column_name(node, "score")] = score[k]
        # -1 is the core's "no level".
        data[column_name(node, "level")] = pdm.arrays.IntegerArray(level[k], level[k] < 0)
        data[column_name(node, "coverage")] = coverage[k]
    out = pdm.DataFrame(data, index=df.index, copy=False)
    out = cast("pd.DataFrame", out)
    out.attrs["warnings"] = diags
    if count:
        first = diags[0]["message"] if diags else ""
        warnings.warn(
            f"{count} invalid cell(s) treated as missing (see result.attrs['warnings']); "
            f"the first: {first}",
            LhsWarning,
            stacklevel=2,
        )
    return out
