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
  Framework: errors.guardClass(glue.Framework),
  renderMarkdown: errors.guard(glue.renderMarkdown),
  renderHtml: errors.guard(glue.renderHtml),
  radarChart: errors.guard(glue.radarChart),
  facetChart: errors.guard(glue.facetChart),
  addLanguage: errors.guard(glue.addLanguage),
  availableLanguages: errors.guard(glue.availableLanguages),
  negotiateLanguage: errors.guard(glue.negotiateLanguage),
  loadLanguage,
  message: errors.guard(glue.message),
  pluralCategory: errors.guard(glue.pluralCategory),
  formatDecimal: errors.guard(glue.formatDecimal),
  formatPercent: errors.guard(glue.formatPercent),
  isRtl: errors.guard(glue.isRtl),
  maxDocumentBytes: errors.guard(glue.maxDocumentBytes),
  compare: errors.guard(glue.compare),
  series: errors.guard(glue.series),
  cohort: errors.guard(glue.cohort),
  reliability: errors.guard(glue.reliability),
  krippendorffAlpha: errors.guard(glue.krippendorffAlpha),
  icc: errors.guard(glue.icc),
  cronbachAlpha: errors.guard(glue.cronbachAlpha),
  renderRobustness: errors.guard(glue.renderRobustness),
  LhsError: errors.LhsError,
  FrameworkError: errors.FrameworkError,
  AssessmentError: errors.AssessmentError,
  InputError: errors.InputError,
  InternalError: errors.InternalError,
  init,
  initSync,
  default: init,
};
