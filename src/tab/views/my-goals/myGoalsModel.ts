import {
  answeredPeriod,
  indexModel,
  isWithdrawn,
  latestFollowUp,
  municipalDate,
  overdueGoalFollowUps,
  type Activity,
  type FollowUp,
  type IndividualGoal,
  type ModelIndex,
  type MyGoalsView,
} from "../../../domain";
import { chainAbove, sliceSnapshot, type ActivityChain } from "../shared";

export interface ActivityWithChain {
  readonly activity: Activity;
  readonly chain: ActivityChain;
}

export interface GoalSummary {
  readonly goal: IndividualGoal;
  readonly withdrawn: boolean;
  readonly activities: readonly ActivityWithChain[];
  readonly latest: FollowUp | undefined;
  /** Every follow-up of the goal, the latest first. */
  readonly history: readonly FollowUp[];
  /** Whether the goal has any follow-up (then it is kept, not deleted). */
  readonly followedUp: boolean;
  /** The earliest agreed date on or after today that has no follow-up yet. */
  readonly nextDate: string | undefined;
  /** The earliest agreed date before today that has no follow-up: the talk is late. */
  readonly overdueDate: string | undefined;
}

/** Everything the view has loaded, indexed so the domain's chain rule can walk it. */
export function indexMyGoals(view: MyGoalsView): ModelIndex {
  const above = sliceSnapshot(view.above);
  return indexModel(above, {
    "work-plan": view.workPlan ? [view.workPlan] : [],
    activity: view.activities,
    "individual-goal": view.goals,
    "follow-up": view.followUps,
  });
}

/** The unit plan's activities, each with the chain upward to its målområde. */
export function activitiesWithChain(view: MyGoalsView, model: ModelIndex): ActivityWithChain[] {
  return view.activities.map((activity) => ({
    activity,
    chain: chainAbove({ kind: "activity", id: activity.id }, model),
  }));
}

/**
 * The day a follow-up was recorded, in the municipality's calendar: from its time stamp (older goal
 * follow-ups carry the agreed date they answered as their period, not the day they were written).
 */
export function recordedOn(followUp: FollowUp): string {
  return municipalDate(new Date(followUp.recordedAt));
}

/** Which agreed dates are answered, which come next and which are late. Dates are `YYYY-MM-DD`, so text order is date order. */
export function followUpDates(
  goal: IndividualGoal,
  followUps: readonly FollowUp[],
  today: string,
): { nextDate: string | undefined; overdueDate: string | undefined } {
  if (isWithdrawn(goal)) return { nextDate: undefined, overdueDate: undefined };
  const answered = new Set(
    followUps
      .filter((f) => f.target.kind === "individual-goal" && f.target.id === goal.id)
      .map(answeredPeriod),
  );
  return {
    // Late dates follow the domain's overdue rule, the same one Mitt team counts.
    overdueDate: overdueGoalFollowUps([goal], followUps, today)[0]?.date,
    nextDate: [...goal.followUpDates].sort().find((date) => date >= today && !answered.has(date)),
  };
}

const newestFirst = (a: FollowUp, b: FollowUp): number =>
  Date.parse(b.recordedAt) - Date.parse(a.recordedAt) || (a.id < b.id ? 1 : -1);

/** The goals as the cards show them: the ones that count first, withdrawn ones after, each in stored order. */
export function summarizeGoals(
  view: MyGoalsView,
  activities: readonly ActivityWithChain[],
  today: string,
): GoalSummary[] {
  const byId = new Map(activities.map((a) => [a.activity.id, a]));
  const summaries = view.goals.map((goal): GoalSummary => {
    const history = view.followUps
      .filter((f) => f.target.kind === "individual-goal" && f.target.id === goal.id)
      .sort(newestFirst);
    return {
      goal,
      withdrawn: isWithdrawn(goal),
      activities: goal.activityIds.flatMap((id) => byId.get(id) ?? []),
      latest: latestFollowUp({ kind: "individual-goal", id: goal.id }, view.followUps),
      history,
      followedUp: history.length > 0,
      ...followUpDates(goal, view.followUps, today),
    };
  });
  return [...summaries.filter((s) => !s.withdrawn), ...summaries.filter((s) => s.withdrawn)];
}
