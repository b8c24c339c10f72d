// Whether many units' results survive other choices, from JavaScript (spec/SCORING.md §30):
// Framework#robustness, its labels and its options' errors. The numbers are the command line's
// for the same units and seed (`lhs-maturity robustness d0.json d1.json d2.json --n 16 --seed 7
// --bootstrap 0 --ranks --pair d2,d1 --format json`), and Python's (`lhs_maturity.robustness`,
// the same core); the shared vectors (analysis-vectors.test.mjs) check more cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { lhs, repoRoot, throwsLhs } from "./helpers.mjs";

const { Framework, InputError, AssessmentError } = lhs;
const fw = Framework.builtin();

const units = [
  { unit: { id: "d0" }, answers: { "inst.info.routine_data": 0, "cap.prov.data_interpretation": 2 } },
  {
    unit: { id: "d1" },
    answers: { "inst.info.routine_data": { level: 1, confidence: "low" }, "cap.prov.data_interpretation": 2 },
  },
  {
    unit: { id: "d2" },
    answers: { "inst.info.routine_data": 2, "cap.prov.data_interpretation": { level: 3, confidence: "medium" } },
  },
];
const options = { n: 16, seed: 7, bootstrap: 0, publishable: false, pairs: [["d2", "d1"]] };

function schemaCheck(name, value) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = JSON.parse(readFileSync(join(repoRoot, "spec", "schema", name), "utf8"));
  assert.ok(ajv.validate(schema, value), JSON.stringify(ajv.errors));
}

test("robustness gives the command line's numbers for the same seed", () => {
  const r = fw.robustness(units, options);
  schemaCheck("robustness.schema.json", r);
  assert.equal(r.seed, 7);
  assert.equal(r.runs, 288); // 16 × (14 weight sets + missing + rating + 2)
  assert.equal(r.factors.length, 16);
  assert.deepEqual([r.factors[0].name, r.factors.at(-1).name], ["weights:overall", "rating"]);
  assert.deepEqual(r.units[0], {
    unit: "d0", score: 1.0, level: 1,
    median: 0.25964010529829995,
    interval: [0.017736043667019346, 1.4638077481315188],
    keeps_level: 0.2986111111111111,
    rank: { nominal: 3.0, median: 3.0, interval: [2.0, 3.0], p_top_k: 1.0 },
  });
  assert.deepEqual(r.units[2].interval, [0.07122312392222158, 3.0333966573793694]);
  assert.equal(r.units[1].keeps_level, 0.40625);
  assert.deepEqual(r.pairs, [{ a: "d2", b: "d1", p_above: 0.9861111111111112, p_tie: 0.006944444444444444 }]);
  assert.deepEqual(r.rank_shift, { mean: 0.16898148148148134, median: 0.0, interval: [0.0, 0.6666666666666666] });
  const rating = r.sensitivity.rank_shift.factors.at(-1);
  assert.deepEqual(rating, { factor: "rating", s1: 0.5581395348837209, s1_interval: null, st: 0.6511627906976745, st_interval: null });
});

test("robustness: publishable by default, labels given or by position, weightsModel", () => {
  const r = fw.robustness(units, { n: 16, bootstrap: 0, pairs: [["d0", "d1"]] });
  assert.equal(r.publishable, true);
  assert.ok(r.units.every((u) => u.rank === null));
  assert.deepEqual(r.pairs, []);
  const named = fw.robustness(units, { n: 16, bootstrap: 0, labels: ["x", "y", "z"] });
  assert.deepEqual(named.units.map((u) => u.unit), ["x", "y", "z"]);
  const anonymous = units.map(({ answers }) => ({ answers }));
  assert.deepEqual(fw.robustness(anonymous, { n: 16, bootstrap: 0 }).units.map((u) => u.unit), ["0", "1", "2"]);
  const d = fw.robustness(units, { n: 16, bootstrap: 0, weightsModel: "dirichlet", rating: false });
  assert.equal(d.weights_model, "dirichlet");
  assert.equal(d.model, null);
  assert.notDeepEqual(d.units[0].interval, r.units[0].interval);
  // No options: the defaults (n = 1024, 1000 resamples) take a while; n alone is enough here.
  assert.equal(fw.robustness(units, { n: 8, bootstrap: 0 }).n, 8);
});

