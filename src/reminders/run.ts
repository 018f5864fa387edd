import type {
  ConversationReference,
  ConversationReferences,
  DateRange,
  DuePage,
  FollowUpCalendar,
  IsoDate,
  Notifier,
  ReminderLedger,
  ReminderOutcome,
  ReminderRecord,
  RunLease,
  Versioned,
} from "../domain";
import { planCards, type CardPlan } from "./cardPlan";
import { addDays } from "./dates";
import { deliverCard, DEFAULT_DELIVERY, type DeliveryOptions } from "./deliverCard";
import { GoalNotes } from "./goalNotes";
import { DigestCollector, type PersonDigest } from "./digests";
import { SendLimiter } from "./rateLimiter";
import type { ReminderSettings } from "./settings";
import { awaitingAgreementOf, dueWindow, remindersOn } from "./whatIsDue";
import { isWorkingTime, localTime } from "./workingHours";

/** The card a digest becomes (the bot's reminder card), with its notification line. */
export type CardFor = (
  digest: PersonDigest,
  to: ConversationReference,
) => { card: Readonly<Record<string, unknown>>; summary: string };

export interface ReminderRunPorts {
  readonly loadPages: (range: DateRange) => AsyncIterable<DuePage>;
  readonly ledger: ReminderLedger;
  readonly lease: RunLease;
  readonly conversations: ConversationReferences;
  readonly notifier: Notifier;
  readonly cardFor: CardFor;
  /** Reads what the cards need beyond the digests (people's names), once for all the run's cards. */
  readonly beforeCards?: (digests: readonly PersonDigest[]) => Promise<void>;
  readonly now: () => Date;
}

export interface ReminderRunOptions {
  readonly settings: ReminderSettings;
  readonly calendar: FollowUpCalendar;
  /** Who this instance is (host name and process); the same name takes its own lease back after a crash. */
  readonly instance: string;
  /** The lease's term; renewed every third of it while the run lasts. */
  readonly leaseMs: number;
  /** A run date other than today (`--date`), for catching up or tests. */
  readonly runDate?: IsoDate;
  /** Run outside working hours too (tests, a manual `--now`): never in the schedule. */
  readonly ignoreWorkingHours?: boolean;
  readonly limiter?: SendLimiter;
  readonly delivery?: DeliveryOptions;
  /** Cards claimed in one ledger round trip (the next chunk while this one is sent): about a second of sends. */
  readonly chunkSize?: number;
  /** Cards in flight at once. */
  readonly concurrency?: number;
}

export type ReminderRunReport =
  | { readonly status: "outside-working-hours"; readonly at: string }
  | { readonly status: "lease-held"; readonly at: string }
  | {
      readonly status: "done" | "lease-lost";
      readonly runDate: IsoDate;
      readonly people: number;
      readonly reminders: number;
      /** Cards by outcome; `resent` counts interrupted cards sent again (also counted by their outcome). */
      readonly cards: Record<ReminderOutcome, number> & {
        readonly resent: number;
        readonly noConversation: number;
        readonly claimedElsewhere: number;
      };
      /** Cards given up after all their tries, with the person and the last status. */
      readonly givenUp: readonly { personId: string; outcome: ReminderOutcome; lastStatus?: number }[];
      readonly throttledTries: number;
      readonly ms: number;
    };

async function collectDigests(
  ports: ReminderRunPorts,
  runDate: IsoDate,
  options: ReminderRunOptions,
): Promise<PersonDigest[]> {
  const collector = new DigestCollector();
  const notes = new GoalNotes();
  for await (const page of ports.loadPages(dueWindow(runDate, options.settings))) {
    collector.add(remindersOn(page, runDate, options.settings, options.calendar), awaitingAgreementOf(page));
    notes.observe(page);
  }
  return notes.attachTo(collector.digests());
}

/** A card ready to go: claimed in the ledger (or found `sending` from an interrupted run). */
interface Claimed {
  readonly plan: CardPlan;
  readonly record: Versioned<ReminderRecord>;
  readonly reference: ConversationReference;
}

/**
 * The claimed cards in order, each chunk claimed (one ledger `$batch`) while the chunk before it is being sent,
 * so the senders never wait for a claim after the first. No card is handed out before its claim is written, and
 * none once `stop()` says so (lease lost, ledger failing): a card claimed but not sent stays `sending`, and the
 * next run sends it, once.
 */
