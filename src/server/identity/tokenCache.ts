import type { TokenSource } from "../../sharepoint/pnp/behaviors";

/** An access token and when it stops working (ms since the epoch). */
export interface AccessToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Gets a fresh token from wherever tokens come from (Entra through MSAL in production). */
export type AcquireToken = () => Promise<AccessToken>;

export interface TokenCacheOptions {
  /** How long before expiry a token is replaced (default 5 minutes), at most half its lifetime. */
  readonly refreshBeforeMs?: number;
  readonly now?: () => number;
}

/**
 * The app identity's token for every request: one token kept until shortly before it expires, then one
 * acquisition shared by everyone who asks meanwhile. A failed acquisition is not kept: the next request
 * tries again. Nothing here is state that matters between instances (each gets its own token).
 */
export function cachedToken(acquire: AcquireToken, options: TokenCacheOptions = {}): TokenSource {
  const refreshBefore = options.refreshBeforeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let current: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const renew = (): Promise<string> => {
    const startedAt = now();
    inFlight = acquire()
      .then(({ token, expiresAt }) => {
        const lifetime = Math.max(0, expiresAt - startedAt);
        current = { token, refreshAt: expiresAt - Math.min(refreshBefore, lifetime / 2) };
        return token;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return () => {
    if (current !== undefined && now() < current.refreshAt) return Promise.resolve(current.token);
    return inFlight ?? renew();
  };
}
