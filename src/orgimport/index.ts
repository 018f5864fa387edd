/**
 * The organisation import's pure half: the HR system's CSV export read and validated into a plan, the plan
 * diffed against the site's organisation, and the report. No IO: the writes are in
 * src/sharepoint/admin/orgImport.
 */
export { COLUMNS, COLUMN_ORDER, KIND_WORDS } from "./format";
export { readOrgCsv, detectDelimiter, type CsvRow, type ReadCsvResult } from "./readCsv";
export { planImport, type BadRow, type ImportPlan, type PlannedPerson, type PlannedUnit } from "./plan";
export {
  diffOrganisation,
  isEmpty,
  massLeaveRefusal,
  type CurrentOrganisation,
  type OrgChanges,
  type ReaderChange,
  type RowChange,
} from "./diff";
export { describeImport } from "./report";
export { writeOrgCsv } from "./writeCsv";
