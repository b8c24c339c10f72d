// Browser test of the self-assessment page (bindings-wasm/www/) and of the README's browser
// quickstart, in Debian's Chromium driven by playwright-core (no browser download); then the
// page and the core's HTML report in each of the five languages (screenshots named by language,
// no text overflowing its box, right to left in Arabic). The page is a shell over the custom
// elements <lhs-assessment> and <lhs-report>: playwright's locators pierce their open shadow
// roots; code run in the page (`page.evaluate`) goes through `shadowRoot` itself.
//   node --test bindings-wasm/tests/browser.e2e.mjs
// Env: CHROMIUM (default /usr/bin/chromium), ARTIFACTS (default <repo>/artifacts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { inflateSync } from "node:zlib";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { lhs, pkgDir, repoRoot, wasmDir } from "./helpers.mjs";
import { readmeBlocks } from "./readme.mjs";

const STORAGE_KEY = "lhs-maturity:assessment";
const LANGUAGE_KEY = "lhs-maturity:language";
/** The page's languages by their own names, in the switcher's order. */
const LANGUAGE_NAMES = { en: "English", fr: "Français", es: "Español", "pt-PT": "Português", ar: "العربية" };
const artifacts = process.env.ARTIFACTS ?? join(repoRoot, "artifacts");
const fw = lhs.Framework.builtin();
const infos = fw.indicators();
/** The framework's indicator documents by id. */
const specById = new Map();
const collect = (n) => {
  for (const i of n.indicators ?? []) specById.set(i.id, i);
  for (const c of n.children ?? []) collect(c);
};
fw.toJSON().domains.forEach(collect);
const glossary = new Map((fw.toJSON().glossary ?? []).map((g) => [g.id, g]));
const usesApplicability = [...specById.values()].some((i) => Array.isArray(i.applies_to));
const applying = (kind) => infos.filter((i) => i.applies_to.includes(kind)).map((i) => i.id);
const en = (t) => (typeof t === "string" ? t : t?.en);

let server;
let base;
let browser;
let context;
let page;

/** The font families Chromium used to draw the text of the element that the expression
 * `expression` gives (run in the page, so that it can reach into a shadow root; DevTools
 * protocol, CSS.getPlatformFontsForNode). */
async function fontsOf(p, expression) {
  const cdp = await p.context().newCDPSession(p);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    assert.ok(result.objectId, `${expression} gives no element`);
    const { nodeId } = await cdp.send("DOM.requestNode", { objectId: result.objectId });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}
let userDataDir;
const consoleErrors = [];
const foreignRequests = [];
/** The language packs the page fetched (their paths). */
const packRequests = [];

/** Pages the server sends as they are (a test may add one). */
const pages = {};

/** In every page, before its own scripts: the Content-Security-Policy violations it reports. */
function recordViolations() {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
  }, true);
}

before(async () => {
  const [browserBlock] = readmeBlocks("html");
  Object.assign(pages, {
    "/readme.html": { type: "text/html; charset=utf-8", body: browserBlock },
    "/favicon.ico": { type: "image/x-icon", body: "" },
  });
  server = await serve({
    root: join(wasmDir, "www"),
    mounts: { "/node_modules/lhs-maturity/": pkgDir },
    pages,
  });
  base = `http://127.0.0.1:${server.address().port}`;
  userDataDir = mkdtempSync(join(tmpdir(), "lhs-chromium-"));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: "en-US" });
  await context.addInitScript(recordViolations);
  page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("blob:") && !r.url().startsWith("data:")) foreignRequests.push(r.url());
    if (r.url().includes("/languages/")) packRequests.push(new URL(r.url()).pathname);
  });
  page.on("dialog", (d) => d.accept());
});

after(async () => {
  await browser?.close();
  server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

// The questionnaire's cards are in <lhs-assessment>'s shadow root, the report in <lhs-report>'s.
const card = (id) => page.locator(`lhs-assessment article[data-id="${id}"]`);
const choose = (id, value) => card(id).locator(`input[type=radio][value="${value}"]`).check();
const evidence = (id) => card(id).locator("textarea[data-field=evidence]");
const stored = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), STORAGE_KEY);
const report = (selector) => page.locator(`lhs-report#report ${selector}`);
/** The overall score the report shows, and the one the header shows (its raw number, from the
 * questionnaire's report, in `data-score`): both must be the core's. */
const shown = async () => ({
  text: (await report("#overall-score").textContent()).trim(),
  raw: await page.locator("#bar-score").getAttribute("data-score"),
});
/** The coverage the report shows (the second figure of its overall section). */
const coverage = async () => (await report("[part=overall] strong").nth(1).textContent()).trim();
/** The row of a domain, or of an outcome, in the report's tables. */
const domainRow = (id) => report(`[part=domains] tr[data-node="${id}"]`);
const outcomeRow = (id) => report(`[part=outcomes] tr[data-node="${id}"]`);

// A dozen answers of every kind (for a district: the built-in framework has applicability
// rules, so no N/A), and the document they must produce.
const XSS = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">`;
const expected = {
  framework: { id: "lhs-2021", version: fw.version },
  unit: { name: "Kisumu East <district> & team", kind: "district" },
  period: "2026-Q3",
  default_target: 3,
  answers: {
    "inst.info.routine_data": { level: 2, evidence: "Quarterly review minutes, 2026" },
    "inst.info.me_integration": { level: 3, target: 4 },
    "inst.delib.working_groups": { level: 1, evidence: "Terms of reference, no minutes yet" },
    "inst.act.learning_sites": { level: 1 },
    "cap.prov.data_interpretation": { level: "unknown" },
    "cap.comm.engagement_capacity": { level: 0 },
    "cap.edu.inservice_development": { level: 2 },
    "cap.edu.faculty_mentors": { level: 1 },
    "cond.lead.leadership_behaviour": { level: 4, evidence: "Ministerial circular 12/2025" },
    "cond.design.quality_improvement": { level: 2 },
    "cond.fin.learning_budget": { level: 1, evidence: XSS },
    "proc.loops.single_loop": { level: 3 },
  },
};

