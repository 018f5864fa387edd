import type { ProductionServerConfig } from "../../../config/schema";
import type { SiteConnection } from "../../sharepoint/pnp/createSp";
import { readAppCertificate, type AppCertificate } from "./appCertificate";
import { msalClientCredentials, sharePointScope } from "./msalAppToken";
import { cachedToken } from "./tokenCache";

export interface AppSiteConnection extends SiteConnection {
  readonly certificate: AppCertificate;
}

/**
 * How production reaches its SharePoint site as the app's own identity (Entra app with Sites.Selected on the
 * site): the certificate read and checked now, so a bad one stops the start; tokens got lazily, cached and
 * renewed before they expire.
 */
export function appSiteConnection(
  config: Pick<ProductionServerConfig, "siteUrl" | "entra" | "appCertificate">,
  siteUrl: string = config.siteUrl,
): AppSiteConnection {
  const certificate = readAppCertificate(config.appCertificate);
  const acquire = msalClientCredentials({ ...config.entra, certificate }, sharePointScope(siteUrl));
  return { siteUrl, getToken: cachedToken(acquire), certificate };
}
