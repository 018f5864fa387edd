/** The views follow the tab's language: Swedish first, English when chosen — switched live, nothing reloaded. */
import { demoPerson, openTab, settle, waitForViewReady, useAppAndBrowser } from "./support";

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";

const session = useAppAndBrowser();

describe("the views' language", () => {
  it("Mina mål switches from Swedish to English live, statuses included", async () => {
    const person = await demoPerson(session.app, { id: maria });
    const page = await openTab(session.browser.context, session.app, { person, route: "#/mina-mal" });
    await waitForViewReady(page);
    await page.getByRole("heading", { name: "Mina mål 2026" }).waitFor();
    expect(await page.getByText("Pågår enligt plan").count()).toBeGreaterThan(0);

    await page.getByLabel("Språk").selectOption("en");
    await page.getByRole("heading", { name: "My goals 2026" }).waitFor();
    expect(await page.getByRole("heading", { name: "The unit's work plan" }).count()).toBe(1);
    expect(
      await settle(
        () =>
          page
            .getByText("On track")
            .count()
            .then((n) => n > 0),
        true,
      ),
    ).toBe(true);
    expect(await page.getByText("Pågår enligt plan").count()).toBe(0);
    await page.close();
  });

  it("Kedjan and Mitt team speak English when it is chosen", async () => {
    const planner = await demoPerson(session.app, { id: maria });
    const chain = await openTab(session.browser.context, session.app, {
      person: planner,
      route: "#/kedjan",
      locale: "en",
    });
    await waitForViewReady(chain);
    await chain.getByRole("heading", { name: "The chain" }).waitFor();
    expect(await chain.getByRole("group", { name: "Focus areas and municipal indicators" }).count()).toBe(1);
    await chain.close();

    const chef = await demoPerson(session.app, { id: rektor });
    const team = await openTab(session.browser.context, session.app, {
      person: chef,
      route: "#/mitt-team",
      locale: "en",
    });
    await waitForViewReady(team);
    await team.getByRole("heading", { name: "My team – Sjödalsskolan 2026" }).waitFor();
    expect(await team.getByRole("table", { name: "Staff and goals" }).count()).toBe(1);
    await team.close();
  });
});
