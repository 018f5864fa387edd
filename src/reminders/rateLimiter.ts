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

/** 47/s per app (94 % of Teams' 50), 6/s per conversation (of 7), evenly spaced. */
export const DEFAULT_SEND_LIMITS: SendLimits = {
  perApp: { rate: 47, burst: 1 },
  perConversation: { rate: 6, burst: 1 },
};

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The sends the connector may still count in its current second. It stamps a request somewhere between the
 * moment we send it and the moment its answer reaches us, so the stamps can bunch: sends spaced evenly here
 * arrive together when the network (or a busy event loop) holds some back. A send therefore counts from the
 * moment it goes until a second after its answer came; when fewer than `limit` are counted at every send, no
 * second of the connector's can hold more than `limit` (of any `limit + 1` stamps within a second, the last one
 * sent found the others in flight or answered less than a second before it). `admit` waits until the window has
 * room, then counts the send in flight; `answered` starts its last second.
 */
export class AnswerWindow {
  private inFlight = 0;
  private readonly answers: number[] = [];
  constructor(private readonly limit: number) {}

  /** ms to wait before a send at `now` fits; 0 counts it in flight. */
  admit(now: number): number {
    while (this.answers.length > 0 && (this.answers[0] ?? 0) <= now - 1000) this.answers.shift();
    if (this.inFlight + this.answers.length < this.limit) {
      this.inFlight++;
      return 0;
    }
    // Every counted send still in flight: look again shortly, as one of them is answered.
    const oldest = this.answers[0];
    return oldest === undefined ? 5 : oldest + 1000 - now + 1;
  }

  answered(now: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.answers.push(now);
  }
}

/** The app's bucket and one per conversation; `acquire` waits until both allow a send. */
export class SendLimiter {
  private readonly app: TokenBucket;
  private readonly conversations = new Map<string, TokenBucket>();
  private readonly appWindow: AnswerWindow;

  constructor(
    private readonly limits: SendLimits = DEFAULT_SEND_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.app = new TokenBucket(limits.perApp);
    // Teams counts 50 a second; the window keeps one for requests Teams counts by another clock.
    this.appWindow = new AnswerWindow(49);
  }

  private conversation(id: string): TokenBucket {
    let bucket = this.conversations.get(id);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.limits.perConversation);
      this.conversations.set(id, bucket);
    }
    return bucket;
  }

  /** Waits until a send may go; the send's answer (any, or none) must be reported with `answered`. */
  async acquire(conversationId: string): Promise<void> {
    const now = this.now();
    const conversationAt = this.conversation(conversationId).reserve(now);
    // The app's slot is taken for the moment the conversation allows, so a waiting conversation does not
    // hold the app's capacity meanwhile.
    const at = this.app.reserve(conversationAt);
    const wait = at - now;
    if (wait > 0) await this.sleep(wait);
    for (let more = this.appWindow.admit(this.now()); more > 0; more = this.appWindow.admit(this.now()))
      await this.sleep(more);
  }

  /** The connector answered a send let go by `acquire` (or the send failed without an answer). */
  answered(): void {
    this.appWindow.answered(this.now());
  }

  /** A 429 stalls everyone for its Retry-After (Company Communicator's global throttle flag): no 429 storm. */
  pause(conversationId: string, ms: number): void {
    const until = this.now() + ms;
    this.app.pauseUntil(until);
    this.conversation(conversationId).pauseUntil(until);
  }
}
