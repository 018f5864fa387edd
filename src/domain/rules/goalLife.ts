/**
 * The life of an individual goal once it is written: a draft the two have not both agreed to may be deleted
 * (a mistake caught early), an agreed goal is withdrawn instead (avslutat: kept for the record, left out of
 * every count), and a withdrawn goal takes no further change. New follow-up dates lie ahead, never behind.
 */
import { GoalStateError, type GoalStateAction, type GoalStateReason, type ValidationIssue } from "../errors";
import { isAgreed, isWithdrawn, type IndividualGoal } from "../model/individualGoal";
import type { IsoDate } from "../model/primitives";

const MESSAGES: Record<GoalStateReason, string> = {
  agreed:
    "Ett mål som både medarbetaren och chefen har markerat som överenskommet kan inte tas bort. Avsluta det i stället.",
  "not-agreed":
    "Bara ett mål som både medarbetaren och chefen har markerat som överenskommet kan avslutas. Ett mål som inte är överenskommet kan tas bort.",
  withdrawn: "Målet är avslutat och kan inte ändras längre.",
  "has-follow-ups":
    "Målet har uppföljningar och tas därför inte bort. När båda har markerat det som överenskommet kan det avslutas.",
};

const refusal = (goal: IndividualGoal, action: GoalStateAction, reason: GoalStateReason): GoalStateError =>
  new GoalStateError(goal.id, action, reason, MESSAGES[reason]);

/** A withdrawn goal is closed: it is not edited, agreed or followed up any more. */
export const closedGoalRefusal = (
  goal: IndividualGoal,
  action: Exclude<GoalStateAction, "delete" | "withdraw">,
): GoalStateError | undefined => (isWithdrawn(goal) ? refusal(goal, action, "withdrawn") : undefined);

/**
 * A goal may be deleted while the two have not both agreed to it and nothing has been followed up: its
 * follow-ups are the record of the talk, so a goal that has any is kept (and withdrawn once agreed).
 */
export const deleteGoalRefusal = (
  goal: IndividualGoal,
  followUpCount: number,
): GoalStateError | undefined => {
  if (isWithdrawn(goal)) return refusal(goal, "delete", "withdrawn");
  if (isAgreed(goal)) return refusal(goal, "delete", "agreed");
  if (followUpCount > 0) return refusal(goal, "delete", "has-follow-ups");
  return undefined;
};

/** Only a goal both have agreed to is withdrawn; one that is not agreed yet is deleted instead. */
export const withdrawGoalRefusal = (goal: IndividualGoal): GoalStateError | undefined =>
  isAgreed(goal) ? undefined : refusal(goal, "withdraw", "not-agreed");

/** The goal marked withdrawn by `personId` at `at` (the server's time); nothing else changes. */
export const withdrawnGoal = (goal: IndividualGoal, personId: string, at: string): IndividualGoal => ({
  ...goal,
  withdrawnAt: at,
  withdrawnBy: personId,
});

/**
 * Follow-up dates in `after` that `before` did not hold and that lie before `today`: a follow-up is planned
 * ahead, never in the past (dates already agreed stay, even once passed). Issues name each date's place.
 */
export const pastNewFollowUpDates = (
  after: readonly IsoDate[],
  before: readonly IsoDate[],
  today: IsoDate,
): ValidationIssue[] =>
  after.flatMap((date, index) =>
    date < today && !before.includes(date)
      ? [
          {
            path: `followUpDates.${index}`,
            code: "past_date",
            message: `ett nytt uppföljningsdatum kan inte ligga före i dag (${today})`,
          },
        ]
      : [],
  );
