// A Rust panic (a bug) reaches JavaScript as an InternalError with the code and message Python
// gives (`internal.panic`), not as a bare WebAssembly.RuntimeError. In a file of its own: after a
// trap the module's memory may be inconsistent, and node --test runs each file in its own process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { join } from "node:path";
import { lhs, pkgDir } from "./helpers.mjs";

const require = createRequire(import.meta.url);
// The same module instance as the package's entry (require caches by path).
const glue = require(join(pkgDir, "node", "lhs_maturity.js"));
const errors = require(join(pkgDir, "node", "errors.js"));

test("every exported function and method is guarded", () => {
  for (const name of ["renderMarkdown", "renderHtml", "compare", "cohort", "krippendorffAlpha", "message"]) {
    assert.equal(lhs[name].name, "guarded", name);
  }
  for (const name of ["score", "scoreMany", "pool", "validate", "template"]) {
    assert.equal(lhs.Framework.prototype[name].name, "guarded", name);
  }
  assert.equal(lhs.Framework.builtin.name, "guarded");
  // Errors that are not traps pass through unchanged.
  assert.throws(() => lhs.Framework.builtin().score({ answers: 3 }), lhs.AssessmentError);
  assert.throws(() => lhs.cohort([]), lhs.InputError);
});

test("a panic is an InternalError with the panic's message", () => {
  let err;
  try {
    errors.guard(glue.__panicForTests)("boom at the test hook");
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof lhs.InternalError, String(err));
  assert.ok(err instanceof lhs.LhsError);
  assert.equal(err.name, "InternalError");
  assert.equal(err.code, "internal.panic");
  assert.equal(err.kind, "internal");
  assert.match(err.message, /^internal error in lhs-maturity \(a bug, please report it\): panicked at [^]*boom at the test hook$/);
  assert.ok(err.cause instanceof WebAssembly.RuntimeError);
  assert.equal(err.details[0].code, "internal.panic");
  assert.match(err.help, /issues/);
});
