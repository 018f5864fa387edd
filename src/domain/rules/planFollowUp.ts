/**
 * Follow-up of the plans per calendar period (tertial 1, delår, helår): which items each unit follows up,
 * how the items' statuses roll up to their plan and to the målområden, and what is still missing before a
 * unit may klarmarkera the period.
 *
 * Whose follow-up an item belongs to (the unit that answers for it and whose klarmarkering closes it):
 * - a nämnd: its verksamhetsplan itself (the samlad bedömning), its nämndindikatorer and etappmål;
 * - a förvaltning: its arbetsplan, the arbetsplan's activities and the uppdrag the nämnd gave it (the
 *   receiving förvaltning reports on an uppdrag; the nämnd may also record it, see access.ts);
 * - any other unit: its arbetsplan and the arbetsplan's activities.
 *
 * Roll-up (rollup.ts's rule: off-track over at-risk over the rest; done only when every item is done;
 * not-started only when nothing has begun; otherwise on-track): a plan's status comes from its items — a
 * verksamhetsplan's nämndindikatorer, etappmål and uppdrag, an arbetsplan's activities — never from the
 * plan's own follow-up, which is the owner's judgement shown beside it. A målområde's status comes from
 * every item given that reaches it up the chain (an activity through what it serves); items that reach no
 * målområde (the plans themselves, basuppdrag) are in no målområde's roll-up. An item without a follow-up
 * for the period counts as not-started in the status and as `missing` in the counts, so "3 av 5 uppföljda"
 * reads `followedUp` of `total`.
 */
import type { Activity } from "../model/activity";
import type { Assignment } from "../model/assignment";
import type { BoardIndicator } from "../model/boardIndicator";
import type { BoardPlan } from "../model/boardPlan";
import type { FocusArea } from "../model/focusArea";
import {
  FOLLOW_UP_STATUSES,
  type FollowableRef,
  type FollowUp,
  type FollowUpStatus,
} from "../model/followUp";
import type { KfIndicator } from "../model/kfIndicator";
import type { Milestone } from "../model/milestone";
import type { OrgUnit } from "../model/orgUnit";
import type { IsoDate, PeriodId } from "../model/primitives";
import type { WorkPlan } from "../model/workPlan";
import { periodsOfYear, type DatedPeriod, type FollowUpCalendar } from "./calendar";
import { chainUpward } from "./chain";
import { unitAndAncestors, type OrgLookup } from "./org";
import { planInForce } from "./planLifecycle";
import { latestFollowUp, rollUp } from "./rollup";
import { indexModel, refKey, type ModelIndex } from "./snapshot";

/** One nämnd's plans for one year, with the KF level above them: what the follow-up rules read. */
export interface PlanYear {
  readonly year: number;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  readonly boardPlans: readonly BoardPlan[];
  readonly boardIndicators: readonly BoardIndicator[];
  readonly milestones: readonly Milestone[];
  readonly assignments: readonly Assignment[];
  readonly workPlans: readonly WorkPlan[];
  readonly activities: readonly Activity[];
}

export type PlanRef = { readonly kind: "board-plan" | "work-plan"; readonly id: string };

/** How many items have each status for a period, and how many have none (`missing`). */
export type StatusCounts = Readonly<Record<FollowUpStatus | "missing", number>>;

export interface RollupFigures {
  readonly status: FollowUpStatus;
  readonly counts: StatusCounts;
  /** Items with a follow-up for the period. */
  readonly followedUp: number;
  readonly total: number;
}

export interface PlanRollup extends RollupFigures {
  readonly plan: PlanRef;
}

export interface FocusAreaRollup extends RollupFigures {
  readonly focusAreaId: string;
}

const ref = <K extends FollowableRef["kind"]>(kind: K, id: string): FollowableRef => ({ kind, id });