test("the page loads offline-capable: every request to the local server, no console errors", async () => {
  await page.goto(`${base}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  // the page is built from the elements: the questionnaire's cards are the element's (none in
  // the page's own tree), the report follows it by id, and the element keeps no draft of its own
  const built = await page.evaluate(() => ({
    cards: document.getElementById("assessment").shadowRoot.querySelectorAll("article.indicator").length,
    light: document.querySelectorAll("article.indicator").length,
    follows: document.querySelector("lhs-report").getAttribute("for"),
    draftKey: document.getElementById("assessment").draftKey,
    report: document.getElementById("report").shadowRoot.querySelectorAll("#overall-score").length,
  }));
  assert.deepEqual(built, { cards: infos.length, light: 0, follows: "assessment", draftKey: null, report: 1 });
  assert.equal(await page.locator("article.indicator").count(), infos.length);
  // without a unit kind every indicator applies, and is shown
  assert.equal(await page.locator("article.indicator:visible").count(), infos.length);
  // the levels, "don't know" and "not answered"; N/A only without applicability rules
  assert.equal(await card("inst.info.routine_data").locator("input[type=radio]").count(), fw.maxLevel + 1 + (usesApplicability ? 2 : 3));
  assert.ok(usesApplicability, "the built-in framework has applicability rules");
  assert.equal(await page.locator('input[type=radio][value="na"]').count(), 0);
  assert.equal(await page.locator("header #progress-text").textContent(), `0 / ${infos.length}`);
  assert.equal(await page.locator("#bar-score").textContent(), "–");
  assert.deepEqual(foreignRequests, []);
  // English, left to right, and no language pack in the first load
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.evaluate(() => document.documentElement.dir), "ltr");
  assert.deepEqual(packRequests, []);
  assert.equal(await page.locator("#translation-note").isVisible(), false);
  assert.equal(await page.locator("h1").textContent(), "Learning health system self-assessment");
  // the switcher: the five languages by their own names
  const options = await page.locator("#language option").evaluateAll((os) => os.map((o) => [o.value, o.textContent, o.lang]));
  assert.deepEqual(options, Object.entries(LANGUAGE_NAMES).map(([code, name]) => [code, name, code]));
  assert.equal(await page.inputValue("#language"), "en");
  // rater training: the calibration cases and the protocol are linked
  const training = await page.locator("#training a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(training.map((u) => u.replace(/^.*\/spec\//, "spec/")), ["spec/calibration", "spec/PROTOCOL.md"]);
});

test("each indicator shows its levels as the core describes them, its guiding question, what to check and its terms", async () => {
  for (const [id, ind] of specById) {
    const c = card(id);
    const choices = await c.locator("label.choice").allTextContents();
    for (let l = 0; l <= fw.maxLevel; l++) assert.ok(choices[l].endsWith(fw.descriptor(id, l)), `${id} level ${l}`);
    assert.equal(await c.locator(".question-text").textContent(), en(ind.question), id);
    assert.deepEqual(await c.locator(`ul[aria-labelledby="ind-${id}-check"] li`).allTextContents(), (ind.evidence ?? []).map(en), id);
    const terms = (ind.terms ?? []).map((t) => glossary.get(t));
    assert.deepEqual(await c.locator("details.terms dt").allTextContents(), terms.map((g) => en(g.term)), id);
    assert.deepEqual(await c.locator("details.terms dd").allTextContents(), terms.map((g) => en(g.definition)), id);
  }
  // the terms are closed until asked for
  const withTerms = [...specById.values()].find((i) => (i.terms ?? []).length > 0);
  const details = card(withTerms.id).locator("details.terms");
  assert.equal(await details.getAttribute("open"), null);
  assert.equal(await details.locator("summary").textContent(), `Terms used (${withTerms.terms.length})`);
  assert.equal(await details.locator("dd").first().isVisible(), false);
  await details.locator("summary").click();
  assert.equal(await details.locator("dd").first().isVisible(), true);
  assert.equal(await details.locator("dd").first().textContent(), en(glossary.get(withTerms.terms[0]).definition));
  await details.locator("summary").click();
});

test("fill a dozen answers: the displayed score is the core's score for the same assessment", async () => {
  // the ids used exist in the framework
  const ids = new Set(fw.indicators().map((i) => i.id));
  for (const id of Object.keys(expected.answers)) assert.ok(ids.has(id), `unknown id ${id} in the test`);

  await page.fill("#unit-name", expected.unit.name);
  await page.selectOption("#unit-kind", expected.unit.kind);
  await page.fill("#period", expected.period);
  await page.selectOption("#default-target", "3");
  for (const [id, a] of Object.entries(expected.answers)) {
    await choose(id, String(a.level));
    if (a.justification) {
      await card(id).locator("textarea[data-field=justification]").fill(a.justification);
    }
    if (a.evidence) await evidence(id).fill(a.evidence);
    if (a.target !== undefined) await card(id).locator("select[data-field=target]").selectOption(String(a.target));
  }
  assert.deepEqual(await stored(), expected);
  const core = fw.score(expected);
  const s = await shown();
  assert.equal(Number(s.raw), core.overall.score);
  assert.equal(s.text, core.overall.score.toFixed(2));
  // only the indicators that apply to a district are shown and counted
  const district = applying("district");
  assert.ok(district.length < infos.length);
  assert.equal(await page.locator("article.indicator:visible").count(), district.length);
  assert.equal(await page.locator("header #progress-text").textContent(), `12 / ${district.length}`);
  assert.equal(await page.locator("#bar-score").textContent(), `${core.overall.score.toFixed(2)} / ${fw.maxLevel}`);
  assert.equal(await coverage(), `${Math.round(core.overall.coverage * 100)}%`);
  // the domains of the overall score, then the outcomes apart
  for (const d of core.domains.filter((x) => !x.outcome)) {
    const row = domainRow(d.id).locator("td").first();
    assert.equal((await row.textContent()).trim(), d.score === null ? "–" : d.score.toFixed(2));
  }
  const outcomes = core.domains.filter((x) => x.outcome);
  assert.ok(outcomes.length > 0, "the built-in framework has an outcome domain");
  for (const d of outcomes) {
    assert.equal(await domainRow(d.id).count(), 0, `${d.id} is not among the domains`);
    const row = outcomeRow(d.id).locator("td").first();
    assert.equal((await row.textContent()).trim(), d.score === null ? "–" : d.score.toFixed(2));
    for (const c of d.children) {
      const sub = outcomeRow(c.id).locator("td").first();
      assert.equal((await sub.textContent()).trim(), c.score === null ? "–" : c.score.toFixed(2));
    }
  }
  assert.ok(outcomes.some((d) => d.score !== null), "an outcome is rated in this test");
  // the charts are the core's SVG, inserted as nodes
  assert.equal(await page.locator("#results svg#radar-chart").count(), 1);
  assert.equal(await report("[part=profile] svg").count(), 1);
  const desc = await page.locator("#results svg#radar-chart desc").textContent();
  assert.match(desc, /Institutionalizing learning/);
  const coreDesc = /<desc[^>]*>([^<]*)<\/desc>/.exec(lhs.radarChart(core))[1]
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  assert.equal(desc, coreDesc, "the radar is the core's chart of this report");
  assert.ok((await report("[part=steps] li").count()) > 0);
});

test("a next step of the report moves the focus to its indicator in the questionnaire", async () => {
  const step = report("[part=steps] button.step").first();
  const id = await step.getAttribute("data-indicator");
  assert.ok(applying("district").includes(id), id);
  await step.click();
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    const el = host?.shadowRoot?.activeElement;
    return { host: host?.id, indicator: el?.closest("article")?.dataset.id ?? null, type: el?.type ?? null };
  });
  assert.deepEqual(focused, { host: "assessment", indicator: id, type: "radio" });
  await page.evaluate(() => window.scrollTo(0, 0));
});

test("typed text is shown as text, never run as HTML", async () => {
  assert.equal(await evidence("cond.fin.learning_budget").inputValue(), XSS);
  const unitLine = report("p.unit");
  assert.equal(await unitLine.textContent(), `${expected.unit.name} · ${expected.period}`);
  assert.ok((await unitLine.innerHTML()).includes("&lt;district&gt; &amp; team"));
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator("img[src=x]").count(), 0, "no img in the page nor in the elements' shadow roots");
  assert.equal(await page.locator("body script").count(), 0);
});

test("the unit kind decides which indicators are shown, and their wording; answers are kept", async () => {
  const facility = applying("facility");
  await page.selectOption("#unit-kind", "facility");
  assert.equal((await stored()).unit.kind, "facility");
  assert.equal(await page.locator("article.indicator:visible").count(), facility.length);
  for (const id of ["inst.act.learning_sites", "cap.res.critical_mass"]) {
    assert.ok(!facility.includes(id), id);
    assert.equal(await card(id).isVisible(), false, id);
  }
  // hidden, its answer is kept (and the core says it is not scored)
  assert.deepEqual((await stored()).answers["inst.act.learning_sites"], expected.answers["inst.act.learning_sites"]);
  const adapted = specById.get("inst.info.routine_data").adapted?.facility?.statement;
  assert.ok(adapted, "routine_data has a wording for facilities");
  assert.equal(await card("inst.info.routine_data").locator(".statement").textContent(), en(adapted));
  // a sub-domain with nothing that applies is hidden as a whole
  for (const sub of new Set(infos.map((i) => i.subdomain))) {
    const any = infos.some((i) => i.subdomain === sub && i.applies_to.includes("facility"));
    assert.equal(await page.locator(`details#sub-${sub.replaceAll(".", "\\.")}`).isVisible(), any, sub);
  }
  // no kind: every indicator, in its general wording
  await page.selectOption("#unit-kind", "");
  assert.equal((await stored()).unit.kind, undefined);
  assert.equal(await page.locator("article.indicator:visible").count(), infos.length);
  assert.equal(await card("inst.info.routine_data").locator(".statement").textContent(), en(specById.get("inst.info.routine_data").statement));
  await page.selectOption("#unit-kind", expected.unit.kind);
  assert.deepEqual(await stored(), expected);
  assert.equal(await page.locator("article.indicator:visible").count(), applying("district").length);
});

