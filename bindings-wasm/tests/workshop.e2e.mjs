// Browser test of the self-assessment page's consensus workshop (bindings-wasm/www/workshop.js)
// in Debian's Chromium driven by playwright-core: three respondents' files loaded, the agenda the
// page shows against the core's (`Framework#pool` of the npm package, in Node), two agreed levels
// with their rationales, the exports (the consensus assessment, the agreed levels, the report),
// a reload, a new workshop collected from the page's own questionnaire (the <lhs-assessment>
// element, filled in by one respondent after another), axe-core on the workshop, reflow at 320 px,
// and Arabic.
//   node --test bindings-wasm/tests/workshop.e2e.mjs
// Env: CHROMIUM (default /usr/bin/chromium), ARTIFACTS (default <repo>/artifacts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { lhs, repoRoot, wasmDir } from "./helpers.mjs";
import { axeLine, headingProblems, headings, horizontalScroll, overflowing, runAxe, unlabelled } from "./a11y.mjs";

const WORKSHOP_KEY = "lhs-maturity:workshop";
const artifacts = process.env.ARTIFACTS ?? join(repoRoot, "artifacts");
const dir = join(repoRoot, "spec/examples/analysis/respondents");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => join(dir, f));
const docs = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
const fw = lhs.Framework.builtin();
/** What the core computes for these files (the page must show the same). */
const expected = fw.pool(docs);

let server;
let base;
let browser;
let page;
const pageErrors = [];
const foreignRequests = [];

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await serve({ root: join(wasmDir, "www") });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) foreignRequests.push(r.url());
  });
  page.on("dialog", (d) => d.accept());
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openWorkshop() {
  await page.goto(`${base}/#workshop`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  await page.waitForSelector("#workshop[data-ready=true]", { timeout: 30000 });
}

/** The agenda as the page shows it: each indicator's id and who rated what. */
const shownAgenda = () => page.evaluate(() => [...document.querySelectorAll("#ws-agenda .ws-item")].map((a) => ({
  id: a.dataset.id,
  ratings: [...a.querySelectorAll(".ws-ratings li")].map((li) => ({
    respondent: li.dataset.respondent,
    value: li.dataset.value === "" ? null : /^\d+$/.test(li.dataset.value) ? Number(li.dataset.value) : li.dataset.value,
  })),
  evidence: [...a.querySelectorAll(".ws-ratings li")].map((li) => li.querySelector(".evidence-text")?.textContent ?? null),
})));

async function download(button) {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), "utf8") };
}

const item = (id) => page.locator(`.ws-item[data-id="${id}"]`);

// The two agreed levels: the lowest rating of the first agenda item (a split recorded at the
// lower level, as the protocol says) and the highest of the second.
const [first, second] = expected.agenda;
const levels = (a) => a.ratings.map((r) => r.value).filter((v) => typeof v === "number");
const consensus = {
  [first.id]: { level: Math.min(...levels(first)), rationale: "Split 2–3 on L3a: <b>lower</b> level recorded & noted." },
  [second.id]: { level: Math.max(...levels(second)), rationale: "Minutes of the June review settle it." },
};
const withConsensus = fw.pool(docs, { consensus });
const consensusReport = fw.score(withConsensus.assessment);

test("three respondents' files: the page shows the core's agenda, with each respondent's level and evidence", async () => {
  assert.ok(expected.agenda.length >= 2, "the example files disagree on at least two indicators");
  await openWorkshop();
  assert.equal(await page.locator(".layout").isHidden(), true, "the questionnaire is not shown in the workshop");
  await page.setInputFiles("#ws-files", files);
  await page.waitForFunction(() => document.querySelectorAll(".ws-respondents li").length === 3);
  assert.deepEqual(await page.$$eval(".ws-respondents li", (l) => l.map((x) => x.dataset.respondent)), expected.respondents);

  const agenda = await shownAgenda();
  assert.deepEqual(agenda.map((a) => a.id), expected.agenda.map((a) => a.id), "the agenda's indicators, in the core's order");
  assert.deepEqual(agenda.map((a) => a.ratings), expected.agenda.map((a) => a.ratings), "who rated what");
  // each respondent's evidence note, as text from their own file
  for (const a of agenda) {
    a.evidence.forEach((ev, i) => assert.equal(ev, docs[i].answers[a.id]?.evidence ?? null, `${a.id}: evidence of ${expected.respondents[i]}`));
  }
  const alpha = expected.agreement.find((x) => x.scope === "overall").alpha_ordinal.value;
  assert.equal(await page.getAttribute("#ws-alpha", "data-alpha"), alpha === null ? "" : String(alpha));
  // the pooled answers: every item, with the core's pooled level
  const rows = await page.$$eval("#ws-pooled tbody tr", (trs) => trs.map((tr) => tr.dataset.id));
  assert.deepEqual(rows, expected.items.map((x) => x.id));
  assert.doesNotMatch(await page.textContent("#workshop"), /\bnull\b|\bundefined\b|NaN/, "no stray null, undefined or NaN");
  const input = fw.score(expected.assessment);
  assert.equal(Number(await page.getAttribute("#ws-score", "data-score")), input.overall.score);
});