/** The plan a unit owns in the year: a nämnd's verksamhetsplan, anyone else's arbetsplan. */
export const planOfUnit = (unit: OrgUnit, plans: PlanYear): PlanRef | undefined => {
  if (unit.kind === "board") {
    // Every version may be loaded: the one in force is followed up.
    const plan = planInForce(plans.boardPlans, unit.id, plans.year);
    return plan && { kind: "board-plan", id: plan.id };
  }
  const plan = planInForce(plans.workPlans, unit.id, plans.year);
  return plan && { kind: "work-plan", id: plan.id };
};

/** The items of a plan whose statuses roll up to it (not the plan itself). */
export const planChildren = (plan: PlanRef, plans: PlanYear): FollowableRef[] =>
  plan.kind === "board-plan"
    ? [
        ...plans.boardIndicators
          .filter((x) => x.boardPlanId === plan.id)
          .map((x) => ref("board-indicator", x.id)),
        ...plans.milestones.filter((x) => x.boardPlanId === plan.id).map((x) => ref("milestone", x.id)),
        ...plans.assignments.filter((x) => x.boardPlanId === plan.id).map((x) => ref("assignment", x.id)),
      ]
    : plans.activities.filter((x) => x.workPlanId === plan.id).map((x) => ref("activity", x.id));

/** Every item a unit follows up for a period of the year, its plan first (see the module comment). */
export const unitFollowUpItems = (unit: OrgUnit, plans: PlanYear): FollowableRef[] => {
  const plan = planOfUnit(unit, plans);
  const received =
    unit.kind === "administration"
      ? plans.assignments
          .filter(
            (a) =>
              a.toAdministrationUnitId === unit.id && plans.boardPlans.some((p) => p.id === a.boardPlanId),
          )
          .map((a) => ref("assignment", a.id))
      : [];
  if (plan === undefined) return received;
  const children = planChildren(plan, plans).filter((c) => c.kind !== "assignment");
  return [{ kind: plan.kind, id: plan.id }, ...children, ...received];
};

/**
 * The unit whose follow-up an item belongs to (whose klarmarkering closes it), when the item is one of
 * the year's plans; undefined for anything else (another year's, or not a plan item).
 */
export const answeringUnitOf = (item: FollowableRef, plans: PlanYear): string | undefined => {
  const boardOf = (planId: string): string | undefined =>
    plans.boardPlans.find((p) => p.id === planId && p.year === plans.year)?.boardUnitId;
  const ownerOf = (planId: string): string | undefined =>
    plans.workPlans.find((p) => p.id === planId && p.year === plans.year)?.ownerUnitId;
  switch (item.kind) {
    case "board-plan":
      return boardOf(item.id);
    case "board-indicator": {
      const x = plans.boardIndicators.find((i) => i.id === item.id);
      return x && boardOf(x.boardPlanId);
    }
    case "milestone": {
      const x = plans.milestones.find((i) => i.id === item.id);
      return x && boardOf(x.boardPlanId);
    }
    case "assignment": {
      const x = plans.assignments.find((i) => i.id === item.id);
      return x && boardOf(x.boardPlanId) && x.toAdministrationUnitId;
    }
    case "work-plan":
      return ownerOf(item.id);
    case "activity": {
      const x = plans.activities.find((i) => i.id === item.id);
      return x && ownerOf(x.workPlanId);
    }
    case "individual-goal":
      return undefined;
  }
};

const emptyCounts = (): Record<FollowUpStatus | "missing", number> => ({
  ...(Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>),
  missing: 0,
});

/** Rolls items up for one period: the status by rollup.ts's rule, with counts per status and missing. */
export const rollUpItems = (
  items: readonly FollowableRef[],
  followUps: readonly FollowUp[],
  period: PeriodId,
): RollupFigures => {
  const counts = emptyCounts();
  const statuses = items.map((item) => latestFollowUp(item, followUps, period)?.status);
  for (const s of statuses) counts[s ?? "missing"] += 1;
  return {
    status: rollUp(statuses),
    counts,
    followedUp: items.length - counts.missing,
    total: items.length,
  };
};

/** A plan's roll-up for a period, from its items. */
export const rollUpPlan = (
  plan: PlanRef,
  plans: PlanYear,
  followUps: readonly FollowUp[],
  period: PeriodId,
): PlanRollup => ({ plan, ...rollUpItems(planChildren(plan, plans), followUps, period) });

