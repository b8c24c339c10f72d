// Typed usage of the package, checked with `tsc --noEmit --strict` (tests/types/tsconfig.json).
// The `@ts-expect-error` lines prove that the types are real, not `any`.
import init, {
  AssessmentError,
  Framework,
  FrameworkError,
  LhsError,
  InputError,
  InternalError,
  renderMarkdown,
  radarChart,
  facetChart,
  compare,
  series,
  cohort,
  reliability,
  krippendorffAlpha,
  icc,
  cronbachAlpha,
  type Agreement,
  type AlphaResult,
  type ContentValidity,
  type IndicatorList,
  type IndicatorsOptions,
  type LintReport,
  type LongRow,
  type LongRows,
  type MapClass,
  type MigrateOptions,
  type Migration,
  type MigrationMap,
  type RelevanceRating,
  type TemplateOptions,
  type UnitKind,
  type UnknownRule,
  type Robustness,
  type RobustnessOptions,
  type Uncertainty,
  type UncertaintyOptions,
  type Answer,
  type Assessment,
  type Cohort,
  type CohortOptions,
  type Comparison,
  type Diagnostic,
  type ErrorInfo,
  type Estimate,
  type FrameworkSpec,
  type IccResult,
  type IndicatorInfo,
  type PoolMethod,
  type PoolBootstrap,
  type PoolBootstrapOptions,
  type PoolOptions,
  type PoolResult,
  type RatingMatrix,
  type Reliability,
  type Report,
  type ScoreOptions,
  type Series,
  addLanguage,
  availableLanguages,
  negotiateLanguage,
  loadLanguage,
  message,
  pluralCategory,
  formatDecimal,
  formatPercent,
  isRtl,
  renderHtml,
  type LanguagePack,
  type LanguageStatus,
  type LoadedLanguage,
  type PluralCategory,
  type RenderOptions,
} from "lhs-maturity";

await init();
const fw: Framework = Framework.builtin();
const id: string = fw.id;
const max: number = fw.maxLevel;

const answers: Record<string, Answer> = {
  "inst.info.routine_data": 2,
  "inst.delib.working_groups": { level: "na", justification: "none at district level" },
  "cap.prov.data_interpretation": "unknown",
  "cond.fin.learning_budget": { level: 1, evidence: "budget 2026", confidence: "low", target: 3 },
  "inst.info.me_integration": { elements: { L1a: true, L2a: "unknown" }, evidence: "M&E plan" },
};
const assessment: Assessment = {
  framework: { id: "lhs-2021", version: "2.0.0" },
  unit: { name: "Kisumu East", kind: "district" },
  period: "2026-Q3",
  default_target: 3,
  answers,
};
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
// Scored and rendered in one call (the elements' smaller module has only this).
const drawn: string = fw.render(assessment, { format: "facets", facets: ["loop"], language: "fr", unknown: "zero" })
  + fw.render(assessment) + fw.render(assessment, null);
// @ts-expect-error the formats are named
fw.render(assessment, { format: "pdf" });
// @ts-expect-error uncertainty is score's option only
fw.render(assessment, { uncertainty: true });
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

