// The JavaScript API: exports, conversions, and the error objects for bad inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { lhs, pkgDir, repoRoot, assertJsonCompatible, throwsLhs } from "./helpers.mjs";

const { Framework, renderMarkdown, radarChart, facetChart, LhsError, FrameworkError, AssessmentError, InputError } = lhs;
const fw = Framework.builtin();
// A district team: two rated indicators of `inst.info` and one unknown. With the built-in 2.0.0
// (pooled_mean domains), inst = (2 + 3) / 2 = 2.5, the only domain with a score, so overall 2.5
// (level 2, "established"); the unknown is left out of the score.
const example = {
  unit: { name: "Kisumu East district health team", kind: "district" },
  period: "2026-Q3",
  default_target: 3,
  answers: {
    "inst.info.routine_data": 2,
    "inst.info.me_integration": { level: 3, evidence: "M&E plan 2026" },
    "inst.delib.working_groups": "unknown",
  },
};

/** The indicators of a framework document, in document order. */
function specIndicators(node) {
  if (Array.isArray(node)) return node.flatMap(specIndicators);
  return node.indicators ?? specIndicators(node.children ?? node.domains ?? []);
}
/** The built-in framework's document as the package has it: English only (core/data/, the
 * spec file without its translations; the languages are loaded on demand, languages.test.mjs). */
const builtinFile = () => JSON.parse(readFileSync(join(repoRoot, "core", "data", "lhs-2021.json"), "utf8"));

test("the README example scores as worked out by hand", () => {
  const r = fw.score(example);
  assert.equal(r.overall.score, 2.5);
  assert.equal(r.overall.level_key, "established");
  assert.equal(r.recommendations[0].indicator, "inst.info.routine_data");
  assert.equal(r.schema_version, "1.0");
});

test("framework handle: id, version, maxLevel, indicators, toJSON round trip", () => {
  const file = builtinFile();
  assert.equal(fw.id, "lhs-2021");
  assert.equal(fw.version, file.version);
  assert.equal(fw.maxLevel, file.scale.levels.length - 1);
  const inds = fw.indicators();
  assert.deepEqual(inds.map((i) => i.id), specIndicators(file.domains).map((i) => i.id));
  assert.equal(inds[0].domain, "inst");
  assert.ok(inds[0].id.startsWith(inds[0].subdomain));
  assertJsonCompatible(inds);
  const spec = fw.toJSON();
  assertJsonCompatible(spec);
  // the document as the core writes it: the file read and written back (a level given as
  // `{"text": …}` without elements is written as its text)
  assert.deepEqual(spec, Framework.fromObject(file).toJSON());
  assert.deepEqual(spec.domains.map((d) => d.id), file.domains.map((d) => d.id));
  const again = Framework.fromObject(spec);
  assert.equal(again.id, "lhs-2021");
  const viaText = Framework.fromJSON(JSON.stringify(fw));
  assert.deepEqual(viaText.score(example), fw.score(example));
  again.free();
  viaText.free();
});

test("reports are plain JSON data with the report schema's fields", () => {
  const r = fw.score(example);
  assertJsonCompatible(r);
  const schema = JSON.parse(readFileSync(join(repoRoot, "spec/schema/report.schema.json"), "utf8"));
  // every field is the schema's, every required one is there; `unknown_rule` only when `zero`
  for (const k of Object.keys(r)) assert.ok(k in schema.properties, k);
  for (const k of schema.required) assert.ok(k in r, k);
  assert.ok(!("unknown_rule" in r));
  assert.equal(fw.score(example, { unknown: "zero" }).unknown_rule, "zero");
  assert.equal(r.respondent, null); // null, never undefined
  assert.deepEqual(JSON.parse(fw.scoreJSON(JSON.stringify(example))), r);
});

test("score options: defaultTarget and language", () => {
  const r = fw.score({ answers: { "inst.info.routine_data": 1 } }, { defaultTarget: 2 });
  assert.equal(r.gaps.total_gap, 1);
  assert.deepEqual(fw.score({ answers: {} }, undefined), fw.score({ answers: {} }, null));
  assert.equal(fw.score({ answers: {} }, { language: "en" }).language, "en");
  const t = JSON.parse(fw.scoreJSON('{"answers": {"inst.info.routine_data": 1}}', { defaultTarget: 4 }));
  assert.equal(t.gaps.total_gap, 3);
});