export const planModel = (plans: PlanYear): ModelIndex =>
  indexModel({
    "focus-area": plans.focusAreas,
    "kf-indicator": plans.kfIndicators,
    "board-plan": plans.boardPlans,
    "board-indicator": plans.boardIndicators,
    milestone: plans.milestones,
    assignment: plans.assignments,
    "work-plan": plans.workPlans,
    activity: plans.activities,
  });

/** Each målområde's roll-up for a period over the given items that reach it; in the plans' målområde order. */
export const rollUpFocusAreas = (
  items: readonly FollowableRef[],
  plans: PlanYear,
  followUps: readonly FollowUp[],
  period: PeriodId,
): FocusAreaRollup[] => {
  const model = planModel(plans);
  const byArea = new Map<string, Map<string, FollowableRef>>();
  for (const item of items) {
    for (const areaId of chainUpward(item, model).focusAreaIds) {
      const inArea = byArea.get(areaId) ?? new Map<string, FollowableRef>();
      inArea.set(refKey(item), item);
      byArea.set(areaId, inArea);
    }
  }
  return plans.focusAreas.flatMap((area) => {
    const inArea = byArea.get(area.id);
    return inArea === undefined
      ? []
      : [{ focusAreaId: area.id, ...rollUpItems([...inArea.values()], followUps, period) }];
  });
};

/** The unit's items still without a follow-up for the period (klarmarkering waits for none). */
export const missingFollowUps = (
  unit: OrgUnit,
  plans: PlanYear,
  followUps: readonly FollowUp[],
  period: PeriodId,
): FollowableRef[] =>
  unitFollowUpItems(unit, plans).filter((item) => latestFollowUp(item, followUps, period) === undefined);

/** The calendar period a period id names, if it is one of the calendar's. */
export const calendarPeriodOf = (calendar: FollowUpCalendar, period: PeriodId): DatedPeriod | undefined => {
  const year = Number(period.slice(0, 4));
  if (!/^\d{4}-/.test(period)) return undefined;
  return periodsOfYear(calendar, year).find((p) => p.id === period);
};

/**
 * The period a follow-up is usually about on a day: the latest one already due (tertial 1 is recorded in
 * May, after 30 April), or last year's last one before this year's first falls due.
 */
export const latestDuePeriod = (calendar: FollowUpCalendar, today: IsoDate): DatedPeriod => {
  const year = Number(today.slice(0, 4));
  const due = periodsOfYear(calendar, year).filter((p) => p.dueDate <= today);
  const last = due[due.length - 1];
  if (last !== undefined) return last;
  const previous = periodsOfYear(calendar, year - 1);
  const fallback = previous[previous.length - 1];
  if (fallback === undefined) throw new RangeError("a follow-up calendar has at least one period");
  return fallback;
};

/**
 * Who may reopen a unit's klarmarkering: whoever receives the unit's report — a planner for a unit above
 * it or the chef of a unit above it; for a nämnd (nothing above) its own planners. The unit itself may
 * not: once marked, a change goes through the level above. Undefined when allowed, else why not.
 */
export const reopenRefusal = (
  actor: {
    readonly id: string;
    readonly roles: readonly { readonly kind: string; readonly unitId?: string }[];
  },
  unitId: string,
  org: Pick<OrgLookup, "unit">,
): string | undefined => {
  const [unit, ...above] = unitAndAncestors(unitId, org);
  if (unit === undefined) return "enheten finns inte";
  const plansFor = (ids: readonly string[]): boolean =>
    actor.roles.some((r) => r.kind === "planner" && r.unitId !== undefined && ids.includes(r.unitId));
  if (unit.kind === "board")
    return plansFor([unit.id]) ? undefined : "bara nämndens planerare öppnar den igen";
  if (plansFor(above.map((u) => u.id)) || above.some((u) => u.chefId === actor.id)) return undefined;
  return "bara en chef eller planerare på nivån över enheten öppnar en klarmarkerad uppföljning igen";
};
