// The self-assessment page: a shell over the package's custom elements. The questionnaire is
// <lhs-assessment id="assessment"> and the results are <lhs-report for="assessment"> (both from
// pkg/elements/index.js, the same elements any site can embed); they draw the indicators, score
// the answers with the core (WebAssembly) and show the report, its charts and its next steps.
// This file keeps only what the elements do not do: the page's header (title, language switcher,
// progress and overall score), the facts about the unit (name, kind, period, default target),
// the draft kept in this browser, the files (import, exports), and the consensus workshop
// (workshop.js). Every number shown comes from the core: the header's from the element's
// `report` (read at each `lhs-change`), never computed here.
//
// The page owns the assessment document: the element's own draft storage (`draft-key`) is left
// off, the page saves the document at every `lhs-change` and gives it back to both elements
// (`assessment`) when it changes it itself (the unit, an import, a reset, the next respondent).
//
// User text is only ever put into the page as text (textContent, form values), never as HTML;
// so is the framework's text. The elements do the same inside their shadow roots.
//
// Languages: every text of the page is a message of the catalog (page.ftl, `page-*` ids) in the
// chosen language, through the core (`message`); every number is written by the core. The first
// load is English only: another language's pack is fetched when it is chosen (`loadLanguage` of
// pkg/elements/core.js, the module the elements use too, so the pack is theirs as well), then the
// document's `lang` and `dir` are set, which the elements follow.
import { ready } from "./pkg/elements/index.js";
import {
  Framework, loadLanguage, negotiateLanguage, message, formatDecimal, isRtl, maxDocumentBytes,
} from "./pkg/elements/core.js";

const STORAGE_KEY = "lhs-maturity:assessment";
const LANGUAGE_KEY = "lhs-maturity:language";
/** A UTF-8 byte order mark: marks at the start of a file do not count towards the core's size
 * limit (`maxDocumentBytes()`, asked of the core once it is loaded). */
const BOM = [0xef, 0xbb, 0xbf];

// ---------------------------------------------------------------------------------------------
// Small DOM helpers. Strings become text nodes, so nothing here parses HTML.

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  el.append(...kids(children));
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.setAttribute("class", v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "value" || k === "checked" || k === "selected") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
}

function kids(children) {
  return children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (c instanceof Node ? c : document.createTextNode(String(c))));
}

const byId = (id) => document.getElementById(id);
/** The two elements the page is built from. */
const questionnaire = () => byId("assessment");
const results = () => byId("report");

// ---------------------------------------------------------------------------------------------
// Language: the page's messages and numbers, from the core.

/** The language of the page (one the core has: English, or a language loaded). */
let lang = "en";

/** A message of the page's catalog in the page's language. */
const t = (id, args) => message(lang, id, args ?? null);

/** A message whose arguments may be nodes (a link, an emphasis): its text split around them. */
function tn(id, args) {
  const plain = {};
  const nodes = [];
  for (const [k, v] of Object.entries(args)) {
    if (v instanceof Node) {
      plain[k] = String.fromCharCode(0xe000 + nodes.length);
      nodes.push(v);
    } else {
      plain[k] = v;
    }
  }
  const out = [];
  let text = "";
  for (const ch of t(id, plain)) {
    const i = ch.charCodeAt(0) - 0xe000;
    if (i >= 0 && i < nodes.length) {
      out.push(text, nodes[i]);
      text = "";
    } else {
      text += ch;
    }
  }
  out.push(text);
  return out.filter((x) => x !== "");
}

/** A framework text (a language map or a plain string) in the page's language, else English
 * (as the core falls back: the language, its primary language, English). */
const tx = (x) => {
  if (typeof x === "string") return x;
  if (!x) return "";
  return x[lang] ?? x[lang.split("-")[0]] ?? x.en ?? Object.values(x)[0] ?? "";
};
/** A score (two decimals), written by the core. */
const fmt = (v, digits = 2) => (v === null || v === undefined ? "–" : formatDecimal(v, digits, lang));

// ---------------------------------------------------------------------------------------------
// State: the assessment document, exactly as exported and as the core reads it.

