// Node entry of lhs-maturity (CommonJS): the WebAssembly module is loaded when this file is
// required, so `init()` only exists to let the same code run in Node and in browsers.
"use strict";
const { readFile } = require("node:fs/promises");
const { join } = require("node:path");
const { fileURLToPath } = require("node:url");
const glue = require("./lhs_maturity.js");
const errors = require("./errors.js");
const { languageLoader, fetchPack } = require("./languages.js");

/** Nothing to do in Node: the module is already loaded. */
async function init() {}
/** Nothing to do in Node: the module is already loaded. */
function initSync() {}

/** A pack's JSON text: from the package's `languages/`, or from `baseUrl` (a directory path, a
 * `file:` URL, or an `http(s):` URL fetched). */
function readPack(lang, baseUrl) {
  if (baseUrl === null || baseUrl === undefined) {
    return readFile(join(__dirname, "..", "languages", `${lang}.json`), "utf8");
  }
  const base = String(baseUrl);
  if (/^https?:/i.test(base)) return fetchPack(lang, base);
  const dir = /^file:/i.test(base) ? fileURLToPath(base) : base;
  return readFile(join(dir, `${lang}.json`), "utf8");
}

/** Loads a language pack (see the browser entry, web/index.js): read from the package's
 * `languages/` directory. Never rejects. */
const loadLanguage = languageLoader(glue, readPack);

module.exports = {
  Framework: glue.Framework,
  renderMarkdown: glue.renderMarkdown,
  renderHtml: glue.renderHtml,
  radarChart: glue.radarChart,
  facetChart: glue.facetChart,
  addLanguage: glue.addLanguage,
  availableLanguages: glue.availableLanguages,
  negotiateLanguage: glue.negotiateLanguage,
  loadLanguage,
  message: glue.message,
  pluralCategory: glue.pluralCategory,
  formatDecimal: glue.formatDecimal,
  formatPercent: glue.formatPercent,
  isRtl: glue.isRtl,
  compare: glue.compare,
  series: glue.series,
  cohort: glue.cohort,
  reliability: glue.reliability,
  krippendorffAlpha: glue.krippendorffAlpha,
  icc: glue.icc,
  cronbachAlpha: glue.cronbachAlpha,
  LhsError: errors.LhsError,
  FrameworkError: errors.FrameworkError,
  AssessmentError: errors.AssessmentError,
  init,
  initSync,
  default: init,
};
