// The self-assessment page. Every number shown comes from the lhs-maturity core (WebAssembly):
// this file only keeps the answers (an assessment document), builds the form from the
// framework, and shows the report. Which indicators apply to the unit is the core's decision
// too: an indicator is hidden when the report says it does not apply (`does_not_apply`).
// User-typed text is only ever put into the page as text (textContent, form values), never as
// HTML; so is the framework's text. The charts are SVG documents drawn by the core (which
// escapes every text in them); they are parsed as XML and inserted as nodes.
//
// Languages: every text of the page is a message of the catalog (page.ftl, `page-*` ids) in the
// chosen language, through the core (`message`); every number is written by the core
// (`formatDecimal`, `formatPercent`, or a message's count), never by the browser's Intl. The
// first load is English only: another language's pack (`pkg/languages/<lang>.json`: the
// framework's texts and the catalogs) is fetched when it is chosen (`loadLanguage`), after which
// `Framework.builtin()` carries that language's texts.
import init, {
  Framework,
  loadLanguage, negotiateLanguage, message, formatDecimal, formatPercent, isRtl, maxDocumentBytes,
} from "./pkg/elements/core.js";
import { createWorkshop } from "./workshop.js";

const STORAGE_KEY = "lhs-maturity:assessment";
const LANGUAGE_KEY = "lhs-maturity:language";
const SVG = "http://www.w3.org/2000/svg";
const STEPS_PER_OWNER = 3;
const PROFILE_FACETS = ["loop", "level", "means"];
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
/** A score (two decimals), a share as a percentage, a whole number: written by the core. */
const fmt = (v, digits = 2) => (v === null || v === undefined ? "–" : formatDecimal(v, digits, lang));
const pct = (v) => (v === null || v === undefined ? "–" : formatPercent(v, lang));
const num = (n) => formatDecimal(n, 0, lang);

// ---------------------------------------------------------------------------------------------
// State: the assessment document, exactly as exported and as the core reads it.

let fw;
let spec;
let maxLevel;
let doc;
let lastReport = null;
/** The framework's indicators (documents) by id. */
let specById;
/** The framework's glossary entries by id. */
let glossary;
/** The unit kinds, in the core's order. */
let unitKinds;
/** Some indicator has applicability rules: then "not applicable" comes from the unit's kind
 * only, and the form offers no N/A answer. */
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

/** The answer of an indicator as an object (bare levels, "na", "unknown" and null included). */
function answerObject(a) {
  if (a === undefined || a === null) return {};
  if (typeof a === "object" && !Array.isArray(a)) return a;
  return { level: a };
}

// ---------------------------------------------------------------------------------------------
// The form.

function levelName(l) {
  return tx(spec.scale.levels[l]?.name) || String(l);
}

function targetOptions(select, emptyLabel) {
  select.replaceChildren(h("option", { value: "" }, emptyLabel));
  for (let l = 0; l <= maxLevel; l++) select.append(h("option", { value: String(l) }, t("page-level-choice", { level: l, name: levelName(l) })));
}

/** The glossary entries an indicator uses, as a details/summary (closed until asked for). */
function termsBox(ind) {
  const entries = (ind.terms ?? []).map((t) => glossary.get(t)).filter(Boolean);
  if (entries.length === 0) return null;
  return h("details", { class: "terms" },
    h("summary", {}, t("page-terms-used", { n: entries.length })),
    h("dl", {}, entries.map((g) => [h("dt", { dataset: { term: g.id } }, tx(g.term)), h("dd", {}, tx(g.definition))])));
}

/** A heading element of level `level` (2 to 6: deeper levels stay at 6). */
const heading = (level, attrs, ...children) => h(`h${Math.min(6, Math.max(2, level))}`, attrs, ...children);

/** An indicator's card: its heading (at `level`, one below its sub-domain's), its texts, its
 * answers as a radio group named by the heading and described by the statement and the guiding
 * question, and its notes and target, each labelled by its own label and the indicator's name
 * (so that "Evidence note" says which indicator it is for when read alone). */