// Versions, options and the framework tools of 2.0.0.
const old: Framework = Framework.builtin("1.0.0");
Framework.builtin(null);
const chosen = Framework.builtinFor(assessment);
const chosenFw: Framework = chosen.framework;
const chosenWarning: Diagnostic | null = chosen.warning;
const rule: UnknownRule = "zero";
const zeroReport: Report = fw.score(assessment, { unknown: rule, defaultTarget: 2 });
fw.scoreJSON("{}", { unknown: "exclude" });
fw.scoreMany([assessment], { unknown: null });
const unknownRule: UnknownRule | undefined = zeroReport.unknown_rule;
const firstStatus: "rated" | "na" | "unknown" | "missing" | "does_not_apply" = zeroReport.indicators[0].status;
const fromElements: boolean | undefined = zeroReport.indicators[0].from_elements;
const isOutcome: boolean | undefined = zeroReport.domains[3].outcome;
// How sure the scores are: Framework#uncertainty and the `uncertainty` option of score.
const sure: Uncertainty = fw.uncertainty(assessment, { draws: 500, seed: 7, maxExact: 4, unknown: "zero" });
const sureOptions: UncertaintyOptions = { model: { low: { same: 0.6, next: 0.2 } } };
fw.uncertainty(assessment, sureOptions);
fw.uncertainty(assessment);
const interval: [number, number] | null | undefined = sure.nodes[0].independent.interval;
const sureMethod: "exact" | "monte_carlo" = sure.method;
const withSure: Report = fw.score(assessment, { uncertainty: { draws: 100 } });
const sureCarried: Uncertainty | null | undefined = withSure.uncertainty;
fw.score(assessment, { uncertainty: true });
// @ts-expect-error: the seed is a number.
fw.uncertainty(assessment, { seed: "7" });
// Whether many units' results survive other choices: Framework#robustness.
const robustOptions: RobustnessOptions = {
  n: 16, seed: 7, weightsSpread: 0.25, weightsModel: "dirichlet", aggregationNodes: ["inst"],
  missing: true, rating: false, topK: 1, pairs: [["a", "b"]], bootstrap: 0, publishable: false,
  labels: ["a", "b"],
};
const robust: Robustness = fw.robustness([assessment, assessment], robustOptions);
fw.robustness([assessment]);
const robustMedian: number | null | undefined = robust.units[0].median;
const robustRank: number | null | undefined = robust.units[0].rank?.median;
const robustKeeps: number = robust.units[0].keeps_level;
const robustS1: number | null | undefined = robust.sensitivity.scores[0].factors[0].s1;
const robustModel: "uniform" | "dirichlet" = robust.weights_model;
// @ts-expect-error: the weights move uniformly or by a Dirichlet distribution.
fw.robustness([assessment], { weightsModel: "normal" });
const kind: UnitKind = "facility";
const indicatorsOptions: IndicatorsOptions = { unitKind: kind };
const forFacility: IndicatorList = fw.indicators(indicatorsOptions);
fw.indicators({ unitKind: null });
fw.indicators(null);
const effective: number = forFacility[0].effective_weight;
const appliesTo: UnitKind[] = forFacility[0].applies_to;
const question: string | null | undefined = forFacility[0].question;
const descriptor: string | null = fw.descriptor("inst.info.routine_data", 2);
fw.descriptor("inst.info.routine_data", 2, "fr");
const lint: LintReport = fw.lint();
const lintCodes: string[] = lint.findings.map((d) => d.code);
const averageWords: number[] = lint.average_words;
const migration: Migration = fw.migrate({ framework: { id: "lhs-2021", version: "1.0.0" }, answers: {} });
const migrated: Assessment = migration.assessment;
const carried: number = migration.carried;
const classCount: number | undefined = migration.classes["equivalent"];
const mapClass: MapClass = "merged_conjunctive";
declare const map: MigrationMap;
const migrateOptions: MigrateOptions = { map };
fw.migrate(migrated, migrateOptions);
fw.migrate(migrated, { map: "{}" });
const relevance: RelevanceRating[] = fw.readRelevanceCsv(fw.relevanceFormCsv(), "expert-1");
relevance.push({ expert: "b", indicator: "inst.info.routine_data", relevance: null });
const validity: ContentValidity = fw.contentValidity(relevance);
const iCvi: number | null | undefined = validity.items[0].i_cvi;
const sCvi: number | null | undefined = validity.s_cvi_ave;
const rows: LongRows = fw.longRows([assessment]);
const row: LongRow = rows[0];
const rowLevel: number | null | undefined = row.level;
const longCsv: string = fw.longCsv([assessment]);
const templateOptions: TemplateOptions = { unitKind: "district" };
const blank: Assessment = fw.template(templateOptions);
fw.template();