test("two agreed levels with their rationales; the exports are the core's consensus assessment and report", async () => {
  for (const [id, c] of Object.entries(consensus)) {
    await item(id).locator("select[data-field=level]").selectOption(String(c.level));
    await item(id).locator("textarea[data-field=rationale]").fill(c.rationale);
  }
  await page.waitForFunction(() => document.querySelectorAll("#ws-pooled .ws-agreed-value").length > 0);
  assert.equal((await page.textContent("#ws-progress")).trim(),
    lhs.message("en", "page-ws-progress", { agreed: 2, open: expected.agenda.length - 2 }));
  for (const [id, c] of Object.entries(consensus)) {
    assert.equal((await page.textContent(`#ws-pooled tr[data-id="${id}"] .ws-agreed-value`)).trim(),
      lhs.message("en", "page-level-choice", { level: c.level, name: consensusReport.scale[c.level].name }));
  }
  assert.equal(Number(await page.getAttribute("#ws-score", "data-score")), consensusReport.overall.score);

  const assessment = await download("#ws-export-consensus");
  assert.match(assessment.name, /^lhs-consensus-.*\.json$/);
  assert.deepEqual(JSON.parse(assessment.text), withConsensus.assessment, "the consensus assessment is the core's");
  assert.deepEqual(JSON.parse(assessment.text).pooling.consensus, consensus);
  const agreedFile = await download("#ws-export-agreed");
  assert.deepEqual(JSON.parse(agreedFile.text), consensus, "the agreed levels, as `pool --consensus` reads them");

  // The report reflects the agreed levels: its indicators' levels are the consensus's.
  const md = await download("#ws-export-report-md");
  assert.equal(md.text, lhs.renderMarkdown(consensusReport));
  const html = await download("#ws-export-report-html");
  assert.equal(html.text, lhs.renderHtml(consensusReport, fw, { language: "en" }));
  for (const [id, c] of Object.entries(consensus)) {
    assert.equal(consensusReport.indicators.find((x) => x.id === id).level, c.level);
  }
  assert.ok(html.text.includes(lhs.formatDecimal(consensusReport.overall.score, 2, "en")));
  // user text only as text: the rationale's markup is not markup
  assert.equal(await page.evaluate(() => document.querySelectorAll("#workshop b").length), 0);
});

test("a reload keeps the workshop: respondents, agreed levels and rationales", async () => {
  await page.reload();
  await page.waitForSelector("#workshop[data-ready=true]", { timeout: 30000 });
  assert.equal(await page.locator(".ws-respondents li").count(), 3);
  for (const [id, c] of Object.entries(consensus)) {
    assert.equal(await item(id).locator("select[data-field=level]").inputValue(), String(c.level));
    assert.equal(await item(id).locator("textarea[data-field=rationale]").inputValue(), c.rationale);
  }
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), WORKSHOP_KEY);
  assert.equal(stored.respondents.length, 3);
  await page.screenshot({ path: join(artifacts, "workshop-1280.png"), fullPage: true });
});

test("axe on the workshop: no serious or critical violation; every control labelled; headings in order; reflow at 320 px", async () => {
  const r = await runAxe(page);
  console.log(axeLine("workshop (en)", r));
  const bad = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad, []);
  assert.equal(r.contrastIncomplete, 0, r.contrastIncompleteNodes.join("\n"));
  assert.deepEqual(await unlabelled(page), []);
  assert.deepEqual(headingProblems(await headings(page)), []);
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await horizontalScroll(page) <= 0, `${await horizontalScroll(page)}px of horizontal scrolling at 320px`);
  assert.deepEqual(await overflowing(page), []);
  await page.screenshot({ path: join(artifacts, "workshop-320.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("removing a respondent pools the others again; the keyboard reaches the remove buttons", async () => {
  const label = expected.respondents[2];
  await page.locator(".ws-remove").nth(2).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll(".ws-respondents li").length === 2);
  assert.equal(await page.evaluate(() => document.activeElement.id), "ws-respondents-title");
  const two = fw.pool(docs.slice(0, 2));
  assert.deepEqual((await shownAgenda()).map((a) => a.id), two.agenda.map((a) => a.id));
  assert.match(await page.textContent("#ws-message"), new RegExp(label));
});

