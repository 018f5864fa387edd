import { seedTeamOfSize, type TeamOfSize } from "../../../../src/sharepoint/seed/teamOfSize";
import { adminUpn, type TestSite } from "./localSite";

/**
 * Adds a unit with a chef and `size` staff under `parentId` for 2026: an arbetsplan with four activities
 * serving the parent's, 1–3 goals per person linked to them, five follow-ups per goal and the plan's own.
 */
export function addTeam(
  site: TestSite,
  size: number,
  parentId: string,
): Promise<TeamOfSize & { chefId: string; unitId: string }> {
  return seedTeamOfSize(site.as(adminUpn), size, parentId, 2026);
}