// @ts-expect-error: not a rule for unknown answers
fw.score(assessment, { unknown: "skip" });
// @ts-expect-error: not a unit kind
fw.indicators({ unitKind: "hospital" });
// @ts-expect-error: the option is camelCase
fw.indicators({ unit_kind: "district" });
// @ts-expect-error: a version is a string
Framework.builtin(1);
// @ts-expect-error: the level is a number
fw.descriptor("inst.info.routine_data", "2");
// @ts-expect-error: readRelevanceCsv needs the expert
fw.readRelevanceCsv("indicator,relevance\n");
// @ts-expect-error: ratings are objects
fw.contentValidity([4, 3]);
// @ts-expect-error: a lint report has no such field
lint.warnings;
// @ts-expect-error: not a class of the migration map
const notAClass: MapClass = "renamed";
// @ts-expect-error: builtinFor's framework is a Framework, not a document
const notASpec: FrameworkSpec = chosen.framework;

try {
  fw.score({ answers: { "inst.info.routin_data": 2 } });
} catch (e) {
  if (e instanceof LhsError) {
    const code: string = e.code;
    const path: string = e.path;
    const help: string | null = e.help;
    const details: Diagnostic[] = e.details;
    const info: ErrorInfo = e.toJSON();
    const kind: "framework" | "assessment" | "input" | "internal" = e.kind;
  }
  if (e instanceof FrameworkError) {
    const k: "framework" = e.kind;
  }
  if (e instanceof InputError) {
    const k: "input" = e.kind;
    const name: "InputError" = e.name;
  }
  if (e instanceof InternalError) {
    const k: "internal" = e.kind;
  }
  const isError: boolean = e instanceof Error;
}

// The analyses.
const team: Assessment[] = [assessment, { ...assessment, respondent: { id: "hmis" } }];
const poolOptions: PoolOptions = {
  method: "mean",
  allowMismatch: false,
  consensus: { "inst.info.routine_data": { level: 2, rationale: "agreed on 3 May" } },
};
const pooled: PoolResult = fw.pool(team, poolOptions);
fw.pool(team);
fw.pool(team, null);
const method: PoolMethod = pooled.method;
const pooledAssessment: Assessment = pooled.assessment;
const agendaRange: number = pooled.agenda[0].range;
const pooledLevel: number | "na" | "unknown" | null = pooled.items[0].pooled;
// @ts-expect-error a pooled answer is a level, "na", "unknown" or null, never any other string
const notALevel: "high" = pooled.items[0].pooled;
const alphaOrdinal: number | null | undefined = pooled.agreement[0].alpha_ordinal.value;
const agreement: Agreement = fw.agreement(team);
const bootOptions: PoolBootstrapOptions = { method: "median", resamples: 200, seed: 7, level: 0.8 };
const boot: PoolBootstrap = fw.poolBootstrap(team, bootOptions);
fw.poolBootstrap(team);
const bootMethod: "bootstrap" | "leave_one_out" = boot.method;
const bootInterval: number[] | null | undefined = boot.nodes[0].interval;
const leftOut: number | null | undefined = boot.nodes[0].left_out[0].score;
// @ts-expect-error the options are camelCase
fw.poolBootstrap(team, { allow_mismatch: true });
const sampleCohort: Cohort = cohort([], { sample: true, resamples: 100, seed: 1 });
const meanInterval: number[] | null | undefined = sampleCohort.groups[0].measures[0].mean_interval;
const icc21: Estimate = agreement[0].icc2_1;
const comparison: Comparison = compare(report, fw.scoreJSON(JSON.stringify(assessment)));
const improved: string[] = comparison.improved;
const overallChange: number | null | undefined = comparison.overall.change;
const rounds: Series = series([report, text]);
const period: string | null | undefined = rounds.rows[0].period;
const cohortOptions: CohortOptions = { groupBy: "region", minGroup: 5, publishable: false };
const summary: Cohort = cohort([report, report], cohortOptions);
cohort([report]);
const median: number | null | undefined = summary.groups[0].measures[0].median;
const rank: number | null | undefined = summary.units[0]?.ranks[0].rank;
const rel: Reliability = reliability([report, report]);
const cronbachNode: number | null | undefined = rel.nodes[0].alpha.value;
const ratings: RatingMatrix = [[1, 2, null], [1, NaN, 2], Float64Array.of(1, 2, 3)];
const ka: AlphaResult = krippendorffAlpha(ratings, "interval");
const kaValue: number | null = ka.value;
const kaUnits: number = krippendorffAlpha(ratings).units;
const iccs: IccResult = icc(ratings);
const icc2k: number | null | undefined = iccs.icc2_k.value;
const ca: AlphaResult = cronbachAlpha([[1, 2], [2, 3], [3, 3]]);

