import { upnFromAuthorization } from "../../localsite/identity/token";
import type { VerifiedCaller } from "../../usecases";

/** Establishes who calls the API from the request's `Authorization` header; undefined means nobody (401). */
export type CallerVerifier = (authorization: string | undefined) => Promise<VerifiedCaller | undefined>;

/**
 * Local mode: the unsigned demo tokens the person picker makes. Only ever on loopback: the local server
 * listens on 127.0.0.1 and refuses requests for any other host name.
 */
export const unsignedDemoCallers: CallerVerifier = (authorization) => {
  const upn = upnFromAuthorization(authorization);
  return Promise.resolve(upn === undefined ? undefined : { personId: upn.toLowerCase() });
};
// Production verifies Entra access tokens: see entraCallers.ts.
