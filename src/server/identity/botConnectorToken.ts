import type { ProductionServerConfig } from "../../../config/schema";
import { readAppCertificate } from "./appCertificate";
import { msalClientCredentials } from "./msalAppToken";
import { cachedToken } from "./tokenCache";

/** What the Bot Connector (Teams' proactive messages) takes app-only tokens for. */
export const botConnectorScope = "https://api.botframework.com/.default";

/**
 * The bot's token to the Bot Connector: the same certificate and client-credentials flow as the app's
 * SharePoint identity, for the bot's Entra app (BOT_APP_ID, the app registration itself unless told
 * otherwise), cached until near expiry. Read from our own validated settings, not the SDK's own variables.
 */
export function botConnectorToken(
  config: Pick<ProductionServerConfig, "entra" | "appCertificate" | "botAppId">,
): () => Promise<string> {
  const certificate = readAppCertificate(config.appCertificate);
  const acquire = msalClientCredentials(
    { tenantId: config.entra.tenantId, clientId: config.botAppId ?? config.entra.clientId, certificate },
    botConnectorScope,
  );
  const token = cachedToken(acquire);
  return async () => token();
}
