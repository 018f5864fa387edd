import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One message as Teams' connector would receive it. */
export interface CapturedMessage {
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity: Readonly<Record<string, unknown>>;
  readonly at: number;
}

export interface LocalConnectorOptions {
  /** Requests per second per app (Teams: 50). */
  readonly perAppPerSecond?: number;
  /** Requests per second per conversation (Teams: 7). */
  readonly perConversationPerSecond?: number;
  /** Answer 429 to this fraction of otherwise acceptable sends (0–1). */
  readonly throttleFraction?: number;
  /** The Retry-After this connector asks for, in seconds (Teams gives whole seconds; tests go shorter). */
  readonly retryAfterSeconds?: number;
  /** Only these conversations exist (others answer 404, as for a person who removed the app); all if absent. */
  readonly conversations?: ReadonlySet<string>;
  /** Deterministic randomness for the fraction. */
  readonly random?: () => number;
}

export interface LocalConnector {
  /** The `serviceUrl` to store with conversation references, ending in `/`. */
  readonly serviceUrl: string;
  /** Every accepted message, once per activity id and conversation (replies to an activity included). */
  readonly captured: readonly CapturedMessage[];
  /** Every replaced activity (`PUT …/activities/{id}`, as a bot updates a card it sent), in order. */
  readonly updated: readonly CapturedMessage[];
  readonly stats: {
    requests: number;
    /** 429s because a limit was reached (the sender went too fast). */
    limitRejections: number;
    /** 429s asked for by `throttleFraction`. */
    injectedThrottles: number;
    /** Sends of an activity id already accepted (a resend after a crash): answered 200, not delivered again. */
    duplicates: number;
    notFound: number;
  };
  /** The most requests seen in any one-second window, per app and per conversation. */
  peakPerSecond(): { app: number; conversation: number };
  close(): Promise<void>;
}

const window = 1000;

/**
 * A stand-in for Teams' Bot Connector on loopback: `POST /v3/conversations/{id}/activities` (or
 * `…/activities/{replyToId}`, a reply) captures the message, `PUT …/activities/{id}` records a replaced
 * activity, and the limits Teams enforces are enforced here (every request counts, as in Teams): over 50 a
 * second for the app or 7 a second for one conversation answers 429 with `Retry-After`. It is an idempotent
 * receiver: an activity id it already accepted in a conversation is answered 200 and not delivered again.
 */
export async function startLocalConnector(options: LocalConnectorOptions = {}): Promise<LocalConnector> {
  const perApp = options.perAppPerSecond ?? 50;
  const perConversation = options.perConversationPerSecond ?? 7;
  const random = options.random ?? Math.random;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const captured: CapturedMessage[] = [];
  const updated: CapturedMessage[] = [];
  const seen = new Set<string>();
  const appTimes: number[] = [];
  const conversationTimes = new Map<string, number[]>();
  const allTimes: { at: number; conversationId: string }[] = [];
  const stats = { requests: 0, limitRejections: 0, injectedThrottles: 0, duplicates: 0, notFound: 0 };

  const recent = (times: number[], now: number): number => {
    while (times.length > 0 && (times[0] ?? 0) <= now - window) times.shift();
    return times.length;
  };

  const answer = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/.exec(req.url ?? "");
    const replaced = req.method === "PUT" && match?.[2] !== undefined;
    if ((req.method !== "POST" && !replaced) || match === null)
      return answer(res, 404, { error: { code: "NotFound" } });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const conversationId = decodeURIComponent(match[1] ?? "");
    const now = Date.now();
    stats.requests++;
    const mine = conversationTimes.get(conversationId) ?? [];
    conversationTimes.set(conversationId, mine);
    const overApp = recent(appTimes, now) >= perApp;
    const overConversation = recent(mine, now) >= perConversation;
    appTimes.push(now);
    mine.push(now);
    allTimes.push({ at: now, conversationId });
    if (overApp || overConversation) {
      stats.limitRejections++;
      return answer(res, 429, { error: { code: "Throttled" } }, { "retry-after": retryAfter });
    }
    if (options.conversations !== undefined && !options.conversations.has(conversationId)) {
      stats.notFound++;
      return answer(res, 404, { error: { code: "ConversationNotFound" } });
    }
    if (random() < (options.throttleFraction ?? 0)) {
      stats.injectedThrottles++;
      return answer(res, 429, { error: { code: "Throttled" } }, { "retry-after": retryAfter });
    }
    let activity: Record<string, unknown>;
    try {
      activity = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      return answer(res, 400, { error: { code: "BadArgument" } });
    }
    if (replaced) {
      const activityId = decodeURIComponent(match[2] ?? "");
      updated.push({ conversationId, activityId, activity, at: now });
      return answer(res, 200, { id: activityId });
    }
    const activityId = typeof activity["id"] === "string" ? activity["id"] : `local-${captured.length}`;
    const identity = `${conversationId}\n${activityId}`;
    if (seen.has(identity)) {
      stats.duplicates++;
      return answer(res, 200, { id: activityId });
    }
    seen.add(identity);
    captured.push({ conversationId, activityId, activity, at: now });
    return answer(res, 201, { id: activityId });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => answer(res, 500, { error: { code: "InternalError" } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const peak = (times: readonly number[]): number => {
    let most = 0;
    let start = 0;
    for (let end = 0; end < times.length; end++) {
      while ((times[end] ?? 0) - (times[start] ?? 0) >= window) start++;
      most = Math.max(most, end - start + 1);
    }
    return most;
  };

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    captured,
    updated,
    stats,
    peakPerSecond: () => {
      const byConversation = new Map<string, number[]>();
      for (const t of allTimes)
        byConversation.set(t.conversationId, [...(byConversation.get(t.conversationId) ?? []), t.at]);
      return {
        app: peak(allTimes.map((t) => t.at)),
        conversation: Math.max(0, ...[...byConversation.values()].map(peak)),
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
