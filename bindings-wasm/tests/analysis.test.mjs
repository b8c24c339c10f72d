// The analyses (spec/SCORING.md §15–18) from JavaScript: Framework#pool and #agreement,
// compare, series, cohort, reliability, and the matrix statistics krippendorffAlpha, icc and
// cronbachAlpha. Expected values are published figures (Krippendorff 2011, Shrout & Fleiss
// 1979) or worked out by hand from SCORING.md in the comments, never copied from the output.
// Every result is checked against its JSON Schema in spec/schema with ajv.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import Ajv from "ajv";
import { lhs, pkgDir, repoRoot, wasmDir, assertJsonCompatible, throwsLhs } from "./helpers.mjs";
import { readmeBlocks } from "./readme.mjs";

const { Framework, compare, series, cohort, reliability, krippendorffAlpha, icc, cronbachAlpha } = lhs;
const { LhsError, AssessmentError, InputError } = lhs;
const fw = Framework.builtin();

// ---- helpers ----------------------------------------------------------------------------------

const ajv = new Ajv({ allErrors: true, strict: true });
// The numeric formats schemars writes (not JSON Schema's own): checked, not ignored.
const isInt = (min, max) => ({ type: "number", validate: (x) => Number.isInteger(x) && x >= min && x <= max });
ajv.addFormat("uint", isInt(0, Number.MAX_SAFE_INTEGER));
ajv.addFormat("uint32", isInt(0, 2 ** 32 - 1));
ajv.addFormat("uint64", isInt(0, Number.MAX_SAFE_INTEGER));
ajv.addFormat("int64", isInt(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
ajv.addFormat("double", { type: "number", validate: Number.isFinite });
const validators = new Map();

/** Asserts that `doc` is plain JSON data valid against spec/schema/<name>.schema.json. */
function assertSchema(name, doc) {
  assertJsonCompatible(doc);
  if (!validators.has(name)) {
    const schema = JSON.parse(readFileSync(join(repoRoot, "spec", "schema", `${name}.schema.json`), "utf8"));
    validators.set(name, ajv.compile(schema));
  }
  const validate = validators.get(name);
  assert.ok(validate(doc), `${name}: ${ajv.errorsText(validate.errors, { separator: "\n" })}`);
}

/** Numbers equal within `tol` (the default is exact up to floating-point noise). */
function near(actual, expected, tol = 1e-12, what = "") {
  assert.equal(typeof actual, "number", `${what}: expected a number near ${expected}, found ${actual}`);
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected} ± ${tol}, found ${actual}`);
}

/** An undefined statistic: value null and a note saying why. */
function assertUndefined(estimate, what = "") {
  assert.equal(estimate.value, null, `${what}: expected null, found ${estimate.value}`);
  assert.equal(typeof estimate.note, "string", `${what}: no note`);
  assert.ok(estimate.note.length > 0);
}

/** A small deterministic PRNG (mulberry32), so that property tests are reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = fw.indicators().map((i) => i.id);
// The indicators of the overall score and its coverage (outcome indicators are reported apart).
const scoredIds = fw.indicators().filter((i) => !i.outcome).map((i) => i.id);
const levelOf = (answer) => (answer !== null && typeof answer === "object" ? answer.level ?? null : answer ?? null);

/** A random valid assessment of the built-in framework. */
function randomAssessment(next, extra = {}) {
  const answers = {};
  for (const id of ids) {
    const r = next();
    if (r < 0.35) continue;
    if (r < 0.42) answers[id] = { level: "na", justification: "not here" };
    else if (r < 0.47) answers[id] = "unknown";
    else answers[id] = Math.floor(next() * 5);
  }
  return { unit: { id: "kis-east" }, period: "2026", answers, ...extra };
}

const respondent = (id, answers, extra = {}) => ({ unit: { id: "kis-east", name: "Kisumu East" }, period: "2026-Q3", respondent: { id }, answers, ...extra });

// ---- exports ----------------------------------------------------------------------------------

test("the analyses are exported by every entry", async () => {
  const names = ["compare", "series", "cohort", "reliability", "krippendorffAlpha", "icc", "cronbachAlpha"];
  const esm = await import(join(pkgDir, "node", "index.mjs"));
  const web = await import(join(pkgDir, "web", "index.js"));
  await web.init(readFileSync(join(pkgDir, "web", "lhs_maturity_bg.wasm")));
  for (const n of names) {
    assert.equal(typeof lhs[n], "function", `require: ${n}`);
    assert.equal(esm[n], lhs[n], `import: ${n}`);
    assert.equal(typeof web[n], "function", `web: ${n}`);
  }
  assert.equal(typeof fw.pool, "function");
  assert.equal(typeof fw.agreement, "function");
  // the browser build computes the same
  near(web.krippendorffAlpha([[1, 2, 3, 3], [1, 2, 3, 4]], "interval").value, 8 / 9);
  const types = readFileSync(join(pkgDir, "index.d.ts"), "utf8");
  for (const n of names) assert.match(types, new RegExp(`\\b${n},`), `index.d.ts exports ${n}`);
});

// ---- matrix statistics ------------------------------------------------------------------------

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", 4 observers × 12 units.
const K2011 = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, NaN, NaN, NaN],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NaN, 3],
  [NaN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NaN],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NaN],
];

test("krippendorffAlpha: Krippendorff (2011), ordinal .815 and interval .849 as published", () => {
  const ordinal = krippendorffAlpha(K2011, "ordinal");
  const interval = krippendorffAlpha(K2011, "interval");
  assertJsonCompatible(ordinal);
  near(ordinal.value, 0.815, 1e-3, "ordinal");
  near(interval.value, 0.849, 1e-3, "interval");
  assert.equal(ordinal.note, null);
  assert.equal(ordinal.units, 11); // unit 12 has one rating only
  assert.deepEqual(krippendorffAlpha(K2011), ordinal); // ordinal is the default
  assert.deepEqual(krippendorffAlpha(K2011, null), ordinal);
  // null, undefined and NaN are all "no rating"; typed arrays work as rows
  const withNull = K2011.map((row) => row.map((x) => (Number.isNaN(x) ? null : x)));
  assert.deepEqual(krippendorffAlpha(withNull, "interval"), interval);
  const withUndefined = K2011.map((row) => row.map((x) => (Number.isNaN(x) ? undefined : x)));
  assert.deepEqual(krippendorffAlpha(withUndefined, "interval"), interval);
  assert.deepEqual(krippendorffAlpha(K2011.map((row) => Float64Array.from(row)), "interval"), interval);
  // a short row has no ratings of the last units
  assert.deepEqual(krippendorffAlpha([[1, 2, 3, 3, 2, 1, 4, 1, 2], ...K2011.slice(1)], "interval"), interval);
});

test("krippendorffAlpha: a small case worked out by hand", () => {
  // Two raters, four units: (1,1) (2,2) (3,3) (3,4). Coincidences: o11 = o22 = 2, o33 = 2,
  // o34 = o43 = 1; n1 = 2, n2 = 2, n3 = 3, n4 = 1, n = 8.
  const data = [
    [1, 2, 3, 3],
    [1, 2, 3, 4],
  ];
  // interval: observed Σ o δ² = 2; expected Σ n_c n_k δ² / (n − 1) over ordered pairs = 126 / 7 = 18
  near(krippendorffAlpha(data, "interval").value, 1 - 2 / 18);
  // ordinal: δ(3,4) = (n3 + n4) − (n3 + n4)/2 = 2 → observed 2 · 1 · 4 = 8; expected
  // 2/7 · (4·4 + 6·20.25 + 2·42.25 + 6·6.25 + 2·20.25 + 3·4) = 624/7 → α = 1 − 56/624 = 71/78
  near(krippendorffAlpha(data, "ordinal").value, 71 / 78);
  assert.equal(krippendorffAlpha(data).units, 4);
});

test("krippendorffAlpha: undefined with a note when the data cannot define it, never NaN", () => {
  const same = krippendorffAlpha([
    [2, 2, 2],
    [2, 2, 2],
  ]);
  assertUndefined(same, "identical ratings");
  assert.equal(same.units, 3);
  assertUndefined(krippendorffAlpha([[1, 2, 3]]), "one rater");
  assertUndefined(krippendorffAlpha([]), "no data");
  assertUndefined(krippendorffAlpha([[1, null], [null, 2]]), "no unit with two ratings");
  assert.equal(krippendorffAlpha([[1, null], [null, 2]]).units, 0);
});

test("icc: Shrout & Fleiss (1979), ICC(2,1) .29 and ICC(2,4) .62 as published", () => {
  // Table 2: 6 targets × 4 judges; the functions take data[rater][unit].
  const targets = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];
  const data = [0, 1, 2, 3].map((j) => targets.map((t) => t[j]));
  const r = icc(data);
  assertJsonCompatible(r);
  near(r.icc2_1.value, 0.29, 5e-3, "ICC(2,1)");
  near(r.icc2_k.value, 0.62, 5e-3, "ICC(2,k)");
  assert.equal(r.units, 6);
  // listwise deletion: a seventh target that one judge did not rate changes nothing
  const gap = data.map((row, j) => [...row, j === 2 ? null : 5]);
  assert.deepEqual(icc(gap), r);
  // undefined with a note
  const one = icc([[1, 2, 3]]);
  assertUndefined(one.icc2_1, "one rater");
  assertUndefined(one.icc2_k, "one rater");
  assertUndefined(icc([[1, null, 3], [2, 2, null]]).icc2_1, "one complete unit");
  assertUndefined(icc([[2, 2], [2, 2]]).icc2_1, "no variance");
});

test("cronbachAlpha: worked out by hand, listwise deletion", () => {
  // items (columns) 1 2 3 4 / 1 2 3 3 / 2 2 4 4: variances 5/3, 11/12, 4/3 (Σ 47/12);
  // totals 4 6 10 11: variance 131/12; α = 3/2 · (1 − 47/131) = 126/131
  const rows = [
    [1, 1, 2],
    [2, 2, 2],
    [3, 3, 4],
    [4, 3, 4],
  ];
  const a = cronbachAlpha(rows);
  near(a.value, 126 / 131);
  assert.equal(a.note, null);
  assert.equal(a.units, 4);
  // a row with a missing value, or shorter than the others, is left out
  assert.deepEqual(cronbachAlpha([...rows, [1, null, 3], [2, NaN, 1], [4, 4]]), a);
  assertUndefined(cronbachAlpha([[1], [2], [3]]), "one item");
  assertUndefined(cronbachAlpha([[1, 2, 3]]), "one unit");
  assertUndefined(cronbachAlpha([[1, 2], [2, 1]]), "constant total");
  assert.equal(cronbachAlpha([]).units, 0);
});

// The same bad matrices and ratings as bindings-python/tests/test_analysis.py: the same list of
// [code, path] in both languages ({"$": "NaN"} and the infinities stand for those numbers).
const ratingInputs = JSON.parse(readFileSync(join(repoRoot, "spec", "errors", "rating-inputs.json"), "utf8"), (_, v) =>
  v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).join() === "$" ? Number(v.$) : v,
);

test("bad matrices and ratings give the same codes and paths as in Python (spec/errors/rating-inputs.json)", () => {
  for (const c of ratingInputs.matrices) {
    for (const fn of [krippendorffAlpha, icc, cronbachAlpha]) {
      if (c.expect.length === 0) {
        fn(c.data);
        continue;
      }
      const e = throwsLhs(() => fn(c.data), InputError, c.expect[0][0], c.expect[0][1]);
      assert.deepEqual(e.details.map((d) => [d.code, d.path]), c.expect, c.description);
    }
  }
  for (const c of ratingInputs.ratings) {
    if (c.expect.length === 0) {
      assert.ok(fw.contentValidity(c.ratings).experts >= 1, c.description);
      continue;
    }
    const e = throwsLhs(() => fw.contentValidity(c.ratings), InputError, c.expect[0][0], c.expect[0][1]);
    assert.deepEqual(e.details.map((d) => [d.code, d.path]), c.expect, c.description);
  }
  assert.ok(ratingInputs.matrices.length >= 5 && ratingInputs.ratings.length >= 2);
});

test("matrix arguments: bad shapes and values are located errors", () => {
  for (const fn of [krippendorffAlpha, icc, cronbachAlpha]) {
    for (const bad of [undefined, null, 3, "1,2", { 0: [1] }]) {
      throwsLhs(() => fn(bad), InputError, "input.matrix_shape", "");
    }
    throwsLhs(() => fn([1, 2, 3]), InputError, "input.matrix_shape", "/0");
    throwsLhs(() => fn([[1, 2], "12"]), InputError, "input.matrix_shape", "/1");
    const e = throwsLhs(() => fn([[1, 2], [3, "4"]]), InputError, "input.invalid_value", "/1/1");
    assert.match(e.message, /row 2, column 2/);
    throwsLhs(() => fn([[1, Infinity]]), InputError, "input.invalid_value", "/0/1");
    throwsLhs(() => fn([[true, 1]]), InputError, "input.invalid_value", "/0/0");
    throwsLhs(() => fn([[1n, 1]]), InputError, "input.invalid_value", "/0/0");
    const many = throwsLhs(() => fn([["a", 1], [2, "b"], 3]), InputError, "input.invalid_value");
    assert.deepEqual(many.details.map((d) => [d.code, d.path]), [["input.invalid_value", "/0/0"], ["input.invalid_value", "/1/1"], ["input.matrix_shape", "/2"]]);
    assert.equal(many.details[0].message, 'row 1, column 1: `"a"` is not a number');
    assert.match(many.details[0].help, /None in Python, null in JavaScript\) or NaN/);
  }
  const m = throwsLhs(() => krippendorffAlpha([[1, 2]], "nominal"), InputError, "input.invalid_metric", "/metric");
  assert.match(m.help, /ordinal/);
  throwsLhs(() => krippendorffAlpha([[1, 2]], 1), InputError, "input.invalid_metric", "/metric");
  // Names are read whatever their case, as pooling methods are (the core's `Metric::from_str`).
  assert.deepEqual(krippendorffAlpha([[1, 2], [1, 3]], "Interval"), krippendorffAlpha([[1, 2], [1, 3]], "interval"));
});

// ---- pool and agreement -----------------------------------------------------------------------

// Three respondents of one unit and period:
//   routine_data    1, 2, 4          → median 2 (middle), mean 7/3, range 3, IQR Q3 3 − Q1 1.5
//   me_integration  3, 3, unknown    → 3 (the unknown is not a level), range 0
//   working_groups  na, na, 2        → na: 2 of the 3 who answered said na
const team = [
  respondent("dho", {
    "inst.info.routine_data": { level: 1, evidence: "minutes", target: 3 },
    "inst.info.me_integration": 3,
    "inst.delib.working_groups": { level: "na", justification: "none at district level" },
  }),
  respondent("hmis", {
    "inst.info.routine_data": { level: 2, target: 4 },
    "inst.info.me_integration": 3,
    "inst.delib.working_groups": { level: "na", justification: "none" },
  }),
  respondent("chv", {
    "inst.info.routine_data": { level: 4, evidence: "DHIS2 report" },
    "inst.info.me_integration": "unknown",
    "inst.delib.working_groups": 2,
  }),
];

test("pool: pooled answers, dispersion and agenda, worked out by hand", () => {
  const p = fw.pool(team);
  assertSchema("pool", p);
  assert.equal(p.method, "median");
  assert.deepEqual(p.respondents, ["dho", "hmis", "chv"]);
  const item = Object.fromEntries(p.items.map((it) => [it.id, it]));
  assert.deepEqual(Object.keys(item).sort(), ["inst.delib.working_groups", "inst.info.me_integration", "inst.info.routine_data"]);
  const rd = item["inst.info.routine_data"];
  assert.equal(rd.pooled, 2);
  near(rd.mean, 7 / 3);
  assert.deepEqual([rd.n_raters, rd.n_na, rd.n_unknown, rd.n_missing, rd.min, rd.max, rd.range], [3, 0, 0, 0, 1, 4, 3]);
  near(rd.iqr, 1.5); // sorted 1 2 4: Q1 at position 0.5 = 1.5, Q3 at 1.5 = 3
  assert.deepEqual(rd.ratings, [
    { respondent: "dho", value: 1 },
    { respondent: "hmis", value: 2 },
    { respondent: "chv", value: 4 },
  ]);
  const me = item["inst.info.me_integration"];
  assert.deepEqual([me.pooled, me.n_raters, me.n_unknown, me.range, me.iqr], [3, 2, 1, 0, 0]);
  const wg = item["inst.delib.working_groups"];
  assert.deepEqual([wg.pooled, wg.n_raters, wg.n_na, wg.min, wg.max, wg.range], ["na", 1, 2, 2, 2, 0]);
  // agenda: at least two rated levels and a range above 0
  assert.deepEqual(p.agenda.map((a) => [a.id, a.range, a.iqr]), [["inst.info.routine_data", 3, 1.5]]);
  assert.equal(typeof p.agenda[0].name, "string");
  // the pooled assessment: evidence of everyone, the lower median of the targets (3, 4 → 3)
  const a = p.assessment;
  assertSchema("assessment", a);
  assert.equal(levelOf(a.answers["inst.info.routine_data"]), 2);
  assert.equal(a.answers["inst.info.routine_data"].evidence, "dho: minutes; chv: DHIS2 report");
  assert.equal(a.answers["inst.info.routine_data"].target, 3);
  assert.equal(levelOf(a.answers["inst.delib.working_groups"]), "na");
  assert.equal(a.answers["inst.delib.working_groups"].justification, "dho: none at district level; hmis: none");
  assert.equal(a.unit.id, "kis-east");
  assert.equal(a.period, "2026-Q3");
  assert.equal(a.respondent.id, "pooled");
  assert.deepEqual(a.pooling, { method: "median", respondents: ["dho", "hmis", "chv"], consensus: {} });
  // ready to score
  const r = fw.score(a);
  assert.equal(r.domains[0].children.find((n) => n.id === "inst.info").score, 2.5); // (2 + 3) / 2
  assert.deepEqual(p.warnings, []);
});

test("pool: mean and mode; an even count takes the lower middle value", () => {
  const four = [1, 4, 3, 2].map((l, i) => respondent(`r${i}`, { "inst.info.routine_data": l }));
  const level = (method) => fw.pool(four, { method }).items[0].pooled;
  assert.equal(level("median"), 2); // sorted 1 2 3 4: index ⌊(4 − 1)/2⌋ = 1
  assert.equal(level(undefined), 2);
  assert.equal(level("mean"), 3); // 2.5 rounds half up
  assert.equal(level("mode"), 1); // all tie: the lowest
  assert.equal(fw.pool(four, { method: "mean" }).method, "mean");
  assert.equal(fw.pool(four, { method: "Mode" }).method, "mode"); // the core reads names case-insensitively
  near(fw.pool(four).items[0].iqr, 1.5); // Q1 1.75, Q3 3.25
});

test("pool: agreement overall and per domain, worked out by hand", () => {
  const p = fw.pool(team);
  assert.deepEqual(p.agreement.map((s) => s.scope), ["overall", "inst", "cap", "cond", "proc"]);
  assert.deepEqual(p.agreement.slice(0, 2).map((s) => s.name), ["Overall", "Institutionalizing learning"]);
  const overall = p.agreement[0];
  assert.equal(overall.raters, 3);
  // units with two ratings or more: routine_data (1, 2, 4) and me_integration (3, 3)
  assert.equal(overall.alpha_units, 2);
  // coincidences: o12 = o21 = o14 = o41 = o24 = o42 = 1/2, o33 = 2; n1 = n2 = n4 = 1, n3 = 2, n = 5
  // interval: observed 2·(½·1 + ½·9 + ½·4) = 14; expected ½·(1 + 8 + 9 + 2 + 4 + 2) = 13
  near(overall.alpha_interval.value, 1 - 14 / 13);
  // ordinal: δ² 1–2 1, 1–3 6.25, 1–4 16, 2–3 2.25, 2–4 9, 3–4 2.25; observed 26, expected 23.75
  near(overall.alpha_ordinal.value, 1 - 26 / 23.75);
  // only routine_data is rated by everyone: one complete unit, so no ICC
  assert.equal(overall.icc_units, 1);
  assertUndefined(overall.icc2_1, "ICC(2,1)");
  assertUndefined(overall.icc2_k, "ICC(2,k)");
  assert.deepEqual({ ...p.agreement[1], scope: "overall", name: "Overall" }, overall); // every answer is in `inst`
  assertUndefined(p.agreement[2].alpha_ordinal, "cap: no ratings");
  assert.equal(p.agreement[2].alpha_units, 0);
});

test("agreement: the agreement of pool, for any units, and the same as the matrix statistics", () => {
  const a = fw.agreement(team);
  assertSchema("agreement", a);
  assert.deepEqual(a, fw.pool(team).agreement);
  // different units are fine for agreement (it pools with allowMismatch)
  const other = [team[0], { ...team[1], unit: { id: "elsewhere" } }];
  assert.deepEqual(fw.agreement(other), fw.pool(other, { allowMismatch: true }).agreement);
  // the matrix statistics on the same ratings (raters × indicators) give the same numbers
  const matrix = team.map((t) => ids.map((id) => levelOf(t.answers[id])).map((v) => (typeof v === "number" ? v : null)));
  assert.deepEqual(krippendorffAlpha(matrix, "ordinal"), { ...a[0].alpha_ordinal, units: a[0].alpha_units });
  assert.deepEqual(krippendorffAlpha(matrix, "interval"), { ...a[0].alpha_interval, units: a[0].alpha_units });
  assert.deepEqual(icc(matrix), { icc2_1: a[0].icc2_1, icc2_k: a[0].icc2_k, units: a[0].icc_units });
  throwsLhs(() => fw.agreement([]), InputError, "input.empty", "");
});

test("pool: a consensus overrides the pooled level and is recorded", () => {
  const consensus = { "inst.info.routine_data": { level: 3, rationale: "agreed on 3 May" }, "inst.info.me_integration": { level: "unknown", rationale: "no data" } };
  const p = fw.pool(team, { consensus });
  assertSchema("pool", p);
  const rd = p.items.find((it) => it.id === "inst.info.routine_data");
  assert.equal(rd.pooled, 3);
  assert.deepEqual(rd.consensus, consensus["inst.info.routine_data"]);
  assert.equal(levelOf(p.assessment.answers["inst.info.routine_data"]), 3);
  assert.equal(levelOf(p.assessment.answers["inst.info.me_integration"]), "unknown");
  assert.deepEqual(p.assessment.pooling.consensus, consensus);
  // a consensus on an indicator nobody answered adds it
  const extra = fw.pool(team, { consensus: { "cond.fin.learning_budget": { level: 1, rationale: "budget" } } });
  assert.equal(extra.items.find((it) => it.id === "cond.fin.learning_budget").pooled, 1);
});

test("pool: refuses different units, periods and frameworks unless allowMismatch", () => {
  const e = throwsLhs(() => fw.pool([team[0], { ...team[1], unit: { id: "siaya" } }]), InputError, "input.pool_mismatch", "/1/unit/id");
  assert.match(e.message, /unit `siaya`/);
  assert.match(e.message, /`kis-east`/);
  const both = throwsLhs(() => fw.pool([team[0], team[1], { ...team[2], unit: { id: "siaya" }, period: "2025" }]), InputError, "input.pool_mismatch");
  assert.deepEqual(both.details.map((d) => d.path), ["/2/unit/id", "/2/period"]);
  assert.match(both.details[1].message, /period/);
  const p = fw.pool([team[0], { ...team[1], period: "2025" }], { allowMismatch: true });
  assert.equal(p.respondents.length, 2);
  assert.deepEqual(p.assessment.pooling.respondents, ["dho", "hmis"]);
});

test("pool: bad inputs and options are located errors", () => {
  throwsLhs(() => fw.pool([]), InputError, "input.empty", "");
  throwsLhs(() => fw.pool(team[0]), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.pool(JSON.stringify(team)), InputError, "argument.invalid_type", "");
  // assessments that cannot be read: every problem of every one, located at /<i>
  const bad = throwsLhs(
    () => fw.pool([team[0], { answers: { "inst.info.routine_data": "2", "inst.info.me_integration": true } }, null]),
    AssessmentError,
    "assessment.invalid_level",
    "/1/answers/inst.info.routine_data",
  );
  assert.deepEqual(bad.details.map((d) => [d.code, d.path]), [
    ["assessment.invalid_level", "/1/answers/inst.info.routine_data"],
    ["assessment.invalid_level", "/1/answers/inst.info.me_integration"],
    ["assessment.invalid_type", "/2"],
  ]);
  assert.match(bad.details[0].message, /^assessment 2: /);
  assert.match(bad.details[2].message, /^assessment 3: /);
  // assessments that are not valid for the framework (checked by the core), located the same way
  const invalid = throwsLhs(
    () => fw.pool([team[0], { answers: { "inst.info.routin_data": 1 } }, { answers: { "inst.info.routine_data": 9 } }]),
    AssessmentError,
    "assessment.unknown_indicator",
    "/1/answers/inst.info.routin_data",
  );
  assert.deepEqual(invalid.details.map((d) => d.path), ["/1/answers/inst.info.routin_data", "/2/answers/inst.info.routine_data"]);
  assert.match(invalid.details[1].message, /^assessment 3: /);
  throwsLhs(() => fw.pool([{ answers: { "inst.info.routine_data": 9 } }]), AssessmentError, "assessment.level_out_of_range", "/0/answers/inst.info.routine_data");
  // Every problem of every assessment at once: checking errors of the second (a level 9, an
  // unknown indicator) and the reading error of the third (a level written as text).
  const three = [{ answers: {} }, { answers: { "inst.info.routine_data": 9, "inst.info.no_such": 1 } }, { answers: { "inst.info.routine_data": "5" } }];
  for (const call of [() => fw.pool(three), () => fw.agreement(three), () => fw.longRows(three)]) {
    let e;
    try {
      call();
    } catch (thrown) {
      e = thrown;
    }
    assert.ok(e instanceof AssessmentError, String(e));
    assert.deepEqual(e.details.map((d) => [d.path, d.code]).sort(), [
      ["/1/answers/inst.info.no_such", "assessment.unknown_indicator"],
      ["/1/answers/inst.info.routine_data", "assessment.level_out_of_range"],
      ["/2/answers/inst.info.routine_data", "assessment.invalid_level"],
    ]);
    assert.match(e.details[2].message, /^assessment 3: /);
  }
  // options
  const m = throwsLhs(() => fw.pool(team, { method: "avg" }), InputError, "input.invalid_method", "/method");
  assert.match(m.help, /median/);
  throwsLhs(() => fw.pool(team, { method: 2 }), InputError, "input.invalid_type", "/method");
  throwsLhs(() => fw.pool(team, { allowMismatch: "yes" }), InputError, "input.invalid_type", "/allowMismatch");
  const u = throwsLhs(() => fw.pool(team, { allow_mismatch: true }), InputError, "input.unknown_option", "/allow_mismatch");
  assert.equal(u.help, "write `allowMismatch`");
  assert.equal(throwsLhs(() => fw.pool(team, { weights: 1 }), InputError, "input.unknown_option").help, "the options are: `method`, `allowMismatch`, `consensus`");
  throwsLhs(() => fw.pool(team, "median"), InputError, "input.invalid_type", "");
  throwsLhs(() => fw.pool(team, { consensus: [] }), InputError, "input.invalid_type", "/consensus");
  throwsLhs(() => fw.pool(team, { consensus: { "inst.info.routine_data": { level: 2 } } }), InputError, "input.invalid_consensus", "/consensus/inst.info.routine_data");
  throwsLhs(() => fw.pool(team, { consensus: { "inst.info.routine_data": { level: 2, rationale: "x", by: "me" } } }), InputError, "input.invalid_consensus", "/consensus/inst.info.routine_data");
  const ui = throwsLhs(() => fw.pool(team, { consensus: { "inst.info.routin_data": { level: 2, rationale: "x" } } }), InputError, "input.unknown_indicator", "/consensus/inst.info.routin_data");
  assert.match(ui.help, /inst\.info\.routine_data/);
  throwsLhs(() => fw.pool(team, { consensus: { "inst.info.routine_data": { level: 9, rationale: "x" } } }), InputError, "input.level_out_of_range", "/consensus/inst.info.routine_data/level");
  // several bad options at once
  const two = throwsLhs(() => fw.pool(team, { method: "avg", consensus: { x: 1 } }), InputError, "input.invalid_method");
  assert.deepEqual(two.details.map((d) => d.path), ["/method", "/consensus/x"]);
  const mixed = throwsLhs(() => fw.pool(team, { weights: 1, allowMismatch: "yes", method: 2 }), InputError, "input.unknown_option", "/weights");
  assert.deepEqual(mixed.details.map((d) => [d.code, d.path]), [
    ["input.unknown_option", "/weights"],
    ["input.invalid_type", "/allowMismatch"],
    ["input.invalid_type", "/method"],
  ]);
  assert.equal(mixed.details[1].message, "`allowMismatch` must be true or false, not text");
  // undefined and null options are the defaults
  assert.deepEqual(fw.pool(team, { method: undefined, consensus: null }), fw.pool(team));
  assert.deepEqual(fw.pool(team, null), fw.pool(team));
});

test("property: pooling copies of one assessment gives that assessment back", () => {
  const next = rng(20260501);
  for (let round = 0; round < 30; round++) {
    const a = randomAssessment(next, round % 3 === 0 ? { default_target: 3 } : {});
    const copies = 1 + (round % 4);
    const method = ["median", "mean", "mode"][round % 3];
    const p = fw.pool(Array.from({ length: copies }, () => a), { method });
    if (round < 5) assertSchema("pool", p);
    // the same answer for every indicator, and nothing else
    const pooledIds = Object.keys(p.assessment.answers).sort();
    assert.deepEqual(pooledIds, Object.keys(a.answers).sort());
    for (const id of pooledIds) assert.equal(levelOf(p.assessment.answers[id]), levelOf(a.answers[id]), `${id} (round ${round})`);
    assert.equal(p.assessment.default_target ?? null, a.default_target ?? null);
    assert.deepEqual(p.agenda, []);
    assert.ok(p.items.every((it) => (it.range ?? 0) === 0 && (it.iqr ?? 0) === 0));
    // so its report has the same numbers
    const [x, y] = [fw.score(p.assessment), fw.score(a)];
    assert.equal(x.overall.score, y.overall.score);
    assert.deepEqual(x.domains.map((d) => d.score), y.domains.map((d) => d.score));
    assert.deepEqual(x.recommendations.map((r) => r.indicator), y.recommendations.map((r) => r.indicator));
    // perfect agreement: alpha and ICC are 1 where defined
    for (const s of p.agreement) {
      for (const e of [s.alpha_ordinal, s.alpha_interval, s.icc2_1, s.icc2_k]) {
        if (e.value === null) assert.equal(typeof e.note, "string");
        else near(e.value, 1, 1e-9, `${s.scope} (round ${round})`);
      }
    }
  }
});

// ---- compare and series -----------------------------------------------------------------------

// before (2025): routine_data 1, me_integration 2, data_interpretation 3
// after  (2026, default target 3): routine_data 3, me_integration 2, data_interpretation 1
// inst.info 1.5 → 2.5; cap.prov 3 → 1; overall (mean of inst and cap) 2.25 → 1.75
const before = fw.score({ unit: { id: "kis-east" }, period: "2025", answers: { "inst.info.routine_data": 1, "inst.info.me_integration": 2, "cap.prov.data_interpretation": 3 } });
const after = fw.score({ unit: { id: "kis-east" }, period: "2026", default_target: 3, answers: { "inst.info.routine_data": 3, "inst.info.me_integration": 2, "cap.prov.data_interpretation": 1 } });

test("compare: changes of nodes and indicators, progress to target, worked out by hand", () => {
  const c = compare(before, after);
  assertSchema("comparison", c);
  assert.equal(c.restricted, false);
  assert.equal(c.comparable, ids.length);
  assert.deepEqual([c.only_before, c.only_after], [[], []]);
  assert.deepEqual([c.before_period, c.after_period], ["2025", "2026"]);
  assert.deepEqual(c.overall, { id: "overall", name: "Overall", before: 2.25, after: 1.75, change: -0.5, before_level: 2, after_level: 1, level_change: -1 });
  const node = Object.fromEntries(c.nodes.map((n) => [n.id, n]));
  assert.equal(c.nodes.length, 17); // 4 domains and 13 sub-domains
  assert.deepEqual([node["inst.info"].before, node["inst.info"].after, node["inst.info"].change, node["inst.info"].level_change], [1.5, 2.5, 1, 1]);
  assert.deepEqual([node["cap.prov"].before, node["cap.prov"].after, node["cap.prov"].change], [3, 1, -2]);
  assert.deepEqual([node["cond"].before, node["cond"].after, node["cond"].change], [null, null, null]);
  assert.deepEqual(c.improved, ["inst.info.routine_data"]);
  assert.deepEqual(c.regressed, ["cap.prov.data_interpretation"]);
  assert.deepEqual(c.unchanged, ["inst.info.me_integration"]);
  const ind = Object.fromEntries(c.indicators.map((i) => [i.id, i]));
  // (after − before) / (target − before): 2/2, 0/1; not defined where the target is not above before
  assert.deepEqual([ind["inst.info.routine_data"].change, ind["inst.info.routine_data"].target, ind["inst.info.routine_data"].progress_to_target], [2, 3, 1]);
  assert.equal(ind["inst.info.me_integration"].progress_to_target, 0);
  assert.equal(ind["cap.prov.data_interpretation"].progress_to_target, null);
  assert.equal(ind["cond.fin.learning_budget"].change, null);
  assert.equal(ind["cond.fin.learning_budget"].before_status, "missing");
  // each indicator carries its name, as the later report has it
  const names = Object.fromEntries(fw.score({ answers: {} }).indicators.map((i) => [i.id, i.name]));
  for (const i of c.indicators) assert.equal(i.name, names[i.id]);
  near(c.progress_to_target, 2 / 3); // (2 + 0) / (2 + 1)
  // reports as JSON text give the same
  assert.deepEqual(compare(JSON.stringify(before), fw.scoreJSON(JSON.stringify({ period: "2026", default_target: 3, unit: { id: "kis-east" }, answers: { "inst.info.routine_data": 3, "inst.info.me_integration": 2, "cap.prov.data_interpretation": 1 } }))), c);
});

test("compare: different indicator sets are restricted to the shared ones", () => {
  const spec = fw.toJSON();
  const info = spec.domains[0].children[0];
  const smaller = Framework.fromObject({ ...spec, version: "1.1.0", domains: [{ ...spec.domains[0], children: [{ ...info, indicators: info.indicators.filter((i) => i.id !== "inst.info.me_integration") }] }] });
  const later = smaller.score({ period: "2026", answers: { "inst.info.routine_data": 3 } });
  const c = compare(before, later);
  assertSchema("comparison", c);
  assert.equal(c.restricted, true);
  assert.equal(c.comparable, info.indicators.length - 1); // all of inst.info but one
  assert.ok(c.only_before.includes("inst.info.me_integration") && c.only_before.includes("cap.prov.data_interpretation"));
  assert.deepEqual(c.only_after, []);
  // before recomputed on the shared indicators: routine_data 1 only → 1
  assert.deepEqual([c.overall.before, c.overall.after, c.overall.change], [1, 3, 2]);
  smaller.free();
});

test("property: compare(a, a) has no change", () => {
  const next = rng(7);
  for (let round = 0; round < 20; round++) {
    const r = fw.score(randomAssessment(next, { default_target: 1 + (round % 4) }));
    const c = compare(r, r);
    if (round < 3) assertSchema("comparison", c);
    assert.equal(c.restricted, false);
    for (const n of [c.overall, ...c.nodes]) {
      assert.equal(n.before, n.after, n.id);
      assert.equal(n.change, n.before === null ? null : 0, n.id);
      assert.equal(n.level_change, n.before === null ? null : 0, n.id);
    }
    assert.deepEqual([c.improved, c.regressed], [[], []]);
    const rated = r.indicators.filter((i) => i.status === "rated").map((i) => i.id);
    assert.deepEqual(c.unchanged, rated);
    assert.ok(c.indicators.every((i) => (i.change === null) === (i.before_level === null) && (i.change ?? 0) === 0));
    assert.ok(c.indicators.every((i) => i.progress_to_target === null || i.progress_to_target === 0));
    assert.ok(c.progress_to_target === null || c.progress_to_target === 0);
  }
});

test("compare: a non-report is report.invalid, located", () => {
  const e = throwsLhs(() => compare({ answers: {} }, after), InputError, "report.invalid", "");
  assert.match(e.message, /`before`: this is not a report/);
  assert.match(e.help, /score/);
  assert.match(throwsLhs(() => compare(before, null), InputError, "report.invalid", "").message, /`after`/);
  throwsLhs(() => compare(before, "{"), InputError, "report.invalid_json", "");
  throwsLhs(() => compare(before), InputError, "report.invalid", "");
});

test("series: rounds of one unit sorted by period", () => {
  const s = series([after, before]);
  assertSchema("series", s);
  assert.equal(s.unit, "kis-east");
  assert.deepEqual(s.rows.map((r) => [r.period, r.overall, r.level]), [["2025", 2.25, 2], ["2026", 1.75, 1]]);
  near(s.rows[0].coverage, 3 / scoredIds.length);
  assert.deepEqual(s.rows[1].domains.map((d) => [d.id, d.score]), [["inst", 2.5], ["cap", 1], ["cond", null], ["proc", null]]);
  assert.deepEqual(series([JSON.stringify(after), before]), s);
  const other = fw.score({ unit: { id: "siaya" }, period: "2027", answers: {} });
  throwsLhs(() => series([before, other]), InputError, "input.series_mismatch", "/1/unit");
  throwsLhs(() => series([before, before]), InputError, "input.duplicate_period", "/1/period");
  throwsLhs(() => series(before), InputError, "argument.invalid_type", "");
  const e = throwsLhs(() => series([before, { answers: {} }]), InputError, "report.invalid", "/1");
  assert.match(e.details[0].message, /^report 2: /);
  assert.deepEqual(series([]).rows, []);
});

// ---- cohort and reliability -------------------------------------------------------------------

// Six units; routine_data is the only answer, so overall = inst = inst.info = that level:
// north u0..u4 = 0 1 2 3 4, south u5 = 0.
const units = [0, 1, 2, 3, 4, 5].map((i) =>
  fw.score({ unit: { id: `u${i}`, region: i < 5 ? "north" : "south" }, answers: { "inst.info.routine_data": i % 5 } }),
);

test("cohort: statistics per group, suppression, worked out by hand", () => {
  const c = cohort(units, { groupBy: "region" });
  assertSchema("cohort", c);
  assert.equal(c.group_by, "region");
  assert.equal(c.min_group, 5);
  assert.deepEqual(c.groups.map((g) => [g.key, g.units, g.suppressed]), [["all", 6, false], ["north", 5, false], ["south", 1, true]]);
  const overall = (g) => g.measures.find((m) => m.id === "overall");
  // all: 0 0 1 2 3 4 — mean 10/6, sd √(120/9 / 5), quartiles at positions 1.25, 2.5, 3.75
  // (0 + ¼·1, 1 + ½·1, 2 + ¾·1)
  const all = overall(c.groups[0]);
  assert.equal(all.count, 6);
  near(all.mean, 10 / 6);
  near(all.sd, Math.sqrt(120 / 9 / 5));
  assert.deepEqual([all.min, all.q1, all.median, all.q3, all.max], [0, 0.25, 1.5, 2.75, 4]);
  // north: 0 1 2 3 4
  const north = overall(c.groups[1]);
  assert.deepEqual([north.count, north.mean, north.min, north.q1, north.median, north.q3, north.max], [5, 2, 0, 1, 2, 3, 4]);
  near(north.sd, Math.sqrt(10 / 4));
  // south: suppressed, no statistic
  const south = overall(c.groups[2]);
  assert.deepEqual([south.mean, south.sd, south.min, south.q1, south.median, south.q3, south.max], [null, null, null, null, null, null, null]);
  assert.deepEqual(c.groups[0].measures.map((m) => m.id).slice(0, 3), ["overall", "inst", "inst.info"]);
  // publishable by default: no unit rows
  assert.deepEqual(c.units, []);
});

test("cohort: unit ranks when not publishable, minGroup, JSON text", () => {
  const c = cohort(units, { groupBy: "region", publishable: false });
  assertSchema("cohort", c);
  const rank = (i) => c.units[i].ranks.find((r) => r.id === "overall").rank;
  // 100 × (below + (equal + 1)/2) / n within the group
  assert.deepEqual([0, 1, 4, 5].map(rank), [20, 40, 100, 100]);
  assert.deepEqual(c.units.map((u) => [u.index, u.unit, u.group]).slice(4), [[4, "u4", "north"], [5, "u5", "south"]]);
  // without grouping: u0 among 0 0 1 2 3 4 → (0 + 3/2)/6
  const flat = cohort(units, { publishable: false });
  assert.deepEqual(flat.groups.map((g) => g.key), ["all"]);
  assert.equal(flat.units[0].ranks[0].rank, 25);
  // minGroup: nothing is suppressed below it
  assert.ok(cohort(units, { groupBy: "region", minGroup: 1 }).groups.every((g) => !g.suppressed));
  assert.ok(cohort(units, { minGroup: 7 }).groups[0].suppressed);
  assert.equal(cohort(units, { minGroup: 0 }).min_group, 0);
  // units without the label form "(none)"; text reports are reports
  assert.deepEqual(cohort(units.map((r) => JSON.stringify(r)), { groupBy: "kind", minGroup: 1 }).groups.map((g) => g.key), ["all", "(none)"]);
  assert.deepEqual(cohort(units, { groupBy: null, minGroup: undefined }), cohort(units));
});

test("cohort: bad inputs and options", () => {
  throwsLhs(() => cohort([]), InputError, "input.empty_cohort", "");
  const e = throwsLhs(() => cohort([units[0], { answers: { "inst.info.routine_data": 2 } }]), InputError, "report.invalid", "/1");
  assert.match(e.message, /report 2: this is not a report/);
  assert.match(e.help, /score them first/);
  const many = throwsLhs(() => cohort([null, units[0], 3]), InputError, "report.invalid", "/0");
  assert.deepEqual(many.details.map((d) => d.path), ["/0", "/2"]);
  throwsLhs(() => cohort(units[0]), InputError, "argument.invalid_type", "");
  throwsLhs(() => cohort(units, { minGroup: 2.5 }), InputError, "input.invalid_option", "/minGroup");
  throwsLhs(() => cohort(units, { minGroup: -1 }), InputError, "input.invalid_option", "/minGroup");
  throwsLhs(() => cohort(units, { minGroup: "5" }), InputError, "input.invalid_type", "/minGroup");
  throwsLhs(() => cohort(units, { groupBy: 3 }), InputError, "input.invalid_type", "/groupBy");
  throwsLhs(() => cohort(units, { publishable: "no" }), InputError, "input.invalid_type", "/publishable");
  assert.equal(throwsLhs(() => cohort(units, { group_by: "region" }), InputError, "input.unknown_option", "/group_by").help, "write `groupBy`");
  assert.equal(throwsLhs(() => cohort(units, { min_group: 1 }), InputError, "input.unknown_option", "/min_group").help, "write `minGroup`");
  throwsLhs(() => cohort(units, [1]), InputError, "input.invalid_type", "");
  // every bad option at once, in the order of the object
  const bad = throwsLhs(() => cohort(units, { publishable: "no", minGroup: 2.5, groupBy: 3, size: 1 }), InputError, "input.invalid_type", "/publishable");
  assert.deepEqual(bad.details.map((d) => [d.code, d.path]), [
    ["input.invalid_type", "/publishable"],
    ["input.invalid_option", "/minGroup"],
    ["input.invalid_type", "/groupBy"],
    ["input.unknown_option", "/size"],
  ]);
  assert.equal(bad.details[1].message, "`minGroup` must be a whole number ≥ 0, not `2.5`");
  assert.equal(bad.details[3].help, "the options are: `groupBy`, `minGroup`, `publishable`, `sample`, `resamples`, `seed`");
  const other = Framework.fromObject({ ...fw.toJSON(), version: "9.0.0" });
  throwsLhs(() => cohort([units[0], other.score({ answers: {} })]), InputError, "input.framework_mismatch", "/1/framework");
  throwsLhs(() => reliability([units[0], other.score({ answers: {} })]), InputError, "input.framework_mismatch", "/1/framework");
  other.free();
  // two versions of the built-in framework are two frameworks for a cohort too
  const old = Framework.builtin("1.0.0");
  throwsLhs(() => cohort([units[0], old.score({ answers: {} })]), InputError, "input.framework_mismatch", "/1/framework");
  old.free();
});

test("reliability: Cronbach's alpha of a domain, worked out by hand", () => {
  // cond.fin's three items over four units, as the columns of the cronbachAlpha example:
  // learning_budget 1 2 3 4, domestic_ownership 1 2 3 3, expenditure_tracking 2 2 4 4.
  const items = ["cond.fin.learning_budget", "cond.fin.domestic_ownership", "cond.fin.expenditure_tracking"];
  const fin0 = fw.toJSON().domains.find((d) => d.id === "cond").children.find((n) => n.id === "cond.fin");
  assert.deepEqual(fin0.indicators.map((i) => i.id), items, "cond.fin as this test assumes");
  const levels = [[1, 1, 2], [2, 2, 2], [3, 3, 4], [4, 3, 4]];
  const reports = levels.map((ls) => fw.score({ answers: Object.fromEntries(items.map((id, j) => [id, ls[j]])) }));
  const rel = reliability(reports);
  assertSchema("reliability", rel);
  assert.equal(rel.units, 4);
  const fin = rel.nodes.find((n) => n.id === "cond.fin");
  assert.deepEqual([fin.items, fin.units_used], [3, 4]);
  // item variances 5/3, 11/12, 4/3 (Σ 47/12); totals 4 6 10 11, variance 131/12;
  // α = 3/2 · (1 − 47/131) = 126/131
  near(fin.alpha.value, 126 / 131);
  assert.equal(cronbachAlpha(levels).value, fin.alpha.value);
  // without expenditure_tracking: variances 5/3, 11/12 (Σ 31/12), totals 2 4 6 7 (variance
  // 59/12): α = 2 · (1 − 31/59) = 56/59
  const last = fin.item_stats.find((s) => s.id === "cond.fin.expenditure_tracking");
  near(last.alpha_if_deleted.value, 56 / 59);
  assert.deepEqual(cronbachAlpha(levels.map((r) => r.slice(0, 2))).value, last.alpha_if_deleted.value);
  // its correlation with the sum of the others (2 4 6 7): Σ products of deviations 7, sums of
  // squares 4 and 14.75 → 7 / √59
  near(last.item_total_correlation.value, 7 / Math.sqrt(59));
  // cond has more items than the three rated: no complete unit
  const cond = rel.nodes.find((n) => n.id === "cond");
  assert.ok(cond.items > 3);
  assert.equal(cond.units_used, 0);
  assertUndefined(cond.alpha, "cond");
  // floor (level 0) and ceiling (level 4) shares over the units that rated it
  const dist = Object.fromEntries(rel.indicators.map((d) => [d.id, d]));
  assert.deepEqual(dist["cond.fin.learning_budget"], { id: "cond.fin.learning_budget", rated: 4, floor: 0, ceiling: 0.25 });
  assert.deepEqual(dist["cond.fin.expenditure_tracking"], { id: "cond.fin.expenditure_tracking", rated: 4, floor: 0, ceiling: 0.5 });
  assert.deepEqual(dist["cond.fin.domestic_ownership"], { id: "cond.fin.domestic_ownership", rated: 4, floor: 0, ceiling: 0 });
  assert.deepEqual(dist["inst.info.routine_data"], { id: "inst.info.routine_data", rated: 0, floor: null, ceiling: null });
  assert.deepEqual(reliability(reports.map((r) => JSON.stringify(r))), rel);
  throwsLhs(() => reliability([]), InputError, "input.empty_cohort", "");
  throwsLhs(() => reliability([{}]), InputError, "report.invalid", "/0");
  throwsLhs(() => reliability("[]"), InputError, "argument.invalid_type", "");
});

// ---- robustness -------------------------------------------------------------------------------

test("no input makes a function panic: every bad value is an LhsError, and the module works after", () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const values = [undefined, null, 0, -1, NaN, "", "x", "{}", "[]", true, 1n, Symbol("s"), () => 1, {}, [], [null], [[]], [{}], [[null]], [["x"]], cyclic, [cyclic], new Map(), new Float64Array(2), { answers: {} }];
  const calls = [
    (v) => fw.pool(v),
    (v) => fw.pool(team, v),
    (v) => fw.pool([v, v]),
    (v) => fw.agreement(v),
    (v) => compare(v, v),
    (v) => series(v),
    (v) => series([v]),
    (v) => cohort(v),
    (v) => cohort([v]),
    (v) => cohort(units, v),
    (v) => cohort(units, { minGroup: v }),
    (v) => reliability(v),
    (v) => reliability([v]),
    (v) => krippendorffAlpha(v),
    (v) => krippendorffAlpha([[1, 2], [2, 1]], v),
    (v) => krippendorffAlpha([[v, 1]]),
    (v) => icc(v),
    (v) => cronbachAlpha(v),
  ];
  for (const [c, call] of calls.entries()) {
    for (const v of values) {
      try {
        const out = call(v);
        assertJsonCompatible(out);
      } catch (e) {
        assert.ok(e instanceof LhsError, `call ${c} with ${String(v?.toString?.() ?? typeof v)}: ${e}`);
        assert.ok(!/panicked|unreachable|RuntimeError/.test(e.message), e.message);
      }
    }
  }
  near(krippendorffAlpha(K2011, "interval").value, 0.849, 1e-3);
  assert.equal(fw.pool(team).items.length, 3);
});

// ---- README -----------------------------------------------------------------------------------

/** Runs a README example against the built package installed as `lhs-maturity`; its output. */
function runExample(code) {
  const dir = mkdtempSync(join(tmpdir(), "lhs-analysis-readme-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(pkgDir, join(dir, "node_modules", "lhs-maturity"), "dir");
    const file = join(dir, /\brequire\(/.test(code) ? "analysis.cjs" : "analysis.mjs");
    writeFileSync(file, code);
    return execFileSync(process.execPath, ["--preserve-symlinks", file], { cwd: dir, encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the package README's Analysis example runs", () => {
  const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Analysis"));
  const code = /^```js\n([\s\S]*?)^```/m.exec(section)?.[1];
  assert.ok(code, "no ```js block in the README's Analysis section");
  assert.match(runExample(code), /alpha/);
});

test("the JavaScript example of the repository README's researchers' section runs", () => {
  const blocks = readmeBlocks("js", "analysis");
  assert.equal(blocks.length, 1, "README.md's analysis section has one ```js block");
  const out = runExample(blocks[0]);
  assert.match(out, /^inst\.delib\.working_groups /m);
  assert.match(out, /improved: \[ 'inst\.info\.routine_data' \]/);
  assert.match(out, /^alpha 0\.88/m);
});
