// Entry of the self-assessment page's build (www/pkg/index.js): the crate built without its
// `full` feature (./build), so only scoring and rendering. The npm package's browser entry is
// web.js; this file exports the part of its API that this build has.
import wbgInit, { addLanguage, availableLanguages, negotiateLanguage } from "./lhs_maturity.js";
import { languageLoader, fetchPack } from "./languages.js";
export {
  Framework,
  renderMarkdown,
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
} from "./lhs_maturity.js";
export { LhsError, FrameworkError, AssessmentError } from "./errors.js";

/** Loads the WebAssembly module next to this file (once; later calls return at once). */
export async function init(input) {
  await wbgInit({ module_or_path: input ?? undefined });
}

/** Loads a language pack from `languages/<lang>.json` next to this file (see web.js). */
export const loadLanguage = languageLoader(
  { addLanguage, availableLanguages, negotiateLanguage },
  (lang, baseUrl) => fetchPack(lang, baseUrl ?? new URL("./languages/", import.meta.url)),
);

export default init;
