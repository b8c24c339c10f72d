// Types of the lhs-maturity package (the same for the browser and Node entries).
export type * from "./types/index.js";
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
  maxDocumentBytes,
  compare,
  series,
  cohort,
  reliability,
  krippendorffAlpha,
  icc,
  cronbachAlpha,
  renderRobustness,
} from "./web/lhs_maturity.js";
export { LhsError, FrameworkError, AssessmentError, InputError, InternalError } from "./types/errors.js";
import type { LoadLanguageOptions, LoadedLanguage } from "./types/index.js";

/** Where `init` loads the WebAssembly module from. */
export type InitInput = string | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module: in browsers, from `lhs_maturity_bg.wasm` next to the package's
 * JavaScript unless told otherwise; in Node it is already loaded and this does nothing. Call
 * it once before using the API; later calls return at once.
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Like `init`, synchronously, from the module's bytes or a compiled module. */
export function initSync(input: BufferSource | WebAssembly.Module): void;

/**
 * Loads a language of the package (`fr`, `es`, `pt-PT`, `ar`; a tag such as `fr-SN`, or a list
 * in order of preference such as `navigator.languages`, is negotiated by the core): fetches
 * `languages/<lang>.json` next to the package's JavaScript in browsers (`baseUrl`: another
 * directory), reads it in Node, and adds it (`addLanguage`). English needs no loading. Never
 * rejects: a language that is not available, or a pack that cannot be loaded, resolves to
 * English with a `warning`.
 */
export function loadLanguage(lang: string | readonly string[], options?: LoadLanguageOptions | null): Promise<LoadedLanguage>;

export default init;
