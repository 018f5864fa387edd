import { ConfidentialClientApplication, LogLevel } from "@azure/msal-node";
import type { AppCertificate } from "./appCertificate";
import type { AcquireToken } from "./tokenCache";

export interface AppIdentity {
  readonly tenantId: string;
  readonly clientId: string;
  readonly certificate: AppCertificate;
}

/** The resource SharePoint Online app-only tokens are for: `https://<tenant>.sharepoint.com/.default`. */
export function sharePointScope(siteUrl: string): string {
  return `${new URL(siteUrl).origin}/.default`;
}

/**
 * The app's own token for `scope`, by client credentials with the certificate (SharePoint Online refuses
 * app-only tokens got with a client secret). MSAL signs a client assertion with the private key and sends the
 * certificate (x5c). MSAL's own logging stays at warnings, without personal data or tokens.
 */
export function msalClientCredentials(identity: AppIdentity, scope: string): AcquireToken {
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: identity.clientId,
      authority: `https://login.microsoftonline.com/${identity.tenantId}`,
      clientCertificate: {
        thumbprintSha256: identity.certificate.thumbprintSha256,
        privateKey: identity.certificate.privateKey,
        x5c: identity.certificate.x5c,
      },
    },
    system: {
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (level, message) => {
          if (level <= LogLevel.Warning) console.warn(`Målkedjan (app identity): ${message}`);
        },
      },
    },
  });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
    if (result === null || result.accessToken === "" || result.expiresOn === null)
      throw new Error(`Entra gave the app no token for ${scope}`);
    return { token: result.accessToken, expiresAt: result.expiresOn.getTime() };
  };
}
