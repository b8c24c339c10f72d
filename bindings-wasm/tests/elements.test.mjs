// The custom elements' subpath without a browser: importing `lhs-maturity/elements` where there
// is no DOM (a server rendering the host's pages) defines nothing and throws nothing; the
// package.json entries of the subpath and its manifest; the manifest against the classes'
// static parts. The elements themselves are tested in Chromium: elements.e2e.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { pkgDir, wasmDir } from "./helpers.mjs";

const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const cem = JSON.parse(readFileSync(join(pkgDir, "custom-elements.json"), "utf8"));

test("package.json: the elements subpath, its types, sideEffects and the manifest", () => {
  assert.deepEqual(pkg.exports["./elements"], { types: "./elements/index.d.ts", default: "./elements/index.js" });
  assert.deepEqual(pkg.sideEffects, ["./elements/index.js"]);
  assert.equal(pkg.customElements, "./custom-elements.json");
  for (const f of ["elements/index.js", "elements/index.d.ts", "custom-elements.json"]) {
    assert.ok(existsSync(join(pkgDir, f)), f);
    assert.ok(pkg.files.some((x) => f === x || f.startsWith(x)), `${f} is in "files"`);
  }
});

test("importing the elements where there is no DOM defines nothing and throws nothing", async () => {
  assert.equal(globalThis.customElements, undefined);
  const m = await import(pathToFileURL(join(pkgDir, "elements/index.js")));
  assert.deepEqual(Object.keys(m).sort(), ["LhsAssessmentElement", "LhsReportElement", "configure", "ready"]);
  // The manifest's module exports what the module exports, and its classes' static parts.
  const [mod] = cem.modules;
  assert.equal(mod.path, "elements/index.js");
  assert.deepEqual(mod.exports.filter((e) => e.kind === "js").map((e) => e.name).sort(), Object.keys(m).sort());
  for (const d of mod.declarations.filter((x) => x.customElement)) {
    const cls = m[d.name];
    assert.equal(typeof cls, "function", d.name);
    assert.deepEqual([...cls.observedAttributes].sort(), d.attributes.map((a) => a.name).sort(), `${d.tagName}: observedAttributes`);
    assert.equal(cls.formAssociated === true, d.tagName === "lhs-assessment", `${d.tagName}: formAssociated`);
    const defs = mod.exports.find((e) => e.kind === "custom-element-definition" && e.name === d.tagName);
    assert.equal(defs?.declaration.name, d.name, `${d.tagName} is defined as ${d.name}`);
  }
});

test("the elements' styles use logical properties only (inline/block), so right to left mirrors them", () => {
  const source = readFileSync(join(wasmDir, "js", "elements.js"), "utf8");
  const sheets = [...source.matchAll(/^const \w+_CSS = `([\s\S]*?)`;$/gm)].map((m) => m[1]);
  assert.equal(sheets.length, 3, "BASE_CSS, ASSESSMENT_CSS, REPORT_CSS");
  const physical = /(?<![\w-])(left|right|top|bottom|width|height|min-width|max-width|min-height|max-height|(?:margin|padding|border)-(?:left|right|top|bottom)(?:-\w+)?|float|clear)\s*:|text-align:\s*(left|right)/g;
  const found = sheets.flatMap((css) => [...css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/@container \([^)]*\)/g, "").matchAll(physical)].map((m) => m[0]));
  assert.deepEqual(found, []);
  // and no style attribute or <style> element is ever written (a strict style-src holds)
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  assert.doesNotMatch(code, /\.style\.|setAttribute\("style"|<style|innerHTML|insertAdjacentHTML|outerHTML/);
});

test("the package's elements are their source minified, each file with a source map holding its source", () => {
  const sources = { "index.js": "js/elements.js", "core.js": "js/elements-core.js", "errors.js": "js/errors.js", "languages.js": "js/languages.js" };
  for (const [file, source] of Object.entries(sources)) {
    const packed = readFileSync(join(pkgDir, "elements", file), "utf8");
    const original = readFileSync(join(wasmDir, source), "utf8");
    const map = JSON.parse(readFileSync(join(pkgDir, "elements", `${file}.map`), "utf8"));
    assert.equal(map.version, 3, file);
    assert.deepEqual(map.sourcesContent, [original], `${file}: the map holds ${source}`);
    assert.ok(packed.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`), `${file}: linked to its map`);
    assert.ok(packed.length < original.length * 0.8, `${file}: minified (${packed.length} of ${original.length} bytes)`);
  }
});
