"""`lhs_maturity.spark` on a local[2] Spark session (run by scripts/test-spark, not by pytest: it
needs pyspark and Java): the scores of 10,000 rows equal `score_frame` on the same pandas frame;
the result's schema is `Framework.result_columns()`; an unknown column raises at call time; an
invalid cell fails the Spark job with its code; a user-defined framework travels to the workers.
Prints the timings (session start, 10,000 rows, 1,000,000 rows) and PASS or FAIL."""

from __future__ import annotations

import json
import platform
import sys
import time
import traceback
import warnings
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyspark
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

import lhs_maturity
import lhs_maturity.spark

FW = lhs_maturity.Framework.builtin()
IDS = [i["id"] for i in FW.indicators()]
SPARK_TYPES = {"float64": T.DoubleType(), "int8": T.ByteType()}
BIG = 1_000_000


def answers(rows: int, seed: int = 1) -> pd.DataFrame:
    """As tests/test_dask.py's, with the text column as text only (Arrow needs one type)."""
    rng = np.random.default_rng(seed)
    cells = rng.integers(0, 5, size=(rows, len(IDS))).astype(float)
    cells[rng.random(cells.shape) < 0.1] = np.nan
    df = pd.DataFrame(cells, columns=IDS)
    df.insert(0, "unit_kind", [["district", "facility", "network"][k % 3] for k in range(rows)])
    df.insert(0, "unit_id", [f"u{k}" for k in range(rows)])
    text = [None if np.isnan(v) else str(int(v)) for v in df[IDS[5]]]
    df[IDS[5]] = pd.Series(["na" if k % 7 == 0 else t for k, t in enumerate(text)], dtype=object)
    return df


def as_compared(df: pd.DataFrame) -> pd.DataFrame:
    """Scores as float64 (NaN for null), levels as nullable Int8, metadata as object."""
    out = pd.DataFrame(index=pd.RangeIndex(len(df)))
    kinds = {c["name"]: c["type"] for c in FW.result_columns()}
    for name in df.columns:
        s = df[name].reset_index(drop=True)
        if kinds.get(name) == "int8":
            out[name] = s.astype("Int8")
        elif kinds.get(name) == "float64":
            out[name] = s.astype("float64")
        else:
            out[name] = s.astype(object)
    return out


def timed(label: str, f: Any) -> Any:
    t = time.perf_counter()
    value = f()
    print(f"  {label}: {time.perf_counter() - t:.2f} s", flush=True)
    return value


def check_equal_scores(spark: SparkSession) -> float:
    df = answers(10_000)
    sdf = spark.createDataFrame(df)  # keeps the row order, in 2 partitions
    out = lhs_maturity.spark.score_frame(sdf)
    names = ["unit_id", "unit_kind"] + [c["name"] for c in FW.result_columns()]
    assert out.schema.names == names, out.schema.names
    assert out.schema["unit_id"].dataType == T.StringType()
    for c in FW.result_columns():
        field = out.schema[c["name"]]
        assert field.dataType == SPARK_TYPES[c["type"]] and field.nullable, field
    t = time.perf_counter()
    got = out.toPandas()
    cold = time.perf_counter() - t
    print(f"  scoring 10,000 rows (first job, workers start): {cold:.2f} s", flush=True)
    got = timed("scoring 10,000 rows (again)", out.toPandas)
    want = lhs_maturity.score_frame(df)
    want.attrs.clear()
    assert len(got) == 10_000
    pd.testing.assert_frame_equal(as_compared(got), as_compared(want))
    assert got["overall_level"].isna().sum() < 10_000 and got["overall_score"].notna().all()
    print("  ok: 10,000 rows equal lhs_maturity.score_frame; schema = result_columns()")
    return cold


