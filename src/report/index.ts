/** The report back to KF: the pure model, and its Word and Excel files. */
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
export { reachWorkbook, reachXlsx } from "./reachXlsx";
