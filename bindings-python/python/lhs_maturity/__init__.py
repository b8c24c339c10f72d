"""lhs-maturity: a maturity model and scoring library for learning health systems.

It turns the WHO / Alliance for Health Policy and Systems Research report *Learning health
systems: pathways to progress* (2021) into a scored self-assessment. One Rust core computes
every number; this package converts and forwards.

- ``Framework``: the model (``Framework.builtin()``, the latest built-in version, or
  ``Framework.builtin("1.0.0")``, ``Framework.builtin_for(assessment)``, or your own),
  validated once; ``indicators``, ``lint``, ``template``, ``migrate`` (an assessment of an
  earlier version), ``content_validity`` (an expert panel's relevance ratings) and
  ``long_format`` (one row per rating, for item-response analyses).
- ``Framework.validate`` / ``Framework.score`` / ``Framework.score_many``: check and score
  assessments (dicts, JSON text or files); a ``Report`` has the scores, levels, coverage,
  learning profile, gaps and next steps, and displays as tables in Jupyter.
- ``score_frame``: score a pandas DataFrame of assessments (one row each) at once.
- Analyses of many assessments and reports: ``pool`` (several respondents of one unit, with
  their agreement and a disagreement agenda), ``agreement``, ``compare`` (two rounds),
  ``series`` (the rounds of a unit), ``cohort`` (many units, small groups suppressed) and
  ``reliability`` (Cronbach's alpha of the instrument); ``lhs_maturity.stats`` has
  Krippendorff's alpha, the ICC and Cronbach's alpha of a plain matrix. Tables are tidy
  DataFrames when pandas is installed, lists of dicts otherwise.

Example:
    >>> import lhs_maturity
    >>> fw = lhs_maturity.Framework.builtin()
    >>> report = fw.score({"default_target": 3, "answers": {"inst.info.routine_data": 2}})
    >>> report.overall["score"], report.recommendations[0]["indicator"]
    (2.0, 'inst.info.routine_data')
"""

from __future__ import annotations

from . import _native, stats
from ._analysis import (
    Cohort,
    Comparison,
    PoolBootstrapResult,
    PoolResult,
    Reliability,
    agreement,
    cohort,
    robustness,
    RobustnessResult,
    compare,
    pool,
    pool_bootstrap,
    reliability,
    series,
)
from ._errors import (
    ArgumentError,
    AssessmentError,
    FrameworkError,
    InputError,
    InternalError,
    LhsError,
    LhsWarning,
)
from ._frames import ReportFrames, score_frame
from ._native import (
    CELL_DOES_NOT_APPLY,
    CELL_MISSING,
    CELL_NA,
    CELL_UNKNOWN,
    MEASURES,
    Framework,
    Report,
    column_name,
)
from ._types import (
    AssessmentInput,
    ContentValidityDict,
    Diagnostic,
    IndicatorInfo,
    LanguageStatusDict,
    LintReportDict,
    LongRow,
    MigrationDict,
    NodeResult,
    Recommendation,
    RelevanceRating,
    ReportDict,
    ReportInput,
    ResultColumn,
    ScoreSummary,
)

__version__: str = _native.__version__

__all__ = [
    "CELL_DOES_NOT_APPLY",
    "CELL_MISSING",
    "CELL_NA",
    "CELL_UNKNOWN",
    "MEASURES",
    "ArgumentError",
    "AssessmentError",
    "AssessmentInput",
    "Cohort",
    "Comparison",
    "ContentValidityDict",
    "Diagnostic",
    "Framework",
    "FrameworkError",
    "IndicatorInfo",
    "InputError",
    "InternalError",
    "LhsError",
    "LhsWarning",
    "LanguageStatusDict",
    "LintReportDict",
    "LongRow",
    "MigrationDict",
    "NodeResult",
    "PoolBootstrapResult",
    "PoolResult",
    "Recommendation",
    "RelevanceRating",
    "Reliability",
    "Report",
    "ReportDict",
    "ReportFrames",
    "ReportInput",
    "ResultColumn",
    "ScoreSummary",
    "__version__",
    "agreement",
    "cohort",
    "robustness",
    "RobustnessResult",
    "column_name",
    "compare",
    "pool",
    "pool_bootstrap",
    "reliability",
    "score_frame",
    "series",
    "stats",
]
