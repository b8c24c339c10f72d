// The framework versions and tools of the core, from JavaScript: Framework.builtin(version),
// Framework.builtinFor, the `unknown` scoring rule, indicators({ unitKind }) with effective
// weights, descriptor, lint, migrate, the content-validity kit, the long format and template.
// Expected values come from the spec files (frameworks, migration map), from hand computation
// (in the comments) or from another route through the core (an effective weight is the change
// of the overall score when that indicator goes up one level), never copied from the output.
// Every result that has a JSON Schema in spec/schema is checked against it with ajv.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import Ajv from "ajv";
import { lhs, pkgDir, repoRoot, wasmDir, assertJsonCompatible, throwsLhs } from "./helpers.mjs";

const { Framework, LhsError, FrameworkError, AssessmentError, InputError } = lhs;
const fw = Framework.builtin();
const v1 = Framework.builtin("1.0.0");

const ajv = new Ajv({ allErrors: true, strict: true });
const isInt = (min, max) => ({ type: "number", validate: (x) => Number.isInteger(x) && x >= min && x <= max });
ajv.addFormat("uint", isInt(0, Number.MAX_SAFE_INTEGER));
ajv.addFormat("uint8", isInt(0, 255));
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

function near(actual, expected, tol = 1e-12, what = "") {
  assert.equal(typeof actual, "number", `${what}: expected a number near ${expected}, found ${actual}`);
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: expected ${expected} ± ${tol}, found ${actual}`);
}

const readJson = (...p) => JSON.parse(readFileSync(join(repoRoot, ...p), "utf8"));
const latestFile = readJson("spec", "frameworks", "lhs-2021.json");
const v1File = readJson("spec", "frameworks", "lhs-2021-1.0.0.json");
const mapFile = readJson("spec", "migrations", "lhs-2021-1.0.0-to-2.0.0.json");

/** The indicators of a framework document, in document order. */
function specIndicators(node) {
  if (Array.isArray(node)) return node.flatMap(specIndicators);
  return node.indicators ?? specIndicators(node.children ?? node.domains ?? []);
}
const KINDS = ["national", "subnational", "district", "facility", "programme", "network"];

// ---- versions -------------------------------------------------------------------------------

test("Framework.builtin(version): the latest by default, 1.0.0 on request", () => {
  assert.equal(fw.version, latestFile.version);
  for (const same of [Framework.builtin(undefined), Framework.builtin(null), Framework.builtin(latestFile.version)]) {
    assert.equal(same.version, fw.version);
    assert.deepEqual(same.toJSON(), fw.toJSON());
  }
  assert.equal(v1.id, "lhs-2021");
  assert.equal(v1.version, "1.0.0");
  assert.deepEqual(v1.indicators().map((i) => i.id), specIndicators(v1File.domains).map((i) => i.id));
  assert.deepEqual(v1.toJSON(), Framework.fromObject(v1File).toJSON());
  assert.equal(Framework.builtin(" 1.0.0 ").version, "1.0.0"); // the core trims
  // an assessment of 1.0.0 scores with 1.0.0, and is refused by the latest
  const old = { framework: { id: "lhs-2021", version: "1.0.0" }, answers: { "inst.info.routine_data": 3 } };
  assert.equal(v1.score(old).framework.version, "1.0.0");
  throwsLhs(() => fw.score(old), AssessmentError, "assessment.version_mismatch");
  const e = throwsLhs(() => Framework.builtin("3.0.0"), FrameworkError, "framework.unknown_version", "/version");
  assert.match(e.help, /1\.0\.0, 2\.0\.0/);
  throwsLhs(() => Framework.builtin(1), InputError, "argument.invalid_type", "/version");
  throwsLhs(() => Framework.builtin({ version: "1.0.0" }), InputError, "argument.invalid_type", "/version");
});

test("Framework.builtinFor: the version an assessment names, else the latest with a warning", () => {
  const old = Framework.builtinFor({ framework: { id: "lhs-2021", version: "1.0.0" }, answers: {} });
  assert.ok(old.framework instanceof Framework);
  assert.equal(old.framework.version, "1.0.0");
  assert.equal(old.warning, null);
  const bare = Framework.builtinFor({ answers: { "inst.info.routine_data": 2 } });
  assert.equal(bare.framework.version, fw.version);
  assert.equal(bare.warning.code, "assessment.no_framework_version");
  assert.equal(bare.warning.severity, "warning");
  assert.equal(bare.warning.path, "");
  assertSchema("error", { kind: "assessment", code: "x", path: "", message: "x", details: [bare.warning] });
  assert.equal(bare.framework.score({ answers: { "inst.info.routine_data": 2 } }).overall.score, 2);
  const noVersion = Framework.builtinFor({ framework: { id: "lhs-2021" }, answers: {} });
  assert.deepEqual([noVersion.framework.version, noVersion.warning.path], [fw.version, "/framework"]);
  // another framework: the latest, and scoring it reports the mismatch
  const other = Framework.builtinFor({ framework: { id: "mine", version: "1.0.0" }, answers: {} });
  assert.deepEqual([other.framework.version, other.warning], [fw.version, null]);
  throwsLhs(() => Framework.builtinFor({ framework: { id: "lhs-2021", version: "7.0.0" }, answers: {} }), AssessmentError, "assessment.unknown_framework_version", "/framework/version");
  throwsLhs(() => Framework.builtinFor(null), AssessmentError, "assessment.invalid_type", "");
  throwsLhs(() => Framework.builtinFor({ answers: { "inst.info.routine_data": "2" } }), AssessmentError, "assessment.invalid_level", "/answers/inst.info.routine_data");
});

// ---- scoring options ---------------------------------------------------------------------------

test("score options: unknown answers left out (default) or counted as 0", () => {
  // routine_data 4 and me_integration unknown, both in inst.info (pooled_mean domains):
  // exclude → inst = 4; zero → inst = (4 + 0) / 2 = 2, with the unknown flagged.
  const a = { answers: { "inst.info.routine_data": 4, "inst.info.me_integration": "unknown" } };
  const left = fw.score(a);
  const zero = fw.score(a, { unknown: "zero" });
  assert.equal(left.overall.score, 4);
  assert.equal(zero.overall.score, 2);
  assert.equal(zero.unknown_rule, "zero");
  assert.ok(!("unknown_rule" in left));
  // the explanation of inst.info says which level 0 is an unknown
  const me = (r) => r.domains[0].children.find((n) => n.id === "inst.info").explanation.find((x) => x.id === "inst.info.me_integration");
  assert.deepEqual([me(zero).score, me(zero).unknown_as_zero, me(zero).excluded], [0, true, null]);
  assert.deepEqual([me(left).score, me(left).unknown_as_zero, me(left).excluded], [null, undefined, "unknown"]);
  assert.deepEqual(zero.overall.counts, left.overall.counts); // the counts do not change
  assert.deepEqual(fw.score(a, { unknown: "exclude" }), left);
  assert.deepEqual(fw.score(a, { unknown: null }), left);
  assert.deepEqual(fw.score(a, { unknown: "Zero" }), zero); // the core reads any case
  assert.deepEqual(JSON.parse(fw.scoreJSON(JSON.stringify(a), { unknown: "zero" })), zero);
  assert.deepEqual(fw.scoreMany([a], { unknown: "zero" })[0], zero);
  assertSchema("report", zero);
  const e = throwsLhs(() => fw.score(a, { unknown: "0" }), InputError, "input.invalid_option", "/unknown");
  assert.match(e.help, /exclude/);
  throwsLhs(() => fw.score(a, { unknown: 0 }), InputError, "input.invalid_option", "/unknown");
  throwsLhs(() => fw.scoreJSON("{}", { unknown: true }), InputError, "input.invalid_option", "/unknown");
  const u = throwsLhs(() => fw.score(a, { unknownRule: "zero" }), InputError, "input.unknown_option", "/unknownRule");
  assert.equal(u.help, "the options are: `defaultTarget`, `language`, `unknown`, `uncertainty`");
});

// ---- indicators and descriptors ---------------------------------------------------------------

test("indicators({ unitKind }): effective weights, applicability and outcomes", () => {
  const all = fw.indicators();
  assertSchema("indicators", all);
  assert.deepEqual(fw.indicators(null), all);
  assert.deepEqual(fw.indicators({}), all);
  assert.deepEqual(fw.indicators({ unitKind: undefined }), all);
  // the document's fields, indicator by indicator
  const docs = new Map(specIndicators(latestFile.domains).map((i) => [i.id, i]));
  for (const info of all) {
    const doc = docs.get(info.id);
    assert.deepEqual(info.applies_to, doc.applies_to ?? KINDS, info.id);
    assert.equal(info.question ?? null, doc.question?.en ?? null, info.id);
  }
  // with no kind every indicator applies: the effective weight is the share
  for (const i of all) assert.equal(i.effective_weight, i.share, i.id);
  const outcomes = all.filter((i) => i.outcome);
  assert.ok(outcomes.length > 0 && outcomes.every((i) => i.effective_weight === 0));
  for (const kind of KINDS) {
    const list = fw.indicators({ unitKind: kind });
    near(list.reduce((s, i) => s + i.effective_weight, 0), 1, 1e-9, kind);
    for (const i of list) {
      if (!i.applies_to.includes(kind) || i.outcome) assert.equal(i.effective_weight, 0, `${kind} ${i.id}`);
      else assert.ok(i.effective_weight > 0, `${kind} ${i.id}`);
    }
  }
  assert.deepEqual(fw.indicators({ unitKind: " District " }), fw.indicators({ unitKind: "district" }));
  // a framework without applicability rules: every kind gets the shares
  assert.deepEqual(v1.indicators({ unitKind: "facility" }).map((i) => i.effective_weight), v1.indicators().map((i) => i.share));
  const e = throwsLhs(() => fw.indicators({ unitKind: "hospital" }), InputError, "input.invalid_option", "/unitKind");
  assert.equal(e.help, `use one of: ${KINDS.join(", ")}`);
  throwsLhs(() => fw.indicators({ unitKind: 3 }), InputError, "input.invalid_type", "/unitKind");
  assert.equal(throwsLhs(() => fw.indicators({ unit_kind: "district" }), InputError, "input.unknown_option", "/unit_kind").help, "write `unitKind`");
  throwsLhs(() => fw.indicators("district"), InputError, "input.invalid_type", "");
});

test("an effective weight is what one level more on that indicator adds to the overall score", () => {
  // A facility with every applicable indicator rated 2 scores 2; raising one indicator to 3
  // raises the overall score by its effective weight (0 for an outcome indicator).
  const list = fw.indicators({ unitKind: "facility" });
  const applicable = list.filter((i) => i.applies_to.includes("facility"));
  const base = Object.fromEntries(applicable.map((i) => [i.id, 2]));
  const doc = (answers) => ({ unit: { kind: "facility" }, answers });
  assert.equal(fw.score(doc(base)).overall.score, 2);
  const picks = [applicable[0], applicable[applicable.length - 1], ...applicable.filter((_, k) => k % 9 === 4)];
  for (const ind of picks) {
    const overall = fw.score(doc({ ...base, [ind.id]: 3 })).overall.score;
    near(overall - 2, ind.effective_weight, 1e-12, ind.id);
  }
});

test("descriptor(id, level): the level's text, or its elements' texts joined", () => {
  const docs = specIndicators(latestFile.domains);
  let withElements = 0;
  for (const ind of docs) {
    ind.levels.forEach((level, l) => {
      const expected = typeof level === "string" ? level
        : level.en !== undefined ? level.en
        : level.text !== undefined ? level.text.en ?? level.text
        : level.elements.map((el) => el.text.en ?? el.text).join(" ");
      if (typeof level === "object" && level.elements && level.text === undefined) withElements++;
      assert.equal(fw.descriptor(ind.id, l), expected, `${ind.id} level ${l}`);
    });
    assert.equal(fw.descriptor(ind.id, ind.levels.length), null);
  }
  assert.ok(withElements > 0, "2.0.0 has levels given by their elements");
  assert.equal(fw.descriptor("no.such.indicator", 1), null);
  assert.equal(fw.descriptor("inst.info.routine_data", 2, "fr"), fw.descriptor("inst.info.routine_data", 2)); // falls back to English
  // the next step of a report quotes the same descriptor
  const r = fw.score({ answers: { "inst.info.routine_data": 1 } });
  assert.equal(r.recommendations[0].next_level_descriptor, fw.descriptor("inst.info.routine_data", 2));
  throwsLhs(() => fw.descriptor(3, 1), InputError, "argument.invalid_type", "/id");
  throwsLhs(() => fw.descriptor("inst.info.routine_data", 1.5), InputError, "argument.invalid_value", "/level");
  throwsLhs(() => fw.descriptor("inst.info.routine_data", "2"), InputError, "argument.invalid_type", "/level");
  throwsLhs(() => fw.descriptor("inst.info.routine_data", 2, 1), InputError, "argument.invalid_type", "/language");
});

// ---- lint -------------------------------------------------------------------------------------

test("lint: the rateability findings of any framework", () => {
  const latest = fw.lint();
  assertSchema("lint", latest);
  assert.equal(latest.indicators, all().length);
  assert.equal(latest.average_words.length, fw.maxLevel + 1);
  assert.ok(latest.findings.every((d) => d.code.startsWith("lint.") && d.severity === "warning"));
  const old = v1.lint();
  assertSchema("lint", old);
  assert.equal(old.indicators, v1.indicators().length);
  assert.ok(old.findings.some((d) => d.code === "lint.negation"));
  // a negation above level 0 in one's own framework is found at its place in the document
  const spec = fw.toJSON();
  const target = spec.domains[0].children[0].indicators[0];
  target.levels[3] = { en: "Meetings are not held without minutes." };
  const mine = Framework.fromObject(spec).lint();
  const found = mine.findings.filter((d) => d.code === "lint.negation");
  assert.equal(found.length, 1);
  assert.ok(found[0].path.startsWith("/domains/0/children/0/indicators/0/levels/3"), found[0].path);
});

function all() {
  return fw.indicators();
}

// ---- migrate ----------------------------------------------------------------------------------

test("migrate: an assessment of 1.0.0 to 2.0.0 by the built-in map, nothing lost", () => {
  // Every indicator of 1.0.0 answered 2. By the map: equivalent, merged_duplicate and
  // merged_conjunctive items (all sources rated) carry the level; revised items get a proposal;
  // new items (no source) nothing; dropped indicators are kept under migration.unmapped.
  const answers = Object.fromEntries(v1.indicators().map((i) => [i.id, 2]));
  const m = fw.migrate({ framework: { id: "lhs-2021", version: "1.0.0" }, respondent: { id: "dho" }, answers });
  assertSchema("migration", m);
  const count = (cls) => mapFile.items.filter((i) => i.class === cls && i.sources.length > 0).length;
  const classes = {};
  for (const i of mapFile.items) classes[i.class] = (classes[i.class] ?? 0) + 1;
  assert.deepEqual(m.classes, classes);
  assert.equal(m.carried, count("equivalent") + count("merged_duplicate") + count("merged_conjunctive"));
  assert.equal(m.proposed, count("revised") + count("new"));
  assert.equal(m.unmapped, mapFile.dropped?.length ?? 0);
  assert.equal(m.notes.filter((n) => n.code === "migration.proposed").length, m.proposed);
  const a = m.assessment;
  assert.deepEqual(a.framework, { id: "lhs-2021", version: fw.version });
  assert.deepEqual(a.respondent, { id: "dho" });
  assert.deepEqual(Object.keys(a.migration.unmapped ?? {}).sort(), (mapFile.dropped ?? []).map((d) => d.id).sort());
  for (const item of mapFile.items) {
    const level = a.answers[item.id]?.level ?? a.answers[item.id];
    if (["equivalent", "merged_duplicate", "merged_conjunctive"].includes(item.class)) assert.equal(level, 2, item.id);
    else assert.ok(level === undefined || level === null, item.id);
    if (item.class === "revised") assert.equal(a.migration.proposed[item.id].level, 2, item.id);
  }
  // the result is an assessment of 2.0.0, ready to score
  assert.deepEqual(fw.validate(a).filter((d) => d.severity === "error"), []);
  assert.equal(fw.score(a).framework.version, fw.version);
});

test("migrate: evidence carried, answers that do not apply kept, the map given as an option", () => {
  const old = {
    framework: { id: "lhs-2021", version: "1.0.0" },
    unit: { kind: "district" },
    answers: { "inst.info.routine_data": { level: 2, evidence: "Minutes" }, "proc.levels.team_learning": 3 },
  };
  const m = fw.migrate(old);
  assert.deepEqual(m.assessment.answers["inst.info.routine_data"], { level: 2, evidence: "Minutes" });
  assert.equal(m.assessment.migration.unmapped["proc.levels.team_learning"].answer, 3);
  assert.deepEqual([m.carried, m.unmapped], [1, 1]);
  // without a version, the map's; the built-in map given as an object or text is the same
  const { framework: _f, ...bare } = old;
  assert.deepEqual(fw.migrate(bare).assessment.answers, m.assessment.answers);
  assert.deepEqual(fw.migrate(old, { map: mapFile }), m);
  assert.deepEqual(fw.migrate(old, { map: JSON.stringify(mapFile) }), m);
  assert.deepEqual(fw.migrate(old, { map: null }), m);
  // the core's checks
  throwsLhs(() => fw.migrate({ ...old, framework: { id: "lhs-2021", version: fw.version } }), AssessmentError, "migration.already_migrated", "/framework/version");
  throwsLhs(() => fw.migrate({ ...old, framework: { id: "lhs-2021", version: "0.9.0" } }), AssessmentError, "migration.wrong_version", "/framework/version");
  throwsLhs(() => fw.migrate({ ...old, framework: { id: "mine" } }), AssessmentError, "migration.wrong_framework", "/framework/id");
  throwsLhs(() => v1.migrate(old), InputError, "migration.no_map", "");
  const mine = Framework.fromObject({ ...fw.toJSON(), id: "mine" });
  throwsLhs(() => mine.migrate(old), AssessmentError, "migration.wrong_framework", "");
  mine.free();
  throwsLhs(() => fw.migrate(old, { map: {} }), InputError, "migration.invalid", "/map");
  throwsLhs(() => fw.migrate(old, { map: "{" }), InputError, "migration.invalid", "/map");
  assert.equal(throwsLhs(() => fw.migrate(old, { mapping: mapFile }), InputError, "input.unknown_option", "/mapping").help, "the only option is `map`");
  throwsLhs(() => fw.migrate(null), AssessmentError, "assessment.invalid_type", "");
});

// ---- content validity -------------------------------------------------------------------------

const rating = (expert, relevance, indicator = "inst.info.routine_data") => ({ expert, indicator, relevance });

test("contentValidity: I-CVI, modified kappa, S-CVI, worked out by hand", () => {
  // 3 experts rate routine_data 4, 3, 2: I-CVI 2/3; Pc = C(3,2)·0.5³ = 0.375;
  // kappa = (2/3 − 0.375) / (1 − 0.375); 3–5 experts need an I-CVI of 1 for "excellent".
  const cv = fw.contentValidity([rating("a", 4), rating("b", 3), rating("c", 2)]);
  assertSchema("content-validity", cv);
  assert.equal(cv.experts, 3);
  assert.deepEqual(cv.items.map((i) => i.id), fw.indicators().map((i) => i.id));
  const [first, second] = cv.items;
  assert.deepEqual([first.experts, first.relevant, first.interpretation], [3, 2, "poor"]);
  near(first.i_cvi, 2 / 3);
  near(first.kappa, (2 / 3 - 0.375) / 0.625);
  assert.deepEqual([second.experts, second.i_cvi, second.kappa, second.interpretation], [0, null, null, "not rated"]);
  // only routine_data rated: S-CVI/Ave is its I-CVI, S-CVI/UA the share with I-CVI 1 (none)
  near(cv.s_cvi_ave, 2 / 3);
  assert.equal(cv.s_cvi_ua, 0);
  // Polit, Beck & Owen (2007): 6 experts, 5 relevant: I-CVI .83, Pc = 6·0.5⁶, kappa .82, excellent
  const six = fw.contentValidity(["a", "b", "c", "d", "e", "f"].map((e, k) => rating(e, k === 0 ? 2 : 4)));
  near(six.items[0].kappa, (5 / 6 - 6 / 64) / (1 - 6 / 64));
  assert.equal(six.items[0].interpretation, "excellent");
  // a second indicator rated 4 by all three: I-CVI 1; S-CVI/Ave (2/3 + 1)/2, S-CVI/UA 1/2
  const two = fw.contentValidity([rating("a", 4), rating("b", 3), rating("c", 2), ...["a", "b", "c"].map((e) => rating(e, 4, "inst.info.me_integration"))]);
  near(two.s_cvi_ave, (2 / 3 + 1) / 2);
  assert.equal(two.s_cvi_ua, 0.5);
  assert.equal(two.items[1].interpretation, "excellent");
  // a blank rating leaves that expert out of that indicator
  assert.deepEqual(fw.contentValidity([rating("a", 4), rating("b", null), { expert: "c", indicator: "inst.info.routine_data" }]).items[0].experts, 1);
  assert.deepEqual(fw.contentValidity([]).items.every((i) => i.experts === 0), true);
});

test("contentValidity: bad ratings are located errors", () => {
  const core = throwsLhs(() => fw.contentValidity([rating("a", 4), rating("b", 5), rating("c", 2, "no.such.id")]), InputError, "input.invalid_relevance", "/1/relevance");
  assert.deepEqual(core.details.map((d) => [d.code, d.path]), [["input.invalid_relevance", "/1/relevance"], ["input.unknown_indicator", "/2/indicator"]]);
  const read = throwsLhs(() => fw.contentValidity([rating("a", "3"), { indicator: "inst.info.routine_data", relevance: 2 }, null, rating("d", 2.5)]), InputError, "input.invalid_relevance", "/0/relevance");
  assert.deepEqual(read.details.map((d) => [d.code, d.path]), [
    ["input.invalid_relevance", "/0/relevance"],
    ["input.invalid_rating", "/1/expert"],
    ["input.invalid_rating", "/2"],
    ["input.invalid_relevance", "/3/relevance"],
  ]);
  assert.equal(read.details[0].message, 'rating 1: `"3"` is not a relevance rating');
  assert.equal(read.details[1].message, "rating 2: `expert` is missing");
  // The reader's problems and the framework's together, every rating at once (the core's
  // Framework::content_validity_of); an expert code may be a whole number.
  const both = throwsLhs(() => fw.contentValidity([rating(7, 4, "no.such.id"), rating("b", 2.5)]), InputError, "input.unknown_indicator", "/0/indicator");
  assert.deepEqual(both.details.map((d) => [d.code, d.path]), [["input.unknown_indicator", "/0/indicator"], ["input.invalid_relevance", "/1/relevance"]]);
  assert.match(both.details[0].message, /^rating 1: /);
  throwsLhs(() => fw.contentValidity(rating("a", 4)), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.contentValidity("[]"), InputError, "argument.invalid_type", "");
});

test("relevance forms: the blank form, filled and read back", () => {
  const form = fw.relevanceFormCsv();
  assert.ok(form.startsWith("\uFEFFindicator,name,statement,relevance,comment\r\n"));
  const rows = form.split("\r\n").filter((l) => l !== "");
  assert.equal(rows.length, fw.indicators().length + 1);
  // every row ends with the empty relevance and comment cells: rate every indicator 4
  const filled = rows.map((l, k) => (k === 0 ? l : l.replace(/,,$/, ",4,"))).join("\r\n");
  const ratings = fw.readRelevanceCsv(filled, "expert-1");
  assert.equal(ratings.length, fw.indicators().length);
  assert.ok(ratings.every((r) => r.expert === "expert-1" && r.relevance === 4));
  assert.deepEqual(ratings.map((r) => r.indicator), fw.indicators().map((i) => i.id));
  const cv = fw.contentValidity(ratings);
  assert.ok(cv.items.every((i) => i.i_cvi === 1 && i.interpretation === "too few experts"));
  assert.deepEqual([cv.s_cvi_ave, cv.s_cvi_ua, cv.experts], [1, 1, 1]);
  // an `expert` column overrides the argument; blank cells are null
  assert.deepEqual(fw.readRelevanceCsv("indicator,relevance,expert\ninst.info.routine_data,4,zed\ninst.info.me_integration,,\n", "a"), [
    { expert: "zed", indicator: "inst.info.routine_data", relevance: 4 },
    { expert: "a", indicator: "inst.info.me_integration", relevance: null },
  ]);
  const bad = throwsLhs(() => fw.readRelevanceCsv("indicator,relevance\ninst.info.routine_data,high\nno.such.id,2\n", "a"), InputError, "input.invalid_relevance", "/rows/0/relevance");
  assert.deepEqual(bad.details.map((d) => [d.code, d.path, d.line]), [["input.invalid_relevance", "/rows/0/relevance", 2], ["input.unknown_indicator", "/rows/1/indicator", 3]]);
  throwsLhs(() => fw.readRelevanceCsv("indicator,score\n", "a"), InputError, "input.missing_column", "/header");
  throwsLhs(() => fw.readRelevanceCsv(["indicator,relevance"], "a"), InputError, "argument.invalid_type", "");
  throwsLhs(() => fw.readRelevanceCsv("indicator,relevance\n"), InputError, "argument.invalid_type", "/expert");
});

// ---- long format --------------------------------------------------------------------------------

test("longRows: one row per assessment and indicator, as the reports have them", () => {
  const a = {
    unit: { id: "kis-east", kind: "district" }, period: "2026", respondent: { id: "r1" },
    answers: { "inst.info.routine_data": 2, "inst.info.me_integration": "unknown", "inst.delib.working_groups": { level: "na", justification: "none" } },
  };
  const b = { unit: { name: "St Mary's", kind: "facility" }, respondent: { role: "matron" }, answers: { "cond.fin.learning_budget": 1 } };
  const rows = fw.longRows([a, b]);
  assertSchema("long", rows);
  const n = fw.indicators().length;
  assert.equal(rows.length, 2 * n);
  assert.deepEqual(rows.slice(0, n).map((r) => r.indicator), fw.indicators().map((i) => i.id));
  assert.deepEqual(rows[0], { unit: "kis-east", unit_kind: "district", period: "2026", rater: "r1", indicator: "inst.info.routine_data", domain: "inst", level: 2, status: "rated" });
  assert.deepEqual([rows[n].unit, rows[n].rater, rows[n].period], ["St Mary's", "matron", null]);
  // status and level of every row are those of the assessment's report
  for (const [k, doc] of [a, b].entries()) {
    const report = fw.score(doc);
    const byId = new Map(report.indicators.map((i) => [i.id, i]));
    for (const row of rows.slice(k * n, (k + 1) * n)) {
      assert.equal(row.status, byId.get(row.indicator).status, `${k} ${row.indicator}`);
      assert.equal(row.level, byId.get(row.indicator).level, `${k} ${row.indicator}`);
    }
  }
  assert.ok(rows.some((r) => r.status === "does_not_apply"));
  assert.deepEqual(fw.longRows([]), []);
  const e = throwsLhs(() => fw.longRows([a, { answers: { "inst.info.routine_data": "2" } }]), AssessmentError, "assessment.invalid_level", "/1/answers/inst.info.routine_data");
  assert.match(e.message, /assessment 2: /);
  throwsLhs(() => fw.longRows(a), InputError, "argument.invalid_type", "");
});

test("longCsv: the long rows as CSV, formulas guarded", () => {
  const csv = fw.longCsv([{ unit: { id: "=cmd" }, period: "2026", answers: { "inst.info.routine_data": 3 } }]);
  const lines = csv.split("\n");
  assert.equal(lines[0], "unit,unit_kind,period,rater,indicator,domain,level,status");
  assert.equal(lines[1], "'=cmd,,2026,,inst.info.routine_data,inst,3,rated");
  assert.equal(lines.filter((l) => l !== "").length, fw.indicators().length + 1);
  throwsLhs(() => fw.longCsv([null]), AssessmentError, "assessment.invalid_type", "/0");
});

// ---- template ---------------------------------------------------------------------------------

test("template({ unitKind }): a blank assessment to fill in", () => {
  const t = fw.template();
  assert.deepEqual(t.framework, { id: "lhs-2021", version: fw.version });
  assert.deepEqual(Object.keys(t.answers), fw.indicators().map((i) => i.id));
  const first = t.answers["inst.info.routine_data"];
  assert.equal(first.level, null);
  assert.deepEqual(first.$levels.length, fw.maxLevel + 1);
  assert.ok(first.$levels[2].endsWith(fw.descriptor("inst.info.routine_data", 2)));
  assert.equal(first.$question, specIndicators(latestFile.domains)[0].question.en);
  const facility = fw.template({ unitKind: "Facility" });
  assert.equal(facility.unit.kind, "facility");
  assert.deepEqual(Object.keys(facility.answers), fw.indicators().filter((i) => i.applies_to.includes("facility")).map((i) => i.id));
  // filled in, it reads back with no error and no warning about its notes
  facility.answers["inst.info.routine_data"].level = 2;
  const diags = fw.validate(facility);
  assert.deepEqual(diags.filter((d) => d.severity === "error" || d.code === "assessment.unknown_field"), []);
  assert.equal(fw.score(facility).indicators.find((i) => i.id === "inst.info.routine_data").level, 2);
  assert.deepEqual(fw.template(null), t);
  throwsLhs(() => fw.template({ unitKind: "hospital" }), InputError, "input.invalid_option", "/unitKind");
  throwsLhs(() => fw.template({ kind: "district" }), InputError, "input.unknown_option", "/kind");
});

// ---- robustness -------------------------------------------------------------------------------

test("no input makes a new function panic: every bad value is an LhsError, and the module works after", () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const values = [undefined, null, 0, -1, NaN, "", "x", "{}", "[]", true, 1n, Symbol("s"), () => 1, {}, [], [null], [{}], cyclic, [cyclic], new Map(), { answers: {} }, { unitKind: {} }, { map: cyclic }];
  const calls = [
    (v) => Framework.builtin(v),
    (v) => Framework.builtinFor(v),
    (v) => fw.indicators(v),
    (v) => fw.descriptor(v, 1),
    (v) => fw.descriptor("inst.info.routine_data", v),
    (v) => fw.migrate(v),
    (v) => fw.migrate({ answers: {} }, v),
    (v) => fw.contentValidity(v),
    (v) => fw.contentValidity([v]),
    (v) => fw.readRelevanceCsv(v, "a"),
    (v) => fw.readRelevanceCsv("indicator,relevance\n", v),
    (v) => fw.longRows(v),
    (v) => fw.longCsv([v]),
    (v) => fw.template(v),
    (v) => fw.score({ answers: {} }, { unknown: v }),
  ];
  for (const [c, call] of calls.entries()) {
    for (const v of values) {
      try {
        const out = call(v);
        if (!(out instanceof Framework) && !(out?.framework instanceof Framework)) assertJsonCompatible(out);
      } catch (e) {
        assert.ok(e instanceof LhsError, `call ${c} with ${String(v?.toString?.() ?? typeof v)}: ${e}`);
        assert.ok(!/panicked|unreachable|RuntimeError/.test(e.message), e.message);
      }
    }
  }
  assert.equal(fw.score({ answers: { "inst.info.routine_data": 3 } }).overall.score, 3);
});

// ---- the examples of spec/examples ----------------------------------------------------------------

/** The JSON files under a folder of spec/examples, sorted. */
function exampleFiles(...dir) {
  const root = join(repoRoot, "spec", "examples", ...dir);
  return readdirSync(root).filter((f) => f.endsWith(".json") && statSync(join(root, f)).isFile()).sort().map((f) => join(root, f));
}

test("the example assessments: their framework version, the same report from objects and text", () => {
  const files = exampleFiles();
  assert.ok(files.length >= 3, "spec/examples has example assessments");
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const doc = JSON.parse(text);
    const { framework, warning } = Framework.builtinFor(doc);
    assert.equal(framework.version, doc.framework?.version ?? fw.version, file);
    assert.equal(warning === null, typeof doc.framework?.version === "string", file);
    assert.deepEqual(framework.validate(doc).filter((d) => d.severity === "error"), [], file);
    const report = framework.score(doc);
    assertSchema("report", report);
    assert.deepEqual(JSON.parse(framework.scoreJSON(text)), report, file);
    // the long rows say what the report says, indicator by indicator
    const byId = new Map(report.indicators.map((i) => [i.id, i]));
    for (const row of framework.longRows([doc])) {
      assert.equal(row.status, byId.get(row.indicator).status, `${file} ${row.indicator}`);
      assert.equal(row.level, byId.get(row.indicator).level, `${file} ${row.indicator}`);
    }
    // with a unit kind, the indicators that do not apply are those of indicators({ unitKind })
    const kind = doc.unit?.kind;
    if (typeof kind === "string") {
      const off = framework.indicators({ unitKind: kind }).filter((i) => !i.applies_to.includes(kind.trim().toLowerCase())).map((i) => i.id);
      assert.deepEqual(report.indicators.filter((i) => i.status === "does_not_apply").map((i) => i.id), off, file);
    }
    // unknown answers as 0 never raise a score
    const zero = framework.score(doc, { unknown: "zero" });
    assert.ok(zero.overall.score === null || zero.overall.score <= report.overall.score + 1e-12, file);
  }
});

test("the analysis examples: pool the respondents, compare the rounds, summarize the cohort", () => {
  const read = (f) => JSON.parse(readFileSync(f, "utf8"));
  const team = exampleFiles("analysis", "respondents").map(read);
  assert.ok(team.length >= 2);
  const fwOf = (doc) => Framework.builtinFor(doc).framework;
  const teamFw = fwOf(team[0]);
  const pooled = teamFw.pool(team);
  assertSchema("pool", pooled);
  assert.deepEqual(pooled.respondents, team.map((t) => t.respondent.id));
  assert.deepEqual(teamFw.agreement(team), pooled.agreement);
  assert.deepEqual(teamFw.validate(pooled.assessment).filter((d) => d.severity === "error"), []);
  // the rounds of Kisumu East: last year's, then this year's
  const [earlier] = exampleFiles("analysis", "rounds").map(read);
  const later = read(join(repoRoot, "spec", "examples", "district-kisumu-east.json"));
  const [b, a] = [fwOf(earlier).score(earlier), fwOf(later).score(later)];
  const c = lhs.compare(b, a);
  const s = lhs.series([a, b]);
  assert.deepEqual(s.rows.map((r) => r.period), [earlier.period, later.period].sort());
  // one framework version: every indicator compared, the overall scores as the reports have them
  assert.equal(c.restricted, b.framework.version !== a.framework.version);
  if (!c.restricted) assert.deepEqual([c.overall.before, c.overall.after], [b.overall.score, a.overall.score]);
  // the cohort, by region: one group of all, then one per region
  const units = exampleFiles("analysis", "cohort").map(read);
  const reports = units.map((u) => fwOf(u).score(u));
  const co = lhs.cohort(reports, { groupBy: "region" });
  const regions = [...new Set(units.map((u) => u.unit.region ?? "(none)"))];
  assert.deepEqual(co.groups.map((g) => g.key).sort(), ["all", ...regions].sort());
  for (const g of co.groups) {
    const n = g.key === "all" ? units.length : units.filter((u) => (u.unit.region ?? "(none)") === g.key).length;
    assert.equal(g.units, n, g.key);
    assert.equal(g.suppressed, n < co.min_group, g.key);
  }
  const rel = lhs.reliability(reports);
  assert.equal(rel.units, units.length);
});

// ---- README -----------------------------------------------------------------------------------

test("the package README's example of versions and framework tools runs", () => {
  const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Versions and framework tools"), readme.indexOf("## Analysis"));
  const code = /^```js\n([\s\S]*?)^```/m.exec(section)?.[1];
  assert.ok(code, "no ```js block in the README's section on versions and tools");
  const dir = mkdtempSync(join(tmpdir(), "lhs-tools-readme-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(pkgDir, join(dir, "node_modules", "lhs-maturity"), "dir");
    writeFileSync(join(dir, "tools.cjs"), code);
    const out = execFileSync(process.execPath, ["--preserve-symlinks", "tools.cjs"], { cwd: dir, encoding: "utf8" });
    const facility = fw.indicators().filter((i) => i.applies_to.includes("facility")).length;
    assert.match(out, new RegExp(`^${facility} of ${fw.indicators().length} indicators apply to a facility$`, "m"));
    assert.ok(out.includes(fw.descriptor("inst.info.routine_data", 2)));
    assert.match(out, /^I-CVI of routine data: 0\.5$/m);
    assert.match(out, /^kis-east,district,,,inst\.info\.routine_data,inst,2,rated$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
