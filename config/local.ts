import path from "node:path";
import { teamsFrameAncestors, teamsJsValidOriginsSource } from "./security";

type Env = Readonly<Record<string, string | undefined>>;

const siteBaseName = "/sites/styrning";

/** Local mode: everything on one laptop, the local site embedded, demo people to act as. */
export function localSettings(env: Env, root: string): unknown {
  return {
    environment: "local",
    port: env.PORT === undefined ? 3978 : Number(env.PORT),
    host: env.HOST ?? "127.0.0.1",
    tabDir: path.resolve(root, env.TAB_DIR ?? "dist/tab"),
    localSite: {
      path: siteBaseName,
      dataDir: path.resolve(root, env.LOCALSITE_DATA ?? ".localsite"),
      seed: env.LOCALSITE_SEED ?? "demo",
      ...(env.LOCALSITE_THROTTLE === undefined || env.LOCALSITE_THROTTLE === ""
        ? {}
        : { throttle: env.LOCALSITE_THROTTLE }),
    },
    allowNetwork: env.MALKEDJAN_ALLOW_NETWORK === "1",
    tab: { mode: "local", siteUrl: siteBaseName, personPicker: true },
    security: {
      // The e2e tests frame the tab in a simulated Teams client served from the app's own origin.
      frameAncestors: ["'self'", ...teamsFrameAncestors],
      // The local site is on the app's own origin.
      connectSources: ["'self'", teamsJsValidOriginsSource],
      allowedHosts: "loopback",
    },
  };
}
