/**
 * Starting the real app and a real Chromium, shared by the e2e tests and the tab benchmark (scripts never
 * import tests/).
 */
export { startApp, type RunningApp, type StartOptions } from "./app";
export { ensureTabBuilt, repoRoot, tabDir } from "./build";
export { launchBrowser, chromiumPath, type TestBrowser } from "./browser";
export { demoPeople, demoPerson } from "./people";
export {
  startLocalConnector,
  type CapturedMessage,
  type LocalConnector,
  type LocalConnectorOptions,
} from "./localConnector";
export { startLocalKolada, type LocalKolada, type LocalKoladaOptions } from "./localKolada";
