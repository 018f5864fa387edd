import { createHash } from "node:crypto";
import type { IsoDate, ReminderRecord, Versioned } from "../domain";
import { withoutDelivered, type PersonDigest } from "./digests";

/**
 * Exactly once, per reminder, with one card per person: a card's ledger key is `<person>:<run date>` (at most
 * one card a person a day, whatever the number of runs), and its record lists the reminder keys it carries. A
 * reminder key already in a card that was sent or is being sent is never put in another card; one in a card
 * that ended throttled, failed or not installed may ride on a later day's card (it never arrived).
 */
export const cardKey = (personId: string, runDate: IsoDate): string => `${personId}:${runDate}`;

/** The card's activity id, the same every time the same card is sent (a resend after a crash included). */
export const activityIdOf = (key: string): string =>
  `mk-${createHash("sha256").update(key).digest("hex").slice(0, 32)}`;

export interface CardPlan {
  readonly key: string;
  readonly digest: PersonDigest;
  readonly activityId: string;
  /** Present for a card interrupted between its claim and its outcome: send it again, as it was. */
  readonly interrupted?: Versioned<ReminderRecord>;
}

const carried = new Set<ReminderRecord["state"]>(["sending", "sent"]);

/** Which cards this run sends: new ones for what is not yet delivered, and interrupted ones again. */
export function planCards(
  digests: readonly PersonDigest[],
  records: readonly Versioned<ReminderRecord>[],
  runDate: IsoDate,
): CardPlan[] {
  const byPerson = new Map<string, Versioned<ReminderRecord>[]>();
  for (const r of records)
    byPerson.set(r.value.recipientId, [...(byPerson.get(r.value.recipientId) ?? []), r]);
  const plans: CardPlan[] = [];
  for (const digest of digests) {
    const key = cardKey(digest.personId, runDate);
    const mine = byPerson.get(digest.personId) ?? [];
    const today = mine.find((r) => r.value.key === key);
    if (today !== undefined) {
      if (today.value.state !== "sending") continue;
      const keys = new Set(today.value.itemKeys);
      plans.push({
        key,
        activityId: today.value.activityId,
        digest: { ...digest, reminders: digest.reminders.filter((r) => keys.has(r.key)) },
        interrupted: today,
      });
      continue;
    }
    const delivered = new Set(
      mine.filter((r) => carried.has(r.value.state)).flatMap((r) => r.value.itemKeys),
    );
    const remaining = withoutDelivered(digest, delivered);
    if (remaining.reminders.length > 0) plans.push({ key, activityId: activityIdOf(key), digest: remaining });
  }
  return plans;
}
