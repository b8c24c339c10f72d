"""The analyses of many assessments and reports (``spec/SCORING.md`` §15–18, 26): pooling the
answers of several respondents with their agreement, comparing rounds, series of rounds,
cohort summaries, the reliability of the instrument, its content validity, and the long
format of the ratings.

Only conversion happens here: the native module hands the inputs to the core, which returns
its result (a plain document) with its tidy tables (``lhs_maturity::analysis::Table``), column
by column; they become DataFrames or lists of dicts here. Every number, every decision and
every column is the core's.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from . import _native
from ._native import Framework
from ._types import (
    AssessmentInput,
    CohortDict,
    ComparisonDict,
    Diagnostic,
    Factor,
    NodeChange,
    PoolBootstrapDict,
    PoolDict,
    ReliabilityDict,
    RobustnessDict,
    RobustnessOptionsDict,
    ReportInput,
)

if TYPE_CHECKING:
    import pandas as pd

    from ._native import _NativeTable as NativeTable

__all__ = [
    "Cohort",
    "Comparison",
    "PoolBootstrapResult",
    "PoolResult",
    "Reliability",
    "Rows",
    "agreement",
    "cohort",
    "compare",
    "pool",
    "pool_bootstrap",
    "reliability",
    "series",
]

#: The table type of a result: ``pandas.DataFrame`` or ``Rows``.
T = TypeVar("T")

#: A table without pandas: one dict per row, the keys being the DataFrame's columns.
Rows = list[dict[str, Any]]

PoolMethod = Literal["median", "mean", "mode"]



# ---- conversion helpers ---------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "as_frame=True needs pandas: pip install 'lhs-maturity[pandas]' (or pass "
            "as_frame=False for lists of dicts)"
        ) from e
    return pandas


def _want_frames(as_frame: bool | None) -> bool:
    """Whether to build DataFrames: as asked, else when pandas can be imported."""
    if as_frame is None:
        try:
            import pandas  # noqa: F401
        except ImportError:
            return False
        return True
    if not isinstance(as_frame, bool):
        raise _native._argument_error(
            "as_frame", "choice", type(as_frame).__name__, choices="`True`, `False`, `None`"
        )
    if as_frame:
        _pandas()
    return as_frame


def _framework(framework: Framework | None) -> Framework | None:
    if framework is not None and not isinstance(framework, Framework):
        raise _native._argument_error("framework", "framework", type(framework).__name__)
    return framework


def _table(table: NativeTable, frame: bool) -> Any:
    """One of the core's tables as a DataFrame (whole numbers that may be missing as nullable
    ``Int64``, numbers as float64 with NaN for None, answers that mix levels and text as
    objects, texts as pandas infers them), or as a list of dicts, one per row."""
    _, columns = table
    if not frame:
        names = [name for name, _, _ in columns]
        return [dict(zip(names, row)) for row in zip(*(values for _, _, values in columns))]
    pdm = _pandas()
    import numpy as np

    data: dict[str, Any] = {}
    for name, kind, values in columns:
        if kind == "int":
            data[name] = pdm.array(values, dtype="Int64")
        elif kind == "float":
            data[name] = np.array([np.nan if v is None else v for v in values], dtype=np.float64)
        elif kind == "bool":
            data[name] = np.array(values, dtype=bool)
        elif kind == "answer":
            col = np.empty(len(values), dtype=object)
            col[:] = values
            data[name] = col
        else:
            data[name] = pdm.Series(values, dtype=object if not values else None)
    rows = len(columns[0][2]) if columns else 0
    return pdm.DataFrame(data, index=pdm.RangeIndex(rows))


def _tables(tables: Sequence[NativeTable], frame: bool) -> dict[str, Any]:
    """The core's tables by name, each as ``_table`` makes it."""
    return {t[0]: _table(t, frame) for t in tables}


class _Result:
    """What every result object shares: the core's document, ``to_dict`` and ``to_json``."""

    _doc: Any

    def to_dict(self) -> Any:
        """The core's result document (a copy), as in ``spec/schema``."""
        return copy.deepcopy(self._doc)

    def to_json(self) -> str:
        """The core's result document as pretty-printed JSON text."""
        return json.dumps(self._doc, indent=2, ensure_ascii=False)


# ---- pool and agreement ---------------------------------------------------------------------

class PoolResult(_Result, Generic[T]):
    """The result of ``pool``: the pooled assessment and how the respondents answered.

    The tables are pandas DataFrames (or, with ``as_frame=False`` or without pandas, lists of
    dicts, one per row, with the same keys as the DataFrame's columns).

    Attributes:
        assessment: the pooled assessment (a dict), ready for ``Framework.score``; its
            ``pooling`` field records the method, the respondents and the consensus.
        method: the method used (``"median"``, ``"mean"`` or ``"mode"``).
        respondents: the respondents' labels (id, else name, else ``respondent N``), in order.
        items: one row per indicator someone answered, in framework order: ``id``, ``pooled``
            (a level, ``"na"``, ``"unknown"`` or None), ``mean`` (exact mean of the rated
            levels), ``n_raters``, ``n_na``, ``n_unknown``, ``n_missing``, ``min``, ``max``,
            ``range``, ``iqr``, ``consensus_level`` and ``consensus_rationale``.
        ratings: who answered what: one row per indicator of ``items`` and respondent, with
            ``id``, ``respondent`` and ``value``.
        agenda: the disagreement agenda, most disagreement first: ``id``, ``name``, ``range``,
            ``iqr`` (the ratings of each entry are in ``ratings``).
        agreement: inter-rater agreement, one row for ``overall`` then one per domain (see
            ``agreement``).
        warnings: things worth knowing about the inputs (diagnostics), e.g. a respondent
            given twice.
    """

    assessment: dict[str, Any]
    method: PoolMethod
    respondents: list[str]
    items: T
    ratings: T
    agenda: T
    agreement: T
    warnings: list[Diagnostic]

    _doc: PoolDict

    def __init__(self, doc: PoolDict, tables: Sequence[NativeTable], frame: bool) -> None:
        self._doc = doc
        self.assessment = copy.deepcopy(doc["assessment"])
        self.method = doc["method"]
        self.respondents = list(doc["respondents"])
        t = _tables(tables, frame)
        self.items = t["items"]
        self.ratings = t["ratings"]
        self.agenda = t["agenda"]
        self.agreement = t["agreement"]
        self.warnings = copy.deepcopy(doc["warnings"])

    def to_dict(self) -> PoolDict:
        """The core's pool result document (``spec/schema/pool.schema.json``), a copy."""
        return copy.deepcopy(self._doc)

    def __repr__(self) -> str:
        d = self._doc
        return (
            f"<PoolResult {d['method']}: {len(d['respondents'])} respondents, "
            f"{len(d['items'])} indicators answered, {len(d['agenda'])} on the agenda>"
        )


