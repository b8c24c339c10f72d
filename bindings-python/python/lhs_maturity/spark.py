"""Scoring a Spark DataFrame where it lives: Arrow batch by Arrow batch on the executors
(``DataFrame.mapInArrow``), with the core's rules (``lhs_maturity.score_frame`` on each
``pyarrow.RecordBatch``) and the core's column schema (``Framework.result_columns()``) as the
result's Spark schema. Errors and warnings name rows by their position in an Arrow batch, not in
the whole frame.

Needs ``pyspark`` (``pip install pyspark``) and ``pyarrow``; the executors' Python needs
``lhs_maturity`` and ``pyarrow`` installed. A ``Framework`` (built-in or your own) travels to
them by pickling.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from functools import partial
from typing import Any, Literal

from . import _frames, _native
from ._native import Framework

__all__ = ["score_frame"]

#: The Spark type of each type of ``Framework.result_columns()``.
_SPARK_TYPES = {"float64": "DoubleType", "int8": "ByteType"}


def _spark_frame(sdf: Any) -> Any:
    try:
        # Imported by name: pyspark is optional (and has no stubs where it is absent).
        ps: Any = importlib.import_module("pyspark.sql")
    except ImportError as e:  # pragma: no cover - exercised only without pyspark
        raise ImportError("this function needs pyspark: pip install pyspark") from e
    if not isinstance(sdf, ps.DataFrame):
        raise _native._argument_error("sdf", "dataframe", type(sdf).__name__)
    return ps


def _score_batches(
    fw: Framework,
    names: list[str],
    errors: Literal["raise", "coerce"],
    unknown: Literal["exclude", "zero"],
    batches: Iterator[Any],
) -> Iterator[Any]:
    import pyarrow as pa

    for batch in batches:
        batch = pa.RecordBatch.from_arrays(batch.columns, names=names)  # the columns' own names
        yield _frames.score_frame(batch, fw, errors=errors, unknown=unknown)


def score_frame(
    sdf: Any,
    framework: Framework | None = None,
    *,
    errors: Literal["raise", "coerce"] = "raise",
    unknown: Literal["exclude", "zero"] = "exclude",
) -> Any:
    """Scores a Spark DataFrame of assessments (one row per assessment, one column per
    indicator, as for ``lhs_maturity.score_frame``), lazily: the result is a Spark DataFrame
    whose columns are the metadata columns as given (with their Spark types), then
    ``Framework.result_columns()`` (``DoubleType`` scores and coverages, ``ByteType`` levels,
    all nullable: null for an empty value). The columns are checked now (an unknown or
    repeated column raises at once); the cells when the result is computed. Indicator ids have
    dots, so Spark SQL needs them in backticks (``col("`inst.info.routine_data`")``); the
    result's names have none (``overall_score``, ``inst_info_level``).

    Args:
        sdf: a ``pyspark.sql.DataFrame``.
        framework: the framework (default: ``Framework.builtin()``).
        errors: ``"raise"`` (default): computing fails the Spark job with the ``InputError``
            of the invalid cells of an Arrow batch (its code, e.g.
            ``input.level_out_of_range``, and ``/rows/<position in the batch>/<column>`` are
            in the job's error message); ``"coerce"``: they are left missing.
        unknown: how ``unknown`` answers count, as in ``Framework.score``.

    Returns:
        A Spark DataFrame (``sdf.mapInArrow``); collecting it gives what
        ``lhs_maturity.score_frame`` gives for the whole frame, in the same order.

    Example:
        .. code-block:: python

            import lhs_maturity.spark
            df = spark.createDataFrame(
                [("kis", 2), ("nai", 4)], "unit_id string, `inst.info.routine_data` int"
            )
            out = lhs_maturity.spark.score_frame(df)
            out.select("unit_id", "overall_score", "overall_level").show()
    """
    T = _spark_frame(sdf).types
    fw = _frames.framework_arg(framework)
    import pyarrow as pa

    names = list(sdf.schema.names)
    empty = pa.Table.from_arrays([pa.nulls(0)] * len(names), names=names)
    _frames.score_frame(empty, fw, errors=errors, unknown=unknown)  # the columns, checked now
    metadata = [f for f, pos in zip(sdf.schema.fields, fw._frame_columns(names)) if pos < 0]
    scores = [
        T.StructField(c["name"], getattr(T, _SPARK_TYPES[c["type"]])(), nullable=True)
        for c in fw.result_columns()
    ]
    # mapInArrow resolves every input column by name, which fails for names with dots: the
    # columns cross as c0, c1... and take back their names in _score_batches.
    plain = sdf.toDF(*[f"c{j}" for j in range(len(names))])
    return plain.mapInArrow(partial(_score_batches, fw, names, errors, unknown),
                            T.StructType(metadata + scores))
