import type { SPFI } from "@pnp/sp";
import { NotFoundError, type TeamView } from "../../domain";
import { and, eq } from "../odata/filter";
import { lists, personalFollowUps } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { unitYear, viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/**
 * "My team" in two round trips for any team size (the same for 3 and 40 staff):
 * 1. the chef, the unit, its staff, its arbetsplan, activities and their follow-ups (by `UnitYear`);
 * 2. the staff's goals of the year and their follow-ups (`EmployeeId eq … or …`, 40 people per request,
 *    all in one batch). SharePoint returns only the goals this caller may read (the folders' permissions).
 * Rows that cannot be shown (a goal outside its medarbetare's folder among them) are left out, told to
 * `report` and counted in `skippedRows`.
 */
export async function loadTeam(
  sp: SPFI,
  chefId: string,
  unitId: string,
  year: number,
  report?: SkippedRowReporter,
): Promise<TeamView> {
  const skipped = new SkippedRows(report);
  const { read, readAnyOf } = viewReads(skipped);
  const here = eq("UnitYear", unitYear(unitId, year));
  const [chefs, units, people, workPlans, activities, planFollowUps] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists.person, eq("Key", chefId)),
        read(b, lists["org-unit"], eq("Key", unitId)),
        read(b, lists.person, eq("UnitId", unitId)),
        read(b, lists["work-plan"], here),
        read(b, lists.activity, here),
        read(b, lists["follow-up"], here),
      ] as const,
  );
  const chef = chefs[0];
  if (chef === undefined) throw new NotFoundError("person", chefId);
  const unit = units[0];
  if (unit === undefined) throw new NotFoundError("org-unit", unitId);
  const staff = people.filter((p) => p.id !== chefId);
  const staffIds = staff.map((p) => p.id);

  const [goals, goalFollowUps] =
    staffIds.length === 0
      ? [[], []]
      : await inOneBatch(
          sp,
          (b) =>
            [
              readAnyOf(b, lists["individual-goal"], "EmployeeId", staffIds, (f) => and(f, eq("Year", year))),
              readAnyOf(b, personalFollowUps, "EmployeeId", staffIds),
            ] as const,
        );
  const goalIds = new Set(goals.map((g) => g.id));
  return {
    year,
    chef,
    unit,
    staff,
    goals,
    followUps: [...planFollowUps, ...goalFollowUps.filter((f) => goalIds.has(f.target.id))],
    workPlan: workPlans[0] ?? null,
    activities,
    skippedRows: skipped.count,
  };
}