test("exports: the answers, the report as JSON and as Markdown", async () => {
  const get = async (button) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    return readFileSync(await dl.path(), "utf8");
  };
  assert.deepEqual(JSON.parse(await get("#export-assessment")), expected);
  assert.deepEqual(JSON.parse(await get("#export-report-json")), fw.score(expected));
  assert.equal(await get("#export-report-md"), fw.render(expected, { format: "markdown" }));
  assert.equal(fw.render(expected, { format: "markdown" }), lhs.renderMarkdown(fw.score(expected)), "the core's Markdown of the report");
});

test("a reload (or a closed tab) loses nothing", async () => {
  const before = await shown();
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(await shown(), before);
  assert.deepEqual(await stored(), expected);
  for (const [id, a] of Object.entries(expected.answers)) {
    assert.ok(await card(id).locator(`input[type=radio][value="${a.level}"]`).isChecked(), id);
  }
  assert.equal(await evidence("cond.fin.learning_budget").inputValue(), XSS);
  assert.equal(await page.inputValue("#unit-name"), expected.unit.name);

  const tab = await context.newPage();
  await tab.goto(`${base}/`);
  await tab.waitForSelector("body[data-ready=true]");
  assert.equal(await tab.locator("#bar-score").getAttribute("data-score"), before.raw);
  assert.equal((await tab.locator("lhs-report #overall-score").textContent()).trim(), before.text);
  await tab.close();
});

test("importing a malformed or invalid file shows a readable message and changes nothing", async () => {
  const before = { score: await shown(), doc: await stored() };
  const importText = (name, text) =>
    page.setInputFiles("#import-file", { name, mimeType: "application/json", buffer: Buffer.from(text) });

  await importText("broken.json", '{"answers": {"inst.info.routine_data": 2,');
  const msg = page.locator("#file-message .error");
  await msg.waitFor();
  assert.match(await msg.textContent(), /“broken\.json” was not imported/);
  assert.match(await msg.textContent(), /line 1/);
  assert.match(await msg.textContent(), /current answers are unchanged/);
  assert.deepEqual(await stored(), before.doc);
  assert.deepEqual(await shown(), before.score);
  assert.ok(await card("inst.info.routine_data").locator('input[value="2"]').isChecked());

  // an assessment of another version is refused with the core's explanation
  await importText("old.json", JSON.stringify({ framework: { id: "lhs-2021", version: "1.0.0" }, answers: { "inst.info.routine_data": 2 } }));
  await page.locator("#file-message .error", { hasText: "old.json" }).waitFor();
  assert.match(await page.locator("#file-message").textContent(), /made for version 1\.0\.0/);
  assert.deepEqual(await stored(), before.doc);

  await importText("wrong.json", '{"answers": {"inst.info.routine_data": "4", "inst.info.routin_data": 1}}');
  await page.locator("#file-message .error", { hasText: "wrong.json" }).waitFor();
  const text = await page.locator("#file-message").textContent();
  assert.match(text, /the level is the text `4`, not a number/);
  assert.match(text, /did you mean `inst\.info\.routine_data`/);
  assert.deepEqual(await stored(), before.doc);
  assert.deepEqual(await shown(), before.score);

  // a valid file replaces the answers; importing our own export brings them back
  await importText("other.json", JSON.stringify({ answers: { "inst.info.routine_data": 4 } }));
  await page.locator("#file-message .ok").waitFor();
  assert.equal((await shown()).raw, "4");
  // a real assessment of the latest version (spec/examples): the core's score, its unit kind
  const exampleText = readFileSync(join(repoRoot, "spec", "examples", "district-kisumu-east.json"), "utf8");
  const example = JSON.parse(exampleText);
  await importText("district-kisumu-east.json", exampleText);
  await page.locator("#file-message .ok", { hasText: "district-kisumu-east.json" }).waitFor();
  assert.deepEqual(await stored(), example);
  assert.equal(Number((await shown()).raw), fw.score(example).overall.score);
  assert.equal(await page.inputValue("#unit-kind"), example.unit.kind);
  assert.equal(await page.locator("article.indicator:visible").count(), applying(example.unit.kind).length);
  await importText("mine.json", JSON.stringify(expected));
  await page.locator("#file-message .ok", { hasText: "mine.json" }).waitFor();
  assert.deepEqual(await stored(), expected);
  assert.deepEqual(await shown(), before.score);
});

