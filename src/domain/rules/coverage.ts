/**
 * What a chef (and anyone above, in aggregate) derives from goals: how well the staff's agreed goals cover
 * the unit's arbetsplan, who has no agreed goal, which goal follow-ups are overdue. Upward, only counts
 * leave this module — never a person's goals. A withdrawn (avslutat) goal counts nowhere.
 */
import { linkAttentionOf } from "./goalLinks";
import { indexModel } from "./snapshot";
import { planInForce } from "./planLifecycle";
import type { Activity } from "../model/activity";
import { answeredPeriod, type FollowUp } from "../model/followUp";
import { activeGoals, isAgreed, type IndividualGoal } from "../model/individualGoal";
import type { OrgUnit } from "../model/orgUnit";
import type { Person } from "../model/person";
import type { IsoDate } from "../model/primitives";
import type { LineData } from "../ports/teamLine";
import { orgLookupOf, unitAndAncestors, type OrgLookup } from "./org";

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

/**
 * The smallest group whose goal figures travel upward. Below it a figure could tell one person's goals
 * ("1 of 2 has an agreed goal" when you know the other has one), so it is not shown at all.
 */
export const SMALLEST_GROUP_SHOWN = 5;

/**
 * The unit whose chef a person has their medarbetarsamtal with, walked as `chefOf` walks: their own unit,
 * or — when they lead it — the nearest unit above led by someone else (or vacant). Undefined when the walk
 * leaves the units known.
 */
export const teamUnitOf = (
  personId: string,
  unitId: string,
  org: Pick<OrgLookup, "unit">,
): string | undefined => unitAndAncestors(unitId, org).find((unit) => unit.chefId !== personId)?.id;

/** A unit below another and how far: 1 directly below, 2 below that, … */
export interface UnitBelow {
  readonly unit: OrgUnit;
  readonly depth: number;
}

/** Every unit below `unitId` (children, grandchildren, …) in tree order, siblings by name; cycles stop. */
export const unitsBelow = (unitId: string, units: readonly OrgUnit[]): UnitBelow[] => {
  const children = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    if (unit.parentId === undefined) continue;
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  }
  const seen = new Set<string>([unitId]);
  const walk = (parentId: string, depth: number): UnitBelow[] => {
    const found: UnitBelow[] = [];
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name, "sv"));
    for (const unit of siblings) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      found.push({ unit, depth }, ...walk(unit.id, depth + 1));
    }
    return found;
  };
  return walk(unitId, 1);
};

/** A group's goal figures, or why they are not shown. */
export type GroupFigures =
  | {
      readonly shown: true;
      /** People with at least one goal agreed by both for the year. */
      readonly withAgreedGoals: number;
      /** Activities of the unit's arbetsplan that an agreed goal links to. */
      readonly coveredActivities: number;
      /** Agreed follow-up dates passed without a follow-up. */
      readonly overdueFollowUps: number;
      /** Goals linked to an activity a newer version of the arbetsplan dropped or changed (rules/goalLinks.ts). */
      readonly linksNeedingAttention: number;
    }
  | { readonly shown: false; readonly reason: "small-group" };

/** One unit below a chef, in numbers only: no names, no goal text. */
export interface UnitAggregate {
  readonly unit: OrgUnit;
  readonly depth: number;
  /** People who have their medarbetarsamtal in this unit: its staff and the chefs of the units below it. */
  readonly people: number;
  /** Activities of the unit's arbetsplan for the year; null when the unit has no arbetsplan for it. */
  readonly activities: number | null;
  readonly figures: GroupFigures;
}

/**
 * The units below `unitId`, each with its own group's figures (the team its chef has, so every person is
 * counted once, where their medarbetarsamtal is). The chef's own team is not among them: the chef sees it
 * in full. Figures of a group smaller than SMALLEST_GROUP_SHOWN are not given.
 */
export const lineAggregates = (
  unitId: string,
  units: readonly OrgUnit[],
  data: LineData,
  year: number,
  today: IsoDate,
): UnitAggregate[] => {
  const below = unitsBelow(unitId, units);
  const org = orgLookupOf(units, data.people);
  const members = new Map<string, Person[]>();
  for (const person of data.people) {
    const team = teamUnitOf(person.id, person.unitId, org);
    if (team !== undefined && team !== unitId) members.set(team, [...(members.get(team) ?? []), person]);
  }
  const ofYear = data.goals.filter((g) => g.year === year);
  // Every version of the units' plans, so a goal linked to a replaced one is told apart.
  const plans = indexModel({ "work-plan": data.workPlans, activity: data.activities });
  return below.map(({ unit, depth }): UnitAggregate => {
    const people = members.get(unit.id) ?? [];
    // Every version may be loaded: count against the plan in force.
    const plan = planInForce(data.workPlans, unit.id, year);
    const activities = plan === undefined ? [] : data.activities.filter((a) => a.workPlanId === plan.id);
    const base = {
      unit,
      depth,
      people: people.length,
      activities: plan === undefined ? null : activities.length,
    };
    if (people.length < SMALLEST_GROUP_SHOWN)
      return { ...base, figures: { shown: false, reason: "small-group" } };
    const ids = new Set(people.map((p) => p.id));
    const goals = ofYear.filter((g) => ids.has(g.employeeId));
    const coverage = workPlanCoverage(activities, goals);
    return {
      ...base,
      figures: {
        shown: true,
        withAgreedGoals: people.length - staffWithoutAgreedGoals(people, goals, year).length,
        coveredActivities: activities.length - coverage.uncoveredActivityIds.length,
        overdueFollowUps: overdueGoalFollowUps(goals, data.followUps, today).length,
        linksNeedingAttention: goals.filter((g) => linkAttentionOf(g, plans).length > 0).length,
      },
    };
  });
};
