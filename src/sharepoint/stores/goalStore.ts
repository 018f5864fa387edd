import type { SPFI } from "@pnp/sp";
import {
  nextDueDate,
  type FollowUp,
  type GoalScene,
  type GoalSceneRequest,
  type GoalStore,
  type IndividualGoal,
  type ItemKind,
  type OrgUnit,
  type Versioned,
} from "../../domain";
import { inOneBatch } from "../lists/batch";
import { listByTitle, rowsWhere } from "../lists/rows";
import { fromRow, type ListRow, type Partitions } from "../mapping/rowMapping";
import { parseVersion } from "../mapping/version";
import { readSharePointFailure } from "../pnp/sharePointError";
import { and, anyOf, eq } from "../odata/filter";
import { partitionsOf } from "../placement/partitions";
import { viewReads } from "../queries/readers";
import { SkippedRows } from "../queries/skippedRows";
import type { EntityList } from "../schema/columns";
import { PartitionedEntityRepository } from "../repositories/partitionedRepository";
import { rootFolderUrl } from "../repositories/personalFolders";
import { inOwnFolder, personalSelect } from "../queries/showableRows";
import { goalFollowUpLists, goalLists, lists, type PartitionedList } from "../schema/lists";

interface OwnRow {
  /** The row with the key, when it sits in its own medarbetare's folder. */
  readonly row: ListRow | undefined;
  /** Whether any row holds the key, wherever it sits. */
  readonly taken: boolean;
}

/**
 * Queues the read of one personal row by key: in the medarbetare's own partition with the list's root
 * folder (to check where it sits), and in the other partitions only to know whether the key is taken.
 */
function ownRow<K extends ItemKind>(
  sp: SPFI,
  lists: PartitionedList<K>,
  employeeId: string,
  key: string,
): Promise<OwnRow> {
  const own = lists.of(employeeId);
  const elsewhere = lists.all.filter((list) => list !== own);
  return Promise.all([
    rowsWhere(sp, own.title, personalSelect(own), eq("Key", key)),
    rootFolderUrl(sp, own.title),
    ...elsewhere.map((list) => rowsWhere(sp, list.title, ["Id"], eq("Key", key))),
  ]).then(([rows, root, ...others]) => ({
    row: (rows as ListRow[]).find((row) => inOwnFolder(row, root as string)),
    taken: (rows as ListRow[]).length > 0 || others.some((found) => (found as ListRow[]).length > 0),
  }));
}

/** A goal's partitions and its NextDue, from its dates and the follow-ups the scene read for it. */
const goalPartitions = (goal: IndividualGoal, scene: GoalScene): Partitions => ({
  ...partitionsOf("individual-goal", goal, unitMap(scene.units), undefined),
  NextDue: nextDueDate(goal, scene.goalFollowUps) ?? "",
});

const unitMap = (units: readonly OrgUnit[]): Map<string, OrgUnit> => new Map(units.map((u) => [u.id, u]));

/**
 * The personal half of the chain over SharePoint, as the app identity writes it: one batched read of
 * everything a use case's rules need, then one request for the write (partitions worked out from what was
 * read, ETags kept).
 */
export class SharePointGoalStore implements GoalStore {
  private readonly goals: PartitionedEntityRepository<"individual-goal">;
  private readonly followUps: PartitionedEntityRepository<"follow-up">;

  constructor(private readonly sp: SPFI) {
    const context = { sp, actorId: "app" };
    this.goals = new PartitionedEntityRepository(context, goalLists);
    this.followUps = new PartitionedEntityRepository(context, goalFollowUpLists);
  }