function indicatorCard(ind, level = 4) {
  const id = ind.id;
  const name = `lvl:${id}`;
  const choice = (value, title, text) =>
    h("label", { class: `choice choice-${value === "" ? "none" : value}` },
      h("input", { type: "radio", name, value }),
      h("span", { class: "choice-text" }, h("strong", {}, title), text ? [" ", h("span", {}, text)] : null));
  // The descriptor of each level as the core gives it (a level's text, or its elements' texts).
  const levelChoices = ind.levels.map((_, l) => choice(String(l), t("page-level-choice", { level: l, name: levelName(l) }), fw.descriptor(id, l, lang) ?? ""));
  const labelledBy = (part) => `ind-${id}-${part}-label ind-${id}-name`;
  const targetSelect = h("select", { "data-field": "target", "aria-labelledby": labelledBy("target") });
  targetOptions(targetSelect, t("page-target-same"));
  const evidence = ind.evidence ?? [];
  return h("article", { class: "indicator", id: `ind-${id}`, dataset: { id } },
    heading(level, { id: `ind-${id}-title`, class: "ind-title" }, h("span", { class: "ind-name", id: `ind-${id}-name` }, tx(ind.name) || id), " ", h("code", {}, id)),
    h("p", { class: "statement", id: `ind-${id}-statement` }, tx(ind.statement)),
    ind.question ? h("p", { class: "question", id: `ind-${id}-question` }, h("strong", {}, t("page-guiding-question")), " ", h("span", { class: "question-text" }, tx(ind.question))) : null,
    evidence.length > 0
      ? h("div", { class: "check" }, h("p", { class: "check-title", id: `ind-${id}-check` }, t("page-what-to-check")),
        h("ul", { class: "evidence-list", "aria-labelledby": `ind-${id}-check` }, evidence.map((e) => h("li", {}, tx(e)))))
      : null,
    termsBox(ind),
    h("fieldset", {
      class: "choices", "aria-labelledby": `ind-${id}-title`,
      "aria-describedby": ind.question ? `ind-${id}-statement ind-${id}-question` : `ind-${id}-statement`,
    },
      h("legend", { class: "visually-hidden" }, t("page-level-legend")),
      levelChoices,
      h("div", { class: "other-choices" },
        usesApplicability ? null : choice("na", t("page-na"), t("page-na-hint")),
        choice("unknown", t("page-dont-know"), null),
        choice("", t("page-not-answered"), null))),
    h("div", { class: "notes" },
      h("label", { class: "justification", hidden: true }, h("span", { id: `ind-${id}-why-label` }, t("page-why-na")), " ",
        h("textarea", { "data-field": "justification", rows: 2, "aria-labelledby": labelledBy("why") })),
      h("label", {}, h("span", { id: `ind-${id}-evidence-label` }, t("page-evidence-note")), " ",
        h("textarea", { "data-field": "evidence", rows: 2, placeholder: t("page-evidence-note.placeholder"), "aria-labelledby": labelledBy("evidence") })),
      h("label", { class: "target" }, h("span", { id: `ind-${id}-target-label` }, t("page-target")), " ", targetSelect)),
    h("p", { class: "answer-summary", "aria-live": "off" }));
}

/** The wording of each indicator for the unit kind (its `adapted` texts, else the general ones). */
function applyWording(kind) {
  for (const art of document.querySelectorAll("article.indicator")) {
    const ind = specById.get(art.dataset.id);
    const a = (kind && ind.adapted?.[kind]) || {};
    art.querySelector(".ind-name").textContent = tx(a.name ?? ind.name) || ind.id;
    art.querySelector(".statement").textContent = tx(a.statement ?? ind.statement);
    const q = art.querySelector(".question-text");
    if (q) q.textContent = tx(a.question ?? ind.question);
  }
}

/** Hides the indicators the report says do not apply to the unit, and the sub-domains and
 * domains left with nothing to rate. */
function applyApplicability(r) {
  const status = new Map(r.indicators.map((x) => [x.id, x.status]));
  for (const art of document.querySelectorAll("article.indicator")) {
    art.hidden = status.get(art.dataset.id) === "does_not_apply";
  }
  for (const sub of document.querySelectorAll("details.subdomain")) {
    sub.hidden = sub.querySelector("article.indicator:not([hidden])") === null;
  }
  for (const section of document.querySelectorAll("section.domain")) {
    section.hidden = section.querySelector("article.indicator:not([hidden])") === null;
    const entry = document.querySelector(`#toc a[href="#${section.id}"]`)?.parentElement;
    if (entry) entry.hidden = section.hidden;
  }
}

