// Accessibility test of the self-assessment page (bindings-wasm/www/, a shell over the custom
// elements <lhs-assessment> and <lhs-report>) and of the core's HTML report, against WCAG 2.2 AA,
// in Debian's Chromium driven by playwright-core (as browser.e2e.mjs): the whole questionnaire
// (the element's shadow root) filled with the keyboard alone, the focus never
// hidden by the sticky header, labels, headings, axe-core in the page's main states (empty,
// filled, the results, Arabic) and on the report, the contrast of the charts' texts, reflow at
// 320 CSS px and at 200% zoom, text spacing, forced colours and print. Screenshots go to
// $ARTIFACTS (a11y-*.png).
//   node --test bindings-wasm/tests/a11y.e2e.mjs
// Env: CHROMIUM (default /usr/bin/chromium), ARTIFACTS (default <repo>/artifacts).
// The checks themselves are in a11y.mjs; they look into open shadow roots (checked here on a
// probe page, so that a check that finds nothing can be told from one that cannot look).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { lhs, repoRoot, wasmDir } from "./helpers.mjs";
import {
  applyTextSpacing, axeLine, focusState, headingProblems, headings, horizontalScroll, overflowing,
  removeTextSpacing, runAxe, svgTextContrast, unlabelled,
} from "./a11y.mjs";

const artifacts = process.env.ARTIFACTS ?? join(repoRoot, "artifacts");
const fw = lhs.Framework.builtin();
/** The indicators that apply to a district, in the order of the framework (and of the form). */
const district = fw.indicators().filter((i) => i.applies_to.includes("district")).map((i) => i.id);

let server;
let base;
let browser;
const pageErrors = [];

before(async () => {
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
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The self-assessment page in a context of its own: empty, or showing the assessment `doc`
 * (stored in the browser before the page loads, as a draft kept from an earlier visit). */
async function openPage(doc = null, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "en-US", acceptDownloads: true });
  if (doc) await context.addInitScript((text) => localStorage.setItem("lhs-maturity:assessment", text), JSON.stringify(doc));
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  await page.goto(`${base}/`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 20000 });
  return page;
}

async function switchTo(page, lang) {
  await page.selectOption("#language", lang);
  await page.waitForFunction((l) => document.body.dataset.language === l && document.documentElement.lang === l, lang, { timeout: 20000 });
}

/** An assessment of a district with every kind of answer (levels 0 to 2 mostly, some at the top,
 * some "don't know"), an evidence note and a target. Short texts and low levels keep the
 * keyboard test's keys few: each key re-scores the page. */
const level = (k) => (k % 9 === 4 ? "unknown" : k % 11 === 7 ? 4 : k % 3);
const filled = {
  framework: { id: "lhs-2021", version: fw.version },
  unit: { name: "Kisumu East", kind: "district" },
  period: "2026-Q3",
  default_target: 3,
  answers: Object.fromEntries(district.map((id, k) => [id, { level: level(k), ...(k === 2 ? { target: 4, evidence: "Minutes" } : {}) }])),
};

/** Keys pressed by the keyboard test, as playwright names them. */
const KEYS = new Set(["Tab", "Shift+Tab", "ArrowDown", "ArrowUp", "Space", "Enter"]);

/** Where the focus is after each key; fails at once when it is lost or cannot be seen (no ring,
 * a ring under 3:1, covered by the header, out of the window). */
async function seenFocus(page, why) {
  const f = await focusState(page);
  assert.notEqual(f.tag, "body", `${why}: the focus is lost`);
  assert.ok(f.focusVisible && f.ring, `${why}: the focus on ${f.tag}#${f.id} “${f.text}” has no visible ring`);
  assert.ok(f.ringContrast >= 3, `${why}: the focus ring of ${f.tag}#${f.id} is ${f.ringContrast.toFixed(2)}:1 on its background`);
  assert.ok(f.covered < 0.01, `${why}: ${Math.round(f.covered * 100)}% of ${f.tag}#${f.id} “${f.text}” (top ${f.top}px) is under the sticky header`);
  assert.ok(!f.offscreen, `${why}: ${f.tag}#${f.id} “${f.text}” has the focus outside the window (top ${f.top}px)`);
  return f;
}