  async scene(request: GoalSceneRequest): Promise<GoalScene> {
    const people = [...new Set([request.callerId, request.employeeId])];
    const links = request.links;
    // A row the domain refuses is left out (and logged), as in the views: one bad row stops no one's work.
    const { read, readAnyOf } = viewReads(new SkippedRows());
    const [persons, units, goal, workPlans, activities, followUp, goalFollowUps] = await inOneBatch(
      this.sp,
      (b) =>
        [
          read(b, lists.person, anyOf("Key", people)),
          read(b, lists["org-unit"]),
          ownRow(b, goalLists, request.employeeId, request.goalId),
          links === undefined ? Promise.resolve([]) : read(b, lists["work-plan"], eq("Year", links.year)),
          links === undefined || links.activityIds.length === 0
            ? Promise.resolve([])
            : Promise.all([
                readAnyOf(b, lists.activity, "Key", links.activityIds),
                // Their copies in newer versions of their plans: whether a link needs attention.
                readAnyOf(b, lists.activity, "CopiedFromId", links.activityIds),
              ]).then(([linked, copies]) => [...linked, ...copies]),
          request.followUpId === undefined
            ? Promise.resolve({ row: undefined, taken: false })
            : ownRow(b, goalFollowUpLists, request.employeeId, request.followUpId),
          // Always, not only when asked: every write of a goal or its follow-up works out the goal's NextDue.
          read(
            b,
            goalFollowUpLists.of(request.employeeId),
            and(eq("TargetId", request.goalId), eq("EmployeeId", request.employeeId)),
          ),
        ] as const,
    );
    const mine = <K extends "individual-goal" | "follow-up">(found: OwnRow, list: EntityList<K>) =>
      found.row !== undefined && found.row["EmployeeId"] === request.employeeId
        ? fromRow(list, found.row)
        : undefined;
    return {
      caller: persons.find((p) => p.id === request.callerId),
      employee: persons.find((p) => p.id === request.employeeId),
      units,
      goal: mine(goal, goalLists.of(request.employeeId)),
      goalIdTaken: goal.taken,
      workPlans,
      activities,
      followUp: mine(followUp, goalFollowUpLists.of(request.employeeId)),
      goalFollowUps: goalFollowUps.filter(
        (f) => f.target.kind === "individual-goal" && f.target.id === request.goalId,
      ),
    };
  }

  createGoal(goal: IndividualGoal, scene: GoalScene): Promise<Versioned<IndividualGoal>> {
    return this.goals.insert(goal, goalPartitions(goal, scene));
  }

  /** Revise, agree and withdraw: the goal's NextDue is worked out anew from its dates and follow-ups. */
  updateGoal(
    goal: IndividualGoal,
    expectedVersion: string,
    scene: GoalScene,
  ): Promise<Versioned<IndividualGoal>> {
    return this.goals.replace(goal, expectedVersion, goalPartitions(goal, scene));
  }

  /**
   * The follow-up, then (a second request, only when it answers the goal's next due date) the goal's new
   * NextDue with the goal's ETag. Not one `$batch`: a follow-up refused after the goal was moved on would
   * hide a date that is still due. A goal changed meanwhile (412) keeps what its writer put there, worked
   * out without this follow-up: never later than the true date, so the goal is read by a run sooner than
   * needed, never missed.
   */
  async createFollowUp(followUp: FollowUp, scene: GoalScene): Promise<Versioned<FollowUp>> {
    const goal = scene.goal;
    // A goal's follow-up sits where the goal sits (its partitions copied), in the medarbetare's folder.
    const parent =
      goal === undefined
        ? undefined
        : partitionsOf("individual-goal", goal.value, unitMap(scene.units), undefined);
    const stored = await this.followUps.insert(
      followUp,
      partitionsOf("follow-up", followUp, unitMap(scene.units), parent),
    );
    if (goal === undefined) return stored;
    const before = nextDueDate(goal.value, scene.goalFollowUps);
    const after = nextDueDate(goal.value, [...scene.goalFollowUps, followUp]);
    if (before !== after) await this.moveNextDue(goal, after);
    return stored;
  }

  private async moveNextDue(goal: Versioned<IndividualGoal>, nextDue: string | undefined): Promise<void> {
    const version = parseVersion(goal.version);
    if (version === undefined) return;
    try {
      await listByTitle(this.sp, goalLists.of(goal.value.employeeId).title)
        .items.getById(version.itemId)
        .update({ NextDue: nextDue ?? null }, version.etag);
    } catch (error) {
      if ((await readSharePointFailure(error))?.status !== 412) throw error;
    }
  }

  /**
   * One request: a DELETE of the goal's row with its ETag (a stale one answers a ConflictError), in the
   * partition of the medarbetare the scene read the goal for.
   */
  deleteGoal(goalId: string, expectedVersion: string, scene: GoalScene): Promise<void> {
    const employeeId = scene.goal?.value.employeeId ?? scene.employee?.id;
    if (employeeId === undefined) return this.goals.delete(goalId, expectedVersion);
    return this.goals.partOf(employeeId).delete(goalId, expectedVersion);
  }
}
