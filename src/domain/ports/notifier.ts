import type { IsoDate } from "../model/primitives";
import type { ConversationReference } from "./conversations";
import type { Versioned } from "./versioned";

/**
 * Every card send ends in exactly one of these: delivered; throttled on every try; the app is not installed
 * for the person (403/404 from the connector); any other failure.
 */
export type ReminderOutcome = "sent" | "throttled" | "recipient-not-found" | "failed";

/**
 * The ledger's state of one card: `sending` is written before the send, and one of the outcomes after it.
 * A record still `sending` at the next run is a card whose send was interrupted (a crash): it is sent again
 * with the same activity id, never as a new card.
 */
export type ReminderState = "sending" | ReminderOutcome;

/** One card to one person: everything due for them in one run, with the card's idempotency key. */
export interface ReminderCardDelivery {
  /** The card's ledger key, `<person id>:<run date>` (see src/reminders/ledgerKeys.ts). */
  readonly key: string;
  readonly recipientId: string;
  /** The person's 1:1 conversation with the bot, with the `serviceUrl` it came with. */
  readonly to: ConversationReference;
  /** Deterministic from `key`: a resent card carries the same id, so the receiving side can tell. */
  readonly activityId: string;
  /** The Adaptive Card (JSON) to send. */
  readonly card: Readonly<Record<string, unknown>>;
  /** The plain-text line shown in notifications and the chat list. */
  readonly summary: string;
}

/** The answer to one try of one send; the dispatcher decides about retries. */
export type SendAttempt =
  | { readonly kind: "sent" }
  /** 429, 412, 5xx or a network failure: worth another try, after `retryAfterMs` when the connector said so. */
  | { readonly kind: "retry"; readonly status: number; readonly retryAfterMs?: number }
  /** 403/404: the app is not installed for this person (any more). */
  | { readonly kind: "not-installed"; readonly status: number }
  | { readonly kind: "failed"; readonly status: number; readonly reason: string };

/** Sends one card (in Teams: a proactive message into the person's 1:1 conversation with the bot). One try. */
export interface Notifier {
  send(delivery: ReminderCardDelivery): Promise<SendAttempt>;
}

/** What the ledger remembers of one card. */
export interface ReminderRecord {
  readonly key: string;
  readonly recipientId: string;
  /** The run date the card was made for. */
  readonly runDate: IsoDate;
  /** The reminders (`…:<stage>` keys) the card carries: each is delivered in at most one card, ever. */
  readonly itemKeys: readonly string[];
  readonly activityId: string;
  readonly state: ReminderState;
  readonly attempts: number;
  /** ISO instant of the latest attempt (or of the claim, while `sending`). */
  readonly lastAttemptAt: string;
}

/**
 * The reminder ledger (one record per card key) that makes dispatch idempotent: check before sending, write
 * `sending` before the send and the outcome after. `claim` answers "taken" for a key that exists (another run
 * got there first); `settle` writes with the version and answers "stale" when someone changed it meanwhile.
 */
export interface ReminderLedger {
  /** The records of these people from `since` on (inclusive), batched. */
  recordsOf(personIds: readonly string[], since: IsoDate): Promise<Versioned<ReminderRecord>[]>;
  /** Claims several cards at once (one round trip); each entry answers its stored record or "taken". */
  claim(entries: readonly ReminderRecord[]): Promise<(Versioned<ReminderRecord> | "taken")[]>;
  /** Writes outcomes with their versions (one round trip); each answers its new version or "stale". */
  settle(entries: readonly Versioned<ReminderRecord>[]): Promise<(Versioned<ReminderRecord> | "stale")[]>;
}

/**
 * A lease on one run (a row taken with an ETag): while one instance holds it, another does not run. It
 * expires, so a crashed holder blocks nobody longer than its term; the same holder may take it back at once.
 */
export interface RunLease {
  /** Takes the lease for `holder` until now + `termMs`; false when someone else holds an unexpired one. */
  take(holder: string, termMs: number): Promise<boolean>;
  /** Extends the holder's term; false when the lease was lost (another instance took it after expiry). */
  renew(holder: string, termMs: number): Promise<boolean>;
  release(holder: string): Promise<void>;
}
