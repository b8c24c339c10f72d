// Browser (and any ES module runtime) entry of lhs-maturity: call `await init()` once, then use
// the API. `init()` fetches lhs_maturity_bg.wasm next to this file; pass a URL, a Response, the
// bytes or a WebAssembly.Module to load it from elsewhere.
import wbgInit, { initSync as wbgInitSync, addLanguage, availableLanguages, negotiateLanguage } from "./lhs_maturity.js";
import { languageLoader, fetchPack } from "./languages.js";
export {
  Framework,
  renderMarkdown,
  renderHtml,
  radarChart,
  facetChart,
  addLanguage,
  availableLanguages,
  negotiateLanguage,
  message,
  pluralCategory,
  formatDecimal,
  formatPercent,
  isRtl,
  compare,
  series,
  cohort,
  reliability,
  krippendorffAlpha,
  icc,
  cronbachAlpha,
} from "./lhs_maturity.js";
export { LhsError, FrameworkError, AssessmentError } from "./errors.js";

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
  wbgInitSync(input !== null && Object.getPrototypeOf(input) === Object.prototype ? input : { module: input });
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
