import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { IndividualGoal, OrgUnit } from "../../../domain";
import { listByTitle, rowsWhere } from "../../lists/rows";
import { fromRow, selectOf, type ListRow, type Partitions } from "../../mapping/rowMapping";
import { parseVersion, versionOf } from "../../mapping/version";
import { eq } from "../../odata/filter";
import { partitionsOf } from "../../placement/partitions";
import type { EntityList } from "../../schema/columns";
import { goalFollowUpLists, goalLists } from "../../schema/lists";
import { runInBatches, type BatchOperation } from "../batches";

export interface PersonMove {
  readonly employeeId: string;
  readonly toUnitId: string;
}

const moved = ["UnitYear", "AdminYear"] as const;

/** The row's partition columns as stored. */
const storedPartitions = (row: ListRow): Partitions => {
  const partitions: Partitions = {};
  for (const name of moved) {
    const value = row[name];
    if (typeof value === "string" && value !== "") partitions[name] = value;
  }
  return partitions;
};

const differs = (row: ListRow, wanted: Partitions): boolean =>
  moved.some((name) => (storedPartitions(row)[name] ?? null) !== (wanted[name] ?? null));

/** One MERGE of some columns of a row, with the ETag it was read at. */
const merge =
  (list: EntityList, row: ListRow, fields: Record<string, string | null>): BatchOperation =>
  (b) => {
    const version = parseVersion(versionOf(row));
    if (version === undefined) throw new Error(`${list.title}: row ${row.Id} has no version`);
    return listByTitle(b, list.title).items.getById(version.itemId).update(fields, version.etag);
  };

/**
 * A medarbetare who moved unit takes the goals of this year and later with them: each goal's unit becomes
 * the new unit and its partition columns (UnitYear, AdminYear) are recomputed from the new unit's place in
 * the tree, and so are those of the goals' follow-ups, so the new unit's views and counts find them. Goals
 * of earlier years stay where they were agreed. Reads each mover's rows (by the indexed EmployeeId), writes
 * only rows that differ, with their ETags: a second run writes nothing. A mover's rows are in the partition
 * of the personal lists their id names, which a move never changes.
 */
export async function movePersonalRows(
  sp: SPFI,
  moves: readonly PersonMove[],
  units: ReadonlyMap<string, OrgUnit>,
  fromYear: number,
): Promise<{ goals: number; followUps: number }> {
  if (moves.length === 0) return { goals: 0, followUps: 0 };
  const goalSelect = [...selectOf(goalLists.declared), ...moved];
  const followUpSelect = ["Id", "Key", "TargetId", ...moved];
  const read = await runInBatches(
    sp,
    moves.map(
      (move) => (b: SPFI) =>
        Promise.all([
          rowsWhere(b, goalLists.of(move.employeeId).title, goalSelect, eq("EmployeeId", move.employeeId)),
          rowsWhere(
            b,
            goalFollowUpLists.of(move.employeeId).title,
            followUpSelect,
            eq("EmployeeId", move.employeeId),
          ),
        ]),
    ),
  );
  const writes: BatchOperation[] = [];
  let goals = 0;
  let followUps = 0;
  moves.forEach((move, i) => {
    const [goalRows, followUpRows] = read[i] ?? [[], []];
    const goalList = goalLists.of(move.employeeId);
    const followUpList = goalFollowUpLists.of(move.employeeId);
    const placedGoals = new Map<string, Partitions>();
    for (const row of goalRows) {
      const goal: IndividualGoal = fromRow(goalList, row).value;
      if (goal.year < fromYear) continue;
      const partitions = partitionsOf(
        "individual-goal",
        { ...goal, unitId: move.toUnitId },
        units,
        undefined,
      );
      placedGoals.set(goal.id, partitions);
      if (goal.unitId === move.toUnitId && !differs(row, partitions)) continue;
      writes.push(
        merge(goalList, row, {
          UnitId: move.toUnitId,
          UnitYear: partitions.UnitYear ?? null,
          AdminYear: partitions.AdminYear ?? null,
        }),
      );
      goals += 1;
    }
    for (const row of followUpRows) {
      const partitions = placedGoals.get(String(row["TargetId"]));
      if (partitions === undefined || !differs(row, partitions)) continue;
      writes.push(
        merge(followUpList, row, {
          UnitYear: partitions.UnitYear ?? null,
          AdminYear: partitions.AdminYear ?? null,
        }),
      );
      followUps += 1;
    }
  });
  await runInBatches(sp, writes);
  return { goals, followUps };
}
