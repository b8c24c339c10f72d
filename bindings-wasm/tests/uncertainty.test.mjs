// How sure a score is, from JavaScript (spec/SCORING.md §28): Framework#uncertainty and the
// `uncertainty` option of score/scoreJSON/scoreMany, the Markdown and HTML renderings, and the
// options' errors. The numbers themselves are the shared vectors' (analysis-vectors.test.mjs);
// here: the API's behaviour, worked out by hand where a number is checked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { lhs, repoRoot, throwsLhs } from "./helpers.mjs";

const { Framework, renderMarkdown, renderHtml, InputError } = lhs;
const fw = Framework.builtin();

const one = { answers: { "inst.info.routine_data": { level: 2, confidence: "high" } } };

/** Every indicator rated 2 at low confidence: too many uncertain answers for the exact method. */
function manyUncertain() {
  const answers = {};
  for (const i of fw.indicators()) answers[i.id] = { level: 2, confidence: "low" };
  return { answers };
}

function schemaCheck(name, value) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = JSON.parse(readFileSync(join(repoRoot, "spec", "schema", name), "utf8"));
  const ok = ajv.validate(schema, value);
  assert.ok(ok, JSON.stringify(ajv.errors));
}

test("uncertainty of one high-confidence answer, worked out by hand", () => {
  const u = fw.uncertainty(one);
  schemaCheck("uncertainty.schema.json", u);
  assert.equal(u.method, "exact");
  assert.equal(u.uncertain_answers, 1);
  assert.equal(u.seed, null);
  assert.equal(u.framework.id, "lhs-2021");
  const overall = u.nodes[0];
  assert.equal(overall.id, "overall");
  // Level 2 with 0.9, 1 and 3 with 0.05 each: P(level ≥ 2) = 0.95, P(level ≥ 3) = 0.05.
  assert.ok(Math.abs(overall.independent.p_level_at_least[2] - 0.95) < 1e-12);
  assert.ok(Math.abs(overall.independent.p_level_at_least[3] - 0.05) < 1e-12);
  // The 5% quantile is the lowest score whose cumulative probability reaches 0.05: P(≤ 1) is
  // exactly 0.05, so 1; the 95% quantile: P(≤ 2) = 0.95, so 2.
  assert.deepEqual(overall.independent.interval, [1, 2]);
  assert.equal(overall.independent.std_error, null);
  // Every other indicator is missing: the bounds are wide and the level is not settled.
  assert.equal(overall.bounds.settled, false);
});

test("score with the uncertainty option carries the same result, and renders it", () => {
  const r = fw.score(one, { uncertainty: true });
  schemaCheck("report.schema.json", r);
  assert.deepEqual(r.uncertainty, fw.uncertainty(one));
  assert.equal(fw.score(one).uncertainty, undefined);
  const text = JSON.parse(fw.scoreJSON(JSON.stringify(one), { uncertainty: { maxExact: 0, draws: 50 } }));
  assert.equal(text.uncertainty.method, "monte_carlo");
  assert.equal(text.uncertainty.draws, 50);
  const [many] = fw.scoreMany([one], { uncertainty: true });
  assert.deepEqual(many.uncertainty, r.uncertainty);
  const md = renderMarkdown(r);
  assert.match(md, /## How sure the scores are/);
  assert.match(md, /overall level is \*\*2 Established\*\* with probability 0\.90/);
  const html = renderHtml(r, fw);
  assert.match(html, /<section id="uncertainty">/);
  assert.match(html, /<g class="intervals"/);
  const fr = fw.score(one, { uncertainty: true, language: "fr" });
  assert.equal(fr.uncertainty.framework.title, fr.framework.title);
});

test("Monte Carlo: the seed decides, and is recorded", () => {
  const a = manyUncertain();
  const options = { draws: 200, seed: 7 };
  const x = fw.uncertainty(a, options);
  assert.equal(x.method, "monte_carlo");
  assert.equal(x.seed, 7);
  assert.equal(x.draws, 200);
  assert.deepEqual(fw.uncertainty(a, options), x);
  assert.notDeepEqual(fw.uncertainty(a, { draws: 200, seed: 8 }).nodes, x.nodes);
  assert.ok(x.nodes[0].independent.std_error > 0);
  // Low confidence everywhere: every answer may move, so the overall mean stays near 2.
  assert.ok(Math.abs(x.nodes[0].independent.mean - 2) < 0.1, String(x.nodes[0].independent.mean));
  // The largest seed every surface holds exactly is taken.
  assert.equal(fw.uncertainty(a, { draws: 5, seed: Number.MAX_SAFE_INTEGER }).seed, Number.MAX_SAFE_INTEGER);
});

test("every problem of the options at once, where it is", () => {
  const err = throwsLhs(
    () => fw.uncertainty(one, { draws: "many", seed: -1, maxExact: 1.5, model: { high: 1 }, unknown: "never", bogus: 1 }),
    InputError,
    "input.invalid_type",
    "/draws",
  );
  const found = err.details.map((d) => `${d.code} ${d.path}`);
  assert.deepEqual(found, [
    "input.invalid_type /draws",
    "input.invalid_option /seed",
    "input.invalid_option /maxExact",
    "input.invalid_uncertainty_option /model",
    "input.unknown_option /bogus",
    "input.invalid_option /unknown",
  ]);
  throwsLhs(() => fw.uncertainty(one, { draws: 0 }), InputError, "input.invalid_uncertainty_option", "/draws");
  throwsLhs(
    () => fw.uncertainty(one, { model: { low: { same: 0.8, next: 0.2 } } }),
    InputError,
    "input.invalid_uncertainty_option",
    "/model/low",
  );
  throwsLhs(() => fw.score(one, { uncertainty: { seed: -1 } }), InputError, "input.invalid_option", "/uncertainty/seed");
  throwsLhs(() => fw.score(one, { uncertainty: "yes" }), InputError, "input.invalid_type", "/uncertainty");
});
