import { unauthorized } from "../http/errors";
import { identityFromAuthorization, type TokenIdentity } from "../identity/token";
import type { Caller } from "../security/caller";
import type { Site } from "./site";

/** Decoded headers: a caller sends the same token on every request (bounded; starts over when full). */
const identities = new Map<string, TokenIdentity | undefined>();

function identityOf(authorization: string): TokenIdentity | undefined {
  if (identities.has(authorization)) return identities.get(authorization);
  if (identities.size >= 1000) identities.clear();
  const identity = identityFromAuthorization(authorization);
  identities.set(authorization, identity);
  return identity;
}

/**
 * The caller an `Authorization` header names — a person by `upn`, or a granted app by an app-only token —
 * or a 401. Cheap (a parse and a cached lookup), so the HTTP layer calls it before reading a body and the
 * REST layer again for each request or $batch part.
 */
export function callerOf(site: Site, authorization: string | undefined): Caller {
  if (authorization === undefined)
    throw unauthorized(
      "Access denied. Before opening files in this location, you must first sign in (no bearer token).",
    );
  const identity = identityOf(authorization);
  if (identity === undefined)
    throw unauthorized("Access denied. The bearer token names neither a person (upn) nor an app (appid).");
  if (identity.kind === "app") {
    const app = site.scopes.callerForApp(identity.appId, identity.tenantId);
    if (app === undefined)
      throw unauthorized(
        `Access denied. The app '${identity.appId}' of tenant '${identity.tenantId}' has no permission on this site.`,
      );
    return app;
  }
  const caller = site.scopes.callerByUpn(identity.upn);
  if (caller === undefined)
    throw unauthorized(`Access denied. The user '${identity.upn}' is not known to this site.`);
  return caller;
}
