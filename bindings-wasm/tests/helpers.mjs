// Shared helpers of the node:test suites.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";
import assert from "node:assert/strict";

export const here = dirname(fileURLToPath(import.meta.url));
export const wasmDir = join(here, "..");
export const repoRoot = join(wasmDir, "..");
export const pkgDir = join(wasmDir, "pkg");

if (!existsSync(join(pkgDir, "package.json"))) {
  throw new Error(`${pkgDir} is missing: run bindings-wasm/build first`);
}

/** The package as `require("lhs-maturity")` gives it (the Node CommonJS entry). */
export const lhs = createRequire(import.meta.url)(pkgDir);

/**
 * The partial match of spec/vectors/README.md, as tests/lib.rs implements it: every key of an
 * expected object must be in the actual object and match; arrays must have the same length and
 * match element by element; numbers match within `tol`; everything else matches exactly.
 * Returns the mismatches as `path: message` lines.
 */
export function partialMatch(expected, actual, tol, path = "", out = []) {
  const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isObj(expected) && isObj(actual)) {
    for (const [k, ev] of Object.entries(expected)) {
      if (Object.prototype.hasOwnProperty.call(actual, k)) {
        partialMatch(ev, actual[k], tol, `${path}/${k}`, out);
      } else {
        out.push(`${path}/${k}: missing in the actual value`);
      }
    }
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      out.push(`${path}: expected ${expected.length} elements, found ${actual.length}: ${short(actual)}`);
      return out;
    }
    expected.forEach((ev, i) => partialMatch(ev, actual[i], tol, `${path}/${i}`, out));
  } else if (typeof expected === "number" && typeof actual === "number") {
    if (Number.isNaN(expected) || Number.isNaN(actual) || Math.abs(expected - actual) > tol) {
      out.push(`${path}: expected ${expected}, found ${actual}`);
    }
  } else if (!jsonEqual(expected, actual)) {
    out.push(`${path}: expected ${short(expected)}, found ${short(actual)}`);
  }
  return out;
}

/** Equality of two JSON values (numbers by value, objects regardless of key order). */
export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

function short(v) {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

/** Throws unless `v` is plain JSON data: no undefined, Map, class instance, NaN or function. */
export function assertJsonCompatible(v, path = "") {
  if (v === null || typeof v === "string" || typeof v === "boolean") return;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`${path}: non-finite number ${v}`);
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => assertJsonCompatible(x, `${path}/${i}`));
    return;
  }
  if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) assertJsonCompatible(x, `${path}/${k}`);
    return;
  }
  throw new Error(`${path}: not JSON data (${typeof v}${v?.constructor ? ` ${v.constructor.name}` : ""})`);
}

/** Calls `fn`, expects it to throw an error of `cls` with this code (and path), returns it. */
export function throwsLhs(fn, cls, code, path) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, `expected ${cls.name} ${code}, nothing was thrown`);
  assert.ok(err instanceof Error, `not an Error: ${String(err)}`);
  assert.ok(err instanceof lhs.LhsError, `not an LhsError: ${err}`);
  assert.ok(err instanceof cls, `expected a ${cls.name}, got ${err.name}: ${err.message}`);
  assert.equal(err.name, cls.name);
  assert.equal(err.code, code, err.message);
  if (path !== undefined) assert.equal(err.path, path);
  assert.equal(typeof err.message, "string");
  assert.ok(!/panicked|unreachable|RuntimeError/.test(err.message), err.message);
  assert.ok(err.help === null || typeof err.help === "string");
  assert.ok(Array.isArray(err.details) && err.details.length >= 1);
  assert.equal(err.details[0].code, code);
  assert.equal(typeof err.stack, "string");
  assertJsonCompatible(err.details);
  assertJsonCompatible(JSON.parse(JSON.stringify(err)));
  return err;
}
