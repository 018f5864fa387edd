import type { Activity } from "../model/activity";
import type { FollowUp } from "../model/followUp";
import type { IndividualGoal } from "../model/individualGoal";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { WorkPlan } from "../model/workPlan";
import type { Versioned } from "./versioned";

/** What to read before a write to one medarbetare's goal or its follow-ups. */
export interface GoalSceneRequest {
  /** The verified caller. */
  readonly callerId: string;
  /** Whose goal it is (the goal's folder). */
  readonly employeeId: string;
  readonly goalId: string;
  /** Read the arbetsplaner of this year and these activities (for the link rule). */
  readonly links?: { readonly year: number; readonly activityIds: readonly string[] };
  /** Read this follow-up of the goal (a retried recording finds its first attempt). */
  readonly followUpId?: string;
  /** Read every follow-up of the goal (deleting a goal looks for its history first). */
  readonly goalFollowUps?: boolean;
}

/**
 * Everything the rules need to decide one write, read together (one round trip). Absent items are
 * `undefined` or left out of the arrays; the use case decides what that means.
 */
export interface GoalScene {
  readonly caller: Person | undefined;
  readonly employee: Person | undefined;
  /** The whole unit tree: who is whose chef, where the goal sits. */
  readonly units: readonly OrgUnit[];
  /** The goal with the requested id, only when it is the employee's and sits in their own folder. */
  readonly goal: Versioned<IndividualGoal> | undefined;
  /** Whether any stored goal has the requested id (also one that is someone else's or misplaced). */
  readonly goalIdTaken: boolean;
  readonly workPlans: readonly WorkPlan[];
  /** The linked activities, and their copies in newer versions of their plans (is a link still in force?). */
  readonly activities: readonly Activity[];
  readonly followUp: Versioned<FollowUp> | undefined;
  /** The goal's follow-ups in the medarbetare's folder, when asked for (`goalFollowUps`); else empty. */
  readonly goalFollowUps: readonly FollowUp[];
}

/**
 * Storage for the personal half of the chain, as the use cases write it (with the app's own identity).
 * Writes take the scene they were decided on, so storage places the item without reading again. They reject
 * with the domain's errors: `ConflictError` when a version is stale or an id exists.
 */
export interface GoalStore {
  scene(request: GoalSceneRequest): Promise<GoalScene>;
  createGoal(goal: IndividualGoal, scene: GoalScene): Promise<Versioned<IndividualGoal>>;
  updateGoal(
    goal: IndividualGoal,
    expectedVersion: string,
    scene: GoalScene,
  ): Promise<Versioned<IndividualGoal>>;
  createFollowUp(followUp: FollowUp, scene: GoalScene): Promise<Versioned<FollowUp>>;
  /** Deletes the goal if it is still `expectedVersion` (else `ConflictError` with what is stored now). */
  deleteGoal(goalId: string, expectedVersion: string, scene: GoalScene): Promise<void>;
}
