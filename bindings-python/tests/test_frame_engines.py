"""`score_frame` on polars DataFrames, pyarrow Tables and record batches, and pandas' Arrow-backed
dtypes: the same scores as for pandas (the core's), the result of the input's kind with nulls for
what is empty, and the one column schema of `Framework.result_columns()`. polars and pyarrow are
optional: the last test runs the package without them."""

from __future__ import annotations

import math
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import lhs_maturity
from lhs_maturity import LhsWarning, InputError, score_frame

FW = lhs_maturity.Framework.builtin()
IDS = [i["id"] for i in FW.indicators()]


def data(rows: int = 300, seed: int = 7) -> dict[str, list[object]]:
    """Generated answers: numbers, missing cells, "na", "unknown", levels as text, unit kinds."""
    rng = np.random.default_rng(seed)
    out: dict[str, list[object]] = {
        "unit_id": [f"u{k}" for k in range(rows)],
        "unit_kind": [["district", "facility", None][k % 3] for k in range(rows)],
    }
    for j, i in enumerate(IDS[:20]):
        col: list[object] = []
        for _ in range(rows):
            r = rng.random()
            col.append(None if r < 0.1 else int(rng.integers(0, 5)))
        out[i] = col
    for i in IDS[20:26]:
        out[i] = [["na", "unknown", "3", None, "0", "4"][int(k)] for k in rng.integers(0, 6, rows)]
    return out


def expected(d: dict[str, list[object]]) -> pd.DataFrame:
    return score_frame(pd.DataFrame(d))


def same_scores(got: dict[str, list[object]], want: pd.DataFrame) -> None:
    """Column by column, in the schema's order: the same numbers, empty where pandas has
    NaN / <NA>."""
    names = [c["name"] for c in FW.result_columns()]
    assert list(got)[-len(names):] == names
    for name in names:
        w = [None if pd.isna(v) else v for v in want[name].tolist()]
        g = got[name]
        assert len(g) == len(w), name
        for a, b in zip(g, w):
            if b is None:
                assert a is None, name
            else:
                assert a is not None and math.isclose(a, b, rel_tol=0, abs_tol=0), name


def test_the_schema_is_the_core_s_and_every_kind_follows_it() -> None:
    cols = FW.result_columns()
    assert [(c["node"], c["measure"]) for c in cols[:3]] == [
        ("overall", "score"), ("overall", "level"), ("overall", "coverage")]
    assert {c["type"] for c in cols} == {"float64", "int8"}
    assert [c["name"] for c in cols] == [
        lhs_maturity.column_name(c["node"], c["measure"]) for c in cols]
    d = data(20)
    pandas_out = score_frame(pd.DataFrame(d))
    polars_out = score_frame(pl.DataFrame(d, strict=False))
    arrow_out = score_frame(pa.table(d))
    names = ["unit_id", "unit_kind"] + [c["name"] for c in cols]
    assert list(pandas_out.columns) == names
    assert polars_out.columns == names
    assert arrow_out.schema.names == names
    for c in cols:
        want = pl.Int8 if c["type"] == "int8" else pl.Float64
        assert polars_out.schema[c["name"]] == want
        arrow_type = pa.int8() if c["type"] == "int8" else pa.float64()
        assert arrow_out.schema.field(c["name"]).type == arrow_type
        assert str(pandas_out[c["name"]].dtype) == ("Int8" if c["type"] == "int8" else "float64")


def test_polars_gives_the_pandas_scores_with_nulls() -> None:
    d = data()
    out = score_frame(pl.DataFrame(d, strict=False))
    assert isinstance(out, pl.DataFrame)
    same_scores(out.to_dict(as_series=False), expected(d))
    # empty is null, never NaN
    assert out.select(pl.col(pl.Float64).is_nan().any()).row(0) == tuple(
        False for _ in out.select(pl.col(pl.Float64)).columns)
    assert out["unit_id"].to_list() == d["unit_id"]


def test_polars_column_kinds_enum_categorical_text_and_nullable_numbers() -> None:
    d = data(120, seed=3)
    frame = pl.DataFrame(d, strict=False).with_columns(
        pl.col(IDS[0]).cast(pl.Float32),
        pl.col(IDS[1]).cast(pl.Int16),
        pl.col(IDS[20]).cast(pl.Enum(["na", "unknown", "0", "3", "4"])),
        pl.col(IDS[21]).cast(pl.Categorical),
    )
    assert frame.schema[IDS[20]] == pl.Enum(["na", "unknown", "0", "3", "4"])
    same_scores(score_frame(frame).to_dict(as_series=False), expected(d))