let fw;
let spec;
let maxLevel;
let doc;
/** The element's report of the answers as they stand (null when they cannot be scored). */
let lastReport = null;
/** The framework's indicators (documents) by id (the workshop names them). */
let specById;
/** The unit kinds, in the core's order. */
let unitKinds;
/** Some indicator has applicability rules: then "not applicable" comes from the unit's kind. */
let usesApplicability;

function newDocument() {
  return { framework: { id: fw.id, version: fw.version }, answers: {} };
}

/** Whether the last save failed (its message stays until a save succeeds). */
let saveFailed = false;

/** Saves the draft in this browser at every change, so that it survives a reload and a crash of
 * the tab. A save that fails is said, never ignored: a full storage (QuotaExceededError) in its
 * own words, any other failure (storage disabled) in general ones; the answers stay in the page
 * and can be exported. */
function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(doc));
  } catch (e) {
    saveFailed = true;
    const quota = e?.name === "QuotaExceededError" || e?.name === "NS_ERROR_DOM_QUOTA_REACHED";
    fileMessage("error", t(quota ? "page-save-quota" : "page-save-failed"), [], String(e?.message ?? e));
    return false;
  }
  if (saveFailed) {
    saveFailed = false;
    byId("file-message").replaceChildren(h("p", { class: "ok" }, t("page-save-ok")));
  }
  return true;
}

/** The saved assessment, if there is a valid one; a damaged one is kept aside, not lost. */
function loadSaved() {
  let text = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  const errors = fw.validateJSON(text).filter((d) => d.severity === "error");
  if (errors.length === 0) return JSON.parse(text);
  try {
    localStorage.setItem(`${STORAGE_KEY}:damaged`, text);
  } catch {
    // No room to keep it aside (or storage refused): say so and offer it as a file, since the
    // next save replaces it.
    fileMessage("error", t("page-saved-damaged-not-kept"), errors);
    const link = h("button", { type: "button", id: "damaged-download" }, t("page-saved-damaged-download"));
    link.addEventListener("click", () => download("lhs-assessment-damaged.json", "application/json", text));
    byId("file-message").append(link);
    return null;
  }
  fileMessage("error", t("page-saved-damaged"), errors);
  return null;
}

// ---------------------------------------------------------------------------------------------
// The elements: the document given to them, their report read back.

/** Resolves once both elements show what the page gave them (their `updateComplete`). */
const drawn = () => Promise.all([questionnaire().updateComplete, results().updateComplete]);

/** Gives the document to the questionnaire and to the report (which follows the questionnaire's
 * own changes by itself, not those the page makes), then shows the questionnaire's report in
 * the header. */
async function showDocument() {
  questionnaire().assessment = doc;
  results().assessment = doc;
  await drawn();
  showProgress(questionnaire().report);
}

/** An answer in the questionnaire: its answers go into the document, which is saved, and its
 * report (the element's, already updated) is shown in the header. The unit is the page's: the
 * report is given the whole document, since the questionnaire may not have the unit's name as
 * just typed (see onMetaInput). */
function onChange(e) {
  if (e.target !== questionnaire()) return;
  doc = { ...doc, answers: e.detail.assessment.answers ?? {} };
  save();
  results().assessment = doc;
  showProgress(questionnaire().report);
}

/** The outcome nodes of a report (an outcome inside an outcome is part of it). */
function outcomeNodes(nodes) {
  return nodes.flatMap((n) => (n.outcome ? [n] : outcomeNodes(n.children)));
}

/** The header's progress and overall score, as the report gives them: every indicator to rate
 * is counted, those of the overall score and those of the outcomes. */
function showProgress(r) {
  lastReport = r;
  const score = byId("bar-score");
  if (!r) {
    byId("progress-text").textContent = "–";
    score.textContent = "–";
    score.dataset.score = "";
    return;
  }
  const counted = [r.overall, ...outcomeNodes(r.domains)].map((n) => n.counts);
  const total = counted.reduce((s, c) => s + c.total, 0);
  const answered = total - counted.reduce((s, c) => s + c.missing, 0);
  byId("progress-text").textContent = t("page-progress", { answered, total });
  byId("progress").max = total;
  byId("progress").value = answered;
  const o = r.overall;
  score.textContent = o.score === null ? "–" : t("page-score-of", { score: fmt(o.score), top: maxLevel });
  score.dataset.score = o.score === null ? "" : String(o.score);
}

