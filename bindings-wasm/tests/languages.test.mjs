// Languages: plural categories and numbers against the browser's Intl (the core must write
// what a reader of each language expects, exactly as Intl would), language packs loaded on
// demand (loadLanguage, addLanguage), negotiation, messages, and the `language` options.
// Node runs each test file in its own process: the languages loaded here stay here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { lhs, pkgDir, repoRoot, wasmDir, assertJsonCompatible, throwsLhs } from "./helpers.mjs";

const {
  Framework, LhsError, InputError, addLanguage, availableLanguages, negotiateLanguage, loadLanguage, message,
  pluralCategory, formatDecimal, formatPercent, isRtl, renderMarkdown, renderHtml, radarChart, facetChart,
} = lhs;

const LANGUAGES = ["en", "fr", "es", "pt-PT", "ar"];
const TRANSLATED = ["fr", "es", "pt-PT", "ar"];
const pack = (lang) => JSON.parse(readFileSync(join(pkgDir, "languages", `${lang}.json`), "utf8"));
const spec = (lang) => JSON.parse(readFileSync(join(repoRoot, "spec", "i18n", `lhs-2021.${lang}.json`), "utf8"));
const example = {
  unit: { name: "Kisumu East district health team", kind: "district" },
  period: "2026-Q3",
  answers: { "inst.info.routine_data": 2, "inst.info.me_integration": 3, "cond.fin.learning_budget": 1 },
};

// -----------------------------------------------------------------------------------------------
// (a) Plural categories: the core's CLDR rules are the browser's.

test("pluralCategory equals Intl.PluralRules for en, fr, es, pt-PT, ar, n = 0…110 and 1,000,000", () => {
  const ns = [...Array.from({ length: 111 }, (_, i) => i), 1_000_000];
  for (const lang of LANGUAGES) {
    const rules = new Intl.PluralRules(lang);
    for (const n of ns) assert.equal(pluralCategory(lang, n), rules.select(n), `${lang} ${n}`);
  }
});

// -----------------------------------------------------------------------------------------------
// (b) Numbers: the core's notation is the browser's. Exception: Intl writes Arabic numbers
// with invisible direction marks (U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK)
// around signs and percent signs; the core leaves them out, because the page and the reports
// set the direction of the text themselves (dir="rtl") and the marks would end up in exported
// files and copied text. So for ar the core's text equals Intl's with those marks removed.

const VALUES = [0, 1, 1.5, 2.25, 3.456, 12.5, 1234.5, 12345.67, 1000000];
/** Halves (rounded away from zero from the shortest decimal, as Intl does) and signs. */
const EDGES = [1.005, 2.675, 0.125, 999.995, 2.5, 3.5, -1.5, -12345.675];
const SHARES = [0, 0.05, 0.5, 1];
/** The text of XML with its character references and entities replaced. */
const unescapeXml = (s) => s
  .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
  .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
  .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const noMarks = (s) => s.replace(/[\u200E\u200F]/g, "");
const intl = (lang, s) => (lang === "ar" ? noMarks(s) : s);

test("formatDecimal equals Intl.NumberFormat (en, fr, es, pt-PT; ar without direction marks)", () => {
  for (const lang of LANGUAGES) {
    for (const decimals of [0, 1, 2, 3]) {
      const nf = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      for (const x of [...VALUES, ...EDGES]) {
        assert.equal(formatDecimal(x, decimals, lang), intl(lang, nf.format(x)), `${lang} ${x} with ${decimals} decimals`);
      }
    }
  }
  assert.equal(formatDecimal(1234.5, 2, "fr"), "1\u202F234,50");
  assert.equal(formatDecimal(NaN, 2, "en"), "—");
  // Second exception: a negative number that rounds to zero has no sign in the core ("0.00"),
  // where Intl writes "-0.00". (The page shows no negative numbers.)
  assert.equal(formatDecimal(-0.004, 2, "en"), "0.00");
  assert.equal(new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(-0.004), "-0.00");
});