/** Builds the form from the framework, in the page's language (again after a switch). */
function buildForm() {
  targetOptions(byId("default-target"), t("page-target-none"));
  const kinds = byId("unit-kind");
  kinds.replaceChildren(h("option", { value: "" }, t("page-kind-none")),
    ...unitKinds.map((k) => h("option", { value: k }, t("page-kind", { kind: k }))));
  const toc = byId("toc");
  const domains = byId("domains");
  toc.replaceChildren();
  domains.replaceChildren();
  for (const d of spec.domains) {
    toc.append(h("li", {}, h("a", { href: `#dom-${d.id}` }, tx(d.name))));
    const section = h("section", { class: "domain", id: `dom-${d.id}`, "aria-labelledby": `dom-${d.id}-title` },
      h("h2", { id: `dom-${d.id}-title` }, tx(d.name)),
      d.description ? h("p", { class: "description" }, tx(d.description)) : null);
    // Headings in order: the domain h2, a group of sub-domains and a sub-domain one level
    // below their parent (the sub-domain's heading inside its summary), its indicators one more.
    const addNode = (n, depth) => {
      const level = 2 + Math.max(depth, 1);
      if (n.indicators) {
        section.append(h("details", { class: "subdomain", open: true, id: `sub-${n.id}` },
          h("summary", {}, heading(level, { class: "sub-title" }, tx(n.name)), " ",
            h("span", { class: "sub-progress", "data-node": n.id })),
          n.description ? h("p", { class: "description" }, tx(n.description)) : null,
          n.indicators.map((ind) => indicatorCard(ind, level + 1))));
      } else {
        if (depth > 0) section.append(heading(level, {}, tx(n.name)));
        for (const c of n.children ?? []) addNode(c, depth + 1);
      }
    };
    addNode(d, 0);
    domains.append(section);
  }
}

function wireForm() {
  const form = byId("assessment");
  form.addEventListener("input", onInput);
  form.addEventListener("change", onInput);
  form.addEventListener("submit", (e) => e.preventDefault());
}

/** Puts the document's values into the form. */
function writeForm() {
  byId("unit-name").value = doc.unit?.name ?? "";
  // The select shows the kind as written in the document (an imported `District` shows
  // district; a kind that is not one keeps its own option, and the core warns about it).
  const kindSelect = byId("unit-kind");
  kindSelect.querySelector("option[data-other]")?.remove();
  const kind = typeof doc.unit?.kind === "string" ? doc.unit.kind : "";
  const known = unitKinds.find((k) => k === kind.trim().toLowerCase());
  if (kind !== "" && !known) kindSelect.append(h("option", { value: kind, dataset: { other: "true" } }, t("page-kind-unknown", { kind })));
  kindSelect.value = known ?? kind;
  applyWording(known ?? "");
  byId("period").value = doc.period ?? "";
  byId("default-target").value = Number.isInteger(doc.default_target) ? String(doc.default_target) : "";
  for (const art of document.querySelectorAll("article.indicator")) {
    const a = answerObject(doc.answers[art.dataset.id]);
    const level = a.level === undefined || a.level === null ? "" : String(a.level);
    for (const r of art.querySelectorAll("input[type=radio]")) r.checked = r.value === level;
    art.querySelector("[data-field=evidence]").value = typeof a.evidence === "string" ? a.evidence : "";
    art.querySelector("[data-field=justification]").value = typeof a.justification === "string" ? a.justification : "";
    art.querySelector("[data-field=target]").value = Number.isInteger(a.target) ? String(a.target) : "";
    art.querySelector(".justification").hidden = level !== "na";
  }
}

