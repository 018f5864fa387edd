import type { BrowserContext, Frame, Page } from "playwright-core";
import type { DirectoryPerson } from "../../../src/contracts/directory";
import { storageKeys } from "../../../src/tab/app/platform/platform";
import type { RunningApp } from "../../../scripts/harness";

/** What the simulated Teams client tells the tab (Teams' "legacy" context fields, as sent over postMessage). */
export interface TeamsHostContext {
  readonly locale: string;
  /** "default" | "dark" | "contrast" */
  readonly theme: string;
  /** "content" for a tab, "settings" for the team tab's configuration page. */
  readonly frameContext: string;
  readonly subEntityId?: string;
  readonly userPrincipalName?: string;
  /** A frame that is not Teams: receives the tab's calls and never answers. */
  readonly silent?: boolean;
}

export interface TeamsHostMessage {
  readonly func: string;
  readonly args: readonly unknown[];
}

export interface TeamsHost {
  readonly page: Page;
  /** The tab, framed as Teams frames it. */
  readonly tab: Frame;
  /** Teams pushes a theme change, as when the user switches theme in Teams. */
  readonly changeTheme: (theme: string) => Promise<void>;
  /** Teams' Save button on a configuration page. */
  readonly pressSave: () => Promise<void>;
  /** Every call the tab made to Teams, in order. */
  readonly messages: () => Promise<TeamsHostMessage[]>;
}

/**
 * The host side of teams-js's postMessage protocol, enough for the tab's start-up: answers `initialize`
 * (an old-style runtime version, so teams-js derives Teams' capabilities), `getContext`, settings calls;
 * records everything. Served on the app's own origin, which teams-js accepts as a valid parent.
 */
function hostPage(tabUrl: string, context: TeamsHostContext): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teams (simulated)</title></head>
<body style="margin:0"><iframe id="tab" title="Målkedjan" style="border:0;width:100vw;height:100vh"></iframe>
<script>
  const context = ${JSON.stringify(context)};
  const frame = document.getElementById("tab");
  window.received = [];
  window.addEventListener("message", (event) => {
    const message = event.data;
    if (!message || typeof message.func !== "string") return;
    window.received.push({ func: message.func, args: message.args || [] });
    if (context.silent) return;
    const reply = (args) =>
      frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, "*");
    if (message.func === "initialize") reply([context.frameContext, "web", "2.0.0", "2.0.0"]);
    else if (message.func === "getContext")
      reply([{ ...context, hostClientType: "web", entityId: "malkedjan", appSessionId: "e2e" }]);
    else if (message.func === "settings.setSettings") reply([true]);
  });
  window.changeTheme = (theme) => frame.contentWindow.postMessage({ func: "themeChange", args: [theme] }, "*");
  window.pressSave = () => frame.contentWindow.postMessage({ func: "settings.save", args: [{}] }, "*");
  frame.src = ${JSON.stringify(tabUrl)};
</script></body></html>`;
}

interface HostWindow {
  received: TeamsHostMessage[];
  changeTheme: (theme: string) => void;
  pressSave: () => void;
}

/**
 * Opens the tab inside a simulated Teams client and waits for the tab's shell. In local mode a `person`
 * is remembered first, as if picked (Teams' own sign-in is a later issue).
 */
export async function openInTeams(
  context: BrowserContext,
  app: RunningApp,
  teams: TeamsHostContext,
  options: { readonly route?: string; readonly person?: DirectoryPerson } = {},
): Promise<TeamsHost> {
  const route = options.route ?? "";
  const page = await context.newPage();
  await page.goto(new URL("config.json", app.url).toString());
  await page.evaluate(
    ({ key, person }) => {
      localStorage.clear();
      if (person !== null) localStorage.setItem(key, person);
    },
    { key: storageKeys.person, person: options.person === undefined ? null : JSON.stringify(options.person) },
  );
  const hostUrl = new URL("__teams-host", app.url).toString();
  await page.route(hostUrl, (r) =>
    r.fulfill({
      contentType: "text/html; charset=utf-8",
      body: hostPage(new URL(route, app.url).toString(), teams),
    }),
  );
  await page.goto(hostUrl);
  const frameElement = await page.waitForSelector("iframe#tab");
  const tab = await frameElement.contentFrame();
  if (tab === null) throw new Error("the Teams host has no tab frame");
  await tab.getByRole("banner").waitFor();
  return {
    page,
    tab,
    changeTheme: (theme) => page.evaluate((t) => (window as unknown as HostWindow).changeTheme(t), theme),
    pressSave: () => page.evaluate(() => (window as unknown as HostWindow).pressSave()),
    messages: () => page.evaluate(() => (window as unknown as HostWindow).received),
  };
}
