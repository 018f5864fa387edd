/**
 * E2E support: start the real app server with a fresh seeded data dir, drive Debian Chromium, open the tab
 * as a demo person with a theme and language, check accessibility, take screenshots.
 */
export {
  chromiumPath,
  demoPeople,
  demoPerson,
  ensureTabBuilt,
  launchBrowser,
  repoRoot,
  startApp,
  tabDir,
  type RunningApp,
  type StartOptions,
  type TestBrowser,
} from "../../../scripts/harness";
export { openTab, waitForViewReady, type OpenOptions } from "./tab";
export { runAxe, seriousOrCritical, type AxeViolation } from "./axe";
export { screenshot, screenshotDir } from "./screenshot";
export { openInTeams, type TeamsHost, type TeamsHostContext, type TeamsHostMessage } from "./teamsHost";
export { expectedHeaderColours, headerColours } from "./theme";
export { settle } from "./settle";
export { useAppAndBrowser, type E2eSession } from "./session";
export { startProductionApp } from "./production";