/** Reads one indicator's controls into the document, keeping fields the form does not show. */
function readIndicator(art) {
  const id = art.dataset.id;
  const { level: previous, evidence: _e, justification: _j, target: _t, ...rest } = answerObject(doc.answers[id]);
  const answer = { ...rest };
  const checked = art.querySelector("input[type=radio]:checked");
  let v = checked ? checked.value : "";
  // A form without the N/A choice (applicability rules) keeps an imported "na" until another
  // answer is chosen: editing the evidence note must not drop it.
  if (!checked && previous === "na" && !art.querySelector('input[type=radio][value="na"]')) v = "na";
  if (v === "na" || v === "unknown") answer.level = v;
  else if (v !== "") answer.level = Number(v);
  const evidence = art.querySelector("[data-field=evidence]").value;
  if (evidence !== "") answer.evidence = evidence;
  const justification = art.querySelector("[data-field=justification]").value;
  if (justification !== "") answer.justification = justification;
  const target = art.querySelector("[data-field=target]").value;
  if (target !== "") answer.target = Number(target);
  art.querySelector(".justification").hidden = v !== "na";
  if (Object.keys(answer).length === 0) delete doc.answers[id];
  else doc.answers[id] = answer;
}

function readMeta() {
  const name = byId("unit-name").value;
  const unit = { ...(doc.unit ?? {}) };
  if (name !== "") unit.name = name;
  else delete unit.name;
  const kind = byId("unit-kind").value;
  if (kind !== "") unit.kind = kind;
  else delete unit.kind;
  applyWording(unitKinds.includes(kind) ? kind : "");
  if (Object.keys(unit).length > 0) doc.unit = unit;
  else delete doc.unit;
  const period = byId("period").value;
  if (period !== "") doc.period = period;
  else delete doc.period;
  const t = byId("default-target").value;
  if (t !== "") doc.default_target = Number(t);
  else delete doc.default_target;
}

function onInput(e) {
  const art = e.target.closest("article.indicator");
  if (art) readIndicator(art);
  else readMeta();
  save();
  update();
}

// ---------------------------------------------------------------------------------------------
// The results.

function update() {
  let report;
  try {
    report = fw.score(doc, { language: lang });
  } catch (e) {
    lastReport = null;
    byId("results-body").replaceChildren(errorBox(t("page-cannot-score"), e.details ?? [], e.message));
    return;
  }
  lastReport = report;
  applyApplicability(report);
  renderResults(report);
  renderAnswerSummaries(report);
}

function errorBox(title, details, fallback) {
  const items = details.length
    ? details.map((d) => h("li", {}, d.message, d.path ? [" ", h("span", { class: "path" }, t("page-at-path", { path: d.path }))] : null,
      d.line ? [" ", t("page-at-line", { line: d.line, column: d.column ?? 0 })] : null,
      d.help ? [h("br"), h("span", { class: "help" }, t("page-help", { help: d.help }))] : null))
    : [h("li", {}, fallback ?? "")];
  return h("div", { class: "error" }, h("p", {}, title), h("ul", {}, items));
}

/** The outcome nodes of a report (an outcome inside an outcome is part of it). */
function outcomeNodes(nodes) {
  return nodes.flatMap((n) => (n.outcome ? [n] : outcomeNodes(n.children)));
}

