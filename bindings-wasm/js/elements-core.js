// The custom elements' module (elements/core.js in the package; not an entry of its own): the
// crate built without its `full` feature (./build), so only scoring, validation and rendering
// (`Framework#render`). The npm package's browser entry is web.js; this file exports the part of
// its API that this build has. The self-assessment page uses it too (www/pkg/elements/core.js).
import wbgInit, * as glue from "./lhs_maturity.js";
import { languageLoader, fetchPack } from "./languages.js";
import { guard, guardClass } from "./errors.js";
// Every function and class method guarded: a trap of the module (a Rust panic, a bug) is thrown
// as an InternalError, as Python raises one.
export const Framework = guardClass(glue.Framework);
export const addLanguage = guard(glue.addLanguage);
export const availableLanguages = guard(glue.availableLanguages);
export const negotiateLanguage = guard(glue.negotiateLanguage);
export const message = guard(glue.message);
export const pluralCategory = guard(glue.pluralCategory);
export const formatDecimal = guard(glue.formatDecimal);
export const formatPercent = guard(glue.formatPercent);
export const isRtl = guard(glue.isRtl);
export const maxDocumentBytes = guard(glue.maxDocumentBytes);
export { LhsError, FrameworkError, AssessmentError, InputError, InternalError } from "./errors.js";

/** Loads the WebAssembly module next to this file (once; later calls return at once). */
export async function init(input) {
  await wbgInit({ module_or_path: input ?? undefined });
}

/** Loads a language pack from the package's `languages/<lang>.json` (see web.js). */
export const loadLanguage = languageLoader(
  { addLanguage, availableLanguages, negotiateLanguage },
  (lang, baseUrl) => fetchPack(lang, baseUrl ?? new URL("../languages/", import.meta.url)),
);

export default init;