test("a draft survives a reload mid-filling and a crash of the tab", async () => {
  // typed and chosen, then reloaded at once (no blur, no unload handler needed): both kept
  await choose("proc.loops.single_loop", "2");
  await evidence("proc.loops.single_loop").fill("Typed just before the reload");
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.ok(await card("proc.loops.single_loop").locator('input[value="2"]').isChecked());
  assert.equal(await evidence("proc.loops.single_loop").inputValue(), "Typed just before the reload");

  // a tab that crashes (its renderer killed) right after an answer: the answer is in the next tab
  const tab = await context.newPage();
  await tab.goto(`${base}/`);
  await tab.waitForSelector("body[data-ready=true]");
  await tab.locator('article[data-id="proc.loops.single_loop"] input[value="4"]').check();
  const crashed = tab.waitForEvent("crash");
  const cdp = await context.newCDPSession(tab);
  cdp.send("Page.crash").catch(() => {});
  await crashed;
  const next = await context.newPage();
  await next.goto(`${base}/`);
  await next.waitForSelector("body[data-ready=true]");
  assert.ok(await next.locator('article[data-id="proc.loops.single_loop"] input[value="4"]').isChecked());
  assert.equal(await next.locator('article[data-id="proc.loops.single_loop"] textarea[data-field=evidence]').inputValue(), "Typed just before the reload");
  await next.close();
  await tab.close().catch(() => {});

  // back to the test's answers
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(expected)]);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(await stored(), expected);
});

test("a damaged draft is kept aside; with no room to keep it, it is offered for export, never lost silently", async () => {
  const damaged = '{"answers": {"inst.info.routine_data": 9}';
  const open = async (init) => {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, damaged]);
    const tab = await context.newPage();
    if (init) await tab.addInitScript(init);
    await tab.goto(`${base}/`);
    await tab.waitForSelector("body[data-ready=true]");
    return tab;
  };
  // kept aside under its own key, and said
  let tab = await open();
  assert.equal(await tab.locator("#file-message .error p").first().textContent(), lhs.message("en", "page-saved-damaged"));
  assert.equal(await tab.evaluate((k) => localStorage.getItem(k), `${STORAGE_KEY}:damaged`), damaged);
  await tab.close();
  await page.evaluate((k) => localStorage.removeItem(k), `${STORAGE_KEY}:damaged`);

  // no room to keep it aside: the page says so (not "kept aside") and exports it on request
  tab = await open(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (String(k).endsWith(":damaged")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, k, v);
    };
  });
  assert.equal(await tab.locator("#file-message .error p").first().textContent(), lhs.message("en", "page-saved-damaged-not-kept"));
  assert.equal(await tab.textContent("#damaged-download"), lhs.message("en", "page-saved-damaged-download"));
  await tab.locator('article[data-id="proc.loops.single_loop"] input[value="1"]').check(); // the draft is replaced now
  const [dl] = await Promise.all([tab.waitForEvent("download"), tab.click("#damaged-download")]);
  assert.equal(readFileSync(await dl.path(), "utf8"), damaged, "the damaged text, byte for byte");
  assert.equal(await tab.evaluate((k) => localStorage.getItem(k), `${STORAGE_KEY}:damaged`), null);
  await tab.close();

  // back to the test's answers
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(expected)]);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(await stored(), expected);
});

test("a full storage (QuotaExceededError) is shown, the answers stay on the page, and saving resumes", async () => {
  const before = await stored();
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await evidence("inst.act.learning_sites").fill("Noted while the storage is full");
  const msg = page.locator("#file-message .error");
  await msg.waitFor();
  assert.equal(await msg.locator("p").textContent(), lhs.message("en", "page-save-quota"));
  assert.equal(await page.getAttribute("#file-message", "role"), "status");
  assert.deepEqual(await stored(), before, "nothing was written");
  // the page still holds the answer: in the questionnaire, and in the document the page exports
  assert.equal(await evidence("inst.act.learning_sites").inputValue(), "Noted while the storage is full");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.click("#export-assessment")]);
  assert.equal(JSON.parse(readFileSync(await dl.path(), "utf8")).answers["inst.act.learning_sites"].evidence, "Noted while the storage is full");
  // another failure (storage disabled): the general message
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
  });
  await evidence("inst.act.learning_sites").fill("Noted while the storage is disabled");
  await page.locator("#file-message .error", { hasText: lhs.message("en", "page-save-failed") }).waitFor();
  // storage back: the next change is saved, and the page says so
  await page.evaluate(() => {
    Storage.prototype.setItem = window.__setItem;
  });
  await evidence("inst.act.learning_sites").fill("");
  await page.locator("#file-message .ok", { hasText: lhs.message("en", "page-save-ok") }).waitFor();
  assert.deepEqual(await stored(), expected);
});

