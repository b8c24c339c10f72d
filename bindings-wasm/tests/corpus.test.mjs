// The bad-input corpus (tests/corpus/, format in tests/corpus/README.md) through the npm
// package's public API: every document must give the error code and path of
// tests/corpus/expected.json and every error it lists (code and path, in order), as the Rust
// runner (tests/tests/corpus.rs) checks them; the valid baselines must be accepted.
//
// Each document is given in every way the API takes one (a "way"):
//   - assessments: `text` (the file read as UTF-8, as `readFileSync(file, "utf8")` gives it) to
//     `Framework.builtin().scoreJSON(...)` and `validateJSON(...)`, and `object` (the text read by
//     JSON.parse) to `score(...)` and `validate(...)`; validate's errors must be score's;
//   - frameworks: `Framework.fromJSON(text)` and `Framework.fromObject(object)`;
//   - CSV files of assessments (`csv/`): not applicable, the package reads no CSV of assessments
//     (a test below fails when it gains a reader, to add the way here).
// The large documents (the size limit ±1 byte, 100,000 answers, 10,000 levels of nesting) are
// made by the tests at the end, not stored.
// A way that cannot take a document as it is stored (bytes that are not UTF-8: JS strings hold
// no such bytes; an object of text that is not JSON or repeats a key) fails, and must then be
// listed in tests/corpus/exceptions/js.txt with the reason; a listed (case, way) that passes
// fails the run, so no case is ever skipped in silence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { lhs, repoRoot } from "./helpers.mjs";

const { Framework, LhsError, AssessmentError, FrameworkError } = lhs;
const corpus = join(repoRoot, "tests", "corpus");
const expected = JSON.parse(readFileSync(join(corpus, "expected.json"), "utf8"));
const WAYS = ["text", "object"];
const KINDS = ["assessment", "framework", "csv"];

/** tests/corpus/exceptions/js.txt: `<case> <way>  # reason` per line, as "case way" → reason. */
function readExceptions(surface) {
  const out = new Map();
  readFileSync(join(corpus, "exceptions", `${surface}.txt`), "utf8")
    .split("\n")
    .forEach((line, i) => {
      const hash = line.indexOf("#");
      const entry = (hash < 0 ? line : line.slice(0, hash)).trim();
      if (!entry) return;
      const reason = hash < 0 ? "" : line.slice(hash + 1).trim();
      const [c, way, extra] = entry.split(/\s+/);
      assert.ok(reason, `exceptions/${surface}.txt:${i + 1}: give the reason after #`);
      assert.ok(c in expected, `exceptions/${surface}.txt:${i + 1}: no case ${c}`);
      assert.ok(WAYS.includes(way) && extra === undefined, `exceptions/${surface}.txt:${i + 1}: no way ${way}`);
      out.set(`${c} ${way}`, reason);
    });
  return out;
}

const exceptions = readExceptions("js");

/** The number of object keys written in JSON text: strings followed by `:`. */
function keysWritten(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
    let j = i + 1;
    while (/\s/.test(text[j] ?? "")) j++;
    if (text[j] === ":") n++;
  }
  return n;
}

/** The number of object keys of a JSON value. */
const keysHeld = (v) =>
  v === null || typeof v !== "object"
    ? 0
    : Object.values(v).reduce((s, x) => s + keysHeld(x), Array.isArray(v) ? 0 : Object.keys(v).length);

/** JSON.parse, refusing a repeated key (which JSON.parse would silently resolve to the last). */
function strictParse(text) {
  const value = JSON.parse(text);
  if (keysWritten(text) !== keysHeld(value)) throw new Error("a repeated key: a JS object cannot hold it");
  return value;
}

/** The error list of a diagnostic list: [[code, path], …] of its errors, in order. */
const errorsOf = (diagnostics) => diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.path]);

/** The errors of a call: [] when it succeeds; an error of another class is rethrown. */
function outcome(call, cls) {
  try {
    call();
  } catch (e) {
    if (!(e instanceof cls)) throw e;
    assert.ok(e instanceof LhsError);
    const errors = errorsOf(e.details);
    assert.deepEqual(errors[0], [e.code, e.path], "code and path are those of the first error");
    return errors;
  }
  return [];
}

/** The errors of a corpus document given this way (throws when the way cannot take it). */
function run(c, way) {
  const bytes = readFileSync(join(corpus, c));
  // As a Node user reads a file: undecodable bytes become U+FFFD (the text is not the document).
  const text = bytes.toString("utf8");
  const doc = way === "text" ? text : strictParse(text);
  if (c.startsWith("framework/")) {
    return outcome(() => (way === "text" ? Framework.fromJSON(doc) : Framework.fromObject(doc)).free(), FrameworkError);
  }
  const fw = Framework.builtin();
  try {
    const scored = outcome(() => (way === "text" ? fw.scoreJSON(doc) : fw.score(doc)), AssessmentError);
    const validated = errorsOf(way === "text" ? fw.validateJSON(doc) : fw.validate(doc));
    assert.deepEqual(validated, scored, "validate reports the errors score throws");
    return scored;
  } finally {
    fw.free();
  }
}

