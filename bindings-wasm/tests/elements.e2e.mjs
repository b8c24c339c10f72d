// Browser test of the custom elements (lhs-maturity/elements) as a web developer uses them: a
// plain HTML file (tests/elements/index.html, no build step) served over http imports the
// package's elements/index.js; Chromium (Debian's, driven by playwright-core, as
// browser.e2e.mjs) fills the questionnaire with the keyboard alone, submits the host's <form>,
// follows a report, uses two instances, detaches and re-attaches one, switches languages, reloads
// (the draft), fails to load the module, runs axe-core, and does it again under a strict
// Content-Security-Policy with Trusted Types, where any `securitypolicyviolation` fails.
// The Custom Elements Manifest (pkg/custom-elements.json) is checked against the real classes.
//   node --test bindings-wasm/tests/elements.e2e.mjs
// Env: CHROMIUM (default /usr/bin/chromium), ARTIFACTS (default <repo>/artifacts).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { lhs, pkgDir, repoRoot, wasmDir } from "./helpers.mjs";
import { readmeBlocks } from "./readme.mjs";
import { axeLine, focusState, horizontalScroll, overflowing, runAxe } from "./a11y.mjs";

const artifacts = process.env.ARTIFACTS ?? join(repoRoot, "artifacts");
const fw = lhs.Framework.builtin();
const applying = (kind) => fw.indicators().filter((i) => i.applies_to.includes(kind)).map((i) => i.id);
const district = applying("district");
const facility = applying("facility");

/** The strict policy of the CSP page: scripts and styles from the page's origin only (no inline
 * style, no inline script), WebAssembly compiled, Trusted Types required (the elements' policy
 * `lhs-maturity` allowed, no other). */
const CSP = [
  "default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "style-src 'self'",
  "img-src 'self'", "base-uri 'none'", "form-action 'self'", "require-trusted-types-for 'script'", "trusted-types lhs-maturity",
].join("; ");

const html = readFileSync(join(wasmDir, "tests/elements/index.html"), "utf8");
/** The ```html block of the package README's "Custom elements" section. */
function packageReadmeBlock() {
  const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Custom elements"), readme.indexOf("## The self-assessment page"));
  const blocks = [...section.matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  assert.equal(blocks.length, 1, "one ```html block in the package README's Custom elements section");
  return blocks[0];
}

let server;
let base;
let browser;

before(async () => {
  server = await serve({
    root: join(wasmDir, "tests/elements"),
    mounts: { "/pkg/": pkgDir, "/node_modules/lhs-maturity/": pkgDir, "/static/": pkgDir },
    pages: {
      "/readme.html": { type: "text/html; charset=utf-8", body: readmeBlocks("html", "elements")[0] },
      // The package README's example, with an import map for its bare specifier.
      "/package-readme.html": {
        type: "text/html; charset=utf-8",
        body: `<!DOCTYPE html><html lang="en"><title>Package README</title>
<script type="importmap">{"imports": {"lhs-maturity/elements": "/node_modules/lhs-maturity/elements/index.js"}}</script>
<main><h1>Package README</h1>${packageReadmeBlock()}</main></html>`,
      },
      "/plain.html": { type: "text/html; charset=utf-8", body: html },
      "/csp.html": { type: "text/html; charset=utf-8", body: html.replace("<!--CSP-->", `<meta http-equiv="Content-Security-Policy" content="${CSP}">`) },
      "/late.html": {
        type: "text/html; charset=utf-8",
        body: "<!DOCTYPE html><html lang=en><title>Late</title><main><h1>Late</h1><lhs-assessment id=late></lhs-assessment><lhs-report id=given></lhs-report></main></html>",
      },
      "/favicon.ico": { type: "image/x-icon", body: "" },
    },
  });
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

/** In every page, before its own scripts: the CSP violations it reports. */
function recordViolations() {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
  }, true);
}

/** A page of its own context; `problems` collects page errors, console errors and requests that
 * leave the server (or go to anything but the page, its scripts, the module and the packs). */
async function open(path, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, locale: "en-US" });
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("request", (r) => {
    const url = r.url();
    requests.push(url);
    if (!url.startsWith(base)) problems.push(`request outside the server: ${url}`);
  });
  await page.goto(`${base}${path}`);
  return { page, context, problems, requests };
}

