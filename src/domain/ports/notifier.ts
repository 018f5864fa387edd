import type { DueItem } from "./views";

/** One reminder to one person about one due item; `key` makes sending idempotent. */
export interface Reminder {
  /** `<target kind>:<target id>:<period>:<person id>` — see rules/due.ts `reminderKey`. */
  readonly key: string;
  readonly recipientId: string;
  readonly item: DueItem;
}

/** Every send ends in exactly one of these. */
export type ReminderOutcome = "sent" | "throttled" | "recipient-not-found" | "failed";

/** Sends a follow-up reminder (in Teams: a proactive adaptive card). */
export interface Notifier {
  sendReminder(reminder: Reminder): Promise<ReminderOutcome>;
}