function wireElements() {
  document.addEventListener("lhs-change", onChange);
}

// ---------------------------------------------------------------------------------------------
// The unit: what the elements do not ask (its name, kind, period and default target).

function levelName(l) {
  return tx(spec.scale.levels[l]?.name) || String(l);
}

/** The unit kind and default target selects, in the page's language. */
function buildMeta() {
  const target = byId("default-target");
  target.replaceChildren(h("option", { value: "" }, t("page-target-none")));
  for (let l = 0; l <= maxLevel; l++) target.append(h("option", { value: String(l) }, t("page-level-choice", { level: l, name: levelName(l) })));
  byId("unit-kind").replaceChildren(h("option", { value: "" }, t("page-kind-none")),
    ...unitKinds.map((k) => h("option", { value: k }, t("page-kind", { kind: k }))));
}

/** Puts the document's unit, period and default target into their controls. */
function writeMeta() {
  byId("unit-name").value = doc.unit?.name ?? "";
  // The select shows the kind as written in the document (an imported `District` shows
  // district; a kind that is not one keeps its own option, and the core warns about it).
  const kindSelect = byId("unit-kind");
  kindSelect.querySelector("option[data-other]")?.remove();
  const kind = typeof doc.unit?.kind === "string" ? doc.unit.kind : "";
  const known = unitKinds.find((k) => k === kind.trim().toLowerCase());
  if (kind !== "" && !known) kindSelect.append(h("option", { value: kind, dataset: { other: "true" } }, t("page-kind-unknown", { kind })));
  kindSelect.value = known ?? kind;
  byId("period").value = doc.period ?? "";
  byId("default-target").value = Number.isInteger(doc.default_target) ? String(doc.default_target) : "";
}

/** Reads the controls into the document, keeping the unit's fields they do not show. */
function readMeta() {
  const unit = { ...(doc.unit ?? {}) };
  const set = (obj, key, value) => {
    if (value !== "") obj[key] = value;
    else delete obj[key];
  };
  set(unit, "name", byId("unit-name").value);
  set(unit, "kind", byId("unit-kind").value);
  if (Object.keys(unit).length > 0) doc.unit = unit;
  else delete doc.unit;
  set(doc, "period", byId("period").value);
  const target = byId("default-target").value;
  set(doc, "default_target", target === "" ? "" : Number(target));
}

/** A change of the unit, saved at once. A select (the kind decides which indicators apply and
 * their wording; the default target changes the targets) goes to both elements; a typed name or
 * period to the report at each key, and to the questionnaire when the field is left (drawing the
 * whole questionnaire again at each key would slow typing down). */
function onMetaInput(e) {
  readMeta();
  save();
  if (e.target instanceof HTMLSelectElement) showDocument();
  else results().assessment = doc;
}

