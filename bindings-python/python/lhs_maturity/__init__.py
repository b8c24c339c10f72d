"""lhs-maturity: a maturity model and scoring library for learning health systems.

It turns the WHO / Alliance for Health Policy and Systems Research report *Learning health
systems: pathways to progress* (2021) into a scored self-assessment. One Rust core computes
every number; this package converts and forwards.

- ``Framework``: the model (``Framework.builtin()`` or your own), validated once.
- ``Framework.validate`` / ``Framework.score`` / ``Framework.score_many``: check and score
  assessments (dicts, JSON text or files); a ``Report`` has the scores, levels, coverage,
  learning profile, gaps and next steps, and displays as tables in Jupyter.
- ``score_frame``: score a pandas DataFrame of assessments (one row each) at once.

Example:
    >>> import lhs_maturity
    >>> fw = lhs_maturity.Framework.builtin()
    >>> report = fw.score({"default_target": 3, "answers": {"inst.info.routine_data": 2}})
    >>> report.overall["score"], report.recommendations[0]["indicator"]
    (2.0, 'inst.info.routine_data')
"""

from __future__ import annotations

from . import _native
from ._errors import (
    AssessmentError,
    FrameworkError,
    InputError,
    InternalError,
    LhsError,
    LhsWarning,
)
from ._frames import ReportFrames, score_frame
from ._native import CELL_MISSING, CELL_NA, CELL_UNKNOWN, Framework, Report
from ._types import (
    AssessmentInput,
    Diagnostic,
    IndicatorInfo,
    NodeResult,
    Recommendation,
    ReportDict,
    ScoreSummary,
)

__version__: str = _native.__version__

__all__ = [
    "CELL_MISSING",
    "CELL_NA",
    "CELL_UNKNOWN",
    "AssessmentError",
    "AssessmentInput",
    "Diagnostic",
    "Framework",
    "FrameworkError",
    "IndicatorInfo",
    "InputError",
    "InternalError",
    "LhsError",
    "LhsWarning",
    "NodeResult",
    "Recommendation",
    "Report",
    "ReportDict",
    "ReportFrames",
    "ScoreSummary",
    "__version__",
    "score_frame",
]
