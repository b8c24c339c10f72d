// FHIR R4 in JavaScript (Framework#toFhirQuestionnaire, toFhirCodeSystem, toFhirResponse,
// fromFhirResponse) on the shared samples of spec/fhir/: the same response, assessment and
// scores as the core, the CLI and Python; one Questionnaire per language; errors located at
// the item's linkId path.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lhs, repoRoot } from "./helpers.mjs";

const { Framework, LhsError } = lhs;
const dir = join(repoRoot, "spec", "fhir");
const load = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));
const LANGS = ["en", "fr", "es", "pt-PT", "ar"];
// Every language, as the core has them (the package loads them on demand).
for (const lang of LANGS) assert.equal((await lhs.loadLanguage(lang)).language, lang);
const fw = Framework.builtin();

/** Every item, depth first. */
const walk = (items, out = []) => {
  for (const it of items ?? []) {
    out.push(it);
    walk(it.item, out);
    for (const a of it.answer ?? []) walk(a.item, out);
  }
  return out;
};

test("toFhirQuestionnaire: one per language, the others as translations", async () => {
  const all = fw;
  const english = all.toFhirQuestionnaire({}).item.find((i) => i.linkId === "inst").text;
  for (const lang of LANGS) {
    const q = all.toFhirQuestionnaire({ language: lang });
    assert.equal(q.resourceType, "Questionnaire");
    assert.equal(q.language, lang);
    assert.equal(q.url, "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021");
    assert.equal(q.version, "2.0.0.1");
    const items = walk(q.item);
    const ids = items.map((i) => i.linkId);
    assert.equal(new Set(ids).size, ids.length);
    const rating = items.find((i) => i.linkId === "inst_info_routine_data");
    assert.deepEqual(rating.answerOption.map((o) => o.valueCoding.code), ["0", "1", "2", "3", "4", "na", "unknown"]);
    assert.equal(rating.answerOption[2].valueCoding.extension[0].valueDecimal, 2);
    assert.equal(rating.answerOption[2].extension[0].url, "http://hl7.org/fhir/StructureDefinition/itemWeight");
    const inst = q.item.find((i) => i.linkId === "inst");
    if (lang !== "en") assert.notEqual(inst.text, english, lang);
    assert.equal(inst._text.extension.length, 4, lang);
  }
  const q = fw.toFhirQuestionnaire({ units: "id,name,kind\nkis-east,Kisumu East,district\n", revision: 2 });
  assert.equal(q.version, "2.0.0.2");
  assert.equal(walk(q.item).find((i) => i.linkId === "unit_id").answerOption.length, 1);
});

test("toFhirCodeSystem is the shared sample", () => {
  assert.deepEqual(fw.toFhirCodeSystem(), load("codesystem.json"));
});

test("toFhirResponse and fromFhirResponse: the shared samples, round trip, the same scores", () => {
  const sample = load("assessment.json");
  const qr = fw.toFhirResponse(sample);
  assert.deepEqual(qr, load("response.json"));
  assert.deepEqual(fw.fromFhirResponse(qr), sample);
  assert.deepEqual(fw.fromFhirResponse(JSON.stringify(qr)), sample);
  const report = JSON.parse(fw.scoreJSON(JSON.stringify(fw.fromFhirResponse(qr))));
  const want = load("response.scores.json");
  assert.ok(Math.abs(report.overall.score - want.overall) < 1e-12);
  report.domains.forEach((d, i) => {
    assert.equal(d.id, want.domains[i].id);
    assert.ok(Math.abs(d.score - want.domains[i].score) < 1e-12);
  });
});

test("fromFhirResponse: another version refused (migrate), bad items at their linkId path", () => {
  const qr = load("response.json");
  qr.questionnaire = qr.questionnaire.replace("|2.0.0.1", "|1.0.0.1");
  assert.throws(() => fw.fromFhirResponse(qr), (e) => {
    assert.ok(e instanceof LhsError);
    assert.equal(e.code, "assessment.version_mismatch");
    assert.equal(e.path, "/questionnaire");
    assert.match(e.help, /migrate/);
    return true;
  });
  const bad = load("response.json");
  const info = bad.item.find((i) => i.linkId === "inst").item[0];
  info.item[0].answer[0].valueCoding.code = "7";
  assert.throws(() => fw.fromFhirResponse(bad), (e) => {
    assert.equal(e.name, "AssessmentError");
    assert.deepEqual(e.details.map((d) => [d.code, d.path]), [["fhir.invalid_answer", "inst/inst_info/inst_info_routine_data"]]);
    return true;
  });
  assert.throws(() => fw.fromFhirResponse(fw.toFhirQuestionnaire({})), (e) => e.code === "fhir.not_a_response");
  assert.throws(() => fw.toFhirQuestionnaire({ language: "sw" }), (e) => e.code === "fhir.unavailable_language");
  assert.throws(() => fw.toFhirQuestionnaire({ lang: "fr" }), (e) => e.code === "input.unknown_option");
  assert.throws(() => fw.toFhirResponse(load("assessment.json"), 3), (e) => e.code === "argument.invalid_type");
});
