import type { Clock, FollowUpCalendar, PlanFollowUpStore } from "../../domain";

/** What the plan follow-up use cases run on: the store (app identity), the clock and the calendar. */
export interface PlanFollowUpDeps {
  readonly planFollowUps: PlanFollowUpStore;
  readonly clock: Clock;
  /** The organisation's follow-up calendar; the default (tertial 1, delår, helår) when absent. */
  readonly calendar?: FollowUpCalendar;
}
