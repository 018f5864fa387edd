/**
 * `npm run provision -- [--site <web url>] [--token <bearer token>]`
 * Creates or brings up to date every list, column and index of Målkedjan's schema in a SharePoint site, and
 * its permission model: staff only read (the site's Members and Visitors groups hold Read, not Edit), and
 * every personal folder grants Read to its medarbetare and their current chef only, as the site's own
 * Organisation and Personer lists say (a site from before staff were readers is moved: Edit and Contribute
 * become Read); and every individual goal's NextDue, the column reminder runs read (filled on a site from
 * before it; reads both personal lists whole). Idempotent: a second run changes nothing and says so.
 * - Local site (default `http://localhost:3979/sites/styrning`): no arguments needed; it runs as
 *   admin@malkedjan.local with an unsigned local token.
 * - SharePoint Online as the app's own identity: `MALKEDJAN_ENV=production npm run provision`, with the
 *   server's production settings (SHAREPOINT_SITE_URL, the Entra app and its certificate; config/production.env
 *   or the environment). The app needs Sites.Selected with full control of the site.
 * - Or with a token got by hand: `--site https://<tenant>.sharepoint.com/sites/styrning` and a token for
 *   `https://<tenant>.sharepoint.com/.default` with full control of the site, given as `--token` or in the
 *   `SHAREPOINT_TOKEN` environment variable (e.g. `az account get-access-token --resource https://<tenant>.sharepoint.com`).
 */
import { parseArgs } from "node:util";
import {
  describePersonalAccess,
  personalReadersFromSite,
  syncPersonalAccess,
} from "../src/sharepoint/admin/personalAccess";
import { fillNextDue } from "../src/sharepoint/admin/fillNextDue";
import { provisionSite } from "../src/sharepoint/provision";
import { connectSiteFromEnvironment } from "../src/server/identity/connectSite";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: "string" }, token: { type: "string" } },
    strict: true,
  });
  const { sp, siteUrl, actingAs } = connectSiteFromEnvironment(process.env, values);
  console.log(`Provisioning ${siteUrl} as ${actingAs} …`);
  const started = Date.now();
  const report = await provisionSite(sp);
  const access = await syncPersonalAccess(sp, await personalReadersFromSite(sp));
  // Goals from before the NextDue column (or changed by hand) get it, so reminder runs do not pass them by.
  const nextDue = await fillNextDue(sp);
  const changes = [
    ...report.changes,
    ...describePersonalAccess(access),
    ...(nextDue === 0 ? [] : [`set the next due date (NextDue) on ${nextDue} individual goals`]),
  ];
  if (changes.length === 0) {
    console.log(
      `Nothing to change: ${siteUrl} already matches the schema and its permissions (${Date.now() - started} ms).`,
    );
  } else {
    for (const change of changes) console.log(`- ${change}`);
    console.log(`${changes.length} changes made to ${siteUrl} in ${Date.now() - started} ms.`);
  }
}

if (process.argv[1]?.endsWith("provision.ts")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
