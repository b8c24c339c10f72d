// The custom elements of lhs-maturity (`lhs-maturity/elements`): <lhs-assessment>, the
// questionnaire of a framework, form-associated; and <lhs-report>, the scores, charts and next
// steps of a report. Importing this module defines both (once: an element name already defined
// is left alone). No framework: plain custom elements with an open shadow root each.
//
// Every number, every rule and every word comes from the core (WebAssembly): the form keeps the
// answers as an assessment document, asks the core to score it (which indicators apply to the
// unit kind, what is missing, the report), and writes its texts with the core's message catalog
// (`page-*` messages) and number formatting. Nothing is scored or validated here.
//
// Safety: user text and the framework's text are only ever put in as text (textContent, form
// values), never as HTML. The charts are SVG documents drawn by the core (which escapes every
// text in them), parsed as XML through the Trusted Types policy `lhs-maturity` (so a page
// with `require-trusted-types-for 'script'` works when its `trusted-types` directive allows that
// name). Styles are constructable stylesheets (adoptedStyleSheets): no <style> element, no
// style attribute, so a strict `style-src` holds. Nothing reaches the network but the
// WebAssembly module (and, for a language other than English, its language pack from the
// package's languages/ directory).
//
// Size: the elements load their own, smaller module (./core.js, ./lhs_maturity_bg.wasm: the
// crate without the analyses), not the package's whole one (../web/). A report given to
// <lhs-report> as a report (not scored here from an assessment) needs the whole module to draw
// its charts: it is loaded then, and only then.
import init, {
  Framework, loadLanguage, negotiateLanguage, message, formatDecimal, formatPercent, isRtl,
} from "./core.js";

const SVG = "http://www.w3.org/2000/svg";
const PROFILE_FACETS = ["loop", "level", "means"];
const DRAFT_PREFIX = "lhs-maturity:draft:";
const STEPS_PER_OWNER = 3;

// ---------------------------------------------------------------------------------------------
// Loading the WebAssembly module, once for every element.

const options = { wasmUrl: undefined, languagesUrl: undefined, fullWasmUrl: undefined };
let loading = null;
let loaded = false;
/** The elements connected to a document, told when the module's URL changes. */
const live = new Set();

/**
 * Sets where the elements' WebAssembly module (`wasmUrl`), the language packs (`languagesUrl`,
 * a directory) and the package's whole module (`fullWasmUrl`, only for the charts of a report
 * given as a report) are loaded from, for hosts that serve them themselves. Call it before the
 * first element is connected (in the module that imports this one); after a failed load it
 * retries with the new URL.
 */
export function configure(opts = {}) {
  if ("wasmUrl" in opts) options.wasmUrl = opts.wasmUrl ?? undefined;
  if ("languagesUrl" in opts) options.languagesUrl = opts.languagesUrl ?? undefined;
  if ("fullWasmUrl" in opts) options.fullWasmUrl = opts.fullWasmUrl ?? undefined;
  if (!loaded && loading !== null) {
    loading = null;
    for (const el of live) el._refresh();
  }
}

/** Resolves when the WebAssembly module is loaded (loading it if no element did yet). */
export function ready() {
  if (loading === null) {
    const url = options.wasmUrl ?? new URL("./lhs_maturity_bg.wasm", import.meta.url);
    loading = init(url).then(() => {
      loaded = true;
    });
    loading.catch(() => {});
  }
  return loading;
}

let full = null;
/** The package's whole module (../web/), loaded the first time a report given as a report
 * needs its charts drawn (the elements' module cannot read a report back), with the language
 * `lang` added. */
async function fullModule(lang) {
  full ??= import("../web/index.js").then(async (m) => {
    await m.default(options.fullWasmUrl ?? undefined);
    return m;
  });
  full.catch(() => {
    full = null;
  });
  const m = await full;
  if (lang !== "en") await m.loadLanguage(lang, options.languagesUrl ? { baseUrl: options.languagesUrl } : null);
  return m;
}

// ---------------------------------------------------------------------------------------------
// Small helpers. Strings become text nodes: nothing here parses HTML.

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "value" || k === "checked") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
  return el;
}

const heading = (level, attrs, ...children) => h(`h${Math.min(6, Math.max(1, level))}`, attrs, ...children);

/** A text of the framework (a language map or a string) in `lang`, its primary language, or
 * English, as the core falls back. */
function tx(x, lang) {
  if (typeof x === "string") return x;
  if (!x) return "";
  return x[lang] ?? x[lang.split("-")[0]] ?? x.en ?? Object.values(x)[0] ?? "";
}

let policy;
/** An SVG chart drawn by the core, as a node (parsed as XML, never as HTML); null when it
 * cannot be (a parse error, or a Trusted Types policy the page does not allow). */
function chart(svgText) {
  try {
    let input = svgText;
    if (globalThis.trustedTypes?.createPolicy) {
      // Only the core's SVG documents go through this policy.
      policy ??= globalThis.trustedTypes.createPolicy("lhs-maturity", { createHTML: (s) => s });
      input = policy.createHTML(svgText);
    }
    const parsed = new DOMParser().parseFromString(input, "image/svg+xml");
    const root = parsed.documentElement;
    if (root.namespaceURI !== SVG || parsed.getElementsByTagName("parsererror").length > 0) return null;
    return document.importNode(root, true);
  } catch {
    return null;
  }
}

/** The language of an element: its own `lang` attribute, else the nearest ancestor's (across
 * shadow roots), else the document's, else English. */
function inheritedAttr(el, name) {
  for (let n = el; n; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode) {
    if (n.nodeType === 1 && n.getAttribute(name)) return n.getAttribute(name);
  }
  return null;
}

