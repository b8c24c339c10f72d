"""Scoring a Dask DataFrame where it lives: partition by partition on the cluster's workers, with
the core's rules (``lhs_maturity.score_frame`` on each partition) and the core's column schema
(``Framework.result_columns()``) as Dask's ``meta``. Errors and warnings name rows by their index
label, as they are in the whole frame, not by their position in a partition.

Needs ``dask[dataframe]`` (``pip install 'lhs-maturity[dask]'``); the workers need
``lhs_maturity`` installed. A ``Framework`` (built-in or your own) travels to them by pickling.
"""

from __future__ import annotations

from typing import Any, Literal

from . import _frames, _native
from ._errors import LhsWarning
from ._native import Framework

__all__ = ["invalid_cells", "score_frame"]

#: The columns of ``invalid_cells``.
_DIAGNOSTIC_COLUMNS = ["severity", "code", "path", "message"]


def _dask_frame(ddf: Any) -> Any:
    try:
        import dask.dataframe as dd
    except ImportError as e:  # pragma: no cover - exercised only without dask
        raise ImportError("this function needs dask: pip install 'lhs-maturity[dask]'") from e
    if not isinstance(ddf, dd.DataFrame):
        raise _native._argument_error("ddf", "dataframe", type(ddf).__name__)
    return dd


def _score_partition(
    part: Any,
    fw: Framework,
    errors: Literal["raise", "coerce"],
    unknown: Literal["exclude", "zero"],
) -> Any:
    return _frames.score_frame(part, fw, errors=errors, unknown=unknown, error_rows="index")


def score_frame(
    ddf: Any,
    framework: Framework | None = None,
    *,
    errors: Literal["raise", "coerce"] = "raise",
    unknown: Literal["exclude", "zero"] = "exclude",
) -> Any:
    """Scores a Dask DataFrame of assessments (one row per assessment, one column per
    indicator, as for ``lhs_maturity.score_frame``), lazily: the result is a Dask DataFrame
    with the same index and partitions, whose columns are the metadata columns as given, then
    ``Framework.result_columns()``. The columns are checked now (an unknown or repeated column
    raises at once); the cells when the result is computed.

    Args:
        ddf: a ``dask.dataframe.DataFrame``.
        framework: the framework (default: ``Framework.builtin()``).
        errors: ``"raise"`` (default): computing raises ``InputError`` for the invalid cells of
            a partition, each at ``/rows/<index label>/<column>``; ``"coerce"``: they are left
            missing (list them with ``invalid_cells``).
        unknown: how ``unknown`` answers count, as in ``Framework.score``.

    Returns:
        A Dask DataFrame; ``.compute()`` gives what ``lhs_maturity.score_frame`` gives for the
        whole frame.

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> import lhs_maturity.dask
        >>> df = pd.DataFrame({"inst.info.routine_data": [2, 4, 3, 1]}, index=[10, 11, 12, 13])
        >>> out = lhs_maturity.dask.score_frame(dd.from_pandas(df, npartitions=2))
        >>> out["overall_score"].compute().tolist()
        [2.0, 4.0, 3.0, 1.0]
    """
    _dask_frame(ddf)
    fw = _frames.framework_arg(framework)
    meta = _frames.score_frame(ddf._meta, fw, errors=errors, unknown=unknown)
    meta.attrs.clear()
    return ddf.map_partitions(
        _score_partition, fw, errors, unknown, meta=meta, align_dataframes=False
    )


def _partition_cells(part: Any, fw: Framework, unknown: Literal["exclude", "zero"]) -> Any:
    import warnings

    import pandas as pd

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LhsWarning)
        out = _score_partition(part, fw, "coerce", unknown)
    rows = [{k: d.get(k) for k in _DIAGNOSTIC_COLUMNS} for d in out.attrs.get("warnings", [])]
    return pd.DataFrame(rows, columns=_DIAGNOSTIC_COLUMNS, dtype=object)


def invalid_cells(
    ddf: Any,
    framework: Framework | None = None,
    *,
    unknown: Literal["exclude", "zero"] = "exclude",
) -> Any:
    """The cells ``score_frame(ddf, errors="coerce")`` leaves missing, as a Dask DataFrame of
    diagnostics (``severity``, ``code``, ``path`` at ``/rows/<index label>/<column>``,
    ``message``), partition by partition (each partition lists its first 1,000).

    Example:
        >>> import dask.dataframe as dd, pandas as pd
        >>> import lhs_maturity.dask
        >>> df = pd.DataFrame({"inst.info.routine_data": [2, 9]}, index=["kis", "nai"])
        >>> cells = lhs_maturity.dask.invalid_cells(dd.from_pandas(df, npartitions=1)).compute()
        >>> cells["path"].tolist()
        ['/rows/nai/inst.info.routine_data']
    """
    import pandas as pd

    _dask_frame(ddf)
    fw = _frames.framework_arg(framework)
    _frames.score_frame(ddf._meta, fw, unknown=unknown)  # the columns, checked now
    meta = pd.DataFrame({c: pd.Series(dtype=object) for c in _DIAGNOSTIC_COLUMNS})
    return ddf.map_partitions(_partition_cells, fw, unknown, meta=meta, align_dataframes=False)