test("imported files: the size checked before reading, UTF-8 decoded strictly, a newer framework version refused", async () => {
  const before = { score: await shown(), doc: await stored() };
  const importBytes = (name, buffer) => page.setInputFiles("#import-file", { name, mimeType: "application/json", buffer });
  const refused = async (name, id, args) => {
    const box = page.locator("#file-message .error", { hasText: name });
    await box.waitFor();
    assert.equal(await box.locator("p").first().textContent(), lhs.message("en", id, { file: name, ...args }));
    assert.deepEqual(await stored(), before.doc, `${name}: the answers are unchanged`);
    assert.deepEqual(await shown(), before.score, `${name}: the score is unchanged`);
  };

  // invalid UTF-8 (a Latin-1 é inside a string): an error naming the file, never U+FFFD
  const latin1 = Buffer.concat([Buffer.from('{"unit": {"name": "Caf'), Buffer.from([0xe9]), Buffer.from('"}, "answers": {}}')]);
  await importBytes("latin1.json", latin1);
  await refused("latin1.json", "page-import-not-utf8");
  assert.equal(await page.inputValue("#unit-name"), expected.unit.name);

  // one byte over the core's limit: refused before the file is read (only its first bytes are)
  const MAX = lhs.maxDocumentBytes();
  assert.equal(MAX, 16 * 1024 * 1024);
  await page.evaluate(() => {
    window.__reads = [];
    for (const m of ["arrayBuffer", "text", "stream"]) {
      const original = Blob.prototype[m];
      Blob.prototype[m] = function (...a) {
        window.__reads.push(this.size);
        return original.apply(this, a);
      };
    }
  });
  const big = Buffer.alloc(MAX + 1, 0x20);
  Buffer.from('{"answers": {}}').copy(big);
  await importBytes("big.json", big);
  await refused("big.json", "page-import-too-large", { limit: 16 });
  assert.ok((await page.evaluate(() => window.__reads)).every((n) => n <= 4096), "only the first bytes (byte order marks) were looked at");
  // at the limit with one or two byte order marks in front (they do not count): read, and imported
  for (const marks of [1, 2]) {
    const atLimit = Buffer.concat([Buffer.from("\ufeff".repeat(marks)), big.subarray(0, MAX)]);
    await importBytes(`at-limit-${marks}.json`, atLimit);
    await page.locator("#file-message .ok", { hasText: `at-limit-${marks}.json` }).waitFor();
    assert.deepEqual(await stored(), { answers: {} });
  }

  // a file of a newer framework version than the page's: refused as such, nothing of it loaded
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(expected)]);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  const newer = `${Number(fw.version.split(".")[0]) + 1}.0.0`;
  const newerDoc = { framework: { id: "lhs-2021", version: newer }, unit: { name: "From the future" }, answers: { "inst.info.routine_data": 4 } };
  await importBytes("newer.json", Buffer.from(JSON.stringify(newerDoc)));
  await refused("newer.json", "page-import-newer", { given: newer, version: fw.version });
  assert.equal(await page.inputValue("#unit-name"), expected.unit.name);
  assert.ok(await card("inst.info.routine_data").locator('input[value="2"]').isChecked());
});

test("the page's Content-Security-Policy: its own scripts, styles and module run, nothing is refused", async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // the policy is on: an inline script put into the page does not run
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = 1";
    document.body.append(s);
    s.remove();
  });
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  const violations = await page.evaluate(() => window.__violations.splice(0));
  assert.deepEqual(violations.map((v) => [v.directive, v.blocked]), [["script-src-elem", "inline"]]);
  // Chromium says so in the console, as an error: that one is expected
  for (let i = 0; i < 40 && !consoleErrors.some((e) => /Content Security Policy/.test(e)); i++) await page.waitForTimeout(50);
  const at = consoleErrors.findIndex((e) => /Content Security Policy/.test(e));
  assert.ok(at >= 0, "Chromium reports the refused script");
  consoleErrors.splice(at, 1);
});

test("the core's HTML report keeps script-like text as text under its Content-Security-Policy", async () => {
  const hostile = [
    `<script>window.__xss = 1</script>`,
    `"><img src=x onerror="window.__xss = 2">`,
    `<a href="javascript:window.__xss = 3">link</a>`,
    `</style><style>body { display: none }</style>`,
    `</title><script>window.__xss = 4</script>`,
  ].join(" ");
  const doc = {
    framework: { id: "lhs-2021", version: fw.version },
    unit: { id: hostile, name: hostile, kind: "district", region: hostile },
    period: hostile,
    respondent: { id: hostile, name: hostile, role: hostile },
    notes: hostile,
    answers: {
      "inst.info.routine_data": { level: 2, evidence: hostile, note: hostile },
      "inst.info.me_integration": { level: 3, target: 4, evidence: hostile },
      "cap.prov.data_interpretation": { level: "unknown", evidence: hostile },
    },
  };
  doc[hostile] = hostile;
  const report = fw.score(doc);
  const html = lhs.renderHtml(report, fw);
  pages["/report-hostile.html"] = { type: "text/html; charset=utf-8", body: html };
  const p = await context.newPage();
  const errors = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  await p.goto(`${base}/report-hostile.html`);
  assert.equal(await p.evaluate(() => window.__xss), undefined, "no script ran");
  assert.deepEqual(await p.evaluate(() => window.__violations), [], "the report's own styles are not refused");
  assert.equal(await p.locator("script, img, a[href^='javascript:'], iframe, object, embed").count(), 0);
  assert.equal(await p.locator("style").count(), 1);
  const body = await p.textContent("body");
  for (const part of [`<script>window.__xss = 1</script>`, `onerror="window.__xss = 2"`, `javascript:window.__xss = 3`, `</style><style>`]) {
    assert.ok(body.includes(part), `${part} is shown as text`);
  }
  assert.equal(await p.title(), `${hostile} · ${hostile} · ${report.framework.title}`);
  // the styles apply: the stylesheet's (h2 underline, body width) and the badges' style attributes
  const styles = await p.evaluate(() => ({
    h2: getComputedStyle(document.querySelector("h2")).borderBottomStyle,
    body: getComputedStyle(document.body).display,
    maxWidth: getComputedStyle(document.body).maxWidth,
    level: getComputedStyle(document.querySelector("span.level")).backgroundColor,
  }));
  assert.equal(styles.h2, "solid");
  assert.equal(styles.body, "block");
  assert.equal(styles.maxWidth, "900px");
  assert.notEqual(styles.level, "rgba(0, 0, 0, 0)");
  // the policy is on: an inline script put into the report does not run, and is reported
  await p.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__xss = 5";
    document.body.append(s);
  });
  assert.equal(await p.evaluate(() => window.__xss), undefined);
  const violations = await p.evaluate(() => window.__violations);
  assert.deepEqual(violations.map((v) => [v.directive, v.blocked]), [["script-src-elem", "inline"]]);
  mkdirSync(artifacts, { recursive: true });
  await p.screenshot({ path: join(artifacts, "report-hostile.png") });
  assert.deepEqual(errors, []);
  await p.close();
  delete pages["/report-hostile.html"];
});

