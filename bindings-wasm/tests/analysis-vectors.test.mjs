// Runs every case of spec/vectors/analysis/ through the package's public API (Framework#pool,
// Framework#poolBootstrap,
// Framework#agreement, compare, series, cohort, reliability, Framework#uncertainty and
// Framework#robustness), as the Rust runner does
// (tests/tests/analysis_vectors.rs; format in spec/vectors/README.md). Cases listed in
// spec/vectors/xfail/analysis-js.txt must fail; one that passes fails the run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { lhs, partialMatch, repoRoot } from "./helpers.mjs";

const { Framework, LhsError, compare, series, cohort, reliability } = lhs;
const vectors = join(repoRoot, "spec", "vectors");

function jsonFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsonFiles(p));
    else if (name.endsWith(".json")) out.push(relative(vectors, p).split(sep).join("/"));
  }
  return out.sort();
}

/** Case → reason, from spec/vectors/xfail/analysis-js.txt (`case  # reason` per line). */
function xfailList(name) {
  let text = "";
  try {
    text = readFileSync(join(vectors, "xfail", name), "utf8");
  } catch {}
  const out = new Map();
  for (const line of text.split("\n")) {
    const [caseName, ...reason] = line.split("#");
    if (caseName.trim()) out.set(caseName.trim(), reason.join("#").trim());
  }
  return out;
}

function errorValue(e, prefix = "") {
  if (!(e instanceof LhsError)) throw e; // anything else is a bug, not an expected error
  return {
    kind: e.kind,
    code: e.code,
    path: `${prefix}${e.path}`,
    details: e.details.map((d) => ({ code: d.code, path: `${prefix}${d.path}` })),
  };
}

function frameworkOf(spec) {
  if (spec === "builtin") return Framework.builtin();
  if (typeof spec === "string" && spec.startsWith("builtin@")) return Framework.builtin(spec.slice("builtin@".length));
  return Framework.fromObject(spec);
}

class InputFailure extends Error {
  constructor(value) {
    super("an input could not be scored");
    this.value = value;
  }
}

/** Each input scored with its framework and `options.score` (an error located at its position). */
function reportsOf(c, fw) {
  const unknown = c.options?.score?.unknown;
  return c.inputs.map((doc, i) => {
    const own = c.input_frameworks ? frameworkOf(c.input_frameworks[i]) : null;
    try {
      return (own ?? fw).score(doc, unknown ? { unknown } : {});
    } catch (e) {
      throw new InputFailure(errorValue(e, `/${i}`));
    } finally {
      own?.free();
    }
  });
}

