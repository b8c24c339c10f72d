// Browser (and any ES module runtime) entry of lhs-maturity: call `await init()` once, then use
// the API. `init()` fetches lhs_maturity_bg.wasm next to this file; pass a URL, a Response, the
// bytes or a WebAssembly.Module to load it from elsewhere.
import wbgInit, * as glue from "./lhs_maturity.js";
import { languageLoader, fetchPack } from "./languages.js";
import { guard, guardClass } from "./errors.js";
// Every function and class method guarded: a trap of the module (a Rust panic, a bug) is thrown
// as an InternalError, as Python raises one.
export const Framework = guardClass(glue.Framework);
export const renderMarkdown = guard(glue.renderMarkdown);
export const renderHtml = guard(glue.renderHtml);
export const radarChart = guard(glue.radarChart);
export const facetChart = guard(glue.facetChart);
export const addLanguage = guard(glue.addLanguage);
export const availableLanguages = guard(glue.availableLanguages);
export const negotiateLanguage = guard(glue.negotiateLanguage);
export const message = guard(glue.message);
export const pluralCategory = guard(glue.pluralCategory);
export const formatDecimal = guard(glue.formatDecimal);
export const formatPercent = guard(glue.formatPercent);
export const isRtl = guard(glue.isRtl);
export const maxDocumentBytes = guard(glue.maxDocumentBytes);
export const compare = guard(glue.compare);
export const series = guard(glue.series);
export const cohort = guard(glue.cohort);
export const reliability = guard(glue.reliability);
export const krippendorffAlpha = guard(glue.krippendorffAlpha);
export const icc = guard(glue.icc);
export const cronbachAlpha = guard(glue.cronbachAlpha);
export const renderRobustness = guard(glue.renderRobustness);
export { LhsError, FrameworkError, AssessmentError, InputError, InternalError } from "./errors.js";

const wrap = (input) =>
  input !== undefined && input !== null && Object.getPrototypeOf(input) === Object.prototype
    ? input
    : { module_or_path: input ?? undefined };

/** Loads the WebAssembly module (once; later calls return at once). */
export async function init(input) {
  await wbgInit(wrap(input));
}

/** Loads the WebAssembly module synchronously from its bytes or a compiled module. */
export function initSync(input) {
  glue.initSync(input !== null && Object.getPrototypeOf(input) === Object.prototype ? input : { module: input });
}

/**
 * Loads a language (`fr`, `es`, `pt-PT`, `ar`; a tag such as `fr-SN` or a list such as
 * `navigator.languages` is negotiated by the core) from `languages/<lang>.json` of the package
 * (`baseUrl`: another directory), then adds it (`addLanguage`). Resolves to
 * `{ language, warning, warnings }`: English with a warning when the language is not available
 * or its pack cannot be loaded (never rejects). Call it after `init()`.
 */
export const loadLanguage = languageLoader(
  { addLanguage, availableLanguages, negotiateLanguage },
  (lang, baseUrl) => fetchPack(lang, baseUrl ?? new URL("../languages/", import.meta.url)),
);

export default init;