test("formatPercent equals Intl.NumberFormat's percent style (ar without direction marks)", () => {
  for (const lang of LANGUAGES) {
    const nf = new Intl.NumberFormat(lang, { style: "percent" });
    for (const share of [...SHARES, 0.456, 0.005, 0.125]) {
      assert.equal(formatPercent(share, lang), intl(lang, nf.format(share)), `${lang} ${share}`);
    }
  }
  assert.equal(formatPercent(0.5, "fr"), "50\u00A0%");
  // the exception is real: Intl's Arabic percent carries marks, the core's does not
  assert.notEqual(new Intl.NumberFormat("ar", { style: "percent" }).format(0.5), formatPercent(0.5, "ar"));
});

test("numbers and plural categories: bad arguments are argument errors with a path", () => {
  throwsLhs(() => pluralCategory("fr", 1.5), InputError, "argument.invalid_value", "/n");
  throwsLhs(() => pluralCategory("fr", -1), InputError, "argument.invalid_value", "/n");
  throwsLhs(() => pluralCategory(7, 1), InputError, "argument.invalid_type", "/lang");
  throwsLhs(() => formatDecimal("1", 2, "fr"), InputError, "argument.invalid_type", "/x");
  throwsLhs(() => formatDecimal(1, 21, "fr"), InputError, "argument.invalid_value", "/decimals");
  throwsLhs(() => formatDecimal(1, 1.5, "fr"), InputError, "argument.invalid_value", "/decimals");
  throwsLhs(() => formatPercent(0.5), InputError, "argument.invalid_type", "/lang");
  assert.equal(isRtl("ar"), true);
  assert.equal(isRtl("ar-MA"), true);
  assert.equal(isRtl("fr"), false);
  throwsLhs(() => isRtl(null), InputError, "argument.invalid_type", "/lang");
});

// -----------------------------------------------------------------------------------------------
// Negotiation.

test("negotiateLanguage: the core matches a tag or a list of them to the package's languages", () => {
  assert.deepEqual(negotiateLanguage("fr_SN.UTF-8"), { language: "fr", warning: null });
  assert.deepEqual(negotiateLanguage("pt-BR"), { language: "pt-PT", warning: null });
  assert.deepEqual(negotiateLanguage(["sw", "es-MX", "fr"]), { language: "es", warning: null });
  assert.deepEqual(negotiateLanguage([]), { language: "en", warning: null });
  assert.deepEqual(negotiateLanguage("C"), { language: "en", warning: null });
  const sw = negotiateLanguage(["sw", "de"]);
  assert.equal(sw.language, "en");
  assert.equal(sw.warning.code, "language.unavailable");
  assert.equal(sw.warning.severity, "warning");
  assert.match(sw.warning.message, /`sw`/);
  assertJsonCompatible(sw);
  const only = negotiateLanguage("es", ["en", "fr"]);
  assert.equal(only.language, "en");
  assert.match(only.warning.help, /en, fr/);
  throwsLhs(() => negotiateLanguage(3), InputError, "argument.invalid_type", "/requested");
  throwsLhs(() => negotiateLanguage(["fr", 3]), InputError, "argument.invalid_type", "/requested/1");
});

// -----------------------------------------------------------------------------------------------
// (c) Loading languages in Node. The order matters: English first, then what loading changes.

test("before any loading: English only, the translations declared but without their texts", () => {
  assert.deepEqual(availableLanguages(), ["en"]);
  const fw = Framework.builtin();
  assert.equal(fw.toJSON().domains[0].name.fr, undefined);
  const status = fw.languageStatus();
  assert.deepEqual(status.map((l) => l.code), LANGUAGES);
  assert.deepEqual(status.map((l) => l.name), ["English", "Français", "Español", "Português", "العربية"]);
  assert.equal(status[0].status, "source");
  assert.equal(status[0].translated, status[0].total);
  for (const l of status.slice(1)) {
    assert.equal(l.status, "provisional", l.code);
    assert.ok(l.translated < l.total, l.code);
  }
  assertJsonCompatible(status);
  // a message of a language not loaded is the English one
  assert.equal(message("fr", "page-title"), message("en", "page-title"));
  assert.equal(message("en", "page-title"), "Learning health system self-assessment");
});

