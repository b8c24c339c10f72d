"""pandas conveniences: scoring a DataFrame of answers, and reports and indicators as tidy
DataFrames. Only conversion happens here: every rule (what a cell means, which cells are
invalid, every number) is the core's, reached through the native module."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast, overload

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
    """One column as it crosses to the native module: numbers as a float64 array (read where
    pandas holds it when it is one already), text and categories as their distinct values plus
    an int32 array of codes, anything else value by value."""
    dt = s.dtype
    if isinstance(dt, np.dtype) and dt.kind in "iuf":
        # NumPy numbers (not booleans), the common case, without pandas' dtype checks.
        return (position, "f64", np.ascontiguousarray(s.to_numpy(dtype=np.float64)), None)
    if isinstance(dt, pdm.CategoricalDtype):
        codes = s.cat.codes.to_numpy(dtype=np.int32)
        return (position, "cat", s.cat.categories.tolist(), np.ascontiguousarray(codes))
    if isinstance(dt, pdm.StringDtype):
        codes, uniques = pdm.factorize(s, use_na_sentinel=True)
        return (position, "cat", list(uniques), np.ascontiguousarray(codes, dtype=np.int32))
    is_bool = pdm.api.types.is_bool_dtype(dt)
    if not is_bool and (pdm.api.types.is_integer_dtype(dt) or pdm.api.types.is_float_dtype(dt)):
        data = s.to_numpy(dtype=np.float64, na_value=np.nan)
        return (position, "f64", np.ascontiguousarray(data), None)
    values = s.to_numpy(dtype=object, copy=True)
    values[pdm.isna(s).to_numpy(dtype=bool)] = None
    return (position, "obj", values.tolist(), None)


def _kinds(s: pd.Series) -> list[str | None]:
    """The values of a ``unit_kind`` column as text (None for an empty cell); the core reads
    them as it reads ``unit.kind``."""
    pdm = _pandas()
    missing = pdm.isna(s).to_numpy(dtype=bool)
    return [None if m else str(v) for v, m in zip(s.to_numpy(dtype=object), missing)]


def framework_arg(framework: Framework | None) -> Framework:
    """`framework=` of the table functions (here, `lhs_maturity.dask`, `lhs_maturity.spark`):
    the built-in framework when None, else a `Framework` (any other type is
    `argument.invalid_type`)."""
    fw = framework if framework is not None else Framework.builtin()
    if not isinstance(fw, Framework):
        raise _native._argument_error("framework", "framework", type(fw).__name__)
    return fw


def _library(df: Any) -> str | None:
    """Which library's table ``df`` is, without importing any: ``"pandas"``, ``"polars"`` or
    ``"arrow"`` (a pyarrow ``Table`` or ``RecordBatch``); None for anything else."""
    module = type(df).__module__.split(".")[0]
    name = type(df).__name__
    if module == "pandas" and name == "DataFrame":
        return "pandas"
    if module == "polars" and name == "DataFrame":
        return "polars"
    if module == "pyarrow" and name in ("Table", "RecordBatch"):
        return "arrow"
    return None


def _polars_column(np: Any, position: int, s: Any) -> tuple[int, str, Any, Any]:
    """A polars column as it crosses to the native module: numbers as a float64 array (nulls as
    NaN, by polars' own ``to_numpy``), an ``Enum`` as its categories and codes, anything else
    (text, categoricals, booleans) value by value."""
    import polars as pl

    dt = s.dtype
    if isinstance(dt, pl.Enum):
        codes = s.to_physical().cast(pl.Int32).fill_null(-1).to_numpy()
        return (position, "cat", dt.categories.to_list(), np.ascontiguousarray(codes, np.int32))
    if dt.is_numeric():
        data = s.cast(pl.Float64).fill_null(float("nan")).to_numpy()
        return (position, "f64", np.ascontiguousarray(data, dtype=np.float64), None)
    return (position, "obj", s.to_list(), None)


def _arrow_column(np: Any, position: int, col: Any) -> tuple[int, str, Any, Any]:
    """A pyarrow column (an ``Array`` or a ``ChunkedArray``) as it crosses to the native module:
    numbers as a float64 array (nulls as NaN), text (``string``, ``large_string``,
    ``string_view``) and dictionary-encoded columns as their dictionary and int32 codes, by
    pyarrow's own compute functions; anything else value by value."""
    import pyarrow as pa
    import pyarrow.compute as pc

    t = col.type
    if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
        data = pc.fill_null(pc.cast(col, pa.float64()), float("nan")).to_numpy()
        return (position, "f64", np.ascontiguousarray(data, dtype=np.float64), None)
    text = (pa.types.is_string(t) or pa.types.is_large_string(t)
            or pa.types.is_string_view(t))
    if text or pa.types.is_dictionary(t):
        if text:
            col = pc.dictionary_encode(pc.cast(col, pa.large_string()))
        if isinstance(col, pa.ChunkedArray):
            col = col.unify_dictionaries().combine_chunks()
        codes = pc.fill_null(pc.cast(col.indices, pa.int32()), -1).to_numpy()
        values = col.dictionary.to_pylist()
        return (position, "cat", values, np.ascontiguousarray(codes, dtype=np.int32))
    return (position, "obj", col.to_pylist(), None)


def _text_values(values: list[Any]) -> list[str | None]:
    """The values of a ``unit_kind`` column as text (None for an empty cell); the core reads
    them as it reads ``unit.kind``."""
    return [None if v is None else str(v) for v in values]


def _pandas_result(df: Any, copied: list[tuple[str, Any]], schema: list[Any],
                   node_row: dict[str, int], result: dict[str, Any]) -> Any:
    """The scores as a pandas DataFrame with the input's index: NaN for an empty score or
    coverage, a nullable ``Int8`` level."""
    pdm = _pandas()
    # `.array` keeps the column's dtype (string, categorical, nullable...) and ignores the index.
    data: dict[str, Any] = {name: col.array for name, col in copied}
    for c in schema:
        values = result[c["measure"]][node_row[c["node"]]]
        if c["type"] == "int8":
            # -1 is the core's "no level".
            values = pdm.arrays.IntegerArray(values, values < 0)
        data[c["name"]] = values
    return pdm.DataFrame(data, index=df.index, copy=False)


def _polars_result(df: Any, copied: list[tuple[str, Any]], schema: list[Any],
                   node_row: dict[str, int], result: dict[str, Any]) -> Any:
    """The scores as a polars DataFrame: null (not NaN) for an empty score, level or
    coverage."""
    import polars as pl

    series = [col for _, col in copied]
    for c in schema:
        values = result[c["measure"]][node_row[c["node"]]]
        if c["type"] == "int8":
            s = pl.Series(c["name"], values, dtype=pl.Int8).set(pl.Series(values < 0), None)
        else:
            s = pl.Series(c["name"], values, dtype=pl.Float64).fill_nan(None)
        series.append(s)
    return pl.DataFrame(series)


def _arrow_result(df: Any, copied: list[tuple[str, Any]], schema: list[Any],
                  node_row: dict[str, int], result: dict[str, Any]) -> Any:
    """The scores as a pyarrow Table (a RecordBatch for a RecordBatch): null (not NaN) for an
    empty score, level or coverage."""
    import pyarrow as pa

    names = [name for name, _ in copied]
    arrays = [col for _, col in copied]
    for c in schema:
        values = result[c["measure"]][node_row[c["node"]]]
        if c["type"] == "int8":
            arrays.append(pa.array(values, type=pa.int8(), mask=values < 0))
        else:
            arrays.append(pa.array(values, type=pa.float64(), from_pandas=True))
        names.append(c["name"])
    if type(df).__name__ == "RecordBatch":
        return pa.RecordBatch.from_arrays(arrays, names=names)
    return pa.Table.from_arrays(arrays, names=names)


@overload
def score_frame(
    df: pd.DataFrame,
    framework: Framework | None = None,
    *,
    errors: Literal["raise", "coerce"] = "raise",
    unknown: Literal["exclude", "zero"] = "exclude",
    error_rows: Literal["position", "index"] = "position",
) -> pd.DataFrame: ...


@overload
def score_frame(
    df: Any,
    framework: Framework | None = None,
    *,
    errors: Literal["raise", "coerce"] = "raise",
    unknown: Literal["exclude", "zero"] = "exclude",
    error_rows: Literal["position", "index"] = "position",
) -> Any: ...


def score_frame(
    df: Any,
    framework: Framework | None = None,
    *,
    errors: Literal["raise", "coerce"] = "raise",
    unknown: Literal["exclude", "zero"] = "exclude",
    error_rows: Literal["position", "index"] = "position",
) -> Any:
    """Scores a data set of assessments: one row per assessment, one column per indicator, as
    a pandas DataFrame, a polars DataFrame, or a pyarrow Table or RecordBatch; the result is
    of the same kind.

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
        error_rows: how errors and warnings name a row: ``"position"`` (default, from 0) or
            ``"index"``, its label in the pandas index (what ``lhs_maturity.dask.score_frame``
            uses, so that a partition names its rows as the whole frame does). polars and
            Arrow tables have no index: their rows are named by position.

    Returns:
        A table of the input's kind (pandas: with the same index) holding the metadata columns
        as given, then the columns of ``Framework.result_columns()``: for ``overall`` then
        every domain and sub-domain (``Framework.matrix_nodes()``), ``<id>_score`` (float64),
        ``<id>_level`` (int8) and ``<id>_coverage`` (float64), where ``<id>`` is the node id
        with its dots written as underscores (``column_name``: the one naming of every table
        of results, which SQL and Spark read without quoting). An empty value (nothing rated,
        nothing applies) is NaN in pandas' float columns and ``<NA>`` in its nullable Int8
        levels; null in polars and Arrow. polars columns are read with polars' own
        ``to_numpy`` (numbers) and an ``Enum``'s codes; Arrow columns with pyarrow's compute
        functions (numbers, dictionary-encoded and text columns, chunked or not). With
        ``errors="coerce"``, the cells treated as missing are in ``result.attrs["warnings"]``
        (pandas) and in the ``LhsWarning``'s ``details`` (every kind).

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
    import numpy as np

    library = _library(df)
    if library is None:
        raise _native._argument_error("df", "dataframe", type(df).__name__)
    if errors not in ("raise", "coerce"):
        raise _native._argument_error(
            "errors", "choice", "str", value=repr(errors), choices="`'raise'`, `'coerce'`"
        )
    if error_rows not in ("position", "index"):
        raise _native._argument_error(
            "error_rows", "choice", "str", value=repr(error_rows),
            choices="`'position'`, `'index'`"
        )
    fw = framework_arg(framework)
    get: Callable[[int], Any]
    convert: Callable[[int, Any], tuple[int, str, Any, Any]]
    kinds_of: Callable[[Any], list[str | None]]
    if library == "pandas":
        pdm = _pandas()
        names = [str(c) for c in df.columns]
        # `items()` is several times cheaper than `iloc` per column, and keeps duplicate names.
        series = [s for _, s in df.items()]

        def get(j: int) -> Any:
            return series[j]

        def convert(pos: int, c: Any) -> tuple[int, str, Any, Any]:
            return _column(pdm, np, pos, c)

        kinds_of = _kinds
        rows = len(df)
    elif library == "polars":
        names = list(df.columns)

        def get(j: int) -> Any:
            return df.to_series(j)

        def convert(pos: int, c: Any) -> tuple[int, str, Any, Any]:
            return _polars_column(np, pos, c)

        def kinds_of(c: Any) -> list[str | None]:
            return _text_values(c.to_list())

        rows = df.height
    else:
        names = list(df.schema.names)

        def get(j: int) -> Any:
            return df.column(j)

        def convert(pos: int, c: Any) -> tuple[int, str, Any, Any]:
            return _arrow_column(np, pos, c)

        def kinds_of(c: Any) -> list[str | None]:
            return _text_values(c.to_pylist())

        rows = df.num_rows
    positions = fw._frame_columns(names)
    columns = [convert(pos, get(j)) for j, pos in enumerate(positions) if pos >= 0]
    kinds = kinds_of(get(names.index("unit_kind"))) if "unit_kind" in names else None
    row_keys = None
    if error_rows == "index" and library == "pandas":
        row_keys = [str(k) for k in df.index]
    nodes, score, level, coverage, diags, count = fw._score_columns(
        rows, columns, errors == "coerce", unknown, kinds, row_keys
    )
    # Node-major: row k of each array is the column of node k.
    result = {"score": score, "level": level, "coverage": coverage}
    # The metadata and unit_<label> columns (the core's `Framework.columns` says which), as given.
    copied = [(names[j], get(j)) for j, pos in enumerate(positions) if pos < 0]
    schema = fw.result_columns()
    node_row = {node: k for k, node in enumerate(nodes)}
    build = {"pandas": _pandas_result, "polars": _polars_result, "arrow": _arrow_result}
    out = build[library](df, copied, schema, node_row, result)
    if count:
        first = diags[0]["message"] if diags else ""
        where = "result.attrs['warnings']" if library == "pandas" else "the warning's details"
        message = (f"{count} invalid cell(s) treated as missing (see {where}); "
                   f"the first: {first}")
        warnings.warn(LhsWarning(message, details=diags), stacklevel=2)
    if library == "pandas":
        out.attrs["warnings"] = diags
    return out
