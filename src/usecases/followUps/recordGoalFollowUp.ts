import {
  ConflictError,
  checkFollowUp,
  closedGoalRefusal,
  indexModel,
  parseFollowUp,
  refOf,
  type FollowUp,
  type FollowUpStatus,
  type Versioned,
} from "../../domain";
import type { VerifiedCaller } from "../caller";
import { mustBeAllowed, partiesOf, readableGoal } from "../goals/goalScene";
import type { GoalUseCaseDeps } from "../goals/deps";
import { sameValue } from "../shared/sameValue";

export interface GoalFollowUpEntry {
  /** Chosen by the client, so a retried request finds its first attempt instead of recording twice. */
  readonly id: string;
  readonly goalId: string;
  readonly employeeId: string;
  /**
   * The agreed follow-up date this follow-up answers (`YYYY-MM-DD`, one of the goal's), answered early or
   * late as it happens; absent for a follow-up between agreed dates.
   */
  readonly answers?: string;
  readonly status: FollowUpStatus;
  readonly comment?: string;
  readonly value?: number;
}

/**
 * The medarbetare or their chef records how a goal is going. The follow-up's day (its period) is today by
 * the server's calendar, the author is always the caller and the time the server's; it names the agreed date
 * it answers, if any. A withdrawn goal is not followed up. Sending the same follow-up again answers the
 * stored one.
 */
export async function recordGoalFollowUp(
  { goals, clock }: GoalUseCaseDeps,
  caller: VerifiedCaller,
  input: GoalFollowUpEntry,
): Promise<Versioned<FollowUp>> {
  const scene = await goals.scene({
    callerId: caller.personId,
    employeeId: input.employeeId,
    goalId: input.goalId,
    followUpId: input.id,
  });
  const item = refOf("follow-up", input.id);
  const parties = partiesOf(scene, caller.personId, "create", item);
  const goal = readableGoal(scene, parties, input.goalId).value;
  mustBeAllowed(parties, "create", goal, item);
  const comment = input.comment?.trim() ?? "";
  const content = {
    id: input.id,
    target: { kind: "individual-goal", id: goal.id },
    ...(input.answers === undefined ? {} : { answers: input.answers }),
    status: input.status,
    ...(input.value === undefined ? {} : { value: input.value }),
    ...(comment === "" ? {} : { comment }),
    authorId: parties.actor.id,
  };
  const stored = scene.followUp;
  if (stored !== undefined) {
    // The day and time are the first attempt's: a retry after midnight is still the same follow-up.
    const { recordedAt: _at, period: _day, ...storedContent } = stored.value;
    if (stored.value.target.id === goal.id && sameValue(storedContent, content)) return stored;
    throw new ConflictError("follow-up", input.id, stored);
  }
  const closed = closedGoalRefusal(goal, "follow-up");
  if (closed !== undefined) throw closed;
  const now = clock.now();
  const parsed = parseFollowUp({ ...content, period: clock.today(), recordedAt: now.toISOString() });
  if (!parsed.ok) throw parsed.error;
  const [refusal] = checkFollowUp(parsed.value, indexModel({ "individual-goal": [goal] }));
  if (refusal !== undefined) throw refusal;
  return goals.createFollowUp(parsed.value, scene);
}
