import {
  ConflictError,
  isWithdrawn,
  refOf,
  withdrawGoalRefusal,
  withdrawnGoal,
  type IndividualGoal,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { GoalUseCaseDeps } from "./deps";
import { mustBeAllowed, partiesOf, readableGoal } from "./goalScene";

export interface GoalWithdrawal {
  readonly goalId: string;
  readonly employeeId: string;
  /** The version the person saw; a goal changed since then is a conflict they see first. */
  readonly expectedVersion: string;
}

/**
 * The medarbetare or their chef withdraws an agreed goal that no longer applies (avslutar it): the goal is
 * kept for the record, marked with who withdrew it and when (the caller and the server's time), and counts
 * nowhere from then on. A goal not yet agreed by both is deleted instead. Withdrawing a withdrawn goal again
 * answers it as it is (a retried request changes nothing).
 */
export async function withdrawGoal(
  { goals, clock }: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: GoalWithdrawal,
): Promise<Versioned<IndividualGoal>> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.goalId,
  });
  const parties = partiesOf(scene, caller.personId, "edit", refOf("individual-goal", input.goalId));
  const stored = readableGoal(scene, parties, input.goalId);
  mustBeAllowed(parties, "edit", stored.value);
  if (isWithdrawn(stored.value)) return stored;
  if (stored.version !== input.expectedVersion) {
    throw new ConflictError("individual-goal", input.goalId, stored);
  }
  const refusal = withdrawGoalRefusal(stored.value);
  if (refusal !== undefined) throw refusal;
  const goal = withdrawnGoal(stored.value, parties.actor.id, clock.now().toISOString());
  return goals.updateGoal(goal, stored.version, scene);
}
