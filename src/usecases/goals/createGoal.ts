import { ConflictError, ValidationError, pastNewFollowUpDates, refOf } from "../../domain";
import type { VerifiedCaller } from "../caller";
import { sameValue } from "../shared/sameValue";
import type { GoalUseCaseDeps } from "./deps";
import {
  goalOf,
  linkAttentionIn,
  mustLinkRightly,
  type GoalContent,
  type SavedGoalWithLinks,
} from "./goalContent";
import { mustBeAllowed, partiesOf, readableGoal } from "./goalScene";

export interface NewGoal extends GoalContent {
  /** Chosen by the client, so a retried request finds its first attempt instead of making a second goal. */
  readonly id: string;
  readonly employeeId: string;
  readonly year: number;
}

/**
 * A medarbetare or their chef writes a new goal for the medarbetare (in the medarbetarsamtal). The goal
 * belongs to the medarbetare's current unit and names their current chef; nobody has agreed to it yet. Its
 * follow-up dates lie ahead (today or later, by the server's calendar). Sending the same goal again answers
 * the stored one.
 */
export async function createGoal(
  { goals, clock }: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: NewGoal,
): Promise<SavedGoalWithLinks> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.id,
    links: { year: input.year, activityIds: input.activityIds },
  });
  const parties = partiesOf(scene, caller.personId, "create", refOf("individual-goal", input.id));
  const goal = goalOf(input, input, parties.employee, parties.chefId, scene.units);
  mustBeAllowed(parties, "create", goal);
  if (scene.goalIdTaken) {
    const stored = readableGoal(scene, parties, input.id);
    if (sameValue(stored.value, goal))
      return { ...stored, linkAttention: linkAttentionIn(stored.value, scene) };
    throw new ConflictError("individual-goal", goal.id, stored);
  }
  const past = pastNewFollowUpDates(goal.followUpDates, [], clock.today());
  if (past.length > 0) throw new ValidationError("individual-goal", goal.id, past);
  mustLinkRightly(goal, scene, parties.employee);
  const saved = await goals.createGoal(goal, scene);
  return { ...saved, linkAttention: linkAttentionIn(goal, scene) };
}
