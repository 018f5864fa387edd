import {
  ConflictError,
  type FollowUp,
  type GoalScene,
  type GoalSceneRequest,
  type GoalStore,
  type IndividualGoal,
  type Versioned,
} from "../../../src/domain";
import { huddinge } from "../../../src/demo";

/**
 * The domain's GoalStore in memory, over a copy of the Huddinge demo: versions are counters, a stale one is
 * a ConflictError. For unit tests of the use cases' rules (the SharePoint adapter has its own integration tests).
 */
export class MemoryGoalStore implements GoalStore {
  readonly goals = new Map<string, Versioned<IndividualGoal>>(
    huddinge["individual-goal"].map((g) => [g.id, { value: g, version: "1" }]),
  );
  readonly followUps = new Map<string, Versioned<FollowUp>>();
  people = [...huddinge.person];
  units = [...huddinge["org-unit"]];
  readonly writes: string[] = [];

  scene(request: GoalSceneRequest): Promise<GoalScene> {
    const stored = this.goals.get(request.goalId);
    return Promise.resolve({
      caller: this.people.find((p) => p.id === request.callerId),
      employee: this.people.find((p) => p.id === request.employeeId),
      units: this.units,
      goal: stored?.value.employeeId === request.employeeId ? stored : undefined,
      goalIdTaken: stored !== undefined,
      workPlans:
        request.links === undefined
          ? []
          : huddinge["work-plan"].filter((p) => p.year === request.links?.year),
      activities: huddinge.activity.filter((a) => request.links?.activityIds.includes(a.id) === true),
      followUp: request.followUpId === undefined ? undefined : this.followUps.get(request.followUpId),
      goalFollowUps:
        request.goalFollowUps === true
          ? [...this.followUps.values()].map((f) => f.value).filter((f) => f.target.id === request.goalId)
          : [],
    });
  }

  createGoal(goal: IndividualGoal): Promise<Versioned<IndividualGoal>> {
    const existing = this.goals.get(goal.id);
    if (existing !== undefined)
      return Promise.reject(new ConflictError("individual-goal", goal.id, existing));
    const stored = { value: goal, version: "1" };
    this.goals.set(goal.id, stored);
    this.writes.push(`create ${goal.id}`);
    return Promise.resolve(stored);
  }

  updateGoal(goal: IndividualGoal, expectedVersion: string): Promise<Versioned<IndividualGoal>> {
    const existing = this.goals.get(goal.id);
    if (existing === undefined || existing.version !== expectedVersion) {
      return Promise.reject(
        new ConflictError("individual-goal", goal.id, existing ?? { value: goal, version: "0" }),
      );
    }
    const stored = { value: goal, version: String(Number(existing.version) + 1) };
    this.goals.set(goal.id, stored);
    this.writes.push(`update ${goal.id}`);
    return Promise.resolve(stored);
  }

  deleteGoal(goalId: string, expectedVersion: string): Promise<void> {
    const existing = this.goals.get(goalId);
    if (existing === undefined || existing.version !== expectedVersion) {
      return Promise.reject(
        new ConflictError("individual-goal", goalId, existing ?? { value: undefined, version: "0" }),
      );
    }
    this.goals.delete(goalId);
    this.writes.push(`delete ${goalId}`);
    return Promise.resolve();
  }

  createFollowUp(followUp: FollowUp): Promise<Versioned<FollowUp>> {
    const stored = { value: followUp, version: "1" };
    this.followUps.set(followUp.id, stored);
    this.writes.push(`follow-up ${followUp.id}`);
    return Promise.resolve(stored);
  }
}
