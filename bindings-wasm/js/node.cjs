// Node entry of lhs-maturity (CommonJS): the WebAssembly module is loaded when this file is
// required, so `init()` only exists to let the same code run in Node and in browsers.
"use strict";
const glue = require("./lhs_maturity.js");
const errors = require("./errors.js");

/** Nothing to do in Node: the module is already loaded. */
async function init() {}
/** Nothing to do in Node: the module is already loaded. */
function initSync() {}

module.exports = {
  Framework: glue.Framework,
  renderMarkdown: glue.renderMarkdown,
  radarChart: glue.radarChart,
  facetChart: glue.facetChart,
  compare: glue.compare,
  series: glue.series,
  cohort: glue.cohort,
  reliability: glue.reliability,
  krippendorffAlpha: glue.krippendorffAlpha,
  icc: glue.icc,
  cronbachAlpha: glue.cronbachAlpha,
  LhsError: errors.LhsError,
  FrameworkError: errors.FrameworkError,
  AssessmentError: errors.AssessmentError,
  init,
  initSync,
  default: init,
};
