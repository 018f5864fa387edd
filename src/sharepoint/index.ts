/**
 * Målkedjan's SharePoint data layer: the one list schema, PnPjs set-up, repositories and views over the
 * domain's ports, and the admin operations the app identity runs. Browser-safe (no Node-only imports):
 * the tab uses it with the signed-in person's token, the server with the app identity's.
 */
export { createSp, type SiteConnection } from "./pnp/createSp";
export {
  BearerTokenFrom,
  CountRequests,
  DecorateTraffic,
  clientTag,
  createRequestCounter,
  type RequestCounter,
  type TokenSource,
} from "./pnp/behaviors";
export { SharePointRequestError } from "./pnp/domainErrors";
export { StoredDataError } from "./mapping/rowMapping";
export { TooManyRowsError } from "./lists/rows";
export {
  allLists,
  conversationReferencesList,
  coverageList,
  goalFollowUpLists,
  goalLists,
  lists,
  personalFollowUps,
  reminderLedgerList,
  runLeaseList,
  type PartitionedList,
} from "./schema/lists";
export { personalPartitionCount, personalPartitionOf } from "./schema/personalPartitions";
export { SharePointConversationReferences } from "./stores/conversationReferences";
export { provisionSite, type ProvisionReport } from "./provision";
export { createRepositories, type RepositoryContext } from "./repositories";
export { GoalSearch } from "./repositories/goalSearch";
export { SharePointOrgDirectory, SharePointSteeringQueries } from "./queries";
export {
  personalReaders,
  syncPersonalAccess,
  type FolderReaders,
  type PersonalAccessReport,
} from "./admin/personalAccess";
export { ensureSiteMembers } from "./admin/principals";
export { readCoverage, refreshCoverage, type ActivityCoverage } from "./admin/coverage";
export { seedData, seedDemo, type SeedReport } from "./seed";
