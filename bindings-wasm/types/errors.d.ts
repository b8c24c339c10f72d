import type { Diagnostic, DocumentKind, ErrorInfo } from "./index.js";

/** Base class of every error the package throws (`instanceof Error` too). */
export class LhsError extends Error {
  constructor(info: ErrorInfo);
  /** `FrameworkError`, `AssessmentError`, `InputError` or `InternalError`. */
  name: "LhsError" | "FrameworkError" | "AssessmentError" | "InputError" | "InternalError";
  /** Which kind of document is invalid (`internal` for an InternalError). */
  kind: DocumentKind | "internal";
  /** The stable code of the first error, e.g. `assessment.unknown_indicator`. */
  code: string;
  /** The JSON Pointer of the first error (`""` for the whole document). */
  path: string;
  /** Advice for the first error, or `null`. */
  help: string | null;
  /** Every problem found, in order. */
  details: Diagnostic[];
  /** The error as data. */
  toJSON(): ErrorInfo;
}

/** A framework document is invalid (`Framework.fromJSON`, `Framework.fromObject`). */
export class FrameworkError extends LhsError {
  name: "FrameworkError";
  kind: "framework";
}

/** An assessment is invalid for the framework (`score`, `scoreJSON`, `scoreMany`). */
export class AssessmentError extends LhsError {
  name: "AssessmentError";
  kind: "assessment";
}

/** Another input is invalid: an option, an argument, a report, a rating matrix, a migration map
 * or a language pack (`input.*`, `report.*`, `migration.*`, `translation.*`...). An argument of
 * a type the function does not take is `argument.invalid_type`, one of the right type with a
 * value it does not take `argument.invalid_value`: at `/<argument>` (`""` for the document or
 * list the function reads), with the same codes and paths as Python's `ArgumentError`. */
export class InputError extends LhsError {
  name: "InputError";
  kind: "input";
}

/** A bug in lhs-maturity (`internal.panic`): the WebAssembly module trapped. Report it with the
 * input; load the module again before using it. */
export class InternalError extends LhsError {
  name: "InternalError";
  kind: "internal";
}
