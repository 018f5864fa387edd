import { unauthorized } from "../http/errors";
import { upnFromAuthorization } from "../identity/token";
import type { Caller } from "../security/caller";
import type { Site } from "./site";

/**
 * The caller an `Authorization` header names, or a 401. Cheap (a parse and a cached lookup), so the HTTP
 * layer calls it before reading a body and the REST layer again for each request or $batch part.
 */
export function callerOf(site: Site, authorization: string | undefined): Caller {
  const upn = upnFromAuthorization(authorization);
  if (upn === undefined)
    throw unauthorized(
      "Access denied. Before opening files in this location, you must first sign in (no bearer token).",
    );
  const caller = site.scopes.callerByUpn(upn);
  if (caller === undefined) throw unauthorized(`Access denied. The user '${upn}' is not known to this site.`);
  return caller;
}
