import { unsignedToken } from "../localsite/identity/token";
import type { TokenProvider } from "./tokenProvider";

/**
 * Local mode acts as the picked demo person with the local site's own unsigned token (one encoder in the
 * repo, browser-safe). SharePoint Online would reject it; production never takes this path.
 */
export { unsignedToken };

/** Local mode's token provider: a fresh unsigned token naming the picked person on every call. */
export function localTokenProvider(upn: string): TokenProvider {
  return { getToken: () => Promise.resolve(unsignedToken(upn)) };
}