@overload
def pool(
    assessments: Iterable[AssessmentInput],
    *,
    method: PoolMethod = ...,
    consensus: Mapping[str, Mapping[str, Any]] | None = ...,
    allow_mismatch: bool = ...,
    framework: Framework | None = ...,
    as_frame: Literal[True],
) -> PoolResult[pd.DataFrame]: ...
@overload
def pool(
    assessments: Iterable[AssessmentInput],
    *,
    method: PoolMethod = ...,
    consensus: Mapping[str, Mapping[str, Any]] | None = ...,
    allow_mismatch: bool = ...,
    framework: Framework | None = ...,
    as_frame: Literal[False],
) -> PoolResult[Rows]: ...
@overload
def pool(
    assessments: Iterable[AssessmentInput],
    *,
    method: PoolMethod = ...,
    consensus: Mapping[str, Mapping[str, Any]] | None = ...,
    allow_mismatch: bool = ...,
    framework: Framework | None = ...,
    as_frame: None = ...,
) -> PoolResult[Any]: ...
def pool(
    assessments: Iterable[AssessmentInput],
    *,
    method: PoolMethod = "median",
    consensus: Mapping[str, Mapping[str, Any]] | None = None,
    allow_mismatch: bool = False,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> PoolResult[Any]:
    """Pools the assessments of several respondents of one unit and period into one
    consolidated assessment, with the dispersion of their answers, the disagreement agenda and
    their agreement (``spec/SCORING.md`` §15).

    Per indicator: ``"na"`` when more than half of those who answered said ``na``; else the
    ``median`` (the lower middle value for an even count, so always a level someone gave),
    ``mean`` (rounded half up; the exact mean is in ``items``) or ``mode`` (ties: the lower
    level) of the rated levels; else ``"unknown"`` if anyone said so. A consensus overrides
    chosen indicators.

    Args:
        assessments: one assessment per respondent (dicts, JSON text or paths, as
            ``Framework.score`` takes them); each must be valid for the framework.
        method: ``"median"`` (default), ``"mean"`` or ``"mode"``.
        consensus: levels agreed in a consensus meeting, overriding the pooled ones: indicator
            id → ``{"level": 2 | "na" | "unknown", "rationale": "why"}``.
        allow_mismatch: pool assessments of different units, periods or framework versions
            anyway (refused by default).
        framework: the framework (default: the built-in one, in the version the first
            assessment names: ``Framework.builtin_for``).
        as_frame: True: the tables are DataFrames (needs pandas); False: lists of dicts;
            None (default): DataFrames when pandas is installed.

    Returns:
        PoolResult: ``assessment`` (the pooled assessment, ready for ``Framework.score``),
        ``items``, ``ratings``, ``agenda``, ``agreement``, ``warnings``, and ``to_dict()`` /
        ``to_json()`` for the whole core result.

    Raises:
        AssessmentError: an assessment is invalid; the paths of ``details`` start with its
            position (``/1/answers/...``) and ``index`` is set when it cannot be read at all.
        InputError: no assessments (``input.empty``); different units, periods or framework
            versions (``input.pool_mismatch``, the path names the field: ``/1/unit/id``); an
            unknown ``method`` (``input.invalid_method``); a bad consensus
            (``input.invalid_consensus``, ``input.unknown_indicator``, ``input.invalid_level``,
            ``input.level_out_of_range``, at ``/consensus/<id>``).

    Example:
        >>> team = [
        ...     {"respondent": {"id": who}, "answers": {"inst.info.routine_data": a,
        ...                                             "inst.delib.working_groups": b}}
        ...     for who, a, b in [("dho", 2, 1), ("hmis", 3, 1), ("chv", 2, 3)]
        ... ]
        >>> pooled = lhs_maturity.pool(team, as_frame=False)
        >>> [(i["id"], i["pooled"], i["range"]) for i in pooled.items]
        [('inst.info.routine_data', 2, 1), ('inst.delib.working_groups', 1, 2)]
        >>> pooled.agenda[0]["id"]
        'inst.delib.working_groups'
        >>> lhs_maturity.Framework.builtin().score(pooled.assessment).overall["score"]
        1.5
    """
    frame = _want_frames(as_frame)
    doc, tables = _native._pool(
        _framework(framework), assessments, method, allow_mismatch, consensus
    )
    return PoolResult(doc, tables, frame)


class PoolBootstrapResult(_Result, Generic[T]):
    """The result of ``pool_bootstrap``: how much a pooled assessment's scores depend on who
    answered (``spec/SCORING.md`` §31).

    Attributes:
        method: ``"bootstrap"`` (8 respondents or more: intervals from resamples of the
            respondents) or ``"leave_one_out"`` (fewer: each score without each respondent).
        reason: why this method, as a sentence.
        respondents: the respondents' labels, in order.
        resamples: the resamples drawn (0 for leave-one-out).
        seed: the seed of the draws (None for leave-one-out).
        level: the coverage of the intervals.
        nodes: one row per node (overall, domains, sub-domains): ``id``, ``name``, ``depth``,
            ``score`` and ``level`` (the pool of all), ``interval_low``, ``interval_high``,
            ``keeps_level`` (the share of resamples with that level), ``no_score`` (resamples
            without a score), ``range_low``, ``range_high`` and, for leave-one-out, one column
            ``without <respondent>`` per respondent.
    """

    method: Literal["bootstrap", "leave_one_out"]
    reason: str
    respondents: list[str]
    resamples: int
    seed: int | None
    level: float
    nodes: T

    _doc: PoolBootstrapDict

    def __init__(
        self, doc: PoolBootstrapDict, tables: Sequence[NativeTable], frame: bool
    ) -> None:
        self._doc = doc
        self.method = doc["method"]
        self.reason = doc["reason"]
        self.respondents = list(doc["respondents"])
        self.resamples = doc["resamples"]
        self.seed = doc["seed"]
        self.level = doc["level"]
        self.nodes = _tables(tables, frame)["nodes"]

    def to_dict(self) -> PoolBootstrapDict:
        """The core's result document (``spec/schema/pool-bootstrap.schema.json``), a copy."""
        return copy.deepcopy(self._doc)

    def __repr__(self) -> str:
        d = self._doc
        return (
            f"<PoolBootstrapResult {d['method']}: {len(d['respondents'])} respondents, "
            f"{d['resamples']} resamples>"
        )


def pool_bootstrap(
    assessments: Iterable[AssessmentInput],
    *,
    resamples: int = 1000,
    seed: int = 2021,
    level: float = 0.9,
    method: PoolMethod = "median",
    consensus: Mapping[str, Mapping[str, Any]] | None = None,
    allow_mismatch: bool = False,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> PoolBootstrapResult[Any]:
    """How much a pooled assessment's scores depend on the respondents who answered
    (``spec/SCORING.md`` §31): with 8 respondents or more, ``resamples`` resamples of the
    respondents drawn with replacement, each pooled as ``pool`` pools and scored, give each
    node's percentile interval and the share of resamples keeping its level; with fewer (too
    few distinct resamples), each node's score with each respondent left out, and their range.
    The same numbers as ``lhs-maturity pool --bootstrap`` for the same seed.

    Args:
        assessments: one assessment per respondent, as ``pool`` takes them.
        resamples: resamples of the bootstrap (at least 1).
        seed: the seed of the draws.
        level: the coverage of the intervals, between 0 and 1 (0.9: 5% and 95% quantiles).
        method, consensus, allow_mismatch: how the respondents are pooled, as in ``pool``.
        framework: as in ``pool``.
        as_frame: as in ``pool``.

    Returns:
        PoolBootstrapResult: ``method``, ``reason``, ``nodes`` (a table), ``to_dict()``.

    Raises:
        AssessmentError, InputError: as ``pool``; ``input.invalid_bootstrap_option`` for
            ``resamples=0`` or a ``level`` not between 0 and 1.

    Example:
        >>> team = [{"respondent": {"id": who}, "answers": {"inst.info.routine_data": a}}
        ...         for who, a in [("dho", 1), ("hmis", 2), ("chv", 4)]]
        >>> b = lhs_maturity.pool_bootstrap(team, as_frame=False)
        >>> b.method
        'leave_one_out'
        >>> row = b.nodes[0]
        >>> row["score"], row["range_low"], row["range_high"], row["without dho"]
        (2.0, 1.0, 2.0, 2.0)
    """
    frame = _want_frames(as_frame)
    doc, tables = _native._pool_bootstrap(
        _framework(framework), assessments, method, allow_mismatch, consensus,
        resamples, seed, level,
    )
    return PoolBootstrapResult(doc, tables, frame)


@overload
def agreement(
    assessments: Iterable[AssessmentInput],
    framework: Framework | None = ...,
    *,
    as_frame: Literal[True],
) -> pd.DataFrame: ...
@overload
def agreement(
    assessments: Iterable[AssessmentInput],
    framework: Framework | None = ...,
    *,
    as_frame: Literal[False],
) -> Rows: ...
@overload
def agreement(
    assessments: Iterable[AssessmentInput],
    framework: Framework | None = ...,
    *,
    as_frame: None = ...,
) -> Any: ...
def agreement(
    assessments: Iterable[AssessmentInput],
    framework: Framework | None = None,
    *,
    as_frame: bool | None = None,
) -> Any:
    """Inter-rater agreement between the respondents of one unit, overall and per domain
    (``spec/SCORING.md`` §15): the indicators are the units, the respondents the raters, and
    ``na``, ``unknown`` and missing answers are missing ratings. Assessments of different units
    or periods are accepted (as with ``pool(..., allow_mismatch=True)``).

    Args:
        assessments: one assessment per respondent (dicts, JSON text or paths).
        framework: the framework (default: the built-in one, in the version the first
            assessment names: ``Framework.builtin_for``).
        as_frame: as in ``pool``.

    Returns:
        One row for ``overall``, then one per domain: ``scope`` (the id) and ``name``;
        Krippendorff's alpha ``alpha_ordinal`` and ``alpha_interval`` over the ``alpha_units``
        indicators with at least two ratings; ``icc2_1`` (ICC(2,1): two-way random effects,
        absolute agreement, one rater) and ``icc2_k`` (ICC(2,k): the mean of the raters) over the ``icc_units``
        indicators every respondent rated; ``raters``. A statistic the data cannot define
        (one respondent, identical ratings) is NaN in a DataFrame (None in a dict) and its
        ``<name>_note`` column says why; otherwise the note is empty.

    Raises:
        AssessmentError: an assessment is invalid.
        InputError: no assessments (``input.empty``).

    Example:
        >>> a = {"answers": {"inst.info.routine_data": 1, "inst.info.me_integration": 3,
        ...                  "cap.prov.communication": 2}}
        >>> b = {"answers": {"inst.info.routine_data": 2, "inst.info.me_integration": 3,
        ...                  "cap.prov.communication": 2}}
        >>> rows = lhs_maturity.agreement([a, b], as_frame=False)
        >>> rows[0]["scope"], round(rows[0]["alpha_interval"], 4), rows[0]["alpha_units"]
        ('overall', 0.7059, 3)
        >>> rows[0]["icc2_1"], rows[0]["icc2_1_note"]
        (0.75, None)
        >>> rows[3]["scope"], rows[3]["icc2_1"], rows[3]["icc2_1_note"]  # nothing rated in `cond`
        ('cond', None, 'fewer than two indicators were rated by every respondent')
    """
    frame = _want_frames(as_frame)
    (table,) = _native._agreement(_framework(framework), assessments)
    return _table(table, frame)


# ---- compare and series ---------------------------------------------------------------------

class Comparison(_Result, Generic[T]):
    """The result of ``compare``: what changed between two rounds of a unit.

    Attributes:
        overall: the overall change (a dict: ``before``, ``after``, ``change``, the levels and
            ``level_change``).
        nodes: one row for ``overall``, then every domain and sub-domain present in both
            rounds: ``id``, ``name``, ``before``, ``after``, ``change``, ``before_level``,
            ``after_level``, ``level_change``.
        indicators: one row per indicator both rounds share: ``id``, ``name``,
            ``before_status``, ``after_status``, ``before_level``, ``after_level``, ``change``,
            ``target`` and ``progress_to_target``.
        improved, regressed, unchanged: the ids of the indicators rated in both rounds whose
            level went up, down, or stayed.
        progress_to_target: gained / needed levels over the indicators with a target above
            their earlier level, or None.
        restricted: True when the rounds have different framework versions or indicator sets:
            the scores were then recomputed on the ``comparable`` indicators both share, and
            ``only_before`` / ``only_after`` list the others.
        note: across two versions of a framework that a migration map connects (lhs-2021
            1.0.0 and 2.0.0), only the indicators the map classes ``equivalent`` are compared,
            and the note says so; else None.
        before_framework, after_framework, before_period, after_period: what was compared.
    """

    overall: NodeChange
    nodes: T
    indicators: T
    improved: list[str]
    regressed: list[str]
    unchanged: list[str]
    progress_to_target: float | None
    restricted: bool
    comparable: int
    only_before: list[str]
    only_after: list[str]
    note: str | None
    before_framework: str
    after_framework: str
    before_period: str | None
    after_period: str | None

    _doc: ComparisonDict

    def __init__(self, doc: ComparisonDict, tables: Sequence[NativeTable], frame: bool) -> None:
        self._doc = doc
        self.overall = copy.deepcopy(doc["overall"])
        t = _tables(tables, frame)
        self.nodes = t["nodes"]
        self.indicators = t["indicators"]
        self.improved = list(doc["improved"])
        self.regressed = list(doc["regressed"])
        self.unchanged = list(doc["unchanged"])
        self.progress_to_target = doc["progress_to_target"]
        self.restricted = doc["restricted"]
        self.comparable = doc["comparable"]
        self.only_before = list(doc["only_before"])
        self.only_after = list(doc["only_after"])
        self.note = doc.get("note")
        self.before_framework = doc["before_framework"]
        self.after_framework = doc["after_framework"]
        self.before_period = doc["before_period"]
        self.after_period = doc["after_period"]

    def to_dict(self) -> ComparisonDict:
        """The core's comparison document (``spec/schema/comparison.schema.json``), a copy."""
        return copy.deepcopy(self._doc)

    def __repr__(self) -> str:
        o = self._doc["overall"]
        return (
            f"<Comparison {self.before_period} -> {self.after_period}: overall "
            f"{o['before']} -> {o['after']}, {len(self.improved)} improved, "
            f"{len(self.regressed)} regressed>"
        )


@overload
def compare(
    before: ReportInput,
    after: ReportInput,
    *,
    framework: Framework | None = ...,
    as_frame: Literal[True],
) -> Comparison[pd.DataFrame]: ...
@overload
def compare(
    before: ReportInput,
    after: ReportInput,
    *,
    framework: Framework | None = ...,
    as_frame: Literal[False],
) -> Comparison[Rows]: ...
@overload
def compare(
    before: ReportInput,
    after: ReportInput,
    *,
    framework: Framework | None = ...,
    as_frame: None = ...,
) -> Comparison[Any]: ...
def compare(
    before: ReportInput,
    after: ReportInput,
    *,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> Comparison[Any]:
    """Compares two rounds of a unit (``spec/SCORING.md`` §16): the change of every indicator,
    node and of the overall score, the improved, regressed and unchanged indicators, and the
    progress to target. Rounds of different framework versions or indicator sets are compared
    on the indicators they share (``restricted``).

    Args:
        before: the earlier round: a ``Report``, a report document (a dict as
            ``Report.to_dict()`` gives it, its JSON text, or a path to it), or an assessment
            (a document with ``answers``), which is scored with ``framework`` first.
        after: the later round, in the same forms.
        framework: the framework that scores assessments (default: the built-in one, in the
            version each assessment names: ``Framework.builtin_for``).
        as_frame: as in ``pool``.

    Returns:
        Comparison: ``overall``, ``nodes``, ``indicators``, ``improved``, ``regressed``,
        ``unchanged``, ``progress_to_target``, ``restricted``, ... and ``to_dict()`` /
        ``to_json()``.

    Raises:
        InputError: a document is not a report (``report.invalid``, ``report.invalid_json``,
            the message starts with ``before`` or ``after``).
        AssessmentError: an assessment given in place of a report cannot be scored.

    Example:
        >>> fw = lhs_maturity.Framework.builtin()
        >>> before = fw.score({"period": "2025", "answers": {"inst.info.routine_data": 1}})
        >>> after = {"period": "2026", "default_target": 3, "answers": {"inst.info.routine_data": 2}}
        >>> c = lhs_maturity.compare(before, after, as_frame=False)
        >>> c.overall["change"], c.improved, c.progress_to_target
        (1.0, ['inst.info.routine_data'], 0.5)
    """
    frame = _want_frames(as_frame)
    doc, tables = _native._compare(_framework(framework), before, after)
    return Comparison(doc, tables, frame)


@overload
def series(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = ...,
    as_frame: Literal[True],
) -> pd.DataFrame: ...
@overload
def series(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = ...,
    as_frame: Literal[False],
) -> Rows: ...
@overload
def series(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = ...,
    as_frame: None = ...,
) -> Any: ...
def series(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> Any:
    """The rounds of one unit, sorted by period, one row per round, ready to plot
    (``spec/SCORING.md`` §16).

    Args:
        reports: the unit's reports (or assessments, scored first), in any order: ``Report``
            objects, report documents or assessments, as ``compare`` takes them.
        framework: the framework that scores assessments (default: the built-in one, in the
            version each assessment names: ``Framework.builtin_for``).
        as_frame: as in ``pool``.

    Returns:
        One row per round: ``unit_id``, ``period``, ``overall_score``, ``overall_level``,
        ``overall_coverage``, then ``<domain>_score`` for every domain (the column names of
        ``score_frame`` and of the command line's tables: ``column_name``). Periods sort as text: use sortable periods such as ``2026-Q3``.

    Raises:
        InputError: reports of different units (``input.series_mismatch``), two reports of
            one period (``input.duplicate_period``), or a document that is not a report.

    Example:
        >>> fw = lhs_maturity.Framework.builtin()
        >>> rounds = [{"unit": {"id": "u"}, "period": p, "answers": {"inst.info.routine_data": l}}
        ...           for p, l in [("2026", 3), ("2025", 1)]]
        >>> [(r["period"], r["overall_score"]) for r in lhs_maturity.series(rounds, as_frame=False)]
        [('2025', 1.0), ('2026', 3.0)]
    """
    frame = _want_frames(as_frame)
    _, (table,) = _native._series(_framework(framework), reports)
    return _table(table, frame)


# ---- cohort and reliability -----------------------------------------------------------------

class Cohort(_Result, Generic[T]):
    """The result of ``cohort``: descriptive statistics per group, and unit ranks.

    Attributes:
        summary: one row per group and measure: ``group`` (``all`` first, then each group in
            order of its key), ``units`` (the group's size), ``suppressed``, ``measure``
            (``overall``, a domain or sub-domain id, or ``<facet>=<value>``), ``count`` (units
            with a score), ``mean``, ``sd`` (n − 1), ``min``, ``q1``, ``median``, ``q3``,
            ``max``. The statistics of a group smaller than ``min_group`` are suppressed
            (NaN / None): this table can be published.
        ranks: each unit's percentile rank within its group, one row per unit and measure:
            ``index`` (position in the input), ``unit``, ``period``, ``group``, ``measure``,
            ``rank`` (in (0, 100], pandas' ``rank(pct=True)`` × 100). It singles units out:
            not for publication. Empty in a publishable cohort.
            With ``sample=True``, the columns ``mean_low``, ``mean_high`` (the 90% bootstrap
            interval of the mean, for groups of at least 10 units) and ``mean_note`` follow.
        group_by: the grouping label, or None.
        min_group: the suppression threshold used.
        sample: whether the units are a sample (else a census: the group means have no
            sampling error, as each measure's ``mean_note`` in ``to_dict()`` says).
    """

    summary: T
    ranks: T
    group_by: str | None
    min_group: int
    sample: bool

    _doc: CohortDict

    def __init__(self, doc: CohortDict, tables: Sequence[NativeTable], frame: bool) -> None:
        self._doc = doc
        self._frame = frame
        self.group_by = doc["group_by"]
        self.min_group = doc["min_group"]
        self.sample = doc["sample"]
        t = _tables(tables, frame)
        self.summary = t["summary"]
        self.ranks = t["ranks"]

    @property
    def is_publishable(self) -> bool:
        """True when the cohort holds no unit-level rows (``ranks`` is empty)."""
        return not self._doc["units"]

    def publishable(self) -> Cohort[T]:
        """The cohort without the unit ranks: what can be published (suppressed groups already
        show no statistics). The core's ``Cohort::publishable``.

        Example:
            >>> one = [{"answers": {"inst.info.routine_data": 2}}]
            >>> c = lhs_maturity.cohort(one, publishable=False, as_frame=False)
            >>> len(c.ranks) > 0, len(c.publishable().ranks), c.publishable().to_dict()["units"]
            (True, 0, [])
        """
        doc, tables = _native._cohort_publishable(self._doc)
        return Cohort(doc, tables, self._frame)

    def to_dict(self) -> CohortDict:
        """The core's cohort document (``spec/schema/cohort.schema.json``), a copy."""
        return copy.deepcopy(self._doc)

    def __repr__(self) -> str:
        groups = self._doc["groups"]
        shown = sum(1 for g in groups if not g["suppressed"])
        what = "publishable" if self.is_publishable else "with unit ranks"
        return (
            f"<Cohort {groups[0]['units'] if groups else 0} units, {len(groups)} groups "
            f"({shown} shown, min_group={self.min_group}), {what}>"
        )


@overload
def cohort(
    reports: Iterable[ReportInput],
    *,
    group_by: str | None = ...,
    min_group: int = ...,
    publishable: bool = ...,
    sample: bool = ...,
    resamples: int = ...,
    seed: int = ...,
    framework: Framework | None = ...,
    as_frame: Literal[True],
) -> Cohort[pd.DataFrame]: ...
@overload
def cohort(
    reports: Iterable[ReportInput],
    *,
    group_by: str | None = ...,
    min_group: int = ...,
    publishable: bool = ...,
    sample: bool = ...,
    resamples: int = ...,
    seed: int = ...,
    framework: Framework | None = ...,
    as_frame: Literal[False],
) -> Cohort[Rows]: ...
@overload
def cohort(
    reports: Iterable[ReportInput],
    *,
    group_by: str | None = ...,
    min_group: int = ...,
    publishable: bool = ...,
    sample: bool = ...,
    resamples: int = ...,
    seed: int = ...,
    framework: Framework | None = ...,
    as_frame: None = ...,
) -> Cohort[Any]: ...
def cohort(
    reports: Iterable[ReportInput],
    *,
    group_by: str | None = None,
    min_group: int = _native.DEFAULT_MIN_GROUP,
    publishable: bool = True,
    sample: bool = False,
    resamples: int = 1000,
    seed: int = 2021,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> Cohort[Any]:
    """Summarizes a cohort of units' reports (``spec/SCORING.md`` §17): per group and measure
    (overall, every domain and sub-domain, every facet value) the count, mean, standard
    deviation, minimum, quartiles and maximum, with small groups suppressed; and each unit's
    percentile rank within its group.

    Args:
        reports: one report per unit (``Report`` objects, report documents, or assessments,
            which are scored first), all of one framework version.
        group_by: group the units by ``kind`` or any other label of the assessment's ``unit``
            (e.g. ``"region"``; units without it form the group ``(none)``); None: one group.
        min_group: groups with fewer units are suppressed: their statistics are NaN / None, so
            that no unit can be singled out (default 5).
        publishable: True (default): leave out the unit ranks (``ranks`` is empty), so that
            the whole result (``to_json()``) can be published, as the command line's
            ``cohort`` does; False: add each unit's percentile rank within its group, for
            internal use (``.publishable()`` drops them again).
        sample: False (default): the units are a census, and the group means have no sampling
            error; True: they are a sample, and the means of groups of at least 10 units get a
            90% bootstrap interval (``spec/SCORING.md`` §31).
        resamples: the resamples of those intervals.
        seed: their seed.
        framework: the framework that scores assessments (default: the built-in one, in the
            version each assessment names: ``Framework.builtin_for``).
        as_frame: as in ``pool``.

    Returns:
        Cohort: ``summary`` (publishable), ``ranks`` (with ``publishable=False`` only),
        ``publishable()``, ``to_dict()`` / ``to_json()``.

    Raises:
        InputError: no reports (``input.empty_cohort``); reports of different frameworks or
            versions (``input.framework_mismatch``, at ``/<i>/framework``); a bad option
            (``input.invalid_option``); a document that is not a report.

    Example:
        >>> units = [{"unit": {"id": f"u{i}", "region": "north" if i < 5 else "south"},
        ...           "answers": {"inst.info.routine_data": i % 5}} for i in range(6)]
        >>> c = lhs_maturity.cohort(units, group_by="region", as_frame=False)
        >>> [(r["group"], r["units"], r["suppressed"], r["median"])
        ...  for r in c.summary if r["measure"] == "overall"]
        [('all', 6, False, 1.5), ('north', 5, False, 2.0), ('south', 1, True, None)]
        >>> c.ranks  # publishable by default: no unit-level rows
        []
        >>> ranked = lhs_maturity.cohort(units, group_by="region", publishable=False, as_frame=False)
        >>> [(r["unit"], r["rank"]) for r in ranked.ranks if r["measure"] == "overall"][:3]
        [('u0', 20.0), ('u1', 40.0), ('u2', 60.0)]
    """
    frame = _want_frames(as_frame)
    if not isinstance(publishable, bool):
        raise _native._argument_error(
            "publishable", "choice", type(publishable).__name__, choices="`True`, `False`"
        )
    doc, tables = _native._cohort(
        _framework(framework), reports, group_by, min_group, publishable,
        {"sample": sample, "resamples": resamples, "seed": seed},
    )
    return Cohort(doc, tables, frame)


class RobustnessResult(_Result, Generic[T]):
    """The result of ``robustness``: whether the units' scores (and ranks) survive other
    reasonable choices (``spec/SCORING.md`` §30). ``to_dict()`` has everything: per unit,
    pairs, the rank shift, each domain left out, and the Sobol' indices of every factor.

    Attributes:
        units: one row per unit, in input order: ``unit``, ``score``, ``level``, ``median``,
            ``interval_low``, ``interval_high`` (90%), ``keeps_level`` (the share of runs with
            the published level) and, with ``publishable=False``, ``rank``, ``rank_median``,
            ``rank_low``, ``rank_high`` (5% and 95%) and ``p_top_k``.
        sensitivity: one row per output and factor — each unit's score (``output_kind``
            ``score``), the rank shift (``rank_shift``) and, with ranks, each unit's rank
            (``rank``) — with ``s1``, ``st``, their bootstrap intervals (``s1_low``, ``s1_high``,
            ``st_low``, ``st_high``) and the ``note`` of a null output: what
            ``lhs-maturity sensitivity --format csv`` writes.
        factors: the factors varied, in design order (``name``, ``kind``, ``members``).
        runs: the scenarios scored, ``n × (factors + 2)``.
        seed: the seed of the design, the rating draws and the bootstrap.
    """

    units: T
    sensitivity: T
    factors: list[Factor]
    runs: int
    seed: int

    _doc: RobustnessDict

    def __init__(self, doc: RobustnessDict, tables: Sequence[NativeTable], frame: bool) -> None:
        self._doc = doc
        self.factors = doc["factors"]
        self.runs = doc["runs"]
        self.seed = doc["seed"]
        named = _tables(tables, frame)
        self.units = named["units"]
        self.sensitivity = named["sensitivity"]

    def to_dict(self) -> RobustnessDict:
        """The core's robustness document (``spec/schema/robustness.schema.json``), a copy."""
        return copy.deepcopy(self._doc)

    def to_markdown(self, lang: str = "en") -> str:
        """The result as a Markdown report in ``lang`` (en, fr, es, pt-PT, ar): what was
        varied, each unit's score and interval, the ranks when not publishable, the pairs,
        each domain left out and which choices move the results (``--format markdown``)."""
        return _native._robustness_render(self._doc, "markdown", lang)

    def to_html(self, lang: str = "en") -> str:
        """The result as a self-contained HTML page in ``lang``, with the chart of each unit's
        interval (``--format html``); every label escaped, nothing loaded."""
        return _native._robustness_render(self._doc, "html", lang)

    def interval_chart(self, lang: str = "en") -> str:
        """Each unit's published score, median and 90% interval as a standalone SVG."""
        return _native._robustness_render(self._doc, "svg", lang)

    def __repr__(self) -> str:
        what = "publishable" if self._doc["publishable"] else "with ranks"
        return (
            f"<RobustnessResult {len(self._doc['units'])} units, {len(self.factors)} factors, "
            f"{self.runs} runs, seed={self.seed}, {what}>"
        )


def robustness(
    assessments: Iterable[AssessmentInput],
    *,
    labels: Sequence[str] | None = None,
    n: int = 1024,
    seed: int = 2021,
    weights_spread: float = 0.25,
    weights_model: Literal["uniform", "dirichlet"] = "uniform",
    aggregation_nodes: Sequence[str] = (),
    missing: bool = True,
    rating: bool = True,
    top_k: int = 3,
    pairs: Sequence[tuple[str, str]] = (),
    bootstrap: int = 1000,
    publishable: bool = True,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> RobustnessResult[Any]:
    """Whether the results of many units survive other reasonable choices
    (``spec/SCORING.md`` §30): every unit scored again under the scenarios of a Sobol' design
    that moves each set of sibling weights by up to ``weights_spread`` (renormalised), switches
    the ``aggregation_nodes`` between mean and minimum, leaves missing answers out or counts them
    (and ``unknown`` ones) as 0, and moves every rating by its confidence (§28). The same
    numbers as ``lhs-maturity robustness`` for the same seed.

    Args:
        assessments: one assessment per unit, all of one framework version.
        labels: the units' names in the results (default: each ``unit.id``, else its name,
            else its position).
        n: base points of the design (a power of 2); ``runs`` is ``n × (factors + 2)``.
        seed: the seed of the design, of the rating draws and of the bootstrap.
        weights_spread: how far each weight moves, as a share of it (0: not varied).
        weights_model: ``"uniform"`` (default): each weight by its own factor, the set
            renormalised; ``"dirichlet"``: a set of siblings' shares drawn together from a
            Dirichlet distribution around the framework's, as spread out as the uniform factors.
        aggregation_nodes: nodes whose aggregation is varied between mean and minimum.
        missing: vary the treatment of missing answers.
        rating: vary the ratings by the raters' confidence.
        top_k: the k of P(unit in the top k).
        pairs: pairs of labels ``(A, B)`` whose P(A ranks above B) is wanted.
        bootstrap: resamples of the Sobol' indices' intervals (0: none).
        publishable: True (default): no ranks, which single units out (as ``cohort``).
        framework: the framework (default: the built-in one the assessments name).
        as_frame: as in ``pool``.

    Returns:
        RobustnessResult: ``units`` (a table), ``factors``, ``runs``, ``seed``, ``to_dict()``.

    Raises:
        InputError: an invalid option (``input.invalid_robustness_option``), or assessments of
            different frameworks; AssessmentError: an invalid assessment.

    Example:
        >>> units = [{"unit": {"id": f"d{i}"}, "answers": {"inst.info.routine_data": i,
        ...           "cap.prov.data_interpretation": 2}} for i in range(3)]
        >>> r = lhs_maturity.robustness(units, n=16, bootstrap=0, publishable=False, as_frame=False)
        >>> [u["unit"] for u in r.units], r.runs == 16 * (len(r.factors) + 2)
        (['d0', 'd1', 'd2'], True)
        >>> r.units[2]["rank"]
        1.0
    """
    frame = _want_frames(as_frame)
    items = list(assessments)
    if labels is not None and len(list(labels)) != len(items):
        raise _native._argument_error(
            "labels", "choice", type(labels).__name__, choices="one label per assessment"
        )
    options: RobustnessOptionsDict = {
        "n": n, "seed": seed, "weights_spread": weights_spread, "weights_model": weights_model,
        "aggregation_nodes": list(aggregation_nodes), "missing": missing, "rating": rating,
        "top_k": top_k, "pairs": [[a, b] for a, b in pairs], "bootstrap": bootstrap,
        "publishable": publishable,
    }
    doc, tables = _native._robustness(
        _framework(framework), items, None if labels is None else list(labels), options
    )
    return RobustnessResult(doc, tables, frame)


class Reliability(_Result, Generic[T]):
    """The result of ``reliability``: how consistent the instrument's items are.

    Attributes:
        units: the number of reports (units) in the cohort.
        nodes: one row per domain and sub-domain: ``id``, ``items`` (its indicators),
            ``units_used`` (units that rated every item: listwise deletion), Cronbach's
            ``alpha`` and ``alpha_note`` (why it is undefined, when it is).
        items: one row per node and item: ``node``, ``id``, ``alpha_if_deleted`` and the
            corrected ``item_total_correlation``, each with its ``_note``.
        distributions: one row per indicator: ``id``, ``rated`` (units that rated it), the
            ``floor`` (level 0) and ``ceiling`` (top level) shares.
    """

    units: int
    nodes: T
    items: T
    distributions: T

    _doc: ReliabilityDict

    def __init__(self, doc: ReliabilityDict, tables: Sequence[NativeTable], frame: bool) -> None:
        self._doc = doc
        self.units = doc["units"]
        t = _tables(tables, frame)
        self.nodes = t["nodes"]
        self.items = t["items"]
        self.distributions = t["distributions"]

    def to_dict(self) -> ReliabilityDict:
        """The core's reliability document (``spec/schema/reliability.schema.json``), a copy."""
        return copy.deepcopy(self._doc)

    def __repr__(self) -> str:
        return f"<Reliability {self.units} units, {len(self._doc['nodes'])} nodes>"


@overload
def reliability(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = ...,
    as_frame: Literal[True],
) -> Reliability[pd.DataFrame]: ...
@overload
def reliability(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = ...,
    as_frame: Literal[False],
) -> Reliability[Rows]: ...
@overload
def reliability(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = ...,
    as_frame: None = ...,
) -> Reliability[Any]: ...
def reliability(
    reports: Iterable[ReportInput],
    *,
    framework: Framework | None = None,
    as_frame: bool | None = None,
) -> Reliability[Any]:
    """The reliability of the instrument over a cohort of reports of one framework version
    (``spec/SCORING.md`` §18): Cronbach's alpha of every domain and sub-domain (on the units
    that rated all its indicators), alpha if an item were deleted, corrected item–total
    correlations, and the floor and ceiling shares of every indicator.

    Args:
        reports: one report per unit (``Report`` objects, report documents, or assessments,
            which are scored first).
        framework: the framework that scores assessments (default: the built-in one, in the
            version each assessment names: ``Framework.builtin_for``).
        as_frame: as in ``pool``.

    Returns:
        Reliability: ``nodes``, ``items``, ``distributions``, ``units`` and ``to_dict()`` /
        ``to_json()``. Undefined statistics (too few units, no variance) are NaN / None with
        the reason in the ``_note`` column.

    Raises:
        InputError: no reports (``input.empty_cohort``), reports of different frameworks or
            versions (``input.framework_mismatch``), or a document that is not a report.

    Example:
        >>> levels = [(1, 1, 2), (2, 2, 2), (3, 3, 4), (4, 3, 4)]
        >>> units = [{"answers": {"cond.fin.learning_budget": a, "cond.fin.domestic_ownership": b,
        ...                       "cond.fin.expenditure_tracking": c}}
        ...          for a, b, c in levels]
        >>> rel = lhs_maturity.reliability(units, as_frame=False)
        >>> fin = [n for n in rel.nodes if n["id"] == "cond.fin"][0]
        >>> fin["items"], fin["units_used"], round(fin["alpha"], 4)
        (3, 4, 0.9618)
    """
    frame = _want_frames(as_frame)
    doc, tables = _native._reliability(_framework(framework), reports)
    return Reliability(doc, tables, frame)


# ---- content validity and the long format (methods of Framework) -------------------------------

_RATING_COLUMNS = ("expert", "indicator", "relevance")


def _rating_records(ratings: Any) -> tuple[Any, list[str] | None]:
    """A DataFrame of ratings as its rows (dicts of the rating columns, empty cells None) and
    its column names; anything else as given. Only conversion: the whole floats of a float
    relevance column (what pandas makes of integers with a NaN) become integers again."""
    try:
        import pandas as pdm
    except ImportError:
        return ratings, None
    if not isinstance(ratings, pdm.DataFrame):
        return ratings, None
    columns = [str(c) for c in ratings.columns]
    keep = [j for j, c in enumerate(columns) if c in _RATING_COLUMNS]
    df = ratings.iloc[:, keep].copy()
    df.columns = [columns[j] for j in keep]
    data = df.astype(object).where(df.notna(), None)
    if "relevance" in df.columns and pdm.api.types.is_float_dtype(df["relevance"].dtype):
        # Whole floats as the integers they are; anything else is left for the native module
        # to name.
        data["relevance"] = pdm.Series(
            [int(v) if isinstance(v, float) and v.is_integer() else v for v in data["relevance"]],
            index=data.index,
            dtype=object,
        )
    names = list(df.columns)
    records = [dict(zip(names, row)) for row in data.itertuples(index=False, name=None)]
    return records, columns


def _content_validity(framework: Framework, ratings: Any, as_frame: bool | None) -> Any:
    """The implementation of ``Framework.content_validity``: the core's result, with ``items``
    as a table."""
    frame = _want_frames(as_frame)
    records, columns = _rating_records(ratings)
    doc, (table,) = _native._content_validity(framework, records, columns)
    out: dict[str, Any] = dict(doc)
    out["items"] = _table(table, frame)
    return out


def _long_format(framework: Framework, assessments: Any, as_frame: bool | None) -> Any:
    """The implementation of ``Framework.long_format``: the core's rows as a table."""
    frame = _want_frames(as_frame)
    (table,) = _native._long_rows(framework, assessments)
    return _table(table, frame)
