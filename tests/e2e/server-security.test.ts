/**
 * The tab under the server's Content-Security-Policy in Chromium: every view, standalone and framed by a
 * (simulated) Teams client, and the production build, render without a CSP violation.
 */
import type { BrowserContext, Page } from "playwright-core";
import {
  demoPerson,
  openInTeams,
  openTab,
  settle,
  startProductionApp,
  waitForViewReady,
  type RunningApp,
  useAppAndBrowser,
} from "./support";

const session = useAppAndBrowser();

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly page: string;
  readonly source: string;
  readonly line: number;
  readonly column: number;
}

interface CspWatch {
  /** `securitypolicyviolation` events from every frame of every page. */
  readonly violations: Violation[];
  /** Chromium's console messages about the policy. */
  readonly console: string[];
}

/** Watches every frame of every page in the context for CSP violations. */
async function watchCsp(context: BrowserContext): Promise<CspWatch> {
  const watch: CspWatch = { violations: [], console: [] };
  await context.exposeBinding("__reportCspViolation", (_source, violation: Violation) => {
    watch.violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void })
        .__reportCspViolation;
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: event.documentURI,
        source: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      });
    });
  });
  const listen = (page: Page): void =>
    void page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) watch.console.push(message.text());
    });
  context.pages().forEach(listen);
  context.on("page", listen);
  return watch;
}

/** What the watch saw. The tab sets zod to jitless, so not even zod's eval probe may show. */
function unexpected(watch: CspWatch): { violations: Violation[]; console: string[] } {
  return { violations: [...watch.violations], console: [...watch.console] };
}

const none = { violations: [], console: [] };

let csp: CspWatch;
beforeAll(async () => {
  csp = await watchCsp(session.browser.context);
});
afterEach(() => {
  csp.violations.length = 0;
  csp.console.length = 0;
});

describe("the tab under the server's Content-Security-Policy", () => {
  it("notices a violation when there is one (the watch itself works)", async () => {
    const page = await openTab(session.browser.context, session.app);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.head.append(script);
    });
    const inlineBlocked = (): Promise<boolean> =>
      Promise.resolve(
        csp.violations.some((v) => v.directive === "script-src-elem" && v.blocked === "inline"),
      );
    expect(await settle(inlineBlocked, true)).toBe(true);
    expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect(unexpected(csp).violations).toEqual([
      expect.objectContaining({ directive: "script-src-elem", blocked: "inline" }),
    ]);
    await page.close();
  });

  it("renders every view, light and dark, standalone, without a CSP violation", async () => {
    const karin = await demoPerson(session.app, { id: "karin.lindqvist@malkedjan.local" });
    for (const theme of ["light", "dark"] as const) {
      const page = await openTab(session.browser.context, session.app, { person: karin, theme });
      for (const [tab, route] of [
        ["Kedjan", "#/kedjan"],
        ["Mina mål", "#/mina-mal"],
        ["Mitt team", "#/mitt-team"],
      ] as const) {
        await page.getByRole("tab", { name: tab, exact: true }).click();
        await page.waitForURL((url) => url.hash.startsWith(route));
        await page.getByRole("heading", { level: 1 }).waitFor();
        await waitForViewReady(page);
      }
      await page.close();
    }
    expect(unexpected(csp)).toEqual(none);
  });

  it("renders framed by a Teams client on its own origin (frame-ancestors 'self' locally)", async () => {
    const karin = await demoPerson(session.app, { id: "karin.lindqvist@malkedjan.local" });
    const teams = await openInTeams(
      session.browser.context,
      session.app,
      { locale: "sv-SE", theme: "dark", frameContext: "content" },
      { person: karin, route: "#/mitt-team" },
    );
    await teams.tab.getByRole("heading", { level: 1 }).waitFor();
    expect(unexpected(csp)).toEqual(none);
    await teams.page.close();
  });
});

describe("the tab under the production CSP", () => {
  let production: RunningApp;
  beforeAll(async () => {
    production = await startProductionApp();
  }, 300_000);
  afterAll(async () => {
    await production?.stop();
  });

  it("renders its first screen without a violation (upgrade-insecure-requests and all)", async () => {
    const page = await openTab(session.browser.context, production);
    await page.getByRole("heading", { level: 1, name: "Logga in för att se Målkedjan" }).waitFor();
    expect(unexpected(csp)).toEqual(none);
    await page.close();
  });

  it("refuses to be framed by anything but the Microsoft 365 hosts, its own origin included", async () => {
    const page = await session.browser.context.newPage();
    const hostUrl = new URL("__framing-host", production.url).toString();
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: "text/html; charset=utf-8",
        body: `<!doctype html><title>värd</title><iframe id="tab" src="${production.url}"></iframe>`,
      }),
    );
    await page.goto(hostUrl);
    const refused = (): Promise<boolean> =>
      Promise.resolve(csp.console.some((m) => /frame-ancestors/.test(m)));
    expect(await settle(refused, true)).toBe(true);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.locator("#root").count()).not.toBe(1);
    await page.close();
  });
});