function problemOf(c, way) {
  let got;
  try {
    got = run(c, way);
  } catch (e) {
    return `${c} (${way}): ${e}`;
  }
  const exp = expected[c];
  const want = exp.code === null ? [] : exp.errors.map((e) => [e.code, e.path]);
  try {
    assert.deepEqual(got, want);
  } catch {
    return `${c} (${way}): expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
  }
  return null;
}

for (const c of Object.keys(expected).filter((c) => !c.startsWith("csv/"))) {
  for (const way of WAYS) {
    const reason = exceptions.get(`${c} ${way}`);
    test(`corpus ${c} (${way})`, () => {
      const problem = problemOf(c, way);
      if (reason === undefined) assert.equal(problem, null);
      else assert.notEqual(problem, null, `listed in tests/corpus/exceptions/js.txt (${reason}) but passes: remove it`);
    });
  }
}

test("the corpus is all there", () => {
  const onDisk = KINDS.flatMap((d) => readdirSync(join(corpus, d)).map((n) => `${d}/${n}`));
  assert.deepEqual(onDisk.sort(), Object.keys(expected).sort());
  assert.ok(onDisk.length >= 150);
  assert.ok(Object.values(expected).filter((e) => e.code !== null).length >= 120);
});

test("CSV files of assessments are not applicable: the package reads none", () => {
  const fw = Framework.builtin();
  try {
    const names = Object.getOwnPropertyNames(Object.getPrototypeOf(fw));
    const readers = names.filter((n) => /csv/i.test(n) && /read|validate|score/i.test(n) && !/relevance/i.test(n));
    assert.deepEqual(readers, [], "the package reads CSV assessments now: run tests/corpus/csv/ here");
  } finally {
    fw.free();
  }
});

const MAX = 16 * 1024 * 1024; // the core's MAX_DOCUMENT_BYTES
const assessmentOfSize = (size) => {
  const head = '{"answers": {"inst.info.routine_data": 2}, "notes": "';
  const tail = '"}';
  return head + "x".repeat(size - head.length - tail.length) + tail;
};

test("the size limit to the byte, with and without a byte order mark (which does not count)", () => {
  const fw = Framework.builtin();
  try {
    for (const bom of ["", "\ufeff"]) {
      for (const [size, want] of [[MAX, []], [MAX + 1, ["assessment.too_large"]]]) {
        const text = bom + assessmentOfSize(size);
        const errors = errorsOf(fw.validateJSON(text)).map(([code]) => code);
        assert.deepEqual(errors.slice(0, 1), want, `${size} bytes, bom ${bom !== ""}`);
        assert.deepEqual(outcome(() => fw.scoreJSON(text), AssessmentError).map(([code]) => code).slice(0, 1), want);
      }
    }
  } finally {
    fw.free();
  }
});

test("100,000 answers are all reported", () => {
  const answers = Array.from({ length: 100_000 }, (_, i) => `"q${i}": 2`).join(", ");
  const fw = Framework.builtin();
  try {
    const errors = errorsOf(fw.validateJSON(`{"answers": {${answers}}}`));
    assert.equal(errors.length, 100_000);
    assert.ok(errors.every(([code]) => code === "assessment.unknown_indicator"));
  } finally {
    fw.free();
  }
});

test("10,000 levels of nesting are an error, not a crash", () => {
  const fw = Framework.builtin();
  try {
    for (const deep of ["[".repeat(10_000) + "]".repeat(10_000), '{"a": '.repeat(10_000) + "1" + "}".repeat(10_000)]) {
      const text = `{"answers": {"inst.info.routine_data": ${deep}}}`;
      assert.deepEqual(outcome(() => fw.scoreJSON(text), AssessmentError), [["assessment.invalid_json", ""]]);
      assert.deepEqual(outcome(() => Framework.fromJSON(text).free(), FrameworkError), [["framework.invalid_json", ""]]);
    }
  } finally {
    fw.free();
  }
});

test("the runner tells a repeated key from distinct ones", () => {
  assert.throws(() => strictParse('{"a": {"b": 1, "b": 2}}'), /repeated key/);
  assert.throws(() => strictParse('[{"a": 1, "a" : 1}]'), /repeated key/);
  assert.deepEqual(strictParse('{"a": {"b": 1, "c": [{"b": 2}]}, "b": 3, "d\\"": "e:\\"f"}'), { a: { b: 1, c: [{ b: 2 }] }, b: 3, 'd"': 'e:"f' });
});