function renderResults(r) {
  const o = r.overall;
  const outcomes = outcomeNodes(r.domains);
  // Every indicator to rate: those of the overall score and those of the outcomes.
  const total = o.counts.total + outcomes.reduce((s, n) => s + n.counts.total, 0);
  const answered = total - o.counts.missing - outcomes.reduce((s, n) => s + n.counts.missing, 0);
  byId("progress-text").textContent = t("page-progress", { answered, total });
  byId("progress").max = total;
  byId("progress").value = answered;
  byId("bar-score").textContent = o.score === null ? "–" : t("page-score-of", { score: fmt(o.score), top: maxLevel });

  const unitLine = [r.unit?.name, r.period].filter((x) => typeof x === "string" && x !== "").join(" · ");
  const level = (x) => (x.level === null ? "–" : t("page-level-choice", { level: x.level, name: r.scale[x.level]?.name ?? "" }));

  const overall = h("section", { class: "overall", "aria-labelledby": "overall-title" },
    h("h3", { id: "overall-title" }, t("page-overall")),
    unitLine ? h("p", { class: "unit", id: "unit-line" }, unitLine) : null,
    h("p", { class: "big" },
      h("span", { id: "overall-score", dataset: { score: o.score === null ? "" : String(o.score) } }, fmt(o.score)),
      h("span", { class: "of" }, " / ", num(maxLevel))),
    h("p", {}, t("page-level"), " ", h("strong", { id: "overall-level" }, level(o)),
      o.percent === null ? null : [" · ", t("page-of-top-level", { percent: pct(o.percent / 100) })]),
    h("p", {}, t("page-coverage"), " ", h("strong", { id: "overall-coverage" }, pct(o.coverage)), " · ",
      t("page-counts", { rated: o.counts.rated, na: o.counts.na, unknown: o.counts.unknown, missing: o.counts.missing })),
    o.targets.with_target > 0
      ? h("p", {}, t("page-progress-to-target", { percent: pct(o.targets.percent_to_target), below: o.targets.below_target }))
      : null);

  const levelCell = (x) => h("td", {}, x.level === null ? "–" : num(x.level));
  const head = (first) => h("thead", {}, h("tr", {}, h("th", { scope: "col" }, first), h("th", { scope: "col" }, t("page-col-score")),
    h("th", { scope: "col" }, t("page-col-level")), h("th", { scope: "col" }, t("page-col-coverage"))));
  const domainTable = h("table", { class: "domains" },
    h("caption", { class: "visually-hidden" }, t("page-domain-scores")),
    head(t("page-col-domain")),
    h("tbody", {}, r.domains.filter((d) => !d.outcome).map((d) => h("tr", { dataset: { domain: d.id } },
      h("th", { scope: "row" }, d.name), h("td", { class: "num" }, fmt(d.score)),
      levelCell(d), h("td", { class: "num" }, pct(d.coverage))))));

  // The outcome profile: scored on its own, apart from the overall score.
  const outcomeRows = (n, depth) => [
    h("tr", { class: depth > 0 ? "sub" : null, dataset: { outcome: n.id } },
      h("th", { scope: "row" }, n.name), h("td", { class: "num" }, fmt(n.score)),
      levelCell(n), h("td", { class: "num" }, pct(n.coverage))),
    ...n.children.flatMap((c) => outcomeRows(c, depth + 1)),
  ];
  const outcomeSection = outcomes.length === 0 ? null : h("section", { class: "outcomes", id: "outcomes", "aria-labelledby": "outcomes-title" },
    h("h3", { id: "outcomes-title" }, t("page-outcomes")),
    h("p", { class: "description" }, t("page-outcomes-note")),
    h("table", { class: "domains" },
      h("caption", { class: "visually-hidden" }, t("page-outcome-scores")),
      head(t("page-col-outcome")),
      h("tbody", {}, outcomes.flatMap((n) => outcomeRows(n, 0)))));

  const profile = h("section", { class: "profile", "aria-labelledby": "profile-title" },
    h("h3", { id: "profile-title" }, t("page-profile")),
    chart(fw.render(doc, { format: "facets", facets: PROFILE_FACETS.filter((id) => r.facets.some((f) => f.id === id)), language: lang })));

  const recs = new Map(r.recommendations.map((x) => [x.indicator, x]));
  const steps = h("section", { class: "steps", "aria-labelledby": "steps-title" },
    h("h3", { id: "steps-title" }, t("page-steps")),
    r.recommendations.length === 0 ? h("p", {}, t("page-no-steps")) : null,
    r.recommendations_by_owner.filter((g) => g.indicators.length > 0).map((g) =>
      h("div", { class: "owner" }, h("h4", {}, g.name, " ", h("span", { class: "count" }, t("page-steps-count", { n: g.indicators.length }))),
        h("ol", {}, g.indicators.slice(0, STEPS_PER_OWNER).map((id) => {
          const x = recs.get(id);
          return h("li", {}, h("a", { href: `#ind-${id}` }, x.name), " — ", t("page-step-from-to", { level: x.level, next: x.next_level }),
            h("br"), h("span", { class: "action" }, x.action ?? x.next_level_descriptor));
        })))));

  const warnings = r.warnings.length === 0 ? null : h("section", { class: "warnings", "aria-labelledby": "warnings-title" },
    h("h3", { id: "warnings-title" }, t("page-warnings", { n: r.warnings.length })),
    h("ul", {}, r.warnings.map((w) => h("li", {}, w.message, w.help ? [" — ", h("span", { class: "help" }, w.help)] : null))));

  byId("results-body").replaceChildren(overall,
    h("section", { class: "by-domain", "aria-labelledby": "domains-title" },
      h("h3", { id: "domains-title" }, t("page-domains")), chart(fw.render(doc, { format: "radar", language: lang })), domainTable),
    outcomeSection, profile, steps, warnings);

  for (const el of document.querySelectorAll(".sub-progress")) {
    const n = findNode(r.domains, el.dataset.node);
    if (n) {
      el.textContent = `${t("page-sub-answered", { answered: n.counts.total - n.counts.missing, total: n.counts.total })} · ${
        n.score === null ? t("page-sub-no-score") : t("page-sub-score", { score: fmt(n.score) })}`;
    }
  }
}

