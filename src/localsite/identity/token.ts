/**
 * Unsigned (`alg: none`) JWTs: the local site's identities — people for tests, seeding and the local person
 * picker, and app-only callers modelled on an Entra app with Sites.Selected. The one encoder of the repo:
 * browser-safe (btoa/atob and TextEncoder/TextDecoder only), so the Teams tab imports this file directly.
 * SharePoint Online would refuse every one of these tokens.
 */

/** The app id of Målkedjan's own Entra app as the local site knows it (granted fullcontrol by default). */
export const LOCAL_APP_ID = "4d616c6b-6564-4a61-8e00-00000000a991";

/** The tenant the local site belongs to: app-only tokens must name it in `tid`. */
export const LOCAL_TENANT_ID = "4d616c6b-6564-4a61-8e00-0000000074e1";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Base64url without padding, from UTF-8 text. */
function base64UrlEncode(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 text from base64url (padding optional); undefined when it is not valid base64url or UTF-8. */
function base64UrlDecode(part: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  try {
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function unsigned(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64UrlEncode(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64UrlEncode(JSON.stringify({ ...claims, iat: now, nbf: now, exp: now + 24 * 3600 }));
  return `${header}.${payload}.`;
}

/** A person's token: the payload names the person by `upn`. */
export function unsignedToken(upn: string): string {
  return unsigned({ upn });
}

/**
 * An app-only token as Entra issues one for an app with application permissions: `appid` and `idtyp: "app"`,
 * the tenant in `tid`, no `upn`. The local site lets it in when the app is granted (LocalSiteOptions.appGrants).
 */
export function appOnlyToken(appId: string, tenantId: string = LOCAL_TENANT_ID): string {
  return unsigned({ appid: appId, idtyp: "app", tid: tenantId });
}

/** Who a token names: a person, or an app acting on its own. */
export type TokenIdentity = { kind: "user"; upn: string } | { kind: "app"; appId: string; tenantId: string };

/** The identity of an `Authorization: Bearer <JWT>` header, or undefined when absent or unreadable. */
export function identityFromAuthorization(header: string | undefined): TokenIdentity | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+([^.\s]+)\.([^.\s]+)\.?\S*$/i.exec(header.trim());
  const payloadPart = match?.[2];
  if (payloadPart === undefined) return undefined;
  const text = base64UrlDecode(payloadPart);
  if (text === undefined) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof payload !== "object" || payload === null) return undefined;
  const claims = payload as Record<string, unknown>;
  if (typeof claims.upn === "string") return { kind: "user", upn: claims.upn };
  const { appid, tid, idtyp } = claims;
  if (
    idtyp === "app" &&
    typeof appid === "string" &&
    typeof tid === "string" &&
    GUID.test(appid) &&
    GUID.test(tid)
  )
    return { kind: "app", appId: appid.toLowerCase(), tenantId: tid.toLowerCase() };
  return undefined;
}

/** The caller's upn from an `Authorization: Bearer <JWT>` header, or undefined when absent or not a person. */
export function upnFromAuthorization(header: string | undefined): string | undefined {
  const identity = identityFromAuthorization(header);
  return identity?.kind === "user" ? identity.upn : undefined;
}