test("an unknown language resolves to English with a warning, never rejects; English needs no loading", async () => {
  const sw = await loadLanguage("sw");
  assert.equal(sw.language, "en");
  assert.equal(sw.warning.code, "language.unavailable");
  assert.deepEqual(availableLanguages(), ["en"]);
  assert.equal(Framework.builtin().score(example, { language: "sw" }).domains[0].name, "Institutionalizing learning");
  assert.deepEqual(await loadLanguage("en"), { language: "en", warning: null, warnings: [] });
  assert.deepEqual(await loadLanguage("en-GB"), { language: "en", warning: null, warnings: [] });
  for (const bad of [undefined, null, 42, {}]) {
    const r = await loadLanguage(bad);
    assert.equal(r.language, "en");
    assert.equal(r.warning.severity, "warning");
  }
  // a pack that is not there: English, with the reason; a later load can still succeed
  const missing = await loadLanguage("es", { baseUrl: join(wasmDir, "no-such-directory") });
  assert.equal(missing.language, "en");
  assert.equal(missing.warning.code, "language.unavailable");
  assert.match(missing.warning.message, /`es` could not be loaded/);
  assert.deepEqual(availableLanguages(), ["en"]);
});

test("loadLanguage('fr'): Framework.builtin() is French, a report scored in fr has French names", async () => {
  const fr = pack("fr");
  const r = await loadLanguage("fr");
  assert.deepEqual(r, { language: "fr", warning: null, warnings: [] });
  assert.deepEqual(availableLanguages(), ["en", "fr"]);
  const fw = Framework.builtin();
  const doc = fw.toJSON();
  assert.equal(doc.domains[0].name.fr, fr.framework.texts[`node.${doc.domains[0].id}.name`]);
  assert.equal(doc.domains[0].name.en, "Institutionalizing learning");
  const fr2 = fw.languageStatus().find((l) => l.code === "fr");
  assert.equal(fr2.status, "provisional");
  assert.equal(fr2.translated, fr2.total);
  // the report's names in French
  const report = fw.score(example, { language: "fr" });
  assert.equal(report.language, "fr");
  for (const d of report.domains) assert.equal(d.name, fr.framework.texts[`node.${d.id}.name`], d.id);
  assert.notEqual(report.domains[0].name, fw.score(example).domains[0].name);
  assert.equal(JSON.parse(fw.scoreJSON(JSON.stringify(example), { language: "fr" })).domains[0].name, report.domains[0].name);
  assert.equal(fw.descriptor("inst.info.routine_data", 2, "fr") !== fw.descriptor("inst.info.routine_data", 2), true);
  // renderings of the report carry them
  assert.ok(renderMarkdown(report).includes(report.domains[0].name));
  assert.ok(unescapeXml(radarChart(report)).includes(report.domains[0].name));
  assert.match(renderHtml(report, fw), /<html lang="fr"/);
  // the messages of the French catalog are registered
  assert.equal(message("fr", "count-indicators", { n: 1234 }).startsWith("1\u202F234 "), true);
  // a blank assessment in French
  const blank = fw.template({ unitKind: "district", language: "fr" });
  assert.equal(blank.language, "fr");
  assert.notDeepEqual(blank.answers, fw.template({ unitKind: "district" }).answers);
  assert.ok(JSON.stringify(blank.answers["inst.info.routine_data"]).includes(fr.framework.texts["indicator.inst.info.routine_data.question"]));
  throwsLhs(() => fw.template({ language: 3 }), InputError, "input.invalid_type", "/language");
  // the messages of the options' problems are in the French catalog
  assert.equal(message("fr", "input-unknown_option", { option: "default_target" }), "option inconnue : `default_target`");
  assert.equal(message("fr", "input-invalid_type", { source: "option", option: "language", expected: "text", found: "number" }), "`language` doit être du texte, et non un nombre");
  // builtinFor(latest) carries French too
  const { framework } = Framework.builtinFor({ framework: { id: "lhs-2021", version: fw.version }, answers: {} });
  assert.equal(framework.toJSON().domains[0].name.fr, doc.domains[0].name.fr);
  assert.equal(Framework.builtin(fw.version).toJSON().domains[0].name.fr, doc.domains[0].name.fr);
  // the older version stays English
  assert.equal(Framework.builtin("1.0.0").toJSON().domains[0].name.fr, undefined);
});

