// Size and speed of the npm package in Node (not run in CI; compare numbers on one machine only).
//   bindings-wasm/build && node benches/js/bench.mjs [--runs N]
// Prints the raw and gzipped size of the .wasm (the built-in framework included), the time to
// load the module (require, and init() from bytes for the browser build), to build the built-in
// framework, and to score one assessment: score(object) vs scoreJSON(text), and scoreMany; then
// the custom elements' smaller module: its size, first load and speed against the whole one.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const pkg = fileURLToPath(new URL("../../bindings-wasm/pkg/", import.meta.url));
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 2000;

const ms = (t) => `${t.toFixed(3)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
function timeit(fn, runs = RUNS) {
  for (let i = 0; i < Math.min(200, runs); i++) fn(); // warm up
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], best: t[0], p95: t[Math.floor(t.length * 0.95)] };
}

const wasm = readFileSync(join(pkg, "web", "lhs_maturity_bg.wasm"));
const gz = gzipSync(wasm, { level: 9 }).length;
console.log(`lhs-maturity ${JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version}, node ${process.version}`);
console.log(`wasm size: ${wasm.length} bytes (${kb(wasm.length)}) raw, ${gz} bytes (${kb(gz)}) gzipped (-9)`);

let t0 = performance.now();
const lhs = createRequire(import.meta.url)(pkg);
const tRequire = performance.now() - t0;
t0 = performance.now();
const web = await import(join(pkg, "web", "index.js"));
await web.init(wasm);
const tInit = performance.now() - t0;
t0 = performance.now();
const fw = lhs.Framework.builtin();
const tBuiltin = performance.now() - t0;
console.log(`load: require("lhs-maturity") ${ms(tRequire)} · browser build init(bytes) in Node ${ms(tInit)} · first Framework.builtin() ${ms(tBuiltin)}`);

const small = {
  default_target: 3,
  answers: {
    "inst.info.routine_data": 2,
    "inst.info.me_integration": { level: 3, evidence: "M&E plan 2026" },
    "inst.delib.working_groups": { level: "na", justification: "none at district level" },
  },
};
const full = { default_target: 3, answers: {} };
fw.indicators().forEach((ind, i) => {
  full.answers[ind.id] = { level: i % 5, evidence: `evidence for ${ind.id}`, confidence: "medium" };
});
t0 = performance.now();
fw.score(full);
console.log(`first score (full assessment): ${ms(performance.now() - t0)}`);

console.log("\n| case | median | best | p95 |\n|---|---:|---:|---:|");
const row = (name, r) => console.log(`| ${name} | ${ms(r.median)} | ${ms(r.best)} | ${ms(r.p95)} |`);
for (const [name, a] of [["3 answers", small], ["69 answers", full]]) {
  const text = JSON.stringify(a);
  row(`score(object), ${name}`, timeit(() => fw.score(a)));
  row(`scoreJSON(text), ${name}`, timeit(() => fw.scoreJSON(text)));
  row(`validate(object), ${name}`, timeit(() => fw.validate(a)));
}
const many = Array.from({ length: 1000 }, () => full);
const r = timeit(() => fw.scoreMany(many), 10);
row("scoreMany, 1000 × 69 answers", r);
console.log(`\nscoreMany: ${(1000 / (r.median / 1000)).toFixed(0)} assessments/s`);
row("Framework.builtin() (cached)", timeit(() => fw.constructor.builtin().free()));

// The custom elements' module (elements/: the crate without the analyses and the fast reader):
// what a page embedding the elements loads in English, against the whole module, and what
// reading every assessment the general way costs it, measured in this same run.
const FIRST_LOAD = ["index.js", "core.js", "lhs_maturity.js", "lhs_maturity_bg.wasm", "errors.js", "languages.js"];
const elementsWasm = readFileSync(join(pkg, "elements", "lhs_maturity_bg.wasm"));
const firstLoad = FIRST_LOAD.reduce((n, f) => n + gzipSync(readFileSync(join(pkg, "elements", f)), { level: 9 }).length, 0);
const elementsGz = gzipSync(elementsWasm, { level: 9 }).length;
console.log(`\nelements' module: ${elementsWasm.length} bytes raw, ${elementsGz} bytes gzipped (${(elementsGz / gz).toFixed(2)} × the whole module); `
  + `first load in English ${firstLoad} bytes gzipped (budget 300,000)`);
const small2 = await import(join(pkg, "elements", "core.js"));
await small2.default(elementsWasm);
const efw = small2.Framework.builtin();
const whole69 = timeit(() => fw.score(full));
const elements69 = timeit(() => efw.score(full));
row("whole module: score(object), 69 answers", whole69);
row("elements' module: score(object), 69 answers", elements69);
row("elements' module: render radar, 69 answers", timeit(() => efw.render(full, { format: "radar" }), 500));
console.log(`elements' module / whole module, score of 69 answers: ${(elements69.median / whole69.median).toFixed(2)} ×`);