function wireMeta() {
  const form = byId("about");
  form.addEventListener("input", onMetaInput);
  form.addEventListener("change", (e) => {
    if (!(e.target instanceof HTMLSelectElement)) showDocument();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
}

// ---------------------------------------------------------------------------------------------
// Files: export and import.

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function baseName() {
  const parts = ["lhs-assessment", doc.unit?.name, doc.period].filter((x) => typeof x === "string" && x !== "");
  return parts.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "lhs-assessment";
}

function errorBox(title, details, fallback) {
  const items = details.length
    ? details.map((d) => h("li", {}, d.message, d.path ? [" ", h("span", { class: "path" }, t("page-at-path", { path: d.path }))] : null,
      d.line ? [" ", t("page-at-line", { line: d.line, column: d.column ?? 0 })] : null,
      d.help ? [h("br"), h("span", { class: "help" }, t("page-help", { help: d.help }))] : null))
    : [h("li", {}, fallback ?? "")];
  return h("div", { class: "error" }, h("p", {}, title), h("ul", {}, items));
}

function fileMessage(kind, text, details = [], fallback = null) {
  const box = byId("file-message");
  box.replaceChildren(kind === "error" ? errorBox(text, details, fallback) : h("p", { class: "ok" }, text));
  if (kind === "error") box.dataset.kind = "error";
  else delete box.dataset.kind;
}

/** Compares two versions of the form 1.2.3 (a missing part counts as 0): negative, 0, positive;
 * null when either is not such a version. */
function compareVersions(a, b) {
  const parse = (v) => (typeof v === "string" && /^\d+(\.\d+)*$/.test(v) ? v.split(".").map(Number) : null);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Reads an imported file as the core reads documents: its size checked before anything is
 * read (a byte-order mark aside, no more than the core's limit), then decoded strictly as
 * UTF-8 (a byte sequence that is not UTF-8 is an error, never replaced by U+FFFD). Returns the
 * text, or null after saying why the file was refused (through `say`, by default in the files'
 * message box). */
async function readImported(file, say = fileMessage) {
  try {
    const limit = maxDocumentBytes();
    const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
    let bom = 0;
    while (bom + BOM.length <= head.length && BOM.every((b, i) => head[bom + i] === b)) bom += BOM.length;
    if (file.size - bom > limit) {
      say("error", t("page-import-too-large", { file: file.name, limit: limit / (1024 * 1024) }));
      return null;
    }
    const bytes = await file.arrayBuffer();
    try {
      // Byte order marks at the start are not part of the document (as in the core).
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes).replace(/^\uFEFF+/, "");
    } catch {
      say("error", t("page-import-not-utf8", { file: file.name }));
      return null;
    }
  } catch {
    say("error", t("page-import-unreadable", { file: file.name }));
    return null;
  }
}

/** Why the core refuses a file's text (its own diagnostics, or a newer framework version than
 * the page's, said as such), or null when it can be imported. */
function refusal(file, text) {
  const errors = fw.validateJSON(text).filter((d) => d.severity === "error");
  // A file made for a newer version of the framework than the page has is refused as such
  // (the page cannot read what it does not know), before anything of it is used.
  if (errors.some((d) => d.code === "assessment.version_mismatch")) {
    const given = JSON.parse(text).framework.version;
    if (compareVersions(given, fw.version) > 0) {
      return [t("page-import-newer", { file: file.name, given, version: fw.version }), errors];
    }
  }
  if (errors.length > 0) return [t("page-import-invalid", { file: file.name, framework: `${fw.id} ${fw.version}` }), errors];
  return null;
}

async function importFile(file) {
  const text = await readImported(file);
  if (text === null) return;
  const refused = refusal(file, text);
  if (refused) {
    fileMessage("error", ...refused);
    return;
  }
  doc = JSON.parse(text);
  saveFailed = false;
  save();
  writeMeta();
  await showDocument();
  const n = Object.keys(doc.answers).length;
  if (!saveFailed) fileMessage("ok", t("page-imported", { file: file.name, n }));
}

async function reset() {
  if (!confirm(t("page-reset-confirm"))) return;
  doc = newDocument();
  save();
  writeMeta();
  await showDocument();
  fileMessage("ok", t("page-reset-done"));
}

function wireFiles() {
  byId("export-assessment").addEventListener("click", () =>
    download(`${baseName()}.json`, "application/json", `${JSON.stringify(doc, null, 2)}\n`));
  // The reports are the core's: scored and written by it from the document, as it stands now
  // (the element's report may be a task behind a name just typed).
  byId("export-report-json").addEventListener("click", () => {
    if (lastReport) download(`${baseName()}-report.json`, "application/json", `${JSON.stringify(fw.score(doc, { language: lang }), null, 2)}\n`);
  });
  byId("export-report-md").addEventListener("click", () => {
    if (lastReport) download(`${baseName()}-report.md`, "text/markdown", fw.render(doc, { format: "markdown", language: lang }));
  });
  const input = byId("import-file");
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) await importFile(file);
  });
  byId("reset").addEventListener("click", reset);
}

// ---------------------------------------------------------------------------------------------
// The page's own texts.

