import type { TokenProvider } from "./tokenProvider";

/** Base64url without padding, from UTF-8 text; browser-safe (no Buffer). */
function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * An unsigned JWT (`alg: none`) naming a person by UPN. Only the local site accepts it:
 * it is how local mode acts as a demo person. SharePoint Online would reject it.
 */
export function unsignedToken(upn: string): string {
  const header = base64Url(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64Url(JSON.stringify({ upn }));
  return `${header}.${payload}.`;
}

/** Local mode's token provider: always the picked person's unsigned token. */
export function localTokenProvider(upn: string): TokenProvider {
  const token = unsignedToken(upn);
  return { getToken: () => Promise.resolve(token) };
}
