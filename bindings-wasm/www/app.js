// The self-assessment page. Every number shown comes from the lhs-maturity core (WebAssembly):
// this file only keeps the answers (an assessment document), builds the form from the
// framework, and shows the report. Which indicators apply to the unit is the core's decision
// too: an indicator is hidden when the report says it does not apply (`does_not_apply`).
// User-typed text is only ever put into the page as text (textContent, form values), never as
// HTML; so is the framework's text. The charts are SVG documents drawn by the core (which
// escapes every text in them); they are parsed as XML and inserted as nodes.
import init, { Framework, renderMarkdown, radarChart, facetChart } from "./pkg/index.js";

const STORAGE_KEY = "lhs-maturity:assessment";
const SVG = "http://www.w3.org/2000/svg";
const STEPS_PER_OWNER = 3;
const PROFILE_FACETS = ["loop", "level", "means"];
/** How the unit kinds of the core are shown in the select (a kind not listed shows its name). */
const KIND_LABELS = {
  national: "National (ministry of health, national health system)",
  subnational: "Subnational (region, province, state)",
  district: "District (district health team or system)",
  facility: "Facility (hospital, health centre, clinic)",
  programme: "Programme (e.g. a national malaria programme)",
  network: "Network of units that learn together",
};

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

/** A framework text (a language map or a plain string) in English. */
const tx = (t) => (typeof t === "string" ? t : (t && (t.en ?? Object.values(t)[0])) || "");
const fmt = (v, digits = 2) => (v === null || v === undefined ? "–" : v.toFixed(digits));
const pct = (v) => (v === null || v === undefined ? "–" : `${Math.round(v * 100)}%`);
const byId = (id) => document.getElementById(id);

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

function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(doc));
  } catch {
    fileMessage("error", "The answers could not be saved in this browser (storage is full or disabled). Export them to keep them.");
  }
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
  } catch {}
  fileMessage("error", "The answers saved in this browser could not be read; they were kept aside and a new assessment was started.", errors);
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
  for (let l = 0; l <= maxLevel; l++) select.append(h("option", { value: String(l) }, `${l} · ${levelName(l)}`));
}

/** The glossary entries an indicator uses, as a details/summary (closed until asked for). */
function termsBox(ind) {
  const entries = (ind.terms ?? []).map((t) => glossary.get(t)).filter(Boolean);
  if (entries.length === 0) return null;
  return h("details", { class: "terms" },
    h("summary", {}, `Terms used (${entries.length})`),
    h("dl", {}, entries.map((g) => [h("dt", { dataset: { term: g.id } }, tx(g.term)), h("dd", {}, tx(g.definition))])));
}

