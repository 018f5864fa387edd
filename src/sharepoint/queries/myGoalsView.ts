import type { SPFI } from "@pnp/sp";
import {
  NotFoundError,
  chefOf,
  goalLinkAttention,
  indexModel,
  orgLookupOf,
  planInForce,
  unitAndAncestors,
  type MyGoalsView,
  type OrgUnit,
} from "../../domain";
import { and, eq } from "../odata/filter";
import { goalFollowUpLists, goalLists, lists } from "../schema/lists";
import { inOneBatch } from "../lists/batch";
import { unitYear, viewReads } from "./readers";
import { SkippedRows, type SkippedRowReporter } from "./skippedRows";
import { queueUpperChain } from "./upperChain";

/**
 * "My goals" in two round trips, whatever the size of the organisation:
 * 1. the person, the unit tree (≈500 rows), their goals of the year and their personal follow-ups (each
 *    from the one partition of the personal lists their id names);
 * 2. the chef, the KF level and the nämnd's plan (by `BoardYear`), and the arbetsplaner and activities of
 *    the unit and every unit above it (by `UnitYear`, one indexed value per level).
 * Rows that cannot be shown are left out, told to `report` and counted in `skippedRows`.
 */
export async function loadMyGoals(
  sp: SPFI,
  personId: string,
  year: number,
  report?: SkippedRowReporter,
): Promise<MyGoalsView> {
  const skipped = new SkippedRows(report);
  const reads = viewReads(skipped);
  const { read, readAnyOf } = reads;
  const [people, units, goals, followUps] = await inOneBatch(
    sp,
    (b) =>
      [
        read(b, lists.person, eq("Key", personId)),
        read(b, lists["org-unit"]),
        read(b, goalLists.of(personId), and(eq("EmployeeId", personId), eq("Year", year))),
        read(b, goalFollowUpLists.of(personId), eq("EmployeeId", personId)),
      ] as const,
  );
  const person = people[0];
  if (person === undefined) throw new NotFoundError("person", personId);
  const org = orgLookupOf(units, [person]);
  const unit = org.unit(person.unitId);
  if (unit === undefined) throw new NotFoundError("org-unit", person.unitId);
  const line = unitAndAncestors(unit.id, org);
  const boardId = line.find((u) => u.kind === "board")?.id;
  const plannedUnits = line.filter((u: OrgUnit) => u.kind !== "board").map((u) => unitYear(u.id, year));
  const chefId = chefOf(personId, unit.id, org);

  const [chefs, upper, workPlans, activities] = await inOneBatch(
    sp,
    (b) =>
      [
        chefId === undefined ? Promise.resolve([]) : read(b, lists.person, eq("Key", chefId)),
        queueUpperChain(b, boardId, year, reads),
        readAnyOf(b, lists["work-plan"], "UnitYear", plannedUnits),
        readAnyOf(b, lists.activity, "UnitYear", plannedUnits),
      ] as const,
  );
  // Every version was read: each unit shows its plan in force; goals still linked to an older one say so.
  const inForce = line.flatMap((u) => {
    const plan = planInForce(workPlans, u.id, year);
    return plan === undefined ? [] : [plan];
  });
  const shown = new Set(inForce.map((p) => p.id));
  const workPlan = inForce.find((p) => p.ownerUnitId === unit.id) ?? null;
  const goalIds = new Set(goals.map((g) => g.id));
  const administrationId = line.find((u) => u.kind === "administration")?.id;
  return {
    year,
    person,
    unit,
    chef: chefs[0] ?? null,
    goals,
    followUps: followUps.filter((f) => goalIds.has(f.target.id)),
    workPlan,
    activities: activities.filter((a) => a.workPlanId === workPlan?.id),
    above: {
      ...upper,
      assignments: upper.assignments.filter((a) => a.toAdministrationUnitId === administrationId),
      workPlans: inForce.filter((p) => p.id !== workPlan?.id),
      activities: activities.filter((a) => a.workPlanId !== workPlan?.id && shown.has(a.workPlanId)),
    },
    linkAttention: goalLinkAttention(goals, indexModel({ "work-plan": workPlans, activity: activities })),
    skippedRows: skipped.count,
  };
}
