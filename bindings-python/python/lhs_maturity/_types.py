"""Typed shapes of the documents the library returns (plain dicts and lists at run time).

They mirror ``spec/schema/report.schema.json`` and the schemas of the analyses
(``pool``, ``agreement``, ``comparison``, ``series``, ``cohort``, ``reliability``), of the
framework's indicators, lint, migration, content validity and long format (``indicators``,
``lint``, ``migration``, ``content-validity``, ``long``): tests check that the keys stay in
step. Keys the core writes only when they say something (``outcome``, ``from_elements``,
``unknown_as_zero``, ``unknown_rule``, ``question``...) are optional keys.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

if TYPE_CHECKING:
    from ._native import Report

__all__ = [
    "AgendaItem",
    "Basis",
    "ContentValidityDict",
    "ItemValidity",
    "LintReportDict",
    "LongRow",
    "MigrationDict",
    "RelevanceRating",
    "UnitKindName",
    "AgreementStats",
    "AssessmentInput",
    "CohortDict",
    "CohortGroup",
    "ComparisonDict",
    "ConsensusEntry",
    "DomainScore",
    "EstimateDict",
    "IndicatorChange",
    "ItemDistribution",
    "ItemStats",
    "MeasureRank",
    "MeasureSummary",
    "NodeChange",
    "NodeReliability",
    "PoolDict",
    "PoolItem",
    "RaterValue",
    "ReliabilityDict",
    "ReportInput",
    "SeriesDict",
    "SeriesRow",
    "UnitRank",
    "Contribution",
    "Counts",
    "Diagnostic",
    "FacetResult",
    "FacetValueResult",
    "FrameworkId",
    "GapEntry",
    "GapSummary",
    "IndicatorInfo",
    "IndicatorResult",
    "LevelInfo",
    "NodeResult",
    "OwnerRecommendations",
    "Recommendation",
    "ReportDict",
    "ScoreSummary",
    "TargetSummary",
]

#: An assessment as the API takes it: a dict (the parsed document), JSON text (``str`` or
#: ``bytes``), or the path of a JSON file (``os.PathLike``, e.g. ``pathlib.Path``).
AssessmentInput = Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"]

#: A report as the analyses take it: a ``Report``, a report document (a dict as
#: ``Report.to_dict()`` returns it, its JSON text, or the path of a JSON file), or an assessment
#: (a document with ``answers``), which is scored first.
ReportInput = Union["Report", Mapping[str, Any], str, bytes, "os.PathLike[str]"]

#: An answer: a level, ``"na"``, ``"unknown"`` or None (missing).
AnswerValue = Union[int, Literal["na", "unknown"], None]

Severity = Literal["error", "warning"]
Status = Literal["rated", "na", "unknown", "missing", "does_not_apply"]

#: A unit kind, as ``applies_to`` and ``Framework.indicators(unit_kind=...)`` name it.
UnitKindName = Literal["national", "subnational", "district", "facility", "programme", "network"]


class _DiagnosticRequired(TypedDict):
    severity: Severity
    code: str
    path: str
    message: str


class Diagnostic(_DiagnosticRequired, total=False):
    """One finding: a stable ``code``, a JSON Pointer ``path``, a ``message`` and maybe
    ``help`` (and ``line``/``column`` for JSON syntax errors)."""

    help: str
    line: int
    column: int


class _BasisRequired(TypedDict):
    type: Literal["named", "derived"]


class Basis(_BasisRequired, total=False):
    """What an indicator rests on in the source report: ``named`` (the report names it, as
    ``name``) or ``derived`` (an operationalisation of a passage)."""

    name: str


class _IndicatorInfoRequired(TypedDict):
    id: str
    domain: str
    subdomain: str
    name: str
    statement: str
    weight: float
    share: float
    effective_weight: float
    applies_to: list[UnitKindName]
    outcome: bool
    facets: dict[str, list[str]]


class IndicatorInfo(_IndicatorInfoRequired, total=False):
    """One indicator with its place in the framework (``Framework.indicators()``):
    ``effective_weight`` is its share of the overall score for the unit kind asked for (0 when
    it does not apply, and for outcome indicators)."""

    question: str
    evidence: list[str]
    basis: Basis
    reference: str


class FrameworkId(TypedDict):
    """The framework a report was scored against."""

    id: str
    version: str
    title: str


class LevelInfo(TypedDict):
    """One level of the scale."""

    level: int
    key: str
    name: str


class Counts(TypedDict):
    """How many indicators are rated, not applicable, unknown and missing."""

    total: int
    rated: int
    na: int
    unknown: int
    missing: int


class TargetSummary(TypedDict):
    """Progress toward the targets of the rated indicators that have one."""

    with_target: int
    below_target: int
    total_gap: int
    total_target: int
    percent_to_target: float | None


class ScoreSummary(TypedDict):
    """A score with its level, percent of the top level, coverage, counts and targets."""

    score: float | None
    level: int | None
    level_key: str | None
    percent: float | None
    coverage: float | None
    counts: Counts
    targets: TargetSummary


Exclusion = Literal[
    "na", "unknown", "missing", "no_score", "not_minimum", "does_not_apply", "outcome"
]


class _ContributionRequired(TypedDict):
    id: str
    kind: Literal["node", "indicator"]
    weight: float
    score: float | None
    effective_weight: float
    excluded: Exclusion | None


class Contribution(_ContributionRequired, total=False):
    """What one child (sub-node or indicator) contributes to a node's score;
    ``unknown_as_zero`` (only when true) marks an ``unknown`` answer counted as level 0."""

    unknown_as_zero: bool


class _NodeResultRequired(TypedDict):
    id: str
    name: str
    weight: float
    aggregation: Literal["mean", "minimum", "pooled_mean"]
    score: float | None
    level: int | None
    level_key: str | None
    percent: float | None
    coverage: float | None
    counts: Counts
    targets: TargetSummary
    explanation: list[Contribution]
    children: list[NodeResult]


class NodeResult(_NodeResultRequired, total=False):
    """A domain or sub-domain: its score summary, explanation and children; ``outcome`` (only
    when true) marks a node reported apart, outside its parent's and the overall score."""

    outcome: bool