async function* claimedAhead(
  chunks: readonly (readonly CardPlan[])[],
  claim: (chunk: readonly CardPlan[]) => Promise<Claimed[]>,
  stop: () => boolean,
): AsyncGenerator<Claimed> {
  const claimFrom = (n: number): Promise<Claimed[]> | undefined => {
    const chunk = chunks[n];
    if (chunk === undefined || stop()) return undefined;
    const claiming = claim(chunk);
    claiming.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    return claiming;
  };
  let next = claimFrom(0);
  for (let n = 0; next !== undefined; n++) {
    const current = await next;
    next = claimFrom(n + 1);
    for (const card of current) {
      if (stop()) return;
      yield card;
    }
  }
}

/**
 * Outcomes written as they become known without holding up the sender: the first at once, and those that
 * arrive while a write is on its way together in the next `$batch` (with their ETags). A crash therefore leaves
 * unrecorded only the cards in flight and the outcomes of at most one write; those are sent again, under the
 * same activity id. A failed write stops the run's sends (see `failed`) and is thrown by `written`.
 */
class OutcomeWriter {
  private waiting: Versioned<ReminderRecord>[] = [];
  private writing: Promise<void> = Promise.resolve();
  private busy = false;
  private failure: { readonly error: unknown } | undefined;

  constructor(private readonly ledger: ReminderLedger) {}

  get failed(): boolean {
    return this.failure !== undefined;
  }

  add(outcome: Versioned<ReminderRecord>): void {
    this.waiting.push(outcome);
    if (!this.busy) this.writing = this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (this.waiting.length > 0 && this.failure === undefined) {
        const batch = this.waiting;
        this.waiting = [];
        await this.ledger.settle(batch);
      }
    } catch (error) {
      this.failure = { error };
    } finally {
      this.busy = false;
    }
  }

  /** Resolves when every outcome added is written; rejects with the first failed write. */
  async written(): Promise<void> {
    await this.writing;
    if (this.failure !== undefined) throw this.failure.error;
  }
}

/**
 * One reminder run: in working hours only, under the lease, everything due for each person in one card.
 * Cards are claimed in the ledger as `sending` a chunk at a time (one batch; a key another run holds is left
 * alone), the next chunk while the current one is being sent; each is sent with the send discipline only after
 * its claim is written, and its outcome written after the connector's answer (ETag), batched with the outcomes
 * that arrive meanwhile, so the limiter alone sets the pace. A card found
 * `sending` from an interrupted run is sent again as it was, with the same activity id. 403/404 forgets the
 * person's conversation; a person with no conversation gets no card and no ledger row (so installing the
 * app later still brings the reminder, within the catch-up days).
 */
