import type { SPFI } from "@pnp/sp";
import {
  type FollowUp,
  type GoalScene,
  type GoalSceneRequest,
  type GoalStore,
  type IndividualGoal,
  type OrgUnit,
  type Versioned,
} from "../../domain";
import { inOneBatch } from "../lists/batch";
import { rowsWhere } from "../lists/rows";
import { fromRow, selectOf, type ListRow } from "../mapping/rowMapping";
import { anyOf, eq } from "../odata/filter";
import { partitionsOf } from "../placement/partitions";
import { read, readAnyOf } from "../queries/readers";
import { SharePointEntityRepository } from "../repositories/entityRepository";
import { folderNameFor } from "../repositories/personalFolders";
import { lists, personalFollowUps } from "../schema/lists";

/** Only a row in the medarbetare's own folder is theirs, whatever its EmployeeId column says. */
const inOwnFolder = (row: ListRow, employeeId: string): boolean => {
  const folder = String(row["FileDirRef"] ?? "")
    .split("/")
    .pop();
  return folder === folderNameFor(employeeId) && row["EmployeeId"] === employeeId;
};

const unitMap = (units: readonly OrgUnit[]): Map<string, OrgUnit> => new Map(units.map((u) => [u.id, u]));

/**
 * The personal half of the chain over SharePoint, as the app identity writes it: one batched read of
 * everything a use case's rules need, then one request for the write (partitions worked out from what was
 * read, ETags kept).
 */
export class SharePointGoalStore implements GoalStore {
  private readonly goals: SharePointEntityRepository<"individual-goal">;
  private readonly followUps: SharePointEntityRepository<"follow-up">;

  constructor(private readonly sp: SPFI) {
    const context = { sp, actorId: "app" };
    this.goals = new SharePointEntityRepository(context, lists["individual-goal"]);
    this.followUps = new SharePointEntityRepository(context, personalFollowUps);
  }

  async scene(request: GoalSceneRequest): Promise<GoalScene> {
    const people = [...new Set([request.callerId, request.employeeId])];
    const links = request.links;
    const [persons, units, goalRows, workPlans, activities, followUpRows] = await inOneBatch(
      this.sp,
      (b) =>
        [
          read(b, lists.person, anyOf("Key", people)),
          read(b, lists["org-unit"]),
          rowsWhere(
            b,
            lists["individual-goal"].title,
            [...selectOf(lists["individual-goal"]), "FileDirRef"],
            eq("Key", request.goalId),
          ),
          links === undefined ? Promise.resolve([]) : read(b, lists["work-plan"], eq("Year", links.year)),
          links === undefined || links.activityIds.length === 0
            ? Promise.resolve([])
            : readAnyOf(b, lists.activity, "Key", links.activityIds),
          request.followUpId === undefined
            ? Promise.resolve([])
            : rowsWhere(
                b,
                personalFollowUps.title,
                [...selectOf(personalFollowUps), "FileDirRef"],
                eq("Key", request.followUpId),
              ),
        ] as const,
    );
    const goalRow = goalRows.find((row) => inOwnFolder(row, request.employeeId));
    const followUpRow = followUpRows.find((row) => inOwnFolder(row, request.employeeId));
    return {
      caller: persons.find((p) => p.id === request.callerId),
      employee: persons.find((p) => p.id === request.employeeId),
      units,
      goal: goalRow === undefined ? undefined : fromRow(lists["individual-goal"], goalRow),
      goalIdTaken: goalRows.length > 0,
      workPlans,
      activities,
      followUp: followUpRow === undefined ? undefined : fromRow(personalFollowUps, followUpRow),
    };
  }

  createGoal(goal: IndividualGoal, scene: GoalScene): Promise<Versioned<IndividualGoal>> {
    return this.goals.insert(goal, partitionsOf("individual-goal", goal, unitMap(scene.units), undefined));
  }

  updateGoal(
    goal: IndividualGoal,
    expectedVersion: string,
    scene: GoalScene,
  ): Promise<Versioned<IndividualGoal>> {
    return this.goals.replace(
      goal,
      expectedVersion,
      partitionsOf("individual-goal", goal, unitMap(scene.units), undefined),
    );
  }

  createFollowUp(followUp: FollowUp, scene: GoalScene): Promise<Versioned<FollowUp>> {
    const goal = scene.goal?.value;
    // A goal's follow-up sits where the goal sits (its partitions copied), in the medarbetare's folder.
    const parent =
      goal === undefined ? undefined : partitionsOf("individual-goal", goal, unitMap(scene.units), undefined);
    return this.followUps.insert(followUp, partitionsOf("follow-up", followUp, unitMap(scene.units), parent));
  }
}
