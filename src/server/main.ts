/**
 * `npm start` ends here: one Node process serving the built tab, its settings and the API. In local mode also
 * the embedded SharePoint site (seeded with the Huddinge demo on first start) and the person picker's people;
 * in production the API verifies Entra tokens and reaches SharePoint Online as the app's own identity.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { environmentWithFile, loadServerConfig, type ProductionServerConfig } from "../../config";
import type { GoalStore, TeamLineSource } from "../domain";
import { createSp } from "../sharepoint/pnp/createSp";
import { SharePointGoalStore } from "../sharepoint/stores/goalStore";
import { SharePointTeamLine } from "../sharepoint/stores/teamLine";
import { apiRoutes } from "./api/apiRoutes";
import { createAppServer, listen } from "./appServer";
import { unsignedDemoCallers } from "./auth/callerVerifier";
import { serverClock } from "./clock";
import { appSiteConnection } from "./identity/appIdentity";
import { createLocalMode } from "./local/localMode";
import { productionParts } from "./production";

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
  const server = createAppServer(productionParts(config, { site, favicon }));
  const port = await listen(server, config.port, config.host);
  const stop = (): void => {
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
  const local = createLocalMode(config);
  // Writes go through the use cases with the app's own identity, once the site is ready.
  const ready: { goals?: GoalStore; line?: TeamLineSource } = {};
  const server = createAppServer({
    api: apiRoutes({
      goals: () => ready.goals,
      line: () => ready.line,
      clock: serverClock,
      verifyCaller: unsignedDemoCallers,
    }),
    tabDir: config.tabDir,
    tab: config.tab,
    security: { environment: config.environment, ...config.security },
    favicon,
    site: local.site,
    people: local.people,
  });
  const port = await listen(server, config.port, config.host);
  const shownHost = config.host === "0.0.0.0" ? "localhost" : config.host;
  const origin = `http://${shownHost}:${port}`;
  const app = createSp(await local.prepare(origin));
  ready.goals = new SharePointGoalStore(app);
  ready.line = new SharePointTeamLine(app);

  const shutdown = (): void => {
    server.close();
    server.closeAllConnections();
    local.close();
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
