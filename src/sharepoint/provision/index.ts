import type { SPFI } from "@pnp/sp";
import { allLists } from "../schema/lists";
import { schemaProblems } from "../schema/types";
import { securePersonalLists } from "./personalLists";
import { provisionLists, type ProvisionReport } from "./provisionLists";
import { staffReadTheSite } from "./sitePermissions";
import { refuseUnpartitionedPersonalLists } from "./unpartitionedLists";

export type { ProvisionReport } from "./provisionLists";

/**
 * Brings a site up to the schema and its permission model: every list, column and index; staff (the
 * site's Members and Visitors groups) Read on the site, never Edit; the personal lists not inheriting.
 * Each personal folder's readers are kept by admin/personalAccess.ts (`npm run provision` runs both).
 * Run as a site owner (locally the admin). Idempotent: a second run reports no changes. A site that still
 * holds the personal lists from before their partitioning is refused before anything is written.
 */
export async function provisionSite(sp: SPFI): Promise<ProvisionReport> {
  const problems = schemaProblems(allLists);
  if (problems.length > 0) throw new Error(`The schema is inconsistent: ${problems.join("; ")}`);
  await refuseUnpartitionedPersonalLists(sp);
  const report = await provisionLists(sp, allLists);
  await staffReadTheSite(sp, report.changes);
  await securePersonalLists(sp, allLists, report.changes);
  return report;
}
