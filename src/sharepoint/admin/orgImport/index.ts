export {
  importOrganisation,
  defaultMaxLeaveShare,
  type ImportOptions,
  type ImportOutcome,
} from "./importOrganisation";
export { applyOrgChanges, type ApplyOptions, type ApplyReport } from "./applyChanges";
export { readSiteOrganisation } from "./readOrganisation";
export { ensureGroup } from "./archivedAccess";
