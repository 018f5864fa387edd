/** How often and how long to wait before asking Kolada again after a 429, a 5xx or no answer. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly capMs: number;
  /** The longest `Retry-After` honoured; a longer one is waited this long. */
  readonly retryAfterCapMs: number;
}

export const defaultRetry: RetryPolicy = {
  maxAttempts: 4,
  baseMs: 500,
  capMs: 8000,
  retryAfterCapMs: 60_000,
};

/** Statuses worth another try: throttled, or the server's trouble. */
export const isRetryable = (status: number): boolean => status === 429 || status >= 500;

/** Full jitter: a random wait up to base·2^(n−1), capped (`random` in [0, 1)). */
export const backoffMs = (policy: RetryPolicy, failedAttempts: number, random: () => number): number =>
  Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failedAttempts - 1)));

/** `Retry-After` as delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number, policy: RetryPolicy): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(policy.retryAfterCapMs, Math.max(0, ms));
}