export async function runReminders(
  ports: ReminderRunPorts,
  options: ReminderRunOptions,
): Promise<ReminderRunReport> {
  const started = ports.now();
  const at = started.toISOString();
  if (options.ignoreWorkingHours !== true && !isWorkingTime(started, options.settings))
    return { status: "outside-working-hours", at };
  const runDate = options.runDate ?? localTime(started, options.settings.timeZone).date;
  if (!(await ports.lease.take(options.instance, options.leaseMs))) return { status: "lease-held", at };

  let leaseLost = false;
  const renewal = setInterval(() => {
    ports.lease.renew(options.instance, options.leaseMs).then(
      (held) => {
        if (!held) leaseLost = true;
      },
      () => undefined, // a failed renewal is retried at the next tick; the term covers two misses
    );
  }, options.leaseMs / 3);
  try {
    const digests = await collectDigests(ports, runDate, options);
    const people = digests.map((d) => d.personId);
    const records = await ports.ledger.recordsOf(people, addDays(runDate, -options.settings.catchUpDays));
    const plans = planCards(digests, records, runDate);
    await ports.beforeCards?.(plans.map((p) => p.digest));
    const references = new Map(
      (await ports.conversations.find(plans.map((p) => p.digest.personId))).map((r) => [r.personId, r]),
    );
    const cards = {
      sent: 0,
      throttled: 0,
      "recipient-not-found": 0,
      failed: 0,
      resent: 0,
      noConversation: 0,
      claimedElsewhere: 0,
    };
    const givenUp: { personId: string; outcome: ReminderOutcome; lastStatus?: number }[] = [];
    let throttledTries = 0;
    const limiter = options.limiter ?? new SendLimiter();
    const delivery = options.delivery ?? DEFAULT_DELIVERY;

    const sendable = plans.filter((p) => {
      if (references.has(p.digest.personId)) return true;
      cards.noConversation++;
      return false;
    });
    const chunkSize = options.chunkSize ?? 50;
    const chunks: CardPlan[][] = [];
    for (let i = 0; i < sendable.length; i += chunkSize) chunks.push(sendable.slice(i, i + chunkSize));

    const claim = async (chunk: readonly CardPlan[]): Promise<Claimed[]> => {
      const claimedAt = ports.now().toISOString();
      const fresh = chunk.filter((p) => p.interrupted === undefined);
      const claims = await ports.ledger.claim(
        fresh.map((p) => ({
          key: p.key,
          recipientId: p.digest.personId,
          runDate,
          itemKeys: p.digest.reminders.map((r) => r.key),
          activityId: p.activityId,
          state: "sending",
          attempts: 0,
          lastAttemptAt: claimedAt,
        })),
      );
      const claimed: Claimed[] = [];
      fresh.forEach((plan, n) => {
        const record = claims[n];
        const reference = references.get(plan.digest.personId);
        if (record === undefined || record === "taken" || reference === undefined) cards.claimedElsewhere++;
        else claimed.push({ plan, record, reference });
      });
      for (const plan of chunk) {
        const reference = references.get(plan.digest.personId);
        if (plan.interrupted !== undefined && reference !== undefined) {
          cards.resent++;
          claimed.push({ plan, record: plan.interrupted, reference });
        }
      }
      return claimed;
    };

    const outcomes = new OutcomeWriter(ports.ledger);
    const send = async ({ plan, record, reference }: Claimed): Promise<void> => {
      const { card, summary } = ports.cardFor(plan.digest, reference);
      const result = await deliverCard(
        {
          key: plan.key,
          recipientId: plan.digest.personId,
          to: reference,
          activityId: plan.activityId,
          card,
          summary,
        },
        reference.conversationId,
        ports.notifier,
        limiter,
        delivery,
      );
      cards[result.outcome]++;
      throttledTries += result.throttledTries;
      if (result.outcome !== "sent")
        givenUp.push({
          personId: plan.digest.personId,
          outcome: result.outcome,
          lastStatus: result.lastStatus,
        });
      // The outcome goes to the ledger the moment it is known, without waiting for the write: the sender
      // takes the next card while it is on its way.
      outcomes.add({
        value: {
          ...record.value,
          state: result.outcome,
          attempts: record.value.attempts + result.attempts,
          lastAttemptAt: ports.now().toISOString(),
        },
        version: record.version,
      });
      if (result.outcome === "recipient-not-found") await ports.conversations.forget(plan.digest.personId);
    };

    // The senders share one stream of claimed cards, so the limiter, not a chunk's end, sets the pace.
    let senderFailed = false;
    const queue = claimedAhead(chunks, claim, () => leaseLost || senderFailed || outcomes.failed);
    const sender = async (): Promise<void> => {
      try {
        for (let next = await queue.next(); next.done !== true; next = await queue.next())
          await send(next.value);
      } catch (error) {
        senderFailed = true; // the others stop taking cards; what is claimed and unsent is the next run's
        throw error;
      }
    };
    const senders = await Promise.allSettled(
      Array.from({ length: Math.min(options.concurrency ?? 16, sendable.length) }, sender),
    );
    await outcomes.written();
    for (const s of senders) if (s.status === "rejected") throw s.reason;
    return {
      status: leaseLost ? "lease-lost" : "done",
      runDate,
      people: digests.length,
      reminders: digests.reduce((n, d) => n + d.reminders.length, 0),
      cards,
      givenUp,
      throttledTries,
      ms: ports.now().getTime() - started.getTime(),
    };
  } finally {
    clearInterval(renewal);
    await ports.lease.release(options.instance).catch(() => undefined);
  }
}
