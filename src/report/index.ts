/** The report back to KF and Mål och budget: the pure models, and their Word (and Excel) files. */
export { buildKfReport, reportedPeriod, UnknownPeriodError, type KfReportOptions } from "./kfReport";
export { kfReportDocx } from "./kfReportDocx";
export { kfReportXlsx } from "./kfReportXlsx";
export { reportFileName, REPORT_TITLE } from "./reportTexts";
export {
  produceKfReport,
  reportFile,
  REPORT_CONTENT_TYPES,
  REPORT_FORMATS,
  type ReportFile,
  type ReportFormat,
} from "./reportFile";
export { DEMO_MUNICIPALITY, municipalityFromEnvironment } from "./municipality";
export {
  buildMalOchBudget,
  type MalOchBudget,
  type MalOchBudgetFocusArea,
  type MalOchBudgetIndicator,
  type MalOchBudgetOptions,
  type MalOchBudgetStanding,
} from "./malOchBudget";
export { malOchBudgetDocx } from "./malOchBudgetDocx";
export { malOchBudgetFile, produceMalOchBudget } from "./malOchBudgetFile";
export { malOchBudgetFileName, malOchBudgetTitle } from "./malOchBudgetTexts";
export { reachWorkbook, reachXlsx } from "./reachXlsx";