class _IndicatorResultRequired(TypedDict):
    id: str
    name: str
    domain: str
    subdomain: str
    weight: float
    share: float
    status: Status
    level: int | None
    level_key: str | None
    target: int | None
    target_source: Literal["answer", "default"] | None
    gap: int | None
    evidence: str | None
    justification: str | None
    confidence: Literal["low", "medium", "high"] | None


class IndicatorResult(_IndicatorResultRequired, total=False):
    """One indicator in a report: its status, level, target, gap and notes; ``from_elements``
    (the level was derived from the answer's elements) and ``outcome`` only when true."""

    from_elements: bool
    outcome: bool


class FacetValueResult(TypedDict):
    """The score summary of one facet value (e.g. ``loop`` = ``double``)."""

    id: str
    name: str
    score: float | None
    level: int | None
    level_key: str | None
    percent: float | None
    coverage: float | None
    counts: Counts
    targets: TargetSummary


class FacetResult(TypedDict):
    """One facet of the learning profile, with the result of each of its values."""

    id: str
    name: str
    values: list[FacetValueResult]


class GapEntry(TypedDict):
    """An indicator below its target."""

    id: str
    level: int
    target: int
    gap: int


class GapSummary(TypedDict):
    """The gaps to target: totals and the indicators below their target."""

    with_target: int
    below_target: int
    total_gap: int
    total_target: int
    percent_to_target: float | None
    indicators: list[GapEntry]


class Recommendation(TypedDict):
    """One next step: move an indicator up from its level, with who should act."""

    rank: int
    indicator: str
    name: str
    domain: str
    level: int
    next_level: int
    target: int
    gap: int
    priority: float
    next_level_descriptor: str
    action: str | None
    owners: list[str]


