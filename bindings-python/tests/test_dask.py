"""`lhs_maturity.dask` on a dask.distributed LocalCluster of two worker processes: the scores of
10,000 rows equal `score_frame` on the whole frame; errors and warnings name rows by their index
label across partitions; a user-defined framework travels to the workers."""

from __future__ import annotations

import json

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from distributed import Client, LocalCluster

import lhs_maturity
import lhs_maturity.dask

FW = lhs_maturity.Framework.builtin()
IDS = [i["id"] for i in FW.indicators()]


@pytest.fixture(scope="module")
def client() -> Client:
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """The scores exactly (values and dtypes); the copied text columns by value (Dask reads text
    as its own string dtype)."""
    text = ["unit_id", "unit_kind"]
    pd.testing.assert_frame_equal(got.drop(columns=text), want.drop(columns=text))
    for c in text:
        assert got[c].tolist() == want[c].tolist(), c


def answers(rows: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    cells = rng.integers(0, 5, size=(rows, len(IDS))).astype(float)
    cells[rng.random(cells.shape) < 0.1] = np.nan
    df = pd.DataFrame(cells, columns=IDS, index=pd.RangeIndex(100_000, 100_000 + rows))
    df.insert(0, "unit_kind", [["district", "facility", "network"][k % 3] for k in range(rows)])
    df.insert(0, "unit_id", [f"u{k}" for k in range(rows)])
    df[IDS[5]] = df[IDS[5]].astype(object)
    df.loc[df.index[::7], IDS[5]] = "na"
    return df


def test_ten_thousand_rows_on_two_workers_equal_the_whole_frame(client: Client) -> None:
    df = answers(10_000)
    ddf = dd.from_pandas(df, npartitions=8)
    lazy = lhs_maturity.dask.score_frame(ddf)
    names = ["unit_id", "unit_kind"] + [c["name"] for c in FW.result_columns()]
    assert list(lazy.columns) == names
    assert str(lazy.dtypes["overall_level"]) == "Int8"
    got = lazy.compute()
    assert len(client.scheduler_info()["workers"]) == 2
    want = lhs_maturity.score_frame(df)
    want.attrs.clear()
    same(got, want)


def test_errors_and_warnings_name_rows_by_index_label(client: Client) -> None:
    df = answers(2_000, seed=2)
    df[IDS[0]] = df[IDS[0]].astype(object)
    df.loc[101_777, IDS[0]] = 9  # in the fourth partition of four
    df.loc[100_003, IDS[0]] = "often"
    ddf = dd.from_pandas(df, npartitions=4)
    with pytest.raises(lhs_maturity.InputError) as e:
        lhs_maturity.dask.score_frame(ddf).compute()
    assert e.value.path in (f"/rows/100003/{IDS[0]}", f"/rows/101777/{IDS[0]}")
    assert str(e.value.path.split("/")[2]) in e.value.details[0]["message"]
    cells = lhs_maturity.dask.invalid_cells(ddf).compute()
    assert cells[["code", "path"]].values.tolist() == [
        ["input.invalid_cell", f"/rows/100003/{IDS[0]}"],
        ["input.level_out_of_range", f"/rows/101777/{IDS[0]}"],
    ]
    coerced = lhs_maturity.dask.score_frame(ddf, errors="coerce").compute()
    assert len(coerced) == 2_000


def test_a_user_defined_framework_and_unknown_columns(client: Client) -> None:
    spec = json.loads(FW.to_json())
    spec["id"], spec["version"] = "district-lhs", "0.1.0"
    own = lhs_maturity.Framework.from_json(json.dumps(spec))
    df = answers(500, seed=3)
    got = lhs_maturity.dask.score_frame(dd.from_pandas(df, npartitions=3), own).compute()
    want = lhs_maturity.score_frame(df, own)
    want.attrs.clear()
    same(got, want)
    with pytest.raises(lhs_maturity.InputError) as e:
        lhs_maturity.dask.score_frame(dd.from_pandas(df.rename(columns={IDS[0]: "inst.x"}),
                                                     npartitions=2))
    assert e.value.code == "csv.unknown_column"
    with pytest.raises(lhs_maturity.ArgumentError):
        lhs_maturity.dask.score_frame(df)