def check_errors(spark: SparkSession) -> None:
    df = answers(200, seed=2)
    try:
        lhs_maturity.spark.score_frame(spark.createDataFrame(df.rename(columns={IDS[0]: "inst.x"})))
    except lhs_maturity.InputError as e:
        assert e.code == "csv.unknown_column", e.code
    else:
        raise AssertionError("an unknown column did not raise at call time")
    print("  ok: an unknown column raises InputError csv.unknown_column at call time")
    try:
        lhs_maturity.spark.score_frame(df)
    except lhs_maturity.ArgumentError:
        pass
    else:
        raise AssertionError("a pandas DataFrame was taken for a Spark DataFrame")
    df.loc[123, IDS[0]] = 9
    sdf = spark.createDataFrame(df)
    out = lhs_maturity.spark.score_frame(sdf)  # the cells are checked when computed
    try:
        out.collect()
    except Exception as e:  # pyspark.errors.PythonException (or Py4JJavaError)
        assert "input.level_out_of_range" in str(e), str(e)[-2000:]
        print(f"  ok: an invalid cell fails the job ({type(e).__name__}, "
              "message has input.level_out_of_range)")
    else:
        raise AssertionError("an invalid cell did not fail the Spark job")
    coerced = lhs_maturity.spark.score_frame(sdf, errors="coerce").toPandas()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", lhs_maturity.LhsWarning)
        want = lhs_maturity.score_frame(df, errors="coerce")
    want.attrs.clear()
    pd.testing.assert_frame_equal(as_compared(coerced), as_compared(want))
    print("  ok: errors='coerce' leaves the invalid cell missing")


def check_own_framework(spark: SparkSession) -> None:
    spec = json.loads(FW.to_json())
    spec["id"], spec["version"] = "district-lhs", "0.1.0"
    own = lhs_maturity.Framework.from_json(json.dumps(spec))
    df = answers(500, seed=3)
    got = lhs_maturity.spark.score_frame(spark.createDataFrame(df), own).toPandas()
    want = lhs_maturity.score_frame(df, own)
    want.attrs.clear()
    pd.testing.assert_frame_equal(as_compared(got), as_compared(want))
    print("  ok: a user-defined framework travels to the workers")


def generated(spark: SparkSession, rows: int) -> Any:
    """Rows generated by Spark itself (no driver data): levels 0-4, a tenth of them missing."""
    cols = [F.col("id").cast("string").alias("unit_id")]
    for j, i in enumerate(IDS):
        r = F.rand(seed=j)
        cols.append(F.when(r < 0.1, F.lit(None)).otherwise(F.floor(r * 5)).cast("double").alias(i))
    return spark.range(rows, numPartitions=4).select(*cols)


def one_pass(out: Any, rows: int) -> float:
    """Seconds for one pass computing every row (count and mean score, nothing collected)."""
    t = time.perf_counter()
    count, mean = out.agg(F.count("*"), F.avg("overall_score")).first()
    assert count == rows and 1.9 < mean < 2.1, (count, mean)
    return time.perf_counter() - t


def check_large(spark: SparkSession) -> None:
    """1,000,000 rows (about 25 s on two busy cores); and the same rows through a pass-through
    mapInArrow, Spark's own share of that time."""
    sdf = generated(spark, BIG)
    took = one_pass(lhs_maturity.spark.score_frame(sdf), BIG)
    print(f"  scoring 1,000,000 rows (generated in Spark): {took:.2f} s "
          f"({BIG / took:,.0f} rows/s)", flush=True)
    plain = sdf.toDF(*[f"c{j}" for j in range(len(sdf.columns))])
    same = plain.mapInArrow(lambda batches: batches, plain.schema)
    t = time.perf_counter()
    assert same.count() == BIG
    print(f"  the same 1,000,000 rows through a pass-through mapInArrow (Spark's share): "
          f"{time.perf_counter() - t:.2f} s", flush=True)


def main() -> int:
    print(f"python {platform.python_version()}, pyspark {pyspark.__version__}, "
          f"pyarrow {pa.__version__}, pandas {pd.__version__}, numpy {np.__version__}, "
          f"lhs_maturity {lhs_maturity.__version__} ({lhs_maturity.__file__})")
    t = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").appName("lhs-maturity-spark-check")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .config("spark.sql.shuffle.partitions", "4")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("OFF")  # the failing job below is meant to fail
    print(f"  Spark session start: {time.perf_counter() - t:.2f} s (Spark {spark.version}, "
          f"Java {spark.sparkContext._jvm.System.getProperty('java.version')})", flush=True)
    try:
        check_equal_scores(spark)
        check_errors(spark)
        check_own_framework(spark)
        check_large(spark)
    except Exception:
        traceback.print_exc()
        print("FAIL: lhs_maturity.spark")
        return 1
    finally:
        spark.stop()
    print("PASS: lhs_maturity.spark")
    return 0


if __name__ == "__main__":
    sys.exit(main())
