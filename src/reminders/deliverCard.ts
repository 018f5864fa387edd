import type { Notifier, ReminderCardDelivery, ReminderOutcome, SendAttempt } from "../domain";
import { DEFAULT_BACKOFF, nextBackoff, type BackoffOptions } from "./backoff";
import { realSleep, type SendLimiter, type Sleep } from "./rateLimiter";

export interface DeliveryOptions {
  /** Tries in all before the card is given up (`throttled` or `failed`). */
  readonly maxAttempts: number;
  readonly backoff: BackoffOptions;
  readonly random: () => number;
  readonly sleep: Sleep;
}

export const DEFAULT_DELIVERY: DeliveryOptions = {
  maxAttempts: 6,
  backoff: DEFAULT_BACKOFF,
  random: Math.random,
  sleep: realSleep,
};

export interface DeliveryResult {
  readonly outcome: ReminderOutcome;
  readonly attempts: number;
  /** The last HTTP status when it did not end in `sent`. */
  readonly lastStatus?: number;
  /** How many tries were answered 429. */
  readonly throttledTries: number;
}

/**
 * Company Communicator's send discipline for one card: wait for the limiter, send, and retry only 429, 412,
 * 5xx and network failures (the notifier classifies), with decorrelated jitter that never undercuts a
 * Retry-After; a 429 also pauses every other send. 403/404 end at once as not installed, anything else as
 * failed; after `maxAttempts` the card is given up as throttled (when the last answer was 429) or failed.
 */
export async function deliverCard(
  delivery: ReminderCardDelivery,
  conversationId: string,
  notifier: Notifier,
  limiter: SendLimiter,
  options: DeliveryOptions = DEFAULT_DELIVERY,
): Promise<DeliveryResult> {
  let previous = 0;
  let throttledTries = 0;
  let lastStatus = 0;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    await limiter.acquire(conversationId);
    let answer: SendAttempt;
    try {
      answer = await notifier.send(delivery);
    } finally {
      limiter.answered();
    }
    if (answer.kind === "sent") return { outcome: "sent", attempts: attempt, throttledTries };
    if (answer.kind === "not-installed")
      return { outcome: "recipient-not-found", attempts: attempt, lastStatus: answer.status, throttledTries };
    if (answer.kind === "failed")
      return { outcome: "failed", attempts: attempt, lastStatus: answer.status, throttledTries };
    lastStatus = answer.status;
    if (answer.status === 429) {
      throttledTries++;
      limiter.pause(conversationId, answer.retryAfterMs ?? options.backoff.baseMs);
    }
    if (attempt === options.maxAttempts) break;
    previous = nextBackoff(previous, options.backoff, options.random, answer.retryAfterMs);
    await options.sleep(previous);
  }
  return {
    outcome: lastStatus === 429 ? "throttled" : "failed",
    attempts: options.maxAttempts,
    lastStatus,
    throttledTries,
  };
}