/** Reads the framework in the page's language: `Framework.builtin()` carries every language
 * loaded so far. */
function readFramework() {
  const previous = fw;
  fw = Framework.builtin();
  previous?.free();
  spec = fw.toJSON();
  maxLevel = fw.maxLevel;
  // The unit kinds as the core lists them (an indicator without rules applies to every kind).
  unitKinds = [...new Set(fw.indicators().map((i) => i.applies_to).sort((a, b) => b.length - a.length).flat())];
  specById = new Map();
  const collect = (n) => {
    for (const i of n.indicators ?? []) specById.set(i.id, i);
    for (const c of n.children ?? []) collect(c);
  };
  spec.domains.forEach(collect);
  usesApplicability = [...specById.values()].some((i) => Array.isArray(i.applies_to));
}

/** The document's language and direction, which the elements follow, and the texts marked
 * `data-msg` (or `data-msg-<attribute>`). */
function localizeTexts() {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = isRtl(lang) ? "rtl" : "ltr";
  document.title = `${t("page-title")} · lhs-maturity`;
  for (const el of document.querySelectorAll("[data-msg]")) el.textContent = t(el.dataset.msg);
  for (const el of document.querySelectorAll("[data-msg-placeholder], [data-msg-aria-label]")) {
    for (const a of ["placeholder", "aria-label"]) {
      const id = el.getAttribute(`data-msg-${a}`);
      if (id) el.setAttribute(a, t(id));
    }
  }
  byId("intro").textContent = t("page-intro", {
    framework: `${tx(spec.title)} (${fw.id} ${fw.version})`,
    bottom: 0, "bottom-name": levelName(0), top: maxLevel, "top-name": levelName(maxLevel),
  });
}

/** The footer: the tool, and the rater training (the calibration cases and the protocol, in
 * the project's repository). */
function localizeFooter() {
  byId("footer").replaceChildren(...tn("page-footer", {
    tool: h("a", { href: "https://github.com/lhs-maturity/lhs-maturity" }, "lhs-maturity"),
    report: h("em", {}, t("page-footer-report")),
  }));
  const repo = "https://github.com/lhs-maturity/lhs-maturity/blob/main/spec/";
  byId("training").replaceChildren(...tn("page-training", {
    cases: h("a", { href: `${repo}calibration` }, t("page-training-cases")),
    protocol: h("a", { href: `${repo}PROTOCOL.md` }, t("page-training-protocol")),
  }));
}

/** The language switcher (the languages by their own names, as the framework declares them)
 * and what the translation is worth, and whether it has been reviewed yet. */
function localizeLanguages() {
  const languages = fw.languageStatus().filter((l) => l.status !== "undeclared");
  const select = byId("language");
  select.replaceChildren(...languages.map((l) =>
    h("option", { value: l.code, lang: l.code, dir: isRtl(l.code) ? "rtl" : "ltr" }, l.name)));
  select.value = lang;
  select.closest("label").hidden = false;
  const status = languages.find((l) => l.code === lang)?.status;
  byId("translation-note").hidden = status === "source" || lang === "en";
  byId("translation-status").hidden = status !== "provisional";
  byId("translation-status").textContent = t("page-translation-provisional");
  byId("translation-disclaimer").textContent = t("page-translation-disclaimer");
}

/** The page's part in the page's language: texts, the unit's controls, the workshop. The
 * elements draw themselves again when the document's `lang` changes. */
function render() {
  localizeTexts();
  localizeFooter();
  localizeLanguages();
  buildMeta();
  writeMeta();
  workshop?.render();
}

// ---------------------------------------------------------------------------------------------
// The consensus workshop (workshop.js): what it needs of the page.

let workshop = null;

/** After a respondent's answers went to the workshop: a blank questionnaire for the next one,
 * with the same unit, period and default target (the core pools one unit and period). */
function startNextRespondent() {
  const { answers: _a, respondent: _r, ...keep } = doc;
  doc = { ...keep, answers: {} };
  save();
  writeMeta();
  return showDocument();
}