async function press(page, key, why) {
  assert.ok(KEYS.has(key), key);
  await page.keyboard.press(key);
  return seenFocus(page, `${why} (${key})`);
}

test("keyboard only: the whole questionnaire filled with Tab, Shift+Tab, arrows, Space and Enter, the focus always in sight, until the report is exported", async () => {
  const page = await openPage();
  const started = Date.now();
  // The first Tab reaches the skip link, shown while it has the focus.
  let f = await press(page, "Tab", "skip link");
  assert.equal(f.text, lhs.message("en", "page-skip"));
  assert.ok(f.width > 20, "the skip link is shown when focused");

  const plan = new Map(); // indicator → the answer given
  const stops = [];
  let shiftTabbed = false;
  for (let i = 0; i < 600; i++) {
    f = await press(page, "Tab", `stop ${i}`);
    stops.push(`${f.tag}${f.id ? `#${f.id}` : ""}${f.field ? `[${f.field}]` : ""}`);
    if (f.inResults) break;
    if (f.id === "unit-name") {
      await page.keyboard.type(filled.unit.name);
    } else if (f.id === "unit-kind") {
      // a closed select changes with the arrow keys
      for (let k = 0; k < 10 && (await page.inputValue("#unit-kind")) !== "district"; k++) await press(page, "ArrowDown", "unit kind");
      assert.equal(await page.inputValue("#unit-kind"), "district");
    } else if (f.id === "period") {
      await page.keyboard.type(filled.period);
    } else if (f.id === "default-target") {
      for (let k = 0; k < 10 && (await page.inputValue("#default-target")) !== "3"; k++) await press(page, "ArrowDown", "default target");
    } else if (f.type === "radio" && !plan.has(f.indicator)) {
      // Tab enters a radio group on its chosen button: "not answered", the last one, until
      // another is chosen. Down goes round to level 0, then up the levels; up from it is
      // "don't know".
      assert.ok(district.includes(f.indicator), `${f.indicator} is shown for a district`);
      assert.ok(f.checked && f.value === "", `${f.indicator}: the group is entered on “not answered”`);
      const want = filled.answers[f.indicator].level;
      if (want === "unknown") {
        f = await press(page, "ArrowUp", f.indicator);
      } else {
        for (let l = 0; l <= want; l++) f = await press(page, "ArrowDown", f.indicator);
      }
      assert.ok(f.checked && f.value === String(want), `${f.indicator}: ${f.value} chosen, ${want} wanted`);
      plan.set(f.indicator, want);
      if (!shiftTabbed && plan.size === 2) {
        // back and forth: Shift+Tab leaves the group, Tab comes back to the chosen button
        await press(page, "Shift+Tab", "back");
        const again = await press(page, "Tab", "forth");
        assert.equal(again.indicator, f.indicator);
        assert.ok(again.checked && again.value === String(want), "Tab comes back to the chosen answer");
        shiftTabbed = true;
      }
    } else if (f.field === "evidence" && filled.answers[f.indicator]?.evidence && f.value === "") {
      await page.keyboard.type(filled.answers[f.indicator].evidence);
    } else if (f.field === "target" && filled.answers[f.indicator]?.target !== undefined) {
      const want = String(filled.answers[f.indicator].target);
      for (let k = 0; k < 10 && f.value !== want; k++) f = await press(page, "ArrowDown", `${f.indicator} target`);
      assert.equal(f.value, want);
    } else if (f.tag === "summary" && stops.filter((s) => s === "summary").length === 1) {
      // a disclosure opens and closes with Enter (the sub-domains are open; Enter closes one)
      const open = () => page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el.parentElement.open;
      });
      const was = await open();
      await press(page, "Enter", "summary");
      assert.equal(await open(), !was);
      await press(page, "Enter", "summary");
      assert.equal(await open(), was);
    }
  }
  assert.ok(f.inResults, `the walk reached the results after ${stops.length} stops`);
  assert.ok(shiftTabbed);
  assert.deepEqual([...plan.keys()], district, "every indicator of a district was answered, in order");

  // What the keyboard filled is what the test meant, and the page shows the core's result of it.
  const doc = await page.evaluate(() => JSON.parse(localStorage.getItem("lhs-maturity:assessment")));
  assert.deepEqual(doc, filled);
  const core = fw.score(doc);
  assert.equal(Number(await page.getAttribute("#bar-score", "data-score")), core.overall.score);
  assert.equal(await page.textContent("lhs-report #overall-score"), lhs.formatDecimal(core.overall.score, 2, "en"));
  assert.equal(await page.textContent("header #progress-text"), `${district.length} / ${district.length}`);

  // On through the results to the exports: Enter on the Markdown report, Space on the JSON one.
  for (let i = 0; i < 200 && f.id !== "export-report-md"; i++) f = await press(page, "Tab", `results stop ${i}`);
  assert.equal(f.id, "export-report-md");
  const [md] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const markdown = readFileSync(await md.path(), "utf8");
  assert.match(markdown, new RegExp(filled.unit.name));
  assert.ok(markdown.includes(lhs.formatDecimal(core.overall.score, 2, "en")), "the report has the overall score");
  f = await press(page, "Shift+Tab", "back to the JSON report");
  assert.equal(f.id, "export-report-json");
  const [json] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Space")]);
  assert.equal(JSON.parse(readFileSync(await json.path(), "utf8")).overall.score, core.overall.score);
  console.log(`keyboard: ${stops.length} Tab stops to the results (${[...plan.keys()].length} radio groups answered), ${Date.now() - started} ms`);
  await page.context().close();
});