test("validate and validateJSON return every diagnostic and never throw for bad assessments", () => {
  const d = fw.validate({ answers: { "inst.info.routine_data": 7, "inst.delib.working_groups": "na" } });
  assert.ok(d.some((x) => x.code === "assessment.level_out_of_range" && x.severity === "error"));
  assert.ok(d.some((x) => x.code === "assessment.na_without_justification" && x.severity === "warning"));
  assertJsonCompatible(d);
  for (const bad of [null, [], "text", 42, undefined]) {
    assert.equal(fw.validate(bad)[0].code, "assessment.invalid_type");
  }
  assert.equal(fw.validateJSON("{").at(0).code, "assessment.invalid_json");
  assert.deepEqual(fw.validateJSON(JSON.stringify(example)), fw.validate(example));
});

test("scoreMany: one report or AssessmentError per assessment, in order", () => {
  const out = fw.scoreMany([example, { answers: { "nope.x.y": 1 } }, null]);
  assert.equal(out.length, 3);
  assert.deepEqual(out[0], fw.score(example));
  assert.ok(out[1] instanceof AssessmentError);
  assert.equal(out[1].code, "assessment.unknown_indicator");
  assert.ok(out[2] instanceof AssessmentError);
  assert.equal(out[2].code, "assessment.invalid_type");
  assert.deepEqual(fw.scoreMany([]), []);
  const t = fw.scoreMany([{ answers: { "inst.info.routine_data": 1 } }], { defaultTarget: 3 });
  assert.equal(t[0].gaps.total_gap, 2);
});

test("renderMarkdown renders the core's Markdown and escapes user text", () => {
  const r = fw.score({ ...example, unit: { name: "<script>alert(1)</script>" } });
  const md = renderMarkdown(r);
  assert.match(md, /\| Domain \|/);
  assert.ok(md.includes("&lt;script&gt;"));
  assert.ok(!md.includes("<script>"));
  assert.equal(md, renderMarkdown(JSON.parse(fw.scoreJSON(JSON.stringify({ ...example, unit: { name: "<script>alert(1)</script>" } })))));
});

