import type { LastFollowUp } from "../cards";
import type { AwaitingAgreement, DueReminder } from "./whatIsDue";

/** Everything due for one person in one run: one card. */
export interface PersonDigest {
  readonly personId: string;
  /** In due-date order, each key once. */
  readonly reminders: readonly DueReminder[];
  /** For a chef: the team's goals waiting for their agreement (shown on the card, not counted as reminders). */
  readonly awaitingAgreement: readonly AwaitingAgreement[];
  /** What the card shows beside each goal reminder's title (goalNotes.ts); absent where not gathered. */
  readonly goalNotes?: ReadonlyMap<string, GoalNote>;
}

/** A goal reminder's chain, top down (målområde → … → activity; empty for the basuppdrag), and last follow-up. */
export interface GoalNote {
  readonly chain: readonly string[];
  readonly lastFollowUp?: LastFollowUp;
}

/**
 * Gathers reminders (from any number of pages) into one digest per person. A person with only goals awaiting
 * agreement and nothing due gets no card from that alone: the list rides along on a card sent anyway.
 */
export class DigestCollector {
  private readonly reminders = new Map<string, Map<string, DueReminder>>();
  private readonly awaiting = new Map<string, Map<string, AwaitingAgreement>>();

  add(reminders: readonly DueReminder[], awaiting: ReadonlyMap<string, readonly AwaitingAgreement[]>): void {
    for (const r of reminders) {
      const mine = this.reminders.get(r.personId) ?? new Map<string, DueReminder>();
      mine.set(r.key, r);
      this.reminders.set(r.personId, mine);
    }
    for (const [chefId, goals] of awaiting) {
      const mine = this.awaiting.get(chefId) ?? new Map<string, AwaitingAgreement>();
      for (const g of goals) mine.set(g.goalId, g);
      this.awaiting.set(chefId, mine);
    }
  }

  /** One digest per person with something due, in person-id order. */
  digests(): PersonDigest[] {
    return [...this.reminders.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([personId, mine]) => ({
        personId,
        reminders: [...mine.values()].sort(
          (a, b) => a.item.dueDate.localeCompare(b.item.dueDate) || a.key.localeCompare(b.key),
        ),
        awaitingAgreement: [...(this.awaiting.get(personId)?.values() ?? [])].sort((a, b) =>
          a.title.localeCompare(b.title, "sv"),
        ),
      }));
  }
}

/** The digest without the reminders already delivered (or claimed) in an earlier card. */
export const withoutDelivered = (digest: PersonDigest, delivered: ReadonlySet<string>): PersonDigest => ({
  ...digest,
  reminders: digest.reminders.filter((r) => !delivered.has(r.key)),
});