function indicatorCard(ind) {
  const id = ind.id;
  const name = `lvl:${id}`;
  const choice = (value, title, text) =>
    h("label", { class: `choice choice-${value === "" ? "none" : value}` },
      h("input", { type: "radio", name, value }),
      h("span", { class: "choice-text" }, h("strong", {}, title), text ? [" ", h("span", {}, text)] : null));
  // The descriptor of each level as the core gives it (a level's text, or its elements' texts).
  const levelChoices = ind.levels.map((_, l) => choice(String(l), `${l} · ${levelName(l)}`, fw.descriptor(id, l) ?? ""));
  const targetSelect = h("select", { "data-field": "target" });
  targetOptions(targetSelect, "Same as above");
  const evidence = ind.evidence ?? [];
  return h("article", { class: "indicator", id: `ind-${id}`, dataset: { id } },
    h("h4", { id: `ind-${id}-title` }, h("span", { class: "ind-name" }, tx(ind.name) || id), " ", h("code", {}, id)),
    h("p", { class: "statement" }, tx(ind.statement)),
    ind.question ? h("p", { class: "question" }, h("strong", {}, "Guiding question: "), h("span", { class: "question-text" }, tx(ind.question))) : null,
    evidence.length > 0
      ? h("div", { class: "check" }, h("p", { class: "check-title", id: `ind-${id}-check` }, "What to check:"),
        h("ul", { class: "evidence-list", "aria-labelledby": `ind-${id}-check` }, evidence.map((e) => h("li", {}, tx(e)))))
      : null,
    termsBox(ind),
    h("fieldset", { class: "choices", "aria-labelledby": `ind-${id}-title` },
      h("legend", { class: "visually-hidden" }, "Level"),
      levelChoices,
      h("div", { class: "other-choices" },
        usesApplicability ? null : choice("na", "N/A", "not applicable here"),
        choice("unknown", "Don't know", null),
        choice("", "Not answered", null))),
    h("div", { class: "notes" },
      h("label", { class: "justification", hidden: true }, "Why is it not applicable? ",
        h("textarea", { "data-field": "justification", rows: 2 })),
      h("label", {}, "Evidence note ", h("textarea", { "data-field": "evidence", rows: 2, placeholder: "Documents, minutes, data that support the level" })),
      h("label", { class: "target" }, "Target level ", targetSelect)),
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

function buildForm() {
  byId("fw-name").textContent = `${tx(spec.title)} (${fw.id} ${fw.version})`;
  targetOptions(byId("default-target"), "None");
  const kinds = byId("unit-kind");
  kinds.replaceChildren(h("option", { value: "" }, "Not set (every indicator)"),
    ...unitKinds.map((k) => h("option", { value: k }, KIND_LABELS[k] ?? k)));
  const toc = byId("toc");
  const domains = byId("domains");
  for (const d of spec.domains) {
    toc.append(h("li", {}, h("a", { href: `#dom-${d.id}` }, tx(d.name))));
    const section = h("section", { class: "domain", id: `dom-${d.id}`, "aria-labelledby": `dom-${d.id}-title` },
      h("h2", { id: `dom-${d.id}-title` }, tx(d.name)),
      d.description ? h("p", { class: "description" }, tx(d.description)) : null);
    const addNode = (n, depth) => {
      if (n.indicators) {
        section.append(h("details", { class: "subdomain", open: true, id: `sub-${n.id}` },
          h("summary", {}, h("span", { class: "sub-title" }, tx(n.name)), " ",
            h("span", { class: "sub-progress", "data-node": n.id })),
          n.description ? h("p", { class: "description" }, tx(n.description)) : null,
          n.indicators.map(indicatorCard)));
      } else {
        if (depth > 0) section.append(h("h3", {}, tx(n.name)));
        for (const c of n.children ?? []) addNode(c, depth + 1);
      }
    };
    addNode(d, 0);
    domains.append(section);
  }
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
  if (kind !== "" && !known) kindSelect.append(h("option", { value: kind, dataset: { other: "true" } }, `${kind} (not a kind of unit)`));
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
    report = fw.score(doc);
  } catch (e) {
    lastReport = null;
    byId("results-body").replaceChildren(errorBox("These answers cannot be scored:", e.details ?? [], e.message));
    return;
  }
  lastReport = report;
  applyApplicability(report);
  renderResults(report);
  renderAnswerSummaries(report);
}

function errorBox(title, details, fallback) {
  const items = details.length
    ? details.map((d) => h("li", {}, d.message, d.path ? [" ", h("span", { class: "path" }, `(at ${d.path})`)] : null,
      d.line ? ` (line ${d.line}, column ${d.column})` : null, d.help ? [h("br"), h("span", { class: "help" }, `Help: ${d.help}`)] : null))
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
  byId("progress-text").textContent = `${answered} / ${total}`;
  byId("progress").max = total;
  byId("progress").value = answered;
  byId("bar-score").textContent = o.score === null ? "–" : `${fmt(o.score)} / ${maxLevel}`;

  const unitLine = [r.unit?.name, r.period].filter((x) => typeof x === "string" && x !== "").join(" · ");
  const level = (x) => (x.level === null ? "–" : `${x.level} · ${r.scale[x.level]?.name ?? ""}`);

  const overall = h("section", { class: "overall", "aria-labelledby": "overall-title" },
    h("h3", { id: "overall-title" }, "Overall"),
    unitLine ? h("p", { class: "unit", id: "unit-line" }, unitLine) : null,
    h("p", { class: "big" },
      h("span", { id: "overall-score", dataset: { score: o.score === null ? "" : String(o.score) } }, fmt(o.score)),
      h("span", { class: "of" }, ` / ${maxLevel}`)),
    h("p", {}, "Level ", h("strong", { id: "overall-level" }, level(o)),
      o.percent === null ? null : ` · ${Math.round(o.percent)}% of the top level`),
    h("p", {}, "Coverage ", h("strong", { id: "overall-coverage" }, pct(o.coverage)),
      ` · ${o.counts.rated} rated, ${o.counts.na} N/A, ${o.counts.unknown} don't know, ${o.counts.missing} not answered`),
    o.targets.with_target > 0
      ? h("p", {}, `Progress to target ${pct(o.targets.percent_to_target)} · ${o.targets.below_target} below target`)
      : null);

  const domainTable = h("table", { class: "domains" },
    h("caption", { class: "visually-hidden" }, "Scores by domain"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Domain"), h("th", { scope: "col" }, "Score"),
      h("th", { scope: "col" }, "Level"), h("th", { scope: "col" }, "Coverage"))),
    h("tbody", {}, r.domains.filter((d) => !d.outcome).map((d) => h("tr", { dataset: { domain: d.id } },
      h("th", { scope: "row" }, d.name), h("td", { class: "num" }, fmt(d.score)),
      h("td", {}, d.level === null ? "–" : String(d.level)), h("td", { class: "num" }, pct(d.coverage))))));

  // The outcome profile: scored on its own, apart from the overall score.
  const outcomeRows = (n, depth) => [
    h("tr", { class: depth > 0 ? "sub" : null, dataset: { outcome: n.id } },
      h("th", { scope: "row" }, n.name), h("td", { class: "num" }, fmt(n.score)),
      h("td", {}, n.level === null ? "–" : String(n.level)), h("td", { class: "num" }, pct(n.coverage))),
    ...n.children.flatMap((c) => outcomeRows(c, depth + 1)),
  ];
  const outcomeSection = outcomes.length === 0 ? null : h("section", { class: "outcomes", id: "outcomes", "aria-labelledby": "outcomes-title" },
    h("h3", { id: "outcomes-title" }, "Outcomes"),
    h("p", { class: "description" }, "What the learning achieves, reported apart: not part of the overall score."),
    h("table", { class: "domains" },
      h("caption", { class: "visually-hidden" }, "Outcome scores"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Outcome"), h("th", { scope: "col" }, "Score"),
        h("th", { scope: "col" }, "Level"), h("th", { scope: "col" }, "Coverage"))),
      h("tbody", {}, outcomes.flatMap((n) => outcomeRows(n, 0)))));

  const profile = h("section", { class: "profile", "aria-labelledby": "profile-title" },
    h("h3", { id: "profile-title" }, "How the system learns"),
    chart(facetChart({ ...r, facets: r.facets.filter((f) => PROFILE_FACETS.includes(f.id)) })));

  const recs = new Map(r.recommendations.map((x) => [x.indicator, x]));
  const steps = h("section", { class: "steps", "aria-labelledby": "steps-title" },
    h("h3", { id: "steps-title" }, "Next steps by stakeholder group"),
    r.recommendations.length === 0 ? h("p", {}, "No next steps: rate some indicators below their target.") : null,
    r.recommendations_by_owner.filter((g) => g.indicators.length > 0).map((g) =>
      h("div", { class: "owner" }, h("h4", {}, g.name, " ", h("span", { class: "count" }, `(${g.indicators.length})`)),
        h("ol", {}, g.indicators.slice(0, STEPS_PER_OWNER).map((id) => {
          const x = recs.get(id);
          return h("li", {}, h("a", { href: `#ind-${id}` }, x.name), ` — from ${x.level} to ${x.next_level}`,
            h("br"), h("span", { class: "action" }, x.action ?? x.next_level_descriptor));
        })))));

  const warnings = r.warnings.length === 0 ? null : h("section", { class: "warnings", "aria-labelledby": "warnings-title" },
    h("h3", { id: "warnings-title" }, `Worth a look (${r.warnings.length})`),
    h("ul", {}, r.warnings.map((w) => h("li", {}, w.message, w.help ? [" — ", h("span", { class: "help" }, w.help)] : null))));

  byId("results-body").replaceChildren(overall,
    h("section", { class: "by-domain", "aria-labelledby": "domains-title" },
      h("h3", { id: "domains-title" }, "Domains"), chart(radarChart(r)), domainTable),
    outcomeSection, profile, steps, warnings);

  for (const el of document.querySelectorAll(".sub-progress")) {
    const n = findNode(r.domains, el.dataset.node);
    if (n) el.textContent = `${n.counts.total - n.counts.missing}/${n.counts.total} answered · ${n.score === null ? "no score" : `score ${fmt(n.score)}`}`;
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
    return h("p", { class: "error" }, "The chart could not be shown.");
  }
  return document.importNode(root, true);
}

