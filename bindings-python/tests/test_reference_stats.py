"""Reference tests of the statistics (all computed by the core): Krippendorff's alpha against the
`krippendorff` package, ICC(2,1)/ICC(2,k) and Cronbach's alpha against `pingouin`, cohort
descriptive statistics and percentile ranks against numpy/pandas — to 1e-9, on generated data
with missing values (seeded) and on the published examples of those packages. The analyses are
also checked through the real API (`agreement`, `pool`, `cohort`, `reliability`) against the
same packages applied to matrices this file builds on its own.

Run with `-s` to see the largest difference found per statistic."""

from __future__ import annotations

import math
import warnings
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import pytest

import lhs_maturity
from lhs_maturity import Framework, stats

TOL = 1e-9

#: The largest |core − reference| seen per statistic (printed at the end of the module).
MAX_DIFF: dict[str, float] = defaultdict(float)
#: How many comparisons were made per statistic.
COUNT: dict[str, int] = defaultdict(int)


@pytest.fixture(scope="module", autouse=True)
def report_differences() -> Iterator[None]:
    yield
    print("\nlargest |core - reference| per statistic:")
    for name in sorted(MAX_DIFF):
        print(f"  {name:32} {MAX_DIFF[name]:.3e}  ({COUNT[name]} comparisons)")


def check(name: str, core: float | None, reference: float) -> None:
    """The core's value equals the reference to 1e-9 (and both are defined)."""
    assert core is not None, f"{name}: the core says undefined, the reference {reference}"
    assert math.isfinite(reference), f"{name}: the reference is {reference}, the core {core}"
    diff = abs(core - reference)
    MAX_DIFF[name] = max(MAX_DIFF[name], diff)
    COUNT[name] += 1
    assert math.isclose(core, reference, rel_tol=0, abs_tol=TOL), (name, core, reference)