test("charts: the core's SVG of a report", () => {
  const r = fw.score(example);
  const radar = radarChart(r);
  assert.match(radar, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(radar, /Institutionalizing learning/);
  assert.equal(radar, radarChart(JSON.parse(fw.scoreJSON(JSON.stringify(example)))));
  const facets = facetChart(r);
  assert.match(facets, /Learning loop/);
  assert.ok(facets.endsWith("</svg>"));
  throwsLhs(() => radarChart({ overall: {} }), InputError, "report.invalid", "");
  throwsLhs(() => facetChart("x"), InputError, "report.invalid_json", "");
  // the JSON text of a report is a report too
  assert.equal(radarChart(fw.scoreJSON(JSON.stringify(example))), radar);
  assert.equal(renderMarkdown(JSON.stringify(r)), renderMarkdown(r));
});

test("bad assessments: null, arrays, strings, numbers where objects belong", () => {
  for (const bad of [null, undefined, [], [example], "text", JSON.stringify(example), 3, true]) {
    throwsLhs(() => fw.score(bad), AssessmentError, "assessment.invalid_type", "");
  }
  throwsLhs(() => fw.score({ answers: [] }), AssessmentError, "assessment.invalid_type", "/answers");
  throwsLhs(() => fw.score({ answers: "x" }), AssessmentError, "assessment.invalid_type", "/answers");
  throwsLhs(() => fw.score({}), AssessmentError, "assessment.missing_field", "");
  throwsLhs(() => fw.score({ unit: "Kisumu", answers: {} }), AssessmentError, "assessment.invalid_type", "/unit");
});

test("bad levels: strings, decimals, booleans, negative, out of range", () => {
  const a = (v) => ({ answers: { "inst.info.routine_data": v } });
  const p = "/answers/inst.info.routine_data";
  const e = throwsLhs(() => fw.score(a("2")), AssessmentError, "assessment.invalid_level", p);
  assert.equal(e.help, "write the number without quotes: 2");
  throwsLhs(() => fw.score(a(2.5)), AssessmentError, "assessment.invalid_level", p);
  throwsLhs(() => fw.score(a(true)), AssessmentError, "assessment.invalid_level", p);
  throwsLhs(() => fw.score(a(-1)), AssessmentError, "assessment.invalid_level", p);
  throwsLhs(() => fw.score(a({ level: "3" })), AssessmentError, "assessment.invalid_level", `${p}/level`);
  throwsLhs(() => fw.score(a(5)), AssessmentError, "assessment.level_out_of_range", p);
  throwsLhs(() => fw.score(a({ level: 2, target: "3" })), AssessmentError, "assessment.invalid_target");
  throwsLhs(() => fw.score(a({ level: 2, confidence: "sure" })), AssessmentError, "assessment.invalid_confidence");
  throwsLhs(() => fw.scoreJSON('{"answers": {"inst.info.routine_data": "2"}}'), AssessmentError, "assessment.invalid_level", p);
});

test("unknown ids, framework mismatch, several errors at once", () => {
  const e = throwsLhs(
    () => fw.score({ answers: { "inst.info.routin_data": 2 } }),
    AssessmentError,
    "assessment.unknown_indicator",
    "/answers/inst.info.routin_data",
  );
  assert.match(e.help, /inst\.info\.routine_data/);
  throwsLhs(() => fw.score({ framework: { id: "other" }, answers: {} }), AssessmentError, "assessment.framework_mismatch");
  const many = throwsLhs(
    () => fw.score({ answers: { "inst.info.routine_data": 9, "inst.delib.working_groups": true, "x.y.z": 1 } }),
    AssessmentError,
    "assessment.invalid_level",
  );
  assert.deepEqual(
    many.details.map((d) => d.code),
    ["assessment.invalid_level", "assessment.level_out_of_range", "assessment.unknown_indicator"],
  );
  assert.ok(many.details.every((d) => d.severity === "error"));
});

test("malformed and huge documents", () => {
  throwsLhs(() => fw.scoreJSON("{"), AssessmentError, "assessment.invalid_json");
  throwsLhs(() => fw.scoreJSON('{"answers": {}, "answers": {}}'), AssessmentError, "assessment.duplicate_key");
  const big = "x".repeat(17 * 1024 * 1024);
  throwsLhs(() => fw.scoreJSON(`{"answers": {}, "note": "${big}"}`), AssessmentError, "assessment.too_large");
  throwsLhs(() => fw.score({ answers: {}, note: big }), AssessmentError, "assessment.too_large");
  assert.equal(fw.validate({ answers: {}, note: big })[0].code, "assessment.too_large");
  // 20,000 unknown answers: every one reported
  const answers = {};
  for (let i = 0; i < 20000; i++) answers[`no.such.id${i}`] = 1;
  const e = throwsLhs(() => fw.score({ answers }), AssessmentError, "assessment.unknown_indicator");
  assert.equal(e.details.length, 20000);
  // deep nesting is refused by the reader, not by a stack overflow
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  throwsLhs(() => fw.score({ answers: {}, deep }), AssessmentError, "assessment.invalid_json");
  // values JSON cannot hold
  const cyclic = { answers: {} };
  cyclic.self = cyclic;
  throwsLhs(() => fw.score(cyclic), AssessmentError, "assessment.invalid_json", "");
  throwsLhs(() => fw.score({ answers: { "inst.info.routine_data": 2n } }), AssessmentError, "assessment.invalid_json");
  // and the module still works afterwards
  assert.equal(fw.score(example).overall.score, 2.5);
});

test("bad frameworks throw FrameworkError", () => {
  for (const bad of [null, [], "text", 1]) {
    throwsLhs(() => Framework.fromObject(bad), FrameworkError, "framework.invalid_type", "");
  }
  throwsLhs(() => Framework.fromJSON("{"), FrameworkError, "framework.invalid_json");
  let e;
  try {
    Framework.fromJSON('{"id": "x", "version": "1"}');
  } catch (err) {
    e = err;
  }
  assert.ok(e instanceof FrameworkError);
  const codes = e.details.map((d) => d.code);
  assert.ok(codes.includes("framework.missing_field") && codes.includes("framework.invalid_version"), codes.join());
  assert.equal(e.code, codes[0]);
  assert.throws(() => Framework.fromObject({ ...fw.toJSON(), domains: [] }), FrameworkError);
});

test("bad arguments throw InputError with argument.* and input.* codes", () => {
  throwsLhs(() => Framework.fromJSON({ id: "x" }), InputError, "argument.invalid_type", "");
  throwsLhs(() => Framework.fromJSON(undefined), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.scoreJSON(example), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.validateJSON(null), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.scoreMany(example), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.scoreMany("[]"), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.score(example, 3), InputError, "input.invalid_type", "");
  throwsLhs(() => fw.score(example, [3]), InputError, "input.invalid_type", "");
  throwsLhs(() => fw.score(example, { defaultTarget: "3" }), InputError, "input.invalid_target", "/defaultTarget");
  throwsLhs(() => fw.score(example, { defaultTarget: -1 }), InputError, "input.invalid_target", "/defaultTarget");
  throwsLhs(() => fw.score(example, { defaultTarget: 2.5 }), InputError, "input.invalid_target", "/defaultTarget");
  throwsLhs(() => fw.score(example, { defaultTarget: 9 }), InputError, "input.target_out_of_range");
  throwsLhs(() => fw.score(example, { language: 1 }), InputError, "input.invalid_type", "/language");
  const e = throwsLhs(() => fw.score(example, { default_target: 3 }), InputError, "input.unknown_option", "/default_target");
  assert.equal(e.help, "write `defaultTarget`");
  throwsLhs(() => fw.score(example, { defaultTarget: NaN }), InputError, "input.invalid_target", "/defaultTarget");
  // every problem of the options at once, each at its option, in the order of the object
  const all = throwsLhs(() => fw.scoreJSON(JSON.stringify(example), { language: 1, default_target: 3, defaultTarget: "3", unknown: "0" }), InputError, "input.invalid_type", "/language");
  assert.deepEqual(all.details.map((d) => [d.code, d.path]), [
    ["input.invalid_type", "/language"],
    ["input.unknown_option", "/default_target"],
    ["input.invalid_target", "/defaultTarget"],
    ["input.invalid_option", "/unknown"],
  ]);
  assert.deepEqual(all.details.map((d) => d.message), [
    "`language` must be text, not a number",
    "unknown option `default_target`",
    "the default target must be a whole number ≥ 0, not `\"3\"`",
    "`0` is not a rule for unknown answers",
  ]);
  assert.equal(throwsLhs(() => fw.scoreMany([example], "x"), InputError, "input.invalid_type", "").help, "pass e.g. { defaultTarget: 3 }");
  throwsLhs(() => renderMarkdown({}), InputError, "report.invalid", "");
  throwsLhs(() => renderMarkdown(null), InputError, "report.invalid", "");
  // input errors are InputError (an LhsError), not one of the document subclasses
  assert.ok(e instanceof InputError && e instanceof LhsError);
  assert.ok(!(e instanceof AssessmentError) && !(e instanceof FrameworkError));
});

test("a level JSON cannot hold (NaN, Infinity) is refused where it stands, never read as no answer", () => {
  const fw = Framework.builtin();
  for (const [answer, path] of [
    [{ level: NaN }, "/answers/inst.info.routine_data/level"],
    [Infinity, "/answers/inst.info.routine_data"],
    [-Infinity, "/answers/inst.info.routine_data"],
  ]) {
    const doc = { answers: { "inst.info.routine_data": answer } };
    throwsLhs(() => fw.score(doc), AssessmentError, "assessment.invalid_level", path);
    assert.deepEqual(fw.validate(doc).filter((d) => d.severity === "error").map((d) => d.code), ["assessment.invalid_level"]);
  }
});

test("ES module entry: same classes as require, init() resolves", async () => {
  const esm = await import(join(pkgDir, "node", "index.mjs"));
  assert.equal(esm.Framework, Framework);
  assert.equal(esm.AssessmentError, AssessmentError);
  assert.equal(esm.InputError, InputError);
  assert.equal(esm.InternalError, lhs.InternalError);
  await esm.default();
  await esm.init();
  assert.equal(esm.Framework.builtin().score(example).overall.score, 2.5);
});

test("browser entry in Node: init from bytes, initSync", async () => {
  const web = await import(join(pkgDir, "web", "index.js"));
  const bytes = readFileSync(join(pkgDir, "web", "lhs_maturity_bg.wasm"));
  await web.init(bytes);
  await web.init(); // a second call returns at once
  const r = web.Framework.builtin().score(example);
  assert.equal(r.overall.score, 2.5);
  try {
    web.Framework.builtin().score(null);
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof web.AssessmentError && e instanceof web.LhsError && e instanceof Error);
  }
  assert.throws(() => web.cohort([]), web.InputError);
  assert.equal(web.Framework.prototype.score.name, "guarded");
});

