/**
 * `npm start` ends here: one Node process serving the built tab, its settings and, in local mode, the
 * embedded SharePoint site (seeded with the Huddinge demo on first start) and the person picker's people.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { environmentWithFile, loadServerConfig } from "../../config";
import type { GoalStore, TeamLineSource } from "../domain";
import { createSp } from "../sharepoint/pnp/createSp";
import { SharePointGoalStore } from "../sharepoint/stores/goalStore";
import { SharePointTeamLine } from "../sharepoint/stores/teamLine";
import { goalRoutes } from "./api/goalRoutes";
import { teamRoutes } from "./api/teamRoutes";
import { createAppServer, listen, type ApiRoutes } from "./appServer";
import { noVerifiedCallers, unsignedDemoCallers } from "./auth/callerVerifier";
import { serverClock } from "./clock";
import { createLocalMode } from "./local/localMode";

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

async function main(): Promise<void> {
  // config/<env>.env (git-ignored) fills in what the host's environment leaves unset.
  const config = loadServerConfig(environmentWithFile(process.env, process.cwd()), process.cwd());
  if (!existsSync(path.join(config.tabDir, "index.html"))) {
    throw new Error(`No built tab in ${config.tabDir}: run \`npm run build\` (npm start does it for you).`);
  }
  if (config.environment === "local") refuseNetworkUnlessAllowed(config.host, config.allowNetwork);
  const local = config.environment === "local" ? createLocalMode(config) : undefined;
  // Writes go through the use cases with the app's own identity, once the site is ready (production gets
  // its app identity and signed-in callers in a later issue: until then nobody is verified, nothing written).
  let goals: GoalStore | undefined;
  let line: TeamLineSource | undefined;
  const api: ApiRoutes = (router) => {
    router.use(
      goalRoutes({
        goals: () => goals,
        clock: serverClock,
        verifyCaller: local === undefined ? noVerifiedCallers : unsignedDemoCallers,
      }),
    );
    // The overview of the units below a chef: counts only, read with the same app identity.
    router.use(
      teamRoutes({
        line: () => line,
        clock: serverClock,
        verifyCaller: local === undefined ? noVerifiedCallers : unsignedDemoCallers,
      }),
    );
  };
  const server = createAppServer({
    api,
    tabDir: config.tabDir,
    tab: config.tab,
    security: { environment: config.environment, ...config.security },
    favicon: path.resolve(__dirname, "../../manifest/color.png"),
    ...(local === undefined ? {} : { site: local.site, people: local.people }),
  });
  const port = await listen(server, config.port, config.host);
  const shownHost = config.host === "0.0.0.0" ? "localhost" : config.host;
  const origin = `http://${shownHost}:${port}`;
  if (local !== undefined) {
    const app = createSp(await local.prepare(origin));
    goals = new SharePointGoalStore(app);
    line = new SharePointTeamLine(app);
  }

  const shutdown = (): void => {
    server.close();
    server.closeAllConnections();
    local?.close();
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
