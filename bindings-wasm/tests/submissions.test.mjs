// Files of submissions read in JavaScript (Framework#readSubmissions) from the shared fixtures
// of spec/submissions/ (manifest.json): the layouts the browser package reads (CSV, JSON, XML)
// give the manifest's assessments and counts, as the core, the CLI and Python do; ZIP archives
// and workbooks are refused with `submissions.unsupported`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lhs, repoRoot } from "./helpers.mjs";

const { Framework, LhsError } = lhs;
const dir = join(repoRoot, "spec", "submissions");
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
const fw = Framework.builtin();
const browserLayouts = ["central-csv", "central-odata", "kobo-csv", "kobo-json", "collect-xml"];

for (const entry of manifest.files.filter((e) => browserLayouts.includes(e.layout))) {
  if (entry.expect.file_error) continue;
  test(`readSubmissions: ${entry.file}`, () => {
    const files = entry.settings.files ?? [entry.file];
    const got = { assessments: [], refused: [], counts: {} };
    for (const f of files) {
      const s = fw.readSubmissions(new Uint8Array(readFileSync(join(dir, f))), f);
      got.assessments.push(...s.assessments);
      got.refused.push(...s.refused);
      for (const [k, v] of Object.entries(s.counts)) got.counts[k] = (got.counts[k] ?? 0) + v;
    }
    assert.equal(got.counts.submissions, entry.expect.submissions);
    assert.equal(got.counts.read, entry.expect.scored);
    assert.equal(got.counts.duplicates, entry.expect.duplicates);
    assert.deepEqual(
      got.refused.map((r) => r.code),
      (entry.refusals ?? []).map((r) => r.code),
    );
    assert.equal(got.assessments.length, entry.assessments.length);
    entry.assessments.forEach((name, i) => {
      const { source, ...a } = got.assessments[i];
      assert.deepEqual(a, manifest.submissions[name].assessment, name);
      assert.equal(source.form_revision, manifest.submissions[name].form_revision);
    });
  });
}

test("readSubmissions refuses what the browser package cannot read, with a code", () => {
  const zip = new Uint8Array(readFileSync(join(dir, "central.csv.zip")));
  assert.throws(() => fw.readSubmissions(zip, "central.csv.zip"), (e) => {
    assert.ok(e instanceof LhsError);
    assert.equal(e.code, "submissions.unsupported");
    return true;
  });
  const labels = readFileSync(join(dir, "kobo-labels.csv"), "utf8");
  assert.throws(() => fw.readSubmissions(labels, "kobo-labels.csv"), (e) => {
    assert.equal(e.code, "submissions.labels");
    return true;
  });
  assert.throws(() => fw.readSubmissions(42, "x.csv"), (e) => {
    assert.equal(e.code, "argument.invalid_type");
    return true;
  });
});