test("loading twice is harmless, and Framework.builtin() is not rebuilt per call", async () => {
  const before = Framework.builtin().toJSON();
  assert.deepEqual(await loadLanguage("fr"), { language: "fr", warning: null, warnings: [] });
  assert.deepEqual(await loadLanguage("fr-CA"), { language: "fr", warning: null, warnings: [] });
  assert.deepEqual(addLanguage(pack("fr")), { language: "fr", warnings: [] });
  assert.deepEqual(addLanguage(JSON.stringify(pack("fr"))), { language: "fr", warnings: [] });
  const twice = await Promise.all([loadLanguage("fr"), loadLanguage("fr")]);
  assert.deepEqual(twice.map((x) => x.language), ["fr", "fr"]);
  assert.deepEqual(availableLanguages(), ["en", "fr"]);
  assert.deepEqual(Framework.builtin().toJSON(), before);
  // one translation costs a framework build; 200 calls of builtin() cost none
  const t0 = performance.now();
  for (let i = 0; i < 200; i++) Framework.builtin().free();
  assert.ok(performance.now() - t0 < 1000, `200 calls of Framework.builtin() took ${performance.now() - t0} ms`);
});

test("every language pack of the package loads without a warning and is complete", async () => {
  for (const lang of TRANSLATED) {
    const r = await loadLanguage(lang);
    assert.deepEqual(r, { language: lang, warning: null, warnings: [] }, lang);
    const p = pack(lang);
    assert.deepEqual(Object.keys(p), ["language", "framework", "messages"]);
    assert.equal(p.language, lang);
    assert.deepEqual(p.framework.texts, spec(lang));
    const ftl = ["report", "cli", "page", "diagnostics"]
      .map((f) => readFileSync(join(repoRoot, "spec", "i18n", "messages", lang, `${f}.ftl`), "utf8")).join("\n");
    assert.equal(p.messages, ftl, lang);
  }
  assert.deepEqual(availableLanguages(), ["en", "fr", "es", "pt-PT", "ar"]);
  const fw = Framework.builtin();
  assert.equal(fw.id, pack("fr").framework.id);
  assert.equal(fw.version, pack("fr").framework.version);
  for (const l of fw.languageStatus()) assert.equal(l.translated, l.total, l.code);
  // with the four packs, the built-in framework is the spec's framework with every language
  const full = JSON.parse(readFileSync(join(repoRoot, "spec", "frameworks", "lhs-2021.json"), "utf8"));
  assert.deepEqual(fw.toJSON(), Framework.fromObject(full).toJSON());
  const ar = fw.score(example, { language: "ar" });
  assert.equal(ar.domains[0].name, pack("ar").framework.texts["node.inst.name"]);
  assert.match(renderHtml(ar, fw), /<html lang="ar"/);
});

test("the page's build has the same packs, and the package lists them", () => {
  for (const lang of TRANSLATED) {
    const page = join(wasmDir, "www", "pkg", "languages", `${lang}.json`);
    assert.ok(existsSync(page), page);
    assert.equal(readFileSync(page, "utf8"), readFileSync(join(pkgDir, "languages", `${lang}.json`), "utf8"));
  }
  const p = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.ok(p.files.includes("languages/"));
  assert.equal(p.exports["./languages/*"], "./languages/*");
});

