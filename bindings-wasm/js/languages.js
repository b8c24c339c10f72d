// `loadLanguage`: fetches (browsers) or reads (Node) a language pack, `languages/<lang>.json`,
// and gives it to the wasm module's `addLanguage`. The entry files (web.js, node.cjs,
// elements-core.js) say where the packs are and how to read them.
// Written as an ES module; the build writes a CommonJS copy for Node (the last line becomes
// `module.exports = {...}`), so keep every export in the single `export { ... }` line at the end.

/** A warning as the core writes them (a Diagnostic). */
function warning(code, path, message, help) {
  return { severity: "warning", code, path, message, help };
}

/**
 * The `loadLanguage` function of one entry. `wasm`: the module's `negotiateLanguage`,
 * `availableLanguages` and `addLanguage`; `read(lang, baseUrl)`: resolves to the pack's JSON
 * text. English never needs loading; an unavailable language, a pack that cannot be fetched
 * or read resolve to English with a warning: the promise never rejects.
 */
function languageLoader(wasm, read) {
  const loading = new Map();
  return async function loadLanguage(lang, options) {
    let wanted = "en";
    let negotiated = null;
    try {
      negotiated = wasm.negotiateLanguage(lang);
      wanted = negotiated.language;
      if (wanted === "en" || wasm.availableLanguages().includes(wanted)) {
        return { language: wanted, warning: negotiated.warning, warnings: [] };
      }
      const baseUrl = options?.baseUrl ?? null;
      const key = `${wanted}\u0000${baseUrl ?? ""}`;
      let pending = loading.get(key);
      if (pending === undefined) {
        pending = Promise.resolve()
          .then(() => read(wanted, baseUrl))
          .then((text) => wasm.addLanguage(text));
        loading.set(key, pending);
        pending.catch(() => loading.delete(key));
      }
      const added = await pending;
      return { language: wanted, warning: negotiated.warning, warnings: added.warnings };
    } catch (e) {
      const why = e?.message ?? String(e);
      // the package's own errors keep their code and path (a pack the core cannot read)
      const ours = Array.isArray(e?.details);
      const code = ours ? e.code : "language.unavailable";
      const path = ours ? e.path : "";
      const w = wanted === "en"
        ? warning(code, path, `the language cannot be used: ${why}; the text is in English`,
          "give a language tag such as \"fr\" (or a list of them, such as navigator.languages)")
        : warning(code, path, `the language pack of \`${wanted}\` could not be loaded: ${why}; the text is in English`,
          `languages/${wanted}.json must be next to the package (the baseUrl option says where else)`);
      return { language: "en", warning: w, warnings: [] };
    }
  };
}

/** The URL of a pack in the directory `base` (a URL or a string; relative to the page). */
function packUrl(lang, base) {
  let dir = String(base);
  if (!dir.endsWith("/")) dir += "/";
  const page = globalThis.document?.baseURI;
  return new URL(`${encodeURIComponent(lang)}.json`, page === undefined ? new URL(dir) : new URL(dir, page));
}

/** Fetches a pack's text from the directory `base`. */
async function fetchPack(lang, base) {
  const url = packUrl(lang, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export { languageLoader, fetchPack };
