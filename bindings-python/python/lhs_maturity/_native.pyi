# Hand-written stubs of the native module (checked with `python -m mypy.stubtest
# lhs_maturity._native`). The documentation is in the Rust sources (`bindings-python/src`).

import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal, final, overload

import pandas as pd

from ._errors import InputError, LhsError
from ._frames import ReportFrames
from ._types import (
    AssessmentInput,
    CohortDict,
    ComparisonDict,
    ContentValidityDict,
    Diagnostic,
    FacetResult,
    FrameworkId,
    GapSummary,
    IndicatorInfo,
    IndicatorResult,
    LanguageStatusDict,
    LevelInfo,
    LintReportDict,
    LongRow,
    MigrationDict,
    NodeResult,
    OwnerRecommendations,
    PoolBootstrapDict,
    PoolDict,
    Recommendation,
    RelevanceRating,
    ReliabilityDict,
    ReportDict,
    ReportInput,
    ResultColumn,
    RobustnessDict,
    RobustnessOptionsDict,
    ScoreSummary,
    SeriesDict,
    Uncertainty,
    UncertaintyOptionsInput,
)

__all__ = [
    "Framework",
    "Report",
    "_panic_for_tests",
    "_pool",
    "_pool_bootstrap",
    "_agreement",
    "_compare",
    "_series",
    "_cohort",
    "_cohort_publishable",
    "_robustness",
    "_robustness_render",
    "_reliability",
    "_krippendorff_alpha",
    "_icc2",
    "_cronbach_alpha",
    "_long_rows",
    "_content_validity",
    "_sobol_sample",
    "_sobol_indices",
    "CELL_DOES_NOT_APPLY",
    "CELL_MISSING",
    "CELL_NA",
    "CELL_UNKNOWN",
    "MAX_CELL_ERRORS",
    "DEFAULT_MIN_GROUP",
    "MEASURES",
    "column_name",
    "_argument_error",
    "__version__",
]

CELL_DOES_NOT_APPLY: int
CELL_MISSING: int
CELL_NA: int
CELL_UNKNOWN: int
MAX_CELL_ERRORS: int
DEFAULT_MIN_GROUP: int
__version__: str

_UnknownRule = Literal["exclude", "zero"]

