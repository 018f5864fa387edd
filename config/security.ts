/**
 * What the server's security headers allow, as data: which pages may frame the tab and which origins the tab
 * may call. The server turns this into its Content-Security-Policy (src/server/http/security.ts).
 */

/**
 * The Microsoft 365 hosts that frame a Teams tab (Microsoft's "Prerequisites" for tab pages: Teams,
 * Microsoft 365, Outlook, and `*.cloud.microsoft`, where all of them are moving). Only these may frame the
 * tab in production.
 */
export const teamsFrameAncestors = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.cloud.microsoft",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook-sdf.office.com",
  "https://outlook-sdf.office365.com",
] as const;

/**
 * teams-js fetches its current list of valid host origins from Microsoft's CDN when it loads (and falls back
 * to the list it ships with when that fails). Path-scoped: nothing else on that CDN.
 */
export const teamsJsValidOriginsSource = "https://res.cdn.office.net/teams-js/";

/**
 * Where MSAL gets tokens outside nested app auth (the tab opened in a browser, and MSAL's own metadata):
 * Microsoft Entra's sign-in host. Inside Teams the host hands tokens over without a request from the tab.
 */
export const entraSignInSource = "https://login.microsoftonline.com";

/** The origin of an https URL (`https://huddinge.sharepoint.com`), or undefined when it is not one. */
export function httpsOrigin(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