/** Waits until the elements have drawn their content. */
async function ready(page, ids = ["district", "facility", "district-report"]) {
  await page.waitForFunction((ids) => ids.every((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return root && (root.querySelector("article.indicator") || root.querySelector("#overall-score"));
  }), ids, { timeout: 20000 });
}

const state = (page, id) => page.evaluate((id) => document.getElementById(id).assessment, id);
const shown = (page, id) => page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll("article.indicator")]
  .filter((a) => !a.hidden).map((a) => a.dataset.id), id);
const events = (page) => page.evaluate(() => window.__events);

/** Where the focus is after a key: never lost, always visible with a ring of 3:1. */
async function press(page, key, why) {
  await page.keyboard.press(key);
  const f = await focusState(page);
  assert.notEqual(f.tag, "body", `${why} (${key}): the focus is lost`);
  assert.ok(f.focusVisible && f.ring, `${why} (${key}): the focus on ${f.tag} has no visible ring`);
  assert.ok(f.ringContrast >= 3, `${why} (${key}): the focus ring is ${f.ringContrast.toFixed(2)}:1`);
  assert.ok(!f.offscreen && f.covered < 0.01, `${why} (${key}): the focused ${f.tag} is not in sight`);
  return f;
}

test("plain HTML page: both elements, the questionnaire filled with the keyboard alone, the host's form submits the assessment", async () => {
  const { page, context, problems, requests } = await open("/plain.html");
  await ready(page);

  // The unit kind decides what is shown: the core's applicability, per instance.
  assert.deepEqual(await shown(page, "district"), district);
  assert.deepEqual(await shown(page, "facility"), facility);
  assert.notDeepEqual(district, facility);

  // Required and incomplete: invalid, the form does not submit, and the browser's validation
  // moves the focus to the first unanswered indicator, inside the element.
  const validity = await page.evaluate(() => {
    const el = document.getElementById("district");
    return { valid: el.checkValidity(), missing: el.validity.valueMissing, message: el.validationMessage, form: el.form?.id };
  });
  assert.deepEqual(validity, {
    valid: false, missing: true, form: "form",
    message: lhs.message("en", "page-incomplete", { missing: district.length, total: district.length }),
  });
  await page.evaluate(() => document.getElementById("form").requestSubmit());
  assert.equal(await page.evaluate(() => window.__submitted), undefined);
  assert.equal((await focusState(page)).indicator, district[0], "the invalid form focuses the first unanswered indicator");

  // From the top of the page, Tab only (and arrows, Space, typing) until the Send button.
  await page.click("h1");
  const plan = new Map();
  const expected = (k) => (k % 7 === 3 ? "unknown" : k % 3);
  let f;
  let typed = false;
  for (let i = 0; i < 1500; i++) {
    f = await press(page, "Tab", `stop ${i}`);
    if (f.id === "send") break;
    if (f.type === "radio" && !plan.has(f.indicator)) {
      assert.equal(f.value, "", `${f.indicator}: Tab enters its group on "not answered"`);
      const want = expected(plan.size);
      if (want === "unknown") await press(page, "ArrowUp", f.indicator);
      else for (let k = 0; k <= want; k++) await press(page, "ArrowDown", f.indicator);
      plan.set(f.indicator, want);
    } else if (f.indicator === district[0] && f.field === "evidence" && !typed) {
      await page.keyboard.type("Minutes <b>2026</b> & <script>x</script>");
      typed = true;
    } else if (f.indicator === district[0] && f.field === "confidence") {
      await press(page, "ArrowDown", "confidence");
    } else if (f.indicator === district[0] && f.field === "target") {
      for (let k = 0; k < 4; k++) await press(page, "ArrowDown", "target");
    }
  }
  assert.equal(f.id, "send", "Tab reached the Send button");
  assert.deepEqual([...plan.keys()], district, "every applicable indicator was answered, in order");

  const seen = await events(page);
  const mine = seen.filter((e) => e.target === "district");
  assert.ok(mine.every((e) => e.isCustom), "CustomEvents");
  assert.ok(mine.filter((e) => e.type === "lhs-change").length >= district.length);
  assert.equal(mine.filter((e) => e.type === "lhs-complete").length, 1, "lhs-complete once, when the last indicator is answered");
  assert.equal(mine.findLast((e) => e.type === "lhs-complete").answers, district.length);
  assert.equal(await page.evaluate(() => document.getElementById("district").checkValidity()), true);

  // Enter on Send: the host's form submits the assessment document under the element's name.
  await page.keyboard.press("Enter");
  const submitted = await page.evaluate(() => window.__submitted);
  assert.ok(submitted?.assessment, "FormData has the assessment");
  const doc = JSON.parse(submitted.assessment);
  assert.deepEqual(doc.unit, { kind: "district" });
  for (const [id, level] of plan) assert.equal(doc.answers[id].level, level, id);
  assert.deepEqual(doc.answers[district[0]], {
    level: expected(0), evidence: "Minutes <b>2026</b> & <script>x</script>", confidence: "low", target: 3,
  });
  assert.deepEqual(lhs.Framework.builtin().validate(doc).filter((d) => d.severity === "error"), []);
  // User text only as text: the note is in a textarea's value, never parsed.
  assert.equal(await page.evaluate(() => document.getElementById("district").shadowRoot.querySelectorAll("b, script").length), 0);

  // The report follows the form (`for`): the core's numbers and its two charts.
  const report = lhs.Framework.builtin().score(doc);
  await page.waitForFunction((want) => document.getElementById("district-report").shadowRoot.getElementById("overall-score")?.textContent === want,
    lhs.formatDecimal(report.overall.score, 2, "en"), { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.getElementById("district-report").shadowRoot.querySelectorAll("svg").length), 2);

  // A next step of the report moves the focus to its indicator in the form (focusIndicator).
  const step = page.locator("#district-report .step").first();
  const stepId = await step.getAttribute("data-indicator");
  await step.focus();
  await page.keyboard.press("Enter");
  f = await focusState(page);
  assert.equal(f.indicator, stepId, "the step's indicator has the focus");
  assert.equal(f.type, "radio");
  assert.ok((await events(page)).some((e) => e.type === "lhs-indicator" && e.indicator === stepId));
  // focusIndicator itself: an indicator shown, and one that does not apply to a district.
  const notHere = facility.find((id) => !district.includes(id)) ?? fw.indicators().find((i) => !district.includes(i.id))?.id;
  assert.deepEqual(await page.evaluate(([a, b]) => {
    const el = document.getElementById("district");
    return [el.focusIndicator(a), el.focusIndicator(b), el.focusIndicator("no.such.indicator")];
  }, [district.at(-1), notHere]), [true, false, false]);
  assert.equal((await focusState(page)).indicator, district.at(-1));

  // axe-core on both elements, filled: no serious or critical violation.
  const axe = await runAxe(page);
  console.log(axeLine("elements (filled)", axe));
  const bad = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad, [], bad.map((v) => `${v.id}: ${v.help} ${v.nodes.join(" | ")}`).join("\n"));
  assert.equal(axe.contrastIncomplete, 0, axe.contrastIncompleteNodes.join("\n"));
  assert.deepEqual(await unlabelledInShadows(page), []);
  await page.screenshot({ path: join(artifacts, "elements-filled.png"), fullPage: false });

  // Print: each indicator shows only its answer; the report prints whole with its charts.
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate((id) => {
    const art = [...document.getElementById("district").shadowRoot.querySelectorAll("article.indicator")].find((a) => a.dataset.id === id);
    const choices = [...art.querySelectorAll(".choice")].filter((c) => c.checkVisibility());
    const report = document.getElementById("district-report").shadowRoot;
    return { choices: choices.map((c) => c.querySelector("input").value), charts: [...report.querySelectorAll("svg")].filter((x) => x.checkVisibility()).length };
  }, district[0]);
  assert.deepEqual(printed, { choices: [String(expected(0))], charts: 2 });
  await page.emulateMedia({ media: "screen" });

  // Nothing but the page, its scripts, the elements' module (and the French pack of the second
  // element): never the package's whole module (web/), which only a report given as a report
  // needs.
  const paths = [...new Set(requests.map((u) => new URL(u).pathname))].filter((p) => p !== "/favicon.ico");
  assert.deepEqual(paths.filter((p) => !/^\/(plain\.html|host\.(js|css)|pkg\/elements\/[\w.]+\.js|pkg\/elements\/lhs_maturity_bg\.wasm|pkg\/languages\/fr\.json)$/.test(p)), []);
  assert.equal(requests.filter((u) => u.endsWith(".wasm")).length, 1, "the module is loaded once for every element");
  assert.deepEqual(problems, []);
  await context.close();
});

