import type { TimelinePipe } from "@pnp/core";
import type { IQueryableInternal, Queryable } from "@pnp/queryable";

/** Supplies a bearer token per request: MSAL in the tab, an unsigned local token in local mode. */
export type TokenSource = () => Promise<string> | string;

/**
 * Sets `Authorization: Bearer …` in the auth stage. PnPjs clears the auth stage on requests inside a batch
 * and runs it once for the `$batch` POST, so a batch asks for one token, not one per part.
 */
export function BearerTokenFrom(getToken: TokenSource): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      const token = await getToken();
      init.headers = { ...init.headers, Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/** A token source that can be told to skip its cache (MSAL's `forceRefresh`). */
export type RefreshableTokenSource = (options: {
  readonly forceRefresh: boolean;
}) => Promise<string> | string;

/**
 * A 401 means SharePoint did not take the token (expired early, revoked, a new consent): ask for a fresh one
 * once and send the request once more with it; a second 401 is returned as it is (no loop). Nothing was
 * processed under a 401, so writes are safe to send again too. Wraps the send stage, so it goes after the
 * fetch behavior (`FetchWithRetry`) and, being outside it, a throttled retry is not refreshed for.
 */
export function RefreshTokenOnUnauthorized(getToken: RefreshableTokenSource): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    const [send] = instance.on.send.toArray();
    if (send === undefined) throw new Error("RefreshTokenOnUnauthorized goes after the behavior that sends");
    instance.on.send.replace(async function (
      this: IQueryableInternal,
      url: URL,
      init: RequestInit,
    ): Promise<Response> {
      const first = (await Reflect.apply(send, this, [url, init])) as Response;
      if (first.status !== 401) return first;
      await first.arrayBuffer().catch(() => undefined);
      const token = await getToken({ forceRefresh: true });
      const again = { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } };
      return (await Reflect.apply(send, this, [url, again])) as Response;
    });
    return instance;
  };
}

/** Microsoft asks callers to decorate traffic so throttling can tell apps apart. */
export const clientTag = "NONISV|Malkedjan|Malkedjan/0.1";

/** Runs after PnPjs's own telemetry tag (added earlier in `pre`) and replaces it with ours. */
export function DecorateTraffic(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...init.headers, "User-Agent": clientTag, "X-ClientService-ClientTag": clientTag };
      return [url, init, result];
    });
    return instance;
  };
}

/** Counts HTTP round trips (a whole `$batch` is one): what the round-trip table is measured with. */
export interface RequestCounter {
  count: number;
  urls: string[];
}

export function createRequestCounter(): RequestCounter {
  return { count: 0, urls: [] };
}

/**
 * Counts in the auth stage, which PnPjs runs exactly once per HTTP request it sends (batched parts skip it);
 * a throttled request re-sent by `FetchWithRetry` (inside the send stage) is not counted again.
 */
export function CountRequests(counter: RequestCounter): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      counter.count += 1;
      counter.urls.push(url.toString());
      return [url, init];
    });
    return instance;
  };
}
