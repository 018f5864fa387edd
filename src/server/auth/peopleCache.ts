import type { Person } from "../../domain";
import type { SignedInPeople } from "./entraCallers";

export interface PeopleCacheOptions {
  /** How long an answer is kept (default 60 s): a chef change or a leaver counts within a minute. */
  readonly ttlMs?: number;
  /** At most this many answers are kept (default 10,000, about everyone in a large municipality). */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

/**
 * A short memory of who is who, so each API call does not read the organisation again. Per instance and
 * short-lived: SharePoint stays the store, so instances behind a load balancer agree within `ttlMs`. Failed
 * reads are not kept.
 */
export function cachedPeople(people: SignedInPeople, options: PeopleCacheOptions = {}): SignedInPeople {
  const ttl = options.ttlMs ?? 60_000;
  const max = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const kept = new Map<string, { until: number; answer: Promise<Person | undefined> }>();

  const remembered = (key: string, read: () => Promise<Person | undefined>): Promise<Person | undefined> => {
    const hit = kept.get(key);
    if (hit !== undefined && now() < hit.until) return hit.answer;
    kept.delete(key);
    if (kept.size >= max) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    const answer = read();
    kept.set(key, { until: now() + ttl, answer });
    answer.catch(() => kept.delete(key));
    return answer;
  };

  return {
    byObjectId: (objectId) => remembered(`oid:${objectId.toLowerCase()}`, () => people.byObjectId(objectId)),
    byKey: (key) => remembered(`key:${key.toLowerCase()}`, () => people.byKey(key)),
  };
}
