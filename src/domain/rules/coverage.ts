/**
 * What a chef (and anyone above, in aggregate) derives from goals: how well the staff's agreed goals cover
 * the unit's arbetsplan, who has no agreed goal, which goal follow-ups are overdue. Upward, only counts
 * leave this module — never a person's goals. A withdrawn (avslutat) goal counts nowhere.
 */
import type { Activity } from "../model/activity";
import { answeredPeriod, type FollowUp } from "../model/followUp";
import { activeGoals, isAgreed, type IndividualGoal } from "../model/individualGoal";
import type { Person } from "../model/person";
import type { IsoDate } from "../model/primitives";

export interface ActivityCoverage {
  readonly activityId: string;
  /** Agreed goals linking the activity. */
  readonly agreedGoals: number;
  /** Goals linking it that are not yet agreed by both. */
  readonly draftGoals: number;
}

export interface WorkPlanCoverage {
  readonly activities: readonly ActivityCoverage[];
  /** Activities no agreed goal links to. */
  readonly uncoveredActivityIds: readonly string[];
  /** Share of activities with at least one agreed goal, 0–1 (1 for a plan without activities). */
  readonly coveredShare: number;
}

export const workPlanCoverage = (
  activities: readonly Activity[],
  goals: readonly IndividualGoal[],
): WorkPlanCoverage => {
  const counted = activeGoals(goals);
  const rows = activities.map((a) => {
    const linking = counted.filter((g) => g.activityIds.includes(a.id));
    const agreedGoals = linking.filter(isAgreed).length;
    return { activityId: a.id, agreedGoals, draftGoals: linking.length - agreedGoals };
  });
  const uncoveredActivityIds = rows.filter((r) => r.agreedGoals === 0).map((r) => r.activityId);
  const coveredShare = rows.length === 0 ? 1 : (rows.length - uncoveredActivityIds.length) / rows.length;
  return { activities: rows, uncoveredActivityIds, coveredShare };
};

/** Staff with no goal agreed by both parties for the year. */
export const staffWithoutAgreedGoals = (
  staff: readonly Person[],
  goals: readonly IndividualGoal[],
  year: number,
): Person[] => {
  const withAgreed = new Set(
    activeGoals(goals)
      .filter((g) => g.year === year && isAgreed(g))
      .map((g) => g.employeeId),
  );
  return staff.filter((p) => !withAgreed.has(p.id));
};

export interface OverdueGoalFollowUp {
  readonly goalId: string;
  readonly employeeId: string;
  readonly date: IsoDate;
}

/** Agreed follow-up dates before today with no follow-up answering that date (withdrawn goals have none). */
export const overdueGoalFollowUps = (
  goals: readonly IndividualGoal[],
  followUps: readonly FollowUp[],
  today: IsoDate,
): OverdueGoalFollowUp[] => {
  const recorded = new Set(
    followUps
      .filter((f) => f.target.kind === "individual-goal")
      .map((f) => `${f.target.id}|${answeredPeriod(f)}`),
  );
  return activeGoals(goals).flatMap((g) =>
    [...new Set(g.followUpDates)]
      .filter((d) => d < today && !recorded.has(`${g.id}|${d}`))
      .sort()
      .map((date) => ({ goalId: g.id, employeeId: g.employeeId, date })),
  );
};

/** The only thing about goals that travels upward: counts. */
export interface GoalAggregate {
  readonly staff: number;
  readonly goals: number;
  readonly agreedGoals: number;
  readonly staffWithAgreedGoals: number;
}

export const goalAggregate = (
  staff: readonly Person[],
  goals: readonly IndividualGoal[],
  year: number,
): GoalAggregate => {
  const ofYear = activeGoals(goals).filter((g) => g.year === year);
  const agreed = ofYear.filter(isAgreed);
  const staffIds = new Set(staff.map((p) => p.id));
  return {
    staff: staff.length,
    goals: ofYear.length,
    agreedGoals: agreed.length,
    staffWithAgreedGoals: new Set(agreed.map((g) => g.employeeId).filter((id) => staffIds.has(id))).size,
  };
};