def undefined(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


# ---- reference implementations (the packages, called as their documentation says) ----------


def ref_alpha(x: np.ndarray, level: str, value_domain: Any = None) -> float | None:
    """krippendorff.alpha of raters × units (NaN = missing), None when it refuses the data."""
    try:
        a = krippendorff.alpha(reliability_data=x, level_of_measurement=level, value_domain=value_domain)
    except ValueError:  # one value in the domain, or no unit with two ratings
        return None
    return None if math.isnan(a) else float(a)


def ref_icc(x: np.ndarray) -> tuple[float, float]:
    """pingouin's ICC2 / ICC2k (ICC(A,1) / ICC(A,k) since 0.7) of raters × units, with listwise
    deletion (nan_policy="omit")."""
    raters, units = x.shape
    long = pd.DataFrame(
        [(u, r, x[r, u]) for r in range(raters) for u in range(units) if not math.isnan(x[r, u])],
        columns=["unit", "rater", "score"],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = pingouin.intraclass_corr(long, targets="unit", raters="rater", ratings="score", nan_policy="omit")
    icc = res.set_index("Type")["ICC"]
    single = icc["ICC(A,1)"] if "ICC(A,1)" in icc else icc["ICC2"]
    average = icc["ICC(A,k)"] if "ICC(A,k)" in icc else icc["ICC2k"]
    return float(single), float(average)


def ref_cronbach(x: np.ndarray) -> float:
    """pingouin.cronbach_alpha of units × items with listwise deletion (its default is
    pairwise)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a, _ = pingouin.cronbach_alpha(pd.DataFrame(x), nan_policy="listwise")
    return float(a)


def pairable(x: np.ndarray) -> int:
    return int((np.sum(~np.isnan(x), axis=0) >= 2).sum())


def complete_units(x: np.ndarray) -> int:
    """Units (columns) rated by every rater."""
    return int((~np.isnan(x)).all(axis=0).sum())


# ---- generated matrices ----------------------------------------------------------------------


def levels(rng: np.random.Generator, raters: int, units: int, missing: float = 0.15) -> np.ndarray:
    """Raters × units of levels 0–4 that partly agree (a true level per unit plus rater noise),
    with a share `missing` of NaN."""
    truth = rng.integers(0, 5, size=units)
    noise = rng.choice([-2, -1, 0, 0, 0, 1, 2], size=(raters, units))
    x = np.clip(truth + noise, 0, 4).astype(float)
    x[rng.random((raters, units)) < missing] = np.nan
    return x


SHAPES = [(2, 5), (2, 69), (3, 10), (3, 69), (4, 21), (5, 18), (6, 40), (7, 12), (8, 5), (8, 69)]
CASES = [(seed, r, u) for seed in range(3) for r, u in SHAPES]


@pytest.mark.parametrize(("seed", "raters", "units"), CASES)
def test_krippendorff_alpha_matches_the_krippendorff_package(seed: int, raters: int, units: int) -> None:
    x = levels(np.random.default_rng(1000 * seed + 10 * raters + units), raters, units)
    for level in ("ordinal", "interval"):
        got = stats.krippendorff_alpha(x, level)
        assert got.units == pairable(x)
        ref = ref_alpha(x, level)
        if ref is None:
            assert got.value is None and got.note
            continue
        check(f"krippendorff alpha {level}", got.value, ref)
        # The core's value domain is the values present; the package's `value_domain` of every
        # level 0–4 gives the same alpha (values nobody gave change neither metric).
        full_domain = ref_alpha(x, level, value_domain=[0, 1, 2, 3, 4])
        check(f"krippendorff alpha {level}", got.value, NAN if full_domain is None else full_domain)
        # The same numbers from a list of lists with None, and from a DataFrame.
        as_list = [[None if math.isnan(v) else v for v in row] for row in x.tolist()]
        assert stats.krippendorff_alpha(as_list, level) == got
        assert stats.krippendorff_alpha(pd.DataFrame(x).astype("Float64"), level) == got


@pytest.mark.parametrize("seed", range(4))
def test_krippendorff_alpha_on_continuous_values(seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(4, 30)) + rng.normal(size=30)  # many distinct values
    x[rng.random(x.shape) < 0.15] = np.nan
    for level in ("ordinal", "interval"):
        ref = ref_alpha(x, level)
        assert ref is not None
        check(f"krippendorff alpha {level}", stats.krippendorff_alpha(x, level).value, ref)


@pytest.mark.parametrize(("seed", "raters", "units"), CASES)
def test_icc_matches_pingouin(seed: int, raters: int, units: int) -> None:
    x = levels(np.random.default_rng(2000 * seed + 10 * raters + units), raters, units)
    single, average, n = stats.icc(x)
    assert n == complete_units(x)
    if n < 2:  # pingouin refuses such data; the core says why
        assert single.value is None and average.value is None
        assert single.note == "fewer than two indicators were rated by every respondent"
        return
    assert all((~np.isnan(x)).any(axis=1)), "every rater rated something (else pingouin drops them)"
    ref_single, ref_average = ref_icc(x)
    check("ICC(2,1)", single.value, ref_single)
    check("ICC(2,k)", average.value, ref_average)


@pytest.mark.parametrize(("seed", "units", "items"), [(s, u, i) for s in range(3) for u, i in
                                                       [(5, 2), (12, 3), (30, 4), (69, 6), (40, 8), (69, 2)]])
def test_cronbach_alpha_matches_pingouin_listwise(seed: int, units: int, items: int) -> None:
    rng = np.random.default_rng(3000 * seed + units + items)
    trait = rng.integers(0, 5, size=(units, 1))
    x = np.clip(trait + rng.choice([-1, 0, 0, 1], size=(units, items)), 0, 4).astype(float)
    x[rng.random(x.shape) < 0.15] = np.nan
    got = stats.cronbach_alpha(x)
    complete = int((~np.isnan(x)).all(axis=1).sum())
    assert got.units == complete
    if complete < 2:
        assert got.value is None and got.note
        return
    check("Cronbach alpha", got.value, ref_cronbach(x))


# ---- published examples ----------------------------------------------------------------------

NAN = math.nan

#: The example of the krippendorff package (its README points to `alpha`'s docstring).
KRIPPENDORFF_EXAMPLE = [
    [NAN, NAN, NAN, NAN, NAN, 3, 4, 1, 2, 1, 1, 3, 3, NAN, 3],
    [1, NAN, 2, 1, 3, 3, 4, 3, NAN, NAN, NAN, NAN, NAN, NAN, NAN],
    [NAN, NAN, 2, 1, 3, 4, 4, NAN, 2, 1, 1, 3, 3, NAN, 4],
]

#: Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 observers × 12 units
#: (also in the package's docstring): ordinal 0.815, interval 0.849.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]


def test_krippendorff_package_example() -> None:
    x = np.array(KRIPPENDORFF_EXAMPLE, dtype=float)
    interval = stats.krippendorff_alpha(KRIPPENDORFF_EXAMPLE, "interval")
    assert round(interval.value or 0, 6) == 0.810845  # the documented value
    check("krippendorff alpha interval", interval.value, ref_alpha(x, "interval") or NAN)
    check("krippendorff alpha ordinal", stats.krippendorff_alpha(x, "ordinal").value, ref_alpha(x, "ordinal") or NAN)


def test_krippendorff_2011_example() -> None:
    x = np.array(KRIPPENDORFF_2011, dtype=float)
    ordinal = stats.krippendorff_alpha(x, "ordinal")
    interval = stats.krippendorff_alpha(x, "interval")
    assert (round(ordinal.value or 0, 3), round(interval.value or 0, 3)) == (0.815, 0.849)
    assert ordinal.units == 11
    check("krippendorff alpha ordinal", ordinal.value, ref_alpha(x, "ordinal", value_domain=[1, 2, 3, 4, 5]) or NAN)
    check("krippendorff alpha interval", interval.value, ref_alpha(x, "interval") or NAN)


def test_pingouin_icc_example() -> None:
    """pingouin's `intraclass_corr` example: wine quality by 4 judges (read_dataset('icc'),
    bundled with pingouin, read offline): ICC(A,1) 0.728, ICC(A,k) 0.914."""
    data = pingouin.read_dataset("icc")
    wide = data.pivot_table(index="Judge", columns="Wine", values="Scores")  # raters × units
    single, average, n = stats.icc(wide)
    assert n == 8
    assert (round(single.value or 0, 3), round(average.value or 0, 3)) == (0.728, 0.914)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = pingouin.intraclass_corr(data, targets="Wine", raters="Judge", ratings="Scores")
    icc = res.set_index("Type")["ICC"]
    check("ICC(2,1)", single.value, float(icc["ICC(A,1)"] if "ICC(A,1)" in icc else icc["ICC2"]))
    check("ICC(2,k)", average.value, float(icc["ICC(A,k)"] if "ICC(A,k)" in icc else icc["ICC2k"]))


def test_pingouin_cronbach_examples() -> None:
    """pingouin's `cronbach_alpha` examples: the long Likert data set (0.5917) and the wide one
    with missing values after listwise deletion (0.8017), both bundled with pingouin."""
    likert = pingouin.read_dataset("cronbach_alpha").pivot_table(index="Subj", columns="Items", values="Scores")
    got = stats.cronbach_alpha(likert)
    assert round(got.value or 0, 4) == 0.5917
    check("Cronbach alpha", got.value, 0.5917188485995826)
    wide = pingouin.read_dataset("cronbach_wide_missing")
    got = stats.cronbach_alpha(wide)
    assert got.units == int(wide.notna().all(axis=1).sum())
    check("Cronbach alpha", got.value, 0.8016949152542373)  # the documented listwise value
    check("Cronbach alpha", got.value, ref_cronbach(wide.to_numpy(dtype=float)))


def test_shrout_fleiss_1979_example() -> None:
    """Shrout & Fleiss (1979), table 2: 6 targets × 4 judges, ICC(2,1) .29, ICC(2,4) .62."""
    targets = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    x = np.array(targets, dtype=float).T  # raters × units
    single, average, _ = stats.icc(x)
    assert (round(single.value or 0, 2), round(average.value or 0, 2)) == (0.29, 0.62)
    ref_single, ref_average = ref_icc(x)
    check("ICC(2,1)", single.value, ref_single)
    check("ICC(2,k)", average.value, ref_average)


# ---- through the real API --------------------------------------------------------------------


def respondents(rng: np.random.Generator, fw: Framework, n: int) -> list[dict[str, Any]]:
    """`n` respondents' assessments of one unit: each indicator has a true level, each respondent
    rates it near that (or says na / unknown, or leaves it out)."""
    ids = [i["id"] for i in fw.indicators()]
    truth = rng.integers(0, 5, size=len(ids))
    out = []
    for r in range(n):
        answers: dict[str, Any] = {}
        for k, id_ in enumerate(ids):
            u = rng.random()
            if u < 0.15:
                continue  # missing
            if u < 0.19:
                answers[id_] = "na"
            elif u < 0.23:
                answers[id_] = "unknown"
            else:
                answers[id_] = int(np.clip(truth[k] + rng.choice([-1, 0, 0, 1]), 0, 4))
        out.append({"unit": {"id": "u1"}, "period": "2026", "respondent": {"id": f"r{r}"}, "answers": answers})
    return out


def matrix(fw: Framework, assessments: list[dict[str, Any]], scope: str) -> np.ndarray:
    """Respondents × indicators of a scope (`overall` or a domain): the level, else NaN."""
    ids = [i["id"] for i in fw.indicators() if scope == "overall" or i["domain"] == scope]
    return np.array(
        [[float(a["answers"][i]) if isinstance(a["answers"].get(i), int) else NAN for i in ids] for a in assessments]
    )


@pytest.mark.parametrize(("seed", "n"), [(0, 2), (1, 3), (2, 4), (3, 5), (4, 8)])
def test_agreement_through_the_api(fw: Framework, seed: int, n: int) -> None:
    team = respondents(np.random.default_rng(seed), fw, n)
    table = lhs_maturity.agreement(team, as_frame=True)
    domains = [d["id"] for d in fw.to_dict()["domains"]]
    assert list(table["scope"]) == ["overall", *domains]
    for row in table.to_dict("records"):
        x = matrix(fw, team, row["scope"])
        assert row["raters"] == n
        assert row["alpha_units"] == pairable(x)
        assert row["icc_units"] == complete_units(x)
        for level in ("ordinal", "interval"):
            ref = ref_alpha(x, level)
            if ref is None:
                assert math.isnan(row[f"alpha_{level}"]) and row[f"alpha_{level}_note"]
            else:
                check(f"agreement() alpha {level}", row[f"alpha_{level}"], ref)
        if complete_units(x) < 2:
            assert math.isnan(row["icc2_1"]) and row["icc2_1_note"]
            continue
        ref_single, ref_average = ref_icc(x)
        check("agreement() ICC(2,1)", row["icc2_1"], ref_single)
        check("agreement() ICC(2,k)", row["icc2_k"], ref_average)
    # pool gives the same agreement, and its dispersion matches numpy.
    pooled = lhs_maturity.pool(team, as_frame=True)
    pd.testing.assert_frame_equal(pooled.agreement, table)
    x = matrix(fw, team, "overall")
    ids = [i["id"] for i in fw.indicators()]
    for item in pooled.items.to_dict("records"):
        col = x[:, ids.index(item["id"])]
        col = col[~np.isnan(col)]
        assert item["n_raters"] == len(col)
        if len(col):
            check("pool mean", item["mean"], float(np.mean(col)))
            q1, q3 = np.quantile(col, [0.25, 0.75])
            check("pool iqr", item["iqr"], float(q3 - q1))
            assert (item["min"], item["max"], item["range"]) == (col.min(), col.max(), col.max() - col.min())


def cohort_reports(fw: Framework, seed: int, regions: dict[str, int]) -> list[lhs_maturity.Report]:
    """Reports of units of several regions (sizes given), with varied coverage."""
    rng = np.random.default_rng(seed)
    ids = [i["id"] for i in fw.indicators()]
    docs = []
    k = 0
    for region, size in regions.items():
        for _ in range(size):
            k += 1
            base = rng.integers(0, 5)
            answers: dict[str, Any] = {}
            for id_ in ids:
                u = rng.random()
                if u < 0.2:
                    continue
                answers[id_] = "na" if u < 0.25 else int(np.clip(base + rng.integers(-2, 3), 0, 4))
            unit: dict[str, Any] = {"id": f"d{k:02}", "kind": "district"}
            if region != "(none)":
                unit["region"] = region
            docs.append({"unit": unit, "period": "2026-Q3", "answers": answers})
    return fw.score_many(docs)


def measures_frame(reports: list[lhs_maturity.Report]) -> pd.DataFrame:
    """One row per report, one column per measure (overall, every node, every facet value),
    read from the reports themselves."""
    rows = []
    for r in reports:
        row: dict[str, Any] = {"overall": r.overall["score"]}
        stack = list(r.domains)
        while stack:
            n = stack.pop()
            row[n["id"]] = n["score"]
            stack.extend(n["children"])
        for f in r.facets:
            for v in f["values"]:
                row[f"{f['id']}={v['id']}"] = v["score"]
        region = (r.unit or {}).get("region")
        row["_group"] = region if region is not None else "(none)"
        rows.append(row)
    return pd.DataFrame(rows).astype({c: "float64" for c in rows[0] if c != "_group"})


@pytest.mark.parametrize(("seed", "group_by"), [(0, "region"), (1, "region"), (2, None), (3, "region")])
def test_cohort_statistics_match_numpy_and_pandas(fw: Framework, seed: int, group_by: str | None) -> None:
    regions = {"north": 9, "south": 6, "east": 3, "(none)": 2}
    reports = cohort_reports(fw, seed, regions)
    c = lhs_maturity.cohort(reports, group_by=group_by, min_group=5, publishable=False, as_frame=True)
    m = measures_frame(reports)
    if group_by is None:
        m["_group"] = "all"
    measures = [col for col in m.columns if col != "_group"]
    groups = {"all": m}
    if group_by:
        groups.update({k: g for k, g in m.groupby("_group")})
    summary = c.summary.set_index(["group", "measure"])
    assert set(summary.index.get_level_values("group")) == set(groups)
    for key, g in groups.items():
        suppressed = len(g) < 5
        for measure in measures:
            row = summary.loc[(key, measure)]
            vals = g[measure].dropna().to_numpy()
            assert row["units"] == len(g) and bool(row["suppressed"]) == suppressed
            assert row["count"] == len(vals)
            stats_ = ["mean", "sd", "min", "q1", "median", "q3", "max"]
            if suppressed or len(vals) == 0:
                assert all(math.isnan(row[s]) for s in stats_), (key, measure)
                continue
            check("cohort mean", row["mean"], float(np.mean(vals)))
            if len(vals) > 1:
                check("cohort sd (ddof=1)", row["sd"], float(np.std(vals, ddof=1)))
            else:
                assert math.isnan(row["sd"])
            check("cohort min", row["min"], float(np.min(vals)))
            q1, med, q3 = np.quantile(vals, [0.25, 0.5, 0.75])  # numpy's default: linear
            check("cohort q1", row["q1"], float(q1))
            check("cohort median", row["median"], float(med))
            check("cohort q3", row["q3"], float(q3))
            check("cohort max", row["max"], float(np.max(vals)))
    # Percentile ranks: pandas' rank(method="average", pct=True) × 100 within the group.
    expected = m.groupby("_group")[measures].rank(method="average", pct=True) * 100
    ranks = c.ranks.set_index(["index", "measure"])["rank"]
    assert len(ranks) == len(reports) * len(measures)
    for i in range(len(reports)):
        for measure in measures:
            got, ref = ranks.loc[(i, measure)], expected.loc[i, measure]
            if math.isnan(ref):
                assert math.isnan(got)
            else:
                check("cohort percentile rank", float(got), float(ref))
                assert 0 < got <= 100


def test_reliability_matches_pingouin_and_numpy(fw: Framework) -> None:
    """Cronbach's alpha per node (pingouin, listwise), alpha if deleted (pingouin on the other
    items of the same units), corrected item–total correlation and floor/ceiling (numpy)."""
    rng = np.random.default_rng(7)
    ids = [i["id"] for i in fw.indicators()]
    docs = []
    for _ in range(60):
        trait = rng.integers(0, 5)
        answers = {
            id_: int(np.clip(trait + rng.choice([-1, 0, 0, 1]), 0, 4)) for id_ in ids if rng.random() > 0.03
        }
        docs.append({"answers": answers})
    reports = fw.score_many(docs)
    rel = lhs_maturity.reliability(reports, as_frame=True)
    levels_ = np.array([[NAN if i["level"] is None else i["level"] for i in r.indicators] for r in reports], dtype=float)
    items = rel.items.set_index(["node", "id"])
    defined = 0
    for node in rel.nodes.to_dict("records"):
        cols = [k for k, id_ in enumerate(ids) if id_.startswith(node["id"] + ".")]
        x = levels_[:, cols]
        x = x[~np.isnan(x).any(axis=1)]
        assert node["items"] == len(cols) and node["units_used"] == len(x)
        if len(x) < 2:
            assert math.isnan(node["alpha"]) and node["alpha_note"]
            continue
        defined += 1
        check("reliability alpha", node["alpha"], ref_cronbach(x))
        for j, col in enumerate(cols):
            row = items.loc[(node["id"], ids[col])]
            rest = np.delete(x, j, axis=1)
            if rest.shape[1] >= 2 and np.std(rest.sum(axis=1)) > 0:
                check("reliability alpha if deleted", row["alpha_if_deleted"], ref_cronbach(rest))
            else:
                assert math.isnan(row["alpha_if_deleted"]) and row["alpha_if_deleted_note"]
            if len(x) >= 3 and np.std(x[:, j]) > 0 and np.std(rest.sum(axis=1)) > 0:
                check("item-total correlation", row["item_total_correlation"],
                      float(np.corrcoef(x[:, j], rest.sum(axis=1))[0, 1]))
            else:
                assert math.isnan(row["item_total_correlation"]) and row["item_total_correlation_note"]
    assert defined >= 10
    for d in rel.distributions.to_dict("records"):
        col = levels_[:, ids.index(d["id"])]
        col = col[~np.isnan(col)]
        assert d["rated"] == len(col)
        check("floor share", d["floor"], float(np.mean(col == 0)))
        check("ceiling share", d["ceiling"], float(np.mean(col == 4)))