test("works with no network once loaded; usable by keyboard", async () => {
  await context.setOffline(true);
  const first = card("proc.results.function_improvement");
  const radio = first.locator('input[type=radio][value="0"]');
  await radio.focus();
  await page.keyboard.press("Space");
  assert.ok(await radio.isChecked());
  await page.keyboard.press("ArrowDown");
  assert.ok(await first.locator('input[type=radio][value="1"]').isChecked());
  const doc = await stored();
  assert.deepEqual(doc.answers["proc.results.function_improvement"], { level: 1 });
  assert.equal(Number((await shown()).raw), fw.score(doc).overall.score);
  await page.keyboard.press("Tab"); // moves on to the next control, out of the radio group
  await context.setOffline(false);
  // put the answers back as the test set them
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(expected)]);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
});

test("phone-sized screen: no horizontal scrolling", async () => {
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, "www-phone.png") });
  await page.setViewportSize({ width: 1280, height: 900 });
});

/** The pixels of a PNG as Chromium writes it (8 bits per channel, RGB or RGBA, not interlaced):
 * { width, height, channels, pixel(x, y) → [r, g, b(, a)] }. Throws on anything else. */
function decodePng(png) {
  assert.ok(png.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])), "not a PNG");
  let offset = 8;
  let header;
  const data = [];
  let ended = false;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") ended = true;
    offset += 12 + length;
  }
  assert.ok(header && data.length > 0 && ended, "PNG without IHDR, IDAT or IEND");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colour, , , interlace] = header.subarray(8, 13);
  assert.ok(depth === 8 && (colour === 2 || colour === 6) && interlace === 0, `PNG of depth ${depth}, colour type ${colour}`);
  const channels = colour === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  assert.equal(raw.length, height * (stride + 1), "PNG data of the wrong length");
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= channels ? pixels[y * stride + i - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      assert.ok(predicted !== undefined, `PNG filter ${filter}`);
      pixels[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixel: (x, y) => [...pixels.subarray((y * width + x) * channels, (y * width + x + 1) * channels)] };
}

/** How much of a picture is drawn: its number of colours and the share of its pixels that are
 * not the most common colour (the background), over every fourth pixel of every fourth row. */
