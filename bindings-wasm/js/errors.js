// The error classes of the lhs-maturity package. The wasm module calls `makeError` with an
// `ErrorInfo` (spec/schema/error.schema.json) and throws what it returns.
// Written as an ES module; the build writes a CommonJS copy for Node (the last line becomes
// `module.exports = {...}`), so keep every export in the single `export { ... }` line at the end.

/** Base class of every error the package throws. */
class LhsError extends Error {
  constructor(info) {
    super(info.message);
    this.name = "LhsError";
    /** Which kind of document is invalid: "framework", "assessment" or "input". */
    this.kind = info.kind;
    /** The stable code of the first error, e.g. "assessment.unknown_indicator". */
    this.code = info.code;
    /** The JSON Pointer of the first error ("" for the whole document). */
    this.path = info.path;
    /** Advice for the first error, or null. */
    this.help = info.help ?? null;
    /** Every problem found (Diagnostic objects). */
    this.details = info.details;
  }

  /** The error as data (an ErrorInfo), e.g. for JSON.stringify. */
  toJSON() {
    const out = { kind: this.kind, code: this.code, path: this.path, message: this.message };
    if (this.help !== null) out.help = this.help;
    out.details = this.details;
    return out;
  }
}

/** A framework document is invalid. */
class FrameworkError extends LhsError {
  constructor(info) {
    super(info);
    this.name = "FrameworkError";
  }
}

/** An assessment is invalid for the framework it is scored against. */
class AssessmentError extends LhsError {
  constructor(info) {
    super(info);
    this.name = "AssessmentError";
  }
}

function makeError(info) {
  if (info.kind === "framework") return new FrameworkError(info);
  if (info.kind === "assessment") return new AssessmentError(info);
  return new LhsError(info);
}

export { LhsError, FrameworkError, AssessmentError, makeError };