/** The page with every indicator answered, shared by the tests below (each puts back what it
 * changes: the window's size, the language, emulated media). */
let shared = null;
const sharedPage = async () => (shared ??= await openPage(filled));

test("the skip link and the link to the results move the focus to the results, in sight", async () => {
  const page = await sharedPage();
  await page.goto(`${base}/index.html`);
  await page.waitForSelector("body[data-ready=true]");
  await press(page, "Tab", "skip link");
  let f = await press(page, "Enter", "skip link");
  assert.equal(f.id, "results");
  // the header's "to the results" link: after the skip link and the language switcher
  await page.goto(`${base}/index.html`);
  await page.waitForSelector("body[data-ready=true]");
  for (let i = 0; i < 3; i++) f = await press(page, "Tab", "to the header's link");
  assert.ok(f.tag === "a" && f.text === lhs.message("en", "page-to-results"), f.text);
  f = await press(page, "Enter", "to the results");
  assert.equal(f.id, "results");
});

test("every control has a label, every form group a name and description; headings in order", async () => {
  const page = await sharedPage();
  assert.deepEqual(await unlabelled(page), []);
  assert.deepEqual(headingProblems(await headings(page)), []);
  // what a screen reader announces for one indicator
  const id = district[0];
  const name = (await page.textContent(`[id="ind-${id}-name"]`)).trim();
  const card = page.locator(`article[data-id="${id}"]`);
  assert.equal(await card.getByRole("group", { name: new RegExp(`^${name}`) }).count(), 1);
  assert.equal(await card.getByRole("textbox", { name: `${lhs.message("en", "page-evidence-note")} ${name}` }).count(), 1);
  assert.equal(await card.getByRole("combobox", { name: `${lhs.message("en", "page-target")} ${name}` }).count(), 1);
  const described = await card.locator("fieldset").evaluate((el) => el.getAttribute("aria-describedby").split(" ").map((x) => el.getRootNode().getElementById(x).textContent));
  assert.ok(described[0].length > 0 && described.length === 2, "the statement and the guiding question describe the answers");
});

// ---------------------------------------------------------------------------------------------
// axe-core, and the charts' texts measured apart.