/** The checks of a11y.mjs's `unlabelled`, inside each element's shadow root. */
function unlabelledInShadows(page) {
  return page.evaluate(() => {
    const out = [];
    for (const host of document.querySelectorAll("lhs-assessment, lhs-report")) {
      const root = host.shadowRoot;
      for (const el of root.querySelectorAll("[aria-labelledby], [aria-describedby]")) {
        for (const attr of ["aria-labelledby", "aria-describedby"]) {
          for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) {
            const target = root.getElementById(id);
            if (!target || target.textContent.trim() === "") out.push(`${host.id}: ${el.tagName} ${attr} → #${id}`);
          }
        }
      }
      for (const el of root.querySelectorAll("input, select, textarea")) {
        if (!el.checkVisibility()) continue;
        if (el.labels.length === 0 && !el.hasAttribute("aria-labelledby")) out.push(`${host.id}: ${el.tagName} without a label`);
      }
    }
    return out;
  });
}

test("two instances, detached and re-attached, languages switched, a draft kept over a reload, a form reset", async () => {
  const { page, context, problems } = await open("/plain.html");
  await ready(page);
  await lhs.loadLanguage("fr");
  const spec = lhs.Framework.builtin().toJSON();
  const frDomain = spec.domains[0].name.fr;
  const enDomain = spec.domains[0].name.en;
  const firstTitle = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector("section.domain:not([hidden]) h2").textContent, id);
  assert.equal(await firstTitle("facility"), frDomain, "lang=fr on the element");
  assert.equal(await firstTitle("district"), enDomain, "the page's English");

  // Answers in each instance stay apart (the same radio names, in two shadow roots).
  const [a, b] = [district[0], facility.find((id) => district.includes(id))];
  await page.locator(`#district article[data-id="${a}"] input[type=radio][value="2"]`).check();
  await page.locator(`#facility article[data-id="${b}"] input[type=radio][value="4"]`).check();
  await page.locator(`#facility article[data-id="${b}"] textarea[data-field=evidence]`).fill("Registre <i>2026</i>");
  const district1 = await state(page, "district");
  const facility1 = await state(page, "facility");
  assert.deepEqual(district1.answers, { [a]: { level: 2 } });
  assert.deepEqual(facility1.answers, { [b]: { level: 4, evidence: "Registre <i>2026</i>" } });
  assert.equal(facility1.unit.kind, "facility");

  // Detached and re-attached elsewhere: the same answers, and it still answers to input.
  await page.evaluate(() => document.getElementById("elsewhere").append(document.getElementById("facility")));
  await ready(page, ["facility"]);
  assert.deepEqual(await state(page, "facility"), facility1);
  assert.equal(await page.locator(`#facility article[data-id="${b}"] input[value="4"]`).isChecked(), true);
  await page.locator(`#facility article[data-id="${b}"] input[type=radio][value="3"]`).check();
  assert.equal((await state(page, "facility")).answers[b].level, 3);
  assert.ok((await events(page)).some((e) => e.type === "lhs-change" && e.target === "facility"));

  // The language: the element's own attribute, then the page's (inherited, with its direction).
  await page.evaluate(() => document.getElementById("district").setAttribute("lang", "fr"));
  await page.waitForFunction((t) => document.getElementById("district").shadowRoot.querySelector("h2")?.textContent === t, frDomain);
  assert.deepEqual(await state(page, "district"), district1, "the answers survive the switch");
  assert.equal(await page.locator(`#district article[data-id="${a}"] input[value="2"]`).isChecked(), true);
  await page.evaluate(() => {
    document.getElementById("facility").removeAttribute("lang");
    document.getElementById("elsewhere").setAttribute("lang", "ar");
  });
  const arDomain = (await lhs.loadLanguage("ar"), lhs.Framework.builtin().toJSON().domains[0].name.ar);
  await page.waitForFunction((t) => document.getElementById("facility").shadowRoot.querySelector("section.domain:not([hidden]) h2")?.textContent === t, arDomain, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.getElementById("facility").shadowRoot.querySelector("[part=container]").dir), "rtl");
  assert.equal((await state(page, "facility")).answers[b].level, 3);
  await page.screenshot({ path: join(artifacts, "elements-two-languages.png"), fullPage: false });

  // A reload: the draft (draft-key) brings the district's answers back; the other has none.
  await page.reload();
  await ready(page);
  assert.deepEqual((await state(page, "district")).answers, district1.answers);
  assert.deepEqual((await state(page, "facility")).answers, {});

  // The form's reset: the initial (empty) assessment, the draft forgotten.
  await page.click("#reset");
  await page.waitForFunction(() => Object.keys(document.getElementById("district").assessment.answers).length === 0);
  assert.equal(await page.evaluate(() => localStorage.getItem("lhs-maturity:draft:district")), null);

  // Properties set before the element is defined are kept (a page without the module yet).
  assert.deepEqual(problems, []);
  await context.close();
});

