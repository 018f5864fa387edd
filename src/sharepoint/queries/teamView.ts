import type { SPFI } from "@pnp/sp";
import {
  NotFoundError,
  chefOf,
  goalLinkAttention,
  indexModel,
  orgLookupOf,
  planInForce,
  type TeamView,
} from "../../domain";
import { and, anyOf, eq } from "../odata/filter";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { inOneBatch, widestBatch } from "../lists/batch";
import { readPeopleOf, unitYear, viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";

/**
 * "My team" in two round trips for any team size (the same for 3 and 40 staff, and for a chef of chefs):
 * 1. the chef, the unit, its staff, the units directly below it, its arbetsplan, activities and their
 *    follow-ups (by `UnitYear`);
 * 2. the chefs of the units below, and the goals of the year and their follow-ups of everyone in the team
 *    (`EmployeeId eq … or …`, 40 people per request in each person's partition of the personal lists, all
 *    in one batch of up to 100 requests: two round trips for a team of up to ≈1,800 people). SharePoint returns only the goals this caller may read (the
 *    folders' permissions: the medarbetare and their current chef).
 * A chef below is in the team when this chef is their chef (`chefOf`): a unit below led by the chef
 * themselves, or by someone placed elsewhere, adds no one. Rows that cannot be shown (a goal outside its
 * medarbetare's folder among them) are left out, told to `report` and counted in `skippedRows`.
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
  const [chefs, units, people, unitsBelow, workPlans, activities, planFollowUps] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists.person, eq("Key", chefId)),
        read(b, lists["org-unit"], eq("Key", unitId)),
        read(b, lists.person, eq("UnitId", unitId)),
        read(b, lists["org-unit"], eq("ParentId", unitId)),
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
  const candidates = [
    ...new Set(
      unitsBelow.flatMap((u) =>
        u.chefId === undefined || u.chefId === chefId || staffIds.includes(u.chefId) ? [] : [u.chefId],
      ),
    ),
  ];
  const everyone = [...staffIds, ...candidates];

  const [candidatePeople, goals, goalFollowUps] =
    everyone.length === 0
      ? [[], [], []]
      : await inOneBatch(
          sp,
          (b) =>
            [
              candidates.length === 0 ? Promise.resolve([]) : read(b, lists.person, anyOf("Key", candidates)),
              readPeopleOf(readAnyOf, b, goalLists, everyone, (f) => and(f, eq("Year", year))),
              readPeopleOf(readAnyOf, b, goalFollowUpLists, everyone),
            ] as const,
          widestBatch,
        );
  const org = orgLookupOf([unit, ...unitsBelow], candidatePeople);
  const chefsBelow = candidatePeople.filter((p) => chefOf(p.id, p.unitId, org) === chefId);
  const team = new Set([...staffIds, ...chefsBelow.map((p) => p.id)]);
  const teamGoals = goals.filter((g) => team.has(g.employeeId));
  const goalIds = new Set(teamGoals.map((g) => g.id));
  const inForce = planInForce(workPlans, unitId, year);
  return {
    year,
    chef,
    unit,
    staff,
    unitsBelow,
    chefsBelow,
    goals: teamGoals,
    followUps: [...planFollowUps, ...goalFollowUps.filter((f) => goalIds.has(f.target.id))],
    // Every version was read: the view shows the plan in force; goals still linked to an older one say so.
    workPlan: inForce ?? null,
    activities: activities.filter((a) => a.workPlanId === inForce?.id),
    linkAttention: goalLinkAttention(teamGoals, indexModel({ "work-plan": workPlans, activity: activities })),
    skippedRows: skipped.count,
  };
}
