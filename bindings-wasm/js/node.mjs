// Node entry of lhs-maturity (ES module): the same instance as the CommonJS entry, so errors
// thrown to `require` and `import` users are instances of the same classes.
import lhs from "./index.cjs";

export const {
  Framework,
  renderMarkdown,
  renderHtml,
  radarChart,
  facetChart,
  addLanguage,
  availableLanguages,
  negotiateLanguage,
  loadLanguage,
  message,
  pluralCategory,
  formatDecimal,
  formatPercent,
  isRtl,
  maxDocumentBytes,
  compare,
  series,
  cohort,
  reliability,
  krippendorffAlpha,
  icc,
  cronbachAlpha,
  renderRobustness,
  LhsError,
  FrameworkError,
  AssessmentError,
  InputError,
  InternalError,
  init,
  initSync,
} = lhs;
export default init;
