import {
  answeredPeriod,
  indexModel,
  latestFollowUp,
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
  readonly activities: readonly ActivityWithChain[];
  readonly latest: FollowUp | undefined;
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

/** Which agreed dates are answered, which come next and which are late. Dates are `YYYY-MM-DD`, so text order is date order. */
export function followUpDates(
  goal: IndividualGoal,
  followUps: readonly FollowUp[],
  today: string,
): { nextDate: string | undefined; overdueDate: string | undefined } {
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

export function summarizeGoals(
  view: MyGoalsView,
  activities: readonly ActivityWithChain[],
  today: string,
): GoalSummary[] {
  const byId = new Map(activities.map((a) => [a.activity.id, a]));
  return view.goals.map((goal) => ({
    goal,
    activities: goal.activityIds.flatMap((id) => byId.get(id) ?? []),
    latest: latestFollowUp({ kind: "individual-goal", id: goal.id }, view.followUps),
    ...followUpDates(goal, view.followUps, today),
  }));
}