/** The element's property set before it was upgraded, moved onto its accessor. */
function upgradeProperty(el, prop) {
  if (Object.prototype.hasOwnProperty.call(el, prop)) {
    const value = el[prop];
    delete el[prop];
    el[prop] = value;
  }
}

/** A framework as given (a Framework, a framework document or its JSON text, or null for the
 * built-in one): `{ fw, owned }`; `owned` frameworks are freed by the element. */
function frameworkOf(given) {
  if (given === null || given === undefined) return { fw: Framework.builtin(), owned: true };
  if (typeof given === "string") return { fw: Framework.fromJSON(given), owned: true };
  if (typeof given.score === "function" && typeof given.toJSON === "function") return { fw: given, owned: false };
  return { fw: Framework.fromObject(given), owned: true };
}

/** One observer of `lang` and `dir` in the whole document for every element: an element whose
 * language changes is shown again in it. */
let langObserver = null;
function observeLanguage() {
  if (langObserver !== null || typeof MutationObserver === "undefined") return;
  langObserver = new MutationObserver(() => {
    for (const el of live) el._languageMaybeChanged();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["lang", "dir"], subtree: true });
}

function sheet(css) {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

// Shared by both elements. Logical properties only (inline/block), so that right-to-left
// languages lay out mirrored; colours through custom properties a host may set.
const BASE_CSS = `
:host { display: block; color: var(--lhs-text, #1a1a1a); background: var(--lhs-background, transparent);
  font-family: var(--lhs-font, inherit); line-height: 1.45; }
[hidden] { display: none !important; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
:focus-visible { outline: 3px solid var(--lhs-focus, #1a56db); outline-offset: 2px; }
.error { color: var(--lhs-error, #a4161a); border-inline-start: 4px solid currentColor; padding-inline-start: 0.6em; }
.status-line { color: var(--lhs-muted, #4a4a4a); margin-block: 0.25em; }
h2, h3, h4, h5, h6 { line-height: 1.25; margin-block: 1em 0.4em; }
`;

const ASSESSMENT_CSS = `
.progress { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-block: 0 0.75em; }
.domain { margin-block-end: 1.5em; }
.subdomain > summary { cursor: pointer; }
.subdomain > summary > * { display: inline; }
.indicator { border: 1px solid var(--lhs-border, #8a8a8a); border-radius: var(--lhs-radius, 6px);
  padding-block: 0.75em; padding-inline: 1em; margin-block: 0.75em; background: var(--lhs-card, #fff); }
.indicator code { font-size: 0.85em; color: var(--lhs-muted, #4a4a4a); }
.statement { margin-block: 0.25em; }
fieldset { border: 0; padding: 0; margin-block: 0.5em; margin-inline: 0; min-inline-size: 0; }
.choice { display: flex; gap: 0.5em; align-items: flex-start; padding-block: 0.3em; padding-inline: 0.4em;
  border-radius: 4px; cursor: pointer; }
.choice:hover { background: var(--lhs-hover, #eef2ff); }
.choice input { margin-block-start: 0.25em; flex: none; }
.choice:has(input:checked) { background: var(--lhs-selected, #e6f0ff); outline: 1px solid var(--lhs-accent, #1a56db); }
.other-choices { display: flex; flex-wrap: wrap; gap: 0.25em 1em; }
.notes { display: grid; gap: 0.5em; grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr)); }
.notes label { display: flex; flex-direction: column; gap: 0.2em; }
textarea, select { font: inherit; color: inherit; background: var(--lhs-field, #fff); border: 1px solid var(--lhs-border, #8a8a8a);
  border-radius: 4px; padding: 0.3em; max-inline-size: 100%; box-sizing: border-box; }
textarea { inline-size: 100%; resize: vertical; }
details.terms { margin-block: 0.4em; }
.answer-summary { margin-block: 0.5em 0; color: var(--lhs-muted, #4a4a4a); }
:host([disabled]) .indicators { opacity: 0.6; }
@media print {
  .choice:not(:has(input:checked)) { display: none; }
  .indicator { break-inside: avoid; }
}
@media (forced-colors: active) {
  .choice:has(input:checked) { outline: 2px solid Highlight; }
}
`;

const REPORT_CSS = `
.big { font-size: 2em; margin-block: 0.2em; }
.big .of { font-size: 0.5em; color: var(--lhs-muted, #4a4a4a); }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5em; }
th, td { text-align: start; padding-block: 0.25em; padding-inline: 0.5em; border-block-end: 1px solid var(--lhs-border, #8a8a8a); }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
/* The names take the width left (broken only when a word is wider than it), the numbers never
   break; in a narrow element the tables are set smaller. */
.report { container-type: inline-size; }
:is(th, td):first-child { inline-size: 100%; overflow-wrap: anywhere; hyphens: auto; }
:is(th, td):not(:first-child) { white-space: nowrap; }
@container (max-width: 32rem) {
  table { font-size: 0.8em; }
  th, td { padding-inline: 0.25em; }
}
svg { max-inline-size: 100%; block-size: auto; display: block; }
.owner ol { padding-inline-start: 1.5em; }
.step { font: inherit; color: var(--lhs-link, #1a56db); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
section { margin-block-end: 1.25em; break-inside: avoid; }
@media print {
  .step { color: inherit; text-decoration: none; }
  section { break-inside: avoid; }
}
/* Forced colours: the charts' fills are not forced (the core's level colours stay, their
   numbers are written beside them), so their texts, grid and lines take the system's colours. */
@media (forced-colors: active) {
  svg text { fill: CanvasText; }
  svg .grid { stroke: GrayText; }
  svg :is(.target, .intervals, .legend line) { stroke: CanvasText; }
}
`;

let sheets = null;
/** The stylesheets, made once (after the document exists). */
function styles() {
  sheets ??= { base: sheet(BASE_CSS), assessment: sheet(ASSESSMENT_CSS), report: sheet(REPORT_CSS) };
  return sheets;
}

/** The message shown when the WebAssembly module cannot be loaded: English, since the
 * catalogs are in the module. */
function loadFailure(e) {
  const where = options.wasmUrl === undefined ? "" : ` from ${options.wasmUrl}`;
  return h("p", { class: "error", role: "alert", part: "error" },
    `The lhs-maturity scoring engine could not be loaded${where}: ${e?.message ?? e}`);
}

/** Where there is no DOM (a server rendering the host's pages imports this module too), the
 * classes are defined over an empty class and no element is defined. */
const ElementBase = globalThis.HTMLElement ?? class {};

/** The parts both elements share: language, loading, framework. */
class LhsBase extends ElementBase {
  constructor() {
    super();
    this._root = this.attachShadow({ mode: "open", delegatesFocus: true });
    this._lang = null;
    this._languageNote = null;
    this._loading = Promise.resolve();
    this._fw = null;
    this._fwOwned = false;
    this._framework = null;
    this._scheduled = false;
    this._generation = 0;
  }

  connectedCallback() {
    live.add(this);
    observeLanguage();
    this._refresh();
  }

  disconnectedCallback() {
    live.delete(this);
  }

  attributeChangedCallback() {
    if (this.isConnected) this._refresh();
  }

  /** The language wanted: the element's `lang`, else its ancestors', else English. */
  _wantedLanguage() {
    return inheritedAttr(this, "lang") ?? "en";
  }

  /** What the element's language and direction depend on (its own and its ancestors'
   * attributes). */
  _languageInputs() {
    return `${this._wantedLanguage()}|${this.getAttribute("dir") ?? ""}|${inheritedAttr(this, "dir") ?? ""}`;
  }

  _languageMaybeChanged() {
    if (this._languageInputs() !== this._inputs) this._refresh();
  }

  /** The direction: the element's `dir`, else (without a `lang` of its own) its ancestors',
   * else that of its language. */
  _direction(lang) {
    const own = this.getAttribute("dir");
    if (own === "ltr" || own === "rtl") return own;
    if (!this.hasAttribute("lang")) {
      const inherited = inheritedAttr(this, "dir");
      if (inherited === "ltr" || inherited === "rtl") return inherited;
    }
    return isRtl(lang) ? "rtl" : "ltr";
  }

  /** Shows the element again (after a microtask, so that a host setting several properties in a
   * row causes one rendering). */
  _refresh() {
    if (this._scheduled) return;
    this._scheduled = true;
    queueMicrotask(() => {
      this._scheduled = false;
      if (this.isConnected) this._loading = this._load();
    });
  }

  /** Resolves (to true) once the element shows what was set before: after the rendering a
   * change of property, attribute or language scheduled (the module and a language pack loaded
   * if needed), and any it scheduled in turn. For hosts that read `report` after setting
   * `assessment`. */
  get updateComplete() {
    return (async () => {
      for (;;) {
        await Promise.resolve(); // a rendering scheduled just before starts first
        const loading = this._loading;
        await loading;
        if (loading === this._loading && !this._scheduled) return true;
      }
    })();
  }

  async _load() {
    const generation = ++this._generation;
    try {
      await ready();
    } catch (e) {
      if (generation === this._generation) this._show(loadFailure(e));
      return;
    }
    const wanted = this._wantedLanguage();
    const got = await loadLanguage(wanted, options.languagesUrl ? { baseUrl: options.languagesUrl } : null);
    if (generation !== this._generation || !this.isConnected) return;
    // A language the core has but whose pack could not be fetched: English, and a note saying so
    // (a language the core does not have at all is English without a note, as on the page).
    const negotiated = negotiateLanguage(wanted).language;
    this._languageNote = got.language === "en" && negotiated !== "en" ? negotiated : null;
    this._inputs = this._languageInputs();
    const languageChanged = got.language !== this._lang;
    this._lang = got.language;
    this._dir = this._direction(got.language);
    try {
      // The built-in framework carries the texts of every language loaded so far: read again.
      if (this._fw === null || (languageChanged && this._framework === null)) this._useFramework();
    } catch (e) {
      this._show(h("div", { class: "error", role: "alert", part: "error" }, e.message,
        h("ul", {}, (e.details ?? []).map((d) => h("li", {}, d.path ? `${d.path}: ${d.message}` : d.message)))));
      return;
    }
    this._render();
  }

  _useFramework() {
    const { fw, owned } = frameworkOf(this._framework);
    if (this._fwOwned && this._fw !== fw) this._fw?.free();
    this._fw = fw;
    this._fwOwned = owned;
  }

  /** The framework: a framework document (or a Framework of the package); null for the
   * built-in one. */
  get framework() {
    return this._framework;
  }

  set framework(value) {
    this._framework = value ?? null;
    if (this._fwOwned) this._fw?.free();
    this._fw = null;
    this._fwOwned = false;
    this._frameworkChanged();
    this._refresh();
  }

  _frameworkChanged() {}

  /** A message of the page catalog in the element's language. */
  _t(id, args) {
    return message(this._lang, id, args ?? null);
  }

  _show(...nodes) {
    const note = this._languageNote
      ? h("p", { class: "language-note", role: "status", part: "language-note" },
        message(this._lang ?? "en", "page-language-pack-failed", { language: this._languageNote }))
      : null;
    const box = h("div", { lang: this._lang ?? "en", dir: this._dir ?? "ltr", part: "container" }, note, ...nodes);
    this._root.replaceChildren(box);
    return box;
  }
}

// ---------------------------------------------------------------------------------------------
// <lhs-assessment>

/** The answer of an indicator as an object (bare levels, "na", "unknown" and null included). */
function answerObject(a) {
  if (a === undefined || a === null) return {};
  if (typeof a === "object" && !Array.isArray(a)) return a;
  return { level: a };
}

const clone = (x) => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

export class LhsAssessmentElement extends LhsBase {
  static formAssociated = true;
  static observedAttributes = ["lang", "dir", "unit-kind", "draft-key", "required", "heading-level"];

  constructor() {
    super();
    this._internals = this.attachInternals();
    this._root.adoptedStyleSheets = [styles().base, styles().assessment];
    this._doc = null;
    this._initial = null;
    this._report = null;
    this._complete = false;
    this._disabled = false;
  }

  connectedCallback() {
    for (const p of ["framework", "unitKind", "assessment"]) upgradeProperty(this, p);
    super.connectedCallback();
  }

  /** The kind of unit assessed (`unit-kind`): indicators that do not apply to it are hidden,
   * and its adapted wording is shown. */
  get unitKind() {
    return this.getAttribute("unit-kind");
  }

  set unitKind(v) {
    if (v === null || v === undefined || v === "") this.removeAttribute("unit-kind");
    else this.setAttribute("unit-kind", String(v));
  }

  /** The key of the draft kept in this browser's localStorage (`draft-key`); none by default. */
  get draftKey() {
    return this.getAttribute("draft-key");
  }

  set draftKey(v) {
    if (v === null || v === undefined) this.removeAttribute("draft-key");
    else this.setAttribute("draft-key", String(v));
  }

  get required() {
    return this.hasAttribute("required");
  }

  set required(v) {
    this.toggleAttribute("required", Boolean(v));
  }

  /** The assessment document as it stands (a copy); setting it replaces the answers. */
  get assessment() {
    return clone(this._doc ?? this._initial ?? null);
  }

  set assessment(value) {
    this._initial = value === null || value === undefined ? null : clone(value);
    this._doc = null;
    this._refresh();
  }

  _frameworkChanged() {
    this._doc = null;
  }

  attributeChangedCallback(name, old, value) {
    // `required` changes only the validity: no need to draw the form again.
    if (name === "required" && this._report !== null && this._doc !== null) this._update(false);
    else super.attributeChangedCallback(name, old, value);
  }

  get form() {
    return this._internals.form;
  }

  get name() {
    return this.getAttribute("name");
  }

  get validity() {
    return this._internals.validity;
  }

  get validationMessage() {
    return this._internals.validationMessage;
  }

  get willValidate() {
    return this._internals.willValidate;
  }

  checkValidity() {
    return this._internals.checkValidity();
  }

  reportValidity() {
    return this._internals.reportValidity();
  }

  /** The report of the answers as they stand (null before the module is loaded). */
  get report() {
    return clone(this._report);
  }

  /** Moves the focus to an indicator's answer (its chosen level, else its first choice), opening
   * its sub-domain; false when the form has no such indicator shown. */
  focusIndicator(id) {
    const art = [...this._root.querySelectorAll("article.indicator")].find((a) => a.dataset.id === id);
    if (!art || art.hidden) return false;
    for (let d = art.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
    const target = art.querySelector("input[type=radio]:checked") ?? art.querySelector("input[type=radio]");
    target.focus();
    target.scrollIntoView({ block: "center" });
    return this._root.activeElement === target;
  }

  /** Forgets the draft kept in this browser (`draft-key`). */
  clearDraft() {
    const key = this.draftKey;
    if (key === null) return;
    try {
      localStorage.removeItem(DRAFT_PREFIX + key);
    } catch {}
  }

  formResetCallback() {
    this.clearDraft();
    this._doc = null;
    this._refresh();
  }

  formDisabledCallback(disabled) {
    this._disabled = disabled;
    const box = this._root.querySelector(".indicators");
    if (box) box.disabled = disabled;
  }

  formStateRestoreCallback(state) {
    if (typeof state !== "string") return;
    try {
      this._initial = JSON.parse(state);
      this._doc = null;
      this._refresh();
    } catch {}
  }

  _draft() {
    const key = this.draftKey;
    if (key === null) return null;
    let text = null;
    try {
      text = localStorage.getItem(DRAFT_PREFIX + key);
    } catch {
      return null;
    }
    if (text === null) return null;
    const errors = this._fw.validateJSON(text).filter((d) => d.severity === "error");
    return errors.length === 0 ? JSON.parse(text) : null;
  }

  _saveDraft() {
    const key = this.draftKey;
    if (key === null) return;
    try {
      localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(this._doc));
    } catch {
      // A full or disabled storage: the answers stay in the form and in its value.
    }
  }

  /** The document to show: the one being edited, else the draft, else the initial one, else a
   * new one; its unit kind set from `unit-kind`. */
  _document() {
    let problem = null;
    if (this._doc === null) {
      let doc = this._draft();
      if (doc === null && this._initial !== null) {
        const errors = this._fw.validate(this._initial).filter((d) => d.severity === "error");
        if (errors.length === 0) doc = clone(this._initial);
        else problem = errors;
      }
      this._doc = doc ?? { framework: { id: this._fw.id, version: this._fw.version }, answers: {} };
    }
    const kind = this.unitKind;
    if (kind !== null) this._doc.unit = { ...(this._doc.unit ?? {}), kind };
    return problem;
  }

  _render() {
    const problem = this._document();
    const fw = this._fw;
    const lang = this._lang;
    this._spec = fw.toJSON();
    this._specById = new Map();
    const collect = (n) => {
      for (const i of n.indicators ?? []) this._specById.set(i.id, i);
      for (const c of n.children ?? []) collect(c);
    };
    this._spec.domains.forEach(collect);
    this._usesApplicability = [...this._specById.values()].some((i) => Array.isArray(i.applies_to));
    this._glossary = new Map((this._spec.glossary ?? []).map((g) => [g.id, g]));
    const focusedId = this._root.activeElement?.closest?.("article.indicator")?.dataset.id ?? null;

    const base = Number(this.getAttribute("heading-level")) || 2;
    const indicators = h("fieldset", { class: "indicators" });
    indicators.disabled = this._disabled;
    indicators.append(h("legend", { class: "visually-hidden" }, tx(this._spec.title, lang) || fw.id));
    for (const d of this._spec.domains) indicators.append(this._domain(d, base));
    const progress = h("p", { class: "progress", part: "progress" },
      h("span", { id: "progress-label" }, this._t("page-answered")), " ",
      h("span", { id: "progress-text" }, ""));
    this._show(
      problem ? h("div", { class: "error", role: "alert", part: "error" },
        h("p", {}, this._t("page-cannot-score")),
        h("ul", {}, problem.map((d) => h("li", {}, d.message)))) : null,
      progress, indicators);
    // Every control (radio, select, textarea) fires input once per change.
    indicators.addEventListener("input", (e) => this._onInput(e));
    this._writeForm();
    this._update(false);
    if (focusedId) this.focusIndicator(focusedId);
  }

  _domain(d, base) {
    const lang = this._lang;
    const section = h("section", { class: "domain", part: "domain", id: `dom-${d.id}`, "aria-labelledby": `dom-${d.id}-title` },
      heading(base, { id: `dom-${d.id}-title` }, tx(d.name, lang)),
      d.description ? h("p", { class: "description" }, tx(d.description, lang)) : null);
    const addNode = (n, depth) => {
      const level = base + Math.max(depth, 1);
      if (n.indicators) {
        section.append(h("details", { class: "subdomain", open: true, id: `sub-${n.id}` },
          h("summary", {}, heading(level, { class: "sub-title" }, tx(n.name, lang))),
          n.description ? h("p", { class: "description" }, tx(n.description, lang)) : null,
          n.indicators.map((ind) => this._card(ind, level + 1))));
      } else {
        if (depth > 0) section.append(heading(level, {}, tx(n.name, lang)));
        for (const c of n.children ?? []) addNode(c, depth + 1);
      }
    };
    addNode(d, 0);
    return section;
  }

  _levelName(l) {
    return tx(this._spec.scale.levels[l]?.name, this._lang) || String(l);
  }

  _targetSelect(labelledBy) {
    const select = h("select", { "data-field": "target", "aria-labelledby": labelledBy });
    select.append(h("option", { value: "" }, this._t("page-target-none")));
    for (let l = 0; l <= this._fw.maxLevel; l++) {
      select.append(h("option", { value: String(l) }, this._t("page-level-choice", { level: l, name: this._levelName(l) })));
    }
    return select;
  }

  /** An indicator's card: its heading, statement and guiding question, what to check, the
   * glossary terms it uses, its answers as a radio group named by the heading and described by
   * the statement and question, then the justification of N/A, the evidence note, the
   * confidence and the target, each labelled by its own label and the indicator's name. */
  _card(ind, level) {
    const id = ind.id;
    const lang = this._lang;
    const fw = this._fw;
    const name = `lvl:${id}`;
    const choice = (value, title, text) =>
      h("label", { class: "choice", part: "choice" },
        h("input", { type: "radio", name, value }),
        h("span", {}, h("strong", {}, title), text ? [" ", h("span", {}, text)] : null));
    const labelledBy = (p) => `ind-${id}-${p}-label ind-${id}-name`;
    const terms = (ind.terms ?? []).map((x) => this._glossary.get(x)).filter(Boolean);
    const evidence = ind.evidence ?? [];
    const confidence = h("select", { "data-field": "confidence", "aria-labelledby": labelledBy("confidence") },
      h("option", { value: "" }, this._t("page-confidence-none")),
      ["low", "medium", "high"].map((c) => h("option", { value: c }, this._t("page-confidence-level", { confidence: c }))));
    return h("article", { class: "indicator", part: "indicator", id: `ind-${id}`, dataset: { id } },
      heading(level, { id: `ind-${id}-title` }, h("span", { class: "ind-name", id: `ind-${id}-name` }, tx(ind.name, lang) || id), " ", h("code", {}, id)),
      h("p", { class: "statement", id: `ind-${id}-statement` }, tx(ind.statement, lang)),
      ind.question ? h("p", { class: "question", id: `ind-${id}-question` }, h("strong", {}, this._t("page-guiding-question")), " ",
        h("span", { class: "question-text" }, tx(ind.question, lang))) : null,
      evidence.length > 0 ? h("div", {}, h("p", { id: `ind-${id}-check` }, this._t("page-what-to-check")),
        h("ul", { "aria-labelledby": `ind-${id}-check` }, evidence.map((e) => h("li", {}, tx(e, lang))))) : null,
      terms.length > 0 ? h("details", { class: "terms" }, h("summary", {}, this._t("page-terms-used", { n: terms.length })),
        h("dl", {}, terms.map((g) => [h("dt", {}, tx(g.term, lang)), h("dd", {}, tx(g.definition, lang))]))) : null,
      h("fieldset", {
        class: "choices", "aria-labelledby": `ind-${id}-title`,
        "aria-describedby": ind.question ? `ind-${id}-statement ind-${id}-question` : `ind-${id}-statement`,
      },
        h("legend", { class: "visually-hidden" }, this._t("page-level-legend")),
        ind.levels.map((_, l) => choice(String(l), this._t("page-level-choice", { level: l, name: this._levelName(l) }), fw.descriptor(id, l, lang) ?? "")),
        h("div", { class: "other-choices" },
          this._usesApplicability ? null : choice("na", this._t("page-na"), this._t("page-na-hint")),
          choice("unknown", this._t("page-dont-know"), null),
          choice("", this._t("page-not-answered"), null))),
      h("div", { class: "notes" },
        h("label", { class: "justification", hidden: true }, h("span", { id: `ind-${id}-why-label` }, this._t("page-why-na")),
          h("textarea", { "data-field": "justification", rows: 2, "aria-labelledby": labelledBy("why") })),
        h("label", {}, h("span", { id: `ind-${id}-evidence-label` }, this._t("page-evidence-note")),
          h("textarea", { "data-field": "evidence", rows: 2, "aria-labelledby": labelledBy("evidence") })),
        h("label", {}, h("span", { id: `ind-${id}-confidence-label` }, this._t("page-confidence")), confidence),
        h("label", {}, h("span", { id: `ind-${id}-target-label` }, this._t("page-target")), this._targetSelect(labelledBy("target")))),
      h("p", { class: "answer-summary", part: "status" }));
  }

  /** Puts the document's answers into the form, in the unit kind's wording. */
  _writeForm() {
    const kind = typeof this._doc.unit?.kind === "string" ? this._doc.unit.kind.trim().toLowerCase() : "";
    for (const art of this._root.querySelectorAll("article.indicator")) {
      const ind = this._specById.get(art.dataset.id);
      const adapted = (kind && ind.adapted?.[kind]) || {};
      art.querySelector(".ind-name").textContent = tx(adapted.name ?? ind.name, this._lang) || ind.id;
      art.querySelector(".statement").textContent = tx(adapted.statement ?? ind.statement, this._lang);
      const q = art.querySelector(".question-text");
      if (q) q.textContent = tx(adapted.question ?? ind.question, this._lang);
      const a = answerObject(this._doc.answers?.[art.dataset.id]);
      const level = a.level === undefined || a.level === null ? "" : String(a.level);
      for (const r of art.querySelectorAll("input[type=radio]")) r.checked = r.value === level;
      art.querySelector("[data-field=evidence]").value = typeof a.evidence === "string" ? a.evidence : "";
      art.querySelector("[data-field=justification]").value = typeof a.justification === "string" ? a.justification : "";
      art.querySelector("[data-field=confidence]").value = typeof a.confidence === "string" ? a.confidence : "";
      art.querySelector("[data-field=target]").value = Number.isInteger(a.target) ? String(a.target) : "";
      art.querySelector(".justification").hidden = level !== "na";
    }
  }

  /** Reads one indicator's controls into the document, keeping the fields the form does not
   * show. */
  _readIndicator(art) {
    const id = art.dataset.id;
    const doc = this._doc;
    doc.answers ??= {};
    const { level: previous, evidence: _e, justification: _j, target: _t, confidence: _c, ...rest } = answerObject(doc.answers[id]);
    const answer = { ...rest };
    const checked = art.querySelector("input[type=radio]:checked");
    let v = checked ? checked.value : "";
    if (!checked && previous === "na" && !art.querySelector('input[type=radio][value="na"]')) v = "na";
    if (v === "na" || v === "unknown") answer.level = v;
    else if (v !== "") answer.level = Number(v);
    for (const field of ["evidence", "justification", "confidence"]) {
      const value = art.querySelector(`[data-field=${field}]`).value;
      if (value !== "") answer[field] = value;
    }
    const target = art.querySelector("[data-field=target]").value;
    if (target !== "") answer.target = Number(target);
    art.querySelector(".justification").hidden = v !== "na";
    if (Object.keys(answer).length === 0) delete doc.answers[id];
    else doc.answers[id] = answer;
  }

  _onInput(e) {
    const art = e.target.closest("article.indicator");
    if (!art) return;
    this._readIndicator(art);
    this._saveDraft();
    this._update(true);
  }

  /** Scores the answers (the core says what applies and what is missing), shows it, and sets
   * the form value and validity; `byUser`: dispatch lhs-change (and lhs-complete). */
  _update(byUser) {
    let report;
    try {
      report = this._fw.score(this._doc, { language: this._lang });
    } catch (e) {
      this._report = null;
      this._internals.setFormValue(JSON.stringify(this._doc));
      this._internals.setValidity({ customError: true }, this._t("page-cannot-score"));
      const box = this._root.querySelector(".progress");
      box?.replaceChildren(h("span", { class: "error", role: "alert" }, this._t("page-cannot-score"), " ", e.message));
      if (byUser) this._emit("lhs-change");
      return;
    }
    this._report = report;
    const status = new Map(report.indicators.map((x) => [x.id, x]));
    let firstMissing = null;
    for (const art of this._root.querySelectorAll("article.indicator")) {
      const x = status.get(art.dataset.id);
      art.hidden = x?.status === "does_not_apply";
      if (x && !art.hidden) {
        art.dataset.status = x.status;
        const state = x.status === "rated" ? this._t("page-state-level", { level: x.level, name: report.scale[x.level]?.name ?? "" })
          : x.status === "na" ? this._t("page-state-na") : x.status === "unknown" ? this._t("page-state-unknown")
          : this._t("page-state-missing");
        art.querySelector(".answer-summary").textContent = state;
        if (x.status === "missing" && firstMissing === null) firstMissing = art;
      }
    }
    for (const sub of this._root.querySelectorAll("details.subdomain")) {
      sub.hidden = sub.querySelector("article.indicator:not([hidden])") === null;
    }
    for (const section of this._root.querySelectorAll("section.domain")) {
      section.hidden = section.querySelector("article.indicator:not([hidden])") === null;
    }
    // Every indicator to rate: those of the overall score and those of the outcomes.
    const outcomes = (nodes) => nodes.flatMap((n) => (n.outcome ? [n] : outcomes(n.children)));
    const o = report.overall;
    const extra = outcomes(report.domains);
    const total = o.counts.total + extra.reduce((s, n) => s + n.counts.total, 0);
    const missing = o.counts.missing + extra.reduce((s, n) => s + n.counts.missing, 0);
    const text = this._root.getElementById("progress-text");
    if (text) text.textContent = this._t("page-progress", { answered: total - missing, total });

    this._internals.setFormValue(JSON.stringify(this._doc), JSON.stringify(this._doc));
    if (this.required && missing > 0) {
      const anchor = firstMissing?.querySelector("input[type=radio]") ?? undefined;
      this._internals.setValidity({ valueMissing: true }, this._t("page-incomplete", { missing, total }), anchor);
    } else {
      this._internals.setValidity({});
    }
    const complete = missing === 0;
    if (byUser) {
      this._emit("lhs-change");
      if (complete && !this._complete) this._emit("lhs-complete");
    }
    this._complete = complete;
  }

  _emit(type) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: { assessment: clone(this._doc) } }));
  }
}

