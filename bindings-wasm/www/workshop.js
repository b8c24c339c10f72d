// The consensus workshop of the self-assessment page: several respondents of one unit and period
// (their files, or the page's questionnaire, the <lhs-assessment> element, filled in by one after
// another on the one laptop), pooled by the core (`Framework#pool`, spec/SCORING.md §15: the
// pooled answers, the agreement and the disagreement agenda), the level the group agrees on and
// its rationale per indicator (the core's consensus entries), and the exports: the consensus
// assessment (the pooled assessment with the agreed levels, as `lhs-maturity pool --consensus`
// writes it), the agreed levels (the command line's consensus file) and the report of the
// consensus.
//
// Nothing here pools, ranks or scores: the core does, in the package's whole module (pkg/web/,
// the npm package's browser entry), loaded only when the workshop is first opened so that the
// questionnaire's first load stays small; this file itself is loaded (by app.js) only then too. User text (respondents' labels, evidence notes,
// rationales) is only ever put into the page as text, in its own direction (dir="auto": an
// English note in an Arabic page). The workshop is kept in this browser (localStorage), like the
// draft.

const STORAGE_KEY = "lhs-maturity:workshop";

/**
 * Wires the workshop to the page. `ctx` gives what the page has: `h` (its DOM helper), `t` (a
 * message), `fmt` (a decimal written by the core), `levelName`, `framework()` (the page's
 * Framework, of the elements' module), `maxLevel()`, `lang()`, `usesApplicability()`,
 * `indicatorName(id)`, `readImported(file, say)`, `download(name, type, text)`,
 * `errorBox(title, details, fallback)`, `currentDocument()` (a copy of the questionnaire's
 * assessment) and `startNextRespondent()` (gives the questionnaire a blank document, the unit and
 * period kept). Returns `{ open, render }`: `open()` when the page shows the workshop's view
 * (loads the whole module the first time, then draws it), `render()` when the page is drawn
 * again (a language switch).
 */
