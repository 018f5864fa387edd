import type { SPFI } from "@pnp/sp";
import type { LineData, OrgUnit, TeamLineSource } from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { and, eq } from "../odata/filter";
import { readPeopleOf, unitYear, viewReads } from "../queries/readers";
import { SkippedRows, type SkippedRowReporter } from "../queries/skippedRows";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";

/**
 * The units below a chef as the app identity reads them, for the overview's counts (never handed to a
 * person as read). Round trips: 1 for the unit tree, then 2 for any line —
 * 1. the people of the units (by `UnitId`), their arbetsplaner and activities (by `UnitYear`);
 * 2. those people's goals of the year and their follow-ups (by `EmployeeId`, 40 people per request),
 * each a `$batch` of up to 100 requests (2 round trips for a line of up to ≈1,900 people; one more per
 * 2,000 beyond). Rows the domain refuses, or personal rows outside their folder, are left out and logged.
 */
export class SharePointTeamLine implements TeamLineSource {
  constructor(
    private readonly sp: SPFI,
    private readonly report?: SkippedRowReporter,
  ) {}

  units(): Promise<readonly OrgUnit[]> {
    return viewReads(new SkippedRows(this.report)).read(this.sp, lists["org-unit"]);
  }

  async line(unitIds: readonly string[], year: number): Promise<LineData> {
    if (unitIds.length === 0) return { people: [], goals: [], followUps: [], workPlans: [], activities: [] };
    const { readAnyOf } = viewReads(new SkippedRows(this.report));
    const partitions = unitIds.map((id) => unitYear(id, year));
    const [people, workPlans, activities] = await inOneBatch(
      this.sp,
      (b) =>
        [
          readAnyOf(b, lists.person, "UnitId", unitIds),
          readAnyOf(b, lists["work-plan"], "UnitYear", partitions),
          readAnyOf(b, lists.activity, "UnitYear", partitions),
        ] as const,
      widestBatch,
    );
    const ids = people.map((p) => p.id);
    const [goals, followUps] =
      ids.length === 0
        ? [[], []]
        : await inOneBatch(
            this.sp,
            (b) =>
              [
                readPeopleOf(readAnyOf, b, goalLists, ids, (f) => and(f, eq("Year", year))),
                readPeopleOf(readAnyOf, b, goalFollowUpLists, ids),
              ] as const,
            widestBatch,
          );
    const goalIds = new Set(goals.map((g) => g.id));
    return {
      people,
      goals,
      followUps: followUps.filter((f) => goalIds.has(f.target.id)),
      workPlans,
      activities,
    };
  }
}
