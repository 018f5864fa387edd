import type { FollowUp, IndividualGoal, Versioned } from "../../../domain";
import type { GoalCommands } from "../../api/goalCommands";
import type { FollowUpDraft } from "./followUpDraft";
import { contentOf, type GoalDraft } from "./goalDraft";

export function createGoalFrom(
  commands: GoalCommands,
  draft: GoalDraft,
  owner: { readonly id: string; readonly employeeId: string; readonly year: number },
): Promise<Versioned<IndividualGoal>> {
  return commands.createGoal({
    id: owner.id,
    employeeId: owner.employeeId,
    year: owner.year,
    ...contentOf(draft),
  });
}

export function reviseGoalFrom(
  commands: GoalCommands,
  draft: GoalDraft,
  goal: IndividualGoal,
  expectedVersion: string,
): Promise<Versioned<IndividualGoal>> {
  return commands.reviseGoal(
    goal.id,
    { employeeId: goal.employeeId, year: goal.year, ...contentOf(draft) },
    expectedVersion,
  );
}

export async function recordFollowUpFrom(
  commands: GoalCommands,
  draft: FollowUpDraft,
  goal: IndividualGoal,
  id: string,
): Promise<FollowUp> {
  const comment = draft.comment.trim();
  const saved = await commands.recordFollowUp(goal.id, {
    id,
    employeeId: goal.employeeId,
    ...(draft.answers === undefined ? {} : { answers: draft.answers }),
    status: draft.status,
    ...(comment === "" ? {} : { comment }),
  });
  return saved.value;
}