test("addLanguage: a language of your own, its warnings, and errors that add nothing", async () => {
  const before = availableLanguages();
  const fw = Framework.builtin();
  const sw = addLanguage({
    language: "sw",
    framework: { id: fw.id, version: fw.version, texts: { "node.inst.name": "Kuweka kujifunza katika taasisi", "node.nope.name": "x" } },
    messages: "page-title = Kujitathmini\n",
  });
  assert.equal(sw.language, "sw");
  assert.equal(sw.warnings.length, 1);
  assert.equal(sw.warnings[0].code, "framework.unknown_text_key");
  assert.equal(sw.warnings[0].path, "/framework/texts/node.nope.name");
  assert.deepEqual(availableLanguages(), [...before, "sw"]);
  assert.equal(message("sw", "page-title"), "Kujitathmini");
  assert.equal(message("sw", "page-results"), "Results"); // missing: English
  assert.equal(Framework.builtin().score(example, { language: "sw" }).domains[0].name, "Kuweka kujifunza katika taasisi");
  const swStatus = Framework.builtin().languageStatus().find((l) => l.code === "sw");
  assert.equal(swStatus.status, "provisional");
  // a language added is negotiated and "loaded" like the package's own
  assert.equal(negotiateLanguage("sw-KE").language, "sw");
  assert.deepEqual(await loadLanguage("sw"), { language: "sw", warning: null, warnings: [] });
  // a pack with messages only
  assert.deepEqual(addLanguage({ language: "ha", messages: "page-title = Kimantawa\n" }), { language: "ha", warnings: [] });
  assert.equal(message("ha", "page-title"), "Kimantawa");

  const now = availableLanguages();
  throwsLhs(() => addLanguage("{"), InputError, "translation.invalid", "");
  throwsLhs(() => addLanguage(42), InputError, "translation.invalid", "");
  throwsLhs(() => addLanguage([]), InputError, "translation.invalid", "");
  throwsLhs(() => addLanguage({ language: "en", messages: "" }), InputError, "translation.invalid", "/language");
  throwsLhs(() => addLanguage({ messages: "" }), InputError, "translation.invalid", "/language");
  throwsLhs(() => addLanguage({ language: "yo", extra: 1 }), InputError, "translation.invalid", "/extra");
  throwsLhs(() => addLanguage({ language: "yo", messages: 3 }), InputError, "translation.invalid", "/messages");
  throwsLhs(() => addLanguage({ language: "yo", framework: { id: fw.id, version: "1.0.0", texts: {} } }), InputError, "translation.invalid", "/framework/version");
  throwsLhs(() => addLanguage({ language: "yo", framework: { id: "other", version: fw.version, texts: {} } }), InputError, "translation.invalid", "/framework/id");
  throwsLhs(() => addLanguage({ language: "yo", framework: { id: fw.id, version: fw.version, texts: [] } }), InputError, "translation.invalid", "/framework/texts");
  throwsLhs(() => addLanguage({ language: "yo", framework: { id: fw.id, version: fw.version, texts: { title: 3 } } }), InputError, "translation.invalid", "/framework/texts/title");
  // a catalog that cannot be read: nothing of the pack is kept, its texts neither
  const e = throwsLhs(() => addLanguage({
    language: "yo", framework: { id: fw.id, version: fw.version, texts: { "node.inst.name": "Yoruba" } },
    messages: "a = ok\nb = { $n ->\n}\n",
  }), InputError, "catalog.syntax");
  assert.match(e.path, /^line /);
  throwsLhs(() => addLanguage({ language: "yo", messages: "x = { NUMBER($n) }\n" }), InputError, "catalog.unsupported");
  assert.deepEqual(availableLanguages(), now);
  assert.equal(Framework.builtin().score(example, { language: "yo" }).domains[0].name, "Institutionalizing learning");
});

