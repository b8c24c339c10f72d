"""The exceptions of lhs_maturity: every error carries a stable code, a JSON Pointer and all the
problems found in the document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._types import Diagnostic

__all__ = [
    "ArgumentError",
    "AssessmentError",
    "FrameworkError",
    "InputError",
    "InternalError",
    "LhsError",
    "LhsWarning",
]


class LhsError(Exception):
    """An lhs-maturity error: a document (framework, assessment, input) cannot be used.

    Attributes:
        code: the stable code of the first error, e.g. ``"assessment.unknown_indicator"``.
            Match on codes, never on messages.
        path: the JSON Pointer of the first error in the document (``""``: the whole document;
            ``"/rows/<row>/<column>"`` for a DataFrame cell).
        help: advice for the first error, when there is some.
        details: every problem found in the document (diagnostics with ``severity``, ``code``,
            ``path``, ``message`` and ``help``), not just the first.
        kind: ``"framework"``, ``"assessment"``, ``"input"`` or ``"internal"``.
        index: with ``Framework.score_many``, the position of the assessment; else None.

    Example:
        >>> import lhs_maturity
        >>> fw = lhs_maturity.Framework.builtin()
        >>> try:
        ...     fw.score({"answers": {"inst.info.routin_data": 2}})
        ... except lhs_maturity.LhsError as e:
        ...     print(e.code, e.path)
        ...     print(e.help)
        assessment.unknown_indicator /answers/inst.info.routin_data
        did you mean `inst.info.routine_data`?
    """

    code: str
    path: str
    help: str | None
    details: list[Diagnostic]
    kind: str
    index: int | None

    def __init__(
        self,
        message: str,
        *,
        code: str,
        path: str = "",
        help: str | None = None,
        details: Sequence[Diagnostic] = (),
        kind: str = "input",
    ) -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.help = help
        self.details = list(details)
        self.kind = kind
        self.index = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild,
            (type(self), str(self), self.code, self.path, self.help, self.details, self.kind, self.index),
        )


def _rebuild(
    cls: type[LhsError],
    message: str,
    code: str,
    path: str,
    help: str | None,
    details: list[Diagnostic],
    kind: str,
    index: int | None,
) -> LhsError:
    e = cls(message, code=code, path=path, help=help, details=details, kind=kind)
    e.index = index
    return e


class FrameworkError(LhsError, ValueError):
    """The framework document is invalid (codes ``framework.*``)."""


class AssessmentError(LhsError, ValueError):
    """The assessment is invalid for the framework it is scored against (codes
    ``assessment.*``)."""


class InputError(LhsError, ValueError):
    """Another input is invalid: a scoring option, an argument, a DataFrame's columns or cells
    (codes ``input.*``, ``argument.*``)."""


class ArgumentError(InputError, TypeError):
    """An argument of a type the function does not take (code ``argument.invalid_type``), e.g. a
    single assessment where a list is expected, or a value JSON cannot hold inside a document.

    An ``InputError`` like every input error (``code``, ``path``, ``details``, a message in the
    five languages), and a ``TypeError``, as Python raises for a wrong argument type. ``path``
    is ``/<argument>`` (``""`` for the document or list the function reads, whose own problems
    are located from there: ``/2`` is its third item). JavaScript throws an ``InputError`` with
    the same code and path.

    Example:
        >>> import lhs_maturity
        >>> try:
        ...     lhs_maturity.Framework.builtin().score_many({"answers": {}})
        ... except TypeError as e:
        ...     print(type(e).__name__, e.code, repr(e.path))
        ...     print(e.details[0]["message"])
        ...     print(e.help)
        ArgumentError argument.invalid_type ''
        `assessments` must be a list of assessments, not `dict`
        use `score(assessment)` instead
    """


class InternalError(LhsError, RuntimeError):
    """A bug in lhs-maturity (code ``internal.panic``): please report it with the input."""


class LhsWarning(UserWarning):
    """A problem that did not stop the work, e.g. DataFrame cells treated as missing with
    ``errors="coerce"``, or an assessment that names no framework version
    (``Framework.builtin_for``).

    Attributes:
        code: the stable code of the core's warning (e.g.
            ``"assessment.no_framework_version"``), when there is one; else None.
        path: the JSON Pointer of the warning in the document, when there is one.
        help: advice, when there is some.
        details: every warning this one stands for (e.g. each cell ``score_frame`` treated
            as missing), as the core's diagnostics; empty when it stands for itself.
    """

    code: str | None
    path: str | None
    help: str | None
    details: list[Any]

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        path: str | None = None,
        help: str | None = None,
        details: list[Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.help = help
        self.details = list(details) if details is not None else []


for _cls in (
    LhsError,
    FrameworkError,
    AssessmentError,
    InputError,
    ArgumentError,
    InternalError,
    LhsWarning,
):
    _cls.__module__ = "lhs_maturity"
