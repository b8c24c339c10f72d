// Browser test of the FHIR Questionnaire in LHC-Forms (npm `lforms` 40.1.3, its built files
// loaded into the page), in Debian's Chromium driven by playwright-core (no browser download):
// the Questionnaire of toFhirQuestionnaire renders; the test fills a few items through the page
// (unit, unit kind, period, five indicators with evidence, confidence, a justification);
// enableWhen hides what does not apply to a district; the QuestionnaireResponse LHC-Forms
// produces (getFormFHIRData) is read by the browser package (fromFhirResponse) and scored
// (scoreJSON) to the numbers of the same answers given directly. Also: the French Questionnaire,
// and one with a units list (the unit picked in the drop-down brings its kind).
//   node --test bindings-wasm/tests/fhir.e2e.mjs
// Env: CHROMIUM (default /usr/bin/chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { lhs, pkgDir, repoRoot, wasmDir } from "./helpers.mjs";

const lformsDir = join(wasmDir, "node_modules", "lforms", "dist", "lforms");
const LFORMS_VERSION = JSON.parse(readFileSync(join(wasmDir, "node_modules", "lforms", "package.json"), "utf8")).version;
await lhs.loadLanguage("fr");
const fw = lhs.Framework.builtin();

// The answers given through the page, and the assessment they must make.
const expected = {
  unit: { id: "kis-east", name: "Kisumu East", kind: "district" },
  period: "2026-Q3",
  answers: {
    "inst.info.routine_data": { level: 2, evidence: "Quarterly review minutes", confidence: "medium", target: 3 },
    "inst.info.me_integration": 3,
    "inst.info.emergency_intelligence": "unknown",
    "inst.delib.working_groups": { level: "na", justification: "No working groups at district level" },
    "cond.fin.learning_budget": { level: 1, confidence: "high" },
  },
};
const base = (id) => id.replaceAll(".", "_");

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
</head><body><div id="formDiv"></div>
<script type="module">
import init, { Framework } from "/pkg/web/index.js";
const until = async (f) => { while (!f()) await new Promise((r) => setTimeout(r, 50)); };
await until(() => window.LForms?.Util);
await new Promise((ok, fail) => {
  const s = document.createElement("script");
  s.src = "/lforms/fhir/R4/lformsFHIR.min.js";
  s.onload = ok;
  s.onerror = fail;
  document.head.append(s);
});
await init();
window.lhsFramework = Framework.builtin();
window.showForm = async (url) => {
  const q = await (await fetch(url)).json();
  await LForms.Util.addFormToPage(q, "formDiv", { fhirVersion: "R4" });
};
window.pageReady = true;
</script></body></html>`;

let server;
let url;
let browser;
let page;
let userDataDir;
const errors = [];

before(async () => {
  server = await serve({
    root: join(wasmDir, "www"),
    mounts: { "/lforms/": lformsDir, "/pkg/": pkgDir },
    pages: {
      "/fhir.html": { type: "text/html; charset=utf-8", body: PAGE },
      "/favicon.ico": { type: "image/x-icon", body: "" },
      "/questionnaire-en.json": { type: "application/json", body: JSON.stringify(fw.toFhirQuestionnaire({})) },
      "/questionnaire-fr.json": { type: "application/json", body: JSON.stringify(fw.toFhirQuestionnaire({ language: "fr" })) },
      "/questionnaire-units.json": {
        type: "application/json",
        body: JSON.stringify(fw.toFhirQuestionnaire({ units: readFileSync(join(repoRoot, "spec", "submissions", "units.csv"), "utf8"), revision: 2 })),
      },
    },
  });
  url = `http://127.0.0.1:${server.address().port}`;
  userDataDir = mkdtempSync(join(tmpdir(), "lhs-chromium-fhir-"));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${url}/fhir.html`);
  await page.waitForFunction(() => window.pageReady, null, { timeout: 60000 });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** The radio buttons of an item (by its linkId), in the order of its answer options. */
const radios = (linkId) => page.locator(`label:has(input[type=radio][name^="radiogroup_${linkId}/"])`);
/** The text input or text area of an item. */
const field = (linkId) => page.locator(`[id^="${linkId}/"]`).first();
/** The index of a rating's option: the levels 0–4, then na and unknown. */
const option = (level) => (level === "na" ? 5 : level === "unknown" ? 6 : level);

test(`LHC-Forms ${LFORMS_VERSION} renders the Questionnaire, enableWhen follows the unit kind`, async () => {
  assert.equal(LFORMS_VERSION, "40.1.3");
  await page.evaluate(() => window.showForm("/questionnaire-en.json"));
  const indicators = fw.indicators();
  // Before a unit kind is chosen, only the indicators that apply to every kind are shown.
  const everywhere = indicators.filter((i) => i.applies_to.length === 6);
  assert.ok(everywhere.length < indicators.length);
  assert.equal(await radios("unit_kind").count(), 6);
  assert.equal(await radios("inst_info_routine_data").count(), 7);
  assert.equal(await radios("inst_info_emergency_intelligence").count(), 0);
  // The help text (guiding question) is there.
  const question = fw.toJSON().domains[0].children[0].indicators[0].question.en;
  await page.locator('[id^="help-button-inst_info_routine_data/"]').click();
  await page.locator(".lhc-popover-help").getByText(question.slice(0, 40)).waitFor();
  await page.locator('[id^="help-button-inst_info_routine_data/"]').click();
  await radios("unit_kind").nth(2).click(); // district
  assert.equal(await radios("inst_info_emergency_intelligence").count(), 7);
  assert.equal(await radios("inst_info_policy_research_institutes").count(), 0); // national, subnational only
  const shownNow = await page.locator('input[type=radio][name^="radiogroup_"]:not([name*="__"])').count();
  const applying = indicators.filter((i) => i.applies_to.includes("district")).length;
  assert.equal(shownNow, 6 + 7 * applying);
});

test("filled through the page, LHC-Forms' QuestionnaireResponse scores as the answers given directly", async () => {
  await field("unit_id").fill("kis-east");
  await field("unit_name").fill("Kisumu East");
  await field("period").fill("2026-Q3");
  for (const [id, answer] of Object.entries(expected.answers)) {
    const a = typeof answer === "object" ? answer : { level: answer };
    await radios(base(id)).nth(option(a.level)).click();
    if (a.evidence) await field(`${base(id)}__evidence`).fill(a.evidence);
    if (a.confidence) await radios(`${base(id)}__confidence`).nth(["low", "medium", "high"].indexOf(a.confidence)).click();
    if (a.justification) await field(`${base(id)}__justification`).fill(a.justification);
    if (a.target !== undefined) {
      // A drop-down (LHC-Forms' autocompleter): open its list and pick the level.
      await field(`${base(id)}__target`).click();
      await page.locator("#lhc-tools-searchResults li").nth(a.target).click();
    }
  }
  // The confidence is offered once rated, not for unknown; the justification only for na.
  assert.equal(await radios("inst_info_emergency_intelligence__confidence").count(), 0);
  assert.equal(await page.locator('[id^="inst_info_routine_data__justification/"]').count(), 0);
  await page.locator("body").click({ position: { x: 5, y: 5 } }); // leave the last field
  const got = await page.evaluate(() => {
    const qr = LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", "formDiv");
    const fw = window.lhsFramework;
    const assessment = fw.fromFhirResponse(qr);
    return { qr, assessment, report: JSON.parse(fw.scoreJSON(JSON.stringify(assessment))) };
  });
  assert.equal(got.qr.resourceType, "QuestionnaireResponse");
  // The response LHC-Forms wrote is a shared sample (spec/fhir/lforms-response.json, without its
  // time of writing), which the core, the CLI and Python read too.
  const { authored, ...qr } = got.qr;
  assert.match(authored, /^\d{4}-\d\d-\d\dT/);
  const sample = join(repoRoot, "spec", "fhir", "lforms-response.json");
  if (process.env.LHS_UPDATE) writeFileSync(sample, `${JSON.stringify(qr, null, 2)}\n`);
  assert.deepEqual(qr, JSON.parse(readFileSync(sample, "utf8")));
  assert.equal(got.qr.questionnaire, "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021|2.0.0.1");
  const { framework, source, ...answers } = got.assessment;
  assert.deepEqual(framework, { id: "lhs-2021", version: fw.version });
  assert.equal(source.tool, "fhir");
  assert.equal(source.form_revision, "1");
  assert.deepEqual(answers, expected);
  // The same answers given directly, scored in Node: the same numbers.
  const direct = JSON.parse(fw.scoreJSON(JSON.stringify(expected)));
  assert.equal(got.report.overall.score, direct.overall.score);
  assert.deepEqual(got.report.domains.map((d) => [d.id, d.score]), direct.domains.map((d) => [d.id, d.score]));
  assert.ok(direct.overall.score > 0);
  // The indicator hidden for a district is scored as not applying, not as missing.
  const hidden = got.report.indicators.find((i) => i.id === "inst.info.policy_research_institutes");
  assert.equal(hidden.status, "does_not_apply");
  // And the response the package writes for that assessment reads back the same in the page.
  const again = await page.evaluate((a) => {
    const fw = window.lhsFramework;
    return fw.fromFhirResponse(fw.toFhirResponse(a));
  }, got.assessment);
  assert.deepEqual(again, got.assessment);
  assert.deepEqual(errors.filter((e) => !e.includes("favicon")), []);
});

test("the French Questionnaire renders in French", async () => {
  await page.evaluate(() => window.showForm("/questionnaire-fr.json"));
  const fr = fw.toJSON().domains[0].name.fr;
  assert.ok(fr && fr !== fw.toJSON().domains[0].name.en);
  await page.getByText(fr, { exact: true }).first().waitFor();
  assert.equal(await radios("inst_info_routine_data").count(), 7);
});

test("with a units list, the unit chosen in the drop-down brings its kind: enableWhen and the reader follow it", async () => {
  await page.evaluate(() => window.showForm("/questionnaire-units.json"));
  assert.equal(await radios("inst_info_policy_research_institutes").count(), 0);
  await field("unit_id").click();
  await page.locator("#lhc-tools-searchResults li", { hasText: "Ministry of Health" }).click();
  // National: the indicator for national and subnational units only is shown.
  assert.equal(await radios("inst_info_policy_research_institutes").count(), 7);
  await radios("inst_info_policy_research_institutes").nth(2).click();
  const a = await page.evaluate(() => {
    const qr = LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", "formDiv");
    return window.lhsFramework.fromFhirResponse(qr);
  });
  assert.deepEqual(a.unit, { id: "moh-ke", name: "Ministry of Health", kind: "national" });
  assert.equal(a.source.form_revision, "2");
  assert.deepEqual(a.answers, { "inst.info.policy_research_institutes": 2 });
});
