import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { activeGoals } from "../../domain";
import { inOneBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import { eq } from "../odata/filter";
import { read, unitYear } from "../queries/readers";
import { coverageList, goalLists, lists } from "../schema/lists";

/** How many individual goals (and of how many people) link to one activity: numbers only, no names. */
export interface ActivityCoverage {
  readonly activityId: string;
  readonly goalCount: number;
  readonly employeeCount: number;
}

interface CoverageRow {
  Id: number;
  Key: string;
  GoalCount: number | null;
  EmployeeCount: number | null;
}

/**
 * Recounts coverage for one unit and year, as the app identity (the only one that reads every goal), and
 * writes it to the public "Täckning" list: planners above the chef see how well an arbetsplan is covered
 * without reading anyone's goals. Two round trips: one batch of reads, one batch of writes (only changed
 * rows). The server runs it after goal writes or nightly for every unit.
 */
export async function refreshCoverage(sp: SPFI, unitId: string, year: number): Promise<ActivityCoverage[]> {
  const here = eq("UnitYear", unitYear(unitId, year));
  const [goals, activities, existing] = await inOneBatch(
    sp,
    (b) =>
      [
        // A unit's staff are spread over every partition of the goal lists: one part each, same batch.
        Promise.all(goalLists.all.map((list) => read(b, list, here))).then((parts) => parts.flat()),
        rowsWhere(b, lists.activity.title, ["Id", "Key", "AdminYear"], here),
        rowsWhere(b, coverageList.title, ["Id", "Key", "GoalCount", "EmployeeCount"], here),
      ] as const,
  );
  const counts: ActivityCoverage[] = activities.map((activity) => {
    // A withdrawn (avslutat) goal counts nowhere.
    const linked = activeGoals(goals).filter((g) => g.activityIds.includes(String(activity["Key"])));
    return {
      activityId: String(activity["Key"]),
      goalCount: linked.length,
      employeeCount: new Set(linked.map((g) => g.employeeId)).size,
    };
  });
  const stored = new Map((existing as unknown as CoverageRow[]).map((row) => [row.Key, row]));
  const adminYearOf = new Map(activities.map((a) => [String(a["Key"]), a["AdminYear"] as string | null]));
  const countedAt = new Date().toISOString();
  const [batched, execute] = sp.batched();
  const writes: Promise<unknown>[] = [];
  for (const count of counts) {
    const row = stored.get(count.activityId);
    const fields = { GoalCount: count.goalCount, EmployeeCount: count.employeeCount, CountedAt: countedAt };
    if (row === undefined) {
      writes.push(
        listByTitle(batched, coverageList.title).items.add({
          Key: count.activityId,
          Title: count.activityId,
          ActivityId: count.activityId,
          UnitYear: unitYear(unitId, year),
          AdminYear: adminYearOf.get(count.activityId) ?? null,
          ...fields,
        }),
      );
    } else if (row.GoalCount !== count.goalCount || row.EmployeeCount !== count.employeeCount) {
      writes.push(listByTitle(batched, coverageList.title).items.getById(row.Id).update(fields));
    }
  }
  const activityIds = new Set(counts.map((c) => c.activityId));
  for (const row of stored.values()) {
    if (!activityIds.has(row.Key))
      writes.push(listByTitle(batched, coverageList.title).items.getById(row.Id).delete());
  }
  const settled = Promise.allSettled(writes);
  await execute();
  const failed = (await settled).find((r) => r.status === "rejected");
  if (failed !== undefined) throw failed.reason;
  return counts;
}

/** Coverage of every activity in a förvaltning for a year, readable by all staff (one indexed request). */
export async function readCoverage(
  sp: SPFI,
  administrationUnitId: string,
  year: number,
): Promise<ActivityCoverage[]> {
  const rows = (await rowsWhere(
    sp,
    coverageList.title,
    ["Id", "Key", "GoalCount", "EmployeeCount"],
    eq("AdminYear", unitYear(administrationUnitId, year)),
  )) as unknown as CoverageRow[];
  return rows.map((row) => ({
    activityId: row.Key,
    goalCount: row.GoalCount ?? 0,
    employeeCount: row.EmployeeCount ?? 0,
  }));
}