test("Arabic: the workshop right to left in its language, axe clean, no horizontal scrolling at 320 px", async () => {
  await page.selectOption("#language", "ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar" && document.body.dataset.language === "ar", null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.equal((await lhs.loadLanguage("ar")).language, "ar");
  assert.equal((await page.textContent("#ws-title")).trim(), lhs.message("ar", "page-ws-title"));
  assert.equal((await page.textContent("#ws-agenda-title")).trim(), lhs.message("ar", "page-ws-agenda"));
  // the consensus report in Arabic: the core's HTML page, right to left
  const html = await download("#ws-export-report-html");
  assert.match(html.text, /<html lang="ar" dir="rtl"/);
  // axe with the window at the top (a text scrolled under the sticky header has colours axe
  // cannot decide), as the page's accessibility test runs it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const r = await runAxe(page);
  console.log(axeLine("workshop (ar)", r));
  assert.deepEqual(r.violations.filter((v) => v.impact === "serious" || v.impact === "critical"), []);
  assert.equal(r.contrastIncomplete, 0, r.contrastIncompleteNodes.join("\n"));
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await horizontalScroll(page) <= 0);
  assert.deepEqual(await overflowing(page), []);
  await page.screenshot({ path: join(artifacts, "workshop-320-ar.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.selectOption("#language", "en");
  await page.waitForFunction(() => document.body.dataset.language === "en", null, { timeout: 20000 });
});

test("a new workshop collected on one laptop: each respondent fills in the questionnaire, which is cleared for the next", async () => {
  await page.click("#ws-reset");
  await page.waitForFunction(() => document.querySelectorAll(".ws-respondents li").length === 0);
  assert.equal((await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), WORKSHOP_KEY)).respondents.length, 0);
  const ids = ["inst.info.routine_data", "inst.info.me_integration"];
  const fill = async (name, levels) => {
    await page.click("#view-questionnaire");
    await page.locator("lhs-assessment#assessment").waitFor({ state: "visible" });
    // each respondent starts from a blank questionnaire
    for (const id of ids) assert.ok(await page.locator(`article[data-id="${id}"] input[type=radio][value=""]`).isChecked(), `${name}: ${id} not answered yet`);
    await page.fill("#unit-name", "Kisumu East");
    await page.fill("#period", "2026-Q3");
    for (const [i, id] of ids.entries()) {
      await page.locator(`article[data-id="${id}"] input[type=radio][value="${levels[i]}"]`).check();
    }
    await page.locator(`article[data-id="${ids[0]}"] textarea[data-field=evidence]`).fill(`${name}: minutes <i>seen</i>`);
    await page.click("#view-workshop");
    await page.waitForSelector("#workshop:not([hidden])");
    await page.fill("#ws-name", name);
    await page.click("#ws-add-page");
  };
  await fill("Amina", [1, 3]);
  await fill("Otieno", [3, 3]);
  await page.waitForFunction(() => document.querySelectorAll(".ws-respondents li").length === 2);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), WORKSHOP_KEY);
  const collected = stored.respondents.map((r) => r.document);
  assert.deepEqual(collected.map((d) => d.respondent.name), ["Amina", "Otieno"]);
  // the questionnaire was cleared for the next respondent, its unit and period kept
  const draft = await page.evaluate(() => JSON.parse(localStorage.getItem("lhs-maturity:assessment")));
  assert.deepEqual(draft.answers, {});
  assert.equal(draft.period, "2026-Q3");
  // and so is the element the next respondent fills in
  const shown = await page.evaluate(() => document.getElementById("assessment").assessment);
  assert.deepEqual({ answers: shown.answers, period: shown.period, unit: shown.unit }, { answers: {}, period: "2026-Q3", unit: { name: "Kisumu East" } });
  const core = fw.pool(collected);
  assert.deepEqual((await shownAgenda()).map((a) => a.id), core.agenda.map((a) => a.id));
  assert.deepEqual(core.agenda.map((a) => a.id), [ids[0]]);
  assert.equal((await shownAgenda())[0].evidence[1], "Otieno: minutes <i>seen</i>");
});

test("respondents of different units are refused with the core's problems, and pooled when the facilitator allows it", async () => {
  // the two respondents collected on the page name no unit id; the file names kis-east
  await page.setInputFiles("#ws-files", files[0]);
  await page.waitForFunction(() => document.querySelectorAll(".ws-respondents li").length === 3);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), WORKSHOP_KEY);
  const all = stored.respondents.map((r) => r.document);
  assert.throws(() => fw.pool(all), (e) => e.details.some((d) => d.code === "input.pool_mismatch"));
  assert.match(await page.textContent("#ws-discussion .error"), /\/2\/unit\/id/);
  assert.equal(await page.locator("#ws-agenda").count(), 0, "no agenda without a pool");
  await page.check("#ws-allow-mismatch");
  await page.waitForSelector("#ws-agenda");
  const core = fw.pool(all, { allowMismatch: true });
  assert.deepEqual((await shownAgenda()).map((a) => a.id), core.agenda.map((a) => a.id));
  assert.equal(await page.evaluate(() => document.activeElement.id), "ws-allow-mismatch");
});

test("no page errors, nothing fetched from elsewhere", () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(foreignRequests, []);
});
