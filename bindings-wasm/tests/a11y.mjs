// Accessibility checks for pages shown in Chromium through playwright-core (WCAG 2.2 AA), used by
// tests/a11y.e2e.mjs on the self-assessment page and on the core's HTML report. They look at
// what a person or an assistive technology gets (the focused element, computed styles, what is
// drawn behind a text, accessible names), not at the page's markup, so that they hold when the
// page is rebuilt from custom elements: every check looks into open shadow roots too (the focused
// element, the element drawn at a point, the charts, the headings, the labels and the controls),
// in the order a person meets them (a shadow root's content where its host is).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** axe-core (a pinned dev dependency), injected into the page under test by `runAxe`. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe rule sets run: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices
 * (headings in order, landmarks). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/**
 * Runs axe on the page and sums it up: `violations` (id, impact, help, nodes: the first few
 * targets), `byImpact` (violations counted by impact), `contrastIncomplete` (the `color-contrast`
 * checks axe could not decide) and `chartTexts` (how many of those were texts of an SVG chart).
 *
 * axe takes an `<svg>` element for an image and cannot tell what is drawn behind a text inside
 * it, so it leaves every chart text it cannot pass as "incomplete"; those are not counted in
 * `contrastIncomplete` but measured by `svgTextContrast`, which composes the chart's own fills.
 * Every other undecided contrast is counted.
 */
