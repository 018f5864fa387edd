/**
 * `npm run provision -- [--site <web url>] [--token <bearer token>]`
 * Creates or brings up to date every list, column and index of Målkedjan's schema in a SharePoint site.
 * Idempotent: a second run changes nothing and says so.
 * - Local site (default `http://localhost:3979/sites/styrning`): no arguments needed; it runs as
 *   admin@malkedjan.local with an unsigned local token.
 * - SharePoint Online: `--site https://<tenant>.sharepoint.com/sites/styrning` and a token for
 *   `https://<tenant>.sharepoint.com/.default` with full control of the site, given as `--token` or in the
 *   `SHAREPOINT_TOKEN` environment variable (e.g. `az account get-access-token --resource https://<tenant>.sharepoint.com`).
 */
import { parseArgs } from "node:util";
import { unsignedToken } from "../src/localsite";
import { createSp } from "../src/sharepoint/pnp/createSp";
import { provisionSite } from "../src/sharepoint/provision";

export const defaultSite = "http://localhost:3979/sites/styrning";

/** The site and token from arguments or environment; an unsigned admin token for a local site. */
export function siteFromArgs(values: { site?: string; token?: string }): { siteUrl: string; token: string } {
  const siteUrl = (values.site ?? process.env.SHAREPOINT_SITE ?? defaultSite).replace(/\/+$/, "");
  const token = values.token ?? process.env.SHAREPOINT_TOKEN;
  if (token !== undefined && token !== "") return { siteUrl, token };
  const host = new URL(siteUrl).hostname;
  if (host === "localhost" || host === "127.0.0.1")
    return { siteUrl, token: unsignedToken("admin@malkedjan.local") };
  throw new Error(`A token is needed for ${siteUrl}: pass --token or set SHAREPOINT_TOKEN`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: "string" }, token: { type: "string" } },
    strict: true,
  });
  const { siteUrl, token } = siteFromArgs(values);
  const started = Date.now();
  const report = await provisionSite(createSp({ siteUrl, getToken: () => token }));
  if (report.changes.length === 0) {
    console.log(`Nothing to change: ${siteUrl} already matches the schema (${Date.now() - started} ms).`);
  } else {
    for (const change of report.changes) console.log(`- ${change}`);
    console.log(`${report.changes.length} changes made to ${siteUrl} in ${Date.now() - started} ms.`);
  }
}

if (process.argv[1]?.endsWith("provision.ts")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
