import path from "node:path";
import { httpsOrigin, teamsFrameAncestors, teamsJsValidOriginsSource } from "./security";

type Env = Readonly<Record<string, string | undefined>>;

/** A comma-separated list, or undefined when the variable is unset or blank. */
function list(value: string | undefined): string[] | undefined {
  const items = (value ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== "");
  return items.length === 0 ? undefined : items;
}

/** The app's own API scope, from where it is reached and its client id; undefined when either is missing. */
export function apiScopeOf(
  publicOrigin: string | undefined,
  clientId: string | undefined,
): string | undefined {
  const origin = httpsOrigin(publicOrigin);
  if (origin === undefined || clientId === undefined) return undefined;
  return `api://${new URL(origin).host}/${clientId}/access_as_user`;
}

/**
 * Production: the tab talks to SharePoint Online and signs in with nested app auth.
 * There is no local site and no person picker; missing settings fail validation at start.
 * `ALLOWED_HOSTS` (comma-separated host names) makes the server refuse requests for any other host.
 */
export function productionSettings(env: Env, root: string): unknown {
  const sharePointOrigin = httpsOrigin(env.SHAREPOINT_SITE_URL);
  const allowedHosts = list(env.ALLOWED_HOSTS);
  return {
    environment: "production",
    port: env.PORT === undefined ? 3978 : Number(env.PORT),
    host: env.HOST ?? "0.0.0.0",
    tabDir: path.resolve(root, env.TAB_DIR ?? "dist/tab"),
    tab: {
      mode: "production",
      siteUrl: env.SHAREPOINT_SITE_URL,
      clientId: env.AAD_APP_CLIENT_ID,
      tenantId: env.AAD_APP_TENANT_ID,
      apiScope: apiScopeOf(env.PUBLIC_ORIGIN, env.AAD_APP_CLIENT_ID),
    },
    security: {
      // Only Teams and the other Microsoft 365 hosts may frame the tab.
      frameAncestors: [...teamsFrameAncestors],
      // The tab reads SharePoint Online directly with the person's token.
      connectSources: [
        "'self'",
        teamsJsValidOriginsSource,
        ...(sharePointOrigin === undefined ? [] : [sharePointOrigin]),
      ],
      ...(allowedHosts === undefined ? {} : { allowedHosts }),
    },
  };
}
