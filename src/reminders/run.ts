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
  /** Cards claimed, sent and settled together (one ledger round trip each way): about a second of sends. */
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
  for await (const page of ports.loadPages(dueWindow(runDate, options.settings))) {
    collector.add(remindersOn(page, runDate, options.settings, options.calendar), awaitingAgreementOf(page));
  }
  return collector.digests();
}

async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * One reminder run: in working hours only, under the lease, everything due for each person in one card.
 * For each chunk of cards: claim them in the ledger as `sending` (one batch; a key another run holds is left
 * alone), send each with the send discipline and write its outcome as soon as it is known (ETag). A card found
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
    for (let i = 0; i < sendable.length && !leaseLost; i += chunkSize) {
      const chunk = sendable.slice(i, i + chunkSize);
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
      const toSend: {
        plan: CardPlan;
        record: Versioned<ReminderRecord>;
        reference: ConversationReference;
      }[] = [];
      fresh.forEach((plan, n) => {
        const claim = claims[n];
        const reference = references.get(plan.digest.personId);
        if (claim === undefined || claim === "taken" || reference === undefined) cards.claimedElsewhere++;
        else toSend.push({ plan, record: claim, reference });
      });
      for (const plan of chunk) {
        const reference = references.get(plan.digest.personId);
        if (plan.interrupted !== undefined && reference !== undefined) {
          cards.resent++;
          toSend.push({ plan, record: plan.interrupted, reference });
        }
      }

      await inPool(toSend, options.concurrency ?? 16, async ({ plan, record, reference }) => {
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
        if (result.outcome === "recipient-not-found") await ports.conversations.forget(plan.digest.personId);
        // Each outcome is written the moment it is known (not with the chunk): a crash then leaves at most
        // the cards in flight unrecorded, and only those are sent again, under the same activity id.
        await ports.ledger.settle([
          {
            value: {
              ...record.value,
              state: result.outcome,
              attempts: record.value.attempts + result.attempts,
              lastAttemptAt: ports.now().toISOString(),
            },
            version: record.version,
          },
        ]);
      });
    }
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