function findNode(nodes, id) {
  for (const n of nodes) {
    if (n.id === id) return n;
    const c = findNode(n.children, id);
    if (c) return c;
  }
  return null;
}

/** An SVG chart drawn by the core, as a node (parsed as XML, never as HTML). */
function chart(svgText) {
  const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = parsed.documentElement;
  if (root.namespaceURI !== SVG || parsed.getElementsByTagName("parsererror").length > 0) {
    return h("p", { class: "error" }, t("page-chart-failed"));
  }
  return document.importNode(root, true);
}

function renderAnswerSummaries(r) {
  const byInd = new Map(r.indicators.map((x) => [x.id, x]));
  for (const art of document.querySelectorAll("article.indicator")) {
    const x = byInd.get(art.dataset.id);
    if (!x) continue;
    const state = x.status === "rated" ? t("page-state-level", { level: x.level, name: r.scale[x.level]?.name ?? "" })
      : x.status === "na" ? t("page-state-na") : x.status === "unknown" ? t("page-state-unknown")
      : x.status === "does_not_apply" ? t("page-state-does-not-apply") : t("page-state-missing");
    const parts = [h("strong", {}, state)];
    if (x.target !== null) {
      parts.push(" · ", x.gap ? t("page-state-target-gap", { target: x.target, gap: x.gap }) : t("page-state-target", { target: x.target }));
    }
    if (x.justification) parts.push(" · ", t("page-state-why-na"), " ", h("q", {}, x.justification));
    if (x.evidence) parts.push(" · ", t("page-state-evidence"), " ", h("q", { class: "evidence-text" }, x.evidence));
    art.querySelector(".answer-summary").replaceChildren(...parts);
    art.dataset.status = x.status;
  }
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

async function importFile(file) {
  const text = await readImported(file);
  if (text === null) return;
  const diagnostics = fw.validateJSON(text);
  const errors = diagnostics.filter((d) => d.severity === "error");
  // A file made for a newer version of the framework than the page has is refused as such
  // (the page cannot read what it does not know), before anything of it is used.
  const newer = errors.find((d) => d.code === "assessment.version_mismatch");
  if (newer) {
    const given = JSON.parse(text).framework.version;
    if (compareVersions(given, fw.version) > 0) {
      fileMessage("error", t("page-import-newer", { file: file.name, given, version: fw.version }), errors);
      return;
    }
  }
  if (errors.length > 0) {
    fileMessage("error", t("page-import-invalid", { file: file.name, framework: `${fw.id} ${fw.version}` }), errors);
    return;
  }
  doc = JSON.parse(text);
  saveFailed = false;
  save();
  writeForm();
  update();
  const n = Object.keys(doc.answers).length;
  if (!saveFailed) fileMessage("ok", t("page-imported", { file: file.name, n }));
}

function wireFiles() {
  byId("export-assessment").addEventListener("click", () =>
    download(`${baseName()}.json`, "application/json", `${JSON.stringify(doc, null, 2)}\n`));
  byId("export-report-json").addEventListener("click", () => {
    if (lastReport) download(`${baseName()}-report.json`, "application/json", fw.scoreJSON(JSON.stringify(doc), { language: lang }));
  });
  byId("export-report-md").addEventListener("click", () => {
    if (lastReport) download(`${baseName()}-report.md`, "text/markdown", fw.render(doc, { language: lang }));
  });
  const input = byId("import-file");
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) await importFile(file);
  });
  byId("reset").addEventListener("click", () => {
    if (!confirm(t("page-reset-confirm"))) return;
    doc = newDocument();
    save();
    writeForm();
    update();
    fileMessage("ok", t("page-reset-done"));
  });
}