test("the checks find what they look for: a grey just under 4.5:1, a text on a tinted area, a focus under a sticky header", async () => {
  const p = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await p.setContent(`<body style="margin:0;background:#fff">
    <header style="position:sticky;top:0;height:60px;background:#0b6e6e;z-index:1"></header>
    <svg viewBox="0 0 200 60" width="200" height="60">
      <rect x="0" y="30" width="200" height="30" fill="#2c7fb8" fill-opacity="0.25"/>
      <text x="5" y="20" fill="#777777">grey on white</text>
      <text x="5" y="50" fill="#6b6b6b">grey on the area</text>
      <text x="120" y="50" fill="#595959">kept</text>
    </svg>
    <div style="height:600px"></div><input id="probe" aria-label="probe"><div style="height:600px"></div></body>`);
  const { checked, failures } = await svgTextContrast(p);
  assert.equal(checked, 3);
  assert.equal(failures.length, 2, failures.join("\n"));
  assert.match(failures[0], /“grey on white”: 4\.48:1/);
  assert.match(failures[1], /“grey on the area”: 3\.8\d:1/);
  await p.focus("#probe");
  await p.evaluate(() => window.scrollBy(0, document.getElementById("probe").getBoundingClientRect().top - 30));
  const f = await focusState(p);
  assert.equal(f.id, "probe");
  assert.ok(f.covered > 0.3, `covered ${f.covered}`);
  await p.close();
});

test("the checks look into open shadow roots: a heading skipped, a control without a label, a grey chart text, text cut, a focus under a sticky header", async () => {
  const p = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await p.setContent(`<body style="margin:0;background:#fff">
    <header style="position:sticky;top:0;height:60px;background:#0b6e6e;z-index:1"></header>
    <h1>Probe</h1><div id="host"></div><div style="height:900px"></div>
    <template id="inside">
      <h3>Skipped a level</h3>
      <input id="nolabel"><p aria-labelledby="missing">described by nothing</p>
      <svg viewBox="0 0 200 60" width="200" height="60"><text x="5" y="20" fill="#777777">grey in a shadow root</text></svg>
      <p style="width:50px;white-space:nowrap">a text far too long for fifty pixels</p>
      <div style="height:600px"></div><input id="probe" aria-label="probe">
    </template></body>`);
  await p.evaluate(() => {
    const root = document.getElementById("host").attachShadow({ mode: "open" });
    root.append(document.getElementById("inside").content.cloneNode(true));
  });
  assert.deepEqual(headingProblems(await headings(p)), ["h1 “Probe” then h3 “Skipped a level”"]);
  assert.deepEqual(await unlabelled(p), ["p aria-labelledby → #missing: missing", "input#nolabel: no label"]);
  const { checked, failures } = await svgTextContrast(p);
  assert.equal(checked, 1);
  assert.equal(failures.length, 1, failures.join("\n"));
  assert.match(failures[0], /“grey in a shadow root”: 4\.48:1/);
  const cut = await overflowing(p);
  assert.equal(cut.length, 1, cut.join("\n"));
  assert.match(cut[0], /^p “a text far too long/);
  await p.evaluate(() => {
    const probe = document.getElementById("host").shadowRoot.getElementById("probe");
    probe.focus();
    window.scrollBy(0, probe.getBoundingClientRect().top - 30);
  });
  const f = await focusState(p);
  assert.equal(f.id, "probe");
  assert.ok(f.covered > 0.3, `covered ${f.covered}`);
  await p.close();
});

const axeCounts = [];

async function axeClean(page, label) {
  const r = await runAxe(page);
  const line = axeLine(label, r);
  axeCounts.push(line);
  console.log(line);
  const bad = r.violations.map((v) => `[${v.impact}] ${v.id} ×${v.count}: ${v.help}\n    ${v.nodes.join("\n    ")}`);
  assert.deepEqual(bad, [], `${label}: axe finds violations`);
  assert.equal(r.contrastIncomplete, 0, `${label}: contrast axe cannot decide:\n${r.contrastIncompleteNodes.join("\n")}`);
  const svg = await svgTextContrast(page);
  assert.deepEqual(svg.failures, [], `${label}: chart texts below 4.5:1`);
  return { ...r, svg };
}