@final
class Framework:
    @staticmethod
    def builtin(version: str | None = None) -> Framework: ...
    @staticmethod
    def builtin_for(assessment: AssessmentInput) -> Framework: ...
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
    def indicators(self, unit_kind: str | None = None) -> list[IndicatorInfo]: ...
    def indicators_frame(self, unit_kind: str | None = None) -> pd.DataFrame: ...
    def lint(self) -> LintReportDict: ...
    def language_status(self) -> list[LanguageStatusDict]: ...
    def texts(self, language: str) -> dict[str, str]: ...
    def translated(self, language: str, texts: Mapping[str, str]) -> Framework: ...
    def template(self, unit_kind: str | None = None, language: str = "en") -> dict[str, Any]: ...
    def migrate(self, assessment: AssessmentInput) -> MigrationDict: ...
    @overload
    def content_validity(
        self,
        ratings: Iterable[Mapping[str, Any]] | pd.DataFrame,
        *,
        as_frame: Literal[False],
    ) -> ContentValidityDict: ...
    @overload
    def content_validity(
        self,
        ratings: Iterable[Mapping[str, Any]] | pd.DataFrame,
        *,
        as_frame: Literal[True] | None = None,
    ) -> dict[str, Any]: ...
    @overload
    def to_excel_template(self, path: None = None, *, language: str | None = None) -> bytes: ...
    @overload
    def to_excel_template(
        self, path: str | os.PathLike[str], *, language: str | None = None
    ) -> None: ...
    @overload
    def to_xlsform(
        self,
        path: None = None,
        *,
        units: str | os.PathLike[str] | None = None,
        revision: int | None = None,
        confidence: bool = True,
        periods: list[str] | None = None,
        language: str | None = None,
    ) -> bytes: ...
    @overload
    def to_xlsform(
        self,
        path: str | os.PathLike[str],
        *,
        units: str | os.PathLike[str] | None = None,
        revision: int | None = None,
        confidence: bool = True,
        periods: list[str] | None = None,
        language: str | None = None,
    ) -> None: ...
    def read_submissions(
        self, source: str | os.PathLike[str] | bytes, *, name: str | None = None
    ) -> dict[str, Any]: ...
    def to_fhir_questionnaire(
        self,
        *,
        language: str | None = None,
        units: str | os.PathLike[str] | None = None,
        revision: int | None = None,
    ) -> dict[str, Any]: ...
    def to_fhir_code_system(self) -> dict[str, Any]: ...
    def to_fhir_response(
        self, assessment: AssessmentInput, language: str | None = None
    ) -> dict[str, Any]: ...
    def from_fhir_response(
        self, response: dict[str, Any] | str | bytes | os.PathLike[str]
    ) -> dict[str, Any]: ...
    def relevance_form_csv(self) -> str: ...
    def read_relevance_csv(self, text: str | bytes, expert: str) -> list[RelevanceRating]: ...
    def to_dhis2_metadata(
        self,
        *,
        units: str | os.PathLike[str] | None = None,
        period_type: str | None = None,
        code_prefix: str | None = None,
        language: str | None = None,
    ) -> dict[str, Any]: ...
    def to_dhis2_mapping(
        self,
        *,
        units: str | os.PathLike[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        period_type: str | None = None,
        code_prefix: str | None = None,
    ) -> dict[str, Any]: ...
    def to_dhis2(
        self,
        reports: Iterable[ReportInput],
        mapping: Mapping[str, Any] | str,
        *,
        units: str | os.PathLike[str] | None = None,
        levels: bool = False,
        coverage: bool = False,
        csv: bool = False,
    ) -> str: ...
    @overload
    def long_format(
        self, assessments: Iterable[AssessmentInput], *, as_frame: Literal[True]
    ) -> pd.DataFrame: ...
    @overload
    def long_format(
        self, assessments: Iterable[AssessmentInput], *, as_frame: Literal[False]
    ) -> list[LongRow]: ...
    @overload
    def long_format(
        self, assessments: Iterable[AssessmentInput], *, as_frame: None = None
    ) -> Any: ...
    def long_csv(self, assessments: Iterable[AssessmentInput]) -> str: ...
    def matrix_nodes(self) -> list[str]: ...
    def result_columns(self) -> list[ResultColumn]: ...
    def validate(self, assessment: AssessmentInput) -> list[Diagnostic]: ...
    def score(
        self,
        assessment: AssessmentInput,
        *,
        default_target: int | None = None,
        language: str = "en",
        unknown: _UnknownRule = "exclude",
        uncertainty: bool | UncertaintyOptionsInput | None = None,
    ) -> Report: ...
    @overload
    def uncertainty(
        self,
        assessment: AssessmentInput,
        *,
        draws: int | None = None,
        seed: int | None = None,
        max_exact: int | None = None,
        model: Mapping[str, Any] | None = None,
        unknown: _UnknownRule = "exclude",
        as_frame: Literal[False] = False,
    ) -> Uncertainty: ...
    @overload
    def uncertainty(
        self,
        assessment: AssessmentInput,
        *,
        draws: int | None = None,
        seed: int | None = None,
        max_exact: int | None = None,
        model: Mapping[str, Any] | None = None,
        unknown: _UnknownRule = "exclude",
        as_frame: Literal[True],
    ) -> pd.DataFrame: ...
    @overload
    def score_many(
        self,
        assessments: Iterable[AssessmentInput],
        *,
        default_target: int | None = None,
        language: str = "en",
        unknown: _UnknownRule = "exclude",
        errors: Literal["raise"] = "raise",
    ) -> list[Report]: ...
    @overload
    def score_many(
        self,
        assessments: Iterable[AssessmentInput],
        *,
        default_target: int | None = None,
        language: str = "en",
        unknown: _UnknownRule = "exclude",
        errors: Literal["return"],
    ) -> list[Report | LhsError]: ...
    def _frame_columns(self, names: list[str]) -> list[int]: ...
    def _score_columns(
        self,
        rows: int,
        columns: list[tuple[int, str, Any, Any]],
        coerce: bool,
        unknown: str = "exclude",
        kinds: list[str | None] | None = None,
        row_keys: list[str] | None = None,
    ) -> tuple[list[str], Any, Any, Any, list[Diagnostic], int]: ...
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
    def unknown_rule(self) -> _UnknownRule: ...
    @property
    def uncertainty(self) -> Uncertainty | None: ...
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
    def _tables(self) -> list[_NativeTable]: ...
    def _repr_markdown_(self) -> str: ...
    def _repr_html_(self) -> str: ...
    @staticmethod
    def _from_json(report: str, framework: str | None = None) -> Report: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __eq__(self, value: object, /) -> bool: ...

def _panic_for_tests(message: str, in_thread: bool = False) -> None: ...
def column_name(node: str, measure: str) -> str: ...
def _argument_error(
    name: str,
    expected: str,
    found: str,
    value: str | None = None,
    choices: str | None = None,
) -> InputError: ...

MEASURES: list[str]

# The analyses (lhs_maturity._analysis and lhs_maturity.stats are the public API).
#: One of the core's tables (`lhs_maturity::analysis::Table`), column by column: its name, then
#: each column's name, kind and values.
_NativeTable = tuple[
    str, list[tuple[str, Literal["text", "int", "float", "bool", "answer"], list[Any]]]
]

def _pool(
    framework: Framework | None,
    assessments: Iterable[AssessmentInput],
    method: str,
    allow_mismatch: bool,
    consensus: Mapping[str, Any] | None,
) -> tuple[PoolDict, list[_NativeTable]]: ...
def _pool_bootstrap(
    framework: Framework | None,
    assessments: Iterable[AssessmentInput],
    method: str,
    allow_mismatch: bool,
    consensus: Mapping[str, Any] | None,
    resamples: int,
    seed: int,
    level: float,
) -> tuple[PoolBootstrapDict, list[_NativeTable]]: ...
def _agreement(
    framework: Framework | None, assessments: Iterable[AssessmentInput]
) -> list[_NativeTable]: ...
def _compare(
    framework: Framework | None, before: ReportInput, after: ReportInput
) -> tuple[ComparisonDict, list[_NativeTable]]: ...
def _series(
    framework: Framework | None, reports: Iterable[ReportInput]
) -> tuple[SeriesDict, list[_NativeTable]]: ...
def _cohort(
    framework: Framework | None,
    reports: Iterable[ReportInput],
    group_by: str | None,
    min_group: int,
    publishable: bool,
    sampling: Mapping[str, Any],
) -> tuple[CohortDict, list[_NativeTable]]: ...
def _cohort_publishable(cohort: CohortDict) -> tuple[CohortDict, list[_NativeTable]]: ...
def _robustness(
    framework: Framework | None,
    assessments: list[Any],
    labels: list[str] | None,
    options: RobustnessOptionsDict,
) -> tuple[RobustnessDict, list[_NativeTable]]: ...
def _robustness_render(
    result: RobustnessDict, format: Literal["markdown", "html", "svg"], lang: str
) -> str: ...
def _reliability(
    framework: Framework | None, reports: Iterable[ReportInput]
) -> tuple[ReliabilityDict, list[_NativeTable]]: ...
def _krippendorff_alpha(
    data: Any, level_of_measurement: str
) -> tuple[float | None, str | None, int]: ...
def _icc2(
    data: Any,
) -> tuple[tuple[float | None, str | None], tuple[float | None, str | None], int]: ...
def _cronbach_alpha(data: Any) -> tuple[float | None, str | None, int]: ...
def _long_rows(
    framework: Framework, assessments: Iterable[AssessmentInput]
) -> list[_NativeTable]: ...
def _content_validity(
    framework: Framework, ratings: Any, columns: list[str] | None = None
) -> tuple[ContentValidityDict, list[_NativeTable]]: ...
def _sobol_sample(n: int, factors_or_groups: Any, seed: int) -> tuple[list[list[float]], int]: ...
def _sobol_indices(
    outputs: Any, k: int, bootstrap: int, seed: int
) -> tuple[
    list[float | None],
    list[float | None],
    list[tuple[float, float] | None],
    list[tuple[float, float] | None],
    str | None,
    int,
    int,
    int,
    float,
]: ...
