// Types of lhs-maturity/elements: the custom elements <lhs-assessment> and <lhs-report>.
import type { Assessment, FrameworkSpec, Report } from "../types/index.js";
import type { Framework } from "../index.js";

/** The detail of `lhs-change` and `lhs-complete`: the assessment document as it stands (a
 * copy). */
export interface LhsAssessmentEventDetail {
  assessment: Assessment;
}

/** The detail of `lhs-indicator` (a next step of a report chosen): the indicator's id. */
export interface LhsIndicatorEventDetail {
  id: string;
}

export type LhsChangeEvent = CustomEvent<LhsAssessmentEventDetail>;
export type LhsCompleteEvent = CustomEvent<LhsAssessmentEventDetail>;
export type LhsIndicatorEvent = CustomEvent<LhsIndicatorEventDetail>;

/** Where the elements load their resources from (hosts that serve them themselves). */
export interface ElementsOptions {
  /** The elements' WebAssembly module (default: `elements/lhs_maturity_bg.wasm` of the
   * package, the crate without the analyses). */
  wasmUrl?: string | URL | null;
  /** The directory of the language packs (default: `languages/` of the package). */
  languagesUrl?: string | URL | null;
  /** The package's whole module (default: `web/lhs_maturity_bg.wasm`), loaded only to draw the
   * charts of a report given to `<lhs-report>` as a report rather than an assessment. */
  fullWasmUrl?: string | URL | null;
}

/** Sets where the module and the language packs are loaded from; call it before the first
 * element is connected (a failed load is retried with the new URL). */
export function configure(options: ElementsOptions): void;

/** Resolves when the WebAssembly module is loaded (loading it if needed); rejects when it
 * cannot be. */
export function ready(): Promise<void>;

/** A framework as the elements take it: a framework document, its JSON text, a Framework of
 * the package, or null for the built-in one. */
export type FrameworkInput = FrameworkSpec | string | Framework | null;

/**
 * `<lhs-assessment>`: the questionnaire of a framework, form-associated (its form value is the
 * assessment document as JSON, under its `name`).
 * Attributes: `unit-kind`, `draft-key`, `required`, `name`, `lang`, `dir`, `heading-level`.
 */
export class LhsAssessmentElement extends HTMLElement {
  static readonly formAssociated: true;
  static readonly observedAttributes: string[];
  /** The framework (null: the built-in one). */
  framework: FrameworkInput;
  /** The kind of unit (`unit-kind`): the indicators that do not apply to it are hidden. */
  unitKind: string | null;
  /** The assessment document (a copy); setting it replaces the answers. */
  assessment: Assessment | null;
  /** The localStorage key of the draft (`draft-key`); null: no draft kept. */
  draftKey: string | null;
  /** Whether the form needs every indicator answered (`required`). */
  required: boolean;
  /** The report of the answers as they stand (null before the module is loaded). */
  readonly report: Report | null;
  readonly form: HTMLFormElement | null;
  readonly name: string | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  /** Moves the focus to an indicator's answer; false when it is not shown. */
  focusIndicator(id: string): boolean;
  /** Forgets the draft kept under `draft-key`. */
  clearDraft(): void;
  /** Resolves to true once the element shows what was set before (read `report` then). */
  readonly updateComplete: Promise<boolean>;
}

/**
 * `<lhs-report>`: the overall and domain scores, the radar and profile charts drawn by the core,
 * and the next steps by stakeholder group, of a `report` or of an `assessment` scored on the fly.
 * Attributes: `for` (the id of an `<lhs-assessment>` to follow), `lang`, `dir`, `heading-level`.
 */
export class LhsReportElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The framework used to score `assessment` (null: the built-in one). */
  framework: FrameworkInput;
  /** A report, shown as it is. */
  report: Report | null;
  /** An assessment, scored when no `report` is given. */
  assessment: Assessment | null;
  /** Resolves to true once the element shows what was set before. */
  readonly updateComplete: Promise<boolean>;
}

declare global {
  interface HTMLElementTagNameMap {
    "lhs-assessment": LhsAssessmentElement;
    "lhs-report": LhsReportElement;
  }
  interface HTMLElementEventMap {
    "lhs-change": LhsChangeEvent;
    "lhs-complete": LhsCompleteEvent;
    "lhs-indicator": LhsIndicatorEvent;
  }
}
