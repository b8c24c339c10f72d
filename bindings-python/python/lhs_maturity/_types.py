"""Typed shapes of the documents the library returns (plain dicts and lists at run time).

They mirror ``spec/schema/report.schema.json`` (a test checks that the keys stay in step).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal, TypedDict, Union

__all__ = [
    "AssessmentInput",
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

Severity = Literal["error", "warning"]
Status = Literal["rated", "na", "unknown", "missing"]


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


class _IndicatorInfoRequired(TypedDict):
    id: str
    domain: str
    subdomain: str
    name: str
    statement: str
    weight: float
    share: float
    facets: dict[str, list[str]]


class IndicatorInfo(_IndicatorInfoRequired, total=False):
    """One indicator with its place in the framework (``Framework.indicators()``)."""

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


class Contribution(TypedDict):
    """What one child (sub-node or indicator) contributes to a node's score."""

    id: str
    kind: Literal["node", "indicator"]
    weight: float
    score: float | None
    effective_weight: float
    excluded: Literal["na", "unknown", "missing", "no_score", "not_minimum"] | None


class NodeResult(TypedDict):
    """A domain or sub-domain: its score summary, explanation and children."""

    id: str
    name: str
    weight: float
    aggregation: Literal["mean", "minimum"]
    score: float | None
    level: int | None
    level_key: str | None
    percent: float | None
    coverage: float | None
    counts: Counts
    targets: TargetSummary
    explanation: list[Contribution]
    children: list[NodeResult]


class IndicatorResult(TypedDict):
    """One indicator in a report: its status, level, target, gap and notes."""

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


class ReportDict(TypedDict):
    """The whole report document (``Report.to_dict()``)."""

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
