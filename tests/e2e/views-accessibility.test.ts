/**
 * Every view in light and dark: no serious or critical axe-core violations, and a screenshot of each into
 * screenshots/ (the README points there). Run against the real server, local site and Chromium.
 */
import {
  demoPerson,
  openTab,
  runAxe,
  screenshot,
  seriousOrCritical,
  waitForViewReady,
  useAppAndBrowser,
} from "./support";

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";

const session = useAppAndBrowser();

/** Each view as the person who would use it, opened where there is something to see. */
const views = [
  { name: "kedjan", person: maria, route: "#/kedjan?item=kf-indicator%3Akf-2", ready: "Kedjan" },
  { name: "mina-mal", person: maria, route: "#/mina-mal", ready: "Mina mål 2026" },
  {
    name: "mina-mal-chef",
    person: rektor,
    route: `#/mina-mal?medarbetare=${encodeURIComponent(maria)}`,
    ready: "Mål för Maria Johansson 2026",
  },
  { name: "mitt-team", person: rektor, route: "#/mitt-team", ready: "Mitt team – Sjödalsskolan 2026" },
] as const;

describe("the views' accessibility", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const view of views) {
      it(`${view.name} has no serious or critical axe violations in the ${theme} theme`, async () => {
        const person = await demoPerson(session.app, { id: view.person });
        const page = await openTab(session.browser.context, session.app, {
          person,
          route: view.route,
          theme,
        });
        await waitForViewReady(page);
        await page.getByRole("heading", { name: view.ready }).waitFor();
        expect(seriousOrCritical(await runAxe(page))).toEqual([]);
        await screenshot(page, `view-${view.name}-${theme}`);
        await page.close();
      });
    }
  }

  it("the goal form and the follow-up form are accessible too", async () => {
    const person = await demoPerson(session.app, { id: maria });
    const page = await openTab(session.browser.context, session.app, { person, route: "#/mina-mal" });
    await waitForViewReady(page);
    await page.getByRole("button", { name: "Nytt mål" }).click();
    await page.getByRole("form", { name: "Nytt mål" }).waitFor();
    await page.getByRole("button", { name: "Registrera uppföljning" }).first().click();
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, "view-mina-mal-forms-light");
    await page.close();
  });
});