// axe runs with the window scrolled to the top: a text that scrolled under the sticky header is
// one whose colours axe cannot decide (it does not scroll what is in the window), which says
// nothing about the page. Whether the header ever hides the focus is the keyboard test's check.
test("axe: the page empty, then filled with its results in view, and in Arabic; every chart text at 4.5:1 or more", async () => {
  const empty = await openPage();
  await axeClean(empty, "page, empty");
  await empty.context().close();
  const page = await sharedPage();
  // every indicator answered, the results in view (the skip link's way: the focus in them)
  await page.goto(`${base}/index.html`);
  await page.waitForSelector("body[data-ready=true]");
  await page.screenshot({ path: join(artifacts, "a11y-www-1280.png") });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "results");
  await page.evaluate(() => window.scrollTo(0, 0));
  const r = await axeClean(page, "page, filled, results");
  assert.ok(r.svg.checked > 20, `${r.svg.checked} chart texts measured`);
  await switchTo(page, "ar");
  await page.evaluate(() => window.scrollTo(0, 0));
  await axeClean(page, "page, Arabic");
  await page.screenshot({ path: join(artifacts, "a11y-www-1280-ar.png") });
  await switchTo(page, "en");
});

for (const lang of ["en", "ar"]) {
  test(`axe: the core's HTML report (${lang}); every chart text at 4.5:1 or more`, async () => {
    assert.equal((await lhs.loadLanguage(lang)).language, lang);
    const nodeFw = lhs.Framework.builtin();
    const report = nodeFw.score({ ...filled, answers: { ...filled.answers, [district[1]]: { level: "na", justification: "Not in this district" } } }, { language: lang, uncertainty: { draws: 500 } });
    // The report carries its uncertainty: its section and the intervals on the radar are checked too.
    assert.ok(report.uncertainty);
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.setContent(lhs.renderHtml(report, nodeFw), { waitUntil: "load" });
    const r = await axeClean(p, `report, ${lang}`);
    assert.ok(r.svg.checked > 20);
    // colour is never the only carrier of a level: each badge says its number, each bar has its value
    const carriers = await p.evaluate((LEVEL_COLORS) => ({
      badges: [...document.querySelectorAll("span.level")].filter((b) => !/^\S+$/.test(b.textContent.trim())).length,
      bars: [...document.querySelectorAll("svg rect")].filter((rect) => LEVEL_COLORS.includes(rect.getAttribute("fill")) && !rect.nextElementSibling?.classList.contains("value")).length,
    }), ["#d73027", "#fc8d59", "#e0c341", "#91cf60", "#1a9850"]);
    assert.deepEqual(carriers, { badges: 0, bars: 0 });
    if (lang === "en") {
      // the report on a phone (its tables may scroll sideways, as data tables may)
      await p.setViewportSize({ width: 320, height: 900 });
      assert.deepEqual(await overflowing(p), [], "the report at 320px: text overflows its box");
      await p.screenshot({ path: join(artifacts, "a11y-report-320.png"), fullPage: false });
    }
    await p.close();
  });
}

// ---------------------------------------------------------------------------------------------
// Reflow, zoom, text spacing, forced colours, print.

