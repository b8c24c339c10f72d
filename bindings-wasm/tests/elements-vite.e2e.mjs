// The custom elements as a web developer gets them: a fresh project outside the repository (a
// temporary directory) with a pinned Vite, the package installed from its `npm pack` tarball,
// both elements used from `import "lhs-maturity/elements"`, run in Chromium (Debian's, through
// playwright-core) from the `vite build` output and under `vite dev` (where the module's URL
// differs: dependencies are pre-bundled). Needs the npm registry (to install Vite); without it
// the test fails, it never skips.
//   node --test bindings-wasm/tests/elements-vite.e2e.mjs
// Env: CHROMIUM (default /usr/bin/chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../www/serve.mjs";
import { lhs, pkgDir } from "./helpers.mjs";

const VITE = "8.4.1";
const fw = lhs.Framework.builtin();
const district = fw.indicators().filter((i) => i.applies_to.includes("district")).map((i) => i.id);

let dir;
let app;
let browser;

const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300000 });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "lhs-vite-"));
  npm(["pack", pkgDir, "--pack-destination", dir, "--loglevel=error"], dir);
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  assert.ok(tarball, "npm pack wrote a tarball");
  app = join(dir, "app");
  execFileSync("mkdir", [app]);
  writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "lhs-elements-vite-app", private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(join(app, "index.html"), `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A Vite app embedding lhs-maturity</title><script type="module" src="/main.js"></script></head>
<body><main><h1>A Vite app</h1>
<form id="form"><lhs-assessment id="answers" name="assessment" unit-kind="district"></lhs-assessment><button>Send</button></form>
<lhs-report id="report" for="answers"></lhs-report>
</main></body></html>
`);
  writeFileSync(join(app, "main.js"), `import { ready } from "lhs-maturity/elements";
window.__ready = ready().then(() => "ok", (e) => \`failed: \${e.message}\`);
document.getElementById("form").addEventListener("submit", (e) => {
  e.preventDefault();
  window.__submitted = new FormData(e.target).get("assessment");
});
`);
  try {
    npm(["install", "--no-audit", "--no-fund", "--loglevel=error", `vite@${VITE}`, join(dir, tarball)], app);
  } catch (e) {
    throw new Error(`npm install vite@${VITE} and the package failed (is the npm registry reachable?): ${e.stderr ?? e.message}`);
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the app at `url`, answers two indicators, checks the core's applicability, the
 * report's score and the form's value; returns the module's URL as the page loaded it. */
async function useApp(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const wasm = [];
  const loaded = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("response", (r) => {
    if (r.url().endsWith(".wasm")) wasm.push(`${r.status()} ${r.url()}`);
    loaded.push(new URL(r.url()).pathname);
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(url);
  assert.equal(await page.evaluate(() => window.__ready), "ok", "the module loaded");
  await page.waitForFunction(() => document.getElementById("answers").shadowRoot.querySelector("article.indicator"), null, { timeout: 20000 });
  const shown = await page.evaluate(() => [...document.getElementById("answers").shadowRoot.querySelectorAll("article.indicator")]
    .filter((a) => !a.hidden).map((a) => a.dataset.id));
  assert.deepEqual(shown, district);
  await page.locator(`#answers article[data-id="${district[0]}"] input[type=radio][value="3"]`).check();
  await page.locator(`#answers article[data-id="${district[1]}"] input[type=radio][value="1"]`).check();
  const doc = { framework: { id: fw.id, version: fw.version }, unit: { kind: "district" }, answers: { [district[0]]: { level: 3 }, [district[1]]: { level: 1 } } };
  const want = lhs.formatDecimal(fw.score(doc).overall.score, 2, "en");
  await page.waitForFunction((want) => document.getElementById("report").shadowRoot.getElementById("overall-score")?.textContent === want, want, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.getElementById("report").shadowRoot.querySelectorAll("svg").length), 2);
  await page.click("button");
  assert.deepEqual(JSON.parse(await page.evaluate(() => window.__submitted)), doc);
  assert.deepEqual(problems, []);
  await context.close();
  console.log(`the module as loaded: ${wasm.join(", ")}`);
  return Object.assign(wasm, { loaded });
}

test(`vite ${VITE} build: the built app runs the elements`, async () => {
  execFileSync(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"], { cwd: app, stdio: "pipe", timeout: 120000 });
  const assets = readdirSync(join(app, "dist/assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `vite emitted the module: ${assets.join(", ")}`);
  const server = await serve({ root: join(app, "dist") });
  try {
    const wasm = await useApp(`http://127.0.0.1:${server.address().port}/`);
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /^200 .*\/assets\/lhs_maturity_bg-[\w-]+\.wasm$/);
    // The elements' smaller module, not the package's whole one (bundled too, for a report given
    // as a report, but not loaded); what the page loaded, gzipped, under the 300 KB budget.
    const served = readFileSync(join(app, "dist", new URL(wasm[0].split(" ")[1]).pathname));
    assert.ok(served.equals(readFileSync(join(pkgDir, "elements", "lhs_maturity_bg.wasm"))), "the elements' module");
    const files = [...new Set(wasm.loaded)].map((p) => join(app, "dist", p === "/" ? "index.html" : p)).filter((f) => existsSync(f));
    const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    console.log(`vite build, first load in English: ${bytes} bytes gzipped (${files.map((f) => f.slice(app.length + 1)).join(", ")})`);
    assert.ok(bytes < 300_000, `${bytes} bytes gzipped`);
  } finally {
    server.close();
  }
});

test(`vite ${VITE} dev: the dev server runs the elements`, async () => {
  const child = spawn(process.execPath, [join(app, "node_modules/vite/bin/vite.js"), "--host", "127.0.0.1", "--port", "0", "--strictPort"], {
    cwd: app, stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const url = await new Promise((ok, fail) => {
      let out = "";
      const timer = setTimeout(() => fail(new Error(`vite dev did not start: ${out}`)), 60000);
      const read = (chunk) => {
        out += chunk;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out.replace(/\x1b\[[0-9;]*m/g, ""));
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      };
      child.stdout.on("data", read);
      child.stderr.on("data", read);
      child.once("exit", (code) => fail(new Error(`vite dev exited (${code}): ${out}`)));
    });
    const wasm = await useApp(url);
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /^200 /);
  } finally {
    child.kill();
  }
});
