/**
 * Decorrelated jitter (AWS Architecture Blog's "Exponential Backoff And Jitter"): each wait is random between
 * the base and three times the previous one, capped; a connector's Retry-After is a floor, never shortened.
 */
export interface BackoffOptions {
  readonly baseMs: number;
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 250, capMs: 10_000 };

export function nextBackoff(
  previousMs: number,
  options: BackoffOptions,
  random: () => number,
  retryAfterMs?: number,
): number {
  const upper = Math.max(options.baseMs, previousMs * 3);
  const jittered = Math.min(options.capMs, options.baseMs + random() * (upper - options.baseMs));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(
  header: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (header === null || header === undefined || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
