import { createNestablePublicClientApplication, LogLevel } from "@azure/msal-browser";
import type { TabConfig } from "../../config/schema";
import { createDelegatedTokens, type DelegatedTokens } from "./delegatedTokens";

/**
 * The real MSAL behind `DelegatedTokens`. Only the production tab imports this, and only dynamically, so
 * MSAL (≈70 KB gzipped) is a chunk of its own that local mode never loads.
 */

/** The page Entra sends popups, hidden frames and redirects back to (its own small webpack entry). */
export const redirectPath = "/redirect.html";

/** SharePoint's delegated token covers every site of the tenant: `https://<tenant>.sharepoint.com/.default`. */
export function sharePointScope(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/.default`;
}

/** How long a hidden frame (silent sign-in outside Teams) may take before it counts as failed. */
const silentFrameTimeoutMs = 6000;

export interface SignInStart {
  readonly config: Extract<TabConfig, { mode: "production" }>;
  /** The tab's own origin, where `redirect.html` is served. */
  readonly origin: string;
  /** Teams' context's login hint (inside Teams). */
  readonly loginHint: string | undefined;
  readonly inTeams: boolean;
}

/**
 * `createNestablePublicClientApplication`: nested app auth when Teams offers it, standard MSAL otherwise.
 * Call after teams-js' `app.initialize()` (nested app auth talks through the bridge it sets up). A redirect
 * that just came back is finished here, before anything asks for a token.
 */
export async function startMsalSignIn(start: SignInStart): Promise<DelegatedTokens> {
  const msal = await createNestablePublicClientApplication({
    auth: {
      clientId: start.config.clientId,
      authority: `https://login.microsoftonline.com/${start.config.tenantId}`,
      redirectUri: new URL(redirectPath, start.origin).toString(),
    },
    cache: { cacheLocation: "sessionStorage" },
    system: {
      iframeBridgeTimeout: silentFrameTimeoutMs,
      // Nothing personal and never a token in a log: errors only, their text without PII.
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Error,
        loggerCallback: (level, message, containsPii) => {
          if (level === LogLevel.Error && !containsPii) console.error(`Inloggning: ${message}`);
        },
      },
    },
  });
  const returned = await msal.handleRedirectPromise();
  if (returned?.account) msal.setActiveAccount(returned.account);
  return createDelegatedTokens(msal, {
    scopes: { sharepoint: [sharePointScope(start.config.siteUrl)], api: [start.config.apiScope] },
    loginHint: start.loginHint,
    redirectFallback: !start.inTeams,
  });
}