/** What the workshop needs of the page. */
function workshopContext() {
  return {
    h, t, fmt, levelName, download, errorBox, readImported, startNextRespondent,
    framework: () => fw,
    maxLevel: () => maxLevel,
    lang: () => lang,
    usesApplicability: () => usesApplicability,
    indicatorName: (id) => tx(specById.get(id)?.name) || id,
    currentDocument: () => structuredClone(doc),
  };
}

const WORKSHOP_VIEW = "#workshop";
let workshopLoading = null;

/** The view by the address's fragment, the questionnaire or the workshop (#workshop), so that a
 * reload, the back button and a bookmark keep it. The workshop's code (workshop.js) is loaded
 * the first time it is opened, as is the whole module it needs: the first load stays the
 * elements'. */
async function showView() {
  const on = location.hash === WORKSHOP_VIEW || location.hash.startsWith("#ws-");
  document.body.dataset.view = on ? "workshop" : "questionnaire";
  document.querySelector(".layout").hidden = on;
  byId("workshop").hidden = !on;
  byId(on ? "view-questionnaire" : "view-workshop").removeAttribute("aria-current");
  byId(on ? "view-workshop" : "view-questionnaire").setAttribute("aria-current", "page");
  if (!on) return;
  workshopLoading ??= import("./workshop.js").then(({ createWorkshop }) => {
    workshop = createWorkshop(workshopContext());
  });
  try {
    await workshopLoading;
  } catch (e) {
    workshopLoading = null;
    const status = byId("ws-loading");
    status.hidden = false;
    status.textContent = t("page-ws-load-failed", { error: String(e?.message ?? e) });
    status.className = "error";
    return;
  }
  await workshop.open();
}

function wireWorkshop() {
  window.addEventListener("hashchange", showView);
  showView();
}

// ---------------------------------------------------------------------------------------------
// Choosing the language.

/** The language chosen before (kept in this browser), else the first of the browser's
 * languages the page has, as the core negotiates it. */
function initialLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {}
  const requested = stored ?? (navigator.languages?.length ? navigator.languages : [navigator.language ?? "en"]);
  return negotiateLanguage(requested).language;
}

/** Loads a language if needed (its pack is fetched the first time), then shows the page in it;
 * a language that cannot be loaded leaves the page in English, with a message. */
async function useLanguage(wanted, { remember }) {
  const select = byId("language");
  select.disabled = true;
  const loaded = await loadLanguage(wanted);
  select.disabled = false;
  lang = loaded.language;
  const box = byId("language-message");
  box.replaceChildren();
  if (loaded.language !== wanted) {
    const name = fw?.languageStatus().find((l) => l.code === wanted)?.name ?? wanted;
    box.append(h("p", { class: "error" }, t("page-language-failed", { language: name })));
  } else if (remember) {
    try {
      localStorage.setItem(LANGUAGE_KEY, wanted);
    } catch {}
  }
}

function wireLanguage() {
  byId("language").addEventListener("change", async (e) => {
    await useLanguage(e.target.value, { remember: true });
    readFramework();
    render();
    await drawn();
    showProgress(questionnaire().report);
    document.body.dataset.language = lang;
  });
}

/** Keeps the results panel below the sticky header, whatever the length of its texts. */
function followHeaderHeight() {
  const header = document.querySelector("header.top");
  const set = () => document.documentElement.style.setProperty("--top-height", `${header.offsetHeight}px`);
  new ResizeObserver(set).observe(header);
  set();
}

// ---------------------------------------------------------------------------------------------

async function main() {
  try {
    await ready();
  } catch (e) {
    // Without the module there is no catalog: this one text is English (the elements say the
    // same in their own boxes).
    byId("loading").textContent = `The scoring engine could not be loaded: ${e.message}`;
    byId("loading").className = "error";
    return;
  }
  await useLanguage(initialLanguage(), { remember: false });
  readFramework();
  wireMeta();
  wireFiles();
  wireLanguage();
  wireElements();
  followHeaderHeight();
  doc = loadSaved() ?? newDocument();
  render();
  await showDocument();
  wireWorkshop();
  byId("loading").remove();
  byId("questionnaire").hidden = false;
  document.body.dataset.language = lang;
  document.body.dataset.ready = "true";
}

main();