// ---------------------------------------------------------------------------------------------
// <lhs-report>

export class LhsReportElement extends LhsBase {
  static observedAttributes = ["lang", "dir", "for", "heading-level"];

  constructor() {
    super();
    this._root.adoptedStyleSheets = [styles().base, styles().report];
    this._reportIn = null;
    this._assessment = null;
    this._source = null;
    this._onSource = (e) => {
      this._assessment = e.detail.assessment;
      this._refresh();
    };
  }

  connectedCallback() {
    for (const p of ["framework", "report", "assessment"]) upgradeProperty(this, p);
    this._follow();
    super.connectedCallback();
  }

  disconnectedCallback() {
    this._unfollow();
    super.disconnectedCallback();
  }

  attributeChangedCallback(name) {
    if (name === "for" && this.isConnected) this._follow();
    super.attributeChangedCallback();
  }

  /** The <lhs-assessment> named by `for` (an id in the same document or shadow root): the report
   * follows its answers, and its next steps move the focus to the indicator in it. */
  _follow() {
    this._unfollow();
    const id = this.getAttribute("for");
    if (!id) return;
    const source = this.getRootNode().getElementById?.(id) ?? null;
    if (!(source instanceof LhsAssessmentElement)) return;
    this._source = source;
    source.addEventListener("lhs-change", this._onSource);
    this._assessment = source.assessment;
  }

