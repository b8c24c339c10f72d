// Typed usage of lhs-maturity/elements, checked with `tsc --noEmit --strict` with usage.ts.
// The `@ts-expect-error` lines prove that the types are real, not `any`.
import {
  configure,
  ready,
  LhsAssessmentElement,
  LhsReportElement,
  type LhsAssessmentEventDetail,
  type LhsChangeEvent,
  type LhsIndicatorEventDetail,
} from "lhs-maturity/elements";
import type { Assessment, Report } from "lhs-maturity";

configure({ wasmUrl: "/static/lhs_maturity_bg.wasm", languagesUrl: new URL("https://example.org/lhs/languages/") });
// @ts-expect-error: an unknown option
configure({ wasm: "/x.wasm" });
const loaded: Promise<void> = ready();

// document.querySelector and createElement know the tags.
const form: LhsAssessmentElement | null = document.querySelector("lhs-assessment");
const report: LhsReportElement = document.createElement("lhs-report");
if (form) {
  form.unitKind = "district";
  form.draftKey = "my-unit";
  form.required = true;
  form.framework = null;
  const a: Assessment | null = form.assessment;
  const r: Report | null = form.report;
  const moved: boolean = form.focusIndicator("inst.info.routine_data");
  const valid: boolean = form.checkValidity();
  const name: string | null = form.name;
  // @ts-expect-error: the report is read only
  form.report = null;
  // @ts-expect-error: an id is a string
  form.focusIndicator(3);
  // The events are typed through HTMLElementEventMap: detail.assessment is an Assessment.
  form.addEventListener("lhs-change", (e) => {
    const doc: Assessment = e.detail.assessment;
    report.assessment = doc;
    // @ts-expect-error: no such field in the detail
    e.detail.report;
  });
  form.addEventListener("lhs-complete", (e: LhsChangeEvent) => {
    const detail: LhsAssessmentEventDetail = e.detail;
    void detail;
  });
  void [a, r, moved, valid, name];
}
report.addEventListener("lhs-indicator", (e) => {
  const detail: LhsIndicatorEventDetail = e.detail;
  const id: string = e.detail.id;
  void [detail, id];
});
// @ts-expect-error: a report is an object, not text
report.report = "{}";
void loaded;