test("reflow at 320 CSS px (400% zoom): no horizontal scrolling, no text cut, the header scrolls away", async () => {
  const page = await sharedPage();
  await page.setViewportSize({ width: 320, height: 256 });
  for (const lang of ["en", "fr", "ar"]) {
    if (lang !== "en") await switchTo(page, lang);
    assert.ok(await horizontalScroll(page) <= 0, `${lang}: ${await horizontalScroll(page)}px of horizontal scrolling at 320px`);
    assert.deepEqual(await overflowing(page), [], `${lang} at 320px: text overflows its box`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("header.top")).position), "static",
      "a 256px-high window has no sticky header");
    if (lang !== "fr") {
      await page.setViewportSize({ width: 320, height: 1400 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(artifacts, lang === "en" ? "a11y-www-320.png" : "a11y-www-320-ar.png") });
      await page.setViewportSize({ width: 320, height: 256 });
    }
  }
  await switchTo(page, "en");
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("200% zoom (640 × 450 CSS px): no horizontal scrolling, the focus in sight", async () => {
  const page = await sharedPage();
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto(`${base}/index.html`);
  await page.waitForSelector("body[data-ready=true]");
  assert.ok(await horizontalScroll(page) <= 0);
  assert.deepEqual(await overflowing(page), []);
  for (let i = 0; i < 40; i++) await press(page, "Tab", `zoomed stop ${i}`);
  for (let i = 0; i < 10; i++) await press(page, "Shift+Tab", `zoomed stop back ${i}`);
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("text spacing (WCAG 1.4.12): nothing is cut or overlaps at 1280 and 320 px", async () => {
  const page = await sharedPage();
  await applyTextSpacing(page);
  // the spacing is in force inside the elements too (a paragraph of each, 2em under it)
  const spaced = await page.evaluate(() => ["assessment", "report"].map((id) => {
    const p = document.getElementById(id).shadowRoot.querySelector("p");
    const s = getComputedStyle(p);
    return parseFloat(s.marginBottom) / parseFloat(s.fontSize);
  }));
  assert.deepEqual(spaced, [2, 2]);
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    assert.ok(await horizontalScroll(page) <= 0, `${width}px: horizontal scrolling`);
    assert.deepEqual(await overflowing(page), [], `${width}px with text spacing: text overflows its box`);
  }
  await removeTextSpacing(page);
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("forced colours: the chosen answer, the charts' texts, the report's badges and bars stay distinguishable", async () => {
  const page = await sharedPage();
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  const svg = await svgTextContrast(page);
  assert.ok(svg.checked > 20);
  assert.deepEqual(svg.failures, [], "chart texts on the forced background");
  const chosen = await page.locator(`article[data-id="${district[0]}"] .choice:has(input:checked)`).evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(chosen, "solid", "the chosen answer has an outline");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifacts, "a11y-www-forced-colors.png") });
  await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
  // the core's report
  const report = fw.score(filled);
  const reportPage = await browser.newPage();
  await reportPage.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  await reportPage.setContent(lhs.renderHtml(report, fw), { waitUntil: "load" });
  const look = await reportPage.evaluate(() => {
    const canvas = getComputedStyle(document.body).backgroundColor;
    const badge = getComputedStyle(document.querySelector("span.level"));
    const fills = [...document.querySelectorAll(".bar span")].map((s) => getComputedStyle(s).backgroundColor);
    return { canvas, badgeBorder: `${badge.borderStyle} ${badge.borderColor}`, fills };
  });
  assert.match(look.badgeBorder, /^solid /);
  assert.ok(!look.badgeBorder.endsWith(look.canvas), "the badge's border is not the background's colour");
  assert.ok(look.fills.length > 0 && look.fills.every((c) => c !== look.canvas && c !== "rgba(0, 0, 0, 0)"), `bars drawn in ${look.fills}`);
  assert.deepEqual((await svgTextContrast(reportPage)).failures, [], "the report's chart texts on the forced background");
  await reportPage.screenshot({ path: join(artifacts, "a11y-report-forced-colors.png") });
  await reportPage.close();
});

test("print: no sticky header, the results whole after the answers, no screen-only controls", async () => {
  const page = await sharedPage();
  await page.emulateMedia({ media: "print" });
  const look = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector("header.top")).position,
    results: (() => {
      const r = document.getElementById("results");
      return { position: getComputedStyle(r).position, clipped: r.scrollHeight > r.clientHeight + 1 };
    })(),
    buttons: document.querySelector(".files .buttons").checkVisibility(),
    skip: document.querySelector(".skip").checkVisibility(),
  }));
  assert.deepEqual(look, { header: "static", results: { position: "static", clipped: false }, buttons: false, skip: false });
  await page.emulateMedia({ media: "screen" });
});

test("no page errors; the axe counts", async () => {
  await shared?.context().close();
  assert.deepEqual(pageErrors, []);
  console.log(axeCounts.join("\n"));
  console.log(`screenshots: ${["a11y-www-1280.png", "a11y-www-1280-ar.png", "a11y-www-320.png", "a11y-www-320-ar.png", "a11y-www-forced-colors.png", "a11y-report-320.png", "a11y-report-forced-colors.png"].map((f) => join(artifacts, f)).join(", ")}`);
});
