import { ConflictError, deleteGoalRefusal, refOf } from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { GoalUseCaseDeps } from "./deps";
import { mustBeAllowed, partiesOf, readableGoal } from "./goalScene";

export interface GoalDeletion {
  readonly goalId: string;
  readonly employeeId: string;
  /** The version the person saw; a goal changed since then (agreed, say) is a conflict they see first. */
  readonly expectedVersion: string;
}

/**
 * The medarbetare or their chef deletes a goal written by mistake, while the two have not both agreed to it.
 * A goal with follow-ups is refused rather than deleted with them: the follow-ups are the record of the talk,
 * and removing a goal and its follow-ups from two lists cannot be one conditional write (SharePoint batches
 * are not transactions), so a half-done delete could leave follow-ups of a goal that no longer exists. Such a
 * goal is agreed and then withdrawn instead. The delete is conditional on the version read (its ETag).
 */
export async function deleteGoal(
  { goals }: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: GoalDeletion,
): Promise<void> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.goalId,
    goalFollowUps: true,
  });
  const parties = partiesOf(scene, caller.personId, "delete", refOf("individual-goal", input.goalId));
  const stored = readableGoal(scene, parties, input.goalId);
  mustBeAllowed(parties, "delete", stored.value);
  if (stored.version !== input.expectedVersion) {
    throw new ConflictError("individual-goal", input.goalId, stored);
  }
  const refusal = deleteGoalRefusal(stored.value, scene.goalFollowUps.length);
  if (refusal !== undefined) throw refusal;
  await goals.deleteGoal(stored.value.id, stored.version, scene);
}
