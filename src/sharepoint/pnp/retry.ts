import type { TimelinePipe } from "@pnp/core";
import type { IQueryableInternal, Queryable } from "@pnp/queryable";

/**
 * Riding out SharePoint's throttling. A request is sent again only when SharePoint said it did not process
 * it: 429 (throttled) and 503 (server too busy) for any request; 504 (a gateway gave up waiting — the server
 * behind it may have finished the write) and network failures only for reads. So nothing is ever written
 * twice. `Retry-After` is honoured (never retried earlier), otherwise exponential backoff with full jitter.
 */

/** What `SiteConnection.retry` may set. */
export interface RetryOptions {
  /** Tries in all, the first included (default 10). */
  attempts?: number;
  /** First backoff ceiling and the spread added to a `Retry-After` wait (default 250 ms). */
  baseMs?: number;
  /** Ceiling of the exponential backoff (default 30 s). `Retry-After` is honoured even when longer. */
  maxMs?: number;
}

export interface RetrySettings {
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
}

export const defaultRetry: RetrySettings = { attempts: 10, baseMs: 250, maxMs: 30_000 };

export function retrySettings(options: RetryOptions = {}): RetrySettings {
  const settings = { ...defaultRetry, ...dropUndefined(options) };
  if (!Number.isInteger(settings.attempts) || settings.attempts < 1)
    throw new RangeError(`retry.attempts must be a whole number ≥ 1, not ${settings.attempts}`);
  if (!(settings.baseMs >= 0)) throw new RangeError(`retry.baseMs must be ≥ 0, not ${settings.baseMs}`);
  if (!(settings.maxMs >= settings.baseMs))
    throw new RangeError(`retry.maxMs must be ≥ retry.baseMs, not ${settings.maxMs}`);
  return settings;
}

function dropUndefined(options: RetryOptions): Partial<RetrySettings> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/** GET, HEAD and OPTIONS change nothing, so sending them twice is harmless. MERGE and DELETE travel as POST. */
export function isIdempotent(method: string): boolean {
  const m = method.toUpperCase();
  return m === "GET" || m === "HEAD" || m === "OPTIONS";
}

/** Whether an answer with this status says "not processed, try again" for this method. */
export function isRetryableStatus(status: number, method: string): boolean {
  if (status === 429 || status === 503) return true;
  return status === 504 && isIdempotent(method);
}

/**
 * `Retry-After` in milliseconds from `nowMs`: delta-seconds (`"1"`, `"120"`) or an HTTP date (a date already
 * past is 0). Undefined when absent or unreadable, so the caller backs off on its own.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined; // "-1", "1.5": neither form
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * How long to wait before retry number `retry` (1 for the first retry). With `Retry-After`: that long plus up
 * to `baseMs`, so callers throttled together do not all come back in the same millisecond. Without: full
 * jitter, uniformly in [0, min(maxMs, baseMs · 2^(retry−1))). `random` returns [0, 1) like `Math.random`.
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  settings: RetrySettings,
  random: () => number,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs + Math.floor(random() * settings.baseMs);
  const ceiling = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** What the behavior reaches outside itself; replaced in unit tests. */
export interface RetryEnvironment {
  fetch(url: string, init: RequestInit): Promise<Response>;
  sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
  random(): number;
  now(): number;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const realEnvironment: RetryEnvironment = {
  fetch: (url, init) => fetch(url, init),
  sleep,
  random: Math.random,
  now: Date.now,
};

const isAbort = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";

/** Reads and drops a refused answer's body, so its keep-alive connection is free for the retry. */
async function discard(response: Response): Promise<void> {
  try {
    await response.arrayBuffer();
  } catch {
    // Nothing to free.
  }
}

/**
 * Our send stage, shaped like PnPjs's `BrowserFetchWithRetry` (it clears `send` and registers one fetch that
 * retries inside itself). The auth stage runs once before `send`, so a retried request asks for one token
 * and is counted once by `CountRequests`. When the tries are used up the last answer is returned as it is,
 * so the parse stage throws SharePoint's own 429/503 error; a network failure is rethrown.
 */
export function FetchWithRetry(
  options: RetryOptions = {},
  environment: Partial<RetryEnvironment> = {},
): TimelinePipe<Queryable> {
  const settings = retrySettings(options);
  const env: RetryEnvironment = { ...realEnvironment, ...environment };
  return (instance: Queryable) => {
    instance.on.send.clear();
    instance.on.send(async function (
      this: IQueryableInternal,
      url: URL,
      init: RequestInit,
    ): Promise<Response> {
      const method = (init.method ?? "GET").toUpperCase();
      const target = url.toString();
      for (let attempt = 1; ; attempt += 1) {
        let response: Response | undefined;
        try {
          this.log(`Fetch: ${method} ${target}`, 0);
          response = await env.fetch(target, init);
        } catch (error) {
          if (isAbort(error) || !isIdempotent(method) || attempt >= settings.attempts) throw error;
        }
        if (response !== undefined) {
          if (attempt >= settings.attempts || !isRetryableStatus(response.status, method)) return response;
        }
        const retryAfter =
          response === undefined
            ? undefined
            : parseRetryAfter(response.headers.get("Retry-After"), env.now());
        const wait = retryDelayMs(attempt, retryAfter, settings, env.random);
        this.log(
          `Try ${attempt} of ${settings.attempts} ${response === undefined ? "failed to connect" : `answered ${response.status}`}: ${method} ${target} again in ${wait} ms`,
          1,
        );
        if (response !== undefined) await discard(response);
        await env.sleep(wait, init.signal);
      }
    });
    return instance;
  };
}
