// Types of the lhs-maturity package (the same for the browser and Node entries).
export type * from "./types/index.js";
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
} from "./web/lhs_maturity.js";
export { LhsError, FrameworkError, AssessmentError } from "./types/errors.js";

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

export default init;