  _unfollow() {
    this._source?.removeEventListener("lhs-change", this._onSource);
    this._source = null;
  }

  /** A report as `Framework#score` returns it; shown as it is. */
  get report() {
    return this._reportIn;
  }

  set report(value) {
    this._reportIn = value ?? null;
    this._refresh();
  }

  /** An assessment document, scored with `framework` (the built-in one by default) in the
   * element's language; used when no `report` is given. */
  get assessment() {
    return clone(this._assessment);
  }

  set assessment(value) {
    this._assessment = value === null || value === undefined ? null : clone(value);
    this._refresh();
  }

  _render() {
    if (this._source && !this._assessment) this._assessment = this._source.assessment;
    if (this._source && this._source.framework !== this._framework) {
      this._framework = this._source.framework;
      this._useFramework();
    }
    let r = this._reportIn;
    if (r === null && this._assessment !== null) {
      try {
        r = this._fw.score(this._assessment, { language: this._lang });
      } catch (e) {
        this._show(h("div", { class: "error", role: "alert", part: "error" }, h("p", {}, this._t("page-cannot-score")),
          h("ul", {}, (e.details ?? [{ message: e.message }]).map((d) => h("li", {}, d.message)))));
        return;
      }
    }
    if (r === null) {
      this._show();
      return;
    }
    this._rendered = r;
    if (r !== this._reportIn) {
      this._show(this._body(r, this._charts((o) => this._fw.render(this._assessment, o), r)));
      return;
    }
    // A report given as a report: its charts are drawn by the package's whole module, loaded on
    // demand; the rest is shown at once.
    const box = this._show(this._body(r, null));
    const lang = this._lang;
    const generation = this._generation;
    fullModule(lang).then((m) => this._charts((o) => (o.format === "radar"
      ? m.radarChart(r, { language: lang })
      : m.facetChart({ ...r, facets: (r.facets ?? []).filter((f) => o.facets.includes(f.id)) }, { language: lang })), r),
    () => ({ radar: null, facets: null })).then((charts) => {
      if (generation !== this._generation || !box.isConnected) return;
      for (const [name, svg] of Object.entries(charts)) {
        box.querySelector(`figure[data-chart=${name}]`)?.replaceChildren(this._chartOr(svg));
      }
    });
  }

