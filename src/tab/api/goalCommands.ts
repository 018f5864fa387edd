import type { FollowUp, IndividualGoal, Versioned } from "../../domain";
import type { GoalFollowUpRequest, GoalRevisionRequest, NewGoalRequest } from "../../contracts/goalApi";

/**
 * Everything the tab changes, as requests to the server's use cases (the only way anything is written):
 * the server checks the rules and stamps who and when. Rejects with the domain's errors, rebuilt from the
 * server's answer, so views handle a conflict or a refusal as before.
 */
export interface GoalCommands {
  createGoal(request: NewGoalRequest): Promise<Versioned<IndividualGoal>>;
  reviseGoal(
    goalId: string,
    request: GoalRevisionRequest,
    expectedVersion: string,
  ): Promise<Versioned<IndividualGoal>>;
  /** Marks the caller's own agreement (the server knows whether they are the medarbetare or the chef). */
  agree(goalId: string, employeeId: string): Promise<Versioned<IndividualGoal>>;
  /** Deletes a goal not yet agreed by both and without follow-ups, if it is still `expectedVersion`. */
  deleteGoal(goalId: string, employeeId: string, expectedVersion: string): Promise<void>;
  /** Withdraws (avslutar) an agreed goal, if it is still `expectedVersion`; the server stamps who and when. */
  withdraw(goalId: string, employeeId: string, expectedVersion: string): Promise<Versioned<IndividualGoal>>;
  recordFollowUp(goalId: string, request: GoalFollowUpRequest): Promise<Versioned<FollowUp>>;
}
