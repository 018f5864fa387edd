import { seedTeamOfSize } from "../../../../src/sharepoint/seed/teamOfSize";
import { adminUpn, type TestSite } from "./localSite";

/** Adds a unit with a chef and `size` staff, each with one goal for 2026. */
export function addTeam(
  site: TestSite,
  size: number,
  parentId: string,
): Promise<{ chefId: string; unitId: string }> {
  return seedTeamOfSize(site.as(adminUpn), size, parentId, 2026);
}