export async function runAxe(page) {
  // The source is evaluated through the DevTools protocol, which a page's Content-Security-
  // Policy does not govern (the page under test keeps its policy).
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    await document.fonts.ready; // text laid out in its final faces
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations", "incomplete"],
      elementRef: true,
    });
    const inChart = (n) => n.element instanceof Element && n.element.closest("svg") !== null;
    const nodes = (list) => list.slice(0, 5).map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? n.any?.[0]?.message ?? "").replace(/\s+/g, " ").trim()}`);
    const violations = r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length, nodes: nodes(v.nodes) }));
    const byImpact = {};
    for (const v of violations) byImpact[v.impact] = (byImpact[v.impact] ?? 0) + 1;
    const contrast = r.incomplete.find((x) => x.id === "color-contrast")?.nodes ?? [];
    const undecided = contrast.filter((n) => !inChart(n));
    return {
      violations,
      byImpact,
      contrastIncomplete: undecided.length,
      contrastIncompleteNodes: nodes(undecided),
      chartTexts: contrast.length - undecided.length,
    };
  }, AXE_TAGS);
}

/** A one-line account of an axe run, for the test's log. */
export function axeLine(label, r) {
  const impacts = ["critical", "serious", "moderate", "minor"].map((k) => `${k} ${r.byImpact[k] ?? 0}`).join(", ");
  return `axe ${label}: violations ${impacts}; color-contrast incomplete ${r.contrastIncomplete} (+ ${r.chartTexts} chart texts measured apart)`;
}

/**
 * The texts of the SVG charts whose contrast with what is drawn behind them is below `min`
 * (4.5:1 by default: every chart text is small). For each text (or line of text), at five points
 * of its box, what lies behind is composed from the elements the browser finds at that point:
 * the chart's filled shapes (with their opacity), then the page's backgrounds under the chart,
 * down to the canvas. The text's colour is its computed `fill`, so forced colours count.
 * Returns `{ checked, failures }`.
 */
export function svgTextContrast(page, min = 4.5) {
  return page.evaluate((min) => {
    const parse = (c) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c ?? "");
      return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
    };
    const lum = ([r, g, b]) => {
      const f = (v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
    // Under everything, the canvas: the system's Canvas colour (white, or the forced colours').
    const probe = document.createElement("div");
    probe.style.backgroundColor = "Canvas";
    document.body.append(probe);
    const base = parse(getComputedStyle(probe).backgroundColor) ?? [255, 255, 255, 1];
    probe.remove();
    /** The parent of a node across shadow roots (a shadow root's is its host). */
    const up = (n) => n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement;
    /** Whether `a` contains `b`, across shadow roots. */
    const holds = (a, b) => {
      for (let n = b; n; n = up(n)) if (n === a) return true;
      return false;
    };
    const all = (root) => [...root.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    const svgs = all(document).filter((el) => el instanceof SVGSVGElement && !(el.parentNode instanceof SVGElement));
    /** What is painted at (x, y) under the chart's texts: the elements there as the chart's own
     * tree (a shadow root) sees them, the page's around it included. */
    const behind = (svg, x, y) => {
      const layers = [];
      for (const el of svg.getRootNode().elementsFromPoint(x, y)) {
        if (!(holds(svg, el) || holds(el, svg))) continue; // above the chart (a sticky header)
        if (el instanceof SVGTextContentElement || el === svg) continue;
        if (el instanceof SVGGeometryElement) {
          if (el instanceof SVGLineElement || el instanceof SVGPolylineElement) continue; // strokes only
          const s = getComputedStyle(el);
          const fill = parse(s.fill);
          if (!fill) continue; // none, or a paint server
          fill[3] *= Number(s.fillOpacity) * Number(s.opacity);
          layers.push(fill);
        } else if (!(el instanceof SVGElement)) {
          const bg = parse(getComputedStyle(el).backgroundColor);
          if (bg && bg[3] > 0) layers.push(bg);
        }
        if (layers.length && layers.at(-1)[3] >= 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), base);
    };
    const failures = [];
    let checked = 0;
    // Each chart is scrolled into the window to be measured; every scroll position is put back
    // afterwards (the window's and those of the boxes around the charts).
    const scrolled = [[document.scrollingElement, scrollX, scrollY]];
    for (const svg of svgs) {
      for (let a = up(svg); a; a = up(a)) {
        if (a.scrollHeight > a.clientHeight || a.scrollWidth > a.clientWidth) scrolled.push([a, a.scrollLeft, a.scrollTop]);
      }
    }
    for (const svg of svgs) {
      if (!svg.checkVisibility()) continue;
      svg.scrollIntoView({ block: "center", inline: "center" });
      for (const el of svg.querySelectorAll("text, tspan")) {
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.data).join("").trim();
        if (own === "" || !el.checkVisibility()) continue;
        const s = getComputedStyle(el);
        const fill = parse(s.fill);
        if (!fill) {
          failures.push(`“${own}”: fill ${s.fill}`);
          continue;
        }
        const box = el.getBoundingClientRect();
        let worst = Infinity;
        let where = null;
        for (const [fx, fy] of [[0.5, 0.5], [0.25, 0.3], [0.75, 0.3], [0.25, 0.7], [0.75, 0.7]]) {
          const bg = behind(svg, box.left + fx * box.width, box.top + fy * box.height);
          const text = over([fill[0], fill[1], fill[2], fill[3] * Number(s.fillOpacity) * Number(s.opacity)], bg);
          const r = ratio(text, bg);
          if (r < worst) [worst, where] = [r, bg];
        }
        checked++;
        if (worst < min) {
          failures.push(`${svg.id ? `svg#${svg.id}` : "svg"} “${own}”: ${worst.toFixed(2)}:1 (${s.fill} on rgb(${where.slice(0, 3).map(Math.round).join(", ")}))`);
        }
      }
    }
    for (const [el, left, top] of scrolled.reverse()) el.scrollTo(left, top);
    return { checked, failures };
  }, min);
}

/** What overflows in the page shown: every visible element with text (its own or its
 * children's) whose content is wider than its box, and every SVG text whose box leaves its
 * SVG's viewBox. Text hidden for screen readers only (`.visually-hidden`, clipped on purpose)
 * is left out. (The same check as the browser test's, which keeps its own copy.) */
export function overflowing(page) {
  return page.evaluate(() => {
    const out = [];
    const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    const all = (root) => [...root.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    for (const el of [document.body, ...all(document.body)]) {
      if (el.namespaceURI !== "http://www.w3.org/1999/xhtml") continue;
      if (el.closest(".visually-hidden") || !el.checkVisibility()) continue;
      if (el.textContent.trim() === "") continue;
      // a data table wider than the screen may scroll sideways on its own (WCAG 1.4.10 exempts
      // content that needs two dimensions); what is around it may not
      if (el.tagName === "TABLE" && ["auto", "scroll"].includes(getComputedStyle(el).overflowX)) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        out.push(`${describe(el)} “${el.textContent.trim().slice(0, 50)}”: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    for (const svg of all(document.body).filter((el) => el instanceof SVGSVGElement)) {
      if (!svg.checkVisibility()) continue;
      const vb = svg.viewBox.baseVal;
      if (!vb || vb.width === 0) continue;
      for (const text of svg.querySelectorAll("text")) {
        if (text.textContent.trim() === "") continue;
        const b = text.getBBox();
        if (b.x < vb.x - 1 || b.y < vb.y - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y + b.height > vb.y + vb.height + 1) {
          out.push(`${svg.id ? `svg#${svg.id}` : "svg"} text “${text.textContent.trim().slice(0, 50)}”: outside the viewBox`);
        }
      }
    }
    return out;
  });
}

