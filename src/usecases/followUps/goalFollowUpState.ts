import { refOf, type FollowUp, type IndividualGoal } from "../../domain";
import type { VerifiedCaller } from "../caller";
import { partiesOf, readableGoal } from "../goals/goalScene";
import type { GoalUseCaseDeps } from "../goals/deps";

export interface GoalFollowUpState {
  readonly goal: IndividualGoal;
  /** The goal's follow-ups, latest recorded first. */
  readonly followUps: readonly FollowUp[];
}

/**
 * A goal and its follow-ups as the caller may see them (the medarbetare or their chef), for showing the
 * current state where the caller answers (a reminder card when it is opened again). Read with the app's
 * identity, so the policy is applied here: a goal the caller may not read answers as one that does not exist.
 */
export async function goalFollowUpState(
  { goals }: Pick<GoalUseCaseDeps, "goals">,
  caller: VerifiedCaller,
  input: { readonly goalId: string; readonly employeeId: string },
): Promise<GoalFollowUpState> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.goalId,
    goalFollowUps: true,
  });
  const parties = partiesOf(scene, caller.personId, "read", refOf("individual-goal", input.goalId));
  const goal = readableGoal(scene, parties, input.goalId).value;
  const followUps = scene.goalFollowUps
    .filter((f) => f.target.id === goal.id)
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
  return { goal, followUps };
}