test("properties set before the upgrade, a framework and an initial assessment given, a report given", async () => {
  // A page with the elements and no script yet.
  const { page, context, problems, requests } = await open("/late.html");
  const spec = fw.toJSON();
  const [first] = district;
  const initial = { framework: { id: fw.id, version: fw.version }, unit: { kind: "district" }, answers: { [first]: { level: 3, evidence: "<b>as text</b>" } } };
  const report = fw.score({ ...initial, answers: { ...initial.answers, [district[1]]: 1 } });
  // Set on the plain HTMLElement, before the module defines the element.
  await page.evaluate(([spec, initial, report]) => {
    const el = document.getElementById("late");
    el.framework = spec;
    el.assessment = initial;
    document.getElementById("given").report = report;
  }, [spec, initial, report]);
  await page.addScriptTag({ type: "module", url: `${base}/pkg/elements/index.js` });
  await ready(page, ["late", "given"]);
  assert.deepEqual((await state(page, "late")).answers, initial.answers);
  assert.deepEqual(await shown(page, "late"), district, "the initial assessment's unit kind");
  assert.equal(await page.locator(`#late article[data-id="${first}"] input[value="3"]`).isChecked(), true);
  assert.equal(await page.locator(`#late article[data-id="${first}"] textarea[data-field=evidence]`).inputValue(), "<b>as text</b>");
  assert.equal(await page.evaluate(() => document.getElementById("given").shadowRoot.getElementById("overall-score").textContent),
    lhs.formatDecimal(report.overall.score, 2, "en"));
  // A report given as a report: its charts come from the package's whole module, loaded then
  // (the elements' module cannot read a report back); the same charts as the core draws.
  await page.waitForFunction(() => document.getElementById("given").shadowRoot.querySelectorAll("figure[data-chart] svg").length === 2, null, { timeout: 20000 });
  assert.deepEqual(requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname).sort(),
    ["/pkg/elements/lhs_maturity_bg.wasm", "/pkg/web/lhs_maturity_bg.wasm"]);
  const drawn = await page.evaluate((core) => {
    const shown = document.getElementById("given").shadowRoot.querySelector("figure[data-chart=radar] svg");
    const parsed = new DOMParser().parseFromString(core, "image/svg+xml").documentElement;
    return [shown.textContent, parsed.textContent];
  }, lhs.radarChart(report));
  assert.equal(drawn[0], drawn[1]);
  assert.ok(drawn[0].includes(report.domains[0].name));
  // `required` decides the validity (an incomplete form is valid without it).
  assert.deepEqual(await page.evaluate(() => {
    const el = document.getElementById("late");
    const before = el.checkValidity();
    el.required = true;
    return [before, el.checkValidity(), el.validity.valueMissing];
  }), [true, false, true]);
  // In a disabled fieldset its controls are disabled; out of it, enabled again.
  const disabled = () => page.evaluate(() => document.getElementById("late").shadowRoot.querySelector("input[type=radio]").matches(":disabled"));
  await page.evaluate(() => {
    const form = document.createElement("form");
    form.innerHTML = "<fieldset disabled></fieldset>";
    document.querySelector("main").append(form);
    form.firstChild.append(document.getElementById("late"));
  });
  await page.waitForFunction(() => document.getElementById("late").shadowRoot.querySelector("input[type=radio]")?.matches(":disabled"));
  assert.equal(await disabled(), true);
  assert.equal(await page.evaluate(() => document.getElementById("late").form?.tagName), "FORM");
  await page.evaluate(() => document.querySelector("main").append(document.getElementById("late")));
  await page.waitForFunction(() => document.getElementById("late").shadowRoot.querySelector("input[type=radio]")?.matches(":enabled"));
  assert.deepEqual((await state(page, "late")).answers, initial.answers);
  // Defined once: a second import of the module leaves the definitions alone.
  await page.addScriptTag({ type: "module", content: `import("${base}/pkg/elements/index.js?again").then(() => { window.__again = true; });` });
  await page.waitForFunction(() => window.__again === true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a module that cannot be loaded (a bad wasmUrl) is said in the element", async () => {
  const { page, context } = await open("/plain.html?wasm=/missing/lhs.wasm");
  await page.waitForFunction(() => document.getElementById("district").shadowRoot.querySelector("[role=alert]"), null, { timeout: 20000 });
  const text = await page.evaluate(() => document.getElementById("district").shadowRoot.querySelector("[role=alert]").textContent);
  assert.match(text, /^The lhs-maturity scoring engine could not be loaded from \/missing\/lhs\.wasm: /);
  assert.equal(await page.evaluate(() => document.getElementById("facility").shadowRoot.querySelector("[role=alert]") !== null), true);
  await context.close();
});

