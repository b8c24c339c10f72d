// Entry of the self-assessment page's build (www/pkg/index.js): the crate built without its
// `full` feature (./build), so only scoring and rendering. The npm package's browser entry is
// web.js; this file exports the part of its API that this build has.
import wbgInit from "./lhs_maturity.js";
export { Framework, renderMarkdown, radarChart, facetChart } from "./lhs_maturity.js";
export { LhsError, FrameworkError, AssessmentError } from "./errors.js";

/** Loads the WebAssembly module next to this file (once; later calls return at once). */
export async function init(input) {
  await wbgInit({ module_or_path: input ?? undefined });
}

export default init;
