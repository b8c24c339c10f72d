// The bootstrap of a pooled assessment and a sample's cohort intervals from JavaScript
// (spec/SCORING.md §31): Framework#poolBootstrap and cohort({ sample }). The numbers are the
// shared vectors' (analysis-vectors.test.mjs); here: the API's behaviour, a few numbers by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { lhs, repoRoot, throwsLhs } from "./helpers.mjs";

const { Framework, InputError, cohort } = lhs;
const fw = Framework.builtin();

const team = (levels) =>
  levels.map(([a, b], i) => ({
    unit: { id: "u" },
    respondent: { id: `r${i}` },
    answers: { "inst.info.routine_data": a, "cond.fin.learning_budget": b },
  }));

const node = (r, id) => r.nodes.find((n) => n.id === id);

test("fewer than 8 respondents: each score without each respondent, by hand", () => {
  const r = fw.poolBootstrap(team([[1, 3], [2, 3], [4, 0]]));
  assert.equal(r.method, "leave_one_out");
  assert.equal(r.resamples, 0);
  assert.equal(r.seed, null);
  const info = node(r, "inst.info");
  assert.deepEqual(info.left_out.map((x) => [x.respondent, x.score]), [["r0", 2], ["r1", 1], ["r2", 1]]);
  assert.deepEqual(info.range, [1, 2]);
  assert.equal(info.interval, null);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = JSON.parse(readFileSync(join(repoRoot, "spec", "schema", "pool-bootstrap.schema.json"), "utf8"));
  assert.ok(ajv.validate(schema, r), JSON.stringify(ajv.errors));
});

test("10 respondents: seeded resamples, the same numbers for the same seed", () => {
  const ten = team(Array.from({ length: 10 }, (_, i) => [i % 5, (3 * i) % 5]));
  const a = fw.poolBootstrap(ten, { resamples: 200, seed: 4 });
  assert.equal(a.method, "bootstrap");
  assert.equal(a.resamples, 200);
  assert.equal(a.seed, 4);
  assert.deepEqual(fw.poolBootstrap(ten, { resamples: 200, seed: 4 }), a);
  assert.notDeepEqual(fw.poolBootstrap(ten, { resamples: 200, seed: 5 }).nodes, a.nodes);
  const o = node(a, "overall");
  assert.ok(o.interval[0] <= o.score && o.score <= o.interval[1]);
  const same = fw.poolBootstrap(team(Array(10).fill([3, 1])));
  assert.deepEqual(node(same, "inst.info").interval, [3, 3]);
  assert.equal(node(same, "inst.info").keeps_level, 1);
});

test("bad options", () => {
  throwsLhs(() => fw.poolBootstrap(team([[1, 1]]), { resamples: 0 }), InputError, "input.invalid_bootstrap_option", "/resamples");
  throwsLhs(() => fw.poolBootstrap(team([[1, 1]]), { level: 2 }), InputError, "input.invalid_bootstrap_option", "/level");
  throwsLhs(() => fw.poolBootstrap(team([[1, 1]]), { draws: 2 }), InputError, "input.unknown_option", "/draws");
});

test("cohort: a census has no sampling error, a sample's groups of 10 get intervals", () => {
  const units = [];
  for (const [g, n] of [["north", 9], ["south", 10]])
    for (let i = 0; i < n; i++)
      units.push(fw.score({ unit: { id: `${g}${i}`, region: g }, answers: { "inst.info.routine_data": i % 5 } }));
  const census = cohort(units, { groupBy: "region" });
  assert.equal(census.sample, false);
  assert.equal(census.groups[1].measures[0].mean_note, "a census has no sampling error");
  const sample = cohort(units, { groupBy: "region", sample: true, seed: 3 });
  assert.equal(sample.seed, 3);
  assert.equal(sample.groups[1].measures[0].mean_interval, null);
  const [lo, hi] = sample.groups[2].measures[0].mean_interval;
  assert.ok(lo < sample.groups[2].measures[0].mean && sample.groups[2].measures[0].mean < hi);
});
