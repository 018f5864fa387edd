import path from "node:path";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Production: the tab talks to SharePoint Online and signs in with nested app auth.
 * There is no local site and no person picker; missing settings fail validation at start.
 */
export function productionSettings(env: Env, root: string): unknown {
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
    },
  };
}