test("robustness: options' errors at the JavaScript names, every one at once", () => {
  let err;
  try {
    fw.robustness(units, { n: "16", weightsModel: "flat", weights_spread: 0.1, pairs: [["d0"]], labels: [1] });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof InputError, String(err));
  assert.deepEqual(
    err.details.map((d) => [d.code, d.path]),
    [
      ["input.invalid_type", "/n"],
      ["argument.invalid_value", "/weightsModel"],
      ["input.unknown_option", "/weights_spread"],
      ["input.invalid_type", "/pairs/0"],
      ["input.invalid_type", "/labels/0"],
    ],
  );
  assert.equal(err.details[2].help, "write `weightsSpread`");
  // The core's checks of the values, located at the JavaScript names too.
  let range;
  try {
    fw.robustness(units, { n: 16, weightsSpread: 1, aggregationNodes: ["inst", "nowhere"], pairs: [["d0", "dx"]] });
  } catch (e) {
    range = e;
  }
  assert.ok(range instanceof InputError, String(range));
  assert.deepEqual(
    range.details.map((d) => [d.code, d.path]),
    [
      ["input.invalid_robustness_option", "/weightsSpread"],
      ["input.invalid_robustness_option", "/pairs/0/1"],
      ["input.invalid_robustness_option", "/aggregationNodes/1"],
    ],
  );
  throwsLhs(() => fw.robustness(units, { labels: ["a"] }), InputError, "argument.invalid_value", "/labels");
  throwsLhs(() => fw.robustness(units, { seed: -1 }), InputError, "input.invalid_option", "/seed");
  throwsLhs(() => fw.robustness(units, { n: 0 }), InputError, "input.invalid_sobol_option");
  throwsLhs(() => fw.robustness([], { n: 16 }), InputError, "input.empty_cohort");
  throwsLhs(() => fw.robustness(units, "n=16"), InputError, "input.invalid_type", "");
  throwsLhs(
    () => fw.robustness([units[0], { answers: { "no.such": 1 } }], { n: 16 }),
    AssessmentError,
    "assessment.unknown_indicator",
    "/1/answers/no.such",
  );
});

test("renderRobustness: the core's Markdown report, HTML page and interval chart", () => {
  const r = fw.robustness(units, options);
  const md = lhs.renderRobustness(r);
  assert.ok(md.startsWith("# Do the results survive other reasonable choices?\n"), md);
  assert.match(md, /\| Unit \| Score \| Level \| Median \| 90% interval \| Keeps its level \| Rank \|/);
  for (const u of r.units) assert.ok(md.includes(`| ${u.unit} |`), u.unit);
  // The JSON text of the result renders the same; the format is a choice.
  assert.equal(lhs.renderRobustness(JSON.stringify(r), { format: "markdown" }), md);
  const html = lhs.renderRobustness({ ...r, units: r.units.map((u, i) => (i ? u : { ...u, unit: "<b>x</b>" })) }, { format: "html" });
  assert.ok(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
  assert.ok(html.includes("&lt;b&gt;x&lt;/b&gt;") && !html.includes("<b>x"));
  const svg = lhs.renderRobustness(r, { format: "svg" });
  assert.ok(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  assert.equal(svg.match(/<circle/g).length, 3);
  throwsLhs(() => lhs.renderRobustness({ units: [] }), InputError, "input.invalid_result");
  throwsLhs(() => lhs.renderRobustness(r, { format: "pdf" }), InputError, "argument.invalid_value", "/format");
});
