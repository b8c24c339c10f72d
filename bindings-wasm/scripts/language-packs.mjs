// Writes the language packs of the browser package and the page, `<dir>/<lang>.json`, one per
// translated language of the built-in framework (its `languages`, English aside):
//   { "language": "fr",
//     "framework": { "id": "lhs-2021", "version": "2.0.0", "texts": {...spec/i18n/lhs-2021.fr.json} },
//     "messages": "<spec/i18n/messages/fr/{report,cli,page,diagnostics}.ftl joined>" }
// The wasm module is built English-only; `loadLanguage` fetches a pack when it is needed and
// `addLanguage` adds it.
//   node bindings-wasm/scripts/language-packs.mjs <dir>...
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (path) => readFileSync(join(root, path), "utf8");
/** The catalog files of a language, in the core's order (`i18n::CATALOG_FILES`). */
const CATALOG_FILES = ["report", "cli", "page", "diagnostics"];

const framework = JSON.parse(read("core/data/lhs-2021.json"));
const languages = (framework.languages ?? []).filter((l) => l.status !== "source").map((l) => l.code);
if (languages.length === 0) throw new Error("core/data/lhs-2021.json declares no translated language");

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error("usage: language-packs.mjs <dir>...");
for (const lang of languages) {
  const pack = {
    language: lang,
    framework: { id: framework.id, version: framework.version, texts: JSON.parse(read(`spec/i18n/lhs-2021.${lang}.json`)) },
    // joined as the core joins its built-in catalog files
    messages: CATALOG_FILES.map((f) => read(`spec/i18n/messages/${lang}/${f}.ftl`)).join("\n"),
  };
  const text = `${JSON.stringify(pack)}\n`;
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${lang}.json`), text);
  }
}
console.log(`language packs (${languages.join(", ")}) → ${dirs.join(", ")}`);
