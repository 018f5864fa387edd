import type { Versioned } from "./versioned";
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

/** What the ledger remembers of one reminder key. */
export interface ReminderRecord {
  readonly key: string;
  readonly recipientId: string;
  readonly outcome: ReminderOutcome;
  readonly attempts: number;
  /** ISO instant of the latest attempt. */
  readonly lastAttemptAt: string;
}

/**
 * The sent-reminder ledger (one record per `Reminder.key`) that makes dispatch idempotent: check before
 * sending, record after. `record` without a version creates (ConflictError if the key exists — another run
 * got there first); with a version it updates (ConflictError when stale).
 */
export interface ReminderLedger {
  /** Batched look-up; unknown keys are left out. */
  find(keys: readonly string[]): Promise<Versioned<ReminderRecord>[]>;
  record(entry: ReminderRecord, expectedVersion?: string): Promise<Versioned<ReminderRecord>>;
}
