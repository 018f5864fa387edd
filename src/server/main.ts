/**
 * `npm start` ends here: one Node process serving the built tab, its settings and, in local mode, the
 * embedded SharePoint site (seeded with the Huddinge demo on first start) and the person picker's people.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadServerConfig } from "../../config";
import { createAppServer, listen } from "./appServer";
import { createLocalMode } from "./local/localMode";

async function main(): Promise<void> {
  const config = loadServerConfig(process.env, process.cwd());
  if (!existsSync(path.join(config.tabDir, "index.html"))) {
    throw new Error(`No built tab in ${config.tabDir}: run \`npm run build\` (npm start does it for you).`);
  }
  const local = config.environment === "local" ? createLocalMode(config) : undefined;
  const server = createAppServer({
    tabDir: config.tabDir,
    tab: config.tab,
    security: { environment: config.environment, ...config.security },
    favicon: path.resolve(__dirname, "../../manifest/color.png"),
    ...(local === undefined ? {} : { site: local.site, people: local.people }),
  });
  const port = await listen(server, config.port, config.host);
  const shownHost = config.host === "0.0.0.0" ? "localhost" : config.host;
  const origin = `http://${shownHost}:${port}`;
  await local?.prepare(origin);

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
