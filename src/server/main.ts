/**
 * `npm start` ends here: one Node process serving the built tab, its settings and the API. In local mode also
 * the embedded SharePoint site (seeded with the Huddinge demo on first start) and the person picker's people;
 * in production the API verifies Entra tokens and reaches SharePoint Online as the app's own identity.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { environmentWithFile, loadServerConfig, type ProductionServerConfig } from "../../config";
import { createAppServer, listen } from "./appServer";
import { appSiteConnection } from "./identity/appIdentity";
import { startLocalServer } from "./local/startLocal";
import { createSp } from "../sharepoint/pnp/createSp";
import { productionParts } from "./production";
import { municipalityFromEnvironment } from "../report";
import { startReminderSchedule } from "./reminders/schedule";

const loopback = new Set(["127.0.0.1", "::1", "localhost"]);

/** Local mode trusts unsigned tokens: it stays on loopback unless someone says otherwise on purpose. */
function refuseNetworkUnlessAllowed(host: string, allowed: boolean): void {
  if (loopback.has(host)) return;
  if (!allowed) {
    throw new Error(
      `Local mode listens on loopback only: HOST=${host} would let anyone on the network act as anyone ` +
        "(the local site accepts unsigned tokens). Set MALKEDJAN_ALLOW_NETWORK=1 if that is what you mean.",
    );
  }
  console.warn(
    `Målkedjan: WARNING – local mode listens on ${host}. Unsigned tokens are accepted: anyone who reaches this machine can act as anyone.`,
  );
}

/** Production: Entra-verified callers, SharePoint Online as the app's own identity, nothing local. */
async function startProduction(config: ProductionServerConfig, favicon: string): Promise<void> {
  // The certificate is read and checked now: a bad one stops the start, naming its variable.
  const site = appSiteConnection(config);
  // MUNICIPALITY_NAME may sit in config/production.env like the other settings.
  const municipality = municipalityFromEnvironment(environmentWithFile(process.env, process.cwd()));
  const server = createAppServer(productionParts(config, { site, favicon, municipality }));
  const port = await listen(server, config.port, config.host);
  // The cards' "Öppna i Målkedjan" opens the Teams tab when the app's Teams id is known, else the web page.
  const tabLink =
    config.teamsAppId === undefined ? { origin: config.publicOrigin } : { teamsAppId: config.teamsAppId };
  const stopReminders = startReminderSchedule(createSp(site), tabLink);
  const stop = (): void => {
    stopReminders();
    server.close();
    server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log(
    `Målkedjan (production) for ${config.publicOrigin}, SharePoint ${config.siteUrl} as the app ` +
      `(certificate ${site.certificate.thumbprintSha256}, valid to ${site.certificate.validTo.toISOString().slice(0, 10)})`,
  );
  // The e2e harness waits for exactly this line.
  console.log(`Målkedjan: http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/`);
}

async function main(): Promise<void> {
  // config/<env>.env (git-ignored) fills in what the host's environment leaves unset.
  const config = loadServerConfig(environmentWithFile(process.env, process.cwd()), process.cwd());
  if (!existsSync(path.join(config.tabDir, "index.html"))) {
    throw new Error(`No built tab in ${config.tabDir}: run \`npm run build\` (npm start does it for you).`);
  }
  const favicon = path.resolve(__dirname, "../../manifest/color.png");
  if (config.environment === "production") {
    await startProduction(config, favicon);
    return;
  }
  refuseNetworkUnlessAllowed(config.host, config.allowNetwork);
  const { origin, sp, close } = await startLocalServer(config, favicon);
  const stopReminders = startReminderSchedule(sp, { origin });

  const shutdown = (): void => {
    stopReminders();
    void close();
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  // The e2e harness and the bench wait for exactly this line.
  console.log(`Målkedjan: ${origin}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