export function createWorkshop(ctx) {
  const { h, t } = ctx;
  const byId = (id) => document.getElementById(id);
  /** Replaces a box's children, leaving out the parts not shown (null, false). */
  const put = (box, ...children) => box.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  /** The package's whole module, once loaded: `{ lib, fw }`. */
  let full = null;
  let loading = null;
  /** The pool without the consensus (agenda, agreement, pooled levels) and with it (the
   * consensus assessment), or the error that prevented pooling. */
  let base = null;
  let final = null;
  let poolError = null;
  let state = loadState();

  // ---------------------------------------------------------------------------------------------
  // State: the respondents' documents, the agreed levels, the indicators added to the discussion.

  function emptyState() {
    return { respondents: [], consensus: {}, discuss: [], allowMismatch: false };
  }

  function loadState() {
    let text = null;
    try {
      text = localStorage.getItem(STORAGE_KEY);
    } catch {
      return emptyState();
    }
    if (text === null) return emptyState();
    try {
      const s = JSON.parse(text);
      const ok = s && Array.isArray(s.respondents) && s.respondents.every((r) => r && typeof r.document === "object" && r.document !== null)
        && typeof s.consensus === "object" && s.consensus !== null && Array.isArray(s.discuss);
      if (ok) return { ...emptyState(), ...s };
    } catch {}
    queueMicrotask(() => say("error", t("page-ws-saved-damaged")));
    return emptyState();
  }

  function save() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
      return true;
    } catch {
      say("error", t("page-ws-save-failed"));
      return false;
    }
  }

  /** The agreed levels as the core takes them: only the indicators with a level chosen. */
  function agreed() {
    const out = {};
    for (const [id, c] of Object.entries(state.consensus)) {
      if (c && c.level !== null && c.level !== undefined && c.level !== "") out[id] = { level: c.level, rationale: c.rationale ?? "" };
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The core.

  /** Loads the package's whole module (the analyses) from pkg/web/ the first time. */
  function loadFull() {
    loading ??= (async () => {
      const lib = await import("./pkg/web/index.js");
      await lib.init();
      full = { lib, fw: lib.Framework.builtin(ctx.framework().version) };
    })();
    return loading;
  }

  function pool() {
    base = final = poolError = null;
    if (!full || state.respondents.length === 0) return;
    const docs = state.respondents.map((r) => r.document);
    try {
      base = full.fw.pool(docs, { allowMismatch: state.allowMismatch });
      final = full.fw.pool(docs, { allowMismatch: state.allowMismatch, consensus: agreed() });
    } catch (e) {
      base = final = null;
      poolError = e;
    }
  }

  /** The consensus assessment scored by the page's build, in the page's language. */
  function consensusReport() {
    if (!final) return null;
    try {
      return ctx.framework().score(final.assessment, { language: ctx.lang() });
    } catch (e) {
      return { error: e };
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Texts.

  function say(kind, text, details = [], fallback = null) {
    const box = byId("ws-message");
    if (!box) return;
    put(box, kind === "error" ? ctx.errorBox(text, details, fallback) : h("p", { class: "ok" }, text));
  }

  /** An answer as the page writes it: "2 · Established", N/A, Don't know, Not answered. */
  function answerText(v) {
    if (typeof v === "number") return t("page-level-choice", { level: v, name: ctx.levelName(v) });
    if (v === "na") return t("page-state-na");
    if (v === "unknown") return t("page-state-unknown");
    return t("page-state-missing");
  }

  /** A respondent's evidence note for an indicator (their own document's text). */
  function evidenceOf(i, id) {
    const a = state.respondents[i]?.document?.answers?.[id];
    return a && typeof a === "object" && typeof a.evidence === "string" && a.evidence.trim() !== "" ? a.evidence : null;
  }

  /** The respondents' labels: the core's (`respondents` of the pool), else what the files say. */
  function labels() {
    if (base) return base.respondents;
    return state.respondents.map((r, i) => r.document.respondent?.id ?? r.document.respondent?.name ?? r.file ?? String(i + 1));
  }

  function baseName(kind) {
    const a = final?.assessment ?? {};
    const parts = ["lhs", kind, a.unit?.name, a.period].filter((x) => typeof x === "string" && x !== "");
    return parts.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || `lhs-${kind}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing.

  function renderRespondents() {
    const list = labels();
    const box = byId("ws-respondents");
    if (state.respondents.length === 0) {
      put(box, h("p", { class: "description" }, t("page-ws-none")));
      return;
    }
    put(box, h("ol", { class: "ws-respondents" }, state.respondents.map((r, i) =>
      h("li", { dataset: { respondent: list[i] } },
        h("strong", { class: "ws-label", dir: "auto" }, list[i]), " · ",
        h("span", {}, r.from === "page" ? t("page-ws-from-page") : r.file ?? ""), " · ",
        h("span", {}, t("page-ws-answers", { n: Object.keys(r.document.answers ?? {}).length })), " ",
        h("button", { type: "button", class: "ws-remove", onclick: () => removeRespondent(i) }, t("page-ws-remove", { respondent: list[i] }))))));
  }

  /** The indicator's heading, rating list and consensus controls. */
  function discussionItem(id, agendaItem, level) {
    const item = agendaItem ?? base.items.find((x) => x.id === id) ?? null;
    const ratings = item?.ratings ?? [];
    const baseItem = base.items.find((x) => x.id === id);
    const key = `ws-${id}`;
    const c = state.consensus[id] ?? { level: null, rationale: "" };
    const levelSelect = h("select", { "data-field": "level", "aria-labelledby": `${key}-level-label ${key}-name` },
      h("option", { value: "" }, t("page-ws-agreed-none")),
      Array.from({ length: ctx.maxLevel() + 1 }, (_, l) => h("option", { value: String(l) }, t("page-level-choice", { level: l, name: ctx.levelName(l) }))),
      ctx.usesApplicability() && c.level !== "na" ? null : h("option", { value: "na" }, t("page-state-na")),
      h("option", { value: "unknown" }, t("page-state-unknown")));
    levelSelect.value = c.level === null || c.level === undefined ? "" : String(c.level);
    const rationale = h("textarea", {
      "data-field": "rationale", rows: 2, dir: "auto", placeholder: t("page-ws-rationale.placeholder"),
      "aria-labelledby": `${key}-rationale-label ${key}-name`,
    });
    rationale.value = c.rationale ?? "";
    const onChange = () => {
      const v = levelSelect.value;
      const entry = { level: v === "" ? null : v === "na" || v === "unknown" ? v : Number(v), rationale: rationale.value };
      if (entry.level === null && entry.rationale === "") delete state.consensus[id];
      else state.consensus[id] = entry;
      save();
      pool();
      renderDerived();
    };
    levelSelect.addEventListener("change", onChange);
    rationale.addEventListener("input", onChange);
    return h("article", { class: "ws-item", id: key, dataset: { id } },
      h(`h${level}`, { class: "ind-title" }, h("span", { id: `${key}-name` }, ctx.indicatorName(id)), " ", h("code", {}, id)),
      agendaItem ? h("p", { class: "ws-range" }, t("page-ws-range", { range: agendaItem.range, iqr: ctx.fmt(agendaItem.iqr) })) : null,
      baseItem ? h("p", { class: "ws-pooled" }, t("page-ws-pooled-level", { level: answerText(baseItem.pooled) })) : null,
      ratings.length === 0 ? null : [
        h("p", { class: "check-title", id: `${key}-ratings` }, t("page-ws-ratings")),
        h("ul", { class: "ws-ratings", "aria-labelledby": `${key}-ratings` }, ratings.map((r, i) => {
          const ev = evidenceOf(i, id);
          return h("li", { dataset: { respondent: r.respondent, value: r.value === null ? "" : String(r.value) } },
            h("strong", { dir: "auto" }, r.respondent), ": ", h("span", { class: "ws-answer" }, answerText(r.value)), " — ",
            ev === null ? h("span", { class: "help" }, t("page-ws-no-evidence")) : h("q", { class: "evidence-text", dir: "auto" }, ev));
        })),
      ],
      h("div", { class: "ws-agree" },
        h("label", {}, h("span", { id: `${key}-level-label` }, t("page-ws-agreed")), " ", levelSelect),
        h("label", {}, h("span", { id: `${key}-rationale-label` }, t("page-ws-rationale")), " ", rationale)),
      agendaItem ? null : h("button", {
        type: "button", class: "ws-undiscuss", onclick: () => {
          state.discuss = state.discuss.filter((x) => x !== id);
          delete state.consensus[id];
          save();
          renderAll();
          byId("ws-other-select")?.focus();
        },
      }, t("page-ws-other-remove")));
  }

  /** Agreement, the agenda with its consensus controls, and the other indicators discussed. */
  function renderDiscussion() {
    const box = byId("ws-discussion");
    if (state.respondents.length === 0) {
      put(box);
      return;
    }
    const mismatch = h("label", { class: "ws-mismatch" },
      h("input", {
        type: "checkbox", id: "ws-allow-mismatch", checked: state.allowMismatch,
        onchange: (e) => {
          state.allowMismatch = e.target.checked;
          save();
          renderAll();
          byId("ws-allow-mismatch")?.focus();
        },
      }), " ", t("page-ws-allow-mismatch"));
    if (poolError) {
      const mismatched = (poolError.details ?? []).some((d) => d.code === "input.pool_mismatch");
      put(box, ctx.errorBox(t("page-ws-cannot-pool"), poolError.details ?? [], poolError.message), mismatched || state.allowMismatch ? mismatch : null);
      return;
    }
    if (!base) {
      put(box);
      return;
    }
    const overall = base.agreement.find((a) => a.scope === "overall");
    const alpha = overall?.alpha_ordinal?.value;
    const agendaIds = new Set(base.agenda.map((a) => a.id));
    const others = [...new Set([...state.discuss, ...Object.keys(state.consensus)])]
      .filter((id) => !agendaIds.has(id) && base.items.some((x) => x.id === id));
    const candidates = base.items.filter((x) => !agendaIds.has(x.id) && !others.includes(x.id));
    const otherSelect = h("select", { id: "ws-other-select" },
      h("option", { value: "" }, t("page-ws-other-choose")),
      candidates.map((x) => h("option", { value: x.id }, `${ctx.indicatorName(x.id)} (${x.id})`)));
    put(box,
      state.respondents.length < 2 ? h("p", { class: "description" }, t("page-ws-need-two")) : null,
      state.allowMismatch ? mismatch : null,
      base.warnings.length === 0 ? null : h("ul", { class: "ws-warnings" }, base.warnings.map((w) => h("li", {}, w.message))),
      h("section", { class: "ws-agreement", "aria-labelledby": "ws-agreement-title" },
        h("h3", { id: "ws-agreement-title" }, t("page-ws-agreement")),
        h("p", { id: "ws-alpha", dataset: { alpha: alpha === null || alpha === undefined ? "" : String(alpha) } },
          t("page-ws-alpha", { alpha: alpha === null || alpha === undefined ? "–" : ctx.fmt(alpha) }))),
      h("section", { class: "ws-agenda", id: "ws-agenda", "aria-labelledby": "ws-agenda-title" },
        h("h3", { id: "ws-agenda-title" }, t("page-ws-agenda")),
        h("p", { class: "description" }, base.agenda.length === 0 ? t("page-ws-agenda-empty") : t("page-ws-agenda-note")),
        h("ol", { class: "ws-agenda-list" }, base.agenda.map((a) => h("li", {}, discussionItem(a.id, a, 4))))),
      h("section", { class: "ws-other", id: "ws-other", "aria-labelledby": "ws-other-title" },
        h("h3", { id: "ws-other-title" }, t("page-ws-other")),
        others.map((id) => discussionItem(id, null, 4)),
        candidates.length === 0 ? null : h("div", { class: "ws-other-add" },
          h("label", { for: "ws-other-select" }, t("page-ws-other-choose")), " ", otherSelect, " ",
          h("button", {
            type: "button", id: "ws-other-add", onclick: () => {
              const id = otherSelect.value;
              if (!id) return otherSelect.focus();
              state.discuss.push(id);
              save();
              renderAll();
              byId(`ws-${id}`)?.querySelector("select")?.focus();
            },
          }, t("page-ws-other-add")))));
  }

  /** The pooled answers with the agreed levels, and the consensus with its exports. */
  function renderDerived() {
    const box = byId("ws-derived");
    if (!final) {
      put(box);
      return;
    }
    const list = labels();
    const table = h("table", { class: "ws-pooled", id: "ws-pooled", tabindex: "0", "aria-labelledby": "ws-pooled-caption" },
      h("caption", { id: "ws-pooled-caption", class: "visually-hidden" }, t("page-ws-pooled-caption")),
      h("thead", {}, h("tr", {},
        h("th", { scope: "col" }, t("page-ws-col-indicator")),
        list.map((r) => h("th", { scope: "col", dir: "auto" }, r)),
        h("th", { scope: "col" }, t("page-ws-col-pooled")),
        h("th", { scope: "col" }, t("page-ws-col-agreed")))),
      h("tbody", {}, final.items.map((x) => {
        const b = base.items.find((y) => y.id === x.id);
        return h("tr", { dataset: { id: x.id } },
          h("th", { scope: "row" }, ctx.indicatorName(x.id), " ", h("code", {}, x.id)),
          x.ratings.map((r) => h("td", {}, answerText(r.value))),
          h("td", { class: "ws-pooled-value" }, answerText(b ? b.pooled : x.pooled)),
          h("td", { class: "ws-agreed-value" }, x.consensus ? answerText(x.consensus.level) : "–"));
      })));
    const agendaIds = base.agenda.map((a) => a.id);
    const done = agreed();
    const report = consensusReport();
    const o = report && !report.error ? report.overall : null;
    const button = (id, msg, onclick) => h("button", { type: "button", id, onclick }, t(msg));
    put(box,
      h("section", { class: "ws-consensus files", "aria-labelledby": "ws-consensus-title" },
        h("h3", { id: "ws-consensus-title" }, t("page-ws-consensus")),
        h("p", { id: "ws-progress" }, t("page-ws-progress", { agreed: Object.keys(done).length, open: agendaIds.filter((id) => !done[id]).length })),
        report?.error ? ctx.errorBox(t("page-cannot-score"), report.error.details ?? [], report.error.message) : null,
        o ? h("p", { id: "ws-score", dataset: { score: o.score === null ? "" : String(o.score) } },
          t("page-ws-score", {
            score: ctx.fmt(o.score), top: ctx.maxLevel(),
            level: o.level === null ? "–" : t("page-level-choice", { level: o.level, name: report.scale[o.level]?.name ?? "" }),
          })) : null,
        h("div", { class: "buttons" },
          button("ws-export-consensus", "page-ws-export-consensus", () =>
            ctx.download(`${baseName("consensus")}.json`, "application/json", `${JSON.stringify(final.assessment, null, 2)}\n`)),
          button("ws-export-agreed", "page-ws-export-agreed", () =>
            ctx.download(`${baseName("agreed")}.json`, "application/json", `${JSON.stringify(agreed(), null, 2)}\n`)),
          button("ws-export-report-html", "page-ws-export-report-html", exportHtml),
          button("ws-export-report-md", "page-ws-export-report-md", () => {
            const r = consensusReport();
            if (r && !r.error) ctx.download(`${baseName("consensus-report")}.md`, "text/markdown", full.lib.renderMarkdown(r));
          }))),
      h("section", { class: "ws-answers", "aria-labelledby": "ws-pooled-title" },
        h("h3", { id: "ws-pooled-title" }, t("page-ws-pooled-answers")),
        h("p", { class: "description" }, t("page-ws-pooled-caption")),
        table));
  }

  /** The consensus report as the core's self-contained HTML page, in the page's language (its
   * language pack loaded into the whole module first). */
  async function exportHtml() {
    const r = consensusReport();
    if (!r || r.error) return;
    const lang = ctx.lang();
    if (lang !== "en") {
      await full.lib.loadLanguage(lang);
      full.fw.free();
      full.fw = full.lib.Framework.builtin(ctx.framework().version);
    }
    const html = full.lib.renderHtml(r, full.fw, { language: lang });
    ctx.download(`${baseName("consensus-report")}.html`, "text/html", html);
  }

  function renderAll() {
    pool();
    renderRespondents();
    renderDiscussion();
    renderDerived();
  }

  // ---------------------------------------------------------------------------------------------
  // Respondents in and out.

  async function addFiles(files) {
    const fw = ctx.framework();
    let added = 0;
    for (const file of files) {
      let failed = false;
      const text = await ctx.readImported(file, (kind, msg, details, fallback) => {
        failed = true;
        say(kind, msg, details, fallback);
      });
      if (text === null || failed) return finishAdding(added);
      const errors = fw.validateJSON(text).filter((d) => d.severity === "error");
      if (errors.length > 0) {
        say("error", t("page-ws-file-invalid", { file: file.name, framework: `${fw.id} ${fw.version}` }), errors);
        return finishAdding(added);
      }
      state.respondents.push({ from: "file", file: file.name, document: JSON.parse(text) });
      added++;
    }
    finishAdding(added);
    if (added > 0) say("ok", t("page-ws-loaded", { n: added }));
  }

  function finishAdding(added) {
    if (added > 0) {
      save();
      renderAll();
    }
  }

  function addFromPage() {
    const doc = ctx.currentDocument();
    if (Object.keys(doc.answers ?? {}).length === 0) {
      say("error", t("page-ws-add-empty"));
      return;
    }
    const fw = ctx.framework();
    const errors = fw.validateJSON(JSON.stringify(doc)).filter((d) => d.severity === "error");
    if (errors.length > 0) {
      say("error", t("page-cannot-score"), errors);
      return;
    }
    const name = byId("ws-name").value.trim();
    if (name !== "") doc.respondent = { ...(doc.respondent ?? {}), name };
    state.respondents.push({ from: "page", document: doc });
    if (!save()) return;
    ctx.startNextRespondent();
    byId("ws-name").value = "";
    renderAll();
    const list = labels();
    say("ok", t("page-ws-added", { respondent: list[list.length - 1] }));
  }

  function removeRespondent(i) {
    const label = labels()[i];
    state.respondents.splice(i, 1);
    save();
    renderAll();
    byId("ws-respondents-title").focus();
    say("ok", t("page-ws-removed", { respondent: label }));
  }

  function reset() {
    if (!confirm(t("page-ws-reset-confirm"))) return;
    state = emptyState();
    save();
    renderAll();
    say("ok", t("page-ws-reset-done"));
  }

  // ---------------------------------------------------------------------------------------------
  // Opening: the page shows the workshop's view (#workshop, app.js) and calls open().

  /** Loads the whole module the first time (saying so meanwhile, or why it failed), then draws
   * the workshop. */
  async function open() {
    if (full) return;
    const status = byId("ws-loading");
    status.hidden = false;
    try {
      await loadFull();
    } catch (e) {
      status.textContent = t("page-ws-load-failed", { error: String(e?.message ?? e) });
      status.className = "error";
      return;
    }
    status.hidden = true;
    renderAll();
    byId("workshop").dataset.ready = "true";
  }

  byId("ws-files").addEventListener("change", async (e) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = "";
    if (files.length > 0) await addFiles(files);
  });
  byId("ws-add-page").addEventListener("click", addFromPage);
  byId("ws-reset").addEventListener("click", reset);

  return {
    open,
    /** Draws the workshop again (the page's language changed). */
    render() {
      if (full) renderAll();
    },
  };
}
