import type { Page } from "playwright-core";
import { demoPerson, openInTeams, openTab, useAppAndBrowser, waitForViewReady } from "./support";

const session = useAppAndBrowser();

/** Every URL the page (and any frame or worker in it) asks for, from the first request on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const foreign = (urls: readonly string[], origin: string): string[] =>
  urls.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);

describe("the tab in a plain browser window (outside Teams)", () => {
  it("asks no host but its own, on every view: teams-js is not even loaded", async () => {
    const origin = new URL(session.app.url).origin;
    const karin = await demoPerson(session.app, { id: "karin.lindqvist@malkedjan.local" });
    for (const route of ["#/kedjan", "#/mina-mal", "#/mitt-team", "#/konfigurera"]) {
      const page = await openTab(session.browser.context, session.app, { person: karin, route: "#/" });
      const urls = recordRequests(page);
      await page.goto(new URL(route, session.app.url).toString());
      await page.reload();
      await page.getByRole("banner").waitFor();
      await waitForViewReady(page);
      // Let anything started late (a prefetch, a timer) go out before counting.
      await page.waitForTimeout(500);
      expect(urls.length).toBeGreaterThan(3);
      expect(foreign(urls, origin)).toEqual([]);
      expect(urls.filter((url) => /teams-js\.[0-9a-f]+\.js$/.test(url))).toEqual([]);
      await page.close();
    }
  });

  it("inside Teams still loads and initializes teams-js, as before", async () => {
    const teams = await openInTeams(session.browser.context, session.app, {
      locale: "sv-SE",
      theme: "default",
      frameContext: "content",
    });
    const calls = (await teams.messages()).map((m) => m.func);
    expect(calls[0]).toBe("initialize");
    expect(calls).toContain("getContext");
    await teams.page.close();
  });
});
