// The host page's own script (no build step): imports the elements straight from the package,
// records their events and what the form submits. `?wasm=<url>`: load the module from there;
// `?languages=<url>`: the language packs.
import { configure } from "/pkg/elements/index.js";

const params = new URLSearchParams(location.search);
if (params.has("wasm")) configure({ wasmUrl: params.get("wasm") });
if (params.has("languages")) configure({ languagesUrl: params.get("languages") });

window.__events = [];
for (const type of ["lhs-change", "lhs-complete", "lhs-indicator"]) {
  document.addEventListener(type, (e) => {
    window.__events.push({
      type,
      target: e.target.id,
      isCustom: e instanceof CustomEvent,
      answers: e.detail?.assessment ? Object.keys(e.detail.assessment.answers ?? {}).length : null,
      indicator: e.detail?.id ?? null,
    });
  });
}
document.getElementById("form").addEventListener("submit", (e) => {
  e.preventDefault();
  window.__submitted = Object.fromEntries(new FormData(e.target));
});
