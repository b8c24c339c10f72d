"""A small typed program using the public API: `mypy --strict` must accept it (run by
scripts/test.d/20-python.sh), and pytest runs it too."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pandas as pd

import lhs_maturity
import warnings

from lhs_maturity import (
    AssessmentError,
    ContentValidityDict,
    Diagnostic,
    Framework,
    IndicatorInfo,
    LhsError,
    LhsWarning,
    LintReportDict,
    LongRow,
    MigrationDict,
    RelevanceRating,
    Recommendation,
    Report,
    ReportDict,
    ReportFrames,
    ScoreSummary,
    score_frame,
    stats,
)
from lhs_maturity._types import (
    AgreementStats,
    CohortDict,
    PoolBootstrapDict,
    PoolDict,
    RobustnessDict,
    RobustnessOptionsDict,
    Uncertainty,
    UncertaintyOptionsInput,
)


def first_steps(report: Report, n: int = 3) -> list[str]:
    steps: list[Recommendation] = report.recommendations[:n]
    return [f"{s['rank']}. {s['indicator']} {s['level']} -> {s['next_level']}" for s in steps]


def overall_score(report: Report) -> float | None:
    summary: ScoreSummary = report.overall
    return summary["score"]


def errors_of(fw: Framework, assessment: dict[str, object]) -> list[str]:
    diags: list[Diagnostic] = fw.validate(assessment)
    return [d["code"] for d in diags if d["severity"] == "error"]


def main() -> None:
    fw: Framework = Framework.builtin()
    infos: list[IndicatorInfo] = fw.indicators()
    ids = [i["id"] for i in infos]
    report = fw.score({"default_target": 3, "answers": {ids[0]: 2}})
    assert overall_score(report) == 2.0
    assert first_steps(report)[0].startswith("1. ")
    doc: ReportDict = report.to_dict()
    assert doc["framework"]["id"] == fw.id
    text: str = report.to_markdown() + report.to_json() + report.to_html()
    assert text
    reports: list[Report] = fw.score_many([{"answers": {}}, '{"answers": {}}'])
    mixed: list[Report | LhsError] = fw.score_many([{"answers": {"x": 1}}], errors="return")
    assert len(reports) == 2 and isinstance(mixed[0], AssessmentError)
    try:
        fw.score(Path("missing.json"))
    except LhsError as e:
        code: str = e.code
        assert code == "assessment.unreadable" and e.path == "" and e.help is None
        assert e.details[0]["message"]
    assert errors_of(fw, {"answers": {"nope": 1}}) == ["assessment.unknown_indicator"]
    frames: ReportFrames = report.to_frames()
    domains: pd.DataFrame = frames.domains
    scores: pd.DataFrame = score_frame(pd.DataFrame({ids[0]: [1, 2]}), fw, errors="coerce")
    table: pd.DataFrame = fw.indicators_frame()
    assert len(domains) == len(fw.matrix_nodes()) and len(scores) == 2 and len(table) == len(ids)
    assert lhs_maturity.__version__
    analyses(fw, ids)
    framework_tools(fw, ids)


def analyses(fw: Framework, ids: list[str]) -> None:
    team = [{"respondent": {"id": f"r{i}"}, "answers": {ids[0]: i, ids[1]: 2}} for i in range(3)]
    pooled: lhs_maturity.PoolResult[pd.DataFrame] = lhs_maturity.pool(team, method="mean", as_frame=True)
    items: pd.DataFrame = pooled.items
    rows: lhs_maturity.PoolResult[list[dict[str, object]]] = lhs_maturity.pool(team, as_frame=False)
    doc: PoolDict = rows.to_dict()
    agreed: list[AgreementStats] = doc["agreement"]
    report: Report = fw.score(pooled.assessment)
    boot = lhs_maturity.pool_bootstrap(team, resamples=100, seed=3, method="mode")
    boot_doc: PoolBootstrapDict = boot.to_dict()
    method: Literal["bootstrap", "leave_one_out"] = boot_doc["method"]
    boot_interval: list[float] | None = boot_doc["nodes"][0]["interval"]
    sampled = lhs_maturity.cohort([report, report], sample=True, seed=1, as_frame=False)
    mean_interval: list[float] | None = sampled.to_dict()["groups"][0]["measures"][0]["mean_interval"]
    table: pd.DataFrame = lhs_maturity.agreement(team, fw, as_frame=True)
    change = lhs_maturity.compare(fw.score(team[0]), report, as_frame=True)
    improved: list[str] = change.improved
    nodes: pd.DataFrame = change.nodes
    rounds: list[dict[str, object]] = lhs_maturity.series([team[0]], as_frame=False)
    cohort = lhs_maturity.cohort([report, report], group_by="region", min_group=1, as_frame=True)
    public: lhs_maturity.Cohort[pd.DataFrame] = cohort.publishable()
    summary: CohortDict = public.to_dict()
    rel = lhs_maturity.reliability([report, report])
    alpha: float | None = stats.krippendorff_alpha([[1, 2], [1, 3]], "interval").value
    icc: stats.ICC = stats.icc([[1, 2, 3], [1, 3, 3]])
    single: stats.Estimate = icc.icc2_1
    cronbach: int = stats.cronbach_alpha([[1, 2], [2, 3]]).units
    assert len(items) == 2 and agreed and len(table) == 5 and isinstance(improved, list) and len(nodes)
    assert rounds and summary["min_group"] == 1 and rel.units == 2 and rel.to_json()
    assert alpha is not None and single.units == 3 and cronbach == 2
    runs: list[list[float]] = stats.sobol_sample(64, ["w", "w", "rule"], seed=3)
    sobol: stats.SobolIndices = stats.sobol_indices([r[0] + r[2] for r in runs], 2, bootstrap=50)
    first: float | None = sobol.S1[0]
    interval: tuple[float, float] | None = sobol.ST_interval[1]
    assert first is not None and interval is not None and sobol.note is None


def framework_tools(fw: Framework, ids: list[str]) -> None:
    old: Framework = Framework.builtin("1.0.0")
    assessment = {"framework": {"id": "lhs-2021", "version": "1.0.0"}, "answers": {"inst.info.routine_data": 2}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        picked: Framework = Framework.builtin_for({"answers": {}})
    first = caught[0].message
    code: str | None = first.code if isinstance(first, LhsWarning) else None
    assert picked.version == fw.version and code == "assessment.no_framework_version"
    zero: Report = fw.score({"answers": {ids[0]: "unknown"}}, unknown="zero")
    rule: str = zero.unknown_rule
    infos: list[IndicatorInfo] = fw.indicators(unit_kind="district")
    weight: float = infos[0]["effective_weight"]
    table: pd.DataFrame = fw.indicators_frame("facility")
    lint: LintReportDict = old.lint()
    findings: list[Diagnostic] = lint["findings"]
    template: dict[str, object] = fw.template("district")
    migration: MigrationDict = fw.migrate(assessment)
    carried: int = migration["carried"]
    form: str = fw.relevance_form_csv()
    ratings: list[RelevanceRating] = fw.read_relevance_csv(f"indicator,relevance\n{ids[0]},4\n", "a")
    cv: ContentValidityDict = fw.content_validity(ratings, as_frame=False)
    cv_table: pd.DataFrame = fw.content_validity(pd.DataFrame(ratings), as_frame=True)["items"]
    rows: list[LongRow] = fw.long_format([{"answers": {}}], as_frame=False)
    long: pd.DataFrame = fw.long_format([{"answers": {}}], as_frame=True)
    text: str = fw.long_csv([{"answers": {}}])
    scores: pd.DataFrame = score_frame(pd.DataFrame({"unit_kind": ["district"], ids[0]: [1]}), unknown="zero")
    assert rule == "zero" and weight > 0 and len(table) == len(ids) and findings and template
    assert carried == 1 and form and cv["experts"] == 1 and len(cv_table) == len(ids)
    assert len(rows) == len(long) == len(ids) and text and len(scores) == 1
    # How sure a score is.
    sure: Uncertainty = fw.uncertainty({"answers": {ids[0]: 2}}, draws=100, seed=7, unknown="zero")
    sure_frame: pd.DataFrame = fw.uncertainty({"answers": {ids[0]: 2}}, as_frame=True)
    options: UncertaintyOptionsInput = {"max_exact": 4, "model": {"low": {"same": 0.6, "next": 0.2}}}
    sure_report = fw.score({"answers": {ids[0]: 2}}, uncertainty=options)
    carried_sure: Uncertainty | None = sure_report.uncertainty
    interval: list[float] | None = sure["nodes"][0]["independent"]["interval"]
    assert sure["method"] == "exact" and len(sure_frame) and carried_sure is not None and interval
    # Whether many units' results survive other choices: a typed result document.
    units = [{"unit": {"id": f"d{i}"}, "answers": {ids[0]: i}} for i in range(3)]
    robust = lhs_maturity.robustness(units, n=16, bootstrap=0, weights_model="dirichlet",
                                     publishable=False, as_frame=False)
    robust_doc: RobustnessDict = robust.to_dict()
    median: float | None = robust_doc["units"][0]["median"]
    keeps: float = robust_doc["units"][0]["keeps_level"]
    rank = robust_doc["units"][0]["rank"]
    rank_median: float | None = rank["median"] if rank is not None else None
    s1: float | None = robust_doc["sensitivity"]["rank_shift"]["factors"][0]["s1"]
    chosen: RobustnessOptionsDict = {"n": 16, "weights_model": "uniform"}
    assert robust_doc["weights_model"] == "dirichlet" and chosen["n"] == 16 and keeps >= 0
    assert median is not None and rank_median is not None and (s1 is None or s1 <= 1.5)


if __name__ == "__main__":
    main()


def test_typed_usage_runs() -> None:
    main()