function runCase(c) {
  const o = c.options ?? {};
  let fw;
  try {
    fw = frameworkOf(c.framework);
    switch (c.analysis) {
      case "pool": {
        const options = {};
        if (o.method !== undefined) options.method = o.method;
        if (o.allow_mismatch !== undefined) options.allowMismatch = o.allow_mismatch;
        if (o.consensus !== undefined) options.consensus = o.consensus;
        return { result: fw.pool(c.inputs, options) };
      }
      case "pool_bootstrap": {
        const p = o.pool ?? {};
        const options = {};
        if (p.method !== undefined) options.method = p.method;
        if (p.allow_mismatch !== undefined) options.allowMismatch = p.allow_mismatch;
        if (p.consensus !== undefined) options.consensus = p.consensus;
        for (const k of ["resamples", "seed", "level"]) if (o[k] !== undefined) options[k] = o[k];
        return { result: fw.poolBootstrap(c.inputs, options) };
      }
      case "agreement":
        return { result: fw.agreement(c.inputs) };
      case "compare": {
        const [before, after] = reportsOf(c, fw);
        return { result: compare(before, after) };
      }
      case "series":
        return { result: series(reportsOf(c, fw)) };
      case "cohort": {
        const options = { publishable: !o.ranks };
        if (o.group_by !== undefined) options.groupBy = o.group_by;
        if (o.min_group !== undefined) options.minGroup = o.min_group;
        for (const k of ["sample", "resamples", "seed"]) if (o[k] !== undefined) options[k] = o[k];
        return { result: cohort(reportsOf(c, fw), options) };
      }
      case "reliability":
        return { result: reliability(reportsOf(c, fw)) };
      case "uncertainty": {
        const options = {};
        if (o.draws !== undefined) options.draws = o.draws;
        if (o.seed !== undefined) options.seed = o.seed;
        if (o.max_exact !== undefined) options.maxExact = o.max_exact;
        if (o.model !== undefined) options.model = o.model;
        if (o.unknown !== undefined) options.unknown = o.unknown;
        return { result: fw.uncertainty(c.assessment, options) };
      }
      case "robustness": {
        // The options in camelCase (weights_spread → weightsSpread...); each input labelled by
        // its unit.
        const camel = (k) => k.replace(/_([a-z])/g, (_, x) => x.toUpperCase());
        const options = Object.fromEntries(Object.entries(o).map(([k, v]) => [camel(k), v]));
        try {
          return { result: fw.robustness(c.inputs, options) };
        } catch (e) {
          // Option errors are located at the JavaScript names: back to the vectors' names.
          const snake = (p) => p.replace(/^\/(weightsSpread|aggregationNodes|weightsModel|topK)(?=\/|$)/,
            (_, k) => `/${k.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`)}`);
          const v = errorValue(e);
          return { error: { ...v, path: snake(v.path), details: v.details.map((d) => ({ ...d, path: snake(d.path) })) } };
        }
      }
      default:
        throw new Error(`unknown analysis ${c.analysis}`);
    }
  } catch (e) {
    if (e instanceof InputFailure) return { error: e.value };
    return { error: errorValue(e) };
  } finally {
    fw?.free();
  }
}

function problemsOf(c) {
  const tol = c.tolerance ?? 1e-9;
  const exp = c.expect ?? {};
  // The uncertainty cases name their result `uncertainty`.
  const expected = exp.uncertainty ?? exp.result;
  const hasResult = expected !== undefined && expected !== null;
  const hasError = exp.error !== undefined && exp.error !== null;
  if (hasResult === hasError) return ["the case must expect exactly one of a result and an error"];
  const got = runCase(c);
  if (hasResult) {
    if (got.error) return [`expected a result, got the error ${JSON.stringify(got.error)}`];
    // As JSON, as the other runners compare it.
    return partialMatch(expected, JSON.parse(JSON.stringify(got.result)), tol, "result");
  }
  if (!got.error) return ["expected an error, got a result"];
  return partialMatch(exp.error, got.error, 0, "error");
}

const cases = jsonFiles(join(vectors, "analysis"));
const xfail = xfailList("analysis-js.txt");

test("the analysis vectors cover every analysis, and the xfail list names cases with reasons", () => {
  assert.ok(cases.length >= 50, `spec/vectors/analysis looks incomplete: ${cases.length} cases`);
  const kinds = new Set(cases.map((n) => JSON.parse(readFileSync(join(vectors, n), "utf8")).analysis));
  assert.deepEqual([...kinds].sort(), ["agreement", "cohort", "compare", "pool", "pool_bootstrap", "reliability", "robustness", "series", "uncertainty"]);
  for (const [name, reason] of xfail) {
    assert.ok(cases.includes(name), `xfail/analysis-js.txt lists ${name}, which is no case`);
    assert.ok(reason, `xfail/analysis-js.txt: ${name} says no reason`);
  }
});

for (const name of cases) {
  test(`analysis vector ${name}`, () => {
    const c = JSON.parse(readFileSync(join(vectors, name), "utf8"));
    const problems = problemsOf(c);
    if (xfail.has(name)) {
      assert.ok(problems.length > 0, `${name}: listed in xfail/analysis-js.txt but passes`);
    } else {
      assert.deepEqual(problems, [], `${name}:\n    ${problems.join("\n    ")}`);
    }
  });
}
