// Browser (and any ES module runtime) entry of lhs-maturity: call `await init()` once, then use
// the API. `init()` fetches lhs_maturity_bg.wasm next to this file; pass a URL, a Response, the
// bytes or a WebAssembly.Module to load it from elsewhere.
import wbgInit, { initSync as wbgInitSync } from "./lhs_maturity.js";
export {
  Framework,
  renderMarkdown,
  radarChart,
  facetChart,
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

export default init;
