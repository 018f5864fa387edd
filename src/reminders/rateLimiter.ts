/**
 * Token buckets as GCRA reservations: each send reserves the next moment its bucket allows and waits for it,
 * so many concurrent senders share a limit fairly and no window of one second ever holds more than
 * `burst - 1 + rate` sends. Teams allows 50 requests a second per app and 7 a second per conversation
 * (stack-notes); the defaults stay below both with room for timer jitter.
 */
export interface BucketLimits {
  /** Sends per second, sustained. */
  readonly rate: number;
  /** Sends allowed at once after a quiet spell (1 = evenly spaced). */
  readonly burst: number;
}

export class TokenBucket {
  private tat = 0;
  constructor(private readonly limits: BucketLimits) {}

  /** Reserves one send: the instant (ms) at which it may go, at or after `now`. */
  reserve(now: number): number {
    const interval = 1000 / this.limits.rate;
    const tolerance = (this.limits.burst - 1) * interval;
    const at = Math.max(now, this.tat - tolerance);
    this.tat = Math.max(at, this.tat) + interval;
    return at;
  }

  /** Nothing goes before `until` (the connector said 429 with Retry-After). */
  pauseUntil(until: number): void {
    this.tat = Math.max(this.tat, until);
  }
}

export interface SendLimits {
  readonly perApp: BucketLimits;
  readonly perConversation: BucketLimits;
}

/** 46/s per app (92 % of Teams' 50), 6/s per conversation (of 7), evenly spaced. */
export const DEFAULT_SEND_LIMITS: SendLimits = {
  perApp: { rate: 46, burst: 1 },
  perConversation: { rate: 6, burst: 1 },
};

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The app's bucket and one per conversation; `acquire` waits until both allow a send. */
export class SendLimiter {
  private readonly app: TokenBucket;
  private readonly conversations = new Map<string, TokenBucket>();

  constructor(
    private readonly limits: SendLimits = DEFAULT_SEND_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.app = new TokenBucket(limits.perApp);
  }

  private conversation(id: string): TokenBucket {
    let bucket = this.conversations.get(id);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.limits.perConversation);
      this.conversations.set(id, bucket);
    }
    return bucket;
  }

  async acquire(conversationId: string): Promise<void> {
    const now = this.now();
    const conversationAt = this.conversation(conversationId).reserve(now);
    // The app's slot is taken for the moment the conversation allows, so a waiting conversation does not
    // hold the app's capacity meanwhile.
    const at = this.app.reserve(conversationAt);
    const wait = at - now;
    if (wait > 0) await this.sleep(wait);
  }

  /** A 429 stalls everyone for its Retry-After (Company Communicator's global throttle flag): no 429 storm. */
  pause(conversationId: string, ms: number): void {
    const until = this.now() + ms;
    this.app.pauseUntil(until);
    this.conversation(conversationId).pauseUntil(until);
  }
}
