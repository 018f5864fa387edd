/**
 * What is due for whom on one run date, as reminders (pure). From the domain's due items (`dueBetween`):
 * - an agreed individual goal: its medarbetare `daysBefore` days before each follow-up date and on the day;
 *   its chef once it is `escalateAfterDays` overdue (escalation);
 * - a goal not yet agreed gets no follow-up reminder: on the same days, whichever of medarbetare and chef has
 *   not agreed it is reminded to agree it;
 * - arbetsplaner and activities (the unit's chef), nämndindikatorer and etappmål (the nämnd's planners),
 *   uppdrag (the förvaltning's chef): before each tertial/delår/helår date and on the day.
 * A reminder is sent on its day or, when that day was missed (weekend, holiday, outage), for `catchUpDays`
 * days after it; when two stages of one item are open for one person only the later one is asked.
 * Each reminder's key (`reminderKey` + `:` + stage) is what "exactly once" counts.
 */
import {
  chefOf,
  dueBetween,
  isAgreed,
  isWithdrawn,
  orgLookupOf,
  reminderKey,
  type DateRange,
  type DueItem,
  type DuePage,
  type FollowUpCalendar,
  type IndividualGoal,
  type IsoDate,
  type Recipient,
  type RecipientRole,
} from "../domain";
import { addDays } from "./dates";
import type { ReminderSettings } from "./settings";

export type ReminderStage = "before" | "on-the-day" | "escalation";
export type ReminderReason = "follow-up" | "agree-goal";

export interface DueReminder {
  readonly key: string;
  readonly personId: string;
  readonly role: RecipientRole;
  readonly stage: ReminderStage;
  readonly reason: ReminderReason;
  /** The day the reminder is for (its stage's date); it may go out up to `catchUpDays` - 1 days later. */
  readonly sendOn: IsoDate;
  readonly item: DueItem;
}

/** A goal waiting for its chef's agreement, listed on the chef's card. */
export interface AwaitingAgreement {
  readonly goalId: string;
  readonly title: string;
  readonly employeeId: string;
}

type Timing = Pick<ReminderSettings, "daysBefore" | "escalateAfterDays" | "catchUpDays">;

/** The follow-up dates that can give a reminder on `runDate`: from the oldest escalation still open to `daysBefore` ahead. */
export const dueWindow = (runDate: IsoDate, timing: Timing): DateRange => ({
  from: addDays(runDate, -(timing.escalateAfterDays + timing.catchUpDays - 1)),
  to: addDays(runDate, timing.daysBefore),
});

const stageDay = (dueDate: IsoDate, stage: ReminderStage, timing: Timing): IsoDate =>
  stage === "before"
    ? addDays(dueDate, -timing.daysBefore)
    : stage === "on-the-day"
      ? dueDate
      : addDays(dueDate, timing.escalateAfterDays);

/** Open on `runDate`: its day has come and its catch-up has not run out. */
const isOpen = (sendOn: IsoDate, runDate: IsoDate, timing: Timing): boolean =>
  sendOn <= runDate && runDate < addDays(sendOn, timing.catchUpDays);

interface Asked {
  readonly recipient: Recipient;
  readonly stages: readonly ReminderStage[];
  readonly reason: ReminderReason;
}

/** Who is asked about an item, at which stages, and why. */
function askedAbout(item: DueItem, goal: IndividualGoal | undefined, timing: Timing): Asked[] {
  const early: ReminderStage[] = timing.daysBefore > 0 ? ["before", "on-the-day"] : ["on-the-day"];
  if (goal === undefined)
    return item.recipients.map((recipient) => ({ recipient, stages: early, reason: "follow-up" }));
  if (!isAgreed(goal)) {
    return item.recipients
      .filter((r) =>
        r.role === "employee" ? goal.agreedByEmployeeAt === undefined : goal.agreedByManagerAt === undefined,
      )
      .map((recipient) => ({ recipient, stages: early, reason: "agree-goal" }));
  }
  return item.recipients.map((recipient) =>
    recipient.role === "employee"
      ? { recipient, stages: early, reason: "follow-up" }
      : { recipient, stages: ["escalation"], reason: "follow-up" },
  );
}

/** Every reminder open on `runDate` from one page of what may fall due. */
export function remindersOn(
  page: DuePage,
  runDate: IsoDate,
  timing: Timing,
  calendar: FollowUpCalendar,
): DueReminder[] {
  const goals = new Map(page.individualGoals.map((g) => [g.id, g]));
  const out: DueReminder[] = [];
  for (const item of dueBetween(page, dueWindow(runDate, timing), calendar)) {
    const goal = item.target.kind === "individual-goal" ? goals.get(item.target.id) : undefined;
    for (const asked of askedAbout(item, goal, timing)) {
      const open = asked.stages.filter((s) => isOpen(stageDay(item.dueDate, s, timing), runDate, timing));
      const stage = open[open.length - 1];
      if (stage === undefined) continue;
      out.push({
        key: `${reminderKey(item, asked.recipient)}:${asked.reason === "agree-goal" ? "agree-" : ""}${stage}`,
        personId: asked.recipient.personId,
        role: asked.recipient.role,
        stage,
        reason: asked.reason,
        sendOn: stageDay(item.dueDate, stage, timing),
        item,
      });
    }
  }
  return out;
}

/** The page's goals that wait for their chef's agreement, by chef. */
export function awaitingAgreementOf(page: DuePage): Map<string, AwaitingAgreement[]> {
  const org = orgLookupOf(page.units, page.planners);
  const byChef = new Map<string, AwaitingAgreement[]>();
  for (const goal of page.individualGoals) {
    if (isWithdrawn(goal) || goal.agreedByManagerAt !== undefined) continue;
    const chefId = chefOf(goal.employeeId, goal.unitId, org);
    if (chefId === undefined) continue;
    const list = byChef.get(chefId) ?? [];
    list.push({ goalId: goal.id, title: goal.title, employeeId: goal.employeeId });
    byChef.set(chefId, list);
  }
  return byChef;
}