/** How many CSS pixels the page is wider than the window (0 or less: no horizontal scrolling). */
export const horizontalScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The text spacing of WCAG 2.2 1.4.12 (the values of its bookmarklet), as a constructed style
 * sheet (a page's Content-Security-Policy may refuse a `<style>` element, never the CSSOM),
 * adopted by the document and by every open shadow root (a document's styles do not reach
 * into them). */
export function applyTextSpacing(page) {
  return page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    const roots = (root) => [root, ...[...root.querySelectorAll("*")].filter((el) => el.shadowRoot).flatMap((el) => roots(el.shadowRoot))];
    for (const root of roots(document)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    window.__textSpacing = sheet;
  });
}

export function removeTextSpacing(page) {
  return page.evaluate(() => {
    const roots = (root) => [root, ...[...root.querySelectorAll("*")].filter((el) => el.shadowRoot).flatMap((el) => roots(el.shadowRoot))];
    for (const root of roots(document)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== window.__textSpacing);
  });
}

/**
 * The element that has the focus (inside shadow roots too) and whether a person sees it:
 * `ring` (an outline of at least 2px, or a box shadow), `ringContrast` (the outline's colour against
 * the background around the element), `covered` (the share of it under another
 * element drawn over it: the page's sticky header), `offscreen` (outside the window), and what
 * it is (`tag`, `id`, `type`, `name`, `value`, `checked`, `role`, `field`: its data-field), with the
 * indicator card it belongs to (`indicator`) and where it is (`inResults`).
 */
