"""The typed shapes no schema in ``spec/schema/`` describes: what the API takes as arguments, and
the few records the native module builds itself. Hand-written; ``_types.py`` (generated from the
schemas by ``bindings-python/scripts/gen_types.py``) re-exports every public name of this module,
and lists the names of ``__all__`` below in its own ``__all__``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypedDict, Union

if TYPE_CHECKING:
    from ._native import Report

__all__ = [
    "AssessmentInput", "RelevanceRating", "ReportInput", "ResultColumn", "SobolIndices",
    "UncertaintyOptionsInput",
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


class ResultColumn(TypedDict):
    """One column of a table of scores (``Framework.result_columns()``, the core's
    ``Framework::result_columns``)."""

    #: ``<node>_<measure>`` (``column_name``).
    name: str
    #: ``overall``, a domain or a sub-domain id.
    node: str
    #: What the column holds.
    measure: Literal["score", "level", "coverage"]
    #: Its type; every column may be empty (null) in a row.
    type: Literal["float64", "int8"]


class RelevanceRating(TypedDict):
    """One expert's relevance rating of one indicator (1–4, or None when left blank), as
    ``Framework.content_validity`` takes them."""

    expert: str
    indicator: str
    relevance: int | None


class SobolIndices(NamedTuple):
    """First- and total-order Sobol' indices with their bootstrap intervals
    (``stats.sobol_indices``, the core's ``analysis::sobol_indices_with``). The lists have one
    entry per factor or group, in the order of the design."""

    #: First-order index of each factor (Saltelli et al. 2010), None when undefined (``note``).
    S1: list[float | None]
    #: Total-order index of each factor (Jansen 1999), None when undefined (``note``).
    ST: list[float | None]
    #: The bootstrap interval of each first-order index, ``(low, high)``: the 2.5% and 97.5%
    #: quantiles of its resampled values; None without resamples or when the index is undefined.
    S1_interval: list[tuple[float, float] | None]
    #: The bootstrap interval of each total-order index, as ``S1_interval``.
    ST_interval: list[tuple[float, float] | None]
    #: Why the indices are undefined (every output the same...), or that some resamples were
    #: left out of the intervals; None otherwise.
    note: str | None
    #: The number of factors or groups.
    k: int
    #: The number of base points (the outputs are ``n * (k + 2)``).
    n: int
    #: The bootstrap resamples drawn.
    bootstrap: int
    #: The seed of the bootstrap.
    seed: int
    #: The confidence of the intervals (0.95).
    level: float


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


class _SpreadInput(TypedDict):
    """The chances of a rated answer's level (``same``) and of each level next to it (``next``)."""

    same: float
    next: float


class _RatingModelInput(TypedDict, total=False):
    high: _SpreadInput
    medium: _SpreadInput
    low: _SpreadInput
    unstated: _SpreadInput


class UncertaintyOptionsInput(TypedDict, total=False):
    """``Framework.score(..., uncertainty=...)``: the options of the uncertainty, each optional
    (``spec/schema/uncertainty-options.schema.json``)."""

    #: Monte Carlo draws (default 10,000).
    draws: int
    #: The seed, a whole number up to 2**53 - 1 (default 2021).
    seed: int
    #: The most uncertain answers enumerated exactly (default 10).
    max_exact: int
    #: The chances per confidence; those left out keep their defaults.
    model: _RatingModelInput