function renderAnswerSummaries(r) {
  const byInd = new Map(r.indicators.map((x) => [x.id, x]));
  for (const art of document.querySelectorAll("article.indicator")) {
    const x = byInd.get(art.dataset.id);
    if (!x) continue;
    const state = x.status === "rated" ? `Level ${x.level} · ${r.scale[x.level]?.name ?? ""}`
      : x.status === "na" ? "N/A" : x.status === "unknown" ? "Don't know"
      : x.status === "does_not_apply" ? "Does not apply to this kind of unit" : "Not answered";
    const parts = [h("strong", {}, state)];
    if (x.target !== null) parts.push(` · target ${x.target}${x.gap ? ` (gap ${x.gap})` : ""}`);
    if (x.justification) parts.push(" · why N/A: ", h("q", {}, x.justification));
    if (x.evidence) parts.push(" · evidence: ", h("q", { class: "evidence-text" }, x.evidence));
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

function fileMessage(kind, text, details = []) {
  const box = byId("file-message");
  box.replaceChildren(kind === "error" ? errorBox(text, details) : h("p", { class: "ok" }, text));
}

async function importFile(file) {
  let text;
  try {
    text = (await file.text()).replace(/^\uFEFF/, "");
  } catch {
    fileMessage("error", `The file “${file.name}” could not be read.`);
    return;
  }
  const diagnostics = fw.validateJSON(text);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    fileMessage("error", `The file “${file.name}” was not imported: it is not a valid assessment for ${fw.id} ${fw.version}. Your current answers are unchanged.`, errors);
    return;
  }
  doc = JSON.parse(text);
  save();
  writeForm();
  update();
  const n = Object.keys(doc.answers).length;
  fileMessage("ok", `Imported “${file.name}”: ${n} answer${n === 1 ? "" : "s"}.`);
}

function wireFiles() {
  byId("export-assessment").addEventListener("click", () =>
    download(`${baseName()}.json`, "application/json", `${JSON.stringify(doc, null, 2)}\n`));
  byId("export-report-json").addEventListener("click", () => {
    if (lastReport) download(`${baseName()}-report.json`, "application/json", fw.scoreJSON(JSON.stringify(doc)));
  });
  byId("export-report-md").addEventListener("click", () => {
    if (lastReport) download(`${baseName()}-report.md`, "text/markdown", renderMarkdown(lastReport));
  });
  const input = byId("import-file");
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) await importFile(file);
  });
  byId("reset").addEventListener("click", () => {
    if (!confirm("Clear every answer? Export them first if you want to keep them.")) return;
    doc = newDocument();
    save();
    writeForm();
    update();
    fileMessage("ok", "All answers cleared.");
  });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  try {
    await init();
    fw = Framework.builtin();
  } catch (e) {
    byId("loading").textContent = `The scoring engine could not be loaded: ${e.message}`;
    byId("loading").className = "error";
    return;
  }
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
  buildForm();
  wireFiles();
  doc = loadSaved() ?? newDocument();
  writeForm();
  update();
  byId("loading").remove();
  byId("assessment").hidden = false;
  document.body.dataset.ready = "true";
}

main();
