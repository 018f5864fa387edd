import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";

/** Who Entra says signed in, from a verified access token for the app's own API. */
export interface EntraSignIn {
  /** `oid`: the person's object id in the tenant; it never changes. */
  readonly objectId?: string;
  /** `preferred_username` (or `upn`), lower case: the fallback when the organisation has no object id yet. */
  readonly userPrincipalName?: string;
}

export interface EntraTokenSettings {
  readonly tenantId: string;
  readonly clientId: string;
  /** Where the app is reached: its host names the API's resource `api://<host>/<clientId>`. */
  readonly publicOrigin: string;
  /** The tenant's signing keys; Entra's published key set unless a test gives its own. */
  readonly keys?: JWTVerifyGetKey;
  /** Leeway for clocks that differ (default 60 s). */
  readonly clockToleranceSeconds?: number;
}

/** The scope the tab asks for when it calls the API (exposed on the Entra app registration). */
export const apiScopeName = "access_as_user";

/** Entra's published signing keys for one tenant (v2.0 endpoint), fetched when needed and cached by jose. */
export function tenantSigningKeys(tenantId: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`));
}

/** The tenant's signing keys could not be fetched: nobody can be verified now (500, logged; not the caller's fault). */
export class SigningKeysUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `The tenant's signing keys could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "SigningKeysUnavailableError";
  }
}

/** What jose says about a token itself (as opposed to fetching keys): the token is refused, nothing logged. */
const tokenFaults = new Set([
  errors.JWTClaimValidationFailed.code,
  errors.JWTExpired.code,
  errors.JWTInvalid.code,
  errors.JWSInvalid.code,
  errors.JWSSignatureVerificationFailed.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JWKInvalid.code,
]);

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** Whether the token carries the API's delegated scope (`scp` is space-separated; app-only tokens have none). */
function hasApiScope(payload: JWTPayload): boolean {
  return (text(payload["scp"]) ?? "").split(" ").includes(apiScopeName);
}

/**
 * Verifies an Entra access token for the app's own API: RS256 only (so `alg: none` and HMAC never pass),
 * signed by one of the tenant's keys, issued by the tenant's v2.0 issuer for this app (its client id, or
 * `api://<host>/<clientId>`), not expired, for this tenant (`tid`), with the `access_as_user` scope.
 * Undefined for any token that does not pass; throws only when the keys cannot be fetched. The token is
 * never logged or put in an error.
 */
export function entraTokenVerifier(
  settings: EntraTokenSettings,
): (token: string) => Promise<EntraSignIn | undefined> {
  const { tenantId, clientId } = settings;
  const keys = settings.keys ?? tenantSigningKeys(tenantId);
  const audience = [clientId, `api://${new URL(settings.publicOrigin).host}/${clientId}`];
  const issuer = `https://login.microsoftonline.com/${tenantId}/v2.0`;
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        issuer,
        audience,
        clockTolerance: settings.clockToleranceSeconds ?? 60,
        requiredClaims: ["exp", "iat", "tid"],
      }));
    } catch (error: unknown) {
      if (error instanceof errors.JOSEError && tokenFaults.has(error.code)) return undefined;
      throw new SigningKeysUnavailableError(error);
    }
    if (payload["tid"] !== tenantId || !hasApiScope(payload)) return undefined;
    const objectId = text(payload["oid"]);
    const userPrincipalName = (text(payload["preferred_username"]) ?? text(payload["upn"]))?.toLowerCase();
    if (objectId === undefined && userPrincipalName === undefined) return undefined;
    return {
      ...(objectId === undefined ? {} : { objectId }),
      ...(userPrincipalName === undefined ? {} : { userPrincipalName }),
    };
  };
}
