import type { SPFI } from "@pnp/sp";
import { environmentWithFile, loadServerConfig } from "../../../config";
import { unsignedToken } from "../../localsite";
import { createSp } from "../../sharepoint/pnp/createSp";
import { appSiteConnection } from "./appIdentity";

type Env = Readonly<Record<string, string | undefined>>;

/** The local site `npm run localsite` serves. */
export const defaultLocalSite = "http://localhost:3979/sites/styrning";

export interface SiteArguments {
  /** A site other than the configured one (`--site`). */
  readonly site?: string;
  /** A bearer token someone got by hand (`--token`, or `SHAREPOINT_TOKEN`): used as it is. */
  readonly token?: string;
}

export interface ConnectedSite {
  readonly sp: SPFI;
  readonly siteUrl: string;
  /** Who the scripts act as, for their first line of output. */
  readonly actingAs: string;
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * How a script (provisioning, seeding, the organisation import) reaches the site:
 * - a token given by hand (`--token`/`SHAREPOINT_TOKEN`) is used as it is, for `--site`/`SHAREPOINT_SITE`;
 * - `MALKEDJAN_ENV=production`: the app's own identity (certificate, client credentials) for the configured
 *   SHAREPOINT_SITE_URL, with the same settings and checks as the server (`config/production.env` included);
 * - otherwise the local site, as its administrator with an unsigned token (loopback only).
 */
export function connectSiteFromEnvironment(
  env: Env,
  args: SiteArguments = {},
  root: string = process.cwd(),
): ConnectedSite {
  const token = args.token ?? (env.SHAREPOINT_TOKEN === "" ? undefined : env.SHAREPOINT_TOKEN);
  const given = args.site ?? env.SHAREPOINT_SITE;
  if (token !== undefined) {
    const siteUrl = trimmed(given ?? defaultLocalSite);
    return { sp: createSp({ siteUrl, getToken: () => token }), siteUrl, actingAs: "the given token" };
  }
  if (env.MALKEDJAN_ENV === "production") {
    const config = loadServerConfig(environmentWithFile(env, root), root);
    if (config.environment !== "production")
      throw new Error("MALKEDJAN_ENV=production gave no production settings");
    const connection = appSiteConnection(config, trimmed(given ?? config.siteUrl));
    return {
      sp: createSp(connection),
      siteUrl: connection.siteUrl,
      actingAs: `the app identity (certificate ${connection.certificate.thumbprintSha256.slice(0, 12)}…)`,
    };
  }
  const siteUrl = trimmed(given ?? defaultLocalSite);
  if (!loopbackHosts.has(new URL(siteUrl).hostname)) {
    throw new Error(
      `A token is needed for ${siteUrl}: set MALKEDJAN_ENV=production to act as the app identity, or pass --token (SHAREPOINT_TOKEN)`,
    );
  }
  const admin = unsignedToken("admin@malkedjan.local");
  return {
    sp: createSp({ siteUrl, getToken: () => admin }),
    siteUrl,
    actingAs: "admin@malkedjan.local (local site)",
  };
}

const trimmed = (url: string): string => url.replace(/\/+$/, "");