test("package exports resolve by name for require and import, without a bundler", () => {
  const dir = mkdtempSync(join(tmpdir(), "lhs-exports-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(pkgDir, join(dir, "node_modules", "lhs-maturity"), "dir");
    writeFileSync(join(dir, "a.cjs"), 'const { Framework } = require("lhs-maturity"); console.log(Framework.builtin().id);');
    writeFileSync(
      join(dir, "b.mjs"),
      'import init, { Framework, AssessmentError } from "lhs-maturity"; await init(); import * as w from "lhs-maturity/web"; import { createRequire } from "node:module"; const s = createRequire(import.meta.url)("lhs-maturity/schema/report.schema.json"); console.log(Framework.builtin().version, typeof AssessmentError, typeof w.init, s.title);',
    );
    assert.equal(execFileSync(process.execPath, ["--preserve-symlinks", "a.cjs"], { cwd: dir, encoding: "utf8" }).trim(), "lhs-2021");
    assert.equal(
      execFileSync(process.execPath, ["--preserve-symlinks", "b.mjs"], { cwd: dir, encoding: "utf8" }).trim(),
      `${fw.version} function function Report`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("package.json: name, version, exports, files that exist", () => {
  const p = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.equal(p.name, "lhs-maturity");
  assert.match(p.version, /^\d+\.\d+\.\d+/);
  for (const f of [p.main, p.module, p.types, p.exports["."].node.import, p.exports["."].node.require, p.exports["."].browser]) {
    readFileSync(join(pkgDir, f));
  }
});

test("arguments of the wrong type: argument.invalid_type, located and written from the catalogs, as in Python", () => {
  // The same cases as bindings-python/tests/test_bad_inputs.py (test_arguments_*): the same
  // codes and paths; the messages name the JavaScript type given.
  const fromJSON = throwsLhs(() => Framework.fromJSON({ id: "x" }), InputError, "argument.invalid_type", "");
  assert.equal(fromJSON.details[0].message, "`text` must be JSON text, not `object`");
  assert.equal(fromJSON.help, "use `Framework.fromObject(spec)` instead");
  assert.equal(throwsLhs(() => Framework.fromJSON(3), InputError, "argument.invalid_type", "").help, null);
  const many = throwsLhs(() => fw.scoreMany(example), InputError, "argument.invalid_type", "");
  assert.equal(many.details[0].message, "`assessments` must be a list of assessments, not `object`");
  assert.equal(many.help, "use `framework.score(assessment)` instead");
  assert.equal(many.kind, "input");
  const pool = throwsLhs(() => fw.pool(example), InputError, "argument.invalid_type", "");
  assert.equal(pool.details[0].message, "`assessments` must be a list of assessments, not `object`");
  assert.equal(pool.help, "use `pool([assessment])` instead");
  const series = throwsLhs(() => lhs.series(fw.score(example)), InputError, "argument.invalid_type", "");
  assert.equal(series.details[0].message, "`reports` must be a list of reports, not `object`");
  const csv = throwsLhs(() => fw.readRelevanceCsv(["indicator,relevance"], "a"), InputError, "argument.invalid_type", "");
  assert.equal(csv.details[0].message, "`text` must be CSV text, not `array`");
  const expert = throwsLhs(() => fw.readRelevanceCsv("indicator,relevance\n", 7), InputError, "argument.invalid_type", "/expert");
  assert.equal(expert.details[0].message, "`expert` must be text, not `number`");
  // positional arguments other than the document are at /<name>; a number of the right type
  // but not a value the function takes is argument.invalid_value
  const level = throwsLhs(() => fw.descriptor("inst.info.routine_data", 2.5), InputError, "argument.invalid_value", "/level");
  assert.equal(level.details[0].message, "`level` must be a whole number ≥ 0, not `2.5`");
  const decimals = throwsLhs(() => lhs.formatDecimal(1, 21, "fr"), InputError, "argument.invalid_value", "/decimals");
  assert.equal(decimals.details[0].message, "`decimals` must be a whole number from 0 to 20, not `21`");
  assert.equal(throwsLhs(() => lhs.message("en", "page-progress", { answered: true }), InputError, "argument.invalid_type", "/args/answered").details[0].message,
    "`answered` must be text or a whole number ≥ 0, not `boolean`");
  // the error as data (toJSON) carries the code, path and every detail
  const info = JSON.parse(JSON.stringify(many));
  assert.deepEqual([info.kind, info.code, info.path, info.details.length], ["input", "argument.invalid_type", "", 1]);
});