export function focusState(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: "body" };
    const box = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
    // The outline's contrast with what it is drawn on: the first background around the element.
    const rgb = (c) => (/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c) ?? []).slice(1).map((v, i) => (v === undefined ? 1 : Number(v)));
    const lum = ([r, g, b]) => [r, g, b].map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const up = (n) => n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement;
    /** The nearest element around `n` (itself included) matching `selector`, across shadow roots. */
    const closestOf = (n, selector) => {
      for (let a = n; a; a = up(a)) if (a.matches(selector)) return a;
      return null;
    };
    /** Whether `a` contains `b` (or is it), across shadow roots. */
    const inside = (a, b) => {
      for (let n = b; n; n = up(n)) if (n === a) return true;
      return false;
    };
    let around = [255, 255, 255, 1];
    for (let a = up(el); a; a = up(a)) {
      const bg = rgb(getComputedStyle(a).backgroundColor);
      if (bg.length === 4 && bg[3] >= 1) {
        around = bg;
        break;
      }
    }
    const [lo, hi] = [lum(rgb(s.outlineColor)), lum(around)].sort((x, y) => x - y);
    const ringContrast = s.outlineStyle === "none" ? 0 : (hi + 0.05) / (lo + 0.05);
    // How much of it is covered by something else drawn over it (the page's sticky header): at
    // nine points of its box, the topmost element is neither it nor inside it nor around it.
    let points = 0;
    let hidden = 0;
    for (const fx of [0.1, 0.5, 0.9]) {
      for (const fy of [0.1, 0.5, 0.9]) {
        const x = box.left + fx * box.width;
        const y = box.top + fy * box.height;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        points++;
        let top = document.elementFromPoint(x, y);
        while (top?.shadowRoot?.elementFromPoint(x, y) && top.shadowRoot.elementFromPoint(x, y) !== top) top = top.shadowRoot.elementFromPoint(x, y);
        if (top && !(top === el || inside(el, top) || inside(top, el))) hidden++;
      }
    }
    const covered = points === 0 ? 0 : hidden / points;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.type ?? null,
      name: el.getAttribute("name"),
      value: el.value ?? null,
      checked: el.checked ?? null,
      role: el.getAttribute("role"),
      field: el.dataset?.field ?? null,
      text: el.textContent.trim().slice(0, 60),
      indicator: closestOf(el, "[data-id]")?.dataset.id ?? null,
      inResults: closestOf(el, "#results") !== null,
      focusVisible: el.matches(":focus-visible"),
      ring,
      ringContrast,
      covered,
      offscreen: box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth,
      top: Math.round(box.top),
      width: Math.round(box.width),
    };
  });
}

/** The headings shown, in the order they are met (those of the elements' shadow roots where
 * their hosts are): `[level, text]`. */
export function headings(page) {
  return page.evaluate(() => {
    const all = (root) => [...root.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    return all(document).filter((h) => h.matches("h1, h2, h3, h4, h5, h6, [role=heading]") && h.checkVisibility())
      .map((h) => [Number(h.getAttribute("aria-level") ?? h.tagName.slice(1)), h.textContent.trim().slice(0, 40)]);
  });
}

/** Where the headings skip a level going down (h2 then h4), and how many h1 there are. */
export function headingProblems(list) {
  const out = [];
  if (list.filter(([l]) => l === 1).length !== 1) out.push(`${list.filter(([l]) => l === 1).length} h1`);
  for (let i = 1; i < list.length; i++) {
    if (list[i][0] > list[i - 1][0] + 1) out.push(`h${list[i - 1][0]} “${list[i - 1][1]}” then h${list[i][0]} “${list[i][1]}”`);
  }
  return out;
}

/** Every reference of an aria-labelledby or aria-describedby that leads to no element or to an
 * empty text (an id is looked for in the referring element's own tree: the document or a shadow
 * root), and every visible form control without a label of any kind; in the page and in the
 * open shadow roots of its elements. */
export function unlabelled(page) {
  return page.evaluate(() => {
    const out = [];
    const all = (root) => [...root.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    const everything = all(document);
    for (const el of everything.filter((x) => x.hasAttribute("aria-labelledby") || x.hasAttribute("aria-describedby"))) {
      for (const attr of ["aria-labelledby", "aria-describedby"]) {
        for (const id of (el.getAttribute(attr) ?? "").split(/\s+/).filter(Boolean)) {
          const target = el.getRootNode().getElementById(id);
          if (!target || target.textContent.trim() === "") out.push(`${el.tagName.toLowerCase()} ${attr} → #${id}: ${target ? "empty" : "missing"}`);
        }
      }
    }
    for (const el of everything.filter((x) => x.matches("input, select, textarea"))) {
      if (el.type === "hidden" || (!el.checkVisibility() && !el.classList.contains("visually-hidden"))) continue;
      if (el.labels.length === 0 && !el.hasAttribute("aria-labelledby") && !el.hasAttribute("aria-label")) {
        out.push(`${el.tagName.toLowerCase()}#${el.id || el.name}: no label`);
      }
    }
    return out;
  });
}
