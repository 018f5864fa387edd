import {
  ConflictError,
  parseIndividualGoal,
  type IndividualGoal,
  type FollowUp,
  type Repositories,
  type Versioned,
} from "../../../domain";
import type { GoalParty } from "./access";

/** Sets the reader's own agreement mark; the other party's mark is never touched. */
export function withAgreement(goal: IndividualGoal, party: GoalParty, at: string): IndividualGoal {
  return party === "employee" ? { ...goal, agreedByEmployeeAt: at } : { ...goal, agreedByManagerAt: at };
}

/**
 * Marks agreement on the stored goal. A mark is additive, so when someone saved in between the mark is put
 * on their version and saved once more instead of asking people to choose.
 */
export async function markAgreed(
  repositories: Pick<Repositories, "individual-goal">,
  goalId: string,
  party: GoalParty,
  at: string,
): Promise<Versioned<IndividualGoal>> {
  const goals = repositories["individual-goal"];
  const stored = await goals.get(goalId);
  try {
    return await goals.update(withAgreement(stored.value, party, at), stored.version);
  } catch (error: unknown) {
    if (!(error instanceof ConflictError)) throw error;
    const current = parseIndividualGoal(error.current.value);
    if (!current.ok) throw error;
    return goals.update(withAgreement(current.value, party, at), error.current.version);
  }
}

export async function recordFollowUp(
  repositories: Pick<Repositories, "follow-up">,
  followUp: FollowUp,
): Promise<FollowUp> {
  return (await repositories["follow-up"].create(followUp)).value;
}
