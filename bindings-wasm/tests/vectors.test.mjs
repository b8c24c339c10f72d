// Runs every case of spec/vectors/ against the npm package, with the same expectations as the
// Rust runner (tests/tests/vectors.rs); cases listed in spec/vectors/xfail/js.txt must fail.
import { test } from "node:test";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { lhs, partialMatch, repoRoot } from "./helpers.mjs";

const { Framework, LhsError } = lhs;
const root = join(repoRoot, "spec", "vectors");

function jsonFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    // spec/vectors/analysis/ has its own format and runner (analysis-vectors.test.mjs).
    if (statSync(p).isDirectory()) {
      if (relative(root, p) !== "analysis") out.push(...jsonFiles(p));
    }
    else if (name.endsWith(".json")) out.push(relative(root, p).split(sep).join("/"));
  }
  return out.sort();
}

let xfail = [];
try {
  xfail = readFileSync(join(root, "xfail", "js.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
} catch {}

function errorValue(e) {
  if (!(e instanceof LhsError)) throw e; // anything else is a bug, not an expected error
  return {
    kind: e.kind,
    code: e.code,
    path: e.path,
    details: e.details.map((d) => ({ code: d.code, path: d.path })),
  };
}

/** The framework of a case: "builtin", "builtin@<version>" or an inline document. */
function frameworkOf(spec) {
  if (spec === "builtin") return Framework.builtin();
  if (typeof spec === "string" && spec.startsWith("builtin@")) return Framework.builtin(spec.slice("builtin@".length));
  return Framework.fromObject(spec);
}

function runCase(c) {
  let framework;
  try {
    framework = frameworkOf(c.framework);
  } catch (e) {
    return { error: errorValue(e) };
  }
  // The case's options (snake_case, as the Rust runner reads them) as the JS API takes them;
  // an invalid `unknown` rule is the core's error, as in Rust.
  const options = {};
  const t = c.options?.default_target;
  if (Number.isInteger(t) && t >= 0) options.defaultTarget = t;
  if (typeof c.options?.unknown === "string") options.unknown = c.options.unknown;
  try {
    const report =
      typeof c.assessment_text === "string"
        ? JSON.parse(framework.scoreJSON(c.assessment_text, options))
        : framework.score(c.assessment, options);
    return { report };
  } catch (e) {
    return { error: errorValue(e) };
  } finally {
    framework.free();
  }
}

function problemsOf(c) {
  const tol = c.tolerance ?? 1e-9;
  const exp = c.expect ?? {};
  const hasReport = exp.report !== undefined && exp.report !== null;
  const hasError = exp.error !== undefined && exp.error !== null;
  if (!hasReport && !hasError) return ["the case expects neither a report nor an error"];
  if (hasReport && hasError) return ["the case expects both a report and an error"];
  const got = runCase(c);
  if (hasReport) {
    if (got.error) return [`expected a report, got the error ${JSON.stringify(got.error)}`];
    return partialMatch(exp.report, got.report, tol, "report");
  }
  if (got.report) return ["expected an error, got a report"];
  return partialMatch(exp.error, got.error, 0, "error");
}

const files = jsonFiles(root).filter((f) => !f.startsWith("xfail/"));
test("spec/vectors has cases", () => {
  if (files.length === 0) throw new Error(`no vectors found in ${root}`);
});

for (const name of files) {
  test(`vector ${name}`, () => {
    const c = JSON.parse(readFileSync(join(root, name), "utf8"));
    const problems = problemsOf(c);
    const expectedToFail = xfail.includes(name);
    if (expectedToFail && problems.length === 0) {
      throw new Error(`${name}: listed in xfail/js.txt but passes`);
    }
    if (!expectedToFail && problems.length > 0) {
      throw new Error(`${name}:\n    ${problems.join("\n    ")}`);
    }
  });
}
