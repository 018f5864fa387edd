import {
  answeredPeriod,
  parseFollowUp,
  type FollowUp,
  type FollowUpStatus,
  type IndividualGoal,
  type Result,
  type ValidationError,
} from "../../../domain";

export interface FollowUpDraft {
  /** The agreed follow-up date this follow-up answers; absent for "today", between agreed dates. */
  readonly answers?: string;
  readonly status: FollowUpStatus;
  readonly comment: string;
}

/** The goal's agreed follow-up dates no follow-up has answered yet, earliest first. */
export function unansweredDates(goal: IndividualGoal, followUps: readonly FollowUp[]): string[] {
  const answered = new Set(
    followUps
      .filter((f) => f.target.kind === "individual-goal" && f.target.id === goal.id)
      .map(answeredPeriod),
  );
  return [...new Set(goal.followUpDates)].sort().filter((date) => !answered.has(date));
}

/**
 * The agreed date a new follow-up most likely answers: the earliest not yet answered (late or coming), else
 * none (a follow-up between agreed dates, recorded today).
 */
export function suggestedAnswer(goal: IndividualGoal, followUps: readonly FollowUp[]): string | undefined {
  return unansweredDates(goal, followUps)[0];
}

/** The follow-up the draft describes, recorded `today`, validated by the domain (the server decides again). */
export function followUpFromDraft(
  draft: FollowUpDraft,
  goal: IndividualGoal,
  ids: {
    readonly id: string;
    readonly authorId: string;
    readonly recordedAt: string;
    readonly today: string;
  },
): Result<FollowUp, ValidationError> {
  const comment = draft.comment.trim();
  return parseFollowUp({
    id: ids.id,
    target: { kind: "individual-goal", id: goal.id },
    period: ids.today,
    ...(draft.answers === undefined ? {} : { answers: draft.answers }),
    status: draft.status,
    ...(comment === "" ? {} : { comment }),
    authorId: ids.authorId,
    recordedAt: ids.recordedAt,
  });
}
