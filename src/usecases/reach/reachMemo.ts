/**
 * Reach is counted from every goal and follow-up of the year: about two seconds of reading at municipal scale.
 * Planners and chefs opening Räckvidd on the same morning need not make SharePoint read it all again for
 * each of them: the whole-municipality table is kept for a few minutes (the figures are aggregates over a
 * year; minutes-old is fresh enough), and callers asking while it is being counted wait for that count
 * rather than start their own. Who may see which groups is still decided per request, before the memo.
 */
export interface ReachMemo {
  /** The value for `key` counted less than the memo's lifetime before `nowMs`, else `count()`'s. */
  remember<T>(key: string, nowMs: number, count: () => Promise<T>): Promise<T>;
}

interface Kept {
  readonly at: number;
  readonly value: Promise<unknown>;
}

export function createReachMemo(lifetimeMs: number): ReachMemo {
  const kept = new Map<string, Kept>();
  return {
    remember<T>(key: string, nowMs: number, count: () => Promise<T>): Promise<T> {
      for (const [k, entry] of kept) if (nowMs - entry.at >= lifetimeMs) kept.delete(k);
      const fresh = kept.get(key);
      if (fresh !== undefined) return fresh.value as Promise<T>;
      const value = count();
      kept.set(key, { at: nowMs, value });
      // A failed count is not kept: the next caller tries again.
      value.catch(() => {
        if (kept.get(key)?.value === value) kept.delete(key);
      });
      return value;
    },
  };
}
