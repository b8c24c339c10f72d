// The custom elements' module (pkg/elements/core.js and its lhs_maturity_bg.wasm: the crate
// built without its `full` feature), loaded in Node as a browser would load it, against the
// package's whole module: the same scores, and `Framework#render` gives the same Markdown and
// charts as rendering the report; what the smaller module leaves out is refused clearly.
//   node --test bindings-wasm/tests/elements-core.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { lhs, pkgDir, repoRoot } from "./helpers.mjs";

let core;
const example = JSON.parse(readFileSync(join(repoRoot, "spec", "examples", "district-kisumu-east.json"), "utf8"));

before(async () => {
  core = await import(pathToFileURL(join(pkgDir, "elements", "core.js")).href);
  await core.default(readFileSync(join(pkgDir, "elements", "lhs_maturity_bg.wasm")));
});

test("the elements' module exports what the elements and the page use, and no analysis", () => {
  const names = Object.keys(core).sort();
  assert.deepEqual(names, [
    "AssessmentError", "Framework", "FrameworkError", "InputError", "InternalError", "LhsError",
    "addLanguage", "availableLanguages", "default", "formatDecimal", "formatPercent", "init", "isRtl",
    "loadLanguage", "maxDocumentBytes", "message", "negotiateLanguage", "pluralCategory",
  ]);
  const fw = core.Framework.builtin();
  for (const m of ["score", "render", "validate", "validateJSON", "toJSON", "indicators", "descriptor", "languageStatus"]) {
    assert.equal(typeof fw[m], "function", m);
  }
  for (const m of ["uncertainty", "robustness", "scoreMany", "scoreJSON", "toFhirQuestionnaire"]) {
    assert.equal(fw[m], undefined, m);
  }
});

test("the same report as the whole module, to the last field", () => {
  const small = core.Framework.builtin().score(example, { language: "en", unknown: "zero", defaultTarget: 3 });
  const whole = lhs.Framework.builtin().score(example, { language: "en", unknown: "zero", defaultTarget: 3 });
  assert.deepEqual(small, whole);
});

test("render: the Markdown and the two charts the whole module draws from the report", () => {
  const fw = core.Framework.builtin();
  const full = lhs.Framework.builtin();
  const report = full.score(example);
  assert.equal(fw.render(example), lhs.renderMarkdown(report));
  assert.equal(fw.render(example, { format: "markdown" }), lhs.renderMarkdown(report));
  assert.equal(fw.render(example, { format: "radar" }), lhs.radarChart(report));
  assert.equal(fw.render(example, { format: "facets" }), lhs.facetChart(report));
  const some = ["loop", "means"];
  assert.equal(fw.render(example, { format: "facets", facets: some }),
    lhs.facetChart({ ...report, facets: report.facets.filter((f) => some.includes(f.id)) }));
  // The whole module has the method too, with the same result.
  assert.equal(full.render(example, { format: "radar", unknown: "zero" }), lhs.radarChart(full.score(example, { unknown: "zero" })));
  // User text is escaped as the core escapes it.
  const hostile = { ...example, unit: { ...example.unit, name: "<script>alert(1)</script>" } };
  assert.ok(!fw.render(hostile, { format: "markdown" }).includes("<script>"));
  assert.ok(!fw.render(hostile, { format: "radar" }).includes("<script>"));
});

test("render in another language: the framework's texts and the chart's words", async () => {
  const got = await core.loadLanguage("fr", { baseUrl: pathToFileURL(join(pkgDir, "languages") + "/").href });
  // Node's fetch cannot read file: URLs: the pack is added from the file, as loadLanguage would.
  if (got.language !== "fr") core.addLanguage(JSON.parse(readFileSync(join(pkgDir, "languages", "fr.json"), "utf8")));
  await lhs.loadLanguage("fr");
  const svg = core.Framework.builtin().render(example, { format: "radar", language: "fr" });
  const whole = lhs.Framework.builtin();
  assert.equal(svg, lhs.radarChart(whole.score(example, { language: "fr" })));
  assert.notEqual(svg, core.Framework.builtin().render(example, { format: "radar" }));
  assert.match(svg, /<title id="radar-chart-title">Scores des domaines<\/title>/);
});

test("render's options: every problem at once, each where it is, in the reader's words", () => {
  const fw = core.Framework.builtin();
  const problems = (options) => {
    try {
      fw.render(example, options);
    } catch (e) {
      assert.ok(e instanceof core.InputError, e.constructor.name);
      return e.details.map((d) => [d.code, d.path]);
    }
    assert.fail("no error");
  };
  assert.deepEqual(problems({ format: "pdf", unknown: "maybe" }),
    [["argument.invalid_value", "/format"], ["input.invalid_option", "/unknown"]]);
  assert.deepEqual(problems({ format: "facets", facets: ["loop", "colour"] }), [["argument.invalid_value", "/facets/1"]]);
  assert.deepEqual(problems({ format: "radar", facets: ["loop"] }), [["argument.invalid_value", "/format"]]);
  // In the order of the options object; a problem of an option not given comes last.
  assert.deepEqual(problems({ facets: ["loop"], unknown: "maybe" }),
    [["input.invalid_option", "/unknown"], ["argument.invalid_value", "/format"]]);
  assert.deepEqual(problems({ colour: "red" }), [["input.unknown_option", "/colour"]]);
  const e = (() => {
    try {
      fw.render(example, { format: "pdf" });
    } catch (err) {
      return err;
    }
  })();
  assert.match(e.details[0].message, /`format` must be one of `markdown`, `radar`, `facets`, not `pdf`/);
  // An assessment with problems is refused as `score` refuses it.
  assert.throws(() => fw.render({ answers: { "no.such": 2 } }), core.AssessmentError);
});

test("the smaller module refuses the whole package's scoring option `uncertainty` by name", () => {
  const fw = core.Framework.builtin();
  assert.throws(() => fw.score(example, { uncertainty: true }), (e) => e instanceof core.InputError
    && e.details.some((d) => d.code === "input.unknown_option" && d.path === "/uncertainty"));
});