// ---------------------------------------------------------------------------------------------

/** Reads the framework in the page's language: `Framework.builtin()` carries every language
 * loaded so far. */
function readFramework() {
  const previous = fw;
  fw = Framework.builtin();
  previous?.free();
  spec = fw.toJSON();
  maxLevel = fw.maxLevel;
  const infos = fw.indicators();
  // The unit kinds as the core lists them (an indicator without rules applies to every kind).
  unitKinds = [...new Set(infos.map((i) => i.applies_to).sort((a, b) => b.length - a.length).flat())];
  specById = new Map();
  const collect = (n) => (n.indicators ?? []).forEach((i) => specById.set(i.id, i)) || (n.children ?? []).forEach(collect);
  spec.domains.forEach(collect);
  usesApplicability = [...specById.values()].some((i) => Array.isArray(i.applies_to));
  glossary = new Map((spec.glossary ?? []).map((g) => [g.id, g]));
}

/** The page's own texts (the elements marked `data-msg`), the language switcher and the notes
 * about the translation. */
function localizePage() {
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
  byId("footer").replaceChildren(...tn("page-footer", {
    tool: h("a", { href: "https://github.com/lhs-maturity/lhs-maturity" }, "lhs-maturity"),
    report: h("em", {}, t("page-footer-report")),
  }));
  // Rater training: the calibration cases and the protocol, in the project's repository.
  const repo = "https://github.com/lhs-maturity/lhs-maturity/blob/main/spec/";
  byId("training").replaceChildren(...tn("page-training", {
    cases: h("a", { href: `${repo}calibration` }, t("page-training-cases")),
    protocol: h("a", { href: `${repo}PROTOCOL.md` }, t("page-training-protocol")),
  }));
  // The languages by their own names (the framework declares them), each marked as such.
  const languages = fw.languageStatus().filter((l) => l.status !== "undeclared");
  byId("language").replaceChildren(...languages.map((l) =>
    h("option", { value: l.code, lang: l.code, dir: isRtl(l.code) ? "rtl" : "ltr" }, l.name)));
  byId("language").value = lang;
  byId("language").closest("label").hidden = false;
  // A translation: what it is worth; and whether it has been reviewed yet.
  const status = languages.find((l) => l.code === lang)?.status;
  byId("translation-note").hidden = status === "source" || lang === "en";
  byId("translation-status").hidden = status !== "provisional";
  byId("translation-status").textContent = t("page-translation-provisional");
  byId("translation-disclaimer").textContent = t("page-translation-disclaimer");
}

/** The whole page in the page's language: texts, form, answers, results and the workshop. */
function render() {
  localizePage();
  buildForm();
  writeForm();
  update();
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
  writeForm();
  update();
}

function wireWorkshop() {
  workshop = createWorkshop({
    h, t, tx, fmt, levelName, download, errorBox, readImported, startNextRespondent,
    framework: () => fw,
    spec: () => spec,
    maxLevel: () => maxLevel,
    lang: () => lang,
    usesApplicability: () => usesApplicability,
    indicatorName: (id) => tx(specById.get(id)?.name) || id,
    currentDocument: () => structuredClone(doc),
  });
}

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
    await init();
  } catch (e) {
    // Without the module there is no catalog: this one text is English.
    byId("loading").textContent = `The scoring engine could not be loaded: ${e.message}`;
    byId("loading").className = "error";
    return;
  }
  await useLanguage(initialLanguage(), { remember: false });
  readFramework();
  wireForm();
  wireFiles();
  wireLanguage();
  followHeaderHeight();
  doc = loadSaved() ?? newDocument();
  render();
  wireWorkshop();
  byId("loading").remove();
  byId("assessment").hidden = false;
  document.body.dataset.language = lang;
  document.body.dataset.ready = "true";
}

main();
