import { spfi, type SPFI } from "@pnp/sp";
import { DefaultParse } from "@pnp/queryable";
import { DefaultHeaders, DefaultInit } from "@pnp/sp";
import {
  BearerTokenFrom,
  CountRequests,
  DecorateTraffic,
  type RequestCounter,
  type TokenSource,
} from "./behaviors";
import { FetchWithRetry, type RetryOptions } from "./retry";

/** Everything needed to talk to one site as one person (or as the app identity). */
export interface SiteConnection {
  /** Absolute web URL, e.g. `http://localhost:3979/sites/styrning` or `https://tenant.sharepoint.com/sites/styrning`. */
  siteUrl: string;
  getToken: TokenSource;
  /** Test/bench only: counts round trips. */
  counter?: RequestCounter;
  /** Throttling: tries in all (default 10) and the backoff's base and ceiling (250 ms, 30 s). */
  retry?: RetryOptions;
}

/**
 * The one place our PnPjs root is configured. Runs in the browser and in Node 20 (global fetch);
 * no digest behavior, because a bearer token makes SharePoint skip the form digest.
 */
export function createSp(connection: SiteConnection): SPFI {
  const sp = spfi(connection.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    FetchWithRetry(connection.retry),
    DefaultParse(),
    DecorateTraffic(),
    BearerTokenFrom(connection.getToken),
  );
  return connection.counter === undefined ? sp : sp.using(CountRequests(connection.counter));
}