class OwnerRecommendations(TypedDict):
    """The next steps of one stakeholder group (ids, highest priority first)."""

    owner: str
    name: str
    indicators: list[str]


class _ReportDictRequired(TypedDict):
    schema_version: str
    framework: FrameworkId
    unit: dict[str, Any] | None
    period: str | None
    respondent: dict[str, Any] | None
    language: str
    scale: list[LevelInfo]
    overall: ScoreSummary
    domains: list[NodeResult]
    indicators: list[IndicatorResult]
    facets: list[FacetResult]
    gaps: GapSummary
    recommendations: list[Recommendation]
    recommendations_by_owner: list[OwnerRecommendations]
    warnings: list[Diagnostic]


class ReportDict(_ReportDictRequired, total=False):
    """The whole report document (``Report.to_dict()``); ``unknown_rule`` only when it is
    ``"zero"``."""

    unknown_rule: Literal["exclude", "zero"]


# ---- analyses (spec/SCORING.md §15–18) ------------------------------------------------------


class EstimateDict(TypedDict):
    """A statistic that may be undefined: then ``value`` is None and ``note`` says why."""

    value: float | None
    note: str | None


class RaterValue(TypedDict):
    """What one respondent answered for one indicator."""

    respondent: str
    value: AnswerValue


class ConsensusEntry(TypedDict):
    """A level agreed in a consensus meeting, with the reason."""

    level: AnswerValue
    rationale: str


class PoolItem(TypedDict):
    """The answers of all respondents to one indicator and how they were pooled."""

    id: str
    pooled: AnswerValue
    mean: float | None
    n_raters: int
    n_na: int
    n_unknown: int
    n_missing: int
    min: int | None
    max: int | None
    range: int | None
    iqr: float | None
    ratings: list[RaterValue]
    consensus: ConsensusEntry | None


class AgendaItem(TypedDict):
    """One entry of the disagreement agenda."""

    id: str
    name: str
    range: int
    iqr: float
    ratings: list[RaterValue]


class AgreementStats(TypedDict):
    """Agreement between respondents over the indicators of one scope (``overall`` or a
    domain)."""

    scope: str
    name: str
    alpha_ordinal: EstimateDict
    alpha_interval: EstimateDict
    alpha_units: int
    icc2_1: EstimateDict
    icc2_k: EstimateDict
    icc_units: int
    raters: int


class PoolDict(TypedDict):
    """The whole result of ``pool`` (``PoolResult.to_dict()``)."""

    assessment: dict[str, Any]
    method: Literal["median", "mean", "mode"]
    respondents: list[str]
    items: list[PoolItem]
    agenda: list[AgendaItem]
    agreement: list[AgreementStats]
    warnings: list[Diagnostic]


class NodeChange(TypedDict):
    """The change of the overall score or of one node between two rounds."""

    id: str
    name: str
    before: float | None
    after: float | None
    change: float | None
    before_level: int | None
    after_level: int | None
    level_change: int | None


class IndicatorChange(TypedDict):
    """The change of one indicator between two rounds."""

    id: str
    name: str
    before_status: Status
    after_status: Status
    before_level: int | None
    after_level: int | None
    change: int | None
    target: int | None
    progress_to_target: float | None


class _ComparisonDictRequired(TypedDict):
    before_framework: str
    after_framework: str
    before_period: str | None
    after_period: str | None
    restricted: bool
    comparable: int
    only_before: list[str]
    only_after: list[str]
    overall: NodeChange
    nodes: list[NodeChange]
    indicators: list[IndicatorChange]
    improved: list[str]
    regressed: list[str]
    unchanged: list[str]
    progress_to_target: float | None


class ComparisonDict(_ComparisonDictRequired, total=False):
    """The whole result of ``compare`` (``Comparison.to_dict()``); ``note`` only when the rounds
    are two versions of a framework connected by a migration map (only the indicators it
    classes ``equivalent`` are then compared)."""

    note: str


class DomainScore(TypedDict):
    """The score of one domain in one round."""

    id: str
    score: float | None