test("message: arguments are texts or counts, written by the core", () => {
  assert.equal(message("en", "page-imported", { file: "a.json", n: 1 }), "Imported “a.json”: 1 answer.");
  assert.equal(message("en", "page-imported", { file: "a.json", n: 2 }), "Imported “a.json”: 2 answers.");
  assert.equal(message("en", "page-kind", { kind: "district" }), "District (district health team or system)");
  assert.equal(message("en", "page-unit-name.placeholder"), "e.g. Kisumu East district health team");
  assert.equal(message("en", "page-no-such-message"), "page-no-such-message");
  assert.equal(message("en", "page-progress", { answered: 1234, total: 5000 }), "1,234 / 5,000");
  // a language's catalog writes its counts in its notation
  addLanguage({ language: "fr-CH", messages: "page-progress = { $answered } sur { $total }\n" });
  assert.equal(message("fr-CH", "page-progress", { answered: 1234, total: 5000 }), "1\u202F234 sur 5\u202F000");
  throwsLhs(() => message("en", "page-progress", { answered: 1.5 }), InputError, "argument.invalid_value", "/args/answered");
  throwsLhs(() => message("en", "page-progress", { answered: -1 }), InputError, "argument.invalid_value", "/args/answered");
  throwsLhs(() => message("en", "page-progress", [1]), InputError, "argument.invalid_type", "/args");
  throwsLhs(() => message("en", 3), InputError, "argument.invalid_type", "/id");
  throwsLhs(() => message(null, "page-title"), InputError, "argument.invalid_type", "/lang");
});

test("the page's catalog: every page-* id the page (its workshop too) and the custom elements use exists in English", () => {
  const app = readFileSync(join(wasmDir, "www", "app.js"), "utf8") + readFileSync(join(wasmDir, "www", "index.html"), "utf8")
    + readFileSync(join(wasmDir, "www", "workshop.js"), "utf8") + readFileSync(join(wasmDir, "js", "elements.js"), "utf8");
  const ids = new Set([...app.matchAll(/["'`](page-[a-z-]+(?:\.[a-z-]+)?)["'`]/g)].map((m) => m[1]));
  assert.ok(ids.size > 60, `${ids.size} ids`);
  for (const id of ids) assert.notEqual(message("en", id), id, `${id} is not in spec/i18n/messages/en/page.ftl`);
  // and the catalog has nothing the page does not use
  const ftl = readFileSync(join(repoRoot, "spec", "i18n", "messages", "en", "page.ftl"), "utf8");
  for (const [, id] of ftl.matchAll(/^(page-[a-z-]+) =/gm)) {
    assert.ok([...ids].some((x) => x === id || x.startsWith(`${id}.`)), `${id} is used neither by the page nor by the elements`);
  }
});

test("the renderings' language option", () => {
  const fw = Framework.builtin();
  const report = fw.score(example);
  assert.equal(renderMarkdown(report, { language: "en" }), renderMarkdown(report));
  assert.equal(typeof renderMarkdown(report, { language: "fr" }), "string");
  assert.equal(typeof radarChart(report, { language: "ar" }), "string");
  assert.equal(typeof facetChart(report, null), "string");
  assert.match(renderHtml(report, fw, { language: "es" }), /<html lang="es"/);
  throwsLhs(() => renderMarkdown(report, { lang: "fr" }), InputError, "input.unknown_option", "/lang");
  throwsLhs(() => radarChart(report, { language: 1 }), InputError, "input.invalid_type", "/language");
  throwsLhs(() => facetChart(report, "fr"), InputError, "input.invalid_type", "");
});

test("the package README's Languages example runs", () => {
  const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Languages"));
  const code = /^```js\n([\s\S]*?)^```/m.exec(section)?.[1];
  assert.ok(code, "no ```js block in the README's Languages section");
  const dir = mkdtempSync(join(tmpdir(), "lhs-languages-readme-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(pkgDir, join(dir, "node_modules", "lhs-maturity"), "dir");
    writeFileSync(join(dir, "languages.cjs"), code);
    const out = execFileSync(process.execPath, ["--preserve-symlinks", "languages.cjs"], { cwd: dir, encoding: "utf8" });
    const lines = out.split("\n");
    assert.equal(lines[0], pack("fr").framework.texts["node.inst.name"]);
    assert.equal(lines[2], "provisional");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