test("updateComplete: after setting the assessment or the language, the report read at once is the new one", async () => {
  const { page, context, problems } = await open("/plain.html");
  await ready(page, ["district"]);
  const doc = { unit: { kind: "district" }, answers: { [district[0]]: 2, [district[1]]: 4 } };
  const want = fw.score(doc).overall;
  const got = await page.evaluate(async (doc) => {
    const el = document.getElementById("district");
    el.assessment = doc;
    const before = el.report?.overall.counts.rated ?? null;
    const done = await el.updateComplete;
    const rated = el.report.overall.counts.rated;
    const score = el.report.overall.score;
    el.setAttribute("lang", "fr");
    await el.updateComplete;
    return { before, done, rated, score, lang: el.shadowRoot.querySelector("[part=container]").lang };
  }, doc);
  assert.deepEqual(got, { before: 0, done: true, rated: want.counts.rated, score: want.score, lang: "fr" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a language pack that cannot be fetched: the element in English, saying so; the others untouched", async () => {
  const { page, context } = await open("/plain.html?languages=/missing/");
  await ready(page, ["district", "facility"]);
  const note = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector("[part=language-note]")?.textContent ?? null, id);
  await page.waitForFunction(() => document.getElementById("facility").shadowRoot.querySelector("[part=language-note]"), null, { timeout: 20000 });
  assert.equal(await note("facility"), lhs.message("en", "page-language-pack-failed", { language: "fr" }));
  assert.equal(await page.evaluate(() => document.getElementById("facility").shadowRoot.querySelector("[part=language-note]").getAttribute("role")), "status");
  // Shown in English: the framework's English texts, the English words.
  const firstName = await page.evaluate(() => document.getElementById("facility").shadowRoot.querySelector("article.indicator h4, article.indicator h3, article.indicator [role=heading]")?.textContent ?? "");
  assert.ok(firstName.length > 0);
  assert.equal(await page.evaluate(() => document.getElementById("facility").shadowRoot.querySelector("[part=container]").lang), "en");
  assert.equal(await note("district"), null, "an English element has nothing to say");
  await context.close();
});

test("strict CSP with Trusted Types: no securitypolicyviolation while filling, switching language and reporting", async () => {
  const { page, context, problems } = await open("/csp.html");
  await ready(page);
  for (const [k, id] of district.slice(0, 6).entries()) {
    await page.locator(`#district article[data-id="${id}"] input[type=radio][value="${k % 4}"]`).check();
  }
  await page.locator(`#district article[data-id="${district[0]}"] textarea[data-field=evidence]`).fill(`<img src=x onerror="window.__xss=1">`);
  await page.evaluate(() => document.getElementById("district").setAttribute("lang", "es"));
  await page.waitForFunction(() => document.getElementById("district").shadowRoot.querySelector("[part=container]")?.lang === "es", null, { timeout: 20000 });
  await page.waitForFunction(() => document.getElementById("district-report").shadowRoot.querySelectorAll("svg").length === 2);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no securitypolicyviolation");
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(problems, []);
  // The policy is in force and the recorder hears it: an HTML string assigned is refused.
  const refused = await page.evaluate(() => {
    try {
      document.createElement("div").innerHTML = "<b>x</b>";
      return false;
    } catch (e) {
      return e instanceof TypeError;
    }
  });
  assert.ok(refused, "Trusted Types are enforced on the page");
  await page.waitForFunction(() => window.__violations.length === 1);
  assert.equal((await page.evaluate(() => window.__violations))[0].directive, "require-trusted-types-for");
  await context.close();
});

test("the Custom Elements Manifest matches the classes (attributes, properties, methods, events)", async () => {
  const cem = JSON.parse(readFileSync(join(pkgDir, "custom-elements.json"), "utf8"));
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.equal(pkg.customElements, "./custom-elements.json");
  assert.ok(pkg.sideEffects.includes("./elements/index.js"));
  assert.equal(pkg.exports["./elements"].default, "./elements/index.js");
  const { page, context } = await open("/plain.html");
  await ready(page);
  const decls = cem.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
  assert.deepEqual(decls.map((d) => d.tagName).sort(), ["lhs-assessment", "lhs-report"]);
  for (const d of decls) {
    const actual = await page.evaluate((tag) => {
      const cls = customElements.get(tag);
      const members = {};
      for (let p = cls.prototype; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p)) {
        for (const [k, desc] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
          if (k === "constructor" || k.startsWith("_") || k in members || /Callback$/.test(k)) continue;
          members[k] = typeof desc.value === "function" ? "method" : desc.set ? "field" : "readonly";
        }
      }
      return { name: cls.name, attributes: [...cls.observedAttributes].sort(), members, formAssociated: cls.formAssociated === true };
    }, d.tagName);
    assert.equal(actual.name, d.name);
    assert.deepEqual(actual.attributes, d.attributes.map((a) => a.name).sort(), `${d.tagName}: observedAttributes`);
    const declared = Object.fromEntries(d.members.map((m) => [m.name, m.kind === "method" ? "method" : m.readonly ? "readonly" : "field"]));
    assert.deepEqual(Object.keys(actual.members).sort(), Object.keys(declared).sort(), `${d.tagName}: members`);
    assert.deepEqual(actual.members, declared, `${d.tagName}: kinds of members`);
    for (const a of d.attributes.filter((a) => a.fieldName)) assert.ok(a.fieldName in declared, `${a.name} → ${a.fieldName}`);
    assert.equal(actual.formAssociated, d.tagName === "lhs-assessment");
  }
  // The events each element dispatches, as the source says (every dispatch names its type).
  const source = readFileSync(join(wasmDir, "js", "elements.js"), "utf8");
  const dispatched = [...source.matchAll(/(?:_emit\(|new CustomEvent\()"(lhs-[a-z-]+)"/g)].map((m) => m[1]);
  const declaredEvents = decls.flatMap((d) => d.events.map((e) => e.name));
  assert.deepEqual([...new Set(dispatched)].sort(), [...new Set(declaredEvents)].sort());
  // The d.ts names the same events in HTMLElementEventMap.
  const dts = readFileSync(join(pkgDir, "elements/index.d.ts"), "utf8");
  for (const e of declaredEvents) assert.match(dts, new RegExp(`"${e}": `), e);
  await context.close();
});

test("the README's embedding example runs as written", async () => {
  assert.equal(readmeBlocks("html", "elements").length, 1, "one ```html block in the elements section");
  assert.ok(readmeBlocks("html", "elements")[0].trim().split("\n").length <= 10, "ten lines");
  const { page, context, problems } = await open("/readme.html");
  await ready(page, ["answers"]);
  assert.deepEqual(await shown(page, "answers"), district);
  await page.locator(`#answers article[data-id="${district[0]}"] input[type=radio][value="3"]`).check();
  const doc = await state(page, "answers");
  const want = lhs.formatDecimal(fw.score(doc).overall.score, 2, "en");
  await page.waitForFunction((want) => document.querySelector("lhs-report").shadowRoot.getElementById("overall-score")?.textContent === want, want);
  assert.equal(await page.evaluate(() => document.getElementById("answers").checkValidity()), false, "required: not all answered");
  assert.equal(await page.evaluate(() => localStorage.getItem("lhs-maturity:draft:kisumu-east") !== null), true, "the draft is kept");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the package README's example runs, the module served from another URL (configure({ wasmUrl }))", async () => {
  const { page, context, problems, requests } = await open("/package-readme.html");
  await ready(page, ["answers"]);
  assert.deepEqual(await shown(page, "answers"), district);
  await page.locator(`#answers article[data-id="${district[0]}"] input[type=radio][value="1"]`).check();
  const want = lhs.formatDecimal(fw.score(await state(page, "answers")).overall.score, 2, "en");
  await page.waitForFunction((want) => document.querySelector("lhs-report").shadowRoot.getElementById("overall-score")?.textContent === want, want);
  assert.deepEqual(requests.filter((u) => u.endsWith(".wasm")).map((u) => new URL(u).pathname), ["/static/elements/lhs_maturity_bg.wasm"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a framework of one's own (no applicability rules): N/A offered, with its justification; the report scores with it", async () => {
  const custom = JSON.parse(readFileSync(join(repoRoot, "spec/vectors/elements/unknown_element.json"), "utf8")).framework;
  const own = lhs.Framework.fromObject(custom);
  const ids = own.indicators().map((i) => i.id);
  const { page, context, problems, requests } = await open("/late.html");
  await page.evaluate((text) => {
    document.getElementById("late").framework = text; // as JSON text
    document.getElementById("given").setAttribute("for", "late");
  }, JSON.stringify(custom));
  await page.addScriptTag({ type: "module", url: `${base}/pkg/elements/index.js` });
  await ready(page, ["late"]);
  assert.deepEqual(await shown(page, "late"), ids);
  const card = `#late article[data-id="${ids[0]}"]`;
  assert.equal(await page.locator(`${card} .justification`).isHidden(), true);
  await page.locator(`${card} input[type=radio][value="na"]`).check();
  await page.locator(`${card} textarea[data-field=justification]`).fill("Not run here");
  await page.locator(`#late article[data-id="${ids[1]}"] input[type=radio][value="2"]`).check();
  const doc = await state(page, "late");
  assert.deepEqual(doc.framework, { id: "test", version: "1.0.0" });
  assert.deepEqual(doc.answers, { [ids[0]]: { level: "na", justification: "Not run here" }, [ids[1]]: { level: 2 } });
  // The report follows it, scored with the same framework.
  const want = lhs.formatDecimal(own.score(doc).overall.score, 2, "en");
  await page.waitForFunction((want) => document.getElementById("given").shadowRoot.getElementById("overall-score")?.textContent === want, want);
  assert.deepEqual(problems, []);
  await context.close();
});

test("reflow at 320 CSS px, in English and in Arabic (right to left): no horizontal scrolling, no text overflowing", async () => {
  const { page, context, problems } = await open("/plain.html", { viewport: { width: 320, height: 640 } });
  await ready(page);
  await page.locator(`#district article[data-id="${district[0]}"] input[type=radio][value="2"]`).check();
  await page.waitForFunction(() => document.getElementById("district-report").shadowRoot.querySelectorAll("svg").length === 2);
  for (const lang of ["en", "ar"]) {
    if (lang === "ar") {
      await page.evaluate(() => document.documentElement.setAttribute("lang", "ar"));
      await page.waitForFunction(() => ["district", "district-report"].every((id) => document.getElementById(id).shadowRoot.querySelector("[part=container]")?.dir === "rtl"), null, { timeout: 20000 });
    }
    assert.ok(await horizontalScroll(page) <= 0, `${lang}: the page scrolls sideways by ${await horizontalScroll(page)}px`);
    assert.deepEqual(await overflowing(page), [], lang);
    await page.screenshot({ path: join(artifacts, `elements-320-${lang}.png`), fullPage: false });
  }
  assert.deepEqual(problems, []);
  await context.close();
});
