import type { SPFI } from "@pnp/sp";
import { allLists } from "../schema/lists";
import { schemaProblems } from "../schema/types";
import { securePersonalLists } from "./personalLists";
import { provisionLists, type ProvisionReport } from "./provisionLists";

export type { ProvisionReport } from "./provisionLists";

/**
 * Brings a site up to the schema: every list, column and index, and the personal lists' permissions.
 * Run as a site owner (locally the admin). Idempotent: a second run reports no changes.
 */
export async function provisionSite(sp: SPFI): Promise<ProvisionReport> {
  const problems = schemaProblems(allLists);
  if (problems.length > 0) throw new Error(`The schema is inconsistent: ${problems.join("; ")}`);
  const report = await provisionLists(sp, allLists);
  await securePersonalLists(sp, allLists, report.changes);
  return report;
}
