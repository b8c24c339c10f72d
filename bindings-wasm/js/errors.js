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

/** Another input is invalid: an option, an argument, a rating matrix (codes `input.*`,
 * `argument.*`, and the codes of reports, migration maps and language packs). */
class InputError extends LhsError {
  constructor(info) {
    super(info);
    this.name = "InputError";
  }
}

/** A bug in lhs-maturity (code `internal.panic`): please report it with the input. After one,
 * load the module again (`init`) before using it: its memory may be inconsistent. */
class InternalError extends LhsError {
  constructor(info) {
    super(info);
    this.name = "InternalError";
  }
}

function makeError(info) {
  if (info.kind === "framework") return new FrameworkError(info);
  if (info.kind === "assessment") return new AssessmentError(info);
  return new InputError(info);
}

let lastPanic = null;

/** Called by the WebAssembly module's panic hook with what the Rust panic said, just before the
 * module traps. */
function recordPanic(message) {
  lastPanic = message;
}

/** The InternalError for a trap of the WebAssembly module (a Rust panic), as Python's. */
function internalError(cause) {
  const what = lastPanic ?? String(cause?.message ?? cause);
  lastPanic = null;
  const message = `internal error in lhs-maturity (a bug, please report it): ${what}`;
  const help = "report it with the input that caused it at https://github.com/lhs-maturity/lhs-maturity/issues";
  const detail = { severity: "error", code: "internal.panic", path: "", message, help };
  const e = new InternalError({ kind: "internal", code: "internal.panic", path: "", message, help, details: [detail] });
  e.cause = cause;
  return e;
}

/** `fn` with a trap of the WebAssembly module (a Rust panic: a bug) thrown as an InternalError
 * instead of a bare `WebAssembly.RuntimeError`. */
function guard(fn) {
  return function guarded(...args) {
    try {
      return fn.apply(this, args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) throw internalError(e);
      throw e;
    }
  };
}

/** The exported class with every method (static and of its instances) guarded in place. */
function guardClass(cls) {
  for (const target of [cls, cls.prototype]) {
    for (const name of Object.getOwnPropertyNames(target)) {
      const d = Object.getOwnPropertyDescriptor(target, name);
      if (typeof d.value === "function" && name !== "constructor" && !name.startsWith("__")) {
        Object.defineProperty(target, name, { ...d, value: guard(d.value) });
      }
    }
  }
  return cls;
}

/** The JSON text of a value for the core. Numbers JSON cannot hold (NaN, ±Infinity, which
 * JSON.stringify writes as null) are written as strings, so that the core refuses them where
 * they stand (`assessment.invalid_level` at the answer) instead of reading "no answer". */
function jsonText(value) {
  return JSON.stringify(value, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
}

export { LhsError, FrameworkError, AssessmentError, InputError, InternalError, makeError, recordPanic, guard, guardClass, jsonText };