  /** The two charts of a report, drawn by the core through `draw(options)` (null for a chart
   * that cannot be). The profile shows the facets of PROFILE_FACETS the report has. */
  _charts(draw, r) {
    const attempt = (o) => {
      try {
        return draw(o);
      } catch {
        return null;
      }
    };
    const facets = PROFILE_FACETS.filter((id) => (r.facets ?? []).some((f) => f.id === id));
    return {
      radar: attempt({ format: "radar", language: this._lang }),
      facets: attempt({ format: "facets", facets, language: this._lang }),
    };
  }

  /** A chart as a node, or the message that it could not be shown. */
  _chartOr(svg) {
    return (svg === null ? null : chart(svg)) ?? h("p", { class: "error" }, this._t("page-chart-failed"));
  }

  /** A chart's figure: the chart, or (`charts` null: being drawn) a note that it is coming. */
  _figure(name, charts) {
    return h("figure", { part: "chart", dataset: { chart: name } },
      charts === null ? h("p", { class: "pending" }, this._t("page-chart-loading")) : this._chartOr(charts[name]));
  }

  _body(r, charts) {
    const lang = this._lang;
    const base = Number(this.getAttribute("heading-level")) || 2;
    const fmt = (v) => (v === null || v === undefined ? "–" : formatDecimal(v, 2, lang));
    const pct = (v) => (v === null || v === undefined ? "–" : formatPercent(v, lang));
    const num = (n) => formatDecimal(n, 0, lang);
    const o = r.overall;
    const top = r.scale.length - 1;
    const level = (x) => (x.level === null ? "–" : this._t("page-level-choice", { level: x.level, name: r.scale[x.level]?.name ?? "" }));
    const unitLine = [r.unit?.name, r.period].filter((x) => typeof x === "string" && x !== "").join(" · ");

    const overall = h("section", { class: "overall", part: "overall", "aria-labelledby": "overall-title" },
      heading(base, { id: "overall-title" }, this._t("page-overall")),
      unitLine ? h("p", { class: "unit" }, unitLine) : null,
      h("p", { class: "big" }, h("span", { id: "overall-score" }, fmt(o.score)), h("span", { class: "of" }, " / ", num(top))),
      h("p", {}, this._t("page-level"), " ", h("strong", { id: "overall-level" }, level(o)),
        o.percent === null ? null : [" · ", this._t("page-of-top-level", { percent: pct(o.percent / 100) })]),
      h("p", {}, this._t("page-coverage"), " ", h("strong", {}, pct(o.coverage)), " · ",
        this._t("page-counts", { rated: o.counts.rated, na: o.counts.na, unknown: o.counts.unknown, missing: o.counts.missing })),
      o.targets.with_target > 0
        ? h("p", {}, this._t("page-progress-to-target", { percent: pct(o.targets.percent_to_target), below: o.targets.below_target }))
        : null);

    const head = (first) => h("thead", {}, h("tr", {}, h("th", { scope: "col" }, first), h("th", { scope: "col" }, this._t("page-col-score")),
      h("th", { scope: "col" }, this._t("page-col-level")), h("th", { scope: "col" }, this._t("page-col-coverage"))));
    const row = (n, cls) => h("tr", { class: cls, dataset: { node: n.id } },
      h("th", { scope: "row" }, n.name), h("td", { class: "num" }, fmt(n.score)),
      h("td", {}, n.level === null ? "–" : num(n.level)), h("td", { class: "num" }, pct(n.coverage)));
    const domains = h("section", { class: "by-domain", part: "domains", "aria-labelledby": "domains-title" },
      heading(base, { id: "domains-title" }, this._t("page-domains")),
      this._figure("radar", charts),
      h("table", { part: "table" }, h("caption", { class: "visually-hidden" }, this._t("page-domain-scores")),
        head(this._t("page-col-domain")), h("tbody", {}, r.domains.filter((d) => !d.outcome).map((d) => row(d, null)))));

    const outcomeNodes = (nodes) => nodes.flatMap((n) => (n.outcome ? [n] : outcomeNodes(n.children)));
    const outcomes = outcomeNodes(r.domains);
    const outcomeRows = (n, depth) => [row(n, depth > 0 ? "sub" : null), ...n.children.flatMap((c) => outcomeRows(c, depth + 1))];
    const outcomeSection = outcomes.length === 0 ? null : h("section", { part: "outcomes", "aria-labelledby": "outcomes-title" },
      heading(base, { id: "outcomes-title" }, this._t("page-outcomes")),
      h("p", {}, this._t("page-outcomes-note")),
      h("table", { part: "table" }, h("caption", { class: "visually-hidden" }, this._t("page-outcome-scores")),
        head(this._t("page-col-outcome")), h("tbody", {}, outcomes.flatMap((n) => outcomeRows(n, 0)))));

    const profile = h("section", { part: "profile", "aria-labelledby": "profile-title" },
      heading(base, { id: "profile-title" }, this._t("page-profile")),
      this._figure("facets", charts));

    // The next steps by stakeholder group (the gaps to the next level, as the core ranks them).
    const recs = new Map(r.recommendations.map((x) => [x.indicator, x]));
    const steps = h("section", { part: "steps", "aria-labelledby": "steps-title" },
      heading(base, { id: "steps-title" }, this._t("page-steps")),
      r.recommendations.length === 0 ? h("p", {}, this._t("page-no-steps")) : null,
      r.recommendations_by_owner.filter((g) => g.indicators.length > 0).map((g) =>
        h("div", { class: "owner", dataset: { owner: g.owner ?? "" } },
          heading(base + 1, {}, g.name, " ", h("span", { class: "count" }, this._t("page-steps-count", { n: g.indicators.length }))),
          h("ol", {}, g.indicators.slice(0, STEPS_PER_OWNER).map((id) => {
            const x = recs.get(id);
            const link = h("button", { type: "button", class: "step", part: "step", dataset: { indicator: id } }, x.name);
            link.addEventListener("click", () => this._goTo(id));
            return h("li", {}, link, " — ", this._t("page-step-from-to", { level: x.level, next: x.next_level }),
              h("br"), h("span", { class: "action" }, x.action ?? x.next_level_descriptor));
          })))));

    const warnings = r.warnings.length === 0 ? null : h("section", { part: "warnings", "aria-labelledby": "warnings-title" },
      heading(base, { id: "warnings-title" }, this._t("page-warnings", { n: r.warnings.length })),
      h("ul", {}, r.warnings.map((w) => h("li", {}, w.message, w.help ? [" — ", w.help] : null))));

    return h("div", { class: "report", part: "report" }, overall, domains, outcomeSection, profile, steps, warnings);
  }

  /** A next step was chosen: the element it follows (`for`) shows the indicator; in any case
   * `lhs-indicator` tells the host which one. */
  _goTo(id) {
    const go = this.dispatchEvent(new CustomEvent("lhs-indicator", { bubbles: true, composed: true, cancelable: true, detail: { id } }));
    if (go && this._source) this._source.focusIndicator(id);
  }
}

if (typeof customElements !== "undefined") {
  if (!customElements.get("lhs-assessment")) customElements.define("lhs-assessment", LhsAssessmentElement);
  if (!customElements.get("lhs-report")) customElements.define("lhs-report", LhsReportElement);
}
