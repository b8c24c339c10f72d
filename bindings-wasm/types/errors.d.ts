import type { Diagnostic, DocumentKind, ErrorInfo } from "./index.js";

/** Base class of every error the package throws (`instanceof Error` too). */
export class LhsError extends Error {
  constructor(info: ErrorInfo);
  /** `LhsError`, `FrameworkError` or `AssessmentError`. */
  name: "LhsError" | "FrameworkError" | "AssessmentError";
  /** Which kind of document is invalid. */
  kind: DocumentKind;
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