// @ts-expect-error: the pooling options are camelCase
fw.pool(team, { allow_mismatch: true });
// @ts-expect-error: not a pooling method
fw.pool(team, { method: "average" });
// @ts-expect-error: a consensus needs a rationale
fw.pool(team, { consensus: { "inst.info.routine_data": { level: 2 } } });
// @ts-expect-error: cohort options are camelCase
cohort([report], { group_by: "region" });
// @ts-expect-error: reports, not numbers
compare(report, 3);
// @ts-expect-error: not a metric
krippendorffAlpha(ratings, "nominal");
// @ts-expect-error: a matrix is rows of numbers
icc([["1", "2"]]);
// @ts-expect-error: pool is a method of a framework
pool(team);
// @ts-expect-error: comparisons have no such field
comparison.improvd;

// Languages.
const loaded: LoadedLanguage = await loadLanguage(navigator.languages, { baseUrl: "/languages/" });
const loadedLanguage: string = loaded.language;
const loadWarning: Diagnostic | null = loaded.warning;
const packWarnings: Diagnostic[] = loaded.warnings;
const pack: LanguagePack = { language: "sw", messages: "page-title = Kujitathmini\n" };
const added: { language: string; warnings: Diagnostic[] } = addLanguage(pack);
addLanguage(JSON.stringify(pack));
const langs: string[] = availableLanguages();
const negotiated: { language: string; warning: Diagnostic | null } = negotiateLanguage(["fr-SN", "en"]);
negotiateLanguage("pt-BR", ["en", "pt-PT"]);
const title: string = message("fr", "page-imported", { file: "a.json", n: 3 });
const category: PluralCategory = pluralCategory("ar", 3);
const decimal: string = formatDecimal(1234.5, 2, "fr");
const percent: string = formatPercent(0.5, "fr");
const rtl: boolean = isRtl("ar");
const statuses: LanguageStatus[] = fw.languageStatus();
const reviewed: boolean = statuses[1].status === "reviewed";
const renderOptions: RenderOptions = { language: "fr" };
const html: string = renderHtml(report, fw, renderOptions);
renderMarkdown(report, { language: "ar" });
radarChart(report, renderOptions);
// @ts-expect-error: message arguments are texts and numbers
message("fr", "page-title", { n: true });
// @ts-expect-error: plural categories are CLDR keywords
const notACategory: PluralCategory = "several";
void [loadedLanguage, loadWarning, packWarnings, added, langs, negotiated, title, category, decimal, percent, rtl, reviewed, html, notACategory];

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
void [method, pooledAssessment, agendaRange, pooledLevel, notALevel, alphaOrdinal, icc21, improved, overallChange, period, median, rank, cronbachNode];
void [kaValue, kaUnits, icc2k, ca];
void [old, chosenFw, chosenWarning, unknownRule, firstStatus, fromElements, isOutcome, effective, appliesTo, question, descriptor];
void [lintCodes, averageWords, carried, classCount, mapClass, iCvi, sCvi, rowLevel, longCsv, blank, notAClass, notASpec];
void [drawn];
