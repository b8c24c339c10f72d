// Typed usage of the package, checked with `tsc --noEmit --strict` (tests/types/tsconfig.json).
// The `@ts-expect-error` lines prove that the types are real, not `any`.
import init, {
  AssessmentError,
  Framework,
  FrameworkError,
  LhsError,
  renderMarkdown,
  radarChart,
  facetChart,
  type Answer,
  type Assessment,
  type Diagnostic,
  type ErrorInfo,
  type FrameworkSpec,
  type IndicatorInfo,
  type Report,
  type ScoreOptions,
} from "lhs-maturity";

await init();
const fw: Framework = Framework.builtin();
const id: string = fw.id;
const max: number = fw.maxLevel;

const answers: Record<string, Answer> = {
  "inst.info.routine_data": 2,
  "inst.delib.working_groups": { level: "na", justification: "none at district level" },
  "cap.prov.data_interpretation": "unknown",
  "cond.fin.stable_investment": { level: 1, evidence: "budget 2026", confidence: "low", target: 3 },
};
const assessment: Assessment = { unit: { name: "Kisumu East" }, period: "2026-Q3", default_target: 3, answers };
const options: ScoreOptions = { defaultTarget: 3 };

const report: Report = fw.score(assessment);
fw.score(assessment, options);
const overall: number | null | undefined = report.overall.score;
const levelKey: string | null | undefined = report.overall.level_key;
const firstDomain: string = report.domains[0].id;
const rec: string = report.recommendations[0].indicator;
const owners: string[] = report.recommendations_by_owner[0].indicators;
const warnings: Diagnostic[] = report.warnings;
const text: string = fw.scoreJSON(JSON.stringify(assessment), { defaultTarget: 2 });
const md: string = renderMarkdown(report);
const svg: string = radarChart(report) + facetChart(report);
const diags: Diagnostic[] = fw.validate(assessment);
const severity: "error" | "warning" = diags[0].severity;
const many: Array<Report | AssessmentError> = fw.scoreMany([assessment, assessment]);
for (const r of many) {
  if (r instanceof AssessmentError) {
    const c: string = r.code;
  } else {
    const s: number | null | undefined = r.overall.score;
  }
}
const spec: FrameworkSpec = fw.toJSON();
const again: Framework = Framework.fromObject(spec);
const fromText: Framework = Framework.fromJSON(JSON.stringify(spec));
const inds: IndicatorInfo[] = fw.indicators();
const share: number = inds[0].share;

try {
  fw.score({ answers: { "inst.info.routin_data": 2 } });
} catch (e) {
  if (e instanceof LhsError) {
    const code: string = e.code;
    const path: string = e.path;
    const help: string | null = e.help;
    const details: Diagnostic[] = e.details;
    const info: ErrorInfo = e.toJSON();
    const kind: "framework" | "assessment" | "input" = e.kind;
  }
  if (e instanceof FrameworkError) {
    const k: "framework" = e.kind;
  }
  const isError: boolean = e instanceof Error;
}

// @ts-expect-error: answers is required
fw.score({ unit: { name: "x" } });
// @ts-expect-error: a level is a number, "na" or "unknown", not any string
const badAnswer: Answer = "2";
// @ts-expect-error: the options are camelCase
fw.score(assessment, { default_target: 3 });
// @ts-expect-error: scoreJSON takes text
fw.scoreJSON(assessment);
// @ts-expect-error: reports have no such field
report.overall.scor;
// @ts-expect-error: id is read-only
fw.id = "x";

void [svg, id, max, overall, levelKey, firstDomain, rec, owners, warnings, text, md, severity, again, fromText, share, badAnswer];