function inkOf(image) {
  const counts = new Map();
  for (let y = 0; y < image.height; y += 4) {
    for (let x = 0; x < image.width; x += 4) {
      const key = image.pixel(x, y).slice(0, 3).join(",");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const samples = [...counts.values()].reduce((s, n) => s + n, 0);
  return { colours: counts.size, ink: 1 - Math.max(...counts.values()) / samples };
}

test("screenshot of the filled page", async () => {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, "www-filled.png");
  const size = { width: 1280, height: 1500 };
  await page.setViewportSize(size);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The page shows the test's answers and their score, and no error state.
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(await stored(), expected);
  assert.equal(Number((await shown()).raw), fw.score(expected).overall.score);
  assert.equal(await page.locator("#loading").count(), 0, "the loading message is still there");
  const errors = await page.locator(".error:visible").allTextContents();
  assert.deepEqual(errors, [], "the page shows an error");
  assert.deepEqual(consoleErrors, []);
  const png = await page.screenshot({ path: file });
  assert.ok(readFileSync(file).equals(png), "the file holds the screenshot");
  // The picture has the viewport's size and is drawn: many colours, and a good part of it is
  // not the background (a blank or half-drawn page has one or two colours and little ink).
  const image = decodePng(png);
  assert.deepEqual({ width: image.width, height: image.height }, size);
  const drawn = inkOf(image);
  assert.ok(drawn.colours >= 32, `only ${drawn.colours} colours in the screenshot`);
  assert.ok(drawn.ink >= 0.05, `${(100 * drawn.ink).toFixed(1)}% of the screenshot is not background`);
  // Control: a blank page of the same size fails both checks.
  const blankPage = await context.newPage();
  await blankPage.setViewportSize(size);
  const blank = inkOf(decodePng(await blankPage.screenshot()));
  await blankPage.close();
  assert.ok(blank.colours < 32 && blank.ink < 0.05, `a blank page passes the checks: ${JSON.stringify(blank)}`);
  console.log(`screenshot of the filled page: ${file} (${drawn.colours} colours, ${(100 * drawn.ink).toFixed(0)}% not background)`);
  console.log(`screenshot on a phone-sized screen: ${join(artifacts, "www-phone.png")}`);
});

test("the README's browser quickstart runs in Chromium", async () => {
  const p = await context.newPage();
  const errors = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await p.goto(`${base}/readme.html`);
  await p.waitForFunction(() => document.body.textContent.includes("Overall"), null, { timeout: 20000 });
  assert.deepEqual(errors, []);
  assert.match(await p.textContent("body"), /Overall: 2\.5 \(established\)/);
  await p.close();
});

// ---------------------------------------------------------------------------------------------
// Languages: the page and the HTML report in each of the five languages.

/** What overflows in the page shown: every visible element with text (its own or its
 * children's) whose content is wider than its box (scrollWidth > clientWidth + 1), and every
 * SVG text whose box (getBBox) leaves its SVG's viewBox; in the page and in the open shadow
 * roots of its elements. Text hidden for screen readers only (`.visually-hidden`, clipped on
 * purpose to 1px) is left out. */
function overflowing(p) {
  return p.evaluate(() => {
    const out = [];
    const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    const all = (root) => [...root.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    const everything = [document.body, ...all(document.body)];
    for (const el of everything) {
      if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") continue;
      if (el.closest(".visually-hidden") || !el.checkVisibility()) continue;
      if (el.textContent.trim() === "") continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        out.push(`${describe(el)} “${el.textContent.trim().slice(0, 50)}”: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    for (const svg of everything.filter((el) => el.localName === "svg" && el.namespaceURI === "http://www.w3.org/2000/svg")) {
      if (!svg.checkVisibility()) continue;
      const vb = svg.viewBox.baseVal;
      if (!vb || vb.width === 0) continue;
      for (const text of svg.querySelectorAll("text")) {
        if (text.textContent.trim() === "") continue;
        const b = text.getBBox();
        if (b.x < vb.x - 1 || b.y < vb.y - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y + b.height > vb.y + vb.height + 1) {
          out.push(`${svg.id ? `svg#${svg.id}` : "svg"} text “${text.textContent.trim().slice(0, 50)}”: box ${[b.x, b.y, b.width, b.height].map(Math.round)} outside viewBox ${[vb.x, vb.y, vb.width, vb.height]}`);
        }
      }
    }
    return out;
  });
}

/** The words of the score tables (the report's, `[part=table]` in its shadow root, or any
 * `table.domains`) that break across two lines: a header cut inside a word ("Cov-erage") is hard
 * to read. Every word of every cell, by the lines its characters are drawn on. */
function brokenWords(p) {
  return p.evaluate(() => {
    const out = [];
    const roots = (root) => [root, ...[...root.querySelectorAll("*")].filter((el) => el.shadowRoot).flatMap((el) => roots(el.shadowRoot))];
    const cells = roots(document).flatMap((r) => [...r.querySelectorAll(":is(table.domains, table[part=table]) :is(th, td)")]);
    for (const cell of cells) {
      if (!cell.checkVisibility()) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of n.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`“${m[0]}” in a cell ${Math.round(cell.getBoundingClientRect().width)}px wide`);
        }
      }
    }
    return out;
  });
}

/** The direction of a language, as the page and the report must set it. */
const dirOf = (lang) => (lang === "ar" ? "rtl" : "ltr");
/** The framework texts of a language pack, by key. */
const packTexts = (lang) => JSON.parse(readFileSync(join(pkgDir, "languages", `${lang}.json`), "utf8")).framework.texts;
/** A few answers per language (on top of the test's dozen), so that each screenshot differs. */
const extra = {
  fr: { "inst.info.routine_data": 3, "cap.edu.faculty_mentors": 2 },
  es: { "inst.info.routine_data": 1, "cond.lead.leadership_behaviour": 3 },
  "pt-PT": { "cap.comm.engagement_capacity": 2, "proc.loops.single_loop": 4 },
  ar: { "inst.delib.working_groups": 3, "cond.design.quality_improvement": 1 },
  en: { "inst.info.routine_data": 2, "cap.edu.faculty_mentors": 1 },
};

async function switchTo(lang) {
  await page.selectOption("#language", lang);
  await page.waitForFunction((l) => document.body.dataset.language === l && document.documentElement.lang === l, lang, { timeout: 20000 });
}

test("the overflow check finds text wider than its box, and SVG text outside its viewBox", async () => {
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.id = "overflow-probe";
    box.append(Object.assign(document.createElement("p"), { textContent: "a text far too long for fifty pixels" }));
    box.firstChild.style.width = "50px";
    box.firstChild.style.whiteSpace = "nowrap";
    const svg = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" width="100" height="50"><text x="60" y="30">outside the box</text></svg>',
      "image/svg+xml").documentElement;
    box.append(document.importNode(svg, true));
    document.body.append(box);
  });
  const found = await overflowing(page);
  await page.evaluate(() => document.getElementById("overflow-probe").remove());
  assert.equal(found.length, 2, found.join("\n"));
  assert.match(found[0], /^p “a text far too long/);
  assert.match(found[1], /^svg text “outside the box”/);
});

test("the broken-word check finds a header cut inside a word", async () => {
  const found = await page.evaluate(() => {
    const table = Object.assign(document.createElement("table"), { className: "domains", id: "broken-probe" });
    const th = Object.assign(document.createElement("th"), { textContent: "Coverage" });
    Object.assign(th.style, { width: "20px", maxWidth: "20px", overflowWrap: "anywhere", whiteSpace: "normal", display: "block" });
    table.append(th);
    document.body.append(table);
    return true;
  }).then(() => brokenWords(page));
  await page.evaluate(() => document.getElementById("broken-probe").remove());
  assert.equal(found.length, 1, found.join("\n"));
  assert.match(found[0], /^“Coverage” in a cell 20px wide/);
});

for (const lang of ["fr", "es", "pt-PT", "ar", "en"]) {
  test(`the page in ${LANGUAGE_NAMES[lang]} (${lang}): switched on demand, filled, no text overflows, kept after a reload`, async () => {
    const loaded = await lhs.loadLanguage(lang); // the same language in Node, to compare with the core
    assert.equal(loaded.language, lang);
    const nodeFw = lhs.Framework.builtin();
    const requestsBefore = packRequests.length;
    await page.setViewportSize({ width: 1280, height: 900 });
    await switchTo(lang);
    // the pack is fetched once, when the language is first chosen (English has none)
    assert.deepEqual(packRequests.slice(requestsBefore), lang === "en" ? [] : [`/pkg/languages/${lang}.json`]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), dirOf(lang));
    assert.equal(await page.inputValue("#language"), lang);
    assert.equal(await page.locator("h1").textContent(), lhs.message(lang, "page-title"));

    // the framework's texts in the language
    const texts = lang === "en" ? null : packTexts(lang);
    const t = (key, english) => (texts ? texts[key] : english);
    for (const d of fw.toJSON().domains) {
      assert.equal(await page.locator(`#dom-${d.id}-title`).textContent(), t(`node.${d.id}.name`, en(d.name)), d.id);
    }
    const ind = specById.get("inst.info.routine_data");
    assert.equal(await card(ind.id).locator(".question-text").textContent(), t(`indicator.${ind.id}.question`, en(ind.question)));
    const choices = await card(ind.id).locator("label.choice").allTextContents();
    for (let l = 0; l <= fw.maxLevel; l++) assert.ok(choices[l].endsWith(nodeFw.descriptor(ind.id, l, lang)), `level ${l}`);
    const withTerms = [...specById.values()].find((i) => (i.terms ?? []).length > 0);
    const firstTerm = withTerms.terms[0];
    assert.equal(await card(withTerms.id).locator("details.terms dt").first().textContent(), t(`glossary.${firstTerm}.term`, en(glossary.get(firstTerm).term)));

    // what the translation is worth: provisional, not endorsed by WHO, the English authoritative
    const status = nodeFw.languageStatus().find((l) => l.code === lang).status;
    assert.equal(await page.locator("#translation-note").isVisible(), lang !== "en");
    if (lang !== "en") {
      assert.equal(status, "provisional");
      assert.equal(await page.locator("#translation-status").textContent(), lhs.message(lang, "page-translation-provisional"));
      assert.equal(await page.locator("#translation-disclaimer").textContent(), lhs.message(lang, "page-translation-disclaimer"));
    }

    // fill a few answers: the score shown is the core's, written by the core in the language
    for (const [id, level] of Object.entries(extra[lang])) await choose(id, String(level));
    await evidence("cond.fin.learning_budget").fill(`${XSS} (${lang})`);
    const doc = await stored();
    for (const [id, level] of Object.entries(extra[lang])) assert.equal(doc.answers[id].level, level, id);
    const core = nodeFw.score(doc, { language: lang });
    assert.equal(Number((await shown()).raw), core.overall.score);
    assert.equal((await shown()).text, lhs.formatDecimal(core.overall.score, 2, lang));
    assert.equal(await coverage(), lhs.formatPercent(core.overall.coverage, lang));
    assert.equal(await page.locator("#bar-score").textContent(), lhs.message(lang, "page-score-of", { score: lhs.formatDecimal(core.overall.score, 2, lang), top: fw.maxLevel }));
    for (const d of core.domains.filter((x) => !x.outcome)) {
      assert.equal(await domainRow(d.id).locator("th").textContent(), d.name, d.id);
    }
    // the elements are in the language and direction of the page
    const dirs = await page.evaluate(() => ["assessment", "report"].map((id) => {
      const box = document.getElementById(id).shadowRoot.querySelector("[part=container]");
      return [box.lang, getComputedStyle(box).direction];
    }));
    assert.deepEqual(dirs, [[lang, dirOf(lang)], [lang, dirOf(lang)]]);
    if (lang === "ar") {
      // Arabic: its own faces, and no italics anywhere
      assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /^"Noto Sans", .*"Noto Naskh Arabic", "Noto Sans Arabic"/);
      // The fonts Chromium really draws with: Arabic letters in an Arabic face, numbers in a Latin
      // one (an Arabic face would draw the decimal point of "1.50" as the Arabic separator, a comma).
      const drawn = await fontsOf(page, `document.getElementById("report").shadowRoot.querySelector("td.num")`);
      assert.ok(drawn.length > 0 && drawn.every((f) => !/Arabic/.test(f)), `numbers drawn with ${drawn}`);
      assert.ok((await fontsOf(page, `document.querySelector("h1")`)).some((f) => /Arabic/.test(f)), "Arabic letters in an Arabic face");
      assert.ok((await fontsOf(page, `document.getElementById("assessment").shadowRoot.querySelector("h2")`)).some((f) => /Arabic/.test(f)),
        "the questionnaire's Arabic letters in an Arabic face");
      const italic = await page.evaluate(() => {
        const all = (root) => [...root.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
        return all(document.body).filter((el) => el.textContent.trim() !== "" && getComputedStyle(el).fontStyle === "italic").map((el) => el.tagName);
      });
      assert.deepEqual(italic, []);
    }

    // nothing overflows, on a desktop and on a phone; the screenshot
    assert.deepEqual(await overflowing(page), [], `${lang}: text overflows its box`);
    assert.deepEqual(await brokenWords(page), [], `${lang}: a word of the score table breaks across lines`);
    mkdirSync(artifacts, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, `www-${lang}.png`) });
    await page.setViewportSize({ width: 375, height: 740 });
    assert.deepEqual(await overflowing(page), [], `${lang} on a phone: text overflows its box`);
    assert.deepEqual(await brokenWords(page), [], `${lang} on a phone: a word of the score table breaks across lines`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // the choice is kept: after a reload the page opens in the language, its answers unchanged
    await page.reload();
    await page.waitForSelector("body[data-ready=true]");
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), dirOf(lang));
    assert.equal(await page.inputValue("#language"), lang);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), lang);
    assert.deepEqual(await stored(), doc);
    assert.equal(Number((await shown()).raw), core.overall.score);
  });
}