def test_arrow_tables_chunked_dictionary_and_string_view_columns() -> None:
    d = data(200, seed=11)
    table = pa.table(d)
    # every column in two chunks
    chunked = pa.Table.from_batches(table.to_batches(max_chunksize=70))
    assert chunked.column(IDS[0]).num_chunks > 1
    columns = []
    for name in chunked.schema.names:
        col = chunked.column(name)
        if name == IDS[20]:
            col = pa.chunked_array([c.dictionary_encode() for c in col.chunks])  # a dictionary per chunk
        elif name == IDS[21]:
            col = col.cast(pa.string_view())
        elif name == IDS[22]:
            col = col.cast(pa.large_string())
        columns.append(col)
    table = pa.Table.from_arrays(columns, names=chunked.schema.names)
    assert pa.types.is_dictionary(table.schema.field(IDS[20]).type)
    assert pa.types.is_string_view(table.schema.field(IDS[21]).type)
    out = score_frame(table)
    assert isinstance(out, pa.Table)
    same_scores(out.to_pydict(), expected(d))
    # a record batch in, a record batch out
    batch = pa.table(d).to_batches()[0]
    out_batch = score_frame(batch)
    assert isinstance(out_batch, pa.RecordBatch)
    same_scores(out_batch.to_pydict(), expected(d))


def test_pandas_arrow_backed_and_nullable_dtypes() -> None:
    d = data(150, seed=5)
    df = pd.DataFrame(d).convert_dtypes(dtype_backend="pyarrow")
    assert any(isinstance(t, pd.ArrowDtype) for t in df.dtypes)
    got = score_frame(df)
    want = expected(d)
    pd.testing.assert_frame_equal(got.drop(columns=["unit_id", "unit_kind"]),
                                  want.drop(columns=["unit_id", "unit_kind"]))
    nullable = pd.DataFrame(d).convert_dtypes()
    pd.testing.assert_frame_equal(score_frame(nullable).drop(columns=["unit_id", "unit_kind"]),
                                  want.drop(columns=["unit_id", "unit_kind"]))


def test_errors_and_coerced_cells_are_the_same_in_every_kind() -> None:
    d = {"unit_id": ["a", "b"], IDS[0]: [2, 9], IDS[1]: ["x", "3"]}
    errors = []
    for frame in (pd.DataFrame(d), pl.DataFrame(d), pa.table(d)):
        with pytest.raises(InputError) as e:
            score_frame(frame)
        errors.append([(x["code"], x["path"]) for x in e.value.details])
    assert errors[0] == errors[1] == errors[2]
    assert (errors[0][0][1], errors[0][1][1]) == (f"/rows/0/{IDS[1]}", f"/rows/1/{IDS[0]}")
    for frame in (pl.DataFrame(d), pa.table(d)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            out = score_frame(frame, errors="coerce")
        (w,) = [c.message for c in caught if isinstance(c.message, LhsWarning)]
        assert [(x["code"], x["path"]) for x in w.details] == errors[0]
        assert len(out) == 2 if isinstance(out, pl.DataFrame) else out.num_rows == 2


def test_other_inputs_are_refused_by_type() -> None:
    with pytest.raises(lhs_maturity.ArgumentError) as e:
        score_frame(pl.LazyFrame({"a": [1]}))  # type: ignore[arg-type]
    assert (e.value.code, e.value.path) == ("argument.invalid_type", "/df")


def test_the_package_works_without_polars_and_pyarrow() -> None:
    code = """
import sys
sys.modules["polars"] = None
sys.modules["pyarrow"] = None
import pandas as pd, lhs_maturity
out = lhs_maturity.score_frame(pd.DataFrame({"inst.info.routine_data": [2, 4]}))
assert out["overall_score"].tolist() == [2.0, 4.0]
assert "polars" not in [m for m in sys.modules if sys.modules[m] is not None]
print("ok")
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_copied_columns_keep_their_dtype_and_a_repeated_index_is_kept() -> None:
    df = pd.DataFrame(
        {"unit_id": pd.array(["a", "b", "c"], dtype="string"),
         "unit_kind": pd.Categorical(["district", "facility", "district"]),
         "period": pd.array([2025, None, 2026], dtype="Int64"),
         IDS[0]: [2, 3, None]},
        index=[7, 7, 8],
    )
    out = score_frame(df)
    for c in ("unit_id", "unit_kind", "period"):
        assert out[c].dtype == df[c].dtype, c
        assert out[c].tolist() == df[c].tolist(), c
    assert out.index.tolist() == [7, 7, 8]