class SeriesRow(TypedDict):
    """One round of a unit."""

    period: str | None
    overall: float | None
    level: int | None
    coverage: float | None
    domains: list[DomainScore]


class SeriesDict(TypedDict):
    """The rounds of one unit, sorted by period (the core's series document)."""

    unit: str | None
    rows: list[SeriesRow]


class MeasureSummary(TypedDict):
    """Descriptive statistics of one measure in one group (None when suppressed)."""

    id: str
    count: int
    mean: float | None
    sd: float | None
    min: float | None
    q1: float | None
    median: float | None
    q3: float | None
    max: float | None


class CohortGroup(TypedDict):
    """One group of a cohort: its size, whether it is suppressed, and its measures."""

    key: str
    units: int
    suppressed: bool
    measures: list[MeasureSummary]


class MeasureRank(TypedDict):
    """A unit's percentile rank on one measure."""

    id: str
    rank: float | None


class UnitRank(TypedDict):
    """A unit's percentile ranks within its group (not for publication)."""

    index: int
    unit: str | None
    period: str | None
    group: str
    ranks: list[MeasureRank]


class CohortDict(TypedDict):
    """The whole result of ``cohort`` (``Cohort.to_dict()``)."""

    group_by: str | None
    min_group: int
    groups: list[CohortGroup]
    units: list[UnitRank]


class ItemStats(TypedDict):
    """Item statistics within one node."""

    id: str
    alpha_if_deleted: EstimateDict
    item_total_correlation: EstimateDict


class NodeReliability(TypedDict):
    """Reliability of one domain or sub-domain."""

    id: str
    items: int
    units_used: int
    alpha: EstimateDict
    item_stats: list[ItemStats]


class ItemDistribution(TypedDict):
    """Floor and ceiling shares of one indicator across the cohort."""

    id: str
    rated: int
    floor: float | None
    ceiling: float | None


class ReliabilityDict(TypedDict):
    """The whole result of ``reliability`` (``Reliability.to_dict()``)."""

    units: int
    nodes: list[NodeReliability]
    indicators: list[ItemDistribution]


# ---- the framework: lint, migration, content validity, long format ---------------------------


class LintReportDict(TypedDict):
    """What ``Framework.lint()`` finds: warnings ``lint.*`` and descriptor lengths."""

    findings: list[Diagnostic]
    indicators: int
    average_words: list[float]
    average_words_all: float


class _LanguageStatusRequired(TypedDict):
    code: str
    name: str
    status: Literal["source", "provisional", "reviewed", "undeclared"]
    translated: int
    total: int


class LanguageStatusDict(_LanguageStatusRequired, total=False):
    """One language of a framework (``Framework.language_status()``): ``reviewer`` when signed
    off, ``first_missing`` (a JSON Pointer) when incomplete."""

    reviewer: str
    first_missing: str


class MigrationDict(TypedDict):
    """The result of ``Framework.migrate``: the migrated assessment and what happened to its
    answers."""

    assessment: dict[str, Any]
    classes: dict[str, int]
    carried: int
    proposed: int
    unmapped: int
    notes: list[Diagnostic]


class RelevanceRating(TypedDict):
    """One expert's relevance rating of one indicator (1–4, or None when left blank)."""

    expert: str
    indicator: str
    relevance: int | None


class ItemValidity(TypedDict):
    """The content validity of one indicator."""

    id: str
    name: str
    experts: int
    relevant: int
    i_cvi: float | None
    kappa: float | None
    interpretation: str


class ContentValidityDict(TypedDict):
    """The result of ``Framework.content_validity(..., as_frame=False)``."""

    experts: int
    items: list[ItemValidity]
    s_cvi_ave: float | None
    s_cvi_ua: float | None


class LongRow(TypedDict):
    """One rating in the long format (``Framework.long_format``)."""

    unit: str | None
    unit_kind: str | None
    period: str | None
    rater: str | None
    indicator: str
    domain: str
    level: int | None
    status: Status
