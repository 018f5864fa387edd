/**
 * What falls due for whom between two dates (both inclusive):
 * - an individual goal on each agreed follow-up date → the medarbetare and their current chef (a withdrawn goal
 *   falls due no more);
 * - an arbetsplan and each of its activities on each calendar period of the plan's year → the owner unit's
 *   chef;
 * - a nämndindikator and an etappmål on each calendar period of its verksamhetsplan's year → the nämnd's
 *   planners;
 * - an uppdrag on each calendar period of its verksamhetsplan's year → the receiving förvaltning's chef.
 * A follow-up already recorded for that item and period is not due. Each (item, period) appears once.
 * Items whose owner post is vacant are still listed, with no recipients, so nothing is silently dropped.
 */
import { answeredPeriod } from "../model/followUp";
import type { FollowUp } from "../model/followUp";
import { activeGoals, isWithdrawn, type IndividualGoal } from "../model/individualGoal";
import type { FollowableKind } from "../model/kinds";
import type { IsoDate, PeriodId } from "../model/primitives";
import type { DateRange, DueItem, DuePage, Recipient } from "../ports/views";
import { inRange, periodsBetween, type FollowUpCalendar } from "./calendar";
import { chefOf, orgLookupOf } from "./org";

const recordedKey = (kind: FollowableKind, id: string, period: PeriodId): string => `${kind}:${id}:${period}`;

export const dueBetween = (page: DuePage, range: DateRange, calendar: FollowUpCalendar): DueItem[] => {
  if (range.from > range.to) return [];
  const recorded = new Set(
    page.followUps.map((f) => recordedKey(f.target.kind, f.target.id, answeredPeriod(f))),
  );
  const org = orgLookupOf(page.units, page.planners);
  const periods = periodsBetween(calendar, range);
  const items: DueItem[] = [];

  const add = (
    kind: FollowableKind,
    id: string,
    title: string,
    period: PeriodId,
    dueDate: IsoDate,
    unitId: string,
    recipients: Recipient[],
  ): void => {
    if (recorded.has(recordedKey(kind, id, period))) return;
    items.push({ target: { kind, id }, title, period, dueDate, unitId, recipients });
  };
  const chefOfUnit = (unitId: string): Recipient[] => {
    const chefId = org.unit(unitId)?.chefId;
    return chefId === undefined ? [] : [{ personId: chefId, role: "chef" }];
  };
  const plannersOf = (unitId: string): Recipient[] =>
    page.planners
      .filter((p) => p.roles.some((r) => r.kind === "planner" && r.unitId === unitId))
      .map((p) => ({ personId: p.id, role: "planner" }));

  for (const goal of activeGoals(page.individualGoals)) {
    const chefId = chefOf(goal.employeeId, goal.unitId, org);
    const recipients: Recipient[] = [{ personId: goal.employeeId, role: "employee" }];
    if (chefId !== undefined) recipients.push({ personId: chefId, role: "chef" });
    for (const date of new Set(goal.followUpDates)) {
      if (inRange(date, range))
        add("individual-goal", goal.id, goal.title, date, date, goal.unitId, recipients);
    }
  }

  const plansById = new Map(page.workPlans.map((p) => [p.id, p]));
  const boardPlansById = new Map(page.boardPlans.map((p) => [p.id, p]));
  for (const period of periods) {
    for (const plan of page.workPlans) {
      if (plan.year !== period.year) continue;
      add(
        "work-plan",
        plan.id,
        plan.title,
        period.id,
        period.dueDate,
        plan.ownerUnitId,
        chefOfUnit(plan.ownerUnitId),
      );
    }
    for (const activity of page.activities) {
      const plan = plansById.get(activity.workPlanId);
      if (plan?.year !== period.year) continue;
      const to = chefOfUnit(plan.ownerUnitId);
      add("activity", activity.id, activity.title, period.id, period.dueDate, plan.ownerUnitId, to);
    }
    for (const indicator of page.boardIndicators) {
      const plan = boardPlansById.get(indicator.boardPlanId);
      if (plan?.year !== period.year) continue;
      const to = plannersOf(plan.boardUnitId);
      add("board-indicator", indicator.id, indicator.name, period.id, period.dueDate, plan.boardUnitId, to);
    }
    for (const milestone of page.milestones) {
      const plan = boardPlansById.get(milestone.boardPlanId);
      if (plan?.year !== period.year) continue;
      const to = plannersOf(plan.boardUnitId);
      add("milestone", milestone.id, milestone.title, period.id, period.dueDate, plan.boardUnitId, to);
    }
    for (const assignment of page.assignments) {
      const plan = boardPlansById.get(assignment.boardPlanId);
      if (plan?.year !== period.year) continue;
      const unitId = assignment.toAdministrationUnitId;
      add(
        "assignment",
        assignment.id,
        assignment.title,
        period.id,
        period.dueDate,
        unitId,
        chefOfUnit(unitId),
      );
    }
  }
  return items;
};

/**
 * A goal's next due date: its earliest follow-up date that no follow-up of it answers yet, by the same
 * "recorded" rule as `dueBetween` (so it is due on every date from there on, until answered); none when the
 * goal is withdrawn or every date is answered. Every date of the goal that `dueBetween` can list lies on or
 * after it, so a reader may skip goals whose next due date is after its range (or that have none) and
 * still list the same items. Only the goal's own follow-ups are looked at.
 */
export const nextDueDate = (
  goal: Pick<IndividualGoal, "id" | "followUpDates" | "withdrawnAt">,
  followUps: readonly Pick<FollowUp, "target" | "period" | "answers">[],
): IsoDate | undefined => {
  if (isWithdrawn(goal)) return undefined;
  const answered = new Set(
    followUps
      .filter((f) => f.target.kind === "individual-goal" && f.target.id === goal.id)
      .map(answeredPeriod),
  );
  return [...goal.followUpDates].sort().find((date) => !answered.has(date));
};

/** Idempotency key of one reminder: the same item, period and person never get two. */
export const reminderKey = (item: DueItem, recipient: Recipient): string =>
  `${item.target.kind}:${item.target.id}:${item.period}:${recipient.personId}`;

/** A due item is overdue once its due date has passed without a follow-up. */
export const isOverdue = (item: DueItem, today: IsoDate): boolean => item.dueDate < today;
