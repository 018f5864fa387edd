/** Unsigned (`alg: none`) JWTs: the local site's identity for tests, seeding and the local person picker. */

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

export function unsignedToken(upn: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64url(JSON.stringify({ upn, iat: now, nbf: now, exp: now + 24 * 3600 }));
  return `${header}.${payload}.`;
}

/** The caller's upn from an `Authorization: Bearer <JWT>` header, or undefined when absent or unreadable. */
export function upnFromAuthorization(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+([^.\s]+)\.([^.\s]+)\.?\S*$/i.exec(header.trim());
  const payloadPart = match?.[2];
  if (payloadPart === undefined) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8"));
    if (
      typeof payload === "object" &&
      payload !== null &&
      "upn" in payload &&
      typeof payload.upn === "string"
    ) {
      return payload.upn;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