test("without a choice, the page opens in the browser's language as the core negotiates it", async () => {
  for (const [locale, lang] of [["fr-FR", "fr"], ["pt-BR", "pt-PT"], ["ar-MA", "ar"], ["sw-KE", "en"]]) {
    const ctx = await browser.newContext({ locale });
    const p = await ctx.newPage();
    const fetched = [];
    p.on("request", (r) => r.url().includes("/languages/") && fetched.push(new URL(r.url()).pathname));
    await p.goto(`${base}/`);
    await p.waitForSelector("body[data-ready=true]", { timeout: 20000 });
    assert.equal(await p.evaluate(() => document.documentElement.lang), lang, locale);
    assert.equal(await p.evaluate(() => document.documentElement.dir), dirOf(lang), locale);
    assert.deepEqual(fetched, lang === "en" ? [] : [`/pkg/languages/${lang}.json`], locale);
    assert.equal(await p.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), null, "a negotiated language is not a choice");
    await ctx.close();
  }
});

test("a language pack that cannot be fetched leaves the page in English, with a message", async () => {
  const ctx = await browser.newContext({ locale: "en-US" });
  const p = await ctx.newPage();
  await p.route("**/languages/es.json", (r) => r.abort());
  await p.goto(`${base}/`);
  await p.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  await p.selectOption("#language", "es");
  await p.locator("#language-message .error").waitFor();
  assert.equal(await p.locator("#language-message").textContent(), lhs.message("en", "page-language-failed", { language: "Español" }));
  assert.equal(await p.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await p.inputValue("#language"), "en");
  assert.equal(await p.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), null);
  await ctx.close();
});

for (const lang of ["en", "fr", "es", "pt-PT", "ar"]) {
  test(`the core's HTML report in ${LANGUAGE_NAMES[lang]} (${lang}): lang, direction, no text overflows`, async () => {
    assert.equal((await lhs.loadLanguage(lang)).language, lang);
    const nodeFw = lhs.Framework.builtin();
    const report = nodeFw.score({ ...expected, answers: { ...expected.answers, ...extra[lang] } }, { language: lang });
    const html = lhs.renderHtml(report, nodeFw);
    const p = await context.newPage();
    const errors = [];
    p.on("pageerror", (e) => errors.push(String(e)));
    await p.setViewportSize({ width: 1280, height: 1500 });
    await p.setContent(html, { waitUntil: "load" });
    assert.equal(await p.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await p.evaluate(() => document.documentElement.dir || "ltr"), dirOf(lang), `${lang}: the report's direction`);
    if (lang !== "en") assert.ok((await p.textContent("body")).includes(report.domains[0].name));
    mkdirSync(artifacts, { recursive: true });
    await p.screenshot({ path: join(artifacts, `report-${lang}.png`) });
    assert.deepEqual(await overflowing(p), [], `${lang}: text overflows its box in the report`);
    assert.deepEqual(errors, []);
    await p.close();
  });
}

test("back to English with the test's answers", async () => {
  await switchTo("en");
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, JSON.stringify(expected)]);
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.deepEqual(await stored(), expected);
});

test("no console errors, no request left the machine", async () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(foreignRequests, []);
});
