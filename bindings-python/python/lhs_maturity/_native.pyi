# Hand-written stubs of the native module (checked with `python -m mypy.stubtest
# lhs_maturity._native`). The documentation is in the Rust sources (`bindings-python/src`).

import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal, final, overload

import pandas as pd

from ._errors import LhsError
from ._frames import ReportFrames
from ._types import (
    AgreementStats,
    AssessmentInput,
    CohortDict,
    ComparisonDict,
    Diagnostic,
    FacetResult,
    FrameworkId,
    GapSummary,
    IndicatorInfo,
    IndicatorResult,
    LevelInfo,
    NodeResult,
    OwnerRecommendations,
    PoolDict,
    Recommendation,
    ReliabilityDict,
    ReportDict,
    ReportInput,
    ScoreSummary,
    SeriesDict,
)

__all__ = [
    "Framework",
    "Report",
    "_panic_for_tests",
    "_pool",
    "_agreement",
    "_compare",
    "_series",
    "_cohort",
    "_cohort_publishable",
    "_reliability",
    "_krippendorff_alpha",
    "_icc2",
    "_cronbach_alpha",
    "CELL_MISSING",
    "CELL_NA",
    "CELL_UNKNOWN",
    "MAX_CELL_ERRORS",
    "DEFAULT_MIN_GROUP",
    "__version__",
]

CELL_MISSING: int
CELL_NA: int
CELL_UNKNOWN: int
MAX_CELL_ERRORS: int
DEFAULT_MIN_GROUP: int
__version__: str

@final
class Framework:
    @staticmethod
    def builtin() -> Framework: ...
    @staticmethod
    def from_json(text: str | bytes) -> Framework: ...
    @staticmethod
    def from_dict(spec: Any) -> Framework: ...
    @staticmethod
    def from_path(path: str | os.PathLike[str]) -> Framework: ...
    @property
    def id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def max_level(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...
    def indicators(self) -> list[IndicatorInfo]: ...
    def indicators_frame(self) -> pd.DataFrame: ...
    def matrix_nodes(self) -> list[str]: ...
    def validate(self, assessment: AssessmentInput) -> list[Diagnostic]: ...
    def score(
        self,
        assessment: AssessmentInput,
        *,
        default_target: int | None = None,
        language: str = "en",
    ) -> Report: ...
    @overload
    def score_many(
        self,
        assessments: Iterable[AssessmentInput],
        *,
        default_target: int | None = None,
        language: str = "en",
        errors: Literal["raise"] = "raise",
    ) -> list[Report]: ...
    @overload
    def score_many(
        self,
        assessments: Iterable[AssessmentInput],
        *,
        default_target: int | None = None,
        language: str = "en",
        errors: Literal["return"],
    ) -> list[Report | LhsError]: ...
    def _frame_columns(self, names: list[str]) -> list[int]: ...
    def _score_columns(
        self, rows: int, columns: list[tuple[int, str, Any, Any]], coerce: bool
    ) -> tuple[list[str], bytearray, bytearray, bytearray, list[Diagnostic], int]: ...
    def __reduce__(self) -> tuple[Any, ...]: ...

@final
class Report:
    @property
    def schema_version(self) -> str: ...
    @property
    def framework(self) -> FrameworkId: ...
    @property
    def unit(self) -> dict[str, Any] | None: ...
    @property
    def period(self) -> str | None: ...
    @property
    def respondent(self) -> dict[str, Any] | None: ...
    @property
    def language(self) -> str: ...
    @property
    def scale(self) -> list[LevelInfo]: ...
    @property
    def overall(self) -> ScoreSummary: ...
    @property
    def domains(self) -> list[NodeResult]: ...
    @property
    def indicators(self) -> list[IndicatorResult]: ...
    @property
    def facets(self) -> list[FacetResult]: ...
    @property
    def gaps(self) -> GapSummary: ...
    @property
    def recommendations(self) -> list[Recommendation]: ...
    @property
    def recommendations_by_owner(self) -> list[OwnerRecommendations]: ...
    @property
    def warnings(self) -> list[Diagnostic]: ...
    def node(self, id: str) -> NodeResult | None: ...
    def indicator(self, id: str) -> IndicatorResult | None: ...
    def to_dict(self) -> ReportDict: ...
    def to_json(self) -> str: ...
    def to_markdown(self) -> str: ...
    def to_html(self) -> str: ...
    def to_frames(self) -> ReportFrames: ...
    def _repr_markdown_(self) -> str: ...
    def _repr_html_(self) -> str: ...
    @staticmethod
    def _from_json(report: str, framework: str | None = None) -> Report: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, value: object, /) -> bool: ...

def _panic_for_tests(message: str, in_thread: bool = False) -> None: ...

# The analyses (lhs_maturity._analysis and lhs_maturity.stats are the public API).
def _pool(
    framework: Framework | None,
    assessments: Iterable[AssessmentInput],
    method: str,
    allow_mismatch: bool,
    consensus: Mapping[str, Any] | None,
) -> PoolDict: ...
def _agreement(
    framework: Framework | None, assessments: Iterable[AssessmentInput]
) -> list[AgreementStats]: ...
def _compare(
    framework: Framework | None, before: ReportInput, after: ReportInput
) -> ComparisonDict: ...
def _series(framework: Framework | None, reports: Iterable[ReportInput]) -> SeriesDict: ...
def _cohort(
    framework: Framework | None,
    reports: Iterable[ReportInput],
    group_by: str | None,
    min_group: int,
    publishable: bool,
) -> CohortDict: ...
def _cohort_publishable(cohort: CohortDict) -> CohortDict: ...
def _reliability(
    framework: Framework | None, reports: Iterable[ReportInput]
) -> ReliabilityDict: ...
def _krippendorff_alpha(
    data: Any, level_of_measurement: str
) -> tuple[float | None, str | None, int]: ...
def _icc2(
    data: Any,
) -> tuple[tuple[float | None, str | None], tuple[float | None, str | None], int]: ...
def _cronbach_alpha(data: Any) -> tuple[float | None, str | None, int]: ...
