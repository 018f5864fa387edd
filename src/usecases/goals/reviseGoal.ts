import {
  ConflictError,
  ValidationError,
  closedGoalRefusal,
  pastNewFollowUpDates,
  refOf,
  revisedGoal,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import type { GoalUseCaseDeps } from "./deps";
import {
  goalOf,
  linkAttentionIn,
  mustLinkRightly,
  type GoalContent,
  type SavedGoalWithLinks,
} from "./goalContent";
import { mustBeAllowed, partiesOf, readableGoal } from "./goalScene";

export interface GoalRevision extends GoalContent {
  readonly goalId: string;
  readonly employeeId: string;
  readonly year: number;
  /** The version the editor started from; a goal changed since then is a conflict the person sees. */
  readonly expectedVersion: string;
}

/**
 * The medarbetare or their chef changes a goal. A change to what was agreed (title, description, activities,
 * värdegrund) clears both agreement marks; new dates alone keep them, and lie ahead (dates already agreed
 * stay once passed). The goal follows the medarbetare's current chef. A withdrawn goal is not changed.
 */
export async function reviseGoal(
  { goals, clock }: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: GoalRevision,
): Promise<SavedGoalWithLinks> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.goalId,
    links: { year: input.year, activityIds: input.activityIds },
  });
  const parties = partiesOf(scene, caller.personId, "edit", refOf("individual-goal", input.goalId));
  const stored = readableGoal(scene, parties, input.goalId);
  mustBeAllowed(parties, "edit", stored.value);
  const closed = closedGoalRefusal(stored.value, "edit");
  if (closed !== undefined) throw closed;
  if (stored.version !== input.expectedVersion) {
    throw new ConflictError("individual-goal", input.goalId, stored);
  }
  const next = revisedGoal(
    stored.value,
    goalOf(
      { id: stored.value.id, year: stored.value.year },
      input,
      parties.employee,
      parties.chefId,
      scene.units,
    ),
  );
  const past = pastNewFollowUpDates(next.followUpDates, stored.value.followUpDates, clock.today());
  if (past.length > 0) throw new ValidationError("individual-goal", next.id, past);
  mustLinkRightly(next, scene, parties.employee, stored.value);
  const saved = await goals.updateGoal(next, input.expectedVersion, scene);
  return { ...saved, linkAttention: linkAttentionIn(next, scene) };
}
