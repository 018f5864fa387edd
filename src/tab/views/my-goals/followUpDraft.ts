import {
  parseFollowUp,
  type FollowUp,
  type FollowUpStatus,
  type IndividualGoal,
  type Result,
  type ValidationError,
} from "../../../domain";

export interface FollowUpDraft {
  /** The agreed follow-up date this follow-up answers (the period of an individual goal). */
  readonly period: string;
  readonly status: FollowUpStatus;
  readonly comment: string;
}

/**
 * The follow-up date to answer first: the earliest agreed date not yet followed up, else today (a follow-up
 * between agreed dates is still worth recording).
 */
export function suggestedPeriod(goal: IndividualGoal, followUps: readonly FollowUp[], today: string): string {
  const answered = new Set(
    followUps
      .filter((f) => f.target.kind === "individual-goal" && f.target.id === goal.id)
      .map((f) => f.period),
  );
  return [...goal.followUpDates].sort().find((date) => !answered.has(date)) ?? today;
}

export function followUpFromDraft(
  draft: FollowUpDraft,
  goal: IndividualGoal,
  ids: { readonly id: string; readonly authorId: string; readonly recordedAt: string },
): Result<FollowUp, ValidationError> {
  const comment = draft.comment.trim();
  return parseFollowUp({
    id: ids.id,
    target: { kind: "individual-goal", id: goal.id },
    period: draft.period,
    status: draft.status,
    ...(comment === "" ? {} : { comment }),
    authorId: ids.authorId,
    recordedAt: ids.recordedAt,
  });
}
